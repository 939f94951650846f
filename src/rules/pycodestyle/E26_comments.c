/* E26_comments.c: the spacing of comments: two spaces before an inline comment (E261), `# `
 * opening inline (E262) and block comments (E265), and one leading `#` (E266). */
#include <string.h>

#include "pcs_report.h"
#include "util/utf8.h"

static bool py_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }

/* Offset of the first non-whitespace code point of text[i, end). */
static uint32_t skip_unicode_ws(const char *text, uint32_t i, uint32_t end)
{
    while (i < end) {
        uint32_t j = i;
        uint32_t cp = utf8_next(text, end, &j);
        if (!unicode_is_whitespace(cp))
            break;
        i = j;
    }
    return i;
}

/* prefix + text[r, e) (up to a NUL byte, as "%.*s" would) in the arena; NULL on OOM. */
static const char *prefixed(Checker *ck, const char *prefix, size_t plen, const char *text, uint32_t r, uint32_t e)
{
    size_t n = strnlen(text + r, e - r);
    char *out = arena_alloc_raw(ck->arena, plen + n + 1);
    if (!out)
        return NULL;
    memcpy(out, prefix, plen);
    memcpy(out + plen, text + r, n);
    out[plen + n] = 0;
    return out;
}

/* "# " + the comment without its leading hashes and whitespace ("#: " for `#:` comments). */
static const char *leading_space(Checker *ck, const char *text, uint32_t s, uint32_t e)
{
    if (e - s >= 2 && text[s] == '#' && text[s + 1] == ':')
        return prefixed(ck, "#: ", 3, text, skip_unicode_ws(text, s + 2, e), e);
    uint32_t r = s;
    while (r < e && text[r] == '#')
        r++;
    return prefixed(ck, "# ", 2, text, skip_unicode_ws(text, r, e), e);
}

/* "# " + the comment without its leading hashes and whitespace. */
static const char *leading_space_hashes(Checker *ck, const char *text, uint32_t s, uint32_t e)
{
    uint32_t r = s;
    while (r < e && text[r] == '#')
        r++;
    return prefixed(ck, "# ", 2, text, skip_unicode_ws(text, r, e), e);
}

void ll_whitespace_before_comment(Checker *ck, const LogicalLines *ll, const LLine *l)
{
    const char *src = ll->src;
    uint32_t prev_end = 0;
    uint32_t bom = ck->src->line_starts[0]; /* 3 after a BOM, else 0 */
    for (uint32_t i = l->first; i < l->last; i++) {
        const LLTok *t = &ll->toks[i];
        if (t->kind != TK_COMMENT) {
            if (t->kind != TK_NL)
                prev_end = t->end;
            continue;
        }
        /* inline: something but whitespace precedes it on its physical line (whose start is
         * after a line break, or the start of the file past a BOM) */
        uint32_t p = t->start;
        while (p > bom && py_ws(src[p - 1]))
            p--;
        bool inline_ = p > bom && src[p - 1] != '\n' && src[p - 1] != '\r';
        if (inline_ && t->start - prev_end < 2) {
            Diagnostic *d = pcs_report(ck, RULE_E261, prev_end, t->start, "Insert at least two spaces before an inline comment");
            pcs_fix1(ck, d, "Insert spaces", prev_end, t->start, "  ");
        }
        /* symbol: the text up to the first space; rest: after it */
        uint32_t sp = t->start;
        while (sp < t->end && src[sp] != ' ')
            sp++;
        uint32_t symlen = sp - t->start;
        bool has_rest = sp < t->end;
        uint32_t rest = has_rest ? sp + 1 : t->end;
        int bad = 0;
        if (!(symlen == 1 && src[t->start] == '#') && !(symlen == 2 && src[t->start] == '#' && src[t->start + 1] == ':')) {
            uint32_t q = t->start;
            while (q < sp && src[q] == '#')
                q++;
            if (q < sp) {
                uint32_t qq = q;
                bad = (int)utf8_next(src, sp, &qq);
            } else
                bad = '#';
        }
        if (inline_) {
            bool ws_first = false;
            if (rest < t->end) {
                uint32_t r = rest;
                ws_first = unicode_is_whitespace(utf8_next(src, t->end, &r));
            }
            if (bad || ws_first) {
                Diagnostic *d = pcs_report(ck, RULE_E262, t->start, t->end, "Inline comment should start with `# `");
                if (d)
                    pcs_fix1(ck, d, "Format space", t->start, t->end, leading_space(ck, src, t->start, t->end));
            }
        } else if (bad && (bad != '!' || l->first != 0)) {
            if (bad != '#') {
                Diagnostic *d = pcs_report(ck, RULE_E265, t->start, t->end, "Block comment should start with `# `");
                if (d)
                    pcs_fix1(ck, d, "Format space", t->start, t->end, leading_space(ck, src, t->start, t->end));
            } else if (rest < t->end) {
                Diagnostic *d = pcs_report(ck, RULE_E266, t->start, t->end, "Too many leading `#` before block comment");
                if (d)
                    pcs_fix1(ck, d, "Remove leading `#`", t->start, t->end, leading_space_hashes(ck, src, t->start, t->end));
            }
        }
    }
}
