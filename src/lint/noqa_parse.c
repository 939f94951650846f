/* noqa_parse.c: the lexers of `# noqa` directives, file exemptions and `# ruff: <action>[...]`
 * suppressions, following the grammar of Ruff's documentation ("Error suppression"). */
#include "noqa_parse.h"

#include <stdlib.h>
#include <string.h>

#include "util/utf8.h"

static const char *const ruff_codes[] = {
#include "lint/noqa_codes.def"
};

/* Renamed codes, as Ruff redirects them (old code, current code). */
static const char *const redirects[][2] = {
    {"SIM111", "SIM110"}, {"C9", "C90"}, {"T1", "T10"}, {"T2", "T20"}, {"R", "RET"}, {"R5", "RET5"},
    {"R50", "RET50"}, {"R501", "RET501"}, {"R502", "RET502"}, {"R503", "RET503"}, {"R504", "RET504"},
    {"R505", "RET505"}, {"R506", "RET506"}, {"R507", "RET507"}, {"R508", "RET508"}, {"IC", "ICN"},
    {"IC0", "ICN0"}, {"IC00", "ICN00"}, {"IC001", "ICN001"}, {"IC002", "ICN001"}, {"IC003", "ICN001"},
    {"IC004", "ICN001"}, {"U", "UP"}, {"U0", "UP0"}, {"U00", "UP00"}, {"U001", "UP001"}, {"U003", "UP003"},
    {"U004", "UP004"}, {"U005", "UP005"}, {"U006", "UP006"}, {"U007", "UP007"}, {"U008", "UP008"},
    {"U009", "UP009"}, {"U01", "UP01"}, {"U010", "UP010"}, {"U011", "UP011"}, {"U012", "UP012"},
    {"U013", "UP013"}, {"U014", "UP014"}, {"U015", "UP015"}, {"U016", "UP016"}, {"U017", "UP017"},
    {"U019", "UP019"}, {"I2", "TID2"}, {"I25", "TID25"}, {"I252", "TID252"}, {"M", "RUF100"},
    {"M0", "RUF100"}, {"M001", "RUF100"}, {"PDV", "PD"}, {"PDV0", "PD0"}, {"PDV002", "PD002"},
    {"PDV003", "PD003"}, {"PDV004", "PD004"}, {"PDV007", "PD007"}, {"PDV008", "PD008"}, {"PDV009", "PD009"},
    {"PDV01", "PD01"}, {"PDV010", "PD010"}, {"PDV011", "PD011"}, {"PDV012", "PD012"}, {"PDV013", "PD013"},
    {"PDV015", "PD015"}, {"PDV9", "PD9"}, {"PDV90", "PD90"}, {"PDV901", "PD901"}, {"TYP", "TC"},
    {"TYP001", "TC001"}, {"RUF004", "B026"}, {"PIE802", "C419"}, {"PLW0130", "B033"}, {"T001", "FIX001"},
    {"T002", "FIX002"}, {"T003", "FIX003"}, {"T004", "FIX004"}, {"RUF011", "B035"}, {"TRY200", "B904"},
    {"PGH001", "S307"}, {"PGH002", "G010"}, {"TRIO", "ASYNC1"}, {"TRIO1", "ASYNC1"}, {"TRIO10", "ASYNC10"},
    {"TRIO100", "ASYNC100"}, {"TRIO105", "ASYNC105"}, {"TRIO109", "ASYNC109"}, {"TRIO11", "ASYNC11"},
    {"TRIO110", "ASYNC110"}, {"TRIO115", "ASYNC115"}, {"PLR1701", "SIM101"}, {"RUF940", "RUF950"},
    {"RUF96", "RUF95"}, {"PLW0117", "PLW0177"}, {"RUF025", "C420"}, {"TRY302", "TRY203"}, {"TCH", "TC"},
    {"TCH001", "TC001"}, {"TCH002", "TC002"}, {"TCH003", "TC003"}, {"TCH004", "TC004"}, {"TCH005", "TC005"},
    {"TCH006", "TC010"}, {"TCH010", "TC010"}, {"RUF035", "S704"},
};

const char *noqa_redirect(const char *code)
{
    for (size_t i = 0; i < sizeof redirects / sizeof redirects[0]; i++)
        if (strcmp(redirects[i][0], code) == 0)
            return redirects[i][1];
    return code;
}

static int cmp_code(const void *k, const void *e) { return strcmp(k, *(const char *const *)e); }

bool noqa_is_ruff_code(const char *code)
{
    return bsearch(code, ruff_codes, sizeof ruff_codes / sizeof ruff_codes[0], sizeof ruff_codes[0], cmp_code) != NULL;
}

RuleId noqa_rule_of(const char *code) { return rule_by_code(noqa_redirect(code)); }

bool noqa_eat_ws(const char *text, uint32_t end, uint32_t *i)
{
    bool any = false;
    while (*i < end) {
        unsigned char c = (unsigned char)text[*i];
        if (c < 0x80) {
            if (!unicode_is_whitespace(c))
                break;
            (*i)++;
        } else {
            uint32_t j = *i;
            if (!unicode_is_whitespace(utf8_next(text, end, &j)))
                break;
            *i = j;
        }
        any = true;
    }
    return any;
}

static bool is_ws_at(const char *text, uint32_t end, uint32_t i)
{
    uint32_t j = i;
    return noqa_eat_ws(text, end, &j);
}

static bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static bool is_noqa_uncased(const char *p, uint32_t avail)
{
    return avail >= 4 && (p[0] | 0x20) == 'n' && (p[1] | 0x20) == 'o' && (p[2] | 0x20) == 'q' && (p[3] | 0x20) == 'a';
}

static void add_warning(NoqaDirective *d, uint8_t kind)
{
    if (d->nwarnings < sizeof d->warnings)
        d->warnings[d->nwarnings++] = kind;
}

/* The codes after `noqa:`, as Ruff's lexer reads them. Returns false on a fatal error. */
static bool lex_codes(const char *text, uint32_t end, uint32_t i, NoqaDirective *d, NoqaCode *buf, uint32_t cap)
{
    bool missing_delim = false;
    while (i < end) {
        noqa_eat_ws(text, end, &i);
        if (i < end && text[i] == ',') {
            add_warning(d, NOQA_WARN_MISSING_ITEM);
            i++;
            continue;
        }
        if (i >= end)
            break;
        uint32_t cs = i;
        if (!is_upper(text[i]))
            break; /* the first thing that is no code ends the list: a trailing comment */
        i++;
        while (i < end && is_upper(text[i]))
            i++;
        if (i >= end || !is_digit(text[i])) {
            if (missing_delim) {
                d->error = "expected code to consist of uppercase letters followed by digits only (e.g. `F401`)";
                return false;
            }
            break;
        }
        while (i < end && is_digit(text[i]))
            i++;
        if (d->ncodes < cap)
            buf[d->ncodes++] = (NoqaCode){cs, i};
        if (i >= end)
            break;
        char c = text[i];
        if (c == ',') {
            i++;
            missing_delim = false;
        } else if (is_ws_at(text, end, i) || c == '#') {
            missing_delim = false;
        } else if (is_upper(c)) {
            add_warning(d, NOQA_WARN_MISSING_DELIMITER);
            missing_delim = true;
        } else {
            d->error = "expected code to consist of uppercase letters followed by digits only (e.g. `F401`)";
            return false;
        }
    }
    return true;
}

/* After `noqa` at text[i]: a blanket directive or a list of codes. `off` is the `#`. */
static NoqaLex lex_directive(Arena *a, const char *text, uint32_t end, uint32_t off, uint32_t i, NoqaDirective *d)
{
    d->start = off;
    d->end = i;
    if (i >= end || text[i] == '#') {
        d->kind = NOQA_ALL;
        return NOQA_ALL;
    }
    if (text[i] != ':') {
        if (!is_ws_at(text, end, i)) {
            d->kind = NOQA_INVALID;
            d->error = "expected `:` followed by a comma-separated list of codes (e.g., `# noqa: F401, F841`).";
            return NOQA_INVALID;
        }
        noqa_eat_ws(text, end, &i);
        if (i >= end || text[i] != ':') {
            d->kind = NOQA_ALL;
            return NOQA_ALL;
        }
    }
    i++; /* ':' */
    uint32_t cap = (end - i) / 2 + 1;
    NoqaCode *buf = ARENA_ARRAY(a, NoqaCode, cap);
    if (!buf) {
        d->kind = NOQA_INVALID;
        d->error = "out of memory";
        return NOQA_INVALID;
    }
    d->codes = buf;
    if (!lex_codes(text, end, i, d, buf, cap)) {
        d->kind = NOQA_INVALID;
        return NOQA_INVALID;
    }
    if (d->ncodes == 0) {
        d->kind = NOQA_INVALID;
        d->error = "expected a comma-separated list of codes (e.g., `# noqa: F401, F841`).";
        return NOQA_INVALID;
    }
    d->end = buf[d->ncodes - 1].end;
    d->kind = NOQA_CODES;
    return NOQA_CODES;
}

NoqaLex noqa_lex_inline(Arena *a, const char *text, uint32_t start, uint32_t end, NoqaDirective *out)
{
    memset(out, 0, sizeof *out);
    uint32_t i = start;
    while (i < end) {
        while (i < end && text[i] != '#')
            i++;
        if (i >= end)
            break;
        uint32_t off = i++;
        noqa_eat_ws(text, end, &i);
        if (!is_noqa_uncased(text + i, end - i))
            continue;
        return lex_directive(a, text, end, off, i + 4, out);
    }
    return NOQA_NONE;
}

NoqaLex noqa_lex_file(Arena *a, const char *text, uint32_t start, uint32_t end, NoqaDirective *out)
{
    memset(out, 0, sizeof *out);
    uint32_t i = start;
    while (i < end) {
        while (i < end && text[i] != '#')
            i++;
        if (i >= end)
            break;
        uint32_t off = i++;
        noqa_eat_ws(text, end, &i);
        static const char *const tools[] = {"ruff", "flake8", "snipe"};
        size_t k = 0;
        for (; k < 3; k++) {
            size_t n = strlen(tools[k]);
            if (end - i >= n && memcmp(text + i, tools[k], n) == 0) {
                i += (uint32_t)n;
                break;
            }
        }
        if (k == 3)
            continue;
        noqa_eat_ws(text, end, &i);
        if (i >= end || text[i] != ':')
            continue;
        i++;
        noqa_eat_ws(text, end, &i);
        if (!is_noqa_uncased(text + i, end - i))
            continue;
        return lex_directive(a, text, end, off, i + 4, out);
    }
    return NOQA_NONE;
}

/* --- `# ruff: <action>[codes]` --- */

static bool is_alpha_at(const char *text, uint32_t end, uint32_t i)
{
    unsigned char c = (unsigned char)text[i];
    if (c < 0x80)
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    uint32_t j = i;
    return !unicode_is_whitespace(utf8_next(text, end, &j));
}

static bool is_word_at(const char *text, uint32_t end, uint32_t i)
{
    char c = text[i];
    return is_alpha_at(text, end, i) || is_digit(c) || c == '_' || c == '-' || c == ':';
}

static bool has_prefix(const char *text, uint32_t i, uint32_t end, const char *p)
{
    size_t n = strlen(p);
    return end - i >= n && memcmp(text + i, p, n) == 0;
}

/* Parse one suppression at text[*i] (a `#`); false when it is none (or is malformed). *i moves
 * to the next `#` of the token. */
static bool parse_one(Arena *a, const char *text, uint32_t *ip, uint32_t end, SuppComment *sc)
{
    uint32_t i = *ip;
    bool ok = false;
    memset(sc, 0, sizeof *sc);
    sc->start = i;
    if (text[i] != '#')
        goto skip;
    i++;
    noqa_eat_ws(text, end, &i);
    if (has_prefix(text, i, end, "ruff"))
        i += 4;
    else if (has_prefix(text, i, end, "snipe"))
        i += 5;
    else
        goto skip;
    noqa_eat_ws(text, end, &i);
    if (i >= end || text[i] != ':')
        goto skip;
    i++;
    noqa_eat_ws(text, end, &i);
    static const struct { const char *word; SuppAction action; } actions[] = {
        {"disable", SUPP_DISABLE}, {"enable", SUPP_ENABLE}, {"file-ignore", SUPP_FILE_IGNORE}, {"ignore", SUPP_IGNORE},
    };
    size_t k = 0;
    for (; k < 4; k++)
        if (has_prefix(text, i, end, actions[k].word))
            break;
    if (k == 4)
        goto skip;
    sc->action = actions[k].action;
    i += (uint32_t)strlen(actions[k].word);
    noqa_eat_ws(text, end, &i);
    if (i >= end || text[i] != '[')
        goto skip;
    i++;
    uint32_t cap = (end - i) / 2 + 1;
    sc->codes = ARENA_ARRAY(a, NoqaCode, cap);
    if (!sc->codes)
        goto skip;
    for (;;) {
        if (i >= end)
            goto skip;
        noqa_eat_ws(text, end, &i);
        if (i < end && text[i] == ']') {
            i++;
            break;
        }
        if (i >= end || !is_alpha_at(text, end, i))
            goto skip;
        uint32_t cs = i;
        while (i < end && is_word_at(text, end, i)) {
            if ((unsigned char)text[i] >= 0x80)
                utf8_next(text, end, &i);
            else
                i++;
        }
        sc->codes[sc->ncodes++] = (NoqaCode){cs, i};
        noqa_eat_ws(text, end, &i);
        if (i < end && text[i] == ',') {
            i++;
            continue;
        }
        if (i < end && text[i] == ']') {
            i++;
            break;
        }
        goto skip;
    }
    if (sc->ncodes == 0)
        goto skip;
    ok = true;
skip:
    while (i < end && text[i] != '#')
        i++;
    if (i == *ip)
        i++; /* always advance */
    sc->end = i;
    *ip = i;
    return ok;
}

bool supp_parse_comment(Arena *a, const char *text, uint32_t start, uint32_t end, SuppComment **out, uint32_t *n,
                        uint32_t *cap)
{
    uint32_t i = start;
    while (i < end) {
        SuppComment sc;
        if (!parse_one(a, text, &i, end, &sc))
            continue;
        sc.tok_start = start;
        sc.tok_end = end;
        if (*n == *cap) {
            uint32_t nc = *cap ? *cap * 2 : 16;
            SuppComment *p = ARENA_ARRAY(a, SuppComment, nc);
            if (!p)
                return false;
            if (*n)
                memcpy(p, *out, sizeof **out * *n);
            *out = p;
            *cap = nc;
        }
        (*out)[(*n)++] = sc;
    }
    return true;
}
