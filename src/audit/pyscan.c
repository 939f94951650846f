/* pyscan.c: a tokenizer-free scan of Python source: names and operators outside comments and strings. */
#include "pyscan.h"

#include <ctype.h>
#include <string.h>

void pyscan_init(PyScan *s, const char *src, size_t len)
{
    s->src = s->p = s->line_begin = src;
    s->end = src + len;
    s->line = 1;
    s->depth = 0;
    s->at_line_start = true;
}

static void newline(PyScan *s)
{
    s->line++;
    s->line_begin = s->p;
}

static bool name_start(unsigned char c) { return isalpha(c) || c == '_' || c >= 0x80; }
static bool name_char(unsigned char c) { return isalnum(c) || c == '_' || c >= 0x80; }

/* string prefix -> [rRbBuUfFtT]{0,2} before a quote */
static bool is_prefix(const char *p, size_t n)
{
    if (n > 2)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!strchr("rRbBuUfFtT", p[i]))
            return false;
    return true;
}

/* Skip a string body starting at the opening quote; the scanner stops at the end of the text
 * when the string is not closed. */
static void skip_string(PyScan *s, bool raw)
{
    char q = *s->p;
    bool triple = s->end - s->p >= 3 && s->p[1] == q && s->p[2] == q;
    s->p += triple ? 3 : 1;
    while (s->p < s->end) {
        char c = *s->p;
        if (c == '\\' && s->p + 1 < s->end) {
            if (s->p[1] == '\n') {
                s->p += 2;
                newline(s);
            } else {
                s->p += 2;
            }
            continue;
        }
        (void)raw;   /* in raw strings a backslash still keeps the next quote from closing */
        if (c == '\n') {
            s->p++;
            newline(s);
            if (!triple)
                return;          /* unterminated single-quoted string: stop at the line end */
            continue;
        }
        if (c == q) {
            if (!triple) {
                s->p++;
                return;
            }
            if (s->end - s->p >= 3 && s->p[1] == q && s->p[2] == q) {
                s->p += 3;
                return;
            }
        }
        s->p++;
    }
}

PyTok pyscan_next(PyScan *s)
{
    for (;;) {
        while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\f' || *s->p == '\r'))
            s->p++;
        if (s->p >= s->end)
            return (PyTok){.kind = PYT_END, .line = s->line};
        char c = *s->p;
        if (c == '\n') {
            s->p++;
            newline(s);
            if (s->depth == 0)
                s->at_line_start = true;
            continue;
        }
        if (c == '\\' && s->p + 1 < s->end && (s->p[1] == '\n' || s->p[1] == '\r')) {
            s->p += s->p[1] == '\r' && s->p + 2 < s->end && s->p[2] == '\n' ? 3 : 2;
            newline(s);
            continue;
        }
        if (c == '#') {
            while (s->p < s->end && *s->p != '\n')
                s->p++;
            continue;
        }
        PyTok t = {.ptr = s->p, .line = s->line, .col = (uint32_t)(s->p - s->line_begin),
                   .line_start = s->at_line_start};
        s->at_line_start = false;
        if (name_start((unsigned char)c)) {
            const char *q = s->p;
            while (q < s->end && name_char((unsigned char)*q))
                q++;
            if (q < s->end && (*q == '"' || *q == '\'') && is_prefix(s->p, (size_t)(q - s->p))) {
                bool raw = memchr(s->p, 'r', (size_t)(q - s->p)) || memchr(s->p, 'R', (size_t)(q - s->p));
                s->p = q;
                skip_string(s, raw);
                t.kind = PYT_STRING;
            } else {
                s->p = q;
                t.kind = PYT_NAME;
            }
        } else if (c == '"' || c == '\'') {
            skip_string(s, false);
            t.kind = PYT_STRING;
        } else if (isdigit((unsigned char)c) || (c == '.' && s->p + 1 < s->end && isdigit((unsigned char)s->p[1]))) {
            while (s->p < s->end && (isalnum((unsigned char)*s->p) || *s->p == '.' || *s->p == '_'))
                s->p++;
            t.kind = PYT_NUMBER;
        } else {
            if (c == '(' || c == '[' || c == '{')
                s->depth++;
            else if ((c == ')' || c == ']' || c == '}') && s->depth > 0)
                s->depth--;
            s->p++;
            t.kind = PYT_OP;
        }
        t.len = (uint32_t)(s->p - t.ptr);
        return t;
    }
}

static bool tok_is(const PyTok *t, PyTokKind k, const char *text)
{
    size_t n = strlen(text);
    return t->kind == k && t->len == n && memcmp(t->ptr, text, n) == 0;
}

uint32_t py_find_call(const char *src, size_t len, const char *name)
{
    PyScan s;
    pyscan_init(&s, src, len);
    PyTok prev = {.kind = PYT_END}, cur = pyscan_next(&s);
    while (cur.kind != PYT_END) {
        PyTok next = pyscan_next(&s);
        if (tok_is(&cur, PYT_NAME, name) && tok_is(&next, PYT_OP, "(") &&
            !tok_is(&prev, PYT_OP, ".") && !tok_is(&prev, PYT_NAME, "def"))
            return cur.line;
        prev = cur;
        cur = next;
    }
    return 0;
}

uint32_t py_find_assign(const char *src, size_t len, const char *name)
{
    PyScan s;
    pyscan_init(&s, src, len);
    PyTok cur = pyscan_next(&s);
    while (cur.kind != PYT_END) {
        PyTok next = pyscan_next(&s);
        if (cur.line_start && cur.col == 0 && tok_is(&cur, PYT_NAME, name)) {
            if (tok_is(&next, PYT_OP, ":"))
                return cur.line;
            if (tok_is(&next, PYT_OP, "=") || tok_is(&next, PYT_OP, "+")) {
                PyTok after = pyscan_next(&s);
                bool eq = tok_is(&next, PYT_OP, "=") ? !tok_is(&after, PYT_OP, "=") : tok_is(&after, PYT_OP, "=");
                if (eq)
                    return cur.line;
                cur = after;
                continue;
            }
        }
        cur = next;
    }
    return 0;
}

uint32_t py_find_subclass(const char *src, size_t len, const char *suffix)
{
    size_t sl = strlen(suffix);
    PyScan s;
    pyscan_init(&s, src, len);
    PyTok t = pyscan_next(&s);
    while (t.kind != PYT_END) {
        if (!tok_is(&t, PYT_NAME, "class")) {
            t = pyscan_next(&s);
            continue;
        }
        uint32_t line = t.line;
        PyTok n = pyscan_next(&s);
        PyTok open = pyscan_next(&s);
        if (n.kind != PYT_NAME || !tok_is(&open, PYT_OP, "(")) {
            t = open;
            continue;
        }
        int depth = 1;
        for (t = pyscan_next(&s); t.kind != PYT_END && depth > 0; t = pyscan_next(&s)) {
            if (tok_is(&t, PYT_OP, "("))
                depth++;
            else if (tok_is(&t, PYT_OP, ")"))
                depth--;
            else if (t.kind == PYT_NAME && t.len >= sl && memcmp(t.ptr + t.len - sl, suffix, sl) == 0)
                return line;
        }
    }
    return 0;
}

uint32_t py_find_name(const char *src, size_t len, const char *name)
{
    PyScan s;
    pyscan_init(&s, src, len);
    for (PyTok t = pyscan_next(&s); t.kind != PYT_END; t = pyscan_next(&s))
        if (tok_is(&t, PYT_NAME, name))
            return t.line;
    return 0;
}

uint32_t py_find_kwarg(const char *src, size_t len, const char *name)
{
    PyScan s;
    pyscan_init(&s, src, len);
    PyTok prev = {.kind = PYT_END}, cur = pyscan_next(&s);
    while (cur.kind != PYT_END) {
        PyTok next = pyscan_next(&s);
        if (tok_is(&cur, PYT_NAME, name) && tok_is(&next, PYT_OP, "=") &&
            (tok_is(&prev, PYT_OP, "(") || tok_is(&prev, PYT_OP, ","))) {
            PyTok after = pyscan_next(&s);
            if (!tok_is(&after, PYT_OP, "="))
                return cur.line;
            prev = next;
            cur = after;
            continue;
        }
        prev = cur;
        cur = next;
    }
    return 0;
}
