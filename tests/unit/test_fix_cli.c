/* test_fix_cli.c: `snipe check --fix/--diff/--fix-only/--show-fixes` end to end on temporary
 * files (LF, CRLF, BOM), standard input, summaries and exit statuses, --diff applied with patch,
 * a read-only file. Runs the binary named by SNIPE_BIN. */
#include <check.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static char dir[64];
static char out[1 << 16], err[1 << 16];

static void setup(void)
{
    strcpy(dir, "/tmp/snipe-fixcli-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void teardown(void)
{
    char cmd[256];
    snprintf(cmd, sizeof cmd, "chattr -i %s/* >/dev/null 2>&1; rm -rf %s", dir, dir);
    (void)!system(cmd);
}

static void slurp(const char *path, char *buf, size_t n)
{
    FILE *f = fopen(path, "rb");
    size_t k = f ? fread(buf, 1, n - 1, f) : 0;
    buf[k] = 0;
    if (f)
        fclose(f);
}

/* Run `snipe <args>` in dir (with `stdin_text` on standard input when not NULL); capture stdout
 * and stderr; return the exit status. */
static int run(const char *args, const char *stdin_text)
{
    const char *bin = getenv("SNIPE_BIN");
    ck_assert_msg(bin != NULL, "SNIPE_BIN not set");
    char abs[4096];
    ck_assert_ptr_nonnull(realpath(bin, abs));
    char in[128] = "/dev/null";
    if (stdin_text) {
        snprintf(in, sizeof in, "%s/.stdin", dir);
        FILE *f = fopen(in, "wb");
        fputs(stdin_text, f);
        fclose(f);
    }
    char cmd[8192];
    snprintf(cmd, sizeof cmd, "cd %s && NO_COLOR=1 %s %s <%s >%s/.out 2>%s/.err", dir, abs, args, in, dir, dir);
    int st = system(cmd);
    char p[128];
    snprintf(p, sizeof p, "%s/.out", dir);
    slurp(p, out, sizeof out);
    snprintf(p, sizeof p, "%s/.err", dir);
    slurp(p, err, sizeof err);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void put(const char *name, const char *s)
{
    char p[128];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "wb");
    ck_assert_ptr_nonnull(f);
    fputs(s, f);
    fclose(f);
}

static const char *get(const char *name)
{
    static char buf[1 << 16];
    char p[128];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    slurp(p, buf, sizeof buf);
    return buf;
}

#define LF_IN "x = 1   \n\n    \ny = 2\t\nz = 3"
#define LF_OUT "x = 1\n\n\ny = 2\nz = 3\n"
#define CRLF_IN "a = 1\r\n  \r\nb = 2 \r\n"
#define CRLF_OUT "a = 1\r\n\r\nb = 2\r\n"
#define BOM_IN "\xEF\xBB\xBFq = 1  \nr = 2"
#define BOM_OUT "\xEF\xBB\xBFq = 1\nr = 2\n"

static void three_files(void)
{
    put("a.py", LF_IN);
    put("crlf.py", CRLF_IN);
    put("bom.py", BOM_IN);
}

START_TEST(cookie_utf8_text_is_fixed)
{
    /* Valid UTF-8 is read as UTF-8 whatever the cookie says (as Ruff), so it is fixed; text that
     * is not UTF-8 is decoded through its cookie and linted, but not rewritten. */
    put("ascii.py", "# -*- coding: cp1252 -*-\nx = 1   \n");
    put("latin.py", "# -*- coding: latin-1 -*-\ns = '\xe9'   \n");
    ck_assert_int_eq(run("check --select W291 --fix .", NULL), 1);
    ck_assert_str_eq(get("ascii.py"), "# -*- coding: cp1252 -*-\nx = 1\n");
    ck_assert_str_eq(get("latin.py"), "# -*- coding: latin-1 -*-\ns = '\xe9'   \n");
    ck_assert_int_eq(run("check --output-format concise --select W291 latin.py", NULL), 1);
    ck_assert_ptr_nonnull(strstr(out, "latin.py:2:8: W291 [*] Trailing whitespace"));
}
END_TEST

START_TEST(fix_writes_lf_crlf_bom)
{
    three_files();
    ck_assert_int_eq(run("check --select W291,W292,W293 --fix .", NULL), 0);
    ck_assert_str_eq(get("a.py"), LF_OUT);
    ck_assert_str_eq(get("crlf.py"), CRLF_OUT);
    ck_assert_str_eq(get("bom.py"), BOM_OUT);
    ck_assert_str_eq(out, "Found 8 errors (8 fixed, 0 remaining).\n");
    /* A second run has nothing to do. */
    ck_assert_int_eq(run("check --select W291,W292,W293 --fix .", NULL), 0);
    ck_assert_str_eq(out, "All checks passed!\n");
    ck_assert_str_eq(get("a.py"), LF_OUT);
}
END_TEST

START_TEST(lint_only_reports_fixable)
{
    three_files();
    ck_assert_int_eq(run("check --output-format concise --select W291,W292,W293 .", NULL), 1);
    ck_assert_ptr_nonnull(strstr(out, "a.py:1:6: W291 [*] Trailing whitespace\n"));
    ck_assert_ptr_nonnull(strstr(out, "Found 8 errors.\n[*] 8 fixable with the `--fix` option.\n"));
    ck_assert_str_eq(get("a.py"), LF_IN);
    /* Unfixable: no [*], no fix, the file stays. */
    ck_assert_int_eq(run("check --output-format concise --select W291,W292,W293 --unfixable W291 --fix a.py", NULL), 1);
    ck_assert_ptr_nonnull(strstr(out, "a.py:1:6: W291 Trailing whitespace\n"));
    ck_assert_ptr_nonnull(strstr(out, "Found 4 errors (2 fixed, 2 remaining).\n"));
    ck_assert_str_eq(get("a.py"), "x = 1   \n\n\ny = 2\t\nz = 3\n");
}
END_TEST

START_TEST(fix_only_show_fixes_and_exit)
{
    three_files();
    ck_assert_int_eq(run("check --select W291,W292,W293 --fix-only --show-fixes .", NULL), 0);
    ck_assert_str_eq(out, "\nFixed 8 errors:\n"
                          "- a.py:\n"
                          "    2 \xC3\x97 W291 (trailing-whitespace)\n"
                          "    1 \xC3\x97 W292 (missing-newline-at-end-of-file)\n"
                          "    1 \xC3\x97 W293 (blank-line-with-whitespace)\n"
                          "- bom.py:\n"
                          "    1 \xC3\x97 W291 (trailing-whitespace)\n"
                          "    1 \xC3\x97 W292 (missing-newline-at-end-of-file)\n"
                          "- crlf.py:\n"
                          "    1 \xC3\x97 W291 (trailing-whitespace)\n"
                          "    1 \xC3\x97 W293 (blank-line-with-whitespace)\n"
                          "\nFixed 8 errors.\n");
    three_files();
    ck_assert_int_eq(run("check --select W291,W292,W293,E501 --line-length 3 --fix-only --exit-non-zero-on-fix a.py", NULL), 1);
    ck_assert_str_eq(out, "Fixed 4 errors.\n");
    ck_assert_int_eq(run("check --select W291,W292,W293 --fix-only a.py", NULL), 0);
    ck_assert_str_eq(out, "");
    /* --exit-non-zero-on-fix in lint mode: 1 although nothing remains. */
    three_files();
    ck_assert_int_eq(run("check --select W291,W292,W293 --fix --exit-non-zero-on-fix a.py", NULL), 1);
    ck_assert_str_eq(out, "Found 4 errors (4 fixed, 0 remaining).\n");
    ck_assert_int_eq(run("check --diff --show-fixes a.py", NULL), 2);
    ck_assert_int_eq(run("check --exit-zero --exit-non-zero-on-fix a.py", NULL), 2);
}
END_TEST

START_TEST(diff_applies_with_patch)
{
    three_files();
    ck_assert_int_eq(run("check --select W291,W292,W293 --diff .", NULL), 1);
    ck_assert_str_eq(get("a.py"), LF_IN);   /* nothing written */
    ck_assert_ptr_nonnull(strstr(out, "--- a.py\n+++ a.py\n@@ -1,5 +1,5 @@\n-x = 1   \n+x = 1\n \n"));
    ck_assert_ptr_nonnull(strstr(out, "-z = 3\n\\ No newline at end of file\n"));
    ck_assert_ptr_nonnull(strstr(out, "--- crlf.py\n+++ crlf.py\n@@ -1,3 +1,3 @@\n a = 1\r\n-  \r\n-b = 2 \r\n+\r\n+b = 2\r\n\n"));
    ck_assert_ptr_nonnull(strstr(out, "\nWould fix 8 errors.\n"));
    char cmd[512];
    snprintf(cmd, sizeof cmd, "cp %s/.out %s/.patch && cd %s && patch -s -p0 < .patch", dir, dir, dir);
    if (system("command -v patch >/dev/null 2>&1") != 0) {
        fprintf(stderr, "test_fix_cli: patch not installed, --diff not applied\n");
        return;
    }
    ck_assert_int_eq(system(cmd), 0);
    ck_assert_str_eq(get("a.py"), LF_OUT);
    ck_assert_str_eq(get("crlf.py"), CRLF_OUT);
    ck_assert_str_eq(get("bom.py"), BOM_OUT);
    /* Nothing left to fix: no diff, exit 0. */
    ck_assert_int_eq(run("check --select W291,W292,W293 --diff .", NULL), 0);
    ck_assert_str_eq(out, "");
}
END_TEST

START_TEST(stdin_fixed_source_to_stdout)
{
    ck_assert_int_eq(run("check --select W291,W292 --fix -", "x = 1  "), 0);
    ck_assert_str_eq(out, "x = 1\n");
    ck_assert_str_eq(err, "Found 2 errors (2 fixed, 0 remaining).\n");
    /* Nothing to fix: the source comes back unchanged. */
    ck_assert_int_eq(run("check --select W291 --fix -", "y = 2\n"), 0);
    ck_assert_str_eq(out, "y = 2\n");
    /* --diff on stdin: no header without --stdin-filename. */
    ck_assert_int_eq(run("check --select W291 --diff -", "y = 2 \n"), 1);
    ck_assert_str_eq(out, "@@ -1 +1 @@\n-y = 2 \n+y = 2\n\n");
    ck_assert_str_eq(err, "Would fix 1 error.\n");
    ck_assert_int_eq(run("check --select W291 --diff --stdin-filename pkg/m.py -", "y = 2 \n"), 1);
    ck_assert_str_eq(out, "--- pkg/m.py\n+++ pkg/m.py\n@@ -1 +1 @@\n-y = 2 \n+y = 2\n\n");
}
END_TEST

START_TEST(unwritable_file_reported_and_kept)
{
    put("ro.py", "x = 1  \n");
    char p[128], cmd[256];
    snprintf(p, sizeof p, "%s/ro.py", dir);
    if (geteuid() != 0) {
        ck_assert_int_eq(chmod(p, 0444), 0);
    } else {
        snprintf(cmd, sizeof cmd, "chattr +i %s 2>/dev/null", p);
        if (system(cmd) != 0) {
            fprintf(stderr, "test_fix_cli: skipped read-only test (root without chattr +i)\n");
            return;
        }
    }
    ck_assert_int_eq(run("check --output-format concise --select W291,E902 --fix ro.py", NULL), 1);
    ck_assert_ptr_nonnull(strstr(out, "ro.py:1:1: E902 Failed to write fixes: "));
    ck_assert_ptr_nonnull(strstr(out, "Found 1 error.\n"));
    ck_assert_str_eq(get("ro.py"), "x = 1  \n");
    /* Without E902 selected: a warning on stderr. */
    ck_assert_int_eq(run("check --select W291 --fix ro.py", NULL), 0);
    ck_assert_ptr_nonnull(strstr(err, "warning: Failed to lint ro.py: Failed to write fixes: "));
    ck_assert_str_eq(get("ro.py"), "x = 1  \n");
    /* --fix-only hides the E902, so the warning is printed anyway. */
    ck_assert_int_eq(run("check --select W291,E902 --fix-only ro.py", NULL), 0);
    ck_assert_ptr_nonnull(strstr(err, "warning: Failed to lint ro.py: Failed to write fixes: "));
}
END_TEST

START_TEST(configuration_keys)
{
    put("a.py", "x = 1  \ny = 2\n");
    /* extend-unsafe-fixes demotes W291: --fix leaves it, with Ruff's hint. */
    ck_assert_int_eq(run("check --output-format concise --select W291 --fix "
                         "--config 'lint.extend-unsafe-fixes=[\"W291\"]' a.py", NULL), 1);
    ck_assert_str_eq(out, "a.py:1:6: W291 Trailing whitespace\nFound 1 error.\n"
                          "No fixes available (1 hidden fix can be enabled with the `--unsafe-fixes` option).\n");
    ck_assert_str_eq(get("a.py"), "x = 1  \ny = 2\n");
    /* fix, unsafe-fixes and show-fixes from pyproject.toml. */
    put("pyproject.toml", "[tool.ruff]\nfix = true\nunsafe-fixes = true\nshow-fixes = true\n"
                          "[tool.ruff.lint]\nextend-unsafe-fixes = [\"W291\"]\n");
    ck_assert_int_eq(run("check --select W291 a.py", NULL), 0);
    ck_assert_str_eq(out, "\nFixed 1 error:\n- a.py:\n    1 \xC3\x97 W291 (trailing-whitespace)\n\n"
                          "Found 1 error (1 fixed, 0 remaining).\n");
    ck_assert_str_eq(get("a.py"), "x = 1\ny = 2\n");
    /* --no-fix on the command line wins over `fix = true`. */
    put("a.py", "x = 1  \n");
    ck_assert_int_eq(run("check --select W291 --no-fix --output-format concise a.py", NULL), 1);
    ck_assert_str_eq(get("a.py"), "x = 1  \n");
}
END_TEST

START_TEST(fixtures_match_ruff)
{
    /* tests/fixtures/fix/NAME.py -> NAME.py.fixed (Ruff's output), with --fix and with
     * --diff | patch. */
    char cwd[1024];
    ck_assert_ptr_nonnull(getcwd(cwd, sizeof cwd));
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "ls %s/tests/fixtures/fix/*.py > %s/.list", cwd, dir);
    ck_assert_int_eq(system(cmd), 0);
    char list[8192];
    char p[128];
    snprintf(p, sizeof p, "%s/.list", dir);
    slurp(p, list, sizeof list);
    int n = 0;
    bool have_patch = system("command -v patch >/dev/null 2>&1") == 0;
    for (char *save = NULL, *src = strtok_r(list, "\n", &save); src; src = strtok_r(NULL, "\n", &save)) {
        const char *base = strrchr(src, '/') + 1;
        char expected[1 << 12], got[1 << 12];
        snprintf(cmd, sizeof cmd, "%s.fixed", src);
        slurp(cmd, expected, sizeof expected);
        for (int mode = 0; mode < 2; mode++) {
            if (mode == 1 && !have_patch)
                break;
            snprintf(cmd, sizeof cmd, "cp %s %s/%s", src, dir, base);
            ck_assert_int_eq(system(cmd), 0);
            char args[256];
            snprintf(args, sizeof args, "check --select W291,W292,W293 %s %s", mode ? "--diff" : "--fix", base);
            run(args, NULL);
            if (mode == 1) {
                snprintf(cmd, sizeof cmd, "cd %s && patch -s -p0 < .out >/dev/null", dir);
                if (strstr(out, "@@"))
                    ck_assert_int_eq(system(cmd), 0);
            }
            snprintf(got, sizeof got, "%s", get(base));
            ck_assert_msg(strcmp(got, expected) == 0, "%s (%s) differs from Ruff's", base, mode ? "--diff" : "--fix");
        }
        n++;
    }
    ck_assert_int_ge(n, 5);
}
END_TEST

Suite *suite_fix_cli(void)
{
    Suite *s = suite_create("fix_cli");
    TCase *tc = tcase_create("cli");
    tcase_set_timeout(tc, 30);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, fix_writes_lf_crlf_bom);
    tcase_add_test(tc, cookie_utf8_text_is_fixed);
    tcase_add_test(tc, lint_only_reports_fixable);
    tcase_add_test(tc, fix_only_show_fixes_and_exit);
    tcase_add_test(tc, diff_applies_with_patch);
    tcase_add_test(tc, stdin_fixed_source_to_stdout);
    tcase_add_test(tc, unwritable_file_reported_and_kept);
    tcase_add_test(tc, configuration_keys);
    tcase_add_test(tc, fixtures_match_ruff);
    suite_add_tcase(s, tc);
    return s;
}
