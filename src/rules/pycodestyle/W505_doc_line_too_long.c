/* W505_doc_line_too_long.c: comment and docstring lines longer than `max-doc-length`. */
#include "pcs_report.h"

void rule_doc_line_too_long(Checker *ck, const Line *line)
{
    if (ck->settings->max_doc_length == 0)
        return;
    (void)line;
}
