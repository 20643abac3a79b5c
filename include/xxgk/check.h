/*
 * The checker: a table of rules, each with a stable id, a category, a severity and a one-line
 * message in Chinese and English.  Checking a report yields findings with evidence.  The
 * reader's own observations (blank cells, extra cells, unplaced figures) are findings too.
 */
#ifndef XXGK_CHECK_H
#define XXGK_CHECK_H

#include <stddef.h>

#include "xxgk/common.h"
#include "xxgk/report.h"

XXGK_BEGIN_DECLS

typedef enum { XXGK_SEV_INFO = 0, XXGK_SEV_WARNING = 1, XXGK_SEV_ERROR = 2 } xxgk_severity;

/* Which publication deadline applies (条例 Art. 49). */
typedef enum {
    XXGK_AGENCY_AUTO = 0,       /* decide from the agency's name */
    XXGK_AGENCY_DEPARTMENT = 1, /* 31 January */
    XXGK_AGENCY_GOVERNMENT = 2  /* a people's government's own report: 31 March */
} xxgk_agency_kind;

/* Whether an agency's name is a township's government's (某某镇人民政府, a 苏木's) or a
 * 街道办事处's: below the county level that Art. 49's 31 March is for, its report due by 31
 * January as a department's is. */
XXGK_EXTERN int xxgk_agency_township(const char *name);

typedef struct {
    const char *id;         /* stable id, e.g. "arith-balance"; never changes meaning */
    const char *category;   /* arithmetic, structure, format, date, text, reader; total (for
                             * xxgk_total_check) */
    xxgk_severity severity;
    const char *message_zh; /* one line */
    const char *message_en;
} xxgk_rule;

/* Where something stands in a file: see xxgk_finding's line, column and page. */
typedef struct {
    unsigned line, column, page;
} xxgk_place;

typedef struct {
    const xxgk_rule *rule;
    const char *message;  /* the rule's message in the chosen language */
    const char *evidence; /* the figures and the source text */
    unsigned line;        /* 1-based line of the file, 0 if not tied to a line */
    unsigned column;      /* 1-based column (in characters) where the line's text begins, 0
                           * unless the file is a flattened page (the reader cuts its long
                           * lines into rows) */
    unsigned page;        /* 1-based page of a PDF or OFD (see xxgk_report_page), 0 if none */
} xxgk_finding;

typedef struct {
    xxgk_lang lang;
    xxgk_agency_kind agency_kind;
} xxgk_check_options;

typedef struct xxgk_findings xxgk_findings;

/* Apply every rule to a report.  *out owns the findings (free with xxgk_findings_free); they
 * borrow nothing from the report. */
XXGK_EXTERN int xxgk_check(xxgk_findings **out, const xxgk_report *r,
                           const xxgk_check_options *opts);
XXGK_EXTERN void xxgk_findings_free(xxgk_findings *f);
XXGK_EXTERN size_t xxgk_findings_count(const xxgk_findings *f);
XXGK_EXTERN const xxgk_finding *xxgk_findings_get(const xxgk_findings *f, size_t i);
/* Keep only the findings of at least the given severity (the rest freed). */
XXGK_EXTERN void xxgk_findings_keep(xxgk_findings *f, xxgk_severity s);
/* Number of findings of at least the given severity. */
XXGK_EXTERN size_t xxgk_findings_at_least(const xxgk_findings *f, xxgk_severity s);
/* The same, counting those xxgk_findings_keep took out: what the check found. */
XXGK_EXTERN size_t xxgk_findings_found(const xxgk_findings *f, xxgk_severity s);
/* The language of the findings' messages (the options' lang). */
XXGK_EXTERN xxgk_lang xxgk_findings_lang(const xxgk_findings *f);

/* ---- across years ---- */

/* What one year's report hands on to the next, kept apart from the report so that a batch of
 * thousands can be compared without keeping the reports: 结转下年度 must come back as next
 * year's 上年结转, 现行有效件数 must follow from last year's plus 本年制发 minus 本年废止, and
 * the tables must not be last year's again. */
typedef struct {
    /* the agency's name normalized (no spaces or punctuation); "" if unknown or longer than
     * 191 bytes normalized (63 Chinese characters) */
    char agency[192];
    int year;              /* 0 when unknown */
    double carried_in[7];  /* 二、上年结转 per applicant column (NAN where unknown) */
    double carried_out[7]; /* 四、结转下年度继续办理 */
    double issued[2], repealed[2], in_force[2]; /* 规章, 行政规范性文件 (2021 format; else NAN) */
    xxgk_place carried_in_at, in_force_at[2]; /* where they were printed (line 0: nowhere) */
    /* every figure the three tables print, to tell a year's tables copied into the next's: a
     * hash of the format and the figures (null ones too), how many, how many not 0 (the 总计
     * column and row aside: a figure again), and where the first was printed */
    unsigned long long tables_hash;
    int nfigures, nonzero;
    xxgk_place tables_at;
    /* the same of each table apart (二, 三, 四): one table copied while another was redone */
    unsigned long long table_hash[XXGK_TABLE_COUNT];
    int table_figures[XXGK_TABLE_COUNT], table_nonzero[XXGK_TABLE_COUNT];
    xxgk_place table_at[XXGK_TABLE_COUNT];
} xxgk_year_figures;

/* Fill *out from a report. */
XXGK_EXTERN void xxgk_year_figures_of(const xxgk_report *r, xxgk_year_figures *out);
/* Whether cur is the same agency's report for the year after prev's.  The same agency: equal
 * names, or one name ending with the other, which has at least six characters and starts with
 * a place name (洪泽区人民政府 and 淮安市洪泽区人民政府; not 市交通运输局). */
XXGK_EXTERN int xxgk_year_follows(const xxgk_year_figures *prev, const xxgk_year_figures *cur);
/* A report and the same agency's report for the year before, by their index in a batch. */
typedef struct {
    size_t prev, cur;
} xxgk_year_pair;
/* The pairs to check in a batch of n reports' figures (years[i] for input i): each report with
 * the same agency's report for the year before (xxgk_year_follows), ordered by cur then prev.
 * A report that two differently named reports of the year before could follow is left out
 * (which agency it is cannot be told), and last year's report given twice with the same
 * figures (as .doc and PDF, say) is paired once.  *out is malloc'd (free()), NULL when there is
 * no pair; *npairs their number. */
XXGK_EXTERN int xxgk_year_pairs(const xxgk_year_figures *years, size_t n, xxgk_year_pair **out,
                                size_t *npairs);
/* Check what cur carries over from prev, the year before (see xxgk_year_follows).  *out owns
 * the findings, which are about cur (lines are cur's). */
XXGK_EXTERN int xxgk_check_years(xxgk_findings **out, const xxgk_year_figures *prev,
                                 const xxgk_year_figures *cur, const xxgk_check_options *opts);

/* The pairs of a batch's reports (years[i] for input i) whose tables repeat each other's:
 * another agency's report of the same year with every figure alike, five or more of them not
 * 0 (a township's report that copies the county's).  Each report repeating an earlier one is
 * paired with the first (prev: the earlier, cur: the later), ordered by cur.  *out is
 * malloc'd (free()), NULL when there is no pair. */
XXGK_EXTERN int xxgk_copy_pairs(const xxgk_year_figures *years, size_t n, xxgk_year_pair **out,
                                size_t *npairs);
/* The finding that cur's tables repeat other's (see xxgk_copy_pairs), if they do.  *out owns
 * the findings, which are about cur. */
XXGK_EXTERN int xxgk_check_copy(xxgk_findings **out, const xxgk_year_figures *other,
                                const xxgk_year_figures *cur, const xxgk_check_options *opts);

/* The rule table. */
XXGK_EXTERN size_t xxgk_rule_count(void);
XXGK_EXTERN const xxgk_rule *xxgk_rule_at(size_t i);
XXGK_EXTERN const xxgk_rule *xxgk_rule_find(const char *id);
/* The severity's key ("error", "warning", "info"): the same in every language, for JSON and CSV. */
XXGK_EXTERN const char *xxgk_severity_name(xxgk_severity s);
/* The severity as a person reads it: 错误, 警告, 提示 in Chinese; the key in English. */
XXGK_EXTERN const char *xxgk_severity_label(xxgk_severity s, xxgk_lang lang);

XXGK_END_DECLS

#endif
