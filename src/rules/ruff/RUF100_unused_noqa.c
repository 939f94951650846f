/* RUF100_unused_noqa.c
 * What: `# noqa` directives, file exemptions and range suppressions that suppress nothing:
 *       codes with no diagnostic to suppress, codes of rules that are not enabled, codes named
 *       twice, and blanket `# noqa` comments on lines without a diagnostic.
 * Why:  a suppression that no longer matches a violation is noise, and hides new ones.
 * Fix:  remove the unused codes, or the whole comment when none is left (always safe, except
 *       removing a whole suppression nested in a longer comment).
 * Codes Ruff does not know are left alone (they may belong to another tool).
 */
#include <string.h>

#include "lint/checker.h"
#include "lint/noqa.h"
#include "util/str.h"

const RuleDoc ruledoc_RUF100 = {
    "Unused `noqa` directive",
    "## What it does\nChecks for `noqa` directives that are no longer applicable.\n\n"
    "## Why is this bad?\nA `noqa` directive that no longer matches any diagnostic violations is\n"
    "likely included by mistake, and should be removed to avoid confusion.\n\n"
    "## Example\n```python\nimport foo  # noqa: F401\n\n\ndef bar():\n    foo.bar()\n```\n\n"
    "Use instead:\n```python\nimport foo\n\n\ndef bar():\n    foo.bar()\n```\n\n"
    "## Conflict with other linters\nWhen using `RUF100` with the `--fix` option, Ruff may remove trailing comments\n"
    "that follow a `# noqa` directive on the same line, as it interprets the\n"
    "remainder of the line as a description for the suppression.\n\n"
    "To prevent Ruff from removing suppressions for other tools (like `pylint`\n"
    "or `mypy`), separate them with a second `#` character:\n\n"
    "```python\n# Bad: Ruff --fix will remove the pylint comment\n"
    "def visit_ImportFrom(self, node):  # noqa: N802, pylint: disable=invalid-name\n    pass\n\n\n"
    "# Good: Ruff will preserve the pylint comment\n"
    "def visit_ImportFrom(self, node):  # noqa: N802 # pylint: disable=invalid-name\n    pass\n```\n\n"
    "## Fix safety\n\nThe rule's fix is marked as unsafe when a full suppression comment would be removed and there\n"
    "are other nested comments on the same line. Removing such a comment can change the behavior of\n"
    "other suppression comments before or after the removed comment.\n\n"
    "## See also\n\nThis rule ignores any codes that are unknown to Ruff, as it can't determine\n"
    "if the codes are valid or used by other tools. Enable [`invalid-rule-code`][RUF102]\n"
    "to flag any unknown rule codes.\n\n"
    "## References\n- [Ruff error suppression](https://docs.astral.sh/ruff/linter/#error-suppression)\n\n"
    "[RUF102]: https://docs.astral.sh/ruff/rules/invalid-rule-code/\n",
};

#define MAX_CODES 64

typedef struct CodeLists {
    const char *unused[MAX_CODES], *disabled[MAX_CODES], *duplicated[MAX_CODES], *valid[MAX_CODES];
    int nunused, ndisabled, nduplicated, nvalid;
} CodeLists;

static void add(const char **list, int *n, const char *code)
{
    if (*n < MAX_CODES)
        list[(*n)++] = code;
}

static void join_codes(Buf *b, const char *label, const char *const *codes, int n, bool *first)
{
    if (!n)
        return;
    buf_printf(b, "%s%s: ", *first ? "" : "; ", label);
    for (int i = 0; i < n; i++)
        buf_printf(b, "%s`%s`", i ? ", " : "", codes[i]);
    *first = false;
}

/* "Unused `noqa` directive (unused: `A1`; non-enabled: `B2`; duplicated: `C3`)". */
static const char *message(Checker *ck, const char *kind, const CodeLists *c)
{
    Buf b = {0};
    buf_printf(&b, "Unused %s", kind);
    if (c->nunused || c->ndisabled || c->nduplicated) {
        bool first = true;
        buf_printf(&b, " (");
        join_codes(&b, "unused", c->unused, c->nunused, &first);
        join_codes(&b, "non-enabled", c->disabled, c->ndisabled, &first);
        join_codes(&b, "duplicated", c->duplicated, c->nduplicated, &first);
        buf_printf(&b, ")");
    }
    const char *m = b.data ? arena_strndup(ck->arena, b.data, b.len) : NULL;
    buf_free(&b);
    return m;
}

static void report(Checker *ck, uint32_t start, uint32_t end, const char *msg, const char *title, Applicability ap,
                   Edit *edits, uint32_t nedits)
{
    Diagnostic *d = lint_report(ck, RULE_RUF100, start, end, msg);
    if (!d)
        return;
    d->noqa_offset = noqa_resolve(ck->noqa, start);
    Fix *f = ARENA_NEW(ck->arena, Fix);
    Edit *e = ARENA_ARRAY(ck->arena, Edit, nedits);
    if (!f || !e) {
        ck->oom = true;
        return;
    }
    memcpy(e, edits, sizeof *e * nedits);
    if (nedits == 2 && e[1].start < e[0].start) {
        Edit t = e[0];
        e[0] = e[1];
        e[1] = t;
    }
    *f = (Fix){.applicability = ap, .nedits = nedits, .edits = e};
    d->fix = f;
    d->fix_title = title;
}

/* A code of another tool (`lint.external`): always counts as used. */
static bool is_external(const Checker *ck, const char *code)
{
    for (const char *const *e = ck->settings->external; e && *e; e++)
        if (strncmp(code, *e, strlen(*e)) == 0)
            return true;
    return false;
}

static bool rule_enabled_code(const Checker *ck, const char *code)
{
    RuleId r = rule_by_code(code);
    return r != RULE__COUNT && lint_enabled(ck, r);
}

/* One `# noqa: CODES` (or file-level `# ruff: noqa: CODES`) directive. */
static void check_codes(Checker *ck, const NoqaFile *nf, const NoqaDirective *d, const RuleSet *matches, const char *tool)
{
    const char *text = ck->src->text;
    CodeLists c = {0};
    const char *seen[MAX_CODES];
    int nseen = 0;
    bool self_ignore = false;
    for (uint32_t i = 0; i < d->ncodes; i++) {
        const char *orig = arena_strndup(ck->arena, text + d->codes[i].start, d->codes[i].end - d->codes[i].start);
        if (!orig) {
            ck->oom = true;
            return;
        }
        bool dup = false;
        for (int k = 0; k < nseen; k++)
            if (strcmp(seen[k], orig) == 0)
                dup = true;
        if (dup) {
            add(c.duplicated, &c.nduplicated, orig);
            continue;
        }
        if (nseen < MAX_CODES)
            seen[nseen++] = orig;
        const char *code = noqa_redirect(orig);
        if (strcmp(code, "RUF100") == 0) {
            self_ignore = true;
            add(c.valid, &c.nvalid, orig);
            continue;
        }
        RuleId r = rule_by_code(code);
        bool used = (r != RULE__COUNT && ruleset_has(tool ? &nf->present : matches, r)) || is_external(ck, code);
        if (used)
            add(c.valid, &c.nvalid, orig);
        else if (noqa_is_ruff_code(code)) {
            if (rule_enabled_code(ck, code))
                add(c.unused, &c.nunused, orig);
            else
                add(c.disabled, &c.ndisabled, orig);
        }
    }
    if (self_ignore || !(c.nunused || c.ndisabled || c.nduplicated))
        return;
    Edit e;
    if (c.nvalid == 0) {
        e = noqa_delete_comment(ck->src, d->start, d->end);
    } else {
        Buf b = {0};
        buf_printf(&b, "%s", tool ? (strcmp(tool, "flake8") == 0 ? "# flake8: noqa: " : strcmp(tool, "snipe") == 0 ? "# snipe: noqa: " : "# ruff: noqa: ") : "# noqa: ");
        for (int i = 0; i < c.nvalid; i++)
            buf_printf(&b, "%s%s", i ? ", " : "", c.valid[i]);
        const char *content = b.data ? arena_strndup(ck->arena, b.data, b.len) : NULL;
        buf_free(&b);
        if (!content) {
            ck->oom = true;
            return;
        }
        e = (Edit){d->start, d->end, content};
    }
    report(ck, d->start, d->end, message(ck, "`noqa` directive", &c), "Remove unused `noqa` directive", APPLY_SAFE, &e, 1);
}

/* The edit that removes `remove` codes from a range suppression comment (or the comment). */
static Edit delete_codes_or_comment(Checker *ck, const SuppComment *sc, const char *const *remove, int nremove)
{
    const char *text = ck->src->text;
    if (sc->ncodes == 1)
        return noqa_delete_comment(ck->src, sc->start, sc->end);
    if (nremove == 1) {
        uint32_t idx = 0;
        size_t rl = strlen(remove[0]);
        while (idx < sc->ncodes && !(sc->codes[idx].end - sc->codes[idx].start == rl &&
                                     memcmp(text + sc->codes[idx].start, remove[0], rl) == 0))
            idx++;
        if (idx >= sc->ncodes)
            idx = sc->ncodes - 1;
        if (idx < sc->ncodes - 1)
            return (Edit){sc->codes[idx].start, sc->codes[idx + 1].start, ""};
        return (Edit){sc->codes[idx - 1].end, sc->codes[idx].end, ""};
    }
    Buf b = {0};
    const char *prev = NULL;
    size_t prevlen = 0;
    for (uint32_t i = 0; i < sc->ncodes; i++) {
        const char *code = text + sc->codes[i].start;
        size_t len = sc->codes[i].end - sc->codes[i].start;
        bool removed = false;
        for (int k = 0; k < nremove; k++)
            if (strlen(remove[k]) == len && memcmp(remove[k], code, len) == 0)
                removed = true;
        if (removed || (prev && prevlen == len && memcmp(prev, code, len) == 0))
            continue;
        buf_printf(&b, "%s%.*s", b.len ? ", " : "", (int)len, code);
        prev = code;
        prevlen = len;
    }
    if (!b.len) {
        buf_free(&b);
        return noqa_delete_comment(ck->src, sc->start, sc->end);
    }
    const char *content = arena_strndup(ck->arena, b.data, b.len);
    buf_free(&b);
    if (!content)
        ck->oom = true;
    return (Edit){sc->codes[0].start, sc->codes[sc->ncodes - 1].end, content ? content : ""};
}

static void flush_group(Checker *ck, const NoqaFile *nf, int32_t first, int32_t second, const CodeLists *c)
{
    if (first < 0 || !(c->nunused || c->ndisabled || c->nduplicated))
        return;
    const char *remove[2 * MAX_CODES];
    int nremove = 0;
    for (int i = 0; i < c->ndisabled; i++)
        remove[nremove++] = c->disabled[i];
    for (int i = 0; i < c->nunused; i++)
        remove[nremove++] = c->unused[i];
    const SuppComment *s1 = &nf->supp_comments[first];
    Edit e[2];
    e[0] = delete_codes_or_comment(ck, s1, remove, nremove);
    bool nested1 = s1->tok_start != s1->start || s1->tok_end != s1->end;
    Applicability ap = nested1 && e[0].start <= s1->start && s1->end <= e[0].end ? APPLY_UNSAFE : APPLY_SAFE;
    uint32_t n = 1;
    if (second >= 0) {
        const SuppComment *s2 = &nf->supp_comments[second];
        e[1] = delete_codes_or_comment(ck, s2, remove, nremove);
        bool nested2 = s2->tok_start != s2->start || s2->tok_end != s2->end;
        if (nested2 && e[1].start <= s2->start && s2->end <= e[1].end)
            ap = APPLY_UNSAFE;
        n = 2;
    }
    report(ck, s1->start, s1->end, message(ck, "suppression", c), "Remove unused suppression", ap, e, n);
}

/* Range suppressions that suppressed nothing, one diagnostic per comment (or pair). */
static void check_suppressions(Checker *ck, const NoqaFile *nf)
{
    const char *text = ck->src->text;
    CodeLists c = {0};
    int32_t key = -1, second = -1;
    for (uint32_t i = 0; i < nf->nsupps; i++) {
        const Suppression *s = &nf->supps[i];
        if (key >= 0 && key != s->first) {
            flush_group(ck, nf, key, second, &c);
            memset(&c, 0, sizeof c);
            key = -1;
        }
        const char *code = noqa_redirect(s->code);
        /* In preview a rule name stands for its code (only names of rules snipe has are known). */
        RuleId by_name = nf->preview ? rule_by_name(code) : RULE__COUNT;
        if (by_name != RULE__COUNT && !noqa_is_ruff_code(code))
            code = rule_table[by_name].code;
        if (!noqa_is_ruff_code(code) || s->used)
            continue;
        if (key < 0) {
            key = s->first;
            second = s->second;
        }
        if (rule_enabled_code(ck, code)) {
            const SuppComment *sc = &nf->supp_comments[s->first];
            size_t len = strlen(s->code);
            int count = 0;
            for (uint32_t k = 0; k < sc->ncodes; k++)
                if (sc->codes[k].end - sc->codes[k].start == len && memcmp(text + sc->codes[k].start, s->code, len) == 0)
                    count++;
            if (count > 1)
                add(c.duplicated, &c.nduplicated, s->code);
            else
                add(c.unused, &c.nunused, s->code);
        } else {
            add(c.disabled, &c.ndisabled, s->code);
        }
    }
    flush_group(ck, nf, key, second, &c);
}

void rule_unused_noqa(Checker *ck)
{
    const NoqaFile *nf = ck->noqa;
    bool exempt = nf->exempt_all;
    for (uint32_t i = 0; i < nf->nfile_lines; i++)
        if (nf->file_lines[i].names_ruf100)
            exempt = true;
    /* As Ruff: `# noqa` directives are judged only in files without syntax errors. */
    if (!exempt && !nf->syntax_errors) {
        for (uint32_t i = 0; i < nf->nlines; i++) {
            const NoqaLine *l = &nf->lines[i];
            if (l->d.kind == NOQA_ALL) {
                if (ruleset_empty(&l->matches)) {
                    Edit e = noqa_delete_comment(ck->src, l->d.start, l->d.end);
                    report(ck, l->d.start, l->d.end, "Unused blanket `noqa` directive", "Remove unused `noqa` directive",
                           APPLY_SAFE, &e, 1);
                }
            } else {
                check_codes(ck, nf, &l->d, &l->matches, NULL);
            }
        }
        for (uint32_t i = 0; i < nf->nfile_lines; i++)
            if (nf->file_lines[i].d.kind == NOQA_CODES)
                check_codes(ck, nf, &nf->file_lines[i].d, NULL, nf->file_lines[i].tool);
    }
    check_suppressions(ck, nf);
}
