/* toml_cmd.c: `snipe debug toml FILE`: parse a TOML file and print it as tagged JSON. */
#include "config/toml_cmd.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "config/toml.h"
#include "util/str.h"

/* Read a whole file into b; false (errno kept) on failure. */
static bool read_file(const char *path, Buf *b)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_append(b, chunk, n);
    bool ok = !ferror(f) && !b->failed;
    int saved = errno;
    fclose(f);
    errno = b->failed ? ENOMEM : saved;
    return ok;
}

int cmd_debug_toml(int argc, char **argv)
{
    if (argc < 1 || !argv[0]) {
        fprintf(stderr, "usage: snipe debug toml FILE\n");
        return 2;
    }
    const char *path = argv[0];
    Buf text = {0};
    if (!read_file(path, &text)) {
        fprintf(stderr, "%s: cannot read: %s\n", path, strerror(errno ? errno : EIO));
        buf_free(&text);
        return 2;
    }
    Arena a;
    arena_init(&a);
    TomlError err;
    TomlValue *root = toml_parse(&a, text.data ? text.data : "", text.len, &err);
    int rc = 0;
    if (!root) {
        fprintf(stderr, "%s:%u:%u: %s\n", path, err.line, err.col, err.message);
        rc = 1;
    } else {
        Buf out = {0};
        if (toml_debug_json(root, &out) != 0) {
            fprintf(stderr, "%s: out of memory\n", path);
            rc = 2;
        } else {
            fwrite(out.data, 1, out.len, stdout);
        }
        buf_free(&out);
    }
    arena_free(&a);
    buf_free(&text);
    return rc;
}
