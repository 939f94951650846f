/* E70_compound_statements.c: several statements on one line: after a block's colon (E701),
 * after a semicolon (E702), and a semicolon ending a statement (E703, fixed by deleting it). */
#include "pcs_report.h"

#include <string.h>

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
static uint32_t line_start_of(const char *src, uint32_t off)
{
    while (off > 0 && src[off - 1] != '\n' && src[off - 1] != '\r')
        off--;
    return off;
}

/* The backslash of the previous line when it ends in one and `line_start` begins that next
 * line, else UINT32_MAX. */
static uint32_t continuation_before(const char *src, uint32_t line_start)
{
    if (line_start == 0)
        return UINT32_MAX;
    uint32_t nl = line_start - 1;
    if (src[nl] == '\n' && nl > 0 && src[nl - 1] == '\r')
        nl--;
    else if (src[nl] != '\n' && src[nl] != '\r')
        return UINT32_MAX;
    return nl > 0 && src[nl - 1] == '\\' ? nl - 1 : UINT32_MAX;
}

/* Ruff's preceded_by_continuations: when only whitespace precedes `off` on its line and the
 * lines before end in backslashes, the first such backslash; else `off`. */
static uint32_t preceded_by_continuations(const char *src, uint32_t off)
{
    uint32_t ls = line_start_of(src, off);
    for (uint32_t i = ls; i < off; i++)
        if (src[i] != ' ' && src[i] != '\t' && src[i] != '\f')
            return off;
    uint32_t c = continuation_before(src, ls);
    if (c == UINT32_MAX)
        return off;
    for (;;) {
        uint32_t pls = line_start_of(src, c);
        bool blank = true;
        for (uint32_t i = pls; i < c; i++)
            if (src[i] != ' ' && src[i] != '\t' && src[i] != '\f')
                blank = false;
        uint32_t n = blank ? continuation_before(src, pls) : UINT32_MAX;
        if (n == UINT32_MAX)
            return c;
        c = n;
    }
}

/* The file's tokens (the parser's, without the final ENDMARKER) and, once a NAME spelled `match`
 * or `case` needs it, the soft keywords resolved by ll_tokens. */
typedef struct E70Ctx {
    Checker *ck;
    const char *src;
    const Token *toks;
    uint32_t ntoks;
    const LogicalLines *ll; /* tokens with soft keywords, or NULL until needed */
    LogicalLines own;       /* built here when the caller gave none */
} E70Ctx;

/* The keyword id of NAME token i (kw 0) when it is spelled `match` or `case` and the parser used
 * it as a soft keyword; else 0. */
static uint8_t soft_kw(E70Ctx *c, uint32_t i)
{
    const Token *t = &c->toks[i];
    uint32_t n = t->end - t->start;
    const char *w = c->src + t->start;
    if (!((n == 5 && memcmp(w, "match", 5) == 0) || (n == 4 && memcmp(w, "case", 4) == 0)))
        return 0;
    if (!c->ll) {
        if (!ll_tokens(c->ck, &c->own))
            return 0;
        c->ll = &c->own;
    }
    return i < c->ll->ntoks ? c->ll->toks[i].kw : 0;
}

/* The checks over tokens [from, to), from a state with nothing pending. */
static void walk(E70Ctx *cx, uint32_t from, uint32_t to)
{
    Checker *ck = cx->ck;
    const Token *toks = cx->toks;
    bool have_colon = false, have_semi = false, have_kw = false, allow_ellipsis = false;
    uint32_t colon_s = 0, colon_e = 0, semi_s = 0, semi_e = 0, nest = 0;
    for (uint32_t i = from; i < to; i++) {
        const Token *t = &toks[i];
        uint8_t k = t->kind;
        uint8_t kw = t->kw;
        if (!kw && k == TK_NAME && nest == 0 && (!have_kw || have_colon))
            kw = soft_kw(cx, i); /* a soft block keyword matters only where have_kw may be false after it */
        uint16_t c = ll_class(k);
        /* Tokens that change nothing: all but brackets, `:;`, newlines and `...`, inside brackets;
         * outside, keywords too unless a `:` or `;` waits for the next statement. */
        if (!(c & (KC_OPEN | KC_CLOSE | KC_PUNCT | KC_NEWLINE)) && k != TK_ELLIPSIS &&
            (nest > 0 || (!kw && !have_semi && !have_colon)))
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
                pcs_fix1(ck, d, "Remove unnecessary semicolon", preceded_by_continuations(cx->src, semi_s), semi_e, "");
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
        if (kw == KW_LAMBDA)
            have_colon = have_kw = false;
        else if (block_keyword(kw))
            have_kw = true;
    }
}

/* Whether the `:` at token i is followed, past comments, NLs and at most one `...`, by the
 * NEWLINE: then it cannot start a report. (The walk's state is reset at each NEWLINE; a `...`
 * right after a colon is either allowed by it or follows a colon that reports nothing. A colon
 * seen earlier in the statement and not so followed has the statement walked anyway.) */
static bool colon_ends(const Token *toks, uint32_t i, uint32_t n)
{
    uint32_t j = i + 1;
    if (j < n && toks[j].kind == TK_ELLIPSIS)
        j++;
    while (j < n && (toks[j].kind == TK_COMMENT || toks[j].kind == TK_NL))
        j++;
    return j < n && toks[j].kind == TK_NEWLINE;
}

/* The token kinds the scan for statements to walk stops at (ENDMARKER: the end of the list). */
static const bool scan_stop[256] = {[TK_NEWLINE] = true, [TK_SEMI] = true, [TK_COLON] = true, [TK_ENDMARKER] = true};

void pcs_compound_statements(Checker *ck, const LogicalLines *ll)
{
    const TokenList *tl = &ck->parse->tokens;
    uint32_t n = tl->len;
    if (!n || tl->data[n - 1].kind != TK_ENDMARKER) {
        /* no ENDMARKER to stop the scan: walk it all (not seen from the parser) */
        E70Ctx cx = {ck, ck->src->text, tl->data, n, ll && ll->toks ? ll : NULL, {0}};
        walk(&cx, 0, n);
        logical_lines_free(&cx.own);
        return;
    }
    n--;
    E70Ctx cx = {ck, ck->src->text, tl->data, n, ll && ll->toks ? ll : NULL, {0}};
    /* The walk's state is reset at each NEWLINE (a `...` allowed at the end of the statement
     * before only matters after a `:` or `;` of its own statement, which set that anew), and a
     * statement without a `;`, or a `:` followed by more, has nothing to report: only the others
     * are walked. The ENDMARKER at toks[n] ends each scan. */
    const Token *toks = tl->data;
    if (ll && ll->lines && ck->valid_syntax && ll->ntoks == n) {
        /* The built logical lines of a file without syntax errors are its statements (and
         * comment-only lines between them, which the walk passes over): only those holding a
         * `:` or `;` can need walking, and their `ops` list those tokens. */
        for (uint32_t li = 0; li < ll->nlines; li++) {
            const LLine *l = &ll->lines[li];
            if (!(l->flags & LLF_COLON_SEMI))
                continue;
            LL_FOR_OPS(ll, l, q, j) {
                uint8_t k = toks[j].kind;
                if (k == TK_SEMI || (k == TK_COLON && !colon_ends(toks, j, n))) {
                    walk(&cx, l->first, l->last);
                    break;
                }
            }
        }
        logical_lines_free(&cx.own);
        return;
    }
    uint32_t from = 0, i = 0;
    for (;;) {
        uint8_t k;
        while (!scan_stop[k = toks[i].kind])
            i++;
        if (i >= n)
            break;
        if (k == TK_NEWLINE) {
            from = ++i;
            continue;
        }
        if (k == TK_COLON && colon_ends(toks, i, n)) {
            i++;
            continue;
        }
        while (i < n && toks[i].kind != TK_NEWLINE)
            i++;
        if (i >= n) {
            walk(&cx, from, n);
            break;
        }
        walk(&cx, from, i + 1);
        from = ++i;
    }
    logical_lines_free(&cx.own);
}
