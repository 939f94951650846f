/* unicode_names.c: \N{...} lookup: algorithmic names (CJK ideographs, Hangul syllables) and the generated name table. */
#include "syntax/unicode_names.h"

#include "syntax/unicode_names_table.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool ieq_prefix(const char *s, size_t n, const char *pre)
{
    size_t k = strlen(pre);
    if (n < k)
        return false;
    for (size_t i = 0; i < k; i++)
        if (toupper((unsigned char)s[i]) != pre[i])
            return false;
    return true;
}

static const char *const jamo_l[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
static const char *const jamo_v[] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
                                     "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
static const char *const jamo_t[] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
                                     "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

static bool hangul(const char *s, size_t n, int32_t *cp)
{
    /* try every combination: 11172 names, only reached for "HANGUL SYLLABLE " */
    char want[16];
    if (n >= sizeof want)
        return false;
    for (size_t i = 0; i < n; i++)
        want[i] = (char)toupper((unsigned char)s[i]);
    want[n] = 0;
    for (int l = 0; l < 19; l++)
        for (int v = 0; v < 21; v++)
            for (int t = 0; t < 28; t++) {
                char name[16];
                snprintf(name, sizeof name, "%s%s%s", jamo_l[l], jamo_v[v], jamo_t[t]);
                if (strcmp(name, want) == 0) {
                    *cp = 0xAC00 + (l * 21 + v) * 28 + t;
                    return true;
                }
            }
    return false;
}

bool unicode_name_lookup(const char *name, size_t n, int32_t *cp)
{
    if (ieq_prefix(name, n, "CJK UNIFIED IDEOGRAPH-")) {
        size_t k = strlen("CJK UNIFIED IDEOGRAPH-");
        char *end;
        char hex[16];
        if (n - k >= sizeof hex || n - k < 4)
            return false;
        memcpy(hex, name + k, n - k);
        hex[n - k] = 0;
        long v = strtol(hex, &end, 16);
        if (*end || v <= 0 || v > 0x10FFFF)
            return false;
        *cp = (int32_t)v;
        return true;
    }
    if (ieq_prefix(name, n, "HANGUL SYLLABLE "))
        return hangul(name + 16, n - 16, cp);
    if (n == 0 || n > 128)
        return false;
    char want[130];
    for (size_t i = 0; i < n; i++)
        want[i] = (char)toupper((unsigned char)name[i]);
    want[n] = 0;
    unsigned lo = 0, hi = unicode_names_count;
    while (lo < hi) {
        unsigned mid = lo + (hi - lo) / 2;
        int c = strcmp(unicode_names_text + unicode_names_index[mid].offset, want);
        if (c == 0) {
            *cp = (int32_t)unicode_names_index[mid].codepoint;
            return true;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}
