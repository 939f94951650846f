/* statistics.c: Ruff's summary lines ("Found N errors.", the fixable and hidden-fixes hints) and
 * the `--statistics` table with its JSON form. */
#include <stdlib.h>
#include <string.h>

#include "cli/output_common.h"

typedef struct Fixables {
    size_t applicable, inapplicable_unsafe;
} Fixables;

static Fixables count_fixables(const OutputOptions *o, const OutputItem *items, size_t n)
{
    Fixables f = {0, 0};
    for (size_t i = 0; i < n; i++) {
        const Fix *fix = out_fix(&items[i]);
        if (!fix)
            continue;
        if (out_fix_applies(o, fix))
            f.applicable++;
        else if (fix->applicability == APPLY_UNSAFE)
            f.inapplicable_unsafe++;
    }
    return f;
}

static int cmp_fixed(const void *a, const void *b)
{
    const FixedCount *x = *(const FixedCount *const *)a, *y = *(const FixedCount *const *)b;
    int c = strcmp(x->path, y->path);
    if (c)
        return c;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return strcmp(rule_table[x->rule].code, rule_table[y->rule].code);
}

/* Ruff's print_fix_summary: "Fixed N errors:", then per file `- path:` and `  N × CODE (name)`. */
static void fix_listing(FILE *out, const OutputOptions *o, const FixReport *fr)
{
    size_t total = 0, maxc = 0;
    const FixedCount **v = malloc(fr->nfixed * sizeof *v);
    if (!v)
        return;
    for (size_t i = 0; i < fr->nfixed; i++) {
        v[i] = &fr->fixed[i];
        total += fr->fixed[i].count;
        if (fr->fixed[i].count > maxc)
            maxc = fr->fixed[i].count;
    }
    qsort(v, fr->nfixed, sizeof *v, cmp_fixed);
    int w = 1;
    for (size_t m = maxc; m >= 10; m /= 10)
        w++;
    bool c = o->color;
    fprintf(out, "%sFixed %zu error%s:%s\n", c ? COLORED_BOLD_GREEN : "", total, total == 1 ? "" : "s", c ? ANSI_RESET : "");
    for (size_t i = 0; i < fr->nfixed; i++) {
        if (i == 0 || strcmp(v[i]->path, v[i - 1]->path) != 0)
            fprintf(out, "%s-%s %s%s%s%s:%s\n", c ? ANSI_CYAN : "", c ? ANSI_RESET : "", c ? ANSI_BOLD : "", v[i]->path,
                    c ? ANSI_RESET : "", c ? ANSI_CYAN : "", c ? ANSI_RESET : "");
        const RuleInfo *r = &rule_table[v[i]->rule];
        const char *first = o->preview ? r->name : r->code, *second = o->preview ? r->code : r->name;
        fprintf(out, "    %*zu \xc3\x97 %s%s%s (%s)\n", w, v[i]->count, c ? COLORED_BOLD_RED : "", first,
                c ? ANSI_RESET : "", second);
    }
    free(v);
}

void output_summary_fixes(FILE *out, const OutputOptions *o, const OutputItem *items, size_t n, const FixReport *fr)
{
    size_t fixed = 0;
    for (size_t i = 0; fr && i < fr->nfixed; i++)
        fixed += fr->fixed[i].count;
    if (fr && fr->show_fix_summary && fixed > 0) {
        fputc('\n', out);
        fix_listing(out, o, fr);
        fputc('\n', out);
    }
    Fixables f = count_fixables(o, items, n);
    bool any = f.applicable > 0 || f.inapplicable_unsafe > 0;
    const char *prefix = o->color ? "[" ANSI_CYAN "*" ANSI_RESET "]" : "[*]";
    const char *es = f.inapplicable_unsafe == 1 ? "" : "es";
    if (fr && !fr->show_violations) {
        const char *s = fixed == 1 ? "" : "s";
        size_t un = f.inapplicable_unsafe;
        const char *ues = un == 1 ? "" : "es";
        if (un > 0 && fixed > 0)
            fprintf(out, "%s %zu error%s (%zu additional fix%s available with `--unsafe-fixes`).\n",
                    fr->apply ? "Fixed" : "Would fix", fixed, s, un, ues);
        else if (un > 0)
            fprintf(out, "%s (%zu fix%s available with `--unsafe-fixes`).\n",
                    fr->apply ? "No errors fixed" : "No errors would be fixed", un, ues);
        else if (fixed > 0)
            fprintf(out, "%s %zu error%s.\n", fr->apply ? "Fixed" : "Would fix", fixed, s);
        return;
    }
    if (fixed > 0) {
        size_t total = fixed + n;
        fprintf(out, "Found %zu error%s (%zu fixed, %zu remaining).\n", total, total == 1 ? "" : "s", fixed, n);
    } else if (n > 0) {
        fprintf(out, "Found %zu error%s.\n", n, n == 1 ? "" : "s");
    } else {
        fprintf(out, "%sAll checks passed!%s\n", o->color ? COLORED_BOLD_GREEN : "", o->color ? ANSI_RESET : "");
    }
    if (!any)
        return;
    if (o->unsafe_fixes == UNSAFE_FIXES_HINT) {
        if (f.applicable > 0 && f.inapplicable_unsafe > 0)
            fprintf(out,
                    "%s %zu fixable with the `--fix` option (%zu hidden fix%s can be enabled with the "
                    "`--unsafe-fixes` option).\n",
                    prefix, f.applicable, f.inapplicable_unsafe, es);
        else if (f.applicable > 0)
            fprintf(out, "%s %zu fixable with the `--fix` option.\n", prefix, f.applicable);
        else
            fprintf(out, "No fixes available (%zu hidden fix%s can be enabled with the `--unsafe-fixes` option).\n",
                    f.inapplicable_unsafe, es);
    } else if (f.applicable > 0) {
        fprintf(out, "%s %zu fixable with the `--fix` option.\n", prefix, f.applicable);
    }
}

void output_summary(FILE *out, const OutputOptions *o, const OutputItem *items, size_t n)
{
    output_summary_fixes(out, o, items, n, NULL);
}

/* One row of the table: a code (NULL for syntax errors) and its counts. */
typedef struct Stat {
    const char *code;
    const char *name;
    const Diagnostic *diag;   /* the first one, for its documentation link */
    size_t count, fixable;
    size_t order;
} Stat;

static int cmp_code(const void *a, const void *b)
{
    const OutputItem *x = a, *y = b;
    bool nx = x->diag->rule == RULE__COUNT, ny = y->diag->rule == RULE__COUNT;
    if (nx || ny)
        return nx == ny ? 0 : nx ? -1 : 1;
    return strcmp(rule_table[x->diag->rule].code, rule_table[y->diag->rule].code);
}

/* Stable: by count, descending (ties keep code order). */
static int cmp_count(const void *a, const void *b)
{
    const Stat *x = a, *y = b;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

static int digits(size_t v)
{
    int d = 1;
    while (v >= 10) {
        v /= 10;
        d++;
    }
    return d;
}

bool output_statistics(FILE *out, const OutputOptions *o, const OutputItem *items, size_t n, bool quiet,
                       char *err, size_t errlen)
{
    if (n == 0)
        return true;
    if (o->format != FMT_FULL && o->format != FMT_CONCISE && o->format != FMT_JSON) {
        snprintf(err, errlen, "Unsupported serialization format for statistics: %s",
                 output_format_debug_name(o->format));
        return false;
    }
    OutputItem *sorted = malloc(n * sizeof *sorted);
    Stat *stats = calloc(n, sizeof *stats);
    if (!sorted || !stats) {
        free(sorted);
        free(stats);
        snprintf(err, errlen, "out of memory");
        return false;
    }
    memcpy(sorted, items, n * sizeof *sorted);
    /* qsort is not stable, but equal codes are merged into one row anyway. */
    qsort(sorted, n, sizeof *sorted, cmp_code);
    size_t ns = 0;
    for (size_t i = 0; i < n; i++) {
        const Diagnostic *d = sorted[i].diag;
        const char *code = d->rule == RULE__COUNT ? NULL : rule_table[d->rule].code;
        bool fixable = out_fix_applies(o, out_fix(&sorted[i]));
        if (ns > 0 && (stats[ns - 1].code == code || (code && stats[ns - 1].code && strcmp(stats[ns - 1].code, code) == 0))) {
            stats[ns - 1].count++;
            stats[ns - 1].fixable += fixable;
            continue;
        }
        stats[ns] = (Stat){code, out_name(d), d, 1, fixable, ns};
        ns++;
    }
    qsort(stats, ns, sizeof *stats, cmp_count);

    Buf b = {0};
    if (o->format == FMT_JSON) {
        JsonW w = {.b = &b, .pretty = true};
        jw_begin_array(&w);
        for (size_t i = 0; i < ns; i++) {
            jw_begin_object(&w);
            jw_key(&w, "code");
            if (stats[i].code)
                jw_string(&w, stats[i].code);
            else
                jw_null(&w);
            jw_key(&w, "name");
            jw_string(&w, stats[i].name);
            jw_key(&w, "count");
            jw_uint(&w, stats[i].count);
            jw_key(&w, "fixable");
            jw_bool(&w, stats[i].fixable == stats[i].count);
            jw_key(&w, "fixable_count");
            jw_uint(&w, stats[i].fixable);
            jw_end_object(&w);
        }
        jw_end_array(&w);
        buf_putc(&b, '\n');
    } else {
        int count_w = 0, code_w = 0;
        bool any_fixable = false;
        for (size_t i = 0; i < ns; i++) {
            if (digits(stats[i].count) > count_w)
                count_w = digits(stats[i].count);
            int cw = stats[i].code ? (int)strlen(stats[i].code) : 0;
            if (cw > code_w)
                code_w = cw;
            any_fixable |= stats[i].fixable > 0;
        }
        bool c = o->color;
        for (size_t i = 0; i < ns; i++) {
            const char *code = stats[i].code ? stats[i].code : "";
            buf_printf(&b, "%s%*zu%s\t", c ? ANSI_BOLD : "", count_w, stats[i].count, c ? ANSI_RESET : "");
            out_link_open(&b, o, stats[i].diag);
            buf_printf(&b, "%s%s%s", c ? COLORED_BOLD_RED : "", code, c ? ANSI_RESET : "");
            out_link_close(&b, o, stats[i].diag);
            buf_printf(&b, "%*s\t", code_w - (int)strlen(code), "");
            if (any_fixable) {
                const char *mark = stats[i].fixable == stats[i].count ? "*" : stats[i].fixable > 0 ? "-" : NULL;
                if (mark)
                    buf_printf(&b, "[%s%s%s] ", c ? ANSI_CYAN : "", mark, c ? ANSI_RESET : "");
                else
                    buf_puts(&b, "[ ] ");
            }
            buf_printf(&b, "%s\n", stats[i].name);
        }
    }
    bool ok = out_flush_buf(out, &b);
    buf_free(&b);
    free(sorted);
    free(stats);
    if (ok && o->format != FMT_JSON && !quiet)
        output_summary(out, o, items, n);
    if (!ok)
        snprintf(err, errlen, "failed to write the statistics");
    return ok;
}
