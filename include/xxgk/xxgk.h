/*
 * xxgk: read, check and write China's government information disclosure annual reports
 * (政府信息公开工作年度报告).  This umbrella header is the whole public API.
 *
 * Conventions, stated once for every header under xxgk/:
 *  - Functions that can fail return 0 or a negative xxgk_error code.  The detailed message of the
 *    last failure on the calling thread is xxgk_error_last(); xxgk_strerror() names a code.
 *    Messages are in Chinese unless xxgk_lang_set(XXGK_LANG_EN) chose English, once, at start.
 *  - A function that makes an object takes its out-parameter first (xxgk_report_read(&r, ...),
 *    xxgk_check(&f, r, ...)); one that works on an object takes the object first and gives its
 *    results last (xxgk_request_show(db, id, NULL, &text)).  A single out-parameter is called `out`
 *    and is NULL (or untouched, for plain values) when the call fails.
 *  - xxgk_x_new()/xxgk_x_read() pair with xxgk_x_free().  Getters return borrowed pointers that
 *    stay valid while their parent object lives; the caller never frees them.  Text returned
 *    as `char **out` is malloc'd: free() it.
 *  - Pointer arguments must not be NULL unless the header says so.
 *  - Threads: different objects may be used on different threads at once, and a report, a set
 *    of findings or a calendar may be read from several threads together; one register
 *    (xxgk_db) or archive (xxgk_archive) is used by one thread at a time (open one per
 *    thread).  xxgk_lang_set is called before other threads start.  Reading a .doc quiets
 *    libgsf's own GLib log domains for the whole process, once.
 *  - Problems found in a report are data (findings), never errors: a malformed report still
 *    yields a report object.  The error channel is for I/O, memory, encodings and limits.
 *  - All strings are UTF-8.
 */
#ifndef XXGK_XXGK_H
#define XXGK_XXGK_H

#include "xxgk/common.h"
#include "xxgk/format.h"
#include "xxgk/report.h"
#include "xxgk/check.h"
#include "xxgk/write.h"
#include "xxgk/total.h"
#include "xxgk/calendar.h"
#include "xxgk/register.h"
#include "xxgk/fees.h"
#include "xxgk/template.h"

#endif
