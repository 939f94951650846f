/* test_discover_gitignore.c: gitignore pattern semantics and the precedence between ignore files. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "io/gitignore.h"

static IgnoreMatch check1(const char *text, const char *path, bool is_dir)
{
    IgnoreFile f;
    ck_assert(ignore_file_parse(&f, "/r", text, strlen(text)));
    IgnoreMatch m = ignore_file_match(&f, path, is_dir);
    ignore_file_free(&f);
    return m;
}

START_TEST(unanchored_and_anchored)
{
    ck_assert_int_eq(check1("*.log\n", "/r/a.log", false), IGN_IGNORE);
    ck_assert_int_eq(check1("*.log\n", "/r/x/y/b.log", false), IGN_IGNORE);
    ck_assert_int_eq(check1("*.log\n", "/r/a.py", false), IGN_NONE);
    ck_assert_int_eq(check1("/build\n", "/r/build", true), IGN_IGNORE);
    ck_assert_int_eq(check1("/build\n", "/r/x/build", true), IGN_NONE);
    ck_assert_int_eq(check1("doc/*.txt\n", "/r/doc/a.txt", false), IGN_IGNORE);
    ck_assert_int_eq(check1("doc/*.txt\n", "/r/doc/x/a.txt", false), IGN_NONE);
    ck_assert_int_eq(check1("doc/*.txt\n", "/r/x/doc/a.txt", false), IGN_NONE);
    ck_assert_int_eq(check1("*.log\n", "/other/a.log", false), IGN_NONE);
}
END_TEST

START_TEST(directory_only_and_doublestar)
{
    ck_assert_int_eq(check1("build/\n", "/r/build", true), IGN_IGNORE);
    ck_assert_int_eq(check1("build/\n", "/r/x/build", true), IGN_IGNORE);
    ck_assert_int_eq(check1("build/\n", "/r/build", false), IGN_NONE);
    ck_assert_int_eq(check1("**/foo\n", "/r/foo", false), IGN_IGNORE);
    ck_assert_int_eq(check1("**/foo\n", "/r/a/b/foo", false), IGN_IGNORE);
    ck_assert_int_eq(check1("a/**/b\n", "/r/a/b", false), IGN_IGNORE);
    ck_assert_int_eq(check1("a/**/b\n", "/r/a/x/y/b", false), IGN_IGNORE);
    ck_assert_int_eq(check1("abc/**\n", "/r/abc/x", false), IGN_IGNORE);
    ck_assert_int_eq(check1("abc/**\n", "/r/abc", true), IGN_NONE);
    ck_assert_int_eq(check1("a?c\n", "/r/abc", false), IGN_IGNORE);
    ck_assert_int_eq(check1("[a-c]x\n", "/r/q/bx", false), IGN_IGNORE);
}
END_TEST

START_TEST(negation_comments_escapes)
{
    ck_assert_int_eq(check1("*.log\n!keep.log\n", "/r/keep.log", false), IGN_WHITELIST);
    ck_assert_int_eq(check1("*.log\n!keep.log\n", "/r/drop.log", false), IGN_IGNORE);
    ck_assert_int_eq(check1("!keep.log\n*.log\n", "/r/keep.log", false), IGN_IGNORE);
    ck_assert_int_eq(check1("# comment\n", "/r/# comment", false), IGN_NONE);
    ck_assert_int_eq(check1("\\#file\n", "/r/#file", false), IGN_IGNORE);
    ck_assert_int_eq(check1("\\!bang\n", "/r/!bang", false), IGN_IGNORE);
    ck_assert_int_eq(check1("trail   \n", "/r/trail", false), IGN_IGNORE);
    ck_assert_int_eq(check1("sp\\ \n", "/r/sp ", false), IGN_IGNORE);
    ck_assert_int_eq(check1("crlf.py\r\n", "/r/crlf.py", false), IGN_IGNORE);
    ck_assert_int_eq(check1("\n\n   \n", "/r/x", false), IGN_NONE);
}
END_TEST

static void write_file(const char *dir, const char *name, const char *text)
{
    char p[4096];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "w");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    fclose(f);
}

START_TEST(stack_precedence)
{
    char tmpl[] = "/tmp/snipe-gi-XXXXXX";
    char *root = mkdtemp(tmpl);
    ck_assert_ptr_nonnull(root);
    char sub[4200], git[4200], info[4200], tmp[4300];
    snprintf(sub, sizeof sub, "%s/sub", root);
    snprintf(git, sizeof git, "%s/.git", root);
    snprintf(info, sizeof info, "%s/.git/info", root);
    mkdir(sub, 0755);
    write_file(root, ".gitignore", "*.gen.py\nsecret/\n");
    write_file(sub, ".gitignore", "!keep.gen.py\n");
    write_file(sub, ".ignore", "local.py\n");

    IgnoreStack s;
    ignore_stack_init(&s);
    /* Without a repository, .gitignore files do not count; .ignore files do. */
    ck_assert(ignore_stack_push(&s, root));
    ck_assert(ignore_stack_push(&s, sub));
    snprintf(tmp, sizeof tmp, "%s/a.gen.py", sub);
    ck_assert(!ignore_stack_ignored(&s, tmp, false));
    snprintf(tmp, sizeof tmp, "%s/local.py", sub);
    ck_assert(ignore_stack_ignored(&s, tmp, false));
    ignore_stack_free(&s);

    mkdir(git, 0755);
    mkdir(info, 0755);
    write_file(info, "exclude", "excluded.py\n");
    ignore_stack_init(&s);
    ck_assert(ignore_stack_push(&s, root));
    snprintf(tmp, sizeof tmp, "%s/secret", root);
    ck_assert(ignore_stack_ignored(&s, tmp, true));
    snprintf(tmp, sizeof tmp, "%s/excluded.py", root);
    ck_assert(ignore_stack_ignored(&s, tmp, false));
    ck_assert(ignore_stack_push(&s, sub));
    snprintf(tmp, sizeof tmp, "%s/a.gen.py", sub);
    ck_assert(ignore_stack_ignored(&s, tmp, false));
    snprintf(tmp, sizeof tmp, "%s/keep.gen.py", sub);
    ck_assert(!ignore_stack_ignored(&s, tmp, false));
    snprintf(tmp, sizeof tmp, "%s/plain.py", sub);
    ck_assert(!ignore_stack_ignored(&s, tmp, false));
    ignore_stack_free(&s);

    char cmd[4400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    ck_assert_int_eq(system(cmd), 0);
}
END_TEST

Suite *suite_discover_gitignore(void)
{
    Suite *s = suite_create("discover_gitignore");
    TCase *tc = tcase_create("gitignore");
    tcase_add_test(tc, unanchored_and_anchored);
    tcase_add_test(tc, directory_only_and_doublestar);
    tcase_add_test(tc, negation_comments_escapes);
    tcase_add_test(tc, stack_precedence);
    suite_add_tcase(s, tc);
    return s;
}
