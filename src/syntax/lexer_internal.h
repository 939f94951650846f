/* lexer_internal.h: the lexer state and the helpers shared by lexer.c and lex_string.c. */
#ifndef SNIPE_SYNTAX_LEXER_INTERNAL_H
#define SNIPE_SYNTAX_LEXER_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "syntax/lexer.h"

/* One entry of the f-string mode stack: either an open f/t-string or an open replacement field. */
typedef struct Mode {
    uint8_t is_field;   /* 0: an f/t-string literal part; 1: a replacement field */
    uint8_t in_spec;    /* field: past its top-level ':' (lexing a format spec) */
    uint8_t quote;      /* string: quote character */
    uint8_t triple;     /* string: triple-quoted */
    uint16_t flags;     /* string: TF_* of the string */
    uint16_t depth;     /* field: bracket depth just after its '{'; string: depth at its start */
    uint32_t start_tok; /* string: index of its *STRING_START token */
} Mode;

#define MAX_MODES (2 * LEX_MAX_BRACKETS + 4)

typedef struct Lexer {
    Arena *a;
    const uint8_t *src;
    uint32_t len, pos;
    uint32_t scan_end;    /* a line break lies at scan_end (or scan_end == 0 and none does) */
    TokenList *toks;
    SyntaxErrors *errs;
    bool oom;
    int indent;           /* the top of indstack / altstack */
    bool at_bol;          /* at the start of a logical line */
    bool line_has_tokens; /* the current logical line holds a token (NEWLINE, not NL, ends it) */
    /* brackets */
    int depth;            /* open brackets (at most LEX_MAX_BRACKETS) */
    int overflow;         /* brackets opened past the limit and not counted in depth */
    uint32_t bracket_nl;  /* index of the first NL after a token inside brackets (recovery) */
    int nmodes;           /* the f-string mode stack's depth */
    bool fstr_marked;     /* an FSTRING_START is in toks->marks */
    /* the stacks, last: lex_source zeroes only the fields above, and these entries are written
     * before they are read (indentation in columns with tabs to 8, and with tabs to 1 for the
     * consistency check; f-string modes) */
    uint32_t indstack[LEX_MAX_INDENT + 1], altstack[LEX_MAX_INDENT + 1];
    Mode modes[MAX_MODES];
} Lexer;

/* Byte classes for the scanning loops (lx_class). */
enum {
    LC_LETTER = 1 << 0,  /* ASCII letter or '_' */
    LC_DIGIT = 1 << 1,   /* '0'..'9' */
    LC_BLANK = 1 << 2,   /* ' ', '\t', '\f' */
    LC_NEWLINE = 1 << 3, /* '\n', '\r' */
    LC_HIGH = 1 << 4,    /* a byte of a multi-byte UTF-8 sequence (>= 0x80) */
    LC_QUOTE = 1 << 5,   /* '"', '\'' */
};
extern const uint8_t lx_class[256];

/* Append a token; false (and lx->oom set) when memory ran out. */
static inline bool emit_token(Lexer *lx, TokKind kind, uint32_t start, uint32_t end, uint16_t flags, uint8_t kw)
{
    TokenList *t = lx->toks;
    if (__builtin_expect(t->len == t->cap, 0) &&
        !arena_grow(lx->a, (void **)&t->data, &t->cap, t->len + 1, sizeof(Token))) {
        lx->oom = true;
        return false;
    }
    Token *d = &t->data[t->len++];
    d->start = start;
    d->end = end;
    d->kind = (uint8_t)kind;
    d->kw = kw;
    d->flags = flags;
    return true;
}

/* Add the token just emitted to toks->marks (see token.h); false when memory ran out. */
bool lx_mark_slow(Lexer *lx);
/* The NAME just emitted is one version_check looks at: mark it (keyword_of's soft keyword ids,
 * KwId values from KW__COUNT on, become 0 in the token). */
void lx_mark_name(Lexer *lx);
/* Mark the '[' just emitted when it may open type parameters (after `def NAME` or `class NAME`). */
void lx_mark_type_params(Lexer *lx);
static inline void lx_mark(Lexer *lx)
{
    TokenList *t = lx->toks;
    if (__builtin_expect(t->nmarks < t->marks_cap, 1))
        t->marks[t->nmarks++] = t->len - 1;
    else
        lx_mark_slow(lx);
}

/* Add token `idx` to toks->strs (see token.h); false when memory ran out. */
bool lx_str_mark_slow(Lexer *lx, uint32_t idx);
static inline void lx_str_mark_at(Lexer *lx, uint32_t idx)
{
    TokenList *t = lx->toks;
    if (__builtin_expect(t->nstrs < t->strs_cap, 1))
        t->strs[t->nstrs++] = idx;
    else
        lx_str_mark_slow(lx, idx);
}
/* The same for the token just emitted. */
static inline void lx_str_mark(Lexer *lx) { lx_str_mark_at(lx, lx->toks->len - 1); }

/* Append a token; any kind but NL, COMMENT and NEWLINE makes the logical line non-blank. */
static inline void emit(Lexer *lx, TokKind kind, uint32_t start, uint32_t end, uint16_t flags)
{
    emit_token(lx, kind, start, end, flags, 0);
    lx->line_has_tokens |= kind != TK_NL && kind != TK_COMMENT && kind != TK_NEWLINE;
}

/* Append a token of a kind that makes the logical line non-blank (not NL, COMMENT, NEWLINE). */
static inline void emit_sig(Lexer *lx, TokKind kind, uint32_t start, uint32_t end, uint16_t flags, uint8_t kw)
{
    emit_token(lx, kind, start, end, flags, kw);
    lx->line_has_tokens = true;
}

/* Record an error with a static message. */
void lx_err(Lexer *lx, uint32_t start, uint32_t end, const char *msg);
/* Track an opening bracket at `at` (the depth limit is an error). */
static inline void lx_open_bracket(Lexer *lx, uint32_t at)
{
    if (__builtin_expect(lx->depth >= LEX_MAX_BRACKETS, 0)) {
        if (lx->overflow++ == 0)
            lx_err(lx, at, at + 1, "too many nested parentheses");
        return;
    }
    lx->depth++;
}
/* Track a closing bracket. Unmatched or mismatched closers are left to the parser, which always
 * finds them out of place (as Ruff reports them). */
static inline void lx_close_bracket(Lexer *lx)
{
    if (lx->overflow > 0)
        lx->overflow--;
    else if (lx->depth > 0)
        lx->depth--;
}
/* Report the character at pos as invalid and emit it as one ERRORTOKEN. */
void lx_bad_char(Lexer *lx);
/* At a digit, or a '.' before one: a NUMBER token (lex_number.c). */
void lx_lex_number(Lexer *lx);
/* At an operator or delimiter byte: its token, with the bracket and f-string field bookkeeping
 * (lex_operator.c); a byte that starts no token becomes an ERRORTOKEN. */
void lx_lex_operator(Lexer *lx);
/* Length of the line break at p (0, 1 or 2 for \r\n). */
uint32_t lx_newline_len(const Lexer *lx, uint32_t p);
/* At the opening quote of a string whose prefix starts at `start`: a STRING token, or the
 * *STRING_START of an f/t-string (pushing its mode). */
void lx_lex_string(Lexer *lx, uint32_t start, uint16_t flags);
/* The literal part of the innermost f/t-string or format spec, up to '{', '}' or its end. */
void lx_fstring_middle(Lexer *lx);
/* Index of the innermost open f/t-string mode; close it and everything inside (recovery). */
int lx_current_string(const Lexer *lx);
void lx_drop_string(Lexer *lx, int si);

#endif
