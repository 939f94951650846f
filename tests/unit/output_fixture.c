/* output_fixture.c (tests): builds the in-memory lint results the output tests print. */
#include "output_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void add(FileResult *r, RuleId rule, uint32_t s, uint32_t e, const char *msg, const char *title,
                Applicability a, bool has_fix, uint32_t es, uint32_t ee, const char *content)
{
    Diagnostic d = {.rule = rule, .start = s, .end = e, .message = msg, .fix_title = title, .noqa_offset = s};
    if (has_fix) {
        Fix *f = ARENA_NEW(&r->arena, Fix);
        Edit *ed = ARENA_NEW(&r->arena, Edit);
        *ed = (Edit){es, ee, content};
        *f = (Fix){.applicability = a, .nedits = 1, .edits = ed};
        d.fix = f;
    }
    vec_push(&r->diags, d);
}

void fixture_init(Fixture *f)
{
    memset(f, 0, sizeof *f);
    FileResult *a = &f->files[0], *b = &f->files[1];
    arena_init(&a->arena);
    arena_init(&b->arena);
    a->display = "a.py";
    b->display = "b.py";
    static const char text[] = "x = 1   \n\ty = 2\nz = 3";
    char *t = arena_strndup(&a->arena, text, sizeof text - 1);
    source_init(&a->src, &a->arena, "a.py", t, sizeof text - 1);
    a->loaded = true;
    add(a, RULE_W291, 5, 8, "Trailing whitespace", "Remove trailing whitespace", APPLY_SAFE, true, 5, 8, "");
    add(a, RULE_W191, 9, 10, "Indentation contains tabs", NULL, APPLY_SAFE, false, 0, 0, NULL);
    add(a, RULE__COUNT, 16, 17, "Expected an expression", NULL, APPLY_SAFE, false, 0, 0, NULL);
    add(a, RULE_W292, 21, 21, "No newline at end of file", "Add trailing newline", APPLY_UNSAFE, true, 21, 21, "\n");
    add(b, RULE_E902, 0, 0, "No such file or directory (os error 2)", NULL, APPLY_SAFE, false, 0, 0, NULL);
    for (int k = 0; k < 2; k++)
        for (uint32_t j = 0; j < f->files[k].diags.len; j++)
            f->items[f->n++] = (OutputItem){&f->files[k], &f->files[k].diags.data[j]};
}

void fixture_free(Fixture *f)
{
    for (int k = 0; k < 2; k++)
        file_result_free(&f->files[k]);
}

OutputOptions fixture_options(OutputFormat fmt)
{
    return (OutputOptions){.format = fmt, .show_fix_status = true, .unsafe_fixes = UNSAFE_FIXES_HINT, .cwd = "/proj"};
}

char *capture_write(const OutputOptions *o, const OutputItem *items, size_t n)
{
    char *s = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&s, &len);
    if (!m)
        return NULL;
    bool ok = output_write(m, o, items, n);
    fclose(m);
    if (!ok) {
        free(s);
        return NULL;
    }
    return s;
}

char *capture_summary(const OutputOptions *o, const OutputItem *items, size_t n)
{
    char *s = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&s, &len);
    if (!m)
        return NULL;
    output_summary(m, o, items, n);
    fclose(m);
    return s;
}

char *capture_statistics(const OutputOptions *o, const OutputItem *items, size_t n, bool *ok)
{
    char *s = NULL, err[256];
    size_t len = 0;
    FILE *m = open_memstream(&s, &len);
    if (!m)
        return NULL;
    *ok = output_statistics(m, o, items, n, false, err, sizeof err);
    fclose(m);
    return s;
}
