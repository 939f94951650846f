/* cli_project.h: temporary projects for command-line tests: create files, run the snipe binary
 * (SNIPE_BIN) in them with a private HOME/XDG_CONFIG_HOME, capture its status and output. */
#ifndef SNIPE_TEST_CLI_PROJECT_H
#define SNIPE_TEST_CLI_PROJECT_H

#include <stddef.h>

typedef struct CliRun {
    int status;          /* exit status, -1 when killed (e.g. by the 20 s timeout) */
    char out[65536];
    char err[65536];
} CliRun;

/* Make a fresh directory /tmp/<prefix>-XXXXXX into root (at least 256 bytes). */
void proj_setup(char *root, size_t len, const char *prefix);
/* Remove it, whatever permissions the test left. */
void proj_teardown(const char *root);
/* Write root/rel (parent directories created). */
void proj_put(const char *root, const char *rel, const char *text);
/* Run a shell command in root; the test fails if it fails. */
void proj_sh(const char *root, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Run `snipe ARGS` in root/sub with no standard input; ARGS is shell text. */
void proj_run(const char *root, const char *sub, const char *args, CliRun *r);

#define HAS(buf, s) ck_assert_msg(strstr((buf), (s)) != NULL, "expected %s in:\n%s", (s), (buf))
#define HASNT(buf, s) ck_assert_msg(strstr((buf), (s)) == NULL, "unexpected %s in:\n%s", (s), (buf))

#endif
