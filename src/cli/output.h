/* output.h: printing lint results in Ruff's output formats. */
#ifndef SNIPE_OUTPUT_H
#define SNIPE_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

#include "lint/runner.h"

typedef enum OutputFormat {
#define FORMAT(id, name) FMT_##id,
#include "cli/formats.def"
#undef FORMAT
    FMT__COUNT
} OutputFormat;

typedef struct OutputOptions {
    OutputFormat format;
    bool color;               /* ANSI colours (full, concise, grouped) */
    bool show_fix_status;     /* mark fixable diagnostics with [*] (full, concise, grouped) */
    bool preview;
} OutputOptions;

/* Parse a format name; false when unknown. */
bool output_format_parse(const char *name, OutputFormat *out);

/* One diagnostic in a flattened, sorted list. */
typedef struct OutputItem {
    const FileResult *file;
    const Diagnostic *diag;
} OutputItem;

/* Write the diagnostics (already sorted by file, then position) in the chosen format. The
 * summary lines ("Found N errors.") are not part of the format and are printed by the caller.
 * Returns false when writing failed. */
bool output_write(FILE *out, const OutputOptions *opts, const OutputItem *items, size_t n);

#endif
