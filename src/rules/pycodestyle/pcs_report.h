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
void ll_extraneous_whitespace(Checker *ck, const LogicalLines *ll, const LLine *l);           /* E201 E202 E203 */
void ll_whitespace_after_decorator(Checker *ck, const LogicalLines *ll, const LLine *l);        /* E204 */
void ll_whitespace_before_parameters(Checker *ck, const LogicalLines *ll, const LLine *l);     /* E211 */
void ll_space_around_operator(Checker *ck, const LogicalLines *ll, const LLine *l);           /* E221-E224 */
void ll_missing_whitespace_around_operator(Checker *ck, const LogicalLines *ll, const LLine *l); /* E225-E228 */
void ll_missing_whitespace(Checker *ck, const LogicalLines *ll, const LLine *l);              /* E231 */
void ll_space_after_comma(Checker *ck, const LogicalLines *ll, const LLine *l);               /* E241 E242 */
void ll_whitespace_around_named_parameter_equals(Checker *ck, const LogicalLines *ll, const LLine *l); /* E251 E252 */
void ll_whitespace_before_comment(Checker *ck, const LogicalLines *ll, const LLine *l);       /* E261-E266 */
void ll_whitespace_around_keywords(Checker *ck, const LogicalLines *ll, const LLine *l);      /* E271-E274 */
void ll_missing_whitespace_after_keyword(Checker *ck, const LogicalLines *ll, const LLine *l); /* E275 */
void ll_redundant_backslash(Checker *ck, const LogicalLines *ll, const LLine *l, const uint32_t *cont,
                            uint32_t ncont);                                                   /* E502 */

#endif
