/*
 * The official report formats, described once as data: tables, rows, columns, official labels,
 * accepted variants and JSON keys.  The reader, the checker and every writer walk these tables;
 * adding a label variant is a one-line change in src/lib/format.c.
 */
#ifndef XXGK_FORMAT_H
#define XXGK_FORMAT_H

#include "xxgk/common.h"

XXGK_BEGIN_DECLS

typedef enum {
    XXGK_FORMAT_OTHER = 0,   /* no standard table found */
    XXGK_FORMAT_2019 = 2019, /* 国办公开办函〔2019〕60号 (reports for 2019 and 2020) */
    XXGK_FORMAT_2021 = 2021  /* 国办公开办函〔2021〕30号 (reports for 2021 onward) */
} xxgk_format_id;

typedef enum {
    XXGK_TABLE_ACTIVE = 0,   /* section 二: proactive disclosure (第二十条) */
    XXGK_TABLE_REQUESTS = 1, /* section 三: requests received and how they ended */
    XXGK_TABLE_REVIEW = 2,   /* section 四: reconsideration and litigation */
    XXGK_TABLE_COUNT = 3
} xxgk_table_id;

/* The header label over table 三's applicant columns between 自然人 and 总计 (both formats). */
#define XXGK_APPLICANT_GROUP "法人或其他组织"

#define XXGK_COL_AMOUNT 1u /* money: may be fractional */
#define XXGK_COL_SIGNED 2u /* may be negative (2019 本年增/减) */
#define XXGK_COL_TOTAL 4u  /* the row's 总计 column */
#define XXGK_COL_WAN_YUAN 8u /* money in 万元, the unit its label names: a header that says 元
                              * instead means the figures are in 元 */

typedef struct {
    const char *label;    /* official header label */
    const char *variants; /* '|'-separated non-standard spellings seen in real reports, written
                           * normalized (see label_norm: no spaces or punctuation), or NULL */
    const char *id;       /* short ASCII id used in CSV column names */
    unsigned flags;       /* XXGK_COL_* */
    const char *short_forms; /* '|'-separated shorter words a header may print for it whole
                              * ("企业", "合计"), normalized: the column it names, not a typo */
} xxgk_column_spec;

#define XXGK_ROW_GROUP 1u      /* group label: no numbers of its own */
#define XXGK_ROW_EXACT 2u      /* the label must equal a match key, not merely contain it */
#define XXGK_ROW_OPENS 4u      /* a first data row: recognition of the table starts here */
#define XXGK_ROW_SINGLE_ALT 8u /* a group that some reports print as one row with numbers */
#define XXGK_ROW_OUTCOME 16u   /* counts towards （七）总计 */

typedef struct {
    const char *key;              /* JSON key ("new", "withheld", ...) */
    int index;                    /* position in the key's array of rows; -1 for a lone row */
    const char *label;            /* official label, as printed in the format */
    const char *caption;          /* caption or group it belongs to (第二十条第（一）项), or NULL */
    const char *match;            /* '|'-separated keys that identify the label once normalized */
    unsigned flags;               /* XXGK_ROW_* */
    int ncols;                    /* number of value cells (0 for a plain group) */
    const xxgk_column_spec *cols; /* the ncols columns */
    int first_cell;               /* index of its first cell in the report's cell array */
} xxgk_row_spec;

typedef struct {
    xxgk_table_id id;
    const char *key;            /* JSON key: "active", "requests", "review" */
    const char *section;        /* section number as printed: "二", "三", "四" */
    const char *title;          /* official section title */
    int nrows;
    const xxgk_row_spec *rows;
    int first_cell;             /* index of the table's first cell */
    int ncells;                 /* cells in the table */
} xxgk_table_spec;

typedef struct {
    xxgk_format_id id;
    const char *name;   /* "2021", "2019" */
    const char *notice; /* the notice that set the format */
    xxgk_table_spec tables[XXGK_TABLE_COUNT];
    int ncells;         /* cells in all three tables */
    const char *markers; /* '|'-separated normalized header labels found only in this format */
} xxgk_format_spec;

/* The description of a format, or NULL for XXGK_FORMAT_OTHER.  Static; never freed. */
XXGK_EXTERN const xxgk_format_spec *xxgk_format_get(xxgk_format_id id);

/* Standard section titles, 1..6 (一..六); NULL outside that range. */
XXGK_EXTERN const char *xxgk_section_title(int number);
/* What a heading's title (normalized: label_norm) contains to name standard section number
 * 1..6, '|'-separated (the official title's words and the variants reports print: 存在问题,
 * 其他事项); NULL outside that range. */
XXGK_EXTERN const char *xxgk_section_keys(int number);
/* Other wordings of row's whole label seen in real reports, '|'-separated (2.其他法律和行政法规
 * 禁止公开), or NULL. */
XXGK_EXTERN const char *xxgk_row_printed(const xxgk_row_spec *row);
/* A section number as printed, 1..10 ("一".."十"); NULL outside that range. */
XXGK_EXTERN const char *xxgk_section_numeral(int number);
/* The table printed in standard section number (二, 三, 四), or -1 for a section without one. */
XXGK_EXTERN int xxgk_section_table(int number);

XXGK_END_DECLS

#endif
