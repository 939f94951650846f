/* ast_checker.c: the AST checker's driver: sets the semantic model up (builtins), walks the module,
 * then the deferred function bodies, lambdas and annotations, then runs the end-of-scope rules. */
#include <string.h>

#include "lint/analyze_pycodestyle.h"
#include "lint/ast_checker.h"
#include "rules/pycodestyle/pcs_ast.h"

/* Whether a tree rule other than pycodestyle's is enabled (they need the semantic model). */
static bool any_model_rule(const Checker *ck)
{
#define RULE(code, linter, name, status, fix, phase, fn) \
    if (phase == PH_AST && LINTER_##linter != LINTER_PYCODESTYLE && lint_enabled(ck, RULE_##code)) \
        return true;
#include "rules/rules.def"
#undef RULE
    return false;
}

static bool any_pcs_rule(const Checker *ck)
{
#define RULE(code, linter, name, status, fix, phase, fn) \
    if (phase == PH_AST && LINTER_##linter == LINTER_PYCODESTYLE && lint_enabled(ck, RULE_##code)) \
        return true;
#include "rules/rules.def"
#undef RULE
    return false;
}

bool lint_any_ast_rule(const Checker *ck)
{
#define RULE(code, linter, name, status, fix, phase, fn) \
    if (phase == PH_AST && lint_enabled(ck, RULE_##code)) \
        return true;
#include "rules/rules.def"
#undef RULE
    return false;
}

/* Bind a function's or lambda's parameters in the current scope. */
void visit_arguments_bind(AstChecker *ac, const Node *args)
{
    const Astarguments *a = &args->as.arguments;
    const NodeList *lists[] = {&a->posonlyargs, &a->args};
    for (int l = 0; l < 2; l++)
        for (uint32_t i = 0; i < lists[l]->len; i++) {
            const Node *p = lists[l]->items[i];
            sem_add_binding(&ac->sem, BK_ARGUMENT, p->as.arg.arg, p->start, p->start + (uint32_t)p->as.arg.arg.len, 0);
            if (ac->pcs)
                analyze_pycodestyle_expr(ac, p);
        }
    if (a->vararg) {
        sem_add_binding(&ac->sem, BK_ARGUMENT, a->vararg->as.arg.arg, a->vararg->start, a->vararg->start + (uint32_t)a->vararg->as.arg.arg.len, 0);
        if (ac->pcs)
            analyze_pycodestyle_expr(ac, a->vararg);
    }
    for (uint32_t i = 0; i < a->kwonlyargs.len; i++) {
        const Node *p = a->kwonlyargs.items[i];
        sem_add_binding(&ac->sem, BK_ARGUMENT, p->as.arg.arg, p->start, p->start + (uint32_t)p->as.arg.arg.len, 0);
        if (ac->pcs)
            analyze_pycodestyle_expr(ac, p);
    }
    if (a->kwarg) {
        sem_add_binding(&ac->sem, BK_ARGUMENT, a->kwarg->as.arg.arg, a->kwarg->start, a->kwarg->start + (uint32_t)a->kwarg->as.arg.arg.len, 0);
        if (ac->pcs)
            analyze_pycodestyle_expr(ac, a->kwarg);
    }
}

/* Move every node of a parsed string annotation: by `delta` (simple strings), or onto the whole
 * literal [start, end) (strings with escapes or implicit concatenation). */
typedef struct Relocate {
    int64_t delta;
    bool whole;
    uint32_t start, end;
} Relocate;

static void relocate(void *ctx, Node *n)
{
    Relocate *r = ctx;
    if (r->whole) {
        n->start = r->start;
        n->end = r->end;
    } else {
        n->start = (uint32_t)(n->start + r->delta);
        n->end = (uint32_t)(n->end + r->delta);
    }
    ast_children(n, relocate, ctx);
}

/* Parse the string annotation `lit`: its expression, relocated into the file, or NULL with the
 * parser's message in *err. */
static const Node *parse_string_annotation(AstChecker *ac, const Node *lit, const char **err, bool *in_place)
{
    const char *src = ac->ck->src->text;
    const ConstValue *v = &lit->as.Constant.value;
    /* The literal's first token: its prefix and quotes. */
    uint32_t p = lit->start;
    while (p < lit->end && strchr("rRuUbB", src[p]))
        p++;
    uint32_t q = 1;
    if (p + 2 < lit->end && src[p + 1] == src[p] && src[p + 2] == src[p])
        q = 3;
    uint32_t cstart = p + q;
    const TokenList *t = &ac->ck->parse->tokens;
    uint32_t ti = ac_token_at(ac, lit->start);
    bool single = ti < t->len && t->data[ti].start == lit->start && t->data[ti].end == lit->end;
    bool simple = single && lit->end >= cstart + q && lit->end - q - cstart == v->len && !memcmp(src + cstart, v->str, v->len);
    /* As Ruff: a plain single-quoted literal is parsed from the source in expression mode (where
     * leading blanks are an indentation), anything else from its value with line breaks and
     * indentation insignificant, as between brackets. */
    bool triple = q == 3;
    if (simple && !triple && v->len && (v->str[0] == ' ' || v->str[0] == '\t' || v->str[0] == '\f')) {
        *err = "Expected an expression";
        return NULL;
    }
    char *buf = arena_alloc(ac->ck->scratch, v->len + 1);
    if (!buf) {
        ac->sem.oom = true;
        return NULL;
    }
    memcpy(buf, v->str, v->len);
    buf[v->len] = 0;
    ParseResult pr;
    if (!parse_expression_source(ac->ck->scratch, buf, (uint32_t)v->len, &pr) || !pr.module) {
        ac->sem.oom = true;
        return NULL;
    }
    if (pr.errors.len) {
        *err = pr.errors.data[0].msg;
        /* in expression mode Ruff's lexer ends the line with a newline token before the end */
        size_t n = strlen(*err), k = strlen("found end of file");
        if (simple && !triple && n >= k && !strcmp(*err + n - k, "found end of file"))
            *err = arena_printf(ac->ck->arena, "%.*sfound newline", (int)(n - k), *err);
        return NULL;
    }
    Node *e = pr.module->as.Expression.body;
    *in_place = simple;
    Relocate r = {.delta = (int64_t)cstart, .whole = !simple, .start = lit->start, .end = lit->end};
    relocate(&r, e);
    return e;
}

static void restore(AstChecker *ac, const Deferred *d)
{
    Semantic *s = &ac->sem;
    s->scope = d->scope;
    s->flags = d->flags;
    s->exceptions = d->exceptions;
    s->branch = d->branch;
    s->stmt = d->stmt;
    ac->stmts.len = 0;
    if (d->depth && vec_reserve(&ac->stmts, d->depth)) {
        memcpy(ac->stmts.data, d->stmts, d->depth * sizeof *d->stmts);
        ac->stmts.len = d->depth;
    }
    ac->exprs.len = 0;
}

static void run_deferred(AstChecker *ac, const Deferred *d)
{
    Semantic *s = &ac->sem;
    restore(ac, d);
    switch (d->kind) {
    case DEF_FUNCTION: {
        const Node *fn = d->node;
        s->exceptions = 0;
        visit_arguments_bind(ac, fn->as.FunctionDef.args);
        visit_body(ac, &fn->as.FunctionDef.body);
        break;
    }
    case DEF_LAMBDA: {
        const Node *lam = d->node;
        if (ac->track_exprs && !vec_push(&ac->exprs, lam))
            return;
        visit_arguments_bind(ac, lam->as.Lambda.args);
        visit_expr(ac, lam->as.Lambda.body);
        break;
    }
    case DEF_TYPE_DEF:
        s->flags |= SF_TYPE_DEFINITION | SF_DEFERRED_TYPE;
        visit_expr(ac, d->node);
        break;
    case DEF_STRING_TYPE: {
        const char *err = NULL;
        bool in_place = false;
        const Node *e = parse_string_annotation(ac, d->node, &err, &in_place);
        if (!e) {
            if (err && lint_enabled(ac->ck, RULE_F722))
                lint_report(ac->ck, RULE_F722, d->node->start, d->node->end,
                            arena_printf(ac->ck->arena, "Syntax error in forward annotation: %s", err));
            break;
        }
        s->flags |= SF_TYPE_DEFINITION | SF_STRING_TYPE_DEF | SF_DEFERRED_TYPE;
        ac->annotation_in_place = in_place;
        visit_expr(ac, e);
        ac->annotation_in_place = false;
        break;
    }
    }
}

void visit_deferred(AstChecker *ac)
{
    /* Breadth first: what a round defers runs in the next one. Within a round, function bodies,
     * then type parameters, lambdas, future annotations and string annotations, as Ruff. */
    static const uint8_t order[] = {DEF_FUNCTION, DEF_TYPE_DEF, DEF_LAMBDA, DEF_STRING_TYPE};
    while (ac->deferred.len && !ac->sem.oom) {
        Deferred *items = ac->deferred.data;
        uint32_t n = ac->deferred.len;
        ac->deferred.data = NULL;
        ac->deferred.len = ac->deferred.cap = 0;
        for (size_t o = 0; o < sizeof order; o++)
            for (uint32_t i = 0; i < n; i++)
                if (items[i].kind == order[o])
                    run_deferred(ac, &items[i]);
        free(items);
    }
}

/* The expression kinds analyze_expr has an enabled rule for (any rule: the dispatch checks which). */
static void expr_rule_kinds(AstChecker *ac)
{
    static const uint16_t pyflakes_kinds[] = {AST_BinOp, AST_Call, AST_JoinedStr, AST_Dict, AST_Tuple, AST_List,
                                              AST_Compare, AST_Yield, AST_YieldFrom, AST_Await};
    static const uint16_t pcs_kinds[] = {AST_Compare, AST_UnaryOp, AST_Name, AST_arg, AST_ExceptHandler};
    for (size_t i = 0; i < sizeof pyflakes_kinds / sizeof *pyflakes_kinds; i++)
        ac->expr_rules[pyflakes_kinds[i]] = true;
    for (size_t i = 0; ac->pcs && i < sizeof pcs_kinds / sizeof *pcs_kinds; i++)
        ac->expr_rules[pcs_kinds[i]] = true;
}

/* Only pycodestyle's rules: the walk without the model, unless a rule asks for it. */
static bool lint_ast_light(Checker *ck, const Node *module, bool is_stub)
{
    AstChecker ac = {.ck = ck, .minor = (int)ck->settings->target_version, .is_stub = is_stub, .pcs = true};
    sem_init(&ac.sem, ck->scratch);
    ac.sem.typing_modules = ck->settings->typing_modules;
    ac.sem.extra_builtins = ck->settings->builtins;
    ac.sem.minor = ac.minor;
    uint32_t mark = ck->diags->len;
    bool done = visit_light(&ac, module);
    if (ac.sem.oom)
        ck->oom = true;
    if (!done)
        ck->diags->len = mark; /* the full walk reports them again */
    sem_free(&ac.sem);
    return done || ck->oom;
}

void lint_ast(Checker *ck)
{
    const char *path = ck->src->path;
    size_t pl = path ? strlen(path) : 0;
    bool is_stub = pl >= 4 && strcmp(path + pl - 4, ".pyi") == 0;
    const Node *module = ck->parse->module;
    if (lint_enabled(ck, RULE_E402))
        rule_module_import_not_at_top(ck, module);
    if (!any_model_rule(ck) && lint_ast_light(ck, module, is_stub))
        return;
    AstChecker ac = {.ck = ck, .minor = (int)ck->settings->target_version, .is_stub = is_stub, .pcs = any_pcs_rule(ck)};
    sem_init(&ac.sem, ck->scratch);
    ac.sem.typing_modules = ck->settings->typing_modules;
    ac.sem.extra_builtins = ck->settings->builtins;
    ac.sem.minor = ac.minor;
    sem_reserve(&ac.sem, ck->src->len);
    expr_rule_kinds(&ac);
    ac.track_exprs = ck->settings->preview && lint_enabled(ck, RULE_F401);
    visit_body(&ac, &module->as.Module.body);
    visit_deferred(&ac);
    ac.sem.scope = 0;
    ac.sem.flags = 0;
    ac.stmts.len = 0;
    analyze_exports(&ac);
    vec_push(&ac.dead_scopes, 0);
    analyze_scopes(&ac);
    analyze_bindings(&ac);
    analyze_unresolved(&ac);
    if (ac.sem.oom)
        ck->oom = true;
    vec_free(&ac.deferred);
    vec_free(&ac.stmts);
    vec_free(&ac.import_refs);
    vec_free(&ac.exprs);
    vec_free(&ac.dead_scopes);
    sem_free(&ac.sem);
}
