/* A spreadsheet's cells written out for the readers (see sheet_text.c): the Excel readers
 * (xlsx_text.c, xls_text.c) give cells row by row, this writes them. */
#ifndef XXGK_LIB_SHEET_TEXT_H
#define XXGK_LIB_SHEET_TEXT_H

#include <stddef.h>

#include "util/buf.h"

#define SHEET_MAX_COLS 512     /* cells of a row written (a table has 15 at the most) */
#define SHEET_MAX_ROW 1048576  /* Excel's last row */
/* Bytes of text a workbook's cells may make: a shared string is stored once but may fill any
 * number of cells, so a small file could make gigabytes. */
#define SHEET_MAX_TEXT ((size_t)64 << 20)

/* The sheets a workbook's reader wrote as CSV, each a table of its own: where each begins in
 * the output (it ends where the next begins), and its name. */
#define SHEET_LISTED 64
typedef struct {
    size_t n;
    size_t start[SHEET_LISTED];
    char name[SHEET_LISTED][128];
} sheet_list;
/* Note that a sheet named name (truncated to fit, at a character) begins at out's end. */
void sheet_listed(sheet_list *l, const xbuf *out, const char *name);

/* A merged range, rows 1-based and columns 0-based, inclusive. */
typedef struct {
    long c1, r1, c2, r2;
} sheet_range;

/* How a sheet is written: as the lines a table copied out of Excel gives (each row one
 * tab-separated line, a merged range one cell, a cell's own tabs and line breaks as spaces), or
 * as CSV (row n on line n, every column in its place, a merged range's value in its first cell
 * and, for a range over several rows, in its first column on each of them, as a ledger means a
 * cell merged down: the same applicant, the same date; quoting as CSV does). */
typedef struct {
    xbuf *out;
    int csv;
    const sheet_range *merges;
    size_t nmerges;
    long row, line, next; /* row being written (0: none yet); CSV line; next column */
    /* of the current row's columns, those a merged range covers without beginning there */
    unsigned char covered[SHEET_MAX_COLS];
    unsigned char hidden[SHEET_MAX_COLS]; /* the sheet's columns hidden (see sheet_hide_cols) */
    /* CSV: of the current row's columns, the range (index + 1) whose value it repeats, or
     * whose value it begins with; the values, where each begins in `fills` (-1: not met) */
    unsigned short fill[SHEET_MAX_COLS], starts[SHEET_MAX_COLS];
    xbuf fills;
    long *fill_at;
} sheet_writer;

/* Begin writing a sheet with these merged ranges (borrowed; at most 65535 of them) to out.
 * Memory running out fails out (out->failed). */
void sheet_begin(sheet_writer *w, xbuf *out, int csv, const sheet_range *merges, size_t n);
/* Begin row `row` (1-based, greater than the last), ending the one before. */
void sheet_row(sheet_writer *w, long row);
/* A cell of the current row, in column order (0-based; a column not after the last is
 * dropped, as are columns past SHEET_MAX_COLS). */
void sheet_cell(sheet_writer *w, long col, const char *text, size_t n);
/* Columns c1..c2 (0-based, inclusive) are hidden in the whole sheet: their cells are left out
 * of a report's lines, as the table shown has them not (no empty cell in their place); CSV
 * keeps them, a ledger being imported whole.  Call after sheet_begin. */
void sheet_hide_cols(sheet_writer *w, long c1, long c2);
/* End the last row. */
void sheet_end(sheet_writer *w);

/* Whether a number format shows a date: Excel's own format `id` (code NULL), or a format the
 * workbook defines by its code (id -1; the code decides, whatever number it was given). */
int sheet_format_is_date(long id, const char *code);
/* How a format of no date shows a number, by its code (its first section): the thousands it
 * divides by, one for each comma after its last digit ("0," shows 87000 as 87; "#,##0.0,,"
 * 1200000 as 1.2), up to 3, in bits 1-2, and the decimals it then shows (up to 15) in bits
 * 3-6; 0 when it divides by none, or when a condition chooses its section. */
unsigned sheet_format_scale(const char *code);
/* A workbook's number formats: those it defines by their codes (whatever their numbers: Gnumeric
 * gives one 100), over Excel's own.  Zeroed: none defined. */
typedef struct {
    unsigned char own[65536]; /* 0 not defined, else 0x80 | 1 for a date, or | its scale */
    struct {
        long id;
        char *code;
    } *kept; /* the codes of those of no date, for sheet_format_code */
    size_t nkept, capkept;
} sheet_formats;
/* Define format id by its code (judged once).  Memory running out loses the code only (the
 * number is then shown as sheet_put_number shows it). */
void sheet_format_define(sheet_formats *f, long id, const char *code);
/* The code of format id, defined by the workbook and of no date; NULL when it has none such. */
const char *sheet_format_code(const sheet_formats *f, long id);
/* Free what f holds (not f). */
void sheet_formats_free(sheet_formats *f);
/* Number d as a format of the workbook's own shows it, by its code: digits padded with zeros
 * ("000" shows 7 as 007), grouped, rounded, scaled or as a percentage, with its literal text
 * ("YSQ-"000 shows YSQ-007; 0"件" 12件), the section for negatives or zero where it has one.
 * Returns 0, writing nothing, for a code it does not render (a date, scientific, text, General,
 * a fraction, sections chosen by a condition, an empty section). */
int sheet_format_render(xbuf *b, double d, const char *code);
/* Whether format id shows a date: as the workbook defines it, else as Excel's own. */
int sheet_format_shows_date(const sheet_formats *f, long id);
/* Format id's scale (see sheet_format_scale): the workbook's; Excel's own formats have none. */
unsigned sheet_format_shows_scale(const sheet_formats *f, long id);
/* Number d as a format of that scale shows it ("%.15g" when it has none). */
void sheet_put_number(xbuf *b, double d, unsigned scale);
/* Number d as its cell's format shows it, shows being 1 for a date or its scale: a date as
 * YYYY-MM-DD where dates (see sheet_put_date), else as the format's code renders it (code not
 * NULL: see sheet_format_render), else the number. */
void sheet_put_shown(xbuf *b, double d, unsigned shows, const char *code, int dates,
                     int date1904);

/* Excel's day count as YYYY-MM-DD, a time of day left off; 0 (nothing written) when it is no
 * date between 1901 and 9999. */
int sheet_put_date(xbuf *b, double days, int date1904);

#endif
