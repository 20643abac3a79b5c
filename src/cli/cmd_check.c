/* xxgk check: list every problem in reports, with its evidence. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/options.h"

static void help(FILE *out)
{
    fprintf(out,
            "usage: xxgk check [--format text|json] [--lang zh|en] [--agency-kind KIND]\n"
            "                  [--encoding ENC] [-j N] PATH...\n\n"
            "Check annual reports: the tables' arithmetic (勾稽关系, totals), their structure\n"
            "(sections, tables, rows, cells), the format version, the publication date, and the\n"
            "text against the tables.  PATH may be a file, a directory or - for stdin.\n\n"
            "  --format FMT      text (default): findings for people, grouped per file;\n"
            "                    json: one object per file, one per line\n"
            "  --lang LANG       language of the messages: zh (default) or en\n"
            "  --agency-kind K   deadline to apply: auto (default: from the agency's name),\n"
            "                    department (31 January) or government (31 March)\n"
            "  --encoding ENC    read input as ENC instead of detecting it\n"
            "  -j, --jobs N      check N files at a time (default 1)\n"
            "  -h, --help        show this help\n\n"
            "Exit status: 0 no errors found, 1 errors found, 2 an input could not be read or\n"
            "bad usage.\n");
}

static int job(void *vctx, const char *path, xbuf *out)
{
    const cli_options *o = vctx;
    xxgk_report *r;
    xxgk_read_options ro = {.encoding = o->encoding};
    if (xxgk_report_read_file(&r, path, &ro) < 0) {
        fprintf(stderr, "xxgk: %s\n", xxgk_error_last());
        return EXIT_TROUBLE;
    }
    xxgk_findings *f = NULL;
    int rc = xxgk_check(&f, r, &o->check);
    const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    if (rc == 0)
        rc = xxgk_write_findings(o->format, name, r, f, sink_buf, out);
    int status = rc < 0 ? EXIT_TROUBLE
                 : xxgk_findings_at_least(f, XXGK_SEV_ERROR) ? EXIT_FINDINGS
                                                              : EXIT_CLEAN;
    if (rc < 0)
        fprintf(stderr, "xxgk: %s: %s\n", name, xxgk_error_last());
    xxgk_findings_free(f);
    xxgk_report_free(r);
    return status;
}

int cmd_check(int argc, char **argv)
{
    cli_options o;
    int first = options_parse(&o, argc, argv, "text", 0, help);
    if (first < 0)
        return first == -1 ? EXIT_CLEAN : EXIT_TROUBLE;
    file_list l = {0};
    /* A missing path is reported and makes the exit status 2, but the other inputs are still
     * processed, as grep and wc do. */
    int missing = files_collect(&l, argv + first, argc - first) < 0;
    int rc = files_run(&l, o.jobs, job, &o);
    files_free(&l);
    return missing ? EXIT_TROUBLE : rc;
}
