/* requirements.c: pip requirement files and PEP 508 requirement strings, enough to judge pinning. */
#include "requirements.h"

#include <ctype.h>
#include <string.h>

#include "util/str.h"
#include "util/vec.h"

char *req_normalise(Arena *a, const char *name, size_t len)
{
    char *out = arena_alloc(a, len + 1);
    if (!out)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        if (c == '-' || c == '_' || c == '.') {
            if (n == 0 || out[n - 1] != '-')
                out[n++] = '-';
        } else {
            out[n++] = (char)tolower((unsigned char)c);
        }
    }
    out[n] = 0;
    return out;
}

static const char *skip_ws(const char *p, const char *e)
{
    while (p < e && (*p == ' ' || *p == '\t'))
        p++;
    return p;
}

static bool name_char(char c)
{
    return isalnum((unsigned char)c) || c == '-' || c == '_' || c == '.';
}

/* specifier-list -> specifier ( ',' specifier )*   specifier -> op version
 * Sets *pinned when the list is exactly one `==` (no wildcard) or `===`. */
static bool parse_specifiers(const char *p, const char *e, bool *pinned)
{
    int clauses = 0, exact = 0;
    while (p < e) {
        p = skip_ws(p, e);
        const char *op = p;
        while (p < e && strchr("=!~<>", *p))
            p++;
        size_t oplen = (size_t)(p - op);
        if (oplen == 0 || oplen > 3)
            return false;
        bool is_eq = oplen == 2 && op[0] == '=' && op[1] == '=';
        bool is_arb = oplen == 3 && memcmp(op, "===", 3) == 0;
        bool known = is_eq || is_arb ||
                     (oplen == 2 && (memcmp(op, "!=", 2) == 0 || memcmp(op, "~=", 2) == 0 ||
                                     memcmp(op, "<=", 2) == 0 || memcmp(op, ">=", 2) == 0)) ||
                     (oplen == 1 && (*op == '<' || *op == '>'));
        if (!known)
            return false;
        p = skip_ws(p, e);
        const char *v = p;
        while (p < e && *p != ',' && *p != ' ' && *p != '\t')
            p++;
        if (p == v)
            return false;
        bool wildcard = p - v >= 2 && p[-1] == '*';
        clauses++;
        if (is_arb || (is_eq && !wildcard))
            exact++;
        p = skip_ws(p, e);
        if (p < e && *p == ',')
            p++;
        else if (p < e)
            return false;
    }
    *pinned = clauses == 1 && exact == 1;
    return true;
}

/* requirement -> name ( '[' extras ']' )? ( '@' url | '(' specs ')' | specs )? ( ';' marker )? */
bool req_parse_one(Arena *a, const char *s, size_t len, ReqLine *out)
{
    const char *p = s, *e = s + len;
    const char *semi = memchr(s, ';', len);
    p = skip_ws(p, e);
    const char *ns = p;
    while (p < e && name_char(*p))
        p++;
    out->kind = REQ_INVALID;
    if (p == ns || !isalnum((unsigned char)*ns))
        return true;
    out->name = req_normalise(a, ns, (size_t)(p - ns));
    if (!out->name)
        return false;
    p = skip_ws(p, e);
    if (p < e && *p == '[') {
        const char *close = memchr(p, ']', (size_t)(e - p));
        if (!close)
            return true;
        p = skip_ws(close + 1, e);
    }
    const char *body_end = semi && semi >= p ? semi : e;
    while (body_end > p && (body_end[-1] == ' ' || body_end[-1] == '\t'))
        body_end--;
    out->pinned = false;
    if (p < body_end && *p == '@') {
        out->pinned = true;            /* a direct reference names one artifact */
        out->kind = REQ_REQUIREMENT;
        return true;
    }
    if (p < body_end && *p == '(') {
        if (body_end[-1] != ')')
            return true;
        p++;
        body_end--;
    }
    if (p < body_end && !parse_specifiers(p, body_end, &out->pinned))
        return true;
    out->kind = REQ_REQUIREMENT;
    return true;
}

/* One logical line (comments removed). */
static bool parse_line(Arena *a, const char *p, const char *e, uint32_t line, ReqLine *out)
{
    memset(out, 0, sizeof *out);
    out->line = line;
    p = skip_ws(p, e);
    while (e > p && isspace((unsigned char)e[-1]))
        e--;
    /* trailing per-requirement options: --hash=..., --config-settings ... */
    const char *opts = NULL;
    for (const char *q = p; q + 2 < e; q++)
        if ((q == p || q[-1] == ' ' || q[-1] == '\t') && q[0] == '-' && q[1] == '-' && q != p) {
            opts = q;
            break;
        }
    if (opts) {
        const char *h = opts;
        while ((h = strstr(h, "--hash")) && h < e) {
            out->has_hash = true;
            h += 6;
        }
    }
    const char *body_end = opts ? opts : e;
    while (body_end > p && isspace((unsigned char)body_end[-1]))
        body_end--;
    if (*p == '-') {
        const char *arg = p;
        while (arg < e && *arg != ' ' && *arg != '\t' && *arg != '=')
            arg++;
        size_t olen = (size_t)(arg - p);
        bool short_attached = olen > 2 && p[1] != '-';   /* -rfile */
        if (short_attached)
            arg = p + 2, olen = 2;
        while (arg < e && (*arg == ' ' || *arg == '\t' || *arg == '='))
            arg++;
        const char *ae = arg;
        while (ae < e && *ae != ' ' && *ae != '\t')
            ae++;
        const char *target = arena_strndup(a, arg, (size_t)(ae - arg));
        if (!target)
            return false;
        out->name = target;
        if ((olen == 2 && (p[1] == 'r' || p[1] == 'c')) ||
            (olen == 13 && memcmp(p, "--requirement", 13) == 0) ||
            (olen == 12 && memcmp(p, "--constraint", 12) == 0))
            out->kind = REQ_INCLUDE;
        else if ((olen == 2 && p[1] == 'e') || (olen == 10 && memcmp(p, "--editable", 10) == 0))
            out->kind = REQ_EDITABLE;
        else
            out->kind = REQ_OPTION;
        return true;
    }
    if (*p == '.' || *p == '/' || *p == '~') {
        out->kind = REQ_PATH;
        out->name = arena_strndup(a, p, (size_t)(body_end - p));
        return out->name != NULL;
    }
    const char *scheme = NULL;
    for (const char *q = p; q + 2 < body_end; q++)
        if (q[0] == ':' && q[1] == '/' && q[2] == '/') {
            scheme = q;
            break;
        }
    const char *at = memchr(p, '@', (size_t)(body_end - p));
    if (scheme && (!at || at > scheme)) {
        out->kind = REQ_PATH;        /* a bare URL: pinned only by a hash */
        out->name = arena_strndup(a, p, (size_t)(body_end - p));
        out->pinned = out->has_hash;
        return out->name != NULL;
    }
    return req_parse_one(a, p, (size_t)(body_end - p), out);
}

bool req_parse(Arena *a, const char *text, size_t len, ReqFile *out)
{
    Vec(ReqLine) lines = {0};
    Buf logical = {0};
    const char *p = text, *end = text + len;
    uint32_t lineno = 0, start = 0;
    bool ok = true;
    while (p < end) {
        const char *ls = p;
        while (p < end && *p != '\n')
            p++;
        const char *le = p;
        if (p < end)
            p++;
        lineno++;
        if (le > ls && le[-1] == '\r')
            le--;
        /* a comment starts at '#' at the line start or after whitespace */
        for (const char *q = ls; q < le; q++)
            if (*q == '#' && (q == ls || q[-1] == ' ' || q[-1] == '\t')) {
                le = q;
                break;
            }
        if (!start)
            start = lineno;
        const char *te = le;
        while (te > ls && (te[-1] == ' ' || te[-1] == '\t'))
            te--;
        bool cont = te > ls && te[-1] == '\\';
        buf_append(&logical, ls, (size_t)((cont ? te - 1 : le) - ls));
        if (cont && p < end) {
            buf_putc(&logical, ' ');
            continue;
        }
        const char *ds = logical.data ? logical.data : "";
        const char *de = ds + logical.len;
        if (skip_ws(ds, de) < de) {
            ReqLine rl;
            if (!parse_line(a, ds, de, start, &rl) || !vec_push(&lines, rl)) {
                ok = false;
                break;
            }
        }
        logical.len = 0;
        start = 0;
    }
    if (logical.failed)
        ok = false;
    buf_free(&logical);
    out->len = 0;
    out->lines = ARENA_ARRAY(a, ReqLine, lines.len ? lines.len : 1);
    if (!out->lines)
        ok = false;
    else if (lines.len) {
        memcpy(out->lines, lines.data, lines.len * sizeof(ReqLine));
        out->len = lines.len;
    }
    vec_free(&lines);
    return ok;
}
