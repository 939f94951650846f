/* audit_cmd.c: the `snipe audit` command: options, project root, configuration, run, output, exit code. */
#include "audit/audit_cmd.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "audit/audit.h"
#include "audit/audit_config.h"
#include "audit/report.h"

typedef enum Format { FMT_TEXT, FMT_JSON, FMT_SARIF, FMT_HTML } Format;
typedef enum Color { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER } Color;

typedef struct AuditOptions {
    const char *path;
    bool list;
    const char *explain;
    Format format;
    const char *output;
    const char *select;
    const char *ignore;
    Color color;
} AuditOptions;

static const char USAGE[] =
    "usage: snipe audit [PATH] [--list] [--explain ID] [--output-format text|json|sarif|html]\n"
    "                   [-o FILE] [--select IDS] [--ignore IDS] [--color auto|always|never]\n";

/* Take the value of an option given as `--name value` or `--name=value`. */
static bool opt_value(int argc, char **argv, int *i, const char *name, const char **out)
{
    size_t n = strlen(name);
    if (strncmp(argv[*i], name, n) != 0)
        return false;
    if (argv[*i][n] == '=') {
        *out = argv[*i] + n + 1;
        return true;
    }
    if (argv[*i][n] != 0)
        return false;
    if (*i + 1 >= argc) {
        *out = NULL;
        return true;
    }
    *out = argv[++*i];
    return true;
}

/* Returns NULL or an error message. */
static const char *parse_options(int argc, char **argv, AuditOptions *o)
{
    memset(o, 0, sizeof *o);
    o->path = ".";
    bool have_path = false;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *v;
        if (strcmp(a, "--list") == 0) {
            o->list = true;
        } else if (opt_value(argc, argv, &i, "--explain", &v)) {
            if (!v)
                return "--explain needs a check ID";
            o->explain = v;
        } else if (opt_value(argc, argv, &i, "--output-format", &v) || opt_value(argc, argv, &i, "--format", &v)) {
            if (v && strcmp(v, "text") == 0)
                o->format = FMT_TEXT;
            else if (v && strcmp(v, "json") == 0)
                o->format = FMT_JSON;
            else if (v && strcmp(v, "sarif") == 0)
                o->format = FMT_SARIF;
            else if (v && strcmp(v, "html") == 0)
                o->format = FMT_HTML;
            else
                return "--output-format must be text, json, sarif or html";
        } else if (opt_value(argc, argv, &i, "-o", &v) || opt_value(argc, argv, &i, "--output-file", &v)) {
            if (!v)
                return "-o needs a file name";
            o->output = v;
        } else if (opt_value(argc, argv, &i, "--select", &v)) {
            if (!v)
                return "--select needs a list of checks";
            o->select = v;
        } else if (opt_value(argc, argv, &i, "--ignore", &v)) {
            if (!v)
                return "--ignore needs a list of checks";
            o->ignore = v;
        } else if (opt_value(argc, argv, &i, "--color", &v)) {
            if (v && strcmp(v, "auto") == 0)
                o->color = COLOR_AUTO;
            else if (v && strcmp(v, "always") == 0)
                o->color = COLOR_ALWAYS;
            else if (v && strcmp(v, "never") == 0)
                o->color = COLOR_NEVER;
            else
                return "--color must be auto, always or never";
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            return "";
        } else if (a[0] == '-' && a[1]) {
            return "unknown option";
        } else {
            if (have_path)
                return "only one PATH may be given";
            o->path = a;
            have_path = true;
        }
    }
    return NULL;
}

static bool has(const char *dir, const char *name)
{
    char buf[4096];
    struct stat st;
    return snprintf(buf, sizeof buf, "%s/%s", dir, name) < (int)sizeof buf && stat(buf, &st) == 0;
}

/* The nearest directory from `path` upward with pyproject.toml, setup.py or .git (malloc'd). */
static char *find_root(const char *path)
{
    char *dir = realpath(path, NULL);
    if (!dir)
        return NULL;
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        char *slash = strrchr(dir, '/');
        if (slash && slash != dir)
            *slash = 0;
    }
    for (;;) {
        if (has(dir, "pyproject.toml") || has(dir, "setup.py") || has(dir, ".git"))
            return dir;
        char *slash = strrchr(dir, '/');
        if (!slash || slash == dir) {
            free(dir);
            return NULL;
        }
        *slash = 0;
    }
}

static int list_checks(void)
{
    for (int i = 0; i < CHECK__COUNT; i++) {
        const AuditCheck *c = &audit_checks[i];
        printf("%s  %-10s %s", c->id, audit_families[c->family].key, c->title);
        if (c->requires[0])
            printf("  (requires %s)", c->requires);
        putchar('\n');
    }
    return 0;
}

static int explain(const char *id)
{
    const AuditCheck *c = audit_find_check(id);
    if (!c) {
        fprintf(stderr, "snipe audit: no check '%s' (see snipe audit --list)\n", id);
        return 2;
    }
    Arena a;
    arena_init(&a);
    printf("%s: %s\nFamily: %s\n", c->id, c->title, audit_families[c->family].name);
    if (c->requires[0])
        printf("Requires: %s\n", c->requires);
    printf("\n%s\nDocs: %s\n", c->doc, audit_check_url(&a, c));
    arena_free(&a);
    return 0;
}

static int write_output(const AuditOptions *o, const Buf *b)
{
    if (b->failed) {
        fputs("snipe audit: out of memory\n", stderr);
        return 2;
    }
    FILE *f = o->output ? fopen(o->output, "wb") : stdout;
    if (!f) {
        fprintf(stderr, "snipe audit: cannot write %s\n", o->output);
        return 2;
    }
    bool ok = fwrite(b->data ? b->data : "", 1, b->len, f) == b->len;
    ok = (o->output ? fclose(f) : fflush(f)) == 0 && ok;
    if (!ok) {
        fprintf(stderr, "snipe audit: cannot write %s\n", o->output ? o->output : "the report");
        return 2;
    }
    return 0;
}

int cmd_audit(int argc, char **argv)
{
    AuditOptions o;
    const char *err = parse_options(argc, argv, &o);
    if (err) {
        if (*err)
            fprintf(stderr, "snipe audit: %s\n", err);
        fputs(USAGE, *err ? stderr : stdout);
        return *err ? 2 : 0;
    }
    if (o.list)
        return list_checks();
    if (o.explain)
        return explain(o.explain);
    char *root = find_root(o.path);
    if (!root) {
        fprintf(stderr, "snipe audit: no project at %s (no pyproject.toml, setup.py or .git there or above)\n", o.path);
        return 2;
    }
    Arena arena;
    arena_init(&arena);
    Project p;
    int rc = 2;
    if (!project_load(&arena, root, &p, &err)) {
        fprintf(stderr, "snipe audit: %s\n", err);
        goto done;
    }
    AuditSelection sel;
    err = audit_config_selection(&p, &sel);
    if (!err && o.select)
        err = audit_select_list(&arena, &sel, o.select, true);
    if (!err && o.ignore)
        err = audit_select_list(&arena, &sel, o.ignore, false);
    if (err) {
        fprintf(stderr, "snipe audit: %s\n", err);
        goto done;
    }
    AuditResult results[CHECK__COUNT];
    audit_run(&p, &sel, results);
    AuditReport rep = {.project = &p, .sel = &sel, .results = results, .root_display = root};
    report_count(&rep);
    bool color = o.color == COLOR_ALWAYS ||
                 (o.color == COLOR_AUTO && !o.output && isatty(STDOUT_FILENO) && !getenv("NO_COLOR"));
    Buf out = {0};
    switch (o.format) {
    case FMT_TEXT: report_text(&out, &rep, color); break;
    case FMT_JSON: report_json(&out, &rep); break;
    case FMT_SARIF: report_sarif(&out, &rep); break;
    case FMT_HTML: report_html(&out, &rep); break;
    }
    rc = write_output(&o, &out);
    buf_free(&out);
    if (rc == 0)
        rc = rep.failed ? 1 : 0;
done:
    arena_free(&arena);
    free(root);
    return rc;
}
