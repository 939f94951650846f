/* logical_lines.c: builds Ruff's logical lines from the token list; soft keywords are told
 * apart from names through the tree (match / case / type statements). */
#include "logical_lines.h"

#include <stdlib.h>
#include <string.h>

#include "syntax/ast.h"

#define ARITH KC_OPERATOR | KC_ARITH | KC_SPACED | KC_WS_NEEDED
#define BITWISE KC_OPERATOR | KC_BITWISE | KC_SPACED | KC_WS_NEEDED
#define AUGMENTED KC_OPERATOR | KC_SPACED | KC_WS_NEEDED
const uint16_t ll_kind_class[256] = {
    [TK_NEWLINE] = KC_NON_LOGICAL | KC_NEWLINE | KC_NO_GAP_AFTER_KW,
    [TK_NL] = KC_NON_LOGICAL | KC_NEWLINE | KC_NO_GAP_AFTER_KW,
    [TK_COMMENT] = KC_NON_LOGICAL,
    [TK_INDENT] = KC_NON_LOGICAL | KC_INDENT,
    [TK_DEDENT] = KC_NON_LOGICAL | KC_INDENT,
    [TK_FSTRING_START] = KC_FSTART,
    [TK_TSTRING_START] = KC_FSTART,
    [TK_FSTRING_END] = KC_FEND,
    [TK_TSTRING_END] = KC_FEND,
    [TK_LPAR] = KC_OPERATOR | KC_OPEN,
    [TK_LSQB] = KC_OPERATOR | KC_OPEN,
    [TK_LBRACE] = KC_OPERATOR | KC_OPEN,
    [TK_RPAR] = KC_OPERATOR | KC_CLOSE | KC_NO_GAP_AFTER_KW,
    [TK_RSQB] = KC_OPERATOR | KC_CLOSE | KC_NO_GAP_AFTER_KW,
    [TK_RBRACE] = KC_OPERATOR | KC_CLOSE | KC_NO_GAP_AFTER_KW,
    [TK_COLON] = KC_OPERATOR | KC_PUNCT | KC_NO_GAP_AFTER_KW,
    [TK_COMMA] = KC_OPERATOR | KC_PUNCT,
    [TK_SEMI] = KC_OPERATOR | KC_PUNCT | KC_NO_GAP_AFTER_KW,
    [TK_PLUS] = ARITH,
    [TK_MINUS] = ARITH,
    [TK_STAR] = ARITH,
    [TK_SLASH] = ARITH,
    [TK_DOUBLESTAR] = ARITH,
    [TK_DOUBLESLASH] = ARITH,
    [TK_AT] = KC_OPERATOR | KC_ARITH | KC_WS_NEEDED,
    [TK_VBAR] = BITWISE,
    [TK_AMPER] = BITWISE,
    [TK_CIRCUMFLEX] = BITWISE,
    [TK_LEFTSHIFT] = BITWISE,
    [TK_RIGHTSHIFT] = BITWISE,
    [TK_AMPEREQUAL] = BITWISE,
    [TK_VBAREQUAL] = BITWISE,
    [TK_CIRCUMFLEXEQUAL] = BITWISE,
    [TK_LEFTSHIFTEQUAL] = BITWISE,
    [TK_RIGHTSHIFTEQUAL] = BITWISE,
    [TK_TILDE] = KC_OPERATOR | KC_BITWISE,
    [TK_LESS] = AUGMENTED,
    [TK_GREATER] = AUGMENTED,
    [TK_EQUAL] = AUGMENTED,
    [TK_PERCENT] = AUGMENTED,
    [TK_NOTEQUAL] = AUGMENTED,
    [TK_EQEQUAL] = AUGMENTED,
    [TK_LESSEQUAL] = AUGMENTED,
    [TK_GREATEREQUAL] = AUGMENTED,
    [TK_PLUSEQUAL] = AUGMENTED,
    [TK_MINEQUAL] = AUGMENTED,
    [TK_STAREQUAL] = AUGMENTED,
    [TK_SLASHEQUAL] = AUGMENTED,
    [TK_PERCENTEQUAL] = AUGMENTED,
    [TK_DOUBLESTAREQUAL] = AUGMENTED,
    [TK_DOUBLESLASHEQUAL] = AUGMENTED,
    [TK_COLONEQUAL] = AUGMENTED,
    [TK_RARROW] = KC_OPERATOR | KC_WS_NEEDED,
    [TK_DOT] = KC_OPERATOR,
    [TK_ATEQUAL] = KC_OPERATOR,
    [TK_ELLIPSIS] = KC_OPERATOR,
};
#undef ARITH
#undef BITWISE
#undef AUGMENTED

/* Index of the token starting at `off`, or ntoks. */
static uint32_t tok_at(const LogicalLines *ll, uint32_t off)
{
    uint32_t lo = tokens_lower_bound(ll->toks, 0, ll->ntoks, off);
    while (lo < ll->ntoks && ll->toks[lo].start == off && ll->toks[lo].kind != TK_NAME && ll->toks[lo].end == off)
        lo++; /* skip zero-width INDENT/DEDENT */
    return lo < ll->ntoks && ll->toks[lo].start == off ? lo : ll->ntoks;
}

static bool tok_is(const LogicalLines *ll, uint32_t i, const char *word)
{
    const LLTok *t = &ll->toks[i];
    size_t n = strlen(word);
    return t->kind == TK_NAME && t->end - t->start == n && memcmp(ll->src + t->start, word, n) == 0;
}

typedef struct SoftCtx {
    LogicalLines *ll; /* ll->toks is ll->owned */
    uint32_t depth;
} SoftCtx;

static void mark_soft(void *vctx, Node *n);

static void mark_case(LogicalLines *ll, const Node *mc)
{
    const Node *pat = mc->as.match_case.pattern;
    if (!pat)
        return;
    /* The `case` keyword is the last `case` name before the pattern's first token. */
    uint32_t lo = tokens_lower_bound(ll->toks, 0, ll->ntoks, pat->start);
    for (uint32_t i = lo; i-- > 0 && lo - i <= 64;) {
        if (tok_is(ll, i, "case")) {
            ll->owned[i].kw = SKW_CASE;
            return;
        }
    }
}

static void mark_soft(void *vctx, Node *n)
{
    SoftCtx *c = vctx;
    uint8_t cat = ast_kind_info[n->kind].category;
    if (cat != CAT_STMT && cat != CAT_MOD && n->kind != AST_ExceptHandler && n->kind != AST_match_case)
        return;
    if (c->depth > 400)
        return;
    if (n->kind == AST_Match || n->kind == AST_TypeAlias) {
        uint32_t i = tok_at(c->ll, n->start);
        if (i < c->ll->ntoks && (tok_is(c->ll, i, "match") || tok_is(c->ll, i, "type")))
            c->ll->owned[i].kw = n->kind == AST_Match ? SKW_MATCH : SKW_TYPE;
    }
    if (n->kind == AST_match_case)
        mark_case(c->ll, n);
    c->depth++;
    ast_children(n, mark_soft, c);
    c->depth--;
}

/* Whether the NAME token i, spelled `match`, `case` or `type`, may be a soft keyword: `match` and
 * `case` open a line (or follow `:` `;` when the parser recovered from an error) and are not
 * followed by `=`, `.` or an augmented assignment; `type` is followed by a name. Only then is
 * the tree walked. */
static bool soft_candidate(const TokenList *tl, uint32_t i, uint32_t len)
{
    uint8_t next = i + 1 < tl->len ? tl->data[i + 1].kind : TK_ENDMARKER;
    if (len == 4 && tl->data[i].kind == TK_NAME && next == TK_NAME && tl->data[i + 1].kw == 0)
        return true; /* `type X` (also `case X`) */
    uint8_t prev = i ? tl->data[i - 1].kind : TK_NEWLINE;
    if (prev != TK_NEWLINE && prev != TK_NL && prev != TK_INDENT && prev != TK_DEDENT && prev != TK_COLON &&
        prev != TK_SEMI)
        return false;
    bool augmented = (next >= TK_PLUSEQUAL && next <= TK_DOUBLESTAREQUAL) || next == TK_DOUBLESLASHEQUAL || next == TK_ATEQUAL;
    return next != TK_EQUAL && next != TK_DOT && !augmented && !(ll_class(next) & KC_NEWLINE);
}

/* Whether the NAME token i is spelled `match`, `case` or `type` and may be a soft keyword. */
static bool soft_name(const TokenList *tl, const char *text, uint32_t i)
{
    const Token *t = &tl->data[i];
    if (t->kind != TK_NAME || t->kw)
        return false;
    const char *w = text + t->start;
    uint32_t n = t->end - t->start;
    if ((n == 5 && memcmp(w, "match", 5) == 0) || (n == 4 && (memcmp(w, "case", 4) == 0 || memcmp(w, "type", 4) == 0)))
        return soft_candidate(tl, i, n);
    return false;
}

bool ll_tokens(Checker *ck, LogicalLines *out)
{
    memset(out, 0, sizeof *out);
    out->src = ck->src->text;
    out->len = ck->src->len;
    const TokenList *tl = &ck->parse->tokens;
    uint32_t n = tl->len;
    if (n && tl->data[n - 1].kind == TK_ENDMARKER)
        n--;
    out->toks = tl->data;
    out->ntoks = n;
    bool soft = false;
    if (tl->marks_valid) {
        /* every NAME spelled `match` or `type` is marked; a `case` keyword needs a `match` one */
        for (uint32_t m = 0; m < tl->nmarks && !soft; m++)
            if (tl->marks[m] < n)
                soft = soft_name(tl, ck->src->text, tl->marks[m]);
    } else {
        for (uint32_t i = 0; i < n && !soft; i++)
            soft = soft_name(tl, ck->src->text, i);
    }
    if (soft && ck->parse->module) {
        /* soft keywords are told apart in a copy of the tokens */
        out->owned = malloc((size_t)(n ? n : 1) * sizeof(LLTok));
        if (!out->owned) {
            ck->oom = true;
            return false;
        }
        if (n)
            memcpy(out->owned, tl->data, (size_t)n * sizeof(LLTok));
        out->toks = out->owned;
        SoftCtx c = {out, 0};
        mark_soft(&c, ck->parse->module);
    }
    return true;
}

void logical_lines_free(LogicalLines *ll)
{
    free(ll->owned);
    free(ll->lines);
    free(ll->ops);
    ll->owned = NULL;
    ll->toks = NULL;
    ll->lines = NULL;
    ll->ops = NULL;
}

/* Room for one more line; false on OOM. */
static bool lines_reserve(LogicalLines *ll, uint32_t *cap)
{
    if (ll->nlines < *cap)
        return true;
    uint32_t nc = *cap * 2;
    LLine *nl = realloc(ll->lines, (size_t)nc * sizeof(LLine));
    if (!nl)
        return false;
    ll->lines = nl;
    *cap = nc;
    return true;
}

/* What building the lines does with a token of each kind: the LLF_* flags it gives its line
 * (bits 0-7) and the A_* actions. Stored XOR A_DEFAULT, so that the kinds left out of the table
 * (names, numbers, strings, f-string middles, error tokens) read as A_DEFAULT. */
enum {
    A_OP = 1 << 8,       /* listed in ops */
    A_OPEN = 1 << 9,     /* ( [ { */
    A_CLOSE = 1 << 10,   /* ) ] } */
    A_NL = 1 << 11,      /* NEWLINE NL */
    A_NEWLINE = 1 << 12, /* NEWLINE */
    A_CONTENT = 1 << 13, /* anything but NEWLINE and NL: the line is not made only of newlines */
    A_DEFAULT = LLF_NON_TRIVIA | A_CONTENT,
    OP = A_DEFAULT | A_OP | LLF_OPERATOR,
};
#define X(v) (uint16_t)((v) ^ A_DEFAULT)
static const uint16_t line_act[256] = {
    [TK_NEWLINE] = X(A_NL | A_NEWLINE), [TK_NL] = X(A_NL), [TK_COMMENT] = X(LLF_COMMENT | A_CONTENT),
    [TK_INDENT] = X(A_CONTENT), [TK_DEDENT] = X(A_CONTENT),
    [TK_FSTRING_START] = X(A_DEFAULT | A_OP), [TK_TSTRING_START] = X(A_DEFAULT | A_OP),
    [TK_FSTRING_END] = X(A_DEFAULT | A_OP), [TK_TSTRING_END] = X(A_DEFAULT | A_OP),
    [TK_LPAR] = X(OP | LLF_BRACKET | A_OPEN), [TK_LSQB] = X(OP | LLF_BRACKET | A_OPEN),
    [TK_LBRACE] = X(OP | LLF_BRACKET | A_OPEN), [TK_RPAR] = X(OP | LLF_BRACKET | A_CLOSE),
    [TK_RSQB] = X(OP | LLF_BRACKET | A_CLOSE), [TK_RBRACE] = X(OP | LLF_BRACKET | A_CLOSE),
    [TK_COMMA] = X(OP | LLF_PUNCT), [TK_COLON] = X(OP | LLF_PUNCT | LLF_COLON_SEMI),
    [TK_SEMI] = X(OP | LLF_PUNCT | LLF_COLON_SEMI), [TK_EQUAL] = X(OP | LLF_EQUAL),
    [TK_PLUS] = X(OP), [TK_MINUS] = X(OP), [TK_STAR] = X(OP), [TK_SLASH] = X(OP), [TK_VBAR] = X(OP),
    [TK_AMPER] = X(OP), [TK_LESS] = X(OP), [TK_GREATER] = X(OP), [TK_PERCENT] = X(OP),
    [TK_DOT] = X(A_DEFAULT | LLF_OPERATOR), /* an operator, left out of ops */
    [TK_EQEQUAL] = X(OP), [TK_NOTEQUAL] = X(OP), [TK_LESSEQUAL] = X(OP), [TK_GREATEREQUAL] = X(OP),
    [TK_TILDE] = X(OP), [TK_CIRCUMFLEX] = X(OP), [TK_LEFTSHIFT] = X(OP), [TK_RIGHTSHIFT] = X(OP),
    [TK_DOUBLESTAR] = X(OP), [TK_PLUSEQUAL] = X(OP), [TK_MINEQUAL] = X(OP), [TK_STAREQUAL] = X(OP),
    [TK_SLASHEQUAL] = X(OP), [TK_PERCENTEQUAL] = X(OP), [TK_AMPEREQUAL] = X(OP), [TK_VBAREQUAL] = X(OP),
    [TK_CIRCUMFLEXEQUAL] = X(OP), [TK_LEFTSHIFTEQUAL] = X(OP), [TK_RIGHTSHIFTEQUAL] = X(OP),
    [TK_DOUBLESTAREQUAL] = X(OP), [TK_DOUBLESLASH] = X(OP), [TK_DOUBLESLASHEQUAL] = X(OP), [TK_AT] = X(OP),
    [TK_ATEQUAL] = X(OP), [TK_RARROW] = X(OP), [TK_ELLIPSIS] = X(OP), [TK_COLONEQUAL] = X(OP),
};
#undef X

/* By a token's kw, what undoes line_act's XOR: A_DEFAULT, plus for a keyword (hard or soft; a
 * NAME token, whose line_act is A_DEFAULT) that the line holds a keyword (and an operator for
 * and/or/not/in/is) and that it is listed in ops but True, False and None. */
#define KW_IS_OP(k) ((k) == (int)KW_AND || (k) == (int)KW_OR || (k) == (int)KW_NOT || (k) == (int)KW_IN || (k) == (int)KW_IS)
#define KW_IS_SINGLETON(k) ((k) == (int)KW_TRUE || (k) == (int)KW_FALSE || (k) == (int)KW_NONE)
#define KWACT(k) (uint16_t)(A_DEFAULT | LLF_KEYWORD | (KW_IS_OP((int)(k)) ? LLF_OPERATOR : 0) | (KW_IS_SINGLETON((int)(k)) ? 0 : A_OP))
static const uint16_t kw_act[256] = {
    [0] = A_DEFAULT,
#define KW(id, text) [KW_##id] = KWACT(KW_##id),
#include "syntax/keywords.def"
#undef KW
    [SKW_MATCH] = KWACT(SKW_MATCH), [SKW_CASE] = KWACT(SKW_CASE), [SKW_TYPE] = KWACT(SKW_TYPE),
};
#undef KWACT
#undef KW_IS_SINGLETON
#undef KW_IS_OP

bool logical_lines_build(Checker *ck, LogicalLines *ll)
{
    if (!ll->toks && !ll_tokens(ck, ll))
        return false;
    uint32_t cap = ll->ntoks / 8 + 16;
    ll->lines = malloc((size_t)cap * sizeof(LLine));
    ll->ops = malloc((size_t)(ll->ntoks ? ll->ntoks : 1) * sizeof(uint32_t));
    if (!ll->lines || !ll->ops) {
        ck->oom = true;
        return false;
    }
    uint32_t nest = 0, line_start = 0, op_start = 0, nops = 0, fl = 0;
    uint32_t *ops = ll->ops;
    const LLTok *toks = ll->toks;
    const uint32_t ntoks = ll->ntoks; /* (ops may alias *ll: read once) */
    for (uint32_t i = 0; i < ntoks; i++) {
        const LLTok *t = &toks[i];
        uint32_t a = line_act[t->kind] ^ kw_act[t->kw];
        fl |= a;
        ops[nops] = i; /* kept when it is an op (nops <= i: room) */
        nops += (a >> 8) & 1;
        if (!(a & (A_OPEN | A_CLOSE | A_NL)))
            continue;
        if (a & A_OPEN) {
            nest++;
            continue;
        }
        if (a & A_CLOSE) {
            if (nest)
                nest--;
            continue;
        }
        if (a & A_NEWLINE)
            nest = 0; /* a NEWLINE inside brackets: the lexer closed unclosed ones (as Ruff's re-lexing) */
        if (nest == 0) {
            if (fl & A_CONTENT) {
                if (!lines_reserve(ll, &cap)) {
                    ck->oom = true;
                    return false;
                }
                ll->lines[ll->nlines++] = (LLine){line_start, i + 1, op_start, nops, (uint8_t)fl};
            }
            op_start = nops;
            line_start = i + 1;
            fl = 0;
        }
    }
    ll->nops = nops;
    if (line_start < ll->ntoks && (fl & A_CONTENT)) {
        if (!lines_reserve(ll, &cap)) {
            ck->oom = true;
            return false;
        }
        ll->lines[ll->nlines++] = (LLine){line_start, ll->ntoks, op_start, nops, (uint8_t)fl};
    }
    return true;
}

WsKind ll_ws_after(const LogicalLines *ll, const LLine *l, uint32_t t, uint32_t *len)
{
    uint32_t end = ll->toks[l->last - 1].end;
    uint32_t at = ll->toks[t].end;
    /* the usual cases: no whitespace, or one space before a token */
    char c0 = at < end ? ll->src[at] : '\n';
    if (c0 != ' ' && c0 != '\t' && c0 != '\f') {
        *len = 0;
        return WS_NONE;
    }
    if (c0 == ' ' && at + 1 < end) {
        char c1 = ll->src[at + 1];
        if (c1 != ' ' && c1 != '\t' && c1 != '\f' && c1 != '#' && c1 != '\n' && c1 != '\r') {
            *len = 1;
            return WS_SINGLE;
        }
    }
    uint32_t count = 0, n = 0;
    bool tabs = false;
    *len = 0;
    for (uint32_t i = ll->toks[t].end; i < end; i++) {
        char c = ll->src[i];
        if (c == '#')
            return WS_NONE;
        if (c == '\t')
            tabs = true;
        else if (c == '\n' || c == '\r')
            break;
        else if (c == ' ' || c == '\f')
            count++;
        else
            break;
        n++;
    }
    *len = n;
    if (tabs)
        return WS_TAB;
    return count == 0 ? WS_NONE : count == 1 ? WS_SINGLE : WS_MANY;
}

WsKind ll_ws_before(const LogicalLines *ll, const LLine *l, uint32_t t, uint32_t *len)
{
    uint32_t start = ll->toks[l->first].start;
    uint32_t at = ll->toks[t].start;
    /* the usual cases: no whitespace, or one space after a token */
    char c0 = at > start ? ll->src[at - 1] : '\n';
    if (c0 != ' ' && c0 != '\t' && c0 != '\f') {
        *len = 0;
        return WS_NONE;
    }
    if (c0 == ' ' && at - 1 > start) {
        char c1 = ll->src[at - 2];
        if (c1 != ' ' && c1 != '\t' && c1 != '\f' && c1 != '\n' && c1 != '\r') {
            *len = 1;
            return WS_SINGLE;
        }
    }
    uint32_t count = 0, n = 0;
    bool tabs = false;
    *len = 0;
    uint32_t i = ll->toks[t].start;
    for (; i > start; i--) {
        char c = ll->src[i - 1];
        if (c == '\t')
            tabs = true;
        else if (c == '\n' || c == '\r')
            return WS_NONE;
        else if (c == ' ' || c == '\f')
            count++;
        else
            break;
        n++;
    }
    if (i == start)
        return WS_NONE;
    if (tabs) {
        *len = n;
        return WS_TAB;
    }
    if (count == 0)
        return WS_NONE;
    *len = n;
    return count == 1 ? WS_SINGLE : WS_MANY;
}

uint32_t ll_line_start(const Checker *ck, uint32_t off)
{
    const char *t = ck->src->text;
    uint32_t len = ck->src->len;
    if (off >= len && len > 0 && (t[len - 1] == '\n' || t[len - 1] == '\r'))
        return len; /* past the final line terminator: an empty last line */
    uint32_t li = source_line_of(ck->src, off);
    return ck->src->line_starts[li];
}

uint32_t ll_expand_indent_tabs(const char *src, uint32_t i, uint32_t end, uint32_t tab, uint32_t w)
{
    if (!tab)
        tab = 1;
    for (; i < end; i++) {
        if (src[i] == '\t')
            w += tab - w % tab;
        else if (src[i] == ' ')
            w++;
        else
            break;
    }
    return w;
}
