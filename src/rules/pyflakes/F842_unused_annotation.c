/* F842_unused_annotation.c: a local variable annotated (`x: int`) and never used. */
#include "rules/pyflakes/pyflakes.h"

const RuleDoc ruledoc_F842 = {
    "Local variable `{name}` is annotated but never used",
    "## What it does\n"
    "Checks for local variables that are annotated but never used.\n"
    "\n"
    "## Why is this bad?\n"
    "Annotations are used to provide type hints to static type checkers. If a\n"
    "variable is annotated but never used, the annotation is unnecessary.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "def foo():\n"
    "    bar: int\n"
    "```\n"
    "\n"
    "## Options\n"
    "\n"
    "This rule ignores dummy variables, as determined by:\n"
    "\n"
    "- `lint.dummy-variable-rgx`\n"
    "\n"
    "## References\n"
    "- [PEP 484 – Type Hints](https://peps.python.org/pep-0484/)\n",
};

void rule_unused_annotation(AstChecker *ac, ScopeId scope)
{
    Semantic *s = &ac->sem;
    for (uint32_t e = sem_scope(s, scope)->first_entry; e != SEM_NONE; e = s->entries.data[e].next_in_scope) {
        const Binding *b = sem_binding(s, s->entries.data[e].binding);
        if (b->kind != BK_ANNOTATION || b->nrefs || pyflakes_is_dummy(ac, b->name))
            continue;
        lint_report(ac->ck, RULE_F842, b->start, b->end,
                    arena_printf(ac->ck->arena, "Local variable `%.*s` is annotated but never used", (int)b->name.len, b->name.ptr));
    }
}
