/* fix_util.h: edits shared by the pyflakes fixes: deleting a statement the way Ruff does, removing
 * names from an import statement, and attaching several edits as one fix. */
#ifndef SNIPE_PYFLAKES_FIX_UTIL_H
#define SNIPE_PYFLAKES_FIX_UTIL_H

#include "lint/ast_checker.h"

/* Attach a fix of n edits (sorted here by start) to d. */
void fix_edits(Checker *ck, Diagnostic *d, Applicability a, const char *title, const Edit *edits, uint32_t n);
/* Ruff's Checker::isolation: fixes under one parent statement apply one per pass. */
static inline void fix_isolate_parent(Diagnostic *d, const Node *parent)
{
    if (d && d->fix && parent)
        d->fix->isolation = parent->start + 1;
}
/* The edit that deletes `stmt` (whose enclosing statement is `parent`, NULL at module level):
 * `pass` when it is the only statement of its body, else the statement with its line. */
Edit fix_delete_stmt(const Checker *ck, const Node *stmt, const Node *parent);
/* The edit that removes the aliases of the import statement `stmt` for which remove[i] is true
 * (one per alias); deletes the statement when every alias goes. False when it cannot. */
bool fix_remove_aliases(Checker *ck, const Node *stmt, const Node *parent, const bool *remove, Edit *out);

#endif
