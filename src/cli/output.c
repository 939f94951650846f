/* output.c: format dispatch and the concise format. */
#include "output.h"

#include <string.h>

static const char *const format_names[FMT__COUNT] = {
#define FORMAT(id, name) [FMT_##id] = name,
#include "cli/formats.def"
#undef FORMAT
};

bool output_format_parse(const char *name, OutputFormat *out)
{
    for (int i = 0; i < FMT__COUNT; i++)
        if (strcmp(format_names[i], name) == 0) {
            *out = (OutputFormat)i;
            return true;
        }
    return false;
}

static void location(const OutputItem *it, uint32_t off, uint32_t *row, uint32_t *col)
{
    if (it->file->loaded) {
        source_location(&it->file->src, off, row, col);
    } else {
        *row = 1;
        *col = 1;
    }
}

static bool write_concise(FILE *out, const OutputOptions *o, const OutputItem *items, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const Diagnostic *d = items[i].diag;
        uint32_t row, col;
        location(&items[i], d->start, &row, &col);
        const char *fixmark = o->show_fix_status && d->fix && d->fix->applicability == APPLY_SAFE ? " [*]" : "";
        if (o->color)
            fprintf(out, "\x1b[1m%s\x1b[0m\x1b[36m:\x1b[0m%u\x1b[36m:\x1b[0m%u\x1b[36m:\x1b[0m \x1b[1;31m%s\x1b[0m%s %s\n",
                    items[i].file->display, row, col, diag_code(d), fixmark, d->message);
        else
            fprintf(out, "%s:%u:%u: %s%s %s\n", items[i].file->display, row, col, diag_code(d), fixmark, d->message);
    }
    return !ferror(out);
}

bool output_write(FILE *out, const OutputOptions *opts, const OutputItem *items, size_t n)
{
    switch (opts->format) {
    default:
        return write_concise(out, opts, items, n);
    }
}
