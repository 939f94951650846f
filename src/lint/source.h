/* source.h: one file's text as the linter sees it, with its line table. */
#ifndef SNIPE_SOURCE_H
#define SNIPE_SOURCE_H

#include <stdbool.h>
#include <stdint.h>

#include "util/arena.h"

typedef struct SourceFile {
    const char *path;         /* as shown in output (relative to the working directory when inside it) */
    const char *text;         /* the text after any UTF-8 BOM; NUL-terminated */
    uint32_t len;
    bool has_bom;
    uint32_t *line_starts;    /* byte offset of each line's first byte; nlines entries */
    uint32_t nlines;          /* a final line without a newline counts; an empty file has 1 line */
    uint32_t *block_lines;    /* line of byte 64 * k for each k <= len / 64 (NULL: look up by bisection) */
} SourceFile;

/* Set up `src` over `text` (which must stay alive and be NUL-terminated at text[len]): strip a
 * BOM and build the line table in `a`. Lines end at \n, \r\n or \r. Returns false on OOM. */
bool source_init(SourceFile *src, Arena *a, const char *path, const char *text, uint32_t len);

/* 0-based line index of a byte offset (offsets past the end map to the last line). */
uint32_t source_line_of_slow(const SourceFile *src, uint32_t offset);
static inline uint32_t source_line_of(const SourceFile *src, uint32_t offset)
{
    if (!src->block_lines || offset >= src->len)
        return source_line_of_slow(src, offset);
    /* From the line of the 64-byte block's first byte: a line or two on. */
    uint32_t l = src->block_lines[offset >> 6];
    while (l + 1 < src->nlines && src->line_starts[l + 1] <= offset)
        l++;
    return l;
}
/* 1-based row and 1-based column in Unicode code points of a byte offset, as Ruff prints them. */
void source_location(const SourceFile *src, uint32_t offset, uint32_t *row, uint32_t *col);
/* End of line `i` excluding its line terminator (inline: the line rules ask it of every line). */
static inline uint32_t source_line_end(const SourceFile *src, uint32_t i)
{
    uint32_t end = i + 1 < src->nlines ? src->line_starts[i + 1] : src->len;
    if (end > src->line_starts[i] && src->text[end - 1] == '\n')
        end--;
    if (end > src->line_starts[i] && src->text[end - 1] == '\r')
        end--;
    return end;
}
#endif
