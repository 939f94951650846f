/* output_full.c: the `full` format: Ruff's header line and code frame (line numbers, `|` gutter,
 * `^` carets, long lines cut with `…`), the `help:` line, the fix diff and the unsafe-fix note.
 * The frame follows annotate-snippets as Ruff configures it: one primary annotation, two lines of
 * context (blank lines trimmed at the edges), tabs shown as four spaces, width 140. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "cli/output_common.h"
#include "cli/output_full.h"
#include "cli/output_sbuf.h"
#include "util/utf8.h"

#define CONTEXT 2
#define TERM_WIDTH 140

/* ---- characters as annotate-snippets measures and shows them ---- */

static bool is_listed_control(uint32_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

size_t frame_char_width(uint32_t c)
{
    if (c < 0x80) /* controls count 1 (they are shown as symbols), a tab 4, the rest 1 */
        return c == '\t' ? 4 : 1;
    if (is_listed_control(c) || (c >= 0x80 && c < 0xa0))
        return 1;
    int w = unicode_width(c);
    return w < 0 ? 1 : (size_t)w;
}

/* Append the printable form of one character (normalize_whitespace). */
static void show_char(Buf *b, uint32_t c, const char *raw, size_t rawlen)
{
    if (c == '\t')
        buf_puts(b, "    ");
    else if (c < 0x20 && c != '\n')
        buf_printf(b, "\xe2\x90%c", (char)(0x80 + c)); /* U+2400 + c */
    else if (c == 0x7f)
        buf_puts(b, "\xe2\x90\xa1");                    /* U+2421 */
    else if (c == 0x200d)
        ;                                               /* zero width joiner: dropped */
    else if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
        buf_puts(b, "\xef\xbf\xbd");                    /* U+FFFD */
    else
        buf_append(b, raw, rawlen);
}

static void normalize(Buf *b, const char *s, size_t n)
{
    uint32_t i = 0;
    while (i < n) {
        /* printable ASCII is shown as it is: a run of it in one append */
        uint32_t at = i;
        while (i < n && (unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7f)
            i++;
        if (i > at) {
            buf_append(b, s + at, i - at);
            continue;
        }
        uint32_t c = utf8_next(s, (uint32_t)n, &i);
        show_char(b, c, s + at, i - at);
    }
}

/* The width of normalized text (no tabs or controls left: an ASCII byte is one column). */
static size_t str_width(const char *s, size_t n)
{
    size_t w = 0;
    uint32_t i = 0;
    while (i < n) {
        uint64_t word;
        if (n - i >= 8 && (memcpy(&word, s + i, 8), !(word & 0x8080808080808080ull))) {
            w += 8, i += 8;
            continue;
        }
        if ((unsigned char)s[i] < 0x80) {
            w++, i++;
            continue;
        }
        w += frame_char_width(utf8_next(s, (uint32_t)n, &i));
    }
    return w;
}

/* ---- lines as Ruff's line index sees them (a final newline opens an empty last line) ---- */

typedef struct Src {
    const char *text;
    uint32_t len;
    const uint32_t *starts;
    uint32_t nlines;     /* real lines (what the frame can show) */
    bool phantom;        /* the text ends with a line terminator: Ruff counts one more line */
} Src;

static uint32_t line_start(const Src *s, uint32_t i) { return i < s->nlines ? s->starts[i] : s->len; }

/* End including the terminator. */
static uint32_t line_end_incl(const Src *s, uint32_t i) { return i + 1 < s->nlines ? s->starts[i + 1] : s->len; }

/* End excluding the terminator. */
static uint32_t line_end_excl(const Src *s, uint32_t i)
{
    uint32_t e = line_end_incl(s, i), b = line_start(s, i);
    if (e > b && s->text[e - 1] == '\n')
        e--;
    if (e > b && s->text[e - 1] == '\r')
        e--;
    return e;
}

static uint32_t ruff_line_of(const Src *s, uint32_t off)
{
    if (s->phantom && off >= s->len)
        return s->nlines;
    uint32_t lo = 0, hi = s->nlines;
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (s->starts[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

static bool line_blank(const Src *s, uint32_t i)
{
    if (i >= s->nlines)
        return true;
    uint32_t b = line_start(s, i), e = line_end_excl(s, i);
    while (b < e) {
        uint32_t c = utf8_next(s->text, e, &b);
        if (!unicode_is_whitespace(c))
            return false;
    }
    return true;
}

/* A position in the frame: line (0-based), characters and display columns from the line start. */
typedef struct Loc {
    uint32_t line;
    size_t chr, display;
} Loc;

/* Characters and width of line `i` up to byte `off` (clamped to the content). */
static void measure(const Src *s, uint32_t i, uint32_t off, size_t *chr, size_t *disp)
{
    uint32_t b = line_start(s, i), e = line_end_excl(s, i);
    if (off < e)
        e = off;
    *chr = 0, *disp = 0;
    while (b < e) {
        (*disp) += frame_char_width(utf8_next(s->text, e, &b));
        (*chr)++;
    }
}

/* The line holding byte `off` among lines [first, last] as annotate-snippets' SourceMap finds it
 * (its terminator included); `eof` when none holds it (the last line is used). */
static uint32_t find_line(const Src *s, uint32_t first, uint32_t last, uint32_t off, uint32_t snippet_end, bool *eof)
{
    *eof = false;
    for (uint32_t i = first; i <= last; i++) {
        uint32_t end = i == last ? snippet_end : line_end_incl(s, i);
        if (off >= line_start(s, i) && off < end)
            return i;
    }
    *eof = true;
    return last;
}

/* ---- the margin that cuts long lines (annotate-snippets' Margin) ---- */

typedef struct Margin {
    size_t whitespace_left, span_left, span_right, label_right;
    size_t computed_left, computed_right, term_width;
} Margin;

static size_t sat_sub(size_t a, size_t b) { return a > b ? a - b : 0; }

static Margin margin_new(size_t ws_left, size_t span_left, size_t span_right, size_t label_right, size_t term_width,
                         size_t max_line_len)
{
    Margin m = {sat_sub(ws_left, 6), sat_sub(span_left, 6), span_right + 6, label_right + 6, 0, 0, term_width};
    m.computed_left = m.whitespace_left > 20 ? m.whitespace_left - 16 : 0;
    m.computed_right = max_line_len > m.computed_left ? max_line_len : m.computed_left;
    if (m.computed_right - m.computed_left > m.term_width) {
        if (sat_sub(m.label_right, m.whitespace_left) <= m.term_width && m.label_right >= m.whitespace_left) {
            m.computed_left = m.whitespace_left;
            m.computed_right = m.computed_left + m.term_width;
        } else if (m.label_right - m.span_left <= m.term_width) {
            size_t pad = (m.term_width - (m.label_right - m.span_left)) / 2;
            m.computed_left = sat_sub(m.span_left, pad);
            m.computed_right = m.computed_left + m.term_width;
        } else if (m.span_right - m.span_left <= m.term_width) {
            size_t pad = (m.term_width - (m.span_right - m.span_left)) / 5 * 2;
            m.computed_left = sat_sub(m.span_left, pad);
            m.computed_right = m.computed_left + m.term_width;
        } else {
            m.computed_left = m.span_left;
            m.computed_right = m.span_right;
        }
    }
    return m;
}

static size_t margin_left(const Margin *m, size_t line_len) { return m->computed_left < line_len ? m->computed_left : line_len; }

static size_t margin_right(const Margin *m, size_t line_len)
{
    if (sat_sub(line_len, m->computed_left) <= m->term_width)
        return line_len;
    return line_len < m->computed_right ? line_len : m->computed_right;
}

/* ---- drawing ---- */

typedef struct Frame {
    SBuf *sb;
    const Src *src;
    size_t w;             /* width of the line numbers */
    size_t width_offset;  /* 3 + w */
    size_t code_offset;   /* where code starts (2 more with a multi-line annotation) */
    Margin margin;
    Buf norm;             /* the line being drawn, normalized (reused from line to line) */
} Frame;

static size_t char_count(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

/* One source line with its number and gutter; returns `left`, the columns cut on the left. */
static size_t draw_line(Frame *f, uint32_t li, size_t row)
{
    const Src *s = f->src;
    f->norm.len = 0;
    normalize(&f->norm, s->text + line_start(s, li), line_end_excl(s, li) - line_start(s, li));
    const char *str = f->norm.data && f->norm.len ? f->norm.data : "";
    size_t len = f->norm.len;
    size_t line_len = str_width(str, len);
    size_t left = margin_left(&f->margin, line_len), right = margin_right(&f->margin, line_len);
    uint32_t i = 0;
    size_t skipped = 0;
    while (i < len && skipped < left) {
        skipped += frame_char_width(utf8_next(str, (uint32_t)len, &i));
    }
    uint32_t code_b = i, code_e = i;
    size_t taken = 0;
    while (code_e < len) {
        uint32_t j = code_e;
        if ((unsigned char)str[j] < 0x80) { /* one column: the common case, without decoding */
            if (++taken > right - left)
                break;
            code_e = j + 1;
            continue;
        }
        taken += frame_char_width(utf8_next(str, (uint32_t)len, &j));
        if (taken > right - left)
            break;
        code_e = j;
    }
    if (skipped > left)
        left = skipped;
    size_t width_taken = 0, bytes_taken = 0;
    if (f->margin.computed_left > 0) {
        uint32_t k = code_b;
        while (k < code_e) {
            width_taken += frame_char_width(utf8_next(str, code_e, &k));
            bytes_taken = k - code_b;
            if (width_taken >= 1)
                break;
        }
        sb_puts(f->sb, row, f->code_offset, "\xe2\x80\xa6", 3, SS_LINENO);
    }
    const char *code = str + code_b + bytes_taken;
    size_t code_len = code_e - code_b - bytes_taken;
    sb_puts(f->sb, row, f->code_offset + width_taken, code, code_len, SS_NONE);
    if (line_len > right) {
        size_t char_taken = 0, wt = 0;
        uint32_t k = code_e;
        while (k > code_b) {
            wt += frame_char_width(utf8_prev(str, code_b, &k));
            char_taken++;
            if (wt >= 1)
                break;
        }
        size_t col = f->code_offset + width_taken + char_count(code, code_len) - char_taken;
        sb_puts(f->sb, row, col, "\xe2\x80\xa6", 3, SS_LINENO);
    }
    char num[24];
    size_t nn = out_uint(num, sizeof num, li + 1, f->w, false);
    sb_puts(f->sb, row, 0, num, nn, SS_LINENO);
    sb_putc(f->sb, row, f->width_offset - 2, '|', SS_LINENO);
    return left;
}

/* Whether the first `n` characters of the shown line are all whitespace. */
static bool prefix_blank(const Src *s, uint32_t li, size_t n)
{
    Buf norm = {0};
    normalize(&norm, s->text + line_start(s, li), line_end_excl(s, li) - line_start(s, li));
    uint32_t i = 0;
    bool blank = true;
    for (size_t k = 0; k < n && i < norm.len && blank; k++)
        blank = unicode_is_whitespace(utf8_next(norm.data, (uint32_t)norm.len, &i));
    buf_free(&norm);
    return blank;
}

static size_t line_leading_ws(const Src *s, uint32_t li, bool *nonblank)
{
    uint32_t b = line_start(s, li), e = line_end_excl(s, li);
    size_t w = 0;
    bool lead = true;
    *nonblank = false;
    while (b < e) {
        uint32_t c = utf8_next(s->text, e, &b);
        if (!unicode_is_whitespace(c)) {
            *nonblank = true;
            lead = false;
        } else if (lead) {
            w += c == '\t' ? 4 : 1;
        }
    }
    return w;
}

/* The filter annotate-snippets uses to decide how far the `|` of a multi-line span is drawn. */
static bool line_meaningful(const Src *s, uint32_t li)
{
    uint32_t b = line_start(s, li), e = line_end_excl(s, li);
    while (b < e && unicode_is_whitespace((unsigned char)s->text[b]))
        b++;
    while (e > b && unicode_is_whitespace((unsigned char)s->text[e - 1]))
        e--;
    size_t n = e - b;
    const char *t = s->text + b;
    if (n >= 2 && t[0] == '/' && t[1] == '/' && !(n >= 3 && (t[2] == '/' || t[2] == '!')))
        return false;
    if (n == 0)
        return false;
    if (n == 1 && strchr("{}()[]", t[0]))
        return false;
    return true;
}

void frame_render(SBuf *sb, const FrameInput *in)
{
    Src s = {in->text, in->len, in->line_starts, in->nlines, false};
    uint32_t empty_start = 0;
    if (!in->text || in->nlines == 0) {
        s.text = "";
        s.len = 0;
        s.starts = &empty_start;
        s.nlines = 1;
    }
    s.phantom = s.len > 0 && (s.text[s.len - 1] == '\n' || s.text[s.len - 1] == '\r');
    uint32_t start = in->start < s.len ? in->start : s.len, end = in->end < s.len ? in->end : s.len;
    if (end < start)
        end = start;

    /* Lines of the snippet (Ruff's context_before / context_after, blank edges trimmed). */
    uint32_t l0 = ruff_line_of(&s, start), l1 = ruff_line_of(&s, end);
    if (end > start && (s.text[end - 1] == '\n' || s.text[end - 1] == '\r') && l1 > l0)
        l1--;
    if (l1 < l0)
        l1 = l0;
    uint32_t first = l0 > CONTEXT ? l0 - CONTEXT : 0;
    while (first < l0 && line_blank(&s, first))
        first++;
    uint32_t maxl = s.nlines + (s.phantom ? 1 : 0);
    uint32_t last = l1 + CONTEXT < maxl ? l1 + CONTEXT : maxl;
    while (last > l1 && line_blank(&s, last))
        last--;
    /* The frame only shows real lines. */
    if (first >= s.nlines)
        first = s.nlines - 1;
    if (last >= s.nlines)
        last = s.nlines - 1;
    if (last < first)
        last = first;
    uint32_t snippet_begin = line_start(&s, first), snippet_end = line_end_incl(&s, last);

    /* An empty span right after a line terminator covers the next character instead. */
    if (start == end && start > snippet_begin && start < snippet_end &&
        (s.text[start - 1] == '\n' || s.text[start - 1] == '\r')) {
        uint32_t k = start;
        utf8_next(s.text, s.len, &k);
        end = k;
    }

    /* Where the annotation starts and ends (annotate-snippets' span_to_locations). */
    bool eof;
    Loc lo, hi;
    lo.line = find_line(&s, first, last, start, snippet_end, &eof);
    measure(&s, lo.line, start, &lo.chr, &lo.display);
    if (start > line_end_excl(&s, lo.line) && start - line_start(&s, lo.line) > line_end_excl(&s, lo.line) - line_start(&s, lo.line))
        lo.chr++;
    if (start == end) {
        hi = lo;
    } else {
        uint32_t ei = find_line(&s, first, last, end, snippet_end, &eof);
        hi.line = ei;
        measure(&s, ei, end, &hi.chr, &hi.display);
        if (lo.line < hi.line && hi.chr == 0 && !eof) {
            hi.line = ei - 1;
            measure(&s, hi.line, end, &hi.chr, &hi.display);
            if (line_end_incl(&s, hi.line) == start)
                hi.chr++, hi.display++;
        }
        if (lo.line != hi.line && end > line_end_excl(&s, ei))
            hi.chr++, hi.display++;
    }
    bool multiline = lo.line != hi.line;
    if (!multiline && lo.display == hi.display)
        hi.display++;

    /* The header's location is the annotation's line and character. */
    char num[24];
    size_t w = out_uint(num, sizeof num, last + 1, 0, false);
    Frame f = {.sb = sb, .src = &s, .w = w, .width_offset = 3 + w};
    f.code_offset = multiline ? f.width_offset + 2 : f.width_offset;
    size_t row = sb_num_lines(sb);
    for (size_t k = 0; k < w; k++)
        sb_append(sb, row, " ", SS_NONE);
    sb_append(sb, row, "--> ", SS_LINENO);
    sb_append(sb, row, in->path, SS_NONE);
    out_uint(num, sizeof num, lo.line + 1, 0, false);
    sb_append(sb, row, ":", SS_NONE);
    sb_append(sb, row, num, SS_NONE);
    out_uint(num, sizeof num, lo.chr + 1, 0, false);
    sb_append(sb, row, ":", SS_NONE);
    sb_append(sb, row, num, SS_NONE);
    sb_putc(sb, row + 1, w + 1, '|', SS_LINENO);

    /* Which lines carry the vertical bar of a multi-line span without drawing anything. */
    bool middle_marks = false;
    if (multiline) {
        uint32_t middle = lo.line + 4 < hi.line ? lo.line + 4 : hi.line;
        uint32_t until = lo.line;
        for (uint32_t li = middle; li-- > lo.line;)
            if (line_meaningful(&s, li)) {
                until = li + 1;
                break;
            }
        if (until > lo.line + 1)
            middle_marks = true;
        if (hi.line >= 1 && middle < hi.line - 1 && line_meaningful(&s, hi.line - 1))
            middle_marks = true;
    }

    /* The margin. */
    size_t ws_left = (size_t)-1, max_len = 0;
    for (uint32_t li = first; li <= last; li++) {
        bool nonblank;
        size_t lw = line_leading_ws(&s, li, &nonblank);
        if (nonblank && lw < ws_left)
            ws_left = lw;
        size_t len = str_width(s.text + line_start(&s, li), line_end_excl(&s, li) - line_start(&s, li));
        if (len > max_len)
            max_len = len;
    }
    if (ws_left == (size_t)-1)
        ws_left = 0;
    size_t a_start = lo.display, a_end = multiline ? lo.display + 1 : hi.display;
    size_t span_left = a_start < a_end ? a_start : a_end, span_right = a_start > a_end ? a_start : a_end;
    size_t label_right = a_end;
    if (multiline) {
        size_t e0 = hi.display > 0 ? hi.display - 1 : 0;
        if (e0 < span_left)
            span_left = e0;
        if (hi.display > span_right)
            span_right = hi.display;
        if (hi.display > label_right)
            label_right = hi.display;
        if (middle_marks)
            span_left = 0;
    }
    f.margin = margin_new(ws_left, span_left, span_right, label_right, sat_sub(TERM_WIDTH, f.code_offset), max_len);

    /* The lines. */
    bool bar = false;   /* the multi-line span's vertical bar is open */
    for (uint32_t li = first; li <= last; li++) {
        size_t line_offset = sb_num_lines(sb);
        size_t left = draw_line(&f, li, line_offset);
        bool close = li == last;
        bool start_here = multiline && li == lo.line, end_here = multiline && li == hi.line;
        bool single_here = !multiline && li == lo.line;
        bool opened = false, closed = false;
        if (!start_here && !end_here && !single_here) {
            bool marked = multiline && li > lo.line && li < hi.line && middle_marks;
            if (close && !marked)
                sb_putc(sb, line_offset + 1, f.width_offset - 2, '|', SS_LINENO);
        } else if (start_here && prefix_blank(&s, li, lo.display)) {
            sb_putc(sb, line_offset, f.width_offset, '/', SS_ERROR);
            opened = true;
        } else {
            size_t u = line_offset + 1;
            sb_putc(sb, u, f.width_offset - 2, '|', SS_LINENO);
            if (start_here) {
                for (size_t c = f.width_offset + 1; c < sat_sub(f.code_offset + lo.display, left); c++)
                    sb_putc(sb, u, c, '_', SS_ERROR);
                sb_putc(sb, u, f.width_offset, ' ', SS_ERROR);
                sb_putc(sb, u, sat_sub(f.code_offset + lo.display, left), '^', SS_ERROR);
                opened = true;
            } else if (end_here) {
                size_t es = hi.display > 0 ? hi.display - 1 : 0;
                for (size_t c = f.width_offset + 1; c < sat_sub(f.code_offset + es, left); c++)
                    sb_putc(sb, u, c, '_', SS_ERROR);
                sb_putc(sb, line_offset, f.width_offset, '|', SS_ERROR);
                sb_putc(sb, u, f.width_offset, '|', SS_ERROR);
                for (size_t p = es; p < hi.display; p++)
                    sb_putc(sb, u, sat_sub(f.code_offset + p, left), '^', SS_ERROR);
                sb_putc(sb, u, sat_sub(f.code_offset + es, left), '^', SS_ERROR);
                closed = true;
            } else {
                for (size_t p = lo.display; p < hi.display; p++)
                    sb_putc(sb, u, sat_sub(f.code_offset + p, left), '^', SS_ERROR);
                size_t width = hi.display - lo.display;
                if (width > f.margin.term_width * 2 && width > 11) {
                    size_t pad = f.margin.term_width / 3 > 5 ? f.margin.term_width / 3 : 5;
                    size_t a = f.code_offset + sat_sub(lo.display + pad, left);
                    size_t b = f.code_offset + sat_sub(hi.display - pad, left);
                    sb_replace(sb, line_offset, a, b, "\xe2\x80\xa6");
                    sb_replace(sb, u, a, b, "\xe2\x80\xa6");
                }
            }
        }
        if (closed)
            bar = false;
        if (bar)
            for (size_t r = line_offset; r < sb_num_lines(sb); r++)
                sb_putc(sb, r, f.width_offset, '|', SS_ERROR);
        if (opened)
            bar = true;
    }
    buf_free(&f.norm);
}

/* ---- the format ---- */

/* A message after the text already on the grid's first row, shown as annotate-snippets shows it
 * (whitespace normalised), each of its lines on a row of its own. */
static void put_message(SBuf *sb, const char *message)
{
    Buf norm = {0};
    normalize(&norm, message, strlen(message));
    size_t row = 0, start = 0;
    for (size_t k = 0; k <= norm.len; k++)
        if (k == norm.len || norm.data[k] == '\n') {
            sb_puts(sb, row, sb_line_len(sb, row), norm.data + start, k - start, SS_EMPH);
            row++;
            start = k + 1;
        }
    buf_free(&norm);
}

/* A title line as annotate-snippets renders a group with no snippet: `label: message`. */
static void title_line(SBuf *sb, Buf *out, bool color, const char *label, SStyle label_style, const char *message)
{
    sb_clear(sb); /* the caller's grid, reused */
    sb_append(sb, 0, label, label_style);
    sb_append(sb, 0, ": ", SS_EMPH);
    put_message(sb, message);
    sb_render(sb, color, out);
    buf_putc(out, '\n');
}

/* Render one diagnostic, with `sb` as the frame's grid (cleared here, kept for the next). */
static void render_item(const OutputOptions *o, bool show_fix, const OutputItem *it, SBuf *sb, Buf *b)
{
    const Diagnostic *d = it->diag;
    const Fix *fix = out_fix(it);
    bool applies = out_fix_applies(o, fix);
    sb_clear(sb);
    /* The header: CODE [*] message (or `name: ...` for syntax errors and in preview). */
    Buf id = {0};
    out_link_open(&id, o, d);
    buf_puts(&id, out_code(o, d));
    if (out_code_is_name(o, d))
        buf_putc(&id, ':');
    out_link_close(&id, o, d);
    sb_append(sb, 0, id.data, SS_ERROR);
    buf_free(&id);
    if (show_fix && applies) {
        sb_append(sb, 0, " [", SS_NONE);
        sb_append(sb, 0, "*", SS_HELP);
        sb_append(sb, 0, "]", SS_NONE);
    }
    sb_append(sb, 0, " ", SS_EMPH);
    put_message(sb, d->message);
    const FileResult *fr = it->file;
    FrameInput fi = {.path = fr->display, .start = d->start, .end = d->end};
    if (fr->loaded) {
        fi.text = fr->src.text;
        fi.len = fr->src.len;
        fi.line_starts = fr->src.line_starts;
        fi.nlines = fr->src.nlines;
    } else {
        fi.start = fi.end = 0;
    }
    frame_render(sb, &fi);
    sb_render(sb, o->color, b);
    buf_putc(b, '\n');
    if (d->fix_title)
        title_line(sb, b, o->color, "help", SS_HELP, d->fix_title);
    if (applies && fr->loaded) {
        fix_diff_render(b, &fi, fix, o->color);
        if (fix->applicability == APPLY_UNSAFE)
            title_line(sb, b, o->color, "note", SS_WARNING, "This is an unsafe fix and may change runtime behavior");
        else if (fix->applicability == APPLY_DISPLAY_ONLY)
            title_line(sb, b, o->color, "note", SS_ERROR, "This is a display-only fix and is likely to be incorrect");
    }
    buf_putc(b, '\n');
}

/* A run of items rendered into one buffer, by the main thread or the helper thread. */
typedef struct RenderJob {
    const OutputOptions *o;
    bool show_fix;
    const OutputItem *items;
    size_t n;
    SBuf sb;
    Buf b;
} RenderJob;

static void *render_job(void *arg)
{
    RenderJob *j = arg;
    for (size_t i = 0; i < j->n; i++)
        render_item(j->o, j->show_fix, &j->items[i], &j->sb, &j->b);
    return NULL;
}

/* Items per round: each round renders two halves side by side (this thread and one other),
 * then writes them in order, so memory stays at one round's text whatever the run's size. */
#define ROUND 2048

bool output_full(FILE *out, const OutputOptions *o, const OutputItem *items, size_t n)
{
    bool show_fix = out_show_fix_status(o, items, n);
    RenderJob first = {.o = o, .show_fix = show_fix}, second = first;
    bool ok = true;
    for (size_t i = 0; i < n && ok; i += ROUND) {
        size_t m = n - i < ROUND ? n - i : ROUND;
        first.b.len = second.b.len = 0;
        first.items = items + i;
        first.n = m;
        second.n = 0;
        pthread_t helper;
        bool threaded = false;
        if (m >= 64) { /* a few frames are not worth a thread */
            first.n = m / 2;
            second.items = items + i + first.n;
            second.n = m - first.n;
            threaded = pthread_create(&helper, NULL, render_job, &second) == 0;
            if (!threaded) {
                first.n = m;
                second.n = 0;
            }
        }
        render_job(&first);
        if (threaded)
            pthread_join(helper, NULL);
        ok = out_flush_buf(out, &first.b) && (!threaded || out_flush_buf(out, &second.b));
    }
    sb_free(&first.sb);
    sb_free(&second.sb);
    buf_free(&first.b);
    buf_free(&second.b);
    return ok;
}
