/* qualified.c: what an expression names through the module's imports ("typing.Literal"), for
 * rules that recognise library functions and typing constructs. */
#include <stdio.h>
#include <string.h>

#include "semantic/semantic.h"

static bool put(char *buf, uint32_t n, uint32_t *len, const char *s, size_t sl)
{
    if (*len + sl + 1 > n)
        return false;
    memcpy(buf + *len, s, sl);
    *len += (uint32_t)sl;
    buf[*len] = 0;
    return true;
}

static bool qualify(Semantic *s, const Node *e, char *buf, uint32_t n, uint32_t *len)
{
    if (e->kind == AST_Attribute) {
        if (!qualify(s, e->as.Attribute.value, buf, n, len))
            return false;
        return put(buf, n, len, ".", 1) && put(buf, n, len, e->as.Attribute.attr.ptr, e->as.Attribute.attr.len);
    }
    if (e->kind != AST_Name)
        return false;
    BindingId b = sem_lookup(s, e->as.Name.id);
    if (b == SEM_NONE)
        return false;
    const Binding *bd = &s->bindings.data[b];
    switch (bd->kind) {
    case BK_BUILTIN:
        return put(buf, n, len, bd->name.ptr, bd->name.len);
    case BK_IMPORT:
    case BK_FROM_IMPORT:
        return put(buf, n, len, bd->qualified.ptr, bd->qualified.len);
    case BK_SUBMODULE_IMPORT:
        return put(buf, n, len, bd->name.ptr, bd->name.len);
    default:
        return false;
    }
}

bool sem_qualified_name(Semantic *s, const Node *expr, char *buf, uint32_t n)
{
    uint32_t len = 0;
    if (n)
        buf[0] = 0;
    return qualify(s, expr, buf, n, &len);
}

bool sem_match_typing(Semantic *s, const Node *expr, const char *member)
{
    char q[256];
    if (!sem_qualified_name(s, expr, q, sizeof q))
        return false;
    const char *dot = strrchr(q, '.');
    if (!dot || strcmp(dot + 1, member) != 0)
        return false;
    size_t ml = (size_t)(dot - q);
    if ((ml == 6 && !memcmp(q, "typing", 6)) || (ml == 17 && !memcmp(q, "typing_extensions", 17)))
        return true;
    for (const char *const *t = s->typing_modules; t && *t; t++)
        if (strlen(*t) == ml && !memcmp(q, *t, ml))
            return true;
    return false;
}

bool sem_is_builtin(Semantic *s, const Node *expr, const char *name)
{
    if (expr->kind != AST_Name || !str_eq_c(expr->as.Name.id, name))
        return false;
    BindingId b = sem_lookup(s, expr->as.Name.id);
    return b != SEM_NONE && s->bindings.data[b].kind == BK_BUILTIN;
}
