/* pyscan.h: a small scanner of Python source that skips comments and strings and yields names and operators. */
#ifndef SNIPE_AUDIT_PYSCAN_H
#define SNIPE_AUDIT_PYSCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Not a full tokenizer: it knows comments, every string form (prefixes, triple quotes,
 * f-strings are skipped whole), names, numbers and single-character operators. That is
 * enough to find calls and definitions without being fooled by text in strings. */
typedef enum PyTokKind { PYT_NAME, PYT_OP, PYT_NUMBER, PYT_STRING, PYT_END } PyTokKind;

typedef struct PyTok {
    PyTokKind kind;
    const char *ptr;
    uint32_t len;
    uint32_t line;      /* 1-based */
    uint32_t col;       /* 0-based byte column */
    bool line_start;    /* first token of a logical line */
} PyTok;

typedef struct PyScan {
    const char *src, *end, *p;
    uint32_t line;
    const char *line_begin;
    int depth;          /* bracket depth: newlines inside brackets do not end a logical line */
    bool at_line_start;
} PyScan;

void pyscan_init(PyScan *s, const char *src, size_t len);
PyTok pyscan_next(PyScan *s);

/* Line of the first call `name(` that is not a method call (`x.name(`) or a definition
 * (`def name(`); 0 when there is none. */
uint32_t py_find_call(const char *src, size_t len, const char *name);
/* Line of a top-level assignment to `name` (`name =`, `name: T =`, `name +=`); 0 if none. */
uint32_t py_find_assign(const char *src, size_t len, const char *name);
/* Line of a class whose bases name something ending in `suffix` (e.g. "Formatter"); 0 if none. */
uint32_t py_find_subclass(const char *src, size_t len, const char *suffix);
/* Line of the first use of the name `name` anywhere in code; 0 if none. */
uint32_t py_find_name(const char *src, size_t len, const char *name);
/* Line of a keyword argument `name=` (not `==`); 0 if none. */
uint32_t py_find_kwarg(const char *src, size_t len, const char *name);

#endif
