/* test_fix_report.c: Ruff's summary lines in every fix mode (safe / unsafe / hidden fixes,
 * --fix, --fix-only, --diff), the --show-fixes table, exit statuses; unified diffs (hunks,
 * context, missing final newline) and random diffs applied with patch. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/diff.h"
#include "cli/fix_report.h"

static Arena A;
static void setup(void) { arena_init(&A); }
static void teardown(void) { arena_free(&A); }

/* A file result with `nsafe` safe fixes, `nunsafe` unsafe ones, `nnone` unfixable diagnostics
 * remaining, and `fixed` W291 fixes applied. */
static FileResult mkres(const char *name, int nsafe, int nunsafe, int nnone, uint32_t fixed)
{
    FileResult r;
    memset(&r, 0, sizeof r);
    r.display = name;
    r.fix.attempted = true;
    r.fix.fixed.counts[RULE_W291] = fixed;
    r.fix.fixed.total = fixed;
    for (int i = 0; i < nsafe + nunsafe + nnone; i++) {
        Diagnostic d = {.rule = RULE_W291, .message = "m"};
        if (i < nsafe + nunsafe)
            d.fix = fix_new(&A, i < nsafe ? APPLY_SAFE : APPLY_UNSAFE, (Edit[]){{0, 1, ""}}, 1);
        vec_push(&r.diags, d);
    }
    return r;
}

/* The summary of one file result under the given flags. */
static const char *summary(const char *flags, FileResult *r, int *status)
{
    static char buf[4096];
    char *argv[16];
    char copy[256];
    snprintf(copy, sizeof copy, "%s", flags);
    int argc = 0;
    for (char *t = strtok(copy, " "); t && argc < 15; t = strtok(NULL, " "))
        argv[argc++] = t;
    CheckArgs a;
    ck_assert_int_eq(check_args_parse(&a, argc, argv), 0);
    LintSettings root;
    lint_settings_default(&root);
    FixRun fr;
    fix_run_init(&fr, &a, &root, false);
    FILE *f = fmemopen(buf, sizeof buf, "w");
    OutputItem items[16];
    for (uint32_t i = 0; i < r->diags.len; i++)
        items[i] = (OutputItem){r, &r->diags.data[i]};
    OutputOptions oo = {.format = FMT_FULL, .show_fix_status = true};
    fix_run_summary(&fr, f, &oo, items, r->diags.len, r, 1);
    fclose(f);
    *status = fix_run_exit_status(&fr, r, 1, r->diags.len);
    check_args_free(&a);
    return buf;
}

START_TEST(lint_mode_lines)
{
    int st;
    FileResult r = mkres("a.py", 2, 1, 0, 0);
    ck_assert_str_eq(summary("", &r, &st),
                     "Found 3 errors.\n[*] 2 fixable with the `--fix` option (1 hidden fix can be enabled with the "
                     "`--unsafe-fixes` option).\n");
    ck_assert_int_eq(st, 1);
    ck_assert_str_eq(summary("--unsafe-fixes", &r, &st), "Found 3 errors.\n[*] 3 fixable with the `--fix` option.\n");
    ck_assert_str_eq(summary("--no-unsafe-fixes", &r, &st), "Found 3 errors.\n[*] 2 fixable with the `--fix` option.\n");
    vec_free(&r.diags);
    r = mkres("a.py", 0, 2, 0, 0);
    ck_assert_str_eq(summary("", &r, &st),
                     "Found 2 errors.\nNo fixes available (2 hidden fixes can be enabled with the `--unsafe-fixes` option).\n");
    ck_assert_str_eq(summary("--no-unsafe-fixes", &r, &st), "Found 2 errors.\n");
    vec_free(&r.diags);
    r = mkres("a.py", 0, 0, 1, 0);
    ck_assert_str_eq(summary("", &r, &st), "Found 1 error.\n");
    vec_free(&r.diags);
    r = mkres("a.py", 0, 0, 0, 0);
    ck_assert_str_eq(summary("", &r, &st), "All checks passed!\n");
    ck_assert_int_eq(st, 0);
}
END_TEST

START_TEST(fix_mode_lines)
{
    int st;
    FileResult r = mkres("a.py", 0, 1, 1, 3);
    ck_assert_str_eq(summary("--fix", &r, &st),
                     "Found 5 errors (3 fixed, 2 remaining).\nNo fixes available (1 hidden fix can be enabled with "
                     "the `--unsafe-fixes` option).\n");
    ck_assert_int_eq(st, 1);
    ck_assert_str_eq(summary("--fix-only", &r, &st),
                     "Fixed 3 errors (1 additional fix available with `--unsafe-fixes`).\n");
    ck_assert_int_eq(st, 0);
    ck_assert_str_eq(summary("--diff", &r, &st),
                     "Would fix 3 errors (1 additional fix available with `--unsafe-fixes`).\n");
    ck_assert_int_eq(st, 1);
    vec_free(&r.diags);
    r = mkres("a.py", 0, 2, 0, 0);
    ck_assert_str_eq(summary("--fix-only", &r, &st), "No errors fixed (2 fixes available with `--unsafe-fixes`).\n");
    ck_assert_str_eq(summary("--diff", &r, &st), "No errors would be fixed (2 fixes available with `--unsafe-fixes`).\n");
    ck_assert_int_eq(st, 0);
    vec_free(&r.diags);
    r = mkres("a.py", 0, 0, 0, 1);
    ck_assert_str_eq(summary("--fix", &r, &st), "Found 1 error (1 fixed, 0 remaining).\n");
    ck_assert_int_eq(st, 0);
    ck_assert_str_eq(summary("--fix --exit-non-zero-on-fix", &r, &st), "Found 1 error (1 fixed, 0 remaining).\n");
    ck_assert_int_eq(st, 1);
    ck_assert_str_eq(summary("--fix-only", &r, &st), "Fixed 1 error.\n");
    ck_assert_str_eq(summary("--diff", &r, &st), "Would fix 1 error.\n");
    ck_assert_str_eq(summary("--fix --show-fixes", &r, &st),
                     "\nFixed 1 error:\n- a.py:\n    1 \xC3\x97 W291 (trailing-whitespace)\n\n"
                     "Found 1 error (1 fixed, 0 remaining).\n");
}
END_TEST

START_TEST(show_fixes_widths_and_order)
{
    FileResult r[2] = {mkres("b.py", 0, 0, 0, 0), mkres("a.py", 0, 0, 0, 0)};
    r[0].fix.fixed.counts[RULE_W291] = 12;
    r[0].fix.fixed.counts[RULE_W293] = 3;
    r[0].fix.fixed.total = 15;
    r[1].fix.fixed.counts[RULE_W292] = 1;
    r[1].fix.fixed.total = 1;
    CheckArgs a;
    char *argv[] = {"--fix-only", "--show-fixes"};
    ck_assert_int_eq(check_args_parse(&a, 2, argv), 0);
    LintSettings root;
    lint_settings_default(&root);
    FixRun fr;
    fix_run_init(&fr, &a, &root, false);
    char buf[1024];
    FILE *f = fmemopen(buf, sizeof buf, "w");
    OutputOptions oo = {.format = FMT_FULL};
    fix_run_summary(&fr, f, &oo, NULL, 0, r, 2);
    fclose(f);
    ck_assert_str_eq(buf, "\nFixed 16 errors:\n"
                          "- a.py:\n"
                          "     1 \xC3\x97 W292 (missing-newline-at-end-of-file)\n"
                          "- b.py:\n"
                          "    12 \xC3\x97 W291 (trailing-whitespace)\n"
                          "     3 \xC3\x97 W293 (blank-line-with-whitespace)\n"
                          "\nFixed 16 errors.\n");
    check_args_free(&a);
}
END_TEST

/* ---- diffs ------------------------------------------------------------------------------- */

static const char *diff(const char *old, const char *new_, const char *path)
{
    static Buf b;
    buf_free(&b);
    memset(&b, 0, sizeof b);
    ck_assert(diff_unified(&b, old, strlen(old), new_, strlen(new_), path, false));
    return b.data ? b.data : "";
}

START_TEST(diff_hunks)
{
    /* Changes 7 equal lines apart make two hunks; 6 apart, one. */
    ck_assert_str_eq(diff("1\n2\n3\n4\n5\n6\n7\n8\n9\n", "1\nX\n3\n4\n5\n6\n7\n8\n9\n", "m.py"),
                     "--- m.py\n+++ m.py\n@@ -1,5 +1,5 @@\n 1\n-2\n+X\n 3\n 4\n 5\n\n");
    ck_assert_str_eq(diff("a\n1\n2\n3\n4\n5\n6\n7\nb\n", "A\n1\n2\n3\n4\n5\n6\n7\nB\n", NULL),
                     "@@ -1,4 +1,4 @@\n-a\n+A\n 1\n 2\n 3\n@@ -6,4 +6,4 @@\n 5\n 6\n 7\n-b\n+B\n\n");
    ck_assert_str_eq(diff("a\n1\n2\n3\n4\n5\n6\nb\n", "A\n1\n2\n3\n4\n5\n6\nB\n", NULL),
                     "@@ -1,8 +1,8 @@\n-a\n+A\n 1\n 2\n 3\n 4\n 5\n 6\n-b\n+B\n\n");
    /* Insertion into an empty file, deletion of everything, missing final newlines. */
    ck_assert_str_eq(diff("", "x\n", NULL), "@@ -0,0 +1 @@\n+x\n\n");
    ck_assert_str_eq(diff("x\ny\n", "", NULL), "@@ -1,2 +0,0 @@\n-x\n-y\n\n");
    ck_assert_str_eq(diff("x = 1", "x = 1\n", NULL), "@@ -1 +1 @@\n-x = 1\n\\ No newline at end of file\n+x = 1\n\n");
    /* Ruff shows ESC as ␛. */
    ck_assert_str_eq(diff("a\x1b \n", "a\x1b\n", NULL), "@@ -1 +1 @@\n-a\xe2\x90\x9b \n+a\xe2\x90\x9b\n\n");
    /* No change: no hunk. */
    ck_assert_str_eq(diff("same\n", "same\n", NULL), "\n");
}
END_TEST

START_TEST(random_diffs_apply_with_patch)
{
    if (system("command -v patch >/dev/null 2>&1") != 0) {
        fprintf(stderr, "test_fix_report: patch not installed, random diffs not applied\n");
        return;
    }
    char d[] = "/tmp/snipe-diff-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(d));
    unsigned seed = 12345;
    for (int iter = 0; iter < 40; iter++) {
        /* Random old text of short lines from a small alphabet (many repeats), random edits. */
        Buf o = {0}, n = {0};
        int lines = 1 + (int)(rand_r(&seed) % 60);
        for (int i = 0; i < lines; i++) {
            char line[8];
            snprintf(line, sizeof line, "%c%c\n", 'a' + rand_r(&seed) % 4, 'a' + rand_r(&seed) % 3);
            buf_puts(&o, line);
            int r = (int)(rand_r(&seed) % 10);
            if (r == 0)
                continue;                                   /* delete */
            if (r == 1)
                buf_puts(&n, "new\n");                      /* replace */
            else
                buf_puts(&n, line);
            if (r == 2)
                buf_puts(&n, "ins \n");                    /* insert */
        }
        if (iter % 3 == 0 && n.len)
            n.len--, n.data[n.len] = 0;                     /* drop the final newline */
        char p[64], cmd[256];
        snprintf(p, sizeof p, "%s/f.py", d);
        FILE *f = fopen(p, "w");
        fwrite(o.data, 1, o.len, f);
        fclose(f);
        Buf df = {0};
        ck_assert(diff_unified(&df, o.data, o.len, n.data ? n.data : "", n.len, "f.py", false));
        snprintf(p, sizeof p, "%s/f.diff", d);
        f = fopen(p, "w");
        fwrite(df.data, 1, df.len, f);
        fclose(f);
        snprintf(cmd, sizeof cmd, "cd %s && patch -s -p0 < f.diff >/dev/null 2>&1", d);
        if (n.len != o.len || memcmp(n.data, o.data, n.len) != 0)
            ck_assert_msg(system(cmd) == 0, "patch failed on iteration %d:\n%s", iter, df.data);
        snprintf(p, sizeof p, "%s/f.py", d);
        f = fopen(p, "r");
        char got[4096];
        size_t k = fread(got, 1, sizeof got, f);
        fclose(f);
        ck_assert_uint_eq(k, n.len);
        ck_assert(memcmp(got, n.data ? n.data : "", k) == 0);
        buf_free(&o);
        buf_free(&n);
        buf_free(&df);
    }
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", d);
    (void)!system(cmd);
}
END_TEST

Suite *suite_fix_report(void)
{
    Suite *s = suite_create("fix_report");
    TCase *tc = tcase_create("report");
    tcase_set_timeout(tc, 30);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, lint_mode_lines);
    tcase_add_test(tc, fix_mode_lines);
    tcase_add_test(tc, show_fixes_widths_and_order);
    tcase_add_test(tc, diff_hunks);
    tcase_add_test(tc, random_diffs_apply_with_patch);
    suite_add_tcase(s, tc);
    return s;
}
