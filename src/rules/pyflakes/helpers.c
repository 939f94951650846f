/* helpers.c: queries several pyflakes rules share: line numbers for messages, the statement that
 * holds another, whether a name is a dummy variable (lint.dummy-variable-rgx). */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "lint/noqa.h"
#include "lint/source.h"
#include "rules/pyflakes/pyflakes.h"

/* Ruff's default `^(_+|(_+[a-zA-Z0-9_]*[a-zA-Z0-9]+?))$`, for settings made without the resolver. */
static bool default_dummy(Str n)
{
    if (!n.len || n.ptr[0] != '_')
        return false;
    bool all_underscores = true;
    for (size_t i = 0; i < n.len; i++) {
        char c = n.ptr[i];
        bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && c != '_')
            return false;
        all_underscores &= c == '_';
    }
    return all_underscores || n.ptr[n.len - 1] != '_';
}

bool pyflakes_is_dummy(const AstChecker *ac, Str name)
{
    const pcre2_code *re = ac->ck->settings->dummy_variable_rgx;
    if (!re)
        return default_dummy(name);
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
    if (!md)
        return false;
    int rc = pcre2_match(re, (PCRE2_SPTR)name.ptr, name.len, 0, 0, md, NULL);
    pcre2_match_data_free(md);
    return rc >= 0;
}

uint32_t pyflakes_row(const AstChecker *ac, uint32_t offset)
{
    const SourceFile *src = ac->ck->src;
    uint32_t lo = 0, hi = src->nlines;
    while (lo + 1 < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (src->line_starts[mid] <= offset)
            lo = mid;
        else
            hi = mid;
    }
    return lo + 1;
}

/* The statement enclosing `stmt` in the tree (for `pass` replacement), found by walking down. */
typedef struct FindParent {
    const Node *target, *found;
} FindParent;

static void find_parent_cb(void *ctx, Node *child);

static void find_parent_in(FindParent *f, const Node *n)
{
    if (f->found || n->start > f->target->start || n->end < f->target->end)
        return; /* found, or a node whose range cannot hold the statement */
    const AstKindInfo *info = &ast_kind_info[n->kind];
    if (info->category != CAT_STMT && info->category != CAT_MOD && n->kind != AST_ExceptHandler && n->kind != AST_match_case)
        return;
    for (const AstField *fl = info->fields; fl->name; fl++) {
        if (fl->type != FT_LIST)
            continue;
        const NodeList *l = (const NodeList *)((const char *)n + fl->offset);
        for (uint32_t i = 0; i < l->len; i++) {
            if (l->items[i] == f->target) {
                f->found = n;
                return;
            }
        }
    }
    ast_children(n, find_parent_cb, f);
}

static void find_parent_cb(void *ctx, Node *child)
{
    find_parent_in(ctx, child);
}

/* The statement whose body holds `stmt` (an except handler or case counts as its try / match). */
/* The top-level statement of the module that contains offset [start, end), by binary search. */
static const Node *top_level_of(const AstChecker *ac, uint32_t start, uint32_t end)
{
    const NodeList *body = &ac->ck->parse->module->as.Module.body;
    uint32_t lo = 0, hi = body->len;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (body->items[mid]->end <= start)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < body->len && body->items[lo]->start <= start && end <= body->items[lo]->end)
        return body->items[lo];
    return NULL;
}

const Node *pyflakes_parent_stmt(const AstChecker *ac, const Node *stmt)
{
    const Node *top = top_level_of(ac, stmt->start, stmt->end);
    if (!top || top == stmt)
        return NULL;
    FindParent f = {stmt, NULL};
    find_parent_in(&f, top);
    const Node *p = f.found;
    if (p && (p->kind == AST_ExceptHandler || p->kind == AST_match_case)) {
        /* the try / match around the handler or case (whose list fields hold it) */
        if (top->kind == AST_Try || top->kind == AST_TryStar || top->kind == AST_Match) {
            const NodeList *l = top->kind == AST_Match ? &top->as.Match.cases : &top->as.Try.handlers;
            for (uint32_t k = 0; k < l->len; k++)
                if (l->items[k] == p)
                    return top;
        }
        FindParent g = {p, NULL};
        find_parent_in(&g, top);
        return g.found ? g.found : p;
    }
    return p;
}

bool pyflakes_in_init(const AstChecker *ac)
{
    const char *p = ac->ck->src->path;
    if (!p)
        return false;
    const char *base = strrchr(p, '/');
    base = base ? base + 1 : p;
    return !strcmp(base, "__init__.py") || !strcmp(base, "__init__.pyi");
}

bool pyflakes_is_first_party(const AstChecker *ac, const Binding *b)
{
    Str q = b->qualified;
    if (!q.len)
        return false;
    if (q.ptr[0] == '.')
        return true; /* relative: the local package */
    size_t n = 0;
    while (n < q.len && q.ptr[n] != '.')
        n++;
    /* a module or package of that name in one of the `src` directories */
    for (const char *const *d = ac->ck->settings->src; d && *d; d++) {
        char path[4096];
        struct stat st;
        snprintf(path, sizeof path, "%s/%.*s", *d, (int)n, q.ptr);
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
            return true;
        snprintf(path, sizeof path, "%s/%.*s.py", *d, (int)n, q.ptr);
        if (stat(path, &st) == 0)
            return true;
    }
    return false;
}

void pyflakes_noqa_parent(Diagnostic *d, const Node *stmt)
{
    if (d && stmt && stmt->kind == AST_ImportFrom)
        d->noqa_parent = stmt->start + 1;
}

bool pyflakes_noqa_ignores(AstChecker *ac, RuleId rule, uint32_t offset)
{
    Checker *ck = ac->ck;
    if (ck->settings->ignore_noqa)
        return false;
    if (!ac->noqa_built) {
        ac->noqa_built = true;
        ac->noqa = noqa_file_build(ck->scratch, ck->src, lint_tokens(ck));
    }
    NoqaFile *nf = ac->noqa;
    if (!nf)
        return false;
    if (nf->exempt_all || ruleset_has(&nf->exempt, rule))
        return true;
    NoqaLine *l = noqa_find_line(nf, noqa_resolve(nf, offset));
    if (!l)
        return false;
    return l->d.kind == NOQA_ALL || (l->d.kind == NOQA_CODES && noqa_directive_includes(ck->src, &l->d, rule_table[rule].code));
}
