/*
 * xxgk: read, check and write China's government information disclosure annual reports
 * (政府信息公开工作年度报告).  This umbrella header is the whole public API.
 *
 * Conventions, stated once for every header under xxgk/:
 *  - Functions that can fail return 0 or a negative xxgk_error code.  The detailed message of the
 *    last failure on the calling thread is xxgk_error_last(); xxgk_strerror() names a code.
 *  - Out-parameters come first; a single one is called `out`.
 *  - xxgk_x_new()/xxgk_x_read() pair with xxgk_x_free().  Getters return borrowed pointers that
 *    stay valid while their parent object lives; the caller never frees them.
 *  - Problems found in a report are data (findings), never errors: a malformed report still
 *    yields a report object.  The error channel is for I/O, memory, encodings and limits.
 *  - All strings are UTF-8.
 */
#ifndef XXGK_XXGK_H
#define XXGK_XXGK_H

#define XXGK_VERSION "0.1.0"

#if defined(__GNUC__)
#define XXGK_EXTERN __attribute__((visibility("default")))
#else
#define XXGK_EXTERN
#endif

typedef enum {
    XXGK_OK = 0,
    XXGK_ENOMEM = -1,    /* out of memory */
    XXGK_EIO = -2,       /* a file or the register could not be opened, read or written */
    XXGK_EENCODING = -3, /* the bytes are not text in a known encoding */
    XXGK_EBINARY = -4,   /* the input is a binary file, not text */
    XXGK_ELIMIT = -5,    /* the input exceeds a documented limit */
    XXGK_EINVAL = -6,    /* an argument is invalid (e.g. an unknown encoding name) */
    XXGK_EEMPTY = -7,    /* the input holds no text at all */
    XXGK_ENOTFOUND = -8  /* no such register, request, case or letter */
} xxgk_error;

/* Short English name of an error code; never NULL. */
XXGK_EXTERN const char *xxgk_strerror(int code);

/* Message of the last failure on this thread ("" if none).  Borrowed; valid until the next
 * failing call on the same thread. */
XXGK_EXTERN const char *xxgk_error_last(void);

#include "xxgk/format.h"
#include "xxgk/report.h"
#include "xxgk/check.h"
#include "xxgk/write.h"
#include "xxgk/calendar.h"
#include "xxgk/register.h"
#include "xxgk/fees.h"
#include "xxgk/template.h"

#endif
