/* cmd_tokens.c: `snipe debug tokens FILE...` prints the token stream of each file. */
#include <stdio.h>
#include <stdlib.h>

#include "syntax/lexer.h"
#include "syntax/line_index.h"
#include "syntax/read_file.h"
#include "syntax/syntax_cmd.h"
#include "util/str.h"

static int dump_tokens(const char *path, Buf *out)
{
    uint32_t len;
    char *src = read_whole_file(path, &len);
    if (!src) {
        fprintf(stderr, "error: cannot read %s\n", path);
        return 2;
    }
    Arena a;
    arena_init(&a);
    TokenList toks = {0};
    SyntaxErrors errs = {0};
    LineIndex li;
    int rc = 0;
    if (!lex_source(&a, src, len, &toks, &errs) || !line_index_init(&li, &a, src, len)) {
        fprintf(stderr, "error: out of memory on %s\n", path);
        rc = 2;
    } else {
        for (uint32_t i = 0; i < toks.len; i++) {
            const Token *t = &toks.data[i];
            uint32_t r0, c0, r1, c1;
            line_index_byte_location(&li, t->start, &r0, &c0);
            line_index_byte_location(&li, t->end, &r1, &c1);
            buf_printf(out, "%u..%u %u:%u-%u:%u %s \"", t->start, t->end, r0, c0, r1, c1,
                       token_kind_name((TokKind)t->kind));
            buf_json_escape(out, src + t->start, t->end - t->start);
            buf_puts(out, "\"\n");
        }
        for (uint32_t i = 0; i < errs.len; i++) {
            uint32_t r, c;
            line_index_location(&li, errs.data[i].start, &r, &c);
            fprintf(stderr, "%s:%u:%u: error: %s\n", path, r, c, errs.data[i].msg);
        }
        if (errs.len)
            rc = 1;
    }
    arena_free(&a);
    free(src);
    return rc;
}

int cmd_debug_tokens(int argc, char **argv)
{
    if (argc < 1) {
        fprintf(stderr, "usage: snipe debug tokens FILE...\n");
        return 2;
    }
    int rc = 0;
    for (int i = 0; i < argc; i++) {
        Buf out = {0};
        if (argc > 1)
            buf_printf(&out, "== %s\n", argv[i]);
        int r = dump_tokens(argv[i], &out);
        if (out.len)
            fwrite(out.data, 1, out.len, stdout);
        buf_free(&out);
        if (r > rc)
            rc = r;
    }
    return rc;
}
