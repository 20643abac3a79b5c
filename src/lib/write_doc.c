/*
 * Document writers: the report re-rendered in the official layout, as Markdown ("md", pipe
 * tables) or plain text ("txt", tab-separated tables as Word copies them).  The document walk
 * and the tables' grids are those of the HTML and DOCX writers (write_grid.c); this file only
 * prints them.  `xxgk parse` reads both back to the same figures, which the tests use as a
 * round trip.
 */
#include <string.h>

#include "lib/writer_impl.h"
#include "util/text.h"

typedef enum { STYLE_MD, STYLE_TXT } style;

typedef struct {
    xbuf *b;
    style st;
    int after_heading; /* a blank line is due before the next paragraph */
    int signed_off;    /* the closing signature has begun */
} doc;

static void block(void *ctx, block_kind kind, const char *text, size_t len)
{
    doc *d = ctx;
    int md = d->st == STYLE_MD;
    /* The report's words, not markup: a "<script>" in a narrative must not run where the
     * Markdown is shown (the reader takes &lt; back to "<"). */
    xbuf esc;
    xbuf_init(&esc, 0);
    if (md) {
        markup_escape(&esc, text, len);
        if (esc.failed) {
            d->b->failed = 1;
            xbuf_free(&esc);
            return;
        }
        text = esc.data ? esc.data : "";
        len = esc.len;
    }
    switch (kind) {
    case BLOCK_TITLE:
        xbuf_printf(d->b, "%s%.*s\n", md ? "# " : "", (int)len, text);
        break;
    case BLOCK_HEADING:
        xbuf_printf(d->b, "\n%s%.*s\n", md ? "## " : "", (int)len, text);
        d->after_heading = 1;
        xbuf_free(&esc);
        return;
    case BLOCK_PARA:
        /* Markdown separates paragraphs by blank lines; text keeps one per line.  A line of
         * the report's that begins as Markdown markup would ("# ", "| ", "---") is escaped to
         * stay text (the reader takes the backslash off). */
        xbuf_printf(d->b, "%s%s%.*s\n", md || d->after_heading ? "\n" : "",
                    md && len && strchr(MD_LINE_MARKS, text[0]) ? "\\" : "", (int)len, text);
        break;
    case BLOCK_SIGN:
        /* (In Markdown each line its own paragraph, or the name and date run together.) */
        xbuf_printf(d->b, "%s%s%.*s\n", d->signed_off && !md ? "" : "\n",
                    md && len && strchr(MD_LINE_MARKS, text[0]) ? "\\" : "", (int)len, text);
        d->signed_off = 1;
        break;
    }
    d->after_heading = 0;
    xbuf_free(&esc);
}

/* A grid as rows of cells: a merged cell's text in its top-left place, blanks where it
 * spreads, which is how a table copied out of Word reads. */
static void table(void *ctx, const grid *g)
{
    doc *d = ctx;
    const char *row[GRID_COLS];
    xbuf_putc(d->b, '\n');
    d->after_heading = 0;
    for (int r = 0; r < g->nrows; r++) {
        for (int c = 0; c < g->ncols; c++)
            row[c] = "";
        for (int i = 0; i < g->ncells; i++)
            if (g->cells[i].row == r)
                row[g->cells[i].col] = g->cells[i].text ? g->cells[i].text : "";
        for (int c = 0; c < g->ncols; c++) {
            if (d->st == STYLE_MD)
                xbuf_printf(d->b, "%s %s", c ? " |" : "|", row[c]);
            else
                xbuf_printf(d->b, "%s%s", c ? "\t" : "", row[c]);
        }
        xbuf_puts(d->b, d->st == STYLE_MD ? " |\n" : "\n");
        if (d->st == STYLE_MD && r == 0) {
            xbuf_putc(d->b, '|');
            for (int c = 0; c < g->ncols; c++)
                xbuf_puts(d->b, "---|");
            xbuf_putc(d->b, '\n');
        }
    }
}

static int write_doc(xbuf *b, const xxgk_report *r, style st)
{
    doc d = {b, st, 0, 0};
    const doc_visitor v = {block, table};
    return doc_walk(r, &v, &d);
}

int write_md_report(xbuf *b, const xxgk_report *r)
{
    return write_doc(b, r, STYLE_MD);
}

int write_txt_report(xbuf *b, const xxgk_report *r)
{
    return write_doc(b, r, STYLE_TXT);
}
