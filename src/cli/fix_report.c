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
    fr->unsafe = a->unsafe_fixes == TRI_YES  ? UNSAFE_MODE_ENABLED
                 : a->unsafe_fixes == TRI_NO ? UNSAFE_MODE_DISABLED
                                             : root->unsafe_fixes;
    fr->diff = a->diff;
    fr->show_fixes = !a->diff && (a->show_fixes != TRI_UNSET ? a->show_fixes == TRI_YES : root->show_fixes);
    fr->show_violations = !(a->diff || fr->fix_only);
    fr->exit_non_zero_on_fix = a->exit_non_zero_on_fix;
    fr->stdin_input = stdin_input;
    fr->req.mode = a->diff ? FIX_MODE_DIFF : (fix || fr->fix_only) ? FIX_MODE_APPLY : FIX_MODE_GENERATE;
    fr->req.required = fr->unsafe == UNSAFE_MODE_ENABLED ? APPLY_UNSAFE : APPLY_SAFE;
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

/* Result indexes by display path, then input order. */
static int cmp_result(const void *a, const void *b, void *ctx)
{
    const FileResult *results = ctx;
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    int c = strcmp(results[x].display, results[y].display);
    return c ? c : (x > y) - (x < y);
}

bool fix_run_output(const FixRun *fr, FILE *out, const FileResult *results, size_t n, bool color)
{
    size_t *order = malloc((n ? n : 1) * sizeof *order);
    if (!order)
        return false;
    for (size_t i = 0; i < n; i++)
        order[i] = i;
    qsort_r(order, n, sizeof *order, cmp_result, (void *)results);
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
    free(order);
    return ok && fflush(out) == 0;
}

size_t fix_run_fixed(const FileResult *results, size_t n)
{
    size_t t = 0;
    for (size_t i = 0; i < n; i++)
        t += results[i].fix.fixed.total;
    return t;
}

void fix_run_summary(const FixRun *fr, FILE *out, const OutputOptions *oo, const OutputItem *items, size_t nitems,
                     const FileResult *results, size_t nresults)
{
    size_t nfixed = 0;
    for (size_t i = 0; i < nresults; i++)
        for (int r = 0; r < RULE__COUNT; r++)
            nfixed += results[i].fix.fixed.counts[r] > 0;
    FixedCount *fixed = malloc((nfixed ? nfixed : 1) * sizeof *fixed);
    if (!fixed)
        return;
    size_t k = 0;
    for (size_t i = 0; i < nresults; i++)
        for (int r = 0; r < RULE__COUNT; r++)
            if (results[i].fix.fixed.counts[r])
                fixed[k++] = (FixedCount){results[i].display, (RuleId)r, results[i].fix.fixed.counts[r]};
    FixReport rep = {
        .fixed = fixed,
        .nfixed = nfixed,
        .apply = fr->req.mode == FIX_MODE_APPLY,
        .show_violations = fr->show_violations,
        .show_fix_summary = fr->show_fixes,
    };
    OutputOptions o = *oo;
    o.unsafe_fixes = fr->unsafe == UNSAFE_MODE_ENABLED    ? UNSAFE_FIXES_ENABLED
                     : fr->unsafe == UNSAFE_MODE_DISABLED ? UNSAFE_FIXES_DISABLED
                                                          : UNSAFE_FIXES_HINT;
    output_summary_fixes(out, &o, items, nitems, &rep);
    free(fixed);
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
