/* discover.c: the recursive walk: per-directory configuration, exclusion, gitignore, include,
 * odd entries, sorting and de-duplication. */
#include "discover.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "io/gitignore.h"
#include "io/path.h"

#define MAX_DEPTH 1000

typedef struct Walk {
    Config *cfg;
    FileList *out;
    IgnoreStack ignores;
    bool respect_gitignore;
    char *err;
    size_t errlen;
    bool failed;
} Walk;

static bool add(Walk *w, const char *abs, bool root)
{
    FoundFile f = {path_display(abs, config_cwd(w->cfg)), strdup(abs), root};
    if (!f.path || !f.abs || !vec_push(w->out, f)) {
        free(f.path);
        free(f.abs);
        snprintf(w->err, w->errlen, "out of memory while discovering files");
        return false;
    }
    return true;
}

static int cmp_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static const char *kind_name(mode_t m)
{
    if (S_ISFIFO(m))
        return "a FIFO";
    if (S_ISSOCK(m))
        return "a socket";
    if (S_ISCHR(m))
        return "a character device";
    if (S_ISBLK(m))
        return "a block device";
    return "not a regular file";
}

static bool walk_dir(Walk *w, const char *dir, int depth);

/* One entry of a directory being walked. */
static bool visit(Walk *w, const char *child, int depth)
{
    struct stat st;
    if (lstat(child, &st) != 0)
        return true; /* vanished meanwhile */
    bool is_dir = S_ISDIR(st.st_mode);
    if (w->respect_gitignore && ignore_stack_ignored(&w->ignores, child, is_dir))
        return true;
    const Scope *s = config_scope_for(w->cfg, child);
    if (scope_excluded(s, child))
        return true;
    if (is_dir) {
        if (!config_enter_dir(w->cfg, child, w->err, w->errlen))
            return false;
        if (!ignore_stack_push(&w->ignores, child)) {
            snprintf(w->err, w->errlen, "out of memory while discovering files");
            return false;
        }
        bool ok = walk_dir(w, child, depth + 1);
        ignore_stack_pop(&w->ignores);
        return ok;
    }
    if (!scope_included(s, child) || scope_lint_excluded(s, child))
        return true;
    if (!S_ISREG(st.st_mode) && !S_ISLNK(st.st_mode)) {
        char *shown = path_display(child, config_cwd(w->cfg));
        cli_warning("Skipping %s: %s", shown ? shown : child, kind_name(st.st_mode));
        free(shown);
        return true;
    }
    return add(w, child, false);
}

static bool walk_dir(Walk *w, const char *dir, int depth)
{
    if (depth > MAX_DEPTH) {
        char *shown = path_display(dir, config_cwd(w->cfg));
        cli_warning("Skipping %s: directories nested more than %d deep", shown ? shown : dir, MAX_DEPTH);
        free(shown);
        return true;
    }
    DIR *d = opendir(dir);
    if (!d) {
        /* Ruff reports a directory it cannot read as an E902 on that path. */
        return add(w, dir, false);
    }
    Vec(char *) names = {0};
    struct dirent *e;
    bool ok = true;
    while ((e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        char *n = strdup(e->d_name);
        if (!n || !vec_push(&names, n)) {
            free(n);
            ok = false;
            break;
        }
    }
    closedir(d);
    if (names.len)
        qsort(names.data, names.len, sizeof *names.data, cmp_name);
    for (uint32_t i = 0; ok && i < names.len; i++) {
        char *child = path_join(dir, names.data[i]);
        ok = child && visit(w, child, depth);
        free(child);
    }
    for (uint32_t i = 0; i < names.len; i++)
        free(names.data[i]);
    vec_free(&names);
    if (!ok && !w->err[0])
        snprintf(w->err, w->errlen, "out of memory while discovering files");
    return ok;
}

/* A directory named on the command line: the ignore files of its ancestors apply too. */
static bool walk_root(Walk *w, const char *root)
{
    if (!config_enter_dir(w->cfg, root, w->err, w->errlen))
        return false;
    ignore_stack_free(&w->ignores);
    ignore_stack_init(&w->ignores);
    /* Push "/" .. root. */
    char *p = strdup(root);
    Vec(char *) chain = {0};
    while (p) {
        if (!vec_push(&chain, p)) {
            free(p);
            break;
        }
        if (strcmp(p, "/") == 0)
            break;
        p = path_parent(p);
    }
    bool ok = true;
    for (uint32_t i = chain.len; i-- > 0;) {
        if (ok && !ignore_stack_push(&w->ignores, chain.data[i]))
            ok = false;
        free(chain.data[i]);
    }
    vec_free(&chain);
    if (!ok) {
        snprintf(w->err, w->errlen, "out of memory while discovering files");
        return false;
    }
    return walk_dir(w, root, 0);
}

static int cmp_found(const void *a, const void *b)
{
    const FoundFile *x = a, *y = b;
    int c = strcmp(x->path, y->path);
    if (c)
        return c;
    return (int)y->root - (int)x->root; /* the root entry first */
}

static bool stdin_mode(const CheckArgs *a)
{
    if (a->stdin_filename) {
        for (uint32_t i = 0; i < a->paths.len; i++)
            if (strcmp(a->paths.data[i], "-") != 0) {
                cli_warning("Ignoring file %s in favor of standard input.", a->paths.data[i]);
                break;
            }
        return true;
    }
    return a->paths.len == 1 && strcmp(a->paths.data[0], "-") == 0;
}

bool discover_files(Config *cfg, const CheckArgs *args, FileList *out, char *err, size_t errlen)
{
    err[0] = 0;
    Walk w = {cfg, out, {0}, config_respect_gitignore(cfg), err, errlen, false};
    const char *cwd = config_cwd(cfg);
    if (stdin_mode(args)) {
        if (args->stdin_filename) {
            char *abs = path_absolute(args->stdin_filename, cwd);
            bool ok = abs && config_add_ancestors(cfg, abs, err, errlen);
            bool skip = false;
            if (ok && config_force_exclude(cfg))
                skip = config_path_excluded(cfg, abs) || scope_lint_excluded(config_scope_for(cfg, abs), abs);
            free(abs);
            if (!ok)
                return false;
            if (skip)
                return true;
        }
        FoundFile f = {strdup("-"), strdup("-"), true};
        if (!f.path || !f.abs || !vec_push(out, f)) {
            free(f.path);
            free(f.abs);
            snprintf(err, errlen, "out of memory");
            return false;
        }
        return true;
    }
    size_t n = args->paths.len;
    Vec(char *) roots = {0};
    bool ok = true;
    for (size_t i = 0; ok && i < (n ? n : 1); i++) {
        char *abs = path_absolute(n ? args->paths.data[i] : ".", cwd);
        if (!abs) {
            ok = false;
            break;
        }
        bool dup = false;
        for (uint32_t j = 0; j < roots.len; j++)
            dup = dup || strcmp(roots.data[j], abs) == 0;
        if (dup || !vec_push(&roots, abs)) {
            free(abs);
            ok = dup;
        }
    }
    if (!ok)
        snprintf(err, errlen, "out of memory");
    for (uint32_t i = 0; ok && i < roots.len; i++)
        ok = config_add_ancestors(cfg, roots.data[i], err, errlen);
    bool force = ok && config_force_exclude(cfg);
    ignore_stack_init(&w.ignores);
    for (uint32_t i = 0; ok && i < roots.len; i++) {
        const char *r = roots.data[i];
        if (force && config_path_excluded(cfg, r))
            continue;
        struct stat st;
        if (stat(r, &st) == 0 && S_ISDIR(st.st_mode)) {
            ok = walk_root(&w, r);
        } else {
            if (force && scope_lint_excluded(config_scope_for(cfg, r), r))
                continue;
            ok = add(&w, r, true);
        }
    }
    ignore_stack_free(&w.ignores);
    for (uint32_t i = 0; i < roots.len; i++)
        free(roots.data[i]);
    vec_free(&roots);
    if (!ok)
        return false;
    if (out->len > 1) {
        qsort(out->data, out->len, sizeof *out->data, cmp_found);
        uint32_t k = 1;
        for (uint32_t i = 1; i < out->len; i++) {
            if (strcmp(out->data[i].path, out->data[k - 1].path) == 0) {
                free(out->data[i].path);
                free(out->data[i].abs);
                continue;
            }
            out->data[k++] = out->data[i];
        }
        out->len = k;
    }
    if (out->len == 0)
        cli_warning("No Python files found under the given path(s)");
    return true;
}

void file_list_free(FileList *l)
{
    for (uint32_t i = 0; i < l->len; i++) {
        free(l->data[i].path);
        free(l->data[i].abs);
    }
    vec_free(l);
}
