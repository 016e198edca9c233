/* The floor for start-up: a C program that prints one question and reads one line with GNU readline. */
#include <stdio.h>
#include <stdlib.h>
#include <readline/readline.h>

int main(void) {
    printf("How old were you when you were arrested?\n");
    fflush(stdout);
    char *line = readline("> ");
    free(line);
    return 0;
}
