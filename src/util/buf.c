/* Growable byte buffer with a hard limit (see buf.h). */
#include "util/buf.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define XBUF_DEFAULT_MAX ((size_t)1 << 30)

void xbuf_init(xbuf *b, size_t max)
{
    b->data = NULL;
    b->len = b->cap = 0;
    b->max = max ? max : XBUF_DEFAULT_MAX;
    b->failed = 0;
}

void xbuf_free(xbuf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

void xbuf_reset(xbuf *b)
{
    b->len = 0;
    b->failed = 0;
    if (b->data)
        b->data[0] = '\0';
}

int xbuf_grow(xbuf *b, size_t extra)
{
    if (b->failed)
        return -1;
    if (extra > b->max || b->len + 1 > b->max - extra) {
        b->failed = 1;
        return -1;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap = cap > b->max / 2 ? b->max + 1 : cap * 2;
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = 1;
        return -1;
    }
    b->data = p;
    b->cap = cap;
    b->data[b->len] = '\0';
    return 0;
}

int xbuf_put(xbuf *b, const char *s, size_t n)
{
    /* (room already, and within the limit: most calls) */
    if (!b->failed && b->cap - b->len > n && b->max - b->len > n) {
        memcpy(b->data + b->len, s, n);
        b->len += n;
        b->data[b->len] = '\0';
        return 0;
    }
    if (xbuf_grow(b, n) < 0)
        return -1;
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int xbuf_puts(xbuf *b, const char *s)
{
    return xbuf_put(b, s, strlen(s));
}

int xbuf_putc(xbuf *b, char c)
{
    if (!b->failed && b->cap - b->len > 1 && b->max - b->len > 1) {
        b->data[b->len++] = c;
        b->data[b->len] = '\0';
        return 0;
    }
    return xbuf_put(b, &c, 1);
}

int xbuf_vprintf(xbuf *b, const char *fmt, va_list ap)
{
    char small[256];
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    int rc = 0;
    if (n < 0)
        rc = -1;
    else if ((size_t)n < sizeof small)
        rc = xbuf_put(b, small, (size_t)n);
    else if (xbuf_grow(b, (size_t)n) < 0)
        rc = -1;
    else {
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, again);
        b->len += (size_t)n;
    }
    va_end(again);
    return rc;
}

int xbuf_printf(xbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = xbuf_vprintf(b, fmt, ap);
    va_end(ap);
    return rc;
}

int xbuf_read(xbuf *b, FILE *f)
{
    for (;;) {
        if (b->failed)
            return -1;
        size_t room = b->max - 1 - b->len; /* what the limit still lets in */
        if (room == 0) {
            /* Full: one byte more means the file is over the limit. */
            if (fgetc(f) != EOF) {
                b->failed = 1;
                return -2;
            }
            return ferror(f) ? -1 : 0;
        }
        size_t want = room < 65536 ? room : 65536;
        if (xbuf_grow(b, want) < 0) {
            errno = ENOMEM;
            return -1;
        }
        size_t n = fread(b->data + b->len, 1, want, f);
        b->len += n;
        b->data[b->len] = '\0';
        if (n < want)
            return ferror(f) ? -1 : 0;
    }
}

char *xbuf_steal(xbuf *b)
{
    if (!b->data && xbuf_grow(b, 0) < 0)
        return NULL;
    char *p = b->data;
    b->data = NULL;
    b->len = b->cap = 0;
    return p;
}
