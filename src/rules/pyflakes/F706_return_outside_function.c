/* F706_return_outside_function.c: `return` at module or class level. */
#include "rules/pyflakes/pyflakes.h"

const RuleDoc ruledoc_F706 = {
    "`return` statement outside of a function/method",
    "## What it does\n"
    "Checks for `return` statements outside of functions.\n"
    "\n"
    "## Why is this bad?\n"
    "The use of a `return` statement outside of a function will raise a\n"
    "`SyntaxError`.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "class Foo:\n"
    "    return 1\n"
    "```\n"
    "\n"
    "## References\n"
    "- [Python documentation: `return`](https://docs.python.org/3/reference/simple_stmts.html#the-return-statement)\n",
};

void rule_return_outside_function(AstChecker *ac, const Node *stmt)
{
    uint8_t k = sem_current_scope(&ac->sem)->kind;
    if (k != SCOPE_FUNCTION && k != SCOPE_LAMBDA)
        lint_report(ac->ck, RULE_F706, stmt->start, stmt->end, "`return` statement outside of a function/method");
}
