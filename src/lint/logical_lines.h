/* logical_lines.h: Ruff's logical lines (a statement's tokens, joined across brackets) built from
 * the token list, with the token classes and whitespace measures the pycodestyle rules use. */
#ifndef SNIPE_LOGICAL_LINES_H
#define SNIPE_LOGICAL_LINES_H

#include <stdbool.h>
#include <stdint.h>

#include "lint/checker.h"
#include "syntax/token.h"

/* Iterate the indices `i` of line l's tokens listed in ll->ops. */
#define LL_FOR_OPS(ll, l, k, i) for (uint32_t k = (l)->op_first, i; k < (l)->op_last && ((i = (ll)->ops[k]), 1); k++)

/* Soft keywords the parser used as keywords (`match`, `case`, `type`); stored in LLTok.kw after
 * the hard keywords' KwId values. */
enum { SKW_MATCH = KW__COUNT, SKW_CASE, SKW_TYPE };

/* What a logical line holds (Ruff's token flags). */
enum {
    LLF_OPERATOR = 1 << 0,
    LLF_BRACKET = 1 << 1,
    LLF_PUNCT = 1 << 2,
    LLF_KEYWORD = 1 << 3,
    LLF_COMMENT = 1 << 4,
    LLF_NON_TRIVIA = 1 << 5,
    LLF_EQUAL = 1 << 6, /* holds an `=` token */
    LLF_COLON_SEMI = 1 << 7, /* holds a `:` or `;` token */
};

/* Facts about a token kind, one table lookup (ll_kind_class) instead of a chain of compares. */
enum {
    KC_OPEN = 1 << 0,        /* ( [ { */
    KC_CLOSE = 1 << 1,       /* ) ] } */
    KC_NON_LOGICAL = 1 << 2, /* COMMENT NL NEWLINE INDENT DEDENT */
    KC_NEWLINE = 1 << 3,     /* NEWLINE NL */
    KC_OPERATOR = 1 << 4,    /* LPAR .. COLONEQUAL (Ruff's is_operator but for the keywords) */
    KC_ARITH = 1 << 5,       /* ll_is_arithmetic */
    KC_BITWISE = 1 << 6,     /* ll_is_bitwise_or_shift */
    KC_SPACED = 1 << 7,      /* operators whose spacing E221-E224 look at */
    KC_WS_NEEDED = 1 << 8,   /* operators that may need whitespace around them (E225-E228) */
    KC_PUNCT = 1 << 9,       /* , ; : */
    KC_FSTART = 1 << 10,     /* FSTRING_START TSTRING_START */
    KC_FEND = 1 << 11,       /* FSTRING_END TSTRING_END */
    KC_INDENT = 1 << 12,     /* INDENT DEDENT */
};
extern const uint16_t ll_kind_class[256];
static inline uint16_t ll_class(uint8_t kind) { return ll_kind_class[kind]; }

/* A token of the list (the parser's, or a copy of it whose soft keywords are resolved). */
typedef Token LLTok;

typedef struct LLine {
    uint32_t first, last;       /* tokens [first, last) */
    uint32_t op_first, op_last; /* its entries of LogicalLines.ops */
    uint8_t flags;              /* LLF_* */
} LLine;

typedef struct LogicalLines {
    const char *src;
    uint32_t len;
    const LLTok *toks; /* every token of the file but ENDMARKER: the parser's own, or `owned` */
    uint32_t ntoks;
    LLTok *owned; /* the copy made when a soft keyword is used as one (its kw set), else NULL */
    LLine *lines; /* logical lines; lines made only of newlines are left out */
    uint32_t nlines;
    uint32_t *ops; /* indices of the operator (but `.`), bracket, punctuation, f-string end
                    * and keyword (but True, False, None) tokens, in order: what the
                    * logical-line checks look at */
    uint32_t nops;
} LogicalLines;

/* The file's tokens with soft keywords resolved (from the tree), in memory the caller releases
 * with logical_lines_free. Returns false on OOM (ck->oom set). */
bool ll_tokens(Checker *ck, LogicalLines *out);
/* ll_tokens (unless ll->toks is already set: zero *ll first) plus the logical lines. */
bool logical_lines_build(Checker *ck, LogicalLines *out);
/* Release the tokens and lines of `ll` (zeroed or built). */
void logical_lines_free(LogicalLines *ll);

static inline bool ll_is_keyword(const LLTok *t) { return t->kw != 0; }
static inline bool ll_is_non_logical(const LLTok *t) { return ll_class(t->kind) & KC_NON_LOGICAL; }
static inline bool ll_is_newline(const LLTok *t) { return ll_class(t->kind) & KC_NEWLINE; }
/* The keywords Ruff counts as operators: and, or, not, in, is. */
static inline bool ll_kw_is_operator(uint8_t kw)
{
    return kw == KW_AND || kw == KW_OR || kw == KW_NOT || kw == KW_IN || kw == KW_IS;
}
/* Ruff's TokenKind::is_operator: operators, brackets, punctuation and and/or/not/in/is. */
static inline bool ll_is_operator(const LLTok *t) { return (ll_class(t->kind) & KC_OPERATOR) || ll_kw_is_operator(t->kw); }
static inline bool ll_is_singleton(const LLTok *t) { return t->kw == KW_TRUE || t->kw == KW_FALSE || t->kw == KW_NONE; }
static inline bool ll_is_arithmetic(uint8_t kind) { return ll_class(kind) & KC_ARITH; }
static inline bool ll_is_bitwise_or_shift(uint8_t kind) { return ll_class(kind) & KC_BITWISE; }

/* Ruff's Whitespace classes. */
typedef enum { WS_NONE, WS_SINGLE, WS_MANY, WS_TAB } WsKind;
/* Whitespace right after token `t` of line `l`; *len receives its byte length. */
WsKind ll_ws_after(const LogicalLines *ll, const LLine *l, uint32_t t, uint32_t *len);
/* Whitespace right before token `t` of line `l` (none when it is the indentation). */
WsKind ll_ws_before(const LogicalLines *ll, const LLine *l, uint32_t t, uint32_t *len);

/* Offset of the start of the line holding `off`. */
uint32_t ll_line_start(const Checker *ck, uint32_t off);
/* Indentation width of src[start, end), tabs to the next multiple of `tab`. */
uint32_t ll_expand_indent(const char *src, uint32_t start, uint32_t end, uint32_t tab);

/* Where a definition's type parameters are, as a line's tokens go by (Ruff's DefinitionState). */
typedef struct DefState {
    uint8_t what;   /* 0 none, 1 class, 2 function, 3 type alias */
    uint8_t tp;     /* 0 before type params, 1 inside, 2 ended */
    uint32_t depth; /* square brackets nested inside the type parameters */
} DefState;
static inline void defstate_init(DefState *d, const LogicalLines *ll, const LLine *l)
{
    d->what = 0;
    d->tp = 0;
    d->depth = 0;
    for (uint32_t i = l->first; i < l->last; i++) {
        const LLTok *t = &ll->toks[i];
        if (t->kind == TK_INDENT || t->kind == TK_DEDENT)
            continue;
        if (t->kw == KW_CLASS)
            d->what = 1;
        else if (t->kw == KW_DEF)
            d->what = 2;
        else if (t->kw == KW_ASYNC && i + 1 < l->last && ll->toks[i + 1].kw == KW_DEF)
            d->what = 2;
        else if (t->kw == SKW_TYPE)
            d->what = 3;
        return;
    }
}
static inline void defstate_visit(DefState *d, uint8_t kind)
{
    if (!d->what)
        return;
    if ((kind == TK_LPAR || kind == TK_EQUAL) && d->tp == 0)
        d->tp = 2;
    else if (kind == TK_LSQB) {
        if (d->tp == 0) {
            d->tp = 1;
            d->depth = 0;
        } else if (d->tp == 1)
            d->depth++;
    } else if (kind == TK_RSQB && d->tp == 1) {
        if (d->depth == 0)
            d->tp = 2;
        else
            d->depth--;
    }
}

static inline bool defstate_in_type_params(const DefState *d) { return d->what && d->tp == 1; }

#endif
