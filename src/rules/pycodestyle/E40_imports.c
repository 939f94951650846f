/* E40_imports.c: several imports on one line (E401, fixed by splitting them) and module imports
 * after other code (E402, fixed in preview by moving the import to the top of the file). */
#include <string.h>

#include "pcs_ast.h"
#include "pcs_report.h"

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
            if ((q = pcs_dotted(unsubscript(s->as.Assign.targets.items[i]), buf, sizeof buf)) && strcmp(q, "os.environ") == 0)
                return true;
        return false;
    case AST_AnnAssign:
        if (s->as.AnnAssign.target->kind == AST_Name && is_dunder(s->as.AnnAssign.target->as.Name.id))
            return true;
        return (q = pcs_dotted(unsubscript(s->as.AnnAssign.target), buf, sizeof buf)) && strcmp(q, "os.environ") == 0;
    case AST_AugAssign:
        return (q = pcs_dotted(unsubscript(s->as.AugAssign.target), buf, sizeof buf)) &&
               (strcmp(q, "os.environ") == 0 || strcmp(q, "sys.path") == 0);
    case AST_Delete:
        for (uint32_t i = 0; i < s->as.Delete.targets.len; i++)
            if ((q = pcs_dotted(unsubscript(s->as.Delete.targets.items[i]), buf, sizeof buf)) && strcmp(q, "os.environ") == 0)
                return true;
        return false;
    case AST_If: case AST_Try: case AST_TryStar: case AST_With: case AST_AsyncWith: case AST_Match:
        return true;
    case AST_Expr: {
        const Node *v = s->as.Expr.value;
        if (v->kind != AST_Call || !(q = pcs_dotted(v->as.Call.func, buf, sizeof buf)))
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
    return s->kind == AST_ImportFrom && s->as.ImportFrom.module.ptr && pcs_str_is(s->as.ImportFrom.module, "__future__");
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
