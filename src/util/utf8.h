/* utf8.h: small UTF-8 helpers: decoding, code point counting, validation, display width. */
#ifndef SNIPE_UTF8_H
#define SNIPE_UTF8_H

#include <stdbool.h>
#include <stdint.h>

/* utf8_next past ASCII. */
uint32_t utf8_next_multi(const char *text, uint32_t len, uint32_t *i);
/* Decode the code point at text[*i] (i < len) and advance *i; invalid bytes decode as U+FFFD
 * one byte at a time. (Inline for ASCII: the output formats call it for every character.) */
static inline uint32_t utf8_next(const char *text, uint32_t len, uint32_t *i)
{
    unsigned char c = (unsigned char)text[*i];
    if (c < 0x80) {
        (*i)++;
        return c;
    }
    return utf8_next_multi(text, len, i);
}
/* Step back from `i` (> start) to the start of the previous code point and decode it. */
uint32_t utf8_prev(const char *text, uint32_t start, uint32_t *i);
/* Number of code points in text[start, end). */
uint32_t utf8_count(const char *text, uint32_t start, uint32_t end);
/* Whether the bytes are valid UTF-8; on failure *bad_offset is the first invalid byte. */
bool utf8_valid(const char *text, uint32_t len, uint32_t *bad_offset);
/* Unicode White_Space (Rust's char::is_whitespace); inline, as it is asked of every character. */
static inline bool unicode_is_whitespace(uint32_t c)
{
    if (c < 0x80)
        return (c >= 0x09 && c <= 0x0D) || c == 0x20;
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}
/* Display width of a code point as Ruff measures lines (East Asian wide: 2, controls: 0). */
int unicode_width(uint32_t cp);

#endif
