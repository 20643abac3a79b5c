/* Line breaks put back into flattened text (see deglue.c). */
#ifndef XXGK_LIB_DEGLUE_H
#define XXGK_LIB_DEGLUE_H

#include <stddef.h>

#include "util/buf.h"

/* Whether folded text holds a report flattened onto very long lines. */
int deglue_needed(const char *text);

/* Append text to out with a line break before each section heading and each row label of the
 * tables (and after labels whose figures follow).  0, or -1 when memory ran out. */
int deglue(xbuf *out, const char *text, size_t len);

#endif
