/* Page layout shared by the readers of positioned text: PDF (pdf_text.c) and OFD (ofd_text.c). */
#ifndef XXGK_LIB_PAGE_LAYOUT_H
#define XXGK_LIB_PAGE_LAYOUT_H

#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

/* One character on a page with its box (y grows downwards). */
typedef struct {
    double x1, y1, x2, y2, cy, h;
    const char *s; /* its UTF-8 bytes in the page text */
    int n;
    int wide;  /* a CJK or other double-width character */
    int label; /* the vertical label it belongs to (from 1), or 0 */
} glyph;

/* Whether a character is blank (spaces of every width, controls): readers leave those out, as
 * the layout puts its own spaces. */
int glyph_blank(uint32_t c);

/* Lay out one page's characters (reordered in place) into out: one line per line of text, each
 * character in the column its x gives.  Returns 0, or -1 when out of memory. */
int layout_page(xbuf *out, glyph *g, size_t n);

#endif
