/*
 * xxgk-bench-gen: writes a reproducible corpus of synthetic annual reports in every text layout
 * the reader supports (tabs, one cell per line, pdftotext -layout, Markdown, tables drawn in box
 * characters) for the benchmark.
 * `--verify` reads the corpus back through the library and compares every figure and finding.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "xxgk/xxgk.h"

#define MAXCELLS 256

enum { L_TABS, L_CELLS, L_SPACES, L_MARKDOWN, L_BOXED, L_COUNT };
static const char *const layout_name[L_COUNT] = {"tabs", "cells", "spaces", "markdown", "boxed"};

/* ---- PRNG: xorshift64, seeded through splitmix64 so nearby seeds diverge ---- */

typedef struct {
    uint64_t s;
} rng;

static uint64_t splitmix(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

static rng rng_seed(uint64_t seed)
{
    rng r = {splitmix(seed)};
    if (!r.s)
        r.s = 1;
    return r;
}

static int rnd(rng *r, int n)
{
    r->s ^= r->s << 13;
    r->s ^= r->s >> 7;
    r->s ^= r->s << 17;
    return n <= 1 ? 0 : (int)((r->s >> 11) % (uint64_t)n);
}

static int chance(rng *r, int percent) { return rnd(r, 100) < percent; }

/* ---- the model: what one report says, independent of its layout ---- */

typedef struct {
    int index, layout, year, day;
    const xxgk_format_spec *spec;
    char agency[128];
    double v[MAXCELLS];
    unsigned char absent[MAXCELLS]; /* cells the report does not print (2021 （六） group) */
    const char *broken;             /* the arithmetic rule deliberately broken, or NULL */
    uint64_t render_seed;
} model;

static const char *const places[] = {
    "北京市朝阳区", "上海市浦东新区", "广州市天河区", "杭州市西湖区", "南京市鼓楼区",
    "成都市武侯区", "武汉市江岸区",   "西安市雁塔区", "长沙市岳麓区", "郑州市金水区",
    "济南市历下区", "合肥市蜀山区",   "福州市鼓楼区", "昆明市五华区", "南宁市青秀区",
    "淮安市洪泽区", "吴忠市利通区",   "西宁市城东区", "大连市中山区", "苏州市吴中区",
    "宁波市鄞州区", "青岛市崂山区",   "厦门市思明区", "太原市小店区", "兰州市城关区",
};
static const char *const departments[] = {
    "人民政府",       "人民政府办公室", "发展和改革局",   "教育局",         "公安分局",
    "民政局",         "司法局",         "财政局",         "人力资源和社会保障局",
    "自然资源和规划局", "生态环境分局", "住房和城乡建设局", "交通运输局",     "水务局",
    "农业农村局",     "商务局",         "文化和旅游局",   "卫生健康委员会", "应急管理局",
    "市场监督管理局", "统计局",         "医疗保障局",     "城市管理局",     "数据资源管理局",
};
#define NELEM(a) ((int)(sizeof(a) / sizeof((a)[0])))

static const xxgk_row_spec *row_of(const xxgk_table_spec *t, const char *key, int index)
{
    for (int i = 0; i < t->nrows; i++)
        if (strcmp(t->rows[i].key, key) == 0 && t->rows[i].index == index)
            return &t->rows[i];
    return NULL;
}

static double *cells(model *m, int table, const char *key, int index)
{
    return &m->v[row_of(&m->spec->tables[table], key, index)->first_cell];
}

static int weight_of(const char *key)
{
    static const struct {
        const char *key;
        int w;
    } w[] = {{"granted", 10}, {"partly", 3},  {"unable", 4},
             {"not_processed", 2}, {"withheld", 1}, {"other", 1}};
    for (int i = 0; i < NELEM(w); i++)
        if (strcmp(w[i].key, key) == 0)
            return w[i].w;
    return 1;
}

/* Section 三: draw the outcomes, then derive totals and 一、本年新收 so the table balances. */
static void gen_requests(model *m, rng *r)
{
    static const int colw[6] = {10, 4, 1, 1, 2, 2};
    static const int scales[4] = {0, 3, 12, 60};
    const xxgk_table_spec *t = &m->spec->tables[XXGK_TABLE_REQUESTS];
    int s = rnd(r, 100), scale = scales[s < 15 ? 0 : s < 60 ? 1 : s < 85 ? 2 : 3];
    double tot[7] = {0};
    for (int i = 0; i < t->nrows; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        if (!(row->flags & XXGK_ROW_OUTCOME))
            continue;
        if (row->flags & XXGK_ROW_GROUP) { /* printed as a group label: no figures */
            memset(&m->absent[row->first_cell], 1, (size_t)row->ncols);
            continue;
        }
        double *v = &m->v[row->first_cell];
        int w = weight_of(row->key);
        v[6] = 0;
        for (int c = 0; c < 6; c++) {
            int p = scale ? w * colw[c] : 0;
            v[c] = chance(r, p > 90 ? 90 : p) ? 1 + rnd(r, 1 + scale * w * colw[c] / 40) : 0;
            v[6] += v[c];
        }
        for (int c = 0; c < 7; c++)
            tot[c] += v[c];
    }
    double *total = cells(m, XXGK_TABLE_REQUESTS, "total", -1);
    double *out = cells(m, XXGK_TABLE_REQUESTS, "carried_out", -1);
    double *in = cells(m, XXGK_TABLE_REQUESTS, "carried_in", -1);
    double *nw = cells(m, XXGK_TABLE_REQUESTS, "new", -1);
    memcpy(total, tot, sizeof tot);
    out[6] = in[6] = nw[6] = 0;
    for (int c = 0; c < 6; c++) {
        out[c] = scale && chance(r, 25 * colw[c] / 10) ? 1 + rnd(r, 1 + scale / 6) : 0;
        int most = (int)(tot[c] + out[c]), cap = 1 + scale / 5;
        in[c] = most > 0 && chance(r, 30) ? rnd(r, (most < cap ? most : cap) + 1) : 0;
        nw[c] = tot[c] + out[c] - in[c];
        out[6] += out[c];
        in[6] += in[c];
        nw[6] += nw[c];
    }
}

static void gen_review(model *m, rng *r)
{
    const xxgk_table_spec *t = &m->spec->tables[XXGK_TABLE_REVIEW];
    int p = chance(r, 70) ? 4 : 35;
    for (int i = 0; i < t->nrows; i++) {
        double *v = &m->v[t->rows[i].first_cell];
        v[4] = 0;
        for (int c = 0; c < 4; c++) {
            v[c] = chance(r, p) ? rnd(r, 4) : 0;
            v[4] += v[c];
        }
    }
}

/* Section 二: plausible magnitudes per row; money in 万元 with two decimals. */
static void gen_active(model *m, rng *r)
{
    static const struct {
        const char *key;
        int mag;
    } mags[] = {{"regs", 3},       {"normative", 30}, {"licensing", 5000},
                {"penalty", 3000}, {"coercion", 150}, {"other_services", 300},
                {"fees", 40},      {"procurement", 60}};
    const xxgk_table_spec *t = &m->spec->tables[XXGK_TABLE_ACTIVE];
    for (int i = 0; i < t->nrows; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        int mag = 20;
        for (int k = 0; k < NELEM(mags); k++)
            if (strcmp(mags[k].key, row->key) == 0)
                mag = mags[k].mag;
        double *v = &m->v[row->first_cell];
        for (int c = 0; c < row->ncols; c++) {
            unsigned f = row->cols[c].flags;
            if (f & XXGK_COL_AMOUNT)
                v[c] = chance(r, 40) ? rnd(r, 300000) / 100.0 : 0;
            else if (f & XXGK_COL_SIGNED)
                v[c] = chance(r, 40) ? rnd(r, 11) - 5 : 0;
            else
                v[c] = chance(r, 65) ? rnd(r, mag + 1) : 0;
        }
        /* 现行有效件数 / 对外公开总数量 include this year's documents */
        if (row->ncols == 3 && !(row->cols[1].flags & XXGK_COL_SIGNED)) {
            v[1] = chance(r, 30) ? rnd(r, mag / 4 + 1) : 0;
            v[2] += v[0];
        }
    }
}

/* Break one arithmetic rule, adjusting the other figures so that only that rule fails. */
static void break_rule(model *m, rng *r)
{
    static const char *const rule[4] = {"arith-row-total", "arith-outcomes", "arith-balance",
                                        "arith-review-total"};
    int k = rnd(r, 4), c = rnd(r, 6), d = 1 + rnd(r, 3);
    double *nw = cells(m, XXGK_TABLE_REQUESTS, "new", -1);
    double *total = cells(m, XXGK_TABLE_REQUESTS, "total", -1);
    double *out = cells(m, XXGK_TABLE_REQUESTS, "carried_out", -1);
    m->broken = rule[k];
    switch (k) {
    case 0: /* both totals off by d: the balance of column 总计 still holds */
        nw[6] += d;
        out[6] += d;
        break;
    case 1:
        total[c] += d;
        total[6] += d;
        nw[c] += d;
        nw[6] += d;
        break;
    case 2:
        out[c] += d;
        out[6] += d;
        break;
    default:
        m->v[m->spec->tables[XXGK_TABLE_REVIEW].rows[rnd(r, 3)].first_cell + 4] += d;
        break;
    }
}

static void make_model(model *m, uint64_t seed, int index)
{
    memset(m, 0, sizeof *m);
    rng r = rng_seed(seed ^ splitmix((uint64_t)index + 1));
    m->index = index;
    m->layout = index % L_COUNT;
    int f2019 = chance(&r, 15);
    m->spec = xxgk_format_get(f2019 ? XXGK_FORMAT_2019 : XXGK_FORMAT_2021);
    m->year = f2019 ? 2019 + rnd(&r, 2) : 2021 + rnd(&r, 4);
    m->day = 8 + rnd(&r, 21);
    snprintf(m->agency, sizeof m->agency, "%s%s", places[rnd(&r, NELEM(places))],
             departments[rnd(&r, NELEM(departments))]);
    gen_active(m, &r);
    gen_requests(m, &r);
    gen_review(m, &r);
    if (chance(&r, 10))
        break_rule(m, &r);
    m->render_seed = splitmix(r.s);
}

/* ---- output buffer ---- */

typedef struct {
    char *p;
    size_t n, cap;
} sbuf;

static void sb_put(sbuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 16384;
        while (cap < b->n + n + 1)
            cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p) {
            fprintf(stderr, "xxgk-bench-gen: out of memory\n");
            exit(2);
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

static void sb_puts(sbuf *b, const char *s) { sb_put(b, s, strlen(s)); }

__attribute__((format(printf, 2, 3))) static void sb_printf(sbuf *b, const char *fmt, ...)
{
    char tmp[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n > 0)
        sb_put(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

static void sb_spaces(sbuf *b, int n)
{
    while (n-- > 0)
        sb_put(b, " ", 1);
}

/* Display width as pdftotext lays it out: CJK and full-width forms take two columns. */
static int width_of(const char *s)
{
    int w = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (*p < 0x80)
            w++;
        else if (*p >= 0xC0)
            w += *p >= 0xE0 ? 2 : 1;
    return w;
}

/* Byte length of the first n code points of s. */
static size_t prefix_bytes(const char *s, int n)
{
    const char *p = s;
    while (*p && n > 0) {
        p++;
        while ((*p & 0xC0) == 0x80)
            p++;
        n--;
    }
    return (size_t)(p - s);
}

/* Chinese typesetting never starts a line with closing punctuation (kinsoku). */
static int closing_punct(const char *s)
{
    static const char *const p[] = {"，", "。", "、", "；", "：", "）", "”", "》"};
    for (int i = 0; i < NELEM(p); i++)
        if (strncmp(s, p[i], strlen(p[i])) == 0)
            return 1;
    return 0;
}

/* ---- narrative ---- */

typedef struct {
    const char *title;
    const char *const *pool;
    int n;
} subsection;

static const char *const s_active[] = {
    "全年通过政府门户网站主动公开政府信息#条，其中政策文件、通知公告等#条。",
    "围绕重点领域信息公开要求，及时发布财政预决算、重大建设项目、公共资源配置等信息#条。",
    "做好政策解读工作，采取图文、视频、专家解读等方式发布解读材料#篇。",
    "通过政务新媒体发布工作动态#条，累计阅读量#人次。",
    "及时更新机构职能、领导分工、办事指南等基础信息，确保公开内容准确、完整、规范。",
    "组织召开新闻发布会#场，围绕群众关心关注的热点问题回应社会关切#次。",
    "全面梳理本机关制发的规范性文件，在政府网站集中公开并动态更新，方便群众查阅。",
    "按要求在政府信息公开专栏公开权责清单、“双随机、一公开”抽查结果等信息。",
};
static const char *const s_apply[] = {
    "进一步规范依申请公开办理流程，严格落实登记、审核、办理、答复、归档等环节要求。",
    "加强与申请人的沟通，对申请内容不明确的，及时一次性告知需要补正的事项和合理的补正期限。",
    "建立依申请公开会商机制，对疑难复杂的申请组织法律顾问共同研判，降低答复风险。",
    "严格执行答复文书模板，答复文书的规范性和说理性进一步增强。",
};
static const char *const s_manage[] = {
    "严格落实保密审查制度，坚持“先审查、后公开”和“一事一审”原则，全年未发生失泄密事件。",
    "落实“三审三校”制度，加强信息发布前的内容审核，确保发布的信息准确规范。",
    "定期开展政府信息公开内容自查，对过时、失效的信息及时调整或撤除。",
    "动态调整政府信息公开目录，完善主动公开基本目录#项。",
    "加强公文公开属性源头认定，在拟文阶段明确公开方式，做到应公开尽公开。",
};
static const char *const s_platform[] = {
    "持续优化政府网站信息公开专栏，调整完善栏目设置#个，提升栏目内容的规范性和完整性。",
    "加强政务新媒体规范管理，开展常态化巡查检查#次，确保平台安全平稳运行。",
    "依托政务服务大厅设置政府信息公开查阅点，为群众提供查询、咨询等便民服务。",
    "完善网站智能检索功能，提升信息查找的便捷性和精准度。",
};
static const char *const s_guard[] = {
    "调整充实政务公开工作领导小组，形成主要领导亲自抓、分管领导具体抓的工作格局。",
    "组织开展政务公开业务培训#次，参训人员#人次，进一步提升工作人员的业务能力。",
    "将政务公开工作纳入年度绩效考核，强化考核结果运用，压实工作责任。",
    "主动接受社会监督，全年未发生因政府信息公开工作引发的责任追究情况。",
};
static const char *const s_problems[] = {
    "政策解读形式还不够丰富，解读的针对性和可读性有待增强",
    "部分栏目信息更新不够及时，公开内容的全面性有待提升",
    "工作人员业务能力有待进一步加强，对新要求的学习领会还不够深入",
    "依申请公开答复的说理性还需加强，疑难申请的研判能力不足",
    "政务新媒体运维管理还需加强，互动回应的时效性有待提高",
};
static const char *const s_plans[] = {
    "丰富政策解读形式，多运用图表图解、音频视频等方式开展解读",
    "加强栏目日常维护，建立信息更新台账，确保信息发布及时准确",
    "定期组织业务培训，提升工作人员的政策水平和业务能力",
    "规范依申请公开办理，完善答复文书模板，提高答复质量",
    "强化政务新媒体管理，落实信息发布审核制度",
};

static const char *const cn_num[] = {"一", "二", "三", "四", "五", "六"};

/* Copy a sentence template, replacing each '#' by a figure. */
static void fill(sbuf *b, rng *r, const char *tmpl, int digits_spaced)
{
    for (const char *p = tmpl; *p; p++) {
        if (*p != '#') {
            sb_put(b, p, 1);
            continue;
        }
        /* pdftotext puts spaces around figures set in a Latin font */
        sb_printf(b, digits_spaced ? " %d " : "%d", 1 + rnd(r, 900));
    }
}

/* Pick k distinct sentences from a pool, in pool order. */
static void pick(sbuf *b, rng *r, const char *const *pool, int n, int k, int sp)
{
    for (int i = 0; i < n && k > 0; i++)
        if (rnd(r, n - i) < k) {
            fill(b, r, pool[i], sp);
            k--;
        }
}

/* ---- rendering ---- */

typedef struct {
    sbuf *b;
    rng r;
    const model *m;
    int blank_zeros; /* print 0 as an empty cell in applicant columns */
    int grid;        /* tabs: a full grid of label columns instead of Word's merged cells */
    int thousands;   /* 1,234 */
    int md_heads;    /* "## " headings in a tab-separated report */
    int lines;       /* lines written, for page numbers in PDF text */
    int page;        /* last page number printed */
    int box_w[15];   /* boxed: the table's column widths, in display columns */
    int box_n;       /* ... how many; 0 before the table's first row */
    size_t box_rule; /* ... where the rule under its last row begins in the text */
} render;

static void line_end(render *x)
{
    sb_puts(x->b, "\n");
    if (x->m->layout == L_SPACES && ++x->lines % 46 == 0) {
        sb_spaces(x->b, 30 + rnd(&x->r, 6));
        sb_printf(x->b, "-%d-\n", ++x->page);
    }
}

static void fmt_num(const render *x, char *out, size_t cap, double v, unsigned flags)
{
    if (flags & XXGK_COL_AMOUNT) {
        snprintf(out, cap, "%.2f", v);
        size_t n = strlen(out);
        while (out[n - 1] == '0')
            out[--n] = '\0';
        if (out[n - 1] == '.')
            out[n - 1] = '\0';
    } else if (x->thousands && v >= 1000) {
        long l = (long)v;
        snprintf(out, cap, "%ld,%03ld", l / 1000, l % 1000);
    } else {
        snprintf(out, cap, "%ld", (long)v);
    }
}

static void heading(render *x, int n, const char *title)
{
    int L = x->m->layout;
    if (L == L_SPACES) {
        sb_spaces(x->b, 2 + rnd(&x->r, 4));
    } else if (L == L_MARKDOWN || (L == L_TABS && x->md_heads)) {
        sb_puts(x->b, "## ");
    } else if (L == L_CELLS && chance(&x->r, 50)) {
        sb_puts(x->b, "    ");
    }
    sb_printf(x->b, "%s、%s", cn_num[n - 1], title);
    line_end(x);
    if (L != L_SPACES)
        sb_puts(x->b, "\n");
}

/* A paragraph: one line in Word and Markdown exports, hard-wrapped in PDF text. */
static void paragraph(render *x, const char *text)
{
    if (x->m->layout != L_SPACES) {
        if (x->m->layout == L_CELLS)
            sb_puts(x->b, "    ");
        sb_puts(x->b, text);
        sb_puts(x->b, "\n\n");
        return;
    }
    int width = 31 + rnd(&x->r, 4), first = 1;
    const char *p = text;
    while (*p) {
        int room = width - (first ? 2 : 0), w = 0; /* in CJK characters; w in columns */
        const char *q = p;
        while (*q) {
            size_t k = prefix_bytes(q, 1);
            w += (unsigned char)*q >= 0xE0 ? 2 : 1;
            if (w > room * 2)
                break;
            q += k;
        }
        while (*q && closing_punct(q))
            q += prefix_bytes(q, 1);
        /* never start a line with "一、": a wrapped sentence must not look like a heading */
        if (*q && strncmp(q + prefix_bytes(q, 1), "、", 3) == 0)
            q += prefix_bytes(q, 1);
        if (first)
            sb_spaces(x->b, 2);
        sb_put(x->b, p, (size_t)(q - p));
        line_end(x);
        p = q;
        first = 0;
    }
}

/* Display width of s[0..n) as a text browser draws it: Chinese characters two columns, box
 * lines and quotation marks (East Asian ambiguous width, U+2000-U+2FFF) one. */
static int box_width(const char *s, size_t n)
{
    int w = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char b = (unsigned char)s[i];
        if (b < 0x80)
            w++;
        else if (b >= 0xC0)
            w += b >= 0xE3 ? 2 : 1;
    }
    return w;
}

/* A rule across the table: left, middle and right joints, "─" between. */
static void box_rule(render *x, const char *left, const char *mid, const char *right)
{
    for (int i = 0; i < x->box_n; i++) {
        sb_puts(x->b, i ? mid : left);
        for (int k = 0; k < x->box_w[i]; k++)
            sb_puts(x->b, "─");
    }
    sb_puts(x->b, right);
    sb_puts(x->b, "\n");
}

/* A table drawn in box characters (w3m -dump of a page): starts with the widths of its n
 * columns. */
static void box_begin(render *x, const int *w, int n)
{
    memcpy(x->box_w, w, (size_t)n * sizeof *w);
    x->box_n = n;
    box_rule(x, "┌", "┬", "┐");
}

/* A row: each cell's text wrapped to its column, a space either side, then the rule under it. */
static void box_row(render *x, const char *const *c, int n)
{
    const char *at[15];
    for (int i = 0; i < x->box_n; i++)
        at[i] = i < n ? c[i] : "";
    for (int more = 1; more;) {
        more = 0;
        for (int i = 0; i < x->box_n; i++) {
            const char *s = at[i];
            size_t len = 0;
            int room = x->box_w[i] - 2, w = 0;
            while (s[len]) {
                size_t k = prefix_bytes(s + len, 1);
                int cw = box_width(s + len, k);
                if (w + cw > room)
                    break;
                w += cw;
                len += k;
            }
            sb_puts(x->b, "│ ");
            sb_put(x->b, s, len);
            sb_spaces(x->b, room - w + 1);
            at[i] = s + len;
            more |= *at[i] != '\0';
        }
        sb_puts(x->b, "│\n");
    }
    x->box_rule = x->b->n;
    box_rule(x, "├", "┼", "┤");
}

/* The table's last rule, drawn as its bottom. */
static void box_end(render *x)
{
    x->b->n = x->box_rule;
    box_rule(x, "└", "┴", "┘");
    sb_puts(x->b, "\n");
    x->box_n = 0;
}

/* A row of cells in the layout's table syntax (not used for PDF text). */
static void row_cells(render *x, const char *const *c, int n)
{
    int L = x->m->layout;
    if (L == L_BOXED) {
        box_row(x, c, n);
        return;
    }
    for (int i = 0; i < n; i++) {
        if (L == L_TABS) {
            sb_printf(x->b, "%s%s", i ? "\t" : "", c[i]);
        } else if (L == L_MARKDOWN) {
            sb_printf(x->b, "%s %s ", i ? "" : "|", c[i]);
            sb_puts(x->b, "|");
        } else { /* one cell per line; long header labels wrap inside their cell */
            const char *s = c[i];
            int chars = width_of(s) / 2;
            sb_puts(x->b, "\t");
            if (s[0] && (s[0] & 0x80) && chars >= 6 && chars <= 8 && chance(&x->r, 50)) {
                size_t k = prefix_bytes(s, 3);
                sb_put(x->b, s, k);
                sb_printf(x->b, "\n%s", s + k);
            } else {
                if (s[0] >= '0' && s[0] <= '9' && chance(&x->r, 15))
                    sb_puts(x->b, " "); /* Word keeps stray spaces around figures */
                sb_puts(x->b, s);
            }
            sb_puts(x->b, "\n");
        }
    }
    sb_puts(x->b, "\n"); /* ends the row; in Word's export, the empty line that ends it */
}

static void md_separator(render *x, int n)
{
    sb_puts(x->b, "|");
    for (int i = 0; i < n; i++)
        sb_puts(x->b, " --- |");
    sb_puts(x->b, "\n");
}

/* A PDF text row: label at its indent, then figures centred in columns of `step` characters
 * from column `at`, as pdftotext -layout places the cells of a table. */
static void pdf_row(render *x, int indent, const char *label, const char *const *v, int nv, int at,
                    int step)
{
    sb_spaces(x->b, indent);
    sb_puts(x->b, label);
    int col = indent + width_of(label);
    for (int i = 0; i < nv; i++) {
        int len = (int)strlen(v[i]);
        int pad = at + i * step + (step - len) / 2 - col;
        int least = i == 0 && *label ? 2 : 1;
        pad = pad < least ? least : pad;
        sb_spaces(x->b, pad);
        sb_puts(x->b, v[i]);
        col += pad + len;
    }
    line_end(x);
}

static void table_active(render *x)
{
    const xxgk_table_spec *t = &x->m->spec->tables[XXGK_TABLE_ACTIVE];
    int L = x->m->layout;
    const char *caption = NULL;
    char num[8][32];
    int at = 16 + rnd(&x->r, 6), step = 12 + rnd(&x->r, 4);
    if (L == L_BOXED)
        box_begin(x, (const int[]){20, 12, 12, 12}, 4);
    for (int i = 0; i < t->nrows; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        const char *c[4] = {"", "", "", ""};
        if (!caption || strcmp(caption, row->caption) != 0) {
            caption = row->caption;
            const char *h[4] = {"信息内容", "", "", ""};
            for (int k = 0; k < row->ncols; k++)
                h[k + 1] = row->cols[k].label;
            if (L == L_SPACES) {
                sb_spaces(x->b, 14 + rnd(&x->r, 20));
                sb_puts(x->b, caption);
                line_end(x);
                line_end(x);
                sb_spaces(x->b, 4);
                sb_puts(x->b, h[0]);
                int col = 4 + width_of(h[0]);
                for (int k = 1; k <= row->ncols; k++) { /* headers centred over their figures */
                    int w = width_of(h[k]), pad = at + (k - 1) * step + (step - w) / 2 - col;
                    pad = pad < 2 ? 2 : pad;
                    sb_spaces(x->b, pad);
                    sb_puts(x->b, h[k]);
                    col += pad + w;
                }
                line_end(x);
                line_end(x);
            } else {
                c[0] = caption;
                row_cells(x, c, 4);
                if (L == L_MARKDOWN && i == 0) /* one table: one separator */
                    md_separator(x, 4);
                row_cells(x, h, 4);
            }
        }
        const double *v = &x->m->v[row->first_cell];
        c[0] = row->label;
        for (int k = 0; k < row->ncols; k++) {
            fmt_num(x, num[k], sizeof num[k], v[k], row->cols[k].flags);
            c[k + 1] = num[k];
        }
        if (L == L_SPACES) {
            pdf_row(x, 0, row->label, c + 1, row->ncols, at, step);
            if (chance(&x->r, 70))
                line_end(x);
        } else {
            for (int k = row->ncols + 1; k < 4; k++)
                c[k] = "";
            row_cells(x, c, 4);
        }
    }
    if (L == L_BOXED)
        box_end(x);
    if (L != L_SPACES)
        sb_puts(x->b, "\n");
}

/* The row a caption names, to find how deep a row sits under 三、本年度办理结果. */
static int depth_of(const xxgk_table_spec *t, const xxgk_row_spec *row)
{
    if (!row->caption)
        return 0;
    for (int i = 0; i < t->nrows; i++)
        if (t->rows[i].index < 0 && strcmp(t->rows[i].label, row->caption) == 0)
            return depth_of(t, &t->rows[i]) + 1;
    return 1;
}

/* Where a label too long for its PDF table cell wraps (0: it fits).  After 19 characters the
 * first part of every long official label still names its row, as in real reports. */
static int pdf_wrap_at(const char *label)
{
    return width_of(label) > 38 ? 19 : 0;
}

static const char *const req_head[3][10] = {
    {"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "",
     "申请人情况", "", "", "", "", "", ""},
    {"", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"},
    {"", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""},
};

static void req_header(render *x)
{
    int L = x->m->layout;
    if (L == L_SPACES) {
        static const char *const lines[] = {
            "                                                    申请人情况",
            "",
            "                                            法人或其他组织",
            "（本列数据的勾稽关系为：第一项加第二项之和，等",
            "于第三项加第四项之和）",
            "                                自然人         社会 法律                   总计",
            "                                      商业 科研",
            "                                            公益 服务 其他",
            "                                      企业 机构",
            "                                            组织 机构",
            "",
        };
        for (int i = 0; i < NELEM(lines); i++) {
            sb_puts(x->b, lines[i]);
            line_end(x);
        }
        return;
    }
    for (int i = 0; i < 3; i++) {
        if (L == L_TABS && !x->grid) { /* Word drops the empty label cells of merged ones */
            row_cells(x, req_head[i] + (i == 0 ? 0 : 1), i == 0 ? 10 : 9);
        } else {
            row_cells(x, req_head[i], 10);
        }
        if (L == L_MARKDOWN && i == 0)
            md_separator(x, 10);
    }
}

static void table_requests(render *x)
{
    const xxgk_table_spec *t = &x->m->spec->tables[XXGK_TABLE_REQUESTS];
    int L = x->m->layout;
    const char *pend[3] = {NULL, NULL, NULL};
    int pend_rows[3] = {0, 0, 0}, seen[3] = {0, 0, 0};
    int placeholder = chance(&x->r, 50), result_line = chance(&x->r, 50);
    int at = 58 + rnd(&x->r, 6), step = 5 + rnd(&x->r, 2);
    char num[7][32];
    if (L == L_BOXED)
        box_begin(x, (const int[]){10, 10, 26, 8, 8, 8, 8, 8, 8, 8}, 10);
    req_header(x);
    for (int i = 0; i < t->nrows; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        int d = depth_of(t, row);
        if (row->ncols == 0 || (row->flags & XXGK_ROW_GROUP)) {
            /* a group label: printed with its first (Word) or middle (PDF) sub-row */
            pend[d] = row->label;
            seen[d] = 0;
            pend_rows[d] = 0;
            for (int k = i + 1; k < t->nrows && depth_of(t, &t->rows[k]) > d; k++)
                pend_rows[d] += depth_of(t, &t->rows[k]) == d + 1;
            if (L == L_SPACES && d == 0) { /* pdftotext spaces out a tall merged cell */
                sb_spaces(x->b, 1);
                sb_puts(x->b, result_line ? "三 、本 年 度办 理 结果" : row->label);
                line_end(x);
            }
            continue;
        }
        const double *v = &x->m->v[row->first_cell];
        const char *vals[7];
        for (int k = 0; k < 7; k++) {
            fmt_num(x, num[k], sizeof num[k], v[k], 0);
            vals[k] = k < 6 && v[k] == 0 && x->blank_zeros && L != L_SPACES ? "" : num[k];
        }
        if (L == L_SPACES) {
            const char *group = NULL;
            if (d == 2 && pend[1]) {
                int mid = pend_rows[1] / 2;
                if (pend_rows[1] % 2 == 0 && seen[1] == mid) { /* between two rows: own line */
                    sb_spaces(x->b, 5);
                    sb_puts(x->b, pend[1]);
                    line_end(x);
                    pend[1] = NULL;
                } else if (seen[1] == mid) {
                    group = pend[1];
                    pend[1] = NULL;
                }
                seen[1]++;
            }
            char label[512];
            snprintf(label, sizeof label, "%s%s%s", group ? group : "", group ? "   " : "",
                     row->label);
            int indent = d == 0 ? 0 : d == 1 ? 18 : group ? 5 : 28;
            int wrap = pdf_wrap_at(row->label);
            if (!wrap) {
                pdf_row(x, indent, label, vals, 7, at, step);
                continue;
            }
            size_t cut = strlen(label) - strlen(row->label) + prefix_bytes(row->label, wrap);
            while (closing_punct(label + cut))
                cut += prefix_bytes(label + cut, 1);
            sb_spaces(x->b, indent);
            sb_put(x->b, label, cut);
            line_end(x);
            int cont = indent + (group ? width_of(group) + 3 : 0);
            if (chance(&x->r, 50)) { /* the tail and the figures on the continuation line */
                pdf_row(x, cont, label + cut, vals, 7, at, step);
            } else { /* the tail alone, the figures on a line of their own */
                sb_spaces(x->b, cont);
                sb_puts(x->b, label + cut);
                line_end(x);
                pdf_row(x, 0, "", vals, 7, at, step);
            }
            continue;
        }
        const char *c[10];
        int n = 0;
        if (L == L_MARKDOWN || L == L_BOXED || x->grid) { /* three label columns, always */
            for (int k = 0; k < 3; k++)
                c[n++] = k == d ? row->label : k < d && pend[k] ? pend[k] : "";
        } else {
            for (int k = 0; k < d; k++)
                c[n++] = pend[k] ? pend[k] : "";
            c[n++] = row->label;
            if (d == 0 && placeholder)
                c[n++] = "";
        }
        for (int k = 0; k < d; k++)
            pend[k] = NULL;
        for (int k = 0; k < 7; k++)
            c[n++] = vals[k];
        row_cells(x, c, n);
    }
    if (L == L_BOXED)
        box_end(x);
    if (L != L_SPACES)
        sb_puts(x->b, "\n");
}

static void table_review(render *x)
{
    static const char *const res[5] = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
    const xxgk_table_spec *t = &x->m->spec->tables[XXGK_TABLE_REVIEW];
    int L = x->m->layout;
    char num[15][32];
    const char *v[15];
    for (int i = 0; i < 15; i++) {
        fmt_num(x, num[i], sizeof num[i], x->m->v[t->first_cell + i], 0);
        v[i] = num[i];
    }
    if (L == L_SPACES) {
        static const char *const lines[] = {
            "          行政复议                              行政诉讼",
            "",
            "                              未经复议直接起诉                  复议后起诉",
            "",
            "结果   结果     其他   尚未",
            "                    总 计 结果 结果 其他 尚未     结果 结果 其他 尚未",
            "维持   纠正     结果   审结                                               总计",
            "                                    总 计",
            "                        维持 纠正 结果 审结     维持 纠正 结果 审结",
            "",
        };
        for (int i = 0; i < NELEM(lines); i++) {
            sb_puts(x->b, lines[i]);
            line_end(x);
        }
        pdf_row(x, 0, "", v, 15, 1, 5);
        line_end(x);
        return;
    }
    const char *h[3][15];
    for (int i = 0; i < 15; i++) {
        h[0][i] = i == 0 ? "行政复议" : i == 5 ? "行政诉讼" : "";
        h[1][i] = i < 5 ? res[i] : i == 5 ? "未经复议直接起诉" : i == 10 ? "复议后起诉" : "";
        h[2][i] = i < 5 ? "" : res[i % 5];
    }
    if (L == L_BOXED)
        box_begin(x, (const int[]){8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8}, 15);
    for (int i = 0; i < 3; i++) {
        row_cells(x, h[i], 15);
        if (L == L_MARKDOWN && i == 0)
            md_separator(x, 15);
    }
    row_cells(x, v, 15);
    if (L == L_BOXED)
        box_end(x);
    sb_puts(x->b, "\n");
}

static void render_report(sbuf *b, const model *m)
{
    render x = {.b = b, .r = rng_seed(m->render_seed), .m = m};
    int L = m->layout, sp = L == L_SPACES;
    x.blank_zeros = (L == L_TABS || L == L_CELLS) && chance(&x.r, 30);
    x.grid = L == L_TABS && chance(&x.r, 40);
    x.thousands = L != L_SPACES && chance(&x.r, 20);
    x.md_heads = L == L_TABS && chance(&x.r, 25);
    rng *r = &x.r;
    sbuf p = {0};
    const char *notice = m->spec->id == XXGK_FORMAT_2021 ? "〔2021〕30号" : "〔2019〕60号";
    const xxgk_table_spec *req = &m->spec->tables[XXGK_TABLE_REQUESTS];
    const xxgk_table_spec *rev = &m->spec->tables[XXGK_TABLE_REVIEW];
    double nw = m->v[row_of(req, "new", -1)->first_cell + 6];
    double in = m->v[row_of(req, "carried_in", -1)->first_cell + 6];
    double done = m->v[row_of(req, "total", -1)->first_cell + 6];
    double out = m->v[row_of(req, "carried_out", -1)->first_cell + 6];
    double rec = m->v[rev->rows[0].first_cell + 4];
    double lit = m->v[rev->rows[1].first_cell + 4] + m->v[rev->rows[2].first_cell + 4];

    /* title */
    if (L == L_SPACES) {
        sb_spaces(b, 9);
        sb_puts(b, m->agency);
        line_end(&x);
        sb_spaces(b, 4);
        sb_printf(b, "%d 年政府信息公开工作年度报告", m->year);
        line_end(&x);
        line_end(&x);
    } else {
        const char *gap = chance(r, 20) ? " " : ""; /* "某某局 2024 年..." as some sites print */
        sb_printf(b, "%s%s%s%d%s年%s政府信息公开工作年度报告\n\n", L == L_MARKDOWN ? "# " : "",
                  m->agency, gap, m->year, gap, chance(r, 20) ? "度" : "");
    }
    sb_printf(&p,
              "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府"
              "信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》"
              "（国办公开办函%s）要求编制。本报告中所列数据的统计期限自%d年1月1日起至%d年12月31日"
              "止。如对本报告有疑问，请与%s办公室联系（电话：0%d-%d）。",
              notice, m->year, m->year, m->agency, 100 + rnd(r, 900), 6000000 + rnd(r, 3999999));
    paragraph(&x, p.p);

    heading(&x, 1, "总体情况");
    p.n = 0;
    sb_printf(&p,
              "%d年，%s坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党中央、国务院关于"
              "全面推进政务公开工作的决策部署，严格执行《条例》，围绕中心工作持续深化政务公开，"
              "不断提升政府信息公开工作质量和实效。",
              m->year, m->agency);
    paragraph(&x, p.p);
    static const subsection subs[5] = {
        {"（一）主动公开情况。", s_active, NELEM(s_active)},
        {"（二）依申请公开情况。", s_apply, NELEM(s_apply)},
        {"（三）政府信息管理情况。", s_manage, NELEM(s_manage)},
        {"（四）政府信息公开平台建设情况。", s_platform, NELEM(s_platform)},
        {"（五）监督保障情况。", s_guard, NELEM(s_guard)},
    };
    for (int s = 0; s < 5; s++) {
        p.n = 0;
        sb_puts(&p, subs[s].title);
        if (s == 1) {
            /* figures the checker compares with the tables: they agree */
            if (nw > 0)
                sb_printf(&p, "本年度共收到政府信息公开申请%s%.0f%s件，", sp ? " " : "", nw,
                          sp ? " " : "");
            else
                sb_puts(&p, "本年度未收到政府信息公开申请，");
            sb_printf(&p, "上年结转%.0f件，办结%.0f件，结转下年度继续办理%.0f件。", in, done, out);
            if (rec + lit == 0)
                sb_puts(&p, "全年未发生因政府信息公开引起的行政复议、行政诉讼案件。");
            else
                sb_printf(&p, "全年发生政府信息公开行政复议案件%.0f件、行政诉讼案件%.0f件。", rec,
                          lit);
        }
        pick(&p, r, subs[s].pool, subs[s].n, 2 + rnd(r, subs[s].n - 1), sp);
        paragraph(&x, p.p);
    }

    heading(&x, 2, "主动公开政府信息情况");
    table_active(&x);
    heading(&x, 3, "收到和处理政府信息公开申请情况");
    table_requests(&x);
    heading(&x, 4, "政府信息公开行政复议、行政诉讼情况");
    table_review(&x);

    heading(&x, 5, "存在的主要问题及改进情况");
    static const char *const ordinal[] = {"一是", "二是", "三是"};
    p.n = 0;
    sb_printf(&p, "%d年，我单位政府信息公开工作取得了一定成效，但对照上级要求和群众期盼，仍存在一些"
                  "不足：", m->year);
    for (int k = 0, a = rnd(r, 3); k < 3; k++)
        sb_printf(&p, "%s%s%s", ordinal[k], s_problems[(a + k) % NELEM(s_problems)],
                  k < 2 ? "；" : "。");
    paragraph(&x, p.p);
    p.n = 0;
    sb_puts(&p, "下一步，我们将重点做好以下工作：");
    for (int k = 0, a = rnd(r, 3); k < 3; k++)
        sb_printf(&p, "%s%s%s", ordinal[k], s_plans[(a + k) % NELEM(s_plans)], k < 2 ? "；" : "。");
    paragraph(&x, p.p);

    heading(&x, 6, "其他需要报告的事项");
    p.n = 0;
    sb_printf(&p, "（一）信息处理费收取情况。本年度%s。",
              chance(r, 50) ? "未收取政府信息公开信息处理费"
                            : "依据《政府信息公开信息处理费管理办法》，共收取信息处理费0元");
    paragraph(&x, p.p);
    p.n = 0;
    fill(&p, r,
         "（二）人大代表建议和政协提案办理结果公开情况。全年办理人大代表建议#件、政协提案#件，"
         "办理结果均已按要求公开。",
         sp);
    paragraph(&x, p.p);
    free(p.p);

    /* signature and date */
    if (L == L_SPACES) {
        line_end(&x);
        sb_spaces(b, 40);
        sb_puts(b, m->agency);
        line_end(&x);
        sb_spaces(b, 44);
        sb_printf(b, "%d 年 1 月 %d 日", m->year + 1, m->day);
        line_end(&x);
    } else {
        sb_printf(b, "%s\n\n%s%d年1月%d日\n", m->agency, L == L_CELLS ? "                  " : "",
                  m->year + 1, m->day);
    }
}

static void file_name(char *out, size_t cap, const char *dir, const model *m)
{
    snprintf(out, cap, "%s/%05d.%s", dir, m->index, m->layout == L_MARKDOWN ? "md" : "txt");
}

/* ---- verification ---- */

typedef struct {
    int reports, exact, findings_ok, unreadable;
} tally;

static const char *row_label_of(const xxgk_format_spec *f, int cell, int *col)
{
    for (int t = 0; t < XXGK_TABLE_COUNT; t++)
        for (int i = 0; i < f->tables[t].nrows; i++) {
            const xxgk_row_spec *row = &f->tables[t].rows[i];
            if (cell >= row->first_cell && cell < row->first_cell + row->ncols) {
                *col = cell - row->first_cell;
                return row->label;
            }
        }
    *col = 0;
    return "?";
}

/* Compare one report with its model; returns the number of problems, printing the first few. */
static int verify_one(const model *m, const char *path, tally *tl, int *shown)
{
    xxgk_report *r = NULL;
    if (xxgk_report_read_file(&r, path, NULL) < 0) {
        printf("%s: unreadable: %s\n", path, xxgk_error_last());
        tl->unreadable++;
        return 1;
    }
    int bad = 0;
    char why[512] = "";
    const char *published = xxgk_report_published(r), *agency = xxgk_report_agency(r);
    char date[48];
    snprintf(date, sizeof date, "%04d-01-%02d", m->year + 1, m->day);
    if (xxgk_report_format(r) != (int)m->spec->id)
        snprintf(why, sizeof why, "format %d, expected %d", xxgk_report_format(r), m->spec->id);
    else if (strcmp(xxgk_report_layout(r), layout_name[m->layout]) != 0)
        snprintf(why, sizeof why, "layout %s", xxgk_report_layout(r));
    else if (xxgk_report_year(r) != m->year)
        snprintf(why, sizeof why, "year %d, expected %d", xxgk_report_year(r), m->year);
    else if (!published || strcmp(published, date) != 0)
        snprintf(why, sizeof why, "published %s, expected %s", published ? published : "null",
                 date);
    else if (!agency || strcmp(agency, m->agency) != 0)
        snprintf(why, sizeof why, "agency %s", agency ? agency : "null");
    if (*why) {
        bad++;
        if ((*shown)++ < 10)
            printf("%s: %s\n", path, why);
    }
    if (xxgk_report_spec(r)) {
        for (int i = 0; i < m->spec->ncells; i++) {
            const xxgk_cell *c = xxgk_report_cell(r, (size_t)i);
            int ok = m->absent[i] ? c->kind == XXGK_CELL_ABSENT
                                  : xxgk_cell_known(c) && c->value > m->v[i] - 1e-6 &&
                                        c->value < m->v[i] + 1e-6;
            if (ok)
                continue;
            if (bad++ == 0 && (*shown)++ < 10) {
                int col;
                const char *label = row_label_of(m->spec, i, &col);
                printf("%s: %s col %d: expected %s%g, got %s (line %u)\n", path, label, col + 1,
                       m->absent[i] ? "absent " : "", m->v[i],
                       c->kind == XXGK_CELL_ABSENT ? "absent" : c->raw ? c->raw : "?", c->line);
            }
        }
    }
    if (!bad)
        tl->exact++;

    /* errors expected: exactly the broken rule, nothing else */
    xxgk_findings *f = NULL;
    int fbad = 0, hit = 0;
    if (xxgk_check(&f, r, NULL) == 0) {
        for (size_t i = 0; i < xxgk_findings_count(f); i++) {
            const xxgk_finding *x = xxgk_findings_get(f, i);
            if (x->rule->severity != XXGK_SEV_ERROR)
                continue;
            if (m->broken && strcmp(x->rule->id, m->broken) == 0) {
                hit = 1;
            } else {
                fbad = 1;
                if ((*shown)++ < 10)
                    printf("%s: unexpected %s: %s\n", path, x->rule->id, x->evidence);
            }
        }
        xxgk_findings_free(f);
    } else {
        fbad = 1;
    }
    if (m->broken && !hit && (*shown)++ < 10)
        printf("%s: expected finding %s is missing\n", path, m->broken);
    if (!fbad && (hit || !m->broken))
        tl->findings_ok++;
    else
        bad++;
    xxgk_report_free(r);
    return bad;
}

static int usage(void)
{
    fprintf(stderr, "usage: xxgk-bench-gen DIR [N=20000] [SEED=1]\n"
                    "       xxgk-bench-gen --verify DIR [N=20000] [SEED=1]\n");
    return 2;
}

static int parse_long(const char *s, long *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || *end || end == s || v < 0)
        return -1;
    *out = v;
    return 0;
}

int main(int argc, char **argv)
{
    int verify = argc > 1 && strcmp(argv[1], "--verify") == 0;
    int a = verify ? 2 : 1;
    long n = 20000, seed = 1;
    /* (an option where the directory goes, --help among them, is no directory to fill) */
    if (argc - a < 1 || argc - a > 3 || argv[a][0] == '-' ||
        (argc - a >= 2 && parse_long(argv[a + 1], &n)) ||
        (argc - a == 3 && parse_long(argv[a + 2], &seed)))
        return usage();
    const char *dir = argv[a];
    char path[4096];
    model m;
    if (verify) {
        tally tl[L_COUNT] = {{0, 0, 0, 0}};
        int shown = 0, bad = 0;
        for (long i = 0; i < n; i++) {
            make_model(&m, (uint64_t)seed, (int)i);
            file_name(path, sizeof path, dir, &m);
            tl[m.layout].reports++;
            bad += verify_one(&m, path, &tl[m.layout], &shown) > 0;
        }
        for (int l = 0; l < L_COUNT; l++)
            printf("%-8s %5d reports: %5d read exactly, %5d with the expected findings, %d "
                   "unreadable\n",
                   layout_name[l], tl[l].reports, tl[l].exact, tl[l].findings_ok,
                   tl[l].unreadable);
        printf("%s: %d of %ld reports differ from what was written\n", bad ? "FAIL" : "OK", bad,
               n);
        return bad ? 1 : 0;
    }
    if (mkdir(dir, 0777) < 0 && errno != EEXIST) {
        fprintf(stderr, "xxgk-bench-gen: %s: %s\n", dir, strerror(errno));
        return 2;
    }
    sbuf b = {0};
    size_t total = 0;
    int broken = 0, f2019 = 0;
    for (long i = 0; i < n; i++) {
        make_model(&m, (uint64_t)seed, (int)i);
        b.n = 0;
        render_report(&b, &m);
        file_name(path, sizeof path, dir, &m);
        FILE *f = fopen(path, "wb");
        if (!f || fwrite(b.p, 1, b.n, f) != b.n || fclose(f) != 0) {
            fprintf(stderr, "xxgk-bench-gen: %s: %s\n", path, strerror(errno));
            return 2;
        }
        total += b.n;
        broken += m.broken != NULL;
        f2019 += m.spec->id == XXGK_FORMAT_2019;
    }
    free(b.p);
    printf("wrote %ld reports (%d in the 2019 format, %d with a broken rule), %.1f MB, to %s\n", n,
           f2019, broken, total / 1e6, dir);
    return 0;
}
