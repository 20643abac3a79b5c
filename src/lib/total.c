/*
 * Totals (汇总): reports' figures added up cell by cell, one total per year and format.  A
 * report is walked in the rows it prints (shape_rows, as the JSON writer sees it), so that
 * （六）其他处理 printed as one row adds to that row and its sub-rows to theirs; the two are
 * merged only when the total is made into a report.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lib/checker_impl.h"
#include "lib/error.h"
#include "lib/findings.h"
#include "lib/report_impl.h"
#include "lib/writer_impl.h"
#include "util/buf.h"
#include "xxgk/total.h"

#define AMOUNT_PLACES 1e6 /* money is summed to the millionth of its unit: 0.01 元 in 万元 */
#define EXACT_LIMIT 9007199254740992.0 /* 2^53: whole numbers past it do not add exactly */
#define TOTAL_NOTE_SHOWN 5 /* evidences told per rule in a total's 说明 */

/* What a total's preamble says it is (本表由4份2024年度报告的统计表逐格相加而成), and its title's
 * end: no agency's report says both, so that a total read back is known for one. */
#define SUMMED_HOW "的统计表逐格相加而成"
#define SUMMED_TITLE "（汇总）"

/* A row a report prints with figures missing: to say them again once a copy filled some. */
typedef struct {
    const xxgk_table_spec *t;
    shape_row sr;
} gap_row;

typedef struct {
    xxgk_total_member pub;
    char *lacking_labels;   /* the figures it lacks, by the format's labels (for people) */
    gap_row *gaps;          /* the rows they are in (of a member with marks), or NULL */
    int ngaps;
    char *broken;           /* the arithmetic rules its own figures break, each followed by a
                             * space ("arith-balance arith-row-total "), or NULL */
    char agency_key[192];   /* the agency normalized (xxgk_year_figures), "" if unknown */
    unsigned long long hash; /* its tables' figures (xxgk_year_figures) */
    uint64_t digest;        /* the same, by figures_digest: both must agree for a repeat */
    uint16_t *marks;        /* for a report in the group's own format, figure_marks; else NULL */
    int partial;            /* repeats a copy of one report that lacks figures, or has more */
    size_t next;            /* 1 + the next member in its agency's bucket, 0 at the end */
} member;

typedef struct {
    int year;
    const xxgk_format_spec *spec;
    double *sum;     /* spec->ncells: the sum of each figure */
    size_t *known;   /* how many reports gave it */
    unsigned char *inexact; /* spec->ncells: a sum that went past EXACT_LIMIT */
    size_t reports;  /* counted */
    size_t one_row;  /* of them, printing （六） as one row */
    size_t sub_rows; /* ... and with its sub-rows */
    size_t old_layout; /* ... and in the 2019 format */
    member *m;
    size_t nm, capm;
    size_t *heads;   /* by the agency's hash: 1 + a bucket's first member, 0 when empty */
    size_t nheads;   /* a power of two, or 0 */
} group;

struct xxgk_total {
    group *g;
    size_t ng, capg;
    xxgk_total_left *left; /* inputs left out of every total */
    size_t nleft, capleft;
    int take_totals; /* xxgk_total_take_totals */
};

static int oom(void) { return err_set(XXGK_ENOMEM, TR("内存不足", "out of memory")); }

int xxgk_total_new(xxgk_total **out)
{
    *out = calloc(1, sizeof **out);
    return *out ? 0 : oom();
}

static void member_free(member *m)
{
    free((char *)m->pub.file);
    free((char *)m->pub.agency);
    free((char *)m->pub.lacking);
    free((char *)m->pub.dated);
    free(m->marks);
    free(m->gaps);
    free(m->lacking_labels);
    free(m->broken);
}

static void group_free(group *g)
{
    for (size_t k = 0; k < g->nm; k++)
        member_free(&g->m[k]);
    free(g->m);
    free(g->heads);
    free(g->sum);
    free(g->known);
    free(g->inexact);
}

void xxgk_total_free(xxgk_total *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->ng; i++)
        group_free(&t->g[i]);
    for (size_t i = 0; i < t->nleft; i++) {
        free((char *)t->left[i].file);
        free((char *)t->left[i].why);
    }
    free(t->left);
    free(t->g);
    free(t);
}

/* The group of (year, format), made in its place in the order when new; NULL on no memory. */
static group *group_of(xxgk_total *t, int year, const xxgk_format_spec *spec)
{
    size_t at = 0;
    while (at < t->ng && (t->g[at].year < year ||
                          (t->g[at].year == year && t->g[at].spec->id < spec->id)))
        at++;
    if (at < t->ng && t->g[at].year == year && t->g[at].spec == spec)
        return &t->g[at];
    if (t->ng == t->capg) {
        size_t cap = t->capg ? t->capg * 2 : 4;
        group *g = realloc(t->g, cap * sizeof *g);
        if (!g)
            return NULL;
        t->g = g;
        t->capg = cap;
    }
    group n = {.year = year, .spec = spec};
    n.sum = calloc((size_t)spec->ncells, sizeof *n.sum);
    n.known = calloc((size_t)spec->ncells, sizeof *n.known);
    n.inexact = calloc((size_t)spec->ncells, 1);
    if (!n.sum || !n.known || !n.inexact) {
        free(n.sum);
        free(n.known);
        free(n.inexact);
        return NULL;
    }
    memmove(&t->g[at + 1], &t->g[at], (t->ng - at) * sizeof *t->g);
    t->g[at] = n;
    t->ng++;
    return &t->g[at];
}

/* Undo group_of when the report it was made for could not be added: no total of 0 reports. */
static void group_drop_if_empty(xxgk_total *t, group *g)
{
    if (g->nm)
        return;
    group_free(g);
    size_t at = (size_t)(g - t->g);
    memmove(&t->g[at], &t->g[at + 1], (t->ng - at - 1) * sizeof *t->g);
    t->ng--;
}

static char *dup_or_null(const char *s) { return s ? strdup(s) : NULL; }

/* A row's name for people: its caption and label (（三）不予公开 4.保护第三方合法权益). */
static void row_name(xbuf *b, const xxgk_row_spec *row)
{
    if (row->caption && !(row->flags & XXGK_ROW_SINGLE_ALT))
        xbuf_printf(b, "%s %s", row->caption, row->label);
    else
        xbuf_puts(b, row->label);
}

/* Whether a figure is given: by the report (r), or, once copies completed it, by its marks. */
typedef struct {
    const xxgk_report *r;
    const uint16_t *marks;
} giver;

static int gives(const giver *by, int at)
{
    return by->r ? xxgk_cell_known(xxgk_report_cell(by->r, (size_t)at)) : by->marks[at] != 0;
}

/* The figures of row sr that `by` does not give, added to paths and labels: the whole row by
 * its own path when it gives none.  Returns how many. */
static size_t lacking_in_row(const giver *by, const xxgk_table_spec *t, const shape_row *sr,
                             xbuf *paths, xbuf *labels)
{
    const xxgk_row_spec *row = sr->cells;
    size_t missing = 0;
    for (int k = 0; k < row->ncols; k++)
        missing += !gives(by, row->first_cell + k);
    if (!missing)
        return 0;
    const char *sep = paths->len ? ", " : "";
    const char *lsep = labels->len ? "；" : "";
    char path[96];
    if (sr->array)
        snprintf(path, sizeof path, "%s.%s[%d]", t->key, sr->key, sr->index);
    else
        snprintf(path, sizeof path, "%s.%s", t->key, sr->key);
    xbuf_puts(labels, lsep);
    row_name(labels, row);
    if (missing == (size_t)row->ncols || (row->ncols == 1 && !sr->array)) {
        xbuf_printf(paths, "%s%s", sep, path);
        return missing;
    }
    xbuf_putc(labels, ' ');
    int first = 1;
    for (int k = 0; k < row->ncols; k++) {
        if (gives(by, row->first_cell + k))
            continue;
        xbuf_printf(paths, "%s%s[%d]", first ? sep : ", ", path, k);
        xbuf_printf(labels, "%s%s", first ? "" : "、", row->cols[k].label);
        first = 0;
    }
    return missing;
}

/* Whether r's table ti adds to g: all of them, but for a 2019-format report in a 2021-format
 * total only 三 and 四, which the formats count alike (section 二's columns differ). */
static int table_adds(const group *g, const xxgk_report *r, int ti)
{
    return xxgk_report_spec(r) == g->spec || ti != XXGK_TABLE_ACTIVE;
}

/* The row of g's format that a row r prints (sr, of r's table ti) adds to: the same row, or
 * in a 2019-format report the row of the same key and place, its one （六） row the 2021
 * group printed as one row. */
static const xxgk_row_spec *group_row(const xxgk_table_spec *t, const char *key)
{
    for (int i = 0; i < t->nrows; i++)
        if ((t->rows[i].flags & XXGK_ROW_SINGLE_ALT) && strcmp(t->rows[i].key, key) == 0)
            return &t->rows[i];
    return NULL;
}

static const xxgk_row_spec *target_row(const group *g, const xxgk_report *r, int ti,
                                       const shape_row *sr)
{
    const xxgk_table_spec *own = &xxgk_report_spec(r)->tables[ti], *t = &g->spec->tables[ti];
    if (own == t)
        return sr->cells;
    const xxgk_row_spec *one = group_row(t, sr->key);
    if (one && !group_row(own, sr->key)) /* a format with only the one row */
        return one;
    for (int i = 0; i < t->nrows; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        if (!(row->flags & XXGK_ROW_SINGLE_ALT) && row->ncols == sr->cells->ncols &&
            row->index == sr->cells->index && strcmp(row->key, sr->key) == 0)
            return row;
    }
    return NULL;
}

/* Whether a sum v in column col is past what adds exactly (money to its millionths). */
static int past_exact(double v, const xxgk_column_spec *col)
{
    if (col->flags & XXGK_COL_AMOUNT)
        v *= AMOUNT_PLACES;
    return !(fabs(v) < EXACT_LIMIT);
}

/* Add r's figures to g (which cannot fail: what can is done before). */
static void add_figures(group *g, const xxgk_report *r)
{
    const xxgk_format_spec *own = xxgk_report_spec(r);
    for (int ti = 0; ti < XXGK_TABLE_COUNT; ti++) {
        if (!table_adds(g, r, ti))
            continue;
        shape_row rows[64];
        int n = shape_rows(rows, 64, r, &own->tables[ti]);
        for (int i = 0; i < n; i++) {
            const xxgk_row_spec *to = target_row(g, r, ti, &rows[i]);
            for (int k = 0; to && k < rows[i].cells->ncols; k++) {
                const xxgk_cell *c =
                    xxgk_report_cell(r, (size_t)(rows[i].cells->first_cell + k));
                if (!xxgk_cell_known(c))
                    continue;
                size_t at = (size_t)(to->first_cell + k);
                g->sum[at] += c->value; /* (blank, / and - hold 0) */
                g->known[at]++;
                if (past_exact(g->sum[at], &to->cols[k]))
                    g->inexact[at] = 1; /* (for good: a sum back under the limit is not exact) */
            }
        }
    }
}

/* m's lists of what it lacks, from its rows with gaps, as `by` gives the figures. */
static int say_lacking(member *m, const gap_row *gaps, int ngaps, const giver *by)
{
    xbuf paths, labels;
    xbuf_init(&paths, 0);
    xbuf_init(&labels, 0);
    size_t n = 0;
    for (int i = 0; i < ngaps; i++)
        n += lacking_in_row(by, gaps[i].t, &gaps[i].sr, &paths, &labels);
    int failed = paths.failed || labels.failed;
    if (!failed) {
        free((char *)m->pub.lacking);
        free(m->lacking_labels);
        m->pub.lacking = paths.len ? xbuf_steal(&paths) : NULL;
        m->lacking_labels = labels.len ? xbuf_steal(&labels) : NULL;
        m->pub.nlacking = n;
    }
    xbuf_free(&paths);
    xbuf_free(&labels);
    return failed ? oom() : 0;
}

/* What r lacks, and whether it prints （六） as one row, into m. */
static int note_lacking(const group *g, member *m, const xxgk_report *r)
{
    const xxgk_format_spec *own = xxgk_report_spec(r);
    const giver by = {r, NULL};
    m->pub.old_layout = own != g->spec;
    gap_row gaps[3 * 64];
    int ngaps = 0;
    for (int ti = 0; ti < XXGK_TABLE_COUNT; ti++) {
        if (!table_adds(g, r, ti))
            continue;
        const xxgk_table_spec *t = &own->tables[ti];
        shape_row rows[64];
        int n = shape_rows(rows, 64, r, t);
        for (int i = 0; i < n; i++) {
            const xxgk_row_spec *to = target_row(g, r, ti, &rows[i]);
            if (to && (to->flags & XXGK_ROW_SINGLE_ALT) &&
                xxgk_report_row_present(r, rows[i].cells))
                m->pub.one_row_other = 1;
            for (int k = 0; k < rows[i].cells->ncols; k++)
                if (!gives(&by, rows[i].cells->first_cell + k)) {
                    gaps[ngaps++] = (gap_row){t, rows[i]};
                    break;
                }
        }
    }
    /* (kept to say again, for a copy of one report that another may complete) */
    if (ngaps && m->marks) {
        if (!(m->gaps = malloc((size_t)ngaps * sizeof *m->gaps)))
            return oom();
        memcpy(m->gaps, gaps, (size_t)ngaps * sizeof *gaps);
        m->ngaps = ngaps;
    }
    return say_lacking(m, gaps, ngaps, &by);
}

/* Member m's bucket: by its agency's name, or, for reports naming none (which can only be
 * alike in their figures), by their figures, so that neither walks a long chain. */
static size_t member_bucket(const member *m, size_t nheads)
{
    uint64_t h = UINT64_C(14695981039346656037);
    for (const unsigned char *p = (const unsigned char *)m->agency_key; *p; p++)
        h = (h ^ *p) * UINT64_C(1099511628211);
    return (size_t)((m->agency_key[0] ? h : m->digest) & (nheads - 1));
}

/* Put member k in its bucket (member_bucket), the buckets doubled first when they run full:
 * finding the same agency stays constant-time in a batch of thousands. */
static int bucket_add(group *g, size_t k)
{
    if (g->nm >= g->nheads) {
        size_t n = g->nheads ? g->nheads * 2 : 64;
        size_t *heads = calloc(n, sizeof *heads);
        if (!heads)
            return oom();
        free(g->heads);
        g->heads = heads;
        g->nheads = n;
        for (size_t i = 0; i < g->nm; i++)
            if (i != k) {
                size_t b = member_bucket(&g->m[i], n);
                g->m[i].next = heads[b];
                heads[b] = i + 1;
            }
    }
    size_t b = member_bucket(&g->m[k], g->nheads);
    g->m[k].next = g->heads[b];
    g->heads[b] = k + 1;
    return 0;
}

/* The arithmetic errors of r's own tables (f, or checked here), by rule id, into m->broken: a
 * total that does not add up names the reports that do not either. */
static int note_broken(member *m, const xxgk_report *r, const xxgk_findings *given)
{
    xxgk_check_options opts = {XXGK_LANG_ZH, XXGK_AGENCY_AUTO};
    xxgk_findings *mine = NULL;
    const xxgk_findings *f = given;
    if (!f) {
        int rc = xxgk_check(&mine, r, &opts);
        if (rc < 0)
            return rc;
        f = mine;
    }
    xbuf b;
    xbuf_init(&b, 0);
    for (size_t i = 0; i < xxgk_findings_count(f); i++) {
        const xxgk_rule *rule = xxgk_findings_get(f, i)->rule;
        if (rule->severity != XXGK_SEV_ERROR || strcmp(rule->category, "arithmetic") != 0)
            continue;
        char word[64];
        snprintf(word, sizeof word, "%s ", rule->id);
        if (!b.data || !strstr(b.data, word))
            xbuf_puts(&b, word);
    }
    xxgk_findings_free(mine);
    int rc = b.failed ? oom() : 0;
    if (rc == 0 && b.len)
        m->broken = xbuf_steal(&b);
    xbuf_free(&b);
    return rc;
}

/* A digest of r's figures other than xxgk_year_figures' FNV (splitmix64 steps over each
 * value's bits and place), so that a collision of one 64-bit hash cannot drop a report. */
static uint64_t mix64(uint64_t x)
{
    x = (x ^ (x >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
    x = (x ^ (x >> 27)) * UINT64_C(0x94d049bb133111eb);
    return x ^ (x >> 31);
}

static uint64_t figures_digest(const xxgk_report *r, const xxgk_format_spec *spec)
{
    uint64_t h = mix64((uint64_t)spec->id + 1);
    for (int i = 0; i < spec->ncells; i++) {
        const xxgk_cell *c = xxgk_report_cell(r, (size_t)i);
        uint64_t bits = UINT64_C(0x9e3779b97f4a7c15); /* unknown */
        if (xxgk_cell_known(c)) {
            double v = c->value + 0.0; /* (-0 as 0) */
            memcpy(&bits, &v, sizeof bits);
        }
        h = mix64(h ^ mix64(bits + (uint64_t)i * UINT64_C(0x9e3779b97f4a7c15)));
    }
    return h;
}

/* A 16-bit mark of each of r's figures (spec->ncells), 0 for one unknown and never 0 for one
 * known: enough to tell two copies of one report apart from two reports where both give a
 * figure, in the few bytes a total keeps per report.  NULL when memory ran out. */
static uint16_t *figure_marks(const xxgk_report *r, const xxgk_format_spec *spec)
{
    uint16_t *marks = calloc((size_t)spec->ncells, sizeof *marks);
    for (int i = 0; marks && i < spec->ncells; i++) {
        const xxgk_cell *c = xxgk_report_cell(r, (size_t)i);
        if (!xxgk_cell_known(c))
            continue;
        double v = c->value + 0.0;
        uint64_t bits;
        memcpy(&bits, &v, sizeof bits);
        uint16_t mark = (uint16_t)mix64(bits);
        marks[i] = mark ? mark : 1;
    }
    return marks;
}

/* Whether a and b (n marks) are one report's copies, one lacking figures the other gives (or
 * none, a report its copy completed: its marks are the whole report's, its hash not): the same
 * figure wherever both give one, and both give at least half of them. */
static int copies_of_one(const uint16_t *a, const uint16_t *b, int n)
{
    if (!a || !b)
        return 0;
    int both = 0;
    for (int i = 0; i < n; i++) {
        if (a[i] && b[i] && a[i] != b[i])
            return 0;
        both += a[i] && b[i];
    }
    return 2 * both >= n;
}

/* Record input `file` as left out, for how (and why, copied, when not NULL). */
static int leave_out(xxgk_total *t, const char *file, xxgk_total_outcome how, const char *why)
{
    if (t->nleft == t->capleft) {
        size_t cap = t->capleft ? t->capleft * 2 : 8;
        xxgk_total_left *l = realloc(t->left, cap * sizeof *l);
        if (!l)
            return oom();
        t->left = l;
        t->capleft = cap;
    }
    xxgk_total_left *l = &t->left[t->nleft];
    l->file = strdup(file ? file : "-");
    l->why = dup_or_null(why);
    l->how = how;
    if (!l->file || (why && !l->why)) {
        free((char *)l->file);
        free((char *)l->why);
        return oom();
    }
    t->nleft++;
    return 0;
}

int xxgk_total_leave_out(xxgk_total *t, const char *file, const char *why)
{
    return leave_out(t, file, XXGK_TOTAL_NOT_READ,
                     why ? why : TR("无法读取", "could not be read"));
}

/* The earliest counted report in g's bucket of m's agency with the same figures (*same) and,
 * for a named agency, the same where both give one, one lacking some (*partial), or other
 * figures (*other): 1 + its index, or 0. */
static void find_same(const group *g, const member *m, size_t *same, size_t *partial,
                      size_t *other)
{
    *same = *partial = *other = 0;
    if (!g->nheads)
        return;
    for (size_t k = g->heads[member_bucket(m, g->nheads)]; k; k = g->m[k - 1].next) {
        const member *o = &g->m[k - 1];
        if (o->pub.repeats || strcmp(o->agency_key, m->agency_key) != 0)
            continue;
        size_t *which = NULL;
        if (o->hash == m->hash && o->digest == m->digest)
            which = same;
        else if (m->agency_key[0] && copies_of_one(o->marks, m->marks, g->spec->ncells))
            which = partial;
        else if (m->agency_key[0])
            which = other;
        if (which && (!*which || k < *which))
            *which = k;
    }
}

/* Whether r, in a total of its own format, prints a group (（六）其他处理) of table ts as one
 * row: as shape_rows, which the total adds by, has it. */
static int prints_one_row(const xxgk_report *r, const xxgk_table_spec *ts)
{
    shape_row rows[64];
    int n = shape_rows(rows, 64, r, ts);
    for (int i = 0; i < n; i++)
        if (rows[i].cells->flags & XXGK_ROW_SINGLE_ALT)
            return 1;
    return 0;
}

/* Whether member o gives no figure of table ts's one-row group, in either shape. */
static int gives_no_alt(const member *o, const xxgk_table_spec *ts)
{
    for (int ri = 0; ri < ts->nrows; ri++) {
        if (!group_row(ts, ts->rows[ri].key))
            continue;
        for (int k = 0; k < ts->rows[ri].ncols; k++)
            if (o->marks[ts->rows[ri].first_cell + k])
                return 0;
    }
    return 1;
}

/* o, counted, which printed its one-row group of ts (r's table) without a figure, printing it
 * as its copy r does: the total's count of each shape, and the rows o is said to lack. */
static int take_shape(group *g, member *o, const xxgk_report *r, const xxgk_table_spec *ts,
                      int one_row)
{
    shape_row rows[64];
    int n = shape_rows(rows, 64, r, ts), k = 0;
    gap_row *gaps = realloc(o->gaps, (size_t)(o->ngaps + n + 1) * sizeof *gaps); /* (not 0) */
    if (!gaps)
        return oom();
    o->gaps = gaps;
    for (int i = 0; i < o->ngaps; i++) /* (the group's rows as o printed them: gone) */
        if (gaps[i].t != ts || !group_row(ts, gaps[i].sr.key))
            gaps[k++] = gaps[i];
    for (int i = 0; i < n; i++)
        if (group_row(ts, rows[i].key))
            gaps[k++] = (gap_row){ts, rows[i]};
    o->ngaps = k;
    if (one_row)
        g->sub_rows--, g->one_row++;
    else
        g->one_row--, g->sub_rows++;
    o->pub.one_row_other = one_row;
    return 0;
}

/* The figures copy m (read as r) gives and o, counted, lacks: added to g's sums as o's, and o
 * marked as giving them; *n says how many.  （六）'s, which a report may print as one row or
 * three (the rows do not map one to one), only when o prints it as m does, or gives none of
 * it and then takes m's shape, so that which copy comes first does not change the total. */
static int complete_from(group *g, member *o, const member *m, const xxgk_report *r, size_t *n)
{
    *n = 0;
    for (int ti = 0; ti < XXGK_TABLE_COUNT; ti++) {
        const xxgk_table_spec *ts = &g->spec->tables[ti];
        int one_row = prints_one_row(r, ts), alt_ok = o->pub.one_row_other == one_row;
        if (!alt_ok && gives_no_alt(o, ts) && !gives_no_alt(m, ts)) { /* (only in a table
                                                                        * with such a group) */
            int rc = take_shape(g, o, r, ts, one_row);
            if (rc < 0)
                return rc;
            alt_ok = 1;
        }
        for (int ri = 0; ri < ts->nrows; ri++) {
            const xxgk_row_spec *row = &ts->rows[ri];
            int one = (row->flags & XXGK_ROW_SINGLE_ALT) != 0;
            if (group_row(ts, row->key) && (!alt_ok || one != one_row))
                continue; /* (of the group, only the rows of the shape both print) */
            for (int k = 0; k < row->ncols; k++) {
                size_t at = (size_t)(row->first_cell + k);
                if (!m->marks[at] || o->marks[at])
                    continue;
                g->sum[at] += xxgk_report_cell(r, at)->value;
                g->known[at]++;
                if (past_exact(g->sum[at], &row->cols[k]))
                    g->inexact[at] = 1;
                o->marks[at] = m->marks[at];
                (*n)++;
            }
        }
    }
    return 0;
}

/* Whether r is a total xxgk_total_report made, written out and read back: its title ends
 * SUMMED_TITLE and its preamble (which an HTML page's starts with the title) says 本表由N份…
 * SUMMED_HOW.  Added again, it would count its reports twice. */
static int a_total(const xxgk_report *r)
{
    const char *title = xxgk_report_title(r), *pre = xxgk_report_preamble(r);
    size_t n = title ? strlen(title) : 0, tn = strlen(SUMMED_TITLE);
    if (n < tn || strcmp(title + n - tn, SUMMED_TITLE) != 0 || !pre)
        return 0;
    const char *p = strstr(pre, "本表由");
    if (!p)
        return 0;
    p += strlen("本表由");
    const char *digits = p;
    while (*p >= '0' && *p <= '9')
        p++;
    return p > digits && strncmp(p, "份", strlen("份")) == 0 && strstr(p, SUMMED_HOW);
}

void xxgk_total_take_totals(xxgk_total *t, int take)
{
    if (t)
        t->take_totals = take != 0;
}

const char *xxgk_total_left_why(xxgk_total_outcome how, xxgk_lang lang)
{
    int en = lang == XXGK_LANG_EN;
    switch (how) {
    case XXGK_TOTAL_NO_TABLES:
        return en ? "no statistics table found" : "未找到统计表格";
    case XXGK_TOTAL_NO_YEAR:
        return en ? "the report does not say its year" : "报告未写明年度";
    case XXGK_TOTAL_A_TOTAL:
        return en ? "a total xxgk sum wrote, not an agency's report (its figures would count "
                    "twice)"
                  : "是 xxgk sum 写出的汇总表，不是机关的报告（再计入会重复计数）";
    default:
        return NULL;
    }
}

int xxgk_total_add(xxgk_total *t, const xxgk_report *r, const xxgk_findings *f,
                   xxgk_total_outcome *how)
{
    xxgk_total_outcome dummy;
    if (!how)
        how = &dummy;
    const xxgk_format_spec *spec = xxgk_report_spec(r);
    *how = !spec                           ? XXGK_TOTAL_NO_TABLES
           : !xxgk_report_year(r)          ? XXGK_TOTAL_NO_YEAR
           : !t->take_totals && a_total(r) ? XXGK_TOTAL_A_TOTAL
                                           : XXGK_TOTAL_COUNTED;
    if (*how != XXGK_TOTAL_COUNTED)
        return leave_out(t, xxgk_report_name(r), *how, NULL);
    /* a report for 2021 or later in the superseded 2019 format goes into its year's 2021
     * total (三 and 四 only), so that a year has one total */
    const xxgk_format_spec *to = spec;
    if (spec->id == XXGK_FORMAT_2019 && xxgk_report_year(r) >= 2021)
        to = xxgk_format_get(XXGK_FORMAT_2021);
    group *g = group_of(t, xxgk_report_year(r), to);
    if (!g)
        return oom();
    if (g->nm == g->capm) {
        size_t cap = g->capm ? g->capm * 2 : 16;
        member *m = realloc(g->m, cap * sizeof *m);
        if (!m) {
            group_drop_if_empty(t, g);
            return oom();
        }
        g->m = m;
        g->capm = cap;
    }
    member *m = &g->m[g->nm];
    memset(m, 0, sizeof *m);
    xxgk_year_figures y;
    xxgk_year_figures_of(r, &y);
    memcpy(m->agency_key, y.agency, sizeof m->agency_key);
    m->hash = y.tables_hash;
    m->digest = figures_digest(r, spec);
    int marked = spec == g->spec && m->agency_key[0]; /* (a named copy of one report) */
    if (marked && !(m->marks = figure_marks(r, spec))) {
        group_drop_if_empty(t, g);
        return oom();
    }
    m->pub.file = dup_or_null(xxgk_report_name(r));
    m->pub.agency = dup_or_null(xxgk_report_agency(r));
    for (size_t i = 0; i < r->ndiags && !m->pub.dated; i++)
        if (strcmp(r->diags[i].rule, "date-year-dated") == 0)
            m->pub.dated = dup_or_null(r->published ? r->published : "");
    int rc = !m->pub.file || (xxgk_report_agency(r) && !m->pub.agency) ? oom() : 0;
    size_t same, partial, other;
    find_same(g, m, &same, &partial, &other);
    if (same && m->agency_key[0]) {
        m->pub.repeats = g->m[same - 1].pub.file;
        *how = XXGK_TOTAL_REPEATED;
    } else if (same) { /* no agency to tell two reports apart by: both counted, and said */
        m->pub.alike = g->m[same - 1].pub.file;
    } else if (partial && rc == 0) {
        m->pub.repeats = g->m[partial - 1].pub.file;
        member *o = &g->m[partial - 1];
        rc = complete_from(g, o, m, r, &m->pub.completed);
        m->partial = 1;
        if (rc == 0 && o->pub.nlacking && m->pub.completed) {
            /* (what it lacked is in the total now, some or all: not to be said lacking) */
            const giver by = {NULL, o->marks};
            rc = say_lacking(o, o->gaps, o->ngaps, &by);
        }
        *how = XXGK_TOTAL_REPEATED;
    } else if (other) {
        m->pub.same_agency = g->m[other - 1].pub.file;
    }
    if (rc == 0 && *how == XXGK_TOTAL_COUNTED && (rc = note_lacking(g, m, r)) == 0)
        rc = note_broken(m, r, f);
    if (rc == 0)
        rc = bucket_add(g, g->nm);
    if (rc < 0) {
        member_free(m);
        group_drop_if_empty(t, g);
        *how = XXGK_TOTAL_COUNTED; /* (meaningless on failure, but never "repeated") */
        return rc;
    }
    if (*how == XXGK_TOTAL_COUNTED) {
        add_figures(g, r);
        g->reports++;
        g->old_layout += m->pub.old_layout;
        if (m->pub.one_row_other)
            g->one_row++;
        else
            g->sub_rows++;
    }
    g->nm++;
    /* the reports after the first in its file (several years of a total written to one
     * Markdown file) were not read: missing from the totals, they are listed as left out */
    for (size_t k = 0; f && k < xxgk_findings_count(f); k++) {
        const xxgk_finding *x = xxgk_findings_get(f, k);
        if (strcmp(x->rule->id, "reader-several-reports") == 0 &&
            leave_out(t, xxgk_report_name(r), XXGK_TOTAL_NOT_READ, x->evidence) < 0)
            return oom();
    }
    return 0;
}

size_t xxgk_total_count(const xxgk_total *t) { return t->ng; }

int xxgk_total_year(const xxgk_total *t, size_t i) { return i < t->ng ? t->g[i].year : 0; }

xxgk_format_id xxgk_total_format(const xxgk_total *t, size_t i)
{
    return i < t->ng ? t->g[i].spec->id : XXGK_FORMAT_OTHER;
}

size_t xxgk_total_reports(const xxgk_total *t, size_t i) { return i < t->ng ? t->g[i].reports : 0; }

size_t xxgk_total_member_count(const xxgk_total *t, size_t i) { return i < t->ng ? t->g[i].nm : 0; }

const xxgk_total_member *xxgk_total_member_at(const xxgk_total *t, size_t i, size_t k)
{
    return i < t->ng && k < t->g[i].nm ? &t->g[i].m[k].pub : NULL;
}

/* Whether row is a sub-row of a group that a report may print as one row (（六）其他处理). */
static int alt_sub_row(const xxgk_table_spec *ts, const xxgk_row_spec *row)
{
    return row->index >= 0 && group_row(ts, row->key);
}

/* Whether the total prints （六） as one row: some reports print it so and others not. */
static int merged(const group *g) { return g->one_row && g->sub_rows; }

/* The total's figure in column k of row (of table ts): the sum, and in *known how many
 * reports gave it, the sub-rows of （六） added into its one row when merged; in *inexact
 * whether it went past what adds exactly. */
static double cell_sum(const group *g, const xxgk_table_spec *ts, const xxgk_row_spec *row, int k,
                       size_t *known, int *inexact)
{
    size_t at = (size_t)(row->first_cell + k);
    double v = g->sum[at];
    *known = g->known[at];
    *inexact = g->inexact[at];
    for (int si = 0; merged(g) && (row->flags & XXGK_ROW_SINGLE_ALT) && si < ts->nrows; si++)
        if (alt_sub_row(ts, &ts->rows[si])) {
            size_t sat = (size_t)(ts->rows[si].first_cell + k);
            v += g->sum[sat];
            *known += g->known[sat];
            *inexact |= g->inexact[sat];
        }
    *inexact |= past_exact(v, &row->cols[k]);
    if (row->cols[k].flags & XXGK_COL_AMOUNT)
        v = round(v * AMOUNT_PLACES) / AMOUNT_PLACES;
    return v;
}

/* Whether row is printed in the total (a sub-row of （六） is not when merged). */
static int total_prints(const group *g, const xxgk_table_spec *ts, const xxgk_row_spec *row)
{
    return !(merged(g) && alt_sub_row(ts, row));
}

int xxgk_total_report(xxgk_report **out, const xxgk_total *t, size_t i, const char *name)
{
    *out = NULL;
    if (i >= t->ng)
        return err_set(XXGK_EINVAL, TR("没有第 %zu 个汇总", "there is no total %zu"), i + 1);
    const group *g = &t->g[i];
    xxgk_report *r;
    int rc = xxgk_report_new(&r, g->spec->id, name, g->year);
    if (rc < 0)
        return rc;
    r->summed = g->reports;
    r->summed_file = rep_alloc(r, g->reports * sizeof *r->summed_file);
    r->summed_agency = rep_alloc(r, g->reports * sizeof *r->summed_agency);
    for (size_t k = 0, n = 0; r->summed_file && r->summed_agency && k < g->nm; k++) {
        const xxgk_total_member *m = &g->m[k].pub;
        if (m->repeats)
            continue;
        r->summed_file[n] = rep_strndup(r, m->file, strlen(m->file));
        r->summed_agency[n++] = m->agency ? rep_strndup(r, m->agency, strlen(m->agency)) : NULL;
    }
    if (!r->summed_file || !r->summed_agency)
        r->oom = 1;
    r->name = rep_printf(r, TR("汇总：%d年（%s年格式，%zu份报告）",
                               "total: %d (%s format, %zu reports)"),
                         g->year, g->spec->name, g->reports);
    r->title = rep_printf(r, "%s%d年政府信息公开工作年度报告" SUMMED_TITLE, name ? name : "",
                          g->year);
    if (g->old_layout == g->reports)
        r->preamble = rep_printf(r, "本表由%zu份%d年度报告" SUMMED_HOW "，均使用2019年格式"
                                    "（只计入其第三、四部分）。",
                                 g->reports, g->year);
    else if (g->old_layout)
        r->preamble = rep_printf(r, "本表由%zu份%d年度报告" SUMMED_HOW "，其中%zu份使用"
                                    "%s年格式，%zu份使用2019年格式（只计入其第三、四部分）。",
                                 g->reports, g->year, g->reports - g->old_layout, g->spec->name,
                                 g->old_layout);
    else
        r->preamble = rep_printf(r, "本表由%zu份%d年度报告（%s年格式）" SUMMED_HOW "。",
                                 g->reports, g->year, g->spec->name);
    for (int ti = 0; ti < XXGK_TABLE_COUNT && rc == 0; ti++) {
        const xxgk_table_spec *ts = &g->spec->tables[ti];
        for (int ri = 0; ri < ts->nrows && rc == 0; ri++) {
            const xxgk_row_spec *row = &ts->rows[ri];
            if (!total_prints(g, ts, row))
                continue;
            for (int k = 0; k < row->ncols && rc == 0; k++) {
                size_t known;
                int inexact;
                double v = cell_sum(g, ts, row, k, &known, &inexact);
                /* a sum that cannot be exact is left null (total-too-large says so) */
                if (known && !inexact)
                    rc = xxgk_report_set_cell(r, (size_t)(row->first_cell + k), v);
            }
        }
    }
    if (rc == 0 && (!r->name || !r->title || !r->preamble || r->oom))
        rc = oom();
    if (rc < 0) {
        xxgk_report_free(r);
        return rc;
    }
    *out = r;
    return 0;
}

/* After a finding of rule `id` about the total, the reports whose own figures break it. */
static void name_broken(xbuf *b, const group *g, const char *id, int en)
{
    char word[64];
    snprintf(word, sizeof word, "%s ", id);
    size_t n = 0;
    for (size_t k = 0; k < g->nm; k++) {
        const member *m = &g->m[k];
        if (!m->broken || !strstr(m->broken, word))
            continue;
        if (n < 10)
            xbuf_printf(b, "%s%s", n ? (en ? ", " : "、")
                                     : (en ? "; so do the reports " : "；本身即不成立的报告："),
                        m->pub.file);
        n++;
    }
    if (n > 10)
        xbuf_printf(b, en ? " and %zu more" : " 等（另有 %zu 份）", n - 10);
}

static const xxgk_place nowhere = {0, 0, 0};

/* b as the evidence of a finding of rule id, then emptied (a b that ran out of memory sets
 * *failed instead: xbuf_reset would forget it). */
static void say(xxgk_findings *f, const char *id, xbuf *b, int *failed)
{
    if (b->failed)
        *failed = 1;
    else
        findings_add_at(f, xxgk_rule_find(id), &nowhere, b->data ? b->data : "");
    xbuf_reset(b);
}

typedef struct {
    unsigned long long hash;
    uint64_t digest;
    size_t k;
} by_figures;

static int cmp_figures(const void *pa, const void *pb)
{
    const by_figures *a = pa, *b = pb;
    if (a->hash != b->hash)
        return a->hash < b->hash ? -1 : 1;
    if (a->digest != b->digest)
        return a->digest < b->digest ? -1 : 1;
    return a->k < b->k ? -1 : a->k > b->k;
}

/* For each member of g counted under a name, 1 + the first counted before it with the same
 * figures under another name that the check across years takes for the same body
 * (chk_agency_alike: a district's report downloaded from its city's site too), else 0; the
 * total counts both, which should not go unsaid.  NULL when memory ran out. */
static size_t *named_alike(const group *g)
{
    size_t *of = calloc(g->nm, sizeof *of), n = 0;
    by_figures *s = malloc(g->nm * sizeof *s);
    for (size_t k = 0; of && s && k < g->nm; k++)
        if (!g->m[k].pub.repeats && g->m[k].agency_key[0])
            s[n++] = (by_figures){g->m[k].hash, g->m[k].digest, k};
    if (!of || !s) {
        free(of);
        free(s);
        return NULL;
    }
    qsort(s, n, sizeof *s, cmp_figures);
    /* (many reports may have the same figures, all zero: a batch's thousands of them are each
     * compared with the 64 before it at most, not with all) */
    for (size_t j = 1; j < n; j++)
        for (size_t i = j; i-- > 0 && j - i <= 64 && s[i].hash == s[j].hash &&
                           s[i].digest == s[j].digest;) {
            const char *a = g->m[s[i].k].agency_key, *b = g->m[s[j].k].agency_key;
            if (strcmp(a, b) != 0 && chk_agency_alike(a, b))
                of[s[j].k] = s[i].k + 1; /* (the earliest such, as i comes down) */
        }
    free(s);
    return of;
}

/* What each member of g is to the total, beyond being counted. */
static void say_members(xxgk_findings *f, const group *g, int en, xbuf *b, int *failed)
{
    size_t *alike = named_alike(g);
    if (!alike)
        *failed = 1;
    for (size_t k = 0; alike && k < g->nm; k++) {
        const member *m = &g->m[k];
        const char *who = m->pub.agency ? m->pub.agency : (en ? "agency not named" : "机关不明");
        if (m->pub.repeats && m->partial && m->pub.completed) {
            xbuf_printf(b, en ? "%s repeats %s (%s, %d, the same figures where both give one, "
                                "one lacking some): counted once (figures the other lacks taken "
                                "from it: %zu)"
                              : "%s 与 %s 同为%s %d年的报告，两份都有的数字相同（一份缺少部分"
                                "数字），只计一次；后者缺少的 %zu 个数字取自前者",
                        m->pub.file, m->pub.repeats, who, g->year, m->pub.completed);
            say(f, "total-repeated", b, failed);
            continue;
        }
        if (m->pub.repeats) { /* (the same figures; or the first, counted, lacking some) */
            xbuf_printf(b, en ? "%s repeats %s (%s, %d, the same figures%s): counted once"
                              : "%s 与 %s 同为%s %d年的报告，%s，只计一次",
                        m->pub.file, m->pub.repeats, who, g->year,
                        !m->partial ? (en ? "" : "数字相同")
                        : en        ? " where both give one, the first lacking some"
                                    : "两份都有的数字相同（前者缺少部分数字）");
            say(f, "total-repeated", b, failed);
            continue;
        }
        if (m->pub.alike) {
            xbuf_printf(b, en ? "%s and %s name no agency and have the same figures for %d: "
                                "both counted"
                              : "%s 与 %s 均未写明机关，%d年的数字相同，均已计入",
                        m->pub.file, m->pub.alike, g->year);
            say(f, "total-unnamed-alike", b, failed);
        }
        if (alike[k]) {
            const member *o = &g->m[alike[k] - 1];
            xbuf_printf(b, en ? "%s (%s) and %s (%s) have the same figures for %d, under names "
                                "that may be one agency's: both counted"
                              : "%s（%s）与 %s（%s）%d年的数字相同，两个名称可能指同一机关，"
                                "均已计入",
                        o->pub.file, o->pub.agency, m->pub.file, m->pub.agency, g->year);
            say(f, "total-named-alike", b, failed);
        }
        if (m->pub.same_agency) {
            xbuf_printf(b, en ? "%s and %s are both %s's report for %d, with other figures: "
                                "both counted"
                              : "%s 与 %s 同为%s %d年的报告，但数字不同，均已计入",
                        m->pub.file, m->pub.same_agency, who, g->year);
            say(f, "total-same-agency", b, failed);
        }
        if (m->pub.dated) {
            xbuf_printf(b, en ? "%s (%s) names its year nowhere: by its date %s, counted in %d"
                              : "%s（%s）未写明报告年度，按落款日期 %s 计入%d年",
                        m->pub.file, who, m->pub.dated, g->year);
            say(f, "total-year-dated", b, failed);
        }
        if (m->pub.old_layout) {
            xbuf_printf(b, en ? "%s (%s) uses the 2019 format: its sections 三 and 四 are counted, "
                                "not its section 二"
                              : "%s（%s）使用2019年格式：计入第三、四部分的数字，未计入第二部分",
                        m->pub.file, who);
            say(f, "total-old-layout", b, failed);
        }
        if (m->lacking_labels) {
            xbuf_printf(b,
                        !en                    ? "%s（%s）缺少 %zu 个数字：%s"
                        : m->pub.nlacking == 1 ? "%s (%s) lacks %zu figure: %s"
                                               : "%s (%s) lacks %zu figures: %s",
                        m->pub.file, who, m->pub.nlacking, m->lacking_labels);
            say(f, "total-lacking", b, failed);
        }
    }
    if (merged(g)) {
        xbuf_printf(b, en ? "%zu of %zu reports print （六）其他处理 as one row:"
                          : "%zu 份报告（共 %zu 份）的（六）其他处理只列一行：",
                    g->one_row, g->reports);
        size_t named = 0;
        for (size_t k = 0; k < g->nm && named < 10; k++)
            if (g->m[k].pub.one_row_other && !g->m[k].pub.repeats)
                xbuf_printf(b, "%s%s", named++ ? (en ? ", " : "、") : (en ? " " : ""),
                            g->m[k].pub.file);
        if (g->one_row > named)
            xbuf_printf(b, en ? " and %zu more" : " 等（另有 %zu 份）", g->one_row - named);
        say(f, "total-other-one-row", b, failed);
    }
    free(alike);
}

/* The sums of g that went past what adds exactly, left null in the total. */
static void say_too_large(xxgk_findings *f, const group *g, int en, xbuf *b, int *failed)
{
    for (int ti = 0; ti < XXGK_TABLE_COUNT; ti++) {
        const xxgk_table_spec *ts = &g->spec->tables[ti];
        for (int ri = 0; ri < ts->nrows; ri++) {
            const xxgk_row_spec *row = &ts->rows[ri];
            if (!total_prints(g, ts, row))
                continue;
            for (int k = 0; k < row->ncols; k++) {
                size_t known;
                int inexact;
                double v = cell_sum(g, ts, row, k, &known, &inexact);
                if (!known || !inexact)
                    continue;
                row_name(b, row);
                /* (the sum itself is not exact: its size, not its digits; money is added in
                 * millionths of its unit) */
                int money = (row->cols[k].flags & XXGK_COL_AMOUNT) != 0;
                xbuf_printf(b, en ? " %s: the sum (about %.2g)%s passes 2^53, past which whole "
                                    "numbers do not add exactly; left empty"
                                  : " %s：合计（约 %.2g）%s超过 2^53，整数无法精确相加，未填",
                            row->cols[k].label, v,
                            money ? (en ? " in millionths of its unit" : "按百万分之一计") : "");
                say(f, "total-too-large", b, failed);
            }
        }
    }
}

/* The inputs left out of every total. */
static void say_left_out(xxgk_findings *f, const xxgk_total *t, int en, xbuf *b, int *failed)
{
    for (size_t k = 0; k < t->nleft; k++) {
        const xxgk_total_left *l = &t->left[k];
        const char *why = l->how == XXGK_TOTAL_NOT_READ
                              ? l->why
                              : xxgk_total_left_why(l->how, en ? XXGK_LANG_EN : XXGK_LANG_ZH);
        size_t n = strlen(l->file);
        if (l->how == XXGK_TOTAL_NOT_READ && strncmp(why, l->file, n) == 0 &&
            (why[n] == ':' || strncmp(why + n, "：", strlen("：")) == 0))
            xbuf_printf(b, en ? "%s: left out" : "%s，未计入汇总", why); /* (it names the file) */
        else
            xbuf_printf(b, en ? "%s: %s: left out" : "%s：%s，未计入汇总", l->file, why);
        say(f, "total-left-out", b, failed);
    }
}

int xxgk_total_note(xxgk_report *sum, const xxgk_findings *f)
{
    size_t n = f ? xxgk_findings_count(f) : 0;
    if (!sum || n == 0)
        return 0;
    unsigned char *said = calloc(n, 1);
    xbuf b;
    xbuf_init(&b, 0);
    xbuf_puts(&b, sum->preamble ? sum->preamble : "");
    xbuf_puts(&b, xxgk_findings_lang(f) == XXGK_LANG_EN ? "\nNotes:" : "\n说明：");
    /* each rule once, in the order found, with its first few evidences: a page, not a log */
    for (size_t i = 0, k = 0; said && i < n; i++) {
        if (said[i])
            continue;
        const xxgk_finding *x = xxgk_findings_get(f, i);
        int en = xxgk_findings_lang(f) == XXGK_LANG_EN;
        xbuf_printf(&b, en ? "\n%zu. %s: " : "\n%zu. %s：", ++k, x->message);
        size_t shown = 0, more = 0;
        for (size_t j = i; j < n; j++) {
            const xxgk_finding *y = xxgk_findings_get(f, j);
            if (y->rule != x->rule)
                continue;
            said[j] = 1;
            if (shown++ < TOTAL_NOTE_SHOWN) {
                xbuf_puts(&b, shown == 1 ? "" : en ? "; " : "；");
                for (const char *e = y->evidence ? y->evidence : ""; *e; e++) /* (one line) */
                    xbuf_putc(&b, *e == '\n' ? ' ' : *e);
            } else {
                more++;
            }
        }
        if (more)
            xbuf_printf(&b, en ? " (and %zu more)" : "（另有%zu处）", more);
    }
    int rc = !said || b.failed ? oom() : 0;
    if (!rc && !(sum->preamble = rep_strndup(sum, b.data, b.len)))
        rc = oom();
    xbuf_free(&b);
    free(said);
    return rc;
}

int xxgk_total_check(xxgk_findings **out, const xxgk_total *t, size_t i, const xxgk_report *sum,
                     const xxgk_check_options *opts)
{
    *out = NULL;
    if (i >= t->ng)
        return err_set(XXGK_EINVAL, TR("没有第 %zu 个汇总", "there is no total %zu"), i + 1);
    const group *g = &t->g[i];
    int en = opts->lang == XXGK_LANG_EN;
    xxgk_findings *f = findings_new(opts->lang);
    if (!f)
        return oom();
    xbuf b;
    xbuf_init(&b, 0);
    int failed = 0;
    say_left_out(f, t, en, &b, &failed);
    say_members(f, g, en, &b, &failed);
    say_too_large(f, g, en, &b, &failed);
    /* The tables' own arithmetic, from the checker: its other rules are about a report as
     * written (sections, dates, wording), which a total is not. */
    xxgk_findings *arith = NULL;
    int rc = failed ? oom() : xxgk_check(&arith, sum, opts);
    for (size_t k = 0; rc == 0 && k < xxgk_findings_count(arith); k++) {
        const xxgk_finding *x = xxgk_findings_get(arith, k);
        if (strcmp(x->rule->category, "arithmetic") != 0)
            continue;
        xbuf_puts(&b, x->evidence);
        name_broken(&b, g, x->rule->id, en);
        /* (a sum some reports gave no figure to is partial: what breaks may be only that) */
        size_t lacking = 0;
        for (size_t m = 0; m < g->nm; m++)
            lacking += g->m[m].lacking_labels != NULL;
        if (lacking)
            xbuf_printf(&b, en ? "; %zu report(s) lack figures, so some sums are partial "
                                 "(total-lacking)"
                               : "；有 %zu 份报告缺少数字，部分汇总数不全（见 total-lacking）",
                        lacking);
        /* (the evidence without the names, rather than none) */
        findings_add_at(f, x->rule, &nowhere, b.failed ? x->evidence : b.data);
        xbuf_reset(&b);
    }
    xbuf_free(&b);
    xxgk_findings_free(arith);
    if (rc < 0) {
        xxgk_findings_free(f);
        return rc;
    }
    return findings_finish(out, f);
}

size_t xxgk_total_left_count(const xxgk_total *t) { return t->nleft; }

const xxgk_total_left *xxgk_total_left_at(const xxgk_total *t, size_t k)
{
    return k < t->nleft ? &t->left[k] : NULL;
}
