/* makefile.c: finds a Makefile target's rule and collects its recipe lines (and its prerequisites'). */
#include "audit/makefile.h"

#include <ctype.h>
#include <string.h>

#include "util/str.h"
#include "util/vec.h"

#define MAKE_MAX_DEPTH 8
#define MAKE_MAX_SEEN 64

typedef struct Expander {
    Arena *a;
    const char *text;
    MakeLines *out;
    const char *seen[MAKE_MAX_SEEN];
    int nseen;
    bool oom;
} Expander;

static bool push(Expander *x, const char *s, size_t n, uint32_t line)
{
    while (n && (*s == '@' || *s == '-' || *s == '+' || *s == ' ' || *s == '\t'))
        s++, n--;
    const char *t = arena_strndup(x->a, s, n);
    if (!t || !vec_push(x->out, ((MakeLine){t, line}))) {
        x->oom = true;
        return false;
    }
    return true;
}

/* rule -> targets ':' prerequisites NEWLINE ( TAB recipe NEWLINE )*  ; finds `target`'s rules */
static void expand(Expander *x, const char *target, size_t tlen, int depth)
{
    if (depth > MAKE_MAX_DEPTH || x->nseen >= MAKE_MAX_SEEN || x->oom)
        return;
    for (int i = 0; i < x->nseen; i++)
        if (strlen(x->seen[i]) == tlen && memcmp(x->seen[i], target, tlen) == 0)
            return;
    x->seen[x->nseen] = arena_strndup(x->a, target, tlen);
    if (!x->seen[x->nseen]) {
        x->oom = true;
        return;
    }
    x->nseen++;
    const char *p = x->text;
    uint32_t line = 0;
    while (*p) {
        const char *ls = p;
        while (*p && *p != '\n')
            p++;
        const char *le = p;
        if (*p)
            p++;
        line++;
        if (ls == le || *ls == '\t' || *ls == '#' || *ls == ' ')
            continue;
        const char *colon = memchr(ls, ':', (size_t)(le - ls));
        if (!colon || (colon + 1 < le && colon[1] == '=') || memchr(ls, '=', (size_t)(colon - ls)))
            continue;
        /* is `target` among the names before the colon? */
        bool hit = false;
        for (const char *w = ls; w < colon && !hit;) {
            while (w < colon && isspace((unsigned char)*w))
                w++;
            const char *we = w;
            while (we < colon && !isspace((unsigned char)*we))
                we++;
            hit = (size_t)(we - w) == tlen && memcmp(w, target, tlen) == 0;
            w = we;
        }
        if (!hit)
            continue;
        /* prerequisites first, as make runs them */
        const char *deps_end = colon + 1;
        while (deps_end < le && *deps_end != ';' && *deps_end != '#')
            deps_end++;
        for (const char *w = colon + 1; w < deps_end;) {
            while (w < deps_end && isspace((unsigned char)*w))
                w++;
            const char *we = w;
            while (we < deps_end && !isspace((unsigned char)*we))
                we++;
            if (we > w && *w != '$' && *w != '|')
                expand(x, w, (size_t)(we - w), depth + 1);
            w = we;
        }
        /* recipe lines: tab-indented, backslash continuations joined */
        Buf b = {0};
        uint32_t start = 0;
        while (*p == '\t' || (b.len && *p)) {
            const char *rs = p;
            while (*p && *p != '\n')
                p++;
            const char *re = p;
            if (*p)
                p++;
            line++;
            if (!start)
                start = line;
            if (*rs == '\t')
                rs++;
            bool cont = re > rs && re[-1] == '\\';
            buf_append(&b, rs, (size_t)((cont ? re - 1 : re) - rs));
            if (cont) {
                buf_putc(&b, ' ');
                continue;
            }
            if (!push(x, b.data ? b.data : "", b.len, start))
                break;
            b.len = 0;
            start = 0;
        }
        buf_free(&b);
        if (b.failed)
            x->oom = true;
    }
}

bool makefile_recipes(Arena *a, const char *text, const char *target, MakeLines *out)
{
    Expander x = {.a = a, .text = text, .out = out};
    expand(&x, target, strlen(target), 0);
    return !x.oom;
}

int makefile_targets_in(const char *cmd, void (*fn)(void *ctx, const char *target, size_t len), void *ctx)
{
    int found = 0;
    const char *p = cmd;
    while (*p) {
        /* find the word `make` at a command position-ish: after start, whitespace, ;, &, | */
        const char *m = strstr(p, "make");
        if (!m)
            break;
        bool starts = m == cmd || strchr(" \t\n;&|(", m[-1]);
        bool ends = m[4] == 0 || strchr(" \t\n;&|)", m[4]);
        p = m + 4;
        if (!starts || !ends)
            continue;
        while (*p && *p != '\n' && *p != ';' && *p != '&' && *p != '|') {
            while (*p == ' ' || *p == '\t')
                p++;
            const char *w = p;
            while (*p && !isspace((unsigned char)*p) && *p != ';' && *p != '&' && *p != '|')
                p++;
            size_t n = (size_t)(p - w);
            if (n == 0)
                break;
            if (*w == '-') {
                /* -C dir / -f file take a separate argument */
                if (n == 2 && (w[1] == 'C' || w[1] == 'f')) {
                    while (*p == ' ' || *p == '\t')
                        p++;
                    while (*p && !isspace((unsigned char)*p))
                        p++;
                }
                continue;
            }
            if (memchr(w, '=', n))
                continue;
            fn(ctx, w, n);
            found++;
        }
    }
    return found;
}
