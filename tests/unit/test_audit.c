/* test_audit.c: the good fixture passes every check; one small edit per check fails exactly that check. */
#include "test_audit_helpers.h"

START_TEST(good_project_passes_everything)
{
    char *dir = fx_copy_good();
    AuditRun *run = fx_audit(dir);
    char failed[512];
    ck_assert_msg(fx_failed(run, failed, sizeof failed)[0] == 0, "failed: %s", failed);
    for (int i = 0; i < CHECK__COUNT; i++)
        ck_assert_msg(run->results[i].status == AUDIT_PASS, "%s: %s", audit_checks[i].id,
                      run->results[i].message ? run->results[i].message : "skipped");
    ck_assert_int_eq(run->project.kind, KIND_APPLICATION);
    ck_assert_str_eq(run->project.package_dir, "src/shopcart");
    ck_assert(!run->project.files.from_git);
    fx_audit_free(run);
    fx_remove(dir);
    free(dir);
}
END_TEST

/* An edit: op 'r' replace from->to in file, 'w' write file with `to`, 'd' delete file, 'm' move. */
typedef struct Edit {
    char op;
    const char *file, *from, *to;
} Edit;

typedef struct Variant {
    const char *id;
    Edit edits[3];
    const char *expect;       /* a fragment the failure message must contain */
} Variant;

#define PY "pyproject.toml"
#define CI ".github/workflows/ci.yml"
#define DF "Dockerfile"

static const Variant VARIANTS[] = {
    {"PRJ001", {{'r', PY, "build-backend = \"hatchling.build\"\n", ""}}, "build-system.build-backend"},
    {"PRJ002", {{'w', "setup.py", NULL, "from setuptools import setup\n\nsetup(name=\"shopcart\", version=\"1.4.0\")\n"}},
     "setup.py:3 repeats `name=`"},
    {"PRJ003", {{'r', PY, "python-floor = \"3.11\"\n", "python-floor = \"3.11\"\nkind = \"library\"\n"},
                {'m', "src/shopcart", NULL, "shopcart"}}, "flat layout shopcart/"},
    {"PRJ004", {{'r', "src/shopcart/__init__.py", "__all__ = [\"Cart\"]", "# __all__ = [\"Cart\"]"}}, "__all__"},
    {"PRJ005", {{'d', "uv.lock", NULL, NULL}}, "no lock file"},
    {"PRJ006", {{'r', PY, "requires-python = \">=3.11\"", "requires-python = \">=3.11,<3.14\""}}, "upper cap"},
    {"PRJ007", {{'r', PY, "strict = true\n", "warn_unused_ignores = true\n"}}, "strict"},
    {"PRJ008", {{'r', PY, "python_version = \"3.11\"", "python_version = \"3.12\""}}, "python_version = \"3.12\""},
    {"PRJ009", {{'r', PY, "target-version = \"py311\"\n", "target-version = \"py311\"\nignore = [\"E501\"]\n"}},
     "`ignore` at the top level"},
    {"PRJ010", {{'r', PY, "\"B\", \"SIM\", ", "\"B\", "}}, "\"SIM\""},
    {"PRJ011", {{'r', PY, ", \"LOG\"]", "]"}}, "\"LOG\""},
    {"PRJ012", {{'r', CI, "          uv run ruff format --check .\n", ""}}, "formatter"},
    {"PRJ013", {{'d', "tests/conftest.py", NULL, NULL}}, "tests/conftest.py"},
    {"PRJ014", {{'r', PY, "\"--strict-markers\", ", ""}}, "--strict-markers"},
    {"PRJ015", {{'r', CI, "--cov=shopcart --cov-report=xml ", ""}}, "--cov"},
    {"PRJ016", {{'r', CI, "      - name: Benchmarks\n        run: uv run pytest tests/benchmarks --benchmark-compare "
                          "--benchmark-compare-fail=mean:10%\n", ""}}, "benchmarks"},
    {"PRJ017", {{'r', CI, "  pull_request:\n", ""}}, "pull_request"},
    {"PRJ018", {{'r', CI, "uv run mypy src", "uv run python -c 'import shopcart'"}}, "type checker"},
    {"PRJ019", {{'r', CI, "actions/checkout@v4", "actions/checkout@v3"}}, "actions/checkout@v3"},
    {"PRJ020", {{'r', CI, "run: uv sync --frozen", "run: uv sync"}}, "--frozen"},
    {"PRJ021", {{'r', DF, "COPY --from=build /app/.venv /app/.venv\nCOPY --from=build /app/src /app/src\n",
                 "COPY . /app\n"}}, "COPY --from"},
    {"PRJ022", {{'r', DF, "USER nobody", "USER root"}}, "USER root"},
    {"PRJ023", {{'r', DF, "CMD [\"python\", \"-m\", \"shopcart\"]", "CMD python -m shopcart"}}, "exec form"},
    {"PRJ024", {{'r', "src/shopcart/cart.py", "        return \", \".join(", "        print(self.items)\n        return \", \".join("}},
     "cart.py:18 calls print()"},
    {"PRJ025", {{'r', ".gitignore", ".env\n", ""}}, ".gitignore"},
    {"PRJ026", {{'d', ".github/dependabot.yml", NULL, NULL}}, "dependabot"},
    {"PRJ027", {{'w', "models/ranker.pkl", NULL, "not really a pickle"}}, "models/ranker.pkl"},
    {"PRJ028", {{'d', ".github/CODEOWNERS", NULL, NULL}}, "CODEOWNERS"},
};

static void apply(const char *dir, const Edit *e)
{
    switch (e->op) {
    case 'r': fx_replace(dir, e->file, e->from, e->to); break;
    case 'w': fx_write(dir, e->file, e->to); break;
    case 'd': fx_delete(dir, e->file); break;
    case 'm': fx_rename(dir, e->file, e->to); break;
    default: break;
    }
}

START_TEST(each_variant_fails_exactly_its_check)
{
    const Variant *v = &VARIANTS[_i];
    char *dir = fx_copy_good();
    for (int k = 0; k < 3 && v->edits[k].op; k++)
        apply(dir, &v->edits[k]);
    AuditRun *run = fx_audit(dir);
    char failed[512];
    fx_failed(run, failed, sizeof failed);
    char want[16];
    snprintf(want, sizeof want, "%s ", v->id);
    ck_assert_msg(strcmp(failed, want) == 0, "variant %s: failed checks are '%s'", v->id, failed);
    const AuditResult *r = fx_result(run, v->id);
    ck_assert_msg(strstr(r->message, v->expect) != NULL, "%s message '%s' lacks '%s'", v->id, r->message, v->expect);
    fx_audit_free(run);
    fx_remove(dir);
    free(dir);
}
END_TEST

START_TEST(every_check_has_a_variant)
{
    ck_assert_int_eq(sizeof VARIANTS / sizeof *VARIANTS, CHECK__COUNT);
    for (int i = 0; i < CHECK__COUNT; i++)
        ck_assert_str_eq(VARIANTS[i].id, audit_checks[i].id);
}
END_TEST

START_TEST(docs_describe_every_check)
{
    char *doc = fx_read(".", "README.md");
    for (int i = 0; i < CHECK__COUNT; i++) {
        char anchor[64];
        snprintf(anchor, sizeof anchor, "<a id=\"prj%s\"></a>%s | %s |", audit_checks[i].id + 3, audit_checks[i].id,
                 audit_checks[i].title);
        ck_assert_msg(strstr(doc, anchor) != NULL, "README.md lacks the audit row of %s", audit_checks[i].id);
        ck_assert(strlen(audit_checks[i].doc) > 80);
    }
    free(doc);
}
END_TEST

/* The same checks read from the other places projects keep things. */
START_TEST(alternate_sources)
{
    char *dir = fx_copy_good();
    /* lint settings in ruff.toml win over pyproject; top-level select there is deprecated */
    fx_write(dir, "ruff.toml", "line-length = 88\nselect = [\"ALL\"]\n");
    AuditRun *run = fx_audit(dir);
    ck_assert_str_eq(run->project.lint_file, "ruff.toml");
    ck_assert_int_eq(fx_result(run, "PRJ009")->status, AUDIT_FAIL);
    ck_assert_msg(strstr(fx_result(run, "PRJ009")->message, "ruff.toml:2: `select`"), "%s", fx_result(run, "PRJ009")->message);
    ck_assert_int_eq(fx_result(run, "PRJ010")->status, AUDIT_PASS);   /* ALL, read from the legacy place */
    fx_audit_free(run);
    fx_write(dir, "ruff.toml", "line-length = 88\ntarget-version = \"py310\"\n[lint]\nselect = [\"E\", \"F\"]\n");
    run = fx_audit(dir);
    ck_assert_int_eq(fx_result(run, "PRJ009")->status, AUDIT_PASS);
    ck_assert(strstr(fx_result(run, "PRJ010")->message, "\"I\", \"UP\", \"B\", \"SIM\"") != NULL);
    ck_assert(strstr(fx_result(run, "PRJ008")->message, "target-version = \"py310\"") != NULL);
    ck_assert_str_eq(fx_result(run, "PRJ008")->file, "ruff.toml");
    fx_audit_free(run);
    /* ignoring a whole family undoes its selection; ignoring one rule does not */
    fx_write(dir, "ruff.toml", "line-length = 88\n[lint]\nselect = [\"ALL\"]\nignore = [\"S101\", \"T20\"]\n");
    run = fx_audit(dir);
    ck_assert_int_eq(fx_result(run, "PRJ010")->status, AUDIT_PASS);
    ck_assert_msg(strstr(fx_result(run, "PRJ011")->message, "rules \"T20\" are not selected"), "%s",
                  fx_result(run, "PRJ011")->message);
    fx_audit_free(run);
    fx_delete(dir, "ruff.toml");
    /* pytest.ini instead of [tool.pytest.ini_options] */
    fx_replace(dir, "pyproject.toml", "[tool.pytest.ini_options]", "[tool.not_pytest]");
    fx_write(dir, "pytest.ini", "[pytest]\ntestpaths = tests\nmarkers =\n    slow: slow tests\naddopts = -ra --strict-markers\n");
    run = fx_audit(dir);
    ck_assert_int_eq(fx_result(run, "PRJ014")->status, AUDIT_PASS);
    fx_audit_free(run);
    fx_write(dir, "pytest.ini", "[pytest]\ntestpaths = tests\n");
    run = fx_audit(dir);
    ck_assert(strstr(fx_result(run, "PRJ014")->message, "markers, --strict-markers") != NULL);
    ck_assert_str_eq(fx_result(run, "PRJ014")->file, "pytest.ini");
    fx_audit_free(run);
    fx_delete(dir, "pytest.ini");
    fx_replace(dir, "pyproject.toml", "[tool.not_pytest]", "[tool.pytest.ini_options]");
    /* Renovate instead of Dependabot; GitLab CI next to GitHub */
    fx_delete(dir, ".github/dependabot.yml");
    fx_write(dir, "renovate.json", "{\"extends\": [\"config:recommended\"]}\n");
    run = fx_audit(dir);
    ck_assert_int_eq(fx_result(run, "PRJ026")->status, AUDIT_PASS);
    fx_audit_free(run);
    fx_write(dir, "renovate.json", "{\"enabledManagers\": [\"dockerfile\"]}\n");
    run = fx_audit(dir);
    ck_assert_int_eq(fx_result(run, "PRJ026")->status, AUDIT_FAIL);
    fx_audit_free(run);
    /* second sources of truth: setup.cfg metadata, a hand-written requirements file, MANIFEST.in */
    fx_write(dir, "setup.cfg", "[metadata]\nlicense = MIT\n\n[options]\ninstall_requires =\n    fastapi\n");
    run = fx_audit(dir);
    ck_assert_msg(strstr(fx_result(run, "PRJ002")->message, "setup.cfg:5 repeats [options] install_requires"), "%s",
                  fx_result(run, "PRJ002")->message);
    fx_audit_free(run);
    fx_delete(dir, "setup.cfg");
    fx_write(dir, "requirements.txt", "# hand-written\nuvicorn\nFastAPI>=0.100\n");
    run = fx_audit(dir);
    ck_assert_msg(strstr(fx_result(run, "PRJ002")->message, "requirements.txt:2 repeats the dependency `uvicorn`"), "%s",
                  fx_result(run, "PRJ002")->message);
    fx_audit_free(run);
    fx_write(dir, "requirements.txt", "fastapi==0.115.0\nuvicorn==0.30.0\nstructlog==24.1.0\n");   /* a compiled lock */
    fx_write(dir, "MANIFEST.in", "include README.md\n");
    run = fx_audit(dir);
    ck_assert(strstr(fx_result(run, "PRJ002")->message, "MANIFEST.in is ignored by the build backend hatchling.build"));
    fx_audit_free(run);
    fx_delete(dir, "MANIFEST.in");
    run = fx_audit(dir);
    ck_assert_int_eq(fx_result(run, "PRJ002")->status, AUDIT_PASS);
    fx_audit_free(run);
    fx_remove(dir);
    free(dir);
}
END_TEST

START_TEST(layout_and_kind)
{
    char *dir = fx_copy_good();
    /* without a Dockerfile, a fastapi dependency still makes it an application */
    fx_delete(dir, "Dockerfile");
    AuditRun *run = fx_audit(dir);
    ck_assert_int_eq(run->project.kind, KIND_APPLICATION);
    ck_assert_int_eq(fx_result(run, "PRJ021")->status, AUDIT_SKIP);
    fx_audit_free(run);
    /* a library with a flat layout fails; found even when the folder is not named after the project */
    fx_replace(dir, "pyproject.toml", "    \"fastapi>=0.115\",\n    \"uvicorn>=0.30\",\n", "");
    fx_rename(dir, "src/shopcart", "cartlib");
    run = fx_audit(dir);
    ck_assert_int_eq(run->project.kind, KIND_LIBRARY);
    ck_assert_str_eq(run->project.package_dir, "cartlib");
    ck_assert_int_eq(fx_result(run, "PRJ003")->status, AUDIT_FAIL);
    fx_audit_free(run);
    fx_replace(dir, "pyproject.toml", "python-floor = \"3.11\"\n", "python-floor = \"3.11\"\nkind = \"application\"\n");
    run = fx_audit(dir);
    ck_assert_int_eq(fx_result(run, "PRJ003")->status, AUDIT_PASS);
    fx_audit_free(run);
    fx_replace(dir, "pyproject.toml", "kind = \"application\"", "kind = \"service-mesh\"");
    run = fx_audit(dir);
    ck_assert_ptr_nonnull(run->config_error);
    ck_assert(strstr(run->config_error, "pyproject.toml:") && strstr(run->config_error, "kind"));
    fx_audit_free(run);
    fx_remove(dir);
    free(dir);
}
END_TEST

/* CI that delegates: `make lint` runs the Makefile recipe; pre-commit runs its hooks. */
START_TEST(ci_through_make_and_pre_commit)
{
    char *dir = fx_copy_good();
    fx_replace(dir, ".github/workflows/ci.yml", "          uv run ruff check .\n          uv run ruff format --check .\n",
               "          make -j2 lint VERBOSE=1\n");
    fx_replace(dir, ".github/workflows/ci.yml", "run: uv run mypy src", "run: echo types are in make");
    fx_write(dir, "Makefile", "SRC = src tests\n\n.PHONY: lint typecheck\nlint: typecheck\n\t@uv run ruff check $(SRC)\n"
                              "\t-uv run ruff format \\\n\t  --check $(SRC)\n\ntypecheck:\n\tuv run mypy src\n");
    AuditRun *run = fx_audit(dir);
    char failed[256];
    ck_assert_msg(fx_failed(run, failed, sizeof failed)[0] == 0, "failed: %s", failed);
    const Command *c = NULL;
    ck_assert(ci_runs(&run->project, "ruff format --check", &c));
    ck_assert_str_eq(c->file, "Makefile");
    ck_assert_uint_eq(c->line, 6);
    ck_assert(ci_runs(&run->project, "mypy", &c));
    ck_assert_uint_eq(c->line, 10);
    fx_audit_free(run);
    /* the same gates as pre-commit hooks run by the pre-commit action */
    fx_delete(dir, "Makefile");
    fx_replace(dir, ".github/workflows/ci.yml", "          make -j2 lint VERBOSE=1\n", "          echo lint\n");
    fx_replace(dir, ".github/workflows/ci.yml", "      - uses: astral-sh/setup-uv@v6\n",
               "      - uses: astral-sh/setup-uv@v6\n      - uses: pre-commit/action@v3.0.1\n");
    run = fx_audit(dir);
    ck_assert_int_eq(fx_result(run, "PRJ012")->status, AUDIT_FAIL);
    ck_assert_int_eq(fx_result(run, "PRJ018")->status, AUDIT_FAIL);
    fx_audit_free(run);
    fx_write(dir, ".pre-commit-config.yaml",
             "repos:\n  - repo: https://github.com/astral-sh/ruff-pre-commit\n    rev: v0.8.0\n    hooks:\n"
             "      - id: ruff\n      - id: ruff-format\n  - repo: local\n    hooks:\n      - id: types\n"
             "        name: types\n        entry: uv run mypy src\n        language: system\n");
    run = fx_audit(dir);
    ck_assert_msg(fx_failed(run, failed, sizeof failed)[0] == 0, "failed: %s", failed);
    ck_assert(ci_runs(&run->project, "mypy", &c));
    ck_assert_str_eq(c->file, ".pre-commit-config.yaml");
    ck_assert_uint_eq(c->line, 11);
    fx_audit_free(run);
    fx_remove(dir);
    free(dir);
}
END_TEST

Suite *suite_audit(void)
{
    Suite *s = suite_create("audit");
    TCase *tc = tcase_create("fixtures");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, good_project_passes_everything);
    tcase_add_test(tc, every_check_has_a_variant);
    tcase_add_test(tc, docs_describe_every_check);
    tcase_add_test(tc, alternate_sources);
    tcase_add_test(tc, layout_and_kind);
    tcase_add_test(tc, ci_through_make_and_pre_commit);
    tcase_add_loop_test(tc, each_variant_fails_exactly_its_check, 0, (int)(sizeof VARIANTS / sizeof *VARIANTS));
    suite_add_tcase(s, tc);
    return s;
}
