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
#include <sys/file.h>
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

/* The temporary file of `base` is ".<base>.snipe-tmp": one name per target, so that one left by
 * a killed process is found (and removed, see remove_stale) by the next write of the file. */
static bool temp_name(char *out, size_t n, const char *base)
{
    return (size_t)snprintf(out, n, ".%s" WRITE_TEMP_SUFFIX, base) < n;
}

/* The writer holds an exclusive flock on its temporary file until it is renamed; the kernel
 * drops it when the writer dies. A temporary file we can lock is therefore stale: remove it and
 * say so. */
static bool remove_stale(int dirfd, const char *name)
{
    int fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return false;
    struct stat st;
    bool stale = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && flock(fd, LOCK_EX | LOCK_NB) == 0;
    if (stale)
        stale = unlinkat(dirfd, name, 0) == 0;
    close(fd);
    return stale;
}

/* The writing thread holds back SIGINT, SIGTERM, SIGHUP and SIGQUIT between naming its
 * temporary file and the rename. This narrows, but cannot close, the window in which a signal
 * leaves a temporary file: another thread may take the signal and end the process (as SIGKILL
 * always can). Such a leftover holds the complete new content and is removed by the next write
 * of the file (remove_stale). */
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

/* Create the named temporary file exclusively (O_EXCL), replacing a stale one. */
static int create_named(int dirfd, const char *base, char *name, size_t n, int *err)
{
    if (!temp_name(name, n, base)) {
        *err = ENAMETOOLONG;
        return -1;
    }
    for (int tries = 0; tries < 2; tries++) {
        int fd = openat(dirfd, name, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd >= 0) {
            (void)flock(fd, LOCK_EX);
            return fd;
        }
        *err = errno;
        if (errno != EEXIST || !remove_stale(dirfd, name))
            return -1;
    }
    return -1;
}

/* Give an unnamed (O_TMPFILE) temporary file its name in the directory. Fails with EXDEV,
 * ENOENT or EPERM where neither AT_EMPTY_PATH nor /proc/self/fd linking is allowed. */
static bool link_temp(int fd, int dirfd, const char *base, char *name, size_t n, int *err)
{
    char proc[64];
    snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
    if (!temp_name(name, n, base)) {
        *err = ENAMETOOLONG;
        return false;
    }
    for (int tries = 0; tries < 2; tries++) {
        int rc = linkat(fd, "", dirfd, name, AT_EMPTY_PATH);
        if (rc != 0 && errno != EEXIST)
            rc = linkat(AT_FDCWD, proc, dirfd, name, AT_SYMLINK_FOLLOW);
        if (rc == 0)
            return true;
        *err = errno;
        if (errno != EEXIST || !remove_stale(dirfd, name))
            return false;
    }
    return false;
}

/* Write data to the temporary file fd, with the original's owner (as root) and mode, and flush
 * it to disk. */
static bool fill_temp(int fd, const char *data, size_t len, const struct stat *st, int *err)
{
    if (!write_all(fd, data, len, err))
        return false;
    /* Owner first as root (fchown clears set-user-ID bits), then the mode. */
    if (geteuid() == 0) {
        if (fchown(fd, st->st_uid, st->st_gid) != 0) {
            *err = errno;
            return false;
        }
    } else if (st->st_gid != getegid()) {
        (void)!fchown(fd, (uid_t)-1, st->st_gid);  /* allowed when we are in the group */
    }
    if (fchmod(fd, st->st_mode & 07777) != 0 || fsync(fd) != 0) {
        *err = errno;
        return false;
    }
    return true;
}

/* Overwrite the file at path with data, keeping its inode (links, owner). */
static bool rewrite_in_place(const char *path, const char *data, size_t len, int *err)
{
    int fd = open(path, O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        *err = errno;
        return false;
    }
    bool ok = write_all(fd, data, len, err);
    if (ok && (ftruncate(fd, (off_t)len) != 0 || fsync(fd) != 0)) {
        *err = errno;
        ok = false;
    }
    close(fd);
    return ok;
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
    /* Renaming over a file with other hard links would detach them, and (not being root) over
     * another user's file would make it ours: such files are rewritten in place instead. */
    bool in_place = st.st_nlink > 1 || (geteuid() != 0 && st.st_uid != geteuid());
    int dirfd = open(t.dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirfd < 0) {
        *err = errno;
        return WRITE_ERROR;
    }
    char name[NAME_MAX + 1];
    WriteStatus status = WRITE_ERROR;
    /* An unnamed O_TMPFILE where the file system has it: nothing is left behind if we die
     * before the rename. Else a named one, created exclusively. */
    bool named = false, linked = false;
    int fd = openat(dirfd, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    if (fd >= 0)
        (void)flock(fd, LOCK_EX);
    if (fd < 0) {
        named = linked = true;
        fd = create_named(dirfd, t.base, name, sizeof name, err);
        if (fd < 0) {
            close(dirfd);
            return WRITE_ERROR;
        }
    }
    if (!fill_temp(fd, data, len, &st, err))
        goto fail;
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
        if (*err == EEXIST)
            goto fail;
        /* Linking an O_TMPFILE is not allowed here: write a named temporary file instead. */
        close(fd);
        named = linked = true;
        fd = create_named(dirfd, t.base, name, sizeof name, err);
        if (fd < 0) {
            close(dirfd);
            return WRITE_ERROR;
        }
        if (!fill_temp(fd, data, len, &st, err))
            goto fail;
        block_signals(&old);
    }
    linked = true;
    if (in_place) {
        pthread_sigmask(SIG_SETMASK, &old, NULL);
        /* The temporary file keeps the complete new content until the rewrite is done. */
        if (!rewrite_in_place(t.path, data, len, err)) {
            linked = false;   /* keep it: the original may now be partly written */
            goto fail;
        }
        unlinkat(dirfd, name, 0);
        close(fd);
        close(dirfd);
        return WRITE_OK;
    }
    if (renameat(dirfd, name, dirfd, t.base) != 0) {
        *err = errno;
        pthread_sigmask(SIG_SETMASK, &old, NULL);
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
