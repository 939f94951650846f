/* F403_undefined_local_with_import_star.c: `from module import *`, which hides what is defined. */
#include "rules/pyflakes/pyflakes.h"

const RuleDoc ruledoc_F403 = {
    "`from {name} import *` used; unable to detect undefined names",
    "## What it does\n"
    "Checks for the use of wildcard imports.\n"
    "\n"
    "## Why is this bad?\n"
    "Wildcard imports (e.g., `from module import *`) make it hard to determine\n"
    "which symbols are available in the current namespace, and from which module\n"
    "they were imported. They're also discouraged by [PEP 8].\n"
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
    "```\n"
    "\n"
    "[PEP 8]: https://peps.python.org/pep-0008/#imports\n",
};

/* "`from .mod import *`": the module as written, with its leading dots. */
const char *pyflakes_star_module(AstChecker *ac, const Node *stmt);
const char *pyflakes_star_module(AstChecker *ac, const Node *stmt)
{
    const AstImportFrom *f = &stmt->as.ImportFrom;
    int level = f->level > 32 ? 32 : f->level;
    Str m = f->module.ptr ? f->module : (Str){"", 0};
    return arena_printf(ac->ck->arena, "%.*s%.*s", level, "................................", (int)m.len, m.ptr);
}

void rule_import_star(AstChecker *ac, const Node *stmt)
{
    lint_report(ac->ck, RULE_F403, stmt->start, stmt->end,
                arena_printf(ac->ck->arena, "`from %s import *` used; unable to detect undefined names", pyflakes_star_module(ac, stmt)));
}
