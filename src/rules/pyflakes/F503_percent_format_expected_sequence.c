/* F503_percent_format_expected_sequence.c: `%`-format string expected sequence but got mapping; reported by the checks in percent_format.c. */
#include "rules/registry.h"

const RuleDoc ruledoc_F503 = {
    "`%`-format string expected sequence but got mapping",
    "## What it does\n"
    "Checks for uses of mapping-type values in `printf`-style format strings\n"
    "without named placeholders.\n"
    "\n"
    "## Why is this bad?\n"
    "When using mapping-type values (such as `dict`) in `printf`-style format\n"
    "strings, the keys must be named. Otherwise, the expression will raise a\n"
    "`TypeError`.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "\"%s, %s\" % {\"greeting\": \"Hello\", \"name\": \"World\"}\n"
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
