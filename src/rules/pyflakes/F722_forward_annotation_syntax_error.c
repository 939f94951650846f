/* F722_forward_annotation_syntax_error.c: a string annotation that does not parse; reported by
 * the AST checker when it parses deferred string annotations (src/lint/ast_checker.c). */
#include "rules/registry.h"

const RuleDoc ruledoc_F722 = {
    "Syntax error in forward annotation: {parse_error}",
    "## What it does\n"
    "Checks for forward annotations that include invalid syntax.\n"
    "\n"
    "\n"
    "## Why is this bad?\n"
    "In Python, type annotations can be quoted as strings literals to enable\n"
    "references to types that have not yet been defined, known as \"forward\n"
    "references\".\n"
    "\n"
    "However, these quoted annotations must be valid Python expressions. The use\n"
    "of invalid syntax in a quoted annotation won't raise a `SyntaxError`, but\n"
    "will instead raise an error when type checking is performed.\n"
    "\n"
    "## Example\n"
    "\n"
    "```python\n"
    "def foo() -> \"/\": ...\n"
    "```\n"
    "\n"
    "## References\n"
    "- [PEP 563 – Postponed Evaluation of Annotations](https://peps.python.org/pep-0563/)\n",
};
