/* F901_raise_not_implemented.c: `raise NotImplemented` (a constant) for NotImplementedError. */
#include "rules/pyflakes/pyflakes.h"
#include "rules/pyflakes/fix_util.h"

const RuleDoc ruledoc_F901 = {
    "`raise NotImplemented` should be `raise NotImplementedError`",
    "## What it does\n"
    "Checks for `raise` statements that raise `NotImplemented`.\n"
    "\n"
    "## Why is this bad?\n"
    "`NotImplemented` is a special value returned by binary special methods to indicate\n"
    "that an operation is not implemented with respect to a particular type.\n"
    "\n"
    "Because `NotImplemented` is not an exception, it cannot be raised.\n"
    "Raise `NotImplementedError` instead, which is used to indicate that a method is\n"
    "abstract or not implemented in the derived class.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "class Foo:\n"
    "    def bar(self):\n"
    "        raise NotImplemented\n"
    "```\n"
    "\n"
    "Use instead:\n"
    "```python\n"
    "class Foo:\n"
    "    def bar(self):\n"
    "        raise NotImplementedError\n"
    "```\n"
    "\n"
    "## References\n"
    "- [Python documentation: `NotImplemented`](https://docs.python.org/3/library/constants.html#NotImplemented)\n"
    "- [Python documentation: `NotImplementedError`](https://docs.python.org/3/library/exceptions.html#NotImplementedError)\n",
};

void rule_raise_not_implemented(AstChecker *ac, const Node *exc)
{
    const Node *e = exc->kind == AST_Call ? exc->as.Call.func : exc;
    if (e->kind != AST_Name || !str_eq_c(e->as.Name.id, "NotImplemented"))
        return;
    Diagnostic *d = lint_report(ac->ck, RULE_F901, e->start, e->end, "`raise NotImplemented` should be `raise NotImplementedError`");
    /* only when the builtin is not shadowed */
    BindingId b = sem_lookup(&ac->sem, STR_LIT("NotImplementedError"));
    if (d && b != SEM_NONE && sem_binding(&ac->sem, b)->kind == BK_BUILTIN)
        fix_edits(ac->ck, d, APPLY_SAFE, "Use `raise NotImplementedError`", &(Edit){e->start, e->end, "NotImplementedError"}, 1);
}
