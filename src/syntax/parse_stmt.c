/* parse_stmt.c: statements: simple statements (assignments, imports, ...), blocks, and the compound
 * statements (if, while, for, with, try, def, class, match), with recovery at line boundaries. */
#include "syntax/parser_internal.h"

static void parse_statement(Parser *p);

static uint32_t line_of(const Parser *p, uint32_t off)
{
    uint32_t line = 1;
    for (uint32_t i = 0; i < off && i < p->len; i++)
        if (p->src[i] == '\n' || (p->src[i] == '\r' && (i + 1 >= p->len || p->src[i + 1] != '\n')))
            line++;
    return line;
}

/* End of the last token before the current position that is not NEWLINE / INDENT / DEDENT: where
 * a compound statement that just finished ends (a trailing ';' included, as CPython counts it). */
static uint32_t block_end(const Parser *p)
{
    for (uint32_t i = p->pos; i-- > 0;) {
        uint8_t k = p->t[i].kind;
        if (k != TK_NEWLINE && k != TK_INDENT && k != TK_DEDENT)
            return p->t[i].end;
    }
    return 0;
}

/* block -> NEWLINE INDENT statements DEDENT | simple_stmts. `head` is the statement's first token
 * (for the error message). */
NodeList parse_block(Parser *p, const Token *head)
{
    uint32_t m = list_mark(p);
    if (!enter(p)) {
        skip_line(p);
        return list_finish(p, m);
    }
    if (accept(p, TK_NEWLINE)) {
        if (!accept(p, TK_INDENT)) {
            Str kw = tok_str(p, head);
            perrf(p, cur(p)->start, cur(p)->end, "expected an indented block after '%.*s' statement on line %u",
                  (int)kw.len, kw.ptr, line_of(p, head->start));
        } else {
            while (!at(p, TK_DEDENT) && !at(p, TK_ENDMARKER)) {
                uint32_t before = p->pos;
                parse_statement(p);
                if (p->pos == before) {
                    perr_here(p);
                    advance(p);
                }
            }
            accept(p, TK_DEDENT);
        }
    } else {
        parse_statement(p); /* simple statements on the header's line */
    }
    leave(p);
    NodeList body = list_finish(p, m);
    if (!body.len) {
        /* keep the invariant that a body is never empty */
        Node *pass = mk(p, AST_Pass, p->prev_end, p->prev_end);
        pass->flags |= NF_ERROR;
        body = list_one(p, pass);
    }
    return body;
}

/* ---- simple statements ---- */

static bool is_augassign(TokKind k, uint8_t *op)
{
    switch (k) {
    case TK_PLUSEQUAL: *op = OP_Add; return true;
    case TK_MINEQUAL: *op = OP_Sub; return true;
    case TK_STAREQUAL: *op = OP_Mult; return true;
    case TK_ATEQUAL: *op = OP_MatMult; return true;
    case TK_SLASHEQUAL: *op = OP_Div; return true;
    case TK_PERCENTEQUAL: *op = OP_Mod; return true;
    case TK_AMPEREQUAL: *op = OP_BitAnd; return true;
    case TK_VBAREQUAL: *op = OP_BitOr; return true;
    case TK_CIRCUMFLEXEQUAL: *op = OP_BitXor; return true;
    case TK_LEFTSHIFTEQUAL: *op = OP_LShift; return true;
    case TK_RIGHTSHIFTEQUAL: *op = OP_RShift; return true;
    case TK_DOUBLESTAREQUAL: *op = OP_Pow; return true;
    case TK_DOUBLESLASHEQUAL: *op = OP_FloorDiv; return true;
    default: return false;
    }
}

static Node *parse_rhs(Parser *p) { return at_kw(p, KW_YIELD) ? parse_yield_expr(p) : parse_star_expressions(p); }

/* assignment | star_expressions: Assign, AugAssign, AnnAssign or Expr. */
static Node *parse_expr_stmt(Parser *p)
{
    uint32_t start = cur(p)->start;
    Node *first = parse_rhs(p);
    uint8_t op;
    if (at(p, TK_COLON)) {
        advance(p);
        bool simple = first->kind == AST_Name && !(first->flags & NF_PARENS);
        if (first->kind == AST_Tuple)
            perr(p, first->start, first->end, "only single target (not tuple) can be annotated");
        else if (first->kind == AST_List)
            perr(p, first->start, first->end, "only single target (not list) can be annotated");
        else if (first->kind != AST_Name && first->kind != AST_Attribute && first->kind != AST_Subscript)
            perr(p, first->start, first->end, "illegal target for annotation");
        set_context(p, first, OP_Store, "assign to");
        Node *ann = parse_expression(p);
        Node *value = accept(p, TK_EQUAL) ? parse_rhs(p) : NULL;
        Node *s = mk(p, AST_AnnAssign, start, p->prev_end);
        s->as.AnnAssign.target = first;
        s->as.AnnAssign.annotation = ann;
        s->as.AnnAssign.value = value;
        s->as.AnnAssign.simple = simple;
        return s;
    }
    if (is_augassign(kind(p), &op)) {
        advance(p);
        if (first->kind != AST_Name && first->kind != AST_Attribute && first->kind != AST_Subscript)
            perrf(p, first->start, first->end, "'%s' is an illegal expression for augmented assignment",
                  first->kind == AST_Tuple ? "tuple" : first->kind == AST_List ? "list" : "expression");
        else
            set_context(p, first, OP_Store, "assign to");
        Node *value = parse_rhs(p);
        Node *s = mk(p, AST_AugAssign, start, p->prev_end);
        s->as.AugAssign.target = first;
        s->as.AugAssign.op = op;
        s->as.AugAssign.value = value;
        return s;
    }
    if (at(p, TK_EQUAL)) {
        uint32_t m = list_mark(p);
        list_push(p, first);
        Node *value = first;
        while (accept(p, TK_EQUAL)) {
            value = parse_rhs(p);
            list_push(p, value);
        }
        p->nodes.len--; /* the value is not a target */
        NodeList targets = list_finish(p, m);
        for (uint32_t i = 0; i < targets.len; i++)
            set_context(p, targets.items[i], OP_Store, "assign to");
        Node *s = mk(p, AST_Assign, start, p->prev_end);
        s->as.Assign.targets = targets;
        s->as.Assign.value = value;
        return s;
    }
    Node *s = mk(p, AST_Expr, start, p->prev_end);
    s->as.Expr.value = first;
    return s;
}

/* dotted_name -> NAME ('.' NAME)*, joined with '.' */
static Str parse_dotted_name(Parser *p)
{
    const Token *t = cur(p);
    if (!at_name(p)) {
        perr(p, t->start, t->end, "invalid syntax");
        return (Str){"", 0};
    }
    Str s = name_str(p, t);
    advance(p);
    if (!at(p, TK_DOT))
        return s;
    uint32_t tm = (uint32_t)p->text.len;
    buf_append(&p->text, s.ptr, s.len);
    while (accept(p, TK_DOT)) {
        if (!at_name(p)) {
            perr_here(p);
            break;
        }
        Str part = name_str(p, cur(p));
        buf_putc(&p->text, '.');
        buf_append(&p->text, part.ptr, part.len);
        advance(p);
    }
    Str r = str_dup(p, p->text.data + tm, p->text.len - tm);
    p->text.len = tm;
    return r;
}

/* alias -> (dotted_name | NAME) ['as' NAME] */
static Node *parse_alias(Parser *p, bool dotted)
{
    uint32_t start = cur(p)->start;
    Node *a = mk(p, AST_alias, start, start);
    if (dotted) {
        a->as.alias.name = parse_dotted_name(p);
    } else if (at_name(p)) {
        a->as.alias.name = name_str(p, cur(p));
        advance(p);
    } else {
        perr_here(p);
        a->as.alias.name = (Str){"", 0};
    }
    if (accept_kw(p, KW_AS)) {
        if (at_name(p)) {
            a->as.alias.asname = name_str(p, cur(p));
            advance(p);
        } else {
            perr_here(p);
        }
    }
    a->end = p->prev_end;
    return a;
}

/* import_name -> 'import' dotted_as_names */
static Node *parse_import(Parser *p)
{
    uint32_t start = cur(p)->start;
    advance(p);
    uint32_t m = list_mark(p);
    do
        list_push(p, parse_alias(p, true));
    while (accept(p, TK_COMMA));
    NodeList names = list_finish(p, m);
    Node *s = mk(p, AST_Import, start, p->prev_end);
    s->as.Import.names = names;
    return s;
}

/* import_from -> 'from' ('.' | '...')* dotted_name 'import' targets | 'from' ('.' | '...')+ 'import' targets */
static Node *parse_from_import(Parser *p)
{
    uint32_t start = cur(p)->start;
    advance(p);
    int level = 0;
    for (;;) {
        if (accept(p, TK_DOT))
            level++;
        else if (accept(p, TK_ELLIPSIS))
            level += 3;
        else
            break;
    }
    Node *s = mk(p, AST_ImportFrom, start, start);
    if (!at_kw(p, KW_IMPORT) || level == 0)
        s->as.ImportFrom.module = parse_dotted_name(p);
    s->as.ImportFrom.level = level;
    expect_kw(p, KW_IMPORT);
    uint32_t m = list_mark(p);
    if (at(p, TK_STAR)) {
        const Token *t = cur(p);
        Node *a = mk(p, AST_alias, t->start, t->end);
        a->as.alias.name = (Str){"*", 1};
        advance(p);
        list_push(p, a);
    } else {
        bool paren = accept(p, TK_LPAR);
        while (at_name(p)) {
            list_push(p, parse_alias(p, false));
            if (!accept(p, TK_COMMA))
                break;
            if (!paren && !at_name(p))
                perr(p, p->prev_end - 1, p->prev_end, "trailing comma not allowed without surrounding parentheses");
        }
        if (paren)
            expect(p, TK_RPAR);
    }
    s->as.ImportFrom.names = list_finish(p, m);
    if (!s->as.ImportFrom.names.len)
        perr_here(p);
    s->end = p->prev_end;
    return s;
}

/* global_stmt / nonlocal_stmt -> ('global' | 'nonlocal') NAME (',' NAME)* */
static Node *parse_global(Parser *p, bool nonlocal)
{
    uint32_t start = cur(p)->start;
    advance(p);
    uint32_t im = p->idents.len;
    do {
        if (!at_name(p)) {
            perr_here(p);
            break;
        }
        if (!vec_push(&p->idents, name_str(p, cur(p))))
            p->oom = true;
        advance(p);
    } while (accept(p, TK_COMMA));
    IdentList names = {NULL, 0};
    uint32_t n = p->idents.len - im;
    if (n) {
        names.items = arena_alloc(p->a, sizeof(Str) * n);
        if (names.items) {
            memcpy(names.items, p->idents.data + im, sizeof(Str) * n);
            names.len = n;
        } else {
            p->oom = true;
        }
    }
    p->idents.len = im;
    Node *s = mk(p, nonlocal ? AST_Nonlocal : AST_Global, start, p->prev_end);
    if (nonlocal)
        s->as.Nonlocal.names = names;
    else
        s->as.Global.names = names;
    return s;
}

/* type_alias -> 'type' NAME [type_params] '=' expression */
static Node *parse_type_alias(Parser *p)
{
    uint32_t start = cur(p)->start;
    advance(p);
    Node *name = mk_name(p, cur(p), OP_Store);
    advance(p);
    Node *s = mk(p, AST_TypeAlias, start, start);
    s->as.TypeAlias.name = name;
    if (at(p, TK_LSQB))
        s->as.TypeAlias.type_params = parse_type_params(p);
    expect(p, TK_EQUAL);
    s->as.TypeAlias.value = parse_expression(p);
    s->end = p->prev_end;
    return s;
}

/* simple_stmt -> assignment | star_expressions | return | import | raise | pass | del | yield
 *              | assert | break | continue | global | nonlocal | type_alias */
static Node *parse_simple_stmt(Parser *p)
{
    const Token *t = cur(p);
    uint32_t start = t->start;
    if (t->kind == TK_NAME) {
        switch (t->kw) {
        case KW_PASS: advance(p); return mk(p, AST_Pass, start, t->end);
        case KW_BREAK: advance(p); return mk(p, AST_Break, start, t->end);
        case KW_CONTINUE: advance(p); return mk(p, AST_Continue, start, t->end);
        case KW_RETURN: {
            advance(p);
            Node *v = parse_can_start_expr(p) ? parse_star_expressions(p) : NULL;
            Node *s = mk(p, AST_Return, start, p->prev_end);
            s->as.Return.value = v;
            return s;
        }
        case KW_RAISE: {
            advance(p);
            Node *s = mk(p, AST_Raise, start, start);
            if (parse_can_start_expr(p)) {
                s->as.Raise.exc = parse_expression(p);
                if (accept_kw(p, KW_FROM))
                    s->as.Raise.cause = parse_expression(p);
            }
            s->end = p->prev_end;
            return s;
        }
        case KW_GLOBAL: return parse_global(p, false);
        case KW_NONLOCAL: return parse_global(p, true);
        case KW_DEL: {
            advance(p);
            uint32_t m = list_mark(p);
            do {
                if (!parse_can_start_expr(p))
                    break;
                Node *e = parse_bitwise_or(p);
                set_context(p, e, OP_Del, "delete");
                list_push(p, e);
            } while (accept(p, TK_COMMA));
            NodeList targets = list_finish(p, m);
            if (!targets.len)
                perr_here(p);
            Node *s = mk(p, AST_Delete, start, p->prev_end);
            s->as.Delete.targets = targets;
            return s;
        }
        case KW_ASSERT: {
            advance(p);
            Node *s = mk(p, AST_Assert, start, start);
            s->as.Assert.test = parse_expression(p);
            if (accept(p, TK_COMMA))
                s->as.Assert.msg = parse_expression(p);
            s->end = p->prev_end;
            return s;
        }
        case KW_IMPORT: return parse_import(p);
        case KW_FROM: return parse_from_import(p);
        case 0:
            if (at_soft(p, "type") && kind_at(p, 1) == TK_NAME && tok_at(p, 1)->kw == 0 &&
                (kind_at(p, 2) == TK_EQUAL || kind_at(p, 2) == TK_LSQB))
                return parse_type_alias(p);
            break;
        default: break;
        }
    }
    return parse_expr_stmt(p);
}

/* simple_stmts -> simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static void parse_simple_stmts(Parser *p)
{
    for (;;) {
        uint32_t before = p->pos;
        list_push(p, parse_simple_stmt(p));
        if (p->pos == before)
            break;
        if (!accept(p, TK_SEMI))
            break;
        if (at(p, TK_NEWLINE))
            break;
    }
    if (!accept(p, TK_NEWLINE)) {
        if (!at(p, TK_ENDMARKER)) {
            perr_here(p);
            skip_line(p);
        }
    }
}

/* ---- compound statements ---- */

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
        uint32_t save_pos = p->pos, save_end = p->prev_end, save_errs = p->errs->len;
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
        if (at(p, TK_COLON) && p->t[p->pos - 1].kind == TK_STAR)
            perr(p, cur(p)->start, cur(p)->end, "expected one or more exception types");
        if (!at(p, TK_COLON)) {
            uint32_t tstart = cur(p)->start;
            Node *type = parse_expression(p);
            if (at(p, TK_COMMA)) {
                /* PEP 758: except A, B: */
                uint32_t tm = list_mark(p);
                list_push(p, type);
                while (accept(p, TK_COMMA) && parse_can_start_expr(p))
                    list_push(p, parse_expression(p));
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
                    perr_here(p);
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
        perr(p, cur(p)->start, cur(p)->end, "expected 'except' or 'finally' block");
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
        perr_here(p);
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
        perr_here(p);
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
    perr(p, cur(p)->start, cur(p)->end, "expected 'def' or 'class' after decorators");
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
    uint32_t save_pos = p->pos, save_end = p->prev_end, save_errs = p->errs->len, save_nodes = p->nodes.len;
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
        perrf(p, cur(p)->start, cur(p)->end, "expected an indented block after 'match' statement on line %u",
              line_of(p, head->start));
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

/* statement -> compound_stmt | simple_stmts; pushes the statement(s) on the node stack. */
static void parse_statement(Parser *p)
{
    const Token *t = cur(p);
    if (t->kind == TK_INDENT) {
        perr(p, t->start, t->end, "unexpected indent");
        advance(p);
        while (!at(p, TK_DEDENT) && !at(p, TK_ENDMARKER)) {
            uint32_t before = p->pos;
            parse_statement(p);
            if (p->pos == before)
                advance(p);
        }
        accept(p, TK_DEDENT);
        return;
    }
    if (t->kind == TK_NEWLINE) { /* an empty statement line (e.g. after an error) */
        advance(p);
        return;
    }
    if (t->kind == TK_DEDENT) {
        advance(p);
        return;
    }
    if (!enter(p)) {
        skip_line(p);
        return;
    }
    Node *s = NULL;
    if (t->kind == TK_AT) {
        s = parse_decorated(p);
    } else if (t->kind == TK_NAME) {
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
        if (!s && p->pos == (uint32_t)(t - p->t))
            parse_simple_stmts(p);
    } else {
        parse_simple_stmts(p);
    }
    if (s)
        list_push(p, s);
    leave(p);
}

/* file -> [statements] ENDMARKER */
Node *parse_module_body(Parser *p)
{
    uint32_t m = list_mark(p);
    while (!at(p, TK_ENDMARKER)) {
        uint32_t before = p->pos;
        parse_statement(p);
        if (p->pos == before) {
            perr_here(p);
            advance(p);
        }
    }
    NodeList body = list_finish(p, m);
    Node *mod = mk(p, AST_Module, 0, p->len);
    mod->as.Module.body = body;
    return mod;
}
