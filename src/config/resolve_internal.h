/* resolve_internal.h: the state behind a Config (shared by resolve.c, config_load.c,
 * per_file.c and show_settings.c; not for other modules). */
#ifndef SNIPE_RESOLVE_INTERNAL_H
#define SNIPE_RESOLVE_INTERNAL_H

#include <stdio.h>

#include "config/options.h"
#include "config/resolve.h"
#include "config/toml.h"
#include "io/glob.h"
#include "util/arena.h"
#include "util/vec.h"

/* Compiled per-file-ignores / per-file-target-version: Ruff matches the pattern against the
 * file name, or the pattern made absolute against the full path; `!` inverts. */
typedef struct PerFileEntry {
    Glob basename, absolute;
    bool negated;
    RuleSet rules;
    PyVersion version;
} PerFileEntry;

struct PerFileIgnoreList {
    PerFileEntry *data;
    uint32_t len, cap;
};

/* A pattern set as Ruff's FilePatternSet, with the patterns as written (for --show-settings). */
typedef struct PatternSet {
    GlobSet set;
    const char **shown;
    uint32_t nshown;
} PatternSet;

/* A variant of a scope's LintSettings for files with per-file ignores or target versions. */
typedef struct Variant {
    RuleSet ignored;
    PyVersion version;
    LintSettings *settings;
} Variant;

/* The settings of one directory tree (Ruff's Settings for one configuration file). */
struct Scope {
    const char *root;             /* absolute directory the scope covers */
    const char *config_path;      /* NULL for defaults */
    LintSettings lint;
    PatternSet exclude, extend_exclude, include, extend_include, lint_exclude;
    bool force_exclude, respect_gitignore;
    struct PerFileIgnoreList per_file_ignores, per_file_targets;
    Vec(Variant) variants;
};

typedef struct ParsedFile {
    const char *path;             /* absolute */
    TomlValue *root;              /* NULL when it could not be read or parsed */
    bool readable;
    TomlError error;
    int errnum;
} ParsedFile;

typedef struct MsgSeen {
    char **data;
    uint32_t len, cap;
} MsgSeen;

struct Config {
    Arena arena;
    char *cwd;
    FILE *warn_out;
    MsgSeen seen_warnings;
    Warner warner;
    const CheckArgs *args;
    bool isolated;
    bool hierarchical;            /* false: one configuration for every file */
    const char *config_file;      /* --config PATH (absolute), NULL otherwise */
    Configuration inline_overrides; /* --config 'key = value', combined */
    Configuration flags;          /* the per-flag overrides (--select, --line-length...) */
    Scope *base;                  /* the settings of files under no scope */
    Vec(Scope *) scopes;
    Vec(ParsedFile) parsed;
    Vec(const char *) dirs_seen;  /* directories already searched for a configuration */
    Vec(void *) regexes;          /* pcre2 codes to free */
};

typedef enum Origin { ORIGIN_ANCESTOR, ORIGIN_USER_SPECIFIED, ORIGIN_USER_SETTINGS } Origin;

/* config_load.c */
/* The configuration file of directory `dir` (absolute): .snipe.toml, snipe.toml, .ruff.toml,
 * ruff.toml, or pyproject.toml with [tool.snipe] / [tool.ruff]. *found NULL when none. */
bool config_file_in_dir(Config *c, const char *dir, const char **found, char *err, size_t errlen);
/* Resolve the `extend` chain starting at `path`, combine it, apply the fallbacks and the
 * command-line overrides. */
bool config_resolve_chain(Config *c, const char *path, Origin origin, Configuration *out, char *err, size_t errlen);
/* target-version from the closest pyproject.toml with requires-python at or above `dir`. */
PyVersion config_fallback_target(Config *c, const char *dir);
/* Apply the command-line overrides (inline --config, then the flags) to a configuration. */
bool config_transform(Config *c, const Configuration *in, Configuration *out, char *err, size_t errlen);

/* per_file.c */
bool per_file_compile(Config *c, const CfgPerFiles *lists, int nlists, bool versions, const SelectionOptions *so,
                      struct PerFileIgnoreList *out, char *err, size_t errlen);
void per_file_free(struct PerFileIgnoreList *l);
/* Rules ignored for `abspath`; *version set to the first matching per-file-target-version. */
void per_file_match(const struct PerFileIgnoreList *l, const char *abspath, RuleSet *ignored);
bool per_file_version(const struct PerFileIgnoreList *l, const char *abspath, PyVersion *version);

/* resolve.c */
bool pattern_set_build(Config *c, const CfgPatterns *p, const char *const *builtin, PatternSet *out, char *err,
                       size_t errlen);
void print_warning(void *ud, const char *msg);

/* show_settings.c */
void scope_print(const Scope *s, const LintSettings *ls, const char *path, FILE *out);

#endif
