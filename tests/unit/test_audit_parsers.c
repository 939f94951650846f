/* test_audit_parsers.c: the audit's readers: Dockerfile, requirement files, YAML, Python scan, INI, commands. */
#include <check.h>
#include <string.h>

#include "audit/audit.h"
#include "audit/dockerfile.h"
#include "audit/ini.h"
#include "audit/pyscan.h"
#include "audit/requirements.h"
#include "audit/yaml_tree.h"

#define LEN(s) (sizeof(s) - 1)

START_TEST(dockerfile_rules)
{
    static const char src[] =
        "# syntax=docker/dockerfile:1\n"            /* 1 */
        "# escape=`\n"                              /* 2 */
        "\n"                                        /* 3 */
        "FROM python:3.12-slim AS base\n"           /* 4 */
        "RUN apt-get update && `\n"                 /* 5 */
        "    # a comment inside the continuation\n" /* 6 */
        "    apt-get install -y curl\n"             /* 7 */
        "copy --from=base --chown=app:app /a /b\n"  /* 8 */
        "CMD [\"python\", \"-m\", \"x\"]\n"         /* 9 */
        "ENTRYPOINT python -m x\n"                  /* 10 */
        "RUN <<EOF\n"                               /* 11 */
        "echo FROM inside heredoc\n"                /* 12 */
        "EOF\n"                                     /* 13 */
        "FROM base\n"                               /* 14 */
        "RUN echo C:\\path\\\n"                     /* 15: backslash is not the escape here */
        "USER app\n";                               /* 16 */
    Arena a;
    arena_init(&a);
    Dockerfile *df = dockerfile_parse(&a, src, LEN(src));
    ck_assert_ptr_nonnull(df);
    ck_assert_msg(df->error == NULL, "error: %s", df->error);
    ck_assert_int_eq(df->escape, '`');
    ck_assert_uint_eq(df->ninstr, 9);
    ck_assert_str_eq(df->instr[0].keyword, "FROM");
    ck_assert_uint_eq(df->instr[0].line, 4);
    ck_assert_str_eq(df->instr[1].keyword, "RUN");
    ck_assert_uint_eq(df->instr[1].line, 5);
    ck_assert(strstr(df->instr[1].args, "apt-get install -y curl") != NULL);
    ck_assert(strstr(df->instr[1].args, "comment") == NULL);
    ck_assert(cmd_matches(df->instr[1].args, "apt-get install"));
    ck_assert_str_eq(df->instr[2].keyword, "COPY");
    ck_assert_str_eq(docker_flag(&df->instr[2], "from"), "base");
    ck_assert_str_eq(docker_flag(&df->instr[2], "chown"), "app:app");
    ck_assert_uint_eq(df->instr[2].argc, 2);
    ck_assert(df->instr[3].exec_form);
    ck_assert_uint_eq(df->instr[3].argc, 3);
    ck_assert_str_eq(df->instr[3].argv[2], "x");
    ck_assert(!df->instr[4].exec_form);
    ck_assert_str_eq(df->instr[5].keyword, "RUN");
    ck_assert_str_eq(df->instr[6].keyword, "FROM");
    ck_assert_uint_eq(df->instr[6].line, 14);
    ck_assert_str_eq(df->instr[7].args, "echo C:\\path\\");
    ck_assert_uint_eq(df->instr[8].line, 16);
    ck_assert_uint_eq(df->nstages, 2);
    ck_assert_str_eq(df->stages[0].name, "base");
    ck_assert_str_eq(df->stages[0].image, "python:3.12-slim");
    ck_assert_uint_eq(df->stages[0].count, 6);
    ck_assert_ptr_null(df->stages[1].name);
    ck_assert_uint_eq(df->stages[1].first, 6);
    arena_free(&a);
}
END_TEST

START_TEST(dockerfile_errors_are_values)
{
    Arena a;
    arena_init(&a);
    static const char unterminated[] = "FROM python:3.11\nRUN pip install \\\n";
    Dockerfile *df = dockerfile_parse(&a, unterminated, LEN(unterminated));
    ck_assert_ptr_nonnull(df);
    ck_assert_ptr_nonnull(df->error);
    ck_assert(strstr(df->error, "continuation") != NULL);
    ck_assert_uint_eq(df->error_line, 2);
    static const char unknown[] = "FROM x\nFROBNICATE y\n";
    df = dockerfile_parse(&a, unknown, LEN(unknown));
    ck_assert(df->error && strstr(df->error, "FROBNICATE"));
    ck_assert_uint_eq(df->error_line, 2);
    static const char before[] = "ARG V=1\nRUN echo\nFROM x\n";
    df = dockerfile_parse(&a, before, LEN(before));
    ck_assert(df->error && strstr(df->error, "before the first FROM"));
    df = dockerfile_parse(&a, "", 0);
    ck_assert(df->error && strstr(df->error, "no FROM"));
    static const char bad_exec[] = "FROM x\nCMD [\"a\", b]\n";
    df = dockerfile_parse(&a, bad_exec, LEN(bad_exec));
    ck_assert(!df->instr[1].exec_form);   /* Docker falls back to the shell form too */
    arena_free(&a);
}
END_TEST

START_TEST(requirements_lines)
{
    static const char src[] =
        "# comment\n"                                   /* 1 */
        "requests==2.32.3 \\\n"                         /* 2 */
        "    --hash=sha256:abc\n"                       /* 3 */
        "flask>=3.0  # a range\n"                       /* 4 */
        "django[argon2]==5.1.*\n"                       /* 5 */
        "numpy===1.26.4\n"                              /* 6 */
        "pkg @ https://example.com/pkg-1.0.whl\n"       /* 7 */
        "-r base.txt\n"                                 /* 8 */
        "--index-url https://pypi.org/simple\n"         /* 9 */
        "-e .\n"                                        /* 10 */
        "foo==1.0 ; python_version < \"3.12\"\n"        /* 11 */
        "Bar_Baz.qux == 2.0\n"                          /* 12 */
        "x==1.0,!=1.1\n"                                /* 13 */
        "not a requirement!\n";                         /* 14 */
    Arena a;
    arena_init(&a);
    ReqFile f;
    ck_assert(req_parse(&a, src, LEN(src), &f));
    ck_assert_uint_eq(f.len, 12);
    ReqLine *l = f.lines;
    ck_assert_int_eq(l[0].kind, REQ_REQUIREMENT);
    ck_assert_str_eq(l[0].name, "requests");
    ck_assert(l[0].pinned && l[0].has_hash);
    ck_assert_uint_eq(l[0].line, 2);
    ck_assert_str_eq(l[1].name, "flask");
    ck_assert(!l[1].pinned);
    ck_assert_uint_eq(l[1].line, 4);
    ck_assert(!l[2].pinned);              /* a wildcard is a range */
    ck_assert(l[3].pinned);
    ck_assert(l[4].pinned);               /* a direct reference */
    ck_assert_int_eq(l[5].kind, REQ_INCLUDE);
    ck_assert_str_eq(l[5].name, "base.txt");
    ck_assert_int_eq(l[6].kind, REQ_OPTION);
    ck_assert_int_eq(l[7].kind, REQ_EDITABLE);
    ck_assert(l[8].pinned);
    ck_assert_str_eq(l[8].name, "foo");
    ck_assert_str_eq(l[9].name, "bar-baz-qux");
    ck_assert(l[9].pinned);
    ck_assert(!l[10].pinned);             /* two clauses */
    ck_assert_int_eq(l[11].kind, REQ_INVALID);
    ck_assert_uint_eq(l[11].line, 14);
    arena_free(&a);
}
END_TEST

START_TEST(yaml_tree_and_errors)
{
    static const char src[] =
        "on:\n  push:\n  pull_request:\n"
        "defaults: &d {python: '3.11'}\n"
        "jobs:\n  t:\n    env: *d\n    steps:\n      - run: |\n          echo hi\n";
    Arena a;
    arena_init(&a);
    YamlError err;
    YamlNode *root = yaml_tree_parse(&a, src, LEN(src), &err);
    ck_assert_ptr_nonnull(root);
    const YamlNode *on = yaml_get(root, "on");
    ck_assert_ptr_nonnull(yaml_get(on, "pull_request"));
    ck_assert_uint_eq(on->line, 2);
    const YamlNode *job = yaml_get(yaml_get(root, "jobs"), "t");
    ck_assert_str_eq(yaml_str(yaml_get(yaml_get(job, "env"), "python")), "3.11");
    const YamlNode *steps = yaml_get(job, "steps");
    ck_assert_int_eq(steps->kind, YAML_NODE_SEQ);
    ck_assert_str_eq(yaml_str(yaml_get(steps->items[0], "run")), "echo hi\n");
    static const char bad[] = "a: 1\nb: [1, 2\nc: 3\n";
    ck_assert_ptr_null(yaml_tree_parse(&a, bad, LEN(bad), &err));
    ck_assert_uint_ge(err.line, 2);
    ck_assert(err.message[0]);
    /* an empty document is an empty mapping */
    root = yaml_tree_parse(&a, "", 0, &err);
    ck_assert_ptr_nonnull(root);
    ck_assert_int_eq(root->kind, YAML_NODE_MAP);
    arena_free(&a);
}
END_TEST

START_TEST(python_tokens_skip_strings_and_comments)
{
    static const char src[] =
        "x = \"print(1)\"  # print(2)\n"   /* 1 */
        "s = '''\n"                        /* 2 */
        "print(3)\n"                       /* 3 */
        "'''\n"                            /* 4 */
        "obj.print(4)\n"                   /* 5 */
        "def print(x): pass\n"             /* 6 */
        "f\"print(5) {x!r:>{w}}\"\n"       /* 7 */
        "rb'print(7)'\n"                   /* 8 */
        "print (6)\n";                     /* 9 */
    ck_assert_uint_eq(py_find_call(src, LEN(src), "print"), 9);
    /* code inside an f-string replacement field is code */
    static const char fs[] = "x = 1\ny = f\"{print(x)}\"\n";
    ck_assert_uint_eq(py_find_call(fs, LEN(fs), "print"), 2);
    ck_assert_uint_eq(py_find_call("pprint(1)\n", 10, "print"), 0);
    static const char all[] = "import x\n\n__all__: list[str] = [\"a\"]\n";
    ck_assert_uint_eq(py_find_assign(all, LEN(all), "__all__"), 3);
    static const char not_all[] = "if __all__ == 1:\n    pass\n";
    ck_assert_uint_eq(py_find_assign(not_all, LEN(not_all), "__all__"), 0);
    static const char nested[] = "def f():\n    __all__ = []\n";
    ck_assert_uint_eq(py_find_assign(nested, LEN(nested), "__all__"), 0);
    static const char cont[] = "x = (1,\n  2)\n__all__ = [\n 'a',\n]\n";
    ck_assert_uint_eq(py_find_assign(cont, LEN(cont), "__all__"), 3);
    static const char fmt[] = "import logging\n\nclass Json(logging.Formatter):\n    pass\n";
    ck_assert_uint_eq(py_find_subclass(fmt, LEN(fmt), "Formatter"), 3);
    static const char kw[] = "setup(\n    name=\"x\",\n    version = '1',\n)\nif a == b: pass\n";
    ck_assert_uint_eq(py_find_kwarg(kw, LEN(kw), "name"), 2);
    ck_assert_uint_eq(py_find_kwarg(kw, LEN(kw), "version"), 3);
    ck_assert_uint_eq(py_find_kwarg(kw, LEN(kw), "a"), 0);
}
END_TEST

START_TEST(ini_values)
{
    static const char src[] =
        "[metadata]\nname = demo\n\n[options]\ninstall_requires =\n    requests\n    flask\npython_requires=>=3.8\n"
        "[mypy]\nstrict = True\n";
    Arena a;
    arena_init(&a);
    uint32_t line = 0;
    ck_assert_str_eq(ini_value(&a, src, "metadata", "name", &line), "demo");
    ck_assert_uint_eq(line, 2);
    ck_assert_str_eq(ini_value(&a, src, "options", "install_requires", &line), "\nrequests\nflask");
    ck_assert_str_eq(ini_value(&a, src, "options", "python_requires", NULL), ">=3.8");
    ck_assert_str_eq(ini_value(&a, src, "mypy", "strict", NULL), "True");
    ck_assert_ptr_null(ini_value(&a, src, "metadata", "version", NULL));
    ck_assert_uint_eq(ini_section(src, "mypy"), 9);
    arena_free(&a);
}
END_TEST

START_TEST(command_patterns)
{
    ck_assert(cmd_matches("uv run ruff format --check .", "ruff format --check"));
    ck_assert(!cmd_matches("uv run ruff check --fix .", "ruff format --check"));
    ck_assert(!cmd_matches("ruff format . && echo --check", "ruff format --check"));
    ck_assert(cmd_matches("echo a\npython -m pytest -q", "pytest"));
    ck_assert(cmd_matches("pytest --cov=pkg", "--cov*"));
    ck_assert(!cmd_matches("pytest --no-cov", "--cov*"));
    ck_assert(cmd_matches("pip install \\\n  --no-cache-dir -r req.txt", "pip install --no-cache-dir"));
    ck_assert(cmd_matches("uv sync --frozen", "uv sync --frozen"));
    ck_assert(!cmd_matches("uv sync; echo --frozen", "uv sync --frozen"));
}
END_TEST

Suite *suite_audit_parsers(void)
{
    Suite *s = suite_create("audit_parsers");
    TCase *tc = tcase_create("readers");
    tcase_add_test(tc, dockerfile_rules);
    tcase_add_test(tc, dockerfile_errors_are_values);
    tcase_add_test(tc, requirements_lines);
    tcase_add_test(tc, yaml_tree_and_errors);
    tcase_add_test(tc, python_tokens_skip_strings_and_comments);
    tcase_add_test(tc, ini_values);
    tcase_add_test(tc, command_patterns);
    suite_add_tcase(s, tc);
    return s;
}
