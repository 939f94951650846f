/* check_args.h: the options of `snipe check`, parsed as Ruff parses `ruff check`'s. */
#ifndef SNIPE_CHECK_ARGS_H
#define SNIPE_CHECK_ARGS_H

#include <stdbool.h>

#include "util/vec.h"

typedef Vec(const char *) StrList;

/* A flag pair such as --preview / --no-preview: UNSET when neither was given. */
typedef enum TriState { TRI_UNSET = -1, TRI_NO = 0, TRI_YES = 1 } TriState;

typedef struct CheckArgs {
    StrList paths;              /* default "." when empty */
    const char *stdin_filename;
    /* Rule selection: each list holds the comma-separated items of every occurrence, in order. */
    StrList select, extend_select, ignore, extend_ignore, fixable, extend_fixable, unfixable;
    StrList per_file_ignores, extend_per_file_ignores;   /* "GLOB:CODE,CODE" items */
    StrList exclude, extend_exclude;
    StrList config;             /* --config: a path, or an inline `key = value` */
    const char *line_length;
    const char *target_version;
    const char *output_format;  /* also SNIPE_OUTPUT_FORMAT */
    const char *output_file;    /* also SNIPE_OUTPUT_FILE */
    const char *color;          /* auto | always | never */
    const char *add_noqa;       /* non-NULL when --add-noqa was given ("" without a reason) */
    TriState preview, fix, unsafe_fixes, show_fixes, force_exclude, respect_gitignore;
    bool isolated, exit_zero, exit_non_zero_on_fix, statistics, show_files, show_settings;
    bool ignore_noqa, diff, fix_only, quiet, silent, no_cache, help;
} CheckArgs;

/* Parse argv (the arguments after `check`). Returns 0 on success; on a usage error prints a
 * message to stderr and returns 2. Strings point into argv or the environment. */
int check_args_parse(CheckArgs *a, int argc, char **argv);
void check_args_free(CheckArgs *a);
void check_args_usage(void);

#endif
