/* F621_expressions_in_star_assignment.c: more names before a starred target than Python allows
 * (256). Ruff 0.17 never reports it (its check looks for no starred index), and neither do we;
 * F622 shares the dispatch. */
#include "rules/pyflakes/pyflakes.h"

const RuleDoc ruledoc_F621 = {
    "Too many expressions in star-unpacking assignment",
    "## What it does\n"
    "Checks for the use of too many expressions in starred assignment statements.\n"
    "\n"
    "## Why is this bad?\n"
    "In assignment statements, starred expressions can be used to unpack iterables.\n"
    "\n"
    "In Python 3, no more than `1 << 8` assignments are allowed before a starred\n"
    "expression, and no more than `1 << 24` expressions are allowed after a starred\n"
    "expression.\n"
    "\n"
    "## References\n"
    "- [PEP 3132 – Extended Iterable Unpacking](https://peps.python.org/pep-3132/)\n",
};

void rule_starred_expressions(AstChecker *ac, const Node *seq)
{
    const NodeList *elts = seq->kind == AST_Tuple ? &seq->as.Tuple.elts : &seq->as.List.elts;
    bool starred = false;
    for (uint32_t i = 0; i < elts->len; i++) {
        if (elts->items[i]->kind != AST_Starred)
            continue;
        if (starred) {
            if (lint_enabled(ac->ck, RULE_F622))
                lint_report(ac->ck, RULE_F622, seq->start, seq->end, "Two starred expressions in assignment");
            return;
        }
        starred = true;
    }
}
