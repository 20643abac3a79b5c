/* PDF input turned into text for the reader (see pdf_text.c). */
#ifndef XXGK_LIB_PDF_TEXT_H
#define XXGK_LIB_PDF_TEXT_H

#include <stddef.h>

#include "lib/links.h"
#include "util/buf.h"

/* The most pages pdf_to_text reads; a longer document is XXGK_ELIMIT. */
#define PDF_MAX_PAGES 2000

/* The seconds poppler may take to lay out the text of one page, and of the whole document, before
 * pdf_to_text gives up with XXGK_ELIMIT: a real page takes milliseconds, a page of 100,000 glyphs
 * scattered at random a minute (the layout is quadratic in them). */
#define PDF_PAGE_SECONDS 10
#define PDF_SECONDS 60

/* Whether data starts like a PDF ("%PDF-"). */
int pdf_is_pdf(const char *data, size_t len);

/* Some of a PDF's pages: how many, and the first of them. */
typedef struct {
    unsigned n;       /* how many */
    unsigned page[8]; /* the first of them, 1-based */
} pdf_pages;

/* What a PDF's pages hold besides their text. */
typedef struct {
    pdf_pages scans;   /* images and no text: a report's tables scanned among pages of text */
    pdf_pages damaged; /* content poppler could not decode: the page's text may be short */
    doc_links links;   /* links that show one address and point to another */
} pdf_notes;

/* The text of a PDF's text layer laid out like `pdftotext -layout`: one line per line of text,
 * words placed by their x position with runs of spaces, pages separated by a form feed (\f) line.
 * Appends UTF-8 to out; the pages that are images only or damaged go to notes (when not NULL).
 * Poppler tells of damage only through GLib's log (domain "Poppler"): the first call installs a
 * handler of that domain's messages, which counts them for the calling thread.  Returns 0,
 * or an xxgk_error code with a message in err naming the problem (not a PDF, encrypted,
 * damaged, no text layer (scanned images only: say so), too many pages, too slow). */
int pdf_to_text(xbuf *out, pdf_notes *notes, const char *data, size_t len, char *err,
                size_t errcap);

/* pdf_to_text with other time limits.  The text is read in a thread of its own, on a copy of
 * data; one given up on goes on to the end of the page it is on, then stops and frees what it
 * holds. */
int pdf_to_text_within(xbuf *out, pdf_notes *notes, const char *data, size_t len,
                       double page_seconds, double seconds, char *err, size_t errcap);

/* Waits until every reading given up on has stopped (before checking for leaks at exit). */
void pdf_settle(void);

#endif
