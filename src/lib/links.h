/* Links whose text shows one address and point to another (see links.c). */
#ifndef XXGK_LIB_LINKS_H
#define XXGK_LIB_LINKS_H

#include <stddef.h>

#include "util/buf.h"

/* A link whose text is an address (e-mail or web) other than the one it points to. */
typedef struct {
    unsigned line;   /* line of the text where the link stands */
    char shown[128]; /* the address shown: an e-mail address, or a web site's host */
    char target[128];
} doc_link;

#define DOC_LINKS_MAX 8

/* The first DOC_LINKS_MAX such links of a document. */
typedef struct {
    doc_link link[DOC_LINKS_MAX];
    int n;
} doc_links;

/* A link of the document whose text so far is out, its own text being out's bytes from `at`
 * on (or, when text is not NULL, text) and its target href (mailto: or http(s):, anything
 * else passed over): kept in links (which may be NULL) when the text shows another address
 * than href, at the line where `at` stands. */
void links_judge(doc_links *links, const xbuf *out, size_t at, const char *text,
                 const char *href);

/* The Markdown links of text ([shown](mailto:a@b.cn), [shown](http://…)) judged as above, each
 * at its line of text. */
void links_markdown(doc_links *links, const xbuf *text);

/* The target a field instruction names, HYPERLINK "mailto:a@b.cn" \o "tip" (Word's, in .docx,
 * .doc and RTF alike), into out (cap bytes); 0 when instr is no such field. */
int links_field_target(char *out, size_t cap, const char *instr);

#endif
