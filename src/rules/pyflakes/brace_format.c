/* brace_format.c: the `.format` checks F521-F525: parse the format string as str.format does
 * (fields, nested fields in format specs), then compare its fields with the call's arguments. */
#include <stdlib.h>
#include <string.h>

#include "rules/pyflakes/fix_util.h"
#include "rules/pyflakes/pyflakes.h"

#define MAX_FIELDS 256

typedef struct BraceSummary {
    uint32_t nautos, nindices, nkeywords;
    uint32_t indices[MAX_FIELDS];
    Str keywords[MAX_FIELDS];
    const char *error;
} BraceSummary;

/* One field name: Auto, Index or Keyword, then `.attr` / `[index]` parts. */
static const char *parse_field_name(Str f, BraceSummary *s)
{
    size_t i = 0;
    while (i < f.len && f.ptr[i] != '.' && f.ptr[i] != '[')
        i++;
    if (i == 0) {
        if (s->nautos < MAX_FIELDS)
            s->nautos++;
    } else {
        bool digits = true;
        uint64_t v = 0;
        for (size_t k = 0; k < i; k++) {
            if (f.ptr[k] < '0' || f.ptr[k] > '9')
                digits = false;
            else
                v = v * 10 + (uint64_t)(f.ptr[k] - '0');
        }
        if (digits && v < UINT32_MAX) {
            if (s->nindices < MAX_FIELDS)
                s->indices[s->nindices++] = (uint32_t)v;
        } else if (s->nkeywords < MAX_FIELDS) {
            s->keywords[s->nkeywords++] = (Str){f.ptr, i};
        }
    }
    while (i < f.len) {
        char c = f.ptr[i++];
        if (c == '.') {
            size_t st = i;
            while (i < f.len && f.ptr[i] != '.' && f.ptr[i] != '[')
                i++;
            if (i == st)
                return "Empty attribute in format string";
        } else if (c == '[') {
            size_t st = i;
            while (i < f.len && f.ptr[i] != ']')
                i++;
            if (i >= f.len)
                return "Expected '}' before end of string";
            if (i == st)
                return "Empty attribute in format string";
            i++;
        } else {
            return "Only '.' or '[' may follow ']' in format field specifier";
        }
    }
    return NULL;
}

static const char *parse_all(Str text, BraceSummary *s, bool nested_level);

/* Parse text as a format string; with s, fields go to s (with nested: their specs' fields too);
 * without, only its structure is checked (braces, conversions), as Ruff parses the whole string
 * before any field name. */
static const char *parse_format(Str text, BraceSummary *s, bool nested_level)
{
    size_t i = 0;
    while (i < text.len) {
        char c = text.ptr[i];
        if (c == '{' || c == '}') {
            if (i + 1 < text.len && text.ptr[i + 1] == c) {
                i += 2;
                continue;
            }
            if (c == '}')
                return "Single '}' encountered in format string";
            /* a field: up to the matching '}', one level of nesting allowed */
            size_t st = ++i;
            bool nested = false, closed = false;
            for (; i < text.len; i++) {
                char d = text.ptr[i];
                if (d == '{') {
                    if (nested)
                        return "Max format placeholder recursion exceeded";
                    nested = true;
                } else if (d == '}') {
                    if (nested) {
                        nested = false;
                        continue;
                    }
                    closed = true;
                    break;
                }
            }
            if (!closed)
                return "Single '{' encountered in format string";
            Str inner = {text.ptr + st, i - st};
            i++;
            const char *colon = memchr(inner.ptr, ':', inner.len);
            Str arg = colon ? (Str){inner.ptr, (size_t)(colon - inner.ptr)} : inner;
            Str spec = colon ? (Str){colon + 1, inner.len - arg.len - 1} : (Str){"", 0};
            const char *bang = memchr(arg.ptr, '!', arg.len);
            if (bang) {
                size_t conv_len = arg.len - (size_t)(bang - arg.ptr) - 1;
                /* exactly one character (code point) */
                size_t cps = 0;
                for (size_t k = 0; k < conv_len; k++)
                    cps += ((unsigned char)bang[1 + k] & 0xC0) != 0x80;
                if (cps != 1)
                    return "Unexpected error parsing format string";
                arg.len = (size_t)(bang - arg.ptr);
            }
            if (!s)
                continue;
            const char *err = parse_field_name(arg, s);
            if (err)
                return err;
            if (!nested_level) {
                /* the format spec's own fields count too (one level, as Ruff) */
                err = parse_all(spec, s, true);
                if (err)
                    return err;
            }
            continue;
        }
        i++;
    }
    return NULL;
}

/* The structure of the whole string first, then its fields. */
static const char *parse_all(Str text, BraceSummary *s, bool nested_level)
{
    const char *err = parse_format(text, NULL, nested_level);
    return err ? err : parse_format(text, s, nested_level);
}

static bool summary_has_index(const BraceSummary *s, uint32_t i)
{
    if (i < s->nautos)
        return true;
    for (uint32_t k = 0; k < s->nindices; k++)
        if (s->indices[k] == i)
            return true;
    return false;
}

/* Remove call arguments [which] (a list of node pointers) from the call's text. */
static bool remove_call_args(AstChecker *ac, const Node *call, const Node *const *all, uint32_t nall, const bool *remove, Edit *out)
{
    Checker *ck = ac->ck;
    const char *t = ck->src->text;
    Buf b = {0};
    uint32_t pos = call->start;
    for (uint32_t i = 0; i < nall; i++) {
        if (!remove[i])
            continue;
        uint32_t s = all[i]->start, e = all[i]->end;
        if (i + 1 < nall)
            e = all[i + 1]->start; /* the argument, its comma and the space after */
        if (s < pos)
            s = pos;
        buf_append(&b, t + pos, s - pos);
        pos = e;
    }
    buf_append(&b, t + pos, call->end - pos);
    char *text = b.failed ? NULL : arena_strndup(ck->arena, b.data ? b.data : "", b.len);
    buf_free(&b);
    if (!text)
        return false;
    *out = (Edit){call->start, call->end, text};
    return true;
}

static int cmp_node_start(const void *a, const void *b)
{
    const Node *x = *(const Node *const *)a, *y = *(const Node *const *)b;
    return (x->start > y->start) - (x->start < y->start);
}

void rule_string_dot_format(AstChecker *ac, const Node *call)
{
    const Node *func = call->as.Call.func;
    if (func->kind != AST_Attribute || !str_eq_c(func->as.Attribute.attr, "format"))
        return;
    const Node *lit = func->as.Attribute.value;
    if (lit->kind != AST_Constant || lit->as.Constant.value.kind != CONST_STR)
        return;
    Checker *ck = ac->ck;
    BraceSummary *s = malloc(sizeof *s); /* the arrays are read only up to their counts */
    if (!s)
        return;
    s->nautos = s->nindices = s->nkeywords = 0;
    s->error = NULL;
    const char *err = parse_all((Str){lit->as.Constant.value.str, lit->as.Constant.value.len}, s, false);
    uint32_t cs = call->start, ce = call->end;
    if (err) {
        if (lint_enabled(ck, RULE_F521))
            lint_report(ck, RULE_F521, cs, ce, arena_printf(ck->arena, "`.format` call has invalid format string: %s", err));
        free(s);
        return;
    }
    const NodeList *args = &call->as.Call.args, *kws = &call->as.Call.keywords;
    bool star_args = false, star_kwargs = false;
    for (uint32_t i = 0; i < args->len; i++)
        star_args |= args->items[i]->kind == AST_Starred;
    for (uint32_t i = 0; i < kws->len; i++)
        star_kwargs |= !kws->items[i]->as.keyword.arg.ptr;
    /* the call's arguments in source order, for the fixes */
    uint32_t nall = args->len + kws->len;
    const Node **all = ARENA_ARRAY(ck->arena, const Node *, nall ? nall : 1);
    bool *remove = ARENA_ARRAY(ck->arena, bool, nall ? nall : 1);
    if (!all || !remove) {
        free(s);
        return;
    }
    for (uint32_t i = 0; i < args->len; i++)
        all[i] = args->items[i];
    for (uint32_t i = 0; i < kws->len; i++)
        all[args->len + i] = kws->items[i];
    qsort(all, nall, sizeof *all, cmp_node_start);

    /* F522 */
    if (!star_kwargs && lint_enabled(ck, RULE_F522)) {
        Buf names = {0};
        bool effects = false;
        memset(remove, 0, nall * sizeof *remove);
        uint32_t n = 0;
        for (uint32_t i = 0; i < kws->len; i++) {
            const Node *kw = kws->items[i];
            Str a = kw->as.keyword.arg;
            bool used = false;
            for (uint32_t k = 0; k < s->nkeywords && !used; k++)
                used = str_eq(s->keywords[k], a);
            if (used)
                continue;
            if (n++)
                buf_puts(&names, ", ");
            buf_append(&names, a.ptr, a.len);
            effects |= pyflakes_has_effect(kw->as.keyword.value);
            for (uint32_t k = 0; k < nall; k++)
                if (all[k] == kw)
                    remove[k] = true;
        }
        if (n) {
            const char *list = names.failed ? "" : arena_strndup(ck->arena, names.data, names.len);
            Diagnostic *d = lint_report(ck, RULE_F522, cs, ce, arena_printf(ck->arena, "`.format` call has unused named argument(s): %s", list));
            Edit ed;
            if (d && remove_call_args(ac, call, all, nall, remove, &ed))
                fix_edits(ck, d, effects ? APPLY_UNSAFE : APPLY_SAFE, arena_printf(ck->arena, "Remove extra named arguments: %s", list), &ed, 1);
        }
        buf_free(&names);
    }
    /* F523 */
    if (lint_enabled(ck, RULE_F523)) {
        Buf names = {0};
        bool effects = false, contiguous = true;
        memset(remove, 0, nall * sizeof *remove);
        uint32_t n = 0, expected = args->len;
        for (uint32_t i = 0; i < args->len; i++) {
            const Node *a = args->items[i];
            if (a->kind == AST_Starred || summary_has_index(s, i))
                continue;
            if (n++)
                buf_puts(&names, ", ");
            buf_printf(&names, "%u", i);
            effects |= pyflakes_has_effect(a);
            for (uint32_t k = 0; k < nall; k++)
                if (all[k] == a)
                    remove[k] = true;
        }
        /* fixable only when the unused ones end the positional arguments */
        for (uint32_t i = args->len; i-- > 0;) {
            bool un = !(args->items[i]->kind == AST_Starred || summary_has_index(s, i));
            if (un) {
                if (i != expected - 1)
                    contiguous = false;
                expected = i;
            }
        }
        if (n) {
            const char *list = names.failed ? "" : arena_strndup(ck->arena, names.data, names.len);
            Diagnostic *d = lint_report(ck, RULE_F523, cs, ce, arena_printf(ck->arena, "`.format` call has unused arguments at position(s): %s", list));
            Edit ed;
            if (d && contiguous && remove_call_args(ac, call, all, nall, remove, &ed))
                fix_edits(ck, d, effects ? APPLY_UNSAFE : APPLY_SAFE,
                          arena_printf(ck->arena, "Remove extra positional arguments at position(s): %s", list), &ed, 1);
        }
        buf_free(&names);
    }
    /* F524 */
    if (!star_args && !star_kwargs && lint_enabled(ck, RULE_F524)) {
        Buf names = {0};
        uint32_t n = 0;
        for (uint32_t i = 0; i < s->nautos; i++)
            if (i >= args->len) {
                if (n++)
                    buf_puts(&names, ", ");
                buf_printf(&names, "%u", i);
            }
        for (uint32_t i = 0; i < s->nindices; i++)
            if (s->indices[i] >= args->len) {
                if (n++)
                    buf_puts(&names, ", ");
                buf_printf(&names, "%u", s->indices[i]);
            }
        for (uint32_t k = 0; k < s->nkeywords; k++) {
            bool given = false;
            for (uint32_t i = 0; i < kws->len && !given; i++)
                given = str_eq(kws->items[i]->as.keyword.arg, s->keywords[k]);
            if (!given) {
                if (n++)
                    buf_puts(&names, ", ");
                buf_append(&names, s->keywords[k].ptr, s->keywords[k].len);
            }
        }
        if (n && !names.failed)
            lint_report(ck, RULE_F524, cs, ce, arena_printf(ck->arena, "`.format` call is missing argument(s) for placeholder(s): %.*s", (int)names.len, names.data));
        buf_free(&names);
    }
    /* F525 */
    if (s->nautos && s->nindices && lint_enabled(ck, RULE_F525))
        lint_report(ck, RULE_F525, cs, ce, "`.format` string mixes automatic and manual numbering");
    free(s);
}
