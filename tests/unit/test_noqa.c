/* test_noqa.c: the suppression comment lexers, the token scanner, the noqa mapping, --add-noqa
 * and --ignore-noqa (the fixtures in tests/fixtures/noqa cover the whole behaviour). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lint/checker.h"
#include "lint/noqa.h"
#include "lint/noqa_add.h"
#include "lint/noqa_parse.h"
#include "lint/noqa_tokens.h"
#include "syntax/lexer.h"

/* Lex `text` as an inline directive; returns the kind and the codes joined by ','. */
static NoqaLex lex(const char *text, char *codes, bool file)
{
    Arena a;
    arena_init(&a);
    NoqaDirective d;
    uint32_t n = (uint32_t)strlen(text);
    NoqaLex k = file ? noqa_lex_file(&a, text, 0, n, &d) : noqa_lex_inline(&a, text, 0, n, &d);
    codes[0] = 0;
    for (uint32_t i = 0; i < d.ncodes; i++)
        sprintf(codes + strlen(codes), "%s%.*s", i ? "," : "", (int)(d.codes[i].end - d.codes[i].start), text + d.codes[i].start);
    arena_free(&a);
    return k;
}

START_TEST(inline_forms)
{
    char c[256];
    ck_assert_int_eq(lex("# noqa", c, false), NOQA_ALL);
    ck_assert_int_eq(lex("#NOQA", c, false), NOQA_ALL);
    ck_assert_int_eq(lex("# noqa because", c, false), NOQA_ALL);
    ck_assert_int_eq(lex("# noqa#other", c, false), NOQA_ALL);
    ck_assert_int_eq(lex("#noqa:E501,W291", c, false), NOQA_CODES);
    ck_assert_str_eq(c, "E501,W291");
    ck_assert_int_eq(lex("# noqa : E501 W291 reason F401", c, false), NOQA_CODES);
    ck_assert_str_eq(c, "E501,W291");
    ck_assert_int_eq(lex("# first # NoQA: W291", c, false), NOQA_CODES);
    ck_assert_str_eq(c, "W291");
    ck_assert_int_eq(lex("# noqa:E501F401", c, false), NOQA_CODES);
    ck_assert_str_eq(c, "E501,F401");
    ck_assert_int_eq(lex("# noqa: E501,,W291", c, false), NOQA_CODES);
    ck_assert_str_eq(c, "E501,W291");
    ck_assert_int_eq(lex("# noqa; E501", c, false), NOQA_INVALID);
    ck_assert_int_eq(lex("# noqa: unused-import", c, false), NOQA_INVALID);
    ck_assert_int_eq(lex("# noqa: E501x", c, false), NOQA_INVALID);
    ck_assert_int_eq(lex("# noqaE501", c, false), NOQA_INVALID);
    ck_assert_int_eq(lex("# not a directive", c, false), NOQA_NONE);
}
END_TEST

START_TEST(file_forms)
{
    char c[256];
    ck_assert_int_eq(lex("# ruff: noqa", c, true), NOQA_ALL);
    ck_assert_int_eq(lex("#flake8:NOQA", c, true), NOQA_ALL);
    ck_assert_int_eq(lex("# snipe : noqa: E501, W291", c, true), NOQA_CODES);
    ck_assert_str_eq(c, "E501,W291");
    ck_assert_int_eq(lex("# Ruff: noqa", c, true), NOQA_NONE);
    ck_assert_int_eq(lex("# noqa", c, true), NOQA_NONE);
}
END_TEST

START_TEST(suppression_forms)
{
    Arena a;
    arena_init(&a);
    const char *t = "# ruff: ignore[E501, W291,] why # snipe:disable[E101] # ruff: enable E1 # ruff: file-ignore[]";
    SuppComment *sc = NULL;
    uint32_t n = 0, cap = 0;
    ck_assert(supp_parse_comment(&a, t, 0, (uint32_t)strlen(t), &sc, &n, &cap));
    ck_assert_uint_eq(n, 2);
    ck_assert_int_eq(sc[0].action, SUPP_IGNORE);
    ck_assert_uint_eq(sc[0].ncodes, 2);
    ck_assert_int_eq(sc[1].action, SUPP_DISABLE);
    ck_assert_uint_eq(sc[1].start, (uint32_t)(strstr(t, "# snipe") - t));
    ck_assert_uint_eq(sc[1].end, (uint32_t)(strstr(t, "# ruff: enable") - t));
    arena_free(&a);
}
END_TEST

START_TEST(codes_and_redirects)
{
    ck_assert_str_eq(noqa_redirect("M001"), "RUF100");
    ck_assert_str_eq(noqa_redirect("E501"), "E501");
    ck_assert(noqa_is_ruff_code("F401"));
    ck_assert(noqa_is_ruff_code("RUF100"));
    ck_assert(!noqa_is_ruff_code("XYZ123"));
    ck_assert_int_eq(noqa_rule_of("M001"), RULE_RUF100);
}
END_TEST

static PyTokens scan(Arena *a, const char *text)
{
    TokenList tl = {0};
    SyntaxErrors errs = {0};
    PyTokens t;
    ck_assert(lex_source(a, text, (uint32_t)strlen(text), &tl, &errs));
    ck_assert(pytokens_from_tokens(a, text, (uint32_t)strlen(text), &tl, &t));
    return t;
}

START_TEST(scanner_strings_and_comments)
{
    Arena a;
    arena_init(&a);
    const char *t1 = "x = '#' # real\ny = \"\"\"a\n# no\n\"\"\"  # yes\nz = f'{a[\"#\"]:>{w}}' # c\n";
    PyTokens t = scan(&a, t1);
    ck_assert_uint_eq(t.ncomments, 3);
    ck_assert_uint_eq(t.comments[0].start, 8);
    ck_assert_uint_eq(t.nmultiline, 1);
    ck_assert(pytokens_in_multiline(&t, (uint32_t)(strstr(t1, "# no") - t1), (uint32_t)(strstr(t1, "# no") - t1) + 4));
    ck_assert_uint_eq(t.ninterp, 1);
    /* PEP 701: the same quotes inside a replacement field; a comment in a multi-line field. */
    const char *t2 = "s = f\"{\"a\" + f'{x!r}'}\" # c1\nu = f\"\"\"{\n  1 # c2\n}\"\"\"\n";
    t = scan(&a, t2);
    ck_assert_uint_eq(t.ncomments, 2);
    ck_assert_uint_eq(t.ninterp, 3);
    /* Unterminated strings end at the line end. */
    t = scan(&a, "x = 'abc\n# c\n");
    ck_assert_uint_eq(t.ncomments, 1);
    /* Continuations and indentation tokens. */
    t = scan(&a, "if x:\n    y = 1 + \\\n        2\nz = 3\n");
    ck_assert_uint_eq(t.ncont, 1);
    int indents = 0, dedents = 0;
    for (uint32_t i = 0; i < t.ntoks; i++) {
        indents += pytok_kind(&t.toks[i]) == PT_INDENT;
        dedents += pytok_kind(&t.toks[i]) == PT_DEDENT;
    }
    ck_assert_int_eq(indents, 1);
    ck_assert_int_eq(dedents, 1);
    arena_free(&a);
}
END_TEST

/* The line table only lets pytokens_of_source skip gaps: the continuations are the same. */
START_TEST(scanner_continuations_with_line_table)
{
    static const char *const texts[] = {
        "x = 1 + \\\n    2\n",
        "x = (1 +\r\n  2) + \\\r\n  3\r\n",
        "x = 1 + \\\r  2\ry = 3\r",
        "if a:\n    b = \\\n\\\n        c\n",
        "x = 1 \\\n",
        "x = 1 \\",
        "s = '''a\nb''' + \\\n  f'{x}'\n",
        "x = 'abc\\\ndef' + \\\n  1\n",
        "y = f\"\"\"a\n{b}\"\"\"  # c \\\nz = \"\"\"\\\n\"\"\" + \\\n  2  # d\n",
    };
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
        Arena a;
        arena_init(&a);
        const char *text = texts[k];
        uint32_t len = (uint32_t)strlen(text);
        TokenList tl = {0};
        SyntaxErrors errs = {0};
        ck_assert(lex_source(&a, text, len, &tl, &errs));
        SourceFile src;
        ck_assert(source_init(&src, &a, "t.py", text, len));
        PyTokens p1, p2;
        ck_assert(pytokens_from_tokens(&a, text, len, &tl, &p1));
        ck_assert(pytokens_of_source(&a, &src, &tl, &p2));
        ck_assert_uint_eq(p1.ncont, p2.ncont);
        if (k == 0 || k == 2)
            ck_assert_uint_eq(p1.ncont, 1);
        if (k == 3)
            ck_assert_uint_eq(p1.ncont, 2);
        if (k == 8) { /* backslashes ending a comment or inside a string join nothing */
            ck_assert_uint_eq(p1.ncont, 1);
            ck_assert_uint_eq(p1.nmlstrings, 1);
            ck_assert_uint_eq(p1.ninterp, 1);
            ck_assert_uint_eq(p1.ncomments, 2);
        }
        for (uint32_t i = 0; i < p1.ncont; i++)
            ck_assert_uint_eq(p1.cont_lines[i], p2.cont_lines[i]);
        ck_assert_uint_eq(p1.nmlstrings, p2.nmlstrings);
        /* The mapping-only view finds the same continuations, strings and f-strings. */
        PyTokens p3;
        bool directive = true;
        ck_assert(pytokens_mapping_of_source(&a, &src, &tl, &p3, &directive));
        ck_assert(!directive);
        if (errs.len == 0) {
            ck_assert_uint_eq(p3.ncont, p1.ncont);
            for (uint32_t i = 0; i < p1.ncont; i++)
                ck_assert_uint_eq(p3.cont_lines[i], p1.cont_lines[i]);
            ck_assert_uint_eq(p3.nmlstrings, p1.nmlstrings);
            ck_assert_uint_eq(p3.ninterp, p1.ninterp);
            ck_assert_uint_eq(p3.ncomments, 0);
            /* ... and the whole view of a file without syntax errors is the same. */
            PyTokens p4;
            ck_assert(pytokens_of_valid_source(&a, &src, &tl, &p4));
            ck_assert_uint_eq(p4.ncont, p1.ncont);
            for (uint32_t i = 0; i < p1.ncont; i++)
                ck_assert_uint_eq(p4.cont_lines[i], p1.cont_lines[i]);
            ck_assert_uint_eq(p4.nmlstrings, p1.nmlstrings);
            ck_assert_uint_eq(p4.nmultiline, p1.nmultiline);
            ck_assert_uint_eq(p4.ncomments, p1.ncomments);
            ck_assert_uint_eq(p4.ninterp, p1.ninterp);
        }
        arena_free(&a);
    }
}
END_TEST

/* Whether a file may hold a directive: "noqa" in any case anywhere in it (as build_directives
 * looks, so also in a string), or a comment with `ruff` or `snipe` right after a `#`. */
START_TEST(mapping_view_directive_comments)
{
    static const struct {
        const char *text;
        bool directive;
    } cases[] = {
        {"x = 1  # a comment\ny = 'ruff snipe # ruff'\n", false},
        {"x = 1  # a comment\ny = 'NOQA'\n", true},
        {"x = 1  # why ruff says so\n", false},
        {"x = 1  # why # ruff: disable[E501]\n", true},
        {"x = 1  # a ##ruff: disable[E501]\n", true},
        {"x = 1  #\t  snipe: ignore[E501]\n", true},
        {"x = 1  # rust # so\n", false},
        {"x = 1  # NoQA\n", true},
        {"# ruff: disable[E501]\nx = 1\n", true},
        {"x = 1  # snipe: ignore[E501]\n", true},
        {"x = 1  # Ruff and Snip\n", false},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        Arena a;
        arena_init(&a);
        uint32_t len = (uint32_t)strlen(cases[k].text);
        TokenList tl = {0};
        SyntaxErrors errs = {0};
        ck_assert(lex_source(&a, cases[k].text, len, &tl, &errs));
        SourceFile src;
        ck_assert(source_init(&src, &a, "t.py", cases[k].text, len));
        PyTokens t;
        bool directive;
        ck_assert(pytokens_mapping_of_source(&a, &src, &tl, &t, &directive));
        ck_assert_int_eq(directive, cases[k].directive);
        arena_free(&a);
    }
}
END_TEST

/* Without any directive in the file: continuations and multi-line f-strings still move the
 * noqa offset to their last line. */
START_TEST(noqa_offset_moves_without_directives)
{
    const char *code = "x = a + \\\n    2 \\\n    + 3\ny = f'''{x}  \n{x}'''\nz = 1  \n";
    Arena a;
    arena_init(&a);
    SourceFile src;
    ck_assert(source_init(&src, &a, "t.py", code, (uint32_t)strlen(code)));
    LintSettings s;
    lint_settings_default(&s);
    ruleset_add(&s.enabled, RULE_W291);
    ruleset_add(&s.enabled, RULE_F821); /* `a` on line 1: its noqa goes on line 3 */
    DiagVec v = {0};
    ck_assert(lint_source(&a, &src, &s, &v));
    ck_assert_uint_eq(v.len, 3);
    static const uint32_t rows[] = {3, 5, 6};
    for (uint32_t i = 0; i < 3; i++) {
        uint32_t r, c;
        source_location(&src, v.data[i].noqa_offset, &r, &c);
        ck_assert_uint_eq(r, rows[i]);
    }
    vec_free(&v);
    arena_free(&a);
}
END_TEST

/* Lint `code` with `select` and return the diagnostics' "row:col CODE" joined by spaces. */
static void lint(const char *code, const char *select, bool ignore_noqa, char *out)
{
    Arena a;
    arena_init(&a);
    SourceFile src;
    ck_assert(source_init(&src, &a, "t.py", code, (uint32_t)strlen(code)));
    LintSettings s;
    lint_settings_default(&s);
    char buf[256];
    snprintf(buf, sizeof buf, "%s", select);
    for (char *c = strtok(buf, ","); c; c = strtok(NULL, ",")) {
        Selector sel;
        ck_assert(selector_parse(c, &sel));
        ruleset_union(&s.enabled, &sel.rules);
    }
    s.ignore_noqa = ignore_noqa;
    DiagVec v = {0};
    ck_assert(lint_source(&a, &src, &s, &v));
    out[0] = 0;
    for (uint32_t i = 0; i < v.len; i++) {
        uint32_t r, c;
        source_location(&src, v.data[i].start, &r, &c);
        sprintf(out + strlen(out), "%s%u:%u %s", i ? " " : "", r, c, diag_code(&v.data[i]));
    }
    vec_free(&v);
    arena_free(&a);
}

START_TEST(mapping_and_ignore_noqa)
{
    char out[1024];
    /* A noqa after a multi-line string covers its lines; `# noqa` inside a string is text. */
    lint("x = \"\"\"  \n\"\"\"  # noqa: W291\ny = \"\"\" # noqa\n  \n\"\"\"\n", "W291,W293", false, out);
    ck_assert_str_eq(out, "4:1 W293");
    /* Backslash continuations map to the last line; a shebang to the next line. */
    lint("#!/bin/python  \n# noqa: W291\nx = 1 + \\\n  2  # noqa: E501\n", "W291,E501,RUF100", false, out);
    ck_assert_str_eq(out, "4:6 RUF100");
    lint("x = 1  # noqa   \n", "W291", true, out);
    ck_assert_str_eq(out, "1:14 W291");
}
END_TEST

START_TEST(noqa_offset_moves)
{
    const char *code = "x = \"\"\"\n  \n\"\"\"\ny = 1   \n";
    Arena a;
    arena_init(&a);
    SourceFile src;
    ck_assert(source_init(&src, &a, "t.py", code, (uint32_t)strlen(code)));
    LintSettings s;
    lint_settings_default(&s);
    ruleset_add(&s.enabled, RULE_W293);
    ruleset_add(&s.enabled, RULE_W291);
    DiagVec v = {0};
    ck_assert(lint_source(&a, &src, &s, &v));
    ck_assert_uint_eq(v.len, 2);
    uint32_t r, c;
    source_location(&src, v.data[0].noqa_offset, &r, &c);
    ck_assert_uint_eq(r, 3); /* W293 on line 2, inside the string: its noqa goes on line 3 */
    source_location(&src, v.data[1].noqa_offset, &r, &c);
    ck_assert_uint_eq(r, 4);
    vec_free(&v);
    arena_free(&a);
}
END_TEST

START_TEST(add_noqa_text)
{
    const char *code = "x = 1   \ny = 2  # noqa: E501 old reason\n  \nz = 3 # noqa\n";
    Arena a;
    arena_init(&a);
    SourceFile src;
    ck_assert(source_init(&src, &a, "t.py", code, (uint32_t)strlen(code)));
    LintSettings s;
    lint_settings_default(&s);
    ruleset_add(&s.enabled, RULE_W291);
    ruleset_add(&s.enabled, RULE_W293);
    ruleset_add(&s.enabled, RULE_E501);
    s.ignore_noqa = true;
    DiagVec v = {0};
    ck_assert(lint_source(&a, &src, &s, &v));
    Buf out = {0};
    uint32_t n;
    ck_assert(noqa_add_text(&a, &src, &v, "TODO", false, &out, &n));
    buf_append(&out, "", 0);
    ck_assert_uint_eq(n, 2);
    ck_assert_str_eq(out.data, "x = 1  # noqa: W291 TODO\ny = 2  # noqa: E501 old reason\n# noqa: W293 TODO\nz = 3 # noqa\n");
    buf_free(&out);
    vec_free(&v);
    arena_free(&a);
}
END_TEST

/* A directive on the first line of a `from` import covers its names (Ruff's parent statement):
 * --add-noqa adds nothing for them, and a directive there naming other codes does not count. */
START_TEST(add_noqa_import_parent)
{
    const char *code = "from os import (  # noqa: E501\n    path,\n)\nfrom os import (  # noqa\n    sep,\n)\n"
                       "from os import (  # noqa: F401\n    curdir,\n)\n";
    Arena a;
    arena_init(&a);
    SourceFile src;
    ck_assert(source_init(&src, &a, "t.py", code, (uint32_t)strlen(code)));
    LintSettings s;
    lint_settings_default(&s);
    ruleset_add(&s.enabled, RULE_F401);
    s.ignore_noqa = true;
    DiagVec v = {0};
    ck_assert(lint_source(&a, &src, &s, &v));
    ck_assert_uint_eq(v.len, 3);
    Buf out = {0};
    uint32_t n;
    ck_assert(noqa_add_text(&a, &src, &v, "TODO", false, &out, &n));
    buf_append(&out, "", 0);
    ck_assert_uint_eq(n, 1);
    ck_assert_str_eq(out.data, "from os import (  # noqa: E501\n    path,  # noqa: F401 TODO\n)\nfrom os import (  # noqa\n    sep,\n)\n"
                               "from os import (  # noqa: F401\n    curdir,\n)\n");
    /* without --ignore-noqa the last two are suppressed */
    s.ignore_noqa = false;
    vec_free(&v);
    ck_assert(lint_source(&a, &src, &s, &v));
    ck_assert_uint_eq(v.len, 1);
    buf_free(&out);
    vec_free(&v);
    arena_free(&a);
}
END_TEST

static int run(const char *cmd)
{
    int rc = system(cmd);
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

START_TEST(add_noqa_cli)
{
    const char *bin = getenv("SNIPE_BIN");
    if (!bin)
        bin = "build/snipe";
    char dir[] = "/tmp/snipe-noqa-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char cmd[4096], path[512];
    snprintf(path, sizeof path, "%s/a.py", dir);
    FILE *f = fopen(path, "w");
    fputs("x = 1   \ny = 2\nz = 'a long line, longer than eighty-eight characters, and then a few more words too, really'\n", f);
    fclose(f);
    chmod(path, 0640);
    snprintf(cmd, sizeof cmd, "%s check --isolated --select W291,E501 --add-noqa %s 2>%s/err", bin, path, dir);
    ck_assert_int_eq(run(cmd), 0);
    char buf[256] = "";
    f = fopen(path, "r");
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    fclose(f);
    ck_assert_str_eq(buf, "x = 1  # noqa: W291\ny = 2\nz = 'a long line, longer than eighty-eight characters, and then a few more words too, really'  "
                          "# noqa: E501\n");
    struct stat st;
    ck_assert_int_eq(stat(path, &st), 0);
    ck_assert_int_eq(st.st_mode & 0777, 0640);
    snprintf(path, sizeof path, "%s/err", dir);
    f = fopen(path, "r");
    n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    fclose(f);
    ck_assert_str_eq(buf, "Added 2 noqa directives.\n");
    /* The file is clean now; --ignore-noqa brings the diagnostic back. */
    snprintf(cmd, sizeof cmd, "%s check --isolated --select W291,E501 -q %s/a.py >/dev/null", bin, dir);
    ck_assert_int_eq(run(cmd), 0);
    snprintf(cmd, sizeof cmd, "%s check --isolated --select W291,E501 --ignore-noqa -q %s/a.py >/dev/null", bin, dir);
    ck_assert_int_eq(run(cmd), 1);
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    ck_assert_int_eq(run(cmd), 0);
}
END_TEST

START_TEST(malformed_directive_warnings)
{
    const char *code = "x = 1  # noqa; E501\ny = 2  # noqa: E501,,W291\nw = 1  # ruff: noqa\n";
    Arena a;
    arena_init(&a);
    SourceFile src;
    ck_assert(source_init(&src, &a, "t.py", code, (uint32_t)strlen(code)));
    LintSettings s;
    lint_settings_default(&s);
    ruleset_add(&s.enabled, RULE_E501);
    const char *w = noqa_warnings(&a, &src, &s);
    ck_assert_ptr_nonnull(w);
    ck_assert_str_eq(w, "Invalid `# noqa` directive on t.py:1: expected `:` followed by a comma-separated list of codes "
                        "(e.g., `# noqa: F401, F841`).\n"
                        "Missing or joined rule code(s) at t.py:2: expected rule code between commas\n"
                        "Unexpected `# ruff: noqa` directive at t.py:3. File-level suppression comments must appear on "
                        "their own line. For line-level suppression, omit the `ruff:` prefix.\n");
    /* With --ignore-noqa and no RUF100 the directives are not read at all. */
    s.ignore_noqa = true;
    ck_assert_ptr_null(noqa_warnings(&a, &src, &s));
    ruleset_add(&s.enabled, RULE_RUF100);
    ck_assert_ptr_nonnull(noqa_warnings(&a, &src, &s));
    arena_free(&a);
}
END_TEST

/* source_line_of (a block table, then a step or two) agrees with a plain walk of the line table
 * at every offset, for lines shorter and longer than its 64-byte blocks and every terminator. */
START_TEST(source_line_of_every_offset)
{
    static const char *const texts[] = {
        "",
        "x",
        "\n\n\n",
        "a = 1\r\n\rb = 2\r"
        "# a comment long enough to run past one block of sixty-four bytes, and past two blocks as well: 0123456789\n"
        "\n"
        "y = 'sixty-three bytes.........................................'\n"
        "z = 'sixty-four bytes...........................................'\n"
        "no newline at the end",
        /* '\n' only (the 64-byte chunk path): lines across and on chunk boundaries, a text of
         * exactly 128 bytes ending in a newline */
        "# sixty-three bytes of comment, newline included.............\n"
        "\n"
        "x = 1\n"
        "# a line that runs on and on past the boundary of the second block\n",
        "\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n"
        "\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n"
        "\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n"
        "\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n",
    };
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
        Arena a;
        arena_init(&a);
        uint32_t len = (uint32_t)strlen(texts[k]);
        SourceFile src;
        ck_assert(source_init(&src, &a, "t.py", texts[k], len));
        uint32_t breaks = 0;
        for (uint32_t i = 0; i < len; i++)
            breaks += texts[k][i] == '\n' || (texts[k][i] == '\r' && texts[k][i + 1] != '\n');
        bool ends = len && (texts[k][len - 1] == '\n' || texts[k][len - 1] == '\r');
        ck_assert_uint_eq(src.nlines, len == 0 ? 1 : breaks + !ends);
        for (uint32_t l = 1; l < src.nlines; l++) /* each line starts right after a break */
            ck_assert(texts[k][src.line_starts[l] - 1] == '\n' || texts[k][src.line_starts[l] - 1] == '\r');
        for (uint32_t off = 0; off <= len + 2; off++) {
            uint32_t want = 0;
            while (want + 1 < src.nlines && src.line_starts[want + 1] <= off)
                want++;
            ck_assert_uint_eq(source_line_of(&src, off), want);
        }
        arena_free(&a);
    }
}
END_TEST

Suite *suite_noqa(void)
{
    Suite *s = suite_create("noqa");
    TCase *tc = tcase_create("noqa");
    tcase_add_test(tc, inline_forms);
    tcase_add_test(tc, scanner_continuations_with_line_table);
    tcase_add_test(tc, file_forms);
    tcase_add_test(tc, suppression_forms);
    tcase_add_test(tc, codes_and_redirects);
    tcase_add_test(tc, scanner_strings_and_comments);
    tcase_add_test(tc, mapping_and_ignore_noqa);
    tcase_add_test(tc, noqa_offset_moves);
    tcase_add_test(tc, noqa_offset_moves_without_directives);
    tcase_add_test(tc, mapping_view_directive_comments);
    tcase_add_test(tc, source_line_of_every_offset);
    tcase_add_test(tc, add_noqa_text);
    tcase_add_test(tc, add_noqa_import_parent);
    tcase_add_test(tc, add_noqa_cli);
    tcase_add_test(tc, malformed_directive_warnings);
    suite_add_tcase(s, tc);
    return s;
}
