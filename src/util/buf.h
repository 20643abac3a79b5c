/* Growable byte buffer with a hard size limit: growth driven by input fails cleanly past it. */
#ifndef XXGK_UTIL_BUF_H
#define XXGK_UTIL_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

typedef struct {
    char *data;   /* NUL-terminated while len < cap */
    size_t len;
    size_t cap;
    size_t max;   /* growth limit in bytes; 0 means 1 GiB */
    int failed;   /* sticky: a failed append makes every later one fail too */
} xbuf;

void xbuf_init(xbuf *b, size_t max);
void xbuf_free(xbuf *b);
void xbuf_reset(xbuf *b);
int xbuf_grow(xbuf *b, size_t extra);
int xbuf_put(xbuf *b, const char *s, size_t n);
int xbuf_puts(xbuf *b, const char *s);
int xbuf_putc(xbuf *b, char c);
int xbuf_printf(xbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int xbuf_vprintf(xbuf *b, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
/* Append the rest of f.  0; -1 when f could not be read (errno set); -2 when it holds more
 * than the buffer's limit (b->failed). */
int xbuf_read(xbuf *b, FILE *f);
/* Take ownership of the data (NUL-terminated); the buffer is left empty. */
char *xbuf_steal(xbuf *b);

#endif
