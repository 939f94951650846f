/* ast.h: the typed AST (expanded from ast.def and ast_ops.def): node kinds, node structs, constants. */
#ifndef SNIPE_SYNTAX_AST_H
#define SNIPE_SYNTAX_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"
#include "util/str.h"

typedef enum AstKind {
#define NODE(K, cat, pos) AST_##K,
#define FIELD(K, name, type)
#define END(K)
#include "syntax/ast.def"
#undef NODE
#undef FIELD
#undef END
    AST__COUNT
} AstKind;

/* Operators and expression contexts (one enum for every group; the group is in ast_ops.def). */
typedef enum AstOp {
#define OP(group, name) OP_##name,
#include "syntax/ast_ops.def"
#undef OP
    OP__COUNT
} AstOp;

typedef enum AstCategory { CAT_MOD, CAT_STMT, CAT_EXPR, CAT_PATTERN, CAT_TYPE_PARAM, CAT_OTHER } AstCategory;

typedef enum ConstKind {
    CONST_NONE,
    CONST_TRUE,
    CONST_FALSE,
    CONST_ELLIPSIS,
    CONST_INT,     /* str: the literal as written (prefix, underscores); see py_int_to_decimal */
    CONST_FLOAT,   /* num */
    CONST_COMPLEX, /* num: the imaginary part (the real part is 0) */
    CONST_STR,     /* str/len: decoded text, UTF-8 (lone surrogates encoded as 3-byte sequences), not
                    * NUL-terminated (a plain literal points into the source) */
    CONST_BYTES,   /* str/len: decoded bytes */
} ConstKind;

typedef struct ConstValue {
    uint8_t kind; /* ConstKind */
    uint32_t len;
    const char *str;
    double num;
} ConstValue;

typedef struct Node Node;
typedef struct NodeList {
    Node **items;
    uint32_t len;
} NodeList;
typedef struct IdentList {
    Str *items;
    uint32_t len;
} IdentList;
typedef struct CmpOpList {
    uint8_t *items; /* AstOp */
    uint32_t len;
} CmpOpList;

/* C types of the field types of ast.def */
typedef Node *AstF_NODE;
typedef Node *AstF_OPT;
typedef NodeList AstF_LIST;
typedef Str AstF_IDENT;
typedef Str AstF_OPT_IDENT;
typedef IdentList AstF_IDENTS;
typedef int32_t AstF_INT;
typedef uint8_t AstF_CTX;
typedef uint8_t AstF_BOOLOP;
typedef uint8_t AstF_OPERATOR;
typedef uint8_t AstF_UNARYOP;
typedef CmpOpList AstF_CMPOPS;
typedef ConstValue AstF_CONST;

typedef enum AstFieldType {
    FT_NODE, FT_OPT, FT_LIST, FT_IDENT, FT_OPT_IDENT, FT_IDENTS, FT_INT, FT_CTX, FT_BOOLOP, FT_OPERATOR,
    FT_UNARYOP, FT_CMPOPS, FT_CONST,
} AstFieldType;

#define NODE(K, cat, pos) typedef struct Ast##K {
#define FIELD(K, name, type) AstF_##type name;
#define END(K) char end_; } Ast##K;
#include "syntax/ast.def"
#undef NODE
#undef FIELD
#undef END

/* Node flags */
enum {
    NF_PARENS = 1 << 0, /* the expression was written in parentheses */
    NF_ERROR = 1 << 1,  /* stands for something missing or invalid (a syntax error was recorded) */
};

struct Node {
    uint16_t kind;        /* AstKind */
    uint16_t flags;       /* NF_* */
    uint32_t start, end;  /* byte range in the source, end exclusive */
    union {
#define NODE(K, cat, pos) Ast##K K;
#define FIELD(K, name, type)
#define END(K)
#include "syntax/ast.def"
#undef NODE
#undef FIELD
#undef END
    } as;
};

typedef struct AstField {
    const char *name;
    uint8_t type;     /* AstFieldType */
    uint16_t offset;  /* from the start of the Node */
} AstField;

typedef struct AstKindInfo {
    const char *name;
    uint8_t category; /* AstCategory */
    uint8_t has_pos;  /* has lineno / col_offset / end_lineno / end_col_offset */
    uint8_t nfields;
    const AstField *fields;
    uint32_t size;    /* bytes to allocate for a node of this kind */
    const uint16_t *children; /* offsets of the NODE / OPT / LIST fields, LIST ones | AST_CHILD_LIST; ends in 0 */
} AstKindInfo;
#define AST_CHILD_LIST 0x8000

extern const AstKindInfo ast_kind_info[AST__COUNT];
/* Name of an operator or context ("Add", "Load", ...). */
const char *ast_op_name(AstOp op);

/* A zeroed node of kind k over [start, end) in the arena; NULL on exhaustion. */
Node *ast_new(Arena *a, AstKind k, uint32_t start, uint32_t end);

/* The value of a CONST_INT constant when it fits in int64_t (underscores and 0x / 0o / 0b prefixes
 * understood); false for other kinds or when it does not fit. */
bool ast_const_int64(const ConstValue *v, int64_t *out);

/* Call fn(ctx, child) for every child node of n (NODE, OPT and LIST fields, in field order,
 * skipping NULLs), as the field tables of ast.def describe them. Not recursive. */
void ast_children(const Node *n, void (*fn)(void *ctx, Node *child), void *ctx);

#endif
