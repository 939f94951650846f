/* read_file.h: read a whole file into memory for the debug commands. */
#ifndef SNIPE_SYNTAX_READ_FILE_H
#define SNIPE_SYNTAX_READ_FILE_H

#include <stdint.h>

/* Read `path` into a malloc'd NUL-terminated buffer (caller frees); *len gets the size.
 * Returns NULL when the file cannot be read or is larger than 4 GB. */
char *read_whole_file(const char *path, uint32_t *len);

#endif
