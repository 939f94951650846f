/* pcs_report.h: reporting helpers shared by the pycodestyle token and logical-line rules, and
 * the rule functions each logical-line check exposes to the driver (logical_lines_run.c). */
#ifndef SNIPE_PCS_REPORT_H
#define SNIPE_PCS_REPORT_H

#include "lint/checker.h"
#include "lint/logical_lines.h"

/* Report `rule` over [start, end) when it is enabled; NULL otherwise (or on OOM). */
Diagnostic *pcs_report(Checker *ck, RuleId rule, uint32_t start, uint32_t end, const char *msg);
/* Attach a safe fix of `n` edits (sorted by start) with `title`. */
void pcs_fix(Checker *ck, Diagnostic *d, Applicability a, const char *title, const Edit *edits, uint32_t n);
/* One-edit safe fix. */
static inline void pcs_fix1(Checker *ck, Diagnostic *d, const char *title, uint32_t s, uint32_t e, const char *content)
{
    if (!ck->valid_syntax)
        return; /* as Ruff, no fixes in a file with syntax errors */
    lint_fix_edit(ck, d, APPLY_SAFE, title, s, e, content);
}

/* The token-driven checks over the whole file: blank lines (E301-E306) and compound
 * statements (E701-E703); `ll` needs only its tokens. */
void pcs_blank_lines(Checker *ck, const LogicalLines *ll);
void pcs_compound_statements(Checker *ck, const LogicalLines *ll);

/* The checks over one logical line (Ruff's functions of the same names). */
void ll_whitespace_after_decorator(Checker *ck, const LogicalLines *ll, const LLine *l);        /* E204 */
void ll_whitespace_before_comment(Checker *ck, const LogicalLines *ll, const LLine *l);       /* E261-E266 */
void ll_redundant_backslash(Checker *ck, const LogicalLines *ll, const LLine *l, const uint32_t *cont,
                            uint32_t ncont);                                                   /* E502 */

/* Which of the token checks of one pass over a line's ops (ll_token_pass) are enabled. */
typedef struct LLPassRules {
    bool e20x, e211, e22x, e225, e231, e24x, e25x, e27x, e275;
    uint16_t mask; /* the same as bits (ll_pass_gates) */
} LLPassRules;
/* Fill on->mask from the enabled checks. */
void ll_pass_gates(LLPassRules *on);
/* One walk over line l's ops for E201-E203, E211, E221-E228, E231, E241, E242, E251, E252,
 * E271-E275 (Ruff's extraneous_whitespace, whitespace_before_parameters, space_around_operator,
 * missing_whitespace_around_operator, missing_whitespace, space_after_comma,
 * whitespace_around_named_parameter_equals, whitespace_around_keywords and
 * missing_whitespace_after_keyword): the pass keeps each check's state and calls the check at
 * the tokens where it may report. */
void ll_token_pass(Checker *ck, const LogicalLines *ll, const LLine *l, const LLPassRules *on);

/* The checks at one token of line l (token index i), called by ll_token_pass. */
void e20_open(Checker *ck, const LogicalLines *ll, const LLine *l, uint32_t i);  /* E201 */
void e20_close(Checker *ck, const LogicalLines *ll, const LLine *l, uint32_t i); /* E202 */
void e20_punct(Checker *ck, const LogicalLines *ll, const LLine *l, uint32_t i, uint32_t fstrings,
               bool in_square);                                                 /* E203 */
void e211_at(Checker *ck, const LogicalLines *ll, const LLine *l, uint32_t i);   /* E211 */
void e22_spacing_at(Checker *ck, const LogicalLines *ll, const LLine *l, uint32_t i); /* E221-E224 */
void e225_at(Checker *ck, const LogicalLines *ll, const LLine *l, uint32_t i, uint32_t i0, uint32_t parens,
             uint32_t fstrings, bool in_type_params);                           /* E225-E228 */
void e231_at(Checker *ck, const LogicalLines *ll, const LLine *l, uint32_t i, bool in_square, uint32_t depth,
             bool in_type_params);                                              /* E231 */
void e24_at(Checker *ck, const LogicalLines *ll, const LLine *l, uint32_t i);    /* E241 E242 */
void e25_at(Checker *ck, const LogicalLines *ll, const LLine *l, uint32_t i, bool strict); /* E251 E252 */
void e27_at(Checker *ck, const LogicalLines *ll, const LLine *l, uint32_t i);    /* E271-E274 */
void e275_at(Checker *ck, const LogicalLines *ll, uint32_t i);                   /* E275 */

#endif
