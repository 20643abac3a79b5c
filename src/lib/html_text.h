/* HTML input turned into text for the reader (see html_text.c). */
#ifndef XXGK_LIB_HTML_TEXT_H
#define XXGK_LIB_HTML_TEXT_H

#include <stddef.h>

#include "util/buf.h"

/* Whether UTF-8 text starts like an HTML page. */
int html_is_html(const char *data, size_t len);

/* The page's title line, then its article as lines of text, each table row one tab-separated
 * line.  data is UTF-8.  Returns 0 or an xxgk_error code with a message in err. */
int html_to_text(xbuf *out, const char *data, size_t len, char *err, size_t errcap);

#endif
