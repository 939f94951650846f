/* checker.c: runs the enabled rules of each phase over one source file. */
#include "checker.h"
#include "lint/noqa.h"
#include "syntax/version_check.h"

#include <stdlib.h>
#include <string.h>

Diagnostic *lint_report(Checker *ck, RuleId rule, uint32_t start, uint32_t end, const char *message)
{
    Diagnostic d = {.rule = rule, .start = start, .end = end, .message = message, .noqa_offset = start};
    if (!message || !vec_push(ck->diags, d)) {
        ck->oom = true;
        return NULL;
    }
    return &vec_last(ck->diags);
}

void lint_fix_edit(Checker *ck, Diagnostic *d, Applicability a, const char *title, uint32_t start, uint32_t end, const char *content)
{
    if (!d)
        return;
    Fix *f = ARENA_NEW(ck->arena, Fix);
    Edit *e = ARENA_NEW(ck->arena, Edit);
    if (!f || !e) {
        ck->oom = true;
        return;
    }
    *e = (Edit){start, end, content};
    f->applicability = a;
    f->nedits = 1;
    f->edits = e;
    d->fix = f;
    d->fix_title = title;
}

static const char *first_line_ending(const SourceFile *src)
{
    const char *p = src->text;
    for (uint32_t i = 0; i < src->len; i++) {
        if (p[i] == '\n')
            return "\n";
        if (p[i] == '\r')
            return i + 1 < src->len && p[i + 1] == '\n' ? "\r\n" : "\r";
    }
    return "\n";
}

static int diag_cmp(const void *a, const void *b)
{
    const Diagnostic *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    int c = strcmp(diag_code(x), diag_code(y));
    if (c)
        return c;
    if (x->end != y->end)
        return x->end < y->end ? -1 : 1;
    return strcmp(x->message ? x->message : "", y->message ? y->message : "");
}

typedef struct TokenCache {
    PyTokens tokens;
    bool built, oom;
} TokenCache;

const PyTokens *lint_tokens(const Checker *ck)
{
    TokenCache *c = ck->token_cache;
    if (!c->built) {
        c->built = true;
        bool ok = ck->valid_syntax ? pytokens_of_valid_source(ck->scratch, ck->src, &ck->parse->tokens, &c->tokens)
                                   : pytokens_of_source(ck->scratch, ck->src, &ck->parse->tokens, &c->tokens);
        if (!ok) {
            memset(&c->tokens, 0, sizeof c->tokens);
            c->oom = true;
        }
    }
    return &c->tokens;
}

bool lint_tokens_built(const Checker *ck)
{
    return ck->token_cache->built;
}

typedef void (*LineRuleFn)(Checker *, const Line *);
typedef void (*FileRuleFn)(Checker *);

bool lint_source(Arena *arena, const SourceFile *src, const LintSettings *settings, DiagVec *out)
{
    Arena scratch;
    arena_init(&scratch);
    bool ok = lint_source_in(arena, &scratch, src, settings, out);
    arena_free(&scratch);
    return ok;
}

bool lint_source_in(Arena *arena, Arena *scratch, const SourceFile *src, const LintSettings *settings, DiagVec *out)
{
    return lint_source_warn(arena, scratch, src, settings, out, NULL);
}

bool lint_source_warn(Arena *arena, Arena *scratch, const SourceFile *src, const LintSettings *settings, DiagVec *out,
                      const char **warnings)
{
    return lint_source_parsed(arena, scratch, src, settings, out, warnings, NULL);
}

bool lint_source_parsed(Arena *arena, Arena *scratch, const SourceFile *src, const LintSettings *settings,
                        DiagVec *out, const char **warnings, bool *valid_syntax)
{
    Checker ck = {.arena = arena, .src = src, .settings = settings, .diags = out};
    ck.line_ending = first_line_ending(src);
    uint32_t first = out->len;

    /* The enabled rules of each phase, in registry order. */
    LineRuleFn line_rules[RULE__COUNT];
    FileRuleFn file_rules[RULE__COUNT], token_rules[RULE__COUNT], noqa_rules[RULE__COUNT];
    int nline = 0, nfile = 0, ntoken = 0, nnoqa = 0;
#define RULE(code, linter, name, status, fix, phase, fn) RULE_ADD_##phase(code, fn)
#define RULE_ADD_PH_IO(code, fn)
#define RULE_ADD_PH_LINE(code, fn) if (lint_enabled(&ck, RULE_##code)) line_rules[nline++] = fn;
#define RULE_ADD_PH_FILE(code, fn) if (lint_enabled(&ck, RULE_##code)) file_rules[nfile++] = fn;
#define RULE_ADD_PH_TOKENS(code, fn) if (lint_enabled(&ck, RULE_##code)) token_rules[ntoken++] = fn;
#define RULE_ADD_PH_AST(code, fn)
#define RULE_ADD_PH_NOQA(code, fn) if (lint_enabled(&ck, RULE_##code)) noqa_rules[nnoqa++] = fn;
#include "rules/rules.def"
#undef RULE

    /* Every file is parsed: syntax errors are always reported, as Ruff does. The tokens, the
     * tree and the semantic model live in the scratch arena, reset on return (diagnostics, their
     * messages and fixes go to `arena`), which keeps a run's memory to its diagnostics. */
    ck.scratch = scratch;
    ParseResult parse;
    if (!parse_module(scratch, src->text, src->len, &parse)) {
        arena_reset(scratch);
        return false;
    }
    ck.parse = &parse;
    ck.valid_syntax = parse.errors.len == 0;
    if (valid_syntax)
        *valid_syntax = ck.valid_syntax;
    TokenCache tokens = {.built = false};
    ck.token_cache = &tokens;
    for (uint32_t i = 0; i < parse.errors.len; i++) {
        const SyntaxError *e = &parse.errors.data[i];
        lint_report(&ck, RULE__COUNT, e->start, e->end, arena_strdup(arena, e->msg));
    }
    /* Syntax newer than target-version: reported like syntax errors, but the AST rules still run. */
    SyntaxErrors newer = {0};
    version_check(arena, src->text, src->len, parse.module, &parse.tokens, (int)settings->target_version, &newer);
    ck.oom |= newer.oom;
    for (uint32_t i = 0; i < newer.len; i++)
        lint_report(&ck, RULE__COUNT, newer.data[i].start, newer.data[i].end, newer.data[i].msg);

    if (nline) {
        for (uint32_t i = 0; i < src->nlines; i++) {
            Line line = {.index = i, .start = src->line_starts[i], .end = source_line_end(src, i)};
            line.full_end = i + 1 < src->nlines ? src->line_starts[i + 1] : src->len;
            for (int k = 0; k < nline; k++)
                line_rules[k](&ck, &line);
        }
    }
    for (int k = 0; k < nfile; k++)
        file_rules[k](&ck);
    for (int k = 0; k < ntoken; k++)
        token_rules[k](&ck);
    if (ck.valid_syntax && parse.module && lint_any_ast_rule(&ck))
        lint_ast(&ck);
    /* Suppression comments: drop what they suppress (unless --ignore-noqa), then RUF100; nothing
     * to do without diagnostics, RUF100 or warnings to give. */
    if ((out->len > first || nnoqa || (warnings && noqa_may_warn(src, settings))) &&
        !noqa_check(&ck, first, !settings->ignore_noqa))
        ck.oom = true;
    for (int k = 0; ck.noqa && k < nnoqa; k++)
        noqa_rules[k](&ck);
    if (warnings)
        *warnings = noqa_check_warnings(&ck);
    ck.oom |= tokens.oom;

    arena_reset(scratch);
    if (out->len > first)
        qsort(out->data + first, out->len - first, sizeof(Diagnostic), diag_cmp);
    return !ck.oom;
}
