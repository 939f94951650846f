/* source_encoding.c: detect a PEP 263 coding cookie and transcode non-UTF-8 sources with iconv. */
#include "syntax/source_encoding.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The cookie of one line ("# -*- coding: latin-1 -*-"), copied into name; false when none. */
static bool line_cookie(const char *s, const char *e, char *name, size_t cap)
{
    while (s < e && (*s == ' ' || *s == '\t' || *s == '\f'))
        s++;
    if (s >= e || *s != '#')
        return false;
    for (const char *p = s; p + 6 < e; p++) {
        if (memcmp(p, "coding", 6) != 0 || (p[6] != ':' && p[6] != '='))
            continue;
        const char *q = p + 7;
        while (q < e && (*q == ' ' || *q == '\t'))
            q++;
        size_t n = 0;
        while (q < e && (isalnum((unsigned char)*q) || *q == '-' || *q == '_' || *q == '.') && n + 1 < cap)
            name[n++] = *q++;
        name[n] = 0;
        return n > 0;
    }
    return false;
}

/* CPython's get_normal_name: utf-8 and latin-1 spellings to their canonical names. */
static void normalize(const char *in, char *out, size_t cap)
{
    size_t n = 0;
    for (; in[n] && n + 1 < cap; n++)
        out[n] = in[n] == '_' ? '-' : (char)tolower((unsigned char)in[n]);
    out[n] = 0;
    if (strcmp(out, "utf-8") == 0 || strncmp(out, "utf-8-", 6) == 0)
        snprintf(out, cap, "utf-8");
    else if (strcmp(out, "latin-1") == 0 || strcmp(out, "iso-8859-1") == 0 || strcmp(out, "iso-latin-1") == 0 ||
             strncmp(out, "latin-1-", 8) == 0 || strncmp(out, "iso-8859-1-", 11) == 0 ||
             strncmp(out, "iso-latin-1-", 12) == 0)
        snprintf(out, cap, "iso-8859-1");
}

SourceDecode source_decode(const char *src, uint32_t len, char **out, uint32_t *out_len, char *msgbuf,
                           uint32_t msgcap, const char **msg)
{
    bool bom = len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0;
    const char *s = src + (bom ? 3 : 0), *end = src + len;
    char raw[64] = "", norm[64];
    bool found = false;
    for (int line = 0; line < 2 && s < end && !found; line++) {
        const char *e = s;
        while (e < end && *e != '\n' && *e != '\r')
            e++;
        found = line_cookie(s, e, raw, sizeof raw);
        if (!found) {
            /* a second line is only looked at when the first is blank or a comment */
            const char *t = s;
            while (t < e && (*t == ' ' || *t == '\t' || *t == '\f'))
                t++;
            if (t < e && *t != '#')
                break;
        }
        s = e < end && *e == '\r' && e + 1 < end && e[1] == '\n' ? e + 2 : e + 1;
    }
    if (!found)
        return SRC_UTF8;
    normalize(raw, norm, sizeof norm);
    if (strcmp(norm, "utf-8") == 0)
        return SRC_UTF8;
    if (bom) {
        snprintf(msgbuf, msgcap, "encoding problem: %s with BOM", raw);
        *msg = msgbuf;
        return SRC_BAD;
    }
    iconv_t cd = iconv_open("UTF-8", norm);
    if (cd == (iconv_t)-1) {
        snprintf(msgbuf, msgcap, "unknown encoding: %s", raw);
        *msg = msgbuf;
        return SRC_BAD;
    }
    size_t cap = (size_t)len * 4 + 16;
    char *buf = malloc(cap);
    if (!buf) {
        iconv_close(cd);
        *msg = "out of memory";
        return SRC_BAD;
    }
    char *in = (char *)src, *o = buf;
    size_t inleft = len, outleft = cap - 1;
    size_t r = iconv(cd, &in, &inleft, &o, &outleft);
    iconv_close(cd);
    if (r == (size_t)-1) {
        free(buf);
        snprintf(msgbuf, msgcap, "(unicode error) '%s' codec can't decode the source", raw);
        *msg = msgbuf;
        return SRC_BAD;
    }
    *o = 0;
    *out = buf;
    *out_len = (uint32_t)(o - buf);
    return SRC_DECODED;
}
