/* checks_packaging.c: PRJ001-PRJ006, pyproject.toml completeness, single source of truth, layout, locks. */
#include "audit/audit.h"

#include <string.h>

#include "audit/ini.h"
#include "audit/pyscan.h"
#include "util/str.h"

static bool ends_with(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcmp(s + n - m, suf) == 0;
}

/* ---------------------------------------------------------------------------------------- */
const char doc_PRJ001[] =
    "What: pyproject.toml has [build-system] with `requires` and `build-backend`, and [project]\n"
    "      with `name`, `version` (or \"version\" listed in `dynamic`) and `requires-python`.\n"
    "Why:  every build front end (pip, uv, build) and every tool reads these; without them the\n"
    "      project cannot be built reproducibly or falls back to legacy setuptools behaviour.\n"
    "Fix:  [build-system]\n"
    "      requires = [\"hatchling\"]\n"
    "      build-backend = \"hatchling.build\"\n"
    "      [project]\n"
    "      name = \"mypkg\"\n"
    "      version = \"0.1.0\"\n"
    "      requires-python = \">=3.11\"\n";

void check_PRJ001(const Project *p, AuditResult *r)
{
    if (!p->pyproject.file) {
        res_fail(r, NULL, 0, "no pyproject.toml: add one with [build-system] and [project] tables");
        return;
    }
    if (res_toml_broken(p, r, &p->pyproject))
        return;
    Buf missing = {0};
    const TomlValue *bs = pyp(p, "build-system");
    if (!toml_get(bs, "requires"))
        buf_puts(&missing, ", build-system.requires");
    if (!toml_get(bs, "build-backend"))
        buf_puts(&missing, ", build-system.build-backend");
    const TomlValue *proj = pyp(p, "project");
    if (!proj)
        buf_puts(&missing, ", [project]");
    else {
        if (!toml_get(proj, "name"))
            buf_puts(&missing, ", project.name");
        if (!toml_get(proj, "version") && !tarray_has(toml_get(proj, "dynamic"), "version"))
            buf_puts(&missing, ", project.version (or dynamic = [\"version\"])");
        if (!toml_get(proj, "requires-python"))
            buf_puts(&missing, ", project.requires-python");
    }
    if (missing.len)
        res_failf(p, r, "pyproject.toml", 1, "pyproject.toml lacks %s: add them", missing.data + 2);
    else
        res_pass(r);
    buf_free(&missing);
}

/* ---------------------------------------------------------------------------------------- */
const char doc_PRJ002[] =
    "What: no setup.py, setup.cfg, MANIFEST.in or requirements*.txt repeats what [project]\n"
    "      already says (name, version, dependencies, python_requires).\n"
    "Why:  two sources of truth drift apart: a dependency bumped in one place and not the other\n"
    "      ships a package that does not match what was tested.\n"
    "Fix:  move metadata to [project], reduce setup.py to `setup()` (or delete it), delete the\n"
    "      setup.cfg [metadata]/[options] sections, and generate pinned requirement files from the\n"
    "      lock (`uv export`) instead of writing ranges by hand. MANIFEST.in is read only by\n"
    "      setuptools: delete it when the build backend is another one.\n";

static const char *const SETUP_KEYS[] = {"name", "version", "install_requires", "python_requires", "extras_require"};

void check_PRJ002(const Project *p, AuditResult *r)
{
    if (res_toml_broken(p, r, &p->pyproject))
        return;
    const TomlValue *proj = pyp(p, "project");
    if (!proj) {
        res_skip(r, "no [project] table to compare with");
        return;
    }
    size_t len;
    const char *setup_py = project_read(p, "setup.py", &len);
    for (size_t i = 0; setup_py && i < sizeof SETUP_KEYS / sizeof *SETUP_KEYS; i++) {
        uint32_t line = py_find_kwarg(setup_py, len, SETUP_KEYS[i]);
        if (line) {
            res_failf(p, r, "setup.py", line, "setup.py:%u repeats `%s=` from [project]: keep the metadata in "
                      "pyproject.toml only and reduce setup.py to `setup()`", line, SETUP_KEYS[i]);
            return;
        }
    }
    const char *cfg = project_read(p, "setup.cfg", NULL);
    static const char *const CFG[][2] = {{"metadata", "name"}, {"metadata", "version"},
                                         {"options", "install_requires"}, {"options", "python_requires"}};
    for (size_t i = 0; cfg && i < sizeof CFG / sizeof *CFG; i++) {
        uint32_t line = 0;
        if (ini_value(p->arena, cfg, CFG[i][0], CFG[i][1], &line)) {
            res_failf(p, r, "setup.cfg", line, "setup.cfg:%u repeats [%s] %s from [project]: delete it from setup.cfg",
                      line, CFG[i][0], CFG[i][1]);
            return;
        }
    }
    const char *backend = tstr(p, pyp(p, "build-system.build-backend"));
    if (project_exists(p, "MANIFEST.in") && backend && strncmp(backend, "setuptools", 10) != 0) {
        res_failf(p, r, "MANIFEST.in", 1, "MANIFEST.in is ignored by the build backend %s: delete it and "
                  "configure the files to include in [tool.*] of that backend", backend);
        return;
    }
    /* A hand-written (not fully pinned) requirements file naming a [project] dependency. */
    const TomlValue *deps = toml_get(proj, "dependencies");
    for (uint32_t d = 0; d < p->nreqs; d++) {
        const ReqDoc *rd = &p->reqs[d];
        if (!ends_with(rd->file, ".txt") && !ends_with(rd->file, ".in"))
            continue;
        bool pinned = true;
        for (uint32_t i = 0; i < rd->req.len; i++)
            if (rd->req.lines[i].kind == REQ_REQUIREMENT && !rd->req.lines[i].pinned)
                pinned = false;
        if (pinned && ends_with(rd->file, ".txt"))
            continue;   /* a compiled lock, not a second source */
        for (uint32_t i = 0; i < rd->req.len; i++) {
            const ReqLine *rl = &rd->req.lines[i];
            if (rl->kind != REQ_REQUIREMENT || !deps || deps->kind != TOML_ARRAY)
                continue;
            for (uint32_t k = 0; k < deps->as.array.len; k++) {
                const TomlValue *v = deps->as.array.items[k];
                ReqLine dl;
                if (v->kind == TOML_STRING && req_parse_one(p->arena, v->as.str.ptr, v->as.str.len, &dl) &&
                    dl.kind == REQ_REQUIREMENT && strcmp(dl.name, rl->name) == 0) {
                    res_failf(p, r, rd->file, rl->line, "%s:%u repeats the dependency `%s` of [project]: keep "
                              "dependencies in pyproject.toml and export pinned files from the lock",
                              rd->file, rl->line, rl->name);
                    return;
                }
            }
        }
    }
    res_pass(r);
}

/* ---------------------------------------------------------------------------------------- */
const char doc_PRJ003[] =
    "What: a library (no Dockerfile, no server entry point) keeps its package in\n"
    "      src/<package>/__init__.py; an application may use a flat layout. Set\n"
    "      `kind = \"library\"` or `\"application\"` in [tool.snipe.audit] to override the guess.\n"
    "Why:  with the src layout the tests run against the installed package, so a file missing\n"
    "      from the wheel fails the tests instead of the users.\n"
    "Fix:  move <package>/ to src/<package>/ and let the build backend find it there.\n";

void check_PRJ003(const Project *p, AuditResult *r)
{
    if (!p->package_dir) {
        res_fail(r, NULL, 0, "no Python package found: create src/<package>/__init__.py "
                 "(named after [project].name)");
        return;
    }
    if (p->kind == KIND_LIBRARY && !p->src_layout) {
        res_failf(p, r, NULL, 0, "this looks like a library (%s) but uses the flat layout %s/: move it to src/%s/",
                  p->kind_setting == KIND_LIBRARY ? "kind = \"library\"" : "no Dockerfile, no server dependency",
                  p->package_dir, p->package_dir);
        return;
    }
    res_pass(r);
}

/* ---------------------------------------------------------------------------------------- */
const char doc_PRJ004[] =
    "What: the package's __init__.py defines `__all__`.\n"
    "Why:  `__all__` is the declared public API: type checkers, documentation tools and\n"
    "      `from pkg import *` honour it, and everything else may change without notice.\n"
    "Fix:  __all__ = [\"Client\", \"connect\"]\n";

void check_PRJ004(const Project *p, AuditResult *r)
{
    if (!p->package_dir) {
        res_skip(r, "no package found");
        return;
    }
    const char *init = arena_printf(p->arena, "%s/__init__.py", p->package_dir);
    size_t len;
    const char *src = init ? project_read(p, init, &len) : NULL;
    if (!src) {
        res_skip(r, "the package has no readable __init__.py");
        return;
    }
    if (py_find_assign(src, len, "__all__"))
        res_pass(r);
    else
        res_failf(p, r, init, 1, "%s does not define __all__: list the public names, e.g. __all__ = [\"main\"]", init);
}

/* ---------------------------------------------------------------------------------------- */
const char doc_PRJ005[] =
    "What: a lock file exists (uv.lock, poetry.lock, pdm.lock, pylock.toml, Pipfile.lock, or a\n"
    "      requirements*.lock / requirements file installed by CI or the Dockerfile), and every\n"
    "      requirement-style lock pins each line with `==` (hashes optional).\n"
    "Why:  without a lock, every install resolves afresh: a release of any transitive dependency\n"
    "      can break production between two deploys of the same commit.\n"
    "Fix:  `uv lock` (or `uv pip compile pyproject.toml -o requirements.lock --generate-hashes`)\n"
    "      and commit the result.\n";

static bool command_names_file(const Project *p, const char *file)
{
    for (int src = 0; src < 2; src++) {
        const Command *cs = src ? p->docker_commands : p->ci_commands;
        uint32_t n = src ? p->ndocker_commands : p->nci_commands;
        for (uint32_t i = 0; i < n; i++)
            if (strstr(cs[i].text, file))
                return true;
    }
    return false;
}

/* First unpinned requirement of a file, or NULL. */
static const ReqLine *first_unpinned(const ReqDoc *d)
{
    for (uint32_t i = 0; i < d->req.len; i++) {
        const ReqLine *l = &d->req.lines[i];
        if ((l->kind == REQ_REQUIREMENT && !l->pinned) || l->kind == REQ_INVALID ||
            (l->kind == REQ_PATH && !l->pinned && strcmp(l->name, ".") != 0))
            return l;
    }
    return NULL;
}

void check_PRJ005(const Project *p, AuditResult *r)
{
    static const char *const NATIVE[] = {"uv.lock", "poetry.lock", "pdm.lock", "pylock.toml", "Pipfile.lock"};
    bool have = false;
    for (size_t i = 0; i < sizeof NATIVE / sizeof *NATIVE; i++)
        have |= project_exists(p, NATIVE[i]);
    for (uint32_t i = 0; i < p->files.len; i++)
        have |= strncmp(p->files.paths[i], "pylock.", 7) == 0 && ends_with(p->files.paths[i], ".toml");
    for (uint32_t d = 0; d < p->nreqs; d++) {
        const ReqDoc *rd = &p->reqs[d];
        if (ends_with(rd->file, ".in"))
            continue;
        bool lock = ends_with(rd->file, ".lock") || command_names_file(p, rd->file);
        const ReqLine *bad = first_unpinned(rd);
        if (lock && bad) {
            res_failf(p, r, rd->file, bad->line, "%s:%u: `%s` is not pinned with ==: regenerate the lock "
                      "(uv pip compile / uv export) so that every line is exact", rd->file, bad->line,
                      bad->name ? bad->name : "line");
            return;
        }
        if (!bad && rd->req.len)
            have = true;
    }
    if (have)
        res_pass(r);
    else
        res_fail(r, NULL, 0, "no lock file: run `uv lock` (or poetry lock / pdm lock) and commit it");
}

/* ---------------------------------------------------------------------------------------- */
const char doc_PRJ006[] =
    "What: [project].requires-python has a lower bound of 3.11 or newer (set `python-floor` in\n"
    "      [tool.snipe.audit] to change it) and no upper cap (<, <=, ~=, ==).\n"
    "Why:  old floors keep you from modern syntax and typing; a cap makes resolvers pick ancient\n"
    "      releases of your package, or fail, as soon as a new Python comes out.\n"
    "Fix:  requires-python = \">=3.11\"\n";

void check_PRJ006(const Project *p, AuditResult *r)
{
    if (res_toml_broken(p, r, &p->pyproject))
        return;
    if (!p->requires_python_line) {
        res_failf(p, r, p->pyproject.file, 0, "no [project].requires-python: add requires-python = \">=%d.%d\"",
                  p->floor_major, p->floor_minor);
        return;
    }
    if (!p->has_requires_python) {
        res_failf(p, r, "pyproject.toml", p->requires_python_line, "requires-python has no lower bound: "
                  "use requires-python = \">=%d.%d\"", p->floor_major, p->floor_minor);
        return;
    }
    if (p->py_major < p->floor_major || (p->py_major == p->floor_major && p->py_minor < p->floor_minor)) {
        res_failf(p, r, "pyproject.toml", p->requires_python_line, "requires-python allows Python %s, older than "
                  "%d.%d: raise it to \">=%d.%d\"", p->py_floor_text, p->floor_major, p->floor_minor,
                  p->floor_major, p->floor_minor);
        return;
    }
    if (p->py_capped) {
        res_failf(p, r, "pyproject.toml", p->requires_python_line, "requires-python has an upper cap: "
                  "keep only the lower bound, \">=%s\"", p->py_floor_text);
        return;
    }
    res_pass(r);
}
