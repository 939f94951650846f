/* line_util.h: what the physical-line rules share: widths, words, comments, pragmas. */
#ifndef SNIPE_LINE_UTIL_H
#define SNIPE_LINE_UTIL_H

#include <stdbool.h>
#include <stdint.h>

#include "lint/checker.h"

/* Width of text[start, end) as Ruff measures it: tabs to the next multiple of `tab`, East
 * Asian wide characters 2. */
uint32_t line_width(const char *text, uint32_t start, uint32_t end, uint32_t tab);
uint32_t line_width_add(uint32_t width, uint32_t cp, uint32_t tab);
/* Call fn for each physical line of the file that holds byte `c` (a memchr over the file, so a
 * file without it costs one scan), in order. */
void lines_with_byte(Checker *ck, char c, void (*fn)(Checker *ck, const Line *line));
/* Count whitespace-separated words in text[start, end) (stops counting at 2 but finds the
 * last); the first and last word's ranges are stored. */
uint32_t line_words(const char *text, uint32_t start, uint32_t end, uint32_t *first_s, uint32_t *first_e,
                    uint32_t *last_s, uint32_t *last_e);
/* Offset of the comment on this line, or UINT32_MAX when it has none. */
uint32_t line_comment_start(const Checker *ck, const Line *line);
/* `# noqa`, `# type: ...`, `# pyright: ...`, `# nosec` ... (Ruff's pragma comments). */
bool is_pragma_comment(const char *comment, uint32_t len);
/* Offset in the comment of a trailing pragma (`# a comment # noqa`), or UINT32_MAX. */
uint32_t find_trailing_pragma(const char *comment, uint32_t len);
/* A comment whose text starts with one of the task tags (`# TODO: ...`). */
bool is_task_comment(const char *comment, uint32_t len, const char *const *tags);
/* A line whose first two words are `#` and `SPDX-License-Identifier:` (or
 * `SPDX-FileCopyrightText:`). */
bool is_license_header(const char *text, uint32_t start, uint32_t end);

/* Ruff's Overlong check (E501, W505): whether `line` is wider than `limit` once a trailing pragma
 * comment (or, with ignore-overlong-task-comments, a task comment) is stripped, leaving out
 * single words, trailing URLs that start within the limit and licence headers. On true, the
 * range to report is [*start, *end) and *width the measured width. */
bool line_overlong(const Checker *ck, const Line *line, uint32_t limit, uint32_t *start, uint32_t *end,
                   uint32_t *width);

#endif
