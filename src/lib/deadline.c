/*
 * The statutory reply deadline of a disclosure request (条例 Art. 30, 32-34; fees: Art. 42 and
 * 国办函〔2020〕109号), computed from the receipt date and the request's events, and explained.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "lib/error.h"
#include "xxgk/xxgk.h"

#define OPEN 0 /* `to` of a span not yet ended (no real event falls on 1970-01-01) */

static const char *kind_name(xxgk_event_kind k)
{
    static const char *const names[] = {"correction notice", "correction received",
                                        "consultation start", "consultation end",
                                        "extension",          "fee notice",
                                        "fee paid",           "reply"};
    static const char *const names_zh[] = {"补正告知", "收到补正", "征求意见", "征求意见结束",
                                           "延期",     "收费通知", "缴费",     "答复"};
    if ((unsigned)k >= sizeof names / sizeof names[0])
        return TR("未知事项", "unknown event");
    return TR(names_zh[k], names[k]);
}

/* Message for event i, counted from 1 as people count: "event 3 (fee paid, 2024-03-14): ...",
 * "第3个事项（缴费，2024-03-14）：...". */
#define EV_ERR(code, zh, en, ...)                                                              \
    err_set(code, TR("第%zu个事项（%s，%s）：" zh, "event %zu (%s, %s): " en), i + 1,           \
            kind_name(e->kind), ds, __VA_ARGS__)

/* The first span holding day (from < day <= to, a span still open holding every day after
 * its start) that takes it: d->nexcluded when none. */
static int span_of(const xxgk_deadline *d, xxgk_date day)
{
    int k = 0;
    while (k < d->nexcluded &&
           (d->excluded[k].uncounted || !(d->excluded[k].from < day &&
                                          (d->excluded[k].to == OPEN || day <= d->excluded[k].to))))
        k++;
    return k;
}

/* With the clock stopped from a span still open, the working days from `day` on that spans
 * already ended hold, counted to them as they will be once it ends (a consultation ended
 * while a fee notice waits is shown with all its days, not those before the notice). */
static void ended_spans(xxgk_deadline *d, const xxgk_calendar *cal, xxgk_date day)
{
    xxgk_date last = 0;
    for (int k = 0; k < d->nexcluded; k++)
        if (!d->excluded[k].uncounted && d->excluded[k].to != OPEN && d->excluded[k].to > last)
            last = d->excluded[k].to;
    for (; day <= last; day++) {
        int k = xxgk_calendar_is_workday(cal, day) ? span_of(d, day) : d->nexcluded;
        if (k < d->nexcluded && d->excluded[k].to != OPEN) {
            d->excluded[k].days++;
            d->excluded_days++;
        }
    }
}

/* Count base + extension working days from d->clock_start, skipping the working days inside
 * the excluded spans; stop (due = 0) on reaching the start of a span still open. */
static int walk(xxgk_deadline *d, const xxgk_calendar *cal)
{
    int target = d->base_days + d->extension_days, counted = 0;
    xxgk_date open_from = 0, day = d->clock_start;
    for (int k = 0; k < d->nexcluded; k++)
        if (d->excluded[k].to == OPEN && !d->excluded[k].uncounted &&
            (open_from == 0 || d->excluded[k].from < open_from))
            open_from = d->excluded[k].from;
    d->paused = open_from != 0;
    while (counted < target) {
        day++;
        if (open_from && day > open_from) {
            ended_spans(d, cal, day);
            return 0; /* the clock is stopped: no due date yet */
        }
        int y = xxgk_date_year(day);
        if (y > XXGK_DATE_MAX_YEAR)
            return err_set(XXGK_EINVAL,
                           TR("期限推算超出了 %d 年", "the deadline runs past the year %d"),
                           XXGK_DATE_MAX_YEAR);
        d->guessed |= !xxgk_calendar_day_known(cal, day);
        if (!xxgk_calendar_is_workday(cal, day))
            continue;
        int k = span_of(d, day);
        if (k < d->nexcluded) {
            d->excluded[k].days++; /* the first span holding the day takes it: no double count */
            d->excluded_days++;
        } else {
            counted++;
        }
    }
    /* A pause that starts on or before the day the time runs out, and ends after it, holds
     * the deadline until it ends: the time it takes is not counted, whatever is left of the
     * period then.  (Chained: a fee notice may start while a consultation runs.) */
    for (int moved = 1; moved;) {
        moved = 0;
        for (int k = 0; k < d->nexcluded; k++) {
            const xxgk_date from = d->excluded[k].from, to = d->excluded[k].to;
            if (d->excluded[k].uncounted || from > day || (to != OPEN && to <= day))
                continue;
            if (to == OPEN) {
                d->held = 0; /* stopped with the period used up: no due date until it ends */
                for (int j = 0; j < d->nexcluded; j++)
                    d->excluded[j].holds = 0;
                return 0;
            }
            day = to;
            d->excluded[k].holds = 1;
            d->guessed |= !xxgk_calendar_day_known(cal, day);
            /* ended on a day off (a holiday, a weekend): the reply is due the next working day */
            while (!xxgk_calendar_is_workday(cal, day)) {
                day++;
                d->guessed |= !xxgk_calendar_day_known(cal, day);
            }
            moved = d->held = 1;
        }
    }
    d->due = day;
    return 0;
}

/* The due date the events so far give (none may be open; d is left as it is), or 0: one past
 * the last year a date can have is none, and a notice then counts as in time. */
static xxgk_date due_so_far(const xxgk_deadline *d, const xxgk_calendar *cal)
{
    xxgk_deadline sofar = *d;
    return walk(&sofar, cal) < 0 ? 0 : sofar.due;
}

int xxgk_deadline_compute(xxgk_deadline *out, const xxgk_calendar *cal, xxgk_date receipt,
                          const xxgk_event *ev, size_t nev)
{
    if (!out || !cal || (!ev && nev))
        return err_set(XXGK_EINVAL,
                       TR("xxgk_deadline_compute：参数为空", "xxgk_deadline_compute: NULL argument"));
    xxgk_deadline d;
    memset(&d, 0, sizeof d);
    xxgk_date in_force = 0;
    xxgk_date_parse(&in_force, XXGK_LAW_2019_IN_FORCE);
    d.old_law = receipt < in_force;
    d.base_days = d.old_law ? XXGK_OLD_DEADLINE_BASE_DAYS : XXGK_DEADLINE_BASE_DAYS;
    d.max_extension = d.old_law ? XXGK_OLD_DEADLINE_MAX_EXTENSION : XXGK_DEADLINE_MAX_EXTENSION;
    d.clock_start = receipt;
    char ds[11], rs[11];
    xxgk_date_format(receipt, rs);
    int y = xxgk_date_year(receipt);
    if (y < XXGK_DATE_MIN_YEAR || y > XXGK_DATE_MAX_YEAR)
        return err_set(XXGK_EINVAL, TR("收到申请的日期不在 1900 至 2200 年之间",
                                       "receipt date outside the years 1900..2200"));
    int rc = d.old_law ? 0
                       : xxgk_calendar_add_workdays(cal, receipt, XXGK_CORRECTION_DAYS,
                                                    &d.correction_notice_due, &d.guessed);
    if (rc < 0)
        return rc;
    size_t notice = 0, extension = 0, reply = 0; /* index + 1 of the event, 0 if none */
    size_t span_event[XXGK_DEADLINE_MAX_SPANS];
    for (size_t i = 0; i < nev; i++) {
        const xxgk_event *e = &ev[i];
        xxgk_date_format(e->date, ds);
        if ((unsigned)e->kind > XXGK_EV_REPLY)
            return err_set(XXGK_EINVAL,
                           TR("第%zu个事项：类型 %d 未知", "event %zu: unknown kind %d"), i + 1,
                           (int)e->kind);
        y = xxgk_date_year(e->date);
        if (y < XXGK_DATE_MIN_YEAR || y > XXGK_DATE_MAX_YEAR)
            return EV_ERR(XXGK_EINVAL, "%s", "%s",
                          TR("日期不在 1900 至 2200 年之间", "date outside the years 1900..2200"));
        if (e->date < receipt)
            return EV_ERR(XXGK_EINVAL, "早于收到申请的日期 %s",
                          "before the receipt of the application on %s", rs);
        if (i > 0 && e->date < ev[i - 1].date)
            return EV_ERR(XXGK_EINVAL, "早于第%zu个事项：事项须按日期先后记录",
                          "earlier than event %zu: events must be in date order", i);
        if (reply)
            return EV_ERR(XXGK_EINVAL, "在答复（第%zu个事项）之后", "after the reply (event %zu)",
                          reply);
        if (d.awaiting_correction && e->kind != XXGK_EV_CORRECTION_RECEIVED &&
            e->kind != XXGK_EV_REPLY)
            return EV_ERR(XXGK_EINVAL,
                          "申请正在等待补正（补正告知：第%zu个事项），其后只能是收到补正或答复",
                          "the application awaits correction (notice: event %zu); only the "
                          "corrected application or a reply can follow",
                          notice);
        switch (e->kind) {
        case XXGK_EV_CORRECTION_NOTICE:
            if (notice)
                return EV_ERR(XXGK_EINVAL,
                              "第二次补正告知（第一次是第%zu个事项）；第三十条规定一次性告知",
                              "a second correction notice (the first was event %zu); Art. 30 "
                              "allows one",
                              notice);
            for (int k = 0; k < d.nexcluded; k++)
                if (d.excluded[k].to == OPEN)
                    return EV_ERR(XXGK_EINVAL, "第%zu个事项（%s）尚未结束",
                                  "event %zu (%s) is still open", span_event[k] + 1,
                                  kind_name(d.excluded[k].why));
            notice = i + 1;
            /* A period that has run out is not restarted by a correction (`request event`
             * refuses such a notice, but history, a date of receipt corrected or a holiday
             * table imported can still put one there): the deadline as it stood stays. */
            d.correction_after_due = due_so_far(&d, cal);
            if (e->date <= d.correction_after_due)
                d.correction_after_due = 0;
            d.awaiting_correction = 1;
            d.late_correction_notice = !d.old_law && e->date > d.correction_notice_due;
            break;
        case XXGK_EV_CORRECTION_RECEIVED:
            if (!d.awaiting_correction)
                return EV_ERR(XXGK_EINVAL, "%s", "%s",
                              notice ? TR("已经收到过补正", "the correction was already received")
                                     : TR("没有发出过补正告知", "no correction notice was sent"));
            if (!d.old_law) {
                xxgk_date by;
                if ((rc = xxgk_calendar_add_workdays(cal, ev[notice - 1].date,
                                                     XXGK_CORRECTION_REPLY_DAYS, &by, NULL)) < 0)
                    return rc;
                d.late_correction = e->date > by ? by : 0;
            }
            d.awaiting_correction = 0;
            if (d.correction_after_due)
                break; /* (nothing to restart: see the notice) */
            /* Art. 30: the period restarts; what happened before no longer counts. */
            d.corrected = 1;
            d.clock_start = e->date;
            d.voided_spans += d.nexcluded;
            d.nexcluded = 0;
            d.voided_extension = d.extension_days ? d.extension_days : d.voided_extension;
            d.extension_days = 0;
            extension = 0;
            break;
        case XXGK_EV_CONSULT_START:
        case XXGK_EV_FEE_NOTICE:
            if (d.nexcluded == XXGK_DEADLINE_MAX_SPANS)
                return EV_ERR(XXGK_ELIMIT, "征求意见和收费通知超过 %d 次",
                              "more than %d consultations and fee notices",
                              XXGK_DEADLINE_MAX_SPANS);
            span_event[d.nexcluded] = i;
            d.excluded[d.nexcluded].from = e->date;
            d.excluded[d.nexcluded].to = OPEN;
            d.excluded[d.nexcluded].why = e->kind;
            d.excluded[d.nexcluded].uncounted = d.old_law && e->kind == XXGK_EV_FEE_NOTICE;
            d.nexcluded++;
            break;
        case XXGK_EV_CONSULT_END:
        case XXGK_EV_FEE_PAID: {
            /* The earliest open span of the same kind ends (several may run at once). */
            xxgk_event_kind start = e->kind == XXGK_EV_CONSULT_END ? XXGK_EV_CONSULT_START
                                                                   : XXGK_EV_FEE_NOTICE;
            int k = 0;
            while (k < d.nexcluded && !(d.excluded[k].why == start && d.excluded[k].to == OPEN))
                k++;
            if (k == d.nexcluded)
                return EV_ERR(XXGK_EINVAL, "没有尚未结束的%s", "no %s is open",
                              kind_name(start));
            d.excluded[k].to = e->date;
            break;
        }
        case XXGK_EV_EXTENSION:
            if (extension)
                return EV_ERR(XXGK_EINVAL, "第二次延期（第一次是第%zu个事项）；%s只允许延期一次",
                              "a second extension (the first was event %zu); %s allows one",
                              extension,
                              d.old_law ? TR("2007年《条例》第二十四条", "the 2007 条例's Art. 24")
                                        : TR("第三十三条", "Art. 33"));
            if (e->days < 1 || e->days > d.max_extension)
                return EV_ERR(XXGK_EINVAL, "延期 %d 个工作日；%s允许延期 1 至 %d 个工作日",
                              "an extension of %d working days; %s allows 1 to %d", e->days,
                              d.old_law ? TR("2007年《条例》第二十四条（2019年5月15日前收到的申请）",
                                             "the 2007 条例's Art. 24 (an application received "
                                             "before 2019-05-15)")
                                        : TR("第三十三条", "Art. 33"),
                              d.max_extension);
            extension = i + 1;
            /* An extension after the deadline comes too late to lengthen it (`request event`
             * refuses one; history or a holiday table imported since can put one there). */
            d.extension_after_due = due_so_far(&d, cal);
            if (e->date <= d.extension_after_due)
                d.extension_after_due = 0;
            d.extension_days = d.extension_after_due ? 0 : e->days;
            break;
        case XXGK_EV_REPLY:
            reply = i + 1;
            d.closed = 1;
            for (int k = 0; k < d.nexcluded; k++)
                if (d.excluded[k].to == OPEN) {
                    d.excluded[k].to = e->date;
                    d.excluded[k].by_reply = 1;
                }
            break;
        }
    }
    if ((!d.awaiting_correction || d.correction_after_due) && (rc = walk(&d, cal)) < 0)
        return rc;
    /* how long each pause that has ended lasted, whether or not it moved the deadline: a
     * consultation held over the last day is as long as one that was counted */
    for (int k = 0; k < d.nexcluded; k++) {
        for (xxgk_date day = d.excluded[k].from + 1;
             d.excluded[k].to != OPEN && day <= d.excluded[k].to; day++)
            d.excluded[k].length += xxgk_calendar_is_workday(cal, day);
        int allowed = d.excluded[k].why == XXGK_EV_FEE_NOTICE ? XXGK_FEE_PAY_DAYS
                                                              : XXGK_CONSULT_DAYS;
        /* a consultation the reply ended took that long too; an unpaid fee is its outcome */
        int unpaid = d.excluded[k].by_reply && d.excluded[k].why == XXGK_EV_FEE_NOTICE;
        d.excluded[k].too_long = d.excluded[k].length > allowed && !unpaid;
    }
    *out = d;
    return 0;
}

/* ---- explanation ---- */

typedef struct {
    char *buf;
    size_t cap, len;
    int full;
} text;

/* Append one line, or nothing once a line has not fitted (the text ends at a line boundary). */
static void line(text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void line(text *t, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (t->full || n < 0 || (size_t)n + 2 > t->cap - t->len) {
        t->full = 1;
        return;
    }
    memcpy(t->buf + t->len, tmp, (size_t)n);
    t->len += (size_t)n;
    t->buf[t->len++] = '\n';
    t->buf[t->len] = '\0';
}

int xxgk_deadline_explain(const xxgk_deadline *d, char *buf, size_t cap)
{
    if (!d || !buf || cap == 0)
        return err_set(XXGK_EINVAL, TR("xxgk_deadline_explain：参数为空或没有空间",
                                       "xxgk_deadline_explain: NULL argument or no room"));
    text t = {buf, cap, 0, 0};
    char a[11], b[11];
    buf[0] = '\0';
    xxgk_date_format(d->clock_start, a);
    line(&t, "起算日：%s（%s之日，当日不计入，自次日起算）", a,
         d->corrected ? "收到补正后申请" : "收到申请");
    /* the article that sets the limits: the 2007 条例's for an application received before the
     * revised one came into force */
    const char *art = d->old_law ? "2007年《条例》第二十四条" : "第三十三条";
    if (d->old_law) {
        line(&t, "适用：2007年《条例》（2019年5月15日前收到的申请%s）：答复期限15个工作日，"
                 "延期至多15个工作日",
             d->corrected ? "，补正后的申请按原申请收到之日适用" : "");
    } else {
        xxgk_date_format(d->correction_notice_due, a);
        line(&t, "补正告知期限：%s（收到申请后%d个工作日内，第三十条）%s", a,
             XXGK_CORRECTION_DAYS, d->late_correction_notice ? "；补正告知晚于此期限" : "");
    }
    if (d->correction_after_due) {
        xxgk_date_format(d->correction_after_due, a);
        line(&t, "补正告知晚于答复期限（%s）：期限已届满，补正不使其暂停或重新计算", a);
    }
    if (d->extension_after_due) {
        xxgk_date_format(d->extension_after_due, a);
        line(&t, "延期晚于答复期限（%s）：期限已届满，延期不使其延长", a);
    }
    if (d->late_correction) {
        xxgk_date_format(d->late_correction, a);
        line(&t, "收到补正晚于补正告知给予的%d个工作日（至%s）：第三十条，申请人无正当理由逾期不"
                 "补正的，视为放弃申请；有正当理由的，无需处理",
             XXGK_CORRECTION_REPLY_DAYS, a);
    }
    /* (a notice after the deadline stopped no clock: the count stands, shown below) */
    int stopped = d->awaiting_correction && !d->correction_after_due;
    if (stopped && d->closed) {
        line(&t, "已发出补正告知，未收到补正后的申请");
    } else if (stopped) {
        line(&t, "已发出补正告知，等待申请人补正：答复期限自收到补正后的申请之日重新计算");
    } else {
        if (d->extension_days)
            line(&t, "计入的工作日：%d个（法定期限）+ %d个（延期）= %d个", d->base_days,
                 d->extension_days, d->base_days + d->extension_days);
        else
            line(&t, "计入的工作日：%d个（法定期限，%s）", d->base_days, art);
        if (d->nexcluded == 0 && d->voided_spans)
            line(&t, "扣除的期间：无（收到补正前的%d段征求意见或缴费期间，随答复期限重新计算而"
                     "不再扣除）",
                 d->voided_spans);
        else if (d->nexcluded == 0)
            line(&t, "扣除的期间：无");
        else
            line(&t, "扣除的期间（开始当日照常计算，结束当日不计入；重叠部分只扣除一次）：");
        for (int k = 0; k < d->nexcluded; k++) {
            const char *why =
                d->excluded[k].why != XXGK_EV_FEE_NOTICE
                    ? (d->old_law ? "征求第三方意见（2007年《条例》第二十四条；征求其他机关意见的"
                                    "时间不在此列）"
                                  : "征求第三方或其他机关意见（第三十二条、第三十四条）")
                    : "通知缴纳信息处理费至缴费（《政府信息公开信息处理费管理办法》）";
            xxgk_date_format(d->excluded[k].from, a);
            if (d->excluded[k].uncounted) {
                line(&t, "  %s起：通知缴费，2007年《条例》未规定扣除缴费时间，不扣除", a);
            } else if (d->excluded[k].to == OPEN) {
                line(&t, "  %s起：%s，尚未结束，计时暂停", a, why);
            } else {
                xxgk_date_format(d->excluded[k].to, b);
                /* a pause longer than the time it gives is worth a second look */
                int fee = d->excluded[k].why == XXGK_EV_FEE_NOTICE;
                const char *doubt =
                    d->excluded[k].by_reply && fee ? "（至办结时未缴费）"
                    : d->excluded[k].by_reply
                        ? (d->excluded[k].too_long
                               ? "（至办结时尚未结束，超过第三方答复期限15个工作日，请核对）"
                               : "（至办结时尚未结束）")
                    : !d->excluded[k].too_long ? ""
                    : fee                      ? "（缴费晚于收费通知给予的20个工作日，请核对）"
                                               : "（超过第三方答复期限15个工作日，请核对）";
                char held[160] = "";
                if (d->excluded[k].holds) /* what it did beyond the days it took */
                    snprintf(held, sizeof held,
                             "；期限届满时尚未结束，到期日顺延至其结束（该期间含%d个工作日）",
                             d->excluded[k].length);
                else if (d->due && d->excluded[k].from > d->due) /* (why it took none) */
                    snprintf(held, sizeof held, "（开始时期限已届满，不影响到期日）");
                line(&t, "  %s至%s：%s，扣除%d个工作日%s%s", a, b, why, d->excluded[k].days, held,
                     doubt);
            }
        }
        int ended = 0;
        for (int k = 0; k < d->nexcluded; k++)
            ended |= d->excluded[k].to != OPEN && !d->excluded[k].uncounted;
        if (ended)
            line(&t, "  共扣除%d个工作日", d->excluded_days);
        if (d->nexcluded && d->voided_spans)
            line(&t, "  （收到补正前的%d段征求意见或缴费期间，随答复期限重新计算而不再扣除）",
                 d->voided_spans);
        if (d->extension_days && d->voided_extension)
            line(&t, "延期：%d个工作日（%s，经机构负责人同意并告知申请人；收到补正前的%d个工作日"
                     "延期已失效）",
                 d->extension_days, art, d->voided_extension);
        else if (d->extension_days)
            line(&t, "延期：%d个工作日（%s，经机构负责人同意并告知申请人）", d->extension_days,
                 art);
        else if (d->voided_extension)
            line(&t, "延期：无（收到补正前的%d个工作日延期，随答复期限重新计算而失效）",
                 d->voided_extension);
        else
            line(&t, "延期：无");
        xxgk_date_format(d->due, a);
        if (d->paused && d->due)
            line(&t, "到期日：%s（计时暂停前已届满）", a);
        else if (d->held && d->due)
            line(&t, "到期日：%s（期限届满之日正暂停计时，暂停结束之日到期，遇休息日顺延）", a);
        else if (d->paused)
            line(&t, "到期日：计时暂停中，待征求意见或缴费结束后确定");
        else
            line(&t, "到期日：%s", a);
    }
    if (d->guessed)
        line(&t, "注：涉及的日期中有年份尚无节假日安排表（12月的最后一周也取决于次年的元旦"
                 "安排），这些日期按周一至周五为工作日推算（元旦、劳动节和国庆节的法定日期除外），"
                 "到期日可能有出入，请在国务院公布安排后核对。");
    if (t.full)
        return err_set(XXGK_ELIMIT,
                       TR("说明超过 %zu 字节", "the explanation needs more than %zu bytes"), cap);
    return 0;
}
