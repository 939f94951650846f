/* children.c: for each node kind, where its child nodes are (single children and lists),
 * generated from ast.def, so that walks loop over the children alone (not every field). */
#include <stddef.h>

#include "semantic/semantic.h"

#define CHILD_NODE(K, name) {(uint16_t)offsetof(Node, as.K.name), 0},
#define CHILD_OPT(K, name) {(uint16_t)offsetof(Node, as.K.name), 0},
#define CHILD_LIST(K, name) {(uint16_t)offsetof(Node, as.K.name), 1},
#define CHILD_IDENT(K, name)
#define CHILD_OPT_IDENT(K, name)
#define CHILD_IDENTS(K, name)
#define CHILD_INT(K, name)
#define CHILD_CTX(K, name)
#define CHILD_BOOLOP(K, name)
#define CHILD_OPERATOR(K, name)
#define CHILD_UNARYOP(K, name)
#define CHILD_CMPOPS(K, name)
#define CHILD_CONST(K, name)

#define NODE(K, cat, pos) static const AstChild children_##K[] = {
#define FIELD(K, name, type) CHILD_##type(K, name)
#define END(K) {0, 0}};
#include "syntax/ast.def"
#undef NODE
#undef FIELD
#undef END

const AstChild *const ast_child_table[AST__COUNT] = {
#define NODE(K, cat, pos) children_##K,
#define FIELD(K, name, type)
#define END(K)
#include "syntax/ast.def"
#undef NODE
#undef FIELD
#undef END
};
