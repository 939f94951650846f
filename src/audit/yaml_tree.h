/* yaml_tree.h: a YAML document read through libyaml into a small tree of nodes with line numbers. */
#ifndef SNIPE_AUDIT_YAML_TREE_H
#define SNIPE_AUDIT_YAML_TREE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"

typedef enum YamlKind { YAML_NODE_SCALAR, YAML_NODE_SEQ, YAML_NODE_MAP } YamlKind;

typedef struct YamlNode YamlNode;
struct YamlNode {
    YamlKind kind;
    uint32_t line;            /* 1-based line where the node starts */
    const char *scalar;       /* YAML_NODE_SCALAR: the value, NUL-terminated */
    uint32_t len;             /* number of items (sequence) or pairs (mapping) */
    YamlNode **items;         /* sequence items; mapping: keys at 2i, values at 2i+1 */
};

typedef struct YamlError {
    uint32_t line, col;       /* 1-based */
    char message[160];
} YamlError;

/* Read the first document of `text`. Returns its root (an empty mapping for an empty
 * document), or NULL with *err filled when the text is not YAML or nests too deeply. */
YamlNode *yaml_tree_parse(Arena *a, const char *text, size_t len, YamlError *err);

/* The value for a scalar key of a mapping; NULL when absent or when `map` is not a mapping. */
const YamlNode *yaml_get(const YamlNode *map, const char *key);
/* The scalar text of a node, or NULL when it is not a scalar. */
const char *yaml_str(const YamlNode *n);

#endif
