/* pyversion.c: parsing and evaluating PEP 440 specifier lists; the requires-python minimum. */
#include "pyversion.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static const char *skip_ws(const char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    return s;
}

/* A version: [v]N(.N)*, then optional pre/post/dev/local parts (accepted and ignored). */
static const char *parse_release(const char *s, uint32_t *rel, int *n, bool *star)
{
    *n = 0;
    *star = false;
    if (*s == 'v' || *s == 'V')
        s++;
    if (!isdigit((unsigned char)*s))
        return NULL;
    for (;;) {
        uint64_t v = 0;
        if (!isdigit((unsigned char)*s))
            return NULL;
        while (isdigit((unsigned char)*s)) {
            v = v * 10 + (uint64_t)(*s++ - '0');
            if (v > UINT32_MAX)
                return NULL;
        }
        if (*n < PEP440_MAX_PARTS)
            rel[(*n)++] = (uint32_t)v;
        if (s[0] == '.' && isdigit((unsigned char)s[1])) {
            s++;
            continue;
        }
        if (s[0] == '.' && s[1] == '*') {
            *star = true;
            return s + 2;
        }
        break;
    }
    /* pre-release, post-release, dev-release, local version label */
    while (*s && (isalnum((unsigned char)*s) || *s == '.' || *s == '-' || *s == '_' || *s == '+'))
        s++;
    return s;
}

bool pep440_parse_version(const char *text, uint32_t *release, int *n)
{
    bool star;
    const char *e = parse_release(skip_ws(text), release, n, &star);
    return e && !star && *skip_ws(e) == 0;
}

bool pep440_parse(const char *text, VerSpec *out, int max, int *n)
{
    *n = 0;
    const char *s = skip_ws(text);
    if (!*s)
        return true;
    for (;;) {
        if (*n >= max)
            return false;
        VerSpec *v = &out[*n];
        memset(v, 0, sizeof *v);
        if (strncmp(s, "===", 3) == 0)
            v->op = OP_ARB, s += 3;
        else if (strncmp(s, "==", 2) == 0)
            v->op = OP_EQ, s += 2;
        else if (strncmp(s, "!=", 2) == 0)
            v->op = OP_NE, s += 2;
        else if (strncmp(s, "~=", 2) == 0)
            v->op = OP_COMPAT, s += 2;
        else if (strncmp(s, "<=", 2) == 0)
            v->op = OP_LE, s += 2;
        else if (strncmp(s, ">=", 2) == 0)
            v->op = OP_GE, s += 2;
        else if (*s == '<')
            v->op = OP_LT, s++;
        else if (*s == '>')
            v->op = OP_GT, s++;
        else
            return false;
        bool star;
        s = parse_release(skip_ws(s), v->release, &v->nrelease, &star);
        if (!s)
            return false;
        if (star) {
            if (v->op == OP_EQ)
                v->op = OP_EQ_STAR;
            else if (v->op == OP_NE)
                v->op = OP_NE_STAR;
            else
                return false;
        }
        if (v->op == OP_COMPAT && v->nrelease < 2)
            return false;
        (*n)++;
        s = skip_ws(s);
        if (!*s)
            return true;
        if (*s != ',')
            return false;
        s = skip_ws(s + 1);
    }
}

static int cmp_release(const uint32_t *a, int na, const uint32_t *b, int nb)
{
    int n = na > nb ? na : nb;
    for (int i = 0; i < n; i++) {
        uint32_t x = i < na ? a[i] : 0, y = i < nb ? b[i] : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

static bool prefix_eq(const uint32_t *v, int nv, const uint32_t *p, int np)
{
    for (int i = 0; i < np; i++)
        if ((i < nv ? v[i] : 0) != p[i])
            return false;
    return true;
}

bool pep440_contains(const VerSpec *specs, int n, const uint32_t *v, int nv)
{
    for (int i = 0; i < n; i++) {
        const VerSpec *s = &specs[i];
        int c = cmp_release(v, nv, s->release, s->nrelease);
        bool ok = true;
        switch (s->op) {
        case OP_EQ: case OP_ARB: ok = c == 0; break;
        case OP_NE: ok = c != 0; break;
        case OP_EQ_STAR: ok = prefix_eq(v, nv, s->release, s->nrelease); break;
        case OP_NE_STAR: ok = !prefix_eq(v, nv, s->release, s->nrelease); break;
        case OP_COMPAT: ok = c >= 0 && prefix_eq(v, nv, s->release, s->nrelease - 1); break;
        case OP_LT: ok = c < 0; break;
        case OP_LE: ok = c <= 0; break;
        case OP_GT: ok = c > 0; break;
        case OP_GE: ok = c >= 0; break;
        }
        if (!ok)
            return false;
    }
    return true;
}

PyVersion requires_python_minimum(const char *text, bool *valid)
{
    VerSpec specs[32];
    int n;
    *valid = pep440_parse(text, specs, 32, &n);
    if (!*valid)
        return 0;
    bool found = false;
    uint32_t best[2] = {0, 0};
    for (int i = 0; i < n; i++) {
        const VerSpec *s = &specs[i];
        if (!(s->op == OP_EQ || s->op == OP_EQ_STAR || s->op == OP_ARB || s->op == OP_COMPAT || s->op == OP_GT ||
              s->op == OP_GE))
            continue;
        if (s->nrelease < 2)
            continue; /* Ruff needs a major and a minor component */
        uint32_t mm[2] = {s->release[0], s->release[1]};
        if (!found || cmp_release(mm, 2, best, 2) < 0) {
            best[0] = mm[0];
            best[1] = mm[1];
            found = true;
        }
    }
    if (!found || best[0] != 3 || best[1] < 7 || best[1] > 15)
        return 0;
    return (PyVersion)best[1];
}

static const char *const version_names[] = {"py37", "py38", "py39", "py310", "py311", "py312", "py313", "py314", "py315"};

bool py_version_parse(const char *name, PyVersion *out)
{
    for (int i = 0; i < 9; i++)
        if (strcmp(name, version_names[i]) == 0) {
            *out = (PyVersion)(PY37 + i);
            return true;
        }
    return false;
}

const char *py_version_name(PyVersion v)
{
    return v >= PY37 && v <= PY315 ? version_names[v - PY37] : "py310";
}
