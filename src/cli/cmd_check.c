/* xxgk check: list every problem in reports, with its evidence. */
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/options.h"

static const char *const help_zh =
    "用法：xxgk check [--format FMT] [--lang zh|en] [--agency-kind KIND] [--severity S]\n"
    "                 [--encoding ENC] [--from FILE] [-j N] [-o FILE] PATH...\n\n"
    "检查年度报告：表格的勾稽关系和合计，结构（部分、表格、行、单元格），格式版本，\n"
    "发布日期，以及正文与表格是否一致。PATH 可以是文件、文件夹、zip 压缩包（读取其中的\n"
    "报告，不必解压）、http:// 或 https:// 网址（下载后读取），或用 - 表示标准输入。\n"
    "输入中有同一机关连续年度的报告时，读完全部文件后，还将每份报告与上一年度的报告\n"
    "对照（上年结转、现行有效件数、照抄上年的表格）。\n\n"
    "  -f, --format FMT  text（默认）：供人阅读，按文件分组列出问题；\n"
    "                    json：每个文件一个对象，每行一个；\n"
    "                    csv：每个问题一行；xlsx、sqlite：这张表存为工作簿\n"
    "                    或数据库文件（二进制：用 -o），另有各规则涉及的文件数\n"
    "                    （rules）和每个文件一行的检查结果（files，含没有问题的）\n"
    "  --lang LANG       提示信息的语言：zh（默认）或 en\n"
    "  --agency-kind K   适用的公布期限：auto（默认，依机关名称判断），\n"
    "                    department（1月31日前）或 government（3月31日前）\n"
    "  --severity S      只列出至少这样严重的问题：error、warning 或 info（默认，全部）\n"
    "  --encoding ENC    按 ENC 编码读取输入，不自动识别\n"
    "  --from FILE       另外读取 FILE 中列出的输入，每行一个（文件、文件夹、网址；\n"
    "                    - 为标准输入）\n"
    "  -j, --jobs N      同时检查 N 个文件（默认 1）\n"
    "  -o, --output FILE 写入 FILE，而不是标准输出\n"
    "  -h, --help        显示本帮助\n\n"
    "退出状态：0 未发现错误，1 发现错误，2 有输入无法读取或用法错误。\n",
                  *const help_en =
    "usage: xxgk check [--format FMT] [--lang zh|en] [--agency-kind KIND] [--severity S]\n"
    "                  [--encoding ENC] [--from FILE] [-j N] [-o FILE] PATH...\n\n"
    "Check annual reports: the tables' arithmetic (勾稽关系, totals), their structure\n"
    "(sections, tables, rows, cells), the format version, the publication date, and the\n"
    "text against the tables.  PATH may be a file, a directory, a zip archive (its reports\n"
    "read without unpacking it), an http:// or https:// address (fetched and read) or -\n"
    "for stdin.\n"
    "When the same agency's reports for consecutive years are among the inputs, each is\n"
    "also checked against the year before (上年结转, 现行有效件数, tables copied), after\n"
    "the files.\n\n"
    "  -f, --format FMT  text (default): findings for people, grouped per file;\n"
    "                    json: one object per file, one per line;\n"
    "                    csv: one row per finding; xlsx, sqlite: that table as a\n"
    "                    workbook or a database file (binary: use -o), with the\n"
    "                    files each rule was found in (rules) and a row for every\n"
    "                    file checked, clean ones too (files)\n"
    "  --lang LANG       language of the messages: zh (default) or en\n"
    "  --agency-kind K   deadline to apply: auto (default: from the agency's name),\n"
    "                    department (31 January) or government (31 March)\n"
    "  --severity S      list the findings at least this severe: error, warning or\n"
    "                    info (default: all)\n"
    "  --encoding ENC    read input as ENC instead of detecting it\n"
    "  --from FILE       also read the inputs FILE lists, one per line (files,\n"
    "                    directories, web addresses; - for stdin)\n"
    "  -j, --jobs N      check N files at a time (default 1)\n"
    "  -o, --output FILE write to FILE instead of standard output\n"
    "  -h, --help        show this help\n\n"
    "Exit status: 0 no errors found, 1 errors found, 2 an input could not be read or\n"
    "bad usage.\n";

static void help(FILE *out) { fputs(TR(help_zh, help_en), out); }

/* What a file came to, for the summary of a batch. */
enum { FILE_CLEAN = 1, FILE_NOTES, FILE_ERRORS, FILE_UNREADABLE };

typedef struct {
    const cli_options *o;
    xxgk_year_figures *years; /* one per file, for the check across years; NULL without memory */
    unsigned char *outcome;   /* one per file (FILE_*), for the summary; NULL when none is due */
    atomic_size_t *tally;     /* per rule (xxgk_rule_at order): files it was found in; NULL
                               * when no summary is due */
    char **why;               /* one per file: why it could not be read, for the summary */
} check_ctx;

#define MAX_RULES 256

/* Count each rule found in f to the tally of files, once per file: seen (MAX_RULES flags) holds
 * the rules already counted for it.  Jobs run on several threads, hence the atomics. */
static void tally_rules(atomic_size_t *tally, const xxgk_findings *f, unsigned char *seen)
{
    size_t nrules = xxgk_rule_count();
    for (size_t i = 0; tally && i < xxgk_findings_count(f); i++) {
        const xxgk_rule *rule = xxgk_findings_get(f, i)->rule;
        for (size_t k = 0; k < nrules && k < MAX_RULES; k++)
            if (xxgk_rule_at(k) == rule) {
                if (!seen[k]) {
                    seen[k] = 1;
                    atomic_fetch_add(&tally[k], 1);
                }
                break;
            }
    }
}

static int job(void *vctx, const file_list *l, size_t i, xbuf *out, xbuf *err, void **kept)
{
    (void)kept;
    const char *path = l->paths[i];
    check_ctx *c = vctx;
    const cli_options *o = c->o;
    xxgk_report *r;
    xxgk_read_options ro = {.encoding = o->encoding};
    if (files_read(&r, l, i, &ro) < 0) {
        xbuf_printf(err, TR("xxgk：%s\n", "xxgk: %s\n"), files_error(l, i));
        xxgk_write_unreadable(o->format, display_name(path), files_error(l, i), 1, sink_buf, out);
        if (c->outcome)
            c->outcome[i] = FILE_UNREADABLE;
        if (c->why) /* (each job its own slot) */
            c->why[i] = strdup(files_error(l, i));
        return EXIT_TROUBLE;
    }
    if (c->years)
        xxgk_year_figures_of(r, &c->years[i]);
    xxgk_findings *f = NULL;
    int rc = xxgk_check(&f, r, &o->check);
    const char *name = xxgk_report_name(r); /* (a name the disk gives in GB18030, decoded) */
    size_t all = rc == 0 ? xxgk_findings_count(f) : 0; /* (the file's, shown or not) */
    if (rc == 0)
        xxgk_findings_keep(f, o->shown);
    if (rc == 0)
        rc = xxgk_write_findings(o->format, name, r, f, sink_buf, out);
    int status = rc < 0 ? EXIT_TROUBLE
                 : xxgk_findings_at_least(f, XXGK_SEV_ERROR) ? EXIT_FINDINGS
                                                              : EXIT_CLEAN;
    if (rc < 0) { /* no findings to count: out of memory, or the output failed */
        xbuf_printf(err, TR("xxgk：%s：%s\n", "xxgk: %s: %s\n"), name, xxgk_error_last());
        if (c->outcome)
            c->outcome[i] = FILE_UNREADABLE;
        xxgk_findings_free(f);
        xxgk_report_free(r);
        return status;
    }
    unsigned char seen[MAX_RULES] = {0};
    tally_rules(c->tally, f, seen);
    if (c->outcome) /* each job writes its own slot */
        c->outcome[i] = status == EXIT_FINDINGS ? FILE_ERRORS
                        : all > 0                 ? FILE_NOTES
                                                  : FILE_CLEAN;
    xxgk_findings_free(f);
    xxgk_report_free(r);
    return status;
}

/* The rules found, by the number of files each was found in (most first, errors before
 * warnings before notes at equal counts): what a batch mostly gets wrong. */
static void rule_summary(const atomic_size_t *tally, xxgk_lang lang)
{
    size_t nrules = xxgk_rule_count(), order[MAX_RULES], n = 0;
    for (size_t k = 0; k < nrules && k < MAX_RULES; k++)
        if (atomic_load(&tally[k]))
            order[n++] = k;
    if (!n)
        return;
    for (size_t i = 1; i < n; i++) /* insertion sort: a few dozen rules at most */
        for (size_t j = i; j > 0; j--) {
            size_t a = order[j - 1], b = order[j];
            size_t ca = atomic_load(&tally[a]), cb = atomic_load(&tally[b]);
            if (ca > cb || (ca == cb && xxgk_rule_at(a)->severity >= xxgk_rule_at(b)->severity))
                break;
            order[j - 1] = b;
            order[j] = a;
        }
    printf("\n%s\n", lang == XXGK_LANG_EN ? "rules found, by the number of files:"
                                           : "发现的问题，按涉及文件数：");
    for (size_t i = 0; i < n; i++) {
        const xxgk_rule *r = xxgk_rule_at(order[i]);
        /* (a Chinese label, two characters, fills four of the seven columns) */
        printf(lang == XXGK_LANG_EN ? "%6zu  %-7s  %-26s %s\n" : "%6zu  %s     %-26s %s\n",
               atomic_load(&tally[order[i]]), xxgk_severity_label(r->severity, lang), r->id,
               lang == XXGK_LANG_EN ? r->message_en : r->message_zh);
    }
}

/* The last lines of a batch checked for people: how the files came out, the check across
 * years included, and those that could not be read, why (in the output itself: saved with -o,
 * what stderr said is not). */
static void summary(const unsigned char *outcome, char *const *why, size_t n)
{
    size_t count[FILE_UNREADABLE + 1] = {0};
    for (size_t i = 0; i < n; i++)
        count[outcome[i] <= FILE_UNREADABLE ? outcome[i] : 0]++;
    printf(TR("已检查 %zu 个文件：%zu 个有错误，%zu 个只有警告或提示，%zu 个没有问题",
              "checked %zu files: %zu with errors, %zu with warnings or notes only, %zu clean"),
           n, count[FILE_ERRORS], count[FILE_NOTES], count[FILE_CLEAN]);
    if (count[FILE_UNREADABLE])
        printf(TR("，%zu 个无法读取：", ", %zu unreadable:"), count[FILE_UNREADABLE]);
    printf("\n");
    for (size_t i = 0; why && i < n; i++)
        if (outcome[i] == FILE_UNREADABLE && why[i])
            printf("  %s\n", why[i]);
}

/* Check one pair and print its findings (to gather when not NULL), counting them to the later
 * file's outcome and to the tally (seen: as in tally_rules, for the later file); an exit
 * code. */
static int check_pair(const check_ctx *c, const file_list *l, xxgk_year_pair p, int copy,
                      xbuf *gather, unsigned char *seen)
{
    const cli_options *o = c->o;
    const xxgk_year_figures *years = c->years;
    unsigned char *outcome = c->outcome;
    xxgk_findings *f = NULL;
    if ((copy ? xxgk_check_copy : xxgk_check_years)(&f, &years[p.prev], &years[p.cur],
                                                    &o->check) < 0) {
        fprintf(stderr, TR("xxgk：%s\n", "xxgk: %s\n"), xxgk_error_last());
        return EXIT_TROUBLE;
    }
    int rc = 0;
    size_t all = xxgk_findings_count(f);
    xxgk_findings_keep(f, o->shown);
    /* Only pairs with something to say: most consecutive reports carry over cleanly. */
    if (xxgk_findings_count(f) > 0 || strcmp(o->format, "json") == 0)
        rc = (copy ? xxgk_write_copy_findings : xxgk_write_year_findings)(
            o->format, display_name(l->paths[p.cur]), display_name(l->paths[p.prev]), f,
            gather ? sink_buf : sink_file, gather ? (void *)gather : (void *)stdout);
    int status = rc < 0 ? EXIT_TROUBLE
                 : xxgk_findings_at_least(f, XXGK_SEV_ERROR) ? EXIT_FINDINGS
                                                              : EXIT_CLEAN;
    if (rc < 0)
        fprintf(stderr, TR("xxgk：%s\n", "xxgk: %s\n"), xxgk_error_last());
    tally_rules(c->tally, f, seen);
    if (outcome && status == EXIT_FINDINGS)
        outcome[p.cur] = FILE_ERRORS;
    else if (outcome && all > 0 && outcome[p.cur] == FILE_CLEAN)
        outcome[p.cur] = FILE_NOTES;
    xxgk_findings_free(f);
    return status;
}

/* Check each report against the same agency's report for the year before, when both were
 * given (copy 0), or against another agency's of the same year whose tables it repeats (copy
 * 1); print the findings after the files', ordered by the later file. */
static int check_pairs(const check_ctx *c, const file_list *l, int copy, xbuf *gather)
{
    xxgk_year_pair *pairs = NULL;
    size_t np = 0;
    if ((copy ? xxgk_copy_pairs : xxgk_year_pairs)(c->years, l->n, &pairs, &np) < 0) {
        fprintf(stderr,
                copy ? TR("xxgk：%s：未查找照抄的统计表\n",
                          "xxgk: %s: reports not checked for tables copied\n")
                     : TR("xxgk：%s：未与上年报告比对\n",
                          "xxgk: %s: reports not checked across years\n"),
                xxgk_error_last());
        return EXIT_TROUBLE;
    }
    int worst = EXIT_CLEAN;
    for (size_t first = 0, last; first < np; first = last + 1) {
        for (last = first; last + 1 < np && pairs[last + 1].cur == pairs[first].cur; last++)
            ;
        unsigned char seen[MAX_RULES] = {0}; /* the later file's rules, counted once */
        for (size_t i = first; i <= last; i++) {
            int rc = check_pair(c, l, pairs[i], copy, gather, seen);
            if (rc > worst)
                worst = rc;
        }
    }
    free(pairs);
    fflush(stdout);
    return worst;
}

int cmd_check(int argc, char **argv)
{
    cli_options o;
    int st = options_parse(&o, argc, argv, "text", OPT_FINDINGS, help);
    if (st < 0)
        return st == -1 ? EXIT_CLEAN : EXIT_TROUBLE;
    file_list l = {0};
    int in = options_inputs(&o, &l);
    if (in == -2)
        return EXIT_TROUBLE;
    int missing = in < 0;
    int batch = l.n > 1 && strcmp(o.format, "text") == 0; /* a summary is due */
    check_ctx c = {&o, l.n > 1 ? calloc(l.n, sizeof *c.years) : NULL,
                   batch ? calloc(l.n, 1) : NULL,
                   batch ? calloc(xxgk_rule_count(), sizeof *c.tally) : NULL,
                   batch ? calloc(l.n, sizeof *c.why) : NULL};
    if (l.n > 1 && !c.years)
        fprintf(stderr, TR("xxgk：内存不足：未与上年报告比对\n",
                           "xxgk: out of memory: reports not checked across years\n"));
    batch_output out;
    output_start(&out, o.format, 1);
    size_t nread;
    int rc = files_run(&l, o.jobs, job, NULL, &c, out.gather, &nread);
    for (int copy = 0; c.years && copy <= 1; copy++) {
        int pairs_rc = check_pairs(&c, &l, copy, out.gather);
        if (pairs_rc > rc)
            rc = pairs_rc;
    }
    if (c.tally)
        rule_summary(c.tally, o.check.lang);
    if (c.outcome)
        summary(c.outcome, c.why, l.n);
    /* (An output of no report at all does not replace what -o FILE held.) */
    int written = output_finish(&out, "check") == 0;
    if (!written)
        rc = EXIT_TROUBLE;
    if (options_commit(&o, written && nread > 0) < 0)
        rc = EXIT_TROUBLE;
    free(c.years);
    free(c.outcome);
    free(c.tally);
    for (size_t i = 0; c.why && i < l.n; i++)
        free(c.why[i]);
    free(c.why);
    files_free(&l);
    return missing ? EXIT_TROUBLE : rc;
}
