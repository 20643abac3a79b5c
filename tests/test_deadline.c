/* Unit tests of the reply deadline (src/lib/deadline.c) against the shipped holiday table.
 * Every expected date was counted by hand on the calendar from data/holidays-cn.csv; the
 * reasoning is written out for a few of them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "support.h"

#define D test_date

static const char *F(xxgk_date d)
{
    static char buf[4][11];
    static int k;
    k = (k + 1) % 4;
    xxgk_date_format(d, buf[k]);
    return buf[k];
}

#define EV(kind, date) {XXGK_EV_##kind, D(date), 0}
#define EXT(date, n) {XXGK_EV_EXTENSION, D(date), n}
#define N(a) (sizeof(a) / sizeof((a)[0]))

static xxgk_deadline compute(void **state, const char *receipt, const xxgk_event *ev, size_t n)
{
    xxgk_deadline d;
    if (xxgk_deadline_compute(&d, *state, D(receipt), ev, n) < 0)
        fail_msg("compute failed: %s", xxgk_error_last());
    return d;
}

/* The call fails with XXGK_EINVAL and a message holding `msg`. */
static void rejected(void **state, const xxgk_event *ev, size_t n, const char *msg)
{
    xxgk_deadline d;
    assert_int_equal(xxgk_deadline_compute(&d, *state, D("2024-03-01"), ev, n), XXGK_EINVAL);
    if (!strstr(xxgk_error_last(), msg))
        fail_msg("message '%s' lacks '%s'", xxgk_error_last(), msg);
}

static void test_plain(void **state)
{
    /* Received Friday 2024-02-02, across 春节 (02-10..17 off; Sundays 02-04 and 02-18 work):
     * 02-04 (1), 05-09 (2-6), 02-18 (7), 19-23 (8-12), 26-03-01 (13-17), 03-04..06 (18-20). */
    xxgk_deadline d = compute(state, "2024-02-02", NULL, 0);
    assert_string_equal(F(d.clock_start), "2024-02-02");
    assert_string_equal(F(d.due), "2024-03-06");
    assert_string_equal(F(d.correction_notice_due), "2024-02-18");
    assert_int_equal(d.base_days, 20);
    assert_int_equal(d.extension_days + d.excluded_days + d.paused + d.closed + d.guessed, 0);

    /* Received Friday 2024-10-11, the day before the 调休 Saturday 10-12, which is day 1:
     * 10-12 (1), 14-18 (2-6), 21-25 (7-11), 28-11-01 (12-16), 11-04..07 (17-20). */
    d = compute(state, "2024-10-11", NULL, 0);
    assert_string_equal(F(d.due), "2024-11-07");
    assert_string_equal(F(d.correction_notice_due), "2024-10-21");

    /* Received Friday 2024-09-27, across 国庆 (10-01..07 off; 09-29 and 10-12 work):
     * 09-29 (1), 09-30 (2), 10-08..11 (3-6), 10-12 (7), 14-18 (8-12), 21-25 (13-17),
     * 28-30 (18-20). */
    d = compute(state, "2024-09-27", NULL, 0);
    assert_string_equal(F(d.due), "2024-10-30");
    assert_string_equal(F(d.correction_notice_due), "2024-10-12");

    /* Received on a holiday (2024-10-03): counting starts on 10-08. */
    d = compute(state, "2024-10-03", NULL, 0);
    assert_string_equal(F(d.due), "2024-11-01");
    assert_string_equal(F(d.correction_notice_due), "2024-10-15");

    /* Year boundary: received Friday 2024-12-20: 12-23..27 (1-5), 30-31 (6-7), 2025-01-01 off,
     * 01-02..03 (8-9), 06-10 (10-14), 13-17 (15-19), 01-20 (20). */
    d = compute(state, "2024-12-20", NULL, 0);
    assert_string_equal(F(d.due), "2025-01-20");
    assert_string_equal(F(d.correction_notice_due), "2024-12-31");
    assert_int_equal(d.guessed, 0);
}

static void test_reply(void **state)
{
    xxgk_event ev[] = {EV(REPLY, "2024-03-01")};
    xxgk_deadline d = compute(state, "2024-02-02", ev, N(ev));
    assert_int_equal(d.closed, 1);
    assert_string_equal(F(d.due), "2024-03-06");
}

static void test_extension(void **state)
{
    /* 2024-12-20 + 40: day 20 is 2025-01-20; 21-24 (21-24), Sunday 01-26 (25), 01-27 (26),
     * 01-28..02-04 off, 02-05..07 (27-29), Saturday 02-08 (30), 10-14 (31-35), 17-21 (36-40). */
    xxgk_event ev[] = {EXT("2025-01-10", 20)};
    xxgk_deadline d = compute(state, "2024-12-20", ev, N(ev));
    assert_int_equal(d.extension_days, 20);
    assert_string_equal(F(d.due), "2025-02-21");

    xxgk_event twice[] = {EXT("2024-03-05", 5), EXT("2024-03-08", 5)};
    rejected(state, twice, N(twice), "event 2 (extension, 2024-03-08): a second extension");
    xxgk_event big[] = {EXT("2024-03-05", 21)};
    rejected(state, big, N(big), "event 1 (extension, 2024-03-05): an extension of 21");
    xxgk_event zero[] = {EXT("2024-03-05", 0)};
    rejected(state, zero, N(zero), "an extension of 0");
}

/* An application received before the revised 条例 came into force on 2019-05-15 is answered
 * under the 2007 条例's Art. 24: 15 working days, extended by at most 15, no time set for a 补正
 * notice. */
static void test_old_law(void **state)
{
    /* Tuesday 2019-05-14: 05-15..17 (1-3), 20-24 (4-8), 27-31 (9-13), 06-03..04 (14-15). */
    xxgk_deadline d = compute(state, "2019-05-14", NULL, 0);
    assert_int_equal(d.old_law, 1);
    assert_int_equal(d.base_days, 15);
    assert_int_equal(d.max_extension, 15);
    assert_string_equal(F(d.due), "2019-06-04");
    assert_int_equal(d.correction_notice_due, 0);
    /* the next day, the revised 条例: 05-16..17 (1-2), 20-24 (3-7), 27-31 (8-12), 06-03..06
     * (13-16), 06-07 端午 off, 10-13 (17-20) */
    d = compute(state, "2019-05-15", NULL, 0);
    assert_int_equal(d.old_law, 0);
    assert_string_equal(F(d.due), "2019-06-13");
    assert_string_equal(F(d.correction_notice_due), "2019-05-24");
    /* 15 more: 06-05..06 (16-17), 10-14 (18-22), 17-21 (23-27), 24-26 (28-30) */
    xxgk_event ext[] = {EXT("2019-05-20", 15)};
    d = compute(state, "2019-05-14", ext, N(ext));
    assert_string_equal(F(d.due), "2019-06-26");
    xxgk_event big[] = {EXT("2019-05-20", 16)};
    assert_int_equal(xxgk_deadline_compute(&d, *state, D("2019-05-14"), big, N(big)),
                     XXGK_EINVAL);
    assert_string_equal(xxgk_error_last(),
                        "event 1 (extension, 2019-05-20): an extension of 16 working days; the "
                        "2007 条例's Art. 24 (an application received before 2019-05-15) allows "
                        "1 to 15");
    /* a late notice is no late notice where no time was set */
    xxgk_event notice[] = {EV(CORRECTION_NOTICE, "2019-06-03")};
    d = compute(state, "2019-05-14", notice, N(notice));
    assert_int_equal(d.late_correction_notice, 0);
    char text[2048];
    assert_int_equal(xxgk_deadline_explain(&d, text, sizeof text), 0);
    assert_null(strstr(text, "补正告知期限"));
    /* Art. 24 excludes a third party's time, and no time to pay a fee.  Monday 2019-04-01:
     * 04-02..04 (1-3), 04-05 清明 off, 04-08 (4), consulted to 04-12 (09..12 not counted),
     * 04-15..19 (5-9) though a fee was asked on 04-15 and paid on 04-17, 22-26 (10-14), the
     * 调休 Sunday 04-28 (15). */
    xxgk_event both[] = {EV(CONSULT_START, "2019-04-08"), EV(CONSULT_END, "2019-04-12"),
                         EV(FEE_NOTICE, "2019-04-15"), EV(FEE_PAID, "2019-04-17")};
    d = compute(state, "2019-04-01", both, N(both));
    assert_int_equal(d.excluded_days, 4);
    assert_string_equal(F(d.due), "2019-04-28");
    assert_int_equal(xxgk_deadline_explain(&d, text, sizeof text), 0);
    assert_non_null(strstr(text, "2019-04-08至2019-04-12：征求第三方意见（2007年《条例》第二十四条"));
    assert_non_null(strstr(text, "2019-04-15起：通知缴费，2007年《条例》未规定扣除缴费时间，不扣除"));
    assert_non_null(strstr(text, "共扣除4个工作日"));
    /* an unpaid fee stops no clock either: 04-02..04 (1-3), 08-12 (4-8), 15-19 (9-13), 22-23
     * (14-15) */
    xxgk_event unpaid[] = {EV(FEE_NOTICE, "2019-04-15")};
    d = compute(state, "2019-04-01", unpaid, N(unpaid));
    assert_int_equal(d.paused, 0);
    assert_string_equal(F(d.due), "2019-04-23");
}

static void test_correction(void **state)
{
    /* Only the notice: the clock waits. */
    xxgk_event wait[] = {EV(CORRECTION_NOTICE, "2024-02-08")};
    xxgk_deadline d = compute(state, "2024-02-02", wait, N(wait));
    assert_int_equal(d.awaiting_correction, 1);
    assert_int_equal(d.due, 0);
    assert_int_equal(d.late_correction_notice, 0);

    /* The corrected application arrives Monday 2024-02-19; the extension and consultation
     * before it no longer matter.  02-20..23 (1-4), 26-03-01 (5-9), 03-04..08 (10-14),
     * 11-15 (15-19), 03-18 (20). */
    xxgk_event ev[] = {EXT("2024-02-05", 10), EV(CONSULT_START, "2024-02-05"),
                       EV(CONSULT_END, "2024-02-06"), EV(CORRECTION_NOTICE, "2024-02-08"),
                       EV(CORRECTION_RECEIVED, "2024-02-19")};
    d = compute(state, "2024-02-02", ev, N(ev));
    assert_int_equal(d.awaiting_correction, 0);
    assert_int_equal(d.corrected, 1);
    assert_string_equal(F(d.clock_start), "2024-02-19");
    assert_string_equal(F(d.due), "2024-03-18");
    assert_string_equal(F(d.correction_notice_due), "2024-02-18");
    assert_int_equal(d.extension_days, 0);
    assert_int_equal(d.nexcluded, 0);
    assert_int_equal(d.excluded_days, 0);
    /* (the explanation says what became of the extension) */
    assert_int_equal(d.voided_extension, 10);
    assert_int_equal(d.late_correction, 0);
    char why[2048];
    assert_int_equal(xxgk_deadline_explain(&d, why, sizeof why), 0);
    assert_non_null(strstr(why, "延期：无（收到补正前的10个工作日延期，随答复期限重新计算而失效）"));

    /* A new extension is allowed after the restart. */
    xxgk_event again[] = {EXT("2024-02-05", 10), EV(CORRECTION_NOTICE, "2024-02-08"),
                          EV(CORRECTION_RECEIVED, "2024-02-19"), EXT("2024-03-01", 1)};
    d = compute(state, "2024-02-02", again, N(again));
    assert_string_equal(F(d.due), "2024-03-19");
    assert_int_equal(d.extension_days, 1);

    /* A notice after 02-18 (the 7th working day) is late but accepted. */
    xxgk_event late[] = {EV(CORRECTION_NOTICE, "2024-02-19")};
    d = compute(state, "2024-02-02", late, N(late));
    assert_int_equal(d.late_correction_notice, 1);
    assert_int_equal(d.awaiting_correction, 1);

    /* The applicant's 15 working days from the notice of 02-08 run over 春节: 02-09 (1), the
     * 调休 Sunday 02-18 (2), 02-19..23 (3-7), 26-03-01 (8-12), 03-04..06 (13-15).  A
     * correction on the last of them is in time; one a day later is accepted, the restart
     * counted, but marked (Art. 30: late without good reason abandons the application). */
    xxgk_event last[] = {EV(CORRECTION_NOTICE, "2024-02-08"),
                         EV(CORRECTION_RECEIVED, "2024-03-06")};
    d = compute(state, "2024-02-02", last, N(last));
    assert_int_equal(d.late_correction, 0);
    xxgk_event after[] = {EV(CORRECTION_NOTICE, "2024-02-08"),
                          EV(CORRECTION_RECEIVED, "2024-03-07")};
    d = compute(state, "2024-02-02", after, N(after));
    assert_string_equal(F(d.late_correction), "2024-03-06");
    assert_string_equal(F(d.clock_start), "2024-03-07");
    assert_int_equal(d.corrected, 1);
    assert_int_equal(xxgk_deadline_explain(&d, why, sizeof why), 0);
    assert_non_null(strstr(why, "收到补正晚于补正告知给予的15个工作日（至2024-03-06）"));
    /* the 2007 条例 set the applicant no time */
    d = compute(state, "2019-02-01", after, N(after));
    assert_int_equal(d.late_correction, 0);
}

/* Regression: a 补正 notice after the deadline (history, a date of receipt corrected, a
 * holiday table imported) restarted the period that had run out, and one closed as 逾期不补正
 * had no due date.  Received 2024-03-01: due 2024-03-29 (03-04..08, 11-15, 18-22, 25-29). */
static void test_correction_after_deadline(void **state)
{
    xxgk_event received[] = {EV(CORRECTION_NOTICE, "2024-04-08"),
                             EV(CORRECTION_RECEIVED, "2024-04-15"), EV(REPLY, "2024-05-10")};
    xxgk_deadline d = compute(state, "2024-03-01", received, N(received));
    assert_string_equal(F(d.correction_after_due), "2024-03-29");
    assert_string_equal(F(d.clock_start), "2024-03-01");
    assert_string_equal(F(d.due), "2024-03-29");
    assert_int_equal(d.corrected, 0);
    assert_int_equal(d.closed, 1);
    /* still waiting, and closed unanswered (correction-expired is a reply): due all the same */
    d = compute(state, "2024-03-01", received, 1);
    assert_int_equal(d.awaiting_correction, 1);
    assert_string_equal(F(d.due), "2024-03-29");
    xxgk_event expired[] = {EV(CORRECTION_NOTICE, "2024-04-08"), EV(REPLY, "2024-05-06")};
    d = compute(state, "2024-03-01", expired, N(expired));
    assert_string_equal(F(d.due), "2024-03-29");
    char why[2048];
    assert_int_equal(xxgk_deadline_explain(&d, why, sizeof why), 0);
    assert_non_null(strstr(why, "补正告知晚于答复期限（2024-03-29）：期限已届满，补正不使其暂停或"
                                "重新计算\n"));
    assert_non_null(strstr(why, "到期日：2024-03-29\n"));
    assert_null(strstr(why, "已发出补正告知"));
    /* on the last day it is in time: the clock waits, then restarts: 04-01..03 (1-3), 04-04..06
     * off, the 调休 Sunday 04-07 (4), 08-12 (5-9), 15-19 (10-14), 22-26 (15-19), the 调休
     * Sunday 04-28 (20) */
    xxgk_event last[] = {EV(CORRECTION_NOTICE, "2024-03-29"),
                         EV(CORRECTION_RECEIVED, "2024-03-29")};
    d = compute(state, "2024-03-01", last, N(last));
    assert_int_equal(d.correction_after_due, 0);
    assert_int_equal(d.corrected, 1);
    assert_string_equal(F(d.due), "2024-04-28");
    /* an extension within the time keeps the period open longer: 10 more days to 04-15
     * (04-01..03, 07-12, 04-15), so a notice on 04-12 is in time and one on 04-16 is not */
    xxgk_event extended[] = {EXT("2024-03-20", 10), EV(CORRECTION_NOTICE, "2024-04-16"),
                             EV(CORRECTION_RECEIVED, "2024-04-17")};
    d = compute(state, "2024-03-01", extended, N(extended));
    assert_string_equal(F(d.correction_after_due), "2024-04-15");
    assert_string_equal(F(d.due), "2024-04-15");
    assert_int_equal(d.extension_days, 10);
    extended[1].date = D("2024-04-12");
    d = compute(state, "2024-03-01", extended, N(extended));
    assert_int_equal(d.correction_after_due, 0);
    assert_string_equal(F(d.clock_start), "2024-04-17");
    /* the 2007 条例 likewise: 15 days from 2019-02-01, the 调休 02-02 and 02-03 (1-2), 02-04..10
     * off, 11-15 (3-7), 18-22 (8-12), 25-27 (13-15) */
    xxgk_event old[] = {EV(CORRECTION_NOTICE, "2019-03-01"), EV(REPLY, "2019-03-20")};
    d = compute(state, "2019-02-01", old, N(old));
    assert_string_equal(F(d.correction_after_due), "2019-02-27");
    assert_string_equal(F(d.due), "2019-02-27");
}

static void test_consultation(void **state)
{
    /* Received Monday 2024-09-02; consultation from Thursday 09-05 (counted: day 3) to Friday
     * 09-20.  Removed: 09-06, 09-09..13, Saturday 09-14 (调休), 09-18..20 = 10 working days
     * (09-15..17 are 中秋).  Then 09-23..27 (4-8), Sunday 09-29 (9), 09-30 (10), 10-08..11
     * (11-14), Saturday 10-12 (15), 10-14..18 (16-20). */
    xxgk_event ev[] = {EV(CONSULT_START, "2024-09-05"), EV(CONSULT_END, "2024-09-20")};
    xxgk_deadline d = compute(state, "2024-09-02", ev, N(ev));
    assert_string_equal(F(d.due), "2024-10-18");
    assert_int_equal(d.excluded_days, 10);
    assert_int_equal(d.nexcluded, 1);
    assert_int_equal(d.excluded[0].days, 10);
    assert_int_equal(d.excluded[0].why, XXGK_EV_CONSULT_START);
    assert_int_equal(d.paused, 0);

    /* Still open: paused, no due date. */
    d = compute(state, "2024-09-02", ev, 1);
    assert_int_equal(d.paused, 1);
    assert_int_equal(d.due, 0);
    assert_int_equal(d.excluded[0].to, 0);

    /* Opened after the due date had passed (2024-09-30 without exclusions): still paused, but
     * the due date stays, since it came before the clock stopped. */
    xxgk_event late[] = {EV(CONSULT_START, "2024-10-08")};
    d = compute(state, "2024-09-02", late, N(late));
    assert_int_equal(d.paused, 1);
    assert_string_equal(F(d.due), "2024-09-30");

    /* Opened on the last day (received Friday 2024-03-01: day 20 is Friday 03-29): the time
     * had not run out, so the clock stops with nothing left of the period; once the pause
     * ends (Wednesday 04-10) the reply is due that day.  A day earlier (03-28, day 19), one
     * day is left: the next working day after the pause, 04-11. */
    xxgk_event last[] = {EV(CONSULT_START, "2024-03-29"), EV(CONSULT_END, "2024-04-10")};
    d = compute(state, "2024-03-01", last, 1);
    assert_int_equal(d.paused, 1);
    assert_int_equal(d.due, 0);
    d = compute(state, "2024-03-01", last, N(last));
    assert_string_equal(F(d.due), "2024-04-10");
    assert_int_equal(d.held, 1);
    char why[4096];
    assert_int_equal(xxgk_deadline_explain(&d, why, sizeof why), 0);
    assert_non_null(
        strstr(why, "到期日：2024-04-10（期限届满之日正暂停计时，暂停结束之日到期，遇休息日顺延）"));
    /* the span says what it did beyond the days it took from the count */
    assert_non_null(strstr(why, "2024-03-29至2024-04-10：征求第三方或其他机关意见（第三十二条、"
                                "第三十四条），扣除0个工作日；期限届满时尚未结束，到期日顺延至其"
                                "结束（该期间含7个工作日）\n"));
    assert_int_equal(d.excluded[0].holds, 1);
    /* it removed no day from the count, yet lasted 7 working days (清明 04-04..06 off, Sunday
     * 04-07 worked); one held to 05-06 lasted 23, more than a third party's 15: pointed out */
    assert_int_equal(d.excluded[0].days, 0);
    assert_int_equal(d.excluded[0].length, 7);
    assert_int_equal(d.excluded[0].too_long, 0);
    assert_null(strstr(why, "超过第三方答复期限"));
    xxgk_event held_long[] = {EV(CONSULT_START, "2024-03-29"), EV(CONSULT_END, "2024-05-06")};
    d = compute(state, "2024-03-01", held_long, N(held_long));
    assert_int_equal(d.excluded[0].length, 23);
    assert_int_equal(d.excluded[0].too_long, 1);
    assert_int_equal(xxgk_deadline_explain(&d, why, sizeof why), 0);
    assert_non_null(strstr(why, "扣除0个工作日；期限届满时尚未结束，到期日顺延至其结束（该期间"
                                "含23个工作日）（超过第三方答复期限15个工作日，请核对）"));
    /* the pause ends on Saturday 04-06, in 清明's days off: due Sunday 04-07, a day worked */
    xxgk_event off[] = {EV(CONSULT_START, "2024-03-29"), EV(CONSULT_END, "2024-04-06"),
                        EV(FEE_NOTICE, "2024-04-06")};
    d = compute(state, "2024-03-01", off, 2);
    assert_string_equal(F(d.due), "2024-04-07");
    /* ... and a fee notice that day stops the clock again: paused, no due date */
    d = compute(state, "2024-03-01", off, 3);
    assert_int_equal(d.paused, 1);
    assert_int_equal(d.due, 0);
    assert_int_equal(d.held, 0);
    assert_int_equal(xxgk_deadline_explain(&d, why, sizeof why), 0);
    assert_non_null(strstr(why, "到期日：计时暂停中"));
    xxgk_event day19[] = {EV(CONSULT_START, "2024-03-28"), EV(CONSULT_END, "2024-04-10")};
    d = compute(state, "2024-03-01", day19, N(day19));
    assert_string_equal(F(d.due), "2024-04-11");
    /* A fee notice sent while that pause held the deadline (04-08) holds it on until paid. */
    xxgk_event chain[] = {EV(CONSULT_START, "2024-03-29"), EV(FEE_NOTICE, "2024-04-08"),
                          EV(CONSULT_END, "2024-04-10"), EV(FEE_PAID, "2024-04-15")};
    d = compute(state, "2024-03-01", chain, N(chain));
    assert_string_equal(F(d.due), "2024-04-15");
    d = compute(state, "2024-03-01", chain, 3);
    assert_int_equal(d.paused, 1);
    assert_int_equal(d.due, 0);
    /* (held by none while the fee notice stops the clock: no "due at its end" said) */
    assert_int_equal(d.excluded[0].holds, 0);
    assert_int_equal(xxgk_deadline_explain(&d, why, sizeof why), 0);
    assert_null(strstr(why, "到期日顺延至其结束"));

    /* A reply ends a consultation still open. */
    xxgk_event replied[] = {EV(CONSULT_START, "2024-09-05"), EV(REPLY, "2024-09-20")};
    d = compute(state, "2024-09-02", replied, N(replied));
    assert_int_equal(d.closed, 1);
    assert_int_equal(d.paused, 0);
    assert_string_equal(F(d.due), "2024-10-18");
    assert_int_equal(d.excluded[0].too_long, 0);
    assert_int_equal(d.excluded[0].holds, 0);
    /* ... and one left open past a third party's 15 working days, till the reply, is pointed
     * out as one ended by its own event is: 02-02..03-20 held 31 working days */
    xxgk_event forgotten[] = {EV(CONSULT_START, "2024-02-01"), EV(REPLY, "2024-03-20")};
    d = compute(state, "2024-01-15", forgotten, N(forgotten));
    assert_int_equal(d.excluded[0].length, 31);
    assert_int_equal(d.excluded[0].too_long, 1);
    assert_int_equal(xxgk_deadline_explain(&d, why, sizeof why), 0);
    assert_non_null(strstr(why, "（至办结时尚未结束，超过第三方答复期限15个工作日，请核对）"));
}

static void test_fee_and_overlap(void **state)
{
    /* Received Friday 2024-03-01; fee notice Tuesday 03-05 (day 2), paid Thursday 03-14.
     * Removed: 03-06..08, 11-14 = 7.  Then 03-15 (3), 18-22 (4-8), 25-29 (9-13),
     * 04-01..03 (14-16), 04-04..06 清明, Sunday 04-07 (17), 04-08..10 (18-20). */
    xxgk_event fee[] = {EV(FEE_NOTICE, "2024-03-05"), EV(FEE_PAID, "2024-03-14")};
    xxgk_deadline d = compute(state, "2024-03-01", fee, N(fee));
    assert_string_equal(F(d.due), "2024-04-10");
    assert_int_equal(d.excluded_days, 7);
    assert_int_equal(d.excluded[0].why, XXGK_EV_FEE_NOTICE);

    /* The same days covered by a consultation (03-05..12) and a fee notice (03-07..14) that
     * overlap: each day is removed once, so the due date is the same. */
    xxgk_event both[] = {EV(CONSULT_START, "2024-03-05"), EV(FEE_NOTICE, "2024-03-07"),
                         EV(CONSULT_END, "2024-03-12"), EV(FEE_PAID, "2024-03-14")};
    d = compute(state, "2024-03-01", both, N(both));
    assert_string_equal(F(d.due), "2024-04-10");
    assert_int_equal(d.excluded_days, 7);
    assert_int_equal(d.nexcluded, 2);
    assert_int_equal(d.excluded[0].days, 5); /* 03-06, 07, 08, 11, 12 */
    assert_int_equal(d.excluded[1].days, 2); /* 03-13, 14: the rest was already removed */

    /* Fee notice open: paused. */
    d = compute(state, "2024-03-01", fee, 1);
    assert_int_equal(d.paused, 1);
    assert_int_equal(d.due, 0);
    /* ... with the consultation that began before it ended: the consultation has all its
     * days, those after the notice too, as it will once the fee is paid */
    d = compute(state, "2024-03-01", both, 3);
    assert_int_equal(d.paused, 1);
    assert_int_equal(d.due, 0);
    assert_int_equal(d.excluded[0].days, 5);
    assert_int_equal(d.excluded[1].days, 0);
    assert_int_equal(d.excluded_days, 5);
    /* ... and with the notice first, the consultation inside its time: the days are the
     * notice's, still running, none the consultation's */
    xxgk_event inside[] = {EV(FEE_NOTICE, "2024-03-05"), EV(CONSULT_START, "2024-03-06"),
                           EV(CONSULT_END, "2024-03-08")};
    d = compute(state, "2024-03-01", inside, N(inside));
    assert_int_equal(d.paused, 1);
    assert_int_equal(d.excluded_days, 0);
}

static void test_unknown_year(void **state)
{
    /* Received Tuesday 2026-12-15: 12-16..18 (1-3), 21-25 (4-8), 28-31 (9-12), 2027-01-01
     * off (no 2027 table, but 元旦 is always a holiday), 01-04..08 (13-17), 01-11..13
     * (18-20). */
    xxgk_deadline d = compute(state, "2026-12-15", NULL, 0);
    assert_string_equal(F(d.due), "2027-01-13");
    assert_int_equal(d.guessed, 1);
    assert_string_equal(F(d.correction_notice_due), "2026-12-24");
    d = compute(state, "2026-11-02", NULL, 0);
    assert_int_equal(d.guessed, 0);
    /* 2027's 元旦 arrangement may take or give the last week of December 2026 (2019's took
     * 2018-12-30 and 31): a deadline that counts a day of it is an estimate until 2027 has a
     * table.  Received Thursday 11-26, due Thursday 12-24: known; a day later, due 12-25. */
    d = compute(state, "2026-11-26", NULL, 0);
    assert_string_equal(F(d.due), "2026-12-24");
    assert_int_equal(d.guessed, 0);
    d = compute(state, "2026-11-27", NULL, 0);
    assert_string_equal(F(d.due), "2026-12-25");
    assert_int_equal(d.guessed, 1);
    xxgk_calendar *with_2027;
    assert_int_equal(xxgk_calendar_new(&with_2027), 0);
    assert_int_equal(xxgk_calendar_load_builtin(with_2027), 0);
    assert_int_equal(xxgk_calendar_mark_year(with_2027, 2027), 0);
    xxgk_deadline k;
    assert_int_equal(xxgk_deadline_compute(&k, with_2027, D("2026-11-27"), NULL, 0), 0);
    assert_string_equal(F(k.due), "2026-12-25");
    assert_int_equal(k.guessed, 0);
    xxgk_date r;
    int guessed = -1;
    assert_int_equal(xxgk_calendar_add_workdays(*state, D("2026-12-18"), 5, &r, &guessed), 0);
    assert_string_equal(F(r), "2026-12-25");
    assert_int_equal(guessed, 1);
    assert_int_equal(xxgk_calendar_add_workdays(with_2027, D("2026-12-18"), 5, &r, &guessed), 0);
    assert_int_equal(guessed, 0);
    xxgk_calendar_free(with_2027);
}

static void test_invalid_events(void **state)
{
    xxgk_event end[] = {EV(CONSULT_END, "2024-03-05")};
    rejected(state, end, N(end), "event 1 (consultation end, 2024-03-05): no consultation start");
    xxgk_event paid[] = {EV(CONSULT_START, "2024-03-04"), EV(FEE_PAID, "2024-03-05")};
    rejected(state, paid, N(paid), "event 2 (fee paid, 2024-03-05): no fee notice is open");
    xxgk_event corr[] = {EV(CORRECTION_RECEIVED, "2024-03-05")};
    rejected(state, corr, N(corr), "event 1 (correction received, 2024-03-05): no correction");
    xxgk_event before[] = {EV(REPLY, "2024-02-29")};
    rejected(state, before, N(before), "event 1 (reply, 2024-02-29): before the receipt");
    xxgk_event order[] = {EV(CONSULT_START, "2024-03-08"), EV(CONSULT_END, "2024-03-06")};
    rejected(state, order, N(order), "event 2 (consultation end, 2024-03-06): earlier than");
    xxgk_event after[] = {EV(REPLY, "2024-03-08"), EV(EXTENSION, "2024-03-09")};
    rejected(state, after, N(after), "event 2 (extension, 2024-03-09): after the reply");
    xxgk_event two[] = {EV(CORRECTION_NOTICE, "2024-03-04"), EV(CORRECTION_RECEIVED, "2024-03-06"),
                        EV(CORRECTION_NOTICE, "2024-03-07")};
    rejected(state, two, N(two), "event 3 (correction notice, 2024-03-07): a second correction");
    xxgk_event waiting[] = {EV(CORRECTION_NOTICE, "2024-03-04"), EV(CONSULT_START, "2024-03-06")};
    rejected(state, waiting, N(waiting), "event 2 (consultation start, 2024-03-06): the "
                                         "application awaits correction");
    xxgk_event open[] = {EV(FEE_NOTICE, "2024-03-04"), EV(CORRECTION_NOTICE, "2024-03-06")};
    rejected(state, open, N(open), "event 1 (fee notice) is still open");
    xxgk_event kind[] = {{(xxgk_event_kind)99, D("2024-03-04"), 0}};
    rejected(state, kind, N(kind), "event 1: unknown kind");

    xxgk_event many[XXGK_DEADLINE_MAX_SPANS + 1];
    for (size_t i = 0; i < N(many); i++)
        many[i] = (xxgk_event)EV(CONSULT_START, "2024-03-04");
    xxgk_deadline d;
    assert_int_equal(xxgk_deadline_compute(&d, *state, D("2024-03-01"), many, N(many)),
                     XXGK_ELIMIT);
}

static void test_explain(void **state)
{
    static char buf[XXGK_DEADLINE_EXPLAIN_MAX];
    xxgk_event ev[] = {EV(CONSULT_START, "2024-09-05"), EV(CONSULT_END, "2024-09-20"),
                       EXT("2024-09-25", 5)};
    xxgk_deadline d = compute(state, "2024-09-02", ev, N(ev));
    assert_int_equal(xxgk_deadline_explain(&d, buf, sizeof buf), 0);
    const char *want[] = {"起算日：2024-09-02（收到申请之日",
                          "计入的工作日：20个（法定期限）+ 5个（延期）= 25个",
                          "2024-09-05至2024-09-20：征求第三方或其他机关意见",
                          "扣除10个工作日", "延期：5个工作日", "到期日：2024-10-25"};
    for (size_t i = 0; i < N(want); i++)
        if (!strstr(buf, want[i]))
            fail_msg("explanation lacks '%s':\n%s", want[i], buf);
    assert_null(strstr(buf, "注："));
    assert_null(strstr(buf, "请核对"));

    /* a consultation longer than a third party's 15 working days is pointed out */
    xxgk_event slow[] = {EV(CONSULT_START, "2024-03-04"), EV(CONSULT_END, "2024-03-26")};
    d = compute(state, "2024-03-01", slow, N(slow));
    assert_int_equal(xxgk_deadline_explain(&d, buf, sizeof buf), 0);
    assert_non_null(strstr(buf, "扣除16个工作日（超过第三方答复期限15个工作日，请核对）"));

    /* what a corrected application voided is said, a new extension or not; a pause begun
     * after the deadline took no day, and says why */
    xxgk_event redo[] = {EV(CONSULT_START, "2024-03-04"), EXT("2024-03-05", 10),
                         EV(CONSULT_END, "2024-03-06"), EV(CORRECTION_NOTICE, "2024-03-07"),
                         EV(CORRECTION_RECEIVED, "2024-03-11"), EXT("2024-03-12", 20)};
    d = compute(state, "2024-03-01", redo, N(redo));
    assert_int_equal(d.voided_spans, 1);
    assert_int_equal(xxgk_deadline_explain(&d, buf, sizeof buf), 0);
    assert_non_null(strstr(buf, "扣除的期间：无（收到补正前的1段征求意见或缴费期间，随答复期限重新"
                                "计算而不再扣除）"));
    assert_non_null(strstr(buf, "延期：20个工作日（第三十三条，经机构负责人同意并告知申请人；"
                                "收到补正前的10个工作日延期已失效）"));
    xxgk_event after[] = {EV(CONSULT_START, "2024-03-30"), EV(CONSULT_END, "2024-04-08")};
    d = compute(state, "2024-03-01", after, N(after));
    assert_string_equal(F(d.due), "2024-03-29");
    assert_int_equal(xxgk_deadline_explain(&d, buf, sizeof buf), 0);
    assert_non_null(strstr(buf, "扣除0个工作日（开始时期限已届满，不影响到期日）"));

    d = compute(state, "2026-12-15", NULL, 0);
    assert_int_equal(xxgk_deadline_explain(&d, buf, sizeof buf), 0);
    assert_non_null(strstr(buf, "注：涉及的日期中有年份尚无节假日安排表"));
    assert_non_null(strstr(buf, "扣除的期间：无"));

    /* Too small: an error, and the text ends at a whole line. */
    char small[64];
    assert_int_equal(xxgk_deadline_explain(&d, small, sizeof small), XXGK_ELIMIT);
    assert_true(small[0] == '\0' || small[strlen(small) - 1] == '\n');

    /* The longest explanation fits in XXGK_DEADLINE_EXPLAIN_MAX bytes, with room to spare (an
     * old law's line, a note on a year with no table): every span a consultation of four weeks, one
     * after the other, each pointed out as longer than 15 working days. */
    xxgk_event many[XXGK_DEADLINE_MAX_SPANS * 2];
    for (size_t i = 0; i < XXGK_DEADLINE_MAX_SPANS; i++) {
        many[2 * i] = (xxgk_event){XXGK_EV_CONSULT_START, D("2024-01-03") + 28 * (xxgk_date)i, 0};
        many[2 * i + 1] = (xxgk_event){XXGK_EV_CONSULT_END, many[2 * i].date + 28, 0};
    }
    d = compute(state, "2024-01-02", many, N(many));
    assert_int_equal(d.nexcluded, XXGK_DEADLINE_MAX_SPANS);
    d.extension_days = 20;
    d.voided_extension = 20;
    d.voided_spans = XXGK_DEADLINE_MAX_SPANS;
    d.closed = d.guessed = d.late_correction_notice = d.corrected = 1;
    d.correction_after_due = d.due;
    assert_int_equal(xxgk_deadline_explain(&d, buf, sizeof buf), 0);
    assert_true(strlen(buf) < sizeof buf / 2);
    assert_non_null(strstr(buf, "  2025-02-26至2025-03-26：征求第三方或其他机关意见（第三十二条、"
                                "第三十四条），扣除20个工作日（超过第三方答复期限15个工作日，请核对）"));
}

int main(void)
{
    xxgk_lang_set(XXGK_LANG_EN); /* the messages asserted here are the English ones */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain),         cmocka_unit_test(test_reply),
        cmocka_unit_test(test_extension),     cmocka_unit_test(test_correction),
        cmocka_unit_test(test_consultation),  cmocka_unit_test(test_fee_and_overlap),
        cmocka_unit_test(test_unknown_year),  cmocka_unit_test(test_invalid_events),
        cmocka_unit_test(test_explain),       cmocka_unit_test(test_old_law),
        cmocka_unit_test(test_correction_after_deadline),
    };
    return cmocka_run_group_tests(tests, calendar_setup, calendar_teardown);
}
