/* pcs_ast_util.c: what the pycodestyle tree rules share: token lookup, parenthesized ranges,
 * dotted names, and whether a name is Python's builtin where it is used. */
#include <string.h>

#include "pcs_ast.h"

uint32_t pcs_token_at(const Checker *ck, uint32_t off)
{
    const TokenList *tl = &ck->parse->tokens;
    uint32_t lo = 0, hi = tl->len;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (tl->data[mid].start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

bool pcs_str_is(Str s, const char *w) { return s.len == strlen(w) && memcmp(s.ptr, w, s.len) == 0; }

/* The range of `e` with the parentheses around it that lie inside [lo, hi). */
void pcs_paren_range(const Checker *ck, const Node *e, uint32_t lo, uint32_t hi, uint32_t *s, uint32_t *en)
{
    const TokenList *tl = &ck->parse->tokens;
    *s = e->start;
    *en = e->end;
    uint32_t a = pcs_token_at(ck, e->start), b = pcs_token_at(ck, e->end);
    for (;;) {
        uint32_t pa = a, nb = b;
        while (pa > 0 && (tl->data[pa - 1].kind == TK_NL || tl->data[pa - 1].kind == TK_COMMENT))
            pa--;
        while (nb < tl->len && (tl->data[nb].kind == TK_NL || tl->data[nb].kind == TK_COMMENT))
            nb++;
        if (pa == 0 || nb >= tl->len || tl->data[pa - 1].kind != TK_LPAR || tl->data[nb].kind != TK_RPAR)
            return;
        if (tl->data[pa - 1].start < lo || tl->data[nb].end > hi)
            return;
        *s = tl->data[pa - 1].start;
        *en = tl->data[nb].end;
        a = pa - 1;
        b = nb + 1;
    }
}

/* `a.b.c` spelled out (NULL when `e` is not a dotted name); in `buf` of `cap` bytes. */
const char *pcs_dotted(const Node *e, char *buf, size_t cap)
{
    if (e->kind == AST_Name) {
        if (e->as.Name.id.len + 1 > cap)
            return NULL;
        memcpy(buf, e->as.Name.id.ptr, e->as.Name.id.len);
        buf[e->as.Name.id.len] = 0;
        return buf;
    }
    if (e->kind != AST_Attribute)
        return NULL;
    if (!pcs_dotted(e->as.Attribute.value, buf, cap))
        return NULL;
    size_t n = strlen(buf), m = e->as.Attribute.attr.len;
    if (n + 1 + m + 1 > cap)
        return NULL;
    buf[n] = '.';
    memcpy(buf + n + 1, e->as.Attribute.attr.ptr, m);
    buf[n + 1 + m] = 0;
    return buf;
}

typedef struct BindSearch {
    Str name;
    uint32_t before; /* only bindings starting before this offset count */
    bool found;
} BindSearch;

static bool alias_binds(const Node *a, Str name, bool dotted_import)
{
    if (a->as.alias.asname.ptr)
        return str_eq(a->as.alias.asname, name);
    Str n = a->as.alias.name;
    if (dotted_import) {
        size_t k = 0;
        while (k < n.len && n.ptr[k] != '.')
            k++;
        n.len = k;
    }
    return str_eq(n, name);
}

static void bind_visit(void *ctx, Node *n)
{
    BindSearch *b = ctx;
    if (b->found || n->start >= b->before)
        return;
    switch (n->kind) {
    case AST_Name:
        if (n->as.Name.ctx == OP_Store && str_eq(n->as.Name.id, b->name))
            b->found = true;
        return;
    case AST_FunctionDef:
        b->found = str_eq(n->as.FunctionDef.name, b->name);
        return;
    case AST_AsyncFunctionDef:
        b->found = str_eq(n->as.AsyncFunctionDef.name, b->name);
        return;
    case AST_ClassDef:
        b->found = str_eq(n->as.ClassDef.name, b->name);
        return;
    case AST_Lambda: case AST_ListComp: case AST_SetComp: case AST_DictComp: case AST_GeneratorExp:
        return;
    case AST_Import:
        for (uint32_t i = 0; i < n->as.Import.names.len; i++)
            if (alias_binds(n->as.Import.names.items[i], b->name, true))
                b->found = true;
        return;
    case AST_ImportFrom:
        for (uint32_t i = 0; i < n->as.ImportFrom.names.len; i++)
            if (alias_binds(n->as.ImportFrom.names.items[i], b->name, false))
                b->found = true;
        return;
    case AST_ExceptHandler:
        if (n->as.ExceptHandler.name.ptr && str_eq(n->as.ExceptHandler.name, b->name))
            b->found = true;
        break;
    default:
        break;
    }
    ast_children(n, bind_visit, b);
}

static bool args_bind(const Node *args, Str name)
{
    if (!args)
        return false;
    const Astarguments *a = &args->as.arguments;
    const NodeList *lists[3] = {&a->posonlyargs, &a->args, &a->kwonlyargs};
    for (int l = 0; l < 3; l++)
        for (uint32_t i = 0; i < lists[l]->len; i++)
            if (str_eq(lists[l]->items[i]->as.arg.arg, name))
                return true;
    return (a->vararg && str_eq(a->vararg->as.arg.arg, name)) || (a->kwarg && str_eq(a->kwarg->as.arg.arg, name));
}

static bool body_binds(const NodeList *body, Str name, uint32_t before)
{
    BindSearch b = {name, before, false};
    for (uint32_t i = 0; i < body->len && !b.found; i++)
        bind_visit(&b, body->items[i]);
    return b.found;
}

bool pcs_is_builtin(const PcsScope *sc, Str name, uint32_t at)
{
    bool in_function = false;
    for (uint32_t k = sc->nscopes; k-- > 0;) {
        const Node *s = sc->scopes[k];
        switch (s->kind) {
        case AST_FunctionDef:
            if (args_bind(s->as.FunctionDef.args, name) || body_binds(&s->as.FunctionDef.body, name, at))
                return false;
            in_function = true;
            break;
        case AST_AsyncFunctionDef:
            if (args_bind(s->as.AsyncFunctionDef.args, name) || body_binds(&s->as.AsyncFunctionDef.body, name, at))
                return false;
            in_function = true;
            break;
        case AST_Lambda:
            if (args_bind(s->as.Lambda.args, name))
                return false;
            in_function = true;
            break;
        case AST_ClassDef:
            /* a class body's names are seen only directly in it */
            if (k == sc->nscopes - 1 && body_binds(&s->as.ClassDef.body, name, at))
                return false;
            break;
        default:
            break;
        }
    }
    return !body_binds(&sc->module->as.Module.body, name, in_function ? UINT32_MAX : at);
}
