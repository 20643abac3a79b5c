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

/* The prepared labels of row i of table t (a table of a format from xxgk_format_get); those of
 * the table's later rows follow in order. */
const row_labels *labels_row(const xxgk_table_spec *t, int i);
/* A format's markers: header labels found only in that format. */
const label_set *labels_markers(const xxgk_format_spec *f);

#endif
