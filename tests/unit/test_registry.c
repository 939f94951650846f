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
    /* Pylint codes: a category letter and four digits. */
    ck_assert(selector_parse("PLC0414", &s));
    ck_assert(selector_parse("PLC", &s));
    ck_assert(!selector_parse("PLX0414", &s));
    ck_assert(!selector_parse("PLC04141", &s));
}
END_TEST

/* A list option from plain strings (as a configuration file would give it). */
static CfgStrs strs(const char **v, uint32_t n, bool set)
{
    static CfgStr pool[32];
    static uint32_t used;
    if (used + n > 32)
        used = 0;
    CfgStrs r = {set, pool + used, n};
    for (uint32_t i = 0; i < n; i++)
        pool[used + i] = (CfgStr){v[i], "ruff.toml", "lint.select", 1, 1};
    used += n;
    return r;
}

static bool resolve(const SelectionLayer *l, size_t n, RuleSet *en, RuleSet *fx, char *err, size_t errlen)
{
    SelectionOptions o = {false, false, NULL};
    return selection_resolve(l, n, &o, en, fx, err, errlen);
}

START_TEST(select_then_ignore)
{
    /* select = ["E", "W"], ignore = ["W29"], extend-select = ["W292"]: the more specific W292 wins. */
    const char *sel[] = {"E", "W"}, *ign[] = {"W29"}, *ext[] = {"W292"};
    SelectionLayer l = {0};
    l.select = strs(sel, 2, true);
    l.ignore = strs(ign, 1, false);
    l.extend_select = strs(ext, 1, false);
    RuleSet en, fx;
    char err[300];
    ck_assert(resolve(&l, 1, &en, &fx, err, sizeof err));
    ck_assert(ruleset_has(&en, RULE_E501));
    ck_assert(ruleset_has(&en, RULE_W292));
    ck_assert(!ruleset_has(&en, RULE_W291));
    ck_assert(ruleset_has(&en, RULE_W191));
}
END_TEST

START_TEST(layers_replace_or_extend)
{
    const char *sel1[] = {"E501"}, *ext2[] = {"W291"}, *sel3[] = {"W"};
    SelectionLayer l[3] = {0};
    l[0].select = strs(sel1, 1, true);
    l[1].extend_select = strs(ext2, 1, false);
    l[2].select = strs(sel3, 1, true);
    RuleSet en, fx;
    char err[300];
    ck_assert(resolve(l, 2, &en, &fx, err, sizeof err));
    ck_assert(ruleset_has(&en, RULE_E501) && ruleset_has(&en, RULE_W291) && !ruleset_has(&en, RULE_E902));
    ck_assert(resolve(l, 3, &en, &fx, err, sizeof err));
    ck_assert(!ruleset_has(&en, RULE_E501) && ruleset_has(&en, RULE_W291) && ruleset_has(&en, RULE_W191));
    /* Defaults: Ruff 0.17's default set (E902 among the implemented rules). */
    ck_assert(resolve(NULL, 0, &en, &fx, err, sizeof err));
    ck_assert(ruleset_has(&en, RULE_E902) && !ruleset_has(&en, RULE_E501));
    const char *badsel[] = {"NOPE1"};
    SelectionLayer lb = {0};
    lb.select = strs(badsel, 1, true);
    ck_assert(!resolve(&lb, 1, &en, &fx, err, sizeof err));
    ck_assert_ptr_nonnull(strstr(err, "`NOPE1`"));
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
