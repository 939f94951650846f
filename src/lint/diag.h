/* diag.h: diagnostics and fixes, as rules report them and output formats print them. */
#ifndef SNIPE_DIAG_H
#define SNIPE_DIAG_H

#include <stdint.h>

#include "rules/registry.h"
#include "util/vec.h"

/* How sure a fix is, in Ruff's order (a larger value is safer). */
typedef enum Applicability { APPLY_DISPLAY_ONLY, APPLY_UNSAFE, APPLY_SAFE } Applicability;

/* Replace text[start, end) by `content` (insertion: start == end; deletion: content ""). */
typedef struct Edit {
    uint32_t start, end;
    const char *content;
} Edit;

/* Ruff's IsolationLevel: FIX_NON_OVERLAPPING (0), or a group id + 1: at most one fix of a group is
 * applied per pass (see src/lint/fix.h). */
#define FIX_NON_OVERLAPPING 0u

typedef struct Fix {
    Applicability applicability;
    uint32_t nedits;
    Edit *edits;          /* sorted by start */
    uint32_t isolation;   /* FIX_NON_OVERLAPPING, or 1 + the isolation group id (last: positional
                           * initialisers elsewhere stay valid) */
} Fix;

/* A rule's finding. `rule` is RULE__COUNT for a syntax error (printed as `invalid-syntax`). */
typedef struct Diagnostic {
    RuleId rule;
    uint32_t start, end;      /* byte range in the source text (after any BOM) */
    const char *message;
    const char *fix_title;    /* Ruff's suggestion ("Remove trailing whitespace"), or NULL */
    Fix *fix;                 /* NULL when the rule has no fix here */
    uint32_t noqa_offset;     /* where a `# noqa` for this diagnostic belongs (usually start) */
    uint32_t noqa_parent;     /* 0, or 1 + the start of a statement whose line's `# noqa` also
                               * suppresses it (Ruff's parent: the first line of a multi-line
                               * `from x import (...)` for F401 and F811) */
} Diagnostic;

typedef Vec(Diagnostic) DiagVec;

/* The code shown for a diagnostic: "E501", or "invalid-syntax". */
static inline const char *diag_code(const Diagnostic *d)
{
    return d->rule == RULE__COUNT ? "invalid-syntax" : rule_table[d->rule].code;
}

#endif
