/* percent_format.c: the `%`-format checks (F501-F509): TODO. */
#include "rules/pyflakes/pyflakes.h"

void rule_percent_format(AstChecker *ac, const Node *binop) { (void)ac; (void)binop; }
