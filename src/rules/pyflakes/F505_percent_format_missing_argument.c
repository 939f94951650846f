/* F505_percent_format_missing_argument.c: `%`-format string is missing argument(s) for placeholder(s); reported by the checks in percent_format.c. */
#include "rules/registry.h"

const RuleDoc ruledoc_F505 = {
    "`%`-format string is missing argument(s) for placeholder(s): {message}",
    "## What it does\n"
    "Checks for named placeholders in `printf`-style format strings that are not\n"
    "present in the provided mapping.\n"
    "\n"
    "## Why is this bad?\n"
    "Named placeholders that lack a corresponding value in the provided mapping\n"
    "will raise a `KeyError`.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "\"%(greeting)s, %(name)s\" % {\"name\": \"world\"}\n"
    "```\n"
    "\n"
    "Use instead:\n"
    "```python\n"
    "\"Hello, %(name)s\" % {\"name\": \"world\"}\n"
    "```\n"
    "\n"
    "## References\n"
    "- [Python documentation: `printf`-style String Formatting](https://docs.python.org/3/library/stdtypes.html#printf-style-string-formatting)\n",
};
