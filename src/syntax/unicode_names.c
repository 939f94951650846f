/* unicode_names.c: \N{...} lookup: algorithmic names (CJK ideographs, Hangul syllables) and the
 * UnicodeData.txt table when the system has one. */
#include "syntax/unicode_names.h"

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

static void load_table(char **cache, size_t *cache_len)
{
    static const char *const paths[] = {"/usr/share/unicode/UnicodeData.txt", "/usr/share/unicode-data/UnicodeData.txt"};
    for (size_t i = 0; i < sizeof paths / sizeof paths[0] && !*cache; i++) {
        FILE *f = fopen(paths[i], "rb");
        if (!f)
            continue;
        fseek(f, 0, SEEK_END);
        long sz = ftell(f);
        fseek(f, 0, SEEK_SET);
        if (sz > 0 && sz < (64 << 20)) {
            char *buf = malloc((size_t)sz + 1);
            if (buf && fread(buf, 1, (size_t)sz, f) == (size_t)sz) {
                buf[sz] = 0;
                *cache = buf;
                *cache_len = (size_t)sz;
            } else {
                free(buf);
            }
        }
        fclose(f);
    }
}

bool unicode_name_lookup(char **cache, size_t *cache_len, const char *name, size_t n, int32_t *cp)
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
    if (!*cache)
        load_table(cache, cache_len);
    if (!*cache || n == 0 || n > 128)
        return false;
    char want[130];
    for (size_t i = 0; i < n; i++)
        want[i] = (char)toupper((unsigned char)name[i]);
    want[n] = ';';
    /* lines are "XXXX;NAME;..." */
    const char *s = *cache, *e = *cache + *cache_len;
    while (s < e) {
        const char *semi = memchr(s, ';', (size_t)(e - s));
        if (!semi)
            break;
        if ((size_t)(e - semi) > n + 1 && memcmp(semi + 1, want, n + 1) == 0) {
            *cp = (int32_t)strtol(s, NULL, 16);
            return true;
        }
        const char *nl = memchr(semi, '\n', (size_t)(e - semi));
        if (!nl)
            break;
        s = nl + 1;
    }
    return false;
}
