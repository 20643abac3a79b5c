/* HTML input turned into text for the reader (see html_text.c). */
#ifndef XXGK_LIB_HTML_TEXT_H
#define XXGK_LIB_HTML_TEXT_H

#include <stddef.h>

#include "lib/links.h"
#include "util/buf.h"

/* Whether UTF-8 text starts like an HTML page. */
int html_is_html(const char *data, size_t len);

/* What a page says besides its text. */
typedef struct {
    doc_links links; /* links that show one address and point to another */
    char posted[40]; /* when it was put on the web, as the PubDate of its head says it (which
                      * government sites give every page: "2025-01-22 20:18"), or "" */
    char attachment[1024]; /* the address (as written: it may be relative) of the document the
                            * page links as its report ("附件：……年度报告.pdf": the one linked
                            * document named a report, or the article's only one), or "" when
                            * it links none, or several with nothing to choose between them */
    int attachment_named;  /* the link names a report (年度报告, 年报) */
    unsigned documents;    /* when no attachment could be chosen: the documents it links (those
                            * named a report, if any) */
    unsigned images;       /* pictures in the article (tables published as images) */
} html_found;

/* The page's title line, then its article as lines of text, each table row one tab-separated
 * line.  data is UTF-8.  What else it says goes to found (the first DOC_LINKS_MAX links).
 * Returns 0 or an xxgk_error code with a message in err. */
int html_to_text(xbuf *out, html_found *found, const char *data, size_t len, char *err,
                 size_t errcap);
/* As html_to_text, for a ledger's rows: a line break inside a table's cell (<br>, paragraphs)
 * is kept as HTML_BREAK, not joined up (its writer's lines, not a report's wrapped label); a
 * merged cell of any kind leaves an empty cell in each other column it covers and gives each
 * row it spans its text, as a workbook's CSV does; rows and cells the page hides are read. */
#define HTML_BREAK '\x1e'
int html_to_text_breaks(xbuf *out, html_found *found, const char *data, size_t len, char *err,
                        size_t errcap);

#endif
