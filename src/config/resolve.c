/* resolve.c: the Config of a run: the command line turned into overrides, the root
 * configuration (isolated, --config, closest to the working directory, user, defaults), one
 * Scope per configuration file met during discovery, and the settings of each file. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "resolve.h"

#include <pcre2.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config/pyversion.h"
#include "config/resolve_internal.h"
#include "io/path.h"
#include "util/str.h"

static const char *const builtin_exclude[] = {
    ".bzr", ".direnv", ".eggs", ".git", ".git-rewrite", ".hg", ".ipynb_checkpoints", ".mypy_cache",
    ".nox", ".pants.d", ".pyenv", ".pytest_cache", ".pytype", ".ruff_cache", ".svn", ".tox", ".venv",
    ".vscode", "__pypackages__", "_build", "buck-out", "dist", "node_modules", "site-packages", "venv", NULL,
};
static const char *const builtin_include[] = {"*.py", "*.pyi", NULL};

void print_warning(void *ud, const char *msg)
{
    Config *c = ud;
    for (uint32_t i = 0; i < c->seen_warnings.len; i++)
        if (strcmp(c->seen_warnings.data[i], msg) == 0)
            return;
    char *copy = strdup(msg);
    if (copy && !vec_push(&c->seen_warnings, copy))
        free(copy);
    fprintf(c->warn_out, "warning: %s\n", msg);
}

bool pattern_set_build(Config *c, const CfgPatterns *p, const char *const *builtin, PatternSet *out, char *err,
                       size_t errlen)
{
    memset(out, 0, sizeof *out);
    uint32_t n = 0;
    if (p && p->set)
        n = p->n;
    else if (builtin)
        while (builtin[n])
            n++;
    out->shown = ARENA_ARRAY(&c->arena, const char *, n ? n : 1);
    if (!out->shown) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    for (uint32_t i = 0; i < n; i++) {
        bool ok;
        if (p && p->set) {
            const CfgPattern *cp = &p->v[i];
            out->shown[i] = cp->pattern;
            ok = globset_add(&out->set, cp->absolute, err, errlen);
            if (ok && !strchr(cp->pattern, '/'))
                ok = globset_add(&out->set, cp->pattern, err, errlen);
        } else {
            out->shown[i] = builtin[i];
            ok = globset_add(&out->set, builtin[i], err, errlen);
        }
        if (!ok)
            return false;
    }
    out->nshown = n;
    return true;
}

static bool set_match(const PatternSet *p, const char *path)
{
    return p->set.len && (globset_match(&p->set, path) || globset_match(&p->set, path_basename(path)));
}

bool scope_excluded(const Scope *s, const char *path)
{
    return set_match(&s->exclude, path) || set_match(&s->extend_exclude, path);
}

bool scope_included(const Scope *s, const char *path)
{
    return globset_match(&s->include.set, path) || globset_match(&s->extend_include.set, path);
}

bool scope_lint_excluded(const Scope *s, const char *path) { return set_match(&s->lint_exclude, path); }

/* A NULL-terminated list of the strings of `l` (the default when unset). */
static const char *const *string_list(Config *c, const CfgStrs *l, const char *const *dflt)
{
    if (!l->set)
        return dflt;
    const char **v = ARENA_ARRAY(&c->arena, const char *, l->n + 1);
    if (!v)
        return dflt;
    for (uint32_t i = 0; i < l->n; i++)
        v[i] = l->v[i].s;
    return v;
}

/* Rules named by extend-safe-fixes / extend-unsafe-fixes, the more specific selector winning. */
static bool fix_safety(Config *c, const Configuration *cfg, const SelectionOptions *so, LintSettings *ls, char *err,
                       size_t errlen)
{
    (void)c;
    for (int spec = SPEC_ALL; spec <= SPEC_RULE; spec++) {
        for (int k = 0; k < 2; k++) {
            const CfgStrs *l = k == 0 ? &cfg->extend_safe_fixes : &cfg->extend_unsafe_fixes;
            for (uint32_t i = 0; i < l->n; i++) {
                Selector s;
                bool skip;
                if (!selection_parse(&l->v[i], so, &s, &skip, err, errlen)) {
                    if (skip)
                        continue;
                    return false;
                }
                if ((int)s.spec != spec)
                    continue;
                RuleSet *add = k == 0 ? &ls->extend_safe_fixes : &ls->extend_unsafe_fixes;
                RuleSet *del = k == 0 ? &ls->extend_unsafe_fixes : &ls->extend_safe_fixes;
                ruleset_union(add, &s.rules);
                ruleset_subtract(del, &s.rules);
            }
        }
    }
    return true;
}

static bool compile_dummy(Config *c, const Configuration *cfg, LintSettings *ls, char *err, size_t errlen)
{
    if (cfg->dummy_variable_rgx.s)
        ls->dummy_variable_rgx_src = cfg->dummy_variable_rgx.s;
    int code;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)ls->dummy_variable_rgx_src, PCRE2_ZERO_TERMINATED,
                                   PCRE2_UTF | PCRE2_UCP, &code, &off, NULL);
    if (!re) {
        PCRE2_UCHAR msg[200];
        pcre2_get_error_message(code, msg, sizeof msg);
        char where[600];
        cfg_where(&cfg->dummy_variable_rgx, where, sizeof where);
        snprintf(err, errlen, "%sInvalid `dummy-variable-rgx` value: %s (at offset %zu)", where, (const char *)msg,
                 (size_t)off);
        return false;
    }
    if (!vec_push(&c->regexes, (void *)re)) {
        pcre2_code_free(re);
        snprintf(err, errlen, "out of memory");
        return false;
    }
    ls->dummy_variable_rgx = re;
    return true;
}

static void check_required_version(Config *c, const Configuration *cfg)
{
    if (!cfg->required_version.s)
        return;
    VerSpec specs[16];
    int n;
    uint32_t v[8];
    int nv;
    const char *rv = cfg->required_version.s;
    char where[600];
    cfg_where(&cfg->required_version, where, sizeof where);
    pep440_parse_version("0.17.3", v, &nv);
    if (pep440_parse_version(rv, specs[0].release, &specs[0].nrelease)) {
        specs[0].op = OP_EQ;
        n = 1;
    } else if (!pep440_parse(rv, specs, 16, &n)) {
        warnf(&c->warner, "%sinvalid `required-version` `%s`: not a version specifier", where, rv);
        return;
    }
    if (!pep440_contains(specs, n, v, nv))
        warnf(&c->warner,
              "%sRequired version `%s` does not match Ruff 0.17.3, whose behaviour snipe follows (the check goes on)",
              where, rv);
}

/* Ruff's Configuration::into_settings. */
static Scope *scope_build(Config *c, const Configuration *cfg, const char *project_root, const char *config_path,
                          char *err, size_t errlen)
{
    Scope *s = calloc(1, sizeof *s);
    if (!s) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    s->root = arena_strdup(&c->arena, project_root);
    s->config_path = config_path;
    LintSettings *ls = &s->lint;
    lint_settings_default(ls);
    check_required_version(c, cfg);
    bool global_preview = cfg->preview == 1;
    ls->preview = cfg->lint_preview >= 0 ? cfg->lint_preview == 1 : global_preview;
    ls->explicit_preview_rules = cfg->explicit_preview_rules == 1;
    ls->ignore_noqa = c->args && c->args->ignore_noqa;
    if (cfg->target_version)
        ls->target_version = cfg->target_version;
    if (cfg->line_length)
        ls->line_length = cfg->line_length;
    if (cfg->indent_width)
        ls->indent_width = cfg->indent_width;
    ls->max_line_length = cfg->max_line_length ? cfg->max_line_length : ls->line_length;
    ls->max_doc_length = cfg->max_doc_length;
    ls->ignore_overlong_task_comments = cfg->ignore_overlong_task_comments == 1;
    if (cfg->lines_after_imports.set)
        ls->lines_after_imports = (int32_t)cfg->lines_after_imports.v;
    if (cfg->lines_between_types.set)
        ls->lines_between_types = (uint32_t)cfg->lines_between_types.v;
    ls->task_tags = string_list(c, &cfg->task_tags, ls->task_tags);
    ls->fix = cfg->fix == 1;
    ls->fix_only = cfg->fix_only == 1;
    ls->show_fixes = cfg->show_fixes == 1;
    ls->unsafe_fixes = cfg->unsafe_fixes < 0 ? UNSAFE_MODE_HINT
                       : cfg->unsafe_fixes   ? UNSAFE_MODE_ENABLED
                                             : UNSAFE_MODE_DISABLED;
    ls->output_format = cfg->output_format;
    ls->allowed_confusables = string_list(c, &cfg->allowed_confusables, ls->allowed_confusables);
    ls->builtins = string_list(c, &cfg->builtins, ls->builtins);
    ls->typing_modules = string_list(c, &cfg->typing_modules, ls->typing_modules);
    ls->extend_generics = string_list(c, &cfg->extend_generics, ls->extend_generics);
    ls->allowed_unused_imports = string_list(c, &cfg->allowed_unused_imports, ls->allowed_unused_imports);
    ls->logger_objects = string_list(c, &cfg->logger_objects, ls->logger_objects);
    ls->external = string_list(c, &cfg->external, ls->external);
    ls->namespace_packages = string_list(c, &cfg->namespace_packages, ls->namespace_packages);
    if (cfg->src.set) {
        ls->src = string_list(c, &cfg->src, ls->src);
    } else {
        const char **src = ARENA_ARRAY(&c->arena, const char *, 3);
        char *with_src = path_join(project_root, "src");
        if (src && with_src) {
            src[0] = s->root;
            src[1] = arena_strdup(&c->arena, with_src);
            ls->src = src;
        }
        free(with_src);
    }
    if (cfg->ignore_init_module_imports >= 0)
        ls->ignore_init_module_imports = cfg->ignore_init_module_imports;
    if (cfg->typing_extensions >= 0)
        ls->typing_extensions = cfg->typing_extensions;
    ls->future_annotations = cfg->future_annotations == 1;
    ls->project_root = s->root;
    ls->config_path = config_path;
    if (cfg->cache_dir) {
        ls->cache_dir = cfg->cache_dir;
    } else {
        const char *env = getenv("SNIPE_CACHE_DIR");
        char *d = env && *env ? path_absolute(env, c->cwd) : path_join(project_root, ".snipe_cache");
        ls->cache_dir = d ? arena_strdup(&c->arena, d) : NULL;
        free(d);
    }

    SelectionOptions so = {ls->preview, ls->explicit_preview_rules, &c->warner};
    bool ok = selection_resolve(cfg->selections, cfg->nselections, &so, &ls->enabled, &ls->fixable, err, errlen) &&
              fix_safety(c, cfg, &so, ls, err, errlen) && compile_dummy(c, cfg, ls, err, errlen) &&
              pattern_set_build(c, &cfg->exclude, builtin_exclude, &s->exclude, err, errlen) &&
              pattern_set_build(c, &cfg->extend_exclude, NULL, &s->extend_exclude, err, errlen) &&
              pattern_set_build(c, &cfg->include, builtin_include, &s->include, err, errlen) &&
              pattern_set_build(c, &cfg->extend_include, NULL, &s->extend_include, err, errlen) &&
              pattern_set_build(c, &cfg->lint_exclude, NULL, &s->lint_exclude, err, errlen);
    if (ok) {
        CfgPerFiles lists[2] = {cfg->per_file_ignores, cfg->extend_per_file_ignores};
        ok = per_file_compile(c, lists, 2, false, &so, &s->per_file_ignores, err, errlen) &&
             per_file_compile(c, &cfg->per_file_target_version, 1, true, &so, &s->per_file_targets, err, errlen);
    }
    s->force_exclude = cfg->force_exclude == 1;
    s->respect_gitignore = cfg->respect_gitignore != 0;
    ls->per_file_ignores = &s->per_file_ignores;
    if (!ok) {
        globset_free(&s->exclude.set);
        globset_free(&s->extend_exclude.set);
        globset_free(&s->include.set);
        globset_free(&s->extend_include.set);
        globset_free(&s->lint_exclude.set);
        per_file_free(&s->per_file_ignores);
        per_file_free(&s->per_file_targets);
        free(s);
        return NULL;
    }
    return s;
}

static void scope_free(Scope *s)
{
    if (!s)
        return;
    globset_free(&s->exclude.set);
    globset_free(&s->extend_exclude.set);
    globset_free(&s->include.set);
    globset_free(&s->extend_include.set);
    globset_free(&s->lint_exclude.set);
    per_file_free(&s->per_file_ignores);
    per_file_free(&s->per_file_targets);
    for (uint32_t i = 0; i < s->variants.len; i++)
        free(s->variants.data[i].settings);
    vec_free(&s->variants);
    free(s);
}

/* --- command line --- */

static CfgStrs cli_strs(Config *c, const StrList *l, const char *key, bool set_if_given)
{
    CfgStrs r = {false, NULL, 0};
    r.v = ARENA_ARRAY(&c->arena, CfgStr, l->len ? l->len : 1);
    if (!r.v)
        return r;
    for (uint32_t i = 0; i < l->len; i++)
        r.v[i] = (CfgStr){l->data[i], NULL, key, 0, 0};
    r.n = l->len;
    r.set = set_if_given && l->len > 0;
    return r;
}

static bool cli_patterns(Config *c, const StrList *l, CfgPatterns *out)
{
    out->v = ARENA_ARRAY(&c->arena, CfgPattern, l->len ? l->len : 1);
    if (!out->v)
        return false;
    for (uint32_t i = 0; i < l->len; i++)
        if (!cfg_pattern(&c->arena, l->data[i], c->cwd, &out->v[i]))
            return false;
    out->n = l->len;
    out->set = l->len > 0;
    return true;
}

static OptBool tri(TriState t) { return t == TRI_UNSET ? -1 : t == TRI_YES; }

/* The per-flag overrides (Ruff's ExplicitConfigOverrides), kept as a Configuration. */
static bool parse_flags(Config *c, Configuration *f, char *err, size_t errlen)
{
    const CheckArgs *a = c->args;
    cfg_init(f);
    if (!cli_patterns(c, &a->exclude, &f->exclude) || !cli_patterns(c, &a->extend_exclude, &f->extend_exclude)) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    if (a->per_file_ignores.len &&
        !cfg_per_file_from_cli(&c->arena, a->per_file_ignores.data, a->per_file_ignores.len, c->cwd,
                               "--per-file-ignores", &f->per_file_ignores, err, errlen))
        return false;
    f->per_file_ignores.set = a->per_file_ignores.len > 0;
    if (a->extend_per_file_ignores.len &&
        !cfg_per_file_from_cli(&c->arena, a->extend_per_file_ignores.data, a->extend_per_file_ignores.len, c->cwd,
                               "--extend-per-file-ignores", &f->extend_per_file_ignores, err, errlen))
        return false;
    SelectionLayer *L = ARENA_NEW(&c->arena, SelectionLayer);
    if (!L) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    L->select = cli_strs(c, &a->select, "--select", true);
    L->extend_select = cli_strs(c, &a->extend_select, "--extend-select", false);
    CfgStrs ign = cli_strs(c, &a->ignore, "--ignore", false), eign = cli_strs(c, &a->extend_ignore, "--extend-ignore", false);
    L->ignore.v = ARENA_ARRAY(&c->arena, CfgStr, ign.n + eign.n + 1);
    if (!L->ignore.v) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    for (uint32_t i = 0; i < ign.n; i++)
        L->ignore.v[L->ignore.n++] = ign.v[i];
    for (uint32_t i = 0; i < eign.n; i++)
        L->ignore.v[L->ignore.n++] = eign.v[i];
    L->fixable = cli_strs(c, &a->fixable, "--fixable", true);
    L->extend_fixable = cli_strs(c, &a->extend_fixable, "--extend-fixable", false);
    L->unfixable = cli_strs(c, &a->unfixable, "--unfixable", false);
    f->selections = L;
    f->nselections = 1;
    if (a->line_length) {
        char *end;
        long v = strtol(a->line_length, &end, 10);
        if (*end || end == a->line_length || v < 1 || v > 65535) {
            snprintf(err, errlen,
                     "invalid value '%s' for '--line-length <LINE_LENGTH>': line-length must be between 1 and 65535",
                     a->line_length);
            return false;
        }
        f->line_length = (uint32_t)v;
    }
    if (a->target_version && !py_version_parse(a->target_version, &f->target_version)) {
        snprintf(err, errlen,
                 "invalid value '%s' for '--target-version <TARGET_VERSION>'\n  [possible values: py37, py38, py39, "
                 "py310, py311, py312, py313, py314, py315]",
                 a->target_version);
        return false;
    }
    f->preview = tri(a->preview);
    f->fix = tri(a->fix);
    f->fix_only = a->fix_only ? 1 : -1;
    f->unsafe_fixes = tri(a->unsafe_fixes);
    f->show_fixes = tri(a->show_fixes);
    f->force_exclude = tri(a->force_exclude);
    f->respect_gitignore = tri(a->respect_gitignore);
    f->output_format = a->output_format;
    return true;
}

bool config_transform(Config *c, const Configuration *in, Configuration *out, char *err, size_t errlen)
{
    Configuration w;
    if (!cfg_combine(&c->arena, &c->inline_overrides, in, &w)) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    const Configuration *f = &c->flags;
    Configuration onlyext;
    cfg_init(&onlyext);
    onlyext.extend_exclude = f->extend_exclude;
    onlyext.extend_per_file_ignores = f->extend_per_file_ignores;
    onlyext.selections = f->selections;
    onlyext.nselections = f->nselections;
    /* Appends the flag lists and the command-line selection layer after the configuration's. */
    if (!cfg_combine(&c->arena, &onlyext, &w, &w)) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    if (f->exclude.set)
        w.exclude = f->exclude;
    if (f->per_file_ignores.set)
        w.per_file_ignores = f->per_file_ignores;
    if (f->fix >= 0)
        w.fix = f->fix;
    if (f->fix_only >= 0)
        w.fix_only = f->fix_only;
    if (f->unsafe_fixes >= 0)
        w.unsafe_fixes = f->unsafe_fixes;
    if (f->show_fixes >= 0)
        w.show_fixes = f->show_fixes;
    if (f->force_exclude >= 0)
        w.force_exclude = f->force_exclude;
    if (f->respect_gitignore >= 0)
        w.respect_gitignore = f->respect_gitignore;
    if (f->output_format)
        w.output_format = f->output_format;
    if (f->line_length) {
        w.line_length = f->line_length;
        w.max_line_length = f->line_length;
    }
    if (f->preview >= 0)
        w.preview = w.lint_preview = f->preview;
    if (f->target_version)
        w.target_version = f->target_version;
    *out = w;
    return true;
}

/* --config 'key = value': parse as TOML and read as a ruff.toml table. */
static bool parse_inline(Config *c, const char *text, char *err, size_t errlen)
{
    TomlError te;
    TomlValue *root = toml_parse(&c->arena, text, strlen(text), &te);
    const char *tip = "\n\n  tip: A `--config` flag must either be a path to a `.toml` configuration file\n"
                      "       or a TOML `<KEY> = <VALUE>` pair overriding a specific configuration\n       option";
    if (!root) {
        size_t n = strlen(text);
        bool looks_path = n > 5 && strcmp(text + n - 5, ".toml") == 0 && !strchr(text, '=');
        if (looks_path)
            snprintf(err, errlen,
                     "invalid value '%s' for '--config <CONFIG_OPTION>'%s\n\nIt looks like you were trying to pass a "
                     "path to a configuration file.\nThe path `%s` does not point to a configuration file",
                     text, tip, text);
        else
            snprintf(err, errlen,
                     "invalid value '%s' for '--config <CONFIG_OPTION>'%s\n\nCould not parse the supplied argument "
                     "as a `ruff.toml` configuration option:\n\n%u:%u: %s",
                     text, tip, te.line, te.col, te.message);
        return false;
    }
    if (toml_get(root, "extend")) {
        snprintf(err, errlen,
                 "invalid value '%s' for '--config <CONFIG_OPTION>'\n\n  tip: Cannot include `extend` in a --config "
                 "flag value",
                 text);
        return false;
    }
    char sub[1024];
    CfgReader r = {&c->arena, NULL, "--config", c->cwd, "", &c->warner, sub, sizeof sub};
    Configuration one;
    if (!cfg_read(&r, root, &one)) {
        snprintf(err, errlen, "invalid value '%s' for '--config <CONFIG_OPTION>': %s", text, sub);
        return false;
    }
    /* Earlier overrides win over later ones, as in Ruff (overrides.combine(new)). */
    if (!cfg_combine(&c->arena, &c->inline_overrides, &one, &c->inline_overrides)) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    return true;
}

static bool parse_config_args(Config *c, char *err, size_t errlen)
{
    const StrList *l = &c->args->config;
    for (uint32_t i = 0; i < l->len; i++) {
        const char *v = l->data[i];
        const char *missing;
        char *x = path_expand(v, &missing);
        struct stat st;
        if (x && stat(x, &st) == 0 && S_ISREG(st.st_mode)) {
            if (c->isolated) {
                snprintf(err, errlen,
                         "The argument `--config=%s` cannot be used with `--isolated`\n\n  tip: You cannot specify a "
                         "configuration file and also specify `--isolated`,\n       as `--isolated` causes snipe to "
                         "ignore all configuration files.\n       For more information, try `--help`.",
                         v);
                free(x);
                return false;
            }
            if (c->config_file) {
                snprintf(err, errlen,
                         "You cannot specify more than one configuration file on the command line.\n\n  tip: remove "
                         "either `--config=%s` or `--config=%s`.\n       For more information, try `--help`.",
                         c->config_file, v);
                free(x);
                return false;
            }
            char *abs = path_absolute(x, c->cwd);
            c->config_file = abs ? arena_strdup(&c->arena, abs) : NULL;
            free(abs);
            free(x);
            continue;
        }
        free(x);
        if (!parse_inline(c, v, err, errlen))
            return false;
    }
    return true;
}

/* The user configuration: $XDG_CONFIG_HOME/snipe or /ruff (~/.config when unset). */
static const char *user_config(Config *c)
{
    const char *xdg = getenv("XDG_CONFIG_HOME");
    const char *home = getenv("HOME");
    char base[4096];
    if (xdg && *xdg)
        snprintf(base, sizeof base, "%s", xdg);
    else if (home && *home)
        snprintf(base, sizeof base, "%s/.config", home);
    else
        return NULL;
    static const char *const names[] = {"snipe/.snipe.toml", "snipe/snipe.toml", "snipe/pyproject.toml",
                                        "ruff/.ruff.toml", "ruff/ruff.toml", "ruff/pyproject.toml"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        char p[4400];
        snprintf(p, sizeof p, "%s/%s", base, names[i]);
        struct stat st;
        if (stat(p, &st) == 0 && S_ISREG(st.st_mode)) {
            char *abs = path_absolute(p, c->cwd);
            const char *r = abs ? arena_strdup(&c->arena, abs) : NULL;
            free(abs);
            return r;
        }
    }
    return NULL;
}

static bool add_scope(Config *c, const char *config_path, char *err, size_t errlen)
{
    char *root = path_parent(config_path);
    if (!root) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    for (uint32_t i = 0; i < c->scopes.len; i++)
        if (strcmp(c->scopes.data[i]->root, root) == 0) {
            free(root);
            return true;
        }
    Configuration cfg;
    Scope *s = NULL;
    if (config_resolve_chain(c, config_path, ORIGIN_ANCESTOR, &cfg, err, errlen))
        s = scope_build(c, &cfg, root, config_path, err, errlen);
    free(root);
    if (!s)
        return false;
    if (!vec_push(&c->scopes, s)) {
        scope_free(s);
        snprintf(err, errlen, "out of memory");
        return false;
    }
    return true;
}

static bool dir_seen(Config *c, const char *dir)
{
    for (uint32_t i = 0; i < c->dirs_seen.len; i++)
        if (strcmp(c->dirs_seen.data[i], dir) == 0)
            return true;
    const char *d = arena_strdup(&c->arena, dir);
    if (d)
        vec_push(&c->dirs_seen, d);
    return false;
}

/* The root settings: isolated, --config, closest to cwd (or the stdin file), user, defaults. */
static bool resolve_root(Config *c, char *err, size_t errlen)
{
    Configuration cfg, dflt;
    cfg_init(&dflt);
    if (c->isolated) {
        if (!config_transform(c, &dflt, &cfg, err, errlen))
            return false;
        c->base = scope_build(c, &cfg, c->cwd, NULL, err, errlen);
        return c->base != NULL;
    }
    if (c->config_file) {
        if (!config_resolve_chain(c, c->config_file, ORIGIN_USER_SPECIFIED, &cfg, err, errlen))
            return false;
        c->base = scope_build(c, &cfg, c->cwd, c->config_file, err, errlen);
        return c->base != NULL;
    }
    c->hierarchical = true;
    char *start = NULL;
    if (c->args->stdin_filename) {
        char *abs = path_absolute(c->args->stdin_filename, c->cwd);
        start = abs ? path_parent(abs) : NULL;
        free(abs);
    } else {
        start = strdup(c->cwd);
    }
    if (!start) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    char *d = strdup(start);
    const char *found = NULL;
    while (d) {
        if (!config_file_in_dir(c, d, &found, err, errlen)) {
            free(d);
            free(start);
            return false;
        }
        if (found || strcmp(d, "/") == 0)
            break;
        char *up = path_parent(d);
        free(d);
        d = up;
    }
    free(d);
    if (found) {
        char *root = path_parent(found);
        bool ok = root && config_resolve_chain(c, found, ORIGIN_ANCESTOR, &cfg, err, errlen);
        if (ok) {
            c->base = scope_build(c, &cfg, root, found, err, errlen);
            dir_seen(c, root);
        }
        free(root);
        free(start);
        return c->base != NULL;
    }
    const char *user = user_config(c);
    if (user) {
        free(start);
        if (!config_resolve_chain(c, user, ORIGIN_USER_SETTINGS, &cfg, err, errlen))
            return false;
        c->base = scope_build(c, &cfg, c->cwd, user, err, errlen);
        return c->base != NULL;
    }
    if (!config_transform(c, &dflt, &cfg, err, errlen)) {
        free(start);
        return false;
    }
    if (!cfg.target_version)
        cfg.target_version = config_fallback_target(c, start);
    free(start);
    c->base = scope_build(c, &cfg, c->cwd, NULL, err, errlen);
    return c->base != NULL;
}

Config *config_new(const CheckArgs *args, FILE *warn_out, char *err, size_t errlen)
{
    Config *c = calloc(1, sizeof *c);
    if (!c) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    arena_init(&c->arena);
    c->warn_out = warn_out ? warn_out : stderr;
    c->warner = (Warner){print_warning, c};
    c->args = args;
    c->isolated = args->isolated;
    cfg_init(&c->inline_overrides);
    c->cwd = getcwd(NULL, 0);
    if (!c->cwd) {
        snprintf(err, errlen, "Working directory does not exist");
        config_free(c);
        return NULL;
    }
    if (!parse_flags(c, &c->flags, err, errlen) || !parse_config_args(c, err, errlen) ||
        !resolve_root(c, err, errlen)) {
        config_free(c);
        return NULL;
    }
    return c;
}

void config_free(Config *c)
{
    if (!c)
        return;
    scope_free(c->base);
    for (uint32_t i = 0; i < c->scopes.len; i++)
        scope_free(c->scopes.data[i]);
    vec_free(&c->scopes);
    for (uint32_t i = 0; i < c->regexes.len; i++)
        pcre2_code_free((pcre2_code *)c->regexes.data[i]);
    vec_free(&c->regexes);
    for (uint32_t i = 0; i < c->seen_warnings.len; i++)
        free(c->seen_warnings.data[i]);
    vec_free(&c->seen_warnings);
    vec_free(&c->parsed);
    vec_free(&c->dirs_seen);
    free(c->cwd);
    arena_free(&c->arena);
    free(c);
}

/* --- lookups --- */

const char *config_cwd(const Config *c) { return c->cwd; }
bool config_force_exclude(const Config *c) { return c->base->force_exclude; }
bool config_respect_gitignore(const Config *c) { return c->base->respect_gitignore; }
const LintSettings *config_root_settings(Config *c) { return &c->base->lint; }

const Scope *config_scope_for(const Config *c, const char *path)
{
    const Scope *best = NULL;
    size_t best_len = 0;
    if (c->hierarchical)
        for (uint32_t i = 0; i < c->scopes.len; i++) {
            const Scope *s = c->scopes.data[i];
            size_t n = strlen(s->root);
            if (path_within(path, s->root) && (!best || n > best_len)) {
                best = s;
                best_len = n;
            }
        }
    return best ? best : c->base;
}

bool config_add_ancestors(Config *c, const char *path, char *err, size_t errlen)
{
    if (!c->hierarchical)
        return true;
    char *d = strdup(path);
    while (d) {
        if (dir_seen(c, d))
            break;
        const char *found;
        if (!config_file_in_dir(c, d, &found, err, errlen)) {
            free(d);
            return false;
        }
        if (found) {
            free(d);
            return add_scope(c, found, err, errlen);
        }
        if (strcmp(d, "/") == 0)
            break;
        char *up = path_parent(d);
        free(d);
        d = up;
    }
    free(d);
    return true;
}

bool config_enter_dir(Config *c, const char *dir, char *err, size_t errlen)
{
    if (!c->hierarchical)
        return true;
    const char *found;
    if (!config_file_in_dir(c, dir, &found, err, errlen))
        return false;
    return !found || add_scope(c, found, err, errlen);
}

bool config_path_excluded(const Config *c, const char *path)
{
    char *p = strdup(path);
    bool excluded = false;
    while (p && strcmp(p, "/") != 0) {
        const Scope *s = config_scope_for(c, p);
        if (scope_excluded(s, p)) {
            excluded = true;
            break;
        }
        if (strcmp(p, s->root) == 0)
            break;
        char *up = path_parent(p);
        free(p);
        p = up;
    }
    free(p);
    return excluded;
}

const LintSettings *config_settings_for(Config *c, const char *path)
{
    if (strcmp(path, "-") == 0)
        return &c->base->lint;
    char *abs = path_absolute(path, c->cwd);
    if (!abs)
        return &c->base->lint;
    Scope *s = (Scope *)config_scope_for(c, abs);
    RuleSet ignored;
    per_file_match(&s->per_file_ignores, abs, &ignored);
    PyVersion version = s->lint.target_version;
    per_file_version(&s->per_file_targets, abs, &version);
    free(abs);
    if (ruleset_empty(&ignored) && version == s->lint.target_version)
        return &s->lint;
    for (uint32_t i = 0; i < s->variants.len; i++) {
        Variant *v = &s->variants.data[i];
        if (v->version == version && memcmp(&v->ignored, &ignored, sizeof ignored) == 0)
            return v->settings;
    }
    LintSettings *ls = malloc(sizeof *ls);
    if (!ls)
        return &s->lint;
    *ls = s->lint;
    ruleset_subtract(&ls->enabled, &ignored);
    ls->per_file_ignored = ignored;
    ls->target_version = version;
    Variant v = {ignored, version, ls};
    if (!vec_push(&s->variants, v)) {
        free(ls);
        return &s->lint;
    }
    return ls;
}

void config_show_settings(Config *c, const char *path)
{
    char *abs = path_absolute(path, c->cwd);
    /* As Ruff: the settings of the file's configuration (per-file-ignores and
     * per-file-target-version are listed, not applied). */
    const Scope *s = config_scope_for(c, abs ? abs : path);
    scope_print(s, &s->lint, abs ? abs : path, stdout);
    free(abs);
}
