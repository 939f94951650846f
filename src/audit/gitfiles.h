/* gitfiles.h: the project's tracked files, from `git ls-files` or, without git, a walk of the tree. */
#ifndef SNIPE_AUDIT_GITFILES_H
#define SNIPE_AUDIT_GITFILES_H

#include <stdbool.h>
#include <stdint.h>

#include "util/arena.h"

typedef struct FileList {
    const char **paths;   /* relative to the root, '/'-separated, sorted */
    bool *tracked;        /* per path: in git's index (always true without git) */
    uint32_t len;
    bool from_git;        /* true when the list comes from git */
} FileList;

/* List the files under `root`. With git installed and `root` inside a work tree: the index
 * (`git ls-files --cached`, tracked) plus the untracked files git does not ignore (`--others
 * --exclude-standard`, not tracked), both through posix_spawn. Otherwise a walk of the tree
 * that skips VCS and cache folders (every file counted as tracked). Returns false (with *err
 * set to a message) when memory runs out. */
bool gitfiles_list(Arena *a, const char *root, FileList *out, const char **err);

#endif
