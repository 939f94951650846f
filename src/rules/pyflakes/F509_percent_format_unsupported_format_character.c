/* F509_percent_format_unsupported_format_character.c: `%`-format string has an unsupported format character; reported by the checks in percent_format.c. */
#include "rules/registry.h"

const RuleDoc ruledoc_F509 = {
    "`%`-format string has unsupported format character `{char}`",
    "## What it does\n"
    "Checks for `printf`-style format strings with invalid format characters.\n"
    "\n"
    "## Why is this bad?\n"
    "In `printf`-style format strings, the `%` character is used to indicate\n"
    "placeholders. If a `%` character is not followed by a valid format\n"
    "character, it will raise a `ValueError` at runtime.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "\"Hello, %S\" % \"world\"\n"
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
