/* F707_default_except_not_last.c: a bare `except:` before other handlers. */
#include "rules/pyflakes/pyflakes.h"

const RuleDoc ruledoc_F707 = {
    "An `except` block as not the last exception handler",
    "## What it does\n"
    "Checks for `except` blocks that handle all exceptions, but are not the last\n"
    "`except` block in a `try` statement.\n"
    "\n"
    "## Why is this bad?\n"
    "When an exception is raised within a `try` block, the `except` blocks are\n"
    "evaluated in order, and the first matching block is executed. If an `except`\n"
    "block handles all exceptions, but isn't the last block, Python will raise a\n"
    "`SyntaxError`, as the following blocks would never be executed.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "def reciprocal(n):\n"
    "    try:\n"
    "        reciprocal = 1 / n\n"
    "    except:\n"
    "        print(\"An exception occurred.\")\n"
    "    except ZeroDivisionError:\n"
    "        print(\"Cannot divide by zero.\")\n"
    "    else:\n"
    "        return reciprocal\n"
    "```\n"
    "\n"
    "Use instead:\n"
    "```python\n"
    "def reciprocal(n):\n"
    "    try:\n"
    "        reciprocal = 1 / n\n"
    "    except ZeroDivisionError:\n"
    "        print(\"Cannot divide by zero.\")\n"
    "    except:\n"
    "        print(\"An exception occurred.\")\n"
    "    else:\n"
    "        return reciprocal\n"
    "```\n"
    "\n"
    "## References\n"
    "- [Python documentation: `except` clause](https://docs.python.org/3/reference/compound_stmts.html#except-clause)\n",
};

void rule_default_except_not_last(AstChecker *ac, const Node *stmt)
{
    const NodeList *h = &stmt->as.Try.handlers;
    for (uint32_t i = 0; i + 1 < h->len; i++) {
        const Node *hd = h->items[i];
        if (hd->as.ExceptHandler.type)
            continue;
        /* the `except` keyword */
        lint_report(ac->ck, RULE_F707, hd->start, hd->start + 6, "An `except` block as not the last exception handler");
    }
}
