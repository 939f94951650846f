/* runner.h: reads and lints a list of files on all cores; results come back in input order. */
#ifndef SNIPE_RUNNER_H
#define SNIPE_RUNNER_H

#include <stdbool.h>
#include <stddef.h>

#include "config/settings.h"
#include "lint/diag.h"
#include "lint/fix_loop.h"
#include "lint/source.h"
#include "util/arena.h"

typedef struct LintJob {
    const char *path;             /* to open ("-" is standard input) */
    const char *display;          /* as shown in output */
    const LintSettings *settings;
    const struct FixRequest *fix; /* NULL: lint only; else fix the file (lint/fix_file.h) */
} LintJob;

typedef struct FileResult {
    const char *display;
    Arena arena;                  /* owns the text, the line table, messages and fixes */
    SourceFile src;               /* valid when `loaded` */
    bool loaded;
    const char *io_error;         /* why the file could not be read or decoded, or NULL */
    const char *warnings;         /* warnings about malformed suppression comments, one a line, or NULL */
    DiagVec diags;                /* sorted by position; E902 when the file could not be read */
    FixOutcome fix;               /* what fixing did, when the job asked for it */
} FileResult;

/* Lint every job with up to `threads` threads (0: one per core). results[i] belongs to jobs[i].
 * Never fails as a whole: a file that cannot be read or decoded gets an E902 diagnostic (when
 * E902 is enabled for it). */
void lint_jobs(const LintJob *jobs, size_t n, FileResult *results, int threads);
void file_result_free(FileResult *r);

/* Read a whole file (or standard input for "-") into the arena, NUL-terminated. Returns NULL
 * and sets *err to an errno value on failure. */
char *read_file_all(Arena *a, const char *path, size_t *len, int *err);
/* The same, also storing the fstat taken before reading in *st. */
struct stat;
char *read_file_stat(Arena *a, const char *path, size_t *len, int *err, struct stat *st);

#endif
