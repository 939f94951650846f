/* toml.c: lookups in a parsed TOML tree (by key and by dotted path) and kind names. */
#include "config/toml.h"

#include <string.h>

#include "config/toml_table.h"

const TomlEntry *toml_get_entry(const TomlValue *table, const char *key)
{
    if (!table || !key || table->kind != TOML_TABLE)
        return NULL;
    size_t n = strlen(key);
    if (n > UINT32_MAX)
        return NULL;
    return toml_table_find(table, key, (uint32_t)n);
}

const TomlValue *toml_get(const TomlValue *table, const char *key)
{
    const TomlEntry *e = toml_get_entry(table, key);
    return e ? e->value : NULL;
}

const TomlValue *toml_get_path(const TomlValue *table, const char *dotted)
{
    if (!dotted)
        return NULL;
    const TomlValue *v = table;
    const char *s = dotted;
    for (;;) {
        const char *dot = strchr(s, '.');
        size_t n = dot ? (size_t)(dot - s) : strlen(s);
        if (!v || v->kind != TOML_TABLE || n > UINT32_MAX)
            return NULL;
        const TomlEntry *e = toml_table_find(v, s, (uint32_t)n);
        if (!e)
            return NULL;
        v = e->value;
        if (!dot)
            return v;
        s = dot + 1;
    }
}

const char *toml_kind_name(TomlKind k)
{
    switch (k) {
    case TOML_STRING: return "string";
    case TOML_INTEGER: return "integer";
    case TOML_FLOAT: return "float";
    case TOML_BOOL: return "boolean";
    case TOML_DATETIME: return "offset date-time";
    case TOML_DATETIME_LOCAL: return "local date-time";
    case TOML_DATE_LOCAL: return "local date";
    case TOML_TIME_LOCAL: return "local time";
    case TOML_ARRAY: return "array";
    case TOML_TABLE: return "table";
    }
    return "value";
}
