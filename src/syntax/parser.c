/* parser.c: parser state, token helpers, error recording, node and list construction, and the entry point. */
#include "syntax/parser_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <utf8proc.h>

#include "syntax/lexer.h"

bool accept_kw(Parser *p, KwId k)
{
    if (!at_kw(p, k))
        return false;
    advance(p);
    return true;
}

const char *tok_describe(const Parser *p, const Token *t, char *buf, size_t cap)
{
    switch (t->kind) {
    case TK_NAME:
        if (t->kw) {
            snprintf(buf, cap, "`%s`", keyword_text((KwId)t->kw));
            return buf;
        }
        return "identifier";
    case TK_NUMBER: {
        const char *s = p->src + t->start;
        uint32_t n = t->end - t->start;
        if (n && (s[n - 1] | 0x20) == 'j')
            return "complex";
        if (!(n > 1 && s[0] == '0' && ((s[1] | 0x20) == 'x' || (s[1] | 0x20) == 'o' || (s[1] | 0x20) == 'b')))
            for (uint32_t i = 0; i < n; i++)
                if (s[i] == '.' || s[i] == 'e' || s[i] == 'E')
                    return "float";
        return "int";
    }
    case TK_STRING: return "string";
    case TK_FSTRING_START: return "FStringStart";
    case TK_FSTRING_MIDDLE: return "FStringMiddle";
    case TK_FSTRING_END: return "FStringEnd";
    case TK_TSTRING_START: return "TStringStart";
    case TK_TSTRING_MIDDLE: return "TStringMiddle";
    case TK_TSTRING_END: return "TStringEnd";
    case TK_NEWLINE: return "newline";
    case TK_ENDMARKER: return "end of file";
    case TK_INDENT: return "indent";
    case TK_DEDENT: return "dedent";
    default:
        snprintf(buf, cap, "`%s`", token_op_text((TokKind)t->kind) ? token_op_text((TokKind)t->kind) : "?");
        return buf;
    }
}

void perr_expected(Parser *p, const char *what)
{
    const Token *t = cur(p);
    perrf(p, t->start, t->end, "Expected %s", what);
}

bool expect_failed(Parser *p, TokKind k)
{
    const Token *t = cur(p);
    char buf[32];
    perrf(p, t->start, t->end, "Expected `%s`, found %s", token_op_text(k) ? token_op_text(k) : token_kind_name(k),
          tok_describe(p, t, buf, sizeof buf));
    return false;
}

bool expect_kw(Parser *p, KwId k)
{
    if (accept_kw(p, k))
        return true;
    const Token *t = cur(p);
    char buf[32];
    perrf(p, t->start, t->end, "Expected `%s`, found %s", keyword_text(k), tok_describe(p, t, buf, sizeof buf));
    return false;
}

void perr(Parser *p, uint32_t start, uint32_t end, const char *msg)
{
    /* one error per position keeps cascades short */
    if (p->errs->len && p->errs->data[p->errs->len - 1].start == start)
        return;
    syntax_error_add(p->errs, p->a, start, end, msg, false);
}

void perrf(Parser *p, uint32_t start, uint32_t end, const char *fmt, ...)
{
    if (p->errs->len && p->errs->data[p->errs->len - 1].start == start)
        return;
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    syntax_error_add(p->errs, p->a, start, end, buf, true);
}

void perr_here(Parser *p)
{
    const Token *t = cur(p);
    if (t->kind == TK_INDENT)
        perr(p, t->start, t->end, "Unexpected indentation");
    else if (t->kind == TK_ENDMARKER)
        perr(p, t->start, t->end, "unexpected EOF while parsing");
    else
        perr(p, t->start, t->end, "Expected a statement");
}

void skip_line(Parser *p)
{
    int nest = 0;
    while (!at(p, TK_ENDMARKER)) {
        TokKind k = kind(p);
        if (k == TK_INDENT)
            nest++;
        else if (k == TK_DEDENT) {
            if (nest == 0)
                return;
            nest--;
        }
        advance(p);
        if (k == TK_NEWLINE && nest == 0)
            return;
    }
}

bool enter_failed(Parser *p, bool link)
{
    const Token *t = cur(p);
    perr(p, t->start, t->end, link ? "expression too complex" : "too many nested expressions or statements");
    return false;
}

/* Pool chunks stay below the size where memset turns to `rep stosb` (2 KiB on glibc). */
#define POOL_CHUNK 2000
#define POOL_MAX 256 /* larger requests go to the arena directly */

void *palloc_slow(Parser *p, size_t n)
{
    if (p->oom)
        return NULL;
    if (n > POOL_MAX)
        return arena_alloc(p->a, n);
    char *c = arena_alloc_raw(p->a, POOL_CHUNK);
    if (!c)
        return NULL;
    memset(c, 0, p->pool_chunk);
    p->pool = c + n;
    p->pool_left = (uint32_t)(POOL_CHUNK - n);
    return c;
}

Node *mk_oom(Parser *p, AstKind k)
{
    p->oom = true;
    memset(p->sink, 0, sizeof(Node));
    p->sink->kind = (uint16_t)k;
    return p->sink;
}

Node *error_expr(Parser *p, uint32_t start, uint32_t end)
{
    Node *n = mk(p, AST_Name, start, end);
    n->as.Name.id = (Str){"", 0};
    n->as.Name.ctx = OP_Load;
    n->flags |= NF_ERROR;
    return n;
}

Str str_dup(Parser *p, const char *s, size_t n)
{
    char *d = palloc(p, n + 1);
    if (!d) {
        p->oom = true;
        return (Str){"", 0};
    }
    if (n)
        memcpy(d, s, n);
    return (Str){d, n};
}

Str name_str_scan(Parser *p, const Token *t)
{
    Str s = tok_str(p, t);
    for (size_t i = 0; i < s.len; i++) {
        if ((unsigned char)s.ptr[i] >= 0x80) {
            char *tmp = arena_strndup(p->a, s.ptr, s.len);
            if (!tmp)
                return s;
            utf8proc_uint8_t *norm = utf8proc_NFKC((const utf8proc_uint8_t *)tmp);
            if (!norm)
                return s;
            Str r = str_dup(p, (const char *)norm, strlen((const char *)norm));
            free(norm);
            return r;
        }
    }
    return s;
}

NodeList list_finish(Parser *p, uint32_t mark)
{
    NodeList l = {NULL, 0};
    uint32_t n = p->nodes.len - mark;
    if (n) {
        l.items = palloc(p, sizeof(Node *) * n);
        if (!l.items) {
            p->oom = true;
        } else {
            Node **from = p->nodes.data + mark;
            if (n <= 4) { /* most lists: cheaper than a call to memcpy */
                for (uint32_t i = 0; i < n; i++)
                    l.items[i] = from[i];
            } else {
                memcpy(l.items, from, sizeof(Node *) * n);
            }
            l.len = n;
        }
    }
    p->nodes.len = mark;
    return l;
}

NodeList list_one(Parser *p, Node *n)
{
    uint32_t m = list_mark(p);
    list_push(p, n);
    return list_finish(p, m);
}

/* Kinds the grammar does not see: in a module, and in eval mode (which drops line structure too). */
static const uint8_t skip_module[256] = {[TK_COMMENT] = 1, [TK_NL] = 1, [TK_ERRORTOKEN] = 1};
static const uint8_t skip_eval[256] = {[TK_COMMENT] = 1, [TK_NL] = 1, [TK_ERRORTOKEN] = 1,
                                       [TK_NEWLINE] = 1, [TK_INDENT] = 1, [TK_DEDENT] = 1};

/* Tokenize and set up the parser at the first significant token. */
static bool parser_init(Parser *p, Arena *a, const char *src, uint32_t len, ParseResult *out, bool eval)
{
    memset(out, 0, sizeof *out);
    if (!lex_source(a, src, len, &out->tokens, &out->errors))
        return false;
    memset(p, 0, sizeof *p);
    p->a = a;
    p->src = src;
    p->len = len;
    p->errs = &out->errors;
    p->pool_chunk = POOL_CHUNK;
    p->sink = arena_alloc(a, sizeof(Node));
    if (!p->sink || !out->tokens.len)
        return false;
    p->t = out->tokens.data;
    p->n = out->tokens.len;
    p->skip = eval ? skip_eval : skip_module;
    p->pos = p->t;
    while (p->skip[p->pos->kind])
        p->pos++;
    return true;
}

static int error_cmp(const void *a, const void *b)
{
    const SyntaxError *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->end < y->end ? -1 : x->end > y->end;
}

/* Free the scratch stacks and put the lexer's and the parser's errors in source order. */
static bool parser_done(Parser *p)
{
    if (p->errs->len > 1)
        qsort(p->errs->data, p->errs->len, sizeof(SyntaxError), error_cmp);
    vec_free(&p->nodes);
    vec_free(&p->idents);
    vec_free(&p->ops);
    vec_free(&p->parts);
    buf_free(&p->text);
    return !p->oom;
}

bool parse_expression_source(Arena *a, const char *src, uint32_t len, ParseResult *out)
{
    Parser p;
    if (!parser_init(&p, a, src, len, out, true))
        return false;
    /* Ruff's expression mode: one expression list, without `yield` or starred items */
    Node *body;
    if (at_kw(&p, KW_YIELD)) {
        body = parse_yield_expr(&p);
        perr(&p, body->start, body->end, "Yield expression cannot be used here");
    } else {
        body = parse_star_expressions(&p);
        const NodeList *items = body->kind == AST_Tuple && !(body->flags & NF_PARENS) ? &body->as.Tuple.elts : NULL;
        for (uint32_t i = 0; i < (items ? items->len : 1); i++) {
            const Node *e = items ? items->items[i] : body;
            if (e->kind == AST_Starred)
                perr(&p, e->start, e->end, "Starred expression cannot be used here");
        }
    }
    if (!at(&p, TK_ENDMARKER))
        perr(&p, cur(&p)->start, cur(&p)->end, "Unexpected token at the end of an expression");
    out->module = mk(&p, AST_Expression, 0, len);
    out->module->as.Expression.body = body;
    return parser_done(&p);
}

bool parse_module(Arena *a, const char *src, uint32_t len, ParseResult *out)
{
    Parser p;
    if (!parser_init(&p, a, src, len, out, false))
        return false;
    out->module = parse_module_body(&p);
    return parser_done(&p);
}
