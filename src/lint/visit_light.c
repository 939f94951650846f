/* visit_light.c: the AST walk when pycodestyle's tree rules are the only tree rules enabled: each
 * statement and expression once, with the kind of the definition around it, and no semantic
 * model. A builtin check (E721's) is answered when no scope the lookup goes through may bind the
 * name (sem_bound_anywhere, from the outermost function around it), or when the function whose
 * body holds it surely bound the name before (sem_bound_before); otherwise lint_ast redoes the
 * file with the full walk (visit_stmt.c), so this walk reports exactly what that one would. */
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
    /* every name above starts with 'c', 'N' or 'T' and is 4, 7, 9, 10 or 13 bytes long */
    if (last.len < 4 || last.len > 13 || !((1u << last.len) & (1u << 4 | 1u << 7 | 1u << 9 | 1u << 10 | 1u << 13)) ||
        (last.ptr[0] != 'c' && last.ptr[0] != 'N' && last.ptr[0] != 'T'))
        return false;
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

/* The statements analyze_pycodestyle_stmt has a rule for (it does nothing for the others). */
static const bool stmt_hook[AST__COUNT] = {
    [AST_Import] = true,      [AST_Assign] = true,   [AST_AnnAssign] = true, [AST_FunctionDef] = true,
    [AST_AsyncFunctionDef] = true, [AST_ClassDef] = true, [AST_Global] = true, [AST_Nonlocal] = true,
};

/* A child met on the way down: names, constants and attribute chains are handled here, without a
 * call (they are most of the nodes); anything else goes to light_node. */
static inline void light_kid(AstChecker *ac, const Node *c)
{
    while (c->kind == AST_Attribute) /* an attribute's only child is its value */
        c = c->as.Attribute.value;
    switch (c->kind) {
    case AST_Name:
        if (c->as.Name.ctx == OP_Store)
            analyze_pycodestyle_expr(ac, c);
        return;
    case AST_Constant:
        /* A string the model reads as a type may hold a comparison the E71x / E721 rules report
         * there: such files go to the full walk. */
        if ((ac->sem.flags & SF_TYPE_DEFINITION) && c->as.Constant.value.kind == CONST_STR &&
            may_hold_comparison(&c->as.Constant.value))
            ac->sem.needed = true;
        return;
    default:
        light_node(ac, c);
        return;
    }
}

static inline void light_list(AstChecker *ac, const NodeList *l)
{
    for (uint32_t k = 0; k < l->len; k++)
        if (l->items[k])
            light_kid(ac, l->items[k]);
}

/* Every child but `skip` (which the caller visits in a type context). */
static void light_children_but(AstChecker *ac, const Node *n, const Node *skip)
{
    for (const uint16_t *f = ast_kind_info[n->kind].children; *f; f++) {
        const char *at = (const char *)n + (*f & ~AST_CHILD_LIST);
        if (!(*f & AST_CHILD_LIST)) {
            const Node *c = *(Node *const *)at;
            if (c && c != skip)
                light_kid(ac, c);
        } else {
            light_list(ac, (const NodeList *)at);
        }
    }
}

static void light_children(AstChecker *ac, const Node *n) { light_children_but(ac, n, NULL); }

/* A call's children: the function, the arguments, the keywords' values (a keyword has no rule). */
static void light_call(AstChecker *ac, const Node *n)
{
    light_kid(ac, n->as.Call.func);
    light_list(ac, &n->as.Call.args);
    const NodeList *kw = &n->as.Call.keywords;
    for (uint32_t k = 0; k < kw->len; k++)
        light_kid(ac, kw->items[k]->as.keyword.value);
}

static void light_node(AstChecker *ac, const Node *n)
{
    bool in_type = ac->sem.flags & SF_TYPE_DEFINITION;
    switch (n->kind) {
    case AST_Name:
    case AST_Constant:
    case AST_Attribute:
        light_kid(ac, n);
        return;
    case AST_Expr:
        /* a docstring or other bare string is never read as a type */
        if (n->as.Expr.value->kind != AST_Constant)
            light_kid(ac, n->as.Expr.value);
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
            light_call(ac, n);
        return;
    case AST_Subscript:
        light_kid(ac, n->as.Subscript.value);
        if (n->as.Subscript.value->kind == AST_Name || n->as.Subscript.value->kind == AST_Attribute)
            light_type(ac, n->as.Subscript.slice);
        else
            light_kid(ac, n->as.Subscript.slice);
        return;
    case AST_FunctionDef:
    case AST_AsyncFunctionDef: {
        /* The statements of the body are in the definition's scope; the rules look at nothing
         * else of the scope of an expression. The body's own statements are light_fn's. */
        ScopeId saved = ac->sem.scope;
        const Node *saved_def = ac->sem.bound_def, *saved_fn = ac->sem.light_fn;
        ac->sem.scope = LIGHT_FUNCTION;
        if (!saved_def)
            ac->sem.bound_def = n;
        ac->sem.light_fn = NULL;
        light_kid(ac, FN(n).args);
        ac->sem.light_fn = n;
        light_list(ac, &FN(n).body);
        ac->sem.light_fn = NULL;
        light_list(ac, &FN(n).decorator_list);
        light_list(ac, &FN(n).type_params);
        if (FN(n).returns)
            light_type(ac, FN(n).returns);
        ac->sem.scope = saved;
        ac->sem.bound_def = saved_def;
        ac->sem.light_fn = saved_fn;
        analyze_pycodestyle_stmt(ac, n);
        return;
    }
    case AST_ClassDef: {
        ScopeId saved = ac->sem.scope;
        const Node *saved_fn = ac->sem.light_fn;
        ac->sem.scope = LIGHT_CLASS;
        ac->sem.light_fn = NULL;
        light_children(ac, n);
        ac->sem.scope = saved;
        ac->sem.light_fn = saved_fn;
        analyze_pycodestyle_stmt(ac, n);
        return;
    }
    case AST_Lambda: {
        const Node *saved_def = ac->sem.bound_def, *saved_fn = ac->sem.light_fn;
        if (!saved_def)
            ac->sem.bound_def = n;
        ac->sem.light_fn = NULL;
        light_kid(ac, n->as.Lambda.args);
        light_kid(ac, n->as.Lambda.body);
        ac->sem.bound_def = saved_def;
        ac->sem.light_fn = saved_fn;
        return;
    }
    case AST_ListComp:
    case AST_SetComp:
    case AST_DictComp:
    case AST_GeneratorExp: { /* a scope of its own */
        const Node *saved_fn = ac->sem.light_fn;
        ac->sem.light_fn = NULL;
        light_children(ac, n);
        ac->sem.light_fn = saved_fn;
        return;
    }
    case AST_arg:
        if (n->as.arg.annotation)
            light_type(ac, n->as.arg.annotation);
        analyze_pycodestyle_expr(ac, n);
        return;
    case AST_Compare:
        light_children(ac, n);
        ac->sem.light_at = n->start; /* for the builtin checks of E721 */
        analyze_pycodestyle_expr(ac, n);
        return;
    case AST_UnaryOp:
    case AST_ExceptHandler:
        light_children(ac, n);
        analyze_pycodestyle_expr(ac, n);
        return;
    case AST_BinOp:
        light_kid(ac, n->as.BinOp.left);
        light_kid(ac, n->as.BinOp.right);
        return;
    case AST_Tuple:
        light_list(ac, &n->as.Tuple.elts);
        return;
    case AST_List:
        light_list(ac, &n->as.List.elts);
        return;
    case AST_keyword:
        light_kid(ac, n->as.keyword.value);
        return;
    case AST_Return:
        if (n->as.Return.value)
            light_kid(ac, n->as.Return.value);
        return;
    case AST_Assign:
        light_list(ac, &n->as.Assign.targets);
        light_kid(ac, n->as.Assign.value);
        analyze_pycodestyle_stmt(ac, n);
        return;
    case AST_If:
        light_kid(ac, n->as.If.test);
        light_list(ac, &n->as.If.body);
        light_list(ac, &n->as.If.orelse);
        return;
    default:
        light_children(ac, n);
        if (stmt_hook[n->kind])
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
