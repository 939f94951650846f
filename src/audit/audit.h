/* audit.h: the project audit's shared types: the parsed project (built once), check results, the registry. */
#ifndef SNIPE_AUDIT_H
#define SNIPE_AUDIT_H

#include <stdbool.h>
#include <stdint.h>

#include "audit/dockerfile.h"
#include "audit/gitfiles.h"
#include "audit/requirements.h"
#include "audit/yaml_tree.h"
#include "config/toml.h"
#include "util/arena.h"

/* ---- families and checks (expanded from checks.def) ---- */

typedef enum AuditFamily {
    FAM_PACKAGING,
    FAM_STATIC,
    FAM_TESTING,
    FAM_CI,
    FAM_DOCKER,
    FAM_OPS,
    FAM__COUNT
} AuditFamily;

typedef enum CheckId {
#define CHECK(id, fam, title, req) CHECK_##id,
#include "audit/checks.def"
#undef CHECK
    CHECK__COUNT
} CheckId;

typedef enum AuditStatus { AUDIT_PASS, AUDIT_FAIL, AUDIT_SKIP } AuditStatus;

typedef struct AuditResult {
    AuditStatus status;
    const char *message;      /* fail: what to change; skip: why it does not apply */
    const char *file;         /* the file the failure was found in (relative), or NULL */
    uint32_t line;            /* 1-based, 0 when unknown */
    bool ignored;             /* skipped because the configuration ignores it */
} AuditResult;

typedef struct Project Project;
typedef void (*CheckFn)(const Project *p, AuditResult *r);

typedef struct AuditCheck {
    const char *id;
    AuditFamily family;
    const char *title;
    const char *requires;     /* comma-separated IDs, "" for none */
    CheckFn fn;
    const char *doc;          /* the --explain text: what, why, how to fix */
} AuditCheck;

typedef struct AuditFamilyInfo {
    const char *key;          /* "packaging" */
    const char *name;         /* "Packaging" */
    const char *description;
} AuditFamilyInfo;

extern const AuditCheck audit_checks[CHECK__COUNT];
extern const AuditFamilyInfo audit_families[FAM__COUNT];

/* Look a check up by ID (case-insensitive); NULL when there is none. */
const AuditCheck *audit_find_check(const char *id);
/* Look a family up by key; -1 when there is none. */
int audit_find_family(const char *key);
/* The documentation URL of a check (in the arena). */
const char *audit_check_url(Arena *a, const AuditCheck *c);

#define CHECK(id, fam, title, req) \
    void check_##id(const Project *p, AuditResult *r); \
    extern const char doc_##id[];
#include "audit/checks.def"
#undef CHECK

/* ---- the parsed project: read once, passed to every check ---- */

typedef enum ProjectKind { KIND_AUTO, KIND_LIBRARY, KIND_APPLICATION } ProjectKind;

/* A file that was read but could not be parsed. */
typedef struct LoadError {
    const char *file;
    uint32_t line, col;
    const char *message;      /* NULL: no error */
} LoadError;

typedef struct TomlDoc {
    const char *file;         /* relative path; NULL when the file does not exist */
    const TomlValue *root;    /* NULL when absent or broken */
    LoadError err;
} TomlDoc;

typedef struct Workflow {
    const char *file;
    const YamlNode *root;     /* NULL when broken */
    LoadError err;
} Workflow;

/* One shell command a CI step or a Dockerfile RUN executes. */
typedef struct Command {
    const char *text;
    const char *file;
    uint32_t line;
} Command;

/* A `uses:` of a GitHub step. */
typedef struct ActionUse {
    const char *uses;         /* owner/name@ref */
    const YamlNode *with;     /* its `with:` mapping, or NULL */
    const char *file;
    uint32_t line;
} ActionUse;

typedef struct ReqDoc {
    const char *file;
    ReqFile req;
} ReqDoc;

typedef struct Project {
    Arena *arena;
    const char *root;              /* the project root as a path */
    /* configuration ([tool.snipe.audit] or snipe.toml [audit]) */
    ProjectKind kind_setting;
    int floor_major, floor_minor;  /* the minimum acceptable requires-python floor */
    /* TOML documents */
    TomlDoc pyproject, snipe_toml, ruff_toml;
    /* derived from pyproject */
    bool has_requires_python;
    int py_major, py_minor;        /* the requires-python lower bound (when found) */
    const char *py_floor_text;     /* "3.11" */
    bool py_capped;                /* an upper bound was found */
    uint32_t requires_python_line;
    const TomlValue *lint;         /* the ruff-style table (tool.ruff, tool.snipe, ruff.toml root) */
    const char *lint_file;         /* where it lives */
    const char *lint_prefix;       /* "[tool.ruff]" or "" (ruff.toml) for messages */
    /* layout */
    ProjectKind kind;              /* the setting, or the guess */
    const char *package_dir;       /* "src/pkg" or "pkg"; NULL when not found */
    bool src_layout;
    /* files */
    FileList files;
    /* CI */
    Workflow *workflows;
    uint32_t nworkflows;
    bool has_gitlab;
    Command *ci_commands;
    uint32_t nci_commands;
    ActionUse *actions;
    uint32_t nactions;
    /* Docker */
    const char *dockerfile_path;   /* NULL when there is none */
    const Dockerfile *docker;
    LoadError docker_err;
    Command *docker_commands;      /* the RUN instructions (shell text) */
    uint32_t ndocker_commands;
    /* requirement files: requirements*.txt, requirements*.lock and files named by -r in CI/Docker */
    ReqDoc *reqs;
    uint32_t nreqs;
} Project;

/* Options that come from the command line or the configuration. */
typedef struct AuditSelection {
    bool selected[CHECK__COUNT];
    bool ignored[CHECK__COUNT];
    const char *reason[CHECK__COUNT];   /* the reason given for an ignore, or NULL */
} AuditSelection;

/* Build the project model of `root`. Returns false, with *err set, only when the project
 * cannot be read at all (out of memory, root unreadable); broken files are recorded in
 * LoadError fields and turned into failures by the checks that need them. */
bool project_load(Arena *a, const char *root, Project *p, const char **err);

/* Read a whole file under the root into the arena (NUL-terminated). NULL when absent. */
char *project_read(const Project *p, const char *rel, size_t *len);
/* Does a file or directory exist under the root? */
bool project_exists(const Project *p, const char *rel);
bool project_is_dir(const Project *p, const char *rel);

/* Run every check in registry order, honouring `requires` and the selection. */
void audit_run(const Project *p, const AuditSelection *sel, AuditResult results[CHECK__COUNT]);

/* ---- helpers shared by the checks ---- */

void res_pass(AuditResult *r);
void res_skip(AuditResult *r, const char *why);
void res_fail(AuditResult *r, const char *file, uint32_t line, const char *msg);
/* Fail with a printf-style message allocated in the project's arena. */
void res_failf(const Project *p, AuditResult *r, const char *file, uint32_t line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* When the TOML document is broken, fail with its error and return true. */
bool res_toml_broken(const Project *p, AuditResult *r, const TomlDoc *d);

/* TOML conveniences: a string value (NUL-terminated copy), or NULL. */
const char *tstr(const Project *p, const TomlValue *v);
/* Does the array (or string) `v` contain the string s? */
bool tarray_has(const TomlValue *v, const char *s);
/* The pyproject table at a dotted path, or NULL. */
const TomlValue *pyp(const Project *p, const char *dotted);

/* Does any CI command match the word pattern (see cmd_matches)? Sets *cmd to it. */
bool ci_runs(const Project *p, const char *pattern, const Command **cmd);
/* Word pattern matching: the pattern's words appear in order within one command of `text`
 * (commands split at newlines, ;, &&, ||, |). A pattern word ending in '*' matches a prefix. */
bool cmd_matches(const char *text, const char *pattern);
/* Is `dist` (normalised name) among any dependency list (project, optional, groups, dev)? */
bool project_depends_on(const Project *p, const char *dist, bool dev_only);

#endif
