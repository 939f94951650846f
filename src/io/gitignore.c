/* gitignore.c: parsing ignore files line by line into globs, matching a path against one file,
 * and the stack of ignore files along a walk. */
#include "gitignore.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/str.h"
#include "util/vec.h"

/* One line: gitignore(5) rules as the `ignore` crate applies them. */
static bool add_line(IgnoreFile *f, const char *line, size_t n)
{
    if (n && line[0] == '#')
        return true;
    /* Trailing whitespace is dropped unless escaped with a backslash. */
    if (!(n >= 2 && line[n - 1] == ' ' && line[n - 2] == '\\'))
        while (n && (line[n - 1] == ' ' || line[n - 1] == '\t' || line[n - 1] == '\r'))
            n--;
    if (!n)
        return true;
    IgnoreRule r = {0};
    bool anchored = false;
    if (n >= 2 && line[0] == '\\' && (line[1] == '!' || line[1] == '#')) {
        line++, n--;
        anchored = line[0] == '/';
    } else {
        if (line[0] == '!') {
            r.whitelist = true;
            line++, n--;
        }
        if (n && line[0] == '/') {
            anchored = true;
            line++, n--;
        }
    }
    if (n && line[n - 1] == '/') {
        r.dir_only = true;
        n--;
        if (n && line[n - 1] == '\\')
            n--;
    }
    if (!n)
        return true;
    Buf b = {0};
    /* A pattern without a slash matches at any depth. */
    if (!anchored && !memchr(line, '/', n) && !(n >= 3 && memcmp(line, "**/", 3) == 0))
        buf_puts(&b, "**/");
    buf_append(&b, line, n);
    /* A trailing slash-star-star matches what is inside the directory, not the directory. */
    if (b.len >= 3 && memcmp(b.data + b.len - 3, "/**", 3) == 0)
        buf_puts(&b, "/*");
    if (b.failed) {
        buf_free(&b);
        return false;
    }
    char err[200];
    bool ok = glob_compile(b.data, true, &r.glob, err, sizeof err);
    buf_free(&b);
    if (!ok)
        return true; /* an invalid glob is skipped, as the ignore crate does */
    if (!vec_push(f, r)) {
        glob_free(&r.glob);
        return false;
    }
    return true;
}

bool ignore_file_parse(IgnoreFile *f, const char *dir, const char *text, size_t len)
{
    memset(f, 0, sizeof *f);
    size_t dl = strlen(dir);
    while (dl && dir[dl - 1] == '/')
        dl--;
    f->dir = strndup(dir, dl);
    if (!f->dir)
        return false;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        text += 3, len -= 3;
    size_t i = 0;
    while (i < len) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - text) : len;
        if (!add_line(f, text + i, end - i))
            return false;
        i = end + 1;
    }
    return true;
}

bool ignore_file_load(IgnoreFile *f, const char *dir, const char *path)
{
    memset(f, 0, sizeof *f);
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return false;
    struct stat st;
    if (fstat(fileno(fp), &st) != 0 || !S_ISREG(st.st_mode)) {
        fclose(fp);
        return false;
    }
    Buf b = {0};
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0 && b.len < (64u << 20))
        buf_append(&b, chunk, n);
    fclose(fp);
    bool ok = !b.failed && ignore_file_parse(f, dir, b.data ? b.data : "", b.len);
    buf_free(&b);
    return ok;
}

IgnoreMatch ignore_file_match(const IgnoreFile *f, const char *abspath, bool is_dir)
{
    if (!f->len || !f->dir)
        return IGN_NONE;
    size_t dl = strlen(f->dir);
    if (strncmp(abspath, f->dir, dl) != 0 || abspath[dl] != '/')
        return IGN_NONE;
    const char *rel = abspath + dl + 1;
    size_t rl = strlen(rel);
    for (uint32_t i = f->len; i-- > 0;) {
        const IgnoreRule *r = &f->data[i];
        if (r->dir_only && !is_dir)
            continue;
        if (glob_match_n(&r->glob, rel, rl))
            return r->whitelist ? IGN_WHITELIST : IGN_IGNORE;
    }
    return IGN_NONE;
}

void ignore_file_free(IgnoreFile *f)
{
    for (uint32_t i = 0; i < f->len; i++)
        glob_free(&f->data[i].glob);
    free(f->data);
    free(f->dir);
    memset(f, 0, sizeof *f);
}

static char *join(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s/%s", strcmp(dir, "/") == 0 ? "" : dir, name);
    return p;
}

void ignore_stack_init(IgnoreStack *s)
{
    memset(s, 0, sizeof *s);
    const char *xdg = getenv("XDG_CONFIG_HOME");
    const char *home = getenv("HOME");
    char path[4096];
    if (xdg && *xdg)
        snprintf(path, sizeof path, "%s/git/ignore", xdg);
    else if (home && *home)
        snprintf(path, sizeof path, "%s/.config/git/ignore", home);
    else
        return;
    char *cwd = getcwd(NULL, 0);
    if (!ignore_file_load(&s->global, cwd ? cwd : "/", path))
        ignore_file_free(&s->global);
    free(cwd);
}

bool ignore_stack_push(IgnoreStack *s, const char *absdir)
{
    IgnoreLevel lv = {0};
    const char *dir = strcmp(absdir, "/") == 0 ? "" : absdir;
    char *p = join(absdir, ".git");
    struct stat st;
    lv.has_git = p && lstat(p, &st) == 0;
    free(p);
    const char *names[3] = {".ignore", ".gitignore", ".git/info/exclude"};
    IgnoreFile *files[3] = {&lv.dot_ignore, &lv.gitignore, &lv.git_exclude};
    for (int i = 0; i < 3; i++) {
        if (i == 2 && !lv.has_git)
            continue;
        char *q = join(absdir, names[i]);
        if (!q || !ignore_file_load(files[i], dir, q))
            ignore_file_free(files[i]);
        free(q);
    }
    if (!vec_push(s, lv)) {
        for (int i = 0; i < 3; i++)
            ignore_file_free(files[i]);
        return false;
    }
    return true;
}

void ignore_stack_pop(IgnoreStack *s)
{
    if (!s->len)
        return;
    IgnoreLevel *lv = &s->data[--s->len];
    ignore_file_free(&lv->dot_ignore);
    ignore_file_free(&lv->gitignore);
    ignore_file_free(&lv->git_exclude);
}

bool ignore_stack_ignored(const IgnoreStack *s, const char *abspath, bool is_dir)
{
    bool any_git = false;
    for (uint32_t i = 0; i < s->len; i++)
        any_git = any_git || s->data[i].has_git;
    IgnoreMatch m_ignore = IGN_NONE, m_gi = IGN_NONE, m_ex = IGN_NONE, m_global = IGN_NONE;
    bool saw_git = false;
    for (uint32_t i = s->len; i-- > 0;) {
        const IgnoreLevel *lv = &s->data[i];
        if (m_ignore == IGN_NONE)
            m_ignore = ignore_file_match(&lv->dot_ignore, abspath, is_dir);
        if (any_git && !saw_git) {
            if (m_gi == IGN_NONE)
                m_gi = ignore_file_match(&lv->gitignore, abspath, is_dir);
            if (m_ex == IGN_NONE)
                m_ex = ignore_file_match(&lv->git_exclude, abspath, is_dir);
        }
        saw_git = saw_git || lv->has_git;
    }
    if (any_git)
        m_global = ignore_file_match(&s->global, abspath, is_dir);
    IgnoreMatch m = m_ignore != IGN_NONE ? m_ignore : m_gi != IGN_NONE ? m_gi : m_ex != IGN_NONE ? m_ex : m_global;
    return m == IGN_IGNORE;
}

void ignore_stack_free(IgnoreStack *s)
{
    while (s->len)
        ignore_stack_pop(s);
    free(s->data);
    ignore_file_free(&s->global);
    memset(s, 0, sizeof *s);
}
