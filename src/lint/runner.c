/* runner.c: parallel file reading and linting with a shared work counter. */
#include "runner.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lint/checker.h"
#include "lint/noqa.h"
#include "lint/fix_file.h"
#include "lint/decode.h"
#include "util/utf8.h"

char *read_file_all(Arena *a, const char *path, size_t *len, int *err)
{
    struct stat st;
    return read_file_stat(a, path, len, err, &st);
}

char *read_file_stat(Arena *a, const char *path, size_t *len, int *err, struct stat *stp)
{
    int fd = strcmp(path, "-") == 0 ? 0 : open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        *err = errno;
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        *err = errno;
        if (fd)
            close(fd);
        return NULL;
    }
    *stp = st;
    if (S_ISDIR(st.st_mode)) {
        *err = EISDIR;
        if (fd)
            close(fd);
        return NULL;
    }
    if (fd && !S_ISREG(st.st_mode)) {
        /* FIFOs, sockets and devices are not read: they may never end. */
        *err = EINVAL;
        close(fd);
        return NULL;
    }
    bool regular = S_ISREG(st.st_mode);
    if (regular && (uint64_t)st.st_size >= UINT32_MAX - 16) {
        *err = EFBIG;
        if (fd)
            close(fd);
        return NULL;
    }
    /* A regular file is read straight into the arena, in a buffer of its size; standard input
     * (or a file that grows while read) goes through a malloc'd buffer, copied at the end. */
    size_t cap = regular ? (size_t)st.st_size + 1 : 65536;
    bool in_arena = regular;
    char *data = in_arena ? arena_alloc_raw(a, cap) : malloc(cap);
    size_t n = 0;
    if (!data) {
        *err = ENOMEM;
        if (fd)
            close(fd);
        return NULL;
    }
    for (;;) {
        if (n + 1 >= cap && in_arena) {
            /* Full at the size fstat gave: most likely at the end, which a read into a byte
             * tells without moving the text. */
            char extra;
            ssize_t r = read(fd, &extra, 1);
            if (r < 0 && errno == EINTR)
                continue;
            if (r == 0)
                break;
            if (r > 0) {
                /* the file grew: go on in a malloc'd buffer */
                char *p = cap < UINT32_MAX / 2 ? malloc(cap * 2) : NULL;
                if (!p) {
                    *err = cap >= UINT32_MAX / 2 ? EFBIG : ENOMEM;
                    if (fd)
                        close(fd);
                    return NULL;
                }
                memcpy(p, data, n);
                p[n++] = extra;
                data = p;
                in_arena = false;
                cap *= 2;
                continue;
            }
            *err = errno;
            if (fd)
                close(fd);
            return NULL;
        }
        if (n + 1 >= cap) {
            char *p = cap < UINT32_MAX / 2 ? realloc(data, cap * 2) : NULL;
            if (!p) {
                *err = cap >= UINT32_MAX / 2 ? EFBIG : ENOMEM;
                free(data);
                if (fd)
                    close(fd);
                return NULL;
            }
            data = p;
            cap *= 2;
        }
        ssize_t r = read(fd, data + n, cap - n - 1);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            *err = errno;
            if (!in_arena)
                free(data);
            if (fd)
                close(fd);
            return NULL;
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    if (fd)
        close(fd);
    char *out = data;
    if (in_arena) {
        data[n] = 0;
    } else {
        out = arena_strndup(a, data, n);
        free(data);
    }
    if (!out) {
        *err = ENOMEM;
        return NULL;
    }
    *len = n;
    return out;
}

/* Ruff prints I/O errors as Rust does: "<strerror> (os error N)". */
static const char *io_message(Arena *a, int err)
{
    if (err == EFBIG)
        return arena_strdup(a, "File too large (snipe reads files up to 4 GiB)");
    if (err == EINVAL)
        return arena_strdup(a, "Not a regular file");
    return arena_printf(a, "%s (os error %d)", strerror(err), err);
}

static void report_io(FileResult *r, const LintSettings *s, const char *message)
{
    r->io_error = message;
    if (!ruleset_has(&s->enabled, RULE_E902))
        return;
    Diagnostic d = {.rule = RULE_E902, .message = message};
    vec_push(&r->diags, d);
}

static void lint_one(const LintJob *job, FileResult *r, Arena *scratch)
{
    /* Every file's result is kept until the output is written: its arena holds the text (in a
     * block of its own), the line table and the messages, so it starts small. */
    arena_init_block(&r->arena, 8 * 1024);
    r->display = job->display;
    size_t len;
    int err = 0;
    struct stat st;
    char *text = read_file_stat(&r->arena, job->path, &len, &err, &st);
    if (!text) {
        report_io(r, job->settings, io_message(&r->arena, err));
        return;
    }
    uint32_t bad;
    /* Text that is valid UTF-8 is read as UTF-8 whatever its PEP 263 cookie says, as Ruff reads
     * it (so a cp1252-declared ASCII file is fixed like any other). Only text that is not UTF-8 is
     * decoded through its cookie (latin-1, koi8-r, ...): linted, but fixes are then not written. */
    const char *utext = text;
    bool valid = utf8_valid(text, (uint32_t)len, &bad);
    bool decoded = !valid && lint_decode_declared(&r->arena, &utext, &len);
    if (!valid && !decoded) {
        report_io(r, job->settings, "stream did not contain valid UTF-8");
        return;
    }
    if (!source_init(&r->src, &r->arena, job->display, utext, (uint32_t)len)) {
        report_io(r, job->settings, "Out of memory");
        return;
    }
    r->loaded = true;
    bool ok;
    if (job->fix && !decoded) {
        ok = fix_file(job, r, scratch, &st, text, (uint32_t)len);
        if (ok)
            r->warnings = noqa_warnings(&r->arena, &r->src, job->settings);
    } else {
        ok = fix_lint_in(&r->arena, scratch, &r->src, job->settings, &r->diags, &r->warnings);
    }
    if (!ok) {
        r->warnings = NULL;
        r->diags.len = 0;
        report_io(r, job->settings, "Out of memory while linting");
    }
}

typedef struct Pool {
    const LintJob *jobs;
    FileResult *results;
    size_t n;
    atomic_size_t next;
} Pool;

static void *worker(void *arg)
{
    Pool *p = arg;
    /* One scratch arena for all the files of this worker: its blocks are reused, not freed. */
    Arena scratch;
    arena_init(&scratch);
    for (;;) {
        size_t i = atomic_fetch_add(&p->next, 1);
        if (i >= p->n)
            break;
        lint_one(&p->jobs[i], &p->results[i], &scratch);
    }
    arena_free(&scratch);
    return NULL;
}

void lint_jobs(const LintJob *jobs, size_t n, FileResult *results, int threads)
{
    memset(results, 0, n * sizeof *results);
    Pool pool = {.jobs = jobs, .results = results, .n = n};
    atomic_init(&pool.next, 0);
    if (threads <= 0) {
        long c = sysconf(_SC_NPROCESSORS_ONLN);
        threads = c > 0 ? (int)c : 1;
    }
    if ((size_t)threads > n)
        threads = (int)n;
    if (threads > 64)
        threads = 64;
    pthread_t tids[64];
    int started = 0;
    for (int t = 1; t < threads; t++) {
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setstacksize(&attr, 16u * 1024 * 1024);
        if (pthread_create(&tids[started], &attr, worker, &pool) == 0)
            started++;
        pthread_attr_destroy(&attr);
    }
    worker(&pool);
    for (int t = 0; t < started; t++)
        pthread_join(tids[t], NULL);
}

void file_result_free(FileResult *r)
{
    vec_free(&r->diags);
    arena_free(&r->arena);
}
