/* audit_util.c: helpers the checks share: results, TOML access, command matching, dependency lookup. */
#include "audit/audit.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "util/str.h"

void res_pass(AuditResult *r)
{
    *r = (AuditResult){.status = AUDIT_PASS};
}

void res_skip(AuditResult *r, const char *why)
{
    *r = (AuditResult){.status = AUDIT_SKIP, .message = why};
}

void res_fail(AuditResult *r, const char *file, uint32_t line, const char *msg)
{
    *r = (AuditResult){.status = AUDIT_FAIL, .message = msg, .file = file, .line = line};
}

void res_failf(const Project *p, AuditResult *r, const char *file, uint32_t line, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    const char *msg = arena_strdup(p->arena, buf);
    res_fail(r, file, line, msg ? msg : "(out of memory)");
}

bool res_toml_broken(const Project *p, AuditResult *r, const TomlDoc *d)
{
    if (!d->err.message)
        return false;
    res_failf(p, r, d->err.file, d->err.line, "%s:%u:%u: not valid TOML: %s; fix the file first",
              d->err.file, d->err.line, d->err.col, d->err.message);
    return true;
}

const char *tstr(const Project *p, const TomlValue *v)
{
    if (!v || v->kind != TOML_STRING)
        return NULL;
    if (memchr(v->as.str.ptr, 0, v->as.str.len))
        return NULL;
    return arena_strndup(p->arena, v->as.str.ptr, v->as.str.len);
}

static bool tstr_eq(const TomlValue *v, const char *s)
{
    size_t n = strlen(s);
    return v && v->kind == TOML_STRING && v->as.str.len == n && memcmp(v->as.str.ptr, s, n) == 0;
}

bool tarray_has(const TomlValue *v, const char *s)
{
    if (!v)
        return false;
    if (v->kind == TOML_STRING)
        return tstr_eq(v, s);
    if (v->kind != TOML_ARRAY)
        return false;
    for (uint32_t i = 0; i < v->as.array.len; i++)
        if (tstr_eq(v->as.array.items[i], s))
            return true;
    return false;
}

const TomlValue *pyp(const Project *p, const char *dotted)
{
    return p->pyproject.root ? toml_get_path(p->pyproject.root, dotted) : NULL;
}

/* ---- command matching ---- */

#define MAX_WORDS 64

static bool word_match(const char *w, size_t n, const char *pat, size_t pn)
{
    if (pn && pat[pn - 1] == '*')
        return n >= pn - 1 && memcmp(w, pat, pn - 1) == 0;
    return n == pn && memcmp(w, pat, n) == 0;
}

/* One command (no separators inside): are the pattern's words a subsequence of its words? */
static bool match_one(const char *s, const char *e, const char *pattern)
{
    const char *pw = pattern;
    while (*pw == ' ')
        pw++;
    const char *p = s;
    while (*pw) {
        const char *pe = pw;
        while (*pe && *pe != ' ')
            pe++;
        bool found = false;
        while (p < e && !found) {
            while (p < e && isspace((unsigned char)*p))
                p++;
            const char *ws = p;
            while (p < e && !isspace((unsigned char)*p))
                p++;
            const char *we = p;
            /* strip quotes around a word */
            if (we - ws >= 2 && (*ws == '"' || *ws == '\'') && we[-1] == *ws) {
                ws++;
                we--;
            }
            if (we > ws && word_match(ws, (size_t)(we - ws), pw, (size_t)(pe - pw)))
                found = true;
        }
        if (!found)
            return false;
        pw = pe;
        while (*pw == ' ')
            pw++;
    }
    return true;
}

bool cmd_matches(const char *text, const char *pattern)
{
    const char *p = text;
    while (*p) {
        const char *s = p;
        /* a command ends at a newline (not after a backslash), ;, &&, || or | */
        while (*p) {
            if (*p == '\\' && p[1] == '\n') {
                p += 2;
                continue;
            }
            if (*p == '\n' || *p == ';' || *p == '|' || (*p == '&' && p[1] == '&'))
                break;
            p++;
        }
        if (match_one(s, p, pattern))
            return true;
        while (*p == '\n' || *p == ';' || *p == '|' || *p == '&')
            p++;
    }
    return false;
}

bool ci_runs(const Project *p, const char *pattern, const Command **cmd)
{
    for (uint32_t i = 0; i < p->nci_commands; i++)
        if (cmd_matches(p->ci_commands[i].text, pattern)) {
            if (cmd)
                *cmd = &p->ci_commands[i];
            return true;
        }
    return false;
}

/* ---- dependencies ---- */

static bool list_has(const Project *p, const TomlValue *list, const char *dist)
{
    if (!list || list->kind != TOML_ARRAY)
        return false;
    for (uint32_t i = 0; i < list->as.array.len; i++) {
        const TomlValue *v = list->as.array.items[i];
        if (v->kind != TOML_STRING)
            continue;
        ReqLine rl;
        if (req_parse_one(p->arena, v->as.str.ptr, v->as.str.len, &rl) && rl.kind == REQ_REQUIREMENT &&
            strcmp(rl.name, dist) == 0)
            return true;
    }
    return false;
}

/* Each value of table `t` is a list of requirement strings. */
static bool lists_have(const Project *p, const TomlValue *t, const char *dist)
{
    if (!t || t->kind != TOML_TABLE)
        return false;
    for (uint32_t i = 0; i < t->as.table.len; i++)
        if (list_has(p, t->as.table.entries[i].value, dist))
            return true;
    return false;
}

/* Poetry style: keys of the table are distribution names. */
static bool keys_have(const Project *p, const TomlValue *t, const char *dist)
{
    if (!t || t->kind != TOML_TABLE)
        return false;
    for (uint32_t i = 0; i < t->as.table.len; i++) {
        const TomlEntry *e = &t->as.table.entries[i];
        const char *n = req_normalise(p->arena, e->key, e->key_len);
        if (n && strcmp(n, dist) == 0)
            return true;
    }
    return false;
}

bool project_depends_on(const Project *p, const char *dist, bool dev_only)
{
    if (!p->pyproject.root)
        return false;
    if (!dev_only && (list_has(p, pyp(p, "project.dependencies"), dist) ||
                      keys_have(p, pyp(p, "tool.poetry.dependencies"), dist)))
        return true;
    if (lists_have(p, pyp(p, "project.optional-dependencies"), dist) ||
        lists_have(p, pyp(p, "dependency-groups"), dist) ||
        list_has(p, pyp(p, "tool.uv.dev-dependencies"), dist) ||
        lists_have(p, pyp(p, "tool.pdm.dev-dependencies"), dist) ||
        keys_have(p, pyp(p, "tool.poetry.dev-dependencies"), dist))
        return true;
    const TomlValue *groups = pyp(p, "tool.poetry.group");
    if (groups && groups->kind == TOML_TABLE)
        for (uint32_t i = 0; i < groups->as.table.len; i++)
            if (keys_have(p, toml_get(groups->as.table.entries[i].value, "dependencies"), dist))
                return true;
    return false;
}
