/* project.c: reads a project once (pyproject, lint config, files, CI, Dockerfile, requirement files). */
#include "audit/audit.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "audit/audit_config.h"
#include "audit/makefile.h"
#include "util/str.h"
#include "util/vec.h"

#define MAX_FILE_SIZE (16u << 20)

char *project_read(const Project *p, const char *rel, size_t *len)
{
    char *path = arena_printf(p->arena, "%s/%s", p->root, rel);
    if (!path)
        return NULL;
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode) || (size_t)st.st_size > MAX_FILE_SIZE) {
        fclose(f);
        return NULL;
    }
    char *buf = arena_alloc(p->arena, (size_t)st.st_size + 1);
    size_t n = buf ? fread(buf, 1, (size_t)st.st_size, f) : 0;
    fclose(f);
    if (!buf)
        return NULL;
    buf[n] = 0;
    if (len)
        *len = n;
    return buf;
}

bool project_exists(const Project *p, const char *rel)
{
    char *path = arena_printf(p->arena, "%s/%s", p->root, rel);
    struct stat st;
    return path && stat(path, &st) == 0;
}

bool project_is_dir(const Project *p, const char *rel)
{
    char *path = arena_printf(p->arena, "%s/%s", p->root, rel);
    struct stat st;
    return path && stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static void load_toml(Project *p, const char *rel, TomlDoc *d)
{
    size_t len;
    char *text = project_read(p, rel, &len);
    if (!text)
        return;
    d->file = rel;
    TomlError err = {0};
    d->root = toml_parse(p->arena, text, len, &err);
    if (!d->root) {
        d->err.file = rel;
        d->err.line = err.line;
        d->err.col = err.col;
        d->err.message = arena_strdup(p->arena, err.message[0] ? err.message : "not valid TOML");
    }
}

/* version -> digits '.' digits ; returns false when s does not start with one */
static bool read_version(const char *s, int *maj, int *min)
{
    if (!isdigit((unsigned char)*s))
        return false;
    char *e;
    long a = strtol(s, &e, 10);
    long b = 0;
    if (*e == '.' && isdigit((unsigned char)e[1]))
        b = strtol(e + 1, &e, 10);
    if (a < 0 || a > 99 || b < 0 || b > 999)
        return false;
    *maj = (int)a;
    *min = (int)b;
    return true;
}

/* requires-python -> clause ( ',' clause )*  ; the lower bound and whether an upper one exists */
static void read_requires_python(Project *p)
{
    const TomlEntry *e = p->pyproject.root ? toml_get_entry(toml_get(p->pyproject.root, "project"), "requires-python") : NULL;
    const char *spec = e ? tstr(p, e->value) : NULL;
    if (!spec)
        return;
    p->requires_python_line = e->line;
    for (const char *c = spec; *c;) {
        while (*c == ' ' || *c == ',')
            c++;
        const char *op = c;
        while (*c && strchr("<>=!~", *c))
            c++;
        size_t oplen = (size_t)(c - op);
        while (*c == ' ')
            c++;
        int maj, min;
        bool ver = read_version(c, &maj, &min);
        const char *v = c;
        while (*c && *c != ',')
            c++;
        bool wildcard = c > v && c[-1] == '*';
        if (!ver)
            continue;
        bool lower = (oplen == 2 && (memcmp(op, ">=", 2) == 0 || memcmp(op, "~=", 2) == 0 || memcmp(op, "==", 2) == 0)) ||
                     (oplen == 1 && *op == '>') || (oplen == 3 && memcmp(op, "===", 3) == 0);
        if (oplen == 1 && *op == '>')
            min++;
        if (lower && (!p->has_requires_python || maj > p->py_major || (maj == p->py_major && min > p->py_minor))) {
            p->has_requires_python = true;
            p->py_major = maj;
            p->py_minor = min;
        }
        if ((oplen >= 1 && *op == '<') || (oplen == 2 && memcmp(op, "~=", 2) == 0) ||
            (oplen >= 2 && op[0] == '=' && op[1] == '=') || wildcard)
            p->py_capped = true;
    }
    if (p->has_requires_python)
        p->py_floor_text = arena_printf(p->arena, "%d.%d", p->py_major, p->py_minor);
}

/* The ruff-style lint table: ruff.toml / .ruff.toml first (as ruff does), then pyproject. */
static void find_lint_table(Project *p)
{
    if (p->ruff_toml.root) {
        p->lint = p->ruff_toml.root;
        p->lint_file = p->ruff_toml.file;
        p->lint_prefix = "";
        return;
    }
    static const char *const TABLES[][2] = {{"tool.ruff", "[tool.ruff]"}, {"tool.snipe", "[tool.snipe]"}};
    for (size_t i = 0; i < 2 && p->pyproject.root; i++) {
        const TomlValue *t = toml_get_path(p->pyproject.root, TABLES[i][0]);
        if (t && t->kind == TOML_TABLE) {
            p->lint = t;
            p->lint_file = "pyproject.toml";
            p->lint_prefix = TABLES[i][1];
            return;
        }
    }
    const TomlValue *s = p->snipe_toml.root;
    if (s && (toml_get(s, "lint") || toml_get(s, "select") || toml_get(s, "line-length"))) {
        p->lint = s;
        p->lint_file = p->snipe_toml.file;
        p->lint_prefix = "";
    }
}

static bool has_file(const Project *p, const char *rel)
{
    for (uint32_t i = 0; i < p->files.len; i++)
        if (strcmp(p->files.paths[i], rel) == 0)
            return true;
    return project_exists(p, rel);
}

static void find_package(Project *p)
{
    const char *name = p->pyproject.root ? tstr(p, toml_get_path(p->pyproject.root, "project.name")) : NULL;
    if (name) {
        char *mod = arena_strdup(p->arena, name);
        if (!mod)
            return;
        for (char *c = mod; *c; c++)
            *c = (*c == '-' || *c == '.') ? '_' : (char)tolower((unsigned char)*c);
        const char *src = arena_printf(p->arena, "src/%s", mod);
        if (src && has_file(p, arena_printf(p->arena, "%s/__init__.py", src))) {
            p->package_dir = src;
            p->src_layout = true;
            return;
        }
        if (has_file(p, arena_printf(p->arena, "%s/__init__.py", mod))) {
            p->package_dir = mod;
            return;
        }
    }
    /* Otherwise the first package under src/, then the first top-level one. */
    for (int pass = 0; pass < 2; pass++)
        for (uint32_t i = 0; i < p->files.len; i++) {
            const char *f = p->files.paths[i];
            const char *base = pass == 0 ? (strncmp(f, "src/", 4) == 0 ? f + 4 : NULL) : f;
            if (!base)
                continue;
            const char *slash = strchr(base, '/');
            if (!slash || strcmp(slash, "/__init__.py") != 0)
                continue;
            size_t n = (size_t)(slash - base);
            if (pass == 1 && ((n == 5 && memcmp(base, "tests", 5) == 0) || (n == 4 && memcmp(base, "test", 4) == 0) ||
                              (n == 4 && memcmp(base, "docs", 4) == 0) || (n == 3 && memcmp(base, "src", 3) == 0)))
                continue;
            p->package_dir = arena_strndup(p->arena, f, (size_t)(slash - f));
            p->src_layout = pass == 0;
            return;
        }
}

static const char *const SERVER_DISTS[] = {
    "uvicorn", "gunicorn", "hypercorn", "daphne", "granian", "fastapi", "flask", "django",
    "starlette", "litestar", "sanic", "aiohttp", "tornado",
};

static void guess_kind(Project *p)
{
    if (p->kind_setting != KIND_AUTO) {
        p->kind = p->kind_setting;
        return;
    }
    p->kind = KIND_LIBRARY;
    if (p->dockerfile_path) {
        p->kind = KIND_APPLICATION;
        return;
    }
    for (size_t i = 0; i < sizeof SERVER_DISTS / sizeof *SERVER_DISTS; i++)
        if (project_depends_on(p, SERVER_DISTS[i], false)) {
            p->kind = KIND_APPLICATION;
            return;
        }
    static const char *const ENTRY[] = {"manage.py", "wsgi.py", "asgi.py", "app.py", "main.py"};
    for (size_t i = 0; i < sizeof ENTRY / sizeof *ENTRY; i++)
        if (has_file(p, ENTRY[i])) {
            p->kind = KIND_APPLICATION;
            return;
        }
}

typedef Vec(Command) CommandVec;
typedef Vec(ActionUse) ActionVec;

static bool push_command(CommandVec *v, const char *text, const char *file, uint32_t line)
{
    return vec_push(v, ((Command){.text = text, .file = file, .line = line}));
}

/* steps -> '-' ( run: text | uses: action with: map )  for every job of a GitHub workflow */
static bool read_github_steps(const Workflow *w, CommandVec *cmds, ActionVec *acts)
{
    const YamlNode *jobs = yaml_get(w->root, "jobs");
    if (!jobs || jobs->kind != YAML_NODE_MAP)
        return true;
    for (uint32_t j = 0; j < jobs->len; j++) {
        const YamlNode *job = jobs->items[2 * j + 1];
        const YamlNode *steps = yaml_get(job, "steps");
        if (!steps || steps->kind != YAML_NODE_SEQ)
            continue;
        for (uint32_t s = 0; s < steps->len; s++) {
            const YamlNode *step = steps->items[s];
            const YamlNode *run = yaml_get(step, "run");
            if (yaml_str(run) && !push_command(cmds, run->scalar, w->file, run->line))
                return false;
            const YamlNode *uses = yaml_get(step, "uses");
            if (yaml_str(uses) &&
                !vec_push(acts, ((ActionUse){.uses = uses->scalar, .with = yaml_get(step, "with"),
                                             .file = w->file, .line = uses->line})))
                return false;
        }
    }
    return true;
}

/* job -> name: { script | before_script | after_script: text or [text] } for a GitLab file */
static bool read_gitlab_jobs(const Workflow *w, CommandVec *cmds)
{
    if (!w->root || w->root->kind != YAML_NODE_MAP)
        return true;
    static const char *const KEYS[] = {"before_script", "script", "after_script"};
    for (uint32_t j = 0; j < w->root->len; j++) {
        const YamlNode *job = w->root->items[2 * j + 1];
        for (size_t k = 0; k < 3; k++) {
            const YamlNode *s = yaml_get(job, KEYS[k]);
            if (yaml_str(s) && !push_command(cmds, s->scalar, w->file, s->line))
                return false;
            if (s && s->kind == YAML_NODE_SEQ)
                for (uint32_t i = 0; i < s->len; i++)
                    if (yaml_str(s->items[i]) && !push_command(cmds, s->items[i]->scalar, w->file, s->items[i]->line))
                        return false;
        }
    }
    return true;
}

static bool ends_with(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcmp(s + n - m, suf) == 0;
}

typedef struct MakeCtx {
    Project *p;
    const char *text, *file;
    uint32_t cmd_line;
    CommandVec *cmds;
    bool ok;
} MakeCtx;

static void add_make_target(void *ctx, const char *target, size_t len)
{
    MakeCtx *m = ctx;
    char *t = arena_strndup(m->p->arena, target, len);
    MakeLines lines = {0};
    if (!t || !makefile_recipes(m->p->arena, m->text, t, &lines)) {
        m->ok = false;
        vec_free(&lines);
        return;
    }
    for (uint32_t i = 0; i < lines.len && m->ok; i++)
        m->ok = push_command(m->cmds, lines.data[i].text, m->file, lines.data[i].line);
    vec_free(&lines);
}

/* hook id -> the command a pre-commit hook of that id runs */
static const char *const HOOK_COMMANDS[][2] = {
    {"ruff", "ruff check"},           {"ruff-check", "ruff check"}, {"ruff-format", "ruff format --check"},
    {"black", "black --check"},       {"flake8", "flake8"},         {"pylint", "pylint"},
    {"mypy", "mypy"},                 {"pyright", "pyright"},       {"basedpyright", "basedpyright"},
};

/* When CI runs pre-commit, the hooks of .pre-commit-config.yaml run in CI: add them as commands
 * (known hook ids as the command they stand for, local hooks as their `entry`). */
static bool load_pre_commit(Project *p, CommandVec *cmds, const ActionVec *acts)
{
    bool runs = false;
    for (uint32_t i = 0; i < cmds->len && !runs; i++)
        runs = cmd_matches(cmds->data[i].text, "pre-commit run") || cmd_matches(cmds->data[i].text, "prek run");
    for (uint32_t i = 0; i < acts->len && !runs; i++)
        runs = strncmp(acts->data[i].uses, "pre-commit/action@", 18) == 0 ||
               strncmp(acts->data[i].uses, "j178/prek-action@", 17) == 0;
    static const char *const FILE_NAME = ".pre-commit-config.yaml";
    size_t len;
    const char *text = runs ? project_read(p, FILE_NAME, &len) : NULL;
    if (!text)
        return true;
    YamlError err;
    const YamlNode *root = yaml_tree_parse(p->arena, text, len, &err);
    const YamlNode *repos = yaml_get(root, "repos");
    for (uint32_t r = 0; repos && repos->kind == YAML_NODE_SEQ && r < repos->len; r++) {
        const YamlNode *hooks = yaml_get(repos->items[r], "hooks");
        for (uint32_t h = 0; hooks && hooks->kind == YAML_NODE_SEQ && h < hooks->len; h++) {
            const YamlNode *hook = hooks->items[h];
            const char *id = yaml_str(yaml_get(hook, "id"));
            const YamlNode *entry = yaml_get(hook, "entry");
            if (yaml_str(entry)) {
                if (!push_command(cmds, entry->scalar, FILE_NAME, entry->line))
                    return false;
                continue;
            }
            for (size_t k = 0; id && k < sizeof HOOK_COMMANDS / sizeof *HOOK_COMMANDS; k++)
                if (strcmp(id, HOOK_COMMANDS[k][0]) == 0 &&
                    !push_command(cmds, HOOK_COMMANDS[k][1], FILE_NAME, hook->line))
                    return false;
        }
    }
    return true;
}

/* CI steps that run `make T` also run T's recipe: add those lines as CI commands. */
static bool expand_make(Project *p, CommandVec *cmds)
{
    static const char *const NAMES[] = {"Makefile", "makefile", "GNUmakefile"};
    MakeCtx m = {.p = p, .cmds = cmds, .ok = true};
    for (size_t i = 0; i < 3 && !m.text; i++)
        if ((m.text = project_read(p, NAMES[i], NULL)))
            m.file = NAMES[i];
    if (!m.text)
        return true;
    uint32_t n = cmds->len;   /* only the workflow's own commands name targets */
    for (uint32_t i = 0; i < n && m.ok; i++)
        makefile_targets_in(cmds->data[i].text, add_make_target, &m);
    return m.ok;
}

static bool load_ci(Project *p)
{
    Vec(Workflow) wf = {0};
    CommandVec cmds = {0};
    ActionVec acts = {0};
    bool ok = true;
    for (uint32_t i = 0; i < p->files.len && ok; i++) {
        const char *f = p->files.paths[i];
        bool gh = strncmp(f, ".github/workflows/", 18) == 0 && !strchr(f + 18, '/') &&
                  (ends_with(f, ".yml") || ends_with(f, ".yaml"));
        bool gl = strcmp(f, ".gitlab-ci.yml") == 0;
        if (!gh && !gl)
            continue;
        size_t len;
        char *text = project_read(p, f, &len);
        if (!text)
            continue;
        Workflow w = {.file = f};
        YamlError err = {0};
        w.root = yaml_tree_parse(p->arena, text, len, &err);
        if (!w.root) {
            w.err = (LoadError){.file = f, .line = err.line, .col = err.col,
                                .message = arena_strdup(p->arena, err.message)};
        } else if (gh) {
            ok = read_github_steps(&w, &cmds, &acts);
        } else {
            ok = read_gitlab_jobs(&w, &cmds);
        }
        p->has_gitlab |= gl;
        ok = ok && vec_push(&wf, w);
    }
    ok = ok && load_pre_commit(p, &cmds, &acts) && expand_make(p, &cmds);
    p->workflows = ARENA_ARRAY(p->arena, Workflow, wf.len + 1);
    p->ci_commands = ARENA_ARRAY(p->arena, Command, cmds.len + 1);
    p->actions = ARENA_ARRAY(p->arena, ActionUse, acts.len + 1);
    ok = ok && p->workflows && p->ci_commands && p->actions;
    if (ok) {
        if (wf.len)
            memcpy(p->workflows, wf.data, wf.len * sizeof *wf.data);
        if (cmds.len)
            memcpy(p->ci_commands, cmds.data, cmds.len * sizeof *cmds.data);
        if (acts.len)
            memcpy(p->actions, acts.data, acts.len * sizeof *acts.data);
        p->nworkflows = wf.len;
        p->nci_commands = cmds.len;
        p->nactions = acts.len;
    }
    vec_free(&wf);
    vec_free(&cmds);
    vec_free(&acts);
    return ok;
}

static bool load_docker(Project *p)
{
    static const char *const NAMES[] = {"Dockerfile", "Containerfile"};
    for (size_t i = 0; i < 2; i++) {
        size_t len;
        char *text = project_read(p, NAMES[i], &len);
        if (!text)
            continue;
        p->dockerfile_path = NAMES[i];
        const Dockerfile *df = dockerfile_parse(p->arena, text, len);
        if (!df)
            return false;
        p->docker = df;
        if (df->error)
            p->docker_err = (LoadError){.file = NAMES[i], .line = df->error_line, .message = df->error};
        uint32_t n = 0;
        for (uint32_t k = 0; k < df->ninstr; k++)
            n += strcmp(df->instr[k].keyword, "RUN") == 0;
        p->docker_commands = ARENA_ARRAY(p->arena, Command, n + 1);
        if (!p->docker_commands)
            return false;
        for (uint32_t k = 0; k < df->ninstr; k++) {
            const DockerInstr *in = &df->instr[k];
            if (strcmp(in->keyword, "RUN") != 0)
                continue;
            const char *text = in->args;
            if (in->exec_form) {
                Buf b = {0};
                for (uint32_t a = 0; a < in->argc; a++) {
                    if (a)
                        buf_putc(&b, ' ');
                    buf_puts(&b, in->argv[a]);
                }
                text = arena_strdup(p->arena, b.data ? b.data : "");
                buf_free(&b);
                if (!text)
                    return false;
            }
            p->docker_commands[p->ndocker_commands++] = (Command){.text = text, .file = NAMES[i], .line = in->line};
        }
        return true;
    }
    return true;
}

/* Requirement files: requirements*.txt|lock at the root and in requirements/, plus every file
 * named by `-r` in a CI or Docker command. */
static bool load_requirements(Project *p)
{
    Vec(const char *) names = {0};
    bool ok = true;
    for (uint32_t i = 0; i < p->files.len && ok; i++) {
        const char *f = p->files.paths[i];
        const char *base = strncmp(f, "requirements/", 13) == 0 ? f + 13 : f;
        if (strchr(base, '/'))
            continue;
        bool named = strncmp(base, "requirements", 12) == 0 || base != f;
        if (named && (ends_with(base, ".txt") || ends_with(base, ".lock") || ends_with(base, ".in")))
            ok = vec_push(&names, f);
    }
    for (int src = 0; src < 2 && ok; src++) {
        const Command *cs = src ? p->docker_commands : p->ci_commands;
        uint32_t n = src ? p->ndocker_commands : p->nci_commands;
        for (uint32_t i = 0; i < n && ok; i++) {
            const char *t = cs[i].text;
            for (const char *r = strstr(t, "-r"); r && ok; r = strstr(r + 2, "-r")) {
                if ((r != t && r[-1] != ' ' && r[-1] != '\t') || (r[2] != ' ' && r[2] != '\t'))
                    continue;
                const char *a = r + 2;
                while (*a == ' ' || *a == '\t')
                    a++;
                const char *e = a;
                while (*e && !isspace((unsigned char)*e) && *e != ';' && *e != '&')
                    e++;
                if (e == a)
                    continue;
                const char *name = arena_strndup(p->arena, a, (size_t)(e - a));
                if (name && strncmp(name, "./", 2) == 0)
                    name += 2;
                bool dup = false;
                for (uint32_t k = 0; k < names.len; k++)
                    dup |= name && strcmp(names.data[k], name) == 0;
                if (name && !dup && project_exists(p, name))
                    ok = vec_push(&names, name);
            }
        }
    }
    p->reqs = ARENA_ARRAY(p->arena, ReqDoc, names.len + 1);
    ok = ok && p->reqs;
    for (uint32_t i = 0; ok && i < names.len; i++) {
        size_t len;
        char *text = project_read(p, names.data[i], &len);
        if (!text)
            continue;
        ReqDoc *d = &p->reqs[p->nreqs];
        d->file = names.data[i];
        ok = req_parse(p->arena, text, len, &d->req);
        p->nreqs++;
    }
    vec_free(&names);
    return ok;
}

bool project_load(Arena *a, const char *root, Project *p, const char **err)
{
    memset(p, 0, sizeof *p);
    p->arena = a;
    p->root = root;
    p->floor_major = 3;
    p->floor_minor = 11;
    load_toml(p, "pyproject.toml", &p->pyproject);
    load_toml(p, "snipe.toml", &p->snipe_toml);
    load_toml(p, "ruff.toml", &p->ruff_toml);
    if (!p->ruff_toml.file)
        load_toml(p, ".ruff.toml", &p->ruff_toml);
    audit_config_project(p);
    read_requires_python(p);
    find_lint_table(p);
    if (!gitfiles_list(a, root, &p->files, err))
        return false;
    find_package(p);
    if (!load_ci(p) || !load_docker(p) || !load_requirements(p)) {
        *err = "out of memory while reading the project";
        return false;
    }
    guess_kind(p);
    return true;
}
