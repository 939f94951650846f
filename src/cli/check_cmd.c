/* check_cmd.c: `snipe check`: configuration, discovery, parallel linting, output, exit status. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/check_args.h"
#include "cli/cli.h"
#include "cli/fix_report.h"
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
    const char *conflict = fix_run_conflict(&a);
    if (conflict) {
        cli_error("%s", conflict);
        check_args_free(&a);
        return EXIT_ERROR;
    }
    char err[4096];
    Config *cfg = config_new(&a, stderr, err, sizeof err);
    if (!cfg) {
        cli_error("%s", err);
        check_args_free(&a);
        return EXIT_ERROR;
    }
    /* output-format from the configuration when neither the flag nor SNIPE_OUTPUT_FORMAT is given. */
    const char *cfg_format = config_root_settings(cfg)->output_format;
    if (!a.output_format && cfg_format)
        output_format_parse(cfg_format, &oo.format);
    FileList files = {0};
    if (!discover_files(cfg, &a, &files, err, sizeof err)) {
        cli_error("%s", err);
        file_list_free(&files);
        config_free(cfg);
        check_args_free(&a);
        return EXIT_ERROR;
    }
    if (a.show_files || a.show_settings) {
        rc = EXIT_CLEAN;
        if (a.show_settings && files.len == 0) {
            cli_error("No files found under the given path");
            rc = EXIT_ERROR;
        } else if (a.show_settings) {
            config_show_settings(cfg, files.data[0].path);
        } else {
            for (uint32_t i = 0; i < files.len; i++)
                printf("%s\n", files.data[i].abs);
        }
        file_list_free(&files);
        config_free(cfg);
        check_args_free(&a);
        return rc;
    }

    LintJob *jobs = calloc(files.len ? files.len : 1, sizeof *jobs);
    FileResult *results = calloc(files.len ? files.len : 1, sizeof *results);
    if (!jobs || !results) {
        cli_error("out of memory");
        return EXIT_ERROR;
    }
    bool is_stdin = false;
    for (uint32_t i = 0; i < files.len; i++)
        is_stdin |= strcmp(files.data[i].path, "-") == 0;
    FixRun fr;
    fix_run_init(&fr, &a, config_root_settings(cfg), is_stdin);
    for (uint32_t i = 0; i < files.len; i++) {
        const char *p = files.data[i].path;
        jobs[i].fix = fix_run_request(&fr);
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
    /* Malformed suppression comments, as Ruff logs them. */
    for (uint32_t i = 0; i < files.len && !a.quiet && !a.silent; i++)
        for (const char *w = results[i].warnings; w && *w;) {
            size_t n = strcspn(w, "\n");
            cli_warning("%.*s", (int)n, w);
            w += n + (w[n] == '\n');
        }
    /* A file that could not be read, with E902 off: Ruff's warning instead of a diagnostic. */
    for (uint32_t i = 0; i < files.len; i++)
        if (results[i].io_error && !ruleset_has(&jobs[i].settings->enabled, RULE_E902) && !a.silent)
            cli_warning("Failed to lint %s: %s", jobs[i].display, results[i].io_error);

    size_t total = 0;
    for (uint32_t i = 0; i < files.len; i++)
        total += results[i].diags.len;
    OutputItem *items = calloc(total ? total : 1, sizeof *items);
    size_t k = 0;
    for (uint32_t i = 0; items && i < files.len; i++)
        for (uint32_t j = 0; j < results[i].diags.len; j++) {
            Diagnostic *d = &results[i].diags.data[j];
            /* As Ruff: a rule that is not fixable reports no fix at all (its help line stays). */
            if (d->fix && d->rule != RULE__COUNT && !ruleset_has(&jobs[i].settings->fixable, d->rule))
                d->fix = NULL;
            items[k++] = (OutputItem){&results[i], d};
        }
    /* Files come sorted by path and each file's diagnostics in order, so this is usually a scan. */
    size_t unsorted = 1;
    while (unsorted < k && cmp_item(&items[unsorted - 1], &items[unsorted]) <= 0)
        unsorted++;
    if (unsorted < k)
        qsort(items, k, sizeof *items, cmp_item);
    /* Fixing standard input: the fixed source (or diff) goes to stdout, the report to stderr. */
    bool fix_stdin = is_stdin && fr.req.mode != FIX_MODE_GENERATE;
    if (!fix_run_output(&fr, stdout, results, files.len, !fix_stdin && want_color(&a, stdout)))
        rc = EXIT_ERROR;

    FILE *out = fix_stdin ? stderr : stdout;
    if (a.output_file) {
        out = fopen(a.output_file, "w");
        if (!out) {
            cli_error("Failed to open output file %s", a.output_file);
            rc = EXIT_ERROR;
            goto done;
        }
    }
    oo.color = want_color(&a, out);
    const LintSettings *root = config_root_settings(cfg); /* configuration and flags merged */
    oo.preview = root->preview;
    oo.hyperlinks = oo.color && output_supports_hyperlinks();
    oo.show_fix_status = fr.req.mode != FIX_MODE_APPLY;
    oo.unsafe_fixes = root->unsafe_fixes == UNSAFE_MODE_ENABLED    ? UNSAFE_FIXES_ENABLED
                      : root->unsafe_fixes == UNSAFE_MODE_DISABLED ? UNSAFE_FIXES_DISABLED
                                                                   : UNSAFE_FIXES_HINT;
    if (a.statistics) {
        char msg[256];
        if (!output_statistics(out, &oo, items, k, a.quiet || a.silent, msg, sizeof msg)) {
            cli_error("%s", msg);
            rc = EXIT_ERROR;
        }
    } else if (!a.silent) {
        if (fr.show_violations && !output_write(out, &oo, items, k))
            rc = EXIT_ERROR;
        if (!a.quiet && output_format_is_human(oo.format))
            fix_run_summary(&fr, out, &oo, items, k, results, files.len);
    }
    if (out != stdout && fclose(out) != 0)
        rc = EXIT_ERROR;
    if (!rc && !a.exit_zero)
        rc = fix_run_exit_status(&fr, results, files.len, k);
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
