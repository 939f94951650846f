/* source_encoding.h: PEP 263 coding cookies: find a source's declared encoding and decode it to UTF-8. */
#ifndef SNIPE_SYNTAX_SOURCE_ENCODING_H
#define SNIPE_SYNTAX_SOURCE_ENCODING_H

#include <stdint.h>

/* Result of source_decode. */
typedef enum SourceDecode {
    SRC_UTF8,      /* already UTF-8 (no cookie, or a UTF-8 one): use the original bytes */
    SRC_DECODED,   /* *out holds the text re-encoded as UTF-8 (malloc'd, NUL-terminated; free it) */
    SRC_BAD,       /* the cookie is unusable or the bytes do not decode: *msg says why (static text
                    * or written into msgbuf) */
} SourceDecode;

/* Look for a coding cookie in the first two lines of src (as CPython does) and, when it names
 * an encoding other than UTF-8, convert the text with iconv. */
SourceDecode source_decode(const char *src, uint32_t len, char **out, uint32_t *out_len, char *msgbuf,
                           uint32_t msgcap, const char **msg);

#endif
