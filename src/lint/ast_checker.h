/* ast_checker.h: the AST checker's state (the semantic model being built, deferred work, the
 * statement stack) shared by the visitor (visit_*.c), the rule dispatch (analyze_*.c) and the
 * rules that need the model. */
#ifndef SNIPE_AST_CHECKER_H
#define SNIPE_AST_CHECKER_H

#include "lint/checker.h"
#include "semantic/semantic.h"

typedef enum DeferredKind {
    DEF_FUNCTION,     /* a function body */
    DEF_LAMBDA,       /* a lambda body */
    DEF_TYPE_DEF,     /* an annotation evaluated later (future annotations, type params) */
    DEF_STRING_TYPE,  /* a string annotation to parse */
} DeferredKind;

/* What the checker restores to visit something later: the node and its context. */
typedef struct Deferred {
    uint8_t kind;          /* DeferredKind */
    uint8_t exceptions;
    uint32_t flags;        /* SF_* */
    ScopeId scope;
    BranchId branch;
    const Node *node;
    const Node *stmt;
    uint32_t depth;        /* statement stack depth to restore (the stack is kept per item) */
    const Node **stmts;    /* the enclosing statements, outermost first (arena copy) */
} Deferred;

/* A load of an import binding that shadows others, with the attribute path it starts (`a.b.f`
 * for `a` in `a.b.f()`): Ruff's preview matches it with the closest of those imports (F401). */
typedef struct ImportRef {
    BindingId binding;
    uint32_t nsegs;
    const Str *segs;
} ImportRef;

typedef struct AstChecker {
    Checker *ck;
    Semantic sem;
    Vec(Deferred) deferred;
    Vec(const Node *) stmts;    /* enclosing statements, outermost first; the last is current */
    Vec(ScopeId) dead_scopes;   /* scopes whose end-of-scope rules run at the end */
    Vec(const Node *) exprs;    /* enclosing expressions, kept only when track_exprs (preview F401) */
    bool track_exprs;
    bool seen_docstring_boundary;
    bool seen_futures_boundary;
    bool in_string_annotation;  /* visiting a parsed string annotation: ranges are not the file's */
    uint32_t string_start, string_end; /* the string literal being visited, then */
    bool annotation_in_place;   /* visiting a plain string annotation: its nodes' ranges are its
                                 * text in the file (pycodestyle's comparison rules run there) */
    int minor;                  /* target Python minor version */
    bool is_stub;               /* the file is a .pyi stub */
    struct NoqaFile *noqa;      /* the file's `# noqa` comments, built when a rule asks (F401) */
    bool noqa_built;
    bool pcs;                   /* a pycodestyle tree rule is enabled */
    bool expr_rules[AST__COUNT]; /* analyze_expr has rules for the kind (analyze_expr.c lists them) */
    Vec(ImportRef) import_refs; /* preview F401 only */
} AstChecker;

/* The visitor (visit_stmt.c, visit_expr.c). */
void visit_body(AstChecker *ac, const NodeList *body);
void visit_stmt(AstChecker *ac, const Node *n);
void visit_expr(AstChecker *ac, const Node *n);
void visit_type_definition(AstChecker *ac, const Node *n);
void visit_annotation(AstChecker *ac, const Node *n);
void visit_deferred(AstChecker *ac);
void visit_arguments_bind(AstChecker *ac, const Node *args);
/* The walk without a semantic model, when only pycodestyle tree rules are enabled (visit_light.c):
 * false when a rule asked for the model (nothing it reported is to be kept then). */
bool visit_light(AstChecker *ac, const Node *module);

/* Rule dispatch, called by the visitor after a node's children (analyze_*.c). */
void analyze_stmt(AstChecker *ac, const Node *n);
void analyze_expr(AstChecker *ac, const Node *n);
void analyze_except_handler(AstChecker *ac, const Node *handler, BindingId bound);
void analyze_scopes(AstChecker *ac);
void analyze_unresolved(AstChecker *ac);
void analyze_bindings(AstChecker *ac);
void analyze_exports(AstChecker *ac);

/* The statement enclosing the current one (NULL at the top). */
static inline const Node *ac_parent_stmt(const AstChecker *ac, uint32_t up)
{
    return ac->stmts.len > up + 1 ? ac->stmts.data[ac->stmts.len - 2 - up] : NULL;
}

/* Identifier ranges the AST does not store (identifier.c): the first NAME token spelled `name`
 * in [from, to); false when there is none. */
bool ac_find_name(const AstChecker *ac, uint32_t from, uint32_t to, Str name, uint32_t *start, uint32_t *end);
/* The first token at or after `offset` (index into ck->parse->tokens). */
uint32_t ac_token_at(const AstChecker *ac, uint32_t offset);

#endif
