/* parse_string.c: string literals: escape decoding, implicit concatenation, f-strings (PEP 701) and
 * t-strings (PEP 750) into Constant / JoinedStr / TemplateStr nodes with CPython's positions. */
#include <stdlib.h>

#include "syntax/parser_internal.h"
#include "syntax/unicode_names.h"

static void put_cp(Buf *b, int32_t cp)
{
    char u[4];
    if (cp < 0x80) {
        buf_putc(b, (char)cp);
        return;
    }
    if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        buf_append(b, u, 2);
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        buf_append(b, u, 3);
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        buf_append(b, u, 4);
    }
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Decode the body s[0, n) of a literal (at source offset `at`) into p->text. `fmid`: an f-string
 * middle, where doubled braces stand for one. Newlines are normalised to \n as CPython does. */
static void decode(Parser *p, const char *s, uint32_t n, uint32_t at, bool raw, bool bytes, bool fmid)
{
    Buf *b = &p->text;
    uint32_t i = 0;
    while (i < n) {
        /* copy the run of ordinary characters in one go */
        uint32_t j = i;
        while (j < n) {
            unsigned char d = (unsigned char)s[j];
            if (d == '\\' || d == '\r' || d == '{' || d == '}' || (d >= 0x80 && bytes))
                break;
            j++;
        }
        if (j > i) {
            buf_append(b, s + i, j - i);
            i = j;
            continue;
        }
        unsigned char c = (unsigned char)s[i];
        if (c == '\r') {
            buf_putc(b, '\n');
            i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (fmid && (c == '{' || c == '}') && i + 1 < n && s[i + 1] == (char)c) {
            buf_putc(b, (char)c);
            i += 2;
            continue;
        }
        if (c >= 0x80 && bytes) {
            perr(p, at + i, at + i + 1, "bytes can only contain ASCII literal characters");
            buf_putc(b, (char)c);
            i++;
            continue;
        }
        if (c != '\\' || raw) {
            buf_putc(b, (char)c);
            i++;
            continue;
        }
        if (i + 1 >= n) {
            buf_putc(b, '\\');
            i++;
            continue;
        }
        unsigned char e = (unsigned char)s[i + 1];
        i += 2;
        switch (e) {
        case '\n': break;
        case '\r':
            if (i < n && s[i] == '\n')
                i++;
            break;
        case '\\': buf_putc(b, '\\'); break;
        case '\'': buf_putc(b, '\''); break;
        case '"': buf_putc(b, '"'); break;
        case 'a': buf_putc(b, '\a'); break;
        case 'b': buf_putc(b, '\b'); break;
        case 'f': buf_putc(b, '\f'); break;
        case 'n': buf_putc(b, '\n'); break;
        case 'r': buf_putc(b, '\r'); break;
        case 't': buf_putc(b, '\t'); break;
        case 'v': buf_putc(b, '\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            int v = e - '0';
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++)
                v = v * 8 + (s[i++] - '0');
            if (bytes)
                buf_putc(b, (char)(v & 0xFF));
            else
                put_cp(b, v);
            break;
        }
        case 'x': case 'u': case 'U': {
            int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            if (bytes && e != 'x') {
                buf_putc(b, '\\');
                buf_putc(b, (char)e);
                break;
            }
            int32_t v = 0;
            int k;
            for (k = 0; k < digits && i < n && hexval((unsigned char)s[i]) >= 0; k++)
                v = v * 16 + hexval((unsigned char)s[i++]);
            if (k < digits) {
                perrf(p, at + i - 2 - k, at + i, "(%s error) '%sescape' codec can't decode bytes: truncated \\%c%s escape",
                      bytes ? "value" : "unicode", bytes ? "" : "unicode", e,
                      e == 'x' ? "XX" : e == 'u' ? "XXXX" : "XXXXXXXX");
                break;
            }
            if (bytes)
                buf_putc(b, (char)v);
            else if (v > 0x10FFFF)
                perr(p, at + i - 10, at + i, "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character");
            else
                put_cp(b, v);
            break;
        }
        case 'N':
            if (!bytes) {
                if (i < n && s[i] == '{') {
                    uint32_t j = i + 1;
                    while (j < n && s[j] != '}')
                        j++;
                    int32_t cp;
                    if (j < n && unicode_name_lookup(s + i + 1, j - i - 1, &cp)) {
                        put_cp(b, cp);
                        i = j + 1;
                        break;
                    }
                }
                perr(p, at + i - 2, at + i, "(unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name");
                break;
            }
            buf_putc(b, '\\');
            buf_putc(b, 'N');
            break;
        default:
            buf_putc(b, '\\');
            buf_putc(b, (char)e);
            break;
        }
    }
}

/* The source of a replacement field up to its '=', as CPython shows it: comments left out,
 * newlines normalised. */
static void debug_text(Parser *p, uint32_t start, uint32_t end)
{
    Buf *b = &p->text;
    char q = 0;
    for (uint32_t i = start; i < end; i++) {
        char c = p->src[i];
        if (q) {
            if (c == '\\' && i + 1 < end) {
                buf_putc(b, c);
                c = p->src[++i];
            } else if (c == q) {
                q = 0;
            }
        } else if (c == '\'' || c == '"') {
            q = c;
        } else if (c == '#') {
            while (i + 1 < end && p->src[i + 1] != '\n' && p->src[i + 1] != '\r')
                i++;
            continue;
        }
        if (c == '\r') {
            buf_putc(b, '\n');
            if (i + 1 < end && p->src[i + 1] == '\n')
                i++;
            continue;
        }
        buf_putc(b, c);
    }
}

static void push_part(Parser *p, StrPart part)
{
    if (!vec_push(&p->parts, part))
        p->oom = true;
}

/* Turn parts [from, p->parts.len) into JoinedStr/TemplateStr values: adjacent literals merge into
 * one Constant spanning them, empty ones vanish. Truncates the parts and the text. */
static NodeList build_values(Parser *p, uint32_t from, uint32_t text_mark)
{
    uint32_t m = list_mark(p);
    uint32_t i = from, n = p->parts.len;
    while (i < n) {
        StrPart *s = &p->parts.data[i];
        if (s->expr) {
            list_push(p, s->expr);
            i++;
            continue;
        }
        uint32_t j = i, len = 0;
        while (j < n && !p->parts.data[j].expr)
            len += p->parts.data[j++].len;
        if (len) {
            Node *c = mk(p, AST_Constant, s->start, p->parts.data[j - 1].end);
            c->as.Constant.value.kind = CONST_STR;
            if (s->u)
                c->as.Constant.kind = (Str){"u", 1};
            Str t = str_dup(p, p->text.data + s->off, len);
            c->as.Constant.value.str = t.ptr;
            c->as.Constant.value.len = len;
            list_push(p, c);
        }
        i = j;
    }
    p->parts.len = from;
    p->text.len = text_mark;
    return list_finish(p, m);
}

static void parse_fstring_elements(Parser *p, uint16_t flags, bool in_spec);

/* replacement_field -> '{' (yield_expr | star_expressions) ['='] ['!' NAME] [':' format_spec] '}' */
static Node *parse_replacement_field(Parser *p, uint16_t flags)
{
    bool is_t = (flags & TF_TSTRING) != 0;
    const Token *lbrace = cur(p);
    advance(p);
    if (!enter(p))
        return error_expr(p, lbrace->start, lbrace->end);
    Node *value;
    if (at(p, TK_RBRACE)) {
        perr(p, cur(p)->start, cur(p)->end, "Expected an expression");
        value = error_expr(p, cur(p)->start, cur(p)->start);
    } else {
        value = at_kw(p, KW_YIELD) ? parse_yield_expr(p) : parse_star_expressions(p);
    }
    uint32_t expr_end = p->prev_end;
    bool debug = false;
    if (at(p, TK_EQUAL)) {
        advance(p);
        debug = true;
        uint32_t ds = lbrace->end, de = cur(p)->start;
        uint32_t off = (uint32_t)p->text.len;
        debug_text(p, ds, de);
        push_part(p, (StrPart){NULL, ds, de, off, (uint32_t)p->text.len - off, false});
    }
    int conv = -1;
    if (accept(p, TK_EXCLAMATION)) {
        const Token *t = cur(p);
        if (t->kind == TK_NAME && t->end - t->start == 1 && t->start == p->prev_end &&
            (p->src[t->start] == 's' || p->src[t->start] == 'r' || p->src[t->start] == 'a')) {
            conv = p->src[t->start];
            advance(p);
        } else {
            perr(p, t->start, t->end,
                 is_t ? "t-string: invalid conversion character" : "f-string: invalid conversion character");
            if (t->kind == TK_NAME)
                advance(p);
        }
    }
    Node *spec = NULL;
    if (at(p, TK_COLON)) {
        uint32_t colon = cur(p)->start;
        advance(p);
        if (++p->spec_depth > 2)
            perr(p, colon, colon + 1, is_t ? "t-string: expressions nested too deeply" : "f-string: expressions nested too deeply");
        uint32_t pm = p->parts.len, tm = (uint32_t)p->text.len;
        /* a format spec is a JoinedStr of FormattedValues, in t-strings too (as 3.14 builds it) */
        parse_fstring_elements(p, (uint16_t)(flags & ~TF_TSTRING), true);
        NodeList vals = build_values(p, pm, tm);
        spec = mk(p, AST_JoinedStr, colon, cur(p)->start);
        spec->as.JoinedStr.values = vals;
        p->spec_depth--;
    }
    if (!at(p, TK_RBRACE))
        perr(p, cur(p)->start, cur(p)->end, is_t ? "t-string: expecting `}`" : "f-string: expecting `}`");
    else
        advance(p);
    leave(p);
    if (debug && conv < 0 && !spec)
        conv = 'r';
    Node *f;
    if (is_t) {
        f = mk(p, AST_Interpolation, lbrace->start, p->prev_end);
        f->as.Interpolation.value = value;
        f->as.Interpolation.conversion = conv;
        f->as.Interpolation.format_spec = spec;
        ConstValue *cv = &f->as.Interpolation.str;
        cv->kind = CONST_STR;
        /* the expression's source as written: from just after '{' to its last token */
        Str text = str_dup(p, p->src + lbrace->end, expr_end > lbrace->end ? expr_end - lbrace->end : 0);
        cv->str = text.ptr;
        cv->len = (uint32_t)text.len;
    } else {
        f = mk(p, AST_FormattedValue, lbrace->start, p->prev_end);
        f->as.FormattedValue.value = value;
        f->as.FormattedValue.conversion = conv;
        f->as.FormattedValue.format_spec = spec;
    }
    return f;
}

/* The pieces of an f/t-string (or of a format spec, which stops before its closing '}'). */
static void parse_fstring_elements(Parser *p, uint16_t flags, bool in_spec)
{
    for (;;) {
        const Token *t = cur(p);
        if (t->kind == TK_FSTRING_MIDDLE || t->kind == TK_TSTRING_MIDDLE) {
            uint32_t off = (uint32_t)p->text.len;
            decode(p, p->src + t->start, t->end - t->start, t->start, (flags & TF_RAW) != 0, false, true);
            push_part(p, (StrPart){NULL, t->start, t->end, off, (uint32_t)p->text.len - off, false});
            advance(p);
        } else if (t->kind == TK_LBRACE) {
            Node *f = parse_replacement_field(p, flags);
            push_part(p, (StrPart){f, f->start, f->end, 0, 0, false});
        } else if (t->kind == TK_FSTRING_END || t->kind == TK_TSTRING_END) {
            if (!in_spec)
                advance(p);
            return;
        } else if (t->kind == TK_RBRACE && in_spec) {
            return;
        } else {
            /* the lexer reported the problem (unterminated string, ...) */
            if (!in_spec && t->kind != TK_NEWLINE && t->kind != TK_ENDMARKER)
                perr(p, t->start, t->end, "f-string: expecting `}`");
            return;
        }
    }
}

/* The body [*from, *to) of a STRING token, between its prefix and quotes. */
static void string_body(const Parser *p, const Token *t, uint32_t *from, uint32_t *to)
{
    uint32_t q = t->start;
    while (p->src[q] != '\'' && p->src[q] != '"')
        q++;
    uint32_t ql = (t->flags & TF_TRIPLE) ? 3 : 1;
    *from = q + ql;
    *to = t->end - ql > *from ? t->end - ql : *from;
}

/* strings -> (STRING | fstring | tstring)+ */
Node *parse_strings(Parser *p)
{
    const Token *t0 = cur(p);
    uint32_t start = t0->start;
    if (t0->kind == TK_STRING && !(t0->flags & (TF_ESCAPES | TF_BYTES))) {
        /* the common case: one str literal whose value is its text */
        TokKind next = kind_at(p, 1);
        if (next != TK_STRING && next != TK_FSTRING_START && next != TK_TSTRING_START) {
            uint32_t body, body_end;
            string_body(p, t0, &body, &body_end);
            advance(p);
            Node *c = mk(p, AST_Constant, start, t0->end);
            c->as.Constant.value.kind = CONST_STR;
            /* its text as written, in the source (as an int's): values are not NUL-terminated */
            c->as.Constant.value.str = p->src + body;
            c->as.Constant.value.len = body_end - body;
            if (t0->flags & TF_UNICODE)
                c->as.Constant.kind = (Str){"u", 1};
            return c;
        }
    }
    uint32_t pm = p->parts.len, tm = (uint32_t)p->text.len;
    bool has_f = false, has_t = false, has_bytes = false, has_str = false;
    bool first_u = (cur(p)->flags & TF_UNICODE) != 0 && at(p, TK_STRING);
    for (;;) {
        const Token *t = cur(p);
        if (t->kind == TK_STRING) {
            bool bytes = (t->flags & TF_BYTES) != 0;
            if (bytes)
                has_bytes = true;
            else
                has_str = true;
            uint32_t off = (uint32_t)p->text.len;
            uint32_t body, body_end;
            string_body(p, t, &body, &body_end);
            if (!(t->flags & TF_ESCAPES) && !bytes) {
                buf_append(&p->text, p->src + body, body_end - body);
            } else {
                decode(p, p->src + body, body_end - body, body, (t->flags & TF_RAW) != 0, bytes, false);
            }
            push_part(p, (StrPart){NULL, t->start, t->end, off, (uint32_t)p->text.len - off, (t->flags & TF_UNICODE) != 0});
            advance(p);
        } else if (t->kind == TK_FSTRING_START || t->kind == TK_TSTRING_START) {
            if (t->kind == TK_TSTRING_START)
                has_t = true;
            else
                has_f = true;
            uint16_t flags = t->flags;
            advance(p);
            parse_fstring_elements(p, flags, false);
        } else {
            break;
        }
    }
    uint32_t end = p->prev_end;
    if (has_bytes && (has_str || has_f || has_t))
        perr(p, start, end, "cannot mix bytes and nonbytes literals");
    if (has_t && has_f)
        perr(p, start, end, "cannot mix t-string literals with string or bytes literals");
    if (!has_f && !has_t) {
        uint32_t len = 0;
        for (uint32_t i = pm; i < p->parts.len; i++)
            len += p->parts.data[i].len;
        Node *c = mk(p, AST_Constant, start, end);
        c->as.Constant.value.kind = has_bytes ? CONST_BYTES : CONST_STR;
        Str s = str_dup(p, p->text.data ? p->text.data + p->parts.data[pm].off : "", len);
        c->as.Constant.value.str = s.ptr;
        c->as.Constant.value.len = len;
        if (first_u)
            c->as.Constant.kind = (Str){"u", 1};
        p->parts.len = pm;
        p->text.len = tm;
        return c;
    }
    NodeList vals = build_values(p, pm, tm);
    Node *j = mk(p, has_t ? AST_TemplateStr : AST_JoinedStr, start, end);
    if (has_t)
        j->as.TemplateStr.values = vals;
    else
        j->as.JoinedStr.values = vals;
    return j;
}
