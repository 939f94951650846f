/* dockerfile.h: a Dockerfile reader following Docker's rules (directives, continuations, forms, stages). */
#ifndef SNIPE_AUDIT_DOCKERFILE_H
#define SNIPE_AUDIT_DOCKERFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"

typedef struct DockerInstr {
    const char *keyword;      /* upper-cased: FROM, RUN, COPY, USER... */
    uint32_t line;            /* 1-based line of the keyword */
    const char *args;         /* the arguments after the flags, continuations joined */
    const char **flags;       /* leading --name=value flags (without the --) */
    uint32_t nflags;
    bool exec_form;           /* args were a JSON array of strings */
    const char **argv;        /* exec form: the strings; shell form: whitespace-split words */
    uint32_t argc;
} DockerInstr;

typedef struct DockerStage {
    const char *image;        /* FROM's image (with tag) */
    const char *name;         /* AS name, or NULL */
    uint32_t first, count;    /* its instructions: instr[first .. first+count), FROM included */
} DockerStage;

typedef struct Dockerfile {
    DockerInstr *instr;
    uint32_t ninstr;
    DockerStage *stages;
    uint32_t nstages;
    char escape;              /* '\\' or '`' */
    /* The first problem found (the reader goes on after it); message NULL when none. */
    const char *error;
    uint32_t error_line;
} Dockerfile;

/* Read a whole Dockerfile. Returns NULL only when memory runs out. */
Dockerfile *dockerfile_parse(Arena *a, const char *text, size_t len);

/* The value of flag `name` (e.g. "from") of an instruction, or NULL when absent. */
const char *docker_flag(const DockerInstr *in, const char *name);

#endif
