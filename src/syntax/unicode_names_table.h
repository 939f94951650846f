/* unicode_names_table.h: the generated table of Unicode character names (unicode_names_table.c). */
#ifndef SNIPE_SYNTAX_UNICODE_NAMES_TABLE_H
#define SNIPE_SYNTAX_UNICODE_NAMES_TABLE_H

typedef struct UnicodeNameEntry {
    unsigned offset;    /* into unicode_names_text: the upper-case name, NUL-terminated */
    unsigned codepoint;
} UnicodeNameEntry;

extern const char unicode_names_text[];
extern const UnicodeNameEntry unicode_names_index[]; /* sorted by name (byte order) */
extern const unsigned unicode_names_count;

#endif
