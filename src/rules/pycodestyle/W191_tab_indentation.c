/* W191_tab_indentation.c
 * What: indentation that contains a tab.
 * Why:  PEP 8 prefers spaces; tabs render differently in every editor.
 */
#include "lint/checker.h"
#include "rules/pycodestyle/line_util.h"

const RuleDoc ruledoc_W191 = {
    "Indentation contains tabs",
    "## What it does\nChecks for indentation that uses tabs.\n\n"
    "## Why is this bad?\nAccording to PEP 8, spaces are preferred over tabs (unless used to remain\n"
    "consistent with code that is already indented with tabs).\n\n"
    "## Formatter compatibility\nWe recommend against using this rule alongside the formatter. The\n"
    "formatter enforces consistent indentation, making the rule redundant.\n",
};

static void tab_line(Checker *ck, const Line *line)
{
    const char *t = ck->src->text;
    bool tab = false;
    uint32_t i = line->start;
    for (; i < line->full_end; i++) {
        if (t[i] == '\t')
            tab = true;
        else if (t[i] != ' ' && t[i] != '\f')
            break;
    }
    /* Tabs inside a multi-line string are string content, not indentation. */
    if (tab && i < ck->src->len && !pytokens_in_multiline(lint_tokens(ck), line->start, i))
        lint_report(ck, RULE_W191, line->start, i, "Indentation contains tabs");
}

/* Only the lines holding a tab are looked at. */
void rule_tab_indentation(Checker *ck)
{
    lines_with_byte(ck, '\t', tab_line);
}
