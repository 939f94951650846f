/* json_check.c (tests): a strict recursive-descent JSON reader and a small XML well-formedness
 * checker. */
#include "json_check.h"

#include <stdlib.h>
#include <string.h>

typedef struct P {
    const char *s;
    int depth;
} P;

static void ws(P *p)
{
    while (*p->s == ' ' || *p->s == '\t' || *p->s == '\n' || *p->s == '\r')
        p->s++;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static bool put_cp(char **buf, size_t *len, size_t *cap, unsigned cp)
{
    if (*len + 5 >= *cap) {
        *cap = *cap * 2 + 16;
        char *q = realloc(*buf, *cap);
        if (!q)
            return false;
        *buf = q;
    }
    char *o = *buf + *len;
    if (cp < 0x80) {
        o[0] = (char)cp, *len += 1;
    } else if (cp < 0x800) {
        o[0] = (char)(0xC0 | cp >> 6), o[1] = (char)(0x80 | (cp & 63)), *len += 2;
    } else if (cp < 0x10000) {
        o[0] = (char)(0xE0 | cp >> 12), o[1] = (char)(0x80 | ((cp >> 6) & 63)), o[2] = (char)(0x80 | (cp & 63));
        *len += 3;
    } else {
        o[0] = (char)(0xF0 | cp >> 18), o[1] = (char)(0x80 | ((cp >> 12) & 63));
        o[2] = (char)(0x80 | ((cp >> 6) & 63)), o[3] = (char)(0x80 | (cp & 63)), *len += 4;
    }
    (*buf)[*len] = 0;
    return true;
}

static bool string(P *p, char **out)
{
    if (*p->s != '"')
        return false;
    p->s++;
    size_t len = 0, cap = 16;
    char *buf = malloc(cap);
    if (!buf)
        return false;
    buf[0] = 0;
    for (;;) {
        unsigned char c = (unsigned char)*p->s;
        if (c == 0 || c < 0x20)
            goto fail;
        p->s++;
        if (c == '"')
            break;
        unsigned cp = c;
        if (c == '\\') {
            char e = *p->s++;
            switch (e) {
            case '"': cp = '"'; break;
            case '\\': cp = '\\'; break;
            case '/': cp = '/'; break;
            case 'b': cp = '\b'; break;
            case 'f': cp = '\f'; break;
            case 'n': cp = '\n'; break;
            case 'r': cp = '\r'; break;
            case 't': cp = '\t'; break;
            case 'u': {
                cp = 0;
                for (int i = 0; i < 4; i++) {
                    int h = hexval(*p->s++);
                    if (h < 0)
                        goto fail;
                    cp = cp * 16 + (unsigned)h;
                }
                break;
            }
            default: goto fail;
            }
            if (!put_cp(&buf, &len, &cap, cp))
                goto fail;
        } else {
            if (len + 2 >= cap) {
                cap *= 2;
                char *q = realloc(buf, cap);
                if (!q)
                    goto fail;
                buf = q;
            }
            buf[len++] = (char)c;
            buf[len] = 0;
        }
    }
    *out = buf;
    return true;
fail:
    free(buf);
    return false;
}

static bool value(P *p, CjVal *v);

static bool push(CjVal *v, CjVal item, char *key)
{
    CjVal *it = realloc(v->items, (v->n + 1) * sizeof *it);
    if (!it)
        return false;
    v->items = it;
    if (v->t == CJ_OBJ) {
        char **k = realloc(v->keys, (v->n + 1) * sizeof *k);
        if (!k)
            return false;
        v->keys = k;
        v->keys[v->n] = key;
    }
    v->items[v->n++] = item;
    return true;
}

static bool container(P *p, CjVal *v, char close)
{
    p->s++;
    ws(p);
    if (*p->s == close) {
        p->s++;
        return true;
    }
    for (;;) {
        char *key = NULL;
        ws(p);
        if (v->t == CJ_OBJ) {
            if (!string(p, &key))
                return false;
            ws(p);
            if (*p->s++ != ':') {
                free(key);
                return false;
            }
        }
        CjVal item;
        if (!value(p, &item) || !push(v, item, key)) {
            free(key);
            return false;
        }
        ws(p);
        if (*p->s == ',') {
            p->s++;
            continue;
        }
        if (*p->s == close) {
            p->s++;
            return true;
        }
        return false;
    }
}

static bool number(P *p, CjVal *v)
{
    const char *s = p->s;
    if (*s == '-')
        s++;
    if (*s == '0')
        s++;
    else if (*s >= '1' && *s <= '9')
        while (*s >= '0' && *s <= '9')
            s++;
    else
        return false;
    if (*s == '.') {
        s++;
        if (!(*s >= '0' && *s <= '9'))
            return false;
        while (*s >= '0' && *s <= '9')
            s++;
    }
    if (*s == 'e' || *s == 'E') {
        s++;
        if (*s == '+' || *s == '-')
            s++;
        if (!(*s >= '0' && *s <= '9'))
            return false;
        while (*s >= '0' && *s <= '9')
            s++;
    }
    v->t = CJ_NUM;
    v->num = strtod(p->s, NULL);
    p->s = s;
    return true;
}

static bool value(P *p, CjVal *v)
{
    memset(v, 0, sizeof *v);
    if (++p->depth > 200)
        return false;
    ws(p);
    bool ok;
    switch (*p->s) {
    case '{': v->t = CJ_OBJ; ok = container(p, v, '}'); break;
    case '[': v->t = CJ_ARR; ok = container(p, v, ']'); break;
    case '"': v->t = CJ_STR; ok = string(p, &v->str); break;
    case 't': ok = strncmp(p->s, "true", 4) == 0; v->t = CJ_BOOL; v->b = true; p->s += ok ? 4 : 0; break;
    case 'f': ok = strncmp(p->s, "false", 5) == 0; v->t = CJ_BOOL; p->s += ok ? 5 : 0; break;
    case 'n': ok = strncmp(p->s, "null", 4) == 0; v->t = CJ_NULL; p->s += ok ? 4 : 0; break;
    default: ok = number(p, v);
    }
    p->depth--;
    return ok;
}

bool cj_parse(const char *text, CjVal *out)
{
    P p = {text, 0};
    if (!value(&p, out)) {
        cj_free(out);
        return false;
    }
    ws(&p);
    if (*p.s) {
        cj_free(out);
        return false;
    }
    return true;
}

void cj_free(CjVal *v)
{
    for (size_t i = 0; i < v->n; i++) {
        cj_free(&v->items[i]);
        if (v->keys)
            free(v->keys[i]);
    }
    free(v->items);
    free(v->keys);
    free(v->str);
    memset(v, 0, sizeof *v);
}

const CjVal *cj_get(const CjVal *obj, const char *key)
{
    if (!obj || obj->t != CJ_OBJ)
        return NULL;
    for (size_t i = 0; i < obj->n; i++)
        if (strcmp(obj->keys[i], key) == 0)
            return &obj->items[i];
    return NULL;
}

bool cj_keys_are(const CjVal *obj, const char *keys)
{
    if (!obj || obj->t != CJ_OBJ)
        return false;
    size_t i = 0;
    const char *k = keys;
    while (*k) {
        const char *e = strchr(k, ',');
        size_t n = e ? (size_t)(e - k) : strlen(k);
        if (i >= obj->n || strlen(obj->keys[i]) != n || strncmp(obj->keys[i], k, n) != 0)
            return false;
        i++;
        k += n + (e ? 1 : 0);
    }
    return i == obj->n;
}

/* ---- XML ---- */

static bool name_char(char c, bool first)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || (unsigned char)c >= 0x80 ||
           (!first && ((c >= '0' && c <= '9') || c == '-' || c == '.'));
}

/* Character data up to the next '<' (or the closing quote): entities must be known. */
static bool chardata(const char **s, char stop)
{
    while (**s && **s != '<' && **s != stop) {
        if (**s == '&') {
            const char *e = strchr(*s, ';');
            if (!e)
                return false;
            size_t n = (size_t)(e - *s - 1);
            const char *ent = *s + 1;
            bool known = (n == 3 && !strncmp(ent, "amp", 3)) || (n == 2 && !strncmp(ent, "lt", 2)) ||
                         (n == 2 && !strncmp(ent, "gt", 2)) || (n == 4 && !strncmp(ent, "apos", 4)) ||
                         (n == 4 && !strncmp(ent, "quot", 4)) || (n >= 2 && ent[0] == '#');
            if (!known)
                return false;
            *s = e + 1;
            continue;
        }
        unsigned char c = (unsigned char)**s;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return false;
        (*s)++;
    }
    return true;
}

bool xml_well_formed(const char *text)
{
    const char *s = text;
    if (strncmp(s, "<?xml", 5) == 0) {
        const char *e = strstr(s, "?>");
        if (!e)
            return false;
        s = e + 2;
    }
    const char *stack[64];
    size_t stack_len[64];
    int depth = 0, roots = 0;
    for (;;) {
        const char *t = s;
        if (!chardata(&s, 0))
            return false;
        if (depth == 0)
            for (; t < s; t++)
                if (*t != ' ' && *t != '\n' && *t != '\t' && *t != '\r')
                    return false;   /* text outside the root */
        if (!*s)
            break;
        s++;   /* '<' */
        bool closing = *s == '/';
        if (closing)
            s++;
        const char *name = s;
        if (!name_char(*s, true))
            return false;
        while (name_char(*s, false))
            s++;
        size_t nlen = (size_t)(s - name);
        if (closing) {
            while (*s == ' ')
                s++;
            if (*s++ != '>' || depth == 0)
                return false;
            depth--;
            if (stack_len[depth] != nlen || strncmp(stack[depth], name, nlen) != 0)
                return false;
            continue;
        }
        for (;;) {
            bool space = *s == ' ' || *s == '\n' || *s == '\t';
            while (*s == ' ' || *s == '\n' || *s == '\t')
                s++;
            if (*s == '>' || (*s == '/' && s[1] == '>'))
                break;
            if (!space || !name_char(*s, true))
                return false;
            while (name_char(*s, false))
                s++;
            if (*s++ != '=')
                return false;
            char q = *s++;
            if (q != '"' && q != '\'')
                return false;
            if (!chardata(&s, q) || *s != q)
                return false;
            s++;
        }
        if (depth == 0 && ++roots > 1)
            return false;
        if (*s == '/') {
            s += 2;
            continue;
        }
        s++;
        if (depth == 64)
            return false;
        stack[depth] = name;
        stack_len[depth] = nlen;
        depth++;
    }
    return depth == 0 && roots == 1;
}
