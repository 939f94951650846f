/* line_index.c: the line table and the conversions from byte offsets to rows and columns. */
#include "syntax/line_index.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "syntax/syntax_error.h"
#include "util/utf8.h"

/* Offset just past the next line terminator at or after i, or UINT32_MAX when there is none. Files
 * without '\r' (almost all) take the memchr path. */
static uint32_t next_line(const char *src, uint32_t len, uint32_t i, bool has_cr)
{
    if (!has_cr) {
        const char *p = memchr(src + i, '\n', len - i);
        return p ? (uint32_t)(p - src) + 1 : UINT32_MAX;
    }
    for (; i < len; i++) {
        if (src[i] == '\n')
            return i + 1;
        if (src[i] == '\r')
            return i + 1 < len && src[i + 1] == '\n' ? i + 2 : i + 1;
    }
    return UINT32_MAX;
}

bool line_index_init(LineIndex *li, Arena *a, const char *src, uint32_t len)
{
    bool has_cr = memchr(src, '\r', len) != NULL;
    /* one pass: the starts array begins at a guess (a line per 24 bytes) and doubles as needed */
    uint32_t n = 0, cap = 0;
    uint32_t *starts = NULL;
    if (!arena_grow(a, (void **)&starts, &cap, len / 24 + 16, sizeof(uint32_t)))
        return false;
    starts[n++] = (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
    uint32_t i = 0;
#ifdef __SSE2__
    /* Without '\r', 16 bytes at a time: a compare and a bit mask of the '\n's (room for 16 more
     * starts made before each chunk that has one, so the inner loop only stores). */
    if (!has_cr) {
        const __m128i nl = _mm_set1_epi8('\n');
        for (; i + 16 <= len; i += 16) {
            unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(src + i)), nl));
            if (!m)
                continue;
            if (n + 16 > cap && !arena_grow(a, (void **)&starts, &cap, n + 16, sizeof(uint32_t)))
                return false;
            uint32_t *st = starts, k = n;
            for (; m; m &= m - 1)
                st[k++] = i + (uint32_t)__builtin_ctz(m) + 1;
            n = k;
        }
    }
#endif
    for (; (i = next_line(src, len, i, has_cr)) != UINT32_MAX;) {
        if (n == cap && !arena_grow(a, (void **)&starts, &cap, n + 1, sizeof(uint32_t)))
            return false;
        starts[n++] = i;
    }
    li->src = src;
    li->len = len;
    li->starts = starts;
    li->nlines = n;
    /* a file ending in a newline has an empty last line after it: drop it, as editors and Ruff do */
    if (li->nlines > 1 && li->starts[li->nlines - 1] == len)
        li->nlines--;
    return true;
}

uint32_t line_index_line(const LineIndex *li, uint32_t off)
{
    uint32_t lo = 0, hi = li->nlines;
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (li->starts[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

void line_index_location(const LineIndex *li, uint32_t off, uint32_t *row, uint32_t *col)
{
    if (off > li->len)
        off = li->len;
    uint32_t l = line_index_line(li, off);
    uint32_t s = li->starts[l];
    *row = l + 1;
    *col = (off > s ? utf8_count(li->src, s, off) : 0) + 1;
}

void line_index_byte_location(const LineIndex *li, uint32_t off, uint32_t *row, uint32_t *col)
{
    if (off > li->len)
        off = li->len;
    uint32_t l = line_index_line(li, off);
    uint32_t s = li->starts[l];
    *row = l + 1;
    *col = off > s ? off - s : 0;
}
