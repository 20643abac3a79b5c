/* Setting the per-thread error message (see xxgk_error_last). */
#ifndef XXGK_LIB_ERROR_H
#define XXGK_LIB_ERROR_H

#include "util/lang.h"

/* The longest message kept (bytes with the NUL); a longer one is cut at a character. */
#define ERR_MAX 2048

/* Record a message for the calling thread and return code, for `return err_set(...)`. */
int err_set(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
