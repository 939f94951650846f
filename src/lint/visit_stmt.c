/* visit_stmt.c: the AST checker's walk over statements in evaluation order: it binds the names
 * each statement introduces, defers function bodies, and calls the statement rules. */
#include <string.h>

#include "lint/ast_checker.h"

#define FN(n) ((n)->as.FunctionDef) /* FunctionDef and AsyncFunctionDef share one layout */

static bool defer(AstChecker *ac, DeferredKind kind, const Node *node, ScopeId scope, uint32_t extra_flags)
{
    Deferred d = {
        .kind = (uint8_t)kind, .exceptions = ac->sem.exceptions, .flags = ac->sem.flags | extra_flags,
        .scope = scope, .branch = ac->sem.branch, .node = node, .stmt = ac->sem.stmt, .depth = ac->stmts.len,
    };
    if (ac->stmts.len) {
        d.stmts = ARENA_ARRAY(ac->ck->scratch, const Node *, ac->stmts.len);
        if (!d.stmts) {
            ac->sem.oom = true;
            return false;
        }
        memcpy(d.stmts, ac->stmts.data, ac->stmts.len * sizeof *d.stmts);
    }
    if (!vec_push(&ac->deferred, d)) {
        ac->sem.oom = true;
        return false;
    }
    return true;
}

/* The range of the name after `def` / `class` in a definition. */
/* Skip spaces and tabs from i; returns where they end (i when none). */
static uint32_t skip_blanks(const char *src, uint32_t i, uint32_t end)
{
    while (i < end && (src[i] == ' ' || src[i] == '\t'))
        i++;
    return i;
}

/* `[async] def name` / `class name` written plainly at the statement's start (no decorator, no
 * line continuation): the name's range read from the source, without the token search. */
static bool plain_def_name(AstChecker *ac, const Node *n, Str name, uint32_t *start, uint32_t *end)
{
    const char *src = ac->ck->src->text;
    uint32_t i = n->start, e = n->end;
    if (e - i > 6 && !memcmp(src + i, "async", 5) && (src[i + 5] == ' ' || src[i + 5] == '\t'))
        i = skip_blanks(src, i + 5, e);
    uint32_t k = e - i > 4 && !memcmp(src + i, "def", 3) ? 3 : e - i > 6 && !memcmp(src + i, "class", 5) ? 5 : 0;
    if (!k || (src[i + k] != ' ' && src[i + k] != '\t'))
        return false;
    i = skip_blanks(src, i + k, e);
    if (e - i <= name.len || memcmp(src + i, name.ptr, name.len))
        return false;
    unsigned char after = (unsigned char)src[i + name.len];
    if (after >= 0x80 || after == '_' || (after >= '0' && after <= '9') || ((after | 0x20) >= 'a' && (after | 0x20) <= 'z'))
        return false; /* the name goes on: not this one */
    *start = i;
    *end = i + (uint32_t)name.len;
    return true;
}

static void def_name_range(AstChecker *ac, const Node *n, Str name, uint32_t *start, uint32_t *end)
{
    if (name.len && plain_def_name(ac, n, name, start, end))
        return;
    const TokenList *t = &ac->ck->parse->tokens;
    for (uint32_t i = ac_token_at(ac, n->start); i + 1 < t->len && t->data[i].start < n->end; i++) {
        if (t->data[i].kw == KW_DEF || t->data[i].kw == KW_CLASS) {
            *start = t->data[i + 1].start;
            *end = t->data[i + 1].end;
            return;
        }
    }
    if (!ac_find_name(ac, n->start, n->end, name, start, end)) {
        *start = n->start;
        *end = n->end;
    }
}

void visit_body(AstChecker *ac, const NodeList *body)
{
    for (uint32_t i = 0; i < body->len; i++)
        visit_stmt(ac, body->items[i]);
}

static void visit_list(AstChecker *ac, const NodeList *l)
{
    for (uint32_t i = 0; i < l->len; i++)
        if (l->items[i])
            visit_expr(ac, l->items[i]);
}

static bool is_docstring_stmt(const Node *n)
{
    return n->kind == AST_Expr && n->as.Expr.value->kind == AST_Constant && n->as.Expr.value->as.Constant.value.kind == CONST_STR;
}

/* Whether `if` tests TYPE_CHECKING (bare or through typing). */
static bool is_type_checking_test(AstChecker *ac, const Node *test)
{
    if (test->kind == AST_Name && str_eq_c(test->as.Name.id, "TYPE_CHECKING"))
        return true;
    return sem_match_typing(&ac->sem, test, "TYPE_CHECKING");
}

static void visit_type_params(AstChecker *ac, const NodeList *params)
{
    for (uint32_t i = 0; i < params->len; i++) {
        const Node *p = params->items[i];
        Str name = p->as.TypeVar.name; /* the three kinds start with `name` */
        uint32_t s, e;
        if (!ac_find_name(ac, p->start, p->end, name, &s, &e)) {
            s = p->start;
            e = p->end;
        }
        sem_add_binding(&ac->sem, BK_TYPE_PARAM, name, s, e, 0);
        const Node *bound = p->kind == AST_TypeVar ? p->as.TypeVar.bound : NULL;
        const Node *dflt = p->kind == AST_TypeVar ? p->as.TypeVar.default_value
                         : p->kind == AST_ParamSpec ? p->as.ParamSpec.default_value
                                                    : p->as.TypeVarTuple.default_value;
        if (bound)
            defer(ac, DEF_TYPE_DEF, bound, ac->sem.scope, SF_TYPE_DEFINITION);
        if (dflt)
            defer(ac, DEF_TYPE_DEF, dflt, ac->sem.scope, SF_TYPE_DEFINITION);
    }
}

static void visit_arg_annotation(AstChecker *ac, const Node *arg)
{
    if (arg && arg->as.arg.annotation)
        visit_annotation(ac, arg->as.arg.annotation);
}

/* Ruff's Globals pre-scan: a name a nested body declares `global` gets a synthetic assignment in
 * the module scope when the module does not bind it (yet). */
static void synthesize_globals_in(AstChecker *ac, const NodeList *body, const Node *def)
{
    for (uint32_t i = 0; i < body->len; i++) {
        const Node *st = body->items[i];
        switch (st->kind) {
        case AST_Global:
            for (uint32_t k = 0; k < st->as.Global.names.len; k++) {
                Str name = st->as.Global.names.items[k];
                BindingId g = sem_global(&ac->sem, name);
                if (g != SEM_NONE && sem_binding(&ac->sem, g)->kind != BK_DELETION && sem_binding(&ac->sem, g)->kind != BK_UNBOUND_EXCEPTION)
                    continue;
                uint32_t s, e;
                if (!ac_find_name(ac, st->start, st->end, name, &s, &e)) {
                    s = st->start;
                    e = st->end;
                }
                ScopeId saved = ac->sem.scope;
                const Node *saved_stmt = ac->sem.stmt;
                ac->sem.scope = 0;
                ac->sem.stmt = def;
                BindingId b = sem_new_binding(&ac->sem, BK_ASSIGNMENT, name, s, e, 0);
                if (b != SEM_NONE)
                    sem_scope_set(&ac->sem, 0, name, b);
                ac->sem.scope = saved;
                ac->sem.stmt = saved_stmt;
            }
            break;
        case AST_FunctionDef:
        case AST_AsyncFunctionDef:
        case AST_ClassDef:
            break;
        case AST_If:
            synthesize_globals_in(ac, &st->as.If.body, def);
            synthesize_globals_in(ac, &st->as.If.orelse, def);
            break;
        case AST_For:
        case AST_AsyncFor:
            synthesize_globals_in(ac, &st->as.For.body, def);
            synthesize_globals_in(ac, &st->as.For.orelse, def);
            break;
        case AST_While:
            synthesize_globals_in(ac, &st->as.While.body, def);
            synthesize_globals_in(ac, &st->as.While.orelse, def);
            break;
        case AST_With:
        case AST_AsyncWith:
            synthesize_globals_in(ac, &st->as.With.body, def);
            break;
        case AST_Try:
        case AST_TryStar:
            synthesize_globals_in(ac, &st->as.Try.body, def);
            for (uint32_t h = 0; h < st->as.Try.handlers.len; h++)
                synthesize_globals_in(ac, &st->as.Try.handlers.items[h]->as.ExceptHandler.body, def);
            synthesize_globals_in(ac, &st->as.Try.orelse, def);
            synthesize_globals_in(ac, &st->as.Try.finalbody, def);
            break;
        case AST_Match:
            for (uint32_t c = 0; c < st->as.Match.cases.len; c++)
                synthesize_globals_in(ac, &st->as.Match.cases.items[c]->as.match_case.body, def);
            break;
        default:
            break;
        }
    }
}

static void visit_function_def(AstChecker *ac, const Node *n)
{
    visit_list(ac, &FN(n).decorator_list);
    const Node *a = FN(n).args;
    visit_list(ac, &a->as.arguments.defaults);
    visit_list(ac, &a->as.arguments.kw_defaults);
    sem_push_scope(&ac->sem, SCOPE_TYPE, n);
    visit_type_params(ac, &FN(n).type_params);
    for (uint32_t i = 0; i < a->as.arguments.posonlyargs.len; i++)
        visit_arg_annotation(ac, a->as.arguments.posonlyargs.items[i]);
    for (uint32_t i = 0; i < a->as.arguments.args.len; i++)
        visit_arg_annotation(ac, a->as.arguments.args.items[i]);
    visit_arg_annotation(ac, a->as.arguments.vararg);
    for (uint32_t i = 0; i < a->as.arguments.kwonlyargs.len; i++)
        visit_arg_annotation(ac, a->as.arguments.kwonlyargs.items[i]);
    visit_arg_annotation(ac, a->as.arguments.kwarg);
    if (FN(n).returns)
        visit_annotation(ac, FN(n).returns);
    ScopeId fs = sem_push_scope(&ac->sem, SCOPE_FUNCTION, n);
    defer(ac, DEF_FUNCTION, n, fs, 0);
    synthesize_globals_in(ac, &FN(n).body, n);
    vec_push(&ac->dead_scopes, fs);
    sem_pop_scope(&ac->sem);
    sem_pop_scope(&ac->sem);
    uint32_t s, e;
    def_name_range(ac, n, FN(n).name, &s, &e);
    sem_add_binding(&ac->sem, BK_FUNCTION, FN(n).name, s, e, 0);
}

static void visit_class_def(AstChecker *ac, const Node *n)
{
    const AstClassDef *c = &n->as.ClassDef;
    visit_list(ac, &c->decorator_list);
    sem_push_scope(&ac->sem, SCOPE_TYPE, n);
    visit_type_params(ac, &c->type_params);
    visit_list(ac, &c->bases);
    for (uint32_t i = 0; i < c->keywords.len; i++)
        visit_expr(ac, c->keywords.items[i]->as.keyword.value);
    ScopeId cs = sem_push_scope(&ac->sem, SCOPE_CLASS, n);
    synthesize_globals_in(ac, &c->body, n);
    uint32_t saved = ac->sem.flags;
    visit_body(ac, &c->body);
    ac->sem.flags = saved;
    vec_push(&ac->dead_scopes, cs);
    sem_pop_scope(&ac->sem);
    sem_pop_scope(&ac->sem);
    uint32_t s, e;
    def_name_range(ac, n, c->name, &s, &e);
    sem_add_binding(&ac->sem, BK_CLASS, c->name, s, e, 0);
}

/* The range of an alias's bound name: the `as` name when there is one, else the dotted name. */
static void alias_range(AstChecker *ac, const Node *al, uint32_t *s, uint32_t *e)
{
    const Astalias *a = &al->as.alias;
    *s = al->start;
    *e = al->end;
    if (a->asname.ptr) {
        uint32_t as_s, as_e;
        /* the last name token of the alias */
        const TokenList *t = &ac->ck->parse->tokens;
        uint32_t last = SEM_NONE;
        for (uint32_t i = ac_token_at(ac, al->start); i < t->len && t->data[i].start < al->end; i++)
            if (t->data[i].kind == TK_NAME)
                last = i;
        if (last != SEM_NONE) {
            *s = t->data[last].start;
            *e = t->data[last].end;
        } else if (ac_find_name(ac, al->start, al->end, a->asname, &as_s, &as_e)) {
            *s = as_s;
            *e = as_e;
        }
    }
}

static void bind_import(AstChecker *ac, const Node *n)
{
    const NodeList *names = &n->as.Import.names;
    for (uint32_t i = 0; i < names->len; i++) {
        const Node *al = names->items[i];
        const Astalias *a = &al->as.alias;
        uint32_t s, e;
        alias_range(ac, al, &s, &e);
        const char *dot = memchr(a->name.ptr, '.', a->name.len);
        BindingId b;
        if (!a->asname.ptr && dot) {
            Str first = {a->name.ptr, (size_t)(dot - a->name.ptr)};
            b = sem_add_binding(&ac->sem, BK_SUBMODULE_IMPORT, first, s, e, 0);
        } else {
            uint16_t fl = a->asname.ptr && str_eq(a->asname, a->name) ? BF_EXPLICIT_EXPORT : 0;
            b = sem_add_binding(&ac->sem, BK_IMPORT, a->asname.ptr ? a->asname : a->name, s, e, fl);
        }
        if (b != SEM_NONE) {
            sem_binding(&ac->sem, b)->qualified = a->name;
            sem_binding(&ac->sem, b)->node = al;
        }
    }
}

static void bind_import_from(AstChecker *ac, const Node *n)
{
    const AstImportFrom *f = &n->as.ImportFrom;
    bool future = f->level == 0 && f->module.ptr && str_eq_c(f->module, "__future__");
    for (uint32_t i = 0; i < f->names.len; i++) {
        const Node *al = f->names.items[i];
        const Astalias *a = &al->as.alias;
        uint32_t s, e;
        alias_range(ac, al, &s, &e);
        if (future) {
            BindingId b = sem_add_binding(&ac->sem, BK_FUTURE_IMPORT, a->asname.ptr ? a->asname : a->name, s, e, 0);
            if (b != SEM_NONE) {
                sem_binding(&ac->sem, b)->nrefs++; /* always used */
                sem_binding(&ac->sem, b)->node = al;
            }
            if (str_eq_c(a->name, "annotations"))
                ac->sem.flags |= SF_FUTURE_ANNOTATIONS;
        } else if (str_eq_c(a->name, "*")) {
            sem_current_scope(&ac->sem)->has_star_import = true;
        } else {
            uint16_t fl = a->asname.ptr && str_eq(a->asname, a->name) ? BF_EXPLICIT_EXPORT : 0;
            BindingId b = sem_add_binding(&ac->sem, BK_FROM_IMPORT, a->asname.ptr ? a->asname : a->name, s, e, fl);
            if (b != SEM_NONE) {
                /* qualified: "." * level + module + "." + name */
                size_t nd = f->level > 32 ? 32 : (size_t)f->level;
                Str mod = f->module.ptr ? f->module : (Str){"", 0};
                size_t len = nd + mod.len + (mod.len ? 1 : 0) + a->name.len;
                char *buf = arena_alloc(ac->ck->scratch, len + 1);
                Str q = a->name;
                if (buf) {
                    memset(buf, '.', nd);
                    memcpy(buf + nd, mod.ptr, mod.len);
                    if (mod.len)
                        buf[nd + mod.len] = '.';
                    memcpy(buf + len - a->name.len, a->name.ptr, a->name.len);
                    buf[len] = 0;
                    q = (Str){buf, len};
                }
                sem_binding(&ac->sem, b)->qualified = q;
                sem_binding(&ac->sem, b)->node = al;
            }
        }
    }
}

static void bind_global(AstChecker *ac, const Node *n, bool nonlocal)
{
    if (ac->sem.scope == 0)
        return;
    const IdentList *names = nonlocal ? &n->as.Nonlocal.names : &n->as.Global.names;
    for (uint32_t i = 0; i < names->len; i++) {
        Str name = names->items[i];
        uint32_t s, e;
        if (!ac_find_name(ac, n->start, n->end, name, &s, &e)) {
            s = n->start;
            e = n->end;
        }
        BindingId target = SEM_NONE;
        if (!nonlocal) {
            target = sem_global(&ac->sem, name);
        } else {
            for (ScopeId up = sem_current_scope(&ac->sem)->parent; up != SEM_NONE && up != 0; up = sem_scope(&ac->sem, up)->parent) {
                if (sem_scope(&ac->sem, up)->kind != SCOPE_FUNCTION && sem_scope(&ac->sem, up)->kind != SCOPE_LAMBDA)
                    continue;
                target = sem_scope_get(&ac->sem, up, name);
                if (target != SEM_NONE)
                    break;
            }
            if (target == SEM_NONE) {
                /* `nonlocal __class__` in a method: the implicit class cell */
                bool in_class = false;
                for (ScopeId up = sem_current_scope(&ac->sem)->parent; up != SEM_NONE; up = sem_scope(&ac->sem, up)->parent)
                    in_class |= sem_scope(&ac->sem, up)->kind == SCOPE_CLASS;
                if (!(in_class && str_eq_c(name, "__class__")))
                    continue;
            } else {
                sem_binding(&ac->sem, target)->nrefs++;
            }
        }
        BindingId b = sem_new_binding(&ac->sem, nonlocal ? BK_NONLOCAL : BK_GLOBAL, name, s, e, nonlocal ? BF_NONLOCAL : BF_GLOBAL);
        if (b == SEM_NONE)
            return;
        sem_binding(&ac->sem, b)->target = target;
        sem_scope_set(&ac->sem, ac->sem.scope, name, b);
    }
}

/* Exceptions a try statement's handlers catch that matter for F401 and F821. */
static uint8_t handled_exceptions(AstChecker *ac, const NodeList *handlers)
{
    uint8_t ex = 0;
    for (uint32_t i = 0; i < handlers->len; i++) {
        const Node *t = handlers->items[i]->as.ExceptHandler.type;
        if (!t)
            continue;
        const NodeList *elts = NULL;
        NodeList one = {(Node **)&t, 1};
        elts = t->kind == AST_Tuple ? &t->as.Tuple.elts : &one;
        for (uint32_t j = 0; j < elts->len; j++) {
            const Node *e = elts->items[j];
            if (sem_is_builtin(&ac->sem, e, "NameError"))
                ex |= EXC_NAME_ERROR;
            else if (sem_is_builtin(&ac->sem, e, "ModuleNotFoundError"))
                ex |= EXC_MODULE_NOT_FOUND;
            else if (sem_is_builtin(&ac->sem, e, "ImportError"))
                ex |= EXC_IMPORT_ERROR;
        }
    }
    return ex;
}

/* An except handler; `outer` is the branch of its try statement, which Ruff gives the bindings
 * of the handler's name (their source is the try statement). */
static void visit_except_handler(AstChecker *ac, const Node *h, BranchId outer)
{
    const AstExceptHandler *eh = &h->as.ExceptHandler;
    Semantic *s = &ac->sem;
    BindingId prev = SEM_NONE;
    uint32_t ns = 0, ne = 0;
    if (eh->name.ptr) {
        prev = sem_lookup(s, eh->name);
        uint32_t from = eh->type ? eh->type->end : h->start;
        if (!ac_find_name(ac, from, h->end, eh->name, &ns, &ne)) {
            ns = h->start;
            ne = h->end;
        }
    }
    if (eh->name.ptr) {
        BranchId b = s->branch;
        s->branch = outer;
        BindingId bound = sem_add_binding(s, BK_BOUND_EXCEPTION, eh->name, ns, ne, 0);
        s->branch = b;
        if (bound != SEM_NONE)
            sem_binding(s, bound)->node = h;
    }
    if (eh->type)
        visit_expr(ac, eh->type);
    visit_body(ac, &eh->body);
    if (eh->name.ptr) {
        BranchId b = s->branch;
        s->branch = outer;
        BindingId u = sem_add_binding(s, BK_UNBOUND_EXCEPTION, eh->name, ns, ne, 0);
        s->branch = b;
        if (u != SEM_NONE)
            sem_binding(s, u)->target = prev;
    }
    analyze_except_handler(ac, h, SEM_NONE);
}

static void visit_pattern(AstChecker *ac, const Node *p)
{
    Str name = {0};
    switch (p->kind) {
    case AST_MatchAs: name = p->as.MatchAs.name; break;
    case AST_MatchStar: name = p->as.MatchStar.name; break;
    case AST_MatchMapping: name = p->as.MatchMapping.rest; break;
    default: break;
    }
    if (name.ptr) {
        uint32_t s = p->start, e = p->end;
        if (p->kind == AST_MatchAs && p->as.MatchAs.pattern) {
            /* `pattern as name`: the name ends the node */
            s = e - (uint32_t)name.len;
        } else if (p->kind == AST_MatchStar) {
            ac_find_name(ac, p->start, p->end, name, &s, &e);
        } else if (p->kind == AST_MatchMapping) {
            /* `**rest` is the last name of the mapping */
            const TokenList *t = &ac->ck->parse->tokens;
            for (uint32_t i = ac_token_at(ac, p->start); i < t->len && t->data[i].start < p->end; i++)
                if (t->data[i].kind == TK_NAME && t->data[i].end - t->data[i].start == name.len
                    && !memcmp(ac->ck->src->text + t->data[i].start, name.ptr, name.len)) {
                    s = t->data[i].start;
                    e = t->data[i].end;
                }
        }
        sem_add_binding(&ac->sem, BK_ASSIGNMENT, name, s, e, 0);
    }
    switch (p->kind) {
    case AST_MatchValue: visit_expr(ac, p->as.MatchValue.value); break;
    case AST_MatchSequence:
        for (uint32_t i = 0; i < p->as.MatchSequence.patterns.len; i++)
            visit_pattern(ac, p->as.MatchSequence.patterns.items[i]);
        break;
    case AST_MatchMapping:
        visit_list(ac, &p->as.MatchMapping.keys);
        for (uint32_t i = 0; i < p->as.MatchMapping.patterns.len; i++)
            visit_pattern(ac, p->as.MatchMapping.patterns.items[i]);
        break;
    case AST_MatchClass:
        visit_expr(ac, p->as.MatchClass.cls);
        for (uint32_t i = 0; i < p->as.MatchClass.patterns.len; i++)
            visit_pattern(ac, p->as.MatchClass.patterns.items[i]);
        for (uint32_t i = 0; i < p->as.MatchClass.kwd_patterns.len; i++)
            visit_pattern(ac, p->as.MatchClass.kwd_patterns.items[i]);
        break;
    case AST_MatchAs:
        if (p->as.MatchAs.pattern)
            visit_pattern(ac, p->as.MatchAs.pattern);
        break;
    case AST_MatchOr:
        for (uint32_t i = 0; i < p->as.MatchOr.patterns.len; i++)
            visit_pattern(ac, p->as.MatchOr.patterns.items[i]);
        break;
    default: break;
    }
}

/* The module docstring and `__future__` boundaries, as Ruff's semantic syntax checker moves them
 * (a function definition only when its body is visited, after the module). */
static void update_boundaries(AstChecker *ac, const Node *n)
{
    if (ac->seen_docstring_boundary && ac->seen_futures_boundary)
        return; /* both passed: nothing below changes them */
    if (n->kind == AST_FunctionDef || n->kind == AST_AsyncFunctionDef) {
        if (ac->sem.scope == 0 && ac->stmts.len == 1)
            return;
    }
    if (!ac->seen_docstring_boundary && is_docstring_stmt(n)) {
        ac->seen_docstring_boundary = true;
        return;
    }
    ac->seen_docstring_boundary = true;
    if (n->kind == AST_ImportFrom && n->as.ImportFrom.module.ptr && str_eq_c(n->as.ImportFrom.module, "__future__"))
        return;
    ac->seen_futures_boundary = true;
}

void visit_stmt(AstChecker *ac, const Node *n)
{
    Semantic *s = &ac->sem;
    if (!vec_push(&ac->stmts, n)) {
        s->oom = true;
        return;
    }
    const Node *saved_stmt = s->stmt;
    uint32_t saved_flags = s->flags;
    s->stmt = n;

    switch (n->kind) {
    case AST_FunctionDef:
    case AST_AsyncFunctionDef:
        visit_function_def(ac, n);
        break;
    case AST_ClassDef:
        visit_class_def(ac, n);
        break;
    case AST_Return:
        if (n->as.Return.value)
            visit_expr(ac, n->as.Return.value);
        break;
    case AST_Delete:
        visit_list(ac, &n->as.Delete.targets);
        break;
    case AST_Assign:
        visit_expr(ac, n->as.Assign.value);
        visit_list(ac, &n->as.Assign.targets);
        break;
    case AST_TypeAlias:
        sem_push_scope(s, SCOPE_TYPE, n);
        visit_type_params(ac, &n->as.TypeAlias.type_params);
        defer(ac, DEF_TYPE_DEF, n->as.TypeAlias.value, s->scope, SF_TYPE_DEFINITION | SF_TYPE_ALIAS_VALUE);
        sem_pop_scope(s);
        visit_expr(ac, n->as.TypeAlias.name);
        break;
    case AST_AugAssign:
        if (n->as.AugAssign.target->kind == AST_Name) {
            const Node *t = n->as.AugAssign.target;
            sem_resolve_load(s, t->as.Name.id, t->start, t->end);
        }
        visit_expr(ac, n->as.AugAssign.value);
        visit_expr(ac, n->as.AugAssign.target);
        break;
    case AST_AnnAssign:
        visit_annotation(ac, n->as.AnnAssign.annotation);
        if (n->as.AnnAssign.value) {
            if (sem_match_typing(s, n->as.AnnAssign.annotation, "TypeAlias"))
                visit_type_definition(ac, n->as.AnnAssign.value);
            else
                visit_expr(ac, n->as.AnnAssign.value);
        }
        visit_expr(ac, n->as.AnnAssign.target);
        break;
    case AST_For:
    case AST_AsyncFor:
        visit_expr(ac, n->as.For.iter);
        visit_expr(ac, n->as.For.target);
        visit_body(ac, &n->as.For.body);
        visit_body(ac, &n->as.For.orelse);
        break;
    case AST_While:
        visit_expr(ac, n->as.While.test);
        visit_body(ac, &n->as.While.body);
        visit_body(ac, &n->as.While.orelse);
        break;
    case AST_If: {
        visit_expr(ac, n->as.If.test);
        BranchId prev = sem_push_branch(s);
        if (is_type_checking_test(ac, n->as.If.test))
            s->flags |= SF_TYPE_CHECKING;
        visit_body(ac, &n->as.If.body);
        s->flags = saved_flags;
        sem_set_branch(s, prev);
        /* elif / else: each clause a branch of its own, as Ruff's flat clause list */
        const NodeList *orelse = &n->as.If.orelse;
        while (orelse->len) {
            if (orelse->len == 1 && orelse->items[0]->kind == AST_If
                && !strncmp(ac->ck->src->text + orelse->items[0]->start, "elif", 4)) {
                /* elif: its test, then its body in a new branch (Ruff keeps the `if` as parent) */
                const Node *elif = orelse->items[0];
                sem_push_branch(s);
                vec_push(&ac->stmts, elif);
                s->stmt = elif;
                visit_expr(ac, elif->as.If.test);
                visit_body(ac, &elif->as.If.body);
                ac->stmts.len--;
                s->stmt = n;
                sem_set_branch(s, prev);
                orelse = &elif->as.If.orelse;
                analyze_stmt(ac, elif);
                continue;
            }
            sem_push_branch(s);
            visit_body(ac, orelse);
            sem_set_branch(s, prev);
            break;
        }
        break;
    }
    case AST_With:
    case AST_AsyncWith: {
        const NodeList *items = &n->as.With.items;
        for (uint32_t i = 0; i < items->len; i++) {
            visit_expr(ac, items->items[i]->as.withitem.context_expr);
            if (items->items[i]->as.withitem.optional_vars)
                visit_expr(ac, items->items[i]->as.withitem.optional_vars);
        }
        BranchId prev = sem_push_branch(s);
        visit_body(ac, &n->as.With.body);
        sem_set_branch(s, prev);
        break;
    }
    case AST_Match: {
        visit_expr(ac, n->as.Match.subject);
        for (uint32_t i = 0; i < n->as.Match.cases.len; i++) {
            const Node *c = n->as.Match.cases.items[i];
            visit_pattern(ac, c->as.match_case.pattern);
            if (c->as.match_case.guard)
                visit_expr(ac, c->as.match_case.guard);
            BranchId prev = sem_push_branch(s);
            visit_body(ac, &c->as.match_case.body);
            sem_set_branch(s, prev);
        }
        break;
    }
    case AST_Raise:
        if (n->as.Raise.exc)
            visit_expr(ac, n->as.Raise.exc);
        if (n->as.Raise.cause)
            visit_expr(ac, n->as.Raise.cause);
        break;
    case AST_Try:
    case AST_TryStar: {
        const AstTry *t = &n->as.Try;
        BranchId prev = sem_push_branch(s);
        BranchId body_branch = s->branch;
        uint8_t saved_ex = s->exceptions;
        s->exceptions |= handled_exceptions(ac, &t->handlers);
        visit_body(ac, &t->body);
        s->exceptions = saved_ex;
        sem_set_branch(s, prev);
        for (uint32_t i = 0; i < t->handlers.len; i++) {
            sem_push_branch(s);
            visit_except_handler(ac, t->handlers.items[i], prev);
            sem_set_branch(s, prev);
        }
        sem_set_branch(s, body_branch);
        visit_body(ac, &t->orelse);
        sem_set_branch(s, prev);
        sem_push_branch(s);
        visit_body(ac, &t->finalbody);
        sem_set_branch(s, prev);
        break;
    }
    case AST_Assert:
        s->flags |= SF_ASSERT;
        visit_expr(ac, n->as.Assert.test);
        if (n->as.Assert.msg)
            visit_expr(ac, n->as.Assert.msg);
        break;
    case AST_Import:
        bind_import(ac, n);
        break;
    case AST_ImportFrom:
        bind_import_from(ac, n);
        break;
    case AST_Global:
        bind_global(ac, n, false);
        break;
    case AST_Nonlocal:
        bind_global(ac, n, true);
        break;
    case AST_Expr:
        visit_expr(ac, n->as.Expr.value);
        break;
    default:
        break;
    }
    analyze_stmt(ac, n);
    update_boundaries(ac, n);
    if (!(saved_flags & SF_FUTURE_ANNOTATIONS) && (s->flags & SF_FUTURE_ANNOTATIONS))
        saved_flags |= SF_FUTURE_ANNOTATIONS;
    s->flags = saved_flags;
    s->stmt = saved_stmt;
    ac->stmts.len--;
}
