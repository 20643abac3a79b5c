/* Messages in the language set with xxgk_lang_set(): Chinese by default, English on request. */
#ifndef XXGK_UTIL_LANG_H
#define XXGK_UTIL_LANG_H

#include "xxgk/common.h"

/* TR("中文", "English"): both literals, so the compiler checks each against printf-like
 * arguments that follow. */
#define TR(zh, en) (xxgk_lang_get() == XXGK_LANG_EN ? (en) : (zh))

/* strerror(e) in the language set (the common errors; the rest as the system says them). */
const char *lang_strerror(int e);

#endif
