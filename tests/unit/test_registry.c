/* test_registry.c: rule selectors, selection precedence, and the README's rule table. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config/selection.h"
#include "rules/registry.h"

START_TEST(selector_prefixes)
{
    Selector s;
    ck_assert(selector_parse("E", &s));
    ck_assert(ruleset_has(&s.rules, RULE_E501));
    ck_assert(!ruleset_has(&s.rules, RULE_W291));
    ck_assert(selector_parse("E5", &s));
    ck_assert(ruleset_has(&s.rules, RULE_E501));
    ck_assert(!ruleset_has(&s.rules, RULE_E101));
    ck_assert(selector_parse("E501", &s));
    ck_assert_int_eq(s.spec, SPEC_RULE);
    ck_assert(selector_parse("W29", &s));
    ck_assert(ruleset_has(&s.rules, RULE_W291) && ruleset_has(&s.rules, RULE_W293) && !ruleset_has(&s.rules, RULE_W191));
    ck_assert(selector_parse("ALL", &s));
    ck_assert(ruleset_has(&s.rules, RULE_E101));
    /* A linter snipe does not implement yet is accepted and selects nothing. */
    ck_assert(selector_parse("B", &s));
    ck_assert(ruleset_empty(&s.rules));
    ck_assert(!selector_parse("e501", &s));
    ck_assert(!selector_parse("", &s));
    ck_assert(!selector_parse("XYZ", &s));
    ck_assert(!selector_parse("E50199", &s));
}
END_TEST

START_TEST(select_then_ignore)
{
    /* select = ["E", "W"], ignore = ["W29"], extend-select = ["W292"]: the more specific W292 wins. */
    const char *sel[] = {"E", "W"}, *ign[] = {"W29"}, *ext[] = {"W292"};
    SelectionLayer l = {.select = sel, .nselect = 2, .has_select = true, .ignore = ign, .nignore = 1,
                        .extend_select = ext, .nextend_select = 1};
    RuleSet en, fx;
    const char *bad = NULL;
    ck_assert(selection_resolve(&l, 1, false, &en, &fx, &bad));
    ck_assert(ruleset_has(&en, RULE_E501));
    ck_assert(ruleset_has(&en, RULE_W292));
    ck_assert(!ruleset_has(&en, RULE_W291));
    ck_assert(ruleset_has(&en, RULE_W191));
}
END_TEST

START_TEST(layers_replace_or_extend)
{
    const char *sel1[] = {"E501"}, *ext2[] = {"W291"}, *sel3[] = {"W"};
    SelectionLayer l[3] = {
        {.select = sel1, .nselect = 1, .has_select = true},
        {.extend_select = ext2, .nextend_select = 1},
        {.select = sel3, .nselect = 1, .has_select = true},
    };
    RuleSet en, fx;
    const char *bad = NULL;
    ck_assert(selection_resolve(l, 2, false, &en, &fx, &bad));
    ck_assert(ruleset_has(&en, RULE_E501) && ruleset_has(&en, RULE_W291) && !ruleset_has(&en, RULE_E902));
    ck_assert(selection_resolve(l, 3, false, &en, &fx, &bad));
    ck_assert(!ruleset_has(&en, RULE_E501) && ruleset_has(&en, RULE_W291) && ruleset_has(&en, RULE_W191));
    /* Defaults: E4, E7, E9, F. */
    ck_assert(selection_resolve(NULL, 0, false, &en, &fx, &bad));
    ck_assert(ruleset_has(&en, RULE_E902) && !ruleset_has(&en, RULE_E501));
    const char *badsel[] = {"NOPE1"};
    SelectionLayer lb = {.select = badsel, .nselect = 1, .has_select = true};
    ck_assert(!selection_resolve(&lb, 1, false, &en, &fx, &bad));
    ck_assert_str_eq(bad, "NOPE1");
}
END_TEST

/* The README's rule table lists exactly the registered rules. */
START_TEST(readme_lists_every_rule)
{
    FILE *f = fopen("README.md", "r");
    ck_assert_msg(f != NULL, "README.md not found (run from the repository root)");
    char line[1024];
    int in = 0, seen[RULE__COUNT] = {0}, rows = 0;
    while (fgets(line, sizeof line, f)) {
        if (strstr(line, "<!-- rules:begin -->"))
            in = 1;
        else if (strstr(line, "<!-- rules:end -->"))
            in = 0;
        else if (in && line[0] == '|' && line[1] == ' ' && line[2] != 'c' && line[2] != '-') {
            char code[32] = {0}, name[128] = {0};
            ck_assert(sscanf(line, "| %31s | %127s |", code, name) == 2);
            RuleId r = rule_by_code(code);
            ck_assert_msg(r != RULE__COUNT, "README lists %s, which is not registered", code);
            ck_assert_str_eq(rule_table[r].name, name);
            seen[r] = 1;
            rows++;
        }
    }
    fclose(f);
    for (int r = 0; r < RULE__COUNT; r++)
        ck_assert_msg(seen[r], "README does not list %s", rule_table[r].code);
    ck_assert_int_eq(rows, RULE__COUNT);
}
END_TEST

Suite *suite_registry(void)
{
    Suite *s = suite_create("registry");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, selector_prefixes);
    tcase_add_test(tc, select_then_ignore);
    tcase_add_test(tc, layers_replace_or_extend);
    tcase_add_test(tc, readme_lists_every_rule);
    suite_add_tcase(s, tc);
    return s;
}
