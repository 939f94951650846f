/* audit_config.h: the audit's settings: [tool.snipe.audit] in pyproject.toml or [audit] in snipe.toml. */
#ifndef SNIPE_AUDIT_CONFIG_H
#define SNIPE_AUDIT_CONFIG_H

#include "audit/audit.h"

/* The table the settings come from (snipe.toml's [audit] wins), or NULL; *file says where. */
const TomlValue *audit_config_table(const Project *p, const char **file);
/* Read `kind` and `python-floor` into the project (before the layout guess). Bad values are
 * left for audit_config_selection to report. */
void audit_config_project(Project *p);
/* Fill the selection from `select` / `ignore` (all checks selected by default). Returns NULL, or
 * an error message naming the file and line of a bad setting. */
const char *audit_config_selection(const Project *p, AuditSelection *sel);
/* Apply a comma-separated list of IDs or family keys from the command line: `select` replaces
 * the selection, otherwise the items are ignored. Returns NULL or an error message. */
const char *audit_select_list(Arena *a, AuditSelection *sel, const char *list, bool select);

#endif
