/* analyze_pycodestyle.c: calls the pycodestyle tree rules for each statement and expression the
 * shared AST walk (ast_checker.c) visits, with scope facts from the semantic model. */
#include "lint/analyze_pycodestyle.h"

#include "rules/pycodestyle/pcs_ast.h"

static PcsScope scope_of(AstChecker *ac)
{
    return (PcsScope){.in_class = sem_current_scope(&ac->sem)->kind == SCOPE_CLASS, .stub = ac->is_stub, .sem = &ac->sem};
}

void analyze_pycodestyle_expr(AstChecker *ac, const Node *n)
{
    Checker *ck = ac->ck;
    PcsScope scope = scope_of(ac);
    const PcsScope *sc = &scope;
    switch (n->kind) {
    case AST_Compare:
        if (lint_enabled(ck, RULE_E711) || lint_enabled(ck, RULE_E712))
            rule_literal_comparisons(ck, n);
        if (lint_enabled(ck, RULE_E721))
            rule_type_comparison(ck, n, sc);
        break;
    case AST_UnaryOp:
        if (lint_enabled(ck, RULE_E713) || lint_enabled(ck, RULE_E714))
            rule_not_tests(ck, n);
        break;
    case AST_Name:
        if (n->as.Name.ctx == OP_Store && lint_enabled(ck, RULE_E741))
            rule_ambiguous_variable_name(ck, n->as.Name.id, n->start, n->end, sc);
        break;
    case AST_arg:
        if (lint_enabled(ck, RULE_E741))
            rule_ambiguous_variable_name(ck, n->as.arg.arg, n->start, n->start + (uint32_t)n->as.arg.arg.len, sc);
        break;
    case AST_ExceptHandler:
        if (lint_enabled(ck, RULE_E722))
            rule_bare_except(ck, n);
        if (n->as.ExceptHandler.name.ptr && lint_enabled(ck, RULE_E741))
            rule_ambiguous_names_stmt(ck, n, sc);
        break;
    default:
        break;
    }
}

void analyze_pycodestyle_stmt(AstChecker *ac, const Node *n)
{
    Checker *ck = ac->ck;
    PcsScope scope = scope_of(ac);
    const PcsScope *sc = &scope;
    switch (n->kind) {
    case AST_Import:
        if (lint_enabled(ck, RULE_E401))
            rule_multiple_imports_on_one_line(ck, n);
        break;
    case AST_Assign:
    case AST_AnnAssign:
        if (lint_enabled(ck, RULE_E731))
            rule_lambda_assignment(ck, n, sc);
        break;
    case AST_FunctionDef:
    case AST_AsyncFunctionDef:
    case AST_ClassDef:
    case AST_Global:
    case AST_Nonlocal:
        rule_ambiguous_names_stmt(ck, n, sc);
        break;
    default:
        break;
    }
}
