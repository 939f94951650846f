/* test_output.c: the text output formats of `snipe check` on fixed in-memory results: exact
 * concise, grouped, pylint, github, azure and full output, colours, the summary lines, the
 * statistics table and Ruff's GitLab fingerprints. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "cli/output_common.h"
#include "output_fixture.h"

static char *run(OutputFormat fmt, UnsafeFixes u, bool color)
{
    Fixture f;
    fixture_init(&f);
    OutputOptions o = fixture_options(fmt);
    o.unsafe_fixes = u;
    o.color = color;
    char *s = capture_write(&o, f.items, f.n);
    fixture_free(&f);
    ck_assert_ptr_nonnull(s);
    return s;
}

START_TEST(uint_padding_as_printf)
{
    char a[24], b[24];
    const uint64_t vals[] = {0, 7, 10, 99, 12345, 4294967295u, 18446744073709551615ull};
    for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        for (size_t w = 0; w < 22; w += 3) {
            snprintf(b, sizeof b, "%*llu", (int)w, (unsigned long long)vals[i]);
            ck_assert_uint_eq(out_uint(a, sizeof a, vals[i], w, false), strlen(b));
            ck_assert_str_eq(a, b);
            snprintf(b, sizeof b, "%-*llu", (int)w, (unsigned long long)vals[i]);
            ck_assert_uint_eq(out_uint(a, sizeof a, vals[i], w, true), strlen(b));
            ck_assert_str_eq(a, b);
        }
    }
}
END_TEST

START_TEST(concise_exact)
{
    char *s = run(FMT_CONCISE, UNSAFE_FIXES_HINT, false);
    ck_assert_str_eq(s, "a.py:1:6: W291 [*] Trailing whitespace\n"
                        "a.py:2:1: W191 Indentation contains tabs\n"
                        "a.py:3:1: invalid-syntax: Expected an expression\n"
                        "a.py:3:6: W292 No newline at end of file\n"
                        "b.py:1:1: E902 No such file or directory (os error 2)\n");
    free(s);
    /* With --unsafe-fixes the unsafe W292 fix is applicable and marked. */
    s = run(FMT_CONCISE, UNSAFE_FIXES_ENABLED, false);
    ck_assert_ptr_nonnull(strstr(s, "a.py:3:6: W292 [*] No newline at end of file\n"));
    free(s);
}
END_TEST

START_TEST(concise_preview_uses_names)
{
    Fixture f;
    fixture_init(&f);
    OutputOptions o = fixture_options(FMT_CONCISE);
    o.preview = true;
    char *s = capture_write(&o, f.items, f.n);
    ck_assert_ptr_nonnull(strstr(s, "a.py:1:6: trailing-whitespace: [*] Trailing whitespace\n"));
    ck_assert_ptr_nonnull(strstr(s, "a.py:2:1: tab-indentation: Indentation contains tabs\n"));
    free(s);
    fixture_free(&f);
}
END_TEST

START_TEST(concise_color)
{
    char *s = run(FMT_CONCISE, UNSAFE_FIXES_HINT, true);
    const char *first = "\x1b[1ma.py\x1b[0m\x1b[36m:\x1b[0m1\x1b[36m:\x1b[0m6\x1b[36m:\x1b[0m "
                        "\x1b[1m\x1b[31mW291\x1b[0m [\x1b[36m*\x1b[0m] Trailing whitespace\n";
    ck_assert_int_eq(strncmp(s, first, strlen(first)), 0);
    free(s);
}
END_TEST

START_TEST(hyperlinks)
{
    Fixture f;
    fixture_init(&f);
    OutputOptions o = fixture_options(FMT_CONCISE);
    o.color = true;
    o.hyperlinks = true;
    char *s = capture_write(&o, f.items, f.n);
    ck_assert_ptr_nonnull(strstr(s, "\x1b[1m\x1b[31m\x1b]8;;https://docs.astral.sh/ruff/rules/trailing-whitespace\x1b\\W291"
                                    "\x1b]8;;\x1b\\\x1b[0m"));
    /* Syntax errors have no documentation page, hence no link. */
    ck_assert_ptr_nonnull(strstr(s, "\x1b[1m\x1b[31minvalid-syntax\x1b[0m: Expected an expression"));
    free(s);
    /* Without colour there are never links. */
    o.color = false;
    s = capture_write(&o, f.items, f.n);
    ck_assert_ptr_null(strstr(s, "\x1b"));
    free(s);
    fixture_free(&f);
    setenv("FORCE_HYPERLINK", "1", 1);
    ck_assert(output_supports_hyperlinks());
    setenv("FORCE_HYPERLINK", "0", 1);
    setenv("WT_SESSION", "x", 1);
    ck_assert(!output_supports_hyperlinks());
    unsetenv("FORCE_HYPERLINK");
    ck_assert(output_supports_hyperlinks());
}
END_TEST

START_TEST(grouped_exact)
{
    char *s = run(FMT_GROUPED, UNSAFE_FIXES_HINT, false);
    ck_assert_str_eq(s, "a.py:\n"
                        "  1:6 W291 [*] Trailing whitespace\n"
                        "  2:1 W191 Indentation contains tabs\n"
                        "  3:1 invalid-syntax: Expected an expression\n"
                        "  3:6 W292 No newline at end of file\n"
                        "\n"
                        "b.py:\n"
                        "  1:1 E902 No such file or directory (os error 2)\n"
                        "\n");
    free(s);
}
END_TEST

START_TEST(grouped_alignment)
{
    /* Rows and columns are padded to the widest of the file (rows on the left, columns right). */
    FileResult r = {0};
    arena_init(&r.arena);
    r.display = "c.py";
    Buf text = {0};
    for (int i = 0; i < 11; i++)
        buf_puts(&text, i == 10 ? "          x = 1 \n" : "\n");
    source_init(&r.src, &r.arena, "c.py", text.data, (uint32_t)text.len);
    r.loaded = true;
    Diagnostic d1 = {.rule = RULE_W291, .start = 0, .end = 0, .message = "A"};
    Diagnostic d2 = {.rule = RULE_W291, .start = 25, .end = 26, .message = "B"};
    vec_push(&r.diags, d1);
    vec_push(&r.diags, d2);
    OutputItem items[2] = {{&r, &r.diags.data[0]}, {&r, &r.diags.data[1]}};
    OutputOptions o = fixture_options(FMT_GROUPED);
    char *s = capture_write(&o, items, 2);
    ck_assert_str_eq(s, "c.py:\n   1:1  W291 A\n  11:16 W291 B\n\n");
    free(s);
    file_result_free(&r);
    buf_free(&text);
}
END_TEST

START_TEST(pylint_exact)
{
    char *s = run(FMT_PYLINT, UNSAFE_FIXES_HINT, false);
    ck_assert_str_eq(s, "a.py:1: [W291] Trailing whitespace\n"
                        "a.py:2: [W191] Indentation contains tabs\n"
                        "a.py:3: [invalid-syntax] Expected an expression\n"
                        "a.py:3: [W292] No newline at end of file\n"
                        "b.py:1: [E902] No such file or directory (os error 2)\n");
    free(s);
}
END_TEST

START_TEST(github_exact)
{
    char *s = run(FMT_GITHUB, UNSAFE_FIXES_HINT, false);
    ck_assert_str_eq(s,
                     "::error title=snipe (W291),file=/proj/a.py,line=1,col=6,endLine=1,endColumn=9::"
                     "a.py:1:6: W291 Trailing whitespace%0A  help: Remove trailing whitespace\n"
                     "::error title=snipe (W191),file=/proj/a.py,line=2,col=1,endLine=2,endColumn=2::"
                     "a.py:2:1: W191 Indentation contains tabs\n"
                     "::error title=snipe (invalid-syntax),file=/proj/a.py,line=3,col=1,endLine=3,endColumn=2::"
                     "a.py:3:1: invalid-syntax: Expected an expression\n"
                     "::error title=snipe (W292),file=/proj/a.py,line=3,col=6,endLine=3,endColumn=6::"
                     "a.py:3:6: W292 No newline at end of file%0A  help: Add trailing newline\n"
                     "::error title=snipe (E902),file=/proj/b.py,line=1,col=1,endLine=1,endColumn=1::"
                     "b.py:1:1: E902 No such file or directory (os error 2)\n");
    free(s);
}
END_TEST

START_TEST(azure_exact)
{
    char *s = run(FMT_AZURE, UNSAFE_FIXES_HINT, false);
    ck_assert_str_eq(s, "##vso[task.logissue type=error;sourcepath=/proj/a.py;linenumber=1;columnnumber=6;code=W291;]"
                        "Trailing whitespace\n"
                        "##vso[task.logissue type=error;sourcepath=/proj/a.py;linenumber=2;columnnumber=1;code=W191;]"
                        "Indentation contains tabs\n"
                        "##vso[task.logissue type=error;sourcepath=/proj/a.py;linenumber=3;columnnumber=1;"
                        "code=invalid-syntax;]Expected an expression\n"
                        "##vso[task.logissue type=error;sourcepath=/proj/a.py;linenumber=3;columnnumber=6;code=W292;]"
                        "No newline at end of file\n"
                        "##vso[task.logissue type=error;sourcepath=/proj/b.py;linenumber=1;columnnumber=1;code=E902;]"
                        "No such file or directory (os error 2)\n");
    free(s);
}
END_TEST

static const char full_expected[] = "W291 [*] Trailing whitespace\n"
                                    " --> a.py:1:6\n"
                                    "  |\n"
                                    "1 | x = 1   \n"
                                    "  |      ^^^\n"
                                    "2 |     y = 2\n"
                                    "3 | z = 3\n"
                                    "  |\n"
                                    "help: Remove trailing whitespace\n"
                                    "  |\n"
                                    "  - x = 1   \n"
                                    "1 + x = 1\n"
                                    "2 | \ty = 2\n"
                                    "  |\n"
                                    "\n"
                                    "W191 Indentation contains tabs\n"
                                    " --> a.py:2:1\n"
                                    "  |\n"
                                    "1 | x = 1   \n"
                                    "2 |     y = 2\n"
                                    "  | ^^^^\n"
                                    "3 | z = 3\n"
                                    "  |\n"
                                    "\n"
                                    "invalid-syntax: Expected an expression\n"
                                    " --> a.py:3:1\n"
                                    "  |\n"
                                    "1 | x = 1   \n"
                                    "2 |     y = 2\n"
                                    "3 | z = 3\n"
                                    "  | ^\n"
                                    "\n"
                                    "W292 No newline at end of file\n"
                                    " --> a.py:3:6\n"
                                    "  |\n"
                                    "1 | x = 1   \n"
                                    "2 |     y = 2\n"
                                    "3 | z = 3\n"
                                    "  |      ^\n"
                                    "help: Add trailing newline\n"
                                    "\n"
                                    "E902 No such file or directory (os error 2)\n"
                                    " --> b.py:1:1\n"
                                    "  |\n"
                                    "1 |\n"
                                    "  | ^\n"
                                    "\n";

START_TEST(full_snapshot)
{
    char *s = run(FMT_FULL, UNSAFE_FIXES_HINT, false);
    ck_assert_str_eq(s, full_expected);
    free(s);
}
END_TEST

/* Thousands of diagnostics are rendered two threads at a time, in rounds: the text must be
 * each one's frame in order, exactly as one at a time (here the fixture's run, 1,001 times over,
 * which crosses several rounds and splits them at odd places). */
START_TEST(full_many_in_order)
{
    Fixture f;
    fixture_init(&f);
    const size_t reps = 1001;
    OutputItem *items = malloc(reps * f.n * sizeof *items);
    ck_assert_ptr_nonnull(items);
    for (size_t r = 0; r < reps; r++)
        memcpy(items + r * f.n, f.items, f.n * sizeof *items);
    OutputOptions o = fixture_options(FMT_FULL);
    o.unsafe_fixes = UNSAFE_FIXES_HINT;
    char *s = capture_write(&o, items, reps * f.n);
    ck_assert_ptr_nonnull(s);
    size_t len = strlen(full_expected);
    ck_assert_uint_eq(strlen(s), reps * len);
    for (size_t r = 0; r < reps; r++)
        ck_assert_int_eq(memcmp(s + r * len, full_expected, len), 0);
    free(s);
    free(items);
    fixture_free(&f);
}
END_TEST

START_TEST(full_unsafe_fix_diff_and_note)
{
    char *s = run(FMT_FULL, UNSAFE_FIXES_ENABLED, false);
    const char *w292 = "W292 [*] No newline at end of file\n"
                       " --> a.py:3:6\n"
                       "  |\n"
                       "1 | x = 1   \n"
                       "2 |     y = 2\n"
                       "3 | z = 3\n"
                       "  |      ^\n"
                       "help: Add trailing newline\n"
                       "  |\n"
                       "2 | \ty = 2\n"
                       "  - z = 3\n"
                       "3 + z = 3\n"
                       "  |\n"
                       "note: This is an unsafe fix and may change runtime behavior\n"
                       "\n";
    ck_assert_ptr_nonnull(strstr(s, w292));
    free(s);
}
END_TEST

START_TEST(full_color_header)
{
    char *s = run(FMT_FULL, UNSAFE_FIXES_HINT, true);
    const char *head = "\x1b[1m\x1b[91mW291\x1b[0m [\x1b[1m\x1b[96m*\x1b[0m]\x1b[1m Trailing whitespace\x1b[0m\n"
                       " \x1b[1m\x1b[94m--> \x1b[0ma.py:1:6\n"
                       "  \x1b[1m\x1b[94m|\x1b[0m\n"
                       "\x1b[1m\x1b[94m1\x1b[0m \x1b[1m\x1b[94m|\x1b[0m x = 1   \n"
                       "  \x1b[1m\x1b[94m|\x1b[0m      \x1b[1m\x1b[91m^^^\x1b[0m\n";
    ck_assert_int_eq(strncmp(s, head, strlen(head)), 0);
    ck_assert_ptr_nonnull(strstr(s, "\x1b[1m\x1b[96mhelp\x1b[0m\x1b[1m: Remove trailing whitespace\x1b[0m\n"));
    /* In the diff the changed words are emphasised (similar's inline changes), newlines never. */
    ck_assert_ptr_nonnull(strstr(s, "\x1b[1m\x1b[31m-\x1b[0m \x1b[31mx = 1\x1b[0m\x1b[1m\x1b[31m   \x1b[0m\x1b[0m"
                                    "\x1b[31m\n\x1b[0m\x1b[1m\x1b[94m1\x1b[0m \x1b[1m\x1b[32m+\x1b[0m \x1b[32mx = 1\x1b[0m"
                                    "\x1b[32m\n\x1b[0m"));
    free(s);
}
END_TEST

/* Render one diagnostic over `text` in the full format. */
static char *full_one(const char *text, uint32_t start, uint32_t end, RuleId rule)
{
    FileResult r = {0};
    arena_init(&r.arena);
    r.display = "t.py";
    size_t n = strlen(text);
    source_init(&r.src, &r.arena, "t.py", arena_strndup(&r.arena, text, n), (uint32_t)n);
    r.loaded = true;
    Diagnostic d = {.rule = rule, .start = start, .end = end, .message = "M"};
    vec_push(&r.diags, d);
    OutputItem it = {&r, &r.diags.data[0]};
    OutputOptions o = fixture_options(FMT_FULL);
    char *s = capture_write(&o, &it, 1);
    file_result_free(&r);
    return s;
}

START_TEST(full_context_and_wide_gutter)
{
    /* Two lines of context, blank edge lines trimmed, the gutter as wide as the last number. */
    char *s = full_one("a\n\nb\nc\nd\ne\nf\ng\nh\ni\nk = 1\nl\n\n", 19, 20, RULE_E501);
    ck_assert_str_eq(s, "E501 M\n"
                        "  --> t.py:11:1\n"
                        "   |\n"
                        " 9 | h\n"
                        "10 | i\n"
                        "11 | k = 1\n"
                        "   | ^\n"
                        "12 | l\n"
                        "   |\n"
                        "\n");
    free(s);
}
END_TEST

START_TEST(full_long_line_is_cut)
{
    /* A line far wider than the terminal width is cut on the left with `…`. */
    Buf t = {0};
    buf_puts(&t, "x = \"");
    for (int i = 0; i < 300; i++)
        buf_putc(&t, (char)('a' + i % 26));
    buf_puts(&t, "\"\n");
    char *s = full_one(t.data, 290, 306, RULE_E501);
    ck_assert_ptr_nonnull(strstr(s, "1 | \xe2\x80\xa6"));
    /* No output line is much wider than Ruff's 140 columns. */
    for (const char *p = s; *p;) {
        const char *e = strchr(p, '\n');
        size_t w = 0;
        for (const char *q = p; q < e; q++)
            w += ((unsigned char)*q & 0xC0) != 0x80;
        ck_assert_uint_le(w, 150);
        p = e + 1;
    }
    ck_assert_ptr_nonnull(strstr(s, "^^^^^^^^^^^^^^^^\n"));
    free(s);
    buf_free(&t);
}
END_TEST

START_TEST(full_multiline_span)
{
    char *s = full_one("a\nbb = (\n  1,\n  2)\nc\n", 7, 18, RULE__COUNT);
    ck_assert_str_eq(s, "invalid-syntax: M\n"
                        " --> t.py:2:6\n"
                        "  |\n"
                        "1 |   a\n"
                        "2 |   bb = (\n"
                        "  |  ______^\n"
                        "3 | |   1,\n"
                        "4 | |   2)\n"
                        "  | |____^\n"
                        "5 |   c\n"
                        "  |\n"
                        "\n");
    free(s);
}
END_TEST

START_TEST(summary_lines)
{
    Fixture f;
    fixture_init(&f);
    OutputOptions o = fixture_options(FMT_FULL);
    char *s = capture_summary(&o, f.items, f.n);
    ck_assert_str_eq(s, "Found 5 errors.\n[*] 1 fixable with the `--fix` option (1 hidden fix can be enabled with "
                        "the `--unsafe-fixes` option).\n");
    free(s);
    o.unsafe_fixes = UNSAFE_FIXES_ENABLED;
    s = capture_summary(&o, f.items, f.n);
    ck_assert_str_eq(s, "Found 5 errors.\n[*] 2 fixable with the `--fix` option.\n");
    free(s);
    o.unsafe_fixes = UNSAFE_FIXES_DISABLED;
    s = capture_summary(&o, f.items, f.n);
    ck_assert_str_eq(s, "Found 5 errors.\n[*] 1 fixable with the `--fix` option.\n");
    free(s);
    /* Only the unsafe fix: "No fixes available". */
    o.unsafe_fixes = UNSAFE_FIXES_HINT;
    s = capture_summary(&o, &f.items[3], 1);
    ck_assert_str_eq(s, "Found 1 error.\nNo fixes available (1 hidden fix can be enabled with the `--unsafe-fixes` "
                        "option).\n");
    free(s);
    s = capture_summary(&o, &f.items[1], 1);
    ck_assert_str_eq(s, "Found 1 error.\n");
    free(s);
    s = capture_summary(&o, f.items, 0);
    ck_assert_str_eq(s, "All checks passed!\n");
    free(s);
    o.color = true;
    s = capture_summary(&o, f.items, 0);
    ck_assert_str_eq(s, "\x1b[1;32mAll checks passed!\x1b[0m\n");
    free(s);
    fixture_free(&f);
}
END_TEST

static char *capture_fixes(const OutputOptions *o, const OutputItem *items, size_t n, const FixReport *fr)
{
    char *s = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&s, &len);
    output_summary_fixes(m, o, items, n, fr);
    fclose(m);
    return s;
}

START_TEST(fix_summary_and_listing)
{
    /* Ruff's cli__lint__output_format_show_fixes_* snapshot shape. */
    FixedCount fixed[] = {{"input.py", RULE_W291, 1}};
    FixReport fr = {fixed, 1, true, true, true};
    OutputOptions o = fixture_options(FMT_CONCISE);
    char *s = capture_fixes(&o, NULL, 0, &fr);
    ck_assert_str_eq(s, "\nFixed 1 error:\n- input.py:\n    1 \xc3\x97 W291 (trailing-whitespace)\n\n"
                        "Found 1 error (1 fixed, 0 remaining).\n");
    free(s);
    /* Several files and rules: files sorted, counts right-aligned, largest count first. */
    FixedCount many[] = {{"b.py", RULE_W291, 2}, {"a.py", RULE_W293, 1}, {"a.py", RULE_W291, 12}};
    FixReport fr2 = {many, 3, true, true, true};
    Fixture f;
    fixture_init(&f);
    s = capture_fixes(&o, f.items, 1, &fr2);
    ck_assert_str_eq(s, "\nFixed 15 errors:\n- a.py:\n    12 \xc3\x97 W291 (trailing-whitespace)\n"
                        "     1 \xc3\x97 W293 (blank-line-with-whitespace)\n- b.py:\n     2 \xc3\x97 W291 "
                        "(trailing-whitespace)\n\nFound 16 errors (15 fixed, 1 remaining).\n"
                        "[*] 1 fixable with the `--fix` option.\n");
    free(s);
    /* --fix-only: no listing unless asked, then the "Fixed" lines. */
    FixReport only = {fixed, 1, true, false, false};
    s = capture_fixes(&o, &f.items[3], 1, &only);
    ck_assert_str_eq(s, "Fixed 1 error (1 additional fix available with `--unsafe-fixes`).\n");
    free(s);
    FixReport diff = {NULL, 0, false, false, false};
    s = capture_fixes(&o, &f.items[3], 1, &diff);
    ck_assert_str_eq(s, "No errors would be fixed (1 fix available with `--unsafe-fixes`).\n");
    free(s);
    fixture_free(&f);
}
END_TEST

START_TEST(statistics_table)
{
    Fixture f;
    fixture_init(&f);
    OutputOptions o = fixture_options(FMT_CONCISE);
    bool ok;
    char *s = capture_statistics(&o, f.items, f.n, &ok);
    ck_assert(ok);
    ck_assert_str_eq(s, "1\t    \t[ ] invalid-syntax\n"
                        "1\tE902\t[ ] io-error\n"
                        "1\tW191\t[ ] tab-indentation\n"
                        "1\tW291\t[*] trailing-whitespace\n"
                        "1\tW292\t[ ] missing-newline-at-end-of-file\n"
                        "Found 5 errors.\n"
                        "[*] 1 fixable with the `--fix` option (1 hidden fix can be enabled with the `--unsafe-fixes` "
                        "option).\n");
    free(s);
    /* Counts sort descending, partially fixable codes get [-], widths follow the widest. */
    OutputItem many[12];
    size_t k = 0;
    for (int i = 0; i < 10; i++)
        many[k++] = f.items[1];           /* W191 x10 */
    many[k++] = f.items[0];               /* W291 fixable */
    many[k++] = f.items[0];
    s = capture_statistics(&o, many, k, &ok);
    ck_assert_str_eq(s, "10\tW191\t[ ] tab-indentation\n"
                        " 2\tW291\t[*] trailing-whitespace\n"
                        "Found 12 errors.\n"
                        "[*] 2 fixable with the `--fix` option.\n");
    free(s);
    o.format = FMT_GROUPED;
    s = capture_statistics(&o, f.items, f.n, &ok);
    ck_assert(!ok);
    free(s);
    /* Nothing at all when there is nothing to count. */
    o.format = FMT_CONCISE;
    s = capture_statistics(&o, f.items, 0, &ok);
    ck_assert(ok);
    ck_assert_str_eq(s, "");
    free(s);
    fixture_free(&f);
}
END_TEST

START_TEST(gitlab_fingerprint_matches_ruff)
{
    /* Values from Ruff's own CLI snapshot (cli__lint__output_format_gitlab). */
    ck_assert_uint_eq(out_gitlab_fingerprint(0, "unused-import", "input.py"), 0x4dbad37161e65c72ULL);
    ck_assert_uint_eq(out_gitlab_fingerprint(0, "undefined-name", "input.py"), 0x7af59862a085230ULL);
    ck_assert_uint_eq(out_gitlab_fingerprint(0, "invalid-syntax", "input.py"), 0xe558cec859bb66e8ULL);
}
END_TEST

START_TEST(format_names)
{
    OutputFormat f;
    ck_assert(output_format_parse("json-lines", &f));
    ck_assert_int_eq(f, FMT_JSON_LINES);
    ck_assert(!output_format_parse("text", &f));
    ck_assert_str_eq(output_format_debug_name(FMT_GROUPED), "Grouped");
}
END_TEST

Suite *suite_output(void)
{
    Suite *s = suite_create("output");
    TCase *tc = tcase_create("text");
    tcase_add_test(tc, uint_padding_as_printf);
    tcase_add_test(tc, concise_exact);
    tcase_add_test(tc, concise_preview_uses_names);
    tcase_add_test(tc, concise_color);
    tcase_add_test(tc, hyperlinks);
    tcase_add_test(tc, grouped_exact);
    tcase_add_test(tc, grouped_alignment);
    tcase_add_test(tc, pylint_exact);
    tcase_add_test(tc, github_exact);
    tcase_add_test(tc, azure_exact);
    tcase_add_test(tc, full_snapshot);
    tcase_add_test(tc, full_many_in_order);
    tcase_add_test(tc, full_unsafe_fix_diff_and_note);
    tcase_add_test(tc, full_color_header);
    tcase_add_test(tc, full_context_and_wide_gutter);
    tcase_add_test(tc, full_long_line_is_cut);
    tcase_add_test(tc, full_multiline_span);
    tcase_add_test(tc, summary_lines);
    tcase_add_test(tc, fix_summary_and_listing);
    tcase_add_test(tc, statistics_table);
    tcase_add_test(tc, gitlab_fingerprint_matches_ruff);
    tcase_add_test(tc, format_names);
    suite_add_tcase(s, tc);
    return s;
}
