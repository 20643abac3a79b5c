/* The numbers Word puts before the paragraphs of its lists (see docx_numbering.c). */
#ifndef XXGK_LIB_DOCX_NUMBERING_H
#define XXGK_LIB_DOCX_NUMBERING_H

#include <libxml/tree.h>

#include "util/buf.h"

typedef struct docx_numbering docx_numbering;

/* The lists of a document's numbering part (word/numbering.xml; doc may be NULL, for a
 * document without one) into *out, each list's count at its start.  Returns 0, or
 * XXGK_ENOMEM with *out NULL. */
int docx_numbering_read(docx_numbering **out, const xmlDoc *doc);
void docx_numbering_free(docx_numbering *n);

/* The number of the next paragraph of list num_id at level ilvl (0-8), as the list shows it
 * ("一、", "（二）", "3."), appended to out, the list counted on; nothing for a bullet, a list
 * the part lacks, or a level out of range. */
void docx_numbering_next(docx_numbering *n, int num_id, int ilvl, xbuf *out);

/* v appended to out in the form Word's numFmt names ("chineseCounting", "upperRoman"): the
 * forms reports use, decimal for the rest and for what a form cannot write (an OpenDocument
 * text's lists name theirs otherwise and are written by this too). */
void docx_numbering_put(xbuf *out, const char *format, int v);

#endif
