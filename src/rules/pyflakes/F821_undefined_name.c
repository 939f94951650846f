/* F821_undefined_name.c: a name no scope binds (and no handler of NameError covers). */
#include "rules/pyflakes/pyflakes.h"

const RuleDoc ruledoc_F821 = {
    "Undefined name `{name}`",
    "## What it does\n"
    "Checks for uses of undefined names.\n"
    "\n"
    "## Why is this bad?\n"
    "An undefined name is likely to raise `NameError` at runtime.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "def double():\n"
    "    return n * 2  # raises `NameError` if `n` is undefined when `double` is called\n"
    "```\n"
    "\n"
    "Use instead:\n"
    "```python\n"
    "def double(n):\n"
    "    return n * 2\n"
    "```\n"
    "\n"
    "## Options\n"
    "- [`target-version`]: Can be used to configure which symbols Ruff will understand\n"
    "  as being available in the `builtins` namespace.\n"
    "\n"
    "## References\n"
    "- [Python documentation: Naming and binding](https://docs.python.org/3/reference/executionmodel.html#naming-and-binding)\n",
};

/* The minor version that added a builtin, for names that are builtins only in later versions. */
static int version_added(Str n)
{
    if (str_eq_c(n, "aiter") || str_eq_c(n, "anext") || str_eq_c(n, "EncodingWarning"))
        return 10;
    if (str_eq_c(n, "BaseExceptionGroup") || str_eq_c(n, "ExceptionGroup"))
        return 11;
    if (str_eq_c(n, "PythonFinalizationError"))
        return 13;
    return 0;
}

void rule_undefined_name(AstChecker *ac, const Unresolved *u)
{
    if (u->exceptions & EXC_NAME_ERROR)
        return;
    if (str_eq_c(u->name, "__path__") && pyflakes_in_init(ac))
        return;
    Checker *ck = ac->ck;
    int v = version_added(u->name);
    /* the message names the source text, as Ruff: not NFKC-normalised, the whole literal of an
     * escaped or concatenated string annotation */
    int tl = (int)(u->end - u->start);
    const char *text = ck->src->text + u->start;
    const char *msg = v
        ? arena_printf(ck->arena, "Undefined name `%.*s`. Consider specifying `requires-python = \">= 3.%d\"` or `tool.ruff.target-version = \"py3%d\"` in your `pyproject.toml` file.",
                       tl, text, v, v)
        : arena_printf(ck->arena, "Undefined name `%.*s`", tl, text);
    lint_report(ck, RULE_F821, u->start, u->end, msg);
}
