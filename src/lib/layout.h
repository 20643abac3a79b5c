/*
 * From lines of text to rows of cells: the one representation the table recognizer reads.
 * Text readers (plain text now; HTML, DOCX and PDF later) produce an lgrid; recognize.c never
 * looks at the source format.
 */
#ifndef XXGK_LIB_LAYOUT_H
#define XXGK_LIB_LAYOUT_H

#include <stddef.h>

#include "lib/report_impl.h"
#include "util/text.h"

typedef struct {
    const char *s;   /* cell text (not NUL-terminated) */
    size_t n;
    unsigned line;   /* 1-based source line */
    unsigned col;    /* 1-based column in characters */
    num_kind kind;   /* NUM_NONE for text */
    double value;
    const char *norm; /* the label normalized (label_norm), computed on first use; NULL before */
    size_t norm_len;
    uint64_t sig;     /* label_sig of norm */
} lcell;

typedef struct {
    size_t first;    /* index of its first cell in lgrid.cells */
    int n;           /* number of cells */
    unsigned line;   /* line of its first cell */
    unsigned last_line;
} lrow;

/* The most cells a report's text is split into: a report has a few thousand, and each costs
 * some 64 bytes whatever it holds (a file of "1\t" repeated would take 35 times its size). */
#define LGRID_MAX_CELLS 1000000

typedef struct {
    lcell *cells;
    size_t ncells, capcells;
    lrow *rows;
    size_t nrows, caprows;
    int over; /* more than LGRID_MAX_CELLS cells: not split, and not a report */
} lgrid;

/* Split the report's lines into rows of cells, choosing the layout (tab-separated, one cell per
 * line, Markdown pipes, or space-aligned) and recording it in r->layout. */
int layout_build(lgrid *g, xxgk_report *r);

/* Whether line l is a row of a Markdown pipe table: two bars at least, the outer ones
 * optional. */
int layout_pipe_row(const char *l);

/* Whether s[0..n) is a Markdown pipe table's delimiter row ("|---|:--:|"): bars, dashes,
 * colons and spaces only, a dash at least. */
int layout_pipe_rule(const char *s, size_t n);
void layout_free(lgrid *g);

/* Whether line l (1-based) is a page's number or footer ("- 3 -", "第 3 页 共 8 页", "3 / 8", a
 * bare "3" before a page break: see page_mark in layout.c), no text of the report's; `pages`
 * is layout_footer_pages(r), worked out once for all the lines asked about. */
unsigned layout_footer_pages(const xxgk_report *r);
int layout_page_mark(const xxgk_report *r, unsigned l, unsigned pages);

/* Append a row of cells (used by layout_build and by readers of other formats); -1 when out
 * of memory or over LGRID_MAX_CELLS (g->over). */
int lgrid_add_cell(lgrid *g, const char *s, size_t n, unsigned line, unsigned col);
int lgrid_end_row(lgrid *g);

#endif
