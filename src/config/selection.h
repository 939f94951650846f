/* selection.h: Ruff's rule selection: layers of select / extend-select / ignore / fixable /
 * unfixable (configuration files first, the command line last) resolved into rule sets. */
#ifndef SNIPE_SELECTION_H
#define SNIPE_SELECTION_H

#include <stdbool.h>
#include <stddef.h>

#include "rules/registry.h"

/* One layer of selectors, as given by one configuration file or by the command line. Each
 * list is an array of selector strings; `select`/`fixable` are NULL when not given at all
 * (different from an empty list). */
typedef struct SelectionLayer {
    const char *const *select; size_t nselect;       bool has_select;
    const char *const *extend_select; size_t nextend_select;
    const char *const *ignore; size_t nignore;       /* ignore and extend-ignore together */
    const char *const *fixable; size_t nfixable;     bool has_fixable;
    const char *const *extend_fixable; size_t nextend_fixable;
    const char *const *unfixable; size_t nunfixable;
} SelectionLayer;

/* Ruff 0.17's default selection. */
extern const char *const default_select[];
extern const size_t default_select_len;

/* Resolve the layers (in order of precedence, lowest first) into the enabled and fixable rule
 * sets. With preview off, preview rules are never enabled. On an unknown selector returns false
 * and writes the offending string to *bad. */
bool selection_resolve(const SelectionLayer *layers, size_t n, bool preview, RuleSet *enabled,
                       RuleSet *fixable, const char **bad);

#endif
