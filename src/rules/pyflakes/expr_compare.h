/* expr_compare.h: structural equality and hashing of expressions, ignoring positions and
 * contexts; numbers compare by value (1 == 1.0 == True), as dictionary keys do. */
#ifndef SNIPE_EXPR_COMPARE_H
#define SNIPE_EXPR_COMPARE_H

#include <stdbool.h>
#include <stdint.h>

#include "syntax/ast.h"

uint64_t expr_hash(const Node *e);
bool expr_equal(const Node *a, const Node *b);

#endif
