/*
 * Checks across years: what one year's report hands on to the next.  A report is reduced to a
 * few figures (xxgk_year_figures) so that a batch can be compared pairwise after reading.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/checker_impl.h"
#include "lib/error.h"
#include "lib/findings.h"
#include "lib/report_impl.h"
#include "util/buf.h"
#include "util/hash.h"
#include "util/text.h"
#include "xxgk/xxgk.h"

#define SAME_AGENCY_MIN 6 /* characters a shorter name must have to match a longer one's end */
/* figures not 0, totals aside, that two years' tables must share to look copied (a report of
 * one request granted prints it six times: in its column and 总计, in 一, （一） and （七）) */
#define COPIED_MIN_NONZERO 5

static double figure(const xxgk_report *r, const xxgk_row_spec *row, int col)
{
    return row ? chk_val(xxgk_report_cell(r, (size_t)(row->first_cell + col))) : NAN;
}

/* FNV-1a over the format and every figure of the three tables the report prints, in the
 * format's order. */
static void tables_digest(const xxgk_report *r, const xxgk_format_spec *spec,
                          xxgk_year_figures *out)
{
    const uint64_t seed = (FNV1A_BASIS ^ (uint64_t)spec->id) * UINT64_C(1099511628211);
    uint64_t h = seed;
    unsigned first = 0; /* the line of the first figure */
    for (int t = 0; t < XXGK_TABLE_COUNT; t++) {
        uint64_t th = seed;
        unsigned tfirst = 0;
        for (int i = 0; i < spec->tables[t].nrows; i++) {
            const xxgk_row_spec *row = &spec->tables[t].rows[i];
            if (!xxgk_report_row_present(r, row))
                continue; /* (（六） as one row, in a report that prints its sub-rows) */
            for (int k = 0; k < row->ncols; k++) {
                const xxgk_cell *c = xxgk_report_cell(r, (size_t)(row->first_cell + k));
                double v = chk_val(c);
                /* a null figure hashes as such; a number as its value in thousandths */
                uint64_t x = isnan(v) ? UINT64_MAX : (uint64_t)llround(v * 1000);
                h = fnv1a_word(h, x);
                th = fnv1a_word(th, x);
                int counted = !isnan(v) && v != 0 && !(row->cols[k].flags & XXGK_COL_TOTAL) &&
                              strcmp(row->key, "total") != 0; /* (（七）总计) */
                out->nfigures++;
                out->nonzero += counted;
                out->table_figures[t]++;
                out->table_nonzero[t] += counted;
                if (c->line && (!tfirst || c->line < tfirst))
                    tfirst = c->line;
            }
        }
        out->table_hash[t] = th;
        out->table_at[t] = rep_place(r, tfirst);
        if (tfirst && (!first || tfirst < first))
            first = tfirst;
    }
    out->tables_hash = h;
    out->tables_at = rep_place(r, first);
}

void xxgk_year_figures_of(const xxgk_report *r, xxgk_year_figures *out)
{
    memset(out, 0, sizeof *out);
    for (int k = 0; k < 7; k++)
        out->carried_in[k] = out->carried_out[k] = NAN;
    for (int k = 0; k < 2; k++)
        out->issued[k] = out->repealed[k] = out->in_force[k] = NAN;
    const char *agency = xxgk_report_agency(r);
    if (agency) {
        /* A name cut to fit would lose its end, the part that tells agencies apart (see
         * xxgk_year_follows): one too long is left unknown.  Room for one character more than
         * fits tells whether the whole name went in. */
        char whole[sizeof out->agency + 4];
        size_t len = label_norm(whole, sizeof whole, agency, strlen(agency));
        if (len < sizeof out->agency)
            memcpy(out->agency, whole, len + 1);
    }
    out->year = xxgk_report_year(r);
    const xxgk_format_spec *spec = xxgk_report_spec(r);
    if (!spec)
        return;
    tables_digest(r, spec, out);
    const xxgk_table_spec *req = &spec->tables[XXGK_TABLE_REQUESTS];
    const xxgk_row_spec *in = chk_row(req, "carried_in", -1),
                        *carried = chk_row(req, "carried_out", -1);
    for (int k = 0; k < 7; k++) {
        out->carried_in[k] = figure(r, in, k);
        out->carried_out[k] = figure(r, carried, k);
    }
    if (in && xxgk_report_row_present(r, in)) {
        out->carried_in_at = rep_place(r, xxgk_report_cell(r, (size_t)in->first_cell)->line);
    }
    if (spec->id != XXGK_FORMAT_2021)
        return; /* the 2019 table counts documents made and published, not in force */
    static const char *const docs[2] = {"regs", "normative"};
    for (int k = 0; k < 2; k++) {
        const xxgk_row_spec *row = chk_row(&spec->tables[XXGK_TABLE_ACTIVE], docs[k], -1);
        out->issued[k] = figure(r, row, 0);
        out->repealed[k] = figure(r, row, 1);
        out->in_force[k] = figure(r, row, 2);
        if (row && xxgk_report_row_present(r, row)) {
            out->in_force_at[k] =
                rep_place(r, xxgk_report_cell(r, (size_t)row->first_cell + 2)->line);
        }
    }
}

/* Whether name a ends with name b, which holds at least SAME_AGENCY_MIN characters and begins
 * with a place name: 市交通运输局 (a title without its city) names no agency in particular. */
static int ends_with_name(const char *a, const char *b)
{
    static const char *const levels[] = {"省", "市", "区", "县", "州", "盟", "旗", "镇", "乡",
                                         "街道", "自治"};
    size_t la = strlen(a), lb = strlen(b);
    if (lb > la || u8_count(b, lb) < SAME_AGENCY_MIN || strcmp(a + la - lb, b) != 0)
        return 0;
    for (size_t i = 0; i < sizeof levels / sizeof levels[0]; i++)
        if (strncmp(b, levels[i], strlen(levels[i])) == 0)
            return 0;
    return 1;
}

int chk_agency_alike(const char *a, const char *b)
{
    return strcmp(a, b) == 0 || ends_with_name(a, b) || ends_with_name(b, a);
}

int xxgk_year_follows(const xxgk_year_figures *prev, const xxgk_year_figures *cur)
{
    if (!prev->year || cur->year != prev->year + 1 || !*prev->agency || !*cur->agency)
        return 0;
    return chk_agency_alike(prev->agency, cur->agency);
}

/* 上年结转 against last year's 结转下年度, every applicant column that differs in one finding. */
static void carried(xxgk_findings *f, const xxgk_year_figures *prev,
                    const xxgk_year_figures *cur, int en)
{
    const xxgk_format_spec *spec = xxgk_format_get(XXGK_FORMAT_2021);
    const xxgk_column_spec *cols = spec->tables[XXGK_TABLE_REQUESTS].rows[0].cols;
    xbuf was, now;
    xbuf_init(&was, 0);
    xbuf_init(&now, 0);
    char a[32], b[32];
    for (int k = 0; k < 7; k++) {
        double p = prev->carried_out[k], c = cur->carried_in[k];
        if (isnan(p) || isnan(c) || !chk_differs(p, c))
            continue;
        xbuf_printf(&was, "%s%s %s", was.len ? (en ? ", " : "，") : "", cols[k].label, chk_num(a, p));
        xbuf_printf(&now, "%s%s %s", now.len ? (en ? ", " : "，") : "", cols[k].label, chk_num(b, c));
    }
    if (was.len && !was.failed && !now.failed) {
        char ev[1024];
        snprintf(ev, sizeof ev,
                 en ? "%d report, 四 carried over: %s; %d report, 二 carried in: %s"
                    : "%d年报告四、结转下年度继续办理：%s；%d年报告二、上年结转：%s",
                 prev->year, was.data, cur->year, now.data);
        findings_add_at(f, xxgk_rule_find("arith-carried-over"), &cur->carried_in_at, ev);
    }
    xbuf_free(&was);
    xbuf_free(&now);
}

/* 现行有效件数 = last year's + 本年制发 - 本年废止, for 规章 and 行政规范性文件. */
static void in_force(xxgk_findings *f, const xxgk_year_figures *prev,
                     const xxgk_year_figures *cur, int en)
{
    static const char *const names[2] = {"规章", "行政规范性文件"};
    for (int k = 0; k < 2; k++) {
        double last = prev->in_force[k], add = cur->issued[k], del = cur->repealed[k],
               now = cur->in_force[k];
        if (isnan(last) || isnan(add) || isnan(del) || isnan(now))
            continue;
        if (!chk_differs(last + add - del, now))
            continue;
        char a[32], b[32], c[32], d[32], e[32], ev[512];
        snprintf(ev, sizeof ev,
                 en ? "%s: in force in %d %s + issued in %d %s - repealed %s = %s, but in force "
                      "in %d is %s"
                    : "%s：%d年现行有效 %s + %d年制发 %s - 废止 %s = %s，但%d年现行有效件数为 %s",
                 names[k], prev->year, chk_num(a, last), cur->year, chk_num(b, add), chk_num(c, del),
                 chk_num(d, last + add - del), cur->year, chk_num(e, now));
        findings_add_at(f, xxgk_rule_find("arith-in-force"), &cur->in_force_at[k], ev);
    }
}

/* The tables word for word last year's: copied, not counted (a year of nothing but zeros, or
 * of a few figures, may honestly repeat). */
static void copied(xxgk_findings *f, const xxgk_year_figures *prev, const xxgk_year_figures *cur,
                   int en)
{
    char ev[256];
    if (cur->nonzero >= COPIED_MIN_NONZERO && cur->nfigures == prev->nfigures &&
        cur->tables_hash == prev->tables_hash) {
        snprintf(ev, sizeof ev,
                 en ? "the %d and %d reports' tables: all %d figures alike (%d of them not 0, "
                      "totals aside)"
                    : "%d年与%d年报告的统计表：%d 个数字逐一相同（总计以外非零 %d 个）",
                 prev->year, cur->year, cur->nfigures, cur->nonzero);
        findings_add_at(f, xxgk_rule_find("arith-copied"), &cur->tables_at, ev);
        return;
    }
    /* ... or the table of section 二 or 三, another redone (section 四's few figures may well
     * repeat: a case pending is counted again the next year) */
    static const char *const sections[2] = {"二", "三"};
    for (int t = XXGK_TABLE_ACTIVE; t <= XXGK_TABLE_REQUESTS; t++) {
        if (cur->table_nonzero[t] < COPIED_MIN_NONZERO ||
            cur->table_figures[t] != prev->table_figures[t] ||
            cur->table_hash[t] != prev->table_hash[t])
            continue;
        snprintf(ev, sizeof ev,
                 en ? "the %d and %d reports' tables of section %s: all %d figures alike (%d of "
                      "them not 0, totals aside)"
                    : "%d年与%d年报告的第%s部分统计表：%d 个数字逐一相同（总计以外非零 %d 个）",
                 prev->year, cur->year, sections[t], cur->table_figures[t], cur->table_nonzero[t]);
        findings_add_at(f, xxgk_rule_find("arith-copied"), &cur->table_at[t], ev);
    }
}

int xxgk_check_years(xxgk_findings **out, const xxgk_year_figures *prev,
                     const xxgk_year_figures *cur, const xxgk_check_options *opts)
{
    *out = NULL;
    xxgk_findings *f = findings_new(opts ? opts->lang : XXGK_LANG_ZH);
    if (!f)
        return err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    int en = opts && opts->lang == XXGK_LANG_EN;
    carried(f, prev, cur, en);
    in_force(f, prev, cur, en);
    copied(f, prev, cur, en);
    return findings_finish(out, f);
}

/* ---- pairs in a batch ---- */

/* The agency's last characters: two reports of one agency share them (see xxgk_year_follows),
 * so sorting on them brings the candidates for a pair together. */
typedef struct {
    const xxgk_year_figures *y;
    size_t file;
    const char *tail;
} year_key;

static const char *name_tail(const char *s)
{
    size_t n = strlen(s), chars = 0;
    const char *p = s + n;
    while (p > s && chars < SAME_AGENCY_MIN) {
        p--;
        if (((unsigned char)*p & 0xC0) != 0x80)
            chars++;
    }
    return p;
}

static int by_tail_year(const void *a, const void *b)
{
    const year_key *x = a, *y = b;
    int c = strcmp(x->tail, y->tail);
    if (c)
        return c;
    if (x->y->year != y->y->year)
        return x->y->year < y->y->year ? -1 : 1;
    return x->file < y->file ? -1 : x->file > y->file;
}

static int by_cur(const void *a, const void *b)
{
    const xxgk_year_pair *x = a, *y = b;
    if (x->cur != y->cur)
        return x->cur < y->cur ? -1 : 1;
    return x->prev < y->prev ? -1 : x->prev > y->prev;
}

static int same_figures(const double *a, const double *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!(a[i] == b[i] || (isnan(a[i]) && isnan(b[i]))))
            return 0;
    return 1;
}

/* Whether two reports hand the same figures on to the next year. */
static int same_handover(const xxgk_year_figures *a, const xxgk_year_figures *b)
{
    return same_figures(a->carried_out, b->carried_out, 7) &&
           same_figures(a->issued, b->issued, 2) && same_figures(a->repealed, b->repealed, 2) &&
           same_figures(a->in_force, b->in_force, 2);
}

/* Append the pair (prev, cur) to *pairs (*np of them, room for *cap).  0; on running out of
 * memory, XXGK_ENOMEM set, *pairs freed. */
static int pair_add(xxgk_year_pair **pairs, size_t *np, size_t *cap, size_t prev, size_t cur)
{
    if (*np == *cap) {
        size_t nc = *cap ? *cap * 2 : 16;
        xxgk_year_pair *p = realloc(*pairs, nc * sizeof *p);
        if (!p) {
            free(*pairs);
            *pairs = NULL;
            return err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
        }
        *pairs = p;
        *cap = nc;
    }
    (*pairs)[(*np)++] = (xxgk_year_pair){prev, cur};
    return 0;
}

int xxgk_year_pairs(const xxgk_year_figures *years, size_t n, xxgk_year_pair **out,
                    size_t *npairs)
{
    *out = NULL;
    *npairs = 0;
    year_key *keys = calloc(n ? n : 1, sizeof *keys);
    xxgk_year_pair *pairs = NULL;
    size_t nk = 0, np = 0, cap = 0;
    if (!keys)
        return err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    for (size_t i = 0; i < n; i++)
        if (years[i].year && years[i].agency[0])
            keys[nk++] = (year_key){&years[i], i, name_tail(years[i].agency)};
    qsort(keys, nk, sizeof *keys, by_tail_year);
    for (size_t a = 0; a < nk; a++)
        for (size_t b = a + 1; b < nk && strcmp(keys[b].tail, keys[a].tail) == 0; b++) {
            if (keys[b].y->year > keys[a].y->year + 1)
                break;
            if (!xxgk_year_follows(keys[a].y, keys[b].y))
                continue;
            if (pair_add(&pairs, &np, &cap, keys[a].file, keys[b].file) < 0) {
                free(keys);
                return XXGK_ENOMEM;
            }
        }
    free(keys);
    if (np > 1)
        qsort(pairs, np, sizeof *pairs, by_cur);
    /* Keep, for each later report, the pairs it can be checked in. */
    size_t kept = 0;
    for (size_t first = 0, last; first < np; first = last + 1) {
        int named_apart = 0;
        for (last = first; last + 1 < np && pairs[last + 1].cur == pairs[first].cur; last++)
            named_apart |= strcmp(years[pairs[last + 1].prev].agency,
                                  years[pairs[first].prev].agency) != 0;
        size_t group = kept; /* this report's pairs kept so far: pairs[group..kept) */
        for (size_t i = first; i <= last && !named_apart; i++) {
            int again = 0;
            for (size_t j = group; j < kept && !again; j++)
                again = same_handover(&years[pairs[j].prev], &years[pairs[i].prev]);
            if (!again)
                pairs[kept++] = pairs[i];
        }
    }
    if (!kept) {
        free(pairs);
        pairs = NULL;
    }
    *out = pairs;
    *npairs = kept;
    return 0;
}

/* ---- tables copied between agencies ---- */

/* Two reports of one year with every figure of their tables alike, enough of them not 0 to
 * rule out chance (see COPIED_MIN_NONZERO). */
static int tables_alike(const xxgk_year_figures *a, const xxgk_year_figures *b)
{
    return a->year == b->year && a->nonzero >= COPIED_MIN_NONZERO &&
           a->nfigures == b->nfigures && a->nonzero == b->nonzero &&
           a->tables_hash == b->tables_hash;
}

static int by_tables(const void *a, const void *b)
{
    const xxgk_year_figures *const *x = a, *const *y = b;
    if ((*x)->tables_hash != (*y)->tables_hash)
        return (*x)->tables_hash < (*y)->tables_hash ? -1 : 1;
    return *x < *y ? -1 : *x > *y; /* (in the batch's order) */
}

int xxgk_copy_pairs(const xxgk_year_figures *years, size_t n, xxgk_year_pair **out,
                    size_t *npairs)
{
    *out = NULL;
    *npairs = 0;
    const xxgk_year_figures **by = malloc((n ? n : 1) * sizeof *by);
    if (!by)
        return err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    size_t nb = 0;
    for (size_t i = 0; i < n; i++) /* (whose report it is must be known to tell two apart) */
        if (years[i].agency[0] && years[i].nonzero >= COPIED_MIN_NONZERO)
            by[nb++] = &years[i];
    qsort(by, nb, sizeof *by, by_tables);
    xxgk_year_pair *pairs = NULL;
    size_t np = 0, cap = 0;
    for (size_t a = 0, group = 0; a < nb; a++) {
        if (by[a]->tables_hash != by[group]->tables_hash)
            group = a; /* (by[group..a]: the same figures) */
        /* each report with the first of the batch it repeats, of another agency; one the same
         * agency gave before (as .doc and PDF) is that one again, paired if that one is */
        const xxgk_year_figures *other = NULL;
        int twin = 0;
        for (size_t s = group; s < a; s++) {
            if (!tables_alike(by[s], by[a]))
                continue;
            if (chk_agency_alike(by[s]->agency, by[a]->agency))
                twin = 1;
            else if (!other)
                other = by[s];
        }
        if (!twin && other &&
            pair_add(&pairs, &np, &cap, (size_t)(other - years), (size_t)(by[a] - years)) < 0) {
            free(by);
            return XXGK_ENOMEM;
        }
    }
    free(by);
    if (np > 1)
        qsort(pairs, np, sizeof *pairs, by_cur);
    *out = pairs;
    *npairs = np;
    return 0;
}

int xxgk_check_copy(xxgk_findings **out, const xxgk_year_figures *other,
                    const xxgk_year_figures *cur, const xxgk_check_options *opts)
{
    *out = NULL;
    xxgk_findings *f = findings_new(opts ? opts->lang : XXGK_LANG_ZH);
    if (!f)
        return err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    if (tables_alike(other, cur) && !chk_agency_alike(other->agency, cur->agency)) {
        char ev[512];
        int en = opts && opts->lang == XXGK_LANG_EN;
        snprintf(ev, sizeof ev,
                 en ? "the tables of %s's report for %d: all %d figures alike (%d of them not 0, "
                      "totals aside)"
                    : "%s %d年报告的统计表：%d 个数字逐一相同（总计以外非零 %d 个）",
                 other->agency, cur->year, cur->nfigures, cur->nonzero);
        findings_add_at(f, xxgk_rule_find("arith-copied-other"), &cur->tables_at, ev);
    }
    return findings_finish(out, f);
}
