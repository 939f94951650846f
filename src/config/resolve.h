/* resolve.h: turning configuration files and command-line overrides into the settings of each
 * file (Ruff's hierarchical configuration). */
#ifndef SNIPE_RESOLVE_H
#define SNIPE_RESOLVE_H

#include <stdbool.h>
#include <stddef.h>

#include "cli/check_args.h"
#include "config/settings.h"

typedef struct Config Config;

/* Build the configuration for a run from the command line. On error (a bad flag value, a broken
 * configuration file) returns NULL and writes a message naming the file and position to err. */
Config *config_new(const CheckArgs *args, char *err, size_t errlen);
void config_free(Config *c);

/* The settings that apply to the file at `path`. Never NULL. */
const LintSettings *config_settings_for(Config *c, const char *path);

/* Print the settings for `path` (`--show-settings`). */
void config_show_settings(Config *c, const char *path);

#endif
