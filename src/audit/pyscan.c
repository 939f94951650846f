/* pyscan.c: answers token-level questions about Python source using snipe's tokenizer. */
#include "audit/pyscan.h"

#include <string.h>

#include "syntax/lexer.h"

typedef struct Scan {
    Arena arena;
    const char *src;
    Token *tok;         /* significant tokens: comments and NL removed */
    uint32_t n;
} Scan;

static bool scan_open(Scan *s, const char *src, size_t len)
{
    arena_init(&s->arena);
    s->src = src;
    s->tok = NULL;
    s->n = 0;
    if (len > UINT32_MAX)
        return false;
    TokenList toks = {0};
    SyntaxErrors errs = {0};
    if (!lex_source(&s->arena, src, (uint32_t)len, &toks, &errs))
        return false;
    s->tok = toks.data;
    for (uint32_t i = 0; i < toks.len; i++)
        if (toks.data[i].kind != TK_COMMENT && toks.data[i].kind != TK_NL)
            s->tok[s->n++] = toks.data[i];
    return true;
}

static void scan_close(Scan *s)
{
    arena_free(&s->arena);
}

static bool is(const Scan *s, uint32_t i, TokKind k)
{
    return i < s->n && s->tok[i].kind == k;
}

static bool is_name(const Scan *s, uint32_t i, const char *name)
{
    if (!is(s, i, TK_NAME))
        return false;
    size_t n = strlen(name);
    return s->tok[i].end - s->tok[i].start == n && memcmp(s->src + s->tok[i].start, name, n) == 0;
}

static uint32_t line_of(const Scan *s, uint32_t i)
{
    uint32_t line = 1;
    for (uint32_t k = 0; k < s->tok[i].start; k++)
        line += s->src[k] == '\n';
    return line;
}

uint32_t py_find_call(const char *src, size_t len, const char *name)
{
    Scan s;
    uint32_t line = 0;
    if (scan_open(&s, src, len))
        for (uint32_t i = 0; i + 1 < s.n && !line; i++)
            if (is_name(&s, i, name) && is(&s, i + 1, TK_LPAR) && !(i > 0 && is(&s, i - 1, TK_DOT)) &&
                !(i > 0 && is_name(&s, i - 1, "def")))
                line = line_of(&s, i);
    scan_close(&s);
    return line;
}

uint32_t py_find_assign(const char *src, size_t len, const char *name)
{
    Scan s;
    uint32_t line = 0;
    if (scan_open(&s, src, len)) {
        int depth = 0;
        for (uint32_t i = 0; i < s.n && !line; i++) {
            if (is(&s, i, TK_INDENT))
                depth++;
            else if (is(&s, i, TK_DEDENT))
                depth--;
            bool stmt_start = i == 0 || is(&s, i - 1, TK_NEWLINE) || is(&s, i - 1, TK_INDENT) ||
                              is(&s, i - 1, TK_DEDENT) || is(&s, i - 1, TK_SEMI);
            if (depth == 0 && stmt_start && is_name(&s, i, name) &&
                (is(&s, i + 1, TK_EQUAL) || is(&s, i + 1, TK_COLON) || is(&s, i + 1, TK_PLUSEQUAL)))
                line = line_of(&s, i);
        }
    }
    scan_close(&s);
    return line;
}

uint32_t py_find_subclass(const char *src, size_t len, const char *suffix)
{
    Scan s;
    uint32_t line = 0;
    size_t sl = strlen(suffix);
    if (scan_open(&s, src, len))
        for (uint32_t i = 0; i + 2 < s.n && !line; i++) {
            if (!is_name(&s, i, "class") || !is(&s, i + 1, TK_NAME) || !is(&s, i + 2, TK_LPAR))
                continue;
            int depth = 1;
            for (uint32_t k = i + 3; k < s.n && depth > 0 && !line; k++) {
                const Token *t = &s.tok[k];
                if (t->kind == TK_LPAR)
                    depth++;
                else if (t->kind == TK_RPAR)
                    depth--;
                else if (t->kind == TK_NAME && t->end - t->start >= sl &&
                         memcmp(s.src + t->end - sl, suffix, sl) == 0)
                    line = line_of(&s, i);
            }
        }
    scan_close(&s);
    return line;
}

uint32_t py_find_name(const char *src, size_t len, const char *name)
{
    Scan s;
    uint32_t line = 0;
    if (scan_open(&s, src, len))
        for (uint32_t i = 0; i < s.n && !line; i++)
            if (is_name(&s, i, name))
                line = line_of(&s, i);
    scan_close(&s);
    return line;
}

uint32_t py_find_kwarg(const char *src, size_t len, const char *name)
{
    Scan s;
    uint32_t line = 0;
    if (scan_open(&s, src, len))
        for (uint32_t i = 1; i + 1 < s.n && !line; i++)
            if (is_name(&s, i, name) && is(&s, i + 1, TK_EQUAL) && (is(&s, i - 1, TK_LPAR) || is(&s, i - 1, TK_COMMA)))
                line = line_of(&s, i);
    scan_close(&s);
    return line;
}
