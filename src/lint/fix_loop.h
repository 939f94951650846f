/* fix_loop.h: lint, fix, lint again until nothing changes (Ruff's lint_fix loop), with the
 * parse check that undoes fixes which break the syntax. */
#ifndef SNIPE_FIX_LOOP_H
#define SNIPE_FIX_LOOP_H

#include <stdbool.h>
#include <stdint.h>

#include "config/settings.h"
#include "lint/diag.h"
#include "lint/fix.h"
#include "lint/source.h"
#include "util/arena.h"

/* Ruff's escape hatch: at most this many passes of fixes per file. */
#define FIX_MAX_ITERATIONS 100

/* What `snipe check` does with fixes: only report them (no --fix), write them (--fix,
 * --fix-only), or print them as a diff (--diff). */
typedef enum FixMode { FIX_MODE_GENERATE, FIX_MODE_APPLY, FIX_MODE_DIFF } FixMode;

typedef enum FixStatus {
    FIX_STATUS_OK,
    FIX_STATUS_NOT_CONVERGED,    /* still fixable after FIX_MAX_ITERATIONS passes (kept) */
    FIX_STATUS_SYNTAX_REVERTED,  /* a pass broke the syntax: every fix of the file was undone */
} FixStatus;

/* The outcome of fixing one file. */
typedef struct FixOutcome {
    bool attempted;          /* the loop ran for this file */
    FixTable fixed;          /* fixes applied, per rule (empty when reverted or not written) */
    const char *orig;        /* the text as read (without the BOM) */
    uint32_t orig_len;
    const char *text;        /* the text after fixing (without the BOM) */
    uint32_t len;
    bool has_bom;            /* write the BOM back in front of `text` */
    bool changed;            /* text != orig */
    uint32_t passes;         /* passes that applied fixes */
    FixStatus status;
    const char *codes;       /* NOT_CONVERGED: codes of the last lint; SYNTAX_REVERTED: codes of
                              * the fixes applied ("E501, W291") */
    const char *write_error; /* set when --fix could not write the file (see fix_file.h) */
} FixOutcome;

/* Whether `text` parses as Python without syntax errors. HOOK: the parser is being written on
 * branch `parser`; until it lands this returns true, so no pass is ever undone. Once it exists,
 * this must return false for any text with a syntax error (Ruff's has_valid_syntax and no
 * unsupported-syntax errors). */
bool fix_result_parses(const char *text, uint32_t len);
/* The same, parsing in `scratch` (reset before returning). */
bool fix_result_parses_in(Arena *scratch, const char *text, uint32_t len);

/* Lint `src` and apply the settings to the fixes the rules attached (fix_settings_apply). The
 * diagnostics go to *diags (emptied first). Returns false on OOM. */
bool fix_lint(Arena *arena, const SourceFile *src, const LintSettings *s, DiagVec *diags);
/* The same with a worker's scratch arena (lint_source_in; NULL: a scratch arena of its own),
 * setting *warnings (when not NULL) as noqa_warnings would. */
bool fix_lint_in(Arena *arena, Arena *scratch, const SourceFile *src, const LintSettings *s, DiagVec *diags,
                 const char **warnings);

/* Ruff's lint_fix: lint, apply one pass of the fixes applicable at `required`, lint the result
 * again, until a lint leaves no applicable fix, at most FIX_MAX_ITERATIONS passes. If the
 * original parsed and a later text does not, everything is undone (status SYNTAX_REVERTED) and
 * the original is linted. A file that does not parse is never fixed. On return *src and *diags
 * describe the final text (src->text == out->text) and *out says what happened. Returns false
 * on OOM (then *src is the original). Texts live in `arena`. */
bool fix_apply_loop(Arena *arena, SourceFile *src, const LintSettings *s, Applicability required, DiagVec *diags,
                    FixOutcome *out);
/* The same, linting and parsing with a worker's scratch arena (NULL: one of their own). */
bool fix_apply_loop_in(Arena *arena, Arena *scratch, SourceFile *src, const LintSettings *s, Applicability required,
                       DiagVec *diags, FixOutcome *out);

/* The same loop with the linter and the parse check replaced (unit tests drive rules that never
 * converge or break the syntax through this). */
typedef struct FixLoopHooks {
    bool (*lint)(void *ctx, Arena *arena, const SourceFile *src, const LintSettings *s, DiagVec *diags);
    bool (*parses)(void *ctx, const char *text, uint32_t len);
    void *ctx;
} FixLoopHooks;
bool fix_apply_loop_with(Arena *arena, SourceFile *src, const LintSettings *s, Applicability required,
                         DiagVec *diags, FixOutcome *out, const FixLoopHooks *hooks);

/* "E501, W291": the distinct codes of the rules counted in `t`, sorted. In the arena. */
const char *fix_table_codes(Arena *arena, const FixTable *t);

#endif
