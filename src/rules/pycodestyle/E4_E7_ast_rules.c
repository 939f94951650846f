/* E4_E7_ast_rules.c: the pycodestyle rules over the tree: several imports on one line (E401),
 * late module imports (E402), comparisons to None / True / False (E711, E712), `not x in y` and
 * `not x is y` (E713, E714), type comparisons (E721), bare except (E722), lambda assignment
 * (E731), and the ambiguous names l, I, O (E741-E743). */
#include <string.h>

#include "pcs_ast.h"
#include "pcs_report.h"

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

static bool str_is(Str s, const char *w) { return s.len == strlen(w) && memcmp(s.ptr, w, s.len) == 0; }
static bool ambiguous(Str s) { return str_is(s, "l") || str_is(s, "I") || str_is(s, "O"); }

/* The range of `e` with the parentheses around it that lie inside [lo, hi). */
static void paren_range(const Checker *ck, const Node *e, uint32_t lo, uint32_t hi, uint32_t *s, uint32_t *en)
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

static const char *cmp_text(uint8_t op)
{
    switch (op) {
    case OP_Eq: return " == ";
    case OP_NotEq: return " != ";
    case OP_Lt: return " < ";
    case OP_LtE: return " <= ";
    case OP_Gt: return " > ";
    case OP_GtE: return " >= ";
    case OP_Is: return " is ";
    case OP_IsNot: return " is not ";
    case OP_In: return " in ";
    case OP_NotIn: return " not in ";
    default: return " ";
    }
}

/* Ruff's generate_comparison: the comparison's source with `ops` as operators. */
static char *gen_comparison(Checker *ck, const Node *left, const uint8_t *ops, const NodeList *comps, uint32_t lo, uint32_t hi)
{
    Buf b = {0};
    const char *src = ck->src->text;
    uint32_t s, e;
    paren_range(ck, left, lo, hi, &s, &e);
    buf_append(&b, src + s, e - s);
    for (uint32_t i = 0; i < comps->len; i++) {
        buf_append(&b, cmp_text(ops[i]), strlen(cmp_text(ops[i])));
        paren_range(ck, comps->items[i], lo, hi, &s, &e);
        buf_append(&b, src + s, e - s);
    }
    char *out = arena_strndup(ck->arena, b.data ? b.data : "", b.len);
    buf_free(&b);
    return out;
}

void rule_multiple_imports_on_one_line(Checker *ck, const Node *stmt)
{
    const NodeList *names = &stmt->as.Import.names;
    if (names->len <= 1)
        return;
    Diagnostic *d = pcs_report(ck, RULE_E401, stmt->start, stmt->end, "Multiple imports on one line");
    if (!d)
        return;
    const char *src = ck->src->text;
    uint32_t ls = ll_line_start(ck, stmt->start);
    bool leading = false;
    for (uint32_t i = ls; i < stmt->start; i++)
        if (src[i] != ' ' && src[i] != '\t' && src[i] != '\f')
            leading = true;
    uint32_t j = stmt->end;
    while (j < ck->src->len && (src[j] == ' ' || src[j] == '\t' || src[j] == '\f'))
        j++;
    bool trailing = j < ck->src->len && src[j] == ';';
    Buf b = {0};
    for (uint32_t i = 0; i < names->len; i++) {
        const Node *a = names->items[i];
        if (i) {
            if (leading || trailing)
                buf_append(&b, "; ", 2);
            else {
                buf_append(&b, ck->line_ending, strlen(ck->line_ending));
                buf_append(&b, src + ls, stmt->start - ls);
            }
        } else if (!(leading || trailing))
            buf_append(&b, src + ls, stmt->start - ls);
        buf_append(&b, "import ", 7);
        buf_append(&b, a->as.alias.name.ptr, a->as.alias.name.len);
        if (a->as.alias.asname.ptr) {
            buf_append(&b, " as ", 4);
            buf_append(&b, a->as.alias.asname.ptr, a->as.alias.asname.len);
        }
    }
    char *rep = arena_strndup(ck->arena, b.data ? b.data : "", b.len);
    buf_free(&b);
    if (!rep)
        return;
    if (leading || trailing)
        pcs_fix1(ck, d, "Split imports", stmt->start, stmt->end, rep);
    else
        pcs_fix1(ck, d, "Split imports", ls, stmt->end, rep);
}

static bool is_dunder(Str s) { return s.len > 4 && memcmp(s.ptr, "__", 2) == 0 && memcmp(s.ptr + s.len - 2, "__", 2) == 0; }

/* `a.b.c` spelled out (NULL when `e` is not a dotted name); in `buf` of `cap` bytes. */
static const char *dotted(const Node *e, char *buf, size_t cap)
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
    if (!dotted(e->as.Attribute.value, buf, cap))
        return NULL;
    size_t n = strlen(buf), m = e->as.Attribute.attr.len;
    if (n + 1 + m + 1 > cap)
        return NULL;
    buf[n] = '.';
    memcpy(buf + n + 1, e->as.Attribute.attr.ptr, m);
    buf[n + 1 + m] = 0;
    return buf;
}

static const Node *unsubscript(const Node *e) { return e->kind == AST_Subscript ? e->as.Subscript.value : e; }

/* The statements Ruff lets through before imports (sys.path / os.environ changes and friends). */
static bool allowed_before_imports(const Node *s)
{
    char buf[128];
    const char *q;
    switch (s->kind) {
    case AST_Assign:
        if (s->as.Assign.targets.len == 1 && s->as.Assign.targets.items[0]->kind == AST_Name &&
            is_dunder(s->as.Assign.targets.items[0]->as.Name.id))
            return true;
        for (uint32_t i = 0; i < s->as.Assign.targets.len; i++)
            if ((q = dotted(unsubscript(s->as.Assign.targets.items[i]), buf, sizeof buf)) && strcmp(q, "os.environ") == 0)
                return true;
        return false;
    case AST_AnnAssign:
        if (s->as.AnnAssign.target->kind == AST_Name && is_dunder(s->as.AnnAssign.target->as.Name.id))
            return true;
        return (q = dotted(unsubscript(s->as.AnnAssign.target), buf, sizeof buf)) && strcmp(q, "os.environ") == 0;
    case AST_AugAssign:
        return (q = dotted(unsubscript(s->as.AugAssign.target), buf, sizeof buf)) &&
               (strcmp(q, "os.environ") == 0 || strcmp(q, "sys.path") == 0);
    case AST_Delete:
        for (uint32_t i = 0; i < s->as.Delete.targets.len; i++)
            if ((q = dotted(unsubscript(s->as.Delete.targets.items[i]), buf, sizeof buf)) && strcmp(q, "os.environ") == 0)
                return true;
        return false;
    case AST_If: case AST_Try: case AST_TryStar: case AST_With: case AST_AsyncWith: case AST_Match:
        return true;
    case AST_Expr: {
        const Node *v = s->as.Expr.value;
        if (v->kind != AST_Call || !(q = dotted(v->as.Call.func, buf, sizeof buf)))
            return false;
        static const char *const ok[] = {"sys.path.append", "sys.path.insert", "sys.path.extend", "sys.path.remove",
                                         "sys.path.pop", "sys.path.clear", "sys.path.reverse", "sys.path.sort",
                                         "os.putenv", "os.unsetenv", "os.environ.update", "os.environ.pop",
                                         "os.environ.clear", "os.environ.setdefault", "os.environ.popitem",
                                         "matplotlib.use", "pytest.importorskip", "site.addsitedir"};
        for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
            if (strcmp(q, ok[i]) == 0)
                return true;
        return false;
    }
    default:
        return false;
    }
}

static bool is_docstring_stmt(const Node *s)
{
    return s->kind == AST_Expr && s->as.Expr.value->kind == AST_Constant && s->as.Expr.value->as.Constant.value.kind == CONST_STR;
}

static bool is_future_import(const Node *s)
{
    return s->kind == AST_ImportFrom && s->as.ImportFrom.module.ptr && str_is(s->as.ImportFrom.module, "__future__");
}

/* Offset just past the line terminator of the line holding `off`. */
static uint32_t full_line_end(const Checker *ck, uint32_t off)
{
    const char *t = ck->src->text;
    uint32_t n = ck->src->len;
    while (off < n && t[off] != '\n' && t[off] != '\r')
        off++;
    if (off < n)
        off += (t[off] == '\r' && off + 1 < n && t[off + 1] == '\n') ? 2 : 1;
    return off;
}

/* Offset of a `c` after blanks at `off`, or UINT32_MAX. */
static uint32_t after_blanks(const Checker *ck, uint32_t off, char c)
{
    const char *t = ck->src->text;
    while (off < ck->src->len && (t[off] == ' ' || t[off] == '\t' || t[off] == '\f'))
        off++;
    return off < ck->src->len && t[off] == c ? off : UINT32_MAX;
}

/* E402's fix (preview): move the import to the top of the file (after the docstring and the
 * `__future__` imports, and after leading comments), as Ruff's importer does. */
static void e402_fix(Checker *ck, Diagnostic *d, const Node *module, const Node *s)
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
    /* the import's text up to the end of its line, trimmed */
    uint32_t te = j;
    while (te < ck->src->len && src[te] != '\n' && src[te] != '\r')
        te++;
    while (te > s->start && (src[te - 1] == ' ' || src[te - 1] == '\t' || src[te - 1] == '\f'))
        te--;
    const char *text = arena_strndup(ck->arena, src + s->start, te - s->start);
    const NodeList *body = &module->as.Module.body;
    uint32_t k = 0;
    const Node *last_future = NULL;
    if (k < body->len && is_docstring_stmt(body->items[k]))
        k++;
    for (; k < body->len && is_future_import(body->items[k]); k++)
        last_future = body->items[k];
    uint32_t at;
    const char *content;
    if (last_future) {
        uint32_t semi = after_blanks(ck, last_future->end, ';');
        if (semi != UINT32_MAX) {
            at = semi + 1;
            content = arena_printf(ck->arena, " %s;", text);
        } else if (after_blanks(ck, last_future->end, '\\') != UINT32_MAX) {
            at = last_future->end;
            content = arena_printf(ck->arena, "; %s", text);
        } else {
            at = full_line_end(ck, last_future->end);
            content = arena_printf(ck->arena, "%s%s", text, ck->line_ending);
        }
    } else {
        uint32_t loc = 0;
        if (body->len && is_docstring_stmt(body->items[0])) {
            uint32_t e = body->items[0]->end; /* only the first string statement, as Ruff */
            uint32_t semi = after_blanks(ck, e, ';');
            if (semi != UINT32_MAX) {
                Edit ed[2] = {{semi + 1, semi + 1, arena_printf(ck->arena, " %s;", text)},
                              {s->start, full_line_end(ck, s->end), ""}};
                pcs_fix(ck, d, APPLY_UNSAFE, "Move module level imports to top of file", ed, 2);
                return;
            }
            while (after_blanks(ck, e, '\\') != UINT32_MAX)
                e = full_line_end(ck, e);
            loc = full_line_end(ck, e);
        }
        bool seen_comment = false;
        for (uint32_t p = loc; p < ck->src->len;) {
            uint32_t le = full_line_end(ck, p), q = p;
            while (q < le && (src[q] == ' ' || src[q] == '\t' || src[q] == '\f'))
                q++;
            if (q == le || src[q] == '\n' || src[q] == '\r') {
                if (seen_comment)
                    loc = le;
            } else if (src[q] == '#') {
                loc = le;
                seen_comment = true;
            } else
                break;
            p = le;
        }
        at = loc;
        content = arena_printf(ck->arena, "%s%s", text, ck->line_ending);
    }
    Edit ed[2] = {{at, at, content}, {s->start, full_line_end(ck, s->end), ""}};
    if (ed[1].start < ed[0].start) {
        Edit t = ed[0];
        ed[0] = ed[1];
        ed[1] = t;
    }
    pcs_fix(ck, d, APPLY_UNSAFE, "Move module level imports to top of file", ed, 2);
}

void rule_module_import_not_at_top(Checker *ck, const Node *module)
{
    bool docstring_seen = false, boundary = false;
    const NodeList *body = &module->as.Module.body;
    for (uint32_t i = 0; i < body->len; i++) {
        const Node *s = body->items[i];
        if (s->kind == AST_Expr && !docstring_seen && s->as.Expr.value->kind == AST_Constant &&
            s->as.Expr.value->as.Constant.value.kind == CONST_STR) {
            docstring_seen = true;
            continue;
        }
        docstring_seen = true;
        if (s->kind == AST_Import || s->kind == AST_ImportFrom) {
            if (boundary) {
                Diagnostic *d = pcs_report(ck, RULE_E402, s->start, s->end, "Module level import not at top of file");
                if (d && ck->settings->preview)
                    e402_fix(ck, d, module, s);
            }
            continue;
        }
        if (!boundary && !allowed_before_imports(s))
            boundary = true;
    }
}

static bool is_none(const Node *e) { return e->kind == AST_Constant && e->as.Constant.value.kind == CONST_NONE; }
static int bool_lit(const Node *e)
{
    if (e->kind != AST_Constant)
        return -1;
    return e->as.Constant.value.kind == CONST_TRUE ? 1 : e->as.Constant.value.kind == CONST_FALSE ? 0 : -1;
}
static bool is_constant(const Node *e)
{
    if (e->kind == AST_Constant)
        return true;
    if (e->kind == AST_Tuple) {
        for (uint32_t i = 0; i < e->as.Tuple.elts.len; i++)
            if (!is_constant(e->as.Tuple.elts.items[i]))
                return false;
        return true;
    }
    return false;
}
static bool const_non_singleton(const Node *e) { return is_constant(e) && !is_none(e) && bool_lit(e) < 0; }

/* The source of `e` when it is short and on one line (Ruff's snippet display), else NULL. */
static const char *short_snippet(Checker *ck, const Node *e)
{
    const char *src = ck->src->text;
    uint32_t w = 0;
    for (uint32_t i = e->start; i < e->end; i++) {
        if (src[i] == '\n' || src[i] == '\r')
            return NULL;
        if (((unsigned char)src[i] & 0xC0) != 0x80)
            w++;
    }
    return w > 50 ? NULL : arena_strndup(ck->arena, src + e->start, e->end - e->start);
}

/* E712's fix title. */
static const char *e712_title(Checker *ck, int value, bool eq, const Node *other, bool single)
{
    const char *cond = single ? short_snippet(ck, other) : NULL;
    if (!cond)
        return "Replace comparison";
    return arena_printf(ck->arena, (value == eq) ? "Replace with `%s`" : "Replace with `not %s`", cond);
}

/* E712's message: the compared expression when it is short and on one line. */
static const char *e712_message(Checker *ck, int value, bool eq, const Node *other, bool single)
{
    if (!single)
        return "Avoid equality comparisons to `True` or `False`";
    const char *src = ck->src->text;
    uint32_t w = 0;
    bool nl = false;
    for (uint32_t i = other->start; i < other->end; i++) {
        if (src[i] == '\n' || src[i] == '\r')
            nl = true;
        if (((unsigned char)src[i] & 0xC0) != 0x80)
            w++;
    }
    const char *cond = nl || w > 50 ? "..." : arena_strndup(ck->arena, src + other->start, other->end - other->start);
    if (value && eq)
        return arena_printf(ck->arena, "Avoid equality comparisons to `True`; use `%s:` for truth checks", cond);
    if (value)
        return arena_printf(ck->arena, "Avoid inequality comparisons to `True`; use `not %s:` for false checks", cond);
    if (eq)
        return arena_printf(ck->arena, "Avoid equality comparisons to `False`; use `not %s:` for false checks", cond);
    return arena_printf(ck->arena, "Avoid inequality comparisons to `False`; use `%s:` for truth checks", cond);
}

void rule_literal_comparisons(Checker *ck, const Node *cmp)
{
    const AstCompare *c = &cmp->as.Compare;
    if (c->ops.len == 0 || c->comparators.len == 0)
        return;
    uint8_t *ops = arena_alloc(ck->arena, c->ops.len);
    if (!ops)
        return;
    memcpy(ops, c->ops.items, c->ops.len);
    Diagnostic *found[64];
    const char *titles[64];
    uint32_t nfound = 0;
    bool bad = false, single = c->ops.len == 1;
    const Node *comparator = c->left, *next = c->comparators.items[0];
    uint8_t op = c->ops.items[0];
    if (!const_non_singleton(next) && (op == OP_Eq || op == OP_NotEq)) {
        if (is_none(comparator)) {
            Diagnostic *d = pcs_report(ck, RULE_E711, comparator->start, comparator->end,
                                       op == OP_Eq ? "Comparison to `None` should be `cond is None`"
                                                   : "Comparison to `None` should be `cond is not None`");
            if (d && nfound < 64)
                found[nfound++] = d;
            ops[0] = op == OP_Eq ? OP_Is : OP_IsNot;
            bad = true;
        }
        int v = bool_lit(comparator);
        if (v >= 0 && lint_enabled(ck, RULE_E712)) {
            Diagnostic *d = pcs_report(ck, RULE_E712, cmp->start, cmp->end, e712_message(ck, v, op == OP_Eq, next, single));
            if (d && nfound < 64) {
                titles[nfound] = e712_title(ck, v, op == OP_Eq, next, single);
                found[nfound++] = d;
            }
            ops[0] = op == OP_Eq ? OP_Is : OP_IsNot;
            bad = true;
        }
    }
    for (uint32_t i = 0; i < c->ops.len && i < c->comparators.len; i++) {
        op = c->ops.items[i];
        next = c->comparators.items[i];
        if (const_non_singleton(comparator)) {
            comparator = next;
            continue;
        }
        if (op == OP_Eq || op == OP_NotEq) {
            if (is_none(next)) {
                Diagnostic *d = pcs_report(ck, RULE_E711, next->start, next->end,
                                           op == OP_Eq ? "Comparison to `None` should be `cond is None`"
                                                       : "Comparison to `None` should be `cond is not None`");
                if (d && nfound < 64)
                    found[nfound++] = d;
                ops[i] = op == OP_Eq ? OP_Is : OP_IsNot;
                bad = true;
            }
            int v = bool_lit(next);
            if (v >= 0 && lint_enabled(ck, RULE_E712)) {
                if (op == OP_Eq && bool_lit(comparator) == v)
                    continue;
                Diagnostic *d = pcs_report(ck, RULE_E712, cmp->start, cmp->end, e712_message(ck, v, op == OP_Eq, comparator, single));
                if (d && nfound < 64) {
                    titles[nfound] = e712_title(ck, v, op == OP_Eq, comparator, single);
                    found[nfound++] = d;
                }
                ops[i] = op == OP_Eq ? OP_Is : OP_IsNot;
                bad = true;
            }
        }
        comparator = next;
    }
    if (!bad || !nfound)
        return;
    const char *content = NULL;
    const char *src = ck->src->text;
    if (single) {
        const Node *r = c->comparators.items[0];
        int lv = bool_lit(c->left), rv = bool_lit(r);
        uint8_t o = c->ops.items[0];
        int kind = -1;
        const Node *other = NULL;
        bool wrap = false;
        if (lv >= 0 && (o == OP_Is || o == OP_Eq || o == OP_IsNot || o == OP_NotEq)) {
            kind = (o == OP_Is || o == OP_Eq) ? lv : !lv;
            other = r;
            wrap = c->left->start != cmp->start;
        } else if (rv >= 0 && (o == OP_Is || o == OP_Eq || o == OP_IsNot || o == OP_NotEq)) {
            kind = (o == OP_Is || o == OP_Eq) ? rv : !rv;
            other = c->left;
            wrap = r->end != cmp->end;
        }
        if (other) {
            uint32_t s, e;
            paren_range(ck, other, cmp->start, cmp->end, &s, &e);
            content = arena_printf(ck->arena, "%s%s%.*s%s", wrap ? "(" : "", kind ? "" : "not ", (int)(e - s), src + s, wrap ? ")" : "");
        }
    }
    if (!content)
        content = gen_comparison(ck, c->left, ops, &c->comparators, cmp->start, cmp->end);
    if (!content)
        return;
    for (uint32_t k = 0; k < nfound; k++) {
        const char *title = found[k]->rule == RULE_E712 ? titles[k] : "Replace comparison";
        if (found[k]->rule == RULE_E711)
            title = strstr(found[k]->message, "is not") ? "Replace with `cond is not None`" : "Replace with `cond is None`";
        lint_fix_edit(ck, found[k], APPLY_UNSAFE, title, cmp->start, cmp->end, content);
    }
}

static bool ident_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; }

void rule_not_tests(Checker *ck, const Node *u)
{
    if (u->as.UnaryOp.op != OP_Not)
        return;
    const Node *x = u->as.UnaryOp.operand;
    if (x->kind != AST_Compare || x->as.Compare.ops.len != 1)
        return;
    uint8_t op = x->as.Compare.ops.items[0];
    RuleId r;
    uint8_t nop;
    if (op == OP_In) {
        r = RULE_E713;
        nop = OP_NotIn;
    } else if (op == OP_Is) {
        r = RULE_E714;
        nop = OP_IsNot;
    } else
        return;
    Diagnostic *d = pcs_report(ck, r, x->start, x->end,
                               r == RULE_E713 ? "Test for membership should be `not in`" : "Test for object identity should be `is not`");
    if (!d)
        return;
    const char *g = gen_comparison(ck, x->as.Compare.left, &nop, &x->as.Compare.comparators, u->start, u->end);
    if (!g)
        return;
    const char *src = ck->src->text;
    bool pre = u->start > 0 && ident_char(src[u->start - 1]);
    bool post = u->end < ck->src->len && ident_char(src[u->end]);
    const char *content = arena_printf(ck->arena, "%s%s%s", pre ? " " : "", g, post ? " " : "");
    pcs_fix1(ck, d, r == RULE_E713 ? "Convert to `not in`" : "Convert to `is not`", u->start, u->end, content);
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

static bool is_type_expr(const Node *e, const PcsScope *sc)
{
    static const char *const names[] = {
        "bool", "bytearray", "bytes", "classmethod", "complex", "dict", "enumerate", "filter", "float", "frozenset",
        "int", "list", "map", "memoryview", "object", "property", "range", "reversed", "set", "slice",
        "staticmethod", "str", "super", "tuple", "type", "zip", "ArithmeticError", "AssertionError",
        "AttributeError", "BaseException", "BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning",
        "ChildProcessError", "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError",
        "ConnectionResetError", "DeprecationWarning", "EnvironmentError", "EOFError", "Exception",
        "FileExistsError", "FileNotFoundError", "FloatingPointError", "FutureWarning", "GeneratorExit",
        "ImportError", "ImportWarning", "IndentationError", "IndexError", "InterruptedError", "IOError",
        "IsADirectoryError", "KeyboardInterrupt", "KeyError", "LookupError", "MemoryError", "ModuleNotFoundError",
        "NameError", "NotADirectoryError", "NotImplementedError", "OSError", "OverflowError",
        "PendingDeprecationWarning", "PermissionError", "ProcessLookupError", "RecursionError", "ReferenceError",
        "ResourceWarning", "RuntimeError", "RuntimeWarning", "StopAsyncIteration", "StopIteration", "SyntaxError",
        "SyntaxWarning", "SystemError", "SystemExit", "TabError", "TimeoutError", "TypeError",
        "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError",
        "UnicodeWarning", "UserWarning", "ValueError", "Warning", "ZeroDivisionError"};
    if (e->kind == AST_Call)
        return e->as.Call.func->kind == AST_Name && str_is(e->as.Call.func->as.Name.id, "type") &&
               pcs_is_builtin(sc, e->as.Call.func->as.Name.id, e->start);
    if (e->kind != AST_Name)
        return false;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (str_is(e->as.Name.id, names[i]))
            return pcs_is_builtin(sc, e->as.Name.id, e->start);
    return false;
}

static bool is_dtype(const Node *e)
{
    if (e->kind == AST_Attribute)
        return str_is(e->as.Attribute.attr, "dtype");
    if (e->kind == AST_Call) {
        char buf[64];
        const char *q = dotted(e->as.Call.func, buf, sizeof buf);
        return q && (strcmp(q, "numpy.dtype") == 0 || strcmp(q, "np.dtype") == 0);
    }
    return false;
}

void rule_type_comparison(Checker *ck, const Node *cmp, const PcsScope *sc)
{
    const AstCompare *c = &cmp->as.Compare;
    const Node *left = c->left;
    for (uint32_t i = 0; i < c->ops.len && i < c->comparators.len; i++) {
        const Node *right = c->comparators.items[i];
        uint8_t op = c->ops.items[i];
        if ((op == OP_Eq || op == OP_NotEq) && (is_type_expr(left, sc) || is_type_expr(right, sc)) && !is_dtype(left) && !is_dtype(right))
            pcs_report(ck, RULE_E721, cmp->start, cmp->end,
                       "Use `is` and `is not` for type comparisons, or `isinstance()` for isinstance checks");
        left = right;
    }
}

void rule_bare_except(Checker *ck, const Node *h)
{
    if (h->as.ExceptHandler.type)
        return;
    const NodeList *body = &h->as.ExceptHandler.body;
    for (uint32_t i = 0; i < body->len; i++)
        if (body->items[i]->kind == AST_Raise && !body->items[i]->as.Raise.exc)
            return;
    pcs_report(ck, RULE_E722, h->start, h->start + 6, "Do not use bare `except`");
}

static void put_params(Checker *ck, Buf *b, const Node *args);

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
            put_params(ck, b, e->as.Lambda.args);
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
    default:
        break;
    }
    buf_append(b, src + e->start, e->end - e->start);
}

/* One parameter as Ruff's generator writes it. */
static void put_param(Checker *ck, Buf *b, bool *first, const Node *arg, const Node *dflt, const char *prefix)
{
    if (!*first)
        buf_append(b, ", ", 2);
    *first = false;
    buf_append(b, prefix, strlen(prefix));
    buf_append(b, arg->as.arg.arg.ptr, arg->as.arg.arg.len);
    if (dflt) {
        buf_append(b, "=", 1);
        put_expr(ck, b, dflt, 0);
    }
}

/* A parameter list as Ruff's generator writes it. */
static void put_params(Checker *ck, Buf *b, const Node *args)
{
    const Astarguments *a = &args->as.arguments;
    bool first = true;
    uint32_t npos = a->posonlyargs.len + a->args.len, nd = a->defaults.len;
    for (uint32_t i = 0; i < npos; i++) {
        const Node *arg = i < a->posonlyargs.len ? a->posonlyargs.items[i] : a->args.items[i - a->posonlyargs.len];
        const Node *df = i + nd >= npos ? a->defaults.items[i + nd - npos] : NULL;
        put_param(ck, b, &first, arg, df, "");
        if (i + 1 == a->posonlyargs.len)
            buf_append(b, ", /", 3);
    }
    if (a->vararg)
        put_param(ck, b, &first, a->vararg, NULL, "*");
    else if (a->kwonlyargs.len) {
        buf_append(b, first ? "*" : ", *", first ? 1 : 3);
        first = false;
    }
    for (uint32_t i = 0; i < a->kwonlyargs.len; i++)
        put_param(ck, b, &first, a->kwonlyargs.items[i], i < a->kw_defaults.len ? a->kw_defaults.items[i] : NULL, "");
    if (a->kwarg)
        put_param(ck, b, &first, a->kwarg, NULL, "**");
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

/* E731's fix: `name = lambda args: body` rewritten as a def (only for a statement alone on its
 * lines), the body's source kept as written. */
static void lambda_fix(Checker *ck, Diagnostic *d, const Node *s, Str name, const Node *lam)
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
    if (lam->as.Lambda.args)
        put_params(ck, &g, lam->as.Lambda.args);
    buf_append(&g, "):", 2);
    buf_append(&g, ck->line_ending, strlen(ck->line_ending));
    Str unit = indent_unit(ck);
    buf_append(&g, unit.ptr, unit.len);
    buf_append(&g, "return ", 7);
    uint32_t bs, be, ps, pe;
    paren_range(ck, lam->as.Lambda.body, lam->start, lam->end, &bs, &be);
    paren_range(ck, lam, s->start, s->end, &ps, &pe);
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
    if (d && s->kind == AST_Assign)
        lambda_fix(ck, d, s, target->as.Name.id, value);
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
