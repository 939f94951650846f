/* output_sbuf.h: a grid of styled characters (lines of code points with a style each), drawn
 * cell by cell and rendered with the fewest style changes, as annotate-snippets' StyledBuffer. */
#ifndef SNIPE_OUTPUT_SBUF_H
#define SNIPE_OUTPUT_SBUF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/str.h"

/* The concrete styles of the full format (Ruff's stylesheet for `ruff check`). */
typedef enum SStyle { SS_NONE, SS_ERROR, SS_WARNING, SS_HELP, SS_LINENO, SS_EMPH } SStyle;

typedef struct SCell {
    uint32_t ch;
    uint8_t style;
} SCell;

typedef struct SLine {
    SCell *cells;
    size_t len, cap;
} SLine;

typedef struct SBuf {
    SLine *lines;
    size_t n, cap;
    bool failed;   /* out of memory: further drawing is ignored */
} SBuf;

/* Put one character at (line, col), padding with unstyled spaces. */
void sb_putc(SBuf *sb, size_t line, size_t col, uint32_t ch, SStyle style);
/* Put a UTF-8 string starting at (line, col); an empty string draws nothing. */
void sb_puts(SBuf *sb, size_t line, size_t col, const char *s, size_t n, SStyle style);
/* Append a UTF-8 string at the end of `line`. */
void sb_append(SBuf *sb, size_t line, const char *s, SStyle style);
/* Replace cells [start, end) of `line` by `s` in the line-number style (when in range). */
void sb_replace(SBuf *sb, size_t line, size_t start, size_t end, const char *s);
size_t sb_num_lines(const SBuf *sb);
size_t sb_line_len(const SBuf *sb, size_t line);
/* Render every line, joined by '\n' (no final newline); escapes only when `color`. */
void sb_render(const SBuf *sb, bool color, Buf *out);
void sb_free(SBuf *sb);
/* Empty the grid for the next drawing, keeping its memory. */
void sb_clear(SBuf *sb);
/* The ANSI sequence that starts a style ("" for SS_NONE). */
const char *sb_style_ansi(SStyle s);

#endif
