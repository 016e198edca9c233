/* libyaml's bare event parse of a file, the floor for loading a dialog: parse.c FILE RUNS.
   Prints the median seconds per parse. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <yaml.h>

static int compare(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: parse FILE RUNS\n"); return 64; }
    FILE *file = fopen(argv[1], "rb");
    if (!file) { perror(argv[1]); return 66; }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    rewind(file);
    unsigned char *text = malloc((size_t)size);
    if (fread(text, 1, (size_t)size, file) != (size_t)size) { perror("read"); return 66; }
    fclose(file);
    int runs = atoi(argv[2]);
    double *times = malloc(sizeof(double) * (size_t)runs);
    long events = 0;
    for (int r = 0; r < runs; r++) {
        struct timespec start, end;
        clock_gettime(CLOCK_MONOTONIC, &start);
        yaml_parser_t parser;
        yaml_event_t event;
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_string(&parser, text, (size_t)size);
        int done = 0;
        while (!done) {
            if (!yaml_parser_parse(&parser, &event)) { fprintf(stderr, "parse error\n"); return 65; }
            done = event.type == YAML_STREAM_END_EVENT;
            yaml_event_delete(&event);
            events++;
        }
        yaml_parser_delete(&parser);
        clock_gettime(CLOCK_MONOTONIC, &end);
        times[r] = (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9;
    }
    qsort(times, (size_t)runs, sizeof(double), compare);
    printf("%.9f\n", times[runs / 2]);
    return events > 0 ? 0 : 1;
}
