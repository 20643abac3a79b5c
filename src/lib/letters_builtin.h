/* The default letter templates compiled into the library (generated from templates/). */
#ifndef XXGK_LIB_LETTERS_BUILTIN_H
#define XXGK_LIB_LETTERS_BUILTIN_H

#include <stddef.h>

typedef struct {
    const char *name; /* file name without .txt: "correction-notice", "reply-granted", ... */
    const char *text;
    size_t len;
} builtin_template;

/* Terminated by an entry whose name is NULL. */
extern const builtin_template builtin_templates[];

#endif
