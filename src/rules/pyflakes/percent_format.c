/* percent_format.c: the `%`-format checks F501-F509: parse the format string as Python's
 * printf-style formatting does, then compare its placeholders with the right operand. */
#include <stdlib.h>
#include <string.h>

#include "rules/pyflakes/fix_util.h"
#include "rules/pyflakes/pyflakes.h"

typedef struct PercentSummary {
    bool starred;
    uint32_t num_positional;
    uint32_t nkeys;
    Str keys[64];
    /* on error */
    bool error;
    bool unsupported;      /* F509: the character */
    uint32_t bad_char;     /* its code point */
    const char *message;   /* F501 */
} PercentSummary;

static uint32_t next_cp(const char *s, uint32_t len, uint32_t *i)
{
    unsigned char c = (unsigned char)s[*i];
    uint32_t cp = c, n = 1;
    if (c >= 0xF0 && *i + 3 < len + 1) {
        cp = c & 7;
        n = 4;
    } else if (c >= 0xE0) {
        cp = c & 15;
        n = 3;
    } else if (c >= 0xC0) {
        cp = c & 31;
        n = 2;
    }
    for (uint32_t k = 1; k < n && *i + k < len; k++)
        cp = (cp << 6) | ((unsigned char)s[*i + k] & 63);
    *i += n;
    return cp;
}

static void add_key(PercentSummary *p, Str k)
{
    for (uint32_t i = 0; i < p->nkeys; i++)
        if (str_eq(p->keys[i], k))
            return;
    if (p->nkeys < 64)
        p->keys[p->nkeys++] = k;
}

/* Returns false on a quantity too big. */
static bool quantity(const char *s, uint32_t len, uint32_t *i, bool *star, bool *present)
{
    *star = *present = false;
    if (*i < len && s[*i] == '*') {
        (*i)++;
        *star = *present = true;
        return true;
    }
    int64_t v = 0;
    while (*i < len && s[*i] >= '0' && s[*i] <= '9') {
        v = v * 10 + (s[*i] - '0');
        if (v > 2147483647)
            return false;
        (*i)++;
        *present = true;
    }
    return true;
}

static void parse_percent(const char *s, uint32_t len, PercentSummary *p)
{
    memset(p, 0, sizeof *p);
    uint32_t i = 0;
    while (i < len) {
        if (s[i] != '%') {
            i++;
            continue;
        }
        i++;
        if (i >= len) {
            p->error = true;
            p->message = "incomplete format";
            return;
        }
        if (s[i] == '%') {
            i++;
            continue;
        }
        bool have_key = false;
        if (s[i] == '(') {
            uint32_t depth = 1, start = ++i;
            while (i < len && depth) {
                if (s[i] == '(')
                    depth++;
                else if (s[i] == ')')
                    depth--;
                i++;
            }
            if (depth) {
                p->error = true;
                p->message = "incomplete format key";
                return;
            }
            add_key(p, (Str){s + start, i - 1 - start});
            have_key = true;
        }
        while (i < len && strchr("#0- +", s[i]))
            i++;
        bool star, present;
        if (!quantity(s, len, &i, &star, &present)) {
            p->error = true;
            p->message = "width/precision too big";
            return;
        }
        if (star) {
            p->num_positional++;
            p->starred = true;
        }
        if (i < len && s[i] == '.') {
            i++;
            if (!quantity(s, len, &i, &star, &present)) {
                p->error = true;
                p->message = "width/precision too big";
                return;
            }
            if (star) {
                p->num_positional++;
                p->starred = true;
            }
        }
        if (i < len && (s[i] == 'h' || s[i] == 'l' || s[i] == 'L'))
            i++;
        if (i >= len) {
            p->error = true;
            p->message = "incomplete format";
            return;
        }
        uint32_t cp = next_cp(s, len, &i);
        if (cp >= 128 || !strchr("diuoxXeEfFgGcrsa", (int)cp) || cp == 0) {
            p->error = true;
            p->unsupported = true;
            p->bad_char = cp;
            return;
        }
        if (!have_key)
            p->num_positional++;
    }
}

static bool is_kind(const Node *e, AstKind a, AstKind b, AstKind c)
{
    return e->kind == a || e->kind == b || e->kind == c;
}

static int cmp_str(const void *a, const void *b)
{
    const Str *x = a, *y = b;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->ptr, y->ptr, n);
    return c ? c : (x->len > y->len) - (x->len < y->len);
}

static const char *join_names(Checker *ck, Str *names, uint32_t n)
{
    qsort(names, n, sizeof *names, cmp_str);
    Buf b = {0};
    for (uint32_t i = 0; i < n; i++) {
        if (i)
            buf_puts(&b, ", ");
        buf_append(&b, names[i].ptr, names[i].len);
    }
    const char *r = b.failed ? NULL : arena_strndup(ck->arena, b.data ? b.data : "", b.len);
    buf_free(&b);
    return r;
}

static bool has_key(const PercentSummary *p, Str k)
{
    for (uint32_t i = 0; i < p->nkeys; i++)
        if (str_eq(p->keys[i], k))
            return true;
    return false;
}

/* Whether the right operand is a literal of a known non-tuple type (Ruff's ResolvedPythonType). */
static bool known_non_tuple(const Node *e)
{
    switch (e->kind) {
    case AST_Constant:
    case AST_List:
    case AST_Dict:
    case AST_Set:
    case AST_ListComp:
    case AST_DictComp:
    case AST_SetComp:
    case AST_JoinedStr:
    case AST_GeneratorExp:
    case AST_Lambda:
        return true;
    default:
        return false;
    }
}

/* F504's fix: remove the unused entries of the dictionary. */
static bool remove_dict_entries(AstChecker *ac, const Node *dict, const bool *remove, Edit *out)
{
    Checker *ck = ac->ck;
    const NodeList *keys = &dict->as.Dict.keys, *vals = &dict->as.Dict.values;
    const char *t = ck->src->text;
    Buf b = {0};
    uint32_t pos = dict->start, last_kept = UINT32_MAX;
    for (uint32_t i = 0; i < keys->len; i++)
        if (!remove[i])
            last_kept = i;
    for (uint32_t i = 0; i < keys->len; i++) {
        if (!remove[i])
            continue;
        uint32_t s = keys->items[i]->start, e = vals->items[i]->end;
        if (last_kept != UINT32_MAX && i < last_kept)
            e = keys->items[i + 1]->start;
        else if (i + 1 < keys->len)
            e = keys->items[i + 1]->start;
        buf_append(&b, t + pos, s - pos);
        pos = e;
    }
    buf_append(&b, t + pos, dict->end - pos);
    char *text = b.failed ? NULL : arena_strndup(ck->arena, b.data ? b.data : "", b.len);
    buf_free(&b);
    if (!text)
        return false;
    *out = (Edit){dict->start, dict->end, text};
    return true;
}



void rule_percent_format(AstChecker *ac, const Node *binop)
{
    const Node *left = binop->as.BinOp.left, *right = binop->as.BinOp.right;
    if (left->kind != AST_Constant || left->as.Constant.value.kind != CONST_STR)
        return;
    Checker *ck = ac->ck;
    PercentSummary *p = malloc(sizeof *p);
    if (!p)
        return;
    parse_percent(left->as.Constant.value.str, left->as.Constant.value.len, p);
    uint32_t s = binop->start, e = binop->end;
    if (p->error) {
        if (p->unsupported) {
            if (lint_enabled(ck, RULE_F509)) {
                char ch[8] = {0};
                uint32_t cp = p->bad_char;
                if (cp < 0x80)
                    ch[0] = (char)cp;
                else if (cp < 0x800) {
                    ch[0] = (char)(0xC0 | (cp >> 6));
                    ch[1] = (char)(0x80 | (cp & 63));
                } else if (cp < 0x10000) {
                    ch[0] = (char)(0xE0 | (cp >> 12));
                    ch[1] = (char)(0x80 | ((cp >> 6) & 63));
                    ch[2] = (char)(0x80 | (cp & 63));
                } else {
                    ch[0] = (char)(0xF0 | (cp >> 18));
                    ch[1] = (char)(0x80 | ((cp >> 12) & 63));
                    ch[2] = (char)(0x80 | ((cp >> 6) & 63));
                    ch[3] = (char)(0x80 | (cp & 63));
                }
                lint_report(ck, RULE_F509, s, e, arena_printf(ck->arena, "`%%`-format string has unsupported format character `%s`", ch));
            }
        } else if (lint_enabled(ck, RULE_F501)) {
            lint_report(ck, RULE_F501, s, e, arena_printf(ck->arena, "`%%`-format string has invalid format string: %s", p->message));
        }
        free(p);
        return;
    }
    /* F502 */
    if (p->nkeys && lint_enabled(ck, RULE_F502)
        && (is_kind(right, AST_List, AST_Tuple, AST_Set) || is_kind(right, AST_ListComp, AST_SetComp, AST_GeneratorExp)))
        lint_report(ck, RULE_F502, s, e, "`%`-format string expected mapping but got sequence");
    /* F503 */
    if (p->num_positional > 1 && lint_enabled(ck, RULE_F503) && (right->kind == AST_Dict || right->kind == AST_DictComp))
        lint_report(ck, RULE_F503, s, e, "`%`-format string expected sequence but got mapping");
    /* F504, F505: a dictionary without `**` */
    if (p->num_positional == 0 && right->kind == AST_Dict) {
        const NodeList *keys = &right->as.Dict.keys;
        bool splat = false, dynamic = false;
        for (uint32_t i = 0; i < keys->len; i++) {
            if (!keys->items[i])
                splat = true;
            else if (keys->items[i]->kind != AST_Constant || keys->items[i]->as.Constant.value.kind != CONST_STR)
                dynamic = true;
        }
        if (!splat && lint_enabled(ck, RULE_F504)) {
            bool *remove = ARENA_ARRAY(ck->arena, bool, keys->len ? keys->len : 1);
            Str *names = ARENA_ARRAY(ck->arena, Str, keys->len ? keys->len : 1);
            uint32_t n = 0;
            for (uint32_t i = 0; remove && names && i < keys->len; i++) {
                const Node *k = keys->items[i];
                if (k->kind != AST_Constant || k->as.Constant.value.kind != CONST_STR)
                    continue;
                Str ks = {k->as.Constant.value.str, k->as.Constant.value.len};
                if (!has_key(p, ks)) {
                    remove[i] = true;
                    names[n++] = ks;
                }
            }
            if (n) {
                Str *sorted = ARENA_ARRAY(ck->arena, Str, n);
                if (sorted) {
                    memcpy(sorted, names, n * sizeof *names);
                    /* the message keeps the dictionary's order */
                    Buf b = {0};
                    for (uint32_t i = 0; i < n; i++) {
                        if (i)
                            buf_puts(&b, ", ");
                        buf_append(&b, names[i].ptr, names[i].len);
                    }
                    const char *list = b.failed ? "" : arena_strndup(ck->arena, b.data ? b.data : "", b.len);
                    buf_free(&b);
                    Diagnostic *d = lint_report(ck, RULE_F504, s, e, arena_printf(ck->arena, "`%%`-format string has unused named argument(s): %s", list));
                    Edit ed;
                    if (d && remove_dict_entries(ac, right, remove, &ed))
                        fix_edits(ck, d, pyflakes_has_effect(right) ? APPLY_UNSAFE : APPLY_SAFE,
                                  arena_printf(ck->arena, "Remove extra named arguments: %s", list), &ed, 1);
                }
            }
        }
        if (!splat && !dynamic && lint_enabled(ck, RULE_F505)) {
            Str missing[64];
            uint32_t n = 0;
            for (uint32_t k = 0; k < p->nkeys; k++) {
                bool found = false;
                for (uint32_t i = 0; i < keys->len && !found; i++)
                    found = str_eq((Str){keys->items[i]->as.Constant.value.str, keys->items[i]->as.Constant.value.len}, p->keys[k]);
                if (!found)
                    missing[n++] = p->keys[k];
            }
            if (n)
                lint_report(ck, RULE_F505, s, e, arena_printf(ck->arena, "`%%`-format string is missing argument(s) for placeholder(s): %s", join_names(ck, missing, n)));
        }
    }
    /* F506 */
    if (p->num_positional && p->nkeys && lint_enabled(ck, RULE_F506))
        lint_report(ck, RULE_F506, s, e, "`%`-format string has mixed positional and named placeholders");
    /* F507 */
    if (!p->nkeys && lint_enabled(ck, RULE_F507)) {
        if (right->kind == AST_Tuple) {
            const NodeList *elts = &right->as.Tuple.elts;
            bool starred = false;
            for (uint32_t i = 0; i < elts->len; i++)
                starred |= elts->items[i]->kind == AST_Starred;
            if (!starred && elts->len != p->num_positional)
                lint_report(ck, RULE_F507, s, e, arena_printf(ck->arena, "`%%`-format string has %u placeholder(s) but %u substitution(s)", p->num_positional, elts->len));
        } else if (known_non_tuple(right)) {
            if (p->num_positional != 1)
                lint_report(ck, RULE_F507, s, e, arena_printf(ck->arena, "`%%`-format string has %u placeholder(s) but 1 substitution(s)", p->num_positional));
        } else if (p->num_positional == 0) {
            lint_report(ck, RULE_F507, s, e, "`%`-format string has 0 placeholder(s) but 1 substitution(s)");
        }
    }
    /* F508 */
    if (p->starred && lint_enabled(ck, RULE_F508) && (right->kind == AST_Dict || right->kind == AST_DictComp))
        lint_report(ck, RULE_F508, s, e, "`%`-format string `*` specifier requires sequence");
    free(p);
}
