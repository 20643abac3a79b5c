/* xxgk figure, xxgk case, xxgk calendar: the year's other figures, reconsideration and
 * litigation cases, and the working-day calendar. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/args.h"
#include "cli/cli.h"

static const char *const opts[] = {"db", "user", "year", "kind", "filed", "result", "decided",
                                   "encoding", "reason", NULL};

static int finish(xxgk_db *db, int rc, const char *cmd)
{
    xxgk_db_close(db);
    if (rc < 0) {
        fprintf(stderr, TR("xxgk %s：%s\n", "xxgk %s: %s\n"), cmd, xxgk_error_last());
        return EXIT_TROUBLE;
    }
    return EXIT_CLEAN;
}

int cmd_figure(int argc, char **argv)
{
    static const char *const usage_zh =
        "用法：xxgk figure set --year YEAR KEY VALUE [--db PATH] [--user NAME]\n\n"
        "某一年度第二部分的数据。KEY：regs.issued、regs.repealed、regs.in_force（规章），\n"
        "normative.issued、normative.repealed、normative.in_force（行政规范性文件），\n"
        "licensing（行政许可）、penalty（行政处罚）、coercion（行政强制）（均为本年处理\n"
        "决定数量），以及 fees_wan_yuan（行政事业性收费，万元）。某年度未录入的现行有效\n"
        "件数（in_force）按上一年度的数，加本年制发，减本年废止推算。KEY 也可以写表中的\n"
        "文字：行政许可、行政事业性收费、规章.本年制发、行政规范性文件.现行有效件数。\n",
                             *const usage_en =
        "usage: xxgk figure set --year YEAR KEY VALUE [--db PATH] [--user NAME]\n\n"
        "Section 二 figures of a year.  KEY: regs.issued, regs.repealed, regs.in_force,\n"
        "normative.issued, normative.repealed, normative.in_force (行政规范性文件),\n"
        "licensing (行政许可), penalty (行政处罚), coercion (行政强制) — decisions made —\n"
        "and fees_wan_yuan (行政事业性收费, 万元).  现行有效 (in_force) not set for a year is\n"
        "carried: the year before's, plus issued, minus repealed.  A KEY may also be the\n"
        "table's words: 行政许可, 行政事业性收费, 规章.本年制发, 行政规范性文件.现行有效件数.\n";
    const char *usage = TR(usage_zh, usage_en);
    args a;
    int year;
    int st = args_command(&a, argc, argv, opts, "figure", usage, "set", 3);
    if (st)
        return st > 0 ? EXIT_CLEAN : EXIT_TROUBLE;
    const char *ys = args_get(&a, "year", NULL);
    if (parse_int(ys, 2019, 2100, &year) < 0) {
        if (ys)
            fprintf(stderr,
                    TR("xxgk figure：--year “%s”不是 2019 至 2100 之间的年份\n",
                       "xxgk figure: --year '%s' is not a year from 2019 to 2100\n"),
                    ys);
        else
            fprintf(stderr, TR("xxgk figure：请用 --year YEAR 指明数据所属的年度\n",
                               "xxgk figure: --year YEAR says which year the figure is for\n"));
        return EXIT_TROUBLE;
    }
    /* plain decimals only: strtod would take 0x10 and 1e3 too, and store what was not meant
     * (full-width figures as typed by a Chinese input method are figures) */
    char typed[64];
    const char *t = ascii_figures(a.pos[2], typed, sizeof typed) == 0 ? typed : "";
    while (*t == ' ')
        t++;
    size_t tl = strlen(t);
    while (tl > 0 && t[tl - 1] == ' ')
        tl--;
    size_t at = t[0] == '-', digits = strspn(t + at, "0123456789");
    int plain = digits > 0 && (at + digits == tl ||
                               (t[at + digits] == '.' && at + digits + 1 < tl &&
                                strspn(t + at + digits + 1, "0123456789") == tl - at - digits - 1));
    char *end;
    errno = 0;
    double v = plain ? strtod(t, &end) : 0;
    if (!plain || errno) {
        fprintf(stderr,
                TR("xxgk figure：%s：“%s”不是十进制数（如 1850、12.5）\n",
                   "xxgk figure: %s: '%s' is not a decimal number (1850, 12.5)\n"),
                a.pos[1], a.pos[2]);
        return EXIT_TROUBLE;
    }
    /* past 15 significant figures (2^53 for whole numbers) the number stored, and said back,
     * is not the one typed: 99999999999999.99 would come back as …98 */
    size_t sig = 0;
    for (const char *d = t + at; d < t + tl; d++)
        sig += *d >= '0' && *d <= '9' && (sig || *d != '0');
    if (fabs(v) >= 9007199254740992.0 || (sig > 15 && memchr(t, '.', tl))) {
        fprintf(stderr,
                TR("xxgk figure：“%s”太大，无法精确保存\n",
                   "xxgk figure: '%s' is too large to keep exactly\n"),
                a.pos[2]);
        return EXIT_TROUBLE;
    }
    xxgk_db *db;
    if (db_open(&db, &a, 0) < 0)
        return EXIT_TROUBLE;
    xxgk_report_stale stale[STALE_MAX];
    int nstale = reports_stale(db, stale);
    int rc = xxgk_figure_set(db, year, a.pos[1], v);
    if (v == 0 && *t == '-') { /* (-0 is kept, and said, as 0) */
        t++;
        tl--;
    }
    if (rc >= 0)
        printf(TR("%d年 %s：%.*s%s\n", "%d %s: %.*s%s\n"), year, a.pos[1], (int)tl, t,
               rc == 1 ? TR("（未改变，原来就是这个数）", " (unchanged: it already held that)")
                       : "");
    double in_force;
    /* what is carried from it: a repeal larger than what was in force is a typo */
    if (rc >= 0 && xxgk_figure_in_force(db, year, a.pos[1], &in_force) == 0 && in_force < 0)
        fprintf(stderr,
                TR("xxgk figure：注意：%d年该行的现行有效件数由此推算为 %.0f（上年现行有效加本年"
                   "制发减本年废止），请核对\n",
                   "xxgk figure: note: this makes the row's number in force for %d %.0f (last "
                   "year's plus issued minus repealed): please check\n"),
                year, in_force);
    if (rc >= 0)
        say_reports_stale(db, stale, nstale, "figure");
    return finish(db, rc, "figure");
}

int cmd_case(int argc, char **argv)
{
    static const char *const usage_zh =
        "用法：xxgk case set ID --kind KIND --filed DATE [--result RESULT --decided DATE]\n"
        "                [--replace] [--db PATH] [--user NAME]\n"
        "      xxgk case list [--year YEAR] [--db PATH]\n"
        "      xxgk case delete ID --reason TEXT [--db PATH] [--user NAME]\n\n"
        "因政府信息公开引起的行政复议或行政诉讼案件（第四部分）。KIND：\n"
        "reconsideration（行政复议）、litigation_direct（未经复议直接起诉）、\n"
        "litigation_after_review（复议后起诉）。RESULT：upheld（维持）、\n"
        "corrected（纠正）、other（其他结果）；案件尚未审结时不填。set 一个已有的 ID\n"
        "会更新该案件（如记录审结结果），并逐项说明改了什么；类型或提起日期不同的，像是\n"
        "另一件案件误用了这个编号，会被拒绝，确是原来登记错了才加 --replace 替换。list 列出\n"
        "某年度的案件：在该年年底前提起，且未在该年开始前审结。delete 删除误录的案件；\n"
        "审计记录保留它原来的内容。\n",
                             *const usage_en =
        "usage: xxgk case set ID --kind KIND --filed DATE [--result RESULT --decided DATE]\n"
        "                 [--replace] [--db PATH] [--user NAME]\n"
        "       xxgk case list [--year YEAR] [--db PATH]\n"
        "       xxgk case delete ID --reason TEXT [--db PATH] [--user NAME]\n\n"
        "A reconsideration or litigation case about disclosure (section 四).  KIND:\n"
        "reconsideration (行政复议), litigation_direct (未经复议直接起诉),\n"
        "litigation_after_review (复议后起诉).  RESULT: upheld (维持), corrected (纠正),\n"
        "other (其他结果); leave it out while the case is pending (尚未审结).  Setting an\n"
        "existing ID updates that case (its result, say), saying what changed, field by\n"
        "field; one of another kind or filing date, another case given an ID in use by\n"
        "mistake, is refused: add --replace only when the case recorded was wrong.  list\n"
        "shows a year's cases: filed by its end and not decided before it began.  delete\n"
        "removes a case entered by mistake; the audit trail keeps what it was.\n";
    const char *usage = TR(usage_zh, usage_en);
    args a;
    /* (options may come first: xxgk --db x.db case list) */
    int listing = strcmp(args_subcommand(argc, argv), "list") == 0;
    int deleting = strcmp(args_subcommand(argc, argv), "delete") == 0;
    static const char *const case_opts[] = {"db",     "user",    "year",     "kind", "filed",
                                            "result", "decided", "replace!", "reason", NULL};
    int st = args_command(&a, argc, argv, case_opts, "case", usage,
                          listing ? "list" : deleting ? "delete" : "set", listing ? 1 : 2);
    if (st)
        return st > 0 ? EXIT_CLEAN : EXIT_TROUBLE;
    /* each subcommand's own options: one given to another is refused, never ignored */
    const char *mine = listing    ? " year "
                       : deleting ? " reason "
                                  : " kind filed result decided replace ";
    for (int k = 0; k < a.nopts; k++) {
        char name[40];
        snprintf(name, sizeof name, " %.*s ", (int)strcspn(a.names[k], "|!"), a.names[k]);
        if (strcmp(name, " db ") != 0 && strcmp(name, " user ") != 0 && !strstr(mine, name)) {
            fprintf(stderr,
                    TR("xxgk case %s：--%.*s 不是 %s 的选项（用法见 xxgk case --help）\n",
                       "xxgk case %s: --%.*s is not an option of %s (see 'xxgk case --help')\n"),
                    a.pos[0], (int)strcspn(a.names[k], "|!"), a.names[k], a.pos[0]);
            return EXIT_TROUBLE;
        }
    }
    int year = 0;
    const char *ys = args_get(&a, "year", NULL);
    /* (the years a case may be filed in: those request list takes, not only the reports') */
    if (ys && parse_int(ys, XXGK_DATE_MIN_YEAR, XXGK_DATE_MAX_YEAR, &year) < 0) {
        fprintf(stderr,
                TR("xxgk case：--year “%s”不是 %d 至 %d 之间的年份\n",
                   "xxgk case: --year '%s' is not a year from %d to %d\n"),
                ys, XXGK_DATE_MIN_YEAR, XXGK_DATE_MAX_YEAR);
        return EXIT_TROUBLE;
    }
    xxgk_db *db;
    if (db_open(&db, &a, 0) < 0)
        return EXIT_TROUBLE;
    xxgk_report_stale stale[STALE_MAX];
    int nstale = listing ? 0 : reports_stale(db, stale);
    if (deleting) {
        char *kept = NULL; /* (said as the register keeps it: FY-1 for fy-1) */
        xxgk_db_find_id(db, "case", a.pos[1], &kept);
        int rc = xxgk_case_delete(db, a.pos[1], args_get(&a, "reason", NULL));
        if (!rc)
            printf(TR("案件 %s 已删除；xxgk db audit 保留它原来的内容\n",
                      "case %s deleted; 'xxgk db audit' keeps what it was\n"),
                   kept ? kept : a.pos[1]);
        free(kept);
        if (!rc)
            say_reports_stale(db, stale, nstale, "case delete");
        return finish(db, rc, "case");
    }
    if (listing) {
        char *text = NULL;
        int rc = xxgk_case_list(db, year, &text);
        if (text)
            fputs(text, stdout);
        free(text);
        return finish(db, rc, "case");
    }
    char *changes = NULL; /* (what a set over a case recorded changed, field by field) */
    int rc = xxgk_case_update(db, a.pos[1], args_get(&a, "kind", NULL),
                              args_get(&a, "filed", NULL), args_get(&a, "result", NULL),
                              args_get(&a, "decided", NULL), args_get(&a, "replace", NULL) != NULL,
                              &changes);
    char *id = NULL;
    if (rc >= 0 && xxgk_db_find_id(db, "case", a.pos[1], &id) < 0)
        rc = XXGK_EIO; /* (just set, and then not there) */
    if (rc == 1 || rc == 3)
        printf(TR("案件 %s %s：%s（审计记录保留它原来的内容）\n",
                  "case %s %s: %s (the audit trail keeps what it was)\n"),
               id, rc == 3 ? TR("已替换", "replaced") : TR("已修改", "changed"),
               changes ? changes : "");
    else if (rc >= 0)
        printf(TR("案件 %s %s\n", "case %s %s\n"), id,
               rc == 2 ? TR("未改变（原来就是这样）", "unchanged (it already was so)")
                       : TR("已添加", "added"));
    free(changes);
    free(id);
    if (rc >= 0)
        say_reports_stale(db, stale, nstale, "case set");
    return finish(db, rc, "case");
}

int cmd_calendar(int argc, char **argv)
{
    static const char *const usage_zh =
        "用法：xxgk calendar import FILE [--encoding ENC] [--db PATH] [--user NAME]\n\n"
        "按国务院公布的安排，添加或替换 FILE 中各年度的节假日表（CSV：date,kind,name，\n"
        "或 日期,类型,名称；kind 为 holiday 或“放假”表示放假，workday 或“上班”“补班”表示\n"
        "周末调休上班）。每件申请的期限都重新计算，并列出期限有变动的申请。没有节假日表的\n"
        "年度，按周一至周五为工作日计算（元旦、5月1日（2025年起还有5月2日）和10月1日至3日\n"
        "除外），这样算出的期限会加以标注。\n",
                             *const usage_en =
        "usage: xxgk calendar import FILE [--encoding ENC] [--db PATH] [--user NAME]\n\n"
        "Add or replace the holiday table of the years in FILE (CSV: date,kind,name, or\n"
        "日期,类型,名称; kind holiday or 放假 = a day off, workday or 上班, 补班 = a weekend day\n"
        "worked, 调休), as announced by the State Council.  Every request's deadline is\n"
        "recomputed; those that moved are listed.\n"
        "Dates in a year with no table count as plain weekdays (but for 1 January, 1 May, 2 May\n"
        "since 2025 and 1-3 October, off whatever the arrangement), and deadlines computed so\n"
        "are flagged.\n";
    const char *usage = TR(usage_zh, usage_en);
    args a;
    int st = args_command(&a, argc, argv, opts, "calendar", usage, "import", 2);
    if (st)
        return st > 0 ? EXIT_CLEAN : EXIT_TROUBLE;
    char *csv = read_text(a.pos[1], args_get(&a, "encoding", NULL));
    if (!csv)
        return EXIT_TROUBLE;
    size_t len = strlen(csv);
    xxgk_db *db;
    if (db_open(&db, &a, 0) < 0) {
        free(csv);
        return EXIT_TROUBLE;
    }
    char *moved = NULL;
    int rc = xxgk_db_calendar_import(db, csv, len, a.pos[1], &moved);
    if (!rc)
        printf(TR("已导入 %s\n%s", "imported %s\n%s"), a.pos[1], moved ? moved : "");
    free(moved);
    free(csv);
    return finish(db, rc, "calendar");
}
