/* pyscan.h: token-level questions about Python source (calls, assignments, subclasses), on snipe's tokenizer. */
#ifndef SNIPE_AUDIT_PYSCAN_H
#define SNIPE_AUDIT_PYSCAN_H

#include <stddef.h>
#include <stdint.h>

/* Each function tokenizes src[0, len) with syntax/lexer.h (comments and strings are tokens of
 * their own, so text in them never matches; code inside f-string replacement fields does) and
 * returns a 1-based line, or 0 when nothing matches or memory ran out. */

/* The first call `name(` that is not a method call (`x.name(`) or a definition (`def name(`). */
uint32_t py_find_call(const char *src, size_t len, const char *name);
/* A module-level assignment to `name` (`name =`, `name: T =`, `name +=`) at the start of a statement. */
uint32_t py_find_assign(const char *src, size_t len, const char *name);
/* A class whose bases name something ending in `suffix` (e.g. "Formatter"). */
uint32_t py_find_subclass(const char *src, size_t len, const char *suffix);
/* The first use of the name `name` in code. */
uint32_t py_find_name(const char *src, size_t len, const char *name);
/* A keyword argument `name=` (after `(` or `,`, not `==`). */
uint32_t py_find_kwarg(const char *src, size_t len, const char *name);

#endif
