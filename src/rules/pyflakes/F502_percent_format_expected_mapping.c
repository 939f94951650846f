/* F502_percent_format_expected_mapping.c: `%`-format string expected mapping but got sequence; reported by the checks in percent_format.c. */
#include "rules/registry.h"

const RuleDoc ruledoc_F502 = {
    "`%`-format string expected mapping but got sequence",
    "## What it does\n"
    "Checks for named placeholders in `printf`-style format strings without\n"
    "mapping-type values.\n"
    "\n"
    "## Why is this bad?\n"
    "When using named placeholders in `printf`-style format strings, the values\n"
    "must be a map type (such as a dictionary). Otherwise, the expression will\n"
    "raise a `TypeError`.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "\"%(greeting)s, %(name)s\" % (\"Hello\", \"World\")\n"
    "```\n"
    "\n"
    "Use instead:\n"
    "```python\n"
    "\"%(greeting)s, %(name)s\" % {\"greeting\": \"Hello\", \"name\": \"World\"}\n"
    "```\n"
    "\n"
    "Or:\n"
    "```python\n"
    "\"%s, %s\" % (\"Hello\", \"World\")\n"
    "```\n"
    "\n"
    "## References\n"
    "- [Python documentation: `printf`-style String Formatting](https://docs.python.org/3/library/stdtypes.html#printf-style-string-formatting)\n",
};
