/* dispatch.c: subcommand dispatch, `snipe debug`, `snipe version`, error printing. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

typedef struct Command {
    const char *name;
    int (*fn)(int, char **);
    const char *summary;
} Command;

static const Command commands[] = {
#define COMMAND(name, fn, summary) {name, fn, summary},
#include "cli/commands.def"
#undef COMMAND
};

static const Command debug_commands[] = {
#define DEBUG(name, fn, summary) {name, fn, summary},
#include "cli/debug.def"
#undef DEBUG
    {NULL, NULL, NULL},
};

void cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("snipe: error: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

void cli_warning(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("warning: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

static void usage(FILE *f)
{
    fputs("snipe: a fast Python linter (Ruff-compatible) and production-readiness checker\n\n"
          "Usage: snipe <COMMAND>\n\nCommands:\n", f);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(f, "  %-9s %s\n", commands[i].name, commands[i].summary);
    fputs("  help      Print this message\n\nOptions:\n  -h, --help     Print help\n"
          "  -V, --version  Print version\n\nFor help with a command: snipe <COMMAND> --help\n", f);
}

int cmd_version(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    printf("snipe %s\n", SNIPE_VERSION);
    return EXIT_CLEAN;
}

int cmd_debug(int argc, char **argv)
{
    if (argc < 1 || strcmp(argv[0], "--help") == 0 || strcmp(argv[0], "-h") == 0) {
        FILE *f = argc < 1 ? stderr : stdout;
        fputs("Usage: snipe debug <WHAT> FILE...\n\n", f);
        for (const Command *c = debug_commands; c->name; c++)
            fprintf(f, "  %-8s %s\n", c->name, c->summary);
        return argc < 1 ? EXIT_ERROR : EXIT_CLEAN;
    }
    for (const Command *c = debug_commands; c->name; c++)
        if (strcmp(c->name, argv[0]) == 0)
            return c->fn(argc - 1, argv + 1);
    cli_error("unknown debug command '%s'", argv[0]);
    return EXIT_ERROR;
}

int cli_main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_ERROR;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        usage(stdout);
        return EXIT_CLEAN;
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0)
        return cmd_version(0, NULL);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(commands[i].name, cmd) == 0)
            return commands[i].fn(argc - 2, argv + 2);
    cli_error("unrecognized subcommand '%s'", cmd);
    usage(stderr);
    return EXIT_ERROR;
}
