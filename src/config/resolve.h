/* resolve.h: turning configuration files and command-line overrides into the settings of each
 * file (Ruff's hierarchical configuration), and the file-resolver questions discovery asks. */
#ifndef SNIPE_RESOLVE_H
#define SNIPE_RESOLVE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "cli/check_args.h"
#include "config/settings.h"

typedef struct Config Config;
typedef struct Scope Scope;

/* Build the configuration for a run from the command line: --isolated, --config, the closest
 * configuration of the working directory (or of --stdin-filename), the user configuration, or
 * the defaults. Warnings (unknown keys...) go to `warn_out` (stderr when NULL), each once. On an
 * error (a bad flag value, a broken configuration file) returns NULL and writes a message
 * naming the file and position to err. */
Config *config_new(const CheckArgs *args, FILE *warn_out, char *err, size_t errlen);
void config_free(Config *c);

/* The settings that apply to the file at `path` (relative to the working directory or
 * absolute), per-file-ignores and per-file-target-version applied. Never NULL. Not thread-safe:
 * call it before linting starts. */
const LintSettings *config_settings_for(Config *c, const char *path);
/* The settings of the working directory's configuration (output-format, fix... are read there). */
const LintSettings *config_root_settings(Config *c);

/* Print the settings for `path` (`--show-settings`), as Ruff prints them. */
void config_show_settings(Config *c, const char *path);

/* --- For discovery (io/discover.c); paths are absolute and normalised. --- */
const char *config_cwd(const Config *c);
bool config_force_exclude(const Config *c);
bool config_respect_gitignore(const Config *c);
/* Look for the closest configuration at or above `path` (Ruff does this for every path given on
 * the command line). */
bool config_add_ancestors(Config *c, const char *path, char *err, size_t errlen);
/* Entering directory `dir` during the walk: load its configuration, if any. */
bool config_enter_dir(Config *c, const char *dir, char *err, size_t errlen);
/* The scope that governs `path`. */
const Scope *config_scope_for(const Config *c, const char *path);
/* Is `path` matched by exclude / extend-exclude of `s` (full path or base name)? */
bool scope_excluded(const Scope *s, const char *path);
/* Is `path` matched by include / extend-include? */
bool scope_included(const Scope *s, const char *path);
/* Is `path` matched by lint.exclude? */
bool scope_lint_excluded(const Scope *s, const char *path);
/* Ruff's is_file_excluded: `path` or one of its ancestors (up to the project root) excluded. */
bool config_path_excluded(const Config *c, const char *path);

#endif
