/* unicode_names.h: look up a Unicode character by name, for the \N{...} escape. */
#ifndef SNIPE_SYNTAX_UNICODE_NAMES_H
#define SNIPE_SYNTAX_UNICODE_NAMES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Find the code point named name[0, n) (case-insensitive, as Python's \N{...}). `cache` / `cache_len`
 * hold the caller's copy of the name table, loaded on first use (free it with free()). Returns
 * false when the name is unknown or no table is available. */
bool unicode_name_lookup(char **cache, size_t *cache_len, const char *name, size_t n, int32_t *cp);

#endif
