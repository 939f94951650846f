/* test_syntax_lexer.c: the tokenizer (kinds, ranges, f-strings, indentation, errors) and the line index. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "syntax/lexer.h"
#include "syntax/line_index.h"

typedef struct Lexed {
    Arena a;
    TokenList toks;
    SyntaxErrors errs;
} Lexed;

static void lex_str(Lexed *l, const char *src, uint32_t len)
{
    arena_init(&l->a);
    memset(&l->toks, 0, sizeof l->toks);
    memset(&l->errs, 0, sizeof l->errs);
    ck_assert(lex_source(&l->a, src, len, &l->toks, &l->errs));
    ck_assert_uint_gt(l->toks.len, 0);
    ck_assert_int_eq(l->toks.data[l->toks.len - 1].kind, TK_ENDMARKER);
}

/* The kinds as a space-separated string, for compact comparisons. */
static char *kinds(const Lexed *l)
{
    static char buf[4096];
    buf[0] = 0;
    for (uint32_t i = 0; i < l->toks.len; i++) {
        if (i)
            strcat(buf, " ");
        strcat(buf, token_kind_name((TokKind)l->toks.data[i].kind));
    }
    return buf;
}

START_TEST(simple_statement)
{
    Lexed l;
    const char *src = "x = a.b(1, 'z')  # hi\n";
    lex_str(&l, src, (uint32_t)strlen(src));
    ck_assert_str_eq(kinds(&l), "NAME EQUAL NAME DOT NAME LPAR NUMBER COMMA STRING RPAR COMMENT NEWLINE ENDMARKER");
    ck_assert_uint_eq(l.toks.data[8].start, 11);
    ck_assert_uint_eq(l.toks.data[8].end, 14);
    ck_assert_uint_eq(l.errs.len, 0);
    arena_free(&l.a);
}
END_TEST

START_TEST(keywords_and_soft_keywords)
{
    Lexed l;
    const char *src = "if match: not None\n";
    lex_str(&l, src, (uint32_t)strlen(src));
    ck_assert_int_eq(l.toks.data[0].kw, KW_IF);
    ck_assert_int_eq(l.toks.data[1].kw, 0); /* soft keyword stays a plain name */
    ck_assert_int_eq(l.toks.data[3].kw, KW_NOT);
    ck_assert_int_eq(l.toks.data[4].kw, KW_NONE);
    arena_free(&l.a);
}
END_TEST

/* Every line of keywords.def is found by the lexer's keyword switch; near misses are plain names. */
START_TEST(every_keyword_recognised)
{
    static const struct { const char *text; KwId id; } kws[] = {
#define KW(id, text) {text, KW_##id},
#include "syntax/keywords.def"
#undef KW
    };
    for (size_t i = 0; i < sizeof kws / sizeof kws[0]; i++) {
        Lexed l;
        lex_str(&l, kws[i].text, (uint32_t)strlen(kws[i].text));
        ck_assert_msg(l.toks.data[0].kind == TK_NAME && l.toks.data[0].kw == kws[i].id, "keyword %s", kws[i].text);
        arena_free(&l.a);
    }
    static const char *const plain[] = {"i", "IF", "iff", "elsa", "el", "classes", "none", "nonlocals", "continu",
                                        "asy", "awaits", "de", "dev", "tr", "Tru", "finall", "ifx", "or_", "_and"};
    for (size_t i = 0; i < sizeof plain / sizeof plain[0]; i++) {
        Lexed l;
        lex_str(&l, plain[i], (uint32_t)strlen(plain[i]));
        ck_assert_msg(l.toks.data[0].kind == TK_NAME && l.toks.data[0].kw == 0, "not a keyword: %s", plain[i]);
        arena_free(&l.a);
    }
}
END_TEST

START_TEST(indent_dedent_and_blank_lines)
{
    Lexed l;
    const char *src = "if a:\n    b\n\n  # c\n    c\nd";
    lex_str(&l, src, (uint32_t)strlen(src));
    ck_assert_str_eq(kinds(&l), "NAME NAME COLON NEWLINE INDENT NAME NEWLINE NL COMMENT NL NAME NEWLINE DEDENT NAME "
                                "NEWLINE ENDMARKER");
    ck_assert_uint_eq(l.errs.len, 0);
    arena_free(&l.a);
}
END_TEST

START_TEST(crlf_cr_and_continuation)
{
    Lexed l;
    const char *src = "a = (1,\r\n 2)\rb = 1 + \\\r\n 2\r\n";
    lex_str(&l, src, (uint32_t)strlen(src));
    ck_assert_str_eq(kinds(&l), "NAME EQUAL LPAR NUMBER COMMA NL NUMBER RPAR NEWLINE NAME EQUAL NUMBER PLUS NUMBER "
                                "NEWLINE ENDMARKER");
    ck_assert_uint_eq(l.toks.data[5].end - l.toks.data[5].start, 2); /* \r\n */
    arena_free(&l.a);
}
END_TEST

START_TEST(tabs_and_inconsistency)
{
    Lexed l;
    const char *src = "if a:\n\tb\n        c\n";
    lex_str(&l, src, (uint32_t)strlen(src));
    ck_assert_uint_eq(l.errs.len, 1);
    ck_assert_str_eq(l.errs.data[0].msg, "inconsistent use of tabs and spaces in indentation");
    arena_free(&l.a);
    const char *ok = "if a:\n\tb\n\tc\n";
    lex_str(&l, ok, (uint32_t)strlen(ok));
    ck_assert_uint_eq(l.errs.len, 0);
    arena_free(&l.a);
}
END_TEST

START_TEST(bad_dedent)
{
    Lexed l;
    const char *src = "if a:\n    b\n  c\n";
    lex_str(&l, src, (uint32_t)strlen(src));
    ck_assert_uint_eq(l.errs.len, 1);
    ck_assert_str_eq(l.errs.data[0].msg, "unindent does not match any outer indentation level");
    arena_free(&l.a);
}
END_TEST

START_TEST(string_prefixes)
{
    Lexed l;
    const char *src = "rb'a' BR\"b\" u'c' Rb'''d''' x'e'\n";
    lex_str(&l, src, (uint32_t)strlen(src));
    ck_assert_str_eq(kinds(&l), "STRING STRING STRING STRING NAME STRING NEWLINE ENDMARKER");
    ck_assert(l.toks.data[0].flags & TF_RAW);
    ck_assert(l.toks.data[0].flags & TF_BYTES);
    ck_assert(l.toks.data[3].flags & TF_TRIPLE);
    ck_assert(l.toks.data[2].flags & TF_UNICODE);
    arena_free(&l.a);
}
END_TEST

START_TEST(fstring_tokens)
{
    Lexed l;
    const char *src = "f\"a{b!r:>{c}} {{d}} {f'{e}'}\"\n";
    lex_str(&l, src, (uint32_t)strlen(src));
    ck_assert_str_eq(kinds(&l), "FSTRING_START FSTRING_MIDDLE LBRACE NAME EXCLAMATION NAME COLON FSTRING_MIDDLE "
                                "LBRACE NAME RBRACE RBRACE FSTRING_MIDDLE LBRACE FSTRING_START LBRACE NAME RBRACE "
                                "FSTRING_END RBRACE FSTRING_END NEWLINE ENDMARKER");
    ck_assert_uint_eq(l.errs.len, 0);
    ck_assert(l.toks.data[7].flags & TF_SPEC);
    arena_free(&l.a);
}
END_TEST

START_TEST(fstring_same_quotes_and_colons)
{
    Lexed l;
    const char *src = "f\"{x[1:2]:{w}}{\"q\"}{y:=5}\"\n";
    lex_str(&l, src, (uint32_t)strlen(src));
    ck_assert_str_eq(kinds(&l), "FSTRING_START LBRACE NAME LSQB NUMBER COLON NUMBER RSQB COLON LBRACE NAME RBRACE "
                                "RBRACE LBRACE STRING RBRACE LBRACE NAME COLON FSTRING_MIDDLE RBRACE FSTRING_END "
                                "NEWLINE ENDMARKER");
    arena_free(&l.a);
}
END_TEST

START_TEST(tstring_tokens)
{
    Lexed l;
    const char *src = "t'x{y}'\n";
    lex_str(&l, src, (uint32_t)strlen(src));
    ck_assert_str_eq(kinds(&l), "TSTRING_START TSTRING_MIDDLE LBRACE NAME RBRACE TSTRING_END NEWLINE ENDMARKER");
    arena_free(&l.a);
}
END_TEST

START_TEST(numbers)
{
    Lexed l;
    const char *src = "0x_ff 1_000 1.5e-3j .5 1e5 0o17 0b1 1if x else 2\n";
    lex_str(&l, src, (uint32_t)strlen(src));
    ck_assert_str_eq(kinds(&l), "NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NAME NAME NAME NUMBER "
                                "NEWLINE ENDMARKER");
    ck_assert_uint_eq(l.errs.len, 0);
    arena_free(&l.a);
    const char *bad = "1__0 012 0x 1abc\n";
    lex_str(&l, bad, (uint32_t)strlen(bad));
    ck_assert_uint_eq(l.errs.len, 4);
    arena_free(&l.a);
}
END_TEST

START_TEST(unterminated_strings)
{
    Lexed l;
    const char *src = "x = 'abc\ny = \"\"\"never";
    lex_str(&l, src, (uint32_t)strlen(src));
    ck_assert_uint_eq(l.errs.len, 2);
    /* Ruff's message; the range runs to the end of the line (or of the file when triple-quoted) */
    ck_assert_str_eq(l.errs.data[0].msg, "missing closing quote in string literal");
    ck_assert_uint_eq(l.errs.data[0].start, 4);
    ck_assert_uint_eq(l.errs.data[0].end, 8);
    ck_assert_str_eq(l.errs.data[1].msg, "missing closing quote in string literal");
    ck_assert_uint_eq(l.errs.data[1].start, 13);
    ck_assert_uint_eq(l.errs.data[1].end, strlen(src));
    arena_free(&l.a);
}
END_TEST

START_TEST(brackets_errors)
{
    Lexed l;
    /* closers out of place are the parser's to report; an unclosed bracket is reported at the end */
    const char *src = "(]\n)\n[";
    lex_str(&l, src, (uint32_t)strlen(src));
    ck_assert_uint_eq(l.errs.len, 1);
    ck_assert_str_eq(l.errs.data[0].msg, "unexpected EOF while parsing");
    ck_assert_uint_eq(l.errs.data[0].start, strlen(src));
    arena_free(&l.a);
}
END_TEST

START_TEST(bom_is_skipped)
{
    Lexed l;
    const char *src = "\xEF\xBB\xBFx\n";
    lex_str(&l, src, (uint32_t)strlen(src));
    ck_assert_uint_eq(l.toks.data[0].start, 3);
    ck_assert_uint_eq(l.errs.len, 0);
    LineIndex li;
    ck_assert(line_index_init(&li, &l.a, src, (uint32_t)strlen(src)));
    uint32_t r, c;
    line_index_location(&li, 3, &r, &c);
    ck_assert_uint_eq(r, 1);
    ck_assert_uint_eq(c, 1);
    arena_free(&l.a);
}
END_TEST

START_TEST(line_index_columns)
{
    Arena a;
    arena_init(&a);
    const char *src = "ab\r\n\xc3\xa9x\ry\n";
    LineIndex li;
    ck_assert(line_index_init(&li, &a, src, (uint32_t)strlen(src)));
    ck_assert_uint_eq(li.nlines, 3);
    uint32_t r, c;
    line_index_location(&li, 6, &r, &c); /* the x after é */
    ck_assert_uint_eq(r, 2);
    ck_assert_uint_eq(c, 2);
    line_index_byte_location(&li, 6, &r, &c);
    ck_assert_uint_eq(c, 2);
    line_index_location(&li, 8, &r, &c);
    ck_assert_uint_eq(r, 3);
    ck_assert_uint_eq(c, 1);
    arena_free(&a);
}
END_TEST

/* Long sources (the line table is built 64 bytes at a time when there is no '\r'): every offset
 * maps to the line a byte-by-byte count gives, with and without '\r\n' and a final newline. */
START_TEST(line_index_every_offset)
{
    for (int variant = 0; variant < 4; variant++) {
        Arena a;
        arena_init(&a);
        char src[3000];
        uint32_t len = 0;
        for (uint32_t k = 0; len < sizeof src - 200; k++) {
            uint32_t w = (k * 37 + 11) % (k % 5 == 0 ? 130 : 9); /* empty, short and long lines */
            for (uint32_t j = 0; j < w; j++)
                src[len++] = (char)('a' + j % 26);
            if (variant & 1)
                src[len++] = '\r';
            src[len++] = '\n';
        }
        if (variant & 2)
            src[len++] = 'z'; /* a last line without a terminator */
        LineIndex li;
        ck_assert(line_index_init(&li, &a, src, len));
        uint32_t line = 0, expect_lines = 1;
        for (uint32_t off = 0; off <= len; off++) {
            ck_assert_uint_eq(line_index_line(&li, off), off == len && !(variant & 2) ? line - 1 : line);
            ck_assert_uint_eq(li.starts[off == len && !(variant & 2) ? line - 1 : line] <= off, 1);
            if (off < len && src[off] == '\n') {
                line++;
                expect_lines += off + 1 < len;
            }
        }
        ck_assert_uint_eq(li.nlines, expect_lines);
        arena_free(&a);
    }
}
END_TEST

START_TEST(multiline_ranges)
{
    Lexed l;
    const char *src = "a = '''x\ny'''\nb = 'z'\nc = f\"\"\"p\n{q}\nr\"\"\"\n";
    lex_str(&l, src, (uint32_t)strlen(src));
    uint32_t n;
    ByteRange *r = lex_multiline_string_ranges(&l.a, &l.toks, &n);
    ck_assert_uint_eq(n, 3);
    ck_assert_uint_eq(r[0].start, 4);
    ck_assert_uint_eq(r[0].end, 13);
    ck_assert_uint_eq(r[1].start, 30);
    arena_free(&l.a);
}
END_TEST

START_TEST(hostile_inputs)
{
    Lexed l;
    /* NUL bytes and invalid UTF-8 */
    const char nul[] = "a\0b = \xff\xfe 'x\0y'\n\x80";
    lex_str(&l, nul, sizeof nul - 1);
    ck_assert_uint_gt(l.errs.len, 0);
    arena_free(&l.a);
    /* deep nesting */
    uint32_t n = 100000;
    char *deep = malloc(n);
    memset(deep, '(', n);
    lex_str(&l, deep, n);
    ck_assert_uint_gt(l.errs.len, 0);
    arena_free(&l.a);
    memset(deep, '{', n);
    for (uint32_t i = 0; i < n; i += 2)
        deep[i] = 'f', deep[i + 1] = '"';
    lex_str(&l, deep, n);
    arena_free(&l.a);
    free(deep);
    /* a 1 MB line */
    uint32_t m = 1 << 20;
    char *line = malloc(m);
    for (uint32_t i = 0; i < m; i++)
        line[i] = "x+ "[i % 3];
    lex_str(&l, line, m);
    ck_assert_uint_eq(l.errs.len, 0);
    arena_free(&l.a);
    /* deep indentation */
    char *ind = malloc(200 * 202);
    uint32_t k = 0;
    for (int d = 0; d < 200; d++) {
        for (int s = 0; s < d; s++)
            ind[k++] = ' ';
        memcpy(ind + k, "if a:\n", 6);
        k += 6;
    }
    lex_str(&l, ind, k);
    ck_assert_uint_gt(l.errs.len, 0);
    ck_assert_str_eq(l.errs.data[0].msg, "too many levels of indentation");
    arena_free(&l.a);
    free(ind);
    free(line);
}
END_TEST

/* The index of the tokens the noqa line mapping reads (token.h `strs`) lists exactly the
 * comments, triple-quoted strings and f/t-string starts and ends, in order. */
START_TEST(string_and_comment_index)
{
    static const char *const srcs[] = {
        "# c\nx = 'a'  # d\ny = \"\"\"b\nc\"\"\"\n",
        "f'{a}' f\"{b!r:>{w}}\" t'{c}'\nz = f\"\"\"x{\n  y # in a field\n}\"\"\"\n",
        "s = ('a' 'b' '''c''' rb'd' f'{f\"{g}\"}')  # e\n#f\n",
        "def f():\n    '''doc'''\n    return 1\n",
    };
    for (size_t s = 0; s < sizeof srcs / sizeof *srcs; s++) {
        Lexed l;
        lex_str(&l, srcs[s], (uint32_t)strlen(srcs[s]));
        ck_assert(l.toks.strs_valid);
        uint32_t k = 0;
        for (uint32_t i = 0; i < l.toks.len; i++) {
            const Token *t = &l.toks.data[i];
            bool listed = t->kind == TK_COMMENT || (t->kind == TK_STRING && (t->flags & TF_TRIPLE)) ||
                          t->kind == TK_FSTRING_START || t->kind == TK_FSTRING_END ||
                          t->kind == TK_TSTRING_START || t->kind == TK_TSTRING_END;
            if (listed) {
                ck_assert_msg(k < l.toks.nstrs && l.toks.strs[k] == i, "source %zu: token %u missing", s, i);
                k++;
            }
        }
        ck_assert_uint_eq(k, l.toks.nstrs);
        ck_assert_uint_gt(k, 0);
        arena_free(&l.a);
    }
}
END_TEST

Suite *suite_syntax_lexer(void)
{
    Suite *s = suite_create("syntax_lexer");
    TCase *tc = tcase_create("lexer");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, simple_statement);
    tcase_add_test(tc, keywords_and_soft_keywords);
    tcase_add_test(tc, every_keyword_recognised);
    tcase_add_test(tc, indent_dedent_and_blank_lines);
    tcase_add_test(tc, crlf_cr_and_continuation);
    tcase_add_test(tc, tabs_and_inconsistency);
    tcase_add_test(tc, bad_dedent);
    tcase_add_test(tc, string_prefixes);
    tcase_add_test(tc, fstring_tokens);
    tcase_add_test(tc, fstring_same_quotes_and_colons);
    tcase_add_test(tc, tstring_tokens);
    tcase_add_test(tc, numbers);
    tcase_add_test(tc, unterminated_strings);
    tcase_add_test(tc, brackets_errors);
    tcase_add_test(tc, bom_is_skipped);
    tcase_add_test(tc, line_index_columns);
    tcase_add_test(tc, line_index_every_offset);
    tcase_add_test(tc, multiline_ranges);
    tcase_add_test(tc, hostile_inputs);
    tcase_add_test(tc, string_and_comment_index);
    suite_add_tcase(s, tc);
    return s;
}
