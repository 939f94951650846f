/* visit_light.c: the AST walk when pycodestyle's tree rules are the only tree rules enabled: each
 * statement and expression once, with the kind of the definition around it, and no semantic
 * model. A rule that asks the model (E721's builtin check) makes lint_ast redo the file with the
 * full walk (visit_stmt.c), so this walk reports exactly what that one would. */
#include "lint/analyze_pycodestyle.h"
#include "lint/ast_checker.h"

/* The three scopes the light model has: which kind of body a statement is in. */
enum { LIGHT_MODULE = 0, LIGHT_CLASS = 1, LIGHT_FUNCTION = 2 };

static void light_node(AstChecker *ac, const Node *n);

/* Whether a string's text holds `==`, `!=` or `not`: what a comparison rule could report. */
static bool may_hold_comparison(const ConstValue *v)
{
    for (uint32_t i = 0; i + 1 < v->len; i++) {
        char c = v->str[i], d = v->str[i + 1];
        if ((d == '=' && (c == '=' || c == '!')) || (c == 'n' && d == 'o' && i + 2 < v->len && v->str[i + 2] == 't'))
            return true;
    }
    return false;
}

static void light_children(AstChecker *ac, const Node *n)
{
    for (const AstChild *f = ast_child_table[n->kind]; f->offset; f++) {
        const char *at = (const char *)n + f->offset;
        if (!f->list) {
            const Node *c = *(Node *const *)at;
            if (c)
                light_node(ac, c);
        } else {
            const NodeList *l = (const NodeList *)at;
            for (uint32_t k = 0; k < l->len; k++)
                if (l->items[k])
                    light_node(ac, l->items[k]);
        }
    }
}

static void light_node(AstChecker *ac, const Node *n)
{
    switch (n->kind) {
    case AST_Name:
        if (n->as.Name.ctx == OP_Store)
            analyze_pycodestyle_expr(ac, n);
        return;
    case AST_Constant:
        /* A string the model would parse as an annotation may hold a comparison the E71x/E721
         * rules report: hand such files to the full walk. */
        if (n->as.Constant.value.kind == CONST_STR && may_hold_comparison(&n->as.Constant.value))
            ac->sem.needed = true;
        return;
    case AST_Expr:
        /* a docstring or other bare string is never an annotation */
        if (n->as.Expr.value->kind != AST_Constant)
            light_children(ac, n);
        analyze_pycodestyle_stmt(ac, n);
        return;
    case AST_FunctionDef:
    case AST_AsyncFunctionDef:
    case AST_ClassDef: {
        /* The statements of the body are in the definition's scope; the rules look at nothing
         * else of the scope of an expression. */
        ScopeId saved = ac->sem.scope;
        ac->sem.scope = n->kind == AST_ClassDef ? LIGHT_CLASS : LIGHT_FUNCTION;
        light_children(ac, n);
        ac->sem.scope = saved;
        analyze_pycodestyle_stmt(ac, n);
        return;
    }
    case AST_Compare:
    case AST_UnaryOp:
    case AST_arg:
    case AST_ExceptHandler:
        light_children(ac, n);
        analyze_pycodestyle_expr(ac, n);
        return;
    default:
        light_children(ac, n);
        if (ast_kind_info[n->kind].category == CAT_STMT)
            analyze_pycodestyle_stmt(ac, n);
        return;
    }
}

bool visit_light(AstChecker *ac, const Node *module)
{
    Semantic *s = &ac->sem;
    sem_push_scope(s, SCOPE_CLASS, NULL);
    sem_push_scope(s, SCOPE_FUNCTION, NULL);
    s->scope = LIGHT_MODULE;
    s->absent = true;
    s->needed = false;
    s->module = module;
    const NodeList *body = &module->as.Module.body;
    for (uint32_t i = 0; i < body->len && !s->needed; i++)
        light_node(ac, body->items[i]);
    return !s->needed && !s->oom;
}
