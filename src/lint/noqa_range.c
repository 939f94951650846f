/* noqa_range.c: range suppressions as Ruff builds them from `# ruff: ignore[...]` (the next
 * logical line, or this physical line when trailing), `# ruff: disable[...]` / `enable[...]`
 * pairs matched by indentation and codes (an unmatched `disable` lasts to the end of its block)
 * and `# ruff: file-ignore[...]` (the whole file, at module level only). */
#include <stdlib.h>
#include <string.h>

#include "lint/noqa.h"

#define MAX_LEVELS 256

typedef struct Pending {
    uint32_t indent_start, indent_len;  /* the comment's indentation */
    int32_t comment;                    /* index in nf->supp_comments */
} Pending;

typedef struct Builder {
    Arena *a;
    NoqaFile *nf;
    const char *text;
    Suppression *out;
    uint32_t n, cap;
    Pending *pending;
    uint32_t npending;
    bool oom;
} Builder;

static void push_supp(Builder *b, int32_t c1, int32_t c2, uint32_t start, uint32_t end, bool ignore)
{
    const SuppComment *sc = &b->nf->supp_comments[c1];
    for (uint32_t k = 0; k < sc->ncodes; k++) {
        if (b->n == b->cap) {
            uint32_t nc = b->cap ? b->cap * 2 : 16;
            Suppression *p = ARENA_ARRAY(b->a, Suppression, nc);
            if (!p) {
                b->oom = true;
                return;
            }
            if (b->n)
                memcpy(p, b->out, sizeof *p * b->n);
            b->out = p;
            b->cap = nc;
        }
        const char *code = arena_strndup(b->a, b->text + sc->codes[k].start, sc->codes[k].end - sc->codes[k].start);
        if (!code) {
            b->oom = true;
            return;
        }
        b->out[b->n++] = (Suppression){code, start, end, ignore, false, c1, c2};
    }
}

/* Index of the token that starts at `off` and is a comment. */
static uint32_t token_at(const PyTokens *t, uint32_t off)
{
    uint32_t lo = 0, hi = t->ntoks;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (t->toks[mid].start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    while (lo < t->ntoks && pytok_kind(&t->toks[lo]) != PT_COMMENT)
        lo++;
    return lo;
}

/* Own-line `ignore`: from the comment to the end of the next logical line (or, inside a
 * bracketed statement, of the next physical line). */
static PyRange standalone_range(const PyTokens *t, uint32_t tok, uint32_t start, uint32_t end)
{
    bool inner = false;
    for (uint32_t i = tok; i-- > 0;) {
        uint8_t k = pytok_kind(&t->toks[i]);
        if (k == PT_NEWLINE)
            break;
        if (k == PT_NL || k == PT_COMMENT)
            continue;
        inner = true;
        break;
    }
    bool blank = true, seen_nl = false;
    for (uint32_t i = tok; i < t->ntoks; i++) {
        const Token *k = &t->toks[i];
        if (pytok_kind(k) == PT_NEWLINE) {
            end = k->start;
            break;
        }
        if (pytok_kind(k) == PT_COMMENT)
            continue;
        if (pytok_kind(k) == PT_NL && inner) {
            end = k->start;
            if (seen_nl && !blank)
                break;
            seen_nl = true;
            blank = true;
            continue;
        }
        blank = false;
        end = k->end;
    }
    return (PyRange){start, end};
}

/* Trailing `ignore`: the physical line, from its first token (which may start on an earlier line,
 * as a multi-line string does) to the line end. */
static PyRange trailing_range(const NoqaFile *nf, uint32_t tok)
{
    const PyTokens *t = nf->toks;
    uint32_t start = t->toks[tok].start;
    for (uint32_t i = tok; i-- > 0;) {
        uint8_t k = pytok_kind(&t->toks[i]);
        if (k == PT_NEWLINE || k == PT_NL)
            break;
        start = t->toks[i].start;
    }
    return (PyRange){start, noqa_line_end(nf->src, t->toks[tok].end)};
}

/* `ignore` and `file-ignore` need no partner; returns true when `ci` was one of them. */
static bool register_standalone(Builder *b, int32_t ci)
{
    NoqaFile *nf = b->nf;
    const SuppComment *sc = &nf->supp_comments[ci];
    uint32_t ind;
    bool own_line = noqa_indentation_at(nf->src, sc->start, &ind);
    if (sc->action == SUPP_IGNORE) {
        uint32_t tok = token_at(nf->toks, sc->tok_start);
        PyRange r;
        if (own_line) {
            r = standalone_range(nf->toks, tok, sc->start, sc->end);
            /* An ignore right after a shebang covers the shebang too. */
            const PyTokens *t = nf->toks;
            if (t->ntoks && t->toks[0].kind == TK_COMMENT && t->toks[0].end - t->toks[0].start >= 2 &&
                b->text[t->toks[0].start + 1] == '!' &&
                noqa_full_line_end(nf->src, t->toks[0].end) == noqa_line_start(nf->src, sc->start)) {
                if (t->toks[0].start < r.start)
                    r.start = t->toks[0].start;
            }
        } else {
            r = trailing_range(nf, tok);
        }
        push_supp(b, ci, -1, r.start, r.end, true);
        return true;
    }
    if (sc->action == SUPP_FILE_IGNORE) {
        if (own_line && ind == sc->start)
            push_supp(b, ci, -1, 0, nf->src->len, false);
        return true;
    }
    return false;
}

static bool same_codes(const char *text, const SuppComment *x, const SuppComment *y)
{
    if (x->ncodes != y->ncodes)
        return false;
    for (uint32_t k = 0; k < x->ncodes; k++) {
        uint32_t lx = x->codes[k].end - x->codes[k].start, ly = y->codes[k].end - y->codes[k].start;
        if (lx != ly || memcmp(text + x->codes[k].start, text + y->codes[k].start, lx) != 0)
            return false;
    }
    return true;
}

static bool pending_matches(const Builder *b, const Pending *p, const Pending *o)
{
    const SuppComment *x = &b->nf->supp_comments[p->comment], *y = &b->nf->supp_comments[o->comment];
    return x->action == SUPP_DISABLE && y->action == SUPP_ENABLE && p->indent_len == o->indent_len &&
           memcmp(b->text + p->indent_start, b->text + o->indent_start, p->indent_len) == 0 && same_codes(b->text, x, y);
}

static void remove_pending(Builder *b, uint32_t i)
{
    memmove(&b->pending[i], &b->pending[i + 1], sizeof *b->pending * (b->npending - i - 1));
    b->npending--;
}

/* At the end of a block (indentation `cur_len`, ending at `dedent_end`): pair the pending
 * comments of that block, make unmatched `disable`s last to the block's end, drop the rest. */
static void match_comments(Builder *b, uint32_t cur_len, uint32_t dedent_end)
{
    uint32_t i = 0;
    while (i < b->npending) {
        Pending *p = &b->pending[i];
        if (p->indent_len < cur_len) {
            i++;
            continue;
        }
        uint32_t j = i + 1;
        while (j < b->npending && !pending_matches(b, p, &b->pending[j]))
            j++;
        const SuppComment *c = &b->nf->supp_comments[p->comment];
        if (j < b->npending) {
            const SuppComment *o = &b->nf->supp_comments[b->pending[j].comment];
            push_supp(b, p->comment, b->pending[j].comment, c->start, o->end, false);
            remove_pending(b, j);
            remove_pending(b, i);
        } else if (c->action == SUPP_DISABLE) {
            push_supp(b, p->comment, -1, c->start, dedent_end, false);
            remove_pending(b, i);
        } else {
            remove_pending(b, i);
        }
    }
}

/* Ruff's order: by action, then comment position, then code. */
static int cmp_supp(const NoqaFile *nf, const Suppression *x, const Suppression *y)
{
    const SuppComment *cx = &nf->supp_comments[x->first], *cy = &nf->supp_comments[y->first];
    if (cx->action != cy->action)
        return cx->action < cy->action ? -1 : 1;
    if (cx->start != cy->start)
        return cx->start < cy->start ? -1 : 1;
    return strcmp(x->code, y->code);
}

bool noqa_range_build(Arena *a, NoqaFile *nf)
{
    if (!nf->nsupp_comments)
        return true;
    Builder b = {.a = a, .nf = nf, .text = nf->src->text};
    b.pending = ARENA_ARRAY(a, Pending, nf->nsupp_comments);
    if (!b.pending)
        return false;
    const PyTokens *t = nf->toks;
    /* Indentation stack: (start, len) of each INDENT. */
    uint32_t is[MAX_LEVELS], il[MAX_LEVELS];
    int ni;
    uint32_t k = 0;
    while (k < nf->nsupp_comments && !b.oom) {
        ni = 0;
        if (register_standalone(&b, (int32_t)k)) {
            k++;
            continue;
        }
        uint32_t tok = token_at(t, nf->supp_comments[k].tok_start);
        /* The indentation of the block the comment is in: the last INDENT not closed. */
        int count = 0;
        uint32_t ls = 0, ll = 0;
        for (uint32_t i = tok; i-- > 0;) {
            uint8_t kind = pytok_kind(&t->toks[i]);
            if (kind == PT_DEDENT)
                count++;
            else if (kind == PT_INDENT && --count < 0) {
                ls = t->toks[i].start;
                ll = t->toks[i].end - t->toks[i].start;
                break;
            }
        }
        is[ni] = ls;
        il[ni++] = ll;
        bool restart = false;
        for (uint32_t ti = tok; ti < t->ntoks && !restart; ti++) {
            const Token *tk = &t->toks[ti];
            uint32_t cs = ni ? is[ni - 1] : 0, cl = ni ? il[ni - 1] : 0;
            if (pytok_kind(tk) == PT_INDENT) {
                if (ni < MAX_LEVELS) {
                    is[ni] = tk->start;
                    il[ni++] = tk->end - tk->start;
                }
            } else if (pytok_kind(tk) == PT_DEDENT) {
                match_comments(&b, cl, tk->end);
                if (ni)
                    ni--;
                if (ni == 0 || b.npending == 0)
                    restart = true;
            } else if (pytok_kind(tk) == PT_COMMENT) {
                while (k < nf->nsupp_comments && nf->supp_comments[k].tok_start == tk->start) {
                    int32_t ci = (int32_t)k++;
                    if (register_standalone(&b, ci))
                        continue;
                    const SuppComment *sc = &nf->supp_comments[ci];
                    uint32_t ind;
                    if (!noqa_indentation_at(nf->src, sc->start, &ind))
                        continue; /* trailing range suppressions are invalid */
                    uint32_t len = sc->start - ind;
                    bool same = len == cl && memcmp(b.text + ind, b.text + cs, len) == 0;
                    uint32_t nx = ti;
                    while (nx < t->ntoks && (pytok_kind(&t->toks[nx]) == PT_COMMENT || pytok_kind(&t->toks[nx]) == PT_NL))
                        nx++;
                    bool before_block = nx < t->ntoks && (pytok_kind(&t->toks[nx]) == PT_INDENT || pytok_kind(&t->toks[nx]) == PT_DEDENT);
                    if (same || before_block)
                        b.pending[b.npending++] = (Pending){ind, len, ci};
                }
            }
        }
        if (!restart)
            break;
    }
    match_comments(&b, 0, nf->src->len);
    if (b.oom)
        return false;
    /* qsort has no context argument: an insertion sort (there are few suppressions). */
    for (uint32_t i = 1; i < b.n; i++) {
        Suppression s = b.out[i];
        uint32_t j = i;
        while (j > 0 && cmp_supp(nf, &b.out[j - 1], &s) > 0) {
            b.out[j] = b.out[j - 1];
            j--;
        }
        b.out[j] = s;
    }
    nf->supps = b.out;
    nf->nsupps = b.n;
    return true;
}

bool noqa_range_suppresses(NoqaFile *nf, RuleId rule, uint32_t start, uint32_t end)
{
    const char *code = rule_table[rule].code, *name = rule_table[rule].name;
    for (uint32_t i = 0; i < nf->nsupps; i++) {
        Suppression *s = &nf->supps[i];
        const char *c = noqa_redirect(s->code);
        if (strcmp(c, code) != 0 && !(nf->preview && strcmp(c, name) == 0))
            continue;
        bool applies = s->ignore ? ((s->start <= start && start < s->end) || (start == end && s->end == start))
                                 : (s->start <= start && end <= s->end);
        if (applies) {
            s->used = true;
            return true;
        }
    }
    return false;
}
