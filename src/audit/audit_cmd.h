/* audit_cmd.h: `snipe audit`, the project production-readiness checker, as a command. */
#ifndef SNIPE_AUDIT_CMD_H
#define SNIPE_AUDIT_CMD_H

/* Run `snipe audit` with argv holding the arguments after the word `audit` (argv[0] is the
 * first of them; argc may be 0). Writes the report to stdout (or -o FILE) and messages to
 * stderr. Returns the exit code: 0 every selected check passed or was skipped, 1 a check
 * failed, 2 an error (bad option, no project, unwritable output). */
int cmd_audit(int argc, char **argv);

#endif
