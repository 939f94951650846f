/* E70_compound_statements.c: several statements on one line: after a block's colon (E701),
 * after a semicolon (E702), and a semicolon ending a statement (E703, fixed by deleting it). */
#include "pcs_report.h"

/* Keywords whose colon opens a block (soft ones: `match`, `case`). */
static bool block_keyword(uint8_t kw)
{
    switch (kw) {
    case KW_IF: case KW_WHILE: case KW_FOR: case KW_TRY: case KW_EXCEPT: case KW_FINALLY: case KW_ELIF:
    case KW_ELSE: case KW_CLASS: case KW_WITH: case SKW_MATCH: case SKW_CASE:
        return true;
    default:
        return false;
    }
}

/* Start of the line holding `off` (text after a final line terminator: its own empty line). */
static uint32_t line_start_of(const LogicalLines *ll, uint32_t off)
{
    while (off > 0 && ll->src[off - 1] != '\n' && ll->src[off - 1] != '\r')
        off--;
    return off;
}

/* The backslash of the previous line when it ends in one and `line_start` begins that next
 * line, else UINT32_MAX. */
static uint32_t continuation_before(const LogicalLines *ll, uint32_t line_start)
{
    if (line_start == 0)
        return UINT32_MAX;
    uint32_t nl = line_start - 1;
    if (ll->src[nl] == '\n' && nl > 0 && ll->src[nl - 1] == '\r')
        nl--;
    else if (ll->src[nl] != '\n' && ll->src[nl] != '\r')
        return UINT32_MAX;
    return nl > 0 && ll->src[nl - 1] == '\\' ? nl - 1 : UINT32_MAX;
}

/* Ruff's preceded_by_continuations: when only whitespace precedes `off` on its line and the
 * lines before end in backslashes, the first such backslash; else `off`. */
static uint32_t preceded_by_continuations(const LogicalLines *ll, uint32_t off)
{
    uint32_t ls = line_start_of(ll, off);
    for (uint32_t i = ls; i < off; i++)
        if (ll->src[i] != ' ' && ll->src[i] != '\t' && ll->src[i] != '\f')
            return off;
    uint32_t c = continuation_before(ll, ls);
    if (c == UINT32_MAX)
        return off;
    for (;;) {
        uint32_t pls = line_start_of(ll, c);
        bool blank = true;
        for (uint32_t i = pls; i < c; i++)
            if (ll->src[i] != ' ' && ll->src[i] != '\t' && ll->src[i] != '\f')
                blank = false;
        uint32_t n = blank ? continuation_before(ll, pls) : UINT32_MAX;
        if (n == UINT32_MAX)
            return c;
        c = n;
    }
}

void pcs_compound_statements(Checker *ck, const LogicalLines *llp)
{
    const LogicalLines ll = *llp;
    bool have_colon = false, have_semi = false, have_kw = false, allow_ellipsis = false;
    uint32_t colon_s = 0, colon_e = 0, semi_s = 0, semi_e = 0, nest = 0;
    for (uint32_t i = 0; i < ll.ntoks; i++) {
        const LLTok *t = &ll.toks[i];
        uint8_t k = t->kind;
        uint16_t c = ll_class(k);
        /* Tokens that change nothing: all but brackets, `:;`, newlines and `...`, inside brackets;
         * outside, keywords too unless a `:` or `;` waits for the next statement. */
        if (!(c & (KC_OPEN | KC_CLOSE | KC_PUNCT | KC_NEWLINE)) && k != TK_ELLIPSIS &&
            (nest > 0 || (!t->kw && !have_semi && !have_colon)))
            continue;
        if (c & KC_OPEN)
            nest++;
        else if ((c & KC_CLOSE) && nest)
            nest--;
        else if (k == TK_NEWLINE)
            nest = 0; /* unclosed brackets end at a NEWLINE, as Ruff's token iterator */
        if (k == TK_ELLIPSIS && allow_ellipsis) {
            allow_ellipsis = false;
            continue;
        }
        if (nest > 0)
            continue;
        if (k == TK_NEWLINE) {
            if (have_semi) {
                Diagnostic *d = pcs_report(ck, RULE_E703, semi_s, semi_e, "Statement ends with an unnecessary semicolon");
                pcs_fix1(ck, d, "Remove unnecessary semicolon", preceded_by_continuations(&ll, semi_s), semi_e, "");
            }
            have_colon = have_semi = have_kw = false;
        } else if (k == TK_COLON) {
            if (have_kw) {
                have_colon = true;
                colon_s = t->start;
                colon_e = t->end;
                allow_ellipsis = true;
            }
        } else if (k == TK_SEMI) {
            have_semi = true;
            semi_s = t->start;
            semi_e = t->end;
            allow_ellipsis = false;
        } else if (k == TK_COMMENT || k == TK_INDENT || k == TK_DEDENT || k == TK_NL) {
        } else {
            if (have_semi) {
                pcs_report(ck, RULE_E702, semi_s, semi_e, "Multiple statements on one line (semicolon)");
                have_semi = false;
                allow_ellipsis = false;
            }
            if (have_colon) {
                pcs_report(ck, RULE_E701, colon_s, colon_e, "Multiple statements on one line (colon)");
                have_colon = have_kw = false;
                allow_ellipsis = false;
            }
        }
        if (t->kw == KW_LAMBDA)
            have_colon = have_kw = false;
        else if (block_keyword(t->kw))
            have_kw = true;
    }
}
