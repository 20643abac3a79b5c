/* Word (.docx) input turned into text for the reader (see docx_text.c). */
#ifndef XXGK_LIB_DOCX_TEXT_H
#define XXGK_LIB_DOCX_TEXT_H

#include <stddef.h>

#include <libxml/tree.h>
#include <zip.h>

#include "lib/links.h"
#include "util/buf.h"

/* Whether n is the WordprocessingML element called name, whatever prefix the file gives its
 * namespace. */
int docx_is_w(const xmlNode *n, const char *name);

/* Whether data starts like a zip file (a .docx is one). */
int docx_is_docx(const char *data, size_t len);

/* The paragraphs of the Word document zipped in z (the caller's) as lines, each table row one
 * tab-separated line; the pictures in it are counted into *images, and its links that show
 * another address than they point to added to links (NULL: not looked for).  Returns 0 or an
 * xxgk_error code with a message in err (not a Word document, damaged, too large). */
int docx_to_text(xbuf *out, unsigned *images, doc_links *links, zip_t *z, char *err,
                 size_t errcap);

#endif
