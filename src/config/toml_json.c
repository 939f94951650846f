/* toml_json.c: prints a TOML tree in toml-test's tagged JSON form (`snipe debug toml`). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "config/toml.h"

static const char *type_tag(TomlKind k)
{
    switch (k) {
    case TOML_STRING: return "string";
    case TOML_INTEGER: return "integer";
    case TOML_FLOAT: return "float";
    case TOML_BOOL: return "bool";
    case TOML_DATETIME: return "datetime";
    case TOML_DATETIME_LOCAL: return "datetime-local";
    case TOML_DATE_LOCAL: return "date-local";
    case TOML_TIME_LOCAL: return "time-local";
    case TOML_ARRAY:
    case TOML_TABLE: break;
    }
    return "?";
}

/* The shortest %g form that reads back as the same double; inf, -inf and nan as toml-test has them. */
static void put_float(Buf *out, double d)
{
    if (isnan(d)) {
        buf_puts(out, "nan");
        return;
    }
    if (isinf(d)) {
        buf_puts(out, d < 0 ? "-inf" : "inf");
        return;
    }
    char s[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(s, sizeof s, "%.*g", prec, d);
        if (strtod(s, NULL) == d)
            break;
    }
    buf_puts(out, s);
}

static void indent(Buf *out, uint32_t level)
{
    buf_putc(out, '\n');
    for (uint32_t i = 0; i < level; i++)
        buf_puts(out, "  ");
}

/* Recursion is bounded: the parser rejects trees deeper than TOML_MAX_DEPTH. */
static void put_value(Buf *out, const TomlValue *v, uint32_t level)
{
    if (v->kind == TOML_TABLE) {
        if (v->as.table.len == 0) {
            buf_puts(out, "{}");
            return;
        }
        buf_putc(out, '{');
        for (uint32_t i = 0; i < v->as.table.len; i++) {
            const TomlEntry *e = &v->as.table.entries[i];
            indent(out, level + 1);
            buf_putc(out, '"');
            buf_json_escape(out, e->key, e->key_len);
            buf_puts(out, "\": ");
            put_value(out, e->value, level + 1);
            if (i + 1 < v->as.table.len)
                buf_putc(out, ',');
        }
        indent(out, level);
        buf_putc(out, '}');
        return;
    }
    if (v->kind == TOML_ARRAY) {
        if (v->as.array.len == 0) {
            buf_puts(out, "[]");
            return;
        }
        buf_putc(out, '[');
        for (uint32_t i = 0; i < v->as.array.len; i++) {
            indent(out, level + 1);
            put_value(out, v->as.array.items[i], level + 1);
            if (i + 1 < v->as.array.len)
                buf_putc(out, ',');
        }
        indent(out, level);
        buf_putc(out, ']');
        return;
    }
    buf_printf(out, "{\"type\": \"%s\", \"value\": \"", type_tag(v->kind));
    switch (v->kind) {
    case TOML_INTEGER: buf_printf(out, "%lld", (long long)v->as.integer); break;
    case TOML_FLOAT: put_float(out, v->as.flt); break;
    case TOML_BOOL: buf_puts(out, v->as.boolean ? "true" : "false"); break;
    default: buf_json_escape(out, v->as.str.ptr, v->as.str.len); break;
    }
    buf_puts(out, "\"}");
}

int toml_debug_json(const TomlValue *root, Buf *out)
{
    if (!root)
        return -1;
    put_value(out, root, 0);
    buf_putc(out, '\n');
    return out->failed ? -1 : 0;
}
