/*
 * OpenDocument text input: the text of an .odt (content.xml inside the zip) as lines for the
 * reader, written as docx_to_text writes a Word document's, so that both feed the same
 * recognizer.  Paragraphs and headings become lines; each table row becomes one tab-separated
 * line, a cell's paragraphs joined, the places a merged cell covers (table:covered-table-cell)
 * empty cells, as a table copied out of an office suite has them.
 */
#include "lib/odt_text.h"

#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/odt_lists.h"
#include "lib/package.h"
#include "util/lang.h"
#include "util/text.h"
#include "xxgk/xxgk.h"

#define NS_TEXT "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define NS_TABLE "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define NS_OFFICE "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define NS_DRAW "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
#define NS_STYLE "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define NS_XLINK "http://www.w3.org/1999/xlink"

#define KIND TR("OpenDocument 文档", "OpenDocument text")
#define MAX_DEPTH 64   /* elements inside one another that are followed */
#define MAX_REPEAT 64  /* a row or cell written once for that many alike (empty ones, mostly) */
#define MAX_STYLES 65536
#define MAX_TEXT ((size_t)64 << 20) /* what repeated cells and rows may make of a small file */

/* What a paragraph's style says of the list style numbering it outside lists
 * (style:list-style-name): a handle of odt_lists, or one of these. */
#define LIST_UNSAID (-2) /* nothing: as its parent; none said anywhere, none */
#define LIST_OFF (-3)    /* "": none, not even the outline style's number for a heading */

/* A style whose text the report does not show: struck through (a figure corrected in place,
 * as Word's is left out too) or hidden; or a style based on one; and the list style that
 * numbers a paragraph of it outside lists, at which level (resolved after reading). */
typedef struct {
    xmlChar *name, *parent;
    signed char left; /* 1 left out, 0 shown, -1 as its parent */
    int list;         /* a list style's handle; -1 one the file lacks; LIST_UNSAID, LIST_OFF */
    int level;        /* its style:list-level (1-10), 0 unsaid */
} odt_style;

/* Where the text being read stands in the lists: the list style numbering it (-1 none), how
 * deep in lists, whether the next paragraph is its item's first (the one numbered) and the
 * item's own number (text:start-value, -1 none); the numbered paragraph
 * (text:numbered-paragraph) whose paragraph comes next, NULL none. */
typedef struct {
    int style, level, due, start;
    const xmlNode *numbered;
} list_place;

typedef struct {
    xbuf *out;
    odt_style *styles;
    size_t nstyles;
    odt_lists *lists;
    list_place at;
    unsigned images;
    doc_links *links; /* where links showing another address go, or NULL */
    int too_deep, too_big;
} odt_reader;

/* The value of attribute ns:name of n, or NULL (free with xmlFree). */
static xmlChar *attr(const xmlNode *n, const char *ns, const char *name)
{
    return xmlGetNsProp((xmlNode *)n, BAD_CAST name, BAD_CAST ns);
}

/* A count an attribute gives (table:number-columns-repeated, text:c), 1 when not given,
 * at most cap. */
static unsigned count_of(const xmlNode *n, const char *ns, const char *name, unsigned cap)
{
    xmlChar *v = attr(n, ns, name);
    long k = v ? strtol((const char *)v, NULL, 10) : 1;
    xmlFree(v);
    return k < 1 ? 1 : k > (long)cap ? cap : (unsigned)k;
}

/* ---- styles ---- */

static void style_defs(odt_reader *r, const xmlNode *first)
{
    for (const xmlNode *s = first; s; s = s->next) {
        if (!package_is(s, NS_STYLE, "style") || r->nstyles == MAX_STYLES)
            continue;
        signed char left = -1;
        for (const xmlNode *p = s->children; p; p = p->next) {
            if (!package_is(p, NS_STYLE, "text-properties"))
                continue;
            xmlChar *strike = attr(p, NS_STYLE, "text-line-through-style");
            xmlChar *shown = attr(p, NS_TEXT, "display");
            xmlChar *pos = attr(p, NS_STYLE, "text-position"); /* ("super 58%", "-33% 58%") */
            if (strike)
                left = !xmlStrEqual(strike, BAD_CAST "none");
            if ((shown && xmlStrEqual(shown, BAD_CAST "none")) ||
                (pos && pos[0] != '0')) /* (hidden; raised or lowered: a note's mark) */
                left = 1;
            xmlFree(strike);
            xmlFree(shown);
            xmlFree(pos);
        }
        xmlChar *name = attr(s, NS_STYLE, "name");
        odt_style *grown = name ? realloc(r->styles, (r->nstyles + 1) * sizeof *grown) : NULL;
        if (!grown) {
            r->out->failed |= name != NULL;
            xmlFree(name);
            continue;
        }
        r->styles = grown;
        xmlChar *list = attr(s, NS_STYLE, "list-style-name");
        int level = (int)count_of(s, NS_STYLE, "list-level", 10);
        r->styles[r->nstyles++] = (odt_style){
            name, attr(s, NS_STYLE, "parent-style-name"), left,
            !list ? LIST_UNSAID : !*list ? LIST_OFF : odt_lists_style(r->lists, list),
            xmlHasNsProp(s, BAD_CAST "list-level", BAD_CAST NS_STYLE) ? level : 0};
        xmlFree(list);
    }
}

static int by_name(const void *a, const void *b)
{
    return xmlStrcmp(((const odt_style *)a)->name, ((const odt_style *)b)->name);
}

/* The styles the text may name: the named ones of styles.xml and the automatic ones of
 * content.xml (styles.xml's automatic styles are its page headers', and may reuse names). */
static void read_styles(odt_reader *r, const xmlDoc *doc, const char *which)
{
    const xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    for (const xmlNode *c = root ? root->children : NULL; c; c = c->next)
        if (package_is(c, NS_OFFICE, which))
            style_defs(r, c->children);
}

/* (looked up for every element of the text: sorted, by bsearch) */
static odt_style *style_named(const odt_reader *r, const xmlChar *name)
{
    if (!name || !r->nstyles)
        return NULL;
    odt_style key = {(xmlChar *)name, NULL, 0, 0, 0};
    return bsearch(&key, r->styles, r->nstyles, sizeof *r->styles, by_name);
}

/* Each style's own say of each thing, or that of the nearest style it is based on that says
 * it, followed up a few levels (a loop of parents goes nowhere). */
static void resolve_styles(odt_reader *r)
{
    if (r->nstyles)
        qsort(r->styles, r->nstyles, sizeof *r->styles, by_name);
    for (size_t i = 0; i < r->nstyles; i++) {
        odt_style *s = &r->styles[i];
        signed char left = -1;
        int list = LIST_UNSAID, level = 0, up = 0;
        for (const odt_style *p = s; p && up <= 16 && (left < 0 || list == LIST_UNSAID || !level);
             p = style_named(r, p->parent), up++) {
            left = left < 0 ? p->left : left;
            list = list == LIST_UNSAID ? p->list : list;
            level = level ? level : p->level;
        }
        s->left = left > 0;
        s->list = list;
        s->level = level;
    }
}

/* The style n names (text:style-name), or NULL. */
static const odt_style *style_of(const odt_reader *r, const xmlNode *n)
{
    xmlChar *name = attr(n, NS_TEXT, "style-name");
    const odt_style *s = style_named(r, name);
    xmlFree(name);
    return s;
}

/* Whether the text of n is left out by the style it names. */
static int styled_out(const odt_reader *r, const xmlNode *n)
{
    const odt_style *s = style_of(r, n);
    return s && s->left > 0;
}

static void free_styles(odt_reader *r)
{
    for (size_t i = 0; i < r->nstyles; i++) {
        xmlFree(r->styles[i].name);
        xmlFree(r->styles[i].parent);
    }
    free(r->styles);
}

/* ---- list numbers ---- */

static int attr_true(const xmlNode *n, const char *ns, const char *name)
{
    xmlChar *v = attr(n, ns, name);
    int yes = v && xmlStrEqual(v, BAD_CAST "true");
    xmlFree(v);
    return yes;
}

/* The item's or heading's own number (text:start-value, a whole number from 1), or -1. */
static int own_start(const xmlNode *n)
{
    xmlChar *v = attr(n, NS_TEXT, "start-value");
    char *end = NULL;
    long k = v ? strtol((const char *)v, &end, 10) : -1;
    int whole = v && end != (char *)v && *end == '\0';
    xmlFree(v);
    return !whole || k < 1 || k > 1000000 ? -1 : (int)k;
}

/* The first paragraph or heading under n (depth levels down at most), or NULL. */
static const xmlNode *first_paragraph(const xmlNode *n, int depth)
{
    for (const xmlNode *c = n->children; c && depth > 0; c = c->next) {
        if (package_is(c, NS_TEXT, "p") || package_is(c, NS_TEXT, "h"))
            return c;
        const xmlNode *p = c->type == XML_ELEMENT_NODE ? first_paragraph(c, depth - 1) : NULL;
        if (p)
            return p;
    }
    return NULL;
}

/* Entering c, a list, a list item, a list header or a numbered paragraph: the place in the
 * lists it puts the reader at.  Returns the place before, for list_leave.  A list names its
 * style or takes its outer list's, or, when neither says, its paragraphs' (their paragraph
 * style's list style: the first paragraph's, for the list); an outermost list counts on from
 * the last of its style only when it says so. */
static list_place list_enter(odt_reader *r, const xmlNode *c)
{
    list_place was = r->at;
    if (package_is(c, NS_TEXT, "numbered-paragraph")) {
        r->at.numbered = c;
    } else if (package_is(c, NS_TEXT, "list")) {
        xmlChar *name = attr(c, NS_TEXT, "style-name");
        xmlChar *after = attr(c, NS_TEXT, "continue-list");
        if (name) {
            r->at.style = odt_lists_style(r->lists, name);
        } else if (r->at.style < 0) {
            const xmlNode *p = first_paragraph(c, 4);
            const odt_style *s = p ? style_of(r, p) : NULL;
            if (s && s->list >= 0)
                r->at.style = s->list;
        }
        if (++r->at.level == 1 && !after && !attr_true(c, NS_TEXT, "continue-numbering"))
            odt_lists_restart(r->lists, r->at.style);
        r->at.due = 0;
        xmlFree(name);
        xmlFree(after);
    } else {
        r->at.due = package_is(c, NS_TEXT, "list-item");
        r->at.start = r->at.due ? own_start(c) : -1;
    }
    return was;
}

static void list_leave(odt_reader *r, list_place was)
{
    r->at = was;
    r->at.due = 0; /* (an item whose first paragraph was in a list inside it has had it) */
    r->at.numbered = NULL;
}

static int is_list(const xmlNode *c)
{
    return package_is(c, NS_TEXT, "list") || package_is(c, NS_TEXT, "list-item") ||
           package_is(c, NS_TEXT, "list-header") || package_is(c, NS_TEXT, "numbered-paragraph");
}

/* The number of numbered paragraph np (text:numbered-paragraph), its list's next at its
 * level. */
static void numbered_number(odt_reader *r, const xmlNode *np)
{
    xmlChar *id = attr(np, NS_TEXT, "list-id"), *name = attr(np, NS_TEXT, "style-name");
    odt_lists_numbered(r->lists, id, odt_lists_style(r->lists, name),
                       (int)count_of(np, NS_TEXT, "level", 10), own_start(np),
                       attr_true(np, NS_TEXT, "continue-numbering"), r->out);
    xmlFree(id);
    xmlFree(name);
}

/* The number the lists draw before paragraph or heading p of style s (NULL none), written
 * where its text will be: a numbered paragraph's by its own list; an item's first paragraph
 * numbered by its list; outside lists, one by the list style of its paragraph style (the list
 * style "" none at all), else a heading by the outline style; none where p carries the number
 * as its writer drew it (text:number, in its text). */
static void list_number(odt_reader *r, const xmlNode *p, const odt_style *s)
{
    int due = r->at.due;
    const xmlNode *np = r->at.numbered;
    r->at.due = 0;
    r->at.numbered = NULL;
    for (const xmlNode *c = p->children; c; c = c->next)
        if (package_is(c, NS_TEXT, "number"))
            return;
    int heading = package_is(p, NS_TEXT, "h");
    if (np) {
        numbered_number(r, np);
    } else if (r->at.level) { /* (the list's number, not the paragraph style's) */
        if (due)
            odt_lists_next(r->lists, r->at.style, r->at.level, r->at.start, r->out);
    } else if (!attr_true(p, NS_TEXT, "is-list-header")) {
        int list = s ? s->list : LIST_UNSAID;
        /* (a heading numbered again from its own number, or the level's start) */
        int restart = heading && attr_true(p, NS_TEXT, "restart-numbering");
        int own = restart ? own_start(p) : -1, start = !restart ? -1 : own >= 1 ? own : 0;
        int level = heading ? (int)count_of(p, NS_TEXT, "outline-level", 10) : 1;
        if (list >= 0)
            odt_lists_styled(r->lists, list, s->level ? s->level : level, start, r->out);
        else if (heading && list != LIST_OFF)
            odt_lists_heading(r->lists, level, start, r->out);
    }
}

/* ---- text ---- */

static void blocks(odt_reader *r, const xmlNode *first, int depth);

/* A space where a tab or a line break stood in a paragraph (they separate words, never
 * cells); two after a digit: 12 and 345 a line apart are not 12 345. */
static void word_break(xbuf *out)
{
    int digit = out->len && out->data[out->len - 1] >= '0' && out->data[out->len - 1] <= '9';
    xbuf_put(out, "  ", digit ? 2 : 1);
}

/* A frame's text boxes, lines of their own where the frame is anchored; its pictures
 * counted. */
static void frame(odt_reader *r, const xmlNode *f, int depth)
{
    for (const xmlNode *c = f->children; c; c = c->next)
        if (package_is(c, NS_DRAW, "text-box")) {
            if (r->out->len && r->out->data[r->out->len - 1] != '\n')
                xbuf_putc(r->out, '\n');
            blocks(r, c->children, depth + 1);
        } else if (package_is(c, NS_DRAW, "image")) {
            r->images++;
        }
}

/* The text under n, in a paragraph: text as it reads, what a style leaves out (struck
 * through, hidden), notes, comments, a ruby's guide to reading and tracked deletions left
 * out. */
static void runs(odt_reader *r, const xmlNode *n, int left, int depth)
{
    if (depth > MAX_DEPTH) {
        r->too_deep = 1;
        return;
    }
    for (const xmlNode *c = n; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (!left && c->content)
                xbuf_puts(r->out, (const char *)c->content);
            continue;
        }
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (package_is(c, NS_TEXT, "s")) {
            for (unsigned k = left ? 0 : count_of(c, NS_TEXT, "c", 100); k > 0; k--)
                xbuf_putc(r->out, ' ');
        } else if (package_is(c, NS_TEXT, "tab") || package_is(c, NS_TEXT, "line-break")) {
            if (!left)
                word_break(r->out);
        } else if (package_is(c, NS_TEXT, "note") || package_is(c, NS_OFFICE, "annotation") ||
                   package_is(c, NS_TEXT, "ruby-text") ||
                   package_is(c, NS_TEXT, "tracked-changes") ||
                   package_is(c, NS_TEXT, "hidden-text") ||
                   package_is(c, NS_TEXT, "hidden-paragraph")) {
            continue;
        } else if (package_is(c, NS_DRAW, "frame")) {
            if (!left)
                frame(r, c, depth);
        } else if (package_is(c, NS_DRAW, "custom-shape") || package_is(c, NS_DRAW, "rect")) {
            if (!left) { /* (a shape's own paragraphs, a Word text box as LibreOffice saves it) */
                if (r->out->len && r->out->data[r->out->len - 1] != '\n')
                    xbuf_putc(r->out, '\n');
                blocks(r, c->children, depth + 1);
            }
        } else if (package_is(c, NS_TABLE, "table")) {
            continue; /* (a cell's tables are read after its row) */
        } else {
            size_t at = r->out->len;
            runs(r, c->children, left || styled_out(r, c), depth + 1);
            if (!left && package_is(c, NS_TEXT, "a")) { /* (a link: its text against href) */
                xmlChar *href = attr(c, NS_XLINK, "href");
                links_judge(r->links, r->out, at, NULL, (const char *)href);
                xmlFree(href);
            }
        }
    }
}

/* A paragraph or heading's text after its number; both left out where its style leaves the
 * paragraph out (counted all the same). */
static void paragraph(odt_reader *r, const xmlNode *p, int depth)
{
    size_t at = r->out->len;
    const odt_style *s = style_of(r, p);
    int left = s && s->left > 0;
    list_number(r, p, s);
    if (left)
        r->out->len = at;
    runs(r, p->children, left, depth);
}

static void table(odt_reader *r, const xmlNode *tbl, int depth);

/* The paragraphs of a cell, joined (a label wrapped into two paragraphs is one label), but
 * for digits on either side of the join, kept apart: two figures, not one. */
static void cell_text(odt_reader *r, const xmlNode *first, int depth)
{
    if (depth > MAX_DEPTH) {
        r->too_deep = 1;
        return;
    }
    for (const xmlNode *c = first; c; c = c->next) {
        size_t at = r->out->len;
        if (package_is(c, NS_TEXT, "p") || package_is(c, NS_TEXT, "h")) {
            paragraph(r, c, depth + 1);
        } else if (is_list(c)) {
            list_place was = list_enter(r, c);
            cell_text(r, c->children, depth + 1);
            list_leave(r, was);
        } else if (package_is(c, NS_TEXT, "section")) {
            cell_text(r, c->children, depth + 1);
        }
        text_apart_digits(r->out, at, 0);
        for (size_t i = at; i < r->out->len; i++) /* (a text box's lines are the cell's words) */
            if (r->out->data[i] == '\t' || r->out->data[i] == '\n')
                r->out->data[i] = ' ';
    }
}

/* The tables inside the cells from `first` on (a table set in a cell): read after the row. */
static void cell_tables(odt_reader *r, const xmlNode *first, int depth)
{
    if (depth > MAX_DEPTH) {
        r->too_deep = 1;
        return;
    }
    for (const xmlNode *c = first; c; c = c->next)
        if (package_is(c, NS_TABLE, "table"))
            table(r, c, depth + 1);
        else if (package_is(c, NS_TABLE, "table-cell") || package_is(c, NS_TEXT, "list") ||
                 package_is(c, NS_TEXT, "list-item") || package_is(c, NS_TEXT, "section"))
            cell_tables(r, c->children, depth + 1);
}

/* out's bytes from `from` on written again times - 1 more times, each after sep (a cell or a
 * row the file gives once for several alike). */
static void repeat_tail(odt_reader *r, size_t from, const char *sep, unsigned times)
{
    xbuf *out = r->out;
    if (times < 2 || out->failed)
        return;
    size_t n = out->len - from;
    if (out->len + (n + strlen(sep)) * (times - 1) > MAX_TEXT) {
        r->too_big = 1; /* (a small file that says to repeat its repeats) */
        return;
    }
    char *copy = malloc(n + 1); /* (out's data moves as it grows) */
    if (!copy) {
        out->failed = 1;
        return;
    }
    memcpy(copy, out->data + from, n);
    for (unsigned k = 1; k < times; k++) {
        xbuf_puts(out, sep);
        xbuf_put(out, copy, n);
    }
    free(copy);
}

/* The cells of a row, each after a tab but the first: a place a merged cell covers is an
 * empty cell, and a cell repeated is written as often. */
static void row(odt_reader *r, const xmlNode *tr, int depth)
{
    size_t start = r->out->len;
    int n = 0;
    for (const xmlNode *tc = tr->children; tc; tc = tc->next) {
        int covered = package_is(tc, NS_TABLE, "covered-table-cell");
        if (!covered && !package_is(tc, NS_TABLE, "table-cell"))
            continue;
        if (n++)
            xbuf_putc(r->out, '\t');
        size_t at = r->out->len;
        if (!covered)
            cell_text(r, tc->children, depth);
        repeat_tail(r, at, "\t", count_of(tc, NS_TABLE, "number-columns-repeated", MAX_REPEAT));
    }
    xbuf_putc(r->out, '\n');
    repeat_tail(r, start, "", count_of(tr, NS_TABLE, "number-rows-repeated", MAX_REPEAT));
    cell_tables(r, tr->children, depth);
}

/* The most cells a row of the rows from `first` on has, through row groups. */
static int widest(const xmlNode *first, int depth)
{
    int most = 0;
    for (const xmlNode *c = first; c && depth <= MAX_DEPTH; c = c->next)
        if (package_is(c, NS_TABLE, "table-row")) {
            int n = 0;
            for (const xmlNode *tc = c->children; tc; tc = tc->next)
                n += package_is(tc, NS_TABLE, "table-cell") ||
                     package_is(tc, NS_TABLE, "covered-table-cell");
            most = n > most ? n : most;
        } else if (c->type == XML_ELEMENT_NODE && c->ns &&
                   xmlStrEqual(c->ns->href, BAD_CAST NS_TABLE)) {
            int k = widest(c->children, depth + 1);
            most = k > most ? k : most;
        }
    return most;
}

/* The rows from `first` on, through the groups that hold them (header rows, row groups); in a
 * table of one column (a page laid out in a table) each cell's paragraphs as lines. */
static void rows(odt_reader *r, const xmlNode *first, int column, int depth)
{
    if (depth > MAX_DEPTH) {
        r->too_deep = 1;
        return;
    }
    for (const xmlNode *c = first; c; c = c->next) {
        if (package_is(c, NS_TABLE, "table-row") && column) {
            for (const xmlNode *tc = c->children; tc; tc = tc->next)
                if (package_is(tc, NS_TABLE, "table-cell"))
                    blocks(r, tc->children, depth + 1);
        } else if (package_is(c, NS_TABLE, "table-row")) {
            row(r, c, depth + 1);
        } else if (package_is(c, NS_TABLE, "table-header-rows") ||
                   package_is(c, NS_TABLE, "table-rows") ||
                   package_is(c, NS_TABLE, "table-row-group")) {
            rows(r, c->children, column, depth + 1);
        }
    }
}

static void table(odt_reader *r, const xmlNode *tbl, int depth)
{
    if (depth > MAX_DEPTH) {
        r->too_deep = 1;
        return;
    }
    rows(r, tbl->children, widest(tbl->children, 0) <= 1, depth + 1);
}

/* The body's paragraphs and headings, one a line, and its tables, one row a line, through the
 * lists and sections that hold them. */
static void blocks(odt_reader *r, const xmlNode *first, int depth)
{
    if (depth > MAX_DEPTH) {
        r->too_deep = 1;
        return;
    }
    for (const xmlNode *c = first; c; c = c->next) {
        if (package_is(c, NS_TEXT, "p") || package_is(c, NS_TEXT, "h")) {
            size_t at = r->out->len;
            paragraph(r, c, depth + 1);
            /* (ended by a text box's lines: ended already; an empty paragraph is a line) */
            if (!(r->out->len > at && r->out->data[r->out->len - 1] == '\n'))
                xbuf_putc(r->out, '\n');
        } else if (package_is(c, NS_TABLE, "table")) {
            table(r, c, depth + 1);
        } else if (package_is(c, NS_DRAW, "frame")) {
            frame(r, c, depth + 1);
        } else if (is_list(c)) {
            list_place was = list_enter(r, c);
            blocks(r, c->children, depth + 1);
            list_leave(r, was);
        } else if (package_is(c, NS_TEXT, "section") || package_is(c, NS_TEXT, "index-body") ||
                   package_is(c, NS_TEXT, "table-of-content") ||
                   package_is(c, NS_TEXT, "soft-page-break")) {
            blocks(r, c->children, depth + 1);
        }
    }
}

/* ---- the package ---- */

const char *odt_kind(const char *data, size_t len, size_t *n)
{
    /* (a local file header is 30 bytes, the entry's name after it, then its data) */
    static const char odf[] = "mimetypeapplication/vnd.oasis.opendocument.";
    if (len < 30 + sizeof odf || memcmp(data, "PK\x03\x04", 4) != 0 ||
        memcmp(data + 30, odf, sizeof odf - 1) != 0)
        return NULL;
    const char *kind = data + 30 + sizeof odf - 1, *end = data + len;
    size_t k = 0;
    while (kind + k < end && ((kind[k] >= 'a' && kind[k] <= 'z') || kind[k] == '-'))
        k++;
    *n = k;
    return kind;
}

/* The package's mimetype (a NUL-terminated copy in buf), or NULL when it has none to read. */
static const char *mimetype(zip_t *z, char buf[129])
{
    zip_stat_t st;
    if (zip_stat(z, "mimetype", 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) || st.size > 128)
        return NULL;
    zip_file_t *f = zip_fopen(z, "mimetype", 0);
    int ok = f && package_read(f, buf, st.size) == 0;
    if (f)
        zip_fclose(f);
    buf[ok ? st.size : 0] = '\0';
    return ok ? buf : NULL;
}

int odt_is_odt(zip_t *z)
{
    static const char text[] = "application/vnd.oasis.opendocument.text";
    char buf[129];
    const char *m = mimetype(z, buf);
    /* (a template, .ott, is a text too: "…opendocument.text-template") */
    return m && strncmp(m, text, sizeof text - 1) == 0;
}

int odt_is_other(zip_t *z)
{
    static const char odf[] = "application/vnd.oasis.opendocument.";
    char buf[129];
    const char *m = mimetype(z, buf);
    return m && strncmp(m, odf, sizeof odf - 1) == 0 && !odt_is_odt(z);
}

int odt_to_text(xbuf *out, unsigned *images, doc_links *links, zip_t *z, char *err,
                size_t errcap)
{
    *images = 0;
    package_xml_init();
    zip_uint64_t budget = PACKAGE_MAX_UNPACKED;
    xmlDocPtr content = NULL, styles = NULL;
    int rc = package_xml(&content, z, "content.xml", KIND, "", &budget, err, errcap);
    if (rc == 1) {
        snprintf(err, errcap,
                 TR("OpenDocument 文档已损坏：没有 content.xml",
                    "a damaged OpenDocument text: it has no content.xml"));
        return XXGK_EENCODING;
    }
    if (rc)
        return rc;
    if ((rc = package_xml(&styles, z, "styles.xml", KIND, "", &budget, err, errcap)) == 1)
        rc = 0; /* (no named styles) */
    if (rc) {
        xmlFreeDoc(content);
        return rc;
    }
    odt_reader r = {.out = out, .at = {-1, 0, 0, -1, NULL}, .links = links};
    if (odt_lists_read(&r.lists, styles, content) != 0) {
        xmlFreeDoc(styles);
        xmlFreeDoc(content);
        snprintf(err, errcap, TR("内存不足", "out of memory"));
        return XXGK_ENOMEM;
    }
    read_styles(&r, styles, "styles");
    read_styles(&r, content, "automatic-styles");
    resolve_styles(&r);
    const xmlNode *root = xmlDocGetRootElement(content);
    for (const xmlNode *c = root ? root->children : NULL; c; c = c->next)
        if (package_is(c, NS_OFFICE, "body"))
            for (const xmlNode *t = c->children; t; t = t->next)
                if (package_is(t, NS_OFFICE, "text"))
                    blocks(&r, t->children, 0);
    free_styles(&r);
    odt_lists_free(r.lists);
    xmlFreeDoc(styles);
    xmlFreeDoc(content);
    *images = r.images;
    if (out->failed) {
        snprintf(err, errcap, TR("内存不足", "out of memory"));
        return XXGK_ENOMEM;
    }
    if (r.too_big) {
        snprintf(err, errcap,
                 TR("OpenDocument 文档重复的单元格和行展开后超过 %d MiB，不像一份报告：未读取",
                    "the OpenDocument text's repeated cells and rows come to more than %d MiB: "
                    "no report is that large, not read"),
                 (int)(MAX_TEXT >> 20));
        return XXGK_ELIMIT;
    }
    if (r.too_deep) {
        snprintf(err, errcap,
                 TR("OpenDocument 文档的元素嵌套超过 %d 层，更深处的文字无法读取",
                    "elements nested more than %d deep in the OpenDocument text: the text "
                    "further in cannot be read"),
                 MAX_DEPTH);
        return XXGK_ELIMIT;
    }
    return 0;
}
