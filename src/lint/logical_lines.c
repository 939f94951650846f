/* logical_lines.c: builds Ruff's logical lines from the token list; soft keywords are told
 * apart from names through the tree (match / case / type statements). */
#include "logical_lines.h"

#include <string.h>

#include "syntax/ast.h"

bool ll_is_arithmetic(uint8_t k)
{
    return k == TK_DOUBLESTAR || k == TK_STAR || k == TK_PLUS || k == TK_MINUS || k == TK_SLASH ||
           k == TK_DOUBLESLASH || k == TK_AT;
}

bool ll_is_bitwise_or_shift(uint8_t k)
{
    return k == TK_LEFTSHIFT || k == TK_LEFTSHIFTEQUAL || k == TK_RIGHTSHIFT || k == TK_RIGHTSHIFTEQUAL ||
           k == TK_AMPER || k == TK_AMPEREQUAL || k == TK_VBAR || k == TK_VBAREQUAL || k == TK_CIRCUMFLEX ||
           k == TK_CIRCUMFLEXEQUAL || k == TK_TILDE;
}

/* Index of the token starting at `off`, or ntoks. */
static uint32_t tok_at(const LogicalLines *ll, uint32_t off)
{
    uint32_t lo = 0, hi = ll->ntoks;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (ll->toks[mid].start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
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
    LogicalLines *ll;
    uint32_t depth;
} SoftCtx;

static void mark_soft(void *vctx, Node *n);

static void mark_case(LogicalLines *ll, const Node *mc)
{
    const Node *pat = mc->as.match_case.pattern;
    if (!pat)
        return;
    /* The `case` keyword is the last `case` name before the pattern's first token. */
    uint32_t lo = 0, hi = ll->ntoks;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (ll->toks[mid].start < pat->start)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (uint32_t i = lo; i-- > 0 && lo - i <= 64;) {
        if (tok_is(ll, i, "case")) {
            ll->toks[i].kw = SKW_CASE;
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
            c->ll->toks[i].kw = n->kind == AST_Match ? SKW_MATCH : SKW_TYPE;
    }
    if (n->kind == AST_match_case)
        mark_case(c->ll, n);
    c->depth++;
    ast_children(n, mark_soft, c);
    c->depth--;
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
    out->toks = arena_alloc(ck->scratch, (size_t)(n ? n : 1) * sizeof(LLTok));
    if (!out->toks) {
        ck->oom = true;
        return false;
    }
    bool soft = false;
    for (uint32_t i = 0; i < n; i++) {
        const Token *t = &tl->data[i];
        out->toks[i] = (LLTok){t->start, t->end, t->kind, t->kw};
        if (t->kind == TK_NAME && !t->kw && !soft) {
            const char *w = ck->src->text + t->start;
            uint32_t n = t->end - t->start;
            soft = (n == 5 && memcmp(w, "match", 5) == 0) || (n == 4 && (memcmp(w, "case", 4) == 0 || memcmp(w, "type", 4) == 0));
        }
    }
    out->ntoks = n;
    if (soft && ck->parse->module) {
        SoftCtx c = {out, 0};
        mark_soft(&c, ck->parse->module);
    }
    return true;
}

bool logical_lines_build(Checker *ck, LogicalLines *ll)
{
    if (!ll->toks && !ll_tokens(ck, ll))
        return false;
    ll->lines = arena_alloc(ck->scratch, (size_t)(ll->ntoks + 1) * sizeof(LLine));
    if (!ll->lines) {
        ck->oom = true;
        return false;
    }
    uint32_t nest = 0, line_start = 0, all_newlines = 1;
    uint8_t flags = 0;
    for (uint32_t i = 0; i < ll->ntoks; i++) {
        const LLTok *t = &ll->toks[i];
        uint8_t k = t->kind;
        if (k == TK_COMMENT)
            flags |= LLF_COMMENT;
        else if (ll_is_operator(t)) {
            flags |= LLF_OPERATOR;
            if (k == TK_LPAR || k == TK_LSQB || k == TK_LBRACE || k == TK_RPAR || k == TK_RSQB || k == TK_RBRACE)
                flags |= LLF_BRACKET;
        }
        if (k == TK_COMMA || k == TK_SEMI || k == TK_COLON)
            flags |= LLF_PUNCT;
        else if (ll_is_keyword(t))
            flags |= LLF_KEYWORD;
        if (!ll_is_non_logical(t))
            flags |= LLF_NON_TRIVIA;
        if (!ll_is_newline(t))
            all_newlines = 0;
        if (k == TK_LPAR || k == TK_LSQB || k == TK_LBRACE)
            nest++;
        else if ((k == TK_RPAR || k == TK_RSQB || k == TK_RBRACE) && nest)
            nest--;
        else if (k == TK_NEWLINE)
            nest = 0; /* a NEWLINE inside brackets: the lexer closed unclosed ones (as Ruff's re-lexing) */
        if (ll_is_newline(t) && nest == 0) {
            if (!all_newlines)
                ll->lines[ll->nlines++] = (LLine){line_start, i + 1, flags};
            line_start = i + 1;
            flags = 0;
            all_newlines = 1;
        }
    }
    if (line_start < ll->ntoks && !all_newlines)
        ll->lines[ll->nlines++] = (LLine){line_start, ll->ntoks, flags};
    return true;
}


WsKind ll_ws_after(const LogicalLines *ll, const LLine *l, uint32_t t, uint32_t *len)
{
    uint32_t end = ll->toks[l->last - 1].end;
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

uint32_t ll_expand_indent(const char *src, uint32_t start, uint32_t end, uint32_t tab)
{
    uint32_t w = 0;
    if (!tab)
        tab = 1;
    for (uint32_t i = start; i < end; i++) {
        if (src[i] == '\t')
            w += tab - w % tab;
        else if (src[i] == ' ')
            w++;
        else
            break;
    }
    return w;
}

void defstate_init(DefState *d, const LogicalLines *ll, const LLine *l)
{
    memset(d, 0, sizeof *d);
    for (uint32_t i = l->first; i < l->last; i++) {
        const LLTok *t = &ll->toks[i];
        if (t->kind == TK_INDENT || t->kind == TK_DEDENT)
            continue;
        if (t->kw == KW_CLASS)
            d->what = 1;
        else if (t->kw == KW_DEF)
            d->what = 2;
        else if (t->kw == KW_ASYNC && i + 1 < l->last && ll->toks[i + 1].kw == KW_DEF)
            d->what = 2;
        else if (t->kw == SKW_TYPE)
            d->what = 3;
        return;
    }
}

void defstate_visit(DefState *d, uint8_t kind)
{
    if (!d->what)
        return;
    if ((kind == TK_LPAR || kind == TK_EQUAL) && d->tp == 0)
        d->tp = 2;
    else if (kind == TK_LSQB) {
        if (d->tp == 0) {
            d->tp = 1;
            d->depth = 0;
        } else if (d->tp == 1)
            d->depth++;
    } else if (kind == TK_RSQB && d->tp == 1) {
        if (d->depth == 0)
            d->tp = 2;
        else
            d->depth--;
    }
}
