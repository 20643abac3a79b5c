/*
 * The register: requests and their events under the statutory deadlines, the year's other
 * figures, cases, narrative, and the annual report computed from all of it.  Every change is one
 * transaction with its audit rows; a change refused for bad input changes nothing.
 */
#include <math.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <utf8proc.h>

#include "lib/error.h"
#include "lib/labels.h"
#include "lib/register_impl.h"
#include "util/buf.h"
#include "util/text.h"

/* ---- small helpers ---- */

int register_valid_date(const char *s, xxgk_date *d, const char *what)
{
    if (!s || !*s)
        return err_set(XXGK_EINVAL,
                       TR("%s：没有给出日期（YYYY-MM-DD）", "%s: no date given (YYYY-MM-DD)"), what);
    if (xxgk_date_parse(d, s) == 0)
        return 0;
    /* the parser says what is wrong with a date of the right form (no such day, a year out of
     * range; its message, still the last, quoted whole); of any other form, say which forms
     * are taken */
    int form = strlen(s) == 10 && s[4] == '-' && s[7] == '-';
    for (int i = 0; form && i < 10; i++)
        form = i == 4 || i == 7 || (s[i] >= '0' && s[i] <= '9');
    /* (a day count, as Excel keeps a date, in a column saved as numbers: 45356 is 2024-03-05) */
    long days = strlen(s) == 5 && strspn(s, "0123456789") == 5 ? strtol(s, NULL, 10) : 0;
    char shown[16] = "";
    if (days >= 36526 && days < 73051) /* (2000 to 2099) */
        xxgk_date_format((xxgk_date)(days - 25569), shown);
    if (!form && *shown)
        return err_set(XXGK_EINVAL,
                       TR("%s：“%s”是电子表格按数字保存的日期（即 %s）：请把该列设为日期格式后"
                          "再保存，或写作 YYYY-MM-DD",
                          "%s: '%s' is a date a spreadsheet kept as a number (%s): make the "
                          "column a date before saving, or write YYYY-MM-DD"),
                       what, s, shown);
    char clip[512]; /* (a cell of a megabyte quoted whole would bury the rows after it) */
    if (!form)
        return err_set(XXGK_EINVAL,
                       TR("%s：“%s”不是日期（请写作 YYYY-MM-DD、2024/3/5 或 2024年3月5日）",
                          "%s: '%s' is not a date (write YYYY-MM-DD, 2024/3/5 or 2024年3月5日)"),
                       what, u8_clip(s, 40, clip, sizeof clip));
    return err_set(XXGK_EINVAL, TR("%s：%s", "%s: %s"), what, xxgk_error_last());
}

/* A date the register is told of has happened: one later than tomorrow is a typo for another
 * year or month, and would hold a deadline open for months.  Tomorrow is allowed because the
 * machine's clock may run in another time zone than the office (UTC is a day behind Beijing
 * every morning before 08:00). */
int register_not_future(xxgk_date d, const char *s, const char *what)
{
    xxgk_date today = xxgk_date_today();
    if (d <= today + 1)
        return 0;
    char t[11];
    xxgk_date_format(today, t);
    return err_set(XXGK_EINVAL,
                   TR("%s：“%s”还没有到（今天是 %s）", "%s: '%s' has not come yet (today is %s)"),
                   what, s, t);
}

int register_year_check(int year)
{
    if (year < 2019 || year > 2100)
        return err_set(XXGK_EINVAL, TR("年度 %d 超出范围（2019-2100）",
                                       "year %d is out of range (2019-2100)"), year);
    xxgk_date now = xxgk_date_today();
    if (year <= xxgk_date_year(now))
        return 0;
    char t[11];
    xxgk_date_format(now, t);
    return err_set(XXGK_EINVAL,
                   TR("%d年度还没有到（今天是 %s）", "the year %d has not come yet (today is %s)"),
                   year, t);
}

/* Whether s is a number as a spreadsheet writes a long one it keeps as a number
 * ("1.10101199001011E+17"): an ID card's 18 digits cut to 15. */
int register_sci_number(const char *s)
{
    if (!(*s >= '0' && *s <= '9'))
        return 0;
    while ((*s >= '0' && *s <= '9') || *s == '.')
        s++;
    if (*s != 'E' && *s != 'e')
        return 0;
    s += 1 + (s[1] == '+');
    if (!*s)
        return 0;
    while (*s >= '0' && *s <= '9')
        s++;
    return !*s;
}

const char *register_sci_field(const char *id, const char *applicant_id, const char *contact,
                               const char **value)
{
    /* (an ID card's 18 digits, a telephone's, a ledger's 编号 of 12: cut to 15 or fewer) */
    const char *const values[] = {id, applicant_id, contact};
    static const char *const names[][2] = {
        {"编号", "the ID"}, {"证件号码", "the applicant's ID"}, {"联系方式", "the contact"}};
    for (size_t i = 0; i < 3; i++)
        if (values[i] && register_sci_number(values[i])) {
            *value = values[i];
            return TR(names[i][0], names[i][1]);
        }
    return NULL;
}

char *register_id(const char *id)
{
    return id ? (char *)utf8proc_NFKC((const utf8proc_uint8_t *)id) : NULL;
}

char *register_key(xxgk_db *db, const char *id, const char *table)
{
    char *k = register_id(id);
    if (!k)
        return NULL;
    char sql[96];
    long long one;
    snprintf(sql, sizeof sql, "SELECT 1 FROM %s WHERE id = ?", table);
    if (strcmp(k, id) != 0 && store_int(&db->s, &one, sql, id) > 0) {
        /* an ID kept as typed, by a register of schema 1 whose converted form was taken */
        free(k);
        return strdup(id);
    }
    if (store_int(&db->s, &one, sql, k) > 0)
        return k;
    /* the one ID that differs from it only in the case of its letters (ysq-1 for YSQ-1); of
     * two such, kept from before IDs were keyed so, neither is guessed */
    snprintf(sql, sizeof sql, "SELECT id FROM %s WHERE id_key = xxgk_fold(?) LIMIT 2", table);
    sqlite3_stmt *st = store_prepare(&db->s, sql, k);
    if (st && store_step(&db->s, st) > 0) {
        char *stored = store_col_dup(st, 0);
        if (stored && store_step(&db->s, st) == 0) {
            free(k);
            k = stored;
        } else
            free(stored);
    }
    sqlite3_finalize(st);
    return k;
}

int xxgk_db_find_id(xxgk_db *db, const char *kind, const char *typed, char **out)
{
    *out = NULL;
    int request = kind && strcmp(kind, "request") == 0;
    if (!request && !(kind && strcmp(kind, "case") == 0))
        return err_set(XXGK_EINVAL, "xxgk_db_find_id: kind '%s' is neither request nor case",
                       kind ? kind : "(null)");
    const char *table = request ? "request" : "review_case";
    char *k = typed ? register_key(db, typed, table) : NULL;
    char sql[64];
    long long one;
    snprintf(sql, sizeof sql, "SELECT 1 FROM %s WHERE id = ?", table);
    int found = k ? store_int(&db->s, &one, sql, k) : 0;
    if (found > 0) {
        *out = k;
        return 0;
    }
    free(k);
    if (found < 0)
        return found;
    return err_set(XXGK_ENOTFOUND, TR("%s“%s”不在登记簿 %s 中", "no %s '%s' in the register %s"),
                   request ? TR("申请", "request") : TR("案件", "case"), typed ? typed : "",
                   db->s.path);
}

/* Refuses an ID that a row of table has already in other letter case (A-1 for a-1, Ä-1 for
 * ä-1): the two would be two requests, or two cases counted twice in table 四, for what the
 * user took for one.  `what` names the row's kind for the message. */
static int id_case_twin(xxgk_db *db, const char *table, const char *id, const char *what)
{
    char sql[96];
    snprintf(sql, sizeof sql, "SELECT id FROM %s WHERE id_key = xxgk_fold(?) AND id <> ?", table);
    sqlite3_stmt *st = store_prepare(&db->s, sql, id, id);
    int r = st ? store_step(&db->s, st) : XXGK_EIO;
    int rc = r < 0 ? r : 0;
    if (r > 0)
        rc = err_set(XXGK_EINVAL,
                     TR("%s %s 与已有的 %s 只差字母大小写：编号不能重复（指的若是 %s，请用这个"
                        "编号；若是另一件，请换一个编号）",
                        "%s %s differs from the existing %s only in letter case: IDs are unique "
                        "(for that one, use %s; for another, choose another ID)"),
                     what, id, (const char *)sqlite3_column_text(st, 0),
                     (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    return rc;
}

/* Spaces of any width (U+3000 among them): what a name must not begin or end with. */
static int space_cp(int32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' ||
           utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS;
}

/* Whether s is NULL or holds nothing but spaces of any width. */
static int blank_text(const char *s)
{
    size_t n = s ? strlen(s) : 0;
    for (size_t i = 0; i < n;) {
        int32_t cp;
        i += u8_next(s + i, n - i, &cp);
        if (cp < 0 || !space_cp(cp)) /* (not UTF-8: register_text_ok says so) */
            return 0;
    }
    return 1;
}

int register_text_ok(const char *s, const char *what, int kind)
{
    if (!s)
        return 0;
    size_t n = strlen(s);
    if (kind == REGISTER_TEXT_NAME && n == 0)
        return err_set(XXGK_EINVAL, TR("%s为空", "%s is empty"), what);
    size_t at;
    int32_t bad;
    switch (text_first_flaw(s, n, kind == REGISTER_TEXT_PROSE, &at, &bad)) {
    case TEXT_NOT_UTF8:
        return err_set(XXGK_EENCODING,
                       TR("%s：第%zu字节不是 UTF-8（请先转换文字的编码，如从 GB18030 转换）",
                          "%s: byte %zu is not UTF-8 (convert the text, e.g. from GB18030)"),
                       what, at + 1);
    case TEXT_CONTROL:
        return err_set(XXGK_EINVAL,
                       TR("%s：含有控制字符 U+%04X（第%zu字节）",
                          "%s: control character U+%04X at byte %zu"),
                       what, (unsigned)bad, at + 1);
    case TEXT_INVISIBLE:
        return err_set(XXGK_EINVAL,
                       TR("%s：含有不可见字符 U+%04X（第%zu字节）",
                          "%s: invisible character U+%04X at byte %zu"),
                       what, (unsigned)bad, at + 1);
    case TEXT_CLEAN:
        break;
    }
    int blank = 1;
    size_t chars = 0;
    int32_t first = 0, last = 0;
    for (size_t i = 0; i < n;) {
        int32_t cp;
        i += u8_next(s + i, n - i, &cp);
        if (!space_cp(cp))
            blank = 0;
        if (!chars)
            first = cp;
        last = cp;
        chars++;
    }
    if (blank && kind == REGISTER_TEXT_NAME)
        return err_set(XXGK_EINVAL, TR("%s只有空白", "%s is blank"), what);
    if (kind == REGISTER_TEXT_LINE && n && blank)
        return err_set(XXGK_EINVAL,
                       TR("%s只有空白（不填请写 \"\"）", "%s is blank (\"\" leaves it out)"), what);
    if (kind != REGISTER_TEXT_PROSE && n && (space_cp(first) || space_cp(last)))
        return err_set(XXGK_EINVAL,
                       TR("%s“%s”的开头或结尾有空格", "%s '%s' begins or ends with a space"), what,
                       s);
    int most = kind == REGISTER_TEXT_NAME ? REGISTER_NAME_MAX
               : kind == REGISTER_TEXT_LINE ? REGISTER_LINE_MAX
                                            : 0;
    if (most && chars > (size_t)most)
        return err_set(XXGK_EINVAL,
                       TR("%s有%zu个字符，最多%d个", "%s is %zu characters long: at most %d"), what,
                       chars, most);
    return 0;
}

int register_text_out(xbuf *b, int rc, char **out)
{
    *out = NULL;
    if (!rc && b->failed)
        rc = err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    if (rc < 0) {
        xbuf_free(b);
        return rc;
    }
    *out = xbuf_steal(b);
    return *out ? 0 : err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
}

static int one_of(const char *v, const char *const *set)
{
    for (; *set; set++)
        if (v && strcmp(v, *set) == 0)
            return 1;
    return 0;
}

/* Stored keys with the words a user may type or read instead: the usual names of the channels
 * of Art. 31, of a request's states.  (The applicant types are the report's columns: see
 * applicant_column.)  alt: other words, as agencies' ledgers write them, '|' between. */
typedef struct {
    const char *key, *zh, *alt;
    const char *note; /* (a channel's: which day is the day of receipt, 条例 第三十一条) */
} named;

/* Whether v is one of the words of list ("a|b|c"). */
static int word_of(const char *v, const char *list)
{
    return text_word_among(v, strlen(v), list, 0);
}

static const named statuses[] = {{"open", "办理中", NULL, NULL},
                                 {"awaiting-correction", "待补正", NULL, NULL},
                                 {"paused", "暂停计时", NULL, NULL},
                                 {"closed", "已办结", NULL, NULL},
                                 {NULL, NULL, NULL, NULL}};
static const named channels[] = {
    {"in_person", "当面", "当面提交|当面申请|现场|现场申请|窗口|窗口申请|来访|口头|口头申请",
     "当面提交的，以提交之日为收到申请之日"},
    {"post", "邮寄", "信函|信函申请|来信|邮寄申请|挂号信|EMS|ems|邮政|快递",
     "邮寄的，以本机关签收之日为收到申请之日；平常信函等无需签收的，以当日与申请人确认之日为准"},
    {"online", "网络",
     /* (a 公众号's form or a 小程序 is the internet too: the day both sides confirm) */
     "在线|在线申请|网上|网上申请|网络申请|互联网|政府网站|网站|申请平台|依申请公开平台|"
     "政务服务网|政务服务平台|网上平台|微信|微信公众号|公众号|小程序|微信小程序|APP|App|app|"
     "手机APP|移动端",
     "通过互联网提交的，以双方确认之日为收到申请之日"},
    {"fax", "传真", "传真申请", "通过传真提交的，以双方确认之日为收到申请之日"},
    {"email", "电子邮件", "邮件|电子邮箱|邮箱|电子邮件申请",
     "通过电子邮件（互联网渠道）提交的，以双方确认之日为收到申请之日"},
    {"other", "其他", NULL, NULL},
    {NULL, NULL, NULL, NULL}};

/* The index of v in set, by key or by either name; -1 if none. */
static int named_index(const named *set, const char *v)
{
    for (int i = 0; v && set[i].key; i++)
        if (strcmp(v, set[i].key) == 0 || strcmp(v, set[i].zh) == 0 || word_of(v, set[i].alt))
            return i;
    return -1;
}

/* The applicant column of table 三 (0..5) that v names, by its id (natural) or its label
 * (自然人); -1 if none. */
static int applicant_column(const char *v)
{
    /* the words ledgers use for some columns (公民 for 自然人, 律师事务所 for 法律服务机构);
     * not 法人 or 其他组织, which are five columns, nor 个体工商户 or 律师, which ledgers count
     * either way */
    static const char *const words[6] = {"公民|个人|群众|居民|村民|市民", "企业|公司",
                                         "科研院所|研究所|研究院", "公益组织",
                                         "律师事务所|律所", NULL};
    const xxgk_row_spec *row =
        &xxgk_format_get(XXGK_FORMAT_2021)->tables[XXGK_TABLE_REQUESTS].rows[0];
    for (int i = 0; v && i < row->ncols; i++)
        if (!(row->cols[i].flags & XXGK_COL_TOTAL) &&
            (strcmp(v, row->cols[i].id) == 0 || strcmp(v, row->cols[i].label) == 0 ||
             (i < 6 && word_of(v, words[i]))))
            return i;
    return -1;
}

static const xxgk_column_spec *applicant_spec(int i)
{
    return &xxgk_format_get(XXGK_FORMAT_2021)->tables[XXGK_TABLE_REQUESTS].rows[0].cols[i];
}

/* The Chinese name of a stored key, or the key itself. */
static const char *named_zh(const named *set, const char *key)
{
    int i = named_index(set, key);
    return i < 0 ? key : set[i].zh;
}

const char *register_key_said(int kind, const char *key)
{
    if (!key || !*key)
        return "";
    if (kind == REGISTER_SAID_TYPE) {
        int i = applicant_column(key);
        return i < 0 ? key : applicant_spec(i)->label;
    }
    return named_zh(kind == REGISTER_SAID_CHANNEL ? channels : statuses, key);
}

/* A status in the user's language: its Chinese words, and the key after them in English. */
static const char *status_said(const char *key, char buf[64])
{
    if (xxgk_lang_get() != XXGK_LANG_EN)
        return named_zh(statuses, key);
    snprintf(buf, 64, "%s %s", named_zh(statuses, key), key);
    return buf;
}

/* Outcomes the 条例 answers otherwise than their row's usual reply, counted in that row of
 * table 三: information already published, whose reply says where to get it (Art. 36(1),
 * 予以公开), and information not this agency's to disclose, whose reply names the agency that
 * is (Art. 36(5), counted as 本机关不掌握). Each with the words ledgers give it, and the
 * words shown after its row's label. */
static const struct {
    const char *key, *row, *words, *shown;
    const char *not; /* words that make them the row's usual reply after all, or NULL */
} outcome_variants[] = {
    {"granted.published", "granted", "已公开|已主动公开|告知获取途径|告知获取方式", "已主动公开",
     NULL},
    /* (非本机关掌握: not held, the usual 本机关不掌握, not another agency's to disclose) */
    {"unable.1.other_agency", "unable.1", "非本机关|不属于本机关|非本单位|不属于本单位",
     "非本机关负责公开", "机关掌握|单位掌握|制作|获取"},
};
#define NVARIANTS (sizeof outcome_variants / sizeof outcome_variants[0])

/* The row of table 三 an outcome names ("granted", "withheld.4", "granted.published"), from the
 * format table. */
const xxgk_row_spec *register_outcome_row(const char *outcome)
{
    if (!outcome)
        return NULL;
    for (size_t i = 0; i < NVARIANTS; i++)
        if (strcmp(outcome, outcome_variants[i].key) == 0)
            outcome = outcome_variants[i].row;
    const xxgk_table_spec *t = &xxgk_format_get(XXGK_FORMAT_2021)->tables[XXGK_TABLE_REQUESTS];
    const char *dot = strchr(outcome, '.');
    size_t kl = dot ? (size_t)(dot - outcome) : strlen(outcome);
    int index = -1;
    if (dot) {
        if (dot[1] < '1' || dot[1] > '9') /* canonical: withheld.4, not "withheld. 4" */
            return NULL;
        char *end;
        long v = strtol(dot + 1, &end, 10);
        if (*end || v < 1 || v > 20)
            return NULL;
        index = (int)v - 1;
    }
    for (int i = 0; i < t->nrows; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        if (!(row->flags & XXGK_ROW_OUTCOME) || (row->flags & XXGK_ROW_GROUP))
            continue;
        if (strlen(row->key) == kl && strncmp(row->key, outcome, kl) == 0 && row->index == index)
            return row;
    }
    return NULL;
}

/* The name `figure set` knows cell k of section 二's row by: a one-figure row by its key
 * alone (licensing), the others key.column (regs.issued). */
static const char *figure_key(const xxgk_row_spec *row, int k, char *buf, size_t cap)
{
    if (row->ncols == 1)
        snprintf(buf, cap, "%s", row->key);
    else
        snprintf(buf, cap, "%s.%s", row->key, row->cols[k].id);
    return buf;
}

/* Whether key names cell k of row in the table's words: 行政许可, 规章.本年制发件数 or
 * 规章.本年制发. */
static int figure_words(const char *key, const xxgk_row_spec *row, int k)
{
    size_t n = strlen(row->label);
    if (strncmp(key, row->label, n) != 0)
        return 0;
    if (row->ncols == 1)
        return key[n] == '\0';
    if (key[n] != '.')
        return 0;
    const char *col = row->cols[k].label, *rest = key + n + 1;
    size_t m = strlen(col), unit = strlen("件数");
    return strcmp(rest, col) == 0 || (m > unit && strcmp(col + m - unit, "件数") == 0 &&
                                      strlen(rest) == m - unit && strncmp(rest, col, m - unit) == 0);
}

/* Figure key (licensing, regs.issued) in the table's words (行政许可, 规章.本年制发件数), into
 * buf; NULL when it names no cell. */
static const char *figure_said(const char *key, char *buf, size_t cap)
{
    const xxgk_table_spec *t = &xxgk_format_get(XXGK_FORMAT_2021)->tables[XXGK_TABLE_ACTIVE];
    for (int i = 0; key && i < t->nrows; i++)
        for (int k = 0; k < t->rows[i].ncols; k++) {
            char name[64];
            if (strcmp(key, figure_key(&t->rows[i], k, name, sizeof name)) != 0)
                continue;
            if (t->rows[i].ncols == 1)
                snprintf(buf, cap, "%s", t->rows[i].label);
            else
                snprintf(buf, cap, "%s.%s", t->rows[i].label, t->rows[i].cols[k].label);
            return buf;
        }
    return NULL;
}

int register_figure_cell(const char *key, int *amount, char *canon, size_t cap)
{
    const xxgk_table_spec *t = &xxgk_format_get(XXGK_FORMAT_2021)->tables[XXGK_TABLE_ACTIVE];
    for (int i = 0; key && i < t->nrows; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        for (int k = 0; k < row->ncols; k++) {
            char name[64];
            if (strcmp(key, figure_key(row, k, name, sizeof name)) == 0 ||
                figure_words(key, row, k)) {
                if (amount)
                    *amount = (row->cols[k].flags & XXGK_COL_AMOUNT) != 0;
                if (canon)
                    snprintf(canon, cap, "%s", name);
                return row->first_cell + k;
            }
        }
    }
    return -1;
}

int xxgk_figures_unset(xxgk_db *db, int year, char **zero, char **counted)
{
    *zero = *counted = NULL;
    const xxgk_table_spec *t = &xxgk_format_get(XXGK_FORMAT_2021)->tables[XXGK_TABLE_ACTIVE];
    char ys[16];
    snprintf(ys, sizeof ys, "%d", year);
    xbuf b[2]; /* zero, counted */
    xbuf_init(&b[0], 0);
    xbuf_init(&b[1], 0);
    int rc = 0;
    for (int i = 0; i < t->nrows && !rc; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        for (int k = 0; k < row->ncols && !rc; k++) {
            /* 现行有效 is carried from the year before, so it is missing only when no year
             * up to this one has it: the count then starts from 0 */
            int carried = strcmp(row->cols[k].id, "in_force") == 0;
            char key[64];
            figure_key(row, k, key, sizeof key);
            long long one;
            int r = store_int(&db->s, &one,
                              carried ? "SELECT 1 FROM figure WHERE year <= ? AND key = ?"
                                      : "SELECT 1 FROM figure WHERE year = ? AND key = ?",
                              ys, key);
            if (r < 0)
                rc = r;
            else if (r == 0)
                xbuf_printf(&b[carried], "%s%s", b[carried].len ? TR("、", ", ") : "", key);
        }
    }
    rc = register_text_out(&b[0], rc, zero);
    rc = register_text_out(&b[1], rc, counted);
    if (rc < 0) {
        free(*zero);
        *zero = NULL;
    }
    return rc;
}

/* The words of a label without its numbering: "（一）予以公开" and "4.保护第三方合法权益" give
 * "予以公开" and "保护第三方合法权益". */
static const char *label_words(const char *s)
{
    if (strncmp(s, "（", 3) == 0 || *s == '(') {
        const char *e = strstr(s, "）");
        const char *a = strchr(s, ')');
        if (e && (!a || e < a))
            return e + 3;
        if (a)
            return a + 1;
    }
    while ((*s >= '0' && *s <= '9') || *s == '.' || strncmp(s, "、", 3) == 0 ||
           strncmp(s, "．", 3) == 0)
        s += (unsigned char)*s >= 0x80 ? 3 : 1;
    return s;
}

/* The key of an outcome row into out ("withheld.4"). */
static const char *outcome_key(const xxgk_row_spec *row, char out[64])
{
    if (row->index >= 0)
        snprintf(out, 64, "%s.%d", row->key, row->index + 1);
    else
        snprintf(out, 64, "%s", row->key);
    return out;
}

/* Whether one of the '|'-separated keys occurs in norm. */
static int has_key(const char *norm, const char *keys)
{
    char k[128];
    for (const char *p = keys; p && *p;) {
        const char *bar = strchr(p, '|');
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        if (n && n < sizeof k) {
            memcpy(k, p, n);
            k[n] = '\0';
            if (strstr(norm, k))
                return 1;
        }
        p = bar ? bar + 1 : NULL;
    }
    return 0;
}

static const char *const closing_words[][2] = {
    /* what ledgers call the outcomes that closing events give */
    {"other.1", "逾期未补正|逾期不补正|未补正"},
    {"other.2", "逾期未缴费|逾期不缴费|未缴费"},
    {"unable.3", "补正后仍不明确|补正后申请内容仍不明确"},
    /* ... and other rows, in their words: the information does not exist, or is not this
     * agency's (made the row's variant by register_outcome_read); a third party's commercial
     * secret or privacy (Art. 15); an application withdrawn, which the format has no row for
     * but 3.其他 (the other ways an application ended) */
    {"unable.1", "信息不存在|无此信息|无该信息|无相关信息|非本机关|不属于本机关"},
    {"unable.2", "另行制作"},
    {"withheld.4", "商业秘密|个人隐私"},
    {"not_processed.1", "投诉|举报|信访"},
    {"other.3", "撤回"},
};

/* Whether the words w (normalized) name row, or rows among others: words of its label, or its
 * group's (不予公开 names its eight). */
static int names_row(const char *w, size_t wl, const xxgk_row_spec *row)
{
    char lnorm[LABEL_NORM_MAX];
    const char *words = label_words(row->label);
    label_norm(lnorm, sizeof lnorm, words, strlen(words));
    if (wl >= 6 && strstr(lnorm, w))
        return 1;
    const char *group = row->caption ? label_words(row->caption) : "";
    label_norm(lnorm, sizeof lnorm, group, strlen(group));
    return wl && strcmp(lnorm, w) == 0;
}

/* Whether the words (normalized) say the information was disclosed, whole or in part: a reason's
 * words beside them do not make the outcome that reason's row. */
static int says_disclosed(const char *norm)
{
    return (strstr(norm, "予以公开") && !strstr(norm, "不予以公开")) ||
           strstr(norm, "部分公开") || strstr(norm, "全部公开");
}

/* Whether the words (normalized) give the reason of a row that is neither disclosure: a
 * withholding's, or that of a row of 无法提供, 不予处理 or 其他处理 ("国家秘密", "个人隐私"). */
static int names_reason(const char *w)
{
    const xxgk_table_spec *t = &xxgk_format_get(XXGK_FORMAT_2021)->tables[XXGK_TABLE_REQUESTS];
    for (int i = 0; i < t->nrows; i++)
        if (t->rows[i].match && t->rows[i].index >= 0 && has_key(w, t->rows[i].match))
            return 1;
    for (size_t k = 0; k < sizeof closing_words / sizeof closing_words[0]; k++)
        if (has_key(w, closing_words[k][1])) /* (a ledger's words: 涉及商业秘密) */
            return 1;
    return 0;
}

size_t register_remark_split(const char *s, const char **remark, size_t *remark_len)
{
    const char *t = s;
    size_t n = trim_wide(&t, strlen(s)), close;
    if (n > 3 && memcmp(t + n - 3, "）", 3) == 0)
        close = n - 3;
    else if (n > 1 && t[n - 1] == ')')
        close = n - 1;
    else
        return 0;
    size_t open = close; /* (the last opening bracket: "（二）部分公开（…）" keeps its number) */
    while (open > 0 && t[open - 1] != '(' &&
           !(open >= 3 && memcmp(t + open - 3, "（", 3) == 0))
        open--;
    if (open == 0)
        return 0;
    const char *r = t + open;
    size_t rl = trim_wide(&r, close - open);
    open -= t[open - 1] == '(' ? 1 : 3;
    const char *h = t;
    size_t hl = trim_wide(&h, open);
    if (!rl || !hl)
        return 0;
    *remark = r;
    *remark_len = rl;
    return (size_t)(h + hl - s);
}

const char *const register_denials[] = {"不涉及", "未涉及", "不属于", "不包含", "不含",
                                        "非",     "并非",   "不是",   "无",     NULL};

/* Whether a remark (as register_remark_split gives it) beside a head read as row key
 * contradicts it: a whole disclosure said with another row's reason ("予以公开（涉及个人
 * 隐私）": whole, or in part?), unless the remark denies it ("予以公开（不涉及国家秘密）",
 * "（非重复申请）"). 部分公开 is one row whatever the grounds for the part withheld: table 三
 * counts it "只计这一情形". */
static int remark_contradicts(const char *key, const char *remark, size_t len)
{
    if (strncmp(key, "granted", 7) != 0)
        return 0;
    char *own = strndup(remark, len);
    char *nf = own ? (char *)utf8proc_NFKC((const utf8proc_uint8_t *)own) : NULL;
    char norm[LABEL_NORM_MAX] = "";
    int read = nf != NULL; /* (no memory: taken as contradicting, the outcome refused) */
    if (nf)
        label_norm(norm, sizeof norm, nf, strlen(nf));
    free(nf);
    free(own);
    /* (a remark that denies a ground, 不涉及个人隐私; not one that withholds, 不予公开部分…,
     * 未公开部分…, which makes a whole disclosure a partial one) */
    for (size_t i = 0; read && register_denials[i]; i++)
        if (strncmp(norm, register_denials[i], strlen(register_denials[i])) == 0)
            return 0;
    return !read || names_reason(norm);
}

/* Whether a remark (as register_remark_split gives it) after the words of row key is that row's
 * own words, no reason for the reply: its label's note (部分公开（区分处理的，只计这一情形…）), or
 * its variant's words ("（一）予以公开（已主动公开）", as list shows it). */
static int remark_own(const char *key, const char *remark, size_t len)
{
    char *own = strndup(remark, len);
    char *nf = own ? (char *)utf8proc_NFKC((const utf8proc_uint8_t *)own) : NULL;
    char norm[LABEL_NORM_MAX], lnorm[LABEL_NORM_MAX];
    size_t nl = nf ? label_norm(norm, sizeof norm, nf, strlen(nf)) : 0;
    free(nf);
    free(own);
    if (!nl)
        return 1; /* (no memory: no note, rather than a wrong one) */
    const xxgk_row_spec *row = register_outcome_row(key);
    const char *note = row ? strstr(label_words(row->label), "（") : NULL;
    if (note && label_norm(lnorm, sizeof lnorm, note, strlen(note)) && strstr(lnorm, norm))
        return 1;
    for (size_t k = 0; k < NVARIANTS; k++)
        if (strcmp(key, outcome_variants[k].key) == 0 && has_key(norm, outcome_variants[k].words))
            return 1;
    return 0;
}

/* register_outcome_read of the words alone, a remark in them read as words too. */
static const char *outcome_words(const char *in, char out[64])
{
    if (!in || !*in || register_outcome_row(in))
        return in;
    /* full-width digits and brackets as ASCII; a group's words before a colon left out
     * ("（三）不予公开：4.保护第三方合法权益", as the export's outcome_label writes outcomes;
     * list and show write "（三）4.保护第三方合法权益") */
    char *nf = (char *)utf8proc_NFKC((const utf8proc_uint8_t *)in);
    const char *w = nf ? nf : in;
    const char *colon = strrchr(w, ':');
    if (colon && colon[1])
        w = colon + 1;
    char norm[LABEL_NORM_MAX], lnorm[LABEL_NORM_MAX];
    size_t nl = label_norm(norm, sizeof norm, w, strlen(w));
    const xxgk_table_spec *t = &xxgk_format_get(XXGK_FORMAT_2021)->tables[XXGK_TABLE_REQUESTS];
    const xxgk_row_spec *exact = NULL, *keyed = NULL, *part = NULL;
    int nkeyed = 0, nparts = 0;
    for (int i = 0; nl && i < t->nrows && !exact; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        if (!(row->flags & XXGK_ROW_OUTCOME) || (row->flags & XXGK_ROW_GROUP))
            continue;
        /* the words, without the note in brackets 部分公开's go on with */
        const char *words = label_words(row->label), *note = strstr(words, "（");
        label_norm(lnorm, sizeof lnorm, words, note ? (size_t)(note - words) : strlen(words));
        if (strcmp(lnorm, norm) == 0)
            exact = row;
        label_norm(lnorm, sizeof lnorm, words, strlen(words));
        if (strcmp(lnorm, norm) == 0)
            exact = row;
        /* (not 予以公开 or 部分公开 by a word inside: 不予以公开, 部分予以公开 deny them) */
        else if (row->match && strcmp(row->key, "granted") != 0 &&
                 strcmp(row->key, "partly") != 0 && has_key(norm, row->match))
            keyed = row, nkeyed++;
        /* (or words of one row's, two characters at least: 执法案卷, 不掌握) */
        if (names_row(norm, nl, row))
            part = row, nparts++;
    }
    const char *r = in; /* (whole, for the message that says it is no row) */
    /* (a group's words name all its rows, not the one whose key they hold: 其他处理 is not
     * 3.其他) */
    if (!exact && nparts > 1)
        nkeyed = 0;
    /* (nor is a disclosure with a reason's words in it that row: "部分公开（涉及国家秘密）",
     * "不属于国家秘密，予以公开" say which in words no key can read) */
    if (!exact && says_disclosed(norm) && nkeyed)
        nkeyed = -1;
    if (exact || nkeyed == 1)
        r = outcome_key(exact ? exact : keyed, out);
    else if (!nkeyed && nparts == 1)
        r = outcome_key(part, out);
    /* (a ledger's words for the two disclosures, whole: 同意公开 is 予以公开, as the checker
     * reads a report's) */
    static const char *const agreed[][2] = {{"同意公开", "granted"},
                                            {"全部公开", "granted"},
                                            {"全部同意公开", "granted"},
                                            {"部分同意公开", "partly"}};
    for (size_t k = 0; r == in && k < sizeof agreed / sizeof agreed[0]; k++)
        if (strcmp(norm, agreed[k][0]) == 0)
            r = strcpy(out, agreed[k][1]);
    for (size_t k = 0; r == in && nl && nkeyed >= 0 && !says_disclosed(norm) &&
                       k < sizeof closing_words / sizeof closing_words[0];
         k++)
        if (has_key(norm, closing_words[k][1]))
            r = strcpy(out, closing_words[k][0]);
    /* A variant's words make its row that variant, or name it alone ("已主动公开"; "（一）予以公开
     * （已主动公开）", as list shows it): not beside another row's words, nor a disclosure's
     * beside a refusal's or a part's. */
    for (size_t k = 0; nl && k < NVARIANTS; k++) {
        const char *row = outcome_variants[k].row;
        int disclosure = strcmp(row, "granted") == 0;
        if (has_key(norm, outcome_variants[k].words) && (r == in || strcmp(r, row) == 0) &&
            !(outcome_variants[k].not && has_key(norm, outcome_variants[k].not)) &&
            (disclosure ? !strstr(norm, "部分") && !strstr(norm, "不予") && nkeyed <= 0
                        : !says_disclosed(norm) && nkeyed >= 0)) {
            r = strcpy(out, outcome_variants[k].key);
            break;
        }
    }
    free(nf);
    return r;
}

/* (An outcome whose words name no row but for a remark in brackets after them is read by its
 * head alone: "不予公开（…）", eight rows, none; a key before it is that row whatever follows.
 * The remark is the reply's reason whichever way the row was read: "不予公开（涉及个人隐私）",
 * read whole as 保护第三方合法权益, keeps 涉及个人隐私 for its 答复书, as 部分公开（…） does.) */
const char *register_outcome_read_remark(const char *in, char out[64], char **remark)
{
    if (remark)
        *remark = NULL;
    const char *said;
    size_t len, head = in && !register_outcome_row(in) ? register_remark_split(in, &said, &len) : 0;
    char *h = head ? strndup(in, head) : NULL;
    /* (a key before the remark, "partly（非本机关）", is that row, whatever words follow) */
    const char *r = h && register_outcome_row(h) ? in : outcome_words(in, out);
    if (!h || r != in) {
        int own = !h || !remark || r == in || remark_own(r, said, len);
        free(h);
        if (!own && !(*remark = strndup(said, len)))
            return in; /* (no memory: read as no row, refused) */
        return r;
    }
    const char *k = outcome_words(h, out);
    if (k == h) /* (a key comes back as given) */
        k = register_outcome_row(h) && strlen(h) < 64 ? strcpy(out, h) : NULL;
    free(h);
    if (!k || remark_contradicts(k, said, len))
        return in;
    if (remark && !(*remark = strndup(said, len)))
        return in; /* (no memory: read as no row, refused) */
    return k;
}

const char *register_outcome_read(const char *in, char out[64])
{
    return register_outcome_read_remark(in, out, NULL);
}

/* The length of the time of day at c ("14:30", "9:05:00"), 0 when there is none. */
static size_t time_len(const char *c)
{
    unsigned h, m, sec;
    int n = 0, k = 0;
    if (!(*c >= '0' && *c <= '9') || sscanf(c, "%2u:%2u%n:%2u%n", &h, &m, &n, &sec, &k) < 2 ||
        h > 23 || m > 59)
        return 0;
    return k && sec <= 59 ? (size_t)k : (size_t)n;
}

const char *register_date_read(const char *in, char out[32])
{
    if (!in)
        return NULL;
    /* (full-width digits and separators, typed with a Chinese input method, as ASCII) */
    char *n = (char *)utf8proc_NFKC((const utf8proc_uint8_t *)in);
    const char *t = n ? n : in;
    char date[16];
    size_t used = text_date_at(t, date);
    const char *rest = t + used;
    /* (a time of day after the date, as office systems export the moment of receipt, or
     * Excel's midnight: the day is what Art. 31 counts) */
    size_t clock = used && (*rest == ' ' || *rest == 'T') ? time_len(rest + 1) : 0;
    if (clock)
        rest += 1 + clock;
    /* (and a date of eight figures, 20240305, as some systems write one) */
    size_t len = strlen(t);
    if (!used && len == 8 && strspn(t, "0123456789") == 8 &&
        (strncmp(t, "19", 2) == 0 || strncmp(t, "20", 2) == 0)) {
        snprintf(date, sizeof date, "%.4s-%.2s-%.2s", t, t + 4, t + 6);
        used = 8, rest = t + 8;
    }
    int ok = used && !*rest;
    if (ok)
        snprintf(out, 32, "%s", date);
    free(n);
    return ok ? out : in; /* (whole, for the message that says it is no date) */
}

/* Whether the words (normalized) name an extension of the time to answer (延期答复, 延长答复
 * 期限): no outcome, but an event of its own. */
static int says_extension(const char *w)
{
    return strstr(w, "延期") || strstr(w, "延长");
}

/* Whether the words (normalized) give row's reason (see names_reason). */
static int reason_row(const char *w, const xxgk_row_spec *row)
{
    if (row->match && row->index >= 0 && has_key(w, row->match))
        return 1;
    char key[64];
    outcome_key(row, key);
    for (size_t k = 0; k < sizeof closing_words / sizeof closing_words[0]; k++)
        if (strcmp(closing_words[k][0], key) == 0 && has_key(w, closing_words[k][1]))
            return 1;
    return 0;
}

/* The outcomes, each key with its row's words ("granted 予以公开, ..., withheld.4
 * 保护第三方合法权益, ..."): what a staffer needs to choose one. */
static int bad_outcome(const char *outcome)
{
    const xxgk_table_spec *t = &xxgk_format_get(XXGK_FORMAT_2021)->tables[XXGK_TABLE_REQUESTS];
    /* the rows the words may mean, when more than one: only those listed */
    char w[LABEL_NORM_MAX];
    char *nf = outcome ? (char *)utf8proc_NFKC((const utf8proc_uint8_t *)outcome) : NULL;
    size_t wl = nf ? label_norm(w, sizeof w, nf, strlen(nf)) : 0;
    int some = 0;
    for (int i = 0; wl && i < t->nrows; i++)
        some += (t->rows[i].flags & XXGK_ROW_OUTCOME) && !(t->rows[i].flags & XXGK_ROW_GROUP) &&
                names_row(w, wl, &t->rows[i]);
    int mixed = wl && names_reason(w) && says_disclosed(w); /* ("予以公开（涉及国家秘密）") */
    /* (words of several rows before a remark, "不予公开（第三方不同意）": those rows) */
    const char *remark;
    size_t rl, head = nf && !some && !mixed ? register_remark_split(nf, &remark, &rl) : 0;
    if (head) {
        char hw[LABEL_NORM_MAX];
        size_t hl = label_norm(hw, sizeof hw, nf, head);
        int n = 0;
        for (int i = 0; hl && i < t->nrows; i++)
            n += (t->rows[i].flags & XXGK_ROW_OUTCOME) && !(t->rows[i].flags & XXGK_ROW_GROUP) &&
                 names_row(hw, hl, &t->rows[i]);
        if (n > 1) {
            memcpy(w, hw, hl + 1);
            wl = hl;
            some = n;
        }
    }
    free(nf);
    int extension = wl && says_extension(w);
    xbuf b;
    xbuf_init(&b, 0);
    for (int i = 0; i < t->nrows; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        if (!(row->flags & XXGK_ROW_OUTCOME) || (row->flags & XXGK_ROW_GROUP))
            continue;
        /* (a disclosure with a reason: the two disclosures, and the rows of the reasons) */
        if (mixed ? strcmp(row->key, "granted") != 0 && strcmp(row->key, "partly") != 0 &&
                        !reason_row(w, row)
                  : some > 1 && !names_row(w, wl, row))
            continue;
        const char *words = label_words(row->label);
        const char *note = strstr(words, "（"); /* 部分公开's note in brackets left out */
        size_t n = note ? (size_t)(note - words) : strlen(words);
        if (row->index >= 0)
            xbuf_printf(&b, "%s%s.%d %.*s", b.len ? TR("；", ", ") : "", row->key,
                        row->index + 1, (int)n, words);
        else
            xbuf_printf(&b, "%s%s %.*s", b.len ? TR("；", ", ") : "", row->key, (int)n, words);
    }
    for (size_t k = 0; some <= 1 && !mixed && k < NVARIANTS; k++) /* (and the rows' variants) */
        xbuf_printf(&b, "%s%s %s", b.len ? TR("；", ", ") : "", outcome_variants[k].key,
                    outcome_variants[k].shown);
    int rc = !outcome || !*outcome
                 ? err_set(XXGK_EINVAL,
                           TR("答复需写明处理结果（--outcome），即表三中的一行，写其键名或文字：%s",
                              "a reply needs its outcome (--outcome), a row of table "
                              "三 by key or words: %s"),
                           b.data ? b.data : "")
                 /* (an extension typed as the result, as ledgers do: said as such) */
                 : extension
                 ? err_set(XXGK_EINVAL,
                           TR("“%s”说的是延期（延长答复期限），不是办理结果：延期另行记录"
                              "（request event 编号 extension 日期 --days 天数 --approver 批准人；"
                              "台账中写在“延期告知日期”“延期天数”“延期批准人”列），办理结果是"
                              "答复时表三中的一行（尚未答复的，台账中留空）",
                              "'%s' is an extension of the time to answer, not an outcome: "
                              "record the extension as such (request event ID extension DATE "
                              "--days N --approver NAME; in a ledger, columns 延期告知日期, "
                              "延期天数, 延期批准人), and as the outcome the row of table 三 the "
                              "reply gives (in a ledger, nothing while unanswered)"),
                           outcome)
                 : mixed
                 ? err_set(XXGK_EINVAL,
                           TR("“%s”既说公开又写了不予公开、无法提供或不予处理的理由，是表三中的"
                              "哪一行？请写其键名或文字：%s",
                              "'%s' says disclosed and gives a reason of another row too: which "
                              "row of table 三 is it? Give its key or words: %s"),
                           outcome, b.data ? b.data : "")
                 : some > 1
                 ? err_set(XXGK_EINVAL,
                           TR("“%s”可以是表三中的 %d 行，请写明是哪一行：%s",
                              "'%s' may be any of %d rows of table 三: say which: %s"),
                           outcome, some, b.data ? b.data : "")
                 : err_set(XXGK_EINVAL,
                           TR("“%s”不是表三中的行，请写其键名或文字：%s",
                              "'%s' is not a row of table 三: give its key or words: %s"),
                           outcome, b.data ? b.data : "");
    xbuf_free(&b);
    return rc;
}

int register_outcome_check(const char *outcome)
{
    char key[64];
    const char *k = register_outcome_read(outcome, key);
    return register_outcome_row(k) ? 0 : bad_outcome(outcome);
}

/* ---- calendar ---- */

static int seed_calendar(store *s)
{
    xxgk_calendar *cal;
    int rc = xxgk_calendar_new(&cal);
    if (rc)
        return rc;
    rc = xxgk_calendar_load_builtin(cal);
    int last_year = 0;
    for (size_t i = 0; !rc && i < xxgk_calendar_count(cal); i++) {
        xxgk_date d;
        int work;
        const char *name;
        char ds[11];
        xxgk_calendar_entry(cal, i, &d, &work, &name);
        xxgk_date_format(d, ds);
        rc = store_run(s, "INSERT OR REPLACE INTO calendar_day(date, kind, name) VALUES (?,?,?)",
                       ds, work ? "workday" : "holiday", name);
        if (!rc && xxgk_calendar_table_day(d) && xxgk_date_year(d) != last_year) {
            char y[16];
            last_year = xxgk_date_year(d);
            snprintf(y, sizeof y, "%d", last_year);
            rc = store_run(s, "INSERT OR IGNORE INTO calendar_year(year, source) VALUES (?, ?)", y,
                           "built-in");
        }
    }
    xxgk_calendar_free(cal);
    return rc;
}

/* The register's calendar, read from the database. */
static int calendar_read(xxgk_db *db, xxgk_calendar **out)
{
    int rc = xxgk_calendar_new(out);
    if (rc)
        return rc;
    sqlite3_stmt *st = store_prepare(&db->s, "SELECT date, kind, name FROM calendar_day");
    if (!st)
        rc = XXGK_EIO;
    int r = 0;
    while (!rc && (r = store_step(&db->s, st)) > 0) {
        xxgk_date d;
        if (xxgk_date_parse(&d, (const char *)sqlite3_column_text(st, 0)) < 0)
            continue;
        rc = xxgk_calendar_add_day(*out, d,
                                   strcmp((const char *)sqlite3_column_text(st, 1), "workday") == 0,
                                   (const char *)sqlite3_column_text(st, 2));
    }
    sqlite3_finalize(st);
    if (!rc && r < 0)
        rc = r;
    st = rc ? NULL : store_prepare(&db->s, "SELECT year FROM calendar_year");
    if (!rc && !st)
        rc = XXGK_EIO;
    while (st && (r = store_step(&db->s, st)) > 0)
        xxgk_calendar_mark_year(*out, sqlite3_column_int(st, 0));
    sqlite3_finalize(st);
    if (!rc && r < 0)
        rc = r;
    if (rc) {
        xxgk_calendar_free(*out);
        *out = NULL;
    }
    return rc;
}

int register_calendar(xxgk_db *db, xxgk_calendar **out)
{
    *out = NULL;
    long long version = -1;
    if (store_int(&db->s, &version, "PRAGMA data_version") != 1)
        version = -1; /* (read again, then) */
    if (!db->cal || version < 0 || version != db->cal_version) {
        register_calendar_forget(db);
        int rc = calendar_read(db, &db->cal);
        if (rc)
            return rc;
        db->cal_version = version;
    }
    return xxgk_calendar_copy(out, db->cal);
}

void register_calendar_forget(xxgk_db *db)
{
    xxgk_calendar_free(db->cal);
    db->cal = NULL;
}

/* ---- requests: state from events ---- */

void register_request_free(req_rec *q)
{
    free(q->id), free(q->applicant), free(q->type), free(q->channel), free(q->received);
    free(q->description), free(q->form), free(q->applicant_id), free(q->contact), free(q->note);
    free(q->due), free(q->outcome);
    for (int i = 0; i < q->nev; i++)
        free(q->ev[i].approver), free(q->ev[i].note);
    memset(q, 0, sizeof *q);
}

/* An ID's figures: its digits in order ("2024017" of "2024-017") and the numbers its runs of
 * them make (2024, 17), the last ID_RUNS kept. */
#define ID_RUNS 4
typedef struct {
    char digits[64];
    long long run[ID_RUNS];
    int nrun;
    size_t last_width; /* digits the last run is written with (3 for 017) */
} id_figures;

static void id_figures_of(const char *s, id_figures *f)
{
    size_t n = 0, width = 0;
    f->nrun = 0;
    long long v = -1;
    for (;; s++) {
        if (*s >= '0' && *s <= '9') {
            if (n + 1 < sizeof f->digits)
                f->digits[n++] = *s;
            width = v < 0 ? 1 : width + 1;
            v = v < 0 ? *s - '0' : v < 100000000000000LL ? v * 10 + (*s - '0') : v;
            continue;
        }
        if (v >= 0) { /* a run ends */
            if (f->nrun == ID_RUNS)
                memmove(f->run, f->run + 1, (ID_RUNS - 1) * sizeof f->run[0]), f->nrun--;
            f->run[f->nrun++] = v;
            f->last_width = width;
            v = -1;
        }
        if (!*s)
            break;
    }
    f->digits[n] = '\0';
}

/* Whether an ID of figures `other` has those typed: the same digits (2024017, 2024-017), or
 * the same numbers at its end (17 or 2024-17 for 2024-017; not 001 for C1, whose number is
 * written shorter than the one typed). */
static int same_figures(const id_figures *typed, const id_figures *other)
{
    if (!typed->nrun)
        return 0;
    if (strcmp(typed->digits, other->digits) == 0)
        return 1;
    if (typed->nrun > other->nrun || typed->last_width > other->last_width)
        return 0;
    for (int i = 1; i <= typed->nrun; i++)
        if (typed->run[typed->nrun - i] != other->run[other->nrun - i])
            return 0;
    return 1;
}

/* XXGK_ENOTFOUND for a request the register does not have, naming the register and the IDs
 * most like the one given: of the same figures (2024-017 for 17, 2024-17 or 2024017), then one
 * inside the other, whatever the case of its letters (2024-0177 or YSQ-2024-017 for
 * ysq-2024-017). */
static int request_not_found(xxgk_db *db, const char *id)
{
    xbuf like;
    xbuf_init(&like, 0);
    id_figures want, got;
    id_figures_of(id, &want);
    int n = 0;
    sqlite3_stmt *st = !want.nrun ? NULL
                                  : store_prepare(&db->s, "SELECT id FROM request"
                                                          " ORDER BY received DESC, id");
    while (st && n < 3 && store_step(&db->s, st) > 0) {
        const char *other = (const char *)sqlite3_column_text(st, 0);
        id_figures_of(other ? other : "", &got);
        if (same_figures(&want, &got))
            xbuf_printf(&like, "%s%s", n++ ? TR("、", ", ") : "", other);
    }
    sqlite3_finalize(st);
    st = store_prepare(&db->s,
                       "SELECT id FROM request WHERE ? <> ''"
                       " AND (instr(lower(id), lower(?)) > 0"
                       " OR instr(lower(?), lower(id)) > 0)"
                       " ORDER BY received DESC, id LIMIT 3",
                       id, id, id);
    while (st && n < 3 && store_step(&db->s, st) > 0) {
        const char *other = (const char *)sqlite3_column_text(st, 0);
        id_figures_of(other ? other : "", &got);
        if (!same_figures(&want, &got)) /* (else named above) */
            xbuf_printf(&like, "%s%s", n++ ? TR("、", ", ") : "", other);
    }
    sqlite3_finalize(st);
    int rc = err_set(XXGK_ENOTFOUND,
                     TR("申请“%s”不在登记簿 %s 中%s%s%s", "no request '%s' in the register %s%s%s%s"),
                     id, db->s.path, like.len ? TR("（相近的编号：", " (IDs like it: ") : "",
                     like.len ? like.data : "", like.len ? TR("）", ")") : "");
    xbuf_free(&like);
    return rc;
}

int register_request_load(xxgk_db *db, const char *id, req_rec *q)
{
    memset(q, 0, sizeof *q);
    sqlite3_stmt *st = store_prepare(&db->s,
                                     "SELECT id, applicant, applicant_type, channel, received,"
                                     " description, form, applicant_id, contact, due, outcome,"
                                     " note FROM request WHERE id = ?",
                                     id);
    if (!st)
        return XXGK_EIO;
    int found = store_step(&db->s, st);
    if (found > 0) {
        char **field[] = {&q->id,   &q->applicant,    &q->type,    &q->channel,
                          &q->received, &q->description, &q->form,  &q->applicant_id,
                          &q->contact,  &q->due,         &q->outcome, &q->note};
        for (int i = 0; i < (int)(sizeof field / sizeof field[0]); i++)
            *field[i] = store_col_dup(st, i); /* (in the order the query selects them) */
    }
    sqlite3_finalize(st);
    if (found < 0) {
        register_request_free(q);
        return found;
    }
    if (!found)
        return request_not_found(db, id);
    st = store_prepare(&db->s,
                       "SELECT kind, date, days, outcome, fee, approver, note FROM event"
                       " WHERE request_id = ? ORDER BY seq",
                       id);
    if (!st) {
        register_request_free(q);
        return XXGK_EIO;
    }
    int r = 0;
    while (q->nev < REGISTER_MAX_EVENTS && (r = store_step(&db->s, st)) > 0) {
        stored_event *e = &q->ev[q->nev++];
        snprintf(e->kind, sizeof e->kind, "%s", sqlite3_column_text(st, 0));
        snprintf(e->date, sizeof e->date, "%s", sqlite3_column_text(st, 1));
        e->days = sqlite3_column_int(st, 2);
        const unsigned char *o = sqlite3_column_text(st, 3);
        snprintf(e->outcome, sizeof e->outcome, "%s", o ? (const char *)o : "");
        e->fee = (long)sqlite3_column_int64(st, 4);
        e->approver = store_col_dup(st, 5), e->note = store_col_dup(st, 6);
    }
    sqlite3_finalize(st);
    if (r < 0) {
        register_request_free(q);
        return r;
    }
    return 0;
}

/* Event kinds: the CLI's name, the deadline engine's kind, and what closing one means. */
static const struct {
    const char *name;
    int kind;             /* xxgk_event_kind, or -1 when the engine needs no such event */
    const char *outcome;  /* closes the request with this row, or NULL */
    const char *zh;       /* how show names it */
    const char *alt;      /* other words for it, '|'-separated: the kind may be typed in Chinese */
} event_kinds[] = {
    {"correction-notice", XXGK_EV_CORRECTION_NOTICE, NULL, "发出补正告知", "补正告知|补正"},
    {"correction-received", XXGK_EV_CORRECTION_RECEIVED, NULL, "收到补正后的申请", "收到补正"},
    {"correction-expired", XXGK_EV_REPLY, "other.1", "逾期未补正，不再处理",
     "逾期未补正|逾期不补正"},
    {"still-unclear", XXGK_EV_REPLY, "unable.3", "补正后申请内容仍不明确", "补正后仍不明确"},
    {"consult-start", XXGK_EV_CONSULT_START, NULL, "开始征求第三方或其他机关意见",
     "征求意见|开始征求意见|征询"},
    {"consult-end", XXGK_EV_CONSULT_END, NULL, "征求意见结束", "征询结束"},
    {"extension", XXGK_EV_EXTENSION, NULL, "延期答复", "延期"},
    {"fee-notice", XXGK_EV_FEE_NOTICE, NULL, "发出收费通知", "收费通知"},
    {"fee-paid", XXGK_EV_FEE_PAID, NULL, "缴纳信息处理费", "缴费|已缴费"},
    {"fee-unpaid", XXGK_EV_REPLY, "other.2", "逾期未缴纳费用，不再处理", "逾期未缴费|未缴费"},
    {"reply", XXGK_EV_REPLY, NULL, "答复", NULL},
};

#define NKINDS (sizeof event_kinds / sizeof event_kinds[0])

/* An event kind as a message names it: in Chinese by its short name (逾期未缴费: the clerk may
 * have typed that, or the key), in English by its key. */
static const char *kind_said(const char *key)
{
    static _Thread_local char said[64];
    for (size_t i = 0; key && xxgk_lang_get() == XXGK_LANG_ZH && i < NKINDS; i++)
        if (strcmp(event_kinds[i].name, key) == 0) {
            const char *alt = event_kinds[i].alt;
            if (!alt)
                return event_kinds[i].zh;
            snprintf(said, sizeof said, "%.*s", (int)strcspn(alt, "|"), alt);
            return said;
        }
    return key;
}

/* The event kind a word names: its key, the name show gives it, or another word for it. */
static int kind_index(const char *name)
{
    for (size_t i = 0; i < NKINDS; i++)
        if (strcmp(event_kinds[i].name, name) == 0 || strcmp(event_kinds[i].zh, name) == 0 ||
            word_of(name, event_kinds[i].alt))
            return (int)i;
    return -1;
}

/* An event kind as the user reads it: its Chinese name, or the key in English. */
const char *register_kind_word(const char *kind)
{
    int k = kind_index(kind);
    return k < 0 || xxgk_lang_get() == XXGK_LANG_EN ? kind : event_kinds[k].zh;
}

int register_kind_closes(const char *kind)
{
    int k = kind_index(kind);
    return k >= 0 && event_kinds[k].kind == XXGK_EV_REPLY;
}

/* Event i (0-based) of q as messages name it, "第3个事项（延期，2024-03-05）", into buf. */
static const char *event_named(char *buf, size_t cap, const stored_event *ev, int i)
{
    snprintf(buf, cap, TR("第%d个事项（%s，%s）", "event %d (%s on %s)"), i + 1,
             register_kind_word(ev[i].kind), ev[i].date);
    return buf;
}

/* The error of a request with no event to take back. */
static int no_event_to_undo(const char *id)
{
    return err_set(XXGK_EINVAL,
                   TR("申请 %s 没有可撤回的事项", "request %s has no event to take back"), id);
}

typedef struct {
    xxgk_deadline d;
    const char *status;  /* open, awaiting-correction, paused, closed */
    const char *outcome; /* closing row, or NULL */
    char closed[11];
} req_state;

/* Status and deadline of a request from its events (plus one more, when given). */
static int compute(const xxgk_calendar *cal, const req_rec *q, const stored_event *extra,
                   req_state *out)
{
    memset(out, 0, sizeof *out);
    xxgk_event ev[REGISTER_MAX_EVENTS + 1];
    size_t n = 0;
    xxgk_date receipt;
    if (register_valid_date(q->received, &receipt, TR("收到申请日期", "date of receipt")))
        return XXGK_EINVAL;
    int total = q->nev + (extra ? 1 : 0);
    for (int i = 0; i < total; i++) {
        const stored_event *e = i < q->nev ? &q->ev[i] : extra;
        int k = kind_index(e->kind);
        if (k < 0)
            return err_set(XXGK_EINVAL, TR("未知的事项“%s”", "unknown event '%s'"), e->kind);
        ev[n].kind = (xxgk_event_kind)event_kinds[k].kind;
        ev[n].days = e->days;
        if (register_valid_date(e->date, &ev[n].date, e->kind))
            return XXGK_EINVAL;
        n++;
        if (event_kinds[k].kind == XXGK_EV_REPLY) {
            out->outcome = event_kinds[k].outcome ? event_kinds[k].outcome : e->outcome;
            snprintf(out->closed, sizeof out->closed, "%s", e->date);
        }
    }
    int rc = xxgk_deadline_compute(&out->d, cal, receipt, ev, n);
    if (rc)
        return rc;
    out->status = out->d.closed ? "closed"
                  : out->d.awaiting_correction ? "awaiting-correction"
                  : out->d.paused ? "paused"
                                  : "open";
    return 0;
}

/* Request id as stored (*q, to free with register_request_free) and what its events give (*s);
 * on failure nothing is left to free. */
static int request_replay(xxgk_db *db, const xxgk_calendar *cal, const char *id, req_rec *q,
                          req_state *s)
{
    int rc = register_request_load(db, id, q);
    if (!rc && (rc = compute(cal, q, NULL, s)))
        register_request_free(q);
    return rc;
}

int register_due_after(const xxgk_calendar *cal, const req_rec *q, int nev, char due[11])
{
    req_rec first = *q; /* shallow: compute only reads */
    first.nev = nev < q->nev ? nev : q->nev;
    req_state s;
    int rc = compute(cal, &first, NULL, &s);
    due[0] = '\0';
    if (!rc && s.d.due)
        xxgk_date_format(s.d.due, due);
    return rc;
}

int register_waiting(const xxgk_calendar *cal, const req_rec *q, const xxgk_deadline *d,
                     char until[11], const char **what)
{
    /* The waits are the deadline's own: its pauses still open (a consultation, a fee notice),
     * and a correction notice not yet answered, from its day. */
    xxgk_date first = 0, from, last;
    until[0] = '\0';
    if (d->closed)
        return 0;
    for (int k = 0; k < d->nexcluded; k++) {
        int fee = d->excluded[k].why == XXGK_EV_FEE_NOTICE;
        /* (not a fee notice under the 2007 条例, which gave no time to pay and stopped no
         * clock: nothing to wait for) */
        if (d->excluded[k].to == 0 && !d->excluded[k].uncounted &&
            xxgk_calendar_add_workdays(cal, d->excluded[k].from,
                                       fee ? XXGK_FEE_PAY_DAYS : XXGK_CONSULT_DAYS, &last,
                                       NULL) == 0 &&
            (!first || last < first)) {
            first = last;
            *what = fee ? TR("缴费期限：缴费时记录“缴费”，期满未缴记录“逾期未缴费”",
                             "缴费期限 time to pay: fee-paid when paid, fee-unpaid after it")
                        : TR("第三方意见征询期限：收到意见或期满时记录“征询结束”",
                             "征询期限 third party's time: consult-end on the answer or after it");
        }
    }
    for (int i = q->nev; d->awaiting_correction && i-- > 0;)
        if (strcmp(q->ev[i].kind, "correction-notice") == 0) {
            if (xxgk_date_parse(&from, q->ev[i].date) == 0 &&
                xxgk_calendar_add_workdays(cal, from, XXGK_CORRECTION_REPLY_DAYS, &last, NULL) ==
                    0 &&
                (!first || last < first)) {
                first = last;
                *what = TR("补正期限：收到补正时记录“收到补正”，期满未补正记录“逾期未补正”",
                           "补正期限 time to correct: correction-received when it comes, "
                           "correction-expired after it");
            }
            break;
        }
    if (first)
        xxgk_date_format(first, until);
    return first != 0;
}

/* An event that may come only once `days` working days have passed since the notice given on
 * `noticed` (the applicant's time to correct, or to pay): XXGK_EINVAL saying until when the
 * applicant may still `may`; 0 once it is past. */
static int waited(const xxgk_calendar *cal, const xxgk_request_event *ev, const char *what,
                  const char *may, const char *notice, const char *noticed, int days,
                  const char *note)
{
    xxgk_date from, last;
    char until[11];
    if (!noticed || xxgk_date_parse(&from, noticed) < 0 ||
        xxgk_calendar_add_workdays(cal, from, days, &last, NULL) < 0)
        return 0;
    xxgk_date_format(last, until);
    if (strcmp(ev->date, until) > 0)
        return 0;
    return err_set(XXGK_EINVAL,
                   TR("%s记于 %s：申请人仍可%s至 %s（%d个工作日，自%s %s 起算%s）",
                      "%s on %s: the applicant may still %s until %s (%d working days after the %s "
                      "of %s%s)"),
                   what, ev->date, may, until, days, notice, noticed, note);
}

/* How an event is checked: as recorded; as history replayed from a table (what happened, as
 * it was); or recorded events checked again under another holiday table, as history but for
 * the time each side had. */
enum { RECORD = 0, REPLAY = 1, RECHECK = 2 };

/* Checks the deadline engine does not make: what each closing event needs. */
static int check_event(const xxgk_calendar *cal, const req_rec *q, const req_state *before,
                       const xxgk_request_event *ev, int replay)
{
    /* How to put it right in a register; history replayed from a table is no register's yet:
     * nothing there to take back. */
    char then[200];
    if (before->d.closed) {
        if (replay)
            snprintf(then, sizeof then, "%s", TR("其后不能再有事项", "no event can follow"));
        else
            snprintf(then, sizeof then,
                     TR("不能再记录事项（如办结的事项记错了，可用 'xxgk request undo %s' 撤回）",
                        "no event can follow (if the closing event was wrong, 'xxgk request "
                        "undo %s' takes it back)"),
                     q->id);
        return err_set(XXGK_EINVAL, TR("申请 %s 已办结（%s），%s", "request %s is closed (%s): %s"),
                       q->id, before->closed, then);
    }
    if (q->nev && strcmp(ev->date, q->ev[q->nev - 1].date) < 0) {
        if (replay)
            snprintf(then, sizeof then, "%s",
                     TR("事项须按时间顺序：请核对各事项的日期（events 列中须按日期排列）",
                        "events come in order: check their dates (list them by date in the "
                        "events column)"));
        else
            snprintf(then, sizeof then,
                     TR("事项须按时间顺序记录；如要补记在前，请先撤回其后的事项（'xxgk request "
                        "undo %s'），记录本事项后再重新记录",
                        "events are recorded in order; to put it in its place, take the later "
                        "ones back ('xxgk request undo %s') and record them again after it"),
                     q->id);
        return err_set(XXGK_EINVAL,
                       TR("%s（%s）早于上一事项（%s，%s）：%s",
                          "%s on %s comes before the last event (%s on %s): %s"),
                       register_kind_word(ev->kind), ev->date,
                       register_kind_word(q->ev[q->nev - 1].kind), q->ev[q->nev - 1].date, then);
    }
    if (strcmp(ev->date, q->received) < 0)
        return err_set(XXGK_EINVAL,
                       TR("%s（%s）早于收到申请的日期（%s）",
                          "%s on %s comes before the request was received (%s)"),
                       register_kind_word(ev->kind), ev->date, q->received);
    int reply = strcmp(ev->kind, "reply") == 0, extension = strcmp(ev->kind, "extension") == 0;
    int fee_notice = strcmp(ev->kind, "fee-notice") == 0;
    if (reply && !register_outcome_row(ev->outcome))
        return bad_outcome(ev->outcome);
    /* What an event records is what its kind means: no stray figures to mislead a reader. */
    if (!reply && ev->outcome)
        return err_set(XXGK_EINVAL,
                       TR("只有答复（reply）有处理结果（outcome），%s没有",
                          "only a reply has an outcome, not %s"),
                       kind_said(ev->kind));
    if (!extension && (ev->days || ev->approver))
        return err_set(XXGK_EINVAL,
                       TR("只有延期（extension）有天数和批准人，%s没有",
                          "only an extension has days and an approver, not %s"),
                       kind_said(ev->kind));
    if (!fee_notice && ev->fee)
        return err_set(XXGK_EINVAL,
                       TR("只有收费通知（fee-notice）有费用（fee），%s没有",
                          "only a fee notice has a fee, not %s"),
                       kind_said(ev->kind));
    int r = register_text_ok(ev->approver, TR("批准人", "the approver"), REGISTER_TEXT_NAME);
    if (!r)
        r = register_text_ok(ev->note, TR("备注", "the note"), REGISTER_TEXT_PROSE);
    /* (a note of spaces would stand in a letter where its prompt should: 补正的事项 unsaid) */
    if (!r && ev->note && *ev->note && blank_text(ev->note))
        r = err_set(XXGK_EINVAL, TR("备注只有空白（不填请不写 --note）",
                                    "the note is blank (leave --note out for none)"));
    if (r)
        return r;
    if (extension && replay != REPLAY && before->d.due) {
        char due[11];
        xxgk_date_format(before->d.due, due);
        if (strcmp(ev->date, due) > 0)
            return err_set(XXGK_EINVAL,
                           TR("%s的延期晚于答复期限（%s）：%s只允许在答复期限内延期",
                              "the extension on %s comes after the deadline (%s): %s allows "
                              "extending only within the time limit"),
                           ev->date, due,
                           before->d.old_law ? TR("2007年《条例》第二十四条", "the 2007 条例's Art. 24")
                                             : TR("《条例》第三十三条", "Art. 33"));
    }
    /* A reply whose outcome is what a closing event means (三（六）1, 三（六）2, 三（四）3) needs
     * what that event needs: no way around the checks below.  (Not in history replayed from a
     * ledger, which has the outcome without the events before it.) */
    const char *as = ev->kind;
    char as_reply[128];
    for (size_t k = 0; reply && !replay && k < NKINDS; k++)
        if (event_kinds[k].outcome && strcmp(event_kinds[k].outcome, ev->outcome) == 0) {
            as = event_kinds[k].name;
            if (xxgk_lang_get() == XXGK_LANG_ZH)
                snprintf(as_reply, sizeof as_reply, "处理结果为%s的答复", kind_said(as));
            else
                snprintf(as_reply, sizeof as_reply, "a reply with outcome %s (as %s)",
                         ev->outcome, as);
        }
    const char *what = as == ev->kind ? kind_said(ev->kind) : as_reply;
    if (strcmp(ev->kind, "correction-notice") == 0 && replay != REPLAY && before->d.due) {
        char due[11];
        xxgk_date_format(before->d.due, due);
        if (strcmp(ev->date, due) > 0 && before->d.old_law)
            return err_set(XXGK_EINVAL,
                           TR("%s的补正告知晚于答复期限（%s）：补正告知应在答复期限内发出",
                              "the correction notice on %s comes after the reply deadline (%s): "
                              "it belongs within the time to reply"),
                           ev->date, due);
        if (strcmp(ev->date, due) > 0) /* it would restart a period that has run out */
            return err_set(XXGK_EINVAL,
                           TR("%s的补正告知晚于答复期限（%s）：期限已届满，补正不能使其重新计算"
                              "（《条例》第三十条要求自收到申请之日起%d个工作日内告知）",
                              "the correction notice on %s comes after the reply deadline (%s): "
                              "a period that has run out is not restarted by a correction (Art. "
                              "30 wants the notice within %d working days of receipt)"),
                           ev->date, due, XXGK_CORRECTION_DAYS);
    }
    if (strcmp(as, "correction-expired") == 0) {
        if (!before->d.awaiting_correction)
            return err_set(XXGK_EINVAL,
                           TR("记录%s须先有尚未收到补正的补正告知",
                              "%s needs a correction notice still waiting for the "
                              "corrected application"),
                           what);
        const char *noticed = NULL;
        for (int i = 0; i < q->nev; i++)
            if (strcmp(q->ev[i].kind, "correction-notice") == 0)
                noticed = q->ev[i].date;
        int early = replay == REPLAY ? 0
                                     : waited(cal, ev, what, TR("补正", "correct"),
                                    TR("补正告知", "correction notice"), noticed,
                                    XXGK_CORRECTION_REPLY_DAYS,
                                    TR("，告知中已写明", ", as the notice states"));
        if (early)
            return early;
    }
    if (strcmp(as, "still-unclear") == 0) {
        int corrected = 0;
        for (int i = 0; i < q->nev; i++)
            corrected |= strcmp(q->ev[i].kind, "correction-received") == 0;
        if (!corrected)
            return err_set(XXGK_EINVAL,
                           TR("记录%s须先收到补正后的申请（correction-received）",
                              "%s needs a corrected application "
                              "(correction-received) first"),
                           what);
    }
    /* An answer on the merits to an application still to be corrected: the corrected one came
     * (and restarted the clock), or none did (三（六）1); either way the register must say
     * which, or the deadline it was answered against is lost (in history replayed too). */
    static const char *const merits[] = {"granted", "partly", "withheld.", "unable.1", "unable.2"};
    for (size_t k = 0; reply && before->d.awaiting_correction && k < 5; k++)
        if (strncmp(ev->outcome, merits[k], strlen(merits[k])) == 0) {
            const xxgk_row_spec *row = register_outcome_row(ev->outcome);
            int en = xxgk_lang_get() == XXGK_LANG_EN;
            /* (the events to record named as a clerk types them, not as a reply's row) */
            return err_set(XXGK_EINVAL,
                           TR("申请 %s 仍在等待补正：作出“%s”的答复前，请先记录收到补正（xxgk "
                              "request event %s 收到补正 日期，期限自该日重新计算）；申请人逾期"
                              "未补正的，不是答复，请记录逾期未补正（xxgk request event %s "
                              "逾期未补正 日期）",
                              "request %s still awaits its correction: before a reply with "
                              "outcome %s, record the corrected application (xxgk request event "
                              "%s correction-received DATE, from which the period restarts); if "
                              "none came in time, that is no reply: record correction-expired "
                              "(xxgk request event %s correction-expired DATE)"),
                           q->id, !en && row ? row->label : ev->outcome, q->id, q->id);
        }
    int fee_waiting = 0; /* one notice at a time, each paid (or not) before the next */
    const char *noticed = NULL;
    for (int i = 0; i < q->nev; i++) {
        if (strcmp(q->ev[i].kind, "fee-notice") == 0)
            fee_waiting = 1, noticed = q->ev[i].date;
        if (strcmp(q->ev[i].kind, "fee-paid") == 0)
            fee_waiting = 0;
    }
    int unpaid = strcmp(as, "fee-unpaid") == 0;
    if ((unpaid || strcmp(ev->kind, "fee-paid") == 0) && !fee_waiting)
        return err_set(XXGK_EINVAL,
                       TR("记录%s须先有尚未缴费的收费通知", "%s needs an unpaid fee notice first"),
                       what);
    /* (Not when history is replayed from a table: what happened is recorded as it was.) */
    /* 109号 办法: 20 working days to pay (the 2007 条例 set no time) */
    if (unpaid && replay != REPLAY && !before->d.old_law) {
        int early = waited(cal, ev, what, TR("缴费", "pay"), TR("收费通知", "fee notice"),
                           noticed, XXGK_FEE_PAY_DAYS, "");
        if (early)
            return early;
    }
    if (fee_notice && fee_waiting)
        return err_set(XXGK_EINVAL,
                       TR("上一份收费通知尚未缴费：请先记录缴费（fee-paid）或逾期未缴费"
                          "（fee-unpaid）",
                          "a fee notice is still waiting for payment: record fee-paid or "
                          "fee-unpaid first"));
    if (extension && ev->days == 0) /* (the days left out, not an extension of none) */
        return err_set(XXGK_EINVAL,
                       TR("延期须写明延长的工作日数（--days，%s）",
                          "an extension needs its number of working days (--days, %s)"),
                       before->d.old_law ? TR("1 至 15", "1 to 15") : TR("1 至 20", "1 to 20"));
    /* (a ledger that kept the extension but not who approved it: history all the same, its
     * deadline right, the letter leaving the name to fill in; db check notes it) */
    if (extension && replay != REPLAY && (!ev->approver || !*ev->approver))
        return err_set(XXGK_EINVAL, TR("延期须写明批准人（--approver）",
                                       "an extension needs the approver's name (--approver)"));
    if (fee_notice && ev->fee <= 0) /* (none given: how to give it) */
        return err_set(XXGK_EINVAL,
                       TR("收费通知须写明收费：--count（按件，由登记簿计算）、--pages N（按量，"
                          "N 为页数）或 --fee YUAN（金额）",
                          "a fee notice needs its fee: --count (per application, computed from "
                          "the register), --pages N (by volume) or --fee YUAN"));
    if (fee_notice && ev->fee > XXGK_FEE_MAX_YUAN)
        return err_set(XXGK_EINVAL,
                       TR("收费通知须写明收费金额（--fee），以元计，1至%ld元",
                          "a fee notice needs the fee in yuan (--fee), 1 to %ld"),
                       XXGK_FEE_MAX_YUAN);
    if (q->nev >= REGISTER_MAX_EVENTS)
        return err_set(XXGK_ELIMIT,
                       TR("申请 %s 已有%d个事项，不能再记录",
                          "request %s has %d events: no more can be recorded"),
                       q->id, REGISTER_MAX_EVENTS);
    return 0;
}

/* Store a request's derived status and due date, auditing what changed. */
static int save_state(xxgk_db *db, const char *id, const req_state *st)
{
    char due[11] = "";
    if (st->d.due)
        xxgk_date_format(st->d.due, due);
    sqlite3_stmt *q = store_prepare(&db->s, "SELECT status, due FROM request WHERE id = ?", id);
    if (!q)
        return XXGK_EIO;
    int found = store_step(&db->s, q);
    char *old_status = found > 0 ? store_col_dup(q, 0) : NULL;
    char *old_due = found > 0 ? store_col_dup(q, 1) : NULL;
    sqlite3_finalize(q);
    if (found < 0)
        return found;
    int rc = store_run(&db->s,
                       "UPDATE request SET status = ?, due = ?, outcome = ?, closed = ?"
                       " WHERE id = ?",
                       st->status, *due ? due : NULL, st->outcome,
                       *st->closed ? st->closed : NULL, id);
    if (!rc && (!old_status || strcmp(old_status, st->status) != 0))
        rc = store_audit(&db->s, "request", id, "status", old_status, st->status);
    if (!rc && strcmp(old_due ? old_due : "", due) != 0)
        rc = store_audit(&db->s, "request", id, "due", old_due, *due ? due : NULL);
    free(old_status);
    free(old_due);
    return rc;
}

int register_replace_audited(xxgk_db *db, const char *select_old, const char *upsert,
                             const char *tbl, const char *row, const char *field, const char *a,
                             const char *b, const char *value)
{
    int rc = store_begin(&db->s); /* first, so that the old value is the one replaced */
    if (rc)
        return rc;
    char *old = NULL;
    sqlite3_stmt *st = store_prepare(&db->s, select_old, a, b);
    if (!st)
        rc = XXGK_EIO;
    int found = st ? store_step(&db->s, st) : 0;
    if (found > 0)
        old = store_col_dup(st, 0);
    else if (found < 0)
        rc = found;
    sqlite3_finalize(st);
    const char *now = value ? value : b;
    int same = !rc && found > 0 && old && now && strcmp(old, now) == 0;
    if (!rc && !same)
        rc = store_run(&db->s, upsert, a, b, value);
    if (!rc && !same)
        rc = store_audit(&db->s, tbl, row, field, old, now);
    free(old);
    rc = store_end(&db->s, rc);
    return rc ? rc : same; /* (set again as it was: nothing recorded) */
}

/* ---- public: open, close, settings ---- */

/* The rules stored deadlines were computed by: 2 since a year with no table counts 1 January,
 * 1 May and 1-3 October as days off; 3 since a 补正 notice after the deadline no longer
 * restarts it.  A register whose deadlines an older xxgk computed has each computed again when
 * first opened for writing (the trail keeping what moved), so that list, due and the exports
 * agree with show. */
#define WORKDAY_RULES "3"

static int recompute_all(xxgk_db *db, const xxgk_calendar *cal, const xxgk_calendar *before,
                         xbuf *say, int *moved, const char *name);

static int rules_current(xxgk_db *db)
{
    char *v = NULL;
    int rc = xxgk_db_get(db, "workday_rules", &v);
    int current = !rc && v && strcmp(v, WORKDAY_RULES) == 0;
    free(v);
    if (rc || current || db->s.readonly)
        return rc;
    xxgk_calendar *cal = NULL;
    if ((rc = register_calendar(db, &cal)) || (rc = store_begin(&db->s))) {
        xxgk_calendar_free(cal);
        return rc;
    }
    rc = recompute_all(db, cal, NULL, NULL, NULL, NULL);
    if (!rc)
        rc = store_run(&db->s, "INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)",
                       "workday_rules", WORKDAY_RULES);
    xxgk_calendar_free(cal);
    return store_end(&db->s, rc);
}

static int db_open(xxgk_db **out, const char *path, const char *who, store_mode mode)
{
    *out = NULL;
    if (!path || !*path) /* (SQLite would make a temporary database of "" and lose it) */
        return err_set(XXGK_EINVAL, TR("没有指定登记簿：--db 需要文件名",
                                       "no register named: --db needs a file name"));
    /* The audit trail names who made each change: one name, as any other in the register,
     * the login name's too (an environment can hold anything, a line break that forges a line
     * of the trail among them). */
    int typed = who != NULL;
    if (!typed) {
        const char *u = getenv("USER");
        struct passwd *pw = u && *u ? NULL : getpwuid(getuid());
        who = u && *u ? u : pw ? pw->pw_name : "unknown";
    }
    int bad = register_text_ok(who,
                               typed ? TR("用户名（--user）", "the user's name (--user)")
                                     : TR("环境变量 USER 给出的用户名（可用 --user 指定）",
                                          "the user's name in USER (--user gives one)"),
                               REGISTER_TEXT_NAME);
    if (bad)
        return bad;
    xxgk_db *db = calloc(1, sizeof *db);
    if (!db)
        return err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    int rc = store_open(&db->s, path, who, mode, seed_calendar);
    if (rc) {
        free(db);
        return rc;
    }
    if (mode != STORE_READ && (rc = rules_current(db)) != 0) {
        xxgk_db_close(db);
        return rc;
    }
    *out = db;
    return 0;
}

int xxgk_db_open(xxgk_db **out, const char *path, const char *who)
{
    return db_open(out, path, who, STORE_OPEN);
}

int xxgk_db_is_register(const char *path)
{
    return path ? store_is_register(path) : 0;
}

int xxgk_db_open_readonly(xxgk_db **out, const char *path)
{
    return db_open(out, path, NULL, STORE_READ);
}

int xxgk_db_create(xxgk_db **out, const char *path, const char *who)
{
    return db_open(out, path, who, STORE_CREATE);
}

void xxgk_db_close(xxgk_db *db)
{
    if (!db)
        return;
    register_calendar_forget(db);
    store_close(&db->s);
    free(db);
}

int xxgk_db_backup(xxgk_db *db, const char *dest)
{
    return store_backup(&db->s, dest);
}

void xxgk_db_backup_cancel(void)
{
    store_backup_cancel();
}

/* Every request's stored status, deadline and outcome against what its events give (a file
 * edited by hand, or by another program, may disagree; xxgk recomputes them at every change),
 * and its events against the rules: a line for each thing wrong, and a note for each event
 * only `request event` would refuse.  The number of requests with something wrong, or an
 * error. */
static int events_hold(const xxgk_calendar *cal, const req_rec *q, int *at, int mode);

static int fee_count_moved(xxgk_db *db, const req_rec *q, xbuf *out);

static int check_requests(xxgk_db *db, xbuf *out)
{
    xxgk_calendar *cal;
    int rc = register_calendar(db, &cal);
    if (rc)
        return rc;
    sqlite3_stmt *st = store_prepare(&db->s, "SELECT id, status, due, outcome, closed FROM request"
                                             " ORDER BY received, id");
    if (!st) {
        xxgk_calendar_free(cal);
        return XXGK_EIO;
    }
    int problems = 0, r;
    while ((r = store_step(&db->s, st)) > 0) {
        const char *id = (const char *)sqlite3_column_text(st, 0);
        const char *col[4];
        for (int k = 0; k < 4; k++) {
            col[k] = (const char *)sqlite3_column_text(st, k + 1);
            col[k] = col[k] ? col[k] : "";
        }
        req_rec q;
        req_state s;
        int bad = request_replay(db, cal, id, &q, &s);
        if (bad == XXGK_ENOMEM) {
            r = bad;
            break;
        }
        if (bad) {
            problems++;
            xbuf_printf(out, TR("申请 %s：事项无法重放：%s\n", "request %s: its events cannot be "
                                                          "replayed: %s\n"),
                        id, xxgk_error_last());
            continue;
        }
        /* (what no command records: an outcome that is no row of table 三, a file edited by
         * hand) */
        int at = 0, refused = events_hold(cal, &q, &at, REPLAY) == XXGK_EINVAL;
        char evname[128];
        if (refused) {
            xbuf_printf(out,
                        TR("申请 %s：%s不会被接受：%s\n", "request %s: %s would be refused: %s\n"),
                        id, event_named(evname, sizeof evname, q.ev, at), xxgk_error_last());
        } else if (events_hold(cal, &q, &at, RECHECK) == XXGK_EINVAL) {
            /* What `request event` refuses on the time each side had, but history holds as it
             * was (a ledger imported, a date of receipt corrected, a holiday table imported):
             * said for the agency to look at, not a fault of the file. */
            xbuf_printf(out,
                        TR("注意：申请 %s：%s用 request event 记录时不会被接受，作为已发生的事项"
                           "保留：%s\n",
                           "note: request %s: %s would be refused by request event, and stays as "
                           "what happened: %s\n"),
                        id, event_named(evname, sizeof evname, q.ev, at), xxgk_error_last());
        }
        char due[11] = "";
        if (s.d.due)
            xxgk_date_format(s.d.due, due);
        const char *want[4] = {s.status, due, s.outcome ? s.outcome : "", s.closed};
        int same = 1;
        for (int k = 0; k < 4 && same; k++)
            same = strcmp(col[k], want[k]) == 0;
        char was[64], is[64];
        problems += !same || refused; /* (one request, one problem, however many lines) */
        if (!same) /* status, deadline, outcome, closed: as stored, and as they should be */
            xbuf_printf(out,
                        TR("申请 %s：登记簿记为 %s、期限 %s、结果 %s、办结 %s，按其事项应为 %s、"
                           "期限 %s、结果 %s、办结 %s\n",
                           "request %s: stored as %s, due %s, outcome %s, closed %s; its events "
                           "give %s, due %s, outcome %s, closed %s\n"),
                        id, status_said(col[0], was), *col[1] ? col[1] : "-",
                        *col[2] ? col[2] : "-", *col[3] ? col[3] : "-",
                        status_said(want[0], is), *want[1] ? want[1] : "-",
                        *want[2] ? want[2] : "-", *want[3] ? want[3] : "-");
        /* what the agency should look at again, not faults of the file */
        if (register_resident_id_wrong(q.type, q.applicant_id))
            xbuf_printf(out,
                        TR("注意：申请 %s：身份证号码 %s 校验位不符，请核对\n",
                           "note: request %s: the identity card number %s has a wrong check "
                           "character: check it\n"),
                        id, q.applicant_id);
        int moved = fee_count_moved(db, &q, out);
        register_request_free(&q);
        if (moved < 0) {
            r = moved;
            break;
        }
    }
    sqlite3_finalize(st);
    xxgk_calendar_free(cal);
    return r < 0 ? r : problems;
}

int xxgk_db_check(xxgk_db *db, char **out)
{
    xbuf b;
    xbuf_init(&b, 0);
    *out = NULL;
    int rc = store_check(&db->s, &b);
    if (rc == 0 || rc == 1) { /* the file sound: what it holds agrees with itself */
        if (rc == 0)
            xbuf_reset(&b);
        int n = check_requests(db, &b);
        rc = n < 0 ? n : (n > 0 || rc == 1);
        if (rc == 0)
            xbuf_puts(&b, TR("完整性检查通过\n", "ok\n"));
    } else if (rc == 2) {
        rc = 1; /* (damaged: what it holds is not worth comparing) */
    }
    if (rc >= 0 && b.failed)
        rc = err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    if (rc < 0) {
        xbuf_free(&b);
        return rc;
    }
    *out = xbuf_steal(&b);
    return rc;
}

int xxgk_db_schema_version(xxgk_db *db)
{
    long long v = 0;
    int rc = store_int(&db->s, &v, "PRAGMA user_version");
    if (rc < 0)
        return rc;
    if (rc == 0 || v < 1 || v > 1000000)
        return err_set(XXGK_EIO, TR("没有数据库结构版本号", "no schema version"));
    return (int)v;
}

int xxgk_db_get(xxgk_db *db, const char *key, char **out)
{
    *out = NULL;
    sqlite3_stmt *st = store_prepare(&db->s, "SELECT value FROM setting WHERE key = ?", key);
    if (!st)
        return XXGK_EIO;
    int found = store_step(&db->s, st);
    if (found > 0 && !(*out = store_col_dup(st, 0)))
        found = err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    sqlite3_finalize(st);
    return found < 0 ? found : 0;
}

int xxgk_db_setting_check(const char *key, const char *value)
{
    static const char *const keys[] = {"agency", "agency_kind", "payment", NULL};
    static const char *const kinds[] = {"department", "government", NULL};
    if (!one_of(key, keys))
        return err_set(XXGK_EINVAL,
                       TR("未知的设置项“%s”（可设 agency、agency_kind、payment）",
                          "unknown setting '%s' (agency, agency_kind, payment)"),
                       key);
    if (strcmp(key, "agency_kind") == 0 && !one_of(value, kinds))
        return err_set(XXGK_EINVAL,
                       TR("agency_kind 应为 department 或 government，不能是“%s”",
                          "agency_kind is department or government, not '%s'"),
                       value);
    if (!value || !*value)
        return err_set(XXGK_EINVAL, TR("%s 需要一个值", "%s needs a value"), key);
    /* (a name opening as a section's heading, 一、…, would read back as one: no report) */
    int32_t cp;
    size_t k = u8_next(value, strlen(value), &cp);
    if (strcmp(key, "agency") == 0 && cn_digit(cp) > 0 && strncmp(value + k, "、", 3) == 0)
        return err_set(XXGK_EINVAL,
                       TR("机构名称“%s”以“一、”这样的章节编号开头，报告读回时会被当作章节标题："
                          "请去掉编号",
                          "the agency's name '%s' opens with a section's numbering (一、), "
                          "which a report would read back as a heading: leave it out"),
                       value);
    /* (how to pay, for the fee notice: a sentence or two, 收款单位、开户银行、账号) */
    return register_text_ok(value, key,
                            strcmp(key, "payment") == 0 ? REGISTER_TEXT_PROSE : REGISTER_TEXT_NAME);
}

int xxgk_db_set(xxgk_db *db, const char *key, const char *value)
{
    int rc = xxgk_db_setting_check(key, value);
    if (rc)
        return rc;
    return register_replace_audited(db, "SELECT value FROM setting WHERE key = ?",
                                    "INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)",
                                    "setting", key, "value", key, value, NULL);
}

/* ---- public: requests ---- */

/* The text fields request_ok checks the writing of (what rules for text came later must not
 * block a correction of another field). */
enum { TEXT_ID = 1, TEXT_APPLICANT = 2, TEXT_APPLICANT_ID = 4, TEXT_CONTACT = 8,
       TEXT_DESCRIPTION = 16, TEXT_FORM = 32, TEXT_NOTE = 64, TEXT_ALL = 127 };

/* Whether r may be stored: every field there, the type, channel and date well formed, and the
 * text fields in `text` (TEXT_*) written as the register takes them; the report's column and
 * the channel's index in *type and *channel. */
static int request_ok(const xxgk_request *r, int *type, int *channel, int text)
{
    xxgk_date d;
    *type = *channel = -1;
    if (!r->id || !*r->id)
        return err_set(XXGK_EINVAL, TR("申请需要编号", "a request needs an ID"));
    if (!r->applicant || !*r->applicant)
        return err_set(XXGK_EINVAL,
                       TR("申请 %s：缺少申请人名称", "request %s: the applicant's name is missing"),
                       r->id);
    if (!r->applicant_type || !*r->applicant_type)
        return err_set(XXGK_EINVAL,
                       TR("申请 %s：缺少申请人类型（--type）",
                          "request %s: the applicant type is missing (--type)"),
                       r->id);
    if (!r->channel || !*r->channel)
        return err_set(XXGK_EINVAL,
                       TR("申请 %s：缺少申请方式（--channel）",
                          "request %s: the channel is missing (--channel)"),
                       r->id);
    *type = applicant_column(r->applicant_type);
    if (*type < 0)
        return err_set(XXGK_EINVAL,
                       TR("申请 %s：申请人类型“%s”不是年度报告表三的栏目（natural 自然人、business "
                          "商业企业、research 科研机构、nonprofit 社会公益组织、legal 法律服务机构、"
                          "other 其他）",
                          "request %s: applicant type '%s' is not one of the report's columns "
                          "(natural 自然人, business 商业企业, research 科研机构, nonprofit "
                          "社会公益组织, legal 法律服务机构, other 其他)"),
                       r->id, r->applicant_type ? r->applicant_type : "");
    *channel = named_index(channels, r->channel);
    if (*channel < 0)
        return err_set(XXGK_EINVAL,
                       TR("申请 %s：申请方式“%s”不是 in_person 当面、post 邮寄、online 网络、"
                          "fax 传真、email 电子邮件、other 其他之一",
                          "request %s: channel '%s' is not one of in_person 当面, post 邮寄, "
                          "online 网络, fax 传真, email 电子邮件, other 其他"),
                       r->id, r->channel ? r->channel : "");
    if (register_valid_date(r->received, &d, TR("收到申请日期", "date of receipt")) ||
        register_not_future(d, r->received, TR("收到申请日期", "date of receipt")))
        return XXGK_EINVAL;
    xxgk_date since;
    xxgk_date_parse(&since, "2008-05-01");
    if (d < since) /* (a typo for another year, and every report's carry-over after it) */
        return err_set(XXGK_EINVAL,
                       TR("申请 %s：收到日期 %s 早于《政府信息公开条例》施行之日（2008年5月1日）",
                          "request %s: received on %s, before the 条例 came into force "
                          "(2008-05-01)"),
                       r->id, r->received);
    int blank = 1; /* (only spaces, of any width, are no description either) */
    for (size_t i = 0, n = r->description ? strlen(r->description) : 0; i < n && blank;) {
        int32_t cp;
        i += u8_next(r->description + i, n - i, &cp);
        blank = cp >= 0 && space_cp(cp);
    }
    if (blank)
        return err_set(XXGK_EINVAL,
                       TR("申请 %s：缺少申请内容", "request %s: the description is missing"),
                       r->id);
    static const struct {
        int bit, kind;
        const char *zh, *en;
    } texts[] = {{TEXT_ID, REGISTER_TEXT_NAME, "申请编号", "the request ID"},
                 {TEXT_APPLICANT, REGISTER_TEXT_NAME, "申请人名称", "the applicant's name"},
                 {TEXT_APPLICANT_ID, REGISTER_TEXT_LINE, "申请人证件号码", "the applicant's ID"},
                 {TEXT_CONTACT, REGISTER_TEXT_LINE, "联系方式", "the contact"},
                 {TEXT_DESCRIPTION, REGISTER_TEXT_PROSE, "申请内容", "the description"},
                 {TEXT_FORM, REGISTER_TEXT_LINE, "获取信息的形式", "the form wanted"},
                 {TEXT_NOTE, REGISTER_TEXT_PROSE, "备注", "the note"}};
    const char *values[] = {r->id,      r->applicant,   r->applicant_id,
                            r->contact, r->description, r->form, r->note};
    int bad = 0;
    for (size_t i = 0; i < sizeof texts / sizeof texts[0] && !bad; i++)
        if (text & texts[i].bit)
            bad = register_text_ok(values[i], TR(texts[i].zh, texts[i].en), texts[i].kind);
    const char *number;
    const char *field = bad ? NULL
                            : register_sci_field(text & TEXT_ID ? r->id : NULL,
                                                 text & TEXT_APPLICANT_ID ? r->applicant_id : NULL,
                                                 text & TEXT_CONTACT ? r->contact : NULL, &number);
    if (field)
        bad = err_set(XXGK_EINVAL,
                      TR("%s“%s”是电子表格按数字保存的，末几位已经丢失：请输入完整的号码",
                         "%s '%s' was kept by a spreadsheet as a number, its last digits "
                         "lost: give the whole number"),
                      field, number);
    return bad;
}

static int request_add(xxgk_db *db, const xxgk_request *r)
{
    int type = -1, channel = -1;
    int bad = request_ok(r, &type, &channel, TEXT_ALL);
    if (bad)
        return bad;
    xxgk_calendar *cal;
    int rc = register_calendar(db, &cal);
    if (rc)
        return rc;
    rc = store_begin(&db->s);
    if (rc) {
        xxgk_calendar_free(cal);
        return rc;
    }
    long long one;
    int dup = store_int(&db->s, &one, "SELECT 1 FROM request WHERE id = ?", r->id);
    if (dup < 0)
        rc = dup;
    else if (dup)
        rc = err_set(XXGK_EINVAL,
                     TR("申请 %s 已存在：编号不能重复", "request %s already exists: IDs are unique"),
                     r->id);
    if (!rc)
        rc = id_case_twin(db, "request", r->id, TR("申请", "request"));
    if (!rc)
        rc = store_run(&db->s,
                       "INSERT INTO request(id, id_key, applicant, applicant_type, applicant_id,"
                       " contact, channel, received, description, form, note)"
                       " VALUES (?1, xxgk_fold(?1), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                       r->id, r->applicant, applicant_spec(type)->id, r->applicant_id,
                       r->contact, channels[channel].key, r->received, r->description, r->form,
                       r->note);
    if (!rc)
        rc = store_audit(&db->s, "request", r->id, NULL, NULL, "added");
    req_rec q;
    req_state s;
    if (!rc && !(rc = register_request_load(db, r->id, &q))) {
        rc = compute(cal, &q, NULL, &s);
        if (!rc)
            rc = save_state(db, r->id, &s);
        register_request_free(&q);
    }
    xxgk_calendar_free(cal);
    return store_end(&db->s, rc);
}

int xxgk_request_add(xxgk_db *db, const xxgk_request *r)
{
    /* the applicant's ID document number too: the fee counts an applicant's requests by it */
    xxgk_request k = *r;
    char received[32];
    k.received = register_date_read(r->received, received);
    char *id = register_id(r->id), *applicant_id = register_id(r->applicant_id);
    if (id)
        k.id = id;
    if (applicant_id)
        k.applicant_id = applicant_id;
    /* (an optional field given empty is not given: shown as absent, not as nothing) */
    const char **optional[] = {&k.applicant_id, &k.contact, &k.form, &k.note};
    for (size_t i = 0; i < sizeof optional / sizeof optional[0]; i++)
        if (*optional[i] && !**optional[i])
            *optional[i] = NULL;
    int rc = request_add(db, &k);
    free(id);
    free(applicant_id);
    return rc;
}

int xxgk_request_event_add(xxgk_db *db, const char *id, const xxgk_request_event *ev)
{
    xxgk_request_event e = *ev; /* (an empty note is none: the letter keeps its prompt) */
    if (e.note && !*e.note)
        e.note = NULL;
    return register_event_add(db, id, &e, 0);
}

/* An event whole, as the audit trail keeps it: kind and date, then what it has of days,
 * approver, outcome, fee and note. */
static void event_text(xbuf *b, const char *kind, const char *date, const char *days,
                       const char *approver, const char *outcome, const char *fee,
                       const char *note)
{
    xbuf_printf(b, "%s %s", kind ? kind : "?", date ? date : "?");
    const char *names[] = {"days", "approver", "outcome", "fee", "note"};
    const char *values[] = {days, approver, outcome, fee, note};
    for (int i = 0; i < 5; i++)
        if (values[i] && *values[i])
            xbuf_printf(b, " %s=%s", names[i], values[i]);
}

/* Request id as stored, with the register's calendar and its state computed from them; on
 * success the caller frees *cal and *q, on failure nothing is left to free. */
static int request_state(xxgk_db *db, const char *id, xxgk_calendar **cal, req_rec *q,
                         req_state *s)
{
    int rc = register_calendar(db, cal);
    if (rc)
        return rc;
    if ((rc = request_replay(db, *cal, id, q, s)))
        xxgk_calendar_free(*cal);
    return rc;
}

/* Recompute request id's status and deadline from what is stored, within a transaction. */
static int recompute(xxgk_db *db, const char *id)
{
    xxgk_calendar *cal;
    req_rec q;
    req_state s;
    int rc = request_state(db, id, &cal, &q, &s);
    if (rc)
        return rc;
    rc = save_state(db, id, &s);
    register_request_free(&q);
    xxgk_calendar_free(cal);
    return rc;
}

/* Whether request q's events, in order, each still pass the checks of what can be at all
 * under cal (after a correction of the date of receipt, or a holiday table imported: no event
 * before the receipt, a reply's outcome a row of table 三, ...).  Those of what an agency
 * should do are left out, as when history is replayed (mode REPLAY): a correction notice that
 * the true date makes late happened all the same, and a register that refused the true date
 * would hide it.  With RECHECK (a holiday table imported, db check's notes), those on the time
 * each side had are made too: a correction notice or an extension after the deadline, a
 * request closed unpaid or uncorrected before the applicant's time ran out, which the report
 * counts.  0, or the first check failed (its message set) with its event's index in *at. */
static int events_hold(const xxgk_calendar *cal, const req_rec *q, int *at, int mode)
{
    int rc = 0;
    req_rec part = *q; /* shallow: compute and check_event only read */
    for (int i = 0; !rc && i < q->nev; i++) {
        req_state before;
        part.nev = i;
        *at = i;
        if ((rc = compute(cal, &part, NULL, &before)))
            break;
        const stored_event *e = &q->ev[i];
        xxgk_request_event ev = {e->kind, e->date, e->days, e->approver,
                                 *e->outcome ? e->outcome : NULL, e->fee, e->note, 0, 0};
        rc = check_event(cal, &part, &before, &ev, mode);
    }
    return rc;
}

static int events_still_hold(xxgk_db *db, const req_rec *q)
{
    xxgk_calendar *cal;
    int rc = register_calendar(db, &cal), i = 0;
    if (!rc && (rc = events_hold(cal, q, &i, REPLAY))) {
        char evname[128];
        rc = err_set(rc, /* (quoting the message it replaces, whole) */
                     TR("申请 %s：收到申请日期改为 %s 后，其%s将不被接受：%s",
                        "request %s: with the date of receipt %s, its %s would be refused: %s"),
                     q->id, q->received, event_named(evname, sizeof evname, q->ev, i),
                     xxgk_error_last());
    }
    xxgk_calendar_free(cal);
    return rc;
}

/* A request's fields that `request set` changes: its name, the table's column, and its words in
 * Chinese (the first is how the audit trail names it). */
static const struct {
    const char *name, *column;
    int text;        /* its TEXT_* bit, 0 for a field checked as a key or a date */
    const char *zh;  /* the field in Chinese, '|'-separated */
} fields[] = {{"applicant", "applicant", TEXT_APPLICANT, "申请人|申请人名称"},
              {"type", "applicant_type", 0, "申请人类型|类型"},
              {"applicant-id", "applicant_id", TEXT_APPLICANT_ID, "证件号码|证件"},
              {"contact", "contact", TEXT_CONTACT, "联系方式"},
              {"channel", "channel", 0, "申请方式|渠道"},
              {"received", "received", 0, "收到日期|收到申请日期"},
              {"description", "description", TEXT_DESCRIPTION, "申请内容|内容"},
              {"form", "form", TEXT_FORM, "获取方式"},
              {"note", "note", TEXT_NOTE, "备注"}};

#define NFIELDS (sizeof fields / sizeof fields[0])

/* The field a word names: its key or one of its Chinese names; NFIELDS when none. */
static size_t field_index(const char *field)
{
    size_t f = 0;
    while (f < NFIELDS &&
           (!field || (strcmp(field, fields[f].name) != 0 && !word_of(field, fields[f].zh))))
        f++;
    return f;
}

/* The request id names as the user typed it (its key, or a spelling of it: see register_key)
 * into q. */
static int request_load_typed(xxgk_db *db, const char *id, req_rec *q)
{
    char *k = register_key(db, id, "request");
    int rc = register_request_load(db, k ? k : id, q);
    free(k);
    return rc;
}

int xxgk_request_get(xxgk_db *db, const char *id, const char *field, char **out)
{
    if (!db || !id || !out)
        return err_set(XXGK_EINVAL,
                       TR("xxgk_request_get：参数为空", "xxgk_request_get: NULL argument"));
    *out = NULL;
    size_t f = field_index(field);
    if (f == NFIELDS)
        return err_set(XXGK_EINVAL, TR("“%s”不是申请的字段", "'%s' is not a field of a request"),
                       field ? field : "");
    req_rec q;
    int rc = request_load_typed(db, id, &q);
    if (rc)
        return rc;
    const char *v[] = {q.applicant, q.type,     q.applicant_id, q.contact,
                       q.channel,   q.received, q.description,  q.form, q.note};
    const char *shown = v[f] ? v[f] : "";
    int en = xxgk_lang_get() == XXGK_LANG_EN, col = applicant_column(q.type);
    if (f == 1 && !en && col >= 0)
        shown = applicant_spec(col)->label;
    else if (f == 4 && !en)
        shown = named_zh(channels, q.channel);
    if (!(*out = strdup(shown)))
        rc = err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    register_request_free(&q);
    return rc;
}

const char *xxgk_request_field_name(const char *field, char *buf, size_t cap)
{
    size_t f = field_index(field);
    if (f == NFIELDS || !cap)
        return NULL;
    if (xxgk_lang_get() == XXGK_LANG_EN)
        snprintf(buf, cap, "%s", fields[f].name);
    else
        snprintf(buf, cap, "%.*s", (int)strcspn(fields[f].zh, "|"), fields[f].zh);
    return buf;
}

static int request_set(xxgk_db *db, const char *id, const char *field, const char *value)
{
    size_t f = field_index(field);
    if (f == NFIELDS)
        return err_set(XXGK_EINVAL,
                       TR("“%s”不是申请的字段（可改 applicant 申请人、type 申请人类型、applicant-id "
                          "证件号码、contact 联系方式、channel 申请方式、received 收到日期、"
                          "description 申请内容、form 获取方式、note 备注）",
                          "'%s' is not a field of a request (applicant, type, "
                          "applicant-id, contact, channel, received, description, form, note)"),
                       field ? field : "");
    req_rec q;
    int rc = register_request_load(db, id, &q);
    if (rc)
        return rc;
    /* The request as it would be, checked as a new one is. */
    xxgk_request r = {q.id,      q.applicant,   q.type,        q.applicant_id, q.contact,
                      q.channel, q.received,    q.description, q.form,         q.note};
    const char **slot[] = {&r.applicant, &r.applicant_type, &r.applicant_id, &r.contact,
                           &r.channel,   &r.received,       &r.description,  &r.form,
                           &r.note};
    const char *old = *slot[f];
    *slot[f] = value && *value ? value : NULL; /* an optional field may be cleared */
    int type = -1, channel = -1;
    /* (only the field changed is held to the rules for text: the others stand as stored) */
    rc = request_ok(&r, &type, &channel, fields[f].text);
    const char *said = xxgk_error_last();
    if (rc && strncmp(said, "request ", 8) != 0 &&
        strncmp(said, "申请 ", strlen("申请 ")) != 0) { /* say which request */
        rc = err_set(rc, TR("申请 %s：%s", "request %s: %s"), id, said);
    }
    if (!rc && f == 5) { /* a new date of receipt: every event judged again against it */
        char *kept = q.received;
        q.received = (char *)r.received;
        rc = events_still_hold(db, &q);
        q.received = kept;
    }
    const char *stored = f == 1 && !rc ? applicant_spec(type)->id
                         : f == 4 && !rc ? channels[channel].key
                                         : *slot[f];
    char *was = old ? strdup(old) : NULL;
    register_request_free(&q);
    int same = !rc && strcmp(was ? was : "", stored ? stored : "") == 0;
    if (!rc) /* (also for nothing to change: a read-only register says it is one) */
        rc = store_begin(&db->s);
    if (rc || same) {
        if (!rc)
            rc = store_end(&db->s, 0) ? XXGK_EIO : 1; /* nothing changed, nothing recorded */
        free(was);
        return rc;
    }
    char sql[128];
    snprintf(sql, sizeof sql, "UPDATE request SET %s = ? WHERE id = ?", fields[f].column);
    rc = store_run(&db->s, sql, stored, id);
    if (!rc)
        rc = store_audit(&db->s, "request", id, fields[f].column, was, stored);
    if (!rc) /* a new date of receipt moves the deadline, or puts an event before it */
        rc = recompute(db, id);
    free(was);
    return store_end(&db->s, rc);
}

int xxgk_request_set(xxgk_db *db, const char *id, const char *field, const char *value)
{
    char *k = register_key(db, id, "request");
    /* (named by its key or in Chinese, a field's value is read the same way) */
    const char *name = field_index(field) < NFIELDS ? fields[field_index(field)].name : "";
    char *v = strcmp(name, "applicant-id") == 0 ? register_id(value) : NULL;
    char date[32];
    if (strcmp(name, "received") == 0)
        value = register_date_read(value, date);
    int rc = request_set(db, k ? k : id, field, v ? v : value);
    free(k);
    free(v);
    return rc;
}

static int request_event_undo(xxgk_db *db, const char *id)
{
    int rc = store_begin(&db->s);
    if (rc)
        return rc;
    long long seq = 0;
    int found = store_int(&db->s, &seq, "SELECT max(seq) FROM event WHERE request_id = ?", id);
    long long exists = 0;
    if (found == 0 && store_int(&db->s, &exists, "SELECT 1 FROM request WHERE id = ?", id) == 0)
        rc = request_not_found(db, id);
    else if (found == 0)
        rc = no_event_to_undo(id);
    else if (found < 0)
        rc = found;
    char seqs[32];
    snprintf(seqs, sizeof seqs, "%lld", seq);
    sqlite3_stmt *st = rc ? NULL
                          : store_prepare(&db->s,
                                          "SELECT kind, date, days, approver, outcome, fee, note"
                                          " FROM event WHERE seq = ?",
                                          seqs);
    xbuf what; /* the trail keeps what was taken back, whole */
    xbuf_init(&what, 0);
    xbuf_puts(&what, "taken back: ");
    if (st && store_step(&db->s, st) > 0) {
        const char *col[7];
        for (int i = 0; i < 7; i++)
            col[i] = (const char *)sqlite3_column_text(st, i);
        event_text(&what, col[0], col[1], col[2], col[3], col[4], col[5], col[6]);
    }
    sqlite3_finalize(st);
    if (!rc && what.failed)
        rc = err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    if (!rc)
        rc = store_run(&db->s, "DELETE FROM event WHERE seq = ?", seqs);
    if (!rc)
        rc = store_audit(&db->s, "event", id, NULL, NULL, what.data);
    if (!rc)
        rc = recompute(db, id);
    xbuf_free(&what);
    return store_end(&db->s, rc);
}

/* Delete a row entered by mistake, for a reason: what(db, id, &was) gives what the trail keeps
 * of it (or an error: not found), then each of the statements `sql` (NULL-ended, bound to id)
 * deletes, all in one transaction. */
static int delete_audited(xxgk_db *db, const char *tbl, const char *noun, const char *id,
                          const char *reason, int (*what)(xxgk_db *, const char *, char **),
                          const char *const *sql)
{
    /* a reason of nothing but spaces is no reason: refused as a missing one is */
    if (blank_text(reason))
        return err_set(XXGK_EINVAL,
                       TR("%s %s：删除%s须写明理由（--reason）",
                          "%s %s: deleting a %s needs the reason (--reason)"),
                       noun, id ? id : "", noun);
    int rc = register_text_ok(reason, TR("删除理由", "the reason"), REGISTER_TEXT_LINE);
    if (rc || (rc = store_begin(&db->s)))
        return rc;
    char *was = NULL;
    rc = what(db, id, &was);
    for (const char *const *q = sql; !rc && *q; q++)
        rc = store_run(&db->s, *q, id);
    if (!rc)
        rc = store_audit(&db->s, tbl, id, "deleted", was, reason);
    free(was);
    return store_end(&db->s, rc);
}

int xxgk_request_delete(xxgk_db *db, const char *id, const char *reason)
{
    static const char *const sql[] = {"DELETE FROM event WHERE request_id = ?",
                                      "DELETE FROM request WHERE id = ?", NULL};
    char *k = register_key(db, id, "request");
    /* (the trail keeps the request as a table `request import` puts back) */
    int rc = delete_audited(db, "request", TR("申请", "request"), k ? k : id, reason,
                            register_request_table, sql);
    free(k);
    return rc;
}

int xxgk_request_event_undo(xxgk_db *db, const char *id)
{
    char *k = register_key(db, id, "request");
    int rc = request_event_undo(db, k ? k : id);
    free(k);
    return rc;
}

int xxgk_request_last_event(xxgk_db *db, const char *id, char **said)
{
    if (!db || !id || !said)
        return err_set(XXGK_EINVAL, TR("xxgk_request_last_event：参数为空",
                                       "xxgk_request_last_event: NULL argument"));
    *said = NULL;
    req_rec q;
    int rc = request_load_typed(db, id, &q);
    if (rc)
        return rc;
    char evname[128];
    if (q.nev == 0)
        rc = no_event_to_undo(q.id);
    else if (!(*said = strdup(event_named(evname, sizeof evname, q.ev, q.nev - 1))))
        rc = err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    register_request_free(&q);
    return rc;
}

/* An applicant's applications in the calendar month of a request's receipt, for 按件. */
typedef struct {
    char *who, *who_id; /* the applicant's name and ID number ("" for none) */
    char month[8];      /* YYYY-MM */
    int nth;            /* this request is the applicant's nth of the month */
    long long ids;      /* how many ID numbers the name has that month */
} month_count;

static void month_count_free(month_count *m)
{
    free(m->who);
    free(m->who_id);
}

/* Request id's place among its applicant's applications that month (on success the caller
 * frees *m with month_count_free). */
static int count_month(xxgk_db *db, const char *id, month_count *m)
{
    memset(m, 0, sizeof *m);
    sqlite3_stmt *st = store_prepare(&db->s,
                                     "SELECT applicant, COALESCE(applicant_id, ''), received"
                                     " FROM request WHERE id = ?",
                                     id);
    if (!st)
        return XXGK_EIO;
    int found = store_step(&db->s, st);
    if (found <= 0) {
        sqlite3_finalize(st);
        return found < 0 ? found : request_not_found(db, id);
    }
    m->who = store_col_dup(st, 0), m->who_id = store_col_dup(st, 1);
    char *received = store_col_dup(st, 2);
    sqlite3_finalize(st);
    /* The same applicant's applications in the same calendar month, up to this one (by date
     * of receipt, then in the order entered: IDs need not sort as numbers do).  The same
     * applicant: the same ID number (x and X one check digit), or, where either gives none,
     * the same name (spaces and Unicode's ways of writing a character aside): an undercount
     * would waive fees that are due.  A name that two ID numbers share that month is two
     * people: then an application without an ID cannot be told to be either's, and is counted
     * with the name's others that have none (two over the whole month, not only up to this
     * one: the second may come later). */
#define NAME_KEY(x) "replace(xxgk_nfkc(" x "), ' ', '')" /* (NFKC: 　 is a space, é one) */
#define WINDOW                                                                                    \
    "substr(received, 1, 7) = ?3 AND (received < ?4 OR (received = ?4 AND"                       \
    " rowid <= (SELECT rowid FROM request WHERE id = ?5)))"
    snprintf(m->month, sizeof m->month, "%.7s", received ? received : "");
    int rc = store_int(&db->s, &m->ids,
                       "SELECT count(DISTINCT upper(applicant_id)) FROM request WHERE"
                       " substr(received, 1, 7) = ?3 AND COALESCE(applicant_id, '') <> '' AND "
                       NAME_KEY("applicant") " = " NAME_KEY("?1"),
                       m->who, m->who_id, m->month, received, id);
    rc = rc < 0 ? rc : 0; /* (1: the count was read) */
    const char *two = m->ids >= 2 ? "1" : "0";
    st = rc ? NULL
            : store_prepare(&db->s,
                            "SELECT count(*) FROM request WHERE " WINDOW
                            " AND ((?2 <> '' AND upper(applicant_id) = upper(?2))"
                            " OR (" NAME_KEY("applicant") " = " NAME_KEY("?1")
                            " AND (?2 = '' OR COALESCE(applicant_id, '') = '')"
                            " AND (?6 = '0' OR (?2 = '' AND COALESCE(applicant_id, '') = ''))))",
                            m->who, m->who_id, m->month, received, id, two);
#undef WINDOW
#undef NAME_KEY
    m->nth = st && store_step(&db->s, st) > 0 ? sqlite3_column_int(st, 0) : 0;
    sqlite3_finalize(st);
    free(received);
    if (!rc && m->nth <= 0)
        rc = err_set(XXGK_EIO,
                     TR("申请 %s：无法统计当月的申请件数", "request %s: cannot count the month's "
                                                         "applications"),
                     id);
    if (rc)
        month_count_free(m);
    return rc;
}

/* A fee notice charged 按件 as the applicant's nth of the month whose place the register now
 * counts otherwise, at another price (a request of that month deleted, added or corrected
 * since): said, with what the fee would be now.  0, or an error code. */
static int fee_count_moved(xxgk_db *db, const req_rec *q, xbuf *out)
{
    static const char lead[] = "按件计收，本件为";
    for (int i = 0; i < q->nev; i++) {
        const char *note = q->ev[i].note, *at;
        int was;
        if (strcmp(q->ev[i].kind, "fee-notice") != 0 || !note ||
            strncmp(note, lead, strlen(lead)) != 0 || !(at = strstr(note, "月的第")) ||
            sscanf(at + strlen("月的第"), "%d", &was) != 1)
            continue;
        month_count m;
        int rc = count_month(db, q->id, &m);
        if (rc)
            return rc;
        long fee = 0;
        if (m.nth != was && xxgk_fee_by_count(&fee, m.nth) == 0 && fee != q->ev[i].fee)
            xbuf_printf(out,
                        TR("注意：申请 %s：%s的收费通知按当月第%d件申请计收%ld元，登记簿现在统计"
                           "为第%d件（当月的申请有增删或更正？），按件应收%ld元\n",
                           "note: request %s: the fee notice of %s charged, as the month's "
                           "application no. %d, %ld yuan; the register now counts it as no. %d "
                           "(a request of that month added, deleted or corrected?): %ld yuan per "
                           "application\n"),
                        q->id, q->ev[i].date, was, q->ev[i].fee, m.nth, fee);
        month_count_free(&m);
    }
    return 0;
}

/* "张三在2024年3月的第12件申请" (in Chinese always: it goes into the fee notice) */
static void month_count_said(xbuf *b, const month_count *m)
{
    xbuf_printf(b, "%s在%.4s年%d月的第%d件申请", m->who, m->month,
                (int)strtol(m->month + 5, NULL, 10), m->nth);
}

/* A fee given as it was decided (--fee alone) is one the tiers give: the applicant's
 * application of that month (按件), or some number of pages (按量); else it is refused, with
 * what 按件 gives and how to have the fee computed.  Where only one way gives it, e is marked
 * so (by_count, pages), for its computation to be stated as if it had been asked for. */
static int fee_on_scale(xxgk_db *db, const char *id, xxgk_request_event *e)
{
    month_count m;
    long by_count = 0, fee = e->fee;
    int rc = count_month(db, id, &m);
    if (rc)
        return rc;
    int count_gives = !xxgk_fee_by_count(&by_count, m.nth) && by_count == fee;
    long pages = xxgk_fee_pages_for(fee);
    if (count_gives && !pages)
        e->by_count = 1;
    else if (pages && !count_gives)
        e->pages = pages;
    else if (!count_gives && !pages) {
        xbuf b;
        xbuf_init(&b, 0);
        month_count_said(&b, &m);
        rc = err_set(XXGK_EINVAL,
                     TR("收费金额%ld元不合《政府信息公开信息处理费管理办法》的标准：按件计收，"
                        "本件为%s，应收%ld元；按量计收，没有哪个页数的费用恰为%ld元。请用 "
                        "--count（按件）或 --pages N（按量）由 xxgk 计算",
                        "a fee of %ld yuan is off the tiers of 国办函〔2020〕109号: per "
                        "application, this is %s, %ld yuan; by volume, no number of pages costs "
                        "%ld yuan.  Have xxgk compute it with --count (per application) or "
                        "--pages N (by volume)"),
                     fee, b.failed ? "" : b.data, by_count, fee);
        xbuf_free(&b);
    }
    month_count_free(&m);
    return rc;
}

/* A fee notice's fee computed 按件 or 按量 (ev->by_count, ev->pages; 国办函〔2020〕109号), into
 * *e: the fee, and as its note the computation before what the clerk wrote (*note, malloc'd,
 * the caller frees; in Chinese whatever the messages' language, as the letter is).  Both ways
 * at once, a way on another event, a fee of nothing or one that differs from the fee given are
 * refused; a fee given alone is checked by fee_on_scale, and computed as if asked for when
 * only one way gives it. */
static int fee_computed(xxgk_db *db, const char *id, xxgk_request_event *e, char **note,
                        int replay)
{
    *note = NULL;
    if (!e->by_count && !e->pages) {
        if (replay || strcmp(e->kind, "fee-notice") != 0 || e->fee <= 0 ||
            e->fee > XXGK_FEE_MAX_YUAN || strcmp(e->date, XXGK_FEE_SCALE_SINCE) < 0)
            return 0;
        int rc = fee_on_scale(db, id, e);
        if (rc || (!e->by_count && !e->pages)) /* (both ways give it: which, unsaid) */
            return rc;
    }
    if (strcmp(e->kind, "fee-notice") != 0)
        return err_set(XXGK_EINVAL,
                       TR("只有收费通知（fee-notice）按件（--count）或按量（--pages）计费，%s没有",
                          "only a fee notice is charged per application (--count) or by volume "
                          "(--pages), not %s"),
                       kind_said(e->kind));
    if (e->by_count && e->pages)
        return err_set(XXGK_EINVAL,
                       TR("按件（--count）和按量（--pages）只能选其一",
                          "a fee is charged per application (--count) or by volume (--pages), "
                          "not both"));
    long yuan = 0;
    char explain[XXGK_FEE_EXPLAIN_SIZE] = ""; /* (left as it is by a count refused) */
    xbuf b;
    xbuf_init(&b, 0);
    int rc;
    if (e->by_count) {
        month_count m;
        if ((rc = count_month(db, id, &m)))
            return rc;
        rc = xxgk_fee_by_count_total(&yuan, m.nth, m.nth, explain, sizeof explain);
        xbuf_puts(&b, "按件计收，本件为");
        month_count_said(&b, &m);
        month_count_free(&m);
    } else {
        rc = xxgk_fee_by_pages(&yuan, e->pages, explain, sizeof explain);
        xbuf_printf(&b, "按量计收，共%ld页", e->pages);
    }
    if (rc) {
        xbuf_free(&b);
        return rc;
    }
    xbuf_printf(&b, "：%s", explain);
    if (!rc && b.failed)
        rc = err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    if (!rc && yuan == 0)
        rc = err_set(XXGK_EINVAL,
                     TR("不应收费：%s（《政府信息公开信息处理费管理办法》：按件计收的，同一申请人"
                        "一个自然月内前10件不收费；按量计收的，30页以内不收费）",
                        "no fee is due: %s (国办函〔2020〕109号: an applicant's first 10 "
                        "applications in a calendar month, and 30 pages or fewer, are free)"),
                     b.data);
    if (!rc && e->fee && e->fee != yuan)
        rc = err_set(XXGK_EINVAL,
                     TR("--fee 写的是%ld元，按标准计算应为%ld元：%s",
                        "--fee says %ld yuan, the tiers give %ld: %s"),
                     e->fee, yuan, b.data);
    if (!rc && e->note && *e->note)
        xbuf_printf(&b, "；%s", e->note);
    if (!rc && !(*note = xbuf_steal(&b)))
        rc = err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    xbuf_free(&b);
    if (!rc)
        e->fee = yuan, e->note = *note;
    return rc;
}

static int event_add(xxgk_db *db, const char *id, const xxgk_request_event *given, int replay)
{
    xxgk_request_event computed = *given;
    const xxgk_request_event *ev = &computed;
    xxgk_date d;
    if (!ev->kind || kind_index(ev->kind) < 0) {
        xbuf b;
        xbuf_init(&b, 0);
        /* (in Chinese each key beside the word a clerk may type: 补正告知 correction-notice) */
        for (size_t i = 0; i < NKINDS; i++)
            if (xxgk_lang_get() == XXGK_LANG_ZH)
                xbuf_printf(&b, "%s%s %s", i ? "、" : "", kind_said(event_kinds[i].name),
                            event_kinds[i].name);
            else
                xbuf_printf(&b, "%s%s", i ? ", " : "", event_kinds[i].name);
        int rc = err_set(XXGK_EINVAL,
                         TR("未知的事项“%s”（应为以下之一：%s）", "unknown event '%s' (one of: %s)"),
                         ev->kind ? ev->kind : "", b.data);
        xbuf_free(&b);
        return rc;
    }
    if (register_valid_date(ev->date, &d, kind_said(ev->kind)) ||
        register_not_future(d, ev->date, kind_said(ev->kind)))
        return XXGK_EINVAL;
    xxgk_calendar *cal;
    int rc = register_calendar(db, &cal);
    if (rc)
        return rc;
    if ((rc = store_begin(&db->s))) {
        xxgk_calendar_free(cal);
        return rc;
    }
    req_rec q;
    int loaded = !(rc = register_request_load(db, id, &q));
    char *fee_note = NULL;
    if (!rc)
        rc = fee_computed(db, id, &computed, &fee_note, replay);
    req_state before, after;
    if (!rc)
        rc = compute(cal, &q, NULL, &before);
    if (!rc)
        rc = check_event(cal, &q, &before, ev, replay);
    stored_event se = {0};
    if (!rc) {
        snprintf(se.kind, sizeof se.kind, "%s", ev->kind);
        snprintf(se.date, sizeof se.date, "%s", ev->date);
        se.days = ev->days;
        snprintf(se.outcome, sizeof se.outcome, "%s", ev->outcome ? ev->outcome : "");
        se.fee = ev->fee;
        rc = compute(cal, &q, &se, &after);
    }
    char days[16], fee[24];
    snprintf(days, sizeof days, "%d", ev->days);
    snprintf(fee, sizeof fee, "%ld", ev->fee);
    if (!rc) {
        rc = store_run(&db->s,
                       "INSERT INTO event(request_id, kind, date, days, approver, outcome, fee,"
                       " note) VALUES (?,?,?,?,?,?,?,?)",
                       id, ev->kind, ev->date, ev->days ? days : NULL, ev->approver,
                       ev->outcome, ev->fee ? fee : NULL, ev->note);
    }
    if (!rc) {
        xbuf what;
        xbuf_init(&what, 0);
        event_text(&what, ev->kind, ev->date, ev->days ? days : NULL, ev->approver, ev->outcome,
                   ev->fee ? fee : NULL, ev->note);
        rc = what.failed ? err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"))
                         : store_audit(&db->s, "event", id, NULL, NULL, what.data);
        xbuf_free(&what);
    }
    if (!rc)
        rc = save_state(db, id, &after);
    if (loaded)
        register_request_free(&q);
    xxgk_calendar_free(cal);
    free(fee_note);
    return store_end(&db->s, rc);
}

/* Whether message s names id as a word of its own ("申请 12 已办结", "'xxgk request undo 12'"),
 * not as part of another ("2024-12-01"). */
static int names_id(const char *s, const char *id)
{
    size_t n = strlen(id);
    for (const char *p = s; n && (p = strstr(p, id)) != NULL; p++) {
        char before = p > s ? p[-1] : ' ', after = p[n];
        if ((before == ' ' || before == '\'') &&
            (!after || strchr(" ':,)", after) || (unsigned char)after >= 0x80))
            return 1;
    }
    return 0;
}

int register_event_add(xxgk_db *db, const char *id, const xxgk_request_event *ev, int replay)
{
    if (!ev)
        return err_set(XXGK_EINVAL, TR("申请 %s：没有给出事项", "request %s: no event given"),
                       id ? id : "");
    char *k = register_key(db, id, "request"), date[32], outcome[64];
    xxgk_request_event e = *ev;
    int kind = ev->kind ? kind_index(ev->kind) : -1;
    if (kind >= 0)
        e.kind = event_kinds[kind].name; /* the register keeps the key */
    e.date = register_date_read(ev->date, date);
    /* (an outcome read by its words before a remark, "部分公开（涉及个人隐私）": the remark kept
     * as the reply's note, where none is given, which its 答复书 states as the reason) */
    char *remark = NULL;
    e.outcome = register_outcome_read_remark(ev->outcome, outcome, &remark);
    if (remark && (!ev->note || !*ev->note))
        e.note = remark;
    int rc = event_add(db, k ? k : id, &e, replay);
    /* (a refusal names the request it is about, as a batch of events may be for several) */
    const char *said = rc == XXGK_EINVAL ? xxgk_error_last() : NULL;
    if (said && id && !names_id(said, k ? k : id)) {
        char *copy = strdup(said);
        if (copy)
            err_set(rc, TR("申请 %s：%s", "request %s: %s"), k ? k : id, copy);
        free(copy);
    }
    free(k);
    free(remark);
    return rc;
}

const char *register_outcome_said(const char *outcome, char out[REGISTER_OUTCOME_SAID])
{
    const xxgk_row_spec *row = register_outcome_row(outcome);
    const char *variant = "";
    for (size_t i = 0; row && i < NVARIANTS; i++)
        if (strcmp(outcome, outcome_variants[i].key) == 0)
            variant = outcome_variants[i].shown;
    /* a numbered row with its group's number: "3.其他" alone is any group's third */
    const char *group = row && row->index >= 0 && row->caption ? row->caption : "";
    const char *close = strncmp(group, "（", 3) == 0 ? strstr(group, "）") : NULL;
    int glen = close ? (int)(close + 3 - group) : 0;
    /* (without the table's counting instruction: "（二）部分公开（区分处理的，只计这一情形…）") */
    const char *label = row ? row->label : "", *note = strstr(label, "（区分处理的");
    snprintf(out, REGISTER_OUTCOME_SAID, "%.*s%.*s%s%s%s", glen, group,
             note ? (int)(note - label) : (int)strlen(label), label, *variant ? "（" : "",
             variant, *variant ? "）" : "");
    return out;
}

/* The fee notice still unpaid when the request was answered otherwise than as unpaid (三（六）2):
 * waived, or a payment never recorded; its index among the pauses, or -1. */
static int fee_unpaid_at_reply(const req_state *s)
{
    if (!s->outcome || strcmp(s->outcome, "other.2") == 0)
        return -1;
    for (int k = 0; k < s->d.nexcluded; k++)
        if (s->d.excluded[k].why == XXGK_EV_FEE_NOTICE && s->d.excluded[k].by_reply)
            return k;
    return -1;
}

/* A field of show: "  label：" and its text, its lines under its first (a description of
 * several paragraphs; a note of an import's columns, one a line). */
static void shown_lines(xbuf *b, const char *label, const char *text)
{
    xbuf_printf(b, "  %s：", label);
    for (const char *l = text; *l;) {
        size_t len = strcspn(l, "\n");
        xbuf_printf(b, "%s%.*s\n", l == text ? "" : "        ", (int)len, l);
        l += len + (l[len] == '\n');
    }
    if (!*text)
        xbuf_putc(b, '\n');
}

static int request_show(xxgk_db *db, const char *id, xxgk_date now, char **out)
{
    *out = NULL;
    char shown[REGISTER_OUTCOME_SAID];
    xxgk_calendar *cal;
    req_rec q;
    req_state s;
    int rc = request_state(db, id, &cal, &q, &s);
    if (rc)
        return rc;
    xbuf b;
    xbuf_init(&b, 0);
    int col = applicant_column(q.type);
    xbuf_printf(&b, "申请 %s\n  申请人：%s（%s）", q.id, q.applicant,
                col < 0 ? q.type : applicant_spec(col)->label);
    if (q.applicant_id)
        xbuf_printf(&b, "  证件：%s", q.applicant_id);
    if (q.contact)
        xbuf_printf(&b, "  联系方式：%s", q.contact);
    xbuf_printf(&b, "\n  收到：%s（%s）\n", q.received, named_zh(channels, q.channel));
    /* which day is the day of receipt, by channel (条例 第三十一条): the clerk enters it */
    int ch = named_index(channels, q.channel);
    if (ch >= 0 && channels[ch].note)
        xbuf_printf(&b, "  （第三十一条：%s）\n", channels[ch].note);
    shown_lines(&b, "内容", q.description);
    if (q.form)
        xbuf_printf(&b, "  形式：%s\n", q.form);
    if (q.note)
        shown_lines(&b, "备注", q.note);
    xbuf_puts(&b, "  经过：\n");
    for (int i = 0; i < q.nev; i++) {
        int k = kind_index(q.ev[i].kind);
        xbuf_printf(&b, "    %s %s", q.ev[i].date, k >= 0 ? event_kinds[k].zh : q.ev[i].kind);
        if (q.ev[i].days)
            xbuf_printf(&b, " %d个工作日", q.ev[i].days);
        if (q.ev[i].fee)
            xbuf_printf(&b, " %ld元", q.ev[i].fee);
        if (*q.ev[i].outcome)
            xbuf_printf(&b, " %s", register_outcome_said(q.ev[i].outcome, shown));
        if (q.ev[i].approver)
            xbuf_printf(&b, "（%s批准）", q.ev[i].approver);
        if (q.ev[i].note)
            xbuf_printf(&b, "  备注：%s", q.ev[i].note);
        xbuf_putc(&b, '\n');
    }
    char said[64];
    xbuf_printf(&b, "  状态：%s", status_said(s.status, said));
    if (s.outcome)
        xbuf_printf(&b, TR("：%s", ": %s"), register_outcome_said(s.outcome, shown));
    xbuf_putc(&b, '\n');
    char due[11] = "";
    if (s.d.due)
        xxgk_date_format(s.d.due, due);
    xxgk_date due_date;
    if (register_overdue(s.status, due, now, &due_date)) {
        int past = 0; /* working days gone by since the due date, up to today */
        for (xxgk_date day = due_date + 1; day <= now; day++)
            past += xxgk_calendar_is_workday(cal, day);
        char today[11];
        xxgk_date_format(now, today);
        if (past) /* (a weekend or holiday right after the due day: no working day yet) */
            xbuf_printf(&b,
                        TR("  已逾期：到期日为%s，至%s已过%d个工作日\n",
                           "  已逾期 OVERDUE: due %s; %s is %d working days past it\n"),
                        due, today, past);
        else
            xbuf_printf(&b,
                        TR("  已逾期：到期日为%s，已过（其后尚无工作日）\n",
                           "  已逾期 OVERDUE: due %s, passed (no working day since)\n"),
                        due);
    }
    /* (one closed unanswered, 三（六）1 or 2, was late when its notice was) */
    const char *stopped = register_stopped(&q, s.outcome);
    if (s.d.closed && register_late(s.closed, due, s.outcome, stopped) && stopped)
        xbuf_printf(&b, TR("  逾期答复：%s才发出%s，到期日为%s\n",
                           "  逾期答复 LATE：%s才发出%s，到期日为%s\n"),
                    stopped, strcmp(s.outcome, "other.2") == 0 ? "收费通知" : "补正告知", due);
    else if (s.d.closed && register_late(s.closed, due, s.outcome, stopped))
        xbuf_printf(&b, TR("  逾期答复：%s答复，到期日为%s\n", "  逾期答复 LATE：%s答复，到期日为%s\n"),
                    s.closed, due);
    char noticed[11];
    int fee = fee_unpaid_at_reply(&s);
    if (fee >= 0) {
        xxgk_date_format(s.d.excluded[fee].from, noticed);
        xbuf_printf(&b, "  注意：%s的收费通知至答复时未见缴费：如已免收，无需处理；如已缴费，请撤回"
                        "答复（undo），补记缴费（fee-paid）后重新答复\n",
                    noticed);
    }
    char until[11];
    const char *waiting;
    if (register_waiting(cal, &q, &s.d, until, &waiting)) {
        xxgk_date u;
        int ended = xxgk_date_parse(&u, until) == 0 && u < now;
        xbuf_printf(&b, TR("  等待至 %s%s：%s\n", "  等待 waits to %s%s：%s\n"), until,
                    ended ? TR("（已届满）", "（已届满 ENDED）") : "", waiting);
    }
    char *explain = malloc(XXGK_DEADLINE_EXPLAIN_MAX);
    int cut = explain ? xxgk_deadline_explain(&s.d, explain, XXGK_DEADLINE_EXPLAIN_MAX) : 0;
    if (explain && (cut == 0 || cut == XXGK_ELIMIT)) {
        xbuf_puts(&b, "  期限计算：\n");
        for (char *line = explain, *nl; *line; line = nl + 1) { /* indented under it */
            nl = strchr(line, '\n');
            xbuf_printf(&b, "    %.*s\n", nl ? (int)(nl - line) : (int)strlen(line), line);
            if (!nl)
                break;
        }
        if (cut) /* (never, by the bound; said if it were) */
            xbuf_puts(&b, TR("    ……（以下从略）\n", "    ... (the rest left out)\n"));
    } else if (!explain) {
        rc = err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    }
    free(explain);
    register_request_free(&q);
    xxgk_calendar_free(cal);
    return register_text_out(&b, rc, out);
}

int register_resident_id_wrong(const char *type, const char *n)
{
    int column = applicant_column(type);
    if (column < 0 || strcmp(applicant_spec(column)->id, "natural") != 0 || !n || strlen(n) != 18)
        return 0;
    static const int weight[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
        if (n[i] < '0' || n[i] > '9')
            return 0; /* (another document's number) */
        sum += (n[i] - '0') * weight[i];
    }
    char check = "10X98765432"[sum % 11], last = n[17] == 'x' ? 'X' : n[17];
    return (last >= '0' && last <= '9') || last == 'X' ? last != check : 0;
}

/* One line on where request id stands, said after each change. */
static int request_status(xxgk_db *db, const char *id, char **out)
{
    *out = NULL;
    char shown[REGISTER_OUTCOME_SAID];
    xxgk_calendar *cal;
    req_rec q;
    req_state s;
    int rc = request_state(db, id, &cal, &q, &s);
    if (rc)
        return rc;
    xbuf b;
    xbuf_init(&b, 0);
    char due[11] = "", until[11];
    const char *waiting;
    if (s.d.due)
        xxgk_date_format(s.d.due, due);
    char said[64];
    xbuf_printf(&b, TR("申请 %s：%s", "request %s: %s"), q.id, status_said(s.status, said));
    if (s.outcome) {
        xbuf_printf(&b, TR(" %s：%s", " %s: %s"), s.closed,
                    register_outcome_said(s.outcome, shown));
        if (s.d.closed &&
            register_late(s.closed, due, s.outcome, register_stopped(&q, s.outcome)))
            xbuf_printf(&b, TR("，逾期答复（到期日为%s）", ", answered late (due %s)"), due);
    } else if (*due)
        xbuf_printf(&b, TR("，答复期限 %s%s", ", due %s%s"), due,
                    register_due_estimated(cal, q.received, due)
                        ? TR("（估算：无节假日安排表）", " (estimated: no holiday table)")
                        : "");
    if (register_waiting(cal, &q, &s.d, until, &waiting))
        xbuf_printf(&b, TR("，等待至 %s", ", waits to %s"), until);
    if (register_resident_id_wrong(q.type, q.applicant_id))
        xbuf_printf(&b,
                    TR("，身份证号码校验位不符，请核对（更正：xxgk request set %s applicant-id "
                       "号码）",
                       ", the identity card number's check digit is wrong: check it (xxgk "
                       "request set %s applicant-id NUMBER)"),
                    q.id);
    int fee = fee_unpaid_at_reply(&s);
    if (fee >= 0) {
        xxgk_date_format(s.d.excluded[fee].from, until);
        xbuf_printf(&b, TR("，%s的收费通知未见缴费（已免收？）", ", fee notice %s never paid (waived?)"),
                    until);
    }
    /* what show asks to look at again is said here too, where it is entered */
    for (int k = 0; k < s.d.nexcluded; k++)
        if (s.d.excluded[k].why == XXGK_EV_FEE_NOTICE && s.d.due && !s.d.closed &&
            s.d.excluded[k].from > s.d.due) {
            xbuf_puts(&b, TR("，收费通知晚于答复期限，已逾期",
                             ", the fee notice came after the due date: late"));
            break;
        }
    if (s.d.extension_after_due) {
        xxgk_date_format(s.d.extension_after_due, until);
        xbuf_printf(&b,
                    TR("，延期晚于答复期限（%s），期限未延长",
                       ", the extension came after the deadline (%s), which it does not lengthen"),
                    until);
    }
    if (s.d.correction_after_due) { /* (which says the 7 working days too) */
        xxgk_date_format(s.d.correction_after_due, until);
        xbuf_printf(&b,
                    TR("，补正告知晚于答复期限（%s），期限不重新计算",
                       ", the 补正 notice came after the deadline (%s), which it does not restart"),
                    until);
    } else if (s.d.late_correction_notice) {
        xbuf_puts(&b, TR("，补正告知晚于收到申请后7个工作日（第三十条）",
                         ", the 补正 notice came after the 7 working days of Art. 30"));
    }
    if (s.d.late_correction) {
        xxgk_date_format(s.d.late_correction, until);
        xbuf_printf(&b, TR("，补正晚于补正告知给予的期限（至%s）",
                           ", corrected after the time the 补正 notice gave (to %s)"),
                    until);
    }
    for (int k = 0; k < s.d.nexcluded; k++)
        if (s.d.excluded[k].why == XXGK_EV_FEE_NOTICE && s.d.excluded[k].too_long) {
            xxgk_date_format(s.d.excluded[k].to, until);
            xbuf_printf(&b,
                        TR("，%s缴费，已超过%d个工作日的缴费期限",
                           ", paid %s after the %d working days to pay"),
                        until, XXGK_FEE_PAY_DAYS);
        } else if (s.d.excluded[k].too_long) {
            xxgk_date_format(s.d.excluded[k].from, until);
            xbuf_printf(&b,
                        TR("，%s起的征求意见超过第三方答复期限15个工作日，扣除%d个工作日（请核对）",
                           ", the consultation from %s took longer than the 15 working days a "
                           "third party has: %d working days not counted (please verify)"),
                        until, s.d.excluded[k].days);
        }
    /* the same application entered twice under two IDs would be counted twice in table 三:
     * said as it is entered, before any event (an applicant's repeated application is a request
     * of its own, answered as 重复申请, but on a later day) */
    sqlite3_stmt *st = q.nev ? NULL : store_prepare(&db->s,
                                     "SELECT id FROM request WHERE id <> ? AND applicant = ?"
                                     " AND received = ? AND description = ? ORDER BY id LIMIT 1",
                                     q.id, q.applicant, q.received, q.description);
    int twin = st ? store_step(&db->s, st) : q.nev ? 0 : XXGK_EIO;
    if (twin > 0)
        xbuf_printf(&b,
                    TR("，与申请 %s 的申请人、收到日期和申请内容相同（重复录入？可用 request "
                       "delete 删除其一）",
                       ", the same applicant, date of receipt and description as request %s "
                       "(entered twice? request delete removes one)"),
                    (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    rc = twin < 0 ? twin : rc;
    if (q.nev)
        xbuf_printf(&b, TR("；最近事项 %s %s", "; last event %s %s"), q.ev[q.nev - 1].date,
                    register_kind_word(q.ev[q.nev - 1].kind));
    xbuf_putc(&b, '\n');
    register_request_free(&q);
    xxgk_calendar_free(cal);
    return register_text_out(&b, rc, out);
}

/* fn on the request an ID the user typed names (as register_key finds it) */
static int on_request(xxgk_db *db, const char *id, int (*fn)(xxgk_db *, const char *, char **),
                      char **out)
{
    char *k = register_key(db, id, "request");
    int rc = fn(db, k ? k : id, out);
    free(k);
    return rc;
}

int register_earlier_answer(xxgk_db *db, const char *id, char *eid, size_t cap,
                            char received[11], char closed[11])
{
#define ALIKE(x) "replace(xxgk_nfkc(" x "), ' ', '')"
    sqlite3_stmt *st = store_prepare(
        &db->s,
        "SELECT e.id, e.received, e.closed FROM request r JOIN request e ON e.id <> r.id"
        " AND e.received <= r.received AND e.closed IS NOT NULL AND e.closed <= r.received"
        " AND e.outcome <> 'not_processed.2' AND e.outcome NOT LIKE 'other.%'"
        " AND " ALIKE("e.description") " = " ALIKE("r.description") " AND"
        " ((COALESCE(r.applicant_id, '') <> '' AND upper(e.applicant_id) = upper(r.applicant_id))"
        " OR ((COALESCE(r.applicant_id, '') = '' OR COALESCE(e.applicant_id, '') = '') AND "
        ALIKE("e.applicant") " = " ALIKE("r.applicant") "))"
        " WHERE r.id = ? ORDER BY e.received DESC, e.rowid DESC LIMIT 1",
        id);
#undef ALIKE
    if (!st)
        return XXGK_EIO;
    int r = store_step(&db->s, st);
    if (r > 0) {
        snprintf(eid, cap, "%s", (const char *)sqlite3_column_text(st, 0));
        snprintf(received, 11, "%s", (const char *)sqlite3_column_text(st, 1));
        snprintf(closed, 11, "%s", (const char *)sqlite3_column_text(st, 2));
    }
    sqlite3_finalize(st);
    return r;
}

int xxgk_request_twins(xxgk_db *db, char **out)
{
    *out = NULL;
    sqlite3_stmt *st = store_prepare(&db->s,
                                     "SELECT a.id, b.id FROM request a JOIN request b"
                                     " ON a.applicant = b.applicant AND a.received = b.received"
                                     " AND a.description = b.description AND a.id < b.id"
                                     " ORDER BY a.received, a.id, b.id");
    if (!st)
        return XXGK_EIO;
    xbuf b;
    xbuf_init(&b, 0);
    int rc;
    while ((rc = store_step(&db->s, st)) > 0)
        xbuf_printf(&b, "%s\t%s\n", (const char *)sqlite3_column_text(st, 0),
                    (const char *)sqlite3_column_text(st, 1));
    sqlite3_finalize(st);
    if (!b.len && rc >= 0)
        xbuf_puts(&b, ""); /* (an empty text, not NULL: none) */
    return register_text_out(&b, rc < 0 ? rc : 0, out);
}

int xxgk_request_status(xxgk_db *db, const char *id, char **out)
{
    return on_request(db, id, request_status, out);
}


int register_listing(int year, const char *today, xxgk_date *now, char from[16], char to[16])
{
    snprintf(from, 16, "%04d-01-01", year ? year : 1);
    snprintf(to, 16, "%04d-12-31", year ? year : 9999);
    char date[32];
    today = register_date_read(today, date);
    if (!today) {
        *now = xxgk_date_today();
        return 0;
    }
    return register_valid_date(today, now, TR("今天（--today）", "today"));
}

int xxgk_request_show(xxgk_db *db, const char *id, const char *today, char **out)
{
    *out = NULL;
    xxgk_date now;
    char from[16], to[16];
    int rc = register_listing(0, today, &now, from, to);
    if (rc)
        return rc;
    char *k = register_key(db, id, "request");
    rc = request_show(db, k ? k : id, now, out);
    free(k);
    return rc;
}

int register_overdue(const char *status, const char *due, xxgk_date now, xxgk_date *due_date)
{
    xxgk_date d = 0;
    int open = status && strcmp(status, "closed") != 0;
    if (!due || xxgk_date_parse(&d, due) < 0)
        d = 0;
    if (due_date)
        *due_date = open ? d : 0;
    return open && d && d < now;
}

int register_late(const char *closed, const char *due, const char *outcome, const char *stopped)
{
    if (outcome && (strcmp(outcome, "other.1") == 0 || strcmp(outcome, "other.2") == 0))
        closed = stopped; /* (the clock stopped then, never to run again) */
    return closed && due && *closed && *due && strcmp(closed, due) > 0; /* (ISO dates) */
}

const char *register_stopped(const req_rec *q, const char *outcome)
{
    const char *kind = !outcome                         ? NULL
                       : strcmp(outcome, "other.1") == 0 ? "correction-notice"
                       : strcmp(outcome, "other.2") == 0 ? "fee-notice"
                                                         : NULL;
    const char *last = NULL;
    for (int i = 0; kind && i < q->nev; i++)
        if (strcmp(q->ev[i].kind, kind) == 0)
            last = q->ev[i].date;
    return last;
}

int register_due_estimated(const xxgk_calendar *cal, const char *received, const char *due)
{
    xxgk_date from, to;
    if (!received || !due || xxgk_date_parse(&from, received) < 0 ||
        xxgk_date_parse(&to, due) < 0)
        return 0;
    for (xxgk_date d = from + 1; d <= to; d++)
        if (!xxgk_calendar_day_known(cal, d))
            return 1;
    return 0;
}

/* The width of the ID column of a list of the requests received from `from` to `to`: 12, or
 * one more than the widest ID (依申请-2024-第0001号) for the columns after it to stay in line;
 * negative when the register cannot be read. */
/* The requests a list from ?1 to ?2 holds: those table 三 counts in that time, received in it
 * and carried into it. */
#define LISTED_SQL " WHERE received <= ?2 AND (closed IS NULL OR closed >= ?1)"

static int id_column(xxgk_db *db, const char *from, const char *to)
{
    sqlite3_stmt *st = store_prepare(&db->s, "SELECT id FROM request" LISTED_SQL, from, to);
    if (!st)
        return XXGK_EIO;
    int width = 12, rc;
    while ((rc = store_step(&db->s, st)) > 0) {
        const char *id = (const char *)sqlite3_column_text(st, 0);
        int w = id ? (int)u8_width(id, strlen(id)) + 1 : 0;
        width = w > width ? w : width;
    }
    sqlite3_finalize(st);
    return rc < 0 ? rc : width;
}

int xxgk_request_list(xxgk_db *db, int year, int within, const char *today, char **out)
{
    *out = NULL;
    xxgk_date now;
    char from[16], to[16];
    int rc = register_listing(year, today, &now, from, to);
    if (rc)
        return rc;
    int id_width = id_column(db, from, to);
    if (id_width < 0)
        return id_width;
    xxgk_calendar *cal;
    if ((rc = register_calendar(db, &cal)))
        return rc;
    /* A year's requests are those table 三 counts that year: received in it, and those carried
     * in from before (open on 1 January), which the list marks and sums as the table does. */
    sqlite3_stmt *st = store_prepare(&db->s,
                                     "SELECT id, received, applicant_type, status, due, outcome,"
                                     " applicant, closed, " REGISTER_STOPPED_SQL " FROM request"
                                     LISTED_SQL " ORDER BY received, id",
                                     from, to);
    if (!st) {
        xxgk_calendar_free(cal);
        return XXGK_EIO;
    }
    xbuf b;
    xbuf_init(&b, 0);
    int n = 0, counted[4] = {0}; /* new, carried in, closed in the year, carried out */
    while ((rc = store_step(&db->s, st)) > 0) {
        const char *status = (const char *)sqlite3_column_text(st, 3);
        const char *due = (const char *)sqlite3_column_text(st, 4);
        const char *outcome = (const char *)sqlite3_column_text(st, 5);
        char shown[REGISTER_OUTCOME_SAID];
        xxgk_date d;
        int overdue = register_overdue(status, due, now, &d);
        /* a request with its clock stopped waits for the applicant or a third party: until
         * when, and what to record once that time is over */
        char until[11] = "";
        const char *waiting = NULL;
        xxgk_date u = 0;
        if (status && (strcmp(status, "paused") == 0 ||
                       strcmp(status, "awaiting-correction") == 0)) {
            req_rec q;
            req_state qs;
            if ((rc = request_replay(db, cal, (const char *)sqlite3_column_text(st, 0), &q, &qs)))
                break;
            if (register_waiting(cal, &q, &qs.d, until, &waiting))
                xxgk_date_parse(&u, until);
            register_request_free(&q);
        }
        /* due: open requests with a due date, within the days asked or already overdue; and
         * those whose wait ends within the days asked or has ended */
        if (within >= 0 && (!d || (!overdue && d - now > within)) && (!u || u - now > within))
            continue;
        const char *received = (const char *)sqlite3_column_text(st, 1);
        const char *closed = (const char *)sqlite3_column_text(st, 7);
        int carried = year && strcmp(received, from) < 0;
        counted[carried]++;
        int carried_out = year && !(closed && strcmp(closed, to) <= 0);
        counted[carried_out ? 3 : 2]++;
        const char *flag = overdue ? TR("  逾期", "  逾期 OVERDUE")
                           : register_late(closed, due,
                                           (const char *)sqlite3_column_text(st, 5),
                                           (const char *)sqlite3_column_text(st, 8))
                               ? TR("  逾期答复", "  逾期答复 LATE")
                               : "";
        /* counted through a year with no holiday table: say so wherever the date shows */
        const char *guess =
            register_due_estimated(cal, received, due)
                ? TR("  估算（无节假日安排表）", "  估算 ESTIMATED (no holiday table)")
                : "";
        /* the words of the user's language: keys in English, the report's words in Chinese */
        int en = xxgk_lang_get() == XXGK_LANG_EN;
        if (n == 0) { /* a header over the columns */
            xbuf_pad(&b, en ? "ID" : "编号", id_width);
            xbuf_puts(&b, en ? " received    applicant   type       status               due\n"
                             : " 收到日期    申请人      申请人类型    状态      期限\n");
        }
        const char *type = (const char *)sqlite3_column_text(st, 2);
        xbuf_pad(&b, (const char *)sqlite3_column_text(st, 0), id_width);
        xbuf_printf(&b, " %s  ", received);
        xbuf_pad_cut(&b, (const char *)sqlite3_column_text(st, 6), 12);
        int col = applicant_column(type);
        xbuf_pad(&b, en || col < 0 ? type : applicant_spec(col)->label, en ? 11 : 14);
        xbuf_pad(&b, en ? status : named_zh(statuses, status), en ? 21 : 10);
        xbuf_printf(&b, "%s%s%s%s%s%s", due ? TR("期限 ", "due ") : "", due ? due : "",
                    outcome ? "  " : "",
                    !outcome ? "" : en ? outcome : register_outcome_said(outcome, shown),
                    flag, guess);
        if (u)
            xbuf_printf(&b, TR("%s等待至 %s  %s%s", "%swaits to %s  %s%s"),
                        due || outcome || *flag || *guess ? "  " : "", until, waiting,
                        u < now ? TR("  已届满", "  届满 ENDED") : "");
        if (carried)
            xbuf_printf(&b, TR("  上年结转", "  上年结转 carried in"));
        /* (one the year's table counts as carried over, whatever became of it since) */
        if (carried_out && closed)
            xbuf_printf(&b, TR("  结转下年度", "  结转下年度 carried over"));
        xbuf_putc(&b, '\n');
        n++;
    }
    sqlite3_finalize(st);
    xxgk_calendar_free(cal);
    if (n == 0 && rc >= 0)
        xbuf_puts(&b, within >= 0 ? TR("没有到期的申请\n", "nothing due\n")
                                  : TR("没有申请\n", "no requests\n"));
    else if (year && within < 0 && rc >= 0) /* (the sums of table 三, to check it against) */
        xbuf_printf(&b,
                    TR("%d年：新收%d件，上年结转%d件；办结%d件，结转下年度%d件\n",
                       "%d: %d received, %d carried in; %d closed, %d carried over\n"),
                    year, counted[0], counted[1], counted[2], counted[3]);
    return register_text_out(&b, rc, out);
}

/* ---- public: calendar import ---- */

/* Days of year y added to the table the register keeps for it (late December in next year's
 * 元旦 arrangement): said, and kept in the trail. */
static int say_added(xxgk_db *db, xbuf *out, int y, int days, const char *name)
{
    char ys[16], what[300];
    snprintf(ys, sizeof ys, "%d", y);
    snprintf(what, sizeof what, "%d day%s from %s", days, days == 1 ? "" : "s", name); /* data */
    if (xxgk_lang_get() == XXGK_LANG_EN)
        xbuf_printf(out, "%d: %s added to its table\n", y, what);
    else
        xbuf_printf(out, "%d年：从 %s 补入该年日历表 %d 天\n", y, name, days);
    return store_audit(&db->s, "calendar_year", ys, "days added", NULL, what);
}

/* The year whose announced arrangement a day of the file belongs to: its own, but for the last
 * week of December when the file has next year's table (its 元旦 holiday or 调休). */
static int arrangement_of(const xxgk_calendar *in, xxgk_date d)
{
    int y = xxgk_date_year(d);
    return xxgk_calendar_late_december(d) && xxgk_calendar_has_year(in, y + 1) ? y + 1 : y;
}

/* Whether the file lists day d. */
static int lists_day(const xxgk_calendar *in, xxgk_date d)
{
    for (size_t i = 0; i < xxgk_calendar_count(in); i++) {
        xxgk_date e;
        xxgk_calendar_entry(in, i, &e, NULL, NULL);
        if (e == d)
            return 1;
    }
    return 0;
}

/* Replace year y's arrangement with the file's (refused when the file's is not a whole year's),
 * saying what it was and is, and which days of another year it no longer lists. */
static int replace_arrangement(xxgk_db *db, const xxgk_calendar *in, int y, const char *name,
                               xbuf *said)
{
    char ys[16];
    snprintf(ys, sizeof ys, "%d", y);
    /* A year's arrangement has the seven festivals: a file with fewer days off would wipe the
     * year's table for one correction, and every deadline with it.  Weekdays off are counted: a
     * Saturday or Sunday "off" is a day off anyway. */
    int off = 0, days = 0;
    for (size_t j = 0; j < xxgk_calendar_count(in); j++) {
        xxgk_date dj;
        int wj;
        xxgk_calendar_entry(in, j, &dj, &wj, NULL);
        /* (its days of other years are said apart, and its last days of December that are
         * next year's 元旦 arrangement, as the register counts them: not the year's) */
        int own = xxgk_date_year(dj) == y && arrangement_of(in, dj) == y;
        off += own && !wj && xxgk_date_weekday(dj) < 6; /* (Mon-Fri) */
        days += own;
    }
    if (off < XXGK_CALENDAR_MIN_HOLIDAYS)
        return err_set(XXGK_EINVAL,
                       TR("%s：%d年只有%d个工作日放假%.0s，而一年的放假安排至少有%d天（元旦、春节、"
                          "清明节、劳动节、端午节、中秋节、国庆节），该文件会替换登记簿中%d年的"
                          "整张日历表：请提供该年完整的放假安排",
                          "%s: %d has %d weekday%s off: a year's arrangement has at least %d "
                          "(元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节), and the file "
                          "would replace the register's whole %d table: give the year's full "
                          "table"),
                       name, y, off, off == 1 ? "" : "s", XXGK_CALENDAR_MIN_HOLIDAYS, y);
    long long before = 0;
    sqlite3_stmt *st = store_prepare(&db->s, "SELECT source FROM calendar_year WHERE year = ?", ys);
    char *old_source = st && store_step(&db->s, st) > 0 ? store_col_dup(st, 0) : NULL;
    sqlite3_finalize(st);
    int rc = store_int(&db->s, &before,
                       "SELECT count(*) FROM calendar_day WHERE arrangement = ?1"
                       " AND CAST(substr(date, 1, 4) AS INTEGER) = arrangement",
                       ys);
    if (rc < 0) {
        free(old_source);
        return rc;
    }
    rc = 0;
    /* (the shipped table's source is stored as "built-in": said in the user's words) */
    const char *was = !old_source                          ? TR("无", "none")
                      : strcmp(old_source, "built-in") == 0 ? TR("内置", "built-in")
                                                           : old_source;
    if (xxgk_lang_get() == XXGK_LANG_EN && before == 0)
        xbuf_printf(said, "%d: %d day%s imported from %s (the register had no table for it)\n",
                    y, days, days == 1 ? "" : "s", name);
    else if (xxgk_lang_get() == XXGK_LANG_EN)
        xbuf_printf(said, "%d: %d day%s from %s replace the %lld from %s\n", y, days,
                    days == 1 ? "" : "s", name, before, was);
    else if (before == 0)
        xbuf_printf(said, "%d年：导入 %d 天（来源：%s；此前没有该年的安排）\n", y, days, name);
    else
        xbuf_printf(said, "%d年：以 %d 天（来源：%s）替换原有的 %lld 天（来源：%s）\n", y, days,
                    name, before, was);
    /* the days of another year the old arrangement gave and the new one does not */
    st = store_prepare(&db->s,
                       "SELECT date, kind, name FROM calendar_day WHERE arrangement = ?"
                       " AND CAST(substr(date, 1, 4) AS INTEGER) <> arrangement ORDER BY date",
                       ys);
    if (!st)
        rc = XXGK_EIO;
    int r = 0;
    while (!rc && (r = store_step(&db->s, st)) > 0) {
        const char *ds = (const char *)sqlite3_column_text(st, 0);
        const char *kind = (const char *)sqlite3_column_text(st, 1);
        xxgk_date d;
        if (xxgk_date_parse(&d, ds) < 0 || lists_day(in, d))
            continue;
        int work = strcmp(kind, "workday") == 0;
        if (xxgk_lang_get() == XXGK_LANG_EN)
            xbuf_printf(said, "%s: no longer a %s (%s's arrangement in %s does not list it)\n",
                        ds, work ? "working day" : "holiday", ys, name);
        else
            xbuf_printf(said, "%s：不再是%s（%s 中%d年的安排没有这一天）\n", ds,
                        work ? "调休工作日" : "假日", name, y);
        rc = store_audit(&db->s, "calendar_day", ds, "kind", kind, NULL);
    }
    sqlite3_finalize(st);
    if (!rc && r < 0)
        rc = r;
    if (!rc)
        rc = store_run(&db->s, "DELETE FROM calendar_day WHERE arrangement = ?", ys);
    if (!rc)
        rc = store_run(&db->s, "INSERT OR REPLACE INTO calendar_year(year, source) VALUES (?, ?)",
                       ys, name);
    if (!rc)
        rc = store_audit(&db->s, "calendar_year", ys, "source", old_source, name);
    free(old_source);
    return rc;
}

/* Every request's status and deadline computed again under cal and stored, the trail keeping
 * what moved.  With say (a calendar import, from file name): each deadline that moved (and
 * *moved set), and each event cal refuses that before did not, told there; a request that
 * cannot be replayed stops it.  Without: such a request keeps what it has (db check names it). */
static int recompute_all(xxgk_db *db, const xxgk_calendar *cal, const xxgk_calendar *before,
                         xbuf *say, int *moved, const char *name)
{
    sqlite3_stmt *st = store_prepare(&db->s, "SELECT id, due, status FROM request ORDER BY id");
    if (!st)
        return XXGK_EIO;
    int rc = 0, r;
    while (!rc && (r = store_step(&db->s, st)) > 0) {
        char *id = store_col_dup(st, 0), *old = store_col_dup(st, 1);
        int closed = strcmp((const char *)sqlite3_column_text(st, 2), "closed") == 0;
        req_rec q;
        req_state s;
        int bad = id ? request_replay(db, cal, id, &q, &s) : XXGK_ENOMEM;
        if (bad && (say || bad == XXGK_ENOMEM)) {
            rc = err_set(bad, TR("%s：申请 %s 的期限：%s", "%s: the deadline of request %s: %s"),
                         name ? name : "", id ? id : "", xxgk_error_last());
        } else if (!bad) {
            char due[11] = "";
            if (s.d.due)
                xxgk_date_format(s.d.due, due);
            if (say && strcmp(old ? old : "", due) != 0) {
                xbuf_printf(say, "%s %s -> %s%s\n", id, old ? old : "-", *due ? due : "-",
                            closed ? TR("（已办结）", " (closed)") : "");
                *moved = 1;
            }
            /* (the facts stand, and the table is the State Council's: what the new table
             * makes look late, and did not before, is said for the agency to look at, not
             * refused) */
            int at = 0, was = 0;
            char evname[128];
            if (say && events_hold(before, &q, &was, RECHECK) != XXGK_EINVAL &&
                events_hold(cal, &q, &at, RECHECK) == XXGK_EINVAL)
                xbuf_printf(say,
                            TR("  注意：按新的节假日安排，%s 的%s不会被接受：%s\n",
                               "  note: under the new holiday table, request %s's %s would be "
                               "refused: %s\n"),
                            id, event_named(evname, sizeof evname, q.ev, at), xxgk_error_last());
            rc = save_state(db, id, &s);
            register_request_free(&q);
        }
        free(id);
        free(old);
    }
    sqlite3_finalize(st);
    return rc ? rc : r < 0 ? r : 0;
}

int xxgk_db_calendar_import(xxgk_db *db, const char *csv, size_t len, const char *name,
                            char **moved)
{
    *moved = NULL;
    name = name ? name : "<calendar>";
    char *text;
    int rc = xxgk_text_decode(&text, csv, len, NULL, name); /* GB18030, UTF-16 too */
    if (rc < 0)
        return rc;
    xxgk_calendar *incoming = NULL;
    if (!(rc = xxgk_calendar_new(&incoming)))
        rc = xxgk_calendar_load_csv(incoming, text, strlen(text), name);
    free(text);
    if (rc) {
        xxgk_calendar_free(incoming);
        return rc;
    }
    if (xxgk_calendar_count(incoming) == 0) {
        xxgk_calendar_free(incoming);
        return err_set(XXGK_EINVAL, TR("%s：表中没有日期", "%s: no days in the table"), name);
    }
    if ((rc = store_begin(&db->s))) {
        xxgk_calendar_free(incoming);
        return rc;
    }
    xxgk_calendar *before = NULL; /* (what the events were checked against until now) */
    rc = register_calendar(db, &before);
    /* Replace the arrangement of every year the file has a table for: the days it put in the
     * register before, its late-December days of the year before included, go (a correction
     * that drops one of those leaves no trace of it), and the file's days take their place.
     * Days the file lists of other years (the end of December in next year's 元旦
     * arrangement) are added to what is there. */
    int added_year = 0, added = 0;
    xbuf replaced; /* what each year's table was and is: the first lines of *moved */
    xbuf_init(&replaced, 0);
    size_t count = xxgk_calendar_count(incoming);
    /* the file's days of other years the register had as they are (the same file imported
     * again): no day added, though replacing next year's arrangement takes them out first */
    unsigned char *had = calloc(count, 1);
    if (!rc && !had)
        rc = err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    for (size_t i = 0; !rc && i < count; i++) {
        xxgk_date d;
        int work;
        const char *nm;
        xxgk_calendar_entry(incoming, i, &d, &work, &nm);
        if (xxgk_calendar_has_year(incoming, xxgk_date_year(d)))
            continue;
        char ds[11];
        xxgk_date_format(d, ds);
        long long same = 0;
        rc = store_int(&db->s, &same,
                       "SELECT count(*) FROM calendar_day"
                       " WHERE date = ? AND kind = ? AND name IS ?",
                       ds, work ? "workday" : "holiday", nm);
        rc = rc < 0 ? rc : 0;
        had[i] = same > 0;
    }
    for (int y = 0, i = 0; !rc && (size_t)i < count; i++) {
        xxgk_date d;
        xxgk_calendar_entry(incoming, (size_t)i, &d, NULL, NULL);
        if (xxgk_date_year(d) == y || !xxgk_calendar_has_year(incoming, xxgk_date_year(d)))
            continue;
        y = xxgk_date_year(d); /* entries in date order: each table year once */
        rc = replace_arrangement(db, incoming, y, name, &replaced);
    }
    for (size_t i = 0; !rc && i < count; i++) {
        xxgk_date d;
        int work;
        const char *nm;
        xxgk_calendar_entry(incoming, i, &d, &work, &nm);
        int y = xxgk_date_year(d);
        char ds[11], arr[16];
        xxgk_date_format(d, ds);
        snprintf(arr, sizeof arr, "%d", arrangement_of(incoming, d));
        rc = store_run(&db->s,
                       "INSERT OR REPLACE INTO calendar_day(date, kind, name, arrangement)"
                       " VALUES (?,?,?,?)",
                       ds, work ? "workday" : "holiday", nm, arr);
        /* a day added to a table kept */
        if (!rc && !xxgk_calendar_has_year(incoming, y) && !had[i]) {
            if (y != added_year && added) {
                rc = say_added(db, &replaced, added_year, added, name);
                added = 0;
            }
            added_year = y;
            added++;
        }
    }
    if (!rc && added)
        rc = say_added(db, &replaced, added_year, added, name);
    free(had);
    xxgk_calendar_free(incoming);
    /* Recompute every request and say which deadlines moved: a closed one's too, so that what
     * list shows and show explains agree, and "answered on time" follows the calendar. */
    xxgk_calendar *cal = NULL;
    register_calendar_forget(db);
    if (!rc)
        rc = register_calendar(db, &cal);
    xbuf b = replaced; /* the years first, then the requests */
    int any_moved = 0;
    if (!rc)
        rc = recompute_all(db, cal, before, &b, &any_moved, name);
    if (!any_moved)
        xbuf_puts(&b, TR("没有期限变动\n", "no deadline moved\n"));
    xxgk_calendar_free(cal);
    xxgk_calendar_free(before);
    rc = store_end(&db->s, rc);
    register_calendar_forget(db); /* (rolled back, it is what it was) */
    return register_text_out(&b, rc, moved);
}

/* ---- public: figures, cases, narrative ---- */

int xxgk_figure_set(xxgk_db *db, int year, const char *key, double value)
{
    int amount = 0;
    char canon[64];
    if (register_figure_cell(key, &amount, canon, sizeof canon) < 0)
        return err_set(XXGK_EINVAL,
                       TR("“%s”不是第二部分的数据项（regs.issued、regs.repealed、regs.in_force、"
                          "normative.*、licensing、penalty、coercion、fees_wan_yuan，或表中的"
                          "文字：规章.本年制发、行政规范性文件.现行有效、行政许可、行政事业性收费"
                          "等）",
                          "'%s' is not a figure of section 二 (regs.issued, regs.repealed, "
                          "regs.in_force, normative.*, licensing, penalty, coercion, "
                          "fees_wan_yuan; or the table's words: 规章.本年制发, "
                          "行政规范性文件.现行有效, 行政许可, 行政事业性收费 ...)"),
                       key ? key : "");
    key = canon; /* the register keeps the key, whatever words named it */
    int bad_year = register_year_check(year);
    if (bad_year < 0)
        return bad_year;
    char shown[64];
    value += 0.0; /* -0 is 0, and said so */
    num_format(shown, sizeof shown, value);
    if (!isfinite(value))
        return err_set(XXGK_EINVAL, TR("%s：%s 不是数字", "%s: %s is not a number"), key, shown);
    if (value < 0)
        return err_set(XXGK_EINVAL, TR("%s：%s 小于 0", "%s: %s is less than 0"), key, shown);
    if (!amount && (value != floor(value) || value > 1e12))
        return err_set(XXGK_EINVAL,
                       TR("%s：%s 不是件数（应为 0 至 10^12 的整数）",
                          "%s: %s is not a count (a whole number from 0 to 10^12)"),
                       key, shown);
    /* 万元 to the 分 (six decimals), so that the report prints it whole and reads it back */
    double fen = value * 1e6;
    if (amount && (value > 1e8 || fabs(fen - round(fen)) > 0.05)) /* (0.05: a double's error) */
        return err_set(XXGK_EINVAL,
                       TR("%s：%s 不是有效金额（以万元计，0 至 100000000，最多六位小数；1 分为 "
                          "0.000001 万元）",
                          "%s: %s is not an amount in 万元 from 0 to 100000000 with at most six "
                          "decimals (1 分 is 0.000001 万元)"),
                       key, shown);
    if (amount) /* (a count is whole already: rounded through 分 a large one lost its last unit) */
        value = round(fen) / 1e6;
    char ys[16], vs[48], row[96];
    snprintf(ys, sizeof ys, "%d", year);
    register_figure_text(vs, sizeof vs, value);
    snprintf(row, sizeof row, "%d %s", year, key);
    /* (as the trail shows it: 0.000001, not 1e-06) */
    return register_replace_audited(
        db,
        "SELECT rtrim(rtrim(printf('%.6f', value), '0'), '.') FROM figure"
        " WHERE year = ? AND key = ?",
        "INSERT OR REPLACE INTO figure(year, key, value) VALUES (?,?,?)", "figure", row, "value",
        ys, key, vs);
}

void register_figure_text(char *out, size_t cap, double value)
{
    snprintf(out, cap, "%.6f", value); /* (counts are whole, amounts to the 分) */
    size_t n = strlen(out);
    while (n > 1 && out[n - 1] == '0')
        out[--n] = '\0';
    if (n > 1 && out[n - 1] == '.')
        out[--n] = '\0';
}

/* A case as one line of text: kind, filed, and its result or pending. */
/* The kinds of case of section 四, and their results. */
static const named case_kinds[] = {{"reconsideration", "行政复议", NULL, NULL},
                                   {"litigation_direct", "未经复议直接起诉", "直接起诉", NULL},
                                   {"litigation_after_review", "复议后起诉", NULL, NULL},
                                   {NULL, NULL, NULL, NULL}};
static const named case_results[] = {{"upheld", "维持", "结果维持", NULL},
                                     {"corrected", "纠正", "结果纠正", NULL},
                                     {"other", "其他", "其他结果", NULL},
                                     {NULL, NULL, NULL, NULL}};

#define CASE_TEXT_COLUMNS                                                                      \
    "kind || ' filed ' || filed || ' ' || coalesce(result || ' ' || decided, 'pending')"
#define CASE_TEXT_SQL "SELECT " CASE_TEXT_COLUMNS

/* Case id as one line of text (malloc'd), or NULL when the register has none (*found 0) or
 * it could not be read (*found < 0). */
static char *case_text(xxgk_db *db, const char *id, int *found)
{
    sqlite3_stmt *st = store_prepare(&db->s, CASE_TEXT_SQL " FROM review_case WHERE id = ?", id);
    *found = st ? store_step(&db->s, st) : XXGK_EIO;
    char *text = *found > 0 ? store_col_dup(st, 0) : NULL;
    sqlite3_finalize(st);
    return text;
}

/* A case's field as people read it: the kind and result in Chinese (as keys in English), a
 * pending result 尚未审结; "" for none. */
static const char *case_value(int field, const char *v)
{
    int en = xxgk_lang_get() == XXGK_LANG_EN;
    if (field == 0 && v && !en)
        return named_zh(case_kinds, v);
    if (field == 2)
        return !v ? TR("尚未审结", "pending") : en ? v : named_zh(case_results, v);
    return v ? v : "";
}

/* The fields of the case recorded under id into old (kind, filed, result, decided, each
 * malloc'd or NULL): 1, or 0 when there is none, or an error. */
static int case_stored(xxgk_db *db, const char *id, char *old[4])
{
    sqlite3_stmt *st = store_prepare(&db->s,
                                     "SELECT kind, filed, result, decided FROM review_case"
                                     " WHERE id = ?",
                                     id);
    int found = st ? store_step(&db->s, st) : XXGK_EIO;
    for (int i = 0; i < 4; i++)
        old[i] = found > 0 ? store_col_dup(st, i) : NULL;
    sqlite3_finalize(st);
    return found;
}

/* What setting a case changes, field by field ("类型 已由“行政复议”改为“未经复议直接起诉”；
 * 提起日期 已由……"), from the stored fields old to now, into b. */
static void case_changes(xbuf *b, char *const old[4], const char *const now[4])
{
    static const char *const zh[] = {"类型", "提起日期", "结果", "审结日期"};
    static const char *const en[] = {"kind", "filed", "result", "decided"};
    int n = 0;
    for (int i = 0; i < 4; i++) {
        if (strcmp(old[i] ? old[i] : "", now[i] ? now[i] : "") == 0)
            continue;
        const char *was = case_value(i, old[i]), *is = case_value(i, now[i]);
        xbuf_printf(b, "%s%s", n++ ? TR("；", "; ") : "", TR(zh[i], en[i]));
        xbuf_puts(b, TR(" 已由", " set from "));
        xbuf_printf(b, *was ? TR("“%s”", "'%s'") : "%s", *was ? was : TR("（空）", "(none)"));
        xbuf_puts(b, TR("改为", " to "));
        xbuf_printf(b, *is ? TR("“%s”", "'%s'") : "%s", *is ? is : TR("（空）", "(none)"));
    }
}

static int case_set(xxgk_db *db, const char *id, const char *kind, const char *filed,
                    const char *result, const char *decided, int replace, char **changes)
{
    /* the words of section 四's header are taken for the keys, as the applicant columns are */
    const named *kinds = case_kinds, *results = case_results;
    xxgk_date f, d;
    if (!id || !*id)
        return err_set(XXGK_EINVAL, TR("案件需要编号", "a case needs an ID"));
    int k = named_index(kinds, kind);
    if (k < 0)
        return err_set(XXGK_EINVAL,
                       TR("案件 %s：类型应为 reconsideration（行政复议）、litigation_direct"
                          "（未经复议直接起诉）或 litigation_after_review（复议后起诉）",
                          "case %s: kind is reconsideration (行政复议), "
                          "litigation_direct (未经复议直接起诉) or "
                          "litigation_after_review (复议后起诉)"),
                       id);
    kind = kinds[k].key;
    if (result && (strcmp(result, "pending") == 0 || strcmp(result, "尚未审结") == 0)) {
        if (decided)
            return err_set(XXGK_EINVAL,
                           TR("案件 %s：尚未审结的案件没有审结日期",
                              "case %s: a pending case has no decision date"),
                           id);
        result = NULL;
    }
    if (result) {
        int res = named_index(results, result);
        if (res < 0)
            return err_set(XXGK_EINVAL,
                           TR("案件 %s：结果应为 upheld（维持）、corrected（纠正）、other（其他）"
                              "或 pending（尚未审结）",
                              "case %s: result is upheld (维持), corrected (纠正), other "
                              "(其他) or pending (尚未审结)"),
                           id);
        result = results[res].key;
    }
    if (register_valid_date(filed, &f, TR("提起日期", "filed")) ||
        register_not_future(f, filed, TR("提起日期", "filed")))
        return XXGK_EINVAL;
    xxgk_date since;
    xxgk_date_parse(&since, "2008-05-01");
    if (f < since) /* (a typo for another year, as for a request) */
        return err_set(XXGK_EINVAL,
                       TR("案件 %s：提起日期 %s 早于《政府信息公开条例》施行之日（2008年5月1日）",
                          "case %s: filed on %s, before the 条例 came into force (2008-05-01)"),
                       id, filed);
    if ((result == NULL) != (decided == NULL))
        return err_set(XXGK_EINVAL,
                       TR("案件 %s：有结果须有审结日期，有审结日期须有结果",
                          "case %s: a result needs the date it was decided, and a "
                          "decision date needs its result"),
                       id);
    if (decided && (register_valid_date(decided, &d, TR("审结日期", "decided")) ||
                    register_not_future(d, decided, TR("审结日期", "decided"))))
        return XXGK_EINVAL;
    if (decided && d < f)
        return err_set(XXGK_EINVAL,
                       TR("案件 %s：审结日期 %s 早于提起日期（%s）",
                          "case %s: decided on %s, before it was filed (%s)"),
                       id, decided, filed);
    int rc = register_text_ok(id, TR("案件编号", "case ID"), REGISTER_TEXT_NAME);
    if (!rc)
        rc = store_begin(&db->s);
    int replaced = 0;
    long long kept = 0; /* (an ID kept already is updated, whatever twins it had before) */
    if (!rc && store_int(&db->s, &kept, "SELECT 1 FROM review_case WHERE id = ?", id) == 0 &&
        (rc = id_case_twin(db, "review_case", id, TR("案件", "case"))))
        store_end(&db->s, rc);
    else if (!rc) {
        /* what the case was, for the trail and the caller: a set over an existing ID replaces */
        int found;
        char *old = case_text(db, id, &found), *now = NULL, *was[4];
        const char *is[4] = {kind, filed, result, decided};
        found = case_stored(db, id, was);
        if (found < 0)
            rc = found;
        /* Another kind or filing date is another case, as likely as not: its ID re-used by
         * mistake, which would drop the case recorded from section 四.  Replaced only when the
         * user says so. */
        int other = found > 0 && (strcmp(was[0] ? was[0] : "", kind) != 0 ||
                                  strcmp(was[1] ? was[1] : "", filed) != 0);
        if (!rc && other && !replace) {
            char then[64];
            snprintf(then, sizeof then, "%s", case_value(0, was[0]));
            rc = err_set(XXGK_EINVAL,
                         TR("案件 %s 已登记为%s，%s提起；此次给出的是%s，%s提起：像是另一件"
                            "案件，替换会使第四部分少计原来那件。另一件案件请换一个编号；确是"
                            "原来登记错了，请加 --replace 替换",
                            "case %s is recorded as %s filed %s, and this is %s filed %s: "
                            "another case, it seems, and replacing would drop the one recorded "
                            "from section 四.  Give another case its own ID; if the one "
                            "recorded was wrong, add --replace"),
                         id, then, was[1] ? was[1] : "", case_value(0, kind), filed);
        }
        if (!rc && changes && found > 0) {
            xbuf said;
            xbuf_init(&said, 0);
            case_changes(&said, was, is);
            if (said.failed)
                rc = err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
            else if (said.len)
                *changes = xbuf_steal(&said);
            xbuf_free(&said);
        }
        for (int i = 0; i < 4; i++)
            free(was[i]);
        if (!rc)
            rc = store_run(&db->s,
                           "INSERT OR REPLACE INTO review_case(id, id_key, kind, filed, result,"
                           " decided) VALUES (?1, xxgk_fold(?1), ?2, ?3, ?4, ?5)",
                           id, kind, filed, result, decided);
        if (!rc)
            now = case_text(db, id, &found);
        int same = old && now && strcmp(old, now) == 0; /* set again as it was: nothing to say */
        if (!rc && !same)
            rc = store_audit(&db->s, "review_case", id, old ? "case" : NULL, old,
                             now ? now : "?");
        replaced = same ? 2 : !old ? 0 : other ? 3 : 1;
        free(old);
        free(now);
        rc = store_end(&db->s, rc);
    }
    if (rc && changes) {
        free(*changes);
        *changes = NULL;
    }
    return rc ? rc : replaced;
}

/* A case as the trail keeps it when deleted: as case list shows it. */
static int case_as_text(xxgk_db *db, const char *id, char **out)
{
    int found;
    *out = case_text(db, id, &found);
    if (found == 0)
        return err_set(XXGK_ENOTFOUND,
                       TR("案件“%s”不在登记簿 %s 中", "no case '%s' in the register %s"), id,
                       db->s.path);
    if (found < 0)
        return found;
    return *out ? 0 : err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
}

int xxgk_case_delete(xxgk_db *db, const char *id, const char *reason)
{
    static const char *const sql[] = {"DELETE FROM review_case WHERE id = ?", NULL};
    char *k = register_key(db, id, "review_case");
    int rc = delete_audited(db, "review_case", TR("案件", "case"), k ? k : id, reason,
                            case_as_text, sql);
    free(k);
    return rc;
}

int xxgk_case_update(xxgk_db *db, const char *id, const char *kind, const char *filed,
                     const char *result, const char *decided, int replace, char **changes)
{
    if (changes)
        *changes = NULL;
    char *k = register_key(db, id, "review_case"), f[32], d[32];
    int rc = case_set(db, k ? k : id, kind, register_date_read(filed, f), result,
                      register_date_read(decided, d), replace, changes);
    free(k);
    return rc;
}

int xxgk_case_set(xxgk_db *db, const char *id, const char *kind, const char *filed,
                  const char *result, const char *decided)
{
    return xxgk_case_update(db, id, kind, filed, result, decided, 0, NULL);
}

int xxgk_case_list(xxgk_db *db, int year, char **out)
{
    *out = NULL;
    char from[16], to[16];
    xxgk_date now;
    register_listing(year, NULL, &now, from, to);
    /* a year's cases: filed in it, or decided in it, or still pending from before */
    sqlite3_stmt *st = store_prepare(&db->s,
                                     "SELECT id, " CASE_TEXT_COLUMNS ", kind, filed, result,"
                                     " decided FROM review_case"
                                     " WHERE filed <= ? AND (decided IS NULL OR decided >= ?)"
                                     " ORDER BY filed, id",
                                     to, from);
    if (!st)
        return XXGK_EIO;
    xbuf b;
    xbuf_init(&b, 0);
    int rc, n = 0;
    while ((rc = store_step(&db->s, st)) > 0) {
        const char *col[4];
        for (int k = 0; k < 4; k++)
            col[k] = (const char *)sqlite3_column_text(st, k + 2);
        int kind = col[0] ? named_index(case_kinds, col[0]) : -1;
        int result = col[2] ? named_index(case_results, col[2]) : -1;
        if (xxgk_lang_get() == XXGK_LANG_EN || kind < 0 || (col[2] && result < 0))
            xbuf_printf(&b, "%-12s %s\n", sqlite3_column_text(st, 0), sqlite3_column_text(st, 1));
        else if (result < 0)
            xbuf_printf(&b, "%-12s %s，%s提起，尚未审结\n", sqlite3_column_text(st, 0),
                        case_kinds[kind].zh, col[1] ? col[1] : "");
        else
            xbuf_printf(&b, "%-12s %s，%s提起，%s审结，结果%s\n", sqlite3_column_text(st, 0),
                        case_kinds[kind].zh, col[1] ? col[1] : "", col[3] ? col[3] : "",
                        case_results[result].zh);
        n++;
    }
    sqlite3_finalize(st);
    if (!n)
        xbuf_puts(&b, TR("没有案件\n", "no cases\n"));
    return register_text_out(&b, rc, out);
}

/* The written text of a section taken away, the trail keeping it: the report drafts the
 * section from the figures again. */
static int narrative_drop(xxgk_db *db, int year, int section)
{
    char ys[16], ss[4], row[32];
    snprintf(ys, sizeof ys, "%d", year);
    snprintf(ss, sizeof ss, "%d", section);
    snprintf(row, sizeof row, "%d section %d", year, section);
    int rc = store_begin(&db->s);
    if (rc)
        return rc;
    sqlite3_stmt *st =
        store_prepare(&db->s, "SELECT text FROM narrative WHERE year = ? AND section = ?", ys, ss);
    int found = st ? store_step(&db->s, st) : XXGK_EIO;
    char *old = found > 0 ? store_col_dup(st, 0) : NULL;
    sqlite3_finalize(st);
    if (found < 0)
        rc = found;
    else if (found == 0) /* (drafted from the figures already: nothing to record) */
        return store_end(&db->s, 0) ? XXGK_EIO : 1;
    if (!rc)
        rc = store_run(&db->s, "DELETE FROM narrative WHERE year = ? AND section = ?", ys, ss);
    if (!rc)
        rc = store_audit(&db->s, "narrative", row, "text", old, NULL);
    free(old);
    return store_end(&db->s, rc);
}

int xxgk_narrative_set(xxgk_db *db, int year, int section, const char *text)
{
    if (section < 1 || section > 6)
        return err_set(XXGK_EINVAL,
                       TR("第%d部分不存在（应为1至6，即一至六）",
                          "section %d does not exist (1-6, 一 to 六)"),
                       section);
    int bad_year = register_year_check(year);
    if (bad_year < 0)
        return bad_year;
    if (!text)
        return narrative_drop(db, year, section);
    char what[48];
    snprintf(what, sizeof what, TR("第%s部分的文字", "the text of section %s"),
             xxgk_section_numeral(section));
    int rc = register_text_ok(text, what, REGISTER_TEXT_PROSE);
    if (rc)
        return rc;
    const char *p = text; /* a blank section would pass for one written */
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' ||
           strncmp(p, "\xE3\x80\x80", 3) == 0)
        p += (unsigned char)*p >= 0x80 ? 3 : 1;
    if (!*p)
        return err_set(XXGK_EINVAL,
                       TR("%s为空：报告的每一部分都要有文字", "%s is empty: a report section needs text"),
                       what);
    /* A line numbered as a section ("二、……") would read as a heading of its own in the
     * report: the parts of a section are numbered （一）（二）. */
    static const char *const seps[] = {"、", "．", ".", "，", ",", " "};
    unsigned ln = 1;
    for (const char *l = text; *l; ln++) {
        const char *e = strchr(l, '\n');
        size_t n = e ? (size_t)(e - l) : strlen(l);
        const char *t = l;
        size_t tn = trim_span(&t, n);
        for (int again = 1; again;) { /* Markdown's "## " and full-width spaces before it */
            again = 0;
            while (tn && (*t == '#' || *t == ' '))
                t++, tn--, again = 1;
            if (tn >= 3 && memcmp(t, "\xE3\x80\x80", 3) == 0)
                t += 3, tn -= 3, again = 1;
        }
        int sentence = 0;
        for (size_t i = 0; i + 3 <= tn && !sentence; i++)
            sentence = memcmp(t + i, "。", 3) == 0;
        int heading = 0;
        for (int k = 0; k < 10 && !heading && tn > 3 && !sentence && u8_count(t, tn) <= 30; k++)
            for (size_t j = 0; j < sizeof seps / sizeof seps[0] && !heading; j++) {
                size_t sl = strlen(seps[j]);
                heading = memcmp(t, xxgk_section_numeral(k + 1), 3) == 0 && tn > 3 + sl &&
                          memcmp(t + 3, seps[j], sl) == 0;
            }
        if (heading)
            return err_set(XXGK_EINVAL,
                           TR("%s，第%u行：“%.*s”会被当作另一部分的标题：部分之内的层次请用"
                              "（一）（二）…编号",
                              "%s, line %u: '%.*s' would read as a section heading of its own: "
                              "number the parts of a section （一）（二）…"),
                           what, ln, (int)tn, t);
        l += n + (e != NULL);
    }
    if ((rc = register_report_try(db, year, section, text)) != 0)
        return rc;
    char ys[16], ss[4], row[32];
    snprintf(ys, sizeof ys, "%d", year);
    snprintf(ss, sizeof ss, "%d", section);
    snprintf(row, sizeof row, "%d section %d", year, section);
    return register_replace_audited(
        db, "SELECT text FROM narrative WHERE year = ? AND section = ?",
        "INSERT OR REPLACE INTO narrative(year, section, text) VALUES (?,?,?)", "narrative", row,
        "text", ys, ss, text);
}

/* A table or field name of the audit trail in the words of the register's forms, for reading
 * in Chinese (a request's fields as `request set` names them); the values stay as stored.
 * *len is its length; NULL when there is no word for it. */
static const char *audit_word(const char *name, int *len)
{
    static const char *const words[][2] = {
        {"request", "申请"},        {"event", "事项"},     {"setting", "设置"},
        {"narrative", "正文"},      {"figure", "数据"},    {"calendar_year", "节假日安排"},
        {"review_case", "复议诉讼案件"}, {"status", "状态"}, {"due", "答复期限"},
        {"value", "值"},            {"text", "文字"},      {"deleted", "删除"},
        {"source", "来源"},         {"days added", "补入天数"}, {"case", "案件"},
        {"added", "新登记"},        {"id", "编号"},        {"calendar_day", "节假日"},
        {"kind", "类别"}};
    for (size_t i = 0; name && i < sizeof fields / sizeof fields[0]; i++)
        if (strcmp(name, fields[i].column) == 0) {
            *len = (int)strcspn(fields[i].zh, "|");
            return fields[i].zh;
        }
    for (size_t i = 0; name && i < sizeof words / sizeof words[0]; i++)
        if (strcmp(name, words[i][0]) == 0) {
            *len = (int)strlen(words[i][1]);
            return words[i][1];
        }
    return NULL;
}

/* The trail's time, kept in UTC (2025-12-01T22:40:55Z), as the clock where it is read shows
 * it, with its offset (2025-12-02 06:40:55 +08:00): a clerk in Beijing reads the day it was.
 * As kept where it is not shaped so. */
static void audit_time(xbuf *b, const char *at)
{
    char day[11];
    int h, m, sec, n = 0;
    xxgk_date d;
    if (!at || strlen(at) != 20 || sscanf(at + 11, "%2d:%2d:%2dZ%n", &h, &m, &sec, &n) != 3 ||
        n != 9 || (memcpy(day, at, 10), day[10] = '\0', xxgk_date_parse(&d, day)) != 0) {
        xbuf_puts(b, at ? at : "");
        return;
    }
    time_t t = (time_t)d * 86400 + h * 3600 + m * 60 + sec;
    struct tm lt;
    if (!localtime_r(&t, &lt)) {
        xbuf_puts(b, at);
        return;
    }
    /* (the offset: the local clock's fields, read as UTC, less the instant) */
    char lday[32]; /* (room for any year tm_year holds) */
    snprintf(lday, sizeof lday, "%04d-%02d-%02d", lt.tm_year + 1900, lt.tm_mon + 1, lt.tm_mday);
    xxgk_date ld;
    if (xxgk_date_parse(&ld, lday) != 0) {
        xbuf_puts(b, at);
        return;
    }
    long off = ((long)ld * 86400 + lt.tm_hour * 3600 + lt.tm_min * 60 + lt.tm_sec) - (long)t;
    long a = off < 0 ? -off : off;
    xbuf_printf(b, "%s %02d:%02d:%02d %c%02ld:%02ld", lday, lt.tm_hour, lt.tm_min, lt.tm_sec,
                off < 0 ? '-' : '+', a / 3600, a % 3600 / 60);
}

/* A value of the trail on its one line: a line break as \n, a tab as \t, a backslash as \\
 * (a note or description may hold any of them); its first n bytes. */
static void audit_value_n(xbuf *b, const char *v, size_t n)
{
    for (const char *p = v; p < v + n && *p; p++)
        if (*p == '\n')
            xbuf_puts(b, "\\n");
        else if (*p == '\t')
            xbuf_puts(b, "\\t");
        else if (*p == '\\')
            xbuf_puts(b, "\\\\");
        else if (*p != '\r')
            xbuf_putc(b, *p);
}

static void audit_value(xbuf *b, const char *v)
{
    audit_value_n(b, v ? v : "-", v ? strlen(v) : 1);
}

/* A case as the trail keeps it (case_text: "reconsideration filed 2024-03-12 upheld
 * 2024-05-10"), its kind and result said as case set says them. */
static void audit_case_zh(xbuf *b, const char *kept)
{
    for (const char *p = kept ? kept : "-"; *p;) {
        size_t n = strcspn(p, " ");
        char word[32];
        snprintf(word, sizeof word, "%.*s", (int)(n < sizeof word ? n : 0), p);
        const char *said = named_index(case_kinds, word) >= 0     ? named_zh(case_kinds, word)
                           : named_index(case_results, word) >= 0 ? named_zh(case_results, word)
                           : strcmp(word, "filed") == 0           ? "提起"
                                                                  : NULL;
        if (said)
            xbuf_puts(b, said);
        else
            audit_value_n(b, p, n);
        p += n;
        if (*p == ' ')
            xbuf_putc(b, *p++);
    }
}

/* An event as the trail keeps it (event_text: "reply 2024-03-20 outcome=withheld.4 note=…"),
 * said in Chinese: its kind and outcome in the report's words, its fields' names too. */
static void audit_event_zh(xbuf *b, const char *kept)
{
    static const char *const names[][2] = {{" days=", " 天数="},   {" approver=", " 批准人="},
                                          {" outcome=", " 处理结果="}, {" fee=", " 费用="},
                                          {" note=", " 备注="}};
    size_t k = strcspn(kept, " ");
    char kind[32];
    snprintf(kind, sizeof kind, "%.*s", (int)(k < sizeof kind ? k : 0), kept);
    xbuf_puts(b, *kind && kind_index(kind) >= 0 ? kind_said(kind) : kind);
    for (const char *p = kept + k; *p;) {
        size_t i = 0;
        while (i < 5 && strncmp(p, names[i][0], strlen(names[i][0])) != 0)
            i++;
        if (i == 5) { /* (the date, and what a value holds) */
            audit_value_n(b, p, 1);
            p++;
            continue;
        }
        xbuf_puts(b, names[i][1]);
        p += strlen(names[i][0]);
        if (i == 4) { /* the note, last, whatever it holds */
            audit_value(b, p);
            break;
        }
        size_t n = strcspn(p, " ");
        char value[64], said[REGISTER_OUTCOME_SAID];
        snprintf(value, sizeof value, "%.*s", (int)(n < sizeof value ? n : 0), p);
        if (i == 2 && register_outcome_row(value))
            xbuf_puts(b, register_outcome_said(value, said));
        else
            audit_value_n(b, p, n);
        p += n;
    }
}

int xxgk_db_audit(xxgk_db *db, char **out)
{
    *out = NULL;
    sqlite3_stmt *st = store_prepare(&db->s, "SELECT at, who, tbl, row, field, old, new"
                                             " FROM audit ORDER BY seq");
    if (!st)
        return XXGK_EIO;
    xbuf b;
    xbuf_init(&b, 0);
    int rc;
    while ((rc = store_step(&db->s, st)) > 0) {
        const char *tbl = (const char *)sqlite3_column_text(st, 2);
        const char *field = (const char *)sqlite3_column_text(st, 4);
        const char *old = (const char *)sqlite3_column_text(st, 5);
        const char *nw = (const char *)sqlite3_column_text(st, 6);
        int zh = xxgk_lang_get() == XXGK_LANG_ZH, tl = 0, fl = 0, nl = 0;
        const char *tw = zh ? audit_word(tbl, &tl) : NULL, *fw = zh ? audit_word(field, &fl) : NULL;
        const char *nww = zh && field == NULL && !strcmp(tbl ? tbl : "", "request")
                              ? audit_word(nw, &nl)
                              : NULL; /* (新登记 for "added") */
        if (!tw)
            tw = tbl ? tbl : "", tl = (int)strlen(tw);
        const char *row = (const char *)sqlite3_column_text(st, 3);
        int year, section, key_at = 0;
        char section_row[160]; /* (kept as "2024 section 5": said 2024年第五部分) */
        static const char *const settings[][2] = {{"agency", "机关名称"},
                                                  {"agency_kind", "机关类别"},
                                                  {"payment", "缴费方式"}};
        char said[128];
        if (zh && tbl && strcmp(tbl, "narrative") == 0 && row &&
            sscanf(row, "%d section %d", &year, &section) == 2 && xxgk_section_numeral(section)) {
            snprintf(section_row, sizeof section_row, "%d年第%s部分", year,
                     xxgk_section_numeral(section));
            row = section_row;
        } else if (zh && tbl && strcmp(tbl, "figure") == 0 && row &&
                   sscanf(row, "%d %n", &year, &key_at) == 1 && key_at > 0 &&
                   figure_said(row + key_at, said, sizeof said)) { /* (kept as "2024 licensing") */
            snprintf(section_row, sizeof section_row, "%d年 %s", year, said);
            row = section_row;
        } else if (zh && tbl && strcmp(tbl, "setting") == 0 && row) {
            for (size_t i = 0; i < sizeof settings / sizeof settings[0]; i++)
                if (strcmp(row, settings[i][0]) == 0)
                    row = settings[i][1];
        }
        audit_time(&b, (const char *)sqlite3_column_text(st, 0));
        xbuf_putc(&b, ' ');
        /* (who, as the trail keeps it: a register written before names were checked may hold
         * a line break there) */
        audit_value(&b, (const char *)sqlite3_column_text(st, 1));
        xbuf_printf(&b, " %.*s %s", tl, tw, row ? row : "");
        static const char taken[] = "taken back: "; /* (as the trail keeps it) */
        if (field) {
            if (fw)
                xbuf_printf(&b, " %.*s：", fl, fw);
            else
                xbuf_printf(&b, zh ? " %s：" : " %s: ", field);
            int status = zh && strcmp(field, "status") == 0;
            int a_case = zh && tbl && strcmp(tbl, "review_case") == 0;
            if (strcmp(field, "deleted") == 0) /* a table for request import: as kept */
                xbuf_puts(&b, old ? old : "-");
            else if (a_case)
                audit_case_zh(&b, old);
            else
                audit_value(&b, status && old ? named_zh(statuses, old) : old);
            xbuf_puts(&b, " -> ");
            /* (kept as say_added writes it: "3 days from 2027.csv", "1 day from …") */
            int days, at = 0;
            const char *from = NULL;
            if (zh && strcmp(field, "days added") == 0 && nw &&
                sscanf(nw, "%d day%n", &days, &at) == 1 && at > 0)
                from = nw + at + (nw[at] == 's');
            if (from && strncmp(from, " from ", 6) == 0) {
                xbuf_puts(&b, "从 ");
                audit_value(&b, from + 6);
                xbuf_printf(&b, " 补入 %d 天", days);
            } else if (a_case) {
                audit_case_zh(&b, nw);
            } else {
                audit_value(&b, status && nw ? named_zh(statuses, nw) : nw);
            }
        } else if (zh && tbl && strcmp(tbl, "review_case") == 0 && nw &&
                   strncmp(nw, taken, strlen(taken)) != 0) {
            xbuf_puts(&b, "：");
            audit_case_zh(&b, nw);
        } else if (zh && tbl && strcmp(tbl, "event") == 0 && nw) {
            int back = strncmp(nw, taken, strlen(taken)) == 0;
            xbuf_puts(&b, back ? "：撤回 " : "：");
            audit_event_zh(&b, nw + (back ? strlen(taken) : 0));
        } else if (nww) {
            xbuf_printf(&b, "：%.*s", nl, nww);
        } else if (zh && nw && strncmp(nw, taken, strlen(taken)) == 0) {
            xbuf_puts(&b, "：撤回 ");
            audit_value(&b, nw + strlen(taken));
        } else {
            xbuf_puts(&b, zh ? "：" : ": ");
            audit_value(&b, nw ? nw : "");
        }
        xbuf_putc(&b, '\n');
    }
    sqlite3_finalize(st);
    return register_text_out(&b, rc, out);
}

static int request_fee(xxgk_db *db, const char *id, char **out)
{
    *out = NULL;
    month_count m;
    int rc = count_month(db, id, &m);
    if (rc)
        return rc;
    long yuan = 0;
    char explain[XXGK_FEE_EXPLAIN_SIZE];
    rc = xxgk_fee_by_count_total(&yuan, m.nth, m.nth, explain, sizeof explain);
    if (!rc) {
        xbuf b;
        xbuf_init(&b, 0);
        xbuf_puts(&b, "按件：");
        month_count_said(&b, &m);
        xbuf_printf(&b, "，%ld元（%s）\n", yuan, explain);
        if (m.ids >= 2)
            xbuf_printf(&b, "注意：当月有 %lld 个不同证件号码的申请人名为%s，%s"
                            "（补录证件号码：xxgk request set ID applicant-id 号码）\n",
                        m.ids, m.who,
                        *m.who_id ? "未填证件号码的同名申请无法确定属于哪一位，未计入"
                                  : "本件未填证件号码，只与同样未填的同名申请合计");
        xbuf_puts(&b, "按量：按页数计算，见 xxgk fee pages N（两种方式只能选其一）\n");
        *out = xbuf_steal(&b);
        if (!*out)
            rc = err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    }
    month_count_free(&m);
    return rc;
}

int xxgk_request_fee(xxgk_db *db, const char *id, char **out)
{
    return on_request(db, id, request_fee, out);
}
