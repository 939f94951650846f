/* lexer.c: the hand-written Python tokenizer: the driver, indentation, names, numbers, operators (strings in lex_string.c). */
#include <stddef.h>
#include <string.h>

#include "syntax/lex_scan.h"
#include "syntax/lexer.h"
#include "syntax/lexer_internal.h"
#include "syntax/unicode_ident.h"

void lx_err(Lexer *lx, uint32_t start, uint32_t end, const char *msg)
{
    syntax_error_add(lx->errs, lx->a, start, end, msg, false);
}

/* Character classes of bytes (LC_* bits, lexer_internal.h). */
#define L LC_LETTER
#define D LC_DIGIT
#define B LC_BLANK
#define N LC_NEWLINE
#define H LC_HIGH
#define Q LC_QUOTE
const uint8_t lx_class[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, B, N, 0, B, N, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    B, 0, Q, 0, 0, 0, 0, Q, 0, 0, 0, 0, 0, 0, 0, 0,
    D, D, D, D, D, D, D, D, D, D, 0, 0, 0, 0, 0, 0,
    0, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
    L, L, L, L, L, L, L, L, L, L, L, 0, 0, 0, 0, L,
    0, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
    L, L, L, L, L, L, L, L, L, L, L, 0, 0, 0, 0, 0,
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
};
#undef L
#undef D
#undef B
#undef N
#undef H
#undef Q

static bool is_digit(int c) { return c >= 0 && (lx_class[c & 0xFF] & LC_DIGIT); }

/* ---- keywords ---- */

/* Ids beyond the KwIds that keyword_of gives the soft keywords version_check looks for when `soft`
 * (lex_name stores 0 for them in the token). */
enum { KW_SOFT_TYPE = KW__COUNT, KW_SOFT_MATCH };
_Static_assert(KW_SOFT_MATCH < 64, "lex_name keeps a 64-bit mask of the ids it marks");

/* The hard keyword spelled s[0, n), or 0: a switch on the length, then on the first letter, then one
 * comparison (the test keywords_and_soft_keywords checks every line of keywords.def against it).
 * With `soft`, `type` and `match` give KW_SOFT_TYPE and KW_SOFT_MATCH. */
static inline __attribute__((always_inline)) uint8_t keyword_of(const uint8_t *s, uint32_t n, bool soft)
{
#define IS(lit, id) (memcmp(s, lit, sizeof lit - 1) == 0 ? (uint8_t)KW_##id : 0)
    switch (n) {
    case 2:
        switch (s[0]) {
        case 'a': return IS("as", AS);
        case 'i': return s[1] == 'f' ? KW_IF : s[1] == 'n' ? KW_IN : s[1] == 's' ? KW_IS : 0;
        case 'o': return IS("or", OR);
        default: return 0;
        }
    case 3:
        switch (s[0]) {
        case 'a': return IS("and", AND);
        case 'd': return s[1] != 'e' ? 0 : s[2] == 'f' ? KW_DEF : s[2] == 'l' ? KW_DEL : 0;
        case 'f': return IS("for", FOR);
        case 'n': return IS("not", NOT);
        case 't': return IS("try", TRY);
        default: return 0;
        }
    case 4:
        switch (s[0]) {
        case 'N': return IS("None", NONE);
        case 'T': return IS("True", TRUE);
        case 'e': return s[1] != 'l' ? 0 : IS("elif", ELIF) ? KW_ELIF : IS("else", ELSE);
        case 'f': return IS("from", FROM);
        case 'p': return IS("pass", PASS);
        case 'w': return IS("with", WITH);
        case 't': return soft && memcmp(s, "type", 4) == 0 ? (uint8_t)KW_SOFT_TYPE : 0;
        default: return 0;
        }
    case 5:
        switch (s[0]) {
        case 'F': return IS("False", FALSE);
        case 'a': return IS("async", ASYNC) ? KW_ASYNC : IS("await", AWAIT);
        case 'b': return IS("break", BREAK);
        case 'c': return IS("class", CLASS);
        case 'r': return IS("raise", RAISE);
        case 'w': return IS("while", WHILE);
        case 'y': return IS("yield", YIELD);
        case 'm': return soft && memcmp(s, "match", 5) == 0 ? (uint8_t)KW_SOFT_MATCH : 0;
        default: return 0;
        }
    case 6:
        switch (s[0]) {
        case 'a': return IS("assert", ASSERT);
        case 'e': return IS("except", EXCEPT);
        case 'g': return IS("global", GLOBAL);
        case 'i': return IS("import", IMPORT);
        case 'l': return IS("lambda", LAMBDA);
        case 'r': return IS("return", RETURN);
        default: return 0;
        }
    case 7: return IS("finally", FINALLY);
    case 8: return s[0] == 'c' ? IS("continue", CONTINUE) : IS("nonlocal", NONLOCAL);
    default: return 0;
    }
#undef IS
}

/* ---- indentation ---- */

static void indent_to(Lexer *lx, uint32_t start, uint32_t p, uint32_t col, uint32_t alt);

/* At the start of a logical line outside brackets: measure the indentation and emit INDENT/DEDENTs. */
static void lex_indentation(Lexer *lx)
{
    const uint8_t *s = lx->src;
    uint32_t p = lx->pos;
    /* the usual indentation is spaces only */
    p = lx_spaces_end(s, p, lx->len);
    uint32_t col = p - lx->pos, alt = col;
    for (; p < lx->len; p++) {
        uint8_t c = lx->src[p];
        if (c == ' ')
            col++, alt++;
        else if (c == '\t')
            col = (col / 8 + 1) * 8, alt++;
        else if (c == '\f')
            col = alt = 0;
        else
            break;
    }
    uint32_t start = lx->pos;
    lx->pos = p;
    if (p >= lx->len) /* end of file: dedent everything at the end */
        return;
    uint8_t c = lx->src[p];
    if (c == '#' || c == '\n' || c == '\r')
        return; /* blank or comment-only line: no indentation change */
    indent_to(lx, start, p, col, alt);
}

/* The indentation s[start, p) of a line holding a token measures col (tabs to 8) and alt (tabs to
 * 1): emit INDENT or DEDENTs, or report an inconsistency. */
static void indent_to(Lexer *lx, uint32_t start, uint32_t p, uint32_t col, uint32_t alt)
{
    if (col == lx->indstack[lx->indent]) {
        if (alt != lx->altstack[lx->indent])
            lx_err(lx, start, p, "inconsistent use of tabs and spaces in indentation");
    } else if (col > lx->indstack[lx->indent]) {
        if (lx->indent + 1 >= LEX_MAX_INDENT) {
            lx_err(lx, start, p, "too many levels of indentation");
            return;
        }
        if (alt <= lx->altstack[lx->indent])
            lx_err(lx, start, p, "inconsistent use of tabs and spaces in indentation");
        lx->indent++;
        lx->indstack[lx->indent] = col;
        lx->altstack[lx->indent] = alt;
        emit(lx, TK_INDENT, start, p, 0);
    } else {
        while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
            lx->indent--;
            emit(lx, TK_DEDENT, p, p, 0);
        }
        if (col != lx->indstack[lx->indent])
            lx_err(lx, start, p, "unindent does not match any outer indentation level");
        else if (alt != lx->altstack[lx->indent])
            lx_err(lx, start, p, "inconsistent use of tabs and spaces in indentation");
    }
}

/* The usual start of a line: spaces only, then a token or a blank or comment-only line. Returns
 * the offset past the spaces (*change set when the line holds a token at another indentation
 * than the current one), or UINT32_MAX when lex_indentation must look (a tab or form feed, the
 * end of the file). */
static inline uint32_t indentation_fast(const Lexer *lx, uint32_t p, bool *change)
{
    const uint8_t *s = lx->src;
    uint32_t len = lx->len, q = lx_spaces_end(s, p, len);
    if (q >= len)
        return UINT32_MAX;
    uint8_t c = s[q];
    if (c == '#' || c == '\n' || c == '\r')
        return q; /* blank or comment-only line: no indentation change */
    if (c == '\t' || c == '\f')
        return UINT32_MAX;
    *change = q - p != lx->indstack[lx->indent] || q - p != lx->altstack[lx->indent];
    return q;
}

/* ---- names ---- */

/* Length of the UTF-8 sequence at p if it decodes to an identifier character (start or continue), else 0. */
static uint32_t ident_char_len(const Lexer *lx, uint32_t p, bool start)
{
    int32_t cp;
    uint32_t n = utf8_decode(lx->src + p, lx->len - p, &cp);
    if (n == 0)
        return 0;
    return (start ? uni_is_xid_start(cp) : uni_is_xid_continue(cp)) ? n : 0;
}

void lx_bad_char(Lexer *lx)
{
    uint32_t p = lx->pos;
    int32_t cp;
    uint32_t n = utf8_decode(lx->src + p, lx->len - p, &cp);
    if (n == 0) {
        syntax_error_addf(lx->errs, lx->a, p, p + 1, "invalid non-UTF-8 byte 0x%02x", lx->src[p]);
        n = 1;
    } else if (cp < 0x80 && cp >= 0x20 && cp != 0x7f) {
        syntax_error_addf(lx->errs, lx->a, p, p + n, "Got unexpected token %c", (char)cp);
    } else if (cp < 0x80) {
        syntax_error_addf(lx->errs, lx->a, p, p + n, "Got unexpected token U+%04X", (unsigned)cp);
    } else {
        syntax_error_addf(lx->errs, lx->a, p, p + n, "Got unexpected token %.*s", (int)n, (const char *)lx->src + p);
    }
    emit(lx, TK_ERRORTOKEN, p, p + n, 0);
    lx_mark(lx);
    lx->pos = p + n;
}

/* String prefix flags for s[0, n) when it is a valid prefix, else -1. */
static int string_prefix(const uint8_t *s, uint32_t n)
{
    if (n == 0 || n > 2)
        return -1;
    int f = 0;
    for (uint32_t i = 0; i < n; i++) {
        int bit;
        switch (s[i] | 0x20) {
        case 'r': bit = TF_RAW | (s[i] == 'R' ? TF_UPPER_R : 0); break;
        case 'b': bit = TF_BYTES; break;
        case 'u': bit = TF_UNICODE; break;
        case 'f': bit = TF_FSTRING; break;
        case 't': bit = TF_TSTRING; break;
        default: return -1;
        }
        if (f & bit & ~TF_UPPER_R)
            return -1;
        f |= bit;
    }
    if (n == 2) {
        /* the two-letter prefixes all contain r: br, rb, fr, rf, tr, rt */
        if (!(f & TF_RAW))
            return -1;
    }
    return f;
}


/* The names version_check looks at (token.h). */
#define MARKED_NAMES (1ull << KW_EXCEPT | 1ull << KW_ASYNC | 1ull << KW_WITH | 1ull << KW_SOFT_TYPE | 1ull << KW_SOFT_MATCH)

/* NAME -> identifier (a hard keyword gets its KwId), or the prefix of a string literal. */
static void lex_name(Lexer *lx)
{
    const uint8_t *s = lx->src;
    uint32_t start = lx->pos, p = start, len = lx->len;
    uint16_t flags = 0;
    for (;;) {
        p = lx_ident_end(s, p, len);
        if (p >= len || s[p] < 0x80)
            break;
        uint32_t n = ident_char_len(lx, p, p == start);
        if (!n)
            break;
        flags = TF_NONASCII;
        p += n;
    }
    if (p == start) {
        lx_bad_char(lx);
        return;
    }
    if (p - start <= 2 && p < len && (s[p] == '"' || s[p] == '\'')) {
        int f = string_prefix(s + start, p - start);
        if (f >= 0) {
            lx->pos = p;
            lx_lex_string(lx, start, (uint16_t)f);
            return;
        }
    }
    uint8_t kw = flags ? 0 : keyword_of(s + start, p - start, true);
    emit_sig(lx, TK_NAME, start, p, flags, kw);
    lx->pos = p;
    if (__builtin_expect((MARKED_NAMES >> kw) & 1, 0))
        lx_mark_name(lx);
}

/* ---- recovery from unclosed brackets ---- */

/* Whether the line starting at lx->pos begins with a keyword that only a statement can start
 * with (def, class, return, import, ...): never valid inside brackets. */
static bool statement_line_follows(const Lexer *lx)
{
    const uint8_t *s = lx->src;
    uint32_t q = lx_spaces_end(s, lx->pos, lx->len);
    while (q < lx->len && (lx_class[s[q]] & LC_BLANK))
        q++;
    if (q >= lx->len || !(lx_class[s[q]] & LC_LETTER))
        return false;
    uint32_t e = lx_ident_end(s, q, lx->len);
    if (e == q || (e < lx->len && s[e] >= 0x80))
        return false;
    switch (keyword_of(s + q, e - q, false)) {
    case KW_DEF: case KW_CLASS: case KW_RETURN: case KW_IMPORT: case KW_PASS: case KW_BREAK: case KW_CONTINUE:
    case KW_RAISE: case KW_GLOBAL: case KW_NONLOCAL: case KW_DEL: case KW_ASSERT: case KW_WHILE: case KW_TRY:
    case KW_EXCEPT: case KW_FINALLY: case KW_WITH: case KW_ELIF:
        return true;
    default:
        return false;
    }
}

/* A statement keyword began a line inside brackets, so the brackets were never closed. As Ruff
 * does, end the logical line at the first line break after the last token (that NL becomes a
 * NEWLINE, which the parser reports as unexpected) and lex on as if the brackets were closed. */
static void close_brackets_at_newline(Lexer *lx)
{
    if (lx->bracket_nl < lx->toks->len && lx->toks->data[lx->bracket_nl].kind == TK_NL)
        lx->toks->data[lx->bracket_nl].kind = TK_NEWLINE;
    lx->depth = 0;
}

/* ---- driver ---- */

/* The case labels of the bytes that start an ASCII name. */
#define LX_LETTER_CASES \
    case 'A': case 'B': case 'C': case 'D': case 'E': case 'F': case 'G': case 'H': case 'I': case 'J': case 'K': case 'L': case 'M': \
    case 'N': case 'O': case 'P': case 'Q': case 'R': case 'S': case 'T': case 'U': case 'V': case 'W': case 'X': case 'Y': case 'Z': \
    case 'a': case 'b': case 'c': case 'd': case 'e': case 'f': case 'g': case 'h': case 'i': case 'j': case 'k': case 'l': case 'm': \
    case 'n': case 'o': case 'p': case 'q': case 'r': case 's': case 't': case 'u': case 'v': case 'w': case 'x': case 'y': case 'z': \
    case '_'

/* The byte at p, or -1 past the end. */
static inline int peek(const uint8_t *s, uint32_t p, uint32_t len) { return p < len ? s[p] : -1; }

/* Write a token at d (the caller made room). */
static inline void put_token(Token *d, TokKind kind, uint32_t start, uint32_t end, uint8_t kw, uint16_t flags)
{
    *d = (Token){.start = start, .end = end, .kind = (uint8_t)kind, .kw = kw, .flags = flags};
}

/* A line indented by spaces s[start, p) to another column than the current one: when that is one
 * INDENT, or DEDENTs back to an enclosing level, without an error, append them at *w and return
 * true; false (nothing done) leaves the line to indent_to. */
static inline bool indent_change_fast(Lexer *lx, Token **w, const Token *lim, uint32_t start, uint32_t p)
{
    uint32_t col = p - start;
    int top = lx->indent;
    if (lim - *w < LEX_MAX_INDENT)
        return false;
    if (col > lx->indstack[top]) {
        if (top + 1 >= LEX_MAX_INDENT || col <= lx->altstack[top])
            return false;
        lx->indent = ++top;
        lx->indstack[top] = lx->altstack[top] = col;
        put_token((*w)++, TK_INDENT, start, p, 0, 0);
    } else {
        int t = top;
        while (t > 0 && col < lx->indstack[t])
            t--;
        if (t == top || col != lx->indstack[t] || col != lx->altstack[t])
            return false;
        lx->indent = t;
        for (; top > t; top--)
            put_token((*w)++, TK_DEDENT, p, p, 0, 0);
    }
    lx->line_has_tokens = true;
    return true;
}

/* CPython decodes the whole file first: report the first byte that is not UTF-8. */
static void check_utf8(Lexer *lx)
{
    uint32_t i = lx->pos;
    while ((i = lx_ascii_end(lx->src, i, lx->len)) < lx->len) {
        int32_t cp;
        uint32_t n = utf8_decode(lx->src + i, lx->len - i, &cp);
        if (!n) {
            syntax_error_addf(lx->errs, lx->a, i, i + 1,
                              "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %u: invalid "
                              "start byte",
                              lx->src[i], i);
            return;
        }
        i += n;
    }
}

/* At the end of the source: close what is open, then NEWLINE / NL, DEDENTs and ENDMARKER. */
static void lex_end(Lexer *lx)
{
    uint32_t p = lx->pos;
    if (lx->nmodes) {
        int si = lx_current_string(lx);
        lx_err(lx, p, p, (lx->modes[si].flags & TF_TSTRING) ? "t-string: expecting `}`" : "f-string: expecting `}`");
        lx_drop_string(lx, 0);
    }
    if (lx->depth > 0) /* an unclosed bracket: reported at the end, as Ruff does */
        lx_err(lx, p, p, "unexpected EOF while parsing");
    if (lx->line_has_tokens)
        emit(lx, TK_NEWLINE, p, p, 0);
    else if (p > 0 && lx->src[p - 1] != '\n' && lx->src[p - 1] != '\r')
        emit(lx, TK_NL, p, p, 0); /* a last blank or comment line without its line break */
    while (lx->indent > 0) {
        lx->indent--;
        emit(lx, TK_DEDENT, p, p, 0);
    }
    emit(lx, TK_ENDMARKER, p, p, 0);
}

/* At a line break: NEWLINE ending a logical line, or NL. */
static void lex_newline(Lexer *lx)
{
    uint32_t p = lx->pos;
    uint32_t n = lx_newline_len(lx, p);
    bool logical = lx->depth == 0 && lx->line_has_tokens;
    if (!logical && lx->depth > 0 && lx->toks->len && lx->toks->data[lx->toks->len - 1].kind != TK_NL &&
        lx->toks->data[lx->toks->len - 1].kind != TK_COMMENT)
        lx->bracket_nl = lx->toks->len; /* the first line break after a token inside brackets */
    emit_token(lx, logical ? TK_NEWLINE : TK_NL, p, p + n, 0, 0);
    lx->pos = p + n;
    if (lx->depth > 0 && lx->nmodes == 0 && lx->overflow == 0 && statement_line_follows(lx))
        close_brackets_at_newline(lx);
    if (lx->depth == 0) {
        lx->at_bol = true;
        lx->line_has_tokens = false;
    }
}

/* A backslash outside strings: a line continuation, or an error. */
static void lex_backslash(Lexer *lx)
{
    uint32_t p = lx->pos;
    uint32_t n = lx_newline_len(lx, p + 1);
    if (n) {
        lx->pos = p + 1 + n;
    } else if (p + 1 >= lx->len) {
        lx_err(lx, p, p + 1, "unexpected EOF while parsing");
        lx->pos = p + 1;
    } else {
        lx_err(lx, p, p + 1, "Expected a newline after line continuation character");
        emit(lx, TK_ERRORTOKEN, p, p + 1, 0);
        lx_mark(lx);
        lx->pos = p + 1;
    }
}

bool lex_source(Arena *a, const char *src, uint32_t len, TokenList *toks, SyntaxErrors *errs)
{
    Lexer *lx = arena_alloc_raw(a, sizeof(Lexer));
    if (!lx)
        return false;
    memset(lx, 0, offsetof(Lexer, indstack));
    lx->indstack[0] = lx->altstack[0] = 0;
    lx->a = a;
    lx->src = (const uint8_t *)src;
    lx->len = len;
    lx->toks = toks;
    lx->errs = errs;
    uint32_t start_len = toks->len; /* the marks hold the indices of a list lexed from empty */
    toks->nmarks = 0;
    toks->first_str = UINT32_MAX;
    toks->marks_valid = false;
    toks->nstrs = 0;
    toks->strs_valid = false;
    toks->fstr_field_text = false;
    uint32_t start_errs = errs->len;
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0)
        lx->pos = 3;
    check_utf8(lx);
    /* the tight scanning loops stop at a line break without a bounds test when one lies at or
     * after where they start: scan_end is the last line break */
    lx->scan_end = len;
    while (lx->scan_end > 0 && !(lx_class[(uint8_t)src[lx->scan_end - 1]] & LC_NEWLINE))
        lx->scan_end--;
    if (lx->scan_end > 0)
        lx->scan_end--;
    /* a rough first guess of the token count saves most regrowth */
    if (!arena_grow(a, (void **)&toks->data, &toks->cap, len / 4 + 16, sizeof(Token)))
        return false;

    /* The hot loop keeps the position and the token write cursor in locals: SYNC hands them to a
     * helper (which reads and moves lx->pos and toks->len), RESUME takes them back after it. The
     * fast paths append one token each without a helper and go straight to the next token: they
     * change neither the f-string modes nor lx->oom, which the top of the loop looks at. */
    const uint8_t *s = lx->src;
    const uint32_t scan_end = lx->scan_end;
    uint32_t p;
    Token *w, *lim;
#define SYNC() (lx->pos = p, toks->len = (uint32_t)(w - toks->data))
#define RESUME() (p = lx->pos, w = toks->data + toks->len, lim = toks->data + toks->cap)
    /* the first line's indentation */
    lex_indentation(lx);
    RESUME();
    while (!lx->oom) {
        if (__builtin_expect(lx->nmodes != 0, 0)) {
            const Mode *top = &lx->modes[lx->nmodes - 1];
            if (!top->is_field || top->in_spec) {
                SYNC();
                lx_fstring_middle(lx);
                RESUME();
                continue;
            }
        }
    next_token:
        /* room for the one token each fast path below appends */
        if (__builtin_expect(w == lim, 0)) {
            SYNC();
            if (!arena_grow(a, (void **)&toks->data, &toks->cap, toks->len + 1, sizeof(Token))) {
                lx->oom = true;
                break;
            }
            RESUME();
        }
        uint8_t c;
        if (p < scan_end) {
            /* spaces (tabs and form feeds in the switch below) stop at the line break at scan_end
             * at the latest */
            while ((c = s[p]) == ' ')
                p++;
        } else {
            while (p < len && (lx_class[s[p]] & LC_BLANK))
                p++;
            if (p >= len) {
                SYNC();
                lex_end(lx);
                break;
            }
            c = s[p];
        }
        switch (c) {
        LX_LETTER_CASES: {
            /* an ASCII name that is no string prefix: a keyword or an identifier */
            uint32_t e = lx_ident_end(s, p + 1, len);
            if (e < len && (lx_class[s[e]] & (LC_HIGH | LC_QUOTE)) && (s[e] >= 0x80 || e - p <= 2)) {
                SYNC();
                lex_name(lx);
                RESUME();
                continue;
            }
            uint8_t kw = keyword_of(s + p, e - p, true);
            put_token(w++, TK_NAME, p, e, kw, 0);
            lx->line_has_tokens = true;
            p = e;
            if (__builtin_expect((MARKED_NAMES >> kw) & 1, 0)) {
                SYNC();
                lx_mark_name(lx);
                RESUME();
                continue; /* marking may run out of memory */
            }
            goto next_token;
        }
        /* the commonest tokens, which need no helper */
        case '(': case '[': case '{':
            put_token(w++, c == '(' ? TK_LPAR : c == '[' ? TK_LSQB : TK_LBRACE, p, p + 1, 0, 0);
            lx->line_has_tokens = true;
            if (c == '[') {
                SYNC();
                lx_mark_type_params(lx);
                RESUME();
            }
            lx_open_bracket(lx, p);
            p++;
            if (c == '[')
                continue; /* marking may run out of memory */
            goto next_token;
        case ')': case ']':
            put_token(w++, c == ')' ? TK_RPAR : TK_RSQB, p, p + 1, 0, 0);
            lx->line_has_tokens = true;
            lx_close_bracket(lx);
            p++;
            goto next_token;
        case ',':
            put_token(w++, TK_COMMA, p, p + 1, 0, 0);
            lx->line_has_tokens = true;
            p++;
            goto next_token;
        case '=':
            if (peek(s, p + 1, len) == '=')
                break;
            put_token(w++, TK_EQUAL, p, p + 1, 0, 0);
            lx->line_has_tokens = true;
            p++;
            goto next_token;
        case ':': case '}':
            if (lx->nmodes != 0 || peek(s, p + 1, len) == '=')
                break; /* a replacement field's ':' or '}', or ':=' */
            put_token(w++, c == ':' ? TK_COLON : TK_RBRACE, p, p + 1, 0, 0);
            lx->line_has_tokens = true;
            if (c == '}')
                lx_close_bracket(lx);
            p++;
            goto next_token;
        case '.': {
            int next = peek(s, p + 1, len);
            if (next == '.')
                break;
            if (next >= 0 && is_digit(next)) {
                SYNC();
                lx_lex_number(lx);
                RESUME();
                continue;
            }
            put_token(w++, TK_DOT, p, p + 1, 0, 0);
            lx->line_has_tokens = true;
            p++;
            goto next_token;
        }
        case '\n': case '\r':
            if (lx->depth == 0) {
                /* the line break of a logical line, or of a blank line, outside brackets */
                uint32_t e = p + 1 + (c == '\r' && peek(s, p + 1, len) == '\n');
                put_token(w++, lx->line_has_tokens ? TK_NEWLINE : TK_NL, p, e, 0, 0);
                lx->line_has_tokens = false;
                p = e;
                if (lx->nmodes != 0)
                    goto next_token;
                bool change = false;
                uint32_t q = indentation_fast(lx, p, &change);
                if (q != UINT32_MAX && (!change || indent_change_fast(lx, &w, lim, p, q))) {
                    p = q;
                    goto next_token;
                }
                SYNC();
                if (q == UINT32_MAX) {
                    lex_indentation(lx);
                } else {
                    indent_to(lx, p, q, q - p, q - p);
                    lx->pos = q;
                }
                RESUME();
                continue;
            }
            SYNC();
            lex_newline(lx);
            if (lx->at_bol) {
                lx->at_bol = false;
                if (lx->depth == 0 && lx->nmodes == 0)
                    lex_indentation(lx);
            }
            RESUME();
            continue;
        case '#': {
            uint32_t e = lx_eol(s, p, len);
            lx_str_mark_at(lx, (uint32_t)(w - toks->data));
            put_token(w++, TK_COMMENT, p, e, 0, 0);
            p = e;
            goto next_token;
        }
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9': {
            /* a plain decimal integer (no '_', '.', exponent, suffix or leading zero) */
            uint32_t e = p + 1;
            while (e < len && (lx_class[s[e]] & LC_DIGIT))
                e++;
            if ((c != '0' || e == p + 1) &&
                (e == len || (!(lx_class[s[e]] & (LC_LETTER | LC_DIGIT | LC_HIGH)) && s[e] != '.'))) {
                put_token(w++, TK_NUMBER, p, e, 0, 0);
                lx->line_has_tokens = true;
                p = e;
                goto next_token;
            }
            SYNC();
            lx_lex_number(lx);
            RESUME();
            continue;
        }
        case '"': case '\'':
            if (peek(s, p + 1, len) != c) {
                /* a single-quoted string without a backslash */
                uint32_t e = lx_string_stop(s, p + 1, len, c);
                if (e < len && s[e] == c) {
                    put_token(w++, TK_STRING, p, e + 1, 0, c == '"' ? TF_DQUOTE : 0);
                    lx->line_has_tokens = true;
                    p = e + 1;
                    goto next_token;
                }
            }
            SYNC();
            lx_lex_string(lx, p, 0);
            RESUME();
            continue;
        case '\t': case '\f':
            while (lx_class[s[p]] & LC_BLANK) /* stops at the line break at scan_end at the latest */
                p++;
            goto next_token;
        case '\\':
            SYNC();
            lex_backslash(lx);
            RESUME();
            continue;
        default:
            if (c >= 0x80) {
                SYNC();
                lex_name(lx);
                RESUME();
                continue;
            }
            break;
        }
        /* every other operator, and the operators above in their rarer spellings */
        SYNC();
        lx_lex_operator(lx);
        RESUME();
    }
#undef SYNC
#undef RESUME
    if (toks->first_str == UINT32_MAX)
        toks->first_str = toks->len;
    toks->marks_valid = !lx->oom && start_len == 0;
    toks->strs_valid = toks->marks_valid;
    if (errs->len != start_errs || errs->oom) /* unterminated strings and the like: no shortcut */
        toks->fstr_field_text = true;
    return !lx->oom;
}
