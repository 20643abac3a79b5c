/* HTML writer: the report as one self-contained HTML5 page in the official layout, with a small
 * embedded stylesheet for printing on A4.  The three tables are real tables whose merged cells
 * (rowspan/colspan) follow the format, from the grids of write_grid.c. */
#include <string.h>

#include "lib/writer_impl.h"
#include "util/text.h"

/* Official typography where the fonts exist: 小标宋-like title, 黑体 headings, 仿宋 text. */
static const char style[] =
    "@page{size:A4;margin:37mm 26mm 35mm 28mm}\n"
    "body{font-family:FangSong,\"仿宋\",STFangsong,serif;font-size:16pt;line-height:1.75;"
    "max-width:156mm;margin:2em auto;color:#000;background:#fff}\n"
    "h1{font-family:SimSun,\"宋体\",STSong,serif;font-size:22pt;font-weight:bold;"
    "text-align:center;line-height:1.4;margin:0 0 1em}\n"
    "h2{font-family:SimHei,\"黑体\",STHeiti,sans-serif;font-size:16pt;font-weight:normal;"
    "text-indent:2em;margin:0;page-break-after:avoid}\n"
    "p{text-indent:2em;margin:0;text-align:justify}\n"
    "p.sign{text-align:right;text-indent:0}\n"
    "table{border-collapse:collapse;width:100%;margin:.5em 0 1em;font-family:SimSun,\"宋体\","
    "serif;font-size:10.5pt;line-height:1.3}\n"
    "table.review{font-size:9pt}\n"
    "th,td{border:1px solid #000;padding:2pt 3pt;vertical-align:middle;font-weight:normal;"
    "text-align:center}\n"
    "th.c{font-weight:bold}\n"
    "td.l{text-align:left}\n"
    "tr{page-break-inside:avoid}\n"
    "@media print{body{margin:0;max-width:none}}\n";

typedef struct {
    xbuf *b;
    int started; /* the <head> is written */
} html;

static void head(html *h, const char *title, size_t n)
{
    if (h->started)
        return;
    h->started = 1;
    xbuf_puts(h->b, "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    "<title>");
    markup_escape(h->b, title, n);
    xbuf_printf(h->b, "</title>\n<style>\n%s</style>\n</head>\n<body>\n", style);
}

static void block(void *ctx, block_kind kind, const char *text, size_t len)
{
    static const char *const open[] = {"<h1>", "<h2>", "<p>", "<p class=\"sign\">"};
    static const char *const close[] = {"</h1>\n", "</h2>\n", "</p>\n", "</p>\n"};
    html *h = ctx;
    head(h, kind == BLOCK_TITLE ? text : "", kind == BLOCK_TITLE ? len : 0);
    xbuf_puts(h->b, open[kind]);
    markup_escape(h->b, text, len);
    xbuf_puts(h->b, close[kind]);
}

static void table(void *ctx, const grid *g)
{
    html *h = ctx;
    head(h, "", 0);
    xbuf_printf(h->b, "<table class=\"%s\">\n", g->table->key);
    /* A header in <thead> repeats on every printed page of a long table. */
    if (g->head)
        xbuf_puts(h->b, "<thead>\n");
    for (int y = 0; y < g->nrows; y++) {
        if (y == g->head)
            xbuf_puts(h->b, g->head ? "</thead>\n<tbody>\n" : "<tbody>\n");
        xbuf_puts(h->b, "<tr>");
        for (int i = 0; i < g->ncells; i++) {
            const grid_cell *c = &g->cells[i];
            if (c->row != y)
                continue;
            int th = c->kind == GRID_HEAD || c->kind == GRID_CAPTION;
            xbuf_puts(h->b, th ? "<th" : "<td");
            if (c->kind == GRID_CAPTION)
                xbuf_puts(h->b, " class=\"c\"");
            else if (c->kind == GRID_LABEL)
                xbuf_puts(h->b, " class=\"l\"");
            if (c->rowspan > 1)
                xbuf_printf(h->b, " rowspan=\"%d\"", c->rowspan);
            if (c->colspan > 1)
                xbuf_printf(h->b, " colspan=\"%d\"", c->colspan);
            xbuf_putc(h->b, '>');
            markup_escape(h->b, c->text, strlen(c->text));
            xbuf_puts(h->b, th ? "</th>" : "</td>");
        }
        xbuf_puts(h->b, "</tr>\n");
    }
    xbuf_puts(h->b, g->nrows > g->head ? "</tbody>\n" : g->head ? "</thead>\n" : "");
    xbuf_puts(h->b, "</table>\n");
}

int write_html_report(xbuf *b, const xxgk_report *r)
{
    html h = {b, 0};
    static const doc_visitor v = {block, table};
    int rc = doc_walk(r, &v, &h);
    head(&h, "", 0);
    xbuf_puts(b, "</body>\n</html>\n");
    return rc;
}
