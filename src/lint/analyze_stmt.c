/* analyze_stmt.c: the statement rules, called by the visitor once a statement's children are
 * visited (Ruff's analyze::statement). */
#include "lint/analyze_pycodestyle.h"
#include "lint/ast_checker.h"
#include "rules/pyflakes/pyflakes.h"

#define ON(code) lint_enabled(ac->ck, RULE_##code)

void analyze_stmt(AstChecker *ac, const Node *n)
{
    if (ac->pcs) {
        switch (n->kind) { /* the kinds it has rules for */
        case AST_Import:
        case AST_Assign:
        case AST_AnnAssign:
        case AST_FunctionDef:
        case AST_AsyncFunctionDef:
        case AST_ClassDef:
        case AST_Global:
        case AST_Nonlocal:
            analyze_pycodestyle_stmt(ac, n);
            break;
        default:
            break;
        }
    }
    switch (n->kind) {
    case AST_ImportFrom: {
        const AstImportFrom *f = &n->as.ImportFrom;
        bool star = f->names.len == 1 && str_eq_c(f->names.items[0]->as.alias.name, "*");
        if (f->level == 0 && f->module.ptr && str_eq_c(f->module, "__future__")) {
            if (ON(F407))
                rule_future_feature_not_defined(ac, n);
            if (ON(F404) && ac->seen_futures_boundary)
                rule_late_future_import(ac, n);
        } else if (star) {
            if (ON(F403))
                rule_import_star(ac, n);
            if (ON(F406) && ac->sem.scope != 0)
                rule_nested_import_star(ac, n);
        }
        break;
    }
    case AST_Assert:
        if (ON(F631))
            rule_assert_tuple(ac, n);
        break;
    case AST_If:
        if (ON(F634))
            rule_if_tuple(ac, n->as.If.test);
        break;
    case AST_Break:
        if (ON(F701))
            rule_break_outside_loop(ac, n);
        break;
    case AST_Continue:
        if (ON(F702))
            rule_continue_outside_loop(ac, n);
        break;
    case AST_Return:
        if (ON(F706))
            rule_return_outside_function(ac, n);
        break;
    case AST_Try:
    case AST_TryStar:
        if (ON(F707))
            rule_default_except_not_last(ac, n);
        break;
    case AST_Raise:
        if (ON(F901) && n->as.Raise.exc)
            rule_raise_not_implemented(ac, n->as.Raise.exc);
        break;
    default:
        break;
    }
}

void analyze_except_handler(AstChecker *ac, const Node *handler, BindingId bound)
{
    (void)bound; /* the unused-name check runs at the end, over every bound exception */
    if (ac->pcs)
        analyze_pycodestyle_expr(ac, handler);
}
