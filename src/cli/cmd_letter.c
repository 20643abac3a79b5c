/* xxgk letter and xxgk fee: letters drafted from a request, and the 信息处理费 computed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/args.h"
#include "cli/cli.h"

int cmd_letter(int argc, char **argv)
{
    static const char *const usage_zh =
        "用法：xxgk letter ID KIND [--template FILE [--encoding ENC]] [--date DATE] [--format txt|docx]\n"
        "                          [-o FILE] [--db PATH] [--user NAME]\n\n"
        "根据申请的数据起草文书。KIND：correction-notice（补正告知书）、\n"
        "extension-notice（延期答复告知书）、consultation-letter（第三方意见征询函）、\n"
        "agency-consultation-letter（征求意见函，第三十四条：征求共同制作信息的机关）、\n"
        "fee-notice（收费通知书）、reply（答复书，按已记录的办理结果选用），写键名或\n"
        "文书名称均可。内置模板是源代码中 templates/ 下的文件；--template 使用自行修改的\n"
        "模板副本（{{name}} 为占位符，{{#name}}...{{/name}} 之间的内容只在 name 有值时\n"
        "显示，{{^name}}...{{/name}} 之间的只在没有值时显示）。文书的日期是它所记录的\n"
        "事项的日期，除非 --date DATE 另行指定。\n",
                             *const usage_en =
        "usage: xxgk letter ID KIND [--template FILE [--encoding ENC]] [--date DATE] [--format txt|docx]\n"
        "                           [-o FILE] [--db PATH] [--user NAME]\n\n"
        "Drafts a letter from the request's data.  KIND: correction-notice (补正告知书),\n"
        "extension-notice (延期答复告知书), consultation-letter (第三方意见征询函),\n"
        "agency-consultation-letter (征求意见函, Art. 34: to an agency that made the\n"
        "information jointly), fee-notice (收费通知书), reply (答复书, chosen by the outcome\n"
        "recorded), by key or by title.  The built-in templates are the files under\n"
        "templates/ in the source;\n"
        "--template uses your own edited copy ({{name}} placeholders, {{#name}}...{{/name}}\n"
        "shown when name is set, {{^name}}...{{/name}} when it is not).  The letter is dated\n"
        "as the event it records unless --date DATE says otherwise.\n";
    const char *usage = TR(usage_zh, usage_en);
    static const char *const opts[] = {"db",       "user",     "template", "date",
                                       "o",        "format|f", "encoding", NULL};
    args a;
    int st = args_command(&a, argc, argv, opts, "letter", usage, NULL, 2);
    if (st)
        return st > 0 ? EXIT_CLEAN : EXIT_TROUBLE;
    char *tmpl = NULL;
    const char *tpath = args_get(&a, "template", NULL), *path;
    if (register_output(&a, "letter", &path) < 0)
        return EXIT_TROUBLE;
    if (tpath && !(tmpl = read_text(tpath, args_get(&a, "encoding", NULL))))
        return EXIT_TROUBLE;
    size_t len = tmpl ? strlen(tmpl) : 0;
    xxgk_db *db;
    if (db_open(&db, &a, 0) < 0) {
        free(tmpl);
        return EXIT_TROUBLE;
    }
    char *text = NULL;
    int rc =
        xxgk_request_letter(db, a.pos[0], a.pos[1], tmpl, len, tpath, args_get(&a, "date", NULL),
                            &text);
    char *note = NULL; /* written, with a date to check before it is sent: said once it is */
    if (rc == 1) {
        note = strdup(xxgk_error_last());
        rc = 0;
    }
    const char *format = args_get(&a, "format", "txt");
    if (!rc && strcmp(format, "txt") != 0 && strcmp(format, "docx") != 0) {
        fprintf(stderr,
                TR("xxgk letter：--format 只能是 txt 或 docx\n", "xxgk letter: --format is txt or docx\n"));
        rc = XXGK_EINVAL;
    } else if (!rc && binary_to_terminal(format, path, "letter")) {
        rc = XXGK_EINVAL;
    } else if (!rc) {
        xbuf doc;
        xbuf_init(&doc, 0);
        if (strcmp(format, "docx") == 0) /* (laid out from the letter's lines) */
            rc = xxgk_write_text_docx(NULL, text, sink_buf, &doc);
        else
            xbuf_puts(&doc, text);
        if (rc == 0)
            rc = write_document(path, &doc, "letter"); /* (which says why it could not) */
        else
            fprintf(stderr, TR("xxgk letter：%s\n", "xxgk letter: %s\n"), xxgk_error_last());
        xbuf_free(&doc);
    } else {
        fprintf(stderr, TR("xxgk letter：%s\n", "xxgk letter: %s\n"), xxgk_error_last());
    }
    if (!rc && note)
        fprintf(stderr, TR("xxgk letter：注意：%s\n", "xxgk letter: note: %s\n"), note);
    free(note);
    free(text);
    free(tmpl);
    xxgk_db_close(db);
    return rc ? EXIT_TROUBLE : EXIT_CLEAN;
}

/* What is wrong with the words after fee pages or fee count: an option only fee request has,
 * a number missing, too many, or which one is no number (in a buffer of its own). */
static const char *fee_usage_error(int argc, char **argv)
{
    static char said[256];
    int most = strcmp(argv[1], "pages") == 0 ? 3 : 4;
    for (int i = 2; i < argc; i++)
        if (strncmp(argv[i], "--", 2) == 0) {
            snprintf(said, sizeof said,
                     TR("没有选项 %.60s（只有 xxgk fee request 读取登记簿）",
                        "no option %.60s (only xxgk fee request reads a register)"),
                     argv[i]);
            return said;
        }
    if (argc < 3)
        return TR("缺少数字", "a number is wanted");
    if (argc > most)
        return TR("参数太多", "too many arguments");
    int n;
    /* (the range the library takes, as it says it of a number too large) */
    long max = most == 3 ? XXGK_FEE_MAX_PAGES : (long)XXGK_FEE_MAX_NTH;
    for (int i = 2; i < argc; i++)
        if (parse_int(argv[i], 0, 2000000000, &n) < 0) {
            snprintf(said, sizeof said,
                     TR("“%.60s”不是 1 至 %ld 之间的整数",
                        "'%.60s' is not a whole number from 1 to %ld"),
                     argv[i], max);
            return said;
        }
    return TR("参数有误", "the arguments are wrong");
}

int cmd_fee(int argc, char **argv)
{
    static const char *const usage_zh =
        "用法：xxgk fee pages N          按量计收信息处理费，N 为页数\n"
        "      xxgk fee count FROM [TO]  按件计收：同一申请人一个自然月内的第 FROM 件\n"
        "                                至第 TO 件申请\n"
        "      xxgk fee request ID [--db PATH]  按件计收，件数从登记簿统计：\n"
        "                                该申请人当月的申请件数\n\n"
        "按《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）规定的标准分档计算，\n"
        "并列明计算过程。pages 和 count 不读登记簿，给出的 --db、--user 不起作用。\n",
                             *const usage_en =
        "usage: xxgk fee pages N          信息处理费 by volume (按量) for N pages\n"
        "       xxgk fee count FROM [TO]  by application (按件): the FROM-th to TO-th\n"
        "                                 application of one applicant in one month\n"
        "       xxgk fee request ID [--db PATH]  by application, counted from the register:\n"
        "                                 the applicant's applications that month\n\n"
        "The tiers of 《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号), with the\n"
        "computation shown.  pages and count read no register: --db and --user are ignored.\n";
    const char *usage = TR(usage_zh, usage_en);
    if (args_help(argc, argv)) {
        fputs(usage, stdout);
        return EXIT_CLEAN;
    }
    char explain[4096];
    long yuan = 0;
    int rc, from, to;
    /* (options may come first: xxgk --db x.db fee request ID; pages and count take none but
     * --db and --user, which a wrapper passes to every command: read no register, ignored) */
    const char *sub = args_subcommand(argc, argv);
    char *kept[16];
    if ((strcmp(sub, "pages") == 0 || strcmp(sub, "count") == 0) && argc <= 16) {
        int n = 0;
        for (int i = 0; i < argc; i++) {
            const char *w = argv[i];
            if (i && (strcmp(w, "--db") == 0 || strcmp(w, "--user") == 0) && i + 1 < argc)
                i++; /* (and its value) */
            else if (!(i && (strncmp(w, "--db=", 5) == 0 || strncmp(w, "--user=", 7) == 0)))
                kept[n++] = argv[i];
        }
        argc = n;
        argv = kept;
    }
    if (argc > 1 && argv[1][0] == '-' && (strcmp(sub, "pages") == 0 || strcmp(sub, "count") == 0)) {
        fprintf(stderr,
                TR("xxgk fee %s：没有选项 %.60s（只有 xxgk fee request 读取登记簿）\n\n",
                   "xxgk fee %s: no option %.60s (only xxgk fee request reads a register)\n\n"),
                sub, argv[1]);
        fputs(usage, stderr);
        return EXIT_TROUBLE;
    }
    if (strcmp(sub, "request") == 0) {
        static const char *const opts[] = {"db", "user", NULL};
        args a;
        if (args_parse(&a, argc, argv, 1, opts, "fee") < 0 || a.npos != 2) {
            fputs(usage, stderr);
            return EXIT_TROUBLE;
        }
        xxgk_db *db;
        if (db_open(&db, &a, 0) < 0)
            return EXIT_TROUBLE;
        char *text = NULL;
        rc = xxgk_request_fee(db, a.pos[1], &text);
        xxgk_db_close(db);
        if (rc < 0) {
            fprintf(stderr, TR("xxgk fee：%s\n", "xxgk fee: %s\n"), xxgk_error_last());
            return EXIT_TROUBLE;
        }
        fputs(text, stdout);
        free(text);
        return EXIT_CLEAN;
    }
    if (argc == 3 && strcmp(argv[1], "pages") == 0) {
        int pages;
        if (parse_int(argv[2], 0, 2000000000, &pages) < 0) {
            int digits = argv[2][0] != '\0' && strspn(argv[2], "0123456789") == strlen(argv[2]);
            if (digits) /* (too many for an int: said as the library says a count too large) */
                fprintf(stderr,
                        TR("xxgk fee：页数 %s 不在 1 至 %ld 之间\n",
                           "xxgk fee: %s pages is not in 1..%ld\n"),
                        argv[2], XXGK_FEE_MAX_PAGES);
            else
                fprintf(stderr,
                        TR("xxgk fee：“%s”不是页数\n", "xxgk fee: '%s' is not a number of pages\n"),
                        argv[2]);
            return EXIT_TROUBLE;
        }
        rc = xxgk_fee_by_pages(&yuan, pages, explain, sizeof explain);
    } else if ((argc == 3 || argc == 4) && strcmp(argv[1], "count") == 0 &&
               parse_int(argv[2], 0, 2000000000, &from) == 0 &&
               parse_int(argc == 4 ? argv[3] : argv[2], 0, 2000000000, &to) == 0) {
        rc = xxgk_fee_by_count_total(&yuan, from, to, explain, sizeof explain);
    } else {
        int known = argc >= 2 && (strcmp(argv[1], "pages") == 0 || strcmp(argv[1], "count") == 0);
        if (argc < 2)
            fprintf(stderr, TR("xxgk fee：缺少子命令\n\n", "xxgk fee: a subcommand is wanted\n\n"));
        else if (!known)
            fprintf(stderr,
                    TR("xxgk fee：未知的子命令“%s”\n\n", "xxgk fee: unknown subcommand '%s'\n\n"),
                    argv[1]);
        else
            fprintf(stderr, TR("xxgk fee %s：%s\n\n", "xxgk fee %s: %s\n\n"), argv[1],
                    fee_usage_error(argc, argv));
        fputs(usage, stderr);
        return EXIT_TROUBLE;
    }
    if (rc < 0) {
        fprintf(stderr, TR("xxgk fee：%s\n", "xxgk fee: %s\n"), xxgk_error_last());
        return EXIT_TROUBLE;
    }
    printf("%ld元\n%s\n", yuan, explain);
    return EXIT_CLEAN;
}
