/* What the writers share: the JSON shape of a table and the writer entry points. */
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
int write_json_findings(xbuf *b, const char *file, const xxgk_report *r, const xxgk_findings *f);
int write_csv_header(xbuf *b);
int write_csv_report(xbuf *b, const xxgk_report *r, const xxgk_findings *f);
int write_md_report(xbuf *b, const xxgk_report *r);
int write_txt_report(xbuf *b, const xxgk_report *r);
int write_text_findings(xbuf *b, const char *file, const xxgk_report *r, const xxgk_findings *f);

#endif
