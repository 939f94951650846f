/* syntax_cmd.h: the `snipe debug tokens|ast|parse` commands (argv holds the arguments after the subcommand's name). */
#ifndef SNIPE_SYNTAX_CMD_H
#define SNIPE_SYNTAX_CMD_H

/* `debug tokens FILE...`: print every token as `start..end row:col-row:col KIND "text"`, then the
 * errors on stderr as `error: row:col: message`. Exit code 0, 1 when a file had errors, 2 when
 * a file cannot be read. */
int cmd_debug_tokens(int argc, char **argv);
/* `debug ast FILE...`: print each file's AST as CPython 3.13's ast.dump(..., include_attributes=True,
 * show_empty=True) does, one line per file (preceded by `== FILE` when several files are given);
 * syntax errors go to stderr as `FILE:row:col: SyntaxError: message` and the exit code is 1. */
int cmd_debug_ast(int argc, char **argv);
/* `debug parse [-v] PATH...`: parse every .py file under the paths and print one line:
 * `N files, B bytes, E files with syntax errors (T s)`; -v lists the errors on stderr. */
int cmd_debug_parse(int argc, char **argv);

#endif
