/* syntax_error.h: syntax errors as values (byte range + message), collected in an arena-backed list. */
#ifndef SNIPE_SYNTAX_ERROR_H
#define SNIPE_SYNTAX_ERROR_H

#include <stdbool.h>
#include <stdint.h>

#include "util/arena.h"

typedef struct SyntaxError {
    uint32_t start, end;  /* byte range the error points at */
    const char *msg;      /* NUL-terminated, static or in the arena */
} SyntaxError;

typedef struct SyntaxErrors {
    SyntaxError *data;
    uint32_t len, cap;
    bool oom;             /* an error could not be recorded for lack of memory */
} SyntaxErrors;

/* Record an error (message copied into the arena when `copy` is true). Never fails loudly:
 * when memory runs out, `oom` is set and the error is dropped. */
void syntax_error_add(SyntaxErrors *e, Arena *a, uint32_t start, uint32_t end, const char *msg, bool copy);
/* printf-style variant; the message is formatted into the arena. */
void syntax_error_addf(SyntaxErrors *e, Arena *a, uint32_t start, uint32_t end, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* Grow an arena array of `elem`-sized items to hold at least `need`; the old block is abandoned
 * to the arena. Returns false on exhaustion. */
bool arena_grow(Arena *a, void **data, uint32_t *cap, uint32_t need, size_t elem);

#endif
