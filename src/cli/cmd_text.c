/* xxgk text: the text xxgk read from a report, numbered as its findings number it. */
#include <stdio.h>
#include <string.h>

#include "cli/args.h"
#include "cli/cli.h"

static const char *const usage_zh =
    "用法：xxgk text [--encoding ENC] PATH...\n\n"
    "显示 xxgk 从报告中读出的文字，按行编号：xxgk check 所说的行号就是这里的行号。\n"
    "Word、PDF、OFD、Excel 和网页没有自己的行，其行号指 xxgk 排出的这些行；PDF 和 OFD\n"
    "在每页开始处标出页码。压成一行的网页文字（爬虫的输出）按 xxgk 切分的行显示，\n"
    "行号写作“文件行:列”。输入可以是文件、文件夹、zip 压缩包、网址或 -；多个输入时\n"
    "每个前面标出名称。\n\n"
    "  --encoding ENC    按 ENC 编码读取输入，不自动识别\n"
    "  -h, --help        显示本帮助\n\n"
    "退出状态：0 全部读取成功，2 有输入无法读取或用法错误。\n",
                        *const usage_en =
    "usage: xxgk text [--encoding ENC] PATH...\n\n"
    "Show the text xxgk read from a report, its lines numbered as xxgk check numbers them.\n"
    "Word, PDF, OFD, Excel files and web pages have no lines of their own: the numbers are\n"
    "those of the lines xxgk laid them out in, a PDF's or OFD's pages marked where they\n"
    "begin.  A page flattened onto one line (a crawler's copy) is shown in the rows xxgk cut it\n"
    "into, numbered line:column of the file.  Inputs: files, folders, zip archives, web\n"
    "addresses, -; with several, each is headed by its name.\n\n"
    "  --encoding ENC    read input as ENC instead of detecting it\n"
    "  -h, --help        show this help\n\n"
    "Exit status: 0 all read, 2 an input could not be read or bad usage.\n";

static void show(const xxgk_report *r)
{
    unsigned n = xxgk_report_line_count(r), page = 0;
    for (unsigned i = 1; i <= n; i++) {
        unsigned p = xxgk_report_page(r, i);
        if (p != page) {
            printf(TR("--- 第%u页 ---\n", "--- page %u ---\n"), p);
            page = p;
        }
        unsigned line = i, column = 0;
        xxgk_report_source_position(r, &line, &column);
        if (column)
            printf("%6u:%-6u %s\n", line, column, xxgk_report_line(r, i));
        else
            printf("%6u  %s\n", line, xxgk_report_line(r, i));
    }
}

int cmd_text(int argc, char **argv)
{
    static const char *const allowed[] = {"encoding", NULL};
    if (args_help(argc, argv)) {
        fputs(TR(usage_zh, usage_en), stdout);
        return EXIT_CLEAN;
    }
    args a;
    int parsed = args_parse(&a, argc, argv, 1, allowed, "text") == 0;
    if (!parsed || a.npos == 0) {
        if (parsed) /* (a bad option was said by args_parse) */
            fprintf(stderr, TR("xxgk text：没有给出输入\n\n", "xxgk text: no input given\n\n"));
        fputs(TR(usage_zh, usage_en), stderr);
        return EXIT_TROUBLE;
    }
    file_list l = {0};
    int rc = files_collect(&l, a.pos, a.npos) < 0 ? EXIT_TROUBLE : EXIT_CLEAN;
    xxgk_read_options ro = {.encoding = args_get(&a, "encoding", NULL)};
    for (size_t i = 0; i < l.n; i++) {
        xxgk_report *r;
        if (files_read(&r, &l, i, &ro) < 0) {
            fflush(stdout);
            fprintf(stderr, TR("xxgk：%s\n", "xxgk: %s\n"), files_error(&l, i));
            rc = EXIT_TROUBLE;
            continue;
        }
        if (l.n > 1)
            printf("%s==> %s <==\n", i ? "\n" : "", display_name(l.paths[i]));
        show(r);
        xxgk_report_free(r);
    }
    files_free(&l);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, TR("xxgk text：无法写出结果\n", "xxgk text: cannot write the output\n"));
        rc = EXIT_TROUBLE;
    }
    return rc;
}
