/* OFD input (GB/T 33190, the Chinese fixed-layout format) turned into text for the reader (see
 * ofd_text.c). */
#ifndef XXGK_LIB_OFD_TEXT_H
#define XXGK_LIB_OFD_TEXT_H

#include <stddef.h>

#include <zip.h>

#include "util/buf.h"

/* The most pages ofd_to_text reads; a longer document is XXGK_ELIMIT. */
#define OFD_MAX_PAGES 2000

/* Whether data begins as OFD writers begin a package, OFD.xml its first entry: an OFD document
 * known as one even when the zip is too damaged to open (an open one holds OFD.xml). */
int ofd_is_ofd(const char *data, size_t len);

/* The text of every page of the OFD package z (the caller's) laid out like `pdftotext -layout`
 * (see page_layout.c), pages separated by a form feed line.  Returns 0, or an xxgk_error code
 * with a message in err: damaged, no text (scanned images only: say so), too many pages. */
int ofd_to_text(xbuf *out, zip_t *z, char *err, size_t errcap);

#endif
