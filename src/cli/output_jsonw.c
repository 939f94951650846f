/* output_jsonw.c: a streaming JSON writer that prints exactly as serde_json does (compact, or
 * pretty with two-space indentation, `"key": value`, empty containers as [] and {}). */
#include <inttypes.h>

#include "cli/output_common.h"

/* serde_json's escaping: quote, backslash and C0 controls (\b \f \n \r \t or \u00xx); DEL and
 * non-ASCII are written as they are. */
static void escape(Buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *rep = NULL;
        char u[7];
        switch (c) {
        case '"': rep = "\\\""; break;
        case '\\': rep = "\\\\"; break;
        case '\n': rep = "\\n"; break;
        case '\r': rep = "\\r"; break;
        case '\t': rep = "\\t"; break;
        case '\b': rep = "\\b"; break;
        case '\f': rep = "\\f"; break;
        default:
            if (c < 0x20) {
                u[0] = '\\', u[1] = 'u', u[2] = '0', u[3] = '0', u[4] = hex[c >> 4], u[5] = hex[c & 15], u[6] = 0;
                rep = u;
            }
        }
        if (rep) {
            buf_append(b, s + run, i - run);
            buf_puts(b, rep);
            run = i + 1;
        }
    }
    buf_append(b, s + run, n - run);
}

static void indent(JsonW *w)
{
    buf_putc(w->b, '\n');
    for (int i = 0; i < w->depth; i++)
        buf_append(w->b, "  ", 2);
}

/* Before a value or a key: the separator and the indentation. */
static void before(JsonW *w)
{
    if (w->after_key) {
        w->after_key = false;
        return;
    }
    if (w->depth == 0)
        return;
    if (w->has_items[w->depth])
        buf_putc(w->b, ',');
    w->has_items[w->depth] = true;
    if (w->pretty)
        indent(w);
}

static void open(JsonW *w, char c)
{
    before(w);
    buf_putc(w->b, c);
    if (w->depth < 63)
        w->depth++;
    w->has_items[w->depth] = false;
}

static void close(JsonW *w, char c)
{
    bool had = w->has_items[w->depth];
    if (w->depth > 0)
        w->depth--;
    if (had && w->pretty)
        indent(w);
    buf_putc(w->b, c);
}

void jw_begin_object(JsonW *w) { open(w, '{'); }
void jw_end_object(JsonW *w) { close(w, '}'); }
void jw_begin_array(JsonW *w) { open(w, '['); }
void jw_end_array(JsonW *w) { close(w, ']'); }

void jw_key(JsonW *w, const char *key)
{
    before(w);
    buf_putc(w->b, '"');
    escape(w->b, key, strlen(key));
    buf_puts(w->b, w->pretty ? "\": " : "\":");
    w->after_key = true;
}

void jw_string_n(JsonW *w, const char *s, size_t n)
{
    before(w);
    buf_putc(w->b, '"');
    escape(w->b, s, n);
    buf_putc(w->b, '"');
}

void jw_string(JsonW *w, const char *s) { jw_string_n(w, s, strlen(s)); }

void jw_uint(JsonW *w, uint64_t v)
{
    before(w);
    buf_printf(w->b, "%" PRIu64, v);
}

void jw_bool(JsonW *w, bool v)
{
    before(w);
    buf_puts(w->b, v ? "true" : "false");
}

void jw_null(JsonW *w)
{
    before(w);
    buf_puts(w->b, "null");
}

void jw_loc(JsonW *w, const char *k1, uint32_t v1, const char *k2, uint32_t v2)
{
    jw_begin_object(w);
    jw_key(w, k1);
    jw_uint(w, v1);
    jw_key(w, k2);
    jw_uint(w, v2);
    jw_end_object(w);
}
