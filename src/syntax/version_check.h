/* version_check.h: syntax newer than the target Python version, reported as Ruff reports it. */
#ifndef SNIPE_SYNTAX_VERSION_CHECK_H
#define SNIPE_SYNTAX_VERSION_CHECK_H

#include "syntax/ast.h"
#include "syntax/syntax_error.h"
#include "syntax/token.h"
#include "util/arena.h"

/* Append to `out` one error per use of syntax that Python 3.<minor> does not have (`match` before
 * 3.10, `type X = ...` before 3.12, f-strings in the PEP 701 form before 3.12, ...), with Ruff's
 * messages ("Cannot use `match` statement on Python 3.9 (syntax was added in Python 3.10)") and
 * ranges. `module` and `tokens` are parse_module's results for src[0, len); trees with syntax
 * errors are fine. The errors are appended unsorted; memory exhaustion sets out->oom. */
void version_check(Arena *a, const char *src, uint32_t len, const Node *module, const TokenList *tokens, int minor,
                   SyntaxErrors *out);

#endif
