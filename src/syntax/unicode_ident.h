/* unicode_ident.h: UTF-8 decoding and the identifier character classes (PEP 3131) for non-ASCII text. */
#ifndef SNIPE_SYNTAX_UNICODE_IDENT_H
#define SNIPE_SYNTAX_UNICODE_IDENT_H

#include <stdbool.h>
#include <stdint.h>

/* Decode one strict UTF-8 sequence at s (n bytes available) into *cp. Returns its length (1-4),
 * or 0 when the bytes are not valid UTF-8 (overlong forms and surrogates are invalid). */
uint32_t utf8_decode(const uint8_t *s, uint32_t n, int32_t *cp);
/* Whether cp may start / continue an identifier (Unicode XID_Start / XID_Continue, from the
 * general category as utf8proc reports it, plus '_' and the ASCII rules). */
bool uni_is_xid_start(int32_t cp);
bool uni_is_xid_continue(int32_t cp);
/* Whether cp is printable in the sense of Python's str.isprintable(). */
bool uni_is_printable(int32_t cp);

#endif
