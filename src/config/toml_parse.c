/* toml_parse.c: the TOML document grammar (key/values, headers, arrays, inline tables) and the
 * rules on which tables may be defined or extended where. */
#include <string.h>

#include "config/toml.h"
#include "config/toml_lex.h"
#include "config/toml_table.h"

typedef struct TomlParser {
    TomlLexer lx;
    TomlValue *root;
    TomlValue *cur;     /* the table receiving the key/value lines of the current section */
    uint32_t section;   /* number of the current section: 1 before the first header, +1 per header */
} TomlParser;

/* One part of a dotted key, with the position where it was written. */
typedef struct KeyPart {
    TomlText text;
    size_t pos;
    uint32_t line, col;
} KeyPart;

typedef struct Key {
    KeyPart *parts;
    uint32_t n, cap;
} Key;

static TomlValue *parse_value(TomlParser *p, uint32_t depth);

/* For messages: the dotted key key.parts[0..last], control characters as '?', cut to fit. */
static const char *show(const Key *key, uint32_t last, char *buf, size_t size)
{
    size_t n = 0, room = size - 4; /* keep space for "..." and the NUL */
    for (uint32_t k = 0; k <= last; k++) {
        const TomlText *t = &key->parts[k].text;
        if (k > 0 && n < room)
            buf[n++] = '.';
        for (uint32_t i = 0; i < t->len && n < room; i++) {
            unsigned char c = (unsigned char)t->ptr[i];
            buf[n++] = c < 0x20 || c == 0x7F ? '?' : (char)c;
        }
    }
    size_t full = last; /* the dots */
    for (uint32_t k = 0; k <= last; k++)
        full += key->parts[k].text.len;
    if (full > n)
        memcpy(buf + n, "...", 3), n += 3;
    buf[n] = 0;
    return buf;
}

static bool key_push(TomlParser *p, Key *key, KeyPart part)
{
    if (key->n == key->cap) {
        uint32_t cap = key->cap ? key->cap * 2 : 4;
        KeyPart *parts = ARENA_ARRAY(p->lx.a, KeyPart, cap);
        if (!parts)
            return lx_oom(&p->lx);
        if (key->n)
            memcpy(parts, key->parts, sizeof *parts * key->n);
        key->parts = parts;
        key->cap = cap;
    }
    key->parts[key->n++] = part;
    return true;
}

/* key -> simple-key ( ws '.' ws simple-key )* */
static bool parse_key(TomlParser *p, Key *key)
{
    TomlLexer *lx = &p->lx;
    memset(key, 0, sizeof *key);
    for (;;) {
        KeyPart part = {.pos = lx->pos};
        lx_where(lx, part.pos, &part.line, &part.col);
        if (!lx_simple_key(lx, &part.text) || !key_push(p, key, part))
            return false;
        if (key->n > TOML_MAX_DEPTH)
            return lx_error(lx, part.pos, "dotted key with more than %d parts", TOML_MAX_DEPTH);
        size_t save = lx->pos;
        lx_skip_ws(lx);
        if (lx_peek(lx) != '.') {
            lx->pos = save;
            return true;
        }
        lx->pos++;
        lx_skip_ws(lx);
    }
}

/* Add key part k -> v to table t. */
static bool add_entry(TomlParser *p, TomlValue *t, const KeyPart *k, TomlValue *v)
{
    TomlEntry *e = toml_table_add(p->lx.a, t, k->text.ptr, k->text.len, v);
    if (!e)
        return lx_oom(&p->lx);
    e->line = k->line;
    e->col = k->col;
    return true;
}

/* A new table for key part k inside t. */
static TomlValue *new_table(TomlParser *p, TomlValue *t, const KeyPart *k)
{
    TomlValue *nt = lx_new_value(&p->lx, TOML_TABLE, k->pos, t->depth + 1);
    if (!nt || !add_entry(p, t, k, nt))
        return NULL;
    return nt;
}

/* What v is, for messages: "an integer", "an inline table", "an array of tables"... */
static const char *what(const TomlValue *v)
{
    static const char *const phrase[] = {
        [TOML_STRING] = "a string",
        [TOML_INTEGER] = "an integer",
        [TOML_FLOAT] = "a float",
        [TOML_BOOL] = "a boolean",
        [TOML_DATETIME] = "an offset date-time",
        [TOML_DATETIME_LOCAL] = "a local date-time",
        [TOML_DATE_LOCAL] = "a local date",
        [TOML_TIME_LOCAL] = "a local time",
        [TOML_ARRAY] = "an array",
        [TOML_TABLE] = "a table",
    };
    if (v->flags & TOML_F_INLINE)
        return "an inline table";
    if (v->flags & TOML_F_AOT)
        return "an array of tables";
    return phrase[v->kind];
}

static TomlValue *not_a_table(TomlParser *p, const Key *key, uint32_t i, const TomlValue *v)
{
    char b[96];
    lx_error(&p->lx, key->parts[i].pos, "key '%s' is already %s (defined at line %u), not a table",
             show(key, i, b, sizeof b), what(v), v->line);
    return NULL;
}

/* One intermediate step of a [header] path: into (or creating) the table k of t. Arrays of tables
 * lead into their last element. */
static TomlValue *header_step(TomlParser *p, TomlValue *t, const Key *key, uint32_t i)
{
    const KeyPart *k = &key->parts[i];
    char b[96];
    TomlEntry *e = toml_table_find(t, k->text.ptr, k->text.len);
    if (!e)
        return new_table(p, t, k);
    TomlValue *v = e->value;
    if (v->kind == TOML_TABLE) {
        if (v->flags & TOML_F_INLINE) {
            lx_error(&p->lx, k->pos, "cannot extend the inline table '%s' (defined at line %u)",
                     show(key, i, b, sizeof b), v->line);
            return NULL;
        }
        return v;
    }
    if (v->kind == TOML_ARRAY && (v->flags & TOML_F_AOT))
        return v->as.array.items[v->as.array.len - 1];
    if (v->kind == TOML_ARRAY) {
        lx_error(&p->lx, k->pos, "cannot extend the array '%s' (defined at line %u) with a table header",
                 show(key, i, b, sizeof b), v->line);
        return NULL;
    }
    return not_a_table(p, key, i, v);
}

/* One intermediate step of a dotted key in a key/value pair: into (or creating) the table k of t.
 * Such a table may not be one defined by a header, an inline table, or one that dotted keys
 * opened in an earlier section. */
static TomlValue *dotted_step(TomlParser *p, TomlValue *t, const Key *key, uint32_t i)
{
    const KeyPart *k = &key->parts[i];
    char b[96];
    TomlEntry *e = toml_table_find(t, k->text.ptr, k->text.len);
    if (!e) {
        TomlValue *nt = new_table(p, t, k);
        if (nt)
            nt->section = p->section;
        return nt;
    }
    TomlValue *v = e->value;
    if (v->kind != TOML_TABLE)
        return not_a_table(p, key, i, v);
    const char *why = NULL;
    if (v->flags & TOML_F_INLINE)
        why = "cannot extend the inline table '%s' (defined at line %u)";
    else if (v->flags & TOML_F_DEFINED)
        why = "cannot add to the table '%s' with a dotted key: it has a [header] at line %u";
    else if (v->section != 0 && v->section != p->section)
        why = "cannot add to the table '%s' (defined with dotted keys at line %u) from another section";
    if (why) {
        lx_error(&p->lx, k->pos, why, show(key, i, b, sizeof b), v->line);
        return NULL;
    }
    v->section = p->section;
    return v;
}

/* keyval -> key ws '=' ws val ; into `table` (a section's table or an inline table). */
static bool parse_keyval(TomlParser *p, TomlValue *table)
{
    TomlLexer *lx = &p->lx;
    Key key;
    if (!parse_key(p, &key))
        return false;
    lx_skip_ws(lx);
    if (lx_peek(lx) != '=')
        return lx_error(lx, lx->pos, "expected '=' after a key");
    lx->pos++;
    lx_skip_ws(lx);
    TomlValue *t = table;
    for (uint32_t i = 0; i + 1 < key.n; i++)
        if (!(t = dotted_step(p, t, &key, i)))
            return false;
    const KeyPart *last = &key.parts[key.n - 1];
    TomlEntry *e = toml_table_find(t, last->text.ptr, last->text.len);
    if (e) {
        char b[96];
        return lx_error(lx, last->pos, "duplicate key '%s' (first defined at line %u)",
                        show(&key, key.n - 1, b, sizeof b), e->line);
    }
    TomlValue *v = parse_value(p, t->depth + 1);
    return v && add_entry(p, t, last, v);
}

/* array -> '[' ws-comment-newline [ val ( ws-comment-newline ',' ws-comment-newline val )*
 *          ws-comment-newline [ ',' ] ] ws-comment-newline ']' */
static TomlValue *parse_array(TomlParser *p, uint32_t depth)
{
    TomlLexer *lx = &p->lx;
    size_t open = lx->pos;
    TomlValue *arr = lx_new_value(lx, TOML_ARRAY, open, depth);
    if (!arr)
        return NULL;
    lx->pos++;
    for (;;) {
        lx_skip_ws_comments_newlines(lx);
        if (lx_peek(lx) == ']')
            break;
        TomlValue *item = parse_value(p, depth + 1);
        if (!item)
            return NULL;
        if (!toml_array_push(lx->a, arr, item)) {
            lx_oom(lx);
            return NULL;
        }
        lx_skip_ws_comments_newlines(lx);
        if (lx_peek(lx) == ',') {
            lx->pos++;
            continue;
        }
        if (lx_peek(lx) == ']')
            break;
        if (lx_eof(lx))
            lx_error(lx, open, "unterminated array");
        else
            lx_error(lx, lx->pos, "expected ',' or ']' in an array");
        return NULL;
    }
    lx->pos++;
    return arr;
}

/* inline-table -> '{' ws [ keyval ( ws ',' ws keyval )* ] ws '}'  (all on one line) */
static TomlValue *parse_inline_table(TomlParser *p, uint32_t depth)
{
    TomlLexer *lx = &p->lx;
    size_t open = lx->pos;
    TomlValue *t = lx_new_value(lx, TOML_TABLE, open, depth);
    if (!t)
        return NULL;
    t->flags = TOML_F_INLINE;
    lx->pos++;
    lx_skip_ws(lx);
    if (lx_peek(lx) == '}') {
        lx->pos++;
        return t;
    }
    for (;;) {
        lx_skip_ws(lx);
        if (lx_peek(lx) == '}') {
            lx_error(lx, lx->pos, "trailing comma in an inline table");
            return NULL;
        }
        if (!parse_keyval(p, t))
            return NULL;
        lx_skip_ws(lx);
        int c = lx_peek(lx);
        if (c == ',') {
            lx->pos++;
            continue;
        }
        if (c == '}') {
            lx->pos++;
            return t;
        }
        if (lx_eof(lx) || lx_at_newline(lx))
            lx_error(lx, lx->pos, "inline table not closed before the end of the line "
                                  "(inline tables must be on one line)");
        else
            lx_error(lx, lx->pos, "expected ',' or '}' in an inline table");
        return NULL;
    }
}

/* val -> string | boolean | array | inline-table | date-time | float | integer */
static TomlValue *parse_value(TomlParser *p, uint32_t depth)
{
    TomlLexer *lx = &p->lx;
    int c = lx_peek(lx);
    if (c == '"' || c == '\'') {
        TomlValue *v = lx_new_value(lx, TOML_STRING, lx->pos, depth);
        TomlText s;
        if (!v || !lx_string(lx, false, &s))
            return NULL;
        v->as.str.ptr = s.ptr;
        v->as.str.len = s.len;
        return v;
    }
    if (c == '[')
        return parse_array(p, depth);
    if (c == '{')
        return parse_inline_table(p, depth);
    return lx_scalar(lx, depth);
}

/* std-table -> '[' ws key ws ']' ; array-table -> '[[' ws key ws ']]' */
static bool parse_header(TomlParser *p)
{
    TomlLexer *lx = &p->lx;
    size_t open = lx->pos;
    bool aot = lx_peek_at(lx, 1) == '[';
    lx->pos += aot ? 2 : 1;
    lx_skip_ws(lx);
    Key key;
    if (!parse_key(p, &key))
        return false;
    lx_skip_ws(lx);
    if (lx_peek(lx) != ']' || (aot && lx_peek_at(lx, 1) != ']'))
        return lx_error(lx, lx->pos, aot ? "expected ']]' to close the array of tables header"
                                         : "expected ']' to close the table header");
    lx->pos += aot ? 2 : 1;
    p->section++;

    TomlValue *t = p->root;
    for (uint32_t i = 0; i + 1 < key.n; i++)
        if (!(t = header_step(p, t, &key, i)))
            return false;
    const KeyPart *last = &key.parts[key.n - 1];
    TomlEntry *e = toml_table_find(t, last->text.ptr, last->text.len);
    TomlValue *v = e ? e->value : NULL;
    char b[96];
    if (aot) {
        if (!v) {
            v = lx_new_value(lx, TOML_ARRAY, open, t->depth + 1);
            if (!v || !add_entry(p, t, last, v))
                return false;
            v->flags = TOML_F_AOT;
        } else if (v->kind != TOML_ARRAY || !(v->flags & TOML_F_AOT)) {
            return lx_error(lx, last->pos, "cannot define '%s' as an array of tables: it is already "
                            "%s (defined at line %u)", show(&key, key.n - 1, b, sizeof b), what(v), v->line);
        }
        TomlValue *elem = lx_new_value(lx, TOML_TABLE, open, v->depth + 1);
        if (!elem)
            return false;
        elem->flags = TOML_F_DEFINED;
        if (!toml_array_push(lx->a, v, elem))
            return lx_oom(lx);
        p->cur = elem;
        return true;
    }
    if (!v) {
        v = lx_new_value(lx, TOML_TABLE, open, t->depth + 1);
        if (!v || !add_entry(p, t, last, v))
            return false;
    } else if (v->kind != TOML_TABLE) {
        return lx_error(lx, last->pos, "cannot define '%s' as a table: it is already %s "
                        "(defined at line %u)", show(&key, key.n - 1, b, sizeof b), what(v), v->line);
    } else if (v->flags & (TOML_F_DEFINED | TOML_F_INLINE) || v->section != 0) {
        return lx_error(lx, last->pos, "table '%s' is already defined (at line %u)",
                        show(&key, key.n - 1, b, sizeof b), v->line);
    } else {
        lx_where(lx, open, &v->line, &v->col); /* an implicit table: now defined here */
    }
    v->flags |= TOML_F_DEFINED;
    p->cur = v;
    return true;
}

/* toml -> expression ( newline expression )* ; expression -> ws [ keyval | table ] ws [ comment ] */
static bool parse_document(TomlParser *p)
{
    TomlLexer *lx = &p->lx;
    for (;;) {
        lx_skip_ws(lx);
        if (lx_eof(lx))
            return true;
        int c = lx_peek(lx);
        if (c == '[') {
            if (!parse_header(p) || !lx_end_of_line(lx, "a table header"))
                return false;
        } else if (c == '#' || lx_at_newline(lx)) {
            if (!lx_end_of_line(lx, "a comment"))
                return false;
        } else {
            if (!parse_keyval(p, p->cur) || !lx_end_of_line(lx, "a value"))
                return false;
        }
    }
}

TomlValue *toml_parse(Arena *a, const char *text, size_t len, TomlError *err)
{
    TomlError dummy;
    if (!err)
        err = &dummy;
    memset(err, 0, sizeof *err);
    TomlParser p = {.section = 1};
    lx_init(&p.lx, a, text ? text : "", text ? len : 0, err);
    bool ok = lx_check_text(&p.lx);
    if (ok) {
        p.root = p.cur = lx_new_value(&p.lx, TOML_TABLE, p.lx.pos, 0);
        ok = p.root && parse_document(&p);
    }
    lx_finish(&p.lx);
    if (!ok) {
        if (!p.lx.failed)
            lx_error(&p.lx, p.lx.pos, "invalid TOML");
        return NULL;
    }
    return p.root;
}
