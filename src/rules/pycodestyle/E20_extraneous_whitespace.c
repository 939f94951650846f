/* E20_extraneous_whitespace.c: whitespace inside brackets and before punctuation (E201, E202,
 * E203), after a decorator's `@` (E204), and before a call's or subscript's bracket (E211). */
#include <string.h>

#include "pcs_report.h"

static char bracket_char(uint8_t k)
{
    switch (k) {
    case TK_LBRACE: return '{';
    case TK_LPAR: return '(';
    case TK_LSQB: return '[';
    case TK_RBRACE: return '}';
    case TK_RPAR: return ')';
    case TK_RSQB: return ']';
    case TK_COMMA: return ',';
    case TK_COLON: return ':';
    case TK_SEMI: return ';';
    default: return 0;
    }
}

/* `head` + "'" + sym + "'" in the arena (what arena_printf(head "'%c'") gives, without its cost). */
static const char *with_sym(Checker *ck, const char *head, char sym)
{
    size_t n = strlen(head);
    char *out = arena_alloc_raw(ck->arena, n + 4);
    if (!out)
        return NULL;
    memcpy(out, head, n);
    out[n] = '\'';
    out[n + 1] = sym;
    out[n + 2] = '\'';
    out[n + 3] = 0;
    return out;
}

static void before_punct(Checker *ck, char sym, uint32_t s, uint32_t e)
{
    Diagnostic *d = pcs_report(ck, RULE_E203, s, e, with_sym(ck, "Whitespace before ", sym));
    pcs_fix1(ck, d, with_sym(ck, "Remove whitespace before ", sym), s, e, "");
}

void e20_open(Checker *ck, const LogicalLines *ll, const LLine *l, uint32_t i)
{
    const LLTok *t = &ll->toks[i];
    char sym = bracket_char(t->kind);
    uint32_t len;
    if (ll_ws_after(ll, l, i, &len) != WS_NONE) {
        Diagnostic *d = pcs_report(ck, RULE_E201, t->end, t->end + len, with_sym(ck, "Whitespace after ", sym));
        pcs_fix1(ck, d, with_sym(ck, "Remove whitespace before ", sym), t->end, t->end + len, "");
    }
}

void e20_close(Checker *ck, const LogicalLines *ll, const LLine *l, uint32_t i)
{
    const LLTok *t = &ll->toks[i];
    char sym = bracket_char(t->kind);
    uint32_t len;
    if (ll_ws_before(ll, l, i, &len) != WS_NONE) {
        Diagnostic *d = pcs_report(ck, RULE_E202, t->start - len, t->start, with_sym(ck, "Whitespace before ", sym));
        pcs_fix1(ck, d, with_sym(ck, "Remove whitespace before ", sym), t->start - len, t->start, "");
    }
}

void e20_punct(Checker *ck, const LogicalLines *ll, const LLine *l, uint32_t i, uint32_t fstrings, bool in_square)
{
    const LLTok *t = &ll->toks[i];
    char sym = bracket_char(t->kind);
    int prev = i > l->first ? ll->toks[i - 1].kind : -1;
    uint32_t off;
    WsKind ws = ll_ws_before(ll, l, i, &off);
    if (ws == WS_NONE)
        return;
    uint32_t s = t->start - off, e = t->start;
    if (sym == ':' && in_square) {
        uint8_t nk = i + 1 < l->last ? ll->toks[i + 1].kind : 255;
        if (prev == TK_COLON)
            before_punct(ck, sym, s, e);
        else if (nk == TK_RSQB || nk == TK_COMMA) {
            if (ws == WS_MANY || ws == WS_TAB)
                before_punct(ck, sym, s, e);
        } else if (nk == TK_NL || nk == TK_COMMENT) {
            if (ws == WS_MANY || ws == WS_TAB) {
                Diagnostic *d = pcs_report(ck, RULE_E203, s, e, with_sym(ck, "Whitespace before ", sym));
                Edit ed[2] = {{s, e, ""}, {s, s, " "}};
                pcs_fix(ck, d, APPLY_SAFE, with_sym(ck, "Remove whitespace before ", sym), ed, 2);
            }
        } else {
            uint32_t j = nk == TK_COLON ? i + 1 : i, len2;
            WsKind after = ll_ws_after(ll, l, j, &len2);
            if (after != ws || len2 != off)
                before_punct(ck, sym, s, e);
        }
    } else if (!(fstrings > 0 && sym == ':' && prev == TK_EQUAL)) {
        before_punct(ck, sym, s, e);
    }
}

/* E211 at a `(` or `[` that is not its line's first token. */
void e211_at(Checker *ck, const LogicalLines *ll, const LLine *l, uint32_t i)
{
    const LLTok *t = &ll->toks[i];
    const LLTok *p = &ll->toks[i - 1];
    uint8_t prev = p->kind;
    uint8_t pre_pre_kw = i - 1 > l->first ? ll->toks[i - 2].kw : p->kw;
    if (((prev == TK_NAME && !p->kw) || prev == TK_RPAR || prev == TK_RSQB || prev == TK_RBRACE) &&
        pre_pre_kw != KW_CLASS && t->start != p->end) {
        char b = t->kind == TK_LPAR ? '(' : '[';
        Diagnostic *d = pcs_report(ck, RULE_E211, p->end, t->end - 1, with_sym(ck, "Whitespace before ", b));
        pcs_fix1(ck, d, with_sym(ck, "Removed whitespace before ", b), p->end, t->end - 1, "");
    }
}

/* E204: the whitespace after a decorator's `@` (the `@` opening a logical line). */
void ll_whitespace_after_decorator(Checker *ck, const LogicalLines *ll, const LLine *l)
{
    uint32_t i = l->first;
    while (i < l->last && (ll->toks[i].kind == TK_INDENT || ll->toks[i].kind == TK_DEDENT))
        i++;
    if (i >= l->last || ll->toks[i].kind != TK_AT)
        return;
    const char *src = ll->src;
    uint32_t s = ll->toks[i].end, e = s;
    if (e >= ll->len || (src[e] != ' ' && src[e] != '\t' && src[e] != '\f'))
        return;
    while (e < ll->len && (src[e] == ' ' || src[e] == '\t' || src[e] == '\f' || src[e] == '\n' || src[e] == '\r' || src[e] == '\\'))
        e++;
    Diagnostic *d = pcs_report(ck, RULE_E204, s, e, "Whitespace after decorator");
    pcs_fix1(ck, d, "Remove whitespace", s, e, "");
}
