/* cli.h: the subcommand functions (expanded from commands.def) and shared command-line helpers. */
#ifndef SNIPE_CLI_H
#define SNIPE_CLI_H

#include <stdbool.h>
#include <stdio.h>

#define SNIPE_VERSION "0.1.0"

#define COMMAND(name, fn, summary) int fn(int argc, char **argv);
#define DEBUG(name, fn, summary) int fn(int argc, char **argv);
#include "cli/commands.def"
#include "cli/debug.def"
#undef COMMAND
#undef DEBUG

/* Exit statuses, as Ruff's. */
enum { EXIT_CLEAN = 0, EXIT_FOUND = 1, EXIT_ERROR = 2 };

/* Run the command line (argv as main receives it); returns the exit status. */
int cli_main(int argc, char **argv);
/* Print `snipe: error: <msg>` to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void cli_warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
