/* diff.h: unified diffs of whole files, as Ruff's `check --diff` prints them. */
#ifndef SNIPE_DIFF_H
#define SNIPE_DIFF_H

#include <stdbool.h>
#include <stddef.h>

#include "util/str.h"

/* Append to `out` the unified diff (3 lines of context, Myers' algorithm on lines ending in \n;
 * a lone \r does not end a line, unlike Ruff, so that patch applies it) that turns old into new: "--- path\n+++ path\n" when path is not NULL (Ruff prints
 * the same relative path on both lines, no a/ b/ prefix: apply with `patch -p0`), the hunks, a
 * "\ No newline at end of file" after a last line without one, and one empty line at the end as
 * Ruff's writeln does. Ruff shows BEL, BS, ESC and DEL as ␇ ␈ ␛ ␡. `color` adds ANSI colours.
 * Returns false on OOM (out->failed is then set too). */
bool diff_unified(Buf *out, const char *old, size_t oldlen, const char *new_, size_t newlen, const char *path,
                  bool color);

#endif
