/* parse_atom.c: atoms and primaries: names, numbers, constants, parenthesized forms, list / set /
 * dict displays and comprehensions, attribute / call / subscript trailers and slices. */
#include <stdlib.h>

#include "syntax/parser_internal.h"

static NodeList parse_comprehension(Parser *p);

void list_expected_expr(Parser *p, TokKind close)
{
    const Token *t = cur(p);
    perrf(p, t->start, t->end, "Expected an expression or a '%s'", token_op_text(close));
}

bool list_expected_comma(Parser *p)
{
    char buf[32];
    const Token *t = cur(p);
    perrf(p, t->start, t->end, "Expected `,`, found %s", tok_describe(p, t, buf, sizeof buf));
    return true;
}

/* The element of a comprehension, checked: `[*a for ...]` is not allowed. */
static NodeList parse_comprehension_of(Parser *p, const Node *elt)
{
    if (elt->kind == AST_Starred && !(elt->flags & NF_PARENS))
        perr(p, elt->start, elt->end, "iterable unpacking cannot be used in comprehension");
    return parse_comprehension(p);
}

/* ---- numbers ---- */

Node *parse_number(Parser *p)
{
    const Token *t = cur(p);
    Node *n = mk(p, AST_Constant, t->start, t->end);
    const char *s = p->src + t->start;
    uint32_t len = t->end - t->start;
    advance(p);
    /* the common case, an int: its value is its text, nothing to copy */
    bool hex0 = len > 1 && s[0] == '0' && (s[1] | 0x20) == 'x';
    uint32_t last = len;
    while (last && s[last - 1] == '_')
        last--;
    bool maybe_float = last && (s[last - 1] | 0x20) == 'j';
    for (uint32_t i = 0; i < len && !maybe_float && !hex0; i++)
        if (s[i] == '.' || s[i] == 'e' || s[i] == 'E')
            maybe_float = true;
    if (!maybe_float) {
        n->as.Constant.value.kind = CONST_INT;
        n->as.Constant.value.str = s;
        n->as.Constant.value.len = len;
        return n;
    }
    char buf[512];
    char *tmp = len < sizeof buf ? buf : malloc(len + 1);
    if (!tmp) {
        p->oom = true;
        return n;
    }
    uint32_t k = 0;
    bool is_float = false, hex = len > 1 && s[0] == '0' && (s[1] | 0x20) == 'x';
    for (uint32_t i = 0; i < len; i++) {
        if (s[i] == '_')
            continue;
        if (!hex && (s[i] == '.' || s[i] == 'e' || s[i] == 'E'))
            is_float = true;
        tmp[k++] = s[i];
    }
    tmp[k] = 0;
    ConstValue *v = &n->as.Constant.value;
    if (k && (tmp[k - 1] | 0x20) == 'j') {
        tmp[k - 1] = 0;
        v->kind = CONST_COMPLEX;
        v->num = strtod(tmp, NULL);
    } else if (is_float) {
        v->kind = CONST_FLOAT;
        v->num = strtod(tmp, NULL);
    } else {
        v->kind = CONST_INT;
        v->str = s;
        v->len = len;
    }
    if (tmp != buf)
        free(tmp);
    return n;
}

/* ---- atoms ---- */

static Node *mk_const(Parser *p, ConstKind k, const Token *t)
{
    Node *n = mk(p, AST_Constant, t->start, t->end);
    n->as.Constant.value.kind = (uint8_t)k;
    return n;
}

/* Split the (key, value) pairs pushed since `mark` into two lists. */
static void finish_pairs(Parser *p, uint32_t mark, NodeList *keys, NodeList *values)
{
    uint32_t n = (p->nodes.len - mark) / 2;
    keys->len = values->len = 0;
    keys->items = values->items = NULL;
    if (n) {
        keys->items = palloc(p, sizeof(Node *) * n);
        values->items = palloc(p, sizeof(Node *) * n);
        if (!keys->items || !values->items) {
            p->oom = true;
        } else {
            for (uint32_t i = 0; i < n; i++) {
                keys->items[i] = p->nodes.data[mark + 2 * i];
                values->items[i] = p->nodes.data[mark + 2 * i + 1];
            }
            keys->len = values->len = n;
        }
    }
    p->nodes.len = mark;
}


/* '(' ... ')': empty tuple, parenthesized expression or yield, tuple, generator expression. */
static Node *parse_paren(Parser *p)
{
    uint32_t start = cur(p)->start;
    advance(p);
    if (accept(p, TK_RPAR)) {
        Node *t = mk(p, AST_Tuple, start, p->prev_end);
        t->as.Tuple.ctx = OP_Load;
        t->flags |= NF_PARENS;
        return t;
    }
    if (at_kw(p, KW_YIELD)) {
        Node *y = parse_yield_expr(p);
        expect(p, TK_RPAR);
        y->flags |= NF_PARENS;
        return y;
    }
    Node *first = parse_star_named_expression(p);
    if (parse_at_comp_for(p)) {
        NodeList gens = parse_comprehension_of(p, first);
        expect(p, TK_RPAR);
        Node *g = mk(p, AST_GeneratorExp, start, p->prev_end);
        g->as.GeneratorExp.elt = first;
        g->as.GeneratorExp.generators = gens;
        return g;
    }
    if (at(p, TK_COMMA)) {
        uint32_t m = list_mark(p);
        list_push(p, first);
        const Token *before = NULL;
        while (list_next(p, TK_RPAR, before)) {
            if (at(p, TK_RPAR) || !parse_can_start_expr(p))
                break;
            before = p->pos;
            list_push(p, parse_star_named_expression(p));
        }
        NodeList elts = list_finish(p, m);
        expect(p, TK_RPAR);
        Node *t = mk(p, AST_Tuple, start, p->prev_end);
        t->as.Tuple.elts = elts;
        t->as.Tuple.ctx = OP_Load;
        t->flags |= NF_PARENS;
        return t;
    }
    expect(p, TK_RPAR);
    if (first->kind == AST_Starred)
        perr(p, first->start, first->end, "cannot use starred expression here");
    first->flags |= NF_PARENS;
    return first;
}

/* '[' ... ']': list display or list comprehension. */
static Node *parse_list(Parser *p)
{
    uint32_t start = cur(p)->start;
    advance(p);
    uint32_t m = list_mark(p);
    if (!at(p, TK_RSQB)) {
        Node *first = parse_star_named_expression(p);
        if (parse_at_comp_for(p)) {
            NodeList gens = parse_comprehension_of(p, first);
            expect(p, TK_RSQB);
            Node *c = mk(p, AST_ListComp, start, p->prev_end);
            c->as.ListComp.elt = first;
            c->as.ListComp.generators = gens;
            return c;
        }
        list_push(p, first);
        const Token *before = NULL;
        while (list_next(p, TK_RSQB, before)) {
            if (at(p, TK_RSQB) || !parse_can_start_expr(p))
                break;
            before = p->pos;
            list_push(p, parse_star_named_expression(p));
        }
    }
    NodeList elts = list_finish(p, m);
    expect(p, TK_RSQB);
    Node *l = mk(p, AST_List, start, p->prev_end);
    l->as.List.elts = elts;
    l->as.List.ctx = OP_Load;
    return l;
}

/* '{' ... '}': dict, set, dict or set comprehension. */
static Node *parse_brace(Parser *p)
{
    uint32_t start = cur(p)->start;
    advance(p);
    uint32_t m = list_mark(p);
    if (accept(p, TK_RBRACE)) {
        Node *d = mk(p, AST_Dict, start, p->prev_end);
        return d;
    }
    bool is_dict;
    if (accept(p, TK_DOUBLESTAR)) {
        list_push(p, NULL);
        list_push(p, parse_bitwise_or(p));
        is_dict = true;
        if (parse_at_comp_for(p))
            perr(p, cur(p)->start, cur(p)->end, "dict unpacking cannot be used in dict comprehension");
    } else {
        Node *first = parse_star_named_expression(p);
        if (at(p, TK_COLON) && (first->kind == AST_Starred || (first->kind == AST_NamedExpr && !(first->flags & NF_PARENS))))
            perr_here(p);
        if (accept(p, TK_COLON)) {
            Node *value = parse_expression(p);
            if (parse_at_comp_for(p)) {
                NodeList gens = parse_comprehension(p);
                expect(p, TK_RBRACE);
                Node *c = mk(p, AST_DictComp, start, p->prev_end);
                c->as.DictComp.key = first;
                c->as.DictComp.value = value;
                c->as.DictComp.generators = gens;
                return c;
            }
            list_push(p, first);
            list_push(p, value);
            is_dict = true;
        } else {
            if (parse_at_comp_for(p)) {
                NodeList gens = parse_comprehension_of(p, first);
                expect(p, TK_RBRACE);
                Node *c = mk(p, AST_SetComp, start, p->prev_end);
                c->as.SetComp.elt = first;
                c->as.SetComp.generators = gens;
                return c;
            }
            list_push(p, first);
            is_dict = false;
        }
    }
    const Token *before = NULL;
    while (list_next(p, TK_RBRACE, before)) {
        if (at(p, TK_RBRACE))
            break;
        before = p->pos;
        if (is_dict) {
            if (accept(p, TK_DOUBLESTAR)) {
                list_push(p, NULL);
                list_push(p, parse_bitwise_or(p));
            } else {
                if (!parse_can_start_expr(p))
                    break;
                list_push(p, parse_expression(p));
                expect(p, TK_COLON);
                list_push(p, parse_expression(p));
            }
        } else {
            if (!parse_can_start_expr(p))
                break;
            list_push(p, parse_star_named_expression(p));
        }
    }
    if (is_dict) {
        NodeList keys, values;
        finish_pairs(p, m, &keys, &values);
        expect(p, TK_RBRACE);
        Node *d = mk(p, AST_Dict, start, p->prev_end);
        d->as.Dict.keys = keys;
        d->as.Dict.values = values;
        return d;
    }
    NodeList elts = list_finish(p, m);
    expect(p, TK_RBRACE);
    Node *s = mk(p, AST_Set, start, p->prev_end);
    s->as.Set.elts = elts;
    return s;
}

/* atom -> NAME | True | False | None | strings | NUMBER | tuple | group | genexp | list | listcomp
 *       | dict | set | dictcomp | setcomp | '...' */
static Node *parse_atom(Parser *p)
{
    const Token *t = cur(p);
    switch (t->kind) {
    case TK_NAME:
        switch (t->kw) {
        case 0: {
            Node *n = mk_name(p, t, OP_Load);
            advance(p);
            return n;
        }
        case KW_NONE: advance(p); return mk_const(p, CONST_NONE, t);
        case KW_TRUE: advance(p); return mk_const(p, CONST_TRUE, t);
        case KW_FALSE: advance(p); return mk_const(p, CONST_FALSE, t);
        default: break;
        }
        break;
    case TK_NUMBER: return parse_number(p);
    case TK_STRING: case TK_FSTRING_START: case TK_TSTRING_START: return parse_strings(p);
    case TK_ELLIPSIS: advance(p); return mk_const(p, CONST_ELLIPSIS, t);
    case TK_LPAR: return parse_paren(p);
    case TK_LSQB: return parse_list(p);
    case TK_LBRACE: return parse_brace(p);
    default: break;
    }
    if (t->kind == TK_NAME && t->kw == KW_YIELD) {
        /* parse it anyway, as Ruff does, after saying it is out of place */
        perr(p, t->start, t->end, "Yield expression cannot be used here");
        return parse_yield_expr(p);
    }
    if (t->kind == TK_NAME && t->kw) {
        /* a keyword where a name should be: taken as one, as Ruff recovers */
        perrf(p, t->start, t->end, "Expected an identifier, but found a keyword `%s` that cannot be used here",
              keyword_text((KwId)t->kw));
        advance(p);
        return error_expr(p, t->start, t->end);
    }
    perr(p, t->start, t->end, "Expected an expression");
    return error_expr(p, t->start, t->start);
}

/* ---- primaries ---- */

/* slice -> [expression] ':' [expression] [':' [expression]] | named_expression | starred_expression */
static Node *parse_slice(Parser *p)
{
    uint32_t start = cur(p)->start;
    Node *lower = NULL;
    if (!at(p, TK_COLON)) {
        Node *e;
        if (at(p, TK_STAR)) {
            uint32_t s = cur(p)->start;
            advance(p);
            Node *v = parse_bitwise_or(p);
            e = mk(p, AST_Starred, s, p->prev_end);
            e->as.Starred.value = v;
            e->as.Starred.ctx = OP_Load;
            if (at(p, TK_COLON))
                perr_here(p);
            return e;
        } else {
            e = parse_named_expression(p);
        }
        if (!at(p, TK_COLON)) {
            if (!parse_can_start_expr(p) || e->kind == AST_Starred)
                return e;
            expect(p, TK_COLON); /* a[1 2]: Ruff reads a slice with its ':' missing */
        } else {
            if (e->kind == AST_NamedExpr && !(e->flags & NF_PARENS))
                perr(p, e->start, e->end, "Unparenthesized named expression cannot be used here");
            advance(p); /* ':' */
        }
        lower = e;
    } else {
        advance(p); /* ':' */
    }
    Node *upper = NULL, *step = NULL;
    if (!at(p, TK_COLON) && parse_can_start_expr(p))
        upper = parse_expression(p);
    if (accept(p, TK_COLON)) {
        if (parse_can_start_expr(p))
            step = parse_expression(p);
    }
    Node *s = mk(p, AST_Slice, start, p->prev_end);
    s->as.Slice.lower = lower;
    s->as.Slice.upper = upper;
    s->as.Slice.step = step;
    return s;
}

/* slices -> slice | ','.(slice | starred_expression)+ [','] */
static Node *parse_slices(Parser *p)
{
    uint32_t start = cur(p)->start;
    Node *first = parse_slice(p);
    if (!at(p, TK_COMMA)) {
        if (first->kind != AST_Starred)
            return first;
        /* a[*b] subscripts with the tuple (*b,) */
        Node *t = mk(p, AST_Tuple, start, p->prev_end);
        t->as.Tuple.elts = list_one(p, first);
        t->as.Tuple.ctx = OP_Load;
        return t;
    }
    uint32_t m = list_mark(p);
    list_push(p, first);
    const Token *before = NULL;
    while (list_next(p, TK_RSQB, before)) {
        if (at(p, TK_RSQB) || !(parse_can_start_expr(p) || at(p, TK_COLON)))
            break;
        before = p->pos;
        list_push(p, parse_slice(p));
    }
    NodeList elts = list_finish(p, m);
    Node *t = mk(p, AST_Tuple, start, p->prev_end);
    t->as.Tuple.elts = elts;
    t->as.Tuple.ctx = OP_Load;
    return t;
}

/* The trailers ('.' NAME | '(' arguments ')' | '[' slices ']')* after the atom n, which starts at `start`. */
__attribute__((noinline)) static Node *parse_trailers(Parser *p, uint32_t start, Node *n)
{
    int links = 0;
    for (;;) {
        TokKind k = kind(p);
        if ((k == TK_DOT || k == TK_LPAR || k == TK_LSQB)) {
            if (!enter_link(p)) {
                p->depth -= links;
                skip_line(p);
                return n;
            }
            links++;
        }
        if (k == TK_DOT) {
            advance(p);
            const Token *t = cur(p);
            Node *a = mk(p, AST_Attribute, start, t->end);
            a->as.Attribute.value = n;
            a->as.Attribute.ctx = OP_Load;
            if (t->kind == TK_NAME && t->kw == 0) {
                a->as.Attribute.attr = name_str(p, t);
                advance(p);
            } else {
                perr(p, t->start, t->end, "Expected an identifier");
                a->end = p->prev_end;
                a->flags |= NF_ERROR;
                a->as.Attribute.attr = (Str){"", 0};
            }
            n = a;
        } else if (k == TK_LPAR) {
            uint32_t lpar = cur(p)->start;
            advance(p);
            Node *c = mk(p, AST_Call, start, 0);
            c->as.Call.func = n;
            parse_call_args(p, &c->as.Call.args, &c->as.Call.keywords, lpar, false);
            expect(p, TK_RPAR);
            c->end = p->prev_end;
            n = c;
        } else if (k == TK_LSQB) {
            advance(p);
            Node *s = mk(p, AST_Subscript, start, 0);
            s->as.Subscript.value = n;
            s->as.Subscript.ctx = OP_Load;
            s->as.Subscript.slice = parse_slices(p);
            expect(p, TK_RSQB);
            s->end = p->prev_end;
            n = s;
        } else {
            p->depth -= links;
            return n;
        }
    }
}

/* primary -> atom ('.' NAME | '(' arguments ')' | '[' slices ']')*
 * A name without trailers (the most common primary) takes no call. */
Node *parse_atom_primary(Parser *p)
{
    const Token *t = cur(p);
    uint32_t start = t->start;
    Node *n;
    if (t->kind == TK_NAME && t->kw == 0) {
        n = mk_name(p, t, OP_Load);
        advance(p);
    } else {
        n = parse_atom(p);
    }
    TokKind k = kind(p);
    if (k != TK_DOT && k != TK_LPAR && k != TK_LSQB)
        return n;
    return parse_trailers(p, start, n);
}

/* for_if_clauses -> (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+ */
static NodeList parse_comprehension(Parser *p)
{
    uint32_t m = list_mark(p);
    while (parse_at_comp_for(p)) {
        uint32_t start = cur(p)->start;
        bool is_async = accept_kw(p, KW_ASYNC);
        advance(p); /* for */
        Node *target = parse_star_targets(p);
        Node *iter;
        if (accept_kw(p, KW_IN)) {
            iter = parse_disjunction(p);
        } else {
            perr(p, cur(p)->start, cur(p)->end, "expected 'in'");
            iter = error_expr(p, p->prev_end, p->prev_end);
        }
        uint32_t im = list_mark(p);
        while (accept_kw(p, KW_IF))
            list_push(p, parse_disjunction(p));
        NodeList ifs = list_finish(p, im);
        Node *c = mk(p, AST_comprehension, start, p->prev_end);
        c->as.comprehension.target = target;
        c->as.comprehension.iter = iter;
        c->as.comprehension.ifs = ifs;
        c->as.comprehension.is_async = is_async;
        list_push(p, c);
    }
    return list_finish(p, m);
}

/* Generator expression as the sole call argument: its range is the call's parentheses. */
Node *parse_call_genexp(Parser *p, Node *elt, uint32_t lpar_start)
{
    NodeList gens = parse_comprehension(p);
    uint32_t end = at(p, TK_RPAR) ? cur(p)->end : p->prev_end;
    Node *g = mk(p, AST_GeneratorExp, lpar_start, end);
    g->as.GeneratorExp.elt = elt;
    g->as.GeneratorExp.generators = gens;
    return g;
}
