/* logical_lines_pass.c: one walk over a logical line's operator, bracket, punctuation, f-string
 * and keyword tokens for the E20x, E211, E22x, E231, E24x, E25x and E27x checks: each check's
 * state (brackets, f-strings, parentheses, type parameters) is kept here and the check itself
 * is called only at the tokens where it may report. */
#include "pcs_report.h"

/* Room for the kinds of the innermost 256 open `[` `{` (deeper ones are counted, not kept). */
typedef struct Squares {
    uint8_t kind[256];
    uint32_t n;
} Squares;

static inline void sq_push(Squares *s, uint8_t k)
{
    s->kind[s->n % 256] = k;
    s->n++;
}
static inline void sq_pop(Squares *s)
{
    if (s->n)
        s->n--;
}
static inline bool sq_in_square(const Squares *s) { return s->n && s->kind[(s->n - 1) % 256] == TK_LSQB; }

/* Quick tests on the source around a token, so that a check is called only where its answer
 * may be a report: they accept every case the check itself would report. */
static inline bool hspace(char c) { return c == ' ' || c == '\t' || c == '\f'; }
/* Some whitespace right after offset `at` (ll_ws_after may be other than WS_NONE). */
static inline bool ws_at(const LogicalLines *ll, uint32_t at) { return at < ll->len && hspace(ll->src[at]); }
/* Some whitespace right before offset `at` (ll_ws_before may be other than WS_NONE). */
static inline bool ws_before(const LogicalLines *ll, uint32_t at) { return at > 0 && hspace(ll->src[at - 1]); }
/* A tab or two whitespace characters from `at` on (ll_ws_after may be WS_TAB or WS_MANY). */
static inline bool wide_at(const LogicalLines *ll, uint32_t at)
{
    const char *s = ll->src;
    return at < ll->len && (s[at] == '\t' || (hspace(s[at]) && at + 1 < ll->len && hspace(s[at + 1])));
}
/* A tab or two whitespace characters before `at` (ll_ws_before may be WS_TAB or WS_MANY). */
static inline bool wide_before(const LogicalLines *ll, uint32_t at)
{
    const char *s = ll->src;
    return at > 0 && (s[at - 1] == '\t' || (hspace(s[at - 1]) && at > 1 && hspace(s[at - 2])));
}
/* What E231 accepts right after a `,;:` without looking further: ASCII whitespace, a backslash. */
static inline bool spaced_after(const LogicalLines *ll, uint32_t at)
{
    if (at >= ll->len)
        return false;
    unsigned char b = (unsigned char)ll->src[at];
    return b == ' ' || (b >= 0x09 && b <= 0x0D) || b == '\\';
}

/* Token i (after the line's first logical token) has a gap before it and after it (or ends the
 * line): E225-E228 find whitespace on both sides and report nothing. */
static inline bool spaced_around(const LogicalLines *ll, const LLine *l, uint32_t i)
{
    const LLTok *t = &ll->toks[i];
    return ll->toks[i - 1].end < t->start && (i + 1 >= l->last || t->end < ll->toks[i + 1].start);
}

enum {
    G20 = 1 << 0, G211 = 1 << 1, G22 = 1 << 2, G225 = 1 << 3, G231 = 1 << 4,
    G24 = 1 << 5, G25 = 1 << 6, G27 = 1 << 7, G275 = 1 << 8,
};

/* By a line's LLF_* flags, the checks that may report on it (E231 reports only at `,;:`, E25x
 * only at an `=`). */
#define HAS(f, b) (((f) & (b)) != 0)
#define GATE(f)                                                                                    \
    (uint16_t)((HAS(f, LLF_OPERATOR | LLF_BRACKET | LLF_PUNCT) ? G20 : 0) |                        \
               (HAS(f, LLF_BRACKET) ? G211 : 0) | (HAS(f, LLF_OPERATOR) ? G22 | G225 : 0) |         \
               (HAS(f, LLF_OPERATOR) && HAS(f, LLF_PUNCT) ? G231 : 0) | (HAS(f, LLF_PUNCT) ? G24 : 0) | \
               (HAS(f, LLF_OPERATOR) && HAS(f, LLF_EQUAL) ? G25 : 0) |                            \
               (HAS(f, LLF_KEYWORD) ? G27 | G275 : 0))
#define G4(f) GATE(f), GATE((f) + 1), GATE((f) + 2), GATE((f) + 3)
#define G16(f) G4(f), G4((f) + 4), G4((f) + 8), G4((f) + 12)
#define G64(f) G16(f), G16((f) + 16), G16((f) + 32), G16((f) + 48)
static const uint16_t gate_of_flags[256] = {G64(0), G64(64), G64(128), G64(192)};
#undef G64
#undef G16
#undef G4
#undef GATE
#undef HAS

void ll_pass_gates(LLPassRules *on)
{
    on->mask = (on->e20x ? G20 : 0) | (on->e211 ? G211 : 0) | (on->e22x ? G22 : 0) | (on->e225 ? G225 : 0) |
               (on->e231 ? G231 : 0) | (on->e24x ? G24 : 0) | (on->e25x ? G25 : 0) | (on->e27x ? G27 : 0) |
               (on->e275 ? G275 : 0);
}

void ll_token_pass(Checker *ck, const LogicalLines *ll, const LLine *l, const LLPassRules *on)
{
    uint32_t g = gate_of_flags[l->flags] & on->mask;
    if (!g)
        return;
    bool g20 = g & G20, g211 = g & G211, g22 = g & G22, g225 = g & G225, g231 = g & G231, g24 = g & G24;
    bool g25 = g & G25, g27 = g & G27, g275 = g & G275;
    const LLTok *toks = ll->toks;

    DefState ds = {0};
    if (g225 || g231 || g25)
        defstate_init(&ds, ll, l);
    /* E225: Ruff's iterator skips the leading trivia without visiting them; the line's first
     * logical token i0 only sets the initial state */
    uint32_t i0 = l->first;
    while (i0 < l->last && ll_is_non_logical(&toks[i0]))
        i0++;
    uint32_t parens225 = 0, fstr225 = 0;
    if (g225) {
        if (i0 >= l->last)
            g225 = false;
        else {
            parens225 = toks[i0].kind == TK_LPAR || toks[i0].kw == KW_LAMBDA;
            fstr225 = toks[i0].kind == TK_FSTRING_START;
        }
    }
    uint32_t fstr20 = 0, fstr231 = 0, fstr25 = 0, parens25 = 0;
    bool annotated25 = false;
    Squares sq20, sq231;
    sq20.n = 0;
    sq231.n = 0;

    LL_FOR_OPS(ll, l, n, i) {
        const LLTok *t = &toks[i];
        uint8_t k = t->kind;
        if (t->kw) {
            /* (only indentation precedes the line's first logical token: nothing to look at) */
            if (g27 && !ll_is_singleton(t) && ((i != i0 && wide_before(ll, t->start)) || wide_at(ll, t->end)))
                e27_at(ck, ll, l, i);
            if (g275 && i + 1 < l->last && t->end == toks[i + 1].start)
                e275_at(ck, ll, i);
            if (g225 && i != i0) {
                uint8_t kw = t->kw;
                if (kw == KW_LAMBDA)
                    parens225++;
                if ((kw == KW_AND || kw == KW_OR || kw == KW_IN || kw == KW_IS) && !spaced_around(ll, l, i))
                    e225_at(ck, ll, l, i, i0, parens225, fstr225, defstate_in_type_params(&ds));
            }
            continue;
        }
        if (ds.what)
            defstate_visit(&ds, k);
        bool v225 = g225 && i != i0;
        switch (k) {
        case TK_FSTRING_START:
        case TK_TSTRING_START:
            fstr20++;
            fstr231++;
            if (k == TK_FSTRING_START) {
                fstr25++;
                if (v225)
                    fstr225++;
            }
            continue;
        case TK_FSTRING_END:
        case TK_TSTRING_END:
            if (fstr20)
                fstr20--;
            if (fstr231)
                fstr231--;
            if (k == TK_FSTRING_END) {
                if (fstr25)
                    fstr25--;
                if (v225 && fstr225)
                    fstr225--;
            }
            continue;
        case TK_LPAR:
        case TK_LSQB:
        case TK_LBRACE:
            if (k != TK_LPAR) {
                sq_push(&sq20, k);
                if (fstr231 == 0)
                    sq_push(&sq231, k);
            }
            if (g20 && (k != TK_LBRACE || fstr20 == 0) && ws_at(ll, t->end))
                e20_open(ck, ll, l, i);
            if (k != TK_LBRACE) {
                if (g211 && i != l->first && toks[i - 1].end != t->start)
                    e211_at(ck, ll, l, i);
                parens25++;
                if (k == TK_LPAR && v225)
                    parens225++;
            }
            continue;
        case TK_RPAR:
        case TK_RSQB:
        case TK_RBRACE:
            if (k != TK_RPAR) {
                sq_pop(&sq20);
                if (fstr231 == 0)
                    sq_pop(&sq231);
            }
            if (g20 && (k != TK_RBRACE || fstr20 == 0) && ws_before(ll, t->start) &&
                (i == l->first || toks[i - 1].kind != TK_COMMA))
                e20_close(ck, ll, l, i);
            if (k != TK_RBRACE) {
                if (parens25)
                    parens25--;
                if (parens25 == 0)
                    annotated25 = false;
                if (k == TK_RPAR && v225 && parens225)
                    parens225--;
            }
            continue;
        case TK_COMMA:
        case TK_COLON:
        case TK_SEMI:
            if (g20 && ws_before(ll, t->start) && (i == l->first || toks[i - 1].kind != TK_COMMA))
                e20_punct(ck, ll, l, i, fstr20, sq_in_square(&sq20));
            if (k == TK_COMMA) {
                if (g24 && wide_at(ll, t->end))
                    e24_at(ck, ll, l, i);
                if (parens25 == 1)
                    annotated25 = false;
            } else if (k == TK_COLON && parens25 == 1 && ds.what == 2)
                annotated25 = true;
            if (g231 && (k != TK_COLON || fstr231 == 0) && !spaced_after(ll, t->end))
                e231_at(ck, ll, l, i, sq_in_square(&sq231), sq231.n, defstate_in_type_params(&ds));
            continue;
        default:
            break;
        }
        uint16_t c = ll_class(k);
        if (g22 && (c & KC_SPACED) && (wide_before(ll, t->start) || wide_at(ll, t->end)))
            e22_spacing_at(ck, ll, l, i);
        if (v225 && (c & KC_WS_NEEDED) && !spaced_around(ll, l, i))
            e225_at(ck, ll, l, i, i0, parens225, fstr225, defstate_in_type_params(&ds));
        if (g25 && k == TK_EQUAL) {
            bool tp = defstate_in_type_params(&ds);
            if (tp || (parens25 > 0 && fstr25 == 0))
                e25_at(ck, ll, l, i, tp || (annotated25 && parens25 == 1));
        }
    }
}
