/* F704_yield_outside_function.c: `yield`, `yield from` or `await` outside a function. */
#include "rules/pyflakes/pyflakes.h"

const RuleDoc ruledoc_F704 = {
    "`{keyword}` statement outside of a function",
    "## What it does\n"
    "Checks for `yield`, `yield from`, and `await` usages outside of functions.\n"
    "\n"
    "## Why is this bad?\n"
    "The use of `yield`, `yield from`, or `await` outside of a function will\n"
    "raise a `SyntaxError`.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "class Foo:\n"
    "    yield 1\n"
    "```\n"
    "\n"
    "## Notebook behavior\n"
    "As an exception, `await` is allowed at the top level of a Jupyter notebook\n"
    "(see: [autoawait]).\n"
    "\n"
    "## References\n"
    "- [Python documentation: `yield`](https://docs.python.org/3/reference/simple_stmts.html#the-yield-statement)\n"
    "\n"
    "[autoawait]: https://ipython.readthedocs.io/en/stable/interactive/autoawait.html\n",
};

/* Whether `expr` (yield, yield from, await) stands outside any function. */
static bool outside_function(AstChecker *ac, const Node *expr)
{
    Semantic *s = &ac->sem;
    uint8_t k = sem_current_scope(s)->kind;
    if (k == SCOPE_FUNCTION || k == SCOPE_LAMBDA)
        return false;
    bool is_await = expr->kind == AST_Await;
    for (ScopeId id = s->scope; id != SEM_NONE; id = sem_scope(s, id)->parent) {
        const Scope *sc = sem_scope(s, id);
        if (sc->kind == SCOPE_CLASS)
            break;
        if (sc->kind == SCOPE_FUNCTION || sc->kind == SCOPE_LAMBDA)
            return false;
        if (sc->kind == SCOPE_GENERATOR) {
            if (!is_await)
                break;
            if (sc->node && sc->node->kind == AST_GeneratorExp)
                return false;
        }
    }
    return true;
}

void rule_yield_outside_function(AstChecker *ac, const Node *expr)
{
    if (!outside_function(ac, expr))
        return;
    bool is_await = expr->kind == AST_Await;
    const char *what = is_await ? "await" : expr->kind == AST_YieldFrom ? "yield from" : "yield";
    lint_report(ac->ck, RULE_F704, expr->start, expr->end, arena_printf(ac->ck->arena, "`%s` statement outside of a function", what));
}

/* Ruff checks a parsed string annotation for semantic syntax errors and reports them as F722:
 * an `await` there is outside an asynchronous function unless the annotation's scope is one,
 * and outside a function where F704 would say so. */
void rule_await_in_annotation(AstChecker *ac, const Node *expr)
{
    Semantic *s = &ac->sem;
    bool in_async = false;
    for (ScopeId id = s->scope; id != SEM_NONE; id = sem_scope(s, id)->parent) {
        const Scope *sc = sem_scope(s, id);
        if (sc->kind == SCOPE_CLASS || sc->kind == SCOPE_LAMBDA)
            break;
        if (sc->kind == SCOPE_FUNCTION) {
            in_async = sc->node && sc->node->kind == AST_AsyncFunctionDef;
            break;
        }
    }
    if (!in_async)
        lint_report(ac->ck, RULE_F722, expr->start, expr->end,
                    "Syntax error in forward annotation: `await` outside of an asynchronous function");
    if (outside_function(ac, expr))
        lint_report(ac->ck, RULE_F722, expr->start, expr->end,
                    "Syntax error in forward annotation: `await` statement outside of a function");
}
