/*
 * Word input: the text of a .docx (word/document.xml inside the zip) as lines for the reader.
 * Paragraphs become lines; each table row becomes one tab-separated line, its cells' paragraphs
 * joined, so Word's tables feed the same recognizer as text copied out of Word.
 */
#include "lib/docx_text.h"

#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "lib/package.h"
#include "util/lang.h"
#include "xxgk/xxgk.h"

#define MAX_XML ((zip_uint64_t)64 << 20)

int docx_is_docx(const char *data, size_t len)
{
    /* (an empty archive starts with its end record; a signature alone is a zip cut short) */
    return len >= 4 && (memcmp(data, "PK\x03\x04", 4) == 0 || memcmp(data, "PK\x05\x06", 4) == 0);
}

static int is_w(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, BAD_CAST name) == 0 && n->ns &&
           n->ns->prefix && xmlStrcmp(n->ns->prefix, BAD_CAST "w") == 0;
}

/* The markup-compatibility fallback of an mc:AlternateContent (a text box drawn both as DrawingML
 * and as VML): the same text again, read once from mc:Choice. */
static int is_fallback(const xmlNode *n)
{
    return n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, BAD_CAST "Fallback") == 0 &&
           n->ns && n->ns->href &&
           xmlStrcmp(n->ns->href,
                     BAD_CAST "http://schemas.openxmlformats.org/markup-compatibility/2006") == 0;
}

/* Whether a property such as w:vanish is on: present and not turned off (ST_OnOff). */
static int on(const xmlNode *p)
{
    xmlChar *val = xmlGetProp(p, BAD_CAST "val");
    int yes = !val || (xmlStrcmp(val, BAD_CAST "0") != 0 && xmlStrcmp(val, BAD_CAST "false") != 0 &&
                       xmlStrcmp(val, BAD_CAST "off") != 0);
    xmlFree(val);
    return yes;
}

/* Whether a w:vertAlign raises or lowers its run's text. */
static int raised(const xmlNode *v)
{
    xmlChar *val = xmlGetProp(v, BAD_CAST "val");
    int yes = val && (xmlStrcmp(val, BAD_CAST "superscript") == 0 ||
                      xmlStrcmp(val, BAD_CAST "subscript") == 0);
    xmlFree(val);
    return yes;
}

/* Whether a run's text is left out: hidden (w:vanish) or struck through (w:strike, w:dstrike:
 * a figure corrected in place, 130 struck before 120, is not 130120); a note's mark, the
 * reference itself (with a custom mark, w:customMarkFollows, the mark is the run's text) or a
 * run raised or lowered (w:vertAlign), in sentences as in cells, as the web page's <sup> and
 * <sub> are: 120 with a footnote's ¹ would read 1201, and a sentence's figures are checked
 * against the tables; what else a report sets raised (m²) carries no figure it reads. */
static int run_left_out(const xmlNode *r)
{
    for (const xmlNode *p = r->children; p; p = p->next) {
        if (is_w(p, "footnoteReference") || is_w(p, "endnoteReference"))
            return 1;
        if (is_w(p, "rPr"))
            for (const xmlNode *v = p->children; v; v = v->next)
                if (((is_w(v, "vanish") || is_w(v, "strike") || is_w(v, "dstrike")) && on(v)) ||
                    (is_w(v, "vertAlign") && raised(v)))
                    return 1;
    }
    return 0;
}

/* The text of runs under n: w:t as is, w:tab and w:br as a space (inside a cell or a
 * paragraph they separate words, never cells).  Text as the report reads: tracked deletions
 * (w:del, w:moveFrom: the moved text is read where it went) and the runs run_left_out names are
 * left out. */
static void runs(xbuf *b, const xmlNode *n, int depth)
{
    if (depth > 64)
        return;
    for (const xmlNode *c = n; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || is_w(c, "del") || is_w(c, "moveFrom") ||
            is_fallback(c) || (is_w(c, "r") && run_left_out(c)))
            continue;
        if (is_w(c, "t")) {
            xmlChar *t = xmlNodeGetContent(c);
            if (t)
                xbuf_puts(b, (const char *)t);
            xmlFree(t);
        } else if (is_w(c, "tab") || is_w(c, "br")) {
            xbuf_putc(b, ' ');
        } else if (!is_w(c, "tbl")) {
            runs(b, c->children, depth + 1);
        }
    }
}

/* Content controls (w:sdt, its content in w:sdtContent) and custom XML may wrap paragraphs,
 * tables, rows or cells alike: what they hold is read where they stand. */
static int is_wrapper(const xmlNode *n)
{
    return is_w(n, "sdt") || is_w(n, "sdtContent") || is_w(n, "customXml");
}

/* Word nests tables in cells: `depth` counts the tables around one, `level` the elements a
 * function went down through (content controls and the like), both bounded. */
#define MAX_TABLES 8
#define MAX_LEVEL 64

static void table(xbuf *b, const xmlNode *tbl, int depth);
static void blocks(xbuf *out, const xmlNode *first, int depth, int level);

/* The rows from `first` on (through content controls) and the most cells any of them has. */
static void shape(const xmlNode *first, int *rows, int *cells, int level)
{
    for (const xmlNode *c = first; c && level <= MAX_LEVEL; c = c->next)
        if (is_wrapper(c)) {
            shape(c->children, rows, cells, level + 1);
        } else if (is_w(c, "tr")) {
            int n = 0, r = 0;
            shape(c->children, &r, &n, level + 1);
            ++*rows;
            if (n > *cells)
                *cells = n;
        } else if (is_w(c, "tc")) {
            ++*cells;
        }
}

static void row_cells(xbuf *b, const xmlNode *first, int *n, int depth, int level);

/* A table of one row or one column in a cell, read into the cell: one row's cells stand as
 * cells of the row holding it, one column's are joined as the cell's paragraphs are (a figure
 * pasted in a table of its own is the cell's figure). */
static void inline_rows(xbuf *b, const xmlNode *first, int depth, int level)
{
    for (const xmlNode *tr = first; tr && level <= MAX_LEVEL; tr = tr->next)
        if (is_wrapper(tr)) {
            inline_rows(b, tr->children, depth, level + 1);
        } else if (is_w(tr, "tr")) {
            int n = 0;
            row_cells(b, tr->children, &n, depth, 0);
        }
}

static int inline_table(const xmlNode *tbl)
{
    int rows = 0, cells = 0;
    shape(tbl->children, &rows, &cells, 0);
    return rows <= 1 || cells <= 1;
}

/* The paragraphs of a cell, joined (a label Word wrapped into two paragraphs is one label),
 * with the tables in it of one row or column; a cell's own tabs and line breaks would split it
 * and are spaces. */
static void cell_text(xbuf *b, const xmlNode *first, int depth, int level)
{
    for (const xmlNode *c = first; c && level <= MAX_LEVEL; c = c->next)
        if (is_w(c, "p")) {
            size_t at = b->len;
            runs(b, c->children, 0);
            for (size_t i = at; i < b->len; i++)
                if (b->data[i] == '\t' || b->data[i] == '\n')
                    b->data[i] = ' ';
        } else if (is_wrapper(c)) {
            cell_text(b, c->children, depth, level + 1);
        } else if (is_w(c, "tbl") && depth < MAX_TABLES && inline_table(c)) {
            inline_rows(b, c->children, depth + 1, 0);
        }
}

/* The cells of a row, each after a tab but the first. */
static void row_cells(xbuf *b, const xmlNode *first, int *n, int depth, int level)
{
    for (const xmlNode *tc = first; tc && level <= MAX_LEVEL; tc = tc->next) {
        if (is_wrapper(tc)) {
            row_cells(b, tc->children, n, depth, level + 1);
            continue;
        }
        if (!is_w(tc, "tc"))
            continue;
        if ((*n)++)
            xbuf_putc(b, '\t');
        cell_text(b, tc->children, depth, 0); /* a merged cell is one cell: its figure is one */
    }
}

/* The other tables nested in the cells from `first` on: their rows follow the row that holds
 * them. */
static void nested_tables(xbuf *b, const xmlNode *first, int depth, int level)
{
    for (const xmlNode *c = first; c && level <= MAX_LEVEL; c = c->next)
        if (is_w(c, "tbl") && depth < MAX_TABLES && inline_table(c))
            nested_tables(b, c->children, depth + 1, level + 1); /* (read in its cell) */
        else if (is_w(c, "tbl"))
            table(b, c, depth + 1);
        else if (is_w(c, "tc") || is_w(c, "tr") || is_wrapper(c))
            nested_tables(b, c->children, depth, level + 1);
}

static void rows(xbuf *b, const xmlNode *first, int depth, int level)
{
    for (const xmlNode *tr = first; tr && level <= MAX_LEVEL; tr = tr->next) {
        if (is_wrapper(tr)) {
            rows(b, tr->children, depth, level + 1);
            continue;
        }
        if (!is_w(tr, "tr"))
            continue;
        int n = 0;
        row_cells(b, tr->children, &n, depth, 0);
        xbuf_putc(b, '\n');
        nested_tables(b, tr->children, depth, 0);
    }
}

/* The cells of a table of one column, each read as the body is. */
static void column(xbuf *b, const xmlNode *first, int depth, int level)
{
    for (const xmlNode *c = first; c && level <= MAX_LEVEL; c = c->next)
        if (is_w(c, "tc"))
            blocks(b, c->children, depth + 1, 0);
        else if (is_w(c, "tr") || is_wrapper(c))
            column(b, c->children, depth, level + 1);
}

/* A table, one row a line; but a table of one column (one cell, the whole report in it, as a
 * page is laid out) holds paragraphs, not figures: they are read as lines, its tables as
 * tables. */
static void table(xbuf *b, const xmlNode *tbl, int depth)
{
    if (depth > MAX_TABLES)
        return;
    int n = 0, cells = 0;
    shape(tbl->children, &n, &cells, 0);
    if (cells <= 1)
        column(b, tbl->children, depth, 0);
    else
        rows(b, tbl->children, depth, 0);
}

/* The body's paragraphs, one a line, and its tables, one row a line (depth: the tables around
 * them). */
static void blocks(xbuf *out, const xmlNode *first, int depth, int level)
{
    for (const xmlNode *c = first; c && level <= MAX_LEVEL; c = c->next) {
        if (is_w(c, "tbl")) {
            table(out, c, depth);
        } else if (is_wrapper(c)) {
            blocks(out, c->children, depth, level + 1);
        } else if (is_w(c, "p") ||
                   (c->type == XML_ELEMENT_NODE && !is_w(c, "sectPr") && !is_w(c, "sdtPr") &&
                    !is_w(c, "sdtEndPr") && !is_w(c, "tcPr"))) {
            size_t at = out->len;
            runs(out, c->children, 0);
            if (is_w(c, "p") || out->len > at)
                xbuf_putc(out, '\n');
        }
    }
}

/* Pictures in the document, its tables perhaps among them: DrawingML's a:blip or VML's
 * v:imagedata (a text box is no picture), a picture drawn twice counted once. */
static unsigned pictures(const xmlNode *n, int depth)
{
    unsigned k = 0;
    for (const xmlNode *c = n; c && depth <= 64; c = c->next)
        if (c->type == XML_ELEMENT_NODE && !is_fallback(c))
            k += xmlStrEqual(c->name, BAD_CAST "blip") || xmlStrEqual(c->name, BAD_CAST "imagedata")
                     ? 1
                     : pictures(c->children, depth + 1);
    return k;
}

int docx_to_text(xbuf *out, unsigned *images, zip_t *z, char *err, size_t errcap)
{
    *images = 0;
    zip_stat_t st;
    zip_file_t *f = NULL;
    int rc = 0;
    if (zip_stat(z, "ppt/presentation.xml", 0, &st) == 0) {
        snprintf(err, errcap,
                 TR("PowerPoint 文件，不是 Word 文件：请把报告另存为 .docx 或 PDF",
                    "a PowerPoint file, not a Word document: save the report as .docx "
                    "or PDF"));
        rc = XXGK_EENCODING;
    } else if (zip_stat(z, "word/document.xml", 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
        snprintf(
            err, errcap,
            TR("zip 压缩包，但不是 Word 文件（没有 word/document.xml）：如果里面是报告，请先解压",
               "a zip archive but not a Word document (no word/document.xml): "
               "if it holds reports, unpack it first"));
        rc = XXGK_EENCODING;
    } else if (st.size > MAX_XML) {
        snprintf(
            err, errcap,
            TR("word/document.xml 超过 64 MiB 的上限", "word/document.xml is larger than 64 MiB"));
        rc = XXGK_ELIMIT;
    } else if (!(f = zip_fopen(z, "word/document.xml", 0))) {
        snprintf(err, errcap,
                 TR("无法读取 word/document.xml：%s", "cannot read word/document.xml: %s"),
                 zip_strerror(z));
        rc = XXGK_EENCODING;
    }
    char *xml = NULL;
    if (!rc) {
        xml = malloc(st.size + 1);
        if (!xml || package_read(f, xml, st.size) < 0) {
            snprintf(err, errcap,
                     TR("Word 文件已损坏：word/document.xml 无法读取",
                        "damaged Word document: word/document.xml cannot be read"));
            rc = xml ? XXGK_EENCODING : XXGK_ENOMEM;
        }
    }
    if (f)
        zip_fclose(f);
    xmlDocPtr doc = NULL;
    if (!rc) {
        package_xml_init();
        doc = xmlReadMemory(xml, (int)st.size, "document.xml", "UTF-8",
                            XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
        if (!doc) {
            snprintf(err, errcap,
                     TR("Word 文件已损坏：word/document.xml 不是 XML",
                        "damaged Word document: word/document.xml is not XML"));
            rc = XXGK_EENCODING;
        } else if (package_dtd(doc)) {
            snprintf(err, errcap,
                     TR("Word 文件已损坏：word/document.xml 带有文档类型定义（DTD），正常文件不会有",
                        "damaged Word document: word/document.xml declares a DTD, which no "
                        "such file does"));
            xmlFreeDoc(doc);
            doc = NULL;
            rc = XXGK_EENCODING;
        }
    }
    free(xml);
    if (rc)
        return rc;
    const xmlNode *root = xmlDocGetRootElement(doc);
    const xmlNode *body = NULL;
    for (const xmlNode *c = root ? root->children : NULL; c && !body; c = c->next)
        if (is_w(c, "body"))
            body = c;
    *images = body ? pictures(body->children, 0) : 0;
    blocks(out, body ? body->children : NULL, 0, 0);
    xmlFreeDoc(doc);
    if (out->failed) {
        snprintf(err, errcap, TR("内存不足", "out of memory"));
        return XXGK_ENOMEM;
    }
    return 0;
}
