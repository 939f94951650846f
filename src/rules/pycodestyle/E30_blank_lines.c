/* E30_blank_lines.c: blank lines between definitions and statements (E301-E306), checked over
 * the logical lines as Ruff's blank-lines checker does. */
#include <string.h>

#include "pcs_report.h"

typedef enum { LK_CLASS, LK_DECORATOR, LK_FUNCTION, LK_COMMENT, LK_IMPORT, LK_FROM_IMPORT, LK_OTHER } LineKind;

/* The kind of a logical line from its first token (index i). */
static inline LineKind line_kind(const LogicalLines *ll, uint32_t i)
{
    const LLTok *t = &ll->toks[i];
    if (!t->kw && t->kind != TK_COMMENT && t->kind != TK_AT)
        return LK_OTHER; /* the common case */
    if (t->kw == KW_CLASS)
        return LK_CLASS;
    if (t->kind == TK_COMMENT)
        return LK_COMMENT;
    if (t->kind == TK_AT)
        return LK_DECORATOR;
    if (t->kw == KW_DEF || (t->kw == KW_ASYNC && i + 1 < ll->ntoks && ll->toks[i + 1].kw == KW_DEF))
        return LK_FUNCTION;
    if (t->kw == KW_IMPORT)
        return LK_IMPORT;
    if (t->kw == KW_FROM)
        return LK_FROM_IMPORT;
    return LK_OTHER;
}
typedef enum { FO_OTHER, FO_DECORATOR, FO_DEF, FO_DUMMY_DEF, FO_IMPORT, FO_FROM_IMPORT, FO_DOCSTRING } Follows;
typedef enum { ST_OUTSIDE, ST_INSIDE, ST_COMMENT_AFTER } StatusKind;

typedef struct Status {
    StatusKind kind;
    uint32_t indent;
} Status;

typedef struct BlankLines {
    uint32_t count;
    uint32_t start, end; /* the blank lines' newline tokens, when count > 0 */
} BlankLines;

typedef struct LineInfo {
    LineKind kind;
    uint32_t first_start, first_end; /* the first token */
    uint8_t last_token;              /* kind of the last logical token before the newline (255: none) */
    uint32_t line_end;               /* end of the newline token */
    bool comment_only, docstring;
    uint32_t indent;
    BlankLines blank, preceding;
} LineInfo;

typedef struct Pre {
    Checker *ck;
    const LogicalLines *ll;
    uint32_t i;     /* next token */
    uint32_t nest;  /* bracket depth */
    uint32_t line_start;
    BlankLines max_preceding;
    uint32_t tab;
} Pre;

static bool is_class_fn_dec(LineKind k) { return k == LK_CLASS || k == LK_FUNCTION || k == LK_DECORATOR; }

static void blank_add(BlankLines *b, uint32_t s, uint32_t e)
{
    if (b->count == 0)
        b->start = s;
    b->count++;
    b->end = e;
}

/* The next logical line; false at the end of the tokens. */
static bool next_line(Pre *p, LineInfo *out)
{
    const LogicalLines *ll = p->ll;
    bool comment_only = true, docstring = false, have_first = false;
    BlankLines blank = {0};
    LineKind kind = LK_OTHER;
    uint32_t fs = 0, fe = 0;
    uint8_t last = 255;
    while (p->i < ll->ntoks) {
        const LLTok *t = &ll->toks[p->i++];
        uint8_t k = t->kind;
        uint16_t c = ll_class(k);
        if (have_first && !(c & (KC_OPEN | KC_CLOSE | KC_NON_LOGICAL))) {
            /* a logical token past the first: the common case */
            comment_only = false;
            if (k != TK_STRING)
                docstring = false;
            last = k;
            continue;
        }
        if (c & KC_OPEN)
            p->nest++;
        else if ((c & KC_CLOSE) && p->nest)
            p->nest--;
        else if (k == TK_NEWLINE)
            p->nest = 0; /* unclosed brackets end at a NEWLINE, as Ruff's token iterator */
        if (c & KC_INDENT)
            continue;
        if (!have_first) {
            if (k == TK_NL) {
                blank_add(&blank, t->start, t->end);
                p->line_start = t->end;
                continue;
            }
            docstring = k == TK_STRING;
            kind = line_kind(ll, p->i - 1);
            have_first = true;
            fs = t->start;
            fe = t->end;
        }
        if (!ll_is_non_logical(t))
            comment_only = false;
        if (k != TK_STRING && !ll_is_non_logical(t))
            docstring = false;
        if (ll_is_newline(t) && p->nest == 0) {
            uint32_t indent = ll_expand_indent(ll->src, p->line_start, fs, p->tab);
            if (blank.count > p->max_preceding.count)
                p->max_preceding = blank;
            *out = (LineInfo){kind, fs, fe, last, t->end, comment_only, docstring, indent, blank, p->max_preceding};
            if (!comment_only)
                p->max_preceding = (BlankLines){0};
            p->line_start = t->end;
            return true;
        }
        if (!ll_is_non_logical(t))
            last = k;
    }
    return false;
}

/* Whether the built logical lines from line k0 on map one to one onto next_line's: every line
 * ending in a newline holds a token other than INDENT, DEDENT and NL, and only NL tokens stand
 * between lines. */
static bool lines_plain_from(const LogicalLines *ll, uint32_t k0)
{
    uint32_t prev_last = k0 ? ll->lines[k0 - 1].last : 0;
    for (uint32_t k = k0; k < ll->nlines; k++) {
        const LLine *l = &ll->lines[k];
        bool ends = ll_is_newline(&ll->toks[l->last - 1]); /* not the final DEDENTs */
        if (ends && !(l->flags & (LLF_NON_TRIVIA | LLF_COMMENT)))
            return false;
        for (uint32_t j = prev_last; j < l->first; j++)
            if (ll->toks[j].kind != TK_NL)
                return false;
        prev_last = l->last;
    }
    return true;
}

typedef enum { NB_LINE, NB_END, NB_ODD } NextBuilt;

/* next_line from the built logical lines: line *k and the NL tokens before it. NB_ODD when the
 * lines from *k on do not map one to one onto next_line's (lines_plain_from), checked as they
 * go by; NB_END past the last line. */
static NextBuilt next_built_line(Pre *p, uint32_t *k, LineInfo *out)
{
    const LogicalLines *ll = p->ll;
    if (*k >= ll->nlines)
        return NB_END;
    const LLine *l = &ll->lines[*k];
    uint32_t gap = *k ? ll->lines[*k - 1].last : 0;
    (*k)++;
    if (!ll_is_newline(&ll->toks[l->last - 1])) /* the tokens end without a newline: next_line */
        return lines_plain_from(ll, *k - 1) ? NB_END : NB_ODD; /* finds no line there */
    if (!(l->flags & (LLF_NON_TRIVIA | LLF_COMMENT)))
        return NB_ODD;
    BlankLines blank = {0};
    for (uint32_t j = gap; j < l->first; j++) {
        if (ll->toks[j].kind != TK_NL)
            return NB_ODD;
        blank_add(&blank, ll->toks[j].start, ll->toks[j].end);
    }
    uint32_t fi = l->first;
    while (ll_class(ll->toks[fi].kind) & KC_INDENT)
        fi++;
    const LLTok *t = &ll->toks[fi];
    uint8_t k0 = t->kind;
    LineKind kind = line_kind(ll, fi);
    bool comment_only = !(l->flags & LLF_NON_TRIVIA);
    bool docstring = k0 == TK_STRING;
    for (uint32_t j = fi + 1; docstring && j < l->last; j++)
        if (ll->toks[j].kind != TK_STRING && !ll_is_non_logical(&ll->toks[j]))
            docstring = false;
    /* The last logical token matters only on class, def and decorator lines (check_line and
     * the follows state read it there alone). */
    uint8_t last = 255;
    if (is_class_fn_dec(kind))
        for (uint32_t j = l->last - 1; j-- > fi;)
            if (!ll_is_non_logical(&ll->toks[j])) {
                last = ll->toks[j].kind;
                break;
            }
    uint32_t line_start = l->first ? ll->toks[l->first - 1].end : 0;
    uint32_t indent = ll_expand_indent(ll->src, line_start, t->start, p->tab);
    if (blank.count > p->max_preceding.count)
        p->max_preceding = blank;
    *out = (LineInfo){kind, t->start, t->end, last, ll->toks[l->last - 1].end, comment_only, docstring, indent, blank,
                      p->max_preceding};
    if (!comment_only)
        p->max_preceding = (BlankLines){0};
    return NB_LINE;
}

static void status_update(Status *s, const LineInfo *l)
{
    if (s->kind == ST_INSIDE) {
        if (l->indent <= s->indent)
            s->kind = l->comment_only ? ST_COMMENT_AFTER : ST_OUTSIDE;
    } else if (s->kind == ST_COMMENT_AFTER) {
        if (!l->comment_only)
            s->kind = l->indent > s->indent ? ST_INSIDE : ST_OUTSIDE;
    }
}

typedef struct State {
    Follows follows;
    Status fn, cls;
    bool not_first;
    uint32_t last_non_comment_end;
    bool has_prev_unindented;
    LineKind prev_unindented;
} State;

static const char *repeat_nl(Checker *ck, uint32_t n)
{
    const char *le = ck->line_ending;
    size_t k = strlen(le);
    char *s = arena_alloc(ck->arena, k * n + 1);
    if (!s)
        return "";
    for (uint32_t i = 0; i < n; i++)
        memcpy(s + i * k, le, k);
    s[k * n] = 0;
    return s;
}

static bool is_any_def(Follows f) { return f == FO_DEF || f == FO_DUMMY_DEF; }

/* E304's fix: the lines between the decorator and the definition without the blank ones. */
static void fix_e304(Checker *ck, Diagnostic *d, const State *st, const LineInfo *l)
{
    if (!d)
        return;
    const char *src = ck->src->text;
    uint32_t s = st->last_non_comment_end, e = ll_line_start(ck, l->first_start);
    size_t cap = (size_t)(e - s) + 1 + 8;
    char *buf = arena_alloc(ck->arena, cap * 2);
    if (!buf)
        return;
    size_t n = 0;
    bool any = false;
    uint32_t i = s;
    while (i < e) {
        uint32_t j = i;
        while (j < e && src[j] != '\n' && src[j] != '\r')
            j++;
        bool blank = true;
        for (uint32_t q = i; q < j; q++)
            if (src[q] != ' ' && src[q] != '\t' && src[q] != '\f')
                blank = false;
        if (!blank) {
            if (any) {
                memcpy(buf + n, ck->line_ending, strlen(ck->line_ending));
                n += strlen(ck->line_ending);
            }
            memcpy(buf + n, src + i, j - i);
            n += j - i;
            any = true;
        }
        if (j < e && src[j] == '\r' && j + 1 < e && src[j + 1] == '\n')
            j++;
        i = j + 1;
    }
    if (!any) {
        pcs_fix1(ck, d, "Remove extraneous blank line(s)", s, e, "");
        return;
    }
    memcpy(buf + n, ck->line_ending, strlen(ck->line_ending));
    n += strlen(ck->line_ending);
    buf[n] = 0;
    pcs_fix1(ck, d, "Remove extraneous blank line(s)", s, e, buf);
}

static void check_line(Checker *ck, const LineInfo *l, const State *st, bool has_prev, uint32_t prev_indent, bool stub)
{
    if (l->preceding.count == 0 && (l->kind == LK_FUNCTION || l->kind == LK_DECORATOR) &&
        !(is_any_def(st->follows) && l->last_token != TK_COLON) && st->follows != FO_DUMMY_DEF &&
        st->cls.kind == ST_INSIDE && (st->fn.kind == ST_OUTSIDE || st->fn.kind == ST_COMMENT_AFTER) &&
        st->follows != FO_DOCSTRING && st->follows != FO_DECORATOR && has_prev && prev_indent >= l->indent && !stub) {
        Diagnostic *d = pcs_report(ck, RULE_E301, l->first_start, l->first_end, "Expected 1 blank line, found 0");
        uint32_t at = ll_line_start(ck, st->last_non_comment_end);
        pcs_fix1(ck, d, "Add missing blank line", at, at, ck->line_ending);
    }
    uint32_t max_level = stub ? 1 : l->indent == 0 ? 2 : 1;
    /* after top-level imports, isort's lines-after-imports when not negative */
    int32_t after_imports = ck->settings->lines_after_imports;
    bool follows_import = st->follows == FO_IMPORT || st->follows == FO_FROM_IMPORT;
    uint32_t expected = l->indent == 0 && follows_import && after_imports >= 0 ? (uint32_t)after_imports : max_level;
    if (l->preceding.count < expected && st->follows != FO_DECORATOR &&
        !(is_any_def(st->follows) && l->last_token != TK_COLON) &&
        !(st->follows == FO_DUMMY_DEF && l->preceding.count == 0) && l->indent == 0 && is_class_fn_dec(l->kind) && !stub &&
        st->not_first) {
        Diagnostic *d = pcs_report(ck, RULE_E302, l->first_start, l->first_end,
                                   arena_printf(ck->arena, "Expected %u blank lines, found %u", expected, l->preceding.count));
        if (d) {
            if (l->blank.count)
                pcs_fix1(ck, d, "Add missing blank line(s)", l->blank.start, l->blank.end, repeat_nl(ck, expected));
            else {
                uint32_t at = ll_line_start(ck, st->last_non_comment_end);
                pcs_fix1(ck, d, "Add missing blank line(s)", at, at, repeat_nl(ck, expected - l->preceding.count));
            }
        }
    }
    /* between `import` and `from` imports, up to isort's lines-between-types */
    uint32_t max_blank = expected;
    if ((l->kind == LK_IMPORT && st->follows == FO_FROM_IMPORT) || (l->kind == LK_FROM_IMPORT && st->follows == FO_IMPORT))
        max_blank = max_level > ck->settings->lines_between_types ? max_level : ck->settings->lines_between_types;
    if (l->blank.count > max_blank) {
        Diagnostic *d = pcs_report(ck, RULE_E303, l->first_start, l->first_end,
                                   arena_printf(ck->arena, "Too many blank lines (%u)", l->blank.count));
        if (d)
            pcs_fix1(ck, d, "Remove extraneous blank line(s)", l->blank.start, l->blank.end, repeat_nl(ck, max_blank));
    }
    if (st->follows == FO_DECORATOR && !l->comment_only && l->preceding.count > 0) {
        Diagnostic *d = pcs_report(ck, RULE_E304, l->first_start, l->first_end,
                                   arena_printf(ck->arena, "Blank lines found after function decorator (%u)", l->preceding.count));
        fix_e304(ck, d, st, l);
    }
    if (l->preceding.count < 2 && st->has_prev_unindented && is_class_fn_dec(st->prev_unindented) && l->indent == 0 &&
        !l->comment_only && !is_class_fn_dec(l->kind) && !stub) {
        Diagnostic *d = pcs_report(ck, RULE_E305, l->first_start, l->first_end,
                                   arena_printf(ck->arena, "Expected 2 blank lines after class or function definition, found (%u)",
                                                l->preceding.count));
        if (d) {
            if (l->blank.count)
                pcs_fix1(ck, d, "Add missing blank line(s)", l->blank.start, l->blank.end, repeat_nl(ck, 2));
            else {
                uint32_t at = ll_line_start(ck, st->last_non_comment_end);
                pcs_fix1(ck, d, "Add missing blank line(s)", at, at, repeat_nl(ck, 2 - l->preceding.count));
            }
        }
    }
    if (l->preceding.count == 0 && st->fn.kind == ST_INSIDE && is_class_fn_dec(l->kind) && st->follows != FO_DECORATOR &&
        st->follows != FO_DOCSTRING && has_prev && prev_indent >= l->indent &&
        !(is_any_def(st->follows) && l->last_token != TK_COLON) && st->follows != FO_DUMMY_DEF && !stub) {
        Diagnostic *d = pcs_report(ck, RULE_E306, l->first_start, l->first_end,
                                   "Expected 1 blank line before a nested definition, found 0");
        uint32_t at = ll_line_start(ck, l->first_start);
        pcs_fix1(ck, d, "Add missing blank line", at, at, ck->line_ending);
    }
}

/* The walk over the lines, from the built logical lines (`built`) or the tokens. Returns false
 * when the built lines turn out not to map onto the tokens' (the caller walks the tokens). */
static bool walk(Checker *ck, const LogicalLines *ll, bool built, bool stub)
{
    Pre p = {ck, ll, 0, 0, 0, {0}, ck->settings->indent_width ? ck->settings->indent_width : 4};
    State st = {0};
    st.follows = FO_OTHER;
    bool has_prev_indent = false, has_prev_line = false, prev_comment_only = false;
    uint32_t prev_indent = 0, prev_line_indent = 0, prev_line_end = 0;
    LineInfo l;
    uint32_t k = 0;
    for (;;) {
        if (built) {
            NextBuilt r = next_built_line(&p, &k, &l);
            if (r == NB_ODD)
                return false;
            if (r == NB_END)
                break;
        } else if (!next_line(&p, &l))
            break;
        if (has_prev_indent && prev_indent > l.indent)
            st.follows = FO_OTHER;
        if (has_prev_line && prev_comment_only && prev_line_indent != l.indent)
            st.last_non_comment_end = prev_line_end;
        status_update(&st.cls, &l);
        status_update(&st.fn, &l);
        /* Every check wants a class, def or decorator line, blank lines before it, or (E305) a
         * line at indent 0. */
        if (is_class_fn_dec(l.kind) || l.blank.count || l.preceding.count || l.indent == 0)
            check_line(ck, &l, &st, has_prev_indent, prev_indent, stub);
        switch (l.kind) {
        case LK_CLASS:
            if (st.cls.kind == ST_OUTSIDE)
                st.cls = (Status){ST_INSIDE, l.indent};
            st.follows = FO_OTHER;
            break;
        case LK_DECORATOR: st.follows = FO_DECORATOR; break;
        case LK_FUNCTION:
            if (st.fn.kind == ST_OUTSIDE)
                st.fn = (Status){ST_INSIDE, l.indent};
            st.follows = l.last_token == TK_ELLIPSIS ? FO_DUMMY_DEF : FO_DEF;
            break;
        case LK_COMMENT: break;
        case LK_IMPORT: st.follows = FO_IMPORT; break;
        case LK_FROM_IMPORT: st.follows = FO_FROM_IMPORT; break;
        case LK_OTHER: st.follows = FO_OTHER; break;
        }
        if (l.docstring)
            st.follows = FO_DOCSTRING;
        if (!l.comment_only) {
            st.not_first = true;
            st.last_non_comment_end = l.line_end;
            if (l.indent == 0) {
                st.has_prev_unindented = true;
                st.prev_unindented = l.kind;
            }
            has_prev_indent = true;
            prev_indent = l.indent;
        }
        prev_comment_only = l.comment_only;
        prev_line_indent = l.indent;
        prev_line_end = l.line_end;
        has_prev_line = true;
    }
    return true;
}

void pcs_blank_lines(Checker *ck, const LogicalLines *ll)
{
    const char *path = ck->src->path;
    size_t pl = path ? strlen(path) : 0;
    bool stub = pl >= 4 && strcmp(path + pl - 4, ".pyi") == 0;
    /* The built lines when they map onto the tokens' lines (almost always); else what they
     * reported so far is dropped and the tokens are walked. */
    uint32_t first = ck->diags->len;
    if (ll->lines && walk(ck, ll, true, stub))
        return;
    ck->diags->len = first;
    walk(ck, ll, false, stub);
}
