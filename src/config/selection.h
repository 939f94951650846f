/* selection.h: Ruff's rule selection: layers of select / extend-select / ignore / fixable /
 * unfixable (the base of an `extend` chain first, the command line last) resolved into rule sets. */
#ifndef SNIPE_SELECTION_H
#define SNIPE_SELECTION_H

#include <stdbool.h>
#include <stddef.h>

#include "config/cfgtypes.h"
#include "rules/registry.h"

/* One layer of selectors, as given by one configuration file or by the command line. `select`
 * and `fixable` distinguish "not given" (set false) from an empty list; `ignore` holds ignore and
 * extend-ignore, `unfixable` unfixable and extend-unfixable. */
typedef struct SelectionLayer {
    CfgStrs select, extend_select, ignore, fixable, extend_fixable, unfixable;
} SelectionLayer;

typedef struct SelectionOptions {
    bool preview;                 /* preview rules selectable by prefixes (and exact codes) */
    bool explicit_preview_rules;  /* preview rules only through their exact code */
    const Warner *warn;
} SelectionOptions;

/* Resolve the layers, lowest precedence first, into the enabled and fixable rule sets, starting
 * from Ruff 0.17's default selection and "everything fixable". Within a layer selectors apply
 * from the least to the most specific, and at equal specificity an ignore beats a select; a layer
 * with `select` replaces the selection, one without adjusts it; the ignores of a layer whose
 * `select` is empty (with no extend-select) carry over to the next layer (same for unfixable).
 * On an unknown selector returns false with a message in err. */
bool selection_resolve(const SelectionLayer *layers, size_t n, const SelectionOptions *o, RuleSet *enabled,
                       RuleSet *fixable, char *err, size_t errlen);

/* Parse one selector given for `s->key`. Returns false (message in err) when it is not a
 * selector; in preview mode an unknown selector is a warning and *skip is set instead. Rule
 * names ("line-too-long") are accepted in preview mode only, as in Ruff. */
bool selection_parse(const CfgStr *s, const SelectionOptions *o, Selector *out, bool *skip, char *err,
                     size_t errlen);

/* The rules a selector enables under these options (preview gating). */
void selection_rules(const Selector *s, const char *text, const SelectionOptions *o, RuleSet *out);

/* Ruff 0.17's default rule set restricted to implemented rules, under these options. */
void selection_defaults(const SelectionOptions *o, RuleSet *out);

#endif
