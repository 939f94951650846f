/* fix_file.h: fixing one file of a run: the fix loop, then (with --fix) writing the result back
 * safely. Called by the runner for each file when the run fixes. */
#ifndef SNIPE_FIX_FILE_H
#define SNIPE_FIX_FILE_H

#include <sys/stat.h>

#include "io/write_safe.h"
#include "lint/fix_loop.h"
#include "lint/runner.h"

/* What the run asks for (one per run, shared by every job). */
typedef struct FixRequest {
    FixMode mode;              /* APPLY writes files (never "-"), DIFF and GENERATE write nothing */
    Applicability required;    /* APPLY_SAFE, or APPLY_UNSAFE with --unsafe-fixes */
    const WriteHooks *hooks;   /* tests only; NULL */
} FixRequest;

/* Fix the loaded file r->src (read from job->path, whose fstat before reading was *st and whose
 * raw content, BOM included, was raw[0..rawlen)). Fills r->diags and r->fix; with FIX_MODE_APPLY
 * writes the file when it changed. A failed write keeps the file as it was, sets
 * r->fix.write_error, clears r->fix.fixed and replaces the diagnostics by one E902 (when E902 is
 * enabled) as Ruff does for a file it could not process. `scratch` is the worker's scratch arena
 * (lint_source_in). Returns false on OOM. */
bool fix_file(const LintJob *job, FileResult *r, Arena *scratch, const struct stat *st, const char *raw,
              uint32_t rawlen);

#endif
