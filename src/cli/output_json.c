/* output_json.c: the JSON formats: Ruff's `json` array and `json-lines`, reviewdog's `rdjson`,
 * and GitLab's Code Quality report (`gitlab`) with Ruff's fingerprints. */
#include <stdlib.h>
#include <string.h>

#include "cli/output_common.h"

static const char *applicability_name(Applicability a)
{
    switch (a) {
    case APPLY_SAFE: return "safe";
    case APPLY_UNSAFE: return "unsafe";
    case APPLY_DISPLAY_ONLY: return "displayonly";
    }
    return "safe";
}

/* One diagnostic as Ruff's JSON object; keys in serde_json's sorted order. */
static void json_item(JsonW *w, const OutputOptions *o, const OutputItem *it, Buf *tmp)
{
    const Diagnostic *d = it->diag;
    OutLoc s = out_loc(it, d->start), e = out_loc(it, d->end);
    jw_begin_object(w);
    jw_key(w, "cell");
    jw_null(w);
    jw_key(w, "code");
    if (d->rule != RULE__COUNT)
        jw_string(w, rule_table[d->rule].code);
    else if (o->preview)
        jw_null(w);
    else
        jw_string(w, "invalid-syntax");
    jw_key(w, "end_location");
    jw_loc(w, "column", e.col, "row", e.row);
    jw_key(w, "filename");
    tmp->len = 0;
    out_abs_path(o, it->file->display, tmp);
    jw_string_n(w, tmp->data ? tmp->data : "", tmp->len);
    jw_key(w, "fix");
    const Fix *fix = out_fix(it);
    if (!fix) {
        jw_null(w);
    } else {
        jw_begin_object(w);
        jw_key(w, "applicability");
        jw_string(w, applicability_name(fix->applicability));
        jw_key(w, "edits");
        jw_begin_array(w);
        for (uint32_t i = 0; i < fix->nedits; i++) {
            const Edit *ed = &fix->edits[i];
            OutLoc es = out_loc(it, ed->start), ee = out_loc(it, ed->end);
            jw_begin_object(w);
            jw_key(w, "content");
            jw_string(w, ed->content ? ed->content : "");
            jw_key(w, "end_location");
            jw_loc(w, "column", ee.col, "row", ee.row);
            jw_key(w, "location");
            jw_loc(w, "column", es.col, "row", es.row);
            jw_end_object(w);
        }
        jw_end_array(w);
        jw_key(w, "message");
        if (d->fix_title)
            jw_string(w, d->fix_title);
        else
            jw_null(w);
        jw_end_object(w);
    }
    jw_key(w, "location");
    jw_loc(w, "column", s.col, "row", s.row);
    jw_key(w, "message");
    jw_string(w, d->message);
    jw_key(w, "name");
    jw_string(w, out_name(d));
    jw_key(w, "noqa_row");
    if (d->rule == RULE__COUNT)
        jw_null(w);
    else
        jw_uint(w, out_loc(it, d->noqa_offset).row);
    jw_key(w, "severity");
    jw_string(w, "error");
    jw_key(w, "url");
    tmp->len = 0;
    if (out_url(d, tmp))
        jw_string_n(w, tmp->data, tmp->len);
    else
        jw_null(w);
    jw_end_object(w);
}

bool output_json(FILE *out, const OutputOptions *o, const OutputItem *items, size_t n, bool lines)
{
    Buf b = {0}, tmp = {0};
    bool ok = true;
    if (lines) {
        for (size_t i = 0; i < n && ok; i++) {
            JsonW w = {.b = &b, .pretty = false};
            json_item(&w, o, &items[i], &tmp);
            buf_putc(&b, '\n');
            if (b.len > 1 << 16) {
                ok = out_flush_buf(out, &b);
                b.len = 0;
            }
        }
    } else {
        JsonW w = {.b = &b, .pretty = true};
        jw_begin_array(&w);
        for (size_t i = 0; i < n; i++)
            json_item(&w, o, &items[i], &tmp);
        jw_end_array(&w);
    }
    ok = ok && out_flush_buf(out, &b);
    buf_free(&b);
    buf_free(&tmp);
    return ok;
}

static void rd_range(JsonW *w, OutLoc s, OutLoc e)
{
    jw_begin_object(w);
    jw_key(w, "end");
    jw_loc(w, "column", e.col, "line", e.row);
    jw_key(w, "start");
    jw_loc(w, "column", s.col, "line", s.row);
    jw_end_object(w);
}

bool output_rdjson(FILE *out, const OutputOptions *o, const OutputItem *items, size_t n)
{
    Buf b = {0}, tmp = {0};
    JsonW w = {.b = &b, .pretty = true};
    jw_begin_object(&w);
    jw_key(&w, "diagnostics");
    jw_begin_array(&w);
    for (size_t i = 0; i < n; i++) {
        const OutputItem *it = &items[i];
        const Diagnostic *d = it->diag;
        jw_begin_object(&w);
        jw_key(&w, "code");
        jw_begin_object(&w);
        tmp.len = 0;
        if (out_url(d, &tmp)) {
            jw_key(&w, "url");
            jw_string_n(&w, tmp.data, tmp.len);
        }
        jw_key(&w, "value");
        jw_string(&w, out_code(o, d));
        jw_end_object(&w);
        jw_key(&w, "location");
        jw_begin_object(&w);
        jw_key(&w, "path");
        tmp.len = 0;
        out_abs_path(o, it->file->display, &tmp);
        jw_string_n(&w, tmp.data ? tmp.data : "", tmp.len);
        jw_key(&w, "range");
        rd_range(&w, out_loc(it, d->start), out_loc(it, d->end));
        jw_end_object(&w);
        jw_key(&w, "message");
        jw_string(&w, d->message);
        const Fix *fix = out_fix(it);
        if (fix && fix->nedits) {
            jw_key(&w, "suggestions");
            jw_begin_array(&w);
            for (uint32_t k = 0; k < fix->nedits; k++) {
                jw_begin_object(&w);
                jw_key(&w, "range");
                rd_range(&w, out_loc(it, fix->edits[k].start), out_loc(it, fix->edits[k].end));
                jw_key(&w, "text");
                jw_string(&w, fix->edits[k].content ? fix->edits[k].content : "");
                jw_end_object(&w);
            }
            jw_end_array(&w);
        }
        jw_end_object(&w);
    }
    jw_end_array(&w);
    jw_key(&w, "severity");
    jw_string(&w, "WARNING");
    jw_key(&w, "source");
    jw_begin_object(&w);
    jw_key(&w, "name");
    jw_string(&w, OUTPUT_PROGRAM);
    jw_key(&w, "url");
    jw_string(&w, OUTPUT_DOCS_URL);
    jw_end_object(&w);
    jw_end_object(&w);
    bool ok = out_flush_buf(out, &b);
    buf_free(&b);
    buf_free(&tmp);
    return ok;
}

/* `path` relative to the directory `base` (both absolute), as pathdiff computes it. */
static void relative_to(const char *path, const char *base, Buf *out)
{
    size_t i = 0, last_sep = 0;
    while (path[i] && base[i] && path[i] == base[i]) {
        if (path[i] == '/')
            last_sep = i;
        i++;
    }
    const char *rest;
    const char *brest;
    if (base[i] == 0 && (path[i] == '/' || path[i] == 0)) {
        rest = path[i] == '/' ? path + i + 1 : path + i;
        brest = "";
    } else if (path[i] == 0 && base[i] == '/') {
        rest = "";
        brest = base + i + 1;
    } else {
        rest = path + last_sep + 1;
        brest = base + last_sep + 1;
    }
    bool first = true;
    for (const char *p = brest; *p;) {
        while (*p == '/')
            p++;
        if (!*p)
            break;
        buf_puts(out, first ? ".." : "/..");
        first = false;
        while (*p && *p != '/')
            p++;
    }
    if (*rest) {
        if (!first)
            buf_putc(out, '/');
        buf_puts(out, rest);
    }
}

bool output_gitlab(FILE *out, const OutputOptions *o, const OutputItem *items, size_t n)
{
    Buf b = {0}, path = {0}, tmp = {0};
    const char *project_dir = getenv("CI_PROJECT_DIR");
    /* Fingerprints in use: an open-addressing set (0 marks an empty slot; a zero fingerprint is
     * kept aside). */
    size_t cap = 16;
    while (cap < n * 2 + 2)
        cap *= 2;
    uint64_t *seen = calloc(cap, sizeof *seen);
    bool zero_seen = false;
    if (!seen)
        return false;
    JsonW w = {.b = &b, .pretty = true};
    jw_begin_array(&w);
    for (size_t i = 0; i < n; i++) {
        const OutputItem *it = &items[i];
        const Diagnostic *d = it->diag;
        path.len = 0;
        if (project_dir) {
            tmp.len = 0;
            out_abs_path(o, it->file->display, &tmp);
            relative_to(tmp.data ? tmp.data : "", project_dir, &path);
        } else {
            buf_puts(&path, it->file->display);
        }
        const char *p = path.data ? path.data : "";
        uint64_t fp = out_gitlab_fingerprint(0, out_name(d), p);
        for (;;) {
            bool dup;
            size_t h = (size_t)(fp ^ (fp >> 29)) & (cap - 1);
            if (fp == 0) {
                dup = zero_seen;
            } else {
                while (seen[h] && seen[h] != fp)
                    h = (h + 1) & (cap - 1);
                dup = seen[h] == fp;
            }
            if (!dup) {
                if (fp == 0)
                    zero_seen = true;
                else
                    seen[h] = fp;
                break;
            }
            fp = out_gitlab_fingerprint(fp, out_name(d), p);
        }
        OutLoc s = out_loc(it, d->start), e = out_loc(it, d->end);
        jw_begin_object(&w);
        jw_key(&w, "check_name");
        jw_string(&w, out_code(o, d));
        jw_key(&w, "description");
        tmp.len = 0;
        buf_printf(&tmp, "%s: %s", out_code(o, d), d->message);
        jw_string_n(&w, tmp.data ? tmp.data : "", tmp.len);
        jw_key(&w, "severity");
        jw_string(&w, "major");
        jw_key(&w, "fingerprint");
        tmp.len = 0;
        buf_printf(&tmp, "%llx", (unsigned long long)fp);
        jw_string_n(&w, tmp.data ? tmp.data : "", tmp.len);
        jw_key(&w, "location");
        jw_begin_object(&w);
        jw_key(&w, "path");
        jw_string(&w, p);
        jw_key(&w, "positions");
        jw_begin_object(&w);
        jw_key(&w, "begin");
        jw_loc(&w, "line", s.row, "column", s.col);
        jw_key(&w, "end");
        jw_loc(&w, "line", e.row, "column", e.col);
        jw_end_object(&w);
        jw_end_object(&w);
        jw_end_object(&w);
    }
    jw_end_array(&w);
    bool ok = out_flush_buf(out, &b);
    free(seen);
    buf_free(&b);
    buf_free(&path);
    buf_free(&tmp);
    return ok;
}

/* SipHash-1-3 with zero keys over a byte stream, as Rust's DefaultHasher. */
typedef struct Sip {
    uint64_t v0, v1, v2, v3;
    uint64_t tail;
    unsigned ntail;
    uint64_t len;
} Sip;

static inline uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

static void sip_round(Sip *s)
{
    s->v0 += s->v1, s->v1 = rotl(s->v1, 13), s->v1 ^= s->v0, s->v0 = rotl(s->v0, 32);
    s->v2 += s->v3, s->v3 = rotl(s->v3, 16), s->v3 ^= s->v2;
    s->v0 += s->v3, s->v3 = rotl(s->v3, 21), s->v3 ^= s->v0;
    s->v2 += s->v1, s->v1 = rotl(s->v1, 17), s->v1 ^= s->v2, s->v2 = rotl(s->v2, 32);
}

static void sip_init(Sip *s)
{
    *s = (Sip){.v0 = 0x736f6d6570736575ULL, .v1 = 0x646f72616e646f6dULL, .v2 = 0x6c7967656e657261ULL,
               .v3 = 0x7465646279746573ULL};
}

static void sip_write(Sip *s, const void *data, size_t n)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++) {
        s->tail |= (uint64_t)p[i] << (8 * s->ntail);
        s->len++;
        if (++s->ntail == 8) {
            s->v3 ^= s->tail;
            sip_round(s);
            s->v0 ^= s->tail;
            s->tail = 0;
            s->ntail = 0;
        }
    }
}

static uint64_t sip_finish(Sip *s)
{
    uint64_t b = (s->len & 0xff) << 56 | s->tail;
    s->v3 ^= b;
    sip_round(s);
    s->v0 ^= b;
    s->v2 ^= 0xff;
    sip_round(s);
    sip_round(s);
    sip_round(s);
    return s->v0 ^ s->v1 ^ s->v2 ^ s->v3;
}

uint64_t out_gitlab_fingerprint(uint64_t salt, const char *name, const char *path)
{
    Sip s;
    sip_init(&s);
    unsigned char le[8];
    for (int i = 0; i < 8; i++)
        le[i] = (unsigned char)(salt >> (8 * i));
    static const unsigned char ff = 0xff;
    sip_write(&s, le, 8);
    sip_write(&s, name, strlen(name));
    sip_write(&s, &ff, 1);
    sip_write(&s, path, strlen(path));
    sip_write(&s, &ff, 1);
    return sip_finish(&s);
}
