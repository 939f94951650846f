/* pcs_ast.h: the pycodestyle rules over the tree (E401, E402, E711-E714, E721, E722, E731,
 * E741-E743), called by src/lint/analyze_pycodestyle.c. */
#ifndef SNIPE_PCS_AST_H
#define SNIPE_PCS_AST_H

#include <string.h>

#include "lint/checker.h"
#include "semantic/semantic.h"
#include "syntax/ast.h"

/* Where the shared AST walk is: scope facts the rules need. */
typedef struct PcsScope {
    bool in_class;  /* the current scope is a class body */
    bool stub;      /* the file is a .pyi stub */
    Semantic *sem;  /* the semantic model, at the node being analyzed (builtin lookups) */
} PcsScope;

/* Index of the first token starting at or after `off`. */
uint32_t pcs_token_at(const Checker *ck, uint32_t off);
/* Whether `s` spells `w`. */
static inline bool pcs_str_is(Str s, const char *w)
{
    size_t n = strlen(w); /* folded for a literal */
    return s.len == n && memcmp(s.ptr, w, n) == 0;
}
/* The range of `e` with the parentheses around it that lie inside [lo, hi). */
void pcs_paren_range(const Checker *ck, const Node *e, uint32_t lo, uint32_t hi, uint32_t *s, uint32_t *en);
/* `a.b.c` spelled out in `buf` (NULL when `e` is not a dotted name or does not fit). */
const char *pcs_dotted(const Node *e, char *buf, size_t cap);

void rule_multiple_imports_on_one_line(Checker *ck, const Node *stmt);          /* E401 */
void rule_literal_comparisons(Checker *ck, const Node *compare);                /* E711 E712 */
void rule_not_tests(Checker *ck, const Node *unary);                            /* E713 E714 */
void rule_type_comparison(Checker *ck, const Node *compare, const PcsScope *sc);                    /* E721 */
void rule_bare_except(Checker *ck, const Node *handler);                        /* E722 */
void rule_lambda_assignment(Checker *ck, const Node *stmt, const PcsScope *sc); /* E731 */
void rule_ambiguous_variable_name(Checker *ck, Str name, uint32_t start, uint32_t end, const PcsScope *sc); /* E741 */
void rule_ambiguous_names_stmt(Checker *ck, const Node *stmt, const PcsScope *sc); /* E741-E743 of def, class, global */
/* E402 over the module's top-level statements. */
void rule_module_import_not_at_top(Checker *ck, const Node *module);

#endif
