/* W291_trailing_whitespace.c and W293 (blank-line-with-whitespace): whitespace at the end of a
 * line. A line that is only whitespace is W293, any other W291. Both fixes delete it. */
#include "lint/checker.h"
#include "util/utf8.h"

const RuleDoc ruledoc_W291 = {
    "Trailing whitespace",
    "## What it does\nChecks for superfluous trailing whitespace.\n\n"
    "## Why is this bad?\nAccording to PEP 8, \"avoid trailing whitespace anywhere. Because it's usually\n"
    "invisible, it can be confusing\"\n\n"
    "## Example\n```python\nspam(1) \\n#\n```\n\nUse instead:\n```python\nspam(1)\\n#\n```\n\n"
    "## Fix safety\nThis fix is marked unsafe if the whitespace is inside a multiline string,\n"
    "as removing it changes the string's content.\n",
};

const RuleDoc ruledoc_W293 = {
    "Blank line contains whitespace",
    "## What it does\nChecks for superfluous whitespace in blank lines.\n\n"
    "## Why is this bad?\nAccording to PEP 8, \"avoid trailing whitespace anywhere. Because it's usually\n"
    "invisible, it can be confusing\"\n\n"
    "## Example\n```python\nclass Foo(object):\\n    \\n    bang = 12\n```\n\n"
    "Use instead:\n```python\nclass Foo(object):\\n\\n    bang = 12\n```\n\n"
    "## Fix safety\nThis fix is marked unsafe if the whitespace is inside a multiline string,\n"
    "as removing it changes the string's content.\n",
};

/* Start of the trailing whitespace of `line` (== line->end when there is none). */
static uint32_t trailing_start(const Checker *ck, const Line *line)
{
    const char *t = ck->src->text;
    uint32_t i = line->end;
    unsigned char last = i > line->start ? (unsigned char)t[i - 1] : 0;
    if (last > ' ' && last < 0x80)
        return i; /* the common case: no whitespace at the end */
    while (i > line->start) {
        uint32_t j = i;
        uint32_t cp = (unsigned char)t[i - 1] < 0x80 ? (uint32_t)(unsigned char)t[--j] : utf8_prev(t, line->start, &j);
        if (!unicode_is_whitespace(cp))
            break;
        i = j;
    }
    return i;
}

/* Removing whitespace inside a multi-line string changes the string: unsafe. */
static Applicability applicability(const Checker *ck, uint32_t start, uint32_t end)
{
    return pytokens_in_multiline(lint_tokens(ck), start, end) ? APPLY_UNSAFE : APPLY_SAFE;
}

/* The backslash of the first of the continuation lines right before `line_start` (a blank line
 * after `x = 1; \` must lose the backslash too), or `line_start` itself. */
static uint32_t preceding_continuation(const Checker *ck, uint32_t line_start)
{
    const SourceFile *src = ck->src;
    uint32_t result = line_start, at = line_start;
    for (;;) {
        if (at == 0)
            break;
        uint32_t nl = at - 1;                   /* the previous line's terminator */
        if (src->text[nl] == '\n' && nl > 0 && src->text[nl - 1] == '\r')
            nl--;
        uint32_t prev = src->line_starts[source_line_of(src, nl)];
        if (!pytokens_is_continuation(lint_tokens(ck), prev) || nl == 0 || src->text[nl - 1] != '\\')
            break;
        result = nl - 1;
        /* Keep going while the previous line holds nothing but whitespace before its backslash. */
        bool blank = true;
        for (uint32_t i = prev; i < nl - 1; i++)
            if (src->text[i] != ' ' && src->text[i] != '\t' && src->text[i] != '\f')
                blank = false;
        if (!blank)
            break;
        at = prev;
    }
    return result;
}

static void trailing_line(Checker *ck, uint32_t i, bool w291, bool w293)
{
    const SourceFile *src = ck->src;
    Line line = {.index = i, .start = src->line_starts[i], .end = source_line_end(src, i)};
    uint32_t ws = trailing_start(ck, &line);
    if (ws == line.end)
        return;
    if (ws != line.start) {
        if (!w291)
            return;
        Diagnostic *d = lint_report(ck, RULE_W291, ws, line.end, "Trailing whitespace");
        lint_fix_edit(ck, d, applicability(ck, ws, line.end), "Remove trailing whitespace", ws, line.end, "");
    } else if (w293) {
        Diagnostic *d = lint_report(ck, RULE_W293, ws, line.end, "Blank line contains whitespace");
        lint_fix_edit(ck, d, applicability(ck, ws, line.end), "Remove whitespace from blank line",
                      preceding_continuation(ck, line.start), line.end, "");
    }
}

/* One pass over the line table for both rules: only a line whose last byte (before its
 * terminator) is ASCII whitespace, a control character or part of a non-ASCII character needs
 * a closer look. */
static void trailing_scan(Checker *ck, bool w291, bool w293)
{
    const SourceFile *src = ck->src;
    const unsigned char *t = (const unsigned char *)src->text;
    const uint32_t *ls = src->line_starts;
    uint32_t n = src->nlines;
    /* Every line but the last ends in a terminator: t[e] is its last byte. */
    for (uint32_t i = 0; i + 1 < n; i++) {
        uint32_t s = ls[i], e = ls[i + 1] - 1;
        if (e == s)
            continue; /* an empty line */
        unsigned char c = t[e - 1];
        if ((unsigned char)(c - 0x21) < 0x5f)
            continue; /* ends in a printable ASCII character ('\r' of a \r\n goes the long way) */
        trailing_line(ck, i, w291, w293);
    }
    if (n) {
        uint32_t s = ls[n - 1], e = src->len;
        if (e > s && t[e - 1] == '\n')
            e--;
        if (e > s && t[e - 1] == '\r')
            e--;
        if (e > s && !(t[e - 1] > ' ' && t[e - 1] < 0x80))
            trailing_line(ck, n - 1, w291, w293);
    }
}

/* W291 scans for both rules when both are on; W293 alone scans for itself. */
void rule_trailing_whitespace(Checker *ck)
{
    trailing_scan(ck, true, lint_enabled(ck, RULE_W293));
}

void rule_blank_line_with_whitespace(Checker *ck)
{
    if (!lint_enabled(ck, RULE_W291))
        trailing_scan(ck, false, true);
}
