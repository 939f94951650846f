/* lint-dump.c: a measurement helper (not part of snipe): lints the files named on standard
 * input (one path a line) with only the --select rules and prints one JSON object a line, in
 * the shape of ../shared/oracle/ruff-oracle.mjs: file (relative to --root), code, row, col,
 * end_row, end_col, message, fix. Built by bench/compare-ruff.sh against build/obj. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config/settings.h"
#include "lint/runner.h"
#include "util/str.h"

int main(int argc, char **argv)
{
    LintSettings s;
    lint_settings_default(&s);
    const char *root = ".";
    bool edits = false;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--select") == 0 && i + 1 < argc) {
            char *list = strdup(argv[++i]);
            for (char *tok = strtok(list, ","); tok; tok = strtok(NULL, ",")) {
                Selector sel;
                if (!selector_parse(tok, &sel)) {
                    fprintf(stderr, "lint-dump: bad selector %s\n", tok);
                    return 2;
                }
                ruleset_union(&s.enabled, &sel.rules);
            }
            free(list);
        } else if (strcmp(argv[i], "--line-length") == 0 && i + 1 < argc) {
            s.line_length = (uint32_t)atoi(argv[++i]);
        } else if (strcmp(argv[i], "--edits") == 0) {
            edits = true;
        } else if (strcmp(argv[i], "--preview") == 0) {
            s.preview = true;
        } else if (strcmp(argv[i], "--root") == 0 && i + 1 < argc) {
            root = argv[++i];
        }
    }
    size_t rootlen = strlen(root);
    size_t n = 0, cap = 1024;
    LintJob *jobs = calloc(cap, sizeof *jobs);
    char line[8192];
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = 0;
        if (!*line)
            continue;
        if (n == cap)
            jobs = realloc(jobs, (cap *= 2) * sizeof *jobs);
        char *p = strdup(line);
        const char *disp = p;
        if (strncmp(p, root, rootlen) == 0 && p[rootlen] == '/')
            disp = p + rootlen + 1;
        jobs[n++] = (LintJob){.path = p, .display = disp, .settings = &s};
    }
    FileResult *res = calloc(n ? n : 1, sizeof *res);
    lint_jobs(jobs, n, res, 0);
    Buf b = {0};
    for (size_t i = 0; i < n; i++) {
        for (uint32_t j = 0; j < res[i].diags.len; j++) {
            const Diagnostic *d = &res[i].diags.data[j];
            uint32_t r1 = 1, c1 = 1, r2 = 1, c2 = 1;
            if (res[i].loaded) {
                source_location(&res[i].src, d->start, &r1, &c1);
                source_location(&res[i].src, d->end, &r2, &c2);
            }
            b.len = 0;
            buf_puts(&b, "{\"file\":\"");
            buf_json_escape(&b, res[i].display, strlen(res[i].display));
            buf_printf(&b, "\",\"code\":\"%s\",\"row\":%u,\"col\":%u,\"end_row\":%u,\"end_col\":%u,\"message\":\"",
                       diag_code(d), r1, c1, r2, c2);
            buf_json_escape(&b, d->message, strlen(d->message));
            buf_printf(&b, "\",\"fix\":%s", d->fix ? "\"available\"" : "null");
            if (edits && d->fix) {
                buf_printf(&b, ",\"fix_message\":\"");
                buf_json_escape(&b, d->fix_title, strlen(d->fix_title));
                buf_puts(&b, "\",\"edits\":[");
                for (uint32_t k = 0; k < d->fix->nedits; k++) {
                    const Edit *e = &d->fix->edits[k];
                    source_location(&res[i].src, e->start, &r1, &c1);
                    source_location(&res[i].src, e->end, &r2, &c2);
                    buf_printf(&b, "%s{\"row\":%u,\"col\":%u,\"end_row\":%u,\"end_col\":%u,\"content\":", k ? "," : "", r1, c1, r2, c2);
                    if (*e->content) {
                        buf_puts(&b, "\"");
                        buf_json_escape(&b, e->content, strlen(e->content));
                        buf_puts(&b, "\"");
                    } else {
                        buf_puts(&b, "null");
                    }
                    buf_puts(&b, "}");
                }
                buf_puts(&b, "]");
            }
            buf_puts(&b, "}\n");
            fwrite(b.data, 1, b.len, stdout);
        }
        file_result_free(&res[i]);
    }
    buf_free(&b);
    return 0;
}
