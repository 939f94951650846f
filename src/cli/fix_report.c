/* fix_report.c: the fix options of a run, the fix output and warnings, Ruff's fix summaries and
 * the exit status. */
#include "fix_report.h"

#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/diff.h"

const char *fix_run_conflict(const CheckArgs *a)
{
    if (a->diff && a->show_fixes == TRI_YES)
        return "the argument '--diff' cannot be used with '--show-fixes'";
    if (a->exit_zero && a->exit_non_zero_on_fix)
        return "the argument '--exit-zero' cannot be used with '--exit-non-zero-on-fix'";
    if (a->statistics && a->diff)
        return "the argument '--statistics' cannot be used with '--diff'";
    return NULL;
}

void fix_run_init(FixRun *fr, const CheckArgs *a, const LintSettings *root, bool stdin_input)
{
    memset(fr, 0, sizeof *fr);
    bool fix = a->fix != TRI_UNSET ? a->fix == TRI_YES : root->fix;
    fr->fix_only = a->fix_only || root->fix_only;
    fr->unsafe = a->unsafe_fixes == TRI_YES  ? UNSAFE_FIXES_ENABLED
                 : a->unsafe_fixes == TRI_NO ? UNSAFE_FIXES_DISABLED
                                             : root->unsafe_fixes;
    fr->diff = a->diff;
    fr->show_fixes = !a->diff && (a->show_fixes != TRI_UNSET ? a->show_fixes == TRI_YES : root->show_fixes);
    fr->show_violations = !(a->diff || fr->fix_only);
    fr->exit_non_zero_on_fix = a->exit_non_zero_on_fix;
    fr->stdin_input = stdin_input;
    fr->req.mode = a->diff ? FIX_MODE_DIFF : (fix || fr->fix_only) ? FIX_MODE_APPLY : FIX_MODE_GENERATE;
    fr->req.required = fr->unsafe == UNSAFE_FIXES_ENABLED ? APPLY_UNSAFE : APPLY_SAFE;
    fr->req.hooks = NULL;
}

bool fix_run_applicable(const FixRun *fr, const Diagnostic *d)
{
    return d->rule != RULE__COUNT && fix_applies(d->fix, fr->req.required);
}

static void warn_fix_problem(const FixRun *fr, const FileResult *r)
{
    const FixOutcome *f = &r->fix;
    if (f->status == FIX_STATUS_NOT_CONVERGED)
        fprintf(stderr,
                "\nerror: Failed to converge after %d iterations.\n\n"
                "This indicates a bug in snipe. If you could report it, quoting the contents of `%s`, the rule "
                "codes %s, along with the `pyproject.toml` settings and executed command, we'd be very "
                "appreciative!\n\n",
                FIX_MAX_ITERATIONS, r->display, f->codes ? f->codes : "");
    else if (f->status == FIX_STATUS_SYNTAX_REVERTED)
        fprintf(stderr,
                "\nerror: Fix introduced a syntax error. Reverting all changes.\n\n"
                "This indicates a bug in snipe. If you could report it, quoting the contents of `%s`, the rule "
                "codes %s, along with the `pyproject.toml` settings and executed command, we'd be very "
                "appreciative!\n\n",
                r->display, f->codes ? f->codes : "");
    if (f->write_error) {
        bool as_diag = false;
        for (uint32_t i = 0; i < r->diags.len; i++)
            as_diag |= r->diags.data[i].rule == RULE_E902;
        /* Also when the E902 would not be shown (--fix-only): a file not written is never silent. */
        if (!as_diag || !fr->show_violations)
            cli_warning("Failed to lint %s: %s", r->display, f->write_error);
    }
}

/* The whole content as it would be on disk: the BOM, then the text. */
static char *with_bom(const char *text, uint32_t len, bool bom, size_t *outlen)
{
    size_t b = bom ? 3 : 0;
    char *s = malloc(b + len + 1);
    if (!s)
        return NULL;
    memcpy(s, "\xEF\xBB\xBF", b);
    memcpy(s + b, text, len);
    s[b + len] = 0;
    *outlen = b + len;
    return s;
}

static bool print_diff(FILE *out, const FileResult *r, bool color)
{
    size_t ol, nl;
    char *o = with_bom(r->fix.orig, r->fix.orig_len, r->fix.has_bom, &ol);
    char *n = with_bom(r->fix.text, r->fix.len, r->fix.has_bom, &nl);
    Buf b = {0};
    /* Standard input has no path unless --stdin-filename names it. */
    const char *path = strcmp(r->display, "-") == 0 ? NULL : r->display;
    bool ok = o && n && diff_unified(&b, o, ol, n, nl, path, color);
    if (ok && b.len)
        ok = fwrite(b.data, 1, b.len, out) == b.len;
    buf_free(&b);
    free(o);
    free(n);
    return ok;
}

bool fix_run_output(const FixRun *fr, FILE *out, const FileResult *results, const size_t *order, size_t n,
                    bool color)
{
    bool ok = true;
    for (size_t k = 0; k < n; k++) {
        const FileResult *r = &results[order[k]];
        if (!r->fix.attempted)
            continue;
        warn_fix_problem(fr, r);
        if (fr->req.mode == FIX_MODE_DIFF && r->fix.fixed.total > 0)
            ok &= print_diff(out, r, color);
        if (fr->req.mode == FIX_MODE_APPLY && fr->stdin_input) {
            if (r->fix.has_bom)
                fputs("\xEF\xBB\xBF", out);
            ok &= fwrite(r->fix.text, 1, r->fix.len, out) == r->fix.len;
        }
    }
    return ok && fflush(out) == 0;
}

size_t fix_run_fixed(const FileResult *results, size_t n)
{
    size_t t = 0;
    for (size_t i = 0; i < n; i++)
        t += results[i].fix.fixed.total;
    return t;
}

static int num_digits(size_t n)
{
    int d = 1;
    while (n >= 10) {
        n /= 10;
        d++;
    }
    return d;
}

typedef struct RuleCount {
    RuleId rule;
    uint32_t count;
} RuleCount;

static int rule_count_cmp(const void *a, const void *b)
{
    const RuleCount *x = a, *y = b;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return strcmp(rule_table[x->rule].code, rule_table[y->rule].code);
}

/* Ruff's print_fix_summary: "Fixed 3 errors:", then per file "- path:" and "    2 × W291
 * (trailing-whitespace)" lines, most frequent first. */
static void print_fix_summary(FILE *out, const FileResult *results, const size_t *order, size_t n, size_t total)
{
    uint32_t maxc = 0;
    for (size_t i = 0; i < n; i++)
        for (int r = 0; r < RULE__COUNT; r++)
            if (results[i].fix.fixed.counts[r] > maxc)
                maxc = results[i].fix.fixed.counts[r];
    int width = num_digits(maxc);
    fprintf(out, "Fixed %zu error%s:\n", total, total == 1 ? "" : "s");
    for (size_t k = 0; k < n; k++) {
        const FileResult *res = &results[order[k]];
        if (!res->fix.fixed.total)
            continue;
        fprintf(out, "- %s:\n", res->display);
        RuleCount rc[RULE__COUNT];
        int m = 0;
        for (int r = 0; r < RULE__COUNT; r++)
            if (res->fix.fixed.counts[r])
                rc[m++] = (RuleCount){(RuleId)r, res->fix.fixed.counts[r]};
        qsort(rc, (size_t)m, sizeof rc[0], rule_count_cmp);
        for (int i = 0; i < m; i++)
            fprintf(out, "    %*u \xC3\x97 %s (%s)\n", width, rc[i].count, rule_table[rc[i].rule].code,
                    rule_table[rc[i].rule].name);
    }
}

void fix_run_summary(const FixRun *fr, FILE *out, const FileResult *results, const size_t *order, size_t n,
                     size_t remaining, bool quiet)
{
    size_t fixed = fix_run_fixed(results, n);
    if (fr->show_fixes && fixed > 0) {
        fputc('\n', out);
        print_fix_summary(out, results, order, n, fixed);
        fputc('\n', out);
    }
    if (quiet)
        return;
    /* Ruff's FixableStatistics over the remaining diagnostics. */
    size_t applicable = 0, hidden_unsafe = 0;
    for (size_t i = 0; i < n; i++)
        for (uint32_t j = 0; j < results[i].diags.len; j++) {
            const Diagnostic *d = &results[i].diags.data[j];
            if (!d->fix || d->rule == RULE__COUNT)
                continue;
            if (fix_applies(d->fix, fr->req.required))
                applicable++;
            else if (d->fix->applicability == APPLY_UNSAFE)
                hidden_unsafe++;
        }
    const char *es = hidden_unsafe == 1 ? "" : "es";
    if (fr->show_violations) {
        size_t total = fixed + remaining;
        if (fixed > 0)
            fprintf(out, "Found %zu error%s (%zu fixed, %zu remaining).\n", total, total == 1 ? "" : "s", fixed,
                    remaining);
        else if (remaining > 0)
            fprintf(out, "Found %zu error%s.\n", remaining, remaining == 1 ? "" : "s");
        else
            fputs("All checks passed!\n", out);
        if (applicable == 0 && hidden_unsafe == 0)
            return;
        if (fr->unsafe == UNSAFE_FIXES_HINT) {
            if (applicable > 0 && hidden_unsafe > 0)
                fprintf(out,
                        "[*] %zu fixable with the `--fix` option (%zu hidden fix%s can be enabled with the "
                        "`--unsafe-fixes` option).\n",
                        applicable, hidden_unsafe, es);
            else if (applicable > 0)
                fprintf(out, "[*] %zu fixable with the `--fix` option.\n", applicable);
            else
                fprintf(out, "No fixes available (%zu hidden fix%s can be enabled with the `--unsafe-fixes` option).\n",
                        hidden_unsafe, es);
        } else if (applicable > 0) {
            fprintf(out, "[*] %zu fixable with the `--fix` option.\n", applicable);
        }
        return;
    }
    bool apply = fr->req.mode == FIX_MODE_APPLY;
    const char *s = fixed == 1 ? "" : "s";
    if (hidden_unsafe > 0) {
        if (fixed > 0)
            fprintf(out, "%s %zu error%s (%zu additional fix%s available with `--unsafe-fixes`).\n",
                    apply ? "Fixed" : "Would fix", fixed, s, hidden_unsafe, es);
        else
            fprintf(out, "%s (%zu fix%s available with `--unsafe-fixes`).\n",
                    apply ? "No errors fixed" : "No errors would be fixed", hidden_unsafe, es);
    } else if (fixed > 0) {
        fprintf(out, "%s %zu error%s.\n", apply ? "Fixed" : "Would fix", fixed, s);
    }
}

int fix_run_exit_status(const FixRun *fr, const FileResult *results, size_t n, size_t remaining)
{
    bool any_fixed = fix_run_fixed(results, n) > 0;
    if (fr->diff)
        return any_fixed ? EXIT_FOUND : EXIT_CLEAN;
    if (fr->fix_only)
        return fr->exit_non_zero_on_fix && any_fixed ? EXIT_FOUND : EXIT_CLEAN;
    if (fr->exit_non_zero_on_fix)
        return any_fixed || remaining > 0 ? EXIT_FOUND : EXIT_CLEAN;
    return remaining > 0 ? EXIT_FOUND : EXIT_CLEAN;
}
