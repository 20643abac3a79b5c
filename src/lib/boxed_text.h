/* Tables drawn with box characters or ASCII grids turned into tab-separated rows (see
 * boxed_text.c). */
#ifndef XXGK_LIB_BOXED_TEXT_H
#define XXGK_LIB_BOXED_TEXT_H

#include <stddef.h>

#include "util/buf.h"

/* Write s[0..n) (UTF-8, not yet folded) to out (empty) with every drawn table replaced by its
 * cells: each cell's wrapped lines joined, one tab-separated row on the line where its cells
 * begin, the table's other lines left empty, so that every line keeps its number.  1 when a
 * table was found and out holds the text, 0 when there was none (out untouched), -1 when
 * memory ran out. */
int boxed_tables(xbuf *out, const char *s, size_t n);

#endif
