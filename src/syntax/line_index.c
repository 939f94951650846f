/* line_index.c: the line table and the conversions from byte offsets to rows and columns. */
#include "syntax/line_index.h"

#include <string.h>
#if defined(__SSE2__)
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

/* blocks[b] for b in [from, nblocks): the line holding byte 64 * b (line l holds the blocks whose
 * first byte lies before the next line's start). */
static void fill_blocks(uint32_t *blocks, uint32_t from, uint32_t nblocks, const uint32_t *starts, uint32_t n)
{
    uint32_t b = from, l = from ? blocks[from - 1] : 0;
    for (; l + 1 < n && b < nblocks; l++) {
        uint32_t bend = (uint32_t)(((uint64_t)starts[l + 1] + 63) >> 6);
        if (bend > nblocks)
            bend = nblocks;
        while (b < bend)
            blocks[b++] = l;
    }
    while (b < nblocks)
        blocks[b++] = n - 1;
}

bool line_index_init(LineIndex *li, Arena *a, const char *src, uint32_t len)
{
    bool has_cr = memchr(src, '\r', len) != NULL;
    /* one pass: the starts array begins at a guess (a line per 24 bytes) and doubles as needed */
    uint32_t n = 0, cap = 0;
    uint32_t *starts = NULL;
    uint32_t nblocks = (len >> 6) + 1;
    uint32_t *blocks = ARENA_ARRAY_RAW(a, uint32_t, nblocks);
    if (!blocks || !arena_grow(a, (void **)&starts, &cap, len / 24 + 16, sizeof(uint32_t)))
        return false;
    starts[n++] = (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
    uint32_t i = 0;
#if defined(__SSE2__)
    /* Without '\r', 64 bytes at a time: four compares and a 64-bit mask of the '\n's (room for 64
     * more starts made before each block that has one, so the inner loop only stores). The line
     * of the block's first byte is the last start found so far. */
    if (!has_cr) {
        const __m128i nl = _mm_set1_epi8('\n');
        for (; i + 64 <= len; i += 64) {
            blocks[i >> 6] = n - 1;
            const __m128i *p = (const __m128i *)(src + i);
            uint64_t m = (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(p), nl)) |
                         (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(p + 1), nl)) << 16 |
                         (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(p + 2), nl)) << 32 |
                         (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(p + 3), nl)) << 48;
            if (!m)
                continue;
            if (n + 64 > cap && !arena_grow(a, (void **)&starts, &cap, n + 64, sizeof(uint32_t)))
                return false;
            uint32_t *st = starts, k = n;
            for (; m; m &= m - 1)
                st[k++] = i + (uint32_t)__builtin_ctzll(m) + 1;
            n = k;
        }
    }
#endif
    uint32_t done_blocks = i >> 6;
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
    fill_blocks(blocks, done_blocks, nblocks, starts, li->nlines);
    li->blocks = blocks;
    return true;
}

uint32_t line_index_line(const LineIndex *li, uint32_t off)
{
    if (li->blocks && off < li->len) {
        uint32_t l = li->blocks[off >> 6];
        while (l + 1 < li->nlines && li->starts[l + 1] <= off)
            l++;
        return l;
    }
    /* binary search without a branch on the data (the compiler makes the step a conditional move):
     * the answer, the last line starting at or before off (else 0), stays in [b, b + n) */
    const uint32_t *b = li->starts;
    for (uint32_t n = li->nlines; n > 1;) {
        uint32_t half = n / 2;
        b = b[half] <= off ? b + half : b;
        n -= half;
    }
    return (uint32_t)(b - li->starts);
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
