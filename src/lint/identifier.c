/* identifier.c: source ranges of identifiers the AST keeps only as strings (function and class
 * names, `as` names, global names), found in the token list. */
#include "lint/ast_checker.h"

uint32_t ac_token_at(const AstChecker *ac, uint32_t offset)
{
    const TokenList *t = &ac->ck->parse->tokens;
    return tokens_lower_bound(t->data, 0, t->len, offset);
}

bool ac_find_name(const AstChecker *ac, uint32_t from, uint32_t to, Str name, uint32_t *start, uint32_t *end)
{
    const TokenList *t = &ac->ck->parse->tokens;
    const char *src = ac->ck->src->text;
    for (uint32_t i = ac_token_at(ac, from); i < t->len && t->data[i].start < to; i++) {
        const Token *k = &t->data[i];
        if (k->kind != TK_NAME || k->kw)
            continue;
        if (k->end - k->start == name.len && !memcmp(src + k->start, name.ptr, name.len)) {
            *start = k->start;
            *end = k->end;
            return true;
        }
    }
    /* Identifiers written in a non-NFKC form: the first non-keyword name. */
    for (uint32_t i = ac_token_at(ac, from); i < t->len && t->data[i].start < to; i++) {
        const Token *k = &t->data[i];
        if (k->kind == TK_NAME && !k->kw && (unsigned char)src[k->start] >= 0x80) {
            *start = k->start;
            *end = k->end;
            return true;
        }
    }
    return false;
}
