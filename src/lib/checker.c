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
#include "lib/findings.h"
#include "lib/report_impl.h"
#include "util/buf.h"
#include "util/text.h"

typedef struct {
    const xxgk_report *r;
    xxgk_findings *f;
    const xxgk_check_options *o;
    const xxgk_rule *rule;
    char *narrative; /* the text outside the tables, built once for the text rules */
} ctx;

typedef void (*rule_fn)(ctx *c);

static void r_balance(ctx *c);
static void r_outcomes(ctx *c);
static void r_row_total(ctx *c);
static void r_review_total(ctx *c);
static void r_negative(ctx *c);
static void r_fraction(ctx *c);
static void r_no_tables(ctx *c);
static void r_section_missing(ctx *c);
static void r_section_duplicate(ctx *c);
static void r_section_order(ctx *c);
static void r_section_nonstandard(ctx *c);
static void r_table_missing(ctx *c);
static void r_row_missing(ctx *c);
static void r_blank_cells(ctx *c);
static void r_unreadable(ctx *c);
static void r_old_layout(ctx *c);
static void r_mixed_layout(ctx *c);
static void r_title(ctx *c);
static void r_date_missing(ctx *c);
static void r_date_late(ctx *c);
static void r_text_no_requests(ctx *c);
static void r_text_no_review(ctx *c);
static void r_text_figures(ctx *c);
static void r_text_fee(ctx *c);

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
    {{"arith-negative", "arithmetic", E, "数量为负数", "a count is negative"}, r_negative},
    {{"arith-fraction", "arithmetic", E, "件数不是整数", "a count is not a whole number"},
     r_fraction},
    {{"reader-no-tables", "reader", E, "未找到统计表格，无法读取数据",
      "no statistics table found: the figures cannot be read"}, r_no_tables},
    {{"struct-section-missing", "structure", E, "缺少规定的章节", "a required section is missing"},
     r_section_missing},
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
    {{"struct-row-duplicate", "structure", W, "统计表中的行重复出现", "a table row appears twice"},
     NULL},
    {{"struct-blank-cells", "structure", W, "单元格空白或填“/”“-”，已按0计",
      "cells left blank or holding / or -, read as 0"}, r_blank_cells},
    {{"format-old-layout", "format", E, "2021年及以后的年度报告使用了已废止的2019年格式",
      "a report for 2021 or later uses the superseded 2019 format"}, r_old_layout},
    {{"format-mixed-layout", "format", W, "（六）其他处理按2019年格式只列一行，缺少2021年格式的3个子项",
      "(六) 其他处理 is one row as in the 2019 format, without the 2021 sub-rows"},
     r_mixed_layout},
    {{"format-label-variant", "format", W, "标签与格式规定的文字不一致",
      "a label differs from the official wording"}, NULL},
    {{"format-note-position", "format", W, "勾稽关系说明不在表头左上角，而在表头之后",
      "the balance note is placed after the header rows, not in the top-left header cell"},
     NULL},
    {{"format-title", "format", W, "标题不规范，应为“……年政府信息公开工作年度报告”",
      "the title is not the standard \"... 政府信息公开工作年度报告\""}, r_title},
    {{"date-missing", "date", W, "报告末尾没有落款日期", "no date at the end of the report"},
     r_date_missing},
    {{"date-late", "date", E, "发布日期晚于法定期限", "published after the statutory deadline"},
     r_date_late},
    {{"text-no-requests", "text", E, "正文称未收到政府信息公开申请，但表格有申请数",
      "the text says no applications were received, the table says otherwise"},
     r_text_no_requests},
    {{"text-no-review", "text", E, "正文称未发生行政复议或行政诉讼，但表格有案件数",
      "the text says there was no reconsideration or litigation, the table says otherwise"},
     r_text_no_review},
    {{"text-figure-mismatch", "text", E, "正文所述数字与表格不一致",
      "a figure stated in the text contradicts the tables"}, r_text_figures},
    {{"text-fee-silent", "text", W, "第六部分未说明信息处理费收取情况",
      "section 六 says nothing about information processing fees (信息处理费)"}, r_text_fee},
    {{"reader-unplaced", "reader", W, "有数字无法确定属于哪一行，未采用",
      "figures that could not be placed in a row were left out"}, NULL},
    {{"reader-glued", "reader", W, "数字与标签粘连，无法可靠拆分，该行数据记为空",
      "figures glued to their label cannot be split reliably; the row is left null"}, NULL},
    {{"reader-glued-text", "reader", I, "粘连的数字按正文所述数字拆分，请核对",
      "glued figures were cut apart as the narrative states them: please verify"}, NULL},
    {{"reader-number-range", "reader", E, "数字位数过多，不是有效数据",
      "a number too long to be a figure"}, NULL},
    {{"reader-unreadable", "reader", W, "单元格内容不是数字，该数据记为空",
      "a cell holds text, not a number; the figure is null"}, r_unreadable},
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

static void add(ctx *c, const xxgk_rule *rule, unsigned line, const char *evidence)
{
    findings_add(c->f, rule, line, evidence);
}

/* Record a finding of the current rule with printf-style evidence. */
__attribute__((format(printf, 3, 4))) static void found(ctx *c, unsigned line, const char *fmt,
                                                        ...)
{
    char text[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    add(c, c->rule, line, text);
}

/* ---- helpers over the model ---- */

static const xxgk_cell *cell(const ctx *c, const xxgk_row_spec *row, int col)
{
    return &c->r->cells[row->first_cell + col];
}

/* A figure as printed: whole numbers without decimals. */
static const char *num(char *buf, double v)
{
    if (fabs(v - round(v)) < 1e-9)
        snprintf(buf, 32, "%.0f", v);
    else
        snprintf(buf, 32, "%.4g", v);
    return buf;
}

static const xxgk_table_spec *table(const ctx *c, xxgk_table_id t)
{
    return c->r->spec ? &c->r->spec->tables[t] : NULL;
}

static const xxgk_row_spec *row_by_key(const xxgk_table_spec *t, const char *key, int index)
{
    for (int i = 0; i < t->nrows; i++)
        if (strcmp(t->rows[i].key, key) == 0 && t->rows[i].index == index)
            return &t->rows[i];
    return NULL;
}

/* Value of a cell for arithmetic: 0 when blank, NAN when unknown. */
static double val(const xxgk_cell *x)
{
    return xxgk_cell_known(x) ? x->value : NAN;
}

static int differs(double a, double b)
{
    return fabs(a - b) > 1e-6;
}

/* ---- arithmetic ---- */

static void r_balance(ctx *c)
{
    const xxgk_table_spec *t = table(c, XXGK_TABLE_REQUESTS);
    if (!t)
        return;
    const xxgk_row_spec *nw = row_by_key(t, "new", -1), *in = row_by_key(t, "carried_in", -1),
                        *tot = row_by_key(t, "total", -1), *out = row_by_key(t, "carried_out", -1);
    char a[32], b[32], d[32], e[32], s1[32], s2[32];
    for (int k = 0; k < 7; k++) {
        double v1 = val(cell(c, nw, k)), v2 = val(cell(c, in, k)), v3 = val(cell(c, tot, k)),
               v4 = val(cell(c, out, k));
        if (isnan(v1) || isnan(v2) || isnan(v3) || isnan(v4))
            continue;
        if (differs(v1 + v2, v3 + v4))
            found(c, cell(c, tot, k)->line,
                  "%s列：一、本年新收 %s + 二、上年结转 %s = %s，但（七）总计 %s + 四、结转下年度 "
                  "%s = %s",
                  nw->cols[k].label, num(a, v1), num(b, v2), num(s1, v1 + v2), num(d, v3),
                  num(e, v4), num(s2, v3 + v4));
    }
}

static void r_outcomes(ctx *c)
{
    const xxgk_table_spec *t = table(c, XXGK_TABLE_REQUESTS);
    if (!t)
        return;
    const xxgk_row_spec *tot = row_by_key(t, "total", -1);
    char a[32], b[32];
    for (int k = 0; k < 7; k++) {
        double sum = 0, v = val(cell(c, tot, k));
        int known = 1, any = 0;
        for (int i = 0; i < t->nrows; i++) {
            const xxgk_row_spec *row = &t->rows[i];
            if (!(row->flags & XXGK_ROW_OUTCOME) || !xxgk_report_row_present(c->r, row))
                continue;
            const xxgk_cell *x = cell(c, row, k);
            if (x->kind == XXGK_CELL_ABSENT)
                continue;
            any = 1;
            if (!xxgk_cell_known(x))
                known = 0;
            else
                sum += x->value;
        }
        if (!known || !any || isnan(v))
            continue;
        if (differs(sum, v))
            found(c, cell(c, tot, k)->line, "%s列：各项办理结果之和为 %s，（七）总计为 %s",
                  tot->cols[k].label, num(a, sum), num(b, v));
    }
}

static void r_row_total(ctx *c)
{
    const xxgk_table_spec *t = table(c, XXGK_TABLE_REQUESTS);
    if (!t)
        return;
    char a[32], b[32];
    for (int i = 0; i < t->nrows; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        if (row->ncols != 7 || !xxgk_report_row_present(c->r, row))
            continue;
        double sum = 0, total = val(cell(c, row, 6));
        int known = !isnan(total);
        for (int k = 0; k < 6 && known; k++) {
            double v = val(cell(c, row, k));
            known = !isnan(v);
            sum += known ? v : 0;
        }
        if (known && differs(sum, total))
            found(c, cell(c, row, 6)->line, "%s：六类申请人之和为 %s，总计为 %s", row->label,
                  num(a, sum), num(b, total));
    }
}

static void r_review_total(ctx *c)
{
    const xxgk_table_spec *t = table(c, XXGK_TABLE_REVIEW);
    if (!t)
        return;
    char s[5][32], a[32];
    for (int i = 0; i < t->nrows; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        double v[5];
        int known = 1;
        for (int k = 0; k < 5; k++) {
            v[k] = val(cell(c, row, k));
            known &= !isnan(v[k]);
        }
        if (known && differs(v[0] + v[1] + v[2] + v[3], v[4]))
            found(c, cell(c, row, 4)->line,
                  "%s：结果维持 %s + 结果纠正 %s + 其他结果 %s + 尚未审结 %s = %s，但总计为 %s",
                  row->label, num(s[0], v[0]), num(s[1], v[1]), num(s[2], v[2]), num(s[3], v[3]),
                  num(a, v[0] + v[1] + v[2] + v[3]), num(s[4], v[4]));
    }
}

/* Walk every known figure with its row and column. */
static void each_figure(ctx *c, void (*fn)(ctx *, const xxgk_row_spec *, int, const xxgk_cell *))
{
    if (!c->r->spec)
        return;
    for (int t = 0; t < XXGK_TABLE_COUNT; t++) {
        const xxgk_table_spec *ts = &c->r->spec->tables[t];
        for (int i = 0; i < ts->nrows; i++)
            for (int k = 0; k < ts->rows[i].ncols; k++) {
                const xxgk_cell *x = cell(c, &ts->rows[i], k);
                if (xxgk_cell_known(x))
                    fn(c, &ts->rows[i], k, x);
            }
    }
}

static void negative_one(ctx *c, const xxgk_row_spec *row, int k, const xxgk_cell *x)
{
    char a[32];
    if (x->value < 0 && !(row->cols[k].flags & XXGK_COL_SIGNED))
        found(c, x->line, "%s·%s：%s", row->label, row->cols[k].label, num(a, x->value));
}

static void fraction_one(ctx *c, const xxgk_row_spec *row, int k, const xxgk_cell *x)
{
    if (fabs(x->value - round(x->value)) > 1e-9 && !(row->cols[k].flags & XXGK_COL_AMOUNT))
        found(c, x->line, "%s·%s：%s", row->label, row->cols[k].label, x->raw ? x->raw : "");
}

static void r_negative(ctx *c) { each_figure(c, negative_one); }
static void r_fraction(ctx *c) { each_figure(c, fraction_one); }

static void r_no_tables(ctx *c)
{
    if (!c->r->spec)
        found(c, 0, "%s", "全文没有可识别的第二十条、申请情况或复议诉讼统计表");
}

/* ---- structure ---- */

static void r_section_missing(ctx *c)
{
    static const char *const cn[] = {"一", "二", "三", "四", "五", "六"};
    for (int s = 1; s <= 6; s++) {
        int have = 0;
        for (size_t i = 0; i < c->r->nsections; i++)
            have |= c->r->sections[i].standard == s;
        if (!have)
            found(c, 0, "%s、%s", cn[s - 1], xxgk_section_title(s));
    }
}

static void r_section_duplicate(ctx *c)
{
    const xxgk_report *r = c->r;
    for (size_t i = 0; i < r->nsections; i++)
        for (size_t j = 0; j < i; j++)
            if (r->sections[i].number == r->sections[j].number) {
                found(c, r->sections[i].line, "第 %u 行“%s”与第 %u 行“%s”", r->sections[j].line,
                      r->sections[j].title, r->sections[i].line, r->sections[i].title);
                break;
            }
}

static void r_section_order(ctx *c)
{
    const xxgk_report *r = c->r;
    int last = 0;
    for (size_t i = 0; i < r->nsections; i++) {
        const xxgk_section *s = &r->sections[i];
        if (!s->standard)
            continue;
        if (s->standard < last)
            found(c, s->line, "“%s”出现在第%d部分之后", s->title, last);
        else if (s->number != s->standard)
            found(c, s->line, "“%s”的标准序号为第%d部分，此处编为第%d部分", s->title, s->standard,
                  s->number);
        if (s->standard > last)
            last = s->standard;
    }
}

static void r_section_nonstandard(ctx *c)
{
    for (size_t i = 0; i < c->r->nsections; i++)
        if (!c->r->sections[i].standard)
            found(c, c->r->sections[i].line, "%s", c->r->sections[i].title);
}

static int table_present(const ctx *c, const xxgk_table_spec *ts)
{
    for (int i = 0; i < ts->ncells; i++)
        if (c->r->cells[ts->first_cell + i].kind != XXGK_CELL_ABSENT)
            return 1;
    return 0;
}

static void r_table_missing(ctx *c)
{
    if (!c->r->spec)
        return;
    for (int t = 0; t < XXGK_TABLE_COUNT; t++) {
        const xxgk_table_spec *ts = &c->r->spec->tables[t];
        if (!table_present(c, ts))
            found(c, 0, "%s、%s", ts->section, ts->title);
    }
}

static void r_row_missing(ctx *c)
{
    if (!c->r->spec)
        return;
    for (int t = 0; t < XXGK_TABLE_COUNT; t++) {
        const xxgk_table_spec *ts = &c->r->spec->tables[t];
        if (!table_present(c, ts) || t == XXGK_TABLE_REVIEW)
            continue;
        const xxgk_row_spec *single = NULL;
        for (int i = 0; i < ts->nrows; i++)
            if ((ts->rows[i].flags & XXGK_ROW_SINGLE_ALT) &&
                xxgk_report_row_present(c->r, &ts->rows[i]))
                single = &ts->rows[i];
        for (int i = 0; i < ts->nrows; i++) {
            const xxgk_row_spec *row = &ts->rows[i];
            if (row->ncols == 0 || (row->flags & XXGK_ROW_SINGLE_ALT))
                continue;
            /* Sub-rows replaced by their group printed as one row: format-mixed-layout says so. */
            if (single && row->caption && strcmp(row->caption, single->label) == 0)
                continue;
            if (!xxgk_report_row_present(c->r, row))
                found(c, 0, "%s%s%s", row->caption ? row->caption : "", row->caption ? " " : "",
                      row->label);
        }
    }
}

static void r_blank_cells(ctx *c)
{
    if (!c->r->spec)
        return;
    for (int t = 0; t < XXGK_TABLE_COUNT; t++) {
        const xxgk_table_spec *ts = &c->r->spec->tables[t];
        int blank = 0, slash = 0, dash = 0;
        unsigned line = 0;
        for (int i = 0; i < ts->ncells; i++) {
            const xxgk_cell *x = &c->r->cells[ts->first_cell + i];
            int hit = x->kind == XXGK_CELL_BLANK || x->kind == XXGK_CELL_SLASH ||
                      x->kind == XXGK_CELL_DASH;
            blank += x->kind == XXGK_CELL_BLANK;
            slash += x->kind == XXGK_CELL_SLASH;
            dash += x->kind == XXGK_CELL_DASH;
            if (hit && !line)
                line = x->line;
        }
        if (blank + slash + dash)
            found(c, line, "第%s部分表格：空白 %d 个，“/” %d 个，“-” %d 个", ts->section, blank,
                  slash, dash);
    }
}

static void r_unreadable(ctx *c)
{
    if (!c->r->spec)
        return;
    for (int t = 0; t < XXGK_TABLE_COUNT; t++) {
        const xxgk_table_spec *ts = &c->r->spec->tables[t];
        for (int i = 0; i < ts->nrows; i++)
            for (int k = 0; k < ts->rows[i].ncols; k++) {
                const xxgk_cell *x = cell(c, &ts->rows[i], k);
                if (x->kind == XXGK_CELL_TEXT)
                    found(c, x->line, "%s·%s：“%s”", ts->rows[i].label, ts->rows[i].cols[k].label,
                          x->raw ? x->raw : "");
            }
    }
}

/* ---- format ---- */

static void r_old_layout(ctx *c)
{
    if (c->r->format == XXGK_FORMAT_2019 && c->r->year >= 2021)
        found(c, 0, "%d年度报告，表格为国办公开办函〔2019〕60号格式", c->r->year);
}

static void r_mixed_layout(ctx *c)
{
    const xxgk_table_spec *t = table(c, XXGK_TABLE_REQUESTS);
    if (!t || c->r->format != XXGK_FORMAT_2021)
        return;
    for (int i = 0; i < t->nrows; i++)
        if ((t->rows[i].flags & XXGK_ROW_SINGLE_ALT) && xxgk_report_row_present(c->r, &t->rows[i]))
            found(c, cell(c, &t->rows[i], 0)->line, "%s", t->rows[i].label);
}

static void r_title(ctx *c)
{
    const char *t = c->r->title;
    if (!t)
        found(c, 0, "%s", "未找到标题");
    else if (!strstr(t, "工作年度报告"))
        found(c, c->r->title_line, "“%s”", t);
}

/* ---- dates ---- */

static void r_date_missing(ctx *c)
{
    if (!c->r->published)
        found(c, 0, "%s", "末尾未找到“××××年×月×日”形式的日期");
}

static int is_government(const char *agency)
{
    size_t n = agency ? strlen(agency) : 0;
    const char *suffix = "人民政府";
    size_t l = strlen(suffix);
    return n >= l && strcmp(agency + n - l, suffix) == 0;
}

static void r_date_late(ctx *c)
{
    const xxgk_report *r = c->r;
    if (!r->published || !r->year)
        return;
    int gov = c->o->agency_kind == XXGK_AGENCY_GOVERNMENT ||
              (c->o->agency_kind == XXGK_AGENCY_AUTO && is_government(r->agency));
    char deadline[32];
    snprintf(deadline, sizeof deadline, "%04d-%s", r->year + 1, gov ? "03-31" : "01-31");
    if (strcmp(r->published, deadline) > 0)
        found(c, r->published_line, "发布日期 %s，期限 %s（%s）", r->published, deadline,
              gov ? "人民政府年度报告：3月31日前" : "部门年度报告：1月31日前");
}

/* ---- text against tables ---- */

/* The narrative (the sections without tables) with whitespace removed, so hard-wrapped
 * sentences read whole.  Built on first use; NULL only when memory ran out. */
static const char *narrative(ctx *c)
{
    if (c->narrative)
        return c->narrative;
    xbuf b;
    xbuf_init(&b, 0);
    for (size_t i = 0; i < c->r->nsections; i++) {
        const xxgk_section *s = &c->r->sections[i];
        if (s->standard == 2 || s->standard == 3 || s->standard == 4)
            continue; /* tables live there */
        for (const char *p = s->text; *p;) {
            size_t run = strcspn(p, " \n\t");
            xbuf_put(&b, p, run);
            p += run;
            p += strspn(p, " \n\t");
        }
        xbuf_puts(&b, "\xe3\x80\x82");
    }
    c->narrative = b.failed ? NULL : xbuf_steal(&b);
    if (!c->narrative)
        xbuf_free(&b);
    return c->narrative;
}

/* Sentence around position p in text (bounded by 。 or ;, the folded ；). */
static void sentence(const char *text, const char *p, const char **from, const char **to)
{
    const char *a = p, *e = p;
    while (a > text && a[-1] != ';' && !(a - text >= 3 && memcmp(a - 3, "。", 3) == 0))
        a--;
    while (*e && *e != ';' && memcmp(e, "。", 3) != 0)
        e++;
    *from = a;
    *to = e;
}

/* Start of the clause holding p: after the last comma between from and p. */
static const char *clause_start(const char *from, const char *p)
{
    const char *a = p;
    while (a > from && a[-1] != ',' && !(a - from >= 3 && memcmp(a - 3, "，", 3) == 0))
        a--;
    return a;
}

static int span_has(const char *a, const char *e, const char *word)
{
    size_t l = strlen(word);
    for (const char *p = a; p + l <= e; p++)
        if (memcmp(p, word, l) == 0)
            return 1;
    return 0;
}

static double cell_total(const ctx *c, const char *key)
{
    const xxgk_table_spec *t = table(c, XXGK_TABLE_REQUESTS);
    const xxgk_row_spec *row = t ? row_by_key(t, key, -1) : NULL;
    return row ? val(cell(c, row, 6)) : NAN;
}

static const char *const denials[] = {"未收到", "没有收到", "未接到", "无政府信息公开申请",
                                      "零申请", "未受理"};

static void r_text_no_requests(ctx *c)
{
    double n = cell_total(c, "new");
    if (isnan(n) || n <= 0)
        return;
    const char *text = narrative(c);
    if (!text)
        return;
    for (size_t k = 0; k < sizeof denials / sizeof denials[0]; k++) {
        const char *p = strstr(text, denials[k]);
        if (!p)
            continue;
        const char *a, *e;
        sentence(text, p, &a, &e);
        if (span_has(a, e, "申请") && !span_has(a, e, "复议") && !span_has(a, e, "诉讼")) {
            char v[32];
            found(c, 0, "正文：“%.*s”；表格一、本年新收总计为 %s", (int)(e - a), a, num(v, n));
            break;
        }
    }
}

static void r_text_no_review(ctx *c)
{
    const xxgk_table_spec *t = table(c, XXGK_TABLE_REVIEW);
    if (!t || !table_present(c, t))
        return;
    double rec = val(cell(c, &t->rows[0], 4));
    double lit = val(cell(c, &t->rows[1], 4)) + val(cell(c, &t->rows[2], 4));
    const char *text = narrative(c);
    if (!text)
        return;
    static const char *const none[] = {"未发生", "没有发生", "未收到", "无行政复议", "无行政诉讼",
                                       "未产生", "零复议"};
    for (size_t k = 0; k < sizeof none / sizeof none[0]; k++) {
        const char *p = strstr(text, none[k]);
        if (!p)
            continue;
        const char *a, *e;
        sentence(text, p, &a, &e);
        int says_rec = span_has(a, e, "行政复议") && rec > 0;
        int says_lit = span_has(a, e, "行政诉讼") && lit > 0;
        if (says_rec || says_lit) {
            char x[32], y[32];
            found(c, 0, "正文：“%.*s”；表格行政复议总计 %s，行政诉讼总计 %s", (int)(e - a), a,
                  num(x, rec), num(y, lit));
            break;
        }
    }
}

/* Read "<digits>件" right after p, allowing 共/为/数/: in between; -1 if none. */
static double figure_after(const char *p, const char **end)
{
    static const char *const fillers[] = {"共", "为", "数", ":", "量", "达", "总计", "合计"};
    for (int again = 1; again;) {
        again = 0;
        for (size_t k = 0; k < sizeof fillers / sizeof fillers[0]; k++)
            if (strncmp(p, fillers[k], strlen(fillers[k])) == 0) {
                p += strlen(fillers[k]);
                again = 1;
            }
    }
    if (*p < '0' || *p > '9')
        return -1;
    double v = 0;
    while ((*p >= '0' && *p <= '9') || *p == ',') {
        if (*p != ',')
            v = v * 10 + (*p - '0');
        p++;
    }
    if (strncmp(p, "件", 3) != 0 && strncmp(p, "个", 3) != 0)
        return -1;
    *end = p;
    return v;
}

static void r_text_figures(ctx *c)
{
    const xxgk_report *r = c->r;
    if (!r->spec)
        return;
    const char *text = narrative(c);
    if (!text)
        return;
    char a[32], b[32];
    /* "收到/受理/新收 ... 申请 N 件" against 一、本年新收 (or 一 + 二). */
    double nw = cell_total(c, "new"), in = cell_total(c, "carried_in");
    for (const char *p = strstr(text, "申请"); p && !isnan(nw); p = strstr(p + 1, "申请")) {
        const char *end;
        double v = figure_after(p + strlen("申请"), &end);
        if (v < 0)
            continue;
        const char *from, *to;
        sentence(text, p, &from, &to);
        const char *look = clause_start(from, p);
        if (!(span_has(look, p, "收到") || span_has(look, p, "受理") || span_has(look, p, "新收")))
            continue;
        if (span_has(look, p, "结转") || span_has(look, p, "上年"))
            continue;
        if (differs(v, nw) && (isnan(in) || differs(v, nw + in)))
            found(c, 0, "正文：“%.*s”；表格一、本年新收总计为 %s", (int)(end - look) + 3, look,
                  num(a, nw));
        break;
    }
    /* "现行有效 N 件" against 现行有效件数 of 规章 and 行政规范性文件. */
    const xxgk_table_spec *t = table(c, XXGK_TABLE_ACTIVE);
    if (r->format == XXGK_FORMAT_2021 && t) {
        double regs = val(cell(c, row_by_key(t, "regs", -1), 2)),
               norm = val(cell(c, row_by_key(t, "normative", -1), 2));
        for (const char *p = strstr(text, "现行有效"); p; p = strstr(p + 1, "现行有效")) {
            const char *q = p + strlen("现行有效");
            if (strncmp(q, "的", 3) == 0)
                q += 3;
            static const char *const kinds[] = {"行政规范性文件", "规范性文件", "规章", "文件"};
            for (size_t k = 0; k < 4; k++)
                if (strncmp(q, kinds[k], strlen(kinds[k])) == 0) {
                    q += strlen(kinds[k]);
                    break;
                }
            const char *end;
            double v = figure_after(q, &end);
            if (v < 0 || isnan(regs) || isnan(norm))
                continue;
            if (differs(v, regs) && differs(v, norm) && differs(v, regs + norm))
                found(c, 0, "正文：“%.*s”；表格现行有效件数：规章 %s，行政规范性文件 %s",
                      (int)(end - p) + 3, p, num(a, regs), num(b, norm));
        }
    }
}

static void r_text_fee(ctx *c)
{
    const xxgk_report *r = c->r;
    const xxgk_section *six = NULL;
    for (size_t i = 0; i < r->nsections; i++)
        if (r->sections[i].standard == 6)
            six = &r->sections[i];
    if (!six)
        return; /* struct-section-missing says so */
    const char *t = six->text;
    if (!strstr(t, "处理费") && !strstr(t, "收费") && !strstr(t, "收取"))
        found(c, six->line, "%s", "第六部分未提及信息处理费");
}

/* ---- running ---- */

int xxgk_check(xxgk_findings **out, const xxgk_report *r, const xxgk_check_options *opts)
{
    static const xxgk_check_options defaults = {XXGK_LANG_ZH, XXGK_AGENCY_AUTO};
    *out = NULL;
    const xxgk_check_options *o = opts ? opts : &defaults;
    xxgk_findings *f = findings_new(o->lang);
    if (!f)
        return err_set(XXGK_ENOMEM, "out of memory");
    ctx c = {r, f, o, NULL, NULL};
    for (size_t i = 0; i < NRULES; i++) {
        c.rule = &rules[i].info;
        if (rules[i].fn) {
            rules[i].fn(&c);
        } else {
            for (size_t d = 0; d < r->ndiags; d++)
                if (strcmp(r->diags[d].rule, rules[i].info.id) == 0)
                    add(&c, c.rule, r->diags[d].line, r->diags[d].evidence);
        }
    }
    free(c.narrative);
    return findings_finish(out, f);
}
