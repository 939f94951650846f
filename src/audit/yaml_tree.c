/* yaml_tree.c: builds a YamlNode tree from libyaml's event stream (anchors resolved, depth bounded). */
#include "yaml_tree.h"

#include <stdio.h>
#include <string.h>
#include <yaml.h>

#include "util/vec.h"

#define YAML_MAX_DEPTH 200
#define YAML_MAX_ANCHORS 1024

typedef struct Anchor {
    const char *name;
    YamlNode *node;
} Anchor;

typedef struct Builder {
    Arena *a;
    yaml_parser_t parser;
    YamlError *err;
    Anchor anchors[YAML_MAX_ANCHORS];
    int nanchors;
    bool failed;
} Builder;

static void fail(Builder *b, uint32_t line, uint32_t col, const char *msg)
{
    if (b->failed)
        return;
    b->failed = true;
    b->err->line = line;
    b->err->col = col;
    snprintf(b->err->message, sizeof b->err->message, "%s", msg);
}

static void fail_parser(Builder *b)
{
    const yaml_parser_t *p = &b->parser;
    char msg[160];
    const yaml_mark_t *m = p->problem ? &p->problem_mark : &p->context_mark;
    if (p->context)
        snprintf(msg, sizeof msg, "%s %s", p->problem ? p->problem : "error", p->context);
    else
        snprintf(msg, sizeof msg, "%s", p->problem ? p->problem : "invalid YAML");
    fail(b, (uint32_t)m->line + 1, (uint32_t)m->column + 1, msg);
}

static void remember(Builder *b, const yaml_char_t *anchor, YamlNode *n)
{
    if (!anchor || b->nanchors >= YAML_MAX_ANCHORS)
        return;
    b->anchors[b->nanchors].name = arena_strdup(b->a, (const char *)anchor);
    b->anchors[b->nanchors].node = n;
    if (b->anchors[b->nanchors].name)
        b->nanchors++;
}

static YamlNode *new_node(Builder *b, YamlKind k, const yaml_event_t *ev)
{
    YamlNode *n = ARENA_NEW(b->a, YamlNode);
    if (!n) {
        fail(b, 0, 0, "out of memory");
        return NULL;
    }
    n->kind = k;
    n->line = (uint32_t)ev->start_mark.line + 1;
    return n;
}

/* node -> scalar | alias | sequence-start node* sequence-end | mapping-start (node node)* mapping-end */
static YamlNode *read_node(Builder *b, yaml_event_t *ev, int depth)
{
    if (depth > YAML_MAX_DEPTH) {
        fail(b, (uint32_t)ev->start_mark.line + 1, (uint32_t)ev->start_mark.column + 1,
             "nested too deeply");
        return NULL;
    }
    switch (ev->type) {
    case YAML_SCALAR_EVENT: {
        YamlNode *n = new_node(b, YAML_NODE_SCALAR, ev);
        if (!n)
            return NULL;
        n->scalar = arena_strndup(b->a, (const char *)ev->data.scalar.value, ev->data.scalar.length);
        if (!n->scalar) {
            fail(b, 0, 0, "out of memory");
            return NULL;
        }
        remember(b, ev->data.scalar.anchor, n);
        return n;
    }
    case YAML_ALIAS_EVENT:
        for (int i = b->nanchors - 1; i >= 0; i--)
            if (strcmp(b->anchors[i].name, (const char *)ev->data.alias.anchor) == 0)
                return b->anchors[i].node;
        fail(b, (uint32_t)ev->start_mark.line + 1, (uint32_t)ev->start_mark.column + 1,
             "unknown alias");
        return NULL;
    case YAML_SEQUENCE_START_EVENT:
    case YAML_MAPPING_START_EVENT: {
        bool map = ev->type == YAML_MAPPING_START_EVENT;
        YamlNode *n = new_node(b, map ? YAML_NODE_MAP : YAML_NODE_SEQ, ev);
        if (!n)
            return NULL;
        remember(b, map ? ev->data.mapping_start.anchor : ev->data.sequence_start.anchor, n);
        yaml_event_type_t end = map ? YAML_MAPPING_END_EVENT : YAML_SEQUENCE_END_EVENT;
        Vec(YamlNode *) kids = {0};
        for (;;) {
            yaml_event_t child;
            if (!yaml_parser_parse(&b->parser, &child)) {
                fail_parser(b);
                vec_free(&kids);
                return NULL;
            }
            if (child.type == end) {
                yaml_event_delete(&child);
                break;
            }
            YamlNode *c = read_node(b, &child, depth + 1);
            yaml_event_delete(&child);
            if (!c || !vec_push(&kids, c)) {
                fail(b, 0, 0, "out of memory");
                vec_free(&kids);
                return NULL;
            }
        }
        n->items = ARENA_ARRAY(b->a, YamlNode *, kids.len ? kids.len : 1);
        if (!n->items) {
            vec_free(&kids);
            fail(b, 0, 0, "out of memory");
            return NULL;
        }
        if (kids.len)
            memcpy(n->items, kids.data, kids.len * sizeof(YamlNode *));
        n->len = map ? kids.len / 2 : kids.len;
        vec_free(&kids);
        return n;
    }
    default:
        fail(b, (uint32_t)ev->start_mark.line + 1, 1, "unexpected YAML event");
        return NULL;
    }
}

YamlNode *yaml_tree_parse(Arena *a, const char *text, size_t len, YamlError *err)
{
    Builder *b = calloc(1, sizeof *b);
    if (!b) {
        snprintf(err->message, sizeof err->message, "out of memory");
        err->line = err->col = 0;
        return NULL;
    }
    b->a = a;
    b->err = err;
    if (!yaml_parser_initialize(&b->parser)) {
        free(b);
        snprintf(err->message, sizeof err->message, "out of memory");
        return NULL;
    }
    yaml_parser_set_input_string(&b->parser, (const unsigned char *)text, len);
    YamlNode *root = NULL;
    bool ended = false;
    /* stream-start, then document-start or stream-end */
    for (;;) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&b->parser, &ev)) {
            fail_parser(b);
            break;
        }
        yaml_event_type_t t = ev.type;
        ended = t == YAML_STREAM_END_EVENT || t == YAML_NO_EVENT;
        if (ended || t == YAML_DOCUMENT_END_EVENT) {
            yaml_event_delete(&ev);
            break;
        }
        if (t == YAML_STREAM_START_EVENT || t == YAML_DOCUMENT_START_EVENT) {
            yaml_event_delete(&ev);
            continue;
        }
        root = read_node(b, &ev, 0);
        yaml_event_delete(&ev);
        if (!root)
            break;
    }
    /* Read the rest of the stream so that syntax errors later in the text are reported. */
    while (!b->failed && !ended) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&b->parser, &ev)) {
            fail_parser(b);
            break;
        }
        bool done = ev.type == YAML_STREAM_END_EVENT || ev.type == YAML_NO_EVENT;
        yaml_event_delete(&ev);
        if (done)
            break;
    }
    bool failed = b->failed;
    yaml_parser_delete(&b->parser);
    free(b);
    if (failed)
        return NULL;
    if (!root) {
        root = ARENA_NEW(a, YamlNode);
        if (!root) {
            snprintf(err->message, sizeof err->message, "out of memory");
            return NULL;
        }
        root->kind = YAML_NODE_MAP;
        root->line = 1;
    }
    return root;
}

const YamlNode *yaml_get(const YamlNode *map, const char *key)
{
    if (!map || map->kind != YAML_NODE_MAP)
        return NULL;
    for (uint32_t i = 0; i < map->len; i++) {
        const YamlNode *k = map->items[2 * i];
        if (k->kind == YAML_NODE_SCALAR && strcmp(k->scalar, key) == 0)
            return map->items[2 * i + 1];
    }
    return NULL;
}

const char *yaml_str(const YamlNode *n)
{
    return n && n->kind == YAML_NODE_SCALAR ? n->scalar : NULL;
}
