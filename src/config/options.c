/* options.c: reading Ruff's options from a TOML table into a Configuration (type checks with
 * FILE:LINE:COL, warnings for keys snipe does not support), and combining configurations. */
#include "options.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config/pyversion.h"
#include "io/glob.h"
#include "io/path.h"
#include "util/utf8.h"

/* The lint options that may also be written at the top level (deprecated there). */
typedef struct LintCommon {
    CfgStrs select, extend_select, ignore, extend_ignore, fixable, extend_fixable, unfixable, extend_unfixable;
    CfgPerFiles per_file_ignores, extend_per_file_ignores;
    CfgStrs extend_safe_fixes, extend_unsafe_fixes;
    CfgStrs allowed_confusables, external, logger_objects, task_tags, typing_modules;
    CfgStrs extend_generics, allowed_unused_imports; /* lint.pyflakes */
    CfgStr dummy_variable_rgx;
    OptBool ignore_init_module_imports, explicit_preview_rules, ignore_overlong_task_comments;
    uint32_t max_line_length, max_doc_length;
    CfgInt lines_after_imports, lines_between_types; /* lint.isort */
    const char *first_key;       /* the first one written (for the deprecation warning) */
} LintCommon;

static const struct {
    const char *table, *key;
    int is_table;
} ruff_keys[] = {
#define RUFF_KEY(t, k, tab) {t, k, tab},
#include "config/ruff_keys.def"
#undef RUFF_KEY
};

void cfg_init(Configuration *c)
{
    memset(c, 0, sizeof *c);
    c->fix = c->fix_only = c->unsafe_fixes = c->show_fixes = c->preview = -1;
    c->force_exclude = c->respect_gitignore = -1;
    c->lint_preview = c->explicit_preview_rules = c->ignore_init_module_imports = -1;
    c->typing_extensions = c->future_annotations = c->ignore_overlong_task_comments = -1;
}

static void common_init(LintCommon *l)
{
    memset(l, 0, sizeof *l);
    l->ignore_init_module_imports = l->explicit_preview_rules = l->ignore_overlong_task_comments = -1;
}

/* "lint.select" (with "tool.ruff." in pyproject.toml). */
static const char *keypath(CfgReader *r, const char *section, const char *key)
{
    const char *p = arena_printf(r->arena, "%s%s%s%s", r->prefix, section, *section ? "." : "", key);
    return p ? p : key;
}

static void where(CfgReader *r, uint32_t line, uint32_t col, char *buf, size_t len)
{
    if (r->file)
        snprintf(buf, len, "%s:%u:%u: ", r->file, line, col);
    else
        snprintf(buf, len, "%s: ", r->label ? r->label : "--config");
}

static bool fail_at(CfgReader *r, const TomlValue *v, const char *fmt, const char *key, const char *detail)
{
    char w[600];
    where(r, v->line, v->col, w, sizeof w);
    char msg[800];
    snprintf(msg, sizeof msg, fmt, key, detail);
    snprintf(r->err, r->errlen, "%s%s", w, msg);
    return false;
}

static bool bad_type(CfgReader *r, const TomlValue *v, const char *key, const char *expected)
{
    char detail[200];
    snprintf(detail, sizeof detail, "expected %s, found %s", expected, toml_kind_name(v->kind));
    return fail_at(r, v, "invalid type for `%s`: %s", key, detail);
}

static bool oom(CfgReader *r)
{
    snprintf(r->err, r->errlen, "out of memory while reading configuration");
    return false;
}

static const char *dupstr(CfgReader *r, const TomlValue *v)
{
    return arena_strndup(r->arena, v->as.str.ptr, v->as.str.len);
}

static bool read_bool(CfgReader *r, const TomlValue *v, const char *key, OptBool *out)
{
    if (v->kind != TOML_BOOL)
        return bad_type(r, v, key, "a boolean");
    *out = v->as.boolean;
    return true;
}

static bool read_uint(CfgReader *r, const TomlValue *v, const char *key, const char *name, int64_t max,
                      uint32_t *out)
{
    if (v->kind != TOML_INTEGER)
        return bad_type(r, v, key, "an integer");
    if (v->as.integer < 1 || v->as.integer > max) {
        char detail[160];
        snprintf(detail, sizeof detail, "%s must be between 1 and %lld (got %lld)", name, (long long)max,
                 (long long)v->as.integer);
        return fail_at(r, v, "invalid value for `%s`: %s", key, detail);
    }
    *out = (uint32_t)v->as.integer;
    return true;
}

static bool read_str(CfgReader *r, const TomlValue *v, const char *key, CfgStr *out)
{
    if (v->kind != TOML_STRING)
        return bad_type(r, v, key, "a string");
    out->s = dupstr(r, v);
    if (!out->s)
        return oom(r);
    out->file = r->file;
    out->key = key;
    out->line = v->line;
    out->col = v->col;
    return true;
}

static bool read_strs(CfgReader *r, const TomlValue *v, const char *key, CfgStrs *out)
{
    if (v->kind != TOML_ARRAY)
        return bad_type(r, v, key, "an array of strings");
    uint32_t n = v->as.array.len;
    out->v = ARENA_ARRAY(r->arena, CfgStr, n ? n : 1);
    if (!out->v)
        return oom(r);
    for (uint32_t i = 0; i < n; i++)
        if (!read_str(r, v->as.array.items[i], key, &out->v[i]))
            return false;
    out->n = n;
    out->set = true;
    return true;
}

bool cfg_pattern(Arena *a, const char *pattern, const char *root, CfgPattern *out)
{
    out->pattern = pattern;
    char *esc = glob_escape(root);
    char *abs = esc ? path_absolute(pattern, esc) : NULL;
    out->absolute = abs ? arena_strdup(a, abs) : NULL;
    free(esc);
    free(abs);
    return out->absolute != NULL;
}

static bool read_patterns(CfgReader *r, const TomlValue *v, const char *key, CfgPatterns *out)
{
    CfgStrs s = {0};
    if (!read_strs(r, v, key, &s))
        return false;
    out->v = ARENA_ARRAY(r->arena, CfgPattern, s.n ? s.n : 1);
    if (!out->v)
        return oom(r);
    for (uint32_t i = 0; i < s.n; i++) {
        char err[200];
        Glob g;
        if (!glob_compile(s.v[i].s, false, &g, err, sizeof err)) {
            const TomlValue *item = v->as.array.items[i];
            return fail_at(r, item, "invalid glob in `%s`: %s", key, err);
        }
        glob_free(&g);
        if (!cfg_pattern(r->arena, s.v[i].s, r->project_root, &out->v[i]))
            return oom(r);
    }
    out->n = s.n;
    out->set = true;
    return true;
}

static bool read_version(CfgReader *r, const TomlValue *v, const char *key, PyVersion *out)
{
    if (v->kind != TOML_STRING)
        return bad_type(r, v, key, "a string");
    const char *s = dupstr(r, v);
    if (!s)
        return oom(r);
    if (!py_version_parse(s, out)) {
        char detail[300];
        snprintf(detail, sizeof detail,
                 "unknown variant `%s`, expected one of `py37`, `py38`, `py39`, `py310`, `py311`, `py312`, "
                 "`py313`, `py314`, `py315`",
                 s);
        return fail_at(r, v, "invalid value for `%s`: %s", key, detail);
    }
    return true;
}

/* A table of glob -> [codes] (per-file-ignores) or glob -> "pyXY" (per-file-target-version). */
static bool read_per_file(CfgReader *r, const TomlValue *v, const char *key, bool versions, CfgPerFiles *out)
{
    if (v->kind != TOML_TABLE)
        return bad_type(r, v, key, "a table");
    uint32_t n = v->as.table.len;
    out->v = ARENA_ARRAY(r->arena, CfgPerFile, n ? n : 1);
    if (!out->v)
        return oom(r);
    for (uint32_t i = 0; i < n; i++) {
        const TomlEntry *e = &v->as.table.entries[i];
        CfgPerFile *pf = &out->v[i];
        const char *pat = arena_strndup(r->arena, e->key, e->key_len);
        if (!pat)
            return oom(r);
        pf->negated = pat[0] == '!';
        pf->pattern = pat + pf->negated;
        char err[200];
        Glob g;
        if (!glob_compile(pf->pattern, false, &g, err, sizeof err)) {
            TomlValue at = {.line = e->line, .col = e->col};
            return fail_at(r, &at, "invalid glob in `%s`: %s", key, err);
        }
        glob_free(&g);
        CfgPattern cp;
        if (!cfg_pattern(r->arena, pf->pattern, r->project_root, &cp))
            return oom(r);
        pf->absolute = cp.absolute;
        if (versions) {
            if (!read_version(r, e->value, key, &pf->version))
                return false;
        } else if (!read_strs(r, e->value, key, &pf->codes)) {
            return false;
        }
    }
    out->n = n;
    out->set = true;
    return true;
}

static bool read_paths(CfgReader *r, const TomlValue *v, const char *key, CfgStrs *out)
{
    if (!read_strs(r, v, key, out))
        return false;
    for (uint32_t i = 0; i < out->n; i++) {
        const char *missing;
        char *x = path_expand(out->v[i].s, &missing);
        char *abs = x ? path_absolute(x, r->project_root) : NULL;
        const char *kept = abs ? arena_strdup(r->arena, abs) : NULL;
        free(x);
        free(abs);
        if (!kept)
            return oom(r);
        out->v[i].s = kept;
    }
    return true;
}

static bool known_ruff_key(const char *table, const char *key, int *is_table)
{
    for (size_t i = 0; i < sizeof ruff_keys / sizeof ruff_keys[0]; i++)
        if (strcmp(ruff_keys[i].table, table) == 0 && strcmp(ruff_keys[i].key, key) == 0) {
            *is_table = ruff_keys[i].is_table;
            return true;
        }
    return false;
}

static void unsupported(CfgReader *r, const char *section, const TomlEntry *e)
{
    int is_table = 0;
    bool known = known_ruff_key(section, e->key, &is_table);
    char w[600];
    where(r, e->line, e->col, w, sizeof w);
    const char *full = keypath(r, section, e->key);
    if (!known)
        warnf(r->warn, "%sunknown key `%s` (not a Ruff option): ignored", w, full);
    else if (is_table)
        warnf(r->warn, "%sunsupported key `%s`: snipe does not support this table of Ruff options yet; ignored", w,
              full);
    else
        warnf(r->warn, "%sunsupported key `%s`: snipe does not support this Ruff option yet; ignored", w, full);
}

static bool read_pycodestyle(CfgReader *r, const char *section, const TomlValue *t, LintCommon *l)
{
    const char *sec = arena_printf(r->arena, "%s%spycodestyle", section, *section ? "." : "");
    if (!sec)
        return oom(r);
    if (t->kind != TOML_TABLE)
        return bad_type(r, t, keypath(r, section, "pycodestyle"), "a table");
    for (uint32_t i = 0; i < t->as.table.len; i++) {
        const TomlEntry *e = &t->as.table.entries[i];
        const char *k = e->key;
        const char *key = keypath(r, sec, k);
        bool ok = true;
        if (strcmp(k, "max-line-length") == 0)
            ok = read_uint(r, e->value, key, "line-length", 65535, &l->max_line_length);
        else if (strcmp(k, "max-doc-length") == 0)
            ok = read_uint(r, e->value, key, "line-length", 65535, &l->max_doc_length);
        else if (strcmp(k, "ignore-overlong-task-comments") == 0)
            ok = read_bool(r, e->value, key, &l->ignore_overlong_task_comments);
        else
            unsupported(r, sec, e);
        if (!ok)
            return false;
    }
    return true;
}

static bool read_int(CfgReader *r, const TomlValue *v, const char *key, int64_t min, int64_t max, CfgInt *out)
{
    if (v->kind != TOML_INTEGER)
        return bad_type(r, v, key, "an integer");
    if (v->as.integer < min || v->as.integer > max) {
        char detail[160];
        snprintf(detail, sizeof detail, "must be between %lld and %lld (got %lld)", (long long)min, (long long)max,
                 (long long)v->as.integer);
        return fail_at(r, v, "invalid value for `%s`: %s", key, detail);
    }
    out->set = true;
    out->v = v->as.integer;
    return true;
}

/* [lint.isort]: the two settings the blank-line rules read; the others are isort's (I001). */
static bool read_isort(CfgReader *r, const char *section, const TomlValue *t, LintCommon *l)
{
    const char *sec = arena_printf(r->arena, "%s%sisort", section, *section ? "." : "");
    if (!sec)
        return oom(r);
    if (t->kind != TOML_TABLE)
        return bad_type(r, t, keypath(r, section, "isort"), "a table");
    for (uint32_t i = 0; i < t->as.table.len; i++) {
        const TomlEntry *e = &t->as.table.entries[i];
        const char *k = e->key;
        const char *key = keypath(r, sec, k);
        bool ok = true;
        if (strcmp(k, "lines-after-imports") == 0)
            ok = read_int(r, e->value, key, INT32_MIN, INT32_MAX, &l->lines_after_imports);
        else if (strcmp(k, "lines-between-types") == 0)
            ok = read_int(r, e->value, key, 0, INT32_MAX, &l->lines_between_types);
        else
            unsupported(r, sec, e);
        if (!ok)
            return false;
    }
    return true;
}

static bool read_pyflakes(CfgReader *r, const char *section, const TomlValue *t, LintCommon *l)
{
    const char *sec = arena_printf(r->arena, "%s%spyflakes", section, *section ? "." : "");
    if (!sec)
        return oom(r);
    if (t->kind != TOML_TABLE)
        return bad_type(r, t, keypath(r, section, "pyflakes"), "a table");
    for (uint32_t i = 0; i < t->as.table.len; i++) {
        const TomlEntry *e = &t->as.table.entries[i];
        const char *k = e->key;
        const char *key = keypath(r, sec, k);
        bool ok = true;
        if (strcmp(k, "extend-generics") == 0)
            ok = read_strs(r, e->value, key, &l->extend_generics);
        else if (strcmp(k, "allowed-unused-imports") == 0)
            ok = read_strs(r, e->value, key, &l->allowed_unused_imports);
        else
            unsupported(r, sec, e);
        if (!ok)
            return false;
    }
    return true;
}

static bool read_confusables(CfgReader *r, const TomlValue *v, const char *key, CfgStrs *out)
{
    if (!read_strs(r, v, key, out))
        return false;
    for (uint32_t i = 0; i < out->n; i++) {
        const char *s = out->v[i].s;
        size_t n = strlen(s);
        uint32_t pos = 0;
        if (n > 0 && n < 8)
            utf8_next(s, (uint32_t)n, &pos);
        if (n == 0 || pos != n)
            return fail_at(r, v->as.array.items[i], "invalid value for `%s`: %s", key,
                           "expected a single character");
    }
    return true;
}

/* One key of the lint options shared by [lint] and the (deprecated) top level. Returns 1 when
 * handled, 0 when not a common key, -1 on error. */
static int read_common(CfgReader *r, const char *section, const TomlEntry *e, LintCommon *l)
{
    const char *k = e->key;
    const TomlValue *v = e->value;
    const char *key = keypath(r, section, k);
    bool ok;
    if (strcmp(k, "select") == 0)
        ok = read_strs(r, v, key, &l->select);
    else if (strcmp(k, "extend-select") == 0)
        ok = read_strs(r, v, key, &l->extend_select);
    else if (strcmp(k, "ignore") == 0)
        ok = read_strs(r, v, key, &l->ignore);
    else if (strcmp(k, "extend-ignore") == 0)
        ok = read_strs(r, v, key, &l->extend_ignore);
    else if (strcmp(k, "fixable") == 0)
        ok = read_strs(r, v, key, &l->fixable);
    else if (strcmp(k, "extend-fixable") == 0)
        ok = read_strs(r, v, key, &l->extend_fixable);
    else if (strcmp(k, "unfixable") == 0)
        ok = read_strs(r, v, key, &l->unfixable);
    else if (strcmp(k, "extend-unfixable") == 0)
        ok = read_strs(r, v, key, &l->extend_unfixable);
    else if (strcmp(k, "per-file-ignores") == 0)
        ok = read_per_file(r, v, key, false, &l->per_file_ignores);
    else if (strcmp(k, "extend-per-file-ignores") == 0)
        ok = read_per_file(r, v, key, false, &l->extend_per_file_ignores);
    else if (strcmp(k, "extend-safe-fixes") == 0)
        ok = read_strs(r, v, key, &l->extend_safe_fixes);
    else if (strcmp(k, "extend-unsafe-fixes") == 0)
        ok = read_strs(r, v, key, &l->extend_unsafe_fixes);
    else if (strcmp(k, "allowed-confusables") == 0)
        ok = read_confusables(r, v, key, &l->allowed_confusables);
    else if (strcmp(k, "external") == 0)
        ok = read_strs(r, v, key, &l->external);
    else if (strcmp(k, "logger-objects") == 0)
        ok = read_strs(r, v, key, &l->logger_objects);
    else if (strcmp(k, "task-tags") == 0)
        ok = read_strs(r, v, key, &l->task_tags);
    else if (strcmp(k, "typing-modules") == 0)
        ok = read_strs(r, v, key, &l->typing_modules);
    else if (strcmp(k, "dummy-variable-rgx") == 0)
        ok = read_str(r, v, key, &l->dummy_variable_rgx);
    else if (strcmp(k, "ignore-init-module-imports") == 0)
        ok = read_bool(r, v, key, &l->ignore_init_module_imports);
    else if (strcmp(k, "explicit-preview-rules") == 0)
        ok = read_bool(r, v, key, &l->explicit_preview_rules);
    else if (strcmp(k, "pycodestyle") == 0)
        ok = read_pycodestyle(r, section, v, l);
    else if (strcmp(k, "pyflakes") == 0)
        ok = read_pyflakes(r, section, v, l);
    else if (strcmp(k, "isort") == 0)
        ok = read_isort(r, section, v, l);
    else
        return 0;
    if (ok && !l->first_key)
        l->first_key = k;
    return ok ? 1 : -1;
}

static bool read_lint(CfgReader *r, const TomlValue *t, Configuration *c, LintCommon *l)
{
    if (t->kind != TOML_TABLE)
        return bad_type(r, t, keypath(r, "", "lint"), "a table");
    for (uint32_t i = 0; i < t->as.table.len; i++) {
        const TomlEntry *e = &t->as.table.entries[i];
        int h = read_common(r, "lint", e, l);
        if (h < 0)
            return false;
        if (h > 0)
            continue;
        const char *k = e->key;
        const char *key = keypath(r, "lint", k);
        bool ok = true;
        if (strcmp(k, "exclude") == 0)
            ok = read_patterns(r, e->value, key, &c->lint_exclude);
        else if (strcmp(k, "preview") == 0)
            ok = read_bool(r, e->value, key, &c->lint_preview);
        else if (strcmp(k, "typing-extensions") == 0)
            ok = read_bool(r, e->value, key, &c->typing_extensions);
        else if (strcmp(k, "future-annotations") == 0)
            ok = read_bool(r, e->value, key, &c->future_annotations);
        else
            unsupported(r, "lint", e);
        if (!ok)
            return false;
    }
    return true;
}

static const char *const output_formats[] = {"concise", "full", "json", "json-lines", "junit", "grouped",
                                             "github", "gitlab", "pylint", "rdjson", "azure", "sarif", NULL};

static bool read_top_entry(CfgReader *r, const TomlEntry *e, Configuration *c, LintCommon *top, LintCommon *lint)
{
    const char *k = e->key;
    const TomlValue *v = e->value;
    const char *key = keypath(r, "", k);
    if (strcmp(k, "lint") == 0)
        return read_lint(r, v, c, lint);
    int h = read_common(r, "", e, top);
    if (h != 0)
        return h > 0;
    if (strcmp(k, "line-length") == 0)
        return read_uint(r, v, key, "line-length", 65535, &c->line_length);
    if (strcmp(k, "indent-width") == 0)
        return read_uint(r, v, key, "indent-width", 255, &c->indent_width);
    if (strcmp(k, "target-version") == 0)
        return read_version(r, v, key, &c->target_version);
    if (strcmp(k, "preview") == 0)
        return read_bool(r, v, key, &c->preview);
    if (strcmp(k, "fix") == 0)
        return read_bool(r, v, key, &c->fix);
    if (strcmp(k, "fix-only") == 0)
        return read_bool(r, v, key, &c->fix_only);
    if (strcmp(k, "unsafe-fixes") == 0)
        return read_bool(r, v, key, &c->unsafe_fixes);
    if (strcmp(k, "show-fixes") == 0)
        return read_bool(r, v, key, &c->show_fixes);
    if (strcmp(k, "force-exclude") == 0)
        return read_bool(r, v, key, &c->force_exclude);
    if (strcmp(k, "respect-gitignore") == 0)
        return read_bool(r, v, key, &c->respect_gitignore);
    if (strcmp(k, "exclude") == 0)
        return read_patterns(r, v, key, &c->exclude);
    if (strcmp(k, "extend-exclude") == 0)
        return read_patterns(r, v, key, &c->extend_exclude);
    if (strcmp(k, "include") == 0)
        return read_patterns(r, v, key, &c->include);
    if (strcmp(k, "extend-include") == 0)
        return read_patterns(r, v, key, &c->extend_include);
    if (strcmp(k, "builtins") == 0)
        return read_strs(r, v, key, &c->builtins);
    if (strcmp(k, "src") == 0)
        return read_paths(r, v, key, &c->src);
    if (strcmp(k, "namespace-packages") == 0)
        return read_paths(r, v, key, &c->namespace_packages);
    if (strcmp(k, "per-file-target-version") == 0)
        return read_per_file(r, v, key, true, &c->per_file_target_version);
    if (strcmp(k, "required-version") == 0)
        return read_str(r, v, key, &c->required_version);
    if (strcmp(k, "output-format") == 0) {
        CfgStr s;
        if (!read_str(r, v, key, &s))
            return false;
        for (int i = 0; output_formats[i]; i++)
            if (strcmp(s.s, output_formats[i]) == 0) {
                c->output_format = s.s;
                return true;
            }
        char detail[300];
        snprintf(detail, sizeof detail,
                 "unknown variant `%s`, expected one of `concise`, `full`, `json`, `json-lines`, `junit`, "
                 "`grouped`, `github`, `gitlab`, `pylint`, `rdjson`, `azure`, `sarif`",
                 s.s);
        return fail_at(r, v, "invalid value for `%s`: %s", key, detail);
    }
    if (strcmp(k, "extend") == 0 || strcmp(k, "cache-dir") == 0) {
        CfgStr s;
        if (!read_str(r, v, key, &s))
            return false;
        const char *missing;
        char *x = path_expand(s.s, &missing);
        if (!x) {
            char detail[300];
            snprintf(detail, sizeof detail, "environment variable not set in `%s`", missing ? missing : s.s);
            return fail_at(r, v, "invalid value for `%s`: %s", key, detail);
        }
        s.s = arena_strdup(r->arena, x);
        free(x);
        if (!s.s)
            return oom(r);
        if (k[0] == 'e') {
            c->extend = s.s;
            c->extend_at = s;
        } else {
            char *abs = path_absolute(s.s, r->project_root);
            c->cache_dir = abs ? arena_strdup(r->arena, abs) : NULL;
            free(abs);
            if (!c->cache_dir)
                return oom(r);
        }
        return true;
    }
    unsupported(r, "", e);
    return true;
}

#define OR(field) (a->field.set ? a->field : b->field)
#define ORV(field) (a->field ? a->field : b->field)
#define ORB(field) (a->field >= 0 ? a->field : b->field)

/* LintOptions.common.combine(top_level): the [lint] value wins, field by field. */
static void common_combine(const LintCommon *a, const LintCommon *b, LintCommon *o)
{
    o->select = OR(select);
    o->extend_select = OR(extend_select);
    o->ignore = OR(ignore);
    o->extend_ignore = OR(extend_ignore);
    o->fixable = OR(fixable);
    o->extend_fixable = OR(extend_fixable);
    o->unfixable = OR(unfixable);
    o->extend_unfixable = OR(extend_unfixable);
    o->per_file_ignores = OR(per_file_ignores);
    o->extend_per_file_ignores = OR(extend_per_file_ignores);
    o->extend_safe_fixes = OR(extend_safe_fixes);
    o->extend_unsafe_fixes = OR(extend_unsafe_fixes);
    o->allowed_confusables = OR(allowed_confusables);
    o->external = OR(external);
    o->logger_objects = OR(logger_objects);
    o->task_tags = OR(task_tags);
    o->typing_modules = OR(typing_modules);
    o->extend_generics = OR(extend_generics);
    o->allowed_unused_imports = OR(allowed_unused_imports);
    o->dummy_variable_rgx = a->dummy_variable_rgx.s ? a->dummy_variable_rgx : b->dummy_variable_rgx;
    o->ignore_init_module_imports = ORB(ignore_init_module_imports);
    o->explicit_preview_rules = ORB(explicit_preview_rules);
    o->ignore_overlong_task_comments = ORB(ignore_overlong_task_comments);
    o->max_line_length = ORV(max_line_length);
    o->max_doc_length = ORV(max_doc_length);
    o->lines_after_imports = OR(lines_after_imports);
    o->lines_between_types = OR(lines_between_types);
}

/* x followed by y, as a new array in `ar` (`set` when either was set). The three list types share
 * one layout: a set flag, the items, their count. */
static void *concat_items(Arena *ar, const void *x, uint32_t xn, const void *y, uint32_t yn, size_t elem)
{
    char *v = arena_alloc(ar, elem * ((size_t)xn + yn ? (size_t)xn + yn : 1));
    if (!v)
        return NULL;
    if (xn)
        memcpy(v, x, xn * elem);
    if (yn)
        memcpy(v + xn * elem, y, yn * elem);
    return v;
}

#define DEFINE_CONCAT(fn, List)                                                          \
    static bool fn(Arena *ar, const List *x, const List *y, List *o)                     \
    {                                                                                    \
        List r = {x->set || y->set, NULL, x->n + y->n};                                  \
        r.v = concat_items(ar, x->v, x->n, y->v, y->n, sizeof *r.v);                     \
        if (!r.v)                                                                        \
            return false;                                                                \
        *o = r;                                                                          \
        return true;                                                                     \
    }
DEFINE_CONCAT(concat_strs, CfgStrs)
DEFINE_CONCAT(concat_patterns, CfgPatterns)
DEFINE_CONCAT(concat_per_file, CfgPerFiles)

/* Ruff's deprecation warning for lint options at the top level, listing them in its order. */
static void warn_top_level(CfgReader *r, const TomlValue *table)
{
    static const char *const order[] = {
        "allowed-confusables", "dummy-variable-rgx", "extend-ignore", "extend-select", "extend-fixable",
        "extend-unfixable", "external", "fixable", "ignore", "extend-safe-fixes", "extend-unsafe-fixes",
        "ignore-init-module-imports", "logger-objects", "select", "explicit-preview-rules", "task-tags",
        "typing-modules", "unfixable", "flake8-annotations", "flake8-bandit", "flake8-boolean-trap",
        "flake8-bugbear", "flake8-builtins", "flake8-comprehensions", "flake8-copyright", "flake8-errmsg",
        "flake8-quotes", "flake8-self", "flake8-tidy-imports", "flake8-type-checking", "flake8-gettext",
        "flake8-implicit-str-concat", "flake8-import-conventions", "flake8-pytest-style",
        "flake8-unused-arguments", "isort", "mccabe", "pep8-naming", "pycodestyle", "pydocstyle", "pyflakes",
        "pylint", "pyupgrade", "per-file-ignores", "extend-per-file-ignores", NULL};
    char list[2048] = "";
    size_t n = 0;
    for (int i = 0; order[i]; i++)
        if (toml_get(table, order[i]) && n < sizeof list)
            n += (size_t)snprintf(list + n, sizeof list - n, "%s- '%s' -> 'lint.%s'", n ? "\n  " : "", order[i],
                                  order[i]);
    if (!n)
        return;
    char thing[600];
    if (r->file)
        snprintf(thing, sizeof thing, "`%s`", r->file);
    else
        snprintf(thing, sizeof thing, "your `--config` CLI arguments");
    warnf(r->warn,
          "The top-level linter settings are deprecated in favour of their counterparts in the `lint` section. "
          "Please update the following options in %s:\n  %s",
          thing, list);
}

bool cfg_read(CfgReader *r, const TomlValue *table, Configuration *c)
{
    cfg_init(c);
    c->path = r->file;
    LintCommon top, lint, common;
    common_init(&top);
    common_init(&lint);
    if (!table || table->kind != TOML_TABLE)
        return true;
    for (uint32_t i = 0; i < table->as.table.len; i++)
        if (!read_top_entry(r, &table->as.table.entries[i], c, &top, &lint))
            return false;
    if (top.first_key)
        warn_top_level(r, table);
    common_combine(&lint, &top, &common);

    SelectionLayer *L = ARENA_NEW(r->arena, SelectionLayer);
    if (!L)
        return oom(r);
    L->select = common.select;
    L->extend_select = common.extend_select;
    L->fixable = common.fixable;
    L->extend_fixable = common.extend_fixable;
    if (!concat_strs(r->arena, &common.ignore, &common.extend_ignore, &L->ignore) ||
        !concat_strs(r->arena, &common.unfixable, &common.extend_unfixable, &L->unfixable))
        return oom(r);
    c->selections = L;
    c->nselections = 1;
    c->per_file_ignores = common.per_file_ignores;
    c->extend_per_file_ignores = common.extend_per_file_ignores;
    c->extend_safe_fixes = common.extend_safe_fixes;
    c->extend_unsafe_fixes = common.extend_unsafe_fixes;
    c->allowed_confusables = common.allowed_confusables;
    c->external = common.external;
    c->logger_objects = common.logger_objects;
    c->task_tags = common.task_tags;
    c->typing_modules = common.typing_modules;
    c->extend_generics = common.extend_generics;
    c->allowed_unused_imports = common.allowed_unused_imports;
    c->dummy_variable_rgx = common.dummy_variable_rgx;
    c->ignore_init_module_imports = common.ignore_init_module_imports;
    c->explicit_preview_rules = common.explicit_preview_rules;
    c->ignore_overlong_task_comments = common.ignore_overlong_task_comments;
    c->max_line_length = common.max_line_length;
    c->max_doc_length = common.max_doc_length;
    c->lines_after_imports = common.lines_after_imports;
    c->lines_between_types = common.lines_between_types;
    return true;
}



bool cfg_combine(Arena *ar, const Configuration *a, const Configuration *b, Configuration *o)
{
    Configuration r;
    cfg_init(&r);
    r.path = a->path ? a->path : b->path;
    r.cache_dir = ORV(cache_dir);
    r.extend = ORV(extend);
    r.extend_at = a->extend ? a->extend_at : b->extend_at;
    r.output_format = ORV(output_format);
    r.fix = ORB(fix);
    r.fix_only = ORB(fix_only);
    r.unsafe_fixes = ORB(unsafe_fixes);
    r.show_fixes = ORB(show_fixes);
    r.preview = ORB(preview);
    r.force_exclude = ORB(force_exclude);
    r.respect_gitignore = ORB(respect_gitignore);
    r.required_version = a->required_version.s ? a->required_version : b->required_version;
    r.exclude = OR(exclude);
    r.include = OR(include);
    r.builtins = OR(builtins);
    r.namespace_packages = OR(namespace_packages);
    r.src = OR(src);
    r.target_version = ORV(target_version);
    r.per_file_target_version = OR(per_file_target_version);
    r.line_length = ORV(line_length);
    r.indent_width = ORV(indent_width);
    r.lint_exclude = OR(lint_exclude);
    r.lint_preview = ORB(lint_preview);
    r.explicit_preview_rules = ORB(explicit_preview_rules);
    r.ignore_init_module_imports = ORB(ignore_init_module_imports);
    r.typing_extensions = ORB(typing_extensions);
    r.future_annotations = ORB(future_annotations);
    r.per_file_ignores = OR(per_file_ignores);
    r.allowed_confusables = OR(allowed_confusables);
    r.external = OR(external);
    r.logger_objects = OR(logger_objects);
    r.task_tags = OR(task_tags);
    r.typing_modules = OR(typing_modules);
    r.extend_generics = OR(extend_generics);
    r.allowed_unused_imports = OR(allowed_unused_imports);
    r.dummy_variable_rgx = a->dummy_variable_rgx.s ? a->dummy_variable_rgx : b->dummy_variable_rgx;
    r.max_line_length = ORV(max_line_length);
    r.max_doc_length = ORV(max_doc_length);
    r.lines_after_imports = OR(lines_after_imports);
    r.lines_between_types = OR(lines_between_types);
    r.ignore_overlong_task_comments = ORB(ignore_overlong_task_comments);
    /* Accumulating lists: the base's first. */
    if (!concat_patterns(ar, &b->extend_exclude, &a->extend_exclude, &r.extend_exclude) ||
        !concat_patterns(ar, &b->extend_include, &a->extend_include, &r.extend_include) ||
        !concat_per_file(ar, &b->extend_per_file_ignores, &a->extend_per_file_ignores, &r.extend_per_file_ignores) ||
        !concat_strs(ar, &b->extend_safe_fixes, &a->extend_safe_fixes, &r.extend_safe_fixes) ||
        !concat_strs(ar, &b->extend_unsafe_fixes, &a->extend_unsafe_fixes, &r.extend_unsafe_fixes))
        return false;
    r.nselections = a->nselections + b->nselections;
    r.selections = ARENA_ARRAY(ar, SelectionLayer, r.nselections ? r.nselections : 1);
    if (!r.selections)
        return false;
    if (b->nselections)
        memcpy(r.selections, b->selections, b->nselections * sizeof *r.selections);
    if (a->nselections)
        memcpy(r.selections + b->nselections, a->selections, a->nselections * sizeof *r.selections);
    *o = r;
    return true;
}

bool cfg_per_file_from_cli(Arena *a, const char *const *items, uint32_t n, const char *cwd, const char *key,
                           CfgPerFiles *out, char *err, size_t errlen)
{
    /* Items "GLOB:CODE"; entries with the same glob are grouped (in first-seen order). */
    out->v = ARENA_ARRAY(a, CfgPerFile, n ? n : 1);
    out->n = 0;
    out->set = true;
    if (!out->v)
        return false;
    for (uint32_t i = 0; i < n; i++) {
        const char *it = items[i];
        const char *colon = strchr(it, ':');
        if (!colon || strchr(colon + 1, ':')) {
            snprintf(err, errlen, "invalid value '%s' for '%s <PER_FILE_IGNORES>': Expected <FilePattern>:<RuleCode> pattern",
                     it, key);
            return false;
        }
        const char *ps = it, *pe = colon;
        while (ps < pe && *ps == ' ')
            ps++;
        while (pe > ps && pe[-1] == ' ')
            pe--;
        const char *cs = colon + 1;
        while (*cs == ' ')
            cs++;
        char *pat = arena_strndup(a, ps, (size_t)(pe - ps));
        char *code = arena_strdup(a, cs);
        if (!pat || !code)
            return false;
        size_t cl = strlen(code);
        while (cl && code[cl - 1] == ' ')
            code[--cl] = 0;
        CfgPerFile *pf = NULL;
        for (uint32_t j = 0; j < out->n; j++)
            if (strcmp(out->v[j].pattern - out->v[j].negated, pat) == 0)
                pf = &out->v[j];
        if (!pf) {
            pf = &out->v[out->n++];
            memset(pf, 0, sizeof *pf);
            pf->negated = pat[0] == '!';
            pf->pattern = pat + pf->negated;
            CfgPattern cp;
            if (!cfg_pattern(a, pf->pattern, cwd, &cp))
                return false;
            pf->absolute = cp.absolute;
            pf->codes.set = true;
            pf->codes.v = ARENA_ARRAY(a, CfgStr, n);
            if (!pf->codes.v)
                return false;
        }
        pf->codes.v[pf->codes.n++] = (CfgStr){code, NULL, key, 0, 0};
    }
    return true;
}
