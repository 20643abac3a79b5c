/* OFD input (GB/T 33190, the Chinese fixed-layout format) turned into text for the reader (see
 * ofd_text.c). */
#ifndef XXGK_LIB_OFD_TEXT_H
#define XXGK_LIB_OFD_TEXT_H

#include <stddef.h>

#include "util/buf.h"

/* The most pages ofd_to_text reads; a longer document is XXGK_ELIMIT. */
#define OFD_MAX_PAGES 2000

/* Whether data is a zip package holding OFD.xml (an OFD document, not a .docx). */
int ofd_is_ofd(const char *data, size_t len);

/* The text of every page laid out like `pdftotext -layout` (see page_layout.c), pages separated
 * by a form feed line.  Returns 0, or an xxgk_error code with a message in err: damaged, no
 * text (scanned images only: say so), too many pages. */
int ofd_to_text(xbuf *out, const char *data, size_t len, char *err, size_t errcap);

#endif
