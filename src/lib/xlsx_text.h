/* Excel (.xlsx) input turned into text for the reader (see xlsx_text.c). */
#ifndef XXGK_LIB_XLSX_TEXT_H
#define XXGK_LIB_XLSX_TEXT_H

#include <stddef.h>

#include "util/buf.h"

/* Every sheet of the workbook zipped in data[0..len), a row a tab-separated line.  0; 1 when
 * the zip is not a workbook (nothing written: another reader's); or an xxgk_error code with a
 * message in err (damaged, too large). */
int xlsx_to_text(xbuf *out, const char *data, size_t len, char *err, size_t errcap);

#endif
