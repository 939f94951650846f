/* F622_multiple_starred_expressions.c: two starred targets in one assignment; reported by
 * rule_starred_expressions (F621_expressions_in_star_assignment.c). */
#include "rules/registry.h"

const RuleDoc ruledoc_F622 = {
    "Two starred expressions in assignment",
    "## What it does\n"
    "Checks for the use of multiple starred expressions in assignment statements.\n"
    "\n"
    "## Why is this bad?\n"
    "In assignment statements, starred expressions can be used to unpack iterables.\n"
    "Including more than one starred expression on the left-hand-side of an\n"
    "assignment will cause a `SyntaxError`, as it is unclear which expression\n"
    "should receive the remaining values.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "*foo, *bar, baz = (1, 2, 3)\n"
    "```\n"
    "\n"
    "## References\n"
    "- [PEP 3132 – Extended Iterable Unpacking](https://peps.python.org/pep-3132/)\n",
};
