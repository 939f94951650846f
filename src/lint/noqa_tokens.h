/* noqa_tokens.h: what suppression comments and the physical line rules need from the tokens
 * (comments, strings and f-strings, NEWLINE/NL, INDENT/DEDENT, backslash continuations), taken
 * from the tokenizer's token list (src/syntax/lexer.h). */
#ifndef SNIPE_NOQA_TOKENS_H
#define SNIPE_NOQA_TOKENS_H

#include <stdbool.h>
#include <stdint.h>

#include "lint/source.h"
#include "syntax/token.h"
#include "util/arena.h"

/* The token kinds the suppression logic tells apart; everything else is PT_OTHER. */
typedef enum PyTokKind {
    PT_OTHER,
    PT_NEWLINE,     /* end of a logical line (empty range at the end of a file without one) */
    PT_NL,          /* a newline that ends no logical line (blank, comment-only, in brackets) */
    PT_COMMENT,
    PT_INDENT,      /* range: the indentation whitespace */
    PT_DEDENT,      /* empty range at the first character of the dedented line */
    PT_STRING,
    PT_FSTART,      /* f-string or t-string start (prefix and quotes) */
    PT_FMIDDLE,     /* literal text of an f-string or t-string */
    PT_FEND,
} PyTokKind;

/* The PyTokKind of a tokenizer token. */
static inline uint8_t pytok_kind(const Token *t)
{
    switch (t->kind) {
    case TK_NEWLINE: return PT_NEWLINE;
    case TK_NL: return PT_NL;
    case TK_COMMENT: return PT_COMMENT;
    case TK_INDENT: return PT_INDENT;
    case TK_DEDENT: return PT_DEDENT;
    case TK_STRING: return PT_STRING;
    case TK_FSTRING_START: case TK_TSTRING_START: return PT_FSTART;
    case TK_FSTRING_MIDDLE: case TK_TSTRING_MIDDLE: return PT_FMIDDLE;
    case TK_FSTRING_END: case TK_TSTRING_END: return PT_FEND;
    default: return PT_OTHER;
    }
}

typedef struct PyRange {
    uint32_t start, end;
} PyRange;

typedef struct PyTokens {
    const Token *toks;    /* the tokenizer's tokens (not copied), without the ENDMARKER */
    uint32_t ntoks;
    PyRange *mlstrings;   /* triple-quoted STRING tokens that span a line break */
    uint32_t nmlstrings;
    PyRange *comments;    /* every comment, in order */
    uint32_t ncomments;
    PyRange *multiline;   /* triple-quoted STRING and f-string FMIDDLE tokens (Ruff's multiline ranges) */
    uint32_t nmultiline;
    PyRange *interp;      /* whole f-strings and t-strings, outer before inner */
    uint32_t ninterp;
    uint32_t *cont_lines; /* start offsets of lines that end in a backslash continuation */
    uint32_t ncont;
} PyTokens;

/* Fill *out from the tokens of text[0, len) (as lex_source or parse_module give them), which
 * must outlive it. Returns false only when memory ran out. The ranges live in `a`. */
bool pytokens_from_tokens(Arena *a, const char *text, uint32_t len, const TokenList *toks, PyTokens *out);
/* The same for the tokens of src->text, faster with its line table. */
bool pytokens_of_source(Arena *a, const SourceFile *src, const TokenList *toks, PyTokens *out);

/* The part of the view of src's tokens (as parse_module gives them, without syntax errors) that
 * the noqa line mapping needs: toks, mlstrings, interp and cont_lines, the rest empty; cheaper
 * than pytokens_of_source. *directive: whether the file may hold a suppression directive
 * (pytokens_text_has_noqa, or a comment passes pytokens_comment_names_tool). Returns false only when memory ran out. */
bool pytokens_mapping_of_source(Arena *a, const SourceFile *src, const TokenList *toks, PyTokens *out, bool *directive);

/* pytokens_of_source for a file without syntax errors (whose lines join between tokens only at
 * a backslash): the same view, cheaper. */
bool pytokens_of_valid_source(Arena *a, const SourceFile *src, const TokenList *toks, PyTokens *out);

/* Whether "noqa" (any case) occurs in text[0, n): what every `# noqa` directive holds. */
bool pytokens_text_has_noqa(const char *text, uint32_t n);
/* Whether some `#` of the comment text[start, end) is followed (after whitespace) by `ruff`
 * or `snipe`: what every suppression comment starts with. */
bool pytokens_comment_names_tool(const char *text, uint32_t start, uint32_t end);

/* Whether [start, end) lies inside one multiline range. */
bool pytokens_in_multiline(const PyTokens *t, uint32_t start, uint32_t end);
/* The comment that starts in [start, end), or NULL (the first one when several). */
const PyRange *pytokens_comment_in(const PyTokens *t, uint32_t start, uint32_t end);
/* Whether the line starting at `line_start` ends in a backslash continuation. */
bool pytokens_is_continuation(const PyTokens *t, uint32_t line_start);

#endif
