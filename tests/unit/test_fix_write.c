/* test_fix_write.c: safe file replacement: content, permissions, symlinks, a file changed on
 * disk (through the test hook), a read-only file, a full disk; never a temporary file left. */
#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include "io/write_safe.h"

static char dir[64];

static void setup(void)
{
    strcpy(dir, "/tmp/snipe-write-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void teardown(void)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "chattr -i %s/* >/dev/null 2>&1; rm -rf %s", dir, dir);
    (void)!system(cmd);
}

static void put(const char *path, const char *s)
{
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    fputs(s, f);
    fclose(f);
}

static char *get(const char *path)
{
    static char buf[1 << 16];
    FILE *f = fopen(path, "rb");
    ck_assert_ptr_nonnull(f);
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    fclose(f);
    return buf;
}

/* Stamp the file as it is now (what the runner does when it reads it). */
static FileStamp stamp(const char *path)
{
    struct stat st;
    ck_assert_int_eq(stat(path, &st), 0);
    char *s = get(path);
    FileStamp fs;
    file_stamp_init(&fs, &st, s, strlen(s));
    return fs;
}

/* Number of entries in d whose name contains ".snipe-". */
static int temp_files(const char *d)
{
    DIR *dp = opendir(d);
    ck_assert_ptr_nonnull(dp);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(dp)))
        n += strstr(e->d_name, ".snipe-") != NULL;
    closedir(dp);
    return n;
}

START_TEST(replaces_content_and_keeps_mode)
{
    char p[300];
    snprintf(p, sizeof p, "%s/a.py", dir);
    put(p, "x = 1  \n");
    ck_assert_int_eq(chmod(p, 0751), 0);
    FileStamp fs = stamp(p);
    int err;
    ck_assert_int_eq(write_file_safe(p, &fs, "x = 1\n", 6, NULL, &err), WRITE_OK);
    ck_assert_str_eq(get(p), "x = 1\n");
    struct stat st;
    ck_assert_int_eq(stat(p, &st), 0);
    ck_assert_uint_eq(st.st_mode & 07777, 0751);
    ck_assert_int_eq(temp_files(dir), 0);
}
END_TEST

START_TEST(follows_symlinks)
{
    char p[300], l[300];
    snprintf(p, sizeof p, "%s/target.py", dir);
    snprintf(l, sizeof l, "%s/link.py", dir);
    put(p, "a  \n");
    ck_assert_int_eq(symlink("target.py", l), 0);
    FileStamp fs = stamp(l);
    int err;
    ck_assert_int_eq(write_file_safe(l, &fs, "a\n", 2, NULL, &err), WRITE_OK);
    struct stat st;
    ck_assert_int_eq(lstat(l, &st), 0);
    ck_assert(S_ISLNK(st.st_mode));
    ck_assert_str_eq(get(p), "a\n");
}
END_TEST

START_TEST(hard_links_kept)
{
    char p[300], q[300];
    snprintf(p, sizeof p, "%s/a.py", dir);
    snprintf(q, sizeof q, "%s/b.py", dir);
    put(p, "x = 1  \n");
    ck_assert_int_eq(link(p, q), 0);
    struct stat before, after;
    ck_assert_int_eq(stat(p, &before), 0);
    FileStamp fs = stamp(p);
    int err;
    ck_assert_int_eq(write_file_safe(p, &fs, "x = 1\n", 6, NULL, &err), WRITE_OK);
    ck_assert_int_eq(stat(p, &after), 0);
    ck_assert_uint_eq(after.st_ino, before.st_ino);
    ck_assert_uint_eq(after.st_nlink, 2);
    ck_assert_str_eq(get(q), "x = 1\n");
    ck_assert_int_eq(temp_files(dir), 0);
}
END_TEST

/* The hook: another program rewrites the file between our read and our rename. */
static void replace_file(void *ctx, const char *path)
{
    (void)ctx;
    char tmp[400];
    snprintf(tmp, sizeof tmp, "%s.other", path);
    put(tmp, "edited elsewhere\n");
    ck_assert_int_eq(rename(tmp, path), 0);
}

static void touch_same_content(void *ctx, const char *path)
{
    (void)ctx;
    /* Same size, new content: only the hash (and mtime) tell. */
    char *s = strdup(get(path));
    s[0] = s[0] == 'x' ? 'y' : 'x';
    put(path, s);
    free(s);
}

START_TEST(refuses_file_changed_on_disk)
{
    char p[300];
    snprintf(p, sizeof p, "%s/a.py", dir);
    put(p, "x = 1  \n");
    FileStamp fs = stamp(p);
    WriteHooks h = {replace_file, NULL};
    int err;
    ck_assert_int_eq(write_file_safe(p, &fs, "x = 1\n", 6, &h, &err), WRITE_CHANGED);
    ck_assert_str_eq(get(p), "edited elsewhere\n");
    ck_assert_int_eq(temp_files(dir), 0);

    put(p, "x = 2  \n");
    fs = stamp(p);
    WriteHooks h2 = {touch_same_content, NULL};
    ck_assert_int_eq(write_file_safe(p, &fs, "x = 2\n", 6, &h2, &err), WRITE_CHANGED);
    ck_assert_str_eq(get(p), "y = 2  \n");
    ck_assert_int_eq(temp_files(dir), 0);

    /* Changed before the call (no hook): the stamp's hash no longer matches. */
    put(p, "z = 3  \n");
    fs = stamp(p);
    fs.hash ^= 1;
    ck_assert_int_eq(write_file_safe(p, &fs, "z = 3\n", 6, NULL, &err), WRITE_CHANGED);
    ck_assert_str_eq(get(p), "z = 3  \n");
}
END_TEST

START_TEST(busy_temp_name_is_not_ours)
{
    /* A ".a.py.snipe-tmp" locked by a live writer: fail, and leave both files alone. */
    char p[300], t[300];
    snprintf(p, sizeof p, "%s/a.py", dir);
    snprintf(t, sizeof t, "%s/.a.py.snipe-tmp", dir);
    put(p, "x = 1  \n");
    put(t, "other writer\n");
    int lock = open(t, O_RDONLY);
    ck_assert_int_eq(flock(lock, LOCK_EX), 0);
    FileStamp fs = stamp(p);
    int err;
    ck_assert_int_eq(write_file_safe(p, &fs, "x = 1\n", 6, NULL, &err), WRITE_ERROR);
    ck_assert_int_eq(err, EEXIST);
    ck_assert_str_eq(get(p), "x = 1  \n");
    ck_assert_str_eq(get(t), "other writer\n");
    /* The writer died (lock released): its file is stale, removed by the next write. */
    close(lock);
    ck_assert_int_eq(write_file_safe(p, &fs, "x = 1\n", 6, NULL, &err), WRITE_OK);
    ck_assert_str_eq(get(p), "x = 1\n");
    ck_assert_int_eq(temp_files(dir), 0);
}
END_TEST

START_TEST(read_only_file_left_alone)
{
    char p[300];
    snprintf(p, sizeof p, "%s/ro.py", dir);
    put(p, "x = 1  \n");
    int err;
    if (geteuid() != 0) {
        ck_assert_int_eq(chmod(p, 0444), 0);
        FileStamp fs = stamp(p);
        ck_assert_int_eq(write_file_safe(p, &fs, "x = 1\n", 6, NULL, &err), WRITE_READ_ONLY);
        ck_assert_int_eq(err, EACCES);
    } else {
        /* Root may write any file: a read-only file is made immutable instead, if we can. */
        char cmd[400];
        snprintf(cmd, sizeof cmd, "chattr +i %s 2>/dev/null", p);
        if (system(cmd) != 0) {
            fprintf(stderr, "test_fix_write: skipped read-only test (root, and chattr +i does not work here)\n");
            return;
        }
        FileStamp fs = stamp(p);
        WriteStatus st = write_file_safe(p, &fs, "x = 1\n", 6, NULL, &err);
        snprintf(cmd, sizeof cmd, "chattr -i %s", p);
        (void)!system(cmd);
        ck_assert_int_ne(st, WRITE_OK);
        ck_assert_int_eq(err, EPERM);
    }
    ck_assert_str_eq(get(p), "x = 1  \n");
    ck_assert_int_eq(temp_files(dir), 0);
}
END_TEST

START_TEST(full_disk_loses_nothing)
{
    char mnt[300], p[400], filler[400];
    snprintf(mnt, sizeof mnt, "%s/tmpfs", dir);
    ck_assert_int_eq(mkdir(mnt, 0755), 0);
    if (mount("tmpfs", mnt, "tmpfs", 0, "size=64k") != 0) {
        fprintf(stderr, "test_fix_write: skipped full-disk test (cannot mount a tmpfs: %s)\n", strerror(errno));
        return;
    }
    snprintf(p, sizeof p, "%s/a.py", mnt);
    put(p, "x = 1  \n");
    /* Fill the file system. */
    snprintf(filler, sizeof filler, "%s/filler", mnt);
    int fd = open(filler, O_WRONLY | O_CREAT, 0644);
    ck_assert_int_ge(fd, 0);
    char block[4096];
    memset(block, 'f', sizeof block);
    while (write(fd, block, sizeof block) > 0)
        ;
    close(fd);
    FileStamp fs = stamp(p);
    static char big[32768];
    memset(big, 'y', sizeof big - 1);
    int err;
    WriteStatus st = write_file_safe(p, &fs, big, sizeof big - 1, NULL, &err);
    int left = temp_files(mnt);
    char *content = strdup(get(p));
    umount(mnt);
    ck_assert_int_eq(st, WRITE_ERROR);
    ck_assert_int_eq(err, ENOSPC);
    ck_assert_str_eq(content, "x = 1  \n");
    ck_assert_int_eq(left, 0);
    free(content);
    char msg[256];
    ck_assert_str_eq(write_status_message(st, err, msg, sizeof msg),
                     "Failed to write fixes: No space left on device (os error 28)");
}
END_TEST

Suite *suite_fix_write(void)
{
    Suite *s = suite_create("fix_write");
    TCase *tc = tcase_create("write");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, replaces_content_and_keeps_mode);
    tcase_add_test(tc, follows_symlinks);
    tcase_add_test(tc, hard_links_kept);
    tcase_add_test(tc, refuses_file_changed_on_disk);
    tcase_add_test(tc, busy_temp_name_is_not_ours);
    tcase_add_test(tc, read_only_file_left_alone);
    tcase_add_test(tc, full_disk_loses_nothing);
    suite_add_tcase(s, tc);
    return s;
}
