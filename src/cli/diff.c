/* diff.c: line diff (Myers' O(ND) algorithm, linear-space middle-snake form) and Ruff's unified
 * diff printing. */
#include "diff.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#define CONTEXT 3

typedef struct DLine {
    const char *p;
    size_t len;          /* with the terminator */
    uint64_t hash;
} DLine;

typedef struct DSeq {
    DLine *lines;
    size_t n;
} DSeq;

/* Lines end at \n (so \r\n too). Ruff's `similar` also ends lines at a lone \r, but patch and
 * git apply do not: a diff of a file with lone CRs would not apply. Splitting at \n only keeps
 * the output identical to Ruff's for LF and CRLF files and applicable for all. */
static bool split_lines(const char *s, size_t len, DSeq *out)
{
    size_t cap = 16, n = 0;
    DLine *l = malloc(cap * sizeof *l);
    if (!l)
        return false;
    for (size_t start = 0; start < len;) {
        const char *nl = memchr(s + start, '\n', len - start);
        size_t end = nl ? (size_t)(nl - s) + 1 : len;
        if (n == cap) {
            cap *= 2;
            DLine *p = realloc(l, cap * sizeof *l);
            if (!p) {
                free(l);
                return false;
            }
            l = p;
        }
        l[n].p = s + start;
        l[n].len = end - start;
        l[n].hash = XXH3_64bits(s + start, end - start);
        n++;
        start = end;
    }
    out->lines = l;
    out->n = n;
    return true;
}

static bool line_eq(const DLine *a, const DLine *b)
{
    return a->hash == b->hash && a->len == b->len && memcmp(a->p, b->p, a->len) == 0;
}

typedef struct Myers {
    const DLine *a, *b;
    bool *del, *ins;     /* per old line: deleted; per new line: inserted */
    long *vf, *vb;       /* scratch, 2 * (n + m) + 5 entries each */
    long off;            /* index of diagonal 0 in vf / vb */
} Myers;

typedef struct Box {
    long left, top, right, bottom;
} Box;

/* Find a middle snake of the box: on return (px,py)-(x,y) is a segment of an optimal path that
 * crosses the middle. */
static void midpoint(Myers *m, Box bx, long *sx, long *sy, long *fx, long *fy)
{
    long width = bx.right - bx.left, height = bx.bottom - bx.top;
    long delta = width - height, size = width + height;
    long max = (size + 1) / 2;
    long *vf = m->vf + m->off, *vb = m->vb + m->off;
    vf[1] = bx.left;
    vb[1] = bx.bottom;
    for (long d = 0; d <= max; d++) {
        for (long k = d; k >= -d; k -= 2) {
            long c = k - delta, px, x;
            if (k == -d || (k != d && vf[k - 1] < vf[k + 1])) {
                px = x = vf[k + 1];
            } else {
                px = vf[k - 1];
                x = px + 1;
            }
            long y = bx.top + (x - bx.left) - k;
            long py = (d == 0 || x != px) ? y : y - 1;
            while (x < bx.right && y < bx.bottom && line_eq(&m->a[x], &m->b[y])) {
                x++;
                y++;
            }
            vf[k] = x;
            if ((delta & 1) && c >= -(d - 1) && c <= d - 1 && y >= vb[c]) {
                *sx = px, *sy = py, *fx = x, *fy = y;
                return;
            }
        }
        for (long c = d; c >= -d; c -= 2) {
            long k = c + delta, py, y;
            if (c == -d || (c != d && vb[c - 1] > vb[c + 1])) {
                py = y = vb[c + 1];
            } else {
                py = vb[c - 1];
                y = py - 1;
            }
            long x = bx.left + (y - bx.top) + k;
            long px = (d == 0 || y != py) ? x : x + 1;
            while (x > bx.left && y > bx.top && line_eq(&m->a[x - 1], &m->b[y - 1])) {
                x--;
                y--;
            }
            vb[c] = y;
            if (!(delta & 1) && k >= -d && k <= d && x <= vf[k]) {
                *sx = x, *sy = y, *fx = px, *fy = py;
                return;
            }
        }
    }
    /* Not reached for a non-empty box. */
    *sx = bx.left, *sy = bx.top, *fx = bx.right, *fy = bx.bottom;
}

/* Mark the single edit and the diagonals between two consecutive points of the path. */
static void walk_segment(Myers *m, long x1, long y1, long x2, long y2)
{
    while (x1 < x2 && y1 < y2 && line_eq(&m->a[x1], &m->b[y1])) {
        x1++;
        y1++;
    }
    if (x2 - x1 < y2 - y1)
        m->ins[y1] = true;
    else if (x2 - x1 > y2 - y1)
        m->del[x1] = true;
}

static void find_path(Myers *m, Box bx)
{
    /* Common prefix and suffix need no search. */
    while (bx.left < bx.right && bx.top < bx.bottom && line_eq(&m->a[bx.left], &m->b[bx.top])) {
        bx.left++;
        bx.top++;
    }
    while (bx.left < bx.right && bx.top < bx.bottom && line_eq(&m->a[bx.right - 1], &m->b[bx.bottom - 1])) {
        bx.right--;
        bx.bottom--;
    }
    if (bx.left == bx.right) {
        for (long y = bx.top; y < bx.bottom; y++)
            m->ins[y] = true;
        return;
    }
    if (bx.top == bx.bottom) {
        for (long x = bx.left; x < bx.right; x++)
            m->del[x] = true;
        return;
    }
    long sx, sy, fx, fy;
    midpoint(m, bx, &sx, &sy, &fx, &fy);
    find_path(m, (Box){bx.left, bx.top, sx, sy});
    walk_segment(m, sx, sy, fx, fy);
    find_path(m, (Box){fx, fy, bx.right, bx.bottom});
}

/* ---- printing ------------------------------------------------------------------------------ */

#define RED "\x1b[31m"
#define GREEN "\x1b[32m"
#define RESET "\x1b[0m"

static void put_value(Buf *out, const DLine *l)
{
    for (size_t i = 0; i < l->len; i++) {
        unsigned char ch = (unsigned char)l->p[i];
        switch (ch) {
        case 0x07: buf_puts(out, "\xe2\x90\x87"); break;   /* ␇ */
        case 0x08: buf_puts(out, "\xe2\x90\x88"); break;   /* ␈ */
        case 0x1b: buf_puts(out, "\xe2\x90\x9b"); break;   /* ␛ */
        case 0x7f: buf_puts(out, "\xe2\x90\xa1"); break;   /* ␡ */
        default: buf_putc(out, (char)ch);
        }
    }
}

static void put_line(Buf *out, char tag, const DLine *l, bool color)
{
    const char *c = !color ? NULL : tag == '-' ? RED : tag == '+' ? GREEN : NULL;
    if (c) {
        buf_printf(out, "%s%c%s%s", c, tag, RESET, c);
        put_value(out, l);
        buf_puts(out, RESET);
    } else {
        buf_putc(out, tag);
        put_value(out, l);
    }
    if (!l->len || l->p[l->len - 1] != '\n')
        buf_printf(out, "%s\n\\ No newline at end of file%s\n", color ? RED : "", color ? RESET : "");
}

static void put_range(Buf *out, size_t start, size_t len)
{
    if (len == 1)
        buf_printf(out, "%zu", start + 1);
    else
        buf_printf(out, "%zu,%zu", len == 0 ? start : start + 1, len);
}

/* One change block: old lines [i0, i1) replaced by new lines [j0, j1). */
typedef struct Block {
    size_t i0, i1, j0, j1;
} Block;

bool diff_unified(Buf *out, const char *old, size_t oldlen, const char *new_, size_t newlen, const char *path,
                  bool color)
{
    DSeq a = {0}, b = {0};
    Myers m = {0};
    Block *blocks = NULL;
    bool ok = false;
    if (!split_lines(old, oldlen, &a) || !split_lines(new_, newlen, &b))
        goto done;
    size_t na = a.n, nb = b.n;
    m.a = a.lines;
    m.b = b.lines;
    m.del = calloc(na + 1, 1);
    m.ins = calloc(nb + 1, 1);
    m.vf = malloc((2 * (na + nb) + 5) * sizeof(long));
    m.vb = malloc((2 * (na + nb) + 5) * sizeof(long));
    m.off = (long)(na + nb) + 2;
    if (!m.del || !m.ins || !m.vf || !m.vb)
        goto done;
    find_path(&m, (Box){0, 0, (long)na, (long)nb});

    /* The change blocks, each a run of deletions and insertions between two equal lines. */
    size_t nblocks = 0, cap = 16;
    blocks = malloc(cap * sizeof *blocks);
    if (!blocks)
        goto done;
    for (size_t i = 0, j = 0; i < na || j < nb;) {
        if (i < na && j < nb && !m.del[i] && !m.ins[j]) {
            i++;
            j++;
            continue;
        }
        Block bl = {i, i, j, j};
        while (bl.i1 < na && m.del[bl.i1])
            bl.i1++;
        while (bl.j1 < nb && m.ins[bl.j1])
            bl.j1++;
        if (nblocks == cap) {
            cap *= 2;
            Block *p = realloc(blocks, cap * sizeof *p);
            if (!p)
                goto done;
            blocks = p;
        }
        blocks[nblocks++] = bl;
        i = bl.i1;
        j = bl.j1;
    }
    if (path) {
        if (color)
            buf_printf(out, "--- %s%s%s\n+++ %s%s%s\n", RED, path, RESET, GREEN, path, RESET);
        else
            buf_printf(out, "--- %s\n+++ %s\n", path, path);
    }
    for (size_t h = 0; h < nblocks;) {
        /* Blocks closer than 2 * CONTEXT equal lines share a hunk. */
        size_t last = h;
        while (last + 1 < nblocks && blocks[last + 1].i0 - blocks[last].i1 <= 2 * CONTEXT)
            last++;
        size_t i0 = blocks[h].i0 > CONTEXT ? blocks[h].i0 - CONTEXT : 0;
        size_t j0 = blocks[h].j0 - (blocks[h].i0 - i0);
        size_t i1 = blocks[last].i1 + CONTEXT < na ? blocks[last].i1 + CONTEXT : na;
        size_t j1 = blocks[last].j1 + (i1 - blocks[last].i1);
        buf_puts(out, "@@ -");
        put_range(out, i0, i1 - i0);
        buf_puts(out, " +");
        put_range(out, j0, j1 - j0);
        buf_puts(out, " @@\n");
        size_t i = i0;
        for (size_t k = h; k <= last; k++) {
            for (; i < blocks[k].i0; i++)
                put_line(out, ' ', &a.lines[i], color);
            for (size_t x = blocks[k].i0; x < blocks[k].i1; x++)
                put_line(out, '-', &a.lines[x], color);
            for (size_t y = blocks[k].j0; y < blocks[k].j1; y++)
                put_line(out, '+', &b.lines[y], color);
            i = blocks[k].i1;
        }
        for (; i < i1; i++)
            put_line(out, ' ', &a.lines[i], color);
        h = last + 1;
    }
    buf_putc(out, '\n');
    ok = !out->failed;
done:
    free(blocks);
    free(m.del);
    free(m.ins);
    free(m.vf);
    free(m.vb);
    free(a.lines);
    free(b.lines);
    if (!ok)
        out->failed = true;
    return ok;
}
