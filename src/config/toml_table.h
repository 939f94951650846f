/* toml_table.h: building TOML tables and arrays in an arena (used by the parser and the lookups). */
#ifndef SNIPE_TOML_TABLE_H
#define SNIPE_TOML_TABLE_H

#include "config/toml.h"

/* The entry of `t` with key key[0..len), or NULL (also when t is not a table). */
TomlEntry *toml_table_find(const TomlValue *t, const char *key, uint32_t len);
/* Append an entry (the caller has checked that the key is new); its position is left zero.
 * Returns NULL when memory runs out. */
TomlEntry *toml_table_add(Arena *a, TomlValue *t, const char *key, uint32_t len, TomlValue *value);
/* Append an item to an array; false when memory runs out. */
bool toml_array_push(Arena *a, TomlValue *arr, TomlValue *item);

#endif
