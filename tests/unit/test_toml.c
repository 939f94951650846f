/* test_toml.c: the TOML reader against the toml-test 1.0 cases, plus lookups, positions, errors,
 * limits and the `debug toml` command. */
#include <check.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "config/toml.h"
#include "config/toml_cmd.h"
#include "util/str.h"
#include "json_reader.h"

/* ---- equality of tagged JSON trees, as data ---- */

static bool str_is(const JVal *v, const char *s)
{
    return v && v->kind == J_STR && v->len == strlen(s) && memcmp(v->s, s, v->len) == 0;
}

/* A toml-test scalar: {"type": T, "value": "V"}. */
static bool is_tagged(const JVal *v)
{
    if (v->kind != J_OBJ || v->n != 2)
        return false;
    const JVal *t = json_member(v, "type"), *val = json_member(v, "value");
    return t && val && t->kind == J_STR && val->kind == J_STR;
}

/* Scalars: same type; floats and integers compared as numbers (nan equals nan), the rest as text. */
static bool scalar_equal(const JVal *a, const JVal *b)
{
    const JVal *ta = json_member(a, "type"), *tb = json_member(b, "type");
    const JVal *va = json_member(a, "value"), *vb = json_member(b, "value");
    if (ta->len != tb->len || memcmp(ta->s, tb->s, ta->len) != 0)
        return false;
    if (str_is(ta, "float")) {
        char *ea, *eb;
        double x = strtod(va->s, &ea), y = strtod(vb->s, &eb);
        if (*ea || *eb)
            return false;
        if (isnan(x) || isnan(y))
            return isnan(x) && isnan(y);
        return x == y && signbit(x) == signbit(y);
    }
    if (str_is(ta, "integer")) {
        char *ea, *eb;
        long long x = strtoll(va->s, &ea, 10), y = strtoll(vb->s, &eb, 10);
        return !*ea && !*eb && x == y;
    }
    return va->len == vb->len && memcmp(va->s, vb->s, va->len) == 0;
}

/* Equality as data: object key order ignored. */
static bool json_equal(const JVal *a, const JVal *b)
{
    if (a->kind != b->kind)
        return false;
    switch (a->kind) {
    case J_NULL: return true;
    case J_BOOL: return a->b == b->b;
    case J_NUM:
    case J_STR: return a->len == b->len && memcmp(a->s, b->s, a->len) == 0;
    case J_ARR:
        if (a->n != b->n)
            return false;
        for (size_t i = 0; i < a->n; i++)
            if (!json_equal(a->items[i], b->items[i]))
                return false;
        return true;
    case J_OBJ:
        if (is_tagged(a) && is_tagged(b))
            return scalar_equal(a, b);
        if (a->n != b->n)
            return false;
        for (size_t i = 0; i < a->n; i++) {
            const JVal *other = NULL;
            for (size_t j = 0; j < b->n && !other; j++)
                if (b->key_lens[j] == a->key_lens[i] && memcmp(b->keys[j], a->keys[i], a->key_lens[i]) == 0)
                    other = b->items[j];
            if (!other || !json_equal(a->items[i], other))
                return false;
        }
        return true;
    }
    return false;
}

/* ---- the conformance cases ---- */

static const char *case_dir(void)
{
    const char *d = getenv("SNIPE_TOML_TEST_DIR");
    return d && *d ? d : "tests/toml-test";
}

static bool slurp(const char *path, Buf *b)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_append(b, chunk, n);
    fclose(f);
    return !b->failed;
}

/* Each `prefix*.toml` line of files-toml-1.0.0, relative to the case directory. */
typedef struct CaseList {
    char **names;
    size_t n;
} CaseList;

static CaseList list_cases(const char *prefix)
{
    CaseList cl = {0};
    char path[4096];
    snprintf(path, sizeof path, "%s/files-toml-1.0.0", case_dir());
    Buf b = {0};
    ck_assert_msg(slurp(path, &b), "cannot read %s", path);
    char *save = NULL;
    for (char *line = strtok_r(b.data, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        size_t n = strlen(line);
        if (strncmp(line, prefix, strlen(prefix)) != 0 || n < 5 || strcmp(line + n - 5, ".toml") != 0)
            continue;
        cl.names = realloc(cl.names, (cl.n + 1) * sizeof *cl.names);
        ck_assert_ptr_nonnull(cl.names);
        cl.names[cl.n++] = strdup(line);
    }
    buf_free(&b);
    return cl;
}

static void free_cases(CaseList *cl)
{
    for (size_t i = 0; i < cl->n; i++)
        free(cl->names[i]);
    free(cl->names);
}

/* Why valid case `name` fails, or NULL when its tagged JSON equals the expected one. */
static const char *check_valid(const char *name, char *why, size_t size)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", case_dir(), name);
    Buf text = {0}, expected = {0}, out = {0};
    Arena a;
    arena_init(&a);
    const char *res = NULL;
    TomlError err;
    TomlValue *root = NULL;
    if (!slurp(path, &text)) {
        res = "cannot read the case";
        goto done;
    }
    strcpy(path + strlen(path) - 5, ".json");
    if (!slurp(path, &expected)) {
        res = "cannot read the expected .json";
        goto done;
    }
    root = toml_parse(&a, text.data ? text.data : "", text.len, &err);
    if (!root) {
        snprintf(why, size, "rejected at %u:%u: %s", err.line, err.col, err.message);
        res = why;
        goto done;
    }
    if (toml_debug_json(root, &out) != 0) {
        res = "printing failed";
        goto done;
    }
    JVal *got = json_parse(&a, out.data, out.len);
    JVal *want = json_parse(&a, expected.data, expected.len);
    if (!got)
        res = "printed JSON does not parse";
    else if (!want)
        res = "expected JSON does not parse";
    else if (!json_equal(got, want))
        res = "printed tree differs from the expected one";
done:
    arena_free(&a);
    buf_free(&text);
    buf_free(&expected);
    buf_free(&out);
    return res;
}

START_TEST(toml_test_valid)
{
    CaseList cl = list_cases("valid/");
    ck_assert_uint_ge(cl.n, 200);
    size_t bad = 0;
    char why[400];
    for (size_t i = 0; i < cl.n; i++) {
        const char *res = check_valid(cl.names[i], why, sizeof why);
        if (res) {
            bad++;
            fprintf(stderr, "toml-test valid MISMATCH %s: %s\n", cl.names[i], res);
        }
    }
    fprintf(stderr, "toml-test 1.0 valid: %zu/%zu passed\n", cl.n - bad, cl.n);
    ck_assert_msg(bad == 0, "%zu of %zu valid cases fail (names on stderr)", bad, cl.n);
    free_cases(&cl);
}
END_TEST

START_TEST(toml_test_invalid)
{
    CaseList cl = list_cases("invalid/");
    ck_assert_uint_ge(cl.n, 200);
    size_t bad = 0;
    for (size_t i = 0; i < cl.n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", case_dir(), cl.names[i]);
        Buf text = {0};
        ck_assert_msg(slurp(path, &text), "cannot read %s", path);
        Arena a;
        arena_init(&a);
        TomlError err;
        TomlValue *root = toml_parse(&a, text.data ? text.data : "", text.len, &err);
        uint32_t lines = 1;
        for (size_t k = 0; k < text.len; k++)
            lines += text.data[k] == '\n';
        if (root || err.line < 1 || err.col < 1 || err.line > lines || !err.message[0]) {
            bad++;
            fprintf(stderr, "toml-test invalid MISMATCH %s: %s (%u:%u)\n", cl.names[i],
                    root ? "accepted" : "bad error position", err.line, err.col);
        }
        arena_free(&a);
        buf_free(&text);
    }
    fprintf(stderr, "toml-test 1.0 invalid: %zu/%zu rejected\n", cl.n - bad, cl.n);
    ck_assert_msg(bad == 0, "%zu of %zu invalid cases not rejected properly (names on stderr)", bad, cl.n);
    free_cases(&cl);
}
END_TEST

/* ---- lookups, positions and errors ---- */

typedef struct Parsed {
    Arena a;
    TomlValue *root;
    TomlError err;
} Parsed;

static void parse_str(Parsed *p, const char *text)
{
    arena_init(&p->a);
    p->root = toml_parse(&p->a, text, strlen(text), &p->err);
}

/* Parse text that must be rejected at line:col with a message containing `needle`. */
static void expect_error(const char *text, uint32_t line, uint32_t col, const char *needle)
{
    Parsed p;
    parse_str(&p, text);
    ck_assert_msg(p.root == NULL, "accepted: %s", text);
    ck_assert_msg(p.err.line == line && p.err.col == col, "%s: error at %u:%u (%s), expected %u:%u",
                  text, p.err.line, p.err.col, p.err.message, line, col);
    ck_assert_msg(strstr(p.err.message, needle), "%s: message '%s' lacks '%s'", text, p.err.message, needle);
    arena_free(&p.a);
}

START_TEST(get_and_paths)
{
    Parsed p;
    parse_str(&p, "name = \"snipe\"\n"
                  "[tool.ruff]\n"
                  "line-length = 100\n"
                  "[tool.ruff.lint]\n"
                  "select = [\"E\", \"F\"]\n"
                  "\"quoted.key\" = true\n");
    ck_assert_ptr_nonnull(p.root);
    const TomlValue *name = toml_get(p.root, "name");
    ck_assert_ptr_nonnull(name);
    ck_assert_int_eq(name->kind, TOML_STRING);
    ck_assert_str_eq(name->as.str.ptr, "snipe");
    ck_assert_ptr_null(toml_get(p.root, "nam"));
    ck_assert_ptr_null(toml_get(name, "x")); /* not a table */
    const TomlValue *ll = toml_get_path(p.root, "tool.ruff.line-length");
    ck_assert_ptr_nonnull(ll);
    ck_assert_int_eq(ll->kind, TOML_INTEGER);
    ck_assert_int_eq(ll->as.integer, 100);
    const TomlValue *sel = toml_get_path(p.root, "tool.ruff.lint.select");
    ck_assert_ptr_nonnull(sel);
    ck_assert_int_eq(sel->kind, TOML_ARRAY);
    ck_assert_uint_eq(sel->as.array.len, 2);
    ck_assert_str_eq(sel->as.array.items[1]->as.str.ptr, "F");
    ck_assert_ptr_null(toml_get_path(p.root, "tool.ruff.nope"));
    ck_assert_ptr_null(toml_get_path(p.root, "tool.ruff.line-length.x"));
    ck_assert_ptr_null(toml_get_path(p.root, "quoted.key"));
    const TomlValue *lint = toml_get_path(p.root, "tool.ruff.lint");
    ck_assert_ptr_nonnull(toml_get(lint, "quoted.key"));
    ck_assert_str_eq(toml_kind_name(lint->kind), "table");
    ck_assert_str_eq(toml_kind_name(TOML_INTEGER), "integer");
    arena_free(&p.a);
}
END_TEST

START_TEST(positions)
{
    Parsed p;
    parse_str(&p, "a = 1\n"
                  "  b.c   =   \"x\"\n"
                  "[tool]\n"
                  "\"é\" = 'y'  # comment\n"
                  "t = { k = [1, 2] }\n");
    ck_assert_ptr_nonnull(p.root);
    const TomlEntry *a = toml_get_entry(p.root, "a");
    ck_assert_uint_eq(a->line, 1);
    ck_assert_uint_eq(a->col, 1);
    ck_assert_uint_eq(a->value->line, 1);
    ck_assert_uint_eq(a->value->col, 5);
    const TomlEntry *b = toml_get_entry(p.root, "b");
    ck_assert_uint_eq(b->line, 2);
    ck_assert_uint_eq(b->col, 3);
    const TomlEntry *c = toml_get_entry(b->value, "c");
    ck_assert_uint_eq(c->line, 2);
    ck_assert_uint_eq(c->col, 5);
    ck_assert_uint_eq(c->value->col, 13);
    const TomlValue *tool = toml_get(p.root, "tool");
    ck_assert_uint_eq(tool->line, 3);
    ck_assert_uint_eq(tool->col, 1);
    /* Columns count code points: "é" is one column. */
    const TomlEntry *e = toml_get_entry(tool, "é");
    ck_assert_ptr_nonnull(e);
    ck_assert_uint_eq(e->line, 4);
    ck_assert_uint_eq(e->col, 1);
    ck_assert_uint_eq(e->value->col, 7);
    const TomlValue *t = toml_get(tool, "t");
    ck_assert_uint_eq(t->col, 5);
    const TomlValue *k = toml_get(t, "k");
    ck_assert_uint_eq(k->line, 5);
    ck_assert_uint_eq(k->col, 11);
    ck_assert_uint_eq(k->as.array.items[1]->col, 15);
    arena_free(&p.a);
}
END_TEST

/* A byte order mark takes no column; CR LF ends a line like LF. */
START_TEST(bom_and_crlf_positions)
{
    Parsed p;
    parse_str(&p, "\xEF\xBB\xBF" "a = 1\r\n  b = 'x'\r\n");
    ck_assert_ptr_nonnull(p.root);
    const TomlEntry *a = toml_get_entry(p.root, "a");
    ck_assert_uint_eq(a->line, 1);
    ck_assert_uint_eq(a->col, 1);
    const TomlEntry *b = toml_get_entry(p.root, "b");
    ck_assert_uint_eq(b->line, 2);
    ck_assert_uint_eq(b->col, 3);
    ck_assert_uint_eq(b->value->col, 7);
    ck_assert_ptr_null(toml_get_entry(b->value, "x"));
    arena_free(&p.a);
    expect_error("\xEF\xBB\xBF" "a = 1 2\r\n", 1, 7, "unexpected text");
    expect_error("a = 1\r\nb = \"\\q\"\r\n", 2, 6, "invalid escape");
}
END_TEST

START_TEST(implicit_table_position)
{
    Parsed p;
    parse_str(&p, "[a.b]\nx = 1\n\n[a]\ny = 2\n");
    ck_assert_ptr_nonnull(p.root);
    /* `a` was created implicitly at line 1; its header at line 4 defines it. */
    ck_assert_uint_eq(toml_get(p.root, "a")->line, 4);
    ck_assert_uint_eq(toml_get_entry(p.root, "a")->line, 1);
    ck_assert_uint_eq(toml_get_entry(p.root, "a")->col, 2);
    arena_free(&p.a);
}
END_TEST

START_TEST(values)
{
    Parsed p;
    parse_str(&p, "i = -9_223_372_036_854_775_808\n"
                  "h = 0x7FFF_FFFF_FFFF_FFFF\n"
                  "o = 0o17\nb = 0b101\n"
                  "f = 6.626e-34\nn = -nan\nin = -inf\n"
                  "s = \"\\u00e9\\U0001F600\\t\"\n"
                  "m = \"\"\"\nline\\\n    joined\"\"\"\n"
                  "l = '''\r\nC:\\path'''\n"
                  "d = 1979-05-27 07:32:00.5z\n"
                  "ld = 2000-02-29\nlt = 23:59:60\n");
    ck_assert_msg(p.root != NULL, "%u:%u %s", p.err.line, p.err.col, p.err.message);
    ck_assert(toml_get(p.root, "i")->as.integer == INT64_MIN);
    ck_assert(toml_get(p.root, "h")->as.integer == INT64_MAX);
    ck_assert_int_eq(toml_get(p.root, "o")->as.integer, 15);
    ck_assert_int_eq(toml_get(p.root, "b")->as.integer, 5);
    ck_assert_double_eq(toml_get(p.root, "f")->as.flt, 6.626e-34);
    ck_assert(isnan(toml_get(p.root, "n")->as.flt));
    ck_assert(isinf(toml_get(p.root, "in")->as.flt) && toml_get(p.root, "in")->as.flt < 0);
    ck_assert_str_eq(toml_get(p.root, "s")->as.str.ptr, "\xC3\xA9\xF0\x9F\x98\x80\t");
    ck_assert_str_eq(toml_get(p.root, "m")->as.str.ptr, "linejoined");
    ck_assert_str_eq(toml_get(p.root, "l")->as.str.ptr, "C:\\path");
    const TomlValue *d = toml_get(p.root, "d");
    ck_assert_int_eq(d->kind, TOML_DATETIME);
    ck_assert_str_eq(d->as.str.ptr, "1979-05-27T07:32:00.500Z");
    ck_assert_int_eq(toml_get(p.root, "ld")->kind, TOML_DATE_LOCAL);
    ck_assert_int_eq(toml_get(p.root, "lt")->kind, TOML_TIME_LOCAL);
    arena_free(&p.a);
}
END_TEST

START_TEST(nul_in_key_and_string)
{
    Parsed p;
    parse_str(&p, "\"a\\u0000b\" = \"x\\u0000y\"\n");
    ck_assert_ptr_nonnull(p.root);
    const TomlEntry *e = &p.root->as.table.entries[0];
    ck_assert_uint_eq(e->key_len, 3);
    ck_assert_int_eq(memcmp(e->key, "a\0b", 3), 0);
    ck_assert_uint_eq(e->value->as.str.len, 3);
    Buf out = {0};
    ck_assert_int_eq(toml_debug_json(p.root, &out), 0);
    ck_assert_ptr_nonnull(strstr(out.data, "\"a\\u0000b\""));
    buf_free(&out);
    arena_free(&p.a);
}
END_TEST

START_TEST(errors_have_positions)
{
    expect_error("a = 1\nb = 2\na = 3\n", 3, 1, "duplicate key 'a'");
    expect_error("x = 9_223_372_036_854_775_808\n", 1, 5, "out of range");
    expect_error("x = 0x8000000000000000\n", 1, 5, "out of range");
    expect_error("x = \"\\uD800\"\n", 1, 6, "not a Unicode scalar value");
    expect_error("x = \"\\U00110000\"\n", 1, 6, "not a Unicode scalar value");
    expect_error("x = 2023-02-29\n", 1, 5, "day out of range");
    expect_error("x = 24:00:00\n", 1, 5, "hour out of range");
    expect_error("x = \"abc\ny = 1\n", 1, 9, "newline");
    expect_error("x = \"\"\"abc\n", 1, 5, "unterminated string");
    expect_error("x = [1,\n 2\n", 1, 5, "unterminated array");
    expect_error("x = {a = 1,\n b = 2}\n", 1, 12, "expected a key");
    expect_error("x = {a = 1\n}\n", 1, 11, "one line");
    expect_error("[a]\n[a]\n", 2, 2, "already defined");
    expect_error("a = {}\n[a.b]\n", 2, 2, "inline table");
    expect_error("a = []\n[[a]]\n", 2, 3, "array");
    expect_error("[a]\nb.c = 1\n[a.b]\n", 3, 4, "already defined");
    expect_error("[a.b]\n[a]\nb.c = 1\n", 3, 1, "[header]");
    expect_error("\"é\" = 1 x\n", 1, 9, "unexpected text");
    expect_error("é = 1\n", 1, 1, "bare keys");
    expect_error("a = \x01\n", 1, 5, "control character U+0001");
    expect_error("# \xff\n", 1, 3, "invalid UTF-8");
    expect_error("a = 1\r\n\rb = 2\n", 2, 1, "carriage return");
    expect_error("a = tru\n", 1, 5, "expected a value");
    expect_error("a = 1.\n", 1, 5, "invalid float");
    expect_error("a = 01\n", 1, 5, "leading zeros");
}
END_TEST

/* Hostile nesting is an error, not a crash. */
START_TEST(depth_limits)
{
    size_t n = 200000;
    char *s = malloc(n * 2 + 16);
    ck_assert_ptr_nonnull(s);
    strcpy(s, "a = ");
    memset(s + 4, '[', n);
    s[4 + n] = 0;
    expect_error(s, 1, 4 + TOML_MAX_DEPTH + 1, "nesting");
    free(s);
}
END_TEST

START_TEST(depth_limits_keys)
{
    /* Inline tables nested past the limit, then a dotted key with too many parts. */
    size_t n = 5000;
    Buf b = {0};
    buf_puts(&b, "a = ");
    for (size_t i = 0; i < n; i++)
        buf_puts(&b, "{b = ");
    Parsed p;
    parse_str(&p, b.data);
    ck_assert_ptr_null(p.root);
    ck_assert_ptr_nonnull(strstr(p.err.message, "nesting"));
    arena_free(&p.a);
    b.len = 0;
    buf_putc(&b, '[');
    for (size_t i = 0; i < n; i++)
        buf_puts(&b, i ? ".k" : "k");
    buf_puts(&b, "]\n");
    parse_str(&p, b.data);
    ck_assert_ptr_null(p.root);
    ck_assert_uint_eq(p.err.line, 1);
    ck_assert_uint_ge(p.err.col, 1);
    arena_free(&p.a);
    buf_free(&b);
}
END_TEST

START_TEST(big_table_index)
{
    Buf b = {0};
    for (int i = 0; i < 5000; i++)
        buf_printf(&b, "key%d = %d\n", i, i);
    Parsed p;
    parse_str(&p, b.data);
    ck_assert_ptr_nonnull(p.root);
    ck_assert_uint_eq(p.root->as.table.len, 5000);
    for (int i = 0; i < 5000; i += 37) {
        char k[32];
        snprintf(k, sizeof k, "key%d", i);
        const TomlValue *v = toml_get(p.root, k);
        ck_assert_ptr_nonnull(v);
        ck_assert_int_eq(v->as.integer, i);
    }
    ck_assert_ptr_null(toml_get(p.root, "key5000"));
    arena_free(&p.a);
    buf_puts(&b, "key4321 = 0\n");
    expect_error(b.data, 5001, 1, "duplicate key 'key4321'");
    buf_free(&b);
}
END_TEST

/* ---- the command ---- */

/* Run cmd_debug_toml on a file holding `text`, capturing stdout and stderr. */
static int run_cmd(const char *text, Buf *out, Buf *err)
{
    char path[] = "/tmp/snipe-toml-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    ck_assert(write(fd, text, strlen(text)) == (ssize_t)strlen(text));
    close(fd);
    char opath[] = "/tmp/snipe-toml-out-XXXXXX", epath[] = "/tmp/snipe-toml-err-XXXXXX";
    int ofd = mkstemp(opath), efd = mkstemp(epath);
    fflush(stdout);
    fflush(stderr);
    int so = dup(1), se = dup(2);
    dup2(ofd, 1);
    dup2(efd, 2);
    char *argv[] = {path, NULL};
    int rc = cmd_debug_toml(1, argv);
    fflush(stdout);
    fflush(stderr);
    dup2(so, 1);
    dup2(se, 2);
    close(so), close(se), close(ofd), close(efd);
    slurp(opath, out);
    slurp(epath, err);
    unlink(path), unlink(opath), unlink(epath);
    return rc;
}

START_TEST(command)
{
    Buf out = {0}, err = {0};
    ck_assert_int_eq(run_cmd("a = 1\n[t]\nb = [true]\n", &out, &err), 0);
    Arena a;
    arena_init(&a);
    JVal *got = json_parse(&a, out.data, out.len);
    const char *want = "{\"a\": {\"type\": \"integer\", \"value\": \"1\"},"
                       " \"t\": {\"b\": [{\"type\": \"bool\", \"value\": \"true\"}]}}";
    ck_assert_msg(got && json_equal(got, json_parse(&a, want, strlen(want))), "got %s", out.data);
    arena_free(&a);
    buf_free(&out);
    buf_free(&err);
    ck_assert_int_eq(run_cmd("a = 1\nb = \n", &out, &err), 1);
    ck_assert_ptr_nonnull(err.data);
    ck_assert_ptr_nonnull(strstr(err.data, ":2:5: expected a value"));
    ck_assert_uint_eq(out.len, 0);
    buf_free(&out);
    buf_free(&err);
    char *argv[] = {"/nonexistent/snipe.toml", NULL};
    fflush(stderr);
    int se = dup(2), nul = open("/dev/null", O_WRONLY);
    dup2(nul, 2);
    int rc = cmd_debug_toml(1, argv);
    dup2(se, 2);
    close(se), close(nul);
    ck_assert_int_eq(rc, 2);
}
END_TEST

/* `snipe debug toml FILE` through the binary (SNIPE_BIN, set by make test). */
START_TEST(binary_debug_toml)
{
    const char *bin = getenv("SNIPE_BIN");
    if (!bin || !*bin)
        bin = "build/snipe";
    char path[] = "/tmp/snipe-toml-bin-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    const char *text = "[[x]]\ny = 1979-05-27T07:32:00-08:00\n";
    ck_assert(write(fd, text, strlen(text)) == (ssize_t)strlen(text));
    close(fd);
    char cmd[8192];
    snprintf(cmd, sizeof cmd, "'%s' debug toml '%s' 2>&1", bin, path);
    FILE *f = popen(cmd, "r");
    ck_assert_ptr_nonnull(f);
    Buf out = {0};
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_append(&out, chunk, n);
    int status = pclose(f);
    ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "status %d: %s", status, out.data);
    Arena a;
    arena_init(&a);
    const char *want = "{\"x\": [{\"y\": {\"type\": \"datetime\", \"value\": \"1979-05-27T07:32:00-08:00\"}}]}";
    JVal *got = json_parse(&a, out.data, out.len);
    ck_assert_msg(got && json_equal(got, json_parse(&a, want, strlen(want))), "got %s", out.data);
    arena_free(&a);
    buf_free(&out);
    f = fopen(path, "w");
    fputs("[x]\n[x]\n", f);
    fclose(f);
    f = popen(cmd, "r");
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_append(&out, chunk, n);
    status = pclose(f);
    ck_assert_int_eq(WEXITSTATUS(status), 1);
    ck_assert_msg(out.data && strstr(out.data, ":2:2: table 'x' is already defined"), "got %s", out.data);
    buf_free(&out);
    unlink(path);
}
END_TEST

Suite *suite_toml(void)
{
    Suite *s = suite_create("toml");
    TCase *tc = tcase_create("toml-test");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, toml_test_valid);
    tcase_add_test(tc, toml_test_invalid);
    suite_add_tcase(s, tc);
    TCase *api = tcase_create("api");
    tcase_set_timeout(api, 30);
    tcase_add_test(api, get_and_paths);
    tcase_add_test(api, positions);
    tcase_add_test(api, implicit_table_position);
    tcase_add_test(api, bom_and_crlf_positions);
    tcase_add_test(api, values);
    tcase_add_test(api, nul_in_key_and_string);
    tcase_add_test(api, errors_have_positions);
    tcase_add_test(api, depth_limits);
    tcase_add_test(api, depth_limits_keys);
    tcase_add_test(api, big_table_index);
    tcase_add_test(api, command);
    tcase_add_test(api, binary_debug_toml);
    suite_add_tcase(s, api);
    return s;
}
