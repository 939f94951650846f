/* F405_undefined_local_with_import_star_usage.c: a name only a star import could define. */
#include "rules/pyflakes/pyflakes.h"

const RuleDoc ruledoc_F405 = {
    "`{name}` may be undefined, or defined from star imports",
    "## What it does\n"
    "Checks for names that might be undefined, but may also be defined in a\n"
    "wildcard import.\n"
    "\n"
    "## Why is this bad?\n"
    "Wildcard imports (e.g., `from module import *`) make it hard to determine\n"
    "which symbols are available in the current namespace. If a module contains\n"
    "a wildcard import, and a name in the current namespace has not been\n"
    "explicitly defined or imported, then it's unclear whether the name is\n"
    "undefined or was imported by the wildcard import.\n"
    "\n"
    "If the name _is_ defined in via a wildcard import, that member should be\n"
    "imported explicitly to avoid confusion.\n"
    "\n"
    "If the name is _not_ defined in a wildcard import, it should be defined or\n"
    "imported.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "from math import *\n"
    "\n"
    "\n"
    "def area(radius):\n"
    "    return pi * radius**2\n"
    "```\n"
    "\n"
    "Use instead:\n"
    "```python\n"
    "from math import pi\n"
    "\n"
    "\n"
    "def area(radius):\n"
    "    return pi * radius**2\n"
    "```\n",
};

void rule_import_star_usage(AstChecker *ac, Str name, uint32_t start, uint32_t end)
{
    lint_report(ac->ck, RULE_F405, start, end,
                arena_printf(ac->ck->arena, "`%.*s` may be undefined, or defined from star imports", (int)name.len, name.ptr));
}
