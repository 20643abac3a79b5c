/* Totals (汇总): reports added up cell by cell, one total per year and format; repeats counted
 * once, figures lacking and （六） printed as one row said, the total's arithmetic traced back to
 * the reports that break it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "support.h"

#define AGENCY "测试市交通运输局"

/* The fixture's text with `from` replaced by `to` everywhere (twice at most: title and
 * signature). */
static char *variant(const char *text, const char *from, const char *to)
{
    char *a = replace(text, from, to);
    char *b = strstr(a, from) ? replace(a, from, to) : strdup(a);
    free(a);
    return b;
}

static xxgk_report *read_named(const char *text, const char *name)
{
    xxgk_read_options ro = {.name = name};
    xxgk_report *r = NULL;
    assert_int_equal(xxgk_report_read(&r, text, strlen(text), &ro), 0);
    return r;
}

/* Add text, read as `name` and checked (as a reader on several threads does), and return what
 * the total did with it. */
static xxgk_total_outcome add(xxgk_total *t, const char *text, const char *name)
{
    xxgk_report *r = read_named(text, name);
    xxgk_findings *f = check_report(r);
    xxgk_total_outcome how = XXGK_TOTAL_NO_TABLES;
    assert_int_equal(xxgk_total_add(t, r, f, &how), 0);
    xxgk_findings_free(f);
    xxgk_report_free(r);
    return how;
}

/* text as the report of agency 测试市第i局 in file "i.txt", for i in [0, n) (every one counted). */
static void add_agencies(xxgk_total *t, const char *text, int n)
{
    for (int i = 0; i < n; i++) {
        char agency[64], name[32];
        snprintf(agency, sizeof agency, "测试市第%d局", i);
        char *v = variant(text, AGENCY, agency);
        snprintf(name, sizeof name, "%d.txt", i);
        assert_int_equal(add(t, v, name), XXGK_TOTAL_COUNTED);
        free(v);
    }
}

static const xxgk_row_spec *row_of(xxgk_format_id fmt, xxgk_table_id t, const char *key,
                                   int index)
{
    const xxgk_table_spec *ts = &xxgk_format_get(fmt)->tables[t];
    for (int i = 0; i < ts->nrows; i++)
        if (strcmp(ts->rows[i].key, key) == 0 && ts->rows[i].index == index)
            return &ts->rows[i];
    fail_msg("no row %s[%d]", key, index);
    return NULL;
}

static double cell(const xxgk_report *r, xxgk_table_id t, const char *key, int index, int col)
{
    const xxgk_row_spec *row = row_of(xxgk_report_format(r), t, key, index);
    const xxgk_cell *c = xxgk_report_cell(r, (size_t)(row->first_cell + col));
    return xxgk_cell_known(c) ? c->value : NAN;
}

static void assert_figure(double got, double want)
{
    if (!(got == want))
        fail_msg("figure %.17g, not %.17g", got, want);
}

/* Total 0 of t as a report, named by no agency. */
static xxgk_report *total_of(const xxgk_total *t)
{
    xxgk_report *sum = NULL;
    assert_int_equal(xxgk_total_report(&sum, t, 0, NULL), 0);
    return sum;
}

/* Free what a test of a total made (f may be NULL). */
static void release(xxgk_total *t, xxgk_report *sum, xxgk_findings *f)
{
    xxgk_findings_free(f);
    xxgk_report_free(sum);
    xxgk_total_free(t);
}

/* Findings of total i (in English, for the evidence's wording). */
static xxgk_findings *total_findings(const xxgk_total *t, size_t i, const xxgk_report *sum)
{
    xxgk_check_options o = {XXGK_LANG_EN, XXGK_AGENCY_AUTO};
    xxgk_findings *f = NULL;
    assert_int_equal(xxgk_total_check(&f, t, i, sum, &o), 0);
    return f;
}

static void test_cells_added(void **state)
{
    (void)state;
    char *a = fixture("report-2021-tabs.txt", NULL);
    char *b0 = variant(a, AGENCY, "测试市财政局");
    char *a1 = replace(a, "行政事业性收费	12.5", "行政事业性收费	0.1");
    char *b1 = replace(b0, "行政事业性收费	12.5", "行政事业性收费	0.2");
    char *b = replace(b1, "行政许可	120", "行政许可	1880");
    xxgk_total *t;
    assert_int_equal(xxgk_total_new(&t), 0);
    assert_int_equal(add(t, a1, "a.txt"), XXGK_TOTAL_COUNTED);
    assert_int_equal(add(t, b, "b.txt"), XXGK_TOTAL_COUNTED);
    assert_int_equal(xxgk_total_count(t), 1);
    assert_int_equal(xxgk_total_year(t, 0), 2024);
    assert_int_equal(xxgk_total_format(t, 0), XXGK_FORMAT_2021);
    assert_int_equal(xxgk_total_reports(t, 0), 2);
    assert_int_equal(xxgk_total_member_count(t, 0), 2);
    const xxgk_total_member *m = xxgk_total_member_at(t, 0, 1);
    assert_string_equal(m->file, "b.txt");
    assert_string_equal(m->agency, "测试市财政局");
    assert_null(m->lacking);
    assert_null(m->repeats);
    assert_null(m->same_agency);
    assert_null(xxgk_total_member_at(t, 0, 2));
    assert_null(xxgk_total_member_at(t, 1, 0));

    xxgk_report *sum;
    assert_int_equal(xxgk_total_report(&sum, t, 0, "测试市"), 0);
    assert_int_equal(xxgk_report_summed(sum), 2);
    assert_string_equal(xxgk_report_agency(sum), "测试市");
    assert_int_equal(xxgk_report_year(sum), 2024);
    assert_figure(cell(sum, XXGK_TABLE_ACTIVE, "licensing", -1, 0), 2000);
    assert_figure(cell(sum, XXGK_TABLE_ACTIVE, "normative", -1, 2), 80);
    assert_figure(cell(sum, XXGK_TABLE_REQUESTS, "new", -1, 0), 40);
    assert_figure(cell(sum, XXGK_TABLE_REQUESTS, "new", -1, 6), 58);
    assert_figure(cell(sum, XXGK_TABLE_REQUESTS, "withheld", 3, 1), 2);
    assert_figure(cell(sum, XXGK_TABLE_REQUESTS, "other", 2, 2), 2);
    assert_figure(cell(sum, XXGK_TABLE_REVIEW, "litigation_after_review", -1, 4), 4);
    /* the group of （六） stays absent when every report prints its sub-rows */
    assert_true(isnan(cell(sum, XXGK_TABLE_REQUESTS, "other", -1, 0)));

    /* money to the millionth of a 万元: 0.1 + 0.2 is 0.3, not 0.30000000000000004 */
    assert_true(cell(sum, XXGK_TABLE_ACTIVE, "fees_wan_yuan", -1, 0) == 0.3);
    json_t *j = report_json(sum);
    assert_int_equal(json_integer_value(json_object_get(j, "summed")), 2);
    json_t *from = json_object_get(j, "summed_from");
    assert_int_equal(json_array_size(from), 2);
    assert_string_equal(json_string_value(json_object_get(json_array_get(from, 1), "file")),
                        "b.txt");
    assert_string_equal(json_string_value(json_object_get(json_array_get(from, 1), "agency")),
                        "测试市财政局");
    assert_string_equal(json_string_value(json_object_get(j, "title")),
                        "测试市2024年政府信息公开工作年度报告（汇总）");
    json_decref(j);

    /* both reports add up, so the total does too */
    xxgk_findings *f = total_findings(t, 0, sum);
    assert_int_equal(xxgk_findings_count(f), 0);
    release(t, sum, f);
    free(a);
    free(a1);
    free(b0);
    free(b1);
    free(b);
}

static void test_repeats_and_same_agency(void **state)
{
    (void)state;
    char *a = fixture("report-2021-tabs.txt", NULL);
    char *other = replace(a, "行政许可	120", "行政许可	121");
    xxgk_total *t;
    assert_int_equal(xxgk_total_new(&t), 0);
    assert_int_equal(add(t, a, "甲局.docx"), XXGK_TOTAL_COUNTED);
    /* the same report as a second file (the PDF of the .docx): counted once */
    assert_int_equal(add(t, a, "甲局.pdf"), XXGK_TOTAL_REPEATED);
    /* the same agency and year with another figure: counted, and said */
    assert_int_equal(add(t, other, "甲局-修订.txt"), XXGK_TOTAL_COUNTED);
    assert_int_equal(xxgk_total_reports(t, 0), 2);
    assert_int_equal(xxgk_total_member_count(t, 0), 3);
    assert_string_equal(xxgk_total_member_at(t, 0, 1)->repeats, "甲局.docx");
    assert_null(xxgk_total_member_at(t, 0, 1)->same_agency);
    assert_null(xxgk_total_member_at(t, 0, 2)->repeats);
    assert_string_equal(xxgk_total_member_at(t, 0, 2)->same_agency, "甲局.docx");

    xxgk_report *sum = total_of(t);
    assert_null(xxgk_report_agency(sum));
    /* the reports it adds up, the repeat not among them */
    const char *agency = NULL;
    assert_string_equal(xxgk_report_summed_from(sum, 0, &agency), "甲局.docx");
    assert_string_equal(agency, AGENCY);
    assert_string_equal(xxgk_report_summed_from(sum, 1, NULL), "甲局-修订.txt");
    assert_null(xxgk_report_summed_from(sum, 2, &agency));
    assert_null(agency);
    assert_figure(cell(sum, XXGK_TABLE_ACTIVE, "licensing", -1, 0), 241);
    assert_figure(cell(sum, XXGK_TABLE_REQUESTS, "new", -1, 6), 58);
    xxgk_findings *f = total_findings(t, 0, sum);
    char ev[512];
    assert_int_equal(xxgk_findings_count(f), 2);
    assert_int_equal(count_rule(f, "total-repeated", ev, sizeof ev), 1);
    assert_string_equal(ev, "甲局.pdf repeats 甲局.docx (" AGENCY ", 2024, the same figures): "
                            "counted once");
    assert_int_equal(count_rule(f, "total-same-agency", ev, sizeof ev), 1);
    assert_string_equal(ev, "甲局-修订.txt and 甲局.docx are both " AGENCY "'s report for 2024, "
                            "with other figures: both counted");
    release(t, sum, f);
    free(a);
    free(other);
}

/* A copy of one report lacking figures the other gives (a crawled page's text where cells ran
 * together): counted once, in either order, the figures one lacks taken from the other. */
static const char one_row_other[] =
    "	（六）其他处理		2	0	1	0	0	0	3\n";

/* A total of two copies of one report, the first counted, the second a repeat of it that
 * completed `completed` of its figures. */
static xxgk_total *copies(const char *first, const char *second, size_t completed)
{
    xxgk_total *t;
    assert_int_equal(xxgk_total_new(&t), 0);
    assert_int_equal(add(t, first, "first.html"), XXGK_TOTAL_COUNTED);
    assert_int_equal(add(t, second, "second.txt"), XXGK_TOTAL_REPEATED);
    assert_int_equal(xxgk_total_reports(t, 0), 1);
    const xxgk_total_member *m = xxgk_total_member_at(t, 0, 1);
    assert_string_equal(m->repeats, "first.html");
    assert_int_equal(m->completed, completed);
    return t;
}

static void test_copy_lacking(void **state)
{
    (void)state;
    char *a = fixture("report-2021-tabs.txt", NULL);
    char *lacking = replace(a, "行政许可\t120", "行政许可\t一百二");
    for (int order = 0; order < 2; order++) {
        xxgk_total *t = copies(order ? lacking : a, order ? a : lacking, order ? 1 : 0);
        xxgk_report *sum = total_of(t);
        assert_figure(cell(sum, XXGK_TABLE_ACTIVE, "licensing", -1, 0), 120);
        assert_figure(cell(sum, XXGK_TABLE_REQUESTS, "new", -1, 6), 29);
        xxgk_findings *f = total_findings(t, 0, sum);
        char ev[512];
        assert_int_equal(count_rule(f, "total-lacking", NULL, 0), 0); /* (completed) */
        assert_int_equal(count_rule(f, "total-repeated", ev, sizeof ev), 1);
        assert_string_equal(ev, order ? "second.txt repeats first.html (" AGENCY ", 2024, the same "
                                        "figures where both give one, one lacking some): "
                                        "counted once (figures the other lacks taken from it: 1)"
                                      : "second.txt repeats first.html (" AGENCY ", 2024, the same "
                                        "figures where both give one, the first lacking some): "
                                        "counted once");
        release(t, sum, f);
    }
    /* a third copy after a report its copy completed is a repeat too, whatever the order */
    static const int orders[3][3] = {{1, 0, 2}, {0, 2, 1}, {1, 2, 0}};
    for (int o = 0; o < 3; o++) {
        const char *texts[3] = {a, lacking, a};
        xxgk_total *t;
        assert_int_equal(xxgk_total_new(&t), 0);
        for (int k = 0; k < 3; k++) {
            char name[16];
            snprintf(name, sizeof name, "%d.txt", k);
            assert_int_equal(add(t, texts[orders[o][k]], name),
                             k ? XXGK_TOTAL_REPEATED : XXGK_TOTAL_COUNTED);
        }
        assert_int_equal(xxgk_total_reports(t, 0), 1);
        xxgk_report *sum = total_of(t);
        assert_figure(cell(sum, XXGK_TABLE_ACTIVE, "licensing", -1, 0), 120);
        release(t, sum, NULL);
    }
    /* a copy completing some of what the other lacks: the rest is still said lacking */
    char *both = replace(lacking, "行政处罚\t35", "行政处罚\t三十五");
    char *penalty = replace(a, "行政处罚\t35", "行政处罚\t三十五");
    xxgk_total *pt;
    assert_int_equal(xxgk_total_new(&pt), 0);
    assert_int_equal(add(pt, both, "first.html"), XXGK_TOTAL_COUNTED);
    assert_int_equal(xxgk_total_member_at(pt, 0, 0)->nlacking, 2);
    assert_int_equal(add(pt, penalty, "second.txt"), XXGK_TOTAL_REPEATED);
    const xxgk_total_member *first = xxgk_total_member_at(pt, 0, 0);
    assert_int_equal(first->nlacking, 1);
    assert_string_equal(first->lacking, "active.penalty");
    xxgk_report *psum = total_of(pt);
    xxgk_findings *pf = total_findings(pt, 0, psum);
    char pev[512];
    assert_int_equal(count_rule(pf, "total-lacking", pev, sizeof pev), 1);
    assert_string_equal(pev, "first.html (" AGENCY ") lacks 1 figure: 第二十条第（六）项 行政处罚");
    release(pt, psum, pf);
    free(both);
    free(penalty);
    /* another figure where both give one: two reports, as before */
    char *other = replace(lacking, "行政处罚\t35", "行政处罚\t36");
    xxgk_total *t;
    assert_int_equal(xxgk_total_new(&t), 0);
    assert_int_equal(add(t, a, "first.html"), XXGK_TOTAL_COUNTED);
    assert_int_equal(add(t, other, "second.txt"), XXGK_TOTAL_COUNTED);
    release(t, NULL, NULL);
    free(a);
    free(lacking);
    free(other);
}

/* A copy lacking a figure of （六）其他处理, given first: the figure is taken from the other copy
 * all the same (it was not, the rows of （六） being left out of completing); and a copy
 * printing no （六） at all takes its shape from a copy printing it as one row.  The total is
 * the same whichever comes first. */
static void test_copy_lacking_other(void **state)
{
    (void)state;
    char *a = fixture("report-2021-tabs.txt", NULL);
    char *lacking = replace(a, "3.其他\t1\t0\t1\t0\t0\t0\t2", "3.其他\t1\t0\t1\t0\t0\t0\t无");
    for (int order = 0; order < 2; order++) {
        xxgk_total *t = copies(order ? a : lacking, order ? lacking : a, order ? 0 : 1);
        assert_null(xxgk_total_member_at(t, 0, 0)->lacking);
        xxgk_report *sum = total_of(t);
        assert_figure(cell(sum, XXGK_TABLE_REQUESTS, "other", 2, 6), 2);
        assert_figure(cell(sum, XXGK_TABLE_REQUESTS, "total", -1, 6), 29);
        xxgk_findings *f = total_findings(t, 0, sum);
        char ev[512];
        assert_int_equal(count_rule(f, "total-lacking", NULL, 0), 0);
        assert_int_equal(count_rule(f, "arith-outcomes", NULL, 0), 0);
        assert_int_equal(count_rule(f, "total-repeated", ev, sizeof ev), 1);
        assert_string_equal(ev, order ? "second.txt repeats first.html (" AGENCY ", 2024, the same "
                                        "figures where both give one, the first lacking some): "
                                        "counted once"
                                      : "second.txt repeats first.html (" AGENCY ", 2024, the same "
                                        "figures where both give one, one lacking some): "
                                        "counted once (figures the other lacks taken from it: 1)");
        release(t, sum, f);
    }
    /* no （六） printed, and （六） printed as one row */
    char *none0 = drop_line(a, "2.申请人逾期未按收费通知");
    char *none1 = drop_line(none0, "3.其他\t1\t0\t1");
    char *none = drop_line(none1, "（六）其他处理\t1.申请人无正当理由逾期不补正");
    char *one = replace(a,
                        "\t（六）其他处理\t1.申请人无正当理由逾期不补正、"
                        "行政机关不再处理其政府信息公开申请\t1\t0\t0\t0\t0\t0\t1\n",
                        one_row_other);
    char *one1 = drop_line(one, "2.申请人逾期未按收费通知");
    char *one2 = drop_line(one1, "3.其他\t1\t0\t1");
    for (int order = 0; order < 2; order++) {
        xxgk_total *t = copies(order ? one2 : none, order ? none : one2, order ? 0 : 7);
        assert_true(xxgk_total_member_at(t, 0, 0)->one_row_other);
        assert_null(xxgk_total_member_at(t, 0, 0)->lacking);
        xxgk_report *sum = total_of(t);
        assert_figure(cell(sum, XXGK_TABLE_REQUESTS, "other", -1, 0), 2);
        assert_figure(cell(sum, XXGK_TABLE_REQUESTS, "other", -1, 6), 3);
        assert_true(isnan(cell(sum, XXGK_TABLE_REQUESTS, "other", 0, 0)));
        xxgk_findings *f = total_findings(t, 0, sum);
        assert_int_equal(count_rule(f, "total-lacking", NULL, 0), 0);
        assert_int_equal(count_rule(f, "total-other-one-row", NULL, 0), 0); /* (one shape) */
        release(t, sum, f);
    }
    free(a);
    free(lacking);
    free(none0);
    free(none1);
    free(none);
    free(one);
    free(one1);
    free(one2);
}

static void test_lacking(void **state)
{
    (void)state;
    char *a = fixture("report-2021-tabs.txt", NULL);
    char *b0 = variant(a, AGENCY, "测试市财政局");
    char *b1 = replace(b0, "行政许可	120", "行政许可	无");
    char *b = replace(b1, "	20	5	1	0	2	1	29", "	20	无	1	0	2	1	29");
    xxgk_total *t;
    assert_int_equal(xxgk_total_new(&t), 0);
    assert_int_equal(add(t, a, "a.txt"), XXGK_TOTAL_COUNTED);
    assert_int_equal(add(t, b, "b.txt"), XXGK_TOTAL_COUNTED);
    const xxgk_total_member *m = xxgk_total_member_at(t, 0, 1);
    assert_string_equal(m->lacking, "active.licensing, requests.new[1]");
    assert_int_equal(m->nlacking, 2);
    xxgk_report *sum = total_of(t);
    /* what one report gives: a total only of those that give it */
    assert_figure(cell(sum, XXGK_TABLE_ACTIVE, "licensing", -1, 0), 120);
    assert_figure(cell(sum, XXGK_TABLE_REQUESTS, "new", -1, 1), 5);
    assert_figure(cell(sum, XXGK_TABLE_REQUESTS, "new", -1, 0), 40);
    xxgk_findings *f = total_findings(t, 0, sum);
    char ev[512];
    assert_int_equal(count_rule(f, "total-lacking", ev, sizeof ev), 1);
    assert_string_equal(ev, "b.txt (测试市财政局) lacks 2 figures: 第二十条第（五）项 行政许可；"
                            "一、本年新收政府信息公开申请数量 商业企业");
    /* the row total of 一 no longer adds up in the total: 5 is missing from 商业企业, which
     * the finding says */
    assert_int_equal(count_rule(f, "arith-row-total", ev, sizeof ev), 1);
    assert_non_null(strstr(ev, "; 1 report(s) lack figures, so some sums are partial "
                               "(total-lacking)"));
    /* a total written as a document says so in itself: its 说明 after the preamble */
    assert_int_equal(xxgk_total_note(sum, f), 0);
    const char *pre = xxgk_report_preamble(sum);
    assert_non_null(strstr(pre, "\nNotes:\n1. a report lacks figures: their totals count only "
                                "the reports that give them: b.txt (测试市财政局) lacks 2 figures: "
                                "第二十条第（五）项 行政许可；一、本年新收政府信息公开申请数量 商业"
                                "企业\n2. "));
    assert_int_equal(strncmp(pre, "本表由2份", strlen("本表由2份")), 0);
    release(t, sum, f);
    free(a);
    free(b0);
    free(b1);
    free(b);
}

/* Whole rows lacking go by the row's path: a report without its 规章 row. */
static void test_lacking_row(void **state)
{
    (void)state;
    char *a = fixture("report-2021-tabs.txt", NULL);
    char *b = drop_line(a, "规章	1	0	3");
    xxgk_total *t;
    assert_int_equal(xxgk_total_new(&t), 0);
    assert_int_equal(add(t, b, "b.txt"), XXGK_TOTAL_COUNTED);
    assert_string_equal(xxgk_total_member_at(t, 0, 0)->lacking, "active.regs");
    assert_int_equal(xxgk_total_member_at(t, 0, 0)->nlacking, 3);
    xxgk_report *sum = total_of(t);
    assert_true(isnan(cell(sum, XXGK_TABLE_ACTIVE, "regs", -1, 0))); /* nobody gave it */
    release(t, sum, NULL);
    free(a);
    free(b);
}

/* （六） as one row in one report and with its sub-rows in another: one row in the total. */
static void test_other_one_row(void **state)
{
    (void)state;
    char *a = fixture("report-2021-tabs.txt", NULL);
    char *b0 = variant(a, AGENCY, "测试市财政局");
    char *b1 = drop_line(b0, "2.申请人逾期未按收费通知");
    char *b2 = drop_line(b1, "3.其他	1	0	1");
    char *b = replace(b2, "	（六）其他处理	1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请	1	0	0	0	0	0	1\n",
                      one_row_other);
    xxgk_total *t;
    assert_int_equal(xxgk_total_new(&t), 0);
    assert_int_equal(add(t, a, "a.txt"), XXGK_TOTAL_COUNTED);
    assert_int_equal(add(t, b, "b.txt"), XXGK_TOTAL_COUNTED);
    assert_false(xxgk_total_member_at(t, 0, 0)->one_row_other);
    assert_true(xxgk_total_member_at(t, 0, 1)->one_row_other);
    assert_null(xxgk_total_member_at(t, 0, 1)->lacking); /* its sub-rows are not missing */
    xxgk_report *sum = total_of(t);
    /* a's sub-rows 1 + 0 + 1 (自然人) and b's one row 2 */
    assert_figure(cell(sum, XXGK_TABLE_REQUESTS, "other", -1, 0), 4);
    assert_figure(cell(sum, XXGK_TABLE_REQUESTS, "other", -1, 2), 2);
    assert_figure(cell(sum, XXGK_TABLE_REQUESTS, "other", -1, 6), 6);
    for (int k = 0; k < 3; k++)
        assert_true(isnan(cell(sum, XXGK_TABLE_REQUESTS, "other", k, 0)));
    json_t *j = report_json(sum);
    assert_int_equal(json_array_size(json_object_get(json_object_get(j, "requests"), "other")), 1);
    json_decref(j);
    xxgk_findings *f = total_findings(t, 0, sum);
    char ev[512];
    assert_int_equal(count_rule(f, "total-other-one-row", ev, sizeof ev), 1);
    assert_string_equal(ev, "1 of 2 reports print （六）其他处理 as one row: b.txt");
    /* and the total's outcomes still add up to its （七）总计 */
    assert_int_equal(count_rule(f, "arith-outcomes", NULL, 0), 0);
    assert_int_equal(count_rule(f, "arith-balance", NULL, 0), 0);
    release(t, sum, f);
    free(a);
    free(b0);
    free(b1);
    free(b2);
    free(b);
}

/* One total per year and format, in order; what has no tables or no year is in none. */
static void test_groups(void **state)
{
    (void)state;
    char *a = fixture("report-2021-tabs.txt", NULL);
    char *y2023 = variant(a, "2024年", "2023年");
    char *old = fixture("report-2019-tabs.txt", NULL);
    xxgk_total *t;
    assert_int_equal(xxgk_total_new(&t), 0);
    assert_int_equal(add(t, a, "2024.txt"), XXGK_TOTAL_COUNTED);
    assert_int_equal(add(t, y2023, "2023.txt"), XXGK_TOTAL_COUNTED);
    assert_int_equal(add(t, old, "2019.txt"), XXGK_TOTAL_COUNTED);
    assert_int_equal(add(t, "一封信，没有表格。", "letter.txt"), XXGK_TOTAL_NO_TABLES);
    char *no_year = drop_line(a, "测试市交通运输局2024年政府信息公开工作年度报告");
    char *no_year2 = drop_line(no_year, "2025年1月20日");
    char *no_year3 = drop_line(no_year2, "本报告根据");
    char *no_year4 = replace(no_year3, "2024年，我局", "我局");
    assert_int_equal(add(t, no_year4, "undated.txt"), XXGK_TOTAL_NO_YEAR);
    assert_int_equal(xxgk_total_count(t), 3);
    int years[3], formats[3];
    for (size_t i = 0; i < 3; i++) {
        years[i] = xxgk_total_year(t, i);
        formats[i] = xxgk_total_format(t, i);
        assert_int_equal(xxgk_total_reports(t, i), 1);
    }
    assert_int_equal(years[0], 2019);
    assert_int_equal(formats[0], XXGK_FORMAT_2019);
    assert_int_equal(years[1], 2023);
    assert_int_equal(formats[1], XXGK_FORMAT_2021);
    assert_int_equal(years[2], 2024);
    assert_int_equal(formats[2], XXGK_FORMAT_2021);
    xxgk_report *sum = NULL;
    assert_int_equal(xxgk_total_report(&sum, t, 3, NULL), XXGK_EINVAL);
    assert_null(sum);

    /* what is in no total is listed, with what the caller could not read */
    assert_int_equal(xxgk_total_leave_out(t, "bad.pdf", "bad.pdf: the file is empty"), 0);
    assert_int_equal(xxgk_total_leave_out(t, "out", "out of memory"), 0);
    assert_int_equal(xxgk_total_left_count(t), 4);
    const xxgk_total_left *l = xxgk_total_left_at(t, 0);
    assert_string_equal(l->file, "letter.txt");
    assert_int_equal(l->how, XXGK_TOTAL_NO_TABLES);
    assert_null(l->why);
    assert_int_equal(xxgk_total_left_at(t, 1)->how, XXGK_TOTAL_NO_YEAR);
    assert_int_equal(xxgk_total_left_at(t, 2)->how, XXGK_TOTAL_NOT_READ);
    assert_string_equal(xxgk_total_left_at(t, 3)->why, "out of memory");
    assert_null(xxgk_total_left_at(t, 4));
    assert_int_equal(xxgk_total_report(&sum, t, 2, NULL), 0);
    xxgk_findings *f = total_findings(t, 2, sum);
    assert_int_equal(count_rule(f, "total-left-out", NULL, 0), 4);
    char ev[512];
    size_t seen = 0;
    for (size_t i = 0; i < xxgk_findings_count(f); i++)
        if (strcmp(xxgk_findings_get(f, i)->rule->id, "total-left-out") == 0) {
            snprintf(ev, sizeof ev, "%s", xxgk_findings_get(f, i)->evidence);
            static const char *const want[] = {
                "letter.txt: no statistics table found: left out",
                "undated.txt: the report does not say its year: left out",
                "bad.pdf: the file is empty: left out", "out: out of memory: left out"};
            assert_string_equal(ev, want[seen++]);
        }
    release(t, sum, f);
    free(a);
    free(y2023);
    free(old);
    free(no_year);
    free(no_year2);
    free(no_year3);
    free(no_year4);
}

/* A file holding two reports (several years of a total written to one Markdown file): the
 * first counted, the second, not read, listed as left out with where it begins. */
static void test_several_in_one_file(void **state)
{
    (void)state;
    char *a = fixture("report-2021-tabs.txt", NULL);
    char *y2023 = variant(a, "2024年", "2023年");
    size_t n = strlen(a), m = strlen(y2023);
    char *both = malloc(n + m + 2);
    memcpy(both, y2023, m);
    both[m] = '\n';
    memcpy(both + m + 1, a, n + 1);
    xxgk_total *t;
    assert_int_equal(xxgk_total_new(&t), 0);
    assert_int_equal(add(t, both, "two.md"), XXGK_TOTAL_COUNTED);
    assert_int_equal(xxgk_total_count(t), 1);
    assert_int_equal(xxgk_total_year(t, 0), 2023);
    assert_int_equal(xxgk_total_left_count(t), 1);
    const xxgk_total_left *l = xxgk_total_left_at(t, 0);
    assert_string_equal(l->file, "two.md");
    assert_int_equal(l->how, XXGK_TOTAL_NOT_READ);
    assert_string_equal(l->why, "第 75 行起是另一份报告（测试市交通运输局2024年政府信息公开工作"
                                "年度报告），未读；每份报告请存为一个文件");
    xxgk_report *sum = NULL;
    assert_int_equal(xxgk_total_report(&sum, t, 0, NULL), 0);
    xxgk_findings *f = total_findings(t, 0, sum);
    assert_int_equal(count_rule(f, "total-left-out", NULL, 0), 1);
    release(t, sum, f);
    free(both);
    free(y2023);
    free(a);
}

/* A report whose year only its date gives is counted in the year before it, and said. */
static void test_year_dated(void **state)
{
    (void)state;
    char *a = fixture("report-2021-tabs.txt", NULL);
    char *d1 = drop_line(a, "测试市交通运输局2024年政府信息公开工作年度报告");
    char *d2 = drop_line(d1, "本报告根据");
    char *dated = replace(d2, "2024年，我局", "我局");
    xxgk_total *t;
    assert_int_equal(xxgk_total_new(&t), 0);
    assert_int_equal(add(t, dated, "dated.txt"), XXGK_TOTAL_COUNTED);
    assert_int_equal(xxgk_total_year(t, 0), 2024);
    assert_string_equal(xxgk_total_member_at(t, 0, 0)->dated, "2025-01-20");
    xxgk_report *sum = total_of(t);
    xxgk_findings *f = total_findings(t, 0, sum);
    char ev[512];
    assert_int_equal(count_rule(f, "total-year-dated", ev, sizeof ev), 1);
    assert_string_equal(ev, "dated.txt (测试市交通运输局) names its year nowhere: by its date "
                            "2025-01-20, counted in 2024");
    release(t, sum, f);
    free(a);
    free(d1);
    free(d2);
    free(dated);
}

/* A report for 2024 still in the 2019 format: in the year's one total, sections 三 and 四. */
static void test_old_layout(void **state)
{
    (void)state;
    char *a = fixture("report-2021-tabs.txt", NULL);
    char *o0 = fixture("report-2019-tabs.txt", NULL);
    char *o1 = variant(o0, AGENCY, "测试市财政局");
    char *o2 = replace(o1, "测试市财政局2019年", "测试市财政局2024年");
    char *old = replace(o2, "自2019年1月1日至2019年12月31日", "自2024年1月1日至2024年12月31日");
    xxgk_total *t;
    assert_int_equal(xxgk_total_new(&t), 0);
    assert_int_equal(add(t, a, "a.txt"), XXGK_TOTAL_COUNTED);
    assert_int_equal(add(t, old, "old.txt"), XXGK_TOTAL_COUNTED);
    assert_int_equal(xxgk_total_count(t), 1);
    assert_int_equal(xxgk_total_format(t, 0), XXGK_FORMAT_2021);
    assert_int_equal(xxgk_total_reports(t, 0), 2);
    const xxgk_total_member *m = xxgk_total_member_at(t, 0, 1);
    assert_true(m->old_layout);
    assert_true(m->one_row_other);
    assert_null(m->lacking); /* section 二 is not lacking: the formats differ */
    assert_false(xxgk_total_member_at(t, 0, 0)->old_layout);
    xxgk_report *sum = total_of(t);
    assert_figure(cell(sum, XXGK_TABLE_REQUESTS, "new", -1, 6), 58);
    assert_figure(cell(sum, XXGK_TABLE_REQUESTS, "unable", 0, 0), 8);
    assert_figure(cell(sum, XXGK_TABLE_REVIEW, "reconsideration", -1, 4), 8);
    /* （六）: a's sub-rows 1 + 0 + 1 (自然人) and the old report's one row 2 */
    assert_figure(cell(sum, XXGK_TABLE_REQUESTS, "other", -1, 0), 4);
    assert_figure(cell(sum, XXGK_TABLE_REQUESTS, "other", -1, 6), 6);
    /* section 二 only from the 2021-format report */
    assert_figure(cell(sum, XXGK_TABLE_ACTIVE, "licensing", -1, 0), 120);
    assert_figure(cell(sum, XXGK_TABLE_ACTIVE, "normative", -1, 2), 40);
    xxgk_findings *f = total_findings(t, 0, sum);
    char ev[512];
    assert_int_equal(count_rule(f, "total-old-layout", ev, sizeof ev), 1);
    assert_string_equal(ev, "old.txt (测试市财政局) uses the 2019 format: its sections 三 and 四 "
                            "are counted, not its section 二");
    assert_int_equal(count_rule(f, "total-other-one-row", NULL, 0), 1);
    assert_int_equal(xxgk_findings_at_least(f, XXGK_SEV_ERROR), 0);
    release(t, sum, f);
    free(a);
    free(o0);
    free(o1);
    free(o2);
    free(old);
}

/* A 2024 report in the 2019 format that leaves out its （六） row prints no one row: the total
 * keeps the sub-rows of the 2021-format reports. */
static void test_old_layout_without_other(void **state)
{
    (void)state;
    char *a = fixture("report-2021-tabs.txt", NULL);
    char *o0 = fixture("report-2019-tabs.txt", NULL);
    char *o1 = variant(o0, AGENCY, "测试市财政局");
    char *o3 = replace(o1, "测试市财政局2019年", "测试市财政局2024年");
    char *o2 = replace(o3, "自2019年1月1日至2019年12月31日", "自2024年1月1日至2024年12月31日");
    free(o3);
    char *old = drop_line(o2, "	（六）其他处理		2	0	1");
    xxgk_total *t;
    assert_int_equal(xxgk_total_new(&t), 0);
    assert_int_equal(add(t, a, "a.txt"), XXGK_TOTAL_COUNTED);
    assert_int_equal(add(t, old, "old.txt"), XXGK_TOTAL_COUNTED);
    const xxgk_total_member *m = xxgk_total_member_at(t, 0, 1);
    assert_true(m->old_layout);
    assert_false(m->one_row_other);
    assert_string_equal(m->lacking, "requests.other[0]");
    xxgk_report *sum = total_of(t);
    assert_figure(cell(sum, XXGK_TABLE_REQUESTS, "other", 0, 0), 1);
    assert_figure(cell(sum, XXGK_TABLE_REQUESTS, "other", 2, 6), 2);
    assert_true(isnan(cell(sum, XXGK_TABLE_REQUESTS, "other", -1, 0)));
    xxgk_findings *f = total_findings(t, 0, sum);
    assert_int_equal(count_rule(f, "total-other-one-row", NULL, 0), 0);
    release(t, sum, f);
    free(a);
    free(o0);
    free(o1);
    free(o2);
    free(old);
}

/* Reports that name no agency are never taken for repeats: two with the same figures are
 * both counted, and said. */
static void test_unnamed(void **state)
{
    (void)state;
    char *a = fixture("report-2021-tabs.txt", NULL);
    char *u = variant(a, AGENCY, "");
    char *u2 = replace(u, "行政许可	120", "行政许可	121");
    xxgk_total *t;
    assert_int_equal(xxgk_total_new(&t), 0);
    assert_int_equal(add(t, u, "u1.txt"), XXGK_TOTAL_COUNTED);
    assert_null(xxgk_total_member_at(t, 0, 0)->agency);
    assert_int_equal(add(t, u, "u2.txt"), XXGK_TOTAL_COUNTED);
    assert_int_equal(add(t, u2, "u3.txt"), XXGK_TOTAL_COUNTED);
    assert_int_equal(xxgk_total_reports(t, 0), 3);
    assert_string_equal(xxgk_total_member_at(t, 0, 1)->alike, "u1.txt");
    assert_null(xxgk_total_member_at(t, 0, 1)->repeats);
    assert_null(xxgk_total_member_at(t, 0, 2)->alike);
    assert_null(xxgk_total_member_at(t, 0, 2)->same_agency); /* no agency to be the same */
    xxgk_report *sum = total_of(t);
    assert_figure(cell(sum, XXGK_TABLE_ACTIVE, "licensing", -1, 0), 361);
    xxgk_findings *f = total_findings(t, 0, sum);
    char ev[512];
    assert_int_equal(count_rule(f, "total-unnamed-alike", ev, sizeof ev), 1);
    assert_string_equal(ev, "u2.txt and u1.txt name no agency and have the same figures for "
                            "2024: both counted");
    assert_int_equal(count_rule(f, "total-same-agency", NULL, 0), 0);
    release(t, sum, f);
    free(a);
    free(u);
    free(u2);
}

/* Sums past 2^53 do not add exactly: left empty, and said. */
/* One report under two names that the check across years takes for one agency's (a district's
 * report from its city's site too): both counted, as names that differ are, but said (it went
 * unsaid); the same names with other figures are two reports, and say nothing. */
static void test_named_alike(void **state)
{
    (void)state;
    char *a = fixture("report-2021-tabs.txt", NULL);
    char *b = replace(a, AGENCY "2024年", "某省" AGENCY "2024年"); /* (the title) */
    char *c = replace(b, "行政许可\t120", "行政许可\t121");
    for (int order = 0; order < 2; order++) {
        xxgk_total *t;
        assert_int_equal(xxgk_total_new(&t), 0);
        assert_int_equal(add(t, order ? b : a, "first.txt"), XXGK_TOTAL_COUNTED);
        assert_int_equal(add(t, order ? a : b, "second.txt"), XXGK_TOTAL_COUNTED);
        xxgk_report *sum = total_of(t);
        assert_figure(cell(sum, XXGK_TABLE_ACTIVE, "licensing", -1, 0), 240);
        xxgk_findings *f = total_findings(t, 0, sum);
        char ev[512];
        assert_int_equal(count_rule(f, "total-named-alike", ev, sizeof ev), 1);
        assert_string_equal(ev, order ? "first.txt (某省" AGENCY ") and second.txt (" AGENCY
                                        ") have the same figures for 2024, under names that may "
                                        "be one agency's: both counted"
                                      : "first.txt (" AGENCY ") and second.txt (某省" AGENCY
                                        ") have the same figures for 2024, under names that may "
                                        "be one agency's: both counted");
        assert_int_equal(count_rule(f, "total-same-agency", NULL, 0), 0);
        release(t, sum, f);
    }
    xxgk_total *t;
    assert_int_equal(xxgk_total_new(&t), 0);
    assert_int_equal(add(t, a, "first.txt"), XXGK_TOTAL_COUNTED);
    assert_int_equal(add(t, c, "second.txt"), XXGK_TOTAL_COUNTED);
    xxgk_report *sum = total_of(t);
    xxgk_findings *f = total_findings(t, 0, sum);
    assert_int_equal(count_rule(f, "total-named-alike", NULL, 0), 0);
    release(t, sum, f);
    free(a);
    free(b);
    free(c);
}

static void test_too_large(void **state)
{
    (void)state;
    char *a = fixture("report-2021-tabs.txt", NULL);
    char *big = replace(a, "行政许可	120", "行政许可	999999999999999");
    xxgk_total *t;
    assert_int_equal(xxgk_total_new(&t), 0);
    add_agencies(t, big, 10);
    xxgk_report *sum = total_of(t);
    assert_true(isnan(cell(sum, XXGK_TABLE_ACTIVE, "licensing", -1, 0)));
    assert_figure(cell(sum, XXGK_TABLE_REQUESTS, "new", -1, 6), 290);
    xxgk_findings *f = total_findings(t, 0, sum);
    char ev[512];
    assert_int_equal(count_rule(f, "total-too-large", ev, sizeof ev), 1);
    assert_non_null(strstr(ev, "第二十条第（五）项 行政许可 本年处理决定数量: the sum (about 1e+16) "
                               "passes 2^53, past which whole numbers do not add exactly; left "
                               "empty"));
    release(t, sum, f);
    free(a);
    free(big);
}

/* A total whose arithmetic fails names the reports whose own does. */
static void test_broken_named(void **state)
{
    (void)state;
    char *a = fixture("report-2021-tabs.txt", NULL);
    char *b0 = variant(a, AGENCY, "测试市财政局");
    char *b = replace(b0, "	20	5	1	0	2	1	29", "	20	5	1	0	2	1	30");
    xxgk_total *t;
    assert_int_equal(xxgk_total_new(&t), 0);
    assert_int_equal(add(t, a, "a.txt"), XXGK_TOTAL_COUNTED);
    xxgk_report *rb = read_named(b, "b.txt"); /* not checked before: the total checks it */
    assert_int_equal(xxgk_total_add(t, rb, NULL, NULL), 0);
    xxgk_report_free(rb);
    xxgk_report *sum = total_of(t);
    xxgk_findings *f = total_findings(t, 0, sum);
    char ev[512];
    assert_int_equal(count_rule(f, "arith-row-total", ev, sizeof ev), 1);
    assert_non_null(strstr(ev, "; so do the reports b.txt"));
    assert_null(strstr(ev, "a.txt"));
    assert_int_equal(count_rule(f, "arith-balance", ev, sizeof ev), 1);
    assert_non_null(strstr(ev, "; so do the reports b.txt"));
    release(t, sum, f);
    free(a);
    free(b0);
    free(b);
}

/* Thousands of reports: the same agency found among many (its buckets grown as they fill). */
static void test_many(void **state)
{
    (void)state;
    char *a = fixture("report-2021-tabs.txt", NULL);
    xxgk_total *t;
    assert_int_equal(xxgk_total_new(&t), 0);
    add_agencies(t, a, 300);
    for (int i = 0; i < 300; i += 7) {
        char agency[64], name[32];
        snprintf(agency, sizeof agency, "测试市第%d局", i);
        char *v = variant(a, AGENCY, agency);
        snprintf(name, sizeof name, "%d-again.txt", i);
        assert_int_equal(add(t, v, name), XXGK_TOTAL_REPEATED);
        char *w = replace(v, "行政许可	120", "行政许可	99");
        snprintf(name, sizeof name, "%d-other.txt", i);
        assert_int_equal(add(t, w, name), XXGK_TOTAL_COUNTED);
        free(v);
        free(w);
    }
    assert_int_equal(xxgk_total_reports(t, 0), 300 + 43);
    assert_int_equal(xxgk_total_member_count(t, 0), 300 + 2 * 43);
    const xxgk_total_member *m = xxgk_total_member_at(t, 0, 300 + 2 * 42);
    assert_string_equal(m->file, "294-again.txt");
    assert_string_equal(m->repeats, "294.txt");
    m = xxgk_total_member_at(t, 0, 300 + 2 * 42 + 1);
    assert_string_equal(m->same_agency, "294.txt");
    xxgk_report *sum = total_of(t);
    assert_figure(cell(sum, XXGK_TABLE_ACTIVE, "licensing", -1, 0), 300 * 120 + 43 * 99);
    release(t, sum, NULL);
    free(a);
}

/* The total written in the official layout reads back as the same figures (it is a report
 * like any other to the writers). */
static void test_round_trip(void **state)
{
    (void)state;
    char *a = fixture("report-2021-tabs.txt", NULL);
    char *b = variant(a, AGENCY, "测试市财政局");
    xxgk_total *t;
    assert_int_equal(xxgk_total_new(&t), 0);
    assert_int_equal(add(t, a, "a.txt"), XXGK_TOTAL_COUNTED);
    assert_int_equal(add(t, b, "b.txt"), XXGK_TOTAL_COUNTED);
    xxgk_report *sum;
    assert_int_equal(xxgk_total_report(&sum, t, 0, "测试市"), 0);
    static const char *const formats[] = {"md", "txt"};
    for (size_t i = 0; i < 2; i++) {
        char *out = NULL;
        assert_int_equal(xxgk_write_document(formats[i], sum, NULL, sink_str, &out), 0);
        assert_non_null(strstr(out, "测试市2024年政府信息公开工作年度报告（汇总）"));
        assert_non_null(strstr(out, "本表由2份2024年度报告（2021年格式）的统计表逐格相加而成。"));
        xxgk_report *back = read_named(out, "total.md");
        for (size_t c = 0; c < xxgk_report_cell_count(sum); c++) {
            const xxgk_cell *x = xxgk_report_cell(sum, c), *y = xxgk_report_cell(back, c);
            assert_int_equal(xxgk_cell_known(x), xxgk_cell_known(y));
            if (xxgk_cell_known(x))
                assert_figure(y->value, x->value);
        }
        xxgk_report_free(back);
        free(out);
    }
    release(t, sum, NULL);
    free(a);
    free(b);
}

/* A total written out and read back, in each form a person keeps it in, is no agency's report:
 * added again it counted its reports twice (it was taken for the report of 测试市).  A report
 * whose title merely ends （汇总） is counted as any. */
static void test_total_read_back(void **state)
{
    (void)state;
    char *a = fixture("report-2021-tabs.txt", NULL);
    xxgk_total *t;
    assert_int_equal(xxgk_total_new(&t), 0);
    assert_int_equal(add(t, a, "a.txt"), XXGK_TOTAL_COUNTED);
    xxgk_report *sum;
    assert_int_equal(xxgk_total_report(&sum, t, 0, "测试市"), 0);
    static const char *const formats[] = {"md", "txt", "html", "docx"};
    for (size_t i = 0; i < 4; i++) {
        bytes out = {0};
        assert_int_equal(xxgk_write_document(formats[i], sum, NULL, sink_bytes, &out), 0);
        char name[32];
        snprintf(name, sizeof name, "total.%s", formats[i]);
        xxgk_read_options ro = {.name = name};
        xxgk_report *back = NULL;
        assert_int_equal(xxgk_report_read(&back, out.data, out.len, &ro), 0);
        xxgk_total *t2;
        assert_int_equal(xxgk_total_new(&t2), 0);
        assert_int_equal(add(t2, a, "a.txt"), XXGK_TOTAL_COUNTED);
        xxgk_total_outcome how = XXGK_TOTAL_COUNTED;
        assert_int_equal(xxgk_total_add(t2, back, NULL, &how), 0);
        assert_int_equal(how, XXGK_TOTAL_A_TOTAL);
        assert_int_equal(xxgk_total_reports(t2, 0), 1);
        assert_int_equal(xxgk_total_left_count(t2), 1);
        assert_int_equal(xxgk_total_left_at(t2, 0)->how, XXGK_TOTAL_A_TOTAL);
        xxgk_report *sum2 = total_of(t2);
        assert_figure(cell(sum2, XXGK_TABLE_ACTIVE, "licensing", -1, 0), 120);
        xxgk_findings *f = total_findings(t2, 0, sum2);
        char ev[512], want[256];
        assert_int_equal(count_rule(f, "total-left-out", ev, sizeof ev), 1);
        snprintf(want, sizeof want, "%s: a total xxgk sum wrote, not an agency's report (its "
                                    "figures would count twice): left out", name);
        assert_string_equal(ev, want);
        release(t2, sum2, f);
        /* taken as one report when asked (an office's total, named): 测试市's, beside a.txt */
        assert_int_equal(xxgk_total_new(&t2), 0);
        assert_int_equal(add(t2, a, "a.txt"), XXGK_TOTAL_COUNTED);
        xxgk_total_take_totals(t2, 1);
        assert_int_equal(xxgk_total_add(t2, back, NULL, &how), 0);
        assert_int_equal(how, XXGK_TOTAL_COUNTED);
        assert_int_equal(xxgk_total_reports(t2, 0), 2);
        assert_int_equal(xxgk_total_left_count(t2), 0);
        sum2 = total_of(t2);
        assert_figure(cell(sum2, XXGK_TABLE_ACTIVE, "licensing", -1, 0), 240);
        release(t2, sum2, NULL);
        xxgk_report_free(back);
        free(out.data);
    }
    char *titled = replace(a, "年度报告\n", "年度报告（汇总）\n");
    assert_int_equal(add(t, titled, "titled.txt"), XXGK_TOTAL_REPEATED);
    release(t, sum, NULL);
    free(a);
    free(titled);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cells_added),       cmocka_unit_test(test_repeats_and_same_agency),
        cmocka_unit_test(test_lacking),           cmocka_unit_test(test_lacking_row),
        cmocka_unit_test(test_other_one_row),     cmocka_unit_test(test_groups),
        cmocka_unit_test(test_several_in_one_file),
        cmocka_unit_test(test_broken_named),      cmocka_unit_test(test_many),
        cmocka_unit_test(test_year_dated),
        cmocka_unit_test(test_copy_lacking),      cmocka_unit_test(test_copy_lacking_other),
        cmocka_unit_test(test_old_layout),        cmocka_unit_test(test_old_layout_without_other),
        cmocka_unit_test(test_unnamed),           cmocka_unit_test(test_too_large),
        cmocka_unit_test(test_named_alike),
        cmocka_unit_test(test_round_trip),        cmocka_unit_test(test_total_read_back),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
