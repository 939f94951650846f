/* ini.c: reads one key of one section from INI text (setup.cfg, pytest.ini, mypy.ini). */
#include "audit/ini.h"

#include <ctype.h>
#include <string.h>

#include "util/str.h"

/* Iterate lines: returns the next line's bounds, or false at the end. */
static bool next_line(const char **p, const char **ls, const char **le)
{
    if (!**p)
        return false;
    *ls = *p;
    while (**p && **p != '\n')
        (*p)++;
    *le = *p;
    if (**p)
        (*p)++;
    if (*le > *ls && (*le)[-1] == '\r')
        (*le)--;
    return true;
}

static bool is_header(const char *ls, const char *le, const char *section)
{
    while (ls < le && isspace((unsigned char)*ls))
        ls++;
    while (le > ls && isspace((unsigned char)le[-1]))
        le--;
    size_t n = strlen(section);
    return le - ls == (ptrdiff_t)n + 2 && *ls == '[' && le[-1] == ']' && memcmp(ls + 1, section, n) == 0;
}

uint32_t ini_section(const char *text, const char *section)
{
    const char *p = text, *ls, *le;
    uint32_t line = 0;
    while (next_line(&p, &ls, &le)) {
        line++;
        if (is_header(ls, le, section))
            return line;
    }
    return 0;
}

const char *ini_value(Arena *a, const char *text, const char *section, const char *key, uint32_t *line)
{
    const char *p = text, *ls, *le;
    uint32_t n = 0;
    bool in = false;
    size_t klen = strlen(key);
    while (next_line(&p, &ls, &le)) {
        n++;
        const char *t = ls;
        while (t < le && (*t == ' ' || *t == '\t'))
            t++;
        if (t < le && *t == '[') {
            in = is_header(ls, le, section);
            continue;
        }
        if (!in || t != ls || t == le || *t == '#' || *t == ';')
            continue;
        const char *k = t;
        while (t < le && *t != '=' && *t != ':')
            t++;
        const char *ke = t;
        while (ke > k && isspace((unsigned char)ke[-1]))
            ke--;
        if (t == le || (size_t)(ke - k) != klen || memcmp(k, key, klen) != 0)
            continue;
        t++;
        while (t < le && isspace((unsigned char)*t))
            t++;
        Buf b = {0};
        buf_append(&b, t, (size_t)(le - t));
        /* continuation lines are indented */
        const char *save = p;
        while (next_line(&p, &ls, &le)) {
            if (ls == le || !(*ls == ' ' || *ls == '\t')) {
                p = save;
                break;
            }
            const char *c = ls;
            while (c < le && isspace((unsigned char)*c))
                c++;
            if (c == le) {
                save = p;
                continue;
            }
            buf_putc(&b, '\n');
            buf_append(&b, c, (size_t)(le - c));
            save = p;
        }
        const char *out = arena_strdup(a, b.data ? b.data : "");
        buf_free(&b);
        if (line)
            *line = n;
        return out;
    }
    return NULL;
}
