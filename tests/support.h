/* Helpers shared by the tests: fixtures, reading, and the JSON of a report. */
#ifndef XXGK_TEST_SUPPORT_H
#define XXGK_TEST_SUPPORT_H

#include <jansson.h>
#include <stddef.h>

#include "xxgk/xxgk.h"

/* Contents of a file (NUL-terminated, *len without it); NULL if unreadable.  Free with free(). */
char *slurp(const char *path, size_t *len);
/* Contents of tests/fixtures/NAME; fails the test if missing. */
char *fixture(const char *name, size_t *len);
/* Read tests/fixtures/NAME as a report; fails the test on error. */
xxgk_report *load_fixture(const char *name);
/* Read a report from a string; fails the test on error. */
xxgk_report *read_text(const char *text, size_t len);
/* Bytes written by a binary writer (DOCX holds NUL bytes), NUL-terminated for strstr. */
typedef struct {
    char *data;
    size_t len;
} bytes;

/* A zip package of named parts, added in order (as OFD.xml first, or word/document.xml). */
typedef struct {
    const char *name;
    char *data;
    size_t len;
} part;
bytes zip_parts(const part *parts, size_t n);
/* s[0..n), UTF-8, in the encoding `to` ("GB18030", "UTF-16LE"): malloc'd, NUL-terminated. */
bytes recoded(const char *to, const char *s, size_t n);
/* An OLE2 compound file (.doc, .xls) of named streams, written through libgsf. */
bytes ole_streams(const part *streams, size_t n);

/* A writer sink appending to a bytes at ctx. */
int sink_bytes(void *ctx, const char *data, size_t len);
/* A date from YYYY-MM-DD; fails the test if it is not one. */
xxgk_date test_date(const char *s);

/* A writer sink appending to a malloc'd NUL-terminated string at *(char **)ctx. */
int sink_str(void *ctx, const char *data, size_t len);
/* The report's JSON (as `xxgk parse --format json` writes it).  json_decref when done. */
json_t *report_json(const xxgk_report *r);
/* Fail unless the report's JSON at path ("requests.carried_in", "requests.other[2]", "active")
 * dumps, compact and its keys sorted, as want ("[7,2,0,1,0,0,10]"). */
void assert_json_at(const xxgk_report *r, const char *path, const char *want);
/* Fail the test unless table 三's row `key` (its nth sub-row when nth >= 0) holds want[0..n), a
 * negative figure standing for null; the message names the row and column. */
void assert_requests_row(const xxgk_report *r, const char *key, int nth, const double *want,
                         size_t n);
/* Fail the test unless got reads as want: title, agency, year, date, format and every figure. */
void assert_same_report(const xxgk_report *want, const xxgk_report *got);
/* Fail the test unless data, read as a file called name, has the layout given, reads as want
 * and passes the checker; and unless, cut short anywhere, it is read or refused with an error
 * naming it, never a crash. */
void assert_file_reads_as(const char *data, size_t len, const char *name, const char *layout,
                          const xxgk_report *want);
/* Check with default options; fails the test on error. */
xxgk_findings *check_report(const xxgk_report *r);
/* Number of findings with rule id `rule`; the evidence of the first is copied to ev (if any). */
int count_rule(const xxgk_findings *f, const char *rule, char *ev, size_t evcap);
/* Replace the first occurrence of `from` in text with `to`; returns a new string. */
char *replace(const char *text, const char *from, const char *to);
/* replace for each of from[0..n) in turn, with to[i]; returns a new string. */
char *replace_all(const char *text, const char *const *from, const char *const *to, int n);
/* Remove the whole line holding needle; returns a new string. */
char *drop_line(const char *text, const char *needle);

/* A new register at path (any old one and its WAL files removed first), the agency 测试局;
 * fails the test on error. */
xxgk_db *fresh_register(const char *path);
/* Import the ledger that the workbook tests write (as .xlsx or .xls) into db and fail the test
 * unless its two requests are in the register as the ledger has them. */
void assert_ledger_imported(xxgk_db *db, const char *data, size_t len, const char *name);

/* cmocka teardown for a test of the Chinese messages: English again, even after it failed. */
int lang_en_teardown(void **state);

/* cmocka group setup/teardown: *state is a calendar with the shipped holiday table. */
int calendar_setup(void **state);
int calendar_teardown(void **state);

/* Figures compared against a truth file (the shape of docs/report-json.md). */
typedef struct {
    int cells;      /* figures in the truth */
    int exact;      /* equal */
    int unplaced;   /* null where allowed (allow_null) */
    int wrong;      /* printed, one line each */
    int allow_null; /* a null figure is unplaced, not wrong (glued figures left null) */
} figure_tally;

/* Compare every figure of truth's active, requests and review with got's; a null in the truth
 * (a figure absent from the report) must be null. */
void compare_figures(figure_tally *t, json_t *truth, json_t *got, const char *file);
/* Compare one metadata key ("2021" and 2021 are the same); prints and returns 1 if they differ
 * (a key null in the truth is not compared). */
int compare_scalar(json_t *truth, json_t *got, const char *key, const char *file);

#endif
