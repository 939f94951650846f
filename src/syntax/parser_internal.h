/* parser_internal.h: the parser state and helpers shared by the statement, expression, pattern and string parsers. */
#ifndef SNIPE_SYNTAX_PARSER_INTERNAL_H
#define SNIPE_SYNTAX_PARSER_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "syntax/ast.h"
#include "syntax/parser.h"
#include "syntax/token.h"
#include "util/str.h"
#include "util/vec.h"

/* A piece of a string concatenation being parsed: literal text (in Parser.text) or an expression. */
typedef struct StrPart {
    Node *expr;           /* FormattedValue / Interpolation, or NULL for literal text */
    uint32_t start, end;  /* source range of the piece */
    uint32_t off, len;    /* literal text in Parser.text */
    bool u;               /* from a u-prefixed string (the merged Constant gets kind='u') */
} StrPart;

typedef struct Parser {
    Arena *a;
    const char *src;
    uint32_t len;
    const Token *t;     /* every token of the lexer, ending in ENDMARKER */
    const uint8_t *skip; /* skip[kind]: not significant to the grammar (COMMENT, NL, ERRORTOKEN, ...) */
    uint32_t n;         /* token count */
    const Token *pos;   /* the current token, a significant one */
    uint32_t prev_end;  /* end of the last consumed token */
    SyntaxErrors *errs;
    int depth;          /* recursion guard */
    int spec_depth;     /* format specs being parsed inside each other */
    bool oom;
    Node *sink;         /* written to instead of a real node when memory runs out */
    Vec(Node *) nodes;  /* scratch stacks for lists under construction */
    Vec(Str) idents;
    Vec(uint8_t) ops;
    Vec(StrPart) parts; /* string pieces under construction (a stack, like `nodes`) */
    Buf text;           /* decoded literal text of those pieces */
    Node *pending;      /* a primary parsed ahead by a fast path, taken by the next await_primary */
    uint32_t pending_start; /* where that primary's first token starts */
    char *pool;         /* zeroed space for small nodes and lists: pool[0, pool_left) */
    uint32_t pool_left;
    uint32_t pool_chunk; /* POOL_CHUNK, read from here so that zeroing a chunk calls glibc's memset
                          * (a vector loop below 2 KiB) instead of an inlined `rep stosq` */
} Parser;

/* ---- tokens ---- */
static inline const Token *cur(const Parser *p) { return p->pos; }
static inline TokKind kind(const Parser *p) { return (TokKind)p->pos->kind; }
/* The significant token `off` places after the current one (the ENDMARKER when past the end). */
static inline const Token *tok_at(const Parser *p, uint32_t off)
{
    const Token *t = p->pos;
    while (off-- && t->kind != TK_ENDMARKER) {
        do
            t++;
        while (p->skip[t->kind]);
    }
    return t;
}
static inline TokKind kind_at(const Parser *p, uint32_t off) { return (TokKind)tok_at(p, off)->kind; }
/* The significant token before the current one (the current one at the start). */
static inline const Token *tok_before(const Parser *p)
{
    const Token *t = p->pos;
    while (t > p->t && p->skip[(--t)->kind])
        ;
    return t;
}
static inline bool at(const Parser *p, TokKind k) { return p->pos->kind == k; }
static inline bool at_kw(const Parser *p, KwId k) { return p->pos->kind == TK_NAME && p->pos->kw == k; }
/* A NAME that is not a hard keyword. */
static inline bool at_name(const Parser *p) { return p->pos->kind == TK_NAME && p->pos->kw == 0; }
/* Whether t is the soft keyword `word` (a NAME that is no hard keyword, spelled so). */
static inline bool tok_is_soft(const Parser *p, const Token *t, const char *word)
{
    size_t n = strlen(word);
    return t->kind == TK_NAME && t->kw == 0 && t->end - t->start == n && memcmp(p->src + t->start, word, n) == 0;
}
static inline bool at_soft(const Parser *p, const char *w) { return tok_is_soft(p, cur(p), w); }
/* Step to the next significant token (never past the ENDMARKER). */
static inline void advance(Parser *p)
{
    const Token *t = p->pos;
    if (t->kind == TK_ENDMARKER)
        return;
    p->prev_end = t->end;
    do
        t++;
    while (p->skip[t->kind]);
    p->pos = t;
}
static inline bool accept(Parser *p, TokKind k)
{
    if (!at(p, k))
        return false;
    advance(p);
    return true;
}
bool accept_kw(Parser *p, KwId k);
/* The error of expect(): records "Expected `<text>`, found <token>", returns false. */
bool expect_failed(Parser *p, TokKind k);
/* Consume a token of kind k, or record "Expected `<text>`, found <token>" and return false. */
static inline bool expect(Parser *p, TokKind k) { return accept(p, k) || expect_failed(p, k); }
/* Consume keyword k, or record "Expected `<kw>`, found <token>" and return false. */
bool expect_kw(Parser *p, KwId k);
static inline Str tok_str(const Parser *p, const Token *t) { return (Str){p->src + t->start, t->end - t->start}; }

/* ---- errors ---- */
void perr(Parser *p, uint32_t start, uint32_t end, const char *msg);
void perrf(Parser *p, uint32_t start, uint32_t end, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* A generic error at the current token: "Expected a statement" (or "Unexpected indentation",
 * "unexpected EOF while parsing"). Messages follow Ruff's wording. */
void perr_here(Parser *p);
/* "Expected <what>" at the current token ("an expression", "an identifier", ...). */
void perr_expected(Parser *p, const char *what);
/* How Ruff names a token in "found ...": identifier, int, string, newline, `)`, `else`, ... */
const char *tok_describe(const Parser *p, const Token *t, char *buf, size_t cap);
/* Skip to the end of the logical line (just past its NEWLINE), for recovery. */
void skip_line(Parser *p);
/* The error of enter / enter_link: records it, returns false. */
bool enter_failed(Parser *p, bool link);
/* Enter / leave a recursion level; enter returns false (error recorded) past PARSE_MAX_DEPTH. */
static inline bool enter(Parser *p)
{
    if (p->depth + PARSE_LEVEL_COST > PARSE_MAX_DEPTH)
        return enter_failed(p, false);
    p->depth += PARSE_LEVEL_COST;
    return true;
}
static inline void leave(Parser *p) { p->depth -= PARSE_LEVEL_COST; }
/* One more link in a left-nested chain; false (error recorded once) when the budget is spent. */
static inline bool enter_link(Parser *p)
{
    if (p->depth + 1 > PARSE_MAX_DEPTH)
        return enter_failed(p, true);
    p->depth++;
    return true;
}

/* ---- nodes and lists ---- */
/* palloc when the pool is short: a new pool chunk, or the arena for a large request. */
void *palloc_slow(Parser *p, size_t n);
/* n zeroed bytes aligned to 8 that live as long as the arena; NULL when memory ran out. Small
 * requests are cut from a pool chunk, zeroed when it was taken (cheaper than one memset each). */
static inline void *palloc(Parser *p, size_t n)
{
    n = (n + 7) & ~(size_t)7;
    if (n <= p->pool_left) {
        void *r = p->pool;
        p->pool += n;
        p->pool_left -= (uint32_t)n;
        return r;
    }
    return palloc_slow(p, n);
}
/* mk when memory ran out: records it and returns the sink node. */
Node *mk_oom(Parser *p, AstKind k);
/* Bytes of a node of each kind, rounded up to 8 (as palloc would): known at compile time, so that
 * mk of a constant kind needs no table load. */
static const uint16_t node_size[AST__COUNT] = {
#define NODE(K, cat, pos) [AST_##K] = (uint16_t)((offsetof(Node, as) + sizeof(Ast##K) + 7) & ~(size_t)7),
#define FIELD(K, name, type)
#define END(K)
#include "syntax/ast.def"
#undef NODE
#undef FIELD
#undef END
};
/* A zeroed node of kind k over [start, end). */
static inline Node *mk(Parser *p, AstKind k, uint32_t start, uint32_t end)
{
    Node *n = palloc(p, node_size[k]); /* NULL once memory ran out (palloc_slow fails) */
    if (!n)
        return mk_oom(p, k);
    n->kind = (uint16_t)k;
    n->start = start;
    n->end = end;
    return n;
}
/* A placeholder expression for something missing: Name(id='') flagged NF_ERROR. */
Node *error_expr(Parser *p, uint32_t start, uint32_t end);
static inline uint32_t list_mark(const Parser *p) { return p->nodes.len; }
static inline void list_push(Parser *p, Node *n)
{
    if (!vec_push(&p->nodes, n))
        p->oom = true;
}
NodeList list_finish(Parser *p, uint32_t mark);
NodeList list_one(Parser *p, Node *n);
/* Copy [s, s+n) into the arena. */
Str str_dup(Parser *p, const char *s, size_t n);
/* name_str for a token that may hold non-ASCII text. */
Str name_str_scan(Parser *p, const Token *t);
/* Identifier text of a NAME token (NFKC-normalised when it is not ASCII). */
static inline Str name_str(Parser *p, const Token *t)
{
    if (t->kind == TK_NAME && !(t->flags & TF_NONASCII))
        return tok_str(p, t); /* the lexer saw only ASCII */
    return name_str_scan(p, t);
}
static inline Node *mk_name(Parser *p, const Token *t, AstOp ctx)
{
    Node *n = mk(p, AST_Name, t->start, t->end);
    n->as.Name.id = name_str(p, t);
    n->as.Name.ctx = (uint8_t)ctx;
    return n;
}

/* ---- grammar entry points across files ---- */
/* parse_expr.c */
Node *parse_expression(Parser *p);          /* expression: ternary / lambda */
Node *parse_named_expression(Parser *p);    /* NAME ':=' expression | expression */
/* At ':=' after the expression e that is no name: reports it, skips the ':=' and its value. */
void parse_bad_walrus(Parser *p, const Node *e);
/* named_expression where the current token is not a NAME followed by ':=' (a ':=' after the
 * expression is reported). */
static inline Node *parse_expression_no_walrus(Parser *p)
{
    Node *e = parse_expression(p);
    if (p->pos->kind == TK_COLONEQUAL)
        parse_bad_walrus(p, e);
    return e;
}
Node *parse_star_expressions_full(Parser *p); /* star_expression (',' ...)* [','] -> Tuple when a comma */
/* The rest of star_expressions after its first item `first` (which starts at `start`), at ','. */
Node *parse_star_expressions_tuple(Parser *p, uint32_t start, Node *first);
/* parse_star_expressions_full without a call for its most common shape, one expression. */
static inline Node *parse_star_expressions(Parser *p)
{
    if (p->pos->kind == TK_STAR)
        return parse_star_expressions_full(p);
    uint32_t start = p->pos->start;
    Node *first = parse_expression(p);
    return p->pos->kind == TK_COMMA ? parse_star_expressions_tuple(p, start, first) : first;
}
Node *parse_star_named_expression(Parser *p);
Node *parse_star_targets(Parser *p);        /* for / comprehension targets, Store context */
Node *parse_disjunction(Parser *p);
Node *parse_bitwise_or(Parser *p);
Node *parse_yield_expr(Parser *p);          /* at 'yield' */
Node *parse_atom_primary(Parser *p);        /* primary -> atom ('.' NAME | call | subscript)* */
Node *parse_number(Parser *p);              /* at NUMBER */
Node *parse_starred_expr(Parser *p);        /* at '*': Starred(bitwise_or) */
/* After an element of a list closed by `close`: true to parse another element (a ',' was consumed,
 * or, as Ruff recovers, "Expected `,`" was reported before something that starts an expression);
 * false at `close`, at anything else, or when the element consumed nothing (p->pos == before). */
static inline bool list_next(Parser *p, TokKind close, const Token *before);
/* At 'for' or 'async' 'for'. */
static inline bool parse_at_comp_for(const Parser *p)
{
    return at_kw(p, KW_FOR) || (at_kw(p, KW_ASYNC) && tok_at(p, 1)->kind == TK_NAME && tok_at(p, 1)->kw == KW_FOR);
}
/* Whether the current token can begin an expression. */
static inline bool parse_can_start_expr(const Parser *p)
{
    const Token *t = cur(p);
    switch (t->kind) {
    case TK_NAME:
        return t->kw == 0 || t->kw == KW_NONE || t->kw == KW_TRUE || t->kw == KW_FALSE || t->kw == KW_NOT ||
               t->kw == KW_LAMBDA || t->kw == KW_AWAIT || t->kw == KW_YIELD;
    case TK_NUMBER: case TK_STRING: case TK_FSTRING_START: case TK_TSTRING_START: case TK_LPAR: case TK_LSQB:
    case TK_LBRACE: case TK_MINUS: case TK_PLUS: case TK_TILDE: case TK_STAR: case TK_ELLIPSIS:
        return true;
    default:
        return false;
    }
}
/* After the first argument `elt` of a call, at 'for': the generator expression spanning the call's parentheses. */
Node *parse_call_genexp(Parser *p, Node *elt, uint32_t lpar_start);
/* Give an assignment / deletion target its context, recursively; records an error when the node
 * cannot be a target (what: "assign to", "delete"). */
void set_context(Parser *p, Node *n, AstOp ctx, const char *what);
/* parse_args.c */
Node *parse_parameters(Parser *p, bool lambda, TokKind close); /* `arguments`, up to close */
void parse_call_args(Parser *p, NodeList *args, NodeList *keywords, uint32_t lpar_start, bool class_bases);
NodeList parse_type_params(Parser *p);      /* at '[' */
/* parse_string.c */
Node *parse_strings(Parser *p);             /* at STRING / FSTRING_START / TSTRING_START */
/* parse_pattern.c */
Node *parse_match_case_pattern(Parser *p);  /* patterns (the part after `case`) */
/* parse_stmt.c */
NodeList parse_block(Parser *p, const Token *head); /* ':' already consumed */
/* parse_compound.c */
Node *parse_compound_stmt(Parser *p);       /* NULL when not at a compound statement */
Node *parse_module_body(Parser *p);

/* The errors of list_next: "Expected an expression or a '<close>'"; "Expected `,`, found ..."
 * (returns true). */
void list_expected_expr(Parser *p, TokKind close);
bool list_expected_comma(Parser *p);
static inline bool list_next(Parser *p, TokKind close, const Token *before)
{
    if (accept(p, TK_COMMA)) {
        TokKind k = kind(p);
        if (k != close && !parse_can_start_expr(p) && k != TK_DOUBLESTAR && k != TK_COLON)
            list_expected_expr(p, close);
        while (at(p, TK_COMMA)) /* [1, , 2]: skip the empty elements */
            advance(p);
        return true;
    }
    if (at(p, close) || p->pos == before || !parse_can_start_expr(p))
        return false;
    return list_expected_comma(p);
}

#endif
