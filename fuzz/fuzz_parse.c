/* fuzz_parse.c: libFuzzer target: tokenize, parse and dump arbitrary bytes; must never crash or hang.
 * Build and run: fuzz/run.sh [SECONDS] (clang with libFuzzer). */
#include <stddef.h>
#include <stdint.h>

#include "syntax/ast_dump.h"
#include "syntax/line_index.h"
#include "syntax/parser.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 20))
        return 0;
    Arena a;
    arena_init(&a);
    ParseResult r;
    if (parse_module(&a, (const char *)data, (uint32_t)size, &r)) {
        LineIndex li;
        if (line_index_init(&li, &a, (const char *)data, (uint32_t)size)) {
            Buf b = {0};
            ast_dump(&b, r.module, &li);
            buf_free(&b);
        }
    }
    arena_free(&a);
    return 0;
}
