/* json_reader.c (tests): a small JSON reader into an arena, to compare JSON outputs as data. */
#include "json_reader.h"

#include <stdlib.h>
#include <string.h>

#include "util/str.h"

typedef struct JReader {
    Arena *a;
    const char *s;
    size_t len, pos;
    int depth;
} JReader;

static JVal *json_value(JReader *r);

static void json_ws(JReader *r)
{
    while (r->pos < r->len && strchr(" \t\r\n", r->s[r->pos]))
        r->pos++;
}

static bool json_lit(JReader *r, const char *lit)
{
    size_t n = strlen(lit);
    if (r->len - r->pos < n || memcmp(r->s + r->pos, lit, n) != 0)
        return false;
    r->pos += n;
    return true;
}

static void put_utf8(Buf *b, unsigned cp)
{
    if (cp < 0x80) {
        buf_putc(b, (char)cp);
    } else if (cp < 0x800) {
        buf_putc(b, (char)(0xC0 | (cp >> 6)));
        buf_putc(b, (char)(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        buf_putc(b, (char)(0xE0 | (cp >> 12)));
        buf_putc(b, (char)(0x80 | ((cp >> 6) & 0x3F)));
        buf_putc(b, (char)(0x80 | (cp & 0x3F)));
    } else {
        buf_putc(b, (char)(0xF0 | (cp >> 18)));
        buf_putc(b, (char)(0x80 | ((cp >> 12) & 0x3F)));
        buf_putc(b, (char)(0x80 | ((cp >> 6) & 0x3F)));
        buf_putc(b, (char)(0x80 | (cp & 0x3F)));
    }
}

static bool json_hex4(JReader *r, unsigned *out)
{
    if (r->len - r->pos < 4)
        return false;
    char h[5] = {0};
    memcpy(h, r->s + r->pos, 4);
    char *end;
    *out = (unsigned)strtoul(h, &end, 16);
    r->pos += 4;
    return end == h + 4;
}

/* string -> '"' chars '"' (decoded, \u surrogate pairs joined) */
static bool json_string(JReader *r, const char **s, size_t *len)
{
    if (!json_lit(r, "\""))
        return false;
    Buf b = {0};
    bool ok = false;
    while (r->pos < r->len) {
        char c = r->s[r->pos++];
        if (c == '"') {
            ok = true;
            break;
        }
        if (c != '\\') {
            buf_putc(&b, c);
            continue;
        }
        if (r->pos >= r->len)
            break;
        c = r->s[r->pos++];
        const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
        const char *k = strchr(from, c);
        if (k && c) {
            buf_putc(&b, to[k - from]);
            continue;
        }
        unsigned cp, lo;
        if (c != 'u' || !json_hex4(r, &cp))
            break;
        if (cp >= 0xD800 && cp < 0xDC00 && json_lit(r, "\\u") && json_hex4(r, &lo))
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        put_utf8(&b, cp);
    }
    *s = ok ? arena_strndup(r->a, b.data ? b.data : "", b.len) : NULL;
    *len = b.len;
    buf_free(&b);
    return *s != NULL;
}

static bool json_add(JReader *r, JVal *v, const char *key, size_t key_len, JVal *item)
{
    if (v->n == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 8;
        JVal **items = ARENA_ARRAY(r->a, JVal *, cap);
        const char **keys = ARENA_ARRAY(r->a, const char *, cap);
        size_t *lens = ARENA_ARRAY(r->a, size_t, cap);
        if (!items || !keys || !lens)
            return false;
        if (v->n) {
            memcpy(items, v->items, v->n * sizeof *items);
            memcpy(keys, v->keys, v->n * sizeof *keys);
            memcpy(lens, v->key_lens, v->n * sizeof *lens);
        }
        v->items = items, v->keys = keys, v->key_lens = lens, v->cap = cap;
    }
    v->items[v->n] = item;
    v->keys[v->n] = key;
    v->key_lens[v->n] = key_len;
    v->n++;
    return true;
}

/* value -> object | array | string | number | true | false | null */
static JVal *json_value(JReader *r)
{
    json_ws(r);
    if (r->pos >= r->len || ++r->depth > 2000)
        return NULL;
    JVal *v = ARENA_NEW(r->a, JVal);
    char c = r->s[r->pos];
    if (c == '{' || c == '[') {
        v->kind = c == '{' ? J_OBJ : J_ARR;
        r->pos++;
        json_ws(r);
        char close = c == '{' ? '}' : ']';
        if (r->pos < r->len && r->s[r->pos] == close) {
            r->pos++;
        } else {
            for (;;) {
                const char *key = NULL;
                size_t key_len = 0;
                json_ws(r);
                if (v->kind == J_OBJ) {
                    if (!json_string(r, &key, &key_len))
                        return NULL;
                    json_ws(r);
                    if (!json_lit(r, ":"))
                        return NULL;
                }
                JVal *item = json_value(r);
                if (!item || !json_add(r, v, key, key_len, item))
                    return NULL;
                json_ws(r);
                if (json_lit(r, ","))
                    continue;
                if (json_lit(r, close == '}' ? "}" : "]"))
                    break;
                return NULL;
            }
        }
    } else if (c == '"') {
        v->kind = J_STR;
        if (!json_string(r, &v->s, &v->len))
            return NULL;
    } else if (json_lit(r, "true") || json_lit(r, "false")) {
        v->kind = J_BOOL;
        v->b = r->s[r->pos - 1] == 'e' && r->s[r->pos - 2] == 'u';
    } else if (json_lit(r, "null")) {
        v->kind = J_NULL;
    } else {
        size_t start = r->pos;
        while (r->pos < r->len && strchr("+-0123456789.eE", r->s[r->pos]))
            r->pos++;
        if (r->pos == start)
            return NULL;
        v->kind = J_NUM;
        v->s = arena_strndup(r->a, r->s + start, r->pos - start);
        v->len = r->pos - start;
    }
    r->depth--;
    return v;
}

JVal *json_parse(Arena *a, const char *s, size_t len)
{
    JReader r = {.a = a, .s = s, .len = len};
    JVal *v = json_value(&r);
    json_ws(&r);
    return v && r.pos == r.len ? v : NULL;
}

const JVal *json_member(const JVal *obj, const char *key)
{
    for (size_t i = 0; i < obj->n; i++)
        if (obj->key_lens[i] == strlen(key) && memcmp(obj->keys[i], key, obj->key_lens[i]) == 0)
            return obj->items[i];
    return NULL;
}

