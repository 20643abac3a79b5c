/* Excel (.xlsx) input turned into text for the reader (see xlsx_text.c). */
#ifndef XXGK_LIB_XLSX_TEXT_H
#define XXGK_LIB_XLSX_TEXT_H

#include <stddef.h>

#include <zip.h>

#include "lib/sheet_text.h"
#include "util/buf.h"

/* The part that makes a zip package an Excel workbook. */
#define XLSX_WORKBOOK_PART "xl/workbook.xml"

/* Every sheet of the workbook zipped in z (the caller's), a row a tab-separated line (sheets
 * NULL); or every sheet shown as CSV, each listed in *sheets (a register kept in Excel): row n
 * on line n, a date (a number in a date style) as YYYY-MM-DD.  A hidden sheet is left out
 * unless all are.  0, or an xxgk_error code with a message in err (damaged, too large). */
int xlsx_to_text(xbuf *out, zip_t *z, sheet_list *sheets, char *err, size_t errcap);

#endif
