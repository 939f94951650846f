/* glob.h: shell globs with the semantics of Rust's globset (as Ruff uses it for include,
 * exclude and per-file-ignores, and the `ignore` crate for .gitignore lines), compiled to
 * PCRE2 regular expressions.
 *
 * Syntax: `?` one character, `*` any run of characters, `**` as a whole path component any
 * number of components (`**` then a slash at the start, a slash then `**` at the end, or
 * between two slashes; elsewhere it is `*` twice), `[abc]`,
 * `[a-z]`, `[!a]` / `[^a]` classes, `{a,b}` alternatives (nesting allowed, empty alternatives
 * dropped), `\x` escapes x. The whole candidate must match. With `literal_separator` false
 * (globset's default, Ruff's choice) `*`, `?` and classes also match `/`; with it true (the
 * gitignore dialect) they do not. */
#ifndef SNIPE_GLOB_H
#define SNIPE_GLOB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Glob {
    char *pattern;        /* the source text (malloc'd) */
    char *literal;        /* when the pattern has no metacharacter: the text it matches exactly */
    void *re;             /* pcre2_code_8 *, NULL for literals */
} Glob;

/* Compile `pattern`. On a malformed glob (unclosed class or group) returns false and writes a
 * message to err. */
bool glob_compile(const char *pattern, bool literal_separator, Glob *out, char *err, size_t errlen);
/* Does the whole of `text` (len bytes) match? Safe to call from several threads at once. */
bool glob_match_n(const Glob *g, const char *text, size_t len);
bool glob_match(const Glob *g, const char *text);
void glob_free(Glob *g);

/* Translate a glob into the body of a PCRE2 pattern (for tests and --show-settings). Returns a
 * malloc'd string, or NULL with a message in err. */
char *glob_to_regex(const char *pattern, bool literal_separator, char *err, size_t errlen);

/* Escape glob metacharacters in `s` (for directories used as pattern prefixes). malloc'd. */
char *glob_escape(const char *s);

/* A list of globs matched as a set: any member matching is a match. */
typedef struct GlobSet {
    Glob *data;
    uint32_t len, cap;
} GlobSet;

bool globset_add(GlobSet *s, const char *pattern, char *err, size_t errlen);
bool globset_match(const GlobSet *s, const char *text);
void globset_free(GlobSet *s);

#endif
