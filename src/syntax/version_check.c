/* version_check.c: find syntax newer than the target Python version (tree walk plus an f-string token pass), as Ruff reports it. */
#include "syntax/version_check.h"

#include <string.h>

typedef struct VCheck {
    Arena *a;
    const char *src;
    uint32_t len;
    const TokenList *toks;
    int minor;
    SyntaxErrors *out;
} VCheck;

/* "Cannot use WHAT on Python 3.<minor> (syntax was added in Python 3.<since>)" when minor < since. */
static void added(VCheck *c, uint32_t start, uint32_t end, const char *what, int since)
{
    if (c->minor < since)
        syntax_error_addf(c->out, c->a, start, end, "Cannot use %s on Python 3.%d (syntax was added in Python 3.%d)",
                          what, c->minor, since);
}

/* Index of the first token starting at or after off (INDENT / DEDENT skipped). */
static uint32_t tok_index(const VCheck *c, uint32_t off)
{
    uint32_t lo = 0, hi = c->toks->len;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (c->toks->data[mid].start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    while (lo < c->toks->len && (c->toks->data[lo].kind == TK_DEDENT || c->toks->data[lo].kind == TK_INDENT))
        lo++; /* zero-width tokens before a statement */
    return lo;
}

/* Index of the bracket closing the one at index i (or toks->len). */
static uint32_t closing(const VCheck *c, uint32_t i)
{
    int depth = 0;
    for (; i < c->toks->len; i++) {
        uint8_t k = c->toks->data[i].kind;
        if (k == TK_LPAR || k == TK_LSQB || k == TK_LBRACE)
            depth++;
        else if ((k == TK_RPAR || k == TK_RSQB || k == TK_RBRACE) && --depth == 0)
            return i;
    }
    return c->toks->len;
}

static bool unparenthesized(const Node *n, AstKind k)
{
    return n && n->kind == k && !(n->flags & NF_PARENS);
}

/* ---- decorators (relaxed grammar of Python 3.9, PEP 614) ---- */

static const char *expr_description(const Node *e)
{
    switch (e->kind) {
    case AST_BoolOp: return "boolean expression";
    case AST_Compare: return "comparison expression";
    case AST_UnaryOp: return "unary-operation expression";
    case AST_BinOp: return "binary-operation expression";
    case AST_IfExp: return "conditional expression";
    case AST_Dict: return "a dict literal";
    case AST_Set: return "a set literal";
    case AST_List: return "a list literal";
    case AST_Tuple: return "a tuple literal";
    case AST_ListComp: return "a list comprehension";
    case AST_SetComp: return "a set comprehension";
    case AST_DictComp: return "a dict comprehension";
    case AST_GeneratorExp: return "generator expression";
    case AST_NamedExpr: return "assignment expression";
    case AST_Lambda: return "lambda expression";
    case AST_Await: return "`await` expression";
    case AST_Yield: return "`yield` expression";
    case AST_YieldFrom: return "`yield from` expression";
    case AST_JoinedStr: return "f-string";
    case AST_TemplateStr: return "t-string";
    case AST_Starred: return "starred expression";
    case AST_Slice: return "slice expression";
    case AST_Constant:
        switch (e->as.Constant.value.kind) {
        case CONST_STR: return "a string literal";
        case CONST_BYTES: return "a bytes literal";
        case CONST_INT: return "an int literal";
        case CONST_FLOAT: return "a float literal";
        case CONST_COMPLEX: return "a complex literal";
        case CONST_NONE: return "a `None` literal";
        case CONST_ELLIPSIS: return "an ellipsis literal";
        default: return "a boolean literal";
        }
    default: return "expression";
    }
}

static void check_decorator(VCheck *c, const Node *e)
{
    if (c->minor >= 9)
        return;
    if (e->kind == AST_Call)
        e = e->as.Call.func;
    while (e->kind == AST_Attribute)
        e = e->as.Attribute.value;
    if (e->kind == AST_Name)
        return;
    if (e->kind == AST_Call)
        syntax_error_addf(c->out, c->a, e->start, e->end,
                          "Cannot use a call expression in a decorator on Python 3.%d unless it is the top-level "
                          "expression or it occurs in the argument list of a top-level call expression (relaxed "
                          "decorator syntax was added in Python 3.9)",
                          c->minor);
    else
        syntax_error_addf(c->out, c->a, e->start, e->end,
                          "Cannot use %s outside function call arguments in a decorator on Python 3.%d (syntax was "
                          "added in Python 3.9)",
                          e->kind == AST_Subscript ? "subscript expression" : expr_description(e), c->minor);
}

static void check_decorators(VCheck *c, const NodeList *decos)
{
    for (uint32_t i = 0; i < decos->len; i++)
        if (decos->items[i])
            check_decorator(c, decos->items[i]);
}

/* ---- type parameters (PEP 695, PEP 696) ---- */

static void check_type_params(VCheck *c, const NodeList *tps, bool list)
{
    if (!tps->len || !tps->items[0])
        return;
    uint32_t i = tok_index(c, tps->items[0]->start);
    if (list && i > 0 && c->toks->data[i - 1].kind == TK_LSQB) {
        uint32_t j = closing(c, i - 1);
        if (j < c->toks->len)
            added(c, c->toks->data[i - 1].start, c->toks->data[j].end, "type parameter lists", 12);
    }
    for (uint32_t k = 0; k < tps->len && c->minor < 13; k++) {
        const Node *tp = tps->items[k];
        const Node *dflt = !tp                         ? NULL
                           : tp->kind == AST_TypeVar   ? tp->as.TypeVar.default_value
                           : tp->kind == AST_ParamSpec ? tp->as.ParamSpec.default_value
                                                       : tp->as.TypeVarTuple.default_value;
        uint32_t eq = dflt ? tok_index(c, dflt->start) : 0;
        if (dflt && eq > 0 && c->toks->data[eq - 1].kind == TK_EQUAL) /* from the '=' */
            syntax_error_addf(c->out, c->a, c->toks->data[eq - 1].start, tp->end,
                              "Cannot set default type for a type parameter on Python 3.%d (syntax was added in "
                              "Python 3.13)",
                              c->minor);
    }
}

/* ---- parameters: `/` (PEP 570), `*args: *Ts` (PEP 646) ---- */

static void check_arguments(VCheck *c, const Node *args)
{
    if (!args || args->kind != AST_arguments)
        return;
    const Astarguments *ar = &args->as.arguments;
    if (ar->posonlyargs.len && c->minor < 8) {
        uint32_t p = ar->posonlyargs.len - 1, total = ar->posonlyargs.len + ar->args.len;
        uint32_t end = ar->posonlyargs.items[p] ? ar->posonlyargs.items[p]->end : args->start;
        if (ar->defaults.len && p + ar->defaults.len >= total) {
            const Node *d = ar->defaults.items[p + ar->defaults.len - total];
            if (d && d->end > end)
                end = d->end;
        }
        for (uint32_t i = tok_index(c, end); i < c->toks->len; i++)
            if (c->toks->data[i].kind == TK_SLASH) {
                added(c, c->toks->data[i].start, c->toks->data[i].end, "positional-only parameter separator", 8);
                break;
            }
    }
    const Node *va = ar->vararg;
    if (va && va->as.arg.annotation && va->as.arg.annotation->kind == AST_Starred)
        added(c, va->as.arg.annotation->start, va->as.arg.annotation->end, "star annotation", 11);
}

/* ---- statements and expressions ---- */

/* Each starred element of an unparenthesized tuple. */
static void starred_in(VCheck *c, const Node *t, const char *what, int since)
{
    if (!unparenthesized(t, AST_Tuple))
        return;
    for (uint32_t i = 0; i < t->as.Tuple.elts.len; i++) {
        const Node *e = t->as.Tuple.elts.items[i];
        if (e && e->kind == AST_Starred)
            added(c, e->start, e->end, what, since);
    }
}

static void check_subscript(VCheck *c, const Node *slice)
{
    static const char walrus[] = "unparenthesized assignment expression in a sequence index";
    if (unparenthesized(slice, AST_NamedExpr))
        added(c, slice->start, slice->end, walrus, 9);
    if (!unparenthesized(slice, AST_Tuple))
        return;
    for (uint32_t i = 0; i < slice->as.Tuple.elts.len; i++) {
        const Node *e = slice->as.Tuple.elts.items[i];
        if (unparenthesized(e, AST_NamedExpr))
            added(c, e->start, e->end, walrus, 9);
        else if (e && e->kind == AST_Starred)
            added(c, e->start, e->end, "star expression in index", 11);
    }
}

static void check_handlers(VCheck *c, const NodeList *hs, bool star)
{
    for (uint32_t i = 0; i < hs->len; i++) {
        const Node *h = hs->items[i];
        if (!h || h->kind != AST_ExceptHandler)
            continue;
        uint32_t k = tok_index(c, h->start);
        if (star && k + 1 < c->toks->len && c->toks->data[k + 1].kind == TK_STAR)
            added(c, c->toks->data[k + 1].start, c->toks->data[k + 1].end, "`except*`", 11);
        const Node *t = h->as.ExceptHandler.type;
        if (unparenthesized(t, AST_Tuple) && c->minor < 14)
            syntax_error_addf(c->out, c->a, t->start, t->end,
                              "Multiple exception types must be parenthesized on Python 3.%d (syntax was added in "
                              "Python 3.14)",
                              c->minor);
    }
}

/* `with (a, b):` — parentheses around the items rather than around an expression (Python 3.9). */
static void check_with(VCheck *c, const Node *n, const NodeList *items)
{
    if (c->minor >= 9 || !items->len || !items->items[0])
        return;
    uint32_t i = tok_index(c, n->start);
    if (i < c->toks->len && c->toks->data[i].kw == KW_ASYNC)
        i++;
    if (i + 1 >= c->toks->len || c->toks->data[i + 1].kind != TK_LPAR)
        return;
    const Token *lp = &c->toks->data[i + 1];
    if (items->items[0]->as.withitem.context_expr->start <= lp->start)
        return;
    uint32_t j = closing(c, i + 1);
    if (j + 1 >= c->toks->len || c->toks->data[j + 1].kind != TK_COLON)
        return;
    if (items->len >= 2 || c->toks->data[j - 1].kind == TK_COMMA)
        added(c, lp->start, lp->end, "parentheses within a `with` statement", 9);
}

/* ---- asynchronous comprehensions inside synchronous ones (Python 3.11) ---- */

static const NodeList *comp_generators(const Node *n)
{
    switch (n->kind) {
    case AST_ListComp: return &n->as.ListComp.generators;
    case AST_SetComp: return &n->as.SetComp.generators;
    case AST_DictComp: return &n->as.DictComp.generators;
    case AST_GeneratorExp: return &n->as.GeneratorExp.generators;
    default: return NULL;
    }
}

static const Node *first_async_generator(const Node *n)
{
    const NodeList *g = comp_generators(n);
    for (uint32_t i = 0; g && i < g->len; i++)
        if (g->items[i] && g->items[i]->as.comprehension.is_async)
            return g->items[i];
    return NULL;
}

static bool comp_is_async(const Node *n) { return first_async_generator(n) != NULL; }

/* Report the async list / set / dict comprehensions in n's scope (nested scopes are left to their own visit). */
static void async_comps_in(void *ctx, Node *n)
{
    VCheck *c = ctx;
    if (n->kind == AST_Lambda)
        return;
    if (comp_generators(n)) {
        const Node *g = first_async_generator(n);
        if (n->kind != AST_GeneratorExp && g) /* Ruff points at the `async for` clause */
            syntax_error_addf(c->out, c->a, g->start, g->end,
                              "cannot use an asynchronous comprehension inside of a synchronous comprehension on "
                              "Python 3.%d (syntax was added in 3.11)",
                              c->minor);
        return;
    }
    ast_children(n, async_comps_in, c);
}

/* n is a synchronous list / set / dict comprehension: look at what runs in its own scope (all but the first iterable). */
static void check_sync_comp(VCheck *c, const Node *n)
{
    if (c->minor >= 11 || n->kind == AST_GeneratorExp || comp_is_async(n))
        return;
    if (n->kind == AST_DictComp) {
        async_comps_in(c, n->as.DictComp.key);
        async_comps_in(c, n->as.DictComp.value);
    } else {
        async_comps_in(c, n->kind == AST_ListComp ? n->as.ListComp.elt : n->as.SetComp.elt);
    }
    const NodeList *g = comp_generators(n);
    for (uint32_t i = 0; i < g->len; i++) {
        const Node *gen = g->items[i];
        if (!gen)
            continue;
        if (i > 0)
            async_comps_in(c, gen->as.comprehension.iter);
        for (uint32_t k = 0; k < gen->as.comprehension.ifs.len; k++)
            if (gen->as.comprehension.ifs.items[k])
                async_comps_in(c, gen->as.comprehension.ifs.items[k]);
    }
}

static void visit(void *ctx, Node *n)
{
    VCheck *c = ctx;
    switch (n->kind) {
    case AST_Match: {
        /* Ruff reports it only where `match` cannot be a name: not before ( [ - + * */
        uint32_t i = tok_index(c, n->start) + 1;
        uint8_t k = i < c->toks->len ? c->toks->data[i].kind : TK_ENDMARKER;
        if (k != TK_LPAR && k != TK_LSQB && k != TK_MINUS && k != TK_PLUS && k != TK_STAR)
            added(c, n->start, n->start + 5, "`match` statement", 10);
        break;
    }
    case AST_TypeAlias:
        added(c, n->start, n->start + 4, "`type` alias statement", 12);
        check_type_params(c, &n->as.TypeAlias.type_params, false); /* Ruff reports only the statement */
        break;
    case AST_FunctionDef:
    case AST_AsyncFunctionDef: {
        const AstFunctionDef *f = &n->as.FunctionDef;
        if (n->kind == AST_AsyncFunctionDef)
            f = (const AstFunctionDef *)&n->as.AsyncFunctionDef;
        check_decorators(c, &f->decorator_list);
        check_type_params(c, &f->type_params, true);
        check_arguments(c, f->args);
        break;
    }
    case AST_ClassDef:
        check_decorators(c, &n->as.ClassDef.decorator_list);
        check_type_params(c, &n->as.ClassDef.type_params, true);
        break;
    case AST_Lambda:
        check_arguments(c, n->as.Lambda.args);
        break;
    case AST_NamedExpr:
        added(c, n->start, n->end, "named assignment expression (`:=`)", 8);
        break;
    case AST_Set:
        for (uint32_t i = 0; i < n->as.Set.elts.len; i++) {
            const Node *e = n->as.Set.elts.items[i];
            if (unparenthesized(e, AST_NamedExpr))
                added(c, e->start, e->end, "unparenthesized assignment expression as an element in a set literal", 9);
        }
        break;
    case AST_Subscript:
        check_subscript(c, n->as.Subscript.slice);
        break;
    case AST_Return:
        starred_in(c, n->as.Return.value, "iterable unpacking in return statements", 8);
        break;
    case AST_Yield:
        starred_in(c, n->as.Yield.value, "iterable unpacking in yield expressions", 8);
        break;
    case AST_For:
        starred_in(c, n->as.For.iter, "iterable unpacking in `for` statements", 9);
        break;
    case AST_AsyncFor:
        starred_in(c, n->as.AsyncFor.iter, "iterable unpacking in `for` statements", 9);
        break;
    case AST_Try:
        check_handlers(c, &n->as.Try.handlers, false);
        break;
    case AST_TryStar:
        check_handlers(c, &n->as.TryStar.handlers, true);
        break;
    case AST_With:
        check_with(c, n, &n->as.With.items);
        break;
    case AST_AsyncWith:
        check_with(c, n, &n->as.AsyncWith.items);
        break;
    case AST_ListComp:
    case AST_SetComp:
    case AST_DictComp:
        check_sync_comp(c, n);
        break;
    case AST_TemplateStr:
        added(c, n->start, n->end, "t-strings", 14);
        break;
    default:
        break;
    }
    ast_children(n, visit, c);
}

/* ---- f-strings in the PEP 701 form (Python 3.12): outer quotes, backslashes, comments and line breaks in fields ---- */

_Static_assert(TK__COUNT <= 64, "walk_needed keeps a 64-bit mask of token kinds");

enum { FS_QUOTE = 1, FS_BACKSLASH = 2, FS_COMMENT = 4, FS_NEWLINE = 8, FS_MAX_NEST = 64 };

typedef struct FLevel {
    char quote;
    bool triple, fstring;
    uint8_t done;      /* FS_* already reported for the current replacement field */
    bool in_spec;      /* after the format spec's ':' of the current top-level field */
    bool comment;      /* the current field has a comment (Ruff then reports no line break) */
    int nest;          /* brackets open in the current top-level field, its '{' included */
    uint32_t field;    /* offset of the '{' that opened the current field */
    uint32_t line_brk; /* 1 + offset of the '{' of a field with a line break not yet reported, or 0 */
} FLevel;

typedef struct FScan {
    VCheck *c;
    FLevel lv[FS_MAX_NEST];
    int depth;
    uint32_t last_start[4]; /* de-duplicates a report shared by nested f-strings */
} FScan;

static void fs_report(FScan *s, int kind, uint32_t start, uint32_t end, const char *what)
{
    int slot = kind == FS_QUOTE ? 0 : kind == FS_BACKSLASH ? 1 : kind == FS_COMMENT ? 2 : 3;
    if (s->last_start[slot] == start + 1)
        return;
    s->last_start[slot] = start + 1;
    if (kind == FS_QUOTE)
        syntax_error_addf(s->c->out, s->c->a, start, end,
                          "Cannot reuse outer quote character in f-strings on Python 3.%d (syntax was added in "
                          "Python 3.12)",
                          s->c->minor);
    else
        added(s->c, start, end, what, 12);
}

/* The text of token t lies in the replacement fields of the f-strings at levels [0, upto). */
static void fs_scan(FScan *s, const Token *t, int upto)
{
    const char *src = s->c->src;
    for (int l = 0; l < upto; l++) {
        FLevel *f = &s->lv[l];
        if (!f->fstring)
            continue;
        if (t->kind == TK_COMMENT) { /* every comment */
            fs_report(s, FS_COMMENT, t->start, t->end, "comments in f-strings");
            continue;
        }
        if (t->kind == TK_NL || t->kind == TK_NEWLINE)
            continue;
        for (uint32_t i = t->start; i < t->end; i++) {
            if (src[i] == '\\' && !(f->done & FS_BACKSLASH)) {
                f->done |= FS_BACKSLASH;
                fs_report(s, FS_BACKSLASH, i, i + 1, "an escape sequence (backslash) in f-strings");
            }
            if (src[i] == f->quote && !(f->done & FS_QUOTE) &&
                (!f->triple || (i + 2 < t->end && src[i + 1] == f->quote && src[i + 2] == f->quote))) {
                f->done |= FS_QUOTE;
                fs_report(s, FS_QUOTE, i, i + 1, NULL);
            }
        }
    }
}

static void fs_flush_line_break(FScan *s, FLevel *f)
{
    if (f->line_brk && f->fstring && !f->comment) /* Ruff points at the field's '{' */
        fs_report(s, FS_NEWLINE, f->line_brk - 1, f->line_brk, "line breaks in non-triple-quoted f-string replacement fields");
    f->line_brk = 0;
}

/* Fields, brackets, comments and line breaks of the innermost f-string f (t is one of its field tokens). */
static void fs_track(FScan *s, FLevel *f, const Token *t)
{
    switch (t->kind) {
    case TK_LBRACE:
        if (f->nest == 0 || (f->in_spec && f->nest == 1)) { /* a field, or a field in a format spec */
            fs_flush_line_break(s, f);
            f->field = t->start;
            f->done = 0;
            f->comment = false;
            if (f->nest == 0)
                f->in_spec = false;
        }
        f->nest++;
        break;
    case TK_LPAR:
    case TK_LSQB:
        f->nest++;
        break;
    case TK_RBRACE:
    case TK_RPAR:
    case TK_RSQB:
        if (f->nest > 0)
            f->nest--;
        break;
    case TK_COLON:
        if (f->nest == 1)
            f->in_spec = true;
        break;
    case TK_COMMENT:
        f->comment = true;
        f->line_brk = 0;
        break;
    case TK_NL:
    case TK_NEWLINE:
        if (!f->triple && !f->comment && !f->line_brk)
            f->line_brk = f->field + 1;
        break;
    default:
        break;
    }
}

/* From token `from` on (the first f- or t-string start: before it no string is open). */
static void check_fstrings(VCheck *c, uint32_t from)
{
    FScan s = {.c = c, .depth = 0, .last_start = {0, 0, 0, 0}};
    for (uint32_t i = from; i < c->toks->len; i++) {
        const Token *t = &c->toks->data[i];
        switch (t->kind) {
        case TK_FSTRING_START:
        case TK_TSTRING_START:
            fs_scan(&s, t, s.depth);
            if (s.depth < FS_MAX_NEST)
                s.lv[s.depth] = (FLevel){(t->flags & TF_DQUOTE) ? '"' : '\'', (t->flags & TF_TRIPLE) != 0,
                                         t->kind == TK_FSTRING_START, 0, false, false, 0, t->start, 0};
            s.depth++;
            break;
        case TK_FSTRING_END:
        case TK_TSTRING_END:
            if (s.depth > 0 && s.depth <= FS_MAX_NEST)
                fs_flush_line_break(&s, &s.lv[s.depth - 1]);
            if (s.depth > 0)
                s.depth--;
            fs_scan(&s, t, s.depth < FS_MAX_NEST ? s.depth : FS_MAX_NEST);
            break;
        case TK_FSTRING_MIDDLE:
        case TK_TSTRING_MIDDLE:
            fs_scan(&s, t, s.depth - 1 < FS_MAX_NEST ? s.depth - 1 : FS_MAX_NEST);
            break;
        default:
            if (s.depth == 0) { /* outside strings: on to the next one */
                while (i + 1 < c->toks->len && c->toks->data[i + 1].kind != TK_FSTRING_START &&
                       c->toks->data[i + 1].kind != TK_TSTRING_START)
                    i++;
                break;
            }
            if (s.depth <= FS_MAX_NEST)
                fs_track(&s, &s.lv[s.depth - 1], t);
            fs_scan(&s, t, s.depth < FS_MAX_NEST ? s.depth : FS_MAX_NEST);
            break;
        }
    }
}

/* ---- the token pre-pass: does the tree hold anything the walk could report at this version? ---- */

/* Index of the last token before i other than NL / COMMENT, or -1. */
static int64_t sig_before(const VCheck *c, uint32_t i)
{
    int64_t j = (int64_t)i - 1;
    while (j >= 0 && (c->toks->data[j].kind == TK_NL || c->toks->data[j].kind == TK_COMMENT))
        j--;
    return j;
}

/* Token i starts a statement: nothing before it but NEWLINE / INDENT / DEDENT (and, when `simple`,
 * also ';' or a ':' outside brackets, where a simple statement may follow on the same line). */
static bool at_stmt_start(const VCheck *c, uint32_t i, bool simple)
{
    int64_t j = sig_before(c, i);
    if (j < 0)
        return true;
    uint8_t k = c->toks->data[j].kind;
    if (k == TK_NEWLINE || k == TK_INDENT || k == TK_DEDENT)
        return true;
    return simple && (k == TK_SEMI || k == TK_COLON); /* a ':' in brackets only costs a walk */
}

/* The innermost bracket open at token i is a '[' that may open a subscript: after a token that
 * can end a primary (a list display such as `[a, *b]` reports nothing). */
static bool in_square(const VCheck *c, uint32_t i)
{
    int depth = 0;
    for (int64_t j = (int64_t)i - 1; j >= 0; j--) {
        uint8_t k = c->toks->data[j].kind;
        if (k == TK_RPAR || k == TK_RSQB || k == TK_RBRACE)
            depth++;
        else if (k == TK_LPAR || k == TK_LSQB || k == TK_LBRACE) {
            if (depth == 0) {
                if (k != TK_LSQB)
                    return false;
                int64_t p = sig_before(c, (uint32_t)j);
                uint8_t pk = p >= 0 ? c->toks->data[p].kind : TK_NEWLINE;
                return pk == TK_NAME || pk == TK_NUMBER || pk == TK_STRING || pk == TK_RPAR || pk == TK_RSQB ||
                       pk == TK_RBRACE || pk == TK_FSTRING_END || pk == TK_TSTRING_END || pk == TK_ELLIPSIS ||
                       pk == TK_ERRORTOKEN;
            }
            depth--;
        } else if (k == TK_NEWLINE)
            return false;
    }
    return false;
}

/* The `except` clause at token i names several types without parentheses, or is `except*`. */
static bool except_needs_check(const VCheck *c, uint32_t i)
{
    const Token *tk = c->toks->data;
    if (i + 1 < c->toks->len && tk[i + 1].kind == TK_STAR)
        return true;
    int depth = 0;
    for (uint32_t j = i + 1; j < c->toks->len; j++) {
        uint8_t k = tk[j].kind;
        if (k == TK_LPAR || k == TK_LSQB || k == TK_LBRACE)
            depth++;
        else if (k == TK_RPAR || k == TK_RSQB || k == TK_RBRACE)
            depth--;
        else if (depth <= 0 && (k == TK_COLON || k == TK_NEWLINE))
            return false;
        else if (depth == 0 && k == TK_COMMA)
            return true;
    }
    return false;
}

/* True when some token may start a construct visit() reports at c->minor (a superset: every node
 * it reports is spelled with such a token). *first_str: the first f- or t-string start before
 * *stop, where the pass ended (else the token count). Only the tokens the lexer marked are looked
 * at when it did (token.h): the others fail every test below. */
static bool walk_needed(const VCheck *c, uint32_t *first_str, uint32_t *stop)
{
    const Token *tk = c->toks->data;
    const char *src = c->src;
    uint32_t n = c->toks->len;
    int minor = c->minor;
    *first_str = n;
    /* The token kinds that may matter at this version (TK__COUNT is 64): the others are skipped
     * by one test. */
    uint64_t want = 1ull << TK_NAME | 1ull << TK_FSTRING_START | 1ull << TK_TSTRING_START | 1ull << TK_ERRORTOKEN;
    if (minor < 13)
        want |= 1ull << TK_LSQB;
    if (minor < 11)
        want |= 1ull << TK_STAR;
    if (minor < 9)
        want |= 1ull << TK_AT | 1ull << TK_COLONEQUAL;
    if (minor < 8)
        want |= 1ull << TK_SLASH;
    bool marked = c->toks->marks_valid; /* (marks is NULL when nmarks is 0) */
    const uint32_t *marks = c->toks->marks;
    uint32_t count = marked ? c->toks->nmarks : n, i = 0;
    for (uint32_t m = 0; m < count; m++) {
        const Token *t = &tk[marked ? marks[m] : m];
        if (!((want >> t->kind) & 1))
            continue;
        i = (uint32_t)(t - tk);
        switch (t->kind) {
        case TK_NAME:
            switch (t->kw) {
            case KW_NONE_: {
                uint32_t len = t->end - t->start;
                if (len == 4 && minor < 12 && !memcmp(src + t->start, "type", 4) && i + 1 < n &&
                    tk[i + 1].kind == TK_NAME && at_stmt_start(c, i, true))
                    goto needed;
                if (len == 5 && minor < 10 && !memcmp(src + t->start, "match", 5) && at_stmt_start(c, i, false))
                    goto needed;
                break;
            }
            case KW_EXCEPT:
                if (except_needs_check(c, i))
                    goto needed;
                break;
            case KW_ASYNC: /* not at a statement's start: an asynchronous comprehension */
                if (minor < 11 && !at_stmt_start(c, i, false))
                    goto needed;
                break;
            case KW_WITH:
                if (minor < 9)
                    goto needed;
                break;
            default:
                break;
            }
            break;
        case TK_LSQB:
            if (minor < 13) { /* `def f[` / `class C[`: type parameters */
                int64_t j = sig_before(c, i);
                if (j >= 0 && tk[j].kind == TK_NAME) {
                    int64_t j2 = sig_before(c, (uint32_t)j);
                    if (j2 >= 0 && (tk[j2].kw == KW_DEF || tk[j2].kw == KW_CLASS))
                        goto needed;
                }
            }
            break;
        case TK_FSTRING_START:
            *first_str = i;
            want &= ~(1ull << TK_FSTRING_START);
            break;
        case TK_TSTRING_START:
            if (*first_str == n)
                *first_str = i;
            goto needed;
        case TK_STAR:
            if (minor < 9)
                goto needed;
            if (minor < 11) { /* `*args: *Ts`, `x[a, *b]` */
                int64_t j = sig_before(c, i);
                uint8_t pk = j >= 0 ? tk[j].kind : TK_NEWLINE;
                if (pk == TK_COLON || pk == TK_LSQB || (pk == TK_COMMA && in_square(c, i)))
                    goto needed;
            }
            break;
        case TK_AT:
        case TK_COLONEQUAL:
            if (minor < 9)
                goto needed;
            break;
        case TK_SLASH:
            if (minor < 8)
                goto needed;
            break;
        case TK_ERRORTOKEN:
            goto needed;
        default:
            break;
        }
    }
    *stop = n;
    return false;
needed:
    *stop = i;
    return true;
}

void version_check(Arena *a, const char *src, uint32_t len, const Node *module, const TokenList *tokens, int minor,
                   SyntaxErrors *out)
{
    if (minor >= 14) /* every check is for older versions */
        return;
    VCheck c = {a, src, len, tokens, minor, out};
    uint32_t first_str, stop;
    if (walk_needed(&c, &first_str, &stop) && module)
        ast_children(module, visit, &c);
    if (minor >= 12)
        return;
    if (tokens->marks_valid)
        first_str = tokens->first_str; /* the first of all, as the loop below finds it */
    else
        for (uint32_t i = stop; first_str == tokens->len && i < tokens->len; i++)
            if (tokens->data[i].kind == TK_FSTRING_START || tokens->data[i].kind == TK_TSTRING_START)
                first_str = i;
    if (first_str < tokens->len && (!tokens->marks_valid || tokens->fstr_field_text))
        check_fstrings(&c, first_str);
}
