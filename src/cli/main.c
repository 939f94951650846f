/* main.c: the command line entry point; the only place that decides the exit status. */
#include <stdio.h>

int main(int argc, char **argv)
{
    (void)argc; (void)argv;
    puts("snipe");
    return 0;
}
