/* F525_string_dot_format_mixing_automatic.c: `.format` string mixes automatic and manual numbering; reported by the checks in brace_format.c. */
#include "rules/registry.h"

const RuleDoc ruledoc_F525 = {
    "`.format` string mixes automatic and manual numbering",
    "## What it does\n"
    "Checks for `str.format` calls that mix automatic and manual numbering.\n"
    "\n"
    "## Why is this bad?\n"
    "In `str.format` calls, mixing automatic and manual numbering will raise a\n"
    "`ValueError` at runtime.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "\"{0}, {}\".format(\"Hello\", \"World\")\n"
    "```\n"
    "\n"
    "Use instead:\n"
    "```python\n"
    "\"{0}, {1}\".format(\"Hello\", \"World\")\n"
    "```\n"
    "\n"
    "Or:\n"
    "```python\n"
    "\"{}, {}\".format(\"Hello\", \"World\")\n"
    "```\n"
    "\n"
    "## References\n"
    "- [Python documentation: `str.format`](https://docs.python.org/3/library/stdtypes.html#str.format)\n",
};
