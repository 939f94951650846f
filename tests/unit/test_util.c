/* test_util.c: the arena, the vector, the byte buffer and UTF-8 validation. */
#include <check.h>
#include <string.h>

#include "util/arena.h"
#include "util/str.h"
#include "util/utf8.h"
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
    /* Texts of 255, 256 and 1000 bytes: around and past arena_printf's stack buffer. */
    for (int n = 255; n <= 1000; n += n == 256 ? 744 : 1) {
        char *w = arena_printf(&a, "%*d|", n - 1, 7);
        ck_assert_uint_eq(strlen(w), (size_t)n);
        ck_assert_int_eq(w[n - 2], '7');
        ck_assert_int_eq(w[n - 1], '|');
    }
    ck_assert_str_eq(s, "hello");
    arena_free(&a);
}
END_TEST

START_TEST(arena_reset_reuses_blocks)
{
    Arena a;
    arena_init(&a);
    /* Dirty a large block and a normal one, reset, then allocate again: zeroed where asked. */
    unsigned char *big = arena_alloc_raw(&a, 1024 * 1024);
    ck_assert_ptr_nonnull(big);
    memset(big, 0xAB, 1024 * 1024);
    unsigned char *small = arena_alloc_raw(&a, 100);
    memset(small, 0xCD, 100);
    arena_reset(&a);
    unsigned char *big2 = arena_alloc(&a, 1024 * 1024);
    ck_assert_ptr_eq(big2, big); /* the kept block, not a new one */
    ck_assert_int_eq(big2[0], 0);
    ck_assert_int_eq(big2[1024 * 1024 - 1], 0);
    unsigned char *small2 = arena_alloc(&a, 100);
    ck_assert_ptr_nonnull(small2);
    for (int i = 0; i < 100; i++)
        ck_assert_int_eq(small2[i], 0);
    /* Many allocations after a reset stay distinct and aligned. */
    arena_reset(&a);
    char *prev = NULL;
    for (int i = 0; i < 10000; i++) {
        char *p = arena_printf(&a, "%d", i);
        ck_assert_ptr_nonnull(p);
        ck_assert_uint_eq((uintptr_t)p % 16, 0);
        ck_assert(p != prev);
        prev = p;
    }
    ck_assert_str_eq(prev, "9999");
    arena_free(&a);
}
END_TEST

START_TEST(utf8_valid_finds_the_first_bad_byte)
{
    char buf[200];
    /* A bad byte at every offset across the 64-, 32- and 8-byte ASCII strides and the tail. */
    for (uint32_t at = 0; at < 190; at++) {
        memset(buf, 'a', sizeof buf);
        memcpy(buf + 3, "\xC3\xA9", 2); /* é: valid */
        if (at != 3 && at != 4)
            buf[at] = (char)0xFF;
        uint32_t n = 190, bad = UINT32_MAX;
        bool ok = utf8_valid(buf, n, &bad);
        if (at == 3 || at == 4) {
            ck_assert(ok);
        } else {
            ck_assert(!ok);
            ck_assert_uint_eq(bad, at);
        }
    }
    /* A sequence cut by the end, and one that ends just there. */
    ck_assert(!utf8_valid("abc\xE2\x82", 5, &(uint32_t){0}));
    ck_assert(utf8_valid("abc\xE2\x82\xAC", 6, &(uint32_t){0}));
    ck_assert(utf8_valid("", 0, &(uint32_t){0}));
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
    tcase_add_test(tc, arena_reset_reuses_blocks);
    tcase_add_test(tc, utf8_valid_finds_the_first_bad_byte);
    tcase_add_test(tc, vec_grows);
    tcase_add_test(tc, buf_json);
    suite_add_tcase(s, tc);
    return s;
}
