/* analyze_expr.c: the expression rules, called by the visitor once an expression's children are
 * visited (Ruff's analyze::expression), for the kinds lint_ast marks in expr_rules (keep the two
 * lists in step). */
#include "lint/analyze_pycodestyle.h"
#include "lint/ast_checker.h"
#include "rules/pyflakes/pyflakes.h"

#define ON(code) lint_enabled(ac->ck, RULE_##code)

void analyze_expr(AstChecker *ac, const Node *n)
{
    if (ac->in_string_annotation)
        return;
    /* In a string annotation only a plain literal's nodes are the file's own text (Ruff runs these
     * rules in every annotation, and panics computing a fix in the others) */
    if (ac->pcs && (n->kind == AST_Compare || n->kind == AST_UnaryOp || n->kind == AST_Name || n->kind == AST_arg
                    || n->kind == AST_ExceptHandler) /* the kinds it has rules for */
        && (!(ac->sem.flags & SF_STRING_TYPE_DEF) || ac->annotation_in_place))
        analyze_pycodestyle_expr(ac, n);
    switch (n->kind) {
    case AST_BinOp:
        if (n->as.BinOp.op == OP_Mod && (ON(F501) || ON(F502) || ON(F503) || ON(F504) || ON(F505) || ON(F506)
                                         || ON(F507) || ON(F508) || ON(F509)))
            rule_percent_format(ac, n);
        if (n->as.BinOp.op == OP_RShift && ON(F633))
            rule_invalid_print_syntax(ac, n);
        break;
    case AST_Call:
        if (n->as.Call.func->kind == AST_Attribute && n->as.Call.func->as.Attribute.attr.len == 6 /* `.format` */
            && (ON(F521) || ON(F522) || ON(F523) || ON(F524) || ON(F525)))
            rule_string_dot_format(ac, n);
        break;
    case AST_JoinedStr:
        if (ON(F541))
            rule_f_string_missing_placeholders(ac, n);
        break;
    case AST_Dict:
        if (ON(F601) || ON(F602))
            rule_repeated_keys(ac, n);
        break;
    case AST_Tuple:
    case AST_List:
        if ((ON(F621) || ON(F622)) && (n->kind == AST_Tuple ? n->as.Tuple.ctx : n->as.List.ctx) == OP_Store)
            rule_starred_expressions(ac, n);
        break;
    case AST_Compare:
        if (ON(F632))
            rule_is_literal(ac, n);
        break;
    case AST_Yield:
    case AST_YieldFrom:
    case AST_Await:
        if (n->kind == AST_Await && (ac->sem.flags & SF_STRING_TYPE_DEF)) {
            if (ON(F722))
                rule_await_in_annotation(ac, n);
        } else if (ON(F704)) {
            rule_yield_outside_function(ac, n);
        }
        break;
    default:
        break;
    }
}
