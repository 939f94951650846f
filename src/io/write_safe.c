/* write_safe.c: atomic file replacement (temporary file + fsync + rename) with a check that the
 * file did not change on disk since it was read. */
#include "write_safe.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>
#include <xxhash.h>

void file_stamp_init(FileStamp *fs, const struct stat *st, const char *data, size_t len)
{
    fs->valid = true;
    fs->size = (uint64_t)st->st_size;
    fs->mtime = st->st_mtim;
    fs->hash = XXH3_64bits(data, len);
}

/* Does the file open on fd still match the stamp? Sets *err on a read error. */
static bool stamp_matches(int fd, const FileStamp *fs, int *err)
{
    struct stat st;
    if (fstat(fd, &st) != 0) {
        *err = errno;
        return false;
    }
    if ((uint64_t)st.st_size != fs->size || st.st_mtim.tv_sec != fs->mtime.tv_sec ||
        st.st_mtim.tv_nsec != fs->mtime.tv_nsec)
        return false;
    XXH3_state_t *h = XXH3_createState();
    if (!h) {
        *err = ENOMEM;
        return false;
    }
    XXH3_64bits_reset(h);
    char buf[65536];
    uint64_t total = 0;
    for (;;) {
        ssize_t r = pread(fd, buf, sizeof buf, (off_t)total);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            *err = errno;
            XXH3_freeState(h);
            return false;
        }
        if (r == 0)
            break;
        XXH3_64bits_update(h, buf, (size_t)r);
        total += (uint64_t)r;
    }
    uint64_t hash = XXH3_64bits_digest(h);
    XXH3_freeState(h);
    return total == fs->size && hash == fs->hash;
}

static bool write_all(int fd, const char *data, size_t len, int *err)
{
    while (len > 0) {
        ssize_t w = write(fd, data, len > (1u << 30) ? (1u << 30) : len);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            *err = errno;
            return false;
        }
        data += w;
        len -= (size_t)w;
    }
    return true;
}

/* ".<base>.snipe-<16 hex digits>.tmp" */
static bool temp_name(char *out, size_t n, const char *base)
{
    uint64_t r = 0;
    if (getrandom(&r, sizeof r, GRND_NONBLOCK) != (ssize_t)sizeof r) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        r ^= (uint64_t)ts.tv_nsec * 0x9E3779B97F4A7C15ull ^ (uint64_t)getpid() ^ (uint64_t)(uintptr_t)&r;
    }
    return (size_t)snprintf(out, n, ".%s.snipe-%016llx.tmp", base, (unsigned long long)r) < n;
}

/* Signals that would interrupt the process between linking the temporary file and renaming it
 * are held back for those two system calls, so that Ctrl-C never leaves a temporary file. */
static void block_signals(sigset_t *old)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGQUIT);
    pthread_sigmask(SIG_BLOCK, &set, old);
}

typedef struct Target {
    char path[PATH_MAX];    /* the file to replace (a symbolic link resolved) */
    char dir[PATH_MAX];
    const char *base;       /* points into path */
} Target;

static bool resolve_target(const char *path, Target *t, int *err)
{
    struct stat lst;
    if (lstat(path, &lst) != 0) {
        *err = errno;
        return false;
    }
    if (S_ISLNK(lst.st_mode)) {
        if (!realpath(path, t->path)) {
            *err = errno;
            return false;
        }
    } else {
        if (strlen(path) >= sizeof t->path) {
            *err = ENAMETOOLONG;
            return false;
        }
        strcpy(t->path, path);
    }
    char *slash = strrchr(t->path, '/');
    if (slash) {
        size_t dl = (size_t)(slash - t->path);
        memcpy(t->dir, t->path, dl ? dl : 1);
        t->dir[dl ? dl : 1] = 0;
        t->base = slash + 1;
    } else {
        strcpy(t->dir, ".");
        t->base = t->path;
    }
    return true;
}

/* Create the temporary file: an unnamed O_TMPFILE when the file system has it (nothing is
 * left behind if the process dies before the rename), else a named one created with O_EXCL.
 * *named says which; name receives the name of a named one. */
static int create_temp(int dirfd, const char *base, char *name, size_t n, bool *named, int *err)
{
    int fd = openat(dirfd, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    if (fd >= 0) {
        *named = false;
        return fd;
    }
    *named = true;
    for (int tries = 0; tries < 100; tries++) {
        if (!temp_name(name, n, base)) {
            *err = ENAMETOOLONG;
            return -1;
        }
        fd = openat(dirfd, name, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd >= 0)
            return fd;
        if (errno != EEXIST) {
            *err = errno;
            return -1;
        }
    }
    *err = EEXIST;
    return -1;
}

/* Give an unnamed temporary file a fresh name in the directory. */
static bool link_temp(int fd, int dirfd, const char *base, char *name, size_t n, int *err)
{
    char proc[64];
    snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
    for (int tries = 0; tries < 100; tries++) {
        if (!temp_name(name, n, base)) {
            *err = ENAMETOOLONG;
            return false;
        }
        int rc = linkat(fd, "", dirfd, name, AT_EMPTY_PATH);
        if (rc != 0 && (errno == ENOENT || errno == EPERM || errno == EINVAL))
            rc = linkat(AT_FDCWD, proc, dirfd, name, AT_SYMLINK_FOLLOW);
        if (rc == 0)
            return true;
        if (errno != EEXIST) {
            *err = errno;
            return false;
        }
    }
    *err = EEXIST;
    return false;
}

WriteStatus write_file_safe(const char *path, const FileStamp *expected, const char *data, size_t len,
                            const WriteHooks *hooks, int *err)
{
    *err = 0;
    Target t;
    if (!resolve_target(path, &t, err))
        return WRITE_ERROR;
    struct stat st;
    if (stat(t.path, &st) != 0) {
        *err = errno;
        return WRITE_ERROR;
    }
    if (!S_ISREG(st.st_mode)) {
        *err = EINVAL;
        return WRITE_ERROR;
    }
    /* A file we may not write is left alone, even where the directory would let us replace it. */
    if (faccessat(AT_FDCWD, t.path, W_OK, AT_EACCESS) != 0) {
        *err = errno;
        return errno == EACCES || errno == EROFS || errno == EPERM ? WRITE_READ_ONLY : WRITE_ERROR;
    }
    int dirfd = open(t.dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirfd < 0) {
        *err = errno;
        return WRITE_ERROR;
    }
    char name[NAME_MAX + 1];
    bool named;
    WriteStatus status = WRITE_ERROR;
    int fd = create_temp(dirfd, t.base, name, sizeof name, &named, err);
    if (fd < 0) {
        close(dirfd);
        return WRITE_ERROR;
    }
    bool linked = named;
    if (!write_all(fd, data, len, err))
        goto fail;
    /* Permissions first as root (fchown clears set-user-ID bits), then the mode. */
    if (geteuid() == 0) {
        if (fchown(fd, st.st_uid, st.st_gid) != 0) {
            *err = errno;
            goto fail;
        }
    } else if (st.st_gid != getegid()) {
        (void)!fchown(fd, (uid_t)-1, st.st_gid);  /* allowed when we are in the group */
    }
    if (fchmod(fd, st.st_mode & 07777) != 0) {
        *err = errno;
        goto fail;
    }
    if (fsync(fd) != 0) {
        *err = errno;
        goto fail;
    }
    if (hooks && hooks->before_commit)
        hooks->before_commit(hooks->ctx, path);
    if (expected && expected->valid) {
        int cfd = open(t.path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
        if (cfd < 0) {
            *err = errno;
            status = errno == ENOENT ? WRITE_CHANGED : WRITE_ERROR;
            goto fail;
        }
        bool same = stamp_matches(cfd, expected, err);
        close(cfd);
        if (!same) {
            status = *err ? WRITE_ERROR : WRITE_CHANGED;
            goto fail;
        }
    }
    sigset_t old;
    block_signals(&old);
    if (!named && !link_temp(fd, dirfd, t.base, name, sizeof name, err)) {
        pthread_sigmask(SIG_SETMASK, &old, NULL);
        goto fail;
    }
    linked = true;
    if (renameat(dirfd, name, dirfd, t.base) != 0) {
        *err = errno;
        unlinkat(dirfd, name, 0);
        pthread_sigmask(SIG_SETMASK, &old, NULL);
        linked = false;
        goto fail;
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    close(fd);
    /* Make the rename itself durable. */
    (void)fsync(dirfd);
    close(dirfd);
    return WRITE_OK;

fail:
    if (linked)
        unlinkat(dirfd, name, 0);
    close(fd);
    close(dirfd);
    return status;
}

const char *write_status_message(WriteStatus st, int err, char *buf, size_t n)
{
    switch (st) {
    case WRITE_OK:
        snprintf(buf, n, "written");
        break;
    case WRITE_CHANGED:
        snprintf(buf, n, "File changed on disk since it was read; fixes not written");
        break;
    case WRITE_READ_ONLY:
        snprintf(buf, n, "Failed to write fixes: %s (os error %d)", strerror(err), err);
        break;
    case WRITE_ERROR:
        snprintf(buf, n, "Failed to write fixes: %s (os error %d)", strerror(err), err);
        break;
    }
    return buf;
}
