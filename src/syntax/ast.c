/* ast.c: the node tables (names, categories, field layouts) expanded from ast.def, and allocation. */
#include "syntax/ast.h"

#define NODE(K, cat, pos) static const AstField fields_##K[] = {
#define FIELD(K, name, type) {#name, FT_##type, (uint16_t)offsetof(Node, as.K.name)},
#define END(K) {NULL, 0, 0}};
#include "syntax/ast.def"
#undef NODE
#undef FIELD
#undef END

const AstKindInfo ast_kind_info[AST__COUNT] = {
#define NODE(K, cat, pos) \
    [AST_##K] = {#K, CAT_##cat, pos, (uint8_t)(sizeof fields_##K / sizeof fields_##K[0] - 1), fields_##K, \
                 (uint32_t)(offsetof(Node, as) + sizeof(Ast##K))},
#define FIELD(K, name, type)
#define END(K)
#include "syntax/ast.def"
#undef NODE
#undef FIELD
#undef END
};

static const char *const op_names[] = {
#define OP(group, name) #name,
#include "syntax/ast_ops.def"
#undef OP
};

const char *ast_op_name(AstOp op) { return (unsigned)op < OP__COUNT ? op_names[op] : "?"; }

bool ast_const_int64(const ConstValue *v, int64_t *out)
{
    if (v->kind != CONST_INT || !v->str)
        return false;
    const char *s = v->str;
    uint32_t n = v->len, i = 0;
    unsigned base = 10;
    if (n >= 2 && s[0] == '0') {
        char c = (char)(s[1] | 0x20);
        base = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 10;
        if (base != 10)
            i = 2;
    }
    uint64_t acc = 0;
    for (; i < n; i++) {
        char c = s[i];
        unsigned d;
        if (c == '_')
            continue;
        if (c >= '0' && c <= '9')
            d = (unsigned)(c - '0');
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
            d = (unsigned)((c | 0x20) - 'a' + 10);
        else
            return false;
        if (d >= base || acc > (UINT64_MAX - d) / base)
            return false;
        acc = acc * base + d;
    }
    if (acc > (uint64_t)INT64_MAX)
        return false;
    *out = (int64_t)acc;
    return true;
}

void ast_children(const Node *n, void (*fn)(void *ctx, Node *child), void *ctx)
{
    for (const AstField *f = ast_kind_info[n->kind].fields; f->name; f++) {
        const char *at = (const char *)n + f->offset;
        if (f->type == FT_NODE || f->type == FT_OPT) {
            Node *c = *(Node *const *)at;
            if (c)
                fn(ctx, c);
        } else if (f->type == FT_LIST) {
            const NodeList *l = (const NodeList *)at;
            for (uint32_t i = 0; i < l->len; i++)
                if (l->items[i])
                    fn(ctx, l->items[i]);
        }
    }
}

Node *ast_new(Arena *a, AstKind k, uint32_t start, uint32_t end)
{
    Node *n = arena_alloc(a, ast_kind_info[k].size);
    if (!n)
        return NULL;
    n->kind = (uint16_t)k;
    n->start = start;
    n->end = end;
    return n;
}
