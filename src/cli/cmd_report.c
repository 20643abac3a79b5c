/* xxgk report: the annual report written from the register, and its narrative sections. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/args.h"
#include "cli/cli.h"

static const char *const help_zh =
            "用法：xxgk report --year YEAR [--format FMT] [--date DATE]\n"
            "                  [-o FILE]\n"
            "      xxgk report text --year YEAR --section 一..六 FILE [--encoding ENC]\n"
            "      xxgk report draft --year YEAR --section 一..六\n"
            "通用选项：--db PATH（默认 xxgk.db），--user NAME\n\n"
            "按 2021 年的规定格式写出完整的年度报告：标题、六个部分、根据登记簿计算的三张表格\n"
            "（上年结转 = 上一年度末尚未办结的申请，结转下年度 = 12月31日尚未办结的申请）、\n"
            "第六部分关于信息处理费的表述、机关名称和日期（默认为当天）。未用 report text\n"
            "写入的部分，根据数据起草（report draft 撤去某部分写入的文字，恢复起草）。\n"
            "写出的报告经检查，结果与 xxgk check 该文件相同；有错误时退出状态为 1。\n"
            "FMT：md（默认）、txt、html、docx，或以 json、csv、xlsx、sqlite 输出数据。\n",
                  *const help_en =
            "usage: xxgk report --year YEAR [--format FMT] [--date DATE]\n"
            "                   [-o FILE]\n"
            "       xxgk report text --year YEAR --section 一..六 FILE [--encoding ENC]\n"
            "       xxgk report draft --year YEAR --section 一..六\n"
            "options for all: --db PATH (default xxgk.db), --user NAME\n\n"
            "Writes the complete annual report in the official 2021 layout: title, the six\n"
            "sections, the three tables computed from the register (上年结转 = requests open at\n"
            "the end of the year before, 结转下年度 = open on 31 December), the 信息处理费\n"
            "sentence in 六, the agency's name and the date (default today).  Sections not\n"
            "written with 'report text' are drafted from the figures ('report draft' takes a\n"
            "section's written text away, to be drafted again).  The report written is\n"
            "checked as 'xxgk check' checks the file; with errors the exit status is 1.\n"
            "FMT: md (default), txt, html, docx, or the figures as json, csv, xlsx, sqlite.\n";

static void help(FILE *out) { fputs(TR(help_zh, help_en), out); }

static int section_number(const char *s)
{
    for (int i = 1; i <= 6; i++)
        if (strcmp(s, xxgk_section_numeral(i)) == 0)
            return i;
    int n;
    return parse_int(s, 1, 6, &n) == 0 ? n : 0;
}

static const xxgk_finding *finding_of(const xxgk_findings *f, const char *rule)
{
    for (size_t i = 0; f && i < xxgk_findings_count(f); i++)
        if (strcmp(xxgk_findings_get(f, i)->rule->id, rule) == 0)
            return xxgk_findings_get(f, i);
    return NULL;
}

/* The register says what kind of agency it is; `xxgk check` of the written file, told nothing,
 * judges by the name.  Where the two differ on whether the date is late (a township's
 * government, an office of one set as a government; a people's government set as a
 * department), say so and what to do, rather than leave them to disagree unexplained. */
static void late_by_name(const xxgk_findings *f, const xxgk_report *r)
{
    xxgk_check_options by_name = {xxgk_lang_get(), XXGK_AGENCY_AUTO};
    xxgk_findings *g = NULL;
    if (xxgk_check(&g, r, &by_name) < 0)
        return;
    const xxgk_finding *late = finding_of(g, "date-late"), *mine = finding_of(f, "date-late");
    if (mine && !late)
        fprintf(stderr,
                TR("xxgk report：提示：登记簿把本机关设为部门（1月31日前），按此报告逾期；机关名称"
                   "看来是人民政府（3月31日前），不加说明的 xxgk check 不认为逾期。如确是人民政府，"
                   "请 xxgk db set agency_kind government\n",
                   "xxgk report: note: the register sets the agency as a department (by 31 "
                   "January), which makes the report late; its name reads as a people's "
                   "government's (by 31 March), and xxgk check told nothing finds it on time. If "
                   "it is a government: xxgk db set agency_kind government\n"));
    else if (late && !mine)
        fprintf(stderr,
                TR("xxgk report：提示：登记簿把本机关设为人民政府（3月31日前）；不加说明的 "
                   "xxgk check 按机关名称判断，会认为报告逾期（%s），检查时请加 "
                   "--agency-kind government\n",
                   "xxgk report: note: the register sets the agency as a people's government "
                   "(by 31 March); xxgk check told nothing judges by the name and would find the "
                   "report late (%s): check it with --agency-kind government\n"),
                late->evidence);
    xxgk_findings_free(g);
}

/* Section 二 figures never entered: the year's are printed as 0, but 现行有效 (named when no
 * year has it) is counted from 0 by the years' issued and repealed, so not 0. */
static void unset_note(xxgk_db *db, int year)
{
    char *zero = NULL, *counted = NULL;
    if (xxgk_figures_unset(db, year, &zero, &counted) != 0)
        return;
    if (*zero)
        fprintf(stderr,
                TR("xxgk report：提示：%d 年第二部分有数据从未录入，按 0 计：%s"
                   "（xxgk figure set --year %d KEY VALUE）\n",
                   "xxgk report: note: section 二 figures of %d never entered, taken as "
                   "0: %s (xxgk figure set --year %d KEY VALUE)\n"),
                year, zero, year);
    if (*counted)
        fprintf(stderr,
                TR("xxgk report：提示：现行有效件数任何年度都未录入，从 0 起按历年制发、废止"
                   "累计：%s（录入某年的实数：xxgk figure set --year YEAR KEY VALUE）\n",
                   "xxgk report: note: no year has the number in force, so it is counted from 0 "
                   "by the years' issued and repealed: %s (enter a year's real figure: xxgk "
                   "figure set --year YEAR KEY VALUE)\n"),
                counted);
    free(zero);
    free(counted);
}

int cmd_report(int argc, char **argv)
{
    static const char *const opts[] = {"db", "user", "year", "format|f", "date", "section", "o",
                                       "encoding", NULL};
    if (args_help(argc, argv)) {
        help(stdout);
        return EXIT_CLEAN;
    }
    args a;
    int year;
    if (args_parse(&a, argc, argv, 1, opts, "report") < 0)
        return EXIT_TROUBLE;
    if (parse_int(args_get(&a, "year", NULL), 2019, 2100, &year) < 0) {
        fprintf(stderr, TR("xxgk report：--year 需要报告的年度，2019 至 2100\n",
                           "xxgk report: --year needs the year reported on, 2019 to 2100\n"));
        return EXIT_TROUBLE;
    }
    xxgk_db *db;
    int drafting = a.npos == 1 && strcmp(a.pos[0], "draft") == 0;
    if ((a.npos == 2 && strcmp(a.pos[0], "text") == 0) || drafting) {
        int section = section_number(args_get(&a, "section", ""));
        const char *cmd = drafting ? "report draft" : "report text";
        if (!section) {
            fprintf(stderr, TR("xxgk %s：--section 是 一 二 三 四 五 六 之一\n",
                               "xxgk %s: --section is one of 一 二 三 四 五 六\n"),
                    cmd);
            return EXIT_TROUBLE;
        }
        char *text = drafting ? NULL : read_text(a.pos[1], args_get(&a, "encoding", NULL));
        if (!text && !drafting)
            return EXIT_TROUBLE;
        if (db_open(&db, &a, 0) < 0) { /* (which says why) */
            free(text);
            return EXIT_TROUBLE;
        }
        int rc = xxgk_narrative_set(db, year, section, text);
        if (rc < 0 && drafting)
            fprintf(stderr, TR("xxgk report draft：%s\n", "xxgk report draft: %s\n"),
                    xxgk_error_last());
        else if (rc < 0)
            fprintf(stderr, TR("xxgk report text：%s：%s\n", "xxgk report text: %s: %s\n"), a.pos[1],
                    xxgk_error_last());
        else if (rc == 1)
            printf(TR("%d年第%s部分：未改变（%s）\n", "%d section %s: unchanged (%s)\n"), year,
                   xxgk_section_numeral(section),
                   drafting ? TR("原来就按数据起草", "it already was drafted from the figures")
                            : TR("原来就是这些文字", "it already had that text"));
        else if (drafting)
            printf(TR("%d年第%s部分：撤去写入的文字，按数据起草\n",
                      "%d section %s: the written text taken away, drafted from the figures\n"),
                   year, xxgk_section_numeral(section));
        else
            printf(TR("%d年第%s部分：已写入 %s 的文字\n", "%d section %s: the text of %s written\n"),
                   year, xxgk_section_numeral(section), a.pos[1]);
        free(text);
        xxgk_db_close(db);
        return rc < 0 ? EXIT_TROUBLE : EXIT_CLEAN;
    }
    if (a.npos != 0) {
        args_say_wrong(&a, "report", NULL, 0);
        return EXIT_TROUBLE;
    }
    const char *format = args_get(&a, "format", "md");
    const xxgk_writer_info *w = xxgk_writer_named(format);
    if (!w || !w->reports) {
        unknown_format("report", format, 1);
        return EXIT_TROUBLE;
    }
    const char *path;
    if (register_output(&a, "report", &path) < 0 || binary_to_terminal(format, path, "report"))
        return EXIT_TROUBLE;
    if (db_open(&db, &a, 0) < 0)
        return EXIT_TROUBLE;
    xxgk_report *r = NULL, *back = NULL;
    xxgk_findings *f = NULL, *g = NULL;
    xxgk_check_options co = {xxgk_lang_get(), XXGK_AGENCY_AUTO}; /* unset: from the name */
    int rc = xxgk_register_report(&r, db, year, args_get(&a, "date", NULL));
    if (!rc) {
        char *kind = NULL;
        if (!(rc = xxgk_db_get(db, "agency_kind", &kind)) && kind)
            co.agency_kind = strcmp(kind, "government") == 0 ? XXGK_AGENCY_GOVERNMENT
                                                             : XXGK_AGENCY_DEPARTMENT;
        free(kind);
        if (!rc)
            rc = xxgk_check(&f, r, &co);
        if (!rc && co.agency_kind != XXGK_AGENCY_AUTO)
            late_by_name(f, r);
        char *claim = NULL;
        if (!rc && xxgk_register_claims(db, year, r, &claim) == 0 && claim)
            for (const char *l = claim; *l; l += strcspn(l, "\n") + (l[strcspn(l, "\n")] != 0))
                fprintf(stderr, TR("xxgk report：注意：%.*s\n", "xxgk report: note: %.*s\n"),
                        (int)strcspn(l, "\n"), l);
        free(claim);
    }
    xbuf doc;
    xbuf_init(&doc, 0);
    if (!rc)
        rc = xxgk_write_document(format, r, f, sink_buf, &doc);
    int unwritten = !rc && (rc = write_document(path, &doc, "report")) != 0;
    /* A document is checked as `xxgk check` reads the file: its findings at its lines. */
    if (!rc && !w->findings && xxgk_report_read(&back, doc.data, doc.len, NULL) == 0 &&
        xxgk_check(&g, back, &co) < 0) {
        xxgk_findings_free(g);
        g = NULL;
    }
    xbuf_free(&doc);
    int errors = 0;
    if (rc == 0)
        unset_note(db, year);
    /* (recorded, that a later change to its figures be said; a register that cannot be
     * written, read-only, writes the report all the same) */
    if (rc == 0)
        xxgk_report_mark_written(db, year, r);
    if (rc == 0 && year < 2021) /* (the register keeps the 2021 format's rows only) */
        fprintf(stderr,
                TR("xxgk report：注意：%d年度报告按规定使用2019年格式（国办公开办函〔2019〕60号），"
                   "此处写出的是2021年格式（第二部分各项、（六）其他处理分为三项）\n",
                   "xxgk report: note: a report on %d is due in the 2019 format (国办公开办函"
                   "〔2019〕60号); this one is written in the 2021 format (its section 二 items, "
                   "（六）其他处理 in three rows)\n"),
                year);
    /* what the check found, as `xxgk check` of the file says it: errors make the exit
     * status; warnings (a draft's placeholders) and notes are said too */
    if (rc == 0 && f && xxgk_findings_at_least(g ? g : f, XXGK_SEV_INFO)) {
        errors = xxgk_findings_at_least(g ? g : f, XXGK_SEV_ERROR) > 0;
        xbuf b;
        xbuf_init(&b, 0);
        xxgk_write_findings("text", path ? path : TR("报告", "report"), g ? back : r,
                            g ? g : f, sink_buf, &b);
        fputs(b.data ? b.data : "", stderr);
        xbuf_free(&b);
    }
    if (rc < 0 && !unwritten)
        fprintf(stderr, TR("xxgk report：%s\n", "xxgk report: %s\n"), xxgk_error_last());
    xxgk_findings_free(f);
    xxgk_findings_free(g);
    xxgk_report_free(r);
    xxgk_report_free(back);
    xxgk_db_close(db);
    return rc < 0 ? EXIT_TROUBLE : errors ? EXIT_FINDINGS : EXIT_CLEAN;
}
