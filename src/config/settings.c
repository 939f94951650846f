/* settings.c: default lint settings. */
#include "settings.h"

#include <string.h>

static const char *const default_task_tags[] = {"TODO", "FIXME", "XXX", NULL};
static const char *const empty_list[] = {NULL};

void lint_settings_default(LintSettings *s)
{
    memset(s, 0, sizeof *s);
    s->target_version = PY310;
    s->line_length = 88;
    s->indent_width = 4;
    s->max_line_length = 88;
    s->lines_after_imports = -1;
    s->task_tags = default_task_tags;
    s->unsafe_fixes = UNSAFE_MODE_HINT;
    s->dummy_variable_rgx_src = "^(_+|(_+[a-zA-Z0-9_]*[a-zA-Z0-9]+?))$";
    s->allowed_confusables = s->builtins = s->typing_modules = s->extend_generics = s->allowed_unused_imports = s->logger_objects = empty_list;
    s->external = s->src = s->namespace_packages = empty_list;
    s->ignore_init_module_imports = true;
    s->typing_extensions = true;
}
