/*
 * Excel input: the statistics tables an agency publishes as a workbook (.xlsx), read as the
 * lines a table copied out of Excel gives: every sheet shown (not hidden) in order, each row one
 * tab-separated line of its cells' text (shared strings, inline strings, formulas' cached
 * values, numbers as written), so that the same recognizer reads them (see sheet_text.c).  A
 * register kept in Excel (a ledger of requests) is read as CSV instead: its first sheet shown,
 * dates as dates (a cell styled as one holds a day count).
 */
#include "lib/xlsx_text.h"

#include <ctype.h>
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "lib/package.h"
#include "lib/sheet_text.h"
#include "util/lang.h"
#include "xxgk/xxgk.h"

#define MAX_ROWS 20000  /* rows of all sheets read as a report (its tables have fewer than 100) */
#define MAX_MERGES 2000 /* merged ranges of a sheet */
#define MAX_SHEETS 64

#define KIND TR("Excel 工作簿", "Excel workbook")

/* How a sheet is read: for the reader's lines, or as CSV with its dates. */
typedef struct {
    int csv;
    /* [style index]: bit 0 when the style shows a date, else its scale (sheet_format_scale);
     * and, for CSV, the code of its format when the workbook defines it (else NULL) */
    const unsigned char *shows_xf;
    const char **code_xf;
    sheet_formats *formats; /* (the codes') */
    size_t nxf;
    int date1904;                 /* the workbook counts days from 1904 (Excel for Mac) */
} sheet_form;

static int is(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, BAD_CAST name) == 0;
}

/* Text as SpreadsheetML keeps it, its escapes of characters XML cannot hold decoded: _x000D_ a
 * carriage return (Excel's Alt+Enter keeps one beside the line break), _x005F_ an underscore. */
static void put_escaped(xbuf *b, const char *s)
{
    for (const char *p = s; *p; p++) {
        unsigned v = 0;
        int k = 0;
        if (p[0] == '_' && p[1] == 'x')
            for (k = 2; k < 6 && isxdigit((unsigned char)p[k]); k++)
                v = v * 16 + (unsigned)(isdigit((unsigned char)p[k]) ? p[k] - '0'
                                                                     : (p[k] | 0x20) - 'a' + 10);
        if (k == 6 && p[6] == '_' && v > 0 && v < 0x80) {
            xbuf_putc(b, (char)v);
            p += 6;
        } else {
            xbuf_putc(b, *p);
        }
    }
}

/* The text of the <t> elements under n, phonetic guides (<rPh>) left out. */
static void texts(xbuf *b, const xmlNode *n, int depth)
{
    for (const xmlNode *c = n ? n->children : NULL; c && depth < 8; c = c->next) {
        if (is(c, "rPh"))
            continue;
        if (is(c, "t")) {
            xmlChar *s = xmlNodeGetContent(c);
            if (s)
                put_escaped(b, (const char *)s);
            xmlFree(s);
        } else if (c->type == XML_ELEMENT_NODE) {
            texts(b, c, depth + 1);
        }
    }
}

typedef struct {
    char **s;
    size_t n;
} strings;

static void strings_free(strings *t)
{
    for (size_t i = 0; i < t->n; i++)
        free(t->s[i]);
    free(t->s);
}

static int shared_strings(strings *t, zip_t *z, zip_uint64_t *budget, char *err, size_t errcap)
{
    xmlDocPtr doc;
    int rc = package_xml(&doc, z, "xl/sharedStrings.xml", KIND, "", budget, err, errcap);
    if (rc)
        return rc == 1 ? 0 : rc; /* (a workbook of numbers alone has none) */
    const xmlNode *sst = xmlDocGetRootElement(doc);
    size_t cap = 0;
    for (const xmlNode *si = sst ? sst->children : NULL; si && !rc; si = si->next) {
        if (!is(si, "si"))
            continue;
        xbuf b;
        xbuf_init(&b, 0);
        texts(&b, si, 0);
        if (t->n == cap) {
            size_t nc = cap ? cap * 2 : 256;
            char **p = realloc(t->s, nc * sizeof *p);
            if (!p) {
                xbuf_free(&b);
                break;
            }
            t->s = p;
            cap = nc;
        }
        char *s = b.failed ? NULL : xbuf_steal(&b);
        xbuf_free(&b);
        if (!s)
            break;
        t->s[t->n++] = s;
    }
    xmlFreeDoc(doc);
    return 0;
}

/* A cell reference's column (0-based) and row (1-based): "AB12" -> 27, 12.  0 if malformed. */
static int cell_ref(const char *r, long *col, long *row)
{
    long c = 0, w = 0;
    for (; *r >= 'A' && *r <= 'Z' && w < 4; r++, w++)
        c = c * 26 + (*r - 'A' + 1);
    if (!w || *r < '1' || *r > '9')
        return 0;
    long n = 0;
    for (; *r >= '0' && *r <= '9' && n < 10000000; r++)
        n = n * 10 + (*r - '0');
    *col = c - 1;
    *row = n;
    return *r == '\0';
}

/* The text a cell shows: its string, or its number as written (12, 12.5), or as CSV wants it
 * (a date as one).  -1 for a shared string the workbook does not have (damaged: its figure is
 * unknown, not blank). */
static int cell_value(xbuf *b, const xmlNode *c, const strings *shared, const sheet_form *form)
{
    int rc = 0;
    xmlChar *type = xmlGetProp(c, BAD_CAST "t");
    const char *t = type ? (const char *)type : "n";
    if (strcmp(t, "inlineStr") == 0) {
        for (const xmlNode *k = c->children; k; k = k->next)
            if (is(k, "is"))
                texts(b, k, 0);
    } else {
        xmlChar *v = NULL, *f = NULL;
        for (const xmlNode *k = c->children; k && !v; k = k->next)
            if (is(k, "v"))
                v = xmlNodeGetContent(k);
            else if (is(k, "f") && !f)
                f = xmlNodeGetContent(k);
        /* a formula Excel never computed (a program wrote it with no value): shown as its
         * formula, a figure that cannot be read, not an empty cell read as 0 */
        if (!v && f && *f)
            xbuf_printf(b, "=%s", (const char *)f);
        xmlFree(f);
        const char *s = v ? (const char *)v : "";
        char *end;
        if (strcmp(t, "s") == 0) {
            unsigned long i = strtoul(s, &end, 10);
            if (*s && !*end && i < shared->n)
                xbuf_puts(b, shared->s[i]);
            else if (*s)
                rc = -1;
        } else if (strcmp(t, "n") == 0 && *s) {
            double d = strtod(s, &end);
            xmlChar *style = form->shows_xf ? xmlGetProp(c, BAD_CAST "s") : NULL;
            unsigned long xf = style ? strtoul((const char *)style, NULL, 10) : 0;
            xmlFree(style);
            unsigned shows = style && xf < form->nxf ? form->shows_xf[xf] : 0;
            const char *code = style && xf < form->nxf && form->csv ? form->code_xf[xf] : NULL;
            /* (Excel stores 0.1 + 0.2 as 0.30000000000000004: shown as 0.3) */
            if (*end)
                xbuf_puts(b, s);
            else
                sheet_put_shown(b, d, shows, code, 1, form->date1904);
        } else if (strcmp(t, "d") == 0) {
            /* an ISO 8601 date (written by some programs instead of a day count): its day, a
             * time of day left off as a date style shows none */
            size_t n = strlen(s);
            xbuf_put(b, s, n > 10 && s[4] == '-' && s[7] == '-' && s[10] == 'T' ? 10 : n);
        } else if (strcmp(t, "b") == 0) {
            xbuf_puts(b, !*s ? "" : strcmp(s, "1") == 0 ? "TRUE" : "FALSE"); /* (as Excel shows) */
        } else {
            xbuf_puts(b, s); /* str (a formula's text), e (#N/A) */
        }
        xmlFree(v);
    }
    xmlFree(type);
    return rc;
}

/* A <col>'s min or max (1-based, Excel's 16384 at most) as a 0-based column; -1 if none. */
static long col_index(const xmlChar *s)
{
    long v = strtol((const char *)s, NULL, 10);
    return v >= 1 && v <= 16384 ? v - 1 : -1;
}

static int read_sheet(xbuf *out, zip_t *z, const char *name, const strings *shared,
                      const sheet_form *form, long *rows, zip_uint64_t *budget, char *err,
                      size_t errcap)
{
    xmlDocPtr doc;
    int rc = package_xml(&doc, z, name, KIND, "", budget, err, errcap);
    if (rc)
        return rc == 1 ? 0 : rc; /* (a sheet the workbook names but lacks: nothing to read) */
    const xmlNode *ws = xmlDocGetRootElement(doc), *data = NULL, *cols = NULL;
    sheet_range *m = NULL;
    size_t nm = 0;
    for (const xmlNode *c = ws ? ws->children : NULL; c; c = c->next) {
        if (is(c, "sheetData"))
            data = c;
        if (is(c, "cols"))
            cols = c;
        if (!is(c, "mergeCells"))
            continue;
        for (const xmlNode *mc = c->children; mc && nm < MAX_MERGES; mc = mc->next) {
            xmlChar *ref = is(mc, "mergeCell") ? xmlGetProp(mc, BAD_CAST "ref") : NULL;
            char a[16] = "", b[16] = "";
            sheet_range g;
            if (ref && sscanf((const char *)ref, "%15[A-Z0-9]:%15[A-Z0-9]", a, b) == 2 &&
                cell_ref(a, &g.c1, &g.r1) && cell_ref(b, &g.c2, &g.r2)) {
                sheet_range *p = nm % 64 ? m : realloc(m, (nm + 64) * sizeof *m);
                if (p) {
                    m = p;
                    m[nm++] = g;
                }
            }
            xmlFree(ref);
        }
    }
    long row = 0;
    xbuf cell;
    xbuf_init(&cell, 0);
    sheet_writer w;
    sheet_begin(&w, out, form->csv, m, nm);
    /* a hidden column (hidden="1", or no width) is not the table's: a column of last year's
     * figures, or one a formula needed, left in the sheet out of sight */
    for (const xmlNode *c = cols ? cols->children : NULL; c; c = c->next) {
        xmlChar *lo = is(c, "col") ? xmlGetProp(c, BAD_CAST "min") : NULL;
        xmlChar *hi = lo ? xmlGetProp(c, BAD_CAST "max") : NULL;
        xmlChar *hidden = hi ? xmlGetProp(c, BAD_CAST "hidden") : NULL;
        xmlChar *width = hi ? xmlGetProp(c, BAD_CAST "width") : NULL;
        char *end = NULL;
        int unseen = (hidden && (xmlStrEqual(hidden, BAD_CAST "1") ||
                                 xmlStrEqual(hidden, BAD_CAST "true"))) ||
                     (width && strtod((const char *)width, &end) == 0 &&
                      end != (const char *)width);
        long first = lo ? col_index(lo) : -1, last = hi ? col_index(hi) : -1;
        if (unseen && first >= 0 && last >= first)
            sheet_hide_cols(&w, first, last);
        xmlFree(width);
        xmlFree(hidden);
        xmlFree(hi);
        xmlFree(lo);
    }
    /* (a register's ledger may be long; a report's tables are not) */
    long most = form->csv ? SHEET_MAX_ROW : MAX_ROWS;
    /* (rc, 0 here, says what stops the reading: a limit passed, or damage; err says which) */
    for (const xmlNode *r = data ? data->children : NULL; r && !out->failed && !rc;
         r = r->next) {
        if (!is(r, "row"))
            continue;
        if (*rows >= most) {
            snprintf(err, errcap, TR("%s的行数超过 %ld 行的上限", "%s has more than %ld rows"),
                     KIND, most);
            rc = XXGK_ELIMIT;
            break;
        }
        xmlChar *rn = xmlGetProp(r, BAD_CAST "r");
        long at = rn ? strtol((const char *)rn, NULL, 10) : row + 1;
        row = at > row && at <= SHEET_MAX_ROW ? at : row + 1;
        xmlFree(rn);
        (*rows)++;
        /* a row hidden (last year's figures kept out of sight) is not the table's, as a hidden
         * sheet is not the workbook's; a register's ledger is imported whole */
        xmlChar *hidden = form->csv ? NULL : xmlGetProp(r, BAD_CAST "hidden");
        int unseen = hidden && (xmlStrEqual(hidden, BAD_CAST "1") ||
                                xmlStrEqual(hidden, BAD_CAST "true"));
        xmlFree(hidden);
        if (unseen)
            continue;
        sheet_row(&w, row);
        /* the row's cells in column order, as the file gives them; a cell it leaves out
         * between two it has is an empty one */
        long col = -1;
        for (const xmlNode *c = r->children; c && !rc; c = c->next) {
            if (!is(c, "c"))
                continue;
            xmlChar *ref = xmlGetProp(c, BAD_CAST "r");
            long cr = col + 1, rr = row;
            /* (a reference that is no cell of this row after the last one would put the cell
             * under another column, or over another cell: the file is damaged, or made so) */
            int placed = !ref || (cell_ref((const char *)ref, &cr, &rr) && rr == row && cr > col);
            col = cr;
            xbuf_reset(&cell);
            if (!placed) {
                snprintf(err, errcap,
                         TR("%s已损坏：第 %ld 行的单元格引用“%.20s”不是该行中位于前一单元格之后的"
                            "单元格",
                            "damaged %s: a cell of row %ld refers to '%.20s', not a cell of that "
                            "row after the one before it"),
                         KIND, row, (const char *)ref);
                rc = XXGK_EENCODING;
            } else if (cell_value(&cell, c, shared, form) < 0) {
                snprintf(err, errcap,
                         TR("%s已损坏：单元格 %s 引用的共享字符串不存在",
                            "damaged %s: cell %s refers to a shared string it does not have"),
                         KIND, ref ? (const char *)ref : "?");
                rc = XXGK_EENCODING;
            } else {
                sheet_cell(&w, col, cell.data ? cell.data : "", cell.len);
            }
            xmlFree(ref);
            if (!rc && out->len > SHEET_MAX_TEXT) {
                snprintf(err, errcap,
                         TR("%s的单元格文字超过 %d MiB 的上限",
                            "%s: its cells hold more than %d MiB of text"),
                         KIND, (int)(SHEET_MAX_TEXT >> 20));
                rc = XXGK_ELIMIT;
            }
        }
    }
    sheet_end(&w);
    xbuf_free(&cell);
    free(m);
    xmlFreeDoc(doc);
    if (rc)
        return rc;
    return out->failed ? XXGK_ENOMEM : 0;
}

/* Whether a <sheet> of the workbook is hidden (state="hidden" or "veryHidden"). */
static int sheet_hidden(const xmlNode *s)
{
    xmlChar *state = xmlGetProp(s, BAD_CAST "state");
    int hidden = state && (xmlStrEqual(state, BAD_CAST "hidden") ||
                           xmlStrEqual(state, BAD_CAST "veryHidden"));
    xmlFree(state);
    return hidden;
}

/* The sheets' parts in the workbook's order, by its relationships, hidden[i] 1 for a hidden
 * one; sheet1.xml, sheet2.xml, ... when it has none. */
static size_t sheet_parts(char parts[][128], char names[][128], unsigned char *hidden, zip_t *z,
                          zip_uint64_t *budget, char *err, size_t errcap)
{
    size_t n = 0;
    xmlDocPtr wb = NULL, rels = NULL;
    package_xml(&wb, z, "xl/workbook.xml", KIND, "", budget, err, errcap);
    package_xml(&rels, z, "xl/_rels/workbook.xml.rels", KIND, "", budget, err, errcap);
    const xmlNode *root = wb ? xmlDocGetRootElement(wb) : NULL;
    for (const xmlNode *c = root ? root->children : NULL; c; c = c->next) {
        if (!is(c, "sheets"))
            continue;
        for (const xmlNode *s = c->children; s && n < MAX_SHEETS; s = s->next) {
            if (!is(s, "sheet"))
                continue;
            xmlChar *id = NULL;
            for (xmlAttr *a = s->properties; a && !id; a = a->next)
                if (xmlStrcmp(a->name, BAD_CAST "id") == 0)
                    id = xmlNodeGetContent((xmlNode *)a);
            const xmlNode *rl = rels ? xmlDocGetRootElement(rels) : NULL;
            for (const xmlNode *r = rl ? rl->children : NULL; r && id; r = r->next) {
                xmlChar *rid = is(r, "Relationship") ? xmlGetProp(r, BAD_CAST "Id") : NULL;
                xmlChar *target = rid && xmlStrcmp(rid, id) == 0
                                      ? xmlGetProp(r, BAD_CAST "Target")
                                      : NULL;
                if (target && n < MAX_SHEETS) { /* (an Id given twice) */
                    const char *t = (const char *)target;
                    hidden[n] = (unsigned char)sheet_hidden(s);
                    xmlChar *nm = xmlGetProp(s, BAD_CAST "name");
                    snprintf(names[n], 128, "%s", nm ? (const char *)nm : "");
                    xmlFree(nm);
                    snprintf(parts[n++], 128, "%s%s", t[0] == '/' ? "" : "xl/",
                             t[0] == '/' ? t + 1 : t);
                }
                xmlFree(target);
                xmlFree(rid);
            }
            xmlFree(id);
        }
    }
    xmlFreeDoc(wb);
    xmlFreeDoc(rels);
    if (n == 0) /* no relationships: the sheets by their usual names */
        for (size_t i = 1; i <= MAX_SHEETS; i++) {
            snprintf(parts[n], 128, "xl/worksheets/sheet%zu.xml", i);
            if (zip_name_locate(z, parts[n], 0) < 0)
                break;
            snprintf(names[n], 128, "Sheet%zu", i);
            hidden[n++] = 0;
        }
    return n;
}

/* The styles that show dates (see sheet_form), from xl/styles.xml; none when it has none. */
static int date_styles(sheet_form *form, zip_t *z, zip_uint64_t *budget, char *err,
                       size_t errcap)
{
    xmlDocPtr doc;
    int rc = package_xml(&doc, z, "xl/styles.xml", KIND, "", budget, err, errcap);
    if (rc)
        return rc == 1 ? 0 : rc;
    const xmlNode *root = xmlDocGetRootElement(doc), *fmts = NULL, *xfs = NULL;
    for (const xmlNode *c = root ? root->children : NULL; c; c = c->next) {
        fmts = is(c, "numFmts") ? c : fmts;
        xfs = is(c, "cellXfs") ? c : xfs;
    }
    size_t n = 0;
    for (const xmlNode *x = xfs ? xfs->children : NULL; x && n < 65536; x = x->next)
        n += is(x, "xf");
    unsigned char *date = n ? calloc(n, 1) : NULL;
    const char **codes = n ? calloc(n, sizeof *codes) : NULL;
    sheet_formats *own = calloc(1, sizeof *own);
    if ((n && (!date || !codes)) || !own) {
        free(date);
        free(codes);
        free(own);
        xmlFreeDoc(doc);
        snprintf(err, errcap, TR("内存不足", "out of memory"));
        return XXGK_ENOMEM;
    }
    for (const xmlNode *f = fmts ? fmts->children : NULL; f; f = f->next) {
        xmlChar *fi = is(f, "numFmt") ? xmlGetProp(f, BAD_CAST "numFmtId") : NULL;
        xmlChar *code = fi ? xmlGetProp(f, BAD_CAST "formatCode") : NULL;
        if (code)
            sheet_format_define(own, strtol((const char *)fi, NULL, 10), (const char *)code);
        xmlFree(code);
        xmlFree(fi);
    }
    size_t i = 0;
    for (const xmlNode *x = xfs ? xfs->children : NULL; x && i < n; x = x->next) {
        if (!is(x, "xf"))
            continue;
        xmlChar *fid = xmlGetProp(x, BAD_CAST "numFmtId");
        long id = fid ? strtol((const char *)fid, NULL, 10) : 0;
        xmlFree(fid);
        codes[i] = sheet_format_code(own, id);
        date[i++] = (unsigned char)(sheet_format_shows_date(own, id)
                                        ? 1
                                        : sheet_format_shows_scale(own, id));
    }
    xmlFreeDoc(doc);
    form->shows_xf = date;
    form->code_xf = codes;
    form->formats = own;
    form->nxf = n;
    return 0;
}

/* Whether the workbook counts its days from 1904 (<workbookPr date1904="1"/>). */
static int counts_from_1904(zip_t *z, zip_uint64_t *budget, char *err, size_t errcap)
{
    xmlDocPtr wb;
    if (package_xml(&wb, z, XLSX_WORKBOOK_PART, KIND, "", budget, err, errcap))
        return 0;
    int y1904 = 0;
    const xmlNode *root = xmlDocGetRootElement(wb);
    for (const xmlNode *c = root ? root->children : NULL; c; c = c->next) {
        xmlChar *v = is(c, "workbookPr") ? xmlGetProp(c, BAD_CAST "date1904") : NULL;
        y1904 |= v && (xmlStrcmp(v, BAD_CAST "1") == 0 || xmlStrcmp(v, BAD_CAST "true") == 0);
        xmlFree(v);
    }
    xmlFreeDoc(wb);
    return y1904;
}

int xlsx_to_text(xbuf *out, zip_t *z, sheet_list *sheets, char *err, size_t errcap)
{
    zip_uint64_t budget = PACKAGE_MAX_UNPACKED;
    strings shared = {NULL, 0};
    int csv = sheets != NULL;
    sheet_form form = {csv, NULL, NULL, NULL, 0, 0};
    int rc = shared_strings(&shared, z, &budget, err, errcap);
    /* (a register's dates, and a report's: its signature's day, kept as Excel counts it) */
    if (!rc)
        rc = date_styles(&form, z, &budget, err, errcap);
    if (!rc)
        form.date1904 = counts_from_1904(z, &budget, err, errcap);
    char(*parts)[128] = rc ? NULL : calloc(MAX_SHEETS, 128);
    char(*names)[128] = rc ? NULL : calloc(MAX_SHEETS, 128);
    if (!rc && (!parts || !names)) {
        snprintf(err, errcap, TR("内存不足", "out of memory"));
        rc = XXGK_ENOMEM;
    }
    unsigned char hidden[MAX_SHEETS];
    size_t n = rc ? 0 : sheet_parts(parts, names, hidden, z, &budget, err, errcap);
    if (!rc && csv && n == 0) {
        snprintf(err, errcap, TR("%s中没有工作表", "%s without a sheet"), KIND);
        rc = XXGK_EEMPTY;
    }
    /* a hidden sheet (last year's tables kept out of sight, a list for a drop-down) is not
     * the workbook's; but one whose sheets are all hidden, as Excel never leaves one, is read
     * whole rather than as nothing */
    size_t shown = 0;
    for (size_t i = 0; i < n; i++)
        shown += !hidden[i];
    long rows = 0;
    for (size_t i = 0, done = 0; i < n && !rc; i++) {
        if (shown && hidden[i])
            continue;
        if (csv) /* (each a table of its own, its rows counted from 1) */
            sheet_listed(sheets, out, names[i]);
        else if (done++)
            xbuf_putc(out, '\n');
        rc = read_sheet(out, z, parts[i], &shared, &form, &rows, &budget, err, errcap);
    }
    if (rc == XXGK_ENOMEM || (!rc && out->failed)) {
        snprintf(err, errcap, TR("内存不足", "out of memory"));
        rc = XXGK_ENOMEM;
    }
    free(parts);
    free(names);
    free((void *)form.shows_xf);
    free(form.code_xf);
    if (form.formats)
        sheet_formats_free(form.formats);
    free(form.formats);
    strings_free(&shared);
    return rc;
}
