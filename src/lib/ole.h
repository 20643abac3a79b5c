/* OLE2 compound files (.doc, .xls) held in memory: opening one and reading its streams whole
 * (see ole.c). */
#ifndef XXGK_LIB_OLE_H
#define XXGK_LIB_OLE_H

#include <stddef.h>

typedef struct ole_file ole_file;

/* Whether data starts like an OLE2 compound file (.doc, .xls, .ppt). */
int ole_is_ole(const char *data, size_t len);

/* The container in data[0..len) (not copied: data must outlive it), or NULL when it cannot be
 * opened, with libgsf's reason in why[0..whycap). */
ole_file *ole_open(const char *data, size_t len, char *why, size_t whycap);
void ole_close(ole_file *f);

/* Whether the container has a stream called name. */
int ole_has(ole_file *f, const char *name);

enum { OLE_OK, OLE_ABSENT, OLE_SHORT, OLE_NOMEM };

/* Stream `name` copied whole into *out (malloc'd, one byte more than *n for the caller's use):
 * OLE_OK; OLE_ABSENT when the container has no such stream; OLE_SHORT when it cannot be read
 * whole (a file cut short) or is larger than max; OLE_NOMEM. */
int ole_read(ole_file *f, const char *name, size_t max, unsigned char **out, size_t *n);

#endif
