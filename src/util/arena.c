/* arena.c: bump allocator with a linked list of blocks, freed in one call. */
#include "arena.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ArenaBlock {
    ArenaBlock *next;
    size_t cap;
    _Alignas(16) unsigned char data[];
};

void arena_init(Arena *a)
{
    arena_init_block(a, 64 * 1024);
}

void arena_init_block(Arena *a, size_t block_size)
{
    a->ptr = NULL;
    a->left = 0;
    a->head = NULL;
    a->spare = NULL;
    a->block_size = block_size < 1024 ? 1024 : block_size;
}

static void free_blocks(ArenaBlock *b)
{
    while (b) {
        ArenaBlock *next = b->next;
        free(b);
        b = next;
    }
}

void arena_free(Arena *a)
{
    free_blocks(a->head);
    free_blocks(a->spare);
    a->head = NULL;
    a->spare = NULL;
    a->ptr = NULL;
    a->left = 0;
}

void arena_reset(Arena *a)
{
    ArenaBlock *b = a->head;
    while (b) {
        ArenaBlock *next = b->next;
        b->next = a->spare;
        a->spare = b;
        b = next;
    }
    a->head = NULL;
    a->ptr = NULL;
    a->left = 0;
}

/* A block with room for `need` bytes: a spare one when one is big enough, else a new one. */
static ArenaBlock *take_block(Arena *a, size_t need)
{
    for (ArenaBlock **pp = &a->spare; *pp; pp = &(*pp)->next) {
        if ((*pp)->cap >= need) {
            ArenaBlock *b = *pp;
            *pp = b->next;
            return b;
        }
    }
    size_t cap = a->block_size;
    if (need > cap / 4)
        cap = need; /* a large request gets a block of its own */
    if (cap > SIZE_MAX - sizeof(ArenaBlock))
        return NULL;
    ArenaBlock *b = malloc(sizeof(ArenaBlock) + cap);
    if (!b)
        return NULL;
    b->cap = cap;
    if (cap != need && a->block_size < 1024 * 1024)
        a->block_size *= 2;
    return b;
}

void *arena_alloc_slow(Arena *a, size_t n)
{
    size_t need = (n + 15) & ~(size_t)15;
    if (need < n)
        return NULL;
    ArenaBlock *b = take_block(a, need);
    if (!b)
        return NULL;
    if (a->head && b->cap - need < a->left) {
        /* Less room left in it than in the head: put it behind the head, which keeps its space. */
        b->next = a->head->next;
        a->head->next = b;
    } else {
        b->next = a->head;
        a->head = b;
        a->ptr = b->data + need;
        a->left = b->cap - need;
    }
    return b->data;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    char *p = arena_alloc_raw(a, n + 1);
    if (!p)
        return NULL;
    if (n)
        memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *arena_strdup(Arena *a, const char *s)
{
    return arena_strndup(a, s, strlen(s));
}

char *arena_printf(Arena *a, const char *fmt, ...)
{
    /* One formatting pass into a stack buffer for the usual short text; a second only when it
     * does not fit. */
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *p = arena_alloc_raw(a, (size_t)n + 1);
    if (!p)
        return NULL;
    if ((size_t)n < sizeof buf) {
        memcpy(p, buf, (size_t)n + 1);
        return p;
    }
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}
