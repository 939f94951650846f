/* F508_percent_format_star_requires_sequence.c: `%`-format string `*` specifier requires sequence; reported by the checks in percent_format.c. */
#include "rules/registry.h"

const RuleDoc ruledoc_F508 = {
    "`%`-format string `*` specifier requires sequence",
    "## What it does\n"
    "Checks for `printf`-style format strings that use the `*` specifier with\n"
    "non-tuple values.\n"
    "\n"
    "## Why is this bad?\n"
    "The use of the `*` specifier with non-tuple values will raise a\n"
    "`TypeError` at runtime.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "from math import pi\n"
    "\n"
    "\"%(n).*f\" % {\"n\": (2, pi)}\n"
    "```\n"
    "\n"
    "Use instead:\n"
    "```python\n"
    "from math import pi\n"
    "\n"
    "\"%.*f\" % (2, pi)  # 3.14\n"
    "```\n"
    "\n"
    "## References\n"
    "- [Python documentation: `printf`-style String Formatting](https://docs.python.org/3/library/stdtypes.html#printf-style-string-formatting)\n",
};
