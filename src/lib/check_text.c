/*
 * The text rules of the checker: what the narrative says against the tables, and how it is
 * written.  Their entries are in the rule table of checker.c.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/checker_impl.h"
#include "lib/report_impl.h"
#include "util/buf.h"
#include "util/text.h"

/* Append text without its whitespace.  Folded text holds no control characters but the tab and
 * the line feed, so whitespace is every byte up to the space; eight bytes are copied at once
 * where a word holds none of it. */
static char *squeeze(char *o, const char *p)
{
    const uint64_t ones = UINT64_C(0x0101010101010101), high = UINT64_C(0x8080808080808080);
    size_t n = strlen(p), i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (!((w - ones * 0x21) & ~w & high)) { /* no byte below 0x21 */
            memcpy(o, &w, 8);
            o += 8;
            continue;
        }
        for (int k = 0; k < 8; k++) {
            *o = p[i + k];
            o += (unsigned char)p[i + k] > ' ';
        }
    }
    for (; i < n; i++) {
        *o = p[i];
        o += (unsigned char)p[i] > ' ';
    }
    return o;
}

static char *full_stop(char *o)
{
    memcpy(o, "\xe3\x80\x82", 3);
    return o + 3;
}

/* The texts the rules read, with whitespace removed so hard-wrapped sentences read whole: the
 * preamble (between the title and section 一) and every section, each followed by 。 (prose),
 * and the same without the sections that hold tables (narrative).  Built once, on first use;
 * -1 only when memory ran out. */
static int build_texts(check_ctx *c)
{
    if (c->prose)
        return 0;
    const xxgk_report *r = c->r;
    unsigned from = r->title_line + 1, to = r->nsections ? r->sections[0].line : 0;
    size_t cap = 4;
    for (unsigned l = from; l < to; l++)
        cap += strlen(r->lines[l - 1]) + 3;
    for (size_t i = 0; i < r->nsections; i++)
        cap += strlen(r->sections[i].text) + 3;
    char *prose = malloc(cap), *narr = malloc(cap), *o = prose, *q = narr;
    if (!prose || !narr) {
        free(prose);
        free(narr);
        return -1;
    }
    for (unsigned l = from; l < to; l++)
        o = squeeze(o, r->lines[l - 1]);
    o = full_stop(o);
    memcpy(q, prose, (size_t)(o - prose));
    q += o - prose;
    for (size_t i = 0; i < r->nsections; i++) {
        const xxgk_section *s = &r->sections[i];
        char *piece = o;
        o = full_stop(squeeze(o, s->text));
        if (!(s->standard >= 2 && s->standard <= 4)) {
            memcpy(q, piece, (size_t)(o - piece));
            q += o - piece;
        }
    }
    *o = *q = '\0';
    c->prose = prose;
    c->narrative = narr;
    return 0;
}

/* The narrative: the sections without tables. */
static const char *narrative(check_ctx *c)
{
    return build_texts(c) < 0 ? NULL : c->narrative;
}

/* Every section, tables included (sections 二 to 四 carry narrative too). */
static const char *prose(check_ctx *c)
{
    return build_texts(c) < 0 ? NULL : c->prose;
}

/* Sentence around position p in text: bounded by 。, and by ; (the folded ；) when semicolons
 * is set. */
static void sentence_of(const char *text, const char *p, int semicolons, const char **from,
                        const char **to)
{
    const char *a = p, *e = p;
    while (a > text && !(semicolons && a[-1] == ';') &&
           !(a - text >= 3 && memcmp(a - 3, "。", 3) == 0))
        a--;
    while (*e && !(semicolons && *e == ';') && memcmp(e, "。", 3) != 0)
        e++;
    *from = a;
    *to = e;
}

static void sentence(const char *text, const char *p, const char **from, const char **to)
{
    sentence_of(text, p, 1, from, to);
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

static double cell_total(const check_ctx *c, const char *key)
{
    const xxgk_table_spec *t = chk_table(c, XXGK_TABLE_REQUESTS);
    const xxgk_row_spec *row = t ? chk_row(t, key, -1) : NULL;
    return row ? chk_val(chk_cell(c, row, 6)) : NAN;
}

static const char *const denials[] = {"未收到", "没有收到", "未接到", "无政府信息公开申请",
                                      "零申请", "未受理"};

void r_text_no_requests(check_ctx *c)
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
            chk_found(c, 0, "正文：“%.*s”；表格一、本年新收总计为 %s", (int)(e - a), a, chk_num(v, n));
            break;
        }
    }
}

void r_text_no_review(check_ctx *c)
{
    const xxgk_table_spec *t = chk_table(c, XXGK_TABLE_REVIEW);
    if (!t || !chk_table_present(c, t))
        return;
    double rec = chk_val(chk_cell(c, &t->rows[0], 4));
    double lit = chk_val(chk_cell(c, &t->rows[1], 4)) + chk_val(chk_cell(c, &t->rows[2], 4));
    if (!(rec > 0) && !(lit > 0))
        return; /* nothing the text could deny */
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
            chk_found(c, 0, "正文：“%.*s”；表格行政复议总计 %s，行政诉讼总计 %s", (int)(e - a), a,
                  chk_num(x, rec), chk_num(y, lit));
            break;
        }
    }
}

/* 总体情况 covers five topics (the 2021 format's note): the ones it leaves out, each known by
 * the words reports use for it. */
void r_text_overview(check_ctx *c)
{
    static const struct {
        const char *topic;
        const char *words[6];
    } topics[] = {
        {"主动公开", {"主动公开"}},
        {"依申请公开", {"依申请", "公开申请", "申请公开", "申请办理"}},
        {"政府信息管理", {"信息管理", "公开属性", "保密审查", "信息资源", "审查机制"}},
        {"政府信息公开平台建设", {"平台", "网站", "专栏", "新媒体", "公众号"}},
        {"监督保障", {"监督", "保障", "考核", "培训"}},
    };
    const xxgk_report *r = c->r;
    const xxgk_section *one = NULL;
    for (size_t i = 0; i < r->nsections && !one; i++)
        if (r->sections[i].standard == 1)
            one = &r->sections[i];
    if (!one)
        return; /* struct-section-missing says so */
    xbuf missing;
    xbuf_init(&missing, 0);
    for (size_t t = 0; t < sizeof topics / sizeof topics[0]; t++) {
        int found = 0;
        for (size_t w = 0; w < 6 && topics[t].words[w] && !found; w++)
            found = strstr(one->text, topics[t].words[w]) != NULL;
        if (!found)
            xbuf_printf(&missing, "%s%s", missing.len ? "、" : "", topics[t].topic);
    }
    if (missing.len && !missing.failed)
        chk_found(c, one->line, "总体情况未见：%s", missing.data);
    xbuf_free(&missing);
}

/* Read a count ("17件") right after p, allowing 共/为/数/: in between; -1 if none. */
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
    const char *unit, *after;
    double v = count_at(p, &unit, &after);
    if (v >= 0)
        *end = after - 3; /* at the unit: the evidence quotes through it */
    return v;
}

void r_text_figures(check_ctx *c)
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
        const char *end = NULL;
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
        if (chk_differs(v, nw) && (isnan(in) || chk_differs(v, nw + in)))
            chk_found(c, 0, "正文：“%.*s”；表格一、本年新收总计为 %s", (int)(end - look) + 3, look,
                  chk_num(a, nw));
        break;
    }
    /* "上年结转 N 件", "结转下年度 N 件", "行政复议 N 起", "行政诉讼 N 件" against their 总计. */
    const xxgk_table_spec *rv = chk_table(c, XXGK_TABLE_REVIEW);
    double rec = NAN, lit = NAN;
    if (rv && chk_table_present(c, rv)) {
        rec = chk_val(chk_cell(c, &rv->rows[0], 4));
        lit = chk_val(chk_cell(c, &rv->rows[1], 4)) + chk_val(chk_cell(c, &rv->rows[2], 4));
    }
    /* Reconsiderations and lawsuits count only where the sentence is about disclosure: a
     * 司法局 reports all the cases it handled. */
    const struct {
        const char *words, *cell;
        double value;
        int disclosure;
    } stated[] = {
        {"上年结转", "二、上年结转总计", in, 0},
        {"结转下年度", "四、结转下年度继续办理总计", cell_total(c, "carried_out"), 0},
        {"行政复议", "行政复议总计", rec, 1},
        {"行政诉讼", "行政诉讼总计", lit, 1},
    };
    static const char *const between[] = {"继续办理", "的", "政府信息公开申请", "申请", "案件"};
    for (size_t k = 0; k < sizeof stated / sizeof stated[0]; k++) {
        if (isnan(stated[k].value))
            continue;
        for (const char *p = strstr(text, stated[k].words); p;
             p = strstr(p + 1, stated[k].words)) {
            const char *q = p + strlen(stated[k].words), *end = NULL;
            for (size_t i = 0; i < sizeof between / sizeof between[0]; i++)
                if (strncmp(q, between[i], strlen(between[i])) == 0)
                    q += strlen(between[i]);
            double v = figure_after(q, &end);
            if (v < 0)
                continue;
            const char *from, *to;
            sentence(text, p, &from, &to);
            if (stated[k].disclosure && !span_has(from, to, "信息公开"))
                continue;
            if (chk_differs(v, stated[k].value))
                chk_found(c, 0, "正文：“%.*s”；表格%s为 %s", (int)(end - p) + 3, p, stated[k].cell,
                          chk_num(a, stated[k].value));
            break; /* the first statement of each figure */
        }
    }
    /* "现行有效 N 件" against 现行有效件数 of 规章 and 行政规范性文件. */
    const xxgk_table_spec *t = chk_table(c, XXGK_TABLE_ACTIVE);
    if (r->format == XXGK_FORMAT_2021 && t) {
        double regs = chk_val(chk_cell(c, chk_row(t, "regs", -1), 2)),
               norm = chk_val(chk_cell(c, chk_row(t, "normative", -1), 2));
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
            const char *end = NULL;
            double v = figure_after(q, &end);
            if (v < 0 || isnan(regs) || isnan(norm))
                continue;
            if (chk_differs(v, regs) && chk_differs(v, norm) && chk_differs(v, regs + norm))
                chk_found(c, 0, "正文：“%.*s”；表格现行有效件数：规章 %s，行政规范性文件 %s",
                      (int)(end - p) + 3, p, chk_num(a, regs), chk_num(b, norm));
        }
    }
}

void r_text_fee(check_ctx *c)
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
        chk_found(c, six->line, "%s", "第六部分未提及信息处理费");
}

static int is_digit_at(const char *text, const char *p)
{
    return p > text && p[-1] >= '0' && p[-1] <= '9';
}

/* Length of a clause separator that ends at x (text starts at lo), or 0.  Separators are
 * ASCII or start with a lead byte, so a match is never inside another character. */
static size_t sep_ending(const char *lo, const char *x)
{
    if (x - lo >= 1 && clause_sep(x - 1) == 1)
        return 1;
    return x - lo >= 3 && clause_sep(x - 3) == 3 ? 3 : 0;
}

/* Start of the clause that ends at x. */
static const char *clause_from(const char *lo, const char *x)
{
    while (x > lo && !sep_ending(lo, x))
        x--;
    return x;
}

/* "总数397条，其中主动公开61条、依申请公开255条、不予公开81条": the parts listed after 其中, one
 * per clause in the total's unit, must not add up to more than the total.  (They may add up to
 * less: a list need not be complete.) */
void r_text_sum(check_ctx *c)
{
    const char *text = prose(c);
    if (!text)
        return;
    static const char *const comparisons[] = {"同比", "相比", "较", "增长", "下降", "减少",
                                              "增加", "比上年", "上升"};
    for (const char *p = strstr(text, "其中"); p; p = strstr(p + 1, "其中")) {
        const char *from, *to;
        sentence_of(text, p, 0, &from, &to);
        /* the parts' unit: the first count after 其中 */
        const char *part_unit = NULL;
        for (const char *q = p + strlen("其中"); q < to && !part_unit; q++) {
            const char *u, *e;
            if (!is_digit_at(text, q) && count_at(q, &u, &e) >= 0 && e <= to)
                part_unit = u;
        }
        /* the total: the last count in that unit before 其中 in the sentence ("申请20件，涉及
         * 行政复议1起，其中……件" totals the 20) */
        double total = -1;
        const char *unit = NULL, *total_at = NULL;
        for (const char *q = from; q < p; q++) {
            const char *u, *e;
            double v = is_digit_at(text, q) ? -1 : count_at(q, &u, &e);
            if (v >= 0 && e <= p && (!part_unit || u == part_unit))
                total = v, unit = u, total_at = q;
        }
        if (total < 0)
            continue;
        /* The next 其中 opens another list: its total, the clause before it, ends this one. */
        const char *stop = strstr(p + strlen("其中"), "其中");
        if (stop && stop < to)
            to = clause_from(p, stop - sep_ending(p, stop));
        /* Evidence: from the clause of the total to the end of the list. */
        const char *quote = clause_from(from, total_at);
        double sum = 0;
        int parts = 0;
        xbuf terms;
        xbuf_init(&terms, 0);
        for (const char *q = p + strlen("其中"); q < to;) {
            const char *e = q;
            while (e < to && !clause_sep(e))
                e++;
            int compare = 0;
            for (size_t k = 0; k < sizeof comparisons / sizeof comparisons[0] && !compare; k++)
                compare = span_has(q, e, comparisons[k]);
            if (compare)
                break; /* a comparison with last year, not a part */
            for (const char *x = q; x < e; x++) {
                const char *u, *end;
                double v = is_digit_at(text, x) ? -1 : count_at(x, &u, &end);
                if (v >= 0 && end <= e && u == unit) {
                    sum += v;
                    parts++;
                    char n[32];
                    xbuf_printf(&terms, "%s%s", terms.len ? "+" : "", chk_num(n, v));
                    break;
                }
            }
            q = e < to ? e + clause_sep(e) : e;
        }
        if (parts >= 2 && sum > total && !terms.failed) {
            char a[32], b[32];
            chk_found(c, 0, "“%.*s”：分项 %s = %s，大于总数 %s", (int)(to - quote), quote,
                      terms.data, chk_num(a, sum), chk_num(b, total));
        }
        xbuf_free(&terms);
        p = to > p ? to - 1 : p;
    }
}

/* "2023年，在主动公开的61条政府信息中……" in the report on 2024: the year of the work given as
 * the year before, most often text left over from last year's report. */
void r_text_year(check_ctx *c)
{
    int year = c->r->year;
    const char *text = prose(c);
    if (!text || year < 1000)
        return;
    char pats[2][32];
    snprintf(pats[0], sizeof pats[0], "%d年,", year - 1);
    snprintf(pats[1], sizeof pats[1], "%d年度,", year - 1);
    static const char *const before[] = {"截至", "截止", "至", "自", "从", "与", "和", "较", "比",
                                         "、", "-"};
    static const char *const relative[] = {"同比", "相比", "较", "上年", "去年", "以来", "结转",
                                           "比", "对比", "延续", "上一年"};
    for (int k = 0; k < 2; k++)
        for (const char *p = strstr(text, pats[k]); p; p = strstr(p + 1, pats[k])) {
            if (is_digit_at(text, p))
                continue;
            int skip = 0;
            for (size_t i = 0; i < sizeof before / sizeof before[0] && !skip; i++) {
                size_t l = strlen(before[i]);
                skip = (size_t)(p - text) >= l && memcmp(p - l, before[i], l) == 0;
            }
            const char *from, *to;
            sentence_of(text, p, 0, &from, &to);
            for (size_t i = 0; i < sizeof relative / sizeof relative[0] && !skip; i++)
                skip = span_has(p, to, relative[i]);
            if (skip)
                continue;
            const char *e = p;
            for (int n = 0; e < to && n < 60; n++) { /* the sentence, up to sixty characters */
                int32_t cp;
                e += u8_next(e, (size_t)(to - e), &cp);
            }
            chk_found(c, 0, "“%.*s%s”（报告年度为%d年）", (int)(e - p), p, e < to ? "……" : "",
                      year);
            return; /* one is enough to send the reader back to the text */
        }
}

/* The four-digit year that ends right before p ("2023" of "2023年1月1日"), or -1. */
static int year_before(const char *text, const char *p)
{
    if (p - text < 4 || is_digit_at(text, p - 4))
        return -1;
    int y = 0;
    for (const char *q = p - 4; q < p; q++) {
        if (*q < '0' || *q > '9')
            return -1;
        y = y * 10 + (*q - '0');
    }
    return y;
}

/* "统计期限自2023年1月1日起至2023年12月31日止" in the report on 2024: the period the figures
 * cover is not the year reported on, most often last year's sentence kept. */
void r_text_period(check_ctx *c)
{
    int year = c->r->year;
    const char *text = prose(c);
    if (!text || year < 1000)
        return;
    const char *start = "年1月1日", *end = "12月31日";
    for (const char *p = strstr(text, start); p; p = strstr(p + 1, start)) {
        int from = year_before(text, p);
        const char *e = strstr(p, end);
        if (from < 0 || !e || e - p > 40)
            continue; /* not a period of a year */
        /* the end's year, if it is written: "至2024年12月31日" or "至12月31日" */
        int to = e - p >= 3 && memcmp(e - 3, "年", 3) == 0 ? year_before(text, e - 3) : -1;
        const char *a, *z;
        sentence_of(text, p, 0, &a, &z);
        if (!span_has(a, z, "统计") && !span_has(a, z, "期限") && !span_has(a, z, "时限") &&
            !span_has(a, z, "数据"))
            continue; /* a date in running text ("自2024年1月1日起施行") */
        static const char *const compared[] = {"相比", "同比", "对比", "比较", "较上年", "与上年"};
        int compare = 0;
        for (size_t i = 0; i < sizeof compared / sizeof compared[0] && !compare; i++)
            compare = span_has(a, z, compared[i]);
        if (compare)
            continue; /* last year's period named to compare with */
        if (from == year && (to < 0 || to == year))
            continue;
        const char *q = p - 4, *qe = e + strlen(end);
        chk_found(c, 0, "“%.*s”（报告年度为%d年）", (int)(qe - q), q, year);
        return;
    }
}

/* Official terms, and characters that are misread or mistyped for one of theirs (不子公开 for
 * 不予公开). */
static const char *const terms[] = {"不予公开", "予以公开", "不予处理", "信息处理费",
                                    "行政复议", "行政诉讼", "信息公开条例"};
static const struct {
    const char *ch, *alike;
} lookalikes[] = {{"予", "子于矛"}, {"例", "列"}, {"议", "仪义"}, {"诉", "拆"},
                  {"复", "夏"},     {"处", "外"}, {"理", "埋"}};

/* One look-alike: the character, and where it stands in which term. */
typedef struct {
    const char *ch; /* 3 bytes */
    int term;
    size_t at; /* byte offset in the term */
} alike_use;

#define MAX_USES 32

/* A character's last two bytes as a 12-bit key: with its last byte alone, the scan passes over
 * most characters with a table lookup or two. */
static unsigned tail_key(const char *p)
{
    return ((unsigned)((unsigned char)p[0] & 0x3F) << 6) | ((unsigned char)p[1] & 0x3F);
}

/* Every (look-alike, term, position) once, with the keys of the look-alikes set in seen. */
static size_t alike_uses(alike_use *u, unsigned char seen[512], unsigned char last[256])
{
    size_t n = 0;
    for (size_t t = 0; t < sizeof terms / sizeof terms[0]; t++)
        for (size_t k = 0; terms[t][k]; k += 3)
            for (size_t l = 0; l < sizeof lookalikes / sizeof lookalikes[0]; l++) {
                if (strncmp(terms[t] + k, lookalikes[l].ch, 3) != 0)
                    continue;
                for (const char *a = lookalikes[l].alike; *a && n < MAX_USES; a += 3) {
                    u[n++] = (alike_use){a, (int)t, k};
                    seen[tail_key(a + 1) >> 3] |= (unsigned char)(1u << (tail_key(a + 1) & 7));
                    last[(unsigned char)a[2]] = 1;
                }
            }
    return n;
}

void r_text_typo(check_ctx *c)
{
    const char *text = prose(c);
    if (!text)
        return;
    alike_use uses[MAX_USES];
    unsigned char seen[512] = {0}, last[256] = {0};
    size_t nuses = alike_uses(uses, seen, last);
    unsigned reported = 0; /* one finding per misspelt term */
    size_t n = strlen(text);
    /* Character by character: the look-alikes are all three bytes long, so only a character
     * led by E0..EF can be one, and its last byte rules most out. */
    for (size_t i = 0; i + 2 < n;) {
        unsigned char lead = (unsigned char)text[i];
        if (lead < 0xE0 || lead > 0xEF) {
            i += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : 4;
            continue;
        }
        i += 3;
        if (!last[(unsigned char)text[i - 1]])
            continue;
        unsigned key = tail_key(text + i - 2);
        if (!(seen[key >> 3] & (1u << (key & 7))))
            continue;
        const char *x = text + i - 3;
        for (size_t k = 0; k < nuses; k++) {
            const alike_use *u = &uses[k];
            const char *term = terms[u->term];
            size_t tl = strlen(term);
            if (memcmp(x, u->ch, 3) != 0 || (size_t)(x - text) < u->at ||
                (size_t)(x - text) - u->at + tl > n || (reported & (1u << u->term)))
                continue;
            const char *start = x - u->at;
            if (memcmp(start, term, u->at) != 0 ||
                memcmp(start + u->at + 3, term + u->at + 3, tl - u->at - 3) != 0)
                continue;
            reported |= 1u << u->term;
            chk_found(c, 0, "“%.*s”（应为“%s”）", (int)tl, start, term);
        }
    }
}

/* Comparisons with last year that lost a character: "比升11.6%" for 同比上升. */
void r_text_garbled(check_ctx *c)
{
    static const struct {
        const char *bad, *meant;
    } garbles[] = {{"比升", "同比上升"}, {"比降", "同比下降"}};
    /* 相比升高, 占比升至 are whole */
    static const char *const fine_before[] = {"同", "环", "相", "对", "较", "占"};
    const char *text = prose(c);
    if (!text)
        return;
    for (size_t k = 0; k < sizeof garbles / sizeof garbles[0]; k++)
        for (const char *p = strstr(text, garbles[k].bad); p; p = strstr(p + 1, garbles[k].bad)) {
            int fine = 0;
            for (size_t i = 0; i < sizeof fine_before / sizeof fine_before[0] && !fine; i++)
                fine = p - text >= 3 && memcmp(p - 3, fine_before[i], 3) == 0;
            if (fine)
                continue;
            const char *e = p + strlen(garbles[k].bad);
            for (int n = 0; n < 8 && *e && !clause_sep(e); n++) { /* the figure after it */
                int32_t cp;
                e += u8_next(e, strnlen(e, 4), &cp);
            }
            chk_found(c, 0, "“%.*s”（应为“%s”）", (int)(e - p), p, garbles[k].meant);
            break;
        }
}

/* ---- the agency's name misspelt ---- */

#define NAME_MAX_CHARS 48

/* Up to max code points of s into cp; their byte offsets (one past each) into end. */
static size_t code_points(const char *s, size_t n, int32_t *cp, const char **end, size_t max)
{
    size_t k = 0, i = 0;
    while (i < n && k < max) {
        i += u8_next(s + i, n - i, &cp[k]);
        end[k++] = s + i;
    }
    return k;
}

/* Whether code point x names a kind of place: a stretch ending in one is another jurisdiction
 * (易县 in 河北省易县人民政府), not a slip. */
static int is_place(int32_t x)
{
    static const int32_t places[] = {0x7701 /* 省 */, 0x5E02 /* 市 */, 0x53BF /* 县 */,
                                     0x533A /* 区 */, 0x9547 /* 镇 */, 0x4E61 /* 乡 */};
    for (size_t i = 0; i < sizeof places / sizeof places[0]; i++)
        if (x == places[i])
            return 1;
    return 0;
}

/* Whether t (l code points) is the name a (m code points) with a slip inside: up to two
 * characters left out or added, or one changed, between a shared start and end of at least two
 * characters each.  Two characters changed make another name (道路运输局, 台江区); leaving out
 * 人民 (县政府 for 县人民政府) is the usual shortening. */
static int near_name(const int32_t *a, size_t m, const int32_t *t, size_t l)
{
    size_t lim = m < l ? m : l, p = 0, q = 0;
    while (p < lim && a[p] == t[p])
        p++;
    if (p == m && p == l)
        return 0; /* the name itself */
    while (q < lim && a[m - 1 - q] == t[l - 1 - q])
        q++;
    if (p < 2 || q < 2)
        return 0;
    if (q > lim - p)
        q = lim - p; /* an end that overlaps the start: 政政府 for 政府 */
    size_t da = m - p - q, dt = l - p - q; /* the differing stretches */
    if (!((da == 0 && dt <= 2) || (dt == 0 && da <= 2) || (da == 1 && dt == 1)))
        return 0;
    if ((da && is_place(a[p + da - 1])) || (dt && is_place(t[p + dt - 1])))
        return 0;
    if (da == 2 && dt == 0 && a[p] == 0x4EBA && a[p + 1] == 0x6C11) /* 人民 */
        return 0;
    return 1;
}

/* "请与平潭综合区行政审批局办公室联系" in the report of 平潭综合实验区行政审批局: the agency's own
 * name written wrong in the text. */
void r_text_agency(check_ctx *c)
{
    const char *agency = c->r->agency;
    const char *text = prose(c);
    if (!agency || !text)
        return;
    /* The name as the text reads: without whitespace ("测试市 交通运输局" in a title). */
    char name[4 * NAME_MAX_CHARS];
    if (strlen(agency) >= sizeof name)
        return;
    *squeeze(name, agency) = '\0';
    agency = name;
    int32_t a[NAME_MAX_CHARS], t[NAME_MAX_CHARS + 3];
    const char *aend[NAME_MAX_CHARS], *tend[NAME_MAX_CHARS + 3];
    size_t alen = strlen(agency);
    size_t m = code_points(agency, alen, a, aend, NAME_MAX_CHARS);
    if (m < 6 || m == NAME_MAX_CHARS)
        return; /* a short name is shortened in many ways; a long one is not a name */
    size_t lead = (size_t)(aend[1] - agency); /* the first two characters */
    struct {
        const char *s;
        size_t n;
    } seen[4]; /* names reported: each once */
    int nseen = 0;
    char first[16]; /* the name's first two characters, to search for */
    if (lead >= sizeof first)
        return;
    memcpy(first, agency, lead);
    first[lead] = '\0';
    for (const char *p = text; nseen < 4;) {
        const char *q = strstr(p, first);
        if (!q)
            break;
        p = q + lead;
        if (strncmp(q, agency, alen) == 0)
            continue;
        size_t n = code_points(q, strnlen(q, 4 * (m + 2)), t, tend, m + 2);
        for (size_t l = m - 2; l <= n; l++) {
            if (!near_name(a, m, t, l))
                continue;
            size_t bytes = (size_t)(tend[l - 1] - q);
            int dup = 0;
            for (int k = 0; k < nseen; k++)
                dup |= seen[k].n == bytes && memcmp(seen[k].s, q, bytes) == 0;
            if (!dup) {
                seen[nseen].s = q;
                seen[nseen++].n = bytes;
                chk_found(c, 0, "正文“%.*s”；报告机关为%s", (int)bytes, q, agency);
            }
            p = q + bytes;
            break;
        }
    }
}

static const char *const openers[] = {"(", "《", "〔", "【", "[", "〈", "<"};
static const char *const closers[] = {")", "》", "〕", "】", "]", "〉", ">"};

static int bracket_at(const char *p, const char *const *set, size_t *len)
{
    for (int i = 0; i < 7; i++) {
        size_t l = strlen(set[i]);
        if (strncmp(p, set[i], l) == 0) {
            *len = l;
            return i;
        }
    }
    return -1;
}

/* Brackets and title marks that do not pair up in a narrative section (tables are left out:
 * their wrapped cells split brackets across lines). */
void r_text_brackets(check_ctx *c)
{
    const xxgk_report *r = c->r;
    for (size_t i = 0; i < r->nsections; i++) {
        const xxgk_section *s = &r->sections[i];
        if (s->standard >= 2 && s->standard <= 4)
            continue;
        int stack[32], depth = 0;
        const char *open_at[32];
        const char *bad = NULL;
        const char *text = s->text;
        for (const char *p = text; *p && !bad;) {
            p += strcspn(p, "()[]<>\xe3"); /* the marks are ASCII or start with E3 */
            if (!*p)
                break;
            size_t l = 1;
            int k;
            if ((k = bracket_at(p, openers, &l)) >= 0) {
                if (depth == 32)
                    break; /* nesting this deep is not prose */
                open_at[depth] = p;
                stack[depth++] = k;
            } else if ((k = bracket_at(p, closers, &l)) >= 0) {
                if (depth > 0 && stack[depth - 1] == k)
                    depth--;
                else
                    bad = p;
            }
            p += l;
        }
        if (!bad && depth > 0)
            bad = open_at[depth - 1];
        if (!bad)
            continue;
        /* about twenty characters either side, on whole characters */
        const char *a = bad, *e = bad;
        for (int n = 0; n < 20 && a > text; n++)
            do
                a--;
            while (a > text && ((unsigned char)*a & 0xC0) == 0x80);
        for (int n = 0; n < 20 && *e; n++)
            do
                e++;
            while (*e && ((unsigned char)*e & 0xC0) == 0x80);
        size_t l = 1;
        if (bracket_at(bad, openers, &l) < 0)
            bracket_at(bad, closers, &l);
        chk_found(c, s->line, "“%s”部分：“%.*s”中的“%.*s”没有配对", s->title, (int)(e - a), a,
                  (int)l, bad);
    }
}

/* ---- running ---- */

