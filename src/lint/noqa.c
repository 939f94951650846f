/* noqa.c: building a file's suppression state (line directives, file exemptions, the noqa line
 * mapping) and applying it to the diagnostics of the file. */
#include "noqa.h"

#include <stdlib.h>
#include <string.h>

#include "lint/checker.h"
#include "syntax/lexer.h"
#include "util/str.h"

uint32_t noqa_line_start(const SourceFile *src, uint32_t off)
{
    return src->line_starts[source_line_of(src, off)];
}

uint32_t noqa_line_end(const SourceFile *src, uint32_t off)
{
    return source_line_end(src, source_line_of(src, off));
}

uint32_t noqa_full_line_end(const SourceFile *src, uint32_t off)
{
    uint32_t i = source_line_of(src, off);
    return i + 1 < src->nlines ? src->line_starts[i + 1] : src->len;
}

static bool is_py_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }

bool noqa_indentation_at(const SourceFile *src, uint32_t off, uint32_t *indent_start)
{
    uint32_t ls = noqa_line_start(src, off);
    for (uint32_t i = ls; i < off; i++)
        if (!is_py_ws(src->text[i]))
            return false;
    if (indent_start)
        *indent_start = ls;
    return true;
}

Edit noqa_delete_comment(const SourceFile *src, uint32_t start, uint32_t end)
{
    const char *t = src->text;
    uint32_t ls = noqa_line_start(src, start), le = noqa_line_end(src, start);
    uint32_t lead = start, trail = end;
    while (lead > ls && is_py_ws(t[lead - 1]))
        lead--;
    while (trail < le && is_py_ws(t[trail]))
        trail++;
    if (lead == ls && trail == le)
        return (Edit){ls, noqa_full_line_end(src, start), ""};
    if (trail == le)
        return (Edit){lead, le, ""};
    if (t[trail] == '#')
        return (Edit){start, trail, ""};
    return (Edit){lead, le, ""};
}

/* --- the noqa line mapping --- */

static bool has_line_break(const SourceFile *src, uint32_t start, uint32_t end)
{
    for (uint32_t i = start; i < end; i++)
        if (src->text[i] == '\n' || src->text[i] == '\r')
            return true;
    return false;
}

static int cmp_range(const void *a, const void *b)
{
    const PyRange *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->end < y->end ? -1 : x->end > y->end;
}

static bool build_mapping(Arena *a, NoqaFile *nf)
{
    const SourceFile *src = nf->src;
    const PyTokens *t = nf->toks;
    uint32_t cap = t->nmlstrings + t->ninterp + t->ncont + 1;
    PyRange *r = ARENA_ARRAY_RAW(a, PyRange, cap ? cap : 1);
    if (!r)
        return false;
    uint32_t n = 0;
    /* A shebang maps to the line after it. */
    if (t->ntoks && t->toks[0].kind == TK_COMMENT && t->toks[0].end - t->toks[0].start >= 2 &&
        src->text[t->toks[0].start + 1] == '!')
        r[n++] = (PyRange){t->toks[0].start, noqa_full_line_end(src, t->toks[0].end)};
    /* Multi-line triple-quoted strings map to their last line. */
    for (uint32_t i = 0; i < t->nmlstrings; i++)
        r[n++] = (PyRange){noqa_line_start(src, t->mlstrings[i].start), t->mlstrings[i].end};
    /* So do multi-line f-strings and t-strings (the outermost one). */
    PyRange last = {0, 0};
    for (uint32_t i = 0; i < t->ninterp; i++) {
        PyRange f = t->interp[i];
        if (!has_line_break(src, f.start, f.end))
            continue;
        if (last.end > last.start && last.start <= f.start && f.end <= last.end)
            continue;
        last = (PyRange){noqa_line_start(src, f.start), f.end};
        r[n++] = last;
    }
    /* Lines joined by backslashes map to the last of them. */
    bool open = false;
    PyRange cont = {0, 0};
    for (uint32_t i = 0; i < t->ncont; i++) {
        uint32_t cl = t->cont_lines[i], le = noqa_full_line_end(src, cl);
        if (open && cont.end == cl) {
            cont.end = le;
            continue;
        }
        if (open)
            r[n++] = cont;
        cont = (PyRange){cl, le};
        open = true;
    }
    if (open)
        r[n++] = cont;
    qsort(r, n, sizeof *r, cmp_range);
    uint32_t m = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (m && r[m - 1].end >= r[i].start) {
            if (r[i].end > r[m - 1].end)
                r[m - 1].end = r[i].end;
            continue;
        }
        r[m++] = r[i];
    }
    nf->mapping = r;
    nf->nmapping = m;
    return true;
}

uint32_t noqa_resolve(const NoqaFile *nf, uint32_t offset)
{
    uint32_t lo = 0, hi = nf->nmapping;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        const PyRange *r = &nf->mapping[mid];
        if (r->end <= offset)
            lo = mid + 1;
        else if (r->start > offset)
            hi = mid;
        else
            return r->end;
    }
    return offset;
}

NoqaLine *noqa_find_line(const NoqaFile *nf, uint32_t offset)
{
    uint32_t lo = 0, hi = nf->nlines;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        NoqaLine *l = &nf->lines[mid];
        if (l->end < offset || (!l->includes_end && l->end == offset))
            lo = mid + 1;
        else if (l->start > offset)
            hi = mid;
        else
            return l;
    }
    return NULL;
}

/* Copy a code's text into buf (codes are short; longer text never names a rule). */
static const char *code_text(const SourceFile *src, NoqaCode c, char *buf, size_t cap)
{
    size_t n = c.end - c.start;
    if (n >= cap)
        n = cap - 1;
    memcpy(buf, src->text + c.start, n);
    buf[n] = 0;
    return buf;
}

bool noqa_directive_includes(const SourceFile *src, const NoqaDirective *d, const char *code)
{
    char buf[32];
    for (uint32_t i = 0; i < d->ncodes; i++)
        if (strcmp(noqa_redirect(code_text(src, d->codes[i], buf, sizeof buf)), code) == 0)
            return true;
    return false;
}

/* --- building --- */

static void warn_directive(Buf *w, const SourceFile *src, uint32_t at, const NoqaDirective *d, NoqaLex k, bool file)
{
    uint32_t line = source_line_of(src, at) + 1;
    for (uint32_t i = 0; i < d->nwarnings; i++)
        buf_printf(w, "Missing or joined rule code(s) at %s:%u: %s\n", src->path, line,
                   d->warnings[i] == NOQA_WARN_MISSING_ITEM ? "expected rule code between commas"
                                                            : "expected comma or space delimiter between codes");
    if (k == NOQA_INVALID)
        buf_printf(w, file ? "Invalid `# ruff: noqa` directive at %s:%u: %s\n" : "Invalid `# noqa` directive on %s:%u: %s\n",
                   src->path, line, d->error);
}

static bool build_directives(Arena *a, NoqaFile *nf)
{
    const SourceFile *src = nf->src;
    const PyTokens *t = nf->toks;
    /* Every directive (`# noqa`, `# ruff: noqa`...) holds "noqa": most files have none. */
    if (!t->ncomments || !pytokens_text_has_noqa(src->text, src->len))
        return true;
    nf->lines = ARENA_ARRAY_RAW(a, NoqaLine, t->ncomments);
    nf->file_lines = ARENA_ARRAY_RAW(a, NoqaFileLine, t->ncomments);
    if (!nf->lines || !nf->file_lines)
        return false;
    Buf w = {0};
    for (uint32_t i = 0; i < t->ncomments; i++) {
        PyRange c = t->comments[i];
        NoqaDirective d;
        NoqaLex k = noqa_lex_inline(a, src->text, c.start, c.end, &d);
        if (k != NOQA_NONE)
            warn_directive(&w, src, c.start, &d, k, false);
        if (k == NOQA_ALL || k == NOQA_CODES) {
            NoqaLine *l = &nf->lines[nf->nlines++];
            memset(l, 0, sizeof *l);
            l->start = noqa_line_start(src, c.start);
            l->end = noqa_line_end(src, c.start);
            l->includes_end = l->end == src->len;
            l->d = d;
        }
        k = noqa_lex_file(a, src->text, c.start, c.end, &d);
        bool own_line = noqa_indentation_at(src, c.start, NULL);
        if (k != NOQA_NONE)
            warn_directive(&w, src, c.start, &d, k, true);
        if ((k == NOQA_ALL || k == NOQA_CODES) && !own_line)
            buf_printf(&w, "Unexpected `# ruff: noqa` directive at %s:%u. File-level suppression comments must appear on "
                           "their own line. For line-level suppression, omit the `ruff:` prefix.\n",
                       src->path, source_line_of(src, c.start) + 1);
        if ((k == NOQA_ALL || k == NOQA_CODES) && own_line) {
            NoqaFileLine *f = &nf->file_lines[nf->nfile_lines++];
            memset(f, 0, sizeof *f);
            f->d = d;
            /* The tool word follows `#` and whitespace. */
            uint32_t j = d.start + 1;
            noqa_eat_ws(src->text, c.end, &j);
            f->tool = src->text[j] == 'f' ? "flake8" : src->text[j] == 's' ? "snipe" : "ruff";
            if (k == NOQA_ALL) {
                nf->exempt_all = true;
                continue;
            }
            char buf[32];
            for (uint32_t q = 0; q < d.ncodes; q++) {
                const char *code = noqa_redirect(code_text(src, d.codes[q], buf, sizeof buf));
                RuleId r = rule_by_code(code);
                if (r != RULE__COUNT)
                    ruleset_add(&f->codes, r);
                if (strcmp(code, "RUF100") == 0)
                    f->names_ruf100 = true;
            }
            ruleset_union(&nf->exempt, &f->codes);
        }
    }
    if (w.len) {
        nf->warnings = arena_strndup(a, w.data, w.len);
        if (!nf->warnings) {
            buf_free(&w);
            return false;
        }
    }
    buf_free(&w);
    return true;
}

static bool build_supp_comments(Arena *a, NoqaFile *nf)
{
    uint32_t cap = 0;
    for (uint32_t i = 0; i < nf->toks->ncomments; i++) {
        PyRange c = nf->toks->comments[i];
        if (!pytokens_comment_names_tool(nf->src->text, c.start, c.end))
            continue;
        if (!supp_parse_comment(a, nf->src->text, c.start, c.end, &nf->supp_comments, &nf->nsupp_comments, &cap))
            return false;
    }
    return true;
}

NoqaFile *noqa_file_build(Arena *a, const SourceFile *src, const PyTokens *t)
{
    NoqaFile *nf = ARENA_NEW(a, NoqaFile);
    if (!nf)
        return NULL;
    nf->src = src;
    nf->toks = t;
    if (!build_mapping(a, nf) || !build_directives(a, nf) || !build_supp_comments(a, nf) || !noqa_range_build(a, nf))
        return NULL;
    return nf;
}

/* --- warnings --- */

/* Whether Ruff reads the directives of `src` and they may say something. */
bool noqa_may_warn(const SourceFile *src, const LintSettings *settings)
{
    if (settings->ignore_noqa && !ruleset_has(&settings->enabled, RULE_RUF100))
        return false;
    /* Every directive holds "noqa": most files need no second look. */
    return pytokens_text_has_noqa(src->text, src->len);
}

const char *noqa_check_warnings(Checker *ck)
{
    if (!ck->noqa || !ck->noqa->warnings || !noqa_may_warn(ck->src, ck->settings))
        return NULL;
    const char *w = arena_strdup(ck->arena, ck->noqa->warnings);
    ck->oom |= !w;
    return w;
}

const char *noqa_warnings(Arena *a, const SourceFile *src, const LintSettings *settings)
{
    if (!noqa_may_warn(src, settings))
        return NULL;
    TokenList tl = {0};
    SyntaxErrors errs = {0};
    PyTokens toks;
    if (!lex_source(a, src->text, src->len, &tl, &errs) || !pytokens_from_tokens(a, src->text, src->len, &tl, &toks))
        return NULL;
    NoqaFile *nf = noqa_file_build(a, src, &toks);
    return nf ? nf->warnings : NULL;
}

/* --- applying --- */

/* The NoqaFile of a file without syntax errors whose comments cannot hold a directive: only the
 * noqa line mapping, from the parser's tokens without the whole view (lint_tokens). Sets *plain
 * when the file is such a file (else returns NULL); NULL with *plain on OOM. */
static NoqaFile *plain_file(Checker *ck, bool *plain)
{
    *plain = false;
    if (!ck->valid_syntax || lint_tokens_built(ck))
        return NULL;
    PyTokens *t = ARENA_NEW(ck->scratch, PyTokens);
    bool directive = false;
    if (!t || !pytokens_mapping_of_source(ck->scratch, ck->src, &ck->parse->tokens, t, &directive)) {
        *plain = true;
        return NULL;
    }
    if (directive)
        return NULL;
    *plain = true;
    NoqaFile *nf = ARENA_NEW(ck->scratch, NoqaFile);
    if (!nf)
        return NULL;
    nf->src = ck->src;
    nf->toks = t;
    return build_mapping(ck->scratch, nf) ? nf : NULL;
}

bool noqa_check(Checker *ck, uint32_t first, bool remove)
{
    bool plain;
    NoqaFile *nf = plain_file(ck, &plain);
    if (!plain)
        nf = noqa_file_build(ck->scratch, ck->src, lint_tokens(ck));
    ck->noqa = nf;
    if (!nf)
        return false;
    nf->preview = ck->settings->preview;
    DiagVec *v = ck->diags;
    for (uint32_t i = first; i < v->len; i++)
        if (v->data[i].rule != RULE__COUNT)
            ruleset_add(&nf->present, v->data[i].rule);
    /* parse errors only: syntax newer than target-version does not count (Ruff's has_valid_syntax) */
    nf->syntax_errors = !ck->valid_syntax;
    uint32_t w = first;
    for (uint32_t i = first; i < v->len; i++) {
        Diagnostic d = v->data[i];
        bool suppressed = false;
        if (d.rule != RULE__COUNT) {
            const char *code = rule_table[d.rule].code;
            if (nf->exempt_all || ruleset_has(&nf->exempt, d.rule)) {
                suppressed = true;
            } else if (noqa_range_suppresses(nf, d.rule, d.start, d.end)) {
                suppressed = true;
            } else {
                /* the parent statement's line first, as Ruff, then the diagnostic's own */
                for (int k = d.noqa_parent ? 0 : 1; k < 2 && !suppressed; k++) {
                    NoqaLine *l = noqa_find_line(nf, noqa_resolve(nf, k ? d.noqa_offset : d.noqa_parent - 1));
                    if (l && (l->d.kind == NOQA_ALL || noqa_directive_includes(ck->src, &l->d, code))) {
                        ruleset_add(&l->matches, d.rule);
                        suppressed = true;
                    }
                }
            }
        }
        /* Where a `# noqa` for it belongs: the last line of a multi-line string, ... */
        d.noqa_offset = noqa_resolve(nf, d.noqa_offset);
        if (!suppressed || !remove)
            v->data[w++] = d;
    }
    v->len = w;
    return true;
}
