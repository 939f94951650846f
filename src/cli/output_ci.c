/* output_ci.c: the CI annotation formats: GitHub workflow commands, Azure Pipelines logging
 * commands, and Pylint's `path:row: [CODE] message`. */
#include "cli/output_common.h"

bool output_github(FILE *out, const OutputOptions *o, const OutputItem *items, size_t n)
{
    Buf b = {0};
    for (size_t i = 0; i < n && !b.failed; i++) {
        const Diagnostic *d = items[i].diag;
        OutLoc s = out_loc(&items[i], d->start), e = out_loc(&items[i], d->end);
        buf_printf(&b, "::error title=%s (%s),file=", OUTPUT_PROGRAM, out_code(o, d));
        out_abs_path(o, items[i].file->display, &b);
        if (s.row == e.row)
            buf_printf(&b, ",line=%u,col=%u,endLine=%u,endColumn=%u::", s.row, s.col, e.row, e.col);
        else
            buf_printf(&b, ",line=%u,endLine=%u::", s.row, e.row);
        buf_printf(&b, "%s:%u:%u: %s%s %s", items[i].file->display, s.row, s.col, out_code(o, d),
                   out_code_is_name(o, d) ? ":" : "", d->message);
        if (d->fix_title)
            buf_printf(&b, "%%0A  help: %s", d->fix_title);
        buf_putc(&b, '\n');
    }
    bool ok = out_flush_buf(out, &b);
    buf_free(&b);
    return ok;
}

bool output_azure(FILE *out, const OutputOptions *o, const OutputItem *items, size_t n)
{
    Buf b = {0};
    for (size_t i = 0; i < n && !b.failed; i++) {
        const Diagnostic *d = items[i].diag;
        OutLoc s = out_loc(&items[i], d->start);
        buf_puts(&b, "##vso[task.logissue type=error;sourcepath=");
        out_abs_path(o, items[i].file->display, &b);
        buf_printf(&b, ";linenumber=%u;columnnumber=%u;code=%s;]%s\n", s.row, s.col, out_code(o, d), d->message);
    }
    bool ok = out_flush_buf(out, &b);
    buf_free(&b);
    return ok;
}

bool output_pylint(FILE *out, const OutputOptions *o, const OutputItem *items, size_t n)
{
    Buf b = {0};
    for (size_t i = 0; i < n && !b.failed; i++) {
        const Diagnostic *d = items[i].diag;
        OutLoc s = out_loc(&items[i], d->start);
        buf_printf(&b, "%s:%u: [%s] %s\n", items[i].file->display, s.row, out_code(o, d), d->message);
    }
    bool ok = out_flush_buf(out, &b);
    buf_free(&b);
    return ok;
}
