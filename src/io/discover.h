/* discover.h: finding the Python files to lint under the given paths, as Ruff's resolver does. */
#ifndef SNIPE_DISCOVER_H
#define SNIPE_DISCOVER_H

#include <stdbool.h>
#include <stddef.h>

#include "config/resolve.h"
#include "util/vec.h"

typedef struct FoundFile {
    char *path;           /* malloc'd; to open and to show (relative to the working directory when
                           * inside it, else absolute; "-" for standard input) */
    char *abs;            /* malloc'd; absolute, normalised */
    bool root;            /* named on the command line */
} FoundFile;

typedef Vec(FoundFile) FileList;

/* Walk the paths of `args` (default ".") and append every file to lint to `out`, sorted by
 * path. Applies include / exclude / extend-exclude / lint.exclude per directory from the closest
 * configuration (loading configurations found on the way into `cfg`), .gitignore / .ignore /
 * .git/info/exclude when respect-gitignore, and force-exclude to paths given directly. Entries that
 * are not regular files or directories are skipped with a warning; unreadable directories are
 * listed (so that they are reported as E902). Directory symlinks met while walking are not
 * followed (as Ruff); a directory symlink named on the command line is. Returns false with a
 * message in err when a configuration found on the way is broken (or on OOM). */
bool discover_files(Config *cfg, const CheckArgs *args, FileList *out, char *err, size_t errlen);
void file_list_free(FileList *l);

#endif
