/* F631_assert_tuple.c: `assert` of a non-empty tuple, which is always true. */
#include "rules/pyflakes/pyflakes.h"

const RuleDoc ruledoc_F631 = {
    "Assert test is a non-empty tuple, which is always `True`",
    "## What it does\n"
    "Checks for `assert` statements that use non-empty tuples as test\n"
    "conditions.\n"
    "\n"
    "## Why is this bad?\n"
    "Non-empty tuples are always `True`, so an `assert` statement with a\n"
    "non-empty tuple as its test condition will always pass. This is likely a\n"
    "mistake.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "assert (some_condition,)\n"
    "```\n"
    "\n"
    "Use instead:\n"
    "```python\n"
    "assert some_condition\n"
    "```\n"
    "\n"
    "## References\n"
    "- [Python documentation: The `assert` statement](https://docs.python.org/3/reference/simple_stmts.html#the-assert-statement)\n",
};

void rule_assert_tuple(AstChecker *ac, const Node *stmt)
{
    const Node *test = stmt->as.Assert.test;
    if (test->kind == AST_Tuple && test->as.Tuple.elts.len > 0)
        lint_report(ac->ck, RULE_F631, stmt->start, stmt->end, "Assert test is a non-empty tuple, which is always `True`");
}
