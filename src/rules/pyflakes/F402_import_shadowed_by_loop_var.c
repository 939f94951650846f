/* F402_import_shadowed_by_loop_var.c: a loop variable that rebinds an imported name. */
#include "rules/pyflakes/pyflakes.h"

const RuleDoc ruledoc_F402 = {
    "Import `{name}` from {row} shadowed by loop variable",
    "## What it does\n"
    "Checks for import bindings that are shadowed by loop variables.\n"
    "\n"
    "## Why is this bad?\n"
    "Shadowing an import with loop variables makes the code harder to read and\n"
    "reason about, as the identify of the imported binding is no longer clear.\n"
    "It's also often indicative of a mistake, as it's unlikely that the loop\n"
    "variable is intended to be used as the imported binding.\n"
    "\n"
    "Consider using a different name for the loop variable.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "from os import path\n"
    "\n"
    "for path in files:\n"
    "    print(path)\n"
    "```\n"
    "\n"
    "Use instead:\n"
    "```python\n"
    "from os import path\n"
    "\n"
    "\n"
    "for filename in files:\n"
    "    print(filename)\n"
    "```\n",
};

static bool is_import(const Binding *b)
{
    return b->kind == BK_IMPORT || b->kind == BK_FROM_IMPORT || b->kind == BK_SUBMODULE_IMPORT || b->kind == BK_FUTURE_IMPORT;
}

void rule_import_shadowed_by_loop_var(AstChecker *ac, ScopeId scope)
{
    Semantic *s = &ac->sem;
    if (!(sem_scope(s, scope)->kinds & (1u << BK_LOOP_VAR)))
        return;
    for (uint32_t e = sem_scope(s, scope)->first_entry; e != SEM_NONE; e = s->entries.data[e].next_in_scope) {
        for (BindingId id = s->entries.data[e].binding; id != SEM_NONE;) {
            const Binding *b = sem_binding(s, id);
            if (b->kind != BK_LOOP_VAR) {
                id = b->shadowed;
                continue;
            }
            BindingId pairs[2] = {b->outer, b->shadowed};
            for (int k = 0; k < 2; k++) {
                if (pairs[k] == SEM_NONE)
                    continue;
                const Binding *old = sem_binding(s, pairs[k]);
                if (!is_import(old) || !old->stmt || !b->stmt || !sem_same_branch(s, old->branch, b->branch))
                    continue;
                lint_report(ac->ck, RULE_F402, b->start, b->end,
                            arena_printf(ac->ck->arena, "Import `%.*s` from line %u shadowed by loop variable", (int)b->name.len,
                                         b->name.ptr, pyflakes_row(ac, old->start)));
            }
            id = b->shadowed;
        }
    }
}
