/* json_reader.h (tests): a small JSON reader into an arena, to compare JSON outputs as data. */
#ifndef SNIPE_TEST_JSON_READER_H
#define SNIPE_TEST_JSON_READER_H

#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"

typedef enum { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ } JKind;

typedef struct JVal JVal;
struct JVal {
    JKind kind;
    const char *s;      /* J_STR: decoded bytes; J_NUM: the number's text */
    size_t len;
    bool b;
    JVal **items;       /* J_ARR items, J_OBJ values */
    const char **keys;  /* J_OBJ */
    size_t *key_lens;
    size_t n, cap;
};

/* Parse a whole JSON text (strings decoded, \u surrogate pairs joined; numbers kept as text).
 * NULL when it is not valid JSON. Everything lives in `a`. */
JVal *json_parse(Arena *a, const char *s, size_t len);
/* The member `key` of an object, or NULL. */
const JVal *json_member(const JVal *obj, const char *key);

#endif
