/* xxgk: the command-line tool, a table of commands over the library. */
#include <errno.h>
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

typedef struct {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary_zh, *summary;
} command;

static const command commands[] = {
    {"parse", cmd_parse, "读取报告，输出数据（json、csv、xlsx、sqlite）或报告本身（md、docx 等）",
     "read reports; write their figures (json, csv, xlsx, sqlite) or the reports"},
    {"check", cmd_check, "检查报告，列出每个问题及其依据",
     "check reports and list every problem with its evidence"},
    {"sum", cmd_sum, "把多份报告的统计表逐格相加（汇总），每个年度一份",
     "add up many reports' tables cell by cell (汇总), one total per year"},
    {"text", cmd_text, "显示读出的文字，行号与检查结果所说的一致",
     "show the text read, numbered as the findings number its lines"},
    {"db", cmd_db, "创建登记簿；设置、备份、完整性检查、审计记录",
     "create the register; settings, backup, integrity check, audit trail"},
    {"request", cmd_request, "登记申请及其办理事项；说明期限的计算；列出到期的申请",
     "log requests and their events; deadlines explained; what is due"},
    {"figure", cmd_figure, "录入某年度第二部分的数据",
     "set the year's section 二 figures"},
    {"case", cmd_case, "登记行政复议和行政诉讼案件",
     "record reconsideration and litigation cases"},
    {"calendar", cmd_calendar, "导入某年的节假日安排（含调休）",
     "import a year's holiday table (调休 included)"},
    {"report", cmd_report, "根据登记簿撰写年度报告",
     "write the annual report from the register"},
    {"letter", cmd_letter, "为申请起草文书（补正、延期、征询、收费、答复）",
     "draft a letter for a request (补正, 延期, 征询, 收费, 答复)"},
    {"fee", cmd_fee, "按量或按件计算信息处理费，列明分档",
     "compute 信息处理费 by pages or by application, showing the tiers"},
};

static const command *command_named(const char *name)
{
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(name, commands[i].name) == 0)
            return &commands[i];
    return NULL;
}

/* Whether arg is an option whose value is the next argument: not one with its value
 * attached (--format=json, -fjson). */
static int takes_value(const char *arg)
{
    return arg[0] == '-' && !strchr(arg, '=') && (arg[1] == '-' || strlen(arg) == 2);
}

/* The language a value names, or def when it names none. */
static xxgk_lang lang_named(const char *v, xxgk_lang def)
{
    return !v                     ? def
           : strcmp(v, "en") == 0 ? XXGK_LANG_EN
           : strcmp(v, "zh") == 0 ? XXGK_LANG_ZH
                                  : def;
}

/* --lang zh|en, or XXGK_LANG, sets the language of every message; the option, which every
 * command takes, is taken out of argv here.  Returns -1 on a bad value, having said so (in
 * the language of the other setting, when that one is good). */
static int take_lang(int *argc, char **argv)
{
    const char *env = getenv("XXGK_LANG");
    const char *v = env, *from = "XXGK_LANG";
    xxgk_lang_set(lang_named(env, XXGK_LANG_ZH)); /* for the messages below */
    int n = 0;
    for (int i = 0; i < *argc; i++) {
        if (strcmp(argv[i], "--") == 0) { /* past it, every word is an argument */
            while (i < *argc)
                argv[n++] = argv[i++];
            break;
        }
        if (strcmp(argv[i], "--lang") == 0) {
            if (i + 1 == *argc) {
                xxgk_lang_set(lang_named(v, lang_named(env, XXGK_LANG_ZH)));
                fprintf(stderr, TR("xxgk：--lang 需要一个值：zh 或 en\n",
                                   "xxgk: --lang needs a value: zh or en\n"));
                return -1;
            }
            v = argv[++i], from = "--lang";
            continue;
        }
        if (strncmp(argv[i], "--lang=", 7) == 0) {
            v = argv[i] + 7, from = "--lang";
            continue;
        }
        argv[n++] = argv[i];
    }
    argv[n] = NULL;
    *argc = n;
    if (v && *v && strcmp(v, "zh") != 0 && strcmp(v, "en") != 0) {
        fprintf(stderr,
                TR("xxgk：%s 应为 zh（中文，默认）或 en（English），不是“%s”\n",
                   "xxgk: %s is zh (中文, the default) or en (English), not '%s'\n"),
                from, v);
        return -1;
    }
    xxgk_lang_set(lang_named(v, XXGK_LANG_ZH));
    return 0;
}

static void usage(FILE *out)
{
    int en = xxgk_lang_get() == XXGK_LANG_EN;
    fputs(en ? "usage: xxgk COMMAND [OPTIONS] PATH...\n\n"
               "Read, check and write government information disclosure annual reports\n"
               "(政府信息公开工作年度报告).\n\ncommands:\n"
             : "用法：xxgk COMMAND [OPTIONS] PATH...\n\n"
               "读取、检查和撰写政府信息公开工作年度报告。\n\n命令：\n",
          out);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(out, "  %-8s %s\n", commands[i].name,
                en ? commands[i].summary : commands[i].summary_zh);
    fputs(en ? "\n'xxgk COMMAND --help' describes a command.  Exit status: 0 no errors found,\n"
               "1 errors found (in a report by check; what 1 means to sum and db check, their\n"
               "--help says), 2 unreadable input or bad usage.\n"
               "Every command takes --lang zh|en (or XXGK_LANG=en): the language of its\n"
               "messages, Chinese unless set.\n"
             : "\n各命令的说明见 xxgk COMMAND --help。退出状态：0 未发现错误，1 发现错误（check\n"
               "为报告中的错误；sum、db check 的含义见其 --help），2 输入无法读取或用法错误。\n"
               "每个命令都接受 --lang zh|en（或环境变量 XXGK_LANG=en），选择提示信息的语言，\n"
               "默认为中文。\n",
          out);
}

/* libgsf, under the .doc reader, also logs a damaged file's trouble through GLib without a log
 * domain; the library's error, naming the file, is what the user is told. */
static void quiet(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data)
{
    (void)domain, (void)level, (void)message, (void)data;
}

/* A command's status, made 2 when what it printed could not all be written (a full disk, a
 * closed pipe): `request list > backup.csv` must not report success with the list lost.  A
 * command that failed already said why. */
static int written(int rc)
{
    int e = fflush(stdout) != 0 ? errno : ferror(stdout) ? EIO : 0; /* (an earlier write's) */
    if (e && rc != EXIT_TROUBLE) {
        fprintf(stderr, TR("xxgk：无法写入标准输出：%s\n", "xxgk: cannot write the output: %s\n"),
                lang_strerror(e));
        return EXIT_TROUBLE;
    }
    return rc;
}

int main(int argc, char **argv)
{
    g_log_set_handler(NULL, G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL, quiet, NULL);
    if (take_lang(&argc, argv) < 0)
        return EXIT_TROUBLE;
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
    /* Options before the command (xxgk --db x.db request list) are read as its own, the
     * command moved in front of them: the first command's name not an option's value
     * (xxgk --format text check: text is --format's). */
    for (int at = 1; at < argc && argv[1][0] == '-'; at++)
        if (command_named(argv[at]) && !takes_value(argv[at - 1])) {
            char *name = argv[at];
            memmove(argv + 2, argv + 1, (size_t)(at - 1) * sizeof *argv);
            argv[1] = name;
            break;
        }
    const command *c = command_named(argv[1]);
    if (c)
        return written(c->run(argc - 1, argv + 1));
    if (argv[1][0] == '-')
        fprintf(stderr, TR("xxgk：没有给出命令（%s 之前应是 parse、check、request 等命令）\n\n",
                           "xxgk: no command given (a command such as parse, check or request "
                           "comes before %s)\n\n"),
                argv[1]);
    else
        fprintf(stderr, TR("xxgk：未知命令“%s”\n\n", "xxgk: unknown command '%s'\n\n"), argv[1]);
    usage(stderr);
    return EXIT_TROUBLE;
}
