/* E71_E72_comparisons.c: comparisons to None / True / False (E711, E712), `not x in y` and
 * `not x is y` (E713, E714), type comparisons with == (E721), and bare `except` (E722). */
#include <string.h>

#include "pcs_ast.h"
#include "pcs_report.h"

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
    pcs_paren_range(ck, left, lo, hi, &s, &e);
    buf_append(&b, src + s, e - s);
    for (uint32_t i = 0; i < comps->len; i++) {
        buf_append(&b, cmp_text(ops[i]), strlen(cmp_text(ops[i])));
        pcs_paren_range(ck, comps->items[i], lo, hi, &s, &e);
        buf_append(&b, src + s, e - s);
    }
    char *out = arena_strndup(ck->arena, b.data ? b.data : "", b.len);
    buf_free(&b);
    return out;
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
            pcs_paren_range(ck, other, cmp->start, cmp->end, &s, &e);
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

static bool is_type_expr(const Node *e, const PcsScope *sc)
{
#define N(s) {s, sizeof s - 1}
    static const struct {
        const char *s;
        uint32_t len;
    } names[] = {
        N("bool"), N("bytearray"), N("bytes"), N("classmethod"), N("complex"), N("dict"),
        N("enumerate"), N("filter"), N("float"), N("frozenset"), N("int"), N("list"),
        N("map"), N("memoryview"), N("object"), N("property"), N("range"), N("reversed"),
        N("set"), N("slice"), N("staticmethod"), N("str"), N("super"), N("tuple"),
        N("type"), N("zip"), N("ArithmeticError"), N("AssertionError"), N("AttributeError"), N("BaseException"),
        N("BlockingIOError"), N("BrokenPipeError"), N("BufferError"), N("BytesWarning"), N("ChildProcessError"), N("ConnectionAbortedError"),
        N("ConnectionError"), N("ConnectionRefusedError"), N("ConnectionResetError"), N("DeprecationWarning"), N("EnvironmentError"), N("EOFError"),
        N("Exception"), N("FileExistsError"), N("FileNotFoundError"), N("FloatingPointError"), N("FutureWarning"), N("GeneratorExit"),
        N("ImportError"), N("ImportWarning"), N("IndentationError"), N("IndexError"), N("InterruptedError"), N("IOError"),
        N("IsADirectoryError"), N("KeyboardInterrupt"), N("KeyError"), N("LookupError"), N("MemoryError"), N("ModuleNotFoundError"),
        N("NameError"), N("NotADirectoryError"), N("NotImplementedError"), N("OSError"), N("OverflowError"), N("PendingDeprecationWarning"),
        N("PermissionError"), N("ProcessLookupError"), N("RecursionError"), N("ReferenceError"), N("ResourceWarning"), N("RuntimeError"),
        N("RuntimeWarning"), N("StopAsyncIteration"), N("StopIteration"), N("SyntaxError"), N("SyntaxWarning"), N("SystemError"),
        N("SystemExit"), N("TabError"), N("TimeoutError"), N("TypeError"), N("UnboundLocalError"), N("UnicodeDecodeError"),
        N("UnicodeEncodeError"), N("UnicodeError"), N("UnicodeTranslateError"), N("UnicodeWarning"), N("UserWarning"), N("ValueError"),
        N("Warning"), N("ZeroDivisionError")};
#undef N
    if (e->kind == AST_Call)
        return sem_is_builtin(sc->sem, e->as.Call.func, "type");
    if (e->kind != AST_Name)
        return false;
    Str id = e->as.Name.id;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (id.len == names[i].len && id.ptr[0] == names[i].s[0] && memcmp(id.ptr, names[i].s, id.len) == 0)
            return sem_is_builtin(sc->sem, e, names[i].s);
    return false;
}

static bool is_dtype(const Node *e)
{
    if (e->kind == AST_Attribute)
        return pcs_str_is(e->as.Attribute.attr, "dtype");
    if (e->kind == AST_Call) {
        char buf[64];
        const char *q = pcs_dotted(e->as.Call.func, buf, sizeof buf);
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
