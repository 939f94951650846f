/* lex_marks.c: the per-file facts the lexer records (token.h): the tokens version_check looks at
 * and the string tokens the noqa line mapping reads. */
#include "syntax/lexer_internal.h"

bool lx_mark_slow(Lexer *lx)
{
    TokenList *t = lx->toks;
    if (!arena_grow(lx->a, (void **)&t->marks, &t->marks_cap, t->nmarks + 1, sizeof(uint32_t))) {
        lx->oom = true;
        return false;
    }
    t->marks[t->nmarks++] = t->len - 1;
    return true;
}

bool lx_str_mark_slow(Lexer *lx, uint32_t idx)
{
    TokenList *t = lx->toks;
    if (!arena_grow(lx->a, (void **)&t->strs, &t->strs_cap, t->nstrs + 1, sizeof(uint32_t))) {
        lx->oom = true;
        return false;
    }
    t->strs[t->nstrs++] = idx;
    return true;
}

/* The '[' just emitted may open type parameters: `def NAME [` or `class NAME [` (NL and comments
 * between them skipped, as version_check looks at them). */
void lx_mark_type_params(Lexer *lx)
{
    const Token *d = lx->toks->data;
    int64_t j = (int64_t)lx->toks->len - 2;
    while (j >= 0 && (d[j].kind == TK_NL || d[j].kind == TK_COMMENT))
        j--;
    if (j < 0 || d[j].kind != TK_NAME)
        return;
    j--;
    while (j >= 0 && (d[j].kind == TK_NL || d[j].kind == TK_COMMENT))
        j--;
    if (j >= 0 && (d[j].kw == KW_DEF || d[j].kw == KW_CLASS))
        lx_mark(lx);
}

/* Mark the NAME just emitted (a soft keyword id becomes 0 in the token). */
void lx_mark_name(Lexer *lx)
{
    if (lx->oom)
        return;
    Token *d = &lx->toks->data[lx->toks->len - 1];
    if (d->kw >= KW__COUNT)
        d->kw = 0;
    lx_mark(lx);
}
