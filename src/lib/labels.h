/*
 * The labels of both formats prepared once for the table recognizer's inner loops: each row's
 * match keys split with their character sets, its official label and group normalized, and
 * each format's marker labels.  Built on first use (thread-safe); read-only afterwards.
 */
#ifndef XXGK_LIB_LABELS_H
#define XXGK_LIB_LABELS_H

#include "util/text.h"
#include "xxgk/xxgk.h"

#define LABEL_NORM_MAX 512
#define LABELS_ROWS_MAX 48 /* rows in the longest table (三 of 2021 has 30; a test checks) */

typedef struct {
    label_set match;            /* the row's match keys */
    char label[LABEL_NORM_MAX]; /* the official label, normalized */
    char group[LABEL_NORM_MAX]; /* its caption normalized, or "" */
} row_labels;

#define LABELS_COLS_MAX 32 /* distinct column labels of a table */

#define LABEL_WORDS_MAX 8 /* a column's label and short forms */

typedef struct {
    const xxgk_column_spec *spec;
    char norm[LABEL_NORM_MAX]; /* its label normalized */
    size_t bytes, chars;       /* of norm */
    struct {
        const char *s; /* in the format table, not NUL-ended but the label's */
        size_t n;
    } words[LABEL_WORDS_MAX]; /* its label, its variants, then its short forms, as the format
                               * writes them */
    int nwords;
} column_label;

typedef struct {
    column_label col[LABELS_COLS_MAX]; /* each label once (rows share their columns), the first
                                        * row's columns first and in their order */
    int n;
    size_t longest; /* bytes of the longest norm */
} table_columns;

/* The prepared labels of row i of table t (a table of a format from xxgk_format_get); those of
 * the table's later rows follow in order. */
const row_labels *labels_row(const xxgk_table_spec *t, int i);
/* The distinct column labels of table t. */
const table_columns *labels_columns(const xxgk_table_spec *t);
/* Whether norm, a section heading's title, is one of table 三's rows numbered like a section
 * (一、本年新收…, 三、本年度办理结果, 四、结转下年度继续办理): by one of the row's match keys
 * (四、结转下一年度继续办理), or the label's start of six bytes at least, wrapped after a few
 * characters ("四、结转下"); not a heading. */
int labels_row_title_start(const char *norm);
/* The standard section (1..6) a heading's title names, norm normalized (label_norm): the first
 * whose words (xxgk_section_keys) it holds; 0 when none. */
int labels_section_of(const char *norm);
/* Whether t opens an attachment printed after a report: 附件1：…, 附件：…, 附表2 …. */
int labels_attachment_at(const char *t);
/* A format's markers: header labels found only in that format. */
const label_set *labels_markers(const xxgk_format_spec *f);

#endif
