/* F634_if_tuple.c: an `if` / `elif` test that is a non-empty tuple, always true. */
#include "rules/pyflakes/pyflakes.h"

const RuleDoc ruledoc_F634 = {
    "If test is a tuple, which is always `True`",
    "## What it does\n"
    "Checks for `if` statements that use non-empty tuples as test conditions.\n"
    "\n"
    "## Why is this bad?\n"
    "Non-empty tuples are always `True`, so an `if` statement with a non-empty\n"
    "tuple as its test condition will always pass. This is likely a mistake.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "if (False,):\n"
    "    print(\"This will always run\")\n"
    "```\n"
    "\n"
    "Use instead:\n"
    "```python\n"
    "if False:\n"
    "    print(\"This will never run\")\n"
    "```\n"
    "\n"
    "## References\n"
    "- [Python documentation: The `if` statement](https://docs.python.org/3/reference/compound_stmts.html#the-if-statement)\n",
};

void rule_if_tuple(AstChecker *ac, const Node *test)
{
    if (test->kind == AST_Tuple && test->as.Tuple.elts.len > 0)
        lint_report(ac->ck, RULE_F634, test->start, test->end, "If test is a tuple, which is always `True`");
}
