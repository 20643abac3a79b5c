/* The writers: the JSON contract's shape, CSV columns, the SQLite table, the text of findings,
 * the writer table. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "support.h"
#include "util/buf.h"

static void test_json_shape(void **state)
{
    (void)state;
    xxgk_report *r = load_fixture("report-2021-tabs.txt");
    xxgk_findings *f = check_report(r);
    char *out = NULL;
    assert_int_equal(xxgk_write_report("json", r, f, sink_str, &out), 0);
    /* one line, ending in a newline: JSON Lines when there are several */
    assert_non_null(strchr(out, '\n'));
    assert_int_equal(strchr(out, '\n')[1], '\0');
    json_t *j = json_loads(out, 0, NULL);
    assert_non_null(j);
    json_t *req = json_object_get(j, "requests");
    assert_int_equal(json_array_size(json_object_get(req, "withheld")), 8);
    assert_int_equal(json_array_size(json_object_get(req, "unable")), 3);
    assert_int_equal(json_array_size(json_object_get(req, "not_processed")), 5);
    assert_int_equal(json_array_size(json_object_get(req, "other")), 3);
    assert_int_equal(json_array_size(json_object_get(req, "new")), 7);
    assert_true(json_is_integer(json_object_get(json_object_get(j, "active"), "licensing")));
    assert_true(json_is_real(json_object_get(json_object_get(j, "active"), "fees_wan_yuan")));
    assert_int_equal(json_array_size(json_object_get(j, "sections")), 6);
    assert_int_equal(json_array_size(json_object_get(j, "diagnostics")), 0);
    /* narrative with the report's own full-width punctuation, not the folded ASCII */
    assert_string_equal(json_string_value(json_object_get(j, "preamble")),
                        "本报告根据《中华人民共和国政府信息公开条例》编制，统计期限自2024年1月1日"
                        "至2024年12月31日。");
    /* provenance: every figure's source line, column and literal text */
    json_t *prov = json_object_get(j, "provenance");
    assert_string_equal(json_string_value(json_object_get(prov, "layout")), "tabs");
    json_t *cells = json_object_get(prov, "cells");
    int seen = 0;
    for (size_t i = 0; i < json_array_size(cells); i++) {
        json_t *c = json_array_get(cells, i);
        if (strcmp(json_string_value(json_object_get(c, "path")), "requests.new[0]") == 0) {
            assert_int_equal(json_integer_value(json_object_get(c, "line")), 31);
            assert_string_equal(json_string_value(json_object_get(c, "raw")), "20");
            assert_string_equal(json_string_value(json_object_get(c, "kind")), "number");
            seen = 1;
        }
    }
    assert_true(seen);
    assert_int_equal(json_array_size(cells), 10 + 175 + 15);
    json_decref(j);
    free(out);
    xxgk_findings_free(f);
    xxgk_report_free(r);
}

/* A section's commas and brackets are given back full-width, each three bytes for one: a long
 * section of them (every real overview) is in the JSON whole, never left out. */
static void test_json_long_section(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    xbuf para;
    xbuf_init(&para, 0);
    for (int i = 0; i < 400; i++)
        xbuf_puts(&para, "公开，");
    const char *from = "一、总体情况\n";
    char *to = malloc(strlen(from) + para.len + 2);
    assert_non_null(to);
    sprintf(to, "%s%s\n", from, para.data);
    char *t = replace(text, from, to);
    xxgk_report *r = read_text(t, strlen(t));
    char *out = NULL;
    assert_int_equal(xxgk_write_report("json", r, NULL, sink_str, &out), 0);
    json_t *j = json_loads(out, 0, NULL);
    json_t *secs = json_object_get(j, "sections");
    assert_int_equal(json_array_size(secs), 6);
    const char *got = json_string_value(json_object_get(json_array_get(secs, 0), "text"));
    assert_non_null(got);
    assert_int_equal(strncmp(got, para.data, para.len), 0);
    json_decref(j);
    free(out);
    xxgk_report_free(r);
    free(t);
    free(to);
    xbuf_free(&para);
    free(text);
}

/* Index of a CSV column by name in a header line; -1 if absent. */
static int column(const char *header, const char *name)
{
    int i = 0;
    size_t l = strlen(name);
    for (const char *p = header; p && *p; i++) {
        if (strncmp(p, name, l) == 0 && (p[l] == ',' || p[l] == '\n'))
            return i;
        p = strchr(p, ',');
        p = p ? p + 1 : NULL;
    }
    return -1;
}

static const char *field(const char *line, int index, char *buf, size_t cap)
{
    const char *p = line;
    for (int i = 0; i < index && p; i++) {
        p = strchr(p, ',');
        p = p ? p + 1 : NULL;
    }
    assert_non_null(p);
    size_t n = strcspn(p, ",\n");
    snprintf(buf, cap, "%.*s", (int)n, p);
    return buf;
}

static void test_csv(void **state)
{
    (void)state;
    char *head = NULL;
    assert_int_equal(xxgk_write_header("csv", sink_str, &head), 0);
    assert_int_equal(strncmp(head, "file,agency,year,format,published,posted,", 41), 0);
    int ncols = 1;
    for (const char *p = head; *p; p++)
        ncols += *p == ',';
    const char *names[] = {"report-2021-tabs.txt", "report-2019-tabs.txt"};
    char buf[64];
    for (int i = 0; i < 2; i++) {
        xxgk_report *r = load_fixture(names[i]);
        char *row = NULL;
        assert_int_equal(xxgk_write_report("csv", r, NULL, sink_str, &row), 0);
        int n = 1;
        for (const char *p = row; *p; p++)
            n += *p == ',';
        assert_int_equal(n, ncols);
        assert_string_equal(field(row, column(head, "requests.new.natural"), buf, sizeof buf),
                            "20");
        assert_string_equal(
            field(row, column(head, "active.licensing.decisions"), buf, sizeof buf), "120");
        if (i == 0) {
            assert_string_equal(
                field(row, column(head, "active.fees_wan_yuan.wan_yuan"), buf, sizeof buf),
                "12.5");
            assert_string_equal(field(row, column(head, "requests.other.3.total"), buf,
                                      sizeof buf), "2");
            assert_string_equal(field(row, column(head, "requests_other_rows"), buf, sizeof buf),
                                "3");
        } else {
            assert_string_equal(
                field(row, column(head, "active.licensing.change"), buf, sizeof buf), "-2");
            assert_string_equal(field(row, column(head, "requests.other.1.total"), buf,
                                      sizeof buf), "3");
            assert_string_equal(field(row, column(head, "requests_other_rows"), buf, sizeof buf),
                                "1");
            assert_string_equal(field(row, column(head, "active.fees_wan_yuan.wan_yuan"), buf,
                                      sizeof buf), "");
        }
        /* as a whole output: the header, then the row */
        char *doc = NULL;
        assert_int_equal(xxgk_write_document("csv", r, NULL, sink_str, &doc), 0);
        assert_int_equal(strncmp(doc, head, strlen(head)), 0);
        assert_string_equal(doc + strlen(head), row);
        free(doc);
        free(row);
        xxgk_report_free(r);
    }
    /* a missing sub-row of （六） is still a row of JSON's requests.other, with null figures */
    char *text = fixture("report-2021-tabs.txt", NULL);
    char *cut = drop_line(text, "2.申请人逾期未按收费通知要求缴纳费用");
    xxgk_report *r = read_text(cut, strlen(cut));
    char *row = NULL;
    assert_int_equal(xxgk_write_report("csv", r, NULL, sink_str, &row), 0);
    assert_string_equal(field(row, column(head, "requests_other_rows"), buf, sizeof buf), "3");
    assert_string_equal(field(row, column(head, "requests.other.2.total"), buf, sizeof buf), "");
    free(row);
    xxgk_report_free(r);
    free(cut);
    free(text);
    /* a file name in GB18030 (a Chinese Windows' disk or zip) is shown as its characters; one
     * neither UTF-8 nor GB18030 keeps the bytes' place as U+FFFD: the table stays UTF-8,
     * quoting intact */
    xxgk_read_options ro = {.name = "lat\xffin,\"x\".txt"};
    assert_int_equal(xxgk_report_read(&r, "x\n", 2, &ro), 0);
    row = NULL;
    assert_int_equal(xxgk_write_report("csv", r, NULL, sink_str, &row), 0);
    const char *want = "\"lat\xEF\xBF\xBDin,\"\"x\"\".txt\",";
    assert_int_equal(strncmp(row, want, strlen(want)), 0);
    free(row);
    xxgk_report_free(r);
    ro.name = "\xbd\xbb\xcd\xa8" "2024.txt";
    assert_int_equal(xxgk_report_read(&r, "x\n", 2, &ro), 0);
    assert_string_equal(xxgk_report_name(r), "交通2024.txt");
    xxgk_report_free(r);
    /* a file that could not be read keeps its row, with why: in the table of reports the name
     * and the error, every figure empty; among findings one row of file-unreadable */
    row = NULL;
    assert_int_equal(xxgk_write_unreadable("csv", "a,b.txt", "a,b.txt: the file is empty", 0,
                                           sink_str, &row),
                     0);
    assert_int_equal(strncmp(row, "\"a,b.txt\",,,,,,,,,the file is empty,,", 37), 0);
    int commas = 0;
    for (const char *p = row; *p; p++)
        commas += *p == ',';
    assert_int_equal(commas, ncols - 1 + 1); /* (one inside the quoted name) */
    free(row);
    row = NULL;
    assert_int_equal(xxgk_write_unreadable("csv", "x.png", "x.png: an image", 1, sink_str, &row),
                     0);
    assert_string_equal(row, "x.png,,,file-unreadable,reader,error,,,,an image,,,\n");
    free(row);
    /* a Chinese message's "file：" goes too */
    row = NULL;
    assert_int_equal(xxgk_write_unreadable("csv", "x.png", "x.png：图片", 1, sink_str, &row), 0);
    assert_string_equal(row, "x.png,,,file-unreadable,reader,error,,,,图片,,,\n");
    free(row);
    assert_non_null(xxgk_rule_find("file-unreadable"));
    /* no report in it: year and rows unknown, empty as unknown figures are */
    r = read_text("会议纪要\n", 13);
    row = NULL;
    assert_int_equal(xxgk_write_report("csv", r, NULL, sink_str, &row), 0);
    assert_string_equal(field(row, column(head, "year"), buf, sizeof buf), "");
    assert_string_equal(field(row, column(head, "format"), buf, sizeof buf), "other");
    assert_string_equal(field(row, column(head, "requests_other_rows"), buf, sizeof buf), "");
    free(row);
    xxgk_report_free(r);
    free(head);
    char *none = NULL;
    assert_int_equal(xxgk_write_document("text", NULL, NULL, sink_str, &none), XXGK_EINVAL);
    assert_null(none);
}

/* The SQLite writer: the CSV table as a database file, figures as numbers, empty as NULL. */
static void test_sqlite_table(void **state)
{
    (void)state;
    xxgk_report *a = load_fixture("report-2021-tabs.txt");
    xxgk_report *b = load_fixture("report-2019-tabs.txt");
    bytes gathered = {NULL, 0}, file = {NULL, 0};
    assert_int_equal(xxgk_write_header("sqlite", sink_bytes, &gathered), 0);
    assert_int_equal(xxgk_write_report("sqlite", a, NULL, sink_bytes, &gathered), 0);
    assert_int_equal(xxgk_write_report("sqlite", b, NULL, sink_bytes, &gathered), 0);
    assert_int_equal(xxgk_write_finish("sqlite", gathered.data, gathered.len, sink_bytes, &file),
                     0);
    assert_true(file.len > 100 && memcmp(file.data, "SQLite format 3", 15) == 0);
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
    unsigned char *copy = sqlite3_malloc64(file.len);
    assert_non_null(copy);
    memcpy(copy, file.data, file.len);
    assert_int_equal(sqlite3_deserialize(db, "main", copy, (sqlite3_int64)file.len,
                                         (sqlite3_int64)file.len,
                                         SQLITE_DESERIALIZE_FREEONCLOSE |
                                             SQLITE_DESERIALIZE_READONLY),
                     SQLITE_OK);
    static const struct {
        const char *sql, *want;
    } q[] = {
        {"SELECT count(*) FROM reports", "2"},
        {"SELECT agency || '|' || typeof(year) || year || '|' || format FROM reports "
         "WHERE format = '2021'", "测试市交通运输局|integer2024|2021"},
        {"SELECT typeof(\"requests.new.total\") || \"requests.new.total\" FROM reports "
         "WHERE year = 2024", "integer29"},
        {"SELECT \"active.fees_wan_yuan.wan_yuan\" FROM reports WHERE year = 2024", "12.5"},
        {"SELECT typeof(\"active.fees_wan_yuan.wan_yuan\") FROM reports WHERE year = 2019",
         "null"},
        {"SELECT sum(\"requests.total.total\") FROM reports", "58"},
    };
    for (size_t i = 0; i < sizeof q / sizeof q[0]; i++) {
        sqlite3_stmt *st = NULL;
        assert_int_equal(sqlite3_prepare_v2(db, q[i].sql, -1, &st, NULL), SQLITE_OK);
        assert_int_equal(sqlite3_step(st), SQLITE_ROW);
        assert_string_equal((const char *)sqlite3_column_text(st, 0), q[i].want);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    free(file.data);
    free(gathered.data);
    xxgk_report_free(a);
    xxgk_report_free(b);
}

static void test_findings_writers(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    char *t = replace(text, "2\t1\t0\t1\t4\t1", "2\t1\t0\t1\t5\t1");
    xxgk_report *r = read_text(t, strlen(t));
    xxgk_findings *f = check_report(r);
    char *out = NULL;
    assert_int_equal(xxgk_write_findings("text", "a.txt", r, f, sink_str, &out), 0);
    assert_string_equal(out, "a.txt：测试市交通运输局 2024年度，2021年格式，"
                             "1 个错误，0 个警告，0 个提示\n"
                             "  a.txt:62: 错误 [arith-review-total] "
                             "行政复议或行政诉讼的总计不等于各项结果之和\n"
                             "      行政复议：结果维持 2 + 结果纠正 1 + 其他结果 0 + 尚未审结 1 = "
                             "4，但总计为 5\n");
    free(out);
    out = NULL;
    assert_int_equal(xxgk_write_findings("json", "a.txt", r, f, sink_str, &out), 0);
    json_t *j = json_loads(out, 0, NULL);
    json_t *x = json_array_get(json_object_get(j, "findings"), 0);
    assert_string_equal(json_string_value(json_object_get(x, "rule")), "arith-review-total");
    assert_string_equal(json_string_value(json_object_get(x, "category")), "arithmetic");
    assert_string_equal(json_string_value(json_object_get(x, "severity")), "error");
    assert_int_equal(json_integer_value(json_object_get(x, "line")), 62);
    assert_string_equal(json_string_value(json_object_get(j, "format")), "2021");
    json_decref(j);
    free(out);
    /* CSV: a header, then a row a finding */
    out = NULL;
    assert_int_equal(xxgk_write_findings_header("csv", sink_str, &out), 0);
    assert_int_equal(xxgk_write_findings("csv", "a.txt", r, f, sink_str, &out), 0);
    assert_string_equal(out,
                        "file,previous,format,rule,category,severity,line,column,page,message,"
                        "evidence,agency,year\n"
                        "a.txt,,2021,arith-review-total,arithmetic,error,62,,,"
                        "行政复议或行政诉讼的总计不等于各项结果之和,"
                        "行政复议：结果维持 2 + 结果纠正 1 + 其他结果 0 + 尚未审结 1 = "
                        "4，但总计为 5,测试市交通运输局,2024\n");
    free(out);
    out = NULL;
    /* the writer table refuses what a writer cannot do */
    assert_int_equal(xxgk_write_findings("md", "a.txt", r, f, sink_str, &out), XXGK_EINVAL);
    assert_int_equal(xxgk_write_report("text", r, f, sink_str, &out), XXGK_EINVAL);
    assert_int_equal(xxgk_write_report("nope", r, f, sink_str, &out), XXGK_EINVAL);
    xxgk_findings_free(f);
    xxgk_report_free(r);
    free(t);
    free(text);
}

int main(void)
{
    xxgk_lang_set(XXGK_LANG_EN); /* the messages asserted here are the English ones */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_json_shape),
        cmocka_unit_test(test_json_long_section),
        cmocka_unit_test(test_csv),
        cmocka_unit_test(test_findings_writers),
        cmocka_unit_test(test_sqlite_table),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
