/* registry.c: the check table (expanded from checks.def), the families, and the runner. */
#include "audit/audit.h"

#include <string.h>
#include <strings.h>

/* Where each check's documentation lives: the audit section of the README, one anchor per ID. */
#define AUDIT_DOCS_URL "https://github.com/snipe-lint/snipe/blob/main/README.md#"

const AuditCheck audit_checks[CHECK__COUNT] = {
#define CHECK(id, fam, title, req) {#id, fam, title, req, check_##id, doc_##id},
#include "audit/checks.def"
#undef CHECK
};

const AuditFamilyInfo audit_families[FAM__COUNT] = {
    [FAM_PACKAGING] = {"packaging", "Packaging", "pyproject.toml as the single source of truth, layout, locks"},
    [FAM_STATIC] = {"static", "Static analysis", "strict typing, lint rule selection, formatting"},
    [FAM_TESTING] = {"testing", "Testing", "test pyramid, pytest settings, coverage, benchmarks"},
    [FAM_CI] = {"ci", "Continuous integration", "workflows that run the quality gates on every change"},
    [FAM_DOCKER] = {"docker", "Container", "multi-stage, non-root, cache-friendly images"},
    [FAM_OPS] = {"ops", "Operations", "logging, secrets, dependency updates, ownership"},
};

const AuditCheck *audit_find_check(const char *id)
{
    for (int i = 0; i < CHECK__COUNT; i++)
        if (strcasecmp(audit_checks[i].id, id) == 0)
            return &audit_checks[i];
    return NULL;
}

int audit_find_family(const char *key)
{
    for (int i = 0; i < FAM__COUNT; i++)
        if (strcasecmp(audit_families[i].key, key) == 0)
            return i;
    return -1;
}

const char *audit_check_url(Arena *a, const AuditCheck *c)
{
    char *u = arena_printf(a, "%s%s", AUDIT_DOCS_URL, c->id);
    for (char *k = u ? u + strlen(AUDIT_DOCS_URL) : NULL; k && *k; k++)
        if (*k >= 'A' && *k <= 'Z')
            *k = (char)(*k - 'A' + 'a');
    return u ? u : AUDIT_DOCS_URL;
}

/* Does every check named in `requires` pass? Names the first one that does not in *which. */
static bool requirements_pass(const char *requires, const AuditStatus *status, const char **which)
{
    const char *p = requires;
    while (*p) {
        const char *e = strchr(p, ',');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        for (int i = 0; i < CHECK__COUNT; i++)
            if (strlen(audit_checks[i].id) == n && memcmp(audit_checks[i].id, p, n) == 0 &&
                status[i] != AUDIT_PASS) {
                *which = audit_checks[i].id;
                return false;
            }
        p = e ? e + 1 : p + n;
    }
    return true;
}

static const char *const REQ_MSG[CHECK__COUNT] = {
#define CHECK(id, fam, title, req) [CHECK_##id] = req[0] ? "requires " req " to pass" : NULL,
#include "audit/checks.def"
#undef CHECK
};

void audit_run(const Project *p, const AuditSelection *sel, AuditResult results[CHECK__COUNT])
{
    /* Every check runs (requires may name an unselected or ignored one, judged on its real
     * result); the selection only decides what the report shows. */
    AuditStatus real[CHECK__COUNT];
    for (int i = 0; i < CHECK__COUNT; i++) {
        const AuditCheck *c = &audit_checks[i];
        const char *which;
        if (!requirements_pass(c->requires, real, &which)) {
            res_skip(&results[i], REQ_MSG[i]);
        } else {
            c->fn(p, &results[i]);
        }
        real[i] = results[i].status;
        if (sel && sel->ignored[i]) {
            const char *why = sel->reason[i] ? sel->reason[i] : "by configuration";
            results[i] = (AuditResult){.status = AUDIT_SKIP, .message = why, .ignored = true};
        }
    }
}
