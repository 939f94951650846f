/* F822_undefined_export.c: a name in `__all__` the module does not define. */
#include "rules/pyflakes/pyflakes.h"

const RuleDoc ruledoc_F822 = {
    "Undefined name `{name}` in `__all__`",
    "## What it does\n"
    "Checks for undefined names in `__all__`.\n"
    "\n"
    "## Why is this bad?\n"
    "In Python, the `__all__` variable is used to define the names that are\n"
    "exported when a module is imported as a wildcard (e.g.,\n"
    "`from foo import *`). The names in `__all__` must be defined in the module,\n"
    "but are included as strings.\n"
    "\n"
    "Including an undefined name in `__all__` is likely to raise `NameError` at\n"
    "runtime, when the module is imported.\n"
    "\n"
    "In [preview], this rule will flag undefined names in `__init__.py` file,\n"
    "even if those names implicitly refer to other modules in the package. Users\n"
    "that rely on implicit exports should disable this rule in `__init__.py`\n"
    "files via [`lint.per-file-ignores`].\n"
    "\n"
    "## Example\n"
    "```python\n"
    "from foo import bar\n"
    "\n"
    "\n"
    "__all__ = [\"bar\", \"baz\"]  # undefined name `baz` in `__all__`\n"
    "```\n"
    "\n"
    "Use instead:\n"
    "```python\n"
    "from foo import bar, baz\n"
    "\n"
    "\n"
    "__all__ = [\"bar\", \"baz\"]\n"
    "```\n"
    "\n"
    "## References\n"
    "- [Python documentation: `__all__`](https://docs.python.org/3/tutorial/modules.html#importing-from-a-package)\n"
    "\n"
    "[preview]: https://docs.astral.sh/ruff/preview/\n",
};

void rule_undefined_export(AstChecker *ac, Str name, uint32_t start, uint32_t end)
{
    lint_report(ac->ck, RULE_F822, start, end,
                arena_printf(ac->ck->arena, "Undefined name `%.*s` in `__all__`", (int)name.len, name.ptr));
}
