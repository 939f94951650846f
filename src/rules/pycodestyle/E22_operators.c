/* E22_operators.c: whitespace around operators: tabs or several spaces (E221-E224) and missing
 * whitespace (E225 any operator, E226 arithmetic, E227 bitwise or shift, E228 modulo). */
#include "pcs_report.h"

static void single_space(Checker *ck, RuleId r, const char *msg, uint32_t s, uint32_t e)
{
    Diagnostic *d = pcs_report(ck, r, s, e, msg);
    pcs_fix1(ck, d, "Replace with single space", s, e, " ");
}

/* E221-E224 at an operator whose spacing they look at (KC_SPACED). */
void e22_spacing_at(Checker *ck, const LogicalLines *ll, const LLine *l, uint32_t i)
{
    const LLTok *t = &ll->toks[i];
    uint32_t len;
    /* the whitespace between two operators is looked at after the first only */
    if (i == l->first || !(ll_class(ll->toks[i - 1].kind) & KC_SPACED)) {
        WsKind w = ll_ws_before(ll, l, i, &len);
        if (w == WS_TAB)
            single_space(ck, RULE_E223, "Tab before operator", t->start - len, t->start);
        else if (w == WS_MANY)
            single_space(ck, RULE_E221, "Multiple spaces before operator", t->start - len, t->start);
    }
    WsKind w = ll_ws_after(ll, l, i, &len);
    if (w == WS_TAB)
        single_space(ck, RULE_E224, "Tab after operator", t->end, t->end + len);
    else if (w == WS_MANY)
        single_space(ck, RULE_E222, "Multiple spaces after operator", t->end, t->end + len);
}

/* E241, E242 at a comma. */
void e24_at(Checker *ck, const LogicalLines *ll, const LLine *l, uint32_t i)
{
    const LLTok *t = &ll->toks[i];
    uint32_t len;
    WsKind w = ll_ws_after(ll, l, i, &len);
    if (w == WS_TAB)
        single_space(ck, RULE_E242, "Tab after comma", t->end, t->end + len);
    else if (w == WS_MANY)
        single_space(ck, RULE_E241, "Multiple spaces after comma", t->end, t->end + len);
}

static void report_operator(Checker *ck, const LLTok *t, const Edit *ed, uint32_t n)
{
    RuleId r;
    const char *msg;
    if (t->kind == TK_PERCENT) {
        r = RULE_E228;
        msg = "Missing whitespace around modulo operator";
    } else if (ll_is_bitwise_or_shift(t->kind)) {
        r = RULE_E227;
        msg = "Missing whitespace around bitwise or shift operator";
    } else if (ll_is_arithmetic(t->kind)) {
        r = RULE_E226;
        msg = "Missing whitespace around arithmetic operator";
    } else {
        r = RULE_E225;
        msg = "Missing whitespace around operator";
    }
    Diagnostic *d = pcs_report(ck, r, t->start, t->end, msg);
    pcs_fix(ck, d, APPLY_SAFE, "Add missing whitespace", ed, n);
}

enum { NS_NO, NS_YES, NS_OPT };

void e225_at(Checker *ck, const LogicalLines *ll, const LLine *l, uint32_t i, uint32_t i0, uint32_t parens,
             uint32_t fstrings, bool in_type_params)
{
    const LLTok *t = &ll->toks[i];
    uint8_t k = t->kind;
    /* the previous logical token (there is one: the line's first, i0) */
    uint32_t pi = i - 1;
    while (pi > i0 && ll_is_non_logical(&ll->toks[pi]))
        pi--;
    const LLTok *prev = &ll->toks[pi];
    const LLTok *next = i + 1 < l->last ? &ll->toks[i + 1] : NULL;
    int ns;
    if (k == TK_EQUAL && (parens > 0 || fstrings > 0 || in_type_params))
        ns = NS_NO;
    else if (k == TK_SLASH)
        ns = next && (next->kind == TK_COMMA || next->kind == TK_RPAR || next->kind == TK_COLON) ? NS_NO : NS_YES;
    else if (k == TK_PLUS || k == TK_MINUS || k == TK_STAR || k == TK_DOUBLESTAR) {
        uint8_t pk = prev->kind;
        bool binary = pk == TK_RPAR || pk == TK_RSQB || pk == TK_RBRACE || !(ll_is_operator(prev) || ll_is_keyword(prev));
        ns = binary ? (k == TK_DOUBLESTAR ? NS_OPT : NS_YES) : NS_NO;
    } else if (next && (next->kind == TK_RPAR || next->kind == TK_RSQB || next->kind == TK_RBRACE))
        ns = NS_NO;
    else
        ns = NS_YES;
    if (ns != NS_NO) {
        bool lead = prev->end < t->start || ll_is_non_logical(prev);
        bool trail = !next || t->end < next->start || ll_is_non_logical(next);
        if (!lead && trail) {
            Edit e = {t->start, t->start, " "};
            report_operator(ck, t, &e, 1);
        } else if (lead && !trail) {
            Edit e = {t->end, t->end, " "};
            report_operator(ck, t, &e, 1);
        } else if (!lead && !trail && ns == NS_YES) {
            Edit e[2] = {{t->start, t->start, " "}, {t->end, t->end, " "}};
            report_operator(ck, t, e, 2);
        }
    }
}
