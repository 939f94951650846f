/* F841_unused_variable.c: a local variable (or exception name) assigned and never read. The
 * fixes (unsafe) delete the assignment, keep only its value, or drop the `as` name. */
#include <string.h>

#include "rules/pyflakes/fix_util.h"
#include "rules/pyflakes/pyflakes.h"

const RuleDoc ruledoc_F841 = {
    "Local variable `{name}` is assigned to but never used",
    "## What it does\n"
    "Checks for the presence of unused variables in function scopes.\n"
    "\n"
    "## Why is this bad?\n"
    "A variable that is defined but not used is likely a mistake, and should\n"
    "be removed to avoid confusion.\n"
    "\n"
    "If a variable is intentionally defined-but-not-used, it should be\n"
    "prefixed with an underscore, or some other value that adheres to the\n"
    "[`lint.dummy-variable-rgx`] pattern.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "def foo():\n"
    "    x = 1\n"
    "    y = 2\n"
    "    return x\n"
    "```\n"
    "\n"
    "Use instead:\n"
    "```python\n"
    "def foo():\n"
    "    x = 1\n"
    "    return x\n"
    "```\n"
    "\n"
    "## Fix safety\n"
    "\n"
    "This rule's fix is marked as unsafe because removing an unused variable assignment may\n"
    "delete comments that are attached to the assignment.\n"
    "\n"
    "## See also\n"
    "\n"
    "This rule does not apply to bindings in unpacked assignments (e.g. `x, y = 1, 2`). See\n"
    "[`unused-unpacked-variable`][RUF059] for this case.\n"
    "\n"
    "## Options\n"
    "- `lint.dummy-variable-rgx`\n"
    "\n"
    "[RUF059]: https://docs.astral.sh/ruff/rules/unused-unpacked-variable/\n",
};

static bool ignored_name(Str n)
{
    return str_eq_c(n, "__tracebackhide__") || str_eq_c(n, "__traceback_info__") || str_eq_c(n, "__traceback_supplement__")
        || str_eq_c(n, "__debuggerskip__");
}

static bool safe_binop_operand(const Node *e)
{
    switch (e->kind) {
    case AST_Constant: case AST_JoinedStr: case AST_List: case AST_Tuple: case AST_Set: case AST_Dict:
    case AST_ListComp: case AST_SetComp: case AST_DictComp:
        return true;
    default:
        return false;
    }
}

static bool is_iterable_initializer(const Node *f)
{
    if (f->kind != AST_Name)
        return false;
    Str n = f->as.Name.id;
    return str_eq_c(n, "set") || str_eq_c(n, "list") || str_eq_c(n, "tuple") || str_eq_c(n, "dict") || str_eq_c(n, "frozenset");
}

/* Whether evaluating e has a side effect, as Ruff's contains_effect: calls (but `set()`, `list()`
 * ...), awaits, yields, subscripts, comprehensions, walruses, and binary operations on anything
 * but literals. */
bool pyflakes_has_effect(const Node *e)
{
    if (!e)
        return false;
    switch (e->kind) {
    case AST_Call:
        if (e->as.Call.args.len == 0 && e->as.Call.keywords.len == 0 && is_iterable_initializer(e->as.Call.func))
            break;
        return true;
    case AST_BinOp:
        if (!safe_binop_operand(e->as.BinOp.left) || !safe_binop_operand(e->as.BinOp.right))
            return true;
        break;
    case AST_NamedExpr: case AST_Await: case AST_DictComp: case AST_GeneratorExp: case AST_ListComp: case AST_SetComp:
    case AST_Subscript: case AST_Yield: case AST_YieldFrom:
        return true;
    default:
        break;
    }
    const AstKindInfo *info = &ast_kind_info[e->kind];
    for (const AstField *f = info->fields; f->name; f++) {
        const char *at = (const char *)e + f->offset;
        if (f->type == FT_NODE || f->type == FT_OPT) {
            if (pyflakes_has_effect(*(Node *const *)at))
                return true;
        } else if (f->type == FT_LIST) {
            const NodeList *l = (const NodeList *)at;
            for (uint32_t i = 0; i < l->len; i++)
                if (pyflakes_has_effect(l->items[i]))
                    return true;
        }
    }
    return false;
}

/* The start of the first token after the `=` that follows offset `from`, skipping brackets. */
static bool after_equal(const AstChecker *ac, uint32_t from, uint32_t *out)
{
    const TokenList *t = &ac->ck->parse->tokens;
    int depth = 0;
    for (uint32_t i = ac_token_at(ac, from); i + 1 < t->len; i++) {
        uint8_t k = t->data[i].kind;
        if (k == TK_LPAR || k == TK_LSQB || k == TK_LBRACE)
            depth++;
        else if ((k == TK_RPAR || k == TK_RSQB || k == TK_RBRACE) && depth > 0)
            depth--;
        if (depth == 0 && k == TK_EQUAL) {
            *out = t->data[i + 1].start;
            return true;
        }
    }
    return false;
}

static void add_fix(AstChecker *ac, Diagnostic *d, const Binding *b)
{
    Checker *ck = ac->ck;
    const Node *stmt = b->stmt;
    const char *title = arena_printf(ck->arena, "Remove assignment to unused variable `%.*s`", (int)b->name.len, b->name.ptr);
    if (!stmt || !d)
        return;
    if (stmt->kind == AST_Assign) {
        const NodeList *targets = &stmt->as.Assign.targets;
        const Node *target = NULL;
        for (uint32_t i = 0; i < targets->len; i++)
            if (targets->items[i]->start == b->start && targets->items[i]->end == b->end)
                target = targets->items[i];
        if (target && target->kind == AST_Name) {
            if (targets->len > 1 || pyflakes_has_effect(stmt->as.Assign.value)) {
                uint32_t end;
                if (after_equal(ac, target->end, &end))
                    fix_edits(ck, d, APPLY_UNSAFE, title, &(Edit){target->start, end, ""}, 1);
            } else {
                const Node *parent = pyflakes_parent_stmt(ac, stmt);
                Edit e = fix_delete_stmt(ck, stmt, parent);
                fix_edits(ck, d, APPLY_UNSAFE, title, &e, 1);
                fix_isolate_parent(d, parent);
            }
            return;
        }
        if (!target) {
            const char *renamed = arena_printf(ck->arena, "_%.*s", (int)b->name.len, b->name.ptr);
            if (renamed && pyflakes_is_dummy(ac, str_from(renamed))) {
                fix_edits(ck, d, APPLY_UNSAFE, title, &(Edit){b->start, b->end, renamed}, 1);
                fix_isolate_parent(d, pyflakes_parent_stmt(ac, stmt));
            }
        }
        return;
    }
    if (stmt->kind == AST_AnnAssign && stmt->as.AnnAssign.value && stmt->as.AnnAssign.target->kind == AST_Name) {
        if (pyflakes_has_effect(stmt->as.AnnAssign.value)) {
            uint32_t end;
            if (after_equal(ac, stmt->start, &end))
                fix_edits(ck, d, APPLY_UNSAFE, title, &(Edit){stmt->start, end, ""}, 1);
        } else {
            const Node *parent = pyflakes_parent_stmt(ac, stmt);
            Edit e = fix_delete_stmt(ck, stmt, parent);
            fix_edits(ck, d, APPLY_UNSAFE, title, &e, 1);
            fix_isolate_parent(d, parent);
        }
        return;
    }
    if (stmt->kind == AST_With || stmt->kind == AST_AsyncWith) {
        const NodeList *items = &stmt->as.With.items;
        for (uint32_t i = 0; i < items->len; i++) {
            const Node *it = items->items[i];
            const Node *v = it->as.withitem.optional_vars;
            if (!v || v->start != b->start || v->end != b->end)
                continue;
            /* from the end of the token before `as` to the `:` / `,` / closing bracket */
            const TokenList *t = &ac->ck->parse->tokens;
            uint32_t as = ac_token_at(ac, it->as.withitem.context_expr->start);
            while (as < t->len && t->data[as].kw != KW_AS)
                as++;
            if (as == 0 || as >= t->len)
                return;
            uint32_t start = t->data[as - 1].end;
            int depth = 0;
            for (uint32_t k = as; k < t->len; k++) {
                uint8_t kind = t->data[k].kind;
                if (kind == TK_LPAR || kind == TK_LSQB || kind == TK_LBRACE)
                    depth++;
                else if (kind == TK_RPAR || kind == TK_RSQB || kind == TK_RBRACE) {
                    if (depth == 0) {
                        fix_edits(ck, d, APPLY_UNSAFE, title, &(Edit){start, t->data[k].start, ""}, 1);
                        return;
                    }
                    depth--;
                }
                if (depth == 0 && (kind == TK_COLON || kind == TK_COMMA)) {
                    fix_edits(ck, d, APPLY_UNSAFE, title, &(Edit){start, t->data[k].start, ""}, 1);
                    return;
                }
            }
        }
    }
}

void rule_unused_variable(AstChecker *ac, ScopeId scope)
{
    Semantic *s = &ac->sem;
    for (uint32_t e = sem_scope(s, scope)->first_entry; e != SEM_NONE; e = s->entries.data[e].next_in_scope) {
        const Binding *b = sem_binding(s, s->entries.data[e].binding);
        if (b->kind != BK_ASSIGNMENT && b->kind != BK_NAMED_EXPR && b->kind != BK_WITH_ITEM)
            continue;
        if (b->nrefs || (b->flags & (BF_NONLOCAL | BF_GLOBAL | BF_UNPACKED)))
            continue;
        if (ignored_name(b->name) || pyflakes_is_dummy(ac, b->name))
            continue;
        Diagnostic *d = lint_report(ac->ck, RULE_F841, b->start, b->end,
                                    arena_printf(ac->ck->arena, "Local variable `%.*s` is assigned to but never used", (int)b->name.len, b->name.ptr));
        add_fix(ac, d, b);
    }
}

void rule_unused_exception_name(AstChecker *ac, const Node *handler, BindingId id)
{
    const Binding *b = sem_binding(&ac->sem, id);
    if (b->nrefs || pyflakes_is_dummy(ac, b->name))
        return;
    Checker *ck = ac->ck;
    Diagnostic *d = lint_report(ck, RULE_F841, b->start, b->end,
                                arena_printf(ck->arena, "Local variable `%.*s` is assigned to but never used", (int)b->name.len, b->name.ptr));
    const Node *type = handler->as.ExceptHandler.type;
    if (d && type) {
        /* ` as e`: from the end of the exception type (or its closing parenthesis) */
        const TokenList *t = &ck->parse->tokens;
        uint32_t k = ac_token_at(ac, type->end);
        while (k < t->len && t->data[k].kw != KW_AS)
            k++;
        uint32_t start = k > 0 && k < t->len ? t->data[k - 1].end : type->end;
        fix_edits(ck, d, APPLY_SAFE, arena_printf(ck->arena, "Remove assignment to unused variable `%.*s`", (int)b->name.len, b->name.ptr),
                  &(Edit){start, b->end, ""}, 1);
    }
}
