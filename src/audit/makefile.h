/* makefile.h: the recipe lines of Makefile targets, so that `make lint` in CI is seen as what it runs. */
#ifndef SNIPE_AUDIT_MAKEFILE_H
#define SNIPE_AUDIT_MAKEFILE_H

#include <stdbool.h>
#include <stdint.h>

#include "util/arena.h"

typedef struct MakeLine {
    const char *text;     /* one recipe line, continuations joined, leading @ - + removed */
    uint32_t line;        /* 1-based line in the Makefile */
} MakeLine;

typedef struct MakeLines {
    MakeLine *data;
    uint32_t len, cap;
} MakeLines;

/* Append to *out the recipe lines of `target` and, before them, of its prerequisites
 * (depth-limited, each target once per call through `seen`). Returns false on OOM. */
bool makefile_recipes(Arena *a, const char *text, const char *target, MakeLines *out);

/* For a shell command, call `fn` with each target named by a `make` invocation in it
 * (`make lint test`, `make -j2 check VAR=1`); returns the number of targets found. */
int makefile_targets_in(const char *cmd, void (*fn)(void *ctx, const char *target, size_t len), void *ctx);

#endif
