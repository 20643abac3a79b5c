/* Web archives (.mht, .mhtml: a page saved as one file by a browser or by Word, or a ".doc"
 * some sites export so) turned into the pages they hold (see mime_text.c). */
#ifndef XXGK_LIB_MIME_TEXT_H
#define XXGK_LIB_MIME_TEXT_H

#include <stddef.h>

#include "util/buf.h"

/* Whether data starts as a MIME web archive: mail-like headers (after a byte order mark or
 * blank lines), one of them Content-Type: multipart/related (or another multipart,
 * message/rfc822, or text/html: a page saved with its server's headers). */
int mime_is_archive(const char *data, size_t len);

#define MIME_PAGES_MAX 8

/* The pages of a web archive, each the bytes it was before its transfer encoding (quoted-
 * printable, base64), to be decoded as any file's are: page[0] its root (the part the start
 * parameter names, or else its first text/html part, or its first text part), then its other
 * text/html parts in order (frames: the root may be a frameset or hold the report in an
 * iframe). */
typedef struct {
    xbuf page[MIME_PAGES_MAX];
    size_t n;
} mime_pages;

/* The pages of the web archive data[0..len) into p (free with mime_pages_free, whatever is
 * returned).  Returns 0 or an xxgk_error code with a message in err: no page, nested too
 * deep, too many parts. */
int mime_read_pages(mime_pages *p, const char *data, size_t len, char *err, size_t errcap);
void mime_pages_free(mime_pages *p);

#endif
