/* lexer.h: the Python tokenizer (3.12+ tokens, PEP 701 f-strings, PEP 750 t-strings) over UTF-8 bytes. */
#ifndef SNIPE_SYNTAX_LEXER_H
#define SNIPE_SYNTAX_LEXER_H

#include <stdbool.h>
#include <stdint.h>

#include "syntax/token.h"
#include "util/arena.h"

#define LEX_MAX_BRACKETS 200 /* as CPython's MAXLEVEL */
#define LEX_MAX_INDENT 100   /* as CPython's MAXINDENT */

/* Tokenize src[0, len). A leading UTF-8 BOM is skipped (offsets stay relative to src). Every
 * token, including comments, NL, INDENT/DEDENT and the final ENDMARKER, is appended to `toks`;
 * problems are appended to `errs` and lexing goes on, so any bytes give a token list ending in
 * ENDMARKER. Everything is allocated in `a`. Returns false only when memory ran out (the lists
 * then hold what was produced so far). `src` need not be NUL-terminated. */
bool lex_source(Arena *a, const char *src, uint32_t len, TokenList *toks, SyntaxErrors *errs);

/* Byte ranges of the string pieces that may span lines: triple-quoted STRING tokens and
 * triple-quoted FSTRING_MIDDLE / TSTRING_MIDDLE tokens (in source order, as Ruff's multiline
 * ranges). Stored in `a`; *n receives the count. Returns NULL with *n = 0 when there are none
 * or memory ran out. Each range is {start, end}. */
typedef struct ByteRange {
    uint32_t start, end;
} ByteRange;
ByteRange *lex_multiline_string_ranges(Arena *a, const TokenList *toks, uint32_t *n);

#endif
