/* expr_compare.c: structural equality and hashing of expressions (Ruff's ComparableExpr, without
 * positions), for repeated dictionary keys and values. */
#include <string.h>

#include "rules/pyflakes/expr_compare.h"

static uint64_t mix(uint64_t h, uint64_t v)
{
    return (h ^ v) * 0x100000001b3ULL;
}

static uint64_t hash_bytes(uint64_t h, const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        h = mix(h, (unsigned char)p[i]);
    return h;
}

/* Numbers compare by value: 1 == 1.0 == True as dictionary keys. Returns false when e is not a
 * number whose value fits a double exactly enough for this purpose. */
static bool number_value(const Node *e, double *out)
{
    if (e->kind != AST_Constant)
        return false;
    const ConstValue *v = &e->as.Constant.value;
    switch (v->kind) {
    case CONST_TRUE: *out = 1; return true;
    case CONST_FALSE: *out = 0; return true;
    case CONST_FLOAT: *out = v->num; return true;
    case CONST_INT: {
        double d = 0;
        uint32_t i = 0, base = 10;
        if (v->len > 2 && v->str[0] == '0' && strchr("xXoObB", v->str[1])) {
            base = strchr("xX", v->str[1]) ? 16 : strchr("oO", v->str[1]) ? 8 : 2;
            i = 2;
        }
        for (; i < v->len; i++) {
            char c = v->str[i];
            if (c == '_')
                continue;
            uint32_t digit = c >= '0' && c <= '9' ? (uint32_t)(c - '0') : c >= 'a' && c <= 'f' ? (uint32_t)(c - 'a' + 10)
                           : c >= 'A' && c <= 'F' ? (uint32_t)(c - 'A' + 10) : 99;
            if (digit >= base)
                return false;
            d = d * base + digit;
        }
        if (d > 9007199254740992.0)
            return false;
        *out = d;
        return true;
    }
    default: return false;
    }
}

uint64_t expr_hash(const Node *e)
{
    if (!e)
        return 7;
    double d;
    if (number_value(e, &d)) {
        uint64_t bits;
        if (d == 0)
            d = 0; /* -0.0 */
        memcpy(&bits, &d, sizeof bits);
        return mix(0xcbf29ce484222325ULL, bits);
    }
    uint64_t h = mix(0xcbf29ce484222325ULL, e->kind + 1000);
    const AstKindInfo *info = &ast_kind_info[e->kind];
    for (const AstField *f = info->fields; f->name; f++) {
        const char *at = (const char *)e + f->offset;
        switch (f->type) {
        case FT_NODE:
        case FT_OPT: h = mix(h, expr_hash(*(Node *const *)at)); break;
        case FT_LIST: {
            const NodeList *l = (const NodeList *)at;
            h = mix(h, l->len);
            for (uint32_t i = 0; i < l->len; i++)
                h = mix(h, expr_hash(l->items[i]));
            break;
        }
        case FT_IDENT:
        case FT_OPT_IDENT: {
            const Str *s = (const Str *)at;
            if (s->ptr)
                h = hash_bytes(h, s->ptr, s->len);
            break;
        }
        case FT_CONST: {
            const ConstValue *v = (const ConstValue *)at;
            h = mix(h, v->kind);
            if (v->kind == CONST_STR || v->kind == CONST_BYTES)
                h = hash_bytes(h, v->str, v->len);
            else if (v->kind == CONST_INT && v->str)
                h = hash_bytes(h, v->str, v->len);
            else if (v->kind == CONST_COMPLEX) {
                uint64_t bits;
                memcpy(&bits, &v->num, sizeof bits);
                h = mix(h, bits);
            }
            break;
        }
        case FT_INT: h = mix(h, (uint64_t)*(const int32_t *)at); break;
        case FT_CTX: break; /* Load / Store do not matter */
        case FT_BOOLOP:
        case FT_OPERATOR:
        case FT_UNARYOP: h = mix(h, *(const uint8_t *)at); break;
        case FT_CMPOPS: {
            const CmpOpList *c = (const CmpOpList *)at;
            for (uint32_t i = 0; i < c->len; i++)
                h = mix(h, c->items[i]);
            break;
        }
        case FT_IDENTS: {
            const IdentList *l = (const IdentList *)at;
            for (uint32_t i = 0; i < l->len; i++)
                h = hash_bytes(h, l->items[i].ptr, l->items[i].len);
            break;
        }
        }
    }
    return h;
}

bool expr_equal(const Node *a, const Node *b)
{
    if (!a || !b)
        return a == b;
    double x, y;
    bool na = number_value(a, &x), nb = number_value(b, &y);
    if (na || nb)
        return na && nb && x == y;
    if (a->kind != b->kind)
        return false;
    const AstKindInfo *info = &ast_kind_info[a->kind];
    for (const AstField *f = info->fields; f->name; f++) {
        const char *pa = (const char *)a + f->offset, *pb = (const char *)b + f->offset;
        switch (f->type) {
        case FT_NODE:
        case FT_OPT:
            if (!expr_equal(*(Node *const *)pa, *(Node *const *)pb))
                return false;
            break;
        case FT_LIST: {
            const NodeList *la = (const NodeList *)pa, *lb = (const NodeList *)pb;
            if (la->len != lb->len)
                return false;
            for (uint32_t i = 0; i < la->len; i++)
                if (!expr_equal(la->items[i], lb->items[i]))
                    return false;
            break;
        }
        case FT_IDENT:
        case FT_OPT_IDENT: {
            const Str *sa = (const Str *)pa, *sb = (const Str *)pb;
            if (!sa->ptr != !sb->ptr || (sa->ptr && !str_eq(*sa, *sb)))
                return false;
            break;
        }
        case FT_CONST: {
            const ConstValue *va = (const ConstValue *)pa, *vb = (const ConstValue *)pb;
            if (va->kind != vb->kind)
                return false;
            if (va->kind == CONST_STR || va->kind == CONST_BYTES) {
                if (va->len != vb->len || memcmp(va->str, vb->str, va->len))
                    return false;
            } else if (va->kind == CONST_INT) {
                if (va->len != vb->len || memcmp(va->str, vb->str, va->len))
                    return false;
            } else if (va->kind == CONST_FLOAT || va->kind == CONST_COMPLEX) {
                if (va->num != vb->num)
                    return false;
            }
            break;
        }
        case FT_INT:
            if (*(const int32_t *)pa != *(const int32_t *)pb)
                return false;
            break;
        case FT_CTX: break;
        case FT_BOOLOP:
        case FT_OPERATOR:
        case FT_UNARYOP:
            if (*(const uint8_t *)pa != *(const uint8_t *)pb)
                return false;
            break;
        case FT_CMPOPS: {
            const CmpOpList *ca = (const CmpOpList *)pa, *cb = (const CmpOpList *)pb;
            if (ca->len != cb->len || (ca->len && memcmp(ca->items, cb->items, ca->len)))
                return false;
            break;
        }
        case FT_IDENTS: {
            const IdentList *la = (const IdentList *)pa, *lb = (const IdentList *)pb;
            if (la->len != lb->len)
                return false;
            for (uint32_t i = 0; i < la->len; i++)
                if (!str_eq(la->items[i], lb->items[i]))
                    return false;
            break;
        }
        }
    }
    return true;
}
