/* toml_lex.c: the TOML reader's cursor: positions, errors, text checks, whitespace, strings, keys. */
#include "config/toml_lex.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void lx_init(TomlLexer *lx, Arena *a, const char *src, size_t len, TomlError *err)
{
    memset(lx, 0, sizeof *lx);
    lx->a = a;
    lx->src = src;
    lx->len = len;
    lx->err = err;
    lx->loc_line = 1;
    lx->loc_col = 1;
}

void lx_finish(TomlLexer *lx) { buf_free(&lx->scratch); }

void lx_where(TomlLexer *lx, size_t pos, uint32_t *line, uint32_t *col)
{
    if (pos > lx->len)
        pos = lx->len;
    if (pos < lx->start)
        pos = lx->start;
    if (pos < lx->loc_pos) {
        /* Backwards (a header's '[' after its key, an error at a string's opening quote): count
         * the newlines in between, then the column from the start of pos's line. */
        uint32_t line = lx->loc_line;
        for (size_t i = pos; i < lx->loc_pos; i++)
            line -= lx->src[i] == '\n';
        size_t bol = pos;
        while (bol > lx->start && lx->src[bol - 1] != '\n')
            bol--;
        uint32_t col = 1;
        for (size_t i = bol; i < pos; i++)
            col += ((unsigned char)lx->src[i] & 0xC0) != 0x80;
        lx->loc_pos = pos;
        lx->loc_line = line;
        lx->loc_col = col;
    }
    for (size_t i = lx->loc_pos; i < pos; i++) {
        unsigned char c = (unsigned char)lx->src[i];
        if (c == '\n') {
            lx->loc_line++;
            lx->loc_col = 1;
        } else if ((c & 0xC0) != 0x80) {
            lx->loc_col++;
        }
    }
    lx->loc_pos = pos;
    *line = lx->loc_line;
    *col = lx->loc_col;
}

bool lx_error(TomlLexer *lx, size_t pos, const char *fmt, ...)
{
    if (lx->failed)
        return false;
    lx->failed = true;
    lx_where(lx, pos, &lx->err->line, &lx->err->col);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(lx->err->message, sizeof lx->err->message, fmt, ap);
    va_end(ap);
    return false;
}

bool lx_oom(TomlLexer *lx) { return lx_error(lx, lx->pos, "out of memory"); }

/* The length of the UTF-8 sequence at s[0..n) encoding a Unicode scalar value, or 0. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    size_t len;
    uint32_t cp, min;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2, cp = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3, cp = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4, cp = c & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (n < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

bool lx_check_text(TomlLexer *lx)
{
    const unsigned char *s = (const unsigned char *)lx->src;
    size_t n = lx->len;
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
        lx->start = lx->pos = lx->loc_pos = 3;
    }
    for (size_t i = lx->start; i < n;) {
        unsigned char c = s[i];
        if (c >= 0x80) {
            size_t k = utf8_seq(s + i, n - i);
            if (!k)
                return lx_error(lx, i, "invalid UTF-8 byte 0x%02X", c);
            i += k;
            continue;
        }
        if (c == '\r' && (i + 1 >= n || s[i + 1] != '\n'))
            return lx_error(lx, i, "carriage return not followed by a line feed");
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
            return lx_error(lx, i, "control character U+%04X is not allowed", c);
        i++;
    }
    return true;
}

void lx_skip_ws(TomlLexer *lx)
{
    while (lx->pos < lx->len && (lx->src[lx->pos] == ' ' || lx->src[lx->pos] == '\t'))
        lx->pos++;
}

bool lx_skip_newline(TomlLexer *lx)
{
    if (lx_peek(lx) == '\n') {
        lx->pos++;
        return true;
    }
    if (lx_peek(lx) == '\r' && lx_peek_at(lx, 1) == '\n') {
        lx->pos += 2;
        return true;
    }
    return false;
}

void lx_skip_comment(TomlLexer *lx)
{
    if (lx_peek(lx) != '#')
        return;
    while (lx->pos < lx->len && !lx_at_newline(lx))
        lx->pos++;
}

bool lx_end_of_line(TomlLexer *lx, const char *after)
{
    lx_skip_ws(lx);
    lx_skip_comment(lx);
    if (lx_eof(lx) || lx_skip_newline(lx))
        return true;
    return lx_error(lx, lx->pos, "unexpected text after %s (expected a newline or a comment)", after);
}

void lx_skip_ws_comments_newlines(TomlLexer *lx)
{
    for (;;) {
        lx_skip_ws(lx);
        lx_skip_comment(lx);
        if (!lx_skip_newline(lx))
            return;
    }
}

/* ---- strings ---- */

static bool is_hex(int c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }

static int hex_val(int c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }

static void put_utf8(Buf *b, uint32_t cp)
{
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp, n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6)), u[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12)), u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18)), u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), u[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
    }
    buf_append(b, u, n);
}

/* escape -> '\' ( b | t | n | f | r | " | \ | uXXXX | UXXXXXXXX ); the cursor is at '\'. In
 * multi-line strings, a '\' that ends a line also swallows the following whitespace and newlines. */
static bool scan_escape(TomlLexer *lx, bool multiline)
{
    size_t at = lx->pos;
    int c = lx_peek_at(lx, 1);
    const char *simple = NULL;
    switch (c) {
    case 'b': simple = "\b"; break;
    case 't': simple = "\t"; break;
    case 'n': simple = "\n"; break;
    case 'f': simple = "\f"; break;
    case 'r': simple = "\r"; break;
    case '"': simple = "\""; break;
    case '\\': simple = "\\"; break;
    default: break;
    }
    if (simple) {
        buf_putc(&lx->scratch, *simple);
        lx->pos += 2;
        return true;
    }
    if (c == 'u' || c == 'U') {
        int digits = c == 'u' ? 4 : 8;
        uint32_t cp = 0;
        for (int i = 0; i < digits; i++) {
            int h = lx_peek_at(lx, 2 + (size_t)i);
            if (!is_hex(h))
                return lx_error(lx, at, "\\%c escape needs %d hexadecimal digits", c, digits);
            cp = (cp << 4) | (uint32_t)hex_val(h);
        }
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return lx_error(lx, at, "escape \\%c%.*s is not a Unicode scalar value", c, digits,
                            lx->src + at + 2);
        put_utf8(&lx->scratch, cp);
        lx->pos += 2 + (size_t)digits;
        return true;
    }
    if (multiline) {
        /* Line-ending backslash: '\' ws* newline, then skip all whitespace and newlines. */
        size_t save = lx->pos;
        lx->pos++;
        lx_skip_ws(lx);
        if (lx_at_newline(lx)) {
            while (lx_skip_newline(lx) || lx_peek(lx) == ' ' || lx_peek(lx) == '\t')
                lx_skip_ws(lx);
            return true;
        }
        lx->pos = save;
    }
    if (c == 0 || c == '\n' || c == '\r')
        return lx_error(lx, at, "backslash at the end of a single-line string");
    if (c < 0x80)
        return lx_error(lx, at, "invalid escape sequence '\\%c'", c);
    return lx_error(lx, at, "invalid escape sequence (a backslash before a non-ASCII character)");
}

/* Finish the scratch buffer into the arena. */
static bool take_scratch(TomlLexer *lx, TomlText *out)
{
    Buf *b = &lx->scratch;
    if (b->failed || b->len > UINT32_MAX)
        return lx_oom(lx);
    char *s = arena_strndup(lx->a, b->data ? b->data : "", b->len);
    if (!s)
        return lx_oom(lx);
    out->ptr = s;
    out->len = (uint32_t)b->len;
    return true;
}

/* basic-string -> '"' basic-char* '"' ; ml-basic-string -> '"""' newline? ml-basic-body '"""'
 * literal-string -> "'" literal-char* "'" ; ml-literal-string -> "'''" newline? ml-literal-body "'''" */
bool lx_string(TomlLexer *lx, bool as_key, TomlText *out)
{
    size_t open = lx->pos;
    int q = lx_peek(lx);
    bool literal = q == '\'';
    bool multiline = lx_peek_at(lx, 1) == q && lx_peek_at(lx, 2) == q;
    if (multiline && as_key)
        return lx_error(lx, open, "a multi-line string cannot be a key");
    lx->scratch.len = 0;
    lx->scratch.failed = false;
    if (multiline) {
        lx->pos += 3;
        lx_skip_newline(lx); /* a newline right after the opening delimiter is trimmed */
    } else {
        lx->pos += 1;
    }
    for (;;) {
        if (lx_eof(lx))
            return lx_error(lx, open, "unterminated string");
        int c = lx_peek(lx);
        if (c == q) {
            if (!multiline) {
                lx->pos++;
                break;
            }
            size_t run = 0;
            while (lx_peek_at(lx, run) == q)
                run++;
            if (run >= 3) {
                /* Up to two quotes may sit right before the closing delimiter. */
                if (run > 5)
                    run = 5;
                for (size_t i = 3; i < run; i++)
                    buf_putc(&lx->scratch, (char)q);
                lx->pos += run;
                break;
            }
            for (size_t i = 0; i < run; i++)
                buf_putc(&lx->scratch, (char)q);
            lx->pos += run;
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (!multiline)
                return lx_error(lx, lx->pos, "newline in a single-line string (unterminated string?)");
            lx_skip_newline(lx);
            buf_putc(&lx->scratch, '\n');
            continue;
        }
        if (c == '\\' && !literal) {
            if (!scan_escape(lx, multiline))
                return false;
            continue;
        }
        buf_putc(&lx->scratch, (char)c);
        lx->pos++;
    }
    return take_scratch(lx, out);
}

/* simple-key -> quoted-key | unquoted-key ; unquoted-key -> ( ALPHA / DIGIT / '-' / '_' )+ */
bool lx_simple_key(TomlLexer *lx, TomlText *out)
{
    int c = lx_peek(lx);
    if (c == '"' || c == '\'')
        return lx_string(lx, true, out);
    size_t start = lx->pos;
    while (lx_is_bare(lx_peek(lx)))
        lx->pos++;
    if (lx->pos == start) {
        if (lx_eof(lx) || lx_at_newline(lx))
            return lx_error(lx, start, "expected a key before the end of the line");
        if (c < 0x80 && c >= 0x20)
            return lx_error(lx, start, "expected a key, found '%c'", c);
        return lx_error(lx, start, "expected a key (bare keys may only hold A-Z a-z 0-9 _ -)");
    }
    char *s = arena_strndup(lx->a, lx->src + start, lx->pos - start);
    if (!s)
        return lx_oom(lx);
    out->ptr = s;
    out->len = (uint32_t)(lx->pos - start);
    return true;
}

TomlValue *lx_new_value(TomlLexer *lx, TomlKind kind, size_t pos, uint32_t depth)
{
    if (depth > TOML_MAX_DEPTH) {
        lx_error(lx, pos, "nesting deeper than %d levels", TOML_MAX_DEPTH);
        return NULL;
    }
    TomlValue *v = ARENA_NEW(lx->a, TomlValue);
    if (!v) {
        lx_oom(lx);
        return NULL;
    }
    v->kind = kind;
    v->depth = depth;
    lx_where(lx, pos, &v->line, &v->col);
    return v;
}
