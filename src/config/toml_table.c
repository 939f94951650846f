/* toml_table.c: TOML tables and arrays as growable arena arrays, with a hash index on big tables. */
#include "config/toml_table.h"

#include <string.h>

#define INDEX_FROM 8 /* tables with more entries than this get a hash index */

static uint32_t key_hash(const char *k, uint32_t n)
{
    uint32_t h = 2166136261u;
    for (uint32_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)k[i]) * 16777619u;
    return h;
}

static bool key_eq(const TomlEntry *e, const char *k, uint32_t n)
{
    return e->key_len == n && (n == 0 || memcmp(e->key, k, n) == 0);
}

TomlEntry *toml_table_find(const TomlValue *t, const char *key, uint32_t len)
{
    if (!t || t->kind != TOML_TABLE)
        return NULL;
    TomlEntry *es = t->as.table.entries;
    if (t->as.table.slots) {
        uint32_t mask = t->as.table.nslots - 1;
        for (uint32_t s = key_hash(key, len) & mask;; s = (s + 1) & mask) {
            uint32_t idx = t->as.table.slots[s];
            if (idx == 0)
                return NULL;
            if (key_eq(&es[idx - 1], key, len))
                return &es[idx - 1];
        }
    }
    for (uint32_t i = 0; i < t->as.table.len; i++)
        if (key_eq(&es[i], key, len))
            return &es[i];
    return NULL;
}

static void index_put(TomlValue *t, uint32_t idx)
{
    const TomlEntry *e = &t->as.table.entries[idx];
    uint32_t mask = t->as.table.nslots - 1;
    uint32_t s = key_hash(e->key, e->key_len) & mask;
    while (t->as.table.slots[s])
        s = (s + 1) & mask;
    t->as.table.slots[s] = idx + 1;
}

/* Keep the index at most half full; rebuild it when it is not. */
static bool index_update(Arena *a, TomlValue *t)
{
    uint32_t len = t->as.table.len;
    if (len <= INDEX_FROM)
        return true;
    if (t->as.table.slots && (uint64_t)len * 2 <= t->as.table.nslots) {
        index_put(t, len - 1);
        return true;
    }
    uint64_t n = 16;
    while (n < (uint64_t)len * 4)
        n *= 2;
    if (n > UINT32_MAX)
        return false;
    uint32_t *slots = ARENA_ARRAY(a, uint32_t, n);
    if (!slots)
        return false;
    t->as.table.slots = slots;
    t->as.table.nslots = (uint32_t)n;
    for (uint32_t i = 0; i < len; i++)
        index_put(t, i);
    return true;
}

TomlEntry *toml_table_add(Arena *a, TomlValue *t, const char *key, uint32_t len, TomlValue *value)
{
    if (t->as.table.len == t->as.table.cap) {
        uint64_t cap = t->as.table.cap ? (uint64_t)t->as.table.cap * 2 : 4;
        if (cap > UINT32_MAX)
            return NULL;
        TomlEntry *es = ARENA_ARRAY(a, TomlEntry, cap);
        if (!es)
            return NULL;
        if (t->as.table.len)
            memcpy(es, t->as.table.entries, sizeof *es * t->as.table.len);
        t->as.table.entries = es;
        t->as.table.cap = (uint32_t)cap;
    }
    TomlEntry *e = &t->as.table.entries[t->as.table.len++];
    e->key = key;
    e->key_len = len;
    e->value = value;
    if (!index_update(a, t))
        return NULL;
    return e;
}

bool toml_array_push(Arena *a, TomlValue *arr, TomlValue *item)
{
    if (arr->as.array.len == arr->as.array.cap) {
        uint64_t cap = arr->as.array.cap ? (uint64_t)arr->as.array.cap * 2 : 4;
        if (cap > UINT32_MAX)
            return false;
        TomlValue **items = ARENA_ARRAY(a, TomlValue *, cap);
        if (!items)
            return false;
        if (arr->as.array.len)
            memcpy(items, arr->as.array.items, sizeof *items * arr->as.array.len);
        arr->as.array.items = items;
        arr->as.array.cap = (uint32_t)cap;
    }
    arr->as.array.items[arr->as.array.len++] = item;
    return true;
}
