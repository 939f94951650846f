/* audit_config.c: reads select / ignore (with reasons) / kind / python-floor for the audit. */
#include "audit/audit_config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const TomlValue *audit_config_table(const Project *p, const char **file)
{
    const TomlValue *t = p->snipe_toml.root ? toml_get(p->snipe_toml.root, "audit") : NULL;
    if (t && t->kind == TOML_TABLE) {
        *file = p->snipe_toml.file;
        return t;
    }
    t = p->pyproject.root ? toml_get_path(p->pyproject.root, "tool.snipe.audit") : NULL;
    if (t && t->kind == TOML_TABLE) {
        *file = "pyproject.toml";
        return t;
    }
    return NULL;
}

static bool parse_floor(const char *s, int *maj, int *min)
{
    if (!s || !isdigit((unsigned char)*s))
        return false;
    char *e;
    long a = strtol(s, &e, 10);
    if (*e != '.' || !isdigit((unsigned char)e[1]))
        return false;
    long b = strtol(e + 1, &e, 10);
    if (*e || a > 99 || b > 999)
        return false;
    *maj = (int)a;
    *min = (int)b;
    return true;
}

void audit_config_project(Project *p)
{
    const char *file;
    const TomlValue *t = audit_config_table(p, &file);
    const char *kind = tstr(p, toml_get(t, "kind"));
    if (kind && strcmp(kind, "library") == 0)
        p->kind_setting = KIND_LIBRARY;
    else if (kind && (strcmp(kind, "application") == 0 || strcmp(kind, "app") == 0 || strcmp(kind, "service") == 0))
        p->kind_setting = KIND_APPLICATION;
    parse_floor(tstr(p, toml_get(t, "python-floor")), &p->floor_major, &p->floor_minor);
}

/* Mark one item (an ID or a family key); false when it names nothing. */
static bool mark(bool *set, const char *item)
{
    const AuditCheck *c = audit_find_check(item);
    if (c) {
        set[c - audit_checks] = true;
        return true;
    }
    int fam = audit_find_family(item);
    if (fam < 0 && strcasecmp(item, "ALL") != 0)
        return false;
    for (int i = 0; i < CHECK__COUNT; i++)
        if (fam < 0 || audit_checks[i].family == (AuditFamily)fam)
            set[i] = true;
    return true;
}

const char *audit_config_selection(const Project *p, AuditSelection *sel)
{
    memset(sel, 0, sizeof *sel);
    for (int i = 0; i < CHECK__COUNT; i++)
        sel->selected[i] = true;
    const char *file;
    const TomlValue *t = audit_config_table(p, &file);
    if (!t)
        return NULL;
    const char *kind = tstr(p, toml_get(t, "kind"));
    const TomlEntry *ke = toml_get_entry(t, "kind");
    if (ke && (!kind || (p->kind_setting == KIND_AUTO && strcmp(kind, "auto") != 0)))
        return arena_printf(p->arena, "%s:%u: kind must be \"library\", \"application\" or \"auto\"", file, ke->line);
    const TomlEntry *fe = toml_get_entry(t, "python-floor");
    if (fe) {
        int a, b;
        const char *s = tstr(p, fe->value);
        if (!s || !parse_floor(s, &a, &b))
            return arena_printf(p->arena, "%s:%u: python-floor must be a string like \"3.11\"", file, fe->line);
    }
    const TomlEntry *se = toml_get_entry(t, "select");
    if (se) {
        if (se->value->kind != TOML_ARRAY)
            return arena_printf(p->arena, "%s:%u: select must be an array of check IDs or families", file, se->line);
        memset(sel->selected, 0, sizeof sel->selected);
        for (uint32_t i = 0; i < se->value->as.array.len; i++) {
            const char *s = tstr(p, se->value->as.array.items[i]);
            if (!s || !mark(sel->selected, s))
                return arena_printf(p->arena, "%s:%u: select: unknown check or family '%s'", file,
                                    se->value->as.array.items[i]->line, s ? s : "?");
        }
    }
    const TomlEntry *ie = toml_get_entry(t, "ignore");
    if (ie) {
        const TomlValue *v = ie->value;
        if (v->kind == TOML_ARRAY) {
            for (uint32_t i = 0; i < v->as.array.len; i++) {
                const char *s = tstr(p, v->as.array.items[i]);
                if (!s || !mark(sel->ignored, s))
                    return arena_printf(p->arena, "%s:%u: ignore: unknown check or family '%s'", file,
                                        v->as.array.items[i]->line, s ? s : "?");
            }
        } else if (v->kind == TOML_TABLE) {
            for (uint32_t i = 0; i < v->as.table.len; i++) {
                const TomlEntry *e = &v->as.table.entries[i];
                bool before[CHECK__COUNT];
                memcpy(before, sel->ignored, sizeof before);
                if (!mark(sel->ignored, e->key))
                    return arena_printf(p->arena, "%s:%u: ignore: unknown check or family '%s'", file, e->line, e->key);
                const char *why = tstr(p, e->value);
                if (!why)
                    return arena_printf(p->arena, "%s:%u: ignore: the reason for %s must be a string", file, e->line, e->key);
                for (int k = 0; k < CHECK__COUNT; k++)
                    if (sel->ignored[k] && !before[k])
                        sel->reason[k] = why;
            }
        } else {
            return arena_printf(p->arena, "%s:%u: ignore must be an array of IDs or a table of ID = \"reason\"", file, ie->line);
        }
    }
    return NULL;
}

const char *audit_select_list(Arena *a, AuditSelection *sel, const char *list, bool select)
{
    bool set[CHECK__COUNT] = {0};
    const char *p = list;
    while (*p) {
        const char *e = p;
        while (*e && *e != ',')
            e++;
        char *item = arena_strndup(a, p, (size_t)(e - p));
        if (!item)
            return "out of memory";
        while (*item == ' ')
            item++;
        for (char *t = item + strlen(item); t > item && t[-1] == ' ';)
            *--t = 0;
        if (*item && !mark(set, item))
            return arena_printf(a, "unknown check or family '%s'", item);
        p = *e ? e + 1 : e;
    }
    for (int i = 0; i < CHECK__COUNT; i++) {
        if (select)
            sel->selected[i] = set[i];
        else if (set[i]) {
            sel->ignored[i] = true;
            sel->reason[i] = NULL;
        }
    }
    return NULL;
}
