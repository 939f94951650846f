/* test_fixtures.c: every rule fixture against its reviewed snapshot.
 *
 * A fixture is tests/fixtures/<family>/<NAME>.py whose NAME starts with a rule code or that has a
 * <NAME>.args file (other .py files there belong to other runners). It is read and linted as `snipe check` does
 * (through the runner, so unreadable or non-UTF-8 fixtures give E902) with the rules named by the
 * code that starts NAME (`E501.py`, `E501_urls.py` select E501), or with the options of an
 * optional <NAME>.args file (one line: `--select E501,RUF100 --line-length 100 --preview
 * --ignore-noqa --target-version py39 --config lint.pycodestyle.max-doc-length=20`, where --config takes
 * max-doc-length, max-line-length, lint.isort.lines-after-imports and lines-between-types). The result is compared with <NAME>.expected, one line per diagnostic:
 *
 *     ROW:COL-END_ROW:END_COL CODE MESSAGE
 *         fix (safe|unsafe|display): TITLE
 *         edit ROW:COL-END_ROW:END_COL "CONTENT"
 *
 * (rows and columns 1-based, columns in characters, end exclusive, as Ruff prints them).
 * SNIPE_UPDATE_SNAPSHOTS=1 rewrites the snapshots instead; review them with `git diff`.
 * SNIPE_FIXTURES overrides the fixture directory (default tests/fixtures). */
#include <check.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lint/checker.h"
#include "config/pyversion.h"
#include "lint/runner.h"
#include "util/str.h"

static const char *fixture_dir(void)
{
    const char *d = getenv("SNIPE_FIXTURES");
    return d && *d ? d : "tests/fixtures";
}

static bool read_text(const char *path, Buf *out)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    char tmp[65536];
    size_t n;
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
        buf_append(out, tmp, n);
    fclose(f);
    if (!out->data)
        buf_append(out, "", 0);
    return true;
}

/* Options: the code prefix of the name, or the .args file. */
static void fixture_settings(const char *py, LintSettings *s)
{
    lint_settings_default(s);
    char args[4096] = "";
    char path[4096];
    snprintf(path, sizeof path, "%.*s.args", (int)(strlen(py) - 3), py);
    FILE *f = fopen(path, "r");
    if (f) {
        if (!fgets(args, sizeof args, f))
            args[0] = 0;
        fclose(f);
    } else {
        const char *base = strrchr(py, '/');
        base = base ? base + 1 : py;
        size_t n = strcspn(base, "_.");
        snprintf(args, sizeof args, "--select %.*s", (int)n, base);
    }
    char *save = NULL;
    for (char *w = strtok_r(args, " \t\n", &save); w; w = strtok_r(NULL, " \t\n", &save)) {
        if (strcmp(w, "--select") == 0) {
            char *list = strtok_r(NULL, " \t\n", &save), *save2 = NULL;
            for (char *c = list ? strtok_r(list, ",", &save2) : NULL; c; c = strtok_r(NULL, ",", &save2)) {
                Selector sel;
                ck_assert_msg(selector_parse(c, &sel), "%s: bad selector %s", path, c);
                ruleset_union(&s->enabled, &sel.rules);
            }
        } else if (strcmp(w, "--line-length") == 0) {
            char *v = strtok_r(NULL, " \t\n", &save);
            s->line_length = v ? (uint32_t)atoi(v) : 88;
        } else if (strcmp(w, "--preview") == 0) {
            s->preview = true;
        } else if (strcmp(w, "--ignore-noqa") == 0) {
            s->ignore_noqa = true;
        } else if (strcmp(w, "--config") == 0) {
            /* KEY=VALUE without blanks, for the settings the rules read */
            char *kv = strtok_r(NULL, " \t\n", &save), *eq = kv ? strchr(kv, '=') : NULL;
            ck_assert_msg(eq, "%s: --config takes KEY=VALUE", path);
            *eq = 0;
            long v = strtol(eq + 1, NULL, 10);
            if (strcmp(kv, "lint.pycodestyle.max-doc-length") == 0)
                s->max_doc_length = (uint32_t)v;
            else if (strcmp(kv, "lint.pycodestyle.max-line-length") == 0)
                s->max_line_length = (uint32_t)v;
            else if (strcmp(kv, "lint.isort.lines-after-imports") == 0)
                s->lines_after_imports = (int32_t)v;
            else if (strcmp(kv, "lint.isort.lines-between-types") == 0)
                s->lines_between_types = (uint32_t)v;
            else
                ck_abort_msg("%s: --config %s is not known to the fixture runner", path, kv);
        } else if (strcmp(w, "--target-version") == 0) {
            const char *v = strtok_r(NULL, " \t\n", &save);
            ck_assert_msg(v && py_version_parse(v, &s->target_version), "%s: bad --target-version", path);
        }
    }
    s->fixable = s->enabled;
}

static void put_range(Buf *b, const SourceFile *src, uint32_t start, uint32_t end)
{
    uint32_t r1, c1, r2, c2;
    source_location(src, start, &r1, &c1);
    source_location(src, end, &r2, &c2);
    buf_printf(b, "%u:%u-%u:%u", r1, c1, r2, c2);
}

/* The snapshot text of one fixture's diagnostics. */
static void snapshot(Buf *b, const SourceFile *src, const DiagVec *v)
{
    static const char *const ap[] = {"display", "unsafe", "safe"};
    for (uint32_t i = 0; i < v->len; i++) {
        const Diagnostic *d = &v->data[i];
        put_range(b, src, d->start, d->end);
        buf_printf(b, " %s %s\n", diag_code(d), d->message);
        if (!d->fix)
            continue;
        buf_printf(b, "    fix (%s): %s\n", ap[d->fix->applicability], d->fix_title ? d->fix_title : "");
        for (uint32_t k = 0; k < d->fix->nedits; k++) {
            const Edit *e = &d->fix->edits[k];
            buf_puts(b, "    edit ");
            put_range(b, src, e->start, e->end);
            buf_puts(b, " \"");
            buf_json_escape(b, e->content, strlen(e->content));
            buf_puts(b, "\"\n");
        }
    }
}

static glob_t fixtures;

START_TEST(fixture_matches_snapshot)
{
    const char *py = fixtures.gl_pathv[_i];
    Buf got = {0}, want = {0};
    LintSettings s;
    fixture_settings(py, &s);
    /* Through the runner, as `snipe check` reads files: E902 for unreadable or non-UTF-8 ones. */
    LintJob job = {.path = py, .display = py, .settings = &s};
    FileResult r;
    lint_jobs(&job, 1, &r, 1);
    if (r.loaded) {
        snapshot(&got, &r.src, &r.diags);
    } else {
        for (uint32_t i = 0; i < r.diags.len; i++)
            buf_printf(&got, "1:1-1:1 %s %s\n", diag_code(&r.diags.data[i]), r.diags.data[i].message);
    }
    buf_append(&got, "", 0);

    char exp[4096];
    snprintf(exp, sizeof exp, "%.*s.expected", (int)(strlen(py) - 3), py);
    const char *upd = getenv("SNIPE_UPDATE_SNAPSHOTS");
    if (upd && strcmp(upd, "1") == 0) {
        FILE *f = fopen(exp, "wb");
        ck_assert_msg(f, "cannot write %s", exp);
        fwrite(got.data, 1, got.len, f);
        fclose(f);
    } else {
        ck_assert_msg(read_text(exp, &want), "%s has no snapshot %s (run with SNIPE_UPDATE_SNAPSHOTS=1)", py, exp);
        if (strcmp(got.data, want.data) != 0) {
            /* Show the first line that differs. */
            const char *g = got.data, *w = want.data;
            int line = 1;
            while (*g && *g == *w) {
                if (*g == '\n')
                    line++;
                g++;
                w++;
            }
            while (g > got.data && g[-1] != '\n')
                g--;
            while (w > want.data && w[-1] != '\n')
                w--;
            ck_abort_msg("%s differs from %s at line %d:\n  got:  %.*s\n  want: %.*s", py, exp, line,
                         (int)strcspn(g, "\n"), g, (int)strcspn(w, "\n"), w);
        }
    }
    file_result_free(&r);
    buf_free(&got);
    buf_free(&want);
}
END_TEST

/* The snapshot format itself, on a fixed input. */
START_TEST(snapshot_format)
{
    const char *code = "x = 1   \n";
    Arena a;
    arena_init(&a);
    SourceFile src;
    ck_assert(source_init(&src, &a, "t.py", code, (uint32_t)strlen(code)));
    LintSettings s;
    lint_settings_default(&s);
    ruleset_add(&s.enabled, RULE_W291);
    DiagVec diags = {0};
    ck_assert(lint_source(&a, &src, &s, &diags));
    Buf b = {0};
    snapshot(&b, &src, &diags);
    buf_append(&b, "", 0);
    ck_assert_str_eq(b.data, "1:6-1:9 W291 Trailing whitespace\n"
                             "    fix (safe): Remove trailing whitespace\n"
                             "    edit 1:6-1:9 \"\"\n");
    buf_free(&b);
    vec_free(&diags);
    arena_free(&a);
}
END_TEST

Suite *suite_fixtures(void)
{
    Suite *s = suite_create("fixtures");
    TCase *tc = tcase_create("snapshots");
    char pattern[4096];
    snprintf(pattern, sizeof pattern, "%s/*/*.py", fixture_dir());
    globfree(&fixtures);
    memset(&fixtures, 0, sizeof fixtures);
    glob(pattern, 0, NULL, &fixtures);
    /* Rule fixtures only: a name starting with a rule code, or a .args file (other families,
     * such as the parser's tests/fixtures/syntax, have their own runners). */
    size_t keep = 0;
    for (size_t i = 0; i < fixtures.gl_pathc; i++) {
        const char *py = fixtures.gl_pathv[i];
        const char *base = strrchr(py, '/');
        base = base ? base + 1 : py;
        char code[32], args[4096];
        snprintf(code, sizeof code, "%.*s", (int)strcspn(base, "_."), base);
        snprintf(args, sizeof args, "%.*s.args", (int)(strlen(py) - 3), py);
        if (rule_by_code(code) != RULE__COUNT || access(args, R_OK) == 0)
            fixtures.gl_pathv[keep++] = fixtures.gl_pathv[i];
        else
            free(fixtures.gl_pathv[i]);
    }
    fixtures.gl_pathc = keep;
    tcase_add_test(tc, snapshot_format);
    if (fixtures.gl_pathc)
        tcase_add_loop_test(tc, fixture_matches_snapshot, 0, (int)fixtures.gl_pathc);
    suite_add_tcase(s, tc);
    return s;
}
