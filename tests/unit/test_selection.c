/* test_selection.c: rule selection across layers (Ruff's documented examples mapped onto the
 * implemented rules), specificity, carry-over of ignores, fixable / unfixable, defaults. */
#include <check.h>
#include <stdio.h>
#include <string.h>

#include "config/selection.h"

static CfgStr items[8][16];
static int nlists;

/* A list option from a NULL-terminated list of selectors; NULL list means "not given". */
static CfgStrs L(const char *const *v, bool set)
{
    CfgStrs r = {set, items[nlists], 0};
    for (; v && *v; v++)
        items[nlists][r.n++] = (CfgStr){*v, "ruff.toml", "lint.select", 3, 11};
    nlists++;
    return r;
}

#define LIST(...) ((const char *const[]){__VA_ARGS__, NULL})
#define NONE ((const char *const *)NULL)

static const SelectionOptions opts = {false, false, NULL};

static void resolve(const SelectionLayer *layers, size_t n, RuleSet *enabled, RuleSet *fixable)
{
    char err[400];
    ck_assert_msg(selection_resolve(layers, n, &opts, enabled, fixable, err, sizeof err), "%s", err);
}

static bool on(const RuleSet *s, RuleId r) { return ruleset_has(s, r); }

static void setup(void) { nlists = 0; }

START_TEST(documented_example_config_then_cli)
{
    /* [lint] select = ["E", "W"], ignore = ["W291"] */
    SelectionLayer layers[2] = {0};
    layers[0].select = L(LIST("E", "W"), true);
    layers[0].ignore = L(LIST("W291"), false);
    RuleSet en, fx;
    resolve(layers, 1, &en, &fx);
    ck_assert(on(&en, RULE_E501) && on(&en, RULE_E101) && on(&en, RULE_W191) && on(&en, RULE_W293));
    ck_assert(!on(&en, RULE_W291));
    /* `--select W291`: only W291. */
    layers[1].select = L(LIST("W291"), true);
    resolve(layers, 2, &en, &fx);
    ck_assert(on(&en, RULE_W291));
    ck_assert(!on(&en, RULE_E501) && !on(&en, RULE_W191));
    /* `--extend-select W29`: the configured set, minus W291, plus W29x... W291 comes back only if named. */
    memset(&layers[1], 0, sizeof layers[1]);
    layers[1].extend_select = L(LIST("W29"), false);
    resolve(layers, 2, &en, &fx);
    ck_assert(on(&en, RULE_E501) && on(&en, RULE_W292) && on(&en, RULE_W291));
}
END_TEST

START_TEST(specificity_within_a_layer)
{
    SelectionLayer l = {0};
    l.select = L(LIST("E501"), true);
    l.ignore = L(LIST("E"), false);
    RuleSet en, fx;
    resolve(&l, 1, &en, &fx);
    ck_assert(on(&en, RULE_E501)); /* the more specific select wins */
    ck_assert(!on(&en, RULE_E101));
    SelectionLayer m = {0};
    m.select = L(LIST("E"), true);
    m.ignore = L(LIST("E501"), false);
    resolve(&m, 1, &en, &fx);
    ck_assert(!on(&en, RULE_E501) && on(&en, RULE_E101));
    /* Same specificity: the ignore wins. */
    SelectionLayer n = {0};
    n.select = L(LIST("W291"), true);
    n.ignore = L(LIST("W291"), false);
    resolve(&n, 1, &en, &fx);
    ck_assert(!on(&en, RULE_W291));
    /* ALL minus a linter prefix. */
    SelectionLayer o = {0};
    o.select = L(LIST("ALL"), true);
    o.ignore = L(LIST("W"), false);
    resolve(&o, 1, &en, &fx);
    ck_assert(on(&en, RULE_E501) && !on(&en, RULE_W291) && !on(&en, RULE_W191));
}
END_TEST

START_TEST(layers_without_select_adjust)
{
    SelectionLayer layers[3] = {0};
    layers[0].select = L(LIST("E"), true);
    layers[1].ignore = L(LIST("E101"), false);       /* extends: no select */
    layers[2].extend_select = L(LIST("W191"), false);
    RuleSet en, fx;
    resolve(layers, 3, &en, &fx);
    ck_assert(on(&en, RULE_E501) && !on(&en, RULE_E101) && on(&en, RULE_W191) && !on(&en, RULE_W291));
    /* A later select replaces everything before it, ignores included. */
    SelectionLayer again[2] = {0};
    again[0].select = L(LIST("W"), true);
    again[0].ignore = L(LIST("W291"), false);
    again[1].select = L(LIST("W29"), true);
    resolve(again, 2, &en, &fx);
    ck_assert(on(&en, RULE_W291) && on(&en, RULE_W293) && !on(&en, RULE_W191));
}
END_TEST

START_TEST(empty_select_carries_ignores_to_next_layer_only)
{
    /* select = [], ignore = ["E501"] in a base; select = ["E"] above it: E501 stays off. */
    SelectionLayer layers[3] = {0};
    layers[0].select = L(LIST(NULL), true);
    layers[0].ignore = L(LIST("E501"), false);
    layers[1].select = L(LIST("E"), true);
    RuleSet en, fx;
    resolve(layers, 2, &en, &fx);
    ck_assert(on(&en, RULE_E101) && !on(&en, RULE_E501));
    /* ...but not two layers further. */
    layers[2].select = L(LIST("E"), true);
    resolve(layers, 3, &en, &fx);
    ck_assert(on(&en, RULE_E501));
    /* Without the empty select, the ignore has nothing to carry. */
    SelectionLayer plain[2] = {0};
    plain[0].ignore = L(LIST("E501"), false);
    plain[1].select = L(LIST("E"), true);
    resolve(plain, 2, &en, &fx);
    ck_assert(on(&en, RULE_E501));
}
END_TEST

START_TEST(fixable_and_unfixable)
{
    SelectionLayer layers[2] = {0};
    layers[0].select = L(LIST("W"), true);
    layers[0].unfixable = L(LIST("W29"), false);
    layers[0].extend_fixable = L(LIST("W293"), false);
    RuleSet en, fx;
    resolve(layers, 1, &en, &fx);
    ck_assert(!on(&fx, RULE_W291) && !on(&fx, RULE_W292) && on(&fx, RULE_W293) && on(&fx, RULE_E501));
    layers[1].fixable = L(LIST("W291"), true);
    resolve(layers, 2, &en, &fx);
    ck_assert(on(&fx, RULE_W291) && !on(&fx, RULE_W293) && !on(&fx, RULE_E501));
}
END_TEST

START_TEST(defaults_are_ruff_017s)
{
    RuleSet en, fx;
    resolve(NULL, 0, &en, &fx);
    /* Of the implemented rules only E902 is in Ruff 0.17's default set. */
    ck_assert(on(&en, RULE_E902));
    ck_assert(!on(&en, RULE_E501) && !on(&en, RULE_W291) && !on(&en, RULE_E101));
    for (int r = 0; r < RULE__COUNT; r++)
        ck_assert(on(&fx, (RuleId)r));
    SelectionLayer l = {0};
    l.extend_select = L(LIST("W291"), false);
    resolve(&l, 1, &en, &fx);
    ck_assert(on(&en, RULE_E902) && on(&en, RULE_W291));
}
END_TEST

START_TEST(unknown_selectors_and_names)
{
    SelectionLayer l = {0};
    l.select = L(LIST("W291", "XYZ123"), true);
    RuleSet en, fx;
    char err[400];
    ck_assert(!selection_resolve(&l, 1, &opts, &en, &fx, err, sizeof err));
    ck_assert_str_eq(err, "ruff.toml:3:11: Unknown rule selector `XYZ123` in `lint.select`");
    l.select = L(LIST("line-too-long"), true);
    ck_assert(!selection_resolve(&l, 1, &opts, &en, &fx, err, sizeof err));
    ck_assert_ptr_nonnull(strstr(err, "Selecting rules by name requires preview mode"));
    SelectionOptions preview = {true, false, NULL};
    ck_assert(selection_resolve(&l, 1, &preview, &en, &fx, err, sizeof err));
    ck_assert(on(&en, RULE_E501) && !on(&en, RULE_W291));
    /* Prefixes of linters snipe does not implement yet are accepted and select nothing. */
    l.select = L(LIST("B", "SIM101", "UP"), true);
    ck_assert_msg(selection_resolve(&l, 1, &opts, &en, &fx, err, sizeof err), "%s", err);
    ck_assert(ruleset_empty(&en));
    /* A command-line selector is reported as clap would. */
    CfgStr cli = {"NOPE1", NULL, "--select", 0, 0};
    Selector s;
    bool skip;
    ck_assert(!selection_parse(&cli, &opts, &s, &skip, err, sizeof err));
    ck_assert_str_eq(err, "invalid value 'NOPE1' for '--select <RULE_CODE>': unknown rule selector");
}
END_TEST

Suite *suite_selection(void)
{
    Suite *s = suite_create("selection");
    TCase *tc = tcase_create("layers");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, documented_example_config_then_cli);
    tcase_add_test(tc, specificity_within_a_layer);
    tcase_add_test(tc, layers_without_select_adjust);
    tcase_add_test(tc, empty_select_carries_ignores_to_next_layer_only);
    tcase_add_test(tc, fixable_and_unfixable);
    tcase_add_test(tc, defaults_are_ruff_017s);
    tcase_add_test(tc, unknown_selectors_and_names);
    suite_add_tcase(s, tc);
    return s;
}
