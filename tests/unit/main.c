/* main.c (tests): runs every Check suite and prints the summary line `N passed, M failed`. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SUITE(name) Suite *suite_##name(void);
#include "suites.h"
#undef SUITE

int main(int argc, char **argv)
{
    /* Optional filter: run only the suites whose names are given. */
    SRunner *sr = srunner_create(NULL);
    int added = 0;
#define SUITE(name)                                                     \
    do {                                                                \
        int want = argc < 2;                                            \
        for (int i = 1; i < argc; i++)                                  \
            if (strcmp(argv[i], #name) == 0)                            \
                want = 1;                                               \
        if (want) {                                                     \
            srunner_add_suite(sr, suite_##name());                      \
            added++;                                                    \
        }                                                               \
    } while (0);
#include "suites.h"
#undef SUITE
    if (!added) {
        fprintf(stderr, "no such suite\n");
        return 2;
    }
    srunner_run_all(sr, CK_NORMAL);
    int run = srunner_ntests_run(sr);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    printf("%d passed, %d failed\n", run - failed, failed);
    return failed ? 1 : 0;
}
