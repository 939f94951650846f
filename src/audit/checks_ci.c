/* checks_ci.c: PRJ017-PRJ020, CI exists, runs the gates, is current, installs from the lock. */
#include "audit/audit.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* When a workflow is not valid YAML, fail with its position and return true. */
static bool ci_broken(const Project *p, AuditResult *r)
{
    for (uint32_t i = 0; i < p->nworkflows; i++) {
        const LoadError *e = &p->workflows[i].err;
        if (e->message) {
            res_failf(p, r, e->file, e->line, "%s:%u:%u: not valid YAML: %s", e->file, e->line, e->col, e->message);
            return true;
        }
    }
    return false;
}

/* ---------------------------------------------------------------------------------------- */
const char doc_PRJ017[] =
    "What: a GitHub workflow (.github/workflows/*.yml) runs on both `push` and `pull_request`,\n"
    "      or a .gitlab-ci.yml exists.\n"
    "Why:  checks that only run on a laptop are optional; CI makes them the gate every change\n"
    "      passes before it is merged.\n"
    "Fix:  on:\n"
    "        push:\n"
    "          branches: [main]\n"
    "        pull_request:\n";

/* on -> event | [event, ...] | {event: config, ...} */
static bool triggers(const YamlNode *on, const char *event)
{
    if (!on)
        return false;
    if (on->kind == YAML_NODE_SCALAR)
        return strcmp(on->scalar, event) == 0;
    if (on->kind == YAML_NODE_SEQ) {
        for (uint32_t i = 0; i < on->len; i++)
            if (yaml_str(on->items[i]) && strcmp(on->items[i]->scalar, event) == 0)
                return true;
        return false;
    }
    return yaml_get(on, event) != NULL;
}

void check_PRJ017(const Project *p, AuditResult *r)
{
    if (ci_broken(p, r))
        return;
    if (p->nworkflows == 0) {
        res_fail(r, NULL, 0, "no CI: add .github/workflows/ci.yml that runs on push and pull_request");
        return;
    }
    if (p->has_gitlab) {
        res_pass(r);
        return;
    }
    for (uint32_t i = 0; i < p->nworkflows; i++) {
        const YamlNode *on = yaml_get(p->workflows[i].root, "on");
        if (!on)
            on = yaml_get(p->workflows[i].root, "true");   /* YAML 1.1 readers turn `on` into true */
        if (triggers(on, "push") && (triggers(on, "pull_request") || triggers(on, "pull_request_target")))
            {
                res_pass(r);
                return;
            }
    }
    res_failf(p, r, p->workflows[0].file, 1, "no workflow runs on both push and pull_request: add both to `on:` "
              "in %s", p->workflows[0].file);
}

/* ---------------------------------------------------------------------------------------- */
const char doc_PRJ018[] =
    "What: CI steps run a linter (ruff check, snipe check, flake8, pylint), a type checker\n"
    "      (mypy, pyright, ty) and the tests (pytest, tox, nox).\n"
    "Why:  a gate that is configured but never run in CI does not gate anything.\n"
    "Fix:  steps:\n"
    "        - run: uv run ruff check .\n"
    "        - run: uv run mypy .\n"
    "        - run: uv run pytest\n";

static bool uses_prefix(const Project *p, const char *prefix)
{
    for (uint32_t i = 0; i < p->nactions; i++)
        if (strncmp(p->actions[i].uses, prefix, strlen(prefix)) == 0)
            return true;
    return false;
}

static bool any_runs(const Project *p, const char *const *patterns)
{
    for (; *patterns; patterns++)
        if (ci_runs(p, *patterns, NULL))
            return true;
    return false;
}

void check_PRJ018(const Project *p, AuditResult *r)
{
    static const char *const LINT[] = {"ruff check", "snipe check", "flake8", "pylint", NULL};
    static const char *const TYPE[] = {"mypy", "pyright", "basedpyright", "ty check", NULL};
    static const char *const TEST[] = {"pytest", "tox", "nox", NULL};
    bool lint = any_runs(p, LINT) || uses_prefix(p, "astral-sh/ruff-action") ||
                uses_prefix(p, "chartboost/ruff-action");
    bool type = any_runs(p, TYPE) || uses_prefix(p, "jakebailey/pyright-action");
    bool test = any_runs(p, TEST);
    const char *miss = !lint ? "a linter (`ruff check .`)" : !type ? "a type checker (`mypy .`)" :
                       !test ? "the tests (`pytest`)" : NULL;
    if (miss)
        res_failf(p, r, p->workflows[0].file, 0, "CI never runs %s: add a step for it", miss);
    else
        res_pass(r);
}

/* ---------------------------------------------------------------------------------------- */
const char doc_PRJ019[] =
    "What: the CI Python versions include the requires-python floor, and the actions are\n"
    "      current: actions/checkout v4 or later, actions/setup-python v5 or later.\n"
    "Why:  a floor that is never tested is a guess; old action majors run on deprecated\n"
    "      Node versions and stop working when GitHub removes them.\n"
    "Fix:  strategy.matrix.python-version: [\"3.11\", \"3.13\"], uses: actions/checkout@v4,\n"
    "      uses: actions/setup-python@v5\n";

static int action_major(const char *uses, const char *name)
{
    size_t n = strlen(name);
    if (strncmp(uses, name, n) != 0 || uses[n] != '@')
        return -1;
    const char *ref = uses + n + 1;
    if (*ref != 'v' || !isdigit((unsigned char)ref[1]))
        return -1;   /* a commit SHA or a branch: cannot tell */
    return atoi(ref + 1);
}

typedef struct Versions {
    int count;
    bool floor;
    bool dynamic;       /* a matrix computed by an expression: the versions cannot be known */
} Versions;

static void note_version(const Project *p, Versions *v, const YamlNode *n)
{
    if (!n)
        return;
    if (n->kind == YAML_NODE_SEQ) {
        for (uint32_t i = 0; i < n->len; i++)
            note_version(p, v, n->items[i]);
        return;
    }
    const char *s = yaml_str(n);
    if (!s)
        return;
    if (strstr(s, "${{")) {
        v->dynamic |= !strstr(s, "matrix.");   /* ${{ matrix.x }} points at literals seen elsewhere */
        return;
    }
    /* multi-line `python-version: |` lists */
    for (const char *l = s; *l;) {
        while (*l == ' ' || *l == '\n' || *l == '\t')
            l++;
        if (!*l)
            break;
        size_t fl = strlen(p->py_floor_text);
        v->count++;
        if (strncmp(l, p->py_floor_text, fl) == 0 && !isdigit((unsigned char)l[fl]))
            v->floor = true;
        while (*l && *l != '\n')
            l++;
    }
}

static void collect_versions(const Project *p, Versions *v)
{
    for (uint32_t w = 0; w < p->nworkflows; w++) {
        const YamlNode *jobs = yaml_get(p->workflows[w].root, "jobs");
        for (uint32_t j = 0; jobs && jobs->kind == YAML_NODE_MAP && j < jobs->len; j++) {
            const YamlNode *matrix = yaml_get(yaml_get(jobs->items[2 * j + 1], "strategy"), "matrix");
            for (uint32_t k = 0; matrix && matrix->kind == YAML_NODE_MAP && k < matrix->len; k++) {
                const char *key = yaml_str(matrix->items[2 * k]);
                const YamlNode *val = matrix->items[2 * k + 1];
                if (key && strstr(key, "python"))
                    note_version(p, v, val);
                if (key && strcmp(key, "include") == 0 && val->kind == YAML_NODE_SEQ)
                    for (uint32_t i = 0; i < val->len; i++) {
                        const YamlNode *inc = val->items[i];
                        for (uint32_t q = 0; inc->kind == YAML_NODE_MAP && q < inc->len; q++) {
                            const char *ik = yaml_str(inc->items[2 * q]);
                            if (ik && strstr(ik, "python"))
                                note_version(p, v, inc->items[2 * q + 1]);
                        }
                    }
            }
        }
    }
    for (uint32_t i = 0; i < p->nactions; i++)
        note_version(p, v, yaml_get(p->actions[i].with, "python-version"));
}

void check_PRJ019(const Project *p, AuditResult *r)
{
    for (uint32_t i = 0; i < p->nactions; i++) {
        const ActionUse *a = &p->actions[i];
        int co = action_major(a->uses, "actions/checkout");
        int sp = action_major(a->uses, "actions/setup-python");
        if (co >= 0 && co < 4) {
            res_failf(p, r, a->file, a->line, "%s:%u uses %s: update to actions/checkout@v4", a->file, a->line, a->uses);
            return;
        }
        if (sp >= 0 && sp < 5) {
            res_failf(p, r, a->file, a->line, "%s:%u uses %s: update to actions/setup-python@v5", a->file, a->line,
                      a->uses);
            return;
        }
    }
    if (p->has_requires_python) {
        Versions v = {0};
        collect_versions(p, &v);
        if (v.count > 0 && !v.floor && !v.dynamic) {
            res_failf(p, r, p->workflows[0].file, 0, "CI never tests Python %s, the requires-python floor: add "
                      "\"%s\" to the python-version matrix", p->py_floor_text, p->py_floor_text);
            return;
        }
    }
    res_pass(r);
}

/* ---------------------------------------------------------------------------------------- */
const char doc_PRJ020[] =
    "What: CI and the Dockerfile install from the lock: `uv sync --frozen` (or --locked),\n"
    "      `pip install -r <pinned file>`, `poetry install --sync` / `poetry sync`, `pdm sync`.\n"
    "Why:  an install that resolves afresh tests and ships versions nobody reviewed.\n"
    "Fix:  replace `uv sync` with `uv sync --frozen`, and `pip install .` with\n"
    "      `pip install -r requirements.lock && pip install --no-deps .`\n";

static const ReqDoc *find_req(const Project *p, const char *text, const char *flag_at)
{
    const char *a = flag_at + 2;
    while (*a == ' ' || *a == '\t')
        a++;
    if (strncmp(a, "./", 2) == 0)
        a += 2;
    for (uint32_t i = 0; i < p->nreqs; i++) {
        size_t n = strlen(p->reqs[i].file);
        if (strncmp(a, p->reqs[i].file, n) == 0 && (a[n] == 0 || isspace((unsigned char)a[n]) || a[n] == ';' || a[n] == '&'))
            return &p->reqs[i];
    }
    (void)text;
    return NULL;
}

static bool req_pinned(const ReqDoc *d)
{
    for (uint32_t i = 0; i < d->req.len; i++)
        if (d->req.lines[i].kind == REQ_REQUIREMENT && !d->req.lines[i].pinned)
            return false;
    return true;
}

/* Judge one command: 1 installs from the lock, -1 installs without it (sets *why), 0 neither. */
static int judge(const Project *p, const char *t, const char **why)
{
    if (cmd_matches(t, "uv sync")) {
        if (cmd_matches(t, "uv sync --frozen") || cmd_matches(t, "uv sync --locked"))
            return 1;
        *why = "`uv sync` without --frozen or --locked may rewrite the lock";
        return -1;
    }
    if (cmd_matches(t, "pip-sync") || cmd_matches(t, "uv pip sync") || cmd_matches(t, "poetry sync") ||
        cmd_matches(t, "poetry install") || cmd_matches(t, "pdm sync") || cmd_matches(t, "pipenv sync") ||
        cmd_matches(t, "pdm install --frozen-lockfile") || cmd_matches(t, "pipenv install --deploy"))
        return 1;
    if (cmd_matches(t, "pip install")) {
        const char *r = strstr(t, " -r ");
        if (r)
            r += 1;                          /* at "-r" */
        else if ((r = strstr(t, "--requirement")))
            r += 11;                         /* two characters before the argument */
        if (r) {
            const ReqDoc *d = find_req(p, t, r);
            if (d && req_pinned(d))
                return 1;
            if (d) {
                *why = "installs from a requirements file that is not fully pinned";
                return -1;
            }
            return 0;
        }
        if ((cmd_matches(t, "pip install .") || cmd_matches(t, "pip install -e .") ||
             cmd_matches(t, "pip install .[*") || cmd_matches(t, "pip install -e .[*")) &&
            !strstr(t, "--no-deps") && !strstr(t, " -c ") && !strstr(t, "--constraint")) {
            *why = "`pip install .` resolves the dependencies afresh";
            return -1;
        }
    }
    return 0;
}

void check_PRJ020(const Project *p, AuditResult *r)
{
    if (ci_broken(p, r))
        return;
    if (p->nci_commands == 0 && p->ndocker_commands == 0) {
        res_skip(r, "no CI steps and no Dockerfile RUN instructions");
        return;
    }
    int good = 0;
    for (int src = 0; src < 2; src++) {
        const Command *cs = src ? p->docker_commands : p->ci_commands;
        uint32_t n = src ? p->ndocker_commands : p->nci_commands;
        for (uint32_t i = 0; i < n; i++) {
            const char *why = NULL;
            int v = judge(p, cs[i].text, &why);
            if (v < 0) {
                res_failf(p, r, cs[i].file, cs[i].line, "%s:%u: %s: install from the lock (uv sync --frozen, "
                          "pip install -r <lock>)", cs[i].file, cs[i].line, why);
                return;
            }
            good += v > 0;
        }
    }
    if (!good) {
        res_skip(r, "no dependency installs in CI or the Dockerfile");
        return;
    }
    res_pass(r);
}
