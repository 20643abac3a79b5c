/*
 * The report model: one document per annual report, in either format.  A report owns all of
 * its strings; everything a getter returns is borrowed and lives as long as the report.
 */
#ifndef XXGK_REPORT_H
#define XXGK_REPORT_H

#include <stddef.h>

#include "xxgk/common.h"
#include "xxgk/format.h"

XXGK_BEGIN_DECLS

typedef struct xxgk_report xxgk_report;

typedef enum {
    XXGK_CELL_ABSENT = 0, /* not in the report, or could not be placed: the figure is null */
    XXGK_CELL_NUMBER,     /* a plain number ("0", "12", "1,234", "96171.6") */
    XXGK_CELL_BLANK,      /* an empty cell: read as 0 and reported */
    XXGK_CELL_SLASH,      /* "/" or "／": read as 0 and reported */
    XXGK_CELL_DASH,       /* "-", "—", "－": read as 0 and reported */
    XXGK_CELL_NUMBER_TEXT,/* a number with text around it ("3件", "251000元") */
    XXGK_CELL_TEXT        /* text with no number: the figure is null */
} xxgk_cell_kind;

typedef struct {
    double value;        /* the figure; valid when xxgk_cell_known() */
    xxgk_cell_kind kind; /* what the cell literally held */
    unsigned line;       /* 1-based line of the text read (xxgk_report_line); 0 when absent (an
                          * absent cell with a line was printed there but its figure could not
                          * be told apart) */
    unsigned column;     /* 1-based column (in characters) on that line; 0 when unknown */
    const char *raw;     /* the cell's text as printed ("" when blank, NULL when absent) */
} xxgk_cell;

typedef struct {
    int number;        /* the number printed before the title (1..10 for 一..十), 0 if none */
    int standard;      /* the standard section its title names (1..6), 0 if non-standard */
    const char *title; /* the heading as printed, without markup */
    const char *text;  /* the body, lines joined with '\n' */
    unsigned line;     /* 1-based line of the heading */
} xxgk_section;

typedef struct {
    const char *encoding; /* force an input encoding ("UTF-8", "GB18030", "UTF-16"); NULL: detect */
    const char *name;     /* name used in messages (e.g. the path); NULL: "<input>" */
    size_t max_bytes;     /* refuse inputs larger than this; 0: the default (256 MiB) */
} xxgk_read_options;

/* Read a report from a file's bytes in memory: text in any layout, a web page or web archive
 * (.mht), PDF, Word (.docx, .doc), OFD or Excel, told by the bytes.  On success *out owns a new
 * report (free it with xxgk_report_free).  Fails only for I/O-level problems: unknown encoding,
 * binary data, no text, a damaged file, limits.  A text that holds no recognisable report still
 * succeeds, with format "other". */
XXGK_EXTERN int xxgk_report_read(xxgk_report **out, const char *data, size_t len,
                                 const xxgk_read_options *opts);

/* Same, from a file ("-" reads standard input). */
XXGK_EXTERN int xxgk_report_read_file(xxgk_report **out, const char *path,
                                      const xxgk_read_options *opts);

/* Same, from the web: an http:// or https:// address is fetched whole (redirects followed, at
 * most opts->max_bytes, given up when the site stalls for a minute or takes ten) and read with
 * the address as its name.  Fails with XXGK_EIO and a message naming the address when the page
 * cannot be had (no such site, refused, HTTP 404, certificate), XXGK_ELIMIT when it is too
 * large, XXGK_EINVAL when url is no such address.  Safe to call from several threads. */
XXGK_EXTERN int xxgk_report_read_url(xxgk_report **out, const char *url,
                                     const xxgk_read_options *opts);

/* Whether s is an address xxgk_report_read_url reads (http:// or https://, in any case). */
XXGK_EXTERN int xxgk_path_is_url(const char *s);

XXGK_EXTERN void xxgk_report_free(xxgk_report *r);

/* A zip archive of reports (a batch sent together), read entry by entry without unpacking it.
 * One archive is used by one thread at a time. */
typedef struct xxgk_archive xxgk_archive;

/* Open the zip archive at path and read its entries' names (UTF-8; a name a Windows archiver
 * stored in GB18030 without saying so is converted).  Pairs with xxgk_archive_free.  Fails on a
 * file that is not a zip archive, or one of more than 100,000 entries. */
XXGK_EXTERN int xxgk_archive_open(xxgk_archive **out, const char *path);
XXGK_EXTERN void xxgk_archive_free(xxgk_archive *a);
XXGK_EXTERN size_t xxgk_archive_count(const xxgk_archive *a);
/* Entry i's name, a folder's ending in '/'; borrowed, valid while a lives; NULL past the end. */
XXGK_EXTERN const char *xxgk_archive_name(const xxgk_archive *a, size_t i);

/* Read entry i as a report, named "path/name" in messages unless opts->name says otherwise.  An
 * encrypted or damaged entry, or one unpacking to more than opts->max_bytes (default 256 MiB),
 * is an error. */
XXGK_EXTERN int xxgk_archive_read(xxgk_report **out, xxgk_archive *a, size_t i,
                                  const xxgk_read_options *opts);

/* Plain text in any encoding the reader detects (UTF-8 with or without a byte order mark,
 * UTF-16 with one, GB18030), or in `encoding` (NULL: detect), as NUL-terminated UTF-8 with
 * '\n' line ends (CR LF and CR converted) in *out
 * (malloc'd: free() it; NULL on failure).  Binary data and undecodable bytes are refused
 * (XXGK_EBINARY, XXGK_EENCODING) with a message naming `name` and the place.  For the texts a
 * user hands the register: narrative, letter templates. */
XXGK_EXTERN int xxgk_text_decode(char **out, const char *data, size_t len, const char *encoding,
                                 const char *name);

/* Build a report from figures rather than text (the register's annual report): an empty report
 * of the given format whose cells are all absent until set. */
XXGK_EXTERN int xxgk_report_new(xxgk_report **out, xxgk_format_id format, const char *agency,
                                int year);
/* Set cell i (see xxgk_row_spec.first_cell) to a figure. */
XXGK_EXTERN int xxgk_report_set_cell(xxgk_report *r, size_t i, double value);
/* Append section `standard` (1..6) with its official title and the given text. */
XXGK_EXTERN int xxgk_report_add_section(xxgk_report *r, int standard, const char *text);
/* The date at the end, YYYY-MM-DD. */
XXGK_EXTERN int xxgk_report_set_published(xxgk_report *r, const char *date);
/* Whether the report was built from figures (1) or read from text (0). */
XXGK_EXTERN int xxgk_report_built(const xxgk_report *r);
/* For a total of reports (xxgk_total_report), how many it adds up; 0 for any other report. */
XXGK_EXTERN size_t xxgk_report_summed(const xxgk_report *r);
/* The k-th report a total adds up (k < xxgk_report_summed), in the order added: its name, and
 * in *agency (when not NULL) its agency, NULL when it names none.  NULL when there is none. */
XXGK_EXTERN const char *xxgk_report_summed_from(const xxgk_report *r, size_t k,
                                                const char **agency);

XXGK_EXTERN int xxgk_report_format(const xxgk_report *r);   /* an xxgk_format_id */
XXGK_EXTERN const xxgk_format_spec *xxgk_report_spec(const xxgk_report *r); /* NULL: other */
XXGK_EXTERN const char *xxgk_report_name(const xxgk_report *r);
XXGK_EXTERN const char *xxgk_report_title(const xxgk_report *r);     /* NULL if none */
XXGK_EXTERN const char *xxgk_report_agency(const xxgk_report *r);    /* NULL if none */
/* The text between the title and section 一 (basis, period, where to ask), non-blank lines
 * joined with '\n', folded as the sections' text is (full-width ASCII as ASCII); NULL if
 * none. */
XXGK_EXTERN const char *xxgk_report_preamble(const xxgk_report *r);
XXGK_EXTERN int xxgk_report_year(const xxgk_report *r);              /* 0 if unknown */
XXGK_EXTERN const char *xxgk_report_published(const xxgk_report *r); /* YYYY-MM-DD or NULL */
XXGK_EXTERN unsigned xxgk_report_published_line(const xxgk_report *r);
/* When a web page put the report online, YYYY-MM-DD, or NULL: the PubDate of the page's head
 * (which government sites give every page), or a 发布时间 / 发布日期 line above the report (as
 * a site's article header or a crawler's copy prints it).  The law's deadline is for making it
 * public, so this is checked as the date at the end is. */
XXGK_EXTERN const char *xxgk_report_posted(const xxgk_report *r);
XXGK_EXTERN const char *xxgk_report_encoding(const xxgk_report *r);  /* encoding it was read in */
XXGK_EXTERN const char *xxgk_report_layout(const xxgk_report *r);    /* "tabs", "cells", ... */
XXGK_EXTERN unsigned xxgk_report_line_count(const xxgk_report *r);
/* The text of 1-based line n after decoding (no newline), or NULL. */
XXGK_EXTERN const char *xxgk_report_line(const xxgk_report *r, unsigned n);
/* The page (1-based) of PDF or OFD text that line n of the text read is on: the document's
 * pages, or those a `pdftotext` text marks with form feeds; 0 when the text has no pages. */
XXGK_EXTERN unsigned xxgk_report_page(const xxgk_report *r, unsigned n);
/* Turn a line (and column, when column is not NULL; 0 for the line's start) of the text read
 * into the file's own.  They differ only for a page flattened onto one line, which the reader
 * cuts into rows: line 19 of the text read may be line 10, column 2345 of the file. */
XXGK_EXTERN void xxgk_report_source_position(const xxgk_report *r, unsigned *line,
                                             unsigned *column);

/* Cells in the order of the format's tables (see xxgk_row_spec.first_cell). */
XXGK_EXTERN size_t xxgk_report_cell_count(const xxgk_report *r);
XXGK_EXTERN const xxgk_cell *xxgk_report_cell(const xxgk_report *r, size_t i);
/* Whether a cell holds a usable figure (blank, "/" and "-" count as 0). */
XXGK_EXTERN int xxgk_cell_known(const xxgk_cell *c);
/* Whether the report printed a row: any of its cells is present or has a source line. */
XXGK_EXTERN int xxgk_report_row_present(const xxgk_report *r, const xxgk_row_spec *row);

XXGK_EXTERN size_t xxgk_report_section_count(const xxgk_report *r);
XXGK_EXTERN const xxgk_section *xxgk_report_section(const xxgk_report *r, size_t i);

XXGK_END_DECLS

#endif
