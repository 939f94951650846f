/* json_check.h (tests): a strict JSON reader (RFC 8259) and a well-formedness checker for XML, to
 * validate what the machine-readable output formats print. */
#ifndef SNIPE_TEST_JSON_CHECK_H
#define SNIPE_TEST_JSON_CHECK_H

#include <stdbool.h>
#include <stddef.h>

typedef enum CjType { CJ_NULL, CJ_BOOL, CJ_NUM, CJ_STR, CJ_ARR, CJ_OBJ } CjType;

typedef struct CjVal {
    CjType t;
    bool b;
    double num;
    char *str;             /* CJ_STR, decoded */
    struct CjVal *items;    /* CJ_ARR elements, CJ_OBJ values */
    char **keys;           /* CJ_OBJ keys, in document order */
    size_t n;
} CjVal;

/* Parse exactly one JSON value (surrounding whitespace allowed). Returns false on any error. */
bool cj_parse(const char *text, CjVal *out);
void cj_free(CjVal *v);
/* The member `key` of an object, or NULL. */
const CjVal *cj_get(const CjVal *obj, const char *key);
/* Whether an object's keys are exactly the comma-separated list, in that order. */
bool cj_keys_are(const CjVal *obj, const char *keys);

/* Whether `text` is well-formed XML: one root element, balanced and properly nested tags,
 * quoted attributes, and only the five predefined or numeric entities. */
bool xml_well_formed(const char *text);

#endif
