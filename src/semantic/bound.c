/* bound.c: the set of names a module may bind in the scopes a lookup goes through (assignment and
 * deletion targets, parameters, definitions, imports, handlers, globals, patterns, type
 * parameters), for lookups made without the full model: a name outside the set resolves to the
 * builtin of that name, if any. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "semantic/semantic.h"

typedef struct BoundSet {
    Str *slots;
    uint32_t cap, len;
    bool oom;
} BoundSet;

static uint32_t hash(Str name)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < name.len; i++)
        h = (h ^ (unsigned char)name.ptr[i]) * 16777619u;
    return h;
}

static bool set_has(const Str *slots, uint32_t cap, Str name)
{
    for (uint32_t j = hash(name) & (cap - 1); slots[j].ptr; j = (j + 1) & (cap - 1))
        if (str_eq(slots[j], name))
            return true;
    return false;
}

static void set_put(BoundSet *b, Str name)
{
    if (!name.ptr || b->oom)
        return;
    if ((b->len + 1) * 2 > b->cap) {
        uint32_t cap = b->cap ? b->cap * 2 : 64;
        Str *slots = calloc(cap, sizeof *slots);
        if (!slots) {
            b->oom = true;
            return;
        }
        for (uint32_t i = 0; i < b->cap; i++)
            if (b->slots[i].ptr) {
                uint32_t j = hash(b->slots[i]) & (cap - 1);
                while (slots[j].ptr)
                    j = (j + 1) & (cap - 1);
                slots[j] = b->slots[i];
            }
        free(b->slots);
        b->slots = slots;
        b->cap = cap;
    }
    uint32_t j = hash(name) & (b->cap - 1);
    for (; b->slots[j].ptr; j = (j + 1) & (b->cap - 1))
        if (str_eq(b->slots[j], name))
            return;
    b->slots[j] = name;
    b->len++;
}

/* What collect gathers: every name bound in the subtree; the names bound outside function bodies
 * plus those declared `global` inside them (what the module scope may hold); or only the names
 * declared `global` (inside a function body, under COLLECT_MODULE). */
typedef enum CollectMode { COLLECT_ALL, COLLECT_MODULE, COLLECT_GLOBALS } CollectMode;

static void collect(BoundSet *b, const Node *n, CollectMode mode)
{
    if (mode == COLLECT_GLOBALS) {
        if (n->kind == AST_Global) {
            for (uint32_t i = 0; i < n->as.Global.names.len; i++)
                set_put(b, n->as.Global.names.items[i]);
            return;
        }
        if (ast_kind_info[n->kind].category == CAT_EXPR) /* holds no statement */
            return;
    } else {
        switch (n->kind) {
        case AST_Name:
            if (n->as.Name.ctx != OP_Load)
                set_put(b, n->as.Name.id);
            return;
        case AST_alias: { /* `import a.b` binds `a` */
            Str name = n->as.alias.name;
            const char *dot = name.ptr ? memchr(name.ptr, '.', name.len) : NULL;
            if (dot)
                name.len = (size_t)(dot - name.ptr);
            set_put(b, n->as.alias.asname.ptr ? n->as.alias.asname : name);
            return;
        }
        case AST_Attribute: /* attribute, keyword and module names bind nothing */
        case AST_keyword:
        case AST_ImportFrom:
        case AST_Constant:
            break;
        default: /* every other identifier field, whether it binds or not (a safe excess) */
            for (const AstField *f = ast_kind_info[n->kind].fields; f->name; f++) {
                const char *at = (const char *)n + f->offset;
                if (f->type == FT_IDENT || f->type == FT_OPT_IDENT) {
                    set_put(b, *(const Str *)at);
                } else if (f->type == FT_IDENTS) {
                    const IdentList *l = (const IdentList *)at;
                    for (uint32_t i = 0; i < l->len; i++)
                        set_put(b, l->items[i]);
                }
            }
            break;
        }
    }
    for (const uint16_t *c = ast_kind_info[n->kind].children; *c; c++) {
        const char *at = (const char *)n + (*c & ~AST_CHILD_LIST);
        if (!(*c & AST_CHILD_LIST)) {
            const Node *k = *(Node *const *)at;
            if (k)
                collect(b, k, mode);
        } else {
            const NodeList *l = (const NodeList *)at;
            /* a function body binds in its own scope, but for its `global` declarations */
            CollectMode m = mode == COLLECT_MODULE && (n->kind == AST_FunctionDef || n->kind == AST_AsyncFunctionDef) &&
                                    (*c & ~AST_CHILD_LIST) == offsetof(Node, as.FunctionDef.body)
                                ? COLLECT_GLOBALS
                                : mode;
            for (uint32_t i = 0; i < l->len; i++)
                if (l->items[i])
                    collect(b, l->items[i], m);
        }
    }
}

/* The set collect gathers from `root` in `mode`, in *slots / *cap; false when memory ran out. */
static bool build(const Node *root, CollectMode mode, Str **slots, uint32_t *cap)
{
    BoundSet b = {0};
    if (root)
        collect(&b, root, mode);
    set_put(&b, STR_LIT("")); /* never asked: the set is never empty */
    if (b.oom) {
        free(b.slots);
        return false;
    }
    *slots = b.slots;
    *cap = b.cap;
    return true;
}

bool sem_bound_anywhere(Semantic *s, Str name)
{
    if (!s->bound && !build(s->module, COLLECT_MODULE, &s->bound, &s->bound_cap)) {
        s->oom = true;
        return true;
    }
    if (set_has(s->bound, s->bound_cap, name))
        return true;
    if (!s->bound_def)
        return false;
    if (s->bound_def_for != s->bound_def) {
        free(s->bound_in_def);
        s->bound_in_def = NULL;
        s->bound_def_for = s->bound_def;
        if (!build(s->bound_def, COLLECT_ALL, &s->bound_in_def, &s->bound_in_def_cap)) {
            s->bound_def_for = NULL;
            s->oom = true;
            return true;
        }
    }
    return set_has(s->bound_in_def, s->bound_in_def_cap, name);
}

/* ---- a function's own bindings before a point ---- */

typedef struct Before {
    Str name;
    uint32_t at;
    bool found;     /* an assignment-like Name target of `name` */
    bool annotated; /* `name: T` without a value (the model skips such a binding) */
} Before;

/* Every Name target in n, not in nested scopes (a definition, class, lambda or comprehension is
 * not looked into: what it binds is not the function's, and missing a binding is safe). */
static void scan(Before *b, const Node *n)
{
    switch (n->kind) {
    case AST_Name:
        if (n->as.Name.ctx == OP_Store && str_eq(n->as.Name.id, b->name))
            b->found = true;
        return;
    case AST_Lambda: case AST_ListComp: case AST_SetComp: case AST_DictComp: case AST_GeneratorExp:
    case AST_FunctionDef: case AST_AsyncFunctionDef: case AST_ClassDef: case AST_TypeAlias:
        return;
    case AST_AnnAssign:
        if (!n->as.AnnAssign.value) {
            const Node *t = n->as.AnnAssign.target;
            if (t->kind == AST_Name && str_eq(t->as.Name.id, b->name))
                b->annotated = true;
            return;
        }
        break;
    default:
        break;
    }
    for (const uint16_t *c = ast_kind_info[n->kind].children; *c; c++) {
        const char *at = (const char *)n + (*c & ~AST_CHILD_LIST);
        if (!(*c & AST_CHILD_LIST)) {
            const Node *k = *(Node *const *)at;
            if (k)
                scan(b, k);
        } else {
            const NodeList *l = (const NodeList *)at;
            for (uint32_t i = 0; i < l->len; i++)
                if (l->items[i])
                    scan(b, l->items[i]);
        }
    }
}

static void scan_list(Before *b, const NodeList *l);

/* A statement (or handler, or case) that holds b->at: only the statements of its bodies before
 * b->at are visited before it (its header may be visited after a target in it is bound). */
static void scan_around(Before *b, const Node *n)
{
    switch (n->kind) {
    case AST_If: scan_list(b, &n->as.If.body); scan_list(b, &n->as.If.orelse); break;
    case AST_While: scan_list(b, &n->as.While.body); scan_list(b, &n->as.While.orelse); break;
    case AST_For: case AST_AsyncFor: scan_list(b, &n->as.For.body); scan_list(b, &n->as.For.orelse); break;
    case AST_With: case AST_AsyncWith: scan_list(b, &n->as.With.body); break;
    case AST_Try: case AST_TryStar:
        scan_list(b, &n->as.Try.body);
        scan_list(b, &n->as.Try.handlers);
        scan_list(b, &n->as.Try.orelse);
        scan_list(b, &n->as.Try.finalbody);
        break;
    case AST_ExceptHandler: scan_list(b, &n->as.ExceptHandler.body); break;
    case AST_Match: scan_list(b, &n->as.Match.cases); break;
    case AST_match_case: scan_list(b, &n->as.match_case.body); break;
    default: break;
    }
}

/* The items of a body in source order: those that end before b->at whole, the one around it by its bodies. */
static void scan_list(Before *b, const NodeList *l)
{
    for (uint32_t i = 0; i < l->len; i++) {
        const Node *n = l->items[i];
        if (n->start >= b->at)
            return;
        if (n->end <= b->at)
            scan(b, n);
        else
            scan_around(b, n);
    }
}

bool sem_bound_before(const Node *fn, Str name, uint32_t at)
{
    Before b = {.name = name, .at = at};
    const Astarguments *a = &fn->as.FunctionDef.args->as.arguments;
    const NodeList *lists[] = {&a->posonlyargs, &a->args, &a->kwonlyargs};
    for (int l = 0; l < 3; l++)
        for (uint32_t i = 0; i < lists[l]->len; i++)
            if (str_eq(lists[l]->items[i]->as.arg.arg, name))
                b.found = true;
    if ((a->vararg && str_eq(a->vararg->as.arg.arg, name)) || (a->kwarg && str_eq(a->kwarg->as.arg.arg, name)))
        b.found = true;
    scan_list(&b, &fn->as.FunctionDef.body);
    return b.found && !b.annotated;
}
