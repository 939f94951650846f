/* pcs_ast_util.c: what the pycodestyle tree rules share: token lookup, parenthesized ranges,
 * dotted names. */
#include <string.h>

#include "pcs_ast.h"

uint32_t pcs_token_at(const Checker *ck, uint32_t off)
{
    const TokenList *tl = &ck->parse->tokens;
    return tokens_lower_bound(tl->data, 0, tl->len, off);
}


/* The range of `e` with the parentheses around it that lie inside [lo, hi). */
void pcs_paren_range(const Checker *ck, const Node *e, uint32_t lo, uint32_t hi, uint32_t *s, uint32_t *en)
{
    const TokenList *tl = &ck->parse->tokens;
    *s = e->start;
    *en = e->end;
    uint32_t a = pcs_token_at(ck, e->start), b = pcs_token_at(ck, e->end);
    for (;;) {
        uint32_t pa = a, nb = b;
        while (pa > 0 && (tl->data[pa - 1].kind == TK_NL || tl->data[pa - 1].kind == TK_COMMENT))
            pa--;
        while (nb < tl->len && (tl->data[nb].kind == TK_NL || tl->data[nb].kind == TK_COMMENT))
            nb++;
        if (pa == 0 || nb >= tl->len || tl->data[pa - 1].kind != TK_LPAR || tl->data[nb].kind != TK_RPAR)
            return;
        if (tl->data[pa - 1].start < lo || tl->data[nb].end > hi)
            return;
        *s = tl->data[pa - 1].start;
        *en = tl->data[nb].end;
        a = pa - 1;
        b = nb + 1;
    }
}

/* `a.b.c` spelled out (NULL when `e` is not a dotted name); in `buf` of `cap` bytes. */
const char *pcs_dotted(const Node *e, char *buf, size_t cap)
{
    if (e->kind == AST_Name) {
        if (e->as.Name.id.len + 1 > cap)
            return NULL;
        memcpy(buf, e->as.Name.id.ptr, e->as.Name.id.len);
        buf[e->as.Name.id.len] = 0;
        return buf;
    }
    if (e->kind != AST_Attribute)
        return NULL;
    if (!pcs_dotted(e->as.Attribute.value, buf, cap))
        return NULL;
    size_t n = strlen(buf), m = e->as.Attribute.attr.len;
    if (n + 1 + m + 1 > cap)
        return NULL;
    buf[n] = '.';
    memcpy(buf + n + 1, e->as.Attribute.attr.ptr, m);
    buf[n + 1 + m] = 0;
    return buf;
}
