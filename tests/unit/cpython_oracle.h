/* cpython_oracle.h: the tests' bridge to CPython 3.13 (tests/cpython_oracle.py) and snipe's side of the comparison. */
#ifndef SNIPE_TESTS_CPYTHON_ORACLE_H
#define SNIPE_TESTS_CPYTHON_ORACLE_H

#include <stdbool.h>
#include <stdint.h>

#include "util/str.h"

#define ORACLE_PYTHON_DEFAULT "/root/.pyenv/versions/3.13.0/bin/python3"
#define ORACLE_HELPER "tests/cpython_oracle.py"

/* One file's verdict: accepted with the CRC-32 and length of its dump, or rejected. */
typedef struct Verdict {
    bool ok;
    uint32_t crc, len;
} Verdict;

/* The interpreter to use: $SNIPE_PYTHON313 or ORACLE_PYTHON_DEFAULT. */
const char *oracle_python(void);
/* Fails the running test (loudly) when that interpreter or the helper is missing or is not 3.13;
 * otherwise writes its sys.version into ver. */
void oracle_require(char *ver, size_t cap);
/* Directory of the build (dirname of $SNIPE_BIN) plus "/test-cache", created; fails the test
 * when SNIPE_BIN is unset. */
void oracle_cache_dir(char *out, size_t cap);

/* snipe's verdict on a source as `snipe debug ast` computes it (coding cookie, parse, dump);
 * when text is non-NULL the dump (or the first error) is appended to it. */
Verdict snipe_verdict(const char *src, uint32_t len, Buf *text);
/* Parse one line of the helper's output (`OK crc len` / `ERR line`); false when malformed. */
bool verdict_parse(const char *line, Verdict *v);
/* CRC-32 (zlib's polynomial) of data. */
uint32_t crc32_of(const char *data, size_t n);
/* Print where the oracle's dump of path and snipe's differ (runs the helper's `full` mode). */
void oracle_show_difference(const char *path);

#endif
