/* syntax_error.c: the syntax error list and the arena-backed growable array helper. */
#include "syntax/syntax_error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

bool arena_grow(Arena *a, void **data, uint32_t *cap, uint32_t need, size_t elem)
{
    if (need <= *cap)
        return true;
    uint64_t c = *cap ? (uint64_t)*cap * 2 : 16;
    while (c < need)
        c *= 2;
    if (c > UINT32_MAX)
        return false;
    void *p = arena_alloc_raw(a, (size_t)c * elem); /* entries past the length are never read */
    if (!p)
        return false;
    if (*cap)
        memcpy(p, *data, (size_t)*cap * elem);
    *data = p;
    *cap = (uint32_t)c;
    return true;
}

void syntax_error_add(SyntaxErrors *e, Arena *a, uint32_t start, uint32_t end, const char *msg, bool copy)
{
    if (e->len >= 1000) /* enough to report; keeps hostile inputs cheap */
        return;
    if (!arena_grow(a, (void **)&e->data, &e->cap, e->len + 1, sizeof(SyntaxError))) {
        e->oom = true;
        return;
    }
    if (copy) {
        msg = arena_strdup(a, msg);
        if (!msg) {
            e->oom = true;
            return;
        }
    }
    e->data[e->len++] = (SyntaxError){start, end, msg};
}

void syntax_error_addf(SyntaxErrors *e, Arena *a, uint32_t start, uint32_t end, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    syntax_error_add(e, a, start, end, buf, true);
}
