/* settings.c: default lint settings. */
#include "settings.h"

#include <string.h>

static const char *const default_task_tags[] = {"TODO", "FIXME", "XXX", NULL};

void lint_settings_default(LintSettings *s)
{
    memset(s, 0, sizeof *s);
    s->target_version = PY310;
    s->line_length = 88;
    s->indent_width = 4;
    s->task_tags = default_task_tags;
}
