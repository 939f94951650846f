/* output_text.c: the one-line text formats, `concise` (path:row:col: CODE [*] message) and
 * `grouped` (a header per file, then aligned row:col lines), with Ruff's colours. */
#include <string.h>

#include "cli/output_common.h"

/* A row or column in decimal (buf_printf's cost, a vsnprintf, is most of a line's). */
static void put_uint(Buf *b, uint32_t v)
{
    char tmp[10];
    int n = 0;
    do {
        tmp[sizeof tmp - 1 - n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    buf_append(b, tmp + sizeof tmp - n, (size_t)n);
}

static inline void styled_n(Buf *b, bool color, const char *style, const char *text, size_t len)
{
    if (color)
        buf_puts(b, style);
    buf_append(b, text, len);
    if (color)
        buf_puts(b, ANSI_RESET);
}

static inline void styled(Buf *b, bool color, const char *style, const char *text)
{
    styled_n(b, color, style, text, strlen(text));
}

bool output_concise(FILE *out, const OutputOptions *o, const OutputItem *items, size_t n)
{
    bool show_fix = out_show_fix_status(o, items, n);
    Buf b = {0};
    const FileResult *file = NULL;
    size_t display_len = 0;
    for (size_t i = 0; i < n; i++) {
        const Diagnostic *d = items[i].diag;
        if (items[i].file != file) {
            file = items[i].file;
            display_len = strlen(file->display);
        }
        OutLoc l = out_loc(&items[i], d->start);
        styled_n(&b, o->color, ANSI_BOLD, file->display, display_len);
        styled_n(&b, o->color, ANSI_CYAN, ":", 1);
        put_uint(&b, l.row);
        styled_n(&b, o->color, ANSI_CYAN, ":", 1);
        put_uint(&b, l.col);
        styled_n(&b, o->color, ANSI_CYAN, ":", 1);
        buf_putc(&b, ' ');
        if (o->color)
            buf_puts(&b, ANSI_RED_BOLD);
        out_link_open(&b, o, d);
        buf_puts(&b, out_code(o, d));
        out_link_close(&b, o, d);
        if (o->color)
            buf_puts(&b, ANSI_RESET);
        buf_puts(&b, out_code_is_name(o, d) ? ": " : " ");
        if (show_fix && out_fix_applies(o, out_fix(&items[i]))) {
            buf_putc(&b, '[');
            styled(&b, o->color, ANSI_CYAN, "*");
            buf_puts(&b, "] ");
        }
        buf_puts(&b, d->message);
        buf_putc(&b, '\n');
        if (b.len > 1 << 16) {
            if (!out_flush_buf(out, &b)) {
                buf_free(&b);
                return false;
            }
            b.len = 0;
        }
    }
    bool ok = out_flush_buf(out, &b);
    buf_free(&b);
    return ok;
}

static int digits(uint32_t v)
{
    int d = 1;
    while (v >= 10) {
        v /= 10;
        d++;
    }
    return d;
}

bool output_grouped(FILE *out, const OutputOptions *o, const OutputItem *items, size_t n)
{
    bool show_fix = out_show_fix_status(o, items, n);
    Buf b = {0};
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        int row_w = 1, col_w = 1;
        while (j < n && items[j].file == items[i].file) {
            OutLoc l = out_loc(&items[j], items[j].diag->start);
            if (digits(l.row) > row_w)
                row_w = digits(l.row);
            if (digits(l.col) > col_w)
                col_w = digits(l.col);
            j++;
        }
        styled(&b, o->color, COLORED_UNDERLINE, items[i].file->display);
        buf_puts(&b, ":\n");
        for (size_t k = i; k < j; k++) {
            const Diagnostic *d = items[k].diag;
            OutLoc l = out_loc(&items[k], d->start);
            buf_printf(&b, "  %*s%u", row_w - digits(l.row), "", l.row);
            styled(&b, o->color, ANSI_CYAN, ":");
            buf_printf(&b, "%u%*s ", l.col, col_w - digits(l.col), "");
            if (show_fix && out_fix_applies(o, out_fix(&items[k]))) {
                styled(&b, o->color, COLORED_BOLD_RED, out_code(o, d));
                buf_puts(&b, " [");
                styled(&b, o->color, ANSI_CYAN, "*");
                buf_puts(&b, "] ");
            } else {
                styled(&b, o->color, COLORED_BOLD_RED, out_code(o, d));
                buf_puts(&b, out_code_is_name(o, d) ? ": " : " ");
            }
            buf_puts(&b, d->message);
            buf_putc(&b, '\n');
        }
        buf_putc(&b, '\n');
        if (!out_flush_buf(out, &b)) {
            buf_free(&b);
            return false;
        }
        b.len = 0;
        i = j;
    }
    bool ok = out_flush_buf(out, &b);
    buf_free(&b);
    return ok;
}
