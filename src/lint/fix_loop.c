/* fix_loop.c: the lint-fix-relint loop of one file, its parse check and convergence limit. */
#include "fix_loop.h"

#include "syntax/parser.h"

#include <stdlib.h>
#include <string.h>

#include "lint/checker.h"
#include "util/str.h"

bool fix_result_parses(const char *text, uint32_t len)
{
    Arena a;
    arena_init(&a);
    bool ok = fix_result_parses_in(&a, text, len);
    arena_free(&a);
    return ok;
}

bool fix_result_parses_in(Arena *scratch, const char *text, uint32_t len)
{
    ParseResult r;
    bool ok = parse_module(scratch, text, len, &r) && r.errors.len == 0;
    arena_reset(scratch);
    return ok;
}

bool fix_lint(Arena *arena, const SourceFile *src, const LintSettings *s, DiagVec *diags)
{
    return fix_lint_in(arena, NULL, src, s, diags, NULL);
}

bool fix_lint_in(Arena *arena, Arena *scratch, const SourceFile *src, const LintSettings *s, DiagVec *diags,
                 const char **warnings)
{
    diags->len = 0;
    /* lint_source sorts diags->data even when empty: give it a non-NULL array (UBSan). */
    if (!vec_reserve(diags, 1))
        return false;
    Arena own;
    if (!scratch)
        arena_init(&own);
    bool ok = lint_source_warn(arena, scratch ? scratch : &own, src, s, diags, warnings);
    if (!scratch)
        arena_free(&own);
    if (!ok)
        return false;
    fix_settings_apply(diags->data, diags->len, s);
    return true;
}

static int code_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

const char *fix_table_codes(Arena *arena, const FixTable *t)
{
    const char *codes[RULE__COUNT];
    int n = 0;
    for (int r = 0; r < RULE__COUNT; r++)
        if (t->counts[r])
            codes[n++] = rule_table[r].code;
    qsort(codes, (size_t)n, sizeof codes[0], code_cmp);
    Buf b = {0};
    for (int i = 0; i < n; i++) {
        if (i)
            buf_puts(&b, ", ");
        buf_puts(&b, codes[i]);
    }
    const char *s = arena_strdup(arena, b.data ? b.data : "");
    buf_free(&b);
    return s;
}

/* The codes of every diagnostic (syntax errors have none), for "Failed to converge". */
static const char *diag_codes(Arena *arena, const DiagVec *diags)
{
    FixTable t = {0};
    for (uint32_t i = 0; i < diags->len; i++)
        if (diags->data[i].rule != RULE__COUNT)
            t.counts[diags->data[i].rule]++;
    return fix_table_codes(arena, &t);
}

/* Ruff's check_path drops every fix of a file with syntax errors. */
static void drop_fixes(DiagVec *diags)
{
    for (uint32_t i = 0; i < diags->len; i++)
        diags->data[i].fix = NULL;
}

/* The default hooks' context: the scratch arena (or NULL), and what the last lint's parse said
 * of the text it linted, which the parse check then reads instead of parsing it again. */
typedef struct LoopCtx {
    Arena *scratch;
    const char *text;
    uint32_t len;
    bool valid_syntax;
} LoopCtx;

static bool default_lint(void *ctx, Arena *arena, const SourceFile *src, const LintSettings *s, DiagVec *diags)
{
    LoopCtx *c = ctx;
    c->text = NULL;
    diags->len = 0;
    /* lint_source sorts diags->data even when empty: give it a non-NULL array (UBSan). */
    if (!vec_reserve(diags, 1))
        return false;
    Arena own;
    if (!c->scratch)
        arena_init(&own);
    bool ok = lint_source_parsed(arena, c->scratch ? c->scratch : &own, src, s, diags, NULL, &c->valid_syntax);
    if (!c->scratch)
        arena_free(&own);
    if (!ok)
        return false;
    fix_settings_apply(diags->data, diags->len, s);
    c->text = src->text;
    c->len = src->len;
    return true;
}

static bool default_parses(void *ctx, const char *text, uint32_t len)
{
    LoopCtx *c = ctx;
    if (c->text == text && c->len == len)
        return c->valid_syntax;
    return c->scratch ? fix_result_parses_in(c->scratch, text, len) : fix_result_parses(text, len);
}

bool fix_apply_loop(Arena *arena, SourceFile *src, const LintSettings *s, Applicability required, DiagVec *diags,
                    FixOutcome *out)
{
    return fix_apply_loop_in(arena, NULL, src, s, required, diags, out);
}

bool fix_apply_loop_in(Arena *arena, Arena *scratch, SourceFile *src, const LintSettings *s, Applicability required,
                       DiagVec *diags, FixOutcome *out)
{
    LoopCtx ctx = {.scratch = scratch};
    const FixLoopHooks hooks = {default_lint, default_parses, &ctx};
    return fix_apply_loop_with(arena, src, s, required, diags, out, &hooks);
}

bool fix_apply_loop_with(Arena *arena, SourceFile *src, const LintSettings *s, Applicability required,
                         DiagVec *diags, FixOutcome *out, const FixLoopHooks *h)
{
    const SourceFile orig = *src;
    memset(out, 0, sizeof *out);
    out->attempted = true;
    out->orig = orig.text;
    out->orig_len = orig.len;
    out->has_bom = orig.has_bom;
    out->text = orig.text;
    out->len = orig.len;
    out->status = FIX_STATUS_OK;

    bool original_parses = false;
    for (uint32_t iterations = 0;; ) {
        if (!h->lint(h->ctx, arena, src, s, diags)) {
            *src = orig;
            return false;
        }
        bool parses = h->parses(h->ctx, src->text, src->len);
        if (iterations == 0) {
            original_parses = parses;
        } else if (original_parses && !parses) {
            /* A fix broke the syntax: undo everything and lint the original. */
            out->status = FIX_STATUS_SYNTAX_REVERTED;
            out->codes = fix_table_codes(arena, &out->fixed);
            memset(&out->fixed, 0, sizeof out->fixed);
            out->passes = 0;
            *src = orig;
            out->text = orig.text;
            out->len = orig.len;
            out->changed = false;
            return h->lint(h->ctx, arena, src, s, diags);
        }
        if (!parses)
            drop_fixes(diags);

        char *next;
        uint32_t next_len;
        FixTable applied;
        FixPassStatus st = fix_apply_pass(arena, src->text, src->len, diags->data, diags->len, required, &next,
                                          &next_len, &applied);
        if (st == FIX_PASS_OOM) {
            *src = orig;
            return false;
        }
        if (st == FIX_PASS_NONE)
            break;
        if (iterations >= FIX_MAX_ITERATIONS) {
            out->status = FIX_STATUS_NOT_CONVERGED;
            out->codes = diag_codes(arena, diags);
            break;
        }
        fix_table_add(&out->fixed, &applied);
        SourceFile ns;
        if (!source_init(&ns, arena, orig.path, next, next_len)) {
            *src = orig;
            return false;
        }
        ns.has_bom = orig.has_bom;
        *src = ns;
        iterations++;
        out->passes = iterations;
    }
    out->text = src->text;
    out->len = src->len;
    out->changed = out->len != out->orig_len || memcmp(out->text, out->orig, out->len) != 0;
    return true;
}
