/* test_syntax_parser.c: the parser against reviewed CPython dumps (tests/fixtures/syntax), its errors
 * and recovery, and hostile inputs that must end quickly with errors instead of crashing. */
#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "syntax/ast_dump.h"
#include "syntax/line_index.h"
#include "syntax/parser.h"
#include "syntax/read_file.h"

#define FIXTURES "tests/fixtures/syntax"

typedef struct Parsed {
    Arena a;
    ParseResult r;
} Parsed;

static void parse_str(Parsed *ps, const char *src, uint32_t len)
{
    arena_init(&ps->a);
    ck_assert(parse_module(&ps->a, src, len, &ps->r));
    ck_assert_ptr_nonnull(ps->r.module);
    ck_assert_int_eq(ps->r.module->kind, AST_Module);
}

/* Dump of src (NULL when it has syntax errors); caller frees. */
static char *dump_of(const char *src, uint32_t len)
{
    Parsed ps;
    parse_str(&ps, src, len);
    char *res = NULL;
    if (ps.r.errors.len == 0) {
        LineIndex li;
        ck_assert(line_index_init(&li, &ps.a, src, len));
        Buf b = {0};
        ast_dump(&b, ps.r.module, &li);
        res = b.data;
    }
    arena_free(&ps.a);
    return res;
}

/* Compare every NAME.py of a fixture directory with its reviewed NAME.ast. */
static int check_dir(const char *dir)
{
    DIR *d = opendir(dir);
    ck_assert_msg(d != NULL, "missing fixture directory %s (run the tests from the repository root)", dir);
    int checked = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n < 4 || strcmp(e->d_name + n - 3, ".py") != 0)
            continue;
        char py[512], ast[512];
        snprintf(py, sizeof py, "%s/%s", dir, e->d_name);
        snprintf(ast, sizeof ast, "%s/%.*s.ast", dir, (int)(n - 3), e->d_name);
        uint32_t slen, alen;
        char *src = read_whole_file(py, &slen);
        char *want = read_whole_file(ast, &alen);
        ck_assert_msg(src && want, "cannot read %s or its .ast", py);
        while (alen && (want[alen - 1] == '\n'))
            want[--alen] = 0;
        char *got = dump_of(src, slen);
        ck_assert_msg(got != NULL, "%s: unexpected syntax errors", py);
        if (strcmp(got, want) != 0) {
            size_t k = 0;
            while (got[k] && got[k] == want[k])
                k++;
            size_t from = k > 120 ? k - 120 : 0;
            ck_abort_msg("%s differs at byte %zu:\n  want: %.200s\n  got:  %.200s", py, k, want + from, got + from);
        }
        free(got);
        free(src);
        free(want);
        checked++;
    }
    closedir(d);
    return checked;
}

START_TEST(fixtures_match_cpython)
{
    ck_assert_int_ge(check_dir(FIXTURES), 9);
}
END_TEST

START_TEST(fixtures_match_cpython_314)
{
    ck_assert_int_ge(check_dir(FIXTURES "/py314"), 1);
}
END_TEST

static uint32_t nerrors(const char *src)
{
    Parsed ps;
    parse_str(&ps, src, (uint32_t)strlen(src));
    uint32_t n = ps.r.errors.len;
    arena_free(&ps.a);
    return n;
}

START_TEST(syntax_errors_are_reported)
{
    static const char *const bad[] = {
        "x = (1,\n",         "def f(:\n    pass\n", "if x\n    pass\n",      "1 = x\n",
        "f() = 1\n",         "x +\n",                 "class\n",               "for x in :\n    pass\n",
        "a b\n",             "import\n",              "from x import\n",       "lambda x:\n",
        "x = [1, 2\n",       "try:\n    pass\n",      "def f(a=1, b):\n  pass\n", "f(**a, *b\n",
        "x = 'abc\n",        "  x = 1\n",             "if x:\npass\n",         "del f()\n",
        "match x:\n  case 1+:\n    pass\n",             "x = yield = 1 +\n",     "f(x for x in y, 1)\n",
        "a, b += 1\n",       "print 'hello'\n",       "x := 1\n",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_msg(nerrors(bad[i]) > 0, "no error for: %s", bad[i]);
    static const char *const good[] = {
        "x = (1,)\n", "def f(a, /, b=1, *, c): pass\n", "f(x for x in y)\n", "match = 1\n", "print(x, *a, **k)\n",
        "x = yield\n", "type X = int\n", "(x := 1)\n", "f'{x!r:>{w}}'\n", "a[1:2, ::3]\n",
    };
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
        ck_assert_msg(nerrors(good[i]) == 0, "unexpected error for: %s", good[i]);
}
END_TEST

/* Every snippet of invalid.txt (which CPython rejects) gives at least one error. */
START_TEST(cpython_rejects_we_reject)
{
    uint32_t len;
    char *all = read_whole_file(FIXTURES "/invalid.txt", &len);
    ck_assert_ptr_nonnull(all);
    int checked = 0;
    char *s = strstr(all, "\n# ");
    while (s) {
        char *msg = s + 3;
        char *body = strchr(msg, '\n');
        if (!body)
            break;
        *body++ = 0;
        char *next = strstr(body, "\n# ");
        uint32_t n = next ? (uint32_t)(next - body + 1) : (uint32_t)strlen(body);
        char saved = body[n];
        body[n] = 0;
        ck_assert_msg(nerrors(body) > 0, "no error for (%s):\n%s", msg, body);
        body[n] = saved;
        checked++;
        s = next;
    }
    ck_assert_int_ge(checked, 90);
    free(all);
}
END_TEST

/* Messages and positions as Ruff 0.17 reports them (checked with its oracle). */
START_TEST(ruff_style_messages)
{
    static const struct {
        const char *src;
        uint32_t at;
        const char *msg;
        uint32_t count; /* errors in all, 0 = not checked */
    } cases[] = {
        {"class C: def f(self): pass\n", 9, "Expected a simple statement", 1},
        {"x = 1; if y: pass\n", 7, "Compound statements are not allowed on the same line as simple statements", 1},
        {")\n", 0, "Expected a statement", 2},
        {"f(a, , b)\n", 5, "Expected an expression or a ')'", 1},
        {"x = 1 + yield\n", 8, "Yield expression cannot be used here", 1},
        {"x = is\n", 4, "Expected an identifier, but found a keyword `is` that cannot be used here", 1},
        {"from x import a,\n", 15, "Trailing comma not allowed", 1},
        {"def f(a b): pass\n", 8, "Expected `,`, found identifier", 1},
        {"x = (1 2)\n", 7, "Expected `)`, found int", 3},
        {"a[1 2]\n", 4, "Expected `:`, found int", 1},
        {"f(a=1, b)\n", 7, "Positional argument cannot follow keyword argument", 1},
        {"x = 'abc\n", 4, "missing closing quote in string literal", 0},
        {"a b\n", 2, "Simple statements must be separated by newlines or semicolons", 1},
        {"if x:\npass\n", 6, "Expected an indented block after `if` statement", 0},
        {"x = len(f(a)\n\ndef g():\n    pass\n", 12, "Expected `)`, found newline", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Parsed ps;
        parse_str(&ps, cases[i].src, (uint32_t)strlen(cases[i].src));
        ck_assert_msg(ps.r.errors.len > 0, "no error for %s", cases[i].src);
        ck_assert_msg(ps.r.errors.data[0].start == cases[i].at && strcmp(ps.r.errors.data[0].msg, cases[i].msg) == 0,
                      "%s: got %u '%s'", cases[i].src, ps.r.errors.data[0].start, ps.r.errors.data[0].msg);
        if (cases[i].count)
            ck_assert_msg(ps.r.errors.len == cases[i].count, "%s: %u errors", cases[i].src, ps.r.errors.len);
        arena_free(&ps.a);
    }
}
END_TEST

START_TEST(recovery_keeps_later_statements)
{
    Parsed ps;
    const char *src = "x = 1 +\ny = 2\ndef f(a b):\n    pass\nz = 3\n";
    parse_str(&ps, src, (uint32_t)strlen(src));
    ck_assert_uint_gt(ps.r.errors.len, 0);
    NodeList body = ps.r.module->as.Module.body;
    ck_assert_uint_gt(body.len, 0);
    const Node *last = body.items[body.len - 1];
    ck_assert_int_eq(last->kind, AST_Assign);
    ck_assert_int_eq(last->as.Assign.targets.items[0]->as.Name.id.ptr[0], 'z');
    arena_free(&ps.a);
}
END_TEST

START_TEST(error_positions)
{
    Parsed ps;
    const char *src = "x = 1\ny = )\n";
    parse_str(&ps, src, (uint32_t)strlen(src));
    ck_assert_uint_gt(ps.r.errors.len, 0);
    ck_assert_uint_eq(ps.r.errors.data[0].start, 10);
    arena_free(&ps.a);
}
END_TEST

START_TEST(node_fields_are_typed)
{
    Parsed ps;
    const char *src = "async def f(a: int = 1) -> str:\n    return await g(a)\n";
    parse_str(&ps, src, (uint32_t)strlen(src));
    const Node *fn = ps.r.module->as.Module.body.items[0];
    ck_assert_int_eq(fn->kind, AST_AsyncFunctionDef);
    ck_assert_uint_eq(fn->as.AsyncFunctionDef.name.len, 1);
    const Node *args = fn->as.AsyncFunctionDef.args;
    ck_assert_uint_eq(args->as.arguments.args.len, 1);
    ck_assert_uint_eq(args->as.arguments.defaults.len, 1);
    const Node *ret = fn->as.AsyncFunctionDef.body.items[0];
    ck_assert_int_eq(ret->kind, AST_Return);
    ck_assert_int_eq(ret->as.Return.value->kind, AST_Await);
    ck_assert_uint_eq(ret->start, 36);
    ck_assert_uint_eq(ret->end, 53);
    ck_assert_str_eq(ast_kind_info[AST_TryStar].name, "TryStar");
    ck_assert_str_eq(ast_op_name(OP_FloorDiv), "FloorDiv");
    arena_free(&ps.a);
}
END_TEST

START_TEST(parenthesized_flag)
{
    Parsed ps;
    const char *src = "(a) + b\n";
    parse_str(&ps, src, (uint32_t)strlen(src));
    const Node *e = ps.r.module->as.Module.body.items[0]->as.Expr.value;
    ck_assert_int_eq(e->kind, AST_BinOp);
    ck_assert(e->as.BinOp.left->flags & NF_PARENS);
    ck_assert_uint_eq(e->start, 0);
    ck_assert_uint_eq(e->as.BinOp.left->start, 1);
    arena_free(&ps.a);
}
END_TEST

START_TEST(expression_mode)
{
    Arena a;
    arena_init(&a);
    ParseResult r;
    const char *src = "List[int] | None";
    ck_assert(parse_expression_source(&a, src, (uint32_t)strlen(src), &r));
    ck_assert_uint_eq(r.errors.len, 0);
    ck_assert_int_eq(r.module->kind, AST_Expression);
    LineIndex li;
    ck_assert(line_index_init(&li, &a, src, (uint32_t)strlen(src)));
    Buf b = {0};
    ast_dump(&b, r.module, &li);
    /* as ast.dump(ast.parse(src, mode='eval'), include_attributes=True, show_empty=True) prints it */
    ck_assert_str_eq(b.data, "Expression(body=BinOp(left=Subscript(value=Name(id='List', ctx=Load(), lineno=1, col_offset=0, end_l"
                             "ineno=1, end_col_offset=4), slice=Name(id='int', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, e"
                             "nd_col_offset=8), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), op=BitOr(), r"
                             "ight=Constant(value=None, lineno=1, col_offset=12, end_lineno=1, end_col_offset=16), lineno=1, col_o"
                             "ffset=0, end_lineno=1, end_col_offset=16))");
    buf_free(&b);
    const char *bad = "List[int] x";
    ck_assert(parse_expression_source(&a, bad, (uint32_t)strlen(bad), &r));
    ck_assert_uint_gt(r.errors.len, 0);
    arena_free(&a);
}
END_TEST

START_TEST(int_constants)
{
    Parsed ps;
    const char *src = "0x_ff, 1_000, 0o17, 0b101, 0, 99999999999999999999, 9223372036854775807\n";
    parse_str(&ps, src, (uint32_t)strlen(src));
    NodeList e = ps.r.module->as.Module.body.items[0]->as.Expr.value->as.Tuple.elts;
    int64_t v;
    ck_assert(ast_const_int64(&e.items[0]->as.Constant.value, &v) && v == 255);
    ck_assert(ast_const_int64(&e.items[1]->as.Constant.value, &v) && v == 1000);
    ck_assert(ast_const_int64(&e.items[2]->as.Constant.value, &v) && v == 15);
    ck_assert(ast_const_int64(&e.items[3]->as.Constant.value, &v) && v == 5);
    ck_assert(ast_const_int64(&e.items[4]->as.Constant.value, &v) && v == 0);
    ck_assert(!ast_const_int64(&e.items[5]->as.Constant.value, &v));
    ck_assert(ast_const_int64(&e.items[6]->as.Constant.value, &v) && v == INT64_MAX);
    arena_free(&ps.a);
}
END_TEST

static void count_child(void *ctx, Node *child)
{
    (void)child;
    (*(int *)ctx)++;
}

START_TEST(children_follow_the_field_tables)
{
    Parsed ps;
    const char *src = "def f(a, b=1) -> int:\n    x = {1: a, **b}\n    return x\n";
    parse_str(&ps, src, (uint32_t)strlen(src));
    const Node *fn = ps.r.module->as.Module.body.items[0];
    int n = 0;
    ast_children(fn, count_child, &n);
    ck_assert_int_eq(n, 4); /* args, two body statements, returns */
    const Node *dict = fn->as.FunctionDef.body.items[0]->as.Assign.value;
    n = 0;
    ast_children(dict, count_child, &n);
    ck_assert_int_eq(n, 3); /* the None key of **b is skipped */
    arena_free(&ps.a);
}
END_TEST

/* Parse `len` bytes: must finish, and return errors when `expect_errors`. */
static void survive(const char *src, uint32_t len, bool expect_errors)
{
    Parsed ps;
    parse_str(&ps, src, len);
    if (expect_errors)
        ck_assert_uint_gt(ps.r.errors.len, 0);
    /* dumping walks the whole tree: it must not overflow the stack either */
    LineIndex li;
    ck_assert(line_index_init(&li, &ps.a, src, len));
    Buf b = {0};
    ast_dump(&b, ps.r.module, &li);
    ck_assert(!b.failed);
    buf_free(&b);
    arena_free(&ps.a);
}

static char *repeat(const char *head, const char *unit, uint32_t n, const char *tail, uint32_t *len)
{
    size_t hl = strlen(head), ul = strlen(unit), tl = strlen(tail);
    char *s = malloc(hl + ul * n + tl + 1);
    memcpy(s, head, hl);
    for (uint32_t i = 0; i < n; i++)
        memcpy(s + hl + ul * i, unit, ul);
    memcpy(s + hl + ul * n, tail, tl + 1);
    *len = (uint32_t)(hl + ul * n + tl);
    return s;
}

START_TEST(hostile_deep_nesting)
{
    uint32_t len;
    char *s;
    s = repeat("x = ", "(", 100000, "", &len);
    survive(s, len, true);
    free(s);
    s = repeat("x = ", "-", 1000000, "a\n", &len);
    survive(s, len, true);
    free(s);
    s = repeat("x = ", "not ", 200000, "a\n", &len);
    survive(s, len, true);
    free(s);
    s = repeat("x = ", "lambda: ", 100000, "a\n", &len);
    survive(s, len, true);
    free(s);
    s = repeat("x = ", "a if b else ", 100000, "c\n", &len);
    survive(s, len, true);
    free(s);
    s = repeat("x = a", "**a", 100000, "\n", &len);
    survive(s, len, true);
    free(s);
    s = repeat("x = a", "+a", 500000, "\n", &len);
    survive(s, len, true);
    free(s);
    s = repeat("x = a", ".b(c)[d]", 100000, "\n", &len);
    survive(s, len, true);
    free(s);
    s = repeat("if a: pass\n", "elif b: pass\n", 100000, "", &len);
    survive(s, len, true);
    free(s);
    s = repeat("x = ", "f'{", 10000, "", &len);
    survive(s, len, true);
    free(s);
    s = repeat("x = ", "[{(", 10000, "", &len);
    survive(s, len, true);
    free(s);
    s = repeat("", "def f():\n", 300, "pass\n", &len);
    survive(s, len, true);
    free(s);
    s = repeat("match x:\n case ", "[", 150, "\n", &len);
    survive(s, len, true);
    free(s);
}
END_TEST

START_TEST(hostile_bytes)
{
    const char nul[] = "x = 1\0\ny = '\0'\n\0\0def\0";
    survive(nul, sizeof nul - 1, true);
    const char bad[] = "x = '\xff\xfe'\n\xc3(\n\xed\xa0\x80 = 1\n";
    survive(bad, sizeof bad - 1, true);
    /* every byte value, repeated: pseudo-random garbage */
    uint32_t n = 1 << 16;
    char *g = malloc(n);
    uint32_t v = 12345;
    for (uint32_t i = 0; i < n; i++) {
        v = v * 1103515245u + 12345u;
        g[i] = (char)(v >> 16);
    }
    survive(g, n, true);
    /* garbage made of Python's own punctuation and keywords */
    static const char *const atoms[] = {"(", ")", "[", "]", "{", "}", ":", ",", "def ", "if ", "else ", "lambda ",
                                        "f'", "'", "\"\"\"", "\n", "    ", "x", "1", "*", "**", "=", "@", "match ",
                                        "case ", "\\\n", "#c\n", "yield ", "async ", "for ", "in ", "."};
    Buf b = {0};
    for (uint32_t i = 0; i < 200000; i++) {
        v = v * 1103515245u + 12345u;
        buf_puts(&b, atoms[(v >> 16) % (sizeof atoms / sizeof atoms[0])]);
    }
    survive(b.data, (uint32_t)b.len, true);
    buf_free(&b);
    free(g);
    /* a 1 MB line */
    uint32_t m = 1 << 20;
    char *line = malloc(m + 1);
    for (uint32_t i = 0; i < m; i++)
        line[i] = "x, "[i % 3];
    line[m] = 0;
    survive(line, m, false);
    free(line);
}
END_TEST

Suite *suite_syntax_parser(void)
{
    Suite *s = suite_create("syntax_parser");
    TCase *tc = tcase_create("parser");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, fixtures_match_cpython);
    tcase_add_test(tc, fixtures_match_cpython_314);
    tcase_add_test(tc, syntax_errors_are_reported);
    tcase_add_test(tc, cpython_rejects_we_reject);
    tcase_add_test(tc, ruff_style_messages);
    tcase_add_test(tc, recovery_keeps_later_statements);
    tcase_add_test(tc, error_positions);
    tcase_add_test(tc, node_fields_are_typed);
    tcase_add_test(tc, parenthesized_flag);
    tcase_add_test(tc, children_follow_the_field_tables);
    tcase_add_test(tc, expression_mode);
    tcase_add_test(tc, int_constants);
    tcase_add_test(tc, hostile_deep_nesting);
    tcase_add_test(tc, hostile_bytes);
    suite_add_tcase(s, tc);
    return s;
}
