/* config_load.c: finding and reading configuration files (each parsed once), the `extend` chain
 * with cycle detection, requires-python fallbacks and the command-line overrides. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "config/pyversion.h"
#include "config/resolve_internal.h"
#include "io/path.h"
#include "util/str.h"

#define MAX_CHAIN 64

static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static const char *display(Config *c, const char *abs)
{
    char *d = path_display(abs, c->cwd);
    const char *r = d ? arena_strdup(&c->arena, d) : abs;
    free(d);
    return r ? r : abs;
}

/* Read and parse `path` once; later calls return the same result. */
static ParsedFile *parse_file(Config *c, const char *path)
{
    for (uint32_t i = 0; i < c->parsed.len; i++)
        if (strcmp(c->parsed.data[i].path, path) == 0)
            return &c->parsed.data[i];
    ParsedFile pf = {0};
    pf.path = arena_strdup(&c->arena, path);
    FILE *f = fopen(path, "rb");
    if (f) {
        Buf b = {0};
        char chunk[16384];
        size_t n;
        while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
            buf_append(&b, chunk, n);
        pf.readable = !ferror(f) && !b.failed;
        pf.errnum = pf.readable ? 0 : (b.failed ? ENOMEM : EIO);
        fclose(f);
        if (pf.readable)
            pf.root = toml_parse(&c->arena, b.data ? b.data : "", b.len, &pf.error);
        buf_free(&b);
    } else {
        pf.errnum = errno;
    }
    if (!pf.path || !vec_push(&c->parsed, pf))
        return NULL;
    return &vec_last(&c->parsed);
}

/* [tool.snipe] wins over [tool.ruff] in one pyproject.toml. */
static const TomlValue *tool_table(const TomlValue *root, const char **prefix)
{
    const TomlValue *t = toml_get_path(root, "tool.snipe");
    if (t && t->kind == TOML_TABLE) {
        *prefix = "tool.snipe.";
        return t;
    }
    t = toml_get_path(root, "tool.ruff");
    if (t && t->kind == TOML_TABLE) {
        *prefix = "tool.ruff.";
        return t;
    }
    return NULL;
}

static bool is_pyproject(const char *path) { return strcmp(path_basename(path), "pyproject.toml") == 0; }

bool config_file_in_dir(Config *c, const char *dir, const char **found, char *err, size_t errlen)
{
    static const char *const names[] = {".snipe.toml", "snipe.toml", ".ruff.toml", "ruff.toml"};
    *found = NULL;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        char *p = path_join(dir, names[i]);
        if (!p) {
            snprintf(err, errlen, "out of memory");
            return false;
        }
        if (is_file(p)) {
            *found = arena_strdup(&c->arena, p);
            free(p);
            return *found != NULL;
        }
        free(p);
    }
    char *p = path_join(dir, "pyproject.toml");
    if (!p) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    if (is_file(p)) {
        ParsedFile *pf = parse_file(c, p);
        const char *prefix;
        if (!pf) {
            free(p);
            snprintf(err, errlen, "out of memory");
            return false;
        }
        if (pf->readable && !pf->root)
            warnf(&c->warner, "%s:%u:%u: %s (this pyproject.toml is ignored)", display(c, p), pf->error.line,
                  pf->error.col, pf->error.message);
        else if (!pf->readable)
            warnf(&c->warner, "%s: cannot read: %s (this pyproject.toml is ignored)", display(c, p),
                  strerror(pf->errnum));
        else if (tool_table(pf->root, &prefix))
            *found = pf->path;
    }
    free(p);
    return true;
}

/* target-version from [project] requires-python of a parsed pyproject.toml (0 when absent). */
static bool requires_python(Config *c, const ParsedFile *pf, bool strict, PyVersion *out, char *err, size_t errlen)
{
    *out = 0;
    const TomlValue *rp = toml_get_path(pf->root, "project.requires-python");
    if (!rp)
        return true;
    const char *where = display(c, pf->path);
    if (rp->kind != TOML_STRING) {
        if (strict) {
            snprintf(err, errlen, "%s:%u:%u: invalid type for `project.requires-python`: expected a string, found %s",
                     where, rp->line, rp->col, toml_kind_name(rp->kind));
            return false;
        }
        return true;
    }
    char *s = strndup(rp->as.str.ptr, rp->as.str.len);
    bool valid;
    *out = s ? requires_python_minimum(s, &valid) : 0;
    if (s && !valid && strict) {
        snprintf(err, errlen, "%s:%u:%u: invalid value for `project.requires-python`: `%s` is not a version specifier",
                 where, rp->line, rp->col, s);
        free(s);
        return false;
    }
    free(s);
    return true;
}

PyVersion config_fallback_target(Config *c, const char *dir)
{
    char *d = strdup(dir);
    while (d) {
        char *p = path_join(d, "pyproject.toml");
        if (p && is_file(p)) {
            ParsedFile *pf = parse_file(c, p);
            PyVersion v = 0;
            char err[8];
            if (pf && pf->root && requires_python(c, pf, false, &v, err, sizeof err) && v) {
                free(p);
                free(d);
                return v;
            }
        }
        free(p);
        if (strcmp(d, "/") == 0)
            break;
        char *up = path_parent(d);
        free(d);
        d = up;
    }
    free(d);
    return 0;
}

/* Ruff's load_options + Configuration::from_options for one file. */
static bool load_file(Config *c, const char *path, const char *project_root, Configuration *out, char *err,
                      size_t errlen)
{
    ParsedFile *pf = parse_file(c, path);
    const char *shown = display(c, path);
    if (!pf) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    if (!pf->readable) {
        snprintf(err, errlen, "Failed to read %s: %s (os error %d)", shown, strerror(pf->errnum), pf->errnum);
        return false;
    }
    if (!pf->root) {
        snprintf(err, errlen, "%s:%u:%u: %s", shown, pf->error.line, pf->error.col, pf->error.message);
        return false;
    }
    const char *prefix = "";
    const TomlValue *table = pf->root;
    bool pyproject = is_pyproject(path);
    if (pyproject)
        table = tool_table(pf->root, &prefix);
    CfgReader r = {&c->arena, shown, shown, project_root, prefix, &c->warner, err, errlen};
    if (!cfg_read(&r, table, out))
        return false;
    out->path = pf->path;
    if (pyproject && !out->target_version) {
        PyVersion v;
        if (!requires_python(c, pf, true, &v, err, errlen))
            return false;
        out->target_version = v;
    }
    return true;
}

bool config_resolve_chain(Config *c, const char *path, Origin origin, Configuration *out, char *err, size_t errlen)
{
    const char *chain[MAX_CHAIN];
    Configuration confs[MAX_CHAIN];
    cfg_init(&confs[0]);
    int n = 0;
    const char *next = path;
    char sub[2048];
    while (next) {
        for (int i = 0; i < n; i++) {
            if (strcmp(chain[i], next) != 0)
                continue;
            Buf b = {0};
            buf_puts(&b, "Circular configuration detected: ");
            for (int j = 0; j < n; j++)
                buf_printf(&b, "`%s` extends ", display(c, chain[j]));
            buf_printf(&b, "`%s`", display(c, next));
            snprintf(err, errlen, "%s", b.data ? b.data : "Circular configuration detected");
            buf_free(&b);
            return false;
        }
        if (n == MAX_CHAIN) {
            snprintf(err, errlen, "%s: `extend` chain longer than %d files", display(c, path), MAX_CHAIN);
            return false;
        }
        char *parent = path_parent(next);
        if (!parent) {
            snprintf(err, errlen, "out of memory");
            return false;
        }
        const char *root = origin == ORIGIN_ANCESTOR ? parent : c->cwd;
        if (!load_file(c, next, root, &confs[n], sub, sizeof sub)) {
            free(parent);
            if (n == 0) {
                snprintf(err, errlen, "%s", sub);
            } else {
                const CfgStr *at = &confs[n - 1].extend_at;
                Buf b = {0};
                buf_printf(&b, "%s:%u:%u: Failed to load extended configuration `%s` (", at->file, at->line, at->col,
                           display(c, next));
                for (int j = 0; j < n; j++)
                    buf_printf(&b, "`%s` extends ", display(c, chain[j]));
                buf_printf(&b, "`%s`): %s", display(c, next), sub);
                snprintf(err, errlen, "%s", b.data ? b.data : sub);
                buf_free(&b);
            }
            return false;
        }
        chain[n] = next;
        const char *ext = confs[n].extend;
        n++;
        if (ext) {
            char *abs = path_absolute(ext, parent);
            next = abs ? arena_strdup(&c->arena, abs) : NULL;
            free(abs);
            if (!next) {
                free(parent);
                snprintf(err, errlen, "out of memory");
                return false;
            }
        } else {
            next = NULL;
        }
        free(parent);
    }
    Configuration merged = confs[0];
    for (int i = 1; i < n; i++)
        if (!cfg_combine(&c->arena, &merged, &confs[i], &merged)) {
            snprintf(err, errlen, "out of memory");
            return false;
        }
    if (origin == ORIGIN_ANCESTOR && !merged.target_version) {
        char *dir = path_parent(path);
        if (dir)
            merged.target_version = config_fallback_target(c, dir);
        free(dir);
    }
    if (origin == ORIGIN_USER_SETTINGS) {
        /* requires-python near the working directory beats the user configuration's target. */
        PyVersion v = config_fallback_target(c, c->cwd);
        if (v)
            merged.target_version = v;
    }
    return config_transform(c, &merged, out, err, errlen);
}
