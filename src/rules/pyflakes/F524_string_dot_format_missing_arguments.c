/* F524_string_dot_format_missing_arguments.c: `.format` call is missing argument(s) for placeholder(s); reported by the checks in brace_format.c. */
#include "rules/registry.h"

const RuleDoc ruledoc_F524 = {
    "`.format` call is missing argument(s) for placeholder(s): {message}",
    "## What it does\n"
    "Checks for `str.format` calls with placeholders that are missing arguments.\n"
    "\n"
    "## Why is this bad?\n"
    "In `str.format` calls, omitting arguments for placeholders will raise a\n"
    "`KeyError` at runtime.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "\"{greeting}, {name}\".format(name=\"World\")\n"
    "```\n"
    "\n"
    "Use instead:\n"
    "```python\n"
    "\"{greeting}, {name}\".format(greeting=\"Hello\", name=\"World\")\n"
    "```\n"
    "\n"
    "## References\n"
    "- [Python documentation: `str.format`](https://docs.python.org/3/library/stdtypes.html#str.format)\n",
};
