/* output_sarif.c: the SARIF 2.1.0 log as Ruff writes it: one run, the tool driver with the rules
 * that were reported, and one result per diagnostic with its fix. */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/output_common.h"

/* A file:// URI for an absolute path, percent-encoding as the `url` crate does for paths. */
static void file_uri(Buf *b, const char *abs)
{
    static const char hex[] = "0123456789ABCDEF";
    buf_puts(b, "file://");
    for (const unsigned char *p = (const unsigned char *)abs; *p; p++) {
        unsigned char c = *p;
        bool enc = c <= 0x20 || c >= 0x7f || strchr("\"#<>?`{}%", c) != NULL;
        if (enc) {
            char e[3] = {'%', hex[c >> 4], hex[c & 15]};
            buf_append(b, e, 3);
        } else {
            buf_putc(b, (char)c);
        }
    }
}

static void region(JsonW *w, OutLoc s, OutLoc e)
{
    jw_begin_object(w);
    jw_key(w, "endColumn");
    jw_uint(w, e.col);
    jw_key(w, "endLine");
    jw_uint(w, e.row);
    jw_key(w, "startColumn");
    jw_uint(w, s.col);
    jw_key(w, "startLine");
    jw_uint(w, s.row);
    jw_end_object(w);
}

static void text(JsonW *w, const char *key, const char *value)
{
    jw_key(w, key);
    jw_begin_object(w);
    jw_key(w, "text");
    if (value)
        jw_string(w, value);
    else
        jw_null(w);
    jw_end_object(w);
}

static void result(JsonW *w, const OutputOptions *o, const OutputItem *it, Buf *uri)
{
    const Diagnostic *d = it->diag;
    jw_begin_object(w);
    const Fix *fix = out_fix(it);
    if (fix) {
        jw_key(w, "fixes");
        jw_begin_array(w);
        jw_begin_object(w);
        jw_key(w, "artifactChanges");
        jw_begin_array(w);
        jw_begin_object(w);
        jw_key(w, "artifactLocation");
        jw_begin_object(w);
        jw_key(w, "uri");
        jw_string_n(w, uri->data, uri->len);
        jw_end_object(w);
        jw_key(w, "replacements");
        jw_begin_array(w);
        for (uint32_t k = 0; k < fix->nedits; k++) {
            const Edit *ed = &fix->edits[k];
            jw_begin_object(w);
            jw_key(w, "deletedRegion");
            region(w, out_loc(it, ed->start), out_loc(it, ed->end));
            if (ed->content && *ed->content)
                text(w, "insertedContent", ed->content);
            jw_end_object(w);
        }
        jw_end_array(w);
        jw_end_object(w);
        jw_end_array(w);
        text(w, "description", d->fix_title);
        jw_end_object(w);
        jw_end_array(w);
    }
    jw_key(w, "level");
    jw_string(w, "error");
    jw_key(w, "locations");
    jw_begin_array(w);
    jw_begin_object(w);
    jw_key(w, "physicalLocation");
    jw_begin_object(w);
    jw_key(w, "artifactLocation");
    jw_begin_object(w);
    jw_key(w, "uri");
    jw_string_n(w, uri->data, uri->len);
    jw_end_object(w);
    jw_key(w, "region");
    region(w, out_loc(it, d->start), out_loc(it, d->end));
    jw_end_object(w);
    jw_end_object(w);
    jw_end_array(w);
    text(w, "message", d->message);
    jw_key(w, "ruleId");
    jw_string(w, out_code(o, d));
    jw_end_object(w);
}

static void rule(JsonW *w, const OutputOptions *o, RuleId r)
{
    const RuleInfo *ri = &rule_table[r];
    const char *id = o->preview ? ri->name : ri->code;
    jw_begin_object(w);
    if (ri->doc && ri->doc->explanation)
        text(w, "fullDescription", ri->doc->explanation);
    text(w, "help", ri->doc ? ri->doc->summary : "");
    Buf url = {0};
    buf_printf(&url, "%s%s", OUTPUT_RULES_URL, ri->name);
    jw_key(w, "helpUri");
    jw_string_n(w, url.data ? url.data : "", url.len);
    buf_free(&url);
    jw_key(w, "id");
    jw_string(w, id);
    jw_key(w, "properties");
    jw_begin_object(w);
    jw_key(w, "id");
    jw_string(w, id);
    jw_key(w, "kind");
    if (o->preview)
        jw_null(w);
    else
        jw_string(w, linter_table[ri->linter].name);
    jw_key(w, "name");
    jw_string(w, ri->name);
    jw_key(w, "problem.severity");
    jw_string(w, "error");
    jw_end_object(w);
    text(w, "shortDescription", ri->doc ? ri->doc->summary : "");
    jw_end_object(w);
}

static int cmp_rule_id(const void *a, const void *b, void *ctx)
{
    const OutputOptions *o = ctx;
    RuleId x = *(const RuleId *)a, y = *(const RuleId *)b;
    const char *sx = o->preview ? rule_table[x].name : rule_table[x].code;
    const char *sy = o->preview ? rule_table[y].name : rule_table[y].code;
    return strcmp(sx, sy);
}

bool output_sarif(FILE *out, const OutputOptions *o, const OutputItem *items, size_t n)
{
    Buf b = {0}, path = {0}, uri = {0};
    JsonW w = {.b = &b, .pretty = true};
    jw_begin_object(&w);
    jw_key(&w, "$schema");
    jw_string(&w, "https://json.schemastore.org/sarif-2.1.0.json");
    jw_key(&w, "runs");
    jw_begin_array(&w);
    jw_begin_object(&w);
    jw_key(&w, "results");
    jw_begin_array(&w);
    bool seen[RULE__COUNT + 1] = {0};
    for (size_t i = 0; i < n; i++) {
        if (i == 0 || items[i].file != items[i - 1].file) {
            path.len = 0;
            uri.len = 0;
            out_abs_path(o, items[i].file->display, &path);
            file_uri(&uri, path.data ? path.data : "");
        }
        result(&w, o, &items[i], &uri);
        seen[items[i].diag->rule] = true;
    }
    jw_end_array(&w);
    jw_key(&w, "tool");
    jw_begin_object(&w);
    jw_key(&w, "driver");
    jw_begin_object(&w);
    jw_key(&w, "informationUri");
    jw_string(&w, "https://github.com/astral-sh/ruff");
    jw_key(&w, "name");
    jw_string(&w, OUTPUT_PROGRAM);
    jw_key(&w, "rules");
    jw_begin_array(&w);
    RuleId ids[RULE__COUNT + 1];
    size_t nids = 0;
    for (int r = 0; r < RULE__COUNT; r++)
        if (seen[r])
            ids[nids++] = (RuleId)r;
    qsort_r(ids, nids, sizeof ids[0], cmp_rule_id, (void *)o);
    for (size_t k = 0; k < nids; k++)
        rule(&w, o, ids[k]);
    jw_end_array(&w);
    jw_key(&w, "version");
    jw_string(&w, SNIPE_VERSION);
    jw_end_object(&w);
    jw_end_object(&w);
    jw_end_object(&w);
    jw_end_array(&w);
    jw_key(&w, "version");
    jw_string(&w, "2.1.0");
    jw_end_object(&w);
    bool ok = out_flush_buf(out, &b);
    buf_free(&b);
    buf_free(&path);
    buf_free(&uri);
    return ok;
}
