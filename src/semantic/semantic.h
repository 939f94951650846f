/* semantic.h: the semantic model of one module: scopes, bindings, references and the context of
 * the node being visited, as the AST checker builds it while it walks the tree. Ids are indexes
 * (ScopeId, BindingId), never pointers, so that the tables may grow. Rules query it. */
#ifndef SNIPE_SEMANTIC_H
#define SNIPE_SEMANTIC_H

#include <stdbool.h>
#include <stdint.h>

#include "syntax/ast.h"
#include "util/arena.h"
#include "util/str.h"
#include "util/vec.h"


typedef uint32_t ScopeId;
typedef uint32_t BindingId;
typedef uint32_t BranchId;
#define SEM_NONE UINT32_MAX /* "no scope / binding / branch" */

typedef enum ScopeKind {
    SCOPE_MODULE,
    SCOPE_CLASS,
    SCOPE_FUNCTION,
    SCOPE_LAMBDA,
    SCOPE_GENERATOR, /* comprehensions and generator expressions */
    SCOPE_TYPE,      /* PEP 695 type parameters */
} ScopeKind;

typedef enum BindingKind {
    BK_ANNOTATION,        /* `x: int` without a value */
    BK_ARGUMENT,
    BK_NAMED_EXPR,        /* walrus target */
    BK_TYPE_PARAM,
    BK_ASSIGNMENT,        /* `x = ...`, `x += ...`, `x: T = ...`, match captures */
    BK_LOOP_VAR,
    BK_WITH_ITEM,
    BK_GLOBAL,            /* `global x` in a function; `target` is the module binding if any */
    BK_NONLOCAL,          /* `nonlocal x`; `target` is the enclosing binding */
    BK_BUILTIN,
    BK_CLASS,
    BK_FUNCTION,
    BK_EXPORT,            /* `__all__ = [...]` at module level */
    BK_FUTURE_IMPORT,
    BK_IMPORT,            /* `import a` / `import a.b as c` */
    BK_FROM_IMPORT,       /* `from a import b [as c]` */
    BK_SUBMODULE_IMPORT,  /* `import a.b` (binds `a`) */
    BK_DELETION,
    BK_CONDITIONAL_DELETION, /* `target`: the binding deleted under a condition */
    BK_BOUND_EXCEPTION,   /* `except E as e` inside the handler */
    BK_UNBOUND_EXCEPTION, /* after the handler; `target`: the binding it shadowed, if any */
} BindingKind;

enum {
    BF_GLOBAL = 1 << 0,          /* declared `global` in its scope */
    BF_NONLOCAL = 1 << 1,
    BF_EXPLICIT_EXPORT = 1 << 2, /* `import a as a` / `from m import a as a` */
    BF_UNPACKED = 1 << 3,        /* target of an unpacking assignment (`a, b = t`) */
    BF_IN_EXCEPT_HANDLER = 1 << 4,
    BF_TYPING_ONLY = 1 << 5,     /* under `if TYPE_CHECKING:` */
    BF_ANNOTATED = 1 << 6,
    BF_PRIVATE = 1 << 7,
    BF_USED_BY_ALL = 1 << 8,     /* named in `__all__` */
};

/* Which exceptions the enclosing `try` statements handle (for F401's hint and F821). */
enum { EXC_NAME_ERROR = 1, EXC_MODULE_NOT_FOUND = 2, EXC_IMPORT_ERROR = 4 };

typedef struct Binding {
    Str name;
    uint8_t kind;          /* BindingKind */
    uint8_t exceptions;    /* EXC_* handled where it was bound */
    uint16_t flags;        /* BF_* */
    ScopeId scope;
    uint32_t start, end;   /* the binding's name (or alias) in the source */
    const Node *stmt;      /* the statement that binds it (NULL for builtins) */
    const Node *node;      /* the alias / except handler / target node, when useful */
    BranchId branch;       /* branch of `stmt` */
    uint32_t nrefs;        /* references (copied from the binding it shadows) */
    BindingId shadowed;    /* the binding of the same name it replaced in its scope */
    BindingId outer;       /* the binding of an enclosing scope it shadows, if any */
    uint32_t first_ref;    /* its own references (index in Semantic.refs), SEM_NONE ends */
    BindingId target;      /* BK_GLOBAL / BK_NONLOCAL / BK_UNBOUND_EXCEPTION / conditional deletion */
    Str qualified;         /* imports: "a.b" (module path, or module + "." + member) */
    const Str *exports;    /* BK_EXPORT: the names, and their string ranges */
    const uint32_t *export_ranges; /* 2 per name: start, end */
    uint32_t nexports;
} Binding;

typedef struct StarImport {
    Str module;            /* may be empty (`from . import *`) */
    int32_t level;
} StarImport;

typedef struct Scope {
    uint8_t kind;          /* ScopeKind */
    bool uses_locals;      /* a call to `locals()` in the scope */
    bool has_star_import;
    ScopeId parent;
    const Node *node;      /* the function / class / lambda / comprehension; NULL for the module */
    uint32_t first_entry;  /* name entries of the scope, newest first (SEM_NONE ends) */
    uint32_t nentries;
    uint64_t bloom;        /* bit (name hash >> 58) of each name it binds: most misses need no probe */
    uint32_t kinds;        /* 1 << BindingKind of every binding it ever held: rules skip scopes */
} Scope;

/* One name of a scope, with its current binding. */
typedef struct ScopeEntry {
    Str name;
    uint32_t hash;
    ScopeId scope;
    BindingId binding;
    uint32_t next_in_scope;
} ScopeEntry;

typedef struct Branch {
    BranchId parent;
} Branch;

/* One resolved load of a binding. */
typedef struct Reference {
    ScopeId scope;
    uint32_t start, end;
    uint32_t next;         /* the binding's next reference, SEM_NONE ends */
} Reference;

/* A load that found no binding (checked at the end: F821 / F405). */
typedef struct Unresolved {
    uint32_t start, end;
    Str name;
    uint8_t exceptions;
    bool star;             /* a star import could have defined it */
    bool unbound_local;    /* found a deletion / unbound exception */
} Unresolved;

/* Context flags of the node being visited. */
enum {
    SF_ANNOTATION = 1 << 0,        /* inside a type annotation */
    SF_STRING_TYPE_DEF = 1 << 1,   /* inside a parsed string annotation */
    SF_TYPE_CHECKING = 1 << 2,     /* under `if TYPE_CHECKING:` */
    SF_FUTURE_ANNOTATIONS = 1 << 3,
    SF_LITERAL = 1 << 4,           /* inside `Literal[...]`: strings are not annotations */
    SF_TYPE_DEFINITION = 1 << 5,   /* a type expression (strings in it are forward references) */
    SF_F_STRING = 1 << 6,
    SF_DUNDER_ALL_DEF = 1 << 7,
    SF_TYPE_ALIAS_VALUE = 1 << 8,
    SF_ASSERT = 1 << 9,
    SF_DEFERRED_TYPE = 1 << 10,    /* visiting a deferred type definition */
    SF_NAMED_EXPR_TARGET = 1 << 11,
};

typedef struct Semantic {
    Arena *arena;
    Vec(Scope) scopes;
    Vec(Binding) bindings;
    Vec(ScopeEntry) entries;
    uint32_t *table;       /* open addressing over entries: index + 1, 0 empty */
    uint32_t table_cap;    /* power of two */
    Vec(Branch) branches;
    Vec(Reference) refs;
    Vec(Unresolved) unresolved;
    ScopeId scope;         /* current scope */
    BranchId branch;       /* current branch */
    uint32_t flags;        /* SF_* */
    uint8_t exceptions;    /* EXC_* handled by the enclosing try bodies */
    const Node *stmt;      /* current statement */
    const char *const *typing_modules; /* `lint.typing-modules` (NULL-terminated, may be NULL) */
    const char *const *extra_builtins; /* `lint.builtins` (NULL-terminated, may be NULL) */
    int minor;                         /* target version: which builtins exist */
    bool oom;
    /* The model without bindings (pycodestyle's rules alone): a lookup answers only for names
     * the module binds nowhere (builtins or nothing); for the others it sets `needed`. */
    bool absent;
    bool needed;
    const Node *module;    /* the module, for `bound` */
    Str *bound;            /* every name the module scope may bind (open addressing), built on demand */
    uint32_t bound_cap;
    const Node *bound_def; /* the outermost function or lambda around the lookups, or NULL */
    const Node *bound_def_for; /* the definition bound_in_def was built for */
    Str *bound_in_def;     /* every name bound anywhere in bound_def_for */
    uint32_t bound_in_def_cap;
    const Node *light_fn;  /* the function whose body directly holds the lookups, or NULL */
    uint32_t light_at;     /* where the expression holding the lookups starts */
} Semantic;

/* Initialise an empty model in `arena` with the module scope (id 0) open. */
void sem_init(Semantic *s, Arena *arena);
void sem_free(Semantic *s);
/* Make room for the model of a module of src_len bytes (an estimate: the tables still grow). */
void sem_reserve(Semantic *s, uint32_t src_len);

ScopeId sem_push_scope(Semantic *s, ScopeKind kind, const Node *node);
void sem_pop_scope(Semantic *s);
static inline Scope *sem_scope(Semantic *s, ScopeId id) { return &s->scopes.data[id]; }
static inline Binding *sem_binding(Semantic *s, BindingId id) { return &s->bindings.data[id]; }
static inline Scope *sem_current_scope(Semantic *s) { return &s->scopes.data[s->scope]; }

/* Open a new branch (an `if` clause, a `try` part, a `case`) under the current one; returns the
 * previous branch to restore with sem_set_branch. */
BranchId sem_push_branch(Semantic *s);
static inline void sem_set_branch(Semantic *s, BranchId b) { s->branch = b; }
/* Whether two branches lie on one path (neither is in an alternative of the other). */
bool sem_same_branch(const Semantic *s, BranchId a, BranchId b);

/* The binding `name` has in scope `scope` itself, or SEM_NONE. */
BindingId sem_scope_get(const Semantic *s, ScopeId scope, Str name);
/* Make `b` the binding of `name` in `scope` (the previous one becomes b's `shadowed`). */
void sem_scope_set(Semantic *s, ScopeId scope, Str name, BindingId b);

/* A new binding, not yet in any scope. */
BindingId sem_new_binding(Semantic *s, BindingKind kind, Str name, uint32_t start, uint32_t end, uint16_t flags);
/* Bind `name` in the current scope (walrus targets: in the enclosing non-comprehension scope),
 * copying references and global / nonlocal flags from the binding it shadows, as Ruff does. */
BindingId sem_add_binding(Semantic *s, BindingKind kind, Str name, uint32_t start, uint32_t end, uint16_t flags);

/* Resolve a load of `name` at [start, end) from the current scope in Python's order, counting a
 * reference; records an Unresolved when nothing binds it. Returns the binding or SEM_NONE. */
/* For a load of `name` bound by the import `b` in `scope` (`import pyarrow as pa`): the
 * submodule import it also reaches (`import pyarrow.csv`), or SEM_NONE. */
BindingId sem_aliased_submodule(Semantic *s, Str name, ScopeId scope, BindingId b);
BindingId sem_resolve_load(Semantic *s, Str name, uint32_t start, uint32_t end);
/* A `del name`: counts a reference to the binding in the current scope or records an
 * unresolved name. */
void sem_resolve_del(Semantic *s, Str name, uint32_t start, uint32_t end);
/* Look `name` up from the current scope without counting a reference. */
BindingId sem_lookup(Semantic *s, Str name);
/* The module scope's binding of `name`, creating the builtin binding on first use (builtins are
 * bound lazily, as Ruff materializes them). SEM_NONE when neither. */
BindingId sem_global(Semantic *s, Str name);

/* The qualified name an expression refers to through imports and builtins ("typing.Literal",
 * "os.path.join", "print"), written into buf (size n); false when it names nothing importable. */
bool sem_qualified_name(Semantic *s, const Node *expr, char *buf, uint32_t n);
/* Whether expr refers to one of typing's / typing_extensions' `member` (or a typing module of
 * the settings). */
bool sem_match_typing(Semantic *s, const Node *expr, const char *member);
/* Whether expr is the builtin `name`, not shadowed. */
bool sem_is_builtin(Semantic *s, const Node *expr, const char *name);

/* Whether a qualified name is a generic whose subscript holds types (typing.c). */
bool sem_is_std_generic(const char *qualified, const char *const *typing_modules);

/* Whether `name` may be bound in a scope a lookup goes through: in the module scope (s->module
 * outside function bodies, and `global` declarations) or anywhere in s->bound_def (the outermost
 * function or lambda around the lookup). A conservative answer (bound.c); sets s->oom when memory
 * runs out (and answers true). */
bool sem_bound_anywhere(Semantic *s, Str name);

/* Whether the scope of function `fn` (a FunctionDef or AsyncFunctionDef) surely holds a binding
 * of `name` that the model has made by the time it reaches `at` in the body, with no annotation
 * alone (`name: T`) before it: a parameter, or a Name target in a statement of the function's own
 * scope that ends before `at` (bound.c). A lookup of `name` at `at` then finds no builtin. */
bool sem_bound_before(const Node *fn, Str name, uint32_t at);

/* Whether `name` is a builtin (or a module global every module has) in Python 3.`minor`. */
bool builtin_exists(Str name, int minor);

#endif
