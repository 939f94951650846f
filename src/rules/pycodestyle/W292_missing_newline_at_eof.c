/* W292_missing_newline_at_eof.c
 * What: a non-empty file whose last line has no terminator.
 * Fix:  insert the file's line terminator at the end.
 */
#include "lint/checker.h"

const RuleDoc ruledoc_W292 = {
    "No newline at end of file",
    "## What it does\nChecks for files missing a new line at the end of the file.\n\n"
    "## Why is this bad?\nTrailing blank lines in a file are superfluous. However, the last line of\n"
    "the file should end with a newline.\n\n"
    "## Example\n```python\nspam(1)\n```\n\nUse instead:\n```python\nspam(1)\\n\n```\n",
};

void rule_missing_newline_at_eof(Checker *ck)
{
    const SourceFile *src = ck->src;
    if (src->len == 0)
        return;
    char last = src->text[src->len - 1];
    if (last == '\n' || last == '\r')
        return;
    Diagnostic *d = lint_report(ck, RULE_W292, src->len, src->len, "No newline at end of file");
    lint_fix_edit(ck, d, APPLY_SAFE, "Add trailing newline", src->len, src->len, ck->line_ending);
}
