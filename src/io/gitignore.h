/* gitignore.h: .gitignore / .ignore / .git/info/exclude files (gitignore(5) semantics: comments,
 * trailing-space trimming, `!` negation, `/` anchoring, directory-only patterns, `**`) and the
 * precedence between them that Ruff's walker (the `ignore` crate) applies. */
#ifndef SNIPE_GITIGNORE_H
#define SNIPE_GITIGNORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "io/glob.h"

typedef enum IgnoreMatch { IGN_NONE, IGN_IGNORE, IGN_WHITELIST } IgnoreMatch;

typedef struct IgnoreRule {
    Glob glob;            /* compiled with literal separators, relative to IgnoreFile.dir */
    bool whitelist;       /* `!pattern` */
    bool dir_only;        /* `pattern/` */
} IgnoreRule;

/* The patterns of one ignore file. */
typedef struct IgnoreFile {
    char *dir;            /* absolute directory the patterns are relative to (no trailing '/'; "" for "/") */
    IgnoreRule *data;
    uint32_t len, cap;
} IgnoreFile;

/* Parse the text of an ignore file whose patterns are relative to `dir`. Lines that are not
 * valid globs are skipped. Returns false only when memory runs out. */
bool ignore_file_parse(IgnoreFile *f, const char *dir, const char *text, size_t len);
/* Read and parse `path`; false when the file does not exist or cannot be read (f is then empty). */
bool ignore_file_load(IgnoreFile *f, const char *dir, const char *path);
/* The last rule matching `abspath` (absolute, no trailing slash) decides. */
IgnoreMatch ignore_file_match(const IgnoreFile *f, const char *abspath, bool is_dir);
void ignore_file_free(IgnoreFile *f);

/* The ignore files of one directory on the way from "/" down to the directory being walked. */
typedef struct IgnoreLevel {
    bool has_git;         /* the directory holds `.git` (a repository root) */
    IgnoreFile dot_ignore, gitignore, git_exclude;
} IgnoreLevel;

typedef struct IgnoreStack {
    IgnoreLevel *data;
    uint32_t len, cap;
    IgnoreFile global;    /* $XDG_CONFIG_HOME/git/ignore (or ~/.config/git/ignore) */
} IgnoreStack;

/* Load the global git ignore file into the stack (optional). */
void ignore_stack_init(IgnoreStack *s);
/* Enter directory `absdir`: load its .ignore, .gitignore and .git/info/exclude. */
bool ignore_stack_push(IgnoreStack *s, const char *absdir);
void ignore_stack_pop(IgnoreStack *s);
/* Is `abspath` (an entry of the innermost directory) ignored? .ignore files take precedence over
 * .gitignore files, which take precedence over .git/info/exclude, then the global file; within
 * one kind the deepest directory with a matching pattern decides. Git files count only inside a
 * repository (a `.git` in the directory or above) and not above its root. */
bool ignore_stack_ignored(const IgnoreStack *s, const char *abspath, bool is_dir);
void ignore_stack_free(IgnoreStack *s);

#endif
