/* F633_invalid_print_syntax.c: `print >> f, ...`, Python 2's print statement. */
#include "rules/pyflakes/pyflakes.h"

const RuleDoc ruledoc_F633 = {
    "Use of `>>` is invalid with `print` function",
    "## What it does\n"
    "Checks for `print` statements that use the `>>` syntax.\n"
    "\n"
    "## Why is this bad?\n"
    "In Python 2, the `print` statement can be used with the `>>` syntax to\n"
    "print to a file-like object. This `print >> sys.stderr` syntax no\n"
    "longer exists in Python 3, where `print` is only a function, not a\n"
    "statement.\n"
    "\n"
    "Instead, use the `file` keyword argument to the `print` function, the\n"
    "`sys.stderr.write` function, or the `logging` module.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "from __future__ import print_function\n"
    "import sys\n"
    "\n"
    "print >> sys.stderr, \"Hello, world!\"\n"
    "```\n"
    "\n"
    "Use instead:\n"
    "```python\n"
    "print(\"Hello, world!\", file=sys.stderr)\n"
    "```\n"
    "\n"
    "Or:\n"
    "```python\n"
    "import sys\n"
    "\n"
    "sys.stderr.write(\"Hello, world!\\n\")\n"
    "```\n"
    "\n"
    "Or:\n"
    "```python\n"
    "import logging\n"
    "\n"
    "logging.error(\"Hello, world!\")\n"
    "```\n"
    "\n"
    "## References\n"
    "- [Python documentation: `print`](https://docs.python.org/3/library/functions.html#print)\n",
};

void rule_invalid_print_syntax(AstChecker *ac, const Node *binop)
{
    const Node *left = binop->as.BinOp.left;
    if (sem_is_builtin(&ac->sem, left, "print"))
        lint_report(ac->ck, RULE_F633, left->start, left->end, "Use of `>>` is invalid with `print` function");
}
