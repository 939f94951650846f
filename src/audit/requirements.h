/* requirements.h: requirement files (pip's format) read line by line per PEP 508 and PEP 440. */
#ifndef SNIPE_AUDIT_REQUIREMENTS_H
#define SNIPE_AUDIT_REQUIREMENTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"

typedef enum ReqKind {
    REQ_REQUIREMENT,   /* name[extras] specifiers ; markers   or   name @ url */
    REQ_INCLUDE,       /* -r / --requirement / -c / --constraint FILE */
    REQ_EDITABLE,      /* -e / --editable TARGET */
    REQ_OPTION,        /* any other option line (--index-url ...) */
    REQ_PATH,          /* a local path or URL without a name (., ./pkg, https://...) */
    REQ_INVALID,       /* not a requirement */
} ReqKind;

typedef struct ReqLine {
    ReqKind kind;
    uint32_t line;           /* 1-based line where the logical line starts */
    const char *name;        /* normalised name (PEP 503: lower case, runs of -_. as -) or target */
    bool pinned;             /* exactly one == (no wildcard) or ===, or a direct URL reference */
    bool has_hash;           /* carries --hash=... */
} ReqLine;

typedef struct ReqFile {
    ReqLine *lines;
    uint32_t len;
} ReqFile;

/* Read a requirements file. Returns false only when memory runs out. */
bool req_parse(Arena *a, const char *text, size_t len, ReqFile *out);
/* Parse one PEP 508 requirement string (as in [project].dependencies) into *out. */
bool req_parse_one(Arena *a, const char *s, size_t len, ReqLine *out);
/* PEP 503 normalisation of a distribution name into the arena. */
char *req_normalise(Arena *a, const char *name, size_t len);

#endif
