/* output_common.h: helpers the output formats share: locations, codes and names, fix
 * applicability, paths, ANSI styles and a small JSON writer shaped like serde_json's. */
#ifndef SNIPE_OUTPUT_COMMON_H
#define SNIPE_OUTPUT_COMMON_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "cli/output.h"
#include "util/str.h"

#define OUTPUT_PROGRAM "snipe"
#define OUTPUT_RULES_URL "https://docs.astral.sh/ruff/rules/"
#define OUTPUT_DOCS_URL "https://docs.astral.sh/ruff"

/* ANSI sequences as Rust's anstyle renders them (one sequence per effect, then the colour). */
#define ANSI_RESET "\x1b[0m"
#define ANSI_BOLD "\x1b[1m"
#define ANSI_CYAN "\x1b[36m"
#define ANSI_RED "\x1b[31m"
#define ANSI_GREEN "\x1b[32m"
#define ANSI_RED_BOLD "\x1b[1m\x1b[31m"
#define ANSI_BRIGHT_RED_BOLD "\x1b[1m\x1b[91m"
#define ANSI_BRIGHT_BLUE_BOLD "\x1b[1m\x1b[94m"
#define ANSI_BRIGHT_CYAN_BOLD "\x1b[1m\x1b[96m"
#define ANSI_BRIGHT_GREEN_BOLD "\x1b[1m\x1b[92m"
#define ANSI_YELLOW_BOLD "\x1b[1m\x1b[33m"
/* The same as the `colored` crate renders them (used by Ruff's summary and statistics). */
#define COLORED_BOLD_RED "\x1b[1;31m"
#define COLORED_BOLD_GREEN "\x1b[1;32m"
#define COLORED_UNDERLINE "\x1b[4m"

/* A 1-based row and column (columns in code points). */
typedef struct OutLoc {
    uint32_t row, col;
} OutLoc;

/* Row and column of a byte offset in the item's file; 1:1 for a file that failed to load. */
OutLoc out_loc(const OutputItem *it, uint32_t offset);
/* The fix as output sees it: NULL when the diagnostic has none. */
static inline const Fix *out_fix(const OutputItem *it) { return it->diag->fix; }
/* Whether a fix is applied under the options (safe, or unsafe with --unsafe-fixes). */
bool out_fix_applies(const OutputOptions *o, const Fix *fix);
/* Whether the [*] mark is shown at all: allowed and at least one fix applies. */
bool out_show_fix_status(const OutputOptions *o, const OutputItem *items, size_t n);

/* The rule's name ("line-too-long"), or "invalid-syntax". */
const char *out_name(const Diagnostic *d);
/* The code Ruff prints: "E501" (or the name in preview), "invalid-syntax" for syntax errors. */
const char *out_code(const OutputOptions *o, const Diagnostic *d);
/* Whether the code is printed as `name:` (syntax errors, preview). */
bool out_code_is_name(const OutputOptions *o, const Diagnostic *d);
/* The documentation URL into `b` (empty for syntax errors): returns false when there is none. */
bool out_url(const Diagnostic *d, Buf *b);

/* OSC 8 hyperlink around a code (colour and hyperlinks on, and the diagnostic has a URL). */
void out_link_open(Buf *b, const OutputOptions *o, const Diagnostic *d);
void out_link_close(Buf *b, const OutputOptions *o, const Diagnostic *d);

/* The absolute, normalised path of a displayed path ("-" stays "-"). */
void out_abs_path(const OutputOptions *o, const char *display, Buf *b);

/* A JSON writer printing like serde_json: compact, or pretty with two-space indentation. */
typedef struct JsonW {
    Buf *b;
    bool pretty;
    int depth;
    bool has_items[64];
    bool after_key;
} JsonW;

void jw_begin_object(JsonW *w);
void jw_end_object(JsonW *w);
void jw_begin_array(JsonW *w);
void jw_end_array(JsonW *w);
void jw_key(JsonW *w, const char *key);
void jw_string(JsonW *w, const char *s);
void jw_string_n(JsonW *w, const char *s, size_t n);
void jw_uint(JsonW *w, uint64_t v);
void jw_bool(JsonW *w, bool v);
void jw_null(JsonW *w);
/* {"column": c, "row": r} with the given key names in the given order. */
void jw_loc(JsonW *w, const char *k1, uint32_t v1, const char *k2, uint32_t v2);

/* Write a whole buffer; false when it failed (or the buffer ran out of memory). */
bool out_flush_buf(FILE *out, Buf *b);

/* The formats (one function per family file). */
bool output_full(FILE *out, const OutputOptions *o, const OutputItem *items, size_t n);
bool output_concise(FILE *out, const OutputOptions *o, const OutputItem *items, size_t n);
bool output_grouped(FILE *out, const OutputOptions *o, const OutputItem *items, size_t n);
bool output_json(FILE *out, const OutputOptions *o, const OutputItem *items, size_t n, bool lines);
bool output_rdjson(FILE *out, const OutputOptions *o, const OutputItem *items, size_t n);
bool output_gitlab(FILE *out, const OutputOptions *o, const OutputItem *items, size_t n);
bool output_github(FILE *out, const OutputOptions *o, const OutputItem *items, size_t n);
bool output_azure(FILE *out, const OutputOptions *o, const OutputItem *items, size_t n);
bool output_pylint(FILE *out, const OutputOptions *o, const OutputItem *items, size_t n);
bool output_junit(FILE *out, const OutputOptions *o, const OutputItem *items, size_t n);
bool output_sarif(FILE *out, const OutputOptions *o, const OutputItem *items, size_t n);

/* Ruff's GitLab fingerprint hash (Rust's DefaultHasher: SipHash-1-3, zero keys) over
 * salt, the rule name and the path, each as Rust's Hash writes them. */
uint64_t out_gitlab_fingerprint(uint64_t salt, const char *name, const char *path);

/* `v` in decimal, NUL-terminated in buf[cap] (cap > 20), padded with spaces to `width` (on the
 * left, or on the right when `left_align`): snprintf's "%*u" / "%-*u" without its cost. Returns
 * the length. */
static inline size_t out_uint(char *buf, size_t cap, uint64_t v, size_t width, bool left_align)
{
    char d[20];
    size_t n = 0;
    do {
        d[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    if (width > cap - 1)
        width = cap - 1;
    size_t pad = width > n ? width - n : 0, k = 0;
    if (!left_align)
        for (; k < pad; k++)
            buf[k] = ' ';
    while (n)
        buf[k++] = d[--n];
    if (left_align)
        for (size_t q = 0; q < pad; q++)
            buf[k++] = ' ';
    buf[k] = 0;
    return k;
}

#endif
