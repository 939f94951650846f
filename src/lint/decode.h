/* decode.h: sources declared (PEP 263) in an encoding other than UTF-8, decoded before linting. */
#ifndef SNIPE_LINT_DECODE_H
#define SNIPE_LINT_DECODE_H

#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"

/* When *text (NUL-terminated, *len bytes) has a coding cookie naming another encoding than UTF-8
 * (latin-1, koi8-r, cp1252, ...) and decodes in it, point *text / *len at the UTF-8 text, copied
 * into `a`, and return true. Otherwise leave them alone and return false (no cookie, a UTF-8
 * cookie, an unknown encoding or bytes that do not decode: the caller then treats the bytes as
 * UTF-8, as Ruff does). */
bool lint_decode_declared(Arena *a, const char **text, size_t *len);

#endif
