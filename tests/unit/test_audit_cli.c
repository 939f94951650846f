/* test_audit_cli.c: `snipe audit` end to end: exit codes, JSON/SARIF/HTML validity, configuration,
 * malformed inputs, and the git index. */
#include <ctype.h>

#include "json_reader.h"
#include "test_audit_helpers.h"

/* ---- JSON through the shared test reader ---- */

/* Parse a whole document; fails the test when it is not JSON. */
static const JVal *jparse(Arena *a, const char *text)
{
    const JVal *v = json_parse(a, text, strlen(text));
    ck_assert_msg(v != NULL, "not valid JSON: %.80s", text);
    return v;
}

#define jget json_member

static int jint(const JVal *v)
{
    ck_assert(v && v->kind == J_NUM);
    return atoi(v->s);
}

/* ---- running the binary ---- */

static int run_snipe(const char *args, const char *out_file)
{
    const char *bin = getenv("SNIPE_BIN");
    if (!bin)
        bin = "build/snipe";
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "%s audit %s > '%s' 2>&1", bin, args, out_file);
    int st = system(cmd);
    ck_assert(WIFEXITED(st));
    return WEXITSTATUS(st);
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    ck_assert_ptr_nonnull(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    ck_assert_int_eq(fread(s, 1, (size_t)n, f), n);
    s[n] = 0;
    fclose(f);
    return s;
}

START_TEST(exit_codes)
{
    char *dir = fx_copy_good();
    char args[4096], out[1100];
    snprintf(out, sizeof out, "%s.out", dir);
    snprintf(args, sizeof args, "'%s'", dir);
    ck_assert_int_eq(run_snipe(args, out), 0);
    fx_delete(dir, ".github/CODEOWNERS");
    ck_assert_int_eq(run_snipe(args, out), 1);
    char *text = slurp(out);
    ck_assert(strstr(text, "✗ PRJ028 ownership and runbooks") != NULL);
    ck_assert(strstr(text, "27 passed, 1 failed, 0 skipped") != NULL);
    ck_assert(strchr(text, '\033') == NULL);   /* not a terminal: no colour */
    free(text);
    snprintf(args, sizeof args, "'%s' --color always --select ops", dir);
    ck_assert_int_eq(run_snipe(args, out), 1);
    text = slurp(out);
    ck_assert(strchr(text, '\033') != NULL);
    ck_assert(strstr(text, "PRJ001") == NULL);
    free(text);
    snprintf(args, sizeof args, "'%s' --ignore PRJ028", dir);
    ck_assert_int_eq(run_snipe(args, out), 0);
    ck_assert_int_eq(run_snipe("/nonexistent/nowhere", out), 2);
    ck_assert_int_eq(run_snipe("--bogus", out), 2);
    ck_assert_int_eq(run_snipe("--explain PRJ999", out), 2);
    ck_assert_int_eq(run_snipe("--explain prj025", out), 0);
    text = slurp(out);
    ck_assert(strstr(text, "PRJ025: no committed secrets files") && strstr(text, ".gitignore"));
    free(text);
    ck_assert_int_eq(run_snipe("--list", out), 0);
    text = slurp(out);
    ck_assert(strstr(text, "PRJ028") && strstr(text, "PRJ018  ci         CI runs the quality gates  (requires PRJ017)"));
    free(text);
    snprintf(args, sizeof args, "'%s' --output-format yaml", dir);
    ck_assert_int_eq(run_snipe(args, out), 2);
    snprintf(args, sizeof args, "'%s' -o /nonexistent-dir/report.json --output-format json", dir);
    ck_assert_int_eq(run_snipe(args, out), 2);
    unlink(out);
    fx_remove(dir);
    free(dir);
}
END_TEST

START_TEST(json_has_repo_review_shape)
{
    char *dir = fx_copy_good();
    fx_replace(dir, "Dockerfile", "USER nobody", "USER 0:0");
    char args[4096], out[1100], file[1100];
    snprintf(out, sizeof out, "%s.out", dir);
    snprintf(file, sizeof file, "%s.json", dir);
    snprintf(args, sizeof args, "'%s' --output-format json -o '%s'", dir, file);
    ck_assert_int_eq(run_snipe(args, out), 1);
    char *text = slurp(file);
    Arena ja;
    arena_init(&ja);
    const JVal *root = jparse(&ja, text);
    ck_assert_int_eq(root->kind, J_OBJ);
    ck_assert(jget(root, "status") && jget(root, "status")->kind == J_STR);
    const JVal *fams = jget(root, "families"), *checks = jget(root, "checks");
    ck_assert(fams && fams->kind == J_OBJ && fams->n == FAM__COUNT);
    ck_assert(checks && checks->kind == J_OBJ);
    ck_assert_int_eq(checks->n, CHECK__COUNT);
    int fails = 0;
    for (size_t i = 0; i < checks->n; i++) {
        const JVal *c = checks->items[i];
        ck_assert_str_eq(checks->keys[i], audit_checks[i].id);
        const JVal *fam = jget(c, "family"), *desc = jget(c, "description"), *res = jget(c, "result"),
                   *msg = jget(c, "err_msg"), *url = jget(c, "url");
        ck_assert(fam && fam->kind == J_STR && jget(fams, fam->s) != NULL);
        ck_assert(desc && desc->kind == J_STR && strcmp(desc->s, audit_checks[i].title) == 0);
        ck_assert(res && (res->kind == J_BOOL || res->kind == J_NULL));
        ck_assert(msg && msg->kind == J_STR);
        ck_assert(url && url->kind == J_STR && strncmp(url->s, "https://", 8) == 0);
        if (res->kind == J_BOOL && !res->b) {
            fails++;
            ck_assert_str_eq(checks->keys[i], "PRJ022");
            ck_assert(strstr(msg->s, "USER 0:0 is root") != NULL);
        }
    }
    ck_assert_int_eq(fails, 1);
    arena_free(&ja);
    free(text);
    unlink(file);
    unlink(out);
    fx_remove(dir);
    free(dir);
}
END_TEST

START_TEST(sarif_is_2_1_0)
{
    char *dir = fx_copy_good();
    fx_replace(dir, ".github/workflows/ci.yml", "run: uv sync --frozen", "run: uv sync");
    fx_delete(dir, "tests/integration");
    char args[4096], out[1100];
    snprintf(out, sizeof out, "%s.out", dir);
    snprintf(args, sizeof args, "'%s' --output-format=sarif", dir);
    ck_assert_int_eq(run_snipe(args, out), 1);
    char *text = slurp(out);
    Arena ja;
    arena_init(&ja);
    const JVal *root = jparse(&ja, text);
    ck_assert_str_eq(jget(root, "version")->s, "2.1.0");
    ck_assert(strstr(jget(root, "$schema")->s, "sarif-2.1.0") != NULL);
    const JVal *runs = jget(root, "runs");
    ck_assert(runs && runs->kind == J_ARR && runs->n == 1);
    const JVal *driver = jget(jget(runs->items[0], "tool"), "driver");
    ck_assert(driver && jget(driver, "name")->kind == J_STR);
    const JVal *rules = jget(driver, "rules");
    ck_assert_int_eq(rules->n, CHECK__COUNT);
    for (size_t i = 0; i < rules->n; i++) {
        ck_assert_str_eq(jget(rules->items[i], "id")->s, audit_checks[i].id);
        ck_assert(jget(jget(rules->items[i], "shortDescription"), "text") != NULL);
        ck_assert(jget(rules->items[i], "helpUri") != NULL);
    }
    const JVal *results = jget(runs->items[0], "results");
    ck_assert_int_eq(results->n, 2);
    bool saw_ci = false;
    for (size_t i = 0; i < results->n; i++) {
        const JVal *r = results->items[i];
        const JVal *id = jget(r, "ruleId");
        ck_assert_str_eq(jget(r, "level")->s, "error");
        ck_assert(jget(jget(r, "message"), "text")->kind == J_STR);
        int idx = jint(jget(r, "ruleIndex"));
        ck_assert_str_eq(audit_checks[idx].id, id->s);
        const JVal *loc = jget(jget(r, "locations")->items[0], "physicalLocation");
        const JVal *uri = jget(jget(loc, "artifactLocation"), "uri");
        ck_assert(uri && uri->kind == J_STR);
        if (strcmp(id->s, "PRJ020") == 0) {
            saw_ci = true;
            ck_assert_str_eq(uri->s, ".github/workflows/ci.yml");
            ck_assert_int_eq(jint(jget(jget(loc, "region"), "startLine")), 21);
        }
    }
    ck_assert(saw_ci);
    arena_free(&ja);
    free(text);
    unlink(out);
    fx_remove(dir);
    free(dir);
}
END_TEST

static const char *const VOID_TAGS[] = {"meta", "br", "hr", "img", "input", "link", "wbr", NULL};

/* Tags balance (void elements aside); nothing is loaded from elsewhere. */
static void check_html(const char *html)
{
    ck_assert(strncmp(html, "<!DOCTYPE html>", 15) == 0);
    char stack[64][16];
    int depth = 0;
    for (const char *p = html; (p = strchr(p, '<')); p++) {
        if (p[1] == '!')
            continue;
        bool close = p[1] == '/';
        const char *n = p + 1 + close;
        char name[16];
        size_t k = 0;
        while (isalnum((unsigned char)n[k]) && k < 15) {
            name[k] = (char)tolower((unsigned char)n[k]);
            k++;
        }
        name[k] = 0;
        ck_assert_msg(k > 0, "stray '<' in the page");
        bool is_void = false;
        for (int v = 0; VOID_TAGS[v]; v++)
            is_void |= strcmp(VOID_TAGS[v], name) == 0;
        if (is_void)
            continue;
        if (close) {
            ck_assert_msg(depth > 0 && strcmp(stack[depth - 1], name) == 0, "</%s> does not close <%s>", name,
                          depth ? stack[depth - 1] : "(nothing)");
            depth--;
        } else {
            ck_assert(depth < 64);
            strcpy(stack[depth++], name);
        }
    }
    ck_assert_int_eq(depth, 0);
    ck_assert(strstr(html, "<script") == NULL);
    ck_assert(strstr(html, "src=") == NULL);
    ck_assert(strstr(html, "<link") == NULL);
    ck_assert(strstr(html, "url(") == NULL);
    ck_assert(strstr(html, "@import") == NULL);
}

START_TEST(html_is_self_contained)
{
    char *dir = fx_copy_good();
    fx_write(dir, "src/shopcart/evil.py", "def f():\n    print('<b>&\"')\n");
    fx_delete(dir, "Dockerfile");
    char args[4096], out[1100], file[1100];
    snprintf(out, sizeof out, "%s.out", dir);
    snprintf(file, sizeof file, "%s.html", dir);
    snprintf(args, sizeof args, "'%s' --output-format html -o '%s'", dir, file);
    ck_assert_int_eq(run_snipe(args, out), 1);
    char *html = slurp(file);
    check_html(html);
    ck_assert(strstr(html, "evil.py:2 calls print()") != NULL);
    ck_assert(strstr(html, "skipped: no Dockerfile") != NULL);
    ck_assert(strstr(html, "28") == NULL || strstr(html, "passed") != NULL);
    free(html);
    unlink(file);
    unlink(out);
    fx_remove(dir);
    free(dir);
}
END_TEST

START_TEST(ignore_with_reason_and_select)
{
    char *dir = fx_copy_good();
    fx_delete(dir, ".github/CODEOWNERS");
    fx_replace(dir, "pyproject.toml", "python-floor = \"3.11\"\n",
               "python-floor = \"3.11\"\nignore = { PRJ028 = \"internal tool, no on-call\" }\n");
    AuditRun *run = fx_audit(dir);
    ck_assert_ptr_null(run->config_error);
    const AuditResult *r = fx_result(run, "PRJ028");
    ck_assert_int_eq(r->status, AUDIT_SKIP);
    ck_assert(r->ignored);
    ck_assert(strstr(r->message, "internal tool, no on-call") != NULL);
    char failed[256];
    ck_assert_str_eq(fx_failed(run, failed, sizeof failed), "");
    fx_audit_free(run);
    /* select by family, from snipe.toml (which wins over pyproject) */
    fx_write(dir, "snipe.toml", "[audit]\nselect = [\"docker\", \"PRJ001\"]\n");
    run = fx_audit(dir);
    ck_assert_ptr_null(run->config_error);
    int n = 0;
    for (int i = 0; i < CHECK__COUNT; i++)
        n += run->sel.selected[i];
    ck_assert_int_eq(n, 4);
    ck_assert(run->sel.selected[CHECK_PRJ021] && run->sel.selected[CHECK_PRJ001] && !run->sel.selected[CHECK_PRJ028]);
    fx_audit_free(run);
    /* a bad setting names the file and line */
    fx_write(dir, "snipe.toml", "[audit]\n\nselect = [\"PRJ999\"]\n");
    run = fx_audit(dir);
    ck_assert_ptr_nonnull(run->config_error);
    ck_assert_msg(strstr(run->config_error, "snipe.toml:3") && strstr(run->config_error, "PRJ999"), "%s",
                  run->config_error);
    fx_audit_free(run);
    fx_remove(dir);
    free(dir);
}
END_TEST

START_TEST(strict_typing_exempts_ann_and_floor_is_configurable)
{
    char *dir = fx_copy_good();
    fx_replace(dir, "pyproject.toml", "\"SIM\", \"ANN\", ", "\"SIM\", ");
    AuditRun *run = fx_audit(dir);
    ck_assert_int_eq(fx_result(run, "PRJ011")->status, AUDIT_PASS);
    fx_audit_free(run);
    fx_replace(dir, "pyproject.toml", "python-floor = \"3.11\"", "python-floor = \"3.12\"");
    run = fx_audit(dir);
    ck_assert_int_eq(fx_result(run, "PRJ006")->status, AUDIT_FAIL);
    ck_assert(strstr(fx_result(run, "PRJ006")->message, ">=3.12") != NULL);
    ck_assert_int_eq(fx_result(run, "PRJ008")->status, AUDIT_SKIP);   /* requires PRJ006 */
    fx_audit_free(run);
    fx_remove(dir);
    free(dir);
}
END_TEST

START_TEST(malformed_inputs_name_file_and_line)
{
    char *dir = fx_copy_good();
    fx_write(dir, ".github/workflows/broken.yml", "name: x\non: [push\njobs: {}\n");
    fx_write(dir, "Dockerfile", "FROM python:3.11-slim AS build\nRUN pip install --no-cache-dir \\\n");
    AuditRun *run = fx_audit(dir);
    const AuditResult *ci = fx_result(run, "PRJ017");
    ck_assert_int_eq(ci->status, AUDIT_FAIL);
    ck_assert_msg(strstr(ci->message, ".github/workflows/broken.yml:") && strstr(ci->message, "not valid YAML"), "%s",
                  ci->message);
    ck_assert_str_eq(ci->file, ".github/workflows/broken.yml");
    ck_assert_uint_ge(ci->line, 2);
    const AuditResult *df = fx_result(run, "PRJ021");
    ck_assert_int_eq(df->status, AUDIT_FAIL);
    ck_assert_msg(strstr(df->message, "Dockerfile:2: line continuation"), "%s", df->message);
    fx_audit_free(run);
    fx_write(dir, "pyproject.toml", "[project]\nname = \"shopcart\"\nversion = \n");
    run = fx_audit(dir);
    const AuditResult *pp = fx_result(run, "PRJ001");
    ck_assert_int_eq(pp->status, AUDIT_FAIL);
    ck_assert_msg(strstr(pp->message, "pyproject.toml:3:") && strstr(pp->message, "not valid TOML"), "%s", pp->message);
    ck_assert_int_eq(fx_result(run, "PRJ007")->status, AUDIT_FAIL);
    fx_audit_free(run);
    /* empty and binary files do not crash the readers */
    fx_write(dir, "pyproject.toml", "");
    fx_write(dir, ".github/workflows/broken.yml", "");
    fx_write(dir, "Dockerfile", "\x01\x02\xff\n");
    fx_write(dir, "requirements.txt", "\\\n\\");
    run = fx_audit(dir);
    ck_assert_int_eq(fx_result(run, "PRJ001")->status, AUDIT_FAIL);
    fx_audit_free(run);
    fx_remove(dir);
    free(dir);
}
END_TEST

START_TEST(git_index_decides_what_is_committed)
{
    if (system("git --version > /dev/null 2>&1") != 0)
        return;   /* no git here: the tree walk is covered by the other tests */
    char *dir = fx_copy_good();
    fx_write(dir, ".env", "SECRET=hunter2\n");
    fx_write(dir, "scratch/untracked.pem", "-----BEGIN-----\n");
    char cmd[1024];
    /* before the first `git add`, present files still count for presence checks */
    snprintf(cmd, sizeof cmd, "cd '%s' && git init -q .", dir);
    ck_assert_int_eq(system(cmd), 0);
    AuditRun *run = fx_audit(dir);
    ck_assert(run->project.files.from_git);
    char failed[256];
    ck_assert_str_eq(fx_failed(run, failed, sizeof failed), "");
    fx_audit_free(run);
    snprintf(cmd, sizeof cmd, "cd '%s' && git add -A . && git rm -q --cached scratch/untracked.pem", dir);
    ck_assert_int_eq(system(cmd), 0);
    run = fx_audit(dir);
    ck_assert(run->project.files.from_git);
    bool seen = false;
    for (uint32_t i = 0; i < run->project.files.len; i++)
        if (strcmp(run->project.files.paths[i], "scratch/untracked.pem") == 0) {
            seen = true;
            ck_assert(!run->project.files.tracked[i]);
        } else if (strcmp(run->project.files.paths[i], ".env") == 0) {
            ck_abort_msg(".env is ignored by .gitignore and must not be listed");
        }
    ck_assert(seen);
    ck_assert_int_eq(fx_result(run, "PRJ025")->status, AUDIT_PASS);   /* .env ignored, .pem untracked */
    fx_audit_free(run);
    snprintf(cmd, sizeof cmd, "cd '%s' && git add -f .env", dir);
    ck_assert_int_eq(system(cmd), 0);
    run = fx_audit(dir);
    const AuditResult *r = fx_result(run, "PRJ025");
    ck_assert_int_eq(r->status, AUDIT_FAIL);
    ck_assert(strstr(r->message, ".env is committed") != NULL);
    fx_audit_free(run);
    fx_remove(dir);
    free(dir);
}
END_TEST

START_TEST(tree_walk_blames_unignored_secrets)
{
    char *dir = fx_copy_good();
    fx_write(dir, ".env", "SECRET=1\n");       /* ignored by .gitignore: fine */
    fx_write(dir, "deploy/tls/server.key", "k\n");
    AuditRun *run = fx_audit(dir);
    const AuditResult *r = fx_result(run, "PRJ025");
    ck_assert_int_eq(r->status, AUDIT_FAIL);
    ck_assert_str_eq(r->file, "deploy/tls/server.key");
    fx_audit_free(run);
    fx_delete(dir, "deploy");
    fx_write(dir, "models/m.joblib", "x");
    fx_write(dir, "models/SHA256SUMS", "abc  m.joblib\n");
    run = fx_audit(dir);
    ck_assert_int_eq(fx_result(run, "PRJ025")->status, AUDIT_PASS);
    ck_assert_int_eq(fx_result(run, "PRJ027")->status, AUDIT_PASS);
    fx_audit_free(run);
    fx_remove(dir);
    free(dir);
}
END_TEST

START_TEST(ci_versions_and_actions)
{
    char *dir = fx_copy_good();
    /* a matrix computed by an expression cannot be judged: the floor part passes */
    fx_replace(dir, ".github/workflows/ci.yml", "python-version: [\"3.11\", \"3.13\"]",
               "python-version: ${{ fromJson(needs.setup.outputs.versions) }}");
    AuditRun *run = fx_audit(dir);
    ck_assert_int_eq(fx_result(run, "PRJ019")->status, AUDIT_PASS);
    fx_audit_free(run);
    fx_replace(dir, ".github/workflows/ci.yml", "python-version: ${{ fromJson(needs.setup.outputs.versions) }}",
               "python-version: [\"3.12\", \"3.13\"]");
    run = fx_audit(dir);
    ck_assert_int_eq(fx_result(run, "PRJ019")->status, AUDIT_FAIL);
    ck_assert(strstr(fx_result(run, "PRJ019")->message, "never tests Python 3.11") != NULL);
    fx_audit_free(run);
    fx_replace(dir, ".github/workflows/ci.yml", "[\"3.12\", \"3.13\"]", "[\"3.11\"]");
    fx_replace(dir, ".github/workflows/ci.yml", "actions/checkout@v4", "actions/checkout@0ad4b8fadaa221de15dcec353f45205ec38ea70b");
    fx_replace(dir, ".github/workflows/ci.yml", "actions/setup-python@v5", "actions/setup-python@v4.7.1");
    run = fx_audit(dir);
    const AuditResult *r = fx_result(run, "PRJ019");
    ck_assert_int_eq(r->status, AUDIT_FAIL);
    ck_assert(strstr(r->message, "ci.yml:16 uses actions/setup-python@v4.7.1") != NULL);
    ck_assert_uint_eq(r->line, 16);
    fx_audit_free(run);
    fx_remove(dir);
    free(dir);
}
END_TEST

START_TEST(docker_details)
{
    char *dir = fx_copy_good();
    /* the source copied before the dependencies are installed */
    fx_write(dir, "Dockerfile",
             "FROM python:3.11-slim AS build\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.lock\n"
             "FROM python:3.11-slim\nCOPY --from=build /app /app\nUSER app\nCMD [\"python\", \"-m\", \"shopcart\"]\n");
    fx_write(dir, "requirements.lock", "fastapi==0.115.0 \\\n    --hash=sha256:00\nuvicorn==0.30.0\n");
    AuditRun *run = fx_audit(dir);
    const AuditResult *r = fx_result(run, "PRJ023");
    ck_assert_int_eq(r->status, AUDIT_FAIL);
    ck_assert_msg(strstr(r->message, "Dockerfile:3 copies the source before"), "%s", r->message);
    ck_assert_int_eq(fx_result(run, "PRJ020")->status, AUDIT_PASS);   /* the lock is fully pinned */
    fx_audit_free(run);
    /* pip without --no-cache-dir, and a base image that is not the floor */
    fx_replace(dir, "Dockerfile", "COPY . .\nRUN pip install --no-cache-dir -r requirements.lock\n",
               "COPY requirements.lock .\nRUN pip install -r requirements.lock\nCOPY . .\n");
    run = fx_audit(dir);
    ck_assert(strstr(fx_result(run, "PRJ023")->message, "--no-cache-dir") != NULL);
    fx_audit_free(run);
    fx_replace(dir, "Dockerfile", "RUN pip install -r", "RUN --mount=type=cache,target=/root/.cache pip install -r");
    fx_replace(dir, "Dockerfile", "FROM python:3.11-slim\n", "FROM python:3.12-slim\n");
    run = fx_audit(dir);
    ck_assert_msg(strstr(fx_result(run, "PRJ023")->message, "Dockerfile:6: base image python:3.12-slim"), "%s",
                  fx_result(run, "PRJ023")->message);
    fx_audit_free(run);
    /* an unpinned lock installed by the image fails PRJ005 and PRJ020 */
    fx_replace(dir, "Dockerfile", "python:3.12-slim\n", "python:3.11-slim\n");
    fx_write(dir, "requirements.lock", "fastapi>=0.115\n");
    run = fx_audit(dir);
    ck_assert(strstr(fx_result(run, "PRJ005")->message, "requirements.lock:1: `fastapi` is not pinned") != NULL);
    ck_assert_int_eq(fx_result(run, "PRJ020")->status, AUDIT_FAIL);
    ck_assert_int_eq(fx_result(run, "PRJ023")->status, AUDIT_PASS);
    fx_audit_free(run);
    fx_remove(dir);
    free(dir);
}
END_TEST

Suite *suite_audit_cli(void)
{
    Suite *s = suite_create("audit_cli");
    TCase *tc = tcase_create("end_to_end");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, exit_codes);
    tcase_add_test(tc, json_has_repo_review_shape);
    tcase_add_test(tc, sarif_is_2_1_0);
    tcase_add_test(tc, html_is_self_contained);
    tcase_add_test(tc, ignore_with_reason_and_select);
    tcase_add_test(tc, strict_typing_exempts_ann_and_floor_is_configurable);
    tcase_add_test(tc, malformed_inputs_name_file_and_line);
    tcase_add_test(tc, git_index_decides_what_is_committed);
    tcase_add_test(tc, tree_walk_blames_unignored_secrets);
    tcase_add_test(tc, ci_versions_and_actions);
    tcase_add_test(tc, docker_details);
    suite_add_tcase(s, tc);
    return s;
}
