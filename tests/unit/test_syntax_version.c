/* test_syntax_version.c: the facts the lexer records for version_check, and version_check giving the
 * same reports with them as with its scan of every token. */
#include <check.h>
#include <stdio.h>
#include <string.h>

#include "syntax/parser.h"
#include "syntax/version_check.h"

/* Sources with and without newer syntax, well-formed and broken. */
static const char *const sources[] = {
    "x = 1\ny = x * 2 / 3\n",
    "type X = int\ntype = 3\ntype(x)\nx = type\n",
    "match x:\n    case 1: pass\nmatch(x)\nmatch = 1\nmatch [1]:\n    case _: pass\n",
    "try:\n    pass\nexcept* E:\n    pass\n",
    "try:\n    pass\nexcept A, B:\n    pass\nexcept (C, D):\n    pass\n",
    "def f[T](a, /, *b: *Ts): return *a, *b\nclass C[T]: pass\ndef g(\n  a # c\n  , /): pass\n",
    "def f[\n T = int](): pass\nx[a, *b]\nx[*a]\nx[a := 1]\n{(a := 1), b := 2}\n",
    "with (a, b): pass\nwith (a): pass\nasync def h():\n    async with (a as b,): pass\n",
    "@a.b[1]\ndef g(): pass\n@(yield)\ndef h(): pass\nif (y := 1): pass\n",
    "async def h():\n    [x async for x in y]\n    [[x async for x in z] for y in w]\n",
    "for x in *a, *b: pass\ndef g():\n    yield *a, b\n",
    "x = f\"{a['b']}\" f\"{a[\"b\"]}\"\nx = f\"{a\n}\"\nx = f\"\"\"{a # c\n}\"\"\"\n",
    "x = f\"{'\\n'}\" f\"{f\"{1}\"}\" f\"{1:{f'{2}'}}\" rf\"\\d{x}\"\n",
    "x = t\"{a}\"\ny = f\"{b!r:>{w}} {c=}\"\n",
    "x = f\"{f\"{1}\"}\"\n",
    "x = f\"{a # c\n}\"\n",
    "x = f'{a\n}'\n",
    "x = [a, *b]\ny = {a: [c, *d]}\nz = f(a)[b, *c]\nw = 'ab'[\n  a, *b]\nv = [a][b, *c]\n",
    "x = [a, *b]\nfor x in [a, *b]: pass\n",
    "x = f\"{a\ny = 1\n",
    "x = f\"{a:\n}\"\ndef f(a, *, b): x = a * b\n",
    "x = (1,\ndef f(): pass\ntype X = int\n",
    "x = $ + 1\nmatch x:\n  case 1: pass\n",
};

/* The errors version_check appends for minor, as one string. */
static void reports(const char *src, const ParseResult *r, const TokenList *toks, int minor, char *buf, size_t n)
{
    Arena a;
    arena_init(&a);
    SyntaxErrors out = {0};
    version_check(&a, src, (uint32_t)strlen(src), r->module, toks, minor, &out);
    size_t used = 0;
    buf[0] = 0;
    for (uint32_t i = 0; i < out.len && used < n; i++)
        used += (size_t)snprintf(buf + used, n - used, "%u-%u %s\n", out.data[i].start, out.data[i].end, out.data[i].msg);
    arena_free(&a);
}

START_TEST(marks_give_the_reports_of_the_full_scan)
{
    static char with[8192], without[8192];
    int reported = 0;
    for (size_t s = 0; s < sizeof sources / sizeof *sources; s++) {
        const char *src = sources[s];
        Arena a;
        arena_init(&a);
        ParseResult r;
        ck_assert(parse_module(&a, src, (uint32_t)strlen(src), &r));
        ck_assert(r.tokens.marks_valid);
        TokenList plain = {.data = r.tokens.data, .len = r.tokens.len, .cap = r.tokens.cap};
        for (int minor = 7; minor <= 14; minor++) {
            reports(src, &r, &r.tokens, minor, with, sizeof with);
            reports(src, &r, &plain, minor, without, sizeof without);
            ck_assert_msg(strcmp(with, without) == 0, "source %zu, 3.%d:\n%s---\n%s", s, minor, with, without);
            reported += with[0] != 0;
        }
        arena_free(&a);
    }
    ck_assert_int_gt(reported, 40); /* the sources do use newer syntax */
}
END_TEST

/* The pre-pass tells a subscript's '[' from a list display's: the three subscripts are reported. */
START_TEST(star_in_index_after_any_primary)
{
    static char buf[4096];
    const char *src = "x = [a, *b]\ny = {a: [c, *d]}\nz = f(a)[b, *c]\nw = 'ab'[\n  a, *b]\nv = [a][b, *c]\n";
    Arena a;
    arena_init(&a);
    ParseResult r;
    ck_assert(parse_module(&a, src, (uint32_t)strlen(src), &r));
    reports(src, &r, &r.tokens, 10, buf, sizeof buf);
    int n = 0;
    for (const char *p = buf; (p = strstr(p, "star expression in index")); p++)
        n++;
    ck_assert_int_eq(n, 3);
    ck_assert_ptr_nonnull(strstr(buf, "75-77 ")); /* `*c` of v = [a][b, *c] */
    arena_free(&a);
}
END_TEST

START_TEST(lexer_marks)
{
    const char *src = "x = a * b\ntype X = int\nprint(f\"{x}\", f\"{y}\")\ndef f[T](): pass\nx[1]\n";
    Arena a;
    arena_init(&a);
    ParseResult r;
    ck_assert(parse_module(&a, src, (uint32_t)strlen(src), &r));
    const TokenList *t = &r.tokens;
    ck_assert(t->marks_valid);
    ck_assert(!t->fstr_field_text);
    char kinds[256] = "";
    for (uint32_t i = 0; i < t->nmarks; i++) {
        const Token *k = &t->data[t->marks[i]];
        if (i)
            ck_assert_uint_lt(t->marks[i - 1], t->marks[i]);
        strncat(kinds, src + k->start, k->end - k->start);
        strcat(kinds, " ");
    }
    ck_assert_str_eq(kinds, "* type f\" [ ");
    ck_assert_int_eq(t->data[t->marks[1]].kw, 0); /* a soft keyword stays a plain NAME */
    ck_assert_int_eq(t->data[t->first_str].kind, TK_FSTRING_START);
    arena_free(&a);

    src = "x = f\"{a # c\n}\"\n";
    arena_init(&a);
    ck_assert(parse_module(&a, src, (uint32_t)strlen(src), &r));
    ck_assert(r.tokens.fstr_field_text);
    ck_assert_uint_eq(r.tokens.first_str, 2);
    arena_free(&a);
}
END_TEST

Suite *suite_syntax_version(void)
{
    Suite *s = suite_create("syntax_version");
    TCase *tc = tcase_create("version");
    tcase_add_test(tc, marks_give_the_reports_of_the_full_scan);
    tcase_add_test(tc, lexer_marks);
    tcase_add_test(tc, star_in_index_after_any_primary);
    suite_add_tcase(s, tc);
    return s;
}
