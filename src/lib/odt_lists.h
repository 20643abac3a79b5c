/* The numbers an OpenDocument text draws before its list paragraphs and headings (see
 * odt_lists.c). */
#ifndef XXGK_LIB_ODT_LISTS_H
#define XXGK_LIB_ODT_LISTS_H

#include <libxml/tree.h>

#include "util/buf.h"

typedef struct odt_lists odt_lists;

/* The list styles (text:list-style) and the heading numbering (text:outline-style) of a
 * document's styles.xml and content.xml (either may be NULL) into *out, every count at its
 * start.  Returns 0, or XXGK_ENOMEM with *out NULL. */
int odt_lists_read(odt_lists **out, const xmlDoc *styles, const xmlDoc *content);
void odt_lists_free(odt_lists *l);

/* The list style called name, as a handle for the calls below; -1 when there is none. */
int odt_lists_style(const odt_lists *l, const xmlChar *name);

/* Style `style`'s counts begin again (a list of it that does not continue the one before). */
void odt_lists_restart(odt_lists *l, int style);

/* The label of the next item of style `style` at level (1 outermost), as the style draws it
 * ("一、", "（二）", "1.2"), appended to out, the style counted on; start >= 1 sets the item's
 * own number (text:start-value), 0 starts the level again at its own start, -1 counts on.
 * Nothing for a bullet, a level without a number, or no style. */
void odt_lists_next(odt_lists *l, int style, int level, int start, xbuf *out);

/* The same for a heading of outline level `level` numbered by the outline style. */
void odt_lists_heading(odt_lists *l, int level, int start, xbuf *out);

/* The same for a paragraph outside lists numbered by its paragraph style's list style
 * (style:list-style-name): all such paragraphs of one list style count on as one list, apart
 * from the style's text:list lists. */
void odt_lists_styled(odt_lists *l, int style, int level, int start, xbuf *out);

/* The same for a numbered paragraph (text:numbered-paragraph) of list `id` (text:list-id,
 * NULL for none: it goes on with the last numbered paragraph's list, unless it names another
 * style) drawn by list style `style` (-1 for none named: its list's last); the paragraphs of
 * one id count on together, whatever lies between them.  A paragraph that begins a list with
 * `cont` (text:continue-numbering) counts on from the last numbered paragraph's list. */
void odt_lists_numbered(odt_lists *l, const xmlChar *id, int style, int level, int start,
                        int cont, xbuf *out);

#endif
