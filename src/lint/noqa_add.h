/* noqa_add.h: `--add-noqa`: add `# noqa: CODES` to every line with a diagnostic that no
 * suppression covers, merging with an existing `# noqa: ...` as Ruff does. */
#ifndef SNIPE_NOQA_ADD_H
#define SNIPE_NOQA_ADD_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "lint/diag.h"
#include "lint/runner.h"
#include "lint/source.h"
#include "util/str.h"

/* The text of `src` with the directives added for `diags` (the file's diagnostics linted with
 * suppression turned off, sorted by position). `reason` (may be NULL) follows the codes;
 * `preview` lets rule names count in range suppressions. The
 * result goes to *out (without a BOM); *count receives the number of lines changed. Returns
 * false on OOM. */
bool noqa_add_text(Arena *a, const SourceFile *src, const DiagVec *diags, const char *reason, bool preview, Buf *out,
                   uint32_t *count);

/* Lint and rewrite one file (safely: a temporary file in the same directory, then rename).
 * Returns the number of directives added, or -1 with *err an errno value (EILSEQ: not UTF-8). */
int noqa_add_file(const char *path, const LintSettings *settings, const char *reason, int *err);

/* The whole `--add-noqa` run over `jobs`: messages for files that fail and the summary
 * ("Added N noqa directives.") go to `msg`. Returns the exit status (0, or 2 for a bad reason). */
int noqa_add_run(const LintJob *jobs, size_t n, const char *reason, FILE *msg);

#endif
