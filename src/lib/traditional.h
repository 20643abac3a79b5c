/* Reports in Traditional characters (a site's 繁體 version, a Big5 page): told apart from
 * Simplified text and read as Simplified, with OpenCC (see traditional.c). */
#ifndef XXGK_LIB_TRADITIONAL_H
#define XXGK_LIB_TRADITIONAL_H

#include <stddef.h>

#include "util/buf.h"

/* Whether the UTF-8 text s[0..n) is written in Traditional characters: the common characters
 * that differ between the two scripts (開 报 請 ...) are mostly Traditional.  Stops at the
 * first few such characters, the title's as a rule. */
int traditional_text(const char *s, size_t n);

/* s[0..n) in Simplified characters into out, character for character and line for line
 * (OpenCC's t2s, which also turns phrases: 乾隆 stays, 頭髮 becomes 头发).  Returns 0, or
 * XXGK_ENOMEM, or XXGK_EIO with a message in err when OpenCC cannot be opened or fails. */
int traditional_to_simplified(xbuf *out, const char *s, size_t n, char *err, size_t errcap);

#endif
