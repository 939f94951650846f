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

void pcs_compound_statements(Checker *ck, const LogicalLines *llp)
{
    const LogicalLines ll = *llp;
    bool have_colon = false, have_semi = false, have_kw = false, allow_ellipsis = false;
    uint32_t colon_s = 0, colon_e = 0, semi_s = 0, semi_e = 0, nest = 0;
    for (uint32_t i = 0; i < ll.ntoks; i++) {
        const LLTok *t = &ll.toks[i];
        uint8_t k = t->kind;
        if (k == TK_LPAR || k == TK_LSQB || k == TK_LBRACE)
            nest++;
        else if ((k == TK_RPAR || k == TK_RSQB || k == TK_RBRACE) && nest)
            nest--;
        if (k == TK_ELLIPSIS && allow_ellipsis) {
            allow_ellipsis = false;
            continue;
        }
        if (nest > 0)
            continue;
        if (k == TK_NEWLINE) {
            if (have_semi) {
                Diagnostic *d = pcs_report(ck, RULE_E703, semi_s, semi_e, "Statement ends with an unnecessary semicolon");
                pcs_fix1(ck, d, "Remove unnecessary semicolon", semi_s, semi_e, "");
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
