/*
 * Dates as day numbers and the working-day calendar: a sorted array of special days (binary
 * search) plus one flag per supported year saying whether its table is known.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "lib/error.h"
#include "util/text.h"
#include "xxgk/xxgk.h"

#define NYEARS (XXGK_DATE_MAX_YEAR - XXGK_DATE_MIN_YEAR + 1)
#define MAX_ENTRIES 100000 /* far above any real table (about 35 a year) */
#define MAX_NAME 200       /* bytes */
#define MAX_CSV (8 << 20)  /* bytes */

/* The shipped table, generated from data/holidays-cn.csv by src/CMakeLists.txt. */
extern const unsigned char holidays_builtin_csv[];
extern const size_t holidays_builtin_csv_len;

struct entry {
    xxgk_date d;
    int workday; /* 1: 调休 working day; 0: holiday */
    char *name;  /* owned */
};

struct xxgk_calendar {
    struct entry *e; /* sorted by d, no duplicates */
    size_t n, cap;
    unsigned char years[NYEARS]; /* 1 if the year's table is known */
};

/* ---- dates (H. Hinnant's days_from_civil / civil_from_days) ---- */

static int64_t days_from_civil(int64_t y, int m, int d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int *y, int *m, int *d)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

static int days_in_month(int y, int m)
{
    static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 ? 28 + leap : dim[m - 1];
}

static int digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* Parse s[0..n) as YYYY-MM-DD: 0, or -1 with the reason in why. */
static int parse_ymd(const char *s, size_t n, xxgk_date *out, char *why, size_t cap)
{
    static const char *const months[12] = {"January", "February", "March",     "April",
                                           "May",     "June",     "July",      "August",
                                           "September", "October", "November", "December"};
    int y = -1, m = -1, d = -1;
    if (n == 10 && s[4] == '-' && s[7] == '-') {
        y = digits(s, 4);
        m = digits(s + 5, 2);
        d = digits(s + 8, 2);
    }
    if (y < 0 || m < 0 || d < 0)
        snprintf(why, cap, "%s", TR("格式不是 YYYY-MM-DD", "not in the form YYYY-MM-DD"));
    else if (y < XXGK_DATE_MIN_YEAR || y > XXGK_DATE_MAX_YEAR)
        snprintf(why, cap, TR("年份不在 %d 至 %d 之间", "year outside %d..%d"), XXGK_DATE_MIN_YEAR,
                 XXGK_DATE_MAX_YEAR);
    else if (m < 1 || m > 12)
        snprintf(why, cap, TR("没有%d月", "no month %d"), m);
    else if (d < 1)
        snprintf(why, cap, TR("没有%d日", "no day %d"), d);
    else if (d > days_in_month(y, m) && xxgk_lang_get() == XXGK_LANG_EN)
        snprintf(why, cap, "%s %d has %d days", months[m - 1], y, days_in_month(y, m));
    else if (d > days_in_month(y, m)) /* (another word order) */
        snprintf(why, cap, "%d年%d月只有 %d 天", y, m, days_in_month(y, m));
    else {
        *out = (xxgk_date)days_from_civil(y, m, d);
        return 0;
    }
    return -1;
}

int xxgk_date_parse(xxgk_date *out, const char *s)
{
    if (!out || !s)
        return err_set(XXGK_EINVAL, TR("xxgk_date_parse：参数为空", "xxgk_date_parse: NULL argument"));
    char why[64];
    if (parse_ymd(s, strlen(s), out, why, sizeof why) < 0)
        return err_set(XXGK_EINVAL, TR("日期“%.40s”无效：%s", "invalid date '%.40s': %s"), s, why);
    return 0;
}

void xxgk_date_format(xxgk_date d, char buf[11])
{
    int y, m, day;
    civil_from_days(d, &y, &m, &day);
    if (y < 0 || y > 9999)
        y = 0; /* unreachable for supported dates; keeps the output 10 characters */
    int v[3] = {y, m, day}, w[3] = {4, 2, 2}, p = 0;
    for (int i = 0; i < 3; i++) {
        for (int k = w[i] - 1; k >= 0; k--, v[i] /= 10)
            buf[p + k] = (char)('0' + v[i] % 10);
        p += w[i];
        buf[p++] = i < 2 ? '-' : '\0';
    }
}

int xxgk_date_weekday(xxgk_date d)
{
    return (int)(((int64_t)d % 7 + 7 + 3) % 7) + 1; /* 1970-01-01 was a Thursday */
}

int xxgk_date_year(xxgk_date d)
{
    int y, m, day;
    civil_from_days(d, &y, &m, &day);
    return y;
}

xxgk_date xxgk_date_today(void)
{
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    return (xxgk_date)days_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

void xxgk_date_format_cn(xxgk_date d, char buf[24])
{
    int y, m, day;
    civil_from_days(d, &y, &m, &day);
    /* Bounded, so the compiler can see the text fits (dates are within XXGK_DATE_*_YEAR). */
    snprintf(buf, 24, "%04u年%u月%u日", (unsigned)y % 10000u, (unsigned)m % 100u,
             (unsigned)day % 100u);
}

static int date_supported(xxgk_date d)
{
    int y = xxgk_date_year(d);
    return y >= XXGK_DATE_MIN_YEAR && y <= XXGK_DATE_MAX_YEAR;
}

/* ---- the calendar ---- */

int xxgk_calendar_new(xxgk_calendar **out)
{
    if (!out)
        return err_set(XXGK_EINVAL, TR("xxgk_calendar_new：参数为空", "xxgk_calendar_new: NULL argument"));
    *out = calloc(1, sizeof **out);
    return *out ? 0
                : err_set(XXGK_ENOMEM,
                          TR("创建节假日表时内存不足", "out of memory for a calendar"));
}

void xxgk_calendar_free(xxgk_calendar *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n; i++)
        free(c->e[i].name);
    free(c->e);
    free(c);
}

/* Index of the first entry on or after d. */
static size_t lower_bound(const xxgk_calendar *c, xxgk_date d)
{
    size_t lo = 0, hi = c->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->e[mid].d < d)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static char *copy_name(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

/* Why an entry is unacceptable, or NULL. */
static const char *check_entry(xxgk_date d, int workday)
{
    if (!date_supported(d))
        return TR("日期不在 1900 至 2200 年之间", "date outside the years 1900..2200");
    if (workday && xxgk_date_weekday(d) <= 5)
        return TR("调休上班日（workday）只能是周六或周日（周一至周五本来就是工作日）",
                  "a workday entry must be a Saturday or Sunday (Monday-Friday work anyway)");
    return NULL;
}

/* What is wrong with a holiday's name s[0..n), or NULL: it is shown in deadlines' explanations
 * and stored, so it must be text as the register's names are. */
static const char *bad_name(const char *s, size_t n)
{
    size_t at;
    int32_t cp;
    switch (text_first_flaw(s, n, 0, &at, &cp)) {
    case TEXT_NOT_UTF8:
        return TR("名称不是有效的 UTF-8", "the name is not valid UTF-8");
    case TEXT_CONTROL:
        return TR("名称含有控制字符", "the name holds a control character");
    case TEXT_INVISIBLE:
        return TR("名称含有不可见字符", "the name holds an invisible character");
    case TEXT_CLEAN:
        break;
    }
    return NULL;
}

int xxgk_calendar_copy(xxgk_calendar **out, const xxgk_calendar *c)
{
    int rc = xxgk_calendar_new(out);
    if (rc || !c)
        return rc;
    xxgk_calendar *k = *out;
    memcpy(k->years, c->years, sizeof k->years);
    k->e = c->n ? malloc(c->n * sizeof *k->e) : NULL;
    k->cap = k->e ? c->n : 0;
    for (size_t i = 0; k->e && i < c->n; i++) {
        k->e[i] = c->e[i];
        if (!(k->e[i].name = copy_name(c->e[i].name, strlen(c->e[i].name))))
            break;
        k->n = i + 1;
    }
    if (k->n < c->n) {
        xxgk_calendar_free(k);
        *out = NULL;
        return err_set(XXGK_ENOMEM,
                       TR("复制节假日表时内存不足", "out of memory copying a calendar"));
    }
    return 0;
}

int xxgk_calendar_add_day(xxgk_calendar *c, xxgk_date d, int workday, const char *name)
{
    if (!c)
        return err_set(XXGK_EINVAL, TR("xxgk_calendar_add_day：节假日表为空",
                                         "xxgk_calendar_add_day: NULL calendar"));
    const char *why = check_entry(d, workday);
    char ds[11];
    xxgk_date_format(d, ds);
    if (why)
        return err_set(XXGK_EINVAL, TR("节假日表 %s：%s", "calendar entry %s: %s"), ds, why);
    size_t nl = name ? strlen(name) : 0;
    if (nl > MAX_NAME)
        return err_set(XXGK_ELIMIT,
                       TR("节假日表 %s：名称超过 %d 字节", "calendar entry %s: name longer than %d bytes"),
                       ds, MAX_NAME);
    if ((why = bad_name(name ? name : "", nl)) != NULL)
        return err_set(XXGK_EINVAL, TR("节假日表 %s：%s", "calendar entry %s: %s"), ds, why);
    char *copy = copy_name(name ? name : "", nl);
    if (!copy)
        return err_set(XXGK_ENOMEM,
                       TR("添加节假日时内存不足", "out of memory for a calendar entry"));
    size_t i = lower_bound(c, d);
    if (i < c->n && c->e[i].d == d) {
        free(c->e[i].name);
        c->e[i].name = copy;
        c->e[i].workday = workday != 0;
        return 0;
    }
    if (c->n >= MAX_ENTRIES) {
        free(copy);
        return err_set(XXGK_ELIMIT,
                       TR("节假日表最多 %d 项", "a calendar holds at most %d entries"),
                       MAX_ENTRIES);
    }
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 64;
        struct entry *e = realloc(c->e, cap * sizeof *e);
        if (!e) {
            free(copy);
            return err_set(XXGK_ENOMEM,
                           TR("添加节假日时内存不足", "out of memory for a calendar entry"));
        }
        c->e = e;
        c->cap = cap;
    }
    memmove(c->e + i + 1, c->e + i, (c->n - i) * sizeof *c->e);
    c->e[i] = (struct entry){d, workday != 0, copy};
    c->n++;
    return 0;
}

int xxgk_calendar_mark_year(xxgk_calendar *c, int year)
{
    if (!c || year < XXGK_DATE_MIN_YEAR || year > XXGK_DATE_MAX_YEAR)
        return err_set(XXGK_EINVAL,
                       TR("节假日表的年份 %d 不在 1900 至 2200 之间",
                          "calendar year %d outside 1900..2200"),
                       year);
    c->years[year - XXGK_DATE_MIN_YEAR] = 1;
    return 0;
}

int xxgk_calendar_has_year(const xxgk_calendar *c, int year)
{
    if (!c || year < XXGK_DATE_MIN_YEAR || year > XXGK_DATE_MAX_YEAR)
        return 0;
    return c->years[year - XXGK_DATE_MIN_YEAR];
}

int xxgk_calendar_late_december(xxgk_date d)
{
    int y, m, day;
    civil_from_days(d, &y, &m, &day);
    return m == 12 && day >= 25;
}

int xxgk_calendar_day_known(const xxgk_calendar *c, xxgk_date d)
{
    int y = xxgk_date_year(d);
    return xxgk_calendar_has_year(c, y) &&
           (!xxgk_calendar_late_december(d) || xxgk_calendar_has_year(c, y + 1));
}

size_t xxgk_calendar_count(const xxgk_calendar *c)
{
    return c ? c->n : 0;
}

int xxgk_calendar_entry(const xxgk_calendar *c, size_t i, xxgk_date *d, int *workday,
                        const char **name)
{
    if (!c || i >= c->n)
        return err_set(XXGK_EINVAL,
                       TR("节假日表第%zu项超出范围", "calendar entry %zu out of range"), i);
    if (d)
        *d = c->e[i].d;
    if (workday)
        *workday = c->e[i].workday;
    if (name)
        *name = c->e[i].name;
    return 0;
}

/* ---- CSV ---- */

struct pending {
    xxgk_date d;
    int workday;
    size_t line;
    const char *name; /* into the text, not NUL-terminated */
    size_t namelen;
    int doubled;      /* its quotes written twice ("元旦 ""新年""") */
};

static int by_date_then_line(const void *a, const void *b)
{
    const struct pending *x = a, *y = b;
    if (x->d != y->d)
        return x->d < y->d ? -1 : 1;
    return x->line < y->line ? -1 : x->line > y->line;
}

static void trim(const char **s, const char **e)
{
    while (*s < *e && (**s == ' ' || **s == '\t'))
        (*s)++;
    while (*e > *s && ((*e)[-1] == ' ' || (*e)[-1] == '\t' || (*e)[-1] == '\r'))
        (*e)--;
}

/* A field a spreadsheet quoted ("元旦,新年", "2025-01-01") without its quotes, a quote inside
 * written twice as CSV does (*doubled set); -1 when its quotes do not pair. */
static int unquote(const char **s, const char **e, int *doubled)
{
    *doubled = 0;
    if (*e - *s >= 2 && **s == '"' && (*e)[-1] == '"') {
        (*s)++, (*e)--;
        for (const char *q = *s; q < *e; q++)
            if (*q == '"') {
                if (q + 1 == *e || q[1] != '"')
                    return -1;
                *doubled = 1;
                q++;
            }
        return 0;
    }
    return memchr(*s, '"', (size_t)(*e - *s)) ? -1 : 0;
}

/* A name as written in the file (not NUL-terminated), its doubled quotes made one, malloc'd. */
static char *csv_name(const char *s, size_t n, int doubled)
{
    char *p = copy_name(s, n);
    if (p && doubled) {
        size_t w = 0;
        for (size_t i = 0; i < n; i++) {
            p[w++] = s[i];
            i += s[i] == '"'; /* (pairs only: unquote saw to it) */
        }
        p[w] = '\0';
    }
    return p;
}

/* Bytes of s[0..n) to quote in a message: at most max, ending on a whole UTF-8 character. */
static int quoted_len(const char *s, size_t n, size_t max)
{
    if (n <= max)
        return (int)n;
    while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
        max--;
    return (int)max;
}

/* Parse every line into p (capacity: one per line); the calendar is not touched. */
static int parse_csv(struct pending *p, size_t *np, const char *text, size_t len,
                     const char *name)
{
    const char *s = text, *end = text + len;
    size_t line = 0, n = 0;
    if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        s += 3;
    while (s < end) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        const char *a = s, *e = nl ? nl : end;
        s = nl ? nl + 1 : end;
        line++;
        trim(&a, &e);
        if (a == e)
            continue;
        if (memchr(a, '\0', (size_t)(e - a)))
            return err_set(XXGK_EINVAL, TR("%s 第%zu行：含有 NUL 字节", "%s:%zu: NUL byte in the line"),
                           name, line);
        /* the commas between fields: not those a quoted field holds ("元旦,新年") */
        const char *comma[2] = {NULL, NULL}, *field = a, *opened = NULL;
        int fields = 1;
        for (const char *q = a; q < e; q++)
            if (*q == '"') {
                opened = opened ? NULL : field; /* (a doubled quote turns it twice) */
            } else if (*q == ',' && !opened) {
                field = q + 1;
                if (fields++ <= 2)
                    comma[fields - 2] = q;
            }
        while (opened && opened < e && (*opened == ' ' || *opened == '\t'))
            opened++;
        if (opened) /* (a quote opened and never closed: the field it opened in said) */
            return err_set(XXGK_EINVAL,
                           TR("%s 第%zu行：引号不配对：%.*s",
                              "%s:%zu: quotes that do not pair: %.*s"),
                           name, line, quoted_len(opened, (size_t)(e - opened), 40), opened);
        if (fields != 3)
            return err_set(XXGK_EINVAL,
                           TR("%s 第%zu行：应有三个字段 date,kind,name，这一行有 %d 个",
                              "%s:%zu: expected three fields date,kind,name, not %d"),
                           name, line, fields);
        const char *c1 = comma[0], *c2 = comma[1];
        const char *da = a, *de = c1, *ka = c1 + 1, *ke = c2, *na = c2 + 1, *ne = e;
        trim(&da, &de);
        trim(&ka, &ke);
        trim(&na, &ne);
        const char *d0 = da, *k0 = ka, *n0 = na; /* (the fields as written, for the message) */
        int dd, kd, nd;
        const char *unpaired = unquote(&da, &de, &dd)   ? d0
                               : unquote(&ka, &ke, &kd) ? k0
                               : unquote(&na, &ne, &nd) ? n0
                                                        : NULL;
        if (unpaired)
            return err_set(XXGK_EINVAL,
                           TR("%s 第%zu行：引号不配对：%.*s", "%s:%zu: quotes that do not pair: %.*s"),
                           name, line, quoted_len(unpaired, (size_t)(e - unpaired), 40),
                           unpaired);
        /* the header, as written or quoted, in English or Chinese (日期,类型,名称, as a clerk
         * types it); the same words in another order are named */
        static const char h_date[] = "date|日期", h_kind[] = "kind|类型|类别|种类",
                          h_name[] = "name|名称|节日|节假日名称";
        size_t dn = (size_t)(de - da), kn = (size_t)(ke - ka);
        if (line == 1 && text_word_among(da, dn, h_date, 1) && text_word_among(ka, kn, h_kind, 1))
            continue;
        if (line == 1 &&
            (text_word_among(da, dn, h_kind, 1) || text_word_among(da, dn, h_name, 1) ||
             text_word_among(ka, kn, h_date, 1) || text_word_among(ka, kn, h_name, 1)))
            return err_set(XXGK_EINVAL,
                           TR("%s 第1行：表头的列应依次为 date,kind,name（或 日期,类型,名称）",
                              "%s:1: the header's columns go date,kind,name, in that order "
                              "(or 日期,类型,名称)"),
                           name);
        struct pending *q = &p[n];
        q->doubled = nd;
        char why[64], as[32], iso[16];
        /* (a spreadsheet in a Chinese locale saves 2027/12/23 or 2027年12月23日) */
        snprintf(as, sizeof as, "%.*s", (int)(de - da < 31 ? de - da : 31), da);
        size_t used = text_date_at(as, iso);
        if (used && used == (size_t)(de - da)) {
            da = iso;
            de = iso + strlen(iso);
        }
        if (parse_ymd(da, (size_t)(de - da), &q->d, why, sizeof why) < 0)
            return err_set(XXGK_EINVAL,
                           TR("%s 第%zu行：日期“%.20s”无效：%s", "%s:%zu: invalid date '%.20s': %s"),
                           name, line, as, why);
        /* (the State Council's notice says 放假 and 上班; a clerk's table 休息 or 补班; not
         * 调休 alone, which is said of both) */
        if (text_word_among(ka, kn, "holiday|放假|休息|假日|节假日|休假|法定节假日", 1))
            q->workday = 0;
        else if (text_word_among(ka, kn, "workday|上班|补班|调休上班|工作日|调休工作日", 1))
            q->workday = 1;
        else
            return err_set(XXGK_EINVAL,
                           TR("%s 第%zu行：kind 为“%.*s”，应为 holiday（放假）或 workday（上班）",
                              "%s:%zu: kind '%.*s' is neither holiday (放假) nor workday (上班)"),
                           name, line, (int)(ke - ka > 20 ? 20 : ke - ka), ka);
        const char *bad = check_entry(q->d, q->workday);
        if (bad)
            return err_set(XXGK_EINVAL, TR("%s 第%zu行：%.10s：%s", "%s:%zu: %.10s: %s"), name, line,
                           da, bad);
        if (ne - na > MAX_NAME)
            return err_set(XXGK_ELIMIT,
                           TR("%s 第%zu行：名称超过 %d 字节", "%s:%zu: name longer than %d bytes"),
                           name, line, MAX_NAME);
        if ((bad = bad_name(na, (size_t)(ne - na))) != NULL)
            return err_set(XXGK_EINVAL, TR("%s 第%zu行：%s", "%s:%zu: %s"), name, line, bad);
        q->line = line;
        q->name = na;
        q->namelen = (size_t)(ne - na);
        n++;
    }
    *np = n;
    return 0;
}

int xxgk_calendar_load_csv(xxgk_calendar *c, const char *text, size_t len, const char *name)
{
    if (!c || (!text && len))
        return err_set(XXGK_EINVAL,
                       TR("xxgk_calendar_load_csv：参数为空", "xxgk_calendar_load_csv: NULL argument"));
    if (!name)
        name = TR("（节假日表）", "(calendar)");
    if (len > MAX_CSV)
        return err_set(XXGK_ELIMIT,
                       TR("%s：节假日表不能超过 %d 字节", "%s: a holiday table is at most %d bytes"),
                       name, MAX_CSV);
    if (len == 0)
        return 0;
    size_t lines = 1;
    for (size_t i = 0; i < len; i++)
        lines += text[i] == '\n';
    struct pending *p = malloc(lines * sizeof *p);
    if (!p)
        return err_set(XXGK_ENOMEM, TR("读取 %s 时内存不足", "out of memory reading %s"), name);
    size_t np = 0;
    int rc = parse_csv(p, &np, text, len, name);
    if (rc < 0)
        goto out;
    qsort(p, np, sizeof *p, by_date_then_line);
    for (size_t i = 1; i < np; i++)
        if (p[i].d == p[i - 1].d) {
            char ds[11];
            xxgk_date_format(p[i].d, ds);
            rc = err_set(XXGK_EINVAL,
                         TR("%s 第%zu行：%s 重复出现（首次在第%zu行）",
                            "%s:%zu: %s is listed again (first on line %zu)"),
                         name, p[i].line, ds, p[i - 1].line);
            goto out;
        }
    if (c->n + np > MAX_ENTRIES) {
        rc = err_set(XXGK_ELIMIT,
                     TR("%s：节假日表最多 %d 项", "%s: a calendar holds at most %d entries"), name,
                     MAX_ENTRIES);
        goto out;
    }
    /* Copy the names and merge into a new array, so that a failure leaves the calendar as it
     * was and a date already present takes the new line (a user's table over the built-in). */
    size_t cap = c->n + np + 1, k = 0, i = 0, j = 0;
    struct entry *m = malloc(cap * sizeof *m);
    char **names = calloc(np + 1, sizeof *names);
    for (size_t x = 0; m && names && x < np; x++)
        if (!(names[x] = csv_name(p[x].name, p[x].namelen, p[x].doubled))) {
            for (size_t y = 0; y < x; y++)
                free(names[y]);
            free(names);
            names = NULL;
        }
    if (!m || !names) {
        free(m);
        free(names);
        rc = err_set(XXGK_ENOMEM, TR("读取 %s 时内存不足", "out of memory reading %s"), name);
        goto out;
    }
    while (i < c->n || j < np) {
        if (j == np || (i < c->n && c->e[i].d < p[j].d)) {
            m[k++] = c->e[i++];
            continue;
        }
        if (i < c->n && c->e[i].d == p[j].d)
            free(c->e[i++].name);
        m[k++] = (struct entry){p[j].d, p[j].workday, names[j]};
        if (xxgk_calendar_table_day(p[j].d))
            c->years[xxgk_date_year(p[j].d) - XXGK_DATE_MIN_YEAR] = 1;
        j++;
    }
    free(names);
    free(c->e);
    c->e = m;
    c->n = k;
    c->cap = cap;
out:
    free(p);
    return rc;
}

int xxgk_calendar_table_day(xxgk_date d)
{
    char s[11];
    xxgk_date_format(d, s);
    return strncmp(s + 5, "02", 2) >= 0 && strncmp(s + 5, "11", 2) <= 0;
}

int xxgk_calendar_load_builtin(xxgk_calendar *c)
{
    return xxgk_calendar_load_csv(c, (const char *)holidays_builtin_csv, holidays_builtin_csv_len,
                                  TR("holidays-cn.csv（内置）", "holidays-cn.csv (built in)"));
}

/* ---- working days ---- */

/* A day no table lists: a weekday, but in a year without a table not one of the statutory
 * holidays fixed by the date (元旦 1 January, 劳动节 1 May and since 2025 2 May, 国庆节 1-3
 * October), which are off whatever the arrangement: an estimate never falls due on them. */
static int plain_workday(const xxgk_calendar *c, xxgk_date d)
{
    if (xxgk_date_weekday(d) > 5)
        return 0;
    int y, m, day;
    civil_from_days(d, &y, &m, &day);
    if (c && xxgk_calendar_has_year(c, y))
        return 1;
    return !((m == 1 && day == 1) || (m == 5 && (day == 1 || (day == 2 && y >= 2025))) ||
             (m == 10 && day <= 3));
}

int xxgk_calendar_is_workday(const xxgk_calendar *c, xxgk_date d)
{
    size_t i = c ? lower_bound(c, d) : 0;
    if (c && i < c->n && c->e[i].d == d)
        return c->e[i].workday;
    return plain_workday(c, d);
}

int xxgk_calendar_add_workdays(const xxgk_calendar *c, xxgk_date start, int n, xxgk_date *out,
                               int *guessed)
{
    if (!c || !out)
        return err_set(XXGK_EINVAL, TR("xxgk_calendar_add_workdays：参数为空",
                                         "xxgk_calendar_add_workdays: NULL argument"));
    if (n < 0 || n > 10000)
        return err_set(XXGK_EINVAL,
                       TR("无法计算 %d 个工作日（应为 0 至 10000）",
                          "cannot count %d working days (0..10000)"),
                       n);
    if (!date_supported(start))
        return err_set(XXGK_EINVAL, TR("起算日期不在 1900 至 2200 年之间",
                                       "start date outside the years 1900..2200"));
    int g = 0, year = 0;
    xxgk_date d = start;
    size_t i = lower_bound(c, start + 1); /* walks along with d: one search, not one per day */
    while (n > 0) {
        d++;
        int y = xxgk_date_year(d);
        if (y != year) {
            if (y > XXGK_DATE_MAX_YEAR)
                return err_set(XXGK_EINVAL,
                               TR("工作日推算超出了 %d 年", "working days run past the year %d"),
                               XXGK_DATE_MAX_YEAR);
            year = y;
        }
        g |= !xxgk_calendar_day_known(c, d);
        while (i < c->n && c->e[i].d < d)
            i++;
        int work = i < c->n && c->e[i].d == d ? c->e[i].workday : plain_workday(c, d);
        n -= work;
    }
    *out = d;
    if (guessed)
        *guessed = g;
    return 0;
}
