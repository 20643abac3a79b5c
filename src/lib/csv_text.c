/*
 * Tables pasted as comma-separated values.  A spreadsheet saved as CSV, or a table copied out of
 * one, reaches a report as lines "一、本年新收政府信息公开申请数量,120,14,3,2,5,1,145": its
 * rows are told by a label followed only by figures (or empty cells), three such lines at
 * least, and the header lines just above them are cells too.  Fields in double quotes may hold
 * commas ("1,234"); a quote doubled is a quote.  This runs before the text is folded, while a
 * label's commas are still full-width and never taken for a separator.
 */
#include "lib/csv_text.h"

#include <stdlib.h>
#include <string.h>

#define CSV_FIELDS_MAX 64
#define HEADER_REACH 3 /* lines above a table's first row that its header may take */

typedef struct {
    size_t at, len; /* in the line, quotes included */
} field;

/* The fields of line s[0..n), split at the commas outside double quotes; -1 when a quote is
 * left open (a cell over lines: not this reader's) or there are more than CSV_FIELDS_MAX. */
static int split(const char *s, size_t n, field f[CSV_FIELDS_MAX])
{
    int k = 0, quoted = 0;
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && s[i] == '"')
            quoted = !quoted;
        else if (i == n || (s[i] == ',' && !quoted)) {
            if (k == CSV_FIELDS_MAX)
                return -1;
            f[k].at = start;
            f[k].len = i - start;
            k++;
            start = i + 1;
        }
    }
    return quoted ? -1 : k;
}

/* A field's text: spaces around it and its quotes taken off. */
static const char *field_text(const char *s, const field *f, size_t *n)
{
    const char *p = s + f->at;
    size_t l = f->len;
    while (l && (*p == ' ' || *p == '\r'))
        p++, l--;
    while (l && (p[l - 1] == ' ' || p[l - 1] == '\r'))
        l--;
    if (l >= 2 && p[0] == '"' && p[l - 1] == '"')
        p++, l -= 2;
    *n = l;
    return p;
}

/* Whether a field is a figure's cell: empty, a number (a sign, digits, commas inside quotes,
 * a decimal point), or the "/" or "-" a blank cell may hold. */
static int figure_cell(const char *p, size_t n)
{
    if (n == 0 || (n == 1 && (*p == '/' || *p == '-')))
        return 1;
    size_t i = *p == '-' || *p == '+', digits = 0;
    for (; i < n; i++) {
        if (p[i] >= '0' && p[i] <= '9')
            digits++;
        else if (p[i] != '.' && p[i] != ',')
            return 0;
    }
    return digits > 0;
}

enum { PLAIN, HEADER, ROW };

/* What line s[0..n) is: a table's row (a label, then figures or empty cells, one figure at
 * least, three fields at least; the label may stand after empty cells or other labels, a
 * group's and a row's, as a sheet with merged label cells is saved: ",（三）不予公开,1.属于国家
 * 秘密,2,1,0"; or five figures alone, section 四's), a line of three fields or more that may be
 * its header, or plain text (a tab says it is another layout's). */
static int line_kind(const char *s, size_t n)
{
    field f[CSV_FIELDS_MAX];
    int k = memchr(s, '\t', n) ? -1 : split(s, n, f);
    if (k < 3)
        return PLAIN;
    size_t l;
    int label = -1; /* the last field that is no figure's */
    for (int i = 0; i < k; i++) {
        const char *p = field_text(s, &f[i], &l);
        if (!figure_cell(p, l))
            label = i;
    }
    int figures = 0;
    for (int i = label + 1; i < k; i++) {
        const char *p = field_text(s, &f[i], &l);
        figures += l > 0 && !(l == 1 && (*p == '/' || *p == '-'));
    }
    /* (figures alone, five at least: section 四's row of fifteen under its header) */
    if (label < 0)
        return figures >= 5 ? ROW : HEADER;
    const char *first = field_text(s, &f[0], &l);
    if (l && figure_cell(first, l))
        return HEADER;
    return figures ? ROW : HEADER;
}

/* The line's fields written tab-separated, unquoted ("" a quote). */
static void put_cells(xbuf *out, const char *s, size_t n)
{
    field f[CSV_FIELDS_MAX];
    int k = split(s, n, f);
    for (int i = 0; i < k; i++) {
        size_t l;
        const char *p = field_text(s, &f[i], &l);
        if (i)
            xbuf_putc(out, '\t');
        for (size_t j = 0; j < l; j++) {
            xbuf_putc(out, p[j]);
            if (p[j] == '"' && j + 1 < l && p[j + 1] == '"')
                j++;
        }
    }
}

int csv_tables(xbuf *out, const char *s, size_t n)
{
    /* First the lines' kinds, then the text again with rows, and the header lines within
     * HEADER_REACH above a row, as cells. */
    size_t lines = 1, rows = 0, commas = 0;
    const char *end = s + n;
    for (const char *c = memchr(s, ',', n); c && commas < 6;
         c = memchr(c + 1, ',', (size_t)(end - c - 1)))
        commas++;
    if (commas < 6) /* (three rows of three fields at least; a report's own are full-width) */
        return 0;
    for (size_t i = 0; i < n; i++)
        lines += s[i] == '\n';
    unsigned char *kind = malloc(lines);
    if (!kind)
        return -1;
    size_t li = 0;
    for (const char *p = s; p <= end && li < lines; li++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t l = nl ? (size_t)(nl - p) : (size_t)(end - p);
        kind[li] = (unsigned char)line_kind(p, l);
        rows += kind[li] == ROW;
        if (!nl)
            break;
        p = nl + 1;
    }
    if (rows < 3) {
        free(kind);
        return 0;
    }
    li = 0;
    for (const char *p = s; p <= end && li < lines; li++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t l = nl ? (size_t)(nl - p) : (size_t)(end - p);
        int cells = kind[li] == ROW;
        for (size_t k = li + 1; kind[li] == HEADER && !cells && k < lines &&
                                k <= li + HEADER_REACH;
             k++)
            cells = kind[k] == ROW;
        if (cells)
            put_cells(out, p, l);
        else
            xbuf_put(out, p, l);
        if (!nl)
            break;
        xbuf_putc(out, '\n');
        p = nl + 1;
    }
    free(kind);
    return out->failed ? -1 : 1;
}
