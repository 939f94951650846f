/* source.c: the line table and offset-to-location conversion. */
#include "source.h"

#include <string.h>

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
    uint32_t n = 1;
    for (uint32_t i = 0; i < len; i++) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= len || text[i + 1] != '\n')))
            n++;
    }
    /* A final line terminator does not start a new line. */
    if (len > 0 && (text[len - 1] == '\n' || text[len - 1] == '\r'))
        n--;
    if (n == 0)
        n = 1;
    src->line_starts = ARENA_ARRAY(a, uint32_t, n);
    if (!src->line_starts)
        return false;
    uint32_t k = 0;
    src->line_starts[k++] = 0;
    for (uint32_t i = 0; i < len && k < n; i++) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= len || text[i + 1] != '\n')))
            src->line_starts[k++] = i + 1;
    }
    src->nlines = n;
    return true;
}

uint32_t source_line_of(const SourceFile *src, uint32_t offset)
{
    uint32_t lo = 0, hi = src->nlines;
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (src->line_starts[mid] <= offset)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
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

uint32_t source_line_end(const SourceFile *src, uint32_t i)
{
    uint32_t end = i + 1 < src->nlines ? src->line_starts[i + 1] : src->len;
    if (end > src->line_starts[i] && src->text[end - 1] == '\n')
        end--;
    if (end > src->line_starts[i] && src->text[end - 1] == '\r')
        end--;
    return end;
}
