/* show_settings.c: `--show-settings`: the resolved settings of one file in Ruff's layout. */
#include <stdio.h>
#include <string.h>

#include "config/pyversion.h"
#include "config/resolve_internal.h"

static void list(FILE *o, const char *name, const char *const *v, bool quote)
{
    if (!v || !v[0]) {
        fprintf(o, "%s = []\n", name);
        return;
    }
    fprintf(o, "%s = [\n", name);
    for (; *v; v++)
        fprintf(o, quote ? "\t\"%s\",\n" : "\t%s,\n", *v);
    fputs("]\n", o);
}

static void patterns(FILE *o, const char *name, const PatternSet *p)
{
    if (!p->nshown) {
        fprintf(o, "%s = []\n", name);
        return;
    }
    fprintf(o, "%s = [\n", name);
    for (uint32_t i = 0; i < p->nshown; i++)
        fprintf(o, "\t\"%s\",\n", p->shown[i]);
    fputs("]\n", o);
}

static void rules(FILE *o, const char *name, const RuleSet *s)
{
    fprintf(o, "%s = [\n", name);
    for (int r = 0; r < RULE__COUNT; r++)
        if (ruleset_has(s, (RuleId)r))
            fprintf(o, "\t%s (%s),\n", rule_table[r].name, rule_table[r].code);
    fputs("]\n", o);
}

static const char *onoff(bool b) { return b ? "enabled" : "disabled"; }

void scope_print(const Scope *s, const LintSettings *ls, const char *path, FILE *o)
{
    static const char *const unsafe[] = {"hint", "disabled", "enabled"};
    fprintf(o, "Resolved settings for: \"%s\"\n", path);
    if (s->config_path)
        fprintf(o, "Settings path: \"%s\"\n", s->config_path);
    fputs("\n# General Settings\n", o);
    fprintf(o, "cache_dir = \"%s\"\n", ls->cache_dir ? ls->cache_dir : "");
    fprintf(o, "fix = %s\nfix_only = %s\n", ls->fix ? "true" : "false", ls->fix_only ? "true" : "false");
    fprintf(o, "output_format = %s\n", ls->output_format ? ls->output_format : "full");
    fprintf(o, "show_fixes = %s\nunsafe_fixes = %s\n", ls->show_fixes ? "true" : "false", unsafe[ls->unsafe_fixes]);
    fputs("\n# File Resolver Settings\n", o);
    patterns(o, "file_resolver.exclude", &s->exclude);
    patterns(o, "file_resolver.extend_exclude", &s->extend_exclude);
    fprintf(o, "file_resolver.force_exclude = %s\n", s->force_exclude ? "true" : "false");
    patterns(o, "file_resolver.include", &s->include);
    patterns(o, "file_resolver.extend_include", &s->extend_include);
    fprintf(o, "file_resolver.respect_gitignore = %s\n", s->respect_gitignore ? "true" : "false");
    fprintf(o, "file_resolver.project_root = \"%s\"\n", s->root);
    fputs("\n# Linter Settings\n", o);
    patterns(o, "linter.exclude", &s->lint_exclude);
    fprintf(o, "linter.project_root = \"%s\"\n", s->root);
    rules(o, "linter.rules.enabled", &ls->enabled);
    RuleSet should_fix = ls->enabled;
    for (int r = 0; r < RULE__COUNT; r++)
        if (!ruleset_has(&ls->fixable, (RuleId)r))
            ruleset_remove(&should_fix, (RuleId)r);
    rules(o, "linter.rules.should_fix", &should_fix);
    if (!ls->per_file_ignores || !ls->per_file_ignores->len) {
        fputs("linter.per_file_ignores = {}\n", o);
    } else {
        fputs("linter.per_file_ignores = {\n", o);
        for (uint32_t i = 0; i < ls->per_file_ignores->len; i++) {
            const PerFileEntry *e = &ls->per_file_ignores->data[i];
            fprintf(o, "\t%s%s => {", e->negated ? "!" : "", e->absolute.pattern);
            bool first = true;
            for (int r = 0; r < RULE__COUNT; r++)
                if (ruleset_has(&e->rules, (RuleId)r)) {
                    fprintf(o, "%s%s", first ? "" : ", ", rule_table[r].code);
                    first = false;
                }
            fputs("},\n", o);
        }
        fputs("}\n", o);
    }
    rules(o, "linter.safety_table.forced_safe", &ls->extend_safe_fixes);
    rules(o, "linter.safety_table.forced_unsafe", &ls->extend_unsafe_fixes);
    fprintf(o, "linter.unresolved_target_version = 3.%d\n", (int)ls->target_version);
    if (!s->per_file_targets.len) {
        fputs("linter.per_file_target_version = {}\n", o);
    } else {
        fputs("linter.per_file_target_version = {\n", o);
        for (uint32_t i = 0; i < s->per_file_targets.len; i++) {
            const PerFileEntry *e = &s->per_file_targets.data[i];
            fprintf(o, "\t%s%s => 3.%d,\n", e->negated ? "!" : "", e->absolute.pattern, (int)e->version);
        }
        fputs("}\n", o);
    }
    fprintf(o, "linter.preview = %s\n", onoff(ls->preview));
    fprintf(o, "linter.explicit_preview_rules = %s\n", ls->explicit_preview_rules ? "true" : "false");
    list(o, "linter.allowed_confusables", ls->allowed_confusables, false);
    list(o, "linter.builtins", ls->builtins, false);
    fprintf(o, "linter.dummy_variable_rgx = %s\n", ls->dummy_variable_rgx_src);
    list(o, "linter.external", ls->external, false);
    fprintf(o, "linter.ignore_init_module_imports = %s\n", ls->ignore_init_module_imports ? "true" : "false");
    list(o, "linter.logger_objects", ls->logger_objects, false);
    list(o, "linter.namespace_packages", ls->namespace_packages, true);
    list(o, "linter.src", ls->src, true);
    fprintf(o, "linter.tab_size = %u\nlinter.line_length = %u\n", ls->indent_width, ls->line_length);
    list(o, "linter.task_tags", ls->task_tags, false);
    list(o, "linter.typing_modules", ls->typing_modules, false);
    fprintf(o, "linter.typing_extensions = %s\n", ls->typing_extensions ? "true" : "false");
    fputs("\n# Linter Plugins\n", o);
    fprintf(o, "linter.pycodestyle.max_line_length = %u\n", ls->max_line_length);
    if (ls->max_doc_length)
        fprintf(o, "linter.pycodestyle.max_doc_length = %u\n", ls->max_doc_length);
    else
        fputs("linter.pycodestyle.max_doc_length = none\n", o);
    fprintf(o, "linter.pycodestyle.ignore_overlong_task_comments = %s\n",
            ls->ignore_overlong_task_comments ? "true" : "false");
    /* Rust's Debug format of a Vec<String>: ["a", "b"] */
    const char *const *pf[2] = {ls->extend_generics, ls->allowed_unused_imports};
    const char *pf_names[2] = {"extend_generics", "allowed_unused_imports"};
    for (int k = 0; k < 2; k++) {
        fprintf(o, "linter.pyflakes.%s = [", pf_names[k]);
        for (const char *const *v = pf[k]; v && *v; v++)
            fprintf(o, "%s\"%s\"", v == pf[k] ? "" : ", ", *v);
        fputs("]\n", o);
    }
}
