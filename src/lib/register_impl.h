/* The register handle, shared by register.c and register_report.c. */
#ifndef XXGK_LIB_REGISTER_IMPL_H
#define XXGK_LIB_REGISTER_IMPL_H

#include "lib/store.h"
#include "util/buf.h"

struct xxgk_db {
    store s;
    xxgk_calendar *cal;    /* the calendar as last read (see register_calendar) */
    long long cal_version; /* the database's data_version it was read at */
};

/* The register's calendar as stored (the shipped table plus imports), a copy of the caller's
 * (free with xxgk_calendar_free).  It is read from the database once and kept, and read
 * again once another connection has written (a request's every event asks for it: an import
 * of thousands asked the database thousands of times). */
int register_calendar(xxgk_db *db, xxgk_calendar **out);
/* This connection has changed the calendar's tables: the kept calendar is read again. */
void register_calendar_forget(xxgk_db *db);

/* A request as stored, with its events in order. */
#define REGISTER_MAX_EVENTS 160

typedef struct {
    char kind[32];   /* correction-notice, extension, reply, ... */
    char date[11];   /* YYYY-MM-DD */
    int days;        /* an extension's working days */
    char outcome[32]; /* a reply's row of table 三 */
    long fee;        /* a fee notice's amount in yuan */
    char *approver, *note; /* NULL when not recorded */
} stored_event;

typedef struct {
    char *id, *applicant, *type, *channel, *received, *description, *form, *applicant_id,
        *contact, *note;
    char *due, *outcome; /* as last computed and stored; NULL when none */
    stored_event ev[REGISTER_MAX_EVENTS];
    int nev;
} req_rec;

/* XXGK_EINVAL, naming `what`, for a date later than tomorrow (a typo for another year). */
int register_not_future(xxgk_date d, const char *s, const char *what);
/* Whether year is one the register keeps figures for: 2019 to 2100, and not after the year
 * under way (which may be drafted).  0, or an error set (XXGK_EINVAL). */
int register_year_check(int year);
/* An event's kind as the user's language names it (延期答复 for extension). */
const char *register_kind_word(const char *kind);
/* Whether an event of this kind closes the request: a reply, or what ends it as a row of table
 * 三 (correction-expired, still-unclear, fee-unpaid). */
int register_kind_closes(const char *kind);
/* Whether s is a number as a spreadsheet writes a long one ("1.10101199001011E+17"). */
int register_sci_number(const char *s);
/* The first of a request's ID, applicant's ID and contact (NULL: not looked at) that is such a
 * number, named in the user's language, its value in *value; NULL when none is. */
const char *register_sci_field(const char *id, const char *applicant_id, const char *contact,
                               const char **value);
/* Whether an applicant's ID number is a resident identity card's, 17 digits and a check
 * character (GB 11643), whose check character is wrong, for an applicant of type (its key or
 * words: natural, 自然人, 公民): mistyped, it would also split one person's applications of a
 * month in two for the fee. */
int register_resident_id_wrong(const char *type, const char *n);
/* The length of the head of s that ends with a remark in brackets of either width (an outcome,
 * "部分公开（涉及个人隐私）": 部分公开; a ledger's header, "申请人姓名（名称）"), the remark, its
 * brackets left out, in *remark and *remark_len; 0 when there is no such remark, or no head
 * before it. */
size_t register_remark_split(const char *s, const char **remark, size_t *remark_len);
/* The words that deny a ground before it (不涉及个人隐私, 非重复申请), NULL-terminated: a remark on
 * an outcome, a reply's note. */
extern const char *const register_denials[];
/* A request's or case's ID as the register keeps and finds it: NFKC, so that ２０２４－００１
 * typed with a Chinese input method's full-width digits is request 2024-001.  malloc'd; NULL
 * when id is NULL, not UTF-8 (the checks that follow say so) or memory ran out: then use id. */
char *register_id(const char *id);
/* register_id, but an ID stored as typed (before IDs were kept as NFKC, when its NFKC form was
 * taken already) in `table` ("request", "review_case") is found by its exact spelling. */
char *register_key(struct xxgk_db *db, const char *id, const char *table);

/* 0 when s is a date (YYYY-MM-DD); else XXGK_EINVAL with a message headed `what` that says what
 * is wrong with it (no such day: how long the month is; another form: the forms taken). */
int register_valid_date(const char *s, xxgk_date *d, const char *what);

/* A date as people and spreadsheets write it (2024/3/1, 2024.3.1, 2024年3月1日, 2024-3-1,
 * 2024-03-01 00:00:00) as YYYY-MM-DD in out; anything else copied, for the checks that follow
 * to say what is wrong.  NULL gives NULL. */
const char *register_date_read(const char *in, char out[32]);
/* An outcome by its key or by the words of its row of table 三 ("予以公开",
 * "4.保护第三方合法权益", "（二）部分公开"), or by its words before a remark in brackets when
 * they name one row and the remark does not contradict it ("部分公开（涉及个人隐私）"), as the
 * register's key in out; anything else copied, as above.  NULL gives NULL. */
const char *register_outcome_read(const char *in, char out[64]);
/* register_outcome_read, and the remark (its brackets left out) of an outcome read by its words
 * before it ("部分公开（涉及个人隐私）": 涉及个人隐私) in *remark, allocated (NULL when there is
 * none, or remark is NULL). */
const char *register_outcome_read_remark(const char *in, char out[64], char **remark);
/* 0 when outcome reads as a row of table 三 (register_outcome_read); else XXGK_EINVAL with a
 * message that says why not and lists the rows to choose from (an extension, 延期答复, said to be
 * no outcome). */
int register_outcome_check(const char *outcome);

/* Load request id with its events into *q (free with register_request_free; after an error *q
 * holds nothing).  XXGK_ENOTFOUND with a message when there is no such request. */
int register_request_load(xxgk_db *db, const char *id, req_rec *q);
void register_request_free(req_rec *q);

/* Whether request q, with its deadline d as computed, waits for the applicant (to correct, to
 * pay) or a third party (to answer a consultation), and until when: the earliest end of a wait
 * not yet over, in until (YYYY-MM-DD), and in *what the wait and what to record when it ends. */
int register_waiting(const xxgk_calendar *cal, const req_rec *q, const xxgk_deadline *d,
                     char until[11], const char **what);

/* The due date of request q as it stood after its first nev events ("" when none). */
int register_due_after(const xxgk_calendar *cal, const req_rec *q, int nev, char due[11]);

/* What a listing of `year` (0: all years) as of `today` covers: the dates of receipt, as
 * from..to for SQL, and today (YYYY-MM-DD; NULL: the system's date) as *now.  XXGK_EINVAL when
 * today is not a date. */
int register_listing(int year, const char *today, xxgk_date *now, char from[16], char to[16]);
/* Whether a request with this status and due date (as stored) is open past its due date on
 * now; *due_date (if not NULL) receives the due date, 0 when there is none. */
int register_overdue(const char *status, const char *due, xxgk_date now, xxgk_date *due_date);
/* Whether a request was closed (as stored: YYYY-MM-DD, or NULL) after its due date, with
 * outcome (a row key, or NULL).  One closed because the applicant did not correct or pay
 * (三（六）1 and 2) was late only when the notice that stopped the clock came after the due
 * date: stopped is that notice's date (REGISTER_STOPPED_SQL gives it), NULL when there was none
 * recorded (a ledger that gives only the outcome cannot say whether it came in time). */
int register_late(const char *closed, const char *due, const char *outcome, const char *stopped);
/* A column of a query on table request: the date of the notice that stopped the clock of a
 * request closed as 三（六）1 (its 补正 notice) or 2 (its last fee notice), or NULL. */
#define REGISTER_STOPPED_SQL                                                                       \
    "(SELECT MAX(e.date) FROM event e WHERE e.request_id = request.id AND e.kind = CASE"          \
    " request.outcome WHEN 'other.1' THEN 'correction-notice' WHEN 'other.2' THEN 'fee-notice'"   \
    " END)"
/* The same for a request read with its events. */
const char *register_stopped(const req_rec *q, const char *outcome);
/* Replace one stored value and record old -> new in the audit trail, in one transaction.
 * select_old reads the old value with (a, b); upsert writes with (a, b, value); each binds
 * as many of them as it has '?'.  Returns 1 when it was set again as it was (nothing
 * recorded). */
int register_replace_audited(xxgk_db *db, const char *select_old, const char *upsert,
                             const char *tbl, const char *row, const char *field, const char *a,
                             const char *b, const char *value);
/* xxgk_request_event_add; with `replay` (an import replaying recorded history) the checks of
 * what an agency should do (the 20 working days to pay before fee-unpaid) are left out, those
 * of what can be at all stay. */
int register_event_add(xxgk_db *db, const char *id, const xxgk_request_event *ev, int replay);
/* The application that request id repeats (重复申请, Art. 36(6)): the latest one received
 * before it from the same applicant (the same ID number, or the same name where either has
 * none) asking the same (the description alike but for spaces and Unicode's ways of writing a
 * character), and answered otherwise than as a repeat, before this one came.  Its ID (in eid,
 * cap bytes), date of receipt and date of reply; 1 when there is one, 0 when none, or an error
 * code. */
int register_earlier_answer(xxgk_db *db, const char *id, char *eid, size_t cap,
                            char received[11], char closed[11]);
/* Request id as a table `request import` reads back: the header and its row, its events
 * included (what the audit trail keeps of a request deleted), in *out (malloc'd); the error of
 * register_request_load when there is no such request. */
int register_request_table(xxgk_db *db, const char *id, char **out);
/* Whether a due date (as stored) was counted through a year the calendar has no table for, as
 * plain weekdays (the holidays fixed by the date aside): an estimate until that year's table is
 * imported.  0 when there is no due date. */
int register_due_estimated(const xxgk_calendar *cal, const char *received, const char *due);

/* Whether `text` as section `section` of year's report would read back as written: no line of
 * it read as a table's figure or a section's heading (register_report.c).  0, or XXGK_EINVAL
 * naming the line. */
int register_report_try(xxgk_db *db, int year, int section, const char *text);

/* Whether s (NULL: nothing to check) may be stored as the field `what`: valid UTF-8 with no
 * control characters other than newline and tab in prose, and no direction overrides; a name
 * (an ID, a person) is also not blank, has no space of any width at either end, no invisible
 * character, and at most REGISTER_NAME_MAX characters; a line (a contact, a reason) is empty or
 * not blank, with no space at either end, and at most REGISTER_LINE_MAX characters.
 * XXGK_EENCODING / XXGK_EINVAL with a message naming the field. */
enum { REGISTER_TEXT_NAME, REGISTER_TEXT_LINE, REGISTER_TEXT_PROSE };
#define REGISTER_NAME_MAX 200
#define REGISTER_LINE_MAX 1000
int register_text_ok(const char *s, const char *what, int kind);

/* Finish a text result: on rc == 0 hand b over as *out (XXGK_ENOMEM if it ran out of memory);
 * otherwise free it, *out = NULL, and return rc. */
int register_text_out(xbuf *b, int rc, char **out);

/* A figure of section 二 as the register writes it (12, 12.5, 0.000001: never 1e-06). */
void register_figure_text(char *out, size_t cap, double value);

/* The row of table 三 an outcome names ("granted", "withheld.4"), or NULL; a variant of a row
 * ("granted.published", "unable.1.other_agency": its own reply, counted in the row) names it. */
const xxgk_row_spec *register_outcome_row(const char *outcome);

/* An outcome as people read it, into out: its row's label, a numbered row's after its group's
 * number, a variant's words after it ("（四）1.本机关不掌握相关政府信息（非本机关负责公开）");
 * "" for no row. Returns out. */
/* A stored key in Chinese, as the register's commands show it: an applicant type (自然人), a
 * channel (网络) or a status (办理中); the key itself when it is none of them. */
enum { REGISTER_SAID_TYPE, REGISTER_SAID_CHANNEL, REGISTER_SAID_STATUS };
const char *register_key_said(int kind, const char *key);
#define REGISTER_OUTCOME_SAID 192
const char *register_outcome_said(const char *outcome, char out[REGISTER_OUTCOME_SAID]);

/* The cell of section 二 (2021 format) a figure key names ("regs.issued", "licensing", or the
 * table's words: "规章.本年制发", "行政许可"), or -1; *amount tells whether it is money (may be
 * fractional), canon[0..cap) gets the key (each may be NULL). */
int register_figure_cell(const char *key, int *amount, char *canon, size_t cap);

#endif
