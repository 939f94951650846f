/* check_cmd.c: `snipe check`: configuration, discovery, parallel linting, output, exit status. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/check_args.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "config/resolve.h"
#include "io/discover.h"
#include "lint/noqa_add.h"
#include "lint/runner.h"

static int cmp_item(const void *a, const void *b)
{
    const OutputItem *x = a, *y = b;
    if (x->file != y->file) {
        int c = strcmp(x->file->display, y->file->display);
        if (c)
            return c;
        return x->file < y->file ? -1 : 1;
    }
    return x->diag < y->diag ? -1 : x->diag > y->diag;
}

static bool want_color(const CheckArgs *a, FILE *out)
{
    if (a->color && strcmp(a->color, "always") == 0)
        return true;
    if (a->color && strcmp(a->color, "never") == 0)
        return false;
    const char *nc = getenv("NO_COLOR");
    if (nc && *nc)
        return false;
    const char *fc = getenv("FORCE_COLOR");
    if (fc && *fc)
        return true;
    return out == stdout && isatty(STDOUT_FILENO);
}

static void print_summary(FILE *out, size_t total, size_t fixable)
{
    if (total == 0) {
        fputs("All checks passed!\n", out);
        return;
    }
    fprintf(out, "Found %zu error%s.\n", total, total == 1 ? "" : "s");
    if (fixable)
        fprintf(out, "[*] %zu fixable with the `--fix` option.\n", fixable);
}

int cmd_check(int argc, char **argv)
{
    CheckArgs a;
    int rc = check_args_parse(&a, argc, argv);
    if (rc) {
        check_args_free(&a);
        return rc;
    }
    if (a.help) {
        check_args_usage();
        check_args_free(&a);
        return EXIT_CLEAN;
    }
    OutputOptions oo = {.format = FMT_FULL, .show_fix_status = true};
    if (a.output_format && !output_format_parse(a.output_format, &oo.format)) {
        cli_error("invalid value '%s' for '--output-format <OUTPUT_FORMAT>'", a.output_format);
        check_args_free(&a);
        return EXIT_ERROR;
    }
    if (a.color && strcmp(a.color, "auto") && strcmp(a.color, "always") && strcmp(a.color, "never")) {
        cli_error("invalid value '%s' for '--color <WHEN>' [possible values: auto, always, never]", a.color);
        check_args_free(&a);
        return EXIT_ERROR;
    }
    char err[1024];
    Config *cfg = config_new(&a, err, sizeof err);
    if (!cfg) {
        cli_error("%s", err);
        check_args_free(&a);
        return EXIT_ERROR;
    }
    FileList files = {0};
    if (!discover_files(cfg, &a, &files)) {
        cli_error("out of memory while discovering files");
        config_free(cfg);
        check_args_free(&a);
        return EXIT_ERROR;
    }
    if (a.show_files || a.show_settings) {
        for (uint32_t i = 0; i < files.len; i++) {
            if (a.show_settings) {
                config_show_settings(cfg, files.data[i].path);
                break;
            }
            printf("%s\n", files.data[i].path);
        }
        file_list_free(&files);
        config_free(cfg);
        check_args_free(&a);
        return EXIT_CLEAN;
    }

    LintJob *jobs = calloc(files.len ? files.len : 1, sizeof *jobs);
    FileResult *results = calloc(files.len ? files.len : 1, sizeof *results);
    if (!jobs || !results) {
        cli_error("out of memory");
        return EXIT_ERROR;
    }
    for (uint32_t i = 0; i < files.len; i++) {
        const char *p = files.data[i].path;
        jobs[i].path = p;
        jobs[i].display = strcmp(p, "-") == 0 ? (a.stdin_filename ? a.stdin_filename : "-") : p;
        jobs[i].settings = config_settings_for(cfg, jobs[i].display);
    }
    if (a.add_noqa) {
        if (a.fix == TRI_YES || a.diff)
            cli_warning("--fix is incompatible with --add-noqa.");
        rc = noqa_add_run(jobs, files.len, a.add_noqa, stderr);
        free(results);
        free(jobs);
        file_list_free(&files);
        config_free(cfg);
        check_args_free(&a);
        return rc;
    }
    lint_jobs(jobs, files.len, results, 0);

    size_t total = 0, fixable = 0;
    for (uint32_t i = 0; i < files.len; i++)
        total += results[i].diags.len;
    OutputItem *items = calloc(total ? total : 1, sizeof *items);
    size_t k = 0;
    for (uint32_t i = 0; items && i < files.len; i++)
        for (uint32_t j = 0; j < results[i].diags.len; j++) {
            const Diagnostic *d = &results[i].diags.data[j];
            items[k++] = (OutputItem){&results[i], d};
            if (d->fix && d->fix->applicability == APPLY_SAFE && d->rule != RULE__COUNT &&
                ruleset_has(&jobs[i].settings->fixable, d->rule))
                fixable++;
        }
    qsort(items, k, sizeof *items, cmp_item);

    FILE *out = stdout;
    if (a.output_file) {
        out = fopen(a.output_file, "w");
        if (!out) {
            cli_error("Failed to open output file %s", a.output_file);
            rc = EXIT_ERROR;
            goto done;
        }
    }
    oo.color = want_color(&a, out);
    oo.preview = a.preview == TRI_YES;
    if (!a.silent) {
        if (!output_write(out, &oo, items, k))
            rc = EXIT_ERROR;
        bool text_format = oo.format == FMT_FULL || oo.format == FMT_CONCISE || oo.format == FMT_GROUPED;
        if (!a.quiet && text_format)
            print_summary(out, k, fixable);
    }
    if (out != stdout && fclose(out) != 0)
        rc = EXIT_ERROR;
    if (!rc && k > 0 && !a.exit_zero)
        rc = EXIT_FOUND;
done:
    free(items);
    for (uint32_t i = 0; i < files.len; i++)
        file_result_free(&results[i]);
    free(results);
    free(jobs);
    file_list_free(&files);
    config_free(cfg);
    check_args_free(&a);
    return rc;
}
