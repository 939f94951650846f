/* F507_percent_format_positional_count_mismatch.c: `%`-format string has a placeholder / substitution count mismatch; reported by the checks in percent_format.c. */
#include "rules/registry.h"

const RuleDoc ruledoc_F507 = {
    "`%`-format string has {wanted} placeholder(s) but {got} substitution(s)",
    "## What it does\n"
    "Checks for `printf`-style format strings that have a mismatch between the\n"
    "number of positional placeholders and the number of substitution values.\n"
    "\n"
    "## Why is this bad?\n"
    "When a `printf`-style format string is provided with too many or too few\n"
    "substitution values, it will raise a `TypeError` at runtime.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "\"%s, %s\" % (\"Hello\", \"world\", \"!\")\n"
    "```\n"
    "\n"
    "Use instead:\n"
    "```python\n"
    "\"%s, %s\" % (\"Hello\", \"world\")\n"
    "```\n"
    "\n"
    "## References\n"
    "- [Python documentation: `printf`-style String Formatting](https://docs.python.org/3/library/stdtypes.html#printf-style-string-formatting)\n",
};
