/* The checker: every rule, by id, on a correct report changed in one place, with the exact
 * evidence it must give; and a correct report yields no finding at all. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support.h"
#include "util/buf.h"

static char *base;
static char *base19;

static int setup(void **state)
{
    (void)state;
    base = fixture("report-2021-tabs.txt", NULL);
    base19 = fixture("report-2019-tabs.txt", NULL);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    free(base);
    free(base19);
    return 0;
}

/* Findings of `rule` when text is checked with opts; the first evidence goes to ev. */
static int rule_count_opts(const char *text, const char *rule, char *ev, size_t cap,
                           const xxgk_check_options *opts)
{
    xxgk_report *r = read_text(text, strlen(text));
    xxgk_findings *f = NULL;
    assert_int_equal(xxgk_check(&f, r, opts), 0);
    int n = count_rule(f, rule, ev, cap);
    xxgk_findings_free(f);
    xxgk_report_free(r);
    return n;
}

static int rule_count(const char *text, const char *rule, char *ev, size_t cap)
{
    return rule_count_opts(text, rule, ev, cap, NULL);
}

/* Apply one replacement to text and expect `n` findings of `rule` (the first with evidence ev,
 * unless NULL); expect() does so to the base report. */
static void expect_on(const char *text, const char *from, const char *to, const char *rule, int n,
                      const char *ev)
{
    char *t = replace(text, from, to);
    char got[2048] = "";
    int c = rule_count(t, rule, got, sizeof got);
    if (c != n)
        fail_msg("%s: %d findings, want %d, for %s", rule, c, n, to);
    if (ev && strcmp(got, ev) != 0)
        fail_msg("%s evidence:\n got  %s\n want %s", rule, got, ev);
    free(t);
}

static void expect(const char *from, const char *to, const char *rule, int n, const char *ev)
{
    expect_on(base, from, to, rule, n, ev);
}

static long rule_line(const char *text, const char *rule);

/* Each sentence added after the base report's "均按期答复。": n findings of rule for each. */
#define EXPECT_EACH(sentences, rule, n)                                                            \
    expect_each(sentences, sizeof sentences / sizeof sentences[0], rule, n)

static void expect_each(const char *const *sentences, size_t count, const char *rule, int n)
{
    for (size_t i = 0; i < count; i++) {
        char said[512];
        snprintf(said, sizeof said, "均按期答复。%s", sentences[i]);
        expect("均按期答复。", said, rule, n, NULL);
    }
}

static void test_clean(void **state)
{
    (void)state;
    const char *texts[] = {base, base19};
    for (int i = 0; i < 2; i++) {
        xxgk_report *r = read_text(texts[i], strlen(texts[i]));
        xxgk_findings *f = check_report(r);
        if (xxgk_findings_count(f)) {
            const xxgk_finding *x = xxgk_findings_get(f, 0);
            fail_msg("unexpected %s: %s", x->rule->id, x->evidence);
        }
        xxgk_findings_free(f);
        xxgk_report_free(r);
    }
}

static void test_arith_balance(void **state)
{
    (void)state;
    expect("四、结转下年度继续办理\t\t\t2\t1\t0\t0\t1\t0\t4", "四、结转下年度继续办理\t\t\t3\t1\t0\t0\t1\t0\t5",
           "arith-balance", 2,
           "自然人列：一、本年新收 20 + 二、上年结转 3 = 23，但（七）总计 21 + 四、结转下年度 3 = 24");
}

static void test_arith_outcomes(void **state)
{
    (void)state;
    expect("（一）予以公开\t\t8\t2\t0\t0\t1\t0\t11", "（一）予以公开\t\t9\t2\t0\t0\t1\t0\t12", "arith-outcomes",
           2, "自然人列：各项办理结果之和为 22，（七）总计为 21");
    /* a row not printed may hold what the others lack: no error (struct-row-missing says it is
     * missing); the others already more than the total: one */
    char *t = drop_line(base, "2.重复申请");
    assert_int_equal(rule_count(t, "arith-outcomes", NULL, 0), 0);
    assert_int_equal(rule_count(t, "struct-row-missing", NULL, 0), 1);
    char *u = replace(t, "（一）予以公开\t\t8\t2", "（一）予以公开\t\t10\t2");
    char ev[256];
    assert_int_equal(rule_count(u, "arith-outcomes", ev, sizeof ev), 1);
    assert_string_equal(ev, "自然人列：能读出的各项办理结果之和已为 22（另有 1 项未能读出），大于（七）总计 21");
    free(u);
    free(t);
    /* nor does a figure that could not be read */
    expect("2.重复申请\t1\t0\t0\t0\t0\t0\t1", "2.重复申请\t1\t0\t0\t0\t0\t0\t见附件", "arith-outcomes", 0,
           NULL);
}

static void test_arith_row_total(void **state)
{
    (void)state;
    expect("1\t0\t2\t1\t29", "1\t0\t2\t1\t30", "arith-row-total", 1,
           "一、本年新收政府信息公开申请数量：六类申请人之和为 29，总计为 30");
    /* a total left unfilled is named as such, not only as the 0 it is read as */
    expect("1\t0\t2\t1\t29", "1\t0\t2\t1\t/", "arith-row-total", 1,
           "一、本年新收政府信息公开申请数量：六类申请人之和为 29，总计为 0（“/”）");
    /* an applicant column not read: wrong only when the others already exceed the total */
    expect("20\t5\t1\t0\t2\t1\t29", "20\t5\t见附件\t0\t2\t1\t29", "arith-row-total", 0, NULL);
    expect("20\t5\t1\t0\t2\t1\t29", "20\t5\t见附件\t0\t2\t1\t27", "arith-row-total", 1,
           "一、本年新收政府信息公开申请数量：能读出的申请人各列之和已为 28（另有 1 列未能读出），"
           "大于总计 27");
}

static void test_arith_review_total(void **state)
{
    (void)state;
    expect("2\t1\t0\t1\t4\t1", "2\t1\t0\t1\t5\t1", "arith-review-total", 1,
           "行政复议：结果维持 2 + 结果纠正 1 + 其他结果 0 + 尚未审结 1 = 4，但总计为 5");
    expect("2\t1\t0\t1\t4\t1", "2\t1\t0\t1\t\t1", "arith-review-total", 1,
           "行政复议：结果维持 2 + 结果纠正 1 + 其他结果 0 + 尚未审结 1 = 4，但总计为 0（空白）");
}

static void test_arith_negative_fraction(void **state)
{
    (void)state;
    expect("行政处罚\t35", "行政处罚\t-35", "arith-negative", 1, "行政处罚·本年处理决定数量：-35");
    /* figures beyond any agency's year: digits typed too many, 元 in a column of 万元 */
    expect("行政处罚\t35", "行政处罚\t3500000000", "arith-implausible", 1,
           "行政处罚·本年处理决定数量：3500000000（超过 1000000000）");
    expect("行政处罚\t35", "行政处罚\t350000000", "arith-implausible", 0, NULL);
    expect("行政事业性收费\t12.5", "行政事业性收费\t125000000.5", "arith-implausible", 1,
           "行政事业性收费·本年收费金额（单位：万元）：125000000.5（超过 100000000）");
    expect("（七）总计\t\t21\t", "（七）总计\t\t2100000\t", "arith-implausible", 1,
           "（七）总计·自然人：2100000（超过 1000000）");
    expect("行政许可\t120", "行政许可\t1.5", "arith-fraction", 1, "行政许可·本年处理决定数量：1.5");
    {
        xxgk_check_options en = {XXGK_LANG_EN, XXGK_AGENCY_AUTO};
        char *neg = replace(base, "行政处罚\t35", "行政处罚\t-35");
        char ev[256];
        assert_int_equal(rule_count_opts(neg, "arith-negative", ev, sizeof ev, &en), 1);
        assert_string_equal(ev, "行政处罚·本年处理决定数量: -35"); /* (an English colon) */
        free(neg);
    }
    /* money may be fractional, and the 2019 本年增/减 may be negative */
    assert_int_equal(rule_count(base, "arith-fraction", NULL, 0), 0);
    assert_int_equal(rule_count(base19, "arith-negative", NULL, 0), 0);
}

static void test_sections(void **state)
{
    (void)state;
    char *t = drop_line(base, "六、其他需要报告的事项");
    char ev[512];
    assert_int_equal(rule_count(t, "struct-section-missing", ev, sizeof ev), 1);
    assert_string_equal(ev, "六、其他需要报告的事项");
    free(t);
    expect("五、存在的主要问题及改进情况", "四、存在的主要问题及改进情况", "struct-section-duplicate",
           1, "第 57 行“政府信息公开行政复议、行政诉讼情况”与第 64 行“存在的主要问题及改进情况”");
    /* said at the heading numbered wrong, the first of the two here */
    t = replace(base, "三、收到和处理政府信息公开申请情况", "四、收到和处理政府信息公开申请情况");
    assert_int_equal(rule_line(t, "struct-section-duplicate"), 26);
    free(t);
    t = replace(base, "五、存在的主要问题及改进情况", "四、存在的主要问题及改进情况");
    assert_int_equal(rule_line(t, "struct-section-duplicate"), 64);
    free(t);
    /* headings numbered otherwise (1. 第一部分 （一）) are the sections; an item of section 一
     * worded as a section's title, where that section has its own heading, is not */
    static const char *const numbered[][2] = {{"一、总体情况", "1.总体情况"},
                                              {"一、总体情况", "第一部分 总体情况"},
                                              {"一、总体情况", "（一）总体情况"}};
    for (size_t i = 0; i < sizeof numbered / sizeof numbered[0]; i++) {
        expect(numbered[i][0], numbered[i][1], "struct-section-missing", 0, NULL);
        expect(numbered[i][0], numbered[i][1], "struct-section-order", 0, NULL);
    }
    expect("一、总体情况\n", "一、总体情况\n（二）主动公开政府信息情况\n", "struct-section-duplicate",
           0, NULL);
    /* headings without numbers: out of order, each said, but no number used twice */
    char *unnumbered = replace(base, "五、存在的主要问题及改进情况", "存在的主要问题及改进情况");
    char *unnumbered2 = replace(unnumbered, "六、其他需要报告的事项", "其他需要报告的事项");
    assert_int_equal(rule_count(unnumbered2, "struct-section-duplicate", NULL, 0), 0);
    assert_int_equal(rule_count(unnumbered2, "struct-section-order", NULL, 0), 2);
    free(unnumbered2);
    free(unnumbered);
    expect("五、存在的主要问题及改进情况", "七、存在的主要问题及改进情况", "struct-section-order", 1,
           "“存在的主要问题及改进情况”的标准序号为第5部分，此处编为第7部分");
    /* the heading without its number is there, misnumbered, not missing */
    expect("五、存在的主要问题及改进情况", "存在的主要问题及改进情况", "struct-section-order", 1,
           "“存在的主要问题及改进情况”没有序号，标准序号为第5部分");
    expect("五、存在的主要问题及改进情况", "存在的主要问题及改进情况", "struct-section-missing", 0,
           NULL);
    expect("本年度未收取信息处理费。", "本年度未收取信息处理费。\n\n七、附件说明\n\n无。",
           "struct-section-nonstandard", 1, "附件说明");
    /* a section's items numbered 一、二、 as sections are, up to the next section: its text,
     * said once; sections numbered wrong, or a table of contents, are no such items */
    char *items = replace(base, "二、主动公开政府信息情况",
                          "一、主动公开情况\n全年主动公开政府信息120条。\n二、依申请公开情况\n"
                          "收到申请29件。\n三、平台建设\n办好网站。\n二、主动公开政府信息情况");
    assert_int_equal(rule_count(items, "format-item-numbering", ev, sizeof ev), 1);
    assert_string_equal(ev, "“一、总体情况”之下的小标题：一、主动公开情况；二、依申请公开情况；"
                            "三、平台建设");
    assert_int_equal(rule_line(items, "format-item-numbering"), 9);
    assert_int_equal(rule_count(items, "struct-section-duplicate", NULL, 0), 0);
    assert_int_equal(rule_count(items, "struct-section-order", NULL, 0), 0);
    assert_int_equal(rule_count(items, "struct-section-nonstandard", NULL, 0), 0);
    xxgk_report *r = read_text(items, strlen(items));
    assert_int_equal(xxgk_report_section_count(r), 6);
    assert_non_null(strstr(xxgk_report_section(r, 0)->text, "\n三、平台建设\n办好网站。"));
    xxgk_report_free(r);
    free(items);
    items =
        replace(base, "三、收到和处理政府信息公开申请情况", "一、收到和处理政府信息公开申请情况");
    char *wrong = replace(items, "四、政府信息公开行政复议", "二、政府信息公开行政复议");
    assert_int_equal(rule_count(wrong, "format-item-numbering", NULL, 0), 0);
    assert_int_equal(rule_count(wrong, "struct-section-duplicate", NULL, 0), 2);
    free(wrong);
    free(items);
    /* 说明 for 报告 in section 六's title is the same section */
    expect("六、其他需要报告的事项", "六、其他需要说明的事项", "struct-section-missing", 0, NULL);
    expect("六、其他需要报告的事项", "六、其他需要说明的事项", "struct-section-nonstandard", 0, NULL);
}

static void test_tables_rows(void **state)
{
    (void)state;
    char *t = drop_line(base, "2\t1\t0\t1\t4\t1\t0");
    char ev[512];
    assert_int_equal(rule_count(t, "struct-table-missing", ev, sizeof ev), 1);
    assert_string_equal(ev, "四、政府信息公开行政复议、行政诉讼情况");
    free(t);
    /* a converter's placeholder where the table stood (pandoc's plain text): said at it */
    t = replace(base, "2\t1\t0\t1\t4\t1\t0\t0\t0\t1\t0\t1\t1\t0\t2", "[TABLE]");
    assert_int_equal(rule_count(t, "struct-table-missing", ev, sizeof ev), 1);
    assert_string_equal(ev, "四、政府信息公开行政复议、行政诉讼情况（文中只有“[TABLE]”："
                            "转换工具没有转出这张表，请读取原文件）");
    assert_int_equal(rule_line(t, "struct-table-missing"), 62);
    free(t);
    t = drop_line(base, "3.补正后申请内容仍不明确");
    assert_int_equal(rule_count(t, "struct-row-missing", ev, sizeof ev), 1);
    assert_string_equal(ev, "（四）无法提供 3.补正后申请内容仍不明确");
    free(t);
    expect("\t\t2.重复申请\t1\t0\t0\t0\t0\t0\t1",
           "\t\t2.重复申请\t1\t0\t0\t0\t0\t0\t1\n\t\t2.重复申请\t1\t0\t0\t0\t0\t0\t1",
           "struct-row-duplicate", 1, "2.重复申请");
    /* the same figures again after the label's merged cells, one too many as well: a repeat */
    expect("二、上年结转政府信息公开申请数量\t\t\t3\t1\t0\t0\t0\t0\t4",
           "二、上年结转政府信息公开申请数量\t\t\t3\t1\t0\t0\t0\t0\t4\n"
           "二、上年结转政府信息公开申请数量\t\t\t\t3\t1\t0\t0\t0\t0\t0\t4",
           "struct-row-conflict", 0, NULL);
    /* printed twice with other figures: the report contradicts itself */
    expect("\t\t2.重复申请\t1\t0\t0\t0\t0\t0\t1",
           "\t\t2.重复申请\t1\t0\t0\t0\t0\t0\t1\n\t\t2.重复申请\t3\t0\t0\t0\t0\t0\t3",
           "struct-row-conflict", 1,
           "2.重复申请：第47行为 1 0 0 0 0 0 1；第48行为 3 0 0 0 0 0 3（采用第一次印出的）");
    /* ... in section 二 too, its rows padded with the table's empty cells, the last row as
     * well (after which the table is closed) */
    expect("行政处罚\t35\t\t", "行政处罚\t35\t\t\n行政处罚\t53\t\t", "struct-row-conflict", 1,
           "行政处罚：第20行为 35；第21行为 53（采用第一次印出的）");
    expect("行政事业性收费\t12.5\t\t", "行政事业性收费\t12.5\t\t\n行政事业性收费\t21.5\t\t",
           "struct-row-conflict", 1,
           "行政事业性收费：第24行为 12.5；第25行为 21.5（采用第一次印出的）");
    /* figures beside a group's caption (a subtotal) are said, not taken */
    expect("\t（三）不予公开\t1.属于国家秘密", "\t（三）不予公开\t\t9\t0\t0\t0\t0\t0\t9\n\t\t1.属于国家秘密",
           "reader-unplaced", 1, "（三）不予公开：分组标题在格式中没有数字，其后的数字未采用：9 0 0 0 0 0 9");
    /* a row printed without a figure beside it (a PDF's text flow put them elsewhere) is no
     * missing row: its cells are null and it says so */
    const char *row = "\t（一）予以公开\t\t8\t2\t0\t0\t1\t0\t11";
    expect(row, "\t（一）予以公开", "struct-missing-cells", 1,
           "（一）予以公开：应有 7 个数值单元格，只读到 0 个");
    expect(row, "\t（一）予以公开", "struct-row-missing", 0, NULL);
}

static void test_missing_cells_unplaced(void **state)
{
    (void)state;
    char *pdf = fixture("report-2021-pdf.txt", NULL);
    char *tabs = fixture("report-2021-tabs.txt", NULL);
    char *t = replace(tabs, "\t\t2.重复申请\t1\t0\t0\t0\t0\t0\t1",
                      "\t\t2.重复申请\t1\t0\t0\t0\t0\t0");
    char ev[512];
    assert_int_equal(rule_count(t, "struct-missing-cells", ev, sizeof ev), 1);
    assert_string_equal(ev, "2.重复申请：应有 7 个数值单元格，只读到 6 个");
    /* the reader's observations speak the language asked for too */
    xxgk_check_options en = {XXGK_LANG_EN, XXGK_AGENCY_AUTO};
    assert_int_equal(rule_count_opts(t, "struct-missing-cells", ev, sizeof ev, &en), 1);
    assert_string_equal(ev, "2.重复申请: 7 value cells expected, 6 read");
    free(t);
    /* short of a cell, its last figure the sum of the others: the total, after a cell lost in
     * a column that cannot be told */
    t = replace(tabs, "\t\t2.重复申请\t1\t0\t0\t0\t0\t0\t1", "\t\t2.重复申请\t1\t0\t0\t0\t0\t1");
    assert_int_equal(rule_count_opts(t, "reader-unplaced", ev, sizeof ev, &en), 1);
    assert_string_equal(ev, "2.重复申请: 6 of 7 value cells, the last the sum of the others, its "
                            "total; which columns lost their cells cannot be told, the "
                            "applicants' columns are left null: 1 0 0 0 0 1");
    assert_int_equal(rule_count(t, "struct-missing-cells", NULL, 0), 0);
    free(t);
    free(tabs);
    /* in space-aligned text the blank could be any column: the figures are not placed */
    t = replace(pdf, "2.重复申请        1    0    0    0    0    0    1",
                "2.重复申请        1    0    0    0    0    1");
    assert_int_equal(rule_count_opts(t, "reader-unplaced", ev, sizeof ev, &en), 1);
    assert_string_equal(ev, "2.重复申请: 6 of 7 value cells printed, and their columns cannot be "
                            "told by position: 1 0 0 0 0 1");
    free(t);
    t = replace(pdf, "2.重复申请        1    0    0    0    0    0    1",
                "2.重复申请        1    0    0    0    0    0    1    5");
    assert_int_equal(rule_count_opts(t, "struct-extra-cells", ev, sizeof ev, &en), 1);
    assert_string_equal(ev, "2.重复申请: 7 value cells expected, 8 found; without the one too many "
                            "the columns add up to the total, and are read so: 1 0 0 0 0 0 1 5");
    free(t);
    /* one zero too many: every reading without one that adds up gives the same figures */
    t = replace(pdf, "2.重复申请        1    0    0    0    0    0    1",
                "2.重复申请        1    0    0    0    0    0    0    1");
    assert_int_equal(rule_count_opts(t, "struct-extra-cells", ev, sizeof ev, &en), 1);
    assert_string_equal(ev, "2.重复申请: 7 value cells expected, 8 found; without the one too many "
                            "the columns add up to the total, and are read so: 1 0 0 0 0 0 0 1");
    assert_int_equal(rule_count(t, "arith-row-total", NULL, 0), 0);
    assert_int_equal(rule_count(t, "arith-outcomes", NULL, 0), 0);
    free(t);
    /* ... but readings that add up and differ (1 0 0 0 0 0 | 1 or 0 0 0 0 0 1 | 1): none chosen */
    t = replace(pdf, "2.重复申请        1    0    0    0    0    0    1",
                "2.重复申请        1    0    0    0    0    0    1    1");
    assert_int_equal(rule_count_opts(t, "struct-extra-cells", ev, sizeof ev, &en), 1);
    assert_string_equal(ev, "2.重复申请: 7 value cells expected, 8 found: 1 0 0 0 0 0 1 1");
    free(t);
    /* a row label one typo off (a character for another, two neighbours swapped) still names
     * its row, not yet read: its figures are read and the label said, rather than the row
     * called missing */
    static const char *const typos[][3] = {
        {"（一）予以公开", "（一）予以公布", "“（一）予以公布”（标准：（一）予以公开）"},
        {"1.属于国家秘密", "1.属于国家秘秘", "“1.属于国家秘秘”（标准：1.属于国家秘密）"},
        {"1.属于国家秘密", "1.属于国家密秘", "“1.属于国家密秘”（标准：1.属于国家秘密）"},
        {"行政许可\t120", "行政许诺\t120", "“行政许诺”（标准：行政许可）"},
        /* a word added: 本年度, 下一年度 (a row numbered 四、 is no section heading) */
        {"一、本年新收", "一、本年度新收",
         "“一、本年度新收政府信息公开申请数量”（标准：一、本年新收政府信息公开申请数量）"},
        {"四、结转下年度继续办理", "四、结转下一年度继续办理",
         "“四、结转下一年度继续办理”（标准：四、结转下年度继续办理）"},
    };
    for (size_t i = 0; i < sizeof typos / sizeof typos[0]; i++) {
        expect(typos[i][0], typos[i][1], "format-label-variant", 1, typos[i][2]);
        char *tt = replace(base, typos[i][0], typos[i][1]);
        assert_int_equal(rule_count(tt, "struct-row-missing", NULL, 0), 0);
        assert_int_equal(rule_count(tt, "arith-outcomes", NULL, 0), 0);
        assert_int_equal(rule_count(tt, "arith-balance", NULL, 0), 0);
        assert_int_equal(rule_count(tt, "struct-section-duplicate", NULL, 0), 0);
        free(tt);
    }
    /* "/" or a dash in the cells past the row's values, merged or unused in the official layout,
     * marks them blank: no extra value, and the figure kept */
    static const char *const fillers[] = {"行政许可\t120\t/\t/", "行政许可\t120\t-\t——",
                                          "行政许可\t120\t\t/"};
    for (size_t i = 0; i < sizeof fillers / sizeof fillers[0]; i++) {
        char *ft = replace(base, "行政许可\t120\t\t", fillers[i]);
        assert_int_equal(rule_count(ft, "struct-extra-cells", NULL, 0), 0);
        xxgk_report *fr = read_text(ft, strlen(ft));
        json_t *fj = report_json(fr);
        assert_int_equal(json_integer_value(json_object_get(json_object_get(fj, "active"),
                                                            "licensing")),
                         120);
        json_decref(fj);
        xxgk_report_free(fr);
        free(ft);
    }
    /* ... and where the group's label stands before the row's a few spaces apart */
    t = replace(pdf, "三、本年度办理结果   （一）予以公开", "三、本年度办理结果   （一）予以公布");
    assert_int_equal(rule_count_opts(t, "format-label-variant", ev, sizeof ev, &en), 1);
    assert_string_equal(ev, "\"三、本年度办理结果   (一)予以公布\" (official: （一）予以公开)");
    assert_int_equal(rule_count(t, "struct-row-missing", NULL, 0), 0);
    assert_int_equal(rule_count(t, "arith-outcomes", NULL, 0), 0);
    free(t);
    /* a header's columns, one cell of words in space-aligned text, are looked at one by one:
     * a variant, and a column one character off (先行 for 现行), are said as in tabs */
    t = replace(pdf, "本年废止件数", "本年度止件数");
    assert_int_equal(rule_count_opts(t, "format-label-variant", ev, sizeof ev, &en), 1);
    assert_string_equal(ev, "\"本年度止件数\" (official: 本年废止件数)");
    free(t);
    t = replace(pdf, "现行有效件数", "先行有效件数");
    assert_int_equal(rule_count(t, "format-label-variant", ev, sizeof ev), 1);
    assert_string_equal(ev, "“先行有效件数”（标准：现行有效件数）");
    free(t);
    /* ... but a justified line of prose among them is not cut into columns */
    t = replace(pdf, "     第二十条第（五）项",
                "     本表所列各项数据均按照国务院办公厅规定的统计口径填报，请注意其中  "
                "本年废止件效  一栏的口径与往年相同，不再另行说明。\n     第二十条第（五）项");
    assert_int_equal(rule_count(t, "format-label-variant", NULL, 0), 0);
    free(t);
    t = replace(pdf, "四、结转下年度继续办理", "9    9\n     四、结转下年度继续办理");
    assert_int_equal(rule_count(t, "reader-unplaced", ev, sizeof ev), 1);
    assert_string_equal(ev, "9 9");
    free(t);
    free(pdf);
}

static void test_format_rules(void **state)
{
    (void)state;
    char *t19 = replace(base19, "2019年政府信息公开", "2021年政府信息公开");
    char *t = replace(t19, "自2019年1月1日至2019年12月31日", "自2021年1月1日至2021年12月31日");
    free(t19);
    char ev[512];
    assert_int_equal(rule_count(t, "format-old-layout", ev, sizeof ev), 1);
    assert_string_equal(ev, "2021年度报告，表格为国办公开办函〔2019〕60号格式");
    /* said at the tables' first figure, section 二's 规章 */
    assert_int_equal(rule_line(t, "format-old-layout"), 13);
    /* a label in the 2021 format's words there is no variant to put back to the old words */
    char *words21 = replace(t, "规范性文件\t5", "行政规范性文件\t5");
    assert_int_equal(rule_count(words21, "format-old-layout", NULL, 0), 1);
    assert_int_equal(rule_count(words21, "format-label-variant", NULL, 0), 0);
    free(words21);
    free(t);
    assert_int_equal(rule_count(base19, "format-old-layout", NULL, 0), 0);
    /* one header of the old format left in a report of the new: the other headers say which
     * format it is, and the old one's labels are said */
    t = replace(base, "本年制发件数\t本年废止件数\t现行有效件数",
                "本年新制作数量\t本年新公开数量\t对外公开总数量");
    xxgk_report *mixed = read_text(t, strlen(t));
    assert_int_equal(xxgk_report_format(mixed), XXGK_FORMAT_2021);
    xxgk_report_free(mixed);
    assert_int_equal(rule_count(t, "format-label-variant", ev, sizeof ev), 3);
    assert_string_equal(ev, "“本年新制作数量”（2019年格式的表头，本格式无此列，其下数字按位置读取）");
    assert_int_equal(rule_count(t, "struct-row-missing", NULL, 0), 0);
    free(t);
    expect("本年废止件数", "本年度止件数", "format-label-variant", 1,
           "“本年度止件数”（标准：本年废止件数）");
    /* a column header one character off, in each table; one that is the format's is none */
    expect("本年制发件数", "本年制法件数", "format-label-variant", 1,
           "“本年制法件数”（标准：本年制发件数）");
    expect("\t\t\t\t商业企业", "\t\t\t\t商业企企", "format-label-variant", 1,
           "“商业企企”（标准：商业企业）");
    expect("\n结果维持\t结果纠正", "\n结果维护\t结果纠正", "format-label-variant", 1,
           "“结果维护”（标准：结果维持）");
    expect("\n结果维持\t结果纠正", "\n结果纠正\t结果纠正", "format-label-variant", 0, NULL);
    expect("2.其他法律行政法规禁止公开", "2.其他法律行政止公开", "format-label-variant", 1,
           "“2.其他法律行政止公开”（标准：2.其他法律行政法规禁止公开）");
    /* shortened or reworded rows: read as their rows, and pointed out */
    expect("（七）总计", "（七）合计", "format-label-variant", 1, "“（七）合计”（标准：（七）总计）");
    expect("（七）总计", "（七）合计", "struct-row-missing", 0, NULL);
    expect("5.属于三类内部事务信息", "5.属于内部事务信息", "format-label-variant", 1,
           "“5.属于内部事务信息”（标准：5.属于三类内部事务信息）");
    expect("6.属于四类过程性信息", "6.属于过程性信息", "struct-row-missing", 0, NULL);
    expect("行政事业性收费\t", "行政事业收费\t", "format-label-variant", 1,
           "“行政事业收费”（标准：行政事业性收费）");
    /* the 2019 row label in a 2021 table */
    expect("行政规范性文件\t", "规范性文件\t", "format-label-variant", 1,
           "“规范性文件”（标准：行政规范性文件）");
    expect("2024年政府信息公开工作年度报告", "2024年政府信息公开工作报告", "format-title", 1,
           "“测试市交通运输局2024年政府信息公开工作报告”");
    expect("2024年政府信息公开工作年度报告", " 2024 年政府信息公开工作 年度报告", "format-title", 0,
           NULL);
    /* a section with nothing under its heading; 无 is something */
    const char *six = strstr(base, "六、其他需要报告的事项\n");
    assert_non_null(six);
    static const char *const under[] = {"", "\n  \n", "无。\n"};
    for (int u = 0; u < 3; u++) {
        char *bare = malloc(strlen(base) + 16);
        assert_non_null(bare);
        sprintf(bare, "%.*s六、其他需要报告的事项\n%s", (int)(six - base), base, under[u]);
        expect_on(bare, "测试", "测试", "struct-section-empty", u < 2,
                  u < 2 ? "六、其他需要报告的事项" : NULL);
        free(bare);
    }
    /* no title: said so, not the sentence after it taken for one */
    expect("测试市交通运输局2024年政府信息公开工作年度报告\n", "", "format-title", 1, "未找到标题");
    /* the report of another kind of work, 政务公开, by its title or its first line */
    expect("2024年政府信息公开工作年度报告", "2024年政务公开工作年度报告", "format-title", 1,
           "“测试市交通运输局2024年政务公开工作年度报告”");
    expect("2024年政府信息公开工作年度报告", "2024年政务公开工作总结", "format-title", 1,
           "未找到标题；首行为“测试市交通运输局2024年政务公开工作总结”");
    /* （六） printed as one row in a 2021 table */
    char *a = drop_line(base, "2.申请人逾期未按收费通知要求缴纳费用");
    char *b = drop_line(a, "\t\t3.其他\t");
    char *c = replace(b, "（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t1\t0\t0\t0\t0\t0\t1",
                      "（六）其他处理\t\t2\t0\t1\t0\t0\t0\t3");
    assert_int_equal(rule_count(c, "format-mixed-layout", NULL, 0), 1);
    assert_int_equal(rule_count(c, "struct-row-missing", NULL, 0), 0);
    assert_int_equal(rule_count(c, "arith-outcomes", NULL, 0), 0);
    free(a);
    free(b);
    free(c);
}

static void test_dates(void **state)
{
    (void)state;
    char *t = drop_line(base, "2025年1月20日");
    assert_int_equal(rule_count(t, "date-missing", NULL, 0), 1);
    free(t);
    expect("2025年1月20日", "2025年2月20日", "date-late", 1,
           "发布日期 2025-02-20，期限 2025-01-31（按机关名称判断为部门，1月31日前；人民政府的报告"
           "请用 --agency-kind government）");
    /* a people's government has until 31 March; the kind can be forced */
    t = replace(base, "2025年1月20日", "2025年2月20日");
    xxgk_check_options gov = {XXGK_LANG_ZH, XXGK_AGENCY_GOVERNMENT};
    assert_int_equal(rule_count_opts(t, "date-late", NULL, 0, &gov), 0);
    /* ... as is one titled 人民政府, by its place alone, or 某某市政府 (not a department there),
     * or signed by a 人民政府 */
    static const struct {
        const char *title;
        int late;
    } titles[] = {{"测试市人民政府2024年", 0},
                  {"测试市测试区2024年", 0},
                  {"测试市政府2024年", 0},
                  {"测试市测试区交通运输局2024年", 1}};
    for (size_t i = 0; i < sizeof titles / sizeof titles[0]; i++) {
        char *v = replace(t, "测试市交通运输局2024年", titles[i].title);
        assert_int_equal(rule_count(v, "date-late", NULL, 0), titles[i].late);
        free(v);
    }
    char *u = replace(t, "\n测试市交通运输局\n2025年2月20日", "\n测试市测试区人民政府\n2025年2月20日");
    char *v = replace(u, "测试市交通运输局2024年", "2024年");
    assert_int_equal(rule_count(v, "date-late", NULL, 0), 0);
    free(v);
    free(u);
    /* a township's government is below Art. 49's county level: 31 January */
    u = replace(t, "测试市交通运输局2024年", "测试县某某镇人民政府2024年");
    char town[512];
    assert_int_equal(rule_count(u, "date-late", town, sizeof town), 1);
    assert_string_equal(town, "发布日期 2025-02-20，期限 2025-01-31（按机关名称判断为乡镇人民政府"
                              "或街道办事处，1月31日前（第四十九条的3月31日适用于县级以上人民政府）"
                              "；另有规定的请用 --agency-kind government）");
    free(u);
    /* so is a 苏木's, and a 街道办事处 (no department, though held to a department's date) */
    static const char *const towns[] = {"测试旗某某苏木人民政府2024年",
                                        "测试区某某街道办事处2024年"};
    for (size_t i = 0; i < 2; i++) {
        u = replace(t, "测试市交通运输局2024年", towns[i]);
        assert_int_equal(rule_count(u, "date-late", town, sizeof town), 1);
        assert_non_null(strstr(town, "按机关名称判断为乡镇人民政府或街道办事处"));
        free(u);
    }
    free(t);
    /* a department's report on 2018 or before had until 31 March too (the 2007 条例) */
    {
        char *y18 = replace(base19, "2019年政府信息公开", "2018年政府信息公开");
        char *y18b = replace(y18, "自2019年1月1日至2019年12月31日", "自2018年1月1日至2018年12月31日");
        char *late = replace(y18b, "2020年1月20日", "2019年3月20日");
        char *later = replace(y18b, "2020年1月20日", "2019年4月2日");
        char ev18[256];
        assert_int_equal(rule_count(late, "date-late", NULL, 0), 0);
        assert_int_equal(rule_count(later, "date-late", ev18, sizeof ev18), 1);
        assert_string_equal(ev18, "发布日期 2019-04-02，期限 2019-03-31（2018年及以前的年度报告："
                                  "2007年条例第三十一条，3月31日前）");
        free(y18), free(y18b), free(late), free(later);
    }
    /* in English, the evidence's own words too (the report's labels stay as printed) */
    t = replace(base, "2025年1月20日", "2025年2月20日");
    xxgk_check_options en = {XXGK_LANG_EN, XXGK_AGENCY_AUTO};
    char ev[512];
    assert_int_equal(rule_count_opts(t, "date-late", ev, sizeof ev, &en), 1);
    assert_string_equal(ev, "dated 2025-02-20, due 2025-01-31 (a department's by the agency's "
                            "name, by 31 January; for a people's government's report use "
                            "--agency-kind government)");
    free(t);
    /* a date that does not exist is said to be wrong, not missing */
    expect("2025年1月20日", "2025年2月30日", "date-invalid", 1, "2025年2月30日");
    expect("2025年1月20日", "2025年2月30日", "date-missing", 0, NULL);
    expect("2025年1月20日", "2025年13月1日", "date-invalid", 1, "2025年13月1日");
    /* dated before the year ended: not a report of the whole year */
    expect("2025年1月20日", "2024年12月30日", "date-early", 1, "发布日期 2024-12-30，2024年度报告");
    expect("2025年1月20日", "2025年1月1日", "date-early", 0, NULL);
    /* a year mistyped far out is dated wrong, not undated */
    expect("2025年1月20日", "1900年1月1日", "date-early", 1, "发布日期 1900-01-01，2024年度报告");
    expect("2025年1月20日", "9999年12月31日", "date-missing", 0, NULL);
    expect("2025年1月20日", "9999年12月31日", "date-late", 1, NULL);
}

/* The deadline is for making the report public: a web page's 发布时间 (a site's article header,
 * a crawler's copy) or PubDate after it is late, whatever the date at the end says. */
static void test_posted(void **state)
{
    (void)state;
    char *head = replace(base, "测试市交通运输局2024年政府信息公开工作年度报告",
                         "测试市交通运输局2024年政府信息公开工作年度报告\n"
                         "发布时间：2025年2月10日  来源：测试市交通运输局");
    xxgk_report *r = read_text(head, strlen(head));
    assert_string_equal(xxgk_report_posted(r), "2025-02-10");
    assert_string_equal(xxgk_report_published(r), "2025-01-20");
    xxgk_report_free(r);
    char ev[512];
    assert_int_equal(rule_count(head, "date-late", ev, sizeof ev), 1);
    assert_string_equal(ev, "网页发布于 2025-02-10，期限 2025-01-31（按机关名称判断为部门，1月31日前；"
                            "人民政府的报告请用 --agency-kind government）；落款日期 2025-01-20");
    assert_int_equal(rule_line(head, "date-late"), 2);
    /* with no date at the end, the posting alone; on time, nothing */
    char *undated = drop_line(head, "2025年1月20日");
    xxgk_check_options en = {XXGK_LANG_EN, XXGK_AGENCY_AUTO};
    assert_int_equal(rule_count_opts(undated, "date-late", ev, sizeof ev, &en), 1);
    assert_string_equal(ev, "put online 2025-02-10, due 2025-01-31 (a department's by the "
                            "agency's name, by 31 January; for a people's government's report use "
                            "--agency-kind government); no date at the end");
    assert_int_equal(rule_count(undated, "date-missing", NULL, 0), 1);
    char *in_time = replace(head, "发布时间：2025年2月10日", "发布时间: 2025-01-30 09:49");
    assert_int_equal(rule_count(in_time, "date-late", NULL, 0), 0);
    r = read_text(in_time, strlen(in_time));
    assert_string_equal(xxgk_report_posted(r), "2025-01-30");
    xxgk_report_free(r);
    /* a page's head says it (PubDate, as government sites give every page) */
    const char *page =
        "<html><head><meta name=\"ArticleTitle\" content=\"测试局2024年政府信息公开工作年度报告\">"
        "<meta name=\"PubDate\" content=\"2025年2月3日 10:12\"></head><body><div class=\"TRS_Editor\">"
        "<p>一、总体情况</p><p>略。</p><p>测试局</p><p>2025年1月20日</p></div></body></html>";
    r = read_text(page, strlen(page));
    assert_string_equal(xxgk_report_posted(r), "2025-02-03");
    json_t *j = report_json(r);
    assert_string_equal(json_string_value(json_object_get(j, "posted")), "2025-02-03");
    json_decref(j);
    xxgk_report_free(r);
    assert_int_equal(rule_count(page, "date-late", ev, sizeof ev), 1);
    assert_int_equal(strncmp(ev, "网页发布于 2025-02-03，期限 2025-01-31", 43), 0);
    /* text with no such line has no posting date, nor has a day that does not exist, nor a
     * date written two ways at once; a dateless 发布时间 leaves 发布日期 to say it */
    r = read_text(base, strlen(base));
    assert_null(xxgk_report_posted(r));
    xxgk_report_free(r);
    static const struct {
        const char *line, *posted;
    } forms[] = {{"发布时间：2025-02-31", NULL},
                 {"发布时间：2025-01/22", NULL},
                 {"发布时间：2025.1.22", "2025-01-22"},
                 {"发布时间：  来源：本局  发布日期：2025年1月22日", "2025-01-22"}};
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        char *v = replace(head, "发布时间：2025年2月10日", forms[i].line);
        r = read_text(v, strlen(v));
        if (forms[i].posted)
            assert_string_equal(xxgk_report_posted(r), forms[i].posted);
        else
            assert_null(xxgk_report_posted(r));
        xxgk_report_free(r);
        free(v);
    }
    free(in_time);
    free(undated);
    free(head);
}

/* The line of the first finding of rule in text, -1 when none. */
static long rule_line(const char *text, const char *rule)
{
    xxgk_report *r = read_text(text, strlen(text));
    xxgk_findings *f = NULL;
    assert_int_equal(xxgk_check(&f, r, NULL), 0);
    long line = -1;
    for (size_t i = 0; i < xxgk_findings_count(f) && line < 0; i++)
        if (strcmp(xxgk_findings_get(f, i)->rule->id, rule) == 0)
            line = (long)xxgk_findings_get(f, i)->line;
    xxgk_findings_free(f);
    xxgk_report_free(r);
    return line;
}

/* A report built in memory: sections of any shape, and no lines to name. */
static void test_built_report_text(void **state)
{
    (void)state;
    xxgk_report *r = NULL;
    assert_int_equal(xxgk_report_new(&r, XXGK_FORMAT_2021, "测试局", 2024), 0);
    for (size_t i = 0; i < xxgk_report_cell_count(r); i++)
        assert_int_equal(xxgk_report_set_cell(r, i, 0), 0);
    for (int s = 1; s <= 6; s++)
        assert_int_equal(xxgk_report_add_section(r, s, s == 1 ? "\n本年共收到政府信息公开申请30件。\n"
                                                                "另行" : "\n第二段。\n另行"),
                         0);
    xxgk_findings *f = NULL;
    assert_int_equal(xxgk_check(&f, r, NULL), 0);
    size_t n = 0;
    for (size_t i = 0; i < xxgk_findings_count(f); i++)
        if (strcmp(xxgk_findings_get(f, i)->rule->id, "text-figure-mismatch") == 0) {
            n++;
            assert_int_equal(xxgk_findings_get(f, i)->line, 0);
        }
    assert_int_equal(n, 1);
    xxgk_findings_free(f);
    xxgk_report_free(r);
}

/* text-agency-name findings of the base report made the report of `agency`, with `sentence`
 * after its 均按期答复。 (the first one's evidence into ev). */
static int agency_findings(const char *agency, const char *sentence, char *ev, size_t cap)
{
    char title[128], with[512];
    snprintf(title, sizeof title, "%s2024年", agency);
    snprintf(with, sizeof with, "均按期答复。%s", sentence);
    char *named = replace(base, "测试市交通运输局2024年", title);
    char *text = replace(named, "均按期答复。", with);
    int n = rule_count(text, "text-agency-name", ev, cap);
    free(text);
    free(named);
    return n;
}

static void test_text_rules(void **state)
{
    (void)state;
    /* figures stated in Chinese numerals, or after 办理 / 申请 */
    expect("均按期答复。", "均按期答复。结转下年度继续办理三十件。", "text-figure-mismatch", 1,
           "正文：“结转下年度继续办理三十件”；表格四、结转下年度继续办理总计为 4");
    expect("均按期答复。", "均按期答复。结转下年度继续办理四件。", "text-figure-mismatch", 0, NULL);
    /* a clause above table 三 without its full stop is a sentence, no label; a note too */
    static const char sums[] = "（本列数据的勾稽关系为";
    expect(sums, "2024年，我局共收到政府信息公开申请31件，上年结转4件\n（本列数据的勾稽关系为",
           "text-figure-mismatch", 1,
           "正文：“我局共收到政府信息公开申请31件”；表格一、本年新收总计为 29");
    expect(sums, "2024年，我局共收到政府信息公开申请29件，上年结转4件\n（本列数据的勾稽关系为",
           "format-label-variant", 0, NULL);
    expect(sums, "注：上年结转的4件申请均已办结\n（本列数据的勾稽关系为", "format-label-variant",
           0, NULL);
    /* outcomes listed after a colon, 如下 or 依法 (each against its 总计), or as a numbered
     * list, a line each, after their total or 办理结果： */
    static const char *const listed[][2] = {
        {"全年受理申请29件：予以公开13件。", "正文：“予以公开13件”；表格（一）予以公开总计为 11"},
        {"办理结果如下：予以公开13件。", "正文：“予以公开13件”；表格（一）予以公开总计为 11"},
        {"全年共收到申请29件，依法不予公开4件。",
         "正文：“不予公开4件”；表格（三）不予公开总计为 2"},
        {"全年受理申请29件：依法予以公开11件，部分公开3件，不予公开2件。", NULL},
        {"全年办结申请29件：\n（一）予以公开13件；\n（二）部分公开3件。\n",
         "正文：“予以公开13件”；表格（一）予以公开总计为 11"},
        {"办理结果：\n（一）予以公开13件；\n（二）部分公开3件。\n",
         "正文：“予以公开13件”；表格（一）予以公开总计为 11"},
        {"全年办结申请29件：\n（一）予以公开11件；\n（二）部分公开3件。\n", NULL},
        {"全年共收到申请29件，经审查，予以公开13件。",
         "正文：“予以公开13件”；表格（一）予以公开总计为 11"},
        {"全年共收到申请29件，依法依规予以公开13件。",
         "正文：“予以公开13件”；表格（一）予以公开总计为 11"},
        {"全年共收到申请29件，依法作出不予公开答复4件。",
         "正文：“不予公开答复4件”；表格（三）不予公开总计为 2"},
        {"全年共收到申请29件，答复情况如下：予以公开13件，部分公开3件。",
         "正文：“予以公开13件”；表格（一）予以公开总计为 11"},
        {"全年共收到申请29件，具体办理情况为：予以公开11件，部分公开3件。", NULL}};
    for (size_t i = 0; i < sizeof listed / sizeof listed[0]; i++) {
        char with[256];
        snprintf(with, sizeof with, "均按期答复。%s", listed[i][0]);
        expect("均按期答复。", with, "text-figure-mismatch", listed[i][1] != NULL, listed[i][1]);
    }
    expect("均按期答复。", "均按期答复。全年政府信息公开申请量为31件。", "text-figure-mismatch", 1,
           "正文：“全年政府信息公开申请量为31件”；表格一、本年新收总计为 29");
    expect("均按期答复。", "均按期答复。从申请人类型看，自然人22件，法人或其他组织9件。",
           "text-figure-mismatch", 1,
           "正文：“自然人22件”；表格一、本年新收·自然人为 20（加上年结转为 23）");
    /* the channels listed as all of them (等方式), not one channel's part */
    expect("均按期答复。", "均按期答复。全年通过网络、信函等方式共收到政府信息公开申请31件。",
           "text-figure-mismatch", 1,
           "正文：“全年通过网络、信函等方式共收到政府信息公开申请31件”；表格一、本年新收总计为 29");
    expect("均按期答复。", "均按期答复。全年通过网络方式收到政府信息公开申请31件。",
           "text-figure-mismatch", 0, NULL);
    expect("均按期答复。", "均按期答复。全年通过网络平台收到申请10件，通过信函等方式收到申请19件。",
           "text-figure-mismatch", 0, NULL);
    /* outcomes each with its 的 after 其中; not those of some applications named first */
    expect("均按期答复。",
           "均按期答复。全年共收到申请29件，其中予以公开的11件，部分公开的3件，不予公开的4件。",
           "text-figure-mismatch", 1, "正文：“不予公开的4件”；表格（三）不予公开总计为 2");
    expect("均按期答复。", "均按期答复。全年共收到申请29件，其中涉及道路建设的12件，予以公开10件。",
           "text-figure-mismatch", 0, NULL);
    /* counts of documents after the first naming none are of its kind */
    expect("均按期答复。", "均按期答复。全年制发行政规范性文件5件，废止3件，现行有效40件。",
           "text-figure-mismatch", 1,
           "正文：“废止3件”；表格本年废止件数：规章 0，行政规范性文件 2");
    expect("均按期答复。", "均按期答复。全年制发行政规范性文件5件，废止2件，现行有效40件。",
           "text-figure-mismatch", 0, NULL);
    /* applications to be answered next year are those carried over */
    expect("均按期答复。", "均按期答复。另有5件申请将于2025年度答复。", "text-figure-mismatch", 1,
           "正文：“另有5件申请将于2025年度答复”；表格四、结转下年度继续办理总计为 4");
    expect("均按期答复。", "均按期答复。另有4件申请将于下一年度办理。", "text-figure-mismatch", 0,
           NULL);
    /* (复议案件 names no deputies' motion, 议案, which is other work) */
    expect("均按期答复。", "均按期答复。全年政府信息公开行政复议案件4件，行政诉讼案件5件。",
           "text-figure-mismatch", 1, "正文：“行政诉讼案件5件”；表格行政诉讼总计为 3");
    expect("均按期答复。", "均按期答复。全年收到市人大议案申请35件。", "text-figure-mismatch", 0,
           NULL);
    /* those concluded of the year's received, the rest carried over: 29 - 4, not （七）总计 */
    expect("申请29件，均按期答复", "申请29件，已办结25件，结转下年度4件", "text-figure-mismatch",
           0, NULL);
    expect("申请29件，均按期答复", "申请29件，已办结24件，结转下年度4件", "text-figure-mismatch",
           1, "正文：“办结24件”；表格（七）总计为 29，一、本年新收减四、结转下年度为 25");
    expect("均按期答复。", "均按期答复。上年结转申请3件。", "text-figure-mismatch", 1,
           "正文：“上年结转申请3件”；表格二、上年结转总计为 4");
    expect("全年共收到政府信息公开申请29件", "全年共收到政府信息公开申请一百零五件",
           "text-figure-mismatch", 1, "正文：“全年共收到政府信息公开申请一百零五件”；表格一、本年新收总计为 29");
    expect("全年共收到政府信息公开申请29件", "全年共收到政府信息公开申请二十九件",
           "text-figure-mismatch", 0, NULL);
    /* an aside on what the count holds, before it */
    expect("全年共收到政府信息公开申请29件", "全年共收到政府信息公开申请（含网上申请）31件",
           "text-figure-mismatch", 1,
           "正文：“全年共收到政府信息公开申请（含网上申请）31件”；表格一、本年新收总计为 29");
    expect("全年共收到政府信息公开申请29件", "全年共收到政府信息公开申请（含网上申请）29件",
           "text-figure-mismatch", 0, NULL);
    expect("全年共收到政府信息公开申请29件", "全年共收到政府信息公开申请（其中网上申请12件）31件",
           "text-figure-mismatch", 0, NULL);
    /* capital numerals (大写), traditional forms, 千 */
    expect("全年共收到政府信息公开申请29件", "全年共收到政府信息公开申请叁拾壹件",
           "text-figure-mismatch", 1, "正文：“全年共收到政府信息公开申请叁拾壹件”；表格一、本年新收总计为 29");
    expect("全年共收到政府信息公开申请29件", "全年共收到政府信息公开申请贰拾玖件",
           "text-figure-mismatch", 0, NULL);
    expect("全年共收到政府信息公开申请29件", "全年共收到政府信息公开申请貳拾玖件",
           "text-figure-mismatch", 0, NULL);
    expect("全年共收到政府信息公开申请29件", "全年共收到政府信息公开申请一千零二十九件",
           "text-figure-mismatch", 1,
           "正文：“全年共收到政府信息公开申请一千零二十九件”；表格一、本年新收总计为 29");
    /* times are not counts; 零件 is a part */
    expect("全年共收到政府信息公开申请29件", "我局在收到申请的20个工作日内予以答复",
           "text-figure-mismatch", 0, NULL);
    expect("全年共收到政府信息公开申请29件", "全年收到的申请办理两个月以上", "text-figure-mismatch",
           0, NULL);
    expect("全年共收到政府信息公开申请29件", "全年共收到政府信息公开申请零件", "text-figure-mismatch",
           0, NULL);
    /* a finding about the text names the line its sentence is on: in the preamble, or in a
     * section below blank lines */
    char *t = replace(base, "均按期答复。", "均按期答复。现行有效规范性文件39件。");
    assert_int_equal(rule_line(t, "text-figure-mismatch"), 7);
    free(t);
    t = replace(base, "统计期限自2024年1月1日至2024年12月31日", "统计期限自2023年1月1日至2023年12月31日");
    assert_int_equal(rule_line(t, "text-period"), 3);
    free(t);
    /* a sub-heading printed without a stop is no part of the paragraph below it: its year is
     * not the sentence's, and the sentence's line is the paragraph's */
    static const char *const headings[] = {"（二）与2023年对比情况\n", "1.全市依申请公开情况\n"};
    for (size_t i = 0; i < sizeof headings / sizeof headings[0]; i++) {
        char said[256];
        snprintf(said, sizeof said, "%s2024年，我局认真贯彻落实政府信息公开条例，全年共收到政府"
                                    "信息公开申请17件",
                 headings[i]);
        t = replace(base,
                    "2024年，我局认真贯彻落实政府信息公开条例，全年共收到政府信息公开申请29件",
                    said);
        assert_int_equal(rule_line(t, "text-figure-mismatch"), 8);
        free(t);
    }
    expect("2024年，我局认真贯彻落实政府信息公开条例，全年共收到政府信息公开申请29件",
           "（二）与2023年对比情况\n全年共收到政府信息公开申请17件", "text-figure-mismatch", 1,
           "正文：“全年共收到政府信息公开申请17件”；表格一、本年新收总计为 29");
    /* in section 三 a count of answers need not say they are of applications; elsewhere it
     * must (a hotline's, a licence's) */
    expect("三、收到和处理政府信息公开申请情况\n",
           "三、收到和处理政府信息公开申请情况\n本年共办结28件。\n", "text-figure-mismatch", 1,
           "正文：“办结28件”；表格（七）总计为 29，一、本年新收减四、结转下年度为 25");
    expect("一、总体情况\n", "一、总体情况\n本年共办结28件。\n", "text-figure-mismatch", 0, NULL);
    /* a title of the wrong year, against the period and the date, which agree */
    expect("测试市交通运输局2024年政府信息公开", "测试市交通运输局2023年政府信息公开",
           "date-title-year", 1, "标题为2023年；统计期限为2024年（第3行），发布日期 2025-01-20");
    expect("测试市交通运输局2024年政府信息公开", "测试市交通运输局二〇二三年政府信息公开",
           "date-title-year", 1, "标题为2023年；统计期限为2024年（第3行），发布日期 2025-01-20");
    expect("测试市交通运输局2024年政府信息公开", "测试市交通运输局2023年政府信息公开", "date-late",
           0, NULL);
    expect("测试市交通运输局2024年政府信息公开", "测试市交通运输局2023年政府信息公开", "text-period",
           0, NULL);
    t = replace(base, "测试市交通运输局2024年政府信息公开", "测试市交通运输局2023年政府信息公开");
    xxgk_report *wrong = read_text(t, strlen(t));
    assert_int_equal(xxgk_report_year(wrong), 2024);
    xxgk_report_free(wrong);
    free(t);
    /* a period that is no witness (another year than the date's), or none: the title stands */
    t = replace(base, "测试市交通运输局2024年政府信息公开", "测试市交通运输局2023年政府信息公开");
    char *t2 = replace(t, "统计期限自2024年1月1日至2024年12月31日", "统计期限自2022年1月1日至12月31日");
    assert_int_equal(rule_line(t2, "date-title-year"), -1);
    assert_int_equal(rule_line(t2, "date-late"), 73);
    free(t2);
    t2 = replace(t, "统计期限自2024年1月1日至2024年12月31日", "统计期限自2024年1月1日至12月31日");
    assert_int_equal(rule_line(t2, "date-title-year"), 1);
    free(t2);
    free(t);
    /* a title wrapped over two lines: at the line with the year */
    t = replace(base, "测试市交通运输局2024年政府信息公开工作年度报告",
                "测试市交通运输局\n2023年政府信息公开工作年度报告");
    assert_int_equal(rule_line(t, "date-title-year"), 2);
    free(t);
    expect("全年共收到政府信息公开申请29件，均按期答复", "全年未收到政府信息公开申请", "text-no-requests",
           1, "正文：“2024年，我局认真贯彻落实政府信息公开条例，全年未收到政府信息公开申请”；"
              "表格一、本年新收总计为 29");
    expect("均按期答复。", "均按期答复。本年度未发生政府信息公开行政复议、行政诉讼案件。", "text-no-review",
           1, "正文：“本年度未发生政府信息公开行政复议、行政诉讼案件”；表格行政复议总计 4，行政诉讼总计 3");
    /* other ways of saying none; and a denial of some applications only (a channel, a kind of
     * applicant) or of one kind of case the table indeed lacks is no contradiction */
    expect("全年共收到政府信息公开申请29件，均按期答复", "本年度无依申请公开事项", "text-no-requests",
           1, NULL);
    expect("全年共收到政府信息公开申请29件，均按期答复", "政府信息公开申请数为0", "text-no-requests",
           1, NULL);
    expect("均按期答复。", "均按期答复，未收到信函申请。", "text-no-requests", 0, NULL);
    /* a sentence beside a table says what it says: checked as the narrative is, at its line */
    const char *three = "三、收到和处理政府信息公开申请情况\n";
    expect(three, "三、收到和处理政府信息公开申请情况\n本年度共收到政府信息公开申请999件。\n",
           "text-figure-mismatch", 1, "正文：“本年度共收到政府信息公开申请999件”；表格一、本年新收总计为 29");
    expect(three, "三、收到和处理政府信息公开申请情况\n本年度未收到政府信息公开申请。\n",
           "text-no-requests", 1, "正文：“本年度未收到政府信息公开申请”；表格一、本年新收总计为 29");
    t = replace(base, three, "三、收到和处理政府信息公开申请情况\n\n本年度共收到政府信息公开申请999件。\n");
    assert_int_equal(rule_line(t, "text-figure-mismatch"), 28);
    free(t);
    /* (a table's rows and headers, which hold no full stop, are no sentences: the fixture's
     * figures raise nothing) */
    expect(three, three, "text-figure-mismatch", 0, NULL);
    expect("均按期答复。", "均按期答复。本年度未收到法人或其他组织提出的政府信息公开申请。",
           "text-no-requests", 0, NULL);
    expect("均按期答复。", "均按期答复。联系电话为0591-1234567。", "text-no-requests", 0, NULL);
    /* of the applicants, not of applications; but an applicant's application is one */
    expect("均按期答复。", "均按期答复。全年未收到申请人对答复的异议。", "text-no-requests", 0, NULL);
    expect("均按期答复。", "均按期答复。本年度未收到申请人关于信息处理费的咨询。", "text-no-requests",
           0, NULL);
    expect("均按期答复。", "均按期答复。本年度未收到申请人提出的政府信息公开申请。",
           "text-no-requests", 1, NULL);
    expect("均按期答复。", "均按期答复。行政复议、行政诉讼均为0。", "text-no-review", 1, NULL);
    expect("均按期答复。", "均按期答复。本年度未收到任何形式的政府信息公开申请。",
           "text-no-requests", 1, NULL);
    /* applications of one kind, counted apart ("另", 咨询) */
    expect("均按期答复。", "均按期答复。本年度未收到涉及商业秘密的政府信息公开申请。",
           "text-no-requests", 0, NULL);
    expect("均按期答复。", "均按期答复。另收到咨询类申请17件，已按咨询处理。",
           "text-figure-mismatch", 0, NULL);
    /* other words for none of the cases */
    const char *no_cases[] = {"2024年，没有政府信息公开行政复议及行政诉讼情况。",
                              "全年无政府信息公开行政复议、行政诉讼案件。",
                              "全年没有因政府信息公开申请被提起行政复议或行政诉讼。",
                              "本年度我局未被申请行政复议，也未被提起行政诉讼。"};
    EXPECT_EACH(no_cases, "text-no-review", 1);
    /* ... as reports commonly put it: caused by disclosure, 零复议, 不存在, 未因, 未有 */
    const char *no_cases_said[] = {
        "本年度未发生因政府信息公开引起的行政复议和行政诉讼。",
        "本年度未出现因政府信息公开引起的行政复议、行政诉讼。",
        "本年度我局未因政府信息公开工作被申请行政复议或提起行政诉讼。",
        "本年度未有申请人就政府信息公开答复提起行政复议或行政诉讼。",
        "全年零复议、零诉讼。", "本年度不存在政府信息公开行政复议、行政诉讼情况。",
        "本年度未发生政府信息公开行政复议、行政诉讼，保持良好态势。"};
    EXPECT_EACH(no_cases_said, "text-no-review",
                1);
    /* ... not what cases caused, the cases of one cause, decisions not carried out, an aim */
    const char *not_cases_said[] = {"本年度未发生因行政复议引起的责任追究。",
                                    "本年度未发生因未按时答复而引起的行政复议。",
                                    "本年度未发生政府信息公开行政复议决定未履行的情况。",
                                    "下一步，我局将力争实现零复议零诉讼。"};
    EXPECT_EACH(not_cases_said, "text-no-review", 0);
    /* the cases named, then none after a colon */
    const char *colon_none[] = {"政府信息公开行政复议、行政诉讼案件：无。",
                                "本年度行政复议情况：无。", "行政诉讼：无；行政复议4件。"};
    EXPECT_EACH(colon_none, "text-no-review", 1);
    expect("均按期答复。", "均按期答复。行政复议、行政诉讼案件：无。", "text-no-review", 1,
           "正文：“行政复议、行政诉讼案件：无”；表格行政复议总计 4，行政诉讼总计 3");
    const char *not_colon_none[] = {"上年度行政复议、行政诉讼：无。",
                                    "行政复议、行政诉讼纠错情况：无。",
                                    "行政复议：无论结果如何，均认真对待。",
                                    "其他需要报告的事项：无。"};
    EXPECT_EACH(not_colon_none, "text-no-review", 0);
    /* none applied, everyone named: not one kind of applicant */
    const char *no_requests_said[] = {
        "本年度未收到公民、法人或其他组织提出的政府信息公开申请。",
        "本年度没有公民、法人或者其他组织向我局提出政府信息公开申请。",
        "本年度无公民、法人或其他组织申请公开政府信息。", "本年度未接收到政府信息公开申请。",
        "全年未有申请人提出政府信息公开申请。", "本年度未收到社会公众提出的政府信息公开申请。",
        "本年度无公民、法人或其他组织提出的政府信息公开申请。",
        "本年度未收到政府信息公开申请、意见和建议。"};
    EXPECT_EACH(no_requests_said, "text-no-requests", 1);
    const char *some_requests_said[] = {"本年度未收到法人或其他组织提出的申请。",
                                        "本年度未收到超期答复的投诉。"};
    EXPECT_EACH(some_requests_said, "text-no-requests", 0);
    /* counts of carried and answered applications as reports word them */
    const char *counts_said[] = {"上年度结转申请2件。", "结转至下年度的申请2件。",
                                 "结转下一年度继续办理的申请2件。",
                                 "全年依申请公开办结31件。", "本年度共办结依申请公开事项31件。",
                                 "全年受理政府信息公开申请31宗。", "全年政府信息公开申请共26件。",
                                 "我局全年新增政府信息公开申请26件。",
                                 "本年度政府信息公开行政复议、行政诉讼共8件。",
                                 "全年共收到政府信息公开申请29件，办结29件，办结率100%，无结转。",
                                 "本年度申请均已办结，未结转至下一年度。",
                                 "本年度无结转下年的申请。",
                                 "本年度不存在结转下年度继续办理的情况。",
                                 "没有需要结转到下一年度办理的申请。",
                                 "年度内收到的申请均已办结，无跨年度办理情况。",
                                 "本年度无转入下年度办理的申请。",
                                 "本年度无结转上年度的申请。", "没有申请结转至下一年度。",
                                 /* carried, in other words than the rows' labels */
                                 "2023年度结转至本年度的申请2件。",
                                 "从上一年度结转过来的申请共2件。",
                                 "截至12月31日，尚有6件申请结转至2025年继续办理。",
                                 "另有2件申请转入下一年度办理。",
                                 "有2件申请尚在答复期限内，结转下一年度继续办理。",
                                 "对2023年结转的2件申请，已于2024年1月全部办结。",
                                 /* cases by how they ended */
                                 "本年度政府信息公开行政复议4件，其中维持3件，纠正1件。",
                                 "本年度政府信息公开行政复议4件，其中3件维持，1件被纠正。",
                                 "政府信息公开行政复议4件，其中2件维持，2件尚未审结。",
                                 "政府信息公开行政复议被纠错2件。",
                                 "政府信息公开行政诉讼中，被法院判决纠正2件。",
                                 "政府信息公开行政复议案件尚未审结2件。",
                                 "全年共处理政府信息公开申请31件。",
                                 "全年收取行政事业性收费20万元。",
                                 "本年度政府信息公开行政诉讼中，未经复议直接起诉2件。",
                                 "本年度共收取行政事业性收费130000元。",
                                 "办理结果中，同意公开11件，部分公开5件。"};
    EXPECT_EACH(counts_said, "text-figure-mismatch",
                1);
    /* ... and as many as the table's, some of them, or another year's */
    const char *carried_agree[] = {"2023年度结转至本年度的申请4件。",
                                   "尚有4件申请结转至2025年继续办理。",
                                   "上年结转申请中有2件予以公开。",
                                   "其中2件转入下一年度的申请涉及第三方。",
                                   "本年度新收申请29件，2件结转下年度的申请已按期答复。",
                                   "2022年结转至2023年的申请3件。",
                                   "1至6月，上年结转的申请2件。",
                                   "全区各单位结转下年度申请12件。",
                                   "受理行政许可申请结转下年度35件。",
                                   "政府信息公开行政复议4件，其中维持2件，纠正1件，尚未审结1件。",
                                   "政府信息公开行政复议4件，其中2件维持，1件被纠正，1件尚未审结。",
                                   "政府信息公开行政复议4件，其中2件被维持。",
                                   "本年度发生政府信息公开行政诉讼3件，其中维持1件，纠正1件。",
                                   "全市政府信息公开行政复议案件维持15件。",
                                   "我局作为复议机关，全年办理行政复议案件35件，维持20件。",
                                   "本年度政府信息公开行政复议、行政诉讼共纠错2件。",
                                   "行政诉讼中，复议后起诉2件，其中纠正1件。",
                                   "全年共处理政府信息公开申请33件。", "本年度不予处理的申请3件。",
                                   "全年处理12345热线工单356件。",
                                   "本年度行政事业性收费12.5万元。", "全年收取行政事业性收费125000元。",
                                   "行政事业性收费较上年减少2万元。", "为企业减免行政事业性收费3万元。",
                                   "全市行政事业性收费总额3000万元。",
                                   "本年度政府信息公开行政诉讼中，未经复议直接起诉1件，复议后起诉2件。",
                                   "办理结果中，予以公开11件，部分公开3件，不予公开2件。",
                                   "网上申请办理结果中，予以公开5件。",
                                   /* another body's, part of the year, a bound, a change,
                                    * those not answered, cases, another year's */
                                   "区政府全年共收到政府信息公开申请1230件，上年结转56件。",
                                   "各乡镇（街道）共收到申请65件。",
                                   "截至2024年6月30日，共收到申请13件。",
                                   "2024年第四季度共办结申请9件。",
                                   "结转下一年度继续办理的申请不超过5件。",
                                   "上年结转申请较上年减少2件。",
                                   "年底未办结的4件申请已转入下一年度。",
                                   "尚未答复的申请2件。",
                                   "行政复议案件结转下年度1件。",
                                   "12345工单结转下年度办理6件。",
                                   "2023年收到申请25件，上年结转2件。"};
    EXPECT_EACH(carried_agree, "text-figure-mismatch", 0);
    /* ... and counts of something else: other applications, some of them, part of the year,
     * years together, answers of one kind, the two kinds of case together */
    const char *not_counts[] = {"全年受理公租房申请89件。", "全年收到最低生活保障申请89件。",
                                "全年收到涉及征收补偿的政府信息公开申请12件。",
                                "本年度收到同一申请人提出的政府信息公开申请8件。",
                                "截至11月底，我局共收到政府信息公开申请26件。",
                                "近三年来，我局共收到政府信息公开申请81件。",
                                "全年共延期答复申请3件。",
                                "本年度政府信息公开行政复议、行政诉讼共7件。",
                                "2023年，我局制发行政规范性文件4件。",
                                "2025年，我局计划制发行政规范性文件3件。",
                                "全年收到公民、法人或其他组织提出的政府信息公开申请29件。",
                                "其中，政府信息公开申请共20件来自网络。",
                                "因政府信息公开被申请行政复议四起、行政诉讼三起。",
                                "涉及多个部门会商的申请，共办结3件。",
                                "本年度财政资金无结转结余。", "本年度无跨年度办理的信访件。"};
    EXPECT_EACH(not_counts, "text-figure-mismatch", 0);
    /* how the applications ended, and documents none of which were issued */
    const char *outcomes_said[] = {"全年共收到政府信息公开申请29件，其中予以公开20件。",
                                   "全年共收到政府信息公开申请29件，其中予以公开11件，不予公开6件。",
                                   "本年度未制发行政规范性文件。", "本年度无新制发的规章和规范性文件。",
                                   "本年度我局未制定出台规章。"};
    EXPECT_EACH(outcomes_said, "text-figure-mismatch", 1);
    /* an outcome's count opening its sentence (不予公开 2, 予以公开 11) */
    const char *outcome_alone[] = {"本年度不予公开的申请6件，均依法说明理由。", "全年予以公开15件。",
                                   "依法不予公开5件，均书面说明理由。", "经审查，依法予以公开9件。",
                                   "全年予以公开的申请为14件，占总数的48.3%。",
                                   "答复予以公开的申请13件。"};
    EXPECT_EACH(outcome_alone, "text-figure-mismatch", 1);
    const char *outcome_not_alone[] = {"全年予以公开11件。", "属于国家秘密的，不予公开1件。",
                                       "上半年，予以公开5件，部分公开1件。",
                                       "网上申请中，予以公开5件。"};
    EXPECT_EACH(outcome_not_alone, "text-figure-mismatch", 0);
    const char *outcomes_not[] = {"全年共收到政府信息公开申请29件，其中予以公开11件。",
                                  "因重复申请不予处理1件。", "本年度不予公开的申请2件。",
                                  "全年制发公文412件，其中主动公开156件，依申请公开38件，不予公开218件。",
                                  "全年依申请公开政府信息36条，其中予以公开30条。",
                                  "全年收到涉及征收补偿的申请12件，其中予以公开5件。",
                                  "全年未制发违反规定的规范性文件。",
                                  "本年度未出台涉企行政规范性文件。"};
    EXPECT_EACH(outcomes_not, "text-figure-mismatch",
                0);
    /* documents repealed (2 in the table): counted, cleared out, or none said */
    const char *repealed_said[] = {"全年废止行政规范性文件6件。", "本年度清理废止规范性文件5件。",
                                   "本年度未废止规范性文件。"};
    EXPECT_EACH(repealed_said, "text-figure-mismatch", 1);
    expect("均按期答复。", "均按期答复。本年度清理废止规范性文件5件。", "text-figure-mismatch", 1,
           "正文：“废止规范性文件5件”；表格本年废止件数：规章 0，行政规范性文件 2");
    const char *repealed_not[] = {"全年废止行政规范性文件2件。", "本年度共制发规范性文件5件，废止2件。",
                                  "全年共清理规范性文件60件，其中保留40件，废止2件，修改18件。",
                                  "2021年以来累计废止规范性文件15件。",
                                  "本年度尚未废止规范性文件。", "近三年共废止规范性文件12件。",
                                  "2024年，区政府废止规范性文件10件，我局配合做好清理工作。",
                                  "建议废止规范性文件3件。", "比上年多废止规范性文件1件。",
                                  "上半年制发规范性文件3件。",
                                  "我局联合市财政局制发规范性文件2件。",
                                  "对现行有效的45件规范性文件开展全面清理。",
                                  "本年度制发规章1件、规范性文件5件。"};
    EXPECT_EACH(repealed_not, "text-figure-mismatch", 0);
    /* ... each kind against its own row (规章 1 issued, 0 repealed) */
    const char *kinds_said[] = {"制发规章6件。", "废止规章2件。", "本年度制发规范性文件1件。"};
    EXPECT_EACH(kinds_said, "text-figure-mismatch", 1);
    /* applications by kind of applicant (自然人 20, 法人或其他组织 9 new; 23 and 10 with
     * those carried in) */
    const char *kinds_of_applicant[] = {"其中，自然人申请25件，法人或其他组织申请9件。",
                                        "其中自然人提出申请22件。", "法人或其他组织申请4件。"};
    EXPECT_EACH(kinds_of_applicant, "text-figure-mismatch", 1);
    expect("均按期答复。", "均按期答复。其中，自然人申请25件，法人或其他组织申请4件。",
           "text-figure-mismatch", 2, NULL);
    /* ... the count before the kind */
    expect("全年共收到政府信息公开申请29件，均按期答复。",
           "全年共收到政府信息公开申请29件，其中12件由法人或其他组织提出。", "text-figure-mismatch",
           1, "正文：“12件由法人或其他组织提出”；表格一、本年新收·法人或其他组织为 9（加上年结转为"
              " 10）");
    /* ... not of applications of another kind, nor of other work */
    const char *other_kinds_counted[] = {
        "全年办理行政许可120件，其中企业申请85件，个人申请35件。",
        "全年受理道路运输经营许可申请120件，其中个人申请80件，企业申请40件。",
        "全年受理行政复议申请15件，其中自然人申请12件，法人申请3件。",
        "全年办理“一件事一次办”申请86件，其中个人申请60件。",
        "全年受理公租房申请86件，其中个人申请86件。",
        "全年收到档案查阅申请56件，其中予以公开50件，部分公开6件。",
        "全年受理行政许可申请120件，其中不予许可5件，其他处理2件。",
        "全年共承办政协提案48件（含上年结转2件）。", "全年办理人大代表建议17件，上年结转1件。",
        "全年收到更正个人信息申请2件，均已处理。", "全年共收到依申请公开事项152项。"};
    EXPECT_EACH(other_kinds_counted, "text-figure-mismatch", 0);
    const char *kinds_first[] = {"全年收到申请29件，其中21件为自然人申请。",
                                 "全年收到申请29件，其中12件系企业提出。",
                                 "全年收到申请29件，其中8件来自法人或其他组织。"};
    EXPECT_EACH(kinds_first, "text-figure-mismatch", 1);
    const char *kinds_first_not[] = {"全年收到申请29件，其中9件由法人或其他组织提出。",
                                     "全年收到申请29件，其中20件为自然人申请。",
                                     "全年收到申请29件，其中12件为涉及征收的申请。",
                                     "2023年收到申请35件，其中12件由自然人提出。"};
    EXPECT_EACH(kinds_first_not, "text-figure-mismatch", 0);
    const char *not_kinds_of_applicant[] = {
        "其中，自然人申请20件，法人或其他组织申请9件。", "自然人申请23件（含上年结转3件）。",
        "自然人申请占比69%。", "自然人申请较上年增加5件。", "网上申请中，自然人申请10件。",
        "涉及征收的自然人申请12件。", "2023年，自然人申请30件。",
        "全年收到自然人、法人或其他组织提出的申请29件。",
        "结转下年度的4件申请中，自然人申请2件。"};
    EXPECT_EACH(not_kinds_of_applicant, "text-figure-mismatch", 0);
    const char *kinds_denied[] = {"申请人均为自然人。", "本年度未收到法人或其他组织提出的申请。",
                                  "本年度收到的申请均为自然人申请。"};
    EXPECT_EACH(kinds_denied, "text-figure-mismatch", 1);
    expect("均按期答复。", "均按期答复。本年度未收到自然人提出的申请。", "text-figure-mismatch", 1,
           "正文：“本年度未收到自然人提出的申请”；表格一、本年新收·自然人为 20");
    /* each kind of 法人或其他组织 but 其他 (商业企业 5, 科研机构 1, 社会公益组织 0), denied or
     * counted, and more ways of saying none or all */
    expect("均按期答复。", "均按期答复。本年度未收到商业企业提出的政府信息公开申请。",
           "text-figure-mismatch", 1,
           "正文：“本年度未收到商业企业提出的政府信息公开申请”；表格一、本年新收·商业企业为 5");
    expect("均按期答复。", "均按期答复。本年度未收到科研机构、社会公益组织提出的政府信息公开申请。",
           "text-figure-mismatch", 1,
           "正文：“本年度未收到科研机构、社会公益组织提出的政府信息公开申请”；表格一、本年新收·"
           "科研机构、社会公益组织为 1");
    expect("均按期答复。", "均按期答复。本年度未收到社会公益组织和法律服务机构提出的申请。",
           "text-figure-mismatch", 1, NULL);
    expect("均按期答复。", "均按期答复。本年度未收到社会公益组织提出的申请。",
           "text-figure-mismatch", 0, NULL);
    /* reconsiderations and lawsuits counted together: quoted whole */
    expect("均按期答复。", "均按期答复。本年度政府信息公开行政复议、行政诉讼案件共9件。",
           "text-figure-mismatch", 1,
           "正文：“行政复议、行政诉讼案件共9件”；表格行政复议总计与行政诉讼总计之和为 7");
    /* both carried in and out denied, in two clauses or one */
    expect("均按期答复。", "均按期答复。本年度无上年结转的申请，无结转下年度的申请。",
           "text-figure-mismatch", 2, NULL);
    expect("均按期答复。", "均按期答复。本年度无上年结转和结转下年度的申请。",
           "text-figure-mismatch", 2, NULL);
    /* carried in, the year named; not with the new ones */
    const char *carried_named[] = {"全年共新收政府信息公开申请29件，2023年结转的申请5件。",
                                   "全年共新收政府信息公开申请29件，另有2023年结转申请5件。",
                                   "全年共新收申请29件，加上2023年结转的5件，共计34件。"};
    EXPECT_EACH(carried_named, "text-figure-mismatch", 1);
    expect("均按期答复。", "均按期答复。全年共新收政府信息公开申请29件，2023年结转的申请4件。",
           "text-figure-mismatch", 0, NULL);
    expect("均按期答复。", "均按期答复。全年无科研机构申请。", "text-figure-mismatch", 1,
           "正文：“全年无科研机构申请”；表格一、本年新收·科研机构为 1");
    expect("均按期答复。", "均按期答复。全年商业企业申请3件。", "text-figure-mismatch", 1,
           "正文：“商业企业申请3件”；表格一、本年新收·商业企业为 5（加上年结转为 6）");
    expect("均按期答复。", "均按期答复。本年度没有法人或其他组织提出政府信息公开申请。",
           "text-figure-mismatch", 1,
           "正文：“本年度没有法人或其他组织提出政府信息公开申请”；表格一、本年新收·法人或其他组织"
           "为 9");
    expect("均按期答复。", "均按期答复。本年度收到的政府信息公开申请均来自自然人。",
           "text-figure-mismatch", 1,
           "正文：“本年度收到的政府信息公开申请均来自自然人”；表格一、本年新收·法人或其他组织为 9");
    expect("均按期答复。", "均按期答复。全年个人申请22件。", "text-figure-mismatch", 1,
           "正文：“个人申请22件”；表格一、本年新收·自然人为 20（加上年结转为 23）");
    const char *kinds_agree[] = {"本年度未收到社会公益组织提出的申请。", "全年商业企业申请5件。",
                                 "全年个人申请20件。", "涉及个人信息的申请3件。",
                                 "本年度未收到其他组织提出的申请。",
                                 "本年度未收到商业企业提出的涉密信息申请。"};
    EXPECT_EACH(kinds_agree, "text-figure-mismatch", 0);
    /* every application granted, or none ending some way, against table 三 */
    const char *claims[] = {"本年度所有申请均予以公开。",
                            "全年共收到政府信息公开申请29件，全部予以公开。",
                            "本年度无不予公开的情形。", "本年度未出现不予公开的申请。",
                            "本年度没有部分公开的申请。", "本年度没有无法提供的情况发生。",
                            "申请均已按照规定予以公开。", "收到的申请一律予以公开。",
                            "收到的申请全部公开。", "收到的申请均已依法公开。"};
    EXPECT_EACH(claims, "text-outcome-claim", 1);
    /* a list after the denial: each outcome it names that the table has */
    expect("均按期答复。", "均按期答复。本年度无部分公开、不予公开情况。", "text-outcome-claim", 2,
           NULL);
    expect("均按期答复。", "均按期答复。本年度无不予公开的情形。", "text-outcome-claim", 1,
           "正文：“本年度无不予公开的情形”；表格（三）不予公开总计为 2");
    expect("均按期答复。", "均按期答复。本年度所有申请均予以公开。", "text-outcome-claim", 1,
           "正文：“本年度所有申请均予以公开”；表格另有（二）部分公开 3，（三）不予公开 2，"
           "（四）无法提供 7，（五）不予处理 3，（六）其他处理 3");
    const char *not_claims[] = {"对申请人申请公开的政府信息，符合公开条件的均予以公开。",
                                "依申请公开的信息，经审查可以公开的全部予以公开。",
                                "申请人的申请均予以公开答复。", "对不予公开的申请，均依法说明理由。",
                                "没有不予公开的理由。", "无不予处理的申请被复议。",
                                "未出现因不予公开引发的行政复议。",
                                "除2件不予公开外，其余申请均予以公开。",
                                "2023年收到的申请均予以公开。", "网上申请均予以公开。",
                                "力争没有不予公开的情形。",
                                "对申请公开的政府信息，能公开的全部予以公开。",
                                "上年度所有申请均予以公开。", "第一季度收到的申请均予以公开。",
                                "申请平均7个工作日内予以公开。",
                                "申请人申请的信息，可以公开的全部公开。",
                                "申请办理情况全部公开的信息已在网站发布。",
                                "法律服务机构提出的申请均予以公开。"};
    EXPECT_EACH(not_claims, "text-outcome-claim", 0);
    /* every application concluded, while 4 are carried into next year */
    const char *concluded[] = {"本年度申请已全部办结。", "全年申请办结率100%。",
                               "全年共收到政府信息公开申请35件，均已办结。",
                               "收到的申请均已作出答复。",
                               "所有申请均已在本年度答复完毕。",
                               "本年度申请公开政府信息的申请均已办结。",
                               "2024年收到的政府信息公开申请已全部答复办结。"};
    EXPECT_EACH(concluded, "text-outcome-claim", 1);
    expect("均按期答复。", "均按期答复。本年度申请已全部办结。", "text-outcome-claim", 1,
           "正文：“本年度申请已全部办结”；表格四、结转下年度继续办理总计为 4");
    /* a count all concluded: more than （七）总计, or those carried over may be others */
    expect("均按期答复。", "均按期答复。全年共收到政府信息公开申请35件，均已办结。",
           "text-outcome-claim", 1,
           "正文：“全年共收到政府信息公开申请35件，均已办结”；表格（七）总计为 29");
    const char *not_concluded[] = {"上年结转的2件申请已全部办结。",
                                   "除结转下年度的4件外，其余申请均已办结。",
                                   "本年度收到的申请均在法定期限内答复。",
                                   "通过12345热线受理诉求4355件，全部办结。",
                                   "第一季度收到的申请均已办结。",
                                   "涉及行政复议的申请均已办结。",
                                   "全年共收到政府信息公开申请29件，已全部办结。",
                                   "依申请公开答复按时办结率达到100%。"};
    EXPECT_EACH(not_concluded, "text-outcome-claim", 0);
    expect("均按期答复。", "均按期答复。主动公开政府信息1523条，其中政策文件36件。",
           "text-figure-kind", 0, NULL);
    expect("均按期答复。", "均按期答复。本年度未收取不符合规定的行政事业性收费。", "text-no-fees", 0,
           NULL);
    expect("均按期答复。",
           "均按期答复。全年办结申请29件，其中予以公开11件，部分公开3件，不予公开2件，无法提供7件，"
           "不予处理3件，其他处理3件，结转下年度继续办理4件。",
           "text-sum", 0, NULL);
    /* one verb for two kinds of document: the second's count is checked too */
    expect("均按期答复。", "均按期答复。现行有效规章3件、行政规范性文件41件。",
           "text-figure-mismatch", 1,
           "正文：“行政规范性文件41件”；表格现行有效件数：规章 3，行政规范性文件 40");
    expect("均按期答复。", "均按期答复。现行有效规章3件、行政规范性文件40件。",
           "text-figure-mismatch", 0, NULL);
    expect("均按期答复。", "均按期答复。制发规章1件、行政规范性文件6件。", "text-figure-mismatch",
           1, "正文：“行政规范性文件6件”；表格本年制发件数：规章 1，行政规范性文件 5");
    /* what became of them said in the next sentence, naming them not: of the applications;
     * not when it names something else, nor in another section */
    expect("申请29件，均按期答复。", "申请29件。已办结31件。", "text-figure-mismatch", 1,
           "正文：“办结31件”；表格（七）总计为 29，一、本年新收减四、结转下年度为 25");
    expect("申请29件，均按期答复。", "申请29件。已办结29件。", "text-figure-mismatch", 0, NULL);
    expect("申请29件，均按期答复。", "申请29件。全年办结行政许可事项31件。",
           "text-figure-mismatch", 0, NULL);
    expect("申请29件，均按期答复。", "申请29件。办结信访事项31件。", "text-figure-mismatch", 0,
           NULL);
    /* (上述申请 after them all is all of them; 上述 of some kind, some) */
    expect("申请29件，均按期答复。", "申请29件。上述申请已办结31件。", "text-figure-mismatch", 1,
           "正文：“办结31件”；表格（七）总计为 29，一、本年新收减四、结转下年度为 25");
    expect("申请29件，均按期答复。", "申请29件。上述两类申请已办结31件。", "text-figure-mismatch",
           0, NULL);
    /* ... and how they ended, broken down after it */
    expect("申请29件，均按期答复。", "申请29件。已办结29件，其中不予公开3件。",
           "text-figure-mismatch", 1, "正文：“不予公开3件”；表格（三）不予公开总计为 2");
    expect("申请29件，均按期答复。", "申请29件。已办结29件，其中不予公开2件。",
           "text-figure-mismatch", 0, NULL);
    /* 办理 may be those answered, received, or received and carried in: all three said */
    expect("申请29件，", "申请29件，共需办理35件，", "text-figure-mismatch", 1,
           "正文：“办理35件”；表格（七）总计为 29，一、本年新收总计为 29，一、本年新收与二、上年"
           "结转之和为 33");
    expect("申请29件，", "申请29件，共需办理33件，", "text-figure-mismatch", 0, NULL);
    /* those carried in are no part of those received: the parts that are, said alone */
    expect("均按期答复。",
           "均按期答复。全年收到政府信息公开申请29件，其中网上申请22件，信函申请9件；上年结转4件。",
           "text-sum", 1, "“全年收到政府信息公开申请29件，其中网上申请22件，信函申请9件；上年结转"
                          "4件”：分项 22+9 = 31，大于总数 29");
    expect("均按期答复。",
           "均按期答复。全年收到政府信息公开申请29件，其中网上申请20件，信函申请9件；上年结转4件。",
           "text-sum", 0, NULL);
    /* two breakdowns of the applications in one list, by kind of applicant then by channel,
     * with one separator throughout; the channels adding up to more still said */
    expect("均按期答复。",
           "均按期答复。全年收到政府信息公开申请29件，其中自然人提出20件，法人或其他组织提出9件，"
           "通过网络提交20件，通过信函提交9件。",
           "text-sum", 0, NULL);
    expect("均按期答复。",
           "均按期答复。全年收到政府信息公开申请29件，其中自然人提出20件，法人或其他组织提出9件，"
           "通过网络提交20件，通过信函提交19件。",
           "text-sum", 1, NULL);
    expect("均按期答复。",
           "均按期答复。全年收到政府信息公开申请29件，其中自然人提出20件，法人或其他组织提出9件，"
           "商业企业提出3件。",
           "text-sum", 1, NULL);
    /* ... but not of other units, other years, other cases or other things about cases */
    const char *not_cases[] = {"除上述案件外，其他申请均未被申请行政复议或提起行政诉讼。",
                               "目前没有尚未审结的政府信息公开行政诉讼案件。",
                               "2023年度，我局没有发生政府信息公开行政复议、行政诉讼案件。",
                               "其他局属单位未发生行政复议、行政诉讼。",
                               "本年度未被申请行政复议的答复均已生效。",
                               "本年度无政府信息公开行政复议、行政诉讼以外的投诉。"};
    EXPECT_EACH(not_cases, "text-no-review", 0);
    /* applications denied of one kind only, of other units, of another year */
    const char *not_requests[] = {"本年度没有收到要求提供公开出版物的申请。",
                                  "本年度未收到外国人提出的政府信息公开申请。",
                                  "所属二级单位均未收到政府信息公开申请。",
                                  "2023年全年未收到政府信息公开申请，本年度收到29件。"};
    EXPECT_EACH(not_requests, "text-no-requests", 0);
    /* none carried over, out of the year or into it */
    expect("均按期答复。", "均按期答复。全年申请已全部办结，无结转。", "text-figure-mismatch", 1,
           "正文：“无结转”；表格四、结转下年度继续办理总计为 4");
    /* counts of another set: all the cases (those about disclosure named after), the whole
     * city, years together, one channel, some of the answers */
    const char *other_sets[] = {
        "本年度我局作为被申请人的行政复议案件共12件，其中涉及政府信息公开的4件。",
        "全市政府信息公开申请数量为356件。", "2021年至2023年，共收到申请70件。",
        "本年度通过当面方式收到申请5件。", "未被申请行政复议的答复共22件。"};
    EXPECT_EACH(other_sets, "text-figure-mismatch", 0);
    const char *more_sets[] = {"全年受理政务服务事项申请8652件，办结8650件。",
                               "全年受理行政许可申请126件。", "1至6月收到政府信息公开申请13件。",
                               "局属单位共收到政府信息公开申请7件。",
                               "截至年底，全市交通运输领域现行有效规范性文件126件。"};
    EXPECT_EACH(more_sets, "text-figure-mismatch", 0);
    const char *overlaps[] = {"全年制发行政规范性文件5件，其中经合法性审核5件、公平竞争审查5件。",
                              "全年收到申请29件，其中自然人申请20件（其中网上申请15件），法人或其他"
                              "组织申请9件。",
                              /* (one item on several channels, one decision with two penalties,
                               * subjects that overlap, a list making the total and then a part
                               * of another kind, a clause of its own) */
                              "全年主动公开政府信息1136条，其中门户网站发布1020条，政务微信公众号"
                              "发布635条。",
                              "全年公开行政处罚决定35件，其中罚款32件，警告10件。",
                              "本年度制发行政规范性文件5件，其中涉企文件3件，惠民文件4件。",
                              "本年度行政许可决定120件，其中即办件80件，承诺件40件，网上办理"
                              "118件。",
                              "全年政务新媒体发布信息1258条，其中原创信息856条，转载信息402条，"
                              "阅读量10万+的3条。",
                              "门户网站全年公开政府信息78条，其中政策文件12条，官方微信全年公开"
                              "政府信息502条。",
                              "全年发布各类信息1258条，其中政府网站发布980条、“两微一端”发布"
                              "1120条。",
                              "本年度制发行政规范性文件5件，其中惠企政策类3件，民生保障类3件。",
                              "全年作出行政许可决定120件，其中即办件85件、承诺件35件，全程网办"
                              "116件。",
                              "全年作出行政许可决定120件，其中即办件70件、承诺件40件、网上办理"
                              "118件。",
                              "全年作出行政处罚决定35件，其中适用一般程序30件、简易程序5件，依法"
                              "从轻处罚3件。",
                              "门户网站发布信息78条，其中通知公告12条，微信公众号本年度推送信息"
                              "502条。"};
    EXPECT_EACH(overlaps, "text-sum", 0);
    /* (but channels of applications are one each, and so are kinds of document) */
    const char *still_more[] = {("全年收到申请29件，其中网站在线申请21件，信函申请9件，当面"
                                 "申请2件。"),
                                "全年主动公开政府信息1136条，其中政策文件600条，工作动态700条。",
                                "全年收到申请29件，其中自然人20件，法人9件，其他组织3件。",
                                /* (accounts are on one platform each) */
                                "我局现有政务新媒体账号8个，其中微信公众号3个、微博账号2个、"
                                "抖音号2个、今日头条号2个。"};
    EXPECT_EACH(still_more, "text-sum", 1);
    /* (events and writings cut across: who spoke, where, in what form) */
    const char *events[] = {"全年召开新闻发布会8场，其中局主要负责同志出席5场，分管负责同志出席"
                            "4场。",
                            "全年发布政策解读23篇，其中部门负责人解读9篇、专家解读6篇、图文解读"
                            "12篇。"};
    EXPECT_EACH(events, "text-sum", 0);
    const char *some_cases[] = {"其余25件申请均未被申请行政复议或提起行政诉讼。",
                                "12月份未发生政府信息公开行政复议案件。",
                                "县区交通运输局未发生政府信息公开行政复议案件。",
                                "政府信息公开行政复议、行政诉讼案件均未发生因超期答复引起的情形。"};
    EXPECT_EACH(some_cases, "text-no-review", 0);
    /* (the agency speaking of itself as 本单位 or 我中心 is no other body) */
    expect("均按期答复。", "均按期答复。本单位全年未收到政府信息公开申请。", "text-no-requests", 1,
           NULL);
    expect("均按期答复。", "均按期答复。我中心未发生政府信息公开行政复议、行政诉讼案件。",
           "text-no-review", 1, NULL);
    const char *some_requests[] = {"春节期间未收到政府信息公开申请。",
                                   "除上述29件外，本年度未收到其他政府信息公开申请。",
                                   "到期未答复的申请为0件。"};
    EXPECT_EACH(some_requests, "text-no-requests",
                0);
    /* false alarms seen in reports' wording: cases of other work (执法, 处罚, 许可, 决策);
     * other things carried over; two outcomes counted together; every kind of application;
     * applicants of both kinds; a change in fees, or some fees; a count within the year */
    const char *other_work[] = {"全年行政执法工作实现零复议、零诉讼。",
                                "全年作出的行政处罚决定未发生行政复议和行政诉讼。",
                                "全年行政许可事项未被申请行政复议。",
                                "全年重大行政决策未出现行政复议、行政诉讼。"};
    EXPECT_EACH(other_work, "text-no-review", 0);
    const char *other_work5[] = {"行政处罚案件均未被复议纠错。", "行政执法案件纠错率为零。"};
    for (size_t i = 0; i < sizeof other_work5 / sizeof other_work5[0]; i++) {
        char said[256];
        snprintf(said, sizeof said, "%s下一步，我局", other_work5[i]);
        expect("下一步，我局", said, "text-review-outcome", 0, NULL);
    }
    const char *not_carried[] = {"上年结转的2件信访事项已全部办结。",
                                 "结转下年度的1件行政复议案件尚在审理中。",
                                 "上年结转的3件人大代表建议已全部办结。"};
    EXPECT_EACH(not_carried, "text-figure-mismatch", 0);
    const char *joined[] = {"全年收到政府信息公开申请29件，其中予以公开或部分公开14件。",
                            "全年收到政府信息公开申请29件，其中全部或部分公开14件。",
                            "全年收到政府信息公开申请29件，其中无法提供、不予处理10件。",
                            "全年共收到各类申请1500件，其中政府信息公开申请29件。",
                            "申请人均为自然人和企业。",
                            "截至6月30日，现行有效行政规范性文件38件。"};
    EXPECT_EACH(joined, "text-figure-mismatch", 0);
    expect("均按期答复。", "均按期答复。全年收到政府信息公开申请29件，其中予以公开11件、部分公开4件。",
           "text-figure-mismatch", 1, "正文：“部分公开4件”；表格（二）部分公开总计为 3");
    const char *fee_change[] = {"全年行政事业性收费为零增长。", "全年涉企行政事业性收费为0。",
                                "全年行政事业性收费12.5万元。" /* (no denial near it at all) */};
    EXPECT_EACH(fee_change, "text-no-fees", 0);
    const char *other_applications[] = {"全年未收到公民、法人或其他组织提出的听证申请。",
                                        "全年未收到公民、法人或其他组织提出的国家赔偿申请。"};
    EXPECT_EACH(other_applications, "text-no-requests", 0);
    /* what is applied for, then 申请 */
    expect("均按期答复。", "均按期答复。本年度我局未收到申请公开政府信息的申请。", "text-no-requests",
           1, "正文：“本年度我局未收到申请公开政府信息的申请”；表格一、本年新收总计为 29");
    expect("均按期答复。", "均按期答复。第四季度未收到政府信息公开申请。", "text-no-requests", 0,
           NULL);
    expect("均按期答复。", "均按期答复。上年未发生政府信息公开行政诉讼，本年度发生3件。",
           "text-no-review", 0, NULL);
    expect("均按期答复。", "均按期答复。除1起纠正、1起尚未审结外，其余2起政府信息公开行政复议均维持。",
           "text-review-outcome", 0, NULL);
    expect("均按期答复。",
           "均按期答复。全年被提起政府信息公开行政诉讼3件，法院均判决维持我局答复。",
           "text-review-outcome", 1,
           "正文：“全年被提起政府信息公开行政诉讼3件，法院均判决维持我局答复”；"
           "表格行政诉讼·复议后起诉结果纠正 1，行政诉讼·复议后起诉其他结果 1");
    /* (both kinds counted in one list, then 均: of both) */
    expect("均按期答复。", "均按期答复。全年发生政府信息公开行政复议4件、行政诉讼3件，均未被纠错。",
           "text-review-outcome", 1,
           "正文：“全年发生政府信息公开行政复议4件、行政诉讼3件，均未被纠错”；"
           "表格行政复议结果纠正 1，行政诉讼·复议后起诉结果纠正 1");
    /* (of one kind of lawsuit, whose cases were upheld; of other bodies; of last year) */
    const char *some_outcomes[] = {"政府信息公开行政诉讼中，直接起诉案件均维持原行政行为。",
                                   "下属单位政府信息公开行政复议无被纠错案件。",
                                   "上年度政府信息公开行政复议无被纠错案件。"};
    EXPECT_EACH(some_outcomes, "text-review-outcome", 0);
    /* reconsiderations and lawsuits each as many */
    expect("均按期答复。", "均按期答复。本年度政府信息公开行政复议、行政诉讼各2件。",
           "text-figure-mismatch", 1,
           "正文：“行政复议、行政诉讼各2件”；表格行政复议总计为 4，行政诉讼总计为 3");
    expect("均按期答复。", "均按期答复。本年度政府信息公开行政复议、行政诉讼各有案件发生。",
           "text-figure-mismatch", 0, NULL);
    /* section 四 speaks of disclosure's cases without saying so */
    expect("四、政府信息公开行政复议、行政诉讼情况\n",
           "四、政府信息公开行政复议、行政诉讼情况\n本年度被申请行政复议5件。\n",
           "text-figure-mismatch", 1, "正文：“行政复议5件”；表格行政复议总计为 4");
    expect("五、存在的主要问题及改进情况\n", "五、存在的主要问题及改进情况\n本年度被申请行政复议5件。\n",
           "text-figure-mismatch", 0, NULL);
    expect("四、政府信息公开行政复议、行政诉讼情况\n",
           "四、政府信息公开行政复议、行政诉讼情况\n我局作为复议机关，全年受理政府信息公开类行政复议案件"
           "15件。\n",
           "text-figure-mismatch", 0, NULL); /* (cases it decided, not cases against it) */
    expect("均按期答复。", "均按期答复。本年度未收到法人或其他组织提出的涉密信息申请。",
           "text-figure-mismatch", 0, NULL);
    /* applications ended one way, not all those answered; cases of one result */
    static const char *const some_ended[] = {"因申请人逾期未补正，终止处理申请1件。",
                                             "对同一申请人就同一内容提出的申请，合并处理申请3件。",
                                             "全年转交其他行政机关处理申请2件。"};
    EXPECT_EACH(some_ended, "text-figure-mismatch", 0);
    expect("四、政府信息公开行政复议、行政诉讼情况\n",
           "四、政府信息公开行政复议、行政诉讼情况\n被纠错案件中，行政复议1件、行政诉讼1件。\n",
           "text-figure-mismatch", 0, NULL);
    /* decisions published (双公示), not made */
    static const char *const published[] = {"通过“信用中国”网站公示行政处罚决定36条。",
                                            "全年公示行政强制决定6条。"};
    EXPECT_EACH(published, "text-active-figure", 0);
    /* a claim about applications for some documents */
    static const char *const some_documents[] = {"申请公开行政处罚决定书的申请5件，均予以公开。",
                                                 "对申请人申请公开的12件行政许可决定书，均依法予以"
                                                 "公开。"};
    EXPECT_EACH(some_documents, "text-outcome-claim", 0);
    expect("均按期答复。", "均按期答复。本年度收到的依申请公开的申请均予以公开。",
           "text-outcome-claim", 1, NULL);
    expect("均按期答复。", "均按期答复。2023年，我局共收到申请24件，2024年增至29件。", "text-year", 0,
           NULL);
    expect("均按期答复。", "均按期答复。2023年，我局共收到申请24件。2024年，申请量增至29件。",
           "text-year", 0, NULL); /* (the comparison in the next sentence) */
    expect("均按期答复。", "均按期答复。专项行动实施期限自2023年1月1日至2025年12月31日。",
           "text-period", 0, NULL);
    expect("均按期答复。", "均按期答复。对符合条件的小微企业，未收取相关行政事业性收费。",
           "text-no-fees", 0, NULL);
    expect("本年度未收取信息处理费。", "本年度政府信息公开申请均免费提供。", "text-fee-silent", 0,
           NULL);
    /* ... not of money, of other work, or beside another year */
    const char *carried[] = {"项目资金上年无结转，本年支出12.5万元。",
                             "年度预算执行率100%，财政资金无结转结余。",
                             "全年政务服务事项办件无结转积压。",
                             "2022年度报告中无结转申请。",
                             "上年度无结转申请，本年度结转下年度4件。"};
    EXPECT_EACH(carried, "text-figure-mismatch", 0);
    expect("均按期答复。", "均按期答复。上年无结转申请。", "text-figure-mismatch", 1,
           "正文：“上年无结转申请”；表格二、上年结转总计为 4");
    expect("均按期答复。", "均按期答复。全年发生行政复议4起，未发生其他情况。", "text-no-review", 0,
           NULL);
    /* outcomes said against section 四 (复议: 维持 2, 纠正 1, 尚未审结 1; 诉讼 直接起诉:
     * 维持 1; 复议后起诉: 纠正 1, 其他 1): what is added after 均按期答复。, or before 下一步
     * in section 五, where the sentence need not name 信息公开 (elsewhere it must: a 司法局's
     * cases); nothing said of which cases, an aim, corrections stated: no finding */
    static const struct {
        const char *from, *to;
        int n;
        const char *evidence;
    } outcomes[] = {
        {"均按期答复。", "均按期答复。因政府信息公开发生行政复议4起，均维持。", 1,
         "正文：“因政府信息公开发生行政复议4起，均维持”；表格行政复议结果纠正 1"},
        {"均按期答复。", "均按期答复。政府信息公开行政复议案件全部维持。", 1,
         "正文：“政府信息公开行政复议案件全部维持”；表格行政复议结果纠正 1"},
        {"均按期答复。", "均按期答复。信息公开类行政复议4件，均获维持。", 1,
         "正文：“信息公开类行政复议4件，均获维持”；表格行政复议结果纠正 1"},
        {"均按期答复。", "均按期答复。因信息公开引发行政诉讼3件，均被驳回。", 1,
         "正文：“因信息公开引发行政诉讼3件，均被驳回”；表格行政诉讼·复议后起诉结果纠正 1，"
         "行政诉讼·复议后起诉其他结果 1"},
        {"均按期答复。", "均按期答复。政府信息公开行政复议、行政诉讼各有案件，均维持。", 1,
         "正文：“政府信息公开行政复议、行政诉讼各有案件，均维持”；表格行政复议结果纠正 1，"
         "行政诉讼·复议后起诉结果纠正 1，行政诉讼·复议后起诉其他结果 1"},
        {"均按期答复。", "均按期答复。本年度政府信息公开行政复议、行政诉讼无纠错案件。", 1,
         "正文：“本年度政府信息公开行政复议、行政诉讼无纠错案件”；表格行政复议结果纠正 1，"
         "行政诉讼·复议后起诉结果纠正 1"},
        {"均按期答复。", "均按期答复。本年度未发生政府信息公开行政复议纠错案件。", 1,
         "正文：“本年度未发生政府信息公开行政复议纠错案件”；表格行政复议结果纠正 1"},
        {"均按期答复。", "均按期答复。政府信息公开工作纠错率为零。", 1,
         "正文：“政府信息公开工作纠错率为零”；表格行政复议结果纠正 1，行政诉讼·复议后起诉结果纠正 1"},
        {"下一步，我局", "行政复议4起，均维持原行政行为。下一步，我局", 1,
         "正文：“行政复议4起，均维持原行政行为”；表格行政复议结果纠正 1"},
        {"均按期答复。", "均按期答复。全年办理行政复议案件120件，均维持。", 0, NULL},
        {"均按期答复。", "均按期答复。政府信息公开申请均维持原答复。", 0, NULL},
        {"下一步，我局", "力争政府信息公开行政复议零纠错。下一步，我局", 0, NULL},
        {"均按期答复。", "均按期答复。因政府信息公开被直接起诉1件，均维持。", 0, NULL},
        {"均按期答复。", "均按期答复。因政府信息公开发生行政复议4起，行政复议纠错1起。", 0, NULL},
        /* lawsuits lost (败诉: of lawsuits, unless reconsiderations alone are named), upheld
         * in other words */
        {"均按期答复。", "均按期答复。本年度未发生政府信息公开行政复议、行政诉讼败诉案件。", 1,
         "正文：“本年度未发生政府信息公开行政复议、行政诉讼败诉案件”；"
         "表格行政诉讼·复议后起诉结果纠正 1"},
        {"均按期答复。", "均按期答复。本年度政府信息公开行政复议无败诉案件。", 1,
         "正文：“本年度政府信息公开行政复议无败诉案件”；表格行政复议结果纠正 1"},
        {"均按期答复。", "均按期答复。政府信息公开行政诉讼3件，法院均判决驳回原告诉讼请求。", 1,
         "正文：“政府信息公开行政诉讼3件，法院均判决驳回原告诉讼请求”；"
         "表格行政诉讼·复议后起诉结果纠正 1，行政诉讼·复议后起诉其他结果 1"},
        {"均按期答复。", "均按期答复。政府信息公开行政复议案件4件，均被复议机关维持。", 1,
         "正文：“政府信息公开行政复议案件4件，均被复议机关维持”；表格行政复议结果纠正 1"},
        {"均按期答复。", "均按期答复。政府信息公开行政复议案件4件，均未被复议机关维持。", 0,
         NULL},
        {"均按期答复。", "均按期答复。涉及政府信息公开的行政诉讼3件，均以我局胜诉结案。", 1,
         "正文：“涉及政府信息公开的行政诉讼3件，均以我局胜诉结案”；"
         "表格行政诉讼·复议后起诉结果纠正 1，行政诉讼·复议后起诉其他结果 1"},
        {"均按期答复。", "均按期答复。政府信息公开行政诉讼3件，法院均判决我局胜诉。", 1,
         "正文：“政府信息公开行政诉讼3件，法院均判决我局胜诉”；"
         "表格行政诉讼·复议后起诉结果纠正 1，行政诉讼·复议后起诉其他结果 1"},
        {"均按期答复。", "均按期答复。政府信息公开行政诉讼3件，均未能判决我局胜诉。", 0, NULL},
        {"下一步，我局", "力争政府信息公开行政诉讼零败诉。下一步，我局", 0, NULL},
        {"均按期答复。", "均按期答复。全年依申请公开答复未被复议机关撤销。", 1,
         "正文：“全年依申请公开答复未被复议机关撤销”；表格行政复议结果纠正 1"},
        {"均按期答复。", "均按期答复。全年未发生申请人撤销政府信息公开申请的情况。", 0, NULL},
        {"均按期答复。", "均按期答复。政府信息公开行政诉讼均以调解方式结案，未判决胜诉。", 0, NULL},
        /* all decided, against 尚未审结 (复议 1; 诉讼 none) */
        {"均按期答复。", "均按期答复。政府信息公开行政复议案件均已审结。", 1,
         "正文：“政府信息公开行政复议案件均已审结”；表格行政复议尚未审结 1"},
        {"均按期答复。", "均按期答复。政府信息公开行政复议、行政诉讼案件已全部审结。", 1,
         "正文：“政府信息公开行政复议、行政诉讼案件已全部审结”；表格行政复议尚未审结 1"},
        {"均按期答复。", "均按期答复。政府信息公开行政复议案件均已办结。", 1,
         "正文：“政府信息公开行政复议案件均已办结”；表格行政复议尚未审结 1"},
        {"均按期答复。", "均按期答复。涉及政府信息公开的行政诉讼案件均已结案。", 0, NULL},
        {"均按期答复。", "均按期答复。政府信息公开申请均已审结。", 0, NULL},
    };
    for (size_t i = 0; i < sizeof outcomes / sizeof outcomes[0]; i++)
        expect(outcomes[i].from, outcomes[i].to, "text-review-outcome", outcomes[i].n,
               outcomes[i].evidence);
    expect("收到政府信息公开申请29件", "收到政府信息公开申请17件", "text-figure-mismatch", 1,
           "正文：“全年共收到政府信息公开申请17件”；表格一、本年新收总计为 29");
    /* other ways of saying it: 接收, 申请数量为, 依申请公开, 办理 */
    expect("全年共收到政府信息公开申请29件", "全年共接收政府信息公开申请30件",
           "text-figure-mismatch", 1, NULL);
    expect("全年共收到政府信息公开申请29件", "全年政府信息公开申请数量为30件",
           "text-figure-mismatch", 1, NULL);
    expect("全年共收到政府信息公开申请29件", "全年共受理依申请公开30件", "text-figure-mismatch", 1,
           NULL);
    expect("全年共收到政府信息公开申请29件", "全年依申请公开受理量31件", "text-figure-mismatch",
           1, "正文：“全年依申请公开受理量31件”；表格一、本年新收总计为 29");
    expect("全年共收到政府信息公开申请29件", "全年依申请公开受理量29件", "text-figure-mismatch",
           0, NULL);
    expect("全年共收到政府信息公开申请29件", "全年共办理政府信息公开申请30件",
           "text-figure-mismatch", 1,
           "正文：“办理政府信息公开申请30件”；表格（七）总计为 29，一、本年新收总计为 29，"
           "一、本年新收与二、上年结转之和为 33");
    /* who applied, said as of everyone; the count first after 共有, where the clause ends */
    expect("全年共收到政府信息公开申请29件", "全年共受理申请人提出的政府信息公开申请30件",
           "text-figure-mismatch", 1,
           "正文：“全年共受理申请人提出的政府信息公开申请30件”；表格一、本年新收总计为 29");
    expect("全年共收到政府信息公开申请29件",
           "共收到申请人通过各种渠道提交的政府信息公开申请30件", "text-figure-mismatch", 1, NULL);
    expect("全年共收到政府信息公开申请29件", "全年共有30件政府信息公开申请", "text-figure-mismatch",
           1, "正文：“全年共有30件”；表格一、本年新收总计为 29");
    expect("全年共收到政府信息公开申请29件", "全年共有3件政府信息公开申请延期答复",
           "text-figure-mismatch", 0, NULL);
    /* every statement of the year's applications: a second one that differs is found ... */
    expect("均按期答复。", "均按期答复。全年新收政府信息公开申请30件。", "text-figure-mismatch", 1,
           "正文：“全年新收政府信息公开申请30件”；表格一、本年新收总计为 29");
    /* ... but not: 办理 counting those carried in (一 + 二) or those open (正在办理); a part (a
     * channel, a kind of applicant, a quarter); more than the year, or another year; documents
     * reviewed in a clean-up */
    static const char *const not_the_year[][2] = {
        {"全年共收到政府信息公开申请29件", "全年共办理政府信息公开申请33件"},
        {"均按期答复。", "均按期答复。目前正在办理政府信息公开申请2件。"},
        {"全年共收到政府信息公开申请29件", "全年共收到纸质申请3件、网络申请26件"},
        {"均按期答复。", "均按期答复，其中第四季度收到申请12件。"},
        {"全年共收到政府信息公开申请29件", "近三年共收到政府信息公开申请75件，2024年收到申请29件"},
        {"均按期答复。", "均按期答复。2023年收到政府信息公开申请10件。"},
        {"均按期答复。", "均按期答复。去年收到政府信息公开申请10件。"},
        {"均按期答复。", "均按期答复。开展规范性文件清理，共清理现行有效行政规范性文件42件。"},
    };
    for (size_t i = 0; i < sizeof not_the_year / sizeof not_the_year[0]; i++)
        expect(not_the_year[i][0], not_the_year[i][1], "text-figure-mismatch", 0, NULL);
    /* not contradictions: a lawsuit of one kind against its own 总计, a breakdown ended by a
     * semicolon or followed by a count of another kind, a correction count after both kinds of
     * case, answers to other applications or this year's alone, a reason's count */
    static const char *const agree[][2] = {
        {"均按期答复。", "均按期答复。未经复议直接起诉的政府信息公开行政诉讼1件。"},
        {"均按期答复。", "均按期答复。复议后起诉的政府信息公开行政诉讼2件。"},
        {"均按期答复。", "均按期答复。本年度发生政府信息公开行政复议4件，其中维持2件，纠正1件，"
                        "尚未审结1件；行政诉讼3件。"},
        {"全年共收到政府信息公开申请29件", "全年共收到政府信息公开申请29件，其中自然人20件，"
                                          "法人或其他组织9件；上年结转4件"},
        {"全年共收到政府信息公开申请29件", "全年共收到政府信息公开申请29件，其中自然人申请20件，"
                                          "法人或其他组织申请9件，予以公开11件"},
        {"均按期答复。", "均按期答复。本年度发生政府信息公开行政复议案件4件，行政诉讼案件3件，"
                        "其中被纠错2件。"},
        {"均按期答复。", "均按期答复。全年受理行政复议申请15件，办结14件。"},
        {"全年共收到政府信息公开申请29件", "全年受理政府信息公开申请29件，当年办结25件，"
                                          "上年结转的4件全部办结"},
        {"全年共收到政府信息公开申请29件", "全年共收到政府信息公开申请29件，其中信访举报投诉类"
                                          "申请不予处理2件"},
    };
    for (size_t i = 0; i < sizeof agree / sizeof agree[0]; i++) {
        expect(agree[i][0], agree[i][1], "text-figure-mismatch", 0, NULL);
        expect(agree[i][0], agree[i][1], "text-sum", 0, NULL);
    }
    /* ... but a lawsuit of one kind that differs from its own 总计 (1), and a breakdown over its
     * total before the semicolon, are */
    expect("均按期答复。", "均按期答复。未经复议直接起诉的政府信息公开行政诉讼2件。",
           "text-figure-mismatch", 1,
           "正文：“行政诉讼2件”；表格行政诉讼·未经复议直接起诉总计为 1");
    /* (lawsuits broken down by kind are all of them; those corrected, some) */
    expect("均按期答复。", "均按期答复。政府信息公开行政诉讼案件中，复议后起诉3件，均被判决撤销。",
           "text-figure-mismatch", 1, "正文：“复议后起诉3件”；表格行政诉讼·复议后起诉总计为 2");
    expect("均按期答复。", "均按期答复。被纠错的政府信息公开行政诉讼案件中，复议后起诉1件。",
           "text-figure-mismatch", 0, NULL);
    expect("均按期答复。",
           "均按期答复。全年主动公开信息61条，其中政策文件50条，解读12条；其他5条。", "text-sum",
           1, NULL);
    /* outcomes listed right after their total with no 其中; a total 总量 or 全年累计; a fee
     * with its thousands apart (12.5 万元 is 125,000 元) */
    expect("全年共收到政府信息公开申请29件", "全年共受理政府信息公开申请29件，予以公开11件，"
                                        "部分公开3件，不予公开4件",
           "text-figure-mismatch", 1, "正文：“不予公开4件”；表格（三）不予公开总计为 2");
    expect("全年共收到政府信息公开申请29件", "本年度政府信息公开申请总量为30件",
           "text-figure-mismatch", 1, NULL);
    expect("全年共收到政府信息公开申请29件", "全年累计受理政府信息公开申请30件",
           "text-figure-mismatch", 1, NULL);
    /* each figure rounded at its last digit, no more */
    expect("均按期答复。", "均按期答复。全年行政事业性收费13万元。", "text-figure-mismatch", 0,
           NULL);
    expect("均按期答复。", "均按期答复。全年收取行政事业性收费十五万元。", "text-figure-mismatch",
           1, "正文：“行政事业性收费十五万元”；表格行政事业性收费本年收费金额为 12.5 万元");
    expect("均按期答复。", "均按期答复。全年行政事业性收费12.6万元。", "text-figure-mismatch", 1,
           "正文：“行政事业性收费12.6万元”；表格行政事业性收费本年收费金额为 12.5 万元");
    expect("均按期答复。", "均按期答复。全年行政事业性收费125,400元。", "text-figure-mismatch", 0,
           NULL);
    expect("均按期答复。", "均按期答复。全年行政事业性收费共计135,000元。", "text-figure-mismatch",
           1, "正文：“行政事业性收费共计135,000元”；表格行政事业性收费本年收费金额为 12.5 万元");
    expect("均按期答复。", "均按期答复。全年行政事业性收费共计125,000元。", "text-figure-mismatch",
           0, NULL);
    /* an outcome's count after 经审查, or 的申请有; penalties counted as 案件 */
    expect("均按期答复。", "均按期答复。经审查，予以公开的13件，部分公开的3件。",
           "text-figure-mismatch", 1, "正文：“予以公开的13件”；表格（一）予以公开总计为 11");
    expect("均按期答复。", "均按期答复。予以公开的申请有13件。", "text-figure-mismatch", 1, NULL);
    expect("均按期答复。", "均按期答复。全年行政处罚案件50件。", "text-active-figure", 1,
           "正文：“行政处罚案件50件”；表格行政处罚本年处理决定数量为 35");
    /* a list one verb opens, each item against its row; not a list of other work */
    expect("均按期答复。", "均按期答复。全年作出行政许可120件、行政处罚38件、行政强制4件。",
           "text-active-figure", 1, "正文：“行政处罚38件”；表格行政处罚本年处理决定数量为 35");
    expect("均按期答复。", "均按期答复。受理投诉12件、行政处罚38件。", "text-active-figure", 0,
           NULL);
    /* 共有 as a count of the year's applications; all concluded within the year while 4 are
     * carried over */
    expect("全年共收到政府信息公开申请29件", "全年共有政府信息公开申请30件", "text-figure-mismatch",
           1, NULL);
    expect("均按期答复。", "均按期答复。所有申请均在本年度办结完毕。", "text-outcome-claim", 1,
           NULL);
    /* (a rate of 100% after the applications' count: 4 are carried over; not one worked out
     * from the concluded count it gives) */
    expect("均按期答复。", "均按期答复。全年共收到依申请公开件29件，已办结29件，办结率100%。",
           "text-outcome-claim", 0, NULL);
    expect("均按期答复。", "均按期答复。全年共收到政府信息公开申请29件，办结率100%。",
           "text-outcome-claim", 1,
           "正文：“全年共收到政府信息公开申请29件，办结率100%”；"
           "表格四、结转下年度继续办理总计为 4");
    /* kinds of applicant in everyday words, said by the table's; not what applications are
     * about (涉及企业的申请) */
    expect("全年共收到政府信息公开申请29件", "全年共收到政府信息公开申请29件，其中企业申请8件",
           "text-figure-mismatch", 1,
           "正文：“企业申请8件”；表格一、本年新收·商业企业为 5（加上年结转为 6）");
    expect("全年共收到政府信息公开申请29件", "全年收到公民个人申请25件", "text-figure-mismatch", 1,
           "正文：“公民个人申请25件”；表格一、本年新收·自然人为 20（加上年结转为 23）");
    expect("全年共收到政府信息公开申请29件",
           "全年共收到政府信息公开申请29件，其中涉及企业的申请8件", "text-figure-mismatch", 0,
           NULL);
    /* no corrections said with 无 opening the clause and 被纠错 after the cases */
    expect("均按期答复。", "均按期答复。本年度无政府信息公开行政复议被纠错案件。",
           "text-review-outcome", 1,
           "正文：“本年度无政府信息公开行政复议被纠错案件”；表格行政复议结果纠正 1");
    expect("均按期答复。", "均按期答复。因无法提供被纠错1件。", "text-review-outcome", 0, NULL);
    /* no applications said as 依申请公开的申请; nothing new of something else (无新增 is left
     * alone: 无新增依申请公开事项清单, 无新增申请受理点) */
    expect("全年共收到政府信息公开申请29件，", "全年没有收到依申请公开的申请，", "text-no-requests",
           1, NULL);
    expect("均按期答复。", "均按期答复。全年无新增依申请公开超期情况。", "text-no-requests", 0,
           NULL);
    /* kinds of applicant counted with no verb, after 申请人中 or 其中 after the applications;
     * not alone */
    expect("均按期答复。", "均按期答复。申请人中，自然人22件，法人或其他组织9件。",
           "text-figure-mismatch", 1,
           "正文：“自然人22件”；表格一、本年新收·自然人为 20（加上年结转为 23）");
    expect("全年共收到政府信息公开申请29件", "全年共收到政府信息公开申请29件，其中自然人20件，"
                                        "法人或其他组织7件",
           "text-figure-mismatch", 1, NULL);
    expect("均按期答复。", "均按期答复。服务自然人22件。", "text-figure-mismatch", 0, NULL);
    /* outcomes among those answered; not among some of them */
    expect("均按期答复。", "均按期答复。在办结的29件申请中，予以公开15件。", "text-figure-mismatch",
           1, "正文：“予以公开15件”；表格（一）予以公开总计为 11");
    expect("均按期答复。", "均按期答复。在上年结转并办结的4件申请中，予以公开2件。",
           "text-figure-mismatch", 0, NULL);
    /* nor: part of the year, other kinds of application, another body, figures with their
     * thousands apart, breakdowns of another kind or of overlapping subjects */
    static const char *const not_figures[] = {
        "上半年受理申请15件，予以公开6件，部分公开1件。",
        "下半年受理申请14件，其中予以公开5件。",
        "第四季度作出行政处罚决定9件。",
        "全年受理的行政许可申请均已办结。",
        "本年度政务服务申请办结率100%。",
        "全年受理的网约车驾驶员证申请2,100件，均已办结。",
        "执法支队全年作出行政处罚决定2,034件。",
        "全年发布政务信息2,368条，其中工作动态1,800条、通知公告568条。",
        "全年收到申请29件，其中自然人20件，涉及征收补偿的12件。",
        "收到申请29件，其中涉及征收的18件，涉及规划的15件。",
        ("全年收到申请29件，其中自然人20件，企业5件，科研机构1件，法律服务机构2件，其他1件，"
         "通过网络提交的有16件。")};
    for (size_t i = 0; i < sizeof not_figures / sizeof not_figures[0]; i++) {
        char said[512];
        snprintf(said, sizeof said, "均按期答复。%s", not_figures[i]);
        static const char *const rules[] = {"text-figure-mismatch", "text-outcome-claim",
                                            "text-active-figure", "text-sum"};
        for (size_t k = 0; k < sizeof rules / sizeof rules[0]; k++)
            expect("均按期答复。", said, rules[k], 0, NULL);
    }
    /* since the year began is the year; since an earlier year is not */
    expect("全年共收到政府信息公开申请29件", "今年以来，共收到政府信息公开申请31件",
           "text-figure-mismatch", 1,
           "正文：“共收到政府信息公开申请31件”；表格一、本年新收总计为 29");
    expect("全年共收到政府信息公开申请29件", "2024年以来，共收到政府信息公开申请31件",
           "text-figure-mismatch", 1, NULL);
    expect("全年共收到政府信息公开申请29件", "2022年以来，共收到政府信息公开申请31件",
           "text-figure-mismatch", 0, NULL);
    /* no corrections denied is not no cases denied */
    expect("均按期答复。", "均按期答复。全年未发生政府信息公开行政复议、行政诉讼纠错案件。",
           "text-no-review", 0, NULL);
    /* the count before what it counts, 共计, 份, 依申请公开事项 */
    expect("收到政府信息公开申请29件", "收到27件政府信息公开申请", "text-figure-mismatch", 1,
           "正文：“全年共收到27件”；表格一、本年新收总计为 29");
    expect("收到政府信息公开申请29件", "收到政府信息公开申请共计27件", "text-figure-mismatch", 1,
           NULL);
    expect("收到政府信息公开申请29件", "收到政府信息公开申请27份", "text-figure-mismatch", 1, NULL);
    expect("收到政府信息公开申请29件", "受理依申请公开事项27件", "text-figure-mismatch", 1, NULL);
    expect("收到政府信息公开申请29件", "收到29件政府信息公开申请", "text-figure-mismatch", 0, NULL);
    /* the applications answered, against （七）总计 (29): not one kind of answer among others,
     * nor a hotline's cases, nor those carried over */
    expect("均按期答复。", "全年办结政府信息公开申请27件。", "text-figure-mismatch", 1,
           "正文：“办结政府信息公开申请27件”；表格（七）总计为 29，"
           "一、本年新收减四、结转下年度为 25");
    expect("，均按期答复。", "，办结28件。", "text-figure-mismatch", 1,
           "正文：“办结28件”；表格（七）总计为 29，一、本年新收减四、结转下年度为 25");
    expect("，均按期答复。", "，已答复29件。", "text-figure-mismatch", 0, NULL);
    expect("，均按期答复。", "，办结29件，其中公开答复20件。", "text-figure-mismatch", 0, NULL);
    expect("均按期答复。", "均按期答复。热线受理群众诉求4355件，全部办结。", "text-figure-mismatch",
           0, NULL);
    expect("均按期答复。", "均按期答复。办结上年结转申请4件。", "text-figure-mismatch", 0, NULL);
    expect("均按期答复。", "均按期答复。现行有效规范性文件39件。", "text-figure-mismatch", 1,
           "正文：“现行有效规范性文件39件”；表格现行有效件数：规章 3，行政规范性文件 40");
    /* documents issued: of either kind (规章 1, 行政规范性文件 5) or both together */
    expect("均按期答复。", "均按期答复。本年度制发行政规范性文件4件。", "text-figure-mismatch", 1,
           "正文：“制发行政规范性文件4件”；表格本年制发件数：规章 1，行政规范性文件 5");
    expect("均按期答复。", "均按期答复。全年印发了规范性文件5件，制定规章1件。",
           "text-figure-mismatch", 0, NULL);
    expect("均按期答复。", "均按期答复。出台规范性文件共6件。", "text-figure-mismatch", 0, NULL);
    /* 政策性文件 are not the table's kind: a count that differs from those issued is noted */
    expect("均按期答复。", "均按期答复。全年新增公开政策性文件11件。", "text-figure-kind", 1,
           "正文：“政策性文件11件”；表格本年制发件数：规章 1，行政规范性文件 5");
    expect("均按期答复。", "均按期答复。全年新增公开政策性文件11件。", "text-figure-mismatch", 0,
           NULL);
    expect("均按期答复。", "均按期答复。印发政策文件5件。", "text-figure-kind", 0, NULL);
    expect("均按期答复。", "均按期答复。累计公开政策性文件110件。", "text-figure-kind", 0, NULL);
    /* (a breakdown of the information published, in the sentence after its total too) */
    expect("均按期答复。", "均按期答复。全年主动公开政府信息1268条。其中，发布政策文件156件。",
           "text-figure-kind", 0, NULL);
    expect("均按期答复。", "均按期答复。全年召开会议12次。其中，发布政策文件156件。",
           "text-figure-kind", 1,
           "正文：“政策文件156件”；表格本年制发件数：规章 1，行政规范性文件 5");
    /* not the year's documents: over the years, reviewed, or not of the table's kinds */
    expect("均按期答复。", "均按期答复。累计制发规范性文件120件。", "text-figure-mismatch", 0,
           NULL);
    expect("均按期答复。", "均按期答复。备案审查制定的规范性文件12件。", "text-figure-mismatch", 0,
           NULL);
    expect("均按期答复。", "均按期答复。制定工作方案3个，印发文件12件。", "text-figure-mismatch", 0,
           NULL);
    expect("本年度未收取信息处理费。", "无。", "text-fee-silent", 1, "第六部分未提及信息处理费");
    /* 行政事业性收费 is the other fee: said alone, 信息处理费 is still not */
    expect("本年度未收取信息处理费。", "本年度行政事业性收费12.5万元，均已按规定公示。",
           "text-fee-silent", 1, NULL);
    expect("本年度未收取信息处理费。", "本年度没有收取费用。", "text-fee-silent", 0, NULL);
    expect("本年度未收取信息处理费。", "本年度未收取行政事业性收费，未收取信息处理费。",
           "text-fee-silent", 0, NULL);
    /* ... and denied in one place, an amount charged in another (section 六 denies it) */
    expect("均按期答复。", "均按期答复。全年共收取信息处理费1,200元。", "text-fee-contradiction", 1,
           "正文：“全年共收取信息处理费1,200元”；又称：“本年度未收取信息处理费”");
    expect("均按期答复。", "均按期答复。收取信息处理费合计0.03万元。", "text-fee-contradiction", 1,
           NULL);
    static const char *const fee_not_contradicted[] = {
        "2023年收取信息处理费300元。", "收取信息处理费0元。", "按标准可收取信息处理费300元。",
        "收取信息处理费标准为每件100元。", "信息处理费300元未收取。"};
    EXPECT_EACH(fee_not_contradicted, "text-fee-contradiction", 0);
    /* ... and denied while section 二 has an amount */
    expect("本年度未收取信息处理费。", "本年度未收取行政事业性收费，未收取信息处理费。",
           "text-no-fees", 1,
           "正文：“本年度未收取行政事业性收费，未收取信息处理费”；表格行政事业性收费本年收费金额为 "
           "12.5 万元");
    expect("均按期答复。", "均按期答复。本年度行政事业性收费零元。", "text-no-fees", 1,
           "正文：“本年度行政事业性收费零元”；表格行政事业性收费本年收费金额为 12.5 万元");
    expect("本年度未收取信息处理费。", "本年度没有收取任何行政事业性收费，未收取信息处理费。",
           "text-no-fees", 1, NULL);
    expect("本年度未收取信息处理费。", "本年度行政事业性收费金额为0，未收取信息处理费。",
           "text-no-fees", 1, NULL);
    expect("本年度未收取信息处理费。", "本年度没有行政事业性收费收入，未收取信息处理费。",
           "text-no-fees", 1, NULL);
    expect("本年度未收取信息处理费。", "未收取信息处理费，未发生因行政事业性收费引起的投诉。",
           "text-no-fees", 0, NULL);
    /* (beyond the list, some of them, another body or step, last year) */
    const char *some_fees[] = {"本年度严格执行收费目录清单，未收取清单外行政事业性收费。",
                               "除道路运输证件工本费外，未收取其他行政事业性收费。",
                               "本年度无行政事业性收费减免情况。",
                               "我局下属事业单位未收取行政事业性收费。",
                               "依申请公开环节未收取行政事业性收费。",
                               "上年度未收取行政事业性收费。"};
    EXPECT_EACH(some_fees, "text-no-fees", 0);
    char *nofee = replace(base, "本年度未收取信息处理费。", "本年度未收取行政事业性收费。");
    char *nofee0 = replace(nofee, "行政事业性收费\t12.5", "行政事业性收费\t0");
    assert_int_equal(rule_count(nofee0, "text-no-fees", NULL, 0), 0); /* none, and none said */
    free(nofee0);
    free(nofee);
    /* before 2021 there was no such fee to report */
    char *y20p = replace(base, "自2024年1月1日至2024年12月31日", "自2020年1月1日至2020年12月31日");
    char *y20 = replace(y20p, "测试市交通运输局2024年", "测试市交通运输局2020年");
    free(y20p);
    char *y20b = replace(y20, "本年度未收取信息处理费。", "无。");
    assert_int_equal(rule_count(y20b, "text-fee-silent", NULL, 0), 0);
    free(y20b);
    free(y20);
    /* the other figures the overview states: carried in and over, reconsiderations, lawsuits */
    expect("均按期答复。", "均按期答复。上年结转政府信息公开申请3件，结转下年度继续办理4件。",
           "text-figure-mismatch", 1, "正文：“上年结转政府信息公开申请3件”；表格二、上年结转总计为 4");
    expect("均按期答复。", "均按期答复。上年结转4件，结转下年度2件。", "text-figure-mismatch", 1,
           "正文：“结转下年度2件”；表格四、结转下年度继续办理总计为 4");
    expect("均按期答复。", "均按期答复。因政府信息公开发生行政复议3起、行政诉讼共3件。",
           "text-figure-mismatch", 1, "正文：“行政复议3起”；表格行政复议总计为 4");
    expect("均按期答复。", "均按期答复。发生行政复议4起、行政诉讼3件，行政复议纠错率为零。",
           "text-figure-mismatch", 0, NULL);
    expect("均按期答复。", "均按期答复。因依申请公开引发行政复议2起、行政诉讼3件。",
           "text-figure-mismatch", 1, "正文：“行政复议2起”；表格行政复议总计为 4");
    expect("均按期答复。", "均按期答复。全年办理行政复议案件120件，行政诉讼应诉案件35件。",
           "text-figure-mismatch", 0, NULL); /* not about disclosure */

    /* parts listed after 其中 that exceed their total; a comparison is no part */
    expect("均按期答复。", "均按期答复。全年主动公开信息61条，其中：政策文件5条，解读12条；其他51条。",
           "text-sum", 1, "“全年主动公开信息61条，其中：政策文件5条，解读12条；其他51条”："
                          "分项 5+12+51 = 68，大于总数 61");
    expect("均按期答复。", "均按期答复。全年主动公开信息61条，其中政策文件5条、其他56条。", "text-sum",
           0, NULL);
    expect("均按期答复。", "均按期答复。共收到申请20件，涉及行政复议1起，其中予以公开15件、不予公开8件。",
           "text-sum", 1, "“共收到申请20件，涉及行政复议1起，其中予以公开15件、不予公开8件”："
                          "分项 15+8 = 23，大于总数 20");
    expect("均按期答复。", "均按期答复。全年主动公开信息61条，其中政策文件5条，同比增长60条。",
           "text-sum", 0, NULL);
    expect("均按期答复。",
           "均按期答复。行政复议3件，其中维持2件，纠正1件；行政诉讼2件，其中维持2件。", "text-sum", 0,
           NULL);
    /* the total broken down twice, the separator changing between: each breakdown on its
     * own; one separator all through is one list */
    expect("均按期答复。",
           "均按期答复。共收到申请20件，其中自然人15件、法人5件，网络申请12件、信函8件。",
           "text-sum", 0, NULL);
    expect("均按期答复。",
           "均按期答复。共收到申请20件，其中自然人15件、法人5件，网络申请12件、信函10件。",
           "text-sum", 1, "“共收到申请20件，其中自然人15件、法人5件，网络申请12件、信函10件”："
                          "分项 12+10 = 22，大于总数 20");
    expect("均按期答复。", "均按期答复。共收到申请20件，其中自然人15件、法人5件，其他8件。",
           "text-sum", 1, "“共收到申请20件，其中自然人15件、法人5件，其他8件”："
                          "分项 15+5+8 = 28，大于总数 20"); /* (one part alone is no breakdown) */
    expect("均按期答复。", "均按期答复。共收到申请20件，其中自然人10件、法人10件、其他5件。",
           "text-sum", 1, "“共收到申请20件，其中自然人10件、法人10件、其他5件”："
                          "分项 10+10+5 = 25，大于总数 20");

    /* the year before given as the year of the work; comparisons with it are fine */
    expect("2024年，我局认真", "2023年，我局认真", "text-year", 1,
           "“2023年，我局认真贯彻落实政府信息公开条例，全年共收到政府信息公开申请29件，均按期答复”"
           "（报告年度为2024年）");
    expect("均按期答复。", "均按期答复。与2023年相比，申请量有所增加。", "text-year", 0, NULL);
    expect("均按期答复。", "均按期答复。2023年，我局收到申请20件，同比减少。", "text-year", 0, NULL);
    /* ... and a word on last year without a figure, or in section 五 */
    expect("均按期答复。", "均按期答复。2023年，我局获评政务公开先进单位。", "text-year", 0, NULL);
    expect("均按期答复。", "均按期答复。2023年，我局组织政务公开业务培训6次。", "text-year", 1,
           "“2023年，我局组织政务公开业务培训6次”（报告年度为2024年）");
    expect("下一步，", "2023年，我局被复议纠错2件。下一步，", "text-year", 0, NULL);
    /* ... or the report naming itself with a later year (a field report of 2022: "编制完成
     * 2023年度政府信息公开工作年度报告"), in the preamble or section 一 */
    expect("本报告根据《中华人民共和国政府信息公开条例》编制，",
           "本报告根据《中华人民共和国政府信息公开条例》编制，结合我局实际，"
           "编制完成2025年度政府信息公开工作年度报告。",
           "text-year", 1, "“编制完成2025年度政府信息公开工作年度报告”（报告年度为2024年）");
    static const char *const own_later[] = {
        "现向社会公布《测试市交通运输局2025年政府信息公开工作年度报告》。",
        "我局编制了2026年度政府信息公开年度报告。"};
    EXPECT_EACH(own_later, "text-year", 1);
    /* ... not this year's or last year's report, a notice's title, a link, a plan, nor in
     * section 五 */
    static const char *const not_own_later[] = {
        "编制完成2024年度政府信息公开工作年度报告。",
        "2024年3月，我局按时编制完成2023年度政府信息公开工作年度报告。",
        "根据关于编制公布2025年政府信息公开工作年度报告有关事项的通知要求。",
        "相关链接：测试市交通运输局2025年度政府信息公开工作年度报告。",
        "我局将按时编制2025年度政府信息公开工作年度报告。"};
    EXPECT_EACH(not_own_later, "text-year", 0);
    expect("下一步，", "下一步，编制好2025年度政府信息公开工作年度报告，", "text-year", 0, NULL);
    /* ... the next sentence looked at for a comparison is the same section's: past a 2019
     * table the words are its header's (上一年项目数量) and the next section's (较单一) */
    expect_on(base19, "二、主动公开政府信息情况\n",
              "二、主动公开政府信息情况\n2018年，我局共主动公开政府信息156条。\n", "text-year", 1,
              "“2018年，我局共主动公开政府信息156条”（报告年度为2019年）");

    /* ... in a sentence wrapped over lines beside a table (PDF text), after a heading: the
     * sentence read whole, from its first line */
    {
        char *wrapped =
            replace(base, "二、主动公开政府信息情况\n",
                    "二、主动公开政府信息情况\n（二）主动公开政府信息的主要类别\n"
                    "2023年，在主动公开的61条政府信息中，全文电子化的主动公开信息数共61条，其中\n"
                    "：减税降费5条，其他文件共56条。\n");
        xxgk_report *wr = read_text(wrapped, strlen(wrapped));
        xxgk_findings *f = NULL;
        assert_int_equal(xxgk_check(&f, wr, NULL), 0);
        char year_ev[512];
        assert_int_equal(count_rule(f, "text-year", year_ev, sizeof year_ev), 1);
        assert_string_equal(
            year_ev, "“2023年，在主动公开的61条政府信息中，全文电子化的主动公开信息数共61条，"
                     "其中：减税降费5条，其他文件共56条”（报告年度为2024年）");
        for (size_t i = 0; i < xxgk_findings_count(f); i++)
            if (strcmp(xxgk_findings_get(f, i)->rule->id, "text-year") == 0)
                assert_int_equal(xxgk_findings_get(f, i)->line, 11);
        xxgk_findings_free(f);
        xxgk_report_free(wr);
        free(wrapped);
    }

    /* the overview's five topics, each known by the words reports use for it */
    expect("全年主动公开政府信息，依申请公开答复及时，加强政府信息管理，办好政府网站平台，强化监督保障。",
           "", "text-overview", 1,
           "总体情况未见：主动公开、政府信息管理、政府信息公开平台建设、监督保障");
    expect("办好政府网站平台，强化监督保障。", "在政务新媒体发布信息，开展业务培训。", "text-overview", 0,
           NULL);
    /* ... 主动公开 in other words, or a count of information published (a field report of
     * 2021: "凡属应当公开的信息，均依法及时向社会公开…全年累计公开公安政府信息184条"); not a
     * count of information given on application, nor publishing without a count */
    static const char *const proactive[] = {"凡属应当公开的信息，均依法及时向社会公开，",
                                            "全年累计公开公安政府信息184条，",
                                            "全年发布各类政务信息共1200条，",
                                            "主动发布政策解读12篇，"};
    for (size_t i = 0; i < sizeof proactive / sizeof proactive[0]; i++) {
        char said[256];
        snprintf(said, sizeof said, "%s依申请公开答复及时，", proactive[i]);
        expect("全年主动公开政府信息，依申请公开答复及时，", said, "text-overview", 0, NULL);
    }
    static const char *const not_proactive[] = {"全年依申请公开政府信息36条，",
                                                "及时公开各类信息，", "公开信息184项，",
                                                "办理网民留言12条，"};
    for (size_t i = 0; i < sizeof not_proactive / sizeof not_proactive[0]; i++) {
        char said[256];
        snprintf(said, sizeof said, "%s依申请公开答复及时，", not_proactive[i]);
        expect("全年主动公开政府信息，依申请公开答复及时，", said, "text-overview", 1,
               "总体情况未见：主动公开");
    }
    /* ... wrapped across lines, as PDF text is */
    expect("全年主动公开政府信息，依申请公开答复及时，加强政府信息管理，"
           "办好政府网站平台，强化监督保障。",
           "全年主\n动公开政府信息，依申请公开答复及时，加强政府信\n息管理，"
           "办好政府网站平\n台，强化监督保\n障。",
           "text-overview", 0, NULL);

    /* the statistics period of another year; a date in running text is none */
    expect("统计期限自2024年1月1日至2024年12月31日", "统计期限自2023年1月1日至2023年12月31日",
           "text-period", 1, "“2023年1月1日至2023年12月31日”（报告年度为2024年）");
    expect("统计期限自2024年1月1日至2024年12月31日", "统计期限自2024年1月1日至2023年12月31日",
           "text-period", 1, "“2024年1月1日至2023年12月31日”（报告年度为2024年）");
    expect("均按期答复。", "均按期答复。新办法自2025年1月1日起施行，有效期至2029年12月31日。",
           "text-period", 0, NULL);
    expect("均按期答复。", "均按期答复。与2023年1月1日至2023年12月31日的统计数据相比，申请量上升。",
           "text-period", 0, NULL);
    expect("统计期限自2024年1月1日至2024年12月31日", "统计期限自2024年1月1日至12月31日",
           "text-period", 0, NULL);
    expect("统计期限自2024年1月1日至2024年12月31日", "统计期限自2023年1月1日至12月31日",
           "text-period", 1, "“2023年1月1日至12月31日”（报告年度为2024年）");
    /* part of the year only */
    expect("统计期限自2024年1月1日至2024年12月31日", "统计期限自2024年1月1日至2024年6月30日",
           "text-period", 1, "“2024年1月1日至2024年6月30日”（报告年度为2024年）");
    expect("统计期限自2024年1月1日至2024年12月31日", "统计期限为2024年3月1日起至12月31日",
           "text-period", 1, "“2024年3月1日起至12月31日”（报告年度为2024年）");
    expect("统计期限自2024年1月1日至2024年12月31日", "统计期限为2024年1月1日—2024年12月31日",
           "text-period", 0, NULL);
    /* named a statistics period, with no word of the report: a whole other year is last year's
     * words left in; another window is other work's (a hotline's, a school year) */
    expect("均按期答复。", "均按期答复。统计期限为2023年1月1日至2023年12月31日。", "text-period",
           1, "“2023年1月1日至2023年12月31日”（报告年度为2024年）");
    expect("均按期答复。", "均按期答复。统计期间为2023年度。", "text-period", 1,
           "“2023年度”（报告年度为2024年）");
    expect("均按期答复。", "均按期答复。服务热线工单统计期限为2023年12月21日至2024年12月20日。",
           "text-period", 0, NULL);
    expect("均按期答复。", "均按期答复。政务服务热线工单统计期间为2023年度。", "text-period", 0,
           NULL);
    expect("均按期答复。",
           "均按期答复。我局完成2023年度统计年报报送，统计期限为2023年1月1日至12月31日。",
           "text-period", 0, NULL);
    expect("均按期答复。", "均按期答复。统计期限为2024年1月1日至2024年12月31日。", "text-period",
           0, NULL);
    /* stated with no first day: the year as a whole, its months, the last day */
    expect("均按期答复。", "均按期答复。本报告中所列数据统计期限为2023年度。", "text-period", 1,
           "“2023年度”（报告年度为2024年）");
    expect("均按期答复。", "均按期答复。报告中统计数据的时间范围为2023年1月至12月。",
           "text-period", 1, "“2023年1月至12月”（报告年度为2024年）");
    expect("均按期答复。", "均按期答复。本报告中使用的统计数据截止时间为2023年12月31日。",
           "text-period", 1, "“2023年12月31日”（报告年度为2024年）");
    expect("均按期答复。", "均按期答复。本报告中所列数据统计期限为2024年度。", "text-period", 0,
           NULL);
    expect("均按期答复。", "均按期答复。本报告统计数据截止时间为2024年12月31日。", "text-period",
           0, NULL);
    expect("均按期答复。", "均按期答复。与上年度报告相比，统计时间为2023年度的数据有所下降。",
           "text-period", 0, NULL);
    expect("均按期答复。", "均按期答复。申请受理截止时间为2025年1月10日。", "text-period", 0,
           NULL);
    expect("均按期答复。", "均按期答复。本报告统计数据截至2023年12月31日。", "text-period", 1,
           "“2023年12月31日”（报告年度为2024年）");
    expect("均按期答复。", "均按期答复。截至2023年12月31日，本报告所列制度均已公开。",
           "text-period", 0, NULL);
    /* the year's own period first does not hide another after it */
    expect("统计期限自2024年1月1日至2024年12月31日。",
           "统计期限自2024年1月1日至2024年12月31日。报告中另有统计期限2022年1月1日至"
           "2022年12月31日。",
           "text-period", 1, "“2022年1月1日至2022年12月31日”（报告年度为2024年）");

    /* look-alike characters in official terms */
    expect("均按期答复。", "均按期答复。其中不子公开3件。", "text-typo", 1, "“不子公开”（应为“不予公开”）");
    expect("《中华人民共和国政府信息公开条例》", "《中华人民共和国政府信息公开条列》", "text-typo", 1,
           "“信息公开条列”（应为“信息公开条例”）");
    expect("均按期答复。", "均按期答复。关于公开的事项，于公开前审查。", "text-typo", 0, NULL);
    expect("均按期答复。", "均按期答复。我局致力于以公开促落实、以公开促规范。", "text-typo", 0,
           NULL);
    expect("均按期答复。", "均按期答复。其中于以公开3件。", "text-typo", 1,
           "“于以公开”（应为“予以公开”）");

    /* comparisons that lost a character; whole ones are fine */
    expect("均按期答复。", "均按期答复。共主动公开政府信息202条，比升11.6%。", "text-garbled", 1,
           "“比升11.6%”（应为“同比上升”）");
    expect("均按期答复。",
           "均按期答复。共主动公开政府信息202条，同比上升11.6%，与上年相比升高，环比升高2%，"
           "网上申请占比升至60%。",
           "text-garbled", 0, NULL);

    /* a draft's placeholders left in the text */
    expect("均按期答复。", "均按期答复。（二）依申请公开情况。（请填写）", "text-placeholder", 1,
           "“（二）依申请公开情况。（请填写）”");
    expect("均按期答复。", "均按期答复。本年度共收到申请（待补充）件。", "text-placeholder", 1,
           "“本年度共收到申请（待补充）”");
    /* ... not the same words in the report's own sentences, nor a name masked */
    expect("均按期答复。",
           "均按期答复。申请内容有待补充的，一次性告知申请人；申请表请写明文件名称。申请人王×××。",
           "text-placeholder", 0, NULL);
    expect("均按期答复。", "均按期答复。", "text-placeholder", 0, NULL);
    expect("均按期答复。", "均按期答复。对3件申请发出补正告知（待补充材料到位后重新计算答复期限）。",
           "text-placeholder", 0, NULL); /* (an aside, not a template's instruction) */
    /* a template's XX before what it stands for; not a masked name */
    expect("均按期答复。", "均按期答复。本报告由XX局编制。", "text-placeholder", 1, "“本报告由XX局”");
    expect("均按期答复。", "均按期答复。20XX年共收到申请XX件。", "text-placeholder", 1, "“20XX年”");
    expect("均按期答复。", "均按期答复。申请人王××的申请已答复。", "text-placeholder", 0, NULL);
    /* ... the digits of a number, and a figure left to be checked */
    expect("均按期答复。", "均按期答复。联系电话：0571-XXXXXXXX。", "text-placeholder", 1,
           "“0571-XXXXXXXX”");
    expect("均按期答复。", "均按期答复。本年度主动公开信息（待核实）条。", "text-placeholder", 1,
           "“本年度主动公开信息（待核实）”");
    expect("均按期答复。", "均按期答复。型号为XXXX的设备。", "text-placeholder", 0, NULL);

    /* another agency's name signing the report; the agency's own shortened, with its office
     * after it, or the office for the work, not */
#define SIGNED "\n测试市交通运输局\n2025年1月20日"
    expect(SIGNED, "\n测试市财政局\n2025年1月20日", "text-signature-agency", 1,
           "落款“测试市财政局”；报告机关为测试市交通运输局");
    expect(SIGNED, "\n测试县交通运输局\n2025年1月20日", "text-signature-agency", 1,
           "落款“测试县交通运输局”；报告机关为测试市交通运输局");
    static const char *const own[] = {"测试市交通局", "测试市交通运输局办公室",
                                      "测试市政务公开领导小组办公室", "测试市交遁运输局"};
    for (size_t i = 0; i < sizeof own / sizeof own[0]; i++) {
        char to[128];
        snprintf(to, sizeof to, "\n%s\n2025年1月20日", own[i]);
        expect(SIGNED, to, "text-signature-agency", 0, NULL);
    }
#undef SIGNED

    /* the agency's own name written wrong; its shortenings are not */
    expect("\n测试市交通运输局\n2025年1月20日", "\n测试市交遁运输局\n2025年1月20日", "text-agency-name", 1,
           "落款“测试市交遁运输局”；报告机关为测试市交通运输局"); /* (the signature too) */
    expect("\n测试市交通运输局\n2025年1月20日", "\n测试市交通运输局办公室\n2025年1月20日",
           "text-agency-name", 0, NULL);
    expect("均按期答复。", "均按期答复。如有疑问请与测试市交通输局办公室联系。", "text-agency-name", 1,
           "正文“测试市交通输局”；报告机关为测试市交通运输局");
    /* (the last character changed for one that ends no agency's name, the name standing
     * alone; not another body's, nor other words) */
    expect("\n测试市交通运输局\n2025年1月20日", "\n测试市交通运输居\n2025年1月20日",
           "text-agency-name", 1, "落款“测试市交通运输居”；报告机关为测试市交通运输局");
    expect("均按期答复。", "均按期答复。联系单位：测试市交通运输居。", "text-agency-name", 1,
           "正文“测试市交通运输居”；报告机关为测试市交通运输局");
    expect("均按期答复。", "均按期答复。推动测试市交通运输业高质量发展。", "text-agency-name", 0,
           NULL);
    expect("均按期答复。", "均按期答复。报测试市交通运输厅。", "text-agency-name", 0, NULL);
    /* (one left out or two swapped before the last character; not two left out, nor a longer
     * name) */
    expect("均按期答复。", "均按期答复。如有疑问请与测试市交通运局联系。", "text-agency-name", 1,
           "正文“测试市交通运局”；报告机关为测试市交通运输局");
    expect("均按期答复。", "均按期答复。测试市交通输运局全年发布信息56条。", "text-agency-name", 1,
           "正文“测试市交通输运局”；报告机关为测试市交通运输局");
    expect("均按期答复。", "均按期答复。测试市交通运输管理局全年发布信息56条。",
           "text-agency-name", 0, NULL);
    expect("均按期答复。", "均按期答复。测试是交通运输局持续加强政府网站建设。", "text-agency-name",
           1, "正文“测试是交通运输局”；报告机关为测试市交通运输局");
    expect("均按期答复。", "均按期答复。测试州交通运输局持续加强政府网站建设。", "text-agency-name",
           0, NULL);
    /* (和 left out, the short form; another place of the same kind) */
    assert_int_equal(agency_findings("测试市自然资源和规划局",
                                     "测试市自然资源规划局、测试县交通运输局和测试省自然资源和"
                                     "规划厅配合。",
                                     NULL, 0),
                     0);
    /* another body or place, not a slip */
    expect("均按期答复。", "均按期答复。测试市道路运输局、测试交通运输局、测试市县交通运输局配合。",
           "text-agency-name", 0, NULL);
    expect("均按期答复。", "均按期答复。测试市交通运输局和测试市交通局均按期答复。",
           "text-agency-name", 0, NULL);
    expect("均按期答复。", "均按期答复。测试市交通运输局法规科、测试市公安局交通管理局配合。",
           "text-agency-name", 0, NULL);
    assert_int_equal(agency_findings("测试市体育局", "测试市体育局联合测试市教育局开展活动。",
                                     NULL, 0),
                     0);
    char ev[256];
    assert_int_equal(agency_findings("测试市体育局", "测试市休育局开展活动。", ev, sizeof ev), 1);
    assert_string_equal(ev, "正文“测试市休育局”；报告机关为测试市体育局");
    assert_int_equal(agency_findings("测试市人民政府", "测试市政府办公室和测试市人民政府均已公开。",
                                     NULL, 0),
                     0);
    assert_int_equal(agency_findings("测试市人民政府", "测试市各区政府、测试省人民政府已公开。",
                                     NULL, 0),
                     0);
    assert_int_equal(agency_findings("测试市人民政府", "测试市人民政政府已公开。", ev, sizeof ev),
                     1);
    assert_string_equal(ev, "正文“测试市人民政政府”；报告机关为测试市人民政府");

    /* brackets that do not pair up in the narrative */
    expect("《中华人民共和国政府信息公开条例》编制", "《中华人民共和国政府信息公开条例编制",
           "text-brackets", 0, NULL); /* the preamble is in no section */
    expect("本年度未收取信息处理费。", "依据国办函〔2020〕109号)，本年度未收取信息处理费。",
           "text-brackets", 1,
           "“其他需要报告的事项”部分：“依据国办函〔2020〕109号),本年度未收取信息处理费。”中的“)”没有配对");
    expect("本年度未收取信息处理费。", "依据《办法》(国办函〔2020〕109号)，本年度未收取信息处理费。",
           "text-brackets", 0, NULL);
    expect("下一步，", "1）加强培训；2）完善制度。A）公开指南已更新。下一步，", "text-brackets", 0,
           NULL); /* (a list's numbers close what they never opened) */
    /* the evidence is of the mark's own line */
    expect("本年度未收取信息处理费。", "依据规定办理。\n附件（见下文\n本年度未收取信息处理费。",
           "text-brackets", 1, "“其他需要报告的事项”部分：“附件(见下文”中的“(”没有配对");
    char *two = replace(base, "本年度未收取信息处理费。", "依据规定办理。\n附件（见下文\n本年度未收取信息处理费。");
    const char *six = strstr(two, "依据规定办理");
    long want = 2;
    for (const char *p = two; p < six; p++)
        want += *p == '\n';
    assert_int_equal(rule_line(two, "text-brackets"), want);
    free(two);
}

/* A sentence put under the heading of section 四 of the base report. */
#define FOUR "四、政府信息公开行政复议、行政诉讼情况\n"

/* Counts stated in other words than the rows' labels: documents with the count before them,
 * one reason's applications, carried ones, kinds of applicant, cases by outcome and kind (the
 * base report: 规章 1/0/3, 行政规范性文件 5/2/40; 新收 29, 自然人 20; 不予公开·国家秘密 1,
 * 无法提供·不掌握 6, 另行制作 1; 结转下年度 4; 复议 2/1/0/1, 诉讼 直接 1/0/0/0, 复议后
 * 0/1/1/0). */
static void test_text_counts_worded(void **state)
{
    (void)state;
    static const struct {
        const char *from, *to;
        const char *evidence; /* NULL: no finding */
    } cases[] = {
        {"均按期答复。", "均按期答复。全年制发的7件行政规范性文件均同步发布政策解读。",
         "正文：“制发的7件行政规范性文件”；表格本年制发件数：规章 1，行政规范性文件 5"},
        /* issued and repealed, as many each: against both columns */
        {"均按期答复。", "均按期答复。本年度制发、废止行政规范性文件各5件。",
         "正文：“制发、废止行政规范性文件各5件”；表格本年废止件数：规章 0，行政规范性文件 2"},
        {"均按期答复。", "均按期答复。本年度制发和废止规章各1件。",
         "正文：“制发和废止规章各1件”；表格本年废止件数：规章 0，行政规范性文件 2"},
        /* ... the kind before both verbs; both kinds, as many of each */
        {"均按期答复。", "均按期答复。规章制发、废止各1件。",
         "正文：“规章制发、废止各1件”；表格本年废止件数：规章 0，行政规范性文件 2"},
        {"均按期答复。", "均按期答复。行政规范性文件制发、废止各5件。",
         "正文：“行政规范性文件制发、废止各5件”；表格本年废止件数：规章 0，行政规范性文件 2"},
        {"均按期答复。", "均按期答复。本年度制发规章、行政规范性文件各1件。",
         "正文：“制发规章、行政规范性文件各1件”；表格本年制发件数：规章 1，行政规范性文件 5"},
        {"均按期答复。", "均按期答复。本年度废止规章、行政规范性文件各2件。",
         "正文：“废止规章、行政规范性文件各2件”；表格本年废止件数：规章 0，行政规范性文件 2"},
        {"均按期答复。", "均按期答复。本年度制发规章和行政规范性文件共6件。", NULL},
        /* ... said apart, in order */
        {"均按期答复。", "均按期答复。本年度制发、废止行政规范性文件分别为5件、3件。",
         "正文：“制发、废止行政规范性文件分别为5件、3件”；表格本年废止件数：规章 0，行政规范性文件 "
         "2"},
        {"均按期答复。", "均按期答复。本年度制发、废止行政规范性文件分别为5件、2件。", NULL},
        {"均按期答复。", "均按期答复。全年制发的5件行政规范性文件均同步发布政策解读。", NULL},
        {"均按期答复。", "均按期答复。现行有效规章和行政规范性文件共45件。",
         "正文：“现行有效规章和行政规范性文件共45件”；表格现行有效件数：规章 3，行政规范性文件 "
         "40"},
        {"均按期答复。", "均按期答复。现行有效规章和行政规范性文件共43件。", NULL},
        {"全年共收到政府信息公开申请29件", "全年我局收到依申请公开件31件",
         "正文：“全年我局收到依申请公开件31件”；表格一、本年新收总计为 29"},
        {"均按期答复。", "均按期答复。另有3件申请顺延到下年度答复。",
         "正文：“另有3件申请顺延到下年度答复”；表格四、结转下年度继续办理总计为 4"},
        {"均按期答复。", "均按期答复。另有4件申请顺延到下年度答复。", NULL},
        {"均按期答复。", "均按期答复。年底结转申请2件。",
         "正文：“年底结转申请2件”；表格四、结转下年度继续办理总计为 4"},
        {"均按期答复。", "均按期答复。不存在上年度结转的申请。",
         "正文：“不存在上年度结转的申请”；表格二、上年结转总计为 4"},
        {"均按期答复。", "均按期答复。新收申请中，个人申请22件。",
         "正文：“个人申请22件”；表格一、本年新收·自然人为 20（加上年结转为 23）"},
        {"均按期答复。", "均按期答复。29件申请中，单位提出7件。",
         "正文：“单位提出7件”；表格一、本年新收·法人或其他组织为 9（加上年结转为 10）"},
        {"均按期答复。", "均按期答复。结转的4件申请中，自然人提出3件。", NULL},
        {"均按期答复。", "均按期答复。我单位申请延期答复3件。", NULL},
        {"均按期答复。", "均按期答复。因涉及国家秘密不予公开3件。",
         "正文：“因涉及国家秘密不予公开3件”；表格（三）不予公开·1.属于国家秘密为 1"},
        {"均按期答复。", "均按期答复。无法提供的7件中，因本机关不掌握相关信息的5件。",
         "正文：“因本机关不掌握相关信息的5件”；表格（四）无法提供·1.本机关不掌握相关政府信息为 "
         "6"},
        {"均按期答复。", "均按期答复。因申请人无正当理由大量反复申请，不予处理1件。",
         "正文：“因申请人无正当理由大量反复申请，不予处理1件”；表格（五）不予处理·4.无正当理由"
         "大量反复申请为 0"},
        {"均按期答复。", "均按期答复。因涉及国家秘密、第三方合法权益不予公开2件。", NULL},
        {"均按期答复。", "均按期答复。涉及第三方合法权益的，征求第三方意见2件。", NULL},
        {"均按期答复。", "均按期答复。自然人提出的申请中，本机关不掌握相关信息的4件。", NULL},
        {"均按期答复。", "均按期答复。全年作出不予公开决定5件。",
         "正文：“不予公开决定5件”；表格（三）不予公开总计为 2"},
        {FOUR, FOUR "全年在政府信息公开行政诉讼中败诉2件。\n",
         "正文：“全年在政府信息公开行政诉讼中败诉2件”；表格两类行政诉讼结果纠正为 1"},
        {FOUR, FOUR "被纠错案件共3件。\n",
         "正文：“被纠错案件共3件”；表格行政复议与两类行政诉讼结果纠正为 2"},
        {FOUR, FOUR "被纠错案件共2件。\n", NULL},
        {FOUR, FOUR "对被纠错的1件复议案件，我局已重新作出答复。\n", NULL},
        {FOUR, FOUR "维持原答复2件。\n", NULL},
        {FOUR, FOUR "全年行政诉讼案件中，法院判决驳回原告诉讼请求3件。\n",
         "正文：“法院判决驳回原告诉讼请求3件”；表格两类行政诉讼结果维持为 1"},
        {FOUR, FOUR "政府信息公开行政诉讼3件，均为复议后起诉。\n",
         "正文：“政府信息公开行政诉讼3件，均为复议后起诉”；表格行政诉讼·未经复议直接起诉总计为 "
         "1"},
        {FOUR, FOUR "全年政府信息公开行政复议、诉讼案件共计9件。\n",
         "正文：“行政复议、诉讼案件共计9件”；表格行政复议总计与行政诉讼总计之和为 7"},
        {FOUR, FOUR "全年政府信息公开行政复议、诉讼案件共计7件。\n", NULL},
        /* a reason after its outcome's count, or after a count of its own; reasons listed */
        {"均按期答复。", "均按期答复。不予公开2件，均因涉及国家秘密。",
         "正文：“不予公开2件，均因涉及国家秘密”；表格（三）不予公开·1.属于国家秘密为 1"},
        {"均按期答复。", "均按期答复。有3件申请因涉及国家秘密不予公开。",
         "正文：“有3件申请因涉及国家秘密不予公开”；表格（三）不予公开·1.属于国家秘密为 1"},
        {"均按期答复。", "均按期答复。不予处理3件，其中信访举报投诉类2件、重复申请2件。",
         "正文：“重复申请2件”；表格（五）不予处理·2.重复申请为 1"},
        {"均按期答复。", "均按期答复。不予处理3件，其中信访举报投诉类2件、重复申请1件。", NULL},
        {"均按期答复。", "均按期答复。全年不予处理3件，均为信访举报投诉类申请和重复申请。", NULL},
        {"均按期答复。", "均按期答复。涉及国家秘密事项的行政处罚决定3件不予公开。", NULL},
        {"均按期答复。", "均按期答复。涉及国家秘密的申请3件中，不予公开1件。", NULL},
        /* carried ones not yet answered; 依申请公开件 with its count after more words */
        {"均按期答复。", "均按期答复。尚有5件申请未办结，结转至下年度继续办理。",
         "正文：“尚有5件申请未办结，结转至下年度继续办理”；表格四、结转下年度继续办理总计为 4"},
        {"均按期答复。", "均按期答复。申请均已办结，不存在结转下一年度的情况。",
         "正文：“不存在结转下一年度的情况”；表格四、结转下年度继续办理总计为 4"},
        {"全年共收到政府信息公开申请29件", "全年收到依申请公开件共计32件",
         "正文：“全年收到依申请公开件共计32件”；表格一、本年新收总计为 29"},
        {"全年共收到政府信息公开申请29件", "全年共收到政府信息公开申请件31件",
         "正文：“全年共收到政府信息公开申请件31件”；表格一、本年新收总计为 29"},
        {"均按期答复。", "均按期答复。未办结的5件申请将转入下一年度办理。",
         "正文：“未办结的5件申请将转入下一年度办理”；表格四、结转下年度继续办理总计为 4"},
        {"均按期答复。", "均按期答复。对申请人无正当理由大量、反复提出的申请，不予处理2件。",
         "正文：“对申请人无正当理由大量、反复提出的申请，不予处理2件”；表格（五）不予处理·4.无正当"
         "理由大量反复申请为 0"},
        {"均按期答复。", "均按期答复。全年对4件申请作出不予公开决定。",
         "正文：“对4件申请作出不予公开”；表格（三）不予公开总计为 2"},
        {"均按期答复。", "均按期答复。对涉及第三方的2件申请作出不予公开决定。", NULL},
        /* outcomes listed in a sentence of their own after the total, among as many as all,
         * or with 的有 */
        {"全年共收到政府信息公开申请29件，均按期答复。",
         "全年共收到政府信息公开申请29件。其中，予以公开12件，部分公开3件。",
         "正文：“予以公开12件”；表格（一）予以公开总计为 11"},
        {"均按期答复。", "均按期答复。在29件申请中，予以公开的有12件，部分公开的有3件。",
         "正文：“予以公开的有12件”；表格（一）予以公开总计为 11"},
        {"均按期答复。", "均按期答复。在35件申请中，予以公开12件。", NULL},
        {"全年共收到政府信息公开申请29件，均按期答复。",
         "全年共收到政府信息公开申请29件，办理结果为：予以公开12件，部分公开3件。",
         "正文：“予以公开12件”；表格（一）予以公开总计为 11"},
        {"全年共收到政府信息公开申请29件，均按期答复。",
         "全年共收到行政许可申请120件。其中，予以公开12件。", NULL},
        {"均按期答复。", "均按期答复。针对不予公开的5件申请，我局均说明了理由。",
         "正文：“不予公开的5件”；表格（三）不予公开总计为 2"},
        {"均按期答复。", "均按期答复。对于部分公开的3件申请，均告知了理由。", NULL},
        /* shares of a kind of applicant or an outcome, as rounded, over 一, 一 + 二 or
         * （七）总计 */
        {"均按期答复。", "均按期答复。自然人申请占比达80%。",
         "正文：“自然人申请占比达80%”；表格一、本年新收·自然人为 20，占一、本年新收总计 29 的 "
         "69.0%"},
        {"均按期答复。", "均按期答复。其中自然人申请20件，占69%。", NULL},
        {"均按期答复。", "均按期答复。无法提供的申请占比34.5%。",
         "正文：“无法提供的申请占比34.5%”；表格（四）无法提供为 7，占（七）总计 29 的 24.1%"},
        {"均按期答复。", "均按期答复。予以公开11件，占37.9%。", NULL},
        {"均按期答复。", "均按期答复。予以公开11件，占比约40%。", NULL},
        {"均按期答复。", "均按期答复。全部或部分公开14件，占申请总数的48%。", NULL},
        {"均按期答复。", "均按期答复。因本机关不掌握相关信息无法提供的6件，占全部申请的20.7%。",
         NULL},
        {"均按期答复。", "均按期答复。予以公开11件，部分公开3件，分别占37.9%、10.3%。", NULL},
        /* a share cut at its last place, as written too (20 of 29: 68.97%), and one wrong
         * there, the table's shown to as many places */
        {"均按期答复。", "均按期答复。自然人申请占比68.96%。", NULL},
        {"均按期答复。", "均按期答复。自然人申请占比68.9%。", NULL},
        {"均按期答复。", "均按期答复。自然人申请占比68.95%。",
         "正文：“自然人申请占比68.95%”；表格一、本年新收·自然人为 20，占一、本年新收总计 29 的 "
         "68.97%"},
        {"均按期答复。", "均按期答复。自然人申请占比68.8%。",
         "正文：“自然人申请占比68.8%”；表格一、本年新收·自然人为 20，占一、本年新收总计 29 的 "
         "69.0%"},
        /* corrections in other words, or in section 五 of no kind named */
        {FOUR, FOUR "政府信息公开行政复议中，被复议机关撤销答复2件。\n",
         "正文：“被复议机关撤销答复2件”；表格行政复议结果纠正为 1"},
        /* corrections by the reconsideration body in other words: 撤销, 责令 */
        {FOUR, FOUR "本年度因政府信息公开引发的行政复议中，被复议机关撤销1件、责令重新答复1件。\n",
         "正文：“被复议机关撤销1件、责令重新答复1件”，共 2；表格行政复议结果纠正为 1"},
        {"均按期答复。", "均按期答复。2024年，我局新制发、清理废止行政规范性文件各2件。",
         "正文：“制发、清理废止行政规范性文件各2件”；表格本年制发件数：规章 1，行政规范性文件 5"},
        {"均按期答复。", "均按期答复。全年被申请行政复议15件，其中因政府信息公开引起的6件。",
         "正文：“行政复议15件，其中因政府信息公开引起的6件”；表格行政复议总计为 4"},
        /* 应诉 cases that are disclosure's, named so or said all to be */
        {"均按期答复。", "均按期答复。全年政府信息公开行政应诉案件2件。",
         "正文：“行政应诉案件2件”；表格行政诉讼总计为 3"},
        {"均按期答复。", "均按期答复。全年办理行政应诉案件5件，均为政府信息公开类。",
         "正文：“行政应诉案件5件”；表格行政诉讼总计为 3"},
        /* all cases, then disclosure's: their count is the figure */
        {"均按期答复。", "均按期答复。全年行政应诉案件12件，其中政府信息公开类5件。",
         "正文：“行政应诉案件12件，其中政府信息公开类5件”；表格行政诉讼总计为 3"},
        {"均按期答复。", "均按期答复。全年行政复议案件8件，其中涉及政府信息公开的5件。",
         "正文：“行政复议案件8件，其中涉及政府信息公开的5件”；表格行政复议总计为 4"},
        /* (the agency's answers to reconsiderations; cases it is sued in) */
        {"均按期答复。", "均按期答复。全年办理行政复议答复案件11件，其中政府信息公开类3件。",
         "正文：“行政复议答复案件11件，其中政府信息公开类3件”；表格行政复议总计为 4"},
        {"均按期答复。", "均按期答复。全年涉诉案件10件，其中政府信息公开类1件。",
         "正文：“涉诉案件10件，其中政府信息公开类1件”；表格行政诉讼总计为 3"},
        {"均按期答复。", "均按期答复。全年涉诉案件10件，其中政府信息公开类3件。", NULL},
        /* ways of correcting in one sentence add up (not a part of the whole said first, nor
         * one count read by two words) */
        {FOUR, FOUR "本年度政府信息公开行政复议案件中，被撤销1件，确认违法1件。\n",
         "正文：“被撤销1件，确认违法1件”，共 2；表格行政复议结果纠正为 1"},
        /* (a court's correction after them is of the lawsuits) */
        {FOUR, FOUR "行政复议决定撤销1件、责令限期重新答复1件，行政诉讼判决撤销1件。\n",
         "正文：“行政复议决定撤销1件、责令限期重新答复1件”，共 2；表格行政复议结果纠正为 1"},
        {FOUR, FOUR "政府信息公开行政复议纠正1件，其中被撤销1件，确认违法0件。\n", NULL},
        /* (the count first) */
        {FOUR, FOUR "本年度政府信息公开行政复议案件中，1件被撤销，1件确认违法。\n",
         "正文：“1件被撤销，1件确认违法”，共 2；表格行政复议结果纠正为 1"},
        {FOUR, FOUR "政府信息公开行政复议案件中，被撤销原答复1件。\n", NULL},
        /* (one count first read by two words, 撤销答复 and 撤销, is counted once) */
        {FOUR,
         FOUR "被提起政府信息公开行政诉讼3件，其中1件判决驳回原告诉讼请求，1件判决撤销答复。\n",
         NULL},
        {FOUR, FOUR "被提起政府信息公开行政诉讼3件，其中2件判决撤销答复，1件判决确认违法。\n",
         "正文：“其中2件判决撤销答复”；表格两类行政诉讼结果纠正为 1"},
        /* (what ended so and by whom between the count and the word; a court's judgment is a
         * lawsuit's, the court named or not) */
        {FOUR, FOUR "全年有2件政府信息公开答复被法院判决撤销。\n",
         "正文：“全年有2件政府信息公开答复被法院判决撤销”；表格两类行政诉讼结果纠正为 1"},
        {FOUR, FOUR "全年有1件政府信息公开答复被复议机关撤销。\n", NULL},
        {FOUR, FOUR "法院判决撤销被诉答复1件，判决确认被诉答复违法1件，驳回诉讼请求1件。\n",
         "正文：“法院判决撤销被诉答复1件，判决确认被诉答复违法1件”，共 2；"
         "表格两类行政诉讼结果纠正为 1"},
        {FOUR, FOUR "被行政复议纠正和被法院判决败诉的案件共2件。\n", NULL},
        {"下一步，我局", "全年被纠错案件3件。下一步，我局",
         "正文：“全年被纠错案件3件”；表格行政复议与两类行政诉讼结果纠正为 2"},
        {"均按期答复。", "均按期答复。全年作出不予公开答复3件。",
         "正文：“不予公开答复3件”；表格（三）不予公开总计为 2"},
        /* some applicants, by a word before the everyday one; cases' applicants; the agency
         * as the reconsideration body; answers of one kind */
        {"均按期答复。", "均按期答复。运输企业申请3件，均涉及道路运输经营许可信息。", NULL},
        {"均按期答复。", "均按期答复。外省个人申请3件。", NULL},
        {"均按期答复。", "均按期答复。建设单位申请3件。", NULL},
        /* 法人 for the group, as 单位 is, in whatever order the kinds come */
        {"均按期答复。", "均按期答复。其中法人申请1件、自然人申请2件。",
         "正文：“法人申请1件”；表格一、本年新收·法人或其他组织为 9（加上年结转为 10）"},
        {"均按期答复。", "均按期答复。涉外法人申请3件。", NULL},
        {"均按期答复。", "均按期答复。4件行政复议案件的申请人均为自然人。", NULL},
        {FOUR, FOUR "作为行政复议机关，我局本年度维持下级机关答复6件，纠正2件。\n", NULL},
        {"均按期答复。", "均按期答复。本机关不掌握相关政府信息的，均告知申请人，此类答复共6件。",
         NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        expect(cases[i].from, cases[i].to, "text-figure-mismatch", cases[i].evidence != NULL,
               cases[i].evidence);
    /* what real reports write that agrees with the tables or says nothing of them: reasons
     * together, answers of some kind, documents, claims of some applications, denials of a
     * narrower cause or of something else, other work's cases, both kinds' corrections, cases
     * opened, a step's fees, a subset named after the count, a second breakdown, the year told
     * apart from the one before */
    static const struct {
        const char *words, *rule;
    } quiet[] = {
        {"因涉及国家秘密、商业秘密、个人隐私不予公开2件。", "text-figure-mismatch"},
        {"申请人逾期不补正或撤回申请的3件。", "text-figure-mismatch"},
        {"10个工作日内答复18件。", "text-figure-mismatch"},
        {"书面答复25件，电子邮件答复4件。", "text-figure-mismatch"},
        {"由局办公室直接办理申请10件，转业务科室办理申请19件。", "text-figure-mismatch"},
        {"全年制发公文85件，其中因涉及国家秘密不予公开8件。", "text-figure-mismatch"},
        {"全年依法不予公开5件涉密文件。", "text-figure-mismatch"},
        {"需要延期答复的申请均已办结。", "text-outcome-claim"},
        {"这11件申请均予以公开。", "text-outcome-claim"},
        {"申请人申请的物业维修基金使用信息，均予以公开。", "text-outcome-claim"},
        {"全年未发生因政府信息公开答复超过法定期限引发的行政复议。", "text-no-review"},
        {"全年未收到复议机关制发的行政复议意见书。", "text-no-review"},
        {"行政诉讼中，未经复议直接起诉的败诉案件为零。", "text-no-review"},
        {"全年我局共发生行政复议案件12件，其中涉及政府信息公开的4件。", "text-figure-mismatch"},
        {"全年受理行政复议申请20件，审结18件，其中涉及政府信息公开的6件。",
         "text-figure-mismatch"},
        {"行政处罚案件被申请行政复议6件，其中维持5件。", "text-figure-mismatch"},
        {"我局办理下级交通运输部门政府信息公开行政复议案件6件，维持4件，纠正2件。",
         "text-figure-mismatch"},
        {"因不服不予公开答复申请行政复议2件，因不服无法提供答复申请行政复议2件。",
         "text-figure-mismatch"},
        {"政府信息公开行政复议结果纠正和行政诉讼败诉共2件。", "text-figure-mismatch"},
        {"政府信息公开行政复议维持2件，确认违法0件，责令重新答复1件。", "text-figure-mismatch"},
        {"全年立案查处行政处罚案件40件，作出行政处罚决定35件。", "text-active-figure"},
        {"全年办理行政处罚案件38件，作出行政处罚决定35件。", "text-active-figure"},
        {"依法解除查封、扣押等行政强制措施2件。", "text-active-figure"},
        {"本年度涉企行政事业性收费2.1万元。", "text-figure-mismatch"},
        {"本年度依申请公开政府信息未收取行政事业性收费。", "text-no-fees"},
        {"全年收到6件政府信息公开申请涉及征地拆迁信息。", "text-figure-mismatch"},
        {"全年共收到申请29件，其中自然人提出20件，法人或其他组织提出9件，按期答复25件，延期答复"
         "4件。",
         "text-sum"},
        {"2023年，我局被确定为试点单位，本年度完成标准目录编制12项。", "text-year"},
        {"全市建成政务公开专区5个，其中在12个县区政务服务中心设立3个，在市民中心设立2个。",
         "text-sum"},
        {"非自然人申请9件。", "text-figure-mismatch"},
        {"依申请公开超时办理件为0。", "text-no-requests"},
        {"政府信息公开专栏未出现需要纠正的情况。", "text-review-outcome"},
        {"自然人提出的申请中，涉及征地拆迁的占60%。", "text-figure-mismatch"},
        /* other terms than the figures' period; 于 ending a word; 升级; 2023 as background
         * to this year's work; fee rules, not fees; no-fee wording; licence items and some
         * decisions; claims of a document asked for or of other applications; asides and
         * masked names */
        {"征求意见期限为2024年3月1日至3月31日。", "text-period"},
        {"该文件有效期限自2024年3月1日起至2029年2月28日止。", "text-period"},
        {"开展政务数据安全检查，时间为2024年5月1日至5月31日。", "text-period"},
        {"根据市大数据局统计，2024年1月1日至6月30日我局网站访问量达52万人次。", "text-period"},
        {"我局完成2023年度统计年报报送，统计期为2023年1月1日至12月31日。", "text-period"},
        /* (a third audit's: the new and the carried together, those answered of the new, a
         * change from last year as no total, two totals' parts, part of the year, both kinds'
         * corrections) */
        {"本年度新收和上年结转的政府信息公开申请共63件。", "text-figure-mismatch"},
        {"新收的29件申请中，本年度已答复20件。", "text-figure-mismatch"},
        {"全年共收到申请29件，较上年增加5件，其中网上申请20件、信函申请7件、当面申请2件。",
         "text-sum"},
        {"全年共承办人大代表建议86件、政协提案112件，其中主办74件、协办124件。", "text-sum"},
        {"截至2024年6月30日，我局未收到政府信息公开申请，29件申请均在下半年提出。",
         "text-no-requests"},
        {"全年共发生政府信息公开行政复议案件4件、行政诉讼案件3件，被纠错2件。",
         "text-figure-mismatch"},
        {"2023年，市委、市政府作出建设“交通强市”决策部署，提出重点任务20项。", "text-year"},
        {"对行政复议机关撤销的1件政府信息公开答复和法院确认违法的1件答复，均已整改到位。",
         "text-figure-mismatch"},
        {"全年行政应诉案件12件，一审败诉2件，其中政府信息公开类1件。", "text-figure-mismatch"},
        {"全年共办理行政复议、行政诉讼案件20件，其中涉及政府信息公开的7件。",
         "text-figure-mismatch"},
        {"全年共办理行政复议应诉案件15件，其中政府信息公开类4件。", "text-figure-mismatch"},
        {"全年行政应诉案件共15件（含政府信息公开类3件），主要集中在行政处罚领域。",
         "text-figure-mismatch"},
        {"全年应诉案件中，行政诉讼案件审结13件，尚未审结2件；政府信息公开类诉讼案件均已审结。",
         "text-figure-mismatch"},
        {"2023年，我局被省交通运输厅评为政务公开先进单位，全省共评选先进单位20个。",
         "text-year"},
        {"2023年，交通运输部组织全国交通运输系统政务公开培训2期，我局选派5名同志参加。",
         "text-year"},
        {"因政府信息公开被申请行政复议4件，维持2件，被撤销答复1件，尚未审结1件。",
         "text-figure-mismatch"},
        {"2023年，市政府办公室印发《政务公开工作考核办法》，明确考核指标12项。", "text-year"},
        {"这得益于以公开促规范的工作机制。", "text-typo"},
        {"网站访问速度比升级前提高一倍。", "text-garbled"},
        {"2023年启动的试点工作于2024年通过验收，形成标准化成果8项。", "text-year"},
        {"行政事业性收费标准未发生变化。", "text-no-fees"},
        {"本年度在提供政府信息过程中未收取行政事业性收费。", "text-no-fees"},
        {"全年实施行政许可事项32项。", "text-active-figure"},
        {"行政处罚决定有2件被申请行政复议。", "text-active-figure"},
        {"申请人要求公开的征收补偿方案，均依法予以公开。", "text-outcome-claim"},
        {"收到信息处理费减免申请2件，均予以公开。", "text-outcome-claim"},
        {"对需补正的申请告知补正（待补充材料后办理）。", "text-placeholder"},
        {"申请人申请公开××镇征地补偿方案。", "text-placeholder"},
        {"涉及××项目的申请2件。", "text-placeholder"},
    };
    for (size_t i = 0; i < sizeof quiet / sizeof quiet[0]; i++) {
        char said[512];
        snprintf(said, sizeof said, "均按期答复。%s", quiet[i].words);
        expect("均按期答复。", said, quiet[i].rule, 0, NULL);
    }
    /* 六 on fees in other words */
    static const char *const no_fee_said[] = {"本年度提供政府信息均为无偿提供。",
                                              "本年度未向申请人发出缴费通知书。",
                                              "本年度未收取行政事业性收费及其他费用。"};
    for (size_t i = 0; i < sizeof no_fee_said / sizeof no_fee_said[0]; i++)
        expect("本年度未收取信息处理费。", no_fee_said[i], "text-fee-silent", 0, NULL);
    expect("本年度未收取信息处理费。", "本年度未收取行政事业性收费。", "text-fee-silent", 1,
           NULL);
    /* ... and what it still tells: both kinds' corrections against both, one form of them
     * beyond the column */
    expect("均按期答复。", "均按期答复。政府信息公开行政复议结果纠正和行政诉讼败诉共3件。",
           "text-figure-mismatch", 1,
           "正文：“政府信息公开行政复议结果纠正和行政诉讼败诉共3件”；表格行政复议与两类行政诉讼"
           "结果纠正为 2");
    /* none of the cases said with 零发生 after them; no correction said of cases */
    expect(FOUR, FOUR "全年政府信息公开行政诉讼案件零发生。\n", "text-no-review", 1,
           "正文：“全年政府信息公开行政诉讼案件零发生”；表格行政复议总计 4，行政诉讼总计 3");
    expect("均按期答复。", "均按期答复。因政府信息公开产生行政复议共4件，未出现结果纠正案件。",
           "text-review-outcome", 1,
           "正文：“因政府信息公开产生行政复议共4件，未出现结果纠正案件”；表格行政复议结果纠正 1");
    expect("均按期答复。", "均按期答复。未经复议直接起诉的1件案件未出现结果纠正情况。",
           "text-review-outcome", 0, NULL);
    expect(FOUR, FOUR "全年未出现被复议机关纠正的政府信息公开案件。\n", "text-review-outcome", 1,
           "正文：“全年未出现被复议机关纠正的政府信息公开案件”；表格行政复议结果纠正 1");
    /* a claim of some cases, or all but some */
    expect(FOUR, FOUR "维持的2件行政复议案件均已结案。\n", "text-review-outcome", 0, NULL);
    expect("均按期答复。",
           "均按期答复。全年行政诉讼案件均以我局胜诉结案，但政府信息公开类案件除外。",
           "text-review-outcome", 0, NULL);
    expect("均按期答复。", "均按期答复。全年清单外行政事业性收费为零。", "text-no-fees", 0, NULL);
    /* issued and repealed said apart, in the wrong order: both wrong */
    expect("均按期答复。", "均按期答复。本年度制发、废止行政规范性文件分别为2件、5件。",
           "text-figure-mismatch", 2,
           "正文：“制发、废止行政规范性文件分别为2件、5件”；表格本年制发件数：规章 1，"
           "行政规范性文件 5");
}

/* Section 二's decisions stated in the text against the table (行政许可 120, 行政处罚 35,
 * 行政强制 4; in the 2019 format the last of the three columns). */
static void test_text_active(void **state)
{
    (void)state;
    expect("均按期答复。", "均按期答复。全年作出行政处罚决定50件，罚没款30万元。",
           "text-active-figure", 1, "正文：“作出行政处罚决定50件”；表格行政处罚本年处理决定数量为 35");
    expect("均按期答复。", "均按期答复。本年度未实施行政强制措施。", "text-active-figure", 1,
           "正文：“未实施行政强制措施”；表格行政强制本年处理决定数量为 4");
    static const char *const wrong[] = {"全年共作出行政许可决定150件。", "全年实施行政强制措施10件。",
                                        "本年度未作出行政处罚决定。", "行政处罚决定共36件。",
                                        "全年行政强制措施共5件。"};
    EXPECT_EACH(wrong, "text-active-figure", 1);
    /* measures counted in 次 */
    expect("均按期答复。", "均按期答复。全年实施行政强制措施5次。", "text-active-figure", 1,
           "正文：“实施行政强制措施5次”；表格行政强制本年处理决定数量为 4");
    expect("均按期答复。", "均按期答复。全年实施行政强制措施4次。", "text-active-figure", 0, NULL);
    /* the months of the whole year are the year; some months are not */
    static const char *const whole_year[] = {"1至12月，我局共收到政府信息公开申请31件。",
                                             "2024年1月至12月，我局共收到政府信息公开申请31件。",
                                             "1-12月共收到政府信息公开申请31件。"};
    EXPECT_EACH(whole_year, "text-figure-mismatch", 1);
    static const char *const some_months[] = {"1至6月，我局共收到政府信息公开申请31件。",
                                              "12月共收到政府信息公开申请31件。"};
    EXPECT_EACH(some_months, "text-figure-mismatch", 0);
    /* each item of a list one verb opens */
    expect("均按期答复。", "均按期答复。全年作出行政许可决定120件、行政处罚决定38件、行政强制决定4件。",
           "text-active-figure", 1, "正文：“行政处罚决定38件”；表格行政处罚本年处理决定数量为 35");
    expect("均按期答复。", "均按期答复。全年作出行政许可决定120件、行政处罚决定35件、行政强制决定4件。",
           "text-active-figure", 0, NULL);
    static const char *const fine[] = {
        "全年作出行政许可决定120件，其中当场作出45件。", "作出行政处罚决定35件，罚没款12万元。",
        "本年度共公开行政处罚决定书40份。", "全年办理行政许可事项98件。",
        "我局作出的行政处罚决定被申请行政复议2件。", "行政许可决定平均办理时间3个工作日。",
        "无行政许可决定被撤销的情况。", "2023年作出行政处罚决定50件。",
        "全市作出行政处罚决定500件。", "其中适用简易程序作出行政处罚决定10件。",
        "全年作出行政许可决定同比增加20件。", "1至6月作出行政处罚决定20件。",
        "力争行政强制措施0件。", "本年度未发生行政强制措施引发的行政复议。",
        /* some of them (不予, 准予, of one kind), or last year's */
        "作出不予行政处罚决定5件。", "作出准予行政许可决定115件。",
        "作出道路运输行政许可决定60件。", "上年作出行政许可决定100件。"};
    EXPECT_EACH(fine, "text-active-figure", 0);
    /* the 2019 format's decisions are its third column */
    expect_on(base19, "本年度未收取", "全年作出行政处罚决定35件。本年度未收取",
              "text-active-figure", 0, NULL);
    expect_on(base19, "本年度未收取", "全年作出行政处罚决定50件。本年度未收取",
              "text-active-figure", 1, NULL);
}

/* Evidence too long to keep is cut on a whole character, and says so. */
static void test_long_evidence(void **state)
{
    (void)state;
    xbuf b;
    xbuf_init(&b, 0);
    xbuf_puts(&b, "均按期答复。全年");
    for (int i = 0; i < 38; i++)
        xbuf_puts(&b, "认真贯彻落实条例要求");
    xbuf_puts(&b, "，未收到政府信息公开申请，");
    for (int i = 0; i < 38; i++)
        xbuf_puts(&b, "认真贯彻落实条例要求");
    xbuf_puts(&b, "。");
    char *t = replace(base, "均按期答复。", b.data);
    char ev[4096];
    assert_int_equal(rule_count(t, "text-no-requests", ev, sizeof ev), 1);
    size_t n = strlen(ev);
    assert_true(n < 2048 && n > 2000);
    assert_string_equal(ev + n - strlen("……"), "……");
    json_t *j = json_string(ev); /* NULL for invalid UTF-8 */
    assert_non_null(j);
    json_decref(j);
    free(t);
    xbuf_free(&b);
}

/* A web page's link that shows one address and points to another. */
static void test_link_mismatch(void **state)
{
    (void)state;
    const char *page =
        "<html><head><title>测试市交通运输局2024年政府信息公开工作年度报告</title></head>"
        "<body><p>一、总体情况</p><p>联系邮箱：<a href=\"mailto:jtj@test.gov.cn\">"
        "jtys@test.gov.cn</a>；网站：<a href=\"http://www.test.gov.cn/\">www.test.gov.cn</a>、"
        "<a href=\"https://x.test.gov.cn\">http://y.test.gov.cn</a>、"
        "<a href=\"mailto:A@b.cn?subject=x\">a@B.cn</a>、<a href=\"http://z.cn\">点此</a>、"
        "<a href=\"mailto:abc@163.com\">abc@163.com&nbsp;</a>、"
        "<a href=\"mailto:abc@163.com\">联系邮箱abc@163.com</a>、"
        "<a href=\"http://www.test.gov.cn/col/col123/index.html\">www.test.gov.cn</a>、"
        "<a href=\"http://www.test.gov.cn/art/2024/1/1/art_1.html\">http://www.test.gov.cn/art/...</a></p>"
        "</body></html>";
    xxgk_report *r = read_text(page, strlen(page));
    assert_non_null(r);
    xxgk_findings *f = check_report(r);
    char ev[256];
    assert_int_equal(count_rule(f, "text-link-mismatch", ev, sizeof ev), 2);
    assert_string_equal(ev, "显示“jtys@test.gov.cn”，链接到“mailto:jtj@test.gov.cn”");
    int seen = 0;
    for (size_t i = 0; i < xxgk_findings_count(f); i++) {
        const xxgk_finding *x = xxgk_findings_get(f, i);
        if (strcmp(x->rule->id, "text-link-mismatch") != 0)
            continue;
        assert_int_equal(x->line, 3); /* title, heading, then the paragraph */
        if (seen++ == 1)
            assert_string_equal(x->evidence, "显示“y.test.gov.cn”，链接到“https://x.test.gov.cn”");
    }
    xxgk_findings_free(f);
    xxgk_report_free(r);
}


/* The line and evidence of each text-link-mismatch of the document data[0..len), in order,
 * one "line evidence" a line. */
static void links_of(const char *data, size_t len, char *out, size_t cap)
{
    xxgk_report *r = read_text(data, len);
    assert_non_null(r);
    xxgk_findings *f = check_report(r);
    size_t k = 0;
    out[0] = '\0';
    for (size_t i = 0; i < xxgk_findings_count(f); i++) {
        const xxgk_finding *x = xxgk_findings_get(f, i);
        if (strcmp(x->rule->id, "text-link-mismatch") == 0)
            k += (size_t)snprintf(out + k, cap - k, "%u %s\n", x->line, x->evidence);
        assert_true(k < cap);
    }
    xxgk_findings_free(f);
    xxgk_report_free(r);
}

/* Word documents carry links as a page does: a hyperlink (.docx: w:hyperlink and its
 * relationship, or a HYPERLINK field; .doc and RTF: the field; Markdown's [shown](target))
 * whose text shows another address than it points to is said at its line; one that shows its
 * own target is not. */
static void test_word_link_mismatch(void **state)
{
    (void)state;
#define W_NS "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " \
             "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
    const char *doc =
        "<w:document " W_NS "><w:body>"
        "<w:p><w:r><w:t>测试市交通运输局2024年政府信息公开工作年度报告</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>联系邮箱：</w:t></w:r><w:hyperlink r:id=\"rId9\"><w:r>"
        "<w:t>jtys@test.gov.cn</w:t></w:r></w:hyperlink><w:r><w:t>；</w:t></w:r>"
        "<w:hyperlink r:id=\"rId10\"><w:r><w:t>jtj@test.gov.cn</w:t></w:r></w:hyperlink></w:p>"
        "<w:p><w:fldSimple w:instr=\" HYPERLINK &quot;http://www.a.gov.cn/&quot; \"><w:r>"
        "<w:t>www.b.gov.cn</w:t></w:r></w:fldSimple></w:p>"
        "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space="
        "\"preserve\"> HYPERLINK \"mailto:c@d.cn\" \\o \"提示\" </w:instrText></w:r><w:r>"
        "<w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>邮箱e@d.cn</w:t></w:r><w:r>"
        "<w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
        "</w:body></w:document>";
    const char *rels =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/hyperlink\" Target=\"mailto:jtj@test.gov.cn\" TargetMode=\"External\"/>"
        "<Relationship Id=\"rId10\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/hyperlink\" Target=\"mailto:jtj@test.gov.cn\" TargetMode=\"External\"/>"
        "</Relationships>";
#undef W_NS
    part parts[] = {{"word/document.xml", (char *)doc, strlen(doc)},
                    {"word/_rels/document.xml.rels", (char *)rels, strlen(rels)}};
    bytes b = zip_parts(parts, 2);
    char got[1024];
    links_of(b.data, b.len, got, sizeof got);
    free(b.data);
    assert_string_equal(got, "3 显示“jtys@test.gov.cn”，链接到“mailto:jtj@test.gov.cn”\n"
                             "4 显示“b.gov.cn”，链接到“http://www.a.gov.cn/”\n"
                             "5 显示“e@d.cn”，链接到“mailto:c@d.cn”\n");
    /* RTF: the field's instruction, then its result */
    const char *rtf =
        "{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0\\fcharset134 SimSun;}}"
        "\\u27979?\\u35797?\\u24066?2024\\u24180?\\u25919?\\u24220?\\u20449?\\u24687?\\u20844?"
        "\\u24320?\\u24037?\\u20316?\\u24180?\\u24230?\\u25253?\\u21578?\\par "
        "{\\field{\\*\\fldinst{ HYPERLINK \"mailto:jtj@test.gov.cn\" }}{\\fldrslt{"
        "jtys@test.gov.cn}}}\\par "
        "{\\field{\\*\\fldinst HYPERLINK \"mailto:a@b.cn\"}{\\fldrslt a@b.cn}}"
        "{\\field{\\*\\fldinst PAGE}{\\fldrslt x@y.cn}}\\par}";
    links_of(rtf, strlen(rtf), got, sizeof got);
    assert_string_equal(got, "2 显示“jtys@test.gov.cn”，链接到“mailto:jtj@test.gov.cn”\n");
    /* Markdown: [shown](target), at its line; one showing its own target, or no address, or
     * brackets that are no link, is not said */
    const char *md = "# 测试市交通运输局2024年政府信息公开工作年度报告\n\n一、总体情况\n\n"
                     "联系邮箱：[jtys@test.gov.cn](mailto:jtj@test.gov.cn)，"
                     "[a@b.cn](mailto:a@b.cn)，[点此](http://x.cn)，[2024] (mailto:c@d.cn)，"
                     "[e@f.cn.](mailto:e@f.cn)，[www.g.cn,](http://www.g.cn/)\n";
    links_of(md, strlen(md), got, sizeof got);
    assert_string_equal(got, "5 显示“jtys@test.gov.cn”，链接到“mailto:jtj@test.gov.cn”\n");
}

/* The notes (info) on figures that are consistent but worth a supervisor's look. */
static void test_notes(void **state)
{
    (void)state;
    char ev[1024];
    /* most requests refused: 2 + 20 of 29 */
    const char *in[] = {"5.属于三类内部事务信息\t0\t0\t0\t0\t0\t0\t0", "（七）总计\t\t21\t5\t1\t0\t1\t1\t29"};
    const char *most[] = {"5.属于三类内部事务信息\t20\t0\t0\t0\t0\t0\t20", "（七）总计\t\t21\t5\t1\t0\t1\t1\t29"};
    char *t = replace_all(base, in, most, 2);
    assert_int_equal(rule_count(t, "arith-withheld-share", ev, sizeof ev), 1);
    assert_string_equal(ev, "（三）不予公开 22 件，占（七）总计 29 件的 76%：1.属于国家秘密 1，"
                            "4.保护第三方合法权益 1，5.属于三类内部事务信息 20");
    xxgk_check_options en = {XXGK_LANG_EN, XXGK_AGENCY_AUTO};
    assert_int_equal(rule_count_opts(t, "arith-withheld-share", ev, sizeof ev, &en), 1);
    assert_string_equal(ev, "（三）不予公开 22 of （七）总计 29, 76%: 1.属于国家秘密 1, "
                            "4.保护第三方合法权益 1, 5.属于三类内部事务信息 20");
    free(t);
    /* exactly half is not more than half: 2 + 13 of 30; one more is */
    const char *half[] = {"5.属于三类内部事务信息\t13\t0\t0\t0\t0\t0\t13", "（七）总计\t\t21\t5\t1\t0\t1\t1\t30"};
    t = replace_all(base, in, half, 2);
    assert_int_equal(rule_count(t, "arith-withheld-share", NULL, 0), 0);
    free(t);
    const char *over[] = {"5.属于三类内部事务信息\t14\t0\t0\t0\t0\t0\t14", "（七）总计\t\t21\t5\t1\t0\t1\t1\t30"};
    t = replace_all(base, in, over, 2);
    assert_int_equal(rule_count(t, "arith-withheld-share", NULL, 0), 1);
    free(t);
    /* under ten requests, a share says little: 2 + 5 of 9 */
    const char *few[] = {"5.属于三类内部事务信息\t5\t0\t0\t0\t0\t0\t5", "（七）总计\t\t21\t5\t1\t0\t1\t1\t9"};
    t = replace_all(base, in, few, 2);
    assert_int_equal(rule_count(t, "arith-withheld-share", NULL, 0), 0);
    free(t);
    assert_int_equal(rule_count(base, "arith-withheld-share", NULL, 0), 0);

    /* 2019: items listed, not one decision */
    const char *items[] = {"行政许可\t30\t-2\t120", "其他对外管理服务事项\t6\t0\t14",
                           "行政处罚\t50\t3\t35", "行政强制\t8\t0\t4"};
    const char *none[] = {"行政许可\t30\t-2\t0", "其他对外管理服务事项\t0\t0\t0",
                          "行政处罚\t50\t3\t0", "行政强制\t8\t0\t0"};
    t = replace_all(base19, items, none, 4);
    assert_int_equal(rule_count(t, "arith-no-decisions", ev, sizeof ev), 1);
    assert_string_equal(ev, "行政许可：上一年项目数量 30，处理决定数量 0；行政处罚：上一年项目数量 50，"
                            "处理决定数量 0；行政强制：上一年项目数量 8，处理决定数量 0");
    free(t);
    t = replace_all(base19, items, none, 3); /* 行政强制 has its 4 decisions: filled */
    assert_int_equal(rule_count(t, "arith-no-decisions", NULL, 0), 0);
    free(t);
    none[3] = "行政强制\t8\t0\t-1"; /* filled, wrongly: arith-negative's, not "every one 0" */
    t = replace_all(base19, items, none, 4);
    assert_int_equal(rule_count(t, "arith-no-decisions", NULL, 0), 0);
    assert_int_equal(rule_count(t, "arith-negative", NULL, 0), 1);
    free(t);
    assert_int_equal(rule_count(base19, "arith-no-decisions", NULL, 0), 0);

    /* cases the agency lost, and section 五 silent about them */
    expect("三是个别答复说理不够充分，被行政复议和行政诉讼纠错。", "", "text-corrected-silent", 1,
           "行政复议 结果纠正 1（总计 4），行政诉讼·复议后起诉 结果纠正 1（总计 2）；"
           "第五部分未提及复议、诉讼或纠错");
    const char *lost[] = {"三是个别答复说理不够充分，被行政复议和行政诉讼纠错。",
                          "2\t1\t0\t1\t4\t1\t0\t0\t0\t1\t0\t1\t1\t0\t2"};
    const char *won[] = {"", "2\t0\t0\t1\t3\t1\t0\t0\t0\t1\t0\t0\t1\t0\t1"};
    t = replace_all(base, lost, won, 2); /* no case lost: nothing to say */
    assert_int_equal(rule_count(t, "text-corrected-silent", NULL, 0), 0);
    free(t);
    /* ... section 五 speaking of it in other words */
    static const char *const lost_said[] = {"三是个别答复说理不够充分，存在败诉案件。",
                                            "三是个别答复被法院判决撤销。",
                                            "三是个别答复被上级机关责令重新答复。"};
    for (size_t i = 0; i < sizeof lost_said / sizeof lost_said[0]; i++)
        expect(lost[0], lost_said[i], "text-corrected-silent", 0, NULL);
    /* a total the reader could not read is said so, not as a number */
    const char *unread[] = {"", "2\t1\t0\t1\t*\t1\t0\t0\t0\t1\t0\t1\t1\t0\t2"};
    t = replace_all(base, lost, unread, 2);
    char said[256];
    assert_int_equal(rule_count(t, "text-corrected-silent", said, sizeof said), 1);
    assert_string_equal(said, "行政复议 结果纠正 1（总计 未读出），行政诉讼·复议后起诉 结果纠正 1（总计 2）；"
                            "第五部分未提及复议、诉讼或纠错");
    free(t);
}

static void test_reader_rules(void **state)
{
    (void)state;
    expect("行政强制\t4", "行政强制\t无", "reader-unreadable", 1, "行政强制·本年处理决定数量：“无”");
    /* a number too long is said once, as such */
    expect("行政强制\t4", "行政强制\t99999999999999999999", "reader-unreadable", 0, NULL);
    /* digits and separators that make no number are text all the same, and said so */
    expect("行政强制\t4", "行政强制\t1,23", "reader-unreadable", 1, "行政强制·本年处理决定数量：“1,23”");
    expect("行政强制\t4", "行政强制\t5.", "reader-unreadable", 1, "行政强制·本年处理决定数量：“5.”");
    expect("行政强制\t4", "行政强制\t99999999999999999999", "reader-number-range", 1,
           "行政强制：99999999999999999999");
    /* a page without tables whose article holds pictures: the likeliest reason is said */
    static const char page[] = "<html><body><div class=\"TRS_Editor\"><p>一、总体情况</p>"
                               "<p><img src=\"t1.png\"></p><p><img src=\"t2.png\"></p></div>"
                               "<div><img src=\"logo.png\"></div></body></html>";
    char ev[512];
    assert_int_equal(rule_count(page, "reader-no-tables", ev, sizeof ev), 1);
    assert_string_equal(ev, "全文没有可识别的统计表；正文中有 2 张图片，统计表可能以图片发布，"
                            "无法读取（请索取文字版）");
    /* ... or links its report as a document, not fetched from a saved page */
    static const char saved[] = "<html><body><div class=\"TRS_Editor\"><p>详见附件。</p>"
                                "<p><a href=\"files/2024.pdf\">2024年度报告</a></p></div>"
                                "</body></html>";
    assert_int_equal(rule_count(saved, "reader-no-tables", ev, sizeof ev), 1);
    assert_string_equal(ev, "全文没有可识别的统计表；网页以附件发布报告：files/2024.pdf（请读取该文档，"
                            "或给出网页的网址）");
    assert_int_equal(rule_count("一、总体情况\n本年度……\n", "reader-no-tables", ev, sizeof ev), 1);
    assert_string_equal(ev, "全文没有可识别的第二十条、申请情况或复议诉讼统计表");
    /* a report on 2018, under the 2007 条例 and in its own layout: not held to the format's
     * sections and tables, and said once; one on 2019 is */
    static const char old[] =
        "测试局2018年政府信息公开工作年度报告\n一、概述\n2018年，我局……\n"
        "二、主动公开政府信息情况\n全年主动公开信息120条。\n六、附表\n指标名称\t单位\t2018年\n"
        "主动公开文件数\t条\t120\n测试局\n2019年1月16日\n";
    xxgk_report *r = read_text(old, strlen(old));
    xxgk_findings *f = NULL;
    assert_int_equal(xxgk_check(&f, r, NULL), 0);
    assert_int_equal(count_rule(f, "format-before-2019", ev, sizeof ev), 1);
    assert_string_equal(ev, "2018年度报告：依2007年条例编写，统一格式自2019年度报告起施行");
    assert_int_equal(xxgk_findings_at_least(f, XXGK_SEV_WARNING), 0);
    assert_int_equal(count_rule(f, "text-overview", NULL, 0), 0); /* (the format's topics) */
    xxgk_findings_free(f);
    xxgk_report_free(r);
    char *later = strdup(old);
    for (char *p = later; (p = strstr(p, "2018")) != NULL;)
        memcpy(p, "2019", 4);
    assert_int_equal(rule_count(later, "format-before-2019", NULL, 0), 0);
    assert_int_equal(rule_count(later, "reader-no-tables", NULL, 0), 1);
    assert_int_equal(rule_count(later, "struct-section-missing", NULL, 0), 4);
    assert_int_equal(rule_count(later, "text-overview", NULL, 0), 1);
    /* ... but its tables published as pictures are said, a reason to act on */
    static const char old_page[] =
        "<html><body><div class=\"TRS_Editor\"><p>测试局2018年政府信息公开工作年度报告</p>"
        "<p>一、概述</p><p>2018年，我局……</p><p><img src=\"t1.png\"></p>"
        "<p><img src=\"t2.png\"></p></div></body></html>";
    assert_int_equal(rule_count(old_page, "reader-no-tables", ev, sizeof ev), 1);
    assert_string_equal(ev, "全文没有可识别的统计表；正文中有 2 张图片，统计表可能以图片发布，"
                            "无法读取（请索取文字版）");
    assert_int_equal(rule_count(old_page, "format-before-2019", NULL, 0), 1);
    free(later);
}

static void test_rule_table(void **state)
{
    (void)state;
    /* ids are unique, and every rule has both messages and a known category */
    const char *cats = "arithmetic structure format date text reader total";
    for (size_t i = 0; i < xxgk_rule_count(); i++) {
        const xxgk_rule *r = xxgk_rule_at(i);
        assert_non_null(strstr(cats, r->category));
        assert_true(strlen(r->message_zh) > 0 && strlen(r->message_en) > 0);
        assert_ptr_equal(xxgk_rule_find(r->id), r);
    }
    assert_null(xxgk_rule_find("no-such-rule"));
    /* the README documents every rule, with its category and severity */
    char *readme = slurp(XXGK_README, NULL);
    assert_non_null(readme);
    for (size_t i = 0; i < xxgk_rule_count(); i++) {
        const xxgk_rule *x = xxgk_rule_at(i);
        char row[256];
        snprintf(row, sizeof row, "| `%s` | %s | %s |", x->id, x->category,
                 xxgk_severity_name(x->severity));
        if (!strstr(readme, row))
            fail_msg("README.md lacks the row %s", row);
    }
    free(readme);
    /* English messages on request */
    char *t = replace(base, "1\t0\t2\t1\t29", "1\t0\t2\t1\t30");
    xxgk_report *r = read_text(t, strlen(t));
    xxgk_check_options en = {XXGK_LANG_EN, XXGK_AGENCY_AUTO};
    xxgk_findings *f = NULL;
    assert_int_equal(xxgk_check(&f, r, &en), 0);
    assert_string_equal(xxgk_findings_get(f, 0)->message,
                        xxgk_rule_find(xxgk_findings_get(f, 0)->rule->id)->message_en);
    /* the row total, the balance of the 总计 column, and the text's 29 against the table's 30 */
    assert_int_equal(xxgk_findings_at_least(f, XXGK_SEV_ERROR), 3);
    xxgk_findings_free(f);
    xxgk_report_free(r);
    free(t);
}

/* Year figures of text changed by replacing each from[i] with to[i]. */
static void year_figures(xxgk_year_figures *y, const char *text, const char *const *from,
                         const char *const *to, int n)
{
    char *t = replace_all(text, from, to, n);
    xxgk_report *r = read_text(t, strlen(t));
    xxgk_year_figures_of(r, y);
    xxgk_report_free(r);
    free(t);
}

/* Last year's report of the same agency: 结转下年度 comes back as 上年结转, and 现行有效件数
 * follows from last year's. */
static void test_across_years(void **state)
{
    (void)state;
    /* base (2024) carries in 3 1 0 0 0 0 4; its 规章 1 0 3, 行政规范性文件 5 2 40 */
    const char *from[] = {"局2024年", "四、结转下年度继续办理\t\t\t2\t1\t0\t0\t1\t0\t4",
                          "规章\t1\t0\t3", "行政规范性文件\t5\t2\t40",
                          "自2024年1月1日至2024年12月31日", "2025年1月20日"};
    const char *good[] = {"局2023年", "四、结转下年度继续办理\t\t\t3\t1\t0\t0\t0\t0\t4",
                          "规章\t1\t0\t2", "行政规范性文件\t5\t2\t37",
                          "自2023年1月1日至2023年12月31日", "2024年1月20日"};
    xxgk_year_figures prev, cur;
    year_figures(&cur, base, NULL, NULL, 0);
    assert_string_equal(cur.agency, "测试市交通运输局");
    assert_int_equal(cur.year, 2024);
    year_figures(&prev, base, from, good, 6);
    assert_int_equal(prev.year, 2023);
    assert_true(xxgk_year_follows(&prev, &cur));
    assert_false(xxgk_year_follows(&cur, &prev));
    assert_false(xxgk_year_follows(&cur, &cur));
    xxgk_findings *f = NULL;
    assert_int_equal(xxgk_check_years(&f, &prev, &cur, NULL), 0);
    assert_int_equal(xxgk_findings_count(f), 0);
    xxgk_findings_free(f);

    const char *bad[] = {"局2023年", "四、结转下年度继续办理\t\t\t2\t1\t0\t0\t1\t0\t4",
                         "规章\t1\t0\t2", "行政规范性文件\t5\t2\t30",
                         "自2023年1月1日至2023年12月31日", "2024年1月20日"};
    year_figures(&prev, base, from, bad, 6);
    assert_int_equal(xxgk_check_years(&f, &prev, &cur, NULL), 0);
    char ev[512];
    assert_int_equal(count_rule(f, "arith-carried-over", ev, sizeof ev), 1);
    assert_string_equal(ev, "2023年报告四、结转下年度继续办理：自然人 2，法律服务机构 1；"
                            "2024年报告二、上年结转：自然人 3，法律服务机构 0");
    /* in reading order, at the figures of the later report (table 三 is the same as the year
     * before's, figure for figure, its 结转下年度 row included: copied) */
    assert_string_equal(xxgk_findings_get(f, 0)->rule->id, "arith-in-force");
    assert_int_equal(xxgk_findings_get(f, 0)->line, 14);
    assert_string_equal(xxgk_findings_get(f, 1)->rule->id, "arith-copied");
    assert_int_equal(xxgk_findings_get(f, 1)->line, 31);
    assert_string_equal(xxgk_findings_get(f, 2)->rule->id, "arith-carried-over");
    assert_int_equal(xxgk_findings_get(f, 2)->line, 32);
    assert_int_equal(count_rule(f, "arith-in-force", ev, sizeof ev), 1);
    assert_string_equal(ev, "行政规范性文件：2023年现行有效 30 + 2024年制发 5 - 废止 2 = 33，"
                            "但2024年现行有效件数为 40");
    assert_int_equal(xxgk_findings_at_least(f, XXGK_SEV_ERROR), 1);
    xxgk_findings_free(f);
    /* in PDF text, the page each stands on (section 三 beginning page 2) */
    const char *page_from[] = {"\n三、收到和处理"}, *page_to[] = {"\n\f三、收到和处理"};
    xxgk_year_figures paged;
    year_figures(&paged, base, page_from, page_to, 1);
    assert_int_equal(xxgk_check_years(&f, &prev, &paged, NULL), 0);
    assert_string_equal(xxgk_findings_get(f, 0)->rule->id, "arith-in-force");
    assert_int_equal(xxgk_findings_get(f, 0)->page, 1);
    assert_string_equal(xxgk_findings_get(f, 2)->rule->id, "arith-carried-over");
    assert_int_equal(xxgk_findings_get(f, 2)->page, 2);
    assert_int_equal(xxgk_findings_get(f, 2)->line, 32);
    xxgk_findings_free(f);

    /* last year's report word for word but for its year: its tables copied */
    const char *year_only[] = {"局2023年", "四、结转下年度继续办理\t\t\t2\t1\t0\t0\t1\t0\t4",
                               "规章\t1\t0\t3", "行政规范性文件\t5\t2\t40",
                               "自2023年1月1日至2023年12月31日", "2024年1月20日"};
    year_figures(&prev, base, from, year_only, 6);
    assert_int_equal(xxgk_check_years(&f, &prev, &cur, NULL), 0);
    assert_int_equal(count_rule(f, "arith-copied", ev, sizeof ev), 1);
    char want[256];
    snprintf(want, sizeof want,
             "2023年与2024年报告的统计表：%d 个数字逐一相同（总计以外非零 %d 个）",
             cur.nfigures, cur.nonzero);
    assert_string_equal(ev, want);
    assert_int_equal(cur.nfigures, 10 + 25 * 7 + 15);
    assert_int_equal(xxgk_findings_get(f, 0)->line, cur.tables_at.line);
    xxgk_findings_free(f);
    /* (below, reports of other years made by the title's year alone: without the period
     * sentence, which would say which year they are for) */
    char *bare = replace(base, "，统计期限自2024年1月1日至2024年12月31日", "");
    /* one figure apart, or nothing but zeros, is no copy; but a table of them copied whole,
     * another redone, is */
    const char *one_apart[] = {"局2024年", "行政处罚\t35"};
    const char *to_one[] = {"局2023年", "行政处罚\t36"};
    year_figures(&prev, bare, one_apart, to_one, 2);
    assert_int_equal(xxgk_check_years(&f, &prev, &cur, NULL), 0);
    assert_int_equal(count_rule(f, "arith-copied", ev, sizeof ev), 1);
    assert_string_equal(ev, "2023年与2024年报告的第三部分统计表：175 个数字逐一相同"
                            "（总计以外非零 26 个）");
    for (size_t i = 0; i < xxgk_findings_count(f); i++)
        if (strcmp(xxgk_findings_get(f, i)->rule->id, "arith-copied") == 0)
            assert_int_equal(xxgk_findings_get(f, i)->line, 31); /* (the table's first figure) */
    xxgk_findings_free(f);
    const char *two_apart[] = {"局2024年", "行政处罚\t35", "（七）总计\t\t21\t5\t1\t0\t1\t1\t29",
                               "四、结转下年度继续办理\t\t\t2\t1\t0\t0\t1\t0\t4"};
    const char *to_two[] = {"局2023年", "行政处罚\t36", "（七）总计\t\t22\t5\t1\t0\t1\t1\t30",
                            "四、结转下年度继续办理\t\t\t1\t1\t0\t0\t1\t0\t3"};
    year_figures(&prev, bare, two_apart, to_two, 4);
    assert_int_equal(xxgk_check_years(&f, &prev, &cur, NULL), 0);
    assert_int_equal(count_rule(f, "arith-copied", NULL, 0), 0);
    xxgk_findings_free(f);
    xxgk_year_figures zeros = cur;
    zeros.nonzero = 0;
    for (int t = 0; t < XXGK_TABLE_COUNT; t++)
        zeros.table_nonzero[t] = 0;
    xxgk_year_figures zeros_before = zeros;
    zeros_before.year = 2023;
    assert_int_equal(xxgk_check_years(&f, &zeros_before, &zeros, NULL), 0);
    assert_int_equal(count_rule(f, "arith-copied", NULL, 0), 0);
    xxgk_findings_free(f);

    /* the same agency under a longer name; another agency; a gap of a year */
    const char *longer[] = {"测试市交通运输局2024年"};
    const char *names[] = {"某省测试市交通运输局2023年"};
    year_figures(&prev, bare, longer, names, 1);
    assert_true(xxgk_year_follows(&prev, &cur));
    names[0] = "测试市教育局2023年";
    year_figures(&prev, bare, longer, names, 1);
    assert_false(xxgk_year_follows(&prev, &cur));
    names[0] = "测试市交通运输局2022年";
    year_figures(&prev, bare, longer, names, 1);
    assert_false(xxgk_year_follows(&prev, &cur));
    /* a name without its place names no agency in particular */
    names[0] = "市交通运输局2023年";
    year_figures(&prev, bare, longer, names, 1);
    assert_string_equal(prev.agency, "市交通运输局");
    assert_false(xxgk_year_follows(&prev, &cur));
    /* names too long to keep whole are unknown, not cut: these two differ in their last
     * characters only */
    char long_name[200] = "测试市";
    for (int i = 0; i < 60; i++)
        strcat(long_name, "某");
    const char *long_from[] = {"测试市交通运输局2024年"};
    char long_to[2][400];
    snprintf(long_to[0], sizeof long_to[0], "%s交通运输局2024年", long_name);
    snprintf(long_to[1], sizeof long_to[1], "%s教育局2023年", long_name);
    const char *long_cur[] = {long_to[0]}, *long_prev[] = {long_to[1]};
    xxgk_year_figures long_y;
    year_figures(&long_y, bare, long_from, long_cur, 1);
    assert_int_equal(long_y.year, 2024);
    assert_string_equal(long_y.agency, "");
    year_figures(&prev, bare, long_from, long_prev, 1);
    assert_false(xxgk_year_follows(&prev, &long_y));
    /* 63 characters still fit */
    long_name[strlen(long_name) - 3 * 3] = '\0';
    snprintf(long_to[0], sizeof long_to[0], "%s交通局2024年", long_name);
    year_figures(&long_y, bare, long_from, long_cur, 1);
    assert_int_equal(strlen(long_y.agency), 63 * 3);
    /* a name too short to tell agencies apart by its end */
    strcpy(prev.agency, "运输局");
    prev.year = 2023;
    assert_false(xxgk_year_follows(&prev, &cur));

    /* a batch: 0 = 2024, 1 = 2023 under the longer name, 2 = the same 2023 report again (as
     * .doc and PDF), 3 = another agency's 2023, 4 = 2025 of the first */
    xxgk_year_figures batch[5];
    year_figures(&batch[0], base, NULL, NULL, 0);
    names[0] = "某省测试市交通运输局2023年";
    year_figures(&batch[1], bare, longer, names, 1);
    batch[2] = batch[1];
    names[0] = "测试市教育局2023年";
    year_figures(&batch[3], bare, longer, names, 1);
    names[0] = "测试市交通运输局2025年";
    year_figures(&batch[4], bare, longer, names, 1);
    xxgk_year_pair *pairs = NULL;
    size_t np = 99;
    assert_int_equal(xxgk_year_pairs(batch, 5, &pairs, &np), 0);
    assert_int_equal(np, 2);
    assert_int_equal(pairs[0].prev, 1); /* once, not again for the copy */
    assert_int_equal(pairs[0].cur, 0);
    assert_int_equal(pairs[1].prev, 0);
    assert_int_equal(pairs[1].cur, 4);
    free(pairs);
    /* a 2024 report that two differently named 2023 reports could precede is left out */
    strcpy(batch[2].agency, "测试市交通运输局");
    assert_int_equal(xxgk_year_pairs(batch, 5, &pairs, &np), 0);
    assert_int_equal(np, 1);
    assert_int_equal(pairs[0].cur, 4);
    free(pairs);
    assert_int_equal(xxgk_year_pairs(batch, 0, &pairs, &np), 0);
    assert_null(pairs);
    assert_int_equal(np, 0);
    /* two agencies, each with a 2023 report given twice: each copy is left out in its own
     * group, whatever the other group dropped */
    xxgk_year_figures two[7];
    names[0] = "测试市交通运输局2023年";
    year_figures(&two[0], bare, longer, names, 1);
    two[1] = two[0];
    year_figures(&two[2], base, NULL, NULL, 0);
    names[0] = "测试市教育局2023年";
    year_figures(&two[3], bare, longer, names, 1);
    two[4] = two[3];
    two[4].carried_out[0] += 1; /* a different report */
    two[5] = two[3];
    const char *edu[] = {"测试市教育局2024年"};
    year_figures(&two[6], bare, longer, edu, 1);
    assert_int_equal(xxgk_year_pairs(two, 7, &pairs, &np), 0);
    assert_int_equal(np, 3);
    assert_true(pairs[0].prev == 0 && pairs[0].cur == 2);
    assert_true(pairs[1].prev == 3 && pairs[1].cur == 6);
    assert_true(pairs[2].prev == 4 && pairs[2].cur == 6);
    free(pairs);
    free(bare);
}

/* A sentence about another bureau's figures (a city bureau reports for its whole system, a
 * district government by department) is not the agency's own count; one naming the agency by
 * its name, whole or shortened, is. */
static void test_other_bureau(void **state)
{
    (void)state;
    static const char *const others[] = {
        "各县（市、区）交通运输局共收到政府信息公开申请56件。",
        "测试市港航管理局受理政府信息公开申请7件。",
        "测试县交通运输局全年收到政府信息公开申请56件。",
        "测试县交通运输局、测试区交通运输局全年未收到政府信息公开申请。",
        "各县（市、区）交通运输局均未发生政府信息公开行政复议、行政诉讼案件。"};
    EXPECT_EACH(others, "text-figure-mismatch", 0);
    EXPECT_EACH(others, "text-no-requests", 0);
    EXPECT_EACH(others, "text-no-review", 0);
    static const char *const own[] = {"测试市交通运输局全年收到政府信息公开申请30件。",
                                      "市交通运输局全年收到政府信息公开申请30件。",
                                      "全年交通运输局共收到政府信息公开申请30件。"};
    EXPECT_EACH(own, "text-figure-mismatch", 1);
    /* nor are 政务服务's applications (依申请事项), but 依申请公开事项 are disclosure's */
    static const char *const services[] = {
        "全年受理依申请事项3120件。",
        "全年共受理各类依申请事项12560件，其中政府信息公开申请29件。"};
    EXPECT_EACH(services, "text-figure-mismatch", 0);
    static const char *const disclosure[] = {"全年受理依申请公开事项30件。",
                                             "全年共收到申请29件，办结31件。"};
    EXPECT_EACH(disclosure, "text-figure-mismatch", 1);
    /* nor their answers (办结 of 公租房 applications) */
    static const char *const housing[] = {"全年共办理公租房申请29件，办结31件。"};
    EXPECT_EACH(housing, "text-figure-mismatch", 0);
}

/* Cases carried in or out, the year's new ones or those pending are not the year's 总计; nor
 * are cases carried the applications carried. */
static void test_some_cases(void **state)
{
    (void)state;
    static const char *const some[] = {
        "上年结转政府信息公开行政复议案件1件，已审结。",
        "尚未审结的政府信息公开行政复议案件1件结转至下年度。",
        "本年度新发生政府信息公开行政复议案件3件。",
        "全年收到政府信息公开申请29件，均已办结，无上年结转行政诉讼案件。"};
    EXPECT_EACH(some, "text-figure-mismatch", 0);
    static const char *const all[] = {"全年共发生政府信息公开行政复议案件5件。"};
    EXPECT_EACH(all, "text-figure-mismatch", 1);
    /* each body's corrected cases, the count first: not added up against the lawsuits' */
    static const char *const both[] = {
        "本年度有1件政府信息公开行政复议案件被纠正、1件政府信息公开行政诉讼案件被判决撤销答复。"};
    EXPECT_EACH(both, "text-figure-mismatch", 0);
    char *t = replace(base, "均按期答复。",
                      "均按期答复。本年度有1件政府信息公开行政复议案件被纠正、"
                      "2件政府信息公开行政诉讼案件被判决撤销答复。");
    assert_true(rule_count(t, "text-figure-mismatch", NULL, 0) >= 1);
    free(t);
}

/* （六）其他处理 printed with a subtotal of its own before its three sub-rows: the subtotal is
 * said and not taken, as any group's is; not counted twice, nor the table called 2019's. */
static void test_group_subtotal(void **state)
{
    (void)state;
    static const char from[] = "\t（六）其他处理\t1.申请人无正当";
    static const char to[] = "\t（六）其他处理\t2\t0\t1\t0\t0\t0\t3\n\t1.申请人无正当";
    expect(from, to, "arith-outcomes", 0, NULL);
    expect(from, to, "format-mixed-layout", 0, NULL);
    expect(from, to, "reader-unplaced", 1,
           "（六）其他处理：分组标题在格式中没有数字，其后的数字未采用：2 0 1 0 0 0 3");
    /* printed alone, as the 2019 format has it, the row is read */
    char *t = replace(base,
                      "\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其"
                      "政府信息公开申请\t1\t0\t0\t0\t0\t0\t1\n",
                      "（六）其他处理\t2\t0\t1\t0\t0\t0\t3\n");
    char *u = replace(t,
                      "\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息"
                      "公开申请\t0\t0\t0\t0\t0\t0\t0\n\t\t3.其他\t1\t0\t1\t0\t0\t0\t2\n",
                      "");
    assert_int_equal(rule_count(u, "format-mixed-layout", NULL, 0), 1);
    assert_int_equal(rule_count(u, "arith-outcomes", NULL, 0), 0);
    free(u);
    free(t);
}

/* The year's applications in other words: 申请总数, 收到申请公开政府信息 (what is applied for). */
static void test_application_totals(void **state)
{
    (void)state;
    static const char *const said[] = {"全年政府信息公开申请总数%d件",
                                       "全年收到申请公开政府信息%d件"};
    for (size_t i = 0; i < 2; i++)
        for (int n = 29; n <= 31; n += 2) {
            char to[128];
            snprintf(to, sizeof to, said[i], n);
            expect("全年共收到政府信息公开申请29件", to, "text-figure-mismatch", n != 29, NULL);
        }
}

/* The text with every figure of its tables' rows 0 (a cell of digits, a tab after it or
 * before it). */
static char *all_zero(const char *text)
{
    char *t = strdup(text);
    assert_non_null(t);
    char *w = t;
    for (const char *p = text; *p;) {
        const char *e = p;
        while ((*e >= '0' && *e <= '9') || (*e == '.' && e > p))
            e++;
        if (e > p && (p == text || p[-1] == '\t' || p[-1] == '\n') &&
            (*e == '\t' || (*e == '\n' && p > text && p[-1] == '\t'))) {
            *w++ = '0';
            p = e;
        } else {
            *w++ = *p++;
        }
    }
    *w = '\0';
    return t;
}

/* Two townships that each granted one person's request, every other figure 0: the one figure
 * their tables print six times (in 自然人 and 总计; in 一, （一） and （七）) is no copy; with
 * five figures alike besides the totals, it is. */
static void test_copied_few_figures(void **state)
{
    (void)state;
    char *zero = all_zero(base);
    const char *one[] = {"测试市交通运输局",
                         "本年新收政府信息公开申请数量\t\t\t0\t0\t0\t0\t0\t0\t0",
                         "（一）予以公开\t\t0\t0\t0\t0\t0\t0\t0",
                         "（七）总计\t\t0\t0\t0\t0\t0\t0\t0"};
    const char *granted[][4] = {
        {"测试镇人民政府", "本年新收政府信息公开申请数量\t\t\t1\t0\t0\t0\t0\t0\t1",
         "（一）予以公开\t\t1\t0\t0\t0\t0\t0\t1", "（七）总计\t\t1\t0\t0\t0\t0\t0\t1"},
        {"示例镇人民政府", "本年新收政府信息公开申请数量\t\t\t1\t0\t0\t0\t0\t0\t1",
         "（一）予以公开\t\t1\t0\t0\t0\t0\t0\t1", "（七）总计\t\t1\t0\t0\t0\t0\t0\t1"}};
    xxgk_year_figures y[2];
    for (int i = 0; i < 2; i++)
        year_figures(&y[i], zero, one, granted[i], 4);
    assert_int_equal(y[0].nonzero, 2);
    xxgk_year_pair *pairs = NULL;
    size_t np = 0;
    assert_int_equal(xxgk_copy_pairs(y, 2, &pairs, &np), 0);
    assert_int_equal(np, 0);
    free(pairs);
    /* five figures besides: 3 requests, 2 of a company, granted; 行政许可 12 */
    const char *five[][5] = {
        {"测试镇人民政府", "本年新收政府信息公开申请数量\t\t\t3\t2\t0\t0\t0\t0\t5",
         "（一）予以公开\t\t3\t2\t0\t0\t0\t0\t5", "（七）总计\t\t3\t2\t0\t0\t0\t0\t5",
         "行政许可\t0"},
        {"示例镇人民政府", "本年新收政府信息公开申请数量\t\t\t3\t2\t0\t0\t0\t0\t5",
         "（一）予以公开\t\t3\t2\t0\t0\t0\t0\t5", "（七）总计\t\t3\t2\t0\t0\t0\t0\t5",
         "行政许可\t0"}};
    const char *five_to[][5] = {{five[0][0], five[0][1], five[0][2], five[0][3], "行政许可\t12"},
                                {five[1][0], five[1][1], five[1][2], five[1][3], "行政许可\t12"}};
    const char *five_from[] = {one[0], one[1], one[2], one[3], "行政许可\t0"};
    for (int i = 0; i < 2; i++)
        year_figures(&y[i], zero, five_from, five_to[i], 5);
    assert_int_equal(y[1].nonzero, 5);
    assert_int_equal(xxgk_copy_pairs(y, 2, &pairs, &np), 0);
    assert_int_equal(np, 1);
    free(pairs);
    free(zero);
}

/* A sentence running over a page break, the page's number between its halves (bare, before
 * pdftotext's form feed, or "- 1 -"): its figure is the sentence's, not joined to the
 * number, and the section's text (as read: its punctuation half-width) has no page number. */
static void test_page_number_in_sentence(void **state)
{
    (void)state;
    static const char *const breaks[] = {"申请\n1\n\f29件", "申请\n\n- 1 -\n\f29件",
                                         "申请\n第 1 页 共 3 页\n29件"};
    for (size_t i = 0; i < sizeof breaks / sizeof breaks[0]; i++) {
        char *t = replace(base, "申请29件", breaks[i]);
        assert_int_equal(rule_count(t, "text-figure-mismatch", NULL, 0), 0);
        xxgk_report *r = read_text(t, strlen(t));
        assert_string_equal(xxgk_report_section(r, 0)->text,
                            "2024年,我局认真贯彻落实政府信息公开条例,全年共收到政府信息公开申请"
                            "\n29件,均按期答复。全年主动公开政府信息,依申请公开答复及时,加强"
                            "政府信息管理,办好政府网站平台,强化监督保障。");
        xxgk_report_free(r);
        free(t);
    }
}

/* A claim two rules could each read is said once: every kind of applicant denied together is
 * no application at all (text-no-requests, not a kind's count too); a count of 0 cases in
 * digits is a count (text-figure-mismatch, not text-no-review too), but for both kinds "均为0件"
 * is a denial.  One kind denied alone is that kind's count. */
static void test_one_finding_a_claim(void **state)
{
    (void)state;
    static const struct {
        const char *from, *to, *rule;
    } claims[] = {
        {"全年共收到政府信息公开申请29件", "全年没有收到公民、法人或其他组织提出的政府信息公开申请",
         "text-no-requests"},
        {"全年共收到政府信息公开申请29件", "全年未收到自然人、法人或其他组织提出的申请",
         "text-no-requests"},
        {"全年共收到政府信息公开申请29件", "全年未收到法人或其他组织提出的申请",
         "text-figure-mismatch"},
        {"五、存在的主要问题",
         "本年度因政府信息公开引起的行政复议、行政诉讼案件为0件。\n五、存在的主要问题",
         "text-figure-mismatch"},
        {"五、存在的主要问题", "本年度政府信息公开行政复议案件为零件。\n五、存在的主要问题",
         "text-no-review"},
        {"五、存在的主要问题",
         "本年度因政府信息公开引起的行政复议、行政诉讼案件均为0件。\n五、存在的主要问题",
         "text-no-review"}};
    for (size_t i = 0; i < sizeof claims / sizeof claims[0]; i++) {
        char *t = replace(base, claims[i].from, claims[i].to);
        xxgk_report *r = read_text(t, strlen(t));
        xxgk_findings *f = NULL;
        assert_int_equal(xxgk_check(&f, r, NULL), 0);
        int text = 0;
        for (size_t k = 0; k < xxgk_findings_count(f); k++)
            text += strncmp(xxgk_findings_get(f, k)->rule->id, "text-", 5) == 0;
        assert_int_equal(text, 1);
        assert_int_equal(count_rule(f, claims[i].rule, NULL, 0), 1);
        xxgk_findings_free(f);
        xxgk_report_free(r);
        free(t);
    }
}

/* A line after the signature dating the printing (a 版记's 印发) or an update is not the day
 * the report was published, unless no other day is given. */
static void test_dated_notes(void **state)
{
    (void)state;
    static const char *const notes[] = {"测试市交通运输局办公室  2025年2月3日印发\n",
                                        "附件：2025年3月5日更新\n"};
    for (size_t i = 0; i < 2; i++) {
        size_t n = strlen(base) + strlen(notes[i]) + 1;
        char *t = malloc(n);
        assert_non_null(t);
        snprintf(t, n, "%s%s", base, notes[i]);
        assert_int_equal(rule_count(t, "date-late", NULL, 0), 0);
        free(t);
    }
    char *alone = replace(base, "\n2025年1月20日", "\n测试市交通运输局办公室  2025年2月3日印发");
    char ev[512] = "";
    assert_int_equal(rule_count(alone, "date-late", ev, sizeof ev), 1);
    assert_non_null(strstr(ev, "发布日期 2025-02-03"));
    free(alone);
}

/* A batch's reports of one year whose tables are another agency's word for word: copied, said
 * about the later; the same agency's report given twice, a figure apart, another year, nothing
 * but zeros or an agency not known, not. */
static void test_copied_between_agencies(void **state)
{
    (void)state;
    xxgk_year_figures y[7];
    const char *other[] = {"测试市交通运输局"}, *water[] = {"测试市水务局"};
    const char *apart[] = {"测试市交通运输局", "行政处罚\t35"};
    const char *apart_to[] = {"测试市林业局", "行政处罚\t36"};
    const char *later[] = {"测试市交通运输局", "局2024年", "自2024年1月1日至2024年12月31日"};
    const char *later_to[] = {"测试市园林局", "局2025年", "自2025年1月1日至2025年12月31日"};
    year_figures(&y[0], base, NULL, NULL, 0);          /* 测试市交通运输局 */
    year_figures(&y[1], base, other, water, 1);        /* its tables, 测试市水务局's */
    year_figures(&y[2], base, NULL, NULL, 0);          /* 测试市交通运输局's again */
    year_figures(&y[3], base, apart, apart_to, 2);     /* a figure apart */
    year_figures(&y[4], base, later, later_to, 3);     /* another year */
    y[5] = y[1];
    snprintf(y[5].agency, sizeof y[5].agency, "%s", "测试市统计局");
    y[5].nonzero = y[5].table_nonzero[0] = y[5].table_nonzero[1] = y[5].table_nonzero[2] = 0;
    y[6] = y[1];
    y[6].agency[0] = '\0'; /* (whose, not known) */
    assert_int_equal(y[4].year, 2025);
    xxgk_year_pair *pairs = NULL;
    size_t np = 0;
    assert_int_equal(xxgk_copy_pairs(y, 7, &pairs, &np), 0);
    assert_int_equal(np, 1);
    assert_int_equal(pairs[0].prev, 0);
    assert_int_equal(pairs[0].cur, 1);
    free(pairs);
    xxgk_findings *f = NULL;
    assert_int_equal(xxgk_check_copy(&f, &y[0], &y[1], NULL), 0);
    char ev[512];
    assert_int_equal(count_rule(f, "arith-copied-other", ev, sizeof ev), 1);
    char want[256];
    snprintf(want, sizeof want,
             "测试市交通运输局 2024年报告的统计表：%d 个数字逐一相同（总计以外非零 %d 个）",
             y[1].nfigures, y[1].nonzero);
    assert_string_equal(ev, want);
    assert_int_equal(xxgk_findings_get(f, 0)->line, y[1].tables_at.line);
    xxgk_findings_free(f);
    assert_int_equal(xxgk_check_copy(&f, &y[0], &y[2], NULL), 0); /* (the same agency's) */
    assert_int_equal(xxgk_findings_count(f), 0);
    xxgk_findings_free(f);
    assert_int_equal(xxgk_check_copy(&f, &y[0], &y[3], NULL), 0);
    assert_int_equal(xxgk_findings_count(f), 0);
    xxgk_findings_free(f);
    /* the batch in another order: the earlier given is the one said to be copied */
    xxgk_year_figures swapped[2] = {y[1], y[0]};
    assert_int_equal(xxgk_copy_pairs(swapped, 2, &pairs, &np), 0);
    assert_int_equal(np, 1);
    assert_int_equal(pairs[0].prev, 0);
    assert_int_equal(pairs[0].cur, 1);
    free(pairs);
    assert_int_equal(xxgk_copy_pairs(y, 1, &pairs, &np), 0);
    assert_int_equal(np, 0);
    assert_null(pairs);
}

/* A report whose section 二 prints no table (详见附图): no label tells its format, its year
 * does (2019's before 2021). */
static void test_format_by_year(void **state)
{
    (void)state;
    const char *two = strstr(base19, "二、主动公开政府信息情况\n");
    const char *three = strstr(base19, "三、收到和处理政府信息公开申请情况\n");
    assert_non_null(two);
    assert_non_null(three);
    size_t n = strlen(base19) + 64;
    char *t = malloc(n);
    assert_non_null(t);
    snprintf(t, n, "%.*s二、主动公开政府信息情况\n详见附图。\n%s", (int)(two - base19), base19,
             three);
    xxgk_report *r = read_text(t, strlen(t));
    assert_int_equal(xxgk_report_format(r), XXGK_FORMAT_2019);
    xxgk_report_free(r);
    assert_int_equal(rule_count(t, "format-mixed-layout", NULL, 0), 0);
    assert_int_equal(rule_count(t, "struct-table-missing", NULL, 0), 1);
    free(t);
}

/* A report whose only table is section 四's (二 and 三 left out, or given as prose): its
 * figures are read and the other two tables called missing, in the format its year had (the
 * two formats' tables of 四 being the same); a section 四 of prose alone is no table. */
static void test_review_table_alone(void **state)
{
    (void)state;
    static const char form[] =
        "某某局%d年政府信息公开工作年度报告\n一、总体情况\n本年度工作正常开展。\n"
        "二、主动公开政府信息情况\n本年度主动公开各类信息120条。\n"
        "三、收到和处理政府信息公开申请情况\n本年度未收到政府信息公开申请。\n"
        "四、政府信息公开行政复议、行政诉讼情况\n%s"
        "五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n本年度未收取信息处理费。\n"
        "某某局\n%d年1月20日\n";
    static const char table[] =
        "行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t"
        "复议后起诉\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t"
        "尚未审结\t总计\n2\t1\t0\t0\t3\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0\n";
    static const struct {
        int year;
        const char *section;
        xxgk_format_id format;
        int missing, no_tables;
    } cases[] = {{2024, table, XXGK_FORMAT_2021, 2, 0},
                 {2020, table, XXGK_FORMAT_2019, 2, 0},
                 {2024, "本年度未发生行政复议、行政诉讼。\n", XXGK_FORMAT_OTHER, 0, 1}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[2048];
        snprintf(text, sizeof text, form, cases[i].year, cases[i].section, cases[i].year + 1);
        xxgk_report *r = read_text(text, strlen(text));
        assert_int_equal(xxgk_report_format(r), cases[i].format);
        xxgk_findings *f = NULL;
        assert_int_equal(xxgk_check(&f, r, NULL), 0);
        char ev[512] = "";
        assert_int_equal(count_rule(f, "struct-table-missing", ev, sizeof ev), cases[i].missing);
        if (cases[i].missing)
            assert_string_equal(ev, "二、主动公开政府信息情况");
        assert_int_equal(count_rule(f, "reader-no-tables", NULL, 0), cases[i].no_tables);
        if (cases[i].format != XXGK_FORMAT_OTHER) {
            const xxgk_table_spec *t = &xxgk_report_spec(r)->tables[XXGK_TABLE_REVIEW];
            static const double want[15] = {2, 1, 0, 0, 3, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0};
            for (int k = 0; k < 15; k++)
                assert_true(xxgk_report_cell(r, (size_t)t->rows[0].first_cell + (size_t)k)
                                ->value == want[k]);
            assert_int_equal(count_rule(f, "arith-review-total", NULL, 0), 0);
        }
        xxgk_findings_free(f);
        xxgk_report_free(r);
    }
}

/* Ways of saying a figure that an audit of real wording found read wrongly: bounds and asides
 * are no totals, other names of an outcome, words elsewhere in a sentence that are not what it
 * counts, cases in 次 and 例, claims of all corrected or all pending, a title cited in section
 * 六. */
static void test_text_worded_audit(void **state)
{
    (void)state;
    /* a total that is a bound, or a count in brackets before 其中, is not what the parts sum to */
    const char *no_sum[] = {
        "全年共收到政府信息公开申请超过20件，其中自然人提出20件，法人或其他组织提出9件。",
        "全年收到政府信息公开申请29件（上年收到申请15件），其中自然人提出20件，法人或其他组织"
        "提出9件。"};
    EXPECT_EACH(no_sum, "text-sum", 0);
    const char *sum[] = {"全年收到政府信息公开申请29件（含网上申请），其中自然人提出20件，"
                         "法人或其他组织提出19件。"};
    EXPECT_EACH(sum, "text-sum", 1);
    /* those carried into next year are no part of a breakdown by channel; said as the rest,
     * 另有, they are held against 四 */
    const char *rest[] = {"全年收到申请29件，其中网络申请14件，信函申请15件，另有2件结转下年度继续"
                          "办理。"};
    EXPECT_EACH(rest, "text-sum", 0);
    expect("均按期答复。", "均按期答复。全年收到申请29件，其中网络申请14件，信函申请15件，另有2件"
           "结转下年度继续办理。", "text-figure-mismatch", 1,
           "正文：“另有2件结转下年度继续办理”；表格四、结转下年度继续办理总计为 4");
    /* documents passed on are not those issued */
    const char *passed_on[] = {"全年转发上级政策性文件6件。"};
    EXPECT_EACH(passed_on, "text-figure-kind", 0);
    /* 同意公开 and 全部公开 are 予以公开; 不同意公开 is not */
    expect("均按期答复。", "均按期答复。全年办结申请29件，办理结果为：同意公开20件。",
           "text-figure-mismatch", 1, "正文：“同意公开20件”；表格（一）予以公开总计为 11");
    const char *granted[] = {"全年办结申请29件，办理结果为：全部公开12件。"};
    EXPECT_EACH(granted, "text-figure-mismatch", 1);
    const char *granted_right[] = {"全年办结申请29件，其中不同意公开2件，同意公开11件。"};
    EXPECT_EACH(granted_right, "text-figure-mismatch", 0);
    /* a website, the applicants as everyone, a kind of applicant in another clause, a channel:
     * none makes the count another's */
    const char *decided[] = {"全年通过政府网站公开政府信息78条，作出行政处罚决定12件。"};
    EXPECT_EACH(decided, "text-active-figure", 1);
    const char *counted[] = {
        "收到公民、法人和其他组织政府信息公开申请29件，及时规范答复20件。",
        "围绕企业关切开展政策解读，全年因政府信息公开引发行政复议2件。",
        "通过政府网站公开信息6条，制发行政规范性文件2件。",
        /* (新收 are the new alone: 29, not 29 + 4 carried in) */
        "全年新收政府信息公开申请33件。",
        /* (cases in 次) */
        "全年因政府信息公开被申请行政复议2次。",
        /* (文件 repealed after 行政规范性文件 issued are of that kind) */
        "制发行政规范性文件5件，废止文件7件。"};
    EXPECT_EACH(counted, "text-figure-mismatch", 1);
    const char *right[] = {"全年收到政府信息公开申请33件。",
                           "全年因政府信息公开被提起行政诉讼3例。",
                           "全年因政府信息公开被申请行政复议超过1次。",
                           /* (a bound after its unit, which 4 would not show) */
                           "全年因政府信息公开被申请行政复议2次以上。",
                           "制发行政规范性文件5件，废止文件2件。",
                           /* (予以公开 itself, and 同意 that is a third party's or denied) */
                           ("全年办结申请29件，办理结果为：经征求第三方意见同意公开的2件，"
                            "予以公开11件。"),
                           "全年办结申请29件，办理结果为：未同意公开3件，同意公开11件。"};
    EXPECT_EACH(right, "text-figure-mismatch", 0);
    const char *lawsuits[] = {"全年因政府信息公开被提起行政诉讼2例。"};
    EXPECT_EACH(lawsuits, "text-figure-mismatch", 1);
    const char *all_granted[] = {"收到公民、法人和其他组织政府信息公开申请33件，均已全部公开。"};
    EXPECT_EACH(all_granted, "text-outcome-claim", 1);
    /* a denial whose sentence goes on to other things */
    const char *denied[] = {"虽然本年度未发生政府信息公开行政复议、诉讼案件，仍有不足，政策解读"
                            "形式有待丰富。"};
    EXPECT_EACH(denied, "text-no-review", 1);
    /* (but what the rest of the sentence says of last year's cases still makes it no denial of
     * this year's table) */
    const char *not_denied[] = {"本年度未发生因政府信息公开被申请行政复议的情况，上年度结转的1件"
                                "案件尚未审结。",
                                "本年度未发生政府信息公开行政复议、行政诉讼案件，办理的案件均为"
                                "上年度结转。"};
    EXPECT_EACH(not_denied, "text-no-review", 0);
    /* all corrected, all pending: 2 upheld and 1 pending, 2 upheld and 1 corrected */
    expect("均按期答复。", "均按期答复。全年因政府信息公开被申请行政复议4件，均被纠正。",
           "text-review-outcome", 1,
           "正文：“全年因政府信息公开被申请行政复议4件，均被纠正”；表格行政复议结果维持 2，"
           "行政复议尚未审结 1");
    expect("均按期答复。", "均按期答复。全年因政府信息公开被申请行政复议4件，均尚未审结。",
           "text-review-outcome", 1,
           "正文：“全年因政府信息公开被申请行政复议4件，均尚未审结”；表格行政复议结果维持 2，"
           "行政复议结果纠正 1");
    /* one case counted and its outcome said, as 均 says it of several; in a list's part after a
     * semicolon, disclosure named before it */
    expect("均按期答复。", "均按期答复。全年因依申请公开引发行政复议1起，被复议机关纠正。",
           "text-review-outcome", 1,
           "正文：“全年因依申请公开引发行政复议1起，被复议机关纠正”；表格行政复议结果维持 2，"
           "行政复议尚未审结 1");
    expect("均按期答复。", "均按期答复。全年因依申请公开引发行政复议4起，结果维持；行政诉讼1起，"
           "尚未审结。", "text-review-outcome", 1,
           "正文：“行政诉讼1起，尚未审结”；表格行政诉讼·未经复议直接起诉结果维持 1，"
           "行政诉讼·复议后起诉结果纠正 1，行政诉讼·复议后起诉其他结果 1");
    const char *some_said[] = {"全年因依申请公开引发行政复议4起，其中1起被复议机关纠正。",
                               "全年因政府信息公开被申请行政复议4件，其中2件均被纠正。",
                               ("全年因政府信息公开被提起行政诉讼3件，其中被法院判决撤销的1件，"
                                "相关答复均被撤销后已重新作出。"),
                               "全年因依申请公开引发行政复议1起，被复议机关维持。",
                               "全年因依申请公开引发行政复议2起，被复议机关纠正1起。"};
    EXPECT_EACH(some_said, "text-review-outcome", 0);
    /* the fee's 办法 cited, and its standards, say nothing of what was charged */
    expect("本年度未收取信息处理费。",
           "按照《政府信息公开信息处理费管理办法》规定的按件、按量收费标准执行。",
           "text-fee-silent", 1, NULL);
    expect("本年度未收取信息处理费。",
           "按照《政府信息公开信息处理费管理办法》规定的按件、按量收费标准执行，本年度未收费。",
           "text-fee-silent", 0, NULL);
}

/* Another document kept with the reports, titled and dated (a notice): one finding that it is
 * no report, not every part of one missing nor lateness against a year its date suggests. */
static void test_other_document(void **state)
{
    (void)state;
    static const char notice[] = "关于做好2024年度政府信息公开工作的通知\n\n各单位：\n"
                                 "请于2025年1月31日前报送年度报告。\n\n某市政务公开办\n"
                                 "2024年12月1日\n";
    xxgk_report *r = read_text(notice, strlen(notice));
    assert_int_equal(xxgk_report_year(r), 0); /* (not 2023 by its date) */
    xxgk_findings *f = check_report(r);
    assert_int_equal(xxgk_findings_count(f), 1);
    assert_string_equal(xxgk_findings_get(f, 0)->rule->id, "reader-no-tables");
    assert_string_equal(xxgk_findings_get(f, 0)->evidence,
                        "不像年度报告：标题不是报告的，也没有报告的章节和统计表");
    xxgk_findings_free(f);
    xxgk_report_free(r);
    /* (a report's title without its sections and tables is a report missing them) */
    static const char titled[] = "某市政务公开办2024年政府信息公开工作年度报告\n\n"
                                 "2025年1月20日\n";
    r = read_text(titled, strlen(titled));
    f = check_report(r);
    assert_int_equal(count_rule(f, "struct-section-missing", NULL, 0), 6);
    xxgk_findings_free(f);
    xxgk_report_free(r);
}

/* Blank, "/" and "-" cells, counted and the first few named by row and column. */
static void test_blank_cells_named(void **state)
{
    (void)state;
    expect("3.危及“三安全一稳定”\t0\t0\t0\t0\t0\t0\t0",
           "3.危及“三安全一稳定”\t0\t0\t0\t0\t\t0\t0", "struct-blank-cells", 1,
           "第三部分表格：空白 1 个，“/” 0 个，“-” 0 个："
           "3.危及“三安全一稳定”·法律服务机构（空白）");
    expect("8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t0", "8.属于行政查询事项\t-\t/\t/\t/\t/\t/\t0",
           "struct-blank-cells", 1,
           "第三部分表格：空白 0 个，“/” 5 个，“-” 1 个：8.属于行政查询事项·自然人“-”，"
           "8.属于行政查询事项·商业企业“/”，8.属于行政查询事项·科研机构“/”，"
           "8.属于行政查询事项·社会公益组织“/”，8.属于行政查询事项·法律服务机构“/”等");
}

/* A 总计 left blank ("/" or "-" too) in table 三 or 四 while the applicant or result columns
 * are filled: the text is held to the row's own figures, not to the blank taken as 0 (the
 * blank is arith-row-total's and struct-blank-cells'). */
static void test_text_blank_total(void **state)
{
    (void)state;
    const char *const from[] = {"（一）予以公开\t\t8\t2\t0\t0\t1\t0\t11",
                                "1.本机关不掌握相关政府信息\t4\t1\t0\t0\t0\t1\t6",
                                "2\t1\t0\t1\t4\t1\t0\t0\t0\t1"};
    const char *const to[] = {"（一）予以公开\t\t8\t2\t0\t0\t1\t0\t/",
                              "1.本机关不掌握相关政府信息\t4\t1\t0\t0\t0\t1\t",
                              "2\t1\t0\t1\t\t1\t0\t0\t0\t1"};
    char *blank = replace_all(base, from, to, 3);
    assert_int_equal(rule_count(blank, "arith-row-total", NULL, 0), 2);
    assert_int_equal(rule_count(blank, "arith-review-total", NULL, 0), 1);
    /* the row's figures as the text states them: 11 予以公开, 7 无法提供 (6 + 1), 4 复议 */
    expect_on(blank, "均按期答复。",
              "均按期答复。全年收到政府信息公开申请29件，其中予以公开11件，无法提供7件。"
              "本年度政府信息公开行政复议4件。",
              "text-figure-mismatch", 0, NULL);
    expect_on(blank, "均按期答复。", "均按期答复。全年收到政府信息公开申请29件，其中予以公开12件。",
              "text-figure-mismatch", 1, "正文：“予以公开12件”；表格（一）予以公开总计为 11");
    expect_on(blank, "均按期答复。", "均按期答复。全年收到政府信息公开申请29件，其中无法提供8件。",
              "text-figure-mismatch", 1, "正文：“无法提供8件”；表格（四）无法提供总计为 7");
    expect_on(blank, "均按期答复。", "均按期答复。本年度政府信息公开行政复议5件。",
              "text-figure-mismatch", 1, "正文：“行政复议5件”；表格行政复议总计为 4");
    free(blank);
}

/* Outcomes counted together ("予以公开或部分公开14件", 及, 、; 全部 for 全部公开) against their
 * 总计 added up, and an outcome's count for all its reasons ("因本机关不掌握等原因无法提供7件")
 * against the outcome's, after their total or in a sentence of their own. */
static void test_text_joined_outcomes(void **state)
{
    (void)state;
    static const char *const wrong[][2] = {
        {"全年收到政府信息公开申请29件，其中予以公开或部分公开15件。",
         "正文：“予以公开或部分公开15件”；表格（一）予以公开、（二）部分公开总计之和为 14"},
        {"全年收到政府信息公开申请29件，其中予以公开及部分公开15件。",
         "正文：“予以公开及部分公开15件”；表格（一）予以公开、（二）部分公开总计之和为 14"},
        {"全年收到政府信息公开申请29件，其中全部或部分公开13件。",
         "正文：“全部或部分公开13件”；表格（一）予以公开、（二）部分公开总计之和为 14"},
        {"全年收到政府信息公开申请29件，其中不予公开、无法提供、不予处理13件。",
         "正文：“不予公开、无法提供、不予处理13件”；表格（三）不予公开、（四）无法提供、"
         "（五）不予处理总计之和为 12"},
        {"全年收到政府信息公开申请29件，其中因本机关不掌握等原因无法提供9件。",
         "正文：“因本机关不掌握等原因无法提供9件”；表格（四）无法提供总计为 7"},
        {"全年收到政府信息公开申请29件。予以公开及部分公开15件，占51.7%。",
         "正文：“予以公开及部分公开15件”；表格（一）予以公开、（二）部分公开总计之和为 14"},
        {"全年收到政府信息公开申请29件。因本机关不掌握等原因无法提供9件，占31.0%。",
         "正文：“因本机关不掌握等原因无法提供9件”；表格（四）无法提供总计为 7"}};
    for (size_t i = 0; i < sizeof wrong / sizeof wrong[0]; i++) {
        char said[512];
        snprintf(said, sizeof said, "均按期答复。%s", wrong[i][0]);
        expect("均按期答复。", said, "text-figure-mismatch", 1, wrong[i][1]);
    }
    /* both in one sentence, as a Shanghai report of 2019 words it */
    expect("均按期答复。",
           "均按期答复。全年收到政府信息公开申请29件。予以公开及部分公开15件，占51.7%；"
           "因本机关不掌握等原因无法提供9件，占31.0%。",
           "text-figure-mismatch", 2, NULL);
    /* as many as the table's; one reason's count, or one that is not the denial's */
    const char *const right[] = {
        "全年收到政府信息公开申请29件，其中予以公开及部分公开14件。",
        "全年收到政府信息公开申请29件，其中部分公开或不予公开5件。",
        ("全年收到政府信息公开申请29件。予以公开及部分公开14件，占48.3%；"
         "因本机关不掌握等原因无法提供7件，占24.1%。"),
        "全年收到政府信息公开申请29件，其中因本机关不掌握相关政府信息无法提供6件。",
        "全年收到政府信息公开申请29件，其中不同意公开或部分公开15件。"};
    EXPECT_EACH(right, "text-figure-mismatch", 0);
}

/* An outcome given as the answer after 因 ("因无法提供相关信息答复2件", a field report of 2025)
 * is that outcome's count, and such an item, or a reason's, hides none of the list after it
 * (table: 予以公开 11, 不予公开 2, 无法提供 7, 其他处理 3). */
static void test_text_outcome_after_because(void **state)
{
    (void)state;
    static const char *const wrong[][2] = {
        {"全年共收到政府信息公开申请29件，其中予以公开11件，"
         "因无法提供相关信息答复5件，其他处理3件。",
         "正文：“因无法提供相关信息答复5件”；表格（四）无法提供总计为 7"},
        {"全年共收到政府信息公开申请29件，其中予以公开11件，"
         "因无法提供相关信息答复7件，其他处理4件。",
         "正文：“其他处理4件”；表格（六）其他处理总计为 3"},
        {"共受理政府信息公开申请29件，予以公开11件，不予公开答复2件，因无法提供相关信息答复5件。",
         "正文：“因无法提供相关信息答复5件”；表格（四）无法提供总计为 7"},
        {"全年收到政府信息公开申请29件，因无法提供答复5件。",
         "正文：“因无法提供答复5件”；表格（四）无法提供总计为 7"},
        {"全年收到政府信息公开申请29件，其中因涉及国家秘密不予公开1件，其他处理4件。",
         "正文：“其他处理4件”；表格（六）其他处理总计为 3"}};
    for (size_t i = 0; i < sizeof wrong / sizeof wrong[0]; i++) {
        char said[512];
        snprintf(said, sizeof said, "均按期答复。%s", wrong[i][0]);
        expect("均按期答复。", said, "text-figure-mismatch", 1, wrong[i][1]);
    }
    expect("均按期答复。",
           "均按期答复。全年共收到政府信息公开申请29件，其中予以公开11件，"
           "因无法提供相关信息答复5件，其他处理4件。",
           "text-figure-mismatch", 2, NULL);
    /* a reason's count, the outcome not the answer, or a clause naming a reason for all */
    const char *const right[] = {
        "全年收到政府信息公开申请29件，其中予以公开11件，因重复申请不予处理1件。",
        "全年收到政府信息公开申请29件，其中予以公开11件，因不予公开答复被申请行政复议4件。",
        "全年收到政府信息公开申请29件，其中予以公开11件，因申请人撤回申请，其他处理4件。",
        "全年收到政府信息公开申请29件，其中因无法提供相关信息被投诉1件。",
        "全年收到涉及征收补偿的申请12件，其中予以公开5件，因无法提供相关信息答复1件。",
        "全年收到政府信息公开申请29件，其中涉及征收的申请中予以公开5件，因无法提供答复1件。"};
    EXPECT_EACH(right, "text-figure-mismatch", 0);
}

int main(void)
{
    xxgk_lang_set(XXGK_LANG_EN); /* the messages asserted here are the English ones */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_clean),
        cmocka_unit_test(test_built_report_text),
        cmocka_unit_test(test_arith_balance),
        cmocka_unit_test(test_arith_outcomes),
        cmocka_unit_test(test_arith_row_total),
        cmocka_unit_test(test_arith_review_total),
        cmocka_unit_test(test_arith_negative_fraction),
        cmocka_unit_test(test_sections),
        cmocka_unit_test(test_tables_rows),
        cmocka_unit_test(test_missing_cells_unplaced),
        cmocka_unit_test(test_format_rules),
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_posted),
        cmocka_unit_test(test_text_rules),
        cmocka_unit_test(test_text_counts_worded),
        cmocka_unit_test(test_text_active),
        cmocka_unit_test(test_notes),
        cmocka_unit_test(test_reader_rules),
        cmocka_unit_test(test_link_mismatch),
        cmocka_unit_test(test_word_link_mismatch),
        cmocka_unit_test(test_long_evidence),
        cmocka_unit_test(test_rule_table),
        cmocka_unit_test(test_across_years),
        cmocka_unit_test(test_copied_between_agencies),
        cmocka_unit_test(test_copied_few_figures),
        cmocka_unit_test(test_page_number_in_sentence),
        cmocka_unit_test(test_one_finding_a_claim),
        cmocka_unit_test(test_review_table_alone),
        cmocka_unit_test(test_group_subtotal),
        cmocka_unit_test(test_other_bureau),
        cmocka_unit_test(test_some_cases),
        cmocka_unit_test(test_dated_notes),
        cmocka_unit_test(test_application_totals),
        cmocka_unit_test(test_format_by_year),
        cmocka_unit_test(test_text_worded_audit),
        cmocka_unit_test(test_blank_cells_named),
        cmocka_unit_test(test_text_blank_total),
        cmocka_unit_test(test_text_joined_outcomes),
        cmocka_unit_test(test_text_outcome_after_because),
        cmocka_unit_test(test_other_document),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
