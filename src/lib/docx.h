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
#define DOCX_PLAIN "Normal"           /* 16pt 仿宋 as typed, flush left: a salutation */
#define DOCX_SIGN "Signature"         /* right-aligned: the agency and date at the end */
#define DOCX_SENDER "LetterSender"    /* a letter's agency above its title, as the title */
#define DOCX_REF "LetterRef"          /* a letter's reference, centred under its title */
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

/* Append a .docx made from a letter's plain text, one paragraph per line, empty lines kept,
 * laid out as an official letter: the lines before the first empty one centred (the last, the
 * title, as DOCX_TITLE, those above it as DOCX_SENDER), then up to the salutation ("张三：")
 * the reference (DOCX_REF), the salutation flush left, a line opening with spaces as
 * DOCX_BODY without them (indented two characters), and the lines after the last empty one
 * right-aligned (DOCX_SIGN).  title, unless NULL or "", is the title, the text having no head.
 * 0 or XXGK_ENOMEM. */
int docx_from_paragraphs(xbuf *out, const char *title, const char *text);

#endif
