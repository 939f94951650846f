/* noqa_tokens.c: the stand-in Python token scanner (see noqa_tokens.h). It tokenizes only as
 * finely as suppression comments need: names, numbers and operators are PT_OTHER. */
#include "noqa_tokens.h"

#include <string.h>

#include "util/vec.h"

#define MAX_FSTRINGS 64
#define MAX_FIELDS 16
#define MAX_INDENTS 128

/* One replacement field `{...}` of an f-string: the bracket depth inside it, and whether its
 * format spec (after `:`) is being read. */
typedef struct Field {
    int depth;
    bool in_spec;
} Field;

typedef struct FString {
    char quote;
    bool triple, raw, tstring;
    bool in_expr;           /* inside a replacement field's expression */
    uint32_t start;
    Field fields[MAX_FIELDS];
    int nfields;
} FString;

typedef struct Scanner {
    const char *s;
    uint32_t n, i;
    Vec(PyTok) toks;
    Vec(PyRange) comments, multiline, interp;
    Vec(uint32_t) cont;
    int depth;                  /* bracket nesting, replacement fields included */
    FString fs[MAX_FSTRINGS];
    int nfs;
    uint32_t indents[MAX_INDENTS];
    int nindents;
    bool at_line_start;         /* indentation of the next line decides INDENT/DEDENT */
    bool nonempty;              /* the current logical line has a token */
    uint32_t line_start;        /* start of the current physical line */
    bool oom;
} Scanner;

static void emit(Scanner *sc, PyTokKind k, uint32_t start, uint32_t end, bool triple, bool tstring)
{
    PyTok t = {start, end, (uint8_t)k, triple, tstring};
    if (!vec_push(&sc->toks, t))
        sc->oom = true;
    if (k != PT_NL && k != PT_NEWLINE && k != PT_COMMENT && k != PT_INDENT && k != PT_DEDENT)
        sc->nonempty = true;
}

static void add_range(Scanner *sc, void *vec, uint32_t start, uint32_t end)
{
    Vec(PyRange) *v = vec;
    PyRange r = {start, end};
    if (!vec_push(v, r))
        sc->oom = true;
}

static bool is_nl(char c) { return c == '\n' || c == '\r'; }
static bool is_name_char(unsigned char c) { return c >= 0x80 || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

/* Length of the line terminator at i (0 when none). */
static uint32_t nl_len(const Scanner *sc, uint32_t i)
{
    if (i >= sc->n)
        return 0;
    if (sc->s[i] == '\n')
        return 1;
    if (sc->s[i] == '\r')
        return i + 1 < sc->n && sc->s[i + 1] == '\n' ? 2 : 1;
    return 0;
}

/* A string prefix (r, b, u, f, t and their two-letter mixes, any case) followed by a quote. */
static bool string_prefix(const char *p, uint32_t len, bool *f, bool *t, bool *raw)
{
    *f = *t = *raw = false;
    if (len > 2)
        return false;
    bool b = false, u = false;
    for (uint32_t k = 0; k < len; k++) {
        char c = (char)(p[k] | 0x20);
        if (c == 'r' && !*raw) *raw = true;
        else if (c == 'b' && !b) b = true;
        else if (c == 'u' && !u) u = true;
        else if (c == 'f' && !*f) *f = true;
        else if (c == 't' && !*t) *t = true;
        else return false;
    }
    if (u && len > 1)
        return false;
    return (int)b + (int)*f + (int)*t <= 1;
}

/* A plain string starting at `start` whose quotes begin at sc->i. */
static void scan_string(Scanner *sc, uint32_t start)
{
    char q = sc->s[sc->i];
    bool triple = sc->i + 2 < sc->n && sc->s[sc->i + 1] == q && sc->s[sc->i + 2] == q;
    sc->i += triple ? 3 : 1;
    while (sc->i < sc->n) {
        char c = sc->s[sc->i];
        if (c == '\\') {
            sc->i += 1 + (nl_len(sc, sc->i + 1) ? nl_len(sc, sc->i + 1) : (sc->i + 1 < sc->n));
            continue;
        }
        if (c == q) {
            if (!triple) {
                sc->i++;
                break;
            }
            if (sc->i + 2 < sc->n && sc->s[sc->i + 1] == q && sc->s[sc->i + 2] == q) {
                sc->i += 3;
                break;
            }
        } else if (!triple && is_nl(c)) {
            break; /* unterminated: ends at the line end */
        }
        sc->i++;
    }
    if (sc->i > sc->n)
        sc->i = sc->n;
    emit(sc, PT_STRING, start, sc->i, triple, false);
    if (triple)
        add_range(sc, &sc->multiline, start, sc->i);
}

static void start_fstring(Scanner *sc, uint32_t start, bool raw, bool tstring)
{
    char q = sc->s[sc->i];
    bool triple = sc->i + 2 < sc->n && sc->s[sc->i + 1] == q && sc->s[sc->i + 2] == q;
    sc->i += triple ? 3 : 1;
    emit(sc, PT_FSTART, start, sc->i, triple, tstring);
    if (sc->nfs == MAX_FSTRINGS) {
        /* Too deep to follow: read the rest as one literal. */
        return;
    }
    FString *f = &sc->fs[sc->nfs++];
    memset(f, 0, sizeof *f);
    f->quote = q;
    f->triple = triple;
    f->raw = raw;
    f->tstring = tstring;
    f->start = start;
}

static void end_fstring(Scanner *sc, uint32_t qstart)
{
    FString *f = &sc->fs[--sc->nfs];
    emit(sc, PT_FEND, qstart, sc->i, f->triple, f->tstring);
    add_range(sc, &sc->interp, f->start, sc->i);
    sc->depth -= f->nfields; /* fields left open by an unterminated string */
    if (sc->depth < 0)
        sc->depth = 0;
}

static void emit_middle(Scanner *sc, const FString *f, uint32_t start)
{
    if (sc->i <= start)
        return;
    emit(sc, PT_FMIDDLE, start, sc->i, f->triple, f->tstring);
    if (f->triple && !f->tstring)
        add_range(sc, &sc->multiline, start, sc->i);
}

/* Literal text of the innermost f-string, up to a replacement field, the end of a format spec
 * or the closing quote. */
static void scan_fstring_literal(Scanner *sc)
{
    FString *f = &sc->fs[sc->nfs - 1];
    bool spec = f->nfields > 0 && f->fields[f->nfields - 1].in_spec;
    uint32_t start = sc->i;
    while (sc->i < sc->n) {
        char c = sc->s[sc->i];
        if (c == '\\' && !f->raw) {
            if (sc->i + 2 < sc->n && sc->s[sc->i + 1] == 'N' && sc->s[sc->i + 2] == '{') {
                uint32_t j = sc->i + 3;
                while (j < sc->n && sc->s[j] != '}' && sc->s[j] != f->quote && !is_nl(sc->s[j]))
                    j++;
                sc->i = j < sc->n && sc->s[j] == '}' ? j + 1 : j;
                continue;
            }
            uint32_t k = nl_len(sc, sc->i + 1);
            sc->i += 1 + (k ? k : (sc->i + 1 < sc->n && sc->s[sc->i + 1] != '{' && sc->s[sc->i + 1] != '}'));
            continue;
        }
        if (c == '\\' && f->raw) {
            /* A backslash still keeps a quote from closing a raw string. */
            if (sc->i + 1 < sc->n && sc->s[sc->i + 1] == f->quote) {
                sc->i += 2;
                continue;
            }
        }
        if (c == f->quote) {
            bool closes = !f->triple || (sc->i + 2 < sc->n && sc->s[sc->i + 1] == c && sc->s[sc->i + 2] == c);
            if (closes) {
                emit_middle(sc, f, start);
                uint32_t q = sc->i;
                sc->i += f->triple ? 3 : 1;
                end_fstring(sc, q);
                return;
            }
        } else if (is_nl(c) && !f->triple) {
            /* Unterminated: the string ends at the line end. */
            emit_middle(sc, f, start);
            end_fstring(sc, sc->i);
            return;
        } else if (c == '{') {
            if (!spec && sc->i + 1 < sc->n && sc->s[sc->i + 1] == '{') {
                sc->i += 2;
                continue;
            }
            emit_middle(sc, f, start);
            sc->i++;
            emit(sc, PT_OTHER, sc->i - 1, sc->i, false, false);
            sc->depth++;
            if (f->nfields < MAX_FIELDS)
                f->fields[f->nfields++] = (Field){sc->depth, false};
            f->in_expr = true;
            return;
        } else if (c == '}') {
            if (spec) {
                emit_middle(sc, f, start);
                sc->i++;
                emit(sc, PT_OTHER, sc->i - 1, sc->i, false, false);
                f->nfields--;
                sc->depth--;
                f->in_expr = false;
                return;
            }
            if (sc->i + 1 < sc->n && sc->s[sc->i + 1] == '}') {
                sc->i += 2;
                continue;
            }
        }
        sc->i++;
    }
    /* End of file inside the string. */
    emit_middle(sc, f, start);
    end_fstring(sc, sc->i);
}

static void newline_token(Scanner *sc)
{
    uint32_t k = nl_len(sc, sc->i);
    bool logical = sc->depth == 0 && sc->nonempty;
    emit(sc, logical ? PT_NEWLINE : PT_NL, sc->i, sc->i + k, false, false);
    sc->i += k;
    sc->line_start = sc->i;
    if (logical)
        sc->nonempty = false;
    if (sc->depth == 0)
        sc->at_line_start = true;
}

/* Indentation at the start of a line: INDENT / DEDENT tokens when the line holds code. */
static void indentation(Scanner *sc)
{
    sc->at_line_start = false;
    uint32_t ls = sc->i, col = 0;
    bool counting = true;
    while (sc->i < sc->n) {
        char c = sc->s[sc->i];
        if (c == ' ') {
            if (counting) col++;
        } else if (c == '\t') {
            if (counting) col = (col / 8 + 1) * 8;
        } else if (c == '\f') {
            if (counting) col = 0;
        } else if (c == '\\' && nl_len(sc, sc->i + 1)) {
            if (!vec_push(&sc->cont, sc->line_start))
                sc->oom = true;
            sc->i += 1 + nl_len(sc, sc->i + 1);
            sc->line_start = sc->i;
            if (col)
                counting = false;
            continue;
        } else {
            break;
        }
        sc->i++;
    }
    if (sc->i >= sc->n || is_nl(sc->s[sc->i]) || sc->s[sc->i] == '#')
        return;
    uint32_t cur = sc->nindents ? sc->indents[sc->nindents - 1] : 0;
    if (col > cur) {
        if (sc->nindents < MAX_INDENTS)
            sc->indents[sc->nindents++] = col;
        emit(sc, PT_INDENT, ls, sc->i, false, false);
        sc->nonempty = false;
    } else {
        while (sc->nindents && sc->indents[sc->nindents - 1] > col) {
            sc->nindents--;
            emit(sc, PT_DEDENT, sc->i, sc->i, false, false);
        }
        sc->nonempty = false;
    }
}

static void scan_token(Scanner *sc)
{
    const char *s = sc->s;
    char c = s[sc->i];
    uint32_t start = sc->i;
    if (c == ' ' || c == '\t' || c == '\f') {
        sc->i++;
        return;
    }
    if (c == '#') {
        while (sc->i < sc->n && !is_nl(s[sc->i]))
            sc->i++;
        emit(sc, PT_COMMENT, start, sc->i, false, false);
        add_range(sc, &sc->comments, start, sc->i);
        return;
    }
    if (is_nl(c)) {
        newline_token(sc);
        return;
    }
    if (c == '\\') {
        uint32_t k = nl_len(sc, sc->i + 1);
        if (k) {
            if (!vec_push(&sc->cont, sc->line_start))
                sc->oom = true;
            sc->i += 1 + k;
            sc->line_start = sc->i;
            return;
        }
        sc->i++;
        emit(sc, PT_OTHER, start, sc->i, false, false);
        return;
    }
    if (c == '"' || c == '\'') {
        scan_string(sc, start);
        return;
    }
    if (is_name_char((unsigned char)c) && !(c >= '0' && c <= '9')) {
        while (sc->i < sc->n && is_name_char((unsigned char)s[sc->i]))
            sc->i++;
        bool f, t, raw;
        if (sc->i < sc->n && (s[sc->i] == '"' || s[sc->i] == '\'') && string_prefix(s + start, sc->i - start, &f, &t, &raw)) {
            if (f || t)
                start_fstring(sc, start, raw, t);
            else
                scan_string(sc, start);
            return;
        }
        emit(sc, PT_OTHER, start, sc->i, false, false);
        return;
    }
    if ((c >= '0' && c <= '9') || (c == '.' && sc->i + 1 < sc->n && s[sc->i + 1] >= '0' && s[sc->i + 1] <= '9')) {
        sc->i++;
        while (sc->i < sc->n) {
            char d = s[sc->i];
            if ((d == '+' || d == '-') && ((s[sc->i - 1] | 0x20) == 'e'))
                sc->i++;
            else if (is_name_char((unsigned char)d) || d == '.')
                sc->i++;
            else
                break;
        }
        emit(sc, PT_OTHER, start, sc->i, false, false);
        return;
    }
    FString *f = sc->nfs ? &sc->fs[sc->nfs - 1] : NULL;
    sc->i++;
    if (c == '(' || c == '[' || c == '{') {
        sc->depth++;
    } else if (c == ')' || c == ']' || c == '}') {
        if (f && f->in_expr && c == '}' && f->nfields && sc->depth == f->fields[f->nfields - 1].depth) {
            f->nfields--;
            f->in_expr = false;
        }
        if (sc->depth > 0)
            sc->depth--;
    } else if (c == ':' && f && f->in_expr && f->nfields && sc->depth == f->fields[f->nfields - 1].depth) {
        f->fields[f->nfields - 1].in_spec = true;
        f->in_expr = false;
    }
    emit(sc, PT_OTHER, start, sc->i, false, false);
}

#define TO_ARENA(a, vec, outp, outn)                                                        \
    do {                                                                                    \
        (outn) = (vec).len;                                                                 \
        (outp) = NULL;                                                                      \
        if ((vec).len) {                                                                    \
            (outp) = arena_alloc((a), sizeof *(vec).data * (vec).len);                      \
            if (!(outp))                                                                    \
                ok = false;                                                                 \
            else                                                                            \
                memcpy((outp), (vec).data, sizeof *(vec).data * (vec).len);                 \
        }                                                                                   \
        vec_free(&(vec));                                                                   \
    } while (0)

bool pytokens_scan(Arena *a, const char *text, uint32_t len, PyTokens *out)
{
    Scanner sc = {.s = text, .n = len, .at_line_start = true};
    memset(out, 0, sizeof *out);
    while (sc.i < sc.n && !sc.oom) {
        FString *f = sc.nfs ? &sc.fs[sc.nfs - 1] : NULL;
        if (f && !f->in_expr) {
            scan_fstring_literal(&sc);
            continue;
        }
        if (sc.at_line_start) {
            indentation(&sc);
            continue;
        }
        scan_token(&sc);
    }
    while (sc.nfs && !sc.oom)
        end_fstring(&sc, sc.n);
    if (sc.nonempty)
        emit(&sc, PT_NEWLINE, sc.n, sc.n, false, false);
    while (sc.nindents--)
        emit(&sc, PT_DEDENT, sc.n, sc.n, false, false);
    bool ok = !sc.oom;
    /* Inner f-strings end first: put the ranges back in source order. */
    for (uint32_t i = 1; i < sc.interp.len; i++) {
        PyRange r = sc.interp.data[i];
        uint32_t j = i;
        while (j > 0 && sc.interp.data[j - 1].start > r.start) {
            sc.interp.data[j] = sc.interp.data[j - 1];
            j--;
        }
        sc.interp.data[j] = r;
    }
    for (uint32_t i = 1; i < sc.multiline.len; i++) {
        PyRange r = sc.multiline.data[i];
        uint32_t j = i;
        while (j > 0 && sc.multiline.data[j - 1].start > r.start) {
            sc.multiline.data[j] = sc.multiline.data[j - 1];
            j--;
        }
        sc.multiline.data[j] = r;
    }
    TO_ARENA(a, sc.toks, out->toks, out->ntoks);
    TO_ARENA(a, sc.comments, out->comments, out->ncomments);
    TO_ARENA(a, sc.multiline, out->multiline, out->nmultiline);
    TO_ARENA(a, sc.interp, out->interp, out->ninterp);
    TO_ARENA(a, sc.cont, out->cont_lines, out->ncont);
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
