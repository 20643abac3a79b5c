/*
 * Excel 97-2003 input (.xls, BIFF8): the cells of the workbook stream's records, given to the
 * sheet writer as the .xlsx reader gives its own (see sheet_text.c), so that a report's tables
 * or a register kept in an old workbook read as they would from a new one.  [MS-XLS] 2.4: the
 * globals (BOF, FILEPASS, DATEMODE, FORMAT, XF, BOUNDSHEET8, SST with its CONTINUE records),
 * then each worksheet's cells (LABELSST, LABEL, NUMBER, RK, MULRK, FORMULA with its STRING,
 * BOOLERR), MERGEDCELLS, and the ROW and COLINFO records of rows and columns hidden.
 */
#include "lib/xls_text.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/ole.h"
#include "lib/sheet_text.h"
#include "util/lang.h"
#include "util/text.h"
#include "xxgk/xxgk.h"

#define MAX_CELLS 2000000 /* cells of a workbook (a ledger of 20,000 requests has 300,000) */
#define MAX_ROWS 20000    /* rows read as a report (its tables have fewer than 100) */
#define MAX_STRINGS 1000000
#define MAX_SHEETS 64
#define MAX_MERGES 2000

#define KIND TR("Excel 97-2003 工作簿", "Excel 97-2003 workbook")

enum {
    R_FORMULA = 0x0006, R_EOF = 0x000A, R_FILEPASS = 0x002F, R_DATEMODE = 0x0022,
    R_CONTINUE = 0x003C, R_COLINFO = 0x007D, R_SHEET = 0x0085, R_MULRK = 0x00BD, R_XF = 0x00E0,
    R_MERGED = 0x00E5, R_SST = 0x00FC, R_LABELSST = 0x00FD, R_NUMBER = 0x0203,
    R_LABEL = 0x0204, R_BOOLERR = 0x0205, R_STRING = 0x0207, R_ROW = 0x0208, R_RK = 0x027E,
    R_FORMAT = 0x041E, R_BOF = 0x0809, R_ARRAY = 0x0221, R_TABLE = 0x0236, R_SHRFMLA = 0x04BC
};

static unsigned u16(const unsigned char *p) { return (unsigned)p[0] | (unsigned)p[1] << 8; }

static uint32_t u32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* The workbook stream, read record by record. */
typedef struct {
    const unsigned char *s;
    size_t n;
    int damaged; /* 1: a record runs past the end; 2: a cell names a shared string it lacks;
                  * 3: a sheet or the workbook ends without its EOF record (cut short); 4: a
                  * cell names a shared string past the MAX_STRINGS kept (a limit) */
} book;

/* The record at offset *at: its type, data and length; *at moves past it.  0 at the end. */
static int record(book *b, size_t *at, unsigned *type, const unsigned char **d, size_t *len)
{
    if (*at + 4 > b->n)
        return 0;
    *type = u16(b->s + *at);
    *len = u16(b->s + *at + 2);
    if (*len > b->n - *at - 4) {
        b->damaged = 1;
        return 0;
    }
    *d = b->s + *at + 4;
    *at += 4 + *len;
    return 1;
}

/* ---- strings ---- */

/* Characters of a string, over the pieces of a record and its CONTINUE records: a piece that
 * begins inside a string's characters begins with a byte saying their width again. */
typedef struct {
    const unsigned char *const *piece;
    const size_t *len;
    size_t npieces, i, at;
} pieces;

static int next_byte(pieces *c, unsigned *v)
{
    while (c->i < c->npieces && c->at >= c->len[c->i])
        c->i++, c->at = 0;
    if (c->i >= c->npieces)
        return 0;
    *v = c->piece[c->i][c->at++];
    return 1;
}

static int skip_bytes(pieces *c, size_t n)
{
    unsigned v;
    for (size_t k = 0; k < n; k++)
        if (!next_byte(c, &v))
            return 0;
    return 1;
}

/* cch characters, one or two bytes each (high), as UTF-8 to out. */
static int chars(pieces *c, size_t cch, int high, xbuf *out)
{
    unsigned lead = 0; /* a high surrogate waiting for its pair */
    for (size_t k = 0; k < cch; k++) {
        if (c->i < c->npieces && c->at >= c->len[c->i] && c->i + 1 < c->npieces) {
            unsigned flags; /* a new piece in the middle of the characters */
            c->i++, c->at = 0;
            if (!next_byte(c, &flags))
                return 0;
            high = flags & 1;
        }
        unsigned lo, hi = 0;
        if (!next_byte(c, &lo) || (high && !next_byte(c, &hi)))
            return 0;
        unsigned u = lo | hi << 8;
        if (lead && !(u >= 0xDC00 && u < 0xE000))
            u8_put(out, 0xFFFD); /* a high surrogate without its pair */
        if (u >= 0xD800 && u < 0xDC00) {
            lead = u;
            continue;
        }
        if (u >= 0xDC00 && u < 0xE000 && lead)
            u = 0x10000 + ((lead - 0xD800) << 10) + (u - 0xDC00);
        else if (u >= 0xD800 && u < 0xE000)
            u = 0xFFFD;
        lead = 0;
        if (u >= 0x20 || u == '\t' || u == '\n' || u == '\r')
            u8_put(out, (int32_t)u);
    }
    if (lead)
        u8_put(out, 0xFFFD);
    return 1;
}

/* An XLUnicodeRichExtendedString (the SST's) or XLUnicodeString (cch_bytes 2) or
 * ShortXLUnicodeString (cch_bytes 1) as UTF-8 to out. */
static int ustring(pieces *c, int cch_bytes, xbuf *out)
{
    unsigned a, b = 0, flags;
    if (!next_byte(c, &a) || (cch_bytes == 2 && !next_byte(c, &b)) || !next_byte(c, &flags))
        return 0;
    size_t cch = a | b << 8, runs = 0, ext = 0;
    unsigned x[4];
    if (flags & 0x08) { /* rich text: its formatting runs follow the characters */
        if (!next_byte(c, &x[0]) || !next_byte(c, &x[1]))
            return 0;
        runs = (size_t)(x[0] | x[1] << 8) * 4;
    }
    if (flags & 0x04) { /* phonetic guides (ruby), likewise */
        for (int k = 0; k < 4; k++)
            if (!next_byte(c, &x[k]))
                return 0;
        ext = (size_t)x[0] | (size_t)x[1] << 8 | (size_t)x[2] << 16 | (size_t)x[3] << 24;
    }
    return chars(c, cch, flags & 1, out) && skip_bytes(c, runs) && skip_bytes(c, ext);
}

/* A string in one record's data from offset at. */
static int ustring_in(const unsigned char *d, size_t len, size_t at, int cch_bytes, xbuf *out)
{
    if (at > len)
        return 0;
    const unsigned char *piece = d + at;
    size_t n = len - at;
    pieces c = {&piece, &n, 1, 0, 0};
    return ustring(&c, cch_bytes, out);
}

typedef struct {
    char **s;
    size_t n;
    int capped; /* the table holds more than MAX_STRINGS: those past it not kept */
} strings;

/* The shared strings: the SST record at data d and the CONTINUE records after it (from *at). */
/* A record's data d[from..len) and the CONTINUE records after it (from *at), as pieces (free
 * piece and plen).  0, or -1 when memory ran out. */
static int gather(pieces *c, book *b, const unsigned char *d, size_t len, size_t from, size_t at)
{
    unsigned type;
    const unsigned char *cd;
    size_t clen, next = at, np = 1;
    while (record(b, &next, &type, &cd, &clen) && type == R_CONTINUE)
        np++;
    const unsigned char **piece = malloc(np * sizeof *piece);
    size_t *plen = malloc(np * sizeof *plen);
    if (!piece || !plen) {
        free(piece);
        free(plen);
        return -1;
    }
    piece[0] = d + (from < len ? from : len);
    plen[0] = from < len ? len - from : 0;
    next = at;
    for (size_t i = 1; i < np && record(b, &next, &type, &cd, &clen); i++) {
        piece[i] = cd;
        plen[i] = clen;
    }
    *c = (pieces){piece, plen, np, 0, 0};
    return 0;
}

static void pieces_free(pieces *c)
{
    free((void *)c->piece);
    free((void *)c->len);
}

static int shared_strings(strings *t, book *b, const unsigned char *d, size_t len, size_t at)
{
    pieces c;
    if (gather(&c, b, d, len, 8, at) < 0)
        return XXGK_ENOMEM;
    const size_t *plen = c.len;
    size_t np = c.npieces;
    size_t count = len >= 8 ? u32(d + 4) : 0, bytes = 0;
    for (size_t i = 0; i < np; i++)
        bytes += plen[i];
    if (count > bytes / 3) /* (a string takes three bytes at the least) */
        count = bytes / 3;
    if (count > MAX_STRINGS)
        count = MAX_STRINGS, t->capped = 1;
    t->s = count ? calloc(count, sizeof *t->s) : NULL;
    xbuf s;
    xbuf_init(&s, 0);
    int rc = count && !t->s ? XXGK_ENOMEM : 0;
    for (size_t i = 0; i < count && !rc; i++) {
        xbuf_reset(&s);
        if (!ustring(&c, 2, &s))
            break; /* (a table cut short: the strings read are kept) */
        if (s.failed || !(t->s[i] = strdup(s.data ? s.data : "")))
            rc = XXGK_ENOMEM;
        else
            t->n = i + 1;
    }
    xbuf_free(&s);
    pieces_free(&c);
    return rc;
}

static void strings_free(strings *t)
{
    for (size_t i = 0; i < t->n; i++)
        free(t->s[i]);
    free(t->s);
}

/* ---- the globals ---- */

typedef struct {
    strings sst;
    /* [XF index]: bit 0 when the style shows a date, else its scale (sheet_format_scale) */
    unsigned char *shows_xf;
    const char **code_xf; /* [XF index]: its format's code, defined by the workbook, or NULL */
    size_t nxf;
    sheet_formats *formats; /* those of the FORMAT records */
    uint32_t sheet[MAX_SHEETS]; /* where each worksheet's records begin */
    unsigned char hidden[MAX_SHEETS]; /* 1: the worksheet is hidden (or very hidden) */
    char name[MAX_SHEETS][128];       /* its name (as much of it as fits) */
    size_t nsheets;
    int date1904;
} globals;

static void globals_free(globals *g)
{
    strings_free(&g->sst);
    free(g->shows_xf);
    free(g->code_xf);
    if (g->formats)
        sheet_formats_free(g->formats);
    free(g->formats);
}

static int read_globals(globals *g, book *b, char *err, size_t errcap)
{
    size_t at = 0;
    unsigned type;
    const unsigned char *d;
    size_t len;
    if (!record(b, &at, &type, &d, &len) || type != R_BOF || len < 4 || u16(d) != 0x0600) {
        snprintf(err, errcap,
                 TR("%s：不是 Excel 97-2003 的格式（Excel 5.0/95 或更早的文件请另存为 .xlsx）",
                    "%s: not in the Excel 97-2003 format (save an Excel 5.0/95 or older file "
                    "as .xlsx)"),
                 KIND);
        return XXGK_EBINARY;
    }
    /* each XF's number format, resolved once the FORMATs are all read (at most 65536 XFs) */
    uint16_t *xf_fmt = malloc(65536 * sizeof *xf_fmt);
    int rc = (g->formats = calloc(1, sizeof *g->formats)) && xf_fmt ? 0 : XXGK_ENOMEM;
    while (!rc && record(b, &at, &type, &d, &len) && type != R_EOF) {
        if (type == R_FILEPASS) {
            snprintf(err, errcap, TR("%s设有密码，无法读取：请去掉密码后再试",
                                     "%s is password-protected: remove the password and try "
                                     "again"),
                     KIND);
            rc = XXGK_EBINARY;
        } else if (type == R_DATEMODE && len >= 2) {
            g->date1904 = u16(d) == 1;
        } else if (type == R_FORMAT && len >= 2) {
            xbuf code;
            xbuf_init(&code, 0);
            if (ustring_in(d, len, 2, 2, &code) && !code.failed)
                sheet_format_define(g->formats, u16(d), code.data ? code.data : "");
            xbuf_free(&code);
        } else if (type == R_XF && len >= 4 && g->nxf < 65536) {
            xf_fmt[g->nxf++] = (uint16_t)u16(d + 2);
        } else if (type == R_SHEET && len >= 6 && g->nsheets < MAX_SHEETS && d[5] == 0) {
            /* a worksheet (not a chart or macro sheet), each read once */
            size_t k = 0;
            while (k < g->nsheets && g->sheet[k] != u32(d))
                k++;
            if (k == g->nsheets) {
                g->hidden[k] = (d[4] & 3) != 0; /* (hsState: 1 hidden, 2 very hidden) */
                xbuf nm; /* (its name: a string of up to 31 characters, counted in a byte) */
                xbuf_init(&nm, 0);
                if (!ustring_in(d, len, 6, 1, &nm) || nm.failed || !nm.data)
                    snprintf(g->name[k], sizeof g->name[k], "Sheet%zu", k + 1);
                else
                    snprintf(g->name[k], sizeof g->name[k], "%s", nm.data);
                xbuf_free(&nm);
                g->sheet[g->nsheets++] = u32(d);
            }
        } else if (type == R_SST && !g->sst.s) {
            rc = shared_strings(&g->sst, b, d, len, at);
        }
    }
    if (!rc && type != R_EOF && !b->damaged)
        b->damaged = 3; /* (the stream ended inside the globals) */
    if (!rc && g->nxf &&
        (!(g->shows_xf = malloc(g->nxf)) || !(g->code_xf = malloc(g->nxf * sizeof *g->code_xf))))
        rc = XXGK_ENOMEM;
    for (size_t i = 0; !rc && i < g->nxf; i++) {
        g->code_xf[i] = sheet_format_code(g->formats, xf_fmt[i]);
        g->shows_xf[i] = (unsigned char)(sheet_format_shows_date(g->formats, xf_fmt[i])
                                            ? 1
                                            : sheet_format_shows_scale(g->formats, xf_fmt[i]));
    }
    free(xf_fmt);
    if (rc == XXGK_ENOMEM)
        snprintf(err, errcap, TR("内存不足", "out of memory"));
    return rc;
}

/* ---- a worksheet ---- */

typedef struct {
    long row, col; /* row 1-based, column 0-based, as the sheet writer counts them */
    size_t seq;    /* the order read: the last of a cell given twice wins */
    char *text;
} cell;

/* What a workbook may hold, counted over all its sheets. */
typedef struct {
    size_t cells, bytes;
    long rows;
    enum { ROOM, TOO_MANY_CELLS, TOO_MUCH_TEXT, TOO_MANY_ROWS } over;
} limits;

typedef struct {
    cell *c;
    size_t n, cap;
    int oom;
    limits *lim;
    unsigned char *hidden_rows; /* a bit for each row (0-based): hidden, ROW's fDyZero */
    unsigned char hidden_cols[SHEET_MAX_COLS]; /* 1: hidden, COLINFO's fHidden or no width */
} cells;

static int row_hidden(const cells *cs, unsigned row)
{
    return cs->hidden_rows[row >> 3] >> (row & 7) & 1;
}

static void add_cell(cells *cs, unsigned row, unsigned col, xbuf *text)
{
    limits *lim = cs->lim;
    if (lim->cells >= MAX_CELLS)
        lim->over = TOO_MANY_CELLS;
    else if (lim->bytes + text->len > SHEET_MAX_TEXT)
        lim->over = TOO_MUCH_TEXT;
    if (lim->over)
        return;
    lim->cells++;
    lim->bytes += text->len;
    if (cs->n == cs->cap) {
        size_t cap = cs->cap ? cs->cap * 2 : 256;
        cell *p = realloc(cs->c, cap * sizeof *p);
        if (!p) {
            cs->oom = 1;
            return;
        }
        cs->c = p;
        cs->cap = cap;
    }
    char *t = text->failed ? NULL : strdup(text->data ? text->data : "");
    if (!t) {
        cs->oom = 1;
        return;
    }
    cs->c[cs->n] = (cell){(long)row + 1, (long)col, cs->n, t};
    cs->n++;
}

static int by_place(const void *a, const void *b)
{
    const cell *x = a, *y = b;
    if (x->row != y->row)
        return x->row < y->row ? -1 : 1;
    if (x->col != y->col)
        return x->col < y->col ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* A number as the cell shows it: a date in a date style when CSV is wanted, else as written,
 * divided as its format divides it ("0," shows 87000 as 87); for CSV (a ledger), as its
 * format's code renders it ("000" shows 7 as 007). */
static void number(xbuf *t, double v, unsigned xf, const globals *g, int csv)
{
    unsigned shows = xf < g->nxf ? g->shows_xf[xf] : 0;
    sheet_put_shown(t, v, shows, csv && xf < g->nxf ? g->code_xf[xf] : NULL, csv, g->date1904);
}

static double rk_value(uint32_t rk)
{
    double v;
    if (rk & 2) {
        v = (double)((int32_t)rk >> 2);
    } else {
        uint64_t bits = (uint64_t)(rk & 0xFFFFFFFCu) << 32;
        memcpy(&v, &bits, sizeof v);
    }
    return rk & 1 ? v / 100 : v;
}

static const char *error_text(unsigned code)
{
    switch (code) {
    case 0x00: return "#NULL!";
    case 0x07: return "#DIV/0!";
    case 0x0F: return "#VALUE!";
    case 0x17: return "#REF!";
    case 0x1D: return "#NAME?";
    case 0x24: return "#NUM!";
    default: return "#N/A";
    }
}

/* The cells and merged ranges of the worksheet whose records begin at `at`. */
static void read_cells(book *b, size_t at, const globals *g, int csv, cells *cs,
                       sheet_range *m, size_t *nm)
{
    unsigned type;
    const unsigned char *d;
    size_t len;
    int depth = 0;
    xbuf t;
    xbuf_init(&t, 0);
    unsigned frow = 0, fcol = 0;
    int pending = 0; /* a FORMULA whose string comes in the STRING record after it */
    int ended = 0;
    while (record(b, &at, &type, &d, &len) && !cs->lim->over && !cs->oom) {
        if (type == R_BOF) {
            depth++; /* (the sheet's own, or a chart's inside it) */
            continue;
        }
        if (type == R_EOF) {
            if (--depth <= 0) {
                ended = 1;
                break;
            }
            continue;
        }
        if (depth != 1)
            continue;
        xbuf_reset(&t);
        if (type == R_STRING && pending) { /* (a long one goes on in CONTINUE records) */
            pieces c;
            pending = 0;
            if (gather(&c, b, d, len, 0, at) < 0) {
                cs->oom = 1;
                break;
            }
            if (ustring(&c, 2, &t))
                add_cell(cs, frow, fcol, &t);
            pieces_free(&c);
            continue;
        }
        /* between a formula and its STRING: what a shared, array or table formula adds */
        if (type == R_SHRFMLA || type == R_ARRAY || type == R_TABLE || type == R_CONTINUE)
            continue;
        pending = 0;
        if (type == R_ROW && len >= 16) {
            if (d[12] & 0x20) /* (fDyZero: the row is hidden) */
                cs->hidden_rows[u16(d) >> 3] |= (unsigned char)(1u << (u16(d) & 7));
            continue;
        }
        if (type == R_COLINFO && len >= 10) {
            if ((d[8] & 1) || u16(d + 4) == 0) /* (fHidden, or a width of 0) */
                for (unsigned k = u16(d); k <= u16(d + 2) && k < SHEET_MAX_COLS; k++)
                    cs->hidden_cols[k] = 1;
            continue;
        }
        if (type == R_MERGED && len >= 2) {
            for (size_t i = 0, n = u16(d); i < n && 2 + i * 8 + 8 <= len && *nm < MAX_MERGES;
                 i++) {
                const unsigned char *r = d + 2 + i * 8;
                m[(*nm)++] = (sheet_range){u16(r + 4), (long)u16(r) + 1, u16(r + 6),
                                           (long)u16(r + 2) + 1};
            }
            continue;
        }
        if (len < 6)
            continue;
        unsigned row = u16(d), col = u16(d + 2), xf = u16(d + 4);
        if (type == R_LABELSST && len >= 10) {
            uint32_t i = u32(d + 6);
            if (i >= g->sst.n) { /* its figure unknown, not blank */
                b->damaged = g->sst.capped && i >= MAX_STRINGS ? 4 : 2;
                break;
            }
            xbuf_puts(&t, g->sst.s[i]);
            add_cell(cs, row, col, &t);
        } else if (type == R_LABEL) {
            if (ustring_in(d, len, 6, 2, &t))
                add_cell(cs, row, col, &t);
        } else if (type == R_NUMBER && len >= 14) {
            double v;
            memcpy(&v, d + 6, sizeof v); /* (little-endian IEEE, as every machine here is) */
            number(&t, v, xf, g, csv);
            add_cell(cs, row, col, &t);
        } else if (type == R_RK && len >= 10) {
            number(&t, rk_value(u32(d + 6)), xf, g, csv);
            add_cell(cs, row, col, &t);
        } else if (type == R_MULRK && len >= 12) {
            for (size_t i = 0; 4 + i * 6 + 6 <= len - 2; i++) {
                xbuf_reset(&t);
                const unsigned char *r = d + 4 + i * 6;
                number(&t, rk_value(u32(r + 2)), u16(r), g, csv);
                add_cell(cs, row, col + (unsigned)i, &t);
            }
        } else if (type == R_FORMULA && len >= 14) {
            const unsigned char *v = d + 6; /* the value it last had */
            if (u16(v + 6) != 0xFFFF) {
                double x;
                memcpy(&x, v, sizeof x);
                number(&t, x, xf, g, csv);
                add_cell(cs, row, col, &t);
            } else if (v[0] == 0) {
                pending = 1, frow = row, fcol = col;
            } else if (v[0] == 1 || v[0] == 2) {
                xbuf_puts(&t, v[0] == 1 ? (v[2] ? "TRUE" : "FALSE") : error_text(v[2]));
                add_cell(cs, row, col, &t);
            }
        } else if (type == R_BOOLERR && len >= 8) {
            xbuf_puts(&t, d[7] ? error_text(d[6]) : d[6] ? "TRUE" : "FALSE");
            add_cell(cs, row, col, &t);
        }
    }
    if (!ended && !b->damaged && !cs->lim->over && !cs->oom)
        b->damaged = 3; /* (the stream ended inside the sheet) */
    xbuf_free(&t);
}

/* One worksheet written: its cells in order of row and column. */
static int write_sheet(xbuf *out, book *b, size_t at, const globals *g, int csv, limits *lim)
{
    cells cs = {NULL, 0, 0, 0, lim, calloc(65536 / 8, 1), {0}};
    sheet_range *m = malloc(MAX_MERGES * sizeof *m);
    size_t nm = 0;
    if (!m || !cs.hidden_rows) {
        free(m);
        free(cs.hidden_rows);
        return XXGK_ENOMEM;
    }
    read_cells(b, at, g, csv, &cs, m, &nm);
    int rc = cs.oom ? XXGK_ENOMEM : lim->over ? XXGK_ELIMIT : 0;
    if (!rc && cs.n)
        qsort(cs.c, cs.n, sizeof *cs.c, by_place);
    sheet_writer w;
    if (!rc) {
        sheet_begin(&w, out, csv, m, nm);
        for (long k = 0; k < SHEET_MAX_COLS; k++) /* (as in a .xlsx: not the table's) */
            if (cs.hidden_cols[k])
                sheet_hide_cols(&w, k, k);
        for (size_t i = 0; i < cs.n && !rc; i++) {
            /* a row hidden (last year's figures kept out of sight) is not the table's, as in a
             * .xlsx; a register's ledger is imported whole */
            if (!csv && row_hidden(&cs, (unsigned)cs.c[i].row - 1))
                continue;
            if (i == 0 || cs.c[i].row != cs.c[i - 1].row) {
                /* (a ledger may be long; a report's tables are not) */
                if (!csv && ++lim->rows > MAX_ROWS) {
                    lim->over = TOO_MANY_ROWS;
                    rc = XXGK_ELIMIT;
                    break;
                }
                sheet_row(&w, cs.c[i].row);
            }
            /* (a cell given twice: the last) */
            if (i + 1 < cs.n && cs.c[i + 1].row == cs.c[i].row && cs.c[i + 1].col == cs.c[i].col)
                continue;
            sheet_cell(&w, cs.c[i].col, cs.c[i].text, strlen(cs.c[i].text));
        }
        sheet_end(&w);
    }
    for (size_t i = 0; i < cs.n; i++)
        free(cs.c[i].text);
    free(cs.c);
    free(cs.hidden_rows);
    free(m);
    return rc ? rc : out->failed ? XXGK_ENOMEM : 0;
}

/* The workbook stream: "Workbook" (BIFF8), or "Book" (Excel 5.0/95). */
static int workbook_stream(ole_file *f, size_t max, unsigned char **s, size_t *n)
{
    static const char *const names[] = {"Workbook", "WORKBOOK", "Book", "BOOK"};
    int st = OLE_ABSENT;
    for (size_t i = 0; i < 4 && st == OLE_ABSENT; i++)
        st = ole_read(f, names[i], max, s, n);
    return st;
}

int xls_is_xls(const char *data, size_t len)
{
    if (!ole_is_ole(data, len))
        return 0;
    char why[128];
    ole_file *f = ole_open(data, len, why, sizeof why);
    int has = f && (ole_has(f, "Workbook") || ole_has(f, "WORKBOOK") || ole_has(f, "Book") ||
                    ole_has(f, "BOOK"));
    ole_close(f);
    return has;
}

int xls_to_text(xbuf *out, const char *data, size_t len, sheet_list *sheets, char *err,
                size_t errcap)
{
    int csv = sheets != NULL;
    char why[256];
    ole_file *f = ole_open(data, len, why, sizeof why);
    if (!f) {
        snprintf(err, errcap, TR("%s已损坏或不完整（%s）", "%s damaged or cut short (%s)"), KIND,
                 why);
        return XXGK_EENCODING;
    }
    unsigned char *s = NULL;
    size_t n = 0;
    int st = workbook_stream(f, len, &s, &n), rc = 0;
    ole_close(f);
    if (st != OLE_OK) {
        snprintf(err, errcap,
                 st == OLE_NOMEM ? TR("内存不足", "out of memory")
                                 : TR("%s已损坏或不完整（工作簿无法完整读取）",
                                      "%s damaged or cut short (its workbook cannot be read "
                                      "whole)"),
                 KIND);
        return st == OLE_NOMEM ? XXGK_ENOMEM : XXGK_EENCODING;
    }
    book b = {s, n, 0};
    globals g;
    memset(&g, 0, sizeof g);
    rc = read_globals(&g, &b, err, errcap);
    /* a hidden sheet is not the workbook's; but one whose sheets are all hidden, as Excel
     * never leaves one, is read whole rather than as nothing (as the .xlsx reader does) */
    size_t shown = 0;
    for (size_t i = 0; i < g.nsheets; i++)
        shown += !g.hidden[i];
    limits lim = {0, 0, 0, ROOM};
    for (size_t i = 0, done = 0; !rc && i < g.nsheets; i++) {
        if (shown && g.hidden[i])
            continue;
        if (csv) /* (each a table of its own, its rows counted from 1) */
            sheet_listed(sheets, out, g.name[i]);
        else if (done++)
            xbuf_putc(out, '\n');
        if (g.sheet[i] < n)
            rc = write_sheet(out, &b, g.sheet[i], &g, csv, &lim);
        else
            b.damaged = 1; /* (a sheet said to begin past the end) */
    }
    if (!rc && !g.nsheets) {
        snprintf(err, errcap, TR("%s中没有工作表", "%s without a sheet"), KIND);
        rc = XXGK_EEMPTY;
    } else if (rc == XXGK_ELIMIT && lim.over == TOO_MANY_ROWS) {
        snprintf(err, errcap, TR("%s的行数超过 %d 行的上限", "%s has more than %d rows"), KIND,
                 MAX_ROWS);
    } else if (rc == XXGK_ELIMIT && lim.over == TOO_MUCH_TEXT) {
        snprintf(err, errcap,
                 TR("%s的单元格文字超过 %d MiB 的上限", "%s: its cells hold more than %d MiB of text"),
                 KIND, (int)(SHEET_MAX_TEXT >> 20));
    } else if (rc == XXGK_ELIMIT) {
        snprintf(err, errcap, TR("%s的单元格超过 %d 个的上限", "%s has more than %d cells"),
                 KIND, MAX_CELLS);
    } else if (rc == XXGK_ENOMEM) {
        snprintf(err, errcap, TR("内存不足", "out of memory"));
    } else if (!rc && b.damaged == 4) {
        snprintf(err, errcap,
                 TR("%s的不同单元格文字超过 %d 种的上限", "%s has more than %d different cell texts"),
                 KIND, MAX_STRINGS);
        rc = XXGK_ELIMIT;
    } else if (!rc && b.damaged) {
        snprintf(err, errcap, TR("%s已损坏或不完整（%s）", "%s damaged or cut short (%s)"), KIND,
                 b.damaged == 2   ? TR("单元格引用的共享字符串不存在",
                                       "a cell refers to a shared string it does not have")
                 : b.damaged == 3 ? TR("工作表或工作簿没有结束记录", "a sheet or the workbook has "
                                                                  "no end record")
                                  : TR("记录超出文件末尾", "a record runs past its end"));
        rc = XXGK_EENCODING;
    }
    globals_free(&g);
    free(s);
    return rc;
}
