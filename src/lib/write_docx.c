/* DOCX writer: the report as a Word document in the official layout (小标宋-like title, 黑体
 * headings, 仿宋 text on A4) whose three tables are real Word tables with the format's merged
 * cells, from the grids of write_grid.c: w:gridSpan across, w:vMerge down. */
#include <string.h>

#include "lib/docx.h"
#include "lib/error.h"
#include "lib/writer_impl.h"

static void block(void *ctx, block_kind kind, const char *text, size_t len)
{
    static const char *const styles[] = {DOCX_TITLE, DOCX_HEADING, DOCX_BODY, DOCX_SIGN};
    docx_para(ctx, styles[kind], text, len);
}

/* Column widths in twips: label columns get room for their labels (the innermost one holds the
 * long 1.-8. labels of section 三); figure columns share the rest of the text width. */
static void widths(const grid *g, int *w)
{
    int label = 0, nfig = g->ncols - g->nlabel;
    for (int c = 0; c < g->nlabel; c++)
        label += w[c] = g->nlabel == 1 ? 2400 : c == g->nlabel - 1 ? 2900 : 1000;
    for (int c = g->nlabel; c < g->ncols && nfig > 0; c++)
        w[c] = (DOCX_TEXT_WIDTH - label) / nfig +
               (c == g->ncols - 1 ? (DOCX_TEXT_WIDTH - label) % nfig : 0);
}

static const char border[] = " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>";

static void table(void *ctx, const grid *g)
{
    xbuf *b = ctx;
    int w[GRID_COLS];
    /* Which cell covers each grid position: Word writes every row of a vertically merged cell
     * as a cell of its own (w:vMerge restart, then continue). */
    int owner[GRID_ROWS][GRID_COLS];
    widths(g, w);
    for (int y = 0; y < g->nrows; y++)
        for (int x = 0; x < g->ncols; x++)
            owner[y][x] = -1;
    for (int i = 0; i < g->ncells; i++)
        for (int y = g->cells[i].row; y < g->cells[i].row + g->cells[i].rowspan; y++)
            for (int x = g->cells[i].col; x < g->cells[i].col + g->cells[i].colspan; x++)
                owner[y][x] = i;
    xbuf_printf(b, "<w:tbl><w:tblPr><w:tblW w:w=\"%d\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
                   "<w:tblBorders>", DOCX_TEXT_WIDTH);
    static const char *const sides[] = {"top", "left", "bottom", "right", "insideH", "insideV"};
    for (int s = 0; s < 6; s++)
        xbuf_printf(b, "<w:%s%s", sides[s], border);
    xbuf_puts(b, "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar>"
                 "<w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/>"
                 "</w:tblCellMar></w:tblPr><w:tblGrid>");
    for (int x = 0; x < g->ncols; x++)
        xbuf_printf(b, "<w:gridCol w:w=\"%d\"/>", w[x]);
    xbuf_puts(b, "</w:tblGrid>");
    for (int y = 0; y < g->nrows; y++) {
        /* Header rows repeat on every page the table runs over. */
        xbuf_puts(b, y < g->head ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
                                 : "<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for (int x = 0; x < g->ncols;) {
            int i = owner[y][x];
            const grid_cell *c = i >= 0 && g->cells[i].col == x ? &g->cells[i] : NULL;
            int span = c ? c->colspan : 1, width = 0;
            for (int k = x; k < x + span; k++)
                width += w[k];
            xbuf_printf(b, "<w:tc><w:tcPr><w:tcW w:w=\"%d\" w:type=\"dxa\"/>", width);
            if (span > 1)
                xbuf_printf(b, "<w:gridSpan w:val=\"%d\"/>", span);
            if (c && c->row != y)
                xbuf_puts(b, "<w:vMerge/>");
            else if (c && c->rowspan > 1)
                xbuf_puts(b, "<w:vMerge w:val=\"restart\"/>");
            xbuf_puts(b, "<w:vAlign w:val=\"center\"/></w:tcPr>");
            const char *style = !c                         ? DOCX_CELL
                                : c->kind == GRID_LABEL   ? DOCX_CELL_LABEL
                                : c->kind == GRID_CAPTION ? DOCX_CELL_CAPTION
                                                          : DOCX_CELL;
            /* Every cell holds a paragraph, the continuation of a merged cell an empty one. */
            if (c && c->row == y)
                docx_para(b, style, c->text, strlen(c->text));
            else
                docx_para(b, style, "", 0);
            xbuf_puts(b, "</w:tc>");
            x += span;
        }
        xbuf_puts(b, "</w:tr>");
    }
    xbuf_puts(b, "</w:tbl>");
}

int write_docx_report(xbuf *b, const xxgk_report *r)
{
    xbuf body;
    xbuf_init(&body, 0);
    static const doc_visitor v = {block, table};
    int rc = doc_walk(r, &v, &body);
    if (rc == 0)
        rc = body.failed ? err_set(XXGK_ENOMEM, TR("写出时内存不足", "out of memory while writing"))
                         : docx_package(b, body.data, body.len);
    xbuf_free(&body);
    return rc;
}
