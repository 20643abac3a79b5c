/* OpenDocument text (.odt, LibreOffice's and 永中 Office's own) turned into text for the reader
 * (see odt_text.c). */
#ifndef XXGK_LIB_ODT_TEXT_H
#define XXGK_LIB_ODT_TEXT_H

#include <stddef.h>

#include <zip.h>

#include "lib/links.h"
#include "util/buf.h"

/* Whether the package z is an OpenDocument text (its mimetype says so); whether it is another
 * OpenDocument file (a spreadsheet, a presentation ...). */
int odt_is_odt(zip_t *z);
int odt_is_other(zip_t *z);

/* What kind of OpenDocument file data begins as: "text", "spreadsheet", "presentation" ...
 * (its first entry, the mimetype, stored as is, says), with its length in *n; NULL for none.
 * Known so even when the zip is too damaged to open. */
const char *odt_kind(const char *data, size_t len, size_t *n);

/* The paragraphs of the OpenDocument text zipped in z (the caller's) as lines, each table row
 * one tab-separated line, as docx_to_text writes a Word document's; the pictures in it are
 * counted into *images, and its links that show another address than they point to added to
 * links (NULL: not looked for).  Returns 0 or an xxgk_error code with a message in err
 * (damaged, too deeply nested, out of memory). */
int odt_to_text(xbuf *out, unsigned *images, doc_links *links, zip_t *z, char *err,
                size_t errcap);

#endif
