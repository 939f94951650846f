/* token.h: token kinds, keyword ids, the Token record and the token/error lists the lexer fills. */
#ifndef SNIPE_SYNTAX_TOKEN_H
#define SNIPE_SYNTAX_TOKEN_H

#include <stdbool.h>
#include <stdint.h>

#include "syntax/syntax_error.h"

typedef enum TokKind {
#define TOK(id, name, text) TK_##id,
#include "syntax/tokens.def"
#undef TOK
    TK__COUNT
} TokKind;

typedef enum KwId {
    KW_NONE_ = 0, /* not a keyword */
#define KW(id, text) KW_##id,
#include "syntax/keywords.def"
#undef KW
    KW__COUNT
} KwId;

/* Token flags (strings: the prefix letters and quoting; set on STRING, *_START, *_MIDDLE, *_END;
 * names: TF_NONASCII). */
enum {
    TF_RAW = 1 << 0,      /* r / R prefix */
    TF_BYTES = 1 << 1,    /* b / B prefix */
    TF_UNICODE = 1 << 2,  /* u / U prefix */
    TF_FSTRING = 1 << 3,  /* f / F prefix */
    TF_TSTRING = 1 << 4,  /* t / T prefix */
    TF_TRIPLE = 1 << 5,   /* triple-quoted */
    TF_DQUOTE = 1 << 6,   /* quote character is " (else ') */
    TF_SPEC = 1 << 7,     /* *_MIDDLE inside a format spec */
    TF_UPPER_R = 1 << 8,  /* the raw prefix is an upper-case R */
    TF_ESCAPES = 1 << 9,  /* STRING: the text holds a backslash or a '\r' (its value needs decoding) */
    TF_NONASCII = 1 << 10, /* NAME: holds a non-ASCII character (the identifier is NFKC-normalised) */
};

typedef struct Token {
    uint32_t start, end; /* byte range in the source buffer, end exclusive */
    uint8_t kind;        /* TokKind */
    uint8_t kw;          /* KwId for NAME tokens that are hard keywords, else 0 */
    uint16_t flags;      /* TF_* */
} Token;

typedef struct TokenList {
    Token *data;
    uint32_t len, cap;
    /* Per-file facts lex_source records for version_check (the rest of a TokenList leaves them
     * zero, and version_check then scans every token): `marks` lists, in ascending order, the
     * indices of the tokens that may begin syntax newer than some Python version (NAMEs `except`,
     * `async`, `with`, `type`, `match`; '*', '@', ':=', '/', ERRORTOKEN; a '[' after `def NAME` or
     * `class NAME`; every TSTRING_START and the first FSTRING_START). */
    uint32_t *marks;
    uint32_t nmarks, marks_cap;
    uint32_t first_str; /* index of the first FSTRING_START or TSTRING_START, or len if none */
    bool marks_valid;   /* set by lex_source when marks and first_str are complete */
    /* With marks_valid: a STRING, an f/t-string start, a COMMENT or a line break was lexed inside
     * an f/t-string, or lexing found an error; otherwise no token in a replacement field holds a
     * quote, a backslash, a comment or a line break, which version_check's f-string pass reports. */
    bool fstr_field_text;
    /* `strs` lists, in ascending order, the indices of the tokens the noqa line mapping reads:
     * COMMENTs, triple-quoted STRINGs and every FSTRING_START, TSTRING_START, FSTRING_END and
     * TSTRING_END. Complete when strs_valid (set by lex_source, as marks_valid). */
    uint32_t *strs;
    uint32_t nstrs, strs_cap;
    bool strs_valid;
} TokenList;

/* The first index in [lo, hi) of `toks` (sorted by start) whose token starts at or after `off`. */
static inline uint32_t tokens_lower_bound(const Token *toks, uint32_t lo, uint32_t hi, uint32_t off)
{
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (toks[mid].start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Name of a token kind as Python's tokenize module prints it ("NAME", "LPAR", ...). */
const char *token_kind_name(TokKind k);
/* The text of an operator kind ("(", "**=", ...), or NULL for the other kinds. */
const char *token_op_text(TokKind k);
/* The spelling of a keyword id. */
const char *keyword_text(KwId k);

#endif
