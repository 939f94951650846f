/* toml.h: a TOML 1.0 reader into a tree of values in an arena, with line:col on every value. */
#ifndef SNIPE_TOML_H
#define SNIPE_TOML_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"
#include "util/str.h"

typedef enum TomlKind {
    TOML_STRING,
    TOML_INTEGER,
    TOML_FLOAT,
    TOML_BOOL,
    TOML_DATETIME,        /* offset date-time; text kept in as.str, normalised as toml-test prints it */
    TOML_DATETIME_LOCAL,  /* local date-time (as.str) */
    TOML_DATE_LOCAL,      /* local date (as.str) */
    TOML_TIME_LOCAL,      /* local time (as.str) */
    TOML_ARRAY,
    TOML_TABLE,
} TomlKind;

typedef struct TomlValue TomlValue;

typedef struct TomlEntry {
    const char *key;      /* decoded key, NUL-terminated (may contain NUL: use key_len) */
    uint32_t key_len;
    uint32_t line, col;   /* 1-based position of the key where it was (first) written */
    TomlValue *value;
} TomlEntry;

struct TomlValue {
    TomlKind kind;
    /* 1-based position where the value starts; columns count code points. Tables: their header's
     * '[' or their '{' (a table only implied by a dotted key or a longer header: that key; an
     * element of an array of tables: its [[header]]). */
    uint32_t line, col;
    union {
        struct { const char *ptr; uint32_t len; } str;   /* strings and date/time kinds */
        int64_t integer;
        double flt;
        bool boolean;
        struct { TomlValue **items; uint32_t len, cap; } array;
        struct {
            TomlEntry *entries;   /* in document order */
            uint32_t len, cap;
            uint32_t *slots;      /* hash index into entries (1-based, 0 = empty), once len > 8 */
            uint32_t nslots;
        } table;
    } as;
    /* Parser bookkeeping; users only read these. */
    uint32_t depth;       /* nesting level: the root table is 0 */
    uint32_t section;     /* tables opened by dotted keys: the section (header number) that did it */
    uint8_t flags;        /* TOML_F_* below */
};

enum {
    TOML_F_DEFINED = 1,   /* table defined by a [header] (may not be defined again) */
    TOML_F_INLINE = 2,    /* inline table: frozen once written */
    TOML_F_AOT = 4,       /* array created by [[header]] (static arrays may not be extended) */
};

/* Tables and arrays nested deeper than this are rejected (hostile input must not exhaust the stack). */
#define TOML_MAX_DEPTH 1000

typedef struct TomlError {
    uint32_t line, col;   /* 1-based position of the error */
    char message[200];
} TomlError;

/* Parse a whole TOML 1.0 document. On success returns the root table (allocated in `a`).
 * On failure returns NULL and fills *err (may be NULL) with the position and a message of the
 * first error; malformed UTF-8 and control characters are reported before any syntax error.
 * Never aborts; nesting deeper than TOML_MAX_DEPTH and integers outside int64 are errors. */
TomlValue *toml_parse(Arena *a, const char *text, size_t len, TomlError *err);

/* Look up one key of a table; NULL when absent or when `table` is not a table. */
const TomlValue *toml_get(const TomlValue *table, const char *key);
/* Same, with the entry (for the key's position). */
const TomlEntry *toml_get_entry(const TomlValue *table, const char *key);
/* Look up a dotted path of plain keys, e.g. "tool.ruff.lint"; NULL when any part is absent. */
const TomlValue *toml_get_path(const TomlValue *table, const char *dotted);

/* The name of a kind for messages: "string", "integer", "array", "table"... */
const char *toml_kind_name(TomlKind k);

/* Print `root` in toml-test's tagged JSON form (tables as objects, arrays as arrays, scalars as
 * {"type": T, "value": "V"}) followed by a newline. Returns 0, or -1 when memory ran out. */
int toml_debug_json(const TomlValue *root, Buf *out);

#endif
