/* A findings list under construction, shared by the checks of one report (checker.c) and the
 * checks across years (years.c). */
#ifndef XXGK_LIB_FINDINGS_H
#define XXGK_LIB_FINDINGS_H

#include "xxgk/xxgk.h"

/* An empty list whose messages are in lang; NULL when out of memory. */
xxgk_findings *findings_new(xxgk_lang lang);
/* Append a finding (evidence is copied).  Running out of memory is remembered and reported by
 * findings_finish. */
void findings_add(xxgk_findings *f, const xxgk_rule *rule, unsigned line, const char *evidence);
/* As findings_add, at a place already the file's own (line, column, page). */
void findings_add_at(xxgk_findings *f, const xxgk_rule *rule, const xxgk_place *at,
                     const char *evidence);
/* Give the findings their pages, and turn their lines of the text read into the file's own
 * lines and columns. */
void findings_place(xxgk_findings *f, const xxgk_report *r);
/* Sort the findings into reading order and hand them to *out; on a failed allocation free
 * them and return XXGK_ENOMEM. */
int findings_finish(xxgk_findings **out, xxgk_findings *f);

#endif
