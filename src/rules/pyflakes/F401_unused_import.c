/* F401_unused_import.c: imports whose names nothing in the scope uses; the fix removes them from
 * their statement (the whole statement when all its names go). */
#include <stdlib.h>
#include <string.h>

#include "rules/pyflakes/fix_util.h"
#include "rules/pyflakes/pyflakes.h"

const RuleDoc ruledoc_F401 = {
    "`{name}` imported but unused",
    "## What it does\n"
    "Checks for unused imports.\n"
    "\n"
    "## Why is this bad?\n"
    "Unused imports add a performance overhead at runtime, and risk creating\n"
    "import cycles. They also increase the cognitive load of reading the code.\n"
    "\n"
    "If an import statement is used to check for the availability or existence\n"
    "of a module, consider using `importlib.util.find_spec` instead.\n"
    "\n"
    "If an import statement is used to re-export a symbol as part of a module's\n"
    "public interface, consider using a \"redundant\" import alias, which\n"
    "instructs Ruff (and other tools) to respect the re-export, and avoid\n"
    "marking it as unused, as in:\n"
    "\n"
    "```python\n"
    "from module import member as member\n"
    "```\n"
    "\n"
    "Alternatively, you can use `__all__` to declare a symbol as part of the module's\n"
    "interface, as in:\n"
    "\n"
    "```python\n"
    "# __init__.py\n"
    "import some_module\n"
    "\n"
    "__all__ = [\"some_module\"]\n"
    "```\n"
    "\n"
    "## Preview\n"
    "When [preview] is enabled (and certain simplifying assumptions\n"
    "are met), we analyze all import statements for a given module\n"
    "when determining whether an import is used, rather than simply\n"
    "the last of these statements. This can result in both different and\n"
    "more import statements being marked as unused.\n"
    "\n"
    "For example, if a module consists of\n"
    "\n"
    "```python\n"
    "import a\n"
    "import a.b\n"
    "```\n"
    "\n"
    "then both statements are marked as unused under [preview], whereas\n"
    "only the second is marked as unused under stable behavior.\n"
    "\n"
    "As another example, if a module consists of\n"
    "\n"
    "```python\n"
    "import a.b\n"
    "import a\n"
    "\n"
    "a.b.foo()\n"
    "```\n"
    "\n"
    "then a diagnostic will be emitted for the second line under [preview],\n"
    "whereas no diagnostic is emitted under stable behavior.\n"
    "\n"
    "Note that this behavior is somewhat subjective and is designed\n"
    "to conform to the developer's intuition rather than Python's actual\n"
    "execution. To wit, the statement `import a.b` automatically executes\n"
    "`import a`, so in some sense `import a` is _always_ redundant\n"
    "in the presence of `import a.b`.\n"
    "\n"
    "\n"
    "## Fix safety\n"
    "\n"
    "Fixes to remove unused imports are safe, except in `__init__.py` files.\n"
    "\n"
    "Applying fixes to `__init__.py` files is currently in preview. The fix offered depends on the\n"
    "type of the unused import. Ruff will suggest a safe fix to export first-party imports with\n"
    "either a redundant alias or, if already present in the file, an `__all__` entry. If multiple\n"
    "`__all__` declarations are present, Ruff will not offer a fix. Ruff will suggest an unsafe fix\n"
    "to remove third-party and standard library imports -- the fix is unsafe because the module's\n"
    "interface changes.\n"
    "\n"
    "See [this FAQ section](https://docs.astral.sh/ruff/faq/#how-does-ruff-determine-which-of-my-imports-are-first-party-third-party-etc)\n"
    "for more details on how Ruff\n"
    "determines whether an import is first or third-party.\n"
    "\n"
    "## Example\n"
    "\n"
    "```python\n"
    "import numpy as np  # unused import\n"
    "\n"
    "\n"
    "def area(radius):\n"
    "    return 3.14 * radius**2\n"
    "```\n"
    "\n"
    "Use instead:\n"
    "\n"
    "```python\n"
    "def area(radius):\n"
    "    return 3.14 * radius**2\n"
    "```\n"
    "\n"
    "To check the availability of a module, use `importlib.util.find_spec`:\n"
    "\n"
    "```python\n"
    "from importlib.util import find_spec\n"
    "\n"
    "if find_spec(\"numpy\") is not None:\n"
    "    print(\"numpy is installed\")\n"
    "else:\n"
    "    print(\"numpy is not installed\")\n"
    "```\n"
    "\n"
    "## Options\n"
    "- `lint.ignore-init-module-imports`\n"
    "- `lint.pyflakes.allowed-unused-imports`\n"
    "\n"
    "## References\n"
    "- [Python documentation: `import`](https://docs.python.org/3/reference/simple_stmts.html#the-import-statement)\n"
    "- [Python documentation: `importlib.util.find_spec`](https://docs.python.org/3/library/importlib.html#importlib.util.find_spec)\n"
    "- [Typing documentation: interface conventions](https://typing.python.org/en/latest/spec/distributing.html#library-interface-public-and-private-symbols)\n"
    "\n"
    "[preview]: https://docs.astral.sh/ruff/preview/\n",
};

static bool allowed(const AstChecker *ac, Str q)
{
    for (const char *const *a = ac->ck->settings->allowed_unused_imports; a && *a; a++) {
        size_t l = strlen(*a);
        if (q.len >= l && !memcmp(q.ptr, *a, l) && (q.len == l || q.ptr[l] == '.'))
            return true;
    }
    return false;
}

typedef struct ByStmtCtx {
    const Semantic *s;
} ByStmtCtx;

/* Order unused imports by statement, then handled exceptions, then position. */
static int by_stmt(const void *x, const void *y, void *arg)
{
    const ByStmtCtx *c = arg;
    const Binding *a = &c->s->bindings.data[*(const BindingId *)x], *b = &c->s->bindings.data[*(const BindingId *)y];
    if (a->stmt->start != b->stmt->start)
        return a->stmt->start < b->stmt->start ? -1 : 1;
    if (a->exceptions != b->exceptions)
        return a->exceptions < b->exceptions ? -1 : 1;
    return (a->start > b->start) - (a->start < b->start);
}

void rule_unused_import(AstChecker *ac, ScopeId scope)
{
    Semantic *s = &ac->sem;
    Checker *ck = ac->ck;
    if (!(sem_scope(s, scope)->kinds & (1u << BK_IMPORT | 1u << BK_FROM_IMPORT | 1u << BK_SUBMODULE_IMPORT)))
        return; /* it never bound an import */
    /* collect the unused import bindings of the scope, grouped by statement */
    Vec(BindingId) unused = {0};
    for (uint32_t e = sem_scope(s, scope)->first_entry; e != SEM_NONE; e = s->entries.data[e].next_in_scope) {
        BindingId live = s->entries.data[e].binding;
        const Binding *lb = sem_binding(s, live);
        if (lb->kind != BK_IMPORT && lb->kind != BK_FROM_IMPORT && lb->kind != BK_SUBMODULE_IMPORT)
            continue;
        if (lb->flags & (BF_GLOBAL | BF_NONLOCAL | BF_EXPLICIT_EXPORT))
            continue;
        /* preview: imports rebinding one name each count for the loads closest to them */
        BindingId cand[64];
        uint32_t ncand = pyflakes_refined_applies(ac, live) ? pyflakes_refined_unused(ac, live, cand, 64) : UINT32_MAX;
        if (ncand == UINT32_MAX) {
            cand[0] = live;
            ncand = lb->nrefs ? 0 : 1;
        }
        for (uint32_t c = 0; c < ncand; c++) {
            BindingId id = cand[c];
            const Binding *b = sem_binding(s, id);
            if (!b->stmt || allowed(ac, b->qualified))
                continue;
            if (pyflakes_noqa_ignores(ac, RULE_F401, b->start)
                || (b->stmt->kind == AST_ImportFrom && pyflakes_noqa_ignores(ac, RULE_F401, b->stmt->start))) {
                /* suppressed: reported alone and without a fix, so that fixing the statement's other
                 * names keeps this one (Ruff's `ignored` group) */
                Str q = b->qualified;
                pyflakes_noqa_parent(lint_report(ck, RULE_F401, b->start, b->end, arena_printf(ck->arena, "`%.*s` imported but unused", (int)q.len, q.ptr)), b->stmt);
                continue;
            }
            vec_push(&unused, id);
        }
    }
    /* one statement (and handled-exception context) at a time, in source order */
    ByStmtCtx ctx = {s};
    if (unused.len > 1)
        qsort_r(unused.data, unused.len, sizeof *unused.data, by_stmt, &ctx);
    for (uint32_t i = 0, next; i < unused.len; i = next) {
        const Binding *first = sem_binding(s, unused.data[i]);
        const Node *stmt = first->stmt;
        uint8_t exc = first->exceptions;
        next = i + 1;
        while (next < unused.len && sem_binding(s, unused.data[next])->stmt == stmt
               && sem_binding(s, unused.data[next])->exceptions == exc)
            next++;
        const NodeList *names = stmt->kind == AST_Import ? &stmt->as.Import.names : &stmt->as.ImportFrom.names;
        bool *remove = ARENA_ARRAY(ck->scratch, bool, names->len ? names->len : 1);
        for (uint32_t j = i; remove && j < next; j++) {
            const Node *al = sem_binding(s, unused.data[j])->node;
            /* the aliases are in source order: find this one by its start */
            uint32_t lo = 0, hi = names->len;
            while (lo < hi) {
                uint32_t mid = (lo + hi) / 2;
                if (names->items[mid]->start < al->start)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            if (lo < names->len && names->items[lo] == al)
                remove[lo] = true;
        }
        const BindingId *group = unused.data + i;
        uint32_t ng = next - i;
        bool in_except = exc & (EXC_MODULE_NOT_FOUND | EXC_IMPORT_ERROR);
        /* In a package's __init__.py the imports may be re-exports: Ruff offers no fix unless
         * ignore-init-module-imports is off (then an unsafe one). */
        bool in_init = pyflakes_in_init(ac);
        bool fixable = !in_except && (!in_init || !ck->settings->ignore_init_module_imports);
        Edit edit;
        const Node *parent = pyflakes_parent_stmt(ac, stmt);
        bool have_fix = fixable && remove && fix_remove_aliases(ck, stmt, parent, remove, &edit);
        for (uint32_t g = 0; g < ng; g++) {
            const Binding *b = sem_binding(s, group[g]);
            Str q = b->qualified;
            bool init_first_party = !in_except && in_init && b->scope == 0 && pyflakes_is_first_party(ac, b);
            const char *msg = in_except
                ? arena_printf(ck->arena, "`%.*s` imported but unused; consider using `importlib.util.find_spec` to test for availability", (int)q.len, q.ptr)
                : init_first_party
                ? arena_printf(ck->arena, "`%.*s` imported but unused; consider removing, adding to `__all__`, or using a redundant alias", (int)q.len, q.ptr)
                : arena_printf(ck->arena, "`%.*s` imported but unused", (int)q.len, q.ptr);
            Diagnostic *d = lint_report(ck, RULE_F401, b->start, b->end, msg);
            pyflakes_noqa_parent(d, stmt);
            if (d && have_fix) {
                const char *title = ng > 1 ? "Remove unused import" : arena_printf(ck->arena, "Remove unused import: `%.*s`", (int)q.len, q.ptr);
                fix_edits(ck, d, in_init ? APPLY_UNSAFE : APPLY_SAFE, title, &edit, 1);
                fix_isolate_parent(d, parent);
            }
        }
    }
    vec_free(&unused);
}
