/* toml_cmd.h: the `snipe debug toml FILE` command. */
#ifndef SNIPE_TOML_CMD_H
#define SNIPE_TOML_CMD_H

/* argv[0] is the path of a TOML file. Prints its tagged JSON (toml-test form) on stdout and
 * returns 0; on a parse error prints `FILE:LINE:COL: message` on stderr and returns 1; when the
 * file cannot be read (or argc < 1), prints a message on stderr and returns 2. */
int cmd_debug_toml(int argc, char **argv);

#endif
