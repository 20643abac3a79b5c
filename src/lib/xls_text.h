/* Excel 97-2003 (.xls) input turned into text for the reader (see xls_text.c). */
#ifndef XXGK_LIB_XLS_TEXT_H
#define XXGK_LIB_XLS_TEXT_H

#include <stddef.h>

#include "lib/sheet_text.h"
#include "util/buf.h"

/* Whether data is an OLE2 compound file holding an Excel workbook. */
int xls_is_xls(const char *data, size_t len);

/* The workbook's sheets as xlsx_to_text writes them (sheets NULL: every sheet, a row a
 * tab-separated line; else every sheet shown as CSV, each listed).  0, or an xxgk_error code
 * with a message in err: Excel 5.0/95, password-protected, damaged. */
int xls_to_text(xbuf *out, const char *data, size_t len, sheet_list *sheets, char *err,
                size_t errcap);

#endif
