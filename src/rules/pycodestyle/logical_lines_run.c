/* logical_lines_run.c: the driver of the token rules of pycodestyle (E1, E2, E3, E502, E70):
 * resolves the tokens and builds the logical lines once per file and runs each check the
 * enabled rules need; also E111-E117 (indentation). */
#include <string.h>

#include "pcs_report.h"

Diagnostic *pcs_report(Checker *ck, RuleId rule, uint32_t start, uint32_t end, const char *msg)
{
    if (!lint_enabled(ck, rule))
        return NULL;
    return lint_report(ck, rule, start, end, msg);
}

void pcs_fix(Checker *ck, Diagnostic *d, Applicability a, const char *title, const Edit *edits, uint32_t n)
{
    if (!d || !ck->valid_syntax)
        return;
    Fix *f = ARENA_NEW(ck->arena, Fix);
    Edit *e = arena_alloc(ck->arena, n * sizeof(Edit));
    if (!f || !e) {
        ck->oom = true;
        return;
    }
    memcpy(e, edits, n * sizeof(Edit));
    /* sorted by start, then end (insertions before replacements at the same offset), as Ruff */
    for (uint32_t i = 1; i < n; i++)
        for (uint32_t j = i; j > 0 && (e[j].start < e[j - 1].start || (e[j].start == e[j - 1].start && e[j].end < e[j - 1].end)); j--) {
            Edit t = e[j];
            e[j] = e[j - 1];
            e[j - 1] = t;
        }
    *f = (Fix){.applicability = a, .nedits = n, .edits = e, .isolation = FIX_NON_OVERLAPPING};
    d->fix = f;
    d->fix_title = title;
}

/* The rules this driver serves (blank lines, compound statements, then the logical-line rules);
 * the first enabled one in this list runs the driver. */
static const RuleId driver_group[] = {
    RULE_E301, RULE_E302, RULE_E303, RULE_E304, RULE_E305, RULE_E306, RULE_E701, RULE_E702, RULE_E703,
    RULE_E111, RULE_E112, RULE_E113, RULE_E114, RULE_E115, RULE_E116, RULE_E117, RULE_E201, RULE_E202,
    RULE_E203, RULE_E204, RULE_E211, RULE_E221, RULE_E222, RULE_E223, RULE_E224, RULE_E225, RULE_E226,
    RULE_E227, RULE_E228, RULE_E231, RULE_E241, RULE_E242, RULE_E251, RULE_E252, RULE_E261, RULE_E262,
    RULE_E265, RULE_E266, RULE_E271, RULE_E272, RULE_E273, RULE_E274, RULE_E275, RULE_E502,
};

static bool any(const Checker *ck, const RuleId *r, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (lint_enabled(ck, r[i]))
            return true;
    return false;
}
#define ANY(ck, ...) any(ck, (const RuleId[]){__VA_ARGS__}, sizeof((const RuleId[]){__VA_ARGS__}) / sizeof(RuleId))

/* The file's indentation character (Ruff's Stylist): that of the first indented block. */
static char indent_char(const LogicalLines *ll)
{
    for (uint32_t i = 0; i < ll->ntoks; i++)
        if (ll->toks[i].kind == TK_INDENT && ll->toks[i].end > ll->toks[i].start)
            return ll->src[ll->toks[i].start];
    return ' ';
}

/* Line starts of the lines that end in a backslash continuation (outside tokens); *pos receives
 * the offsets of those backslashes (the same order). */
static uint32_t *continuation_lines(Checker *ck, const LogicalLines *ll, uint32_t *n, uint32_t **pos)
{
    *n = 0;
    uint32_t cap = 0, ti = 0, max_end = 0;
    uint32_t *out = NULL, *bpos = NULL;
    *pos = NULL;
    const char *src = ll->src, *end = src + ll->len;
    for (const char *q = memchr(src, '\\', ll->len); q; q = memchr(q + 1, '\\', (size_t)(end - q - 1))) {
        uint32_t j = (uint32_t)(q - src);
        if (j + 1 >= ll->len || (src[j + 1] != '\n' && src[j + 1] != '\r'))
            continue;
        /* outside every token: the tokens starting at or before j all end by j (tokens do not
         * overlap: the last few of them are those that may reach past j) */
        uint32_t lo = tokens_lower_bound(ll->toks, ti, ll->ntoks, j + 1); /* first start past j */
        for (uint32_t b = lo; b > ti && lo - b < 4; b--)
            if (ll->toks[b - 1].end > max_end)
                max_end = ll->toks[b - 1].end;
        ti = lo;
        if (max_end > j)
            continue;
        if (*n == cap) {
            uint32_t nc = cap ? cap * 2 : 16;
            uint32_t *no = arena_alloc(ck->arena, nc * sizeof(uint32_t));
            uint32_t *np = arena_alloc(ck->arena, nc * sizeof(uint32_t));
            if (!no || !np) {
                ck->oom = true;
                *n = 0;
                return NULL;
            }
            if (cap) {
                memcpy(no, out, cap * sizeof(uint32_t));
                memcpy(np, bpos, cap * sizeof(uint32_t));
            }
            out = no;
            bpos = np;
            *pos = np;
            cap = nc;
        }
        uint32_t ls = ll_line_start(ck, j);
        if (*n == 0 || out[*n - 1] != ls) {
            bpos[*n] = j;
            out[(*n)++] = ls;
        }
        if (q + 1 >= end)
            break;
    }
    return out;
}

static bool comment_only(const LLine *l) { return l->flags == LLF_COMMENT; }

/* The last token of `l` that is not a comment, newline, indent or dedent. */
static const LLTok *last_logical(const LogicalLines *ll, const LLine *l)
{
    for (uint32_t i = l->last; i-- > l->first;)
        if (!ll_is_non_logical(&ll->toks[i]))
            return &ll->toks[i];
    return NULL;
}

/* E111-E117 */
static void indentation(Checker *ck, const LLine *l, bool expect, char ichar, uint32_t level, bool has_prev,
                        uint32_t prev_level, uint32_t s, uint32_t e)
{
    bool comment = comment_only(l);
    if (level % 4 != 0) {
        if (comment)
            pcs_report(ck, RULE_E114, s, e, "Indentation is not a multiple of 4 (comment)");
        else
            pcs_report(ck, RULE_E111, s, e, "Indentation is not a multiple of 4");
    }
    uint32_t pv = has_prev ? prev_level : 0;
    if (expect && level <= pv) {
        if (comment)
            pcs_report(ck, RULE_E115, s, e, "Expected an indented block (comment)");
        else
            pcs_report(ck, RULE_E112, s, e, "Expected an indented block");
    } else if (!expect && has_prev && level > prev_level) {
        if (comment)
            pcs_report(ck, RULE_E116, s, e, "Unexpected indentation (comment)");
        else
            pcs_report(ck, RULE_E113, s, e, "Unexpected indentation");
    }
    if (expect && level > pv + (ichar == '\t' ? 8u : 4u))
        pcs_report(ck, RULE_E117, s, e, comment ? "Over-indented (comment)" : "Over-indented");
}

static void run_logical_lines(Checker *ck, LogicalLines *llp)
{
    if (!llp->lines && !logical_lines_build(ck, llp))
        return;
    const LogicalLines ll = *llp;
    LLPassRules on = {
        .e20x = ANY(ck, RULE_E201, RULE_E202, RULE_E203),
        .e211 = lint_enabled(ck, RULE_E211),
        .e22x = ANY(ck, RULE_E221, RULE_E222, RULE_E223, RULE_E224),
        .e225 = ANY(ck, RULE_E225, RULE_E226, RULE_E227, RULE_E228),
        .e231 = lint_enabled(ck, RULE_E231),
        .e24x = ANY(ck, RULE_E241, RULE_E242),
        .e25x = ANY(ck, RULE_E251, RULE_E252),
        .e27x = ANY(ck, RULE_E271, RULE_E272, RULE_E273, RULE_E274),
        .e275 = lint_enabled(ck, RULE_E275),
    };
    bool pass = on.e20x || on.e211 || on.e22x || on.e225 || on.e231 || on.e24x || on.e25x || on.e27x || on.e275;
    if (pass)
        ll_pass_gates(&on);
    bool e204 = lint_enabled(ck, RULE_E204);
    bool e26x = ANY(ck, RULE_E261, RULE_E262, RULE_E265, RULE_E266);
    bool e502 = lint_enabled(ck, RULE_E502);
    bool e11x = ANY(ck, RULE_E111, RULE_E112, RULE_E113, RULE_E114, RULE_E115, RULE_E116, RULE_E117);
    uint32_t ncont = 0, bc = 0;
    uint32_t *cpos = NULL;
    uint32_t *cont = e502 ? continuation_lines(ck, &ll, &ncont, &cpos) : NULL;
    char ichar = indent_char(&ll);
    uint32_t tab = ck->settings->indent_width ? ck->settings->indent_width : 4;

    if (pass)
        ll_token_pass_lines(ck, &ll, &on);
    bool expect = false; /* the previous line but comment lines ends in a `:` */
    bool has_prev = false;
    uint32_t prev_level = 0;
    for (uint32_t k = 0; k < ll.nlines; k++) {
        const LLine *l = &ll.lines[k];
        uint8_t f = l->flags;
        /* only a line whose first op is an `@` (the check itself wants it first but indentation) */
        if (e204 && l->op_first < l->op_last && ll.toks[ll.ops[l->op_first]].kind == TK_AT)
            ll_whitespace_after_decorator(ck, &ll, l);
        if ((f & LLF_COMMENT) && e26x)
            ll_whitespace_before_comment(ck, &ll, l);
        /* only a line with a backslash continuation between its first and last tokens */
        if ((f & LLF_BRACKET) && e502 && bc < ncont) {
            while (bc < ncont && cpos[bc] < ll.toks[l->first].start)
                bc++;
            if (bc < ncont && cpos[bc] < ll.toks[l->last - 1].end)
                ll_redundant_backslash(ck, &ll, l, cont, ncont);
        }
        if (!e11x)
            continue;
        const LLTok *first = &ll.toks[l->first];
        uint32_t s, e, level;
        if (first->kind == TK_INDENT) {
            s = first->start;
            e = first->end;
            level = ll_expand_indent(ll.src, s, e, tab);
        } else if (l->first && (ll_class(ll.toks[l->first - 1].kind) & KC_NEWLINE) &&
                   (s = ll.toks[l->first - 1].end) > 0 && s <= first->start &&
                   (ll.src[s - 1] == '\n' || ll.src[s - 1] == '\r') &&
                   ll_skip_spaces(ll.src, s, first->start) == first->start) {
            /* the usual case: the line break before it, then only spaces */
            e = first->start;
            level = e - s;
        } else {
            e = first->start;
            s = e;
            while (s >= 8 && memcmp(ll.src + s - 8, "        ", 8) == 0)
                s -= 8;
            bool tabs = false;
            while (s > 0 && (ll.src[s - 1] == ' ' || ll.src[s - 1] == '\t')) {
                tabs |= ll.src[s - 1] == '\t';
                s--; /* the indentation, when nothing else precedes it on its line */
            }
            if (s > 0 && ll.src[s - 1] != '\n' && ll.src[s - 1] != '\r') {
                s = ll_line_start(ck, first->start);
                level = ll_expand_indent(ll.src, s, e, tab);
            } else
                level = tabs ? ll_expand_indent(ll.src, s, e, tab) : e - s; /* spaces only */
        }
        indentation(ck, l, expect, ichar, level, has_prev, prev_level, s, e);
        if (!comment_only(l)) {
            /* (a line without a `:` cannot end in one) */
            const LLTok *pl = (f & LLF_COLON_SEMI) ? last_logical(&ll, l) : NULL;
            expect = pl && pl->kind == TK_COLON;
            has_prev = true;
            prev_level = level;
        }
    }
}

static void run_all(Checker *ck)
{
    LogicalLines ll = {0};
    const size_t nll = sizeof driver_group / sizeof driver_group[0];
    bool e30x = ANY(ck, RULE_E301, RULE_E302, RULE_E303, RULE_E304, RULE_E305, RULE_E306);
    bool lines = any(ck, driver_group + 9, nll - 9);
    if ((e30x || lines) && !ll_tokens(ck, &ll))
        return; /* E70x alone read the parser's tokens */
    if (e30x) {
        /* E30x walk the built logical lines (the tokens themselves in odd token streams) */
        if (logical_lines_build(ck, &ll))
            pcs_blank_lines(ck, &ll);
    }
    if (ANY(ck, RULE_E701, RULE_E702, RULE_E703))
        pcs_compound_statements(ck, &ll);
    if (lines)
        run_logical_lines(ck, &ll);
    logical_lines_free(&ll);
}

/* Each rule of the group has its own entry; only the first enabled one runs the driver. */
static void ll_entry(Checker *ck, RuleId self)
{
    for (size_t i = 0; i < sizeof driver_group / sizeof driver_group[0]; i++) {
        if (lint_enabled(ck, driver_group[i])) {
            if (driver_group[i] == self)
                run_all(ck);
            return;
        }
    }
}

#define LL_ENTRY(code) \
    void rule_ll_##code(Checker *ck) { ll_entry(ck, RULE_##code); }
LL_ENTRY(E111) LL_ENTRY(E112) LL_ENTRY(E113) LL_ENTRY(E114) LL_ENTRY(E115) LL_ENTRY(E116) LL_ENTRY(E117)
LL_ENTRY(E201) LL_ENTRY(E202) LL_ENTRY(E203) LL_ENTRY(E204) LL_ENTRY(E211) LL_ENTRY(E221) LL_ENTRY(E222)
LL_ENTRY(E223) LL_ENTRY(E224) LL_ENTRY(E225) LL_ENTRY(E226) LL_ENTRY(E227) LL_ENTRY(E228) LL_ENTRY(E231)
LL_ENTRY(E241) LL_ENTRY(E242) LL_ENTRY(E251) LL_ENTRY(E252) LL_ENTRY(E261) LL_ENTRY(E262) LL_ENTRY(E265)
LL_ENTRY(E266) LL_ENTRY(E271) LL_ENTRY(E272) LL_ENTRY(E273) LL_ENTRY(E274) LL_ENTRY(E275) LL_ENTRY(E502)

#define BL_ENTRY(code) \
    void rule_bl_##code(Checker *ck) { ll_entry(ck, RULE_##code); }
BL_ENTRY(E301) BL_ENTRY(E302) BL_ENTRY(E303) BL_ENTRY(E304) BL_ENTRY(E305) BL_ENTRY(E306)

#define CS_ENTRY(code) \
    void rule_cs_##code(Checker *ck) { ll_entry(ck, RULE_##code); }
CS_ENTRY(E701) CS_ENTRY(E702) CS_ENTRY(E703)
