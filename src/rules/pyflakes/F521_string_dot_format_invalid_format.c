/* F521_string_dot_format_invalid_format.c: `.format` call has invalid format string; reported by the checks in brace_format.c. */
#include "rules/registry.h"

const RuleDoc ruledoc_F521 = {
    "`.format` call has invalid format string: {message}",
    "## What it does\n"
    "Checks for `str.format` calls with invalid format strings.\n"
    "\n"
    "## Why is this bad?\n"
    "Invalid format strings will raise a `ValueError`.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "\"{\".format(foo)\n"
    "```\n"
    "\n"
    "Use instead:\n"
    "```python\n"
    "\"{}\".format(foo)\n"
    "```\n"
    "\n"
    "## References\n"
    "- [Python documentation: `str.format`](https://docs.python.org/3/library/stdtypes.html#str.format)\n",
};
