/* utf8.c: UTF-8 decoding and validation, Unicode whitespace and widths (via utf8proc). */
#include "utf8.h"

#include <string.h>
#include <utf8proc.h>

uint32_t utf8_next_multi(const char *text, uint32_t len, uint32_t *i)
{
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)text + *i, (utf8proc_ssize_t)(len - *i), &cp);
    if (n <= 0) {
        (*i)++;
        return 0xFFFD;
    }
    *i += (uint32_t)n;
    return (uint32_t)cp;
}

uint32_t utf8_prev(const char *text, uint32_t start, uint32_t *i)
{
    uint32_t j = *i - 1;
    while (j > start && ((unsigned char)text[j] & 0xC0) == 0x80 && *i - j < 4)
        j--;
    uint32_t k = j;
    uint32_t cp = utf8_next(text, *i, &k);
    if (k != *i) {
        /* Not a well-formed sequence ending at *i: step one byte. */
        j = *i - 1;
        cp = 0xFFFD;
    }
    *i = j;
    return cp;
}

uint32_t utf8_count(const char *text, uint32_t start, uint32_t end)
{
    uint32_t n = 0, i = start;
    /* 8 bytes at a time while they are ASCII, one character each. */
    for (; i < end && end - i >= 8; i += 8, n += 8) {
        uint64_t w;
        memcpy(&w, text + i, 8);
        if (w & 0x8080808080808080ull)
            break;
    }
    for (; i < end; i++)
        n += ((unsigned char)text[i] & 0xC0) != 0x80;
    return n;
}

bool utf8_valid(const char *text, uint32_t len, uint32_t *bad_offset)
{
    const unsigned char *s = (const unsigned char *)text;
    uint32_t i = 0;
    while (i < len) {
        /* 64, 32 then 8 ASCII bytes at a time: most source text is ASCII. */
        if (len - i >= 64) {
            uint64_t w[8];
            memcpy(w, s + i, 64);
            if (!((w[0] | w[1] | w[2] | w[3] | w[4] | w[5] | w[6] | w[7]) & 0x8080808080808080ull)) {
                i += 64;
                continue;
            }
        }
        if (len - i >= 32) {
            uint64_t w[4];
            memcpy(w, s + i, 32);
            if (!((w[0] | w[1] | w[2] | w[3]) & 0x8080808080808080ull)) {
                i += 32;
                continue;
            }
        }
        if (len - i >= 8) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (!(w & 0x8080808080808080ull)) {
                i += 8;
                continue;
            }
        }
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0) {
            *bad_offset = i;
            return false;
        }
        i += (uint32_t)n;
    }
    return true;
}

int unicode_width(uint32_t cp)
{
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
        return 0;
    if (cp < 0x7F)
        return 1;
    return utf8proc_charwidth((utf8proc_int32_t)cp);
}
