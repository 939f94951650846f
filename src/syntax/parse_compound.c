/* parse_compound.c: compound statements: if / elif / else, while, for, with, try / except / except*,
 * def and class with decorators and type parameters, and match with its case blocks. */
#include "syntax/parser_internal.h"

/* End of the last token before the current position that is not NEWLINE / INDENT / DEDENT: where
 * a compound statement that just finished ends (a trailing ';' included, as CPython counts it). */
static uint32_t block_end(const Parser *p)
{
    for (const Token *t = p->pos; t-- > p->t;) {
        uint8_t k = t->kind;
        if (k != TK_NEWLINE && k != TK_INDENT && k != TK_DEDENT && !p->skip[k])
            return t->end;
    }
    return 0;
}
/* else_block -> 'else' ':' block */
static NodeList parse_else(Parser *p)
{
    NodeList empty = {NULL, 0};
    if (!at_kw(p, KW_ELSE))
        return empty;
    const Token *head = cur(p);
    advance(p);
    expect(p, TK_COLON);
    return parse_block(p, head);
}

/* if_stmt -> 'if' named_expression ':' block (elif_stmt | [else_block]); elif_stmt likewise */
static Node *parse_if(Parser *p)
{
    const Token *head = cur(p);
    advance(p);
    Node *s = mk(p, AST_If, head->start, head->end);
    s->as.If.test = parse_named_expression(p);
    expect(p, TK_COLON);
    s->as.If.body = parse_block(p, head);
    if (at_kw(p, KW_ELIF)) {
        if (!enter_link(p)) {
            skip_line(p);
        } else {
            Node *elif = parse_if(p);
            p->depth--;
            s->as.If.orelse = list_one(p, elif);
        }
    } else {
        s->as.If.orelse = parse_else(p);
    }
    s->end = block_end(p);
    return s;
}

/* while_stmt -> 'while' named_expression ':' block [else_block] */
static Node *parse_while(Parser *p)
{
    const Token *head = cur(p);
    advance(p);
    Node *s = mk(p, AST_While, head->start, head->end);
    s->as.While.test = parse_named_expression(p);
    expect(p, TK_COLON);
    s->as.While.body = parse_block(p, head);
    s->as.While.orelse = parse_else(p);
    s->end = block_end(p);
    return s;
}

/* for_stmt -> ['async'] 'for' star_targets 'in' star_expressions ':' block [else_block] */
static Node *parse_for(Parser *p, uint32_t start, bool is_async)
{
    const Token *head = cur(p);
    advance(p);
    Node *s = mk(p, is_async ? AST_AsyncFor : AST_For, start, head->end);
    AstFor fs = {0}, *f = &fs;
    f->target = parse_star_targets(p);
    if (expect_kw(p, KW_IN))
        f->iter = parse_star_expressions(p);
    else
        f->iter = error_expr(p, p->prev_end, p->prev_end);
    expect(p, TK_COLON);
    f->body = parse_block(p, head);
    f->orelse = parse_else(p);
    s->end = block_end(p);
    _Static_assert(sizeof(AstFor) == sizeof(AstAsyncFor), "For and AsyncFor share a layout");
    memcpy(is_async ? (void *)&s->as.AsyncFor : (void *)&s->as.For, f, sizeof fs);
    return s;
}

/* with_item -> expression ['as' star_target] */
static Node *parse_with_item(Parser *p)
{
    Node *e = parse_expression(p);
    Node *w = mk(p, AST_withitem, e->start, e->end);
    w->as.withitem.context_expr = e;
    if (accept_kw(p, KW_AS)) {
        Node *t = at(p, TK_STAR) ? parse_starred_expr(p) : parse_bitwise_or(p);
        set_context(p, t, OP_Store, "assign to");
        w->as.withitem.optional_vars = t;
        w->end = t->end;
    }
    return w;
}

/* with_stmt -> ['async'] 'with' ('(' with_item (',' with_item)* [','] ')' | with_item (',' with_item)*) ':' block */
static Node *parse_with(Parser *p, uint32_t start, bool is_async)
{
    const Token *head = cur(p);
    advance(p);
    Node *s = mk(p, is_async ? AST_AsyncWith : AST_With, start, head->end);
    AstWith ws = {0}, *w = &ws;
    uint32_t m = list_mark(p);
    bool done = false;
    if (at(p, TK_LPAR)) {
        /* parenthesized with-items: try them, and fall back to an expression when no ':' follows */
        const Token *save_pos = p->pos;
        uint32_t save_end = p->prev_end, save_errs = p->errs->len;
        advance(p);
        while (!at(p, TK_RPAR) && parse_can_start_expr(p)) {
            list_push(p, parse_with_item(p));
            if (!accept(p, TK_COMMA))
                break;
        }
        if (p->nodes.len > m && accept(p, TK_RPAR) && at(p, TK_COLON) && p->errs->len == save_errs) {
            done = true;
        } else {
            p->pos = save_pos;
            p->prev_end = save_end;
            p->errs->len = save_errs;
            p->nodes.len = m;
        }
    }
    if (!done) {
        do
            list_push(p, parse_with_item(p));
        while (accept(p, TK_COMMA));
    }
    w->items = list_finish(p, m);
    expect(p, TK_COLON);
    w->body = parse_block(p, head);
    s->end = block_end(p);
    _Static_assert(sizeof(AstWith) == sizeof(AstAsyncWith), "With and AsyncWith share a layout");
    memcpy(is_async ? (void *)&s->as.AsyncWith : (void *)&s->as.With, w, sizeof ws);
    return s;
}

/* try_stmt -> 'try' ':' block (finally_block | except_block+ [else_block] [finally_block]
 *           | except_star_block+ [else_block] [finally_block]) */
static Node *parse_try(Parser *p)
{
    const Token *head = cur(p);
    advance(p);
    expect(p, TK_COLON);
    NodeList body = parse_block(p, head);
    uint32_t m = list_mark(p);
    bool star = false, plain = false;
    while (at_kw(p, KW_EXCEPT)) {
        const Token *eh = cur(p);
        advance(p);
        if (accept(p, TK_STAR))
            star = true;
        else
            plain = true;
        Node *h = mk(p, AST_ExceptHandler, eh->start, eh->end);
        if (at(p, TK_COLON) && tok_before(p)->kind == TK_STAR)
            perr(p, cur(p)->start, cur(p)->end, "expected one or more exception types");
        if (!at(p, TK_COLON)) {
            uint32_t tstart = cur(p)->start;
            Node *type = parse_expression(p);
            if (at(p, TK_COMMA)) {
                /* PEP 758: except A, B: */
                uint32_t tm = list_mark(p);
                list_push(p, type);
                while (accept(p, TK_COMMA)) {
                    if (!parse_can_start_expr(p)) {
                        perr_expected(p, "an expression"); /* no trailing comma in `except A, B:` */
                        break;
                    }
                    list_push(p, parse_expression(p));
                }
                NodeList elts = list_finish(p, tm);
                Node *t = mk(p, AST_Tuple, tstart, p->prev_end);
                t->as.Tuple.elts = elts;
                t->as.Tuple.ctx = OP_Load;
                type = t;
            }
            h->as.ExceptHandler.type = type;
            if (accept_kw(p, KW_AS)) {
                if (at_name(p)) {
                    h->as.ExceptHandler.name = name_str(p, cur(p));
                    advance(p);
                } else {
                    perr_expected(p, "an identifier");
                }
            }
        }
        expect(p, TK_COLON);
        h->as.ExceptHandler.body = parse_block(p, eh);
        h->end = block_end(p);
        list_push(p, h);
    }
    NodeList handlers = list_finish(p, m);
    if (star && plain)
        perr(p, head->start, head->end, "cannot have both 'except' and 'except*' on the same 'try'");
    NodeList orelse = parse_else(p);
    NodeList finalbody = {NULL, 0};
    if (at_kw(p, KW_FINALLY)) {
        const Token *fh = cur(p);
        advance(p);
        expect(p, TK_COLON);
        finalbody = parse_block(p, fh);
    }
    if (!handlers.len && !finalbody.len)
        perr(p, cur(p)->start, cur(p)->end, "Expected `except` or `finally` after `try` block");
    Node *s = mk(p, star ? AST_TryStar : AST_Try, head->start, head->end);
    AstTry ts = {0}, *t = &ts;
    t->body = body;
    t->handlers = handlers;
    t->orelse = orelse;
    t->finalbody = finalbody;
    s->end = block_end(p);
    _Static_assert(sizeof(AstTry) == sizeof(AstTryStar), "Try and TryStar share a layout");
    memcpy(star ? (void *)&s->as.TryStar : (void *)&s->as.Try, t, sizeof ts);
    return s;
}

/* function_def -> ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' block */
static Node *parse_def(Parser *p, uint32_t start, bool is_async, NodeList decorators)
{
    const Token *head = cur(p);
    advance(p);
    Node *s = mk(p, is_async ? AST_AsyncFunctionDef : AST_FunctionDef, start, head->end);
    AstFunctionDef fs = {0}, *f = &fs;
    f->decorator_list = decorators;
    if (at_name(p)) {
        f->name = name_str(p, cur(p));
        advance(p);
    } else {
        perr_expected(p, "an identifier");
        f->name = (Str){"", 0};
    }
    if (at(p, TK_LSQB))
        f->type_params = parse_type_params(p);
    if (expect(p, TK_LPAR)) {
        f->args = parse_parameters(p, false, TK_RPAR);
        expect(p, TK_RPAR);
    } else {
        f->args = mk(p, AST_arguments, p->prev_end, p->prev_end);
    }
    if (accept(p, TK_RARROW))
        f->returns = parse_expression(p);
    expect(p, TK_COLON);
    f->body = parse_block(p, head);
    s->end = block_end(p);
    _Static_assert(sizeof(AstFunctionDef) == sizeof(AstAsyncFunctionDef), "FunctionDef layouts");
    memcpy(is_async ? (void *)&s->as.AsyncFunctionDef : (void *)&s->as.FunctionDef, f, sizeof fs);
    return s;
}

/* class_def -> 'class' NAME [type_params] ['(' [arguments] ')'] ':' block */
static Node *parse_class(Parser *p, NodeList decorators)
{
    const Token *head = cur(p);
    advance(p);
    Node *s = mk(p, AST_ClassDef, head->start, head->end);
    AstClassDef *c = &s->as.ClassDef;
    c->decorator_list = decorators;
    if (at_name(p)) {
        c->name = name_str(p, cur(p));
        advance(p);
    } else {
        perr_expected(p, "an identifier");
        c->name = (Str){"", 0};
    }
    if (at(p, TK_LSQB))
        c->type_params = parse_type_params(p);
    if (at(p, TK_LPAR)) {
        uint32_t lpar = cur(p)->start;
        advance(p);
        parse_call_args(p, &c->bases, &c->keywords, lpar, true);
        expect(p, TK_RPAR);
    }
    expect(p, TK_COLON);
    c->body = parse_block(p, head);
    s->end = block_end(p);
    return s;
}

/* decorators -> ('@' named_expression NEWLINE)+, then a def or class */
static Node *parse_decorated(Parser *p)
{
    uint32_t m = list_mark(p);
    while (accept(p, TK_AT)) {
        list_push(p, parse_named_expression(p));
        if (!accept(p, TK_NEWLINE)) {
            perr_here(p);
            skip_line(p);
        }
    }
    NodeList decorators = list_finish(p, m);
    if (at_kw(p, KW_DEF))
        return parse_def(p, cur(p)->start, false, decorators);
    if (at_kw(p, KW_ASYNC) && tok_at(p, 1)->kw == KW_DEF) {
        uint32_t start = cur(p)->start;
        advance(p);
        return parse_def(p, start, true, decorators);
    }
    if (at_kw(p, KW_CLASS))
        return parse_class(p, decorators);
    perr(p, cur(p)->start, cur(p)->end, "Expected class, function definition or async function definition after decorator");
    return NULL;
}

/* case_block -> "case" patterns [guard] ':' block */
static Node *parse_case(Parser *p)
{
    const Token *head = cur(p);
    advance(p);
    Node *c = mk(p, AST_match_case, head->start, head->end);
    c->as.match_case.pattern = parse_match_case_pattern(p);
    if (accept_kw(p, KW_IF))
        c->as.match_case.guard = parse_named_expression(p);
    expect(p, TK_COLON);
    c->as.match_case.body = parse_block(p, head);
    c->end = block_end(p);
    return c;
}

/* subject_expr -> star_named_expression ',' star_named_expressions? | named_expression */
static Node *parse_subject(Parser *p)
{
    uint32_t start = cur(p)->start;
    Node *first = parse_star_named_expression(p);
    if (!at(p, TK_COMMA))
        return first;
    uint32_t m = list_mark(p);
    list_push(p, first);
    while (accept(p, TK_COMMA) && parse_can_start_expr(p))
        list_push(p, parse_star_named_expression(p));
    NodeList elts = list_finish(p, m);
    Node *t = mk(p, AST_Tuple, start, p->prev_end);
    t->as.Tuple.elts = elts;
    t->as.Tuple.ctx = OP_Load;
    return t;
}

/* match_stmt -> "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT. Returns NULL (with
 * nothing consumed and no error kept) when the line is not a match statement. */
static Node *try_parse_match(Parser *p)
{
    const Token *head = cur(p);
    if (!(kind_at(p, 1) != TK_NEWLINE && kind_at(p, 1) != TK_EQUAL && kind_at(p, 1) != TK_DOT &&
          kind_at(p, 1) != TK_COLON && kind_at(p, 1) != TK_COMMA && kind_at(p, 1) != TK_RPAR))
        return NULL;
    const Token *save_pos = p->pos;
    uint32_t save_end = p->prev_end, save_errs = p->errs->len, save_nodes = p->nodes.len;
    advance(p);
    Node *subject = parse_subject(p);
    if (!(at(p, TK_COLON) && kind_at(p, 1) == TK_NEWLINE) || p->errs->len != save_errs) {
        p->pos = save_pos;
        p->prev_end = save_end;
        p->errs->len = save_errs;
        p->nodes.len = save_nodes;
        return NULL;
    }
    advance(p); /* ':' */
    advance(p); /* NEWLINE */
    Node *s = mk(p, AST_Match, head->start, head->end);
    s->as.Match.subject = subject;
    uint32_t m = list_mark(p);
    if (!accept(p, TK_INDENT)) {
        perr(p, cur(p)->start, cur(p)->end, "Expected an indented block after `match` statement");
    } else {
        while (!at(p, TK_DEDENT) && !at(p, TK_ENDMARKER)) {
            if (at_soft(p, "case")) {
                list_push(p, parse_case(p));
            } else {
                perr_here(p);
                skip_line(p);
            }
        }
        accept(p, TK_DEDENT);
    }
    s->as.Match.cases = list_finish(p, m);
    s->end = block_end(p);
    return s;
}

/* compound_stmt -> function_def | if_stmt | class_def | with_stmt | for_stmt | try_stmt | while_stmt
 *                | match_stmt. NULL when the current token starts none of them (a `match` that turns
 * out to be an expression consumes nothing). */
Node *parse_compound_stmt(Parser *p)
{
    const Token *t = cur(p);
    Node *s = NULL;
    if (t->kind == TK_AT)
        return parse_decorated(p);
    if (t->kind != TK_NAME)
        return NULL;
    switch (t->kw) {
    case KW_IF: s = parse_if(p); break;
    case KW_WHILE: s = parse_while(p); break;
    case KW_FOR: s = parse_for(p, t->start, false); break;
    case KW_WITH: s = parse_with(p, t->start, false); break;
    case KW_TRY: s = parse_try(p); break;
    case KW_DEF: {
        NodeList none = {NULL, 0};
        s = parse_def(p, t->start, false, none);
        break;
    }
    case KW_CLASS: {
        NodeList none = {NULL, 0};
        s = parse_class(p, none);
        break;
    }
    case KW_ASYNC: {
        const Token *n = tok_at(p, 1);
        NodeList none = {NULL, 0};
        if (n->kw == KW_DEF) {
            advance(p);
            s = parse_def(p, t->start, true, none);
        } else if (n->kw == KW_FOR) {
            advance(p);
            s = parse_for(p, t->start, true);
        } else if (n->kw == KW_WITH) {
            advance(p);
            s = parse_with(p, t->start, true);
        } else {
            perr_here(p);
            skip_line(p);
        }
        break;
    }
    case 0:
        if (at_soft(p, "match"))
            s = try_parse_match(p);
        break;
    default: break;
    }
    return s;
}
