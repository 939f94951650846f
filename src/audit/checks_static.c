/* checks_static.c: PRJ007-PRJ012, type checking, version agreement, lint rule selection, formatting. */
#include "audit/audit.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "audit/ini.h"
#include "util/str.h"

/* Is a type checker configured strictly? Sets *where to a description. */
static bool typing_strict(const Project *p, const char **where)
{
    const TomlValue *strict = pyp(p, "tool.mypy.strict");
    if (strict && strict->kind == TOML_BOOL && strict->as.boolean) {
        *where = "[tool.mypy] strict";
        return true;
    }
    static const char *const PYRIGHT[] = {"tool.pyright.typeCheckingMode", "tool.basedpyright.typeCheckingMode"};
    for (int i = 0; i < 2; i++) {
        const char *m = tstr(p, pyp(p, PYRIGHT[i]));
        if (m && (strcmp(m, "strict") == 0 || strcmp(m, "all") == 0)) {
            *where = "pyright typeCheckingMode";
            return true;
        }
    }
    if (pyp(p, "tool.ty") || project_exists(p, "ty.toml")) {
        *where = "ty";
        return true;
    }
    static const char *const INI[][2] = {{"mypy.ini", "mypy"}, {".mypy.ini", "mypy"}, {"setup.cfg", "mypy"}};
    for (int i = 0; i < 3; i++) {
        const char *text = project_read(p, INI[i][0], NULL);
        const char *v = text ? ini_value(p->arena, text, INI[i][1], "strict", NULL) : NULL;
        if (v && (strcmp(v, "True") == 0 || strcmp(v, "true") == 0 || strcmp(v, "1") == 0)) {
            *where = INI[i][0];
            return true;
        }
    }
    const char *pj = project_read(p, "pyrightconfig.json", NULL);
    if (pj && strstr(pj, "\"typeCheckingMode\"") && strstr(pj, "\"strict\"")) {
        *where = "pyrightconfig.json";
        return true;
    }
    return false;
}

/* ---------------------------------------------------------------------------------------- */
const char doc_PRJ007[] =
    "What: a type checker runs in strict mode: [tool.mypy] strict = true, or [tool.pyright]\n"
    "      typeCheckingMode = \"strict\", or ty configured ([tool.ty] or ty.toml).\n"
    "Why:  without strict mode, unannotated functions are not checked at all, and the checker\n"
    "      silently lets Any spread through the code base.\n"
    "Fix:  [tool.mypy]\n"
    "      strict = true\n";

void check_PRJ007(const Project *p, AuditResult *r)
{
    if (res_toml_broken(p, r, &p->pyproject))
        return;
    const char *where;
    if (typing_strict(p, &where))
        res_pass(r);
    else
        res_fail(r, p->pyproject.file, 0, "no strict type checking: add [tool.mypy] strict = true "
                 "(or [tool.pyright] typeCheckingMode = \"strict\")");
}

/* ---------------------------------------------------------------------------------------- */
const char doc_PRJ008[] =
    "What: mypy's python_version, ruff's (or snipe's) target-version and the requires-python\n"
    "      floor name the same Python version.\n"
    "Why:  each tool otherwise checks against a different language: the linter suggests syntax\n"
    "      the type checker rejects, or code passes checks for a version you do not support.\n"
    "Fix:  set them all to the floor, e.g. python_version = \"3.11\" and target-version = \"py311\"\n"
    "      (or remove them: ruff and mypy infer the version from requires-python).\n";

void check_PRJ008(const Project *p, AuditResult *r)
{
    if (res_toml_broken(p, r, &p->pyproject))
        return;
    if (!p->has_requires_python) {
        res_skip(r, "no requires-python floor to compare with");
        return;
    }
    const TomlEntry *mv = toml_get_entry(pyp(p, "tool.mypy"), "python_version");
    const char *ms = mv ? tstr(p, mv->value) : NULL;
    if (mv && (!ms || strcmp(ms, p->py_floor_text) != 0)) {
        res_failf(p, r, "pyproject.toml", mv->line, "[tool.mypy] python_version = \"%s\" but requires-python's floor "
                  "is %s: set python_version = \"%s\"", ms ? ms : "?", p->py_floor_text, p->py_floor_text);
        return;
    }
    char want[16];
    snprintf(want, sizeof want, "py%d%d", p->py_major, p->py_minor);
    const TomlEntry *tv = p->lint ? toml_get_entry(p->lint, "target-version") : NULL;
    const char *ts = tv ? tstr(p, tv->value) : NULL;
    if (tv && (!ts || strcmp(ts, want) != 0)) {
        res_failf(p, r, p->lint_file, tv->line, "%starget-version = \"%s\" but requires-python's floor is %s: set "
                  "target-version = \"%s\"", p->lint_prefix[0] ? p->lint_prefix : "", ts ? ts : "?",
                  p->py_floor_text, want);
        return;
    }
    const TomlEntry *pv = toml_get_entry(pyp(p, "tool.pyright"), "pythonVersion");
    const char *ps = pv ? tstr(p, pv->value) : NULL;
    if (pv && (!ps || strcmp(ps, p->py_floor_text) != 0)) {
        res_failf(p, r, "pyproject.toml", pv->line, "[tool.pyright] pythonVersion = \"%s\" but requires-python's "
                  "floor is %s", ps ? ps : "?", p->py_floor_text);
        return;
    }
    res_pass(r);
}

/* ---------------------------------------------------------------------------------------- */
const char doc_PRJ009[] =
    "What: rule selection and rule options live under the `lint` table ([tool.ruff.lint]),\n"
    "      not at the top level of [tool.ruff] (or of ruff.toml).\n"
    "Why:  top-level selection is deprecated; ruff warns on every run and will stop reading it.\n"
    "Fix:  move select, ignore, per-file-ignores, isort, flake8-* ... to [tool.ruff.lint].\n";

static const char *const LINT_ONLY[] = {
    "select", "extend-select", "ignore", "extend-ignore", "per-file-ignores", "extend-per-file-ignores",
    "fixable", "unfixable", "extend-fixable", "extend-safe-fixes", "extend-unsafe-fixes",
    "dummy-variable-rgx", "allowed-confusables", "task-tags", "typing-modules", "logger-objects",
    "explicit-preview-rules", "external", "ignore-init-module-imports", "isort", "mccabe",
    "pep8-naming", "pycodestyle", "pydocstyle", "pyflakes", "pylint", "pyupgrade",
};

void check_PRJ009(const Project *p, AuditResult *r)
{
    if (res_toml_broken(p, r, &p->pyproject) || res_toml_broken(p, r, &p->ruff_toml))
        return;
    if (!p->lint) {
        res_skip(r, "no lint configuration");
        return;
    }
    for (uint32_t i = 0; i < p->lint->as.table.len; i++) {
        const TomlEntry *e = &p->lint->as.table.entries[i];
        bool moved = strncmp(e->key, "flake8-", 7) == 0;
        for (size_t k = 0; !moved && k < sizeof LINT_ONLY / sizeof *LINT_ONLY; k++)
            moved = strcmp(e->key, LINT_ONLY[k]) == 0;
        if (moved) {
            res_failf(p, r, p->lint_file, e->line, "%s:%u: `%s` at the top level is deprecated: move it to %s",
                      p->lint_file, e->line, e->key,
                      p->lint_prefix[0] ? (strcmp(p->lint_prefix, "[tool.ruff]") == 0 ? "[tool.ruff.lint]" : "[tool.snipe.lint]")
                                        : "the [lint] table");
            return;
        }
    }
    res_pass(r);
}

/* ---------------------------------------------------------------------------------------- */
/* Does one selector cover a rule family code? "E" covers E, "T" covers T20, "S" not SIM. */
static bool selector_covers(const char *sel, size_t n, const char *code)
{
    if (n == 3 && memcmp(sel, "ALL", 3) == 0)
        return true;
    size_t c = strlen(code);
    if (n > c) {
        /* a narrower selector (E501) does not select the whole family */
        return false;
    }
    if (memcmp(sel, code, n) != 0)
        return false;
    for (size_t i = n; i < c; i++)
        if (!isdigit((unsigned char)code[i]))
            return false;
    return true;
}

static bool list_covers(const TomlValue *list, const char *code)
{
    if (!list || list->kind != TOML_ARRAY)
        return false;
    for (uint32_t i = 0; i < list->as.array.len; i++) {
        const TomlValue *v = list->as.array.items[i];
        if (v->kind == TOML_STRING && selector_covers(v->as.str.ptr, v->as.str.len, code))
            return true;
    }
    return false;
}

/* Is family `code` selected by the lint configuration (and not ignored as a whole)? */
static bool selected(const Project *p, const char *code)
{
    const TomlValue *lint = toml_get(p->lint, "lint");
    bool on = list_covers(toml_get(lint, "select"), code) || list_covers(toml_get(lint, "extend-select"), code) ||
              list_covers(toml_get(p->lint, "select"), code) || list_covers(toml_get(p->lint, "extend-select"), code);
    bool off = list_covers(toml_get(lint, "ignore"), code) || list_covers(toml_get(lint, "extend-ignore"), code) ||
               list_covers(toml_get(p->lint, "ignore"), code) || list_covers(toml_get(p->lint, "extend-ignore"), code);
    return on && !off;
}

/* Fail listing the families of `codes` that are not selected; true when one was missing. */
static bool require_codes(const Project *p, AuditResult *r, const char *const *codes, size_t n, const char *what)
{
    Buf miss = {0};
    for (size_t i = 0; i < n; i++)
        if (codes[i] && !selected(p, codes[i])) {
            buf_puts(&miss, miss.len ? ", \"" : "\"");
            buf_puts(&miss, codes[i]);
            buf_putc(&miss, '"');
        }
    bool failed = miss.len > 0;
    if (failed) {
        const TomlValue *lint = toml_get(p->lint, "lint");
        const TomlValue *sel = toml_get(lint, "select");
        if (!sel)
            sel = toml_get(p->lint, "select");
        res_failf(p, r, p->lint_file, sel ? sel->line : 0, "the %s rules %s are not selected: add them to "
                  "%s select", what, miss.data,
                  p->lint_prefix[0] ? (strcmp(p->lint_prefix, "[tool.ruff]") == 0 ? "[tool.ruff.lint]" : "[tool.snipe.lint]")
                                    : "[lint]");
    }
    buf_free(&miss);
    return failed;
}

const char doc_PRJ010[] =
    "What: the lint selection includes the baseline families E, F, I, UP, B and SIM\n"
    "      (selecting \"ALL\" also passes).\n"
    "Why:  ruff's default (E4, E7, E9, F) misses import order, outdated syntax, likely bugs\n"
    "      (bugbear) and needless complexity.\n"
    "Fix:  [tool.ruff.lint]\n"
    "      select = [\"E\", \"F\", \"I\", \"UP\", \"B\", \"SIM\"]\n";

void check_PRJ010(const Project *p, AuditResult *r)
{
    if (res_toml_broken(p, r, &p->pyproject) || res_toml_broken(p, r, &p->ruff_toml))
        return;
    if (!p->lint) {
        res_fail(r, p->pyproject.file, 0, "no lint configuration: add [tool.ruff.lint] "
                 "select = [\"E\", \"F\", \"I\", \"UP\", \"B\", \"SIM\"]");
        return;
    }
    static const char *const BASE[] = {"E", "F", "I", "UP", "B", "SIM"};
    if (!require_codes(p, r, BASE, 6, "baseline"))
        res_pass(r);
}

const char doc_PRJ011[] =
    "What: the selection also includes ANN (unless mypy or pyright runs strict), BLE, S, T20,\n"
    "      G and LOG, and `ignore` does not take a whole family back out.\n"
    "Why:  production code must not swallow exceptions (BLE), must pass the security lints\n"
    "      (S, bandit), must not print (T20) and must log lazily and correctly (G, LOG).\n"
    "Fix:  extend-select = [\"ANN\", \"BLE\", \"S\", \"T20\", \"G\", \"LOG\"]\n";

void check_PRJ011(const Project *p, AuditResult *r)
{
    if (!p->lint) {
        res_skip(r, "no lint configuration");
        return;
    }
    const char *where;
    const char *const PROD[] = {typing_strict(p, &where) ? NULL : "ANN", "BLE", "S", "T20", "G", "LOG"};
    if (!require_codes(p, r, PROD, 6, "production"))
        res_pass(r);
}

/* ---------------------------------------------------------------------------------------- */
const char doc_PRJ012[] =
    "What: `line-length` is set in the lint configuration and CI runs a formatter check\n"
    "      (`ruff format --check`, `black --check`, or pre-commit with a formatter hook).\n"
    "Why:  formatting that is not checked drifts, and review time goes to whitespace.\n"
    "Fix:  [tool.ruff] line-length = 100, and a CI step `ruff format --check .`\n";

static bool formatter_in_ci(const Project *p)
{
    static const char *const PATTERNS[] = {
        "ruff format --check", "ruff format --diff", "black --check", "black --diff", "snipe format --check",
    };
    for (size_t i = 0; i < sizeof PATTERNS / sizeof *PATTERNS; i++)
        if (ci_runs(p, PATTERNS[i], NULL))
            return true;
    for (uint32_t i = 0; i < p->nactions; i++)
        if (strncmp(p->actions[i].uses, "psf/black@", 10) == 0)
            return true;
    return false;
}

void check_PRJ012(const Project *p, AuditResult *r)
{
    if (res_toml_broken(p, r, &p->pyproject) || res_toml_broken(p, r, &p->ruff_toml))
        return;
    bool length = (p->lint && toml_get(p->lint, "line-length")) || pyp(p, "tool.black.line-length");
    if (!length) {
        res_fail(r, p->lint_file ? p->lint_file : p->pyproject.file, 0,
                 "no line-length: set [tool.ruff] line-length (e.g. 100) so that editors and CI agree");
        return;
    }
    if (!formatter_in_ci(p)) {
        res_fail(r, p->nworkflows ? p->workflows[0].file : NULL, 0,
                 "no formatter check in CI: add a step running `ruff format --check .`");
        return;
    }
    res_pass(r);
}
