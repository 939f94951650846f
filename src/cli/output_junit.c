/* output_junit.c: the JUnit XML report as Ruff writes it through quick-junit 0.8 (one testsuite
 * per file, one failing testcase per diagnostic, four-space indentation, self-closing empty tags). */
#include <string.h>

#include "cli/output_common.h"

/* XML text or attribute value: quick-xml escapes the five specials; quick-junit drops the
 * characters XML 1.0 cannot hold (C0 controls other than tab, newline and carriage return). */
static void xml_escape(Buf *b, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '<': buf_puts(b, "&lt;"); break;
        case '>': buf_puts(b, "&gt;"); break;
        case '&': buf_puts(b, "&amp;"); break;
        case '\'': buf_puts(b, "&apos;"); break;
        case '"': buf_puts(b, "&quot;"); break;
        default:
            if (*p >= 0x20 || *p == '\t' || *p == '\n' || *p == '\r')
                buf_putc(b, (char)*p);
        }
    }
}

static void attr(Buf *b, const char *name, const char *value)
{
    buf_printf(b, " %s=\"", name);
    xml_escape(b, value);
    buf_putc(b, '"');
}

/* The path without its last extension, as Rust's Path::with_extension(""). */
static void classname(Buf *b, const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t n = dot && dot != base ? (size_t)(dot - path) : strlen(path);
    buf_append(b, path, n);
}

bool output_junit(FILE *out, const OutputOptions *o, const OutputItem *items, size_t n)
{
    Buf b = {0}, path = {0}, cls = {0}, tmp = {0};
    buf_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    buf_printf(&b, "<testsuites name=\"%s\" tests=\"%zu\" skipped=\"0\" failures=\"%zu\" errors=\"0\">\n",
               OUTPUT_PROGRAM, n ? n : 1, n);
    if (n == 0) {
        buf_printf(&b, "    <testsuite name=\"%s\" tests=\"1\" skipped=\"0\" errors=\"0\" failures=\"0\" package=\"org.%s\">\n",
                   OUTPUT_PROGRAM, OUTPUT_PROGRAM);
        buf_printf(&b, "        <testcase name=\"No errors found\" classname=\"%s\"/>\n", OUTPUT_PROGRAM);
        buf_puts(&b, "    </testsuite>\n");
    }
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && items[j].file == items[i].file)
            j++;
        path.len = 0;
        out_abs_path(o, items[i].file->display, &path);
        cls.len = 0;
        classname(&cls, path.data);
        buf_puts(&b, "    <testsuite");
        attr(&b, "name", path.data);
        buf_printf(&b, " tests=\"%zu\" skipped=\"0\" errors=\"0\" failures=\"%zu\" package=\"org.%s\">\n", j - i,
                   j - i, OUTPUT_PROGRAM);
        for (size_t k = i; k < j; k++) {
            const Diagnostic *d = items[k].diag;
            OutLoc l = out_loc(&items[k], d->start);
            tmp.len = 0;
            buf_printf(&tmp, "org.%s.%s", OUTPUT_PROGRAM, out_code(o, d));
            buf_puts(&b, "        <testcase");
            attr(&b, "name", tmp.data);
            attr(&b, "classname", cls.data);
            buf_printf(&b, " line=\"%u\" column=\"%u\">\n", l.row, l.col);
            buf_puts(&b, "            <properties>\n");
            buf_puts(&b, "                <property name=\"severity\" value=\"error\"/>\n");
            buf_puts(&b, "            </properties>\n");
            buf_puts(&b, "            <failure");
            attr(&b, "message", d->message);
            buf_printf(&b, ">line %u, col %u, ", l.row, l.col);
            xml_escape(&b, d->message);
            buf_puts(&b, "</failure>\n");
            buf_puts(&b, "        </testcase>\n");
        }
        buf_puts(&b, "    </testsuite>\n");
        i = j;
    }
    buf_puts(&b, "</testsuites>\n");
    bool ok = out_flush_buf(out, &b);
    buf_free(&b);
    buf_free(&path);
    buf_free(&cls);
    buf_free(&tmp);
    return ok;
}
