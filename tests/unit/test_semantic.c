/* test_semantic.c: the semantic model (scopes, bindings, resolution order) and the pyflakes rules
 * run through lint_source on small sources, with Ruff 0.17's findings as the expected values. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <check.h>
#include <pcre2.h>
#include <stdio.h>
#include <string.h>

#include "lint/checker.h"
#include "semantic/semantic.h"

static Arena A;
static LintSettings S;
static pcre2_code *Dummy;
static char Out[4096];

static void setup(void)
{
    arena_init(&A);
    lint_settings_default(&S);
    S.target_version = PY311;
    for (int r = 0; r < RULE__COUNT; r++)
        if (rule_table[r].linter == LINTER_PYFLAKES)
            ruleset_add(&S.enabled, (RuleId)r);
    int err;
    PCRE2_SIZE off;
    Dummy = pcre2_compile((PCRE2_SPTR)S.dummy_variable_rgx_src, PCRE2_ZERO_TERMINATED, PCRE2_UTF, &err, &off, NULL);
    S.dummy_variable_rgx = Dummy;
}

static void teardown(void)
{
    pcre2_code_free(Dummy);
    arena_free(&A);
}

/* "F401 1:8-1:10 F841 3:5-3:6" for the diagnostics of `text`, in report order. */
static const char *lint(const char *text)
{
    SourceFile src;
    ck_assert(source_init(&src, &A, "t.py", arena_strdup(&A, text), (uint32_t)strlen(text)));
    DiagVec d = {0};
    ck_assert(vec_reserve(&d, 1));
    ck_assert(lint_source(&A, &src, &S, &d));
    size_t n = 0;
    Out[0] = 0;
    for (uint32_t i = 0; i < d.len; i++) {
        uint32_t r, c, er, ec;
        source_location(&src, d.data[i].start, &r, &c);
        source_location(&src, d.data[i].end, &er, &ec);
        n += (size_t)snprintf(Out + n, sizeof Out - n, "%s%s %u:%u-%u:%u", n ? " " : "", diag_code(&d.data[i]), r, c, er, ec);
    }
    vec_free(&d);
    return Out;
}

/* The diagnostics of `text` linted as `path`, with whether each has a fix ("F401 1:8-1:10 fix"). */
static const char *lint_as(const char *path, const char *text)
{
    SourceFile src;
    ck_assert(source_init(&src, &A, path, arena_strdup(&A, text), (uint32_t)strlen(text)));
    DiagVec d = {0};
    ck_assert(vec_reserve(&d, 1));
    ck_assert(lint_source(&A, &src, &S, &d));
    size_t n = 0;
    Out[0] = 0;
    for (uint32_t i = 0; i < d.len; i++) {
        uint32_t r, c;
        source_location(&src, d.data[i].start, &r, &c);
        n += (size_t)snprintf(Out + n, sizeof Out - n, "%s%s %u:%u%s", n ? " " : "", diag_code(&d.data[i]), r, c,
                              d.data[i].fix ? " fix" : "");
    }
    vec_free(&d);
    return Out;
}

/* The message of the only diagnostic of `text`. */
static const char *message(const char *text)
{
    SourceFile src;
    ck_assert(source_init(&src, &A, "t.py", arena_strdup(&A, text), (uint32_t)strlen(text)));
    DiagVec d = {0};
    ck_assert(vec_reserve(&d, 1));
    ck_assert(lint_source(&A, &src, &S, &d));
    ck_assert_uint_eq(d.len, 1);
    snprintf(Out, sizeof Out, "%s", d.data[0].message);
    vec_free(&d);
    return Out;
}

START_TEST(model_scopes_and_shadowing)
{
    Semantic s;
    sem_init(&s, &A);
    BindingId x1 = sem_add_binding(&s, BK_ASSIGNMENT, STR_LIT("x"), 0, 1, 0);
    BindingId x2 = sem_add_binding(&s, BK_ASSIGNMENT, STR_LIT("x"), 4, 5, 0);
    ck_assert_uint_eq(sem_scope_get(&s, 0, STR_LIT("x")), x2);
    ck_assert_uint_eq(sem_binding(&s, x2)->shadowed, x1);
    /* a class scope is not visible from a function nested in it */
    sem_push_scope(&s, SCOPE_CLASS, NULL);
    BindingId y = sem_add_binding(&s, BK_ASSIGNMENT, STR_LIT("y"), 8, 9, 0);
    ck_assert_uint_eq(sem_resolve_load(&s, STR_LIT("y"), 10, 11), y);
    sem_push_scope(&s, SCOPE_FUNCTION, NULL);
    ck_assert_uint_eq(sem_resolve_load(&s, STR_LIT("y"), 12, 13), SEM_NONE);
    ck_assert_uint_eq(sem_resolve_load(&s, STR_LIT("x"), 14, 15), x2);
    ck_assert_uint_eq(sem_binding(&s, x2)->nrefs, 1);
    ck_assert_uint_eq(s.unresolved.len, 1);
    /* a local binding shadowing an enclosing one records it */
    BindingId x3 = sem_add_binding(&s, BK_ASSIGNMENT, STR_LIT("x"), 16, 17, 0);
    ck_assert_uint_eq(sem_binding(&s, x3)->outer, x2);
    sem_free(&s);
}
END_TEST

START_TEST(model_walrus_binds_outside_comprehension)
{
    Semantic s;
    sem_init(&s, &A);
    sem_push_scope(&s, SCOPE_FUNCTION, NULL);
    ScopeId f = s.scope;
    sem_push_scope(&s, SCOPE_GENERATOR, NULL);
    BindingId w = sem_add_binding(&s, BK_NAMED_EXPR, STR_LIT("w"), 0, 1, 0);
    ck_assert_uint_eq(sem_binding(&s, w)->scope, f);
    ck_assert_uint_eq(sem_scope_get(&s, f, STR_LIT("w")), w);
    sem_free(&s);
}
END_TEST

START_TEST(model_branches)
{
    Semantic s;
    sem_init(&s, &A);
    BranchId root = s.branch;
    sem_push_branch(&s);
    BranchId a = s.branch;
    sem_set_branch(&s, root);
    sem_push_branch(&s);
    BranchId b = s.branch;
    ck_assert(!sem_same_branch(&s, a, b));
    ck_assert(sem_same_branch(&s, a, a));
    ck_assert(!sem_same_branch(&s, root, a));
    sem_free(&s);
}
END_TEST

START_TEST(unused_imports)
{
    ck_assert_str_eq(lint("import os, sys\nimport os.path\nfrom a import b as c, d as d\nprint(sys)\n"),
                     "F401 2:8-2:15 F401 3:20-3:21"); /* `os` is rebound by `import os.path` */
    /* in a try that handles ImportError: the find_spec hint */
    ck_assert_str_eq(message("try:\n    import x\nexcept ImportError:\n    pass\n"),
                     "`x` imported but unused; consider using `importlib.util.find_spec` to test for availability");
    /* __all__ uses names; `import a as pa` used reaches `import a.b` */
    ck_assert_str_eq(lint("import os\n__all__ = ['os']\n"), "");
    ck_assert_str_eq(lint("import a as pa\nimport a.b\npa.b.f()\n"), "");
    ck_assert_str_eq(lint("import x\n__all__ = ['x', 'y']\n"), "F822 2:17-2:20");
}
END_TEST

START_TEST(package_init)
{
    /* __init__.py: no fix for unused imports (ignore-init-module-imports), __path__ defined,
     * no F822 (preview only); elsewhere the same source is fixable and reports them */
    const char *text = "import os\nfrom . import sub\nprint(__path__)\n__all__ = ['missing']\n";
    ck_assert_str_eq(lint_as("pkg/__init__.py", text), "F401 1:8 F401 2:15");
    ck_assert_str_eq(lint_as("pkg/mod.py", text), "F401 1:8 fix F401 2:15 fix F821 3:7 F822 4:12");
    ck_assert_str_eq(message("from . import sub\n"), "`.sub` imported but unused");
    S.preview = true; /* Ruff's preview reports F822 in __init__.py too */
    ck_assert_str_eq(lint_as("pkg/__init__.py", "__all__ = ['missing']\n"), "F822 1:12");
    S.preview = false;
    S.ignore_init_module_imports = false;
    ck_assert_str_eq(lint_as("pkg/__init__.py", "import os\n"), "F401 1:8 fix");
}
END_TEST

START_TEST(redefinitions)
{
    ck_assert_str_eq(lint("import os\nimport os\nos\n"), "F811 2:8-2:10");
    ck_assert_str_eq(message("def f(): pass\ndef f(): pass\n"), "Redefinition of unused `f` from line 1: `f` redefined here");
    /* different branches of an if, or a used first definition: no finding */
    ck_assert_str_eq(lint("import os\nif x:\n    def f(): pass\nelse:\n    def f(): pass\nos\n"), "F821 2:4-2:5");
    ck_assert_str_eq(lint("def f(): pass\nf()\ndef f(): pass\n"), "");
    ck_assert_str_eq(lint("from typing import overload\n@overload\ndef f(): ...\ndef f(): pass\n"), "");
    ck_assert_str_eq(lint("import os\nfor os in []: pass\n"), "F402 2:5-2:7");
}
END_TEST

START_TEST(unused_variables)
{
    ck_assert_str_eq(lint("def f():\n    x = 1\n    y: int\n    a, b = t()\n    (c, d) = 1, 2\n    _ = 3\n    with o() as fp: pass\n"),
                     "F841 2:5-2:6 F842 3:5-3:6 F821 4:12-4:13 F841 5:6-5:7 F841 5:9-5:10 F821 7:10-7:11 F841 7:17-7:19");
    ck_assert_str_eq(lint("def f():\n    x = 1\n    return locals()\n"), "");
    ck_assert_str_eq(lint("try: pass\nexcept E as e: pass\n"), "F821 2:8-2:9 F841 2:13-2:14");
    ck_assert_str_eq(lint("def f():\n    global g\n    g = 1\n"), "");
}
END_TEST

START_TEST(resolution_order)
{
    /* function bodies run after the module: later module names are visible */
    ck_assert_str_eq(lint("def f():\n    return g()\ndef g(): pass\n"), "");
    /* class names are not visible from methods; comprehension scopes see the enclosing function */
    ck_assert_str_eq(lint("class A:\n    x = 1\n    def m(self):\n        return x\n"), "F821 4:16-4:17");
    ck_assert_str_eq(lint("class A:\n    x = [1]\n    y = [i for i in x]\n"), "");
    /* NameError handled: no finding; star imports: F405 */
    ck_assert_str_eq(lint("try:\n    u\nexcept NameError:\n    pass\n"), "");
    ck_assert_str_eq(lint("from m import *\nu\n"), "F403 1:1-1:16 F405 2:1-2:2");
    /* builtins follow the target version */
    S.target_version = PY310;
    ck_assert_str_eq(lint("ExceptionGroup\n"), "F821 1:1-1:15");
    S.target_version = PY311;
    ck_assert_str_eq(lint("ExceptionGroup\n"), "");
    /* read before a local assignment */
    ck_assert_str_eq(lint("x = 1\ndef f():\n    print(x)\n    x = 2\n    return x\n"), "F823 3:11-3:12");
    /* del unbinds */
    ck_assert_str_eq(lint("x = 1\ndel x\nx\n"), "F821 3:1-3:2");
}
END_TEST

START_TEST(string_annotations)
{
    ck_assert_str_eq(lint("def f(a: 'Undef') -> 'List[int]': pass\n"), "F821 1:11-1:16 F821 1:23-1:27");
    ck_assert_str_eq(lint("from typing import Literal\ndef f(a: Literal['x']): pass\n"), "");
    ck_assert_str_eq(lint("from __future__ import annotations\ndef f(a: B): pass\nclass B: pass\n"), "");
    ck_assert_str_eq(lint("def f(a: 'List['): pass\n"), "F722 1:10-1:17");
    ck_assert_str_eq(lint("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import os\ndef f(a: 'os.PathLike'): pass\n"), "");
}
END_TEST

START_TEST(statement_and_expression_rules)
{
    ck_assert_str_eq(lint("assert (x, 1)\n"), "F631 1:1-1:14 F821 1:9-1:10");
    ck_assert_str_eq(lint("if 'a' is 'b': pass\n"), "F632 1:4-1:14");
    ck_assert_str_eq(lint("f'x'\n"), "F541 1:1-1:5");
    ck_assert_str_eq(lint("{'a': 1, 'a': 2}\n"), "F601 1:10-1:13");
    ck_assert_str_eq(lint("'%s %s' % (1,)\n"), "F507 1:1-1:15");
    ck_assert_str_eq(lint("'{0}'.format(1, 2)\n"), "F523 1:1-1:19");
    ck_assert_str_eq(lint("raise NotImplemented\n"), "F901 1:7-1:21");
    ck_assert_str_eq(lint("def f():\n    pass\nbreak\n"), "F701 3:1-3:6");
    ck_assert_str_eq(lint("import os\nfrom __future__ import division\n"), "F401 1:8-1:10 F404 2:1-2:32");
}
END_TEST

Suite *suite_semantic(void)
{
    Suite *s = suite_create("semantic");
    TCase *tc = tcase_create("semantic");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, model_scopes_and_shadowing);
    tcase_add_test(tc, model_walrus_binds_outside_comprehension);
    tcase_add_test(tc, model_branches);
    tcase_add_test(tc, unused_imports);
    tcase_add_test(tc, package_init);
    tcase_add_test(tc, redefinitions);
    tcase_add_test(tc, unused_variables);
    tcase_add_test(tc, resolution_order);
    tcase_add_test(tc, string_annotations);
    tcase_add_test(tc, statement_and_expression_rules);
    suite_add_tcase(s, tc);
    return s;
}
