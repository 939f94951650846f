/* F407_future_feature_not_defined.c: a `__future__` feature Python does not know. */
#include "rules/pyflakes/pyflakes.h"

const RuleDoc ruledoc_F407 = {
    "Future feature `{name}` is not defined",
    "## What it does\n"
    "Checks for `__future__` imports that are not defined in the current Python\n"
    "version.\n"
    "\n"
    "## Why is this bad?\n"
    "Importing undefined or unsupported members from the `__future__` module is\n"
    "a `SyntaxError`.\n"
    "\n"
    "## References\n"
    "- [Python documentation: `__future__`](https://docs.python.org/3/library/__future__.html)\n",
};

static const char *const features[] = {
    "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
    "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations", NULL,
};

void rule_future_feature_not_defined(AstChecker *ac, const Node *stmt)
{
    const NodeList *names = &stmt->as.ImportFrom.names;
    for (uint32_t i = 0; i < names->len; i++) {
        const Node *al = names->items[i];
        Str n = al->as.alias.name;
        bool known = false;
        for (const char *const *f = features; *f && !known; f++)
            known = str_eq_c(n, *f);
        if (!known)
            lint_report(ac->ck, RULE_F407, al->start, al->end,
                        arena_printf(ac->ck->arena, "Future feature `%.*s` is not defined", (int)n.len, n.ptr));
    }
}
