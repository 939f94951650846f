/* registry.c: the rule and linter tables, and selector parsing as Ruff does it. */
#include "registry.h"

#include <ctype.h>
#include <string.h>

#define RULE(code, linter, name, status, fix, phase, fn) extern const RuleDoc ruledoc_##code;
#include "rules/rules.def"
#undef RULE

const RuleInfo rule_table[RULE__COUNT] = {
#define RULE(code, linter, name, status, fix, phase, fn) \
    [RULE_##code] = {#code, name, LINTER_##linter, status, fix, phase, &ruledoc_##code},
#include "rules/rules.def"
#undef RULE
};

const LinterInfo linter_table[LINTER__COUNT] = {
#define LINTER(id, prefix, name) [LINTER_##id] = {prefix, name},
#include "rules/linters.def"
#undef LINTER
};

void ruleset_union(RuleSet *dst, const RuleSet *src)
{
    for (size_t i = 0; i < sizeof dst->bits / sizeof dst->bits[0]; i++)
        dst->bits[i] |= src->bits[i];
}

void ruleset_subtract(RuleSet *dst, const RuleSet *src)
{
    for (size_t i = 0; i < sizeof dst->bits / sizeof dst->bits[0]; i++)
        dst->bits[i] &= ~src->bits[i];
}

bool ruleset_empty(const RuleSet *s)
{
    for (size_t i = 0; i < sizeof s->bits / sizeof s->bits[0]; i++)
        if (s->bits[i])
            return false;
    return true;
}

/* The linter a code belongs to, as the longest linter prefix of the code ("C4" over "C"). The
 * codes of pycodestyle are E and W; Pylint's are PLC, PLE, PLR, PLW. */
static int linter_of_prefix(const char *text, size_t *prefix_len)
{
    int best = -1;
    size_t best_len = 0;
    for (int i = 0; i < LINTER__COUNT; i++) {
        const char *p = linter_table[i].prefix;
        size_t n = strlen(p);
        if (n == 0)
            continue;
        if (strncmp(text, p, n) == 0 && n > best_len) {
            best = i;
            best_len = n;
        }
    }
    if ((text[0] == 'E' || text[0] == 'W') && best < 0) {
        best = LINTER_PYCODESTYLE;
        best_len = 0;
    }
    *prefix_len = best_len;
    return best;
}

static bool all_alnum_upper(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (!(isupper((unsigned char)*s) || isdigit((unsigned char)*s)))
            return false;
    return true;
}

bool selector_parse(const char *text, Selector *out)
{
    memset(out, 0, sizeof *out);
    if (strcmp(text, "ALL") == 0) {
        for (int r = 0; r < RULE__COUNT; r++)
            ruleset_add(&out->rules, (RuleId)r);
        out->spec = SPEC_ALL;
        out->known = true;
        return true;
    }
    if (!all_alnum_upper(text))
        return false;
    /* Ruff's two selectors that span linters: C (C4 and C90) and T (T10 and T20). */
    if (strcmp(text, "C") == 0 || strcmp(text, "T") == 0) {
        for (int r = 0; r < RULE__COUNT; r++) {
            LinterId l = rule_table[r].linter;
            if ((text[0] == 'C' && (l == LINTER_FLAKE8_COMPREHENSIONS || l == LINTER_MCCABE)) ||
                (text[0] == 'T' && (l == LINTER_FLAKE8_DEBUGGER || l == LINTER_FLAKE8_PRINT)))
                ruleset_add(&out->rules, (RuleId)r);
        }
        out->spec = SPEC_LINTER;
        out->known = true;
        return true;
    }
    size_t plen;
    int linter = linter_of_prefix(text, &plen);
    if (linter < 0)
        return false;
    const char *rest = text + plen;
    size_t rest_len = strlen(rest);
    /* After the prefix come digits only; pycodestyle's and Pylint's codes start with a letter. */
    const char *digits = rest;
    if (linter == LINTER_PYCODESTYLE || linter == LINTER_PYLINT) {
        if (*digits && !strchr(linter == LINTER_PYLINT ? "CERW" : "EW", *digits))
            return false;
        if (*digits)
            digits++;
    }
    for (const char *d = digits; *d; d++)
        if (!isdigit((unsigned char)*d))
            return false;
    bool exact = false;
    for (int r = 0; r < RULE__COUNT; r++) {
        const RuleInfo *ri = &rule_table[r];
        if ((int)ri->linter != linter)
            continue;
        const char *suffix = ri->code + plen;
        if (strncmp(suffix, rest, rest_len) == 0) {
            ruleset_add(&out->rules, (RuleId)r);
            if (strcmp(ri->code, text) == 0)
                exact = true;
        }
    }
    out->exact = exact;
    /* A full code has up to 4 characters after the linter's prefix (Pylint's 5: a category
     * letter and 4 digits); a shorter one is a prefix of codes. */
    size_t max_len = linter == LINTER_PYLINT ? 5 : 4;
    if (rest_len > max_len || (linter == LINTER_PYCODESTYLE && rest_len == 0))
        return false;
    if (exact)
        out->spec = SPEC_RULE;
    else if (rest_len == 0)
        out->spec = SPEC_LINTER;
    else
        out->spec = (SelectorSpecificity)(SPEC_PREFIX1 + (rest_len > 4 ? 4 : rest_len) - 1);
    out->known = exact || rest_len < max_len;
    return true;
}

RuleId rule_by_code(const char *code)
{
    for (int r = 0; r < RULE__COUNT; r++)
        if (strcmp(rule_table[r].code, code) == 0)
            return (RuleId)r;
    return RULE__COUNT;
}

RuleId rule_by_name(const char *name)
{
    for (int r = 0; r < RULE__COUNT; r++)
        if (strcmp(rule_table[r].name, name) == 0)
            return (RuleId)r;
    return RULE__COUNT;
}
