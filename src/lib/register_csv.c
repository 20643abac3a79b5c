/*
 * The register as CSV, for the spreadsheets agencies keep: the export of every request with its
 * state, and the import of such a table (from this export, or an agency's own list with the
 * same column names) as new requests, all or nothing.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lib/error.h"
#include "lib/html_text.h"
#include "lib/package.h"
#include "lib/register_impl.h"
#include "lib/report_impl.h"
#include "lib/writer_impl.h"
#include "lib/xls_text.h"
#include "lib/xlsx_text.h"
#include "util/buf.h"
#include "util/text.h"

/* Whether s starts a formula after any number of leading 's (or a tab or carriage return, which
 * some spreadsheets skip before one). */
static int formula_like(const char *s)
{
    while (*s == '\'')
        s++;
    return *s == '=' || *s == '+' || *s == '-' || *s == '@' || *s == '\t' || *s == '\r';
}

/* A field of the export: as stored, but never read as a formula by a spreadsheet (the register
 * holds what applicants wrote).  A leading ' is added to text that starts a formula, also after
 * 's of its own, so that the import's taking one off gives back what was stored. */
static void export_field(xbuf *b, const char *s)
{
    if (s && formula_like(s)) {
        xbuf tmp;
        xbuf_init(&tmp, 0);
        xbuf_putc(&tmp, '\'');
        xbuf_puts(&tmp, s);
        csv_put(b, tmp.data);
        xbuf_free(&tmp);
    } else {
        csv_put(b, s);
    }
}

/* A request's events as a JSON array, for the export's last column: each
 * {"kind", "date", and what it has of "days", "approver", "outcome", "fee", "note"}.  NULL when
 * out of memory or the events cannot be read. */
static char *events_json(xxgk_db *db, const char *id)
{
    sqlite3_stmt *st = store_prepare(&db->s,
                                     "SELECT kind, date, days, approver, outcome, fee, note"
                                     " FROM event WHERE request_id = ? ORDER BY seq",
                                     id);
    json_t *a = st ? json_array() : NULL;
    static const char *const keys[] = {"kind", "date", "days", "approver", "outcome", "fee",
                                       "note"};
    int step = SQLITE_ERROR;
    while (a && (step = sqlite3_step(st)) == SQLITE_ROW) {
        json_t *o = json_object();
        for (int i = 0; o && i < 7; i++) {
            if (sqlite3_column_type(st, i) == SQLITE_NULL)
                continue;
            if (i == 2 || i == 5) /* days, fee: numbers */
                json_object_set_new(o, keys[i], json_integer(sqlite3_column_int64(st, i)));
            else
                json_object_set_new(o, keys[i],
                                    json_string((const char *)sqlite3_column_text(st, i)));
        }
        if (!o || json_array_append_new(a, o) < 0)
            break;
    }
    sqlite3_finalize(st);
    char *s = a && step == SQLITE_DONE ? json_dumps(a, JSON_COMPACT)
                                       : NULL;
    json_decref(a);
    return s;
}

int register_request_table(xxgk_db *db, const char *id, char **out)
{
    *out = NULL;
    req_rec q;
    int rc = register_request_load(db, id, &q);
    if (rc)
        return rc;
    const char *const fields[] = {q.id,           q.received, q.applicant, q.type,
                                  q.applicant_id, q.contact,  q.channel,   q.description,
                                  q.form,         q.note};
    xbuf b;
    xbuf_init(&b, 0);
    xbuf_puts(&b, "id,received,applicant,applicant_type,applicant_id,contact,channel,description,"
                  "form,note,events\n");
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        export_field(&b, fields[i]);
        xbuf_putc(&b, ',');
    }
    register_request_free(&q);
    char *events = events_json(db, id);
    if (events) {
        csv_put(&b, events);
        xbuf_putc(&b, '\n');
    }
    rc = !events || b.failed ? err_set(XXGK_ENOMEM, TR("内存不足", "out of memory")) : 0;
    free(events);
    if (!rc && !(*out = xbuf_steal(&b)))
        rc = err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    xbuf_free(&b);
    return rc;
}

/* The register as a table (see xxgk_request_export); people: for people to read, in Chinese
 * (xxgk_request_table). */
static int export_table(xxgk_db *db, int year, const char *today, int people, char **out)
{
    *out = NULL;
    xxgk_date now;
    char from[16], to[16];
    int rc = register_listing(year, today, &now, from, to);
    if (rc)
        return rc;
    /* the first twelve as stored, the rest computed */
    static const char *const cols[] = {"id",      "received",    "applicant", "applicant_type",
                                       "applicant_id", "contact", "channel",   "description",
                                       "form",    "note",        "status",    "due",
                                       "overdue", "late",        "due_estimated", "outcome",
                                       "outcome_label", "closed", "events"};
    /* (for people: the headers the import knows, and the outcome as said, its key's place) */
    static const char *const zh_cols[] = {"编号",     "收到日期",   "申请人",   "申请人类型",
                                          "证件号码", "联系方式",   "申请方式", "申请内容",
                                          "获取方式", "备注",       "状态",     "答复期限",
                                          "已逾期",   "逾期答复",   "期限为估算", "处理结果",
                                          NULL,       "办结日期",   "经过"};
    enum { STORED = 12, NEXPORT = sizeof cols / sizeof cols[0] };
    static const int said_as[STORED] = {[3] = REGISTER_SAID_TYPE + 1,
                                        [6] = REGISTER_SAID_CHANNEL + 1,
                                        [10] = REGISTER_SAID_STATUS + 1};
    xxgk_calendar *cal;
    if ((rc = register_calendar(db, &cal)))
        return rc;
    sqlite3_stmt *st = store_prepare(&db->s,
                                     "SELECT id, received, applicant, applicant_type,"
                                     " applicant_id, contact, channel, description, form, note,"
                                     " status,"
                                     " due, outcome, closed, " REGISTER_STOPPED_SQL " FROM request"
                                     " WHERE received BETWEEN ? AND ? ORDER BY received, id",
                                     from, to);
    if (!st) {
        xxgk_calendar_free(cal);
        return XXGK_EIO;
    }
    xbuf b;
    xbuf_init(&b, 0);
    /* A byte order mark: Excel on a Chinese Windows reads UTF-8 without one as GBK. */
    xbuf_puts(&b, "\xEF\xBB\xBF");
    for (int i = 0, n = 0; i < NEXPORT; i++)
        if (!people || zh_cols[i])
            xbuf_printf(&b, "%s%s", n++ ? "," : "", people ? zh_cols[i] : cols[i]);
    xbuf_putc(&b, '\n');
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        for (int i = 0; i < STORED; i++) {
            if (i)
                xbuf_putc(&b, ',');
            const char *v = (const char *)sqlite3_column_text(st, i);
            export_field(&b, people && said_as[i] ? register_key_said(said_as[i] - 1, v) : v);
        }
        const char *status = (const char *)sqlite3_column_text(st, 10);
        const char *due = (const char *)sqlite3_column_text(st, 11);
        const char *outcome = (const char *)sqlite3_column_text(st, 12);
        int overdue = register_overdue(status, due, now, NULL);
        const xxgk_row_spec *row = register_outcome_row(outcome);
        char label[256] = "";
        int group = row && row->index >= 0 && row->caption; /* a numbered row: name its group */
        if (row)
            snprintf(label, sizeof label, "%s%s%s", group ? row->caption : "", group ? "：" : "",
                     row->label);
        int flags[3] = {overdue,
                        register_late((const char *)sqlite3_column_text(st, 13), due, outcome,
                                      (const char *)sqlite3_column_text(st, 14)),
                        register_due_estimated(cal, (const char *)sqlite3_column_text(st, 1),
                                               due)};
        for (int k = 0; k < 3; k++) /* (for people 是, or nothing) */
            xbuf_printf(&b, ",%s", people ? (flags[k] ? "是" : "") : flags[k] ? "1" : "0");
        xbuf_putc(&b, ',');
        if (people) { /* (as said, with its group and variant: the import reads it back) */
            char said[REGISTER_OUTCOME_SAID];
            export_field(&b, outcome && *outcome ? register_outcome_said(outcome, said) : "");
        } else {
            export_field(&b, outcome);
            xbuf_putc(&b, ',');
            export_field(&b, label);
        }
        xbuf_putc(&b, ',');
        export_field(&b, (const char *)sqlite3_column_text(st, 13));
        xbuf_putc(&b, ',');
        char *events = events_json(db, (const char *)sqlite3_column_text(st, 0));
        if (!events) {
            step = SQLITE_NOMEM;
            break;
        }
        csv_put(&b, events);
        free(events);
        xbuf_putc(&b, '\n');
    }
    rc = step == SQLITE_DONE ? 0 : store_fail(&db->s, XXGK_EIO, TR("数据库", "database"));
    sqlite3_finalize(st);
    xxgk_calendar_free(cal);
    if (!rc && b.failed)
        rc = err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    if (!rc && !(*out = xbuf_steal(&b)))
        rc = err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    xbuf_free(&b);
    return rc;
}

int xxgk_request_export(xxgk_db *db, int year, const char *today, char **out)
{
    return export_table(db, year, today, 0, out);
}

int xxgk_request_table(xxgk_db *db, int year, const char *today, char **out)
{
    return export_table(db, year, today, xxgk_lang_get() == XXGK_LANG_ZH, out);
}

/* The columns the import reads, by header name.  Any other column of an agency's own ledger
 * (手机号码, 办理情况, 是否延期) is kept in the request's note, "header：value" a line, but
 * those the register computes (its export's status, due, overdue, late, due_estimated,
 * outcome_label) and a row number (序号). */
enum { C_ID, C_RECEIVED, C_APPLICANT, C_TYPE, C_CHANNEL, C_DESCRIPTION, C_APPLICANT_ID,
       C_CONTACT, C_FORM, C_NOTE, C_OUTCOME, C_CLOSED, C_EVENTS,
       /* a ledger's events kept as dates, a column each (see ledger_events) */
       C_CORRECTION_NOTICE, C_CORRECTION_RECEIVED, C_CONSULT_START, C_CONSULT_END, C_FEE_NOTICE,
       C_FEE, C_FEE_PAID, C_EXTENSION, C_EXTENSION_DAYS, C_APPROVER, C_EXTENSION_REASON, NCOLS };
static const char *const import_cols[NCOLS] = {
    "id",           "received", "applicant", "applicant_type", "channel", "description",
    "applicant_id", "contact",  "form",      "note",           "outcome", "closed",
    "events",       "correction-notice", "correction-received", "consult-start", "consult-end",
    "fee-notice",   "fee",      "fee-paid",  "extension",      "extension_days", "approver",
    "extension_reason"};
/* The headers an agency's own spreadsheet may have instead, in import_cols' order (the first
 * the one a message suggests). */
static const char *const import_alias[NCOLS] = {
    "编号|申请编号|受理编号|登记编号|受理号|申请号|流水号",
    ("收到日期|收到时间|受理日期|申请日期|申请时间|登记日期|收文日期|收到申请日期|收到申请时间|"
     "申请收到日期|受理时间|收文时间|提交日期|提交时间|申请提交日期|申请提交时间|收件日期|"
     "接收日期"),
    /* (as the 申请表 asks for it: 申请人姓名（名称）, its bracket read as the header's remark) */
    ("申请人|申请人姓名|申请人名称|姓名|申请人姓名或名称|申请人名称或姓名|申请人姓名/名称|"
     "申请人名称/姓名|姓名或名称|姓名/名称"),
    "申请人类型|类型|申请人类别|申请人性质|申请人身份|申请主体|申请主体类型|申请人分类",
    ("申请方式|渠道|申请渠道|提交方式|申请形式|申请途径|提交途径|提交形式|受理方式|受理渠道|"
     "申请来源"),
    ("申请内容|内容|所需信息|申请事项|申请公开的信息内容|申请公开的政府信息内容|"
     "申请公开的政府信息|申请公开内容|申请公开的内容|申请公开事项|申请信息内容|所需政府信息|"
     "所需信息内容|所需信息的内容描述|所需政府信息的内容描述|信息内容|内容描述"),
    ("证件号码|证件号|身份证号|身份证号码|身份证件号码|身份证号/统一社会信用代码|"
     "身份证号码/统一社会信用代码|证件号码/统一社会信用代码|身份证号码或统一社会信用代码"),
    "联系方式|联系电话|电话|手机号码|手机号|手机|电话号码|联系号码",
    ("获取方式|获取信息的方式|形式|获取信息方式|获取政府信息的方式|提供方式|提供形式|"
     "信息提供方式|载体形式"),
    "备注|备注说明|附注",
    "办理结果|答复结果|结果|处理结果|答复类型|答复结论|处理决定|答复决定",
    "办结日期|答复日期|办结时间|答复时间|回复日期|回复时间|作出答复日期|答复作出日期", "经过",
    /* (only names that say which event: a bare 补正日期 or 延期日期 may be either end of it) */
    "补正告知日期|补正告知时间|补正通知日期|告知补正日期|补正告知书日期|发出补正告知日期",
    "收到补正日期|收到补正时间|补正收到日期|收到补正材料日期|补正材料收到日期|收到补正申请日期",
    "征求意见日期|征求意见时间|征求意见开始日期|征询意见日期|征求第三方意见日期|征询日期",
    "征求意见结束日期|征询结束日期|征询意见结束日期|收到意见日期|收到第三方意见日期",
    "收费通知日期|收费通知时间|缴费通知日期|收费告知日期|收费通知书日期",
    "收费金额|收费金额（元）|收费金额(元)|收费数额|信息处理费|信息处理费（元）",
    "缴费日期|缴费时间|交费日期|缴纳日期|缴纳费用日期",
    "延期告知日期|延期告知时间|延期通知日期|延期答复告知日期|延期告知书日期",
    "延期天数|延期工作日|延期工作日数|延长工作日|延长天数", "延期批准人|延期审批人|延期批准领导",
    "延期理由|延期原因|延期事由"};
/* Columns kept nowhere: computed by the register, or a row's number. */
static const char *const import_passed = "status|due|overdue|late|dueestimated|outcomelabel|序号|"
                                          "状态|答复期限|已逾期|逾期答复|期限为估算";
#define REQUIRED 6 /* the first six are required, the rest optional */

/* Header field h without its spaces of either width and underscores ("applicant type",
 * " 收到 日期 "), into s (cap bytes); its length. */
static size_t header_squeeze(const char *h, char *s, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; h[i] && n + 1 < cap; i++) {
        if (h[i] == ' ' || h[i] == '\t' || h[i] == '_')
            continue;
        if (strncmp(h + i, "\xE3\x80\x80", 3) == 0) { /* U+3000 */
            i += 2;
            continue;
        }
        s[n++] = h[i];
    }
    s[n] = '\0';
    return n;
}

/* Whether header field h is column c's own name (as the export writes it), in any case, with
 * or without its underscore, spaces anywhere in it left out. */
static int header_named(const char *h, int c)
{
    char s[128], name[32];
    size_t n = header_squeeze(h, s, sizeof s), m = 0;
    for (const char *p = import_cols[c]; *p && m + 1 < sizeof name; p++)
        if (*p != '_')
            name[m++] = *p;
    name[m] = '\0';
    return n == m && strncasecmp(s, name, n) == 0;
}

/* Whether squeezed header s (n bytes) names column c: its own name or one of its aliases. */
static int header_words(const char *s, size_t n, int c)
{
    return header_named(s, c) || text_word_among(s, n, import_alias[c], 1);
}

/* Whether header field h names column c by its own name or one of its aliases, as a whole. */
static int header_exact(const char *h, int c)
{
    char s[128];
    size_t n = header_squeeze(h, s, sizeof s);
    return header_words(s, n, c);
}

/* Whether header field h names column c: its own name or one of its aliases; or, when the whole
 * names no column, its words before a remark in brackets at the end (申请人姓名（名称）,
 * 办结日期(答复日期), 收到日期（年月日）). */
static int header_is(const char *h, int c)
{
    char s[128];
    size_t n = header_squeeze(h, s, sizeof s);
    if (header_words(s, n, c))
        return 1;
    const char *remark;
    size_t rl, open = register_remark_split(s, &remark, &rl);
    if (!open)
        return 0;
    for (int k = 0; k < NCOLS; k++)
        if (header_words(s, n, k)) /* (the whole another column's name) */
            return 0;
    s[open] = '\0';
    return header_words(s, open, c);
}

/* Whether header h names a column the import passes over (import_passed). */
static int header_passed(const char *h)
{
    char s[128];
    size_t n = header_squeeze(h, s, sizeof s);
    return text_word_among(s, n, import_passed, 1);
}

#define MAX_FIELDS 64

/* A field as the import takes it: the export's guard against formulas taken off again. */
static const char *unguard(const char *s)
{
    return s[0] == '\'' && formula_like(s) ? s + 1 : s;
}

/* A spreadsheet cell without the spaces around it, which a name or a key never has, in
 * place. */
static char *cell_trim(char *s)
{
    const char *t = s;
    size_t n = trim_wide(&t, strlen(s));
    memmove(s, t, n);
    s[n] = '\0';
    return s;
}

/* The outcome and closed columns of request id, its events (if any) replayed: a request
 * answered in the columns alone gets its reply, on the day it was closed; one whose events
 * answered it must agree with them, or a filled-in column would be lost without a word.  *remarked
 * is set when the reply recorded took its note from the outcome's remark in brackets
 * ("部分公开（涉及个人隐私）"). */
static int answered(xxgk_db *db, const char *id, const char *outcome, const char *closed,
                    int *remarked)
{
    *remarked = 0;
    if (*closed && !*outcome)
        return err_set(XXGK_EINVAL,
                       TR("申请 %s：办结日期为 %s，但没有办理结果（outcome）",
                          "request %s: closed on %s without an outcome"),
                       id, closed);
    if (!*outcome)
        return 0;
    /* (an outcome that is none said first, whether or not it has a date: 延期答复 typed as
     * the result is an extension, not a result missing its date) */
    int bad = register_outcome_check(outcome);
    if (bad) {
        return err_set(bad, TR("申请 %s：%s", "request %s: %s"), id, xxgk_error_last());
    }
    if (!*closed)
        return err_set(XXGK_EINVAL,
                       TR("申请 %s：有办理结果，但没有办结日期（closed）",
                          "request %s: an outcome without the date it was closed"),
                       id);
    sqlite3_stmt *st = store_prepare(&db->s, "SELECT outcome, closed FROM request WHERE id = ?", id);
    int r = st ? store_step(&db->s, st) : XXGK_EIO;
    char *got = r > 0 ? store_col_dup(st, 0) : NULL, *on = r > 0 ? store_col_dup(st, 1) : NULL;
    sqlite3_finalize(st);
    int rc = r < 0 ? r : 0;
    char key[64], day[32]; /* (the columns as the register keeps them: 予以公开 is granted) */
    char *remark = NULL;
    const char *k = register_outcome_read_remark(outcome, key, &remark);
    const char *d = register_date_read(closed, day);
    if (!rc && !got) {
        xxgk_request_event ev = {"reply", closed, 0, NULL, outcome, 0, NULL, 0, 0};
        rc = register_event_add(db, id, &ev, 1);
        *remarked = !rc && remark; /* (the remark the reply's note: see register_event_add) */
    } else if (!rc && (!k || strcmp(got, k) != 0 || !on || !d || strcmp(on, d) != 0)) {
        rc = err_set(XXGK_EINVAL,
                     TR("申请 %s：outcome、closed 列为 %s、%s，而 events 列记载的答复是 %s、%s："
                        "请使其一致，或清空其中之一",
                        "request %s: the outcome and closed columns say %s, %s, and the reply "
                        "in the events column %s, %s: make them agree, or empty one"),
                     id, outcome, closed, got, on ? on : "-");
    }
    free(remark);
    free(got);
    free(on);
    return rc;
}

/* Replay the events column (see events_json) for request id. */
static int replay(xxgk_db *db, const char *id, const char *events)
{
    json_error_t jerr;
    /* (a key twice is an edit gone wrong: which value was meant is not a guess) */
    json_t *a = json_loads(events, JSON_REJECT_DUPLICATES, &jerr);
    /* (jansson says what is wrong in English: in Chinese, where; its error is set only when
     * the text is no JSON) */
    char where[64] = "";
    if (!a)
        snprintf(where, sizeof where, "第 %d 个字符附近%s", jerr.position,
                 json_error_code(&jerr) == json_error_duplicate_key ? "有重复的字段" : "有误");
    /* (a NUL written \u0000 is JSON, but no text the register keeps) */
    int nul = !a && json_error_code(&jerr) == json_error_null_character;
    int rc = nul ? err_set(XXGK_EINVAL,
                           TR("申请 %s：events 中含有控制字符 U+0000（\\u0000）",
                              "request %s: events holds the control character U+0000 (\\u0000)"),
                           id)
             : json_is_array(a) ? 0
             : a ? err_set(XXGK_EINVAL,
                           TR("申请 %s：events 不是 JSON 数组", "request %s: events is not a JSON array"),
                           id)
                 : err_set(XXGK_EINVAL,
                           TR("申请 %s：events 不是有效的 JSON（%s）",
                              "request %s: events is not valid JSON (%s)"),
                           id, TR(where, jerr.text));
    size_t i;
    json_t *o;
    json_array_foreach(a, i, o)
    {
        if (rc)
            break;
        /* a key the export never writes is a typo, whose value would be lost */
        static const char *const known[] = {"kind", "approver", "outcome", "fee", "note", "date",
                                            "days"};
        const char *key;
        json_t *val;
        json_object_foreach(o, key, val)
        {
            size_t k = 0;
            while (k < sizeof known / sizeof known[0] && strcmp(key, known[k]) != 0)
                k++;
            if (k == sizeof known / sizeof known[0] && !rc)
                rc = err_set(XXGK_EINVAL,
                             TR("申请 %s：第%zu个事项：未知的字段“%s”（可有 kind、date、days、"
                                "approver、outcome、fee、note）",
                                "request %s: event %zu: unknown field '%s' (kind, date, days, "
                                "approver, outcome, fee, note)"),
                             id, i + 1, key);
        }
        if (rc)
            break;
        json_t *days = json_object_get(o, "days"), *fee = json_object_get(o, "fee");
        xxgk_request_event ev = {json_string_value(json_object_get(o, "kind")),
                                 json_string_value(json_object_get(o, "date")),
                                 (int)json_integer_value(days),
                                 json_string_value(json_object_get(o, "approver")),
                                 json_string_value(json_object_get(o, "outcome")),
                                 (long)json_integer_value(fee),
                                 json_string_value(json_object_get(o, "note")), 0, 0};
        /* whole numbers in range, or the cast above would have changed them */
        if ((days && (!json_is_integer(days) || json_integer_value(days) < 0 ||
                      json_integer_value(days) > 1000)) ||
            (fee && (!json_is_integer(fee) || json_integer_value(fee) < 0 ||
                     json_integer_value(fee) > XXGK_FEE_MAX_YUAN)))
            rc = err_set(XXGK_EINVAL,
                         TR("申请 %s：第%zu个事项：days 或 fee 不是范围内的整数",
                            "request %s: event %zu: days or fee is not a whole number in range"),
                         id, i + 1);
        else if (!ev.kind || !ev.date)
            rc = err_set(XXGK_EINVAL,
                         TR("申请 %s：第%zu个事项缺少 kind 或 date",
                            "request %s: event %zu has no kind or date"),
                         id, i + 1);
        else
            rc = register_event_add(db, id, &ev, 1);
    }
    json_decref(a);
    return rc;
}

/* Whether s is the error value a spreadsheet shows in a cell whose formula failed ("#REF!"):
 * never what the applicant wrote, so a row holding one is no record to import. */
static int sheet_error(const char *s)
{
    static const char *const errors[] = {
        "#NULL!", "#DIV/0!", "#VALUE!", "#REF!",   "#NAME?",   "#NUM!",  "#N/A",    "#SPILL!",
        "#CALC!", "#FIELD!", "#BUSY!",  "#BLOCKED!", "#CONNECT!", "#UNKNOWN!", "#GETTING_DATA"};
    s += strspn(s, " \t");
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    for (size_t i = 0; *s == '#' && i < sizeof errors / sizeof *errors; i++)
        if (strlen(errors[i]) == n && !memcmp(s, errors[i], n))
            return 1;
    return 0;
}

/* Whether a record read whole: well formed, no field over its limit, no more fields than kept
 * (nor than the header has, when known). */
static int record_ok(const xbuf *f, int n, int header, const char *name, const char *where)
{
    if (n < 0)
        return err_set(XXGK_EINVAL,
                       TR("%s %s：带引号的字段没有结束引号，或结束引号后还有文字",
                          "%s: %s: a quoted field is not closed, or text follows its "
                          "closing quote"),
                       name, where);
    if (header && n > header)
        return err_set(XXGK_EINVAL,
                       TR("%s %s：有 %d 个字段，而表头只有 %d 个",
                          "%s: %s: %d fields, but the header has %d"),
                       name, where, n, header);
    if (n > MAX_FIELDS)
        return err_set(XXGK_ELIMIT,
                       TR("%s %s：字段多于 %d 个", "%s: %s: more than %d fields"), name,
                       where, MAX_FIELDS);
    for (int i = 0; i < n; i++)
        if (f[i].failed)
            return err_set(XXGK_ELIMIT,
                           TR("%s %s：有字段超过 1 MiB", "%s: %s: a field longer than 1 MiB"),
                           name, where);
    for (int i = 0; i < n; i++) /* (a workbook xxgk wrote, a cell cut to fit: not the text) */
        if (f[i].data && write_xlsx_cut(f[i].data, f[i].len))
            return err_set(XXGK_EINVAL,
                           TR("%s %s：第 %d 个字段在导出为 Excel 时因超出单元格字数上限被截断，"
                              "不是完整的文字：请从登记簿或 CSV 导入",
                              "%s: %s: field %d was cut short to fit an Excel cell when "
                              "exported: not the whole text (import from the register or a CSV "
                              "instead)"),
                           name, where, i + 1);
    return 0;
}

/* One record of the CSV from p: its fields into f (at most MAX_FIELDS kept), *n their count,
 * *lines the line breaks read (its own end and those inside quoted fields).  Returns where the
 * next record starts. */
static const char *record(const char *p, const char *end, xbuf *f, int *n, unsigned *lines)
{
    const char *start = p;
    int eol = 0;
    *n = 0;
    while (!eol && p < end) {
        p = csv_field(p, end, *n < MAX_FIELDS ? &f[*n] : &f[MAX_FIELDS - 1], &eol);
        (*n)++;
    }
    if (eol < 0) { /* malformed: the next record read from the next line (text after a
                    * closing quote; a quote never closed has run to the end) */
        *n = -1;
        while (p < end && *p++ != '\n')
            ;
    }
    *lines = 0;
    for (const char *q = start; q < p; q++)
        *lines += *q == '\n';
    return p;
}

#define HEADER_SCAN 10 /* records looked at for the header: a title may stand above it */

/* The header of the table from p: of its first HEADER_SCAN records, the first that names every
 * required column, or else the one that names the most (what it lacks is then said); records
 * above it (a title, a date) are passed over.  Its fields are left in f; returns where it
 * starts, *line its line, *row its record's number (the row a spreadsheet shows it on), and
 * *required_named how many of the required columns it names. */
static const char *find_header(const char *p, const char *end, xbuf *f, int by_row,
                               unsigned *line, unsigned *row, int *required_named)
{
    const char *best = p;
    unsigned at = 1, lines;
    int most = -1, n;
    *line = *row = 1;
    *required_named = 0;
    for (int k = 0; k < HEADER_SCAN && p < end; k++) {
        const char *start = p;
        p = record(p, end, f, &n, &lines);
        if (n < 0)
            break; /* (malformed: said when it is read as the header or a row) */
        int named = 0, required = 0;
        for (int c = 0; c < NCOLS; c++)
            for (int i = 0; i < n && i < MAX_FIELDS; i++)
                if (header_is(f[i].data ? f[i].data : "", c)) {
                    named++;
                    required += c < REQUIRED;
                    break;
                }
        if (named > most) {
            most = named;
            best = start;
            *line = at;
            *row = (unsigned)k + 1;
            *required_named = required;
        }
        if (required == REQUIRED)
            break;
        at += by_row ? 1 : lines;
    }
    return best;
}

/* The CSV records in csv (freed) in place of *text. */
static int rows_instead(char **text, xbuf *csv)
{
    char *rows = csv->failed ? NULL : xbuf_steal(csv);
    xbuf_free(csv);
    if (!rows)
        return err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    free(*text);
    *text = rows;
    return 0;
}

/* Whether text is tab-separated (Excel's "Unicode text", UTF-16 and tabs): of its first lines,
 * the first with two separators or more has more tabs than commas. */
static int tab_separated(const char *text)
{
    const char *p = text;
    for (int k = 0; k < HEADER_SCAN && *p; k++) {
        size_t n = strcspn(p, "\n");
        int tabs = 0, commas = 0;
        for (size_t i = 0; i < n; i++)
            tabs += p[i] == '\t', commas += p[i] == ',';
        if (tabs + commas >= 2)
            return tabs > commas;
        p += n + (p[n] == '\n');
    }
    return 0;
}

/* Tab-separated text as CSV, in place of *text: the same records on the same lines. */
static int tsv_rows(char **text)
{
    xbuf csv, f;
    xbuf_init(&csv, 0);
    xbuf_init(&f, 0);
    const char *p = *text, *end = p + strlen(p);
    while (p < end) {
        int eol = 0;
        p = csv_field_sep(p, end, '\t', &f, &eol);
        xbuf_putc(&f, '\0'); /* (a field to quote as the CSV writer does) */
        if (eol < 0) { /* (malformed: kept so, text after a closing quote, for the CSV reading
                        * to name its line) */
            xbuf_puts(&csv, "\"\"x");
            eol = 1;
        } else {
            csv_put(&csv, f.data);
        }
        xbuf_putc(&csv, eol ? '\n' : ',');
    }
    xbuf_free(&f);
    return rows_instead(text, &csv);
}

/* A web page's rows (the lines of its text, cells tab-separated) as CSV records, in place of
 * *text; the page's title line first, passed over as a title above a table is. */
static int html_rows(char **text, const char *name)
{
    xbuf lines, csv;
    xbuf_init(&lines, 0);
    xbuf_init(&csv, 0);
    html_found found;
    char msg[256];
    int rc = html_to_text_breaks(&lines, &found, *text, strlen(*text), msg, sizeof msg);
    if (rc) {
        xbuf_free(&lines);
        return err_set(rc, TR("%s：%s", "%s: %s"), name, msg);
    }
    if (!lines.data || !strchr(lines.data, '\t')) {
        xbuf_free(&lines);
        return err_set(XXGK_EINVAL,
                       TR("%s：是网页（HTML），其中没有表格：请从办公系统导出 Excel 或 CSV 文件",
                          "%s: a web page (HTML) with no table in it: export an Excel or CSV file "
                          "from the office system"),
                       name);
    }
    for (char *p = lines.data; *p;) {
        size_t n = strcspn(p, "\t\n");
        char sep = p[n];
        p[n] = '\0'; /* (a cell at a time, as the CSV writer quotes one) */
        for (char *q = p; (q = strchr(q, HTML_BREAK)) != NULL;)
            *q++ = '\n'; /* (its lines) */
        csv_put(&csv, p);
        p += n;
        if (sep)
            xbuf_putc(&csv, sep == '\t' ? ',' : '\n');
        p += sep != '\0';
    }
    xbuf_free(&lines);
    return rows_instead(text, &csv);
}

/* Whether a ledger's column, by its header h and the value v a row has in it, says the request
 * was answered ("办理状态" 已办结, "是否办结" 是). */
static int says_answered(const char *h, const char *v)
{
    static const char *const done[] = {"已办结", "办结", "已答复", "已回复", "已处理",
                                       "已完成", "完成", "已告知", "已反馈"};
    for (size_t i = 0; i < sizeof done / sizeof done[0]; i++)
        if (strcmp(v, done[i]) == 0)
            return 1;
    return strcmp(v, "是") == 0 && (strstr(h, "办结") || strstr(h, "答复") || strstr(h, "回复"));
}

/* Where a record is, for messages: its line; in a CSV whose quoted fields hold line breaks,
 * also the row a spreadsheet shows it on. */
static const char *where_at(char *buf, size_t cap, unsigned line, unsigned row)
{
    if (row == line)
        snprintf(buf, cap, TR("第%u行", "line %u"), line);
    else
        snprintf(buf, cap, TR("第%u行（电子表格中第%u行）", "line %u (row %u in a spreadsheet)"),
                 line, row);
    return buf;
}

/* The events a ledger keeps as dates, a column each (补正告知日期, 延期告知日期): the column,
 * the kind it records, in the order events of one day are recorded. */
static const struct {
    int col;
    const char *kind;
} dated[] = {{C_CORRECTION_NOTICE, "correction-notice"},
             {C_CORRECTION_RECEIVED, "correction-received"},
             {C_CONSULT_START, "consult-start"},
             {C_CONSULT_END, "consult-end"},
             {C_FEE_NOTICE, "fee-notice"},
             {C_FEE_PAID, "fee-paid"},
             {C_EXTENSION, "extension"}};
#define NDATED (sizeof dated / sizeof dated[0])

/* The columns that say more of one of those events: the column, the event's date column. */
static const struct {
    int col, of;
} dated_part[] = {{C_FEE, C_FEE_NOTICE},
                  {C_EXTENSION_DAYS, C_EXTENSION},
                  {C_APPROVER, C_EXTENSION},
                  {C_EXTENSION_REASON, C_EXTENSION}};
#define NPARTS (sizeof dated_part / sizeof dated_part[0])

/* What a table's rows left unsaid of their extensions, said once for the table; and the
 * outcomes read by their words before a remark in brackets. */
typedef struct {
    xbuf no_days, no_approver; /* the requests' IDs, up to GAPS_NAMED each */
    int ndays, napprover;      /* how many */
    int old_law;               /* one of no_days was received under the 2007 条例 */
    xbuf remarked;             /* the requests' IDs whose outcome had a remark, up to GAPS_NAMED */
    int nremarked;             /* how many */
    xbuf remark_shown;         /* the first such outcome, as the ledger wrote it */
} ledger_gaps;
#define GAPS_NAMED 10

static void gap_add(xbuf *ids, int *n, const char *id)
{
    if (*n < GAPS_NAMED)
        xbuf_printf(ids, "%s%s", *n ? TR("、", ", ") : "", id);
    (*n)++;
}

/* Column c as messages name it: the ledger's own header, or (a column it lacks) the first
 * Chinese name the import knows it by, into buf. */
static const char *col_name(char *const *hdr, int c, char *buf, size_t cap)
{
    if (hdr[c])
        return hdr[c];
    snprintf(buf, cap, "%.*s", (int)strcspn(import_alias[c], "|"), import_alias[c]);
    return buf;
}

/* A whole number as a ledger's cell may give it, with a unit after it ("20", "20个工作日",
 * "100元", "100.00"), at most max, into *out: 0, or -1 for anything else. */
static int ledger_number(const char *s, const char *const *units, long max, long *out)
{
    size_t n = strspn(s, "0123456789");
    if (n == 0 || n > 9)
        return -1;
    long v = strtol(s, NULL, 10);
    const char *p = s + n;
    if (*p == '.' && p[1]) /* (as a spreadsheet shows a number: "20.0") */
        p += 1 + strspn(p + 1, "0");
    for (; *units && *p; units++)
        if (strcmp(p, *units) == 0)
            p += strlen(p);
    if (*p || v > max)
        return -1;
    *out = v;
    return 0;
}

/* Whether a cell of the fee column says there was no fee ("0", "0元", "无", "免费"): no event
 * of its own wanted. */
static int no_fee(const char *s)
{
    static const char *const units[] = {"元", NULL};
    long v;
    return strcmp(s, "无") == 0 || strcmp(s, "免费") == 0 || strcmp(s, "-") == 0 ||
           (ledger_number(s, units, XXGK_FEE_MAX_YUAN, &v) == 0 && v == 0);
}

/* Record the events request id's row gives as dates (v, its cells by column; hdr, the header's
 * names, NULL for the columns the table lacks), in date order, as history is replayed (as an
 * events column would be): an extension with no days as the most the law allows (20 working
 * days; 15 under the 2007 条例), one with no approver without one, both noted in gaps for the
 * import to say.  A value of an event whose date is missing (an approver without the
 * extension's date) is refused: the event is lost, or the value is a stray. */
static int ledger_events(xxgk_db *db, const char *id, const char *const *v, char *const *hdr,
                         ledger_gaps *gaps)
{
    char b1[64], b2[64];
    for (size_t i = 0; i < NPARTS; i++) {
        int c = dated_part[i].col, of = dated_part[i].of;
        if (*v[c] && !*v[of] && !(c == C_FEE && no_fee(v[c]))) {
            const char *what = col_name(hdr, c, b1, sizeof b1);
            const char *when = col_name(hdr, of, b2, sizeof b2);
            return err_set(XXGK_EINVAL,
                           TR("申请 %s：有%s（%s），但没有%s：请填写%s，或删去%s",
                              "request %s: %s is given (%s), but no %s: fill in %s, or clear %s"),
                           id, what, v[c], when, when, what);
        }
    }
    char buf[NDATED][32];
    const char *date[NDATED];
    size_t order[NDATED], n = 0;
    for (size_t k = 0; k < NDATED; k++) {
        if (!*v[dated[k].col])
            continue;
        date[k] = register_date_read(v[dated[k].col], buf[k]);
        size_t at = n++; /* (in date order; a day's events in the table's order) */
        while (at > 0 && strcmp(date[order[at - 1]], date[k]) > 0) {
            order[at] = order[at - 1];
            at--;
        }
        order[at] = k;
    }
    int rc = 0;
    for (size_t i = 0; i < n && !rc; i++) {
        size_t k = order[i];
        xxgk_request_event ev = {dated[k].kind, date[k], 0, NULL, NULL, 0, NULL, 0, 0};
        long num = 0;
        if (dated[k].col == C_EXTENSION) {
            static const char *const units[] = {"个工作日", "工作日", "天", "日", NULL};
            char rbuf[32];
            const char *received = register_date_read(v[C_RECEIVED], rbuf);
            int old_law = strcmp(received, XXGK_LAW_2019_IN_FORCE) < 0;
            if (!*v[C_EXTENSION_DAYS]) {
                num = old_law ? XXGK_OLD_DEADLINE_MAX_EXTENSION : XXGK_DEADLINE_MAX_EXTENSION;
                gap_add(&gaps->no_days, &gaps->ndays, id);
                gaps->old_law |= old_law;
            } else if (ledger_number(v[C_EXTENSION_DAYS], units, 1000, &num) < 0) {
                rc = err_set(XXGK_EINVAL,
                             TR("申请 %s：%s“%s”不是延期的工作日数",
                                "request %s: %s '%s' is no number of working days"),
                             id, col_name(hdr, C_EXTENSION_DAYS, b1, sizeof b1),
                             v[C_EXTENSION_DAYS]);
                break;
            }
            ev.days = (int)num;
            ev.approver = *v[C_APPROVER] ? v[C_APPROVER] : NULL;
            if (!ev.approver)
                gap_add(&gaps->no_approver, &gaps->napprover, id);
            ev.note = *v[C_EXTENSION_REASON] ? v[C_EXTENSION_REASON] : NULL;
        } else if (dated[k].col == C_FEE_NOTICE) {
            static const char *const units[] = {"元", NULL};
            if (!*v[C_FEE] || no_fee(v[C_FEE])) {
                rc = err_set(XXGK_EINVAL,
                             TR("申请 %s：有%s（%s），但没有收费金额：请在%s列写明金额（元）",
                                "request %s: %s is given (%s), but no fee: give the amount in "
                                "yuan in a column %s"),
                             id, col_name(hdr, C_FEE_NOTICE, b1, sizeof b1), v[C_FEE_NOTICE],
                             col_name(hdr, C_FEE, b2, sizeof b2));
                break;
            }
            if (ledger_number(v[C_FEE], units, XXGK_FEE_MAX_YUAN, &num) < 0) {
                rc = err_set(XXGK_EINVAL,
                             TR("申请 %s：%s“%s”不是以元计的整数金额",
                                "request %s: %s '%s' is no whole number of yuan"),
                             id, col_name(hdr, C_FEE, b1, sizeof b1), v[C_FEE]);
                break;
            }
            ev.fee = num;
        }
        rc = register_event_add(db, id, &ev, 1);
    }
    return rc;
}

/* For gaps_said: "等 N 件" after the IDs named when more than GAPS_NAMED requests are, into
 * more ("" when all are named). */
static void gaps_more(int n, char more[64])
{
    more[0] = '\0';
    if (n > GAPS_NAMED)
        snprintf(more, 64, TR("等 %d 件", " and others, %d in all"), n);
}

/* For gaps_said: gaps_more for the n requests lacking column c, and why they lack it (the
 * column empty, or none such) into why. */
static void gap_why(int n, char *const *hdr, int c, char more[64], char why[160])
{
    char b[64];
    gaps_more(n, more);
    if (hdr[c])
        snprintf(why, 160, TR("“%s”列为空", "its column %s is empty"), hdr[c]);
    else
        snprintf(why, 160, TR("台账没有“%s”列", "the ledger has no column %s"),
                 col_name(hdr, c, b, sizeof b));
}

/* Say what a table's rows left unsaid of their extensions (see ledger_events). */
static void gaps_said(xbuf *said, const char *name, const ledger_gaps *g, char *const *hdr)
{
    char more[64], why[160];
    if (g->ndays) {
        gap_why(g->ndays, hdr, C_EXTENSION_DAYS, more, why);
        xbuf_printf(said,
                    TR("%s：申请 %s%s 的延期没有写明天数（%s），按法定最长的 %d 个工作日计算"
                       "（《条例》第三十三条）%s\n",
                       "%s: the extensions of requests %s%s give no number of days (%s): "
                       "counted as the most the law allows, %d working days (Art. 33)%s\n"),
                    name, g->no_days.data, more, why, XXGK_DEADLINE_MAX_EXTENSION,
                    g->old_law ? TR("；2019年5月15日前收到的申请按 15 个",
                                    "; 15 for an application received before 2019-05-15")
                               : "");
    }
    if (g->nremarked) {
        char b[64];
        gaps_more(g->nremarked, more);
        xbuf_printf(said,
                    TR("%s：申请 %s%s 的%s带有括号中的说明（如“%s”）：按其文字计入表三的一行，"
                       "括号中的说明记作答复的备注（答复书中的理由或说明）\n",
                       "%s: the outcomes of requests %s%s (%s) have a remark in brackets (as "
                       "'%s'): counted as the row of table 三 their words name, the remark kept "
                       "as the reply's note (the reason or remark of its letter)\n"),
                    name, g->remarked.data, more, col_name(hdr, C_OUTCOME, b, sizeof b),
                    g->remark_shown.data);
    }
    if (g->napprover) {
        gap_why(g->napprover, hdr, C_APPROVER, more, why);
        xbuf_printf(said,
                    TR("%s：申请 %s%s 的延期没有批准人（%s）：已按延期导入，未记载批准人"
                       "（《条例》第三十三条：延期须经政府信息公开工作机构负责人同意）\n",
                       "%s: the extensions of requests %s%s name no approver (%s): imported "
                       "as extensions without one (Art. 33 wants the consent of the head of "
                       "the disclosure office)\n"),
                    name, g->no_approver.data, more, why);
    }
}

/* The line of a request's note (as the import made it: its 备注, then "列名：内容" a line)
 * that speaks of an extension ("延期15个工作日", "延期日期：2024-03-25"), its length in *len;
 * NULL when none does, or only to deny one ("是否延期：否", "未延期"). */
static const char *extension_said(const char *note, size_t *len)
{
    /* (a column's answer, "是否延期：否"; or the words just before 延期, "未延期", "无需延期") */
    static const char *const answers[] = {"否", "无", "不", "未", "没有"};
    static const char *const denials[] = {"未", "不", "无", "没", "没有", "无需", "不需", "不予"};
    for (const char *p = note; p && *p;) {
        size_t n = strcspn(p, "\n");
        const char *at = NULL;
        for (size_t i = 0; i + 6 <= n && !at; i++)
            if (!memcmp(p + i, "延期", 6) || !memcmp(p + i, "延长", 6))
                at = p + i;
        const char *colon = at ? strstr(p, "：") : NULL;
        const char *value = colon && colon < p + n ? colon + 3 : NULL;
        int denied = 0;
        for (size_t k = 0; value && k < sizeof answers / sizeof answers[0]; k++)
            denied |= (size_t)(p + n - value) == strlen(answers[k]) &&
                      !memcmp(value, answers[k], strlen(answers[k]));
        for (size_t k = 0; at && k < sizeof denials / sizeof denials[0]; k++) {
            size_t dl = strlen(denials[k]);
            denied |= at >= p + dl && !memcmp(at - dl, denials[k], dl);
        }
        if (at && !denied) {
            *len = n;
            return p;
        }
        p += n + (p[n] == '\n');
    }
    return NULL;
}

/* The working days an extension's words give ("延期15个工作日", "延长答复期限20日"), or 0. */
static int extension_days(const char *s, size_t n)
{
    for (size_t i = 0; i + 6 <= n; i++) {
        if (memcmp(s + i, "延期", 6) != 0 && memcmp(s + i, "延长", 6) != 0)
            continue;
        const char *p = s + i + 6, *end = s + n;
        static const char *const between[] = {"答复期限", "答复", "期限", "了"};
        for (size_t k = 0; k < sizeof between / sizeof between[0]; k++)
            if ((size_t)(end - p) >= strlen(between[k]) &&
                !memcmp(p, between[k], strlen(between[k])))
                p += strlen(between[k]);
        size_t d = 0;
        while (p + d < end && d < 3 && p[d] >= '0' && p[d] <= '9')
            d++;
        static const char *const units[] = {"个工作日", "工作日", "天", "日"};
        for (size_t k = 0; d && k < sizeof units / sizeof units[0]; k++)
            if ((size_t)(end - p - d) >= strlen(units[k]) &&
                !memcmp(p + d, units[k], strlen(units[k])))
                return (int)strtol(p, NULL, 10);
    }
    return 0;
}

/* s as one word of a command to paste into a shell: as it is when it needs no quoting (an ID, a
 * date, a key) and always is 0; else in '…', a ' as '\'', or, holding a line break or another
 * control character (a note of several lines), in bash's $'…' with escapes. */
static void shell_word(xbuf *b, const char *s, int always)
{
    int plain = *s && !always, control = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        control |= *p < 0x20 || *p == 0x7F;
        plain &= *p >= 0x80 || strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                      "0123456789-_./:+,@%=", *p) != NULL;
    }
    if (plain) {
        xbuf_puts(b, s);
        return;
    }
    xbuf_puts(b, control ? "$'" : "'");
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (!control && *p == '\'')
            xbuf_puts(b, "'\\''");
        else if (control && (*p == '\'' || *p == '\\'))
            xbuf_printf(b, "\\%c", *p);
        else if (control && *p == '\n')
            xbuf_puts(b, "\\n");
        else if (control && (*p < 0x20 || *p == 0x7F))
            xbuf_printf(b, "\\x%02x", *p);
        else
            xbuf_putc(b, (char)*p);
    }
    xbuf_putc(b, '\'');
}

/* What request id, just imported with its note, leaves unsaid of an extension: when it was
 * answered after its deadline with no extension recorded and its note speaks of one, a line
 * in said (name and w, where the row is) on how to record it; the date of the extension is the
 * agency's to give, never guessed from the note. */
static int extension_unrecorded(xxgk_db *db, const char *id, const char *note, const char *name,
                                const char *w, xbuf *said)
{
    size_t len;
    const char *line = note ? extension_said(note, &len) : NULL;
    if (!line)
        return 0;
    char *key = register_key(db, id, "request");
    if (!key)
        return err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    sqlite3_stmt *st = store_prepare(&db->s,
                                     "SELECT closed, due, outcome, " REGISTER_STOPPED_SQL ","
                                     " (SELECT count(*) FROM event e WHERE e.request_id ="
                                     " request.id AND e.kind = 'extension'),"
                                     " (SELECT note FROM event e WHERE e.request_id ="
                                     " request.id AND e.kind = 'reply' ORDER BY seq DESC"
                                     " LIMIT 1)"
                                     " FROM request WHERE id = ?",
                                     key);
    int r = st ? store_step(&db->s, st) : XXGK_EIO;
    const char *closed = r > 0 ? (const char *)sqlite3_column_text(st, 0) : NULL;
    const char *due = r > 0 ? (const char *)sqlite3_column_text(st, 1) : NULL;
    const char *outcome = r > 0 ? (const char *)sqlite3_column_text(st, 2) : NULL;
    if (r > 0 && sqlite3_column_int(st, 4) == 0 &&
        register_late(closed, due, outcome, (const char *)sqlite3_column_text(st, 3))) {
        char days[16];
        int n = extension_days(line, len);
        if (n)
            snprintf(days, sizeof days, "%d", n);
        else
            snprintf(days, sizeof days, "%s", TR("天数", "N"));
        size_t cut = len > 240 ? 240 : len; /* (a long line cut, on a character) */
        while (cut < len && cut > 0 && (line[cut] & 0xC0) == 0x80)
            cut--;
        /* the commands' words quoted for the shell, the reply again with its note (the remark
         * of 部分公开（…）, kept as the reply's reason) */
        const char *reply_note = (const char *)sqlite3_column_text(st, 5);
        xbuf q;
        xbuf_init(&q, 0);
        const char *const words[] = {key, closed ? closed : "", outcome ? outcome : ""};
        size_t at[4];
        for (size_t i = 0; i < 3; i++) {
            at[i] = q.len;
            shell_word(&q, words[i], 0);
            xbuf_putc(&q, '\0');
        }
        at[3] = q.len;
        if (reply_note && *reply_note) {
            xbuf_puts(&q, " --note ");
            shell_word(&q, reply_note, 1);
        }
        xbuf_putc(&q, '\0');
        if (q.failed) {
            xbuf_free(&q);
            sqlite3_finalize(st);
            free(key);
            return err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
        }
        const char *qid = q.data + at[0], *qclosed = q.data + at[1], *qout = q.data + at[2],
                   *qnote = q.data + at[3];
        xbuf_printf(said,
                    TR("%s %s：申请 %s 于 %s 答复，晚于答复期限 %s，计为逾期答复；备注提到延期"
                       "（“%.*s”%s），但没有延期的记录（延期不按备注推定）：如确经批准延期，"
                       "请撤回答复、记录延期后再记录答复：xxgk request undo %s；xxgk request "
                       "event %s extension 延期告知日期 --days %s --approver 批准人；xxgk request "
                       "event %s reply %s --outcome %s%s（台账中延期写在“延期告知日期”“延期天数”"
                       "“延期批准人”列）\n",
                       "%s: %s: request %s was answered on %s, after its deadline %s, and counts "
                       "as late; its note speaks of an extension ('%.*s'%s), but none is "
                       "recorded (a note is not taken for one): if an extension was approved, "
                       "take the reply back, record the extension, then the reply again: xxgk "
                       "request undo %s; xxgk request event %s extension DATE --days %s "
                       "--approver NAME; xxgk request event %s reply %s --outcome %s%s (a "
                       "ledger gives it in columns 延期告知日期, 延期天数, 延期批准人)\n"),
                    name, w, key, closed, due, (int)cut, line, cut < len ? "……" : "", qid,
                    qid, days, qid, qclosed, qout, qnote);
        xbuf_free(&q);
    }
    sqlite3_finalize(st);
    free(key);
    return r < 0 ? r : 0;
}

#define ROWS_REFUSED_SAID 8 /* rows refused before the import stops looking */

/* The rows an import refused, across its tables (a workbook's sheets): every row is read on
 * after one is refused (nothing is imported all the same), so that one run names every row to
 * correct, the first few, as messages are short. */
typedef struct {
    xbuf said;   /* a line each, without the words "nothing imported" */
    xbuf first;  /* the first one's message, whole: said as ever when it is alone */
    int n;       /* how many */
    int code;    /* XXGK_EINVAL, or XXGK_ELIMIT when one went past a limit */
    xbuf table;  /* the name of the first table with a row refused */
    int tables;  /* how many tables had one */
} refusals;

/* Note that table (its name in messages) had rows refused, once a table. */
static void refused_in(refusals *r, const char *table)
{
    if (!r->tables++)
        xbuf_puts(&r->table, table);
}

/* Whether rc is a row's own fault, refused with the rows read on: a bad value (EINVAL) or a
 * field or record past a limit (ELIMIT); not memory, nor the register's file. */
static int row_fault(int rc)
{
    return rc == XXGK_EINVAL || rc == XXGK_ELIMIT;
}

/* Keep the refusal just made (rc, xxgk_error_last) in r. */
static void row_refused(refusals *r, int rc)
{
    const char *m = xxgk_error_last();
    if (++r->n == 1)
        xbuf_puts(&r->first, m);
    if (rc == XXGK_ELIMIT || r->n == 1)
        r->code = rc;
    static const char *const tails[] = {"（未导入任何申请）", " (nothing imported)"};
    size_t len = strlen(m);
    for (size_t k = 0; k < 2; k++) {
        size_t tl = strlen(tails[k]);
        if (len >= tl && strcmp(m + len - tl, tails[k]) == 0) {
            len -= tl;
            break;
        }
    }
    xbuf *b = &r->said;
    if (r->n <= ROWS_REFUSED_SAID)
        xbuf_printf(b, "%s  %.*s", b->len ? "\n" : "", (int)len, m);
    else if (r->n == ROWS_REFUSED_SAID + 1)
        xbuf_puts(b, TR("\n  ……（以下从略）", "\n  ... (and more)"));
}

/* The error of an import whose rows r refused (name, the file), said once for all: the one
 * row's message, or the rows' list, headed by their table's name when one table had them. */
static int refusals_said(const refusals *r, const char *name)
{
    if (r->said.failed || r->table.failed || r->first.failed)
        return err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    if (r->tables == 1)
        name = r->table.data;
    if (r->n == 1)
        return err_set(r->code, "%s", r->first.data);
    return err_set(r->code,
                   TR("%s：%s%d 行有误（未导入任何申请）：\n%s",
                      "%s: %s%d rows refused (nothing imported):\n%s"),
                   name, r->n > ROWS_REFUSED_SAID ? TR("至少 ", "at least ") : "", r->n,
                   r->said.data);
}

/* The requests of one table (a CSV file, a sheet), from p to end, its header below any title,
 * added in the caller's transaction; *count counts them.  name names the table in messages;
 * f holds the fields of a record; what the import has to say besides goes to said (a line
 * each: a request left open whose row says it was answered).  A row refused is kept in ref
 * and the rows after it read on, until more than ROWS_REFUSED_SAID are: then, or when this
 * table refused any, XXGK_EINVAL (the message left to refusals_said); a header refused, or
 * another error, is returned with its message. */
static int import_table(xxgk_db *db, const char *p, const char *end, int by_row, const char *name,
                        xbuf *f, size_t *count, xbuf *said, refusals *ref)
{
    int n, col[NCOLS];
    unsigned lines, line, row; /* where the next record starts: its line, its row */
    int required;
    p = record(find_header(p, end, f, by_row, &line, &row, &required), end, f, &n, &lines);
    char hw[96], w[96]; /* (where the header is; where the record at hand) */
    where_at(hw, sizeof hw, line, by_row ? line : row);
    int rc = record_ok(f, n, 0, name, hw);
    int header = n;
    for (int c = 0; c < NCOLS && !rc; c++) {
        col[c] = -1;
        /* (a header naming the column as a whole first: 收到日期 beside 收到日期（补正后）, the
         * latter a remark's column, kept in the note as before brackets were read) */
        int exact = 0;
        for (int i = 0; i < n && i < MAX_FIELDS && !exact; i++)
            exact = header_exact(f[i].data ? f[i].data : "", c);
        for (int i = 0; i < n && i < MAX_FIELDS && !rc; i++)
            if (exact ? header_exact(f[i].data ? f[i].data : "", c)
                      : header_is(f[i].data ? f[i].data : "", c)) {
                if (col[c] >= 0) /* 收到日期 and 申请日期: which one counts is not a guess */
                    rc = err_set(XXGK_EINVAL,
                                 TR("%s %s：第%d列（“%s”）和第%d列（“%s”）都对应 %s："
                                    "请只保留其中一列",
                                    "%s: %s: columns %d (%s) and %d (%s) both give %s: "
                                    "keep one of them"),
                                 name, hw, col[c] + 1, f[col[c]].data, i + 1, f[i].data,
                                 import_cols[c]);
                col[c] = i;
            }
    }
    /* the required columns missing, every one at once, by their Chinese names in Chinese; with
     * the header's names read as no column (a ledger's own words for one, to rename), and a
     * ledger that numbers its rows only (序号) told that a row's number is no request's ID */
    int missing = 0, numbered = 0;
    for (int c = 0; c < REQUIRED && !rc; c++)
        missing += col[c] < 0;
    if (!rc && missing) {
        int zh = xxgk_lang_get() != XXGK_LANG_EN;
        xbuf m, unread; /* (the columns missing; the names read as none) */
        xbuf_init(&m, 0);
        xbuf_init(&unread, 0);
        for (int c = 0, k = 0; c < REQUIRED; c++)
            if (col[c] < 0 && zh)
                xbuf_printf(&m, "“%.*s”", (int)strcspn(import_alias[c], "|"), import_alias[c]);
            else if (col[c] < 0)
                xbuf_printf(&m, "%s'%s'", k++ ? ", " : "", import_cols[c]);
        if (!zh) { /* (and their Chinese names) */
            xbuf_puts(&m, " (or ");
            for (int c = 0, k = 0; c < REQUIRED; c++)
                if (col[c] < 0)
                    xbuf_printf(&m, "%s'%.*s'", k++ ? ", " : "",
                                (int)strcspn(import_alias[c], "|"), import_alias[c]);
            xbuf_puts(&m, " in Chinese)");
        }
        for (int i = 0; i < n && i < MAX_FIELDS; i++) {
            const char *h = f[i].data ? cell_trim(f[i].data) : "";
            int known = !*h || header_passed(h);
            for (int c = 0; c < NCOLS && !known; c++)
                known = col[c] == i;
            char clip[512];
            if (!known)
                xbuf_printf(&unread, "%s%s", unread.len ? TR("、", ", ") : "",
                            u8_clip(h, 40, clip, sizeof clip));
            numbered |= col[C_ID] < 0 && strstr(h, "序号") != NULL;
        }
        rc = m.failed || unread.failed
                 ? err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"))
                 : err_set(XXGK_EINVAL,
                           TR("%s %s：缺少%s%s列%s（表头须有编号、收到日期、申请人、申请人类型、"
                              "申请方式、申请内容，也可写作 id、received、applicant、"
                              "applicant_type、channel、description）%s%s",
                              "%s: %s: no column%s %s%s (the header needs id, received, "
                              "applicant, applicant_type, channel, description)%s%s"),
                           name, hw, zh || missing == 1 ? "" : "s", m.data,
                           !numbered ? ""
                                     : TR("；序号每年从 1 排起，不能作编号：请加一列编号，写上"
                                          "各件申请的编号（如 2024-001）",
                                          "; 序号 numbers the rows afresh each year and is no "
                                          "ID: add a column 编号 with each request's ID "
                                          "(2024-001)"),
                           unread.len ? TR("；未能识别的表头：", "; headers not recognised: ")
                                      : "",
                           unread.len ? unread.data : "");
        xbuf_free(&m);
        xbuf_free(&unread);
    }
    /* the header's other columns, by name (cell_trim'd), for the note */
    char *extra[MAX_FIELDS] = {0};
    for (int i = 0; i < n && i < MAX_FIELDS && !rc; i++) {
        int known = header_passed(f[i].data ? f[i].data : "");
        for (int c = 0; c < NCOLS && !known; c++)
            known = col[c] == i;
        if (known)
            continue;
        char *h = f[i].data ? cell_trim(f[i].data) : "";
        xbuf nm;
        xbuf_init(&nm, 0);
        if (*h)
            xbuf_puts(&nm, h);
        else
            xbuf_printf(&nm, TR("第%d列", "column %d"), i + 1);
        if (!(extra[i] = xbuf_steal(&nm)))
            rc = err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
        xbuf_free(&nm);
    }
    /* what was read as what, said when a ledger's own words were (the names the export writes
     * need no saying) */
    int own = 0;
    for (int c = 0; c < NCOLS && !rc; c++)
        own |= col[c] >= 0 && !header_named(f[col[c]].data ? f[col[c]].data : "", c);
    for (int i = 0; i < n && i < MAX_FIELDS && !rc; i++)
        own |= extra[i] && f[i].data && *f[i].data;
    if (own) {
        xbuf_printf(said, TR("%s：按表头读取的列：", "%s: columns read by their headers: "), name);
        for (int c = 0, k = 0; c < NCOLS; c++)
            if (col[c] >= 0)
                xbuf_printf(said, "%s%s→%s", k++ ? TR("、", ", ") : "",
                            f[col[c]].data ? f[col[c]].data : "", import_cols[c]);
        for (int i = 0, k = 0; i < n && i < MAX_FIELDS; i++)
            if (extra[i] && f[i].data && *f[i].data)
                xbuf_printf(said, "%s%s", k++ ? TR("、", ", ") : TR("；记入备注的列：",
                                                                    "; kept in the note: "),
                            extra[i]);
        xbuf_putc(said, '\n');
    }
    line += by_row ? 1 : lines;
    row++;
    /* the header's names of the columns read, kept (f is read over): messages name them */
    char *hdr[NCOLS] = {0};
    for (int c = 0; c < NCOLS && !rc; c++)
        if (col[c] >= 0 && !(hdr[c] = strdup(f[col[c]].data ? f[col[c]].data : "")))
            rc = err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    ledger_gaps gaps = {0};
    xbuf_init(&gaps.no_days, 0);
    xbuf_init(&gaps.no_approver, 0);
    xbuf_init(&gaps.remarked, 0);
    xbuf_init(&gaps.remark_shown, 0);
    xbuf note;
    xbuf_init(&note, 0);
    /* (a row refused, of whatever fault, is kept in ref by the next turn, which reads on:
     * `continue`; `break` is for what no row causes) */
    int refused_before = ref->n;
    for (int header_read = !rc; header_read;) { /* (left by break only) */
        if (row_fault(rc)) { /* (the row before, refused) */
            row_refused(ref, rc);
            rc = ref->n > ROWS_REFUSED_SAID ? XXGK_EINVAL : 0;
        }
        if (rc || p >= end)
            break;
        where_at(w, sizeof w, line, by_row ? line : row);
        p = record(p, end, f, &n, &lines);
        line += by_row ? 1 : lines;
        row++;
        if ((rc = record_ok(f, n, header, name, w)) != 0)
            continue;
        const char *v[NCOLS];
        int blank = 1;
        for (int c = 0; c < NCOLS; c++) {
            char *cell = col[c] >= 0 && col[c] < n ? f[col[c]].data : NULL;
            if (cell && c != C_DESCRIPTION && c != C_EVENTS) /* the applicant's words stand */
                cell_trim(cell);
            v[c] = cell ? unguard(cell) : "";
            blank &= !*v[c];
        }
        /* a ledger's total or footer row ("合计 36", in 序号 or any column): no request,
         * passed over and said (most ledgers end with one) */
        static const char *const totals[] = {"合计", "总计", "小计", "共计"};
        const char *total = NULL;
        for (int i = 0; i < n && i < MAX_FIELDS && !total; i++) {
            const char *cell = f[i].data ? cell_trim(f[i].data) : "";
            for (size_t t = 0; t < sizeof totals / sizeof totals[0] && !total; t++) {
                size_t tl = strlen(totals[t]);
                if (strncmp(cell, totals[t], tl) == 0 &&
                    (!cell[tl] || cell[tl] == ':' || strncmp(cell + tl, "：", 3) == 0))
                    total = totals[t];
            }
        }
        if (total) {
            xbuf_printf(said,
                        TR("%s %s是台账的“%s”行，不是一件申请，未导入\n",
                           "%s: %s is the ledger's '%s' row, not a request: passed over\n"),
                        name, w, total);
            continue;
        }
        /* the note: its own column's, then the other columns' values, each named */
        xbuf_reset(&note);
        xbuf_puts(&note, v[C_NOTE]);
        for (int i = 0; i < n && i < MAX_FIELDS; i++) {
            const char *cell = extra[i] && f[i].data ? unguard(cell_trim(f[i].data)) : "";
            if (*cell)
                xbuf_printf(&note, "%s%s：%s", note.len ? "\n" : "", extra[i], cell);
            blank &= !*cell;
        }
        if (note.failed) {
            rc = err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
            break;
        }
        if (blank)
            continue; /* an empty line */
        /* a row with none of the request's own fields: a line the one above ran onto, as a
         * ledger typed by hand has them */
        if (!*v[C_ID] && !*v[C_RECEIVED] && !*v[C_APPLICANT] && !*v[C_DESCRIPTION]) {
            rc = err_set(XXGK_EINVAL,
                         TR("%s %s没有编号、收到日期、申请人和申请内容，不是一件申请"
                            "（是上一行的续行？）：请把它的内容并入所属的申请，或删去这一行"
                            "（未导入任何申请）",
                            "%s: %s has no ID, date of receipt, applicant or "
                            "description, so is no request (the row above run on?): move what "
                            "it holds into its request's row, or delete it (nothing imported)"),
                         name, w);
            continue;
        }
        for (int c = 0; c < NCOLS && !rc; c++) /* (a column the import ignores may hold one) */
            if (sheet_error(v[c]))
                rc = err_set(XXGK_EINVAL,
                             TR("%s %s：第%d列（%s）是电子表格公式出错时显示的 %s，"
                                "不是登记的内容：请先在表格中改正（未导入任何申请）",
                                "%s: %s: column %d (%s) is %s, what a spreadsheet shows "
                                "when a formula fails, not what was recorded: correct it in "
                                "the sheet first (nothing imported)"),
                             name, w, col[c] + 1, import_cols[c], v[c]);
        if (rc)
            continue;
        const char *number, *field = register_sci_field(v[C_ID], v[C_APPLICANT_ID],
                                                        v[C_CONTACT], &number);
        if (field) {
            rc = err_set(XXGK_EINVAL,
                         TR("%s %s：%s“%s”是电子表格按数字保存的，末几位已经丢失：请把"
                            "该列设为文本，重新输入号码（未导入任何申请）",
                            "%s: %s: %s '%s' was kept by the spreadsheet as a number, its "
                            "last digits lost: make the column text and type the numbers again "
                            "(nothing imported)"),
                         name, w, field, number);
            continue;
        }
        xxgk_request r = {v[C_ID],      v[C_APPLICANT], v[C_TYPE],
                          *v[C_APPLICANT_ID] ? v[C_APPLICANT_ID] : NULL,
                          *v[C_CONTACT] ? v[C_CONTACT] : NULL,
                          v[C_CHANNEL], v[C_RECEIVED],  v[C_DESCRIPTION],
                          *v[C_FORM] ? v[C_FORM] : NULL,
                          note.len ? note.data : NULL};
        rc = xxgk_request_add(db, &r);
        if (!rc && *v[C_EVENTS])
            rc = replay(db, v[C_ID], v[C_EVENTS]); /* the history, outcome included */
        const char *dated_any = NULL; /* (the first column of those events this row fills) */
        for (size_t k = 0; k < NDATED && !dated_any; k++)
            dated_any = *v[dated[k].col] ? hdr[dated[k].col] : NULL;
        for (size_t k = 0; k < NPARTS && !dated_any; k++)
            dated_any = *v[dated_part[k].col] ? hdr[dated_part[k].col] : NULL;
        if (!rc && dated_any && *v[C_EVENTS]) /* (which to replay is not a guess) */
            rc = err_set(XXGK_EINVAL,
                         TR("申请 %s：events 列已记载其事项，又有%s等日期列：请只保留其一",
                            "request %s: the events column gives its events, and so does %s: "
                            "keep one of them"),
                         v[C_ID], dated_any);
        else if (!rc && dated_any)
            rc = ledger_events(db, v[C_ID], v, hdr, &gaps);
        int remarked = 0;
        if (!rc)
            rc = answered(db, v[C_ID], v[C_OUTCOME], v[C_CLOSED], &remarked);
        if (remarked) {
            if (!gaps.nremarked)
                xbuf_puts(&gaps.remark_shown, v[C_OUTCOME]);
            gap_add(&gaps.remarked, &gaps.nremarked, v[C_ID]);
        }
        if (rc) {
            rc = err_set(rc, TR("%s %s：%s（未导入任何申请）", "%s: %s: %s (nothing imported)"),
                         name, w, xxgk_error_last());
        } else {
            (*count)++;
            /* (an identity card number mistyped: imported, but said, as request add says it) */
            if (register_resident_id_wrong(v[C_TYPE], v[C_APPLICANT_ID])) {
                xbuf_printf(said,
                            TR("%s %s：申请 %s 的身份证号码校验位不符，请核对（xxgk request set ",
                               "%s: %s: request %s: the identity card number's check digit is "
                               "wrong: check it (xxgk request set "),
                            name, w, v[C_ID]);
                shell_word(said, v[C_ID], 0);
                xbuf_puts(said, TR(" applicant-id 号码）\n", " applicant-id NUMBER)\n"));
            }
        }
        /* answered late, with a note of an extension never recorded: how to record it */
        if (!rc)
            rc = extension_unrecorded(db, v[C_ID], note.data, name, w, said);
        /* answered, says another column, with no outcome to record it: open all the same,
         * and due to be overdue; said, lest the deadlines listed mislead */
        for (int i = 0; !rc && !*v[C_OUTCOME] && !*v[C_EVENTS] && i < n && i < MAX_FIELDS; i++) {
            const char *cell = extra[i] && f[i].data ? f[i].data : "";
            if (*cell && says_answered(extra[i], cell)) {
                xbuf_printf(said,
                            TR("%s %s：申请 %s 的“%s”为“%s”，但没有办理结果，导入后仍为"
                               "办理中：请记录其答复（request event %s reply 日期 --outcome "
                               "结果）\n",
                               "%s: %s: request %s has '%s' %s, but no outcome: it stays "
                               "open; record its reply (request event %s reply DATE --outcome "
                               "ROW)\n"),
                            name, w, v[C_ID], extra[i], cell, v[C_ID]);
                break;
            }
        }
    }
    if (ref->n > refused_before)
        refused_in(ref, name);
    if (!rc && ref->n > refused_before)
        rc = XXGK_EINVAL; /* (said by refusals_said, with the other tables' rows) */
    if (!rc)
        gaps_said(said, name, &gaps, hdr);
    xbuf_free(&gaps.no_days);
    xbuf_free(&gaps.no_approver);
    xbuf_free(&gaps.remarked);
    xbuf_free(&gaps.remark_shown);
    for (int c = 0; c < NCOLS; c++)
        free(hdr[c]);
    xbuf_free(&note);
    for (int i = 0; i < MAX_FIELDS; i++)
        free(extra[i]);
    return rc;
}

/* Whether the text from p to end holds nothing but empty cells. */
static int table_empty(const char *p, const char *end)
{
    while (p < end && (*p == ',' || *p == '\n' || *p == ' ' || *p == '\t'))
        p++;
    return p == end;
}

#define LEDGER_LIKE 3 /* required columns a sheet's header names to be read as a ledger */

/* Where sheet i of text (len bytes) ends: where the next begins. */
static const char *table_end(const sheet_list *s, size_t i, const char *text, size_t len)
{
    return i + 1 < s->n ? text + s->start[i + 1] : text + len;
}

/* The name messages give sheet `sheet` of file `name`, in label; NULL when memory ran out. */
static const char *sheet_label(xbuf *label, const char *name, const char *sheet)
{
    xbuf_reset(label);
    xbuf_printf(label, TR("%s 工作表“%s”", "%s, sheet '%s'"), name, sheet);
    return label->failed ? NULL : label->data;
}

int xxgk_request_import(xxgk_db *db, const char *data, size_t len, const char *name,
                        size_t *added, char **notes)
{
    *added = 0;
    if (notes)
        *notes = NULL;
    name = name ? name : "<input>";
    char *text;
    int rc = report_named_otherwise(name, data, len); /* (a failed download: a web page) */
    if (rc)
        return rc;
    if (len == 0)
        return err_set(XXGK_EEMPTY, TR("%s：文件是空的", "%s: the file is empty"), name);
    /* A register kept in Excel (.xlsx or .xls): its sheets, row for row (messages name Excel's
     * rows). */
    int zipped = len > 4 && memcmp(data, "PK\3\4", 4) == 0;
    char broken[128];
    zip_t *z = zipped ? package_open(data, len, broken, sizeof broken) : NULL;
    if (zipped && !z)
        return err_set(XXGK_EBINARY,
                       TR("%s：文件已损坏或不完整（zip：%s），读不出 Excel 工作簿",
                          "%s: damaged or cut short (zip: %s): no Excel workbook can be read"),
                       name, broken);
    int by_row =
        (z && zip_name_locate(z, XLSX_WORKBOOK_PART, 0) >= 0) || (!z && xls_is_xls(data, len));
    sheet_list sheets = {0};
    if (by_row) {
        xbuf b;
        xbuf_init(&b, 0);
        char msg[256];
        rc = z ? xlsx_to_text(&b, z, &sheets, msg, sizeof msg)
               : xls_to_text(&b, data, len, &sheets, msg, sizeof msg);
        if (z)
            zip_close(z);
        text = rc ? NULL : xbuf_steal(&b);
        xbuf_free(&b);
        if (rc || !text)
            return err_set(rc ? rc : XXGK_ENOMEM, TR("%s：%s", "%s: %s"), name,
                           rc ? msg : TR("内存不足", "out of memory"));
    } else {
        if (z)
            zip_close(z);
        rc = xxgk_text_decode(&text, data, len, NULL, name); /* UTF-8, GB18030, UTF-16 */
        if (rc < 0)
            return rc;
        /* Office systems "export to Excel" as a web page named .xls: its table, row for row */
        if (html_is_html(text, strlen(text))) {
            by_row = 1;
            if ((rc = html_rows(&text, name)) < 0) {
                free(text);
                return rc;
            }
        } else if (tab_separated(text) && (rc = tsv_rows(&text)) < 0) {
            free(text);
            return rc;
        }
    }
    /* CR LF as written by spreadsheets on Windows (where each sheet begins moving with it) */
    size_t k = 0, tlen = strlen(text), s = 0;
    for (size_t i = 0; i < tlen; i++) {
        for (; s < sheets.n && sheets.start[s] == i; s++)
            sheets.start[s] = k;
        if (!(text[i] == '\r' && i + 1 < tlen && text[i + 1] == '\n'))
            text[k++] = text[i];
    }
    for (; s < sheets.n; s++)
        sheets.start[s] = k;
    text[k] = '\0';
    xbuf f[MAX_FIELDS];
    for (int i = 0; i < MAX_FIELDS; i++)
        xbuf_init(&f[i], 1 << 20);
    size_t count = 0;
    rc = store_begin(&db->s);
    int begun = !rc;
    /* (the requests still open, before and after: those the import left open) */
    long long open_before = 0, open_after = 0;
    static const char open_sql[] = "SELECT count(*) FROM request WHERE status <> 'closed'";
    int got = rc ? 0 : store_int(&db->s, &open_before, open_sql);
    if (got < 0)
        rc = got;
    xbuf said; /* (the notes) */
    xbuf_init(&said, 0);
    refusals ref = {.code = XXGK_EINVAL};
    xbuf_init(&ref.said, 0);
    xbuf_init(&ref.first, 0);
    xbuf_init(&ref.table, 0);
    if (!rc && sheets.n <= 1) {
        rc = import_table(db, text, text + k, by_row, name, f, &count, &said, &ref);
    } else if (!rc) {
        /* A workbook of several sheets: each whose header names a ledger's columns is read (a
         * year a sheet), the others (说明, 统计) passed over and said so; none such, the first
         * with anything in it is read, to say what its header lacks. */
        xbuf passed, label;
        xbuf_init(&passed, 0);
        xbuf_init(&label, 0);
        size_t read = 0, first = sheets.n;
        for (size_t i = 0; i < sheets.n && !rc; i++) {
            const char *a = text + sheets.start[i], *e = table_end(&sheets, i, text, k);
            if (table_empty(a, e))
                continue;
            first = first < i ? first : i;
            unsigned line, row;
            int required;
            find_header(a, e, f, 1, &line, &row, &required);
            const char *lb = sheet_label(&label, name, sheets.name[i]);
            if (!lb) {
                rc = err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
            } else if (required >= LEDGER_LIKE) {
                int before = ref.n;
                rc = import_table(db, a, e, 1, lb, f, &count, &said, &ref);
                read++;
                /* (a sheet's header refused is said as its rows would be, and the other
                 * sheets are read on, until more than ROWS_REFUSED_SAID are refused) */
                if (row_fault(rc) && ref.n == before) {
                    row_refused(&ref, rc);
                    refused_in(&ref, lb);
                }
                if (row_fault(rc) && ref.n <= ROWS_REFUSED_SAID)
                    rc = 0;
            } else {
                xbuf_printf(&passed,
                            TR("%s：表头不是台账的（没有编号、收到日期、申请人等列），未导入\n",
                               "%s: its header is no ledger's (no id, received, applicant ... "
                               "columns): not imported\n"),
                            lb);
            }
        }
        if (!rc && !read) { /* (every sheet empty: the whole, to say it has no header) */
            int any = first < sheets.n;
            const char *lb = any ? sheet_label(&label, name, sheets.name[first]) : name;
            rc = !lb ? err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"))
                     : import_table(db, any ? text + sheets.start[first] : text,
                                    any ? table_end(&sheets, first, text, k) : text + k, 1, lb,
                                    f, &count, &said, &ref);
        }
        if (read && passed.len) { /* (the sheets passed over first) */
            xbuf_puts(&passed, said.data ? said.data : "");
            xbuf_free(&said);
            said = passed;
        } else {
            xbuf_free(&passed);
        }
        xbuf_free(&label);
    }
    if (ref.n && (!rc || row_fault(rc))) /* (every row refused, of every table, said) */
        rc = refusals_said(&ref, name);
    xbuf_free(&ref.said);
    xbuf_free(&ref.first);
    xbuf_free(&ref.table);
    if (!rc && (got = store_int(&db->s, &open_after, open_sql)) < 0)
        rc = got;
    if (!rc && open_after > open_before) /* (what the ledger left to do: the deadlines run on) */
        xbuf_printf(&said,
                    TR("%s：导入的 %zu 件申请中，%lld 件尚未办结（request due 列出其期限）\n",
                       "%s: of the %zu requests imported, %lld are still open ('request due' "
                       "lists their deadlines)\n"),
                    name, count, open_after - open_before);
    if (!rc && said.failed)
        rc = err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    if (!rc && notes && said.len)
        *notes = xbuf_steal(&said);
    xbuf_free(&said);
    if (begun)
        rc = store_end(&db->s, rc);
    for (int i = 0; i < MAX_FIELDS; i++)
        xbuf_free(&f[i]);
    free(text);
    if (!rc)
        *added = count;
    else if (notes) {
        free(*notes);
        *notes = NULL;
    }
    return rc;
}
