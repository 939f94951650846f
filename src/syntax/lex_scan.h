/* lex_scan.h: the lexer's byte-run scanners (16 bytes at a time with SSE2, else a byte at a time). */
#ifndef SNIPE_SYNTAX_LEX_SCAN_H
#define SNIPE_SYNTAX_LEX_SCAN_H

#include <stdint.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#define LX_SIMD 1
#else
#define LX_SIMD 0
#endif

/* Every function here reads s[p, len) only and returns an offset in [p, len]. */

#if LX_SIMD
/* Bit i set when byte i of v is an ASCII letter, digit or '_'. */
static inline unsigned lx_ident_mask16(__m128i v)
{
    /* x in [lo, lo + n) <=> (int8)(x + 0x80 - lo) < -128 + n; v | 0x20 folds upper case to lower */
    __m128i low = _mm_or_si128(v, _mm_set1_epi8(0x20));
    __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(low, _mm_set1_epi8((char)(0x80 - 'a'))), _mm_set1_epi8(-128 + 26));
    __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - '0'))), _mm_set1_epi8(-128 + 10));
    __m128i under = _mm_cmpeq_epi8(v, _mm_set1_epi8('_'));
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, digit), under));
}
#endif

/* End of the run of ASCII letters, digits and '_' starting at p. */
static inline uint32_t lx_ident_end(const uint8_t *s, uint32_t p, uint32_t len)
{
#if LX_SIMD
    while (p + 16 <= len) {
        unsigned m = ~lx_ident_mask16(_mm_loadu_si128((const __m128i *)(s + p))) & 0xFFFF;
        if (m)
            return p + (uint32_t)__builtin_ctz(m);
        p += 16;
    }
#endif
    while (p < len && ((unsigned)((s[p] | 0x20) - 'a') < 26 || (unsigned)(s[p] - '0') < 10 || s[p] == '_'))
        p++;
    return p;
}

/* End of the run of spaces starting at p. */
static inline uint32_t lx_spaces_end(const uint8_t *s, uint32_t p, uint32_t len)
{
#if LX_SIMD
    while (p + 16 <= len) {
        unsigned m = ~(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(s + p)),
                                                               _mm_set1_epi8(' '))) & 0xFFFF;
        if (m)
            return p + (uint32_t)__builtin_ctz(m);
        p += 16;
    }
#endif
    while (p < len && s[p] == ' ')
        p++;
    return p;
}

/* The first '\n' or '\r' at or after p, or len. */
static inline uint32_t lx_eol(const uint8_t *s, uint32_t p, uint32_t len)
{
#if LX_SIMD
    while (p + 16 <= len) {
        __m128i v = _mm_loadu_si128((const __m128i *)(s + p));
        unsigned m = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\r'))));
        if (m)
            return p + (uint32_t)__builtin_ctz(m);
        p += 16;
    }
#endif
    while (p < len && s[p] != '\n' && s[p] != '\r')
        p++;
    return p;
}

/* The first quote q, backslash, '\n' or '\r' at or after p, or len (the end of a single-quoted
 * string body, or the next byte in it that needs a look). */
static inline uint32_t lx_string_stop(const uint8_t *s, uint32_t p, uint32_t len, uint8_t q)
{
#if LX_SIMD
    __m128i vq = _mm_set1_epi8((char)q);
    while (p + 16 <= len) {
        __m128i v = _mm_loadu_si128((const __m128i *)(s + p));
        __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, vq), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
                                   _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
                                                _mm_cmpeq_epi8(v, _mm_set1_epi8('\r'))));
        unsigned m = (unsigned)_mm_movemask_epi8(hit);
        if (m)
            return p + (uint32_t)__builtin_ctz(m);
        p += 16;
    }
#endif
    while (p < len && s[p] != q && s[p] != '\\' && s[p] != '\n' && s[p] != '\r')
        p++;
    return p;
}

/* The first byte >= 0x80 at or after p, or len. */
static inline uint32_t lx_ascii_end(const uint8_t *s, uint32_t p, uint32_t len)
{
#if LX_SIMD
    while (p + 64 <= len) {
        const __m128i *w = (const __m128i *)(s + p);
        __m128i any = _mm_or_si128(_mm_or_si128(_mm_loadu_si128(w), _mm_loadu_si128(w + 1)),
                                   _mm_or_si128(_mm_loadu_si128(w + 2), _mm_loadu_si128(w + 3)));
        if (_mm_movemask_epi8(any))
            break;
        p += 64;
    }
    while (p + 16 <= len) {
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(s + p)));
        if (m)
            return p + (uint32_t)__builtin_ctz(m);
        p += 16;
    }
#endif
    while (p < len && s[p] < 0x80)
        p++;
    return p;
}

#endif
