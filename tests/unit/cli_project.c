/* cli_project.c: temporary projects and runs of the snipe binary for command-line tests. */
#include "cli_project.h"

#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

void proj_setup(char *root, size_t len, const char *prefix)
{
    snprintf(root, len, "/tmp/%s-XXXXXX", prefix);
    ck_assert_ptr_nonnull(mkdtemp(root));
    char p[400];
    snprintf(p, sizeof p, "%s/.xdg", root);
    mkdir(p, 0755);
    snprintf(p, sizeof p, "%s/.home", root);
    mkdir(p, 0755);
}

void proj_teardown(const char *root)
{
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "chmod -R u+rwx '%s' 2>/dev/null; rm -rf '%s'", root, root);
    if (system(cmd) != 0)
        fprintf(stderr, "cannot remove %s\n", root);
}

void proj_put(const char *root, const char *rel, const char *text)
{
    char p[1024];
    snprintf(p, sizeof p, "%s/%s", root, rel);
    for (char *s = p + strlen(root) + 1; *s; s++)
        if (*s == '/') {
            *s = 0;
            mkdir(p, 0755);
            *s = '/';
        }
    FILE *f = fopen(p, "w");
    ck_assert_msg(f != NULL, "cannot write %s", p);
    fputs(text, f);
    fclose(f);
}

void proj_sh(const char *root, const char *fmt, ...)
{
    char cmd[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(cmd, sizeof cmd, fmt, ap);
    va_end(ap);
    char full[2400];
    snprintf(full, sizeof full, "cd '%s' && %s", root, cmd);
    ck_assert_msg(system(full) == 0, "failed: %s", cmd);
}

static void slurp(const char *path, char *buf, size_t len)
{
    buf[0] = 0;
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    size_t n = fread(buf, 1, len - 1, f);
    buf[n] = 0;
    fclose(f);
}

void proj_run(const char *root, const char *sub, const char *args, CliRun *r)
{
    const char *bin = getenv("SNIPE_BIN");
    ck_assert_msg(bin != NULL, "SNIPE_BIN is not set");
    char absbin[1024];
    if (bin[0] != '/') {
        char cwd[800];
        ck_assert_ptr_nonnull(getcwd(cwd, sizeof cwd));
        snprintf(absbin, sizeof absbin, "%s/%s", cwd, bin);
    } else {
        snprintf(absbin, sizeof absbin, "%s", bin);
    }
    char cmd[8192];
    snprintf(cmd, sizeof cmd,
             "cd '%s/%s' && XDG_CONFIG_HOME='%s/.xdg' HOME='%s/.home' NO_COLOR=1 timeout 20 '%s' </dev/null %s "
             ">'%s/.out' 2>'%s/.err'",
             root, sub, root, root, absbin, args, root, root);
    int st = system(cmd);
    r->status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    char p[1024];
    snprintf(p, sizeof p, "%s/.out", root);
    slurp(p, r->out, sizeof r->out);
    snprintf(p, sizeof p, "%s/.err", root);
    slurp(p, r->err, sizeof r->err);
}
