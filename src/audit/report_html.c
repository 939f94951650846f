/* report_html.c: one self-contained HTML page (inline CSS, no scripts, nothing fetched). */
#include "audit/report.h"


void buf_html_escape(Buf *b, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '&': buf_puts(b, "&amp;"); break;
        case '<': buf_puts(b, "&lt;"); break;
        case '>': buf_puts(b, "&gt;"); break;
        case '"': buf_puts(b, "&quot;"); break;
        case '\'': buf_puts(b, "&#39;"); break;
        default: buf_putc(b, *s);
        }
    }
}

static const char STYLE[] =
    "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}"
    "h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #d0d7de}"
    "table{border-collapse:collapse;width:100%}td{padding:.35rem .5rem;vertical-align:top;border-bottom:1px solid #eee}"
    ".mark{width:1.5rem;font-weight:bold}.pass .mark{color:#1a7f37}.fail .mark{color:#cf222e}"
    ".skip{color:#6e7781}.id{font-family:ui-monospace,monospace;white-space:nowrap}"
    ".msg{font-size:.9rem}.summary{font-size:1.1rem;padding:.5rem 1rem;border-radius:6px;background:#f6f8fa}"
    "pre{white-space:pre-wrap;font-size:.8rem;color:#57606a;margin:.3rem 0 0}";

void report_html(Buf *out, const AuditReport *rep)
{
    Arena *a = rep->project->arena;
    buf_puts(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>snipe audit: ");
    buf_html_escape(out, rep->root_display);
    buf_printf(out, "</title>\n<style>%s</style>\n</head>\n<body>\n<h1>snipe audit: ", STYLE);
    buf_html_escape(out, rep->root_display);
    buf_printf(out, "</h1>\n<p class=\"summary\">%d passed, %d failed, %d skipped</p>\n", rep->passed, rep->failed,
               rep->skipped);
    for (int f = 0; f < FAM__COUNT; f++) {
        bool header = false;
        for (int i = 0; i < CHECK__COUNT; i++) {
            const AuditCheck *c = &audit_checks[i];
            const AuditResult *r = &rep->results[i];
            if (c->family != (AuditFamily)f || !rep->sel->selected[i])
                continue;
            if (!header) {
                buf_puts(out, "<section>\n<h2>");
                buf_html_escape(out, audit_families[f].name);
                buf_puts(out, "</h2>\n<table>\n");
                header = true;
            }
            const char *cls = r->status == AUDIT_PASS ? "pass" : r->status == AUDIT_FAIL ? "fail" : "skip";
            const char *mark = r->status == AUDIT_PASS ? "&#10003;" : r->status == AUDIT_FAIL ? "&#10007;" : "&#8211;";
            buf_printf(out, "<tr class=\"%s\"><td class=\"mark\">%s</td><td class=\"id\"><a href=\"", cls, mark);
            buf_html_escape(out, audit_check_url(a, c));
            buf_printf(out, "\">%s</a></td><td>", c->id);
            buf_html_escape(out, c->title);
            if (r->status != AUDIT_PASS && r->message) {
                buf_puts(out, "<div class=\"msg\">");
                if (r->status == AUDIT_SKIP)
                    buf_puts(out, r->ignored ? "ignored: " : "skipped: ");
                buf_html_escape(out, r->message);
                buf_puts(out, "</div>");
            }
            if (r->status == AUDIT_FAIL) {
                buf_puts(out, "<details><summary>why and how to fix</summary><pre>");
                buf_html_escape(out, c->doc);
                buf_puts(out, "</pre></details>");
            }
            buf_puts(out, "</td></tr>\n");
        }
        if (header)
            buf_puts(out, "</table>\n</section>\n");
    }
    buf_puts(out, "</body>\n</html>\n");
}
