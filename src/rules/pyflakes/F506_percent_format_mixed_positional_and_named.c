/* F506_percent_format_mixed_positional_and_named.c: `%`-format string has mixed positional and named placeholders; reported by the checks in percent_format.c. */
#include "rules/registry.h"

const RuleDoc ruledoc_F506 = {
    "`%`-format string has mixed positional and named placeholders",
    "## What it does\n"
    "Checks for `printf`-style format strings that have mixed positional and\n"
    "named placeholders.\n"
    "\n"
    "## Why is this bad?\n"
    "Python does not support mixing positional and named placeholders in\n"
    "`printf`-style format strings. The use of mixed placeholders will raise a\n"
    "`TypeError` at runtime.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "\"%s, %(name)s\" % (\"Hello\", {\"name\": \"World\"})\n"
    "```\n"
    "\n"
    "Use instead:\n"
    "```python\n"
    "\"%s, %s\" % (\"Hello\", \"World\")\n"
    "```\n"
    "\n"
    "Or:\n"
    "```python\n"
    "\"%(greeting)s, %(name)s\" % {\"greeting\": \"Hello\", \"name\": \"World\"}\n"
    "```\n"
    "\n"
    "## References\n"
    "- [Python documentation: `printf`-style String Formatting](https://docs.python.org/3/library/stdtypes.html#printf-style-string-formatting)\n",
};
