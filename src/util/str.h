/* str.h: string slices and a growable byte buffer. */
#ifndef SNIPE_STR_H
#define SNIPE_STR_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

typedef struct Str {
    const char *ptr;
    size_t len;
} Str;

#define STR_LIT(s) ((Str){(s), sizeof(s) - 1})
static inline Str str_from(const char *s) { return (Str){s, s ? strlen(s) : 0}; }
static inline bool str_eq(Str a, Str b) { return a.len == b.len && (a.len == 0 || memcmp(a.ptr, b.ptr, a.len) == 0); }
static inline bool str_eq_c(Str a, const char *b) { return str_eq(a, str_from(b)); }
static inline bool str_starts(Str a, const char *p) { size_t n = strlen(p); return a.len >= n && memcmp(a.ptr, p, n) == 0; }

/* A growable NUL-terminated byte buffer on malloc. `failed` is set, and further appends are
 * ignored, once memory runs out; check it once at the end. */
typedef struct Buf {
    char *data;
    size_t len, cap;
    bool failed;
} Buf;

/* Appends when the buffer has to grow (or has failed); buf_append is its inline fast path. */
void buf_append_slow(Buf *b, const char *s, size_t n);
static inline void buf_append(Buf *b, const char *s, size_t n)
{
    if (b->len + n < b->cap && !b->failed) {
        memcpy(b->data + b->len, s, n);
        b->len += n;
        b->data[b->len] = 0;
    } else {
        buf_append_slow(b, s, n);
    }
}
static inline void buf_puts(Buf *b, const char *s) { buf_append(b, s, strlen(s)); }
static inline void buf_putc(Buf *b, char c) { buf_append(b, &c, 1); }
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Append s as the inside of a JSON string (without the quotes). */
void buf_json_escape(Buf *b, const char *s, size_t n);
void buf_free(Buf *b);

#endif
