/* toml_fuzz.c: libFuzzer target for the TOML reader (not part of `make`). Build and run:
 *   clang -g -O1 -std=c17 -D_GNU_SOURCE -Isrc -fsanitize=fuzzer,address,undefined \
 *     fuzz/toml_fuzz.c src/config/toml.c src/config/toml_json.c src/config/toml_lex.c \
 *     src/config/toml_parse.c src/config/toml_scalar.c src/config/toml_table.c \
 *     src/util/arena.c src/util/str.c -lm -o build/toml_fuzz
 *   mkdir -p build/toml-corpus && cp $(find tests/toml-test -name '*.toml') build/toml-corpus/
 *   build/toml_fuzz -max_total_time=300 build/toml-corpus
 * Checks: no crash, positions are 1-based, every key is found again by lookup, errors have text. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "config/toml.h"

static void check_tree(const TomlValue *v)
{
    if (v->line < 1 || v->col < 1)
        abort();
    if (v->kind == TOML_TABLE) {
        for (uint32_t i = 0; i < v->as.table.len; i++) {
            const TomlEntry *e = &v->as.table.entries[i];
            if (e->line < 1 || e->col < 1)
                abort();
            if (strlen(e->key) == e->key_len && toml_get_entry(v, e->key) != e)
                abort();
            check_tree(e->value);
        }
    } else if (v->kind == TOML_ARRAY) {
        for (uint32_t i = 0; i < v->as.array.len; i++)
            check_tree(v->as.array.items[i]);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Arena a;
    arena_init(&a);
    TomlError err;
    TomlValue *root = toml_parse(&a, (const char *)data, size, &err);
    if (root) {
        check_tree(root);
        Buf out = {0};
        if (toml_debug_json(root, &out) != 0)
            abort();
        buf_free(&out);
    } else if (err.line < 1 || err.col < 1 || !err.message[0]) {
        abort();
    }
    arena_free(&a);
    return 0;
}
