/* test_semantic_fixes.c: every pyflakes fixture with all its fixes applied (safe and unsafe, by
 * the fix loop) against its reviewed result tests/fixtures/pyflakes/<CODE>.fixed, which is what
 * Ruff 0.17's fix loop produces for the same file. */
#include <check.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lint/fix_loop.h"
#include "util/str.h"

static bool read_text(const char *path, Buf *out)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    char tmp[65536];
    size_t n;
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
        buf_append(out, tmp, n);
    fclose(f);
    buf_append(out, "", 0);
    return true;
}

static glob_t fixtures;

START_TEST(fixture_fixes_match)
{
    const char *py = fixtures.gl_pathv[_i];
    const char *base = strrchr(py, '/') + 1;
    char fixed[4096];
    snprintf(fixed, sizeof fixed, "%.*s.fixed", (int)(strlen(py) - 3), py);
    Buf src_text = {0}, want = {0};
    ck_assert(read_text(py, &src_text));
    ck_assert_msg(read_text(fixed, &want), "%s has no %s", py, fixed);

    LintSettings s;
    lint_settings_default(&s);
    char code[5] = {0};
    memcpy(code, base, 4);
    RuleId r = rule_by_code(code);
    ck_assert_int_ne(r, RULE__COUNT);
    ruleset_add(&s.enabled, r);
    ruleset_add(&s.fixable, r);

    Arena a;
    arena_init(&a);
    SourceFile src;
    ck_assert(source_init(&src, &a, py, arena_strndup(&a, src_text.data, src_text.len), (uint32_t)src_text.len));
    DiagVec d = {0};
    ck_assert(vec_reserve(&d, 1));
    FixOutcome out;
    ck_assert(fix_apply_loop(&a, &src, &s, APPLY_UNSAFE, &d, &out));
    ck_assert_int_eq(out.status, FIX_STATUS_OK);
    ck_assert_msg(out.len == want.len && memcmp(out.text, want.data, want.len) == 0, "%s: fixed text differs from %s:\n%.*s", py,
                  fixed, (int)out.len, out.text);
    vec_free(&d);
    arena_free(&a);
    buf_free(&src_text);
    buf_free(&want);
}
END_TEST

static void unglob(void)
{
    globfree(&fixtures);
}

Suite *suite_semantic_fixes(void)
{
    Suite *s = suite_create("semantic_fixes");
    TCase *tc = tcase_create("fixed");
    if (glob("tests/fixtures/pyflakes/F*.py", 0, NULL, &fixtures) == 0) {
        atexit(unglob);
        tcase_add_loop_test(tc, fixture_fixes_match, 0, (int)fixtures.gl_pathc);
    }
    suite_add_tcase(s, tc);
    return s;
}
