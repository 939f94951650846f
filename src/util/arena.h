/* arena.h: bump allocation for everything that lives as long as one file's lint (or one config). */
#ifndef SNIPE_ARENA_H
#define SNIPE_ARENA_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct ArenaBlock ArenaBlock;

typedef struct Arena {
    unsigned char *ptr; /* the free space of the head block: ptr[0, left) */
    size_t left;
    ArenaBlock *head;   /* blocks in use, newest first */
    ArenaBlock *spare;  /* blocks kept by arena_reset, reused before any new one is taken */
    size_t block_size;  /* default size of a new block */
} Arena;

/* Initialise an empty arena; no memory is taken until the first allocation. */
void arena_init(Arena *a);
/* The same with a first block of `block_size` bytes (later ones double, up to 1 MiB): small
 * for arenas that many live at once and hold little each. */
void arena_init_block(Arena *a, size_t block_size);
/* Free every block; the arena may be used again after arena_init. */
void arena_free(Arena *a);
/* Forget every allocation but keep the blocks for the next ones (a worker's scratch arena
 * between files: no malloc, no fresh pages). Pointers into the arena become invalid. */
void arena_reset(Arena *a);
/* arena_alloc_raw when the head block has no room: a spare or new block. */
void *arena_alloc_slow(Arena *a, size_t n);

/* Allocate n bytes aligned to 16, contents unspecified: for arrays the caller writes before it
 * reads them. Returns NULL when memory is exhausted. */
static inline void *arena_alloc_raw(Arena *a, size_t n)
{
    size_t need = (n + 15) & ~(size_t)15;
    if (need >= n && need <= a->left) {
        void *p = a->ptr;
        a->ptr += need;
        a->left -= need;
        return p;
    }
    return arena_alloc_slow(a, n);
}

/* Allocate n bytes aligned to 16, zero-filled. Returns NULL when memory is exhausted. */
static inline void *arena_alloc(Arena *a, size_t n)
{
    void *p = arena_alloc_raw(a, n);
    if (p)
        memset(p, 0, n);
    return p;
}

/* Copy n bytes into the arena and append a NUL. Returns NULL when memory is exhausted. */
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_strdup(Arena *a, const char *s);
/* printf into the arena. Returns NULL on exhaustion. */
char *arena_printf(Arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#define ARENA_NEW(a, T) ((T *)arena_alloc((a), sizeof(T)))
#define ARENA_ARRAY(a, T, n) ((T *)arena_alloc((a), sizeof(T) * (size_t)(n)))
/* An array whose contents are unspecified until written (see arena_alloc_raw). */
#define ARENA_ARRAY_RAW(a, T, n) ((T *)arena_alloc_raw((a), sizeof(T) * (size_t)(n)))

#endif
