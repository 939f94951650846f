/* main.c: the program entry point; the only place that decides the exit status. */
#include "cli/cli.h"

int main(int argc, char **argv)
{
    return cli_main(argc, argv);
}
