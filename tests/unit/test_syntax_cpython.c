/* test_syntax_cpython.c: snipe's AST dump against CPython 3.13's on every .py file of the 3.11, 3.12 and
 * 3.13 standard libraries (ast.dump(..., include_attributes=True, show_empty=True); rejections agree). */
#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <xxhash.h>

#include "cpython_oracle.h"
#include "syntax/read_file.h"

#define PYENV "/root/.pyenv/versions"
#define MAX_SHOWN 5

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif
#ifndef UNDER_ASAN
#define UNDER_ASAN 0
#endif

typedef struct Entry {
    char *path;
    uint64_t hash;  /* XXH3 of the file's bytes */
    int rep;        /* index of the first entry with the same bytes (itself when first) */
    Verdict snipe, cpython;
    bool known;     /* cpython verdict known (cache or helper) */
} Entry;

typedef struct Files {
    Entry *v;
    size_t len, cap;
} Files;

static void add_file(Files *fs, const char *path)
{
    if (fs->len == fs->cap) {
        fs->cap = fs->cap ? fs->cap * 2 : 1024;
        fs->v = realloc(fs->v, fs->cap * sizeof *fs->v);
        ck_assert(fs->v != NULL);
    }
    fs->v[fs->len++] = (Entry){.path = strdup(path)};
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

/* Every .py under dir, in sorted order, skipping site-packages. */
static void walk(Files *fs, const char *dir, int depth)
{
    struct dirent **names;
    int n = scandir(dir, &names, NULL, by_name);
    if (n < 0)
        return;
    for (int i = 0; i < n; i++) {
        const char *nm = names[i]->d_name;
        char p[4096];
        snprintf(p, sizeof p, "%s/%s", dir, nm);
        struct stat sb;
        if (nm[0] != '.' && strcmp(nm, "site-packages") != 0 && lstat(p, &sb) == 0) {
            size_t l = strlen(nm);
            if (S_ISDIR(sb.st_mode) && depth < 32)
                walk(fs, p, depth + 1);
            else if (S_ISREG(sb.st_mode) && l > 3 && strcmp(nm + l - 3, ".py") == 0)
                add_file(fs, p);
        }
        free(names[i]);
    }
    free(names);
}

/* The standard library of the newest installed 3.<minor>.x; fails when there is none. */
static void add_stdlib(Files *fs, int minor)
{
    struct dirent **names;
    int n = scandir(PYENV, &names, NULL, by_name);
    char prefix[16], best[512] = "";
    snprintf(prefix, sizeof prefix, "3.%d.", minor);
    for (int i = 0; i < n; i++) {
        if (strncmp(names[i]->d_name, prefix, strlen(prefix)) == 0)
            snprintf(best, sizeof best, "%s/%s/lib/python3.%d", PYENV, names[i]->d_name, minor);
        free(names[i]);
    }
    if (n >= 0)
        free(names);
    ck_assert_msg(best[0] != 0, "no Python 3.%d under %s: the standard library is missing", minor, PYENV);
    size_t before = fs->len;
    walk(fs, best, 0);
    ck_assert_msg(fs->len - before > 500, "%s: only %zu .py files", best, fs->len - before);
}

/* The cache (build dir only): `<hash> OK crc len` / `<hash> ERR` lines after a `python <version>` line. */
typedef struct CacheLine {
    uint64_t hash;
    Verdict v;
} CacheLine;

static int cache_cmp(const void *a, const void *b)
{
    uint64_t x = ((const CacheLine *)a)->hash, y = ((const CacheLine *)b)->hash;
    return x < y ? -1 : x > y;
}

static size_t cache_load(const char *file, const char *ver, CacheLine **out)
{
    *out = NULL;
    FILE *f = fopen(file, "r");
    if (!f)
        return 0;
    char line[256], want[256];
    snprintf(want, sizeof want, "python %s\n", ver);
    size_t n = 0, cap = 0;
    if (fgets(line, sizeof line, f) && strcmp(line, want) == 0) {
        while (fgets(line, sizeof line, f)) {
            unsigned long long h;
            int off = 0;
            CacheLine c;
            if (sscanf(line, "%llx %n", &h, &off) != 1 || !verdict_parse(line + off, &c.v))
                continue;
            c.hash = h;
            if (n == cap) {
                cap = cap ? cap * 2 : 4096;
                *out = realloc(*out, cap * sizeof **out);
                ck_assert(*out != NULL);
            }
            (*out)[n++] = c;
        }
    }
    fclose(f);
    if (n)
        qsort(*out, n, sizeof **out, cache_cmp);
    return n;
}

static void cache_save(const char *file, const char *ver, const Files *fs)
{
    char tmp[4300];
    snprintf(tmp, sizeof tmp, "%s.tmp", file);
    FILE *f = fopen(tmp, "w");
    if (!f)
        return;
    fprintf(f, "python %s\n", ver);
    for (size_t i = 0; i < fs->len; i++) {
        const Entry *e = &fs->v[i];
        if (e->rep != (int)i || !e->known)
            continue;
        if (e->cpython.ok)
            fprintf(f, "%016llx OK %08x %u\n", (unsigned long long)e->hash, e->cpython.crc, e->cpython.len);
        else
            fprintf(f, "%016llx ERR\n", (unsigned long long)e->hash);
    }
    if (fclose(f) == 0)
        rename(tmp, file);
}

static int hash_cmp(const void *a, const void *b, void *ctx)
{
    const Files *fs = ctx;
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    uint64_t hx = fs->v[x].hash, hy = fs->v[y].hash;
    if (hx != hy)
        return hx < hy ? -1 : 1;
    return x < y ? -1 : x > y;
}

START_TEST(test_stdlib_matches_cpython)
{
    char ver[128], dir[4096];
    oracle_require(ver, sizeof ver);
    oracle_cache_dir(dir, sizeof dir);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);

    Files all = {0};
    for (int minor = 11; minor <= 13; minor++)
        add_stdlib(&all, minor);
    /* under ASan every 10th file (the full run takes minutes there) */
    const int stride = UNDER_ASAN ? 10 : 1;
    Files fs = {0};
    for (size_t i = 0; i < all.len; i += (size_t)stride)
        add_file(&fs, all.v[i].path);

    /* the hash that finds files with the same bytes (compared once: the verdicts depend on the bytes only) */
    for (size_t i = 0; i < fs.len; i++) {
        uint32_t len;
        char *src = read_whole_file(fs.v[i].path, &len);
        ck_assert_msg(src != NULL, "cannot read %s", fs.v[i].path);
        fs.v[i].hash = XXH3_64bits(src, len);
        free(src);
    }
    size_t *order = malloc(fs.len * sizeof *order);
    ck_assert(order != NULL);
    for (size_t i = 0; i < fs.len; i++)
        order[i] = i;
    qsort_r(order, fs.len, sizeof *order, hash_cmp, &fs);
    size_t distinct = 0;
    for (size_t k = 0; k < fs.len; k++) {
        size_t i = order[k];
        bool first = k == 0 || fs.v[order[k - 1]].hash != fs.v[i].hash;
        fs.v[i].rep = first ? (int)i : fs.v[order[k - 1]].rep;
        distinct += first;
    }
    free(order);
    /* snipe's side */
    for (size_t i = 0; i < fs.len; i++) {
        if (fs.v[i].rep != (int)i)
            continue;
        uint32_t len;
        char *src = read_whole_file(fs.v[i].path, &len);
        ck_assert_msg(src != NULL, "cannot read %s", fs.v[i].path);
        fs.v[i].snipe = snipe_verdict(src, len, NULL);
        free(src);
    }

    /* CPython's side: the cache, then two helper processes on the rest */
    char cachef[4200], lists[2][4200], outs[2][4200];
    snprintf(cachef, sizeof cachef, "%s/cpython-ast.txt", dir);
    /* the cache key: the interpreter's version and the helper's text */
    char key[200];
    uint32_t hlen;
    char *helper = read_whole_file(ORACLE_HELPER, &hlen);
    ck_assert_msg(helper != NULL, "cannot read %s", ORACLE_HELPER);
    snprintf(key, sizeof key, "%s helper %016llx", ver, (unsigned long long)XXH3_64bits(helper, hlen));
    free(helper);
    CacheLine *cache;
    size_t ncache = cache_load(cachef, key, &cache);
    size_t cached = 0, computed = 0;
    FILE *lf[2];
    for (int h = 0; h < 2; h++) {
        snprintf(lists[h], sizeof lists[h], "%s/cpython-list%d.txt", dir, h);
        snprintf(outs[h], sizeof outs[h], "%s/cpython-out%d.txt", dir, h);
        lf[h] = fopen(lists[h], "w");
        ck_assert_msg(lf[h] != NULL, "cannot write %s", lists[h]);
    }
    for (size_t i = 0; i < fs.len; i++) {
        Entry *e = &fs.v[i];
        if (e->rep != (int)i)
            continue;
        CacheLine key = {e->hash, {0}}, *hit = ncache ? bsearch(&key, cache, ncache, sizeof key, cache_cmp) : NULL;
        if (hit) {
            e->cpython = hit->v;
            e->known = true;
            cached++;
        } else {
            fprintf(lf[computed++ % 2], "%s\n", e->path);
        }
    }
    fclose(lf[0]);
    fclose(lf[1]);
    free(cache);
    if (computed) {
        char cmd[20000];
        snprintf(cmd, sizeof cmd, "'%s' %s dump '%s' '%s' & '%s' %s dump '%s' '%s' & wait", oracle_python(),
                 ORACLE_HELPER, lists[0], outs[0], oracle_python(), ORACLE_HELPER, lists[1], outs[1]);
        ck_assert_msg(system(cmd) == 0, "the CPython helper failed: %s", cmd);
        FILE *of[2];
        for (int h = 0; h < 2; h++) {
            of[h] = fopen(outs[h], "r");
            ck_assert_msg(of[h] != NULL, "no output from the CPython helper (%s)", outs[h]);
        }
        size_t k = 0;
        for (size_t i = 0; i < fs.len; i++) {
            Entry *e = &fs.v[i];
            if (e->rep != (int)i || e->known)
                continue;
            char line[256];
            ck_assert_msg(fgets(line, sizeof line, of[k++ % 2]) && verdict_parse(line, &e->cpython),
                          "short or malformed output from the CPython helper at %s", e->path);
            e->known = true;
        }
        fclose(of[0]);
        fclose(of[1]);
        cache_save(cachef, key, &fs);
    }

    size_t same = 0, both = 0, diff = 0;
    for (size_t i = 0; i < fs.len; i++) {
        const Entry *e = &fs.v[i];
        Verdict c = fs.v[e->rep].cpython, s = fs.v[e->rep].snipe;
        if (!c.ok && !s.ok)
            both++;
        else if (c.ok && s.ok && c.crc == s.crc && c.len == s.len)
            same++;
        else if (diff++ < MAX_SHOWN)
            oracle_show_difference(e->path);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    printf("cpython-stdlib: %zu .py files of the 3.11/3.12/3.13 standard libraries%s (%zu distinct; CPython %s: "
           "%zu cached, %zu computed): %zu identical, %zu rejected by both, %zu different (%.1f s)\n",
           fs.len, stride > 1 ? ", every 10th file under ASan" : "", distinct, ver, cached, computed, same, both,
           diff, (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
    fflush(stdout);
    ck_assert_msg(diff == 0, "%zu of %zu files differ from CPython 3.13", diff, fs.len);
    ck_assert_msg(same > fs.len / 2, "too few files compared (%zu)", same);
    for (size_t i = 0; i < all.len; i++)
        free(all.v[i].path);
    for (size_t i = 0; i < fs.len; i++)
        free(fs.v[i].path);
    free(all.v);
    free(fs.v);
}
END_TEST

Suite *suite_syntax_cpython(void)
{
    Suite *s = suite_create("syntax_cpython");
    TCase *tc = tcase_create("stdlib");
    tcase_set_timeout(tc, 600);
    tcase_add_test(tc, test_stdlib_matches_cpython);
    suite_add_tcase(s, tc);
    return s;
}
