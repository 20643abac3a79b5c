/*
 * Dates, working days and the statutory reply deadline of a disclosure request (条例 Art. 30-33).
 * The holiday table is data (date,kind,name CSV) that users can update; a copy of the shipped
 * table (data/holidays-cn.csv) is compiled into the library.
 */
#ifndef XXGK_CALENDAR_H
#define XXGK_CALENDAR_H

#include <stddef.h>
#include <stdint.h>

#include "xxgk/common.h"

XXGK_BEGIN_DECLS

/* ---- dates ---- */

/* A day as the number of days since 1970-01-01 (proleptic Gregorian); 0 is 1970-01-01, which is
 * also the "no date" value of the deadline fields below (no request predates 1970). */
typedef int32_t xxgk_date;

#define XXGK_DATE_MIN_YEAR 1900
#define XXGK_DATE_MAX_YEAR 2200

/* Parse exactly "YYYY-MM-DD" (zero-padded, nothing before or after).  XXGK_EINVAL, with a
 * message saying why, for anything else, an impossible day (2024-02-30, 2023-02-29) or a year
 * outside XXGK_DATE_MIN_YEAR..XXGK_DATE_MAX_YEAR; *out is then left unchanged. */
XXGK_EXTERN int xxgk_date_parse(xxgk_date *out, const char *s);
/* Write d as "YYYY-MM-DD" and a NUL into buf. */
XXGK_EXTERN void xxgk_date_format(xxgk_date d, char buf[11]);
/* Day of the week: 1 = Monday ... 7 = Sunday. */
XXGK_EXTERN int xxgk_date_weekday(xxgk_date d);
/* The calendar year d falls in. */
XXGK_EXTERN int xxgk_date_year(xxgk_date d);
/* Today's date on this machine's local clock. */
XXGK_EXTERN xxgk_date xxgk_date_today(void);
/* A date as an official document writes it: 2025年1月23日 (buf of at least 24 bytes). */
XXGK_EXTERN void xxgk_date_format_cn(xxgk_date d, char buf[24]);

/* ---- the working-day calendar ---- */

/* Special days: `holiday` entries (days off) and `workday` entries (weekend days made working
 * days by 调休), plus the set of years whose table is known ("defined"). */
typedef struct xxgk_calendar xxgk_calendar;

/* A new, empty calendar (every year undefined); free with xxgk_calendar_free. */
XXGK_EXTERN int xxgk_calendar_new(xxgk_calendar **out);
XXGK_EXTERN void xxgk_calendar_free(xxgk_calendar *c);
/* A copy of c into *out (the caller's, free with xxgk_calendar_free).  XXGK_ENOMEM, *out NULL,
 * when memory runs out. */
XXGK_EXTERN int xxgk_calendar_copy(xxgk_calendar **out, const xxgk_calendar *c);

/* Add the entries of a `date,kind,name` CSV (header line optional, also `日期,类型,名称`; blank
 * lines and CRLF allowed, fields quoted as spreadsheets do) and mark as defined every year the
 * file has a table for (see xxgk_calendar_table_day).  kind is `holiday` (or 放假, 休息, 假日 ...)
 * or `workday` (or 上班, 补班, 调休上班, 工作日 ...); a `workday` must fall on a Saturday or
 * Sunday.  Entries replace earlier
 * ones for the same date, so a user's table can be loaded over the built-in one.  A bad line or a
 * date listed twice is XXGK_EINVAL with a message "NAME:LINE: why"; text over 8 MiB, more than
 * 100000 entries or a name over 200 bytes is XXGK_ELIMIT.  On any error the calendar is
 * unchanged. */
XXGK_EXTERN int xxgk_calendar_load_csv(xxgk_calendar *c, const char *text, size_t len,
                                       const char *name);
/* Whether an entry on d shows that a file has the table of d's year: one from February to
 * November does; the last days of December and the first of January may belong to the
 * neighbouring year's 元旦 arrangement (the 2019 notice moves 2018-12-29 to 12-31). */
XXGK_EXTERN int xxgk_calendar_table_day(xxgk_date d);
/* Load the table compiled into the library (data/holidays-cn.csv: 2019-2026, plus the last days
 * of 2018 that belong to 2019's 元旦 arrangement, which leave 2018 undefined). */
XXGK_EXTERN int xxgk_calendar_load_builtin(xxgk_calendar *c);
/* Add or replace one entry (workday: 1 for a 调休 working day, 0 for a holiday; name is copied,
 * NULL means "").  Does not mark the year: a loader from storage calls xxgk_calendar_mark_year for
 * the years it has.  XXGK_EINVAL for a date outside the supported years or a workday entry on a
 * Monday-Friday; XXGK_ELIMIT as for load_csv. */
XXGK_EXTERN int xxgk_calendar_add_day(xxgk_calendar *c, xxgk_date d, int workday,
                                      const char *name);
/* Declare that the table for `year` is complete (even if it has no entries).  XXGK_EINVAL outside
 * the supported years. */
XXGK_EXTERN int xxgk_calendar_mark_year(xxgk_calendar *c, int year);
/* 1 if year is defined, else 0. */
XXGK_EXTERN int xxgk_calendar_has_year(const xxgk_calendar *c, int year);
/* 1 if d falls in the last week of December, whose days the next year's 元旦 arrangement may
 * make holidays or working days (2019's made 2018-12-29 a working day, 30 and 31 holidays). */
XXGK_EXTERN int xxgk_calendar_late_december(xxgk_date d);
/* 1 if whether d is a working day is known: its year is defined and, in the last week of
 * December, the next year too.  Deadlines that count an unknown day are estimates. */
XXGK_EXTERN int xxgk_calendar_day_known(const xxgk_calendar *c, xxgk_date d);

/* Entries in date order, for saving: i in 0..count-1.  *name is borrowed (valid until the entry is
 * replaced or the calendar freed); any out-pointer may be NULL.  XXGK_EINVAL if i >= count. */
XXGK_EXTERN size_t xxgk_calendar_count(const xxgk_calendar *c);
XXGK_EXTERN int xxgk_calendar_entry(const xxgk_calendar *c, size_t i, xxgk_date *d, int *workday,
                                    const char **name);

/* 1 if d is a working day: (Monday-Friday and not a holiday) or a workday entry; else 0.  Years
 * without a table are answered as plain weeks but for the holidays fixed by the date (1
 * January, 1 May (and 2 May since 2025), 1-3 October). */
XXGK_EXTERN int xxgk_calendar_is_workday(const xxgk_calendar *c, xxgk_date d);
/* The n-th working day after start (start itself is never counted; n = 0 gives start).
 * *guessed (may be NULL) is set to 1 if a day examined is not known (xxgk_calendar_day_known:
 * in an undefined year, or in the last week of December before one), else 0.
 * XXGK_EINVAL if n < 0 or n > 10000 or the result would leave the supported years. */
XXGK_EXTERN int xxgk_calendar_add_workdays(const xxgk_calendar *c, xxgk_date start, int n,
                                           xxgk_date *out, int *guessed);

/* ---- the reply deadline (条例 Art. 30, 31, 33; 109号 办法 for fees) ---- */

typedef enum {
    XXGK_EV_CORRECTION_NOTICE,   /* 补正 notice sent (Art. 30): the clock waits */
    XXGK_EV_CORRECTION_RECEIVED, /* corrected application received: the clock restarts */
    XXGK_EV_CONSULT_START,       /* third party (Art. 32) or other agency (Art. 34) consulted */
    XXGK_EV_CONSULT_END,         /* their answer received (or their time ran out) */
    XXGK_EV_EXTENSION,           /* extension of `days` working days (Art. 33, once, 1..20) */
    XXGK_EV_FEE_NOTICE,          /* 信息处理费 notice sent (Art. 42) */
    XXGK_EV_FEE_PAID,            /* fee paid */
    XXGK_EV_REPLY                /* reply given: the request is closed */
} xxgk_event_kind;

typedef struct {
    xxgk_event_kind kind;
    xxgk_date date;
    int days; /* XXGK_EV_EXTENSION: working days; ignored otherwise */
} xxgk_event;

#define XXGK_DEADLINE_BASE_DAYS 20     /* Art. 33 */
#define XXGK_DEADLINE_MAX_EXTENSION 20 /* Art. 33 */
/* An application received before the revised 条例 came into force (2019-05-15) is answered
 * under the 2007 条例 (国务院令第492号), Art. 24: 15 working days, extended by at most 15; it
 * sets no time for a 补正 notice. */
#define XXGK_LAW_2019_IN_FORCE "2019-05-15"
#define XXGK_OLD_DEADLINE_BASE_DAYS 15
#define XXGK_OLD_DEADLINE_MAX_EXTENSION 15
#define XXGK_CORRECTION_DAYS 7         /* Art. 30 */
#define XXGK_FEE_PAY_DAYS 20           /* 109号 办法: the applicant's time to pay a fee */
/* The applicant's time to correct, as the built-in 补正告知书 states it (Art. 30 leaves it to
 * the notice); 逾期不补正 can be recorded only after it. */
#define XXGK_CORRECTION_REPLY_DAYS 15
#define XXGK_CONSULT_DAYS 15           /* Art. 32: a third party's time to answer */
#define XXGK_DEADLINE_MAX_SPANS 64
/* Days off a year's holiday arrangement has at the least: the statutory days of the seven
 * festivals (11 before 2025, 13 since). */
#define XXGK_CALENDAR_MIN_HOLIDAYS 11

typedef struct {
    xxgk_date clock_start;           /* receipt, or receipt of the corrected application */
    xxgk_date due;                   /* last day to reply; 0 if none (see xxgk_deadline_compute) */
    xxgk_date correction_notice_due; /* receipt + 7 working days: last day for a 补正 notice
                                      * (0 under the 2007 条例, which sets none) */
    int late_correction_notice;      /* the 补正 notice was sent after correction_notice_due */
    xxgk_date late_correction;       /* the corrected application came after the applicant's
                                      * XXGK_CORRECTION_REPLY_DAYS, which ended this day (Art.
                                      * 30: 逾期不补正 without good reason abandons it); else 0 */
    xxgk_date correction_after_due;  /* the 补正 notice came after the deadline, this day: it
                                      * neither stopped nor restarts the period, which had run
                                      * out (due stays this day); else 0 */
    xxgk_date extension_after_due;   /* the extension came after the deadline, this day: the
                                      * period had run out, and it does not lengthen it; else 0 */
    int old_law;                     /* received before 2019-05-15: the 2007 条例's limits */
    int base_days;                   /* 20 (15 under the 2007 条例) */
    int max_extension;               /* 20 (15 under the 2007 条例) */
    int extension_days;              /* 0..max_extension */
    int voided_extension;            /* days of an extension before the corrected application,
                                      * whose restart of the period voided it; else 0 */
    int voided_spans;                /* consultations and fee notices before it, likewise */
    int excluded_days;               /* working days not counted (before due, each once) */
    int paused;                      /* a consultation or fee notice is open: the clock stopped */
    int awaiting_correction;         /* notice sent, corrected application not yet received */
    int corrected;                   /* clock_start is the receipt of a corrected application */
    int closed;                      /* replied */
    int guessed;                     /* a day not known (xxgk_calendar_day_known) was counted */
    int held;                        /* the period ran out during a pause: due is its end */
    struct {
        xxgk_date from, to;  /* days in (from, to] are not counted; to = 0 while still open */
        int days;            /* working days this span removed (not already removed by an
                              * earlier span, and before due) */
        int length;          /* working days in (from, to], once it has ended; else 0 */
        int by_reply;        /* still open at the reply, which ended it (unpaid, unanswered) */
        int too_long;        /* longer than the time it gives: a third party's 15 working days
                              * (Art. 32), ended by its own event or the reply; an applicant's
                              * 20 to pay, paid */
        int holds;           /* the period ran out while it ran: due is its end (see held) */
        int uncounted;       /* a fee notice under the 2007 条例, which excludes no payment
                              * time: kept to pair its payment, not excluded */
        xxgk_event_kind why; /* XXGK_EV_CONSULT_START or XXGK_EV_FEE_NOTICE */
    } excluded[XXGK_DEADLINE_MAX_SPANS]; /* since clock_start, in order of their start */
    int nexcluded;
} xxgk_deadline;

/*
 * The state and deadline of a request received on `receipt` with events ev[0..nev-1] (in date
 * order; same-day events in the order given).  Pure: the calendar is only read.
 *  - The reply is due on the (base + extension + excluded)-th working day after clock_start.
 *  - A correction notice stops the clock (awaiting_correction, due 0) until the corrected
 *    application arrives; then clock_start is that day and everything counts afresh.  Only one
 *    notice is allowed (一次性告知), and not while a consultation or fee notice is open.
 *  - A consultation or fee notice starting on day S and ending on day E removes the working days
 *    in (S, E]; overlapping spans remove each day once.  A span starting after the due date has
 *    passed cannot move it.  While one is open, paused = 1 and due is 0, unless due had already
 *    come before the span started (the request was late already), in which case due is kept.
 *    A span started on or before the last day that ends after it holds the deadline: due is
 *    its end (held = 1), with no working day of the period left to count.
 *  - A reply closes the request (closed = 1) and ends any span still open on that day; due is
 *    still reported, so it can be compared with the reply date.
 * XXGK_EINVAL, with a message naming the event index, for events out of order or before receipt,
 * after a reply, an end without an open start, a correction received without a notice, a second
 * notice, any event other than the corrected application or a reply while awaiting correction, a
 * second extension (since clock_start) or one outside 1..20, an unknown kind, or a date outside
 * the supported years.  XXGK_ELIMIT for more than XXGK_DEADLINE_MAX_SPANS spans.
 */
XXGK_EXTERN int xxgk_deadline_compute(xxgk_deadline *out, const xxgk_calendar *cal,
                                      xxgk_date receipt, const xxgk_event *ev, size_t nev);

/* A Chinese explanation of d, several lines (起算日, 计入的工作日, 扣除的期间及原因, 延期, 到期日,
 * and a note when a year had no holiday table), NUL-terminated in buf.  XXGK_ELIMIT if it does not
 * fit in cap bytes (the text is then cut at a line boundary); XXGK_DEADLINE_EXPLAIN_MAX bytes
 * always suffice (each of XXGK_DEADLINE_MAX_SPANS spans takes some 420 at most). */
#define XXGK_DEADLINE_EXPLAIN_MAX 65536
XXGK_EXTERN int xxgk_deadline_explain(const xxgk_deadline *d, char *buf, size_t cap);

XXGK_END_DECLS

#endif
