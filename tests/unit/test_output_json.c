/* test_output_json.c: the machine-readable output formats are valid and shaped as Ruff's: json and
 * json-lines (fields, order, types), rdjson, gitlab, sarif 2.1.0, statistics JSON, JUnit XML; and
 * `snipe check` end to end on temporary files (formats, -o, --statistics, summary, exit codes). */
#include <check.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli/output_common.h"
#include "json_check.h"
#include "output_fixture.h"

static char *render(OutputFormat fmt)
{
    Fixture f;
    fixture_init(&f);
    OutputOptions o = fixture_options(fmt);
    char *s = capture_write(&o, f.items, f.n);
    fixture_free(&f);
    ck_assert_ptr_nonnull(s);
    return s;
}

static void check_loc(const CjVal *l, const char *k1, const char *k2)
{
    char keys[64];
    snprintf(keys, sizeof keys, "%s,%s", k1, k2);
    ck_assert_msg(cj_keys_are(l, keys), "location keys are not %s", keys);
    ck_assert_int_eq(cj_get(l, k1)->t, CJ_NUM);
    ck_assert_int_eq(cj_get(l, k2)->t, CJ_NUM);
    ck_assert(cj_get(l, k1)->num >= 1 && cj_get(l, k2)->num >= 1);
}

/* One object of Ruff's `json` / `json-lines` output. */
static void check_ruff_json_item(const CjVal *d)
{
    ck_assert(cj_keys_are(d, "cell,code,end_location,filename,fix,location,message,name,noqa_row,severity,url"));
    ck_assert_int_eq(cj_get(d, "cell")->t, CJ_NULL);
    ck_assert_int_eq(cj_get(d, "code")->t, CJ_STR);
    check_loc(cj_get(d, "location"), "column", "row");
    check_loc(cj_get(d, "end_location"), "column", "row");
    ck_assert_int_eq(cj_get(d, "filename")->t, CJ_STR);
    ck_assert_int_eq(strncmp(cj_get(d, "filename")->str, "/proj/", 6), 0);
    ck_assert_int_eq(cj_get(d, "message")->t, CJ_STR);
    ck_assert_int_eq(cj_get(d, "name")->t, CJ_STR);
    ck_assert_str_eq(cj_get(d, "severity")->str, "error");
    bool syntax = strcmp(cj_get(d, "code")->str, "invalid-syntax") == 0;
    ck_assert_int_eq(cj_get(d, "noqa_row")->t, syntax ? CJ_NULL : CJ_NUM);
    const CjVal *url = cj_get(d, "url");
    if (syntax) {
        ck_assert_int_eq(url->t, CJ_NULL);
    } else {
        ck_assert_int_eq(url->t, CJ_STR);
        char want[256];
        snprintf(want, sizeof want, "https://docs.astral.sh/ruff/rules/%s", cj_get(d, "name")->str);
        ck_assert_str_eq(url->str, want);
    }
    const CjVal *fix = cj_get(d, "fix");
    if (fix->t != CJ_NULL) {
        ck_assert(cj_keys_are(fix, "applicability,edits,message"));
        const char *a = cj_get(fix, "applicability")->str;
        ck_assert(!strcmp(a, "safe") || !strcmp(a, "unsafe") || !strcmp(a, "displayonly"));
        const CjVal *edits = cj_get(fix, "edits");
        ck_assert_int_eq(edits->t, CJ_ARR);
        ck_assert_uint_ge(edits->n, 1);
        for (size_t i = 0; i < edits->n; i++) {
            ck_assert(cj_keys_are(&edits->items[i], "content,end_location,location"));
            ck_assert_int_eq(cj_get(&edits->items[i], "content")->t, CJ_STR);
            check_loc(cj_get(&edits->items[i], "location"), "column", "row");
        }
    }
}

START_TEST(json_format)
{
    char *s = render(FMT_JSON);
    CjVal v;
    ck_assert_msg(cj_parse(s, &v), "json output does not parse");
    ck_assert_int_eq(v.t, CJ_ARR);
    ck_assert_uint_eq(v.n, 5);
    for (size_t i = 0; i < v.n; i++)
        check_ruff_json_item(&v.items[i]);
    ck_assert_str_eq(cj_get(&v.items[0], "code")->str, "W291");
    ck_assert_str_eq(cj_get(&v.items[0], "filename")->str, "/proj/a.py");
    ck_assert_str_eq(cj_get(cj_get(&v.items[0], "fix"), "applicability")->str, "safe");
    ck_assert_str_eq(cj_get(cj_get(&v.items[3], "fix"), "applicability")->str, "unsafe");
    ck_assert_str_eq(cj_get(cj_get(&v.items[3], "fix"), "message")->str, "Add trailing newline");
    ck_assert_str_eq(cj_get(cj_get(cj_get(&v.items[3], "fix"), "edits")->items, "content")->str, "\n");
    ck_assert_str_eq(cj_get(&v.items[2], "code")->str, "invalid-syntax");
    ck_assert_str_eq(cj_get(&v.items[2], "name")->str, "invalid-syntax");
    ck_assert_str_eq(cj_get(&v.items[4], "filename")->str, "/proj/b.py");
    cj_free(&v);
    /* serde_json's pretty printing, and no final newline. */
    const char *head = "[\n  {\n    \"cell\": null,\n    \"code\": \"W291\",\n    \"end_location\": {\n"
                       "      \"column\": 9,\n      \"row\": 1\n    },\n";
    ck_assert_int_eq(strncmp(s, head, strlen(head)), 0);
    ck_assert(s[strlen(s) - 1] == ']');
    free(s);
    OutputOptions o = fixture_options(FMT_JSON);
    s = capture_write(&o, NULL, 0);
    ck_assert_str_eq(s, "[]");
    free(s);
}
END_TEST

START_TEST(json_lines_format)
{
    char *s = render(FMT_JSON_LINES);
    size_t lines = 0;
    for (char *p = s, *e; (e = strchr(p, '\n')); p = e + 1) {
        *e = 0;
        CjVal v;
        ck_assert_msg(cj_parse(p, &v), "line %zu does not parse", lines);
        check_ruff_json_item(&v);
        ck_assert_ptr_null(strstr(p, "\": "));   /* compact */
        cj_free(&v);
        lines++;
    }
    ck_assert_uint_eq(lines, 5);
    free(s);
}
END_TEST

START_TEST(json_escapes_round_trip)
{
    FileResult r = {0};
    arena_init(&r.arena);
    r.display = "q.py";
    source_init(&r.src, &r.arena, "q.py", "x\n", 2);
    r.loaded = true;
    const char *msg = "quote \" backslash \\ tab \t nl \n bell \x07 del \x7f \xc3\xa9 \xe4\xba\x9c";
    Diagnostic d = {.rule = RULE_E501, .start = 0, .end = 1, .message = msg};
    vec_push(&r.diags, d);
    OutputItem it = {&r, &r.diags.data[0]};
    OutputOptions o = fixture_options(FMT_JSON);
    char *s = capture_write(&o, &it, 1);
    CjVal v;
    ck_assert(cj_parse(s, &v));
    ck_assert_str_eq(cj_get(&v.items[0], "message")->str, msg);
    ck_assert_ptr_nonnull(strstr(s, "\\u0007"));
    cj_free(&v);
    free(s);
    file_result_free(&r);
}
END_TEST

START_TEST(rdjson_format)
{
    char *s = render(FMT_RDJSON);
    CjVal v;
    ck_assert(cj_parse(s, &v));
    ck_assert(cj_keys_are(&v, "diagnostics,severity,source"));
    ck_assert_str_eq(cj_get(&v, "severity")->str, "WARNING");
    ck_assert(cj_keys_are(cj_get(&v, "source"), "name,url"));
    const CjVal *ds = cj_get(&v, "diagnostics");
    ck_assert_uint_eq(ds->n, 5);
    ck_assert(cj_keys_are(&ds->items[0], "code,location,message,suggestions"));
    ck_assert(cj_keys_are(cj_get(&ds->items[0], "code"), "url,value"));
    ck_assert(cj_keys_are(&ds->items[1], "code,location,message"));
    ck_assert(cj_keys_are(cj_get(&ds->items[2], "code"), "value"));   /* syntax error: no url */
    const CjVal *loc = cj_get(&ds->items[0], "location");
    ck_assert(cj_keys_are(loc, "path,range"));
    ck_assert(cj_keys_are(cj_get(loc, "range"), "end,start"));
    check_loc(cj_get(cj_get(loc, "range"), "start"), "column", "line");
    cj_free(&v);
    free(s);
}
END_TEST

START_TEST(gitlab_format)
{
    char *s = render(FMT_GITLAB);
    CjVal v;
    ck_assert(cj_parse(s, &v));
    ck_assert_uint_eq(v.n, 5);
    for (size_t i = 0; i < v.n; i++) {
        const CjVal *d = &v.items[i];
        ck_assert(cj_keys_are(d, "check_name,description,severity,fingerprint,location"));
        ck_assert_str_eq(cj_get(d, "severity")->str, "major");
        const char *fp = cj_get(d, "fingerprint")->str;
        ck_assert_uint_ge(strlen(fp), 1);
        ck_assert_uint_eq(strspn(fp, "0123456789abcdef"), strlen(fp));
        for (size_t j = 0; j < i; j++)
            ck_assert_str_ne(fp, cj_get(&v.items[j], "fingerprint")->str);
        const CjVal *loc = cj_get(d, "location");
        ck_assert(cj_keys_are(loc, "path,positions"));
        ck_assert(cj_keys_are(cj_get(loc, "positions"), "begin,end"));
        check_loc(cj_get(cj_get(loc, "positions"), "begin"), "line", "column");
    }
    ck_assert_str_eq(cj_get(&v.items[0], "description")->str, "W291: Trailing whitespace");
    ck_assert_str_eq(cj_get(cj_get(&v.items[0], "location"), "path")->str, "a.py");
    cj_free(&v);
    free(s);
    /* The same rule twice in one file still gets distinct fingerprints. */
    Fixture f;
    fixture_init(&f);
    OutputItem twice[2] = {f.items[0], f.items[0]};
    OutputOptions o = fixture_options(FMT_GITLAB);
    s = capture_write(&o, twice, 2);
    ck_assert(cj_parse(s, &v));
    ck_assert_str_ne(cj_get(&v.items[0], "fingerprint")->str, cj_get(&v.items[1], "fingerprint")->str);
    cj_free(&v);
    free(s);
    fixture_free(&f);
}
END_TEST

START_TEST(sarif_format)
{
    char *s = render(FMT_SARIF);
    CjVal v;
    ck_assert(cj_parse(s, &v));
    ck_assert(cj_keys_are(&v, "$schema,runs,version"));
    ck_assert_str_eq(cj_get(&v, "$schema")->str, "https://json.schemastore.org/sarif-2.1.0.json");
    ck_assert_str_eq(cj_get(&v, "version")->str, "2.1.0");
    const CjVal *runs = cj_get(&v, "runs");
    ck_assert_uint_eq(runs->n, 1);
    ck_assert(cj_keys_are(&runs->items[0], "results,tool"));
    const CjVal *driver = cj_get(cj_get(&runs->items[0], "tool"), "driver");
    ck_assert(cj_keys_are(driver, "informationUri,name,rules,version"));
    ck_assert_str_eq(cj_get(driver, "name")->str, "snipe");
    const CjVal *rules = cj_get(driver, "rules");
    const char *ids[] = {"E902", "W191", "W291", "W292"};
    ck_assert_uint_eq(rules->n, 4);   /* syntax errors are no rule */
    for (size_t i = 0; i < rules->n; i++) {
        const CjVal *r = &rules->items[i];
        ck_assert_str_eq(cj_get(r, "id")->str, ids[i]);
        ck_assert(cj_keys_are(r, "fullDescription,help,helpUri,id,properties,shortDescription") ||
                  cj_keys_are(r, "help,helpUri,id,properties,shortDescription"));
        ck_assert_int_eq(cj_get(cj_get(r, "shortDescription"), "text")->t, CJ_STR);
        ck_assert_int_eq(strncmp(cj_get(r, "helpUri")->str, "https://docs.astral.sh/ruff/rules/", 34), 0);
        ck_assert(cj_keys_are(cj_get(r, "properties"), "id,kind,name,problem.severity"));
    }
    const CjVal *results = cj_get(&runs->items[0], "results");
    ck_assert_uint_eq(results->n, 5);
    for (size_t i = 0; i < results->n; i++) {
        const CjVal *r = &results->items[i];
        ck_assert(cj_keys_are(r, "fixes,level,locations,message,ruleId") ||
                  cj_keys_are(r, "level,locations,message,ruleId"));
        ck_assert_str_eq(cj_get(r, "level")->str, "error");
        ck_assert_int_eq(cj_get(cj_get(r, "message"), "text")->t, CJ_STR);
        const CjVal *pl = cj_get(&cj_get(r, "locations")->items[0], "physicalLocation");
        ck_assert(cj_keys_are(pl, "artifactLocation,region"));
        ck_assert_int_eq(strncmp(cj_get(cj_get(pl, "artifactLocation"), "uri")->str, "file:///proj/", 13), 0);
        const CjVal *reg = cj_get(pl, "region");
        ck_assert(cj_keys_are(reg, "endColumn,endLine,startColumn,startLine"));
        ck_assert(cj_get(reg, "startLine")->num >= 1 && cj_get(reg, "startColumn")->num >= 1);
    }
    ck_assert_str_eq(cj_get(&results->items[2], "ruleId")->str, "invalid-syntax");
    cj_free(&v);
    free(s);
}
END_TEST

START_TEST(statistics_json)
{
    Fixture f;
    fixture_init(&f);
    OutputOptions o = fixture_options(FMT_JSON);
    bool ok;
    char *s = capture_statistics(&o, f.items, f.n, &ok);
    ck_assert(ok);
    CjVal v;
    ck_assert(cj_parse(s, &v));
    ck_assert_uint_eq(v.n, 5);
    for (size_t i = 0; i < v.n; i++)
        ck_assert(cj_keys_are(&v.items[i], "code,name,count,fixable,fixable_count"));
    ck_assert_int_eq(cj_get(&v.items[0], "code")->t, CJ_NULL);
    ck_assert_str_eq(cj_get(&v.items[0], "name")->str, "invalid-syntax");
    ck_assert_str_eq(cj_get(&v.items[3], "code")->str, "W291");
    ck_assert(cj_get(&v.items[3], "fixable")->b);
    ck_assert_int_eq(cj_get(&v.items[3], "fixable_count")->num, 1);
    ck_assert(!cj_get(&v.items[4], "fixable")->b);
    cj_free(&v);
    free(s);
    fixture_free(&f);
}
END_TEST

START_TEST(junit_format)
{
    char *s = render(FMT_JUNIT);
    ck_assert_msg(xml_well_formed(s), "junit output is not well-formed");
    ck_assert_ptr_nonnull(strstr(s, "<testsuites name=\"snipe\" tests=\"5\" skipped=\"0\" failures=\"5\" errors=\"0\">"));
    ck_assert_ptr_nonnull(strstr(s, "<testcase name=\"org.snipe.invalid-syntax\" classname=\"/proj/a\" line=\"3\" "
                                    "column=\"1\">"));
    ck_assert_ptr_nonnull(strstr(s, "<failure message=\"Trailing whitespace\">line 1, col 6, Trailing whitespace</failure>"));
    free(s);
    OutputOptions o = fixture_options(FMT_JUNIT);
    s = capture_write(&o, NULL, 0);
    ck_assert(xml_well_formed(s));
    ck_assert_ptr_nonnull(strstr(s, "<testcase name=\"No errors found\" classname=\"snipe\"/>"));
    free(s);
}
END_TEST

START_TEST(junit_escapes)
{
    FileResult r = {0};
    arena_init(&r.arena);
    r.display = "dir/x&y.py";
    source_init(&r.src, &r.arena, "x.py", "x\n", 2);
    r.loaded = true;
    Diagnostic d = {.rule = RULE_E501, .start = 0, .end = 1, .message = "<a> & 'b' \"c\" \x1b[0m"};
    vec_push(&r.diags, d);
    OutputItem it = {&r, &r.diags.data[0]};
    OutputOptions o = fixture_options(FMT_JUNIT);
    char *s = capture_write(&o, &it, 1);
    ck_assert_msg(xml_well_formed(s), "%s", s);
    ck_assert_ptr_nonnull(strstr(s, "&lt;a&gt; &amp; &apos;b&apos; &quot;c&quot; [0m"));
    ck_assert_ptr_nonnull(strstr(s, "name=\"/proj/dir/x&amp;y.py\""));
    free(s);
    file_result_free(&r);
}
END_TEST

START_TEST(checkers_reject_bad_input)
{
    /* The validators themselves must be able to fail. */
    CjVal v;
    ck_assert(!cj_parse("[1,]", &v));
    ck_assert(!cj_parse("{\"a\" 1}", &v));
    ck_assert(!cj_parse("\"tab\tinside\"", &v));
    ck_assert(!cj_parse("[1] 2", &v));
    ck_assert(cj_parse(" {\"a\": [true, null, -1.5e3, \"\\u00e9\"]} ", &v));
    cj_free(&v);
    ck_assert(!xml_well_formed("<a><b></a></b>"));
    ck_assert(!xml_well_formed("<a x=\"1 & 2\"/>"));
    ck_assert(!xml_well_formed("<a>1 < 2</a>"));
    ck_assert(!xml_well_formed("<a/><b/>"));
    ck_assert(xml_well_formed("<?xml version=\"1.0\"?>\n<a x='1'><b/>t &amp; u</a>\n"));
}
END_TEST

/* ---- end to end through $SNIPE_BIN ---- */

static char dir[PATH_MAX];
static char bin[PATH_MAX];

static void setup_dir(void)
{
    const char *b = getenv("SNIPE_BIN");
    if (!b || !realpath(b, bin))
        bin[0] = 0;
    char tmpl[] = "/tmp/snipe-output-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(tmpl));
    ck_assert_ptr_nonnull(realpath(tmpl, dir));
    char p[PATH_MAX + 32];
    snprintf(p, sizeof p, "%s/w.py", dir);
    FILE *f = fopen(p, "w");
    fputs("x = 1 \ny = 2\n", f);
    fclose(f);
    snprintf(p, sizeof p, "%s/clean.py", dir);
    f = fopen(p, "w");
    fputs("x = 1\n", f);
    fclose(f);
}

static void teardown_dir(void)
{
    char cmd[PATH_MAX + 32];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
}

/* Run `snipe check --isolated ARGS` in the temporary directory; returns stdout, sets the status. */
static char *snipe(const char *args, int *status)
{
    ck_assert_msg(bin[0], "SNIPE_BIN is not set");
    char cmd[3 * PATH_MAX];
    snprintf(cmd, sizeof cmd, "cd '%s' && NO_COLOR=1 '%s' check --isolated %s 2>/dev/null", dir, bin, args);
    FILE *p = popen(cmd, "r");
    ck_assert_ptr_nonnull(p);
    char *out = NULL;
    size_t len = 0, cap = 0;
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, p)) > 0) {
        if (len + n + 1 > cap) {
            cap = (len + n + 1) * 2;
            out = realloc(out, cap);
        }
        memcpy(out + len, chunk, n);
        len += n;
    }
    if (!out)
        out = calloc(1, 1);
    out[len] = 0;
    int st = pclose(p);
    *status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    return out;
}

START_TEST(cli_concise_and_summary)
{
    int st;
    char *s = snipe("--select W291 --output-format concise w.py", &st);
    ck_assert_int_eq(st, 1);
    ck_assert_str_eq(s, "w.py:1:6: W291 [*] Trailing whitespace\nFound 1 error.\n[*] 1 fixable with the `--fix` option.\n");
    free(s);
    s = snipe("--select W291 clean.py", &st);
    ck_assert_int_eq(st, 0);
    ck_assert_str_eq(s, "All checks passed!\n");
    free(s);
    s = snipe("--select W291 --exit-zero --output-format pylint w.py", &st);
    ck_assert_int_eq(st, 0);
    ck_assert_str_eq(s, "w.py:1: [W291] Trailing whitespace\n");
    free(s);
}
END_TEST

START_TEST(cli_full_default)
{
    int st;
    char *s = snipe("--select W291 w.py", &st);
    ck_assert_int_eq(st, 1);
    ck_assert_str_eq(s, "W291 [*] Trailing whitespace\n"
                        " --> w.py:1:6\n"
                        "  |\n"
                        "1 | x = 1 \n"
                        "  |      ^\n"
                        "2 | y = 2\n"
                        "  |\n"
                        "help: Remove trailing whitespace\n"
                        "  |\n"
                        "  - x = 1 \n"
                        "1 + x = 1\n"
                        "2 | y = 2\n"
                        "  |\n"
                        "\n"
                        "Found 1 error.\n"
                        "[*] 1 fixable with the `--fix` option.\n");
    free(s);
}
END_TEST

START_TEST(cli_json_and_output_file)
{
    int st;
    char *s = snipe("--select W291 --output-format json w.py", &st);
    ck_assert_int_eq(st, 1);
    CjVal v;
    ck_assert_msg(cj_parse(s, &v), "%s", s);
    ck_assert_uint_eq(v.n, 1);
    char want[PATH_MAX + 16];
    snprintf(want, sizeof want, "%s/w.py", dir);
    ck_assert_str_eq(cj_get(&v.items[0], "filename")->str, want);
    ck_assert_str_eq(cj_get(&v.items[0], "code")->str, "W291");
    cj_free(&v);
    free(s);
    /* -o: nothing on stdout, a SARIF log in the file. */
    s = snipe("--select W291 --output-format sarif -o out.sarif w.py", &st);
    ck_assert_int_eq(st, 1);
    ck_assert_str_eq(s, "");
    free(s);
    char path[PATH_MAX + 16];
    snprintf(path, sizeof path, "%s/out.sarif", dir);
    FILE *f = fopen(path, "r");
    ck_assert_ptr_nonnull(f);
    char buf[65536];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    fclose(f);
    ck_assert(cj_parse(buf, &v));
    ck_assert(cj_keys_are(&v, "$schema,runs,version"));
    cj_free(&v);
    s = snipe("--select W291 --output-format junit w.py", &st);
    ck_assert(xml_well_formed(s));
    free(s);
    s = snipe("--select W291 --output-format json clean.py", &st);
    ck_assert_int_eq(st, 0);
    ck_assert_str_eq(s, "[]");
    free(s);
}
END_TEST

START_TEST(cli_statistics)
{
    int st;
    char *s = snipe("--select W291 --statistics w.py", &st);
    ck_assert_int_eq(st, 1);
    ck_assert_str_eq(s, "1\tW291\t[*] trailing-whitespace\nFound 1 error.\n[*] 1 fixable with the `--fix` option.\n");
    free(s);
    s = snipe("--select W291 --statistics --output-format json w.py", &st);
    CjVal v;
    ck_assert(cj_parse(s, &v));
    ck_assert(cj_keys_are(&v.items[0], "code,name,count,fixable,fixable_count"));
    cj_free(&v);
    free(s);
    s = snipe("--select W291 --statistics --output-format grouped w.py", &st);
    ck_assert_int_eq(st, 2);
    free(s);
}
END_TEST

Suite *suite_output_json(void)
{
    Suite *s = suite_create("output_json");
    TCase *tc = tcase_create("formats");
    tcase_add_test(tc, json_format);
    tcase_add_test(tc, json_lines_format);
    tcase_add_test(tc, json_escapes_round_trip);
    tcase_add_test(tc, rdjson_format);
    tcase_add_test(tc, gitlab_format);
    tcase_add_test(tc, sarif_format);
    tcase_add_test(tc, statistics_json);
    tcase_add_test(tc, junit_format);
    tcase_add_test(tc, junit_escapes);
    tcase_add_test(tc, checkers_reject_bad_input);
    suite_add_tcase(s, tc);
    TCase *cli = tcase_create("cli");
    tcase_add_checked_fixture(cli, setup_dir, teardown_dir);
    tcase_set_timeout(cli, 30);
    tcase_add_test(cli, cli_concise_and_summary);
    tcase_add_test(cli, cli_full_default);
    tcase_add_test(cli, cli_json_and_output_file);
    tcase_add_test(cli, cli_statistics);
    suite_add_tcase(s, cli);
    return s;
}
