/* toml_scalar.c: TOML booleans, integers, floats, dates and times (validated and normalised). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config/toml_lex.h"

static bool is_digit(int c) { return c >= '0' && c <= '9'; }

/* The characters a number, date or time token is made of (a space may join a date and a time). */
static bool is_token_char(int c)
{
    return lx_is_bare(c) || c == '.' || c == '+' || c == ':';
}

/* ---- dates and times ---- */

/* Read exactly n digits of t at *i as a number; -1 when they are not all there. */
static int fixed_digits(const char *t, size_t len, size_t *i, int n)
{
    int v = 0;
    for (int k = 0; k < n; k++) {
        if (*i >= len || !is_digit(t[*i]))
            return -1;
        v = v * 10 + (t[(*i)++] - '0');
    }
    return v;
}

static bool expect_char(const char *t, size_t len, size_t *i, char c)
{
    if (*i < len && t[*i] == c) {
        (*i)++;
        return true;
    }
    return false;
}

static int days_in_month(int year, int month)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))
        return 29;
    return days[month - 1];
}

/* full-date -> 4DIGIT '-' 2DIGIT '-' 2DIGIT ; appends the normalised date to out. */
static const char *scan_date(const char *t, size_t len, size_t *i, Buf *out)
{
    int y = fixed_digits(t, len, i, 4);
    if (y < 0 || !expect_char(t, len, i, '-'))
        return "invalid date (expected YYYY-MM-DD)";
    int m = fixed_digits(t, len, i, 2);
    if (m < 0 || !expect_char(t, len, i, '-'))
        return "invalid date (expected YYYY-MM-DD)";
    int d = fixed_digits(t, len, i, 2);
    if (d < 0)
        return "invalid date (expected YYYY-MM-DD)";
    if (m < 1 || m > 12)
        return "month out of range (01-12)";
    if (d < 1 || d > days_in_month(y, m))
        return "day out of range for its month";
    buf_printf(out, "%04d-%02d-%02d", y, m, d);
    return NULL;
}

/* partial-time -> 2DIGIT ':' 2DIGIT ':' 2DIGIT [ '.' 1*DIGIT ] ; appends HH:MM:SS[.fff...]. */
static const char *scan_time(const char *t, size_t len, size_t *i, Buf *out)
{
    int h = fixed_digits(t, len, i, 2);
    if (h < 0 || !expect_char(t, len, i, ':'))
        return "invalid time (expected HH:MM:SS)";
    int mi = fixed_digits(t, len, i, 2);
    if (mi < 0 || !expect_char(t, len, i, ':'))
        return "invalid time (expected HH:MM:SS)";
    int s = fixed_digits(t, len, i, 2);
    if (s < 0)
        return "invalid time (expected HH:MM:SS)";
    if (h > 23)
        return "hour out of range (00-23)";
    if (mi > 59)
        return "minute out of range (00-59)";
    if (s > 60)
        return "second out of range (00-60)";
    buf_printf(out, "%02d:%02d:%02d", h, mi, s);
    if (*i < len && t[*i] == '.') {
        size_t start = ++(*i);
        while (*i < len && is_digit(t[*i]))
            (*i)++;
        size_t n = *i - start;
        if (n == 0)
            return "invalid time (expected digits after '.')";
        buf_putc(out, '.');
        buf_append(out, t + start, n);
        for (; n < 3; n++)
            buf_putc(out, '0');
    }
    return NULL;
}

/* time-offset -> 'Z' | ( '+' | '-' ) 2DIGIT ':' 2DIGIT */
static const char *scan_offset(const char *t, size_t len, size_t *i, Buf *out)
{
    if (t[*i] == 'Z' || t[*i] == 'z') {
        (*i)++;
        buf_putc(out, 'Z');
        return NULL;
    }
    char sign = t[(*i)++];
    int h = fixed_digits(t, len, i, 2);
    if (h < 0 || !expect_char(t, len, i, ':'))
        return "invalid time offset (expected Z or +HH:MM)";
    int m = fixed_digits(t, len, i, 2);
    if (m < 0)
        return "invalid time offset (expected Z or +HH:MM)";
    if (h > 23 || m > 59)
        return "time offset out of range";
    buf_printf(out, "%c%02d:%02d", sign, h, m);
    return NULL;
}

/* date-time -> offset-date-time | local-date-time | local-date | local-time */
static TomlValue *scan_datetime(TomlLexer *lx, size_t pos, const char *t, size_t len, uint32_t depth)
{
    Buf *out = &lx->scratch;
    out->len = 0;
    out->failed = false;
    size_t i = 0;
    TomlKind kind;
    const char *msg = NULL;
    size_t sep = 0;
    while (sep < len && t[sep] != ':' && t[sep] != '-')
        sep++;
    if (sep < len && t[sep] == ':') {
        kind = TOML_TIME_LOCAL;
        msg = scan_time(t, len, &i, out);
    } else {
        kind = TOML_DATE_LOCAL;
        msg = scan_date(t, len, &i, out);
        if (!msg && i < len && (t[i] == 'T' || t[i] == 't' || t[i] == ' ')) {
            i++;
            buf_putc(out, 'T');
            kind = TOML_DATETIME_LOCAL;
            msg = scan_time(t, len, &i, out);
            if (!msg && i < len && (t[i] == 'Z' || t[i] == 'z' || t[i] == '+' || t[i] == '-')) {
                kind = TOML_DATETIME;
                msg = scan_offset(t, len, &i, out);
            }
        }
    }
    if (!msg && i < len)
        msg = "unexpected characters after a date or time";
    if (msg) {
        lx_error(lx, pos, "%s: '%.*s'", msg, (int)(len > 60 ? 60 : len), t);
        return NULL;
    }
    if (out->failed) {
        lx_oom(lx);
        return NULL;
    }
    TomlValue *v = lx_new_value(lx, kind, pos, depth);
    char *s = v ? arena_strndup(lx->a, out->data, out->len) : NULL;
    if (!s) {
        lx_oom(lx);
        return NULL;
    }
    v->as.str.ptr = s;
    v->as.str.len = (uint32_t)out->len;
    return v;
}

/* ---- numbers ---- */

static int digit_value(int c, int base)
{
    int v;
    if (c >= '0' && c <= '9')
        v = c - '0';
    else if (c >= 'a' && c <= 'f')
        v = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F')
        v = c - 'A' + 10;
    else
        return -1;
    return v < base ? v : -1;
}

/* digits -> digit ( '_'? digit )* : skips them, returns how many digits (0: none there). An
 * underscore must sit between two digits; a stray one is left for the caller to reject. */
static size_t skip_digits(const char *t, size_t len, size_t *i, int base)
{
    size_t n = 0;
    while (*i < len) {
        if (digit_value(t[*i], base) >= 0) {
            (*i)++, n++;
        } else if (t[*i] == '_' && n > 0 && *i + 1 < len && digit_value(t[*i + 1], base) >= 0) {
            (*i)++;
        } else {
            break;
        }
    }
    return n;
}

static TomlValue *bad_number(TomlLexer *lx, size_t pos, const char *why, const char *t, size_t len)
{
    lx_error(lx, pos, "%s: '%.*s'", why, (int)(len > 60 ? 60 : len), t);
    return NULL;
}

/* Accumulate the digits of t[from..to) (underscores skipped) in `base`; false on overflow of
 * `limit`. */
static bool accumulate(const char *t, size_t from, size_t to, int base, uint64_t limit, uint64_t *out)
{
    uint64_t v = 0;
    for (size_t k = from; k < to; k++) {
        int d = digit_value(t[k], base);
        if (d < 0)
            continue;
        if (v > (limit - (uint64_t)d) / (uint64_t)base)
            return false;
        v = v * (uint64_t)base + (uint64_t)d;
    }
    *out = v;
    return true;
}

/* integer -> dec-int | hex-int | oct-int | bin-int
 * float -> dec-int ( exp | frac [ exp ] ) | [ '+' | '-' ] ( inf | nan ) */
static TomlValue *scan_number(TomlLexer *lx, size_t pos, const char *t, size_t len, uint32_t depth)
{
    size_t i = 0;
    bool neg = false, signed_ = false;
    if (t[0] == '+' || t[0] == '-') {
        neg = t[0] == '-';
        signed_ = true;
        i = 1;
    }
    size_t rest = len - i;
    if ((rest == 3 && memcmp(t + i, "inf", 3) == 0) || (rest == 3 && memcmp(t + i, "nan", 3) == 0)) {
        TomlValue *v = lx_new_value(lx, TOML_FLOAT, pos, depth);
        if (v)
            v->as.flt = t[i] == 'i' ? (neg ? -INFINITY : INFINITY) : NAN;
        return v;
    }
    if (rest >= 2 && t[i] == '0' && (t[i + 1] == 'x' || t[i + 1] == 'o' || t[i + 1] == 'b')) {
        int base = t[i + 1] == 'x' ? 16 : t[i + 1] == 'o' ? 8 : 2;
        if (signed_)
            return bad_number(lx, pos, "a sign is not allowed on hexadecimal, octal or binary integers", t, len);
        size_t start = i + 2, j = start;
        if (skip_digits(t, len, &j, base) == 0 || j != len)
            return bad_number(lx, pos, "invalid integer", t, len);
        uint64_t u;
        if (!accumulate(t, start, len, base, (uint64_t)INT64_MAX, &u))
            return bad_number(lx, pos, "integer out of range (64-bit signed)", t, len);
        TomlValue *v = lx_new_value(lx, TOML_INTEGER, pos, depth);
        if (v)
            v->as.integer = (int64_t)u;
        return v;
    }
    size_t int_start = i;
    size_t ndig = skip_digits(t, len, &i, 10);
    if (ndig == 0 && i < len && ((t[i] | 0x20) >= 'a' && (t[i] | 0x20) <= 'z'))
        return bad_number(lx, pos, "expected a value (strings need quotes)", t, len);
    if (ndig == 0)
        return bad_number(lx, pos, "invalid number", t, len);
    if (t[int_start] == '0' && ndig > 1)
        return bad_number(lx, pos, "leading zeros are not allowed", t, len);
    size_t int_end = i;
    bool is_float = false;
    if (i < len && t[i] == '.') {
        i++;
        if (skip_digits(t, len, &i, 10) == 0)
            return bad_number(lx, pos, "invalid float (expected digits after '.')", t, len);
        is_float = true;
    }
    if (i < len && (t[i] == 'e' || t[i] == 'E')) {
        i++;
        if (i < len && (t[i] == '+' || t[i] == '-'))
            i++;
        if (skip_digits(t, len, &i, 10) == 0)
            return bad_number(lx, pos, "invalid float (expected digits in the exponent)", t, len);
        is_float = true;
    }
    if (i != len)
        return bad_number(lx, pos, is_float ? "invalid float" : "invalid integer", t, len);
    if (!is_float) {
        uint64_t u;
        uint64_t limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
        if (!accumulate(t, int_start, int_end, 10, limit, &u))
            return bad_number(lx, pos, "integer out of range (64-bit signed)", t, len);
        TomlValue *v = lx_new_value(lx, TOML_INTEGER, pos, depth);
        if (v)
            v->as.integer = neg ? (int64_t)(0 - u) : (int64_t)u;
        return v;
    }
    /* strtod on a copy without underscores (the C locale is assumed: '.' as decimal point). */
    Buf *b = &lx->scratch;
    b->len = 0;
    b->failed = false;
    for (size_t k = 0; k < len; k++)
        if (t[k] != '_')
            buf_putc(b, t[k]);
    if (b->failed) {
        lx_oom(lx);
        return NULL;
    }
    TomlValue *v = lx_new_value(lx, TOML_FLOAT, pos, depth);
    if (v)
        v->as.flt = strtod(b->data, NULL);
    return v;
}

/* A value that is not a string, array or inline table: boolean, number, date or time. */
TomlValue *lx_scalar(TomlLexer *lx, uint32_t depth)
{
    size_t pos = lx->pos;
    const char *s = lx->src + pos;
    size_t avail = lx->len - pos;
    if (avail >= 4 && memcmp(s, "true", 4) == 0) {
        TomlValue *v = lx_new_value(lx, TOML_BOOL, pos, depth);
        if (v)
            v->as.boolean = true;
        lx->pos += 4;
        return v;
    }
    if (avail >= 5 && memcmp(s, "false", 5) == 0) {
        TomlValue *v = lx_new_value(lx, TOML_BOOL, pos, depth);
        if (v)
            v->as.boolean = false;
        lx->pos += 5;
        return v;
    }
    int c = lx_peek(lx);
    if (!is_digit(c) && c != '+' && c != '-' && c != 'i' && c != 'n') {
        if (lx_eof(lx) || lx_at_newline(lx))
            lx_error(lx, pos, "expected a value before the end of the line");
        else if (c >= 0x20 && c < 0x7F)
            lx_error(lx, pos, "expected a value, found '%c' (strings need quotes)", c);
        else
            lx_error(lx, pos, "expected a value (strings need quotes)");
        return NULL;
    }
    size_t n = 0;
    while (n < avail && is_token_char((unsigned char)s[n]))
        n++;
    /* A local date followed by ' ' and a digit continues as a date-time. */
    if (n == 10 && s[4] == '-' && s[7] == '-' && n + 1 < avail && s[n] == ' ' && is_digit(s[n + 1])) {
        n++;
        while (n < avail && is_token_char((unsigned char)s[n]))
            n++;
    }
    lx->pos += n;
    /* Dates and times start with a digit and hold a ':' or a '-' right after a digit (a number
     * has a '-' only first or after its exponent's 'e'). */
    bool datetime = false;
    for (size_t i = 1; i < n && is_digit(s[0]); i++)
        if (s[i] == ':' || (s[i] == '-' && is_digit(s[i - 1])))
            datetime = true;
    if (datetime)
        return scan_datetime(lx, pos, s, n, depth);
    return scan_number(lx, pos, s, n, depth);
}
