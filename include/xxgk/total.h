/*
 * Totals (汇总): the figures of many reports added up cell by cell, one total per year and
 * format, as a supervising office compiles its subordinates' reports or a researcher a
 * province's.  A total keeps the sums and a few words per report (name, agency, what it lacks),
 * never the reports themselves, so that thousands can be added one by one.
 */
#ifndef XXGK_TOTAL_H
#define XXGK_TOTAL_H

#include <stddef.h>

#include "xxgk/check.h"
#include "xxgk/common.h"
#include "xxgk/report.h"

XXGK_BEGIN_DECLS

typedef struct xxgk_total xxgk_total;

/* What xxgk_total_add did with a report. */
typedef enum {
    XXGK_TOTAL_COUNTED = 0,  /* added to the total of its year and format */
    XXGK_TOTAL_REPEATED,     /* the same agency's report for the same year with the same figures
                              * (or the same wherever both give one, a copy lacking some) was
                              * counted already (the .doc and the PDF of one report): not
                              * counted twice */
    XXGK_TOTAL_NO_TABLES,    /* no statistics table (format "other"): nothing to add */
    XXGK_TOTAL_NO_YEAR,      /* the year it reports on is not said: no total to add it to */
    XXGK_TOTAL_NOT_READ,     /* (xxgk_total_leave_out) the caller could not read it */
    XXGK_TOTAL_A_TOTAL       /* a total xxgk wrote (xxgk_total_report, in any writer's form
                              * read back): its reports' figures again, not added */
} xxgk_total_outcome;

/* One report in a total, as xxgk_total_member gives it.  Strings are borrowed from the total. */
typedef struct {
    const char *file;        /* the report's name (xxgk_report_name) */
    const char *agency;      /* NULL when the report does not say */
    const char *repeats;     /* XXGK_TOTAL_REPEATED: the file counted instead (the same figures,
                              * or the same where both give one: a copy lacking some, the web
                              * page and its crawled text); else NULL */
    size_t completed;        /* XXGK_TOTAL_REPEATED: figures the file counted lacked, taken from
                              * this one; 0 for a plain repeat */
    const char *alike;       /* counted, though it names no agency and an earlier file that
                              * names none has the same figures (perhaps one report twice;
                              * without an agency that cannot be told): that file; else NULL */
    const char *same_agency; /* counted, though an earlier file names the same agency for the
                              * same year with other figures (perhaps one report twice, or a
                              * draft): that file; else NULL */
    const char *lacking;     /* the figures it does not give, as JSON paths ("active.regs",
                              * "requests.withheld[3][1]": a whole row by its path; for （六）
                              * printed as one row "requests.other[0]", as in its JSON),
                              * separated by ", "; NULL when it gives every one */
    size_t nlacking;         /* how many figures that is */
    int one_row_other;       /* it prints （六）其他处理 as one row, without the 2021 sub-rows */
    int old_layout;          /* a report for 2021 or later in the 2019 format, in the year's
                              * 2021-format total: its sections 三 and 四 only (the formats
                              * count section 二 differently) */
    const char *dated;       /* its year given nowhere but by its date (YYYY-MM-DD), counted in
                              * the year before it (date-year-dated); else NULL */
} xxgk_total_member;

XXGK_EXTERN int xxgk_total_new(xxgk_total **out);
XXGK_EXTERN void xxgk_total_free(xxgk_total *t);

/* Add report r to the total of its year and format; *how (may be NULL) says what was done
 * (a report left out is listed by xxgk_total_left_at).  f is r's findings (xxgk_check), whose
 * arithmetic errors the total keeps to name the reports behind its own, or NULL to check r
 * here (a caller reading on several threads checks there, and adds in order on one).  Two
 * reports are the same agency's when their names are equal once normalized; a report naming
 * no agency is never taken for a repeat.  A total this library wrote, read back (its title
 * ends （汇总） and its preamble says it was added up cell by cell), is left out: its figures
 * are its reports' again.  A report whose findings (f) say another report follows it unread in
 * its file (reader-several-reports) is counted, and the file listed among those left out
 * (xxgk_total_left_at, NOT_READ, why the finding's evidence).  Fails only when memory runs out,
 * and then r is in no total. */
XXGK_EXTERN int xxgk_total_add(xxgk_total *t, const xxgk_report *r, const xxgk_findings *f,
                               xxgk_total_outcome *how);
/* Whether the next xxgk_total_add takes a total this library wrote, read back, as one report
 * (take 1: an office adding up the totals of the offices under it, each named) or leaves it
 * out (0, as a new total does: found among the reports it was made of, it counts them twice). */
XXGK_EXTERN void xxgk_total_take_totals(xxgk_total *t, int take);

/* The totals, ordered by year, then format (2019 before 2021).  A year from 2021 on has one:
 * a report in the 2019 format adds its sections 三 and 四 to the 2021-format total. */
XXGK_EXTERN size_t xxgk_total_count(const xxgk_total *t);
XXGK_EXTERN int xxgk_total_year(const xxgk_total *t, size_t i);
XXGK_EXTERN xxgk_format_id xxgk_total_format(const xxgk_total *t, size_t i);
/* Reports counted in total i (repeated ones not included). */
XXGK_EXTERN size_t xxgk_total_reports(const xxgk_total *t, size_t i);
/* The reports added to total i in the order added, repeated ones included.  A member is valid
 * until the next xxgk_total_add or xxgk_total_free. */
XXGK_EXTERN size_t xxgk_total_member_count(const xxgk_total *t, size_t i);
XXGK_EXTERN const xxgk_total_member *xxgk_total_member_at(const xxgk_total *t, size_t i, size_t k);

/* An input in no total, and why. */
typedef struct {
    const char *file;
    xxgk_total_outcome how; /* NO_TABLES, NO_YEAR, NOT_READ or A_TOTAL */
    const char *why;        /* NOT_READ: the caller's words (the error met); else NULL */
} xxgk_total_left;

/* Why a report was left out (how: NO_TABLES, NO_YEAR or A_TOTAL), in lang, for people: "no
 * statistics table found"; NULL for another outcome. */
XXGK_EXTERN const char *xxgk_total_left_why(xxgk_total_outcome how, xxgk_lang lang);

/* Record that input `file` could not be read (why: the error, in the user's language, which
 * may start with the file's name and a colon as xxgk_error_last does; NULL: "could not be
 * read"), so that the totals' findings list it with the reports xxgk_total_add left out. */
XXGK_EXTERN int xxgk_total_leave_out(xxgk_total *t, const char *file, const char *why);
/* The inputs left out, in the order given; each valid until the next add or leave_out. */
XXGK_EXTERN size_t xxgk_total_left_count(const xxgk_total *t);
XXGK_EXTERN const xxgk_total_left *xxgk_total_left_at(const xxgk_total *t, size_t k);

/* Total i as a report built from figures (see xxgk_report_new), which every writer renders:
 * agency `name` (may be NULL), the year, and in each cell the sum of the reports that give that
 * figure (null when none does, or when the sum cannot be exact: past 2^53, or for money, added
 * to the millionth of 万元, past 2^53 millionths, about 9.007e9 万元; a sum is only as complete
 * as its members' `lacking` say).  When
 * some reports print （六）其他处理 as one row and others with its sub-rows, the total prints
 * it as one row.  xxgk_report_summed tells the number of reports.  *out is the caller's. */
XXGK_EXTERN int xxgk_total_report(xxgk_report **out, const xxgk_total *t, size_t i,
                                  const char *name);

/* What a reader of total i should know, as findings (rules of category "total": inputs left
 * out, reports counted once, the same agency twice, figures lacking, （六） as one row, sums
 * too large to be exact) followed by the
 * arithmetic findings of its tables (a sum whose 勾稽关系 fails has members whose own does).
 * *out owns them. */
XXGK_EXTERN int xxgk_total_check(xxgk_findings **out, const xxgk_total *t, size_t i,
                                 const xxgk_report *sum, const xxgk_check_options *opts);

/* What xxgk_total_check found, told in total sum's preamble after what it is (说明：1. …): each
 * rule's message once with its first evidences, so that a total written as a document says
 * what it lacks, what was left out and what was counted once.  Nothing when f is empty. */
XXGK_EXTERN int xxgk_total_note(xxgk_report *sum, const xxgk_findings *f);

XXGK_END_DECLS

#endif
