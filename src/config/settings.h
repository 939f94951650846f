/* settings.h: the resolved settings one file is linted with (after configuration files and the
 * command line have been merged and rule selection has been applied). */
#ifndef SNIPE_SETTINGS_H
#define SNIPE_SETTINGS_H

#include <stdbool.h>
#include <stdint.h>

#include "rules/registry.h"

/* Python versions, for target-version: PY37 .. PY314. */
typedef enum PyVersion { PY37 = 7, PY38, PY39, PY310, PY311, PY312, PY313, PY314 } PyVersion;

/* `unsafe-fixes`: unset (Hint: unsafe fixes are not applied, but their number is shown), false
 * (Disabled), true (Enabled). */
typedef enum UnsafeFixes { UNSAFE_FIXES_HINT, UNSAFE_FIXES_DISABLED, UNSAFE_FIXES_ENABLED } UnsafeFixes;

typedef struct LintSettings {
    RuleSet enabled;             /* rules that run (selection, preview gating, per-file ignores applied) */
    RuleSet fixable;             /* rules whose fixes may be applied */
    bool preview;
    PyVersion target_version;    /* default PY310, as Ruff 0.17 */
    uint32_t line_length;        /* `line-length`, default 88 */
    uint32_t indent_width;       /* `indent-width`, default 4 (tab size for E501 widths) */
    uint32_t max_line_length;    /* `lint.pycodestyle.max-line-length` (0: use line_length) */
    uint32_t max_doc_length;     /* `lint.pycodestyle.max-doc-length` (0: unset) */
    bool ignore_overlong_task_comments; /* `lint.pycodestyle.ignore-overlong-task-comments` */
    const char *const *task_tags;       /* `lint.task-tags`, NULL-terminated; default TODO FIXME XXX */
    /* Fixes. `fix`, `fix-only`, `show-fixes` and `unsafe-fixes` are run-wide in Ruff: the
     * command line reads them from the settings of the run's root configuration. */
    bool fix;                    /* `fix`, default false */
    bool fix_only;               /* `fix-only`, default false */
    bool show_fixes;             /* `show-fixes`, default false */
    UnsafeFixes unsafe_fixes;    /* `unsafe-fixes`, default hint */
    RuleSet forced_safe;         /* `lint.extend-safe-fixes`, resolved by fix_safety_resolve() */
    RuleSet forced_unsafe;       /* `lint.extend-unsafe-fixes` (wins over forced_safe) */
} LintSettings;

/* Fill *s with Ruff's defaults and no rules enabled. */
void lint_settings_default(LintSettings *s);

#endif
