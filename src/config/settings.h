/* settings.h: the resolved settings one file is linted with (after configuration files and the
 * command line have been merged and rule selection has been applied). */
#ifndef SNIPE_SETTINGS_H
#define SNIPE_SETTINGS_H

#include <stdbool.h>
#include <stdint.h>

#include "rules/registry.h"

/* Python versions, for target-version: PY37 .. PY314. */
typedef enum PyVersion { PY37 = 7, PY38, PY39, PY310, PY311, PY312, PY313, PY314 } PyVersion;

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
    bool ignore_noqa;            /* --ignore-noqa: suppression comments suppress nothing */
} LintSettings;

/* Fill *s with Ruff's defaults and no rules enabled. */
void lint_settings_default(LintSettings *s);

#endif
