/*
 * Document writers: the report re-rendered in the official layout, as Markdown ("md", pipe
 * tables) or plain text ("txt", tab-separated tables as Word copies them).  A report built from
 * the register carries its narrative; a report read from text is written with the narrative of
 * its table-free sections and its tables rendered anew.  `xxgk parse` reads both back to the
 * same figures, which the tests use as a round trip.
 */
#include <string.h>

#include "lib/writer_impl.h"

typedef enum { STYLE_MD, STYLE_TXT } style;

/* One table row: label cells then figures. */
typedef struct {
    xbuf *b;
    style st;
} doc;

static void row_begin(doc *d)
{
    if (d->st == STYLE_MD)
        xbuf_puts(d->b, "|");
}

static void cell(doc *d, const char *text, int first)
{
    if (d->st == STYLE_MD)
        xbuf_printf(d->b, " %s |", text);
    else
        xbuf_printf(d->b, "%s%s", first ? "" : "\t", text);
}

static void row_end(doc *d)
{
    xbuf_putc(d->b, '\n');
}

static void separator(doc *d, int n)
{
    if (d->st != STYLE_MD)
        return;
    xbuf_puts(d->b, "|");
    for (int i = 0; i < n; i++)
        xbuf_puts(d->b, "---|");
    xbuf_putc(d->b, '\n');
}

static void figures(doc *d, const xxgk_report *r, const xxgk_row_spec *row)
{
    char num[40];
    for (int k = 0; k < row->ncols; k++)
        cell(d, shape_number(num, sizeof num, xxgk_report_cell(r, (size_t)(row->first_cell + k))),
             0);
}

static void blanks(doc *d, int n)
{
    for (int k = 0; k < n; k++)
        cell(d, "", 0);
}

static void active(doc *d, const xxgk_report *r, const xxgk_table_spec *t)
{
    const char *caption = NULL;
    for (int i = 0; i < t->nrows; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        if (!caption || strcmp(caption, row->caption) != 0) {
            caption = row->caption;
            xbuf_printf(d->b, "\n%s\n%s", caption, d->st == STYLE_MD ? "\n" : "");
            row_begin(d);
            cell(d, "信息内容", 1);
            for (int k = 0; k < row->ncols; k++)
                cell(d, row->cols[k].label, 0);
            row_end(d);
            separator(d, row->ncols + 1);
        }
        row_begin(d);
        cell(d, row->label, 1);
        figures(d, r, row);
        row_end(d);
    }
}

static void requests(doc *d, const xxgk_report *r, const xxgk_table_spec *t)
{
    shape_row rows[64];
    int n = shape_rows(rows, 64, r, t);
    xbuf_putc(d->b, '\n');
    row_begin(d);
    cell(d, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 1);
    for (int k = 0; k < 7; k++)
        cell(d, t->rows[0].cols[k].label, 0);
    row_end(d);
    separator(d, 8);
    for (int i = 0, s = 0; i < t->nrows; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        int printed = s < n && rows[s].cells == row;
        if (printed)
            s++;
        if (row->ncols == 0 || (!printed && (row->flags & XXGK_ROW_SINGLE_ALT))) {
            row_begin(d);
            cell(d, row->label, 1);
            blanks(d, 7);
            row_end(d);
            continue;
        }
        if (!printed)
            continue;
        row_begin(d);
        cell(d, row->label, 1);
        figures(d, r, row);
        row_end(d);
    }
}

static void review(doc *d, const xxgk_report *r, const xxgk_table_spec *t)
{
    xbuf_putc(d->b, '\n');
    row_begin(d);
    cell(d, "行政复议", 1);
    blanks(d, 4);
    cell(d, "行政诉讼", 0);
    blanks(d, 9);
    row_end(d);
    separator(d, 15);
    row_begin(d);
    cell(d, "", 1);
    blanks(d, 4);
    cell(d, "未经复议直接起诉", 0);
    blanks(d, 4);
    cell(d, "复议后起诉", 0);
    blanks(d, 4);
    row_end(d);
    row_begin(d);
    for (int i = 0; i < 3; i++)
        for (int k = 0; k < 5; k++)
            cell(d, t->rows[i].cols[k].label, i == 0 && k == 0);
    row_end(d);
    row_begin(d);
    char num[40];
    for (int i = 0; i < t->nrows; i++)
        for (int k = 0; k < 5; k++)
            cell(d,
                 shape_number(num, sizeof num,
                              xxgk_report_cell(r, (size_t)(t->rows[i].first_cell + k))),
                 i == 0 && k == 0);
    row_end(d);
}

static const char *const cn_numbers[] = {"一", "二", "三", "四", "五",
                                         "六", "七", "八", "九", "十"};

static void heading(doc *d, int number, const char *title)
{
    const char *n = number >= 1 && number <= 10 ? cn_numbers[number - 1] : "";
    xbuf_printf(d->b, "\n%s%s%s%s\n", d->st == STYLE_MD ? "## " : "", n, *n ? "、" : "", title);
}

static void table_of(doc *d, const xxgk_report *r, int standard)
{
    const xxgk_format_spec *spec = xxgk_report_spec(r);
    if (!spec || standard < 2 || standard > 4)
        return;
    const xxgk_table_spec *t = &spec->tables[standard - 2];
    if (standard == 2)
        active(d, r, t);
    else if (standard == 3)
        requests(d, r, t);
    else
        review(d, r, t);
}

static int write_doc(xbuf *b, const xxgk_report *r, style st)
{
    doc d = {b, st};
    const char *agency = xxgk_report_agency(r);
    int year = xxgk_report_year(r);
    xbuf_puts(b, st == STYLE_MD ? "# " : "");
    if (agency)
        xbuf_puts(b, agency);
    if (year)
        xbuf_printf(b, "%d年", year);
    xbuf_puts(b, "政府信息公开工作年度报告\n");
    size_t ns = xxgk_report_section_count(r);
    int built = xxgk_report_built(r);
    if (!xxgk_report_spec(r) && ns == 0)
        xbuf_puts(b, "\n（未找到统计表）\n");
    int done[5] = {0};
    for (size_t i = 0; i < ns; i++) {
        const xxgk_section *s = xxgk_report_section(r, i);
        heading(&d, s->number, s->title);
        int has_table = s->standard >= 2 && s->standard <= 4;
        /* The text of a section read from a report holds its table as printed: the table is
         * rendered anew instead. */
        if ((built || !has_table) && *s->text)
            xbuf_printf(b, "\n%s\n", s->text);
        if (has_table && !done[s->standard]) {
            table_of(&d, r, s->standard);
            done[s->standard] = 1;
        }
    }
    for (int k = 2; k <= 4; k++)
        if (!done[k] && xxgk_report_spec(r)) {
            heading(&d, k, xxgk_section_title(k));
            table_of(&d, r, k);
        }
    const char *pub = xxgk_report_published(r);
    if (pub && strlen(pub) == 10) {
        xbuf_putc(b, '\n');
        if (agency)
            xbuf_printf(b, "%s\n%s", agency, st == STYLE_MD ? "\n" : "");
        xbuf_printf(b, "%.4s年%d月%d日\n", pub, (pub[5] - '0') * 10 + pub[6] - '0',
                    (pub[8] - '0') * 10 + pub[9] - '0');
    }
    return 0;
}

int write_md_report(xbuf *b, const xxgk_report *r)
{
    return write_doc(b, r, STYLE_MD);
}

int write_txt_report(xbuf *b, const xxgk_report *r)
{
    return write_doc(b, r, STYLE_TXT);
}
