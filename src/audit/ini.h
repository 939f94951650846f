/* ini.h: just enough of the INI format (setup.cfg, pytest.ini, tox.ini, mypy.ini) to read one key. */
#ifndef SNIPE_AUDIT_INI_H
#define SNIPE_AUDIT_INI_H

#include <stdbool.h>
#include <stdint.h>

#include "util/arena.h"

/* The value of `key` in `[section]` (indented continuation lines joined with '\n'), or NULL.
 * Keys compare case-sensitively after trimming; `=` and `:` both separate. *line gets the key's line. */
const char *ini_value(Arena *a, const char *text, const char *section, const char *key, uint32_t *line);
/* Line of the `[section]` header, 0 when absent. */
uint32_t ini_section(const char *text, const char *section);

#endif
