/* Options shared by the commands that read reports. */
#ifndef XXGK_CLI_OPTIONS_H
#define XXGK_CLI_OPTIONS_H

#include <stdio.h>

#include "cli/cli.h"
#include "xxgk/xxgk.h"

typedef struct {
    const char *cmd; /* the command's name, for messages */
    const char *format;
    const char *encoding;
    int jobs;
    int diagnostics; /* the chosen writer prints findings (parse) */
    const char *name; /* --name: what a total is called (sum) */
    int year;         /* --year: the one year whose reports are taken (sum); 0 for all */
    xxgk_check_options check;
    xxgk_severity shown; /* --severity: the findings shown, at least this severe (check) */
    const char *output; /* -o FILE: the output's file (stdout when NULL) */
    char partial[4096]; /* where the output goes until options_commit */
    char **paths;    /* the inputs named: files, directories, web addresses, "-" (a slice of
                      * argv, or with --from an array of its own) */
    int npaths;
    char *list;      /* --from's list, which paths points into; NULL without --from */
    const char *from; /* --from's file, NULL without it */
} cli_options;

/* What a command's options are about (options_parse's `what`). */
#define OPT_FINDINGS 0 /* --format takes the writers of findings (check) */
#define OPT_REPORTS 1  /* ... of reports (parse, sum) */
#define OPT_NAME 2     /* --name NAME and --year YEAR are taken (sum) */

/* Parse argv[1..] (reordered: see args_parse).  Returns 0, -1 after --help, -2 on bad usage
 * (after printing why).  `what` is OPT_* flags. */
int options_parse(cli_options *o, int argc, char **argv, const char *default_format, int what,
                  void (*help)(FILE *));
/* With -o FILE: put the output in place when ok (and it was all written), else remove it and
 * leave FILE as it was.  Returns 0 when it was put in place (or there is no -o), -1 when not ok
 * (FILE left as it was), -2 when writing, moving or removing failed (said on stderr). */
int options_commit(cli_options *o, int ok);
/* Free what --from read (the paths, once files_collect has copied them). */
void options_free(cli_options *o);
/* The inputs named and listed (--from) into *l, without the file -o's output is being written
 * to, and --from's text freed.  -1 when an input is missing or a folder holds no report (said
 * on stderr): the exit status is then 2, but the other inputs are still processed, as grep and
 * wc do.  -2 when -o FILE is itself an input found in a folder, or the zip archive that holds
 * one (said on stderr; *l freed and nothing written): a run never replaces what it reads. */
int options_inputs(cli_options *o, file_list *l);
/* What a command's --format writes: findings, reports, or totals of reports (written by the
 * writers of reports, a total a report). */
enum { HELP_FINDINGS, HELP_REPORTS, HELP_TOTALS };
/* A command's --help: head, the writers of what (HELP_*) with their summaries, then tail, each
 * in the language of the messages. */
void options_help(FILE *out, const char *head_zh, const char *head_en, const char *tail_zh,
                  const char *tail_en, int what);

#endif
