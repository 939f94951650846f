/* ast_dump.c: the generic AST dumper driven by the field tables of ast.def, in CPython's ast.dump format. */
#include "syntax/ast_dump.h"

#include "syntax/py_repr.h"

static void dump_const(Buf *b, const ConstValue *v)
{
    switch (v->kind) {
    case CONST_NONE: buf_puts(b, "None"); break;
    case CONST_TRUE: buf_puts(b, "True"); break;
    case CONST_FALSE: buf_puts(b, "False"); break;
    case CONST_ELLIPSIS: buf_puts(b, "Ellipsis"); break;
    case CONST_INT: py_int_to_decimal(b, v->str, v->len); break;
    case CONST_FLOAT: py_repr_float(b, v->num, 0); break;
    case CONST_COMPLEX: py_repr_float(b, v->num, 1); break;
    case CONST_STR: py_repr_str(b, v->str ? v->str : "", v->len); break;
    case CONST_BYTES: py_repr_bytes(b, v->str ? v->str : "", v->len); break;
    default: buf_puts(b, "?"); break;
    }
}

static void dump_node(Buf *b, const Node *n, const LineIndex *li)
{
    if (!n) {
        buf_puts(b, "None");
        return;
    }
    const AstKindInfo *k = &ast_kind_info[n->kind];
    buf_puts(b, k->name);
    buf_putc(b, '(');
    bool first = true;
    for (const AstField *f = k->fields; f->name; f++) {
        const char *at = (const char *)n + f->offset;
        if (f->type == FT_OPT && !*(Node *const *)at)
            continue;
        if (f->type == FT_OPT_IDENT && !((const Str *)at)->ptr)
            continue;
        if (!first)
            buf_puts(b, ", ");
        first = false;
        buf_puts(b, f->name);
        buf_putc(b, '=');
        switch ((AstFieldType)f->type) {
        case FT_NODE:
        case FT_OPT: dump_node(b, *(Node *const *)at, li); break;
        case FT_LIST: {
            const NodeList *l = (const NodeList *)at;
            buf_putc(b, '[');
            for (uint32_t i = 0; i < l->len; i++) {
                if (i)
                    buf_puts(b, ", ");
                dump_node(b, l->items[i], li);
            }
            buf_putc(b, ']');
            break;
        }
        case FT_IDENT:
        case FT_OPT_IDENT: {
            const Str *s = (const Str *)at;
            py_repr_str(b, s->ptr ? s->ptr : "", s->len);
            break;
        }
        case FT_IDENTS: {
            const IdentList *l = (const IdentList *)at;
            buf_putc(b, '[');
            for (uint32_t i = 0; i < l->len; i++) {
                if (i)
                    buf_puts(b, ", ");
                py_repr_str(b, l->items[i].ptr, l->items[i].len);
            }
            buf_putc(b, ']');
            break;
        }
        case FT_INT: buf_printf(b, "%d", *(const int32_t *)at); break;
        case FT_CTX:
        case FT_BOOLOP:
        case FT_OPERATOR:
        case FT_UNARYOP:
            buf_puts(b, ast_op_name((AstOp) * (const uint8_t *)at));
            buf_puts(b, "()");
            break;
        case FT_CMPOPS: {
            const CmpOpList *l = (const CmpOpList *)at;
            buf_putc(b, '[');
            for (uint32_t i = 0; i < l->len; i++) {
                if (i)
                    buf_puts(b, ", ");
                buf_puts(b, ast_op_name((AstOp)l->items[i]));
                buf_puts(b, "()");
            }
            buf_putc(b, ']');
            break;
        }
        case FT_CONST: dump_const(b, (const ConstValue *)at); break;
        }
    }
    if (k->has_pos) {
        uint32_t r0, c0, r1, c1;
        line_index_byte_location(li, n->start, &r0, &c0);
        line_index_byte_location(li, n->end, &r1, &c1);
        buf_printf(b, "%slineno=%u, col_offset=%u, end_lineno=%u, end_col_offset=%u", first ? "" : ", ", r0, c0, r1,
                   c1);
    }
    buf_putc(b, ')');
}

void ast_dump(Buf *b, const Node *n, const LineIndex *li) { dump_node(b, n, li); }
