/* report_json.c: repo-review's JSON shape ({"status", "families", "checks"}) and SARIF 2.1.0. */
#include "audit/report.h"

#include <string.h>

static void jstr(Buf *b, const char *s)
{
    buf_putc(b, '"');
    buf_json_escape(b, s ? s : "", s ? strlen(s) : 0);
    buf_putc(b, '"');
}

void report_json(Buf *out, const AuditReport *rep)
{
    Arena *a = rep->project->arena;
    buf_puts(out, "{\n  \"status\": ");
    jstr(out, "ok");
    buf_puts(out, ",\n  \"families\": {");
    bool first = true;
    for (int f = 0; f < FAM__COUNT; f++) {
        bool used = false;
        for (int i = 0; i < CHECK__COUNT; i++)
            used |= rep->sel->selected[i] && audit_checks[i].family == (AuditFamily)f;
        if (!used)
            continue;
        buf_puts(out, first ? "\n    " : ",\n    ");
        first = false;
        jstr(out, audit_families[f].key);
        buf_puts(out, ": {\"name\": ");
        jstr(out, audit_families[f].name);
        buf_puts(out, ", \"description\": ");
        jstr(out, audit_families[f].description);
        buf_puts(out, "}");
    }
    buf_puts(out, first ? "},\n  \"checks\": {" : "\n  },\n  \"checks\": {");
    first = true;
    for (int i = 0; i < CHECK__COUNT; i++) {
        if (!rep->sel->selected[i])
            continue;
        const AuditCheck *c = &audit_checks[i];
        const AuditResult *r = &rep->results[i];
        buf_puts(out, first ? "\n    " : ",\n    ");
        first = false;
        jstr(out, c->id);
        buf_puts(out, ": {\"family\": ");
        jstr(out, audit_families[c->family].key);
        buf_puts(out, ", \"description\": ");
        jstr(out, c->title);
        buf_puts(out, ", \"result\": ");
        buf_puts(out, r->status == AUDIT_PASS ? "true" : r->status == AUDIT_FAIL ? "false" : "null");
        buf_puts(out, ", \"err_msg\": ");
        jstr(out, r->status == AUDIT_PASS ? "" : r->ignored ? arena_printf(a, "ignored: %s", r->message) : r->message);
        buf_puts(out, ", \"url\": ");
        jstr(out, audit_check_url(a, c));
        buf_puts(out, "}");
    }
    buf_puts(out, first ? "}\n}\n" : "\n  }\n}\n");
}

void report_sarif(Buf *out, const AuditReport *rep)
{
    Arena *a = rep->project->arena;
    buf_puts(out, "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
                  "  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n      \"tool\": {\n        \"driver\": {\n"
                  "          \"name\": \"snipe-audit\",\n"
                  "          \"informationUri\": ");
    jstr(out, audit_check_url(a, &audit_checks[0]));
    buf_puts(out, ",\n          \"rules\": [");
    for (int i = 0; i < CHECK__COUNT; i++) {
        const AuditCheck *c = &audit_checks[i];
        buf_puts(out, i ? ",\n            {" : "\n            {");
        buf_puts(out, "\"id\": ");
        jstr(out, c->id);
        buf_puts(out, ", \"name\": ");
        jstr(out, c->title);
        buf_puts(out, ", \"shortDescription\": {\"text\": ");
        jstr(out, c->title);
        buf_puts(out, "}, \"fullDescription\": {\"text\": ");
        jstr(out, c->doc);
        buf_puts(out, "}, \"helpUri\": ");
        jstr(out, audit_check_url(a, c));
        buf_puts(out, ", \"defaultConfiguration\": {\"level\": \"error\"}}");
    }
    buf_puts(out, "\n          ]\n        }\n      },\n      \"results\": [");
    bool first = true;
    const char *fallback = rep->project->pyproject.file ? rep->project->pyproject.file : NULL;
    for (int i = 0; i < CHECK__COUNT; i++) {
        const AuditResult *r = &rep->results[i];
        if (!rep->sel->selected[i] || r->status != AUDIT_FAIL)
            continue;
        buf_puts(out, first ? "\n        {" : ",\n        {");
        first = false;
        buf_puts(out, "\"ruleId\": ");
        jstr(out, audit_checks[i].id);
        buf_printf(out, ", \"ruleIndex\": %d, \"level\": \"error\", \"message\": {\"text\": ", i);
        jstr(out, r->message);
        buf_puts(out, "}");
        const char *file = r->file ? r->file : fallback;
        if (file) {
            buf_puts(out, ", \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ");
            jstr(out, file);
            buf_puts(out, "}");
            if (r->line)
                buf_printf(out, ", \"region\": {\"startLine\": %u}", r->line);
            buf_puts(out, "}}]");
        }
        buf_puts(out, "}");
    }
    buf_puts(out, first ? "]\n    }\n  ]\n}\n" : "\n      ]\n    }\n  ]\n}\n");
}
