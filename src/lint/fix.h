/* fix.h: Ruff's fix model: building fixes, the table of applied fixes, and one pass of fix
 * application over a source text (ordering, overlap and isolation rules as Ruff 0.17's). */
#ifndef SNIPE_FIX_H
#define SNIPE_FIX_H

#include <stdbool.h>
#include <stdint.h>

#include "config/settings.h"
#include "lint/diag.h"
#include "util/arena.h"

/* Fixes applied per rule (Ruff's FixTable). */
typedef struct FixTable {
    uint32_t counts[RULE__COUNT + 1];
    uint32_t total;
} FixTable;

static inline void fix_table_add(FixTable *t, const FixTable *more)
{
    for (int r = 0; r <= RULE__COUNT; r++)
        t->counts[r] += more->counts[r];
    t->total += more->total;
}

/* A fix of `n` edits (copied into the arena and sorted by start, then end) with applicability
 * `a` and no isolation. Returns NULL on OOM. */
Fix *fix_new(Arena *arena, Applicability a, const Edit *edits, uint32_t n);
/* Put `f` in isolation group `group`: only one fix of a group is applied per pass. */
static inline Fix *fix_isolate(Fix *f, uint32_t group)
{
    if (f)
        f->isolation = group + 1;
    return f;
}
/* True when `f` may be applied at the `required` level (Safe: safe fixes only; Unsafe: safe and
 * unsafe; display-only fixes never apply). */
static inline bool fix_applies(const Fix *f, Applicability required)
{
    return f && f->applicability >= required && f->applicability != APPLY_DISPLAY_ONLY;
}
/* Start of the fix's first edit (Ruff's Fix::min_start); UINT32_MAX for a fix without edits. */
static inline uint32_t fix_min_start(const Fix *f) { return f->nedits ? f->edits[0].start : UINT32_MAX; }

/* What the settings do to the fixes the rules attached: drop the fix of a rule that is not in
 * `fixable` (lint.fixable / lint.unfixable), and promote or demote safe/unsafe fixes of the rules
 * in extend_safe_fixes / extend_unsafe_fixes (resolved by the configuration, the more specific
 * selector winning; unsafe wins if both hold; display-only fixes are left alone). Ruff does this
 * when a rule sets its fix (FixSafetyTable::resolve_applicability). */
void fix_settings_apply(Diagnostic *diags, uint32_t n, const LintSettings *s);

/* Result of one pass. */
typedef enum FixPassStatus { FIX_PASS_NONE, FIX_PASS_APPLIED, FIX_PASS_OOM } FixPassStatus;

/* Apply one pass of the fixes of diags[0..n) to text[0..len) (Ruff's fix_file + apply_fixes):
 * the diagnostics with a fix applicable at `required` are ordered by Ruff's cmp_fix (F811 first,
 * then by the start of the fix's first edit, then Ruff's rule-pair tie-breaks, then report
 * order); edits identical to one already applied in this pass are dropped; a fix in an isolation
 * group already used in this pass, or whose first new edit starts at or before the end of the last
 * applied edit, is skipped (it waits for the next pass). Syntax errors (rule RULE__COUNT) are
 * never fixed. On FIX_PASS_APPLIED the new text (NUL-terminated, in `arena`) is in *out / *outlen
 * and `applied` (if not NULL) has the fixes counted per rule. FIX_PASS_NONE: no applicable fix. */
FixPassStatus fix_apply_pass(Arena *arena, const char *text, uint32_t len, const Diagnostic *diags, uint32_t n,
                             Applicability required, char **out, uint32_t *outlen, FixTable *applied);

#endif
