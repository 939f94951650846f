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

void rule_invalid_escape_sequence(Checker *ck)
{
    if (!ck->valid_syntax)
        return; /* a tree rule in Ruff: not run on files with syntax errors */
    const TokenList *tl = &ck->parse->tokens;
    /* Open f-/t-strings: their start offset, flags and escapes so far. */
    enum { MAXF = 64 };
    Esc *stack = NULL; /* allocated at the first f-string, freed on return */
    uint32_t starts[MAXF];
    uint16_t flags[MAXF];
    uint32_t depth = 0;
    const char *src = ck->src->text;
    for (uint32_t i = 0; i < tl->len; i++) {
        const Token *t = &tl->data[i];
        switch (t->kind) {
        case TK_STRING:
            if (!(t->flags & TF_RAW) && memchr(src + t->start, '\\', t->end - t->start)) {
                Esc e;
                esc_init(&e);
                analyze(ck, &e, t->start, t->end, false);
                if (e.n)
                    report(ck, &e, t->start, (t->flags & TF_UNICODE) != 0);
            }
            break;
        case TK_FSTRING_START:
        case TK_TSTRING_START:
            if (!stack && !(stack = malloc(MAXF * sizeof(Esc)))) {
                ck->oom = true;
                return;
            }
            if (depth < MAXF) {
                esc_init(&stack[depth]);
                starts[depth] = t->start;
                flags[depth] = t->flags;
            }
            depth++;
            break;
        case TK_FSTRING_MIDDLE:
        case TK_TSTRING_MIDDLE:
            if (depth && depth <= MAXF && !(flags[depth - 1] & TF_RAW))
                analyze(ck, &stack[depth - 1], t->start, t->end, true);
            break;
        case TK_FSTRING_END:
        case TK_TSTRING_END:
            if (depth) {
                depth--;
                if (depth < MAXF && !(flags[depth] & TF_RAW) && stack[depth].n)
                    report(ck, &stack[depth], starts[depth], (flags[depth] & TF_UNICODE) != 0);
            }
            break;
        default:
            break;
        }
    }
    free(stack);
}
