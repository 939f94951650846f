/* check_args.c: parsing `snipe check`'s options (long options with `=` or a separate value). */
#include "check_args.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

typedef enum { OPT_LIST, OPT_CSV, OPT_STR, OPT_FLAG, OPT_TRI_YES, OPT_TRI_NO, OPT_OPTIONAL_STR } OptKind;

typedef struct Opt {
    const char *name;     /* long name without the dashes */
    char shortname;
    OptKind kind;
    size_t offset;        /* into CheckArgs */
    const char *help;
} Opt;

#define F(field) offsetof(CheckArgs, field)
static const Opt opts[] = {
    {"select", 0, OPT_CSV, F(select), "Comma-separated list of rule codes to enable (or ALL)"},
    {"extend-select", 0, OPT_CSV, F(extend_select), "Like --select, but adds to the selected rules"},
    {"ignore", 0, OPT_CSV, F(ignore), "Comma-separated list of rule codes to disable"},
    {"extend-ignore", 0, OPT_CSV, F(extend_ignore), "Like --ignore (deprecated in Ruff)"},
    {"per-file-ignores", 0, OPT_CSV, F(per_file_ignores), "List of mappings from file pattern to code to exclude"},
    {"extend-per-file-ignores", 0, OPT_CSV, F(extend_per_file_ignores), "Like --per-file-ignores, but adds to them"},
    {"fixable", 0, OPT_CSV, F(fixable), "Rules to consider fixable"},
    {"extend-fixable", 0, OPT_CSV, F(extend_fixable), "Like --fixable, but adds to them"},
    {"unfixable", 0, OPT_CSV, F(unfixable), "Rules to consider unfixable"},
    {"exclude", 0, OPT_CSV, F(exclude), "File patterns to exclude from linting"},
    {"extend-exclude", 0, OPT_CSV, F(extend_exclude), "Like --exclude, but adds to the default excludes"},
    {"config", 0, OPT_LIST, F(config), "A configuration file, or an inline TOML `key = value` override"},
    {"line-length", 0, OPT_STR, F(line_length), "Set the line-length"},
    {"target-version", 0, OPT_STR, F(target_version), "The minimum Python version to support (py37..py314)"},
    {"output-format", 0, OPT_STR, F(output_format), "Output format: full, concise, json, json-lines, junit, grouped, github, gitlab, pylint, rdjson, azure, sarif"},
    {"output-file", 'o', OPT_STR, F(output_file), "Write the output to a file instead of stdout"},
    {"color", 0, OPT_STR, F(color), "When to colour output: auto, always, never"},
    {"stdin-filename", 0, OPT_STR, F(stdin_filename), "The name of the file when passing it through stdin"},
    {"add-noqa", 0, OPT_OPTIONAL_STR, F(add_noqa), "Add `noqa` directives to every line that needs one"},
    {"preview", 0, OPT_TRI_YES, F(preview), "Enable preview mode"},
    {"no-preview", 0, OPT_TRI_NO, F(preview), NULL},
    {"fix", 0, OPT_TRI_YES, F(fix), "Apply fixes to resolve lint violations"},
    {"no-fix", 0, OPT_TRI_NO, F(fix), NULL},
    {"unsafe-fixes", 0, OPT_TRI_YES, F(unsafe_fixes), "Include fixes that may not retain the original intent"},
    {"no-unsafe-fixes", 0, OPT_TRI_NO, F(unsafe_fixes), NULL},
    {"show-fixes", 0, OPT_TRI_YES, F(show_fixes), "Show an enumeration of all fixed lint violations"},
    {"no-show-fixes", 0, OPT_TRI_NO, F(show_fixes), NULL},
    {"force-exclude", 0, OPT_TRI_YES, F(force_exclude), "Enforce exclusions, even for paths passed directly"},
    {"no-force-exclude", 0, OPT_TRI_NO, F(force_exclude), NULL},
    {"respect-gitignore", 0, OPT_TRI_YES, F(respect_gitignore), "Respect file exclusions via .gitignore and other standard ignore files"},
    {"no-respect-gitignore", 0, OPT_TRI_NO, F(respect_gitignore), NULL},
    {"isolated", 0, OPT_FLAG, F(isolated), "Ignore all configuration files"},
    {"exit-zero", 'e', OPT_FLAG, F(exit_zero), "Exit with status code 0, even upon detecting lint violations"},
    {"exit-non-zero-on-fix", 0, OPT_FLAG, F(exit_non_zero_on_fix), "Exit with a non-zero status code if any files were modified via fix"},
    {"statistics", 0, OPT_FLAG, F(statistics), "Show counts for every rule with at least one violation"},
    {"show-files", 0, OPT_FLAG, F(show_files), "See the files snipe will be run against with the current settings"},
    {"show-settings", 0, OPT_FLAG, F(show_settings), "See the settings snipe will use to lint a given Python file"},
    {"ignore-noqa", 0, OPT_FLAG, F(ignore_noqa), "Ignore any `# noqa` comments"},
    {"diff", 0, OPT_FLAG, F(diff), "Avoid writing any fixed files back; instead, output a diff for each changed file"},
    {"fix-only", 0, OPT_FLAG, F(fix_only), "Apply fixes to resolve lint violations, but don't report on leftovers"},
    {"quiet", 'q', OPT_FLAG, F(quiet), "Print diagnostics, but nothing else"},
    {"silent", 's', OPT_FLAG, F(silent), "Disable all logging (but still exit with status code 1 upon detecting diagnostics)"},
    {"no-cache", 'n', OPT_FLAG, F(no_cache), "Disable cache reads (snipe keeps no cache yet)"},
    {"help", 'h', OPT_FLAG, F(help), "Print help"},
};
#undef F

void check_args_usage(void)
{
    fputs("Run snipe on the given files or directories\n\nUsage: snipe check [OPTIONS] [FILES]...\n\n"
          "Arguments:\n  [FILES]...  List of files or directories to check, or `-` for stdin [default: .]\n\n"
          "Options:\n", stdout);
    for (size_t i = 0; i < sizeof opts / sizeof opts[0]; i++) {
        const Opt *o = &opts[i];
        if (!o->help)
            continue;
        char buf[64];
        if (o->shortname)
            snprintf(buf, sizeof buf, "-%c, --%s", o->shortname, o->name);
        else
            snprintf(buf, sizeof buf, "    --%s", o->name);
        printf("  %-30s %s\n", buf, o->help);
    }
}

static bool push_csv(StrList *l, char *value)
{
    /* Items are separated by commas; surrounding whitespace is dropped (argv is ours to cut). */
    char *save = NULL;
    for (char *tok = strtok_r(value, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        while (*tok == ' ')
            tok++;
        size_t n = strlen(tok);
        while (n && tok[n - 1] == ' ')
            tok[--n] = 0;
        if (n && !vec_push(l, tok))
            return false;
    }
    return true;
}

static int apply(CheckArgs *a, const Opt *o, char *value)
{
    char *field = (char *)a + o->offset;
    switch (o->kind) {
    case OPT_LIST:
        if (!vec_push((StrList *)field, value))
            return EXIT_ERROR;
        break;
    case OPT_CSV:
        if (!push_csv((StrList *)field, value))
            return EXIT_ERROR;
        break;
    case OPT_STR:
    case OPT_OPTIONAL_STR:
        *(const char **)field = value;
        break;
    case OPT_FLAG:
        *(bool *)field = true;
        break;
    case OPT_TRI_YES:
        *(TriState *)field = TRI_YES;
        break;
    case OPT_TRI_NO:
        *(TriState *)field = TRI_NO;
        break;
    }
    return 0;
}

static bool takes_value(const Opt *o)
{
    return o->kind == OPT_LIST || o->kind == OPT_CSV || o->kind == OPT_STR;
}

int check_args_parse(CheckArgs *a, int argc, char **argv)
{
    memset(a, 0, sizeof *a);
    a->preview = a->fix = a->unsafe_fixes = a->show_fixes = TRI_UNSET;
    a->force_exclude = a->respect_gitignore = TRI_UNSET;
    a->output_format = getenv("SNIPE_OUTPUT_FORMAT");
    a->output_file = getenv("SNIPE_OUTPUT_FILE");
    const char *nc = getenv("SNIPE_NO_CACHE");
    a->no_cache = nc && *nc && strcmp(nc, "0") != 0 && strcmp(nc, "false") != 0;
    bool only_paths = false;
    for (int i = 0; i < argc; i++) {
        char *arg = argv[i];
        if (only_paths || arg[0] != '-' || strcmp(arg, "-") == 0) {
            if (!vec_push(&a->paths, arg))
                return EXIT_ERROR;
            continue;
        }
        if (strcmp(arg, "--") == 0) {
            only_paths = true;
            continue;
        }
        const Opt *o = NULL;
        char *value = NULL;
        if (arg[1] == '-') {
            char *name = arg + 2;
            char *eq = strchr(name, '=');
            size_t n = eq ? (size_t)(eq - name) : strlen(name);
            for (size_t k = 0; k < sizeof opts / sizeof opts[0]; k++)
                if (strlen(opts[k].name) == n && strncmp(opts[k].name, name, n) == 0)
                    o = &opts[k];
            if (!o) {
                cli_error("unexpected argument '%s' found\n\nFor more information, try 'snipe check --help'.", arg);
                return EXIT_ERROR;
            }
            if (eq) {
                if (!takes_value(o) && o->kind != OPT_OPTIONAL_STR) {
                    cli_error("unexpected value '%s' for '--%s' found; no more were expected", eq + 1, o->name);
                    return EXIT_ERROR;
                }
                value = eq + 1;
            }
        } else {
            for (size_t k = 0; k < sizeof opts / sizeof opts[0]; k++)
                if (opts[k].shortname == arg[1])
                    o = &opts[k];
            if (!o || (arg[2] && !takes_value(o))) {
                cli_error("unexpected argument '%s' found\n\nFor more information, try 'snipe check --help'.", arg);
                return EXIT_ERROR;
            }
            if (arg[2])
                value = arg + 2;
        }
        if (!value && takes_value(o)) {
            if (i + 1 >= argc) {
                cli_error("a value is required for '--%s <%s>' but none was supplied", o->name, o->name);
                return EXIT_ERROR;
            }
            value = argv[++i];
        }
        if (!value && o->kind == OPT_OPTIONAL_STR)
            value = "";
        if (apply(a, o, value))
            return EXIT_ERROR;
    }
    return 0;
}

void check_args_free(CheckArgs *a)
{
    StrList *lists[] = {&a->paths, &a->select, &a->extend_select, &a->ignore, &a->extend_ignore,
                        &a->fixable, &a->extend_fixable, &a->unfixable, &a->per_file_ignores,
                        &a->extend_per_file_ignores, &a->exclude, &a->extend_exclude, &a->config};
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
        vec_free(lists[i]);
}
