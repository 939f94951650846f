/* noqa_parse.h: reading suppression comments as Ruff reads them: `# noqa[: CODES]`, file-level
 * `# ruff: noqa[: CODES]` (also `# flake8:` and `# snipe:`), and `# ruff: ignore[...]`,
 * `disable[...]`, `enable[...]`, `file-ignore[...]` (also `# snipe:`). Codes are code-name
 * lookups too: redirects of renamed codes and the list of every code Ruff knows. */
#ifndef SNIPE_NOQA_PARSE_H
#define SNIPE_NOQA_PARSE_H

#include <stdbool.h>
#include <stdint.h>

#include "rules/registry.h"
#include "util/arena.h"

typedef struct NoqaCode {
    uint32_t start, end;      /* byte range of the code in the source */
} NoqaCode;

typedef enum NoqaLex { NOQA_NONE, NOQA_ALL, NOQA_CODES, NOQA_INVALID } NoqaLex;
enum { NOQA_WARN_MISSING_ITEM = 1, NOQA_WARN_MISSING_DELIMITER = 2 };

typedef struct NoqaDirective {
    NoqaLex kind;             /* NOQA_ALL or NOQA_CODES when valid */
    uint32_t start, end;      /* `# noqa` (ALL) or `# noqa: A1, B2` up to the last code (CODES) */
    NoqaCode *codes;
    uint32_t ncodes;
    uint8_t warnings[8];      /* NOQA_WARN_*: a missing code between commas, codes run together */
    uint32_t nwarnings;
    const char *error;        /* why an invalid directive is invalid (Ruff's wording) */
} NoqaDirective;

/* Find an inline `# noqa` directive in the comment text[start, end) (the first `#`-separated
 * sub-comment that is one). Codes are allocated in `a`. */
NoqaLex noqa_lex_inline(Arena *a, const char *text, uint32_t start, uint32_t end, NoqaDirective *out);
/* Find a file-level exemption `# ruff: noqa ...` (or `flake8`, `snipe`). */
NoqaLex noqa_lex_file(Arena *a, const char *text, uint32_t start, uint32_t end, NoqaDirective *out);

typedef enum SuppAction { SUPP_FILE_IGNORE, SUPP_DISABLE, SUPP_ENABLE, SUPP_IGNORE } SuppAction;

/* One `# ruff: <action>[codes] reason` inside a comment token. */
typedef struct SuppComment {
    uint32_t start, end;          /* the suppression, up to the next `#` of the token */
    uint32_t tok_start, tok_end;  /* the whole comment token */
    SuppAction action;
    NoqaCode *codes;
    uint32_t ncodes;
} SuppComment;

/* Parse every suppression in the comment token text[start, end); appends them to *out (arena
 * array grown as needed, *n entries, *cap capacity). Returns false on OOM. Comments that are
 * not suppressions, and malformed ones, are skipped. */
bool supp_parse_comment(Arena *a, const char *text, uint32_t start, uint32_t end, SuppComment **out, uint32_t *n,
                        uint32_t *cap);

/* The code a renamed code now has (`"M001"` -> `"RUF100"`), or `code` itself. */
const char *noqa_redirect(const char *code);
/* Whether Ruff knows `code` as a rule code (implemented by snipe or not). */
bool noqa_is_ruff_code(const char *code);
/* The RuleId of a code after redirection, or RULE__COUNT when snipe does not implement it. */
RuleId noqa_rule_of(const char *code);

/* Python whitespace (space, tab, form feed) and Unicode White_Space at text[*i]: step over. */
bool noqa_eat_ws(const char *text, uint32_t end, uint32_t *i);

#endif
