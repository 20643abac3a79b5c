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

#endif
