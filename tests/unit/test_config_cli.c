/* test_config_cli.c: `snipe check` on temporary projects: configuration discovery, extend,
 * overrides, per-file-ignores, gitignore and hostile file system entries. */
#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli_project.h"

static char root[256];

typedef CliRun Run;

static void put(const char *rel, const char *text) { proj_put(root, rel, text); }
#define sh(...) proj_sh(root, __VA_ARGS__)
static void run_in(Run *r, const char *sub, const char *args) { proj_run(root, sub, args, r); }
static void run(Run *r, const char *args) { run_in(r, ".", args); }
static void setup(void) { proj_setup(root, sizeof root, "snipe-cfg"); }
static void teardown(void) { proj_teardown(root); }

#define TRAILING "x = 1   \n"
#define LONG "y = '0123456789012345678901234567890'\n"

START_TEST(closest_configuration_wins)
{
    put("ruff.toml", "[lint]\nselect = [\"W291\"]\n");
    put("a.py", TRAILING LONG);
    put("sub/ruff.toml", "line-length = 20\n[lint]\nselect = [\"E501\"]\n");
    put("sub/b.py", TRAILING LONG);
    put("sub/deeper/c.py", TRAILING);
    Run r;
    run(&r, "check --output-format concise");
    ck_assert_int_eq(r.status, 1);
    HAS(r.out, "a.py:1:6: W291");
    HASNT(r.out, "a.py:2:");
    HAS(r.out, "sub/b.py:2:21: E501");
    HASNT(r.out, "sub/b.py:1:6");
    HASNT(r.out, "sub/deeper/c.py");
    /* From inside sub, the same files get the same settings. */
    run_in(&r, "sub", "check --output-format concise");
    HAS(r.out, "b.py:2:21: E501");
    HASNT(r.out, "W291");
    /* A file named directly still gets the settings of its own directory. */
    run(&r, "check --output-format concise sub/b.py");
    HAS(r.out, "sub/b.py:2:21: E501");
    HASNT(r.out, "W291");
}
END_TEST

START_TEST(pyproject_tables)
{
    /* A pyproject.toml without [tool.ruff] is skipped; [tool.snipe] wins over [tool.ruff]. */
    put("pyproject.toml", "[tool.ruff.lint]\nselect = [\"W291\"]\n");
    put("a.py", TRAILING LONG);
    put("sub/pyproject.toml", "[project]\nname = \"x\"\n");
    put("sub/b.py", TRAILING);
    put("both/pyproject.toml",
        "[tool.ruff]\nline-length = 20\n[tool.ruff.lint]\nselect = [\"W291\"]\n"
        "[tool.snipe]\nline-length = 20\n[tool.snipe.lint]\nselect = [\"E501\"]\n");
    put("both/c.py", TRAILING LONG);
    Run r;
    run(&r, "check --output-format concise");
    HAS(r.out, "a.py:1:6: W291");
    HAS(r.out, "sub/b.py:1:6: W291");
    HAS(r.out, "both/c.py:2:21: E501");
    HASNT(r.out, "both/c.py:1:6");
}
END_TEST

START_TEST(extend_chain_and_cycle)
{
    put("base/ruff.toml", "line-length = 20\nextend-exclude = [\"../proj/skipped\"]\n[lint]\nselect = [\"E501\"]\n");
    put("proj/pyproject.toml", "[tool.ruff]\nextend = \"../base/ruff.toml\"\n[tool.ruff.lint]\nextend-select = [\"W291\"]\n");
    put("proj/a.py", TRAILING LONG);
    put("proj/skipped/b.py", TRAILING);
    Run r;
    run_in(&r, "proj", "check --output-format concise");
    ck_assert_int_eq(r.status, 1);
    HAS(r.out, "a.py:1:6: W291");
    HAS(r.out, "a.py:2:21: E501");
    HASNT(r.out, "skipped"); /* the base's extend-exclude is relative to the base file */
    run_in(&r, "proj", "check --show-files");
    HASNT(r.out, "/proj/skipped/b.py");
    HAS(r.out, "/proj/a.py");

    put("cyc/ruff.toml", "extend = \"inner/ruff.toml\"\n");
    put("cyc/inner/ruff.toml", "extend = \"../ruff.toml\"\n");
    put("cyc/x.py", TRAILING);
    run_in(&r, "cyc", "check");
    ck_assert_int_eq(r.status, 2);
    HAS(r.err, "Circular configuration detected: `ruff.toml` extends `inner/ruff.toml` extends `ruff.toml`");

    put("missing/ruff.toml", "extend = \"nope.toml\"\n");
    put("missing/x.py", TRAILING);
    run_in(&r, "missing", "check");
    ck_assert_int_eq(r.status, 2);
    HAS(r.err, "ruff.toml:1:10: Failed to load extended configuration `nope.toml`");
}
END_TEST

START_TEST(per_file_ignores_globs)
{
    put("ruff.toml", "line-length = 20\n[lint]\nselect = [\"W291\", \"E501\"]\n"
                     "[lint.per-file-ignores]\n\"__init__.py\" = [\"W291\"]\n\"tests/**\" = [\"E\"]\n"
                     "\"!src/**\" = [\"E501\"]\n"
                     "[lint.extend-per-file-ignores]\n\"src/gen_*.py\" = [\"W\"]\n");
    put("src/__init__.py", TRAILING LONG);
    put("src/mod.py", TRAILING LONG);
    put("src/gen_a.py", TRAILING LONG);
    put("tests/t.py", TRAILING LONG);
    put("top.py", TRAILING LONG);
    Run r;
    run(&r, "check --output-format concise");
    HASNT(r.out, "src/__init__.py:1:6");
    HAS(r.out, "src/__init__.py:2:21: E501");
    HAS(r.out, "src/mod.py:1:6: W291");
    HAS(r.out, "src/mod.py:2:21: E501");
    HASNT(r.out, "src/gen_a.py:1:6");
    HAS(r.out, "src/gen_a.py:2:21: E501");
    HAS(r.out, "tests/t.py:1:6: W291");
    HASNT(r.out, "tests/t.py:2:");
    HAS(r.out, "top.py:1:6: W291");
    HASNT(r.out, "top.py:2:");
    /* --per-file-ignores replaces the configured ones; --extend-per-file-ignores adds. */
    run(&r, "check --output-format concise --per-file-ignores 'top.py:W291'");
    HASNT(r.out, "top.py:1:6");
    HAS(r.out, "top.py:2:21: E501");
    HAS(r.out, "src/__init__.py:1:6: W291");
    run(&r, "check --output-format concise --extend-per-file-ignores 'src/mod.py:E501'");
    HASNT(r.out, "src/mod.py:2:");
    HASNT(r.out, "src/__init__.py:1:6");
}
END_TEST

START_TEST(gitignore_respected)
{
    sh("mkdir -p .git/info && printf 'info_excluded.py\\n' > .git/info/exclude");
    put(".gitignore", "build_out/\n*_gen.py\n!keep_gen.py\n/anchored.py\n");
    put(".ignore", "dot_ignored.py\n");
    put("ruff.toml", "[lint]\nselect = [\"W291\"]\n");
    put("a.py", TRAILING);
    put("x_gen.py", TRAILING);
    put("keep_gen.py", TRAILING);
    put("anchored.py", TRAILING);
    put("sub/anchored.py", TRAILING);
    put("build_out/b.py", TRAILING);
    put("info_excluded.py", TRAILING);
    put("dot_ignored.py", TRAILING);
    put("sub/.gitignore", "!x_gen.py\n");
    put("sub/x_gen.py", TRAILING);
    Run r;
    run(&r, "check --show-files");
    HAS(r.out, "/a.py\n");
    HAS(r.out, "/keep_gen.py\n");
    HAS(r.out, "/sub/anchored.py\n");
    HAS(r.out, "/sub/x_gen.py\n");
    HASNT(r.out, "/x_gen.py\n/");
    HASNT(r.out, "build_out");
    HASNT(r.out, "info_excluded");
    HASNT(r.out, "dot_ignored");
    char *first = strstr(r.out, "/anchored.py\n");
    ck_assert_ptr_nonnull(first);
    ck_assert_msg(strstr(first - 4, "sub/anchored.py") != NULL, "top-level anchored.py listed:\n%s", r.out);
    /* A path named on the command line is checked even if ignored. */
    run(&r, "check --output-format concise x_gen.py");
    HAS(r.out, "x_gen.py:1:6: W291");
    run(&r, "check --no-respect-gitignore --show-files");
    HAS(r.out, "build_out/b.py");
    HAS(r.out, "dot_ignored.py");
    /* The configuration can turn it off too. */
    put("ruff.toml", "respect-gitignore = false\n");
    run(&r, "check --show-files");
    HAS(r.out, "build_out/b.py");
}
END_TEST

START_TEST(gitignore_needs_a_repository)
{
    put(".gitignore", "*.py\n");
    put("a.py", TRAILING);
    Run r;
    run(&r, "check --show-files");
    HAS(r.out, "/a.py");
}
END_TEST

START_TEST(isolated_and_config_flag)
{
    put("ruff.toml", "[lint]\nselect = [\"W291\"]\n");
    put("a.py", TRAILING LONG);
    put("sub/ruff.toml", "[lint]\nselect = [\"E501\"]\n");
    put("sub/b.py", TRAILING LONG);
    put("other.toml", "line-length = 20\n[lint]\nselect = [\"E501\"]\n");
    Run r;
    run(&r, "check --isolated --select W291,E501 --output-format concise");
    HAS(r.out, "a.py:1:6: W291");
    HASNT(r.out, "E501"); /* line-length back to 88 */
    run(&r, "check --isolated --output-format concise");
    ck_assert_int_eq(r.status, 0);
    /* --config FILE: one configuration for every file, nested ones ignored. */
    run(&r, "check --config other.toml --output-format concise");
    HAS(r.out, "a.py:2:21: E501");
    HAS(r.out, "sub/b.py:2:21: E501");
    HASNT(r.out, "W291");
    /* Inline overrides beat every file; flags beat inline overrides. */
    run(&r, "check --config 'lint.select = [\"E501\"]' --config 'line-length = 25' --output-format concise");
    HAS(r.out, "a.py:2:26: E501");
    HASNT(r.out, "W291");
    run(&r, "check --config 'line-length = 25' --line-length 30 --select E501 --output-format concise");
    HAS(r.out, "a.py:2:31: E501");
    run(&r, "check --isolated --config other.toml");
    ck_assert_int_eq(r.status, 2);
    HAS(r.err, "cannot be used with `--isolated`");
    run(&r, "check --config 'lint.select = [E501'");
    ck_assert_int_eq(r.status, 2);
    HAS(r.err, "--config <CONFIG_OPTION>");
    run(&r, "check --config other.toml --config ruff.toml");
    ck_assert_int_eq(r.status, 2);
    HAS(r.err, "more than one configuration file");
}
END_TEST

START_TEST(selection_between_layers)
{
    /* Ruff's documented example: select E,F ignore F401 in the file; the command line adds. */
    put("ruff.toml", "[lint]\nselect = [\"E\", \"W\"]\nignore = [\"W291\"]\n");
    put("a.py", "x = 1   \n\ty = 2\n");
    Run r;
    run(&r, "check --output-format concise");
    HASNT(r.out, "W291");
    HAS(r.out, "a.py:2:1: W191");
    run(&r, "check --select W291 --output-format concise");
    HAS(r.out, "a.py:1:6: W291");
    HASNT(r.out, "W191");
    run(&r, "check --extend-select W291 --output-format concise");
    HAS(r.out, "W291");
    HAS(r.out, "W191");
    run(&r, "check --ignore W --output-format concise");
    HASNT(r.out, "W");
    /* A more specific select beats a less specific ignore in one layer. */
    put("ruff.toml", "[lint]\nselect = [\"W291\"]\nignore = [\"W\"]\n");
    run(&r, "check --output-format concise");
    HAS(r.out, "W291");
    /* Top-level (deprecated) lint keys still work, with a warning; [lint] wins over them. */
    put("ruff.toml", "select = [\"W191\"]\n[lint]\nextend-select = [\"W291\"]\n");
    run(&r, "check --output-format concise");
    HAS(r.out, "W191");
    HAS(r.out, "W291");
    HAS(r.err, "top-level linter settings are deprecated");
    run(&r, "check --select XYZ9");
    ck_assert_int_eq(r.status, 2);
    HAS(r.err, "invalid value 'XYZ9' for '--select <RULE_CODE>'");
}
END_TEST

START_TEST(unknown_keys_warn_and_bad_types_fail)
{
    put("ruff.toml", "line-length = 100\nfrobnicate = 1\n[lint]\nselect = [\"W291\"]\n[lint.isort]\nknown-first-party = []\n");
    put("a.py", TRAILING);
    Run r;
    run(&r, "check --output-format concise");
    ck_assert_int_eq(r.status, 1);
    HAS(r.err, "warning: ruff.toml:2:1: unknown key `frobnicate`");
    HAS(r.err, "warning: ruff.toml:6:1: unsupported key `lint.isort.known-first-party`");
    HAS(r.out, "a.py:1:6: W291");

    put("ruff.toml", "[lint]\nselect = \"W291\"\n");
    run(&r, "check");
    ck_assert_int_eq(r.status, 2);
    HAS(r.err, "ruff.toml:2:10: invalid type for `lint.select`: expected an array of strings, found string");
    put("ruff.toml", "line-length = 0\n");
    run(&r, "check");
    ck_assert_int_eq(r.status, 2);
    HAS(r.err, "ruff.toml:1:15:");
    put("ruff.toml", "target-version = \"py26\"\n");
    run(&r, "check");
    ck_assert_int_eq(r.status, 2);
    HAS(r.err, "ruff.toml:1:18: invalid value for `target-version`");
    put("ruff.toml", "[lint]\nselect = [\"W291\", \"NOPE1\"]\n");
    run(&r, "check");
    ck_assert_int_eq(r.status, 2);
    HAS(r.err, "ruff.toml:2:19: Unknown rule selector `NOPE1` in `lint.select`");
    put("ruff.toml", "[lint]\nselect = [\n");
    run(&r, "check");
    ck_assert_int_eq(r.status, 2);
    HAS(r.err, "ruff.toml:");
    sh("rm ruff.toml");
    put("pyproject.toml", "[tool.ruff.lint]\nper-file-ignores = { \"a.py\" = \"W291\" }\n");
    run(&r, "check");
    ck_assert_int_eq(r.status, 2);
    HAS(r.err, "pyproject.toml:2:31: invalid type for `tool.ruff.lint.per-file-ignores`");
}
END_TEST

START_TEST(broken_pyproject_does_not_stop_the_run)
{
    put("ruff.toml", "[lint]\nselect = [\"W291\"]\n");
    put("a.py", TRAILING);
    put("sub/pyproject.toml", "[tool.ruff\nline-length = \x01\x02\n");
    put("sub/b.py", TRAILING);
    Run r;
    run(&r, "check --output-format concise");
    ck_assert_int_eq(r.status, 1);
    HAS(r.err, "warning: sub/pyproject.toml:");
    HAS(r.err, "(this pyproject.toml is ignored)");
    HAS(r.out, "a.py:1:6: W291");
    HAS(r.out, "sub/b.py:1:6: W291");
}
END_TEST

START_TEST(requires_python_inference)
{
    put("pyproject.toml", "[project]\nrequires-python = \">=3.11\"\n[tool.ruff]\nline-length = 90\n");
    put("a.py", TRAILING);
    put("other/ruff.toml", "line-length = 90\n");
    put("other/b.py", TRAILING);
    put("explicit/pyproject.toml", "[project]\nrequires-python = \">=3.11\"\n[tool.ruff]\ntarget-version = \"py38\"\n");
    put("explicit/c.py", TRAILING);
    Run r;
    run(&r, "check --show-settings a.py");
    HAS(r.out, "linter.unresolved_target_version = 3.11");
    /* A ruff.toml without target-version falls back to requires-python above it. */
    run(&r, "check --show-settings other/b.py");
    HAS(r.out, "linter.unresolved_target_version = 3.11");
    run(&r, "check --show-settings explicit/c.py");
    HAS(r.out, "linter.unresolved_target_version = 3.8");
    run(&r, "check --show-settings --target-version py313 a.py");
    HAS(r.out, "linter.unresolved_target_version = 3.13");
}
END_TEST

START_TEST(hostile_entries)
{
    put("ruff.toml", "[lint]\nselect = [\"W291\", \"E902\"]\n");
    put("ok.py", TRAILING);
    put("x.py/inner.py", TRAILING); /* a directory named x.py */
    sh("ln -s loop.py loop.py && ln -s missing.py broken.py && mkfifo fifo.py && mkdir real && "
       "printf 'z = 1   \\n' > real/r.py && ln -s real linked && ln -s .. real/up");
    Run r;
    run(&r, "check --output-format concise");
    ck_assert_int_eq(r.status, 1);
    HAS(r.out, "ok.py:1:6: W291");
    HAS(r.out, "x.py/inner.py:1:6: W291");
    HAS(r.out, "loop.py:1:1: E902");
    HAS(r.out, "broken.py:1:1: E902");
    HAS(r.out, "real/r.py:1:6: W291");
    HASNT(r.out, "linked/"); /* directory symlinks found while walking are not followed */
    HASNT(r.out, "up/");
    HAS(r.err, "fifo.py");
    /* A directory symlink named on the command line is followed. */
    run(&r, "check --output-format concise linked");
    HAS(r.out, "linked/r.py:1:6: W291");
}
END_TEST

START_TEST(unreadable_entries)
{
    if (geteuid() == 0)
        return; /* root reads everything: nothing to test */
    put("ruff.toml", "[lint]\nselect = [\"W291\", \"E902\"]\n");
    put("ok.py", TRAILING);
    put("secret.py", TRAILING);
    put("closed/c.py", TRAILING);
    sh("chmod 000 secret.py closed");
    Run r;
    run(&r, "check --output-format concise");
    ck_assert_int_eq(r.status, 1);
    HAS(r.out, "ok.py:1:6: W291");
    HAS(r.out, "secret.py:1:1: E902 Permission denied");
    HAS(r.out, "closed:1:1: E902 Permission denied");
}
END_TEST

START_TEST(exclusion_and_force_exclude)
{
    put("ruff.toml", "extend-exclude = [\"gen\", \"*_pb2.py\"]\n[lint]\nselect = [\"W291\"]\nexclude = [\"lintless.py\"]\n");
    put("a.py", TRAILING);
    put("x_pb2.py", TRAILING);
    put("gen/g.py", TRAILING);
    put("lintless.py", TRAILING);
    put("venv/v.py", TRAILING);
    Run r;
    run(&r, "check --output-format concise");
    HAS(r.out, "a.py:1:6");
    HASNT(r.out, "x_pb2");
    HASNT(r.out, "gen/");
    HASNT(r.out, "lintless");
    HASNT(r.out, "venv");
    run(&r, "check --output-format concise gen/g.py x_pb2.py lintless.py");
    HAS(r.out, "gen/g.py:1:6");
    HAS(r.out, "x_pb2.py:1:6");
    HAS(r.out, "lintless.py:1:6");
    run(&r, "check --force-exclude --output-format concise gen/g.py x_pb2.py lintless.py a.py");
    HASNT(r.out, "gen/g.py");
    HASNT(r.out, "x_pb2.py");
    HASNT(r.out, "lintless.py");
    HAS(r.out, "a.py:1:6");
    /* --exclude replaces the defaults (venv is then walked). */
    run(&r, "check --exclude gen --show-files");
    HAS(r.out, "venv/v.py");
    /* stdin with a file name: excluded under --force-exclude, else linted with its settings. */
    run(&r, "check --stdin-filename gen/g.py --force-exclude --output-format concise - < a.py");
    HASNT(r.out, "W291");
}
END_TEST

Suite *suite_config_cli(void)
{
    Suite *s = suite_create("config_cli");
    TCase *tc = tcase_create("projects");
    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, closest_configuration_wins);
    tcase_add_test(tc, pyproject_tables);
    tcase_add_test(tc, extend_chain_and_cycle);
    tcase_add_test(tc, per_file_ignores_globs);
    tcase_add_test(tc, gitignore_respected);
    tcase_add_test(tc, gitignore_needs_a_repository);
    tcase_add_test(tc, isolated_and_config_flag);
    tcase_add_test(tc, selection_between_layers);
    tcase_add_test(tc, unknown_keys_warn_and_bad_types_fail);
    tcase_add_test(tc, broken_pyproject_does_not_stop_the_run);
    tcase_add_test(tc, requires_python_inference);
    tcase_add_test(tc, hostile_entries);
    tcase_add_test(tc, unreadable_entries);
    tcase_add_test(tc, exclusion_and_force_exclude);
    suite_add_tcase(s, tc);
    return s;
}
