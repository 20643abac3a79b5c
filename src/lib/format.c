/*
 * The two official report formats as data (see include/xxgk/format.h).  Labels are verbatim from
 * the format notices; `match` keys are normalized (see label_norm): no spaces, punctuation or
 * enumeration, and short enough to survive labels wrapped over several lines.
 */
#include <pthread.h>
#include <stddef.h>
#include <string.h>

#include "xxgk/xxgk.h"

#define NROWS(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* ---- section 三: shared by both formats ---- */

static const xxgk_column_spec applicant_cols[7] = {
    {"自然人", NULL, "natural", 0, NULL},
    {"商业企业", NULL, "business", 0, "企业|商业类企业|企业法人|商业企业法人"},
    {"科研机构", NULL, "research", 0, "科研院所|科研|科研单位"},
    {"社会公益组织", NULL, "nonprofit", 0, "公益组织|社会公益"},
    {"法律服务机构", NULL, "legal", 0, "法律服务|律师事务所"},
    {"其他", NULL, "other", 0, "其他组织"},
    {"总计", NULL, "total", XXGK_COL_TOTAL, "合计|总数"},
};

#define G_RESULT "三、本年度办理结果"
#define G_WITHHELD "（三）不予公开"
#define G_UNABLE "（四）无法提供"
#define G_NOTPROC "（五）不予处理"
#define G_OTHER "（六）其他处理"
#define AC applicant_cols
#define OUT (XXGK_ROW_OUTCOME)

#define REQUESTS_HEAD                                                                          \
    {"new", -1, "一、本年新收政府信息公开申请数量", NULL, "本年新收|本年度新收", XXGK_ROW_OPENS, 7, AC, 0},  \
    {"carried_in", -1, "二、上年结转政府信息公开申请数量", NULL, "上年结转|上年度结转|上一年度结转|结转上年", XXGK_ROW_OPENS, 7,   \
     AC, 0},                                                                                   \
    {"result", -1, G_RESULT, NULL, "本年度办理结果", XXGK_ROW_GROUP, 0, AC, 0},                 \
    {"granted", -1, "（一）予以公开", G_RESULT, "予以公开", OUT, 7, AC, 0},                       \
    {"partly", -1, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", G_RESULT,           \
     "部分公开", OUT, 7, AC, 0},                                                                \
    {"withheld", -1, G_WITHHELD, G_RESULT, "不予公开", XXGK_ROW_GROUP, 0, AC, 0},               \
    {"withheld", 0, "1.属于国家秘密", G_WITHHELD, "国家秘密", OUT, 7, AC, 0},                    \
    {"withheld", 1, "2.其他法律行政法规禁止公开", G_WITHHELD, "其他法律行政|法规禁止公开", OUT, 7, \
     AC, 0},                                                                                   \
    {"withheld", 2, "3.危及“三安全一稳定”", G_WITHHELD, "三安全一稳定|危及三安全", OUT, 7, AC, 0}, \
    {"withheld", 3, "4.保护第三方合法权益", G_WITHHELD, "第三方合法权益|保护第三方", OUT, 7, AC, \
     0},                                                                                       \
    {"withheld", 4, "5.属于三类内部事务信息", G_WITHHELD, "三类内部|内部事务", OUT, 7, AC, 0},  \
    {"withheld", 5, "6.属于四类过程性信息", G_WITHHELD, "四类过程|过程性信息",                \
     OUT, 7, AC, 0},                                                                            \
    {"withheld", 6, "7.属于行政执法案卷", G_WITHHELD, "行政执法案|行政执法卷", OUT, 7, AC,   \
     0},                                                                                       \
    {"withheld", 7, "8.属于行政查询事项", G_WITHHELD, "行政查询", OUT, 7, AC, 0},               \
    {"unable", -1, G_UNABLE, G_RESULT, "无法提供", XXGK_ROW_GROUP, 0, AC, 0},                   \
    {"unable", 0, "1.本机关不掌握相关政府信息", G_UNABLE, "不掌握相关|本机关不掌握", OUT, 7, AC, 0}, \
    {"unable", 1, "2.没有现成信息需要另行制作", G_UNABLE, "没有现成信息|需要另行制作", OUT, 7, AC, \
     0},                                                                                       \
    {"unable", 2, "3.补正后申请内容仍不明确", G_UNABLE, "补正后申请|仍不明确", OUT, 7, AC, 0},    \
    {"not_processed", -1, G_NOTPROC, G_RESULT, "不予处理", XXGK_ROW_GROUP, 0, AC, 0},           \
    {"not_processed", 0, "1.信访举报投诉类申请", G_NOTPROC, "信访举报投诉|信访举报", OUT, 7, AC, 0}, \
    {"not_processed", 1, "2.重复申请", G_NOTPROC, "重复申请", OUT, 7, AC, 0},                    \
    {"not_processed", 2, "3.要求提供公开出版物", G_NOTPROC, "公开出版物|要求提供公开",          \
     OUT, 7, AC, 0},                                                                            \
    {"not_processed", 3, "4.无正当理由大量反复申请", G_NOTPROC, "大量反复|无正当理由大量",      \
     OUT, 7, AC, 0},                                                                            \
    {"not_processed", 4, "5.要求行政机关确认或重新出具已获取信息", G_NOTPROC,                    \
     "要求行政机关|确认或重新出具|重新出具已获取", OUT, 7, AC, 0}

#define REQUESTS_TAIL                                                                          \
    {"total", -1, "（七）总计", G_RESULT, "总计|合计", XXGK_ROW_EXACT, 7, AC, 0},               \
    {"carried_out", -1, "四、结转下年度继续办理", NULL,                            \
     "结转下年度|下年度继续办理|结转下一年度|下一年度继续办理|结转至下年度|结转至下一年度", 0, \
     7, AC, 0}

static xxgk_row_spec requests_2021[] = {
    REQUESTS_HEAD,
    {"other", -1, G_OTHER, G_RESULT, "其他处理", XXGK_ROW_GROUP | XXGK_ROW_SINGLE_ALT | OUT, 7, AC,
     0},
    {"other", 0, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", G_OTHER,
     "逾期不补正|无正当理由逾期|申请人无正当理", OUT, 7, AC, 0},
    {"other", 1, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
     G_OTHER, "逾期未按收费|收费通知要求|缴纳费用|申请人逾期未按", OUT, 7, AC, 0},
    {"other", 2, "3.其他", G_OTHER, "其他|其它", XXGK_ROW_EXACT | OUT, 7, AC, 0},
    REQUESTS_TAIL,
};

static xxgk_row_spec requests_2019[] = {
    REQUESTS_HEAD,
    {"other", 0, G_OTHER, G_RESULT, "其他处理", OUT, 7, AC, 0},
    REQUESTS_TAIL,
};

/* ---- section 四: one printed row of 15 numbers, described as three rows of five ---- */

static const xxgk_column_spec review_cols[5] = {
    {"结果维持", NULL, "upheld", 0, "维持"},
    {"结果纠正", NULL, "corrected", 0, "纠正|纠错"},
    {"其他结果", NULL, "other", 0, "其他"},
    {"尚未审结", NULL, "pending", 0, "未审结|未结"},
    {"总计", NULL, "total", XXGK_COL_TOTAL, "合计|小计"},
};

#define REVIEW_ROWS                                                                            \
    {"reconsideration", -1, "行政复议", NULL, "行政复议", 0, 5, review_cols, 0},                 \
    {"litigation_direct", -1, "行政诉讼·未经复议直接起诉", "行政诉讼", "未经复议直接起诉", 0, 5,  \
     review_cols, 0},                                                                          \
    {"litigation_after_review", -1, "行政诉讼·复议后起诉", "行政诉讼", "复议后起诉", 0, 5,       \
     review_cols, 0}

/* One copy per format: rows carry absolute cell offsets, which differ between formats. */
static xxgk_row_spec review_2021[] = {REVIEW_ROWS};
static xxgk_row_spec review_2019[] = {REVIEW_ROWS};

/* ---- section 二, 2021 ---- */

static const xxgk_column_spec docs_2021[3] = {
    {"本年制发件数", NULL, "issued", 0, "本年制发|制发件数|制发|本年制发数"},
    {"本年废止件数", "本年度止件数|本年废止数", "repealed", 0, "本年废止|废止件数|废止"},
    {"现行有效件数", "先行有效件数", "in_force", 0, "现行有效|有效件数|现行有效数"},
};
static const xxgk_column_spec decisions_2021[1] = {
    {"本年处理决定数量", NULL, "decisions", 0, NULL}};
static const xxgk_column_spec fee_2021[1] = {
    {"本年收费金额（单位：万元）", NULL, "wan_yuan", XXGK_COL_AMOUNT | XXGK_COL_WAN_YUAN, NULL}};

#define C1 "第二十条第（一）项"
#define C5 "第二十条第（五）项"
#define C6 "第二十条第（六）项"
#define C8 "第二十条第（八）项"
#define C9 "第二十条第（九）项"

static xxgk_row_spec active_2021[] = {
    {"regs", -1, "规章", C1, "规章", XXGK_ROW_EXACT, 3, docs_2021, 0},
    {"normative", -1, "行政规范性文件", C1, "行政规范性文件|规范性文件", XXGK_ROW_EXACT, 3,
     docs_2021, 0},
    {"licensing", -1, "行政许可", C5, "行政许可", XXGK_ROW_EXACT, 1, decisions_2021, 0},
    {"penalty", -1, "行政处罚", C6, "行政处罚", XXGK_ROW_EXACT, 1, decisions_2021, 0},
    {"coercion", -1, "行政强制", C6, "行政强制", XXGK_ROW_EXACT, 1, decisions_2021, 0},
    {"fees_wan_yuan", -1, "行政事业性收费", C8, "行政事业性收费|行政事业收费", XXGK_ROW_EXACT, 1,
     fee_2021, 0},
};

/* ---- section 二, 2019 ---- */

static const xxgk_column_spec docs_2019[3] = {
    {"本年新制作数量", NULL, "new_made", 0, NULL},
    {"本年新公开数量", NULL, "new_published", 0, NULL},
    {"对外公开总数量", NULL, "total_published", 0, NULL},
};
static const xxgk_column_spec items_2019[3] = {
    {"上一年项目数量", NULL, "prev_year", 0, NULL},
    {"本年增/减", NULL, "change", XXGK_COL_SIGNED, NULL},
    {"处理决定数量", NULL, "decisions", 0, NULL},
};
static const xxgk_column_spec fees_2019[2] = {
    {"上一年项目数量", NULL, "prev_year", 0, NULL},
    {"本年增/减", NULL, "change", XXGK_COL_SIGNED, NULL},
};
static const xxgk_column_spec procurement_2019[2] = {
    {"采购项目数量", NULL, "count", 0, NULL},
    {"采购总金额", NULL, "amount", XXGK_COL_AMOUNT, NULL},
};

static xxgk_row_spec active_2019[] = {
    {"regs", -1, "规章", C1, "规章", XXGK_ROW_EXACT, 3, docs_2019, 0},
    {"normative", -1, "规范性文件", C1, "规范性文件|行政规范性文件", XXGK_ROW_EXACT, 3, docs_2019,
     0},
    {"licensing", -1, "行政许可", C5, "行政许可", XXGK_ROW_EXACT, 3, items_2019, 0},
    {"other_services", -1, "其他对外管理服务事项", C5,
     "其他对外管理服务事项|其他对外管理服务|其他对外管理", XXGK_ROW_EXACT, 3, items_2019, 0},
    {"penalty", -1, "行政处罚", C6, "行政处罚", XXGK_ROW_EXACT, 3, items_2019, 0},
    {"coercion", -1, "行政强制", C6, "行政强制", XXGK_ROW_EXACT, 3, items_2019, 0},
    {"fees", -1, "行政事业性收费", C8, "行政事业性收费|行政事业收费", XXGK_ROW_EXACT, 2,
     fees_2019, 0},
    {"procurement", -1, "政府集中采购", C9, "政府集中采购", XXGK_ROW_EXACT, 2, procurement_2019,
     0},
};

#define T_ACTIVE "主动公开政府信息情况"
#define T_REQUESTS "收到和处理政府信息公开申请情况"
#define T_REVIEW "政府信息公开行政复议、行政诉讼情况"

static xxgk_format_spec formats[2] = {
    {XXGK_FORMAT_2021,
     "2021",
     "国办公开办函〔2021〕30号",
     {{XXGK_TABLE_ACTIVE, "active", "二", T_ACTIVE, NROWS(active_2021), active_2021, 0, 0},
      {XXGK_TABLE_REQUESTS, "requests", "三", T_REQUESTS, NROWS(requests_2021), requests_2021, 0,
       0},
      {XXGK_TABLE_REVIEW, "review", "四", T_REVIEW, NROWS(review_2021), review_2021, 0, 0}},
     0,
     "本年制发件数|本年废止件数|本年度止件数|现行有效件数|本年处理决定数量|本年收费金额|"
     "逾期不补正|无正当理由逾期|逾期未按收费"},
    {XXGK_FORMAT_2019,
     "2019",
     "国办公开办函〔2019〕60号",
     {{XXGK_TABLE_ACTIVE, "active", "二", T_ACTIVE, NROWS(active_2019), active_2019, 0, 0},
      {XXGK_TABLE_REQUESTS, "requests", "三", T_REQUESTS, NROWS(requests_2019), requests_2019, 0,
       0},
      {XXGK_TABLE_REVIEW, "review", "四", T_REVIEW, NROWS(review_2019), review_2019, 0, 0}},
     0,
     "本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|本年增减|采购项目数量|"
     "采购总金额|政府集中采购|其他对外管理服务"},
};

static pthread_once_t layout_once = PTHREAD_ONCE_INIT;

/* Give every row and table its place in the flat cell array, once. */
static void layout_cells(void)
{
    for (int f = 0; f < 2; f++) {
        int cell = 0;
        for (int t = 0; t < XXGK_TABLE_COUNT; t++) {
            xxgk_table_spec *ts = &formats[f].tables[t];
            ts->first_cell = cell;
            for (int r = 0; r < ts->nrows; r++) {
                xxgk_row_spec *rs = (xxgk_row_spec *)&ts->rows[r];
                rs->first_cell = cell;
                cell += rs->ncols;
            }
            ts->ncells = cell - ts->first_cell;
        }
        formats[f].ncells = cell;
    }
}

const xxgk_format_spec *xxgk_format_get(xxgk_format_id id)
{
    pthread_once(&layout_once, layout_cells);
    if (id == XXGK_FORMAT_2021)
        return &formats[0];
    if (id == XXGK_FORMAT_2019)
        return &formats[1];
    return NULL;
}

static const char *const section_titles[6] = {
    "总体情况", T_ACTIVE, T_REQUESTS, T_REVIEW, "存在的主要问题及改进情况", "其他需要报告的事项",
};

const char *xxgk_section_title(int number)
{
    return number >= 1 && number <= 6 ? section_titles[number - 1] : NULL;
}

/* (one list for every reader: a heading on a line of its own and one run into a flattened
 * page's text are told by the same words) */
static const char *const section_keys[6] = {
    "总体情况|总体概述|基本情况|概述",
    "主动公开",
    "收到和处理|依申请|申请情况",
    "行政复议|行政诉讼",
    "存在的主要问题|存在问题|主要问题|改进情况",
    "其他需要报告|其他事项|其他需报告|其他需要说明|其他需说明",
};

/* Rows' labels as reports print them otherwise, seen in real ones (the rows' match keys take
 * them as the rows' on a line of their own; a flattened page is cut at whole labels). */
static const struct {
    const char *key;
    int index;
    const char *printed;
} printed_labels[] = {
    {"withheld", 1, "2.其他法律和行政法规禁止公开"},
    {"other", 0, "1.申请人无正当理由逾期不补正、行政机关不再受理其政府信息公开申请"},
    {"other", 1, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再受理其政府信息公开申请"},
};

const char *xxgk_row_printed(const xxgk_row_spec *row)
{
    for (size_t i = 0; i < sizeof printed_labels / sizeof printed_labels[0]; i++)
        if (strcmp(row->key, printed_labels[i].key) == 0 && row->index == printed_labels[i].index)
            return printed_labels[i].printed;
    return NULL;
}

const char *xxgk_section_keys(int number)
{
    return number >= 1 && number <= 6 ? section_keys[number - 1] : NULL;
}

static const char *const numerals[10] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

const char *xxgk_section_numeral(int number)
{
    return number >= 1 && number <= 10 ? numerals[number - 1] : NULL;
}

int xxgk_section_table(int number)
{
    /* (Both formats print their tables under the same sections.) */
    const char *n = xxgk_section_numeral(number);
    for (int t = 0; n && t < XXGK_TABLE_COUNT; t++)
        if (strcmp(formats[0].tables[t].section, n) == 0)
            return t;
    return -1;
}
