/* W505_doc_line_too_long.c: doc lines (standalone comments and lines of string statements)
 * wider than `lint.pycodestyle.max-doc-length`; the same exemptions as E501. */
#include <stdlib.h>
#include <string.h>

#include "pcs_report.h"
#include "rules/pycodestyle/line_util.h"
#include "syntax/ast.h"
#include "util/utf8.h"

typedef struct DocLines {
    Checker *ck;
    uint32_t *v;
    uint32_t n, cap;
    uint32_t depth;
} DocLines;

static void push(DocLines *d, uint32_t off)
{
    if (d->n == d->cap) {
        uint32_t nc = d->cap ? d->cap * 2 : 64;
        uint32_t *nv = arena_alloc(d->ck->arena, nc * sizeof(uint32_t));
        if (!nv) {
            d->ck->oom = true;
            return;
        }
        if (d->n)
            memcpy(nv, d->v, d->n * sizeof(uint32_t));
        d->v = nv;
        d->cap = nc;
    }
    d->v[d->n++] = off;
}

/* The start of each line of every string statement (the first: the string's own start). */
static void visit_stmt(void *ctx, Node *n)
{
    DocLines *d = ctx;
    uint8_t cat = ast_kind_info[n->kind].category;
    if (cat != CAT_STMT && n->kind != AST_ExceptHandler && n->kind != AST_match_case)
        return;
    if (d->depth > 400)
        return;
    if (n->kind == AST_Expr && n->as.Expr.value->kind == AST_Constant && n->as.Expr.value->as.Constant.value.kind == CONST_STR) {
        const Node *e = n->as.Expr.value;
        const char *t = d->ck->src->text;
        push(d, e->start);
        for (uint32_t i = e->start; i < e->end; i++) {
            if (t[i] == '\r' && i + 1 < e->end && t[i + 1] == '\n')
                i++;
            if ((t[i] == '\n' || t[i] == '\r') && i + 1 < e->end)
                push(d, i + 1);
        }
    }
    d->depth++;
    ast_children(n, visit_stmt, d);
    d->depth--;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/* Ruff's Overlong check of one line against `limit`, as E501 does it. */
static void check_line(Checker *ck, const Line *line, uint32_t limit)
{
    uint32_t start, end, width;
    if (line_overlong(ck, line, limit, &start, &end, &width))
        pcs_report(ck, RULE_W505, start, end, arena_printf(ck->arena, "Doc line too long (%u > %u)", width, limit));
}

void rule_doc_line_too_long(Checker *ck)
{
    uint32_t limit = ck->settings->max_doc_length;
    if (limit == 0)
        return;
    DocLines d = {ck, NULL, 0, 0, 0};
    /* Comments that start their line. */
    const TokenList *tl = &ck->parse->tokens;
    bool at_start = true;
    for (uint32_t i = 0; i < tl->len; i++) {
        uint8_t k = tl->data[i].kind;
        if (k == TK_COMMENT) {
            if (at_start)
                push(&d, tl->data[i].start);
            at_start = true; /* Ruff's iterator restarts after each doc comment */
        } else if (k == TK_NEWLINE || k == TK_NL)
            at_start = true;
        else if (k != TK_INDENT && k != TK_DEDENT)
            at_start = false;
    }
    if (ck->parse->module)
        ast_children(ck->parse->module, visit_stmt, &d);
    if (d.n == 0)
        return;
    qsort(d.v, d.n, sizeof(uint32_t), cmp_u32);
    const SourceFile *src = ck->src;
    uint32_t k = 0;
    for (uint32_t li = 0; li < src->nlines && k < d.n; li++) {
        Line line = {.index = li, .start = src->line_starts[li], .end = source_line_end(src, li)};
        line.full_end = li + 1 < src->nlines ? src->line_starts[li + 1] : src->len;
        while (k < d.n && d.v[k] < line.start)
            k++;
        while (k < d.n && d.v[k] >= line.start && (d.v[k] < line.full_end || (li + 1 == src->nlines && d.v[k] <= line.full_end))) {
            check_line(ck, &line, limit);
            k++;
        }
    }
}
