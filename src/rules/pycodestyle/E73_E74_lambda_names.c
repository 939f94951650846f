/* E73_E74_lambda_names.c: lambda assignment (E731, fixed by writing a def) and the ambiguous
 * names l, I, O for variables, classes and functions (E741, E742, E743). */
#include <string.h>

#include "pcs_ast.h"
#include "pcs_report.h"

static bool ambiguous(Str s) { return pcs_str_is(s, "l") || pcs_str_is(s, "I") || pcs_str_is(s, "O"); }

static void put_params(Checker *ck, Buf *b, const Node *args, const NodeList *types);

/* A default value as Ruff's generator writes it, for the expressions that matter in practice
 * (names, literals, attributes, calls, lambdas); anything else keeps its source text. */
static void put_expr(Checker *ck, Buf *b, const Node *e, uint32_t depth)
{
    const char *src = ck->src->text;
    if (depth > 50 || (e->flags & NF_PARENS)) {
        buf_append(b, src + e->start, e->end - e->start);
        return;
    }
    switch (e->kind) {
    case AST_Name:
        buf_append(b, e->as.Name.id.ptr, e->as.Name.id.len);
        return;
    case AST_Attribute:
        if (e->as.Attribute.value->kind != AST_Name && e->as.Attribute.value->kind != AST_Attribute)
            break;
        put_expr(ck, b, e->as.Attribute.value, depth + 1);
        buf_append(b, ".", 1);
        buf_append(b, e->as.Attribute.attr.ptr, e->as.Attribute.attr.len);
        return;
    case AST_Constant: {
        uint8_t k = e->as.Constant.value.kind;
        const char *w = k == CONST_NONE ? "None" : k == CONST_TRUE ? "True" : k == CONST_FALSE ? "False" : k == CONST_ELLIPSIS ? "..." : NULL;
        if (w) {
            buf_append(b, w, strlen(w));
            return;
        }
        break;
    }
    case AST_Lambda:
        buf_append(b, "lambda", 6);
        if (e->as.Lambda.args && (e->as.Lambda.args->as.arguments.args.len || e->as.Lambda.args->as.arguments.posonlyargs.len ||
                                  e->as.Lambda.args->as.arguments.vararg || e->as.Lambda.args->as.arguments.kwonlyargs.len ||
                                  e->as.Lambda.args->as.arguments.kwarg)) {
            buf_append(b, " ", 1);
            put_params(ck, b, e->as.Lambda.args, NULL);
        }
        buf_append(b, ": ", 2);
        put_expr(ck, b, e->as.Lambda.body, depth + 1);
        return;
    case AST_Call: {
        const Node *f = e->as.Call.func;
        if (f->kind != AST_Name && f->kind != AST_Attribute)
            break;
        put_expr(ck, b, f, depth + 1);
        buf_append(b, "(", 1);
        bool first = true;
        for (uint32_t i = 0; i < e->as.Call.args.len; i++) {
            if (!first)
                buf_append(b, ", ", 2);
            first = false;
            put_expr(ck, b, e->as.Call.args.items[i], depth + 1);
        }
        for (uint32_t i = 0; i < e->as.Call.keywords.len; i++) {
            const Node *kw = e->as.Call.keywords.items[i];
            if (!first)
                buf_append(b, ", ", 2);
            first = false;
            if (kw->as.keyword.arg.ptr) {
                buf_append(b, kw->as.keyword.arg.ptr, kw->as.keyword.arg.len);
                buf_append(b, "=", 1);
            } else
                buf_append(b, "**", 2);
            put_expr(ck, b, kw->as.keyword.value, depth + 1);
        }
        buf_append(b, ")", 1);
        return;
    }
    case AST_Subscript: {
        const Node *v = e->as.Subscript.value, *sl = e->as.Subscript.slice;
        if (v->kind != AST_Name && v->kind != AST_Attribute)
            break;
        put_expr(ck, b, v, depth + 1);
        buf_append(b, "[", 1);
        if (sl->kind == AST_Tuple && !(sl->flags & NF_PARENS) && sl->as.Tuple.elts.len) {
            for (uint32_t i = 0; i < sl->as.Tuple.elts.len; i++) {
                if (i)
                    buf_append(b, ", ", 2);
                put_expr(ck, b, sl->as.Tuple.elts.items[i], depth + 1);
            }
        } else
            put_expr(ck, b, sl, depth + 1);
        buf_append(b, "]", 1);
        return;
    }
    case AST_List:
        buf_append(b, "[", 1);
        for (uint32_t i = 0; i < e->as.List.elts.len; i++) {
            if (i)
                buf_append(b, ", ", 2);
            put_expr(ck, b, e->as.List.elts.items[i], depth + 1);
        }
        buf_append(b, "]", 1);
        return;
    case AST_BinOp:
        if (e->as.BinOp.op != OP_BitOr)
            break;
        put_expr(ck, b, e->as.BinOp.left, depth + 1);
        buf_append(b, " | ", 3);
        put_expr(ck, b, e->as.BinOp.right, depth + 1);
        return;
    default:
        break;
    }
    buf_append(b, src + e->start, e->end - e->start);
}

/* One parameter as Ruff's generator writes it. */
static void put_param(Checker *ck, Buf *b, bool *first, const Node *arg, const Node *dflt, const char *prefix,
                      const Node *ann)
{
    if (!*first)
        buf_append(b, ", ", 2);
    *first = false;
    buf_append(b, prefix, strlen(prefix));
    buf_append(b, arg->as.arg.arg.ptr, arg->as.arg.arg.len);
    if (ann) {
        buf_append(b, ": ", 2);
        put_expr(ck, b, ann, 0);
    }
    if (dflt) {
        buf_append(b, "=", 1);
        put_expr(ck, b, dflt, 0);
    }
}

/* A parameter list as Ruff's generator writes it. */
static void put_params(Checker *ck, Buf *b, const Node *args, const NodeList *types)
{
    const Astarguments *a = &args->as.arguments;
    bool first = true;
    uint32_t npos = a->posonlyargs.len + a->args.len, nd = a->defaults.len;
    for (uint32_t i = 0; i < npos; i++) {
        const Node *arg = i < a->posonlyargs.len ? a->posonlyargs.items[i] : a->args.items[i - a->posonlyargs.len];
        const Node *df = i + nd >= npos ? a->defaults.items[i + nd - npos] : NULL;
        put_param(ck, b, &first, arg, df, "", types && i < types->len ? types->items[i] : NULL);
        if (i + 1 == a->posonlyargs.len)
            buf_append(b, ", /", 3);
    }
    if (a->vararg)
        put_param(ck, b, &first, a->vararg, NULL, "*", NULL);
    else if (a->kwonlyargs.len) {
        buf_append(b, first ? "*" : ", *", first ? 1 : 3);
        first = false;
    }
    for (uint32_t i = 0; i < a->kwonlyargs.len; i++)
        put_param(ck, b, &first, a->kwonlyargs.items[i], i < a->kw_defaults.len ? a->kw_defaults.items[i] : NULL, "", NULL);
    if (a->kwarg)
        put_param(ck, b, &first, a->kwarg, NULL, "**", NULL);
}

/* The file's indentation unit (Ruff's Stylist): the first indented block's, else 4 spaces. */
static Str indent_unit(const Checker *ck)
{
    const TokenList *tl = &ck->parse->tokens;
    for (uint32_t i = 0; i < tl->len; i++)
        if (tl->data[i].kind == TK_INDENT && tl->data[i].end > tl->data[i].start)
            return (Str){ck->src->text + tl->data[i].start, tl->data[i].end - tl->data[i].start};
    return (Str){"    ", 4};
}

/* Ruff's extract_types: the parameter types and the return type of `Callable[[A, B], R]`
 * (`Callable[..., R]` and parameter specifications give no parameter types). */
static bool callable_types(const Node *ann, NodeList *params, const Node **ret)
{
    if (!ann || ann->kind != AST_Subscript)
        return false;
    const Node *sl = ann->as.Subscript.slice;
    if (sl->kind != AST_Tuple || sl->as.Tuple.elts.len != 2)
        return false;
    char buf[64];
    const char *q = pcs_dotted(ann->as.Subscript.value, buf, sizeof buf);
    if (!q || !(strcmp(q, "Callable") == 0 || strcmp(q, "typing.Callable") == 0 || strcmp(q, "collections.abc.Callable") == 0 ||
                strcmp(q, "typing_extensions.Callable") == 0))
        return false;
    const Node *p = sl->as.Tuple.elts.items[0];
    *params = p->kind == AST_List ? p->as.List.elts : (NodeList){NULL, 0};
    *ret = sl->as.Tuple.elts.items[1];
    return true;
}

/* E731's fix: `name = lambda args: body` rewritten as a def (only for a statement alone on its
 * lines), the body's source kept as written; a `Callable[...]` annotation gives the types. */
static void lambda_fix(Checker *ck, Diagnostic *d, const Node *s, Str name, const Node *lam, const Node *ann)
{
    const char *src = ck->src->text;
    uint32_t ls = ll_line_start(ck, s->start);
    for (uint32_t i = ls; i < s->start; i++)
        if (src[i] != ' ' && src[i] != '\t' && src[i] != '\f')
            return;
    uint32_t j = s->end;
    while (j < ck->src->len && (src[j] == ' ' || src[j] == '\t' || src[j] == '\f'))
        j++;
    if (j < ck->src->len && src[j] != '\n' && src[j] != '\r' && src[j] != '#')
        return;
    Buf g = {0};
    buf_append(&g, "def ", 4);
    buf_append(&g, name.ptr, name.len);
    buf_append(&g, "(", 1);
    NodeList types = {NULL, 0};
    const Node *ret = NULL;
    bool typed = callable_types(ann, &types, &ret);
    if (lam->as.Lambda.args)
        put_params(ck, &g, lam->as.Lambda.args, typed ? &types : NULL);
    buf_append(&g, ")", 1);
    if (typed) {
        /* the generator writes the return type at the highest precedence */
        bool wrap = ret->kind == AST_BinOp || ret->kind == AST_Lambda || ret->kind == AST_BoolOp ||
                    ret->kind == AST_Compare || ret->kind == AST_IfExp || ret->kind == AST_UnaryOp;
        buf_append(&g, wrap ? " -> (" : " -> ", wrap ? 5 : 4);
        put_expr(ck, &g, ret, 0);
        if (wrap)
            buf_append(&g, ")", 1);
    }
    buf_append(&g, ":", 1);
    buf_append(&g, ck->line_ending, strlen(ck->line_ending));
    Str unit = indent_unit(ck);
    buf_append(&g, unit.ptr, unit.len);
    buf_append(&g, "return ", 7);
    uint32_t bs, be, ps, pe;
    pcs_paren_range(ck, lam->as.Lambda.body, lam->start, lam->end, &bs, &be);
    pcs_paren_range(ck, lam, s->start, s->end, &ps, &pe);
    bool wrap = ps != lam->start;
    if (wrap)
        buf_append(&g, "(", 1);
    buf_append(&g, src + bs, be - bs);
    if (wrap)
        buf_append(&g, ")", 1);
    /* Every line after the first gets the statement's indentation. */
    Buf out = {0};
    for (uint32_t i = 0; i < g.len;) {
        uint32_t k = i;
        while (k < g.len && g.data[k] != '\n' && g.data[k] != '\r')
            k++;
        if (i)
            buf_append(&out, src + ls, s->start - ls);
        buf_append(&out, g.data + i, k - i);
        if (k < g.len) {
            k += (g.data[k] == '\r' && k + 1 < g.len && g.data[k + 1] == '\n') ? 2 : 1;
            buf_append(&out, ck->line_ending, strlen(ck->line_ending));
        }
        i = k;
    }
    char *rep = arena_strndup(ck->arena, out.data ? out.data : "", out.len);
    buf_free(&g);
    buf_free(&out);
    if (rep)
        lint_fix_edit(ck, d, APPLY_UNSAFE, arena_printf(ck->arena, "Rewrite `%.*s` as a `def`", (int)name.len, name.ptr),
                      s->start, s->end, rep);
}

void rule_lambda_assignment(Checker *ck, const Node *s, const PcsScope *sc)
{
    const Node *target, *value;
    if (s->kind == AST_Assign) {
        if (s->as.Assign.targets.len != 1)
            return;
        target = s->as.Assign.targets.items[0];
        value = s->as.Assign.value;
    } else {
        if (!s->as.AnnAssign.value || sc->in_class)
            return;
        target = s->as.AnnAssign.target;
        value = s->as.AnnAssign.value;
    }
    if (target->kind != AST_Name || value->kind != AST_Lambda)
        return;
    Diagnostic *d = pcs_report(ck, RULE_E731, s->start, s->end, "Do not assign a `lambda` expression, use a `def`");
    if (d)
        lambda_fix(ck, d, s, target->as.Name.id, value, s->kind == AST_AnnAssign ? s->as.AnnAssign.annotation : NULL);
}

void rule_ambiguous_variable_name(Checker *ck, Str name, uint32_t start, uint32_t end, const PcsScope *sc)
{
    if (sc->stub || !ambiguous(name))
        return;
    pcs_report(ck, RULE_E741, start, end, arena_printf(ck->arena, "Ambiguous variable name: `%.*s`", (int)name.len, name.ptr));
}

/* The NAME token spelling `name` at or after offset `from`, before `to`. */
static bool find_name(const Checker *ck, Str name, uint32_t from, uint32_t to, uint32_t *s, uint32_t *e)
{
    const TokenList *tl = &ck->parse->tokens;
    const char *src = ck->src->text;
    for (uint32_t i = pcs_token_at(ck, from); i < tl->len && tl->data[i].start < to; i++) {
        const Token *t = &tl->data[i];
        if (t->kind == TK_NAME && t->end - t->start == name.len && memcmp(src + t->start, name.ptr, name.len) == 0) {
            *s = t->start;
            *e = t->end;
            return true;
        }
    }
    return false;
}

/* The definition's name token: the name after its `def` / `class` keyword. */
static bool def_name(const Checker *ck, const Node *n, uint32_t *s, uint32_t *e)
{
    const TokenList *tl = &ck->parse->tokens;
    for (uint32_t i = pcs_token_at(ck, n->start); i + 1 < tl->len && tl->data[i].start < n->end; i++)
        if (tl->data[i].kw == KW_DEF || tl->data[i].kw == KW_CLASS) {
            *s = tl->data[i + 1].start;
            *e = tl->data[i + 1].end;
            return true;
        }
    return false;
}

void rule_ambiguous_names_stmt(Checker *ck, const Node *n, const PcsScope *sc)
{
    uint32_t s, e;
    switch (n->kind) {
    case AST_FunctionDef:
    case AST_AsyncFunctionDef: {
        Str name = n->kind == AST_FunctionDef ? n->as.FunctionDef.name : n->as.AsyncFunctionDef.name;
        if (ambiguous(name) && lint_enabled(ck, RULE_E743) && def_name(ck, n, &s, &e))
            pcs_report(ck, RULE_E743, s, e, arena_printf(ck->arena, "Ambiguous function name: `%.*s`", (int)name.len, name.ptr));
        break;
    }
    case AST_ClassDef:
        if (ambiguous(n->as.ClassDef.name) && lint_enabled(ck, RULE_E742) && def_name(ck, n, &s, &e))
            pcs_report(ck, RULE_E742, s, e,
                       arena_printf(ck->arena, "Ambiguous class name: `%.*s`", (int)n->as.ClassDef.name.len, n->as.ClassDef.name.ptr));
        break;
    case AST_Global:
    case AST_Nonlocal: {
        const IdentList *names = n->kind == AST_Global ? &n->as.Global.names : &n->as.Nonlocal.names;
        uint32_t from = n->start;
        for (uint32_t i = 0; i < names->len; i++) {
            if (find_name(ck, names->items[i], from, n->end, &s, &e)) {
                from = e;
                if (lint_enabled(ck, RULE_E741))
                    rule_ambiguous_variable_name(ck, names->items[i], s, e, sc);
            }
        }
        break;
    }
    case AST_ExceptHandler: {
        Str name = n->as.ExceptHandler.name;
        /* the name follows `as` */
        const TokenList *tl = &ck->parse->tokens;
        for (uint32_t i = pcs_token_at(ck, n->start); i + 1 < tl->len && tl->data[i].start < n->end; i++)
            if (tl->data[i].kw == KW_AS) {
                if (find_name(ck, name, tl->data[i].end, n->end, &s, &e))
                    rule_ambiguous_variable_name(ck, name, s, e, sc);
                break;
            }
        break;
    }
    default:
        break;
    }
}
