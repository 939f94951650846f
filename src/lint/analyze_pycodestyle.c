/* analyze_pycodestyle.c: calls the pycodestyle tree rules for each statement and expression.
 * Until the shared AST walk (ast_checker.c) dispatches them, a small walk of its own runs from
 * the token phase (rule_ast_* entries below, registered in rules.def). */
#include "lint/analyze_pycodestyle.h"

#include <string.h>

#include "rules/pycodestyle/pcs_ast.h"

void analyze_pycodestyle_expr(Checker *ck, const Node *n, const PcsScope *sc)
{
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

void analyze_pycodestyle_stmt(Checker *ck, const Node *n, const PcsScope *sc)
{
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

enum { MAX_SCOPES = 256 };

typedef struct Walk {
    Checker *ck;
    PcsScope sc;
    uint32_t depth;
    const Node *stack[MAX_SCOPES];
} Walk;

static void walk(void *ctx, Node *n)
{
    Walk *w = ctx;
    if (w->depth > 1000)
        return;
    uint8_t cat = ast_kind_info[n->kind].category;
    if (cat == CAT_STMT)
        analyze_pycodestyle_stmt(w->ck, n, &w->sc);
    else
        analyze_pycodestyle_expr(w->ck, n, &w->sc);
    PcsScope saved = w->sc;
    bool scope = n->kind == AST_ClassDef || n->kind == AST_FunctionDef || n->kind == AST_AsyncFunctionDef || n->kind == AST_Lambda;
    if (n->kind == AST_ClassDef)
        w->sc.in_class = true;
    else if (scope)
        w->sc.in_class = false;
    if (scope && w->sc.nscopes < MAX_SCOPES)
        w->stack[w->sc.nscopes++] = n;
    w->depth++;
    ast_children(n, walk, w);
    w->depth--;
    w->sc = saved;
}

static const RuleId ast_group[] = {RULE_E401, RULE_E402, RULE_E711, RULE_E712, RULE_E713, RULE_E714, RULE_E721,
                                   RULE_E722, RULE_E731, RULE_E741, RULE_E742, RULE_E743};

static void run(Checker *ck)
{
    const Node *m = ck->parse->module;
    if (!m || !ck->valid_syntax)
        return; /* Ruff runs its tree rules only on files without syntax errors */
    if (lint_enabled(ck, RULE_E402))
        rule_module_import_not_at_top(ck, m);
    const char *path = ck->src->path;
    size_t pl = path ? strlen(path) : 0;
    Walk w = {.ck = ck};
    w.sc = (PcsScope){false, pl >= 4 && strcmp(path + pl - 4, ".pyi") == 0, m, w.stack, 0};
    ast_children(m, walk, &w);
}

static void entry(Checker *ck, RuleId self)
{
    for (size_t i = 0; i < sizeof ast_group / sizeof ast_group[0]; i++) {
        if (lint_enabled(ck, ast_group[i])) {
            if (ast_group[i] == self)
                run(ck);
            return;
        }
    }
}

#define AST_ENTRY(code) \
    void rule_ast_##code(Checker *ck) { entry(ck, RULE_##code); }
AST_ENTRY(E401) AST_ENTRY(E402) AST_ENTRY(E711) AST_ENTRY(E712) AST_ENTRY(E713) AST_ENTRY(E714)
AST_ENTRY(E721) AST_ENTRY(E722) AST_ENTRY(E731) AST_ENTRY(E741) AST_ENTRY(E742) AST_ENTRY(E743)
