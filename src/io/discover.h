/* discover.h: finding the Python files to lint under the given paths. */
#ifndef SNIPE_DISCOVER_H
#define SNIPE_DISCOVER_H

#include <stdbool.h>

#include "config/resolve.h"
#include "util/vec.h"

typedef struct FoundFile {
    char *path;           /* malloc'd; as shown in output */
} FoundFile;

typedef Vec(FoundFile) FileList;

/* Walk `paths` and append every Python file to `out`, sorted. Problems (unreadable directories,
 * symlink loops) are reported on stderr as warnings and skipped. Returns false only on OOM. */
bool discover_files(Config *cfg, const CheckArgs *args, FileList *out);
void file_list_free(FileList *l);

#endif
