/* toml_lex.h: the TOML reader's cursor over the text (positions, errors, whitespace, strings, keys,
 * scalars), shared by toml_lex.c, toml_scalar.c and toml_parse.c. Not a public API. */
#ifndef SNIPE_TOML_LEX_H
#define SNIPE_TOML_LEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "config/toml.h"
#include "util/str.h"

typedef struct TomlLexer {
    Arena *a;               /* where values and decoded strings go */
    const char *src;
    size_t len, pos;        /* the text and the cursor (byte offset) */
    TomlError *err;
    bool failed;            /* an error has been recorded; the first one wins */
    Buf scratch;            /* decoding buffer for strings (malloc'd, freed by lx_finish) */
    size_t start;           /* where the document starts (after a byte order mark) */
    size_t loc_pos;         /* lx_where cache: a byte offset and its line and column */
    uint32_t loc_line, loc_col;
} TomlLexer;

/* A decoded string or key: NUL-terminated in the arena, may contain NULs (use len). */
typedef struct TomlText {
    const char *ptr;
    uint32_t len;
} TomlText;

void lx_init(TomlLexer *lx, Arena *a, const char *src, size_t len, TomlError *err);
/* Release the scratch buffer. */
void lx_finish(TomlLexer *lx);

/* The 1-based line and column (in code points) of byte offset pos. Costs the distance from the
 * previous call's offset (plus, going backwards, the length of pos's line). */
void lx_where(TomlLexer *lx, size_t pos, uint32_t *line, uint32_t *col);
/* Record an error at byte offset pos unless one is already recorded. Always returns false. */
bool lx_error(TomlLexer *lx, size_t pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Record "out of memory" at the cursor; returns false. */
bool lx_oom(TomlLexer *lx);

/* Check the whole text before parsing: valid UTF-8 and no control character other than tab,
 * LF and CR LF. Skips a leading byte order mark. Returns false (error recorded) otherwise. */
bool lx_check_text(TomlLexer *lx);

/* The byte at the cursor (+k), or 0 at the end (NUL bytes are rejected by lx_check_text). */
static inline int lx_peek_at(const TomlLexer *lx, size_t k)
{
    return lx->pos + k < lx->len ? (unsigned char)lx->src[lx->pos + k] : 0;
}
static inline int lx_peek(const TomlLexer *lx) { return lx_peek_at(lx, 0); }
static inline bool lx_eof(const TomlLexer *lx) { return lx->pos >= lx->len; }
/* At LF or CR LF. */
static inline bool lx_at_newline(const TomlLexer *lx)
{
    int c = lx_peek(lx);
    return c == '\n' || (c == '\r' && lx_peek_at(lx, 1) == '\n');
}
static inline bool lx_is_bare(int c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
}

/* Skip spaces and tabs. */
void lx_skip_ws(TomlLexer *lx);
/* Skip a newline (LF or CR LF) if there is one; returns whether it did. */
bool lx_skip_newline(TomlLexer *lx);
/* Skip a comment if the cursor is at '#' (up to, not including, the end of the line). */
void lx_skip_comment(TomlLexer *lx);
/* ws [comment] (newline | end of text): what must follow a key/value pair or a header. */
bool lx_end_of_line(TomlLexer *lx, const char *after);
/* Skip whitespace, comments and newlines (inside arrays). */
void lx_skip_ws_comments_newlines(TomlLexer *lx);

/* A string of any of the four kinds at the cursor (at '"' or '\''). As a key, multi-line strings
 * are rejected. */
bool lx_string(TomlLexer *lx, bool as_key, TomlText *out);
/* One simple key (bare or quoted) at the cursor. */
bool lx_simple_key(TomlLexer *lx, TomlText *out);

/* A new value of `kind` at byte offset pos (position filled in), or NULL (error recorded). */
TomlValue *lx_new_value(TomlLexer *lx, TomlKind kind, size_t pos, uint32_t depth);
/* A boolean, number, date or time at the cursor (toml_scalar.c). */
TomlValue *lx_scalar(TomlLexer *lx, uint32_t depth);

#endif
