/* cmd_ast.c: `snipe debug ast FILE...` (CPython-compatible AST dump) and `snipe debug parse PATH...` (bulk parse statistics). */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "syntax/ast_dump.h"
#include "syntax/line_index.h"
#include "syntax/parser.h"
#include "syntax/read_file.h"
#include "syntax/source_encoding.h"
#include "syntax/syntax_cmd.h"

static void print_errors(const char *path, const ParseResult *r, const LineIndex *li)
{
    for (uint32_t i = 0; i < r->errors.len; i++) {
        uint32_t row, col;
        line_index_location(li, r->errors.data[i].start, &row, &col);
        fprintf(stderr, "%s:%u:%u: SyntaxError: %s\n", path, row, col, r->errors.data[i].msg);
    }
}

static int dump_file(const char *path, bool header)
{
    uint32_t len;
    char *src = read_whole_file(path, &len);
    if (!src) {
        fprintf(stderr, "error: cannot read %s\n", path);
        return 2;
    }
    char msgbuf[160];
    const char *msg = NULL;
    char *dec = NULL;
    uint32_t dlen;
    switch (source_decode(src, len, &dec, &dlen, msgbuf, sizeof msgbuf, &msg)) {
    case SRC_UTF8: break;
    case SRC_DECODED:
        free(src);
        src = dec;
        len = dlen;
        break;
    case SRC_BAD:
        fprintf(stderr, "%s:1:1: SyntaxError: %s\n", path, msg);
        if (header)
            printf("== %s\nSyntaxError: %s at 1:1\n", path, msg);
        free(src);
        return 1;
    }
    Arena a;
    arena_init(&a);
    ParseResult r;
    LineIndex li;
    int rc = 0;
    if (!parse_module(&a, src, len, &r) || !line_index_init(&li, &a, src, len)) {
        fprintf(stderr, "error: out of memory on %s\n", path);
        rc = 2;
    } else {
        Buf out = {0};
        if (header)
            buf_printf(&out, "== %s\n", path);
        if (r.errors.len) {
            print_errors(path, &r, &li);
            if (header) {
                /* in the oracle's form, so that bulk comparisons line up */
                uint32_t row, col;
                line_index_location(&li, r.errors.data[0].start, &row, &col);
                buf_printf(&out, "SyntaxError: %s at %u:%u\n", r.errors.data[0].msg, row, col);
            }
            rc = 1;
        } else {
            ast_dump(&out, r.module, &li);
            buf_putc(&out, '\n');
        }
        if (out.len)
            fwrite(out.data, 1, out.len, stdout);
        buf_free(&out);
    }
    arena_free(&a);
    free(src);
    return rc;
}

int cmd_debug_ast(int argc, char **argv)
{
    if (argc < 1) {
        fprintf(stderr, "usage: snipe debug ast FILE...\n");
        return 2;
    }
    int rc = 0;
    for (int i = 0; i < argc; i++) {
        int r = dump_file(argv[i], argc > 1);
        if (r > rc)
            rc = r;
    }
    return rc;
}

typedef struct ParseStats {
    uint64_t files, bytes, bad;
    bool verbose;
} ParseStats;

static void parse_one(ParseStats *st, const char *path)
{
    uint32_t len;
    char *src = read_whole_file(path, &len);
    if (!src)
        return;
    char msgbuf[160];
    const char *msg = NULL;
    char *dec = NULL;
    uint32_t dlen;
    SourceDecode d = source_decode(src, len, &dec, &dlen, msgbuf, sizeof msgbuf, &msg);
    if (d == SRC_BAD) {
        st->files++;
        st->bytes += len;
        st->bad++;
        if (st->verbose)
            fprintf(stderr, "%s:1:1: SyntaxError: %s\n", path, msg);
        free(src);
        return;
    }
    if (d == SRC_DECODED) {
        free(src);
        src = dec;
        len = dlen;
    }
    Arena a;
    arena_init(&a);
    ParseResult r;
    bool ok = parse_module(&a, src, len, &r);
    st->files++;
    st->bytes += len;
    if (!ok || r.errors.len) {
        st->bad++;
        if (st->verbose && ok) {
            LineIndex li;
            if (line_index_init(&li, &a, src, len))
                print_errors(path, &r, &li);
        }
    }
    arena_free(&a);
    free(src);
}

static void walk(ParseStats *st, const char *path, int depth)
{
    struct stat sb;
    if (depth > 64 || stat(path, &sb) != 0)
        return;
    if (S_ISREG(sb.st_mode)) {
        size_t n = strlen(path);
        if (depth == 0 || (n > 3 && strcmp(path + n - 3, ".py") == 0))
            parse_one(st, path);
        return;
    }
    if (!S_ISDIR(sb.st_mode))
        return;
    DIR *d = opendir(path);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        size_t n = strlen(path) + strlen(e->d_name) + 2;
        char *child = malloc(n);
        if (!child)
            break;
        snprintf(child, n, "%s/%s", path, e->d_name);
        walk(st, child, depth + 1);
        free(child);
    }
    closedir(d);
}

int cmd_debug_parse(int argc, char **argv)
{
    ParseStats st = {0, 0, 0, false};
    int files = 0;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "-v") == 0 || strcmp(argv[i], "--verbose") == 0) {
            st.verbose = true;
            continue;
        }
        walk(&st, argv[i], 0);
        files++;
    }
    if (!files) {
        fprintf(stderr, "usage: snipe debug parse [-v] PATH...\n");
        return 2;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("%llu files, %llu bytes, %llu files with syntax errors (%.3f s)\n", (unsigned long long)st.files,
           (unsigned long long)st.bytes, (unsigned long long)st.bad, secs);
    return 0;
}
