/* test_audit_helpers.h: temp copies of the audit fixture projects, small edits, and in-process audit runs. */
#ifndef SNIPE_TEST_AUDIT_HELPERS_H
#define SNIPE_TEST_AUDIT_HELPERS_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "audit/audit.h"
#include "audit/audit_config.h"

#define GOOD_FIXTURE "tests/fixtures/audit/good"

/* Copy the good project into a fresh temp dir; returns the malloc'd path. */
static inline char *fx_copy_good(void)
{
    char tmpl[] = "/tmp/snipe-audit-XXXXXX";
    char *dir = mkdtemp(tmpl);
    ck_assert_ptr_nonnull(dir);
    char cmd[512];
    snprintf(cmd, sizeof cmd, "cp -R " GOOD_FIXTURE "/. '%s'/", dir);
    ck_assert_int_eq(system(cmd), 0);
    return strdup(dir);
}

static inline void fx_remove(const char *dir)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    ck_assert_int_eq(system(cmd), 0);
}

static inline char *fx_path(const char *dir, const char *rel)
{
    static char buf[1024];   /* tests are single-threaded per process (Check forks) */
    snprintf(buf, sizeof buf, "%s/%s", dir, rel);
    return buf;
}

static inline char *fx_read(const char *dir, const char *rel)
{
    FILE *f = fopen(fx_path(dir, rel), "rb");
    ck_assert_msg(f != NULL, "cannot read %s", rel);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    ck_assert_ptr_nonnull(buf);
    ck_assert_int_eq(fread(buf, 1, (size_t)n, f), n);
    buf[n] = 0;
    fclose(f);
    return buf;
}

static inline void fx_write(const char *dir, const char *rel, const char *text)
{
    char cmd[1200];
    /* create parent folders */
    snprintf(cmd, sizeof cmd, "mkdir -p \"$(dirname '%s')\"", fx_path(dir, rel));
    ck_assert_int_eq(system(cmd), 0);
    FILE *f = fopen(fx_path(dir, rel), "wb");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    fclose(f);
}

/* Replace the first occurrence of `from` in a file; the text must be there. */
static inline void fx_replace(const char *dir, const char *rel, const char *from, const char *to)
{
    char *text = fx_read(dir, rel);
    char *at = strstr(text, from);
    ck_assert_msg(at != NULL, "'%s' not found in %s", from, rel);
    size_t n = strlen(text) + strlen(to) + 1;
    char *out = malloc(n);
    ck_assert_ptr_nonnull(out);
    memcpy(out, text, (size_t)(at - text));
    strcpy(out + (at - text), to);
    strcat(out, at + strlen(from));
    fx_write(dir, rel, out);
    free(out);
    free(text);
}

static inline void fx_delete(const char *dir, const char *rel)
{
    char cmd[1200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", fx_path(dir, rel));
    ck_assert_int_eq(system(cmd), 0);
}

static inline void fx_rename(const char *dir, const char *from, const char *to)
{
    char a[1024];
    snprintf(a, sizeof a, "%s", fx_path(dir, from));
    ck_assert_int_eq(rename(a, fx_path(dir, to)), 0);
}

/* One in-process audit of `dir`. */
typedef struct AuditRun {
    Arena arena;
    Project project;
    AuditSelection sel;
    AuditResult results[CHECK__COUNT];
    const char *config_error;
} AuditRun;

static inline AuditRun *fx_audit(const char *dir)
{
    AuditRun *run = calloc(1, sizeof *run);
    ck_assert_ptr_nonnull(run);
    arena_init(&run->arena);
    const char *err = NULL;
    ck_assert_msg(project_load(&run->arena, dir, &run->project, &err), "project_load: %s", err ? err : "?");
    run->config_error = audit_config_selection(&run->project, &run->sel);
    audit_run(&run->project, &run->sel, run->results);
    return run;
}

static inline void fx_audit_free(AuditRun *run)
{
    arena_free(&run->arena);
    free(run);
}

static inline const AuditResult *fx_result(const AuditRun *run, const char *id)
{
    const AuditCheck *c = audit_find_check(id);
    ck_assert_ptr_nonnull(c);
    return &run->results[c - audit_checks];
}

/* The IDs of failed checks, space-separated, into buf. */
static inline const char *fx_failed(const AuditRun *run, char *buf, size_t n)
{
    buf[0] = 0;
    for (int i = 0; i < CHECK__COUNT; i++)
        if (run->results[i].status == AUDIT_FAIL) {
            strncat(buf, audit_checks[i].id, n - strlen(buf) - 1);
            strncat(buf, " ", n - strlen(buf) - 1);
        }
    return buf;
}

#endif
