/* What every header of xxgk shares: the version, the export and C++ linkage macros, and the
 * error codes with their messages.  Conventions are stated once, in xxgk/xxgk.h. */
#ifndef XXGK_COMMON_H
#define XXGK_COMMON_H

#define XXGK_VERSION "0.1.0"

#if defined(__GNUC__)
#define XXGK_EXTERN __attribute__((visibility("default")))
#else
#define XXGK_EXTERN
#endif

#ifdef __cplusplus
#define XXGK_BEGIN_DECLS extern "C" {
#define XXGK_END_DECLS }
#else
#define XXGK_BEGIN_DECLS
#define XXGK_END_DECLS
#endif

XXGK_BEGIN_DECLS

typedef enum {
    XXGK_OK = 0,
    XXGK_ENOMEM = -1,    /* out of memory */
    XXGK_EIO = -2,       /* a file or the register could not be opened, read or written */
    XXGK_EENCODING = -3, /* the bytes are not text in a known encoding */
    XXGK_EBINARY = -4,   /* the input is a binary file, not text */
    XXGK_ELIMIT = -5,    /* the input exceeds a documented limit */
    XXGK_EINVAL = -6,    /* an argument is invalid (e.g. an unknown encoding name) */
    XXGK_EEMPTY = -7,    /* the input holds no text at all */
    XXGK_ENOTFOUND = -8, /* no such register, request, case or letter */
    XXGK_ECANCELED = -9  /* stopped when asked to (xxgk_db_backup_cancel) */
} xxgk_error;

/* The language of messages: errors, the register's words and the checker's findings. */
typedef enum { XXGK_LANG_ZH = 0, XXGK_LANG_EN = 1 } xxgk_lang;

/* Set the language of the library's error messages and of the register's output (Chinese
 * unless set).  Process-wide: set it once, before any other thread calls the library. */
XXGK_EXTERN void xxgk_lang_set(xxgk_lang lang);
XXGK_EXTERN xxgk_lang xxgk_lang_get(void);

/* Short name of an error code in the language set; never NULL. */
XXGK_EXTERN const char *xxgk_strerror(int code);

/* Message of the last failure on this thread ("" if none).  Borrowed; valid until the next
 * failing call on the same thread. */
XXGK_EXTERN const char *xxgk_error_last(void);

XXGK_END_DECLS

#endif
