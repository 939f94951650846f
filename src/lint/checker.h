/* checker.h: the per-file lint context every rule receives, and the entry point that lints one
 * source file. */
#ifndef SNIPE_CHECKER_H
#define SNIPE_CHECKER_H

#include <stdbool.h>

#include "config/settings.h"
#include "lint/diag.h"
#include "lint/noqa_tokens.h"
#include "lint/source.h"
#include "syntax/parser.h"
#include "util/arena.h"

/* One physical line. */
typedef struct Line {
    uint32_t index;       /* 0-based */
    uint32_t start;       /* offset of the first byte */
    uint32_t end;         /* offset just past the content, before the terminator */
    uint32_t full_end;    /* offset just past the terminator */
} Line;

typedef struct Checker {
    Arena *arena;                 /* the file's arena: messages, fixes */
    Arena *scratch;               /* freed when the file is linted: tokens, tree, semantic model */
    const SourceFile *src;
    const LintSettings *settings;
    DiagVec *diags;               /* where reports go */
    bool oom;                     /* set when an allocation failed; the file is reported as E902 */
    const char *line_ending;      /* the file's first line terminator, "\n" when it has none */
    const ParseResult *parse;     /* tokens, tree and syntax errors of the file */
    bool valid_syntax;            /* no syntax errors: the AST rules run */
    struct TokenCache *token_cache; /* lint_tokens(): built at the first use */
    struct NoqaFile *noqa;        /* the file's suppression comments, for PH_NOQA rules */
} Checker;

/* The file's comments, strings and continuations (src/lint/noqa_tokens.h), built from the
 * tokens at the first call (most files with no diagnostic never need them). Never NULL: when
 * memory runs out they are empty and the lint fails. */
const PyTokens *lint_tokens(const Checker *ck);
/* Whether lint_tokens() has built them already. */
bool lint_tokens_built(const Checker *ck);

static inline bool lint_enabled(const Checker *ck, RuleId r) { return ruleset_has(&ck->settings->enabled, r); }

/* Record a diagnostic for `rule` over [start, end). `message` must live as long as the arena
 * (a literal, or arena_printf). Returns the diagnostic so that a fix can be attached, or NULL
 * when memory ran out (ck->oom is then set). The pointer is valid until the next report. */
Diagnostic *lint_report(Checker *ck, RuleId rule, uint32_t start, uint32_t end, const char *message);
/* Attach a one-edit fix to `d`. */
void lint_fix_edit(Checker *ck, Diagnostic *d, Applicability a, const char *title, uint32_t start, uint32_t end, const char *content);

/* Lint one decoded source with `settings`, appending diagnostics (sorted by position, then code)
 * to *out. Line rules, file rules and suppression comments run here. Returns false on OOM. */
bool lint_source(Arena *arena, const SourceFile *src, const LintSettings *settings, DiagVec *out);
/* The same with the tokens, the tree and the semantic model in `scratch`, which is reset (its
 * blocks kept for the next file) before returning: a worker lints all its files with one. */
bool lint_source_in(Arena *arena, Arena *scratch, const SourceFile *src, const LintSettings *settings, DiagVec *out);
/* The same, also setting *warnings (when not NULL) to what noqa_warnings says of `src`. */
bool lint_source_warn(Arena *arena, Arena *scratch, const SourceFile *src, const LintSettings *settings, DiagVec *out,
                      const char **warnings);
/* The same, also setting *valid_syntax (when not NULL) to whether the source parsed without
 * errors: the fix loop's check that a fix kept the syntax, without a second parse. */
bool lint_source_parsed(Arena *arena, Arena *scratch, const SourceFile *src, const LintSettings *settings,
                        DiagVec *out, const char **warnings, bool *valid_syntax);

#define RULE(code, linter, name, status, fix, phase, fn) RULE_FN_##phase(fn)
#define RULE_FN_PH_IO(fn)
#define RULE_FN_PH_LINE(fn) void fn(Checker *ck, const Line *line);
#define RULE_FN_PH_FILE(fn) void fn(Checker *ck);
#define RULE_FN_PH_TOKENS(fn) void fn(Checker *ck);
#define RULE_FN_PH_AST(fn)
#define RULE_FN_PH_NOQA(fn) void fn(Checker *ck);
#include "rules/rules.def"
#undef RULE

/* The AST rules: walks the tree of a file that parsed cleanly and calls the enabled PH_AST
 * rules of each node (src/lint/ast_checker.c). */
void lint_ast(Checker *ck);
/* Whether any PH_AST rule is enabled. */
bool lint_any_ast_rule(const Checker *ck);

#endif
