/* py_repr.c: Python's repr() rules for str, bytes, float and complex, and int literal to decimal. */
#include "syntax/py_repr.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "syntax/unicode_ident.h"

/* Decode one UTF-8 sequence, accepting encoded surrogates; invalid bytes give U+FFFD, length 1. */
static size_t decode_lenient(const unsigned char *s, size_t n, int32_t *cp)
{
    unsigned char c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
    if (len == 0 || len > n) {
        *cp = 0xFFFD;
        return 1;
    }
    int32_t v = c & (0x7F >> len);
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        v = (v << 6) | (s[i] & 0x3F);
    }
    *cp = v;
    return len;
}

void py_repr_str(Buf *b, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    bool has_sq = memchr(s, '\'', n) != NULL, has_dq = memchr(s, '"', n) != NULL;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    buf_putc(b, q);
    size_t i = 0;
    while (i < n) {
        int32_t cp;
        size_t len = decode_lenient(u + i, n - i, &cp);
        if (cp == q || cp == '\\') {
            buf_putc(b, '\\');
            buf_putc(b, (char)cp);
        } else if (cp == '\t') {
            buf_puts(b, "\\t");
        } else if (cp == '\n') {
            buf_puts(b, "\\n");
        } else if (cp == '\r') {
            buf_puts(b, "\\r");
        } else if (cp < 0x20 || cp == 0x7f) {
            buf_printf(b, "\\x%02x", (unsigned)cp);
        } else if (cp < 0x7f) {
            buf_putc(b, (char)cp);
        } else if (uni_is_printable(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)) {
            buf_append(b, s + i, len);
        } else if (cp <= 0xff) {
            buf_printf(b, "\\x%02x", (unsigned)cp);
        } else if (cp <= 0xffff) {
            buf_printf(b, "\\u%04x", (unsigned)cp);
        } else {
            buf_printf(b, "\\U%08x", (unsigned)cp);
        }
        i += len;
    }
    buf_putc(b, q);
}

void py_repr_bytes(Buf *b, const char *s, size_t n)
{
    bool has_sq = memchr(s, '\'', n) != NULL, has_dq = memchr(s, '"', n) != NULL;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    buf_putc(b, 'b');
    buf_putc(b, q);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == q || c == '\\') {
            buf_putc(b, '\\');
            buf_putc(b, (char)c);
        } else if (c == '\t') {
            buf_puts(b, "\\t");
        } else if (c == '\n') {
            buf_puts(b, "\\n");
        } else if (c == '\r') {
            buf_puts(b, "\\r");
        } else if (c < 0x20 || c >= 0x7f) {
            buf_printf(b, "\\x%02x", c);
        } else {
            buf_putc(b, (char)c);
        }
    }
    buf_putc(b, q);
}

void py_repr_float(Buf *b, double x, int complex)
{
    const char *suffix = complex ? "j" : "";
    if (isnan(x)) {
        buf_printf(b, "nan%s", suffix);
        return;
    }
    if (isinf(x)) {
        buf_printf(b, "%sinf%s", x < 0 ? "-" : "", suffix);
        return;
    }
    char tmp[64];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, x);
        if (strtod(tmp, NULL) == x)
            break;
    }
    /* tmp: [-]d[.ddd]e[+-]XX */
    const char *p = tmp;
    bool neg = false;
    if (*p == '-') {
        neg = true;
        p++;
    }
    char digits[32];
    int nd = 0;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9')
            digits[nd++] = *p;
    int exp10 = atoi(p + 1);
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    digits[nd] = 0;
    int decpt = exp10 + 1;
    if (neg)
        buf_putc(b, '-');
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            buf_puts(b, "0.");
            for (int i = 0; i < -decpt; i++)
                buf_putc(b, '0');
            buf_append(b, digits, (size_t)nd);
        } else if (decpt >= nd) {
            buf_append(b, digits, (size_t)nd);
            for (int i = nd; i < decpt; i++)
                buf_putc(b, '0');
            if (!complex)
                buf_puts(b, ".0");
        } else {
            buf_append(b, digits, (size_t)decpt);
            buf_putc(b, '.');
            buf_append(b, digits + decpt, (size_t)(nd - decpt));
        }
    } else {
        buf_putc(b, digits[0]);
        if (nd > 1) {
            buf_putc(b, '.');
            buf_append(b, digits + 1, (size_t)(nd - 1));
        }
        int e = decpt - 1;
        buf_printf(b, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    }
    buf_puts(b, suffix);
}

void py_int_to_decimal(Buf *b, const char *lit, size_t n)
{
    int base = 10;
    size_t i = 0;
    if (n >= 2 && lit[0] == '0') {
        char c = (char)(lit[1] | 0x20);
        base = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 10;
        if (base != 10)
            i = 2;
    }
    if (base == 10) {
        /* strip underscores and leading zeros */
        bool any = false;
        for (; i < n; i++) {
            if (lit[i] == '_' || (!any && lit[i] == '0'))
                continue;
            any = true;
            buf_putc(b, lit[i]);
        }
        if (!any)
            buf_putc(b, '0');
        return;
    }
    /* little-endian limbs of 10^9 */
    size_t cap = n / 2 + 2, len = 1;
    uint32_t *limb = calloc(cap, sizeof(uint32_t));
    if (!limb) {
        b->failed = true;
        return;
    }
    for (; i < n; i++) {
        int c = (unsigned char)lit[i], d;
        if (c == '_')
            continue;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
            d = (c | 0x20) - 'a' + 10;
        else
            break;
        uint64_t carry = (uint64_t)d;
        for (size_t k = 0; k < len; k++) {
            uint64_t v = (uint64_t)limb[k] * (uint64_t)base + carry;
            limb[k] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        if (carry && len < cap)
            limb[len++] = (uint32_t)carry;
    }
    buf_printf(b, "%u", limb[len - 1]);
    for (size_t k = len - 1; k-- > 0;)
        buf_printf(b, "%09u", limb[k]);
    free(limb);
}
