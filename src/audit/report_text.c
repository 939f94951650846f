/* report_text.c: the terminal report, grouped by family, with marks, colours, fixes and a count. */
#include "audit/report.h"

#define C_RESET "\033[0m"
#define C_GREEN "\033[32m"
#define C_RED "\033[31m"
#define C_DIM "\033[2m"
#define C_BOLD "\033[1m"

void report_count(AuditReport *rep)
{
    rep->passed = rep->failed = rep->skipped = 0;
    for (int i = 0; i < CHECK__COUNT; i++) {
        if (!rep->sel->selected[i])
            continue;
        switch (rep->results[i].status) {
        case AUDIT_PASS: rep->passed++; break;
        case AUDIT_FAIL: rep->failed++; break;
        case AUDIT_SKIP: rep->skipped++; break;
        }
    }
}

static const char *kind_name(ProjectKind k)
{
    return k == KIND_APPLICATION ? "application" : "library";
}

void report_text(Buf *out, const AuditReport *rep, bool color)
{
    const Project *p = rep->project;
    const char *on = color ? C_BOLD : "", *off = color ? C_RESET : "";
    buf_printf(out, "%ssnipe audit%s %s (%s, %s)\n", on, off, rep->root_display, kind_name(p->kind),
               p->package_dir ? (p->src_layout ? "src layout" : "flat layout") : "no package found");
    for (int f = 0; f < FAM__COUNT; f++) {
        bool header = false;
        for (int i = 0; i < CHECK__COUNT; i++) {
            const AuditCheck *c = &audit_checks[i];
            const AuditResult *r = &rep->results[i];
            if (c->family != (AuditFamily)f || !rep->sel->selected[i])
                continue;
            if (!header) {
                buf_printf(out, "\n%s%s%s\n", on, audit_families[f].name, off);
                header = true;
            }
            switch (r->status) {
            case AUDIT_PASS:
                buf_printf(out, "  %s✓%s %s %s\n", color ? C_GREEN : "", off, c->id, c->title);
                break;
            case AUDIT_SKIP:
                buf_printf(out, "  %s- %s %s (%s: %s)%s\n", color ? C_DIM : "", c->id, c->title,
                           r->ignored ? "ignored" : "skipped", r->message ? r->message : "does not apply", off);
                break;
            case AUDIT_FAIL:
                buf_printf(out, "  %s✗%s %s %s\n", color ? C_RED : "", off, c->id, c->title);
                buf_printf(out, "      %s\n", r->message ? r->message : "failed");
                buf_printf(out, "      %ssee snipe audit --explain %s%s\n", color ? C_DIM : "", c->id, off);
                break;
            }
        }
    }
    buf_printf(out, "\n%s%d passed, %d failed, %d skipped%s\n", rep->failed ? (color ? C_RED : "") : (color ? C_GREEN : ""),
               rep->passed, rep->failed, rep->skipped, off);
}
