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

void ll_extraneous_whitespace(Checker *ck, const LogicalLines *ll, const LLine *l)
{
    uint32_t fstrings = 0;
    uint8_t brackets[256];
    uint32_t nb = 0; /* depth; only the last 256 kinds are kept */
    LL_FOR_OPS(ll, l, n, i) {
        const LLTok *t = &ll->toks[i];
        uint8_t k = t->kind;
        if (!(ll_class(k) & (KC_OPEN | KC_CLOSE | KC_PUNCT | KC_FSTART | KC_FEND)))
            continue; /* nothing to track or report */
        int prev = i > l->first ? ll->toks[i - 1].kind : -1;
        switch (k) {
        case TK_FSTRING_START: case TK_TSTRING_START: fstrings++; break;
        case TK_FSTRING_END: case TK_TSTRING_END: if (fstrings) fstrings--; break;
        case TK_LSQB: case TK_LBRACE: brackets[nb % 256] = k; nb++; break;
        case TK_RSQB: case TK_RBRACE: if (nb) nb--; break;
        default: break;
        }
        char sym = bracket_char(k);
        if (sym == '{' || sym == '(' || sym == '[') {
            if (sym != '{' || fstrings == 0) {
                uint32_t len;
                if (ll_ws_after(ll, l, i, &len) != WS_NONE) {
                    Diagnostic *d = pcs_report(ck, RULE_E201, t->end, t->end + len,
                                               with_sym(ck, "Whitespace after ", sym));
                    pcs_fix1(ck, d, with_sym(ck, "Remove whitespace before ", sym), t->end, t->end + len, "");
                }
            }
        } else if (sym == '}' || sym == ')' || sym == ']') {
            if ((sym != '}' || fstrings == 0) && prev != TK_COMMA) {
                uint32_t len;
                if (ll_ws_before(ll, l, i, &len) != WS_NONE) {
                    Diagnostic *d = pcs_report(ck, RULE_E202, t->start - len, t->start,
                                               with_sym(ck, "Whitespace before ", sym));
                    pcs_fix1(ck, d, with_sym(ck, "Remove whitespace before ", sym), t->start - len, t->start, "");
                }
            }
        } else if (sym && prev != TK_COMMA) {
            uint32_t off;
            WsKind ws = ll_ws_before(ll, l, i, &off);
            if (ws != WS_NONE) {
                uint32_t s = t->start - off, e = t->start;
                if (sym == ':' && nb && brackets[(nb - 1) % 256] == TK_LSQB) {
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
        }
    }
}

/* E211 */
void ll_whitespace_before_parameters(Checker *ck, const LogicalLines *ll, const LLine *l)
{
    /* a bracket after the line's first token (the first token has no previous) */
    LL_FOR_OPS(ll, l, n, i) {
        const LLTok *t = &ll->toks[i];
        if ((t->kind != TK_LPAR && t->kind != TK_LSQB) || i == l->first)
            continue;
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
