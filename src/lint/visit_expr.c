/* visit_expr.c: the AST checker's walk over expressions: loads resolved, stores bound (with the
 * kind of binding their statement makes), comprehension and lambda scopes, type definitions and
 * the typing constructs whose arguments are (or are not) type expressions. */
#include <string.h>

#include "lint/ast_checker.h"
#include "rules/pyflakes/pyflakes.h"

static void visit_list(AstChecker *ac, const NodeList *l)
{
    for (uint32_t i = 0; i < l->len; i++)
        if (l->items[i])
            visit_expr(ac, l->items[i]);
}

static bool is_sequence(const Node *e)
{
    return e->kind == AST_List || e->kind == AST_Tuple || e->kind == AST_Set;
}

static bool contains_node(const Node *hay, const Node *needle)
{
    if (hay == needle)
        return true;
    if (hay->kind == AST_Tuple || hay->kind == AST_List) {
        const NodeList *l = hay->kind == AST_Tuple ? &hay->as.Tuple.elts : &hay->as.List.elts;
        for (uint32_t i = 0; i < l->len; i++)
            if (contains_node(l->items[i], needle))
                return true;
    } else if (hay->kind == AST_Starred) {
        return contains_node(hay->as.Starred.value, needle);
    }
    return false;
}

/* Ruff's is_unpacking_assignment: `a, b = t` (not `a, b = 1, 2`). */
static bool is_unpacking(const Node *stmt, const Node *name)
{
    if (stmt->kind == AST_With || stmt->kind == AST_AsyncWith) {
        for (uint32_t i = 0; i < stmt->as.With.items.len; i++) {
            const Node *v = stmt->as.With.items.items[i]->as.withitem.optional_vars;
            if (v && v->kind == AST_Tuple && contains_node(v, name))
                return true;
        }
        return false;
    }
    if (stmt->kind != AST_Assign)
        return false;
    const NodeList *targets = &stmt->as.Assign.targets;
    bool value_seq = is_sequence(stmt->as.Assign.value);
    bool all_seq = true, child_in_seq = false;
    for (uint32_t i = 0; i < targets->len; i++) {
        if (!is_sequence(targets->items[i]))
            all_seq = false;
        else if (contains_node(targets->items[i], name))
            child_in_seq = true;
    }
    child_in_seq |= all_seq;
    if (!value_seq && child_in_seq)
        return true;
    if (!child_in_seq && value_seq)
        return false;
    if (child_in_seq && value_seq)
        return !all_seq;
    return false;
}

/* Names of an `__all__` value (lists, tuples, `+` chains of them, list(...) / tuple(...)). */
typedef Vec(const Node *) NodePtrVec;

static void dunder_all_elts(AstChecker *ac, const Node *v, NodePtrVec *out)
{
    const NodeList *elts = NULL;
    if (v->kind == AST_List)
        elts = &v->as.List.elts;
    else if (v->kind == AST_Tuple)
        elts = &v->as.Tuple.elts;
    else if (v->kind == AST_NamedExpr)
        return dunder_all_elts(ac, v->as.NamedExpr.value, out);
    else if (v->kind == AST_Call && v->as.Call.keywords.len == 0 && v->as.Call.args.len == 1
             && (sem_is_builtin(&ac->sem, v->as.Call.func, "list") || sem_is_builtin(&ac->sem, v->as.Call.func, "tuple"))) {
        const Node *a = v->as.Call.args.items[0];
        if (a->kind == AST_List)
            elts = &a->as.List.elts;
        else if (a->kind == AST_Tuple)
            elts = &a->as.Tuple.elts;
        else if (a->kind == AST_Set)
            elts = &a->as.Set.elts;
    }
    if (!elts)
        return;
    for (uint32_t i = 0; i < elts->len; i++) {
        const Node *e = elts->items[i];
        if (e->kind == AST_Constant && e->as.Constant.value.kind == CONST_STR)
            vec_push(out, e);
    }
}

static void extract_dunder_all(AstChecker *ac, const Node *stmt, BindingId b)
{
    const Node *value = stmt->kind == AST_Assign ? stmt->as.Assign.value
                      : stmt->kind == AST_AugAssign ? stmt->as.AugAssign.value
                      : stmt->as.AnnAssign.value;
    if (!value)
        return;
    NodePtrVec names = {0};
    while (value->kind == AST_BinOp) {
        dunder_all_elts(ac, value->as.BinOp.right, &names);
        value = value->as.BinOp.left;
    }
    dunder_all_elts(ac, value, &names);
    Binding *bd = sem_binding(&ac->sem, b);
    if (names.len) {
        Str *ns = ARENA_ARRAY(ac->ck->scratch, Str, names.len);
        uint32_t *rs = ARENA_ARRAY(ac->ck->scratch, uint32_t, names.len * 2);
        if (ns && rs) {
            for (uint32_t i = 0; i < names.len; i++) {
                const Node *e = names.data[i];
                ns[i] = (Str){e->as.Constant.value.str, e->as.Constant.value.len};
                rs[2 * i] = e->start;
                rs[2 * i + 1] = e->end;
            }
            bd->exports = ns;
            bd->export_ranges = rs;
            bd->nexports = names.len;
        }
    }
    vec_free(&names);
}

static bool in_named_expr(const AstChecker *ac)
{
    return ac->sem.flags & SF_NAMED_EXPR_TARGET;
}

static void handle_store(AstChecker *ac, const Node *name)
{
    Semantic *s = &ac->sem;
    Str id = name->as.Name.id;
    const Node *parent = s->stmt;
    uint16_t flags = parent && is_unpacking(parent, name) ? BF_UNPACKED : 0;
    if (s->scope == 0 && parent) {
        const Node *t = NULL;
        if (parent->kind == AST_Assign && parent->as.Assign.targets.len)
            t = parent->as.Assign.targets.items[0];
        else if (parent->kind == AST_AugAssign)
            t = parent->as.AugAssign.target;
        else if (parent->kind == AST_AnnAssign)
            t = parent->as.AnnAssign.target;
        if (t && t->kind == AST_Name && str_eq_c(t->as.Name.id, "__all__")) {
            BindingId b = sem_add_binding(s, BK_EXPORT, id, name->start, name->end, flags);
            if (b != SEM_NONE)
                extract_dunder_all(ac, parent, b);
            return;
        }
    }
    BindingKind kind = BK_ASSIGNMENT;
    if (in_named_expr(ac))
        kind = BK_NAMED_EXPR;
    else if (parent && parent->kind == AST_AnnAssign && !parent->as.AnnAssign.value && !(s->flags & SF_ANNOTATION))
        kind = BK_ANNOTATION;
    else if (parent && (parent->kind == AST_For || parent->kind == AST_AsyncFor))
        kind = BK_LOOP_VAR;
    else if (parent && (parent->kind == AST_With || parent->kind == AST_AsyncWith))
        kind = BK_WITH_ITEM;
    BindingId b = sem_add_binding(s, kind, id, name->start, name->end, flags);
    if (b != SEM_NONE)
        sem_binding(s, b)->node = name;
}

static bool on_conditional_branch(const AstChecker *ac)
{
    for (uint32_t i = 0; i < ac->stmts.len; i++) {
        const Node *p = ac->stmts.data[i];
        if (p->kind == AST_If || p->kind == AST_While || p->kind == AST_Match)
            return true;
        if (p->kind == AST_Expr && p->as.Expr.value->kind == AST_IfExp)
            return true;
    }
    return false;
}

static bool in_except_or_orelse(const AstChecker *ac)
{
    /* a `del` inside an except handler or an else clause (of for / while / try) */
    for (uint32_t i = 0; i + 1 < ac->stmts.len; i++) {
        const Node *p = ac->stmts.data[i], *c = ac->stmts.data[i + 1];
        const NodeList *orelse = NULL;
        if (p->kind == AST_For || p->kind == AST_AsyncFor)
            orelse = &p->as.For.orelse;
        else if (p->kind == AST_While)
            orelse = &p->as.While.orelse;
        else if (p->kind == AST_Try || p->kind == AST_TryStar) {
            orelse = &p->as.Try.orelse;
            for (uint32_t h = 0; h < p->as.Try.handlers.len; h++) {
                const Node *hd = p->as.Try.handlers.items[h];
                if (c->start >= hd->start && c->end <= hd->end)
                    return true;
            }
        }
        if (orelse)
            for (uint32_t k = 0; k < orelse->len; k++)
                if (orelse->items[k] == c)
                    return true;
    }
    return false;
}

static void handle_delete(AstChecker *ac, const Node *name)
{
    Semantic *s = &ac->sem;
    sem_resolve_del(s, name->as.Name.id, name->start, name->end);
    if (on_conditional_branch(ac) || in_except_or_orelse(ac))
        return;
    BindingId b = sem_new_binding(s, BK_DELETION, name->as.Name.id, name->start, name->end, 0);
    if (b != SEM_NONE)
        sem_scope_set(s, s->scope, name->as.Name.id, b);
}

static void visit_generators(AstChecker *ac, const NodeList *gens, const Node *comp)
{
    const Node *g0 = gens->items[0];
    uint32_t flags = ac->sem.flags;
    visit_expr(ac, g0->as.comprehension.iter);
    ScopeId sc = sem_push_scope(&ac->sem, SCOPE_GENERATOR, comp);
    visit_expr(ac, g0->as.comprehension.target);
    ac->sem.flags = flags;
    visit_list(ac, &g0->as.comprehension.ifs);
    for (uint32_t i = 1; i < gens->len; i++) {
        const Node *g = gens->items[i];
        visit_expr(ac, g->as.comprehension.iter);
        visit_expr(ac, g->as.comprehension.target);
        ac->sem.flags = flags;
        visit_list(ac, &g->as.comprehension.ifs);
    }
    (void)sc;
}

void visit_type_definition(AstChecker *ac, const Node *n)
{
    uint32_t saved = ac->sem.flags;
    ac->sem.flags |= SF_TYPE_DEFINITION;
    visit_expr(ac, n);
    ac->sem.flags = saved;
}

static void visit_non_type_definition(AstChecker *ac, const Node *n)
{
    uint32_t saved = ac->sem.flags;
    ac->sem.flags &= ~(uint32_t)SF_TYPE_DEFINITION;
    visit_expr(ac, n);
    ac->sem.flags = saved;
}

void visit_annotation(AstChecker *ac, const Node *n)
{
    uint32_t saved = ac->sem.flags;
    ac->sem.flags |= SF_ANNOTATION;
    visit_type_definition(ac, n);
    ac->sem.flags = saved;
}

static bool defer_expr(AstChecker *ac, DeferredKind kind, const Node *n)
{
    Deferred d = {
        .kind = (uint8_t)kind, .exceptions = ac->sem.exceptions, .flags = ac->sem.flags, .scope = ac->sem.scope,
        .branch = ac->sem.branch, .node = n, .stmt = ac->sem.stmt, .depth = ac->stmts.len,
    };
    if (ac->stmts.len) {
        d.stmts = ARENA_ARRAY(ac->ck->scratch, const Node *, ac->stmts.len);
        if (!d.stmts)
            return false;
        memcpy(d.stmts, ac->stmts.data, ac->stmts.len * sizeof *d.stmts);
    }
    return vec_push(&ac->deferred, d);
}

typedef enum { CALL_OTHER, CALL_CAST, CALL_NEWTYPE, CALL_TYPEVAR, CALL_TYPEALIASTYPE, CALL_NAMEDTUPLE, CALL_TYPEDDICT } CallKind;

static CallKind call_kind(AstChecker *ac, const Node *func)
{
    if (func->kind != AST_Name && func->kind != AST_Attribute)
        return CALL_OTHER;
    static const struct { Str name; CallKind k; } known[] = {
        {STR_LIT("cast"), CALL_CAST}, {STR_LIT("NewType"), CALL_NEWTYPE}, {STR_LIT("TypeVar"), CALL_TYPEVAR},
        {STR_LIT("TypeAliasType"), CALL_TYPEALIASTYPE}, {STR_LIT("NamedTuple"), CALL_NAMEDTUPLE},
        {STR_LIT("TypedDict"), CALL_TYPEDDICT},
    };
    Str last = func->kind == AST_Name ? func->as.Name.id : func->as.Attribute.attr;
    /* by length and first letter first: most calls are none of them */
    switch (last.len) {
    case 4:
        if (last.ptr[0] != 'c')
            return CALL_OTHER;
        break;
    case 7:
    case 9:
    case 10:
    case 13:
        if (last.ptr[0] != 'N' && last.ptr[0] != 'T')
            return CALL_OTHER;
        break;
    default:
        return CALL_OTHER;
    }
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (str_eq(last, known[i].name) && sem_match_typing(&ac->sem, func, known[i].name.ptr))
            return known[i].k;
    return CALL_OTHER;
}

static void visit_call(AstChecker *ac, const Node *n)
{
    const AstCall *c = &n->as.Call;
    visit_expr(ac, c->func);
    CallKind k = call_kind(ac, c->func);
    const NodeList *args = &c->args, *kws = &c->keywords;
    switch (k) {
    case CALL_CAST:
    case CALL_NEWTYPE:
    case CALL_TYPEALIASTYPE: {
        uint32_t type_pos = k == CALL_CAST ? 0 : 1;
        for (uint32_t i = 0; i < args->len; i++)
            (i == type_pos ? visit_type_definition : visit_non_type_definition)(ac, args->items[i]);
        for (uint32_t i = 0; i < kws->len; i++) {
            const Node *kw = kws->items[i];
            Str a = kw->as.keyword.arg;
            bool td = a.ptr && ((k == CALL_CAST && str_eq_c(a, "typ")) || (k == CALL_NEWTYPE && str_eq_c(a, "tp"))
                                || (k == CALL_TYPEALIASTYPE && (str_eq_c(a, "value") || str_eq_c(a, "type_params"))));
            (td ? visit_type_definition : visit_non_type_definition)(ac, kw->as.keyword.value);
        }
        return;
    }
    case CALL_TYPEVAR:
        for (uint32_t i = 0; i < args->len; i++)
            (i == 0 ? visit_non_type_definition : visit_type_definition)(ac, args->items[i]);
        for (uint32_t i = 0; i < kws->len; i++) {
            Str a = kws->items[i]->as.keyword.arg;
            bool td = a.ptr && (str_eq_c(a, "bound") || str_eq_c(a, "default"));
            (td ? visit_type_definition : visit_non_type_definition)(ac, kws->items[i]->as.keyword.value);
        }
        return;
    case CALL_NAMEDTUPLE:
        for (uint32_t i = 0; i < args->len; i++) {
            const Node *a = args->items[i];
            if (i > 0 && (a->kind == AST_List || a->kind == AST_Tuple)) {
                const NodeList *elts = a->kind == AST_List ? &a->as.List.elts : &a->as.Tuple.elts;
                for (uint32_t j = 0; j < elts->len; j++) {
                    const Node *e = elts->items[j];
                    const NodeList *pair = e->kind == AST_List ? &e->as.List.elts : e->kind == AST_Tuple ? &e->as.Tuple.elts : NULL;
                    if (pair && pair->len == 2) {
                        visit_non_type_definition(ac, pair->items[0]);
                        visit_type_definition(ac, pair->items[1]);
                    } else {
                        visit_non_type_definition(ac, e);
                    }
                }
            } else {
                visit_non_type_definition(ac, a);
            }
        }
        for (uint32_t i = 0; i < kws->len; i++) {
            const Node *kw = kws->items[i];
            const Node *v = kw->as.keyword.value;
            if (!kw->as.keyword.arg.ptr && v->kind == AST_Dict) {
                for (uint32_t j = 0; j < v->as.Dict.values.len; j++) {
                    if (v->as.Dict.keys.items[j]) {
                        visit_non_type_definition(ac, v->as.Dict.keys.items[j]);
                        visit_type_definition(ac, v->as.Dict.values.items[j]);
                    } else {
                        visit_non_type_definition(ac, v->as.Dict.values.items[j]);
                    }
                }
            } else if (!kw->as.keyword.arg.ptr) {
                visit_non_type_definition(ac, v);
            } else {
                visit_type_definition(ac, v);
            }
        }
        return;
    case CALL_TYPEDDICT:
        for (uint32_t i = 0; i < args->len; i++) {
            const Node *a = args->items[i];
            if (i > 0 && a->kind == AST_Dict) {
                for (uint32_t j = 0; j < a->as.Dict.values.len; j++) {
                    if (a->as.Dict.keys.items[j])
                        visit_non_type_definition(ac, a->as.Dict.keys.items[j]);
                    visit_type_definition(ac, a->as.Dict.values.items[j]);
                }
            } else {
                visit_non_type_definition(ac, a);
            }
        }
        for (uint32_t i = 0; i < kws->len; i++)
            visit_type_definition(ac, kws->items[i]->as.keyword.value);
        return;
    default:
        for (uint32_t i = 0; i < args->len; i++)
            visit_non_type_definition(ac, args->items[i]);
        for (uint32_t i = 0; i < kws->len; i++)
            visit_non_type_definition(ac, kws->items[i]->as.keyword.value);
        return;
    }
}

/* Whether a subscripted value is a generic that takes types (typing's or a builtin generic). */
static bool is_generic_subscript(AstChecker *ac, const Node *value)
{
    char q[256];
    if (!sem_qualified_name(&ac->sem, value, q, sizeof q))
        return false;
    if (sem_is_std_generic(q, ac->sem.typing_modules))
        return true;
    for (const char *const *t = ac->ck->settings->extend_generics; t && *t; t++)
        if (!strcmp(q, *t))
            return true;
    return false;
}

static void visit_subscript(AstChecker *ac, const Node *n)
{
    const AstSubscript *sb = &n->as.Subscript;
    if (sb->ctx != OP_Load) {
        visit_expr(ac, sb->value);
        visit_expr(ac, sb->slice);
        return;
    }
    visit_expr(ac, sb->value);
    uint32_t saved = ac->sem.flags;
    if (sb->value->kind != AST_Name && sb->value->kind != AST_Attribute) {
        visit_expr(ac, sb->slice);
    } else if (sem_match_typing(&ac->sem, sb->value, "Literal")) {
        ac->sem.flags |= SF_LITERAL;
        visit_expr(ac, sb->slice);
    } else if (sem_match_typing(&ac->sem, sb->value, "Annotated")) {
        if (sb->slice->kind == AST_Tuple) {
            const NodeList *elts = &sb->slice->as.Tuple.elts;
            for (uint32_t i = 0; i < elts->len; i++)
                (i == 0 ? visit_type_definition : visit_non_type_definition)(ac, elts->items[i]);
        } else {
            visit_expr(ac, sb->slice);
        }
    } else if (is_generic_subscript(ac, sb->value)) {
        visit_type_definition(ac, sb->slice);
    } else {
        visit_expr(ac, sb->slice);
    }
    ac->sem.flags = saved;
}

/* The end of a comprehension's or lambda's scope (its end-of-scope rules run at the end). */
static void end_scope(AstChecker *ac)
{
    vec_push(&ac->dead_scopes, ac->sem.scope);
    sem_pop_scope(&ac->sem);
}

/* Every node but those visit_expr answers itself: the rule dispatch after the children. */
static __attribute__((noinline)) void visit_expr_full(AstChecker *ac, const Node *n)
{
    Semantic *s = &ac->sem;
    if (n->kind == AST_Name && n->as.Name.ctx == OP_Load) { /* with the expression stack (preview F401) */
        if (!vec_push(&ac->exprs, n)) {
            s->oom = true;
            return;
        }
        pyflakes_note_import_ref(ac, sem_resolve_load(s, n->as.Name.id, n->start, n->end));
        ac->exprs.len--;
        return;
    }
    if (ac->track_exprs && !vec_push(&ac->exprs, n)) {
        s->oom = true;
        return;
    }
    uint32_t saved = s->flags;
    switch (n->kind) {
    case AST_Name:
        if (n->as.Name.ctx == OP_Store)
            handle_store(ac, n);
        else
            handle_delete(ac, n);
        break;
    case AST_ListComp:
        visit_generators(ac, &n->as.ListComp.generators, n);
        visit_expr(ac, n->as.ListComp.elt);
        end_scope(ac);
        break;
    case AST_SetComp:
        visit_generators(ac, &n->as.SetComp.generators, n);
        visit_expr(ac, n->as.SetComp.elt);
        end_scope(ac);
        break;
    case AST_GeneratorExp:
        visit_generators(ac, &n->as.GeneratorExp.generators, n);
        visit_expr(ac, n->as.GeneratorExp.elt);
        end_scope(ac);
        break;
    case AST_DictComp:
        visit_generators(ac, &n->as.DictComp.generators, n);
        visit_expr(ac, n->as.DictComp.key);
        visit_expr(ac, n->as.DictComp.value);
        end_scope(ac);
        break;
    case AST_Lambda: {
        const Node *a = n->as.Lambda.args;
        visit_list(ac, &a->as.arguments.defaults);
        visit_list(ac, &a->as.arguments.kw_defaults);
        sem_push_scope(s, SCOPE_LAMBDA, n);
        defer_expr(ac, DEF_LAMBDA, n);
        end_scope(ac);
        break;
    }
    case AST_Call:
        if (n->as.Call.func->kind == AST_Name && str_eq(n->as.Call.func->as.Name.id, STR_LIT("locals")))
            sem_current_scope(s)->uses_locals = true;
        visit_call(ac, n);
        break;
    case AST_Subscript:
        visit_subscript(ac, n);
        break;
    case AST_Constant:
        if (n->as.Constant.value.kind == CONST_STR && (s->flags & SF_TYPE_DEFINITION) && !(s->flags & SF_LITERAL))
            defer_expr(ac, DEF_STRING_TYPE, n);
        break;
    case AST_JoinedStr:
        s->flags |= SF_F_STRING;
        visit_list(ac, &n->as.JoinedStr.values);
        break;
    case AST_FormattedValue:
        visit_expr(ac, n->as.FormattedValue.value);
        if (n->as.FormattedValue.format_spec)
            visit_expr(ac, n->as.FormattedValue.format_spec);
        break;
    case AST_NamedExpr:
        visit_expr(ac, n->as.NamedExpr.value);
        s->flags |= SF_NAMED_EXPR_TARGET;
        visit_expr(ac, n->as.NamedExpr.target);
        break;
    case AST_Dict:
        for (uint32_t i = 0; i < n->as.Dict.values.len; i++) {
            if (n->as.Dict.keys.items[i])
                visit_expr(ac, n->as.Dict.keys.items[i]);
            visit_expr(ac, n->as.Dict.values.items[i]);
        }
        break;
    case AST_Attribute:
        visit_expr(ac, n->as.Attribute.value);
        break;
    case AST_BinOp:
        visit_expr(ac, n->as.BinOp.left);
        visit_expr(ac, n->as.BinOp.right);
        break;
    case AST_BoolOp:
        visit_list(ac, &n->as.BoolOp.values);
        break;
    case AST_Compare:
        visit_expr(ac, n->as.Compare.left);
        visit_list(ac, &n->as.Compare.comparators);
        break;
    case AST_UnaryOp:
        visit_expr(ac, n->as.UnaryOp.operand);
        break;
    case AST_Tuple:
        visit_list(ac, &n->as.Tuple.elts);
        break;
    case AST_List:
        visit_list(ac, &n->as.List.elts);
        break;
    case AST_Starred:
        visit_expr(ac, n->as.Starred.value);
        break;
    default: {
        /* every other expression: its children in field order */
        for (const uint16_t *f = ast_kind_info[n->kind].children; *f; f++) {
            const char *at = (const char *)n + (*f & ~AST_CHILD_LIST);
            if (!(*f & AST_CHILD_LIST)) {
                const Node *c = *(Node *const *)at;
                if (c)
                    visit_expr(ac, c);
            } else {
                visit_list(ac, (const NodeList *)at);
            }
        }
        break;
    }
    }
    s->flags = saved;
    if (ac->expr_rules[n->kind])
        analyze_expr(ac, n);
    if (ac->track_exprs)
        ac->exprs.len--;
}

void visit_expr(AstChecker *ac, const Node *n)
{
    Semantic *s = &ac->sem;
    /* Annotations under `from __future__ import annotations` are evaluated lazily. */
    if ((s->flags & (SF_TYPE_DEFINITION | SF_ANNOTATION)) == (SF_TYPE_DEFINITION | SF_ANNOTATION)
        && !(s->flags & (SF_LITERAL | SF_DEFERRED_TYPE)) && ((s->flags & SF_FUTURE_ANNOTATIONS) || ac->minor >= 14)) {
        defer_expr(ac, n->kind == AST_Constant && n->as.Constant.value.kind == CONST_STR ? DEF_STRING_TYPE : DEF_TYPE_DEF, n);
        return;
    }
    /* The commonest nodes here, in a function small enough to cost little: a load, a constant,
     * an attribute (no rule of analyze_expr reads them; a constant in a type definition is a
     * forward reference), unless preview F401 keeps the stack of enclosing expressions. */
    if (!ac->track_exprs) {
        switch (n->kind) {
        case AST_Name:
            if (n->as.Name.ctx != OP_Load)
                break;
            sem_resolve_load(s, n->as.Name.id, n->start, n->end);
            return;
        case AST_Constant:
            if (n->as.Constant.value.kind == CONST_STR && (s->flags & SF_TYPE_DEFINITION) && !(s->flags & SF_LITERAL))
                defer_expr(ac, DEF_STRING_TYPE, n);
            return;
        case AST_Attribute: {
            uint32_t saved = s->flags;
            visit_expr(ac, n->as.Attribute.value);
            s->flags = saved;
            return;
        }
        default:
            break;
        }
    }
    visit_expr_full(ac, n);
}
