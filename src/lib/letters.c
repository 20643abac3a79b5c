/*
 * Letters drafted from a request's data (补正告知书, 延期答复告知书, 第三方意见征询函,
 * 收费通知书, 答复书 per outcome) through templates: the built-in ones (templates/) or the
 * agency's own edited copy.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/error.h"
#include "lib/letters_builtin.h"
#include "lib/register_impl.h"

/* Which template a reply uses, by the outcome's key in table 三. */
static const char *reply_template(const char *outcome)
{
    static const struct {
        const char *prefix, *name;
    } map[] = {{"granted", "reply-granted"},     {"partly", "reply-partly"},
               {"withheld", "reply-withheld"},   {"unable", "reply-unable"},
               {"not_processed", "reply-not-processed"}, {"other", "reply-other"}};
    for (size_t i = 0; outcome && i < sizeof map / sizeof map[0]; i++)
        if (strncmp(outcome, map[i].prefix, strlen(map[i].prefix)) == 0)
            return map[i].name;
    return NULL;
}

static const builtin_template *find_builtin(const char *name)
{
    for (const builtin_template *t = builtin_templates; t->name; t++)
        if (strcmp(t->name, name) == 0)
            return t;
    return NULL;
}

typedef struct {
    char received[11], description[512], applicant[256], applicant_id[128], contact[256];
    char due[11], new_due[11], extension_days[8], approver[128], items[512];
    char notice_date[11], third_party[256], fee[24], fee_explain[512], outcome[32], reason[512];
    char reply_date[11];
    char pay_deadline[11];
    unsigned seen; /* L_* bits: the events recorded */
} letter_data;

/* Bits of letter_data.seen. */
enum { L_NOTICE = 1, L_EXT = 2, L_CONSULT = 4, L_FEE = 8 };

static void copy_col(char *dst, size_t cap, sqlite3_stmt *st, int i)
{
    const unsigned char *v = sqlite3_column_text(st, i);
    snprintf(dst, cap, "%s", v ? (const char *)v : "");
}

static int gather(xxgk_db *db, const char *id, letter_data *L)
{
    memset(L, 0, sizeof *L);
    sqlite3_stmt *st = store_prepare(&db->s,
                                     "SELECT received, description, applicant, applicant_id,"
                                     " contact, due, outcome FROM request WHERE id = ?",
                                     id);
    if (!st)
        return XXGK_EIO;
    int found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        copy_col(L->received, sizeof L->received, st, 0);
        copy_col(L->description, sizeof L->description, st, 1);
        copy_col(L->applicant, sizeof L->applicant, st, 2);
        copy_col(L->applicant_id, sizeof L->applicant_id, st, 3);
        copy_col(L->contact, sizeof L->contact, st, 4);
        copy_col(L->due, sizeof L->due, st, 5);
        copy_col(L->outcome, sizeof L->outcome, st, 6);
    }
    sqlite3_finalize(st);
    if (!found)
        return err_set(XXGK_EINVAL, "no request '%s' in the register", id);
    st = store_prepare(&db->s,
                       "SELECT kind, date, days, approver, fee, note, outcome FROM event"
                       " WHERE request_id = ? ORDER BY seq",
                       id);
    while (st && sqlite3_step(st) == SQLITE_ROW) {
        const char *kind = (const char *)sqlite3_column_text(st, 0);
        if (strcmp(kind, "extension") == 0) {
            L->seen |= L_EXT;
            copy_col(L->extension_days, sizeof L->extension_days, st, 2);
            copy_col(L->approver, sizeof L->approver, st, 3);
            snprintf(L->new_due, sizeof L->new_due, "%s", L->due);
        } else if (strcmp(kind, "correction-notice") == 0) {
            L->seen |= L_NOTICE;
            copy_col(L->notice_date, sizeof L->notice_date, st, 1);
            copy_col(L->items, sizeof L->items, st, 5);
        } else if (strcmp(kind, "consult-start") == 0) {
            L->seen |= L_CONSULT;
            copy_col(L->third_party, sizeof L->third_party, st, 5);
        } else if (strcmp(kind, "fee-notice") == 0) {
            L->seen |= L_FEE;
            copy_col(L->fee, sizeof L->fee, st, 4);
            copy_col(L->fee_explain, sizeof L->fee_explain, st, 5);
            copy_col(L->notice_date, sizeof L->notice_date, st, 1);
        } else if (strcmp(kind, "reply") == 0) {
            copy_col(L->reason, sizeof L->reason, st, 5);
            copy_col(L->reply_date, sizeof L->reply_date, st, 1);
        }
    }
    sqlite3_finalize(st);
    return 0;
}

/* A date some working days after another, for the deadlines a letter states. */
static void workdays_after(xxgk_db *db, const char *from, int n, char out[11])
{
    xxgk_calendar *cal = NULL;
    xxgk_date d, r;
    int guessed;
    out[0] = '\0';
    if (!*from || xxgk_date_parse(&d, from) < 0 || register_calendar(db, &cal) < 0)
        return;
    if (xxgk_calendar_add_workdays(cal, d, n, &r, &guessed) == 0)
        xxgk_date_format(r, out);
    xxgk_calendar_free(cal);
}

/* 2024-03-01 as a letter writes it: 2024年3月1日 ("" stays ""). */
static const char *cn_date(char out[24], const char *iso)
{
    xxgk_date d;
    if (iso && xxgk_date_parse(&d, iso) == 0)
        xxgk_date_format_cn(d, out);
    else
        snprintf(out, 24, "%s", iso ? iso : "");
    return out;
}

int xxgk_request_letter(char **out, xxgk_db *db, const char *id, const char *kind,
                        const char *tmpl, size_t tmpl_len, const char *date)
{
    *out = NULL;
    static const char *const kinds[] = {"correction-notice", "extension-notice",
                                        "consultation-letter", "fee-notice", "reply"};
    int known = 0;
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        known |= strcmp(kinds[i], kind) == 0;
    if (!known)
        return err_set(XXGK_EINVAL,
                       "unknown letter '%s' (correction-notice, extension-notice, "
                       "consultation-letter, fee-notice, reply)",
                       kind);
    letter_data L;
    int rc = gather(db, id, &L);
    if (rc)
        return rc;
    /* A letter records something that happened: the event must be in the register. */
    static const struct {
        const char *letter, *needs;
        unsigned event;
    } needs[] = {{"correction-notice", "correction-notice", L_NOTICE},
                 {"extension-notice", "extension", L_EXT},
                 {"consultation-letter", "consult-start", L_CONSULT},
                 {"fee-notice", "fee-notice", L_FEE}};
    for (size_t i = 0; i < sizeof needs / sizeof needs[0]; i++)
        if (strcmp(kind, needs[i].letter) == 0 && !(L.seen & needs[i].event))
            return err_set(XXGK_EINVAL, "request %s has no %s event: record it first", id,
                           needs[i].needs);
    const char *name = kind;
    if (strcmp(kind, "reply") == 0 && !(name = reply_template(L.outcome)))
        return err_set(XXGK_EINVAL, "request %s has no reply yet: record it first "
                                    "(xxgk request event %s reply DATE --outcome ROW)",
                       id, id);
    const builtin_template *b = find_builtin(name);
    if (!tmpl) {
        if (!b)
            return err_set(XXGK_EINVAL, "no built-in template '%s'", name);
        tmpl = b->text;
        tmpl_len = b->len;
    }
    char today[16], corr_deadline[11], pay_deadline[11];
    if (!date) {
        xxgk_date_format(xxgk_date_today(), today);
        date = today;
    }
    /* Deadlines the letters state, where the 条例 and the 109号 办法 give none precisely:
     * 15 working days to correct, 20 to pay ([uncertain] in the reference: editable text). */
    workdays_after(db, L.notice_date, 15, corr_deadline);
    workdays_after(db, L.notice_date, 20, pay_deadline);
    char *agency = NULL;
    xxgk_db_get(db, "agency", &agency);
    const xxgk_row_spec *row = register_outcome_row(L.outcome);
    char c_received[24], c_date[24], c_due[24], c_new_due[24], c_corr[24], c_pay[24];
    const xxgk_tvar vars[] = {
        {"agency", agency ? agency : ""},
        {"ref", id},
        {"applicant", L.applicant},
        {"applicant_id", L.applicant_id},
        {"contact", L.contact},
        {"received", cn_date(c_received, L.received)},
        {"description", L.description},
        {"date", cn_date(c_date, date)},
        {"due", cn_date(c_due, L.due)},
        {"new_due", cn_date(c_new_due, L.new_due)},
        {"extension_days", L.extension_days},
        {"approver", L.approver},
        {"correction_items", *L.items ? L.items : "（请写明需要补正的事项）"},
        {"correction_deadline", cn_date(c_corr, corr_deadline)},
        {"third_party", *L.third_party ? L.third_party : "（第三方名称）"},
        {"fee", L.fee},
        {"fee_explain", L.fee_explain},
        {"pay_deadline", cn_date(c_pay, pay_deadline)},
        {"reason", L.reason},
        {"outcome", row ? row->label : ""},
        {"outcome_row", L.outcome},
    };
    rc = xxgk_template_render(out, tmpl, tmpl_len, vars, sizeof vars / sizeof vars[0], name);
    free(agency);
    return rc;
}
