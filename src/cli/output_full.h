/* output_full.h: the pieces of the `full` format: the code frame under the header and the fix
 * diff under the `help:` line. */
#ifndef SNIPE_OUTPUT_FULL_H
#define SNIPE_OUTPUT_FULL_H

#include <stdbool.h>
#include <stdint.h>

#include "cli/output_sbuf.h"
#include "lint/diag.h"
#include "util/str.h"

/* What the frame shows: a file's text with its line table (text NULL for a file that could not be
 * read: an empty source is shown), and the annotated byte range. */
typedef struct FrameInput {
    const char *path;            /* as displayed */
    const char *text;
    uint32_t len;
    const uint32_t *line_starts;
    uint32_t nlines;
    uint32_t start, end;
} FrameInput;

/* Draw the `--> path:row:col` line and the annotated source lines below what `sb` holds. */
void frame_render(SBuf *sb, const FrameInput *in);
/* Display width of a character in the frame (tab 4, control pictures 1, East Asian wide 2). */
size_t frame_char_width(uint32_t c);
/* Append the diff that shows what `fix` changes in the source, as Ruff prints it under `help:`. */
void fix_diff_render(Buf *out, const FrameInput *src, const Fix *fix, bool color);

#endif
