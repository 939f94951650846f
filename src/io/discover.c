/* discover.c: a recursive walk for *.py and *.pyi files (to be replaced by Ruff's resolver). */
#include "discover.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"

static const char *const default_excludes[] = {
    ".bzr", ".direnv", ".eggs", ".git", ".git-rewrite", ".hg", ".ipynb_checkpoints", ".mypy_cache",
    ".nox", ".pants.d", ".pyenv", ".pytest_cache", ".pytype", ".ruff_cache", ".svn", ".tox", ".venv",
    ".vscode", "__pypackages__", "_build", "buck-out", "dist", "node_modules", "site-packages", "venv",
};

static bool excluded_name(const char *name)
{
    for (size_t i = 0; i < sizeof default_excludes / sizeof default_excludes[0]; i++)
        if (strcmp(name, default_excludes[i]) == 0)
            return true;
    return false;
}

static bool is_python(const char *name)
{
    size_t n = strlen(name);
    return (n > 3 && strcmp(name + n - 3, ".py") == 0) || (n > 4 && strcmp(name + n - 4, ".pyi") == 0);
}

static bool add(FileList *out, const char *path)
{
    char *p = strdup(path);
    if (!p)
        return false;
    FoundFile f = {p};
    if (!vec_push(out, f)) {
        free(p);
        return false;
    }
    return true;
}

static bool walk(const char *dir, FileList *out, int depth)
{
    if (depth > 256) {
        cli_warning("Directory nesting too deep, skipped: %s", dir);
        return true;
    }
    DIR *d = opendir(dir);
    if (!d) {
        cli_warning("Failed to read directory %s: %s", dir, strerror(errno));
        return true;
    }
    struct dirent *e;
    bool ok = true;
    while (ok && (e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (excluded_name(e->d_name))
            continue;
        size_t n = strlen(dir) + strlen(e->d_name) + 2;
        char *p = malloc(n);
        if (!p) {
            ok = false;
            break;
        }
        if (strcmp(dir, ".") == 0)
            snprintf(p, n, "%s", e->d_name);
        else
            snprintf(p, n, "%s/%s", dir, e->d_name);
        struct stat st;
        if (lstat(p, &st) == 0) {
            if (S_ISDIR(st.st_mode))
                ok = walk(p, out, depth + 1);
            else if (S_ISREG(st.st_mode) && is_python(e->d_name))
                ok = add(out, p);
        }
        free(p);
    }
    closedir(d);
    return ok;
}

static int cmp_found(const void *a, const void *b)
{
    return strcmp(((const FoundFile *)a)->path, ((const FoundFile *)b)->path);
}

bool discover_files(Config *cfg, const CheckArgs *args, FileList *out)
{
    (void)cfg;
    size_t n = args->paths.len;
    for (size_t i = 0; i < (n ? n : 1); i++) {
        const char *p = n ? args->paths.data[i] : ".";
        struct stat st;
        if (strcmp(p, "-") != 0 && stat(p, &st) == 0 && S_ISDIR(st.st_mode)) {
            char *q = strdup(p);
            if (!q)
                return false;
            size_t len = strlen(q);
            while (len > 1 && q[len - 1] == '/')
                q[--len] = 0;
            bool ok = walk(q, out, 0);
            free(q);
            if (!ok)
                return false;
        } else if (!add(out, p)) {
            return false;
        }
    }
    qsort(out->data, out->len, sizeof *out->data, cmp_found);
    return true;
}

void file_list_free(FileList *l)
{
    for (uint32_t i = 0; i < l->len; i++)
        free(l->data[i].path);
    vec_free(l);
}
