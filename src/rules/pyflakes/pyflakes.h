/* pyflakes.h: the pyflakes rules (F), called by the AST checker's analyze_*.c at the node kinds
 * and scope ends they apply to. */
#ifndef SNIPE_PYFLAKES_H
#define SNIPE_PYFLAKES_H

#include "lint/ast_checker.h"

/* End of scope (scope is a ScopeId of ac->sem). */
void rule_unused_import(AstChecker *ac, ScopeId scope);                /* F401 */
void rule_import_shadowed_by_loop_var(AstChecker *ac, ScopeId scope);  /* F402 */
void rule_redefined_while_unused(AstChecker *ac, ScopeId scope);       /* F811 */
void rule_undefined_local(AstChecker *ac, ScopeId scope);              /* F823 */
void rule_unused_variable(AstChecker *ac, ScopeId scope);              /* F841 */
void rule_unused_annotation(AstChecker *ac, ScopeId scope);            /* F842 */
/* F841 for `except E as e` whose name the handler never uses. */
void rule_unused_exception_name(AstChecker *ac, const Node *handler, BindingId b);

/* Unresolved names and `__all__` (end of file). */
void rule_undefined_name(AstChecker *ac, const Unresolved *u);          /* F821 */
void rule_import_star_usage(AstChecker *ac, Str name, uint32_t start, uint32_t end); /* F405 */
void rule_undefined_export(AstChecker *ac, Str name, uint32_t start, uint32_t end);  /* F822 */

/* Statements. */
void rule_import_star(AstChecker *ac, const Node *stmt);               /* F403 */
void rule_late_future_import(AstChecker *ac, const Node *stmt);        /* F404 */
void rule_nested_import_star(AstChecker *ac, const Node *stmt);        /* F406 */
void rule_future_feature_not_defined(AstChecker *ac, const Node *stmt); /* F407 */
void rule_assert_tuple(AstChecker *ac, const Node *stmt);              /* F631 */
void rule_if_tuple(AstChecker *ac, const Node *test);                  /* F634 */
void rule_break_outside_loop(AstChecker *ac, const Node *stmt);        /* F701 */
void rule_continue_outside_loop(AstChecker *ac, const Node *stmt);     /* F702 */
void rule_return_outside_function(AstChecker *ac, const Node *stmt);   /* F706 */
void rule_default_except_not_last(AstChecker *ac, const Node *stmt);   /* F707 */
void rule_raise_not_implemented(AstChecker *ac, const Node *exc);      /* F901 */

/* Expressions. */
void rule_percent_format(AstChecker *ac, const Node *binop);           /* F501-F509 */
void rule_string_dot_format(AstChecker *ac, const Node *call);         /* F521-F525 */
void rule_f_string_missing_placeholders(AstChecker *ac, const Node *fstr); /* F541 */
void rule_repeated_keys(AstChecker *ac, const Node *dict);             /* F601, F602 */
void rule_starred_expressions(AstChecker *ac, const Node *seq);        /* F621, F622 */
void rule_is_literal(AstChecker *ac, const Node *compare);             /* F632 */
void rule_invalid_print_syntax(AstChecker *ac, const Node *binop);     /* F633 */
void rule_yield_outside_function(AstChecker *ac, const Node *expr);    /* F704 */
void rule_await_in_annotation(AstChecker *ac, const Node *expr); /* F722 for `await` in a string annotation */

/* Shared queries (helpers.c). */
uint32_t pyflakes_row(const AstChecker *ac, uint32_t offset); /* 1-based line of a byte offset */
const Node *pyflakes_parent_stmt(const AstChecker *ac, const Node *stmt); /* NULL at module level */
bool pyflakes_is_dummy(const AstChecker *ac, Str name);
bool pyflakes_has_effect(const Node *e);
bool pyflakes_in_init(const AstChecker *ac); /* the file is a package's __init__.py(i) */
/* Whether a `# noqa` (or a file exemption) suppresses `rule` at `offset` (Ruff's rule_is_ignored). */
bool pyflakes_noqa_ignores(AstChecker *ac, RuleId rule, uint32_t offset);
/* A `# noqa` on the first line of `stmt` also covers `d` when it is a `from` import (Ruff's
 * parent range); d may be NULL. */
void pyflakes_noqa_parent(Diagnostic *d, const Node *stmt);

/* Preview F401 (F401_submodule_match.c): note a load that resolved to `id`; whether the live
 * import binding `id` gets Ruff's refined analysis; then its chain's unused bindings (at most
 * cap into out), or UINT32_MAX to fall back to the stable analysis. */
void pyflakes_note_import_ref(AstChecker *ac, BindingId id);
bool pyflakes_refined_applies(AstChecker *ac, BindingId id);
uint32_t pyflakes_refined_unused(AstChecker *ac, BindingId id, BindingId *out, uint32_t cap);
/* Whether an import is first-party: relative, or found in a `src` directory. */
bool pyflakes_is_first_party(const AstChecker *ac, const Binding *b); /* may evaluating e have a side effect (F841_unused_variable.c) */

#endif
