/* xxgk: the command-line tool, a table of commands over the library. */
#include <glib.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

static const struct {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} commands[] = {
    {"parse", cmd_parse, "read reports; write their figures (JSON, CSV) or the report (md, txt, html, docx)"},
    {"check", cmd_check, "check reports and list every problem with its evidence"},
    {"db", cmd_db, "create the register; settings, backup, integrity check, audit trail"},
    {"request", cmd_request, "log requests and their events; deadlines explained; what is due"},
    {"figure", cmd_figure, "set the year's section 二 figures"},
    {"case", cmd_case, "record reconsideration and litigation cases"},
    {"calendar", cmd_calendar, "import a year's holiday table (调休 included)"},
    {"report", cmd_report, "write the annual report from the register"},
    {"letter", cmd_letter, "draft a letter for a request (补正, 延期, 征询, 收费, 答复)"},
    {"fee", cmd_fee, "compute 信息处理费 by pages or by application, showing the tiers"},
};

static void usage(FILE *out)
{
    fprintf(out, "usage: xxgk COMMAND [OPTIONS] PATH...\n\n"
                 "Read, check and write government information disclosure annual reports\n"
                 "(政府信息公开工作年度报告).\n\ncommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(out, "  %-8s %s\n", commands[i].name, commands[i].summary);
    fprintf(out, "\n'xxgk COMMAND --help' describes a command.  Exit status: 0 no errors found,\n"
                 "1 errors found in a report, 2 unreadable input or bad usage.\n");
}

/* libgsf, under the .doc reader, also logs a damaged file's trouble through GLib without a log
 * domain; the library's error, naming the file, is what the user is told. */
static void quiet(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data)
{
    (void)domain, (void)level, (void)message, (void)data;
}

int main(int argc, char **argv)
{
    g_log_set_handler(NULL, G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL, quiet, NULL);
    if (argc < 2) {
        usage(stderr);
        return EXIT_TROUBLE;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
        strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return EXIT_CLEAN;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("xxgk %s\n", XXGK_VERSION);
        return EXIT_CLEAN;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(argv[1], commands[i].name) == 0)
            return commands[i].run(argc - 1, argv + 1);
    if (argv[1][0] == '-') /* xxgk --db x.db request list */
        fprintf(stderr, "xxgk: the command comes first, its options after it "
                        "(xxgk request list --db FILE)\n\n");
    else
        fprintf(stderr, "xxgk: unknown command '%s'\n\n", argv[1]);
    usage(stderr);
    return EXIT_TROUBLE;
}
