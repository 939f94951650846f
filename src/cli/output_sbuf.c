/* output_sbuf.c: the styled character grid the full format draws its code frames on. */
#include "cli/output_sbuf.h"

#include <stdlib.h>
#include <string.h>

#include "cli/output_common.h"
#include "util/utf8.h"

const char *sb_style_ansi(SStyle s)
{
    switch (s) {
    case SS_NONE: return "";
    case SS_ERROR: return ANSI_BRIGHT_RED_BOLD;
    case SS_WARNING: return ANSI_YELLOW_BOLD;
    case SS_HELP: return ANSI_BRIGHT_CYAN_BOLD;
    case SS_LINENO: return ANSI_BRIGHT_BLUE_BOLD;
    case SS_EMPH: return ANSI_BOLD;
    }
    return "";
}

static SLine *ensure_line(SBuf *sb, size_t line)
{
    if (sb->failed)
        return NULL;
    if (line >= sb->cap) {
        size_t cap = sb->cap ? sb->cap * 2 : 16;
        while (cap <= line)
            cap *= 2;
        SLine *p = realloc(sb->lines, cap * sizeof *p);
        if (!p) {
            sb->failed = true;
            return NULL;
        }
        memset(p + sb->cap, 0, (cap - sb->cap) * sizeof *p);
        sb->lines = p;
        sb->cap = cap;
    }
    if (line >= sb->n)
        sb->n = line + 1;
    return &sb->lines[line];
}

static bool ensure_len(SBuf *sb, SLine *l, size_t len)
{
    if (len > l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 256; /* a frame line is rarely longer: one allocation */
        while (cap < len)
            cap *= 2;
        SCell *p = realloc(l->cells, cap * sizeof *p);
        if (!p) {
            sb->failed = true;
            return false;
        }
        l->cells = p;
        l->cap = cap;
    }
    while (l->len < len)
        l->cells[l->len++] = (SCell){' ', SS_NONE};
    return true;
}

void sb_putc(SBuf *sb, size_t line, size_t col, uint32_t ch, SStyle style)
{
    SLine *l = ensure_line(sb, line);
    if (!l || !ensure_len(sb, l, col + 1))
        return;
    l->cells[col] = (SCell){ch, (uint8_t)style};
}

void sb_puts(SBuf *sb, size_t line, size_t col, const char *s, size_t n, SStyle style)
{
    if (n == 0)
        return;
    /* One cell per code point: make room once, then fill (ASCII bytes without decoding). */
    size_t ncp = 0;
    for (uint32_t i = 0; i < n;) {
        uint64_t w;
        if (n - i >= 8 && (memcpy(&w, s + i, 8), !(w & 0x8080808080808080ull))) {
            i += 8, ncp += 8;
            continue;
        }
        if ((unsigned char)s[i] < 0x80)
            i++;
        else
            utf8_next(s, (uint32_t)n, &i);
        ncp++;
    }
    SLine *l = ensure_line(sb, line);
    if (!l || !ensure_len(sb, l, col + ncp))
        return;
    SCell *c = l->cells + col;
    for (uint32_t i = 0; i < n;) {
        unsigned char b = (unsigned char)s[i];
        *c++ = (SCell){b < 0x80 ? (i++, b) : utf8_next(s, (uint32_t)n, &i), (uint8_t)style};
    }
}

void sb_append(SBuf *sb, size_t line, const char *s, SStyle style)
{
    size_t col = line < sb->n ? sb->lines[line].len : 0;
    sb_puts(sb, line, col, s, strlen(s), style);
}

void sb_replace(SBuf *sb, size_t line, size_t start, size_t end, const char *s)
{
    if (start == end || line >= sb->n)
        return;
    SLine *l = &sb->lines[line];
    if (start > l->len || end > l->len)
        return;
    size_t n = strlen(s);
    SCell rep[16];
    size_t nrep = 0;
    uint32_t i = 0;
    while (i < n && nrep < 16)
        rep[nrep++] = (SCell){utf8_next(s, (uint32_t)n, &i), SS_LINENO};
    size_t newlen = l->len - (end - start) + nrep;
    SCell *cells = malloc((newlen ? newlen : 1) * sizeof *cells);
    if (!cells) {
        sb->failed = true;
        return;
    }
    memcpy(cells, l->cells, start * sizeof *cells);
    memcpy(cells + start, rep, nrep * sizeof *cells);
    memcpy(cells + start + nrep, l->cells + end, (l->len - end) * sizeof *cells);
    free(l->cells);
    l->cells = cells;
    l->len = l->cap = newlen;
}

size_t sb_num_lines(const SBuf *sb) { return sb->n; }

size_t sb_line_len(const SBuf *sb, size_t line) { return line < sb->n ? sb->lines[line].len : 0; }

static void put_utf8(Buf *b, uint32_t cp)
{
    char s[4];
    size_t n;
    if (cp < 0x80) {
        s[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        s[0] = (char)(0xC0 | cp >> 6), s[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        s[0] = (char)(0xE0 | cp >> 12), s[1] = (char)(0x80 | ((cp >> 6) & 0x3F)), s[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        s[0] = (char)(0xF0 | cp >> 18), s[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        s[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), s[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    buf_append(b, s, n);
}

/* Without colour: the characters only, gathered in chunks. */
static void render_plain(const SLine *l, Buf *out)
{
    char run[256];
    size_t m = 0;
    for (size_t k = 0; k < l->len; k++) {
        uint32_t ch = l->cells[k].ch;
        if (m + 4 > sizeof run) {
            buf_append(out, run, m);
            m = 0;
        }
        if (ch < 0x80) {
            run[m++] = (char)ch;
        } else {
            buf_append(out, run, m);
            m = 0;
            put_utf8(out, ch);
        }
    }
    buf_append(out, run, m);
}

void sb_render(const SBuf *sb, bool color, Buf *out)
{
    for (size_t i = 0; i < sb->n; i++) {
        const SLine *l = &sb->lines[i];
        if (!color) {
            render_plain(l, out);
            if (i + 1 != sb->n)
                buf_putc(out, '\n');
            continue;
        }
        SStyle cur = SS_NONE;
        for (size_t k = 0; k < l->len; k++) {
            SStyle s = color ? (SStyle)l->cells[k].style : SS_NONE;
            if (s != cur) {
                if (cur != SS_NONE)
                    buf_puts(out, ANSI_RESET);
                cur = s;
                buf_puts(out, sb_style_ansi(cur));
            }
            /* A run of ASCII cells of one style goes out in one append. */
            char run[256];
            size_t m = 0;
            while (k < l->len && l->cells[k].ch < 0x80 && m < sizeof run &&
                   (color ? (SStyle)l->cells[k].style : SS_NONE) == cur)
                run[m++] = (char)l->cells[k++].ch;
            if (m) {
                buf_append(out, run, m);
                k--;
                continue;
            }
            put_utf8(out, l->cells[k].ch);
        }
        if (cur != SS_NONE)
            buf_puts(out, ANSI_RESET);
        if (i + 1 != sb->n)
            buf_putc(out, '\n');
    }
}

void sb_clear(SBuf *sb)
{
    for (size_t i = 0; i < sb->n; i++)
        sb->lines[i].len = 0;
    sb->n = 0;
    sb->failed = false;
}

void sb_free(SBuf *sb)
{
    for (size_t i = 0; i < sb->cap; i++)
        free(sb->lines[i].cells);
    free(sb->lines);
    memset(sb, 0, sizeof *sb);
}
