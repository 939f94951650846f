/* noqa_tokens.c: PyTokens from the tokenizer's token list (src/syntax/lexer.h): the token kinds
 * suppression comments tell apart, comments, multi-line strings, f-/t-strings, and the lines that
 * end in a backslash continuation (found as Ruff's indexer finds them: newlines between tokens;
 * in a file without syntax errors, a backslash and a line break outside every token). */
#include "noqa_tokens.h"

#include <string.h>

#include "lint/noqa_parse.h"
#include "util/vec.h"

/* The start of the line holding `off`, given that a token [start, off) began on the line that
 * starts at `cur`: unchanged unless the token spans a line break (scanning back from every token
 * made long lines of strings quadratic). */
/* Whether text[start, end) holds a line break (a '\r' is looked for only when the file has one). */
static bool has_break(const char *text, uint32_t start, uint32_t end, bool has_cr)
{
    return end > start && (memchr(text + start, '\n', end - start) || (has_cr && memchr(text + start, '\r', end - start)));
}

static uint32_t line_start_after(const char *text, uint32_t cur, uint32_t start, uint32_t off, bool breaks)
{
    if (!breaks)
        return cur;
    while (off > 0 && text[off - 1] != '\n' && text[off - 1] != '\r')
        off--;
    return off;
}

#define COPY(a, vec, outp, outn)                                                      \
    do {                                                                              \
        (outn) = (vec).len;                                                           \
        (outp) = NULL;                                                                \
        if ((vec).len) {                                                              \
            (outp) = arena_alloc_raw((a), sizeof *(vec).data * (vec).len);            \
            if (!(outp))                                                              \
                ok = false;                                                           \
            else                                                                      \
                memcpy((outp), (vec).data, sizeof *(vec).data * (vec).len);           \
        }                                                                             \
        vec_free(&(vec));                                                             \
    } while (0)

/* Whether a line starts in (from, to + 1]; *k is the first line start after an earlier `from`. */
static bool gap_may_break(const uint32_t *ls, uint32_t nls, uint32_t len, uint32_t *k, uint32_t from, uint32_t to)
{
    while (*k < nls && ls[*k] <= from)
        (*k)++;
    return (*k < nls ? ls[*k] : len) <= to + 1;
}

/* Inner f-strings end first: sort their ranges by start (insertion sort: nearly sorted, short). */
static void sort_by_start(PyRange *r, uint32_t n)
{
    for (uint32_t i = 1; i < n; i++) {
        PyRange x = r[i];
        uint32_t j = i;
        while (j > 0 && r[j - 1].start > x.start) {
            r[j] = r[j - 1];
            j--;
        }
        r[j] = x;
    }
}

/* ls[0, nls): the start offsets of the lines of text (the line table), or NULL. */
static bool build(Arena *a, const char *text, uint32_t len, const uint32_t *ls, uint32_t nls, const TokenList *tl,
                  PyTokens *out)
{
    memset(out, 0, sizeof *out);
    bool ok = true;
    Vec(PyRange) comments = {0}, multiline = {0}, mlstrings = {0}, interp = {0};
    Vec(uint32_t) cont = {0}, open = {0};
    uint32_t n = tl->len, prev_end = 0, line_start = 0, next_ls = 0;
    bool has_cr = memchr(text, '\r', len) != NULL;
    if (n && tl->data[n - 1].kind == TK_ENDMARKER)
        n--; /* the lexer's last token */
    for (const Token *t = tl->data, *last = tl->data + n; t < last; t++) {
        /* Newlines between tokens that no NEWLINE/NL token holds: backslash continuations. The
         * usual gap, one space, holds none; nor does one without a line start in
         * (prev_end, t->start + 1] (the line table's last, dropped start is `len`). */
        if (t->start > prev_end && t->start <= len && (t->start != prev_end + 1 || text[prev_end] != ' ') &&
            (!ls || gap_may_break(ls, nls, len, &next_ls, prev_end, t->start))) {
            for (uint32_t p = prev_end; p < t->start; p++) {
                unsigned char c = (unsigned char)text[p];
                if (c > '\r' || (c != '\n' && c != '\r'))
                    continue;
                if (c == '\r' && p + 1 < t->start && text[p + 1] == '\n')
                    continue;
                ok &= vec_push(&cont, line_start);
                line_start = p + 1;
            }
        }
        if (t->end > prev_end)
            prev_end = t->end;
        uint8_t k = pytok_kind(t);
        if (k == PT_OTHER)
            continue;
        bool triple = (t->flags & TF_TRIPLE) != 0, breaks;
        switch (k) {
        case PT_NEWLINE:
        case PT_NL:
            line_start = t->end;
            break;
        case PT_COMMENT:
            ok &= vec_push(&comments, ((PyRange){t->start, t->end}));
            break;
        case PT_STRING:
        case PT_FMIDDLE:
            if (triple && (k == PT_STRING || t->kind == TK_FSTRING_MIDDLE))
                ok &= vec_push(&multiline, ((PyRange){t->start, t->end}));
            breaks = has_break(text, t->start, t->end, has_cr);
            if (breaks && triple && k == PT_STRING)
                ok &= vec_push(&mlstrings, ((PyRange){t->start, t->end}));
            line_start = line_start_after(text, line_start, t->start, t->end, breaks);
            break;
        case PT_FSTART:
            ok &= vec_push(&open, t->start);
            line_start = line_start_after(text, line_start, t->start, t->end, has_break(text, t->start, t->end, has_cr));
            break;
        case PT_FEND:
            if (open.len)
                ok &= vec_push(&interp, ((PyRange){open.data[--open.len], t->end}));
            line_start = line_start_after(text, line_start, t->start, t->end, has_break(text, t->start, t->end, has_cr));
            break;
        default:
            break;
        }
    }
    vec_free(&open);
    sort_by_start(interp.data, interp.len);
    out->toks = tl->data;
    out->ntoks = n;
    COPY(a, comments, out->comments, out->ncomments);
    COPY(a, multiline, out->multiline, out->nmultiline);
    COPY(a, mlstrings, out->mlstrings, out->nmlstrings);
    COPY(a, interp, out->interp, out->ninterp);
    COPY(a, cont, out->cont_lines, out->ncont);
    return ok;
}

bool pytokens_from_tokens(Arena *a, const char *text, uint32_t len, const TokenList *tl, PyTokens *out)
{
    return build(a, text, len, NULL, 0, tl, out);
}

bool pytokens_of_source(Arena *a, const SourceFile *src, const TokenList *tl, PyTokens *out)
{
    return build(a, src->text, src->len, src->line_starts, src->nlines, tl, out);
}

/* Whether "noqa" (any case) occurs in text[0, n): found from the rare letter q with memchr. */
bool pytokens_text_has_noqa(const char *text, uint32_t n)
{
    const char *end = text + n;
    for (const char *q = "qQ"; *q; q++) {
        for (const char *p = n > 2 ? text + 2 : end; p + 1 < end && (p = memchr(p, *q, (size_t)(end - p - 1))); p++)
            if ((p[-2] | 0x20) == 'n' && (p[-1] | 0x20) == 'o' && (p[1] | 0x20) == 'a')
                return true;
    }
    return false;
}


/* Whether some `#` of the comment text[start, end) is followed by `ruff` or `snipe` (after
 * whitespace): what every suppression comment starts with (supp_parse_comment). */
bool pytokens_comment_names_tool(const char *text, uint32_t start, uint32_t end)
{
    for (uint32_t i = start; i < end; i++) {
        const char *h = memchr(text + i, '#', end - i);
        if (!h)
            return false;
        i = (uint32_t)(h - text) + 1;
        while (i < end && text[i] == ' ')
            i++; /* the usual spaces; noqa_eat_ws for the rest of the whitespace */
        if (i < end && (text[i] == 'r' || text[i] == 's' || (unsigned char)text[i] <= ' ' ||
                        (unsigned char)text[i] >= 0x80))
            noqa_eat_ws(text, end, &i);
        else {
            i--; /* neither `ruff` nor `snipe` nor whitespace follows: on from here */
            continue;
        }
        if ((end - i >= 4 && memcmp(text + i, "ruff", 4) == 0) || (end - i >= 5 && memcmp(text + i, "snipe", 5) == 0))
            return true;
        i--; /* the loop steps past it */
    }
    return false;
}

/* Whether offset q lies inside some token of toks[0, n) (sorted by start; empty tokens hold nothing). */
static bool in_token(const Token *toks, uint32_t n, uint32_t q)
{
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (toks[mid].start <= q)
            lo = mid + 1;
        else
            hi = mid;
    }
    while (lo > 0 && toks[lo - 1].end <= toks[lo - 1].start)
        lo--;
    return lo > 0 && toks[lo - 1].end > q;
}

/* The token kinds build_valid looks at: all it records, the mapping's, the mapping's and comments. */
static const bool look_full[256] = {
    [TK_COMMENT] = true,      [TK_STRING] = true,      [TK_FSTRING_MIDDLE] = true, [TK_FSTRING_START] = true,
    [TK_TSTRING_START] = true, [TK_FSTRING_END] = true, [TK_TSTRING_END] = true,
};
static const bool look_map[256] = {
    [TK_STRING] = true, [TK_FSTRING_START] = true, [TK_TSTRING_START] = true, [TK_FSTRING_END] = true, [TK_TSTRING_END] = true,
};
static const bool look_map_comments[256] = {
    [TK_COMMENT] = true,      [TK_STRING] = true,      [TK_FSTRING_START] = true,
    [TK_TSTRING_START] = true, [TK_FSTRING_END] = true, [TK_TSTRING_END] = true,
};

/* The view of the tokens of a file without syntax errors, where only a backslash joins lines
 * between tokens: no gap to walk. With `directive` non-NULL, only what the noqa line mapping needs
 * (no comments or multiline ranges) and *directive says whether a comment may hold a directive. */
static bool build_valid(Arena *a, const SourceFile *src, const TokenList *tl, PyTokens *out, bool *directive)
{
    memset(out, 0, sizeof *out);
    bool ok = true, full = directive == NULL, dir = false;
    const char *text = src->text;
    uint32_t len = src->len, n = tl->len;
    Vec(PyRange) comments = {0}, multiline = {0}, mlstrings = {0}, interp = {0};
    Vec(uint32_t) cont = {0}, open = {0};
    if (n && tl->data[n - 1].kind == TK_ENDMARKER)
        n--;
    /* Most tokens are none of the kinds looked at: skip them four at a time. */
    /* The mapping alone needs no comment but to know whether one may hold a directive: none can
     * without "noqa" in the file (build_directives) or a comment naming ruff or snipe after a
     * `#` (build_supp_comments). */
    if (!full)
        dir = pytokens_text_has_noqa(text, len);
    const bool *look = full ? look_full : dir ? look_map : look_map_comments;
    for (const Token *t = tl->data, *last = tl->data + n; t < last; t++) {
        while (last - t >= 4 && !(look[t[0].kind] | look[t[1].kind] | look[t[2].kind] | look[t[3].kind]))
            t += 4;
        if (!look[t->kind])
            continue;
        switch (t->kind) {
        case TK_COMMENT:
            if (full)
                ok &= vec_push(&comments, ((PyRange){t->start, t->end}));
            else if (!dir)
                dir = pytokens_comment_names_tool(text, t->start, t->end);
            break;
        case TK_STRING:
            if (!(t->flags & TF_TRIPLE))
                break;
            if (full)
                ok &= vec_push(&multiline, ((PyRange){t->start, t->end}));
            if (t->end > t->start &&
                (memchr(text + t->start, '\n', t->end - t->start) || memchr(text + t->start, '\r', t->end - t->start)))
                ok &= vec_push(&mlstrings, ((PyRange){t->start, t->end}));
            break;
        case TK_FSTRING_MIDDLE:
            if (full && (t->flags & TF_TRIPLE))
                ok &= vec_push(&multiline, ((PyRange){t->start, t->end}));
            break;
        case TK_FSTRING_START:
        case TK_TSTRING_START:
            ok &= vec_push(&open, t->start);
            break;
        case TK_FSTRING_END:
        case TK_TSTRING_END:
            if (open.len)
                ok &= vec_push(&interp, ((PyRange){open.data[--open.len], t->end}));
            break;
        default:
            break;
        }
    }
    vec_free(&open);
    sort_by_start(interp.data, interp.len);
    /* Backslash continuations: a backslash and a line break that no token holds. */
    for (const char *p = text, *end = text + len; p + 1 < end && (p = memchr(p, '\\', (size_t)(end - p - 1))); p++) {
        uint32_t q = (uint32_t)(p - text) + 1;
        if ((text[q] == '\n' || text[q] == '\r') && !in_token(tl->data, n, q))
            ok &= vec_push(&cont, src->line_starts[source_line_of(src, q)]);
    }
    out->toks = tl->data;
    out->ntoks = n;
    COPY(a, comments, out->comments, out->ncomments);
    COPY(a, multiline, out->multiline, out->nmultiline);
    COPY(a, mlstrings, out->mlstrings, out->nmlstrings);
    COPY(a, interp, out->interp, out->ninterp);
    COPY(a, cont, out->cont_lines, out->ncont);
    if (directive)
        *directive = dir;
    return ok;
}

bool pytokens_mapping_of_source(Arena *a, const SourceFile *src, const TokenList *tl, PyTokens *out, bool *directive)
{
    return build_valid(a, src, tl, out, directive);
}

bool pytokens_of_valid_source(Arena *a, const SourceFile *src, const TokenList *tl, PyTokens *out)
{
    return build_valid(a, src, tl, out, NULL);
}

bool pytokens_in_multiline(const PyTokens *t, uint32_t start, uint32_t end)
{
    /* The last range starting at or before `start`. */
    uint32_t lo = 0, hi = t->nmultiline;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (t->multiline[mid].start <= start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 && t->multiline[lo - 1].end >= end;
}

const PyRange *pytokens_comment_in(const PyTokens *t, uint32_t start, uint32_t end)
{
    uint32_t lo = 0, hi = t->ncomments;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (t->comments[mid].start < start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < t->ncomments && t->comments[lo].start < end ? &t->comments[lo] : NULL;
}

bool pytokens_is_continuation(const PyTokens *t, uint32_t line_start)
{
    uint32_t lo = 0, hi = t->ncont;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (t->cont_lines[mid] < line_start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < t->ncont && t->cont_lines[lo] == line_start;
}
