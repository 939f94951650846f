/* F541_f_string_missing_placeholders.c: an f-string without any replacement field; the fix drops
 * the `f` prefix (and undoubles braces). */
#include <string.h>

#include "rules/pyflakes/fix_util.h"
#include "rules/pyflakes/pyflakes.h"

const RuleDoc ruledoc_F541 = {
    "f-string without any placeholders",
    "## What it does\n"
    "Checks for f-strings that do not contain any placeholder expressions.\n"
    "\n"
    "## Why is this bad?\n"
    "f-strings are a convenient way to format strings, but they are not\n"
    "necessary if there are no placeholder expressions to format. In this\n"
    "case, a regular string should be used instead, as an f-string without\n"
    "placeholders can be confusing for readers, who may expect such a\n"
    "placeholder to be present.\n"
    "\n"
    "An f-string without any placeholders could also indicate that the\n"
    "author forgot to add a placeholder expression.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "f\"Hello, world!\"\n"
    "```\n"
    "\n"
    "Use instead:\n"
    "```python\n"
    "\"Hello, world!\"\n"
    "```\n"
    "\n"
    "**Note:** to maintain compatibility with PyFlakes, this rule only flags\n"
    "f-strings that are part of an implicit concatenation if _none_ of the\n"
    "f-string segments contain placeholder expressions.\n"
    "\n"
    "For example:\n"
    "\n"
    "```python\n"
    "# Will not be flagged.\n"
    "(\n"
    "    f\"Hello,\"\n"
    "    f\" {name}!\"\n"
    ")\n"
    "\n"
    "# Will be flagged.\n"
    "(\n"
    "    f\"Hello,\"\n"
    "    f\" World!\"\n"
    ")\n"
    "```\n"
    "\n"
    "See [#10885](https://github.com/astral-sh/ruff/issues/10885) for more.\n"
    "\n"
    "## References\n"
    "- [PEP 498 – Literal String Interpolation](https://peps.python.org/pep-0498/)\n",
};

void rule_f_string_missing_placeholders(AstChecker *ac, const Node *fstr)
{
    const NodeList *values = &fstr->as.JoinedStr.values;
    for (uint32_t i = 0; i < values->len; i++)
        if (values->items[i]->kind == AST_FormattedValue)
            return;
    Checker *ck = ac->ck;
    const TokenList *t = &ck->parse->tokens;
    const char *src = ck->src->text;
    for (uint32_t i = ac_token_at(ac, fstr->start); i < t->len && t->data[i].start < fstr->end; i++) {
        if (t->data[i].kind != TK_FSTRING_START)
            continue;
        uint32_t start = t->data[i].start, j = i;
        while (j < t->len && t->data[j].kind != TK_FSTRING_END)
            j++;
        if (j >= t->len)
            return;
        uint32_t end = t->data[j].end;
        i = j;
        Diagnostic *d = lint_report(ck, RULE_F541, start, end, "f-string without any placeholders");
        if (!d)
            continue;
        uint32_t f = start + (src[start] == 'f' || src[start] == 'F' ? 0 : 1);
        Buf b = {0};
        for (uint32_t k = f + 1; k < end; k++) {
            if ((src[k] == '{' || src[k] == '}') && k + 1 < end && src[k + 1] == src[k])
                k++;
            buf_putc(&b, src[k]);
        }
        if (f > 0 && b.len && src[f - 1] == b.data[0]) {
            Buf c = {0};
            buf_putc(&c, ' ');
            buf_append(&c, b.data, b.len);
            buf_free(&b);
            b = c;
        }
        const char *content = b.failed ? NULL : arena_strndup(ck->arena, b.data ? b.data : "", b.len);
        buf_free(&b);
        if (content)
            fix_edits(ck, d, APPLY_SAFE, "Remove extraneous `f` prefix", &(Edit){f, end, content}, 1);
    }
}
