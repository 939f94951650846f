/* rule_cmd.c: `snipe rule CODE`, `snipe rule --all` and `snipe linter`. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "rules/registry.h"
#include "util/str.h"

static const char *fix_text(FixAvailability f)
{
    switch (f) {
    case FIX_ALWAYS: return "Fix is always available.";
    case FIX_SOMETIMES: return "Fix is sometimes available.";
    default: return "Fix is not available.";
    }
}

static void rule_json(Buf *b, const RuleInfo *r)
{
    buf_puts(b, "{\n  \"name\": \"");
    buf_json_escape(b, r->name, strlen(r->name));
    buf_printf(b, "\",\n  \"code\": \"%s\",\n  \"linter\": \"", r->code);
    buf_json_escape(b, linter_table[r->linter].name, strlen(linter_table[r->linter].name));
    buf_puts(b, "\",\n  \"summary\": \"");
    buf_json_escape(b, r->doc->summary, strlen(r->doc->summary));
    buf_puts(b, "\",\n  \"message_formats\": [\n    \"");
    buf_json_escape(b, r->doc->summary, strlen(r->doc->summary));
    buf_printf(b, "\"\n  ],\n  \"fix\": \"%s\",\n  \"explanation\": \"", fix_text(r->fix));
    buf_json_escape(b, r->doc->explanation, strlen(r->doc->explanation));
    buf_printf(b, "\",\n  \"preview\": %s\n}", r->status == PREVIEW ? "true" : "false");
}

static void rule_text(const RuleInfo *r)
{
    printf("# %s (%s)\n\nDerived from the **%s** linter.\n\n", r->name, r->code, linter_table[r->linter].name);
    if (r->fix != FIX_NONE)
        printf("%s\n\n", fix_text(r->fix));
    if (r->status == PREVIEW)
        printf("This rule is in preview and is not stable. The `--preview` flag is required for use.\n\n");
    printf("%s\n", r->doc->explanation);
}

int cmd_rule(int argc, char **argv)
{
    bool all = false, json = false;
    const char *code = NULL;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--all") == 0)
            all = true;
        else if (strcmp(argv[i], "--output-format") == 0 && i + 1 < argc)
            json = strcmp(argv[++i], "json") == 0;
        else if (strncmp(argv[i], "--output-format=", 16) == 0)
            json = strcmp(argv[i] + 16, "json") == 0;
        else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            puts("Explain a rule (or all rules)\n\nUsage: snipe rule [OPTIONS] <RULE|--all>\n\n"
                 "Options:\n      --all                  Explain all rules\n"
                 "      --output-format <FMT>  text (default) or json");
            return EXIT_CLEAN;
        } else if (argv[i][0] != '-')
            code = argv[i];
        else {
            cli_error("unexpected argument '%s'", argv[i]);
            return EXIT_ERROR;
        }
    }
    if (!all && !code) {
        cli_error("the following required arguments were not provided: <RULE|--all>");
        return EXIT_ERROR;
    }
    Buf b = {0};
    if (all) {
        if (json)
            buf_puts(&b, "[\n");
        for (int r = 0; r < RULE__COUNT; r++) {
            if (json) {
                rule_json(&b, &rule_table[r]);
                buf_puts(&b, r + 1 < RULE__COUNT ? ",\n" : "\n");
            } else {
                rule_text(&rule_table[r]);
            }
        }
        if (json) {
            buf_puts(&b, "]\n");
            fputs(b.data, stdout);
        }
        buf_free(&b);
        return EXIT_CLEAN;
    }
    RuleId id = rule_by_code(code);
    if (id == RULE__COUNT)
        id = rule_by_name(code);
    if (id == RULE__COUNT) {
        cli_error("invalid value '%s' for '[RULE]': unknown rule code", code);
        return EXIT_ERROR;
    }
    if (json) {
        rule_json(&b, &rule_table[id]);
        printf("%s\n", b.data);
        buf_free(&b);
    } else {
        rule_text(&rule_table[id]);
    }
    return EXIT_CLEAN;
}

int cmd_linter(int argc, char **argv)
{
    bool json = false;
    for (int i = 0; i < argc; i++)
        if ((strcmp(argv[i], "--output-format") == 0 && i + 1 < argc && strcmp(argv[i + 1], "json") == 0) ||
            strcmp(argv[i], "--output-format=json") == 0)
            json = true;
    if (json)
        fputs("[\n", stdout);
    for (int l = 0; l < LINTER__COUNT; l++) {
        const char *prefix = l == LINTER_PYCODESTYLE ? "E/W" : linter_table[l].prefix;
        int n = 0;
        for (int r = 0; r < RULE__COUNT; r++)
            n += (int)rule_table[r].linter == l;
        if (json)
            printf("  {\"prefix\": \"%s\", \"name\": \"%s\", \"implemented_rules\": %d}%s\n", prefix,
                   linter_table[l].name, n, l + 1 < LINTER__COUNT ? "," : "");
        else
            printf("%5s %s%s\n", prefix, linter_table[l].name, n ? "" : " (no rules implemented yet)");
    }
    if (json)
        fputs("]\n", stdout);
    return EXIT_CLEAN;
}
