/* F701_break_outside_loop.c: `break` outside a loop body (F702's `continue` shares the test). */
#include "rules/pyflakes/pyflakes.h"

const RuleDoc ruledoc_F701 = {
    "`break` outside loop",
    "## What it does\n"
    "Checks for `break` statements outside of loops.\n"
    "\n"
    "## Why is this bad?\n"
    "The use of a `break` statement outside of a `for` or `while` loop will\n"
    "raise a `SyntaxError`.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "def foo():\n"
    "    break\n"
    "```\n"
    "\n"
    "## References\n"
    "- [Python documentation: `break`](https://docs.python.org/3/reference/simple_stmts.html#the-break-statement)\n",
};

bool pyflakes_in_loop(const AstChecker *ac)
{
    /* the enclosing statements, innermost first, up to a function or class */
    for (uint32_t i = ac->stmts.len - 1; i-- > 0;) {
        const Node *p = ac->stmts.data[i], *child = ac->stmts.data[i + 1];
        if (p->kind == AST_For || p->kind == AST_AsyncFor || p->kind == AST_While) {
            const NodeList *orelse = p->kind == AST_While ? &p->as.While.orelse : &p->as.For.orelse;
            bool in_else = false;
            for (uint32_t k = 0; k < orelse->len; k++)
                in_else |= orelse->items[k] == child;
            if (!in_else)
                return true;
        }
        if (p->kind == AST_FunctionDef || p->kind == AST_AsyncFunctionDef || p->kind == AST_ClassDef)
            return false;
    }
    return false;
}

void rule_break_outside_loop(AstChecker *ac, const Node *stmt)
{
    if (!pyflakes_in_loop(ac))
        lint_report(ac->ck, RULE_F701, stmt->start, stmt->end, "`break` outside loop");
}
