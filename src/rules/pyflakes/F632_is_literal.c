/* F632_is_literal.c: `is` / `is not` against a literal (identity of constants is an accident of
 * the implementation); the fix uses `==` / `!=`. */
#include "rules/pyflakes/fix_util.h"
#include "rules/pyflakes/pyflakes.h"

const RuleDoc ruledoc_F632 = {
    "Use `==` to compare constant literals",
    "## What it does\n"
    "Checks for `is` and `is not` comparisons against literals, like integers,\n"
    "strings, or lists.\n"
    "\n"
    "## Why is this bad?\n"
    "The `is` and `is not` comparators operate on identity, in that they check\n"
    "whether two objects are the same object. If the objects are not the same\n"
    "object, the comparison will always be `False`. Using `is` and `is not` with\n"
    "constant literals often works \"by accident\", but are not guaranteed to produce\n"
    "the expected result.\n"
    "\n"
    "As of Python 3.8, using `is` and `is not` with constant literals will produce\n"
    "a `SyntaxWarning`.\n"
    "\n"
    "This rule will also flag `is` and `is not` comparisons against non-constant\n"
    "literals, like lists, sets, and dictionaries. While such comparisons will\n"
    "not raise a `SyntaxWarning`, they are still likely to be incorrect, as they\n"
    "will compare the identities of the objects instead of their values, which\n"
    "will always evaluate to `False`.\n"
    "\n"
    "Instead, use `==` and `!=` to compare literals, which will compare the\n"
    "values of the objects instead of their identities.\n"
    "\n"
    "## Example\n"
    "```python\n"
    "x = 200\n"
    "if x is 200:\n"
    "    print(\"It's 200!\")\n"
    "```\n"
    "\n"
    "Use instead:\n"
    "```python\n"
    "x = 200\n"
    "if x == 200:\n"
    "    print(\"It's 200!\")\n"
    "```\n"
    "\n"
    "## References\n"
    "- [Python documentation: Identity comparisons](https://docs.python.org/3/reference/expressions.html#is-not)\n"
    "- [Python documentation: Value comparisons](https://docs.python.org/3/reference/expressions.html#value-comparisons)\n"
    "- [_Why does Python log a SyntaxWarning for ‘is’ with literals?_ by Adam Johnson](https://adamj.eu/tech/2020/01/21/why-does-python-3-8-syntaxwarning-for-is-literal/)\n",
};

static bool is_literal(const Node *e)
{
    if (e->kind == AST_Constant)
        return true;
    if (e->kind == AST_Tuple) {
        for (uint32_t i = 0; i < e->as.Tuple.elts.len; i++)
            if (!is_literal(e->as.Tuple.elts.items[i]))
                return false;
        return true;
    }
    return false;
}

static bool is_constant_non_singleton(const Node *e)
{
    if (!is_literal(e))
        return false;
    if (e->kind == AST_Constant) {
        uint8_t k = e->as.Constant.value.kind;
        return k != CONST_NONE && k != CONST_TRUE && k != CONST_FALSE && k != CONST_ELLIPSIS;
    }
    return true;
}

static bool is_mutable_initializer(const Node *e)
{
    return e->kind == AST_List || e->kind == AST_Set || e->kind == AST_Dict || e->kind == AST_ListComp
        || e->kind == AST_SetComp || e->kind == AST_DictComp;
}

/* The range of the index-th comparison operator of the comparison (`is not`: both words). */
static bool locate_op(const AstChecker *ac, const Node *cmp, uint32_t index, uint32_t *start, uint32_t *end)
{
    const TokenList *t = &ac->ck->parse->tokens;
    const char *src = ac->ck->src->text;
    int depth = 0;
    uint32_t seen = 0;
    for (uint32_t i = ac_token_at(ac, cmp->start); i < t->len && t->data[i].start < cmp->end; i++) {
        const Token *k = &t->data[i];
        if (k->kind == TK_LPAR || k->kind == TK_LSQB || k->kind == TK_LBRACE)
            depth++;
        else if (k->kind == TK_RPAR || k->kind == TK_RSQB || k->kind == TK_RBRACE)
            depth--;
        if (depth != 0)
            continue;
        bool op = k->kind == TK_EQEQUAL || k->kind == TK_NOTEQUAL || k->kind == TK_LESS || k->kind == TK_GREATER
               || k->kind == TK_LESSEQUAL || k->kind == TK_GREATEREQUAL || k->kw == KW_IS || k->kw == KW_IN
               || (k->kw == KW_NOT && i + 1 < t->len && t->data[i + 1].kw == KW_IN);
        if (!op)
            continue;
        uint32_t s = k->start, e = k->end;
        if ((k->kw == KW_IS && i + 1 < t->len && t->data[i + 1].kw == KW_NOT) || (k->kw == KW_NOT)) {
            e = t->data[i + 1].end;
            i++;
        }
        if (seen++ == index) {
            *start = s;
            *end = e;
            (void)src;
            return true;
        }
    }
    return false;
}

void rule_is_literal(AstChecker *ac, const Node *cmp)
{
    const AstCompare *c = &cmp->as.Compare;
    const Node *left = c->left;
    for (uint32_t i = 0; i < c->ops.len; i++) {
        const Node *right = c->comparators.items[i];
        uint8_t op = c->ops.items[i];
        if ((op == OP_Is || op == OP_IsNot)
            && (is_constant_non_singleton(left) || is_constant_non_singleton(right) || is_mutable_initializer(left)
                || is_mutable_initializer(right))) {
            bool is = op == OP_Is;
            Diagnostic *d = lint_report(ac->ck, RULE_F632, cmp->start, cmp->end,
                                        is ? "Use `==` to compare constant literals" : "Use `!=` to compare constant literals");
            uint32_t s, e;
            if (d && locate_op(ac, cmp, i, &s, &e))
                fix_edits(ac->ck, d, APPLY_SAFE, is ? "Replace `is` with `==`" : "Replace `is not` with `!=`",
                          &(Edit){s, e, is ? "==" : "!="}, 1);
        }
        left = right;
    }
}
