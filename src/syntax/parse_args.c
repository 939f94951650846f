/* parse_args.c: parameter lists (def and lambda), call arguments, and PEP 695 type parameter lists. */
#include "syntax/parser_internal.h"

/* param -> NAME [':' annotation]; star annotations ('*' expr) only for *args. */
static Node *parse_param(Parser *p, bool lambda, bool star_annotation)
{
    const Token *t = cur(p);
    Node *a = mk(p, AST_arg, t->start, t->end);
    if (!at_name(p)) {
        perr(p, t->start, t->end, "Expected a parameter or the end of the parameter list");
        a->as.arg.arg = (Str){"", 0};
        a->flags |= NF_ERROR;
        return a;
    }
    a->as.arg.arg = name_str(p, t);
    advance(p);
    if (!lambda && accept(p, TK_COLON)) {
        Node *ann = star_annotation && at(p, TK_STAR) ? parse_starred_expr(p) : parse_expression(p);
        a->as.arg.annotation = ann;
        a->end = p->prev_end;
    }
    return a;
}

/* Copy `n` nodes starting at stack index `from` with the given stride into an arena list,
 * skipping NULLs when skip_null. */
static NodeList gather(Parser *p, uint32_t from, uint32_t count, uint32_t stride, uint32_t offset, bool skip_null)
{
    NodeList l = {NULL, 0};
    if (!count)
        return l;
    l.items = palloc(p, sizeof(Node *) * count);
    if (!l.items) {
        p->oom = true;
        return l;
    }
    for (uint32_t i = 0; i < count; i++) {
        Node *n = p->nodes.data[from + i * stride + offset];
        if (n || !skip_null)
            l.items[l.len++] = n;
    }
    return l;
}

/* parameters -> the full def / lambda parameter grammar with '/', '*', '**', defaults and
 * annotations, up to (not including) `close`. Pairs (arg, default) are stacked in order. */
Node *parse_parameters(Parser *p, bool lambda, TokKind close)
{
    Node *args = mk(p, AST_arguments, cur(p)->start, cur(p)->start);
    uint32_t m = list_mark(p);
    uint32_t npos = 0, nposonly = 0, nkw = 0;
    bool slash = false, star = false, seen_default = false;
    while (!at(p, close) && !at(p, TK_NEWLINE) && !at(p, TK_ENDMARKER)) {
        const Token *t = cur(p);
        if (at(p, TK_SLASH)) {
            if (slash || star || npos == 0)
                perr(p, t->start, t->end, slash ? "/ may appear only once" : star ? "/ must be ahead of *"
                                                                                  : "at least one argument must precede /");
            else
                nposonly = npos;
            slash = true;
            advance(p);
        } else if (at(p, TK_STAR)) {
            if (star)
                perr(p, t->start, t->end, "* argument may appear only once");
            star = true;
            advance(p);
            if (!at(p, TK_COMMA) && !at(p, close))
                args->as.arguments.vararg = parse_param(p, lambda, true);
        } else if (at(p, TK_DOUBLESTAR)) {
            advance(p);
            args->as.arguments.kwarg = parse_param(p, lambda, false);
            accept(p, TK_COMMA);
            if (!at(p, close))
                perr(p, cur(p)->start, cur(p)->end, "arguments cannot follow var-keyword argument");
            break;
        } else {
            const Token *before = p->pos;
            Node *a = parse_param(p, lambda, false);
            Node *def = NULL;
            if (accept(p, TK_EQUAL)) {
                def = parse_expression(p);
                if (!star)
                    seen_default = true;
            } else if (seen_default && !star) {
                perr(p, a->start, a->end, "Parameter without a default cannot follow a parameter with a default");
            }
            list_push(p, a);
            list_push(p, def);
            if (star)
                nkw++;
            else
                npos++;
            if (p->pos == before)
                break; /* no progress: give up on the list */
        }
        if (accept(p, TK_COMMA))
            continue;
        if (at(p, close) || !(at(p, TK_NAME) || at(p, TK_STAR) || at(p, TK_DOUBLESTAR) || at(p, TK_SLASH)))
            break;
        char buf[32];
        perrf(p, cur(p)->start, cur(p)->end, "Expected `,`, found %s", tok_describe(p, cur(p), buf, sizeof buf));
    }
    uint32_t base = m;
    args->as.arguments.posonlyargs = gather(p, base, nposonly, 2, 0, false);
    args->as.arguments.args = gather(p, base + 2 * nposonly, npos - nposonly, 2, 0, false);
    args->as.arguments.defaults = gather(p, base, npos, 2, 1, true);
    args->as.arguments.kwonlyargs = gather(p, base + 2 * npos, nkw, 2, 0, false);
    args->as.arguments.kw_defaults = gather(p, base + 2 * npos, nkw, 2, 1, false);
    p->nodes.len = m;
    if (star && !args->as.arguments.vararg && nkw == 0)
        perr(p, args->start, p->prev_end, "named arguments must follow bare *");
    args->end = p->prev_end;
    return args;
}

/* arguments -> (starred | named_expression | NAME '=' expression | '**' expression) (',' ...)* [',']
 * Stops before ')'. A generator expression as the only argument spans the parentheses. */
void parse_call_args(Parser *p, NodeList *args, NodeList *keywords, uint32_t lpar_start, bool class_bases)
{
    uint32_t m = list_mark(p);
    uint32_t nargs = 0;
    bool seen_kw = false, seen_kwunpack = false;
    while (!at(p, TK_RPAR) && !at(p, TK_NEWLINE) && !at(p, TK_ENDMARKER)) {
        const Token *t = cur(p);
        const Token *before = p->pos;
        TokKind k1 = TK_ENDMARKER; /* the token after a NAME */
        if (at(p, TK_STAR)) {
            /* starred_expression -> '*' expression */
            if (seen_kwunpack)
                perr(p, t->start, t->end, "Iterable argument unpacking cannot follow keyword argument unpacking");
            advance(p);
            Node *v = parse_expression(p);
            Node *s = mk(p, AST_Starred, t->start, p->prev_end);
            s->as.Starred.value = v;
            s->as.Starred.ctx = OP_Load;
            list_push(p, s);
            nargs++;
        } else if (at(p, TK_DOUBLESTAR)) {
            advance(p);
            Node *v = parse_expression(p);
            Node *k = mk(p, AST_keyword, t->start, p->prev_end);
            k->as.keyword.value = v;
            list_push(p, k);
            seen_kw = seen_kwunpack = true;
        } else if (t->kind == TK_NAME && (k1 = kind_at(p, 1)) == TK_EQUAL) {
            if (t->kw)
                perr(p, t->start, t->end, "cannot assign to keyword");
            Str name = name_str(p, t);
            advance(p);
            advance(p);
            Node *v = parse_expression(p);
            Node *k = mk(p, AST_keyword, t->start, p->prev_end);
            k->as.keyword.arg = name;
            k->as.keyword.value = v;
            list_push(p, k);
            seen_kw = true;
        } else {
            /* after a NAME that is not followed by ':=' no walrus can start here */
            Node *e = t->kind == TK_NAME && k1 != TK_COLONEQUAL ? parse_expression_no_walrus(p) : parse_named_expression(p);
            if (parse_at_comp_for(p)) {
                bool alone = nargs == 0 && !seen_kw;
                uint32_t gstart = e->start; /* Ruff's error covers the generator without the call's `(` */
                e = parse_call_genexp(p, e, lpar_start);
                if (class_bases || !alone || at(p, TK_COMMA))
                    perr(p, gstart, p->prev_end, "Unparenthesized generator expression cannot be used here");
            } else if (seen_kw) {
                perr(p, e->start, e->end, seen_kwunpack ? "Positional argument cannot follow keyword argument unpacking"
                                                        : "Positional argument cannot follow keyword argument");
            }
            list_push(p, e);
            nargs++;
        }
        if (!list_next(p, TK_RPAR, before))
            break;
    }
    /* split into positional arguments and keywords, keeping their order */
    uint32_t n = p->nodes.len - m, nk = n - nargs;
    args->len = keywords->len = 0;
    args->items = nargs ? palloc(p, sizeof(Node *) * nargs) : NULL;
    keywords->items = nk ? palloc(p, sizeof(Node *) * nk) : NULL;
    if ((nargs && !args->items) || (nk && !keywords->items)) {
        p->oom = true;
    } else {
        for (uint32_t i = 0; i < n; i++) {
            Node *x = p->nodes.data[m + i];
            if (x->kind == AST_keyword)
                keywords->items[keywords->len++] = x;
            else
                args->items[args->len++] = x;
        }
    }
    p->nodes.len = m;
}

/* type_params -> '[' type_param (',' type_param)* [','] ']'
 * type_param -> NAME [':' expression] ['=' expression] | '*' NAME ['=' star_expression]
 *             | '**' NAME ['=' expression] */
NodeList parse_type_params(Parser *p)
{
    advance(p); /* '[' */
    uint32_t m = list_mark(p);
    while (!at(p, TK_RSQB) && !at(p, TK_NEWLINE) && !at(p, TK_ENDMARKER)) {
        uint32_t start = cur(p)->start;
        const Token *before = p->pos;
        AstKind k = AST_TypeVar;
        if (accept(p, TK_STAR))
            k = AST_TypeVarTuple;
        else if (accept(p, TK_DOUBLESTAR))
            k = AST_ParamSpec;
        const Token *t = cur(p);
        Node *n = mk(p, k, start, t->end);
        Str name = {"", 0};
        if (at_name(p)) {
            name = name_str(p, t);
            advance(p);
        } else {
            perr(p, t->start, t->end, "Expected an identifier");
        }
        if (k == AST_TypeVar) {
            n->as.TypeVar.name = name;
            if (accept(p, TK_COLON))
                n->as.TypeVar.bound = parse_expression(p);
            if (accept(p, TK_EQUAL))
                n->as.TypeVar.default_value = parse_expression(p);
        } else if (k == AST_TypeVarTuple) {
            n->as.TypeVarTuple.name = name;
            if (accept(p, TK_EQUAL))
                n->as.TypeVarTuple.default_value = at(p, TK_STAR) ? parse_starred_expr(p) : parse_expression(p);
        } else {
            n->as.ParamSpec.name = name;
            if (accept(p, TK_EQUAL))
                n->as.ParamSpec.default_value = parse_expression(p);
        }
        n->end = p->prev_end;
        list_push(p, n);
        if (p->pos == before)
            break;
        if (!accept(p, TK_COMMA))
            break;
    }
    NodeList l = list_finish(p, m);
    if (!l.len)
        perr(p, cur(p)->start, cur(p)->end, "Type parameter list cannot be empty");
    expect(p, TK_RSQB);
    return l;
}
