/* checks_testing.c: PRJ013-PRJ016, test layout, pytest settings, coverage, benchmark gate. */
#include "audit/audit.h"

#include <string.h>

#include "audit/ini.h"
#include "util/str.h"

/* ---------------------------------------------------------------------------------------- */
const char doc_PRJ013[] =
    "What: tests/unit/, tests/integration/ and tests/conftest.py exist.\n"
    "Why:  a visible pyramid keeps fast unit tests apart from slower integration tests, so the\n"
    "      fast ones can run on every save and the slow ones still run in CI.\n"
    "Fix:  mkdir -p tests/unit tests/integration && touch tests/conftest.py\n";

void check_PRJ013(const Project *p, AuditResult *r)
{
    Buf miss = {0};
    if (!project_is_dir(p, "tests/unit"))
        buf_puts(&miss, ", tests/unit/");
    if (!project_is_dir(p, "tests/integration"))
        buf_puts(&miss, ", tests/integration/");
    if (!project_exists(p, "tests/conftest.py"))
        buf_puts(&miss, ", tests/conftest.py");
    if (miss.len)
        res_failf(p, r, NULL, 0, "missing %s: split the tests into tests/unit and tests/integration with a "
                  "shared tests/conftest.py", miss.data + 2);
    else
        res_pass(r);
    buf_free(&miss);
}

/* ---------------------------------------------------------------------------------------- */
const char doc_PRJ014[] =
    "What: pytest is configured ([tool.pytest.ini_options], [tool.pytest] or pytest.ini) with\n"
    "      `testpaths`, registered `markers`, and `--strict-markers` in addopts (or\n"
    "      strict_markers / strict = true).\n"
    "Why:  testpaths keeps collection fast and predictable; strict markers turn a typo in\n"
    "      @pytest.mark.slwo into an error instead of a silently unselected test.\n"
    "Fix:  [tool.pytest.ini_options]\n"
    "      testpaths = [\"tests\"]\n"
    "      markers = [\"slow: long-running tests\"]\n"
    "      addopts = [\"--strict-markers\"]\n";

static bool value_has(const TomlValue *v, const char *needle)
{
    if (!v)
        return false;
    if (v->kind == TOML_STRING) {
        size_t n = strlen(needle);
        for (uint32_t i = 0; i + n <= v->as.str.len; i++)
            if (memcmp(v->as.str.ptr + i, needle, n) == 0)
                return true;
        return false;
    }
    if (v->kind == TOML_ARRAY)
        for (uint32_t i = 0; i < v->as.array.len; i++)
            if (value_has(v->as.array.items[i], needle))
                return true;
    return false;
}

static bool toml_true(const TomlValue *v)
{
    return v && ((v->kind == TOML_BOOL && v->as.boolean) ||
                 (v->kind == TOML_STRING && v->as.str.len == 4 && memcmp(v->as.str.ptr, "true", 4) == 0));
}

void check_PRJ014(const Project *p, AuditResult *r)
{
    if (res_toml_broken(p, r, &p->pyproject))
        return;
    const TomlValue *t = pyp(p, "tool.pytest.ini_options");
    if (!t) {
        t = pyp(p, "tool.pytest");
        if (t && t->kind != TOML_TABLE)
            t = NULL;
    }
    bool paths, markers, strict;
    const char *file = "pyproject.toml";
    uint32_t line = t ? t->line : 0;
    if (t) {
        paths = toml_get(t, "testpaths") != NULL;
        const TomlValue *m = toml_get(t, "markers");
        markers = m && m->kind == TOML_ARRAY && m->as.array.len > 0;
        strict = value_has(toml_get(t, "addopts"), "--strict-markers") || toml_true(toml_get(t, "strict_markers")) ||
                 toml_true(toml_get(t, "strict"));
    } else {
        static const char *const INI[][2] = {{"pytest.ini", "pytest"}, {"tox.ini", "pytest"}, {"setup.cfg", "tool:pytest"}};
        const char *text = NULL;
        size_t i;
        for (i = 0; i < 3; i++) {
            text = project_read(p, INI[i][0], NULL);
            if (text && (line = ini_section(text, INI[i][1])))
                break;
        }
        if (i == 3) {
            res_fail(r, file, 0, "pytest is not configured: add [tool.pytest.ini_options] with testpaths, markers "
                     "and addopts = [\"--strict-markers\"]");
            return;
        }
        file = INI[i][0];
        const char *addopts = ini_value(p->arena, text, INI[i][1], "addopts", NULL);
        const char *m = ini_value(p->arena, text, INI[i][1], "markers", NULL);
        paths = ini_value(p->arena, text, INI[i][1], "testpaths", NULL) != NULL;
        markers = m && *m;
        strict = addopts && strstr(addopts, "--strict-markers");
    }
    Buf miss = {0};
    if (!paths)
        buf_puts(&miss, ", testpaths");
    if (!markers)
        buf_puts(&miss, ", markers");
    if (!strict)
        buf_puts(&miss, ", --strict-markers in addopts");
    if (miss.len)
        res_failf(p, r, file, line, "the pytest configuration lacks %s: add %s", miss.data + 2, miss.data + 2);
    else
        res_pass(r);
    buf_free(&miss);
}

/* ---------------------------------------------------------------------------------------- */
const char doc_PRJ015[] =
    "What: pytest-cov is a development dependency and `--cov` is passed in CI or in addopts.\n"
    "Why:  coverage that is not measured on every change only ever goes down.\n"
    "Fix:  [dependency-groups] dev = [\"pytest-cov\"], and `pytest --cov=mypkg` in CI.\n";

void check_PRJ015(const Project *p, AuditResult *r)
{
    if (res_toml_broken(p, r, &p->pyproject))
        return;
    if (!project_depends_on(p, "pytest-cov", true)) {
        res_fail(r, p->pyproject.file, 0, "pytest-cov is not a development dependency: add it to "
                 "[dependency-groups] dev (or an optional-dependencies group)");
        return;
    }
    const TomlValue *ini = pyp(p, "tool.pytest.ini_options");
    if (!ini)
        ini = pyp(p, "tool.pytest");
    const char *pini = project_read(p, "pytest.ini", NULL);
    const char *addopts = pini ? ini_value(p->arena, pini, "pytest", "addopts", NULL) : NULL;
    if (ci_runs(p, "--cov*", NULL) || value_has(toml_get(ini, "addopts"), "--cov") ||
        (addopts && strstr(addopts, "--cov"))) {
        res_pass(r);
        return;
    }
    res_fail(r, p->nworkflows ? p->workflows[0].file : NULL, 0,
             "coverage is never measured: run `pytest --cov=<package>` in CI or add --cov to addopts");
}

/* ---------------------------------------------------------------------------------------- */
const char doc_PRJ016[] =
    "What: a performance baseline exists (pytest-benchmark, asv.conf.json, or a committed\n"
    "      baseline JSON such as .benchmarks/ or benchmarks/*baseline*.json) and a CI step runs it\n"
    "      (`pytest --benchmark-...`, `asv continuous`, a benchmark action).\n"
    "Why:  performance regressions are found by users unless a gate compares every change\n"
    "      with a known baseline.\n"
    "Fix:  add pytest-benchmark, save a baseline, and run\n"
    "      `pytest tests/benchmarks --benchmark-compare --benchmark-compare-fail=mean:10%` in CI.\n";

static bool ends_with(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcmp(s + n - m, suf) == 0;
}

void check_PRJ016(const Project *p, AuditResult *r)
{
    if (res_toml_broken(p, r, &p->pyproject))
        return;
    bool baseline = project_depends_on(p, "pytest-benchmark", false) || project_depends_on(p, "pytest-codspeed", false) ||
                    project_exists(p, "asv.conf.json");
    for (uint32_t i = 0; !baseline && i < p->files.len; i++) {
        const char *f = p->files.paths[i];
        baseline = ends_with(f, ".json") && (strncmp(f, ".benchmarks/", 12) == 0 || strstr(f, "baseline") ||
                                             (strncmp(f, "benchmarks/", 11) == 0));
    }
    if (!baseline) {
        res_fail(r, NULL, 0, "no performance baseline: add pytest-benchmark (or asv) and commit a baseline");
        return;
    }
    bool gate = ci_runs(p, "--benchmark*", NULL) || ci_runs(p, "asv", NULL) || ci_runs(p, "--codspeed", NULL);
    for (uint32_t i = 0; !gate && i < p->nactions; i++)
        gate = strncmp(p->actions[i].uses, "benchmark-action/", 17) == 0 ||
               strncmp(p->actions[i].uses, "CodSpeedHQ/action", 17) == 0;
    if (gate)
        res_pass(r);
    else
        res_fail(r, p->nworkflows ? p->workflows[0].file : NULL, 0,
                 "no CI step runs the benchmarks: add `pytest --benchmark-compare --benchmark-compare-fail=mean:10%`");
}
