/* test_pycodestyle.c: the pycodestyle token, logical-line and tree rules on small sources:
 * logical lines, options the fixture runner cannot set (max-doc-length), scope-dependent
 * results, and syntax-error behaviour. */
#include <check.h>
#include <stdio.h>
#include <string.h>

#include "lint/checker.h"
#include "lint/logical_lines.h"

static Arena A;
static void setup(void) { arena_init(&A); }
static void teardown(void) { arena_free(&A); }

/* Lint `code` with the rules `codes` (space separated); returns "ROW:COL CODE" lines (syntax
 * errors as one "invalid-syntax;" item, whatever the parser reports). */
static const char *lint(const char *code, const char *codes, uint32_t max_doc)
{
    SourceFile src;
    ck_assert(source_init(&src, &A, "t.py", code, (uint32_t)strlen(code)));
    LintSettings s;
    lint_settings_default(&s);
    s.preview = true;
    s.max_doc_length = max_doc;
    char buf[256];
    snprintf(buf, sizeof buf, "%s", codes);
    for (char *w = strtok(buf, " "); w; w = strtok(NULL, " "))
        ruleset_add(&s.enabled, rule_by_code(w));
    DiagVec v = {0};
    ck_assert(lint_source(&A, &src, &s, &v));
    Buf out = {0};
    bool syntax = false;
    for (uint32_t i = 0; i < v.len; i++) {
        uint32_t r, c;
        if (v.data[i].rule == RULE__COUNT) {
            syntax = true;
            continue;
        }
        source_location(&src, v.data[i].start, &r, &c);
        buf_printf(&out, "%u:%u %s;", r, c, diag_code(&v.data[i]));
    }
    if (syntax)
        buf_printf(&out, "invalid-syntax;");
    buf_append(&out, "", 0);
    char *res = arena_strdup(&A, out.data);
    buf_free(&out);
    vec_free(&v);
    return res;
}

START_TEST(logical_lines_join_brackets)
{
    const char *code = "x = [\n  1,\n  2,\n]\n# c\n\ny = 2\n";
    SourceFile src;
    ck_assert(source_init(&src, &A, "t.py", code, (uint32_t)strlen(code)));
    ParseResult pr;
    ck_assert(parse_module(&A, code, (uint32_t)strlen(code), &pr));
    LintSettings s;
    lint_settings_default(&s);
    DiagVec v = {0};
    Checker ck = {.arena = &A, .scratch = &A, .src = &src, .settings = &s, .diags = &v, .parse = &pr, .valid_syntax = true};
    LogicalLines ll = {0};
    ck_assert(logical_lines_build(&ck, &ll));
    ck_assert_uint_eq(ll.nlines, 3); /* the list, the comment, y = 2 (the blank line is none) */
    ck_assert_uint_eq(ll.lines[1].flags, LLF_COMMENT);
    ck_assert_uint_eq(ll.toks[ll.lines[2].first].start, (uint32_t)(strstr(code, "y") - code));
    logical_lines_free(&ll);
}
END_TEST

START_TEST(doc_line_too_long_needs_the_option)
{
    const char *code = "def f():\n    \"\"\"A docstring whose line is rather long.\"\"\"\n    # a comment that is long too\n"
                       "    return 1  # an inline comment is not a doc line\n";
    ck_assert_str_eq(lint(code, "W505", 0), "");
    ck_assert_str_eq(lint(code, "W505", 30), "2:31 W505;3:31 W505;");
}
END_TEST

START_TEST(type_comparison_respects_shadowing)
{
    ck_assert_str_eq(lint("if type(a) == int:\n    pass\n", "E721", 0), "1:4 E721;");
    ck_assert_str_eq(lint("def f(type):\n    return type == int\n", "E721", 0), "2:12 E721;"); /* int is still the builtin */
    ck_assert_str_eq(lint("def f(type, int):\n    return type == int\n", "E721", 0), "");
    ck_assert_str_eq(lint("int = 3\nif type(a) == int:\n    pass\n", "E721", 0), "2:4 E721;");
    ck_assert_str_eq(lint("def type(x):\n    pass\n\n\nif type(a) == b:\n    pass\n", "E721", 0), "");
}
END_TEST

START_TEST(keyword_spacing_skips_singletons)
{
    /* Ruff 0.17 does not treat True / False / None as keywords for E271-E274. */
    ck_assert_str_eq(lint("x = (1,  None)\ny = 1 if  z else 2\n", "E271 E272", 0), "2:9 E271;");
}
END_TEST

START_TEST(tree_rules_skip_files_with_syntax_errors)
{
    ck_assert_str_eq(lint("l = 1\n", "E741", 0), "1:1 E741;");
    ck_assert_str_eq(lint("l = 1\nx = (\n", "E741", 0), "invalid-syntax;");
    /* token rules still run */
    ck_assert_str_eq(lint("x = 1;\ny = (\n", "E703", 0), "1:6 E703;invalid-syntax;");
}
END_TEST

START_TEST(module_import_boundary)
{
    ck_assert_str_eq(lint("\"\"\"doc\"\"\"\nimport os\n__all__ = []\nimport sys\nsys.path.insert(0, 'x')\n"
                          "import re\nif x:\n    pass\nimport json\nx = 1\nimport csv\n", "E402", 0),
                     "11:1 E402;");
}
END_TEST

START_TEST(blank_lines_at_end_of_file)
{
    ck_assert_str_eq(lint("x = 1\n", "W391", 0), "");
    ck_assert_str_eq(lint("x = 1\n\n", "W391", 0), "2:1 W391;");
    ck_assert_str_eq(lint("if x:\n    y = 1\n\n\n\n", "W391", 0), "3:1 W391;");
}
END_TEST

Suite *suite_pycodestyle(void)
{
    Suite *s = suite_create("pycodestyle");
    TCase *tc = tcase_create("rules");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, logical_lines_join_brackets);
    tcase_add_test(tc, doc_line_too_long_needs_the_option);
    tcase_add_test(tc, type_comparison_respects_shadowing);
    tcase_add_test(tc, keyword_spacing_skips_singletons);
    tcase_add_test(tc, tree_rules_skip_files_with_syntax_errors);
    tcase_add_test(tc, module_import_boundary);
    tcase_add_test(tc, blank_lines_at_end_of_file);
    suite_add_tcase(s, tc);
    return s;
}
