/* decode.c: decode a source whose coding cookie declares another encoding than UTF-8 (iconv, through syntax/source_encoding). */
#include "lint/decode.h"

#include <stdlib.h>

#include "syntax/source_encoding.h"

bool lint_decode_declared(Arena *a, const char **text, size_t *len)
{
    if (*len > UINT32_MAX)
        return false;
    char msgbuf[160];
    const char *msg = NULL;
    char *dec = NULL;
    uint32_t dlen = 0;
    if (source_decode(*text, (uint32_t)*len, &dec, &dlen, msgbuf, sizeof msgbuf, &msg) != SRC_DECODED)
        return false;
    char *copy = arena_strndup(a, dec, dlen);
    free(dec);
    if (!copy)
        return false;
    *text = copy;
    *len = dlen;
    return true;
}
