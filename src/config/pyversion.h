/* pyversion.h: PEP 440 version specifiers (`>=3.9,<4`), enough for `requires-python` (Ruff infers
 * target-version from it) and `required-version`. */
#ifndef SNIPE_PYVERSION_H
#define SNIPE_PYVERSION_H

#include <stdbool.h>
#include <stdint.h>

#include "config/settings.h"

#define PEP440_MAX_PARTS 8

typedef enum VerOp { OP_EQ, OP_EQ_STAR, OP_NE, OP_NE_STAR, OP_ARB, OP_COMPAT, OP_LT, OP_LE, OP_GT, OP_GE } VerOp;

typedef struct VerSpec {
    VerOp op;
    uint32_t release[PEP440_MAX_PARTS];   /* the release segment; pre/post/dev suffixes are dropped */
    int nrelease;
} VerSpec;

/* Parse a comma-separated specifier list into at most `max` clauses. False when malformed. */
bool pep440_parse(const char *text, VerSpec *out, int max, int *n);
/* Does `version` (a release segment) satisfy every clause? */
bool pep440_contains(const VerSpec *specs, int n, const uint32_t *version, int nversion);
/* Parse a plain version ("0.17.3"). */
bool pep440_parse_version(const char *text, uint32_t *release, int *n);

/* Ruff's rule for `requires-python`: the lowest major.minor among the ==, ==*, ===, ~=, > and >=
 * clauses, if that is a version target-version can name (3.7 .. 3.15); else 0. Sets *valid to
 * false when the text is not a specifier list. */
PyVersion requires_python_minimum(const char *text, bool *valid);

/* "py311" -> PY311; false when unknown. */
bool py_version_parse(const char *name, PyVersion *out);
const char *py_version_name(PyVersion v);

#endif
