/* output.c: format dispatch and the helpers every format shares (locations, codes, names, fix
 * applicability, absolute paths). */
#include "output.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/output_common.h"

static const char *const format_names[FMT__COUNT] = {
#define FORMAT(id, name) [FMT_##id] = name,
#include "cli/formats.def"
#undef FORMAT
};

bool output_format_parse(const char *name, OutputFormat *out)
{
    for (int i = 0; i < FMT__COUNT; i++)
        if (strcmp(format_names[i], name) == 0) {
            *out = (OutputFormat)i;
            return true;
        }
    return false;
}

const char *output_format_debug_name(OutputFormat f)
{
    static const char *const debug_names[FMT__COUNT] = {
        [FMT_FULL] = "Full",     [FMT_CONCISE] = "Concise", [FMT_GROUPED] = "Grouped", [FMT_JSON] = "Json",
        [FMT_JSON_LINES] = "JsonLines", [FMT_JUNIT] = "Junit", [FMT_GITHUB] = "Github", [FMT_GITLAB] = "Gitlab",
        [FMT_PYLINT] = "Pylint", [FMT_RDJSON] = "Rdjson", [FMT_AZURE] = "Azure",   [FMT_SARIF] = "Sarif",
    };
    return f < FMT__COUNT ? debug_names[f] : "?";
}

bool output_supports_hyperlinks(void)
{
    const char *v = getenv("FORCE_HYPERLINK");
    if (v) {
        while (*v == ' ' || *v == '\t' || *v == '\n')
            v++;
        size_t n = strlen(v);
        while (n && (v[n - 1] == ' ' || v[n - 1] == '\t' || v[n - 1] == '\n'))
            n--;
        return !(n == 1 && v[0] == '0');
    }
    if (getenv("DOMTERM"))
        return true;
    if ((v = getenv("VTE_VERSION"))) {
        char *end;
        long ver = strtol(v, &end, 10);
        if (*v && !*end && ver >= 5000)
            return true;
    }
    static const char *const programs[] = {"Hyper", "iTerm.app", "terminology", "WezTerm", "vscode", "ghostty", "zed"};
    if ((v = getenv("TERM_PROGRAM")))
        for (size_t i = 0; i < sizeof programs / sizeof *programs; i++)
            if (strcmp(v, programs[i]) == 0)
                return true;
    if ((v = getenv("TERM")) && (!strcmp(v, "xterm-kitty") || !strcmp(v, "alacritty") || !strcmp(v, "alacritty-direct")))
        return true;
    if ((v = getenv("COLORTERM")) && !strcmp(v, "xfce4-terminal"))
        return true;
    return getenv("WT_SESSION") || getenv("KONSOLE_VERSION");
}

bool output_format_is_human(OutputFormat f)
{
    return f == FMT_FULL || f == FMT_CONCISE || f == FMT_GROUPED;
}

OutLoc out_loc(const OutputItem *it, uint32_t offset)
{
    OutLoc l = {1, 1};
    if (it->file->loaded)
        source_location(&it->file->src, offset, &l.row, &l.col);
    return l;
}

bool out_fix_applies(const OutputOptions *o, const Fix *fix)
{
    if (!fix)
        return false;
    Applicability required = o->unsafe_fixes == UNSAFE_FIXES_ENABLED ? APPLY_UNSAFE : APPLY_SAFE;
    return fix->applicability >= required;
}

bool out_show_fix_status(const OutputOptions *o, const OutputItem *items, size_t n)
{
    if (!o->show_fix_status)
        return false;
    for (size_t i = 0; i < n; i++)
        if (out_fix_applies(o, out_fix(&items[i])))
            return true;
    return false;
}

const char *out_name(const Diagnostic *d)
{
    return d->rule == RULE__COUNT ? "invalid-syntax" : rule_table[d->rule].name;
}

bool out_code_is_name(const OutputOptions *o, const Diagnostic *d)
{
    return d->rule == RULE__COUNT || o->preview;
}

const char *out_code(const OutputOptions *o, const Diagnostic *d)
{
    return out_code_is_name(o, d) ? out_name(d) : rule_table[d->rule].code;
}

bool out_url(const Diagnostic *d, Buf *b)
{
    if (d->rule == RULE__COUNT)
        return false;
    buf_puts(b, OUTPUT_RULES_URL);
    buf_puts(b, rule_table[d->rule].name);
    return true;
}

void out_link_open(Buf *b, const OutputOptions *o, const Diagnostic *d)
{
    if (!o->color || !o->hyperlinks || d->rule == RULE__COUNT)
        return;
    buf_puts(b, "\x1b]8;;");
    out_url(d, b);
    buf_puts(b, "\x1b\\");
}

void out_link_close(Buf *b, const OutputOptions *o, const Diagnostic *d)
{
    if (o->color && o->hyperlinks && d->rule != RULE__COUNT)
        buf_puts(b, "\x1b]8;;\x1b\\");
}

/* Append `path` to `b` (which holds an absolute prefix), resolving "." and ".." lexically. */
static void push_components(Buf *b, const char *path)
{
    const char *p = path;
    while (*p) {
        while (*p == '/')
            p++;
        const char *e = p;
        while (*e && *e != '/')
            e++;
        size_t n = (size_t)(e - p);
        if (n == 0)
            break;
        if (n == 1 && p[0] == '.') {
            /* skip */
        } else if (n == 2 && p[0] == '.' && p[1] == '.') {
            while (b->len > 1 && b->data[b->len - 1] != '/')
                b->len--;
            if (b->len > 1)
                b->len--;
            b->data[b->len] = 0;
        } else {
            if (b->len == 0 || b->data[b->len - 1] != '/')
                buf_putc(b, '/');
            buf_append(b, p, n);
        }
        p = e;
    }
}

void out_abs_path(const OutputOptions *o, const char *display, Buf *b)
{
    if (strcmp(display, "-") == 0) {
        buf_puts(b, display);
        return;
    }
    Buf abs = {0};
    if (display[0] != '/') {
        char tmp[4096];
        const char *cwd = o->cwd ? o->cwd : getcwd(tmp, sizeof tmp);
        push_components(&abs, cwd ? cwd : "/");
    }
    push_components(&abs, display);
    buf_puts(b, abs.len ? abs.data : "/");
    buf_free(&abs);
}

bool out_flush_buf(FILE *out, Buf *b)
{
    if (b->failed)
        return false;
    if (b->len && fwrite(b->data, 1, b->len, out) != b->len)
        return false;
    return !ferror(out);
}

bool output_write(FILE *out, const OutputOptions *options, const OutputItem *items, size_t n)
{
    /* Resolve the working directory once for the formats that print absolute paths. */
    OutputOptions copy = *options;
    char cwd[4096];
    if (!copy.cwd && getcwd(cwd, sizeof cwd))
        copy.cwd = cwd;
    const OutputOptions *opts = &copy;
    switch (opts->format) {
    case FMT_FULL: return output_full(out, opts, items, n);
    case FMT_CONCISE: return output_concise(out, opts, items, n);
    case FMT_GROUPED: return output_grouped(out, opts, items, n);
    case FMT_JSON: return output_json(out, opts, items, n, false);
    case FMT_JSON_LINES: return output_json(out, opts, items, n, true);
    case FMT_RDJSON: return output_rdjson(out, opts, items, n);
    case FMT_GITLAB: return output_gitlab(out, opts, items, n);
    case FMT_GITHUB: return output_github(out, opts, items, n);
    case FMT_AZURE: return output_azure(out, opts, items, n);
    case FMT_PYLINT: return output_pylint(out, opts, items, n);
    case FMT_JUNIT: return output_junit(out, opts, items, n);
    case FMT_SARIF: return output_sarif(out, opts, items, n);
    case FMT__COUNT: break;
    }
    return false;
}
