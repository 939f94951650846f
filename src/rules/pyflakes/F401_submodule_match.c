/* F401_submodule_match.c: Ruff's preview matching of `import a.b` / `import a.c` style imports that
 * rebind one name: each load `a.b.f` counts for the closest of them, so the others are unused. */
#include <string.h>

#include "rules/pyflakes/pyflakes.h"

static bool is_import_kind(const Binding *b) { return b->kind == BK_IMPORT || b->kind == BK_SUBMODULE_IMPORT; }

static void note(AstChecker *ac, BindingId id)
{
    Checker *ck = ac->ck;
    const Binding *b = sem_binding(&ac->sem, id);
    if (!is_import_kind(b) || b->shadowed == SEM_NONE)
        return;
    /* the Name is the last enclosing expression; the attributes around it extend the path */
    uint32_t top = ac->exprs.len, n = 1;
    while (n < top) {
        const Node *parent = ac->exprs.data[top - 1 - n], *child = ac->exprs.data[top - n];
        if (parent->kind != AST_Attribute || parent->as.Attribute.value != child)
            break;
        n++;
    }
    Str *segs = arena_alloc(ck->scratch, n * sizeof *segs);
    if (!segs) {
        ac->sem.oom = true;
        return;
    }
    segs[0] = ac->exprs.data[top - 1]->as.Name.id;
    for (uint32_t k = 1; k < n; k++)
        segs[k] = ac->exprs.data[top - 1 - k]->as.Attribute.attr;
    if (!vec_push(&ac->import_refs, ((ImportRef){id, n, segs})))
        ac->sem.oom = true;
}

void pyflakes_note_import_ref(AstChecker *ac, BindingId id)
{
    if (id == SEM_NONE || !ac->ck->settings->preview || !lint_enabled(ac->ck, RULE_F401))
        return;
    note(ac, id);
    /* the same load also counts for the submodule import an alias reaches */
    const Binding *b = sem_binding(&ac->sem, id);
    if (b->kind == BK_IMPORT) {
        BindingId sub = sem_aliased_submodule(&ac->sem, b->name, b->scope, id);
        if (sub != SEM_NONE)
            note(ac, sub);
    }
}

/* The dotted parts of an import's qualified name. */
static uint32_t split(Str q, Str *out, uint32_t cap)
{
    uint32_t n = 0;
    size_t i = 0;
    while (i <= q.len && n < cap) {
        size_t j = i;
        while (j < q.len && q.ptr[j] != '.')
            j++;
        out[n++] = (Str){q.ptr + i, j - i};
        i = j + 1;
    }
    return n;
}

/* Whether the statement of `left` runs whenever the one of `right` does (Ruff's dominates):
 * its branch is `right`'s or one of its ancestors. */
static bool dominates(Semantic *s, BranchId left, BranchId right)
{
    if (left == SEM_NONE)
        return true;
    for (BranchId b = right; b != SEM_NONE; b = s->branches.data[b].parent)
        if (b == left)
            return true;
    return false;
}

/* Ruff's has_simple_shadowed_bindings: un-aliased imports, none used before the live one, each
 * running whenever the live one does. */
static bool simple_chain(Semantic *s, BindingId live_id)
{
    const Binding *live = sem_binding(s, live_id);
    if (!live->stmt)
        return false;
    uint32_t i = 0;
    for (BindingId id = live_id; id != SEM_NONE; id = sem_binding(s, id)->shadowed, i++) {
        const Binding *b = sem_binding(s, id);
        if (i > 0 && b->nrefs)
            return false;
        if (!b->stmt || !dominates(s, b->branch, live->branch) || !is_import_kind(b))
            return false;
        if (b->kind == BK_IMPORT && b->node && b->node->kind == AST_alias && b->node->as.alias.asname.len)
            return false;
    }
    return true;
}

/* Mark every binding of the chain whose qualified name equals the best match of the path. */
static void mark_best(Semantic *s, const BindingId *chain, uint32_t n, bool *used, const Str *segs, uint32_t nsegs)
{
    uint32_t best = n, best_prefix = 0, best_len = 0;
    for (uint32_t i = 0; i < n; i++) {
        Str parts[64];
        uint32_t np = split(sem_binding(s, chain[i])->qualified, parts, 64), prefix = 0;
        while (prefix < np && prefix < nsegs && str_eq(parts[prefix], segs[prefix]))
            prefix++;
        /* the longest shared prefix, then the shortest name; the oldest of equals (Rust's max_by_key) */
        if (best == n || prefix > best_prefix || (prefix == best_prefix && np <= best_len)) {
            best = i;
            best_prefix = prefix;
            best_len = np;
        }
    }
    if (best == n)
        return;
    Str q = sem_binding(s, chain[best])->qualified;
    for (uint32_t i = 0; i < n; i++)
        if (str_eq(sem_binding(s, chain[i])->qualified, q))
            used[i] = true;
}

uint32_t pyflakes_refined_unused(AstChecker *ac, BindingId live_id, BindingId *out, uint32_t cap)
{
    Semantic *s = &ac->sem;
    const Binding *live = sem_binding(s, live_id);
    BindingId chain[64];
    bool used[64] = {0};
    uint32_t n = 0;
    for (BindingId id = live_id; id != SEM_NONE && n < 64; id = sem_binding(s, id)->shadowed)
        chain[n++] = id;
    uint32_t recorded = 0;
    for (uint32_t r = 0; r < ac->import_refs.len; r++)
        recorded += ac->import_refs.data[r].binding == live_id;
    bool by_all = live->flags & BF_USED_BY_ALL;
    if (n >= 64 || n > cap || (!by_all && recorded != live->nrefs))
        return UINT32_MAX; /* references of another kind: Ruff's stable analysis */
    if (by_all) { /* `__all__` names the first part */
        Str first;
        split(live->qualified, &first, 1);
        mark_best(s, chain, n, used, &first, 1);
    }
    for (uint32_t r = 0; r < ac->import_refs.len; r++) {
        const ImportRef *ir = &ac->import_refs.data[r];
        if (ir->binding == live_id)
            mark_best(s, chain, n, used, ir->segs, ir->nsegs);
    }
    uint32_t k = 0;
    for (uint32_t i = 0; i < n; i++)
        if (!used[i])
            out[k++] = chain[i];
    return k;
}

bool pyflakes_refined_applies(AstChecker *ac, BindingId live_id)
{
    const Binding *live = sem_binding(&ac->sem, live_id);
    return ac->ck->settings->preview && live->shadowed != SEM_NONE && is_import_kind(live) &&
           simple_chain(&ac->sem, live_id);
}
