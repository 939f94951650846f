/* noqa_tokens.c: PyTokens from the tokenizer's token list (src/syntax/lexer.h): the token kinds
 * suppression comments tell apart, comments, multi-line strings, f-/t-strings, and the lines that
 * end in a backslash continuation (found as Ruff's indexer finds them: newlines between tokens). */
#include "noqa_tokens.h"

#include <string.h>

#include "util/vec.h"

static uint8_t kind_of(uint8_t k)
{
    switch (k) {
    case TK_NEWLINE: return PT_NEWLINE;
    case TK_NL: return PT_NL;
    case TK_COMMENT: return PT_COMMENT;
    case TK_INDENT: return PT_INDENT;
    case TK_DEDENT: return PT_DEDENT;
    case TK_STRING: return PT_STRING;
    case TK_FSTRING_START: case TK_TSTRING_START: return PT_FSTART;
    case TK_FSTRING_MIDDLE: case TK_TSTRING_MIDDLE: return PT_FMIDDLE;
    case TK_FSTRING_END: case TK_TSTRING_END: return PT_FEND;
    default: return PT_OTHER;
    }
}

/* The start of the line holding `off`, given that a token [start, off) began on the line that
 * starts at `cur`: unchanged unless the token spans a line break (scanning back from every token
 * made long lines of strings quadratic). */
static uint32_t line_start_after(const char *text, uint32_t cur, uint32_t start, uint32_t off)
{
    bool breaks = false;
    for (uint32_t p = start; p < off && !breaks; p++)
        breaks = text[p] == '\n' || text[p] == '\r';
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

bool pytokens_from_tokens(Arena *a, const char *text, uint32_t len, const TokenList *tl, PyTokens *out)
{
    memset(out, 0, sizeof *out);
    bool ok = true;
    PyTok *toks = ARENA_ARRAY_RAW(a, PyTok, tl->len ? tl->len : 1);
    if (!toks)
        return false;
    Vec(PyRange) comments = {0}, multiline = {0}, interp = {0};
    Vec(uint32_t) cont = {0}, open = {0};
    uint32_t n = 0, prev_end = 0, line_start = 0;
    for (uint32_t i = 0; i < tl->len && ok; i++) {
        const Token *t = &tl->data[i];
        if (t->kind == TK_ENDMARKER)
            continue;
        /* Newlines between tokens that no NEWLINE/NL token holds: backslash continuations. */
        if (t->start > prev_end && t->start <= len) {
            for (uint32_t p = prev_end; p < t->start; p++) {
                if (text[p] == '\r' && p + 1 < t->start && text[p + 1] == '\n')
                    continue;
                if (text[p] == '\n' || text[p] == '\r') {
                    ok &= vec_push(&cont, line_start);
                    line_start = p + 1;
                }
            }
        }
        uint8_t k = kind_of(t->kind);
        bool triple = (t->flags & TF_TRIPLE) != 0, tstr = (t->flags & TF_TSTRING) != 0;
        toks[n++] = (PyTok){t->start, t->end, k, triple, tstr};
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
            line_start = line_start_after(text, line_start, t->start, t->end);
            break;
        case PT_FSTART:
            ok &= vec_push(&open, t->start);
            line_start = line_start_after(text, line_start, t->start, t->end);
            break;
        case PT_FEND:
            if (open.len)
                ok &= vec_push(&interp, ((PyRange){open.data[--open.len], t->end}));
            line_start = line_start_after(text, line_start, t->start, t->end);
            break;
        default:
            break;
        }
        if (t->end > prev_end)
            prev_end = t->end;
    }
    vec_free(&open);
    /* Inner f-strings end first: sort the ranges by start. */
    for (uint32_t i = 1; i < interp.len; i++) {
        PyRange r = interp.data[i];
        uint32_t j = i;
        while (j > 0 && interp.data[j - 1].start > r.start) {
            interp.data[j] = interp.data[j - 1];
            j--;
        }
        interp.data[j] = r;
    }
    out->toks = toks;
    out->ntoks = n;
    COPY(a, comments, out->comments, out->ncomments);
    COPY(a, multiline, out->multiline, out->nmultiline);
    COPY(a, interp, out->interp, out->ninterp);
    COPY(a, cont, out->cont_lines, out->ncont);
    return ok;
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
