/* E22_operators.c: whitespace around operators: tabs or several spaces (E221-E224) and missing
 * whitespace (E225 any operator, E226 arithmetic, E227 bitwise or shift, E228 modulo). */
#include "pcs_report.h"

static void single_space(Checker *ck, RuleId r, const char *msg, uint32_t s, uint32_t e)
{
    Diagnostic *d = pcs_report(ck, r, s, e, msg);
    pcs_fix1(ck, d, "Replace with single space", s, e, " ");
}

void ll_space_around_operator(Checker *ck, const LogicalLines *ll, const LLine *l)
{
    LL_FOR_OPS(ll, l, n, i) {
        const LLTok *t = &ll->toks[i];
        if (!(ll_class(t->kind) & KC_SPACED))
            continue;
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
}

/* E241, E242 */
void ll_space_after_comma(Checker *ck, const LogicalLines *ll, const LLine *l)
{
    LL_FOR_OPS(ll, l, n, i) {
        const LLTok *t = &ll->toks[i];
        if (t->kind != TK_COMMA)
            continue;
        uint32_t len;
        WsKind w = ll_ws_after(ll, l, i, &len);
        if (w == WS_TAB)
            single_space(ck, RULE_E242, "Tab after comma", t->end, t->end + len);
        else if (w == WS_MANY)
            single_space(ck, RULE_E241, "Multiple spaces after comma", t->end, t->end + len);
    }
}

static bool whitespace_needed(uint8_t k, uint8_t kw)
{
    return (ll_class(k) & KC_WS_NEEDED) || kw == KW_AND || kw == KW_OR || kw == KW_IN || kw == KW_IS;
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

void ll_missing_whitespace_around_operator(Checker *ck, const LogicalLines *ll, const LLine *l)
{
    uint32_t i0 = l->first;
    while (i0 < l->last && ll_is_non_logical(&ll->toks[i0]))
        i0++; /* Ruff's iterator skips the leading trivia without visiting them */
    if (i0 >= l->last)
        return;
    DefState ds;
    defstate_init(&ds, ll, l);
    uint32_t parens = ll->toks[i0].kind == TK_LPAR || ll->toks[i0].kw == KW_LAMBDA;
    uint32_t fstrings = ll->toks[i0].kind == TK_FSTRING_START;
    LL_FOR_OPS(ll, l, n, i) {
        if (i <= i0)
            continue;
        const LLTok *t = &ll->toks[i];
        uint8_t k = t->kind;
        uint16_t c = ll_class(k);
        /* Names, numbers, strings, trivia, `.,;:`: no state to keep, nothing to report. */
        if (!(c & (KC_WS_NEEDED | KC_OPEN | KC_CLOSE | KC_FSTART | KC_FEND)) && !t->kw)
            continue;
        if (ds.what)
            defstate_visit(&ds, k);
        if (k == TK_FSTRING_START)
            fstrings++;
        else if (k == TK_FSTRING_END) {
            if (fstrings)
                fstrings--;
        } else if (k == TK_LPAR || t->kw == KW_LAMBDA)
            parens++;
        else if (k == TK_RPAR) {
            if (parens)
                parens--;
        }
        if (!(c & KC_WS_NEEDED) && !whitespace_needed(k, t->kw))
            continue;
        /* the previous logical token (there is one: the line's first, i0) */
        uint32_t pi = i - 1;
        while (pi > i0 && ll_is_non_logical(&ll->toks[pi]))
            pi--;
        const LLTok *prev = &ll->toks[pi];
        const LLTok *next = i + 1 < l->last ? &ll->toks[i + 1] : NULL;
        int ns;
        if (k == TK_EQUAL && (parens > 0 || fstrings > 0 || defstate_in_type_params(&ds)))
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
}
