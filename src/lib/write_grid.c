/* What the HTML and DOCX writers share: the report walked block by block as write_doc.c lays it
 * out, and its three tables as grids of merged cells in the official layout.  The grids are
 * derived from the format tables (captions, groups, columns), never from hard-coded row lists. */
#include <stdlib.h>
#include <string.h>

#include "lib/error.h"
#include "lib/report_impl.h"
#include "util/text.h"
#include "lib/writer_impl.h"

#define BALANCE_NOTE "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"

static int same(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

/* Place a cell.  The format tables are static and far inside the limits; the guard only keeps a
 * future format from writing past the arrays (its cell is then left out). */
static grid_cell *add(grid *g, int row, int col, int rowspan, int colspan, grid_kind kind,
                      const char *text)
{
    if (g->ncells >= GRID_CELLS || rowspan < 1 || colspan < 1 || row + rowspan > GRID_ROWS ||
        col + colspan > GRID_COLS)
        return NULL;
    grid_cell *c = &g->cells[g->ncells++];
    *c = (grid_cell){.text = text, .row = row, .col = col, .rowspan = rowspan,
                     .colspan = colspan, .kind = kind};
    if (row + rowspan > g->nrows)
        g->nrows = row + rowspan;
    if (col + colspan > g->ncols)
        g->ncols = col + colspan;
    return c;
}

static void figure(grid *g, const xxgk_report *r, int cell, int row, int col, int colspan)
{
    grid_cell *c = add(g, row, col, 1, colspan, GRID_FIGURE, "");
    const xxgk_cell *v = xxgk_report_cell(r, (size_t)cell);
    /* A figure not read is "?", never blank: a blank cell in the format means 0, and "?" reads
     * back as unknown. */
    if (c)
        c->text = xxgk_cell_known(v) ? shape_number(c->num, sizeof c->num, v) : "?";
}

/* Section 二: one table of captioned blocks (第二十条第（一）项 ...), each with its own header
 * row; a block with fewer columns lets its last column span the rest, as the format prints. */
static void active(grid *g, const xxgk_report *r, const xxgk_table_spec *t)
{
    int width = 2;
    for (int i = 0; i < t->nrows; i++)
        if (t->rows[i].ncols + 1 > width)
            width = t->rows[i].ncols + 1;
    g->nlabel = 1;
    int y = 0;
    for (int i = 0; i < t->nrows; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        int last = width - row->ncols; /* span of the row's last column */
        if (i == 0 || !same(row->caption, t->rows[i - 1].caption)) {
            if (row->caption)
                add(g, y++, 0, 1, width, GRID_CAPTION, row->caption);
            add(g, y, 0, 1, row->ncols ? 1 : width, GRID_HEAD, "信息内容");
            for (int k = 0; k < row->ncols; k++)
                add(g, y, 1 + k, 1, k == row->ncols - 1 ? last : 1, GRID_HEAD,
                    row->cols[k].label);
            y++;
        }
        add(g, y, 0, 1, 1, GRID_LABEL, row->label);
        for (int k = 0; k < row->ncols; k++)
            figure(g, r, row->first_cell + k, y, 1 + k, k == row->ncols - 1 ? last : 1);
        if (row->ncols == 0)
            add(g, y, 1, 1, width - 1, GRID_FIGURE, "");
        y++;
    }
}

/* ---- section 三: the label column nests groups (三、本年度办理结果 > （三）不予公开 > 1.) ---- */

typedef struct {
    const xxgk_table_spec *t;
    shape_row rows[64]; /* the rows that print with figures (shape_rows) */
    int n;
} requests_ctx;

/* The group a row belongs to: the group row whose label is its caption. */
static const xxgk_row_spec *parent(const xxgk_table_spec *t, const xxgk_row_spec *row)
{
    if (!row->caption)
        return NULL;
    for (int i = 0; i < t->nrows; i++)
        if ((t->rows[i].flags & XXGK_ROW_GROUP) && &t->rows[i] != row &&
            strcmp(t->rows[i].label, row->caption) == 0)
            return &t->rows[i];
    return NULL;
}

static int depth(const xxgk_table_spec *t, const xxgk_row_spec *row)
{
    int d = 0;
    while ((row = parent(t, row)) && d < t->nrows)
        d++;
    return d;
}

static int descends(const xxgk_table_spec *t, const xxgk_row_spec *row, const xxgk_row_spec *g)
{
    for (int d = 0; (row = parent(t, row)) && d < t->nrows; d++)
        if (row == g)
            return 1;
    return 0;
}

static int printed(const requests_ctx *q, const xxgk_row_spec *row)
{
    for (int s = 0; s < q->n; s++)
        if (q->rows[s].cells == row)
            return 1;
    return 0;
}

/* A group label without figures of its own; as in write_doc.c, （六）其他处理 is one when its
 * sub-rows print instead of it. */
static int group_cell(const requests_ctx *q, const xxgk_row_spec *row)
{
    return row->ncols == 0 || (!printed(q, row) && (row->flags & XXGK_ROW_SINGLE_ALT));
}

static int leaves(const requests_ctx *q, const xxgk_row_spec *g);

/* Whether a row takes a grid row of its own: it prints figures, or it is a group with nothing
 * under it (then printed like write_doc.c does, with blank figures). */
static int is_leaf(const requests_ctx *q, const xxgk_row_spec *row)
{
    if (printed(q, row))
        return 1;
    return group_cell(q, row) && leaves(q, row) == 0;
}

/* How many grid rows a group's label spans. */
static int leaves(const requests_ctx *q, const xxgk_row_spec *g)
{
    int n = 0;
    for (int i = 0; i < q->t->nrows; i++)
        if (descends(q->t, &q->t->rows[i], g) && is_leaf(q, &q->t->rows[i]))
            n++;
    return n;
}

static void requests(grid *g, const xxgk_report *r, const xxgk_table_spec *t)
{
    requests_ctx q = {.t = t};
    q.n = shape_rows(q.rows, 64, r, t);
    int nl = 1; /* label columns: one per nesting level */
    for (int i = 0; i < t->nrows; i++)
        if (depth(t, &t->rows[i]) + 1 > nl)
            nl = depth(t, &t->rows[i]) + 1;
    int f = 0; /* the columns are those of the first row with figures */
    while (f + 1 < t->nrows && t->rows[f].ncols == 0)
        f++;
    const xxgk_column_spec *cols = t->rows[f].cols;
    int nc = t->rows[f].ncols;
    g->nlabel = nl;
    g->head = 3;
    add(g, 0, 0, 3, nl, GRID_HEAD, BALANCE_NOTE);
    add(g, 0, nl, 1, nc, GRID_HEAD, "申请人情况");
    /* 自然人 comes first and 总计 last, each over two header rows; the organisations between
     * them sit under 法人或其他组织. */
    for (int k = 0; k < nc;) {
        if (k == 0 || (cols[k].flags & XXGK_COL_TOTAL)) {
            add(g, 1, nl + k, 2, 1, GRID_HEAD, cols[k].label);
            k++;
            continue;
        }
        int run = 0;
        while (k + run < nc && !(cols[k + run].flags & XXGK_COL_TOTAL))
            run++;
        add(g, 1, nl + k, 1, run, GRID_HEAD, XXGK_APPLICANT_GROUP);
        k += run;
    }
    for (int k = 1; k < nc; k++)
        if (!(cols[k].flags & XXGK_COL_TOTAL))
            add(g, 2, nl + k, 1, 1, GRID_HEAD, cols[k].label);
    /* A group's label is placed on the row of its first leaf, spanning all its leaves. */
    const xxgk_row_spec *pending[8];
    int np = 0, y = 3;
    for (int i = 0; i < t->nrows; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        if (!is_leaf(&q, row)) {
            if (group_cell(&q, row) && np < 8)
                pending[np++] = row;
            continue;
        }
        for (int p = 0; p < np; p++)
            add(g, y, depth(t, pending[p]), leaves(&q, pending[p]), 1, GRID_LABEL,
                pending[p]->label);
        np = 0;
        int d = depth(t, row);
        add(g, y, d, 1, nl - d, GRID_LABEL, row->label);
        for (int k = 0; k < nc; k++) {
            if (group_cell(&q, row))
                add(g, y, nl + k, 1, 1, GRID_FIGURE, "");
            else
                figure(g, r, row->first_cell + k, y, nl + k, 1);
        }
        y++;
    }
}

/* ---- section 四: one row of figures under a three-row header ---- */

/* "行政诉讼·复议后起诉" under its caption 行政诉讼 prints as 复议后起诉. */
static const char *sublabel(const xxgk_row_spec *row)
{
    size_t n = strlen(row->caption);
    const char *s = row->label;
    if (strncmp(s, row->caption, n) != 0)
        return s;
    s += n;
    if (strncmp(s, "·", strlen("·")) == 0)
        s += strlen("·");
    return *s ? s : row->label;
}

static void review(grid *g, const xxgk_report *r, const xxgk_table_spec *t)
{
    g->head = 3;
    /* Row 0: a lone row's label (行政复议), or a caption over its consecutive rows (行政诉讼). */
    for (int i = 0, x = 0; i < t->nrows;) {
        const xxgk_row_spec *row = &t->rows[i];
        int span = 0, j = i;
        if (!row->caption)
            span = t->rows[j++].ncols;
        else
            while (j < t->nrows && same(t->rows[j].caption, row->caption))
                span += t->rows[j++].ncols;
        add(g, 0, x, 1, span, GRID_HEAD, row->caption ? row->caption : row->label);
        x += span;
        i = j;
    }
    /* Row 1: a lone row's column labels over two rows; a captioned row's own label. */
    for (int i = 0, x = 0; i < t->nrows; x += t->rows[i++].ncols) {
        const xxgk_row_spec *row = &t->rows[i];
        if (row->caption)
            add(g, 1, x, 1, row->ncols, GRID_HEAD, sublabel(row));
        else
            for (int k = 0; k < row->ncols; k++)
                add(g, 1, x + k, 2, 1, GRID_HEAD, row->cols[k].label);
    }
    for (int i = 0, x = 0; i < t->nrows; x += t->rows[i++].ncols)
        if (t->rows[i].caption)
            for (int k = 0; k < t->rows[i].ncols; k++)
                add(g, 2, x + k, 1, 1, GRID_HEAD, t->rows[i].cols[k].label);
    for (int i = 0, x = 0; i < t->nrows; x += t->rows[i++].ncols)
        for (int k = 0; k < t->rows[i].ncols; k++)
            figure(g, r, t->rows[i].first_cell + k, 3, x + k, 1);
}

/* ---- the document ---- */

/* One block per line of text, without the indentation a report typed by hand (the writers
 * indent paragraphs themselves); blank lines are dropped, and when `sentences` every line but
 * a sentence (a section whose table, as printed, is rendered anew). */
static void lines_of(const doc_visitor *v, void *ctx, const char *text, int sentences)
{
    static const char ideo_space[] = "　";
    while (*text) {
        const char *e = strchr(text, '\n');
        const char *s = text;
        size_t n = e ? (size_t)(e - text) : strlen(text);
        text = e ? e + 1 : text + n;
        for (;;) {
            n = trim_span(&s, n);
            if (n < 3 || memcmp(s, ideo_space, 3) != 0)
                break;
            s += 3;
            n -= 3;
        }
        while (n && s[n - 1] == '\r')
            n--;
        if (!n || (sentences && !report_sentence_line(s, n)))
            continue;
        xbuf p;
        xbuf_init(&p, 0);
        prose_widths(&p, s, n);
        if (!p.failed)
            v->block(ctx, BLOCK_PARA, p.data, p.len);
        xbuf_free(&p);
    }
}

static void lines(const doc_visitor *v, void *ctx, const char *text)
{
    lines_of(v, ctx, text, 0);
}

static void table_of(grid *g, const doc_visitor *v, void *ctx, const xxgk_report *r,
                     int standard)
{
    const xxgk_format_spec *spec = xxgk_report_spec(r);
    int table = xxgk_section_table(standard);
    if (!spec || table < 0)
        return;
    const xxgk_table_spec *t = &spec->tables[table];
    g->table = t;
    g->nrows = g->ncols = g->head = g->nlabel = g->ncells = 0;
    if (t->id == XXGK_TABLE_ACTIVE)
        active(g, r, t);
    else if (t->id == XXGK_TABLE_REQUESTS)
        requests(g, r, t);
    else
        review(g, r, t);
    v->table(ctx, g);
}

static void heading(xbuf *line, const doc_visitor *v, void *ctx, int number, const char *title)
{
    xbuf_reset(line);
    if (xxgk_section_numeral(number))
        xbuf_printf(line, "%s、", xxgk_section_numeral(number));
    xbuf_puts(line, title ? title : "");
    if (!line->failed)
        v->block(ctx, BLOCK_HEADING, line->data, line->len);
}

int doc_walk(const xxgk_report *r, const doc_visitor *v, void *ctx)
{
    grid *g = malloc(sizeof *g); /* ~40 KiB: too big for a worker thread's stack */
    xbuf line;
    xbuf_init(&line, 0);
    if (!g)
        return err_set(XXGK_ENOMEM, TR("写出时内存不足", "out of memory while writing"));
    const char *agency = xxgk_report_agency(r), *title = xxgk_report_title(r);
    int year = xxgk_report_year(r);
    if (title && *title) {
        xbuf_puts(&line, title); /* (as the report has it: 2024年度…, 关于…的报告; a total's) */
    } else {
        if (agency)
            xbuf_puts(&line, agency);
        if (year)
            xbuf_printf(&line, "%d年", year);
        xbuf_puts(&line, "政府信息公开工作年度报告");
    }
    if (!line.failed)
        v->block(ctx, BLOCK_TITLE, line.data, line.len);
    if (xxgk_report_preamble(r))
        lines(v, ctx, xxgk_report_preamble(r));
    size_t ns = xxgk_report_section_count(r);
    int built = xxgk_report_built(r);
    if (!xxgk_report_spec(r) && ns == 0)
        lines(v, ctx, "（未找到统计表）");
    int done[5] = {0};
    for (size_t i = 0; i < ns; i++) {
        const xxgk_section *s = xxgk_report_section(r, i);
        heading(&line, v, ctx, s->number, s->title);
        int has_table = xxgk_section_table(s->standard) >= 0;
        /* A section read from a report holds its table as printed: it is rendered anew, after
         * the sentences the section has besides. */
        lines_of(v, ctx, s->text, has_table && !built);
        if (has_table && !done[s->standard]) {
            table_of(g, v, ctx, r, s->standard);
            done[s->standard] = 1;
        }
    }
    for (int k = 2; k <= 4; k++)
        if (!done[k] && xxgk_report_spec(r)) {
            heading(&line, v, ctx, k, xxgk_section_title(k));
            table_of(g, v, ctx, r, k);
        }
    const char *pub = xxgk_report_published(r);
    xxgk_date d;
    if (pub && xxgk_date_parse(&d, pub) == 0) {
        char cn[24];
        if (agency)
            v->block(ctx, BLOCK_SIGN, agency, strlen(agency));
        xxgk_date_format_cn(d, cn);
        v->block(ctx, BLOCK_SIGN, cn, strlen(cn));
    }
    int rc =
        line.failed ? err_set(XXGK_ENOMEM, TR("写出时内存不足", "out of memory while writing")) : 0;
    xbuf_free(&line);
    free(g);
    return rc;
}
