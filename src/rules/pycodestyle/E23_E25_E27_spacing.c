/* E23_E25_E27_spacing.c: missing whitespace after `,;:` (E231), spaces around keyword or
 * parameter equals (E251, E252), spaces around keywords (E271-E274, E275), and redundant
 * backslashes inside brackets (E502). */
#include "pcs_report.h"

#include "util/utf8.h"

/* E231 at a `,` `;` or `:` (not a `:` inside an f-string); `in_square`: the innermost open
 * bracket is a `[`, `depth`: how many `[` `{` are open. */
void e231_at(Checker *ck, const LogicalLines *ll, const LLine *l, uint32_t i, bool in_square, uint32_t depth,
             bool in_type_params)
{
    const LLTok *t = &ll->toks[i];
    uint8_t k = t->kind;
    uint32_t line_end = ll->toks[l->last - 1].end;
    if (t->end >= line_end)
        return;
    unsigned char b = (unsigned char)ll->src[t->end];
    if (b < 0x80) {
        if (b == ' ' || (b >= 0x09 && b <= 0x0D) || b == '\\')
            return;
    } else {
        uint32_t p = t->end;
        if (unicode_is_whitespace(utf8_next(ll->src, line_end, &p)))
            return;
    }
    if (i + 1 < l->last) {
        uint8_t nk = ll->toks[i + 1].kind;
        if (k == TK_COLON && in_square && !(in_type_params && depth == 1))
            return;
        if (k == TK_COMMA && (nk == TK_RPAR || nk == TK_RSQB))
            return;
        if (k == TK_COLON && nk == TK_EQUAL)
            return;
    }
    const char *msg = k == TK_COMMA ? "Missing whitespace after `,`"
                      : k == TK_SEMI ? "Missing whitespace after `;`"
                                     : "Missing whitespace after `:`";
    Diagnostic *d = pcs_report(ck, RULE_E231, t->start, t->end, msg);
    pcs_fix1(ck, d, "Add missing whitespace", t->end, t->end, " ");
}

/* The end of the last token before `i` in `l` that is not an NL, 0 when there is none. */
static uint32_t end_before(const LogicalLines *ll, const LLine *l, uint32_t i)
{
    while (i > l->first) {
        i--;
        if (ll->toks[i].kind != TK_NL)
            return ll->toks[i].end;
    }
    return 0;
}

/* E251, E252 at an `=` inside brackets (not in an f-string) or in type parameters; `strict`:
 * an annotated parameter's default or a type parameter's (spaces wanted). */
void e25_at(Checker *ck, const LogicalLines *ll, const LLine *l, uint32_t i, bool strict)
{
    const LLTok *t = &ll->toks[i];
    uint32_t prev_end = end_before(ll, l, i);
    uint32_t j = i + 1;
    while (j < l->last && ll->toks[j].kind == TK_NL)
        j++;
    if (strict) {
        if (t->start == prev_end && prev_end != 0) {
            Diagnostic *d = pcs_report(ck, RULE_E252, t->start, t->end, "Missing whitespace around parameter equals");
            pcs_fix1(ck, d, "Add missing whitespace", t->start, t->start, " ");
        }
        if (j < l->last && ll->toks[j].start == t->end) {
            Diagnostic *d = pcs_report(ck, RULE_E252, t->start, t->end, "Missing whitespace around parameter equals");
            pcs_fix1(ck, d, "Add missing whitespace", t->end, t->end, " ");
        }
    } else {
        if (t->start != prev_end) {
            Diagnostic *d = pcs_report(ck, RULE_E251, prev_end, t->start, "Unexpected spaces around keyword / parameter equals");
            pcs_fix1(ck, d, "Remove whitespace", prev_end, t->start, "");
        }
        if (j < l->last && ll->toks[j].start != t->end) {
            Diagnostic *d = pcs_report(ck, RULE_E251, t->end, ll->toks[j].start,
                                       "Unexpected spaces around keyword / parameter equals");
            pcs_fix1(ck, d, "Remove whitespace", t->end, ll->toks[j].start, "");
        }
    }
    /* Ruff's loop consumed the NL tokens up to the next token (NLs are not in ops). */
}

static void single_space(Checker *ck, RuleId r, const char *msg, uint32_t s, uint32_t e)
{
    Diagnostic *d = pcs_report(ck, r, s, e, msg);
    pcs_fix1(ck, d, "Replace with single space", s, e, " ");
}

/* E271-E274 at a keyword other than True / False / None (Ruff 0.17 leaves them out). */
void e27_at(Checker *ck, const LogicalLines *ll, const LLine *l, uint32_t i)
{
    const LLTok *t = &ll->toks[i];
    uint32_t len;
    /* the whitespace between two keywords is looked at after the first only */
    const LLTok *p = i > l->first ? &ll->toks[i - 1] : NULL;
    if (!p || !ll_is_keyword(p) || ll_is_singleton(p)) {
        WsKind w = ll_ws_before(ll, l, i, &len);
        if (w == WS_TAB)
            single_space(ck, RULE_E274, "Tab before keyword", t->start - len, t->start);
        else if (w == WS_MANY)
            single_space(ck, RULE_E272, "Multiple spaces before keyword", t->start - len, t->start);
    }
    WsKind w = ll_ws_after(ll, l, i, &len);
    if (w == WS_TAB)
        single_space(ck, RULE_E273, "Tab after keyword", t->end, t->end + len);
    else if (w == WS_MANY)
        single_space(ck, RULE_E271, "Multiple spaces after keyword", t->end, t->end + len);
}

/* E275 at a keyword directly followed by the next token (i + 1 < l->last). */
void e275_at(Checker *ck, const LogicalLines *ll, uint32_t i)
{
    const LLTok *a = &ll->toks[i], *b = &ll->toks[i + 1];
    uint8_t bk = b->kind;
    if (ll_is_singleton(a) || a->kw == KW_ASYNC || a->kw == KW_AWAIT || (a->kw == KW_EXCEPT && bk == TK_STAR) ||
        (a->kw == KW_YIELD && (bk == TK_RPAR || bk == TK_COMMA)) || bk == TK_COLON || bk == TK_SEMI ||
        bk == TK_NEWLINE || bk == TK_NL || bk == TK_RPAR || bk == TK_RSQB || bk == TK_RBRACE)
        return;
    Diagnostic *d = pcs_report(ck, RULE_E275, a->start, a->end, "Missing whitespace after keyword");
    pcs_fix1(ck, d, "Added missing whitespace after keyword", a->end, a->end, " ");
}

/* First index in sorted `v` not below `x`. */
static uint32_t lower_bound(const uint32_t *v, uint32_t n, uint32_t x)
{
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (v[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

void ll_redundant_backslash(Checker *ck, const LogicalLines *ll, const LLine *l, const uint32_t *cont, uint32_t ncont)
{
    int parens = 0;
    uint32_t start_index = 0;
    if (ncont == 0)
        return;
    LL_FOR_OPS(ll, l, n, i) {
        const LLTok *t = &ll->toks[i];
        uint8_t k = t->kind;
        if (k == TK_LPAR || k == TK_LSQB || k == TK_LBRACE) {
            if (parens == 0)
                start_index = lower_bound(cont, ncont, ll_line_start(ck, t->start));
            parens++;
        } else if (k == TK_RPAR || k == TK_RSQB || k == TK_RBRACE) {
            parens--;
            if (parens == 0) {
                uint32_t end_index = lower_bound(cont, ncont, ll_line_start(ck, t->start));
                for (uint32_t c = start_index; c < end_index; c++) {
                    uint32_t li = source_line_of(ck->src, cont[c]);
                    uint32_t be = source_line_end(ck->src, li);
                    Diagnostic *d = pcs_report(ck, RULE_E502, be - 1, be, "Redundant backslash");
                    pcs_fix1(ck, d, "Remove redundant backslash", be - 1, be, "");
                }
            }
        }
    }
}
