/* lex_operator.c: operators and delimiters (longest match), and the brackets and f-string fields they open and close. */
#include "syntax/lexer_internal.h"

/* Longest operator at pos: returns its kind and length, or TK_ERRORTOKEN. */
static TokKind match_op(const Lexer *lx, uint32_t *n)
{
    uint32_t p = lx->pos;
    int c = lx->src[p], d = p + 1 < lx->len ? lx->src[p + 1] : -1, e = p + 2 < lx->len ? lx->src[p + 2] : -1;
    *n = 1;
#define TWO(ch, k2) if (d == (ch)) { *n = 2; return k2; }
    switch (c) {
    case '(': return TK_LPAR;
    case ')': return TK_RPAR;
    case '[': return TK_LSQB;
    case ']': return TK_RSQB;
    case '{': return TK_LBRACE;
    case '}': return TK_RBRACE;
    case ',': return TK_COMMA;
    case ';': return TK_SEMI;
    case '~': return TK_TILDE;
    case ':': TWO('=', TK_COLONEQUAL) return TK_COLON;
    case '+': TWO('=', TK_PLUSEQUAL) return TK_PLUS;
    case '-': TWO('=', TK_MINEQUAL) TWO('>', TK_RARROW) return TK_MINUS;
    case '%': TWO('=', TK_PERCENTEQUAL) return TK_PERCENT;
    case '&': TWO('=', TK_AMPEREQUAL) return TK_AMPER;
    case '|': TWO('=', TK_VBAREQUAL) return TK_VBAR;
    case '^': TWO('=', TK_CIRCUMFLEXEQUAL) return TK_CIRCUMFLEX;
    case '@': TWO('=', TK_ATEQUAL) return TK_AT;
    case '=': TWO('=', TK_EQEQUAL) return TK_EQUAL;
    case '!': TWO('=', TK_NOTEQUAL) return TK_EXCLAMATION;
    case '.':
        if (d == '.' && e == '.') {
            *n = 3;
            return TK_ELLIPSIS;
        }
        return TK_DOT;
    case '*':
        if (d == '*') {
            *n = e == '=' ? 3 : 2;
            return e == '=' ? TK_DOUBLESTAREQUAL : TK_DOUBLESTAR;
        }
        TWO('=', TK_STAREQUAL) return TK_STAR;
    case '/':
        if (d == '/') {
            *n = e == '=' ? 3 : 2;
            return e == '=' ? TK_DOUBLESLASHEQUAL : TK_DOUBLESLASH;
        }
        TWO('=', TK_SLASHEQUAL) return TK_SLASH;
    case '<':
        if (d == '<') {
            *n = e == '=' ? 3 : 2;
            return e == '=' ? TK_LEFTSHIFTEQUAL : TK_LEFTSHIFT;
        }
        TWO('=', TK_LESSEQUAL) return TK_LESS; /* '<>' is `<` then `>` (an error), as in Ruff's tokens */
    case '>':
        if (d == '>') {
            *n = e == '=' ? 3 : 2;
            return e == '=' ? TK_RIGHTSHIFTEQUAL : TK_RIGHTSHIFT;
        }
        TWO('=', TK_GREATEREQUAL) return TK_GREATER;
    default: return TK_ERRORTOKEN;
    }
#undef TWO
}

void lx_lex_operator(Lexer *lx)
{
    uint32_t n, p = lx->pos;
    TokKind k = match_op(lx, &n);
    if (k == TK_ERRORTOKEN) {
        lx_bad_char(lx);
        return;
    }
    bool field_level = false;
    if (lx->nmodes) {
        Mode *top = &lx->modes[lx->nmodes - 1];
        field_level = top->is_field && !top->in_spec && lx->depth == top->depth && lx->overflow == 0;
        if (field_level && (k == TK_COLON || k == TK_COLONEQUAL)) {
            /* a top-level ':' in a replacement field starts the format spec */
            emit_sig(lx, TK_COLON, p, p + 1, 0, 0);
            top->in_spec = 1;
            lx->pos = p + 1;
            return;
        }
    }
    emit_sig(lx, k, p, p + n, 0, 0);
    lx->pos = p + n;
    switch (k) {
    case TK_STAR: case TK_AT: case TK_COLONEQUAL: case TK_SLASH: lx_mark(lx); break;
    case TK_LSQB: lx_mark_type_params(lx); lx_open_bracket(lx, p); break;
    case TK_LPAR: case TK_LBRACE: lx_open_bracket(lx, p); break;
    case TK_RPAR: case TK_RSQB: lx_close_bracket(lx); break;
    case TK_RBRACE:
        lx_close_bracket(lx);
        if (field_level)
            lx->nmodes--; /* the replacement field is closed */
        break;
    default: break;
    }
}
