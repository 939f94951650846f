/* F601_multi_value_repeated_key_literal.c: a dictionary literal that repeats a literal key (and
 * F602, a repeated variable key); both share the scan below. */
#include <stdlib.h>
#include <string.h>

#include "rules/pyflakes/expr_compare.h"
#include "rules/pyflakes/fix_util.h"
#include "rules/pyflakes/pyflakes.h"

const RuleDoc ruledoc_F601 = {
    "Dictionary key literal `{name}` repeated",
    "## What it does\n"
    "Checks for dictionary literals that associate multiple values with the\n"
    "same key.\n"
    "\n"
    "## Why is this bad?\n"
    "Dictionary keys should be unique. If a key is associated with multiple values,\n"
    "the earlier values will be overwritten. Including multiple values for the\n"
    "same key in a dictionary literal is likely a mistake.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "foo = {\n"
    "    \"bar\": 1,\n"
    "    \"baz\": 2,\n"
    "    \"baz\": 3,\n"
    "}\n"
    "foo[\"baz\"]  # 3\n"
    "```\n"
    "\n"
    "Use instead:\n"
    "```python\n"
    "foo = {\n"
    "    \"bar\": 1,\n"
    "    \"baz\": 2,\n"
    "}\n"
    "foo[\"baz\"]  # 2\n"
    "```\n"
    "\n"
    "## Fix safety\n"
    "\n"
    "This rule's fix is marked as unsafe because removing a repeated dictionary key\n"
    "may delete comments that are attached to the removed key-value pair. This can also change\n"
    "the program's behavior if the value expressions have side effects.\n"
    "\n"
    "## References\n"
    "- [Python documentation: Dictionaries](https://docs.python.org/3/tutorial/datastructures.html#dictionaries)\n",
};

static bool is_literal_key(const Node *k)
{
    switch (k->kind) {
    case AST_Constant:
    case AST_Tuple:
    case AST_JoinedStr:
        return true;
    case AST_UnaryOp:
        return (k->as.UnaryOp.op == OP_UAdd || k->as.UnaryOp.op == OP_USub) && k->as.UnaryOp.operand->kind == AST_Constant
            && (k->as.UnaryOp.operand->as.Constant.value.kind == CONST_INT || k->as.UnaryOp.operand->as.Constant.value.kind == CONST_FLOAT
                || k->as.UnaryOp.operand->as.Constant.value.kind == CONST_COMPLEX);
    case AST_BinOp: {
        const Node *l = k->as.BinOp.left, *r = k->as.BinOp.right;
        if (l->kind == AST_UnaryOp)
            l = l->as.UnaryOp.operand;
        return (k->as.BinOp.op == OP_Add || k->as.BinOp.op == OP_Sub) && l->kind == AST_Constant
            && (l->as.Constant.value.kind == CONST_INT || l->as.Constant.value.kind == CONST_FLOAT) && r->kind == AST_Constant
            && r->as.Constant.value.kind == CONST_COMPLEX;
    }
    default:
        return false;
    }
}

/* Source text as Ruff's SourceCodeSnippet shows it: NULL when too wide or on several lines. */
static const char *snippet(Checker *ck, const Node *e)
{
    const char *t = ck->src->text + e->start;
    uint32_t n = e->end - e->start, width = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (t[i] == '\n' || t[i] == '\r')
            return NULL;
        if (((unsigned char)t[i] & 0xC0) != 0x80)
            width++;
    }
    if (width > 50)
        return NULL;
    return arena_strndup(ck->arena, t, n);
}

/* The end of a value, past its closing parentheses. */
static uint32_t value_end(const AstChecker *ac, const Node *v, const Node *dict)
{
    const TokenList *t = &ac->ck->parse->tokens;
    uint32_t end = v->end;
    uint32_t i = ac_token_at(ac, v->end);
    int open = 0;
    /* count parentheses opened just before the value */
    uint32_t j = ac_token_at(ac, v->start);
    while (j > 0 && t->data[j - 1].kind == TK_LPAR && t->data[j - 1].start > dict->start) {
        open++;
        j--;
    }
    for (; open > 0 && i < t->len; i++) {
        if (t->data[i].kind == TK_NL || t->data[i].kind == TK_COMMENT)
            continue;
        if (t->data[i].kind != TK_RPAR)
            break;
        end = t->data[i].end;
        open--;
    }
    return end;
}

typedef struct Seen {
    uint64_t hash;
    uint32_t first;     /* index of the first key */
    uint32_t nvalues;
    uint32_t *values;   /* indexes of the distinct values seen for it */
} Seen;

void rule_repeated_keys(AstChecker *ac, const Node *dict)
{
    const NodeList *keys = &dict->as.Dict.keys, *vals = &dict->as.Dict.values;
    uint32_t n = keys->len;
    if (n < 2)
        return;
    Checker *ck = ac->ck;
    uint32_t cap = 16;
    while (cap < n * 2)
        cap *= 2;
    /* most dicts are small: their tables on the stack */
    Seen small_table[64];
    uint32_t small_pool[32];
    bool small = cap <= 64 && n <= 32;
    Seen *table = small ? small_table : calloc(cap, sizeof *table);
    uint32_t *value_pool = small ? small_pool : malloc(sizeof(uint32_t) * n);
    uint32_t pool_used = 0;
    if (!table || !value_pool) {
        if (!small) {
            free(table);
            free(value_pool);
        }
        return;
    }
    if (small)
        memset(small_table, 0, cap * sizeof *table);
    for (uint32_t i = 0; i < n; i++) {
        const Node *k = keys->items[i];
        if (!k)
            continue;
        uint64_t h = expr_hash(k);
        uint32_t j = (uint32_t)h & (cap - 1);
        Seen *slot = NULL;
        while (table[j].values || table[j].nvalues || table[j].hash) {
            if (table[j].hash == h && expr_equal(keys->items[table[j].first], k)) {
                slot = &table[j];
                break;
            }
            j = (j + 1) & (cap - 1);
        }
        if (!slot) {
            table[j] = (Seen){.hash = h ? h : 1, .first = i, .nvalues = 1, .values = value_pool + pool_used};
            if (!h)
                table[j].hash = 1; /* keep 0 as "empty" */
            value_pool[pool_used++] = i;
            continue;
        }
        bool dup_value = false;
        for (uint32_t v = 0; v < slot->nvalues && !dup_value; v++)
            dup_value = expr_equal(vals->items[slot->values[v]], vals->items[i]);
        if (!dup_value && slot->values + slot->nvalues == value_pool + pool_used) {
            value_pool[pool_used++] = i;
            slot->nvalues++;
        }
        Edit del = {value_end(ac, vals->items[i - 1], dict), value_end(ac, vals->items[i], dict), ""};
        const char *name = snippet(ck, k);
        if (is_literal_key(k) && lint_enabled(ck, RULE_F601)) {
            const char *existing = snippet(ck, keys->items[slot->first]);
            const char *msg = !name ? "Dictionary key literal repeated"
                : existing && strcmp(name, existing) ? arena_printf(ck->arena, "Dictionary key literal `%s` repeated (`%s` hashes to the same value as `%s`)", name, name, existing)
                : arena_printf(ck->arena, "Dictionary key literal `%s` repeated", name);
            Diagnostic *d = lint_report(ck, RULE_F601, k->start, k->end, msg);
            if (d && dup_value)
                fix_edits(ck, d, APPLY_UNSAFE, name ? arena_printf(ck->arena, "Remove repeated key literal `%s`", name) : "Remove repeated key literal", &del, 1);
        } else if (k->kind == AST_Name && lint_enabled(ck, RULE_F602)) {
            Diagnostic *d = lint_report(ck, RULE_F602, k->start, k->end,
                                        name ? arena_printf(ck->arena, "Dictionary key `%s` repeated", name) : "Dictionary key repeated");
            if (d && dup_value)
                fix_edits(ck, d, APPLY_UNSAFE, name ? arena_printf(ck->arena, "Remove repeated key `%s`", name) : "Remove repeated key", &del, 1);
        }
    }
    if (!small) {
        free(table);
        free(value_pool);
    }
}
