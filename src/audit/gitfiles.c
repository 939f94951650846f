/* gitfiles.c: lists tracked files with `git ls-files -z` through posix_spawn, or walks the tree. */
#include "gitfiles.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util/str.h"
#include "util/vec.h"

extern char **environ;

#define WALK_MAX_DEPTH 64
#define WALK_MAX_FILES 200000

typedef struct Entry {
    const char *path;
    bool tracked;
} Entry;
typedef Vec(Entry) PathVec;

static int cmp_entry(const void *a, const void *b)
{
    return strcmp(((const Entry *)a)->path, ((const Entry *)b)->path);
}

/* Is there a .git (directory or file) in root or one of its parents? */
static bool inside_git(const char *root)
{
    char *dir = realpath(root, NULL);
    if (!dir)
        return false;
    bool found = false;
    for (;;) {
        size_t n = strlen(dir);
        char *probe = malloc(n + 6);
        if (!probe)
            break;
        memcpy(probe, dir, n);
        memcpy(probe + n, "/.git", 6);
        struct stat st;
        found = stat(probe, &st) == 0;
        free(probe);
        if (found || n <= 1)
            break;
        char *slash = strrchr(dir, '/');
        if (!slash)
            break;
        if (slash == dir)
            slash[1] = 0;
        else
            *slash = 0;
    }
    free(dir);
    return found;
}

/* Run `git -C root ls-files -z <which...>` and collect its output; false when git is missing or fails. */
static bool from_git(Arena *a, const char *root, bool tracked, PathVec *out)
{
    int fds[2];
    if (pipe(fds) != 0)
        return false;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, fds[1], 1);
    posix_spawn_file_actions_addclose(&fa, fds[0]);
    posix_spawn_file_actions_addclose(&fa, fds[1]);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    char *cached[] = {"git", "-C", (char *)root, "ls-files", "-z", "--cached", NULL};
    char *others[] = {"git", "-C", (char *)root, "ls-files", "-z", "--others", "--exclude-standard", NULL};
    char **argv = tracked ? cached : others;
    pid_t pid;
    int rc = posix_spawnp(&pid, "git", &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(fds[1]);
    if (rc != 0) {
        close(fds[0]);
        return false;
    }
    Buf buf = {0};
    char chunk[65536];
    for (;;) {
        ssize_t n = read(fds[0], chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        buf_append(&buf, chunk, (size_t)n);
    }
    close(fds[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    bool ok = !buf.failed && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    for (size_t i = 0; ok && i < buf.len;) {
        size_t n = strnlen(buf.data + i, buf.len - i);
        const char *p = arena_strndup(a, buf.data + i, n);
        if (!p || !vec_push(out, ((Entry){p, tracked})))
            ok = false;
        i += n + 1;
    }
    buf_free(&buf);
    return ok;
}

static bool skip_dir(const char *name)
{
    static const char *const SKIP[] = {
        ".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".nox",
        ".mypy_cache", ".ruff_cache", ".pytest_cache", ".eggs",
    };
    for (size_t i = 0; i < sizeof SKIP / sizeof *SKIP; i++)
        if (strcmp(name, SKIP[i]) == 0)
            return true;
    return false;
}

static bool walk(Arena *a, const char *root, const char *rel, int depth, PathVec *out)
{
    if (depth > WALK_MAX_DEPTH || out->len > WALK_MAX_FILES)
        return true;
    char *dir = rel[0] ? arena_printf(a, "%s/%s", root, rel) : arena_strdup(a, root);
    if (!dir)
        return false;
    DIR *d = opendir(dir);
    if (!d)
        return true;
    bool ok = true;
    struct dirent *e;
    while (ok && (e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        char *path = rel[0] ? arena_printf(a, "%s/%s", rel, e->d_name) : arena_strdup(a, e->d_name);
        char *full = arena_printf(a, "%s/%s", root, path ? path : "");
        if (!path || !full) {
            ok = false;
            break;
        }
        struct stat st;
        if (lstat(full, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            if (!skip_dir(e->d_name))
                ok = walk(a, root, path, depth + 1, out);
        } else if (S_ISREG(st.st_mode) || S_ISLNK(st.st_mode)) {
            ok = vec_push(out, ((Entry){path, true}));
        }
    }
    closedir(d);
    return ok;
}

bool gitfiles_list(Arena *a, const char *root, FileList *out, const char **err)
{
    PathVec v = {0};
    out->from_git = false;
    if (inside_git(root) && from_git(a, root, true, &v) && from_git(a, root, false, &v)) {
        out->from_git = true;
    } else {
        v.len = 0;
        if (!walk(a, root, "", 0, &v)) {
            vec_free(&v);
            *err = "out of memory while listing files";
            return false;
        }
    }
    if (v.len)
        qsort(v.data, v.len, sizeof *v.data, cmp_entry);
    out->paths = ARENA_ARRAY(a, const char *, v.len ? v.len : 1);
    out->tracked = ARENA_ARRAY(a, bool, v.len ? v.len : 1);
    if (!out->paths || !out->tracked) {
        vec_free(&v);
        *err = "out of memory while listing files";
        return false;
    }
    for (uint32_t i = 0; i < v.len; i++) {
        out->paths[i] = v.data[i].path;
        out->tracked[i] = v.data[i].tracked;
    }
    out->len = v.len;
    vec_free(&v);
    return true;
}
