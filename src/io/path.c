/* path.c: lexical normalisation, joining, parents and display of paths. */
#include "path.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/str.h"

char *path_absolute(const char *p, const char *base)
{
    Buf in = {0};
    if (p[0] != '/') {
        buf_puts(&in, base);
        buf_putc(&in, '/');
    }
    buf_puts(&in, p);
    if (in.failed)
        return NULL;
    /* Components are copied into out; `..` drops the last one (never above the root). */
    char *out = malloc(in.len + 2);
    if (!out) {
        buf_free(&in);
        return NULL;
    }
    size_t n = 0;
    const char *s = in.data;
    while (*s) {
        while (*s == '/')
            s++;
        const char *e = s;
        while (*e && *e != '/')
            e++;
        size_t len = (size_t)(e - s);
        if (len == 0)
            break;
        if (len == 1 && s[0] == '.') {
            /* skip */
        } else if (len == 2 && s[0] == '.' && s[1] == '.') {
            while (n > 0 && out[n - 1] != '/')
                n--;
            if (n > 0)
                n--;
        } else {
            out[n++] = '/';
            memcpy(out + n, s, len);
            n += len;
        }
        s = e;
    }
    if (n == 0)
        out[n++] = '/';
    out[n] = 0;
    buf_free(&in);
    return out;
}

char *path_join(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s/%s", strcmp(dir, "/") == 0 ? "" : dir, name);
    return p;
}

char *path_parent(const char *p)
{
    const char *slash = strrchr(p, '/');
    if (!slash || slash == p)
        return strdup("/");
    return strndup(p, (size_t)(slash - p));
}

const char *path_basename(const char *p)
{
    const char *slash = strrchr(p, '/');
    return slash ? slash + 1 : p;
}

bool path_within(const char *p, const char *dir)
{
    if (strcmp(dir, "/") == 0)
        return p[0] == '/';
    size_t n = strlen(dir);
    return strncmp(p, dir, n) == 0 && (p[n] == 0 || p[n] == '/');
}

char *path_display(const char *abs, const char *cwd)
{
    if (cwd && strcmp(abs, cwd) != 0 && path_within(abs, cwd))
        return strdup(abs + strlen(cwd) + (strcmp(cwd, "/") == 0 ? 0 : 1));
    return strdup(abs);
}

char *path_expand(const char *p, const char **missing)
{
    Buf b = {0};
    *missing = NULL;
    if (p[0] == '~' && (p[1] == 0 || p[1] == '/')) {
        const char *home = getenv("HOME");
        if (home)
            buf_puts(&b, home);
        else
            buf_putc(&b, '~');
        p++;
    }
    while (*p) {
        if (*p == '$' && (p[1] == '{' || p[1] == '_' || (p[1] >= 'A' && p[1] <= 'Z') || (p[1] >= 'a' && p[1] <= 'z'))) {
            bool brace = p[1] == '{';
            const char *s = p + 1 + brace, *e = s;
            while (*e == '_' || (*e >= 'A' && *e <= 'Z') || (*e >= 'a' && *e <= 'z') || (*e >= '0' && *e <= '9'))
                e++;
            if (brace && *e != '}') {
                buf_putc(&b, *p++);
                continue;
            }
            char name[256];
            snprintf(name, sizeof name, "%.*s", (int)(e - s), s);
            const char *v = getenv(name);
            if (!v) {
                buf_free(&b);
                *missing = p;
                return NULL;
            }
            buf_puts(&b, v);
            p = e + brace;
            continue;
        }
        buf_putc(&b, *p++);
    }
    if (!b.data && !b.failed)
        buf_puts(&b, "");
    if (b.failed) {
        buf_free(&b);
        return NULL;
    }
    return b.data;
}
