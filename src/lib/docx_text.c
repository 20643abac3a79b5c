/*
 * Word input: the text of a .docx (word/document.xml inside the zip) as lines for the reader.
 * Paragraphs become lines; each table row becomes one tab-separated line, its cells' paragraphs
 * joined, so Word's tables feed the same recognizer as text copied out of Word.
 */
#include "lib/docx_text.h"

#include <libxml/parser.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "lib/docx_numbering.h"
#include "lib/html_text.h"
#include "lib/mime_text.h"
#include "lib/package.h"
#include "lib/table_grid.h"
#include "util/encoding.h"
#include "util/lang.h"
#include "util/text.h"
#include "xxgk/xxgk.h"


int docx_is_docx(const char *data, size_t len)
{
    /* (an empty archive starts with its end record; a signature alone is a zip cut short) */
    return len >= 4 && (memcmp(data, "PK\x03\x04", 4) == 0 || memcmp(data, "PK\x05\x06", 4) == 0);
}

/* An element of WordprocessingML by its namespace, whatever prefix the file gives it (Word
 * writes w:, other programs may not), in the transitional or the strict (ISO 29500) schema. */
/* Whether n is the element name of the namespace whose transitional and strict URIs are
 * given. */
static int is_element(const xmlNode *n, const char *name, const char *transitional,
                      const char *strict)
{
    return n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, BAD_CAST name) == 0 && n->ns &&
           n->ns->href &&
           (xmlStrcmp(n->ns->href, BAD_CAST transitional) == 0 ||
            xmlStrcmp(n->ns->href, BAD_CAST strict) == 0);
}

int docx_is_w(const xmlNode *n, const char *name)
{
    return is_element(n, name, "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                      "http://purl.oclc.org/ooxml/wordprocessingml/main");
}

/* Whether n is an equation's text (OMML's m:t): a figure typed as an equation is text too. */
static int math_text(const xmlNode *n)
{
    return is_element(n, "t", "http://schemas.openxmlformats.org/officeDocument/2006/math",
                      "http://purl.oclc.org/ooxml/officeDocument/math");
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

/* What leaves a run's text out, each on (1), off (0) or not said (-1) by a run's or a style's
 * properties (w:rPr): hidden (w:vanish), struck through (w:strike, w:dstrike), raised or
 * lowered (w:vertAlign). */
enum { HIDDEN, STRUCK, RAISED, MARKS };

static void run_marks(const xmlNode *rpr, signed char m[MARKS])
{
    for (const xmlNode *v = rpr->children; v; v = v->next)
        if (docx_is_w(v, "vanish"))
            m[HIDDEN] = (signed char)on(v);
        else if (docx_is_w(v, "strike") || docx_is_w(v, "dstrike"))
            m[STRUCK] = (signed char)(m[STRUCK] == 1 || on(v));
        else if (docx_is_w(v, "vertAlign"))
            m[RAISED] = (signed char)raised(v);
}

/* A character style (w:rStyle) or a paragraph style (w:pStyle) that leaves text out or
 * numbers its paragraphs, with what it says of each mark and the list it numbers in (its own
 * or from the styles it is based on). */
typedef struct {
    xmlChar *id;
    int paragraph;
    signed char marks[MARKS];
    int num_id, ilvl; /* a paragraph style's list (w:numPr), or -1 */
} left_style;

/* The fields (w:fldChar begin ... separate ... end) open where the reader is, across runs and
 * paragraphs: a field's instruction is no text, and a field nested in it (IF { MERGEFIELD })
 * is part of the instruction; a field's result is the text, but a table of contents (TOC) only
 * repeats the headings.  A field that never ends would hide the rest of the document, as Word
 * does not: the document is read again with those fields' text read as text. */
#define MAX_FIELDS 16

typedef struct {
    int depth; /* fields open (beyond MAX_FIELDS: counted, their text left out) */
    struct {
        int result;  /* past its separate */
        char head[256]; /* the instruction's first characters, leading spaces left out */
        int begin;      /* its begin's number in the document, from 1 */
        size_t result_at; /* where its result's text begins in the output */
    } open[MAX_FIELDS];
    int begins;                /* begins read so far */
    int unended[MAX_FIELDS];   /* the numbers of begins found never to end, 0 for none */
    int off;                   /* fields not followed at all: every result read (a document
                                * with more fields left open than the above holds) */
} field_state;

/* What reading the document needs besides the node at hand: where the text goes, the styles
 * that leave text out, and the fields open. */
typedef struct {
    xbuf *out;
    left_style *styles;
    size_t nstyles;
    docx_numbering *numbering; /* the lists' counts, advanced as paragraphs are read */
    field_state *fields;
    int *too_deep; /* set when text lies deeper than the reader goes (see within) */
    struct docx_package *pkg; /* the package, for the parts the body names (w:altChunk) */
    doc_links *links;         /* where links showing another address go, or NULL */
} docx_reader;

/* Styles in order of kind and name, to be found by bsearch (a file may have thousands). */
static int kind_and_name(int pa, const xmlChar *a, int pb, const xmlChar *b)
{
    return pa != pb ? pa - pb : xmlStrcmp(a, b);
}

static int left_order(const void *x, const void *y)
{
    const left_style *a = x, *b = y;
    return kind_and_name(a->paragraph, a->id, b->paragraph, b->id);
}

static const left_style *style_of(const docx_reader *d, const xmlChar *id, int paragraph)
{
    left_style key = {(xmlChar *)id, paragraph, {0}, 0, 0};
    return id && d->nstyles ? bsearch(&key, d->styles, d->nstyles, sizeof key, left_order) : NULL;
}

/* The style named by the w:val of the first child of n called name (w:rStyle in a w:rPr,
 * w:pStyle in a w:pPr). */
static const left_style *named_style(const docx_reader *d, const xmlNode *n, const char *name,
                                     int paragraph)
{
    for (const xmlNode *v = d->nstyles ? n->children : NULL; v; v = v->next)
        if (docx_is_w(v, name)) {
            xmlChar *id = xmlGetProp(v, BAD_CAST "val");
            const left_style *s = style_of(d, id, paragraph);
            xmlFree(id);
            return s;
        }
    return NULL;
}

/* What the paragraph p's style says of its runs' marks, or NULL. */
static const signed char *paragraph_marks(const docx_reader *d, const xmlNode *p)
{
    for (const xmlNode *c = d->nstyles ? p->children : NULL; c; c = c->next)
        if (docx_is_w(c, "pPr")) {
            const left_style *s = named_style(d, c, "pStyle", 1);
            int says = s && (s->marks[HIDDEN] >= 0 || s->marks[STRUCK] >= 0 ||
                             s->marks[RAISED] >= 0);
            return says ? s->marks : NULL;
        }
    return NULL;
}

/* The list a w:numPr names (*num_id, *ilvl), when it does: 0 is "no list". */
static int list_of(const xmlNode *numpr, int *num_id, int *ilvl)
{
    int found = 0;
    for (const xmlNode *v = numpr->children; v; v = v->next)
        if (docx_is_w(v, "numId") || docx_is_w(v, "ilvl")) {
            xmlChar *val = xmlGetProp(v, BAD_CAST "val");
            int x = val ? atoi((const char *)val) : 0;
            xmlFree(val);
            *(docx_is_w(v, "numId") ? num_id : ilvl) = x;
            found |= docx_is_w(v, "numId");
        }
    return found;
}

/* The number Word draws before paragraph p, by its own w:numPr or its style's, into the text
 * (a heading "一、总体情况" numbered by the list, not typed). */
static void paragraph_number(const docx_reader *d, const xmlNode *p)
{
    int num_id = -1, ilvl = 0;
    for (const xmlNode *c = p->children; c; c = c->next)
        if (docx_is_w(c, "pPr")) {
            for (const xmlNode *v = c->children; v && num_id < 0; v = v->next)
                if (docx_is_w(v, "numPr") && !list_of(v, &num_id, &ilvl))
                    num_id = -1;
            const left_style *s = num_id < 0 ? named_style(d, c, "pStyle", 1) : NULL;
            if (s && s->num_id >= 0) {
                num_id = s->num_id;
                ilvl = s->ilvl;
            }
            break;
        }
    if (num_id > 0)
        docx_numbering_next(d->numbering, num_id, ilvl, d->out);
}

/* Whether a run's text is left out: hidden, struck through (a figure corrected in place, 130
 * struck before 120, is not 130120), raised or lowered, by its own properties, its character
 * style's or its paragraph's style's (para, or NULL), in that order; or a note's mark, the
 * reference itself (with a custom mark, w:customMarkFollows, the mark is the run's text).
 * Raised and lowered text is left out in sentences as in cells, as the web page's <sup> and
 * <sub> are: 120 with a footnote's ¹ would read 1201, and a sentence's figures are checked
 * against the tables; what else a report sets raised (m²) carries no figure it reads. */
static int run_left_out(const docx_reader *d, const xmlNode *r, const signed char *para)
{
    signed char m[MARKS] = {-1, -1, -1};
    const left_style *style = NULL;
    for (const xmlNode *p = r->children; p; p = p->next) {
        if (docx_is_w(p, "footnoteReference") || docx_is_w(p, "endnoteReference"))
            return 1;
        if (!docx_is_w(p, "rPr"))
            continue;
        run_marks(p, m);
        style = named_style(d, p, "rStyle", 0);
    }
    for (int k = 0; k < MARKS; k++) {
        int v = m[k] >= 0                              ? m[k]
                : style && style->marks[k] >= 0 ? style->marks[k]
                : para                          ? para[k]
                                                : -1;
        if (v == 1)
            return 1;
    }
    return 0;
}

/* Whether an instruction names a table of contents. */
static int is_toc(const char *instr)
{
    while (*instr == ' ')
        instr++;
    return strncmp(instr, "TOC", 3) == 0 && (instr[3] == '\0' || instr[3] == ' ');
}

/* Whether the fields open leave out the text read now: in an instruction, or a TOC's result. */
static int in_field_code(const field_state *f)
{
    if (f->off)
        return 0;
    if (f->depth > MAX_FIELDS)
        return 1;
    for (int i = 0; i < f->depth; i++)
        if (!f->open[i].result || is_toc(f->open[i].head))
            return 1;
    return 0;
}

/* A w:fldChar: a field begins, its result begins, or it ends (a HYPERLINK field's result
 * then judged as a link's text). */
static void field_char(const docx_reader *d, const xmlNode *c)
{
    field_state *f = d->fields;
    xmlChar *type = xmlGetProp(c, BAD_CAST "fldCharType");
    if (type && xmlStrcmp(type, BAD_CAST "begin") == 0) {
        f->begins += f->begins < INT_MAX;
        if (f->depth < MAX_FIELDS) {
            memset(&f->open[f->depth], 0, sizeof f->open[0]);
            f->open[f->depth].begin = f->begins;
            f->open[f->depth].result_at = SIZE_MAX;
            for (int i = 0; i < MAX_FIELDS && f->unended[i]; i++)
                if (f->unended[i] == f->begins)
                    f->open[f->depth].result = 1; /* (its instruction read as its result) */
        }
        f->depth += f->depth < INT_MAX;
    } else if (type && xmlStrcmp(type, BAD_CAST "separate") == 0) {
        if (f->depth > 0 && f->depth <= MAX_FIELDS) {
            f->open[f->depth - 1].result = 1;
            f->open[f->depth - 1].result_at = d->out->len;
        }
    } else if (type && xmlStrcmp(type, BAD_CAST "end") == 0 && f->depth > 0) {
        char href[256];
        if (f->depth <= MAX_FIELDS && f->open[f->depth - 1].result_at != SIZE_MAX &&
            links_field_target(href, sizeof href, f->open[f->depth - 1].head))
            links_judge(d->links, d->out, f->open[f->depth - 1].result_at, NULL, href);
        f->depth--;
    }
    xmlFree(type);
}

/* The first characters of the innermost field's instruction, from a w:instrText. */
static void field_instruction(field_state *f, const xmlNode *c)
{
    if (f->depth < 1 || f->depth > MAX_FIELDS || f->open[f->depth - 1].result)
        return;
    char *head = f->open[f->depth - 1].head;
    size_t n = strlen(head);
    xmlChar *t = xmlNodeGetContent(c);
    for (const xmlChar *p = t; p && *p && n + 1 < sizeof f->open[0].head; p++)
        if (n || *p != ' ')
            head[n++] = (char)*p;
    head[n] = '\0';
    xmlFree(t);
}

static void text_box(const docx_reader *d, const xmlNode *first);
static void hyperlink(const docx_reader *d, const xmlNode *h, size_t at);

/* Word nests tables in cells: `depth` counts the tables around one, `level` the elements a
 * function went down through (content controls and the like), both bounded; what lies deeper
 * is not read, and the document is refused (see within). */
#define MAX_TABLES 8
#define MAX_LEVEL 64

/* Whether there is text (w:t) in the nodes from n on, and under them. */
static int holds_text(const xmlNode *n)
{
    for (; n; n = n->next) {
        if (docx_is_w(n, "t")) {
            for (const xmlNode *t = n->children; t; t = t->next)
                if (t->type == XML_TEXT_NODE && t->content &&
                    t->content[strspn((const char *)t->content, " \t\r\n")])
                    return 1;
        } else if (n->type == XML_ELEMENT_NODE && holds_text(n->children)) {
            return 1;
        }
    }
    return 0;
}

/* Whether the reader goes down to level, to the nodes from n on; when not, and they hold text,
 * the document is marked too deep: the text would be lost without a word. */
static int within(const docx_reader *d, const xmlNode *n, int level)
{
    if (level <= MAX_LEVEL)
        return 1;
    if (holds_text(n))
        *d->too_deep = 1;
    return 0;
}

/* The text of runs under n, in a paragraph whose style says para (or NULL) of their marks:
 * w:t as is, w:tab, w:br and w:cr as a space (inside a cell or a paragraph they separate
 * words, never cells), w:noBreakHyphen as a hyphen.  Text as the report reads: tracked
 * deletions (w:del, w:moveFrom: the moved text is read where it went), a ruby's guide to
 * reading (w:rt: its base is the text) and the runs run_left_out names are left out. */
static void runs(const docx_reader *d, const xmlNode *n, const signed char *para, int depth)
{
    if (!within(d, n, depth))
        return;
    for (const xmlNode *c = n; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || docx_is_w(c, "del") || docx_is_w(c, "moveFrom") ||
            docx_is_w(c, "rt") || is_fallback(c) || (docx_is_w(c, "r") && run_left_out(d, c, para)))
            continue;
        if (docx_is_w(c, "fldChar")) {
            field_char(d, c);
        } else if (docx_is_w(c, "instrText")) {
            field_instruction(d->fields, c);
        } else if (docx_is_w(c, "t") || math_text(c)) {
            xmlChar *t = in_field_code(d->fields) ? NULL : xmlNodeGetContent(c);
            if (t)
                xbuf_puts(d->out, (const char *)t);
            xmlFree(t);
        } else if (docx_is_w(c, "tab") || docx_is_w(c, "br") || docx_is_w(c, "cr")) {
            /* (after a digit two spaces: 12 and 345 a line apart are not 12 345, a figure
             * with a space for its thousands) */
            size_t len = d->out->len;
            int digit = len && d->out->data[len - 1] >= '0' && d->out->data[len - 1] <= '9';
            if (!in_field_code(d->fields))
                xbuf_put(d->out, "  ", digit ? 2 : 1);
        } else if (docx_is_w(c, "noBreakHyphen")) { /* (a minus typed so: -3) */
            if (!in_field_code(d->fields))
                xbuf_putc(d->out, '-');
        } else if (docx_is_w(c, "txbxContent")) {
            text_box(d, c->children);
        } else if (docx_is_w(c, "fldSimple")) {
            xmlChar *instr = xmlGetProp(c, BAD_CAST "instr");
            int toc = instr && is_toc((const char *)instr);
            char href[256];
            int link = instr && links_field_target(href, sizeof href, (const char *)instr);
            xmlFree(instr);
            size_t at = d->out->len;
            if (!toc)
                runs(d, c->children, para, depth + 1);
            if (link && !in_field_code(d->fields))
                links_judge(d->links, d->out, at, NULL, href);
        } else if (docx_is_w(c, "hyperlink")) {
            size_t at = d->out->len;
            runs(d, c->children, para, depth + 1);
            if (!in_field_code(d->fields))
                hyperlink(d, c, at);
        } else if (!docx_is_w(c, "tbl")) {
            runs(d, c->children, para, depth + 1);
        }
    }
}

/* Content controls (w:sdt, its content in w:sdtContent) and custom XML may wrap paragraphs,
 * tables, rows or cells alike: what they hold is read where they stand. */
static int is_wrapper(const xmlNode *n)
{
    return docx_is_w(n, "sdt") || docx_is_w(n, "sdtContent") || docx_is_w(n, "customXml");
}


static void table(const docx_reader *d, const xmlNode *tbl, int depth);
static void blocks(const docx_reader *d, const xmlNode *first, int depth, int level);
static void alt_chunk(const docx_reader *d, const xmlNode *c);

/* Whether a row or a cell was deleted with changes tracked: its properties (props, w:trPr or
 * w:tcPr) hold the mark (w:del, w:cellDel).  It is not part of the table as it reads. */
static int deleted(const xmlNode *n, const char *props, const char *mark)
{
    for (const xmlNode *c = n->children; c; c = c->next)
        if (docx_is_w(c, props))
            for (const xmlNode *m = c->children; m; m = m->next)
                if (docx_is_w(m, mark))
                    return 1;
    return 0;
}

/* The rows from `first` on (through content controls) and the most cells any of them has. */
static void shape(const xmlNode *first, int *rows, int *cells, int level)
{
    for (const xmlNode *c = first; c && level <= MAX_LEVEL; c = c->next)
        if (is_wrapper(c)) {
            shape(c->children, rows, cells, level + 1);
        } else if (docx_is_w(c, "tr") && !deleted(c, "trPr", "del")) {
            int n = 0, r = 0;
            shape(c->children, &r, &n, level + 1);
            ++*rows;
            if (n > *cells)
                *cells = n;
        } else if (docx_is_w(c, "tc") && !deleted(c, "tcPr", "cellDel")) {
            ++*cells;
        }
}

/* A table's cells as read, on its grid (w:gridBefore, w:gridSpan), for table_grid.c to say
 * where a figure merged over columns leaves empty cells. */
typedef struct {
    grid_cell *cell;
    size_t *end; /* where each cell's text ends in the output */
    size_t n, cap, endcap;
    size_t *start; /* where each row's cells begin, and the last's end */
    size_t rows, rowcap;
    unsigned col; /* the grid column of the next cell of the row at hand */
} docx_grid;

static void row_cells(const docx_reader *d, const xmlNode *first, int *n, int depth, int level,
                      docx_grid *g);

/* A table of one row or one column in a cell, read into the cell: one row's cells stand as
 * cells of the row holding it, one column's are joined as the cell's paragraphs are (a figure
 * pasted in a table of its own is the cell's figure). */
static void inline_rows(const docx_reader *d, const xmlNode *first, int depth, int level)
{
    for (const xmlNode *tr = first; tr && within(d, tr, level); tr = tr->next)
        if (is_wrapper(tr)) {
            inline_rows(d, tr->children, depth, level + 1);
        } else if (docx_is_w(tr, "tr") && !deleted(tr, "trPr", "del")) {
            int n = 0;
            row_cells(d, tr->children, &n, depth, 0, NULL);
        }
}

static int inline_table(const xmlNode *tbl)
{
    int rows = 0, cells = 0;
    shape(tbl->children, &rows, &cells, 0);
    return rows <= 1 || cells <= 1;
}

/* The paragraphs of a cell, joined (a label Word wrapped into two paragraphs is one label),
 * but for digits on either side of the join, two figures (20 and 5, not 205), kept a space
 * apart; with the tables in it of one row or column; a cell's own tabs and line breaks would
 * split it and are spaces. */
static void cell_text(const docx_reader *d, const xmlNode *first, int depth, int level)
{
    for (const xmlNode *c = first; c && within(d, c, level); c = c->next)
        if (docx_is_w(c, "p")) {
            size_t at = d->out->len;
            paragraph_number(d, c);
            runs(d, c->children, paragraph_marks(d, c), 0);
            text_apart_digits(d->out, at, 0);
            for (size_t i = at; i < d->out->len; i++)
                if (d->out->data[i] == '\t' || d->out->data[i] == '\n')
                    d->out->data[i] = ' ';
        } else if (is_wrapper(c)) {
            cell_text(d, c->children, depth, level + 1);
        } else if (docx_is_w(c, "altChunk")) {
            size_t at = d->out->len; /* (its lines are the cell's words) */
            alt_chunk(d, c);
            for (size_t i = at; i < d->out->len; i++)
                if (d->out->data[i] == '\t' || d->out->data[i] == '\n')
                    d->out->data[i] = ' ';
        } else if (docx_is_w(c, "tbl") && depth < MAX_TABLES && inline_table(c)) {
            inline_rows(d, c->children, depth + 1, 0);
        }
}

/* The empty cells table_grid.c puts after the table's merged figures, put in the output read:
 * a tab after each such cell's text (the rows of tables nested in its cells, read after each
 * row, moved along). */
static void blanks_after(xbuf *out, const docx_grid *g)
{
    size_t i = 0;
    while (i < g->n && !g->cell[i].blanks)
        i++;
    if (i == g->n)
        return;
    size_t from = g->end[i], n = out->len - from;
    char *tail = malloc(n + 1);
    if (!tail) {
        out->failed = 1;
        return;
    }
    memcpy(tail, out->data + from, n);
    out->len = from;
    size_t at = from; /* (in the tail, at - from) */
    for (; i < g->n; i++)
        if (g->cell[i].blanks) {
            xbuf_put(out, tail + (at - from), g->end[i] - at);
            for (unsigned k = 0; k < g->cell[i].blanks; k++)
                xbuf_putc(out, '\t');
            at = g->end[i];
        }
    xbuf_put(out, tail + (at - from), from + n - at);
    free(tail);
}

/* The value of a w:val of the child of n called name (w:gridSpan in a w:tcPr), or dflt. */
static unsigned w_val(const xmlNode *n, const char *name, unsigned dflt)
{
    for (const xmlNode *c = n ? n->children : NULL; c; c = c->next)
        if (docx_is_w(c, name)) {
            xmlChar *v = xmlGetProp(c, BAD_CAST "val");
            long k = v ? strtol((const char *)v, NULL, 10) : 0;
            xmlFree(v);
            return k > 0 && k <= 1000 ? (unsigned)k : dflt; /* (as many as a table has columns) */
        }
    return dflt;
}

/* The child of n called name, or NULL. */
static const xmlNode *w_child(const xmlNode *n, const char *name)
{
    for (const xmlNode *c = n->children; c; c = c->next)
        if (docx_is_w(c, name))
            return c;
    return NULL;
}

/* The cells of a row, each after a tab but the first; with g, each cell noted on the grid. */
static void row_cells(const docx_reader *d, const xmlNode *first, int *n, int depth, int level,
                      docx_grid *g)
{
    for (const xmlNode *tc = first; tc && within(d, tc, level); tc = tc->next) {
        if (is_wrapper(tc)) {
            row_cells(d, tc->children, n, depth, level + 1, g);
            continue;
        }
        if (!docx_is_w(tc, "tc") || deleted(tc, "tcPr", "cellDel"))
            continue;
        if ((*n)++)
            xbuf_putc(d->out, '\t');
        size_t at = d->out->len;
        cell_text(d, tc->children, depth, 0); /* a merged cell is one cell: its figure is one */
        if (!g || d->out->failed)
            continue;
        if (grid_room(&g->cell, &g->cap, g->n, 1, sizeof *g->cell) ||
            grid_room(&g->end, &g->endcap, g->n, 1, sizeof *g->end)) {
            d->out->failed = 1;
            continue;
        }
        unsigned cols = w_val(w_child(tc, "tcPr"), "gridSpan", 1);
        g->cell[g->n] = (grid_cell){g->col, cols, 0,
                                    grid_kind(d->out->data + at, d->out->len - at), 0, 0};
        g->end[g->n++] = d->out->len;
        g->col += cols;
    }
}

/* The other tables nested in the cells from `first` on: their rows follow the row that holds
 * them. */
static void nested_tables(const docx_reader *d, const xmlNode *first, int depth, int level)
{
    for (const xmlNode *c = first; c && within(d, c, level); c = c->next)
        if (docx_is_w(c, "tbl") && depth < MAX_TABLES && inline_table(c))
            nested_tables(d, c->children, depth + 1, level + 1); /* (read in its cell) */
        else if (docx_is_w(c, "tbl"))
            table(d, c, depth + 1);
        else if (docx_is_w(c, "tc") || docx_is_w(c, "tr") || is_wrapper(c))
            nested_tables(d, c->children, depth, level + 1);
}

static void rows(const docx_reader *d, const xmlNode *first, int depth, int level, docx_grid *g)
{
    for (const xmlNode *tr = first; tr && within(d, tr, level); tr = tr->next) {
        if (is_wrapper(tr)) {
            rows(d, tr->children, depth, level + 1, g);
            continue;
        }
        if (!docx_is_w(tr, "tr") || deleted(tr, "trPr", "del"))
            continue;
        int n = 0;
        if (grid_room(&g->start, &g->rowcap, g->rows, 2, sizeof *g->start)) {
            d->out->failed = 1;
            return;
        }
        g->start[g->rows++] = g->n;
        const xmlNode *trpr = w_child(tr, "trPr");
        g->col = trpr ? w_val(trpr, "gridBefore", 0) : 0;
        row_cells(d, tr->children, &n, depth, 0, g);
        xbuf_putc(d->out, '\n');
        nested_tables(d, tr->children, depth, 0);
    }
}

/* The cells of a table of one column, each read as the body is. */
static void column(const docx_reader *d, const xmlNode *first, int depth, int level)
{
    for (const xmlNode *c = first; c && within(d, c, level); c = c->next)
        if (docx_is_w(c, "tc"))
            blocks(d, c->children, depth + 1, 0);
        else if (docx_is_w(c, "tr") || is_wrapper(c))
            column(d, c->children, depth, level + 1);
}

/* A table, one row a line; but a table of one column (one cell, the whole report in it, as a
 * page is laid out) holds paragraphs, not figures: they are read as lines, its tables as
 * tables. */
static void table(const docx_reader *d, const xmlNode *tbl, int depth)
{
    if (depth > MAX_TABLES) {
        if (holds_text(tbl->children))
            *d->too_deep = 1;
        return;
    }
    int n = 0, cells = 0;
    shape(tbl->children, &n, &cells, 0);
    if (cells <= 1) {
        column(d, tbl->children, depth, 0);
        return;
    }
    docx_grid g = {.cell = NULL};
    rows(d, tbl->children, depth, 0, &g);
    if (g.rows && !d->out->failed) {
        g.start[g.rows] = g.n;
        grid_place(g.cell, g.start, g.rows);
        blanks_after(d->out, &g);
    }
    free(g.cell);
    free(g.end);
    free(g.start);
}

/* The body's paragraphs, one a line, and its tables, one row a line (depth: the tables around
 * them). */
static void blocks(const docx_reader *d, const xmlNode *first, int depth, int level)
{
    for (const xmlNode *c = first; c && within(d, c, level); c = c->next) {
        if (docx_is_w(c, "tbl")) {
            table(d, c, depth);
        } else if (is_wrapper(c)) {
            blocks(d, c->children, depth, level + 1);
        } else if (docx_is_w(c, "altChunk")) {
            alt_chunk(d, c);
        } else if (docx_is_w(c, "p") ||
                   (c->type == XML_ELEMENT_NODE && !docx_is_w(c, "sectPr") &&
                    !docx_is_w(c, "sdtPr") && !docx_is_w(c, "sdtEndPr") &&
                    !docx_is_w(c, "tcPr"))) {
            size_t at = d->out->len;
            if (docx_is_w(c, "p"))
                paragraph_number(d, c);
            runs(d, c->children, docx_is_w(c, "p") ? paragraph_marks(d, c) : NULL, 0);
            if (docx_is_w(c, "p") || d->out->len > at)
                xbuf_putc(d->out, '\n');
        }
    }
}

/* A text box's paragraphs and tables (a title or a table set in a box), lines of their own
 * where the box is anchored, not run into the anchoring paragraph's line. */
static void text_box(const docx_reader *d, const xmlNode *first)
{
    if (d->out->len && d->out->data[d->out->len - 1] != '\n')
        xbuf_putc(d->out, '\n');
    blocks(d, first, 0, 0);
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

/* A style as the styles part defines it: its own marks, and the style it is based on. */
typedef struct {
    xmlChar *id, *based;
    int paragraph;
    signed char marks[MARKS];
    int num_id, ilvl; /* its list, or -1 */
} style_def;

static int def_order(const void *x, const void *y)
{
    const style_def *a = x, *b = y;
    return kind_and_name(a->paragraph, a->id, b->paragraph, b->id);
}

/* The character and paragraph styles of the styles part that leave their runs' text out or
 * number their paragraphs, each with what it and the styles it is based on (w:basedOn,
 * nearest first) say of each mark and list, into d; none when the package has no styles.  0 or
 * an xxgk_error code with err set. */
static int read_styles(docx_reader *d, zip_t *z, const char *part, zip_uint64_t *budget,
                       char *err, size_t errcap)
{
    xmlDocPtr doc;
    int rc = package_xml(&doc, z, part, TR("Word 文件", "Word document"), "", budget, err,
                         errcap);
    if (rc)
        return rc == 1 ? 0 : rc;
    const xmlNode *root = xmlDocGetRootElement(doc);
    size_t n = 0;
    for (const xmlNode *c = root ? root->children : NULL; c; c = c->next)
        n += docx_is_w(c, "style");
    style_def *all = n ? calloc(n, sizeof *all) : NULL;
    d->styles = all ? calloc(n, sizeof *d->styles) : NULL;
    if (n && (!all || !d->styles)) {
        free(all);
        xmlFreeDoc(doc);
        snprintf(err, errcap, TR("内存不足", "out of memory"));
        return XXGK_ENOMEM;
    }
    size_t k = 0;
    for (const xmlNode *c = root ? root->children : NULL; c; c = c->next) {
        if (!docx_is_w(c, "style"))
            continue;
        /* (a style without a type is a paragraph style) */
        xmlChar *type = xmlGetProp(c, BAD_CAST "type");
        int character = type && xmlStrcmp(type, BAD_CAST "character") == 0;
        int paragraph = !type || xmlStrcmp(type, BAD_CAST "paragraph") == 0;
        xmlFree(type);
        if (!character && !paragraph)
            continue;
        all[k].paragraph = paragraph;
        memset(all[k].marks, -1, sizeof all[k].marks);
        all[k].num_id = -1;
        all[k].ilvl = 0;
        all[k].id = xmlGetProp(c, BAD_CAST "styleId");
        for (const xmlNode *p = c->children; p; p = p->next)
            if (docx_is_w(p, "rPr"))
                run_marks(p, all[k].marks);
            else if (docx_is_w(p, "basedOn") && !all[k].based)
                all[k].based = xmlGetProp(p, BAD_CAST "val");
            else if (docx_is_w(p, "pPr") && paragraph)
                for (const xmlNode *v = p->children; v; v = v->next)
                    if (docx_is_w(v, "numPr") && !list_of(v, &all[k].num_id, &all[k].ilvl))
                        all[k].num_id = -1;
        k++;
    }
    /* each mark a style does not say, from the nearest style of its type it is based on that
     * does (a chain of bounded length: a file may make it a loop) */
    if (k)
        qsort(all, k, sizeof *all, def_order);
    for (size_t i = 0; i < k; i++) {
        left_style out = {all[i].id, all[i].paragraph, {0}, all[i].num_id, all[i].ilvl};
        memcpy(out.marks, all[i].marks, sizeof out.marks);
        const style_def *b = &all[i];
        for (int hops = 0; hops < 64 && b->based; hops++) {
            style_def key = {b->based, NULL, all[i].paragraph, {0}, 0, 0};
            if (!(b = bsearch(&key, all, k, sizeof key, def_order)))
                break;
            for (int m = 0; m < MARKS; m++)
                if (out.marks[m] < 0)
                    out.marks[m] = b->marks[m];
            if (out.num_id < 0) {
                out.num_id = b->num_id;
                out.ilvl = b->ilvl;
            }
        }
        int left = out.num_id > 0; /* (kept for its list, or for what it leaves out) */
        for (int m = 0; m < MARKS; m++)
            left |= out.marks[m] == 1;
        if (left && out.id && !(out.id = xmlStrdup(out.id)))
            rc = XXGK_ENOMEM;
        else if (left && out.id)
            d->styles[d->nstyles++] = out; /* (in all's order: sorted for style_of) */
    }
    for (size_t i = 0; i < k; i++) {
        xmlFree(all[i].id);
        xmlFree(all[i].based);
    }
    free(all);
    xmlFreeDoc(doc);
    if (rc)
        snprintf(err, errcap, TR("内存不足", "out of memory"));
    return rc;
}

static void free_styles(docx_reader *d)
{
    for (size_t k = 0; k < d->nstyles; k++)
        xmlFree(d->styles[k].id);
    free(d->styles);
}

#define KIND TR("Word 文件", "Word document")

/* A part's name from a relationship's target, relative to the folder base ("" or "word/")
 * unless it starts with "/", its "." and ".." segments resolved ("./word/document.xml",
 * "../media/x.png"), into out. */
static void part_name(char *out, size_t cap, const char *base, const char *target)
{
    char path[512];
    snprintf(path, sizeof path, "%s%s", *target == '/' ? "" : base, target + (*target == '/'));
    size_t n = 0;
    for (const char *p = path; *p;) {
        size_t l = strcspn(p, "/");
        if (l == 2 && p[0] == '.' && p[1] == '.') {
            while (n > 0 && out[n - 1] == '/')
                n--;
            while (n > 0 && out[n - 1] != '/') /* (up a folder: drop the last one) */
                n--;
        } else if (!(l == 1 && p[0] == '.') && l > 0 && n + l + 1 < cap) {
            memcpy(out + n, p, l);
            n += l;
            if (p[l] == '/')
                out[n++] = '/';
        }
        p += l + (p[l] == '/');
    }
    out[n] = '\0';
}

/* The target of the first relationship in the relationships doc whose Type is `want`
 * (by_id 0: the last segment of its URI, the same in the transitional and the strict schema)
 * or whose Id is (by_id 1), resolved against the folder `base` ("" or "word/") into out; 0
 * when there is none (out left alone). */
static void related_in(char *out, size_t cap, const xmlDoc *doc, const char *base, int by_id,
                       const char *want)
{
    const xmlNode *root = xmlDocGetRootElement(doc);
    size_t wl = strlen(want);
    for (const xmlNode *c = root ? root->children : NULL; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || xmlStrcmp(c->name, BAD_CAST "Relationship") != 0)
            continue;
        xmlChar *t = xmlGetProp(c, BAD_CAST(by_id ? "Id" : "Type"));
        xmlChar *target = xmlGetProp(c, BAD_CAST "Target");
        size_t n = t ? strlen((const char *)t) : 0;
        int is = by_id ? n == wl && memcmp(t, want, n) == 0
                       : n > wl && t[n - wl - 1] == '/' &&
                             strcmp((const char *)t + n - wl, want) == 0;
        if (is && target && *target)
            part_name(out, cap, base, (const char *)target);
        xmlFree(t);
        xmlFree(target);
        if (is && target)
            break;
    }
}

/* related_in of the relationships part rels, read from the package (none: out left alone). */
static int related(char *out, size_t cap, zip_t *z, const char *rels, const char *base,
                   int by_id, const char *want, zip_uint64_t *budget, char *err, size_t errcap)
{
    xmlDocPtr doc;
    int rc = package_xml(&doc, z, rels, KIND, "", budget, err, errcap);
    if (rc)
        return rc == 1 ? 0 : rc;
    related_in(out, cap, doc, base, by_id, want);
    xmlFreeDoc(doc);
    return 0;
}

/* The package being read: its document's relationships (and the folder they are relative to),
 * what its parts may still unpack to, how many chunks deep it lies in another package, and the
 * first chunk that could not be read (its reason in err). */
struct docx_package {
    zip_t *z;
    char main[256], styles[256], numbering[256], rels[640], base[256];
    xmlDocPtr rels_doc; /* the document's relationships, or NULL where it has none */
    zip_uint64_t *budget;
    doc_links *links; /* (the caller's, or NULL) */
    int nesting;
    int failed;
    char *err;
    size_t errcap;
};

/* The package's document part, as its relationships name it (Word Online writes
 * word/document2.xml), and that part's styles; word/document.xml and word/styles.xml where
 * they name none. */
static int parts(struct docx_package *p)
{
    const size_t cap = sizeof p->main;
    snprintf(p->main, cap, "word/document.xml");
    int rc = related(p->main, cap, p->z, "_rels/.rels", "", 0, "officeDocument", p->budget,
                     p->err, p->errcap);
    if (rc)
        return rc;
    const char *slash = strrchr(p->main, '/');
    size_t dir = slash ? (size_t)(slash - p->main) + 1 : 0;
    snprintf(p->rels, sizeof p->rels, "%.*s_rels/%s.rels", (int)dir, p->main, p->main + dir);
    snprintf(p->base, sizeof p->base, "%.*s", (int)dir, p->main);
    snprintf(p->styles, cap, "%.200sstyles.xml", p->base);
    snprintf(p->numbering, cap, "%.200snumbering.xml", p->base);
    /* (the document's relationships read once: its styles, its lists and its chunks) */
    rc = package_xml(&p->rels_doc, p->z, p->rels, KIND, "", p->budget, p->err, p->errcap);
    if (rc)
        return rc == 1 ? 0 : rc;
    related_in(p->styles, cap, p->rels_doc, p->base, 0, "styles");
    related_in(p->numbering, cap, p->rels_doc, p->base, 0, "numbering");
    return 0;
}

static int read_package(xbuf *out, unsigned *images, struct docx_package *p);

/* A w:hyperlink whose text, from `at` in the output, shows another address than its target,
 * the relationship its r:id names (a place in the document, w:anchor, has none). */
static void hyperlink(const docx_reader *d, const xmlNode *h, size_t at)
{
    const xmlDoc *rels = d->pkg->rels_doc;
    if (!d->links || !rels)
        return;
    xmlChar *id = NULL;
    for (const xmlAttr *a = h->properties; a && !id; a = a->next)
        if (xmlStrcmp(a->name, BAD_CAST "id") == 0)
            id = xmlNodeGetContent((const xmlNode *)a);
    const xmlNode *root = xmlDocGetRootElement(rels);
    for (const xmlNode *c = root && id ? root->children : NULL; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || xmlStrcmp(c->name, BAD_CAST "Relationship") != 0)
            continue;
        xmlChar *rid = xmlGetProp(c, BAD_CAST "Id");
        int is = rid && xmlStrcmp(rid, id) == 0;
        xmlFree(rid);
        if (is) {
            xmlChar *target = xmlGetProp(c, BAD_CAST "Target");
            links_judge(d->links, d->out, at, NULL, (const char *)target);
            xmlFree(target);
            break;
        }
    }
    xmlFree(id);
}

/* Chunks inside chunks: a document merged from documents is one deep, and each level reads a
 * package of its own. */
#define MAX_NESTING 2

/* A part another program put in whole where it stands (w:altChunk): a web page (what a site's
 * "export to Word" makes of its article, often the whole body), a web archive, a Word document
 * (documents merged by a program) or plain text, read as such a file is.  One that cannot be
 * read (RTF, damaged, nested too deep) fails the document, lest its tables be missed without a
 * word. */
static void alt_chunk(const docx_reader *d, const xmlNode *c)
{
    struct docx_package *p = d->pkg;
    if (p->failed)
        return;
    xmlChar *id = NULL;
    for (const xmlAttr *a = c->properties; a && !id; a = a->next)
        if (xmlStrcmp(a->name, BAD_CAST "id") == 0)
            id = xmlNodeGetContent((const xmlNode *)a);
    char name[256] = "", why[256] = "";
    int rc = 0;
    if (id && p->rels_doc)
        related_in(name, sizeof name, p->rels_doc, p->base, 1, (const char *)id);
    xmlFree(id);
    char *data = NULL;
    size_t len = 0;
    if (!rc && *name)
        rc = package_part(&data, &len, p->z, name, KIND, "", p->budget, why, sizeof why);
    if (rc == 1 || (!rc && !*name)) {
        rc = XXGK_EENCODING;
        snprintf(why, sizeof why, TR("所指的部分不存在", "the part it names does not exist"));
    }
    mime_pages pages = {.n = 0};
    const char *text = data;
    size_t n = len;
    if (!rc && data && mime_is_archive(data, len)) {
        rc = mime_read_pages(&pages, data, len, why, sizeof why);
        text = pages.n ? pages.page[0].data : "";
        n = pages.n ? pages.page[0].len : 0;
    }
    xbuf utf8;
    xbuf_init(&utf8, 0);
    if (d->out->len && d->out->data[d->out->len - 1] != '\n')
        xbuf_putc(d->out, '\n');
    int said = 0;
    if (rc == 0 && docx_is_docx(text, n)) {
        zip_t *z = NULL;
        if (p->nesting >= MAX_NESTING) {
            rc = XXGK_ELIMIT;
            snprintf(why, sizeof why, TR("嵌套超过 %d 层", "nested more than %d deep"),
                     MAX_NESTING);
        } else if ((z = package_open(text, n, why, sizeof why)) == NULL) {
            rc = XXGK_EENCODING;
        } else {
            struct docx_package inner = {.z = z, .budget = p->budget, .links = p->links,
                                         .nesting = p->nesting + 1, .err = why,
                                         .errcap = sizeof why};
            unsigned images;
            rc = read_package(d->out, &images, &inner);
            zip_discard(z);
            said = inner.failed; /* (its chunk's reason, said whole) */
        }
    } else if (rc == 0 && n >= 5 && memcmp(text, "{\\rtf", 5) == 0) {
        rc = XXGK_EENCODING;
        snprintf(why, sizeof why, TR("RTF 格式", "in RTF"));
    } else if (rc == 0) {
        const char *used;
        size_t cut;
        rc = enc_decode(&utf8, text, n, NULL, &used, &cut, why, sizeof why);
        if (rc == 0 && html_is_html(utf8.data ? utf8.data : "", utf8.len))
            rc = html_to_text(d->out, NULL, utf8.data, utf8.len, why, sizeof why);
        else if (rc == 0)
            xbuf_put(d->out, utf8.data ? utf8.data : "", utf8.len);
        if (d->out->len && d->out->data[d->out->len - 1] != '\n')
            xbuf_putc(d->out, '\n');
    }
    xbuf_free(&utf8);
    mime_pages_free(&pages);
    free(data);
    p->failed = rc != 0;
    if (said)
        snprintf(p->err, p->errcap, "%s", why);
    else if (rc)
        snprintf(p->err, p->errcap,
                 TR("Word 文件中嵌入的内容（altChunk %s）无法读取：%s；请在 Word 或 WPS 中打开"
                    "后另存为 .docx 再读取",
                    "content embedded in the Word document (altChunk %s) cannot be read: %s; "
                    "open it in Word or WPS and save it again as .docx"),
                 *name ? name : "-", why);
}

int docx_to_text(xbuf *out, unsigned *images, doc_links *links, zip_t *z, char *err,
                 size_t errcap)
{
    zip_uint64_t budget = PACKAGE_MAX_UNPACKED;
    struct docx_package p = {.z = z, .budget = &budget, .links = links, .err = err,
                             .errcap = errcap};
    return read_package(out, images, &p);
}

static int read_package(xbuf *out, unsigned *images, struct docx_package *p)
{
    *images = 0;
    zip_t *z = p->z;
    char *err = p->err;
    size_t errcap = p->errcap;
    zip_stat_t st;
    if (zip_stat(z, "ppt/presentation.xml", 0, &st) == 0) {
        snprintf(err, errcap,
                 TR("PowerPoint 文件，不是 Word 文件：请把报告另存为 .docx 或 PDF",
                    "a PowerPoint file, not a Word document: save the report as .docx "
                    "or PDF"));
        return XXGK_EENCODING;
    }
    xmlDocPtr doc = NULL, lists = NULL;
    int rc = parts(p);
    if (!rc && (rc = package_xml(&doc, z, p->main, KIND, "", p->budget, err, errcap)) == 1) {
        snprintf(
            err, errcap,
            TR("zip 压缩包，但不是 Word 文件（没有 %s）：如果里面是报告，请先解压",
               "a zip archive but not a Word document (no %s): if it holds reports, unpack it "
               "first"),
            p->main);
        rc = XXGK_EENCODING;
    }
    if (rc) {
        xmlFreeDoc(p->rels_doc);
        p->rels_doc = NULL;
        return rc;
    }
    const xmlNode *root = xmlDocGetRootElement(doc);
    const xmlNode *body = NULL;
    for (const xmlNode *c = root ? root->children : NULL; c && !body; c = c->next)
        if (docx_is_w(c, "body"))
            body = c;
    *images = body ? pictures(body->children, 0) : 0;
    field_state fields = {0};
    int too_deep = 0;
    docx_reader d = {out, NULL, 0, NULL, &fields, &too_deep, p, p->links};
    int links_before = p->links ? p->links->n : 0;
    rc = read_styles(&d, z, p->styles, p->budget, err, errcap);
    if (!rc && (rc = package_xml(&lists, z, p->numbering, KIND, "", p->budget, err, errcap)) == 1)
        rc = 0; /* (no lists) */
    if (!rc && docx_numbering_read(&d.numbering, lists) < 0) {
        snprintf(err, errcap, TR("内存不足", "out of memory"));
        rc = XXGK_ENOMEM;
    }
    size_t start = out->len;
    if (!rc)
        blocks(&d, body ? body->children : NULL, 0, 0);
    /* (again with the fields left open read as text; then, if some still are, with none
     * followed) */
    int known = 0; /* (the fields found open: open still, read as text, on the next pass) */
    for (int pass = 0; pass < 2 && !rc && fields.depth > known && !out->failed; pass++) {
        field_state again = {0};
        for (int i = 0; i < fields.depth && i < MAX_FIELDS; i++)
            again.unended[i] = fields.open[i].begin;
        known = fields.depth < MAX_FIELDS ? fields.depth : MAX_FIELDS;
        again.off = pass == 1;
        fields = again;
        out->len = start;
        if (out->data)
            out->data[start] = '\0';
        if (p->links)
            p->links->n = links_before; /* (found again) */
        docx_numbering_free(d.numbering);
        d.numbering = NULL;
        if (docx_numbering_read(&d.numbering, lists) < 0) {
            snprintf(err, errcap, TR("内存不足", "out of memory"));
            rc = XXGK_ENOMEM;
        } else {
            blocks(&d, body ? body->children : NULL, 0, 0);
        }
    }
    xmlFreeDoc(lists);
    xmlFreeDoc(p->rels_doc);
    p->rels_doc = NULL;
    docx_numbering_free(d.numbering);
    free_styles(&d);
    xmlFreeDoc(doc);
    if (rc)
        return rc;
    if (out->failed) {
        snprintf(err, errcap, TR("内存不足", "out of memory"));
        return XXGK_ENOMEM;
    }
    if (p->failed)
        return XXGK_EENCODING;
    if (too_deep) {
        snprintf(err, errcap,
                 TR("Word 文件的表格嵌套超过 %d 层（或元素嵌套超过 %d 层），更深处的文字无法读取",
                    "tables nested more than %d deep (or elements more than %d) in the Word "
                    "document: the text further in cannot be read"),
                 MAX_TABLES, MAX_LEVEL);
        return XXGK_ELIMIT;
    }
    return 0;
}
