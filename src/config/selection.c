/* selection.c: resolving selector layers as Ruff does (LintConfiguration::as_rule_table): per
 * layer a map of updates built by specificity, then either replacing or adjusting the set. */
#include "selection.h"

#include <stdio.h>
#include <string.h>

static const char *const default_rules[] = {
#define DEFAULT_RULE(code) code,
#include "config/default_rules.def"
#undef DEFAULT_RULE
};

/* Ruff's specificity order: ALL < linter group (C, T) < linter < 1..4 character prefixes < rule. */
static int specificity(const Selector *s, const char *text)
{
    if (s->spec == SPEC_ALL)
        return 0;
    if (strcmp(text, "C") == 0 || strcmp(text, "T") == 0)
        return 1;
    return 1 + (int)s->spec;
}

void selection_rules(const Selector *s, const char *text, const SelectionOptions *o, RuleSet *out)
{
    *out = s->rules;
    bool exact = s->exact && s->spec == SPEC_RULE;
    (void)text;
    for (int r = 0; r < RULE__COUNT; r++) {
        if (rule_table[r].status != PREVIEW)
            continue;
        bool keep = o->preview && (exact || !o->explicit_preview_rules);
        if (!keep)
            ruleset_remove(out, (RuleId)r);
    }
}

void selection_defaults(const SelectionOptions *o, RuleSet *out)
{
    memset(out, 0, sizeof *out);
    for (size_t i = 0; i < sizeof default_rules / sizeof default_rules[0]; i++) {
        RuleId r = rule_by_code(default_rules[i]);
        if (r == RULE__COUNT)
            continue;
        if (rule_table[r].status == PREVIEW && !o->preview)
            continue;
        ruleset_add(out, r);
    }
}

/* After the longest linter prefix a code has only digits (pycodestyle: E or W, then digits). */
static bool well_formed(const char *t)
{
    if (strcmp(t, "ALL") == 0 || strcmp(t, "C") == 0 || strcmp(t, "T") == 0)
        return true;
    size_t best = 0;
    int linter = -1;
    for (int i = 0; i < LINTER__COUNT; i++) {
        size_t n = strlen(linter_table[i].prefix);
        if (n && strncmp(t, linter_table[i].prefix, n) == 0 && (linter < 0 || n > best)) {
            best = n;
            linter = i;
        }
    }
    if (linter < 0) {
        if (t[0] != 'E' && t[0] != 'W')
            return false;
        best = 1;
    } else if (linter == LINTER_PYLINT && strchr("CERW", t[best]) && t[best]) {
        best++; /* PLC, PLE, PLR, PLW */
    }
    for (const char *p = t + best; *p; p++)
        if (*p < '0' || *p > '9')
            return false;
    return true;
}

bool selection_parse(const CfgStr *s, const SelectionOptions *o, Selector *out, bool *skip, char *err, size_t errlen)
{
    *skip = false;
    if (well_formed(s->s) && selector_parse(s->s, out))
        return true;
    char where[600];
    cfg_where(s, where, sizeof where);
    RuleId by_name = rule_by_name(s->s);
    if (by_name != RULE__COUNT) {
        if (o->preview) {
            memset(out, 0, sizeof *out);
            ruleset_add(&out->rules, by_name);
            out->spec = SPEC_RULE;
            out->exact = true;
            out->known = true;
            return true;
        }
        if (s->file)
            snprintf(err, errlen, "%sInvalid selector `%s` in `%s`. Selecting rules by name requires preview mode",
                     where, s->s, s->key);
        else
            snprintf(err, errlen,
                     "invalid value '%s' for '%s <RULE_CODE>': selecting rules by name requires preview mode",
                     s->s, s->key);
        return false;
    }
    if (o->preview) {
        warnf(o->warn, "%sUnknown rule selector `%s` in `%s`", where, s->s, s->key);
        *skip = true;
        return false;
    }
    if (strcmp(s->s, "PREVIEW") == 0 || strcmp(s->s, "NURSERY") == 0) {
        snprintf(err, errlen, "%sRemoved selector `%s` in `%s`", where, s->s, s->key);
        return false;
    }
    if (s->file)
        snprintf(err, errlen, "%sUnknown rule selector `%s` in `%s`", where, s->s, s->key);
    else
        snprintf(err, errlen, "invalid value '%s' for '%s <RULE_CODE>': unknown rule selector", s->s, s->key);
    return false;
}

typedef struct Updates {
    RuleSet on, off;      /* rules this layer sets to true / false (a rule is in at most one) */
} Updates;

static void update(Updates *u, const RuleSet *rules, bool on)
{
    RuleSet *add = on ? &u->on : &u->off, *del = on ? &u->off : &u->on;
    ruleset_union(add, rules);
    ruleset_subtract(del, rules);
}

typedef struct Lists {
    const CfgStrs *l[2];
} Lists;

/* Apply the on-lists and off-lists of one layer by specificity. `filter` applies preview gating
 * to the on-lists (select); fixable lists use every rule a selector names. */
static bool layer_updates(Lists on, Lists off, const SelectionOptions *o, bool filter, Updates *u, char *err,
                          size_t errlen)
{
    memset(u, 0, sizeof *u);
    for (int spec = 0; spec <= 8; spec++) {
        for (int pass = 0; pass < 2; pass++) {
            const Lists *ls = pass == 0 ? &on : &off;
            for (int k = 0; k < 2; k++) {
                const CfgStrs *l = ls->l[k];
                if (!l)
                    continue;
                for (uint32_t i = 0; i < l->n; i++) {
                    Selector s;
                    bool skip;
                    if (!selection_parse(&l->v[i], o, &s, &skip, err, errlen)) {
                        if (skip)
                            continue;
                        return false;
                    }
                    if (specificity(&s, l->v[i].s) != spec)
                        continue;
                    RuleSet rs;
                    if (filter)
                        selection_rules(&s, l->v[i].s, o, &rs);
                    else
                        rs = s.rules;
                    update(u, &rs, pass == 0);
                }
            }
        }
    }
    return true;
}

/* Ruff warns once for a select-like selector that only names preview rules while preview is off. */
static void warn_preview_only(const CfgStrs *l, const SelectionOptions *o)
{
    if (o->preview || !l)
        return;
    SelectionOptions on = *o;
    on.preview = true;
    for (uint32_t i = 0; i < l->n; i++) {
        Selector s;
        if (!selector_parse(l->v[i].s, &s))
            continue;
        RuleSet off_rules, on_rules;
        selection_rules(&s, l->v[i].s, o, &off_rules);
        selection_rules(&s, l->v[i].s, &on, &on_rules);
        if (ruleset_empty(&off_rules) && !ruleset_empty(&on_rules))
            warnf(o->warn, "Selection `%s` has no effect because preview is not enabled.", l->v[i].s);
    }
}

bool selection_resolve(const SelectionLayer *layers, size_t n, const SelectionOptions *o, RuleSet *enabled,
                       RuleSet *fixable, char *err, size_t errlen)
{
    selection_defaults(o, enabled);
    memset(fixable, 0, sizeof *fixable);
    for (int r = 0; r < RULE__COUNT; r++)
        ruleset_add(fixable, (RuleId)r);

    const CfgStrs *carry_ignore = NULL, *carry_unfixable = NULL;
    for (size_t k = 0; k < n; k++) {
        const SelectionLayer *L = &layers[k];
        const CfgStrs *carried_ignore = carry_ignore, *carried_unfixable = carry_unfixable;
        carry_ignore = carry_unfixable = NULL;

        Updates u, f;
        Lists sel_on = {{L->select.set ? &L->select : NULL, &L->extend_select}};
        Lists sel_off = {{&L->ignore, carried_ignore}};
        if (!layer_updates(sel_on, sel_off, o, true, &u, err, errlen))
            return false;
        Lists fix_on = {{L->fixable.set ? &L->fixable : NULL, &L->extend_fixable}};
        Lists fix_off = {{&L->unfixable, carried_unfixable}};
        if (!layer_updates(fix_on, fix_off, o, false, &f, err, errlen))
            return false;

        if (L->select.set) {
            *enabled = u.on;
            if (L->select.n == 0 && L->extend_select.n == 0 && L->ignore.n > 0)
                carry_ignore = &L->ignore;
        } else {
            ruleset_union(enabled, &u.on);
            ruleset_subtract(enabled, &u.off);
        }
        if (L->fixable.set) {
            *fixable = f.on;
            if (L->fixable.n == 0 && L->extend_fixable.n == 0 && L->unfixable.n > 0)
                carry_unfixable = &L->unfixable;
        } else {
            ruleset_union(fixable, &f.on);
            ruleset_subtract(fixable, &f.off);
        }
        warn_preview_only(L->select.set ? &L->select : NULL, o);
        warn_preview_only(&L->extend_select, o);
    }
    return true;
}
