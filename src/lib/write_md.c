/* Markdown writer: the report's title, its three tables in the official layout (captions,
 * group labels, the balance note) and its date.  `xxgk parse` reads this output back to the
 * same figures, which the tests use as a round trip. */
#include <string.h>

#include "lib/writer_impl.h"

static void cells(xbuf *b, const xxgk_report *r, const xxgk_row_spec *row)
{
    char num[40];
    for (int k = 0; k < row->ncols; k++)
        xbuf_printf(b, " %s |", shape_number(num, sizeof num,
                                             xxgk_report_cell(r, (size_t)(row->first_cell + k))));
}

static void separator(xbuf *b, int n)
{
    xbuf_puts(b, "|");
    for (int i = 0; i < n; i++)
        xbuf_puts(b, "---|");
    xbuf_putc(b, '\n');
}

static void active(xbuf *b, const xxgk_report *r, const xxgk_table_spec *t)
{
    const char *caption = NULL;
    for (int i = 0; i < t->nrows; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        if (!caption || strcmp(caption, row->caption) != 0) {
            caption = row->caption;
            xbuf_printf(b, "\n%s\n\n| 信息内容 |", caption);
            for (int k = 0; k < row->ncols; k++)
                xbuf_printf(b, " %s |", row->cols[k].label);
            xbuf_putc(b, '\n');
            separator(b, row->ncols + 1);
        }
        xbuf_printf(b, "| %s |", row->label);
        cells(b, r, row);
        xbuf_putc(b, '\n');
    }
}

static void requests(xbuf *b, const xxgk_report *r, const xxgk_table_spec *t)
{
    shape_row rows[64];
    int n = shape_rows(rows, 64, r, t);
    xbuf_puts(b, "\n| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |");
    for (int k = 0; k < 7; k++)
        xbuf_printf(b, " %s |", t->rows[0].cols[k].label);
    xbuf_putc(b, '\n');
    separator(b, 8);
    for (int i = 0, s = 0; i < t->nrows; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        int printed = s < n && rows[s].cells == row;
        if (printed)
            s++;
        if (row->ncols == 0 || (!printed && (row->flags & XXGK_ROW_SINGLE_ALT))) {
            xbuf_printf(b, "| %s |", row->label);
            for (int k = 0; k < 7; k++)
                xbuf_puts(b, "  |");
            xbuf_putc(b, '\n');
            continue;
        }
        if (!printed)
            continue;
        xbuf_printf(b, "| %s |", row->label);
        cells(b, r, row);
        xbuf_putc(b, '\n');
    }
}

static void review(xbuf *b, const xxgk_report *r, const xxgk_table_spec *t)
{
    xbuf_puts(b, "\n| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |\n");
    separator(b, 15);
    xbuf_puts(b, "| | | | | | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |\n");
    xbuf_puts(b, "|");
    for (int i = 0; i < 3; i++)
        for (int k = 0; k < 5; k++)
            xbuf_printf(b, " %s |", t->rows[i].cols[k].label);
    xbuf_puts(b, "\n|");
    for (int i = 0; i < t->nrows; i++)
        cells(b, r, &t->rows[i]);
    xbuf_putc(b, '\n');
}

int write_md_report(xbuf *b, const xxgk_report *r)
{
    const xxgk_format_spec *spec = xxgk_report_spec(r);
    const char *agency = xxgk_report_agency(r);
    int year = xxgk_report_year(r);
    xbuf_puts(b, "# ");
    if (agency)
        xbuf_puts(b, agency);
    if (year)
        xbuf_printf(b, "%d年", year);
    xbuf_puts(b, "政府信息公开工作年度报告\n");
    if (!spec) {
        xbuf_puts(b, "\n（未找到统计表）\n");
        return 0;
    }
    static const char *const cn[] = {"二", "三", "四"};
    for (int t = 0; t < XXGK_TABLE_COUNT; t++) {
        const xxgk_table_spec *ts = &spec->tables[t];
        xbuf_printf(b, "\n## %s、%s\n", cn[t], ts->title);
        if (t == XXGK_TABLE_ACTIVE)
            active(b, r, ts);
        else if (t == XXGK_TABLE_REQUESTS)
            requests(b, r, ts);
        else
            review(b, r, ts);
    }
    const char *pub = xxgk_report_published(r);
    if (pub && strlen(pub) == 10) {
        xbuf_putc(b, '\n');
        if (agency)
            xbuf_printf(b, "%s\n\n", agency);
        xbuf_printf(b, "%.4s年%d月%d日\n", pub, (pub[5] - '0') * 10 + pub[6] - '0',
                    (pub[8] - '0') * 10 + pub[9] - '0');
    }
    return 0;
}
