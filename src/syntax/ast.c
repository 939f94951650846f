/* ast.c: the node tables (names, categories, field layouts) expanded from ast.def, and allocation. */
#include "syntax/ast.h"

#define NODE(K, cat, pos) static const AstField fields_##K[] = {
#define FIELD(K, name, type) {#name, FT_##type, (uint16_t)offsetof(Node, as.K.name)},
#define END(K) {NULL, 0, 0}};
#include "syntax/ast.def"
#undef NODE
#undef FIELD
#undef END

_Static_assert(sizeof(Node) < AST_CHILD_LIST, "child offsets must leave the list bit free");

/* The child fields of each kind (NODE and OPT: the offset; LIST: the offset | AST_CHILD_LIST), ending in 0. */
#define CHILD_NODE(K, name) (uint16_t)offsetof(Node, as.K.name),
#define CHILD_OPT(K, name) (uint16_t)offsetof(Node, as.K.name),
#define CHILD_LIST(K, name) (uint16_t)(offsetof(Node, as.K.name) | AST_CHILD_LIST),
#define CHILD_IDENT(K, name)
#define CHILD_OPT_IDENT(K, name)
#define CHILD_IDENTS(K, name)
#define CHILD_INT(K, name)
#define CHILD_CTX(K, name)
#define CHILD_BOOLOP(K, name)
#define CHILD_OPERATOR(K, name)
#define CHILD_UNARYOP(K, name)
#define CHILD_CMPOPS(K, name)
#define CHILD_CONST(K, name)
#define NODE(K, cat, pos) static const uint16_t children_##K[] = {
#define FIELD(K, name, type) CHILD_##type(K, name)
#define END(K) 0};
#include "syntax/ast.def"
#undef NODE
#undef FIELD
#undef END

const AstKindInfo ast_kind_info[AST__COUNT] = {
#define NODE(K, cat, pos) \
    [AST_##K] = {#K, CAT_##cat, pos, (uint8_t)(sizeof fields_##K / sizeof fields_##K[0] - 1), fields_##K, \
                 (uint32_t)(offsetof(Node, as) + sizeof(Ast##K)), children_##K},
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
    for (const uint16_t *c = ast_kind_info[n->kind].children; *c; c++) {
        const char *at = (const char *)n + (*c & ~AST_CHILD_LIST);
        if (*c & AST_CHILD_LIST) {
            const NodeList *l = (const NodeList *)at;
            for (uint32_t i = 0; i < l->len; i++)
                if (l->items[i])
                    fn(ctx, l->items[i]);
        } else {
            Node *child = *(Node *const *)at;
            if (child)
                fn(ctx, child);
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
