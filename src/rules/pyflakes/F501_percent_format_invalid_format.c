/* F501_percent_format_invalid_format.c: `%`-format string has invalid format string; reported by the checks in percent_format.c. */
#include "rules/registry.h"

const RuleDoc ruledoc_F501 = {
    "`%`-format string has invalid format string: {message}",
    "## What it does\n"
    "Checks for invalid `printf`-style format strings.\n"
    "\n"
    "## Why is this bad?\n"
    "Conversion specifiers are required for `printf`-style format strings. These\n"
    "specifiers must contain a `%` character followed by a conversion type.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "\"Hello, %\" % \"world\"\n"
    "```\n"
    "\n"
    "Use instead:\n"
    "```python\n"
    "\"Hello, %s\" % \"world\"\n"
    "```\n"
    "\n"
    "## References\n"
    "- [Python documentation: `printf`-style String Formatting](https://docs.python.org/3/library/stdtypes.html#printf-style-string-formatting)\n",
};
