/* F823_undefined_local.c: a name a function reads from an enclosing scope before binding it
 * itself (so the read raises UnboundLocalError). */
#include "rules/pyflakes/pyflakes.h"

const RuleDoc ruledoc_F823 = {
    "Local variable `{name}` referenced before assignment",
    "## What it does\n"
    "Checks for undefined local variables.\n"
    "\n"
    "## Why is this bad?\n"
    "Referencing a local variable before it has been assigned will raise\n"
    "an `UnboundLocalError` at runtime.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "x = 1\n"
    "\n"
    "\n"
    "def foo():\n"
    "    x += 1\n"
    "```\n"
    "\n"
    "Use instead:\n"
    "```python\n"
    "x = 1\n"
    "\n"
    "\n"
    "def foo():\n"
    "    global x\n"
    "    x += 1\n"
    "```\n",
};

void rule_undefined_local(AstChecker *ac, ScopeId scope)
{
    Semantic *s = &ac->sem;
    if (sem_scope(s, scope)->kind != SCOPE_FUNCTION)
        return;
    for (uint32_t e = sem_scope(s, scope)->first_entry; e != SEM_NONE; e = s->entries.data[e].next_in_scope) {
        /* the first binding of the name in this scope is the one that shadows an outer one */
        BindingId id = s->entries.data[e].binding;
        while (sem_binding(s, id)->shadowed != SEM_NONE)
            id = sem_binding(s, id)->shadowed;
        const Binding *b = sem_binding(s, id);
        if (b->outer == SEM_NONE)
            continue;
        const Binding *outer = sem_binding(s, b->outer);
        uint32_t best = SEM_NONE;
        for (uint32_t r = outer->first_ref; r != SEM_NONE; r = s->refs.data[r].next)
            if (s->refs.data[r].scope == scope)
                best = r; /* the list is newest first: the last match is the earliest */
        if (best == SEM_NONE)
            continue;
        const Reference *ref = &s->refs.data[best];
        lint_report(ac->ck, RULE_F823, ref->start, ref->end,
                    arena_printf(ac->ck->arena, "Local variable `%.*s` referenced before assignment", (int)b->name.len, b->name.ptr));
    }
}
