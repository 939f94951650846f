/* scope.c: scopes, their name tables, bindings and branches of the semantic model, and name
 * resolution in Python's order. */
#include <stdlib.h>
#include <string.h>

#include "semantic/semantic.h"

static inline void add_ref(Semantic *s, BindingId b, uint32_t start, uint32_t end);

/* The hash of a name alone (FNV-1a over 8-byte words), computed once per lookup whatever the
 * scopes it visits. The last 1 to 7 bytes are read as at most two overlapping loads (nothing past
 * the name): names are short, a byte loop would cost more than the rest of the lookup. */
static inline uint32_t str_hash(Str name)
{
    uint64_t h = 14695981039346656037ull;
    const char *p = name.ptr;
    size_t n = name.len, i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        h = (h ^ w) * 1099511628211ull;
    }
    size_t r = n - i;
    if (r) {
        uint64_t w;
        if (r >= 4) {
            uint32_t lo, hi;
            memcpy(&lo, p + i, 4);
            memcpy(&hi, p + n - 4, 4);
            w = lo | (uint64_t)hi << 32;
        } else {
            w = (unsigned char)p[i] | (uint64_t)(unsigned char)p[i + r / 2] << 8 | (uint64_t)(unsigned char)p[n - 1] << 16;
        }
        h = (h ^ w ^ (uint64_t)r << 56) * 1099511628211ull;
    }
    return (uint32_t)(h ^ (h >> 32));
}

/* The table hash of (scope, name) from the name's own hash. */
static inline uint32_t scoped_hash(ScopeId scope, uint32_t nh)
{
    uint32_t h = nh ^ (scope * 0x9e3779b1u);
    h ^= h >> 15;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    return h;
}

static bool table_grow_to(Semantic *s, uint32_t cap);

/* memcmp(a, b, n) == 0 for the short names of a program, without the call: 8-byte words, then
 * the last bytes as overlapping loads. */
static inline bool same_bytes(const char *a, const char *b, size_t n)
{
    if (n >= 8) {
        uint64_t x, y;
        for (size_t i = 0; i + 8 <= n; i += 8) {
            memcpy(&x, a + i, 8);
            memcpy(&y, b + i, 8);
            if (x != y)
                return false;
        }
        memcpy(&x, a + n - 8, 8);
        memcpy(&y, b + n - 8, 8);
        return x == y;
    }
    if (n >= 4) {
        uint32_t x1, y1, x2, y2;
        memcpy(&x1, a, 4);
        memcpy(&y1, b, 4);
        memcpy(&x2, a + n - 4, 4);
        memcpy(&y2, b + n - 4, 4);
        return ((x1 ^ y1) | (x2 ^ y2)) == 0;
    }
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i])
            return false;
    return true;
}

static bool table_grow(Semantic *s)
{
    return table_grow_to(s, s->table_cap ? s->table_cap * 2 : 256);
}

static bool table_grow_to(Semantic *s, uint32_t cap)
{
    uint32_t *t = calloc(cap, sizeof *t);
    if (!t)
        return false;
    for (uint32_t i = 0; i < s->entries.len; i++) {
        uint32_t j = s->entries.data[i].hash & (cap - 1);
        while (t[j])
            j = (j + 1) & (cap - 1);
        t[j] = i + 1;
    }
    free(s->table);
    s->table = t;
    s->table_cap = cap;
    return true;
}

void sem_init(Semantic *s, Arena *arena)
{
    memset(s, 0, sizeof *s);
    s->arena = arena;
    s->scope = SEM_NONE;
    s->branch = SEM_NONE;
    if (!table_grow(s))
        s->oom = true;
    sem_push_scope(s, SCOPE_MODULE, NULL);
}

void sem_reserve(Semantic *s, uint32_t src_len)
{
    /* About one binding and one name entry per 64 bytes of source and a reference per 32 (the
     * standard library has one per ~110 and ~50): the vectors rarely grow (and copy) then. */
    uint32_t n = src_len / 64 + 64;
    if (!vec_reserve(&s->bindings, n) || !vec_reserve(&s->entries, n) || !vec_reserve(&s->refs, 2 * n)
        || !vec_reserve(&s->scopes, n / 8) || !vec_reserve(&s->branches, n / 4)) {
        s->oom = true;
        return;
    }
    uint32_t cap = s->table_cap;
    while (cap < 2 * n)
        cap *= 2;
    if (cap != s->table_cap && !table_grow_to(s, cap))
        s->oom = true;
}

void sem_free(Semantic *s)
{
    vec_free(&s->scopes);
    vec_free(&s->bindings);
    vec_free(&s->entries);
    vec_free(&s->branches);
    vec_free(&s->refs);
    vec_free(&s->unresolved);
    free(s->table);
    s->table = NULL;
    free(s->bound);
    s->bound = NULL;
    free(s->bound_in_def);
    s->bound_in_def = NULL;
}

ScopeId sem_push_scope(Semantic *s, ScopeKind kind, const Node *node)
{
    Scope sc = {.kind = kind, .parent = s->scope, .node = node, .first_entry = SEM_NONE};
    if (!vec_push(&s->scopes, sc)) {
        s->oom = true;
        return s->scope;
    }
    s->scope = s->scopes.len - 1;
    return s->scope;
}

void sem_pop_scope(Semantic *s)
{
    if (s->scope != SEM_NONE && s->scopes.data[s->scope].parent != SEM_NONE)
        s->scope = s->scopes.data[s->scope].parent;
}

BranchId sem_push_branch(Semantic *s)
{
    BranchId prev = s->branch;
    Branch b = {.parent = prev};
    if (!vec_push(&s->branches, b)) {
        s->oom = true;
        return prev;
    }
    s->branch = s->branches.len - 1;
    return prev;
}

bool sem_same_branch(const Semantic *s, BranchId a, BranchId b)
{
    /* Ruff compares the whole branch paths: equal paths only. */
    while (a != SEM_NONE && b != SEM_NONE) {
        if (a != b)
            return false;
        a = s->branches.data[a].parent;
        b = s->branches.data[b].parent;
    }
    return a == b;
}

static inline __attribute__((always_inline)) uint32_t table_find(const Semantic *s, ScopeId scope, Str name, uint32_t h)
{
    uint32_t mask = s->table_cap - 1, j = h & mask;
    for (;;) {
        uint32_t e = s->table[j];
        if (!e)
            return j | 0x80000000u;
        const ScopeEntry *en = &s->entries.data[e - 1];
        if (en->hash == h && en->scope == scope && en->name.len == name.len &&
            (en->name.ptr == name.ptr || same_bytes(en->name.ptr, name.ptr, name.len)))
            return e - 1;
        j = (j + 1) & mask;
    }
}

/* The scope's bloom bit for a name hash. */
static inline uint64_t bloom_bit(uint32_t nh)
{
    return 1ull << (nh >> 26);
}

/* sem_scope_get with the name's hash (str_hash) already known. */
static inline __attribute__((always_inline)) BindingId scope_get_h(const Semantic *s, ScopeId scope, Str name, uint32_t nh)
{
    if (!s->table || !(s->scopes.data[scope].bloom & bloom_bit(nh)))
        return SEM_NONE;
    uint32_t r = table_find(s, scope, name, scoped_hash(scope, nh));
    return r & 0x80000000u ? SEM_NONE : s->entries.data[r].binding;
}

BindingId sem_scope_get(const Semantic *s, ScopeId scope, Str name)
{
    return scope_get_h(s, scope, name, str_hash(name));
}

static void scope_set_h(Semantic *s, ScopeId scope, Str name, BindingId b, uint32_t nh);

void sem_scope_set(Semantic *s, ScopeId scope, Str name, BindingId b)
{
    scope_set_h(s, scope, name, b, str_hash(name));
}

static void entry_put(Semantic *s, ScopeId scope, Str name, BindingId b, uint32_t nh, uint32_t h, uint32_t r);

static void scope_set_h(Semantic *s, ScopeId scope, Str name, BindingId b, uint32_t nh)
{
    if (!s->table)
        return;
    uint32_t h = scoped_hash(scope, nh);
    entry_put(s, scope, name, b, nh, h, table_find(s, scope, name, h));
}

/* Make b the binding of (scope, name): nh is the name's hash, h their table hash, r what
 * table_find answered. */
static void entry_put(Semantic *s, ScopeId scope, Str name, BindingId b, uint32_t nh, uint32_t h, uint32_t r)
{
    s->scopes.data[scope].kinds |= 1u << s->bindings.data[b].kind;
    if (!(r & 0x80000000u)) {
        ScopeEntry *en = &s->entries.data[r];
        s->bindings.data[b].shadowed = en->binding;
        en->binding = b;
        return;
    }
    if ((s->entries.len + 1) * 2 > s->table_cap) {
        if (!table_grow(s)) {
            s->oom = true;
            return;
        }
        r = table_find(s, scope, name, h);
    }
    Scope *sc = &s->scopes.data[scope];
    ScopeEntry en = {.name = name, .hash = h, .scope = scope, .binding = b, .next_in_scope = sc->first_entry};
    if (!vec_push(&s->entries, en)) {
        s->oom = true;
        return;
    }
    s->table[r & 0x7fffffffu] = s->entries.len;
    sc->first_entry = s->entries.len - 1;
    sc->nentries++;
    sc->bloom |= bloom_bit(nh);
}

BindingId sem_new_binding(Semantic *s, BindingKind kind, Str name, uint32_t start, uint32_t end, uint16_t flags)
{
    Binding b = {
        .name = name, .kind = (uint8_t)kind, .flags = flags, .scope = s->scope, .start = start, .end = end,
        .stmt = s->stmt, .branch = s->branch, .shadowed = SEM_NONE, .target = SEM_NONE,
        .outer = SEM_NONE, .first_ref = SEM_NONE,
        .exceptions = s->exceptions,
    };
    if (s->flags & SF_TYPE_CHECKING)
        b.flags |= BF_TYPING_ONLY;
    if (name.len && name.ptr[0] == '_')
        b.flags |= BF_PRIVATE;
    if (!vec_push(&s->bindings, b)) {
        s->oom = true;
        return SEM_NONE;
    }
    return s->bindings.len - 1;
}

BindingId sem_add_binding(Semantic *s, BindingKind kind, Str name, uint32_t start, uint32_t end, uint16_t flags)
{
    ScopeId scope = s->scope;
    if (kind == BK_NAMED_EXPR) {
        /* PEP 572: a walrus in a comprehension binds in the enclosing non-comprehension scope. */
        while (s->scopes.data[scope].kind == SCOPE_GENERATOR && s->scopes.data[scope].parent != SEM_NONE)
            scope = s->scopes.data[scope].parent;
    }
    BindingId id = sem_new_binding(s, kind, name, start, end, flags);
    if (id == SEM_NONE)
        return id;
    s->bindings.data[id].scope = scope;
    /* One probe finds the current binding and, when there is none, the slot for this one. */
    uint32_t nh = str_hash(name), h = scoped_hash(scope, nh);
    uint32_t r = s->table ? table_find(s, scope, name, h) : 0x80000000u;
    BindingId prev = r & 0x80000000u ? SEM_NONE : s->entries.data[r].binding;
    if (prev != SEM_NONE) {
        Binding *old = &s->bindings.data[prev];
        if (kind == BK_ANNOTATION) /* `x = 1; x: int`: the annotation does not rebind */
            return id;
        Binding *b = &s->bindings.data[id];
        if (old->kind != BK_BUILTIN && old->kind != BK_DELETION && old->kind != BK_UNBOUND_EXCEPTION) {
            b->nrefs = old->nrefs;
            b->flags |= old->flags & (BF_GLOBAL | BF_NONLOCAL);
        }
    }
    else {
        /* A first binding in this scope shadows the one an enclosing scope has (class scopes
         * are not visible from nested scopes). */
        for (ScopeId up = s->scopes.data[scope].parent; up != SEM_NONE; up = s->scopes.data[up].parent) {
            if (s->scopes.data[up].kind == SCOPE_CLASS)
                continue;
            BindingId o = scope_get_h(s, up, name, nh);
            if (o != SEM_NONE) {
                if (s->bindings.data[o].kind != BK_BUILTIN)
                    s->bindings.data[id].outer = o;
                break;
            }
        }
    }
    if (s->table)
        entry_put(s, scope, name, id, nh, h, r);
    return id;
}

static inline __attribute__((always_inline)) void add_ref(Semantic *s, BindingId b, uint32_t start, uint32_t end)
{
    Binding *bd = &s->bindings.data[b];
    bd->nrefs++;
    Reference r = {.scope = s->scope, .start = start, .end = end, .next = bd->first_ref};
    if (!vec_push(&s->refs, r)) {
        s->oom = true;
        return;
    }
    bd->first_ref = s->refs.len - 1;
}

static void add_unresolved(Semantic *s, Str name, uint32_t start, uint32_t end, bool star, bool unbound)
{
    Unresolved u = {.start = start, .end = end, .name = name, .exceptions = s->exceptions, .star = star, .unbound_local = unbound};
    if (!vec_push(&s->unresolved, u))
        s->oom = true;
}

BindingId sem_aliased_submodule(Semantic *s, Str name, ScopeId scope, BindingId b)
{
    Str q = s->bindings.data[b].qualified;
    const char *dot = q.ptr ? memrchr(q.ptr, '.', q.len) : NULL;
    Str last = dot ? (Str){dot + 1, q.len - (size_t)(dot + 1 - q.ptr)} : q;
    if (!q.ptr || str_eq(last, name))
        return SEM_NONE;
    BindingId sub = sem_scope_get(s, scope, last);
    if (sub == SEM_NONE || s->bindings.data[sub].kind != BK_SUBMODULE_IMPORT)
        return SEM_NONE;
    Str sq = s->bindings.data[sub].qualified;
    const char *d1 = memchr(q.ptr, '.', q.len), *d2 = memchr(sq.ptr, '.', sq.len);
    size_t l1 = d1 ? (size_t)(d1 - q.ptr) : q.len, l2 = d2 ? (size_t)(d2 - sq.ptr) : sq.len;
    return l1 == l2 && !memcmp(q.ptr, sq.ptr, l1) ? sub : SEM_NONE;
}

/* `import pyarrow as pa` used marks `import pyarrow.csv` used too (the alias reaches it). */
static void resolve_submodule(Semantic *s, Str name, ScopeId scope, BindingId b, uint32_t start, uint32_t end)
{
    BindingId sub = sem_aliased_submodule(s, name, scope, b);
    if (sub != SEM_NONE)
        add_ref(s, sub, start, end);
}

static inline __attribute__((always_inline)) BindingId global_h(Semantic *s, Str name, uint32_t nh);

BindingId sem_global(Semantic *s, Str name)
{
    return global_h(s, name, str_hash(name));
}

static BindingId global_builtin(Semantic *s, Str name, uint32_t nh);

/* sem_global with the name's hash known. */
static inline __attribute__((always_inline)) BindingId global_h(Semantic *s, Str name, uint32_t nh)
{
    BindingId b = scope_get_h(s, 0, name, nh);
    return b != SEM_NONE ? b : global_builtin(s, name, nh);
}

/* A name the module scope does not bind: its builtin binding, created on first use, or SEM_NONE. */
static __attribute__((noinline)) BindingId global_builtin(Semantic *s, Str name, uint32_t nh)
{
    bool builtin = builtin_exists(name, s->minor);
    for (const char *const *e = s->extra_builtins; !builtin && e && *e; e++)
        builtin = str_eq_c(name, *e);
    if (!builtin)
        return SEM_NONE;
    ScopeId saved_scope = s->scope;
    BranchId saved_branch = s->branch;
    const Node *saved_stmt = s->stmt;
    uint32_t saved_flags = s->flags;
    s->scope = 0;
    s->branch = SEM_NONE;
    s->stmt = NULL;
    s->flags = 0;
    BindingId b = sem_new_binding(s, BK_BUILTIN, name, 0, 0, 0);
    if (b != SEM_NONE) {
        s->bindings.data[b].flags &= (uint16_t)~BF_PRIVATE;
        scope_set_h(s, 0, name, b, nh);
    }
    s->scope = saved_scope;
    s->branch = saved_branch;
    s->stmt = saved_stmt;
    s->flags = saved_flags;
    return b;
}

/* The binding kinds a load resolves to as they are (sem_resolve_load's switch has no case for them). */
#define PLAIN_KINDS                                                                                      \
    ((1u << BK_ARGUMENT) | (1u << BK_NAMED_EXPR) | (1u << BK_TYPE_PARAM) | (1u << BK_ASSIGNMENT)         \
     | (1u << BK_LOOP_VAR) | (1u << BK_WITH_ITEM) | (1u << BK_BUILTIN) | (1u << BK_CLASS)                 \
     | (1u << BK_FUNCTION) | (1u << BK_EXPORT) | (1u << BK_FUTURE_IMPORT) | (1u << BK_FROM_IMPORT)        \
     | (1u << BK_SUBMODULE_IMPORT) | (1u << BK_BOUND_EXCEPTION))

/* What sem_resolve_load's first step leaves to the walk over the scopes. */
typedef struct Walk {
    ScopeId first;       /* the scope to look in next */
    uint32_t index;      /* its distance from the current scope */
    bool seen_function, star, class_visible;
} Walk;

static BindingId resolve_walk(Semantic *s, Str name, uint32_t nh, uint32_t start, uint32_t end, Walk w);

BindingId sem_resolve_load(Semantic *s, Str name, uint32_t start, uint32_t end)
{
    uint32_t nh = str_hash(name);
    /* Most loads find a plain binding in the current scope (when it is not a class's, whose
     * special names the walk handles): the walk's first step, without its state. */
    Walk w = {.first = s->scope, .class_visible = true};
    if (w.first != SEM_NONE && s->scopes.data[w.first].kind != SCOPE_CLASS) {
        const Scope *sc = &s->scopes.data[w.first];
        BindingId b = w.first == 0 ? global_h(s, name, nh) : scope_get_h(s, w.first, name, nh);
        if (b != SEM_NONE && (PLAIN_KINDS >> s->bindings.data[b].kind & 1)) {
            add_ref(s, b, start, end);
            return b;
        }
        if (b == SEM_NONE) { /* the walk's first step, done: go on with the enclosing scope */
            w.class_visible = sc->kind == SCOPE_TYPE;
            w.seen_function = sc->kind == SCOPE_FUNCTION;
            w.star = sc->has_star_import;
            w.first = sc->parent;
            w.index = 1;
        }
    }
    return resolve_walk(s, name, nh, start, end, w);
}

/* Resolve a load in Python's order from the scope w.first on. */
static __attribute__((noinline)) BindingId resolve_walk(Semantic *s, Str name, uint32_t nh, uint32_t start, uint32_t end, Walk w)
{
    bool seen_function = w.seen_function, star = w.star, class_visible = w.class_visible;
    uint32_t index = w.index;
    ScopeId first = w.first;
    for (ScopeId id = first; id != SEM_NONE; id = s->scopes.data[id].parent, index++) {
        const Scope *sc = &s->scopes.data[id];
        if (sc->kind == SCOPE_CLASS) {
            if (seen_function && str_eq_c(name, "__class__"))
                return SEM_NONE;
            if (!class_visible)
                continue;
        }
        class_visible = sc->kind == SCOPE_TYPE && index == 0;
        BindingId b = id == 0 ? global_h(s, name, nh) : scope_get_h(s, id, name, nh);
        if (b != SEM_NONE) {
            add_ref(s, b, start, end);
            Binding *bd = &s->bindings.data[b];
            switch (bd->kind) {
            case BK_ANNOTATION:
                if (s->scopes.data[bd->scope].kind == SCOPE_FUNCTION) {
                    /* `x: int; print(x)` in a function: unbound, whatever a star import says */
                    add_unresolved(s, name, start, end, false, index == 0);
                    return SEM_NONE;
                }
                break; /* keep looking outwards */
            case BK_DELETION:
                add_unresolved(s, name, start, end, false, true);
                return SEM_NONE;
            case BK_UNBOUND_EXCEPTION:
                if (bd->target == SEM_NONE) {
                    add_unresolved(s, name, start, end, false, true);
                    return SEM_NONE;
                }
                add_ref(s, bd->target, start, end);
                return bd->target;
            case BK_CONDITIONAL_DELETION:
            case BK_GLOBAL:
            case BK_NONLOCAL:
                if (bd->target != SEM_NONE) {
                    add_ref(s, bd->target, start, end);
                    return bd->target;
                }
                return b;
            case BK_IMPORT:
                resolve_submodule(s, name, id, b, start, end);
                return b;
            default:
                return b;
            }
        }
        if (index == 0 && sc->kind == SCOPE_CLASS && (str_eq_c(name, "__module__") || str_eq_c(name, "__qualname__")))
            return SEM_NONE;
        seen_function |= sc->kind == SCOPE_FUNCTION;
        star |= sc->has_star_import;
    }
    add_unresolved(s, name, start, end, star, false);
    return SEM_NONE;
}

void sem_resolve_del(Semantic *s, Str name, uint32_t start, uint32_t end)
{
    BindingId b = s->scope == 0 ? sem_global(s, name) : sem_scope_get(s, s->scope, name);
    if (b == SEM_NONE || s->bindings.data[b].kind == BK_DELETION || s->bindings.data[b].kind == BK_UNBOUND_EXCEPTION
        || s->bindings.data[b].kind == BK_ANNOTATION) {
        add_unresolved(s, name, start, end, false, false); /* never a star-import maybe (F821) */
        return;
    }
    add_ref(s, b, start, end);
}

BindingId sem_lookup(Semantic *s, Str name)
{
    bool class_visible = true;
    uint32_t index = 0, nh = str_hash(name);
    if (s->absent) { /* with no binding anywhere, every scope misses up to the builtins */
        if (!sem_bound_anywhere(s, name))
            return global_h(s, name, nh);
        if (s->light_fn && sem_bound_before(s->light_fn, name, s->light_at))
            return SEM_NONE; /* the function's own binding: no builtin */
        s->needed = true;
        return SEM_NONE;
    }
    for (ScopeId id = s->scope; id != SEM_NONE; id = s->scopes.data[id].parent, index++) {
        const Scope *sc = &s->scopes.data[id];
        if (sc->kind == SCOPE_CLASS && !class_visible)
            continue;
        class_visible = sc->kind == SCOPE_TYPE && index == 0;
        BindingId b = id == 0 ? global_h(s, name, nh) : scope_get_h(s, id, name, nh);
        if (b != SEM_NONE) {
            const Binding *bd = &s->bindings.data[b];
            if (bd->kind == BK_ANNOTATION)
                continue;
            if ((bd->kind == BK_GLOBAL || bd->kind == BK_NONLOCAL || bd->kind == BK_UNBOUND_EXCEPTION) && bd->target != SEM_NONE)
                return bd->target;
            return b;
        }
    }
    return SEM_NONE;
}
