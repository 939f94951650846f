/* noqa.h: suppression comments of one file, as Ruff applies them: file exemptions (`# ruff:
 * noqa`), range suppressions (`# ruff: ignore/disable/enable/file-ignore[...]`) and line `# noqa`
 * directives, with the noqa line mapping (multi-line strings, f-strings, backslash
 * continuations and a shebang map to the line where a `# noqa` belongs). */
#ifndef SNIPE_NOQA_H
#define SNIPE_NOQA_H

#include <stdbool.h>
#include <stdint.h>

#include "config/settings.h"
#include "lint/diag.h"
#include "lint/noqa_parse.h"
#include "lint/noqa_tokens.h"
#include "lint/source.h"
#include "rules/registry.h"
#include "util/arena.h"

struct Checker;

/* A `# noqa` directive and the line it belongs to. */
typedef struct NoqaLine {
    uint32_t start, end;      /* the line, without its terminator */
    bool includes_end;        /* the line ends the file: an offset at `end` is on it */
    NoqaDirective d;
    RuleSet matches;          /* rules whose diagnostics it suppressed */
} NoqaLine;

/* A file-level `# ruff: noqa[: CODES]` (or `flake8`, `snipe`). */
typedef struct NoqaFileLine {
    NoqaDirective d;
    const char *tool;         /* "ruff", "flake8" or "snipe": the prefix a RUF100 fix writes back */
    RuleSet codes;            /* the codes it names that snipe implements */
    bool names_ruf100;
} NoqaFileLine;

/* A range suppression: one code of a `# ruff: ignore/disable/file-ignore[...]` comment. */
typedef struct Suppression {
    const char *code;         /* as written */
    uint32_t start, end;      /* where it applies */
    bool ignore;              /* `ruff: ignore`: contains the start of a diagnostic (not all of it) */
    bool used;
    int32_t first, second;    /* indexes of its comment(s) in NoqaFile.supp_comments (second: -1) */
} Suppression;

typedef struct NoqaFile {
    const SourceFile *src;
    const PyTokens *toks;
    PyRange *mapping;         /* sorted, disjoint: an offset in [start, end) belongs at `end` */
    uint32_t nmapping;
    NoqaLine *lines;          /* sorted by line */
    uint32_t nlines;
    NoqaFileLine *file_lines;
    uint32_t nfile_lines;
    bool exempt_all;          /* some `# ruff: noqa` without codes */
    RuleSet exempt;           /* rules exempted by file-level directives with codes */
    SuppComment *supp_comments;
    uint32_t nsupp_comments;
    Suppression *supps;       /* sorted as Ruff sorts them (action, comment, code) */
    uint32_t nsupps;
    RuleSet present;          /* rules with a diagnostic in the file before suppression */
    bool syntax_errors;       /* the file has syntax errors: Ruff then leaves `# noqa` unanalysed */
    const char *warnings;     /* Ruff's warnings about malformed directives, one a line, or NULL */
    bool preview;             /* rule names (`unused-import`) work in `# ruff: ignore[...]` and co. */
} NoqaFile;

/* Read the suppression comments of `src` (whose tokens are `t`). NULL on OOM. */
NoqaFile *noqa_file_build(Arena *a, const SourceFile *src, const PyTokens *t);

/* The offset whose line holds the `# noqa` for a diagnostic at `offset`. */
uint32_t noqa_resolve(const NoqaFile *nf, uint32_t offset);
/* The directive on the line of `offset` (already resolved), or NULL. */
NoqaLine *noqa_find_line(const NoqaFile *nf, uint32_t offset);
/* Whether directive `d` names the code `code` (after redirects). */
bool noqa_directive_includes(const SourceFile *src, const NoqaDirective *d, const char *code);
/* Whether a range suppression covers a diagnostic of `rule` at [start, end) (by code, or in
 * preview by rule name); marks it used. */
bool noqa_range_suppresses(NoqaFile *nf, RuleId rule, uint32_t start, uint32_t end);

/* Range suppressions (noqa_range.c): fill nf->supps from the parsed comments. */
bool noqa_range_build(Arena *a, NoqaFile *nf);

/* The suppression hook of the checker: records which directive suppresses which diagnostic
 * among ck->diags[first..] and, when `remove`, drops the suppressed ones. Sets ck->noqa (in
 * ck->scratch) for the PH_NOQA rules (RUF100). Returns false on OOM. */
bool noqa_check(struct Checker *ck, uint32_t first, bool remove);
/* What noqa_warnings says of ck->src, taken from ck->noqa (after noqa_check) and copied to
 * ck->arena: the same text without lexing the file again. Sets ck->oom when memory ran out. */
const char *noqa_check_warnings(struct Checker *ck);
/* Whether noqa_warnings may say something of `src`: Ruff reads its directives and it holds "noqa". */
bool noqa_may_warn(const SourceFile *src, const LintSettings *settings);

/* Ruff's warnings about the malformed `# noqa` / `# ruff: noqa` directives of `src` (one a line,
 * without the "warning: " prefix, in `a`), or NULL when there are none, or when Ruff would not
 * read the directives (--ignore-noqa without RUF100). */
const char *noqa_warnings(Arena *a, const SourceFile *src, const LintSettings *settings);

/* Ruff's `delete_comment`: the edit that removes the comment text[start, end) with the
 * whitespace around it (the whole line when the comment is alone on it). */
Edit noqa_delete_comment(const SourceFile *src, uint32_t start, uint32_t end);

/* Line helpers over src: start of the line of `off`, its end without terminator, and the end
 * with the terminator. */
uint32_t noqa_line_start(const SourceFile *src, uint32_t off);
uint32_t noqa_line_end(const SourceFile *src, uint32_t off);
uint32_t noqa_full_line_end(const SourceFile *src, uint32_t off);
/* The whitespace before `off` on its line, when only whitespace precedes it: true and its
 * start in *indent_start; false when code precedes it. */
bool noqa_indentation_at(const SourceFile *src, uint32_t off, uint32_t *indent_start);

#endif
