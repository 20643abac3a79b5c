/* 信息处理费 (see xxgk/fees.h): both schemes are marginal price bands walked by one loop, which
 * also writes the Chinese explanation one band at a time. */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>

#include "lib/error.h"
#include "xxgk/xxgk.h"

typedef struct {
    long last;  /* last unit (application or page) of the band holding n */
    long price; /* yuan per unit inside the band */
} band;

static band count_band(long n)
{
    if (n <= 10) return (band){10, 0};
    if (n <= 30) return (band){30, 100};
    long k = (n - 31) / 10; /* from the 31st, every block of 10 costs 100元 more */
    return (band){40 + 10 * k, 200 + 100 * k};
}

static band page_band(long n)
{
    static const band bands[] = {{30, 0}, {100, 10}, {200, 20}, {LONG_MAX, 40}};
    size_t i = 0;
    while (n > bands[i].last)
        i++;
    return bands[i];
}

typedef struct {
    char *s;
    size_t cap, len;
    int over; /* something did not fit */
} text;

static void put(text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(text *t, const char *fmt, ...)
{
    if (!t->s || t->over) return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(t->s + t->len, t->cap - t->len, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= t->cap - t->len)
        t->over = 1;
    else
        t->len += (size_t)n;
}

/* Sum the bands over units from..to; `pages` selects the unit and the wording. */
static int walk(long *yuan, long from, long to, int pages, char *explain, size_t cap)
{
    const char *unit = pages ? "页" : "件";
    text t = {cap ? explain : NULL, cap, 0, 0};
    if (t.s) t.s[0] = '\0';
    long long total = 0; /* 1..1,000,000 applications reach about 5e12 yuan: past a 32-bit long */
    int shown = 0;
    for (long n = from; n <= to; shown++) {
        band b = pages ? page_band(n) : count_band(n);
        long last = b.last < to ? b.last : to, units = last - n + 1;
        long long sum = (long long)units * b.price;
        if (!pages && shown == 6 && count_band(to).price > b.price) {
            /* The bands of ten go on without end: the rest in one clause, not a line each. */
            long long rest = 0;
            for (long m = n; m <= to;) {
                band c = count_band(m);
                long end = c.last < to ? c.last : to;
                rest += (long long)(end - m + 1) * c.price;
                m = end + 1;
            }
            put(&t, "第%ld-%ld件 每10件一档，每件%ld元起每档加100元，至每件%ld元，共%lld元；", n,
                to, b.price, count_band(to).price, rest);
            total += rest;
            break;
        }
        if (b.price == 0 && pages)
            put(&t, "30页以内免费；");
        else if (b.price == 0 && n == last)
            put(&t, "本月第%ld件免费；", n);
        else if (b.price == 0)
            put(&t, "本月第%ld-%ld件免费；", n, last);
        else if (n == last)
            put(&t, "第%ld%s 1%s×%ld元=%lld元；", n, unit, unit, b.price, sum);
        else
            put(&t, "第%ld-%ld%s %ld%s×%ld元=%lld元；", n, last, unit, units, unit, b.price, sum);
        total += sum;
        n = last + 1;
    }
    put(&t, "合计%lld元", total);
    if (total > LONG_MAX)
        return err_set(XXGK_ELIMIT,
                       TR("费用 %lld 元超出 long 的范围", "fee of %lld yuan does not fit in a long"),
                       total);
    if (t.over) {
        explain[0] = '\0';
        return err_set(XXGK_ELIMIT,
                       TR("收费计算说明超过 %zu 字节", "fee explanation does not fit in %zu bytes"),
                       cap);
    }
    *yuan = (long)total;
    return 0;
}

int xxgk_fee_by_count(long *yuan, int nth)
{
    if (nth < 1 || nth > XXGK_FEE_MAX_NTH)
        return err_set(XXGK_EINVAL,
                       TR("申请序号 %d 不在 1 至 %d 之间", "application number %d is not in 1..%d"),
                       nth, XXGK_FEE_MAX_NTH);
    *yuan = count_band(nth).price;
    return 0;
}

int xxgk_fee_by_count_total(long *yuan, int from_nth, int to_nth, char *explain, size_t cap)
{
    if (from_nth < 1 || to_nth > XXGK_FEE_MAX_NTH || from_nth > to_nth)
        return err_set(XXGK_EINVAL,
                       TR("第%d至%d件申请：应在 1 至 %d 之间，且前者不大于后者",
                          "applications %d..%d: need 1 <= from <= to <= %d"),
                       from_nth, to_nth, XXGK_FEE_MAX_NTH);
    return walk(yuan, from_nth, to_nth, 0, explain, cap);
}

int xxgk_fee_by_pages(long *yuan, long pages, char *explain, size_t cap)
{
    if (pages < 1 || pages > XXGK_FEE_MAX_PAGES)
        return err_set(XXGK_EINVAL, TR("页数 %ld 不在 1 至 %ld 之间", "%ld pages is not in 1..%ld"),
                       pages, XXGK_FEE_MAX_PAGES);
    return walk(yuan, 1, pages, 1, explain, cap);
}

long xxgk_fee_pages_for(long yuan)
{
    /* The fee grows with every page past the 30th: a binary search finds the one that costs
     * `yuan`, if any. */
    long lo = 31, hi = XXGK_FEE_MAX_PAGES;
    while (yuan > 0 && lo <= hi) {
        long mid = lo + (hi - lo) / 2, fee = 0;
        if (walk(&fee, 1, mid, 1, NULL, 0))
            return 0;
        if (fee == yuan)
            return mid;
        if (fee < yuan)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return 0;
}
