/* visit_light.c: the AST walk when pycodestyle's tree rules are the only tree rules enabled: each
 * statement and expression once, with the kind of the definition around it, and no semantic
 * model. A rule that asks the model (E721's builtin check) makes lint_ast redo the file with the
 * full walk (visit_stmt.c), so this walk reports exactly what that one would. */
#include "lint/analyze_pycodestyle.h"
#include "lint/ast_checker.h"

/* The three scopes the light model has: which kind of body a statement is in. */
#define FN(n) ((n)->as.FunctionDef) /* FunctionDef and AsyncFunctionDef share one layout */

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

/* Whether a call may be one whose arguments the model reads as types (cast, TypeVar, NewType,
 * NamedTuple, TypedDict, TypeAliasType: visit_expr.c's call_kind matches on these names). */
static bool may_be_typing_call(const Node *func)
{
    static const char *const names[] = {"cast", "NewType", "TypeVar", "TypeAliasType", "NamedTuple", "TypedDict"};
    if (func->kind != AST_Name && func->kind != AST_Attribute)
        return false;
    Str last = func->kind == AST_Name ? func->as.Name.id : func->as.Attribute.attr;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (str_eq_c(last, names[i]))
            return true;
    return false;
}

/* Visit n where the model may read strings as type expressions (a superset of its contexts). */
static void light_type(AstChecker *ac, const Node *n)
{
    uint32_t saved = ac->sem.flags;
    ac->sem.flags |= SF_TYPE_DEFINITION;
    light_node(ac, n);
    ac->sem.flags = saved;
}

/* Every child but `skip` (which the caller visits in a type context). */
static void light_children_but(AstChecker *ac, const Node *n, const Node *skip)
{
    for (const AstChild *f = ast_child_table[n->kind]; f->offset; f++) {
        const char *at = (const char *)n + f->offset;
        if (!f->list) {
            const Node *c = *(Node *const *)at;
            if (c && c != skip)
                light_node(ac, c);
        } else {
            const NodeList *l = (const NodeList *)at;
            for (uint32_t k = 0; k < l->len; k++)
                if (l->items[k])
                    light_node(ac, l->items[k]);
        }
    }
}

static void light_children(AstChecker *ac, const Node *n) { light_children_but(ac, n, NULL); }

static void light_node(AstChecker *ac, const Node *n)
{
    bool in_type = ac->sem.flags & SF_TYPE_DEFINITION;
    switch (n->kind) {
    case AST_Name:
        if (n->as.Name.ctx == OP_Store)
            analyze_pycodestyle_expr(ac, n);
        return;
    case AST_Constant:
        /* A string the model reads as a type may hold a comparison the E71x / E721 rules report
         * there: such files go to the full walk. */
        if (in_type && n->as.Constant.value.kind == CONST_STR && may_hold_comparison(&n->as.Constant.value))
            ac->sem.needed = true;
        return;
    case AST_Expr:
        /* a docstring or other bare string is never read as a type */
        if (n->as.Expr.value->kind != AST_Constant)
            light_children(ac, n);
        analyze_pycodestyle_stmt(ac, n);
        return;
    case AST_AnnAssign:
    case AST_TypeAlias:
        if (!in_type) {
            light_type(ac, n);
            return;
        }
        light_children(ac, n);
        analyze_pycodestyle_stmt(ac, n);
        return;
    case AST_TypeVar:
    case AST_ParamSpec:
    case AST_TypeVarTuple:
        if (!in_type)
            light_type(ac, n);
        else
            light_children(ac, n);
        return;
    case AST_Call:
        if (!in_type && may_be_typing_call(n->as.Call.func))
            light_type(ac, n);
        else
            light_children(ac, n);
        return;
    case AST_Subscript:
        if (n->as.Subscript.value->kind == AST_Name || n->as.Subscript.value->kind == AST_Attribute) {
            light_children_but(ac, n, n->as.Subscript.slice);
            light_type(ac, n->as.Subscript.slice);
        } else {
            light_children(ac, n);
        }
        return;
    case AST_FunctionDef:
    case AST_AsyncFunctionDef:
    case AST_ClassDef: {
        /* The statements of the body are in the definition's scope; the rules look at nothing
         * else of the scope of an expression. */
        ScopeId saved = ac->sem.scope;
        ac->sem.scope = n->kind == AST_ClassDef ? LIGHT_CLASS : LIGHT_FUNCTION;
        const Node *returns = n->kind == AST_ClassDef ? NULL : FN(n).returns;
        light_children_but(ac, n, returns);
        if (returns)
            light_type(ac, returns);
        ac->sem.scope = saved;
        analyze_pycodestyle_stmt(ac, n);
        return;
    }
    case AST_arg:
        if (n->as.arg.annotation)
            light_type(ac, n->as.arg.annotation);
        analyze_pycodestyle_expr(ac, n);
        return;
    case AST_Compare:
    case AST_UnaryOp:
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
