/* settings.h: the resolved settings one file is linted with (after configuration files and the
 * command line have been merged and rule selection has been applied). */
#ifndef SNIPE_SETTINGS_H
#define SNIPE_SETTINGS_H

#include <stdbool.h>
#include <stdint.h>

#include "rules/registry.h"

/* Python versions, for target-version: PY37 .. PY315 (the value is the minor version). */
typedef enum PyVersion { PY37 = 7, PY38, PY39, PY310, PY311, PY312, PY313, PY314, PY315 } PyVersion;

/* `unsafe-fixes`: unset shows a hint about hidden unsafe fixes (Ruff's default). */
typedef enum UnsafeFixesMode { UNSAFE_MODE_HINT, UNSAFE_MODE_DISABLED, UNSAFE_MODE_ENABLED } UnsafeFixesMode;

typedef struct PerFileIgnoreList PerFileIgnoreList;   /* compiled per-file-ignores (resolve.c) */

typedef struct LintSettings {
    RuleSet enabled;             /* rules that run (selection, preview gating, per-file ignores applied) */
    RuleSet fixable;             /* rules whose fixes may be applied */
    bool preview;                /* lint.preview, else preview */
    bool explicit_preview_rules; /* lint.explicit-preview-rules */
    PyVersion target_version;    /* default PY310, as Ruff 0.17; per-file-target-version applied */
    uint32_t line_length;        /* `line-length`, default 88 */
    uint32_t indent_width;       /* `indent-width`, default 4 (tab size for E501 widths) */
    uint32_t max_line_length;    /* `lint.pycodestyle.max-line-length` (defaults to line_length) */
    uint32_t max_doc_length;     /* `lint.pycodestyle.max-doc-length` (0: unset) */
    bool ignore_overlong_task_comments; /* `lint.pycodestyle.ignore-overlong-task-comments` */
    int32_t lines_after_imports; /* `lint.isort.lines-after-imports`, default -1 (E302, E303) */
    uint32_t lines_between_types; /* `lint.isort.lines-between-types`, default 0 (E303) */
    const char *const *task_tags;       /* `lint.task-tags`, NULL-terminated; default TODO FIXME XXX */
    bool ignore_noqa;            /* --ignore-noqa: suppression comments suppress nothing */

    /* Fixing and reporting (Ruff reads these from the configuration of the current directory). */
    bool fix, fix_only, show_fixes;
    UnsafeFixesMode unsafe_fixes;
    const char *output_format;   /* `output-format` as written ("full", "concise", ...); NULL: default */
    RuleSet extend_safe_fixes;   /* `lint.extend-safe-fixes`: fixes of these rules count as safe */
    RuleSet extend_unsafe_fixes; /* `lint.extend-unsafe-fixes`: ... as unsafe */

    /* Settings for rules still to come (NULL-terminated string lists; never NULL). */
    const void *dummy_variable_rgx;     /* pcre2_code_8 *, compiled with PCRE2_UTF; never NULL */
    const char *dummy_variable_rgx_src;
    const char *const *allowed_confusables; /* one character (UTF-8) per item */
    const char *const *builtins;
    const char *const *typing_modules;
    const char *const *extend_generics;        /* `lint.pyflakes.extend-generics` */
    const char *const *allowed_unused_imports; /* `lint.pyflakes.allowed-unused-imports` */
    const char *const *logger_objects;
    const char *const *external;
    const char *const *src;                 /* absolute directories */
    const char *const *namespace_packages;  /* absolute directories */
    bool ignore_init_module_imports;        /* default true */
    bool typing_extensions;                 /* default true */
    bool future_annotations;

    const char *project_root;    /* the directory of the configuration (or the working directory) */
    const char *config_path;     /* the configuration file, NULL for defaults */
    const char *cache_dir;
    const PerFileIgnoreList *per_file_ignores; /* per-file-ignores + extend-per-file-ignores */
    RuleSet per_file_ignored;    /* the rules per-file-ignores removed for this file */
} LintSettings;

/* Fill *s with Ruff's defaults and no rules enabled (the string lists empty, the dummy
 * variable regex NULL: resolve.c always sets it). */
void lint_settings_default(LintSettings *s);

#endif
