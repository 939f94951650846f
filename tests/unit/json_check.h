/* json_check.h (tests): a strict JSON reader (RFC 8259) and a well-formedness checker for XML, to
 * validate what the machine-readable output formats print. */
#ifndef SNIPE_TEST_JSON_CHECK_H
#define SNIPE_TEST_JSON_CHECK_H

#include <stdbool.h>
#include <stddef.h>

typedef enum JType { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ } JType;

typedef struct JVal {
    JType t;
    bool b;
    double num;
    char *str;             /* J_STR, decoded */
    struct JVal *items;    /* J_ARR elements, J_OBJ values */
    char **keys;           /* J_OBJ keys, in document order */
    size_t n;
} JVal;

/* Parse exactly one JSON value (surrounding whitespace allowed). Returns false on any error. */
bool json_parse(const char *text, JVal *out);
void json_free(JVal *v);
/* The member `key` of an object, or NULL. */
const JVal *json_get(const JVal *obj, const char *key);
/* Whether an object's keys are exactly the comma-separated list, in that order. */
bool json_keys_are(const JVal *obj, const char *keys);

/* Whether `text` is well-formed XML: one root element, balanced and properly nested tags,
 * quoted attributes, and only the five predefined or numeric entities. */
bool xml_well_formed(const char *text);

#endif
