/* fix_util.c: statement deletion and import alias removal for the pyflakes fixes. */
#include <string.h>

#include "rules/pyflakes/fix_util.h"

void fix_edits(Checker *ck, Diagnostic *d, Applicability a, const char *title, const Edit *edits, uint32_t n)
{
    if (!d || !n)
        return;
    Fix *f = ARENA_NEW(ck->arena, Fix);
    Edit *e = ARENA_ARRAY(ck->arena, Edit, n);
    if (!f || !e) {
        ck->oom = true;
        return;
    }
    memcpy(e, edits, n * sizeof *e);
    for (uint32_t i = 1; i < n; i++) /* insertion sort: n is small */
        for (uint32_t j = i; j > 0 && e[j].start < e[j - 1].start; j--) {
            Edit t = e[j];
            e[j] = e[j - 1];
            e[j - 1] = t;
        }
    f->applicability = a;
    f->nedits = n;
    f->edits = e;
    d->fix = f;
    d->fix_title = title;
}

static bool is_only(const NodeList *body, const Node *child)
{
    return body->len == 1 && body->items[0] == child;
}

static bool is_lone_child(const Node *child, const Node *p)
{
    switch (p->kind) {
    case AST_FunctionDef:
    case AST_AsyncFunctionDef: return is_only(&p->as.FunctionDef.body, child);
    case AST_ClassDef: return is_only(&p->as.ClassDef.body, child);
    case AST_With:
    case AST_AsyncWith: return is_only(&p->as.With.body, child);
    case AST_For:
    case AST_AsyncFor: return is_only(&p->as.For.body, child) || is_only(&p->as.For.orelse, child);
    case AST_While: return is_only(&p->as.While.body, child) || is_only(&p->as.While.orelse, child);
    case AST_If: return is_only(&p->as.If.body, child) || is_only(&p->as.If.orelse, child);
    case AST_Try:
    case AST_TryStar:
        if (is_only(&p->as.Try.body, child) || is_only(&p->as.Try.orelse, child) || is_only(&p->as.Try.finalbody, child))
            return true;
        for (uint32_t i = 0; i < p->as.Try.handlers.len; i++)
            if (is_only(&p->as.Try.handlers.items[i]->as.ExceptHandler.body, child))
                return true;
        return false;
    case AST_Match:
        for (uint32_t i = 0; i < p->as.Match.cases.len; i++)
            if (is_only(&p->as.Match.cases.items[i]->as.match_case.body, child))
                return true;
        return false;
    default: return false;
    }
}

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }

Edit fix_delete_stmt(const Checker *ck, const Node *stmt, const Node *parent)
{
    const char *t = ck->src->text;
    uint32_t len = ck->src->len;
    if (parent && is_lone_child(stmt, parent))
        return (Edit){stmt->start, stmt->end, "pass"};
    /* a `;` after the statement (possibly after line continuations) */
    uint32_t i = stmt->end;
    for (;;) {
        while (i < len && is_ws(t[i]))
            i++;
        if (i < len && t[i] == '\\' && i + 1 < len && (t[i + 1] == '\n' || t[i + 1] == '\r')) {
            i += t[i + 1] == '\r' && i + 2 < len && t[i + 2] == '\n' ? 3 : 2;
            continue;
        }
        break;
    }
    if (i < len && t[i] == ';') {
        uint32_t j = i + 1;
        for (;;) {
            uint32_t ls = j;
            while (j < len && is_ws(t[j]))
                j++;
            if (j < len && t[j] == '\\') {
                while (j < len && t[j] != '\n' && t[j] != '\r')
                    j++;
                if (j < len && t[j] == '\r' && j + 1 < len && t[j + 1] == '\n')
                    j++;
                if (j < len)
                    j++;
                continue;
            }
            if (j >= len || t[j] == '\n' || t[j] == '\r')
                return (Edit){stmt->start, ls, ""};
            return (Edit){stmt->start, j, ""};
        }
    }
    /* content before the statement on its line */
    uint32_t ls = stmt->start;
    while (ls > 0 && t[ls - 1] != '\n' && t[ls - 1] != '\r')
        ls--;
    for (uint32_t k = ls; k < stmt->start; k++)
        if (!is_ws(t[k]))
            return (Edit){stmt->start, stmt->end, ""};
    /* preceded by a line continuation: delete from the backslash */
    if (ls > 0) {
        uint32_t p = ls - 1;
        if (t[p] == '\n' && p > 0 && t[p - 1] == '\r')
            p--;
        if (p > 0 && t[p - 1] == '\\') {
            uint32_t b = p - 1;
            while (b > 0 && is_ws(t[b - 1]))
                b--;
            return (Edit){b, stmt->end, ""};
        }
    }
    /* the full lines */
    uint32_t e = stmt->end;
    while (e < len && t[e] != '\n' && t[e] != '\r')
        e++;
    if (e < len)
        e += t[e] == '\r' && e + 1 < len && t[e + 1] == '\n' ? 2 : 1;
    return (Edit){ls, e, ""};
}

/* The first token at or after `offset` that is not a comment or a line break. */
static const Token *next_significant(const Checker *ck, uint32_t offset)
{
    const TokenList *t = &ck->parse->tokens;
    uint32_t lo = 0, hi = t->len;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (t->data[mid].start < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < t->len; lo++)
        if (t->data[lo].kind != TK_NL && t->data[lo].kind != TK_COMMENT)
            return &t->data[lo];
    return NULL;
}

bool fix_remove_aliases(Checker *ck, const Node *stmt, const Node *parent, const bool *remove, Edit *out)
{
    const NodeList *names = stmt->kind == AST_Import ? &stmt->as.Import.names : &stmt->as.ImportFrom.names;
    uint32_t keep = 0;
    for (uint32_t i = 0; i < names->len; i++)
        keep += !remove[i];
    if (keep == 0) {
        *out = fix_delete_stmt(ck, stmt, parent);
        return true;
    }
    /* Rebuild the statement as Ruff's libcst codemod does: the kept aliases, each with the
     * separator (comma, spaces, comments) that followed it; the last one kept takes the
     * separator that followed the original last alias, unless its own carries a comment. */
    const char *t = ck->src->text;
    uint32_t n = names->len;
    const Token *close = next_significant(ck, names->items[n - 1]->end);
    if (close && close->kind == TK_COMMA)
        close = next_significant(ck, close->end);
    uint32_t seg_end = close && close->kind == TK_RPAR && close->end <= stmt->end ? close->start : names->items[n - 1]->end;
    uint32_t last_kept = 0;
    for (uint32_t i = 0; i < n; i++)
        if (!remove[i])
            last_kept = i;
    Buf b = {0};
    buf_append(&b, t + stmt->start, names->items[0]->start - stmt->start);
    for (uint32_t i = 0; i < n; i++) {
        if (remove[i])
            continue;
        const Node *al = names->items[i];
        buf_append(&b, t + al->start, al->end - al->start);
        uint32_t s0 = al->end, s1 = i + 1 < n ? names->items[i + 1]->start : seg_end;
        if (i == last_kept && !memchr(t + s0, '#', s1 - s0)) {
            s0 = names->items[n - 1]->end;
            s1 = seg_end;
        }
        buf_append(&b, t + s0, s1 - s0);
    }
    buf_append(&b, t + seg_end, stmt->end - seg_end);
    if (b.failed) {
        buf_free(&b);
        return false;
    }
    char *text = arena_strndup(ck->arena, b.data ? b.data : "", b.len);
    buf_free(&b);
    if (!text) {
        ck->oom = true;
        return false;
    }
    *out = (Edit){stmt->start, stmt->end, text};
    return true;
}
