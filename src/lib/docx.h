/* DOCX building blocks shared by the report writer (write_docx.c) and by letters: paragraphs of
 * WordprocessingML written into an xbuf with escaping, and the package around a document body
 * (a zip built in memory with libzip, holding the parts Word, WPS and LibreOffice require). */
#ifndef XXGK_LIB_DOCX_H
#define XXGK_LIB_DOCX_H

#include <stddef.h>

#include "util/buf.h"

/* Paragraph styles of word/styles.xml (ids). */
#define DOCX_TITLE "Title"            /* centered, bold, 22pt 宋体 (小标宋-like) */
#define DOCX_HEADING "Heading1"       /* 16pt 黑体, indented 2 characters */
#define DOCX_BODY "BodyText"          /* 16pt 仿宋, first line indented 2 characters */
#define DOCX_PLAIN "Normal"           /* 16pt 仿宋 as typed: letters carry their own indent */
#define DOCX_SIGN "Signature"         /* right-aligned: the agency and date at the end */
#define DOCX_CELL "TableText"         /* 10.5pt 宋体, centered: headers and figures */
#define DOCX_CELL_LABEL "TableLabel"  /* the same, left-aligned: row labels */
#define DOCX_CELL_CAPTION "TableCaption" /* the same, bold: captions inside a table */

/* Twips between the page margins docx_package sets on A4 (11906 - 1588 - 1474). */
#define DOCX_TEXT_WIDTH 8844

/* Append one paragraph of a style from the list above; tabs become Word tabs, newlines line
 * breaks. */
void docx_para(xbuf *b, const char *style, const char *text, size_t n);

/* Append the .docx bytes of a document whose w:body content (paragraphs and tables, without
 * w:sectPr) is body[0..n): A4 portrait, official margins.  0 or XXGK_ENOMEM. */
int docx_package(xbuf *out, const char *body, size_t n);

/* Append a .docx made from plain text: title centered (NULL or "" for none), then one
 * paragraph per line of text as typed, empty lines kept.  For letters.  0 or XXGK_ENOMEM. */
int docx_from_paragraphs(xbuf *out, const char *title, const char *text);

#endif
