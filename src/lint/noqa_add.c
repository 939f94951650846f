/* noqa_add.c: `--add-noqa`: which lines need a directive, the text with them added, and the safe
 * rewrite of the file (temporary file in the same directory, then rename). */
#include "noqa_add.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lint/checker.h"
#include "lint/noqa.h"
#include "syntax/lexer.h"
#include "util/utf8.h"

/* One line that gets a directive. */
typedef struct AddLine {
    uint32_t line;                /* offset of the line start */
    const NoqaDirective *existing;/* the `# noqa: CODES` already there (of the first diagnostic) */
    const char *codes[64];
    int ncodes;
} AddLine;

static const char *line_ending_of(const SourceFile *src)
{
    for (uint32_t i = 0; i < src->len; i++) {
        if (src->text[i] == '\n')
            return "\n";
        if (src->text[i] == '\r')
            return i + 1 < src->len && src->text[i + 1] == '\n' ? "\r\n" : "\r";
    }
    return "\n";
}

static bool is_py_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }

static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

/* Start of the Unicode whitespace that ends text[start, end). */
static uint32_t trim_end(const char *text, uint32_t start, uint32_t end)
{
    while (end > start) {
        uint32_t j = end;
        if (!unicode_is_whitespace(utf8_prev(text, start, &j)))
            break;
        end = j;
    }
    return end;
}

static void write_edit(Buf *out, const SourceFile *src, const AddLine *l, const char *reason, const char *eol,
                       uint32_t *edit_start, uint32_t *edit_end)
{
    const char *t = src->text;
    uint32_t full_end = noqa_full_line_end(src, l->line);
    const char *all[128];
    int n = 0;
    for (int i = 0; i < l->ncodes; i++)
        all[n++] = l->codes[i];
    bool blank;
    if (l->existing) {
        uint32_t ds = l->existing->start;
        bool ws_only = true;
        for (uint32_t i = l->line; i < ds; i++)
            if (!is_py_ws(t[i]))
                ws_only = false;
        blank = ws_only;
        *edit_start = ws_only ? ds : trim_end(t, l->line, ds);
        for (uint32_t i = 0; i < l->existing->ncodes && n < 128; i++) {
            NoqaCode c = l->existing->codes[i];
            char *s = malloc(c.end - c.start + 1);
            if (!s)
                continue;
            memcpy(s, t + c.start, c.end - c.start);
            s[c.end - c.start] = 0;
            all[n++] = s;
        }
    } else {
        uint32_t te = trim_end(t, l->line, full_end);
        blank = true;
        for (uint32_t i = l->line; i < te; i++)
            if (!is_py_ws(t[i]))
                blank = false;
        *edit_start = te;
    }
    *edit_end = full_end;
    qsort(all, (size_t)n, sizeof all[0], cmp_str);
    buf_puts(out, blank ? "# noqa: " : "  # noqa: ");
    for (int i = 0; i < n; i++)
        buf_printf(out, "%s%s", i ? ", " : "", all[i]);
    if (reason)
        buf_printf(out, " %s", reason);
    buf_puts(out, eol);
    /* Free the copies of the existing codes (the first l->ncodes are static strings). */
    for (int i = 0; i < n; i++) {
        bool mine = true;
        for (int k = 0; k < l->ncodes; k++)
            if (all[i] == l->codes[k])
                mine = false;
        if (mine)
            free((void *)all[i]);
    }
}

bool noqa_add_text(Arena *a, const SourceFile *src, const DiagVec *diags, const char *reason, bool preview, Buf *out,
                   uint32_t *count)
{
    *count = 0;
    TokenList tl = {0};
    SyntaxErrors errs = {0};
    PyTokens toks;
    if (!lex_source(a, src->text, src->len, &tl, &errs) || !pytokens_from_tokens(a, src->text, src->len, &tl, &toks))
        return false;
    NoqaFile *nf = noqa_file_build(a, src, &toks);
    if (!nf)
        return false;
    nf->preview = preview;
    AddLine *lines = ARENA_ARRAY(a, AddLine, diags->len ? diags->len : 1);
    if (!lines)
        return false;
    uint32_t nl = 0;
    for (uint32_t i = 0; i < diags->len; i++) {
        const Diagnostic *d = &diags->data[i];
        if (d->rule == RULE__COUNT)
            continue;
        const char *code = rule_table[d->rule].code;
        if (nf->exempt_all || ruleset_has(&nf->exempt, d->rule))
            continue;
        if (noqa_range_suppresses(nf, d->rule, d->start, d->end))
            continue;
        if (d->noqa_parent) { /* a directive on the parent statement's line covers it too */
            const NoqaLine *pl = noqa_find_line(nf, noqa_resolve(nf, d->noqa_parent - 1));
            if (pl && (pl->d.kind == NOQA_ALL || noqa_directive_includes(src, &pl->d, code)))
                continue;
        }
        uint32_t off = noqa_resolve(nf, d->start);
        const NoqaLine *nl_dir = noqa_find_line(nf, off);
        const NoqaDirective *existing = NULL;
        if (nl_dir) {
            if (nl_dir->d.kind == NOQA_ALL || noqa_directive_includes(src, &nl_dir->d, code))
                continue;
            existing = &nl_dir->d;
        }
        uint32_t line = noqa_line_start(src, existing ? existing->start : off);
        /* Lines are few: a linear search keeps them in first-seen order, sorted below. */
        uint32_t k = 0;
        while (k < nl && lines[k].line != line)
            k++;
        if (k == nl) {
            memset(&lines[nl], 0, sizeof lines[nl]);
            lines[nl].line = line;
            lines[nl].existing = existing;
            nl++;
        }
        AddLine *l = &lines[k];
        bool have = false;
        for (int c = 0; c < l->ncodes; c++)
            if (strcmp(l->codes[c], code) == 0)
                have = true;
        if (!have && l->ncodes < 64)
            l->codes[l->ncodes++] = code;
    }
    /* By line, as the edits are applied in order. */
    for (uint32_t i = 1; i < nl; i++) {
        AddLine t = lines[i];
        uint32_t j = i;
        while (j > 0 && lines[j - 1].line > t.line) {
            lines[j] = lines[j - 1];
            j--;
        }
        lines[j] = t;
    }
    const char *eol = line_ending_of(src);
    uint32_t last = 0;
    for (uint32_t i = 0; i < nl; i++) {
        Buf piece = {0};
        uint32_t es, ee;
        write_edit(&piece, src, &lines[i], reason, eol, &es, &ee);
        if (es < last)
            es = last;
        buf_append(out, src->text + last, es - last);
        buf_append(out, piece.data ? piece.data : "", piece.len);
        buf_free(&piece);
        last = ee;
    }
    buf_append(out, src->text + last, src->len - last);
    *count = nl;
    return true;
}

/* Write `data` over `path` through a temporary file in the same directory. */
static int write_atomic(const char *path, const char *bom, const char *data, size_t len)
{
    size_t plen = strlen(path);
    char *tmp = malloc(plen + 32);
    if (!tmp)
        return ENOMEM;
    const char *slash = strrchr(path, '/');
    size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
    snprintf(tmp, plen + 32, "%.*s.%s.snipe-XXXXXX", (int)dirlen, path, path + dirlen);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        int e = errno;
        free(tmp);
        return e;
    }
    struct stat st;
    if (stat(path, &st) == 0)
        fchmod(fd, st.st_mode & 07777);
    int e = 0;
    if (bom && write(fd, bom, 3) != 3)
        e = errno ? errno : EIO;
    size_t off = 0;
    while (!e && off < len) {
        ssize_t w = write(fd, data + off, len - off);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            e = errno;
            break;
        }
        off += (size_t)w;
    }
    if (!e && fsync(fd) != 0)
        e = errno;
    if (close(fd) != 0 && !e)
        e = errno;
    if (!e && rename(tmp, path) != 0)
        e = errno;
    if (e)
        unlink(tmp);
    free(tmp);
    return e;
}

int noqa_add_file(const char *path, const LintSettings *settings, const char *reason, int *err)
{
    Arena a;
    arena_init(&a);
    size_t len;
    int rc = -1;
    char *text = read_file_all(&a, path, &len, err);
    uint32_t bad;
    SourceFile src;
    DiagVec diags = {0};
    Buf out = {0};
    uint32_t count = 0;
    if (!text)
        goto done;
    if (!utf8_valid(text, (uint32_t)len, &bad)) {
        *err = EILSEQ;
        goto done;
    }
    LintSettings s = *settings;
    s.ignore_noqa = true; /* every diagnostic, then skip the ones already suppressed */
    if (!source_init(&src, &a, path, text, (uint32_t)len) || !lint_source(&a, &src, &s, &diags) ||
        !noqa_add_text(&a, &src, &diags, reason, s.preview, &out, &count)) {
        *err = ENOMEM;
        goto done;
    }
    if (count) {
        int e = write_atomic(path, src.has_bom ? "\xEF\xBB\xBF" : NULL, out.data ? out.data : "", out.len);
        if (e) {
            *err = e;
            goto done;
        }
    }
    rc = (int)count;
done:
    buf_free(&out);
    vec_free(&diags);
    arena_free(&a);
    return rc;
}

int noqa_add_run(const LintJob *jobs, size_t n, const char *reason, FILE *msg)
{
    if (reason && strpbrk(reason, "\r\n")) {
        fprintf(msg, "snipe: error: --add-noqa <reason> cannot contain newline characters\n");
        return 2;
    }
    if (reason && !*reason)
        reason = NULL;
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        if (strcmp(jobs[i].path, "-") == 0)
            continue;
        int err = 0;
        int c = noqa_add_file(jobs[i].path, jobs[i].settings, reason, &err);
        if (c < 0)
            fprintf(msg, "error: Failed to add noqa directives to %s: %s\n", jobs[i].display,
                    err == EILSEQ ? "stream did not contain valid UTF-8" : strerror(err));
        else
            total += (size_t)c;
    }
    if (total)
        fprintf(msg, "Added %zu noqa directive%s.\n", total, total == 1 ? "" : "s");
    return 0;
}
