/* The report object's insides, shared by the reader, the recognizer and the checker. */
#ifndef XXGK_LIB_REPORT_IMPL_H
#define XXGK_LIB_REPORT_IMPL_H

#include <stddef.h>

#include "lib/pdf_text.h"
#include "xxgk/xxgk.h"

typedef struct arena_block arena_block;

/* A reader observation, kept until checking turns it into a finding. */
typedef struct {
    const char *rule;     /* rule id (see rules.c) */
    unsigned line;        /* 1-based, 0 if none */
    const char *evidence; /* arena string, in Chinese */
    const char *evidence_en; /* arena string, in English; NULL when the same in both */
} rdiag;

struct xxgk_report {
    arena_block *arena;      /* owns every string below */
    const char *name;
    char *text;              /* folded UTF-8 text, each line NUL-terminated in place */
    char **lines;            /* lines[i] is line i+1 */
    unsigned nlines;
    unsigned *page_of;       /* page_of[i]: the page (1-based) line i+1 of PDF text is on (form
                              * feeds count them); NULL when the text has no page breaks */
    const char *encoding;
    const char *layout;      /* "tabs", "cells", "markdown", "spaces" */
    int format;              /* xxgk_format_id */
    const xxgk_format_spec *spec;
    const char *title;
    const char *agency;      /* as folded, as the checker compares it with the folded text */
    const char *title_shown, *agency_shown; /* as Chinese text writes them: （） for () */
    int year;
    int year_dated; /* year was taken as the year before the date: no title said it */
    const char *published;   /* YYYY-MM-DD */
    const char *posted;      /* put on the web, YYYY-MM-DD (the page's PubDate, or a 发布时间
                              * line above the report); NULL if not said */
    unsigned posted_line;    /* that line, 0 when from the page's head */
    const char *attachment;  /* a web page's link to its report as a file (html_found), or NULL */
    int attachment_named;    /* ... named a report by the link, not only the page's one document */
    unsigned images;         /* pictures in a web page's article or a Word document */
    unsigned documents;      /* documents a web page links, none chosen as its report */
    pdf_notes pdf;           /* a PDF's pages that are images only or damaged */
    unsigned published_line;
    unsigned signature_line; /* first line of the closing signature and date, 0 if none */
    /* first line, after the last section's heading, of the appendices that hold the tables
     * (附表1：主动公开政府信息情况…); 0 if none: the last section ends before it */
    unsigned appendix_line;
    unsigned title_line;
    unsigned title_end;      /* its last line: title_line, or the next when it wraps there */
    int published_invalid;   /* the date at the end is shaped as one but does not exist */
    const char *preamble;    /* lines between the title and section 一, or NULL */
    xxgk_cell *cells;        /* spec->ncells cells (or none for "other") */
    size_t ncells;
    xxgk_section *sections;
    size_t nsections;
    rdiag *diags;
    size_t ndiags, capdiags;
    unsigned scrambled;      /* bit t: table t's text lost its layout (reader-scrambled) */
    int oom;                 /* an allocation failed while reading */
    int built;               /* built from figures (xxgk_report_new), not read from text */
    size_t summed;           /* a total (xxgk_total_report): the reports it adds up */
    const char **summed_file, **summed_agency; /* ... each one's name and agency (summed) */
    int flat;                /* read from flattened text: figures may be glued together */
    unsigned *source_line;   /* flattened text, cut into rows: the file's line and column (in */
    unsigned *source_column; /* characters) where each line begins; NULL otherwise */
};

/* Arena allocation: memory lives until xxgk_report_free. */
void *rep_alloc(xxgk_report *r, size_t n);
char *rep_strndup(xxgk_report *r, const char *s, size_t n);
char *rep_printf(xxgk_report *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Record a reader observation (both evidence strings are copied).  The language is chosen when
 * the report is checked, so the reader writes both; en is NULL for evidence that is only the
 * report's own text. */
void rep_diag(xxgk_report *r, const char *rule, unsigned line, const char *zh, const char *en);

xxgk_report *rep_new(const char *name);

/* Where line `line` of the text read is in the file: its page, and for a page flattened onto
 * one line the file's own line and column (line 0 stays nowhere). */
xxgk_place rep_place(const xxgk_report *r, unsigned line);
/* Whether a page of PDF text begins on line l (a form feed, blanked, was there). */
int rep_page_begins(const xxgk_report *r, unsigned l);

/* The last line of sections[i]: the line before the next heading, or, for the last, before the
 * appendices holding the tables (appendix_line), or the report's last. */
unsigned rep_section_end(const xxgk_report *r, size_t i);
/* Whether line (1-based) heads an appendix after the report ("附表2：收到和处理政府信息公开申请
 * 情况", "附件3 政府信息公开行政复议、行政诉讼情况统计表"): the standard section whose table
 * it holds (2 to 4), -1 for another appendix, 0 when it heads none. */
int rep_appendix_of(const xxgk_report *r, unsigned line);
/* The first section whose title names standard section `standard` (1..6), or NULL. */
const xxgk_section *rep_section_find(const xxgk_report *r, int standard);

/* A file named as a PDF or a zip package (.docx, .xlsx, .ofd) that holds a web page: most
 * often a download that failed, the site's error page saved under the document's name, which
 * read as a page would be a report with nothing in it.  XXGK_EENCODING with a message naming
 * the file, or 0.  (Anything else is read as what it is, whatever its name.) */
int report_named_otherwise(const char *name, const char *data, size_t len);

/* Whether a line of a section that holds a table is a sentence of its own: it holds a full
 * stop, which a table's rows and headers never do ("本年度共收到申请20件。" above a table, a
 * note below it), or is a counting clause (see report_counting_clause). */
int report_sentence_line(const char *s, size_t n);
/* Whether s[0..n) is a sentence that lost its full stop: words, a comma and a count after words
 * ("我局共收到申请29件，上年结转4件"), in one cell (no tab), which a row label never is. */
int report_counting_clause(const char *s, size_t n);

#endif
