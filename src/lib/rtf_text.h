/* RTF input (Word's and WPS's "RTF 格式") turned into text for the reader (see rtf_text.c). */
#ifndef XXGK_LIB_RTF_TEXT_H
#define XXGK_LIB_RTF_TEXT_H

#include <stddef.h>

#include "lib/links.h"
#include "util/buf.h"

/* Whether data begins as an RTF file does ("{\rtf"). */
int rtf_is_rtf(const char *data, size_t len);

/* The paragraphs of the RTF document data[0..len) as lines, each table row one tab-separated
 * line, as docx_to_text writes a Word document's, its links that show another address than
 * they point to added to links (NULL: not looked for).  Returns 0 or an xxgk_error code with a
 * message in err (groups nested too deep, an encoding iconv lacks, out of memory). */
int rtf_to_text(xbuf *out, doc_links *links, const char *data, size_t len, char *err,
                size_t errcap);

#endif
