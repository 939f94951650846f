/* analyze_pycodestyle.h: the pycodestyle tree rules of one node, for the shared AST walk.
 * Hook: for each statement call analyze_pycodestyle_stmt, for every other node (expressions,
 * arg, ExceptHandler) analyze_pycodestyle_expr; E402 runs once on the module
 * (rule_module_import_not_at_top). `sc` tells whether the node is in a class body. */
#ifndef SNIPE_ANALYZE_PYCODESTYLE_H
#define SNIPE_ANALYZE_PYCODESTYLE_H

#include "lint/checker.h"
#include "rules/pycodestyle/pcs_ast.h"

void analyze_pycodestyle_stmt(Checker *ck, const Node *n, const PcsScope *sc);
void analyze_pycodestyle_expr(Checker *ck, const Node *n, const PcsScope *sc);

#endif
