/* py_repr.h: Python's repr() of constants (str, bytes, float, complex, int literals), into a Buf. */
#ifndef SNIPE_SYNTAX_PY_REPR_H
#define SNIPE_SYNTAX_PY_REPR_H

#include <stddef.h>

#include "util/str.h"

/* repr of a str given as UTF-8 (lone surrogates as 3-byte sequences; invalid bytes as U+FFFD). */
void py_repr_str(Buf *b, const char *s, size_t n);
/* repr of a bytes value: b'...' */
void py_repr_bytes(Buf *b, const char *s, size_t n);
/* repr of a float (shortest round-trip digits, Python's formatting rules). With `complex`, the
 * form used for the imaginary part of a complex with zero real part (no ".0", "j" appended). */
void py_repr_float(Buf *b, double x, int complex);
/* The decimal digits of an int literal as written (0x / 0o / 0b prefixes, underscores). */
void py_int_to_decimal(Buf *b, const char *lit, size_t n);

#endif
