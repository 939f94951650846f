/* E501_line_too_long.c
 * What: a physical line wider than `lint.pycodestyle.max-line-length` (default `line-length`).
 * Why:  long lines are hard to read side by side and in review.
 * Not reported, as in Ruff: lines of a single word, lines whose last word is a URL that starts
 * within the limit, pragma comments (`# noqa`, `# type:` ..., also after other comment text:
 * `# why # noqa`) that push a fitting line over,
 * task comments when `ignore-overlong-task-comments` is set, SPDX licence headers.
 */
#include <stdio.h>
#include <string.h>

#include "lint/checker.h"
#include "rules/pycodestyle/line_util.h"
#include "util/utf8.h"

const RuleDoc ruledoc_E501 = {
    "Line too long ({width} > {limit})",
    "## What it does\nChecks for lines that exceed the specified maximum character length.\n\n"
    "## Why is this bad?\nOverlong lines can hurt readability. PEP 8, for example, recommends\n"
    "limiting lines to 79 characters. By default, this rule enforces a limit of 88 characters\n"
    "for compatibility with Black and the Ruff formatter, though that limit is configurable via\n"
    "the `line-length` setting.\n\n"
    "In the interest of pragmatism, this rule makes a few exceptions when determining whether a\n"
    "line is overlong. Namely, it:\n\n"
    "1. Ignores lines that consist of a single \"word\" (i.e., without any whitespace between its\n"
    "   characters).\n"
    "2. Ignores lines that end with a URL, as long as the URL starts before the line-length threshold.\n"
    "3. Ignores line that end with a pragma comment (e.g., `# type: ignore` or `# noqa`), as long\n"
    "   as the code before the pragma fits within the line-length threshold.\n"
    "4. Ignores SPDX license identifiers and copyright notices.\n\n"
    "If `lint.pycodestyle.ignore-overlong-task-comments` is `true`, this rule will also ignore\n"
    "comments that start with any of the specified `lint.task-tags` (e.g., `# TODO:`).\n\n"
    "## Example\n```python\nmy_function(param1, param2, param3, param4, param5, param6, param7, param8, param9)\n```\n\n"
    "Use instead:\n```python\nmy_function(\n    param1, param2, param3, param4, param5,\n    param6, param7, param8, param9\n)\n```\n\n"
    "## Options\n- `line-length`\n- `lint.task-tags`\n- `lint.pycodestyle.ignore-overlong-task-comments`\n"
    "- `lint.pycodestyle.max-line-length`\n",
};

static void check_line(Checker *ck, uint32_t i, uint32_t limit)
{
    const SourceFile *src = ck->src;
    Line line = {.index = i, .start = src->line_starts[i], .end = source_line_end(src, i)};
    line.full_end = i + 1 < src->nlines ? src->line_starts[i + 1] : src->len;
    uint32_t start, end, width;
    if (!line_overlong(ck, &line, limit, &start, &end, &width))
        return;
    char *msg = arena_printf(ck->arena, "Line too long (%u > %u)", width, limit);
    lint_report(ck, RULE_E501, start, end, msg);
}

/* One pass over the line table. A character is at most as wide as its UTF-8 bytes but a tab, so
 * in a file without tabs only lines of more than `limit` bytes (terminator included, a cheap
 * over-estimate) need measuring. */
void rule_line_too_long(Checker *ck)
{
    const LintSettings *s = ck->settings;
    const SourceFile *src = ck->src;
    uint32_t limit = s->max_line_length ? s->max_line_length : s->line_length;
    uint32_t tab = s->indent_width ? s->indent_width : 4;
    const uint32_t *ls = src->line_starts;
    uint32_t n = src->nlines;
    if (!n)
        return;
    /* The widest a line can be is every byte a tab. */
    uint64_t min_bytes = memchr(src->text, '\t', src->len) ? ((uint64_t)limit + tab - 1) / tab : (uint64_t)limit + 1;
    for (uint32_t i = 0; i + 1 < n; i++)
        if (ls[i + 1] - ls[i] >= min_bytes)
            check_line(ck, i, limit);
    if (src->len - ls[n - 1] >= min_bytes)
        check_line(ck, n - 1, limit);
}
