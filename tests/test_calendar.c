/* Unit tests of dates and the working-day calendar (src/lib/calendar.c) against the shipped
 * holiday table.  Every expected date was worked out by hand from data/holidays-cn.csv. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support.h"

#define D test_date

static const char *F(xxgk_date d)
{
    static char buf[11];
    xxgk_date_format(d, buf);
    return buf;
}

static void test_dates(void **state)
{
    (void)state;
    assert_int_equal(D("1970-01-01"), 0);
    assert_int_equal(D("2024-01-01"), 19723); /* 54 years * 365 + 13 leap days (1972..2020) */
    assert_int_equal(D("2024-03-01") - D("2024-02-28"), 2);
    assert_int_equal(D("2023-03-01") - D("2023-02-28"), 1);
    assert_int_equal(xxgk_date_weekday(D("1970-01-01")), 4); /* Thursday */
    assert_int_equal(xxgk_date_weekday(D("1900-01-01")), 1); /* Monday */
    assert_int_equal(xxgk_date_weekday(D("2024-02-04")), 7);
    assert_int_equal(xxgk_date_weekday(D("2024-10-12")), 6);
    assert_int_equal(xxgk_date_year(D("2024-12-31")), 2024);
    assert_int_equal(xxgk_date_year(D("2025-01-01")), 2025);
    assert_int_equal(xxgk_date_year(D("1900-03-01")), 1900);
    const char *ok[] = {"2024-02-29", "2000-02-29", "1900-01-01", "2200-12-31", "1999-12-31"};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
        assert_string_equal(F(D(ok[i])), ok[i]);

    xxgk_date d = 12345;
    const char *bad[] = {"2024-02-30", "2023-02-29", "1900-02-29", "2024-1-5", "2024-01-5",
                         "2024/01/05", "garbage",    "",           " 2024-01-05",
                         "2024-01-05 ", "2024-13-01", "2024-00-10", "2024-01-00",
                         "1899-12-31", "2201-01-01", "+024-01-05", "2024-01-32"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_int_equal(xxgk_date_parse(&d, bad[i]), XXGK_EINVAL);
        assert_int_equal(d, 12345); /* untouched on error */
    }
    assert_int_equal(xxgk_date_parse(&d, "2024-02-30"), XXGK_EINVAL);
    assert_non_null(strstr(xxgk_error_last(), "February 2024 has 29 days"));
    assert_int_equal(xxgk_date_parse(&d, "2023-02-29"), XXGK_EINVAL);
    assert_non_null(strstr(xxgk_error_last(), "February 2023 has 28 days"));
    assert_int_equal(xxgk_date_parse(&d, "2025-01-00"), XXGK_EINVAL);
    assert_non_null(strstr(xxgk_error_last(), "no day 0"));
    assert_int_equal(xxgk_date_parse(&d, "2024-1-5"), XXGK_EINVAL);
    assert_non_null(strstr(xxgk_error_last(), "YYYY-MM-DD"));
    assert_int_equal(xxgk_date_parse(&d, "1899-12-31"), XXGK_EINVAL);
    assert_non_null(strstr(xxgk_error_last(), "1900..2200"));
}

static void test_builtin_table(void **state)
{
    const xxgk_calendar *c = *state;
    /* 285 data lines; the first and last as in data/holidays-cn.csv. */
    assert_int_equal(xxgk_calendar_count(c), 285);
    xxgk_date d;
    int w;
    const char *name;
    assert_int_equal(xxgk_calendar_entry(c, 0, &d, &w, &name), 0);
    assert_string_equal(F(d), "2018-12-29");
    assert_int_equal(w, 1);
    assert_string_equal(name, "元旦");
    assert_int_equal(xxgk_calendar_entry(c, 284, &d, &w, &name), 0);
    assert_string_equal(F(d), "2026-10-10");
    assert_int_equal(w, 1);
    assert_string_equal(name, "国庆节");
    assert_int_equal(xxgk_calendar_entry(c, 285, &d, &w, &name), XXGK_EINVAL);
    for (int y = 2019; y <= 2026; y++)
        assert_true(xxgk_calendar_has_year(c, y));
    /* 2019's 元旦 arrangement starts in 2018, which does not make 2018's table known */
    assert_false(xxgk_calendar_has_year(c, 2018));
    assert_true(xxgk_calendar_table_day(D("2018-02-01")));
    assert_true(xxgk_calendar_table_day(D("2018-11-30")));
    assert_false(xxgk_calendar_table_day(D("2018-12-01")));
    assert_false(xxgk_calendar_table_day(D("2019-01-31")));
    assert_false(xxgk_calendar_has_year(c, 2027));
    assert_false(xxgk_calendar_has_year(c, 1800));

    /* The compiled-in copy equals the data file, entry for entry. */
    size_t len;
    char *text = slurp(XXGK_DATA "/holidays-cn.csv", &len);
    assert_non_null(text);
    xxgk_calendar *f = NULL;
    assert_int_equal(xxgk_calendar_new(&f), 0);
    assert_int_equal(xxgk_calendar_load_csv(f, text, len, "holidays-cn.csv"), 0);
    assert_int_equal(xxgk_calendar_count(f), xxgk_calendar_count(c));
    for (size_t i = 0; i < xxgk_calendar_count(c); i++) {
        xxgk_date d2;
        int w2;
        const char *n2;
        xxgk_calendar_entry(c, i, &d, &w, &name);
        xxgk_calendar_entry(f, i, &d2, &w2, &n2);
        assert_int_equal(d, d2);
        assert_int_equal(w, w2);
        assert_string_equal(name, n2);
    }
    xxgk_calendar_free(f);
    free(text);
}

static void test_is_workday(void **state)
{
    const xxgk_calendar *c = *state;
    struct {
        const char *day;
        int work;
    } cases[] = {
        {"2024-02-04", 1}, /* Sunday, 调休 for 春节 */
        {"2024-02-09", 1}, /* Friday, 除夕 but not in the 2024 table */
        {"2024-02-10", 0}, /* Saturday, 春节 */
        {"2024-02-12", 0}, /* Monday, 春节 */
        {"2024-02-17", 0}, /* Saturday, last day of 春节 */
        {"2024-02-18", 1}, /* Sunday, 调休 */
        {"2024-02-19", 1}, /* Monday */
        {"2024-02-24", 0}, /* plain Saturday */
        {"2024-09-29", 1}, /* Sunday, 调休 for 国庆 */
        {"2024-10-01", 0}, {"2024-10-07", 0}, {"2024-10-08", 1},
        {"2024-10-12", 1}, /* Saturday, 调休 */
        {"2025-01-01", 0}, {"2025-01-26", 1}, {"2025-02-04", 0}, {"2025-02-08", 1},
        {"2027-01-04", 1}, /* Monday of an undefined year: a plain weekday */
        {"2027-01-01", 0}, /* ... but 元旦 is off whatever the arrangement */
        {"2028-05-01", 0}, {"2028-05-02", 0}, /* Monday and Tuesday: 劳动节 (two days since 2025) */
        {"2027-10-01", 0}, /* Friday: 国庆节 */
        {"2027-10-04", 1}, /* Monday: no table says whether it is off */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        if (xxgk_calendar_is_workday(c, D(cases[i].day)) != cases[i].work)
            fail_msg("%s: expected %d", cases[i].day, cases[i].work);
}

static void test_add_workdays(void **state)
{
    const xxgk_calendar *c = *state;
    struct {
        const char *start;
        int n;
        const char *want;
        int guessed;
    } cases[] = {
        {"2024-02-08", 0, "2024-02-08", 0},
        {"2024-02-08", 1, "2024-02-09", 0},
        {"2024-02-08", 2, "2024-02-18", 0}, /* 02-10..17 off, Sunday 02-18 works */
        {"2024-02-08", 3, "2024-02-19", 0},
        {"2024-02-02", 7, "2024-02-18", 0}, /* 02-04, 05, 06, 07, 08, 09, 18 */
        {"2024-09-30", 1, "2024-10-08", 0},
        {"2024-10-11", 1, "2024-10-12", 0}, /* Friday -> 调休 Saturday */
        {"2024-12-31", 1, "2025-01-02", 0}, /* across 元旦 */
        {"2024-12-20", 20, "2025-01-20", 0},
        {"2027-01-04", 5, "2027-01-11", 1},
        {"2026-12-30", 3, "2027-01-05", 1}, /* 12-31, (元旦 2027-01-01 off), 01-04, 05 */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        xxgk_date out = 0;
        int g = -1;
        assert_int_equal(xxgk_calendar_add_workdays(c, D(cases[i].start), cases[i].n, &out, &g),
                         0);
        if (strcmp(F(out), cases[i].want) != 0 || g != cases[i].guessed)
            fail_msg("%s + %d: got %s guessed %d, want %s guessed %d", cases[i].start,
                     cases[i].n, F(out), g, cases[i].want, cases[i].guessed);
    }
    xxgk_date out;
    assert_int_equal(xxgk_calendar_add_workdays(c, D("2024-01-01"), -1, &out, NULL), XXGK_EINVAL);
    assert_int_equal(xxgk_calendar_add_workdays(c, D("2200-12-30"), 5, &out, NULL), XXGK_EINVAL);
}

static void test_bad_csv(void **state)
{
    (void)state;
    xxgk_calendar *c = NULL;
    assert_int_equal(xxgk_calendar_new(&c), 0);
    struct {
        const char *text;
        int rc;
        const char *msg;
    } cases[] = {
        {"date,kind,name\n2024-05-01,holiday,劳动节\n2024-05-06,vacation,x\n", XXGK_EINVAL,
         "my.csv:3: kind 'vacation'"},
        {"date,kind,name\n2024-02-30,holiday,x\n", XXGK_EINVAL,
         "my.csv:2: invalid date '2024-02-30'"},
        {"date,kind,name\n\n2024-05-06\n", XXGK_EINVAL, "my.csv:3: expected three fields"},
        /* a field too many is not dropped; a comma a quoted name holds is no field's end */
        {"date,kind,name\n2024-05-01,holiday,劳动节,x\n", XXGK_EINVAL,
         "my.csv:2: expected three fields date,kind,name, not 4"},
        {"date,kind,name\n2024-05-01,holiday,劳动节,extra,more,\"x\"\n", XXGK_EINVAL,
         "my.csv:2: expected three fields date,kind,name, not 6"},
        {"date,kind,name\n2024-05-01,holiday,\"劳动,节\"\n2024-05-06\n", XXGK_EINVAL,
         "my.csv:3: expected three fields date,kind,name, not 1"},
        {"date,kind,name\n2024-05-06,workday,x\n", XXGK_EINVAL, "my.csv:2: 2024-05-06: a workday"},
        {"2024-05-01,holiday,a\n2024-05-02,holiday,b\n2024-05-01,holiday,c\n", XXGK_EINVAL,
         "my.csv:3: 2024-05-01 is listed again (first on line 1)"},
        {"date,kind,name\n2027-01-01,holiday,元旦\ndate,kind,name\n", XXGK_EINVAL,
         "my.csv:3: invalid date 'date'"},
        {"kind,date,name\nholiday,2027-01-01,元旦\n", XXGK_EINVAL,
         "my.csv:1: the header's columns go date,kind,name, in that order"},
        {"date,name,kind\n2027-01-01,元旦,holiday\n", XXGK_EINVAL,
         "my.csv:1: the header's columns go date,kind,name, in that order"},
        {"2027/2/30,holiday,x\n", XXGK_EINVAL, "my.csv:1: invalid date '2027/2/30'"},
        /* a name is shown and stored: text, no control character, no invalid byte */
        {"2027-01-01,holiday,New\x01Year\n", XXGK_EINVAL,
         "my.csv:1: the name holds a control character"},
        {"2027-01-01,holiday,\xff\xfe\n", XXGK_EINVAL, "my.csv:1: the name is not valid UTF-8"},
        {"2027-01-01,holiday,New\xc2\x85Year\n", XXGK_EINVAL,
         "my.csv:1: the name holds a control character"},
        {"2027-01-01,holiday,\xe5\x85\x83\xe2\x80\x8b\xe6\x97\xa6\n", XXGK_EINVAL,
         "my.csv:1: the name holds an invisible character"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int rc = xxgk_calendar_load_csv(c, cases[i].text, strlen(cases[i].text), "my.csv");
        assert_int_equal(rc, cases[i].rc);
        if (!strstr(xxgk_error_last(), cases[i].msg))
            fail_msg("case %zu: message '%s' lacks '%s'", i, xxgk_error_last(), cases[i].msg);
        /* A failed load changes nothing. */
        assert_int_equal(xxgk_calendar_count(c), 0);
        assert_false(xxgk_calendar_has_year(c, 2024));
        assert_false(xxgk_calendar_has_year(c, 2027));
    }
    xxgk_calendar_free(c);
}

static void test_user_table(void **state)
{
    (void)state;
    xxgk_calendar *c = NULL;
    assert_int_equal(xxgk_calendar_new(&c), 0);
    assert_int_equal(xxgk_calendar_load_builtin(c), 0);
    /* BOM, CRLF, spaces, no header: a year's table added, a built-in day replaced. */
    const char *t = "\xEF\xBB\xBF"
                    "2027-01-01 , holiday , 元旦\r\n2027-01-02,holiday,元旦\r\n"
                    "\r\n2024-10-01,holiday,国庆\r\n";
    assert_int_equal(xxgk_calendar_load_csv(c, t, strlen(t), "2027.csv"), 0);
    assert_int_equal(xxgk_calendar_count(c), 287);
    assert_false(xxgk_calendar_has_year(c, 2027)); /* January alone is not the year's table */
    t = "DATE,Kind,Name\n2027-05-01,holiday,\"劳动节,五一\"\n";
    assert_int_equal(xxgk_calendar_load_csv(c, t, strlen(t), "2027b.csv"), 0);
    assert_int_equal(xxgk_calendar_count(c), 288);
    assert_true(xxgk_calendar_has_year(c, 2027));
    const char *quoted;
    assert_int_equal(xxgk_calendar_entry(c, 287, NULL, NULL, &quoted), 0);
    assert_string_equal(quoted, "劳动节,五一");
    /* any field quoted as a spreadsheet may; quotes that do not pair are refused, the calendar
     * as it was */
    t = "\"2027-05-02\",\"holiday\",劳动节\n";
    assert_int_equal(xxgk_calendar_load_csv(c, t, strlen(t), "2027c.csv"), 0);
    assert_false(xxgk_calendar_is_workday(c, D("2027-05-02")));
    /* Regression: a Chinese header and kinds were refused.  日期,类型,名称 is the header; the
     * notice's 放假 and 上班, and a clerk's 休息, 假日, 补班, 调休上班, 工作日, are the kinds */
    xxgk_calendar *zh = NULL;
    assert_int_equal(xxgk_calendar_new(&zh), 0);
    const char *cn = "日期,类型,名称\n2027/1/1,放假,元旦\n2027-02-06,休息,春节\n"
                     "2027-02-07,假日,春节\n2027-02-08,节假日,春节\n2027-02-13,上班,春节\n"
                     "2027-02-14,补班,春节\n2027-02-20,调休上班,春节\n2027-02-21,工作日,春节\n"
                     "2027-02-27,Workday,x\n2027-02-28,HOLIDAY,x\n";
    assert_int_equal(xxgk_calendar_load_csv(zh, cn, strlen(cn), "2027zh.csv"), 0);
    assert_int_equal(xxgk_calendar_count(zh), 10);
    static const char *const off[] = {"2027-01-01", "2027-02-06", "2027-02-07", "2027-02-08",
                                      "2027-02-28"};
    static const char *const on[] = {"2027-02-13", "2027-02-14", "2027-02-20", "2027-02-21",
                                     "2027-02-27"};
    for (size_t i = 0; i < 5; i++) {
        assert_false(xxgk_calendar_is_workday(zh, D(off[i])));
        assert_true(xxgk_calendar_is_workday(zh, D(on[i])));
    }
    xxgk_calendar_free(zh);
    /* dates as a spreadsheet in a Chinese locale saves them */
    xxgk_calendar *sheet = NULL;
    assert_int_equal(xxgk_calendar_new(&sheet), 0);
    const char *saved = "2027/9/15,holiday,中秋节\n2027年9月16日,holiday,中秋节\n";
    assert_int_equal(xxgk_calendar_load_csv(sheet, saved, strlen(saved), "2027s.csv"), 0);
    assert_int_equal(xxgk_calendar_count(sheet), 2);
    assert_false(xxgk_calendar_is_workday(sheet, D("2027-09-15")));
    assert_false(xxgk_calendar_is_workday(sheet, D("2027-09-16")));
    xxgk_calendar_free(sheet);
    static const char *const unpaired[][2] = {
        {"2027-05-03,holiday,\"劳动节\n", "2027d.csv:1: quotes that do not pair: \"劳动节"},
        {"2027-05-03,holiday,\"\"劳动节\"\n", "2027d.csv:1: quotes that do not pair: \"\"劳动节\""},
        {"\"2027-05-03,holiday,劳动节\n",
         "2027d.csv:1: quotes that do not pair: \"2027-05-03,holiday,劳动节"}};
    for (size_t i = 0; i < sizeof unpaired / sizeof unpaired[0]; i++) {
        const char *u = unpaired[i][0];
        assert_int_equal(xxgk_calendar_load_csv(c, u, strlen(u), "2027d.csv"), XXGK_EINVAL);
        assert_string_equal(xxgk_error_last(), unpaired[i][1]);
    }
    assert_true(xxgk_calendar_is_workday(c, D("2027-05-03")));
    /* a header quoted as the rest; a quote inside a quoted name written twice, as CSV does */
    t = "\"date\",\"kind\",\"name\"\n2027-05-04,holiday,\"劳动节（\"\"五一\"\"）\"\n";
    assert_int_equal(xxgk_calendar_load_csv(c, t, strlen(t), "2027e.csv"), 0);
    for (size_t i = 0; i < xxgk_calendar_count(c); i++) {
        xxgk_date d;
        assert_int_equal(xxgk_calendar_entry(c, i, &d, NULL, &quoted), 0);
        if (d == D("2027-05-04"))
            assert_string_equal(quoted, "劳动节（\"五一\"）");
    }
    /* a long field quoted in a message is cut on a whole character */
    t = "2027-05-05,holiday,\"ab一二三四五六七八九十一二三四五六七八九十\n";
    assert_int_equal(xxgk_calendar_load_csv(c, t, strlen(t), "2027f.csv"), XXGK_EINVAL);
    assert_string_equal(xxgk_error_last(),
                        "2027f.csv:1: quotes that do not pair: \"ab一二三四五六七八九十一二");
    assert_false(xxgk_calendar_is_workday(c, D("2027-01-01")));
    xxgk_date out;
    int g;
    assert_int_equal(xxgk_calendar_add_workdays(c, D("2026-12-31"), 1, &out, &g), 0);
    assert_string_equal(F(out), "2027-01-04"); /* Friday 01-01 is now a holiday */
    assert_int_equal(g, 0);

    /* Row by row, as a database layer loads it. */
    assert_int_equal(xxgk_calendar_add_day(c, D("2028-01-01"), 0, "元旦"), 0);
    assert_false(xxgk_calendar_has_year(c, 2028));
    assert_int_equal(xxgk_calendar_mark_year(c, 2028), 0);
    assert_true(xxgk_calendar_has_year(c, 2028));
    assert_int_equal(xxgk_calendar_add_day(c, D("2028-01-01"), 0, "New Year"), 0); /* replace */
    assert_int_equal(xxgk_calendar_count(c), 291);
    xxgk_date d;
    int w;
    const char *name;
    assert_int_equal(xxgk_calendar_entry(c, 290, &d, &w, &name), 0);
    assert_string_equal(name, "New Year");
    assert_int_equal(xxgk_calendar_add_day(c, D("2024-05-06"), 1, NULL), XXGK_EINVAL);
    assert_int_equal(xxgk_calendar_add_day(c, D("2028-01-02"), 0, "New\nYear"), XXGK_EINVAL);
    assert_string_equal(xxgk_error_last(),
                        "calendar entry 2028-01-02: the name holds a control character");
    assert_int_equal(xxgk_calendar_mark_year(c, 2500), XXGK_EINVAL);
    /* Entries stay sorted whatever the insertion order. */
    assert_int_equal(xxgk_calendar_add_day(c, D("2010-10-01"), 0, NULL), 0);
    assert_int_equal(xxgk_calendar_entry(c, 0, &d, &w, &name), 0);
    assert_string_equal(F(d), "2010-10-01");
    assert_string_equal(name, "");
    xxgk_calendar_free(c);
}

/* The messages in Chinese, the default language. */
static void test_messages_zh(void **state)
{
    (void)state;
    xxgk_lang_set(XXGK_LANG_ZH);
    xxgk_date d;
    assert_int_equal(xxgk_date_parse(&d, "2024-02-30"), XXGK_EINVAL);
    assert_string_equal(xxgk_error_last(), "日期“2024-02-30”无效：2024年2月只有 29 天");
    xxgk_calendar *c = NULL;
    assert_int_equal(xxgk_calendar_new(&c), 0);
    struct {
        const char *text, *msg;
    } cases[] = {
        {"date,kind,name\n2024-05-01,holiday,劳动节\n2024-05-06,vacation,x\n",
         "my.csv 第3行：kind 为“vacation”，应为 holiday（放假）或 workday（上班）"},
        {"日期,类型,名称\n2024-05-01,放假,劳动节\n2024-05-06,调休,x\n",
         "my.csv 第3行：kind 为“调休”，应为 holiday（放假）或 workday（上班）"},
        {"类型,日期,名称\n放假,2024-05-01,劳动节\n",
         "my.csv 第1行：表头的列应依次为 date,kind,name（或 日期,类型,名称）"},
        {"date,kind,name\n2024-05-06,workday,x\n",
         "my.csv 第2行：2024-05-06：调休上班日（workday）只能是周六或周日（周一至周五本来就是工作日）"},
        {"2024-05-01,holiday,a\n2024-05-02,holiday,b\n2024-05-01,holiday,c\n",
         "my.csv 第3行：2024-05-01 重复出现（首次在第1行）"},
        {"date,kind,name\n2024-13-01,holiday,x\n", "my.csv 第2行：日期“2024-13-01”无效：没有13月"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        assert_int_equal(xxgk_calendar_load_csv(c, cases[i].text, strlen(cases[i].text), "my.csv"),
                         XXGK_EINVAL);
        assert_string_equal(xxgk_error_last(), cases[i].msg);
    }
    assert_int_equal(xxgk_calendar_add_workdays(c, D("2024-01-01"), -1, &d, NULL), XXGK_EINVAL);
    assert_string_equal(xxgk_error_last(), "无法计算 -1 个工作日（应为 0 至 10000）");
    xxgk_calendar_free(c);
    xxgk_lang_set(XXGK_LANG_EN);
}

int main(void)
{
    xxgk_lang_set(XXGK_LANG_EN); /* the messages asserted here are the English ones */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dates),
        cmocka_unit_test_setup_teardown(test_builtin_table, calendar_setup, calendar_teardown),
        cmocka_unit_test_setup_teardown(test_is_workday, calendar_setup, calendar_teardown),
        cmocka_unit_test_setup_teardown(test_add_workdays, calendar_setup, calendar_teardown),
        cmocka_unit_test(test_bad_csv),
        cmocka_unit_test(test_user_table),
        cmocka_unit_test_teardown(test_messages_zh, lang_en_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
