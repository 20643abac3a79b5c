/*
 * The agency's register: an SQLite file holding the year's disclosure requests and their events,
 * the other figures of the annual report, reconsideration and litigation cases, the narrative
 * sections, the working-day calendar, and an audit trail of every change that no xxgk function
 * can alter.  Every change is one transaction.
 */
#ifndef XXGK_REGISTER_H
#define XXGK_REGISTER_H

#include <stddef.h>

#include "xxgk/common.h"
#include "xxgk/report.h"
#include "xxgk/calendar.h"

XXGK_BEGIN_DECLS

typedef struct xxgk_db xxgk_db;

/* Open the register at path, migrating an older schema.  `who` names the person making
 * changes, for the audit trail (NULL: the login name).  XXGK_ENOTFOUND when there is no
 * register at path (no file, or an empty one); XXGK_EINVAL for a database that is not a
 * register.  Free with xxgk_db_close. */
XXGK_EXTERN int xxgk_db_open(xxgk_db **out, const char *path, const char *who);
/* As xxgk_db_open, but a missing or empty file becomes a new register (with the shipped
 * 2019-2026 holiday table); a file it makes is its owner's only (0600, less by the umask): it
 * holds personal data. */
XXGK_EXTERN int xxgk_db_create(xxgk_db **out, const char *path, const char *who);
/* As xxgk_db_open, for reading only: every change is refused (XXGK_EIO, saying why) and the
 * file is never written.  xxgk_db_open and xxgk_db_create do this by themselves when the file
 * or its folder cannot be written (an archived copy).  With no -wal file beside it, the register
 * is read as immutable: it must not be written by anyone else at the same time. */
XXGK_EXTERN int xxgk_db_open_readonly(xxgk_db **out, const char *path);
/* Whether the file at path is, or may be, a register: 1 for an SQLite database unless it can be
 * read and has none of a register's tables, else 0.  Reads only.  For a program about to replace
 * a file: a register, even one of a newer xxgk or a damaged one, must not be overwritten. */
XXGK_EXTERN int xxgk_db_is_register(const char *path);
XXGK_EXTERN void xxgk_db_close(xxgk_db *db);

/* Online backup to a new file at dest (refuses to overwrite an existing file).  It is written
 * under a name of its own beside dest, given dest's name only when whole, and removed when the
 * backup fails or is cancelled (XXGK_ECANCELED). */
XXGK_EXTERN int xxgk_db_backup(xxgk_db *db, const char *dest);
/* Ask the backups running in any thread to stop and remove what they wrote (or, when none
 * runs, the next one: a Ctrl-C as it starts); async-signal-safe, for a SIGINT handler.  A
 * backup that has returned lowers the request. */
XXGK_EXTERN void xxgk_db_backup_cancel(void);
/* Integrity and foreign-key check, then every request's stored status, deadline and outcome
 * against what its events give: 0 when sound, 1 when not, or an xxgk_error code.  On 0 or 1
 * *out is the malloc'd report: one line per problem, or "ok" last when sound; among them a
 * "note:" line for each event history holds that only a new event's checks refuse (a 补正
 * notice after the deadline, a fee given up early), which leaves it sound.  On error NULL. */
XXGK_EXTERN int xxgk_db_check(xxgk_db *db, char **out);
/* The register's schema version (1 or more), or an xxgk_error code (negative). */
XXGK_EXTERN int xxgk_db_schema_version(xxgk_db *db);

/* The ID under which the register keeps the request (kind "request") or the case ("case") that
 * `typed` names: typed as kept, as NFKC (full-width ２０２４－００１ for 2024-001) or in other
 * letter case (ysq-1 for YSQ-1), as every function taking an ID finds it.  *out is malloc'd, or
 * NULL with XXGK_ENOTFOUND when there is none. */
XXGK_EXTERN int xxgk_db_find_id(xxgk_db *db, const char *kind, const char *typed, char **out);

/* Settings: "agency" (the agency's name), "agency_kind" (department|government).
 *
 * Text given to the register (names, IDs, descriptions, notes, narrative) must be UTF-8 without
 * control characters (newline and tab allowed in descriptions, notes and narrative); names and
 * IDs must not be blank or begin or end with a space.  Anything else is refused
 * (XXGK_EENCODING, XXGK_EINVAL) with a message naming the field.  Functions that return text
 * set *out to NULL on failure; free the text with free(). */
/* xxgk_db_set (and xxgk_figure_set, xxgk_narrative_set) return 0 when the value is recorded, 1
 * when it was set again as it was (nothing recorded). */
XXGK_EXTERN int xxgk_db_set(xxgk_db *db, const char *key, const char *value);
/* Whether xxgk_db_set would take the value for key, without a register: 0, or the code and
 * message it would refuse it with. */
XXGK_EXTERN int xxgk_db_setting_check(const char *key, const char *value);
/* *out is malloc'd, or NULL when unset. */
XXGK_EXTERN int xxgk_db_get(xxgk_db *db, const char *key, char **out);

/* ---- calendar ---- */

/* Import a holiday table (CSV: date,kind,name; UTF-8, GB18030 or UTF-16 with a byte order
 * mark).  The years it has a table for (xxgk_calendar_table_day) have their arrangement
 * replaced: the days an earlier import of the year brought, its last days of December before
 * included, give way to the file's.  Its days of other years (late December in next year's
 * 元旦 arrangement) are added to what is there.  A file without a single day is refused, and
 * so is a year given with fewer than XXGK_CALENDAR_MIN_HOLIDAYS weekdays off (it would replace a
 * whole table).  Every request's deadline is recomputed.  *moved (malloc'd text) says what
 * happened: one line per year replaced ("2026: 40 days from FILE replace 39 from built-in",
 * counting the year's own days), one per day of another year the replaced arrangement gave
 * and the new one does not ("2025-12-31: no longer a holiday (...)"), one per year given days
 * only added ("2025: 2 days from FILE added to its table"), then one per request whose
 * deadline moved ("ID old -> new", " (closed)" after a closed one's), or "no deadline
 * moved". */
XXGK_EXTERN int xxgk_db_calendar_import(xxgk_db *db, const char *csv, size_t len,
                                        const char *name, char **moved);

/* ---- requests ---- */

typedef struct {
    const char *id;             /* the agency's own number, e.g. "2024-017"; unique, and kept
                                 * and found as NFKC (２０２４－０１７ is 2024-017), as case IDs */
    const char *applicant;      /* name */
    const char *applicant_type; /* natural, business, research, nonprofit, legal, other */
    const char *applicant_id;   /* ID document number, or NULL */
    const char *contact;        /* or NULL */
    const char *channel;        /* in_person, post, online, fax, email, other (Art. 31) */
    const char *received;       /* YYYY-MM-DD, the Art. 31 date of receipt for the channel */
    const char *description;    /* the information asked for */
    const char *form;           /* form and delivery wanted, or NULL */
    const char *note;           /* the agency's remarks (备注), or NULL */
} xxgk_request;

XXGK_EXTERN int xxgk_request_add(xxgk_db *db, const xxgk_request *req);

/* Correct one field of a recorded request: applicant, type, applicant-id, contact, channel,
 * received, description or form (value NULL or "" clears an optional one).  Checked as
 * xxgk_request_add checks a new request; a new date of receipt recomputes the deadline and is
 * refused when an event would then be refused.  Audited (old -> new); a refusal changes
 * nothing.  Returns 1 when the field already held that value (nothing changed). */
XXGK_EXTERN int xxgk_request_set(xxgk_db *db, const char *id, const char *field,
                                 const char *value);
/* The value of a field xxgk_request_set takes, as people read it (the applicant's type and the
 * channel in Chinese, or as keys in English), into *out (malloc'd: free() it); "" for an
 * optional field not recorded.  0, XXGK_EINVAL for no such field, XXGK_ENOTFOUND for no such
 * request. */
XXGK_EXTERN int xxgk_request_get(xxgk_db *db, const char *id, const char *field, char **out);
/* A field xxgk_request_set takes (its key or a Chinese name of it) named for people, into buf:
 * in Chinese its name (收到日期 for received), in English its key.  NULL when there is no such
 * field. */
XXGK_EXTERN const char *xxgk_request_field_name(const char *field, char *buf, size_t cap);

/* Event kinds, as the CLI names them:
 *   correction-notice DATE [--note ITEMS]    补正 notice (due within 7 working days of receipt)
 *   correction-received DATE                 corrected application: the clock restarts
 *   correction-expired DATE                  no correction in time: ends as 三（六）1
 *   still-unclear DATE                       unclear after correction: ends as 三（四）3
 *   consult-start DATE [--note PARTY]        third-party / other-agency consultation starts
 *   consult-end DATE                         ... and ends (the time between is not counted)
 *   extension DATE --days N --approver NAME  once, at most 20 working days
 *   fee-notice DATE --count | --pages N      the fee computed 按件 (the applicant's applications
 *                                            that calendar month) or 按量 (N pages); or --fee
 *                                            YUAN as decided; the time until payment is not
 *                                            counted
 *   fee-paid DATE
 *   fee-unpaid DATE                          ends as 三（六）2
 *   reply DATE --outcome ROW                 ends with one row of table 三 (see below)
 * Outcome rows are the JSON keys of table 三: granted, partly, withheld.1-8, unable.1-3,
 * not_processed.1-5, other.1-3; or a row's variant, counted in it, with a reply of its own:
 * granted.published (Art. 36(1)), unable.1.other_agency (Art. 36(5)); or a row's words, with a
 * remark in brackets after words of one row (部分公开（涉及个人隐私）) the reply's note when it
 * has none. */
typedef struct {
    const char *kind;
    const char *date;     /* YYYY-MM-DD */
    int days;             /* extension */
    const char *approver; /* extension */
    const char *outcome;  /* reply */
    long fee;             /* fee-notice, in yuan */
    const char *note;     /* free text: correction items, the consulted party, ... */
    int by_count;         /* fee-notice: compute the fee 按件 */
    long pages;           /* fee-notice: compute the fee 按量, for this many pages */
} xxgk_request_event;

/* Record an event; an event out of order, impossible for the request's state, with a field its
 * kind does not have (an outcome on anything but a reply; days or an approver on anything but
 * an extension; a fee on anything but a fee notice), an extension after the deadline, a second
 * fee notice before the first is settled, or naming an outcome that does not exist is refused
 * with XXGK_EINVAL and changes nothing; XXGK_ENOTFOUND when there is no such request.  The note
 * goes into the letters: the items to correct, the party consulted, the reason for an extension
 * or a reply.  A fee notice by_count or for `pages` gets its fee computed at the tiers of
 * 国办函〔2020〕109号 and the computation put before its note (the fee notice's 计算方式); one
 * whose fee so computed is nothing (the month's first ten, thirty pages or fewer), or differs
 * from a fee given with it, is refused. */
XXGK_EXTERN int xxgk_request_event_add(xxgk_db *db, const char *id, const xxgk_request_event *ev);

/* Take back the request's last event (one recorded by mistake), recomputing its status and
 * deadline.  The audit trail keeps what was taken back.  XXGK_EINVAL when it has none. */
XXGK_EXTERN int xxgk_request_event_undo(xxgk_db *db, const char *id);
/* The request's last event as people name it ("第3个事项（答复，2024-03-20）"), into *said
 * (malloc'd, the caller frees): what xxgk_request_event_undo would take back.  XXGK_EINVAL when
 * the request has none or is not there. */
XXGK_EXTERN int xxgk_request_last_event(xxgk_db *db, const char *id, char **said);

/* Delete a request entered by mistake (twice, or one that was never an application), with its
 * events, for the reason given (required, one line).  The audit trail keeps it whole, as a
 * table that xxgk_request_import reads back: nothing is lost.  XXGK_ENOTFOUND when there is no
 * such request. */
XXGK_EXTERN int xxgk_request_delete(xxgk_db *db, const char *id, const char *reason);

/* One line on where the request stands: status, due date or outcome, the wait it is in, what
 * is worth a second look (a fee paid after the 20 working days to pay, or never paid though the
 * request was answered; a fee notice sent after the due date), its last event (malloc'd; what
 * the command line says after each change). */
XXGK_EXTERN int xxgk_request_status(xxgk_db *db, const char *id, char **out);

/* The pairs of requests with the same applicant, date of receipt and description (one
 * application entered twice under two IDs?), a line each, "ID1\tID2\n" (malloc'd; "" when
 * none). */
XXGK_EXTERN int xxgk_request_twins(xxgk_db *db, char **out);

/* The request, its events, status and deadline with the computation explained, and how many
 * working days it is overdue on `today` (YYYY-MM-DD; NULL: the system date; XXGK_EINVAL when
 * not a date) (Chinese text, malloc'd). */
XXGK_EXTERN int xxgk_request_show(xxgk_db *db, const char *id, const char *today, char **out);

/* One line per request: ID, received, applicant type, status, due date.  year 0: all;
 * within >= 0: only open requests due within that many calendar days of `today` (YYYY-MM-DD,
 * NULL: the system date; XXGK_EINVAL when not a date) and those overdue.  *out is malloc'd
 * text. */
XXGK_EXTERN int xxgk_request_list(xxgk_db *db, int year, int within, const char *today,
                                  char **out);
/* The register as CSV, for a spreadsheet (UTF-8 with a byte order mark, which Excel needs to
 * read it as UTF-8): a header, then one row per request received in `year` (0: all), in order
 * of receipt: id, received, applicant, applicant_type, applicant_id, contact, channel,
 * description, form, status, due, overdue (1 when open past its due date on `today`, as above),
 * late (1 when answered after it, or closed as 三（六）1 or 2 after a notice sent after it),
 * due_estimated (1 when counted through a year with no holiday table), outcome, outcome_label,
 * closed, events (a JSON array of the events in order: kind, date, and
 * what each has of days, approver, outcome, fee, note).  Text that a spreadsheet would take for
 * a formula (starting with = + - @, after any leading 's) gets one more leading '; the import
 * takes one off again.  *out is malloc'd. */
XXGK_EXTERN int xxgk_request_export(xxgk_db *db, int year, const char *today, char **out);
/* The same table for people to read (an Excel workbook a clerk prints or passes on), in the
 * language set (xxgk_lang_set): in Chinese, its headers the import's Chinese names (编号, 收到日期,
 * …, 处理结果, 办结日期, 经过), applicant types, channels and statuses in words (自然人, 网络,
 * 办理中), overdue, late and estimated as 是 or nothing, the outcome as the register says it
 * (（六）3.其他) in place of outcome and outcome_label; in English, as xxgk_request_export.
 * request import reads it back.  *out is malloc'd. */
XXGK_EXTERN int xxgk_request_table(xxgk_db *db, int year, const char *today, char **out);
/* Requests from such a table (UTF-8 or GB18030, as spreadsheets save it, or an Excel
 * workbook: every sheet shown whose header names a ledger's columns, each a table of its own;
 * columns found by their header names, in any order: id, received, applicant, applicant_type,
 * channel and description required, applicant_id, contact, form, note optional; events
 * replayed in order, or a ledger's dates of them (补正告知日期, 延期告知日期 with 延期天数 and
 * 延期批准人 ...: an extension with no days the law's most, with no approver none, each said in
 * *notes) recorded in date order; outcome with closed recording the reply; any other column's
 * content kept in the note, "header：content" a line).  All or nothing: a bad row (a quote not
 * closed, more fields than the header, a closing date without an outcome, an event's days or
 * fee out of range) is named by its line, every bad row of every sheet, whatever its fault,
 * up to eight, and nothing is added.  name names the input in messages; *added receives the
 * number added; *notes (when notes is not NULL) what the import has to say besides (sheets
 * passed over; which header was read as which field; requests left open whose rows say they
 * were answered; outcomes read by their words before a remark; replies after the deadline
 * whose note speaks of an extension not recorded; how many are still open), a line each,
 * malloc'd, or NULL.  An export imported
 * into an empty register exports the same. */
XXGK_EXTERN int xxgk_request_import(xxgk_db *db, const char *data, size_t len, const char *name,
                                    size_t *added, char **notes);

/* ---- the rest of the year's figures ---- */

/* Section 二 figures for a year: key is a JSON path of the 2021 table ("regs.issued",
 * "normative.repealed", "licensing", "penalty", "coercion", "fees_wan_yuan").  现行有效
 * (in_force) not set for a year is carried: last year's in force + issued - repealed.  0 when
 * recorded, 1 when it already held that value (nothing recorded). */
XXGK_EXTERN int xxgk_figure_set(xxgk_db *db, int year, const char *key, double value);
/* The number in force (现行有效) of the row key names (regs.*, normative.*, or the table's
 * words) for year: as set, or carried as xxgk_figure_set says.  XXGK_ENOTFOUND for a key of
 * another row (licensing ...). */
XXGK_EXTERN int xxgk_figure_in_force(xxgk_db *db, int year, const char *key, double *out);
/* The section 二 figures of a year never set, their keys comma-separated ("" for none), both
 * malloc'd: in *zero those a report would print as 0; in *counted the 现行有效 figures no year
 * up to this one has, which a report counts from 0 by the years' issued and repealed. */
XXGK_EXTERN int xxgk_figures_unset(xxgk_db *db, int year, char **zero, char **counted);

/* A reconsideration or litigation case: kind reconsideration | litigation_direct |
 * litigation_after_review; result upheld | corrected | other, with the date it was decided,
 * or NULL (or "pending") while pending; the Chinese words of section 四's header (行政复议,
 * 维持, ...) are taken too.  Setting an existing ID of the same kind and filing date updates
 * the case (its result, its decision; audited, old -> new): returns 1 then, 2 when it was set
 * again as it was (nothing recorded), 0 for a new case.  One of another kind or filing date is
 * refused (XXGK_EINVAL, saying what is recorded): another case given an ID in use by mistake
 * would be lost from section 四. */
XXGK_EXTERN int xxgk_case_set(xxgk_db *db, const char *id, const char *kind, const char *filed,
                              const char *result, const char *decided);
/* xxgk_case_set, but with replace a case of another kind or filing date recorded under the ID
 * is replaced (the user says it was recorded wrong: returns 3 then), and *changes (when
 * changes is not NULL) receives what changed of a case recorded, field by field, in the user's
 * language (类型 已由“行政复议”改为“复议后起诉”；提起日期 已由……: malloc'd; NULL for a new
 * case, one set as it was, or an error). */
XXGK_EXTERN int xxgk_case_update(xxgk_db *db, const char *id, const char *kind,
                                 const char *filed, const char *result, const char *decided,
                                 int replace, char **changes);
/* Delete a case entered by mistake, for the reason given (required, one line); the audit
 * trail keeps what it was.  XXGK_ENOTFOUND when there is no such case. */
XXGK_EXTERN int xxgk_case_delete(xxgk_db *db, const char *id, const char *reason);
/* The cases of a year (0: all): filed by its end and not decided before it begins, one line
 * each ("ID  kind filed DATE result DATE" or "... pending"; malloc'd). */
XXGK_EXTERN int xxgk_case_list(xxgk_db *db, int year, char **out);

/* The narrative of section 1-6 for a year 2019-2100 (replaces the generated draft); NULL takes
 * the written text away, the section drafted from the figures again (the trail keeps it).  0
 * when recorded, 1 when the section already had that text (nothing recorded). */
XXGK_EXTERN int xxgk_narrative_set(xxgk_db *db, int year, int section, const char *text);

/* The annual report for a year, built from the register: the three tables computed, the
 * narrative stored (or drafted from the figures), the 信息处理费 sentence in 六, the agency's
 * name and the date (YYYY-MM-DD; NULL: today).  year is 2019-2100; XXGK_EINVAL when the
 * register has no agency name.  Free with xxgk_report_free. */
XXGK_EXTERN int xxgk_register_report(xxgk_report **out, xxgk_db *db, int year,
                                     const char *date);

/* What the register knows that report r of year (as xxgk_register_report built it) says
 * otherwise: a sentence about requests saying every one was answered in time (均在法定期限内
 * 答复, 均按期, 无逾期, 逾期答复0件, 按时办结率100%) while some closed in the year were answered
 * late; an amount of 信息处理费 collected other than the register's.  *out: a line for each
 * (malloc'd), or NULL when there is nothing to say. */
XXGK_EXTERN int xxgk_register_claims(xxgk_db *db, int year, const xxgk_report *r, char **out);

/* Record that the report of year was written (r: as xxgk_register_report built it), on the
 * audit trail too: the figures the register gives that year later are held against it. */
XXGK_EXTERN int xxgk_report_mark_written(xxgk_db *db, int year, const xxgk_report *r);
typedef struct {
    int year;
    char written[11]; /* the day its report was last written, YYYY-MM-DD */
} xxgk_report_stale;
/* The years whose report was written and whose figures the register now gives otherwise (a
 * request, case or figure of the year changed since: a figure of its tables, to the 分, or of
 * the 信息处理费 sentence of 六): up to cap of them into out, oldest first; returns how many, or
 * an error code. */
XXGK_EXTERN int xxgk_reports_stale(xxgk_db *db, xxgk_report_stale *out, int cap);

/* A letter for a request, as text: kind is correction-notice (补正告知书), extension-notice
 * (延期答复告知书), consultation-letter (第三方意见征询函), agency-consultation-letter
 * (征求意见函, Art. 34: to an agency that made the information jointly), fee-notice
 * (收费通知书) or reply (答复书, chosen by the request's outcome).  tmpl/tmpl_len: the agency's
 * own template, or NULL for the built-in one (templates/ in the source); tmpl_name names it in
 * messages (NULL: the built-in one's name).  date: the letter's date, NULL for the date of the
 * event it records (the notice, the extension, the reply).  *out is malloc'd.  Returns 1, the
 * letter written, when a time limit it states counts days that have no holiday table yet (an
 * estimate, said in xxgk_error_last()). */
XXGK_EXTERN int xxgk_request_letter(xxgk_db *db, const char *id, const char *kind, const char *tmpl,
                                    size_t tmpl_len, const char *tmpl_name, const char *date,
                                    char **out);

/* 信息处理费 按件 for a request: the how-manyth application of the same applicant (name and ID)
 * in the calendar month of its receipt, and the fee at the tiers of 国办函〔2020〕109号, with the
 * computation (malloc'd text). */
XXGK_EXTERN int xxgk_request_fee(xxgk_db *db, const char *id, char **out);

/* The audit trail, oldest first, one line per change (malloc'd). */
XXGK_EXTERN int xxgk_db_audit(xxgk_db *db, char **out);

XXGK_END_DECLS

#endif
