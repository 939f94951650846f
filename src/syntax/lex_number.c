/* lex_number.c: numeric literals (decimal, hex, octal, binary, float, imaginary, '_' separators). */
#include <string.h>

#include "syntax/lexer_internal.h"

static bool is_digit(int c) { return c >= 0 && (lx_class[c & 0xFF] & LC_DIGIT); }
/* ASCII letter, digit or '_' (c may be -1 past the end). */
static bool is_ascii_ident(int c) { return c >= 0 && (lx_class[c & 0xFF] & (LC_LETTER | LC_DIGIT)); }

/* Digits of a class with single underscores between them; returns false on a misplaced '_'. */
static bool scan_digits(Lexer *lx, uint32_t *p, int base)
{
    bool ok = true;
    while (*p < lx->len) {
        int c = lx->src[*p];
        bool digit = base == 16 ? (is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'))
                     : base == 8 ? (c >= '0' && c <= '7')
                     : base == 2 ? (c == '0' || c == '1')
                                 : is_digit(c);
        if (digit) {
            (*p)++;
        } else if (c == '_') {
            int d = *p + 1 < lx->len ? lx->src[*p + 1] : -1;
            bool next = base == 16 ? (is_digit(d) || ((d | 0x20) >= 'a' && (d | 0x20) <= 'f'))
                        : base == 8 ? (d >= '0' && d <= '7')
                        : base == 2 ? (d == '0' || d == '1')
                                    : is_digit(d);
            if (!next) {
                ok = false;
                (*p)++;
                break;
            }
            (*p)++;
        } else {
            break;
        }
    }
    return ok;
}

/* Keywords that may directly follow a number (CPython only warns): and else for if in is not or. */
static bool keyword_follows(const Lexer *lx, uint32_t p)
{
    static const char *const ok[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    for (unsigned i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        size_t n = strlen(ok[i]);
        if (p + n <= lx->len && memcmp(lx->src + p, ok[i], n) == 0)
            return true;
    }
    return false;
}

void lx_lex_number(Lexer *lx)
{
    uint32_t start = lx->pos, p = lx->pos;
    {
        /* fast path: a plain decimal integer (no '_', '.', exponent, suffix or leading zero) */
        const uint8_t *s = lx->src;
        uint32_t q = p;
        while (q < lx->len && (lx_class[s[q]] & LC_DIGIT))
            q++;
        if (q > p && (s[p] != '0' || q == p + 1) &&
            (q == lx->len || (!(lx_class[s[q]] & (LC_LETTER | LC_DIGIT | LC_HIGH)) && s[q] != '.'))) {
            emit_sig(lx, TK_NUMBER, p, q, 0, 0);
            lx->pos = q;
            return;
        }
    }
    bool ok = true;
    const char *msg = "Invalid decimal literal";
    int c0 = lx->src[p];
    int c1 = p + 1 < lx->len ? lx->src[p + 1] | 0x20 : -1;
    if (c0 == '0' && (c1 == 'x' || c1 == 'o' || c1 == 'b')) {
        int base = c1 == 'x' ? 16 : c1 == 'o' ? 8 : 2;
        msg = base == 16 ? "Invalid hexadecimal literal" : base == 8 ? "Invalid octal literal" : "Invalid binary literal";
        p += 2;
        if (p < lx->len && lx->src[p] == '_')
            p++;
        uint32_t d0 = p;
        ok = scan_digits(lx, &p, base) && p > d0;
        if (p < lx->len && is_digit(lx->src[p]))
            ok = false;
    } else {
        bool is_float = false;
        if (c0 != '.') {
            ok = scan_digits(lx, &p, 10);
        }
        uint32_t int_end = p;
        if (p < lx->len && lx->src[p] == '.') {
            is_float = true;
            p++;
            if (p < lx->len && is_digit(lx->src[p]))
                ok = scan_digits(lx, &p, 10) && ok;
        }
        if (p < lx->len && (lx->src[p] | 0x20) == 'e') {
            uint32_t q = p + 1;
            if (q < lx->len && (lx->src[q] == '+' || lx->src[q] == '-'))
                q++;
            if (q < lx->len && is_digit(lx->src[q])) {
                p = q;
                ok = scan_digits(lx, &p, 10) && ok;
                is_float = true;
            } else if (!(p + 1 < lx->len && keyword_follows(lx, p))) {
                ok = false;
                p = q;
            }
        }
        if (p < lx->len && (lx->src[p] | 0x20) == 'j') {
            p++;
            is_float = true;
        }
        if (!is_float && c0 == '0' && ok) {
            for (uint32_t i = start; i < int_end; i++)
                if (lx->src[i] != '0' && lx->src[i] != '_') {
                    lx_err(lx, start, int_end,
                        "Invalid decimal integer literal");
                    break;
                }
        }
    }
    if (ok && p < lx->len && (is_ascii_ident(lx->src[p]) || lx->src[p] >= 0x80) && !keyword_follows(lx, p))
        ok = false;
    if (!ok) {
        while (p < lx->len && (is_ascii_ident(lx->src[p]) || lx->src[p] >= 0x80))
            p++;
        lx_err(lx, start, p, msg);
    }
    emit(lx, TK_NUMBER, start, p, 0);
    lx->pos = p;
}
