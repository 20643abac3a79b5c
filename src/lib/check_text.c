/*
 * The text rules of the checker: what the narrative says against the tables, and how it is
 * written.  Their entries are in the rule table of checker.c.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/checker_impl.h"
#include "lib/report_impl.h"
#include "util/buf.h"
#include "util/text.h"

/* The narrative (the sections without tables) with whitespace removed, so hard-wrapped
 * sentences read whole.  Built on first use; NULL only when memory ran out. */
static const char *narrative(check_ctx *c)
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
        if (chk_differs(v, nw) && (isnan(in) || chk_differs(v, nw + in)))
            chk_found(c, 0, "正文：“%.*s”；表格一、本年新收总计为 %s", (int)(end - look) + 3, look,
                  chk_num(a, nw));
        break;
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
            const char *end;
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

/* ---- running ---- */

