/*
 * The checker: the rule table and one function per rule.  Rules the reader applies while it
 * reads (blank and extra cells, label variants, unplaced figures) have no function here: their
 * observations arrive as report diagnostics and become findings under the same table.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/error.h"
#include "lib/checker_impl.h"
#include "lib/findings.h"
#include "lib/report_impl.h"
#include "util/buf.h"
#include "util/text.h"

typedef void (*rule_fn)(check_ctx *c);

static void r_balance(check_ctx *c);
static void r_outcomes(check_ctx *c);
static void r_row_total(check_ctx *c);
static void r_review_total(check_ctx *c);
static void r_negative(check_ctx *c);
static void r_implausible(check_ctx *c);
static void r_fraction(check_ctx *c);
static void r_withheld_share(check_ctx *c);
static void r_no_decisions(check_ctx *c);
static void r_before_2019(check_ctx *c);
static void r_no_tables(check_ctx *c);
static void r_section_missing(check_ctx *c);
static void r_section_empty(check_ctx *c);
static void r_section_duplicate(check_ctx *c);
static void r_section_order(check_ctx *c);
static void r_section_nonstandard(check_ctx *c);
static void r_table_missing(check_ctx *c);
static void r_row_missing(check_ctx *c);
static void r_blank_cells(check_ctx *c);
static void r_unreadable(check_ctx *c);
static void r_old_layout(check_ctx *c);
static void r_mixed_layout(check_ctx *c);
static void r_title(check_ctx *c);
static void r_date_missing(check_ctx *c);
static void r_date_late(check_ctx *c);
static void r_date_early(check_ctx *c);

#define E XXGK_SEV_ERROR
#define W XXGK_SEV_WARNING
#define I XXGK_SEV_INFO

static const struct {
    xxgk_rule info;
    rule_fn fn; /* NULL: applied by the reader, or across years (years.c) */
} rules[] = {
    {{"arith-balance", "arithmetic", E, "勾稽关系不成立：第一项加第二项之和不等于第三项加第四项之和",
      "balance broken: new + carried in does not equal total handled + carried over"}, r_balance},
    {{"arith-outcomes", "arithmetic", E, "（七）总计不等于各项办理结果之和",
      "(七) total does not equal the sum of the outcome rows"}, r_outcomes},
    {{"arith-row-total", "arithmetic", E, "总计列不等于六类申请人之和",
      "the 总计 column does not equal the sum of the six applicant columns"}, r_row_total},
    {{"arith-review-total", "arithmetic", E, "行政复议或行政诉讼的总计不等于各项结果之和",
      "a reconsideration or litigation total does not equal the sum of its results"},
     r_review_total},
    {{"arith-carried-over", "arithmetic", E, "上年结转数与上一年度报告的结转下年度数不一致",
      "carried in differs from the previous year's report's carried over"}, NULL},
    {{"arith-in-force", "arithmetic", W,
      "现行有效件数不等于上一年度报告的现行有效件数加本年制发减本年废止",
      "documents in force do not follow from last year's plus issued minus repealed"}, NULL},
    {{"arith-copied", "arithmetic", W, "统计表数字与上一年度报告完全相同，可能沿用了上年数据",
      "the tables' figures are exactly last year's: possibly copied from last year's report"},
     NULL},
    {{"arith-copied-other", "arithmetic", W,
      "统计表数字与同批另一机关同年度的报告完全相同，可能照抄了其他机关的数据",
      "the tables' figures are exactly another agency's report for the same year: possibly "
      "copied from it"},
     NULL},
    {{"arith-negative", "arithmetic", E, "数量为负数", "a count is negative"}, r_negative},
    {{"arith-implausible", "arithmetic", W, "数字大得不合常理，请核对",
      "a figure too large to be likely: check it"}, r_implausible},
    {{"arith-fraction", "arithmetic", E, "件数不是整数", "a count is not a whole number"},
     r_fraction},
    {{"arith-withheld-share", "arithmetic", I, "半数以上的申请不予公开",
      "more than half the requests handled were refused (不予公开)"}, r_withheld_share},
    {{"arith-no-decisions", "arithmetic", I, "列有事项，但处理决定数量全部为0",
      "items are listed, but every decision count is 0"}, r_no_decisions},
    {{"format-before-2019", "format", I, "2019年以前的年度报告，没有统一格式，未检查章节和统计表",
      "a report on a year before 2019, when there was no national format: its sections and "
      "tables are not checked"}, r_before_2019},
    {{"reader-no-tables", "reader", E, "未找到统计表格，无法读取数据",
      "no statistics table found: the figures cannot be read"}, r_no_tables},
    {{"struct-section-missing", "structure", E, "缺少规定的章节", "a required section is missing"},
     r_section_missing},
    {{"struct-section-empty", "structure", W, "章节只有标题，没有内容",
      "a section has a heading and nothing under it"}, r_section_empty},
    {{"struct-section-duplicate", "structure", E, "章节序号重复使用",
      "a section number is used twice"}, r_section_duplicate},
    {{"struct-section-order", "structure", W, "章节顺序或序号不符合格式",
      "sections are out of order or misnumbered"}, r_section_order},
    {{"struct-section-nonstandard", "structure", W, "存在格式之外的章节",
      "a section that the format does not have"}, r_section_nonstandard},
    {{"struct-table-missing", "structure", E, "缺少统计表", "a statistics table is missing"},
     r_table_missing},
    {{"struct-row-missing", "structure", E, "统计表缺少行", "a table row is missing"},
     r_row_missing},
    {{"struct-extra-cells", "structure", W, "行中数值单元格多于格式规定",
      "a row has more value cells than the format"}, NULL},
    {{"struct-missing-cells", "structure", W, "行中数值单元格少于格式规定",
      "a row has fewer value cells than the format"}, NULL},
    {{"struct-row-conflict", "structure", E, "统计表中同一行出现两次，数字不同",
      "a table row appears twice with different figures"}, NULL},
    {{"struct-row-duplicate", "structure", W, "统计表中的行重复出现", "a table row appears twice"},
     NULL},
    {{"struct-blank-cells", "structure", W, "单元格空白或填“/”“-”，已按0计",
      "cells left blank or holding / or -, read as 0"}, r_blank_cells},
    {{"format-old-layout", "format", E, "2021年及以后的年度报告使用了已废止的2019年格式",
      "a report for 2021 or later uses the superseded 2019 format"}, r_old_layout},
    {{"format-mixed-layout", "format", W, "（六）其他处理按2019年格式只列一行，缺少2021年格式的3个子项",
      "(六) 其他处理 is one row as in the 2019 format, without the 2021 sub-rows"},
     r_mixed_layout},
    {{"format-item-numbering", "format", W,
      "章节中的小标题用了章节的序号（一、二、），应为（一）（二）",
      "a section's own headings are numbered as sections are (一、二、), not （一）（二）"}, NULL},
    {{"format-label-variant", "format", W, "标签与格式规定的文字不一致",
      "a label differs from the official wording"}, NULL},
    {{"format-table-layout", "format", W, "统计表未按格式规定的样式排列",
      "a table is not laid out as the format prints it"}, NULL},
    {{"format-note-position", "format", W, "勾稽关系说明不在表头左上角，而在表头之后",
      "the balance note is placed after the header rows, not in the top-left header cell"},
     NULL},
    {{"format-title", "format", W, "标题不规范，应为“……年政府信息公开工作年度报告”",
      "the title is not the standard \"... 政府信息公开工作年度报告\""}, r_title},
    {{"date-missing", "date", W, "报告末尾没有落款日期", "no date at the end of the report"},
     r_date_missing},
    {{"date-late", "date", E, "发布日期晚于法定期限", "published after the statutory deadline"},
     r_date_late},
    {{"date-early", "date", E, "发布日期早于报告年度结束，不能涵盖全年",
      "dated before the year reported on ended: it cannot cover the whole year"},
     r_date_early},
    {{"date-title-year", "date", E, "标题中的年度与统计期限和发布日期不符，按统计期限确定报告年度",
      "the title's year is neither the period the figures cover nor the year before the date; "
      "the period's year is taken"},
     NULL},
    {{"date-year-dated", "date", I, "标题和正文没有写明报告年度，按落款日期推定",
      "neither the title nor the text names the year reported on: taken from the date"},
     NULL},
    {{"date-invalid", "date", E, "落款日期不存在（如2月30日、13月）",
      "the date at the end does not exist (30 February, a 13th month)"},
     NULL},
    {{"text-no-requests", "text", E, "正文称未收到政府信息公开申请，但表格有申请数",
      "the text says no applications were received, the table says otherwise"},
     r_text_no_requests},
    {{"text-no-review", "text", E, "正文称未发生行政复议或行政诉讼，但表格有案件数",
      "the text says there was no reconsideration or litigation, the table says otherwise"},
     r_text_no_review},
    {{"text-figure-mismatch", "text", E, "正文所述数字与表格不一致",
      "a figure stated in the text contradicts the tables"}, r_text_figures},
    {{"text-figure-kind", "text", I,
      "正文所述政策性文件数与表格中本年制发的行政规范性文件数不同（类别不同，请核对）",
      "a count of 政策性文件 in the text differs from the 行政规范性文件 issued in the tables "
      "(other categories: worth a look)"}, r_text_kinds},
    {{"text-fee-silent", "text", W, "第六部分未说明信息处理费收取情况",
      "section 六 says nothing about information processing fees (信息处理费)"}, r_text_fee},
    {{"text-active-figure", "text", W,
      "正文所述行政许可、行政处罚或行政强制决定数与第二部分表格不一致",
      "the licensing, penalty or coercion decisions the text states differ from section 二's "
      "table"},
     r_text_active},
    {{"text-no-fees", "text", E, "正文称未收取行政事业性收费，但表格有收费金额",
      "the text says no 行政事业性收费 was collected, the table gives an amount"},
     r_text_no_fees},
    {{"text-fee-contradiction", "text", W, "正文一处称未收取信息处理费，另一处称收取了",
      "the text says no 信息处理费 was charged in one place and an amount in another"},
     r_text_fee_contradiction},
    {{"text-review-outcome", "text", W,
      "正文称行政复议或行政诉讼均维持、无纠错、均已审结、均被纠正或均尚未审结，与表格不符",
      "the text says the reconsiderations or lawsuits were all upheld, none corrected, all "
      "decided, all corrected or all pending, section 四 says otherwise"},
     r_text_review_outcome},
    {{"text-outcome-claim", "text", W,
      "正文称申请均予以公开、没有某种办理结果或均已办结，但表格另有其他办理结果或结转下年度",
      "the text says every application was granted, that none ended some way or that all were "
      "concluded, and table 三 says otherwise"},
     r_text_outcome_claim},
    {{"text-corrected-silent", "text", I, "行政复议或行政诉讼中有结果纠正的案件，第五部分未说明",
      "a reconsideration or lawsuit corrected the agency, and section 五 does not address it"},
     r_text_corrected},
    {{"text-sum", "text", W, "正文“其中”所列分项之和大于总数",
      "the parts the text lists after 其中 add up to more than the total it states"},
     r_text_sum},
    {{"text-year", "text", W,
      "正文把其他年度写作本年度：上一年度的数字（可能沿用了上年报告的文字），或报告自称的年度有误",
      "the text gives another year as the year of the work: the previous year's figures (left "
      "over from last year's report?), or a later year in the report's own name"}, r_text_year},
    {{"text-overview", "text", I, "总体情况未涉及年度报告格式要求的某些方面",
      "the overview (section 一) leaves out topics the format asks it to cover"}, r_text_overview},
    {{"text-period", "text", W, "正文所述统计期限不是报告年度",
      "the period the figures are said to cover is not the year reported on"}, r_text_period},
    {{"text-typo", "text", W, "正文中规定用语有形近错字",
      "an official term is misspelt with a look-alike character"}, r_text_typo},
    {{"text-garbled", "text", W, "正文用语残缺（如“比升”应为“同比上升”）",
      "a comparison with last year has lost a character (比升 for 同比上升)"}, r_text_garbled},
    {{"text-link-mismatch", "text", W, "链接显示的地址与实际指向的地址不一致",
      "a link shows one address and points to another"}, NULL},
    {{"text-agency-name", "text", W, "正文中的本机关名称与报告机关名称不一致，可能有错漏字",
      "the text names the agency with characters missing, added or changed"}, r_text_agency},
    {{"text-signature-agency", "text", W, "落款是另一机关的名称，可能沿用了其他机关的报告",
      "the signature names another agency: the report may be written over another's"},
     r_text_signature},
    {{"text-placeholder", "text", W, "正文中仍有待填写的占位文字，报告未完成",
      "the text still holds a placeholder to fill in: the report is not finished"},
     r_text_placeholder},
    {{"text-brackets", "text", I, "括号或书名号不配对", "unbalanced brackets or title marks"},
     r_text_brackets},
    {{"reader-scrambled", "reader", E,
      "统计表的行名与数字分离，顺序已打乱，无法读取（疑为未保留版式提取的 PDF 文本）",
      "a table's labels and figures are apart, their order lost: it cannot be read (likely "
      "PDF text extracted without its layout)"}, NULL},
    {{"reader-unplaced", "reader", W, "有数字无法确定属于哪一行或哪一列，未采用",
      "figures that could not be placed in their row or column were left out"}, NULL},
    {{"reader-glued", "reader", W, "数字彼此粘连或与标签粘连，无法可靠拆分，该行数据记为空",
      "figures glued to each other or to their label cannot be split reliably; the row is left "
      "null"}, NULL},
    {{"reader-glued-label", "reader", I, "数字紧接行名印出，其后正好是该行其余各列的数字，已作为第一列读入，请核对",
      "a figure printed against its row's label, the rest of the row's figures after it: read "
      "as the row's first figure (please verify)"},
     NULL},
    {{"reader-glued-text", "reader", I, "粘连的数字按正文所述数字拆分，请核对",
      "glued figures were cut apart as the narrative states them: please verify"}, NULL},
    {{"reader-glued-columns", "reader", I,
      "粘连的数字按各列之和拆分（只有一种拆法使各列合于总计），请核对",
      "glued figures were cut apart the one way that makes the table's columns add up: please "
      "verify"}, NULL},
    {{"reader-order", "reader", I, "部分行的数字前没有行名，已按表格行序归位（合计与勾稽关系均相符），请核对",
      "figures printed without their rows' labels were placed in the table's order (the totals "
      "and the balance hold): please verify"}, NULL},
    {{"reader-number-range", "reader", E, "数字位数过多，不是有效数据",
      "a number too long to be a figure"}, NULL},
    {{"reader-attachment", "reader", I, "网页正文没有统计表，报告读自网页的附件",
      "the page holds no tables: the report was read from the document it links"}, NULL},
    {{"reader-unit", "reader", I, "金额单位与规定不同，已换算",
      "an amount given in another unit was converted (元 to 万元, or 万元 to 元)"}, NULL},
    {{"reader-traditional", "reader", I, "报告是繁体字，已按简体字读取",
      "the report is in Traditional characters: read as Simplified"}, NULL},
    {{"reader-cut-short", "reader", W, "文件在一个字符的中间结束，可能不完整",
      "the file ends in the middle of a character: cut short?"},
     NULL},
    {{"reader-pdf-damaged", "reader", W, "PDF 已损坏：某页内容无法完整读取，该页的文字和数字可能缺失",
      "damaged PDF: a page's content cannot be fully read, and its text and figures may be "
      "missing"}, NULL},
    {{"reader-several-reports", "reader", E, "文件中有不止一份报告，只读了第一份",
      "the file holds more than one report: only the first was read"},
     NULL},
    {{"reader-unreadable", "reader", W, "单元格内容不是数字，该数据记为空",
      "a cell holds text, not a number; the figure is null"}, r_unreadable},
    /* A total of many reports (xxgk_total_check), not a report: what went into it. */
    {{"total-repeated", "total", I, "同一机关同一年度的报告重复给出，数字相同，只计一次",
      "the same agency's report for the year was given twice with the same figures: counted "
      "once"}, NULL},
    {{"total-same-agency", "total", W, "同一机关同一年度有两份数字不同的报告，均已计入，请核对",
      "two reports of the same agency for the year, with other figures, are both counted: "
      "please verify"}, NULL},
    {{"total-lacking", "total", W, "报告缺少部分数字，汇总数只含给出这些数字的报告",
      "a report lacks figures: their totals count only the reports that give them"}, NULL},
    {{"total-old-layout", "total", I,
      "2021年及以后的报告使用了2019年格式，只计入其第三、四部分的数字",
      "a report for 2021 or later in the 2019 format: only its sections 三 and 四 are counted"},
     NULL},
    {{"total-other-one-row", "total", I,
      "部分报告的（六）其他处理只列一行，汇总表中（六）合为一行",
      "some reports print (六) 其他处理 as one row: the total prints it as one row"}, NULL},
    {{"total-year-dated", "total", I,
      "报告未写明年度，按落款日期计入上一年度，请核对",
      "a report names its year nowhere: counted in the year before its date, please verify"},
     NULL},
    {{"total-left-out", "total", W,
      "有输入未计入汇总（无法读取、没有统计表、未写明年度或本身是汇总表）",
      "an input is in no total (unreadable, no statistics table, no year given, or itself a "
      "total)"}, NULL},
    {{"total-unnamed-alike", "total", W,
      "两份未写明机关的报告数字相同，可能是同一份报告，均已计入，请核对",
      "two reports naming no agency have the same figures, perhaps one report twice: both "
      "counted, please verify"}, NULL},
    {{"total-named-alike", "total", W,
      "两份报告数字相同，机关名称可能指同一机关，可能是同一份报告，均已计入，请核对",
      "two reports with the same figures under names that may be one agency's, perhaps one "
      "report twice: both counted, please verify"}, NULL},
    {{"total-too-large", "total", E, "合计数过大，无法精确相加，汇总表中该格空缺",
      "a sum too large to add exactly: the total leaves it empty"}, NULL},
    /* Never found in a report: the tables of findings name with it a file that could not be
     * read at all, so that every input has its row. */
    {{"file-unreadable", "reader", E, "文件无法读取（空文件、非文本、无法解码或不存在）",
      "the file cannot be read (empty, not text, undecodable or missing)"}, NULL},
};

#undef E
#undef W
#undef I

#define NRULES (sizeof rules / sizeof rules[0])

size_t xxgk_rule_count(void) { return NRULES; }

const xxgk_rule *xxgk_rule_at(size_t i)
{
    return i < NRULES ? &rules[i].info : NULL;
}

const xxgk_rule *xxgk_rule_find(const char *id)
{
    for (size_t i = 0; i < NRULES; i++)
        if (strcmp(rules[i].info.id, id) == 0)
            return &rules[i].info;
    return NULL;
}

const char *xxgk_severity_name(xxgk_severity s)
{
    return s == XXGK_SEV_ERROR ? "error" : s == XXGK_SEV_WARNING ? "warning" : "info";
}

const char *xxgk_severity_label(xxgk_severity s, xxgk_lang lang)
{
    if (lang == XXGK_LANG_EN)
        return xxgk_severity_name(s);
    return s == XXGK_SEV_ERROR ? "错误" : s == XXGK_SEV_WARNING ? "警告" : "提示";
}

static void found(check_ctx *c, unsigned line, int verbatim, const char *fmt, va_list ap)
{
    char text[2048];
    int n = vsnprintf(text, sizeof text, fmt, ap);
    if (n >= (int)sizeof text) {
        /* Evidence this long is cut, on a whole character (writers need valid UTF-8), and
         * says so. */
        memcpy(text + u8_floor(text, sizeof text - sizeof "……"), "……", sizeof "……");
    }
    /* What the evidence quotes from the report (in “ ”) was read folded to ASCII punctuation:
     * its commas and brackets as Chinese text prints them again, so that the quote can be
     * searched for in the report. */
    xbuf b;
    xbuf_init(&b, 0);
    const char *p = text, *open;
    while (!verbatim && (open = strstr(p, "“")) != NULL) {
        const char *close = strstr(open + 3, "”");
        if (!close)
            break;
        xbuf_put(&b, p, (size_t)(open + 3 - p));
        prose_widths(&b, open + 3, (size_t)(close - open - 3));
        p = close;
    }
    xbuf_puts(&b, p);
    findings_add(c->f, c->rule, line, b.failed || !b.data ? text : b.data);
    xbuf_free(&b);
}

void chk_found(check_ctx *c, unsigned line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    found(c, line, 0, fmt, ap);
    va_end(ap);
}

void chk_found_verbatim(check_ctx *c, unsigned line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    found(c, line, 1, fmt, ap);
    va_end(ap);
}

void chk_list_add(check_ctx *c, xbuf *list, int semicolon, const char *fmt, ...)
{
    if (list->len)
        xbuf_puts(list, semicolon ? CHK_LANG(c, "；", "; ") : CHK_LANG(c, "，", ", "));
    va_list ap;
    va_start(ap, fmt);
    xbuf_vprintf(list, fmt, ap);
    va_end(ap);
}

/* ---- helpers over the model ---- */

const xxgk_cell *chk_cell(const check_ctx *c, const xxgk_row_spec *row, int col)
{
    return &c->r->cells[row->first_cell + col];
}

/* A figure as printed: whole numbers without decimals. */
const char *chk_num(char *buf, double v)
{
    if (fabs(v - round(v)) < 1e-9)
        snprintf(buf, 32, "%.0f", v);
    else
        snprintf(buf, 32, "%.4g", v);
    return buf;
}

/* A figure of the report as evidence: its value, and that it is read so when the cell was blank
 * or a "/" or "-", so that a supervisor sees an unfilled total for what it is. */
const char *chk_fig(const check_ctx *c, char *buf, const xxgk_cell *x)
{
    if (isnan(chk_val(x))) { /* (a figure the reader could not place) */
        snprintf(buf, 32, "%s", CHK_LANG(c, "未读出", "not read"));
        return buf;
    }
    chk_num(buf, chk_val(x));
    const char *how = x->kind == XXGK_CELL_BLANK   ? CHK_LANG(c, "（空白）", " (blank)")
                      : x->kind == XXGK_CELL_SLASH ? CHK_LANG(c, "（“/”）", " (\"/\")")
                      : x->kind == XXGK_CELL_DASH  ? CHK_LANG(c, "（“-”）", " (\"-\")")
                                                   : "";
    size_t n = strlen(buf);
    snprintf(buf + n, 32 - n, "%s", how);
    return buf;
}

const xxgk_table_spec *chk_table(const check_ctx *c, xxgk_table_id t)
{
    return c->r->spec ? &c->r->spec->tables[t] : NULL;
}

const xxgk_row_spec *chk_row(const xxgk_table_spec *t, const char *key, int index)
{
    for (int i = 0; i < t->nrows; i++)
        if (strcmp(t->rows[i].key, key) == 0 && t->rows[i].index == index)
            return &t->rows[i];
    return NULL;
}

/* Value of a cell for arithmetic: 0 when blank, NAN when unknown. */
double chk_val(const xxgk_cell *x)
{
    return xxgk_cell_known(x) ? x->value : NAN;
}

int chk_differs(double a, double b)
{
    return fabs(a - b) > 1e-6;
}

/* ---- arithmetic ---- */

static void r_balance(check_ctx *c)
{
    const xxgk_table_spec *t = chk_table(c, XXGK_TABLE_REQUESTS);
    if (!t)
        return;
    const xxgk_row_spec *nw = chk_row(t, "new", -1), *in = chk_row(t, "carried_in", -1),
                        *tot = chk_row(t, "total", -1), *out = chk_row(t, "carried_out", -1);
    char a[32], b[32], d[32], e[32], s1[32], s2[32];
    for (int k = 0; k < 7; k++) {
        double v1 = chk_val(chk_cell(c, nw, k)), v2 = chk_val(chk_cell(c, in, k)), v3 = chk_val(chk_cell(c, tot, k)),
               v4 = chk_val(chk_cell(c, out, k));
        if (isnan(v1) || isnan(v2) || isnan(v3) || isnan(v4))
            continue;
        if (chk_differs(v1 + v2, v3 + v4))
            chk_found(c, chk_cell(c, tot, k)->line,
                  CHK_LANG(c,
                           "%s列：一、本年新收 %s + 二、上年结转 %s = %s，但（七）总计 %s + "
                           "四、结转下年度 %s = %s",
                           "column %s: 一 new %s + 二 carried in %s = %s, but （七）总计 %s + 四 "
                           "carried over %s = %s"),
                  nw->cols[k].label, chk_fig(c, a, chk_cell(c, nw, k)), chk_fig(c, b, chk_cell(c, in, k)),
                  chk_num(s1, v1 + v2), chk_fig(c, d, chk_cell(c, tot, k)), chk_fig(c, e, chk_cell(c, out, k)),
                  chk_num(s2, v3 + v4));
    }
}

/* Whether a row the format asks for is not in the report at all: neither printed nor stood for
 * by its group printed as one row (a 2019-style （六）其他处理 in a 2021 table). */
static int row_missing(const check_ctx *c, const xxgk_table_spec *ts, const xxgk_row_spec *row)
{
    if (row->ncols == 0 || (row->flags & XXGK_ROW_SINGLE_ALT) ||
        xxgk_report_row_present(c->r, row))
        return 0;
    for (int i = 0; i < ts->nrows; i++)
        if ((ts->rows[i].flags & XXGK_ROW_SINGLE_ALT) && row->caption &&
            strcmp(row->caption, ts->rows[i].label) == 0 &&
            xxgk_report_row_present(c->r, &ts->rows[i]))
            return 0;
    return 1;
}

/* A sum that does not match its total.  Figures not read (a row missing, a cell null) may hold
 * anything: the sum of the others is then wrong only when it is already more than the total. */
static int sum_wrong(double known_sum, int unknown, double total)
{
    return unknown ? known_sum > total + 1e-6 : chk_differs(known_sum, total);
}

static void r_outcomes(check_ctx *c)
{
    const xxgk_table_spec *t = chk_table(c, XXGK_TABLE_REQUESTS);
    if (!t)
        return;
    const xxgk_row_spec *tot = chk_row(t, "total", -1);
    char a[32], b[32];
    for (int k = 0; k < 7; k++) {
        double sum = 0, v = chk_val(chk_cell(c, tot, k));
        int unknown = 0, any = 0;
        for (int i = 0; i < t->nrows; i++) {
            const xxgk_row_spec *row = &t->rows[i];
            if (!(row->flags & XXGK_ROW_OUTCOME))
                continue;
            if (!xxgk_report_row_present(c->r, row)) {
                unknown += row_missing(c, t, row);
                continue;
            }
            const xxgk_cell *x = chk_cell(c, row, k);
            any |= xxgk_cell_known(x);
            if (!xxgk_cell_known(x))
                unknown++;
            else
                sum += x->value;
        }
        if (!any || isnan(v) || !sum_wrong(sum, unknown, v))
            continue;
        if (unknown)
            chk_found(c, chk_cell(c, tot, k)->line,
                      CHK_LANG(c, "%s列：能读出的各项办理结果之和已为 %s（另有 %d 项未能读出），"
                                  "大于（七）总计 %s",
                               "column %s: the outcome rows read add up to %s already (%d more "
                               "not read), more than （七）总计 %s"),
                      tot->cols[k].label, chk_num(a, sum), unknown,
                      chk_fig(c, b, chk_cell(c, tot, k)));
        else
            chk_found(c, chk_cell(c, tot, k)->line,
                      CHK_LANG(c, "%s列：各项办理结果之和为 %s，（七）总计为 %s",
                               "column %s: the outcome rows add up to %s, （七）总计 is %s"),
                      tot->cols[k].label, chk_num(a, sum), chk_fig(c, b, chk_cell(c, tot, k)));
    }
}

static void r_row_total(check_ctx *c)
{
    const xxgk_table_spec *t = chk_table(c, XXGK_TABLE_REQUESTS);
    if (!t)
        return;
    char a[32], b[32];
    for (int i = 0; i < t->nrows; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        if (row->ncols != 7 || !xxgk_report_row_present(c->r, row))
            continue;
        double sum = 0, total = chk_val(chk_cell(c, row, 6));
        int unknown = 0;
        for (int k = 0; k < 6; k++) {
            double v = chk_val(chk_cell(c, row, k));
            unknown += isnan(v);
            sum += isnan(v) ? 0 : v;
        }
        if (isnan(total) || unknown == 6 || !sum_wrong(sum, unknown, total))
            continue;
        if (unknown)
            chk_found(c, chk_cell(c, row, 6)->line,
                      CHK_LANG(c, "%s：能读出的申请人各列之和已为 %s（另有 %d 列未能读出），大于总计 %s",
                               "%s: the applicant columns read add up to %s already (%d more not "
                               "read), more than 总计 %s"),
                      row->label, chk_num(a, sum), unknown, chk_fig(c, b, chk_cell(c, row, 6)));
        else
            chk_found(c, chk_cell(c, row, 6)->line,
                      CHK_LANG(c, "%s：六类申请人之和为 %s，总计为 %s",
                               "%s: the six applicant columns add up to %s, 总计 is %s"),
                      row->label, chk_num(a, sum), chk_fig(c, b, chk_cell(c, row, 6)));
    }
}

static void r_review_total(check_ctx *c)
{
    const xxgk_table_spec *t = chk_table(c, XXGK_TABLE_REVIEW);
    if (!t)
        return;
    char s[5][32], a[32];
    for (int i = 0; i < t->nrows; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        double v[5];
        int known = 1;
        for (int k = 0; k < 5; k++) {
            v[k] = chk_val(chk_cell(c, row, k));
            known &= !isnan(v[k]);
        }
        if (known && chk_differs(v[0] + v[1] + v[2] + v[3], v[4]))
            chk_found(c, chk_cell(c, row, 4)->line,
                  CHK_LANG(c, "%s：结果维持 %s + 结果纠正 %s + 其他结果 %s + 尚未审结 %s = %s，但总计为 %s",
                           "%s: upheld %s + corrected %s + other %s + pending %s = %s, but 总计 is %s"),
                  row->label, chk_num(s[0], v[0]), chk_num(s[1], v[1]), chk_num(s[2], v[2]), chk_num(s[3], v[3]),
                  chk_num(a, v[0] + v[1] + v[2] + v[3]), chk_fig(c, s[4], chk_cell(c, row, 4)));
    }
}

typedef void (*figure_fn)(check_ctx *, const xxgk_table_spec *, const xxgk_row_spec *, int,
                          const xxgk_cell *);

/* Walk every known figure with its table, row and column. */
static void each_figure(check_ctx *c, figure_fn fn)
{
    if (!c->r->spec)
        return;
    for (int t = 0; t < XXGK_TABLE_COUNT; t++) {
        const xxgk_table_spec *ts = &c->r->spec->tables[t];
        for (int i = 0; i < ts->nrows; i++)
            for (int k = 0; k < ts->rows[i].ncols; k++) {
                const xxgk_cell *x = chk_cell(c, &ts->rows[i], k);
                if (xxgk_cell_known(x))
                    fn(c, ts, &ts->rows[i], k, x);
            }
    }
}

static void negative_one(check_ctx *c, const xxgk_table_spec *t, const xxgk_row_spec *row, int k,
                         const xxgk_cell *x)
{
    (void)t;
    char a[32];
    if (x->value < 0 && !(row->cols[k].flags & XXGK_COL_SIGNED))
        chk_found(c, x->line, CHK_LANG(c, "%s·%s：%s", "%s·%s: %s"), row->label, row->cols[k].label,
                  chk_num(a, x->value));
}

static void fraction_one(check_ctx *c, const xxgk_table_spec *t, const xxgk_row_spec *row, int k,
                         const xxgk_cell *x)
{
    (void)t;
    if (fabs(x->value - round(x->value)) > 1e-9 && !(row->cols[k].flags & XXGK_COL_AMOUNT))
        chk_found(c, x->line, CHK_LANG(c, "%s·%s：%s", "%s·%s: %s"), row->label, row->cols[k].label,
                  x->raw ? x->raw : "");
}

/* Beyond what any agency's year holds, even a province's added up (xxgk sum): a figure typed
 * with digits too many, or 元 in a column of 万元.  Applications and cases by the million,
 * decisions by the billion, fees by the 万亿元. */
static void implausible_one(check_ctx *c, const xxgk_table_spec *t, const xxgk_row_spec *row,
                            int k, const xxgk_cell *x)
{
    double most = t->id == XXGK_TABLE_ACTIVE
                      ? ((row->cols[k].flags & XXGK_COL_AMOUNT) ? 1e8 : 1e9)
                      : 1e6;
    char a[32], b[32];
    if (x->value > most) /* (as printed: a number this long prints in exponents) */
        chk_found(c, x->line, CHK_LANG(c, "%s·%s：%s（超过 %s）", "%s·%s: %s (over %s)"),
                  row->label, row->cols[k].label, x->raw ? x->raw : chk_num(a, x->value),
                  chk_num(b, most));
}

static void r_negative(check_ctx *c) { each_figure(c, negative_one); }
static void r_implausible(check_ctx *c) { each_figure(c, implausible_one); }
static void r_fraction(check_ctx *c) { each_figure(c, fraction_one); }

/* Refusing most requests outright is unusual, so a supervisor will want to see the grounds
 * used; ten requests or more, to leave out chance. */
static void r_withheld_share(check_ctx *c)
{
    const xxgk_table_spec *t = chk_table(c, XXGK_TABLE_REQUESTS);
    if (!t)
        return;
    const xxgk_row_spec *tot = chk_row(t, "total", -1);
    double all = chk_val(chk_cell(c, tot, 6)), withheld = 0;
    if (isnan(all) || all < 10)
        return;
    xbuf grounds;
    xbuf_init(&grounds, 0);
    char a[32], b[32];
    for (int i = 0; i < t->nrows; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        if (strcmp(row->key, "withheld") != 0 || !(row->flags & XXGK_ROW_OUTCOME))
            continue;
        double v = chk_val(chk_cell(c, row, 6));
        if (isnan(v)) {
            xbuf_free(&grounds);
            return;
        }
        withheld += v;
        if (v > 0)
            chk_list_add(c, &grounds, 0, "%s %s", row->label, chk_num(a, v));
    }
    if (withheld * 2 > all && !grounds.failed)
        chk_found(c, chk_cell(c, tot, 6)->line,
                  CHK_LANG(c, "（三）不予公开 %s 件，占（七）总计 %s 件的 %.0f%%：%s",
                           "（三）不予公开 %s of （七）总计 %s, %.0f%%: %s"),
                  chk_num(a, withheld), chk_num(b, all), 100 * withheld / all, grounds.data);
    xbuf_free(&grounds);
}

/* The 2019 format lists each kind of decision's items (上一年项目数量) beside the decisions made:
 * items with not one decision among them mostly means the column was left unfilled. */
static void r_no_decisions(check_ctx *c)
{
    const xxgk_table_spec *t = chk_table(c, XXGK_TABLE_ACTIVE);
    if (!t || c->r->format != XXGK_FORMAT_2019)
        return;
    xbuf rows;
    xbuf_init(&rows, 0);
    char a[32], b[32];
    unsigned line = 0;
    for (int i = 0; i < t->nrows; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        if (row->ncols != 3 || strcmp(row->cols[2].id, "decisions") != 0 ||
            !xxgk_report_row_present(c->r, row))
            continue;
        double items = chk_val(chk_cell(c, row, 0)), decisions = chk_val(chk_cell(c, row, 2));
        if (isnan(items) || isnan(decisions) || decisions != 0) {
            xbuf_free(&rows);
            return; /* the column was filled (a negative count is arith-negative's) */
        }
        if (items > 0) {
            chk_list_add(c, &rows, 1, CHK_LANG(c, "%s：%s %s，%s %s", "%s: %s %s, %s %s"),
                         row->label, row->cols[0].label, chk_num(a, items), row->cols[2].label,
                         chk_num(b, decisions));
            if (!line)
                line = chk_cell(c, row, 2)->line;
        }
    }
    if (rows.len && !rows.failed)
        chk_found(c, line, "%s", rows.data);
    xbuf_free(&rows);
}

/* Whether the file has nothing of a report: no title, no section, no table (notes kept in a
 * folder of reports).  Its one finding says so; every part missing would only repeat it. */
static int no_report(const xxgk_report *r)
{
    return !r->spec && !r->title && r->nsections == 0 && !r->published;
}

/* ... nor has one whose only title names no report, with no section and no table: another
 * document kept with the reports, a notice dated and titled ("关于做好2024年度政府信息公开工作的
 * 通知"), which is late for no deadline. */
static int other_document(const xxgk_report *r)
{
    return !r->spec && r->nsections == 0 && !(r->title && strstr(r->title, "报告"));
}

/* A report on 2018 or before, in none of the formats: written under the 2007 条例, before the
 * national format (2019's, for reports on 2019 on), which its sections and tables are not
 * held to; a researcher's crawl of a site's archive holds many. */
int chk_before_format(const xxgk_report *r)
{
    return !r->spec && r->year > 0 && r->year <= 2018 && !no_report(r) && !other_document(r);
}

static void r_before_2019(check_ctx *c)
{
    if (chk_before_format(c->r))
        chk_found(c, 0,
                  CHK_LANG(c, "%d年度报告：依2007年条例编写，统一格式自2019年度报告起施行",
                           "a report on %d: written under the 2007 条例; the national format "
                           "applies to reports on 2019 and later"),
                  c->r->year);
}

/* No table at all: said with the likeliest reason the reader saw, one the supervisor can act
 * on. */
static void r_no_tables(check_ctx *c)
{
    const xxgk_report *r = c->r;
    if (r->spec)
        return;
    char why[1200] = "";
    if (r->pdf.scans.n) {
        char pages[96] = "";
        size_t len = 0, shown = r->pdf.scans.n < 8 ? r->pdf.scans.n : 8;
        for (size_t i = 0; i < shown && len < sizeof pages; i++)
            len += (size_t)snprintf(pages + len, sizeof pages - len, "%s%u",
                                    i ? CHK_LANG(c, "、", ", ") : "", r->pdf.scans.page[i]);
        snprintf(why, sizeof why,
                 CHK_LANG(c, "第 %s%s 页只有图片（扫描件），统计表可能在其中，无法读取（请索取文字版，"
                             "或先做 OCR 识别）",
                          "page %s%s holds images only (a scan): the tables may be there, and "
                          "cannot be read (ask for the text, or run OCR first)"),
                 pages, r->pdf.scans.n > shown ? CHK_LANG(c, "等", " and more") : "");
    } else if (r->attachment && (r->attachment_named || r->nsections == 0)) {
        /* a page saved to a file, or linking a document off the web: not fetched (the one
         * document named a report, or the only one of a page that is no report itself, as a
         * fetch would read) */
        snprintf(why, sizeof why,
                 CHK_LANG(c, "网页以附件发布报告：%s（请读取该文档，或给出网页的网址）",
                          "the page publishes its report as a document: %s (read that document, "
                          "or give the page's web address)"),
                 r->attachment);
    } else if (r->documents > 1) {
        snprintf(why, sizeof why,
                 CHK_LANG(c, "网页链接了 %u 份文档，无法确定哪一份是报告（请直接给出报告文档的网址）",
                          "the page links %u documents, and which is the report cannot be told "
                          "(give the report's own address)"),
                 r->documents);
    } else if (r->images) {
        snprintf(why, sizeof why,
                 CHK_LANG(c, "正文中有 %u 张图片，统计表可能以图片发布，无法读取（请索取文字版）",
                          "its body holds %u pictures: the tables may be published as images, "
                          "which cannot be read (ask for the text)"),
                 r->images);
    }
    if (*why)
        chk_found(c, 0, CHK_LANG(c, "全文没有可识别的统计表；%s", "no statistics table in the text; %s"),
                  why);
    else if (chk_before_format(r))
        return; /* (its tables are its own: nothing of the format to miss) */
    else if (no_report(r))
        chk_found(c, 0, "%s",
                  CHK_LANG(c, "不像年度报告：没有报告的标题、章节、统计表和落款日期",
                           "nothing of an annual report: no title, section, table or date"));
    else if (other_document(r))
        chk_found(c, 0, "%s",
                  CHK_LANG(c, "不像年度报告：标题不是报告的，也没有报告的章节和统计表",
                           "not an annual report: a title of no report, and no section or "
                           "table of one"));
    else
        chk_found(c, 0, "%s",
                  CHK_LANG(c, "全文没有可识别的第二十条、申请情况或复议诉讼统计表",
                           "no table of 第二十条 items, requests or reconsideration and litigation"));
}

/* ---- structure ---- */

static void r_section_missing(check_ctx *c)
{
    if (no_report(c->r) || other_document(c->r) || chk_before_format(c->r))
        return;
    for (int s = 1; s <= 6; s++) {
        int have = 0;
        for (size_t i = 0; i < c->r->nsections; i++)
            have |= c->r->sections[i].standard == s;
        if (!have)
            chk_found(c, 0, "%s、%s", xxgk_section_numeral(s), xxgk_section_title(s));
    }
}

/* Sections 一, 五 and 六 are words only (二, 三 and 四 have their tables): one with none under
 * its heading says nothing, not even 无. */
static void r_section_empty(check_ctx *c)
{
    if (no_report(c->r))
        return;
    for (size_t i = 0; i < c->r->nsections; i++) {
        const xxgk_section *s = &c->r->sections[i];
        if (s->standard != 1 && s->standard != 5 && s->standard != 6)
            continue;
        const char *t = s->text ? s->text : "";
        while (*t == ' ' || *t == '\t' || *t == '\n' || *t == '\r')
            t++;
        if (!*t)
            chk_found(c, s->line, "%s、%s", xxgk_section_numeral(s->standard),
                      xxgk_section_title(s->standard));
    }
}

/* Where line l of the text read is in the file, as the user finds it: "第 57 行", or with the
 * column on a page flattened onto one line ("第 10 行第 2941 字"). */
static const char *file_place(const check_ctx *c, char *buf, size_t cap, unsigned l)
{
    unsigned column = 0;
    xxgk_report_source_position(c->r, &l, &column);
    if (column)
        snprintf(buf, cap, CHK_LANG(c, "第 %u 行第 %u 字", "line %u column %u"), l, column);
    else
        snprintf(buf, cap, CHK_LANG(c, "第 %u 行", "line %u"), l);
    return buf;
}

static void r_section_duplicate(check_ctx *c)
{
    const xxgk_report *r = c->r;
    char a[64], b[64];
    for (size_t i = 0; i < r->nsections; i++)
        for (size_t j = 0; j < i; j++)
            /* (0: a heading without a number, which struct-section-order names) */
            if (r->sections[i].number && r->sections[i].number == r->sections[j].number) {
                /* (at the heading numbered otherwise than its title says, when the other's
                 * number is its own: 三、收到和处理… numbered 四 before the real 四) */
                const xxgk_section *wrong = &r->sections[i];
                if (r->sections[i].standard == r->sections[i].number &&
                    r->sections[j].standard && r->sections[j].standard != r->sections[j].number)
                    wrong = &r->sections[j];
                chk_found(c, wrong->line,
                          CHK_LANG(c, "%s“%s”与%s“%s”", "%s \"%s\" and %s \"%s\""),
                          file_place(c, a, sizeof a, r->sections[j].line), r->sections[j].title,
                          file_place(c, b, sizeof b, r->sections[i].line), r->sections[i].title);
                break;
            }
}

static void r_section_order(check_ctx *c)
{
    const xxgk_report *r = c->r;
    int last = 0;
    if (chk_before_format(r))
        return;
    for (size_t i = 0; i < r->nsections; i++) {
        const xxgk_section *s = &r->sections[i];
        if (!s->standard)
            continue;
        if (s->standard < last)
            chk_found(c, s->line, CHK_LANG(c, "“%s”出现在第%d部分之后", "\"%s\" comes after section %d"),
                      s->title, last);
        else if (s->number == 0)
            chk_found(c, s->line,
                      CHK_LANG(c, "“%s”没有序号，标准序号为第%d部分",
                               "\"%s\" has no number; it is section %d of the format"),
                      s->title, s->standard);
        else if (s->number != s->standard)
            chk_found(c, s->line,
                      CHK_LANG(c, "“%s”的标准序号为第%d部分，此处编为第%d部分",
                               "\"%s\" is section %d of the format, numbered %d here"),
                      s->title, s->standard,
                  s->number);
        if (s->standard > last)
            last = s->standard;
    }
}

static void r_section_nonstandard(check_ctx *c)
{
    if (chk_before_format(c->r))
        return;
    for (size_t i = 0; i < c->r->nsections; i++)
        if (!c->r->sections[i].standard)
            chk_found(c, c->r->sections[i].line, "%s", c->r->sections[i].title);
}

int chk_table_present(const check_ctx *c, const xxgk_table_spec *ts)
{
    if (c->r->scrambled >> ts->id & 1) /* (printed, but not in an order that can be read) */
        return 1;
    for (int i = 0; i < ts->ncells; i++) /* (a figure printed but not placed counts) */
        if (c->r->cells[ts->first_cell + i].kind != XXGK_CELL_ABSENT ||
            c->r->cells[ts->first_cell + i].line)
            return 1;
    return 0;
}

/* The line of section `standard` that holds only "[TABLE]", or 0: where pandoc, converting to
 * plain text, put a table it could not draw (merged cells), its figures left behind. */
static unsigned table_placeholder(const check_ctx *c, int standard)
{
    const xxgk_report *r = c->r;
    for (size_t i = 0; i < r->nsections; i++) {
        if (r->sections[i].standard != standard)
            continue;
        for (unsigned l = r->sections[i].line, end = rep_section_end(r, i); l <= end; l++) {
            const char *t = r->lines[l - 1];
            t += strspn(t, " \t");
            if (strncmp(t, "[TABLE]", 7) == 0 && !t[7 + strspn(t + 7, " \t")])
                return l;
        }
    }
    return 0;
}

static void r_table_missing(check_ctx *c)
{
    if (!c->r->spec)
        return;
    for (int t = 0; t < XXGK_TABLE_COUNT; t++) {
        const xxgk_table_spec *ts = &c->r->spec->tables[t];
        if (chk_table_present(c, ts))
            continue;
        unsigned at = table_placeholder(c, t + 2);
        if (at)
            chk_found(c, at,
                      CHK_LANG(c,
                               "%s、%s（文中只有“[TABLE]”：转换工具没有转出这张表，"
                               "请读取原文件）",
                               "%s、%s (the text holds only \"[TABLE]\": the converter left the "
                               "table out; read the original file)"),
                      ts->section, ts->title);
        else
            chk_found(c, 0, "%s、%s", ts->section, ts->title);
    }
}

static void r_row_missing(check_ctx *c)
{
    if (!c->r->spec)
        return;
    for (int t = 0; t < XXGK_TABLE_COUNT; t++) {
        const xxgk_table_spec *ts = &c->r->spec->tables[t];
        if (!chk_table_present(c, ts) || t == XXGK_TABLE_REVIEW || (c->r->scrambled >> t & 1))
            continue;
        /* (sub-rows replaced by their group printed as one row: format-mixed-layout says so) */
        for (int i = 0; i < ts->nrows; i++) {
            const xxgk_row_spec *row = &ts->rows[i];
            if (row_missing(c, ts, row))
                chk_found(c, 0, "%s%s%s", row->caption ? row->caption : "", row->caption ? " " : "",
                          row->label);
        }
    }
}

/* The reader's observations under the rule being checked, as it worded them. */
static void reader_diags(check_ctx *c)
{
    for (size_t d = 0; d < c->r->ndiags; d++) {
        const rdiag *g = &c->r->diags[d];
        if (strcmp(g->rule, c->rule->id) == 0) /* (its quotes as printed) */
            chk_found(c, g->line, "%s",
                      CHK_LANG(c, g->evidence, g->evidence_en ? g->evidence_en : g->evidence));
    }
}

static void r_blank_cells(check_ctx *c)
{
    if (!c->r->spec)
        return;
    for (int t = 0; t < XXGK_TABLE_COUNT; t++) {
        const xxgk_table_spec *ts = &c->r->spec->tables[t];
        int blank = 0, slash = 0, dash = 0;
        unsigned line = 0;
        /* the first few by row and column, for the reader to find them */
        enum { NAMED = 5 };
        xbuf which;
        xbuf_init(&which, 0);
        for (int i = 0; i < ts->nrows; i++)
            for (int k = 0; k < ts->rows[i].ncols; k++) {
                const xxgk_cell *x = chk_cell(c, &ts->rows[i], k);
                int hit = x->kind == XXGK_CELL_BLANK || x->kind == XXGK_CELL_SLASH ||
                          x->kind == XXGK_CELL_DASH;
                const char *how = x->kind == XXGK_CELL_SLASH  ? "“/”"
                                  : x->kind == XXGK_CELL_DASH ? "“-”"
                                                              : CHK_LANG(c, "（空白）", " (blank)");
                if (hit && blank + slash + dash < NAMED)
                    chk_list_add(c, &which, 0, "%s·%s%s", ts->rows[i].label,
                                 ts->rows[i].cols[k].label, how);
                blank += x->kind == XXGK_CELL_BLANK;
                slash += x->kind == XXGK_CELL_SLASH;
                dash += x->kind == XXGK_CELL_DASH;
                if (hit && !line)
                    line = x->line;
            }
        if (blank + slash + dash && !which.failed)
            chk_found(c, line,
                      CHK_LANG(c, "第%s部分表格：空白 %d 个，“/” %d 个，“-” %d 个：%s%s",
                               "table of section %s: %d blank, %d \"/\", %d \"-\": %s%s"),
                      ts->section, blank, slash, dash, which.data,
                      blank + slash + dash > NAMED ? CHK_LANG(c, "等", " and others") : "");
        xbuf_free(&which);
    }
    /* (and those the reader saw but could not place: zeros glued, fewer than their cells) */
    reader_diags(c);
}

static void r_unreadable(check_ctx *c)
{
    if (!c->r->spec)
        return;
    for (int t = 0; t < XXGK_TABLE_COUNT; t++) {
        const xxgk_table_spec *ts = &c->r->spec->tables[t];
        for (int i = 0; i < ts->nrows; i++)
            for (int k = 0; k < ts->rows[i].ncols; k++) {
                const xxgk_cell *x = chk_cell(c, &ts->rows[i], k);
                /* (a number too long for a figure, over 15 digits, has its own finding:
                 * reader-number-range; "1,23" or "5." is text that only looks like one) */
                size_t digits = 0;
                for (const char *p = x->kind == XXGK_CELL_TEXT && x->raw ? x->raw : ""; *p; p++)
                    digits += *p >= '0' && *p <= '9';
                if (x->kind == XXGK_CELL_TEXT && !(x->raw && x->raw[0] >= '0' && x->raw[0] <= '9' &&
                                                   !x->raw[strspn(x->raw, "0123456789,.")] &&
                                                   digits > 15))
                    chk_found(c, x->line, CHK_LANG(c, "%s·%s：“%s”", "%s·%s: “%s”"),
                              ts->rows[i].label, ts->rows[i].cols[k].label, x->raw ? x->raw : "");
            }
    }
}

/* ---- format ---- */

static void r_old_layout(check_ctx *c)
{
    /* (at the first line of the tables, section 二's where it is printed: the two formats
     * differ most there, and a report that took up the new table 三 keeps the old 二) */
    unsigned line = 0;
    for (size_t i = 0; i < c->r->ncells && !line; i++) /* (the cells in table order) */
        line = c->r->cells[i].line;
    if (c->r->format == XXGK_FORMAT_2019 && c->r->year >= 2021)
        chk_found(c, line,
                  CHK_LANG(c, "%d年度报告，表格为国办公开办函〔2019〕60号格式",
                           "report for %d, tables in the format of 国办公开办函〔2019〕60号"),
                  c->r->year);
}

static void r_mixed_layout(check_ctx *c)
{
    const xxgk_table_spec *t = chk_table(c, XXGK_TABLE_REQUESTS);
    if (!t || c->r->format != XXGK_FORMAT_2021)
        return;
    for (int i = 0; i < t->nrows; i++)
        if ((t->rows[i].flags & XXGK_ROW_SINGLE_ALT) && xxgk_report_row_present(c->r, &t->rows[i]))
            chk_found(c, chk_cell(c, &t->rows[i], 0)->line, "%s", t->rows[i].label);
}

static void r_title(check_ctx *c)
{
    const char *t = c->r->title;
    if (!t && !no_report(c->r) && !other_document(c->r)) {
        /* (and the first line, which may be one of other words: "…政务公开工作总结") */
        const char *first = NULL;
        unsigned at = 0;
        for (unsigned l = 1; l <= c->r->nlines && l <= 5 && !first; l++)
            if (*c->r->lines[l - 1])
                first = c->r->lines[l - 1], at = l;
        if (first && strlen(first) <= 120 && !strstr(first, "。")) /* (a line, no sentence) */
            chk_found(c, at,
                      CHK_LANG(c, "未找到标题；首行为“%s”",
                               "no title found; the first line is “%s”"),
                      first);
        else
            chk_found(c, 0, "%s", CHK_LANG(c, "未找到标题", "no title found"));
        return;
    }
    if (!t) {
        return;
    }
    /* (spaces a PDF's layout left inside the title are not part of it) */
    char squeezed[512];
    size_t n = 0;
    for (const char *p = t; *p && n + 1 < sizeof squeezed; p++)
        if (*p != ' ' && *p != '\t')
            squeezed[n++] = *p;
    squeezed[n] = '\0';
    if (!strstr(squeezed, "政府信息公开工作年度报告")) /* (not 政务公开工作年度报告) */
        chk_found(c, c->r->title_line, "“%s”", t);
}

/* ---- dates ---- */

static void r_date_missing(check_ctx *c)
{
    if (!c->r->published && !c->r->published_invalid && !no_report(c->r))
        chk_found(c, 0, "%s",
                  CHK_LANG(c, "末尾未找到“××××年×月×日”形式的日期",
                           "no date like 2025年1月20日 at the end"));
}

static void r_date_early(check_ctx *c)
{
    const xxgk_report *r = c->r;
    char end[16];
    snprintf(end, sizeof end, "%04d-12-31", r->year);
    if (r->published && r->year && strcmp(r->published, end) < 0)
        chk_found(c, r->published_line,
                  CHK_LANG(c, "发布日期 %s，%d年度报告", "dated %s, a report for %d"), r->published,
                  r->year);
}

static int ends_with(const char *s, size_t n, const char *suffix)
{
    size_t l = strlen(suffix);
    return n >= l && memcmp(s + n - l, suffix, l) == 0;
}

/* Whether a name is a people's government's: 某某区人民政府, 某某市政府, or the place alone
 * (a title "某某区2024年政府信息公开工作年度报告" names the district's government). */
static int government_name(const char *name, size_t n)
{
    static const char *const places[] = {"省", "市", "区", "县", "旗", "盟", "州"};
    static const char *const bodies[] = {"局", "委", "办", "厅", "院", "中心", "公司", "所",
                                         "站", "队", "会", "部", "处", "室", "馆", "社"};
    if (ends_with(name, n, "人民政府") || ends_with(name, n, "政府"))
        return 1;
    for (size_t i = 0; i < sizeof places / sizeof places[0]; i++)
        if (ends_with(name, n, places[i])) {
            for (size_t k = 0; k < sizeof bodies / sizeof bodies[0]; k++) {
                const char *b = bodies[k];
                for (const char *p = name; (p = strstr(p, b)) && p < name + n; p++)
                    if (p + strlen(b) <= name + n)
                        return 0;
            }
            return 1;
        }
    return 0;
}

/* Whether a name is a township's government (某某镇人民政府, 某某乡政府, a 苏木's): below the
 * county level, where Art. 49's 31 March for governments' reports does not reach. */
static int township_name(const char *name, size_t n)
{
    static const char *const towns[] = {"镇人民政府", "乡人民政府", "苏木人民政府", "镇政府",
                                        "乡政府", "苏木政府"};
    for (size_t i = 0; i < sizeof towns / sizeof towns[0]; i++)
        if (ends_with(name, n, towns[i]))
            return 1;
    return 0;
}

/* Whether a name is a 街道办事处's: a county's agency in the place of a township's government,
 * held to a department's 31 January as a township's government is. */
static int subdistrict_name(const char *name, size_t n)
{
    return ends_with(name, n, "街道办事处") || ends_with(name, n, "街道办");
}

int xxgk_agency_township(const char *name)
{
    return name && (township_name(name, strlen(name)) || subdistrict_name(name, strlen(name)));
}

/* A people's government's own report, by its agency's name or by the signature at its end:
 * 2 for a township's (or a 街道办事处's), 1 for any other's, else 0. */
static int is_government(const xxgk_report *r)
{
    if (r->agency && subdistrict_name(r->agency, strlen(r->agency)))
        return 2;
    if (r->agency && government_name(r->agency, strlen(r->agency)))
        return 1 + township_name(r->agency, strlen(r->agency));
    if (!r->signature_line || r->signature_line > r->nlines)
        return 0;
    const char *s = r->lines[r->signature_line - 1];
    size_t n = trim_span(&s, strlen(s));
    return government_name(s, n) && ends_with(s, n, "政府") ? 1 + township_name(s, n) : 0;
}

/* Published after the deadline: the date at the end, or else the day a web page put it online
 * (the law's deadline is for making the report public, so a report dated in time but posted
 * late is late too). */
static void r_date_late(check_ctx *c)
{
    const xxgk_report *r = c->r;
    if ((!r->published && !r->posted) || !r->year || other_document(r))
        return;
    int guessed = c->o->agency_kind == XXGK_AGENCY_AUTO;
    int kind = guessed ? is_government(r) : 0, town = kind == 2;
    int gov = c->o->agency_kind == XXGK_AGENCY_GOVERNMENT || kind == 1;
    /* the 2007 条例 (art. 31), in force until 2019-05-15, gave every agency until 31 March */
    int old = r->year <= 2018;
    char deadline[32];
    snprintf(deadline, sizeof deadline, "%04d-%s", r->year + 1, gov || old ? "03-31" : "01-31");
    const char *why =
        old ? CHK_LANG(c, "2018年及以前的年度报告：2007年条例第三十一条，3月31日前",
                       "a report on 2018 or before: by 31 March (art. 31 of the 2007 条例)")
        : gov ? CHK_LANG(c, "人民政府年度报告：3月31日前", "a people's government's report: by 31 March")
        : town ? CHK_LANG(c, "按机关名称判断为乡镇人民政府或街道办事处，1月31日前（第四十九条的"
                             "3月31日适用于县级以上人民政府）；另有规定的请用 --agency-kind "
                             "government",
                          "a township's government or a 街道办事处 by the agency's name, by 31 "
                          "January (Art. 49's 31 March is for governments at county level and "
                          "above); where rules say otherwise use --agency-kind government")
        : guessed ? CHK_LANG(c, "按机关名称判断为部门，1月31日前；人民政府的报告请用 "
                                "--agency-kind government",
                             "a department's by the agency's name, by 31 January; for a "
                             "people's government's report use --agency-kind government")
                  : CHK_LANG(c, "部门年度报告：1月31日前", "a department's report: by 31 January");
    if (r->published && strcmp(r->published, deadline) > 0)
        chk_found(c, r->published_line, CHK_LANG(c, "发布日期 %s，期限 %s（%s）", "dated %s, due %s (%s)"),
                  r->published, deadline, why);
    else if (r->posted && strcmp(r->posted, deadline) > 0)
        chk_found(c, r->posted_line,
                  CHK_LANG(c, "网页发布于 %s，期限 %s（%s）；%s%s", "put online %s, due %s (%s); %s%s"),
                  r->posted, deadline, why,
                  r->published ? CHK_LANG(c, "落款日期 ", "dated ")
                               : CHK_LANG(c, "报告末尾没有日期", "no date at the end"),
                  r->published ? r->published : "");
}

int xxgk_check(xxgk_findings **out, const xxgk_report *r, const xxgk_check_options *opts)
{
    static const xxgk_check_options defaults = {XXGK_LANG_ZH, XXGK_AGENCY_AUTO};
    *out = NULL;
    const xxgk_check_options *o = opts ? opts : &defaults;
    xxgk_findings *f = findings_new(o->lang);
    if (!f)
        return err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    size_t sites = 0;
    check_ctx c = {.r = r, .f = f, .o = o, .sites = &sites};
    for (size_t i = 0; i < NRULES; i++) {
        c.rule = &rules[i].info;
        sites = CHK_SITES_MAX;
        if (rules[i].fn)
            rules[i].fn(&c);
        else
            reader_diags(&c);
    }
    chk_texts_free(&c);
    findings_place(f, r);
    return findings_finish(out, f);
}
