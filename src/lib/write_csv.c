/* CSV writer: one row per report.  Columns are named after the JSON paths,
 * <table>.<key>[.<n>].<column id>, for every figure of both formats (a column the report's
 * format lacks is empty); see README.md for the list.  For findings, one row per finding. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "lib/writer_impl.h"
#include "util/text.h"

#define MAX_COLS 512

static char names[MAX_COLS][64];
static int ncols;
static int column_of[2][512]; /* [format 2021/2019][cell] -> column */
static pthread_once_t once = PTHREAD_ONCE_INIT;

static int add_name(const char *name)
{
    for (int i = 0; i < ncols; i++)
        if (strcmp(names[i], name) == 0)
            return i;
    snprintf(names[ncols], sizeof names[ncols], "%s", name);
    return ncols++;
}

static void build_columns(void)
{
    static const xxgk_format_id ids[2] = {XXGK_FORMAT_2021, XXGK_FORMAT_2019};
    for (int f = 0; f < 2; f++) {
        const xxgk_format_spec *spec = xxgk_format_get(ids[f]);
        for (int t = 0; t < XXGK_TABLE_COUNT; t++) {
            const xxgk_table_spec *ts = &spec->tables[t];
            for (int i = 0; i < ts->nrows; i++) {
                const xxgk_row_spec *row = &ts->rows[i];
                int index = (row->flags & XXGK_ROW_SINGLE_ALT) ? 0 : row->index;
                for (int k = 0; k < row->ncols; k++) {
                    char name[64];
                    if (index >= 0)
                        snprintf(name, sizeof name, "%s.%s.%d.%s", ts->key, row->key, index + 1,
                                 row->cols[k].id);
                    else
                        snprintf(name, sizeof name, "%s.%s.%s", ts->key, row->key,
                                 row->cols[k].id);
                    column_of[f][row->first_cell + k] = add_name(name);
                }
            }
        }
    }
}

void csv_put(xbuf *b, const char *s)
{
    if (!s)
        return;
    int quote = strpbrk(s, ",\"\n\r\x1e") != NULL;
    if (quote)
        xbuf_putc(b, '"');
    /* Invalid UTF-8 (only a file name can have it) as U+FFFD, so that the table stays UTF-8 for
     * every reader, the workbook and the database built from it included. */
    for (const char *q; (q = quote ? strchr(s, '"') : NULL) != NULL; s = q + 1) {
        u8_scrub(b, s, (size_t)(q - s) + 1);
        xbuf_putc(b, '"');
    }
    u8_scrub(b, s, strlen(s));
    if (quote)
        xbuf_putc(b, '"');
}

#define META "file,agency,year,format,published,posted,requests_other_rows,errors,warnings,error"

int write_csv_header(xbuf *b)
{
    pthread_once(&once, build_columns);
    xbuf_puts(b, META);
    for (int i = 0; i < ncols; i++) {
        xbuf_putc(b, ',');
        xbuf_puts(b, names[i]);
    }
    xbuf_putc(b, '\n');
    return 0;
}

int write_csv_report(xbuf *b, const xxgk_report *r, const xxgk_findings *f)
{
    pthread_once(&once, build_columns);
    const xxgk_format_spec *spec = xxgk_report_spec(r);
    char values[MAX_COLS][32];
    memset(values, 0, sizeof values);
    int other_rows = 0;
    if (spec) {
        int fi = spec->id == XXGK_FORMAT_2021 ? 0 : 1;
        for (int t = 0; t < XXGK_TABLE_COUNT; t++) {
            shape_row rows[64];
            int n = shape_rows(rows, 64, r, &spec->tables[t]);
            for (int i = 0; i < n; i++) {
                const xxgk_row_spec *row = rows[i].cells;
                if (t == XXGK_TABLE_REQUESTS && strcmp(rows[i].key, "other") == 0)
                    other_rows++; /* as many as JSON's requests.other has */
                for (int k = 0; k < row->ncols; k++)
                    shape_number(values[column_of[fi][row->first_cell + k]], 32,
                                 xxgk_report_cell(r, (size_t)(row->first_cell + k)));
            }
        }
    }
    csv_put(b, xxgk_report_name(r));
    xbuf_putc(b, ',');
    csv_put(b, xxgk_report_agency(r));
    xbuf_putc(b, ',');
    if (xxgk_report_year(r)) /* unknown: empty, as every unknown figure */
        xbuf_printf(b, "%d", xxgk_report_year(r));
    xbuf_printf(b, ",%s,", spec ? spec->name : "other");
    csv_put(b, xxgk_report_published(r));
    xbuf_putc(b, ',');
    csv_put(b, xxgk_report_posted(r));
    xbuf_putc(b, ',');
    if (spec)
        xbuf_printf(b, "%d", other_rows);
    if (f) {
        size_t e = xxgk_findings_at_least(f, XXGK_SEV_ERROR);
        xbuf_printf(b, ",%zu,%zu,", e, xxgk_findings_at_least(f, XXGK_SEV_WARNING) - e);
    } else {
        xbuf_puts(b, ",,,");
    }
    for (int i = 0; i < ncols; i++) {
        xbuf_putc(b, ',');
        xbuf_puts(b, values[i]);
    }
    xbuf_putc(b, '\n');
    return 0;
}

int write_csv_unreadable(xbuf *b, const char *file, const char *message, int findings)
{
    csv_put(b, file);
    if (findings) { /* file, previous, format, rule, category, severity, line, column, page,
                     * message, evidence, agency, year */
        const xxgk_rule *x = xxgk_rule_find("file-unreadable");
        xbuf_printf(b, ",,,%s,%s,%s,,,,", x->id, x->category, xxgk_severity_name(x->severity));
        csv_put(b, message);
        xbuf_puts(b, ",,,\n");
        return 0;
    }
    pthread_once(&once, build_columns);
    xbuf_puts(b, ",,,,,,,,,"); /* agency .. warnings: nothing was read */
    csv_put(b, message);
    for (int i = 0; i < ncols; i++)
        xbuf_putc(b, ',');
    xbuf_putc(b, '\n');
    return 0;
}

/* A row of the table of files, marked (CSV_FILES_HEADER's columns). */
static void file_row(xbuf *b, const char *file, const xxgk_report *r, const xxgk_findings *f,
                     const char *error)
{
    xbuf_putc(b, CSV_FILE_ROW);
    csv_put(b, file);
    xbuf_putc(b, ',');
    const xxgk_format_spec *spec = r ? xxgk_report_spec(r) : NULL;
    csv_put(b, r ? xxgk_report_agency(r) : NULL);
    xbuf_putc(b, ',');
    if (r && xxgk_report_year(r))
        xbuf_printf(b, "%d", xxgk_report_year(r));
    /* (all the check found: a batch checked with --severity error still shows which files
     * have warnings) */
    size_t e = f ? xxgk_findings_found(f, XXGK_SEV_ERROR) : 0;
    size_t w = f ? xxgk_findings_found(f, XXGK_SEV_WARNING) - e : 0;
    size_t n = f ? xxgk_findings_found(f, XXGK_SEV_INFO) - e - w : 0;
    if (r)
        xbuf_printf(b, ",%s,%zu,%zu,%zu,", spec ? spec->name : "other", e, w, n);
    else
        xbuf_puts(b, ",,,,,");
    csv_put(b, error);
    xbuf_putc(b, '\n');
}

int write_gather_findings(xbuf *b, const char *file, const write_other *other,
                          const xxgk_report *r, const xxgk_findings *f)
{
    write_csv_findings(b, file, other, r, f);
    if (!other) /* (the checks across reports add findings to a file already listed) */
        file_row(b, file, r, f, NULL);
    return 0;
}

int write_gather_unreadable(xbuf *b, const char *file, const char *message, int findings)
{
    write_csv_unreadable(b, file, message, findings);
    if (findings)
        file_row(b, file, NULL, NULL, message);
    return 0;
}

int write_csv_findings_header(xbuf *b)
{
    xbuf_puts(b, "file,previous,format,rule,category,severity,line,column,page,message,evidence,"
                 "agency,year\n");
    return 0;
}

int write_csv_findings(xbuf *b, const char *file, const write_other *other,
                       const xxgk_report *r, const xxgk_findings *f)
{
    /* (the report compared with, last year's or another of the same year, in "previous") */
    const char *previous = other ? other->file : NULL;
    const xxgk_format_spec *spec = r ? xxgk_report_spec(r) : NULL;
    /* (whose report of which year: a batch's files are often named 1.pdf, 2.pdf) */
    const char *agency = r && !previous ? xxgk_report_agency(r) : NULL;
    int year = r && !previous ? xxgk_report_year(r) : 0;
    for (size_t i = 0; f && i < xxgk_findings_count(f); i++) {
        const xxgk_finding *x = xxgk_findings_get(f, i);
        csv_put(b, file);
        xbuf_putc(b, ',');
        csv_put(b, previous);
        xbuf_printf(b, ",%s,%s,%s,%s,", r ? (spec ? spec->name : "other") : "",
                    x->rule->id, x->rule->category, xxgk_severity_name(x->rule->severity));
        if (x->line)
            xbuf_printf(b, "%u", x->line);
        xbuf_putc(b, ',');
        if (x->column)
            xbuf_printf(b, "%u", x->column);
        xbuf_putc(b, ',');
        if (x->page)
            xbuf_printf(b, "%u", x->page);
        xbuf_putc(b, ',');
        csv_put(b, x->message);
        xbuf_putc(b, ',');
        csv_put(b, x->evidence);
        xbuf_putc(b, ',');
        csv_put(b, agency);
        xbuf_putc(b, ',');
        if (year)
            xbuf_printf(b, "%d", year);
        xbuf_putc(b, '\n');
    }
    return 0;
}
