/* parse_expr.c: expressions from the top down to await: ternary, lambda, boolean and comparison
 * chains, binary operators by precedence table, unary, power, starred and yield expressions, and
 * assignment targets with their contexts. Atoms and primaries are in parse_atom.c. */
#include <stdlib.h>

#include "syntax/parser_internal.h"

/* Binary operators between bitwise_or and term: precedence (higher binds tighter) and AST op. */
static const struct {
    uint8_t prec;
    uint8_t op;
} binops[TK__COUNT] = {
    [TK_VBAR] = {1, OP_BitOr},      [TK_CIRCUMFLEX] = {2, OP_BitXor}, [TK_AMPER] = {3, OP_BitAnd},
    [TK_LEFTSHIFT] = {4, OP_LShift}, [TK_RIGHTSHIFT] = {4, OP_RShift}, [TK_PLUS] = {5, OP_Add},
    [TK_MINUS] = {5, OP_Sub},        [TK_STAR] = {6, OP_Mult},         [TK_SLASH] = {6, OP_Div},
    [TK_DOUBLESLASH] = {6, OP_FloorDiv}, [TK_PERCENT] = {6, OP_Mod},   [TK_AT] = {6, OP_MatMult},
};

static Node *parse_factor(Parser *p);

/* ---- the primary fast path ----
 * Most expressions are a lone primary (a name, a call, a constant...). Descending through the ten
 * precedence levels to reach it and climbing back costs more than parsing it, so an entry point
 * may parse the primary first: when the token after it cannot continue the expression the primary
 * is the result; otherwise it is left in p->pending, where await_primary (the bottom level) picks
 * it up, the levels above reading its start from p->pending_start and taking no unary branch. */

/* Whether the current token starts an atom (not a unary operator, 'not', 'await', 'lambda' ...). */
static inline bool at_primary_start(const Parser *p)
{
    const Token *t = cur(p);
    switch (t->kind) {
    case TK_NAME: return t->kw == 0 || t->kw == KW_NONE || t->kw == KW_TRUE || t->kw == KW_FALSE;
    case TK_NUMBER: case TK_STRING: case TK_FSTRING_START: case TK_TSTRING_START: case TK_LPAR: case TK_LSQB:
    case TK_LBRACE: case TK_ELLIPSIS:
        return true;
    default: return false;
    }
}

/* Whether the current token can continue an expression (a binary, comparison or boolean operator, 'if'). */
static inline bool at_expr_continuation(const Parser *p)
{
    const Token *t = cur(p);
    switch (t->kind) {
    case TK_NAME:
        return t->kw == KW_AND || t->kw == KW_OR || t->kw == KW_IF || t->kw == KW_NOT || t->kw == KW_IN ||
               t->kw == KW_IS;
    case TK_DOUBLESTAR: case TK_EQEQUAL: case TK_NOTEQUAL: case TK_LESS: case TK_LESSEQUAL: case TK_GREATER:
    case TK_GREATEREQUAL:
        return true;
    default: return binops[t->kind].prec != 0;
    }
}

/* Start of the expression being parsed: the pending primary's, else the current token's. */
static inline uint32_t expr_start(const Parser *p) { return p->pending ? p->pending_start : cur(p)->start; }

/* ---- targets ---- */

void set_context(Parser *p, Node *n, AstOp ctx, const char *what)
{
    if (!n)
        return;
    switch (n->kind) {
    case AST_Name:
        n->as.Name.ctx = (uint8_t)ctx;
        break;
    case AST_Attribute: n->as.Attribute.ctx = (uint8_t)ctx; break;
    case AST_Subscript: n->as.Subscript.ctx = (uint8_t)ctx; break;
    case AST_Starred:
        if (ctx == OP_Del)
            perr(p, n->start, n->end, "Starred expression cannot be used here");
        n->as.Starred.ctx = (uint8_t)ctx;
        set_context(p, n->as.Starred.value, ctx, what);
        break;
    case AST_List:
        n->as.List.ctx = (uint8_t)ctx;
        for (uint32_t i = 0; i < n->as.List.elts.len; i++)
            set_context(p, n->as.List.elts.items[i], ctx, what);
        break;
    case AST_Tuple:
        n->as.Tuple.ctx = (uint8_t)ctx;
        for (uint32_t i = 0; i < n->as.Tuple.elts.len; i++)
            set_context(p, n->as.Tuple.elts.items[i], ctx, what);
        break;
    default:
        if (!(n->flags & NF_ERROR))
            perr(p, n->start, n->end, what[0] == 'd' ? "Invalid delete target" : "Invalid assignment target");
        break;
    }
}

/* await_primary -> 'await' primary | primary */
static Node *parse_await_primary(Parser *p)
{
    if (p->pending) {
        Node *n = p->pending;
        p->pending = NULL;
        return n;
    }
    if (at_kw(p, KW_AWAIT)) {
        uint32_t start = cur(p)->start;
        advance(p);
        Node *v = parse_atom_primary(p);
        Node *a = mk(p, AST_Await, start, p->prev_end);
        a->as.Await.value = v;
        return a;
    }
    return parse_atom_primary(p);
}

/* power -> await_primary ['**' factor] */
static Node *parse_power(Parser *p)
{
    uint32_t start = expr_start(p);
    Node *base = parse_await_primary(p);
    if (!at(p, TK_DOUBLESTAR))
        return base;
    if (!enter(p)) {
        skip_line(p);
        return base;
    }
    advance(p);
    Node *exp = parse_factor(p);
    leave(p);
    Node *b = mk(p, AST_BinOp, start, p->prev_end);
    b->as.BinOp.left = base;
    b->as.BinOp.op = OP_Pow;
    b->as.BinOp.right = exp;
    return b;
}

/* factor -> ('+' | '-' | '~') factor | power */
static Node *parse_factor(Parser *p)
{
    TokKind k = kind(p);
    if (p->pending || (k != TK_PLUS && k != TK_MINUS && k != TK_TILDE))
        return parse_power(p);
    uint32_t start = cur(p)->start;
    if (!enter(p)) {
        skip_line(p);
        return error_expr(p, start, start);
    }
    advance(p);
    Node *operand = parse_factor(p);
    leave(p);
    Node *u = mk(p, AST_UnaryOp, start, p->prev_end);
    u->as.UnaryOp.op = k == TK_PLUS ? OP_UAdd : k == TK_MINUS ? OP_USub : OP_Invert;
    u->as.UnaryOp.operand = operand;
    return u;
}

/* The binary operators from '|' down to '*' by precedence climbing over the binops table. */
static Node *parse_binary(Parser *p, int min_prec)
{
    uint32_t start = expr_start(p);
    Node *left = parse_factor(p);
    int links = 0;
    for (;;) {
        TokKind k = kind(p);
        int prec = binops[k].prec;
        if (prec == 0 || prec < min_prec) {
            p->depth -= links;
            return left;
        }
        if (!enter_link(p)) {
            p->depth -= links;
            skip_line(p);
            return left;
        }
        links++;
        advance(p);
        Node *right = parse_binary(p, prec + 1);
        Node *b = mk(p, AST_BinOp, start, p->prev_end);
        b->as.BinOp.left = left;
        b->as.BinOp.op = binops[k].op;
        b->as.BinOp.right = right;
        left = b;
    }
}

Node *parse_bitwise_or(Parser *p)
{
    if (!p->pending && at_primary_start(p)) {
        uint32_t start = cur(p)->start;
        Node *n = parse_atom_primary(p);
        TokKind k = kind(p);
        if (k != TK_DOUBLESTAR && binops[k].prec == 0)
            return n;
        p->pending = n;
        p->pending_start = start;
    }
    return parse_binary(p, 1);
}

/* The comparison operator at the current token (consumed), or -1. */
static int comp_op(Parser *p)
{
    const Token *t = cur(p);
    switch (t->kind) {
    case TK_EQEQUAL: advance(p); return OP_Eq;
    case TK_NOTEQUAL: advance(p); return OP_NotEq;
    case TK_LESS: advance(p); return OP_Lt;
    case TK_LESSEQUAL: advance(p); return OP_LtE;
    case TK_GREATER: advance(p); return OP_Gt;
    case TK_GREATEREQUAL: advance(p); return OP_GtE;
    case TK_NAME:
        if (t->kw == KW_IN) {
            advance(p);
            return OP_In;
        }
        if (t->kw == KW_IS) {
            advance(p);
            return accept_kw(p, KW_NOT) ? OP_IsNot : OP_Is;
        }
        if (t->kw == KW_NOT && tok_at(p, 1)->kind == TK_NAME && tok_at(p, 1)->kw == KW_IN) {
            advance(p);
            advance(p);
            return OP_NotIn;
        }
        return -1;
    default: return -1;
    }
}

/* comparison -> bitwise_or (compare_op bitwise_or)* */
static Node *parse_comparison(Parser *p)
{
    uint32_t start = expr_start(p);
    Node *left = parse_bitwise_or(p);
    int op = comp_op(p);
    if (op < 0)
        return left;
    uint32_t m = list_mark(p);
    uint32_t om = p->ops.len;
    do {
        if (!vec_push(&p->ops, (uint8_t)op))
            p->oom = true;
        list_push(p, parse_bitwise_or(p));
    } while ((op = comp_op(p)) >= 0);
    NodeList comps = list_finish(p, m);
    Node *c = mk(p, AST_Compare, start, p->prev_end);
    c->as.Compare.left = left;
    c->as.Compare.comparators = comps;
    uint32_t nops = p->ops.len - om;
    c->as.Compare.ops.items = palloc(p, nops ? nops : 1);
    if (c->as.Compare.ops.items) {
        memcpy(c->as.Compare.ops.items, p->ops.data + om, nops);
        c->as.Compare.ops.len = nops;
    } else {
        p->oom = true;
    }
    p->ops.len = om;
    return c;
}

/* inversion -> 'not' inversion | comparison */
static Node *parse_inversion(Parser *p)
{
    if (p->pending || !at_kw(p, KW_NOT))
        return parse_comparison(p);
    uint32_t start = cur(p)->start;
    if (!enter(p)) {
        skip_line(p);
        return error_expr(p, start, start);
    }
    advance(p);
    Node *operand = parse_inversion(p);
    leave(p);
    Node *u = mk(p, AST_UnaryOp, start, p->prev_end);
    u->as.UnaryOp.op = OP_Not;
    u->as.UnaryOp.operand = operand;
    return u;
}

/* conjunction -> inversion ('and' inversion)*, disjunction -> conjunction ('or' conjunction)* */
static Node *parse_boolop(Parser *p, bool is_or)
{
    uint32_t start = expr_start(p);
    Node *first = is_or ? parse_boolop(p, false) : parse_inversion(p);
    KwId kw = is_or ? KW_OR : KW_AND;
    if (!at_kw(p, kw))
        return first;
    uint32_t m = list_mark(p);
    list_push(p, first);
    while (accept_kw(p, kw))
        list_push(p, is_or ? parse_boolop(p, false) : parse_inversion(p));
    NodeList values = list_finish(p, m);
    Node *b = mk(p, AST_BoolOp, start, p->prev_end);
    b->as.BoolOp.op = is_or ? OP_Or : OP_And;
    b->as.BoolOp.values = values;
    return b;
}

Node *parse_disjunction(Parser *p) { return parse_boolop(p, true); }

/* lambdef -> 'lambda' [lambda_params] ':' expression */
static Node *parse_lambda(Parser *p)
{
    uint32_t start = cur(p)->start;
    advance(p);
    Node *args = parse_parameters(p, true, TK_COLON);
    expect(p, TK_COLON);
    Node *body = parse_expression(p);
    Node *l = mk(p, AST_Lambda, start, p->prev_end);
    l->as.Lambda.args = args;
    l->as.Lambda.body = body;
    return l;
}

/* parse_expression after its fast path: a lambda, or a disjunction (whose first primary may be
 * pending) and its conditional. */
__attribute__((noinline)) static Node *parse_expression_rest(Parser *p, uint32_t start)
{
    Node *r;
    if (at_kw(p, KW_LAMBDA)) {
        r = parse_lambda(p);
    } else {
        r = parse_disjunction(p);
        if (at_kw(p, KW_IF)) {
            advance(p);
            Node *test = parse_disjunction(p);
            Node *orelse;
            if (expect_kw(p, KW_ELSE))
                orelse = parse_expression(p);
            else
                orelse = error_expr(p, p->prev_end, p->prev_end);
            Node *c = mk(p, AST_IfExp, start, p->prev_end);
            c->as.IfExp.test = test;
            c->as.IfExp.body = r;
            c->as.IfExp.orelse = orelse;
            r = c;
        }
    }
    return r;
}

/* expression -> disjunction ['if' disjunction 'else' expression] | lambdef
 * A lone primary (the most common expression) skips the levels in between. */
Node *parse_expression(Parser *p)
{
    uint32_t start = cur(p)->start;
    if (!enter(p)) {
        skip_line(p);
        return error_expr(p, start, start);
    }
    if (at_primary_start(p)) {
        Node *n = parse_atom_primary(p);
        if (!at_expr_continuation(p)) {
            leave(p);
            return n;
        }
        p->pending = n;
        p->pending_start = start;
    }
    Node *r = parse_expression_rest(p, start);
    leave(p);
    return r;
}

/* named_expression -> NAME ':=' expression | expression */
Node *parse_named_expression(Parser *p)
{
    if (at_name(p) && kind_at(p, 1) == TK_COLONEQUAL) {
        const Token *t = cur(p);
        Node *target = mk_name(p, t, OP_Store);
        advance(p);
        advance(p);
        Node *value = parse_expression(p);
        Node *n = mk(p, AST_NamedExpr, t->start, p->prev_end);
        n->as.NamedExpr.target = target;
        n->as.NamedExpr.value = value;
        return n;
    }
    return parse_expression_no_walrus(p);
}

void parse_bad_walrus(Parser *p, const Node *e)
{
    perr(p, e->start, e->end, "Assignment expression target must be an identifier");
    advance(p);
    parse_expression(p);
}

/* '*' bitwise_or, as a Starred in Load context */
static Node *parse_starred(Parser *p)
{
    uint32_t start = cur(p)->start;
    advance(p);
    Node *v = parse_bitwise_or(p);
    Node *s = mk(p, AST_Starred, start, p->prev_end);
    s->as.Starred.value = v;
    s->as.Starred.ctx = OP_Load;
    return s;
}

/* star_named_expression -> '*' bitwise_or | named_expression */
Node *parse_star_named_expression(Parser *p)
{
    return at(p, TK_STAR) ? parse_starred(p) : parse_named_expression(p);
}

/* star_expressions -> star_expression (',' star_expression)* [','] */
Node *parse_star_expressions_full(Parser *p)
{
    uint32_t start = cur(p)->start;
    Node *first = at(p, TK_STAR) ? parse_starred(p) : parse_expression(p);
    if (!at(p, TK_COMMA))
        return first;
    return parse_star_expressions_tuple(p, start, first);
}

Node *parse_star_expressions_tuple(Parser *p, uint32_t start, Node *first)
{
    uint32_t m = list_mark(p);
    list_push(p, first);
    while (accept(p, TK_COMMA)) {
        if (!parse_can_start_expr(p))
            break;
        list_push(p, at(p, TK_STAR) ? parse_starred(p) : parse_expression(p));
    }
    NodeList elts = list_finish(p, m);
    Node *t = mk(p, AST_Tuple, start, p->prev_end);
    t->as.Tuple.elts = elts;
    t->as.Tuple.ctx = OP_Load;
    return t;
}

/* star_targets -> star_target (',' star_target)* [','], star_target -> ['*'] bitwise_or */
Node *parse_star_targets(Parser *p)
{
    uint32_t start = cur(p)->start;
    Node *first = at(p, TK_STAR) ? parse_starred(p) : parse_bitwise_or(p);
    Node *r = first;
    if (at(p, TK_COMMA)) {
        uint32_t m = list_mark(p);
        list_push(p, first);
        while (accept(p, TK_COMMA)) {
            if (!parse_can_start_expr(p) || at_kw(p, KW_IN))
                break;
            list_push(p, at(p, TK_STAR) ? parse_starred(p) : parse_bitwise_or(p));
        }
        NodeList elts = list_finish(p, m);
        r = mk(p, AST_Tuple, start, p->prev_end);
        r->as.Tuple.elts = elts;
    }
    set_context(p, r, OP_Store, "assign to");
    return r;
}

/* yield_expr -> 'yield' 'from' expression | 'yield' [star_expressions] */
Node *parse_yield_expr(Parser *p)
{
    uint32_t start = cur(p)->start, yend = cur(p)->end;
    advance(p);
    if (accept_kw(p, KW_FROM)) {
        Node *v = parse_expression(p);
        Node *y = mk(p, AST_YieldFrom, start, p->prev_end);
        y->as.YieldFrom.value = v;
        return y;
    }
    Node *v = parse_can_start_expr(p) ? parse_star_expressions(p) : NULL;
    Node *y = mk(p, AST_Yield, start, v ? p->prev_end : yend);
    y->as.Yield.value = v;
    return y;
}

Node *parse_starred_expr(Parser *p) { return parse_starred(p); }
