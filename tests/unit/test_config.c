/* test_config.c: requires-python inference, PEP 440 specifiers, reading options from TOML
 * (types, positions, warnings), combining configurations, lexical paths. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config/options.h"
#include "config/pyversion.h"
#include "io/path.h"

static PyVersion rp(const char *s)
{
    bool valid;
    PyVersion v = requires_python_minimum(s, &valid);
    ck_assert_msg(valid, "%s should parse", s);
    return v;
}

START_TEST(requires_python_lowest_matching)
{
    ck_assert_int_eq(rp(">=3.9"), PY39);
    ck_assert_int_eq(rp(">=3.8.1,<4"), PY38);
    ck_assert_int_eq(rp("~=3.10"), PY310);
    ck_assert_int_eq(rp(">3.7"), PY37);
    ck_assert_int_eq(rp("==3.11.*"), PY311);
    ck_assert_int_eq(rp(">=3.12, >=3.10"), PY310);
    ck_assert_int_eq(rp(" >= 3.13 , != 3.13.1"), PY313);
    ck_assert_int_eq(rp(">=3.6"), 0);   /* no target-version names 3.6 */
    ck_assert_int_eq(rp("<3.12"), 0);   /* no lower bound */
    ck_assert_int_eq(rp(">=3"), 0);     /* no minor version */
    ck_assert_int_eq(rp(">=3.15"), PY315);
    ck_assert_int_eq(rp(">=3.16"), 0);
    bool valid;
    requires_python_minimum("python>=3.8", &valid);
    ck_assert(!valid);
    requires_python_minimum(">=3.8;", &valid);
    ck_assert(!valid);
}
END_TEST

START_TEST(pep440_contains_versions)
{
    VerSpec s[8];
    int n;
    uint32_t v[8];
    int nv;
    ck_assert(pep440_parse_version("0.17.3", v, &nv));
    ck_assert(pep440_parse(">=0.5", s, 8, &n));
    ck_assert(pep440_contains(s, n, v, nv));
    ck_assert(pep440_parse("==0.6.9", s, 8, &n));
    ck_assert(!pep440_contains(s, n, v, nv));
    ck_assert(pep440_parse("~=0.17.0", s, 8, &n));
    ck_assert(pep440_contains(s, n, v, nv));
    ck_assert(pep440_parse(">=0.1,<0.17", s, 8, &n));
    ck_assert(!pep440_contains(s, n, v, nv));
    ck_assert(pep440_parse("==0.17.*", s, 8, &n));
    ck_assert(pep440_contains(s, n, v, nv));
    ck_assert(!pep440_parse("~=1", s, 8, &n));
}
END_TEST

START_TEST(paths_are_normalised_lexically)
{
    char *p = path_absolute("../x/./y//z/", "/a/b");
    ck_assert_str_eq(p, "/a/x/y/z");
    free(p);
    p = path_absolute("../../../..", "/a");
    ck_assert_str_eq(p, "/");
    free(p);
    p = path_absolute("/abs/./p", "/ignored");
    ck_assert_str_eq(p, "/abs/p");
    free(p);
    p = path_display("/w/proj/a.py", "/w/proj");
    ck_assert_str_eq(p, "a.py");
    free(p);
    p = path_display("/w/other/a.py", "/w/proj");
    ck_assert_str_eq(p, "/w/other/a.py");
    free(p);
    ck_assert(path_within("/a/b", "/a"));
    ck_assert(!path_within("/ab", "/a"));
    ck_assert(path_within("/a", "/"));
}
END_TEST

typedef struct Captured {
    char text[4096];
} Captured;

static void capture(void *ud, const char *msg)
{
    Captured *c = ud;
    strncat(c->text, msg, sizeof c->text - strlen(c->text) - 2);
    strcat(c->text, "\n");
}

static bool read_cfg(Arena *a, const char *toml, Configuration *out, char *err, Captured *warn)
{
    TomlError te;
    TomlValue *root = toml_parse(a, toml, strlen(toml), &te);
    ck_assert_msg(root != NULL, "%u:%u: %s", te.line, te.col, te.message);
    Warner w = {capture, warn};
    CfgReader r = {a, "cfg.toml", "cfg.toml", "/proj", "", &w, err, 400};
    return cfg_read(&r, root, out);
}

START_TEST(reading_options)
{
    Arena a;
    arena_init(&a);
    Configuration c;
    char err[400] = "";
    Captured w = {""};
    ck_assert_msg(read_cfg(&a,
                           "line-length = 100\nextend-exclude = [\"gen\", \"a/b\"]\nselect = [\"W\"]\n"
                           "[lint]\nextend-select = [\"E501\"]\nignore = [\"E1\"]\nextend-ignore = [\"W2\"]\n"
                           "dummy-variable-rgx = \"^_$\"\ntask-tags = [\"HACK\"]\n"
                           "[lint.pycodestyle]\nmax-line-length = 120\nmax-doc-length = 72\n"
                           "[lint.isort]\nlines-after-imports = -1\nlines-between-types = 1\n"
                           "[lint.per-file-ignores]\n\"!tests/*\" = [\"W291\"]\n"
                           "[lint.flake8-quotes]\ninline-quotes = \"single\"\n",
                           &c, err, &w),
                  "%s", err);
    ck_assert_uint_eq(c.line_length, 100);
    ck_assert_uint_eq(c.extend_exclude.n, 2);
    ck_assert_str_eq(c.extend_exclude.v[0].absolute, "/proj/gen");
    ck_assert_str_eq(c.extend_exclude.v[1].absolute, "/proj/a/b");
    ck_assert_uint_eq(c.nselections, 1);
    ck_assert(c.selections[0].select.set); /* from the deprecated top-level key */
    ck_assert_str_eq(c.selections[0].select.v[0].s, "W");
    ck_assert_str_eq(c.selections[0].extend_select.v[0].s, "E501");
    ck_assert_uint_eq(c.selections[0].ignore.n, 2); /* ignore + extend-ignore */
    ck_assert_str_eq(c.selections[0].ignore.v[1].s, "W2");
    ck_assert_uint_eq(c.selections[0].ignore.v[1].line, 7);
    ck_assert_uint_eq(c.max_line_length, 120);
    ck_assert_uint_eq(c.max_doc_length, 72);
    ck_assert_str_eq(c.dummy_variable_rgx.s, "^_$");
    ck_assert(c.per_file_ignores.v[0].negated);
    ck_assert_str_eq(c.per_file_ignores.v[0].pattern, "tests/*");
    ck_assert_str_eq(c.per_file_ignores.v[0].absolute, "/proj/tests/*");
    ck_assert(c.lines_after_imports.set && c.lines_after_imports.v == -1);
    ck_assert(c.lines_between_types.set && c.lines_between_types.v == 1);
    ck_assert_msg(strstr(w.text, "cfg.toml:18:7: unsupported key `lint.flake8-quotes`"), "%s", w.text);
    ck_assert_ptr_nonnull(strstr(w.text, "top-level linter settings are deprecated"));
    arena_free(&a);
}
END_TEST

START_TEST(wrong_types_name_the_position)
{
    Arena a;
    arena_init(&a);
    Configuration c;
    char err[400];
    Captured w = {""};
    ck_assert(!read_cfg(&a, "\n[lint]\nfixable = [\"W\", 3]\n", &c, err, &w));
    ck_assert_str_eq(err, "cfg.toml:3:17: invalid type for `lint.fixable`: expected a string, found integer");
    ck_assert(!read_cfg(&a, "preview = \"yes\"\n", &c, err, &w));
    ck_assert_str_eq(err, "cfg.toml:1:11: invalid type for `preview`: expected a boolean, found string");
    ck_assert(!read_cfg(&a, "indent-width = 300\n", &c, err, &w));
    ck_assert_str_eq(err, "cfg.toml:1:16: invalid value for `indent-width`: indent-width must be between 1 and 255 (got 300)");
    ck_assert(!read_cfg(&a, "output-format = \"text\"\n", &c, err, &w));
    ck_assert_ptr_nonnull(strstr(err, "cfg.toml:1:17: invalid value for `output-format`: unknown variant `text`"));
    ck_assert(!read_cfg(&a, "exclude = [\"[abc\"]\n", &c, err, &w));
    ck_assert_ptr_nonnull(strstr(err, "cfg.toml:1:12: invalid glob in `exclude`"));
    ck_assert(!read_cfg(&a, "[lint]\nallowed-confusables = [\"ab\"]\n", &c, err, &w));
    ck_assert_ptr_nonnull(strstr(err, "cfg.toml:2:24:"));
    ck_assert(read_cfg(&a, "[lint]\nallowed-confusables = [\"\xe2\x80\x99\"]\n", &c, err, &w));
    ck_assert(!read_cfg(&a, "[lint.isort]\nlines-between-types = -1\n", &c, err, &w));
    ck_assert_str_eq(err, "cfg.toml:2:23: invalid value for `lint.isort.lines-between-types`: must be between 0 and 2147483647 (got -1)");
    ck_assert(!read_cfg(&a, "[lint.isort]\nlines-after-imports = \"2\"\n", &c, err, &w));
    ck_assert_str_eq(err, "cfg.toml:2:23: invalid type for `lint.isort.lines-after-imports`: expected an integer, found string");
    arena_free(&a);
}
END_TEST

START_TEST(combining_configurations)
{
    Arena a;
    arena_init(&a);
    Configuration base, child, out;
    char err[400];
    Captured w = {""};
    ck_assert(read_cfg(&a, "line-length = 100\ntarget-version = \"py39\"\nextend-exclude = [\"b\"]\n"
                           "[lint]\nselect = [\"E\"]\n[lint.pycodestyle]\nmax-doc-length = 50\n",
                       &base, err, &w));
    ck_assert(read_cfg(&a, "line-length = 120\nextend-exclude = [\"c\"]\n[lint]\nextend-select = [\"W\"]\n"
                           "[lint.pycodestyle]\nmax-line-length = 130\n[lint.isort]\nlines-after-imports = 1\n",
                       &child, err, &w));
    ck_assert(cfg_combine(&a, &child, &base, &out));
    ck_assert_uint_eq(out.line_length, 120);       /* the extending file wins */
    ck_assert_int_eq(out.target_version, PY39);    /* unset there: the base's */
    ck_assert_uint_eq(out.extend_exclude.n, 2);    /* accumulated, base first */
    ck_assert_str_eq(out.extend_exclude.v[0].pattern, "b");
    ck_assert_uint_eq(out.nselections, 2);         /* base layer first */
    ck_assert(out.selections[0].select.set);
    ck_assert(!out.selections[1].select.set);
    ck_assert_uint_eq(out.max_line_length, 130);   /* plugin options combine field by field */
    ck_assert_uint_eq(out.max_doc_length, 50);
    ck_assert(out.lines_after_imports.set && out.lines_after_imports.v == 1);
    ck_assert(!out.lines_between_types.set);
    arena_free(&a);
}
END_TEST

START_TEST(per_file_ignores_from_the_command_line)
{
    Arena a;
    arena_init(&a);
    CfgPerFiles pf;
    char err[400];
    const char *items[] = {"tests/*:E501", "tests/*: W291", "!a.py:W"};
    ck_assert(cfg_per_file_from_cli(&a, items, 3, "/cwd", "--per-file-ignores", &pf, err, sizeof err));
    ck_assert_uint_eq(pf.n, 2);
    ck_assert_str_eq(pf.v[0].absolute, "/cwd/tests/*");
    ck_assert_uint_eq(pf.v[0].codes.n, 2);
    ck_assert_str_eq(pf.v[0].codes.v[1].s, "W291");
    ck_assert(pf.v[1].negated);
    const char *bad[] = {"nocolon"};
    ck_assert(!cfg_per_file_from_cli(&a, bad, 1, "/cwd", "--per-file-ignores", &pf, err, sizeof err));
    arena_free(&a);
}
END_TEST

Suite *suite_config(void)
{
    Suite *s = suite_create("config");
    TCase *tc = tcase_create("options");
    tcase_add_test(tc, requires_python_lowest_matching);
    tcase_add_test(tc, pep440_contains_versions);
    tcase_add_test(tc, paths_are_normalised_lexically);
    tcase_add_test(tc, reading_options);
    tcase_add_test(tc, wrong_types_name_the_position);
    tcase_add_test(tc, combining_configurations);
    tcase_add_test(tc, per_file_ignores_from_the_command_line);
    suite_add_tcase(s, tc);
    return s;
}
