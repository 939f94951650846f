/* output_fixture.h (tests): in-memory lint results for the output format tests, and capturing
 * what a format writes. */
#ifndef SNIPE_TEST_OUTPUT_FIXTURE_H
#define SNIPE_TEST_OUTPUT_FIXTURE_H

#include "cli/output.h"

/* Two files: a.py (loaded; W291 with a safe fix, W191, a syntax error, W292 with an unsafe fix)
 * and b.py (not loaded; E902). */
typedef struct Fixture {
    FileResult files[2];
    OutputItem items[8];
    size_t n;
} Fixture;

void fixture_init(Fixture *f);
void fixture_free(Fixture *f);
/* Options with cwd "/proj", no colour, fix status shown, unsafe fixes hinted. */
OutputOptions fixture_options(OutputFormat fmt);
/* Run a format into a malloc'ed string (caller frees). */
char *capture_write(const OutputOptions *o, const OutputItem *items, size_t n);
char *capture_summary(const OutputOptions *o, const OutputItem *items, size_t n);
char *capture_statistics(const OutputOptions *o, const OutputItem *items, size_t n, bool *ok);

#endif
