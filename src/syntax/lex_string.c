/* lex_string.c: string tokens: plain strings, and the f/t-string mode stack that splits PEP 701
 * f-strings and PEP 750 t-strings into START / MIDDLE / replacement-field tokens / END. */
#include <string.h>

#include "syntax/lex_scan.h"
#include "syntax/lexer_internal.h"


static void push_mode(Lexer *lx, Mode m)
{
    if (lx->nmodes < MAX_MODES)
        lx->modes[lx->nmodes++] = m;
}

uint32_t lx_newline_len(const Lexer *lx, uint32_t p)
{
    if (p >= lx->len)
        return 0;
    if (lx->src[p] == '\n')
        return 1;
    if (lx->src[p] == '\r')
        return p + 1 < lx->len && lx->src[p + 1] == '\n' ? 2 : 1;
    return 0;
}

/* pos is at the opening quote of a string whose prefix started at `start`. */
void lx_lex_string(Lexer *lx, uint32_t start, uint16_t flags)
{
    uint32_t p = lx->pos;
    uint8_t q = lx->src[p];
    bool triple = p + 2 < lx->len && lx->src[p + 1] == q && lx->src[p + 2] == q;
    if (q == '"')
        flags |= TF_DQUOTE;
    if (triple)
        flags |= TF_TRIPLE;
    p += triple ? 3 : 1;
    if (flags & (TF_FSTRING | TF_TSTRING)) {
        emit(lx, (flags & TF_TSTRING) ? TK_TSTRING_START : TK_FSTRING_START, start, p, flags);
        lx_str_mark(lx);
        if ((flags & TF_TSTRING) || !lx->fstr_marked) {
            lx->fstr_marked |= !(flags & TF_TSTRING);
            lx_mark(lx);
        }
        if (lx->toks->first_str == UINT32_MAX)
            lx->toks->first_str = lx->toks->len - 1;
        Mode m = {0, 0, q, triple, flags, (uint16_t)lx->depth, lx->toks->len - 1};
        if (lx->nmodes >= MAX_MODES)
            lx_err(lx, start, p, "too many nested f-strings");
        push_mode(lx, m);
        lx->pos = p;
        return;
    }
    const uint8_t *s = lx->src;
    uint32_t len = lx->len, body = p;
    bool esc = false;
    for (;;) {
        uint8_t c = 0;
        if (triple) {
            /* jump to the next quote character, then look for a backslash before it */
            const uint8_t *hit = memchr(s + p, q, len - p);
            uint32_t qp = hit ? (uint32_t)(hit - s) : len;
            const uint8_t *bs = memchr(s + p, '\\', qp - p);
            p = bs ? (uint32_t)(bs - s) : qp;
        } else {
            p = lx_string_stop(s, p, len, q);
        }
        if (p >= len) {
            syntax_error_addf(lx->errs, lx->a, start, p,
                              "missing closing quote in string literal");
            emit(lx, TK_ERRORTOKEN, start, p, flags);
            lx_mark(lx);
            lx->pos = p;
            return;
        }
        c = s[p];
        if (c == '\\') {
            esc = true;
            p++;
            uint32_t nl = lx_newline_len(lx, p);
            p += nl ? nl : (p < len ? 1 : 0);
        } else if (c == q) {
            if (!triple) {
                p++;
                break;
            }
            if (p + 2 < len && s[p + 1] == q && s[p + 2] == q) {
                p += 3;
                break;
            }
            p++;
        } else { /* a line break ends a single-quoted string */
            lx_err(lx, start, p, "missing closing quote in string literal");
            emit(lx, TK_ERRORTOKEN, start, p, flags);
            lx_mark(lx);
            lx->pos = p;
            return;
        }
    }
    if (esc || (triple && memchr(s + body, '\r', p - body)))
        flags |= TF_ESCAPES;
    emit_sig(lx, TK_STRING, start, p, flags, 0);
    if (triple)
        lx_str_mark(lx);
    lx->pos = p;
}

/* Index of the innermost open f/t-string mode. */
int lx_current_string(const Lexer *lx)
{
    int i = lx->nmodes - 1;
    while (i >= 0 && lx->modes[i].is_field)
        i--;
    return i;
}

/* Close every mode above and including the string at index si (error recovery), restoring brackets. */
void lx_drop_string(Lexer *lx, int si)
{
    if (lx->depth > lx->modes[si].depth)
        lx->depth = lx->modes[si].depth;
    lx->nmodes = si;
}

/* The f/t-string whose *STRING_START is at index `from` just ended: does a token in it hold what
 * version_check reports in f-strings (token.h)? (Unterminated strings are errors, which set the
 * flag at the end of lex_source.) */
static void note_field_text(Lexer *lx, uint32_t from)
{
    const Token *d = lx->toks->data;
    for (uint32_t i = from + 1; i + 1 < lx->toks->len; i++)
        switch (d[i].kind) {
        case TK_STRING: case TK_FSTRING_START: case TK_TSTRING_START: case TK_COMMENT: case TK_NL:
        case TK_NEWLINE: case TK_ERRORTOKEN:
            lx->toks->fstr_field_text = true;
            return;
        default:
            break;
        }
}

/* Lex the literal part of the innermost f/t-string (or of a format spec) up to '{', '}', or its end. */
void lx_fstring_middle(Lexer *lx)
{
    int si = lx_current_string(lx);
    Mode *s = &lx->modes[si];
    Mode *top = &lx->modes[lx->nmodes - 1];
    bool in_spec = top->is_field && top->in_spec;
    bool is_t = (s->flags & TF_TSTRING) != 0;
    TokKind middle = is_t ? TK_TSTRING_MIDDLE : TK_FSTRING_MIDDLE;
    uint16_t mflags = (uint16_t)(s->flags | (in_spec ? TF_SPEC : 0));
    bool raw = (s->flags & TF_RAW) != 0;
    uint32_t start = lx->pos, p = lx->pos;
    for (;;) {
        if (p >= lx->len) {
            if (p > start)
                emit(lx, middle, start, p, mflags);
            lx_err(lx, p, p, s->triple ? (is_t ? "t-string: unterminated triple-quoted string" : "f-string: unterminated triple-quoted string")
                                       : (is_t ? "t-string: unterminated string" : "f-string: unterminated string"));
            lx_drop_string(lx, si);
            lx->pos = p;
            return;
        }
        uint8_t c = lx->src[p];
        if (c == s->quote && (!s->triple || (p + 2 < lx->len && lx->src[p + 1] == c && lx->src[p + 2] == c))) {
            if (in_spec)
                lx_err(lx, p, p + 1, is_t ? "t-string: expecting `}`" : "f-string: expecting `}`");
            if (p > start)
                emit(lx, middle, start, p, mflags);
            uint32_t e = p + (s->triple ? 3 : 1);
            emit(lx, is_t ? TK_TSTRING_END : TK_FSTRING_END, p, e, s->flags);
            lx_str_mark(lx);
            if (!lx->toks->fstr_field_text)
                note_field_text(lx, s->start_tok);
            lx_drop_string(lx, si);
            lx->pos = e;
            return;
        }
        if ((c == '\n' || c == '\r') && !s->triple) {
            if (p > start)
                emit(lx, middle, start, p, mflags);
            lx_err(lx, start, p, is_t ? "t-string: unterminated string" : "f-string: unterminated string");
            lx_drop_string(lx, si);
            lx->pos = p;
            return;
        }
        if (c == '\\') {
            int n = p + 1 < lx->len ? lx->src[p + 1] : -1;
            if (raw) {
                p += (n == s->quote || n == '\\') ? 2 : 1;
            } else if (n == 'N' && p + 2 < lx->len && lx->src[p + 2] == '{') {
                uint32_t q = p + 3;
                while (q < lx->len && lx->src[q] != '}' && lx->src[q] != s->quote && lx->src[q] != '\n')
                    q++;
                p = q < lx->len && lx->src[q] == '}' ? q + 1 : q;
            } else if (n == '{' || n == '}' || n < 0) {
                p++;
            } else {
                uint32_t nl = lx_newline_len(lx, p + 1);
                p += 1 + (nl ? nl : 1);
            }
            continue;
        }
        if (c == '{') {
            if (p + 1 < lx->len && lx->src[p + 1] == '{' && !in_spec) {
                p += 2;
                continue;
            }
            if (p > start)
                emit(lx, middle, start, p, mflags);
            emit(lx, TK_LBRACE, p, p + 1, 0);
            lx_open_bracket(lx, p);
            Mode f = {1, 0, 0, 0, 0, (uint16_t)lx->depth, 0};
            if (lx->nmodes >= MAX_MODES)
                lx_err(lx, p, p + 1, "f-string: expressions nested too deeply");
            push_mode(lx, f);
            lx->pos = p + 1;
            return;
        }
        if (c == '}') {
            if (in_spec) {
                if (p > start)
                    emit(lx, middle, start, p, mflags);
                emit(lx, TK_RBRACE, p, p + 1, 0);
                lx_close_bracket(lx);
                lx->nmodes--;
                lx->pos = p + 1;
                return;
            }
            if (p + 1 < lx->len && lx->src[p + 1] == '}') {
                p += 2;
                continue;
            }
            lx_err(lx, p, p + 1, is_t ? "t-string: single `}` is not allowed" : "f-string: single `}` is not allowed");
            p++;
            continue;
        }
        p++;
    }
}

ByteRange *lex_multiline_string_ranges(Arena *a, const TokenList *toks, uint32_t *n)
{
    *n = 0;
    uint32_t count = 0;
    for (uint32_t i = 0; i < toks->len; i++) {
        const Token *t = &toks->data[i];
        if ((t->kind == TK_STRING || t->kind == TK_FSTRING_MIDDLE || t->kind == TK_TSTRING_MIDDLE) &&
            (t->flags & TF_TRIPLE))
            count++;
    }
    if (!count)
        return NULL;
    ByteRange *r = arena_alloc(a, sizeof(ByteRange) * count);
    if (!r)
        return NULL;
    for (uint32_t i = 0; i < toks->len; i++) {
        const Token *t = &toks->data[i];
        if ((t->kind == TK_STRING || t->kind == TK_FSTRING_MIDDLE || t->kind == TK_TSTRING_MIDDLE) &&
            (t->flags & TF_TRIPLE))
            r[(*n)++] = (ByteRange){t->start, t->end};
    }
    return r;
}
