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
} cli_options;

/* Parse options from argv[1..]; returns the index of the first path, -1 after --help, -2 on
 * bad usage (after printing why).  for_reports selects which writers --format accepts. */
int options_parse(cli_options *o, int argc, char **argv, const char *default_format,
                  int for_reports, void (*help)(FILE *));

#endif
