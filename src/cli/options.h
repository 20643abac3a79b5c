/* Options shared by the commands that read reports. */
#ifndef XXGK_CLI_OPTIONS_H
#define XXGK_CLI_OPTIONS_H

#include <stdio.h>

#include "xxgk/xxgk.h"

typedef struct {
    const char *format;
    const char *encoding;
    int jobs;
    int diagnostics; /* the chosen writer prints findings (parse) */
    xxgk_check_options check;
    const char *output; /* -o FILE: the output's file (stdout when NULL) */
    char **paths;    /* the inputs named: files, directories, "-" (a slice of argv) */
    int npaths;
} cli_options;

/* Parse argv[1..] (reordered: see args_parse).  Returns 0, -1 after --help, -2 on bad usage
 * (after printing why).  for_reports selects which writers --format accepts. */
int options_parse(cli_options *o, int argc, char **argv, const char *default_format,
                  int for_reports, void (*help)(FILE *));

#endif
