/* fix.c: building fixes, applying the settings to them, and one pass of fix application. */
#include "fix.h"

#include <stdlib.h>
#include <string.h>

#include "util/str.h"
#include "util/vec.h"

static int edit_cmp(const void *a, const void *b)
{
    const Edit *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->end < y->end ? -1 : x->end > y->end;
}

Fix *fix_new(Arena *arena, Applicability a, const Edit *edits, uint32_t n)
{
    Fix *f = ARENA_NEW(arena, Fix);
    Edit *e = ARENA_ARRAY(arena, Edit, n ? n : 1);
    if (!f || !e)
        return NULL;
    memcpy(e, edits, n * sizeof *e);
    qsort(e, n, sizeof *e, edit_cmp);
    f->applicability = a;
    f->isolation = FIX_NON_OVERLAPPING;
    f->nedits = n;
    f->edits = e;
    return f;
}

void fix_settings_apply(Diagnostic *diags, uint32_t n, const LintSettings *s)
{
    for (uint32_t i = 0; i < n; i++) {
        Diagnostic *d = &diags[i];
        if (!d->fix || d->rule == RULE__COUNT)
            continue;
        if (!ruleset_has(&s->fixable, d->rule)) {
            d->fix = NULL;
            continue;
        }
        if (d->fix->applicability == APPLY_DISPLAY_ONLY)
            continue;
        if (ruleset_has(&s->extend_unsafe_fixes, d->rule))
            d->fix->applicability = APPLY_UNSAFE;
        else if (ruleset_has(&s->extend_safe_fixes, d->rule))
            d->fix->applicability = APPLY_SAFE;
    }
}

/* ---- one pass ---------------------------------------------------------------------------- */

typedef struct Candidate {
    const Diagnostic *d;
    uint32_t order;       /* report order: the sort must be stable, as Ruff's sorted_by */
} Candidate;

static bool is_code(const Diagnostic *d, const char *code)
{
    return d->rule != RULE__COUNT && strcmp(rule_table[d->rule].code, code) == 0;
}

/* Ruff's cmp_fix: redefined-while-unused (F811) first; then by the first edit's start; then
 * D400 before D209 and SIM401 before SIM108 on a tie; then report order. */
static int candidate_cmp(const void *a, const void *b)
{
    const Candidate *x = a, *y = b;
    bool fx = is_code(x->d, "F811"), fy = is_code(y->d, "F811");
    if (fx != fy)
        return fx ? -1 : 1;
    uint32_t sx = fix_min_start(x->d->fix), sy = fix_min_start(y->d->fix);
    if (sx != sy)
        return sx < sy ? -1 : 1;
    static const char *const before[][2] = {{"D400", "D209"}, {"SIM401", "SIM108"}};
    for (size_t i = 0; i < sizeof before / sizeof before[0]; i++) {
        if (is_code(x->d, before[i][0]) && is_code(y->d, before[i][1]))
            return -1;
        if (is_code(x->d, before[i][1]) && is_code(y->d, before[i][0]))
            return 1;
    }
    return x->order < y->order ? -1 : x->order > y->order;
}

typedef Vec(const Edit *) EditPtrVec;
typedef Vec(uint32_t) U32Vec;

static bool edit_same(const Edit *a, const Edit *b)
{
    return a->start == b->start && a->end == b->end && strcmp(a->content ? a->content : "", b->content ? b->content : "") == 0;
}

/* Whether e equals one of applied[0..limit). Applied edits are appended in non-decreasing order
 * of start: binary search for the first with start >= e->start, then compare the neighbours with
 * the same start. */
static bool already_applied(const EditPtrVec *applied, uint32_t limit, const Edit *e)
{
    uint32_t lo = 0, hi = limit;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (applied->data[mid]->start < e->start)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (uint32_t i = lo; i < limit && applied->data[i]->start == e->start; i++)
        if (edit_same(applied->data[i], e))
            return true;
    return false;
}

static bool group_used(const U32Vec *groups, uint32_t g)
{
    for (uint32_t i = 0; i < groups->len; i++)
        if (groups->data[i] == g)
            return true;
    return false;
}

FixPassStatus fix_apply_pass(Arena *arena, const char *text, uint32_t len, const Diagnostic *diags, uint32_t n,
                             Applicability required, char **out, uint32_t *outlen, FixTable *applied_table)
{
    Candidate *cands = malloc((n ? n : 1) * sizeof *cands);
    if (!cands)
        return FIX_PASS_OOM;
    uint32_t nc = 0;
    for (uint32_t i = 0; i < n; i++)
        if (diags[i].rule != RULE__COUNT && fix_applies(diags[i].fix, required))
            cands[nc++] = (Candidate){&diags[i], i};
    if (nc == 0) {
        free(cands);
        return FIX_PASS_NONE;
    }
    qsort(cands, nc, sizeof *cands, candidate_cmp);

    Buf b = {0};
    EditPtrVec applied = {0};
    U32Vec groups = {0};
    bool oom = false;
    bool have_last = false;
    uint32_t last_pos = 0;
    if (applied_table)
        memset(applied_table, 0, sizeof *applied_table);
    for (uint32_t c = 0; c < nc && !oom; c++) {
        const Fix *f = cands[c].d->fix;
        /* The first edit not applied yet. */
        uint32_t k = 0;
        while (k < f->nedits && already_applied(&applied, applied.len, &f->edits[k]))
            k++;
        if (k < f->nedits) {
            if (f->isolation != FIX_NON_OVERLAPPING) {
                if (group_used(&groups, f->isolation))
                    continue;
                if (!vec_push(&groups, f->isolation)) {
                    oom = true;
                    break;
                }
            }
            if (have_last && last_pos >= f->edits[k].start)
                continue;
        }
        uint32_t first_new = applied.len;
        for (; k < f->nedits; k++) {
            const Edit *e = &f->edits[k];
            if (already_applied(&applied, first_new, e))
                continue;
            uint32_t from = have_last ? last_pos : 0;
            if (e->start < from || e->end > len || e->start > e->end) {
                /* An edit overlapping an earlier edit of the same fix: a rule bug. Ruff would
                 * panic here; keep the text as it is instead. */
                continue;
            }
            buf_append(&b, text + from, e->start - from);
            if (e->content)
                buf_puts(&b, e->content);
            last_pos = e->end;
            have_last = true;
            if (!vec_push(&applied, e))
                oom = true;
        }
        if (applied_table) {
            applied_table->counts[cands[c].d->rule]++;
            applied_table->total++;
        }
    }
    uint32_t from = have_last ? last_pos : 0;
    buf_append(&b, text + from, len - from);
    free(cands);
    vec_free(&applied);
    vec_free(&groups);
    if (oom || b.failed || b.len >= UINT32_MAX - 16) {
        buf_free(&b);
        return FIX_PASS_OOM;
    }
    *out = arena_strndup(arena, b.data ? b.data : "", b.len);
    *outlen = (uint32_t)b.len;
    buf_free(&b);
    return *out ? FIX_PASS_APPLIED : FIX_PASS_OOM;
}
