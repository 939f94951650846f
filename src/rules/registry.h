/* registry.h: the rule and linter tables expanded from rules.def and linters.def, and rule
 * selectors (`E`, `E4`, `E501`, `ALL`) resolved against them. */
#ifndef SNIPE_REGISTRY_H
#define SNIPE_REGISTRY_H

#include <stdbool.h>
#include <stdint.h>

typedef enum LinterId {
#define LINTER(id, prefix, name) LINTER_##id,
#include "rules/linters.def"
#undef LINTER
    LINTER__COUNT
} LinterId;

typedef enum RuleId {
#define RULE(code, linter, name, status, fix, phase, fn) RULE_##code,
#include "rules/rules.def"
#undef RULE
    RULE__COUNT
} RuleId;

typedef enum RuleStatus { STABLE, PREVIEW } RuleStatus;
typedef enum FixAvailability { FIX_NONE, FIX_SOMETIMES, FIX_ALWAYS } FixAvailability;
typedef enum RulePhase { PH_IO, PH_LINE, PH_FILE, PH_TOKENS, PH_AST, PH_NOQA } RulePhase;

/* The documentation each rule's file defines as `const RuleDoc ruledoc_<CODE>`. */
typedef struct RuleDoc {
    const char *summary;      /* the message format, as Ruff's `rule` shows it */
    const char *explanation;  /* Markdown: What it does / Why is this bad? / Example ... */
} RuleDoc;

typedef struct RuleInfo {
    const char *code;         /* "E501" */
    const char *name;         /* "line-too-long" */
    LinterId linter;
    RuleStatus status;
    FixAvailability fix;
    RulePhase phase;
    const RuleDoc *doc;
} RuleInfo;

typedef struct LinterInfo {
    const char *prefix;       /* "F"; "" for pycodestyle, whose rules are E and W */
    const char *name;         /* "Pyflakes" */
} LinterInfo;

extern const RuleInfo rule_table[RULE__COUNT];
extern const LinterInfo linter_table[LINTER__COUNT];

/* A set of rules, one bit per RuleId. */
typedef struct RuleSet {
    uint64_t bits[(RULE__COUNT + 63) / 64];
} RuleSet;

static inline void ruleset_add(RuleSet *s, RuleId r) { s->bits[r / 64] |= (uint64_t)1 << (r % 64); }
static inline void ruleset_remove(RuleSet *s, RuleId r) { s->bits[r / 64] &= ~((uint64_t)1 << (r % 64)); }
static inline bool ruleset_has(const RuleSet *s, RuleId r) { return (s->bits[r / 64] >> (r % 64)) & 1; }
void ruleset_union(RuleSet *dst, const RuleSet *src);
void ruleset_subtract(RuleSet *dst, const RuleSet *src);
bool ruleset_empty(const RuleSet *s);

/* How specific a selector is, for Ruff's precedence between select and ignore at one level:
 * ALL < linter < prefix < exact code. */
typedef enum SelectorSpecificity { SPEC_ALL, SPEC_LINTER, SPEC_PREFIX1, SPEC_PREFIX2, SPEC_PREFIX3, SPEC_PREFIX4, SPEC_RULE } SelectorSpecificity;

typedef struct Selector {
    RuleSet rules;            /* the implemented rules it selects, previews included */
    SelectorSpecificity spec;
    bool exact;               /* names one rule exactly (preview rules are then selectable) */
    bool known;               /* a code Ruff knows, even if snipe does not implement it yet */
} Selector;

/* Parse a selector such as "E", "E4", "E501", "ALL", "RUF100", "C" or "T". Returns false for
 * a string that is no selector at all. A well-formed prefix of a linter that snipe does not
 * implement yet selects no rules and is still accepted. */
bool selector_parse(const char *text, Selector *out);

/* Look a rule up by code ("E501") or name ("line-too-long"); RULE__COUNT when unknown. */
RuleId rule_by_code(const char *code);
RuleId rule_by_name(const char *name);

#endif
