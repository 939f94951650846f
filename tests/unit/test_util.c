/* test_util.c: the arena, the vector and the byte buffer. */
#include <check.h>

#include "util/arena.h"
#include "util/str.h"
#include "util/vec.h"

START_TEST(arena_small_and_large)
{
    Arena a;
    arena_init(&a);
    char *s = arena_strdup(&a, "hello");
    ck_assert_str_eq(s, "hello");
    unsigned char *big = arena_alloc(&a, 10 * 1024 * 1024);
    ck_assert_ptr_nonnull(big);
    ck_assert_int_eq(big[12345], 0);
    char *t = arena_printf(&a, "%d-%s", 42, "x");
    ck_assert_str_eq(t, "42-x");
    ck_assert_str_eq(s, "hello");
    arena_free(&a);
}
END_TEST

START_TEST(vec_grows)
{
    Vec(int) v = {0};
    for (int i = 0; i < 1000; i++)
        ck_assert(vec_push(&v, i));
    ck_assert_uint_eq(v.len, 1000);
    ck_assert_int_eq(v.data[999], 999);
    vec_free(&v);
}
END_TEST

START_TEST(buf_json)
{
    Buf b = {0};
    buf_json_escape(&b, "a\"b\\\n\x01", 6);
    ck_assert_str_eq(b.data, "a\\\"b\\\\\\n\\u0001");
    buf_free(&b);
}
END_TEST

Suite *suite_util(void)
{
    Suite *s = suite_create("util");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, arena_small_and_large);
    tcase_add_test(tc, vec_grows);
    tcase_add_test(tc, buf_json);
    suite_add_tcase(s, tc);
    return s;
}
