/* brace_format.c: the `.format` checks (F521-F525): TODO. */
#include "rules/pyflakes/pyflakes.h"

void rule_string_dot_format(AstChecker *ac, const Node *call) { (void)ac; (void)call; }
