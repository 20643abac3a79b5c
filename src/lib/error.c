/* Error codes and the per-thread message of the last failure. */
#include <stdarg.h>
#include <stdio.h>

#include "lib/error.h"
#include "util/text.h"
#include "xxgk/xxgk.h"

static _Thread_local char last_error[ERR_MAX];

const char *xxgk_strerror(int code)
{
    switch (code) {
    case XXGK_OK: return "no error";
    case XXGK_ENOMEM: return "out of memory";
    case XXGK_EIO: return "input/output error";
    case XXGK_EENCODING: return "unknown or invalid text encoding";
    case XXGK_EBINARY: return "binary data, not text";
    case XXGK_ELIMIT: return "input exceeds a limit";
    case XXGK_EINVAL: return "invalid argument";
    case XXGK_EEMPTY: return "no text";
    case XXGK_ENOTFOUND: return "not found";
    default: return "unknown error";
    }
}

const char *xxgk_error_last(void)
{
    return last_error;
}

int err_set(int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(last_error, sizeof last_error, fmt, ap);
    va_end(ap);
    if (n >= (int)sizeof last_error) /* cut before the last character, which may be split */
        last_error[u8_floor(last_error, sizeof last_error - 2)] = '\0';
    return code;
}
