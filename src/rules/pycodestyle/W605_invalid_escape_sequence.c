/* W605_invalid_escape_sequence.c: backslashes that start no escape sequence in a non-raw string,
 * bytes, f-string or t-string literal. Fixed by doubling the backslash when the literal also has
 * valid escapes, else by making the literal raw. */
#include <stdlib.h>
#include <string.h>

#include "pcs_report.h"
#include "util/utf8.h"

typedef struct Bad {
    uint32_t start, end; /* the backslash and the character after it */
    uint32_t ch_start;
} Bad;

typedef struct Esc {
    bool valid;      /* some valid escape sequence was seen */
    Bad items[64];   /* the first invalid ones (a literal with more keeps the rest in `more`) */
    uint32_t n;
    Bad *more;
    uint32_t nmore, capmore;
} Esc;

static void push_bad(Checker *ck, Esc *e, Bad b)
{
    if (e->n < 64) {
        e->items[e->n++] = b;
        return;
    }
    if (e->nmore == e->capmore) {
        uint32_t nc = e->capmore ? e->capmore * 2 : 64;
        Bad *nb = arena_alloc(ck->arena, nc * sizeof(Bad));
        if (!nb) {
            ck->oom = true;
            return;
        }
        if (e->nmore)
            memcpy(nb, e->more, e->nmore * sizeof(Bad));
        e->more = nb;
        e->capmore = nc;
    }
    e->more[e->nmore++] = b;
}

static void analyze(Checker *ck, Esc *e, uint32_t s, uint32_t end, bool interpolated)
{
    const char *src = ck->src->text;
    uint32_t len = ck->src->len;
    bool has_prev = false;
    uint32_t prev = 0;
    for (uint32_t i = s; i < end; i++) {
        const char *bs = memchr(src + i, '\\', end - i);
        if (!bs)
            break;
        i = (uint32_t)(bs - src);
        if (has_prev && prev == i - 1) {
            has_prev = false;
            continue;
        }
        has_prev = true;
        prev = i;
        uint32_t lim = end;
        if (i + 1 >= end) {
            if (!interpolated || i + 1 >= len)
                continue;
            lim = len;
        }
        uint32_t p = i + 1;
        uint32_t c = utf8_next(src, lim, &p);
        if (c == '\n' || c == '\r') {
            e->valid = true;
            continue;
        }
        if (strchr("\\'\"abfnrtv01234567xNuU", (int)c) && c != 0) {
            e->valid = true;
            continue;
        }
        push_bad(ck, e, (Bad){i, p, i + 1});
    }
}

static void esc_init(Esc *e)
{
    e->valid = false;
    e->n = 0;
    e->more = NULL;
    e->nmore = e->capmore = 0;
}

static void report(Checker *ck, const Esc *e, uint32_t expr_start, bool u_prefix)
{
    const char *src = ck->src->text;
    for (uint32_t k = 0; k < e->n + e->nmore; k++) {
        const Bad *b = k < e->n ? &e->items[k] : &e->more[k - e->n];
        const char *msg = arena_printf(ck->arena, "Invalid escape sequence: `\\%.*s`", (int)(b->end - b->ch_start), src + b->ch_start);
        Diagnostic *d = pcs_report(ck, RULE_W605, b->start, b->end, msg);
        if (!d)
            continue;
        if (e->valid)
            pcs_fix1(ck, d, "Add backslash to escape sequence", b->start + 1, b->start + 1, "\\");
        else if (u_prefix)
            pcs_fix1(ck, d, "Use a raw string literal", expr_start, expr_start + 1, "r");
        else {
            bool pad = expr_start > 0 && ((src[expr_start - 1] | 0x20) >= 'a' && (src[expr_start - 1] | 0x20) <= 'z');
            pcs_fix1(ck, d, "Use a raw string literal", expr_start, expr_start, pad ? " r" : "r");
        }
    }
}

/* A plain (not f-/t-) string token. */
static void string_token(Checker *ck, const Token *t)
{
    const char *src = ck->src->text;
    if (!(t->flags & TF_RAW) && memchr(src + t->start, '\\', t->end - t->start)) {
        Esc e;
        esc_init(&e);
        analyze(ck, &e, t->start, t->end, false);
        if (e.n)
            report(ck, &e, t->start, (t->flags & TF_UNICODE) != 0);
    }
}

static bool is_fstart(uint8_t k) { return k == TK_FSTRING_START || k == TK_TSTRING_START; }
static bool is_fend(uint8_t k) { return k == TK_FSTRING_END || k == TK_TSTRING_END; }

/* The f-/t-string starting at token `s`: its escapes and those of the f-strings nested in it,
 * each reported at its end. Returns the index of the token after its end. */
static uint32_t fstring(Checker *ck, const TokenList *tl, uint32_t s, Esc **stack)
{
    enum { MAXF = 64 };
    uint32_t starts[MAXF];
    uint16_t flags[MAXF];
    uint32_t depth = 0;
    if (!*stack && !(*stack = malloc(MAXF * sizeof(Esc)))) {
        ck->oom = true;
        return tl->len;
    }
    Esc *st = *stack;
    uint32_t i = s;
    for (; i < tl->len; i++) {
        const Token *t = &tl->data[i];
        switch (t->kind) {
        case TK_STRING:
            string_token(ck, t);
            break;
        case TK_FSTRING_START:
        case TK_TSTRING_START:
            if (depth < MAXF) {
                esc_init(&st[depth]);
                starts[depth] = t->start;
                flags[depth] = t->flags;
            }
            depth++;
            break;
        case TK_FSTRING_MIDDLE:
        case TK_TSTRING_MIDDLE:
            if (depth && depth <= MAXF && !(flags[depth - 1] & TF_RAW))
                analyze(ck, &st[depth - 1], t->start, t->end, true);
            break;
        case TK_FSTRING_END:
        case TK_TSTRING_END:
            if (depth) {
                depth--;
                if (depth < MAXF && !(flags[depth] & TF_RAW) && st[depth].n)
                    report(ck, &st[depth], starts[depth], (flags[depth] & TF_UNICODE) != 0);
            }
            break;
        default:
            break;
        }
        if (depth == 0)
            return i + 1;
    }
    return i;
}

/* Driven by the backslashes of the source rather than by every token: for each backslash, the
 * token holding it (or the first after it) is found by binary search; a plain string is checked
 * whole, and a backslash inside an f-/t-string has its outermost f-string checked whole. `i` is a
 * token index at which no f-string is open and before which everything is checked; looking back
 * for an enclosing f-string start stops there or at a NEWLINE (never inside an f-string), so
 * the looking back covers each token at most once. */
void rule_invalid_escape_sequence(Checker *ck)
{
    if (!ck->valid_syntax)
        return; /* a tree rule in Ruff: not run on files with syntax errors */
    const TokenList *tl = &ck->parse->tokens;
    const Token *tok = tl->data;
    const char *src = ck->src->text;
    uint32_t len = ck->src->len, n = tl->len;
    Esc *stack = NULL; /* allocated at the first f-string with a backslash, freed on return */
    uint32_t i = 0, at = 0;
    while (at < len && i < n) {
        const char *bs = memchr(src + at, '\\', len - at);
        if (!bs)
            break;
        uint32_t o = (uint32_t)(bs - src);
        /* j: the first token at or after i that ends past o */
        uint32_t lo = i, hi = n;
        while (lo < hi) {
            uint32_t mid = lo + (hi - lo) / 2;
            if (tok[mid].end <= o)
                lo = mid + 1;
            else
                hi = mid;
        }
        uint32_t j = lo;
        if (j == n)
            break;
        /* the outermost f-string open at j, if any */
        uint32_t outer = UINT32_MAX, closed = 0;
        for (uint32_t k = j; k-- > i;) {
            uint8_t kind = tok[k].kind;
            if (kind == TK_NEWLINE)
                break;
            if (is_fend(kind))
                closed++;
            else if (is_fstart(kind)) {
                if (closed)
                    closed--;
                else
                    outer = k;
            }
        }
        if (outer != UINT32_MAX) {
            i = fstring(ck, tl, outer, &stack);
            at = i < n ? tok[i].start : len;
            if (at <= o)
                at = o + 1;
            continue;
        }
        if (is_fstart(tok[j].kind) && tok[j].start <= o) {
            i = fstring(ck, tl, j, &stack); /* cannot happen: a prefix and quote hold no backslash */
            at = i < n ? tok[i].start : len;
            if (at <= o)
                at = o + 1;
            continue;
        }
        i = j;
        if (tok[j].kind == TK_STRING && tok[j].start <= o) {
            string_token(ck, &tok[j]);
            i = j + 1;
            at = tok[j].end;
        } else {
            at = o + 1;
        }
    }
    free(stack);
}
