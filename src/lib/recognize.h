/* The table recognizer (see recognize.c). */
#ifndef XXGK_LIB_RECOGNIZE_H
#define XXGK_LIB_RECOGNIZE_H

#include "lib/layout.h"

/* Detect the format from the labels, then place every figure of sections 二, 三 and 四 into
 * r->cells, recording reader observations in r->diags.  Needs r->sections.  Returns 0, or -1
 * when memory ran out. */
int recognize_tables(xxgk_report *r, lgrid *g);

#endif
