/* Web archives (.mht, .mhtml: a page saved as one file by a browser or by Word, or a ".doc"
 * some sites export so) turned into the page they hold (see mime_text.c). */
#ifndef XXGK_LIB_MIME_TEXT_H
#define XXGK_LIB_MIME_TEXT_H

#include <stddef.h>

#include "util/buf.h"

/* Whether data starts as a MIME web archive: mail-like headers, one of them
 * Content-Type: multipart/related. */
int mime_is_archive(const char *data, size_t len);

/* The page of the web archive data[0..len) into out: its root part (the one the archive's
 * start parameter names, or else its first text/html part, or its first text part) decoded
 * from its transfer encoding (quoted-printable, base64) into the bytes it was, to be decoded
 * as any file's are.  Returns 0 or an xxgk_error code with a message in err. */
int mime_page(xbuf *out, const char *data, size_t len, char *err, size_t errcap);

#endif
