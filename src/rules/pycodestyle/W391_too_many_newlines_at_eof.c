/* W391_too_many_newlines_at_eof.c: blank lines at the end of the file (preview). */
#include "pcs_report.h"

void rule_too_many_newlines_at_eof(Checker *ck)
{
    const TokenList *tl = &ck->parse->tokens;
    uint32_t n = 0, start = 0, end = 0;
    bool have = false;
    for (uint32_t i = tl->len; i-- > 0;) {
        const Token *t = &tl->data[i];
        if (t->kind == TK_ENDMARKER || t->kind == TK_DEDENT)
            continue;
        if (t->kind != TK_NEWLINE && t->kind != TK_NL)
            break;
        if (!have) {
            end = t->end;
            have = true;
        }
        start = t->end;
        n++;
    }
    if (n <= 1)
        return;
    Diagnostic *d = pcs_report(ck, RULE_W391, start, end, n > 2 ? "Too many newlines at end of file" : "Extra newline at end of file");
    pcs_fix1(ck, d, n > 2 ? "Remove trailing newlines" : "Remove trailing newline", start, end, "");
}
