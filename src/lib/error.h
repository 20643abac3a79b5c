/* Setting the per-thread error message (see xxgk_error_last). */
#ifndef XXGK_LIB_ERROR_H
#define XXGK_LIB_ERROR_H

#include "util/lang.h"

/* The longest message kept without an allocation of its own (bytes with the NUL): callers
 * copying one into a buffer of this size get the usual messages whole.  A longer one (an
 * import's list of bad rows) is kept whole up to ERR_LONG_MAX bytes, then cut at a character
 * and marked "……". */
#define ERR_MAX 2048
#define ERR_LONG_MAX ((size_t)1 << 20)

/* Record a message for the calling thread and return code, for `return err_set(...)`.  The
 * arguments may quote xxgk_error_last(), the message being replaced: it is formatted first. */
int err_set(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
