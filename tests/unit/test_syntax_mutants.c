/* test_syntax_mutants.c: token-level mutants of standard-library files (fixed seed): snipe accepts exactly what
 * CPython 3.13 accepts, with the same dump, and never crashes or hangs. */
#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "cpython_oracle.h"
#include "syntax/read_file.h"

#define STDLIB "/root/.pyenv/versions/3.13.0/lib/python3.13"
#define SEED 20261121
#define MUTANTS 1000
#define MAX_SHOWN 5

static int by_name(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

/* The pool the mutants come from: .py files of 400 B to 16 kB directly under dir and its packages. */
static size_t list_pool(FILE *out, const char *dir, int depth)
{
    struct dirent **names;
    int n = scandir(dir, &names, NULL, by_name);
    size_t count = 0;
    for (int i = 0; i < n; i++) {
        const char *nm = names[i]->d_name;
        char p[4096];
        snprintf(p, sizeof p, "%s/%s", dir, nm);
        struct stat sb;
        size_t l = strlen(nm);
        if (nm[0] != '.' && strcmp(nm, "site-packages") != 0 && lstat(p, &sb) == 0) {
            if (S_ISDIR(sb.st_mode) && depth < 8)
                count += list_pool(out, p, depth + 1);
            else if (S_ISREG(sb.st_mode) && l > 3 && strcmp(nm + l - 3, ".py") == 0 && sb.st_size >= 400 &&
                     sb.st_size <= 16384) {
                fprintf(out, "%s\n", p);
                count++;
            }
        }
        free(names[i]);
    }
    if (n >= 0)
        free(names);
    return count;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

START_TEST(test_mutants_agree_with_cpython)
{
    char ver[128], dir[4096], pool[4200], mdir[4200], verdicts[4400];
    oracle_require(ver, sizeof ver);
    oracle_cache_dir(dir, sizeof dir);
    double t0 = now();
    snprintf(pool, sizeof pool, "%s/mutant-pool.txt", dir);
    snprintf(mdir, sizeof mdir, "%s/mutants", dir);
    FILE *pf = fopen(pool, "w");
    ck_assert_msg(pf != NULL, "cannot write %s", pool);
    size_t npool = list_pool(pf, STDLIB, 0);
    fclose(pf);
    ck_assert_msg(npool > 300, "%s: only %zu files for the mutants", STDLIB, npool);

    char cmd[20000];
    snprintf(cmd, sizeof cmd, "'%s' %s mutants %d %d '%s' '%s'", oracle_python(), ORACLE_HELPER, SEED, MUTANTS, mdir,
             pool);
    ck_assert_msg(system(cmd) == 0, "the CPython helper failed: %s", cmd);
    snprintf(verdicts, sizeof verdicts, "%s/verdicts.txt", mdir);
    FILE *vf = fopen(verdicts, "r");
    ck_assert_msg(vf != NULL, "no verdicts from the CPython helper (%s)", verdicts);

    size_t n = 0, agree = 0, both = 0, only_snipe = 0, only_cpython = 0, dumps = 0;
    double slowest = 0;
    char line[256];
    while (fgets(line, sizeof line, vf)) {
        Verdict c, s;
        ck_assert_msg(verdict_parse(line, &c), "malformed verdict line %zu: %s", n, line);
        char path[4500];
        snprintf(path, sizeof path, "%s/m%04zu.py", mdir, n++);
        uint32_t len;
        char *src = read_whole_file(path, &len);
        ck_assert_msg(src != NULL, "cannot read %s", path);
        double t = now();
        s = snipe_verdict(src, len, NULL);
        t = now() - t;
        if (t > slowest)
            slowest = t;
        free(src);
        bool bad = true;
        if (!c.ok && !s.ok)
            both++, agree++, bad = false;
        else if (c.ok && !s.ok)
            only_cpython++;
        else if (!c.ok && s.ok)
            only_snipe++;
        else if (c.crc == s.crc && c.len == s.len)
            agree++, bad = false;
        else
            dumps++;
        if (bad && only_cpython + only_snipe + dumps <= MAX_SHOWN)
            oracle_show_difference(path);
    }
    fclose(vf);
    printf("syntax-mutants: %zu token-level mutants of CPython 3.13 stdlib files (seed %d): %zu agree (%zu rejected "
           "by both), %zu accepted only by snipe, %zu accepted only by CPython, %zu dumps differ; slowest parse "
           "%.3f s (%.1f s in all)\n",
           n, SEED, agree, both, only_snipe, only_cpython, dumps, slowest, now() - t0);
    fflush(stdout);
    ck_assert_msg(n == MUTANTS, "the helper wrote %zu mutants, not %d", n, MUTANTS);
    ck_assert_msg(agree == n, "%zu of %zu mutants disagree with CPython 3.13", n - agree, n);
    ck_assert_msg(both > n / 10 && both < n - n / 10, "implausible share of rejected mutants: %zu of %zu", both, n);
    ck_assert_msg(slowest < 2.0, "a mutant took %.3f s to parse", slowest);
}
END_TEST

Suite *suite_syntax_mutants(void)
{
    Suite *s = suite_create("syntax_mutants");
    TCase *tc = tcase_create("mutants");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_mutants_agree_with_cpython);
    suite_add_tcase(s, tc);
    return s;
}
