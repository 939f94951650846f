/* F404_late_future_import.c: a `from __future__` import after other statements. */
#include "rules/pyflakes/pyflakes.h"

const RuleDoc ruledoc_F404 = {
    "`from __future__` imports must occur at the beginning of the file",
    "## What it does\n"
    "Checks for `__future__` imports that are not located at the beginning of a\n"
    "file.\n"
    "\n"
    "## Why is this bad?\n"
    "Imports from `__future__` must be placed the beginning of the file, before any\n"
    "other statements (apart from docstrings). The use of `__future__` imports\n"
    "elsewhere is invalid and will result in a `SyntaxError`.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "from pathlib import Path\n"
    "\n"
    "from __future__ import annotations\n"
    "```\n"
    "\n"
    "Use instead:\n"
    "```python\n"
    "from __future__ import annotations\n"
    "\n"
    "from pathlib import Path\n"
    "```\n"
    "\n"
    "## References\n"
    "- [Python documentation: Future statements](https://docs.python.org/3/reference/simple_stmts.html#future)\n",
};

void rule_late_future_import(AstChecker *ac, const Node *stmt)
{
    lint_report(ac->ck, RULE_F404, stmt->start, stmt->end, "`from __future__` imports must occur at the beginning of the file");
}
