/* source.c: the line table and offset-to-location conversion. */
#include "source.h"

#include <string.h>

#include "syntax/line_index.h"
#include "util/utf8.h"

bool source_init(SourceFile *src, Arena *a, const char *path, const char *text, uint32_t len)
{
    memset(src, 0, sizeof *src);
    src->path = path;
    if (len >= 3 && (unsigned char)text[0] == 0xEF && (unsigned char)text[1] == 0xBB &&
        (unsigned char)text[2] == 0xBF) {
        src->has_bom = true;
        text += 3;
        len -= 3;
    }
    src->text = text;
    src->len = len;
    LineIndex li;
    if (!line_index_init(&li, a, text, len))
        return false;
    src->line_starts = li.starts;
    src->nlines = li.nlines;
    src->block_lines = li.blocks;
    return true;
}

uint32_t source_line_of_slow(const SourceFile *src, uint32_t offset)
{
    LineIndex li = {src->text, src->len, src->line_starts, src->nlines, src->block_lines};
    return line_index_line(&li, offset);
}

void source_location(const SourceFile *src, uint32_t offset, uint32_t *row, uint32_t *col)
{
    if (offset > src->len)
        offset = src->len;
    if (offset == src->len && src->len > 0 && (src->text[src->len - 1] == '\n' || src->text[src->len - 1] == '\r')) {
        /* Past a final line terminator: the empty line after it, as Ruff counts. */
        *row = src->nlines + 1;
        *col = 1;
        return;
    }
    uint32_t line = source_line_of(src, offset);
    *row = line + 1;
    *col = utf8_count(src->text, src->line_starts[line], offset) + 1;
}
