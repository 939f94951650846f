/* line_util.c: widths, words, comments and pragma detection for the physical-line rules. */
#include "line_util.h"

#include <string.h>

#include "lint/noqa_parse.h"
#include "util/utf8.h"

uint32_t line_width_add(uint32_t width, uint32_t cp, uint32_t tab)
{
    if (cp == '\t')
        return width + (tab - width % tab);
    return width + (uint32_t)unicode_width(cp);
}

uint32_t line_width(const char *text, uint32_t start, uint32_t end, uint32_t tab)
{
    uint32_t w = 0;
    for (uint32_t i = start; i < end;) {
        if ((unsigned char)text[i] < 0x80) {
            char c = text[i++];
            if (c == '\t')
                w += tab - w % tab;
            else if (c >= 0x20 && c != 0x7f)
                w++;
            continue;
        }
        w = line_width_add(w, utf8_next(text, end, &i), tab);
    }
    return w;
}

void lines_with_byte(Checker *ck, char c, void (*fn)(Checker *ck, const Line *line))
{
    const SourceFile *src = ck->src;
    uint32_t li = 0, at = 0;
    while (at < src->len) {
        const char *hit = memchr(src->text + at, c, src->len - at);
        if (!hit)
            break;
        uint32_t off = (uint32_t)(hit - src->text);
        while (li + 1 < src->nlines && src->line_starts[li + 1] <= off)
            li++;
        Line line = {.index = li, .start = src->line_starts[li], .end = source_line_end(src, li)};
        line.full_end = li + 1 < src->nlines ? src->line_starts[li + 1] : src->len;
        fn(ck, &line);
        if (line.full_end <= off)
            break; /* cannot happen: the line holds `off` */
        at = line.full_end;
        li++;
    }
}

uint32_t line_words(const char *text, uint32_t start, uint32_t end, uint32_t *first_s, uint32_t *first_e,
                    uint32_t *last_s, uint32_t *last_e)
{
    uint32_t n = 0, i = start;
    while (i < end) {
        uint32_t ws = i;
        uint32_t cp = utf8_next(text, end, &i);
        if (unicode_is_whitespace(cp))
            continue;
        /* A word: up to the next whitespace. */
        uint32_t we = i;
        while (we < end) {
            uint32_t j = we;
            if (unicode_is_whitespace(utf8_next(text, end, &j)))
                break;
            we = j;
        }
        if (n == 0) {
            *first_s = ws;
            *first_e = we;
        }
        *last_s = ws;
        *last_e = we;
        n++;
        i = we;
    }
    return n;
}

uint32_t line_comment_start(const Checker *ck, const Line *line)
{
    /* A real comment token: `#` inside a string is no comment. The first COMMENT token starting
     * on the line, found in the parser's tokens (sorted by start) without building the view of
     * lint_tokens. */
    const TokenList *tl = &ck->parse->tokens;
    for (uint32_t i = tokens_lower_bound(tl->data, 0, tl->len, line->start); i < tl->len && tl->data[i].start < line->end; i++)
        if (tl->data[i].kind == TK_COMMENT)
            return tl->data[i].start;
    return UINT32_MAX;
}

static bool ci_prefix(const char *s, uint32_t len, const char *p)
{
    size_t n = strlen(p);
    if (len < n)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != p[i])
            return false;
    }
    return true;
}

bool is_pragma_comment(const char *c, uint32_t len)
{
    if (len == 0 || c[0] != '#')
        return false;
    uint32_t i = 1;
    noqa_eat_ws(c, len, &i);
    const char *s = c + i;
    uint32_t n = len - i;
    if (ci_prefix(s, n, "noqa"))
        return true;
    if (n >= 5 && memcmp(s, "nosec", 5) == 0)
        return true;
    const char *colon = memchr(s, ':', n);
    if (!colon)
        return false;
    size_t k = (size_t)(colon - s);
    static const char *const pragmas[] = {"isort", "type", "pyright", "pyrefly", "pylint", "flake8", "ruff", "ty", "snipe"};
    for (size_t p = 0; p < sizeof pragmas / sizeof pragmas[0]; p++)
        if (strlen(pragmas[p]) == k && memcmp(s, pragmas[p], k) == 0)
            return true;
    return false;
}

uint32_t find_trailing_pragma(const char *c, uint32_t len)
{
    for (uint32_t i = 0; i < len; i++)
        if (c[i] == '#' && is_pragma_comment(c + i, len - i))
            return i;
    return UINT32_MAX;
}

bool is_task_comment(const char *c, uint32_t len, const char *const *tags)
{
    if (!tags || len == 0 || c[0] != '#')
        return false;
    uint32_t i = 1;
    noqa_eat_ws(c, len, &i);
    for (; *tags; tags++) {
        size_t n = strlen(*tags);
        if (len - i >= n && memcmp(c + i, *tags, n) == 0)
            return true;
    }
    return false;
}

/* The next whitespace-separated chunk at or after *i, within [*i, end). */
static bool next_chunk(const char *text, uint32_t end, uint32_t *i, uint32_t *cs, uint32_t *ce)
{
    noqa_eat_ws(text, end, i);
    if (*i >= end)
        return false;
    *cs = *i;
    while (*i < end) {
        uint32_t j = *i;
        if (unicode_is_whitespace(utf8_next(text, end, &j)))
            break;
        *i = j;
    }
    *ce = *i;
    return true;
}

static bool chunk_is(const char *text, uint32_t s, uint32_t e, const char *word)
{
    return e - s == strlen(word) && memcmp(text + s, word, e - s) == 0;
}

bool is_license_header(const char *text, uint32_t start, uint32_t end)
{
    uint32_t i = start, s1, e1, s2, e2;
    if (!next_chunk(text, end, &i, &s1, &e1) || !next_chunk(text, end, &i, &s2, &e2))
        return false;
    return chunk_is(text, s1, e1, "#") &&
           (chunk_is(text, s2, e2, "SPDX-License-Identifier:") || chunk_is(text, s2, e2, "SPDX-FileCopyrightText:"));
}

bool line_overlong(const Checker *ck, const Line *line, uint32_t limit, uint32_t *start, uint32_t *end_out,
                   uint32_t *width_out)
{
    const LintSettings *s = ck->settings;
    uint32_t tab = s->indent_width ? s->indent_width : 4;
    const char *text = ck->src->text;
    /* Every character is at most as wide as its UTF-8 bytes (wide ones take 3 or 4, control
     * characters none) but a tab: a line of at most `limit` bytes without one fits. */
    uint32_t len = line->end - line->start;
    if (len <= limit && !memchr(text + line->start, '\t', len))
        return false;
    uint32_t width = line_width(text, line->start, line->end, tab);
    if (width <= limit)
        return false;

    /* Strip a trailing pragma comment (`# noqa`, `# type: ignore`) or, when
     * ignore-overlong-task-comments is set, a task comment, and measure again. */
    uint32_t end = line->end;
    uint32_t comment = line_comment_start(ck, line);
    if (comment != UINT32_MAX) {
        const char *c = text + comment;
        uint32_t clen = line->end - comment, cut = UINT32_MAX;
        /* Ruff 0.17: a pragma after other comment text counts too (`# why # noqa: E501`). */
        uint32_t off = find_trailing_pragma(c, clen);
        if (off != UINT32_MAX)
            cut = comment + off;
        if (cut == UINT32_MAX && s->ignore_overlong_task_comments && is_task_comment(c, clen, s->task_tags))
            cut = comment;
        if (cut != UINT32_MAX) {
            end = cut;
            while (end > line->start) {
                uint32_t j = end;
                if (!unicode_is_whitespace(utf8_prev(text, line->start, &j)))
                    break;
                end = j;
            }
            width = line_width(text, line->start, end, tab);
            if (width <= limit)
                return false;
        }
    }
    /* The words of the (stripped) line: a single word cannot be shortened. */
    uint32_t w1s, w1e, wls, wle;
    uint32_t nwords = line_words(text, line->start, end, &w1s, &w1e, &wls, &wle);
    if (nwords < 2)
        return false;
    /* A URL at the end that starts within the limit. */
    if (memmem(text + wls, wle - wls, "://", 3)) {
        if (width - line_width(text, wls, wle, tab) <= limit)
            return false;
    }
    if (is_license_header(text, line->start, end))
        return false;
    /* The range starts at the first character past the limit. */
    uint32_t i = line->start, w = 0;
    while (i < end && w < limit) {
        uint32_t cp = utf8_next(text, end, &i);
        w = line_width_add(w, cp, tab);
    }
    *start = i;
    *end_out = end;
    *width_out = width;
    return true;
}
