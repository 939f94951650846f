/* vec.h: a typed growable array on malloc (Vec(T)); push reports failure instead of aborting. */
#ifndef SNIPE_VEC_H
#define SNIPE_VEC_H

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#define Vec(T)            \
    struct {              \
        T *data;          \
        uint32_t len, cap; \
    }

/* Grow v so that it can hold at least n elements. Returns false when memory is exhausted. */
static inline bool vec_grow_(void **data, uint32_t *cap, uint32_t n, size_t elem)
{
    if (n <= *cap)
        return true;
    uint64_t c = *cap ? *cap : 8;
    while (c < n)
        c *= 2;
    if (c > UINT32_MAX)
        return false;
    void *p = realloc(*data, (size_t)c * elem);
    if (!p)
        return false;
    *data = p;
    *cap = (uint32_t)c;
    return true;
}

#define vec_reserve(v, n) vec_grow_((void **)&(v)->data, &(v)->cap, (n), sizeof(*(v)->data))
/* Append x; evaluates to true on success, false when memory is exhausted. */
#define vec_push(v, x) \
    (vec_reserve((v), (v)->len + 1) ? ((v)->data[(v)->len++] = (x), true) : false)
#define vec_free(v) (free((v)->data), (v)->data = NULL, (v)->len = (v)->cap = 0)
#define vec_last(v) ((v)->data[(v)->len - 1])

#endif
