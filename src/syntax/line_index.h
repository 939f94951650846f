/* line_index.h: line start offsets of a source and offset -> (row, column) conversion. */
#ifndef SNIPE_SYNTAX_LINE_INDEX_H
#define SNIPE_SYNTAX_LINE_INDEX_H

#include <stdbool.h>
#include <stdint.h>

#include "util/arena.h"

typedef struct LineIndex {
    const char *src;
    uint32_t len;
    uint32_t *starts; /* byte offset of each line's first byte (line 1 starts after a UTF-8 BOM) */
    uint32_t nlines;  /* a last line without terminator counts; an empty source has 1 line */
    uint32_t *blocks; /* line of byte 64 * k for each k <= len / 64, or NULL (then lookups bisect) */
} LineIndex;

/* Build the index of src[0, len) in `a`. Lines end at \n, \r\n or \r. Returns false on OOM. */
bool line_index_init(LineIndex *li, Arena *a, const char *src, uint32_t len);
/* 0-based line holding byte `off` (offsets past the end map to the last line). */
uint32_t line_index_line(const LineIndex *li, uint32_t off);
/* 1-based row and 1-based column in Unicode code points, as Ruff prints them. */
void line_index_location(const LineIndex *li, uint32_t off, uint32_t *row, uint32_t *col);
/* 1-based row and 0-based column in UTF-8 bytes, as CPython's lineno / col_offset. */
void line_index_byte_location(const LineIndex *li, uint32_t off, uint32_t *row, uint32_t *col);

#endif
