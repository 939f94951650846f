/* output_diff.c: the fix diff of the `full` format: the lines around a fix's edits before and after
 * applying it, compared line by line, grouped with one line of context, and printed with Ruff's
 * `N |` / `  -` / `N +` gutter. */
#include <stdlib.h>
#include <string.h>

#include "cli/output_common.h"
#include "cli/output_full.h"
#include "util/utf8.h"

#define DIFF_CONTEXT_WINDOW 3
#define FIX_CONTEXT 1
#define MERGE_WINDOW 2

typedef struct DLine {
    const char *p;
    size_t n;        /* with the line terminator */
} DLine;

typedef enum { OP_EQ, OP_DEL, OP_INS, OP_REP } OpTag;

typedef struct Op {
    OpTag tag;
    size_t oi, ol, ni, nl;
} Op;

typedef struct Ops {
    Op *v;
    size_t n, cap;
} Ops;

static bool push_op(Ops *o, Op op)
{
    if (o->n && o->v[o->n - 1].tag == op.tag && op.tag != OP_REP) {
        o->v[o->n - 1].ol += op.ol;
        o->v[o->n - 1].nl += op.nl;
        return true;
    }
    if (o->n && o->v[o->n - 1].tag == OP_DEL && op.tag == OP_INS) {
        o->v[o->n - 1].tag = OP_REP;
        o->v[o->n - 1].ni = op.ni;
        o->v[o->n - 1].nl = op.nl;
        return true;
    }
    if (o->n && o->v[o->n - 1].tag == OP_REP && op.tag == OP_INS) {
        o->v[o->n - 1].nl += op.nl;
        return true;
    }
    if (o->n == o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 16;
        Op *p = realloc(o->v, cap * sizeof *p);
        if (!p)
            return false;
        o->v = p;
        o->cap = cap;
    }
    o->v[o->n++] = op;
    return true;
}

static size_t split_lines(const char *s, size_t n, DLine **out)
{
    size_t cap = 16, k = 0;
    DLine *v = malloc(cap * sizeof *v);
    size_t b = 0;
    if (v && !memchr(s, '\r', n)) {
        /* Only \n ends a line: found with memchr. */
        while (b < n) {
            const char *p = memchr(s + b, '\n', n - b);
            size_t e = p ? (size_t)(p - s) + 1 : n;
            if (k == cap) {
                cap *= 2;
                DLine *q = realloc(v, cap * sizeof *q);
                if (!q) {
                    free(v);
                    *out = NULL;
                    return 0;
                }
                v = q;
            }
            v[k++] = (DLine){s + b, e - b};
            b = e;
        }
        *out = v;
        return k;
    }
    for (size_t i = 0; v && i < n; i++) {
        if ((unsigned char)s[i] > '\r' && i + 1 != n)
            continue; /* no line terminator, not the end */
        bool nl = s[i] == '\n' || (s[i] == '\r' && !(i + 1 < n && s[i + 1] == '\n'));
        if (nl || i + 1 == n) {
            if (k == cap) {
                cap *= 2;
                DLine *p = realloc(v, cap * sizeof *p);
                if (!p) {
                    free(v);
                    v = NULL;
                    break;
                }
                v = p;
            }
            v[k++] = (DLine){s + b, i + 1 - b};
            b = i + 1;
        }
    }
    *out = v;
    return v ? k : 0;
}

static bool line_eq(DLine a, DLine b) { return a.n == b.n && memcmp(a.p, b.p, a.n) == 0; }

/* Line operations turning `a` into `b`: common prefix and suffix, then a longest common
 * subsequence of the middle (deletions before insertions). */
static bool diff_lines(const DLine *a, size_t na, const DLine *b, size_t nb, Ops *ops)
{
    size_t pre = 0;
    while (pre < na && pre < nb && line_eq(a[pre], b[pre]))
        pre++;
    size_t suf = 0;
    while (suf < na - pre && suf < nb - pre && line_eq(a[na - 1 - suf], b[nb - 1 - suf]))
        suf++;
    if (pre && !push_op(ops, (Op){OP_EQ, 0, pre, 0, pre}))
        return false;
    size_t ma = na - pre - suf, mb = nb - pre - suf;
    uint32_t *L = NULL;
    if (ma && mb && ma * mb <= 4u << 20)
        L = calloc((ma + 1) * (mb + 1), sizeof *L);
    if (L) {
        for (size_t i = ma; i-- > 0;)
            for (size_t j = mb; j-- > 0;)
                L[i * (mb + 1) + j] = line_eq(a[pre + i], b[pre + j]) ? L[(i + 1) * (mb + 1) + j + 1] + 1
                                      : L[(i + 1) * (mb + 1) + j] >= L[i * (mb + 1) + j + 1] ? L[(i + 1) * (mb + 1) + j]
                                                                                             : L[i * (mb + 1) + j + 1];
        size_t i = 0, j = 0;
        bool ok = true;
        while (ok && (i < ma || j < mb)) {
            if (i < ma && j < mb && line_eq(a[pre + i], b[pre + j])) {
                ok = push_op(ops, (Op){OP_EQ, pre + i, 1, pre + j, 1});
                i++, j++;
            } else if (i < ma && (j == mb || L[(i + 1) * (mb + 1) + j] >= L[i * (mb + 1) + j + 1])) {
                ok = push_op(ops, (Op){OP_DEL, pre + i, 1, pre + j, 0});
                i++;
            } else {
                ok = push_op(ops, (Op){OP_INS, pre + i, 0, pre + j, 1});
                j++;
            }
        }
        free(L);
        if (!ok)
            return false;
    } else {
        if (ma && !push_op(ops, (Op){OP_DEL, pre, ma, pre, 0}))
            return false;
        if (mb && !push_op(ops, (Op){OP_INS, pre + ma, 0, pre, mb}))
            return false;
    }
    if (suf && !push_op(ops, (Op){OP_EQ, na - suf, suf, nb - suf, suf}))
        return false;
    return true;
}

/* Groups of operations with `n` lines of context (similar's grouped_ops). Returns the number of
 * groups; group g is ops[start[g] .. start[g+1]). */
typedef struct Groups {
    Op *ops;
    size_t nops;
    size_t *start;
    size_t n;
} Groups;

static bool group_ops(const Ops *in, size_t n, Groups *g)
{
    memset(g, 0, sizeof *g);
    if (in->n == 0)
        return true;
    g->ops = malloc((in->n * 2 + 2) * sizeof *g->ops);
    g->start = malloc((in->n + 2) * sizeof *g->start);
    if (!g->ops || !g->start)
        return false;
    Op *ops = malloc(in->n * sizeof *ops);
    if (!ops)
        return false;
    memcpy(ops, in->v, in->n * sizeof *ops);
    if (ops[0].tag == OP_EQ) {
        size_t off = ops[0].ol > n ? ops[0].ol - n : 0;
        ops[0].oi += off, ops[0].ni += off, ops[0].ol -= off, ops[0].nl -= off;
    }
    Op *lastop = &ops[in->n - 1];
    if (lastop->tag == OP_EQ) {
        size_t cut = lastop->ol > n ? lastop->ol - n : 0;
        lastop->ol -= cut, lastop->nl -= cut;
    }
    size_t pending_start = 0;
    for (size_t i = 0; i < in->n; i++) {
        Op op = ops[i];
        if (op.tag == OP_EQ && op.ol > n * 2) {
            g->ops[g->nops++] = (Op){OP_EQ, op.oi, n, op.ni, n};
            g->start[g->n++] = pending_start;
            pending_start = g->nops;
            size_t off = op.ol - n;
            g->ops[g->nops++] = (Op){OP_EQ, op.oi + off, op.ol - off, op.ni + off, op.nl - off};
            continue;
        }
        g->ops[g->nops++] = op;
    }
    size_t plen = g->nops - pending_start;
    if (!(plen == 0 || (plen == 1 && g->ops[pending_start].tag == OP_EQ)))
        g->start[g->n++] = pending_start;
    else
        g->nops = pending_start;
    g->start[g->n] = g->nops;
    free(ops);
    return true;
}

static void styled(Buf *b, bool color, const char *style, const char *s, size_t n)
{
    if (color && *style)
        buf_puts(b, style);
    buf_append(b, s, n);
    if (color && *style)
        buf_puts(b, ANSI_RESET);
}

static void gutter(Buf *b, bool color, size_t w)
{
    char sp[32];
    memset(sp, ' ', w < sizeof sp ? w : sizeof sp);
    styled(b, color, ANSI_BRIGHT_BLUE_BOLD, sp, w < sizeof sp ? w : sizeof sp);
    buf_putc(b, ' ');
    styled(b, color, ANSI_BRIGHT_BLUE_BOLD, "|", 1);
    buf_putc(b, '\n');
}

/* Replace BEL, BS, ESC and DEL by their control pictures (show_nonprinting). */
static void nonprinting(Buf *b, const char *s, size_t n)
{
    size_t run = 0; /* s[run, i) goes out as it is */
    for (size_t i = 0; i < n; i++) {
        const char *pic;
        switch (s[i]) {
        case '\x07': pic = "\xe2\x90\x87"; break;
        case '\x08': pic = "\xe2\x90\x88"; break;
        case '\x1b': pic = "\xe2\x90\x9b"; break;
        case '\x7f': pic = "\xe2\x90\xa1"; break;
        default: continue;
        }
        buf_append(b, s + run, i - run);
        buf_puts(b, pic);
        run = i + 1;
    }
    buf_append(b, s + run, n - run);
}

/* A piece of a changed line, emphasised when it is what changed within the line. */
typedef struct Seg {
    const char *p;
    size_t n;
    bool emph;
} Seg;

typedef struct SegLine {
    Seg *v;
    size_t n, cap;
} SegLine;

static void seg_push(SegLine *l, const char *p, size_t n, bool emph)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 8;
        Seg *q = realloc(l->v, cap * sizeof *q);
        if (!q)
            return;
        l->v = q;
        l->cap = cap;
    }
    l->v[l->n++] = (Seg){p, n, emph};
}

static bool is_nl(char c) { return c == '\n' || c == '\r'; }

/* An emphasised slice is split at line terminators, which are never emphasised. */
static void seg_push_slice(SegLine *l, const char *p, size_t n, bool emph)
{
    if (!emph) {
        seg_push(l, p, n, false);
        return;
    }
    size_t i = 0;
    while (i < n) {
        size_t j = i + 1;
        while (j < n && is_nl(p[j]) == is_nl(p[i]))
            j++;
        seg_push(l, p + i, j - i, !is_nl(p[j - 1]));
        i = j;
    }
}

/* One line of the diff: number (left-aligned), sign, then the pieces of the line. */
static void change(Buf *b, bool color, size_t w, char sign, const Seg *segs, size_t nsegs, size_t index /* 0: none */)
{
    char num[32];
    if (index) {
        out_uint(num, sizeof num, index, w, true);
    } else {
        size_t k = w < sizeof num - 1 ? w : sizeof num - 1;
        memset(num, ' ', k);
        num[k] = 0;
    }
    styled(b, color, ANSI_BRIGHT_BLUE_BOLD, num, strlen(num));
    buf_putc(b, ' ');
    const char *sign_style = sign == '-' ? ANSI_RED_BOLD : sign == '+' ? "\x1b[1m\x1b[32m" : ANSI_BRIGHT_BLUE_BOLD;
    styled(b, color, sign_style, &sign, 1);
    const char *style = sign == '-' ? ANSI_RED : sign == '+' ? ANSI_GREEN : "";
    bool need_sep = true;
    for (size_t k = 0; k < nsegs; k++) {
        const Seg *g = &segs[k];
        size_t body = g->n;
        while (body > 0 && is_nl(g->p[body - 1]))
            body--;
        if (need_sep && body > 0) {
            buf_putc(b, ' ');
            need_sep = false;
        }
        Buf shown = {0};
        nonprinting(&shown, g->p, g->n);
        if (g->emph && color)
            buf_puts(b, ANSI_BOLD);
        styled(b, color, style, shown.data ? shown.data : "", shown.len);
        if (g->emph && color)
            buf_puts(b, ANSI_RESET);
        buf_free(&shown);
    }
    if (nsegs == 0 || !is_nl(segs[nsegs - 1].p[segs[nsegs - 1].n - 1]))
        buf_putc(b, '\n');
}

static void change_line(Buf *b, bool color, size_t w, char sign, const DLine *l, size_t index)
{
    Seg g = {l->p, l->n, false};
    change(b, color, w, sign, &g, l->n ? 1 : 0, index);
}

/* Words as similar's tokenizer cuts them: runs of whitespace and runs of anything else. */
static size_t words(const DLine *lines, size_t nl, DLine **tok, size_t **line_of_tok)
{
    size_t cap = 16, k = 0;
    *tok = malloc(cap * sizeof **tok);
    *line_of_tok = malloc(cap * sizeof **line_of_tok);
    for (size_t i = 0; i < nl && *tok && *line_of_tok; i++) {
        const char *p = lines[i].p;
        uint32_t n = (uint32_t)lines[i].n, at = 0;
        while (at < n) {
            uint32_t q = at;
            bool ws = unicode_is_whitespace(utf8_next(p, n, &q));
            uint32_t end = q;
            while (end < n) {
                uint32_t r = end;
                if (unicode_is_whitespace(utf8_next(p, n, &r)) != ws)
                    break;
                end = r;
            }
            if (k == cap) {
                cap *= 2;
                DLine *t = realloc(*tok, cap * sizeof *t);
                size_t *li = realloc(*line_of_tok, cap * sizeof *li);
                if (t)
                    *tok = t;
                if (li)
                    *line_of_tok = li;
                if (!t || !li)
                    return 0;
            }
            (*tok)[k] = (DLine){p + at, end - at};
            (*line_of_tok)[k] = i;
            k++;
            at = end;
        }
    }
    return *tok && *line_of_tok ? k : 0;
}

/* Push tokens [t0, t0 + nt) to their lines, one slice per line, emphasised or not. */
static void push_tokens(SegLine *lines, const DLine *tok, const size_t *li, size_t t0, size_t nt, bool emph)
{
    size_t k = t0;
    while (k < t0 + nt) {
        size_t j = k + 1;
        while (j < t0 + nt && li[j] == li[k])
            j++;
        const char *p = tok[k].p;
        size_t n = (size_t)(tok[j - 1].p + tok[j - 1].n - p);
        seg_push_slice(&lines[li[k]], p, n, emph);
        k = j;
    }
}

/* A replaced block as similar's inline changes show it: when the old and new lines are alike
 * enough, the words that changed are emphasised. Returns false to print the lines plainly. */
static bool inline_change(Buf *out, bool color, size_t w, const DLine *a, size_t na, const DLine *b, size_t nb,
                          size_t first_index)
{
    if (2.0f * (float)(na < nb ? na : nb) / (float)(na + nb) < 0.5f)
        return false;
    DLine *ta = NULL, *tb = NULL;
    size_t *la = NULL, *lb = NULL;
    size_t nta = words(a, na, &ta, &la), ntb = words(b, nb, &tb, &lb);
    Ops ops = {0};
    bool ok = nta + ntb > 0 && diff_lines(ta, nta, tb, ntb, &ops);
    size_t matches = 0;
    for (size_t i = 0; ok && i < ops.n; i++)
        if (ops.v[i].tag == OP_EQ)
            matches += ops.v[i].ol;
    ok = ok && !(2.0f * (float)matches / (float)(nta + ntb) < 0.5f);
    SegLine *sa = ok ? calloc(na, sizeof *sa) : NULL, *sb = ok ? calloc(nb, sizeof *sb) : NULL;
    if (ok && sa && sb) {
        for (size_t i = 0; i < ops.n; i++) {
            const Op *op = &ops.v[i];
            bool emph = op->tag != OP_EQ;
            if (op->tag != OP_INS)
                push_tokens(sa, ta, la, op->oi, op->ol, emph);
            if (op->tag != OP_DEL)
                push_tokens(sb, tb, lb, op->ni, op->nl, emph);
        }
        for (size_t i = 0; i < na; i++)
            change(out, color, w, '-', sa[i].v, sa[i].n, 0);
        for (size_t i = 0; i < nb; i++)
            change(out, color, w, '+', sb[i].v, sb[i].n, first_index + i);
    } else {
        ok = false;
    }
    for (size_t i = 0; sa && i < na; i++)
        free(sa[i].v);
    for (size_t i = 0; sb && i < nb; i++)
        free(sb[i].v);
    free(sa);
    free(sb);
    free(ops.v);
    free(ta);
    free(tb);
    free(la);
    free(lb);
    return ok;
}

static uint32_t line_of(const FrameInput *s, uint32_t off)
{
    bool phantom = s->len > 0 && (s->text[s->len - 1] == '\n' || s->text[s->len - 1] == '\r');
    if (phantom && off >= s->len)
        return s->nlines;
    uint32_t lo = 0, hi = s->nlines;
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (s->line_starts[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

static uint32_t start_of(const FrameInput *s, uint32_t i) { return i < s->nlines ? s->line_starts[i] : s->len; }
static uint32_t end_of(const FrameInput *s, uint32_t i) { return i + 1 < s->nlines ? s->line_starts[i + 1] : s->len; }

void fix_diff_render(Buf *out, const FrameInput *s, const Fix *fix, bool color)
{
    if (!s->text || !fix || fix->nedits == 0)
        return;
    const Edit *first = &fix->edits[0], *last = &fix->edits[fix->nedits - 1];
    uint32_t l0 = line_of(s, first->start);
    uint32_t start_line = l0 > DIFF_CONTEXT_WINDOW ? l0 - DIFF_CONTEXT_WINDOW : 0;
    uint32_t last_line = line_of(s, s->len);
    uint32_t end_line = line_of(s, last->end) + DIFF_CONTEXT_WINDOW;
    if (end_line > last_line)
        end_line = last_line;
    uint32_t rb = start_of(s, start_line), re = end_of(s, end_line);
    Buf after = {0};
    uint32_t at = rb;
    bool any = false;
    for (uint32_t i = 0; i < fix->nedits; i++) {
        const Edit *e = &fix->edits[i];
        if (e->start < rb || e->end > re || e->start < at)
            continue;
        buf_append(&after, s->text + at, e->start - at);
        buf_puts(&after, e->content ? e->content : "");
        at = e->end;
        any = true;
    }
    if (!any) {
        buf_free(&after);
        return;
    }
    buf_append(&after, s->text + at, re - at);
    DLine *a = NULL, *b = NULL;
    size_t na = split_lines(s->text + rb, re - rb, &a);
    size_t nb = split_lines(after.data ? after.data : "", after.len, &b);
    Ops ops = {0};
    Groups g = {0};
    if (diff_lines(a, na, b, nb, &ops) && group_ops(&ops, FIX_CONTEXT, &g)) {
        /* Merge groups whose context windows nearly touch. */
        size_t *keep = malloc((g.n + 1) * sizeof *keep);
        Op *merged = malloc((g.nops + 1) * sizeof *merged);
        size_t nk = 0, nm = 0;
        for (size_t k = 0; keep && merged && k < g.n; k++) {
            Op *gs = g.ops + g.start[k];
            size_t gn = g.start[k + 1] - g.start[k];
            size_t prev_end = nm > 0 ? merged[nm - 1].ni + merged[nm - 1].nl : 0;
            if (nk > 0 && nm > 0 && merged[nm - 1].tag == OP_EQ && gn > 0 && gs[0].tag == OP_EQ &&
                (gs[0].ni > prev_end ? gs[0].ni - prev_end : 0) <= MERGE_WINDOW) {
                Op *p = &merged[nm - 1];
                p->nl = p->ol = gs[0].ni + gs[0].nl - p->ni;
                for (size_t q = 1; q < gn; q++)
                    merged[nm++] = gs[q];
                continue;
            }
            keep[nk++] = nm;
            for (size_t q = 0; q < gn; q++)
                merged[nm++] = gs[q];
        }
        if (keep && merged) {
            keep[nk] = nm;
            size_t largest = nm ? merged[nm - 1].ni + merged[nm - 1].nl + start_line : 0;
            char tmp[32];
            size_t w = (size_t)snprintf(tmp, sizeof tmp, "%zu", largest ? largest : 1);
            gutter(out, color, w);
            for (size_t k = 0; k < nk; k++) {
                if (k > 0)
                    buf_puts(out, "--------------------------------------------------------------------------------\n");
                for (size_t q = keep[k]; q < keep[k + 1]; q++) {
                    const Op *op = &merged[q];
                    if (op->tag == OP_EQ) {
                        for (size_t r = 0; r < op->ol; r++)
                            change_line(out, color, w, '|', &a[op->oi + r], op->ni + r + 1 + start_line);
                        continue;
                    }
                    if (op->tag == OP_REP &&
                        inline_change(out, color, w, &a[op->oi], op->ol, &b[op->ni], op->nl, op->ni + 1 + start_line))
                        continue;
                    for (size_t r = 0; r < op->ol && op->tag != OP_INS; r++)
                        change_line(out, color, w, '-', &a[op->oi + r], 0);
                    for (size_t r = 0; r < op->nl && op->tag != OP_DEL; r++)
                        change_line(out, color, w, '+', &b[op->ni + r], op->ni + r + 1 + start_line);
                }
            }
            gutter(out, color, w);
        }
        free(keep);
        free(merged);
    }
    free(g.ops);
    free(g.start);
    free(ops.v);
    free(a);
    free(b);
    buf_free(&after);
}
