/* unicode_names.h: look up a Unicode character by name, for the \N{...} escape. */
#ifndef SNIPE_SYNTAX_UNICODE_NAMES_H
#define SNIPE_SYNTAX_UNICODE_NAMES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Find the code point named name[0, n) (case-insensitive, as Python's \N{...}); false when unknown. */
bool unicode_name_lookup(const char *name, size_t n, int32_t *cp);

#endif
