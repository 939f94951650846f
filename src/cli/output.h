/* output.h: printing lint results in Ruff's output formats, the statistics table and the summary. */
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

/* Ruff's `--unsafe-fixes` tri-state: unset (hint about hidden fixes), enabled, disabled. */
typedef enum UnsafeFixes { UNSAFE_FIXES_HINT, UNSAFE_FIXES_ENABLED, UNSAFE_FIXES_DISABLED } UnsafeFixes;

typedef struct OutputOptions {
    OutputFormat format;
    bool color;               /* ANSI colours (full, concise, grouped, statistics, summary) */
    bool show_fix_status;     /* allow the [*] mark (false when fixes are being applied) */
    bool preview;             /* Ruff's preview rendering: rule names instead of codes */
    UnsafeFixes unsafe_fixes;
    const char *cwd;          /* absolute working directory for absolute paths; NULL: getcwd() */
    bool hyperlinks;          /* with colour: OSC 8 links from codes to their documentation */
} OutputOptions;

/* Whether the terminal is known to render OSC 8 hyperlinks, from the environment as Ruff decides
 * it (FORCE_HYPERLINK, DOMTERM, VTE_VERSION, TERM_PROGRAM, TERM, COLORTERM, WT_SESSION, ...). */
bool output_supports_hyperlinks(void);

/* Parse a format name; false when unknown. */
bool output_format_parse(const char *name, OutputFormat *out);
/* Ruff's Debug name of a format ("Grouped", "JsonLines"), used in its error messages. */
const char *output_format_debug_name(OutputFormat f);

/* One diagnostic in a flattened, sorted list. */
typedef struct OutputItem {
    const FileResult *file;
    const Diagnostic *diag;
} OutputItem;

/* Write the diagnostics (already sorted by file, then position) in the chosen format. The
 * summary lines ("Found N errors.") are not part of the format: see output_summary. Returns
 * false when writing failed. */
bool output_write(FILE *out, const OutputOptions *opts, const OutputItem *items, size_t n);

/* Ruff's summary after the diagnostics of the human-readable formats (full, concise, grouped):
 * "All checks passed!" or "Found N errors." plus the fixable / hidden-fixes line. */
void output_summary(FILE *out, const OutputOptions *opts, const OutputItem *items, size_t n);

/* What `--fix` / `--diff` did, for the summary lines and the `--show-fixes` listing. */
typedef struct FixedCount {
    const char *path;         /* as displayed */
    RuleId rule;
    size_t count;
} FixedCount;

typedef struct FixReport {
    const FixedCount *fixed;  /* one entry per (file, rule) with count > 0 */
    size_t nfixed;
    bool apply;               /* fixes were written (--fix), not only shown (--diff) */
    bool show_violations;     /* false with --fix-only / --diff: "Fixed N errors." lines */
    bool show_fix_summary;    /* --show-fixes: the "Fixed N errors:" listing per file */
} FixReport;

/* The summary with fixes taken into account, as Ruff's printer writes it for the human-readable
 * formats: the --show-fixes listing (when asked and something was fixed), then "Found N errors
 * (M fixed, K remaining)." or the fix-only lines. `fixes` NULL is output_summary. */
void output_summary_fixes(FILE *out, const OutputOptions *opts, const OutputItem *items, size_t n,
                          const FixReport *fixes);

/* Whether a format is one of the human-readable ones that get the summary. */
bool output_format_is_human(OutputFormat f);

/* `--statistics`: Ruff's table (full, concise) followed by the summary unless `quiet`, or its
 * JSON form (json). Prints nothing when there are no diagnostics. Returns false with a message in
 * err for the formats Ruff refuses ("Unsupported serialization format for statistics: Grouped"). */
bool output_statistics(FILE *out, const OutputOptions *opts, const OutputItem *items, size_t n, bool quiet,
                       char *err, size_t errlen);

#endif
