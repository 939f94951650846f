/* write_safe.h: replacing a file's content without ever leaving it truncated or mixed: a
 * temporary file in the same directory, flushed to disk, renamed over the original; refused when
 * the file changed on disk since it was read. */
#ifndef SNIPE_WRITE_SAFE_H
#define SNIPE_WRITE_SAFE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>

/* Temporary files are named ".<name>" WRITE_TEMP_SUFFIX next to the file they replace. */
#define WRITE_TEMP_SUFFIX ".snipe-tmp"

/* What a file looked like when it was read: size, modification time, content hash (XXH3). */
typedef struct FileStamp {
    bool valid;
    uint64_t size;
    struct timespec mtime;
    uint64_t hash;
} FileStamp;

/* Stamp of a file whose fstat (taken before reading) is `st` and whose content read was data. */
void file_stamp_init(FileStamp *fs, const struct stat *st, const char *data, size_t len);

/* Test hooks (NULL in normal runs): before_commit runs after the new content is on disk and just
 * before the original is checked and replaced, so a test can change the file at the worst
 * moment. */
typedef struct WriteHooks {
    void (*before_commit)(void *ctx, const char *path);
    void *ctx;
} WriteHooks;

typedef enum WriteStatus {
    WRITE_OK,
    WRITE_CHANGED,     /* the file changed on disk since it was read: left alone */
    WRITE_READ_ONLY,   /* the file is not writable by us: left alone (*err = EACCES) */
    WRITE_ERROR,       /* an I/O error (*err is the errno): the original is left alone */
} WriteStatus;

/* Replace the content of `path` by data[0..len). The file keeps its permission bits (and its
 * owner and group when running as root; its group when we may set it); a symbolic link is
 * followed and its target replaced. A file with several hard links, or owned by another user
 * while we are not root, is rewritten in place (a rename would detach the links or change the
 * owner); the temporary file then holds the complete new content until the rewrite is done, and
 * is left in place if the rewrite fails. `expected` (if valid) must match the file on disk right
 * before the replacement. On any failure the original is untouched and no temporary file is
 * left. A process killed (SIGKILL) between naming its temporary file and the rename (two system
 * calls) leaves it, holding the complete new content; the next write of the same file removes
 * it (a live writer holds an flock on its temporary file; a dead one's lock is gone). Safe to call from several threads on different files. */
WriteStatus write_file_safe(const char *path, const FileStamp *expected, const char *data, size_t len,
                            const WriteHooks *hooks, int *err);

/* A message for a failed write, as Ruff prints I/O errors ("Permission denied (os error 13)"),
 * into buf. */
const char *write_status_message(WriteStatus st, int err, char *buf, size_t n);

#endif
