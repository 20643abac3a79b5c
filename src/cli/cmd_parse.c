/* xxgk parse: read reports and write their figures. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/options.h"

/* The help, in two parts around the list of formats (the library's table). */
static const char *const head_zh =
    "用法：xxgk parse [--format FMT] [--encoding ENC] [--from FILE] [-j N] [-o FILE] PATH...\n\n"
    "读取年度报告（纯文本、Markdown、制表符分隔的文本、PDF 转出的文本、网页及其存档、\n"
    "PDF、Word、OFD、Excel .xlsx 和 .xls；UTF-8、UTF-16 或 GB18030 编码），输出其中的\n"
    "每一个数据。PATH 可以是文件、文件夹（递归查找 .txt .text .md .markdown .tsv .html\n"
    ".htm .mht .mhtml .pdf .docx .doc .wps .ofd 文件，扩展名不分大小写，以及没有扩展名的\n"
    "文件；Excel 工作簿只在直接指明时读取，因为它可能是 xxgk 自己的输出）、zip 压缩包\n"
    "（读取其中的报告，不必解压；文件夹中的压缩包也读取）、http:// 或 https:// 网址\n"
    "（下载后读取），或用 - 表示标准输入。\n\n"
    "  -f, --format FMT  输出格式（默认 json）：\n",
                        *const head_en =
    "usage: xxgk parse [--format FMT] [--encoding ENC] [--from FILE] [-j N] [-o FILE] PATH...\n\n"
    "Read annual reports (text, Markdown, tab-separated, PDF text, web pages and web\n"
    "archives, PDF, Word, OFD, Excel .xlsx and .xls; UTF-8, UTF-16 or GB18030) and write\n"
    "every figure.  PATH may be a file, a directory (searched recursively for .txt .text .md\n"
    ".markdown .tsv .html .htm .mht .mhtml .pdf .docx .doc .wps .ofd files, in any case, and\n"
    "files without extension; a workbook is read when named, as it may be xxgk's own\n"
    "output), a zip archive (its reports read without unpacking it; archives in a directory\n"
    "too), an http:// or https:// address (fetched and read) or - for stdin.\n\n"
    "  -f, --format FMT  (default json)\n";
static const char *const tail_zh =
    "                    （html 和 docx 只写一份文档：请只给一份报告）\n"
    "  --encoding ENC    按 ENC 编码（UTF-8、GB18030、GBK、UTF-16）读取输入，\n"
    "                    不自动识别\n"
    "  --from FILE       另外读取 FILE 中列出的输入，每行一个（文件、文件夹、网址；\n"
    "                    - 为标准输入）\n"
    "  -j, --jobs N      同时读取 N 个文件（默认 1）\n"
    "  -o, --output FILE 写入 FILE，而不是标准输出\n"
    "  -h, --help        显示本帮助\n\n"
    "退出状态：0 全部读取成功，2 有输入无法读取或用法错误。\n",
                        *const tail_en =
    "                    (html and docx write one document: give one report)\n"
    "  --encoding ENC    read input as ENC (UTF-8, GB18030, GBK, UTF-16) instead of\n"
    "                    detecting it\n"
    "  --from FILE       also read the inputs FILE lists, one per line (files,\n"
    "                    directories, web addresses; - for stdin)\n"
    "  -j, --jobs N      read N files at a time (default 1)\n"
    "  -o, --output FILE write to FILE instead of standard output\n"
    "  -h, --help        show this help\n\n"
    "Exit status: 0 all read, 2 an input could not be read or bad usage.\n";

static void help(FILE *out)
{
    options_help(out, head_zh, head_en, tail_zh, tail_en, HELP_REPORTS);
}

static int job(void *vctx, const file_list *l, size_t i, xbuf *out, xbuf *err, void **kept)
{
    (void)kept;
    const char *path = l->paths[i];
    const cli_options *o = vctx;
    xxgk_report *r;
    xxgk_read_options ro = {.encoding = o->encoding};
    if (files_read(&r, l, i, &ro) < 0) {
        xbuf_printf(err, TR("xxgk：%s\n", "xxgk: %s\n"), files_error(l, i));
        xxgk_write_unreadable(o->format, display_name(path), files_error(l, i), 0, sink_buf, out);
        return EXIT_TROUBLE;
    }
    /* Only the writers that carry diagnostics need the checker's work. */
    xxgk_findings *f = NULL;
    int rc = o->diagnostics ? xxgk_check(&f, r, &o->check) : 0;
    if (rc == 0)
        rc = xxgk_write_report(o->format, r, f, sink_buf, out);
    if (rc < 0)
        xbuf_printf(err, TR("xxgk：%s：%s\n", "xxgk: %s: %s\n"), path, xxgk_error_last());
    xxgk_findings_free(f);
    xxgk_report_free(r);
    return rc < 0 ? EXIT_TROUBLE : EXIT_CLEAN;
}

int cmd_parse(int argc, char **argv)
{
    cli_options o;
    int st = options_parse(&o, argc, argv, "json", OPT_REPORTS, help);
    if (st < 0)
        return st == -1 ? EXIT_CLEAN : EXIT_TROUBLE;
    file_list l = {0};
    int in = options_inputs(&o, &l);
    if (in == -2)
        return EXIT_TROUBLE;
    int missing = in < 0;
    const xxgk_writer_info *w = xxgk_writer_named(o.format); /* known: options_parse */
    o.diagnostics = w->diagnostics;
    if (w->whole && l.n > 1) {
        fprintf(stderr,
                TR("xxgk parse：--format %s 只写一份文档：请给一份报告，不是 %zu 份\n",
                   "xxgk parse: --format %s writes one document: give one report, not %zu\n"),
                o.format, l.n);
        files_free(&l);
        options_commit(&o, 0);
        return EXIT_TROUBLE;
    }
    batch_output out;
    output_start(&out, o.format, 0);
    size_t nread;
    int rc = files_run(&l, o.jobs, job, NULL, &o, out.gather, &nread);
    /* (An output of no report at all does not replace what -o FILE held.) */
    int written = output_finish(&out, "parse") == 0;
    if (!written)
        rc = EXIT_TROUBLE;
    if (options_commit(&o, written && nread > 0) < 0)
        rc = EXIT_TROUBLE;
    files_free(&l);
    return missing ? EXIT_TROUBLE : rc;
}
