/* Tests of the 信息处理费 (xxgk/fees.h): every band boundary of both schemes with amounts worked
 * out by hand, batch totals, the Chinese explanations, and rejected inputs. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <limits.h>
#include <string.h>

#include "support.h"

static long pages(long n)
{
    long y = -1;
    assert_int_equal(xxgk_fee_by_pages(&y, n, NULL, 0), 0);
    return y;
}

static long nth(int n)
{
    long y = -1;
    assert_int_equal(xxgk_fee_by_count(&y, n), 0);
    return y;
}

static long batch(int from, int to)
{
    long y = -1;
    assert_int_equal(xxgk_fee_by_count_total(&y, from, to, NULL, 0), 0);
    return y;
}

static void test_pages(void **state)
{
    (void)state;
    assert_int_equal(pages(1), 0);
    assert_int_equal(pages(30), 0);
    assert_int_equal(pages(31), 10);
    assert_int_equal(pages(100), 700);             /* 70 x 10 */
    assert_int_equal(pages(101), 720);             /* 700 + 1 x 20 */
    assert_int_equal(pages(200), 2700);            /* 700 + 100 x 20 */
    assert_int_equal(pages(201), 2740);            /* 2700 + 1 x 40 */
    assert_int_equal(pages(250), 4700);            /* 2700 + 50 x 40 */
    assert_int_equal(pages(10000000), 399994700L); /* 2700 + 9,999,800 x 40 */
}

static void test_count(void **state)
{
    (void)state;
    static const struct {
        int nth;
        long yuan;
    } cases[] = {{1, 0},    {10, 0},   {11, 100}, {30, 100}, {31, 200},
                 {40, 200}, {41, 300}, {50, 300}, {51, 400}, {1000000, 9999800}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        assert_int_equal(nth(cases[i].nth), cases[i].yuan);
}

static void test_batch(void **state)
{
    (void)state;
    assert_int_equal(batch(1, 35), 3000); /* 0 x 10 + 100 x 20 + 200 x 5 */
    assert_int_equal(batch(1, 10), 0);
    assert_int_equal(batch(11, 11), 100);
    assert_int_equal(batch(1, 50), 7000);  /* 2000 + 200 x 10 + 300 x 10 */
    assert_int_equal(batch(25, 45), 4100); /* 100 x 6 + 200 x 10 + 300 x 5 */
    /* the batch is the sum of its applications, wherever it starts and ends */
    for (int from = 1; from <= 60; from += 7)
        for (int to = from; to <= 75; to += 3) {
            long sum = 0;
            for (int n = from; n <= to; n++)
                sum += nth(n);
            assert_int_equal(batch(from, to), sum);
        }
    if (sizeof(long) >= 8) assert_true(batch(1, 1000000) == 4999850002000L);
}

static void test_explain(void **state)
{
    (void)state;
    char ex[XXGK_FEE_EXPLAIN_SIZE];
    long y;
    assert_int_equal(xxgk_fee_by_pages(&y, 250, ex, sizeof ex), 0);
    assert_int_equal(y, 4700);
    assert_string_equal(ex, "30页以内免费；第31-100页 70页×10元=700元；第101-200页 100页×20元="
                            "2000元；第201-250页 50页×40元=2000元；合计4700元");
    assert_int_equal(xxgk_fee_by_pages(&y, 12, ex, sizeof ex), 0);
    assert_string_equal(ex, "30页以内免费；合计0元");
    assert_int_equal(xxgk_fee_by_pages(&y, 31, ex, sizeof ex), 0);
    assert_string_equal(ex, "30页以内免费；第31页 1页×10元=10元；合计10元");
    assert_int_equal(xxgk_fee_by_pages(&y, XXGK_FEE_MAX_PAGES, ex, sizeof ex), 0); /* fits */

    assert_int_equal(xxgk_fee_by_count_total(&y, 1, 35, ex, sizeof ex), 0);
    assert_int_equal(y, 3000);
    assert_string_equal(ex, "本月第1-10件免费；第11-30件 20件×100元=2000元；第31-35件 5件×200元="
                            "1000元；合计3000元");
    assert_int_equal(xxgk_fee_by_count_total(&y, 10, 11, ex, sizeof ex), 0);
    assert_string_equal(ex, "本月第10件免费；第11件 1件×100元=100元；合计100元");
    assert_int_equal(xxgk_fee_by_count_total(&y, 41, 41, ex, sizeof ex), 0);
    assert_string_equal(ex, "第41件 1件×300元=300元；合计300元");
    /* past six bands the bands of ten are summed in one clause: 71-80 at 600元 (6000) and
     * 81-90 at 700元 (7000); so any range's explanation fits */
    assert_int_equal(xxgk_fee_by_count_total(&y, 1, 90, ex, sizeof ex), 0);
    assert_int_equal(y, 29000);
    assert_string_equal(ex, "本月第1-10件免费；第11-30件 20件×100元=2000元；第31-40件 10件×200元="
                            "2000元；第41-50件 10件×300元=3000元；第51-60件 10件×400元=4000元；"
                            "第61-70件 10件×500元=5000元；第71-90件 每10件一档，每件600元起每档加"
                            "100元，至每件700元，共13000元；合计29000元");
    assert_int_equal(xxgk_fee_by_count_total(&y, 1, XXGK_FEE_MAX_NTH, ex, sizeof ex), 0);

    /* too small a buffer is an error, never a silently cut explanation */
    y = -1;
    assert_int_equal(xxgk_fee_by_pages(&y, 250, ex, 20), XXGK_ELIMIT);
    assert_string_equal(ex, "");
    assert_int_equal(y, -1);
    assert_non_null(strstr(xxgk_error_last(), "20 bytes"));
}

/* 按量 backwards: the pages a fee is the price of, at every band's edge, and none for a fee
 * between two page counts' */
static void test_pages_for(void **state)
{
    (void)state;
    assert_int_equal(xxgk_fee_pages_for(10), 31);
    assert_int_equal(xxgk_fee_pages_for(700), 100);
    assert_int_equal(xxgk_fee_pages_for(710), 0);
    assert_int_equal(xxgk_fee_pages_for(720), 101);
    assert_int_equal(xxgk_fee_pages_for(2700), 200);
    assert_int_equal(xxgk_fee_pages_for(2710), 0);
    assert_int_equal(xxgk_fee_pages_for(2740), 201);
    assert_int_equal(xxgk_fee_pages_for(5), 0);
    assert_int_equal(xxgk_fee_pages_for(0), 0);
    assert_int_equal(xxgk_fee_pages_for(-10), 0);
    long top = 0;
    assert_int_equal(xxgk_fee_by_pages(&top, XXGK_FEE_MAX_PAGES, NULL, 0), 0);
    assert_int_equal(xxgk_fee_pages_for(top), XXGK_FEE_MAX_PAGES);
    assert_int_equal(xxgk_fee_pages_for(top + 40), 0);
}

/* A message too long for the thread's buffer (a path of 3,000 bytes in it) stays readable
 * where the caller holds it after a short one is set (a fee refused). */
static void test_long_message_held(void **state)
{
    (void)state;
    char path[3001];
    memset(path, 'a', sizeof path - 1);
    path[0] = '/', path[sizeof path - 1] = '\0';
    xxgk_report *r = NULL;
    assert_true(xxgk_report_read_file(&r, path, NULL) < 0);
    const char *held = xxgk_error_last();
    assert_true(strlen(held) > 3000);
    char copy[4096];
    snprintf(copy, sizeof copy, "%s", held);
    long yuan;
    assert_int_equal(xxgk_fee_by_count(&yuan, 0), XXGK_EINVAL);
    assert_string_equal(held, copy); /* (not freed under it) */
    assert_true(strlen(xxgk_error_last()) < 200); /* (the last message is the short one) */
}

static void test_invalid(void **state)
{
    (void)state;
    long y = -1;
    char ex[8] = "x";
    assert_int_equal(xxgk_fee_by_pages(&y, 0, ex, sizeof ex), XXGK_EINVAL);
    assert_non_null(strstr(xxgk_error_last(), "0 pages"));
    assert_int_equal(xxgk_fee_by_pages(&y, -5, NULL, 0), XXGK_EINVAL);
    assert_int_equal(xxgk_fee_by_pages(&y, XXGK_FEE_MAX_PAGES + 1, NULL, 0), XXGK_EINVAL);
    assert_int_equal(xxgk_fee_by_pages(&y, LONG_MAX, NULL, 0), XXGK_EINVAL);
    assert_int_equal(xxgk_fee_by_count(&y, 0), XXGK_EINVAL);
    assert_non_null(strstr(xxgk_error_last(), "application number 0"));
    assert_int_equal(xxgk_fee_by_count(&y, -1), XXGK_EINVAL);
    assert_int_equal(xxgk_fee_by_count(&y, XXGK_FEE_MAX_NTH + 1), XXGK_EINVAL);
    assert_int_equal(xxgk_fee_by_count(&y, INT_MIN), XXGK_EINVAL);
    assert_int_equal(xxgk_fee_by_count_total(&y, 0, 5, NULL, 0), XXGK_EINVAL);
    assert_int_equal(xxgk_fee_by_count_total(&y, 6, 5, NULL, 0), XXGK_EINVAL);
    assert_int_equal(xxgk_fee_by_count_total(&y, 1, XXGK_FEE_MAX_NTH + 1, NULL, 0), XXGK_EINVAL);
    assert_int_equal(y, -1); /* untouched on failure */
    assert_string_equal(ex, "x");
}

int main(void)
{
    xxgk_lang_set(XXGK_LANG_EN); /* the messages asserted here are the English ones */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pages),   cmocka_unit_test(test_count),
        cmocka_unit_test(test_batch),   cmocka_unit_test(test_explain),
        cmocka_unit_test(test_invalid), cmocka_unit_test(test_pages_for),
        cmocka_unit_test(test_long_message_held),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
