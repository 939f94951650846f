/* path.h: lexical path operations on absolute paths (Ruff normalises every path to an absolute
 * one without resolving symlinks: `..` and `.` are removed lexically) and display paths. */
#ifndef SNIPE_PATH_H
#define SNIPE_PATH_H

#include <stdbool.h>
#include <stddef.h>

/* `p` made absolute against `base` (an absolute directory) and normalised: no `.`/`..`
 * components, no repeated or trailing '/' (except the root "/"). malloc'd; NULL on OOM. */
char *path_absolute(const char *p, const char *base);
/* dir + "/" + name (no doubled slash after "/"). malloc'd. */
char *path_join(const char *dir, const char *name);
/* The parent directory of an absolute normalised path ("/" for "/x"). malloc'd. */
char *path_parent(const char *p);
/* The last component ("" for "/"). Points into p. */
const char *path_basename(const char *p);
/* Is `p` equal to `dir` or inside it? Both absolute and normalised. */
bool path_within(const char *p, const char *dir);
/* How Ruff shows a path: relative to `cwd` when inside it, else unchanged. malloc'd. */
char *path_display(const char *abs, const char *cwd);
/* Expand a leading `~` and `$VAR` / `${VAR}` (Ruff expands them in `extend`, `cache-dir` and
 * `--config`). malloc'd; NULL when a variable is not set (*missing names it) or on OOM. */
char *path_expand(const char *p, const char **missing);

#endif
