/* ast_checker.c: the walk over a cleanly parsed tree that calls the AST rules (PH_AST) of each
 * node kind. No AST rule is implemented yet: the walk starts with the first one. */
#include "lint/checker.h"

bool lint_any_ast_rule(const Checker *ck)
{
#define RULE(code, linter, name, status, fix, phase, fn) \
    if (phase == PH_AST && lint_enabled(ck, RULE_##code)) \
        return true;
#include "rules/rules.def"
#undef RULE
    return false;
}

void lint_ast(Checker *ck)
{
    (void)ck;
}
