/* E101_mixed_spaces_and_tabs.c
 * What: indentation made of both spaces and tabs.
 * Why:  its width depends on the tab size; Python 3 rejects some such mixes.
 */
#include "lint/checker.h"
#include "rules/pycodestyle/line_util.h"

const RuleDoc ruledoc_E101 = {
    "Indentation contains mixed spaces and tabs",
    "## What it does\nChecks for mixed tabs and spaces in indentation.\n\n"
    "## Why is this bad?\nNever mix tabs and spaces.\n\n"
    "The most popular way of indenting Python is with spaces only. The second-most popular way\n"
    "is with tabs only. Code indented with a mixture of tabs and spaces should be converted to\n"
    "using spaces exclusively.\n\n"
    "## Example\n```python\nif a == 0:\\n        a = 1\\n\\tb = 1\n```\n\n"
    "Use instead:\n```python\nif a == 0:\\n    a = 1\\n    b = 1\n```\n",
};

static void mixed_line(Checker *ck, const Line *line)
{
    const char *t = ck->src->text;
    bool space = false, tab = false;
    uint32_t i = line->start;
    for (; i < line->end; i++) {
        if (t[i] == ' ')
            space = true;
        else if (t[i] == '\t')
            tab = true;
        else if (t[i] != '\f')
            break;
    }
    if (space && tab)
        lint_report(ck, RULE_E101, line->start, i, "Indentation contains mixed spaces and tabs");
}

/* Only the lines holding a tab are looked at. */
void rule_mixed_spaces_and_tabs(Checker *ck)
{
    lines_with_byte(ck, '\t', mixed_line);
}
