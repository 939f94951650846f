/* F702_continue_outside_loop.c: `continue` outside a loop body. */
#include "rules/pyflakes/pyflakes.h"

const RuleDoc ruledoc_F702 = {
    "`continue` not properly in loop",
    "## What it does\n"
    "Checks for `continue` statements outside of loops.\n"
    "\n"
    "## Why is this bad?\n"
    "The use of a `continue` statement outside of a `for` or `while` loop will\n"
    "raise a `SyntaxError`.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "def foo():\n"
    "    continue  # SyntaxError\n"
    "```\n"
    "\n"
    "## References\n"
    "- [Python documentation: `continue`](https://docs.python.org/3/reference/simple_stmts.html#the-continue-statement)\n",
};

bool pyflakes_in_loop(const AstChecker *ac);

void rule_continue_outside_loop(AstChecker *ac, const Node *stmt)
{
    if (!pyflakes_in_loop(ac))
        lint_report(ac->ck, RULE_F702, stmt->start, stmt->end, "`continue` not properly in loop");
}
