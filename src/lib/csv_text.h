/* Tables pasted as comma-separated values (a spreadsheet saved as CSV) turned into tab-separated
 * rows (see csv_text.c). */
#ifndef XXGK_LIB_CSV_TEXT_H
#define XXGK_LIB_CSV_TEXT_H

#include <stddef.h>

#include "util/buf.h"

/* Write s[0..n) (UTF-8, not yet folded: a label's full-width commas are not yet ASCII ones) to
 * out (empty) with the lines of comma-separated tables made tab-separated, every line kept on
 * its number.  1 when such a table was found and out holds the text, 0 when there was none
 * (out untouched), -1 when memory ran out. */
int csv_tables(xbuf *out, const char *s, size_t n);

#endif
