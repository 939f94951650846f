/* gitfiles.h: the project's tracked files, from `git ls-files` or, without git, a walk of the tree. */
#ifndef SNIPE_AUDIT_GITFILES_H
#define SNIPE_AUDIT_GITFILES_H

#include <stdbool.h>
#include <stdint.h>

#include "util/arena.h"

typedef struct FileList {
    const char **paths;   /* relative to the root, '/'-separated, sorted */
    uint32_t len;
    bool from_git;        /* true when the list is git's index */
} FileList;

/* List the files under `root`. Uses `git ls-files` (posix_spawn) when git is installed and
 * `root` is inside a work tree, otherwise walks the tree skipping VCS and cache folders.
 * Returns false (with *err set to a message) when neither works. */
bool gitfiles_list(Arena *a, const char *root, FileList *out, const char **err);

#endif
