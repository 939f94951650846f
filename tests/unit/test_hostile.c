/* test_hostile.c: `snipe check` on hostile inputs: every one ends with a diagnostic or a clear
 * message naming the file, never a crash or a hang, and the other files are still checked. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli_project.h"

static char root[256];
static void setup(void) { proj_setup(root, sizeof root, "snipe-hostile"); }
static void teardown(void) { proj_teardown(root); }

/* A file that must still be linted next to the hostile one. */
#define GOOD "ok.py", "x = 1   \n"

START_TEST(invalid_utf8_is_e902)
{
    proj_put(root, GOOD);
    proj_sh(root, "printf 'x = \"\\377\\376\"\\n' > bad.py");
    CliRun r;
    proj_run(root, ".", "check --select E902,W291 --output-format concise", &r);
    ck_assert_int_eq(r.status, 1);
    HAS(r.out, "bad.py:1:1: E902 stream did not contain valid UTF-8");
    HAS(r.out, "ok.py:1:6: W291");
    /* With E902 off, Ruff's warning names the file instead. */
    proj_run(root, ".", "check --select W291 --output-format concise", &r);
    HAS(r.err, "Failed to lint bad.py");
    HAS(r.out, "ok.py:1:6: W291");
}
END_TEST

START_TEST(nul_bytes_are_a_syntax_error)
{
    proj_put(root, GOOD);
    proj_sh(root, "printf 'x = 1\\000  \\ny = 2\\n' > nul.py");
    CliRun r;
    proj_run(root, ".", "check --select W291 --output-format concise", &r);
    ck_assert_int_eq(r.status, 1);
    HAS(r.out, "nul.py:1:");
    HAS(r.out, "invalid-syntax");
    HAS(r.out, "ok.py:1:6: W291");
}
END_TEST

START_TEST(huge_file_and_long_line)
{
    proj_put(root, GOOD);
    /* 50 MB of short lines, and a line of 1 MB. */
    proj_sh(root, "yes 'value = 12345678  # comment of some length' | head -c 52428800 > big.py && "
                  "printf 'z = \"%%s\"\\n' \"$(head -c 1048576 /dev/zero | tr '\\0' a)\" > long.py");
    CliRun r;
    proj_run(root, ".", "check --select E501,W291 --output-format concise --statistics", &r);
    ck_assert_int_eq(r.status, 1);
    HAS(r.out, "E501");
    HAS(r.out, "W291");
    proj_run(root, ".", "check --select E501 --output-format concise long.py", &r);
    HAS(r.out, "long.py:1:89: E501 Line too long (1048582 > 88)");
}
END_TEST

START_TEST(deep_nesting_ends_with_errors)
{
    proj_put(root, GOOD);
    proj_sh(root, "head -c 100000 /dev/zero | tr '\\0' '(' > deep.py && "
                  "(for i in $(seq 150); do printf '%%*sif x:\\n' $((i-1)) ''; done; printf '%%*spass\\n' 150 '') > indent.py");
    CliRun r;
    proj_run(root, ".", "check --select W291 --output-format concise", &r);
    ck_assert_int_eq(r.status, 1);
    HAS(r.out, "deep.py:1:");
    HAS(r.out, "indent.py:");
    HAS(r.out, "ok.py:1:6: W291");
}
END_TEST

START_TEST(special_files_are_reported_and_skipped)
{
    proj_put(root, GOOD);
    proj_sh(root, "mkfifo fifo.py && mkdir dir.py && printf 'a = 1   \\n' > dir.py/inside.py && "
                  "ln -s loop.py loop.py");
    CliRun r;
    proj_run(root, ".", "check --select W291,E902 --output-format concise", &r);
    ck_assert_int_eq(r.status, 1);
    HAS(r.out, "dir.py/inside.py:1:6: W291");
    HAS(r.out, "loop.py:1:1: E902");
    HAS(r.out, "ok.py:1:6: W291");
    /* A FIFO named on the command line is not read (it would block). */
    proj_run(root, ".", "check --select W291,E902 --output-format concise fifo.py ok.py", &r);
    ck_assert_int_ne(r.status, -1);
    HAS(r.out, "ok.py:1:6: W291");
}
END_TEST

START_TEST(broken_configuration_is_an_error_with_position)
{
    proj_put(root, GOOD);
    proj_put(root, "ruff.toml", "line-length = \"long\"\n");
    CliRun r;
    proj_run(root, ".", "check", &r);
    ck_assert_int_eq(r.status, 2);
    HAS(r.err, "ruff.toml:1:");
    proj_put(root, "ruff.toml", "[lint\nselect = 1\n");
    proj_run(root, ".", "check", &r);
    ck_assert_int_eq(r.status, 2);
    HAS(r.err, "ruff.toml:1:");
}
END_TEST

Suite *suite_hostile(void)
{
    Suite *s = suite_create("hostile");
    TCase *tc = tcase_create("check");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, invalid_utf8_is_e902);
    tcase_add_test(tc, nul_bytes_are_a_syntax_error);
    tcase_add_test(tc, huge_file_and_long_line);
    tcase_add_test(tc, deep_nesting_ends_with_errors);
    tcase_add_test(tc, special_files_are_reported_and_skipped);
    tcase_add_test(tc, broken_configuration_is_an_error_with_position);
    suite_add_tcase(s, tc);
    return s;
}
