/* selection.c: resolving selector layers as Ruff does: within a layer, selectors apply from the
 * least to the most specific (an ignore wins over a select of the same specificity); a layer
 * with `select` replaces what came before, one without adds to it. */
#include "selection.h"

#include <string.h>

const char *const default_select[] = {"E4", "E7", "E9", "F"};
const size_t default_select_len = sizeof default_select / sizeof default_select[0];

/* The rules a selector turns on: preview rules only in preview mode. */
static void selectable(const Selector *s, bool preview, RuleSet *out)
{
    *out = s->rules;
    if (preview)
        return;
    for (int r = 0; r < RULE__COUNT; r++)
        if (rule_table[r].status == PREVIEW)
            ruleset_remove(out, (RuleId)r);
}

typedef struct Updates {
    RuleSet on, off;    /* rules set to true / false by this layer */
} Updates;

static void update(Updates *u, const RuleSet *rules, bool on)
{
    for (int r = 0; r < RULE__COUNT; r++) {
        if (!ruleset_has(rules, (RuleId)r))
            continue;
        if (on) {
            ruleset_add(&u->on, (RuleId)r);
            ruleset_remove(&u->off, (RuleId)r);
        } else {
            ruleset_add(&u->off, (RuleId)r);
            ruleset_remove(&u->on, (RuleId)r);
        }
    }
}

/* Apply select-like lists (on) and ignore-like lists (off) by specificity. */
static bool layer_updates(const char *const *on1, size_t n1, const char *const *on2, size_t n2,
                          const char *const *off1, size_t noff1, const char *const *off2, size_t noff2,
                          bool preview, Updates *u, const char **bad)
{
    memset(u, 0, sizeof *u);
    for (int spec = SPEC_ALL; spec <= SPEC_RULE; spec++) {
        const char *const *ons[2] = {on1, on2};
        size_t nons[2] = {n1, n2};
        for (int l = 0; l < 2; l++)
            for (size_t i = 0; i < nons[l]; i++) {
                Selector s;
                if (!selector_parse(ons[l][i], &s)) {
                    *bad = ons[l][i];
                    return false;
                }
                if ((int)s.spec != spec)
                    continue;
                RuleSet rs;
                selectable(&s, preview, &rs);
                update(u, &rs, true);
            }
        const char *const *offs[2] = {off1, off2};
        size_t noffs[2] = {noff1, noff2};
        for (int l = 0; l < 2; l++)
            for (size_t i = 0; i < noffs[l]; i++) {
                Selector s;
                if (!selector_parse(offs[l][i], &s)) {
                    *bad = offs[l][i];
                    return false;
                }
                if ((int)s.spec == spec)
                    update(u, &s.rules, false);
            }
    }
    return true;
}

bool selection_resolve(const SelectionLayer *layers, size_t n, bool preview, RuleSet *enabled,
                       RuleSet *fixable, const char **bad)
{
    memset(enabled, 0, sizeof *enabled);
    memset(fixable, 0, sizeof *fixable);
    for (size_t i = 0; i < default_select_len; i++) {
        Selector s;
        if (selector_parse(default_select[i], &s)) {
            RuleSet rs;
            selectable(&s, preview, &rs);
            ruleset_union(enabled, &rs);
        }
    }
    for (int r = 0; r < RULE__COUNT; r++)
        ruleset_add(fixable, (RuleId)r);

    /* Ignores of a layer whose select is empty carry over to the next layers, as in Ruff. */
    const char *const *carry = NULL;
    size_t ncarry = 0;
    for (size_t k = 0; k < n; k++) {
        const SelectionLayer *L = &layers[k];
        Updates u;
        if (!layer_updates(L->select, L->nselect, L->extend_select, L->nextend_select, L->ignore, L->nignore,
                           carry, ncarry, preview, &u, bad))
            return false;
        if (L->has_select) {
            *enabled = u.on;
            if (L->nselect == 0 && L->nextend_select == 0 && L->nignore > 0) {
                carry = L->ignore;
                ncarry = L->nignore;
            }
        } else {
            ruleset_union(enabled, &u.on);
            ruleset_subtract(enabled, &u.off);
        }
        /* fixable / unfixable work the same way, preview rules included. */
        Updates f;
        if (!layer_updates(L->fixable, L->nfixable, L->extend_fixable, L->nextend_fixable, L->unfixable,
                           L->nunfixable, NULL, 0, true, &f, bad))
            return false;
        if (L->has_fixable) {
            *fixable = f.on;
        } else {
            ruleset_union(fixable, &f.on);
            ruleset_subtract(fixable, &f.off);
        }
    }
    return true;
}
