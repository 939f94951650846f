/* options.h: one configuration (Ruff's `Configuration`): the options of a ruff.toml /
 * [tool.ruff] table, an inline `--config` override or the command-line flags, every field
 * optional, with relative paths already resolved; and Ruff's rule for combining two of them
 * (the file that extends wins; lists that extend are concatenated, base first). */
#ifndef SNIPE_OPTIONS_H
#define SNIPE_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "config/cfgtypes.h"
#include "config/selection.h"
#include "config/settings.h"
#include "config/toml.h"
#include "util/arena.h"

typedef int8_t OptBool;   /* -1 unset, 0 false, 1 true */

/* An include/exclude pattern: the text as written, and the same made absolute against the
 * project root (NULL for built-in patterns, which match base names and full paths as written). */
typedef struct CfgPattern {
    const char *pattern;
    const char *absolute;
} CfgPattern;

typedef struct CfgPatterns {
    bool set;
    CfgPattern *v;
    uint32_t n;
} CfgPatterns;

/* One per-file-ignores (or per-file-target-version) entry. */
typedef struct CfgPerFile {
    const char *pattern;      /* without the leading '!' */
    const char *absolute;     /* pattern made absolute against the project root */
    bool negated;
    CfgStrs codes;            /* per-file-ignores */
    PyVersion version;        /* per-file-target-version */
} CfgPerFile;

typedef struct CfgPerFiles {
    bool set;
    CfgPerFile *v;
    uint32_t n;
} CfgPerFiles;

typedef struct Configuration {
    const char *path;             /* the file it was read from; NULL for the command line */

    /* Top level. */
    const char *cache_dir;        /* absolute */
    const char *extend;           /* as written (after ~ and $VAR expansion) */
    CfgStr extend_at;
    const char *output_format;
    OptBool fix, fix_only, unsafe_fixes, show_fixes, preview, force_exclude, respect_gitignore;
    CfgStr required_version;      /* .s NULL when unset */
    CfgPatterns exclude, include;             /* replace */
    CfgPatterns extend_exclude, extend_include; /* accumulate */
    CfgStrs builtins, namespace_packages, src;  /* namespace_packages and src absolute */
    PyVersion target_version;     /* 0: unset */
    CfgPerFiles per_file_target_version;
    uint32_t line_length, indent_width;       /* 0: unset */

    /* [lint] */
    CfgPatterns lint_exclude;
    OptBool lint_preview, explicit_preview_rules, ignore_init_module_imports, typing_extensions,
        future_annotations;
    SelectionLayer *selections;   /* base of the chain first, the command line last */
    uint32_t nselections;
    CfgPerFiles per_file_ignores;          /* replace */
    CfgPerFiles extend_per_file_ignores;   /* accumulate */
    CfgStrs extend_safe_fixes, extend_unsafe_fixes; /* accumulate */
    CfgStrs allowed_confusables, external, logger_objects, task_tags, typing_modules;
    CfgStrs extend_generics, allowed_unused_imports; /* lint.pyflakes */
    CfgStr dummy_variable_rgx;    /* .s NULL when unset */
    uint32_t max_line_length, max_doc_length; /* lint.pycodestyle; 0: unset */
    OptBool ignore_overlong_task_comments;
    CfgInt lines_after_imports, lines_between_types; /* lint.isort (read by E301-E306) */
} Configuration;

/* What reading a table needs. */
typedef struct CfgReader {
    Arena *arena;
    const char *file;             /* for messages and CfgStr.file; NULL for inline --config */
    const char *label;            /* how the source is named in messages ("--config" for inline) */
    const char *project_root;     /* relative paths resolve against it */
    const char *prefix;           /* "tool.ruff." for pyproject.toml, "" otherwise (for messages) */
    const Warner *warn;
    char *err;
    size_t errlen;
} CfgReader;

/* An empty configuration: everything unset. */
void cfg_init(Configuration *c);

/* Read the options of `table` (the root of ruff.toml, or [tool.ruff]). Unknown keys and keys
 * snipe does not support are warnings naming FILE:LINE:COL; a value of the wrong type or out of
 * range is an error: returns false with the message in r->err. */
bool cfg_read(CfgReader *r, const TomlValue *table, Configuration *out);

/* Ruff's Configuration::combine: `self` takes precedence over `base`. Result in *out (may alias
 * neither). Returns false only on OOM. */
bool cfg_combine(Arena *a, const Configuration *self, const Configuration *base, Configuration *out);

/* Parse `--per-file-ignores` style items "GLOB:CODE" (relative to cwd) into entries. */
bool cfg_per_file_from_cli(Arena *a, const char *const *items, uint32_t n, const char *cwd, const char *key,
                           CfgPerFiles *out, char *err, size_t errlen);
/* A pattern as Ruff's FilePattern::User: the text, and the text made absolute against root. */
bool cfg_pattern(Arena *a, const char *pattern, const char *root, CfgPattern *out);

#endif
