/* parser.h: parse a Python source into a typed AST plus a list of syntax errors (never fails). */
#ifndef SNIPE_SYNTAX_PARSER_H
#define SNIPE_SYNTAX_PARSER_H

#include <stdbool.h>
#include <stdint.h>

#include "syntax/ast.h"
#include "syntax/token.h"
#include "util/arena.h"

/* Nesting budget: each recursive grammar level costs PARSE_LEVEL_COST units, each link of a
 * left-nested chain (a + b + ..., a.b.c(...)[...]) or elif one unit. This bounds both the parser's C
 * stack (at most 400 recursive levels) and the height of the tree any later visitor recurses over. */
#define PARSE_MAX_DEPTH 4000
#define PARSE_LEVEL_COST 10

typedef struct ParseResult {
    Node *module;        /* an AST_Module, always set unless memory ran out */
    TokenList tokens;    /* every token, comments and NL included */
    SyntaxErrors errors; /* lexer and parser errors, sorted by position, each with a byte range */
} ParseResult;

/* Tokenize and parse src[0, len) (a leading BOM is skipped). Every node, token and error lives in
 * `a`. The tree is complete even when there are errors (missing expressions are Name nodes with
 * an empty id and NF_ERROR). Returns false only when memory ran out. */
bool parse_module(Arena *a, const char *src, uint32_t len, ParseResult *out);

/* Parse src[0, len) as one expression (eval mode, e.g. a string annotation): out->module is an
 * AST_Expression whose body is the expression; line breaks and indentation are not significant
 * (as for text between brackets). Same contract as parse_module otherwise. */
bool parse_expression_source(Arena *a, const char *src, uint32_t len, ParseResult *out);

#endif
