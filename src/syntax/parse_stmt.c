/* parse_stmt.c: statements: the module, blocks, simple statements (assignments, imports, ...) and
 * recovery at line boundaries. Compound statements are in parse_compound.c. */
#include "syntax/parser_internal.h"

static void parse_statement(Parser *p);
static void parse_simple_stmts(Parser *p);
static inline bool starts_simple_stmt(const Parser *p);
static inline bool starts_compound_stmt(const Parser *p);

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
            perrf(p, cur(p)->start, cur(p)->end, "Expected an indented block after `%.*s` %s", (int)kw.len, kw.ptr,
                  head->kw == KW_DEF ? "function definition" : head->kw == KW_CLASS ? "class definition"
                  : head->kw == KW_EXCEPT ? "clause" : head->kw == KW_ELSE || head->kw == KW_FINALLY ? "clause"
                  : "statement");
        } else {
            while (!at(p, TK_DEDENT) && !at(p, TK_ENDMARKER)) {
                const Token *before = p->pos;
                parse_statement(p);
                if (p->pos == before) {
                    perr_here(p);
                    advance(p);
                }
            }
            accept(p, TK_DEDENT);
        }
    } else {
        /* simple statements on the header's line (no compound ones) */
        if (!starts_simple_stmt(p) && !at(p, TK_ENDMARKER))
            perr(p, cur(p)->start, cur(p)->end, "Expected a simple statement");
        if (starts_compound_stmt(p)) {
            Node *s = parse_compound_stmt(p);
            if (s)
                list_push(p, s);
        } else {
            parse_simple_stmts(p);
        }
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
            perr(p, first->start, first->end, "Only single target (not tuple) can be annotated");
        else if (first->kind == AST_List)
            perr(p, first->start, first->end, "Only single target (not list) can be annotated");
        else if (first->kind != AST_Name && first->kind != AST_Attribute && first->kind != AST_Subscript)
            perr(p, first->start, first->end, "Invalid annotated assignment target");
        set_context(p, first, OP_Store, "assign to");
        Node *ann;
        if (at(p, TK_STAR)) { /* x: *a (Ruff parses it, then rejects it) */
            uint32_t s0 = cur(p)->start;
            advance(p);
            Node *v = parse_bitwise_or(p);
            ann = mk(p, AST_Starred, s0, p->prev_end);
            ann->as.Starred.value = v;
            ann->as.Starred.ctx = OP_Load;
            perr(p, ann->start, ann->end, "Starred expression cannot be used here");
        } else {
            ann = parse_expression(p);
        }
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
            perr(p, first->start, first->end, "Invalid augmented assignment target");
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
        perr_expected(p, "an identifier");
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
            perr_expected(p, "an identifier");
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
        perr_expected(p, "an identifier");
        a->as.alias.name = (Str){"", 0};
    }
    if (accept_kw(p, KW_AS)) {
        if (at_name(p)) {
            a->as.alias.asname = name_str(p, cur(p));
            advance(p);
        } else {
            perr_expected(p, "an identifier");
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
    if (!at_name(p))
        perr_expected(p, "one or more symbol names after import");
    else
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
    if (!at_kw(p, KW_IMPORT) || level == 0) {
        if (at_name(p))
            s->as.ImportFrom.module = parse_dotted_name(p);
        else
            perr_expected(p, "a module name");
    }
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
                perr(p, p->prev_end - 1, p->prev_end, "Trailing comma not allowed");
        }
        if (paren)
            expect(p, TK_RPAR);
    }
    s->as.ImportFrom.names = list_finish(p, m);
    if (!s->as.ImportFrom.names.len)
        perr_expected(p, "one or more symbol names after import");
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
            perr_expected(p, "an identifier");
            break;
        }
        if (!vec_push(&p->idents, name_str(p, cur(p))))
            p->oom = true;
        advance(p);
    } while (accept(p, TK_COMMA));
    IdentList names = {NULL, 0};
    uint32_t n = p->idents.len - im;
    if (n) {
        names.items = palloc(p, sizeof(Str) * n);
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

static inline bool starts_simple_stmt(const Parser *p)
{
    if (parse_can_start_expr(p))
        return true;
    const Token *t = cur(p);
    if (t->kind != TK_NAME)
        return false;
    switch (t->kw) {
    case KW_PASS: case KW_BREAK: case KW_CONTINUE: case KW_RETURN: case KW_RAISE: case KW_GLOBAL:
    case KW_NONLOCAL: case KW_DEL: case KW_ASSERT: case KW_IMPORT: case KW_FROM:
        return true;
    default:
        return false;
    }
}

static inline bool starts_compound_stmt(const Parser *p)
{
    const Token *t = cur(p);
    if (t->kind == TK_AT)
        return true;
    if (t->kind != TK_NAME)
        return false;
    switch (t->kw) {
    case KW_IF: case KW_WHILE: case KW_FOR: case KW_TRY: case KW_WITH: case KW_DEF: case KW_CLASS: case KW_ASYNC:
        return true;
    default:
        return false;
    }
}

/* simple_stmts -> simple_stmt (';' simple_stmt)* [';'] NEWLINE
 * Recovery as Ruff does it: a statement that follows another on the same line without ';' is
 * reported and parsed; anything else ends the line. */
static void parse_simple_stmts(Parser *p)
{
    for (;;) {
        if (at(p, TK_NEWLINE) || at(p, TK_ENDMARKER))
            break;
        if (!starts_simple_stmt(p)) {
            /* a token no statement starts with: report it, skip it, go on with the line */
            perr_here(p);
            advance(p);
            if (at(p, TK_NEWLINE))
                perr_here(p); /* Ruff reports the line's end as well */
            continue;
        }
        const Token *before = p->pos;
        list_push(p, parse_simple_stmt(p));
        if (p->pos == before)
            break;
        if (accept(p, TK_SEMI)) {
            if (starts_compound_stmt(p)) {
                perr(p, cur(p)->start, cur(p)->end,
                     "Compound statements are not allowed on the same line as simple statements");
                Node *s = parse_compound_stmt(p);
                if (s)
                    list_push(p, s);
                return;
            }
            continue;
        }
        if (at(p, TK_NEWLINE) || at(p, TK_ENDMARKER))
            break;
        if (starts_simple_stmt(p))
            perr(p, cur(p)->start, cur(p)->end, "Simple statements must be separated by newlines or semicolons");
    }
    if (!accept(p, TK_NEWLINE) && !at(p, TK_ENDMARKER)) {
        perr_here(p);
        skip_line(p);
    }
}

/* statement -> compound_stmt | simple_stmts; pushes the statement(s) on the node stack. */
static void parse_statement(Parser *p)
{
    const Token *t = cur(p);
    if (t->kind == TK_INDENT) {
        perr(p, t->start, t->end, "Unexpected indentation");
        advance(p);
        while (!at(p, TK_DEDENT) && !at(p, TK_ENDMARKER)) {
            const Token *before = p->pos;
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
    /* most statements are simple: no call to find that out */
    Node *s = starts_compound_stmt(p) || at_soft(p, "match") ? parse_compound_stmt(p) : NULL;
    if (!s && p->pos == t)
        parse_simple_stmts(p);
    if (s)
        list_push(p, s);
    leave(p);
}

/* file -> [statements] ENDMARKER */
Node *parse_module_body(Parser *p)
{
    uint32_t m = list_mark(p);
    while (!at(p, TK_ENDMARKER)) {
        const Token *before = p->pos;
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
