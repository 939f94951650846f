/* analyze_pycodestyle.h: the pycodestyle tree rules of one node, for the shared AST walk.
 * Hook: for each statement call analyze_pycodestyle_stmt, for every other node (expressions,
 * arg, ExceptHandler) analyze_pycodestyle_expr, from the scope the node is in; E402 runs once
 * on the module (rule_module_import_not_at_top). */
#ifndef SNIPE_ANALYZE_PYCODESTYLE_H
#define SNIPE_ANALYZE_PYCODESTYLE_H

#include "lint/ast_checker.h"

void analyze_pycodestyle_stmt(AstChecker *ac, const Node *n);
void analyze_pycodestyle_expr(AstChecker *ac, const Node *n);

#endif
