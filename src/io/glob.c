/* glob.c: globset-compatible glob parsing (tokens, `**` placement rules, classes, alternatives)
 * and translation to anchored PCRE2 patterns. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "glob.h"

#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/str.h"
#include "util/vec.h"

typedef enum { T_LIT, T_ANY, T_STAR, T_RPREFIX, T_RSUFFIX, T_RZOM, T_RE } TokKind;

typedef struct Tok {
    TokKind kind;
    char lit;             /* T_LIT */
    char *re;             /* T_RE: a class or a group of alternatives, already translated */
} Tok;

typedef Vec(Tok) Toks;

typedef struct GlobParser {
    const char *s;
    size_t pos;
    int prev;             /* the character consumed before the current one (-1 at the start) */
    bool litsep;
    int depth;            /* nesting of {...} */
    char *err;
    size_t errlen;
} GlobParser;

#define MAX_ALT_DEPTH 32

static int peek(const GlobParser *p) { return p->s[p->pos] ? (unsigned char)p->s[p->pos] : -1; }

static int bump(GlobParser *p)
{
    int c = peek(p);
    if (c >= 0) {
        p->pos++;
    }
    return c;
}

static void toks_free(Toks *t)
{
    for (uint32_t i = 0; i < t->len; i++)
        free(t->data[i].re);
    vec_free(t);
}

static bool push(Toks *t, TokKind k, char lit)
{
    Tok tok = {k, lit, NULL};
    return vec_push(t, tok);
}

static void put_escaped(Buf *b, unsigned char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '/')
        buf_putc(b, (char)c);
    else
        buf_printf(b, "\\x{%02x}", c);
}

static void emit(const GlobParser *p, const Toks *t, Buf *b)
{
    for (uint32_t i = 0; i < t->len; i++) {
        const Tok *k = &t->data[i];
        switch (k->kind) {
        case T_LIT: put_escaped(b, (unsigned char)k->lit); break;
        case T_ANY: buf_puts(b, p->litsep ? "[^/]" : "."); break;
        case T_STAR: buf_puts(b, p->litsep ? "[^/]*" : ".*"); break;
        case T_RPREFIX: buf_puts(b, "(?:/?|.*/)"); break;
        case T_RSUFFIX: buf_puts(b, "/.*"); break;
        case T_RZOM: buf_puts(b, "(?:/|/.*/)"); break;
        case T_RE: buf_puts(b, k->re); break;
        }
    }
}

static bool fail(GlobParser *p, const char *msg)
{
    snprintf(p->err, p->errlen, "%s", msg);
    return false;
}

/* `*`, or `**` with globset's rules for where it is recursive. */
static bool parse_star(GlobParser *p, Toks *t, bool in_alt)
{
    int prev = p->prev;
    if (peek(p) != '*')
        return push(t, T_STAR, 0);
    bump(p);
    if (t->len == 0) {
        if (peek(p) != -1 && peek(p) != '/')
            return push(t, T_STAR, 0) && push(t, T_STAR, 0);
        if (peek(p) == '/')
            bump(p);
        return push(t, T_RPREFIX, 0);
    }
    if (prev != '/' && (!in_alt || (prev != ',' && prev != '{')))
        return push(t, T_STAR, 0) && push(t, T_STAR, 0);
    bool suffix;
    int c = peek(p);
    if (c == -1)
        suffix = true;
    else if (in_alt && (c == ',' || c == '}'))
        suffix = true;
    else if (c == '/') {
        bump(p);
        suffix = false;
    } else
        return push(t, T_STAR, 0) && push(t, T_STAR, 0);
    Tok last = t->data[--t->len];
    free(last.re);
    if (last.kind == T_RPREFIX || last.kind == T_RSUFFIX)
        return push(t, last.kind, 0);
    return push(t, suffix ? T_RSUFFIX : T_RZOM, 0);
}

/* [...] after the '[': ranges, `!`/`^` negation, a leading `]` or `-` is literal. */
static bool parse_class(GlobParser *p, Toks *t)
{
    Buf b = {0};
    buf_putc(&b, '[');
    if (peek(p) == '!' || peek(p) == '^') {
        bump(p);
        buf_putc(&b, '^');
        if (p->litsep)
            buf_putc(&b, '/');
    }
    unsigned char lo = 0;
    bool first = true, in_range = false, have_lo = false;
    for (;;) {
        int c = bump(p);
        if (c < 0) {
            buf_free(&b);
            return fail(p, "unclosed character class; missing ']'");
        }
        if (c == ']' && !first)
            break;
        if (c == '-' && !first && !in_range && have_lo) {
            in_range = true;
            continue;
        }
        if (in_range) {
            if ((unsigned char)c < lo) {
                buf_free(&b);
                return fail(p, "invalid range in character class");
            }
            buf_putc(&b, '-');
            put_escaped(&b, (unsigned char)c);
            in_range = false;
            have_lo = false;
        } else {
            put_escaped(&b, (unsigned char)c);
            lo = (unsigned char)c;
            have_lo = true;
        }
        first = false;
    }
    if (in_range)
        put_escaped(&b, '-');
    buf_putc(&b, ']');
    if (b.failed) {
        buf_free(&b);
        return fail(p, "out of memory");
    }
    Tok tok = {T_RE, 0, b.data};
    if (!vec_push(t, tok)) {
        buf_free(&b);
        return fail(p, "out of memory");
    }
    return true;
}

static bool parse_seq(GlobParser *p, Toks *t, bool in_alt);

/* {a,b,...} after the '{'. */
static bool parse_alternates(GlobParser *p, Toks *t)
{
    if (++p->depth > MAX_ALT_DEPTH)
        return fail(p, "alternate groups nested too deeply");
    p->prev = '{';
    Buf b = {0};
    int parts = 0;
    for (;;) {
        Toks branch = {0};
        if (!parse_seq(p, &branch, true)) {
            toks_free(&branch);
            buf_free(&b);
            return false;
        }
        if (branch.len) {
            buf_puts(&b, parts++ ? "|" : "(?:");
            emit(p, &branch, &b);
        }
        toks_free(&branch);
        int c = bump(p);
        if (c < 0) {
            buf_free(&b);
            return fail(p, "unclosed alternate group; missing '}' (maybe escape '{' with '[{]'?)");
        }
        p->prev = c;
        if (c == '}')
            break;
    }
    p->depth--;
    if (parts)
        buf_putc(&b, ')');
    if (b.failed) {
        buf_free(&b);
        return fail(p, "out of memory");
    }
    if (!parts) {
        buf_free(&b);
        return true;
    }
    Tok tok = {T_RE, 0, b.data};
    if (!vec_push(t, tok)) {
        buf_free(&b);
        return fail(p, "out of memory");
    }
    return true;
}

/* A sequence of tokens up to the end, or inside {...} up to the next ',' or '}' (left unread). */
static bool parse_seq(GlobParser *p, Toks *t, bool in_alt)
{
    for (;;) {
        int c = peek(p);
        if (c < 0 || (in_alt && (c == ',' || c == '}')))
            return true;
        bump(p);
        bool ok;
        switch (c) {
        case '?': ok = push(t, T_ANY, 0); break;
        case '*': ok = parse_star(p, t, in_alt); break;
        case '[': ok = parse_class(p, t); break;
        case '{': ok = parse_alternates(p, t); break;
        case '\\': {
            int e = bump(p);
            if (e < 0)
                return fail(p, "dangling '\\'");
            ok = push(t, T_LIT, (char)e);
            c = e;
            break;
        }
        default: ok = push(t, T_LIT, (char)c); break;
        }
        if (!ok)
            return p->err[0] ? false : fail(p, "out of memory");
        p->prev = (unsigned char)p->s[p->pos - 1];
    }
}

char *glob_to_regex(const char *pattern, bool literal_separator, char *err, size_t errlen)
{
    GlobParser p = {pattern, 0, -1, literal_separator, 0, err, errlen};
    err[0] = 0;
    Toks t = {0};
    if (!parse_seq(&p, &t, false)) {
        toks_free(&t);
        return NULL;
    }
    Buf b = {0};
    buf_putc(&b, '^');
    if (t.len == 1 && t.data[0].kind == T_RPREFIX)
        buf_puts(&b, ".*");
    else
        emit(&p, &t, &b);
    buf_putc(&b, '$');
    toks_free(&t);
    if (b.failed) {
        buf_free(&b);
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    return b.data;
}

static bool is_literal(const char *s)
{
    return !strpbrk(s, "?*[{\\");
}

bool glob_compile(const char *pattern, bool literal_separator, Glob *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    out->pattern = strdup(pattern);
    if (!out->pattern) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    if (is_literal(pattern)) {
        out->literal = out->pattern;
        return true;
    }
    char *re = glob_to_regex(pattern, literal_separator, err, errlen);
    if (!re) {
        glob_free(out);
        return false;
    }
    int code;
    PCRE2_SIZE off;
    pcre2_code *c = pcre2_compile((PCRE2_SPTR)re, PCRE2_ZERO_TERMINATED, PCRE2_DOTALL, &code, &off, NULL);
    free(re);
    if (!c) {
        PCRE2_UCHAR msg[160];
        pcre2_get_error_message(code, msg, sizeof msg);
        snprintf(err, errlen, "cannot compile glob: %s", (const char *)msg);
        glob_free(out);
        return false;
    }
    pcre2_jit_compile(c, PCRE2_JIT_COMPLETE);
    out->re = c;
    return true;
}

bool glob_match_n(const Glob *g, const char *text, size_t len)
{
    if (g->literal)
        return strlen(g->literal) == len && memcmp(g->literal, text, len) == 0;
    pcre2_match_data *md = pcre2_match_data_create(1, NULL);
    if (!md)
        return false;
    int rc = pcre2_match((const pcre2_code *)g->re, (PCRE2_SPTR)text, len, 0, 0, md, NULL);
    pcre2_match_data_free(md);
    return rc >= 0;
}

bool glob_match(const Glob *g, const char *text) { return glob_match_n(g, text, strlen(text)); }

void glob_free(Glob *g)
{
    if (g->re)
        pcre2_code_free((pcre2_code *)g->re);
    free(g->pattern);
    memset(g, 0, sizeof *g);
}

char *glob_escape(const char *s)
{
    Buf b = {0};
    for (; *s; s++) {
        if (strchr("?*[]{}", *s)) {
            buf_putc(&b, '[');
            buf_putc(&b, *s);
            buf_putc(&b, ']');
        } else {
            buf_putc(&b, *s);
        }
    }
    if (!b.data && !b.failed)
        buf_puts(&b, "");
    if (b.failed) {
        buf_free(&b);
        return NULL;
    }
    return b.data;
}

bool globset_add(GlobSet *s, const char *pattern, char *err, size_t errlen)
{
    Glob g;
    if (!glob_compile(pattern, false, &g, err, errlen))
        return false;
    if (!vec_push(s, g)) {
        glob_free(&g);
        snprintf(err, errlen, "out of memory");
        return false;
    }
    return true;
}

bool globset_match(const GlobSet *s, const char *text)
{
    size_t n = strlen(text);
    for (uint32_t i = 0; i < s->len; i++)
        if (glob_match_n(&s->data[i], text, n))
            return true;
    return false;
}

void globset_free(GlobSet *s)
{
    for (uint32_t i = 0; i < s->len; i++)
        glob_free(&s->data[i]);
    free(s->data);
    memset(s, 0, sizeof *s);
}
