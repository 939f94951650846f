/* fix_report.h: what `snipe check` does around fixing: the fix options of the run (command line
 * over configuration), the per-file fix output (diffs, fixed stdin, warnings), the fix summary
 * (--show-fixes), Ruff's summary lines and the exit status. */
#ifndef SNIPE_FIX_REPORT_H
#define SNIPE_FIX_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "cli/check_args.h"
#include "cli/output.h"
#include "lint/fix_file.h"
#include "lint/runner.h"

typedef struct FixRun {
    FixRequest req;          /* handed to every LintJob when req.mode != FIX_MODE_GENERATE */
    UnsafeFixesMode unsafe;  /* hint / disabled / enabled */
    bool fix_only;           /* --fix-only (or `fix-only`) */
    bool show_fixes;         /* --show-fixes (or `show-fixes`); off with --diff */
    bool show_violations;    /* neither --diff nor --fix-only */
    bool diff;
    bool exit_non_zero_on_fix;
    bool stdin_input;        /* reading "-": fixed source / diff to stdout, report to stderr */
} FixRun;

/* The usage error of a combination of fix flags Ruff rejects (--diff with --show-fixes,
 * --exit-zero with --exit-non-zero-on-fix, --statistics with --diff), or NULL. */
const char *fix_run_conflict(const CheckArgs *a);

/* Resolve the run's fix options: each flag of the command line wins over the value in `root`
 * (the settings of the run's root configuration, where the resolver has usually merged the
 * flags already). */
void fix_run_init(FixRun *fr, const CheckArgs *a, const LintSettings *root, bool stdin_input);

/* The job's fix request: NULL when the run only lints. */
static inline const FixRequest *fix_run_request(const FixRun *fr)
{
    return fr->req.mode == FIX_MODE_GENERATE ? NULL : &fr->req;
}

/* After linting: print Ruff's warnings (failed to converge, fix reverted, could not write) to
 * stderr, and to `out` the diffs (--diff, files sorted by path) or the fixed standard input
 * (--fix on "-"). Returns false if writing failed. */
bool fix_run_output(const FixRun *fr, FILE *out, const FileResult *results, size_t n, bool color);

/* Whether the fix of `d` counts as applicable in this run (for [*] and the summary). */
bool fix_run_applicable(const FixRun *fr, const Diagnostic *d);

/* Ruff's summary lines for the human-readable formats, fixes counted (output_summary_fixes of
 * cli/output.h with the run's FixReport): the --show-fixes listing, "Found 3 errors (2 fixed, 1
 * remaining).", "[*] 1 fixable with the `--fix` option.", "Fixed 2 errors.", the hints about
 * hidden unsafe fixes. items[0..nitems) are the diagnostics left. */
void fix_run_summary(const FixRun *fr, FILE *out, const OutputOptions *oo, const OutputItem *items, size_t nitems,
                     const FileResult *results, size_t nresults);

/* Ruff's exit status for a run without I/O errors, --exit-zero aside: 1 when diagnostics remain
 * (lint mode), when anything was fixed with --exit-non-zero-on-fix, or when --diff has a diff. */
int fix_run_exit_status(const FixRun *fr, const FileResult *results, size_t n, size_t remaining);

/* Total fixes applied over the run. */
size_t fix_run_fixed(const FileResult *results, size_t n);

#endif
