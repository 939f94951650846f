/* syntax_cmd.h: the `snipe debug tokens|ast|parse` commands (argv holds the arguments after the subcommand's name). */
#ifndef SNIPE_SYNTAX_CMD_H
#define SNIPE_SYNTAX_CMD_H

/* `debug tokens FILE...`: print every token as `start..end row:col-row:col KIND "text"`, then the
 * errors on stderr as `error: row:col: message`. Exit code 0, 1 when a file had errors, 2 when
 * a file cannot be read. */
int cmd_debug_tokens(int argc, char **argv);

#endif
