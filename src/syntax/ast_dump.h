/* ast_dump.h: print an AST exactly as CPython 3.13's ast.dump(tree, include_attributes=True, show_empty=True). */
#ifndef SNIPE_SYNTAX_AST_DUMP_H
#define SNIPE_SYNTAX_AST_DUMP_H

#include "syntax/ast.h"
#include "syntax/line_index.h"
#include "util/str.h"

/* Append the one-line dump of `n` to b; positions come from `li` (lineno 1-based, columns in UTF-8 bytes). */
void ast_dump(Buf *b, const Node *n, const LineIndex *li);

#endif
