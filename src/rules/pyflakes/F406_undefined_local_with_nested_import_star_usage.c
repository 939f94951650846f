/* F406_undefined_local_with_nested_import_star_usage.c: a star import inside a function or class. */
#include "rules/pyflakes/pyflakes.h"

const RuleDoc ruledoc_F406 = {
    "`from {name} import *` only allowed at module level",
    "## What it does\n"
    "Check for the use of wildcard imports outside of the module namespace.\n"
    "\n"
    "## Why is this bad?\n"
    "The use of wildcard imports outside of the module namespace (e.g., within\n"
    "functions) can lead to confusion, as the import can shadow local variables.\n"
    "\n"
    "Though wildcard imports are discouraged by [PEP 8], when necessary, they\n"
    "should be placed in the module namespace (i.e., at the top-level of a\n"
    "module).\n"
    "\n"
    "## Example\n"
    "\n"
    "```python\n"
    "def foo():\n"
    "    from math import *\n"
    "```\n"
    "\n"
    "Use instead:\n"
    "\n"
    "```python\n"
    "from math import *\n"
    "\n"
    "\n"
    "def foo(): ...\n"
    "```\n"
    "\n"
    "[PEP 8]: https://peps.python.org/pep-0008/#imports\n",
};

const char *pyflakes_star_module(AstChecker *ac, const Node *stmt);

void rule_nested_import_star(AstChecker *ac, const Node *stmt)
{
    lint_report(ac->ck, RULE_F406, stmt->start, stmt->end,
                arena_printf(ac->ck->arena, "`from %s import *` only allowed at module level", pyflakes_star_module(ac, stmt)));
}
