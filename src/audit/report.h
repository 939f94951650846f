/* report.h: the audit's output formats: text, repo-review JSON, SARIF 2.1.0 and a self-contained HTML page. */
#ifndef SNIPE_AUDIT_REPORT_H
#define SNIPE_AUDIT_REPORT_H

#include <stdbool.h>

#include "audit/audit.h"
#include "util/str.h"

typedef struct AuditReport {
    const Project *project;
    const AuditSelection *sel;
    const AuditResult *results;   /* CHECK__COUNT entries */
    const char *root_display;     /* the root as shown to the user */
    int passed, failed, skipped;  /* over the selected checks */
} AuditReport;

/* Count the selected results into rep->passed / failed / skipped. */
void report_count(AuditReport *rep);

void report_text(Buf *out, const AuditReport *rep, bool color);
void report_json(Buf *out, const AuditReport *rep);
void report_sarif(Buf *out, const AuditReport *rep);
void report_html(Buf *out, const AuditReport *rep);

/* Append s with HTML escaping (& < > " '). */
void buf_html_escape(Buf *b, const char *s);

#endif
