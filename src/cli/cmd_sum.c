/* xxgk sum: add up the figures of many reports (汇总), one total per year and format. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/options.h"

static const char *const head_zh =
    "用法：xxgk sum [--format FMT] [--name NAME] [--year YEAR] [--encoding ENC]\n"
    "               [--from FILE] [-j N] [-o FILE] PATH...\n\n"
    "把多份年度报告的统计表逐格相加（汇总），每个年度、每种格式一份：如政务公开办汇总\n"
    "下级机关的报告。输入与 xxgk parse 相同（文件、文件夹、zip 压缩包、网址、-）。\n"
    "同一机关同一年度、数字相同的报告只计一次；缺少的数字、同一机关的两份不同报告、\n"
    "汇总表自身的勾稽关系在标准错误输出中列出（全部写在 JSON 的 diagnostics 中；CSV、\n"
    "Excel 和 SQLite 在 errors、warnings 中计数）。\n"
    "未计入的输入（无法读取、没有统计表、未写明年度，或在文件夹中找到的 xxgk 写出的\n"
    "汇总表；直接给出的汇总表作为一份报告计入）列在每个汇总的 diagnostics 中，标准错误\n"
    "输出只在第一个汇总下列出。\n\n"
    "  -f, --format FMT  输出格式（默认 md）：\n",
                        *const head_en =
    "usage: xxgk sum [--format FMT] [--name NAME] [--year YEAR] [--encoding ENC]\n"
    "                [--from FILE] [-j N] [-o FILE] PATH...\n\n"
    "Add up the tables of many annual reports cell by cell (汇总), one total per year and\n"
    "format: a supervising office's total of its subordinates' reports, say.  Inputs as for\n"
    "xxgk parse (files, directories, zip archives, web addresses, -).  The same agency's\n"
    "report for a year given twice with the same figures counts once; figures lacking, two\n"
    "different reports of one agency, and the total's own arithmetic are listed on stderr\n"
    "(all of them in JSON's diagnostics; CSV, Excel and SQLite count them in errors and\n"
    "warnings).  Inputs left out (unreadable, no table, no year, or a total xxgk wrote\n"
    "found in a folder; one named is added as a report) are in every total's diagnostics,\n"
    "and listed on stderr under the first total only.\n\n"
    "  -f, --format FMT  (default md)\n";
static const char *const tail_zh =
    "                    （html 和 docx 只写一份文档：只能有一个年度的汇总）\n"
    "  --name NAME       汇总表的机关名称（如“某市”），写在标题中\n"
    "  --year YEAR       只汇总 YEAR 年度的报告（其他年度的只计数，在标准错误中说明）\n"
    "  --encoding ENC    按 ENC 编码读取输入，不自动识别\n"
    "  --from FILE       另外读取 FILE 中列出的输入，每行一个（- 为标准输入）\n"
    "  -j, --jobs N      同时读取 N 个文件（默认 1）\n"
    "  -o, --output FILE 写入 FILE，而不是标准输出\n"
    "  -h, --help        显示本帮助\n\n"
    "退出状态：0 每份报告都已计入，1 有报告未计入（没有统计表或未写明年度），\n"
    "2 有输入无法读取或用法错误。\n",
                        *const tail_en =
    "                    (html and docx write one document: inputs of one year only)\n"
    "  --name NAME       who the total is for (\"某市\"), put in its title\n"
    "  --year YEAR       add up the reports for YEAR only (others counted on stderr)\n"
    "  --encoding ENC    read input as ENC instead of detecting it\n"
    "  --from FILE       also read the inputs FILE lists, one per line (- for stdin)\n"
    "  -j, --jobs N      read N files at a time (default 1)\n"
    "  -o, --output FILE write to FILE instead of standard output\n"
    "  -h, --help        show this help\n\n"
    "Exit status: 0 every report counted, 1 a report left out (no tables, or no year\n"
    "given), 2 an input could not be read or bad usage.\n";

static void help(FILE *out)
{
    options_help(out, head_zh, head_en, tail_zh, tail_en, HELP_TOTALS);
}

typedef struct {
    const cli_options *o;
    xxgk_total *t;
    const file_list *l;
    int argc; /* the command line, whose paths name inputs (a total named is added) */
    char **argv;
    size_t other_years; /* reports of a year other than --year's, passed over */
} sum_ctx;

/* Whether input i was named on the command line, not found in a folder or an archive. */
static int named(const sum_ctx *c, size_t i)
{
    for (int k = 1; !c->l->archives[i] && k < c->argc; k++)
        if (strcmp(c->argv[k], c->l->paths[i]) == 0)
            return 1;
    return 0;
}

/* A report read and checked on a worker, for `take` to add in input order; or, when it could
 * not be, the input's name and the error, for the totals to list. */
typedef struct {
    xxgk_report *r;
    xxgk_findings *f;
    char *name, *error;
} read_report;

static int job(void *vctx, const file_list *l, size_t i, xbuf *out, xbuf *err, void **kept)
{
    (void)out;
    const sum_ctx *c = vctx;
    read_report *rr = calloc(1, sizeof *rr);
    if (!rr) {
        xbuf_printf(err, TR("xxgk：%s\n", "xxgk: %s\n"), TR("内存不足", "out of memory"));
        return EXIT_TROUBLE;
    }
    xxgk_read_options ro = {.encoding = c->o->encoding};
    int rc = files_read(&rr->r, l, i, &ro);
    const char *why = NULL;
    if (rc < 0) { /* (the error names the file) */
        why = files_error(l, i);
        xbuf_printf(err, TR("xxgk：%s\n", "xxgk: %s\n"), why);
    } else if ((rc = xxgk_check(&rr->f, rr->r, &c->o->check)) < 0) {
        why = xxgk_error_last();
        xbuf_printf(err, TR("xxgk：%s：%s\n", "xxgk: %s: %s\n"), xxgk_report_name(rr->r), why);
        xxgk_report_free(rr->r);
        rr->r = NULL;
    }
    if (rc < 0) {
        rr->name = strdup(display_name(l->paths[i]));
        rr->error = strdup(why);
    }
    *kept = rr;
    return rc < 0 ? EXIT_TROUBLE : EXIT_CLEAN;
}

static int take(void *vctx, size_t i, void *kept, xbuf *err)
{
    sum_ctx *c = vctx;
    read_report *rr = kept;
    xxgk_report *r = rr->r;
    xxgk_total_outcome how;
    int st = EXIT_CLEAN;
    size_t left = xxgk_total_left_count(c->t); /* (the inputs left out before this one) */
    /* (a total xxgk wrote is added when named, an office's; found in a folder, it is left out) */
    xxgk_total_take_totals(c->t, named(c, i));
    if (r && c->o->year && xxgk_report_year(r) && xxgk_report_year(r) != c->o->year) {
        c->other_years++; /* (not wanted: counted, and said once) */
    } else if (!r) { /* (said by the job) */
        if (!rr->name || !rr->error || xxgk_total_leave_out(c->t, rr->name, rr->error) < 0)
            xbuf_printf(err, TR("xxgk sum：%s\n", "xxgk sum: %s\n"), TR("内存不足", "out of memory"));
        st = EXIT_TROUBLE;
    } else if (xxgk_total_add(c->t, r, rr->f, &how) < 0) {
        xbuf_printf(err, TR("xxgk sum：%s：%s\n", "xxgk sum: %s: %s\n"), xxgk_report_name(r),
                    xxgk_error_last());
        st = EXIT_TROUBLE;
    } else if (xxgk_total_left_why(how, xxgk_lang_get())) {
        xbuf_printf(err, TR("xxgk sum：%s：%s，未计入汇总\n", "xxgk sum: %s: %s: left out\n"),
                    xxgk_report_name(r), xxgk_total_left_why(how, xxgk_lang_get()));
        /* (a total of ours left out is as it should be, not a report missing) */
        st = how == XXGK_TOTAL_A_TOTAL ? EXIT_CLEAN : EXIT_FINDINGS;
    }
    /* (part of a report counted, part left out: another report after it in its file) */
    for (size_t k = left; r && st != EXIT_TROUBLE && how == XXGK_TOTAL_COUNTED &&
                          k < xxgk_total_left_count(c->t);
         k++) {
        xbuf_printf(err, TR("xxgk sum：%s：%s，未计入汇总\n", "xxgk sum: %s: %s: left out\n"),
                    xxgk_report_name(r), xxgk_total_left_at(c->t, k)->why);
        st = EXIT_FINDINGS;
    }
    xxgk_findings_free(rr->f);
    xxgk_report_free(r);
    free(rr->name);
    free(rr->error);
    free(rr);
    return st;
}

#define NOTES_SHOWN 10 /* evidence lines shown per rule on stderr; all of them are in JSON */

/* The findings of a total for people, on stderr: each rule once, with its first evidence
 * lines (a batch of thousands may have as many); those of rule shown_above (may be NULL), said
 * under an earlier total, only counted, so that the counts agree with the total's data. */
static void say_notes(const xxgk_findings *f, const xxgk_rule *shown_above)
{
    size_t n = xxgk_findings_count(f);
    unsigned char *said = calloc(n ? n : 1, 1);
    for (size_t i = 0; said && i < n; i++) {
        if (said[i])
            continue;
        const xxgk_finding *x = xxgk_findings_get(f, i);
        fprintf(stderr, "  %s [%s] %s\n", xxgk_severity_label(x->rule->severity, xxgk_lang_get()),
                x->rule->id, x->message);
        size_t shown = 0, more = 0;
        for (size_t k = i; k < n; k++) {
            const xxgk_finding *y = xxgk_findings_get(f, k);
            if (y->rule != x->rule)
                continue;
            said[k] = 1;
            if (x->rule != shown_above && shown++ < NOTES_SHOWN)
                fprintf(stderr, "      %s\n", y->evidence);
            else
                more++;
        }
        if (more && x->rule == shown_above)
            fprintf(stderr, TR("      已在第一个汇总下列出（%zu 条）\n",
                               "      listed under the first total (%zu)\n"),
                    more);
        else if (more)
            fprintf(stderr, TR("      ……另有 %zu 条（全部见 --format json 的 diagnostics）\n",
                               "      ... and %zu more (all in the diagnostics of --format json)\n"),
                    more);
    }
    free(said);
}

/* How many of f's findings have severity sev. */
static size_t count_severity(const xxgk_findings *f, xxgk_severity sev)
{
    size_t n = 0;
    for (size_t i = 0; i < xxgk_findings_count(f); i++)
        n += xxgk_findings_get(f, i)->rule->severity == sev;
    return n;
}

/* Total i written out, and what went into it said on stderr for people: the inputs left out
 * of every total (in each one's findings, and counted under each) listed under the first. */
static int write_total(const sum_ctx *c, size_t i, xbuf *out)
{
    xxgk_report *sum = NULL;
    xxgk_findings *f = NULL;
    int rc = xxgk_total_report(&sum, c->t, i, c->o->name);
    if (rc == 0)
        rc = xxgk_total_check(&f, c->t, i, sum, &c->o->check);
    /* (a document, md to docx, says in itself what its findings say; a table's row, and
     * JSON, which carries them, do not) */
    static const char *const documents[] = {"md", "txt", "html", "docx"};
    for (size_t k = 0; rc == 0 && !c->o->diagnostics && k < 4; k++)
        if (strcmp(c->o->format, documents[k]) == 0)
            rc = xxgk_total_note(sum, f);
    if (rc == 0)
        rc = xxgk_write_report(c->o->format, sum, c->o->diagnostics ? f : NULL, sink_buf, out);
    if (rc < 0) {
        fprintf(stderr, TR("xxgk sum：%s\n", "xxgk sum: %s\n"), xxgk_error_last());
    } else {
        const xxgk_rule *above = i > 0 ? xxgk_rule_find("total-left-out") : NULL;
        fprintf(stderr,
                TR("%d年（%s年格式）：汇总 %zu 份报告；%zu 个错误，%zu 个警告，%zu 个提示\n",
                   "%d (%s format): %zu reports added up; %zu errors, %zu warnings, %zu notes\n"),
                xxgk_total_year(c->t, i), xxgk_format_get(xxgk_total_format(c->t, i))->name,
                xxgk_total_reports(c->t, i), count_severity(f, XXGK_SEV_ERROR),
                count_severity(f, XXGK_SEV_WARNING), count_severity(f, XXGK_SEV_INFO));
        say_notes(f, above);
    }
    xxgk_findings_free(f);
    xxgk_report_free(sum);
    return rc < 0 ? EXIT_TROUBLE : EXIT_CLEAN;
}

int cmd_sum(int argc, char **argv)
{
    cli_options o;
    int st = options_parse(&o, argc, argv, "md", OPT_REPORTS | OPT_NAME, help);
    if (st < 0)
        return st == -1 ? EXIT_CLEAN : EXIT_TROUBLE;
    file_list l = {0};
    int in = options_inputs(&o, &l);
    if (in == -2)
        return EXIT_TROUBLE;
    int missing = in < 0;
    o.diagnostics = xxgk_writer_named(o.format)->diagnostics; /* known: options_parse */
    sum_ctx c = {&o, NULL, &l, argc, argv, 0};
    if (xxgk_total_new(&c.t) < 0) {
        fprintf(stderr, TR("xxgk sum：%s\n", "xxgk sum: %s\n"), xxgk_error_last());
        files_free(&l);
        options_commit(&o, 0);
        return EXIT_TROUBLE;
    }
    size_t nread;
    int rc = files_run(&l, o.jobs, job, take, &c, NULL, &nread);
    if (c.other_years)
        fprintf(stderr,
                TR("xxgk sum：%zu 份其他年度的报告%.0s未汇总（--year %d）\n",
                   "xxgk sum: %zu report%s of other years not added up (--year %d)\n"),
                c.other_years, c.other_years == 1 ? "" : "s", o.year);
    size_t n = xxgk_total_count(c.t);
    int written = 0;
    if (n == 0) {
        fprintf(stderr, TR("xxgk sum：没有可以汇总的报告\n", "xxgk sum: no report to add up\n"));
        if (rc == EXIT_CLEAN) /* (only totals given) */
            rc = EXIT_FINDINGS;
    } else if (xxgk_writer_named(o.format)->whole && n > 1) {
        fprintf(stderr,
                TR("xxgk sum：--format %s 只写一份文档，而输入有 %zu 个年度或格式的汇总："
                   "请只给一个年度、一种格式的报告\n",
                   "xxgk sum: --format %s writes one document, and the inputs make %zu totals "
                   "(years or formats): give the reports of one year in one format\n"),
                o.format, n);
        rc = EXIT_TROUBLE;
    } else {
        batch_output out;
        output_start(&out, o.format, 0);
        xbuf direct; /* (what does not gather goes to stdout total by total) */
        xbuf_init(&direct, 0);
        int failed = 0;
        for (size_t i = 0; i < n && !failed; i++) {
            xbuf *to = out.gather ? out.gather : &direct;
            failed = write_total(&c, i, to) != EXIT_CLEAN;
            if (!out.gather) {
                fwrite(direct.data ? direct.data : "", 1, direct.len, stdout);
                xbuf_reset(&direct);
            }
        }
        xbuf_free(&direct);
        written = output_finish(&out, "sum") == 0 && !failed;
        if (!written)
            rc = EXIT_TROUBLE;
    }
    /* (with no total, an -o FILE is left as it was, which is no further failure) */
    int committed = options_commit(&o, written);
    if (committed == -2 || (committed < 0 && n > 0))
        rc = EXIT_TROUBLE;
    xxgk_total_free(c.t);
    files_free(&l);
    return missing ? EXIT_TROUBLE : rc;
}
