/* cpython_oracle.c: run the CPython 3.13 helper for the syntax tests and compute snipe's verdict the same way. */
#include "cpython_oracle.h"

#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "syntax/ast_dump.h"
#include "syntax/line_index.h"
#include "syntax/parser.h"
#include "syntax/source_encoding.h"

const char *oracle_python(void)
{
    const char *p = getenv("SNIPE_PYTHON313");
    return p && *p ? p : ORACLE_PYTHON_DEFAULT;
}

void oracle_require(char *ver, size_t cap)
{
    const char *py = oracle_python();
    ck_assert_msg(access(py, X_OK) == 0,
                  "CPython 3.13 is required for this test and is missing: %s (set SNIPE_PYTHON313)", py);
    ck_assert_msg(access(ORACLE_HELPER, R_OK) == 0, "missing %s (run the tests from the repository root)",
                  ORACLE_HELPER);
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "'%s' -c 'import sys; print(sys.version.split()[0])'", py);
    FILE *f = popen(cmd, "r");
    ck_assert_msg(f != NULL, "cannot run %s", py);
    if (!fgets(ver, (int)cap, f))
        ver[0] = 0;
    int st = pclose(f);
    ver[strcspn(ver, "\n")] = 0;
    ck_assert_msg(st == 0 && strncmp(ver, "3.13.", 5) == 0, "%s is not a working Python 3.13 (version '%s')", py,
                  ver);
}

void oracle_cache_dir(char *out, size_t cap)
{
    const char *bin = getenv("SNIPE_BIN");
    ck_assert_msg(bin != NULL, "SNIPE_BIN is not set (run through make test)");
    const char *slash = strrchr(bin, '/');
    int n = slash ? (int)(slash - bin) : 1;
    snprintf(out, cap, "%.*s/test-cache", n, slash ? bin : ".");
    ck_assert_msg(mkdir(out, 0777) == 0 || errno == EEXIST, "cannot create %s", out);
}

uint32_t crc32_of(const char *data, size_t n)
{
    uint32_t table[256];
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    uint32_t crc = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++)
        crc = table[(crc ^ (unsigned char)data[i]) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

Verdict snipe_verdict(const char *src, uint32_t len, Buf *text)
{
    Verdict v = {false, 0, 0};
    char msgbuf[160];
    const char *msg = NULL;
    char *dec = NULL;
    uint32_t dlen;
    SourceDecode d = source_decode(src, len, &dec, &dlen, msgbuf, sizeof msgbuf, &msg);
    if (d == SRC_BAD) {
        if (text)
            buf_printf(text, "SyntaxError: %s", msg);
        return v;
    }
    if (d == SRC_DECODED) {
        src = dec;
        len = dlen;
    }
    Arena a;
    arena_init(&a);
    ParseResult r;
    LineIndex li;
    ck_assert(parse_module(&a, src, len, &r));
    ck_assert(line_index_init(&li, &a, src, len));
    if (r.errors.len == 0) {
        Buf out = {0};
        ast_dump(&out, r.module, &li);
        v.ok = true;
        v.crc = crc32_of(out.data, out.len);
        v.len = (uint32_t)out.len;
        if (text)
            buf_append(text, out.data, out.len);
        buf_free(&out);
    } else if (text) {
        uint32_t row, col;
        line_index_location(&li, r.errors.data[0].start, &row, &col);
        buf_printf(text, "SyntaxError: %s at %u:%u", r.errors.data[0].msg, row, col);
    }
    arena_free(&a);
    free(dec);
    return v;
}

bool verdict_parse(const char *line, Verdict *v)
{
    unsigned crc, len;
    if (strncmp(line, "ERR", 3) == 0) {
        *v = (Verdict){false, 0, 0};
        return true;
    }
    if (sscanf(line, "OK %x %u", &crc, &len) == 2) {
        *v = (Verdict){true, crc, len};
        return true;
    }
    return false;
}

void oracle_show_difference(const char *path)
{
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "'%s' %s full '%s'", oracle_python(), ORACLE_HELPER, path);
    FILE *f = popen(cmd, "r");
    Buf o = {0};
    if (f) {
        char chunk[65536];
        size_t n;
        while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
            buf_append(&o, chunk, n);
        pclose(f);
    }
    while (o.len && o.data[o.len - 1] == '\n')
        o.len--;
    Buf m = {0};
    FILE *sf = fopen(path, "rb");
    if (sf) {
        Buf s = {0};
        char chunk[65536];
        size_t n;
        while ((n = fread(chunk, 1, sizeof chunk, sf)) > 0)
            buf_append(&s, chunk, n);
        fclose(sf);
        snipe_verdict(s.data ? s.data : "", (uint32_t)s.len, &m);
        buf_free(&s);
    }
    size_t k = 0;
    while (k < o.len && k < m.len && o.data[k] == m.data[k])
        k++;
    if (k == o.len && k == m.len)
        printf("  (the texts are equal now: a stale verdict in the build dir's test-cache? delete it)\n");
    size_t from = k > 150 ? k - 150 : 0;
    int on = (int)(o.len - from < 250 ? o.len - from : 250), mn = (int)(m.len - from < 250 ? m.len - from : 250);
    printf("  DIFFERENT %s (at byte %zu)\n    cpython: ...%.*s\n    snipe:   ...%.*s\n", path, k, on < 0 ? 0 : on,
           o.data ? o.data + from : "", mn < 0 ? 0 : mn, m.data ? m.data + from : "");
    buf_free(&o);
    buf_free(&m);
}
