/* Word 97-2003 input (.doc) turned into text for the reader (see doc_text.c). */
#ifndef XXGK_LIB_DOC_TEXT_H
#define XXGK_LIB_DOC_TEXT_H

#include <stddef.h>

#include "lib/links.h"
#include "util/buf.h"

/* The main document's paragraphs as lines, each table row one tab-separated line, as
 * docx_to_text writes them, its links that show another address than they point to added to
 * links (NULL: not looked for).  Returns 0 or an xxgk_error code with a message in err: not a
 * Word document (another OLE2 file), Word 6/95, password-protected, damaged. */
int doc_to_text(xbuf *out, doc_links *links, const char *data, size_t len, char *err,
                size_t errcap);

#endif
