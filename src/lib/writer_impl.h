/* What the writers share: the JSON shape of a table, the writer entry points, and the grid of
 * merged cells that the HTML and DOCX writers render. */
#ifndef XXGK_LIB_WRITER_IMPL_H
#define XXGK_LIB_WRITER_IMPL_H

#include "util/buf.h"
#include "xxgk/xxgk.h"

/* One row as the JSON contract names it: key, position in the key's array (-1 for a lone
 * row), and the row whose cells hold the figures. */
typedef struct {
    const char *key;
    int index;
    int array;                  /* the key holds an array of rows */
    const xxgk_row_spec *cells; /* where the figures are */
} shape_row;

/* The rows of table t of report r in JSON order.  A group printed as one row (（六）其他处理 in
 * a report that omits its sub-rows) stands in for them as element 0.  Returns the count (at
 * most max). */
int shape_rows(shape_row *out, int max, const xxgk_report *r, const xxgk_table_spec *t);

/* A figure as text: whole numbers without a decimal point; "" when unknown. */
const char *shape_number(char *buf, size_t cap, const xxgk_cell *c);

int write_json_report(xbuf *b, const xxgk_report *r, const xxgk_findings *f);
/* The report findings compare their file with: last year's (the check across years), or, when
 * same_year, another agency's of the same year whose tables it repeats. */
typedef struct {
    const char *file;
    int same_year;
} write_other;
/* Findings about file (read as r, or NULL); other is the report they compare it with, or NULL
 * for the file's own findings. */
/* An input that could not be read, as its JSON line: {"file", "error"}, with "format": null
 * and "findings": [] among findings. */
int write_json_unreadable(xbuf *b, const char *file, const char *message, int findings);
int write_json_findings(xbuf *b, const char *file, const write_other *other, const xxgk_report *r,
                        const xxgk_findings *f);
int write_csv_header(xbuf *b);
int write_csv_report(xbuf *b, const xxgk_report *r, const xxgk_findings *f);
int write_csv_unreadable(xbuf *b, const char *file, const char *message, int findings);
int write_csv_findings_header(xbuf *b);
int write_csv_findings(xbuf *b, const char *file, const write_other *other, const xxgk_report *r,
                       const xxgk_findings *f);
/* As write_csv_findings and write_csv_unreadable, for the writers that gather (xlsx, sqlite):
 * after a file's own findings, a row of the table of files (CSV_FILES_HEADER), marked by
 * CSV_FILE_ROW before it, that csv_split_files takes out again. */
int write_gather_findings(xbuf *b, const char *file, const write_other *other,
                          const xxgk_report *r, const xxgk_findings *f);
int write_gather_unreadable(xbuf *b, const char *file, const char *message, int findings);
#define CSV_FILE_ROW '\x1e' /* (csv_put quotes a field holding it: no other row begins so) */
#define CSV_FILES_HEADER "file,agency,year,format,errors,warnings,notes,error\n"
int write_md_report(xbuf *b, const xxgk_report *r);
int write_txt_report(xbuf *b, const xxgk_report *r);
int write_text_findings(xbuf *b, const char *file, const write_other *other, const xxgk_report *r,
                        const xxgk_findings *f);
int write_html_report(xbuf *b, const xxgk_report *r);
int write_docx_report(xbuf *b, const xxgk_report *r);
/* Reading back the CSV the gathering writers are given (the csv writer's own dialect): one
 * field into out, returning where the next starts, *eol set at a row's end (-1 when the field is
 * malformed: a quote never closed, or text after the closing one); and whether a
 * field is a figure (the whole field a number), with its value. */
const char *csv_field(const char *p, const char *end, xbuf *out, int *eol);
/* The same with fields separated by sep (a tab: Excel's "Unicode text"). */
const char *csv_field_sep(const char *p, const char *end, char sep, xbuf *out, int *eol);
/* Append s as one CSV field, quoted when it holds a comma, a quote or a line break; NULL is an
 * empty field. */
void csv_put(xbuf *b, const char *s);
int csv_figure(const char *s, double *v);
/* Whether the CSV column of that name holds text (file, agency, rule, ...), not figures. */
int csv_text_column(const char *name);
/* What a gathered CSV table holds, by its header: "reports", "findings" or "requests" (the
 * register). */
const char *csv_table_name(const char *data, size_t len);
/* The gathered findings data[0..len) split into the table of findings (its header and rows)
 * and the table of files (CSV_FILES_HEADER, then the rows marked CSV_FILE_ROW, unmarked), each
 * appended to its buffer.  Returns 0, or -1 when out of memory. */
int csv_split_files(const char *data, size_t len, xbuf *findings, xbuf *files);

/* The gathered CSV header and rows as an XLSX workbook, and as an SQLite database file.  Text
 * longer than an Excel cell holds is cut, ending with a note saying so (in either language). */
int write_xlsx_finish(xbuf *b, const char *data, size_t len);
/* Whether s[0..n) ends with that note: a cell cut by write_xlsx_finish, its text not whole. */
int write_xlsx_cut(const char *s, size_t n);
int write_sqlite_finish(xbuf *b, const char *data, size_t len);

/* ---- what the HTML and DOCX writers share (write_grid.c) ---- */

/* A table in the official layout as a grid of merged cells: each cell sits at its top-left
 * grid position and spans rows and columns, as HTML's rowspan/colspan and Word's
 * vMerge/gridSpan both express it.  Cells are stored in row-major order. */
#define GRID_CELLS 512
#define GRID_ROWS 64
#define GRID_COLS 24

typedef enum { GRID_HEAD, GRID_CAPTION, GRID_LABEL, GRID_FIGURE } grid_kind;

typedef struct {
    const char *text;     /* borrowed from the format tables, or num */
    char num[40];         /* a figure's text */
    int row, col;         /* top-left position */
    int rowspan, colspan; /* >= 1 */
    grid_kind kind;
} grid_cell;

typedef struct {
    const xxgk_table_spec *table;
    int nrows, ncols;
    int head;   /* leading header rows (repeated on every printed page) */
    int nlabel; /* leading columns that hold row labels */
    int ncells;
    grid_cell cells[GRID_CELLS];
} grid;

/* The blocks of a rendered report, in order; a paragraph is one line of a section's text. */
typedef enum { BLOCK_TITLE, BLOCK_HEADING, BLOCK_PARA, BLOCK_SIGN } block_kind;

typedef struct {
    void (*block)(void *ctx, block_kind kind, const char *text, size_t len);
    void (*table)(void *ctx, const grid *g);
} doc_visitor;

/* Walk report r as write_doc.c lays it out (title, sections with their text and tables, the
 * agency and date at the end), calling v for every block and table.  0 or XXGK_ENOMEM. */
int doc_walk(const xxgk_report *r, const doc_visitor *v, void *ctx);

#endif
