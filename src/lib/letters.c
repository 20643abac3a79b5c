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

/* Which template a reply uses, by the outcome's key in table 三: a row whose reason and legal
 * basis differ from its group's (no such information made, still unclear after 补正, no
 * correction, no payment, an inquiry other laws provide for) has its own, and so has a variant
 * of a row (already published, Art. 36(1); another agency's, Art. 36(5)); the others their
 * group's. (First match by prefix: the variants before their rows.) */
static const char *reply_template(const char *outcome)
{
    static const struct {
        const char *key, *name;
    } map[] = {{"granted.published", "reply-published"},
               {"unable.1.other_agency", "reply-other-agency"},
               {"unable.2", "reply-unable-create"}, {"unable.3", "reply-unclear"},
               {"other.1", "reply-not-corrected"},  {"other.2", "reply-unpaid"},
               {"withheld.8", "reply-inquiry"}, /* (Art. 36(7) directs: no refusal) */
               {"granted", "reply-granted"},        {"partly", "reply-partly"},
               {"withheld", "reply-withheld"},      {"unable", "reply-unable"},
               {"not_processed", "reply-not-processed"}, {"other", "reply-other"}};
    for (size_t i = 0; outcome && i < sizeof map / sizeof map[0]; i++)
        if (strncmp(outcome, map[i].key, strlen(map[i].key)) == 0)
            return map[i].name;
    return NULL;
}

/* The articles of the 条例 a refusal rests on, by the row of table 三 it is recorded as: what
 * the reply cites after "根据《中华人民共和国政府信息公开条例》". */
static const char *legal_basis(const char *outcome)
{
    static const struct {
        const char *key, *basis;
    } map[] = {
        {"withheld.1", "第十四条、第三十六条第（三）项"},   /* 国家秘密 */
        {"withheld.2", "第十四条、第三十六条第（三）项"},   /* 法律、行政法规禁止公开 */
        {"withheld.3", "第十四条、第三十六条第（三）项"},   /* 三安全一稳定 */
        {"withheld.4", "第十五条、第三十六条第（三）项"},   /* 第三方合法权益 */
        {"withheld.5", "第十六条第一款、第三十六条第（三）项"}, /* 内部事务信息 */
        {"withheld.6", "第十六条第二款、第三十六条第（三）项"}, /* 过程性信息 */
        {"withheld.7", "第十六条第二款、第三十六条第（三）项"}, /* 行政执法案卷 */
        {"withheld.8", "第三十六条第（七）项"},             /* 行政查询事项 */
        {"not_processed.1", "第三十九条第一款"},            /* 信访、举报、投诉 */
        {"not_processed.2", "第三十六条第（六）项"},        /* 重复申请 */
        {"not_processed.3", "第三十九条第二款"},            /* 公开出版物 */
        {"not_processed.4", "第三十五条"},                  /* 大量、反复申请 */
    };
    for (size_t i = 0; outcome && i < sizeof map / sizeof map[0]; i++)
        if (strcmp(outcome, map[i].key) == 0)
            return map[i].basis;
    return NULL;
}

/* Whether the note names word other than as denied: a denial before it in its clause
 * ("不涉及国家秘密和个人隐私，但属于过程性信息" names 过程性信息 alone). */
static int names_ground(const char *note, const char *word)
{
    static const char *const stops[] = {"，", "。", "；", ",", ";", "但"};
    for (const char *at = strstr(note, word); at; at = strstr(at + 1, word)) {
        const char *from = note; /* the clause's start: after the last stop before the word */
        for (size_t k = 0; k < sizeof stops / sizeof stops[0]; k++)
            for (const char *p = strstr(note, stops[k]); p && p < at; p = strstr(p + 1, stops[k]))
                if (p + strlen(stops[k]) > from)
                    from = p + strlen(stops[k]);
        int denied = 0;
        for (size_t k = 0; !denied && register_denials[k]; k++) {
            const char *p = strstr(from, register_denials[k]);
            denied = p && p < at;
        }
        if (!denied)
            return 1;
    }
    return 0;
}

/* The articles the withheld part of a partial disclosure rests on (Art. 37 lets it be withheld
 * only on a ground the 条例 gives, which Art. 36(3) has the reply state), from the reply's note
 * into out: those it cites (第十四条, 第十五条, 第十六条 with its 款), or else those of the
 * withholding rows whose words it uses (个人隐私: 第十五条; not denied, 不涉及国家秘密); "" when
 * it names neither, for the letter to ask.  (Words, not a reading of the note: the draft is
 * checked before it is sent.) */
static void withheld_grounds(const char *note, char *out, size_t cap)
{
    static const char *const cited[] = {"第十四条", "第十五条", "第十六条"};
    static const struct {
        const char *word, *row;
    } words[] = {
        {"国家秘密", "withheld.1"},       {"禁止公开", "withheld.2"},
        {"国家安全", "withheld.3"},       {"公共安全", "withheld.3"},
        {"经济安全", "withheld.3"},       {"社会稳定", "withheld.3"},
        {"商业秘密", "withheld.4"},       {"个人隐私", "withheld.4"},
        {"个人信息", "withheld.4"},       {"第三方合法权益", "withheld.4"},
        {"第三方的合法权益", "withheld.4"}, {"内部事务", "withheld.5"},
        {"过程性信息", "withheld.6"},     {"讨论记录", "withheld.6"},
        {"过程稿", "withheld.6"},         {"磋商信函", "withheld.6"},
        {"请示报告", "withheld.6"},       {"执法案卷", "withheld.7"},
    };
    size_t n = 0;
    out[0] = '\0';
    for (size_t i = 0; note && i < sizeof cited / sizeof cited[0]; i++) {
        const char *at = strstr(note, cited[i]);
        if (!at)
            continue;
        at += strlen(cited[i]);
        int clause = strncmp(at, "第一款", strlen("第一款")) == 0 ||
                     strncmp(at, "第二款", strlen("第二款")) == 0;
        n += (size_t)snprintf(out + n, n < cap ? cap - n : 0, "%s%s%.*s", n ? "、" : "",
                              cited[i], clause ? (int)strlen("第一款") : 0, at);
    }
    int by_words = n == 0;
    for (size_t i = 0; note && by_words && i < sizeof words / sizeof words[0]; i++) {
        if (!names_ground(note, words[i].word))
            continue;
        const char *basis = legal_basis(words[i].row), *comma = strstr(basis, "、");
        char article[64]; /* (the row's own article, before 第三十六条第（三）项) */
        snprintf(article, sizeof article, "%.*s",
                 (int)(comma ? (size_t)(comma - basis) : strlen(basis)), basis);
        if (!strstr(out, article)) /* (rows 1-3 share 第十四条: once) */
            n += (size_t)snprintf(out + n, n < cap ? cap - n : 0, "%s%s", n ? "、" : "",
                                  article);
    }
}

static const builtin_template *find_builtin(const char *name)
{
    for (const builtin_template *t = builtin_templates; t->name; t++)
        if (strcmp(t->name, name) == 0)
            return t;
    return NULL;
}

/* The events a letter draws on: the last of each kind (NULL when none); reply is the one that
 * closed the request, a reply or what ends it without one (still-unclear, correction-expired,
 * fee-unpaid), whose note is the reason as a reply's is. */
typedef struct {
    const stored_event *notice, *corrected, *extension, *consult, *fee, *reply;
} letter_events;

static letter_events events_of(const req_rec *q)
{
    letter_events e = {NULL, NULL, NULL, NULL, NULL, NULL};
    for (int i = 0; i < q->nev; i++) {
        const stored_event *ev = &q->ev[i];
        if (strcmp(ev->kind, "correction-notice") == 0)
            e.notice = ev;
        else if (strcmp(ev->kind, "correction-received") == 0)
            e.corrected = ev;
        else if (strcmp(ev->kind, "extension") == 0)
            e.extension = ev;
        else if (strcmp(ev->kind, "consult-start") == 0)
            e.consult = ev;
        else if (strcmp(ev->kind, "fee-notice") == 0)
            e.fee = ev;
        else if (register_kind_closes(ev->kind))
            e.reply = ev;
    }
    return e;
}

/* The last correction-received before event `until` (all of them when NULL): a letter tells
 * of the application as it stood when its event happened. */
static const stored_event *corrected_before(const req_rec *q, const stored_event *until)
{
    const stored_event *found = NULL;
    for (int i = 0; i < (until ? (int)(until - q->ev) : q->nev); i++)
        if (strcmp(q->ev[i].kind, "correction-received") == 0)
            found = &q->ev[i];
    return found;
}

/* A date some working days after an event's, for the deadlines a letter states ("" when there
 * is no such event or no calendar); *estimated set when it counts days with no holiday table. */
static void workdays_after(const xxgk_calendar *cal, const char *date, int n, char out[11],
                           int *estimated)
{
    xxgk_date d, r;
    int guessed = 0;
    out[0] = '\0';
    if (cal && date && xxgk_date_parse(&d, date) == 0 &&
        xxgk_calendar_add_workdays(cal, d, n, &r, &guessed) == 0) {
        xxgk_date_format(r, out);
        *estimated |= guessed;
    }
}

/* Whether a template shows variable key: {{key}}, or a section {{#key}} on it. */
static int names_var(const char *tmpl, size_t len, const char *key)
{
    char tag[2][48];
    snprintf(tag[0], sizeof tag[0], "{{%s}}", key);
    snprintf(tag[1], sizeof tag[1], "{{#%s}}", key);
    for (int t = 0; t < 2; t++) {
        size_t n = strlen(tag[t]);
        for (size_t i = 0; i + n <= len; i++)
            if (tmpl[i] == '{' && memcmp(tmpl + i, tag[t], n) == 0)
                return 1;
    }
    return 0;
}

static const char *str(const char *s)
{
    return s ? s : "";
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

/* Whether s opens with a blank: a space, a tab, a carriage return or an ideographic space. */
static size_t blank_at(const char *s)
{
    return *s == ' ' || *s == '\t' || *s == '\r' ? 1 : strncmp(s, "　", 3) == 0 ? 3 : 0;
}

/* A note as the letter's text (malloc'd; NULL when out of memory): each line after the first
 * a paragraph of its own, opening with the letter's indent "　　" as the template's lines do
 * (the note's own blanks and empty lines dropped), and with stop a closing 。 left to the
 * template's sentence ("另需说明：{{reason}}。" not "。。"). */
static char *as_paragraphs(const char *s, int stop)
{
    xbuf b;
    xbuf_init(&b, 0);
    for (const char *l = s; *l;) {
        size_t n = strcspn(l, "\n"), k;
        const char *next = l + n + (l[n] == '\n');
        while (n && (k = blank_at(l)) && k <= n)
            l += k, n -= k;
        while (n && (l[n - 1] == ' ' || l[n - 1] == '\t' || l[n - 1] == '\r' ||
                     (n >= 3 && strncmp(l + n - 3, "　", 3) == 0)))
            n -= l[n - 1] == ' ' || l[n - 1] == '\t' || l[n - 1] == '\r' ? 1 : 3;
        if (n)
            xbuf_printf(&b, "%s%.*s", b.len ? "\n　　" : "", (int)n, l);
        l = next;
    }
    if (stop && b.len >= 3 && strncmp(b.data + b.len - 3, "。", 3) == 0) {
        b.len -= 3;
        b.data[b.len] = '\0';
    }
    char *out = b.failed ? NULL : xbuf_steal(&b);
    if (!out && !b.failed)
        out = strdup(""); /* (nothing written: an empty note) */
    xbuf_free(&b);
    return out;
}

/* Where the corrected application's content starts in a correction-received note: after a
 * label a clerk puts before it ("补正后申请内容：", "补正内容为：": up to a colon within its first
 * 16 characters, the label naming 内容). */
static const char *content_start(const char *note)
{
    size_t k;
    while ((k = blank_at(note)))
        note += k;
    for (const char *p = note; *p && *p != '\n' && p - note < 48; p++)
        if (*p == ':' || strncmp(p, "：", 3) == 0) {
            char label[64];
            snprintf(label, sizeof label, "%.*s", (int)(p - note), note);
            return strstr(label, "内容") ? p + (*p == ':' ? 1 : 3) : note;
        }
    return note;
}

/* Quotes around the whole of s dropped in place, with a 。 closing it inside them: the letter
 * quotes the content itself, and its sentence goes on after it. */
static void unquote(char *s)
{
    size_t n = strlen(s);
    if (n > 6 && strncmp(s, "“", 3) == 0 && strcmp(s + n - 3, "”") == 0 &&
        !strstr(s + 3, "“") && strstr(s + 3, "”") == s + n - 3) {
        memmove(s, s + 3, n - 6);
        s[n -= 6] = '\0';
        if (n >= 3 && strcmp(s + n - 3, "。") == 0)
            s[n - 3] = '\0';
    }
}

static int request_letter(xxgk_db *db, const char *id, const char *kind, const char *tmpl,
                          size_t tmpl_len, const char *tmpl_name, const char *date, char **out)
{
    *out = NULL;
    /* each letter by its key or its title (the title with 书 or 函 left off too), or by the
     * Chinese name of the event it records, as request event takes it (补正, 延期) */
    static const char *const kinds[][5] = {
        {"correction-notice", "补正告知书", "补正告知", "补正", NULL},
        {"extension-notice", "延期答复告知书", "延期答复告知", "延期", "延期答复"},
        {"consultation-letter", "第三方意见征询函", "征询函", "征求意见", "征询"},
        {"agency-consultation-letter", "征求意见函", "商请函", NULL, NULL},
        {"fee-notice", "收费通知书", "收费通知", "收费", NULL},
        {"reply", "答复书", "答复", NULL, NULL}};
    int known = 0;
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0] && !known; i++)
        for (int k = 0; k < 5 && kinds[i][k] && !known; k++)
            if (strcmp(kinds[i][k], kind) == 0) {
                kind = kinds[i][0];
                known = 1;
            }
    if (!known)
        return err_set(XXGK_EINVAL,
                       TR("未知的信函“%s”（可用 correction-notice 补正告知书、extension-notice "
                          "延期答复告知书、consultation-letter 第三方意见征询函、"
                          "agency-consultation-letter 征求意见函（第三十四条，共同制作的机关）、"
                          "fee-notice 收费通知书、reply 答复书）",
                          "unknown letter '%s' (correction-notice, extension-notice, "
                          "consultation-letter, agency-consultation-letter, fee-notice, reply)"),
                       kind);
    size_t filled = 0; /* (an empty template would write an empty letter without a word) */
    while (tmpl && filled < tmpl_len && strchr(" \t\r\n", tmpl[filled]))
        filled++;
    if (tmpl && filled == tmpl_len)
        return err_set(XXGK_EINVAL, TR("模板 %s 是空的", "the template %s is empty"),
                       tmpl_name ? tmpl_name : "");
    req_rec q;
    int rc = register_request_load(db, id, &q);
    if (rc)
        return rc;
    letter_events e = events_of(&q);
    /* A letter records something that happened: the event must be in the register, and the
     * refusal gives the command that records it, as the reply's does (its options the ones
     * the event cannot go without). */
    const struct {
        const char *letter, *needs, *options_zh, *options_en;
        const stored_event *event;
    } needs[] = {
        {"correction-notice", "correction-notice", "", "", e.notice},
        {"extension-notice", "extension", " --days N --approver NAME",
         " --days N --approver NAME", e.extension},
        {"consultation-letter", "consult-start", "", "", e.consult},
        {"agency-consultation-letter", "consult-start", "", "", e.consult},
        {"fee-notice", "fee-notice", " --pages N；按件计收用 --count，直接写金额用 --fee YUAN",
         " --pages N; --count per application, or --fee YUAN as decided", e.fee}};
    for (size_t i = 0; i < sizeof needs / sizeof needs[0] && !rc; i++)
        if (strcmp(kind, needs[i].letter) == 0 && !needs[i].event)
            rc = err_set(XXGK_EINVAL,
                         TR("申请 %s 还没有记录事项“%s”：请先登记该事项（xxgk request event %s %s "
                            "DATE%s）",
                            "request %s has no %s event: record it first (xxgk request event %s "
                            "%s DATE%s)"),
                         id, register_kind_word(needs[i].needs), id, needs[i].needs,
                         TR(needs[i].options_zh, needs[i].options_en));
    const char *name = kind;
    if (!rc && strcmp(kind, "reply") == 0 && !(name = reply_template(q.outcome)))
        rc = err_set(XXGK_EINVAL,
                     TR("申请 %s 尚未答复：请先登记答复（xxgk request event %s reply DATE "
                        "--outcome ROW）",
                        "request %s has no reply yet: record it first "
                        "(xxgk request event %s reply DATE --outcome ROW)"),
                     id, id);
    /* The built-in letters cite the 2019 条例's articles, wrong for an application the 2007 one
     * governs: its letters come from the agency's own templates. */
    if (!rc && !tmpl && q.received && strcmp(q.received, XXGK_LAW_2019_IN_FORCE) < 0)
        rc = err_set(XXGK_EINVAL,
                     TR("申请 %s 于 %s 收到，适用2007年《条例》，内置信函引用的是2019年《条例》"
                        "的条款：请用 --template 给出按2007年《条例》起草的模板",
                        "request %s was received on %s and falls under the 2007 条例, while the "
                        "built-in letters cite the 2019 条例: give a template drafted under the "
                        "2007 条例 with --template"),
                     id, q.received);
    const builtin_template *b = rc ? NULL : find_builtin(name);
    if (!rc && !tmpl) {
        if (b) {
            tmpl = b->text;
            tmpl_len = b->len;
        } else {
            rc = err_set(XXGK_EINVAL, TR("没有内置模板“%s”", "no built-in template '%s'"), name);
        }
    }
    xxgk_calendar *cal = NULL;
    if (!rc)
        rc = register_calendar(db, &cal);
    if (rc) {
        register_request_free(&q);
        return rc;
    }
    char today[16], corr_deadline[11], pay_deadline[11], consult_deadline[11];
    char days[16] = "", fee[24] = "";
    char old_due[11] = "", new_due[11] = "";
    xxgk_date when;
    /* Dated as the event it records (a letter drafted later still bears its day); a reply that
     * closed the request without a reply event, on its last event's day. */
    const stored_event *dated = strcmp(kind, "reply") != 0 ? NULL
                                : e.reply                  ? e.reply
                                : q.nev                    ? &q.ev[q.nev - 1]
                                                           : NULL;
    for (size_t i = 0; i < sizeof needs / sizeof needs[0]; i++)
        if (strcmp(kind, needs[i].letter) == 0)
            dated = needs[i].event;
    /* (a correction after the letter's event is not the application it told of) */
    e.corrected = corrected_before(&q, strcmp(kind, "reply") == 0 ? NULL : dated);
    if (!date && dated) {
        date = dated->date;
    } else if (!date) {
        xxgk_date_format(xxgk_date_today(), today);
        date = today;
    } else if (!(rc = register_valid_date(date, &when, TR("信函日期", "the letter's date"))) &&
               !(rc = register_not_future(when, date, TR("信函日期", "the letter's date"))) &&
               q.received && strcmp(date, q.received) < 0) {
        rc = err_set(XXGK_EINVAL,
                     TR("信函日期 %s 早于申请 %s 的收到日期（%s）",
                        "the letter's date %s comes before request %s was received (%s)"),
                     date, id, q.received);
    } else if (!rc && dated && strcmp(date, dated->date) < 0) {
        /* (a letter tells of what happened: not before it did) */
        rc = err_set(XXGK_EINVAL,
                     TR("信函日期 %s 早于它所告知的%s（%s）",
                        "the letter's date %s comes before the %s it tells of (%s)"),
                     date, register_kind_word(dated->kind), dated->date);
    }
    /* The extension letter states the deadline it replaces: as it was before the extension. */
    int extension_letter = strcmp(kind, "extension-notice") == 0;
    if (!rc && extension_letter)
        rc = register_due_after(cal, &q, (int)(e.extension - q.ev), old_due);
    /* ... and the one it sets, as it stood when the letter was sent: later pauses move the
     * register's deadline, not what the letter told the applicant. */
    if (!rc && e.extension)
        rc = register_due_after(cal, &q, (int)(e.extension - q.ev) + 1, new_due);
    if (rc) {
        xxgk_calendar_free(cal);
        register_request_free(&q);
        return rc;
    }
    /* Deadlines the letters state, where the 条例 and the 109号 办法 give none precisely:
     * 15 working days to correct, 20 to pay ([uncertain] in the reference: editable text). */
    int guessed[3] = {0}; /* each deadline below counts days with no holiday table */
    workdays_after(cal, e.notice ? e.notice->date : NULL, XXGK_CORRECTION_REPLY_DAYS,
                   corr_deadline, &guessed[0]);
    workdays_after(cal, e.fee ? e.fee->date : NULL, XXGK_FEE_PAY_DAYS, pay_deadline, &guessed[1]);
    /* (the third party's time runs from the letter, dated as it is sent) */
    workdays_after(cal, e.consult && strstr(kind, "consultation-letter") ? date : NULL,
                   XXGK_CONSULT_DAYS, consult_deadline, &guessed[2]);
    /* An estimate is said only of a date the letter states: one its template names. */
    int estimated =
        (guessed[0] && names_var(tmpl, tmpl_len, "correction_deadline")) ||
        (guessed[1] && names_var(tmpl, tmpl_len, "pay_deadline")) ||
        (guessed[2] && names_var(tmpl, tmpl_len, "consult_deadline")) ||
        (names_var(tmpl, tmpl_len, "due") &&
         register_due_estimated(cal, q.received, extension_letter ? old_due : q.due)) ||
        (names_var(tmpl, tmpl_len, "new_due") && register_due_estimated(cal, q.received, new_due));
    xxgk_calendar_free(cal);
    if (e.extension)
        snprintf(days, sizeof days, "%d", e.extension->days);
    if (e.fee)
        snprintf(fee, sizeof fee, "%ld", e.fee->fee);
    char *agency = NULL, *payment = NULL;
    xxgk_db_get(db, "agency", &agency);
    xxgk_db_get(db, "payment", &payment);
    if (payment) { /* (several lines: each a paragraph, as a note's are) */
        char *p = as_paragraphs(payment, 0);
        free(payment);
        payment = p;
    }
    const xxgk_row_spec *row = register_outcome_row(q.outcome);
    /* (notes of several lines, each a paragraph of the letter) */
    char *items = as_paragraphs(e.notice ? str(e.notice->note) : "", 0);
    char *explain = as_paragraphs(e.fee ? str(e.fee->note) : "", 1);
    const char *third = e.consult ? str(e.consult->note) : "";
    /* The application as corrected, when the clerk noted it with the correction: the letters
     * quote it after the first wording, which the agency found unclear. */
    char *amended = as_paragraphs(e.corrected ? content_start(str(e.corrected->note)) : "", 1);
    if (amended)
        unquote(amended);
    /* A reply that withholds needs its reason; without a --note the draft asks for one rather
     * than print "本机关认为，。". */
    char ask[320];
    char *noted = as_paragraphs(extension_letter ? str(e.extension->note)
                                : e.reply        ? str(e.reply->note)
                                                 : "",
                                1);
    const char *reason = noted ? noted : "";
    /* (the letters whose own words are the reason's, which their row does not name) */
    static const char *const asks[][2] = {
        {"reply-partly", "（请写明不予公开的内容及其理由）"},
        {"reply-unclear", "（请写明补正后的申请内容仍不明确之处）"},
        {"reply-other", "（请写明处理情况及其理由和依据）"},
        {"reply-published", "（请写明获取该政府信息的方式、途径，如公开该信息的网站栏目及网址、"
                            "公开查阅场所）"},
        {"reply-other-agency", "（请写明理由；能够确定负责公开该政府信息的行政机关的，写明该机关"
                               "的名称、联系方式）"}};
    for (size_t i = 0; !*reason && !extension_letter && row && i < sizeof asks / sizeof asks[0];
         i++)
        if (strcmp(name, asks[i][0]) == 0)
            reason = asks[i][1];
    /* a repeat: the application it repeats and the answer given, when the register has them */
    char eid[1024], ereceived[11], eclosed[11], c_er[24], c_ec[24], repeat[1400];
    int nop_person = !q.type || strcmp(q.type, "natural") == 0;
    if (!*reason && !extension_letter && q.outcome && strcmp(q.outcome, "not_processed.2") == 0 &&
        register_earlier_answer(db, q.id, eid, sizeof eid, ereceived, eclosed) > 0) {
        snprintf(repeat, sizeof repeat,
                 "%s于%s提出的政府信息公开申请（编号%s）与本次申请内容相同，本机关已于%s"
                 "作出答复，%s本次申请属于重复申请",
                 nop_person ? "您" : "你单位", cn_date(c_er, ereceived), eid,
                 cn_date(c_ec, eclosed), nop_person ? "您" : "你单位");
        reason = repeat;
    }
    if (!*reason && !extension_letter && row &&
        (strcmp(name, "reply-withheld") == 0 || strcmp(name, "reply-not-processed") == 0)) {
        const char *label = row->label;
        while ((*label >= '0' && *label <= '9') || *label == '.')
            label++; /* "4.保护第三方合法权益": the words */
        snprintf(ask, sizeof ask, "（请写明理由：%s）", label);
        reason = ask;
    }
    /* (the grounds a partial disclosure's withheld part rests on: from the note, or asked) */
    char grounds[96];
    withheld_grounds(e.reply ? e.reply->note : NULL, grounds, sizeof grounds);
    char said[REGISTER_OUTCOME_SAID];
    char c_received[24], c_date[24], c_due[24], c_new_due[24], c_corr[24], c_pay[24];
    char c_consult[24], c_notice[24], c_fee_notice[24], c_corrected[24];
    const xxgk_tvar vars[] = {
        {"agency", agency, "（请写明本机关名称）"},
        {"ref", id, NULL},
        {"applicant", str(q.applicant), "（请写明申请人）"},
        /* how a letter addresses the applicant: a person 您, an organisation 你单位 */
        {"you", !q.type || strcmp(q.type, "natural") == 0 ? "您" : "你单位", NULL},
        {"applicant_id", str(q.applicant_id), NULL},
        {"contact", str(q.contact), NULL},
        {"received", cn_date(c_received, q.received), "（请写明收到申请的日期）"},
        /* (the day the corrected application came, from which the answer's time ran) */
        {"corrected", cn_date(c_corrected, e.corrected ? e.corrected->date : NULL), NULL},
        {"description", str(q.description), "（请写明申请内容）"},
        {"corrected_description", amended, NULL},
        {"form", str(q.form), NULL}, /* (the form asked for: how a disclosure is provided) */
        {"date", cn_date(c_date, date), "（请写明日期）"},
        {"due", cn_date(c_due, extension_letter ? old_due : q.due), "（请写明答复期限）"},
        {"new_due", cn_date(c_new_due, new_due), "（请写明延期后的答复期限）"},
        {"extension_days", days, "（请写明延长的工作日数）"},
        {"approver", e.extension ? str(e.extension->approver) : "", "（请写明批准人）"},
        {"correction_items", items, "（请写明需要补正的事项）"},
        {"correction_deadline", cn_date(c_corr, corr_deadline), "（请写明补正期限）"},
        {"correction_notice_date", cn_date(c_notice, e.notice ? e.notice->date : NULL),
         "（请写明补正告知的日期）"},
        {"third_party", third, "（第三方名称）"},
        {"consult_deadline", cn_date(c_consult, consult_deadline), "（请写明答复意见的期限）"},
        {"fee", fee, "（请写明金额）"},
        {"fee_explain", explain, NULL},
        {"fee_notice_date", cn_date(c_fee_notice, e.fee ? e.fee->date : NULL),
         "（请写明收费通知的日期）"},
        {"pay_deadline", cn_date(c_pay, pay_deadline), "（请写明缴费期限）"},
        /* (the agency's account, set once: xxgk db set payment TEXT) */
        {"payment", payment ? payment : "", "（请写明缴费方式，以及收款单位名称、开户银行和账号）"},
        {"reason", reason, NULL},
        {"outcome", register_outcome_said(q.outcome, said), "（请写明处理结果）"},
        {"outcome_row", str(q.outcome), NULL},
        {"basis", str(legal_basis(q.outcome)), NULL},
        {"withheld_basis", grounds,
         "（请写明不予公开部分所依据的条款，如第十四条、第十五条、第十六条）"},
    };
    rc = !items || !explain || !noted || !amended
             ? err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"))
             : xxgk_template_render(out, tmpl, tmpl_len, vars, sizeof vars / sizeof vars[0],
                                    tmpl_name ? tmpl_name : name);
    free(items);
    free(explain);
    free(noted);
    free(amended);
    free(agency);
    free(payment);
    register_request_free(&q);
    if (rc == 0 && estimated)
        rc = err_set(1,
                     TR("信函中的期限按估算：所经日期中有的尚无节假日安排表（该年的，或12月最后"
                        "一周所取决的次年元旦安排），按周一至周五为工作日推算；寄出前请核对",
                        "a time limit in the letter is an estimate: some days it counts have no "
                        "holiday table (their year's, or for the last week of December the next "
                        "year's 元旦 arrangement) and were taken as working days Monday to "
                        "Friday; check it before sending"));
    return rc;
}

int xxgk_request_letter(xxgk_db *db, const char *id, const char *kind, const char *tmpl,
                        size_t tmpl_len, const char *tmpl_name, const char *date, char **out)
{
    char *k = register_key(db, id, "request"), day[32];
    int rc = request_letter(db, k ? k : id, kind, tmpl, tmpl_len, tmpl_name,
                            register_date_read(date, day), out);
    free(k);
    return rc;
}
