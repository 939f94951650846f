/* dockerfile.c: reads a Dockerfile into instructions and stages, following Docker's parsing rules. */
#include "dockerfile.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "util/str.h"
#include "util/vec.h"

static const char *const KEYWORDS[] = {
    "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK",
    "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
};

typedef struct Reader {
    Arena *a;
    Dockerfile *df;
    Vec(DockerInstr) instr;
    bool oom;
} Reader;

static void set_error(Dockerfile *df, uint32_t line, const char *msg)
{
    if (!df->error) {
        df->error = msg;
        df->error_line = line;
    }
}

static bool is_blank(const char *s, const char *e)
{
    for (; s < e; s++)
        if (!isspace((unsigned char)*s))
            return false;
    return true;
}

/* directive -> '#' ws* name ws* '=' ws* value   (only before any other line) */
static bool read_directive(const char *s, const char *e, char *name, size_t nmax, const char **val, const char **vend)
{
    while (s < e && (*s == ' ' || *s == '\t'))
        s++;
    if (s >= e || *s != '#')
        return false;
    s++;
    while (s < e && (*s == ' ' || *s == '\t'))
        s++;
    size_t n = 0;
    while (s < e && (isalnum((unsigned char)*s) || *s == '_' || *s == '-')) {
        if (n + 1 < nmax)
            name[n++] = (char)tolower((unsigned char)*s);
        s++;
    }
    name[n] = 0;
    while (s < e && (*s == ' ' || *s == '\t'))
        s++;
    if (n == 0 || s >= e || *s != '=')
        return false;
    s++;
    while (s < e && (*s == ' ' || *s == '\t'))
        s++;
    while (e > s && isspace((unsigned char)e[-1]))
        e--;
    *val = s;
    *vend = e;
    return true;
}

/* exec-form -> '[' ( string ( ',' string )* )? ']'   with JSON string escapes */
static bool parse_exec(Reader *r, const char *s, DockerInstr *in)
{
    const char *p = s;
    while (*p == ' ' || *p == '\t')
        p++;
    if (*p != '[')
        return false;
    p++;
    Vec(const char *) items = {0};
    Buf cur = {0};
    bool ok = false;
    for (;;) {
        while (isspace((unsigned char)*p))
            p++;
        if (*p == ']' && items.len == 0) {
            p++;
            break;
        }
        if (*p != '"')
            goto done;
        p++;
        cur.len = 0;
        buf_append(&cur, "", 0);
        while (*p && *p != '"') {
            if (*p == '\\') {
                p++;
                char c = *p;
                switch (c) {
                case 'n': c = '\n'; break;
                case 't': c = '\t'; break;
                case '"': case '\\': case '/': break;
                default: goto done;
                }
                buf_putc(&cur, c);
                p++;
            } else {
                buf_putc(&cur, *p++);
            }
        }
        if (*p != '"')
            goto done;
        p++;
        const char *item = arena_strndup(r->a, cur.data ? cur.data : "", cur.len);
        if (!item || !vec_push(&items, item)) {
            r->oom = true;
            goto done;
        }
        while (isspace((unsigned char)*p))
            p++;
        if (*p == ',') {
            p++;
            continue;
        }
        if (*p == ']') {
            p++;
            break;
        }
        goto done;
    }
    while (isspace((unsigned char)*p))
        p++;
    if (*p)
        goto done;
    in->argv = ARENA_ARRAY(r->a, const char *, items.len ? items.len : 1);
    if (!in->argv) {
        r->oom = true;
        goto done;
    }
    if (items.len)
        memcpy(in->argv, items.data, items.len * sizeof(char *));
    in->argc = items.len;
    in->exec_form = true;
    ok = true;
done:
    vec_free(&items);
    buf_free(&cur);
    return ok;
}

/* Shell form: split on blanks, keeping quoted runs together (quotes removed). */
static void split_words(Reader *r, const char *s, DockerInstr *in)
{
    Vec(const char *) words = {0};
    Buf w = {0};
    const char *p = s;
    while (*p) {
        while (isspace((unsigned char)*p))
            p++;
        if (!*p)
            break;
        w.len = 0;
        buf_append(&w, "", 0);
        char q = 0;
        while (*p && (q || !isspace((unsigned char)*p))) {
            if (q) {
                if (*p == q)
                    q = 0;
                else
                    buf_putc(&w, *p);
            } else if (*p == '"' || *p == '\'') {
                q = *p;
            } else {
                buf_putc(&w, *p);
            }
            p++;
        }
        const char *word = arena_strndup(r->a, w.data ? w.data : "", w.len);
        if (!word || !vec_push(&words, word)) {
            r->oom = true;
            break;
        }
    }
    in->argv = ARENA_ARRAY(r->a, const char *, words.len ? words.len : 1);
    if (!in->argv)
        r->oom = true;
    else if (words.len)
        memcpy(in->argv, words.data, words.len * sizeof(char *));
    in->argc = in->argv ? words.len : 0;
    vec_free(&words);
    buf_free(&w);
}

static bool takes_flags(const char *kw)
{
    return strcmp(kw, "FROM") == 0 || strcmp(kw, "COPY") == 0 || strcmp(kw, "ADD") == 0 ||
           strcmp(kw, "RUN") == 0 || strcmp(kw, "HEALTHCHECK") == 0;
}

static bool takes_exec(const char *kw)
{
    return strcmp(kw, "RUN") == 0 || strcmp(kw, "CMD") == 0 || strcmp(kw, "ENTRYPOINT") == 0 ||
           strcmp(kw, "SHELL") == 0 || strcmp(kw, "COPY") == 0 || strcmp(kw, "ADD") == 0 ||
           strcmp(kw, "VOLUME") == 0;
}

/* instruction -> KEYWORD flag* arguments */
static void add_instruction(Reader *r, const char *text, size_t len, uint32_t line)
{
    const char *p = text, *e = text + len;
    while (p < e && isspace((unsigned char)*p))
        p++;
    const char *kw = p;
    while (p < e && !isspace((unsigned char)*p))
        p++;
    char *keyword = arena_strndup(r->a, kw, (size_t)(p - kw));
    if (!keyword) {
        r->oom = true;
        return;
    }
    for (char *k = keyword; *k; k++)
        *k = (char)toupper((unsigned char)*k);
    bool known = false;
    for (size_t i = 0; i < sizeof KEYWORDS / sizeof *KEYWORDS; i++)
        known |= strcmp(KEYWORDS[i], keyword) == 0;
    if (!known)
        set_error(r->df, line, arena_printf(r->a, "unknown instruction '%s'", keyword));
    DockerInstr in = {.keyword = keyword, .line = line};
    Vec(const char *) flags = {0};
    while (p < e) {
        while (p < e && isspace((unsigned char)*p))
            p++;
        if (!takes_flags(keyword) || e - p < 3 || p[0] != '-' || p[1] != '-')
            break;
        const char *f = p + 2;
        while (p < e && !isspace((unsigned char)*p))
            p++;
        const char *flag = arena_strndup(r->a, f, (size_t)(p - f));
        if (!flag || !vec_push(&flags, flag)) {
            r->oom = true;
            break;
        }
    }
    while (e > p && isspace((unsigned char)e[-1]))
        e--;
    in.args = arena_strndup(r->a, p, (size_t)(e - p));
    in.flags = ARENA_ARRAY(r->a, const char *, flags.len ? flags.len : 1);
    if (!in.args || !in.flags) {
        r->oom = true;
        vec_free(&flags);
        return;
    }
    if (flags.len)
        memcpy(in.flags, flags.data, flags.len * sizeof(char *));
    in.nflags = flags.len;
    vec_free(&flags);
    if (!(takes_exec(keyword) && parse_exec(r, in.args, &in)))
        split_words(r, in.args, &in);
    if (in.args[0] == 0)
        set_error(r->df, line, arena_printf(r->a, "%s has no arguments", keyword));
    if (!vec_push(&r->instr, in))
        r->oom = true;
}

#define HEREDOC_MAX 4

/* heredoc -> '<<' '-'? ( WORD | '"' WORD '"' | "'" WORD "'" ): collect the terminators in order. */
static int find_heredocs(const char *s, char out[][64], int max)
{
    int n = 0;
    for (const char *p = s; *p && n < max; p++) {
        if (p[0] != '<' || p[1] != '<' || p[2] == '<')
            continue;
        const char *w = p + 2;
        if (*w == '-')
            w++;
        char q = (*w == '"' || *w == '\'') ? *w++ : 0;
        size_t k = 0;
        while ((isalnum((unsigned char)w[k]) || w[k] == '_') && k < 63)
            k++;
        if (k == 0 || (q && w[k] != q))
            continue;
        memcpy(out[n], w, k);
        out[n][k] = 0;
        n++;
        p = w + k - 1;
    }
    return n;
}

Dockerfile *dockerfile_parse(Arena *a, const char *text, size_t len)
{
    Dockerfile *df = ARENA_NEW(a, Dockerfile);
    if (!df)
        return NULL;
    df->escape = '\\';
    Reader r = {.a = a, .df = df};
    const char *p = text, *end = text + len;
    uint32_t lineno = 0;
    bool directives = true;
    Buf logical = {0};
    uint32_t logical_line = 0;   /* 0: no logical line open */
    char heredoc[HEREDOC_MAX][64];
    int nheredoc = 0;
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
        if (nheredoc) {
            /* a heredoc body: lines up to the terminator belong to the instruction */
            const char *hs = ls;
            while (hs < le && *hs == '\t')
                hs++;
            if ((size_t)(le - hs) == strlen(heredoc[0]) && memcmp(hs, heredoc[0], (size_t)(le - hs)) == 0) {
                memmove(heredoc, heredoc + 1, sizeof heredoc - sizeof heredoc[0]);
                nheredoc--;
            }
            continue;
        }
        if (directives) {
            char name[32];
            const char *v, *ve;
            if (read_directive(ls, le, name, sizeof name, &v, &ve)) {
                if (strcmp(name, "escape") == 0) {
                    if (ve - v == 1 && (*v == '\\' || *v == '`'))
                        df->escape = *v;
                    else
                        set_error(df, lineno, "invalid escape directive (must be \\ or `)");
                }
                continue;
            }
            directives = false;
        }
        const char *t = ls;
        while (t < le && (*t == ' ' || *t == '\t'))
            t++;
        if (t < le && *t == '#')
            continue;                 /* comments vanish, also inside a continuation */
        if (is_blank(ls, le))
            continue;                 /* blank lines too */
        const char *te = le;
        while (te > ls && (te[-1] == ' ' || te[-1] == '\t'))
            te--;
        bool cont = te > ls && te[-1] == df->escape;
        if (!logical_line)
            logical_line = lineno;
        buf_append(&logical, ls, (size_t)((cont ? te - 1 : le) - ls));
        if (cont) {
            buf_putc(&logical, ' ');
            continue;
        }
        add_instruction(&r, logical.data, logical.len, logical_line);
        nheredoc = find_heredocs(logical.data, heredoc, HEREDOC_MAX);
        logical.len = 0;
        logical_line = 0;
    }
    if (nheredoc)
        set_error(df, lineno, arena_printf(a, "heredoc '%s' is not terminated", heredoc[0]));
    if (logical_line) {
        set_error(df, logical_line, "line continuation is not terminated before the end of the file");
        add_instruction(&r, logical.data ? logical.data : "", logical.len, logical_line);
    }
    buf_free(&logical);
    if (logical.failed)
        r.oom = true;
    df->instr = r.instr.data ? ARENA_ARRAY(a, DockerInstr, r.instr.len) : NULL;
    if (df->instr)
        memcpy(df->instr, r.instr.data, r.instr.len * sizeof(DockerInstr));
    df->ninstr = df->instr ? r.instr.len : 0;
    vec_free(&r.instr);
    /* Stages: each FROM opens one; instructions before the first FROM (ARG) belong to none. */
    uint32_t nfrom = 0;
    for (uint32_t i = 0; i < df->ninstr; i++)
        nfrom += strcmp(df->instr[i].keyword, "FROM") == 0;
    df->stages = ARENA_ARRAY(a, DockerStage, nfrom ? nfrom : 1);
    if (!df->stages)
        return NULL;
    for (uint32_t i = 0; i < df->ninstr; i++) {
        const DockerInstr *in = &df->instr[i];
        if (strcmp(in->keyword, "FROM") == 0) {
            DockerStage *st = &df->stages[df->nstages++];
            st->first = i;
            st->image = in->argc > 0 ? in->argv[0] : "";
            if (in->argc >= 3 && strcasecmp(in->argv[1], "AS") == 0)
                st->name = in->argv[2];
            else if (in->argc != 1)
                set_error(df, in->line, "FROM takes an image and an optional 'AS name'");
        } else if (df->nstages == 0 && strcmp(in->keyword, "ARG") != 0) {
            set_error(df, in->line, arena_printf(a, "%s before the first FROM", in->keyword));
        }
        if (df->nstages)
            df->stages[df->nstages - 1].count = i - df->stages[df->nstages - 1].first + 1;
    }
    if (df->nstages == 0 && !df->error)
        set_error(df, 1, "no FROM instruction");
    return r.oom ? NULL : df;
}

const char *docker_flag(const DockerInstr *in, const char *name)
{
    size_t n = strlen(name);
    for (uint32_t i = 0; i < in->nflags; i++)
        if (strncmp(in->flags[i], name, n) == 0 && (in->flags[i][n] == '=' || in->flags[i][n] == 0))
            return in->flags[i][n] == '=' ? in->flags[i] + n + 1 : "";
    return NULL;
}
