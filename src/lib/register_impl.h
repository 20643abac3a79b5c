/* The register handle, shared by register.c and register_report.c. */
#ifndef XXGK_LIB_REGISTER_IMPL_H
#define XXGK_LIB_REGISTER_IMPL_H

#include "lib/store.h"

struct xxgk_db {
    store s;
};

/* The register's calendar as stored (the shipped table plus imports); free with
 * xxgk_calendar_free. */
int register_calendar(xxgk_db *db, xxgk_calendar **out);

/* The row of table 三 an outcome names ("granted", "withheld.4"), or NULL. */
const xxgk_row_spec *register_outcome_row(const char *outcome);

/* The cell of section 二 (2021 format) a figure key names ("regs.issued", "licensing"), or -1;
 * *amount tells whether it is money (may be fractional). */
int register_figure_cell(const char *key, int *amount);

#endif
