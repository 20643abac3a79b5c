/*
 * Writers: one per output format, chosen by name from one table.  Output goes through a sink
 * callback so callers decide where bytes land (a FILE, a buffer, a socket).
 */
#ifndef XXGK_WRITE_H
#define XXGK_WRITE_H

#include <stddef.h>

#include "xxgk/common.h"
#include "xxgk/check.h"

XXGK_BEGIN_DECLS

/* Receives output; returns 0, or non-zero to stop writing (the writer then returns XXGK_EIO). */
typedef int (*xxgk_sink)(void *ctx, const char *data, size_t len);

typedef struct {
    const char *name;    /* json, csv, xlsx, sqlite, md, txt, html, docx, text */
    const char *summary;    /* one line for --help */
    const char *summary_zh; /* the same in Chinese */
    int reports;         /* renders a report (xxgk parse) */
    int findings;        /* renders findings (xxgk check) */
    int whole;           /* writes one whole document (html, docx): one report per output */
    int diagnostics;     /* a report's findings are part of its output (json, csv, xlsx,
                          * sqlite) */
    int gathers;         /* one document of all the reports or findings: what the header and
                          * per-file writers write is gathered, in order, and given to
                          * xxgk_write_finish (xlsx, sqlite) */
    int binary;          /* writes bytes that are not text (xlsx, sqlite, docx): a file, not a
                          * terminal */
} xxgk_writer_info;

XXGK_EXTERN size_t xxgk_writer_count(void);
XXGK_EXTERN const xxgk_writer_info *xxgk_writer_at(size_t i);
/* The writer of that name, or NULL. */
XXGK_EXTERN const xxgk_writer_info *xxgk_writer_named(const char *name);

/* Write one report in any writer with `reports` set: json (one line), csv, xlsx and sqlite (one
 * row), md, txt, html and docx (the report in the official layout).  findings may be NULL;
 * when given, the writers with `diagnostics` carry them. */
XXGK_EXTERN int xxgk_write_report(const char *format, const xxgk_report *r,
                                  const xxgk_findings *f, xxgk_sink sink, void *ctx);

/* Write what comes once before the reports ("csv": the header row; others: nothing). */
XXGK_EXTERN int xxgk_write_header(const char *format, xxgk_sink sink, void *ctx);
/* Write what comes once before the findings of the files ("csv": its header row). */
XXGK_EXTERN int xxgk_write_findings_header(const char *format, xxgk_sink sink, void *ctx);

/* One report as a whole output in any format with `reports` set: the header, the report and,
 * for a writer that gathers, the finished document, in one call. */
XXGK_EXTERN int xxgk_write_document(const char *format, const xxgk_report *r,
                                    const xxgk_findings *f, xxgk_sink sink, void *ctx);

/* An input that could not be read, in a stream of reports (findings 0) or of findings (1):
 * JSON writes {"file", "error"} (with "format": null and "findings": [] among findings), so
 * that a batch has one line per input; the other formats write nothing (the error goes to the
 * user on its own). */
XXGK_EXTERN int xxgk_write_unreadable(const char *format, const char *file, const char *message,
                                      int findings, xxgk_sink sink, void *ctx);

/* For a writer that gathers (xlsx, sqlite): turn the output of xxgk_write_header and
 * xxgk_write_report (or of xxgk_write_findings_header and the findings writers, or the
 * register's xxgk_request_export), gathered in order in data[0..len), into the document.
 * Other writers write nothing. */
XXGK_EXTERN int xxgk_write_finish(const char *format, const char *data, size_t len,
                                  xxgk_sink sink, void *ctx);

/* A DOCX document of a letter's plain text, one paragraph per line, laid out as an official
 * letter: the agency and the title (the lines before the first empty one; or title, unless NULL)
 * centred and bold, the reference centred, the salutation flush left, paragraphs that open with
 * spaces indented two characters, the agency and the date after the last empty line
 * right-aligned. */
XXGK_EXTERN int xxgk_write_text_docx(const char *title, const char *text, xxgk_sink sink,
                                     void *ctx);

/* Write one file's findings: "json" (one line), "text" (for people), "csv" (one row each; xlsx
 * and sqlite gather the same rows). */
XXGK_EXTERN int xxgk_write_findings(const char *format, const char *file, const xxgk_report *r,
                                    const xxgk_findings *f, xxgk_sink sink, void *ctx);
/* Write the findings of xxgk_check_years about file, compared with previous (last year's
 * report): as xxgk_write_findings, naming both files. */
XXGK_EXTERN int xxgk_write_year_findings(const char *format, const char *file,
                                         const char *previous, const xxgk_findings *f,
                                         xxgk_sink sink, void *ctx);
/* Write the findings of xxgk_check_copy about file, whose tables repeat other's (another
 * agency's report of the same year): as xxgk_write_year_findings (JSON names other as
 * "same_as", CSV in the column previous). */
XXGK_EXTERN int xxgk_write_copy_findings(const char *format, const char *file, const char *other,
                                         const xxgk_findings *f, xxgk_sink sink, void *ctx);

XXGK_END_DECLS

#endif
