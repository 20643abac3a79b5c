/*
 * The annual report written from the register: the three tables computed from the requests,
 * the year's figures and the cases; the narrative as stored, or drafted from the figures; the
 * 信息处理费 sentence of section 六.  The result is an ordinary report, so the same writers,
 * checker and reader serve it (and the tests read its text back to the same figures).
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/checker_impl.h"
#include "lib/error.h"
#include "lib/register_impl.h"
#include "lib/report_impl.h"
#include "util/buf.h"
#include "util/hash.h"
#include "util/text.h"


typedef struct {
    double req[32][7];   /* by row index of table 三 */
    double active[16];   /* by cell of table 二 */
    double review[15];
    double review_before[2]; /* of those, cases filed before the year: reconsiderations,
                              * lawsuits */
    long fees_yuan;      /* 信息处理费 collected in the year */
    char from[16], to[16]; /* the year's first and last day, for the queries */
    int fee_requests;
    int payments;        /* fees paid in the year */
    long notices_yuan;   /* fee notices sent in the year: their total, and how many */
    int notices;
    int late;            /* requests closed in the year after their due date */
} year_figures;

static const xxgk_table_spec *table(xxgk_table_id id)
{
    return &xxgk_format_get(XXGK_FORMAT_2021)->tables[id];
}

static int row_index(const xxgk_table_spec *t, const char *key, int index)
{
    for (int i = 0; i < t->nrows; i++)
        if (strcmp(t->rows[i].key, key) == 0 && t->rows[i].index == index &&
            !(t->rows[i].flags & XXGK_ROW_SINGLE_ALT))
            return i;
    return -1;
}

/* A text column's value for a message: "" for NULL. */
static const char *text_or_none(const void *v)
{
    return v ? (const char *)v : "";
}

static int column_of(const char *type)
{
    const xxgk_row_spec *row = &table(XXGK_TABLE_REQUESTS)->rows[0];
    for (int k = 0; k < 6 && type; k++)
        if (strcmp(row->cols[k].id, type) == 0)
            return k;
    return -1;
}

/* Table 三: a request counts where it stands on 1 January and 31 December. */
static int count_requests(struct xxgk_db *db, year_figures *y)
{
    const xxgk_table_spec *t = table(XXGK_TABLE_REQUESTS);
    const char *from = y->from, *to = y->to;
    /* (a date another program wrote that is none, "garbage", would leave its request out of
     * every year's tables unseen) */
    static const char date_glob[] = "[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]";
    sqlite3_stmt *st = store_prepare(&db->s,
                                     "SELECT id, received, closed,"
                                     " received IS NULL OR received NOT GLOB ?1 FROM request"
                                     " WHERE received IS NULL OR received NOT GLOB ?1"
                                     " OR (closed IS NOT NULL AND closed NOT GLOB ?1) LIMIT 1",
                                     date_glob);
    if (!st)
        return XXGK_EIO;
    int r = store_step(&db->s, st);
    if (r > 0) {
        const unsigned char *rec = sqlite3_column_text(st, 1);
        int bad_received = sqlite3_column_int(st, 3);
        r = err_set(XXGK_EINVAL,
                    TR("申请 %s 的%s“%s”不是日期：登记簿曾被 xxgk 以外的程序修改"
                       "（xxgk db check 列出问题），报告未生成",
                       "request %s's %s '%s' is no date: the register was changed by another "
                       "program (xxgk db check lists what is wrong); no report written"),
                    text_or_none(sqlite3_column_text(st, 0)),
                    bad_received ? TR("收到日期", "date of receipt")
                                 : TR("办结日期", "date closed"),
                    text_or_none(bad_received ? rec : sqlite3_column_text(st, 2)));
    }
    sqlite3_finalize(st);
    if (r != 0)
        return r;
    st = store_prepare(&db->s,
                       "SELECT applicant_type, received, closed, outcome, id, due, "
                       REGISTER_STOPPED_SQL " FROM request"
                       " WHERE received <= ? AND (closed IS NULL OR closed >= ?)",
                       to, from);
    if (!st)
        return XXGK_EIO;
    int i_new = row_index(t, "new", -1), i_in = row_index(t, "carried_in", -1),
        i_out = row_index(t, "carried_out", -1), i_total = row_index(t, "total", -1);
    while ((r = store_step(&db->s, st)) > 0) {
        int col = column_of((const char *)sqlite3_column_text(st, 0));
        const char *received = (const char *)sqlite3_column_text(st, 1);
        const char *closed = (const char *)sqlite3_column_text(st, 2);
        const char *outcome = (const char *)sqlite3_column_text(st, 3);
        const xxgk_row_spec *orow = register_outcome_row(outcome);
        /* (a register changed by another program may hold what xxgk never stores: its report
         * would count the request where it does not belong) */
        if (col < 0 || (closed && !orow)) {
            r = err_set(XXGK_EINVAL,
                        TR("申请 %s 的%s“%s”不是统计表的一项：登记簿曾被 xxgk 以外的程序修改"
                           "（xxgk db check 列出问题），报告未生成",
                           "request %s's %s '%s' is no row or column of the tables: the register "
                           "was changed by another program (xxgk db check lists what is wrong); "
                           "no report written"),
                        text_or_none(sqlite3_column_text(st, 4)),
                        col < 0 ? TR("申请人类型", "applicant type") : TR("办理结果", "outcome"),
                        col < 0 ? text_or_none(sqlite3_column_text(st, 0)) : text_or_none(outcome));
            break;
        }
        y->req[strcmp(received, from) >= 0 ? i_new : i_in][col]++;
        if (closed && strcmp(closed, to) <= 0 && orow) {
            y->req[orow - t->rows][col]++;
            y->req[i_total][col]++;
            y->late += register_late(closed, (const char *)sqlite3_column_text(st, 5), outcome,
                                     (const char *)sqlite3_column_text(st, 6));
        } else {
            y->req[i_out][col]++;
        }
    }
    sqlite3_finalize(st);
    if (r < 0)
        return r;
    for (int i = 0; i < t->nrows; i++) {
        y->req[i][6] = 0;
        for (int k = 0; k < 6; k++)
            y->req[i][6] += y->req[i][k];
    }
    return 0;
}

/* One year's section 二 figures as set (v, set: by cell of the table), with 现行有效 not set
 * computed from the year before's (in_force, by row): plus issued, minus repealed (columns 0,
 * 1 and 2 of a row of three). */
static void carry_in_force(const xxgk_table_spec *t, double *v, const int *set, double *in_force)
{
    for (int i = 0; i < t->nrows && i < 16; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        if (row->ncols != 3)
            continue;
        int c = row->first_cell - t->first_cell;
        in_force[i] = set[c + 2] ? v[c + 2] : in_force[i] + v[c] - v[c + 1];
        v[c + 2] = in_force[i];
    }
}

/* Section 二: the figures set for the year; 现行有效 carried from year to year when not set.
 * The years before are read in the same query, in order (a year without figures changes
 * nothing that is carried). */
static int active_figures(struct xxgk_db *db, int year, year_figures *y)
{
    const xxgk_table_spec *t = table(XXGK_TABLE_ACTIVE);
    double in_force[16] = {0}, v[16] = {0}; /* in_force by row, v by cell */
    int set[16] = {0}, at = 0;              /* at: the year v holds, 0 before the first */
    char ys[16];
    snprintf(ys, sizeof ys, "%d", year);
    sqlite3_stmt *st = store_prepare(&db->s,
                                     "SELECT year, key, value FROM figure WHERE year <= ?"
                                     " ORDER BY year",
                                     ys);
    if (!st)
        return XXGK_EIO;
    int r;
    while ((r = store_step(&db->s, st)) > 0) {
        int yr = sqlite3_column_int(st, 0);
        if (yr != at) {
            if (at)
                carry_in_force(t, v, set, in_force);
            memset(v, 0, sizeof v);
            memset(set, 0, sizeof set);
            at = yr;
        }
        int cell = register_figure_cell((const char *)sqlite3_column_text(st, 1), NULL, NULL, 0);
        if (cell >= 0 && cell - t->first_cell < 16) {
            v[cell - t->first_cell] = sqlite3_column_double(st, 2);
            set[cell - t->first_cell] = 1;
        }
    }
    sqlite3_finalize(st);
    if (r < 0)
        return r;
    if (at && at != year) { /* the last year with figures, then the year itself without */
        carry_in_force(t, v, set, in_force);
        memset(v, 0, sizeof v);
        memset(set, 0, sizeof set);
    }
    carry_in_force(t, v, set, in_force);
    memcpy(y->active, v, sizeof y->active);
    return 0;
}

int xxgk_figure_in_force(xxgk_db *db, int year, const char *key, double *out)
{
    const xxgk_table_spec *t = table(XXGK_TABLE_ACTIVE);
    int cell = register_figure_cell(key, NULL, NULL, 0);
    for (int i = 0; cell >= 0 && i < t->nrows; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        if (cell < row->first_cell || cell >= row->first_cell + row->ncols)
            continue;
        if (row->ncols != 3) /* (only 规章 and 行政规范性文件 have a 现行有效) */
            break;
        year_figures y;
        memset(&y, 0, sizeof y);
        int rc = active_figures(db, year, &y);
        if (rc)
            return rc;
        *out = y.active[row->first_cell + 2 - t->first_cell];
        return 0;
    }
    return err_set(XXGK_ENOTFOUND,
                   TR("“%s”所在的行没有现行有效件数", "'%s' is in no row with a number in force"),
                   key ? key : "");
}

/* Section 四: cases decided in the year by result, and those still pending on 31 December. */
static int review_figures(struct xxgk_db *db, year_figures *y)
{
    static const char *const kinds[] = {"reconsideration", "litigation_direct",
                                        "litigation_after_review"};
    static const char *const results[] = {"upheld", "corrected", "other"};
    const char *from = y->from, *to = y->to;
    sqlite3_stmt *st = store_prepare(&db->s,
                                     "SELECT kind, result, decided, filed FROM review_case"
                                     " WHERE filed <= ? AND (decided IS NULL OR decided >= ?)",
                                     to, from);
    if (!st)
        return XXGK_EIO;
    int r;
    while ((r = store_step(&db->s, st)) > 0) {
        const char *kind = (const char *)sqlite3_column_text(st, 0);
        const char *result = (const char *)sqlite3_column_text(st, 1);
        const char *decided = (const char *)sqlite3_column_text(st, 2);
        const char *filed = (const char *)sqlite3_column_text(st, 3);
        int b = 0;
        while (b < 2 && strcmp(kinds[b], kind) != 0)
            b++;
        y->review_before[b > 0] += filed && strcmp(filed, from) < 0;
        int col = 3; /* 尚未审结 */
        if (decided && strcmp(decided, to) <= 0)
            for (int k = 0; k < 3; k++)
                if (strcmp(results[k], result) == 0)
                    col = k;
        y->review[b * 5 + col]++;
        y->review[b * 5 + 4]++;
    }
    sqlite3_finalize(st);
    return r < 0 ? r : 0;
}

/* Whether section 六 tells the fee notices sent apart from the fees collected: where they
 * differ (a notice unpaid, or paid in another year). */
static int notices_told(const year_figures *y)
{
    return y->notices && (y->notices != y->payments || y->notices_yuan != y->fees_yuan);
}

/* 信息处理费 actually collected in the year: each payment in the year settles the latest notice
 * before it; the requests are counted once however many notices they had.  And the fee
 * notices sent in the year, with their total. */
static int fee_figures(struct xxgk_db *db, year_figures *y)
{
    sqlite3_stmt *st = store_prepare(
        &db->s,
        "SELECT COALESCE(SUM(fee), 0), COUNT(DISTINCT request_id), COUNT(*) FROM"
        " (SELECT p.request_id AS request_id, (SELECT n.fee FROM event n"
        "   WHERE n.request_id = p.request_id AND n.kind = 'fee-notice' AND n.seq < p.seq"
        "   ORDER BY n.seq DESC LIMIT 1) AS fee"
        "  FROM event p WHERE p.kind = 'fee-paid' AND p.date BETWEEN ? AND ?)",
        y->from, y->to);
    if (!st)
        return XXGK_EIO;
    int r = store_step(&db->s, st);
    if (r > 0) {
        y->fees_yuan = (long)sqlite3_column_int64(st, 0);
        y->fee_requests = sqlite3_column_int(st, 1);
        y->payments = sqlite3_column_int(st, 2);
    }
    sqlite3_finalize(st);
    if (r < 0)
        return r;
    st = store_prepare(&db->s,
                       "SELECT COALESCE(SUM(fee), 0), COUNT(*) FROM event"
                       " WHERE kind = 'fee-notice' AND date BETWEEN ? AND ?",
                       y->from, y->to);
    if (!st)
        return XXGK_EIO;
    r = store_step(&db->s, st);
    if (r > 0) {
        y->notices_yuan = (long)sqlite3_column_int64(st, 0);
        y->notices = sqlite3_column_int(st, 1);
    }
    sqlite3_finalize(st);
    return r < 0 ? r : 0;
}

/* Every figure the report of the year prints from the register, into *y. */
static int gather(struct xxgk_db *db, int year, year_figures *y)
{
    memset(y, 0, sizeof *y);
    snprintf(y->from, sizeof y->from, "%04d-01-01", year);
    snprintf(y->to, sizeof y->to, "%04d-12-31", year);
    int rc = count_requests(db, y);
    if (!rc)
        rc = active_figures(db, year, y);
    if (!rc)
        rc = review_figures(db, y);
    if (!rc)
        rc = fee_figures(db, y);
    return rc;
}

/* The agency's own text of a section, or NULL (*out) when there is none. */
static int stored_text(struct xxgk_db *db, int year, int section, char **out)
{
    char ys[16], ss[4];
    snprintf(ys, sizeof ys, "%d", year);
    snprintf(ss, sizeof ss, "%d", section);
    *out = NULL;
    sqlite3_stmt *st = store_prepare(
        &db->s, "SELECT text FROM narrative WHERE year = ? AND section = ?", ys, ss);
    if (!st)
        return XXGK_EIO;
    int r = store_step(&db->s, st);
    const char *v = r > 0 ? (const char *)sqlite3_column_text(st, 0) : NULL;
    if (v && !(*out = strdup(v)))
        r = err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    sqlite3_finalize(st);
    return r < 0 ? r : 0;
}

/* Section 一's （二）, all the register knows of the requests: received and carried, how they
 * ended by group of table 三 (those of none left out), and whether each was answered in time
 * (the late ones asking for why). */
static void draft_requests(xbuf *b, const year_figures *y, double nw, double in, double total,
                           double out)
{
    const xxgk_table_spec *t = table(XXGK_TABLE_REQUESTS);
    if (nw + in == 0) {
        xbuf_puts(b, "本年度未收到政府信息公开申请，也无上年结转的申请。");
        return;
    }
    if (nw > 0)
        xbuf_printf(b, "本年度共收到政府信息公开申请%.0f件，上年结转%.0f件", nw, in);
    else
        xbuf_printf(b, "本年度未收到政府信息公开申请，上年结转%.0f件", in);
    xbuf_printf(b, "；办结%.0f件", total);
    static const struct {
        const char *key, *said;
    } groups[] = {{"granted", "予以公开"},    {"partly", "部分公开"},    {"withheld", "不予公开"},
                  {"unable", "无法提供"},     {"not_processed", "不予处理"}, {"other", "其他处理"}};
    int said = 0;
    for (size_t g = 0; g < sizeof groups / sizeof groups[0]; g++) {
        double n = 0;
        for (int i = 0; i < t->nrows; i++)
            if (strcmp(t->rows[i].key, groups[g].key) == 0 &&
                !(t->rows[i].flags & XXGK_ROW_SINGLE_ALT))
                n += y->req[i][6];
        if (n > 0)
            xbuf_printf(b, "%s%s%.0f件", said++ ? "，" : "，其中", groups[g].said, n);
    }
    xbuf_printf(b, "；结转下年度继续办理%.0f件。", out);
    if (total > 0 && y->late == 0)
        xbuf_puts(b, "办结的申请均在法定期限内答复。");
    else if (y->late > 0)
        xbuf_printf(b, "逾期答复%d件。（请写明逾期原因及整改措施。）", y->late);
}

/* Drafts written from the figures, for the agency to edit (xxgk report text). */
static void draft(xbuf *b, int section, int year, const char *agency, const year_figures *y)
{
    const xxgk_table_spec *t = table(XXGK_TABLE_REQUESTS);
    double nw = y->req[row_index(t, "new", -1)][6], in = y->req[row_index(t, "carried_in", -1)][6];
    double total = y->req[row_index(t, "total", -1)][6];
    double out = y->req[row_index(t, "carried_out", -1)][6];
    double rec = y->review[4], lit = y->review[9] + y->review[14];
    switch (section) {
    case 1:
        xbuf_printf(b, "%d年，%s认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。",
                    year, agency);
        xbuf_puts(b, "\n（一）主动公开情况。（请填写）\n（二）依申请公开情况。");
        draft_requests(b, y, nw, in, total, out);
        xbuf_puts(b, "\n（三）政府信息管理情况。（请填写）\n"
                     "（四）政府信息公开平台建设情况。（请填写）\n（五）监督保障情况。（请填写）");
        break;
    case 2:
        xbuf_printf(b, "%d年主动公开政府信息情况如下：", year);
        break;
    case 3:
        xbuf_printf(b, "%d年收到和处理政府信息公开申请情况如下：", year);
        break;
    case 4:
        /* (the table counts the cases of earlier years decided or pending in this one too:
         * the sentence says so, not that they were all filed this year) */
        if (rec + lit > 0) {
            char before[2][64] = {"", ""};
            for (int k = 0; k < 2; k++)
                if (y->review_before[k] > 0)
                    snprintf(before[k], sizeof before[k], "（含以前年度提起的%.0f件）",
                             y->review_before[k]);
            xbuf_printf(b, "%d年因政府信息公开工作被申请行政复议%.0f件%s，被提起行政诉讼%.0f件%s，"
                           "具体情况如下：",
                        year, rec, before[0], lit, before[1]);
        } else {
            xbuf_printf(b, "%d年因政府信息公开工作被申请行政复议、被提起行政诉讼情况如下：", year);
        }
        break;
    case 5:
        xbuf_puts(b, "（请填写本年度存在的主要问题及改进情况。）");
        /* a case the agency lost is a problem of the year: the draft asks for it (the checker's
         * text-corrected-silent) */
        if (y->review[1] + y->review[6] + y->review[11] > 0)
            xbuf_printf(b, "\n本年度因政府信息公开被行政复议、行政诉讼纠错%.0f件。"
                           "（请写明纠错原因及整改情况。）",
                        y->review[1] + y->review[6] + y->review[11]);
        break;
    default:
        break;
    }
}

/* The report of the year, with `replacement` as section `section`'s text in place of the
 * stored one (section 0: none replaced); with `alone`, the other sections as drafted. */
static int build(xxgk_report **out, xxgk_db *db, int year, const char *date, int section,
                 const char *replacement, int alone)
{
    *out = NULL;
    int bad_year = register_year_check(year);
    if (bad_year < 0)
        return bad_year;
    xxgk_date now = xxgk_date_today();
    char today[11], given[32];
    date = register_date_read(date, given); /* 2025/1/20, 2025年1月20日 */
    if (!date) {
        xxgk_date_format(now, today);
        date = today;
    }
    xxgk_date d;
    int bad = register_valid_date(date, &d, TR("报告日期", "the report's date"));
    if (bad || (bad = register_not_future(d, date, TR("报告日期", "the report's date"))))
        return bad;
    year_figures *y = malloc(sizeof *y);
    if (!y)
        return err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    int rc = gather(db, year, y);
    char *agency = NULL;
    if (!rc)
        rc = xxgk_db_get(db, "agency", &agency);
    if (!rc && !agency && alone && !(agency = strdup("本机关"))) /* (a trial needs no name) */
        rc = err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    if (!rc && !agency)
        rc = err_set(XXGK_EINVAL, TR("登记簿没有机关名称：请用 xxgk db set agency NAME 设置",
                                     "the register has no agency name: set it with "
                                     "'xxgk db set agency NAME'"));
    xxgk_report *r = NULL;
    if (!rc)
        rc = xxgk_report_new(&r, XXGK_FORMAT_2021, agency, year);
    for (int t = 0; !rc && t < XXGK_TABLE_COUNT; t++) {
        const xxgk_table_spec *ts = table((xxgk_table_id)t);
        for (int i = 0; !rc && i < ts->nrows; i++) {
            const xxgk_row_spec *row = &ts->rows[i];
            if (row->ncols == 0 || (row->flags & XXGK_ROW_SINGLE_ALT))
                continue;
            for (int k = 0; !rc && k < row->ncols; k++) {
                double v = t == XXGK_TABLE_REQUESTS ? y->req[i][k]
                           : t == XXGK_TABLE_ACTIVE ? y->active[row->first_cell + k]
                                                    : y->review[row->first_cell - ts->first_cell + k];
                rc = xxgk_report_set_cell(r, (size_t)row->first_cell + k, v);
            }
        }
    }
    for (int s = 1; !rc && s <= 6; s++) {
        char *text = NULL;
        if (s == section) {
            if (!(text = strdup(replacement)))
                rc = err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
        } else if (!alone) {
            rc = stored_text(db, year, s, &text);
        }
        if (rc)
            break;
        xbuf b;
        xbuf_init(&b, 0);
        if (s == 6) {
            /* The sentence the format expects in 六 (国办公开办函〔2021〕30号: the fee notices
             * sent, how many and for how much, and what was collected), always from the
             * register's own figures; the notices said where they differ from the payments. */
            xbuf_printf(&b, "%d年", year);
            if (notices_told(y))
                xbuf_printf(&b, "发出收费通知%d件，金额共计%ld元；", y->notices, y->notices_yuan);
            if (y->fees_yuan > 0)
                xbuf_printf(&b, "共收取信息处理费%ld元（%d件申请）。", y->fees_yuan,
                            y->fee_requests);
            else
                xbuf_puts(&b, "未收取信息处理费。");
            if (text && *text)
                xbuf_printf(&b, "\n%s", text);
        } else if (text) {
            xbuf_puts(&b, text);
        } else {
            draft(&b, s, year, agency, y);
        }
        rc = b.failed ? err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"))
                      : xxgk_report_add_section(r, s, b.data ? b.data : "");
        xbuf_free(&b);
        free(text);
    }
    if (!rc)
        rc = xxgk_report_set_published(r, date);
    free(agency);
    free(y);
    if (rc) {
        xxgk_report_free(r);
        return rc;
    }
    *out = r;
    return 0;
}

static int to_buf(void *ctx, const char *data, size_t len)
{
    return xbuf_put(ctx, data, len);
}

/* How a report's text read back otherwise than it was built. */
typedef struct {
    const xxgk_row_spec *row; /* a cell read otherwise: its row and column */
    int col;
    double built, read;       /* (read: NAN when no figure was read) */
    const char *heading;      /* or a heading where none was written (its title) */
    const char *repeated;     /* or a row printed again in the text, the same (its label) */
    int format;               /* or the tables read as another format's */
    xxgk_report *back;        /* what was read, owning the above */
} misread;

/* Whether the report's text reads back as the report: the register's figures, and its six
 * sections.  The agency's text is free, but a line of it that reads as a row of a table
 * ("行政许可 77") or as a heading would publish other figures or sections than the register's.
 * 1 with *m filled (free m->back) when it does not, 0 when it does, < 0 on error. */
static int reads_back(const xxgk_report *built, misread *m)
{
    memset(m, 0, sizeof *m);
    xbuf txt;
    xbuf_init(&txt, 0);
    int rc = xxgk_write_report("txt", built, NULL, to_buf, &txt);
    if (!rc && txt.failed)
        rc = err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    if (!rc)
        rc = xxgk_report_read(&m->back, txt.data, txt.len, NULL);
    xbuf_free(&txt);
    if (rc)
        return rc;
    const xxgk_report *back = m->back;
    const xxgk_format_spec *spec = xxgk_report_spec(built);
    for (size_t i = 0; back->spec == spec && i < back->ncells; i++) {
        const xxgk_cell *a = xxgk_report_cell(built, i), *b = &back->cells[i];
        if (xxgk_cell_known(a) ? xxgk_cell_known(b) && b->value == a->value : !xxgk_cell_known(b))
            continue;
        for (int t = 0; t < XXGK_TABLE_COUNT && !m->row; t++)
            for (int k = 0; k < spec->tables[t].nrows && !m->row; k++) {
                const xxgk_row_spec *rk = &spec->tables[t].rows[k];
                if ((size_t)rk->first_cell <= i && i < (size_t)(rk->first_cell + rk->ncols)) {
                    m->row = rk;
                    m->col = (int)i - rk->first_cell;
                }
            }
        m->built = a->value;
        m->read = xxgk_cell_known(b) ? b->value : NAN;
        return 1;
    }
    /* a row printed again with the same figures changes none, but is no sentence either */
    for (size_t i = 0; i < back->ndiags; i++)
        if (strcmp(back->diags[i].rule, "struct-row-duplicate") == 0) {
            m->repeated = back->diags[i].evidence;
            return 1;
        }
    /* the six sections, in order: a line that reads as a heading splits one */
    for (size_t i = 0; i < back->nsections; i++)
        if (!(i < built->nsections && back->sections[i].standard == built->sections[i].standard)) {
            m->heading = back->sections[i].title ? back->sections[i].title : "";
            return 1;
        }
    if (back->nsections < built->nsections) {
        m->heading = "";
        return 1;
    }
    m->format = back->spec != spec;
    return m->format;
}

/* The first line of `text` (as section `section`, the others drafted) from which the report
 * reads otherwise: its number, with what was misread in *m (free m->back); 0 when none does. */
static int first_misread_line(xxgk_db *db, int year, int section, const char *text, misread *m,
                              int *rc)
{
    unsigned ln = 0;
    for (const char *e = text; e && *e; ln++) {
        e = strchr(e, '\n');
        char *prefix = e ? strndup(text, (size_t)(e - text)) : strdup(text);
        xxgk_report *r = NULL;
        *rc = prefix ? build(&r, db, year, NULL, section, prefix, 1)
                     : err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
        int bad = *rc ? *rc : reads_back(r, m);
        xxgk_report_free(r);
        free(prefix);
        if (bad > 0)
            return (int)ln + 1;
        xxgk_report_free(m->back);
        m->back = NULL;
        if (bad < 0) {
            *rc = bad;
            return 0;
        }
        if (e)
            e++;
    }
    return 0;
}

/* The error for line ln (0: not told) of section `section`'s text, misread as m says. */
static int misread_error(int section, const char *text, int ln, const misread *m)
{
    const char *l = text;
    for (int k = 1; l && k < ln; k++)
        if ((l = strchr(l, '\n')) != NULL)
            l++;
    char what[512];
    size_t n = l ? strcspn(l, "\n") : 0;
    if (n > 300) /* (a long line quoted in part, whole characters) */
        n = u8_floor(l, 300);
    if (ln > 0 && l)
        snprintf(what, sizeof what, TR("第%s部分的文字第%d行“%.*s”", "section %s's text, line %d, '%.*s',"),
                 xxgk_section_numeral(section), ln, (int)n, l);
    else
        snprintf(what, sizeof what, TR("第%s部分的文字", "section %s's text"), xxgk_section_numeral(section));
    if (m->format)
        return err_set(XXGK_EINVAL,
                       TR("%s会使报告的统计表被读成另一种格式：请改写",
                          "%s would make the report's tables read as another format: reword it"),
                       what);
    if (m->heading)
        return err_set(XXGK_EINVAL,
                       TR("%s会被读成另一部分的标题：请改写，部分之内的层次用（一）（二）…编号",
                          "%s would read as the heading of another section: reword it, and "
                          "number the parts of a section （一）（二）…"),
                       what);
    if (m->repeated)
        return err_set(XXGK_EINVAL,
                       TR("%s会被读成统计表中的一行（“%s”，重复出现）：请写成句子",
                          "%s would read as a row of the table ('%s', printed twice): write it "
                          "as a sentence"),
                       what, m->repeated);
    char b[32], r[32];
    snprintf(b, sizeof b, "%.10g", m->built);
    snprintf(r, sizeof r, "%.10g", m->read);
    return err_set(XXGK_EINVAL,
                   TR("%s会被读成统计表中“%s %s”的数字（读出 %s，登记簿为 %s）：请写成句子",
                      "%s would read as the table's figure of '%s %s' (%s read, the register's is "
                      "%s): write it as a sentence"),
                   what, m->row ? m->row->label : "", m->row ? m->row->cols[m->col].label : "",
                   isnan(m->read) ? "—" : r, b);
}

int xxgk_register_report(xxgk_report **out, xxgk_db *db, int year, const char *date)
{
    int rc = build(out, db, year, date, 0, NULL, 0);
    misread m = {0};
    int bad = rc ? 0 : reads_back(*out, &m);
    char cell[256] = ""; /* (the figure that read otherwise, when no text of the agency's did it) */
    if (bad > 0 && m.row) {
        char read[32] = "—";
        if (!isnan(m.read))
            snprintf(read, sizeof read, "%.15g", m.read);
        snprintf(cell, sizeof cell, TR("（“%s %s”：登记簿为 %.15g，读回为 %s）",
                                       " ('%s %s': %.15g in the register, %s read back)"),
                 m.row->label, m.row->cols[m.col].label, m.built, read);
    }
    xxgk_report_free(m.back);
    m.back = NULL;
    if (bad == 0)
        return rc;
    xxgk_report_free(*out);
    *out = NULL;
    if (bad < 0)
        return bad;
    /* which section's stored text, and which line of it */
    for (int s = 1; s <= 6; s++) {
        char *text = NULL;
        if ((rc = stored_text(db, year, s, &text)) != 0)
            return rc;
        int ln = text ? first_misread_line(db, year, s, text, &m, &rc) : 0;
        if (ln > 0)
            rc = misread_error(s, text, ln, &m);
        xxgk_report_free(m.back);
        m.back = NULL;
        free(text);
        if (rc)
            return rc;
    }
    return err_set(XXGK_EINVAL, TR("报告的文字读回时与登记簿不符%s",
                                   "the report's text does not read back as the register's%s"),
                   cell);
}

int register_report_try(xxgk_db *db, int year, int section, const char *text)
{
    xxgk_report *r = NULL;
    misread m = {0}, line = {0};
    int rc = build(&r, db, year, NULL, section, text, 1);
    int bad = rc ? rc : reads_back(r, &m);
    xxgk_report_free(r);
    if (bad > 0) {
        int ln = first_misread_line(db, year, section, text, &line, &rc);
        if (!rc)
            rc = ln > 0 ? misread_error(section, text, ln, &line)
                        : misread_error(section, text, 0, &m);
    } else {
        rc = bad;
    }
    xxgk_report_free(line.back);
    xxgk_report_free(m.back);
    return rc;
}

/* FNV-1a over every figure the report of the year prints from the register: its tables, with
 * amounts to the 分 (万元 to six decimals, finer than the thousandths of the tables' own hash,
 * xxgk_year_figures_of), the 信息处理费 sentence of 六 and the cases of earlier years the
 * drafted 四 names. */
static unsigned long long figures_digest(const year_figures *y)
{
    const double *v[] = {&y->req[0][0], y->active, y->review, y->review_before};
    const size_t n[] = {sizeof y->req, sizeof y->active, sizeof y->review,
                        sizeof y->review_before}; /* (bytes) */
    uint64_t h = FNV1A_BASIS, x;
    for (size_t k = 0; k < sizeof v / sizeof v[0]; k++)
        for (size_t i = 0; i < n[k] / sizeof(double); i++) {
            double q = nearbyint(v[k][i] * 1e6) + 0.0; /* (to the 分; -0 as 0) */
            memcpy(&x, &q, sizeof x);
            h = fnv1a_word(h, x);
        }
    h = fnv1a_word(h, (uint64_t)y->fees_yuan);
    h = fnv1a_word(h, (uint64_t)y->fee_requests);
    /* (only where 六 tells them: a report written before they were told keeps its digest) */
    if (notices_told(y))
        h = fnv1a_word(fnv1a_word(h, (uint64_t)y->notices), (uint64_t)y->notices_yuan);
    return h;
}

/* A report written is recorded as setting report.YEAR = "DAY TABLES FIGURES": the day, the
 * hash of its tables (xxgk_year_figures_of: what an older xxgk wrote alone, and held later
 * changes against) and figures_digest, against which this one tells them. */
static int report_hash(xxgk_db *db, int year, int tables_only, unsigned long long *hash)
{
    if (tables_only) {
        xxgk_report *r = NULL;
        int rc = xxgk_register_report(&r, db, year, NULL);
        if (!rc) {
            xxgk_year_figures y;
            xxgk_year_figures_of(r, &y);
            *hash = y.tables_hash;
        }
        xxgk_report_free(r);
        return rc;
    }
    year_figures *y = malloc(sizeof *y);
    if (!y)
        return err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    int rc = gather(db, year, y);
    if (!rc)
        *hash = figures_digest(y);
    free(y);
    return rc;
}

int xxgk_report_mark_written(xxgk_db *db, int year, const xxgk_report *r)
{
    xxgk_year_figures y;
    xxgk_year_figures_of(r, &y);
    unsigned long long figures;
    int rc = report_hash(db, year, 0, &figures);
    if (rc)
        return rc;
    char key[32], value[64], today[11];
    xxgk_date_format(xxgk_date_today(), today);
    snprintf(key, sizeof key, "report.%d", year);
    snprintf(value, sizeof value, "%s %016llx %016llx", today, y.tables_hash, figures);
    rc = register_replace_audited(db, "SELECT value FROM setting WHERE key = ?",
                                  "INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)",
                                  "setting", key, "value", key, value, NULL);
    return rc < 0 ? rc : 0;
}

int xxgk_reports_stale(xxgk_db *db, xxgk_report_stale *out, int cap)
{
    /* (read first, then each year's figures gathered: their queries on statements of their
     * own) */
    xxgk_report_stale marks[64];
    unsigned long long hashes[64], figures;
    int n = 0, rc, tables_only[64];
    sqlite3_stmt *st = store_prepare(&db->s, "SELECT key, value FROM setting"
                                             " WHERE key LIKE 'report.%' ORDER BY key");
    if (!st)
        return XXGK_EIO;
    while ((rc = store_step(&db->s, st)) > 0 && n < 64) {
        const char *key = (const char *)sqlite3_column_text(st, 0);
        const char *value = (const char *)sqlite3_column_text(st, 1);
        int year = key ? atoi(key + strlen("report.")) : 0;
        int got = value ? sscanf(value, "%10s %llx %llx", marks[n].written, &hashes[n], &figures)
                        : 0;
        if (year < 2008 || got < 2)
            continue; /* (not one this xxgk wrote) */
        tables_only[n] = got == 2; /* (an older xxgk's) */
        if (!tables_only[n])
            hashes[n] = figures;
        marks[n++].year = year;
    }
    sqlite3_finalize(st);
    if (rc < 0)
        return rc;
    int stale = 0;
    for (int i = 0; i < n; i++) {
        unsigned long long now;
        if (report_hash(db, marks[i].year, tables_only[i], &now) == 0 && now != hashes[i] &&
            stale < cap)
            out[stale++] = marks[i];
    }
    return stale;
}

/* The requests closed from..to after their due date: how many, the first five's IDs into ids. */
static int late_requests(xxgk_db *db, const char *from, const char *to, xbuf *ids)
{
    sqlite3_stmt *st = store_prepare(&db->s,
                                     "SELECT id, closed, due, outcome, " REGISTER_STOPPED_SQL
                                     " FROM request WHERE closed BETWEEN ? AND ?"
                                     " ORDER BY closed, id",
                                     from, to);
    if (!st)
        return XXGK_EIO;
    int n = 0, rc;
    while ((rc = store_step(&db->s, st)) > 0)
        if (register_late((const char *)sqlite3_column_text(st, 1),
                          (const char *)sqlite3_column_text(st, 2),
                          (const char *)sqlite3_column_text(st, 3),
                          (const char *)sqlite3_column_text(st, 4)) &&
            n++ < 5)
            xbuf_printf(ids, "%s%s", n > 1 ? TR("、", ", ") : "", sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    if (n > 5)
        xbuf_puts(ids, TR("等", ", ..."));
    return rc < 0 ? rc : n;
}

/* Whether sentence a..e says every request was answered in time: 均按期答复, 无逾期, 逾期答复0件,
 * 均在法定期限内答复, 全部在规定时限内办结, 按时办结率100%. */
static int says_in_time(const char *a, const char *e)
{
    static const char *const phrases[] = {
        "均按期", "均按时", "全部按期", "全部按时", "都按期", "都按时", "均及时", "全部及时",
        "无逾期", "未出现逾期", "没有逾期", "未发生逾期", "不存在逾期", "逾期答复0件",
        "逾期0件", "逾期答复为0", "逾期答复零件", "无一逾期"};
    static const char *const all[] = {"均在", "全部在", "都在", "均于", "全部于", "一律在"};
    static const char *const within[] = {"期限内", "时限内", "期限之内"};
    if (chk_span_has_any(a, e, phrases, sizeof phrases / sizeof phrases[0]) ||
        (chk_span_has_any(a, e, within, sizeof within / sizeof within[0]) &&
         chk_span_has_any(a, e, all, sizeof all / sizeof all[0])))
        return 1;
    return chk_span_has(a, e, "100%") &&
           (chk_span_has(a, e, "按时") || chk_span_has(a, e, "按期") || chk_span_has(a, e, "及时"));
}

int xxgk_register_claims(xxgk_db *db, int year, const xxgk_report *r, char **out)
{
    *out = NULL;
    year_figures y;
    memset(&y, 0, sizeof y);
    snprintf(y.from, sizeof y.from, "%04d-01-01", year);
    snprintf(y.to, sizeof y.to, "%04d-12-31", year);
    int rc = fee_figures(db, &y);
    if (rc < 0)
        return rc;
    xbuf late, b;
    xbuf_init(&late, 0);
    xbuf_init(&b, 0);
    int nlate = -1; /* (counted when a sentence needs it) */
    for (size_t i = 0; r && rc >= 0; i++) {
        const xxgk_section *sec = xxgk_report_section(r, i);
        if (!sec)
            break;
        for (const char *a = sec->text; a && *a && rc >= 0;) {
            /* one sentence at a time, as the report has it */
            const char *e = a;
            while (*e && *e != '\n' && strncmp(e, "。", 3) != 0)
                e++;
            const char *next = *e ? e + (*e == '\n' ? 1 : 3) : e;
            int about_requests = chk_span_has(a, e, "申请") || chk_span_has(a, e, "答复");
            if (about_requests && says_in_time(a, e)) {
                if (nlate < 0)
                    rc = nlate = late_requests(db, y.from, y.to, &late);
                if (nlate > 0)
                    xbuf_printf(&b,
                                TR("正文称“%.*s”，但登记簿中%d年办结的申请有%d件逾期答复（%s）\n",
                                   "the text says “%.*s”, but %d of the requests the register "
                                   "closed in %d were answered late (%s)\n"),
                                (int)(e - a), a, xxgk_lang_get() == XXGK_LANG_EN ? nlate : year,
                                xxgk_lang_get() == XXGK_LANG_EN ? year : nlate,
                                late.failed ? "" : late.data);
            }
            /* an amount of 信息处理费 collected other than the register's */
            for (const char *p = a; p < e; p++) {
                if (strncmp(p, "信息处理费", strlen("信息处理费")) != 0)
                    continue;
                double yuan = yuan_at(p + strlen("信息处理费"), e);
                if (yuan >= 0 && chk_span_has(a, p, "收取") && yuan != (double)y.fees_yuan) {
                    xbuf_printf(&b,
                                TR("正文称“%.*s”，但登记簿中%d年收取信息处理费%ld元\n",
                                   "the text says “%.*s”, but the register has %d's 信息处理费 "
                                   "collected as %ld yuan\n"),
                                (int)(e - a), a, year, y.fees_yuan);
                    break;
                }
            }
            a = next;
        }
    }
    xbuf_free(&late);
    if (rc >= 0 && b.len && (b.failed || !(*out = xbuf_steal(&b))))
        rc = err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    xbuf_free(&b);
    return rc < 0 ? rc : 0;
}
