/* syntax_cmd.h: the `snipe debug tokens|ast|parse` commands (argv holds the arguments after the subcommand's name). */
#ifndef SNIPE_SYNTAX_CMD_H
#define SNIPE_SYNTAX_CMD_H

/* `debug tokens FILE...`: print every token as `start..end row:col-row:col KIND "text"`, then the
 * errors on stderr as `error: row:col: message`. Exit code 0, 1 when a file had errors, 2 when
 * a file cannot be read. */
int cmd_debug_tokens(int argc, char **argv);
/* `debug ast FILE...`: print each file's AST as CPython 3.13's ast.dump(..., include_attributes=True,
 * show_empty=True) does, one line per file; with several files each line follows `== FILE`, and a
 * file with errors gets `SyntaxError: <first message> at row:col` (as the oracle script prints).
 * Syntax errors go to stderr as `FILE:row:col: SyntaxError: message`; the exit code is then 1. */
int cmd_debug_ast(int argc, char **argv);
/* `debug parse [-v] PATH...`: parse every .py file under the paths and print one line:
 * `N files, B bytes, E files with syntax errors (T s)`; -v lists the errors on stderr. */
int cmd_debug_parse(int argc, char **argv);

#endif
