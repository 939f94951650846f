/* parse_pattern.c: match statement patterns (PEP 634): or, as, literal, capture, wildcard, value,
 * group, sequence, mapping, class and star patterns. */
#include "syntax/parser_internal.h"

static Node *parse_pattern(Parser *p);

/* signed_number ['+' | '-' NUMBER]: a number, a negated number, or a complex literal. */
static Node *parse_number_expr(Parser *p)
{
    Node *n;
    if (at(p, TK_MINUS)) {
        uint32_t start = cur(p)->start;
        advance(p);
        if (!at(p, TK_NUMBER)) {
            perr_here(p);
            return error_expr(p, start, p->prev_end);
        }
        Node *num = parse_number(p);
        n = mk(p, AST_UnaryOp, start, num->end);
        n->as.UnaryOp.op = OP_USub;
        n->as.UnaryOp.operand = num;
    } else {
        n = parse_number(p);
    }
    if ((at(p, TK_PLUS) || at(p, TK_MINUS)) && kind_at(p, 1) == TK_NUMBER) {
        bool plus = at(p, TK_PLUS);
        advance(p);
        Node *imag = parse_number(p);
        if (imag->as.Constant.value.kind != CONST_COMPLEX)
            perr(p, imag->start, imag->end, "imaginary number required in complex literal");
        Node *b = mk(p, AST_BinOp, n->start, imag->end);
        b->as.BinOp.left = n;
        b->as.BinOp.op = plus ? OP_Add : OP_Sub;
        b->as.BinOp.right = imag;
        n = b;
    }
    return n;
}

/* name_or_attr -> NAME ('.' NAME)* */
static Node *parse_name_or_attr(Parser *p)
{
    Node *n = mk_name(p, cur(p), OP_Load);
    advance(p);
    while (at(p, TK_DOT)) {
        advance(p);
        const Token *t = cur(p);
        Node *a = mk(p, AST_Attribute, n->start, t->end);
        a->as.Attribute.value = n;
        a->as.Attribute.ctx = OP_Load;
        if (t->kind == TK_NAME && t->kw == 0) {
            a->as.Attribute.attr = name_str(p, t);
            advance(p);
        } else {
            perr_here(p);
            a->as.Attribute.attr = (Str){"", 0};
            a->end = p->prev_end;
        }
        n = a;
    }
    return n;
}

static Node *value_pattern(Parser *p, Node *v)
{
    Node *m = mk(p, AST_MatchValue, v->start, v->end);
    m->as.MatchValue.value = v;
    return m;
}

/* maybe_star_pattern -> '*' NAME | pattern */
static Node *parse_maybe_star(Parser *p)
{
    if (!at(p, TK_STAR))
        return parse_pattern(p);
    uint32_t start = cur(p)->start;
    advance(p);
    const Token *t = cur(p);
    Node *s = mk(p, AST_MatchStar, start, t->end);
    if (at_name(p)) {
        if (!tok_is_soft(p, t, "_"))
            s->as.MatchStar.name = name_str(p, t);
        advance(p);
    } else {
        perr_here(p);
        s->end = p->prev_end;
    }
    return s;
}

/* Sequence elements up to `close`, pushed on the node stack. */
static void parse_sequence_items(Parser *p, TokKind close)
{
    while (!at(p, close) && !at(p, TK_NEWLINE) && !at(p, TK_ENDMARKER)) {
        const Token *before = p->pos;
        list_push(p, parse_maybe_star(p));
        if (p->pos == before || !accept(p, TK_COMMA))
            break;
    }
}

/* class_pattern -> name_or_attr '(' [pattern (',' pattern)*] [NAME '=' pattern (',' ...)*] [','] ')' */
static Node *parse_class_pattern(Parser *p, Node *cls)
{
    advance(p); /* '(' */
    uint32_t m = list_mark(p), im = p->idents.len;
    uint32_t npos = 0;
    bool kw = false;
    while (!at(p, TK_RPAR) && !at(p, TK_NEWLINE) && !at(p, TK_ENDMARKER)) {
        const Token *before = p->pos;
        if (at(p, TK_NAME) && kind_at(p, 1) == TK_EQUAL) {
            kw = true;
            if (!vec_push(&p->idents, name_str(p, cur(p))))
                p->oom = true;
            advance(p);
            advance(p);
            list_push(p, parse_pattern(p));
        } else {
            Node *pat = parse_pattern(p);
            if (kw)
                perr(p, pat->start, pat->end, "positional patterns follow keyword patterns");
            list_push(p, pat);
            npos++;
        }
        if (p->pos == before || !accept(p, TK_COMMA))
            break;
    }
    expect(p, TK_RPAR);
    Node *c = mk(p, AST_MatchClass, cls->start, p->prev_end);
    c->as.MatchClass.cls = cls;
    uint32_t n = p->nodes.len - m, nk = n - npos;
    NodeList pos = {NULL, 0}, kwp = {NULL, 0};
    IdentList attrs = {NULL, 0};
    if (npos) {
        pos.items = palloc(p, sizeof(Node *) * npos);
        if (pos.items) {
            memcpy(pos.items, p->nodes.data + m, sizeof(Node *) * npos);
            pos.len = npos;
        }
    }
    if (nk) {
        kwp.items = palloc(p, sizeof(Node *) * nk);
        attrs.items = palloc(p, sizeof(Str) * nk);
        if (kwp.items && attrs.items) {
            /* positional patterns all come first unless an error was reported */
            uint32_t k = 0;
            for (uint32_t i = npos; i < n; i++)
                kwp.items[k++] = p->nodes.data[m + i];
            kwp.len = nk;
            memcpy(attrs.items, p->idents.data + im, sizeof(Str) * (p->idents.len - im < nk ? p->idents.len - im : nk));
            attrs.len = p->idents.len - im < nk ? p->idents.len - im : nk;
        }
    }
    if ((npos && !pos.items) || (nk && (!kwp.items || !attrs.items)))
        p->oom = true;
    p->nodes.len = m;
    p->idents.len = im;
    c->as.MatchClass.patterns = pos;
    c->as.MatchClass.kwd_attrs = attrs;
    c->as.MatchClass.kwd_patterns = kwp;
    return c;
}

/* mapping_pattern -> '{' [(key ':' pattern) (',' ...)*] [',' '**' NAME] [','] '}' */
static Node *parse_mapping_pattern(Parser *p)
{
    uint32_t start = cur(p)->start;
    advance(p);
    uint32_t m = list_mark(p);
    Str rest = {NULL, 0};
    while (!at(p, TK_RBRACE) && !at(p, TK_NEWLINE) && !at(p, TK_ENDMARKER)) {
        const Token *before = p->pos;
        if (rest.ptr)
            perr_here(p); /* nothing may follow **rest */
        if (accept(p, TK_DOUBLESTAR)) {
            if (at_name(p) && !tok_is_soft(p, cur(p), "_")) {
                rest = name_str(p, cur(p));
                advance(p);
            } else {
                perr_here(p);
            }
        } else {
            Node *key;
            const Token *t = cur(p);
            if (t->kind == TK_NUMBER || t->kind == TK_MINUS)
                key = parse_number_expr(p);
            else if (t->kind == TK_STRING || t->kind == TK_FSTRING_START || t->kind == TK_TSTRING_START)
                key = parse_strings(p);
            else if (t->kind == TK_NAME && (t->kw == KW_NONE || t->kw == KW_TRUE || t->kw == KW_FALSE)) {
                key = mk(p, AST_Constant, t->start, t->end);
                key->as.Constant.value.kind = t->kw == KW_NONE ? CONST_NONE : t->kw == KW_TRUE ? CONST_TRUE : CONST_FALSE;
                advance(p);
            } else if (at_name(p)) {
                key = parse_name_or_attr(p);
            } else {
                perr_here(p);
                key = error_expr(p, t->start, t->start);
            }
            expect(p, TK_COLON);
            list_push(p, key);
            list_push(p, parse_pattern(p));
        }
        if (p->pos == before || !accept(p, TK_COMMA))
            break;
    }
    expect(p, TK_RBRACE);
    Node *mp = mk(p, AST_MatchMapping, start, p->prev_end);
    uint32_t n = (p->nodes.len - m) / 2;
    NodeList keys = {NULL, 0}, pats = {NULL, 0};
    if (n) {
        keys.items = palloc(p, sizeof(Node *) * n);
        pats.items = palloc(p, sizeof(Node *) * n);
        if (keys.items && pats.items) {
            for (uint32_t i = 0; i < n; i++) {
                keys.items[i] = p->nodes.data[m + 2 * i];
                pats.items[i] = p->nodes.data[m + 2 * i + 1];
            }
            keys.len = pats.len = n;
        } else {
            p->oom = true;
        }
    }
    p->nodes.len = m;
    mp->as.MatchMapping.keys = keys;
    mp->as.MatchMapping.patterns = pats;
    mp->as.MatchMapping.rest = rest;
    return mp;
}

/* closed_pattern -> literal | capture | wildcard | value | group | sequence | mapping | class */
static Node *parse_closed_pattern(Parser *p)
{
    const Token *t = cur(p);
    switch (t->kind) {
    case TK_NUMBER:
    case TK_MINUS:
        return value_pattern(p, parse_number_expr(p));
    case TK_STRING:
    case TK_FSTRING_START:
    case TK_TSTRING_START:
        return value_pattern(p, parse_strings(p));
    case TK_LPAR: {
        uint32_t start = t->start;
        advance(p);
        if (accept(p, TK_RPAR))
            return mk(p, AST_MatchSequence, start, p->prev_end);
        Node *first = parse_maybe_star(p);
        if (at(p, TK_COMMA) || first->kind == AST_MatchStar) {
            uint32_t m = list_mark(p);
            list_push(p, first);
            if (accept(p, TK_COMMA))
                parse_sequence_items(p, TK_RPAR);
            NodeList pats = list_finish(p, m);
            expect(p, TK_RPAR);
            Node *s = mk(p, AST_MatchSequence, start, p->prev_end);
            s->as.MatchSequence.patterns = pats;
            return s;
        }
        expect(p, TK_RPAR);
        return first;
    }
    case TK_LSQB: {
        uint32_t start = t->start;
        advance(p);
        uint32_t m = list_mark(p);
        parse_sequence_items(p, TK_RSQB);
        NodeList pats = list_finish(p, m);
        expect(p, TK_RSQB);
        Node *s = mk(p, AST_MatchSequence, start, p->prev_end);
        s->as.MatchSequence.patterns = pats;
        return s;
    }
    case TK_LBRACE:
        return parse_mapping_pattern(p);
    case TK_NAME:
        if (t->kw == KW_NONE || t->kw == KW_TRUE || t->kw == KW_FALSE) {
            Node *s = mk(p, AST_MatchSingleton, t->start, t->end);
            s->as.MatchSingleton.value.kind = t->kw == KW_NONE ? CONST_NONE : t->kw == KW_TRUE ? CONST_TRUE : CONST_FALSE;
            advance(p);
            return s;
        }
        if (t->kw)
            break;
        if (kind_at(p, 1) == TK_DOT || kind_at(p, 1) == TK_LPAR) {
            Node *v = parse_name_or_attr(p);
            if (at(p, TK_LPAR))
                return parse_class_pattern(p, v);
            return value_pattern(p, v);
        }
        {
            Node *a = mk(p, AST_MatchAs, t->start, t->end);
            if (!tok_is_soft(p, t, "_"))
                a->as.MatchAs.name = name_str(p, t);
            advance(p);
            return a;
        }
    default:
        break;
    }
    perr_here(p);
    Node *a = mk(p, AST_MatchAs, t->start, t->start);
    a->flags |= NF_ERROR;
    return a;
}

/* or_pattern -> closed_pattern ('|' closed_pattern)* */
static Node *parse_or_pattern(Parser *p)
{
    uint32_t start = cur(p)->start;
    Node *first = parse_closed_pattern(p);
    if (!at(p, TK_VBAR))
        return first;
    uint32_t m = list_mark(p);
    list_push(p, first);
    while (accept(p, TK_VBAR))
        list_push(p, parse_closed_pattern(p));
    NodeList pats = list_finish(p, m);
    Node *o = mk(p, AST_MatchOr, start, p->prev_end);
    o->as.MatchOr.patterns = pats;
    return o;
}

/* pattern -> or_pattern ['as' NAME] */
static Node *parse_pattern(Parser *p)
{
    if (!enter(p)) {
        skip_line(p);
        return mk(p, AST_MatchAs, p->prev_end, p->prev_end);
    }
    uint32_t start = cur(p)->start;
    Node *pat = parse_or_pattern(p);
    if (accept_kw(p, KW_AS)) {
        const Token *t = cur(p);
        Node *a = mk(p, AST_MatchAs, start, t->end);
        a->as.MatchAs.pattern = pat;
        if (at_name(p)) {
            if (tok_is_soft(p, t, "_"))
                perr(p, t->start, t->end, "cannot use '_' as a target");
            a->as.MatchAs.name = name_str(p, t);
            advance(p);
        } else {
            perr_here(p);
            a->end = p->prev_end;
        }
        pat = a;
    }
    leave(p);
    return pat;
}

/* patterns -> open_sequence_pattern | pattern */
Node *parse_match_case_pattern(Parser *p)
{
    uint32_t start = cur(p)->start;
    Node *first = parse_maybe_star(p);
    if (!at(p, TK_COMMA) && first->kind != AST_MatchStar)
        return first;
    uint32_t m = list_mark(p);
    list_push(p, first);
    while (accept(p, TK_COMMA)) {
        if (at(p, TK_COLON) || at_kw(p, KW_IF))
            break;
        list_push(p, parse_maybe_star(p));
    }
    NodeList pats = list_finish(p, m);
    Node *s = mk(p, AST_MatchSequence, start, p->prev_end);
    s->as.MatchSequence.patterns = pats;
    return s;
}
