/* Line breaks put back into flattened text (see deglue.c). */
#ifndef XXGK_LIB_DEGLUE_H
#define XXGK_LIB_DEGLUE_H

#include <stddef.h>

#include "util/buf.h"

/* Whether folded text holds a report flattened onto very long lines. */
int deglue_needed(const char *text);

/* Where a line of the output begins in the input: 1-based line and column (in characters). */
typedef struct {
    unsigned line, column;
} deglue_pos;

/* Write text to out (empty) with a line break before each section heading and each row label
 * of the tables (and after labels whose figures follow).  *where (malloc'd: free() it) gets,
 * for each line of out (*nwhere of them), where in text it begins, so that a finding names the
 * file's own line.  0, or -1 when memory ran out. */
int deglue(xbuf *out, deglue_pos **where, size_t *nwhere, const char *text, size_t len);

#endif
