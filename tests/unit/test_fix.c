/* test_fix.c: the fix model: pass order, overlap and isolation, identical edits, settings
 * (fixable, extend-safe/unsafe-fixes), the loop's convergence limit and syntax revert. */
#include <check.h>
#include <string.h>

#include "lint/fix.h"
#include "lint/fix_loop.h"

static Arena A;

static void setup(void) { arena_init(&A); }
static void teardown(void) { arena_free(&A); }

/* A diagnostic of `rule` with a fix of the given edits. */
static Diagnostic mk(RuleId rule, Applicability app, const Edit *edits, uint32_t n)
{
    Diagnostic d = {.rule = rule, .message = "m"};
    d.fix = fix_new(&A, app, edits, n);
    d.start = n ? edits[0].start : 0;
    return d;
}

static const char *pass(const char *text, Diagnostic *d, uint32_t n, Applicability req, FixTable *t)
{
    char *out = NULL;
    uint32_t len = 0;
    FixPassStatus st = fix_apply_pass(&A, text, (uint32_t)strlen(text), d, n, req, &out, &len, t);
    if (st == FIX_PASS_NONE)
        return NULL;
    ck_assert_int_eq(st, FIX_PASS_APPLIED);
    ck_assert_uint_eq(strlen(out), len);
    return out;
}

START_TEST(applies_by_start_not_report_order)
{
    /* Reported out of order: the pass sorts by the first edit's start. */
    Diagnostic d[2] = {
        mk(RULE_W291, APPLY_SAFE, (Edit[]){{6, 8, "X"}}, 1),
        mk(RULE_W293, APPLY_SAFE, (Edit[]){{0, 1, "Y"}}, 1),
    };
    FixTable t;
    ck_assert_str_eq(pass("abcdefghij", d, 2, APPLY_SAFE, &t), "YbcdefXij");
    ck_assert_uint_eq(t.total, 2);
    ck_assert_uint_eq(t.counts[RULE_W291], 1);
    ck_assert_uint_eq(t.counts[RULE_W293], 1);
}
END_TEST

START_TEST(overlapping_and_adjacent_fixes_wait)
{
    /* [2,5) is applied; [4,6) overlaps it; [5,7) starts where it ended (Ruff skips that too:
     * last_pos >= start); [7,8) is clear. */
    Diagnostic d[4] = {
        mk(RULE_W291, APPLY_SAFE, (Edit[]){{2, 5, ""}}, 1),
        mk(RULE_W291, APPLY_SAFE, (Edit[]){{4, 6, "Q"}}, 1),
        mk(RULE_W291, APPLY_SAFE, (Edit[]){{5, 7, "R"}}, 1),
        mk(RULE_W291, APPLY_SAFE, (Edit[]){{7, 8, "S"}}, 1),
    };
    FixTable t;
    ck_assert_str_eq(pass("0123456789", d, 4, APPLY_SAFE, &t), "0156S89");
    ck_assert_uint_eq(t.total, 2);
}
END_TEST

START_TEST(insertions_at_same_point)
{
    /* Two insertions at the same offset: the second overlaps (last_pos >= start). */
    Diagnostic d[2] = {
        mk(RULE_W292, APPLY_SAFE, (Edit[]){{3, 3, "\n"}}, 1),
        mk(RULE_W291, APPLY_SAFE, (Edit[]){{3, 3, "!"}}, 1),
    };
    ck_assert_str_eq(pass("abc", d, 2, APPLY_SAFE, NULL), "abc\n");
}
END_TEST

START_TEST(identical_edits_are_shared)
{
    /* Two fixes that share an edit: the second applies its remaining edit and counts. */
    Diagnostic d[2] = {
        mk(RULE_W291, APPLY_SAFE, (Edit[]){{0, 1, "A"}, {4, 5, "E"}}, 2),
        mk(RULE_W293, APPLY_SAFE, (Edit[]){{0, 1, "A"}, {6, 7, "G"}}, 2),
    };
    FixTable t;
    ck_assert_str_eq(pass("abcdefgh", d, 2, APPLY_SAFE, &t), "AbcdEfGh");
    ck_assert_uint_eq(t.total, 2);
    /* A fix whose every edit was applied already still counts, and changes nothing. */
    Diagnostic e[2] = {
        mk(RULE_W291, APPLY_SAFE, (Edit[]){{1, 2, "B"}}, 1),
        mk(RULE_W293, APPLY_SAFE, (Edit[]){{1, 2, "B"}}, 1),
    };
    ck_assert_str_eq(pass("abc", e, 2, APPLY_SAFE, &t), "aBc");
    ck_assert_uint_eq(t.total, 2);
}
END_TEST

START_TEST(isolation_group_one_per_pass)
{
    Diagnostic d[3] = {
        mk(RULE_W291, APPLY_SAFE, (Edit[]){{0, 1, "A"}}, 1),
        mk(RULE_W291, APPLY_SAFE, (Edit[]){{2, 3, "C"}}, 1),
        mk(RULE_W291, APPLY_SAFE, (Edit[]){{4, 5, "E"}}, 1),
    };
    fix_isolate(d[0].fix, 7);
    fix_isolate(d[1].fix, 7);
    FixTable t;
    ck_assert_str_eq(pass("abcdef", d, 3, APPLY_SAFE, &t), "AbcdEf");
    ck_assert_uint_eq(t.total, 2);
    /* A group member skipped for overlap still uses up the group (Ruff inserts the group first). */
    Diagnostic e[3] = {
        mk(RULE_W291, APPLY_SAFE, (Edit[]){{0, 3, "X"}}, 1),
        mk(RULE_W291, APPLY_SAFE, (Edit[]){{1, 2, "Y"}}, 1),
        mk(RULE_W291, APPLY_SAFE, (Edit[]){{4, 5, "Z"}}, 1),
    };
    fix_isolate(e[1].fix, 1);
    fix_isolate(e[2].fix, 1);
    ck_assert_str_eq(pass("abcdef", e, 3, APPLY_SAFE, &t), "Xdef");
    ck_assert_uint_eq(t.total, 1);
}
END_TEST

START_TEST(applicability_levels)
{
    Diagnostic d[3] = {
        mk(RULE_W291, APPLY_SAFE, (Edit[]){{0, 1, "S"}}, 1),
        mk(RULE_W291, APPLY_UNSAFE, (Edit[]){{2, 3, "U"}}, 1),
        mk(RULE_W291, APPLY_DISPLAY_ONLY, (Edit[]){{4, 5, "D"}}, 1),
    };
    ck_assert_str_eq(pass("abcdef", d, 3, APPLY_SAFE, NULL), "Sbcdef");
    ck_assert_str_eq(pass("abcdef", d, 3, APPLY_UNSAFE, NULL), "SbUdef");
    /* Only unsafe and display-only fixes at the safe level: nothing to do. */
    ck_assert_ptr_null(pass("abcdef", d + 1, 2, APPLY_SAFE, NULL));
}
END_TEST

START_TEST(f811_first_then_position)
{
    /* Without F811 in the registry, ties on start keep report order. */
    Diagnostic d[2] = {
        mk(RULE_W293, APPLY_SAFE, (Edit[]){{0, 2, "1"}}, 1),
        mk(RULE_W291, APPLY_SAFE, (Edit[]){{0, 1, "2"}}, 1),
    };
    ck_assert_str_eq(pass("abc", d, 2, APPLY_SAFE, NULL), "1c");
    Diagnostic e[2] = {d[1], d[0]};
    ck_assert_str_eq(pass("abc", e, 2, APPLY_SAFE, NULL), "2bc");
}
END_TEST

START_TEST(syntax_errors_never_fixed)
{
    Diagnostic d = mk(RULE__COUNT, APPLY_SAFE, (Edit[]){{0, 1, "S"}}, 1);
    ck_assert_ptr_null(pass("abc", &d, 1, APPLY_SAFE, NULL));
}
END_TEST

START_TEST(settings_fixable_and_safety)
{
    LintSettings s;
    lint_settings_default(&s);
    ruleset_add(&s.fixable, RULE_W291);
    ruleset_add(&s.fixable, RULE_W293);
    /* As the resolver leaves them for extend-safe-fixes = ["W"], extend-unsafe-fixes = ["W291"]. */
    ruleset_add(&s.extend_unsafe_fixes, RULE_W291);
    ruleset_add(&s.extend_safe_fixes, RULE_W292);
    ruleset_add(&s.extend_safe_fixes, RULE_W293);
    Diagnostic d[4] = {
        mk(RULE_W291, APPLY_SAFE, (Edit[]){{0, 1, ""}}, 1),
        mk(RULE_W293, APPLY_UNSAFE, (Edit[]){{1, 2, ""}}, 1),
        mk(RULE_W292, APPLY_SAFE, (Edit[]){{2, 2, "\n"}}, 1),
        mk(RULE_W293, APPLY_DISPLAY_ONLY, (Edit[]){{1, 2, ""}}, 1),
    };
    fix_settings_apply(d, 4, &s);
    ck_assert_int_eq(d[0].fix->applicability, APPLY_UNSAFE);       /* demoted */
    ck_assert_int_eq(d[1].fix->applicability, APPLY_SAFE);         /* promoted */
    ck_assert_ptr_null(d[2].fix);                                   /* W292 not fixable */
    ck_assert_int_eq(d[3].fix->applicability, APPLY_DISPLAY_ONLY);  /* left alone */
}
END_TEST

/* ---- the loop, with fake linters ---------------------------------------------------------- */

/* Always offers to insert "x" at the start: never converges. */
static bool lint_forever(void *ctx, Arena *arena, const SourceFile *src, const LintSettings *s, DiagVec *diags)
{
    diags->len = 0;
    Diagnostic d = mk(RULE_W291, APPLY_SAFE, (Edit[]){{0, 0, "x"}}, 1);
    d.fix = fix_new(arena, APPLY_SAFE, (Edit[]){{0, 0, "x"}}, 1);
    return vec_push(diags, d);
}

/* One fix per trailing "!", each deleting it: adjacent fixes wait for the next pass, so
 * "hi!!!!" takes three passes (2 removed, then 1, then 1). */
static bool lint_bangs(void *ctx, Arena *arena, const SourceFile *src, const LintSettings *s, DiagVec *diags)
{
    diags->len = 0;
    uint32_t n = src->len;
    while (n > 0 && src->text[n - 1] == '!')
        n--;
    for (uint32_t i = n; i < src->len; i++) {
        Diagnostic d = {.rule = RULE_W291, .message = "bang", .start = i};
        d.fix = fix_new(arena, APPLY_SAFE, (Edit[]){{i, i + 1, ""}}, 1);
        if (!vec_push(diags, d))
            return false;
    }
    return true;
}

static bool parses_yes(void *ctx, const char *t, uint32_t n) { return true; }
/* "Parses" while the text has no "xxx". */
static bool parses_no_xxx(void *ctx, const char *t, uint32_t n) { return !memmem(t, n, "xxx", 3); }

static void loop(const char *text, FixLoopHooks *h, FixOutcome *out, DiagVec *diags)
{
    SourceFile src;
    ck_assert(source_init(&src, &A, "t.py", arena_strdup(&A, text), (uint32_t)strlen(text)));
    LintSettings s;
    lint_settings_default(&s);
    ck_assert(fix_apply_loop_with(&A, &src, &s, APPLY_SAFE, diags, out, h));
    ck_assert_ptr_eq(src.text, out->text);
}

START_TEST(loop_converges_pass_by_pass)
{
    FixLoopHooks h = {lint_bangs, parses_yes, NULL};
    FixOutcome out;
    DiagVec diags = {0};
    loop("hi!!!!", &h, &out, &diags);
    ck_assert_int_eq(out.status, FIX_STATUS_OK);
    ck_assert_str_eq(out.text, "hi");
    ck_assert_uint_eq(out.passes, 3);
    ck_assert_uint_eq(out.fixed.total, 4);
    ck_assert_uint_eq(out.fixed.counts[RULE_W291], 4);
    ck_assert(out.changed);
    ck_assert_uint_eq(diags.len, 0);
    vec_free(&diags);
}
END_TEST

START_TEST(loop_stops_after_100_passes)
{
    FixLoopHooks h = {lint_forever, parses_yes, NULL};
    FixOutcome out;
    DiagVec diags = {0};
    loop("a", &h, &out, &diags);
    ck_assert_int_eq(out.status, FIX_STATUS_NOT_CONVERGED);
    ck_assert_uint_eq(out.passes, FIX_MAX_ITERATIONS);
    ck_assert_uint_eq(out.len, 1 + FIX_MAX_ITERATIONS);
    ck_assert_uint_eq(out.fixed.total, FIX_MAX_ITERATIONS);
    ck_assert_str_eq(out.codes, "W291");
    vec_free(&diags);
}
END_TEST

START_TEST(loop_reverts_when_syntax_breaks)
{
    FixLoopHooks h = {lint_forever, parses_no_xxx, NULL};
    FixOutcome out;
    DiagVec diags = {0};
    loop("a", &h, &out, &diags);
    ck_assert_int_eq(out.status, FIX_STATUS_SYNTAX_REVERTED);
    ck_assert_str_eq(out.text, "a");
    ck_assert(!out.changed);
    ck_assert_uint_eq(out.fixed.total, 0);
    ck_assert_str_eq(out.codes, "W291");
    /* The original is linted again: its diagnostic is there. */
    ck_assert_uint_eq(diags.len, 1);
    vec_free(&diags);
}
END_TEST

START_TEST(loop_never_fixes_unparsable_source)
{
    FixLoopHooks h = {lint_forever, parses_no_xxx, NULL};
    FixOutcome out;
    DiagVec diags = {0};
    loop("xxx", &h, &out, &diags);
    ck_assert_int_eq(out.status, FIX_STATUS_OK);
    ck_assert_str_eq(out.text, "xxx");
    ck_assert_uint_eq(out.passes, 0);
    ck_assert_ptr_null(diags.data[0].fix);
    vec_free(&diags);
}
END_TEST

START_TEST(loop_real_rules)
{
    /* W291 + W293 + W292 with the real checker, CRLF kept. */
    SourceFile src;
    const char *text = "a = 1  \r\n   \r\nb = 2";
    ck_assert(source_init(&src, &A, "t.py", arena_strdup(&A, text), (uint32_t)strlen(text)));
    LintSettings s;
    lint_settings_default(&s);
    ruleset_add(&s.enabled, RULE_W291);
    ruleset_add(&s.enabled, RULE_W292);
    ruleset_add(&s.enabled, RULE_W293);
    s.fixable = s.enabled;
    FixOutcome out;
    DiagVec diags = {0};
    ck_assert(fix_apply_loop(&A, &src, &s, APPLY_SAFE, &diags, &out));
    ck_assert_str_eq(out.text, "a = 1\r\n\r\nb = 2\r\n");
    ck_assert_uint_eq(out.fixed.total, 3);
    ck_assert_uint_eq(out.passes, 1);
    ck_assert_uint_eq(diags.len, 0);
    /* unfixable W292: the newline stays missing and W292 remains, without a fix. */
    ruleset_remove(&s.fixable, RULE_W292);
    ck_assert(source_init(&src, &A, "t.py", arena_strdup(&A, text), (uint32_t)strlen(text)));
    ck_assert(fix_apply_loop(&A, &src, &s, APPLY_SAFE, &diags, &out));
    ck_assert_str_eq(out.text, "a = 1\r\n\r\nb = 2");
    ck_assert_uint_eq(diags.len, 1);
    ck_assert_int_eq(diags.data[0].rule, RULE_W292);
    ck_assert_ptr_null(diags.data[0].fix);
    vec_free(&diags);
}
END_TEST

Suite *suite_fix(void)
{
    Suite *s = suite_create("fix");
    TCase *tc = tcase_create("model");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, applies_by_start_not_report_order);
    tcase_add_test(tc, overlapping_and_adjacent_fixes_wait);
    tcase_add_test(tc, insertions_at_same_point);
    tcase_add_test(tc, identical_edits_are_shared);
    tcase_add_test(tc, isolation_group_one_per_pass);
    tcase_add_test(tc, applicability_levels);
    tcase_add_test(tc, f811_first_then_position);
    tcase_add_test(tc, syntax_errors_never_fixed);
    tcase_add_test(tc, settings_fixable_and_safety);
    tcase_add_test(tc, loop_converges_pass_by_pass);
    tcase_add_test(tc, loop_stops_after_100_passes);
    tcase_add_test(tc, loop_reverts_when_syntax_breaks);
    tcase_add_test(tc, loop_never_fixes_unparsable_source);
    tcase_add_test(tc, loop_real_rules);
    suite_add_tcase(s, tc);
    return s;
}
