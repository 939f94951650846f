/* resolve.c: the settings of a run. For now: Ruff's defaults with the command line on top. */
#include "resolve.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config/selection.h"

struct Config {
    LintSettings settings;
};

static bool parse_version(const char *s, PyVersion *out)
{
    static const char *const names[] = {"py37", "py38", "py39", "py310", "py311", "py312", "py313", "py314"};
    for (int i = 0; i < 8; i++)
        if (strcmp(s, names[i]) == 0) {
            *out = (PyVersion)(PY37 + i);
            return true;
        }
    return false;
}

Config *config_new(const CheckArgs *a, char *err, size_t errlen)
{
    Config *c = calloc(1, sizeof *c);
    if (!c) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    LintSettings *s = &c->settings;
    lint_settings_default(s);
    s->preview = a->preview == TRI_YES;
    s->ignore_noqa = a->ignore_noqa;
    if (a->line_length) {
        char *end;
        long v = strtol(a->line_length, &end, 10);
        if (*end || v < 1 || v > 320) {
            snprintf(err, errlen, "invalid value '%s' for '--line-length <LINE_LENGTH>': line-length must be between 1 and 320",
                     a->line_length);
            free(c);
            return NULL;
        }
        s->line_length = (uint32_t)v;
    }
    if (a->target_version && !parse_version(a->target_version, &s->target_version)) {
        snprintf(err, errlen, "invalid value '%s' for '--target-version <TARGET_VERSION>'", a->target_version);
        free(c);
        return NULL;
    }
    SelectionLayer cli = {
        .select = a->select.data, .nselect = a->select.len, .has_select = a->select.len > 0,
        .extend_select = a->extend_select.data, .nextend_select = a->extend_select.len,
        .fixable = a->fixable.data, .nfixable = a->fixable.len, .has_fixable = a->fixable.len > 0,
        .extend_fixable = a->extend_fixable.data, .nextend_fixable = a->extend_fixable.len,
        .unfixable = a->unfixable.data, .nunfixable = a->unfixable.len,
    };
    /* --ignore and --extend-ignore together. */
    const char **ign = calloc(a->ignore.len + a->extend_ignore.len + 1, sizeof *ign);
    if (!ign) {
        free(c);
        return NULL;
    }
    for (uint32_t i = 0; i < a->ignore.len; i++)
        ign[cli.nignore++] = a->ignore.data[i];
    for (uint32_t i = 0; i < a->extend_ignore.len; i++)
        ign[cli.nignore++] = a->extend_ignore.data[i];
    cli.ignore = ign;
    const char *bad = NULL;
    bool ok = selection_resolve(&cli, 1, s->preview, &s->enabled, &s->fixable, &bad);
    free(ign);
    if (!ok) {
        snprintf(err, errlen, "invalid value '%s' for '--select <RULE_CODE>': unknown rule selector", bad);
        free(c);
        return NULL;
    }
    return c;
}

void config_free(Config *c) { free(c); }

const LintSettings *config_settings_for(Config *c, const char *path)
{
    (void)path;
    return &c->settings;
}

void config_show_settings(Config *c, const char *path)
{
    const LintSettings *s = config_settings_for(c, path);
    printf("Resolved settings for: \"%s\"\n\n# Linter Settings\nlinter.rules.enabled = [\n", path);
    for (int r = 0; r < RULE__COUNT; r++)
        if (ruleset_has(&s->enabled, (RuleId)r))
            printf("\t%s (%s),\n", rule_table[r].name, rule_table[r].code);
    printf("]\nlinter.preview = %s\nlinter.line_length = %u\n", s->preview ? "enabled" : "disabled", s->line_length);
}
