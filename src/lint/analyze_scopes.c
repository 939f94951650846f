/* analyze_scopes.c: the rules that run once the whole module is visited: per dead scope (unused
 * imports and variables, redefinitions), unresolved names and `__all__` (Ruff's deferred_scopes,
 * unresolved_references and visit_exports). */
#include "lint/ast_checker.h"
#include "rules/pyflakes/pyflakes.h"

#define ON(code) lint_enabled(ac->ck, RULE_##code)

void analyze_scopes(AstChecker *ac)
{
    for (uint32_t i = ac->dead_scopes.len; i-- > 0;) {
        ScopeId id = ac->dead_scopes.data[i];
        const Scope *sc = sem_scope(&ac->sem, id);
        if (ON(F823))
            rule_undefined_local(ac, id);
        if (ON(F402))
            rule_import_shadowed_by_loop_var(ac, id);
        if (ON(F811))
            rule_redefined_while_unused(ac, id);
        if (sc->kind == SCOPE_FUNCTION || sc->kind == SCOPE_LAMBDA) {
            if (ON(F841) && !(sc->uses_locals && sc->kind == SCOPE_FUNCTION))
                rule_unused_variable(ac, id);
            if (ON(F842))
                rule_unused_annotation(ac, id);
        }
        if ((sc->kind == SCOPE_FUNCTION || sc->kind == SCOPE_MODULE) && ON(F401))
            rule_unused_import(ac, id);
    }
}

void analyze_bindings(AstChecker *ac)
{
    if (!ON(F841))
        return;
    for (BindingId id = 0; id < ac->sem.bindings.len; id++) {
        const Binding *b = sem_binding(&ac->sem, id);
        if (b->kind == BK_BOUND_EXCEPTION && !b->nrefs && b->node)
            rule_unused_exception_name(ac, b->node, id);
    }
}

void analyze_unresolved(AstChecker *ac)
{
    for (uint32_t i = 0; i < ac->sem.unresolved.len; i++) {
        const Unresolved *u = &ac->sem.unresolved.data[i];
        if (u->star) {
            if (ON(F405))
                rule_import_star_usage(ac, u->name, u->start, u->end);
        } else if (ON(F821)) {
            rule_undefined_name(ac, u);
        }
    }
}

void analyze_exports(AstChecker *ac)
{
    Semantic *s = &ac->sem;
    /* every `__all__` definition of the module scope, newest first */
    BindingId b = sem_scope_get(s, 0, STR_LIT("__all__"));
    BindingId chain[64];
    uint32_t n = 0;
    for (; b != SEM_NONE && n < 64; b = sem_binding(s, b)->shadowed)
        if (sem_binding(s, b)->kind == BK_EXPORT)
            chain[n++] = b;
    while (n-- > 0) {
        const Binding *def = sem_binding(s, chain[n]);
        for (uint32_t i = 0; i < def->nexports; i++) {
            Str name = def->exports[i];
            uint32_t start = def->export_ranges[2 * i], end = def->export_ranges[2 * i + 1];
            BindingId target = sem_global(s, name);
            if (target != SEM_NONE) {
                Binding *t = sem_binding(s, target);
                t->nrefs++;
                t->flags |= BF_USED_BY_ALL;
            } else if (sem_scope(s, 0)->has_star_import) {
                if (ON(F405))
                    rule_import_star_usage(ac, name, start, end);
            } else if (ON(F822) && (!pyflakes_in_init(ac) || ac->ck->settings->preview)) { /* __init__.py: preview */
                rule_undefined_export(ac, name, start, end);
            }
        }
    }
}
