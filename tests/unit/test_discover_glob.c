/* test_discover_glob.c: globset-compatible glob matching (as Ruff's include/exclude and
 * per-file-ignores use it). */
#include <check.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/glob.h"

static bool m(const char *pattern, const char *text)
{
    Glob g;
    char err[200];
    ck_assert_msg(glob_compile(pattern, false, &g, err, sizeof err), "%s: %s", pattern, err);
    bool r = glob_match(&g, text);
    glob_free(&g);
    return r;
}

static bool ms(const char *pattern, const char *text)
{
    Glob g;
    char err[200];
    ck_assert_msg(glob_compile(pattern, true, &g, err, sizeof err), "%s: %s", pattern, err);
    bool r = glob_match(&g, text);
    glob_free(&g);
    return r;
}

START_TEST(star_crosses_separators_by_default)
{
    ck_assert(m("*.py", "x.py"));
    ck_assert(m("*.py", "/abs/dir/x.py"));
    ck_assert(!m("*.py", "x.pyc"));
    ck_assert(m("/root/proj/tests/*.py", "/root/proj/tests/sub/x.py"));
    ck_assert(!ms("*.py", "a/x.py"));
    ck_assert(ms("*.py", "x.py"));
    ck_assert(m("?.py", "a.py"));
    ck_assert(!m("?.py", "ab.py"));
}
END_TEST

START_TEST(recursive_wildcards)
{
    ck_assert(m("**/foo", "foo"));
    ck_assert(m("**/foo", "a/foo"));
    ck_assert(m("**/foo", "a/b/foo"));
    ck_assert(!m("**/foo", "afoo/x"));
    ck_assert(m("foo/**", "foo/a"));
    ck_assert(m("foo/**", "foo/a/b"));
    ck_assert(!m("foo/**", "foo"));
    ck_assert(m("a/**/b", "a/b"));
    ck_assert(m("a/**/b", "a/x/b"));
    ck_assert(m("a/**/b", "a/x/y/b"));
    ck_assert(!m("a/**/b", "a/xb"));
    ck_assert(m("**", "anything/at/all"));
    /* `**` not a whole component is two stars. */
    ck_assert(ms("a**b", "axxb"));
    ck_assert(!ms("a**b", "ax/xb"));
    ck_assert(ms("**/*.py", "a/b/c.py"));
    ck_assert(ms("**/*.py", "c.py"));
}
END_TEST

START_TEST(classes_and_alternatives)
{
    ck_assert(m("[a-c]x", "bx"));
    ck_assert(!m("[a-c]x", "dx"));
    ck_assert(m("[!a]x", "bx"));
    ck_assert(!m("[!a]x", "ax"));
    ck_assert(m("[^a]x", "bx"));
    ck_assert(m("[]]", "]"));
    ck_assert(m("[-a]", "-"));
    ck_assert(m("{a,b}.py", "a.py"));
    ck_assert(m("{a,b}.py", "b.py"));
    ck_assert(!m("{a,b}.py", "c.py"));
    ck_assert(m("**/{tests,docs,tools}/*", "/p/tests/x.py"));
    ck_assert(m("**/{tests,docs,tools}/*", "/p/a/docs/b/c.py"));
    ck_assert(!m("**/{tests,docs,tools}/*", "/p/src/x.py"));
    ck_assert(m("foo{,.txt}", "foo.txt"));
    ck_assert(!m("foo{,.txt}", "foo"));
    ck_assert(m("{a,{b,c}}", "c"));
    ck_assert(m("\\*", "*"));
    ck_assert(!m("\\*", "x"));
    ck_assert(m("a.b", "a.b"));
    ck_assert(!m("a.b", "axb"));
    ck_assert(m("x+(y)", "x+(y)"));
}
END_TEST

START_TEST(malformed_globs)
{
    Glob g;
    char err[200];
    ck_assert(!glob_compile("[abc", false, &g, err, sizeof err));
    ck_assert_ptr_nonnull(strstr(err, "unclosed character class"));
    ck_assert(!glob_compile("{a,b", false, &g, err, sizeof err));
    ck_assert_ptr_nonnull(strstr(err, "unclosed alternate group"));
    ck_assert(!glob_compile("abc\\", false, &g, err, sizeof err));
}
END_TEST

START_TEST(escape_and_sets)
{
    char *e = glob_escape("/tmp/we[ir]d{x}");
    ck_assert_str_eq(e, "/tmp/we[[]ir[]]d[{]x[}]");
    char pat[256];
    snprintf(pat, sizeof pat, "%s/*.py", e);
    ck_assert(m(pat, "/tmp/we[ir]d{x}/a.py"));
    free(e);
    GlobSet s = {0};
    char err[200];
    ck_assert(globset_add(&s, ".git", err, sizeof err));
    ck_assert(globset_add(&s, "*.pyc", err, sizeof err));
    ck_assert(globset_match(&s, ".git"));
    ck_assert(globset_match(&s, "a.pyc"));
    ck_assert(!globset_match(&s, "a.py"));
    globset_free(&s);
}
END_TEST

Suite *suite_discover_glob(void)
{
    Suite *s = suite_create("discover_glob");
    TCase *tc = tcase_create("glob");
    tcase_add_test(tc, star_crosses_separators_by_default);
    tcase_add_test(tc, recursive_wildcards);
    tcase_add_test(tc, classes_and_alternatives);
    tcase_add_test(tc, malformed_globs);
    tcase_add_test(tc, escape_and_sets);
    suite_add_tcase(s, tc);
    return s;
}
