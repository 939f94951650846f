/* F811_redefined_while_unused.c: a definition or import replaced before anything used it; the fix
 * removes a repeated import of the same name from the later statement. */
#include <stdlib.h>

#include "rules/pyflakes/fix_util.h"
#include "rules/pyflakes/pyflakes.h"



const RuleDoc ruledoc_F811 = {
    "Redefinition of unused `{name}` from {row}",
    "## What it does\n"
    "Checks for variable definitions that redefine (or \"shadow\") unused\n"
    "variables.\n"
    "\n"
    "## Why is this bad?\n"
    "Redefinitions of unused names are unnecessary and often indicative of a\n"
    "mistake.\n"
    "\n"
    "## Example\n"
    "\n"
    "```python\n"
    "import foo\n"
    "import bar\n"
    "import foo  # Redefinition of unused `foo` from line 1\n"
    "```\n"
    "\n"
    "Use instead:\n"
    "\n"
    "```python\n"
    "import foo\n"
    "import bar\n"
    "```\n"
    "\n"
    "## Preview\n"
    "When [preview] is enabled, this rule also flags annotated variable\n"
    "redeclarations. For example, `bar: int = 1` followed by `bar: int = 2`\n"
    "will be flagged as a redefinition of an unused variable, whereas plain\n"
    "reassignments like `bar = 1` followed by `bar = 2` remain unflagged.\n"
    "\n"
    "In preview, this rule will also flag redefinitions in `typing.TYPE_CHECKING` blocks:\n"
    "\n"
    "```python\n"
    "import typing\n"
    "from collections.abc import Sequence\n"
    "\n"
    "if typing.TYPE_CHECKING:\n"
    "    # Redefinition of unused `Sequence` from line 2\n"
    "    from collections.abc import Sequence\n"
    "```\n"
    "\n"
    "Use instead:\n"
    "\n"
    "```python\n"
    "from collections.abc import Sequence\n"
    "```\n"
    "\n"
    "[preview]: https://docs.astral.sh/ruff/preview/\n"
    "\n"
    "## Options\n"
    "\n"
    "This rule ignores dummy variables, as determined by:\n"
    "\n"
    "- `lint.dummy-variable-rgx`\n",
};

static bool is_import(const Binding *b)
{
    return b->kind == BK_IMPORT || b->kind == BK_FROM_IMPORT || b->kind == BK_SUBMODULE_IMPORT || b->kind == BK_FUTURE_IMPORT;
}

/* Ruff's Binding::redefines. */
static bool redefines(const Binding *b, const Binding *old)
{
    switch (b->kind) {
    case BK_IMPORT:
    case BK_FROM_IMPORT:
        if (old->kind == BK_SUBMODULE_IMPORT)
            return str_eq(b->qualified, old->qualified);
        break;
    case BK_SUBMODULE_IMPORT:
        if (old->kind == BK_IMPORT || old->kind == BK_SUBMODULE_IMPORT || old->kind == BK_FROM_IMPORT)
            return str_eq(b->qualified, old->qualified);
        break;
    case BK_DELETION:
    case BK_CONDITIONAL_DELETION:
    case BK_ANNOTATION:
    case BK_FUTURE_IMPORT:
    case BK_BUILTIN:
        return false;
    case BK_ASSIGNMENT:
    case BK_NAMED_EXPR:
        if (old->kind == BK_ASSIGNMENT || old->kind == BK_NAMED_EXPR)
            return false;
        break;
    default:
        break;
    }
    return old->kind == BK_CLASS || old->kind == BK_FUNCTION || old->kind == BK_IMPORT || old->kind == BK_FROM_IMPORT
        || old->kind == BK_ASSIGNMENT || old->kind == BK_NAMED_EXPR;
}

/* Whether a function definition is decorated with typing's `overload`. */
static bool is_overload(AstChecker *ac, const Node *fn)
{
    const NodeList *decs = &fn->as.FunctionDef.decorator_list;
    for (uint32_t i = 0; i < decs->len; i++) {
        const Node *d = decs->items[i];
        if (sem_match_typing(&ac->sem, d, "overload"))
            return true;
        if (d->kind == AST_Name && str_eq_c(d->as.Name.id, "overload") && sem_lookup(&ac->sem, d->as.Name.id) == SEM_NONE)
            return true;
    }
    return false;
}

typedef struct Pair {
    BindingId binding, shadowed;
} Pair;
typedef Vec(Pair) PairVec;

/* Ruff's conditions for reporting `b` as redefining the unused `old`. */
static bool is_redefinition(AstChecker *ac, BindingId bid, BindingId oid, bool same_scope, ScopeId scope)
{
    Semantic *s = &ac->sem;
    const Binding *b = sem_binding(s, bid), *old = sem_binding(s, oid);
    if (b->kind == BK_LOOP_VAR || old->nrefs || !redefines(b, old))
        return false;
    bool old_tc = old->flags & BF_TYPING_ONLY, new_tc = b->flags & BF_TYPING_ONLY;
    if (old_tc != new_tc)
        return false;
    if (same_scope) {
        if (!is_import(old) && pyflakes_is_dummy(ac, b->name))
            return false;
        if (!old->stmt)
            return false;
        if (old->kind == BK_FUNCTION && (old->stmt->kind == AST_FunctionDef || old->stmt->kind == AST_AsyncFunctionDef)
            && is_overload(ac, old->stmt))
            return false;
    } else {
        if (sem_scope(s, scope)->kind == SCOPE_CLASS || !is_import(old) || (old->flags & BF_EXPLICIT_EXPORT))
            return false;
    }
    return old->stmt && b->stmt && sem_same_branch(s, old->branch, b->branch);
}

/* The fix of one redefining import statement: remove every name it imports again (same
 * qualified name as the import it shadows), as Ruff groups them by statement. */
static bool statement_fix(AstChecker *ac, const Pair *pairs, uint32_t npairs, const Node *stmt, Edit *out)
{
    Semantic *s = &ac->sem;
    Checker *ck = ac->ck;
    if (stmt->kind != AST_Import && stmt->kind != AST_ImportFrom)
        return false;
    const NodeList *names = stmt->kind == AST_Import ? &stmt->as.Import.names : &stmt->as.ImportFrom.names;
    bool *remove = ARENA_ARRAY(ck->scratch, bool, names->len ? names->len : 1);
    if (!remove)
        return false;
    bool any = false;
    for (uint32_t i = 0; i < npairs; i++) {
        const Binding *b = sem_binding(s, pairs[i].binding), *old = sem_binding(s, pairs[i].shadowed);
        if (b->stmt != stmt || !is_import(b) || !is_import(old) || b->kind == BK_FUTURE_IMPORT || !str_eq(b->qualified, old->qualified))
            continue;
        for (uint32_t k = 0; k < names->len; k++)
            if (names->items[k] == b->node) {
                remove[k] = true;
                any = true;
            }
    }
    return any && fix_remove_aliases(ck, stmt, pyflakes_parent_stmt(ac, stmt), remove, out);
}

typedef struct PairOrder {
    const Semantic *s;
} PairOrder;

static int by_statement(const void *x, const void *y, void *arg)
{
    const PairOrder *o = arg;
    const Binding *a = &o->s->bindings.data[((const Pair *)x)->binding], *b = &o->s->bindings.data[((const Pair *)y)->binding];
    uint32_t sa = a->stmt ? a->stmt->start : 0, sb = b->stmt ? b->stmt->start : 0;
    if (sa != sb)
        return sa < sb ? -1 : 1;
    return (a->start > b->start) - (a->start < b->start);
}

void rule_redefined_while_unused(AstChecker *ac, ScopeId scope)
{
    Semantic *s = &ac->sem;
    Checker *ck = ac->ck;
    PairVec pairs = {0};
    for (uint32_t e = sem_scope(s, scope)->first_entry; e != SEM_NONE; e = s->entries.data[e].next_in_scope) {
        for (BindingId id = s->entries.data[e].binding; id != SEM_NONE; id = sem_binding(s, id)->shadowed) {
            const Binding *b = sem_binding(s, id);
            if (b->outer != SEM_NONE && is_redefinition(ac, id, b->outer, false, scope))
                vec_push(&pairs, ((Pair){id, b->outer}));
            if (b->shadowed != SEM_NONE && is_redefinition(ac, id, b->shadowed, true, scope))
                vec_push(&pairs, ((Pair){id, b->shadowed}));
        }
    }
    /* group the pairs by redefining statement: one fix per statement */
    PairOrder ord = {s};
    if (pairs.len > 1)
        qsort_r(pairs.data, pairs.len, sizeof *pairs.data, by_statement, &ord);
    uint32_t group = 0;
    for (uint32_t i = 0; i < pairs.len; i++) {
        const Binding *b = sem_binding(s, pairs.data[i].binding), *old = sem_binding(s, pairs.data[i].shadowed);
        if (i == 0 || sem_binding(s, pairs.data[i - 1].binding)->stmt != b->stmt)
            group = i;
        uint32_t group_end = i + 1;
        while (group_end < pairs.len && sem_binding(s, pairs.data[group_end].binding)->stmt == b->stmt)
            group_end++;
        /* named by the redefinition's source text, as Ruff (`a.b` for `import a.b`) */
        int tl = (int)(b->end - b->start);
        const char *text = ck->src->text + b->start;
        Diagnostic *d = lint_report(ck, RULE_F811, b->start, b->end,
                                    arena_printf(ck->arena, "Redefinition of unused `%.*s` from line %u: `%.*s` redefined here",
                                                 tl, text, pyflakes_row(ac, old->start), tl, text));
        pyflakes_noqa_parent(d, b->stmt);
        Edit fix;
        if (d && b->stmt && statement_fix(ac, pairs.data + group, group_end - group, b->stmt, &fix)) {
            fix_edits(ck, d, APPLY_SAFE, arena_printf(ck->arena, "Remove definition: `%.*s`", (int)b->name.len, b->name.ptr), &fix, 1);
            fix_isolate_parent(d, pyflakes_parent_stmt(ac, b->stmt));
        }
    }
    vec_free(&pairs);
}
