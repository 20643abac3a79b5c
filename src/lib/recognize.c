/*
 * The table recognizer: finds the three statistics tables in rows of cells (see layout.h),
 * whatever the source layout, and places every figure in the report's cells.  It walks the
 * format tables of format.c; nothing here names a row or a label.
 *
 * The one idea: a row label starts a row; the numbers after it on the same row belong to it;
 * numbers on a later row with no label of their own (wrapped labels, numbers on a line of their
 * own, one cell per line) belong to the last label still waiting for numbers.  Text that names
 * no row (label fragments, group labels printed mid-table) changes nothing.
 */
#include "lib/recognize.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/labels.h"

#define NORM_MAX LABEL_NORM_MAX

typedef struct {
    unsigned from, to; /* inclusive line range */
} span;

#define ALIGN_MAX 8   /* rows of up to this many figures are aligned by their columns */
#define JOINED_MAX 15 /* and of up to this many by the runs between joined cells (section 四) */

typedef struct {
    xxgk_report *r;
    lgrid *g;
    span regions[8];
    int nregions;
    size_t run, run_tail; /* cells joined by runs of `run` spaces (see joined_runs); 0: not */
    int subtotal;         /* table 三's rows' value cell that is a 小计 the format has not (after
                           * 其他, or before 商业企业), or -1 */
    int printed[16];      /* table 三 printed with some of its columns only, as its header
                           * names them (the six applicants and no 总计, or 总计 alone): those
                           * columns in order; nprinted 0 when the header names no such set */
    int nprinted;
    const xxgk_column_spec *printed_cols; /* the columns printed[] counts in */
    int unplaced;         /* figures of the table being read that went to no row */
    int spaced;           /* flattened text with a space between every two figures (a page's
                           * text joined so): a number is one figure, never cut apart */
    int lost;             /* glued text where a row of table 三 has fewer digits than cells, or
                           * with no run of 0s: blank cells lost without a trace */
    /* table 三's rows whose glued figures cut several ways that each add up, kept until the
     * table is read: the columns' sums may choose among them (glued_by_columns) */
    struct glued_cut *pend;
    int npend, cappend;
    struct splitter *held; /* the last ambiguous cut unglue saw, for put_values to keep */
    int held_ok;
} scan;

static int is_value(const lcell *c)
{
    return c->kind != NUM_NONE;
}

/* A cell that holds no figure but its place: blank, "/" or a dash. */
static int filler(const lcell *c)
{
    return c->kind == NUM_BLANK || c->kind == NUM_SLASH || c->kind == NUM_DASH;
}

/* Whether a text cell can be a row label: labels are short and are not sentences, so the
 * narrative between tables is not matched against every row.  Nor is a note ("注：上年结转的4件
 * 申请均已办结"), or a clause that counts applications after words and before a comma
 * ("我局共收到申请29件,上年结转4件"), a sentence without its full stop. */
static int label_like(const lcell *c)
{
    if (c->n > 240 || (c->n >= 6 && (memcmp(c->s, "注:", 4) == 0 || memcmp(c->s, "注：", 6) == 0)))
        return 0;
    return !report_sentence_line(c->s, c->n);
}

/* A spreadsheet's value that is no figure where one stands, as Excel shows it and copies it as
 * text: an error where a formula could not compute one (#DIV/0!, #N/A), or a logical value. */
static int spreadsheet_word(const lcell *c)
{
    static const char *const words[] = {"#DIV/0!", "#N/A",   "#VALUE!", "#REF!", "#NAME?",
                                        "#NUM!",   "#NULL!", "#SPILL!", "#CALC!", "TRUE",
                                        "FALSE"};
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (c->n == strlen(words[k]) && memcmp(c->s, words[k], c->n) == 0)
            return 1;
    return 0;
}

/* Text that opens with a figure ("1234 567", "12件（其中……）"), not with a label's numbering
 * ("1.", "2、"), a figure in brackets, or a spreadsheet's word for no figure: a cell that holds a
 * figure the reader cannot read, never part of a label. */
static int figure_like(const lcell *c)
{
    if (text_bracketed_figure(c->s, c->n) || spreadsheet_word(c))
        return 1;
    size_t i = 0;
    while (i < c->n && c->s[i] >= '0' && c->s[i] <= '9')
        i++;
    if (i == 0)
        return 0;
    /* (a figure with a mark after it, "12%", "3520&foo": a figure unread, never a label; but
     * a numbering, "1.", "1)", is a label's) */
    return i == c->n || c->s[i] == ' ' || c->s[i] == ',' || c->s[i] == '(' ||
           ((c->s[i] == '.' || c->s[i] == '-') && i + 1 < c->n && c->s[i + 1] >= '0' &&
            c->s[i + 1] <= '9') ||
           (strchr("&#*%/+=~^$@!?_;:|<>[]{}\"'`", c->s[i]) != NULL && c->s[i] != '\0') ||
           ((unsigned char)c->s[i] >= 0x80 && strncmp(c->s + i, "、", 3) != 0 &&
            strncmp(c->s + i, "．", 3) != 0);
}

/* Text opening with a year ("2024年度"): a heading, never a count. */
static int year_like(const lcell *c)
{
    return c->n >= 7 && (memcmp(c->s, "19", 2) == 0 || memcmp(c->s, "20", 2) == 0) &&
           c->s[2] >= '0' && c->s[2] <= '9' && c->s[3] >= '0' && c->s[3] <= '9' &&
           memcmp(c->s + 4, "年", 3) == 0;
}

static int no_figure_word(const lcell *c)
{
    return text_no_figure(c->s, c->n);
}

/* A label cell normalized, once: several passes look at the same cells. */
static const char *cell_norm(xxgk_report *r, lcell *c)
{
    if (!c->norm) {
        char buf[NORM_MAX];
        size_t n = label_norm(buf, sizeof buf, c->s, c->n < NORM_MAX ? c->n : NORM_MAX - 1);
        c->norm = rep_strndup(r, buf, n);
        if (!c->norm) {
            c->norm = "";
            n = 0;
        }
        c->norm_len = n;
        c->sig = label_sig(c->norm, n);
    }
    return c->norm;
}

static int in_regions(const scan *s, unsigned line)
{
    for (int i = 0; i < s->nregions; i++)
        if (line >= s->regions[i].from && line <= s->regions[i].to)
            return 1;
    return 0;
}

/* Regions of the sections whose title names standard section `standard`, and of the appendices
 * after the last section that hold its table; the whole text when the report has neither. */
static void set_regions(scan *s, int standard)
{
    const xxgk_report *r = s->r;
    s->nregions = 0;
    for (size_t i = 0; i < r->nsections && s->nregions < 8; i++) {
        if (r->sections[i].standard != standard)
            continue;
        s->regions[s->nregions++] = (span){r->sections[i].line, rep_section_end(r, i)};
    }
    for (unsigned l = r->appendix_line; l && l <= r->nlines && s->nregions < 8; l++) {
        if (rep_appendix_of(r, l) != standard)
            continue;
        unsigned to = l + 1;
        while (to <= r->nlines && rep_appendix_of(r, to) == 0)
            to++;
        s->regions[s->nregions++] = (span){l, to - 1};
        l = to - 1;
    }
    if (s->nregions == 0) {
        s->regions[s->nregions++] = (span){1, r->nlines};
        return;
    }
    /* A section with no figure in it that says where its table is (详见附表1, 见附件): after
     * the last section, under whatever caption ("表1 …", "附件1", none), it is read there. */
    int figures = 0, elsewhere = 0;
    for (size_t ri = 0; ri < s->g->nrows && !figures; ri++) {
        const lrow *rw = &s->g->rows[ri];
        for (int k = 0; in_regions(s, rw->line) && k < rw->n && !figures; k++)
            figures = is_value(&s->g->cells[rw->first + (size_t)k]) &&
                      s->g->cells[rw->first + (size_t)k].kind != NUM_BLANK;
    }
    for (int i = 0; i < s->nregions && !figures && !elsewhere; i++)
        for (unsigned l = s->regions[i].from; l <= s->regions[i].to && l <= r->nlines; l++)
            if (strstr(r->lines[l - 1], "附表") || strstr(r->lines[l - 1], "附件")) {
                elsewhere = 1;
                break;
            }
    if (elsewhere && r->nsections && r->sections[r->nsections - 1].standard > standard &&
        s->nregions < 8)
        s->regions[s->nregions++] = (span){r->sections[r->nsections - 1].line + 1, r->nlines};
}

static xxgk_cell_kind cell_kind(num_kind k)
{
    switch (k) {
    case NUM_PLAIN:
    case NUM_GROUPED: return XXGK_CELL_NUMBER;
    case NUM_UNIT: return XXGK_CELL_NUMBER_TEXT;
    case NUM_BLANK: return XXGK_CELL_BLANK;
    case NUM_SLASH: return XXGK_CELL_SLASH;
    case NUM_DASH: return XXGK_CELL_DASH;
    default: return XXGK_CELL_TEXT;
    }
}

/* A label printed in other words than the format's (without the figures glued to its end in
 * flattened text: no label ends in a digit). */
static void label_variant(xxgk_report *r, const lcell *c, const char *official)
{
    int n = (int)c->n;
    while (n > 1 && ((c->s[n - 1] >= '0' && c->s[n - 1] <= '9') || c->s[n - 1] == ' '))
        n--;
    /* (a report of 2021 or later in the 2019 layout, a label in the 2021 format's words:
     * format-old-layout says which format it should be in; asking for the old words here
     * would say the opposite) */
    if (r->format == XXGK_FORMAT_2019 && r->year >= 2021) {
        const xxgk_format_spec *now = xxgk_format_get(XXGK_FORMAT_2021);
        for (int t = 0; t < XXGK_TABLE_COUNT; t++)
            for (int i = 0; i < now->tables[t].nrows; i++) {
                const char *l = now->tables[t].rows[i].label;
                if (l && strlen(l) == (size_t)n && memcmp(l, c->s, (size_t)n) == 0)
                    return;
            }
    }
    rep_diag(r, "format-label-variant", c->line,
             rep_printf(r, "“%.*s”（标准：%s）", n, c->s, official),
             rep_printf(r, "\"%.*s\" (official: %s)", n, c->s, official));
}

/* A row (or table) of which fewer figures were read than the format has. */
static void missing_cells(xxgk_report *r, unsigned line, const char *what, int want, int got)
{
    rep_diag(r, "struct-missing-cells", line,
             rep_printf(r, "%s：应有 %d 个数值单元格，只读到 %d 个", what, want, got),
             rep_printf(r, "%s: %d value cells expected, %d read", what, want, got));
}

#define EVIDENCE_MAX 600 /* bytes of cells a finding quotes: enough to find the place */

/* Append a cell's text to a finding's evidence, after a space unless it is the first (a blank
 * first cell shows as a leading space); past EVIDENCE_MAX (a hostile row of thousands of
 * cells) an ellipsis instead, once.  Whole cells keep the text UTF-8. */
static void evidence_put(xbuf *b, int first, const char *s, size_t n)
{
    static const char more[] = " ……";
    size_t m = sizeof more - 1;
    if (b->len >= EVIDENCE_MAX) {
        if (b->len < m || memcmp(b->data + b->len - m, more, m) != 0)
            xbuf_put(b, more, m);
        return;
    }
    if (!first)
        xbuf_putc(b, ' ');
    xbuf_put(b, s, n);
}

/* Record a reader observation whose evidence is a prefix (in each language; NULL for none) then
 * the cells' text, space-separated. */
static void diag_cells(xxgk_report *r, const char *rule, unsigned line, const char *zh,
                       const char *en, const lcell *v, int n)
{
    xbuf b;
    xbuf_init(&b, 0);
    for (int i = 0; i < n; i++)
        evidence_put(&b, i == 0, v[i].s, v[i].n);
    if (b.failed)
        r->oom = 1;
    else
        rep_diag(r, rule, line, rep_printf(r, "%s%s", zh ? zh : "", b.data ? b.data : ""),
                 en ? rep_printf(r, "%s%s", en, b.data ? b.data : "") : NULL);
    xbuf_free(&b);
}

/* Row's cells of v[0..*nv), past the row's width: without the blank cells before them (the
 * label's merged cells) and after them (a short row's in a wide table, 行政处罚 35). */
static const lcell *own_cells(const xxgk_row_spec *row, const lcell *v, int *nv)
{
    while (*nv > row->ncols && v[0].kind == NUM_BLANK)
        v++, (*nv)--;
    while (*nv > row->ncols && v[*nv - 1].kind == NUM_BLANK)
        (*nv)--;
    return v;
}

/* A row read already, printed again (label mc, figures v): said, and when its figures differ
 * from those read, an error with both (the first are kept). */
static void duplicate_row(xxgk_report *r, const xxgk_row_spec *row, const lcell *mc,
                          const lcell *v, int nv, int conflicts_only)
{
    const xxgk_cell *had = &r->cells[row->first_cell];
    v = own_cells(row, v, &nv);
    int differ = 0;
    /* (compared cell by cell only as printed in full: a repeat short of cells or with one too
     * many would be placed otherwise, and is only said to be a repeat) */
    for (int k = 0; nv == row->ncols && k < nv; k++)
        differ |= v[k].kind != NUM_NONE && v[k].kind != NUM_BLANK &&
                  xxgk_cell_known(&had[k]) && v[k].value != had[k].value;
    if (!differ) {
        if (!conflicts_only)
            rep_diag(r, "struct-row-duplicate", mc->line,
                     rep_printf(r, "%.*s", (int)mc->n, mc->s), NULL);
        return;
    }
    xbuf b;
    xbuf_init(&b, 0);
    for (int k = 0; k < row->ncols; k++)
        xbuf_printf(&b, "%s%s", k ? " " : "", had[k].raw && *had[k].raw ? had[k].raw : "-");
    char *first = b.data ? rep_strndup(r, b.data, b.len) : NULL;
    xbuf_reset(&b);
    for (int k = 0; k < nv; k++)
        evidence_put(&b, k == 0, v[k].s, v[k].n);
    if (b.failed || !first)
        r->oom = 1;
    else
        rep_diag(r, "struct-row-conflict", mc->line,
                 rep_printf(r, "%s：第%u行为 %s；第%u行为 %s（采用第一次印出的）", row->label,
                            had[0].line, first, mc->line, b.data),
                 rep_printf(r, "%s: line %u gives %s; line %u gives %s (the first taken)",
                            row->label, had[0].line, first, mc->line, b.data));
    xbuf_free(&b);
}

/* ---- figures glued together (flattened text) ---- */

#define SPLIT_MAX 15
#define SOLUTIONS_MAX 32

typedef struct {
    int cut[SPLIT_MAX];          /* token of each part */
    int off[SPLIT_MAX], len[SPLIT_MAX]; /* offset and length in it; length 0: a blank cell */
} split;

typedef struct splitter {
    const lcell *tok[SPLIT_MAX]; /* the glued tokens */
    int ntok;
    int want;                    /* figures to make */
    unsigned totals;             /* bit i: part i is a 总计, the sum of the parts since the last */
    int blanks;                  /* a blank cell may stand between two tokens */
    int use_check;               /* keep only cuts that satisfy the arithmetic */
    int whole;                   /* every token one figure: only blank cells between them */
    int lost;                    /* blank cells anywhere, as many as may be (lost without a
                                  * trace): only whether some cut adds up is asked */
    const double *unlike;        /* with lost: count only cuts whose figures differ from these */
    split cur;
    split sol[SOLUTIONS_MAX];
    int nsol;                    /* solutions seen; more than SOLUTIONS_MAX: too many to weigh */
    long calls;                  /* steps taken: hostile digit runs must not take forever */
} splitter;

#define SPLIT_STEPS 200000L /* more steps than real rows ever need: the row is ambiguous */

/* A row of table 三 left null because its glued figures cut several ways (see scan.pend). */
typedef struct glued_cut {
    const xxgk_row_spec *row;
    int first_cell;
    const char *what;
    size_t diag;             /* its reader-glued diagnostic in r->diags */
    splitter sp;             /* its cuts: sp.sol[0..sp.nsol), of the tokens below */
    lcell toks[SPLIT_MAX];   /* the glued tokens, its own: those unglue saw may be a row's
                              * copies the reader reuses for the next row */
} glued_cut;

#define GLUED_ROWS_MAX 8     /* such rows weighed together */
#define GLUED_COMBOS_MAX 4096 /* ways of cutting them all weighed */

static double part_value(const splitter *sp, const split *x, int i)
{
    double v = 0;
    const char *p = sp->tok[x->cut[i]]->s + x->off[i];
    for (int k = 0; k < x->len[i]; k++)
        v = v * 10 + (p[k] - '0');
    return v;
}

static int split_adds_up(const splitter *sp, const split *x)
{
    double sum = 0;
    for (int k = 0; k < sp->want; k++) {
        double v = part_value(sp, x, k);
        if (!(sp->totals >> k & 1u)) {
            sum += v;
        } else if (v != sum) {
            return 0;
        } else {
            sum = 0;
        }
    }
    return 1;
}

/* Whether part k of x, a 总计, is the sum of the parts since the last 总计 before it. */
static int total_holds(const splitter *sp, const split *x, int k)
{
    double sum = 0;
    for (int i = k - 1; i >= 0 && !(sp->totals >> i & 1u); i--)
        sum += part_value(sp, x, i);
    return part_value(sp, x, k) == sum;
}

/* The 总计 columns (XXGK_COL_TOTAL) of rows[0..n) printed one after another, as the bits of
 * splitter.totals: one row of table 三, or the three rows of table 四 printed as one. */
static unsigned total_columns(const xxgk_row_spec *rows, int n)
{
    unsigned bits = 0;
    int at = 0;
    for (int i = 0; i < n; i++)
        for (int c = 0; c < rows[i].ncols; c++, at++)
            if ((rows[i].cols[c].flags & XXGK_COL_TOTAL) && at < 32)
                bits |= 1u << at;
    return bits;
}

/* Every way to cut token t from offset o on into parts, part k onwards; numbers have no
 * leading zeros ("0" itself apart). */
static void split_rec(splitter *sp, int t, int o, int k)
{
    if (sp->nsol > SOLUTIONS_MAX)
        return;
    if (++sp->calls > SPLIT_STEPS) {
        sp->nsol = SOLUTIONS_MAX + 1;
        return;
    }
    /* Prune: the digits left must make the parts left, one to nine digits each (a blank part
     * has none, at most one between two tokens). */
    if (t < sp->ntok) {
        int digits = (int)sp->tok[t]->n - o, fewest = (digits + 8) / 9, gaps = 0;
        for (int u = t + 1; u < sp->ntok; u++) {
            digits += (int)sp->tok[u]->n;
            fewest += ((int)sp->tok[u]->n + 8) / 9;
            gaps++;
        }
        if (sp->whole) /* (a token, one figure: one part) */
            digits = fewest = sp->ntok - t;
        int left = sp->want - k;
        if (left < fewest ||
            (!sp->lost && left > digits + (sp->blanks ? gaps + (o == 0 && t > 0) : 0)))
            return;
    }
    if (t == sp->ntok) {
        int other = !sp->unlike;
        for (int i = 0; !other && i < k; i++)
            other = part_value(sp, &sp->cur, i) != sp->unlike[i];
        if (k == sp->want && other && (!sp->use_check || split_adds_up(sp, &sp->cur))) {
            if (sp->nsol < SOLUTIONS_MAX)
                sp->sol[sp->nsol] = sp->cur;
            sp->nsol++;
        }
        return;
    }
    if (k >= sp->want)
        return;
    if ((sp->blanks && t > 0 && o == 0 && (k == 0 || sp->cur.len[k - 1] > 0)) || sp->lost) {
        /* A blank cell between two tokens: the space an empty <td> left. */
        sp->cur.cut[k] = t, sp->cur.off[k] = o, sp->cur.len[k] = 0;
        if (!sp->use_check || !(sp->totals >> k & 1u) || total_holds(sp, &sp->cur, k))
            split_rec(sp, t, o, k + 1);
        if (sp->lost && sp->nsol)
            return; /* (one is enough) */
    }
    const lcell *c = sp->tok[t];
    int n = (int)c->n;
    for (int l = sp->whole ? n - o : 1; o + l <= n; l++) {
        if (l > 1 && c->s[o] == '0')
            break;
        if (l > 9)
            break;
        sp->cur.cut[k] = t, sp->cur.off[k] = o, sp->cur.len[k] = l;
        /* (a 总计 that is not its parts' sum ends the search there: rows of fifteen cells,
         * blank ones lost anywhere, have too many cuts to try to the end) */
        if (sp->use_check && (sp->totals >> k & 1u) && !total_holds(sp, &sp->cur, k))
            continue;
        if (o + l == n)
            split_rec(sp, t + 1, 0, k + 1);
        else
            split_rec(sp, t, o + l, k + 1);
    }
}

/* Figures the narrative states about a row: a number with a counting unit in a clause that
 * names the row ("制发行政规范性文件9件"), and the column its words name, if they do. */
typedef struct {
    double v[16];
    int col[16]; /* the column (制发, 废止, 现行有效 before the number), or -1 */
    int n;
    const char *quote[16];
    int qlen[16];
} stated;

/* Where in s[0..n) the last word naming one of row's columns ends (its label, a short form,
 * or for the documents issued the verbs that say so: 制定, 出台, 印发), and which column in
 * *col; 0 and -1 for none. */
static size_t column_named(const xxgk_row_spec *row, const char *s, size_t n, int *col)
{
    size_t best = 0;
    *col = -1;
    for (int k = 0; k < row->ncols; k++) {
        const char *lists[3] = {row->cols[k].label, row->cols[k].short_forms,
                                strcmp(row->cols[k].id, "issued") == 0 ? "制定|出台|印发" : NULL};
        for (int l = 0; l < 3; l++)
            for (const char *f = lists[l]; f && *f;) {
                size_t fl = l == 0 ? strlen(f) : strcspn(f, "|");
                for (size_t i = 0; fl && i + fl <= n; i++)
                    if (memcmp(s + i, f, fl) == 0 && i + fl > best)
                        best = i + fl, *col = k;
                f += fl + (f[fl] == '|');
            }
    }
    return best;
}

static void stated_in(stated *st, const char *text, const xxgk_row_spec *row)
{
    const char *keys = row->match;
    for (const char *a = text; *a && st->n < 16;) {
        const char *e = a;
        while (*e && !clause_sep(e))
            e++;
        char clause[NORM_MAX];
        size_t cl = (size_t)(e - a) < sizeof clause ? (size_t)(e - a) : sizeof clause - 1;
        while (cl > 0 && cl < (size_t)(e - a) && ((unsigned char)a[cl] & 0xC0) == 0x80)
            cl--; /* a clause cut short ends on a whole character */
        memcpy(clause, a, cl);
        clause[cl] = '\0';
        if (label_match(clause, keys, 0))
            for (const char *p = clause, *from = clause; *p && st->n < 16; p++) {
                if (*p < '0' || *p > '9' || (p > clause && p[-1] >= '0' && p[-1] <= '9'))
                    continue;
                const char *unit, *end;
                double v = count_at(p, &unit, &end);
                if (v < 0)
                    continue;
                /* (the column named since the figure before: 制发5件，废止2件; none named, the
                 * documents of the year, as a report's account of it counts them: 涵盖政策及
                 * 规范性文件类11条, never those repealed or in force, which are named so) */
                column_named(row, from, (size_t)(p - from), &st->col[st->n]);
                if (st->col[st->n] < 0 && strcmp(row->cols[0].id, "issued") == 0)
                    st->col[st->n] = 0;
                from = end;
                st->quote[st->n] = a;
                st->qlen[st->n] = (int)cl;
                st->v[st->n++] = v;
            }
        a = *e ? e + clause_sep(e) : e;
    }
}

/* Distinct values of a solution that the narrative states, each in the column it names (see
 * stated_in): a count taken for any column it equals would pick a cut by chance. */
static int witnessed(const splitter *sp, const split *x, const stated *st)
{
    int n = 0;
    for (int k = 0; k < st->n; k++) {
        int dup = 0;
        for (int j = 0; j < k; j++)
            dup |= st->v[j] == st->v[k];
        for (int i = 0; i < sp->want && !dup; i++)
            if (x->len[i] > 0 && part_value(sp, x, i) == st->v[k] && st->col[k] == i) {
                n++;
                break;
            }
    }
    return n;
}

/* Among several cuts, the one cut whose figures the narrative states most often; -1 if none
 * stands out.  The clauses that decided are appended to why. */
static int narrative_choice(scan *s, const splitter *sp, const xxgk_row_spec *row, xbuf *why,
                            xbuf *why_en)
{
    if (!row || sp->nsol > SOLUTIONS_MAX)
        return -1;
    stated st = {.n = 0};
    for (unsigned i = 0; i < s->r->nlines; i++)
        stated_in(&st, s->r->lines[i], row);
    int best = -1, bestn = 0, ties = 0;
    for (int i = 0; i < sp->nsol; i++) {
        int n = witnessed(sp, &sp->sol[i], &st);
        if (n > bestn)
            best = i, bestn = n, ties = 0;
        else if (n == bestn)
            ties++;
    }
    if (best < 0 || ties)
        return -1;
    const char *sep = "（正文：", *sep_en = " (the text: ";
    for (int k = 0; k < st.n; k++) {
        int used = 0, dup = 0;
        for (int i = 0; i < sp->want; i++)
            used |= sp->sol[best].len[i] > 0 && part_value(sp, &sp->sol[best], i) == st.v[k] &&
                    st.col[k] == i;
        for (int j = 0; j < k; j++)
            dup |= st.quote[j] == st.quote[k];
        if (used && !dup) {
            xbuf_printf(why, "%s“%.*s”", sep, st.qlen[k], st.quote[k]);
            xbuf_printf(why_en, "%s\"%.*s\"", sep_en, st.qlen[k], st.quote[k]);
            sep = "，";
            sep_en = ", ";
        }
    }
    xbuf_puts(why, "）");
    xbuf_puts(why_en, ")");
    return best;
}

#define READINGS_SHOWN 6

/* Figures left null because they can be cut apart in several ways: the row and the ways, for
 * the person who reads the original to pick one. */
static void glued_readings(xxgk_report *r, const splitter *sp, const xxgk_row_spec *row,
                           const lcell *v, int nv)
{
    xbuf b, ways;
    xbuf_init(&b, 0);
    xbuf_init(&ways, 0);
    for (int i = 0; i < nv; i++)
        evidence_put(&b, i == 0, v[i].s, v[i].n);
    int shown = sp->nsol > SOLUTIONS_MAX ? 0 : sp->nsol < READINGS_SHOWN ? sp->nsol
                                                                          : READINGS_SHOWN;
    for (int k = 0; k < shown; k++) {
        xbuf_puts(&ways, k == 0 ? "" : " | ");
        for (int i = 0; i < sp->want; i++) {
            const split *x = &sp->sol[k];
            if (x->len[i])
                xbuf_printf(&ways, "%s%.*s", i ? " " : "", x->len[i],
                            sp->tok[x->cut[i]]->s + x->off[i]);
            else
                xbuf_puts(&ways, i ? " _" : "_");
        }
    }
    const char *label = row ? row->label : "";
    /* the row and the digits as printed, then what can be made of them */
    const char *zh = b.failed || ways.failed ? NULL
                     : rep_printf(r, "%s%s%s", label, *label ? "：" : "", b.data ? b.data : "");
    const char *en = zh ? rep_printf(r, "%s%s%s", label, *label ? ": " : "", b.data ? b.data : "")
                        : NULL;
    const char *w = ways.data ? ways.data : "";
    if (!zh || !en)
        r->oom = 1;
    else if (sp->whole)
        rep_diag(r, "reader-glued", v[0].line,
                 rep_printf(r,
                            "%s（%d 个数，%d 个单元格：空白单元格未留痕迹，无法确定各数所在的列）",
                            zh, nv, sp->want),
                 rep_printf(r,
                            "%s (%d figures for %d cells: the blank cells left no trace, which "
                            "cell each figure is in cannot be told)",
                            en, nv, sp->want));
    else if (sp->nsol == 1 && split_adds_up(sp, &sp->sol[0]))
        rep_diag(r, "reader-glued", v[0].line,
                 rep_printf(r, "%s，不计空白单元格只能读作 %s，但本报告的表格丢了空白单元格，"
                               "别的读法%s",
                            zh, w, sp->totals ? "也合总计" : "也有可能"),
                 rep_printf(r,
                            "%s reads only as %s with no blank cell, but this report's tables "
                            "lost their blank cells, and other readings %s",
                            en, w, sp->totals ? "add up too" : "are possible"));
    else if (sp->nsol == 1)
        rep_diag(r, "reader-glued", v[0].line,
                 rep_printf(r, "%s，只能读作 %s，但各数不合总计（可能丢了空白单元格）", zh, w),
                 rep_printf(r,
                            "%s reads only as %s, which does not add up to its 总计 (a blank "
                            "cell may have been lost)",
                            en, w));
    else if (sp->nsol == 0) /* (too few digits for the figures, or too many) */
        rep_diag(r, "reader-glued", v[0].line, rep_printf(r, "%s（拆不成 %d 个数）", zh, sp->want),
                 rep_printf(r, "%s (cannot be read as %d figures)", en, sp->want));
    else if (shown == 0)
        rep_diag(r, "reader-glued", v[0].line,
                 rep_printf(r, "%s（拆成 %d 个数的读法不止 %d 种）", zh, sp->want, SOLUTIONS_MAX),
                 rep_printf(r, "%s (more than %d ways to read it as %d figures)", en,
                            SOLUTIONS_MAX, sp->want));
    else if (sp->nsol > shown)
        rep_diag(r, "reader-glued", v[0].line,
                 rep_printf(r, "%s，可读作 %s 等 %d 种", zh, w, sp->nsol),
                 rep_printf(r, "%s reads as %s and %d more", en, w, sp->nsol - shown));
    else
        rep_diag(r, "reader-glued", v[0].line, rep_printf(r, "%s，可读作 %s", zh, w),
                 rep_printf(r, "%s reads as %s", en, w));
    xbuf_free(&b);
    xbuf_free(&ways);
}

static int spaces_between(const lcell *a, const lcell *b);

/* Whether the tokens of sp, with blank cells lost among them, have a cut that adds up (whose
 * figures differ from those of cut x, when x is given). */
static int lost_cut(const splitter *sp, const split *x)
{
    splitter lost = {.ntok = sp->ntok, .want = sp->want, .totals = sp->totals, .use_check = 1,
                     .lost = 1};
    double values[SPLIT_MAX];
    for (int i = 0; x && i < sp->want; i++)
        values[i] = part_value(sp, x, i);
    lost.unlike = x ? values : NULL;
    memcpy(lost.tok, sp->tok, sizeof lost.tok);
    split_rec(&lost, 0, 0, 0);
    return lost.nsol > 0;
}

/* Zeros fewer than the cells they stand for (v[0..nv), digits of them in all, want cells: glued
 * or joined with spaces, a page's blank cells leave no trace): whichever cells were blank, each
 * figure is 0, as a blank cell is read.  The row is so read into out, one cell per digit and
 * its blank ones after them (the places of which cannot be told), and the blanks reported, as
 * blank cells are (struct-blank-cells), with that said. */
static int zeros_short(xxgk_report *r, const lcell *v, int nv, int digits, int want,
                       const char *what, lcell *out)
{
    for (int i = 0, t = 0, k = 0; i < want; i++) { /* (each cell at a place of its own) */
        out[i] = v[t];
        out[i].s = v[t].s + k;
        out[i].n = 1;
        out[i].col = v[t].col + (unsigned)k + (unsigned)(i < digits ? 0 : 2 * (i - digits + 1));
        out[i].kind = NUM_PLAIN;
        out[i].value = 0;
        if (i + 1 < digits && (size_t)++k == v[t].n)
            t++, k = 0;
    }
    xbuf b;
    xbuf_init(&b, 0);
    for (int i = 0; i < nv; i++)
        evidence_put(&b, i == 0, v[i].s, v[i].n);
    int blank = want - digits;
    const char *label = what ? what : "";
    if (b.failed)
        r->oom = 1;
    else
        rep_diag(r, "struct-blank-cells", v[0].line,
                 rep_printf(r, "%s%s%s（%d 个单元格只有 %d 个数字，都是 0：%d 个单元格空白，"
                               "无法确定是哪%s，按 0 计）",
                            label, *label ? "：" : "", b.data, want, digits, blank,
                            blank > 1 ? "几个" : "一个"),
                 rep_printf(r, "%s%s%s (%d digits for %d cells, all 0: %d cell%s blank, which "
                               "cannot be told; read as 0)",
                            label, *label ? ": " : "", b.data, digits, want, blank,
                            blank > 1 ? "s" : ""));
    xbuf_free(&b);
    return want;
}

/* The cells cut x of sp makes, into out[0..sp->want). */
static void split_cells(const splitter *sp, const split *x, lcell *out)
{
    for (int i = 0; i < sp->want; i++) {
        const lcell *t = sp->tok[x->cut[i]];
        out[i] = *t;
        out[i].s = t->s + x->off[i];
        out[i].n = (size_t)x->len[i];
        out[i].col = t->col + (unsigned)x->off[i];
        out[i].kind = x->len[i] ? num_parse(out[i].s, out[i].n, &out[i].value) : NUM_BLANK;
        if (!x->len[i])
            out[i].value = 0;
    }
}

/* Figures glued together ("20 0 0 0 02" for seven cells): cut them apart when exactly one cut
 * gives the right number of figures (a blank cell standing for a space between tokens only when
 * no cut without one does), or exactly one of several satisfies the row's arithmetic, or
 * exactly one agrees best with the figures the narrative states for the row (reported, with the
 * clause).  Writes the parts to out and returns their number; 0 when there is nothing to cut;
 * -1 when the cut is ambiguous (reported: the figures stay null, never guessed). */
static int unglue(scan *s, const lcell *v, int nv, int want, unsigned totals,
                  const xxgk_row_spec *row, const char *what, lcell *out)
{
    if (!s->r->flat || nv >= want || want > SPLIT_MAX || nv > SPLIT_MAX)
        return 0;
    splitter sp = {.ntok = nv, .want = want, .totals = totals, .whole = s->spaced};
    int zeros = 1, noughts = 1, digits = 0; /* (each figure "0"; every digit a 0) */
    for (int i = 0; i < nv; i++) {
        if (v[i].kind != NUM_PLAIN && v[i].kind != NUM_RANGE) /* (a run of digits too long
                                                                * for one figure is many) */
            return 0;
        for (size_t k = 0; k < v[i].n; k++) {
            if (v[i].s[k] < '0' || v[i].s[k] > '9')
                return 0;
            noughts &= v[i].s[k] == '0';
        }
        digits += (int)v[i].n;
        sp.tok[i] = &v[i];
        zeros &= v[i].n == 1 && v[i].s[0] == '0';
    }
    if (s->spaced) {
        /* A blank cell a page marked (&nbsp;) keeps its place: it adds itself and a space to
         * the one between two figures ("3   3": a blank between). */
        int cells = nv, marked = 1;
        for (int i = 0; i + 1 < nv && marked; i++) {
            int gap = spaces_between(&v[i], &v[i + 1]);
            marked = gap >= 1;
            cells += gap > 1 ? (gap - 1) / 2 : 0;
        }
        if (marked && cells == want) {
            for (int i = 0, k = 0; i < nv; i++) {
                out[k++] = v[i];
                int gap = i + 1 < nv ? spaces_between(&v[i], &v[i + 1]) : 0;
                for (int b = 0; b < (gap > 1 ? (gap - 1) / 2 : 0); b++, k++) {
                    out[k] = v[i];
                    out[k].s = v[i].s + v[i].n;
                    out[k].n = 0;
                    out[k].col = v[i].col + (unsigned)v[i].n + 1 + 2 * (unsigned)b;
                    out[k].kind = NUM_BLANK;
                    out[k].value = 0;
                }
            }
            return want;
        }
        /* Else text joined with a space between its pieces keeps no trace of a blank cell:
         * which cells the figures fill cannot be told, unless they are all 0 (a blank is 0). */
        if (!zeros) {
            glued_readings(s->r, &sp, row, v, nv);
            return -1;
        }
        return zeros_short(s->r, v, nv, nv, want, what, out);
    }
    split_rec(&sp, 0, 0, 0);
    if (sp.nsol == 0) {
        sp.blanks = 1;
        split_rec(&sp, 0, 0, 0);
    }
    /* Zeros too few for the cells, with no space between them to mark where the blank ones
     * stood: every cut reads 0s and blank cells. */
    if (sp.nsol == 0 && noughts && digits < want)
        return zeros_short(s->r, v, nv, digits, want, what, out);
    /* The arithmetic chooses among several cuts. */
    int add_up = 0; /* every cut in sp adds up to the row's 总计s */
    if (sp.nsol > 1 && totals) {
        splitter again = sp;
        again.nsol = 0;
        again.use_check = 1;
        split_rec(&again, 0, 0, 0);
        if (again.nsol > 0) {
            sp = again;
            add_up = 1;
        }
    }
    /* The only cut, where its row does not add up while a cut of the row with blank cells
     * lost (nothing marks one in glued text) would, is not taken: which one the row is cannot
     * be told.  Where none would, the row is as printed, its error the report's. */
    int pick = sp.nsol == 1 ? 0 : -1;
    if (pick == 0 && totals && !split_adds_up(&sp, &sp.sol[0]) && lost_cut(&sp, NULL))
        pick = -1;
    /* Several cuts that give the same figures (a blank cell is 0) are one reading. */
    int same = sp.nsol > 1 && sp.nsol <= SOLUTIONS_MAX;
    for (int k = 1; same && k < sp.nsol; k++)
        for (int i = 0; same && i < want; i++)
            same = part_value(&sp, &sp.sol[k], i) == part_value(&sp, &sp.sol[0], i);
    if (same)
        pick = 0;
    xbuf why, why_en;
    xbuf_init(&why, 0);
    xbuf_init(&why_en, 0);
    if (sp.nsol > 1 && !same)
        pick = narrative_choice(s, &sp, row, &why, &why_en);
    if (why.failed || why_en.failed)
        pick = -1; /* a cut the narrative chose is taken only with its reason reported */
    /* (nor, where blank cells were lost, one that does not add up, or where the row with some
     * lost would read, and add up, as other figures) */
    if (pick >= 0 && s->lost &&
        ((totals && !split_adds_up(&sp, &sp.sol[pick])) || lost_cut(&sp, &sp.sol[pick])))
        pick = -1;
    if (pick < 0) {
        xbuf_free(&why);
        xbuf_free(&why_en);
        glued_readings(s->r, &sp, row, v, nv);
        /* (every cut there is, each adding up: the table's other rows may choose) */
        if (sp.nsol > 1 && sp.nsol <= SOLUTIONS_MAX && add_up && !s->lost && !sp.whole &&
            (s->held || (s->held = malloc(sizeof *s->held)) != NULL)) {
            *s->held = sp;
            s->held_ok = 1;
        }
        return -1;
    }
    split_cells(&sp, &sp.sol[pick], out);
    if (why.len) {
        /* Not a certainty: say which cut was taken and why, so a person can verify it. */
        xbuf b;
        xbuf_init(&b, 0);
        for (int i = 0; i < nv; i++)
            xbuf_printf(&b, "%s%.*s", i ? " " : "", (int)v[i].n, v[i].s);
        xbuf_puts(&b, " →");
        for (int i = 0; i < want; i++)
            xbuf_printf(&b, " %.*s", (int)out[i].n, out[i].s);
        const char *cut = b.failed ? NULL : rep_strndup(s->r, b.data, b.len);
        xbuf_free(&b);
        if (cut)
            rep_diag(s->r, "reader-glued-text", v[0].line,
                     rep_printf(s->r, "%s%s", cut, why.data),
                     rep_printf(s->r, "%s%s", cut, why_en.data));
        else
            s->r->oom = 1;
    }
    xbuf_free(&why);
    xbuf_free(&why_en);
    return want;
}

/* Whether flattened text has a space between every two figures in its tables (sections 二, 三
 * and 四; not a telephone number in the text, 0571 86001234): no run of digits there holds
 * several (none but 0 itself begins with a 0, where glued text runs 0000000) and some row holds
 * more than one.  *zero_runs: whether a run of digits there begins with a 0. */
static int spaced_figures(scan *s, int *zero_runs)
{
    const lgrid *g = s->g;
    int glued = 0, spaces = 0;
    for (int t = 2; t <= 4; t++) {
        set_regions(s, t);
        for (size_t ri = 0; ri < g->nrows; ri++) {
            const lrow *rw = &g->rows[ri];
            if (!in_regions(s, rw->line))
                continue;
            size_t here = 0;
            for (int i = 0; i < rw->n; i++) {
                const lcell *c = &g->cells[rw->first + i];
                size_t k = 0;
                while (k < c->n && c->s[k] >= '0' && c->s[k] <= '9')
                    k++;
                if (c->kind != NUM_PLAIN || k != c->n)
                    continue;
                glued |= c->n > 1 && c->s[0] == '0';
                here++;
            }
            spaces |= here > 1;
        }
    }
    *zero_runs = glued;
    return !glued && spaces;
}

/* Whether glued text lost blank cells: a row of section 三 whose digits, one run, are fewer
 * than table 三's cells. */
static int lost_blanks(scan *s)
{
    const xxgk_table_spec *t = &s->r->spec->tables[XXGK_TABLE_REQUESTS];
    set_regions(s, 3);
    for (size_t ri = 0; ri < s->g->nrows; ri++) {
        const lrow *rw = &s->g->rows[ri];
        const lcell *c = &s->g->cells[rw->first];
        size_t k = 0;
        while (rw->n == 1 && k < c->n && c->s[k] >= '0' && c->s[k] <= '9')
            k++;
        if (rw->n == 1 && c->kind == NUM_PLAIN && k == c->n && k < (size_t)t->rows[0].ncols &&
            in_regions(s, rw->line))
            return 1;
    }
    return 0;
}

/* A row printed at line whose figures cannot be told apart: its cells stay null, but they have
 * a place, so the row is not missing. */
static void mark_printed(xxgk_report *r, int first_cell, int ncols, unsigned line)
{
    for (int i = 0; i < ncols; i++)
        r->cells[first_cell + i].line = line;
}

/* Figures placed in cells first..first+n taken back: null again, but printed on `line` (the
 * table is there; its figures could not be placed). */
static void take_back(xxgk_report *r, int first, int n, unsigned line)
{
    for (int k = 0; k < n; k++)
        memset(&r->cells[first + k], 0, sizeof r->cells[first + k]); /* XXGK_CELL_ABSENT */
    mark_printed(r, first, n, line);
}

/* The line a cell of the grid was cut from, when the cell lies in it (not joined from
 * elsewhere); NULL otherwise. */
static const char *home_line(const scan *s, const lcell *c)
{
    if (c->line < 1 || c->line > s->r->nlines)
        return NULL;
    const char *line = s->r->lines[c->line - 1];
    uintptr_t at = (uintptr_t)c->s, from = (uintptr_t)line;
    return at >= from && at + c->n <= from + strlen(line) ? line : NULL;
}

/* A cell's centre in characters (pdftotext -layout lines text up so, a Chinese character one
 * column) or, wide, in the columns an editor shows (a Chinese character two: text aligned by
 * hand). */
static double centre(const scan *s, const lcell *c, int wide)
{
    const char *line =
        wide && c->line >= 1 && c->line <= s->r->nlines ? s->r->lines[c->line - 1] : NULL;
    /* (a cell of the line itself, told by address: one joined elsewhere is counted as is) */
    uintptr_t at = (uintptr_t)c->s, from = (uintptr_t)line;
    if (!line || at < from || at > from + strlen(line))
        return c->col + u8_count(c->s, c->n) / 2.0;
    return 1 + (double)u8_width(line, (size_t)(at - from)) + u8_width(c->s, c->n) / 2.0;
}

/* Whether the line's cells are set apart by spaces: any line of space-aligned text, and a line
 * with no tab in text of tab-separated cells (a table of one copied from a PDF among those
 * copied from Word). */
static int spaced_line(const scan *s, unsigned line)
{
    if (strcmp(s->r->layout, "spaces") == 0)
        return 1;
    return strcmp(s->r->layout, "tabs") == 0 && line >= 1 && line <= s->r->nlines &&
           !strchr(s->r->lines[line - 1], '\t');
}

/* Whether line is a row of a Markdown table ("| 规章 | 3 | 0 |"). */
static int pipe_row(const xxgk_report *r, unsigned line)
{
    return line >= 1 && line <= r->nlines && layout_pipe_row(r->lines[line - 1]);
}

/* The centres of the last n cells of grid row ri when they are its only trailing figures; 0
 * when the row does not end in exactly n figures. */
static int row_centres(const scan *s, size_t ri, int n, int wide, double out[])
{
    const lrow *rw = &s->g->rows[ri];
    if (!in_regions(s, rw->line) || rw->n < n + 1 || !spaced_line(s, rw->line))
        return 0;
    const lcell *c = &s->g->cells[rw->first];
    int tail = 0;
    while (tail < rw->n && c[rw->n - 1 - tail].kind != NUM_NONE &&
           c[rw->n - 1 - tail].kind != NUM_BLANK)
        tail++;
    if (tail != n)
        return 0;
    for (int k = 0; k < n; k++)
        out[k] = centre(s, &c[rw->n - n + k], wide);
    return 1;
}

/* Where the n figures of full rows stand near `line`, in space-aligned text: a[0] in the
 * nearest row above that prints all n, when have[0], and a[1] in the nearest below, when
 * have[1].  0 when there is neither. */
static int anchors_near(const scan *s, unsigned line, int n, int wide, double a[2][ALIGN_MAX],
                        int have[2])
{
    size_t at[2] = {0, 0};
    have[0] = have[1] = 0;
    for (size_t ri = 0; ri < s->g->nrows; ri++) {
        unsigned l = s->g->rows[ri].line;
        if (l < line && row_centres(s, ri, n, wide, a[0])) {
            have[0] = 1; /* (rows come in line order: the last one above is the nearest) */
            at[0] = ri;
        } else if (l > line && !have[1] && row_centres(s, ri, n, wide, a[1])) {
            have[1] = 1;
            at[1] = ri;
        }
    }
    for (int h = 0; h < 2; h++) {
        if (!have[h])
            continue;
        for (int k = 1; k < n; k++)
            if (a[h][k] - a[h][k - 1] < 2)
                have[h] = 0;
    }
    if (have[0] != have[1]) {
        /* One row alone is a measure only when its figures stand apart from its label, in
         * columns: figures a space or two after the label stand where the label ended. */
        const lrow *rw = &s->g->rows[at[have[0] ? 0 : 1]];
        const lcell *label = &s->g->cells[rw->first + (size_t)(rw->n - n - 1)];
        if (label->line == rw->line && label[1].line == rw->line &&
            label[1].col < label->col + u8_count(label->s, label->n) + 3)
            return 0;
    }
    return have[0] || have[1];
}

/* Whether the full rows of n figures line up by the measure (wide or not): two or more of them,
 * labels of other widths before them, with every column within a character and a half. */
static int measure_holds(const scan *s, int n, int wide)
{
    double first[ALIGN_MAX], at[ALIGN_MAX], by[2][ALIGN_MAX];
    int rows = 0, other = 0; /* (rows whose columns the other measure puts elsewhere) */
    for (size_t ri = 0; ri < s->g->nrows; ri++) {
        if (!row_centres(s, ri, n, wide, at) || !row_centres(s, ri, n, !wide, by[rows > 0]))
            continue;
        if (rows++ == 0) {
            memcpy(first, at, sizeof at);
            continue;
        }
        for (int k = 0; k < n; k++) {
            if (fabs(at[k] - first[k]) > 1.5)
                return 0;
            other |= fabs(by[1][k] - by[0][k]) > 1.5;
        }
    }
    return rows >= 2 && other;
}

/* The columns of a short row's figures v by the centres a of a full row's: out[k] the index in
 * v of column k's figure or -1; 0 when some figure is not clearly under one column. */
static int align_under(const scan *s, const lcell *v, int nv, int ncols, int wide,
                       const double a[], int out[])
{
    double gap = a[1] - a[0];
    for (int k = 2; k < ncols; k++)
        if (a[k] - a[k - 1] < gap)
            gap = a[k] - a[k - 1];
    for (int k = 0; k < ncols; k++)
        out[k] = -1;
    /* A label that runs on past where the first column's figures begin (a long one, aligned
     * by hand) pushed its line's figures right: where they stand says nothing of their
     * columns. */
    const char *line = home_line(s, &v[0]);
    if (line) {
        size_t end = (size_t)(v[0].s - line);
        while (end > 0 && line[end - 1] == ' ')
            end--;
        double reach = (double)(wide ? u8_width(line, end) : u8_count(line, end));
        if (end > 0 && reach >= a[0] - gap / 2)
            return 0;
    }
    int last = -1;
    for (int i = 0; i < nv; i++) {
        if (v[i].line != v[0].line)
            return 0; /* a row printed over lines: positions of two lines do not compare */
        double c = centre(s, &v[i], wide);
        int best = 0;
        for (int k = 1; k < ncols; k++)
            if (fabs(c - a[k]) < fabs(c - a[best]))
                best = k;
        if (fabs(c - a[best]) >= gap / 2 || best <= last)
            return 0;
        out[best] = i;
        last = best;
    }
    return 1;
}

/* The columns of a short row's figures v by one measure, under the nearest full rows above and
 * below it: where both are, both must place them alike (a page break can move the columns),
 * but for a row whose figures only one of them places, the other standing apart from it in
 * one column alone (a long label pushing its row's first figure along). */
static int align_by(const scan *s, const lcell *v, int nv, int ncols, int wide, int out[])
{
    double a[2][ALIGN_MAX] = {{0}};
    int have[2], by[2][ALIGN_MAX], placed[2] = {0, 0};
    if (!anchors_near(s, v[0].line, ncols, wide, a, have))
        return 0;
    for (int h = 0; h < 2; h++)
        placed[h] = have[h] && align_under(s, v, nv, ncols, wide, a[h], by[h]);
    if (have[0] && have[1]) {
        if (placed[0] && placed[1]) {
            if (memcmp(by[0], by[1], (size_t)ncols * sizeof *out) != 0)
                return 0;
        } else {
            int apart = 0;
            for (int k = 0; k < ncols; k++)
                apart += fabs(a[0][k] - a[1][k]) > 1.5;
            if (apart > 1)
                return 0;
        }
    }
    if (!placed[0] && !placed[1])
        return 0;
    memcpy(out, by[placed[0] ? 0 : 1], (size_t)ncols * sizeof *out);
    return 1;
}


/* The spaces before and after the figures v[0..nv) of one line of cells joined by runs of w
 * spaces: gap[0] between the text before them and v[0] (the line's start counting as a cell's
 * end and its run), gap[i] between v[i-1] and v[i], gap[nv] after v[nv-1] to the line's end.
 * 0 when the cells are not all of one line. */
static int figure_gaps(const scan *s, const lcell *v, int nv, size_t w, size_t gap[])
{
    const char *line = home_line(s, &v[0]);
    if (!line)
        return 0;
    for (int i = 0; i < nv; i++)
        if (home_line(s, &v[i]) != line)
            return 0;
    const char *p = v[0].s;
    size_t run = 0;
    while (p > line && p[-1] == ' ')
        p--, run++;
    gap[0] = p == line ? run + w : run;
    for (int i = 1; i < nv; i++) {
        const char *end = v[i - 1].s + v[i - 1].n;
        for (const char *q = end; q < v[i].s; q++)
            if (*q != ' ')
                return 0;
        gap[i] = (size_t)(v[i].s - end);
    }
    const char *end = v[nv - 1].s + v[nv - 1].n;
    run = 0;
    while (end[run] == ' ')
        run++;
    if (end[run])
        return 0;
    gap[nv] = run;
    return 1;
}

/* Whether the table's lines are cells joined by a fixed run of spaces (text taken from a web
 * page's table, each cell followed by two spaces): every run between two words of its lines a
 * multiple of the shortest, and every line ending in the same run (the separator or none; one
 * space only with the separator).  Sets s->run and s->run_tail; both 0 when not. */
static void joined_runs(scan *s)
{
    size_t w = 0, tail = 0, lines = 0;
    s->run = s->run_tail = 0;
    if (strcmp(s->r->layout, "spaces") != 0)
        return;
    for (int i = 0; i < s->nregions; i++)
        for (unsigned l = s->regions[i].from; l <= s->regions[i].to && l <= s->r->nlines; l++) {
            const char *p = s->r->lines[l - 1];
            p += strspn(p, " ");
            size_t words = 0, run = 0;
            while (*p) {
                p += strcspn(p, " ");
                words++;
                run = strspn(p, " ");
                p += run;
                if (!*p)
                    break;
                /* (a space inside a label, "2. 重复申请", "（三）不予公开 3.危及", is no cell's
                 * end: only runs before a figure count, a numbering "3." none) */
                size_t fig = strspn(p, "0123456789,.");
                if (*p < '0' || *p > '9' || p[fig - 1] == '.' || (p[fig] != ' ' && p[fig]))
                    continue;
                if (w == 0 || run < w) {
                    if (w && w % run != 0)
                        return;
                    w = run;
                } else if (run % w != 0) {
                    return;
                }
            }
            if (words < 2)
                continue;
            if (lines++ == 0)
                tail = run;
            else if (run != tail)
                return;
        }
    /* (runs of one space are any text's: only every line ending in one says cells) */
    if (lines >= 3 && (w >= 2 ? tail == 0 || tail == w : w == 1 && tail == 1)) {
        s->run = w;
        s->run_tail = tail;
    }
}

/* The columns of a short row's figures v in a table of joined cells (see joined_runs): a blank
 * cell prints nothing but its run, so the runs count the blanks; out[k] as for align_short_row.
 * 0 when the runs do not make up exactly ncols cells. */
static int align_by_runs(const scan *s, const lcell *v, int nv, int ncols, int out[])
{
    size_t w = s->run, gap[JOINED_MAX + 1];
    if (w == 0 || !figure_gaps(s, v, nv, w, gap) || gap[nv] < s->run_tail)
        return 0;
    gap[nv] += w - s->run_tail; /* (the last cell's run, as if printed, and then one a blank) */
    int k = 0;
    for (int i = 0; i <= nv; i++) {
        if (gap[i] % w != 0 || gap[i] == 0)
            return 0;
        for (size_t b = 1; b < gap[i] / w; b++) {
            if (k >= ncols)
                return 0;
            out[k++] = -1;
        }
        if (i < nv) {
            if (k >= ncols)
                return 0;
            out[k++] = i;
        }
    }
    return k == ncols;
}

/* Whether label cell c, in a table of joined cells, ends its line with the runs of exactly
 * ncols blank cells: a row whose cells were all left blank. */
static int blanks_by_runs(const scan *s, const lcell *c, int ncols)
{
    const char *line = home_line(s, c);
    if (!s->run || !line)
        return 0;
    const char *end = c->s + c->n;
    size_t run = strspn(end, " ");
    if (end[run] || run < s->run_tail)
        return 0;
    run += s->run - s->run_tail;
    return run % s->run == 0 && run / s->run == (size_t)ncols + 1;
}

/* The columns of a short row's figures by where they stand (see align_short_row). */
static int align_by_position(const scan *s, const lcell *v, int nv, int ncols, int out[])
{
    int narrow[ALIGN_MAX];
    for (int k = 0; k < ncols; k++)
        out[k] = -1;
    int by_chars = align_by(s, v, nv, ncols, 0, out);
    memcpy(narrow, out, sizeof narrow);
    int by_cols = align_by(s, v, nv, ncols, 1, out);
    if (by_chars && by_cols && memcmp(narrow, out, (size_t)ncols * sizeof *out) == 0)
        return 1;
    int chars = measure_holds(s, ncols, 0), cols = measure_holds(s, ncols, 1);
    if (by_cols && cols && !chars)
        return 1;
    memcpy(out, narrow, sizeof narrow);
    /* (placed by characters alone: as pdftotext text always was, unless the rows say
     * otherwise) */
    return by_chars && (by_cols ? chars && !cols : !(cols && !chars));
}

/* Place the figures of a short row of space-aligned text (a blank cell prints nothing) by the
 * columns they stand under: out[k] is the index in v of column k's figure, or -1 for a blank.
 * Columns are counted in characters, as pdftotext lines text up, or in an editor's columns (a
 * Chinese character two), as text aligned by hand is: where the two place the figures apart,
 * the measure the table's full rows line up by decides, and with none, nothing is placed.
 * Cells joined by a fixed run of spaces stand where the text before them ended, not under a
 * column: their runs count the blanks.  0 when some figure is not clearly in one column. */
static int align_short_row(const scan *s, const lcell *v, int nv, int ncols, int out[])
{
    if (ncols < 2 || nv >= ncols || nv < 1 || !spaced_line(s, v[0].line))
        return 0;
    if (s->run)
        return ncols <= JOINED_MAX && align_by_runs(s, v, nv, ncols, out);
    return ncols <= ALIGN_MAX && align_by_position(s, v, nv, ncols, out);
}

/* Cells v[0..all) for want columns, too many and blank at both ends: a merged label's empty
 * cell and a blank last figure, or a blank first figure and empty cells after the row?  1 when
 * the readings (the figures after 0, 1, ... leading blanks, the rest blank) differ: any of
 * them may move every figure by a column. */
static int blanks_ambiguous(const lcell *v, int all, int want)
{
    if (all <= want || want < 2 || v[0].kind != NUM_BLANK || v[all - 1].kind != NUM_BLANK)
        return 0;
    int first = -1;
    for (int k = 0; k + want <= all; k++) {
        int ok = 1; /* v[0..k) and v[k+want..all) blank */
        for (int i = 0; i < all && ok; i++)
            ok = (i >= k && i < k + want) || v[i].kind == NUM_BLANK;
        if (!ok)
            continue;
        if (first < 0)
            first = k;
        for (int i = 0; i < want; i++)
            if (v[first + i].kind != v[k + i].kind || v[first + i].value != v[k + i].value)
                return 1;
    }
    return 0;
}

/* Whether a row short of cells holds numbers in groups of three ("9 487") that, taken apart at
 * their spaces, could make up the cells it lacks: the space may be a thousands separator or
 * what is left of a tab between two figures. */
static int grouped_ambiguous(const lcell *v, int all, int want)
{
    int apart = 0;
    while (all > 0 && v[0].kind == NUM_BLANK) { /* label cells merged across columns */
        v++;
        all--;
    }
    for (int i = 0; i < all; i++)
        if (v[i].kind == NUM_GROUPED)
            for (size_t k = 0; k < v[i].n; k++)
                apart += v[i].s[k] == ' ';
    return apart && all < want && all + apart >= want;
}

static int all_digits(const char *p, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (p[k] < '0' || p[k] > '9')
            return 0;
    return n > 0;
}

/* Whether, in space-aligned text, two of v stand one space apart, digits then a digit: 1 when
 * the second is of three digits ("12 345"), the space perhaps separating thousands; 2 for
 * others ("1 2 0", "2 9"), a figure's digits perhaps spaced out; not cells told apart, when a
 * row has more figures than cells. */
static int spaced_digits(const scan *s, const lcell *v, int nv)
{
    if (strcmp(s->r->layout, "spaces") != 0)
        return 0;
    int found = 0;
    for (int i = 1; i < nv && found != 1; i++) {
        const lcell *a = &v[i - 1], *b = &v[i];
        if (all_digits(a->s, a->n) && b->n >= 1 && b->s[0] >= '0' && b->s[0] <= '9' &&
            a->line == b->line && b->col == a->col + a->n + 1)
            found = a->n <= 3 && b->n == 3 && all_digits(b->s, 3) ? 1 : 2;
    }
    return found;
}

/* Put what value cell v holds into report cell c of the row `what`. */
static void place(xxgk_report *r, xxgk_cell *c, const lcell *v, const char *what)
{
    c->kind = cell_kind(v->kind);
    if (v->kind == NUM_GROUPED && memchr(v->s, ' ', v->n) &&
        (unsigned char)v->s[v->n - 1] >= 0x80) /* "9 487 件" */
        c->kind = XXGK_CELL_NUMBER_TEXT;
    c->value = c->kind == XXGK_CELL_TEXT ? 0 : v->value;
    c->line = v->line;
    c->column = v->col;
    c->raw = rep_strndup(r, v->s, v->n);
    if (v->kind == NUM_RANGE)
        rep_diag(r, "reader-number-range", v->line,
                 rep_printf(r, "%s：%.*s", what, (int)v->n, v->s),
                 rep_printf(r, "%s: %.*s", what, (int)v->n, v->s));
}

/* A row of separated cells (tabs, a table) short of cells whose last figure is the sum of the
 * others before it: the row's 总计, its last column, printed after cells lost somewhere among
 * the applicants' (a cell dropped by a copy, not a blank left at the end). */
static int total_ends_short_row(const scan *s, const lcell *v, int nv, int all, int ncols,
                                unsigned totals)
{
    if (s->r->flat || strcmp(s->r->layout, "spaces") == 0 || nv < 2 || all != nv ||
        nv >= ncols || ncols > 32 || totals != 1u << (ncols - 1) || s->nprinted)
        return 0;
    double sum = 0;
    for (int i = 0; i < nv; i++)
        if (v[i].kind != NUM_PLAIN && v[i].kind != NUM_GROUPED && v[i].kind != NUM_BLANK)
            return 0;
    for (int i = 0; i + 1 < nv; i++)
        sum += v[i].value;
    return v[nv - 1].kind != NUM_BLANK && v[nv - 1].value > 0 && v[nv - 1].value == sum;
}

/* Whether a row of one cell too many is read from its first n cells: they are parts then their
 * total, or one of v[0..nv) is negative or a fraction, which is the row's error to tell. */
static int take_first_cells(const lcell *v, int nv, int n)
{
    double sum = 0;
    for (int i = 0; i < nv; i++)
        if (v[i].value < 0 || v[i].value != floor(v[i].value))
            return 1;
    for (int i = 0; i < n - 1; i++)
        sum += v[i].value;
    return sum == v[n - 1].value;
}

/* A row of one cell too many (9 0 0 0 0 0 0 9 for six applicants and the total) whose
 * readings without one of its cells agree with its total all give the same figures: the cell
 * to leave out (the first such), or -1 when there is no such reading or they differ. */
static int extra_cell_at(const lcell *v, int nv, int ncols, unsigned totals)
{
    if (nv != ncols + 1 || ncols < 3 || ncols > 32 || totals != 1u << (ncols - 1))
        return -1;
    for (int i = 0; i < nv; i++)
        if (v[i].kind != NUM_PLAIN && v[i].kind != NUM_GROUPED)
            return -1;
    int found = -1;
    for (int d = 0; d < nv; d++) {
        /* (no count is negative or a fraction: such a figure is the row's error to tell, not
         * a cell too many to drop) */
        if (v[d].value < 0 || v[d].value != floor(v[d].value))
            continue;
        double sum = 0, total = 0;
        for (int i = 0, k = 0; i < nv; i++) {
            if (i == d)
                continue;
            if (k < ncols - 1)
                sum += v[i].value;
            else
                total = v[i].value;
            k++;
        }
        if (sum != total)
            continue;
        if (found < 0) {
            found = d;
            continue;
        }
        for (int i = 0, a = 0, b = 0; i < ncols; i++, a++, b++) { /* the same figures? */
            a += a == found;
            b += b == d;
            if (v[a].value != v[b].value)
                return -1;
        }
    }
    return found;
}

static void put_blank(xxgk_cell *c, unsigned line)
{
    c->kind = XXGK_CELL_BLANK;
    c->value = 0;
    c->line = line;
    c->raw = "";
}

/* The spaces between cells a and b of one line, or -1 when anything else is (another line). */
static int spaces_between(const lcell *a, const lcell *b)
{
    if (a->line != b->line || b->s < a->s + a->n)
        return -1;
    for (const char *p = a->s + a->n; p < b->s; p++)
        if (*p != ' ')
            return -1;
    return (int)(b->s - (a->s + a->n));
}

/* A row one figure too long whose dash stands one space before a figure under a column that may
 * be negative, where its other cells stand further apart (2019's 本年增/减: "30   - 2   120", as
 * PDF text sets a sign apart): the dash is the figure's sign, the row v[0..nv) joined so into
 * out (nv - 1 cells).  Only one such pair; among cells one space apart, not guessed. */
static int signed_apart(const lcell *v, int nv, const xxgk_row_spec *row, int filled,
                        lcell *out)
{
    int at = -1;
    for (int i = 0; i + 1 < nv; i++)
        if (v[i].kind == NUM_DASH && (v[i + 1].kind == NUM_PLAIN || v[i + 1].kind == NUM_UNIT) &&
            v[i + 1].value > 0 && spaces_between(&v[i], &v[i + 1]) == 1 &&
            filled + i < row->ncols && (row->cols[filled + i].flags & XXGK_COL_SIGNED)) {
            if (at >= 0)
                return 0;
            at = i;
        }
    for (int i = 0; at >= 0 && i + 1 < nv; i++)
        if (i != at && spaces_between(&v[i], &v[i + 1]) < 2)
            return 0;
    if (at < 0)
        return 0;
    for (int i = 0, k = 0; i < nv; i++, k++) {
        out[k] = v[i];
        if (i == at) {
            out[k].n = (size_t)(v[i + 1].s + v[i + 1].n - v[i].s);
            out[k].kind = v[i + 1].kind;
            out[k].value = -v[i + 1].value;
            i++;
        }
    }
    return 1;
}

/* A row one figure short whose one cell of text is a figure and a signed one glued, standing
 * just before a column that may be negative (2019's 上一年项目数量 and 本年增/减: "30减2",
 * "16增加3", "30+2"): the sign word or sign is the cut, the row v[0..nv) split so into out
 * (nv + 1 cells). */
static int signed_glued(const lcell *v, int nv, const xxgk_row_spec *row, int filled,
                        lcell *out)
{
    int at = -1;
    size_t cut = 0;
    for (int i = 0; i < nv; i++) {
        if (v[i].kind != NUM_NONE)
            continue;
        int k = filled + i;
        if (at >= 0 || k + 1 >= row->ncols || (row->cols[k].flags & XXGK_COL_SIGNED) ||
            !(row->cols[k + 1].flags & XXGK_COL_SIGNED))
            return 0;
        const char *c = v[i].s;
        size_t n = v[i].n, d = 0, e;
        while (d < n && c[d] >= '0' && c[d] <= '9')
            d++;
        for (e = d; e < n && c[e] == ' '; e++)
            ;
        int neg;
        double x;
        num_kind head = d ? num_parse(c, d, &x) : NUM_NONE, tail = NUM_NONE;
        if (e < n && (c[e] == '+' || c[e] == '-' || text_sign_word(c + e, n - e, &neg)))
            tail = num_parse(c + e, n - e, &x);
        if (head != NUM_PLAIN || (tail != NUM_PLAIN && tail != NUM_UNIT))
            return 0;
        at = i;
        cut = d;
    }
    if (at < 0)
        return 0;
    for (int i = 0, k = 0; i < nv; i++, k++) {
        out[k] = v[i];
        if (i != at)
            continue;
        out[k].n = cut;
        out[k].kind = num_parse(v[i].s, cut, &out[k].value);
        const char *t = v[i].s + cut;
        size_t tn = v[i].n - cut;
        while (*t == ' ')
            t++, tn--;
        k++;
        out[k] = v[i];
        out[k].s = t;
        out[k].n = tn;
        out[k].col = v[i].col + (unsigned)u8_count(v[i].s, (size_t)(t - v[i].s));
        out[k].kind = num_parse(t, tn, &out[k].value);
    }
    return 1;
}

/* The row put_values could not cut (s->held, its last diagnostic the row's reader-glued),
 * kept for glued_by_columns when it is table 三's. */
static void keep_glued(scan *s, const xxgk_row_spec *row, int first_cell, const char *what)
{
    const xxgk_table_spec *t = &s->r->spec->tables[XXGK_TABLE_REQUESTS];
    if (row < t->rows || row >= t->rows + t->nrows || s->npend == GLUED_ROWS_MAX)
        return;
    if (!s->pend && !(s->pend = malloc(GLUED_ROWS_MAX * sizeof *s->pend)))
        return; /* (a choice not made: the row stays null, as said) */
    glued_cut *g = &s->pend[s->npend++];
    g->row = row;
    g->first_cell = first_cell;
    g->what = what;
    g->diag = s->r->ndiags - 1;
    g->sp = *s->held;
    for (int i = 0; i < g->sp.ntok; i++) {
        g->toks[i] = *g->sp.tok[i];
        g->sp.tok[i] = &g->toks[i];
    }
}

/* Whether cell k of row, or of the kept row g standing for it cut its way c, is known: its
 * value in *v. */
static int row_value(const scan *s, const xxgk_row_spec *row, int k, const int *choice,
                     double *v)
{
    for (int i = 0; i < s->npend; i++)
        if (s->pend[i].row == row) {
            *v = part_value(&s->pend[i].sp, &s->pend[i].sp.sol[choice[i]], k);
            return 1;
        }
    const xxgk_cell *c = &s->r->cells[row->first_cell + k];
    *v = c->value;
    return xxgk_cell_known(c);
}

/* Whether row, not printed, is stood for by others that are: a group printed as its
 * sub-rows, or sub-rows by their group printed as one row (a 2019-style （六）其他处理). */
static int stood_for(const xxgk_report *r, const xxgk_table_spec *t, const xxgk_row_spec *row)
{
    if (row->flags & XXGK_ROW_SINGLE_ALT)
        return 1;
    for (int i = 0; row->caption && i < t->nrows; i++)
        if ((t->rows[i].flags & XXGK_ROW_SINGLE_ALT) &&
            strcmp(row->caption, t->rows[i].label) == 0 && xxgk_report_row_present(r, &t->rows[i]))
            return 1;
    return 0;
}

/* Whether table 三's arithmetic holds in every column with the kept rows cut as choice says:
 * the outcomes add up to （七）总计 (when every outcome row is read, or stood for by its group
 * printed as one row), and 一 + 二 = （七）总计 + 四.  -1 when neither can be told. */
static int columns_hold(const scan *s, const xxgk_table_spec *t, const int *choice)
{
    const xxgk_row_spec *tot = NULL, *nw = NULL, *in = NULL, *out = NULL;
    for (int i = 0; i < t->nrows; i++) {
        const char *key = t->rows[i].key;
        tot = key && strcmp(key, "total") == 0 ? &t->rows[i] : tot;
        nw = key && strcmp(key, "new") == 0 ? &t->rows[i] : nw;
        in = key && strcmp(key, "carried_in") == 0 ? &t->rows[i] : in;
        out = key && strcmp(key, "carried_out") == 0 ? &t->rows[i] : out;
    }
    if (!tot)
        return -1;
    int told = 0;
    for (int k = 0; k < tot->ncols; k++) {
        double total, v, sum = 0;
        int known = row_value(s, tot, k, choice, &total);
        for (int i = 0; known && i < t->nrows; i++) {
            const xxgk_row_spec *row = &t->rows[i];
            if (!(row->flags & XXGK_ROW_OUTCOME) || row->ncols != tot->ncols)
                continue;
            if (row_value(s, row, k, choice, &v))
                sum += v;
            else if (xxgk_report_row_present(s->r, row) || !stood_for(s->r, t, row))
                known = 0; /* (printed and not read, or not printed at all) */
        }
        if (known) {
            if (sum != total)
                return 0;
            told = 1;
        }
        double a, b, d;
        if (nw && in && out && row_value(s, nw, k, choice, &a) &&
            row_value(s, in, k, choice, &b) && row_value(s, out, k, choice, &d) &&
            row_value(s, tot, k, choice, &total)) {
            if (a + b != total + d)
                return 0;
            told = 1;
        }
    }
    return told ? 1 : -1;
}

/* Table 三's rows kept by keep_glued, each cut several ways that add up: where exactly one way
 * of cutting them all makes the table's columns add up, those are its figures (said, to be
 * verified), in place of the rows' reader-glued. */
static void glued_by_columns(scan *s, const xxgk_table_spec *t)
{
    xxgk_report *r = s->r;
    long combos = 1;
    for (int i = 0; i < s->npend && combos <= GLUED_COMBOS_MAX; i++)
        combos *= s->pend[i].sp.nsol;
    if (!s->npend || combos > GLUED_COMBOS_MAX)
        return;
    /* (a kept row read again since, printed twice: which printing is its own is not ours to
     * choose) */
    for (int i = 0; i < s->npend; i++)
        for (int k = 0; k < s->pend[i].row->ncols; k++)
            if (xxgk_cell_known(&r->cells[s->pend[i].first_cell + k]))
                return;
    int choice[GLUED_ROWS_MAX] = {0}, found[GLUED_ROWS_MAX], nfound = 0;
    for (long c = 0; c < combos && nfound < 2; c++) {
        long rest = c;
        for (int i = 0; i < s->npend; i++) {
            choice[i] = (int)(rest % s->pend[i].sp.nsol);
            rest /= s->pend[i].sp.nsol;
        }
        int holds = columns_hold(s, t, choice);
        if (holds < 0)
            return; /* (nothing to weigh the cuts by) */
        if (holds && nfound++ == 0)
            memcpy(found, choice, sizeof found);
    }
    if (nfound != 1)
        return;
    /* (the rows' reader-glued taken out, last first, their places kept in order) */
    for (int i = s->npend; i-- > 0;) {
        size_t d = s->pend[i].diag;
        memmove(&r->diags[d], &r->diags[d + 1], (r->ndiags - d - 1) * sizeof *r->diags);
        r->ndiags--;
    }
    for (int i = 0; i < s->npend; i++) {
        const glued_cut *g = &s->pend[i];
        lcell parts[SPLIT_MAX];
        split_cells(&g->sp, &g->sp.sol[found[i]], parts);
        xbuf zh, en;
        xbuf_init(&zh, 0);
        xbuf_init(&en, 0);
        for (int k = 0; k < g->sp.ntok; k++)
            xbuf_printf(&zh, "%s%.*s", k ? " " : "", (int)g->sp.tok[k]->n, g->sp.tok[k]->s);
        xbuf_puts(&zh, " →");
        for (int k = 0; k < g->sp.want; k++) {
            xbuf_printf(&zh, " %.*s", (int)parts[k].n, parts[k].s);
            place(r, &r->cells[g->first_cell + k], &parts[k], g->what);
        }
        xbuf_put(&en, zh.data ? zh.data : "", zh.len);
        xbuf_printf(&zh,
                    "（另有 %d 种拆法也合本行总计，但只有这一种使各列合于（七）总计和勾稽关系）",
                    g->sp.nsol - 1);
        xbuf_printf(&en, " (%d other cuts add up to the row's 总计 too, but only this one makes "
                         "the columns agree with （七）总计 and the balance)",
                    g->sp.nsol - 1);
        if (zh.failed || en.failed)
            r->oom = 1;
        else
            rep_diag(r, "reader-glued-columns", parts[0].line,
                     rep_printf(r, "%s：%s", g->row->label, zh.data),
                     rep_printf(r, "%s: %s", g->row->label, en.data));
        xbuf_free(&zh);
        xbuf_free(&en);
    }
}

/* Place value cells v[0..nv) into the cells of a row that already holds *filled of its ncols.
 * Trailing blanks are dropped; leading blanks are dropped while there are too many cells (a
 * merged label cell exported as an empty one); what still does not fit is reported.  totals
 * marks its 总计 columns (see total_columns), which choose among cuts of glued figures. */
static void put_values(scan *s, const xxgk_row_spec *row, int first_cell, int ncols,
                       unsigned totals, int *filled, const lcell *v, int nv, const char *what)
{
    xxgk_report *r = s->r;
    lcell parts[SPLIT_MAX];
    if (*filled == 0) {
        s->held_ok = 0;
        int n = unglue(s, v, nv, ncols, totals, row, what, parts);
        if (n < 0) {
            mark_printed(r, first_cell, ncols, v[0].line);
            *filled = ncols; /* done with */
            if (s->held_ok && row && r->ndiags)
                keep_glued(s, row, first_cell, what);
            return;
        }
        if (n) {
            v = parts;
            nv = n;
        }
    }
    int all = nv; /* with trailing blanks: a blank cell is still a cell */
    while (nv > 0 && v[nv - 1].kind == NUM_BLANK)
        nv--;
    /* (a table printed with some columns only: a row of as many cells fills those) */
    if (*filled == 0 && s->nprinted && row && row->cols == s->printed_cols &&
        all == s->nprinted) {
        for (int i = 0; i < all; i++)
            place(r, &r->cells[first_cell + s->printed[i]], &v[i], what);
        *filled = ncols;
        return;
    }
    int want = ncols - *filled;
    /* The rest of a row's figures on a later line of space-aligned text, standing under columns
     * its first line filled ("37 10 5 11 10" filled from the left, then "7" under the first
     * column: 127 wrapped within its narrow cell): not the row's next cells; none is sure. */
    int under[ALIGN_MAX];
    if (*filled > 0 && nv > 0 && nv <= want && ncols <= ALIGN_MAX && spaced_line(s, v[0].line) &&
        r->cells[first_cell].line != v[0].line && all == nv &&
        align_by_position(s, v, nv, ncols, under)) {
        int before = 0;
        for (int k = 0; k < *filled; k++)
            before |= under[k] >= 0;
        if (before) {
            char zh[256], en[256];
            snprintf(zh, sizeof zh,
                     "%s：数字分在两行，后一行的数字却印在前一行已有数字的列下（一个数字在窄格中"
                     "折行？），无法确定各数字：",
                     what);
            snprintf(en, sizeof en,
                     "%s: figures on two lines, the later ones under columns the first line "
                     "filled (a figure wrapped within its narrow cell?): the figures cannot be "
                     "told: ",
                     what);
            diag_cells(r, "reader-unplaced", v[0].line, zh, en, v, nv);
            take_back(r, first_cell, ncols, r->cells[first_cell].line);
            *filled = ncols;
            return;
        }
    }
    if (nv > want)
        all = nv; /* (but not after more figures than the row has cells: a tab ending the line) */
    lcell joined[JOINED_MAX];
    if (row && nv == want + 1 && all == nv && nv <= JOINED_MAX &&
        signed_apart(v, nv, row, *filled, joined)) {
        v = joined;
        nv = all = want;
    } else if (row && nv + 1 == want && all == nv && want <= JOINED_MAX &&
               signed_glued(v, nv, row, *filled, joined)) {
        v = joined;
        nv = all = want;
    }
    /* a space that may separate thousands, a figure's digits or cells: which figures the row
     * holds is unsure */
    int spaced = nv > want ? spaced_digits(s, v, nv) : 0;
    if (spaced || grouped_ambiguous(v, all, want)) {
        char zh[256], en[256];
        snprintf(zh, sizeof zh, "%s：%s", what,
                 spaced == 1 ? "数字多于本行的格数，其中有的只隔一个空格，可能是千位分隔"
                               "（12 345），无法确定各数字："
                 : spaced    ? "数字多于本行的格数，其中有的只隔一个空格，可能是一个数字的各位分开"
                               "排列（1 2 0），无法确定各数字："
                             : "数字中的空格可能是千位分隔，也可能是两格之间丢失的分隔：");
        snprintf(en, sizeof en, "%s: %s", what,
                 spaced == 1 ? "more figures than the row's cells, some one space apart, which "
                               "may separate thousands (12 345): the figures cannot be told: "
                 : spaced    ? "more figures than the row's cells, some one space apart, which "
                               "may be one figure's digits spaced out (1 2 0): the figures cannot "
                               "be told: "
                             : "a space inside a number may separate thousands or two cells that "
                               "lost their tab: ");
        diag_cells(r, "reader-unplaced", v[0].line, zh, en, v, all);
        mark_printed(r, first_cell + *filled, want, v[0].line);
        *filled = ncols;
        return;
    }
    if (*filled == 0)
        while (nv > want && v[0].kind == NUM_BLANK) {
            v++;
            nv--;
            all--;
        }
    lcell kept[JOINED_MAX];
    if (*filled == 0 && s->subtotal >= 0 && nv == ncols + 1 && all == nv && nv <= JOINED_MAX &&
        s->subtotal < nv) { /* (a 小计 column the format has not: left out) */
        for (int i = 0, k = 0; i < nv; i++)
            if (i != s->subtotal)
                kept[k++] = v[i];
        v = kept;
        nv = all = ncols;
    }
    /* then "/" or a dash after the row's last value column, where the official layout has merged
     * or unused cells, marks them blank: it is no extra value */
    int keep = nv;
    while (keep > want && keep > 0 && filler(&v[keep - 1]))
        keep--;
    if (keep < nv)
        nv = all = keep;
    if (*filled == 0 && blanks_ambiguous(v, all, want)) {
        diag_cells(r, "reader-unplaced", v[0].line, NULL, NULL, v, all);
        mark_printed(r, first_cell, ncols, v[0].line);
        *filled = ncols;
        return;
    }
    int where[JOINED_MAX];
    if (*filled == 0 && all == nv && align_short_row(s, v, nv, ncols, where)) {
        for (int k = 0; k < ncols; k++) {
            xxgk_cell *c = &r->cells[first_cell + k];
            if (where[k] >= 0) {
                place(r, c, &v[where[k]], what);
            } else { /* nothing printed under the column: a blank cell */
                put_blank(c, v[0].line);
            }
        }
        *filled = ncols;
        return;
    }
    if (*filled == 0 && total_ends_short_row(s, v, nv, all, ncols, totals)) {
        /* Its 总计 is sure; which applicant columns lost their cells is not, and filled from
         * the left the total would stand under an applicant. */
        place(r, &r->cells[first_cell + ncols - 1], &v[nv - 1], what);
        mark_printed(r, first_cell, ncols - 1, v[0].line);
        char zh[320], en[320];
        snprintf(zh, sizeof zh,
                 "%s：%d 个数值单元格只有 %d 个，最后一个等于其余之和，是总计；缺的格在哪一列"
                 "无法判断，各申请人列记为空：",
                 what, ncols, nv);
        snprintf(en, sizeof en,
                 "%s: %d of %d value cells, the last the sum of the others, its total; which "
                 "columns lost their cells cannot be told, the applicants' columns are left "
                 "null: ",
                 what, nv, ncols);
        diag_cells(r, "reader-unplaced", v[0].line, zh, en, v, nv);
        *filled = ncols;
        return;
    }
    int extra = *filled == 0 && all == nv ? extra_cell_at(v, nv, ncols, totals) : -1;
    if (extra >= 0) {
        for (int i = 0, k = 0; i < nv; i++)
            if (i != extra)
                place(r, &r->cells[first_cell + k++], &v[i], what);
        *filled = ncols;
        char zh[320], en[320];
        snprintf(zh, sizeof zh,
                 "%s：应有 %d 个数值单元格，实有 %d 个，去掉多出的一格后各列之和等于总计，"
                 "已按此读入：",
                 what, ncols, nv);
        snprintf(en, sizeof en,
                 "%s: %d value cells expected, %d found; without the one too many the columns "
                 "add up to the total, and are read so: ",
                 what, ncols, nv);
        diag_cells(r, "struct-extra-cells", v[0].line, zh, en, v, nv);
        return;
    }
    /* Too many figures for what the row still lacks, on a line after the ones it has, by as
     * many as the blank cells it opened with, in a table of separated cells: those were its
     * label's merged cells, the row wrapped after them (a pipe table's line cut by a width). */
    int lead = 0;
    while (lead < *filled && r->cells[first_cell + lead].kind == XXGK_CELL_BLANK)
        lead++;
    if (*filled > 0 && nv > want && nv - want <= lead && all == nv &&
        r->cells[first_cell].line != v[0].line && strcmp(r->layout, "spaces") != 0) {
        int d = nv - want;
        memmove(&r->cells[first_cell], &r->cells[first_cell + d],
                (size_t)(*filled - d) * sizeof *r->cells);
        *filled -= d;
        for (int i = 0; i < nv; i++)
            place(r, &r->cells[first_cell + *filled + i], &v[i], what);
        *filled = ncols;
        return;
    }
    /* Too many figures for what the row still lacks, on a line after the ones it has: the
     * lines may hold other rows' figures (a label wrapped out of recognition between them), so
     * none of them is sure. */
    if (*filled > 0 && nv > want && r->cells[first_cell].line != v[0].line) {
        char zh[256], en[256];
        snprintf(zh, sizeof zh,
                 "%s：数字分在几行，合计多于 %d 个数值单元格，其中可能有其他行的数字，未采用：",
                 what, ncols);
        snprintf(en, sizeof en,
                 "%s: figures over several lines, more than its %d value cells, some perhaps "
                 "another row's: not taken: ",
                 what, ncols);
        diag_cells(r, "reader-unplaced", v[0].line, zh, en, v, nv);
        take_back(r, first_cell, ncols, r->cells[first_cell].line);
        *filled = ncols;
        return;
    }
    /* More single digits than the row has cells, evenly spaced on one line of space-aligned
     * text: one figure's digits spread across its cell (分散对齐, "1   2   0"), which of its
     * readings is meant is not told. */
    int spread = strcmp(r->layout, "spaces") == 0 && nv > want && nv <= 6 && all == nv;
    for (int i = 0; spread && i < nv; i++)
        spread = v[i].n == 1 && v[i].s[0] >= '0' && v[i].s[0] <= '9' && v[i].line == v[0].line &&
                 (i < 2 || abs((int)(v[i].col - v[i - 1].col) - (int)(v[1].col - v[0].col)) <= 1);
    if (spread && v[1].col - v[0].col >= 3) {
        char zh[256], en[256];
        snprintf(zh, sizeof zh, "%s：%d 个数值单元格，却有 %d 个等距排列的一位数，像是一个数字的"
                                "各位分散排列，无法判断：",
                 what, ncols, nv);
        snprintf(en, sizeof en, "%s: %d value cells, but %d single digits evenly spaced, as "
                                "one figure's digits spread across its cell: not told: ",
                 what, ncols, nv);
        diag_cells(r, "reader-unplaced", v[0].line, zh, en, v, nv);
        mark_printed(r, first_cell + *filled, want, v[0].line);
        *filled = ncols;
        return;
    }
    /* One cell too many, and the row's first cells do not add up to its total: another
     * reading might (extra_cell_at found none sure), so which cell is the extra one is not
     * told (a first cell's 0 dropped, 0 4 0 0 1 6 6 17, reads as well as the third's). */
    if (*filled == 0 && all == nv && nv == want + 1 && want >= 3 && totals == 1u << (want - 1) &&
        !take_first_cells(v, nv, want)) {
        char zh[256], en[256];
        snprintf(zh, sizeof zh,
                 "%s：应有 %d 个数值单元格，实有 %d 个，按前 %d 个读，各列之和不等于总计；"
                 "多出的是哪一格无法判断，未采用：",
                 what, ncols, nv, ncols);
        snprintf(en, sizeof en,
                 "%s: %d value cells expected, %d found, and the first %d do not add up to "
                 "the total: which cell is the extra one cannot be told; not taken: ",
                 what, ncols, nv, ncols);
        diag_cells(r, "reader-unplaced", v[0].line, zh, en, v, nv);
        mark_printed(r, first_cell, ncols, v[0].line);
        *filled = ncols;
        return;
    }
    int take = all < want ? all : want;
    /* A row short of cells whose negative figure would fall into a column that cannot be
     * negative, with a 增/减 column further on: the blanks stood before it. */
    for (int i = 0; row && all < want && i < take; i++) {
        if (v[i].value >= 0 || (row->cols[*filled + i].flags & XXGK_COL_SIGNED))
            continue;
        int signed_later = 0;
        for (int k = *filled + i + 1; k < ncols; k++)
            signed_later |= (row->cols[k].flags & XXGK_COL_SIGNED) != 0;
        if (!signed_later)
            break;
        char zh[256], en[256];
        snprintf(zh, sizeof zh,
                 "%s：%d 个数值单元格只印出 %d 个，负数只能填在增/减一列，"
                 "无法判断空白的是哪几列：",
                 what, ncols, all);
        snprintf(en, sizeof en,
                 "%s: %d of %d value cells printed, and a negative figure "
                 "belongs under 增/减: which cells are blank cannot be told: ",
                 what, all, ncols);
        diag_cells(r, "reader-unplaced", v[0].line, zh, en, v, all);
        mark_printed(r, first_cell + *filled, want, v[0].line);
        *filled = ncols;
        return;
    }
    for (int i = 0; i < take; i++)
        place(r, &r->cells[first_cell + *filled + i], &v[i], what);
    *filled += take;
    if (nv > want && take == want) {
        char zh[256], en[256];
        snprintf(zh, sizeof zh, "%s：应有 %d 个数值单元格，实有 %d 个：", what, ncols,
                 *filled - take + nv);
        snprintf(en, sizeof en, "%s: %d value cells expected, %d found: ", what, ncols,
                 *filled - take + nv);
        diag_cells(r, "struct-extra-cells", v[0].line, zh, en, v, nv);
    }
}

static int figures_in(const lcell *v, int nv);
static int match_row(const xxgk_table_spec *t, const char *norm, size_t nlen, uint64_t sig,
                     int last);

/* Whether a line of figures alone stands just above line `line` (within two lines). */
static int figures_just_above(const scan *s, unsigned line)
{
    const lrow *above = NULL;
    for (size_t ri = 0; ri < s->g->nrows && s->g->rows[ri].line < line; ri++)
        above = &s->g->rows[ri];
    if (!above || above->line + 2 < line)
        return 0;
    const lcell *c = &s->g->cells[above->first];
    return above->n > 0 && figures_in(c, above->n) == above->n;
}

/* A row's figures printed over two lines of space-aligned text, its cells aligned unlike (a 总计
 * at the top of its cell, the rest in the middle): figures v of a later line that stand under
 * exactly the columns the row's own line left blank complete it.  1 when so placed; -1 when
 * figures stand above the row's line too, as a figure wrapped within its narrow cell stands
 * ("12" over the label's line, "7" under it, for 127): the row's figures are then taken back,
 * not read as 7. */
static int complete_row(scan *s, const xxgk_row_spec *row, const lcell *v, int nv)
{
    xxgk_report *r = s->r;
    int where[ALIGN_MAX], blanks = 0;
    if (nv < 1 || nv >= row->ncols || row->ncols > ALIGN_MAX)
        return 0;
    for (int i = 0; i < nv; i++)
        if (v[i].kind == NUM_NONE || v[i].kind == NUM_BLANK)
            return 0;
    for (int k = 0; k < row->ncols; k++) {
        const xxgk_cell *c = &r->cells[row->first_cell + k];
        if (c->kind == XXGK_CELL_BLANK && c->line < v[0].line)
            blanks++;
        else if (c->line == 0 || c->line >= v[0].line)
            return 0;
    }
    if (blanks != nv || !align_short_row(s, v, nv, row->ncols, where))
        return 0;
    for (int k = 0; k < row->ncols; k++)
        if ((where[k] >= 0) != (r->cells[row->first_cell + k].kind == XXGK_CELL_BLANK))
            return 0;
    unsigned own = 0; /* (the line of the row's own figures) */
    for (int k = 0; k < row->ncols && !own; k++)
        if (r->cells[row->first_cell + k].kind != XXGK_CELL_BLANK)
            own = r->cells[row->first_cell + k].line;
    if (own && figures_just_above(s, own)) {
        char zh[256], en[256];
        snprintf(zh, sizeof zh,
                 "%s：数字印在本行上下两行（一个数字在窄格中折行？），无法确定各数字：",
                 row->label);
        snprintf(en, sizeof en,
                 "%s: figures printed on the lines above and below the row's (a figure wrapped "
                 "within its narrow cell?): the figures cannot be told: ",
                 row->label);
        diag_cells(r, "reader-unplaced", v[0].line, zh, en, v, nv);
        take_back(r, row->first_cell, row->ncols, own);
        return -1;
    }
    for (int k = 0; k < row->ncols; k++)
        if (where[k] >= 0)
            place(r, &r->cells[row->first_cell + k], &v[where[k]], row->label);
    return 1;
}

/* Whether the figures alone on grid row ri may complete row m (see complete_row) though they
 * stand past its label's first lines: a 总计 at its cell's top pushed below a label wrapped
 * over many lines, by empty paragraphs before it.  Only when that is the one reading: the
 * lines from the row's own figures to ri are its label's, one after another (words only, none
 * numbered or naming another row), and the next row's label begins after ri, its figures
 * under every column row m left blank (lacking one too, it could be that row's). */
static int below_label_end(scan *s, const xxgk_table_spec *t, int m, size_t ri)
{
    const lgrid *g = s->g;
    const xxgk_row_spec *row = &t->rows[m];
    const xxgk_cell *cell = &s->r->cells[row->first_cell];
    const lrow *rw = &g->rows[ri];
    unsigned own = 0, next = rw->line; /* (own: the line of the row's own figures) */
    int blanks = 0;
    for (int k = 0; k < row->ncols; k++) {
        if (cell[k].kind == XXGK_CELL_BLANK)
            blanks++;
        else if (!own)
            own = cell[k].line;
    }
    if (!own || !blanks || row->ncols > ALIGN_MAX ||
        figures_in(&g->cells[rw->first], rw->n) != rw->n)
        return 0;
    for (size_t k = ri; k-- > 0 && next > own;) {
        const lrow *rk = &g->rows[k];
        lcell *c = &g->cells[rk->first];
        if (rk->last_line + 1 != next || !in_regions(s, rk->line))
            return 0;
        next = rk->line;
        for (int i = 0; i < rk->n && next > own; i++) { /* (own's words: the label's start) */
            if (c[i].kind != NUM_NONE || label_enum_len(c[i].s, c[i].n))
                return 0;
            const char *cn = cell_norm(s->r, &c[i]);
            int j = match_row(t, cn, c[i].norm_len, c[i].sig, m);
            if (j >= 0 && j != m)
                return 0;
        }
    }
    if (next != own)
        return 0;
    int labelled = 0; /* (words seen after ri: the next row's label begun) */
    for (size_t k = ri + 1; k < g->nrows && in_regions(s, g->rows[k].line); k++) {
        const lrow *rk = &g->rows[k];
        const lcell *c = &g->cells[rk->first];
        int tail = 0, where[ALIGN_MAX];
        while (tail < rk->n && is_value(&c[rk->n - 1 - tail]))
            tail++;
        labelled |= tail < rk->n;
        if (!tail)
            continue;
        if (!labelled || tail > row->ncols)
            return 0;
        if (tail == row->ncols) /* (a "-" or "/" too is a cell printed) */
            return 1;
        if (!align_short_row(s, &c[rk->n - tail], tail, row->ncols, where))
            return 0;
        for (int i = 0; i < row->ncols; i++)
            if (where[i] < 0 && cell[i].kind == XXGK_CELL_BLANK)
                return 0;
        return 1;
    }
    return 0;
}

/* How many of the cells are numbers. */
static int figures_in(const lcell *v, int nv)
{
    int n = 0;
    for (int i = 0; i < nv; i++)
        n += v[i].kind == NUM_PLAIN || v[i].kind == NUM_UNIT || v[i].kind == NUM_GROUPED;
    return n;
}

/* A row that is one empty cell in space-aligned text: only the layout's mark of a cell left
 * empty in a text browser's dump (see layout.c), which fills the waiting row's next cell. */
static int dumped_empty(const xxgk_report *r, const lrow *rw, const lcell *cells)
{
    return rw->n == 1 && cells[0].kind == NUM_BLANK && strcmp(r->layout, "spaces") == 0;
}

static int has_figure(const lcell *v, int nv)
{
    for (int i = 0; i < nv; i++)
        if (v[i].kind != NUM_BLANK)
            return 1;
    return 0;
}

/* Pick the row a normalized label names: a data row before a group that may hold figures,
 * before a plain group (a group glued to its first sub-row names the sub-row); on ties, the
 * first after the last row matched, since tables run in order. */
static int match_row(const xxgk_table_spec *t, const char *norm, size_t nlen, uint64_t sig,
                     int last)
{
    int alt = -1, group = -1;
    const row_labels *labels = labels_row(t, 0); /* the table's rows follow in order */
    for (int i = 0; i < t->nrows; i++) {
        int j = (last + 1 + i) % t->nrows;
        const xxgk_row_spec *row = &t->rows[j];
        if (!label_set_match(&labels[j].match, norm, nlen, sig,
                             (row->flags & XXGK_ROW_EXACT) != 0))
            continue;
        if (!(row->flags & XXGK_ROW_GROUP))
            return j;
        if ((row->flags & XXGK_ROW_SINGLE_ALT) && alt < 0)
            alt = j;
        else if (group < 0)
            group = j;
    }
    return alt >= 0 ? alt : group;
}

static int typo_row(const xxgk_table_spec *t, const char *norm, size_t nlen, const int *filled);
/* A label with a qualifier of the agency's own in brackets after it (行政规范性文件（含部门文件）,
 * 行政许可（含备案）): the words before it normalized into norm, their length; 0 when c ends
 * in no bracket. */
static size_t unqualified(const lcell *c, char norm[NORM_MAX])
{
    size_t n = c->n;
    const char *s = c->s;
    int full = n >= 3 && memcmp(s + n - 3, "）", 3) == 0;
    if (!full && (n < 1 || s[n - 1] != ')'))
        return 0;
    int depth = 0;
    for (size_t i = n; i > 0;) {
        size_t k = i >= 3 && (memcmp(s + i - 3, "）", 3) == 0 || memcmp(s + i - 3, "（", 3) == 0)
                       ? 3
                       : 1;
        i -= k;
        depth += s[i] == ')' || (k == 3 && s[i + 2] == '\x89') ? 1
                 : s[i] == '(' || (k == 3 && s[i + 2] == '\x88') ? -1
                                                                 : 0;
        if (depth == 0)
            return i > 0 ? label_norm(norm, NORM_MAX, s, i) : 0;
    }
    return 0;
}


/* A group's label and its row's on one line a few spaces apart (the group's merged cell printed
 * beside its last row: "三、本年度办理结果   （七）总计"), or one apart when the words before
 * it are the group's label, group (a page's cell "（六）其他处理 3.其他"): the row the words
 * after the gap name, or name with one typo when not yet read, their norm into norm (NORM_MAX
 * bytes); -1 when there is no gap or no such row. */
static int row_after_gap(const xxgk_table_spec *t, int group, const lcell *c, int last,
                         const int *filled, char *norm)
{
    size_t k = c->n;
    while (k > 1 && !(c->s[k - 1] == ' ' && c->s[k - 2] == ' '))
        k--;
    if (k <= 1) { /* (one space, or none, after the group's whole label) */
        const char *sp = memchr(c->s, ' ', c->n);
        char head[NORM_MAX];
        if (sp && label_norm(head, sizeof head, c->s, (size_t)(sp - c->s)) > 0 &&
            strcmp(head, labels_row(t, group)->label) == 0) {
            k = (size_t)(sp - c->s) + 1;
        } else { /* "（六）其他处理3.其他": the group's label whole, then the row's */
            size_t gl = strlen(labels_row(t, group)->label);
            for (k = 1; k < c->n; k++)
                if ((c->s[k] & 0xC0) != 0x80 &&
                    label_norm(head, sizeof head, c->s, k) == gl &&
                    strcmp(head, labels_row(t, group)->label) == 0)
                    break;
            if (k >= c->n)
                return -1;
        }
    }
    char piece[NORM_MAX];
    size_t pl = label_norm(piece, sizeof piece, c->s + k, c->n - k);
    int own = pl ? match_row(t, piece, pl, label_sig(piece, pl), last) : -1;
    if (own < 0 && pl)
        own = typo_row(t, piece, pl, filled);
    if (own < 0 || (t->rows[own].flags & XXGK_ROW_GROUP) || t->rows[own].ncols == 0)
        return -1;
    memcpy(norm, piece, pl + 1);
    return own;
}

/* Whether a cell of a table's line may be a row's label: words, not a figure, nor a word that
 * stands for one ("3001 53 无 无 61": 无 holds a figure's place; 规章 after a serial number is a
 * label). */
static int may_be_label(const lcell *c)
{
    return !is_value(c) && label_like(c) && !no_figure_word(c);
}

/* Whether a and b, of the same number of characters (min or more), differ by one typo: a
 * character for another (国家机密 for 国家秘密), or two neighbours swapped (国家密秘). */
static int one_typo_min(const char *a, size_t an, const char *b, size_t bn, int min)
{
    size_t i = 0, k = 0;
    int chars = 0, diffs = 0, at = -1, swapped = 0;
    int32_t pa = 0, pb = 0; /* the characters before, for a swap */
    while (i < an && k < bn && diffs < 3) {
        int32_t x, y;
        i += u8_next(a + i, an - i, &x);
        k += u8_next(b + k, bn - k, &y);
        if (x != y || x < 0) {
            swapped = diffs == 1 && at == chars - 1 && x == pb && y == pa && x >= 0 && y >= 0;
            diffs++;
            at = chars;
        }
        pa = x, pb = y;
        chars++;
    }
    return i == an && k == bn && chars >= min && (diffs == 1 || (diffs == 2 && swapped));
}

/* ... of four characters or more: fewer may be another word altogether. */
static int one_typo(const char *a, size_t an, const char *b, size_t bn)
{
    return one_typo_min(a, an, b, bn, 4);
}

/* The numeral of a label's numbering ("七" of "（七）", "2" of "2."), into out (16 bytes);
 * its length, 0 when the label has none. */
static size_t numbering(const char *s, size_t n, char out[16])
{
    size_t e = label_enum_len(s, n), o = 0;
    for (size_t i = 0; i < e && o + 4 < 16;) {
        int32_t cp;
        size_t k = u8_next(s + i, e - i, &cp);
        if ((cp >= '0' && cp <= '9') || (cp > 0 && cn_digit(cp)))
            for (size_t j = 0; j < k; j++)
                out[o++] = s[i + j];
        i += k ? k : 1;
    }
    out[o] = '\0';
    return o;
}

/* The row not yet read that a short label with one typo names by its numbering too ("（七）总汁"
 * for （七）总计): two or three characters are too few to tell a typo from another word, but
 * the row's own number before them tells; -1 when none or more than one. */
static int numbered_typo_row(const xxgk_table_spec *t, const lcell *c, const char *norm,
                             size_t nlen, const int *filled)
{
    char mine[16], theirs[16];
    if (!numbering(c->s, c->n, mine))
        return -1;
    int found = -1;
    for (int j = 0; j < t->nrows; j++) {
        const char *l = labels_row(t, j)->label, *raw = t->rows[j].label;
        if (t->rows[j].ncols == 0 || filled[j] != 0 || !one_typo_min(l, strlen(l), norm, nlen, 2) ||
            !numbering(raw, strlen(raw), theirs) || strcmp(mine, theirs) != 0)
            continue;
        if (found >= 0)
            return -1;
        found = j;
    }
    return found;
}

/* The row not yet read whose official label differs from norm by one typo (予以公布 for
 * 予以公开, 国家密秘 for 国家秘密), when there is one only; -1 else.  Its figures
 * are then read, and the label reported as a variant, rather than the row called missing. */
static int typo_row(const xxgk_table_spec *t, const char *norm, size_t nlen, const int *filled)
{
    int found = -1;
    for (int j = 0; j < t->nrows; j++) {
        const char *l = labels_row(t, j)->label;
        if (t->rows[j].ncols == 0 || filled[j] != 0 || !one_typo(l, strlen(l), norm, nlen))
            continue;
        if (found >= 0)
            return -1;
        found = j;
    }
    return found;
}

/* The sub-row (of group row g, or of any group when g < 0) whose label norm begins, its number
 * and three characters at least ("1申请人无正当" of "1.申请人无正当", wrapped in a narrow column),
 * not yet read: its index, or -1 when none or more than one. */
static int sub_row_begun(const xxgk_table_spec *t, int g, const char *norm, size_t nlen,
                         const int *filled)
{
    size_t digits = strspn(norm, "0123456789");
    if (digits == 0 || digits > 2 || u8_count(norm + digits, nlen - digits) < 3)
        return -1;
    int number = atoi(norm), found = -1;
    if (number < 1)
        return -1;
    const char *rest = norm + digits;
    size_t rl = nlen - digits;
    for (int j = 0; j < t->nrows; j++) {
        const char *l = labels_row(t, j)->label;
        if (t->rows[j].ncols == 0 || t->rows[j].index + 1 != number || filled[j] != 0 ||
            (g >= 0 && strcmp(t->rows[j].key, t->rows[g].key) != 0) || strlen(l) <= rl ||
            strncmp(l, rest, rl) != 0)
            continue;
        if (found >= 0)
            return -1;
        found = j;
    }
    return found;
}

/* Report a label that names its row only through a variant (a typo, a shortening). */
/* Whether norm is a piece of a caption of the table (a group's, or 三、本年度办理结果), then a
 * piece of the label, three characters or more, perhaps after its number (2. or （二）): PDF text
 * puts the piece of a merged caption cell that stands beside a row on the row's line ("果
 * （二）部分公开（区", "无法提 2.没有现成信息需要另行制"). */
static int caption_then_piece(const xxgk_table_spec *t, const char *norm, const char *label)
{
    size_t n = strlen(norm);
    char head[NORM_MAX];
    for (size_t i = 1; i < n && i < NORM_MAX; i++) {
        if (((unsigned char)norm[i] & 0xC0) == 0x80)
            continue; /* (within a character) */
        const char *rest = norm + i;
        while (*rest >= '0' && *rest <= '9')
            rest++;
        if (u8_count(rest, strlen(rest)) < 3 || !strstr(label, rest))
            continue;
        /* (the caption's piece, then the label's own number: "理结果" "二") */
        size_t h = i;
        while (h && norm[h - 1] >= '0' && norm[h - 1] <= '9')
            h--;
        int32_t cp;
        while (h >= 3 && u8_next(norm + h - 3, 3, &cp) == 3 && cn_digit(cp))
            h -= 3;
        memcpy(head, norm, h);
        head[h] = '\0';
        if (h == 0)
            return 1;
        /* (words added to the label's start are another wording: 本年度新收 for 本年新收) */
        if (strncmp(head, label, h < 3 ? h : 3) == 0)
            return 0;
        for (int j = 0; j < t->nrows; j++)
            if ((t->rows[j].flags & XXGK_ROW_GROUP) && strstr(labels_row(t, j)->label, head))
                return 1;
        return 0; /* (the longest piece of the label that ends the text: a caption's before it,
                   * or none) */
    }
    return 0;
}

/* Whether norm, a label, names row m in other words than the format's: a label variant.  next
 * is the grid's cell after the label's, or NULL. */
static int label_off(scan *s, const xxgk_table_spec *t, int m, const char *norm, lcell *next)
{
    const xxgk_row_spec *row = &t->rows[m];
    const row_labels *l = labels_row(t, m);
    if (row->flags & XXGK_ROW_EXACT) {
        /* A whole label, never a wrapped piece: any other key is another wording (规范性文件
         * for 行政规范性文件), unless the next cell holds the rest of it (其他对外管理 / 服务事项
         * in a narrow column). */
        size_t n = strlen(norm);
        return strcmp(norm, l->label) != 0 &&
               !(next && !is_value(next) && next->n < NORM_MAX &&
                 strncmp(l->label, norm, n) == 0 &&
                 strcmp(l->label + n, cell_norm(s->r, next)) == 0);
    }
    /* A label wrapped over lines holds a piece of the official one; a label glued to its group
     * holds all of it; a glued and wrapped one holds its group, then a piece. */
    if (strstr(l->label, norm) || strstr(norm, l->label))
        return 0;
    size_t gl = strlen(l->group);
    if (gl && strncmp(norm, l->group, gl) == 0) {
        const char *rest = norm + gl;
        while (*rest >= '0' && *rest <= '9')
            rest++;
        if (*rest && strstr(l->label, rest))
            return 0;
    }
    return !caption_then_piece(t, norm, l->label);
}

/* Say label cell c (of the grid), normalized as norm, when it names row m in other words. */
static void check_label(scan *s, const xxgk_table_spec *t, int m, const char *norm,
                        const lcell *c)
{
    size_t at = (size_t)(c - s->g->cells) + 1;
    if (label_off(s, t, m, norm, at < s->g->ncells ? &s->g->cells[at] : NULL))
        label_variant(s->r, c, t->rows[m].label);
}

/* Where the balance note (勾稽关系) and the applicant header (自然人) sit: the format puts the
 * note in the header's top-left cell, above the applicant columns. */
static void note_header_lines(xxgk_report *r, lcell *cells, int n, unsigned *note,
                              unsigned *header)
{
    for (int i = 0; i < n; i++) {
        if (is_value(&cells[i]) || cells[i].n >= NORM_MAX)
            continue;
        const char *norm = cell_norm(r, &cells[i]);
        if (!*note && strstr(norm, "勾稽关系"))
            *note = cells[i].line;
        /* (the header's cell, or its labels run together, not a sentence before the table:
         * "申请人主要为自然人。", "自然人申请20件") */
        if (!*header && strstr(norm, "自然人") &&
            (cells[i].norm_len <= strlen("自然人") + 3 ||
             (strncmp(norm, "自然人", strlen("自然人")) == 0 && !strpbrk(norm, "0123456789"))))
            *header = cells[i].line;
    }
}

/* Numbers glued to a label with no separator ("行政许可550"): say so and leave the figure null. */
static int glued_digits(const char *norm)
{
    size_t n = strlen(norm), d = 0;
    while (d < n && norm[n - 1 - d] >= '0' && norm[n - 1 - d] <= '9')
        d++;
    return d > 0 && d < n ? (int)d : 0;
}

#define ROW_CELLS_MAX 16 /* more than any row of either format has */

/* The row that a label's two pieces a and b, wrapped over two lines, name together (joined
 * into joined[NORM_MAX]): not a group; -1 for none. */
static int match_joined(const xxgk_table_spec *t, const char *a, size_t an, const char *b,
                        size_t bn, int last, char *joined)
{
    if (an + bn >= NORM_MAX)
        return -1;
    memcpy(joined, a, an);
    memcpy(joined + an, b, bn + 1);
    int j = match_row(t, joined, an + bn, label_sig(joined, an + bn), last);
    return j >= 0 && !(t->rows[j].flags & XXGK_ROW_GROUP) ? j : -1;
}

/* The most pieces of a label wrapped in a narrow column taken from either side of its figures. */
#define AROUND_MAX 4

/* A piece of a label: a cell of the grid, or the end of one (see tail_from). */
typedef struct {
    lcell c;     /* the piece (a copy, its own norm) */
    lcell *cell; /* the cell it is or ends */
} lpiece;

/* The end of label cell c from its character i on, into *p. */
static void tail_from(lcell *c, size_t i, unsigned col, lpiece *p)
{
    p->c = *c;
    p->c.s = c->s + i;
    p->c.n = c->n - i;
    p->c.col = col;
    p->c.norm = NULL;
    p->cell = c;
}

/* The end of label cell c after a space where a row's number begins ("（三 1.属于国家": a piece
 * of a group's caption and of a row's label one space apart), into *p; 0 when there is none. */
static int numbered_tail(lcell *c, lpiece *p)
{
    unsigned at = c->col;
    for (size_t i = 0; i < c->n; at++) {
        if (i > 0 && c->s[i - 1] == ' ' && label_enum_len(c->s + i, c->n - i)) {
            tail_from(c, i, at, p);
            return 1;
        }
        int32_t cp;
        i += u8_next(c->s + i, c->n - i, &cp);
    }
    return 0;
}

/* The piece of label cell c under ref, another piece of the label, into *p: the cell or its
 * end after a space, starting where ref does (within a character), or else centred where it is;
 * 0 when none. */
static int piece_in(lcell *c, const lcell *ref, lpiece *p)
{
    double mid = ref->col + u8_count(ref->s, ref->n) / 2.0;
    int centred = 0;
    unsigned at = c->col;
    for (size_t i = 0; i < c->n; at++) {
        if (i == 0 || (c->s[i - 1] == ' ' && c->s[i] != ' ')) {
            if (at + 1 >= ref->col && at <= ref->col + 1) {
                tail_from(c, i, at, p);
                return 1;
            }
            if (!centred && fabs(at + u8_count(c->s + i, c->n - i) / 2.0 - mid) <= 1) {
                tail_from(c, i, at, p);
                centred = 1;
            }
        }
        int32_t cp;
        i += u8_next(c->s + i, c->n - i, &cp);
    }
    return centred;
}

/* The piece of a label that grid row rw holds under ref, another piece of it, into *p (see
 * piece_in); 0 when the row holds a figure, or no such piece. */
static int piece_at(const scan *s, const lrow *rw, const lcell *ref, lpiece *p)
{
    lcell *c = &s->g->cells[rw->first];
    int found = 0;
    for (int i = 0; i < rw->n; i++) {
        if (is_value(&c[i]) && c[i].kind != NUM_BLANK)
            return 0;
        if (may_be_label(&c[i]) && piece_in(&c[i], ref, p))
            found = 1;
    }
    return found;
}

/* A row's label wrapped in a narrow column around the line of its figures, in space-aligned
 * text: "2.没有现成" beside them with "信息需要另" and "行制作" below, or "6.属于四类过程" above a
 * line of figures alone (the last piece of the line above) and "性信息" below; the lines
 * between may hold pieces of a group's caption in the column before, or beside the pieces.
 * The pieces under the label (see piece_in), from the rows of figures before, or the piece with
 * its number, to those after, or the next row's number, are joined, fewest first, with own (the
 * label beside the figures, or NULL): the row of the fewest that name one row not yet read,
 * and only one, is it.  Its label goes to norm, the cell of its first piece to *first, and
 * *below is the last line a piece was taken from (0 for none).  -1 when no row is so named. */
static int label_around(scan *s, const xxgk_table_spec *t, size_t ri, lcell *own,
                        const int *filled, int last, char norm[NORM_MAX], lcell **first,
                        unsigned *below)
{
    const lgrid *g = s->g;
    lpiece up[AROUND_MAX], down[AROUND_MAX], mine;
    int nu = 0, nd = 0, have_own = own != NULL;
    if (own && !numbered_tail(own, &mine))
        tail_from(own, 0, own->col, &mine);
    const lcell *ref = own ? &mine.c : NULL;
    for (size_t k = ri; k-- > 0 && nu < AROUND_MAX;) {
        const lrow *rk = &g->rows[k];
        if (!in_regions(s, rk->line) || figures_in(&g->cells[rk->first], rk->n))
            break;
        if (!ref) { /* (no label beside the figures: the nearest piece above sets where) */
            lcell *c = &g->cells[rk->first + (size_t)(rk->n - 1)];
            if (rk->n < 1 || !may_be_label(c))
                return -1;
            if (!numbered_tail(c, &up[0]))
                tail_from(c, 0, c->col, &up[0]);
            ref = &up[nu++].c;
        } else if (piece_at(s, rk, ref, &up[nu])) {
            nu++;
        } else {
            continue;
        }
        if (label_enum_len(up[nu - 1].c.s, up[nu - 1].c.n))
            break; /* (where the label begins: above it, the row before's) */
    }
    if (!ref)
        return -1;
    for (size_t k = ri + 1; k < g->nrows && nd < AROUND_MAX; k++) {
        const lrow *rk = &g->rows[k];
        if (!in_regions(s, rk->line) || figures_in(&g->cells[rk->first], rk->n))
            break;
        if (piece_at(s, rk, ref, &down[nd])) {
            if (label_enum_len(down[nd].c.s, down[nd].c.n))
                break; /* (the next row's label begun) */
            nd++;
        }
    }
    for (int n = 2; n <= nu + nd + have_own; n++) {
        int found = -1, ties = 0;
        unsigned found_below = 0;
        char joined[NORM_MAX], best[NORM_MAX];
        for (int ku = 0; ku <= nu && ku <= n - have_own; ku++) {
            int kd = n - have_own - ku;
            if (kd > nd || (!have_own && (ku == 0 || kd == 0))) /* (figures alone: between) */
                continue;
            size_t len = 0;
            int fits = 1;
            for (int i = 0; i < ku + have_own + kd && fits; i++) {
                lcell *c = i < ku              ? &up[ku - 1 - i].c
                           : i < ku + have_own ? &mine.c
                                               : &down[i - ku - have_own].c;
                const char *cn = cell_norm(s->r, c);
                fits = len + c->norm_len < NORM_MAX;
                if (fits) {
                    memcpy(joined + len, cn, c->norm_len);
                    len += c->norm_len;
                }
            }
            if (!fits)
                continue;
            joined[len] = '\0';
            int j = match_row(t, joined, len, label_sig(joined, len), last);
            if (j < 0 || (t->rows[j].flags & XXGK_ROW_GROUP) || filled[j] != 0 || j == found)
                continue;
            if (found >= 0)
                ties++;
            found = j;
            found_below = kd ? down[kd - 1].c.line : 0;
            *first = ku ? up[ku - 1].cell : have_own ? own : down[0].cell;
            memcpy(best, joined, len + 1);
        }
        if (found >= 0) {
            if (ties)
                return -1;
            memcpy(norm, best, strlen(best) + 1);
            *below = found_below;
            return found;
        }
    }
    return -1;
}

/* A label wrapped around the line of its figures, as w3m prints a narrow column: head, last on
 * grid row ri (no figures), names row m in other words (norm), the next line holds figures
 * alone, and the line after one piece alone under head ("其他对外管理" / "7  -2  5" / "服务事项").
 * That piece is the label's end only when head and it together name row m better: its official
 * label, a key of a whole label, or a piece of it; not a numbered piece (the next row's label)
 * nor one naming another row, so no row or caption after is swallowed.  Then norm becomes the
 * joined label, *whole its text, and the piece's line is returned; else 0. */
static unsigned label_end_below(scan *s, const xxgk_table_spec *t, int m, size_t ri,
                                const lcell *head, char norm[NORM_MAX], lcell *whole)
{
    const lgrid *g = s->g;
    const lrow *rw = &g->rows[ri];
    size_t at = (size_t)(head - g->cells) + 1;
    if (ri + 2 >= g->nrows || (t->rows[m].flags & XXGK_ROW_GROUP) || head->line != rw->line ||
        figures_in(&g->cells[rw->first], rw->n) ||
        !label_off(s, t, m, norm, at < g->ncells ? &g->cells[at] : NULL))
        return 0;
    const lrow *fig = &g->rows[ri + 1], *below = &g->rows[ri + 2];
    const lcell *fc = &g->cells[fig->first];
    lcell *tail = &g->cells[below->first];
    if (fig->line != rw->line + 1 || below->line != fig->line + 1 ||
        !in_regions(s, below->line) || figures_in(fc, fig->n) == 0 || below->n != 1 ||
        !may_be_label(tail) || label_enum_len(tail->s, tail->n) || tail->n >= NORM_MAX)
        return 0;
    for (int i = 0; i < fig->n; i++)
        if (!is_value(&fc[i]))
            return 0;
    lpiece p;
    if (!piece_in(tail, head, &p) || p.c.s != tail->s)
        return 0;
    const char *tn = cell_norm(s->r, tail);
    int other = match_row(t, tn, tail->norm_len, tail->sig, m);
    size_t hn = strlen(norm), jn = hn + tail->norm_len;
    if ((other >= 0 && other != m) || jn >= NORM_MAX)
        return 0;
    char joined[NORM_MAX];
    memcpy(joined, norm, hn);
    memcpy(joined + hn, tn, tail->norm_len + 1);
    const row_labels *l = labels_row(t, m);
    if (strcmp(joined, l->label) != 0 &&
        ((t->rows[m].flags & XXGK_ROW_EXACT)
             ? !label_set_match(&l->match, joined, jn, label_sig(joined, jn), 1)
             : label_off(s, t, m, joined, NULL)))
        return 0;
    *whole = *head;
    whole->s = rep_printf(s->r, "%.*s%.*s", (int)head->n, head->s, (int)tail->n, tail->s);
    if (!whole->s)
        return 0;
    whole->n = strlen(whole->s);
    whole->norm = NULL;
    memcpy(norm, joined, jn + 1);
    return below->line;
}

/* A 2019 上一年项目数量 and 本年增/减 glued to the label of a row that has them and to each
 * other by the sign ("行政事业性收费 35-15", "行政处罚 2648-18" then 538): the pair as one cell,
 * which put_values cuts at the sign (signed_glued), before the row's other figures v[0..nv), in
 * out (*vout, *nvout).  1 when taken. */
static int glued_signed(const xxgk_row_spec *row, const lcell *label, const lcell *v, int nv,
                        lcell *out, const lcell **vout, int *nvout)
{
    int has_signed = 0;
    for (int k = 1; k < row->ncols; k++)
        has_signed |= (row->cols[k].flags & XXGK_COL_SIGNED) != 0;
    if (!has_signed || nv + 1 > ROW_CELLS_MAX)
        return 0;
    for (int k = 0; k < nv; k++)
        if (!is_value(&v[k]))
            return 0;
    size_t e = label->n, sign = 0;
    while (e > 0 && ((label->s[e - 1] >= '0' && label->s[e - 1] <= '9') ||
                     ((label->s[e - 1] == '-' || label->s[e - 1] == '+') && !sign)))
        if (label->s[--e] < '0')
            sign = e;
    while (e < label->n && (label->s[e] == '-' || label->s[e] == '+'))
        e++; /* (a sign opening the tail is no cut) */
    if (!sign || sign <= e || sign + 1 >= label->n || e == 0)
        return 0;
    out[0] = *label;
    out[0].s = label->s + e;
    out[0].n = label->n - e;
    out[0].col = label->col + (unsigned)u8_count(label->s, e);
    out[0].kind = NUM_NONE;
    out[0].norm = NULL;
    for (int k = 0; k < nv; k++)
        out[k + 1] = v[k];
    *vout = out;
    *nvout = nv + 1;
    return 1;
}

/* The d digits that end label (a figure, or a run of figures glued together, see unglue) as a
 * cell of their own in *out; 0 when they are not as printed there. */
static int label_digits(const lcell *label, size_t d, lcell *out)
{
    size_t raw = 0;
    while (raw < label->n && label->s[label->n - 1 - raw] >= '0' &&
           label->s[label->n - 1 - raw] <= '9')
        raw++;
    if (raw != d || raw == label->n)
        return 0;
    *out = *label;
    out->s = label->s + label->n - d;
    out->n = d;
    out->col = label->col + (unsigned)u8_count(label->s, label->n - d);
    out->kind = num_parse(out->s, out->n, &out->value);
    out->norm = NULL;
    return out->kind == NUM_PLAIN || out->kind == NUM_RANGE;
}

/* A figure glued to its row's label with no separator ("一、本年新收政府信息公开申请数量20"),
 * followed by exactly the row's other figures: then the glued digits can only be its first
 * figure, and the row's figures are it and those after (*v, *nv, in out[]).  Anything else
 * (fewer figures after it, words among them) leaves the row null, with reader-glued.  1 when
 * the figure is taken. */
static int glued_first(xxgk_report *r, const xxgk_row_spec *row, const lcell *label, size_t d,
                       const lcell *v, int nv, int label_blanks, lcell *out, const lcell **vout,
                       int *nvout)
{
    int n = nv;
    while (n > 0 && filler(&v[n - 1]))
        n--; /* past the figures */
    /* the empty fields of a label merged across columns, before the others ("数量20\t\t\t5"),
     * when the row's other figures are not there without them */
    for (int k = 0; k < label_blanks && n != row->ncols - 1 && n > 0 && v[0].kind == NUM_BLANK;
         k++)
        v++, n--;
    if (n != row->ncols - 1 || n + 1 > ROW_CELLS_MAX || (row->flags & XXGK_ROW_GROUP))
        return 0;
    for (int k = 0; k < n; k++)
        if (v[k].kind == NUM_NONE || v[k].kind == NUM_RANGE)
            return 0;
    /* the digits as printed, at the end of the label's text: one figure */
    lcell *f = &out[0];
    if (d > 9 || !label_digits(label, d, f) || f->kind != NUM_PLAIN || (d > 1 && f->s[0] == '0'))
        return 0;
    memcpy(out + 1, v, (size_t)n * sizeof *v);
    *vout = out;
    *nvout = n + 1;
    rep_diag(r, "reader-glued-label", label->line,
             rep_printf(r, "%.*s → %.*s", (int)label->n, label->s, (int)d, f->s), NULL);
    return 1;
}

static int alone_on_line(const xxgk_report *r, const xxgk_cell *c);

/* Whether a row's figures c[0..n) end in its 总计 (totals: see total_columns; its one total the
 * last column): two or more, the last above 0 and the sum of the others. */
static int ends_in_total(const xxgk_cell *c, int n, int ncols, unsigned totals)
{
    if (n < 2 || ncols > 32 || totals != 1u << (ncols - 1) || !(c[n - 1].value > 0))
        return 0;
    double sum = 0;
    for (int i = 0; i + 1 < n; i++)
        sum += c[i].value;
    return fabs(c[n - 1].value - sum) < 1e-9;
}

/* A row of space-aligned text that printed fewer figures than it has columns, all on one line,
 * whose columns could not be told by position (align_short_row), or each alone on a line of its
 * own (a table copied one cell per line, its blank cells dropped: a text browser's dump): the
 * blank cells may be anywhere, so filling from the left would put figures under the wrong
 * columns.  The figures are taken back (null, reported as unplaced), but for a last one that
 * is the sum of the others in a row whose last column is its 总计 (totals: see total_columns),
 * which is that total.  1 when done. */
static int unplace_short_row(scan *s, int first_cell, int ncols, unsigned totals,
                             const char *label, int filled)
{
    xxgk_report *r = s->r;
    /* (a line of space-aligned text among tab-separated ones too: a table copied from a PDF
     * into a document whose others came from Word; and a Markdown row, which a converter from
     * PDF writes without the cells it found empty, wherever they were) */
    if (filled < 1 || !(spaced_line(s, r->cells[first_cell].line) ||
                        pipe_row(s->r, r->cells[first_cell].line)))
        return 0;
    xxgk_cell *c = &r->cells[first_cell];
    int one_line = 1, alone = 1;
    for (int k = 0; k < filled; k++) {
        one_line &= c[k].line == c[0].line;
        alone &= alone_on_line(r, &c[k]) && (k == 0 || c[k].line > c[k - 1].line);
    }
    /* (section 四's blocks, each with its total, are tried whole after this; one figure
     * beside its label stands where it stands, as several do) */
    if (!(one_line && (filled >= 2 || !alone)) && !(alone && (totals & (totals - 1)) == 0))
        return 0; /* a row printed over lines (hard-wrapped text) */
    xbuf b;
    xbuf_init(&b, 0);
    for (int k = 0; k < filled; k++)
        evidence_put(&b, k == 0, c[k].raw ? c[k].raw : "", c[k].raw ? strlen(c[k].raw) : 0);
    xxgk_cell last = c[filled - 1];
    int total = alone && last.kind == XXGK_CELL_NUMBER && ends_in_total(c, filled, ncols, totals);
    if (r->flat && !total) /* (glued text: as likely figures run together as cells left out) */
        rep_diag(r, "reader-unplaced", c[0].line,
                 rep_printf(r,
                            "%s：%d 个数值单元格只读出 %d 个数，可能是数字连在一起，也可能有"
                            "空白单元格，无法确定各列：%s",
                            label, ncols, filled, b.data ? b.data : ""),
                 rep_printf(r,
                            "%s: %d of %d figures read, figures run together or cells left "
                            "blank: which column each is in cannot be told: %s",
                            label, filled, ncols, b.data ? b.data : ""));
    else
        rep_diag(r, "reader-unplaced", c[0].line,
                 rep_printf(r,
                            "%s：%d 个数值单元格只印出 %d 个，无法按位置判断空白的是哪几列%s：%s",
                            label, ncols, filled, total ? "（最后一个等于其余之和，是总计）" : "",
                            b.data ? b.data : ""),
                 rep_printf(r,
                            "%s: %d of %d value cells printed, and their columns cannot be told "
                            "by position%s: %s",
                            label, filled, ncols,
                            total ? " (the last, the sum of the others, is the total)" : "",
                            b.data ? b.data : ""));
    xbuf_free(&b);
    take_back(r, first_cell, ncols, c[0].line);
    if (total)
        c[ncols - 1] = last;
    return 1;
}

/* How many of a row's cells are the table's column labels ("商业企业", "科研机构"), up to 3: with
 * two and no figure, or three, the row is a header printed again (a table over pages repeats
 * its header; one cell a line, a row's figures may follow it, their row begun before the page
 * break).  Its words name no row, even where one is a row's too ("其他", "总计"). */
static int header_again(scan *s, const xxgk_table_spec *t, lcell *cells, int n)
{
    int found = 0;
    for (int i = 0; i < n && found < 3; i++) {
        if (is_value(&cells[i]) || cells[i].n >= NORM_MAX || cells[i].n > 24)
            continue;
        const char *norm = cell_norm(s->r, &cells[i]);
        int is_col = 0;
        /* (the applicant columns' labels are words alone, as normalized; rows share their
         * columns, so each set is looked at once) */
        for (int k = 0; k < t->nrows && !is_col; k++) {
            const xxgk_row_spec *row = &t->rows[k];
            if (row->ncols < 2 || (k && row->cols == t->rows[k - 1].cols))
                continue;
            for (int j = 0; j < row->ncols && !is_col; j++)
                is_col = strcmp(norm, row->cols[j].label) == 0;
        }
        found += is_col;
    }
    return found;
}

/* Whether the label cells after row m's on its line name sub-rows that row m has in the other
 * format (the 2019 format's single （六）其他处理 printed with the 2021 format's 1., 2., 3.):
 * the figures there belong to a sub-row, not to the whole. */
static int sub_rows_of_other_format(scan *s, const xxgk_table_spec *t, int m, lcell *after,
                                    int n)
{
    const xxgk_format_spec *other =
        xxgk_format_get(s->r->format == XXGK_FORMAT_2019 ? XXGK_FORMAT_2021 : XXGK_FORMAT_2019);
    if (!other)
        return 0;
    const xxgk_table_spec *ot = &other->tables[t->id];
    int here = 0, there = 0; /* the key's rows with figures in each format */
    for (int k = 0; k < t->nrows; k++)
        here += t->rows[k].ncols > 0 && !(t->rows[k].flags & XXGK_ROW_GROUP) &&
                strcmp(t->rows[k].key, t->rows[m].key) == 0;
    for (int k = 0; k < ot->nrows; k++)
        there += ot->rows[k].ncols > 0 && !(ot->rows[k].flags & XXGK_ROW_GROUP) &&
                 strcmp(ot->rows[k].key, t->rows[m].key) == 0;
    if (here != 1 || there <= 1)
        return 0;
    for (int i = 0; i < n; i++) {
        if (is_value(&after[i]) || !label_like(&after[i]))
            continue;
        const char *norm = cell_norm(s->r, &after[i]);
        for (int k = 0; k < ot->nrows; k++)
            if (!(ot->rows[k].flags & XXGK_ROW_GROUP) &&
                strcmp(ot->rows[k].key, t->rows[m].key) == 0 &&
                label_set_match(&labels_row(ot, k)->match, norm, after[i].norm_len,
                                after[i].sig, (ot->rows[k].flags & XXGK_ROW_EXACT) != 0))
                return there;
    }
    return 0;
}

static int line_blank(const xxgk_report *r, unsigned line)
{
    if (line == 0 || line > r->nlines)
        return 0;
    const char *s = r->lines[line - 1];
    return trim_span(&s, strlen(s)) == 0;
}

/* A line that holds spaces and nothing else: an empty cell written out (a web page's &nbsp;,
 * Word's full-width space), never the empty line that parts paragraphs or rows, nor what is
 * left of a page break. */
static int line_spaces(const xxgk_report *r, unsigned line)
{
    return line_blank(r, line) && r->lines[line - 1][0] != '\0' &&
           !rep_page_begins(r, line); /* (a page break's form feed, blanked) */
}

/* Whether cell c is a figure alone on its line. */
static int alone_on_line(const xxgk_report *r, const xxgk_cell *c)
{
    const char *line = r->lines[c->line - 1];
    size_t n = trim_span(&line, strlen(line));
    return c->raw && strlen(c->raw) == n && memcmp(c->raw, line, n) == 0;
}

/* Put a row's figures c[0..filled) over blank cells, each at the place at[k] its line gives. */
static void place_at(xxgk_cell *c, int ncols, int filled, const int *at, const unsigned *line)
{
    xxgk_cell got[64];
    memcpy(got, c, sizeof *c * (size_t)filled);
    for (int k = 0; k < ncols; k++) { /* blank first, figures over them */
        c[k].kind = XXGK_CELL_BLANK;
        c[k].value = 0;
        c[k].line = line[k];
        c[k].raw = "";
    }
    for (int k = 0; k < filled; k++)
        c[at[k]] = got[k];
}

/* Whether line l (1-based) is a figure alone. */
static int line_figure(const xxgk_report *r, unsigned l)
{
    const char *t = r->lines[l - 1];
    size_t n = trim_span(&t, strlen(t));
    double v;
    num_kind k = n ? num_parse(t, n, &v) : NUM_BLANK;
    return k == NUM_PLAIN || k == NUM_GROUPED;
}

/* Whether the table being read, one cell a line, has its rows follow each other with no empty
 * line between: somewhere in it a figure's line goes straight on to the next row's label (so an
 * empty line before a label is a blank cell, not a row's end). */
static int rows_unparted(const scan *s)
{
    const xxgk_report *r = s->r;
    for (int g = 0; g < s->nregions; g++)
        for (unsigned l = s->regions[g].from; l >= 1 && l < s->regions[g].to && l < r->nlines;
             l++)
            if (line_figure(r, l) && !line_blank(r, l + 1) && !line_figure(r, l + 1))
                return 1;
    return 0;
}

/* A row short of figures, each printed alone on its line under the label (a table copied one
 * cell per line).  An empty cell is either a line holding only the space it had (&nbsp;, a
 * full-width space: a word processor's text export), which is a blank cell wherever it stands,
 * even all through a row with no figure (label is then the label's line), or an empty line:
 * when the empty lines and the figures from the label on make exactly the row's cells, the
 * empty lines are its blank cells (but empty lines after the last figure may part rows as well,
 * so they never count).  Each figure goes where its line puts it.  totals: the row's 总计
 * columns (see total_columns). */
static int refill_by_lines(scan *s, int first_cell, int ncols, unsigned totals, int filled,
                           unsigned label)
{
    xxgk_report *r = s->r;
    xxgk_cell *c = &r->cells[first_cell];
    if (filled < 0 || filled >= ncols || ncols > 64 || strcmp(r->layout, "spaces") != 0)
        return 0;
    for (int k = 0; k < filled; k++)
        if ((k && c[k].line <= c[k - 1].line) || !alone_on_line(r, &c[k]))
            return 0;
    int at[64];
    unsigned line[64];
    /* written-out blanks: the figures and the lines of spaces, empty lines passed over */
    if (filled) {
        label = c[0].line;
        while (label > 1 && line_blank(r, label - 1))
            label--;
        label--; /* the line above the blank ones: the label's */
    }
    int n = 0, k = 0, spaces = 0;
    for (unsigned l = label + 1; label && l <= r->nlines && n < ncols; l++) {
        if (k < filled && c[k].line == l) {
            at[k++] = n;
            line[n++] = l;
        } else if (line_spaces(r, l)) {
            spaces = 1;
            line[n++] = l;
        } else if (!line_blank(r, l)) {
            break;
        }
    }
    if (spaces && n == ncols && k == filled) {
        place_at(c, ncols, filled, at, line);
        return 1;
    }
    if (!filled)
        return 0;
    /* else every line from the label's to the last figure's is a cell; with more of them than
     * the row has, the first ones blank and the last figure the sum of the others (the row's
     * 总计, in its last column), the first ones stood for the label's merged cells; with fewer,
     * the empty lines after the last figure are its last cells where they reach exactly to the
     * next label and the table's rows are not parted by empty lines (rows_unparted) */
    unsigned next = label ? c[filled - 1].line + 1 : 0;
    while (next && next <= r->nlines && line_blank(r, next))
        next++;
    int blank_last = label && c[filled - 1].line - label < (unsigned)ncols &&
                     next <= r->nlines && next - label - 1 == (unsigned)ncols &&
                     !line_figure(r, next) && rows_unparted(s);
    if (!blank_last && (label == 0 || c[filled - 1].line - label < (unsigned)ncols))
        return 0;
    if (c[filled - 1].line - label > (unsigned)ncols) {
        if (c[filled - 1].line - label > (unsigned)ncols + 3 ||
            !ends_in_total(c, filled, ncols, totals))
            return 0;
        label = c[filled - 1].line - (unsigned)ncols;
        if (c[0].line <= label)
            return 0;
    }
    for (int i = 0; i < ncols; i++)
        line[i] = label + 1 + (unsigned)i;
    for (int i = 0; i < filled; i++) {
        for (unsigned l = (i ? c[i - 1].line : label) + 1; l < c[i].line; l++)
            if (!line_blank(r, l))
                return 0;
        at[i] = (int)(c[i].line - label - 1);
    }
    /* An empty line first may be the label's merged cell as well as a blank first cell: with
     * the row's 总计 then not the sum of the others, which it was cannot be told. */
    if (at[0] > 0 && ncols <= 32 && totals == 1u << (ncols - 1)) {
        double sum = 0, total = 0;
        for (int i = 0; i < filled; i++)
            if (at[i] == ncols - 1)
                total = c[i].value;
            else
                sum += c[i].value;
        if (fabs(sum - total) > 1e-9)
            return 0;
    }
    place_at(c, ncols, filled, at, line);
    return 1;
}

/* ---- figures whose row label was printed elsewhere (a PDF's text in drawing order) ---- */

#define LOOSE_MAX 256 /* rows of figures that belong to no label, kept for order_fill */

/* Whether every cell of row is known and each 总计 column is the sum of the columns before it
 * (since the previous 总计); 0 for a row without one. */
static int row_adds_up(const xxgk_report *r, const xxgk_row_spec *row)
{
    double sum = 0;
    int totals = 0;
    for (int k = 0; k < row->ncols; k++) {
        const xxgk_cell *c = &r->cells[row->first_cell + k];
        if (!xxgk_cell_known(c))
            return 0;
        if (!(row->cols[k].flags & XXGK_COL_TOTAL)) {
            sum += c->value;
            continue;
        }
        if (fabs(sum - c->value) > 1e-9)
            return 0;
        sum = 0;
        totals++;
    }
    return totals > 0;
}

/* Whether table 三 holds together: every figure known, （七）总计 the sum of the outcome rows and
 * 一+二 = （七）+四, column by column.  The rows are found by their place in the format: those
 * before the first outcome row, the first after the last one, and the last. */
static int table_balances(const xxgk_report *r, const xxgk_table_spec *t)
{
    int first = -1, last = -1, total = -1, out = t->nrows - 1;
    for (int i = 0; i < t->nrows; i++)
        if (t->rows[i].flags & XXGK_ROW_OUTCOME)
            last = i, first = first < 0 ? i : first;
    for (int i = last + 1; last >= 0 && i < out && total < 0; i++)
        if (t->rows[i].ncols)
            total = i;
    if (total < 0)
        return 0;
    int ncols = t->rows[total].ncols;
    for (int k = 0; k < ncols; k++) {
        double in = 0, handled = 0;
        const char *single = NULL; /* a group printed as one row: its sub-rows are not */
        for (int i = 0; i <= out; i++) {
            const xxgk_row_spec *row = &t->rows[i];
            if (row->ncols != ncols || (i > first && i < total && !(row->flags & XXGK_ROW_OUTCOME)))
                continue;
            if (single && row->caption && strcmp(row->caption, single) == 0)
                continue;
            if (row->flags & XXGK_ROW_SINGLE_ALT) {
                if (!xxgk_report_row_present(r, row))
                    continue; /* the group printed as its sub-rows */
                single = row->label;
            }
            const xxgk_cell *c = &r->cells[row->first_cell + k];
            if (!xxgk_cell_known(c))
                return 0;
            if (i < first)
                in += c->value;
            else if (i < total)
                handled += c->value;
            else if (i == total && fabs(handled - c->value) > 1e-9)
                return 0;
            else if (i == out && fabs(in - handled - c->value) > 1e-9)
                return 0;
        }
    }
    return 1;
}

/* Rows of figures that belong to no label, between two rows that have theirs (p and q) with
 * only empty rows between them: PDF text in drawing order, where a label cell spanning rows
 * comes out after them, or away from its figures.  The figures go to the empty rows in the
 * table's order when there are exactly enough, each row then adds up, and so does the whole
 * table; otherwise they stay unplaced.  used[k] is set for each loose row taken. */
static void order_fill(scan *s, const xxgk_table_spec *t, int *filled, const size_t *loose,
                       int nloose, unsigned char *used)
{
    xxgk_report *r = s->r;
    int done[64] = {0}, ndone = 0, ok = 1;
    for (int p = 0; p < t->nrows && ok; p++) {
        const xxgk_row_spec *pr = &t->rows[p];
        if (!pr->ncols || (pr->flags & XXGK_ROW_GROUP) || filled[p] != pr->ncols)
            continue;
        int q = p + 1, want = 0, gap[64], ngap = 0;
        for (; q < t->nrows; q++) {
            const xxgk_row_spec *row = &t->rows[q];
            if (!row->ncols || (row->flags & XXGK_ROW_GROUP))
                continue;
            if (filled[q] != 0 || xxgk_report_row_present(r, row))
                break;
            gap[ngap++] = q;
            want += row->ncols;
        }
        if (!ngap || q == t->nrows || filled[q] != t->rows[q].ncols)
            continue;
        unsigned from = 0, to = UINT32_MAX;
        for (int k = 0; k < pr->ncols; k++)
            from = r->cells[pr->first_cell + k].line > from ? r->cells[pr->first_cell + k].line
                                                            : from;
        for (int k = 0; k < t->rows[q].ncols; k++)
            to = r->cells[t->rows[q].first_cell + k].line < to
                     ? r->cells[t->rows[q].first_cell + k].line
                     : to;
        int have = 0, first_loose = -1;
        for (int i = 0; i < nloose && have >= 0; i++) {
            const lrow *rw = &s->g->rows[loose[i]];
            if (rw->line <= from || rw->line >= to || used[i])
                continue;
            for (int c = 0; c < rw->n; c++) {
                num_kind k = s->g->cells[rw->first + c].kind;
                if (!is_value(&s->g->cells[rw->first + c]) || k == NUM_BLANK || k == NUM_RANGE)
                    have = -1; /* words or a blank among them: not a table read in order */
            }
            have += have >= 0 ? rw->n : 0;
            first_loose = first_loose < 0 ? i : first_loose;
        }
        if (have != want)
            continue;
        int g = 0, at = 0;
        for (int i = first_loose; i < nloose && ok && g < ngap; i++) {
            const lrow *rw = &s->g->rows[loose[i]];
            if (rw->line <= from || rw->line >= to || used[i])
                continue;
            used[i] = 2; /* taken, if the table holds together */
            for (int c = 0; c < rw->n && g < ngap && ok; c++) {
                const xxgk_row_spec *row = &t->rows[gap[g]];
                if (at == 0)
                    done[ndone++] = gap[g]; /* (taken back whole, begun or not, on failure) */
                place(r, &r->cells[row->first_cell + at], &s->g->cells[rw->first + c], row->label);
                if (++at == row->ncols) {
                    filled[gap[g++]] = row->ncols;
                    ok = row_adds_up(r, row);
                    at = 0;
                }
            }
        }
    }
    int keep = ok && ndone > 0 && table_balances(r, t);
    for (int i = 0; i < ndone; i++)
        if (!keep) {
            take_back(r, t->rows[done[i]].first_cell, t->rows[done[i]].ncols, 0);
            filled[done[i]] = 0;
        }
    for (int i = 0; i < nloose; i++)
        used[i] = used[i] == 2 ? keep : used[i];
    if (!keep)
        return;
    xbuf b;
    xbuf_init(&b, 0);
    for (int i = 0; i < ndone; i++)
        xbuf_printf(&b, "%s%s", i ? "；" : "", t->rows[done[i]].label);
    if (b.failed)
        r->oom = 1;
    else
        rep_diag(r, "reader-order", r->cells[t->rows[done[0]].first_cell].line,
                 rep_printf(r, "这 %d 行的数字前没有行名，按表格行序归位，各行合计与勾稽关系均相符："
                               "%s",
                            ndone, b.data),
                 rep_printf(r, "%d rows whose figures were printed without their labels, placed "
                               "in the table's order, each row's total and the balance holding: "
                               "%s",
                            ndone, b.data));
    xbuf_free(&b);
}

/* Two row labels printed one after the other, then the figures of both (a PDF's text in
 * drawing order): row i took the first figures, the row before it (p) none, and as many as p
 * has follow.  In the order they were drawn the first figures are p's; in a table whose row p
 * was left blank they are i's.  The totals cannot tell (they add up either way), so unless
 * both sets are the same the two rows stay null. */
static void labels_then_figures(scan *s, const xxgk_table_spec *t, int i, int *filled,
                                const unsigned *label_at, const size_t *loose, const int *run,
                                int nloose, int orun, unsigned char *used)
{
    xxgk_report *r = s->r;
    int p = i - 1;
    while (p >= 0 && (t->rows[p].flags & XXGK_ROW_GROUP))
        p--;
    if (p < 0 || filled[p] != 0 || !label_at[p] || t->rows[p].ncols != t->rows[i].ncols ||
        xxgk_report_row_present(r, &t->rows[p]))
        return;
    const xxgk_row_spec *row = &t->rows[i];
    const lcell *after[64];
    int n = 0, k0 = -1;
    for (int k = 0; k < nloose; k++) {
        if (run[k] != orun)
            continue;
        const lrow *rw = &s->g->rows[loose[k]];
        for (int c = 0; c < rw->n; c++) {
            const lcell *v = &s->g->cells[rw->first + c];
            if (!is_value(v) || v->kind == NUM_BLANK || n == 64)
                return;
            after[n++] = v;
        }
        k0 = k0 < 0 ? k : k0;
    }
    if (n != row->ncols)
        return;
    int same = 1;
    for (int c = 0; c < n && same; c++) {
        const xxgk_cell *x = &r->cells[row->first_cell + c];
        same = xxgk_cell_known(x) && after[c]->kind != NUM_RANGE &&
               fabs(x->value - after[c]->value) < 1e-9;
    }
    if (same) { /* either way the same figures */
        for (int c = 0; c < n; c++)
            place(r, &r->cells[t->rows[p].first_cell + c], after[c], t->rows[p].label);
        filled[p] = t->rows[p].ncols;
        for (int k = k0; k < nloose; k++)
            used[k] = run[k] == orun ? 1 : used[k];
        return;
    }
    unsigned line = r->cells[row->first_cell].line;
    rep_diag(r, "reader-unplaced", line,
             rep_printf(r, "%s与%s的行名先后印出，两行数字在其后，无法确定各属哪一行",
                        t->rows[p].label, row->label),
             rep_printf(r, "%s and %s: both labels printed first, both rows' figures after them: "
                           "which are whose cannot be told",
                        t->rows[p].label, row->label));
    take_back(r, row->first_cell, row->ncols, line);
    mark_printed(r, t->rows[p].first_cell, t->rows[p].ncols, label_at[p]); /* (not missing) */
    filled[i] = -1;
    filled[p] = -1;
}

/* Whether a line of the grid in lines from..to holds a figure. */
static int figures_on_lines(const scan *s, unsigned from, unsigned to)
{
    for (size_t ri = 0; ri < s->g->nrows; ri++) {
        const lrow *rw = &s->g->rows[ri];
        if (rw->line >= from && rw->line <= to && figures_in(&s->g->cells[rw->first], rw->n))
            return 1;
    }
    return 0;
}

/* Whether the grid's line `line` holds figures only, no words: figures set apart from their
 * label, not beside a piece of it (a label wrapped over lines has its figures on one of them). */
static int figures_only(const scan *s, unsigned line)
{
    int any = 0;
    for (size_t ri = 0; ri < s->g->nrows; ri++) {
        const lrow *rw = &s->g->rows[ri];
        if (rw->line != line)
            continue;
        for (int k = 0; k < rw->n; k++)
            if (!is_value(&s->g->cells[rw->first + k]))
                return 0;
        any = 1;
    }
    return any;
}

/* Row labels printed one under another with no figures, then figures below the last (a PDF
 * turned into text or Markdown that set the labels of a page's rows apart from their
 * figures), in a table whose rows mostly print their figures on their label's line: the figures the
 * last label took may be any of those rows' (the first's, in the order they were drawn), so
 * all of them stay null, and are said.  In a table printed a label's line and its figures'
 * line by turns, a label with none below it is a row left blank: nothing to doubt there. */
static void stacked_labels(scan *s, const xxgk_table_spec *t, int *filled,
                           const unsigned *label_at)
{
    xxgk_report *r = s->r;
    int beside = 0, below = 0;
    /* (space-aligned text, a PDF's layout, sets a wrapped label's figures on a line of their
     * own, and tells a blank row by its columns: see blank_spaced_row) */
    if (strcmp(r->layout, "spaces") == 0)
        return;
    for (int i = 0; i < t->nrows; i++)
        if (filled[i] > 0 && label_at[i]) {
            unsigned at = r->cells[t->rows[i].first_cell].line;
            int apart = at > label_at[i] && figures_only(s, at);
            beside += !apart;
            below += apart;
        }
    if (below >= beside)
        return;
    for (int i = 0; i < t->nrows; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        unsigned at = r->cells[row->first_cell].line;
        if (filled[i] <= 0 || !label_at[i] || at <= label_at[i] || !figures_only(s, at))
            continue;
        xbuf zh, en; /* (the rows above, named) */
        xbuf_init(&zh, 0);
        xbuf_init(&en, 0);
        for (int p = 0; p < t->nrows; p++) {
            const xxgk_row_spec *q = &t->rows[p];
            if (p == i || filled[p] != 0 || !label_at[p] || label_at[p] >= label_at[i] ||
                label_at[i] - label_at[p] > 3 || (q->flags & XXGK_ROW_GROUP) ||
                figures_on_lines(s, label_at[p], label_at[i]))
                continue;
            xbuf_printf(&zh, "%s、", q->label);
            xbuf_printf(&en, "%s, ", q->label);
            mark_printed(r, q->first_cell, q->ncols, label_at[p]); /* (not missing) */
            filled[p] = -1;
        }
        if (zh.failed || en.failed)
            r->oom = 1;
        else if (zh.len)
            rep_diag(r, "reader-unplaced", at,
                     rep_printf(r, "%s%s的行名先后印出而未带数字，其后的数字无法确定属于哪一行",
                                zh.data, row->label),
                     rep_printf(r, "%s%s: labels printed one under another without figures, "
                                   "then figures: whose they are cannot be told",
                                en.data, row->label));
        if (zh.len) {
            take_back(r, row->first_cell, row->ncols, at);
            filled[i] = -1;
        }
        xbuf_free(&zh);
        xbuf_free(&en);
    }
}

/* Figures that belong to no row, past those kept for placing (LOOSE_MAX) or after the table:
 * one finding for each run of them (no label between), quoting its start. */
typedef struct {
    xbuf cells;
    unsigned line; /* where the run began; 0 when none is open */
    int run;
} spill;

static void spill_end(xxgk_report *r, spill *sp)
{
    if (!sp->line)
        return;
    if (sp->cells.failed)
        r->oom = 1;
    else
        rep_diag(r, "reader-unplaced", sp->line, rep_strndup(r, sp->cells.data, sp->cells.len),
                 NULL);
    xbuf_reset(&sp->cells);
    sp->line = 0;
}

static void spill_add(xxgk_report *r, spill *sp, int run, unsigned line, const lcell *v, int n)
{
    if (sp->line && sp->run != run)
        spill_end(r, sp);
    if (!sp->line) {
        sp->line = line;
        sp->run = run;
    }
    for (int i = 0; i < n; i++)
        evidence_put(&sp->cells, sp->cells.len == 0, v[i].s, v[i].n);
}

/* Whether a row of cells split at spaces is a sentence ("收到申请 145 件，上年结转 10 件。"
 * above the table): one of its cells ends one, or goes on from a count's measure word to
 * another clause ("件，上年结转"). */
static int sentence_split(const scan *s, const lrow *rw, const lcell *cells)
{
    /* (flat: see recognize_rows; a Markdown file's lines of text, not its tables, are split at
     * spaces too) */
    int text = strcmp(s->r->layout, "markdown") == 0 && !pipe_row(s->r, rw->line);
    if (rw->n < 2 || s->r->flat || !(spaced_line(s, rw->line) || text))
        return 0;
    for (int i = 0; i < rw->n; i++) {
        const char *p = cells[i].s;
        size_t n = cells[i].n;
        if (n >= 3 && memcmp(p + n - 3, "。", 3) == 0)
            return 1;
        if (i > 0 && is_value(&cells[i - 1]) && n > 3 &&
            (memcmp(p, "件", 3) == 0 || memcmp(p, "条", 3) == 0) &&
            (p[3] == ',' || p[3] == ';' ||
             (n >= 6 && (memcmp(p + 3, "，", 3) == 0 || memcmp(p + 3, "；", 3) == 0))))
            return 1;
    }
    return 0;
}

/* How many of cells first..first+n hold a figure read (not blank, not null). */
static int figures_in_cells(const xxgk_report *r, int first, int n)
{
    int k = 0;
    for (int i = 0; i < n; i++)
        k += r->cells[first + i].kind == XXGK_CELL_NUMBER ||
             r->cells[first + i].kind == XXGK_CELL_NUMBER_TEXT;
    return k;
}

/* A row printed as the other format's sub-rows: given their sums (every one read whole), the
 * row is their sum, said as a layout of its own; else its figures are not taken, and said. */
static void sub_rows_summed(scan *s, const xxgk_row_spec *row, unsigned line, const double *sum)
{
    xxgk_report *r = s->r;
    if (!sum) {
        rep_diag(r, "reader-unplaced", line,
                 rep_printf(r, "%s：按另一种格式分为若干小项印出，本格式只有一行，数字未采用",
                            row->label),
                 rep_printf(r, "%s: printed as the other format's sub-rows, where this format "
                               "has one row: its figures are not taken",
                            row->label));
        return;
    }
    xbuf b;
    xbuf_init(&b, 0);
    for (int k = 0; k < row->ncols; k++) {
        xxgk_cell *c = &r->cells[row->first_cell + k];
        c->kind = XXGK_CELL_NUMBER;
        c->value = sum[k];
        c->line = line;
        c->raw = rep_printf(r, "%.0f", sum[k]);
        xbuf_printf(&b, "%s%.0f", k ? " " : "", sum[k]);
    }
    rep_diag(r, "format-table-layout", line,
             rep_printf(r, "%s：按另一种格式分为若干小项印出，已合计为本格式的一行：%s", row->label,
                        b.data ? b.data : ""),
             rep_printf(r, "%s: printed as the other format's sub-rows, added up into this "
                           "format's one row: %s",
                        row->label, b.data ? b.data : ""));
    xbuf_free(&b);
}

/* What is said of figures printed beside a group's caption, which has none in the format
 * (their text follows it). */
static void caption_figures(const char *label, char zh[256], char en[256])
{
    snprintf(zh, 256, "%s：分组标题在格式中没有数字，其后的数字未采用：", label);
    snprintf(en, 256,
             "%s: a group's caption has no figures in the format; those after it are not "
             "taken: ",
             label);
}

/* Whether a cell of words holds a digit past its numbering ("2.重复申请" none): figures glued to
 * a label its words do not end where the format's do ("…法律和行政法规禁止公开1000001"). */
static int digit_in_words(const lcell *c)
{
    size_t k = 0;
    while (k < c->n && c->s[k] >= '0' && c->s[k] <= '9')
        k++;
    for (; k < c->n; k++)
        if (c->s[k] >= '0' && c->s[k] <= '9')
            return 1;
    return 0;
}

/* Whether row i of t, its label printed alone on its line (label_at[i]) and no figure found for
 * it, had every cell left blank in space-aligned text, where a blank cell prints nothing (a
 * PDF's zeros left out): two of the table's rows at least print their figures on their labels'
 * lines, and no figure of the table went to no row (which might be this one's, printed apart).
 * So in flattened text, where an empty <td> leaves nothing, glued or a space apart (as 0s too
 * few for their cells are read), and every row's figures follow its label: a label the next
 * label follows with nothing between is a row of blank cells. */
static int blank_spaced_row(const scan *s, const xxgk_table_spec *t, int i, const int *filled,
                            const unsigned *label_at)
{
    unsigned line = label_at[i], above = 0, below = UINT_MAX;
    int flat = s->r->flat;
    if (s->unplaced || !(flat || spaced_line(s, line)))
        return 0;
    for (int j = 0; j < t->nrows; j++) {
        if (label_at[j] && label_at[j] < line && label_at[j] > above)
            above = label_at[j];
        if (label_at[j] > line && label_at[j] < below)
            below = label_at[j];
    }
    if (flat)
        above = line - 1; /* (the figures of the row above follow its label) */
    /* (nor a figure on a line of its own between the labels around it: its own, maybe) */
    for (size_t ri = 0; ri < s->g->nrows; ri++) {
        const lrow *rw = &s->g->rows[ri];
        if (rw->last_line <= above || rw->line >= below || !in_regions(s, rw->line))
            continue;
        for (int k = 0; k < rw->n; k++) {
            const lcell *c = &s->g->cells[rw->first + k];
            /* (in flattened text, nothing like a figure up to the next label: figures glued
             * to words are the row's, maybe) */
            if (flat || (rw->line <= line && line <= rw->last_line)
                    ? is_value(c) || figure_like(c) || no_figure_word(c) ||
                          (flat && digit_in_words(c))
                    : c->kind != NUM_NONE && c->kind != NUM_BLANK)
                return 0;
        }
    }
    int beside = 0;
    for (int j = 0; j < t->nrows && beside < 2; j++) {
        const xxgk_row_spec *row = &t->rows[j];
        const xxgk_cell *c = &s->r->cells[row->first_cell];
        /* (blanks only say nothing of where figures stand) */
        beside += j != i && filled[j] == row->ncols && label_at[j] &&
                  (flat || (c[0].line == label_at[j] && c[row->ncols - 1].line == label_at[j])) &&
                  figures_in_cells(s->r, row->first_cell, row->ncols) > 0;
    }
    return beside == 2;
}

/* The field where table 三's figures begin in tab-separated rows (a label merged across three
 * columns, "一、本年新收……\t\t\t20\t…", puts them in the fourth): that of most complete rows,
 * when nearly all agree; -1 when the layout has no such fields or the rows disagree. */
static int figures_field(const scan *s, const xxgk_table_spec *t)
{
    if (t->id != XXGK_TABLE_REQUESTS || strcmp(s->r->layout, "tabs") != 0)
        return -1;
    int ncols = 0, votes[16] = {0}, rows = 0;
    for (int i = 0; i < t->nrows; i++) /* (the six applicant columns and 总计) */
        ncols = t->rows[i].ncols > ncols ? t->rows[i].ncols : ncols;
    for (size_t ri = 0; ri < s->g->nrows; ri++) {
        const lrow *rw = &s->g->rows[ri];
        const lcell *c = &s->g->cells[rw->first];
        int f = rw->n - ncols, ok = f >= 1 && f < 16 && c[rw->n - 1].kind == NUM_PLAIN &&
                                   in_regions(s, rw->line);
        int label = 0; /* among the fields before */
        for (int k = 0; ok && k < rw->n; k++)
            if (k < f)
                label |= c[k].kind == NUM_NONE;
            else
                ok = c[k].kind != NUM_NONE;
        if (ok && label)
            votes[f]++, rows++;
    }
    for (int f = 1; f < 16; f++)
        if (votes[f] >= 3 && votes[f] * 10 >= rows * 9)
            return f;
    return -1;
}

static void recognize_rows(scan *s, const xxgk_table_spec *t)
{
    xxgk_report *r = s->r;
    lgrid *g = s->g;
    int filled[64] = {0};
    unsigned label_at[64] = {0}; /* the line of each row's label */
    int opened = 0, pending = -1, last = -1, closed = 0;
    /* a row printed as the other format's sub-rows (2019's （六） as 2021's three): each one's
     * figures added up, the row their sum when every one is read whole */
    struct {
        int row, want, got, whole, own; /* (own: the row read with figures of its own first) */
        int await; /* a sub-row's label alone on its line: its figures on the next */
        unsigned line;
        double sum[ALIGN_MAX];
    } subs_of = {.row = -1};
    unsigned note_line = 0, header_line = 0;
    const int carried_out = t->nrows - 1; /* the last row closes the table */
    size_t loose[LOOSE_MAX];              /* rows of figures that belong to no row */
    unsigned char used[LOOSE_MAX] = {0};
    unsigned char overflow[64] = {0};     /* more figures after the row's own, no label between */
    int nloose = 0, run[LOOSE_MAX], labels = 0; /* loose rows with no label between share a run */
    int overflow_run[64] = {0};
    char norm[NORM_MAX];
    spill sp = {.line = 0};
    xbuf_init(&sp.cells, 0);
    lcell glued[ROW_CELLS_MAX + 1]; /* a row's figures with the one glued to its label */
    const int field = figures_field(s, t);
    lcell *frag = NULL; /* the start of a label wrapped over two lines, on the line before */
    unsigned taken_below = 0; /* the last line of a label's pieces read with its figures */

    for (size_t ri = 0; ri < g->nrows; ri++) {
        const lrow *rw = &g->rows[ri];
        if (!in_regions(s, rw->line))
            continue;
        lcell *before = frag;
        frag = NULL;
        int glued_row = 0; /* its first figure read from its label's end */
        lcell *cells = &g->cells[rw->first];
        if (rw->line <= taken_below && !figures_in(cells, rw->n))
            continue; /* (pieces of a label read with its figures above, see label_around) */
        int lastlabel = -1;
        for (int i = 0; i < rw->n; i++)
            if (!is_value(&cells[i]))
                lastlabel = i;
        const lcell *v = cells + lastlabel + 1;
        int nv = rw->n - lastlabel - 1;
        if (r->flat && lastlabel >= 0 && is_value(&cells[0])) {
            /* Flattened text: a row's figures open the line and narrative follows them; the
             * line names no row of its own. */
            nv = 0;
            while (nv < rw->n && is_value(&cells[nv]))
                nv++;
            v = cells;
            lastlabel = -1;
        }
        if (closed && nv == 0)
            continue; /* past the table, a line with no figures adds nothing: no label matching */
        if (sentence_split(s, rw, cells))
            continue;
        int header = opened || t->id != XXGK_TABLE_REQUESTS ? header_again(s, t, cells, rw->n) : 0;
        if (header >= 3 || (header == 2 && !has_figure(v, nv)))
            continue;

        int m = -1, mi = -1;
        const lcell *mc = NULL;
        for (int i = lastlabel; i >= 0 && m < 0; i--) {
            if (!may_be_label(&cells[i]))
                continue;
            const char *cn = cell_norm(r, &cells[i]);
            size_t nlen = cells[i].norm_len;
            memcpy(norm, cn, nlen + 1); /* a copy: glued digits are cut off below */
            m = match_row(t, norm, nlen, cells[i].sig, last);
            if (m < 0 && unqualified(&cells[i], norm) > 0) /* (said as a label variant) */
                m = match_row(t, norm, strlen(norm), cells[i].sig, last);
            memcpy(norm, cn, nlen + 1);
            if (m >= 0 && (t->rows[m].flags & XXGK_ROW_GROUP)) {
                int own = row_after_gap(t, m, &cells[i], last, filled, norm);
                if (own >= 0) {
                    m = own;
                    nlen = strlen(norm);
                }
            }
            /* (no official label ends in a digit: digits at its end are a figure glued on,
             * even where the label matched with them) */
            size_t d = (size_t)glued_digits(norm);
            int bare = -1;
            if (d) {
                norm[nlen - d] = '\0';
                bare = match_row(t, norm, nlen - d, cells[i].sig, last);
                if (bare < 0 || (m >= 0 && m != bare)) {
                    memcpy(norm, cn, nlen + 1); /* not a row's label with a figure glued on */
                    d = 0;
                }
            }
            if (d && i == lastlabel &&
                glued_first(r, &t->rows[bare], &cells[i], d, v, nv,
                            field > i + 1 ? field - i - 1 : 0, glued, &v, &nv)) {
                m = bare; /* its figures: the glued one first */
                glued_row = 1;
            } else if (d && i == lastlabel &&
                       glued_signed(&t->rows[bare], &cells[i], v, nv, glued, &v, &nv)) {
                m = bare; /* its first two figures glued to it and to each other by a sign */
                glued_row = 1;
            } else if (d && i == lastlabel && r->flat && !has_figure(v, nv) &&
                       label_digits(&cells[i], d, glued)) {
                /* flattened text, a label no mark cut off (a typo): every figure glued to it,
                 * cut apart as other glued figures are */
                v = glued;
                nv = 1;
                m = bare;
                glued_row = 1;
            } else if (d) {
                if ((m = bare) >= 0) {
                    rep_diag(r, "reader-glued", cells[i].line,
                             rep_printf(r, "%.*s", (int)cells[i].n, cells[i].s), NULL);
                    mark_printed(r, t->rows[m].first_cell, t->rows[m].ncols, cells[i].line);
                    pending = -1;
                    last = m;
                    m = -2; /* seen, but its figures cannot be placed */
                    break;
                }
            }
            if (m >= 0) {
                mc = &cells[i];
                mi = i;
            }
        }
        /* A label wrapped where no row's words are whole on either line ("3.危及“三" over
         * "安全一稳定” 0 0 …"): the two pieces together name the row. */
        if (m == -1 && before && lastlabel >= 0 && has_figure(v, nv) &&
            may_be_label(&cells[lastlabel])) {
            int alone = 1; /* the label the line's only words */
            for (int i = 0; i < lastlabel && alone; i++)
                alone = cells[i].kind == NUM_BLANK;
            const char *a = cell_norm(r, before), *b = cell_norm(r, &cells[lastlabel]);
            char joined[NORM_MAX];
            int j = alone ? match_joined(t, a, before->norm_len, b, cells[lastlabel].norm_len,
                                         last, joined)
                          : -1;
            if (j >= 0) {
                m = j;
                mc = &cells[lastlabel];
                mi = lastlabel;
                memcpy(norm, joined, strlen(joined) + 1);
            }
        }
        int tail_of_pending = 0;
        /* The end of the waiting row's label, wrapped onto the line of its figures ("…行政机关
         * 不再处理其政府信息公开" over "申请  1 0 0 0 0 0 1"): that row's, before the words are
         * tried as the start of a row below ("2.申请人逾期…" begins with them too). */
        if (m == -1 && pending >= 0 && lastlabel >= 0 && has_figure(v, nv) &&
            v == cells + lastlabel + 1 && may_be_label(&cells[lastlabel]) &&
            cells[lastlabel].norm_len >= 6) {
            int alone = 1; /* the label the line's only words */
            for (int i = 0; i < lastlabel && alone; i++)
                alone = cells[i].kind == NUM_BLANK;
            const char *tail = cell_norm(r, &cells[lastlabel]);
            const char *own = labels_row(t, pending)->label;
            size_t ol = strlen(own), tl = cells[lastlabel].norm_len;
            if (alone && ol > tl && strcmp(own + ol - tl, tail) == 0) {
                m = pending;
                mc = &cells[lastlabel];
                mi = lastlabel;
                memcpy(norm, tail, tl + 1);
                tail_of_pending = 1;
            }
        }
        /* A label wrapped below its figures in a narrow column ("行政规范性  5  9  723" over
         * "文件"): the two pieces together name the row; the next line is then done with. */
        if (m == -1 && lastlabel >= 0 && has_figure(v, nv) && may_be_label(&cells[lastlabel]) &&
            ri + 1 < g->nrows) {
            const lrow *nx = &g->rows[ri + 1];
            lcell *rest = &g->cells[nx->first];
            int alone = 1; /* the label the line's only words */
            for (int i = 0; i < lastlabel && alone; i++)
                alone = cells[i].kind == NUM_BLANK;
            char joined[NORM_MAX];
            int j = -1;
            if (alone && nx->n == 1 && nx->line == rw->line + 1 && may_be_label(rest) &&
                in_regions(s, nx->line)) {
                const char *a = cell_norm(r, &cells[lastlabel]), *b = cell_norm(r, rest);
                j = match_joined(t, a, cells[lastlabel].norm_len, b, rest->norm_len, last, joined);
                /* (the row's label begins on this line: not the end of one wrapped onto it) */
                if (j >= 0 && strncmp(labels_row(t, j)->label, a, cells[lastlabel].norm_len) != 0)
                    j = -1;
            }
            if (j >= 0 && filled[j] == 0) {
                m = j;
                mc = &cells[lastlabel];
                mi = lastlabel;
                memcpy(norm, joined, strlen(joined) + 1);
                ri++;
            }
        }
        /* A label wrapped after words that name another row ("2.其他" with its figures, then
         * "法律行政法规禁止公开" alone on the next line): the row both pieces begin, not yet
         * read, is the one meant; the next line is then done with. */
        if (m >= 0 && mi == lastlabel && has_figure(v, nv) && ri + 1 < g->nrows &&
            !(t->rows[m].flags & XXGK_ROW_GROUP) && !tail_of_pending) {
            const lrow *nx = &g->rows[ri + 1];
            lcell *rest = &g->cells[nx->first];
            if (nx->n == 1 && nx->line == rw->line + 1 && may_be_label(rest) &&
                in_regions(s, nx->line)) {
                const char *b = cell_norm(r, rest);
                size_t an = strlen(norm);
                char joined[NORM_MAX];
                int j = match_joined(t, norm, an, b, rest->norm_len, last, joined);
                const char *official = j >= 0 ? labels_row(t, j)->label : "";
                if (j >= 0 && j != m && filled[j] == 0 && strncmp(official, norm, an) == 0 &&
                    strstr(official, b)) {
                    m = j;
                    memcpy(norm, joined, strlen(joined) + 1);
                    ri++; /* (its words are this label's) */
                }
            }
        }
        /* a line of words only whose last label names no row, or only a group ("（四）无法提供
         * 1.本机关不掌" in one cell), may be the start of one wrapped onto the next line */
        if (lastlabel >= 0 && !has_figure(v, nv) && may_be_label(&cells[lastlabel]) &&
            (mi != lastlabel || (t->rows[m].flags & XXGK_ROW_GROUP)))
            frag = &cells[lastlabel];
        /* no row named, or only a group before a label no row has ("（三）不予公开 1.属于国家
         * 秘秘"), on a line with figures: a label one character off a row not yet read is it */
        int group_only = m >= 0 && (t->rows[m].flags & XXGK_ROW_GROUP) &&
                         !(t->rows[m].flags & XXGK_ROW_SINGLE_ALT);
        /* (or alone on its line, its figures on the lines below: a table a cell a line) */
        int by_itself = rw->n == 1 && lastlabel == 0;
        for (int i = lastlabel, stop = group_only ? mi : -1;
             (m == -1 || group_only) && i > stop && (has_figure(v, nv) || by_itself); i--) {
            if (!may_be_label(&cells[i]))
                continue;
            const char *cn = cell_norm(r, &cells[i]);
            int typo = typo_row(t, cn, cells[i].norm_len, filled);
            if (typo < 0 && cells[i].norm_len <= 9)
                typo = numbered_typo_row(t, &cells[i], cn, cells[i].norm_len, filled);
            if (typo >= 0) {
                m = typo;
                group_only = 0;
                memcpy(norm, cn, cells[i].norm_len + 1);
                mc = &cells[i];
                mi = i;
            }
        }
        /* a group, then the start of one of its rows wrapped in a narrow column, on a line with
         * figures ("（六）其他处理  1.申请人无正当  27 43 …"), or alone, its group printed on
         * another line ("1.申请人无正当  27 43 …"): the figures are that row's */
        int grp = m >= 0 && (t->rows[m].flags & XXGK_ROW_GROUP) ? m : -1;
        if ((grp >= 0 || m < 0) && lastlabel >= 0 && has_figure(v, nv) &&
            may_be_label(&cells[lastlabel])) {
            /* (in a cell of its own after the group's, or glued to it) */
            const char *cn = cell_norm(r, &cells[lastlabel]);
            size_t cl = cells[lastlabel].norm_len;
            const char *gn = grp >= 0 ? labels_row(t, grp)->label : "";
            int on_group = grp >= 0 && mi == lastlabel && strncmp(cn, gn, strlen(gn)) == 0;
            if (on_group) {
                cn += strlen(gn);
                cl -= strlen(gn);
            } else if (m < 0) { /* (after pieces of captions in the same cell: "三、本 1.本机关") */
                size_t d = strcspn(cn, "0123456789");
                on_group = d > 0 && d < cl;
                cn += d;
                cl -= d;
            }
            int sub =
                m < 0 || mi < lastlabel || on_group ? sub_row_begun(t, grp, cn, cl, filled) : -1;
            if (sub >= 0) {
                size_t digits =
                    strspn(cn, "0123456789"); /* (the label, as the format's, unnumbered) */
                m = sub;
                memcpy(norm, cn + digits, cl - digits + 1);
                mc = &cells[lastlabel];
                mi = lastlabel;
            }
        }
        /* a label wrapped in a narrow column around its figures, from where its row's pieces
         * start (see label_around); the lines below taken with it are then done with */
        if (m == -1 && pending < 0 && has_figure(v, nv) && spaced_line(s, rw->line)) {
            lcell *own = NULL, *first = NULL;
            int alone = lastlabel >= 0;
            for (int i = 0; i < lastlabel && alone; i++)
                alone = cells[i].kind == NUM_BLANK;
            if (alone && may_be_label(&cells[lastlabel]))
                own = &cells[lastlabel];
            unsigned below = 0;
            int j = lastlabel < 0 || own
                        ? label_around(s, t, ri, own, filled, last, norm, &first, &below)
                        : -1;
            if (j >= 0) {
                m = j;
                mc = first;
                mi = lastlabel;
                frag = NULL;
                taken_below = below;
            }
        }
        /* Short text after the label is a cell that holds words ("无", "不适用"), not a label:
         * it takes its place among the figures, as a figure that cannot be read. */
        if (m >= 0 && mi < lastlabel) {
            /* (longer words too where the row has no figure at all, in cells set apart: "行政
             * 许可\t数据暂缺待补充" is no label, but a figure unread) */
            int figures = strcmp(r->layout, "spaces") == 0;
            for (int i = lastlabel + 1; i < rw->n && !figures; i++)
                figures = cells[i].kind == NUM_PLAIN || cells[i].kind == NUM_UNIT ||
                          cells[i].kind == NUM_GROUPED;
            int words = 1;
            for (int i = mi + 1; i <= lastlabel && words; i++)
                words = is_value(&cells[i]) || u8_count(cells[i].s, cells[i].n) <= 6 ||
                        figure_like(&cells[i]) ||
                        (!figures && u8_count(cells[i].s, cells[i].n) <= 40);
            if (words) {
                v = cells + mi + 1;
                nv = rw->n - mi - 1;
            }
        }
        /* A tab-separated row short of fields: its figures stand in the fields the other rows'
         * do, from the first column on, not pushed right into the label's empty fields. */
        if (m >= 0 && field > 0 && !glued_row && mi == lastlabel && lastlabel < field &&
            rw->n > field && rw->n < field + t->rows[m].ncols) {
            int empty = 1;
            for (int k = lastlabel + 1; k < field && empty; k++)
                empty = cells[k].kind == NUM_BLANK;
            if (empty) {
                v = cells + field;
                nv = rw->n - field;
            }
        }
        /* A row waiting for figures, on a line of its own ("无" under a label, one cell per
         * line): words that stand for a figure are its cells, in their place, and so is a
         * figure with words after it alone on its line ("12件（其中线上10件）"), which cannot
         * be read, where it stands. */
        if (m == -1 && pending >= 0 && lastlabel >= 0 && v == cells + lastlabel + 1) {
            int words = 1;
            for (int i = 0; i <= lastlabel && words; i++)
                words =
                    no_figure_word(&cells[i]) || (rw->n == 1 && figure_like(&cells[i]) &&
                                                  !year_like(&cells[i]) && label_like(&cells[i]));
            if (words) {
                v = cells;
                nv = rw->n;
            }
        }
        /* the row's sub-rows as the other format prints them, on its line or on the lines
         * after it while it waits for figures */
        int whole = m >= 0 && mi < lastlabel       ? m
                    : m < 0 && lastlabel >= 0 && pending >= 0 ? pending
                    : m < 0 && lastlabel >= 0                 ? last
                                                              : -1;
        int subs = whole >= 0 && !closed
                       ? sub_rows_of_other_format(s, t, whole, m >= 0 ? cells + mi + 1 : cells,
                                                  m >= 0 ? lastlabel - mi : lastlabel + 1)
                       : 0;
        int awaited = !subs && subs_of.await && lastlabel < 0 && nv > 0;
        subs_of.await &= subs || awaited;
        if (awaited) {
            whole = subs_of.row;
            subs_of.await = 0;
        }
        if (subs || awaited) {
            int ncols = t->rows[whole].ncols;
            if (subs && nv == 0 && subs_of.row == whole) {
                subs_of.await = 1; /* (its figures follow, a line of their own) */
                continue;
            }
            if (subs_of.row != whole) {
                subs_of.row = whole, subs_of.want = subs, subs_of.got = 0;
                subs_of.line = rw->line;
                subs_of.whole = ncols <= ALIGN_MAX;
                memset(subs_of.sum, 0, sizeof subs_of.sum);
                /* (its own figures, printed on its line before the sub-rows, are kept; blank
                 * cells after its label, read as its figures, are taken back) */
                subs_of.own = filled[whole] == ncols &&
                              figures_in_cells(r, t->rows[whole].first_cell, ncols) > 0;
                if (!subs_of.own)
                    take_back(r, t->rows[whole].first_cell, ncols, rw->line);
                filled[whole] = ncols;
                pending = -1;
                last = whole;
                if (nv == 0) {
                    subs_of.await = 1;
                    continue;
                }
            }
            lcell parts[SPLIT_MAX];
            int cut = nv && nv < ncols && ncols <= SPLIT_MAX
                          ? unglue(s, v, nv, ncols, total_columns(&t->rows[whole], 1),
                                   &t->rows[whole], t->rows[whole].label, parts)
                          : 0;
            if (cut == ncols) { /* (flattened text: a sub-row's figures glued together) */
                v = parts;
                nv = cut;
            }
            int plain = nv == ncols;
            for (int k = 0; k < nv && plain; k++)
                plain = v[k].kind == NUM_PLAIN || v[k].kind == NUM_GROUPED;
            subs_of.whole &= plain;
            for (int k = 0; plain && k < ncols && k < ALIGN_MAX; k++)
                subs_of.sum[k] += v[k].value;
            subs_of.got++;
            continue;
        }
        if (m == -2)
            continue;
        /* Past the table's last row only rows not yet read count (（七）总计 printed after 四,
         * section 二's items in another order); figures and repeats there are other text. */
        if (closed && (m < 0 || filled[m] != 0 || nv == 0)) {
            /* (a row of the table printed in full again with other figures: a second table,
             * another year's or a correction, of which the first is taken, and said) */
            int own = nv;
            const lcell *o = m >= 0 ? own_cells(&t->rows[m], v, &own) : v;
            if (m >= 0 && filled[m] == t->rows[m].ncols && own == t->rows[m].ncols &&
                figures_in(o, own) == own && !(t->rows[m].flags & XXGK_ROW_GROUP))
                duplicate_row(r, &t->rows[m], mc, o, own, 1);
            continue; /* (with its figures on its line: a label alone would take any after it) */
        }
        if (t->id == XXGK_TABLE_REQUESTS && !opened)
            note_header_lines(r, cells, rw->n, &note_line, &header_line);
        if (m >= 0 && !opened && !(t->rows[m].flags & XXGK_ROW_OPENS) &&
            t->id == XXGK_TABLE_REQUESTS)
            m = -1;
        if (m >= 0 && (t->rows[m].flags & XXGK_ROW_OPENS))
            opened = 1;
        if (!opened && t->id == XXGK_TABLE_REQUESTS)
            continue;

        if (m >= 0) {
            const xxgk_row_spec *row = &t->rows[m];
            labels++;
            if ((row->flags & XXGK_ROW_GROUP) && !(row->flags & XXGK_ROW_SINGLE_ALT)) {
                /* a group label, wherever printed, holds no figures: any beside it (a subtotal
                 * of its rows?) are said, not taken */
                if (has_figure(v, nv)) {
                    char zh[256], en[256];
                    caption_figures(row->label, zh, en);
                    int b = 0;
                    while (b < nv && v[b].kind == NUM_BLANK)
                        b++;
                    diag_cells(r, "reader-unplaced", mc->line, zh, en, v + b, nv - b);
                }
                continue;
            }
            if ((row->flags & XXGK_ROW_SINGLE_ALT) && !has_figure(v, nv)) {
                /* the group before its sub-rows, or printed as one row with its figures on
                 * the lines below (a cell a line): those take them, if the sub-rows' labels
                 * do not come first */
                if (filled[m] == 0)
                    pending = m;
                continue;
            }
            if (m != pending && filled[m] == row->ncols) {
                /* (a piece of the label of the row just read, after its start: the rest of it
                 * wrapped onto the lines below its figures, not the row again) */
                const char *official = labels_row(t, m)->label;
                if (m == last && !has_figure(v, nv) && *norm &&
                    (strstr(official, norm) || caption_then_piece(t, norm, official)) &&
                    strncmp(official, norm, strlen(norm)) != 0)
                    continue; /* (beside a piece of a caption too: "供  需要另行制作") */
                duplicate_row(r, row, mc, v, nv, 0);
                continue;
            }
            if (m != pending && filled[m] == 0) {
                lcell joined; /* (the label with its end below its figures, if wrapped so) */
                unsigned end = mi == lastlabel && !has_figure(v, nv)
                                   ? label_end_below(s, t, m, ri, mc, norm, &joined)
                                   : 0;
                if (!end) {
                    check_label(s, t, m, norm, mc);
                } else {
                    if (label_off(s, t, m, norm, NULL))
                        label_variant(r, &joined, row->label);
                    taken_below = end; /* (the end's line is done with) */
                }
            }
            if (!label_at[m])
                label_at[m] = mc->line;
            last = m;
            pending = m;
            if (nv > 0) {
                put_values(s, row, row->first_cell, row->ncols, total_columns(row, 1), &filled[m],
                           v, nv, row->label);
            } else if (filled[m] == 0 && blanks_by_runs(s, mc, row->ncols)) {
                for (int k = 0; k < row->ncols; k++)
                    put_blank(&r->cells[row->first_cell + k], mc->line);
                filled[m] = row->ncols;
            }
        } else if (pending >= 0 && (has_figure(v, nv) || dumped_empty(r, rw, cells))) {
            const xxgk_row_spec *row = &t->rows[pending];
            put_values(s, row, row->first_cell, row->ncols, total_columns(row, 1),
                       &filled[pending], v, nv, row->label);
        } else if (has_figure(v, nv) && (opened || (t->id != XXGK_TABLE_REQUESTS && labels)) &&
                   last >= 0 &&
                   (rw->line <= label_at[last] + 3 || below_label_end(s, t, last, ri)) &&
                   complete_row(s, &t->rows[last], v, nv) != 0) {
            /* (its figures over two lines, its 总计 even below its label's end, or a figure
             * wrapped in its cell: taken back) */
        } else if (has_figure(v, nv) && (opened || (t->id != XXGK_TABLE_REQUESTS && labels))) {
            /* (in section 二, once a row is read: figures of no row there are said) */
            if (last >= 0 && filled[last] == t->rows[last].ncols) {
                overflow[last] = 1;
                overflow_run[last] = labels;
            }
            if (nloose < LOOSE_MAX && !closed) {
                run[nloose] = labels;
                loose[nloose++] = ri; /* said at the end, unless order_fill places it */
            } else {
                spill_add(r, &sp, labels, rw->line, cells, rw->n);
                s->unplaced += closed ? 0 : figures_in(cells, rw->n);
            }
        }
        if (pending >= 0 && filled[pending] == t->rows[pending].ncols)
            pending = -1;
        if (filled[carried_out] == t->rows[carried_out].ncols && t->id != XXGK_TABLE_REVIEW)
            closed = 1;
    }
    spill_end(r, &sp);
    xbuf_free(&sp.cells);
    if (note_line && header_line && note_line > header_line)
        rep_diag(r, "format-note-position", note_line,
                 rep_printf(r, "说明在第 %u 行，表头（自然人）在第 %u 行", note_line, header_line),
                 rep_printf(r, "the note is on line %u, the header (自然人) on line %u",
                            note_line, header_line));
    stacked_labels(s, t, filled, label_at);
    for (int i = 1; i < t->nrows; i++)
        if (overflow[i] && filled[i] == t->rows[i].ncols)
            labels_then_figures(s, t, i, filled, label_at, loose, run, nloose, overflow_run[i],
                                used);
    /* A row followed by half a row's worth or more of figures that belong to no row may have had
     * its cells read out of order (a PDF's text flow): it keeps its figures only when they add
     * up.  (Fewer are a page number or a note's: the row's figures stand, errors and all.) */
    for (int i = 0; i < t->nrows; i++) {
        if (filled[i] < 0)
            continue;
        const xxgk_row_spec *row = &t->rows[i];
        if (!overflow[i] || row_adds_up(r, row) || !total_columns(row, 1))
            continue;
        int after = 0;
        for (int k = 0; k < nloose; k++)
            after += run[k] == overflow_run[i] ? g->rows[loose[k]].n : 0;
        if (after * 2 < row->ncols)
            continue;
        unsigned line = r->cells[row->first_cell].line;
        rep_diag(r, "reader-unplaced", line,
                 rep_printf(r, "%s：其后还有不属于任何一行的数字，且本行总计与各项之和不符，"
                               "无法确定哪些数字属于本行",
                            row->label),
                 rep_printf(r, "%s: more figures follow that belong to no row, and its total is "
                               "not the sum of its cells: which figures are its own cannot be "
                               "told",
                            row->label));
        take_back(r, row->first_cell, row->ncols, line);
        s->unplaced += row->ncols;
        filled[i] = -1; /* done with: neither refilled nor a neighbour for order_fill */
    }
    if (subs_of.row >= 0 && !subs_of.own)
        sub_rows_summed(s, &t->rows[subs_of.row], subs_of.line,
                        subs_of.whole && subs_of.got == subs_of.want ? subs_of.sum : NULL);
    if (t->id == XXGK_TABLE_REQUESTS && nloose)
        order_fill(s, t, filled, loose, nloose, used);
    /* （六）其他处理 given figures of its own (2019's one row) and its sub-rows read too: those
     * figures are a subtotal printed beside the group's caption, said and not taken, as any
     * other group's are (taken, they would be counted twice, and the table called 2019's). */
    for (int i = 0; i < t->nrows; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        int subs = 0;
        for (int k = 0; k < t->nrows && (row->flags & XXGK_ROW_SINGLE_ALT) && filled[i] > 0; k++)
            subs += t->rows[k].caption && strcmp(t->rows[k].caption, row->label) == 0 &&
                    filled[k] > 0;
        if (!subs)
            continue;
        xbuf b;
        xbuf_init(&b, 0);
        unsigned line = r->cells[row->first_cell].line;
        for (int k = 0; k < row->ncols; k++) {
            xxgk_cell *c = &r->cells[row->first_cell + k];
            if (c->kind != XXGK_CELL_ABSENT)
                evidence_put(&b, b.len == 0, c->raw ? c->raw : "", c->raw ? strlen(c->raw) : 0);
            memset(c, 0, sizeof *c); /* (not printed either: the group is no row of 2021's) */
        }
        char zh[256], en[256];
        caption_figures(row->label, zh, en);
        if (b.failed)
            r->oom = 1;
        else
            rep_diag(r, "reader-unplaced", line, rep_printf(r, "%s%s", zh, b.data ? b.data : ""),
                     rep_printf(r, "%s%s", en, b.data ? b.data : ""));
        xbuf_free(&b);
        filled[i] = 0;
    }
    for (int i = 0, j; i < nloose; i = j) { /* one finding for a run of them */
        for (j = i + 1; j < nloose && used[j] == used[i] && run[j] == run[i]; j++)
            ;
        if (used[i])
            continue;
        xbuf b;
        xbuf_init(&b, 0);
        for (int k = i; k < j; k++)
            s->unplaced += figures_in(&g->cells[g->rows[loose[k]].first], g->rows[loose[k]].n);
        for (int k = i; k < j; k++)
            for (int c = 0; c < g->rows[loose[k]].n; c++) {
                const lcell *v = &g->cells[g->rows[loose[k]].first + c];
                evidence_put(&b, b.len == 0, v->s, v->n);
            }
        if (b.failed)
            r->oom = 1;
        else
            rep_diag(r, "reader-unplaced", g->rows[loose[i]].line, rep_strndup(r, b.data, b.len),
                     NULL);
        xbuf_free(&b);
    }
    for (int i = 0; i < t->nrows; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        if (filled[i] == 0 && label_at[i] && !(row->flags & XXGK_ROW_GROUP)) {
            /* the row is printed, only its figures were not found beside it (a PDF's text flow
             * puts them elsewhere): its cells stay null, and it is not a missing row */
            if (refill_by_lines(s, row->first_cell, row->ncols, total_columns(row, 1), 0,
                                label_at[i])) {
            } else if (blank_spaced_row(s, t, i, filled, label_at)) {
                for (int k = 0; k < row->ncols; k++)
                    put_blank(&r->cells[row->first_cell + k], label_at[i]);
            } else {
                mark_printed(r, row->first_cell, row->ncols, label_at[i]);
                missing_cells(r, label_at[i], row->label, row->ncols, 0);
            }
        } else if (filled[i] > 0 && filled[i] < row->ncols &&
                   !refill_by_lines(s, row->first_cell, row->ncols, total_columns(row, 1),
                                    filled[i], 0) &&
                   !unplace_short_row(s, row->first_cell, row->ncols, total_columns(row, 1),
                                      row->label, filled[i]))
            missing_cells(r, r->cells[row->first_cell].line, row->label, row->ncols, filled[i]);
    }
}

/* Whether every block of section 四 has all five figures and its 总计 (the last) is the sum of
 * the other four; known_only: every block read to its end adds up (one not read whole holds
 * nothing to check), and one at least was. */
static int review_totals_hold(const xxgk_report *r, const xxgk_table_spec *t, int known_only)
{
    int whole = 0;
    for (int b = 0; b < t->nrows; b++) {
        const xxgk_row_spec *row = &t->rows[b];
        double sum = 0;
        for (int k = 0; k < row->ncols; k++) {
            const xxgk_cell *c = &r->cells[row->first_cell + k];
            if (!xxgk_cell_known(c) && known_only)
                break; /* (a block not read to its end: nothing to hold) */
            if (!xxgk_cell_known(c))
                return 0;
            if (k < row->ncols - 1)
                sum += c->value;
            else if (fabs(sum - c->value) > 1e-9)
                return 0;
            else
                whole++;
        }
    }
    return whole > 0;
}

/* What a line of section 四 holds: its figures (words in place of some, "无", "2件次",
 * counted with them), and whether it holds other text, never the header's labels; *label is
 * set when that text is one short cell before the figures ("数量", "件数"). */
static int review_figures(const lrow *rw, lcell *cells, int *text, int *label)
{
    int figures = 0, words = 0;
    *text = *label = 0;
    for (int i = 0; i < rw->n; i++) {
        if (is_value(&cells[i]))
            figures += cells[i].kind != NUM_BLANK;
        else if (figure_like(&cells[i]) && u8_count(cells[i].s, cells[i].n) <= 8 &&
                 !year_like(&cells[i]))
            figures++; /* (not a sentence or a heading opening with a year) */
        else if (no_figure_word(&cells[i]))
            words++;
        else {
            *label = i == 0 && (u8_count(cells[i].s, cells[i].n) <= 4 || year_like(&cells[i]));
            *text = 1;
        }
    }
    if (!figures && words && rw->n < 5)
        *text = 1; /* "无" alone under the heading says there is no table, not a cell */
    return figures + words;
}

/* Section 四's figures read from another layout than the format's, from `line` on. */
static void review_layout(scan *s, unsigned line)
{
    rep_diag(s->r, "format-table-layout", line,
             rep_printf(s->r, "第四部分的数字按各自的标签列出，不是格式规定的一行十五格"),
             rep_printf(s->r, "section 四 gives its figures beside their own labels, not as the "
                              "format's one row of fifteen"));
}

/* Section 四 printed as three labelled rows (行政复议, 行政诉讼（未经复议直接起诉）, 行政诉讼（复议
 * 后起诉）, five figures each) instead of the format's one row of fifteen: each row by its
 * label, the most specific first (复议后起诉 names 复议 too).  1 when all three were so. */
static int review_by_rows(scan *s, const xxgk_table_spec *t)
{
    lgrid *g = s->g;
    size_t at[3];
    int seen = 0;
    if (t->nrows != 3)
        return 0;
    for (size_t ri = 0; ri < g->nrows; ri++) {
        const lrow *rw = &g->rows[ri];
        lcell *cells = &g->cells[rw->first];
        /* (a lawsuit's row may open with the group's label, 行政诉讼, merged over both) */
        if (!in_regions(s, rw->line) || rw->n < 6 || rw->n > 7)
            continue;
        const int lab = rw->n - 6;
        if (is_value(&cells[0]) || is_value(&cells[lab]) ||
            (lab && !strstr(cell_norm(s->r, &cells[0]), "诉讼")))
            continue;
        int figures = 1;
        for (int i = lab + 1; i < rw->n && figures; i++)
            figures = is_value(&cells[i]);
        if (!figures)
            continue;
        const char *norm = cell_norm(s->r, &cells[lab]);
        int k = -1; /* (by the format's match keys) */
        for (int j = t->nrows - 1; j >= 0 && k < 0; j--)
            if (label_set_match(&labels_row(t, j)->match, norm, cells[lab].norm_len,
                                cells[lab].sig, 0) &&
                (j > 0 || !strstr(norm, "诉讼")))
                k = j;
        if (k < 0 || (lab && k == 0))
            continue;
        if (seen & (1 << k))
            return 0; /* (a row twice: not this shape) */
        seen |= 1 << k;
        at[k] = ri;
    }
    if (seen != 7)
        return 0;
    for (int k = 0; k < 3; k++) {
        const xxgk_row_spec *row = &t->rows[k];
        int filled = 0;
        const lrow *rw = &g->rows[at[k]];
        put_values(s, row, row->first_cell, row->ncols, total_columns(row, 1), &filled,
                   &g->cells[rw->first + (size_t)rw->n - 5], 5, row->label);
    }
    review_layout(s, g->rows[at[0]].line);
    return 1;
}

enum { REVIEW_BLOCKS = 3, REVIEW_COLS = 5 };

/* The block of section 四 that a label names: 0 行政复议, 1 未经复议直接起诉, 2 复议后起诉;
 * -2 for 行政诉讼 alone (a block yet to be named), -1 for none.  The most specific first:
 * "行政诉讼（复议后起诉）" names 复议 too. */
static int review_block(const char *norm)
{
    if (strstr(norm, "复议后起诉"))
        return 2;
    if (strstr(norm, "直接起诉"))
        return 1;
    if (strstr(norm, "行政诉讼"))
        return -2;
    return strstr(norm, "行政复议") ? 0 : -1;
}

/* The column of cols[0..ncols), columns of table t, whose label, one of its variants (本年度止
 * 件数) or one of its short forms in the format table (企业, 合计, 制发), norm[0..n) is
 * exactly; -1 for none. */
static int header_column_of(const xxgk_table_spec *t, const xxgk_column_spec *cols, int ncols,
                            const char *norm, size_t n)
{
    const table_columns *tc = labels_columns(t);
    for (int q = 0; q < tc->n; q++) {
        const column_label *l = &tc->col[q];
        /* (the label normalized too: 本年增/减 is read 本年增减) */
        int is = l->bytes == n && memcmp(l->norm, norm, n) == 0;
        for (int w = 0; w < l->nwords && !is; w++)
            is = l->words[w].n == n && l->words[w].s[0] == norm[0] &&
                 memcmp(l->words[w].s, norm, n) == 0;
        for (int k = 0; is && k < ncols; k++) /* (rows share labels, not always arrays) */
            if (strcmp(cols[k].label, l->spec->label) == 0)
                return k;
    }
    return -1;
}

/* The same among the columns of the table's first row. */
static int header_column(const xxgk_table_spec *t, const char *norm, size_t n)
{
    return header_column_of(t, t->rows[0].cols, t->rows[0].ncols, norm, n);
}

/* Section 四's table (its columns the same in both formats). */
static const xxgk_table_spec *review_table(void)
{
    return &xxgk_format_get(XXGK_FORMAT_2021)->tables[XXGK_TABLE_REVIEW];
}

/* The column of section 四 a label is, the whole label: the format's words or their short
 * forms ("维持", "未审结", "合计"); -1 for none. */
static int review_column(const char *norm)
{
    if (strlen(norm) > 12) /* (four characters at most: most cells are ruled out at once) */
        return -1;
    return header_column(review_table(), norm, strlen(norm));
}

/* The length of col's label or short form that p[0..rest) begins with, the label first; 0 for
 * none. */
static size_t review_word_at(const column_label *col, const char *p, size_t rest)
{
    if ((unsigned char)*p < 0x80)
        return 0; /* (every one is Chinese) */
    for (int w = 0; w < col->nwords; w++)
        if (rest >= col->words[w].n && memcmp(p, col->words[w].s, col->words[w].n) == 0)
            return col->words[w].n;
    return 0;
}

static size_t next_word(const lcell *c, size_t *at, char norm[NORM_MAX]);

/* What section 四's figures have been read as, each beside its own label. */
typedef struct {
    lcell v[REVIEW_BLOCKS * REVIEW_COLS];
    unsigned have;  /* a bit per cell */
    int block;      /* the block the labels last named, or -1 */
    int slots[16];  /* what a header's labels name, in order: columns of `block`, or blocks */
    int nslots, slot_blocks;
    int queue[REVIEW_COLS]; /* a block's column labels alone on their lines, awaiting a figure
                             * each, in order */
    int nqueue, queued;
    int broken;     /* labels alone on their lines that no figures can follow: the format's
                     * header printed one cell a line */
    int conflict;   /* the first cell given two figures, or -1 */
    lcell again;    /* the second of them */
} review_labels;

/* Take figure v as cell (b, k); a cell read twice keeps the first figure, the first that
 * differs noted. */
static void review_take(review_labels *rl, int b, int k, const lcell *v)
{
    int i = b * REVIEW_COLS + k;
    if (!(rl->have & (1u << i))) {
        rl->v[i] = *v;
        rl->have |= 1u << i;
    } else if (rl->v[i].value != v->value && rl->conflict < 0) {
        rl->conflict = i;
        rl->again = *v;
    }
}

/* Whether text [s, s+n) speaks of another year than the report's, or of years together:
 * figures there are not the table's ("上年度行政复议结果维持5件"). */
static int other_years(const xxgk_report *r, const char *s, size_t n)
{
    static const char *const words[] = {"上年", "上一年", "去年", "同比", "累计", "以来"};
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
            if (n - i >= strlen(words[k]) && memcmp(s + i, words[k], strlen(words[k])) == 0)
                return 1;
    for (size_t i = 0; i + 7 <= n; i++) {
        if (memcmp(s + i + 4, "年", 3) != 0 || (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9'))
            continue;
        int y = 0, digits = 1;
        for (int d = 0; d < 4; d++) {
            digits &= s[i + d] >= '0' && s[i + d] <= '9';
            y = y * 10 + (s[i + d] - '0');
        }
        if (digits && y != r->year)
            return 1;
    }
    return 0;
}

/* A sentence that gives the figures beside their labels ("行政复议：结果维持2件，结果纠正1件，
 * ……总计4件。"): each figure right after a column's words, in the block the words before
 * named.  0 when a figure there cannot be read ("0x10", "1/2"). */
static int review_prose(const xxgk_report *r, review_labels *rl, const lcell *c)
{
    if (other_years(r, c->s, c->n))
        return 1;
    const column_label *cols = labels_columns(review_table())->col;
    unsigned col = c->col; /* (the column of s[i], counted as i moves on) */
    for (size_t i = 0; i < c->n;) {
        size_t rest = c->n - i;
        const char *p = c->s + i;
        static const struct {
            const char *w;
            int block;
        } blocks[] = {{"复议后起诉", 2}, {"直接起诉", 1}, {"行政诉讼", -1}, {"行政复议", 0}};
        size_t took = 0;
        for (size_t k = 0; k < sizeof blocks / sizeof blocks[0] && !took; k++)
            if (rest >= strlen(blocks[k].w) && memcmp(p, blocks[k].w, strlen(blocks[k].w)) == 0) {
                rl->block = blocks[k].block;
                took = strlen(blocks[k].w);
            }
        for (int k = 0; k < REVIEW_COLS && !took && rl->block >= 0; k++) {
            size_t wn = review_word_at(&cols[k], p, rest);
            if (!wn)
                continue;
            size_t j = i + wn;
            static const char *const fillers[] = {"：", ":", "为", "共", " "};
            for (size_t f = 0; f < sizeof fillers / sizeof fillers[0]; f++)
                if (c->n - j >= strlen(fillers[f]) &&
                    memcmp(c->s + j, fillers[f], strlen(fillers[f])) == 0)
                    j += strlen(fillers[f]), f = (size_t)-1;
            /* the figure: digits, thousands apart by commas, a decimal part */
            size_t d = j;
            while (d < c->n && ((c->s[d] >= '0' && c->s[d] <= '9') ||
                                (d > j && (c->s[d] == ',' || c->s[d] == '.'))))
                d++;
            while (d > j && (c->s[d - 1] == ',' || c->s[d - 1] == '.'))
                d--; /* (a comma or full stop after it ends the clause) */
            took = wn;
            if (d == j)
                continue; /* (the words without a figure: "纠正错误") */
            if (d < c->n && ((unsigned char)c->s[d] < 0x80 && c->s[d] != ',' &&
                             c->s[d] != '.' && c->s[d] != ';' && c->s[d] != ' '))
                return 0; /* ("0x10", "1/2", "2+": no figure that can be read) */
            static const char *const units[] = {"件", "起", "宗", "个"};
            for (size_t u = 0; u < sizeof units / sizeof units[0]; u++)
                if (c->n - d >= 3 && memcmp(c->s + d, units[u], 3) == 0) {
                    d += 3;
                    break;
                }
            lcell v = {.s = c->s + j, .n = d - j, .line = c->line,
                       .col = col + (unsigned)u8_count(p, j - i)};
            v.kind = num_parse(v.s, v.n, &v.value);
            if (v.kind == NUM_NONE)
                return 0;
            review_take(rl, rl->block, k, &v);
            took = d - i;
        }
        if (!took) { /* (the next character) */
            took = 1;
            while (i + took < c->n && ((unsigned char)c->s[i + took] & 0xC0) == 0x80)
                took++;
        }
        col += (unsigned)u8_count(p, took);
        i += took;
    }
    return 1;
}

/* A label of section 四's header: a column (cols) or a block (blocks), or other words. */
static void review_label(const char *norm, int *cols, int *nc, int *blocks, int *nb, int *other,
                         int *block)
{
    int k = review_column(norm), b = k < 0 ? review_block(norm) : -1;
    if (k >= 0 && *nc < 16)
        cols[(*nc)++] = k;
    else if (b >= 0 && *nb < 16)
        blocks[(*nb)++] = b;
    else if (b == -2)
        *block = -1;
    else
        (*other)++;
}

/* A line of section 四 without figures: the labels of a header (columns of one block, or the
 * blocks themselves, of a table printed the other way round, after a corner's words at most),
 * a block's name, column labels alone on their lines (awaiting their figures on the lines
 * after), or sentences giving figures beside their labels.  0 when a figure there cannot be
 * read. */
static int review_header(scan *s, review_labels *rl, lcell *cells, int n)
{
    int cols[16], blocks[16], nc = 0, nb = 0, other = 0;
    for (int i = 0; i < n; i++) {
        if (cells[i].kind == NUM_BLANK)
            continue;
        int digits = 0; /* (a sentence with figures: each beside its label, or none) */
        for (size_t j = 0; j < cells[i].n && !digits; j++)
            digits = cells[i].s[j] >= '0' && cells[i].s[j] <= '9';
        if (digits) {
            if (!review_prose(s->r, rl, &cells[i]))
                return 0;
            other++;
            continue;
        }
        const char *norm = cell_norm(s->r, &cells[i]);
        if (review_column(norm) < 0 && review_block(norm) < 0 &&
            memchr(cells[i].s, ' ', cells[i].n) && cells[i].n < NORM_MAX) {
            /* (space-aligned text joins a line's labels into one cell: word by word) */
            char word[NORM_MAX];
            for (size_t at = 0, wn; (wn = next_word(&cells[i], &at, word)) > 0;)
                review_label(word, cols, &nc, blocks, &nb, &other, &rl->block);
            continue;
        }
        review_label(norm, cols, &nc, blocks, &nb, &other, &rl->block);
    }
    if (n == 1 && nc == 1) { /* (one label a line: its figure comes after, or after all five) */
        if (rl->queued)
            rl->nqueue = rl->queued = 0;
        int again = 0;
        for (int q = 0; q < rl->nqueue; q++)
            again |= rl->queue[q] == cols[0];
        if (again || rl->nqueue == REVIEW_COLS)
            rl->broken = 1; /* (a block's columns again: the format's header) */
        else
            rl->queue[rl->nqueue++] = cols[0];
        return 1;
    }
    if (n == 1 && nb == 1 && rl->nqueue && !rl->queued)
        rl->broken = 1; /* (a block named after another's labels, before their figures) */
    rl->nqueue = rl->queued = 0;
    rl->nslots = 0;
    if (nb == 1)
        rl->block = blocks[0];
    /* (columns named again: the blocks' columns on one line, under a line of the blocks'
     * names, is the format's header, not one block's; a 总计 printed twice is one block's) */
    unsigned seen = 0, again = 0;
    for (int i = 0; i < nc; i++) {
        again |= seen & (1u << cols[i]);
        seen |= 1u << cols[i];
    }
    if (again & (again - 1)) { /* (two columns or more named again) */
        rl->block = -1;
    } else if (nc >= 2 && nb <= 1 && other <= 1) { /* a block's columns (after a corner's words) */
        memcpy(rl->slots, cols, (size_t)nc * sizeof *cols);
        rl->nslots = nc;
        rl->slot_blocks = 0;
    } else if (nb >= 2 && !nc) { /* the blocks, each a column */
        memcpy(rl->slots, blocks, (size_t)nb * sizeof *blocks);
        rl->nslots = nb;
        rl->slot_blocks = 1;
    } else if (nc && nb) {
        rl->block = -1; /* (the format's own header: its figures are not beside labels) */
    }
    return 1;
}

/* Column labels wrapped onto two lines of the same cells ("结果" over "纠正"): the header
 * the two make, read cell by cell. */
static void review_split_header(scan *s, review_labels *rl, lcell *top, lcell *bottom, int n)
{
    int cols[16], nc = 0, other = 0;
    for (int i = 0; i < n && nc < 16; i++) {
        char joined[2 * NORM_MAX];
        const char *a = cell_norm(s->r, &top[i]), *b = cell_norm(s->r, &bottom[i]);
        if (!*a && !*b)
            continue;
        snprintf(joined, sizeof joined, "%s%s", a, b);
        int k = review_column(joined);
        if (k >= 0)
            cols[nc++] = k;
        else
            other++;
    }
    if (nc >= 2 && other <= 1) {
        memcpy(rl->slots, cols, (size_t)nc * sizeof *cols);
        rl->nslots = nc;
        rl->slot_blocks = 0;
    }
}

/* Section 四 printed with every figure beside its labels instead of under the format's header:
 * label and figure pairs ("结果维持  2") under each block's name, each block's columns over its
 * figures, the table turned round (the blocks across, the columns down), or sentences
 * ("行政复议：结果维持2件，……").  Taken only when every figure of the section is so placed
 * and one block at least was read whole; 1 then. */
static int review_by_labels(scan *s, const xxgk_table_spec *t)
{
    lgrid *g = s->g;
    if (t->nrows != REVIEW_BLOCKS || t->ncells != REVIEW_BLOCKS * REVIEW_COLS)
        return 0;
    review_labels rl = {.block = -1, .conflict = -1};
    unsigned first_line = 0;
    const lrow *above = NULL; /* a line of labels that gave no header alone */
    for (size_t ri = 0; ri < g->nrows; ri++) {
        const lrow *rw = &g->rows[ri];
        if (!in_regions(s, rw->line))
            continue;
        lcell *cells = &g->cells[rw->first];
        int n = rw->n, lead = -1, nfig = 0, blanks = 0;
        for (int i = 0; i < n; i++)
            nfig += is_value(&cells[i]) && cells[i].kind != NUM_BLANK;
        if (!nfig) {
            if (!review_header(s, &rl, cells, n))
                return 0;
            if (!rl.nslots && above && above->n == n)
                review_split_header(s, &rl, &g->cells[above->first], cells, n);
            above = rl.nslots ? NULL : rw;
            continue;
        }
        above = NULL;
        if (n == 1 && rl.have == (1u << t->ncells) - 1)
            continue; /* (a number alone after every figure was read: a page's) */
        nfig = 0; /* (a line with figures: one label at most, before them) */
        for (int i = 0; i < n; i++) {
            if (!is_value(&cells[i])) {
                if (lead >= 0 || nfig)
                    return 0;
                lead = i;
            } else if (cells[i].kind == NUM_BLANK && !nfig && lead < 0) {
                blanks++; /* (the label's merged cells) */
            } else {
                nfig++;
            }
        }
        lcell *fig = cells + (lead >= 0 ? lead + 1 : blanks);
        if (!first_line)
            first_line = rw->line;
        int k = lead >= 0 ? review_column(cell_norm(s->r, &cells[lead])) : -1;
        int b = lead >= 0 && k < 0 ? review_block(cell_norm(s->r, &cells[lead])) : -1;
        if (lead >= 0 && k < 0 && b < 0)
            return 0;
        if (b >= 0)
            rl.block = b;
        if (k >= 0 && nfig == 1 && rl.block >= 0) {
            review_take(&rl, rl.block, k, &fig[0]);
        } else if (k >= 0 && rl.slot_blocks && nfig == rl.nslots) {
            for (int i = 0; i < nfig; i++)
                review_take(&rl, rl.slots[i], k, &fig[i]);
        } else if (lead < 0 && nfig == 1 && rl.queued < rl.nqueue && rl.block >= 0 &&
                   !rl.broken) {
            review_take(&rl, rl.block, rl.queue[rl.queued++], &fig[0]);
            continue; /* (the labels' queue goes on) */
        } else if (k < 0 && !rl.slot_blocks && nfig == rl.nslots && rl.block >= 0) {
            for (int i = 0; i < nfig; i++)
                review_take(&rl, rl.block, rl.slots[i], &fig[i]);
        } else {
            return 0;
        }
        rl.nqueue = rl.queued = 0;
    }
    int whole = 0;
    for (int b = 0; b < REVIEW_BLOCKS; b++)
        whole |= ((rl.have >> (b * REVIEW_COLS)) & 0x1Fu) == 0x1Fu;
    if (!whole)
        return 0;
    int got = 0;
    for (int i = 0; i < t->ncells; i++)
        if (rl.have & (1u << i)) {
            place(s->r, &s->r->cells[t->first_cell + i], &rl.v[i], "行政复议、行政诉讼");
            got++;
        }
    unsigned line = first_line ? first_line : rl.v[0].line;
    review_layout(s, line);
    if (got < t->ncells)
        missing_cells(s->r, line, "行政复议、行政诉讼", t->ncells, got);
    if (rl.conflict >= 0) {
        const xxgk_row_spec *row = &t->rows[rl.conflict / REVIEW_COLS];
        const lcell *a = &rl.v[rl.conflict], *b = &rl.again;
        const char *col = row->cols[rl.conflict % REVIEW_COLS].label;
        rep_diag(s->r, "struct-row-conflict", b->line,
                 rep_printf(s->r, "%s%s：第%u行为 %.*s；第%u行为 %.*s（采用第一次印出的）",
                            row->label, col, a->line, (int)a->n, a->s, b->line, (int)b->n, b->s),
                 rep_printf(s->r, "%s %s: line %u gives %.*s; line %u gives %.*s (the first "
                                  "taken)",
                            row->label, col, a->line, (int)a->n, a->s, b->line, (int)b->n, b->s));
    }
    return 1;
}

/* Section 四's figures read by their places, not kept: why (zh, en) said at `line`, the cells
 * left as printed at `at` but null. */
static void review_refused(scan *s, const xxgk_table_spec *t, unsigned line, unsigned at,
                           const char *zh, const char *en)
{
    rep_diag(s->r, "reader-unplaced", line, zh, en);
    take_back(s->r, t->first_cell, t->ncells, at);
}

/* A label of section 四's header as the format prints it, whole: a column (0..4), a block named
 * by its own words (10 + 0..2; 行政诉讼 alone, 9; both kinds, "行政复议、行政诉讼情况", 8), or
 * -1. */
static int review_official(const xxgk_table_spec *t, const char *norm)
{
    for (int k = 0; k < REVIEW_COLS; k++)
        if (strcmp(norm, t->rows[0].cols[k].label) == 0)
            return k;
    if (strlen(norm) > 3 * 16) /* (a sentence naming them, not a header's cell) */
        return -1;
    int b = review_block(norm);
    return b >= 0 ? 10 + b : b == -2 ? (strstr(norm, "行政复议") ? 8 : 9) : -1;
}

/* Whether the label k of section 四's header (as review_official numbers them) may follow
 * those before it in a run of labels, kept in *col (the last column), *block (the last block),
 * *since (columns since the last 总计) and *lawsuits (行政诉讼 named): a column after the one
 * before it, or a block's first after the last's 总计 (not after a 总计 alone: "总计 结果维持
 * …"); a block after the one before it, and 行政复议 before 行政诉讼. */
static int review_in_order(int k, int *col, int *block, int *since, int *lawsuits)
{
    int ok = 1;
    if (k >= 0 && k < REVIEW_COLS) {
        if (*col >= 0 && k < *col) {
            ok = *col == REVIEW_COLS - 1 && *since > 1;
            *since = 0;
        }
        *col = k;
        ++*since;
    } else if (k == 9) {
        *lawsuits = 1;
    } else if (k >= 10) {
        ok = k - 10 >= *block && !(k == 10 && *lawsuits);
        *block = k - 10;
    }
    return ok;
}

/* Section 四 read by the places of its figures under a header whose labels come in another
 * order than the format's ("结果纠正 结果维持 …", 复议后起诉 before 未经复议直接起诉): which
 * column each figure is cannot be told from its place, so none is kept.  The header's lines
 * (labels alone, one or many a line) are read as one run of labels. */
static void review_order(scan *s, const xxgk_table_spec *t)
{
    lgrid *g = s->g;
    int col = -1, block = -1; /* the last column and block named in the run */
    int since = 0, lawsuits = 0; /* columns named since the last block's 总计; 行政诉讼 named */
    unsigned line = 0;
    for (size_t ri = 0; ri < g->nrows && !line; ri++) {
        const lrow *rw = &g->rows[ri];
        if (!in_regions(s, rw->line))
            continue;
        int labels = 1;
        for (int i = 0; i < rw->n && labels; i++)
            labels = !is_value(&g->cells[rw->first + i]) ||
                     g->cells[rw->first + i].kind == NUM_BLANK;
        for (int i = 0; i < rw->n && labels; i++) {
            lcell *c = &g->cells[rw->first + i];
            if (c->kind == NUM_BLANK)
                continue;
            /* (a sentence is no label, though it names the blocks: "行政诉讼3件，均为直接
             * 起诉。") */
            int sentence = 0;
            for (size_t b = 0; b < c->n && !sentence; b++)
                sentence = (c->s[b] >= '0' && c->s[b] <= '9') ||
                           (b + 3 <= c->n && (memcmp(c->s + b, "。", 3) == 0 ||
                                              memcmp(c->s + b, "，", 3) == 0));
            int k = sentence ? -1 : review_official(t, cell_norm(s->r, c)), words = 0;
            char word[NORM_MAX];
            for (size_t at = 0, wn; k < 0 && !sentence && memchr(c->s, ' ', c->n) &&
                                    c->n < NORM_MAX && (wn = next_word(c, &at, word)) > 0;) {
                int w = review_official(t, word); /* (labels a space apart in one cell) */
                if (w < 0) {
                    words = 0;
                    break;
                }
                if (!review_in_order(w, &col, &block, &since, &lawsuits))
                    line = rw->line;
                words = 1;
            }
            if (k < 0 && !words)
                labels = 0;
            else if (k >= 0 && !review_in_order(k, &col, &block, &since, &lawsuits))
                line = rw->line;
        }
        if (!labels)
            col = block = -1, since = lawsuits = 0; /* (words or figures end the header's run) */
    }
    if (!line)
        return;
    unsigned at = 0;
    for (int i = 0; i < t->ncells && !at; i++)
        at = s->r->cells[t->first_cell + i].line;
    review_refused(s, t, line, at ? at : line,
                   rep_printf(s->r, "第四部分表头的列顺序与格式不同（第 %u 行），无法确定各数字所在"
                                    "的列，数字未采用",
                              line),
                   rep_printf(s->r, "section 四's header prints its columns in another order than "
                                    "the format (line %u): which column each figure belongs to "
                                    "cannot be told, its figures are not taken",
                              line));
}

/* Section 四's row of fifteen printed again after it was read whole (the table twice, once
 * with other figures): said, the first kept. */
static void review_again(scan *s, const xxgk_table_spec *t, int filled)
{
    lgrid *g = s->g;
    unsigned read = 0; /* (the line the row read ends on) */
    for (int i = 0; i < t->ncells; i++)
        if (s->r->cells[t->first_cell + i].line > read)
            read = s->r->cells[t->first_cell + i].line;
    for (size_t ri = 0; ri < g->nrows && filled == t->ncells; ri++) {
        const lrow *rw = &g->rows[ri];
        lcell *cells = &g->cells[rw->first];
        int text, label, n = rw->n;
        if (!in_regions(s, rw->line) || rw->line <= read ||
            review_figures(rw, cells, &text, &label) != t->ncells || text)
            continue;
        while (n > t->ncells && cells[0].kind == NUM_BLANK)
            cells++, n--;
        if (n != t->ncells)
            continue;
        const xxgk_row_spec all = {.label = "行政复议、行政诉讼", .ncols = t->ncells,
                                   .first_cell = t->first_cell};
        const lcell what = {.s = all.label, .n = strlen(all.label), .line = rw->line};
        duplicate_row(s->r, &all, &what, cells, n, 0);
        return;
    }
}

/* The year a row's first cell labels it with ("2023年", "2023年度"), or 0. */
static int row_year(const lcell *c)
{
    return year_like(c) ? atoi(c->s) : 0;
}

/* The blocks of section 四 with some figures but not all, after a short row was filled from
 * the left: which of a block's cells was left blank cannot be told (0 1 1 2 may be 0 1 1 0 2 or
 * lack its 总计), so its figures are taken back, null, and said so. */
static void unplace_partial_blocks(xxgk_report *r, const xxgk_table_spec *t)
{
    for (int b = 0; b < t->nrows; b++) {
        const xxgk_row_spec *row = &t->rows[b];
        xxgk_cell *c = &r->cells[row->first_cell];
        int known = 0;
        for (int k = 0; k < row->ncols; k++)
            known += xxgk_cell_known(&c[k]);
        if (known == 0 || known == row->ncols)
            continue;
        xbuf e;
        xbuf_init(&e, 0);
        for (int k = 0; k < row->ncols; k++)
            if (xxgk_cell_known(&c[k]))
                evidence_put(&e, e.len == 0, c[k].raw ? c[k].raw : "",
                             c[k].raw ? strlen(c[k].raw) : 0);
        unsigned line = c[0].line;
        rep_diag(r, "reader-unplaced", line,
                 rep_printf(r, "%s：%d 个数值单元格只读到 %d 个，无法判断空白的是哪一列：%s",
                            row->label, row->ncols, known, e.data ? e.data : ""),
                 rep_printf(r, "%s: %d of %d value cells read, and which was left blank cannot "
                               "be told: %s",
                            row->label, known, row->ncols, e.data ? e.data : ""));
        xbuf_free(&e);
        take_back(r, row->first_cell, row->ncols, line);
    }
}

/* Section 四 prints its 15 figures as one row under a three-level header: take the figures of
 * the rows that hold nothing but figures. */
static void review_as_printed(scan *s, const xxgk_table_spec *t)
{
    lgrid *g = s->g;
    int filled = 0;
    unsigned broken = 0, resumed = 0; /* a line of words after the first figures; figures
                                       * after it */
    const lrow *blank_row = NULL;
    /* A line with all fifteen figures (after one short label at most) is the table's row:
     * a number alone on a line before it (a page's number) is none of its figures. */
    size_t full = g->nrows;
    int year_rows = 0; /* (full rows labelled by their years: 2022年 beside 2023年) */
    long best = -1;
    for (size_t ri = 0; ri < g->nrows; ri++) {
        const lrow *rw = &g->rows[ri];
        int text, label;
        if (!in_regions(s, rw->line) ||
            review_figures(rw, &g->cells[rw->first], &text, &label) != t->ncells ||
            (text && !(label && rw->n == t->ncells + 1)))
            continue;
        int year = text ? row_year(&g->cells[rw->first]) : 0;
        year_rows += year != 0;
        /* the report's year's, else the latest year's, else the first */
        long rank = year && year == s->r->year ? LONG_MAX : year;
        if (full == g->nrows || rank > best) {
            full = ri;
            best = rank;
        }
    }
    for (size_t ri = 0; ri < g->nrows && filled < t->ncells; ri++) {
        const lrow *rw = &g->rows[ri];
        if (!in_regions(s, rw->line))
            continue;
        lcell *cells = &g->cells[rw->first];
        int n = rw->n, text, label;
        int figures = review_figures(rw, cells, &text, &label);
        if (ri == full && text) { /* (its label) */
            cells++;
            n--;
            text = 0;
        } else if (full < g->nrows && ri < full && !text && figures == 1 && n == 1) {
            continue;
        } else if (year_rows > 1 && text && label && row_year(cells)) {
            continue; /* another year's row, for comparison */
        }
        if (!text && figures == 0 && (rw->n == t->ncells || rw->n == t->ncells + 1) &&
            !blank_row)
            blank_row = rw; /* every cell left empty: a row of 0s, if nothing else is found */
        /* (words after a block's last figure head the next block: 行政复议 and 行政诉讼 printed
         * as two tables) */
        if (text && filled > 0 && filled % 5 != 0)
            broken = rw->line;
        if (text || figures == 0)
            continue;
        if (broken)
            resumed = rw->line;
        put_values(s, NULL, t->first_cell, t->ncells, total_columns(t->rows, t->nrows), &filled,
                   cells, n, "行政复议、行政诉讼数据行");
    }
    review_again(s, t, filled);
    /* Figures resumed after words within a block (a page's running header, 续表, or the text
     * flow of a PDF read without its layout mixing cells and headers): kept when each block's
     * 总计 is the sum of its four, as the cells of a table read in order are; otherwise which
     * figure is which column cannot be told. */
    if (resumed && !review_totals_hold(s->r, t, 0)) {
        review_refused(s, t, resumed, resumed,
                       rep_printf(s->r, "第四部分的数字被文字隔开（第 %u 行），且各总计与分项不符，"
                                        "无法确定各数字所在的列",
                                  broken),
                       rep_printf(s->r, "section 四's figures are broken up by words (line %u) "
                                        "and its totals do not add up: which column each belongs "
                                        "to cannot be told",
                                  broken));
        return;
    }
    if (filled == 0 && blank_row)
        put_values(s, NULL, t->first_cell, t->ncells, total_columns(t->rows, t->nrows), &filled,
                   &g->cells[blank_row->first], blank_row->n, "行政复议、行政诉讼数据行");
    if (filled > 0 && filled < t->ncells &&
        !refill_by_lines(s, t->first_cell, t->ncells, total_columns(t->rows, t->nrows), filled,
                         0) &&
        !unplace_short_row(s, t->first_cell, t->ncells, total_columns(t->rows, t->nrows),
                           "行政复议、行政诉讼", filled)) {
        /* Short of figures, filled from the left: a block read whole whose 总计 is not the sum
         * of its four shows a cell lost before it (a blank one cell per line), not at the end. */
        if (!review_totals_hold(s->r, t, 1)) {
            unsigned line = s->r->cells[t->first_cell].line;
            rep_diag(s->r, "reader-unplaced", line,
                     rep_printf(s->r,
                                "第四部分只读到 %d 个数字（应有 %d 个），按顺序排列时总计与"
                                "分项不符，无法确定空白的是哪几列",
                                filled, t->ncells),
                     rep_printf(s->r,
                                "section 四: %d of %d figures read, and placed in order "
                                "their totals do not add up: which cells were left blank "
                                "cannot be told",
                                filled, t->ncells));
            take_back(s->r, t->first_cell, t->ncells, line);
        } else {
            missing_cells(s->r, s->r->cells[t->first_cell].line, "行政复议、行政诉讼", t->ncells,
                          filled);
            unplace_partial_blocks(s->r, t);
        }
    }
}

/* Section 四 read by labels; else by the places of its figures, under the format's header. */
static void recognize_review(scan *s, const xxgk_table_spec *t)
{
    if (review_by_labels(s, t))
        return;
    if (!review_by_rows(s, t))
        review_as_printed(s, t);
    review_order(s, t);
}

/* The next word of cell c from *at on (words apart by spaces: space-aligned text joins a
 * line's into one cell), normalized into norm; its length, 0 when there is none left.  *at
 * moves past it. */
static size_t next_word(const lcell *c, size_t *at, char norm[NORM_MAX])
{
    for (;;) { /* (a word of punctuation alone normalizes to none: the next one then) */
        size_t a = *at;
        while (a < c->n && c->s[a] == ' ')
            a++;
        size_t end = a;
        while (end < c->n && c->s[end] != ' ')
            end++;
        *at = end;
        if (end == a)
            return 0;
        size_t n =
            label_norm(norm, NORM_MAX, c->s + a, end - a < NORM_MAX ? end - a : NORM_MAX - 1);
        if (n)
            return n;
    }
}

/* The figures of the first row with any after row ri of the grid. */
static int figures_after(const scan *s, size_t ri)
{
    const lgrid *g = s->g;
    for (size_t rj = ri + 1; rj < g->nrows; rj++) {
        int n = 0;
        for (int i = 0; i < g->rows[rj].n; i++)
            n += g->cells[g->rows[rj].first + i].kind == NUM_PLAIN;
        if (n)
            return n;
    }
    return 0;
}

/* A 小计 (or 合计) column printed after 其他, before 总计, in table 三's header (the 法人或其他
 * 组织 group's sum, which the format has not): its place among a row's value cells, said once
 * where the header stands; -1 when there is none. */
static int subtotal_column(scan *s, const xxgk_table_spec *t)
{
    const xxgk_row_spec *row = &t->rows[0];
    lgrid *g = s->g;
    for (size_t ri = 0; ri < g->nrows; ri++) {
        const lrow *rw = &g->rows[ri];
        if (!in_regions(s, rw->line))
            continue;
        int prev = -1, figures = 0, before = 0; /* (before: a 小计 just seen) */
        char said[8] = "";
        for (int i = 0; i < rw->n && !figures; i++)
            figures = g->cells[rw->first + i].kind == NUM_PLAIN;
        for (int i = 0; i < rw->n && !figures; i++) {
            const lcell *c = &g->cells[rw->first + i];
            char norm[NORM_MAX];
            for (size_t at = 0, n; (n = next_word(c, &at, norm)) > 0;) {
                int k = header_column(t, norm, n);
                int sub = (n == 6 && (memcmp(norm, "小计", 6) == 0 || memcmp(norm, "合计", 6) == 0));
                /* (right before 商业企业: the organisations' sum, where the rows below give a
                 * figure more than the format; else a header in another order, said so) */
                if (before && k == 1 && figures_after(s, ri) == row->ncols + 1) {
                    rep_diag(s->r, "struct-extra-cells", rw->line,
                             rep_printf(s->r, "第三部分表头在“商业企业”之前多出“%s”一列（法人或其"
                                              "他组织之和），各行该列的数字未采用",
                                        said),
                             rep_printf(s->r, "section 三's header has a “%s” column before "
                                              "商业企业 (the organisations' sum) that the format "
                                              "has not: its figures are left out",
                                        said));
                    return 1;
                }
                before = sub && (prev == -1 || prev == 0);
                if (before)
                    memcpy(said, norm, 7);
                if (sub && prev == row->ncols - 2) { /* (right after 其他) */
                    rep_diag(s->r, "struct-extra-cells", rw->line,
                             rep_printf(s->r, "第三部分表头在“其他”之后多出“%.*s”一列，"
                                              "各行该列的数字未采用",
                                        (int)n, norm),
                             rep_printf(s->r, "section 三's header has a “%.*s” column after "
                                              "其他 that the format has not: its figures are "
                                              "left out",
                                        (int)n, norm));
                    return row->ncols - 1;
                }
                prev = k;
            }
        }
    }
    return -1;
}

/* Table 三's applicant columns printed in another order than the format's (其他 before 法律服务
 * 机构, 总计 first): the figures are read by position, so which applicant each one counts cannot
 * be told.  Its figures are taken back and the order said, never placed under the wrong column.
 * Only header lines (no figures) with two or more of the columns' labels, each a cell of its
 * own, are compared. */
/* The order a header row prints columns cols[0..ncols) of table t in: their indexes in
 * order[] (with group, table 三's label over the organisations' columns too, as -1), how
 * many; 0 for a row with figures (no header). */
static int header_order(scan *s, const xxgk_table_spec *t, const lrow *rw,
                        const xxgk_column_spec *cols, int ncols, int group, int order[16])
{
    lgrid *g = s->g;
    int seen = 0;
    for (int i = 0; i < rw->n; i++)
        if (g->cells[rw->first + i].kind == NUM_PLAIN)
            return 0;
    for (int i = 0; i < rw->n && seen < 16; i++) {
        lcell *c = &g->cells[rw->first + i];
        if (!label_like(c) || label_enum_len(c->s, c->n))
            continue; /* (a sentence, or a row's label, （七）总计: no header) */
        const char *whole = cell_norm(s->r, c);
        int k = header_column_of(t, cols, ncols, whole, c->norm_len);
        if (k < 0 && !seen && strcmp(whole, "小计") == 0 && s->subtotal != 1 &&
            (cols[ncols - 1].flags & XXGK_COL_TOTAL))
            k = ncols - 1; /* (first, before any other: the total; after 其他, see
                            * subtotal_column) */
        if (k < 0 && group && strcmp(whole, XXGK_APPLICANT_GROUP) == 0) {
            order[seen++] = -1;
            continue;
        }
        if (k >= 0) { /* ("法律服务 机构": a label with a space in it) */
            order[seen++] = k;
            continue;
        }
        /* (space-aligned text joins a line's words into one cell: its words are looked at
         * one by one) */
        if (!memchr(c->s, ' ', c->n))
            continue;
        char norm[NORM_MAX];
        for (size_t at = 0, n; seen < 16 && (n = next_word(c, &at, norm)) > 0;)
            if ((k = header_column_of(t, cols, ncols, norm, n)) >= 0)
                order[seen++] = k;
            else if (group && strcmp(norm, XXGK_APPLICANT_GROUP) == 0)
                order[seen++] = -1;
    }
    return seen;
}

/* The rows of columns cols (a set of table t) printed under the header of row ri whose labels
 * come in another order than the format's (order[0..seen), as printed), up to the set's next
 * header after figures, not taken; said at that row. */
static void order_refused(scan *s, const xxgk_table_spec *t, const xxgk_column_spec *cols,
                          int ncols, size_t ri, const int *order, int seen)
{
    lgrid *g = s->g;
    const lrow *rw = &g->rows[ri];
    int other[16];
    /* (the set's next header, after figures: not this header's next line) */
    unsigned until = UINT_MAX;
    for (size_t rj = ri + 1, figures = 0; rj < g->nrows && until == UINT_MAX; rj++) {
        const lrow *next = &g->rows[rj];
        if (figures && header_order(s, t, next, cols, ncols, 0, other) >= 2)
            until = next->line;
        for (int i = 0; i < next->n && !figures; i++)
            figures = is_value(&g->cells[next->first + i]) && !filler(&g->cells[next->first + i]);
    }
    xbuf b; /* (the labels, in the order printed) */
    xbuf_init(&b, 0);
    for (int i = 0; i < seen; i++)
        xbuf_printf(&b, "%s%s", b.len ? " " : "",
                    order[i] < 0 ? XXGK_APPLICANT_GROUP : cols[order[i]].label);
    int three = t->id == XXGK_TABLE_REQUESTS;
    rep_diag(s->r, "reader-unplaced", rw->line,
             rep_printf(s->r,
                        "第%s部分表头的%s顺序与格式不同（%s），无法确定各数字属于哪一列，"
                        "数字未采用",
                        t->section, three ? "申请人列" : "列", b.data ? b.data : ""),
             rep_printf(s->r,
                        "section %s's header prints the %scolumns in another order than the "
                        "format (%s): which column each figure belongs to cannot be told, its "
                        "figures are not taken",
                        t->section, three ? "applicant " : "", b.data ? b.data : ""));
    xbuf_free(&b);
    for (int k = 0; k < t->nrows; k++) {
        if (t->rows[k].cols != cols || t->rows[k].ncols == 0)
            continue;
        unsigned line = s->r->cells[t->rows[k].first_cell].line;
        if (line && line > rw->line && line < until) /* (a row not printed stays so) */
            take_back(s->r, t->rows[k].first_cell, t->rows[k].ncols, line);
    }
}

/* Whether order[0..n), table 三's applicant columns as a header prints them (-1 the label over
 * the organisations' columns), may be the format's, on one line or read over several: 自然人
 * before the organisations' label and columns, the label before its columns, the columns in
 * order, and 总计 (column total) after 自然人 and the label (before the columns too: a line
 * above them). */
static int applicant_order_ok(const int *order, int n, int total)
{
    int natural = INT_MAX, group = INT_MAX, cols = INT_MAX, sum = INT_MAX, last = 0;
    for (int i = 0; i < n; i++) {
        int *at = order[i] == 0 ? &natural : order[i] < 0 ? &group : order[i] == total ? &sum
                                                                                     : &cols;
        if (*at == INT_MAX)
            *at = i;
        if (at == &cols) {
            if (order[i] < last)
                return 0;
            last = order[i];
        }
    }
    return (natural == INT_MAX || (natural < group && natural < cols && natural < sum)) &&
           (group == INT_MAX || (group < cols && group < sum));
}

/* Table 三's applicant header printed a cell a line (Word's export): the run of lines of one
 * label each before the figures in applicant_order_ok's order, or refused as column_order
 * refuses a line. */
static void applicant_runs(scan *s, const xxgk_table_spec *t)
{
    lgrid *g = s->g;
    const xxgk_column_spec *cols = t->rows[0].cols;
    int ncols = t->rows[0].ncols;
    int order[16], seen = 0;
    size_t first = 0;
    for (size_t ri = 0; ri <= g->nrows; ri++) {
        const lrow *rw = ri < g->nrows ? &g->rows[ri] : NULL;
        if (rw && !in_regions(s, rw->line))
            continue;
        const lcell *c = rw ? &g->cells[rw->first] : NULL;
        int here[16];
        if (rw && rw->n == 1 && !is_value(c) && !memchr(c->s, ' ', c->n)) {
            if (header_order(s, t, rw, cols, ncols, 1, here) == 1 && seen < 16) {
                first = seen ? first : ri;
                order[seen++] = here[0];
            }
            continue;
        }
        /* (figures end the run; a line of several cells or words is no such header) */
        if ((!c || is_value(c)) && seen >= 2 && !applicant_order_ok(order, seen, ncols - 1))
            order_refused(s, t, cols, ncols, first, order, seen);
        seen = 0;
    }
}

/* A header that prints a set of columns in another order than the format (each set: table 三's
 * applicants, section 二's columns of each group): its figures cannot be told apart by place,
 * and the rows of those columns under it, up to the set's next header, are not taken. */
static void column_order(scan *s, const xxgk_table_spec *t)
{
    lgrid *g = s->g;
    for (int set = 0; set < t->nrows; set++) {
        const xxgk_column_spec *cols = t->rows[set].cols;
        int ncols = t->rows[set].ncols, again = 0;
        for (int k = 0; k < set && !again; k++)
            again = t->rows[k].cols == cols;
        if (ncols < 2 || again)
            continue;
        for (size_t ri = 0; ri < g->nrows; ri++) {
            const lrow *rw = &g->rows[ri];
            if (!in_regions(s, rw->line) || rw->n < 1)
                continue;
            /* (table 三's label over the organisations' columns placed too) */
            int order[16], swapped = 0, three = t->id == XXGK_TABLE_REQUESTS && set == 0;
            int seen = header_order(s, t, rw, cols, ncols, three, order);
            /* (总计 right after the organisations' label, before their columns: the
             * format's two header lines run into one, as flattened text has them) */
            for (int i = 1, last = -1; i < seen; i++) {
                int joined = three && order[i - 1] == ncols - 1 && i >= 2 && order[i - 2] < 0;
                last = order[i - 1] >= 0 && !joined ? order[i - 1] : last;
                swapped |= order[i] >= 0 && order[i] < last;
            }
            if (seen < 2 || !(swapped || (three && !applicant_order_ok(order, seen, ncols - 1))))
                continue;
            order_refused(s, t, cols, ncols, ri, order, seen);
        }
        if (t->id == XXGK_TABLE_REQUESTS && set == 0)
            applicant_runs(s, t);
    }
}

/* The columns table t was printed with when its header names only some of them: the six
 * applicants' and no 总计, or 总计 alone (a table shortened so), in order into out; said once.
 * 0 when the header names none of those sets (or names 总计 besides). */
static int columns_printed(scan *s, const xxgk_table_spec *t, int out[16])
{
    const xxgk_column_spec *cols = t->rows[0].cols;
    int ncols = t->rows[0].ncols, n = 0, total = ncols - 1;
    unsigned line = 0;
    int others = 0; /* (an applicant's column or their group named on a line of its own) */
    if (ncols < 2 || ncols > 16 || !(cols[total].flags & XXGK_COL_TOTAL) || s->r->flat)
        return 0; /* (flattened text runs words of every kind together: no header to tell) */
    for (size_t ri = 0; ri < s->g->nrows; ri++) {
        const lrow *rw = &s->g->rows[ri];
        int order[16];
        if (!in_regions(s, rw->line) || rw->n > ncols + 1)
            continue;
        int named = header_order(s, t, rw, cols, ncols, 1, order), seen = 0;
        for (int i = 0; i < named; i++) /* (the group names no column: left out) */
            if (order[i] >= 0)
                order[seen++] = order[i];
        int up = 1, has_total = 0;
        for (int i = 0; i < seen; i++) {
            up &= i == 0 || order[i] > order[i - 1];
            has_total |= order[i] == total;
        }
        others |= named > (has_total ? 1 : 0);
        if (seen == 1 && has_total && !n) {
            memcpy(out, order, sizeof *order);
            n = 1, line = rw->line;
        } else if (has_total) {
            return 0; /* (a header of the whole table, or of its part with 总计) */
        } else if (seen >= 5 && up && !n) {
            memcpy(out, order, (size_t)seen * sizeof *order);
            n = seen, line = rw->line;
        }
    }
    if (n == 1 && others)
        return 0; /* (a header written a word a line, MuPDF's way: 总计 is one of its lines) */
    if (n) {
        xbuf b;
        xbuf_init(&b, 0);
        for (int i = 0; i < n; i++)
            xbuf_printf(&b, "%s%s", i ? " " : "", cols[out[i]].label);
        rep_diag(s->r, "format-table-layout", line,
                 rep_printf(s->r, "第%s部分表格只印出以下各列：%s；其余各列记为空", t->section,
                            b.data ? b.data : ""),
                 rep_printf(s->r,
                            "section %s's table prints these columns only: %s; the others are "
                            "read as null",
                            t->section, b.data ? b.data : ""));
        xbuf_free(&b);
    }
    return n;
}

/* A header cell printed otherwise than the format has its column: a known variant of section
 * 二's (本年度止件数 for 本年废止件数), said once per column (said), or a label one character
 * off a column's (商业企企 for 商业企业, 结果维护 for 结果维持), said where it stands. */
/* A flattened page's header, its columns' labels glued into one cell ("信息内容本年制发件数本年
 * 废纸件数现行有效件数"): what is left between the labels found whole, where a piece is one
 * typo off a label, is that label in other words, said.  1 when one is. */
static int glued_header_typo(scan *s, const table_columns *tc, const lcell *c, const char *norm)
{
    const column_label *l = tc->col;
    size_t len = c->norm_len, from = 0, i = 0;
    int said = 0;
    while (i <= len) {
        int q = 0;
        while (i < len && q < tc->n &&
               !(l[q].bytes <= len - i && memcmp(norm + i, l[q].norm, l[q].bytes) == 0))
            q++;
        if (i < len && q == tc->n) { /* (not at a label: on to the next character) */
            int32_t cp;
            i += u8_next(norm + i, len - i, &cp);
            continue;
        }
        /* the piece before this label (or the end) */
        size_t pn = i - from, pc = u8_count(norm + from, pn);
        for (int k = 0; pn && k < tc->n; k++)
            if (l[k].chars == pc && one_typo(l[k].norm, l[k].bytes, norm + from, pn)) {
                lcell piece = *c;
                piece.s = norm + from;
                piece.n = pn;
                label_variant(s->r, &piece, l[k].spec->label);
                said = 1;
                break;
            }
        if (i == len)
            break;
        i += l[q].bytes;
        from = i;
    }
    return said;
}

static void check_header(scan *s, const table_columns *tc, lcell *c, int *said,
                         const xxgk_format_spec *other)
{
    if (is_value(c) || c->n >= NORM_MAX || c->n > 2 * tc->longest + 16)
        return; /* (narrative, not a header: spaces and brackets at most double one) */
    const char *norm = cell_norm(s->r, c);
    const column_label *l = tc->col;
    for (int q = 0; q < tc->n; q++)
        if (l[q].bytes == c->norm_len && memcmp(l[q].norm, norm, l[q].bytes) == 0)
            return;
    size_t n = u8_count(norm, c->norm_len);
    int q = 0;
    while (q < tc->n && !(l[q].chars == n && one_typo(l[q].norm, l[q].bytes, norm, c->norm_len)))
        q++;
    if (q < tc->n) {
        label_variant(s->r, c, l[q].spec->label);
        return;
    }
    if (s->r->flat && glued_header_typo(s, tc, c, norm))
        return;
    int variant = 0;
    for (q = 0; q < tc->n; q++)
        if (l[q].spec->variants && !said[q] && label_match(norm, l[q].spec->variants, 0)) {
            label_variant(s->r, c, l[q].spec->label);
            said[q] = variant = 1;
        }
    /* a header of the other format, left from an old report: its figures are read by their
     * places, and what they count may be another thing */
    if (!variant && other &&
        label_set_match(labels_markers(other), norm, c->norm_len, c->sig, 0))
        rep_diag(s->r, "format-label-variant", c->line,
                 rep_printf(s->r, "“%.*s”（%s年格式的表头，本格式无此列，其下数字按位置读取）",
                            (int)c->n, c->s, other->name),
                 rep_printf(s->r, "\"%.*s\" (a header of the %s format, no column of "
                                  "this one: the figures under it read by their place)",
                            (int)c->n, c->s, other->name));
}

/* The pieces of c, two spaces or more apart, into piece[0..cap): their count, or 0 when one
 * is longer than a column's header may be (check_header's measure: a justified line of prose,
 * not a header's columns) or there are more than cap. */
static int header_columns(const lcell *c, size_t longest, lcell *piece, int cap)
{
    int n = 0;
    for (size_t at = 0; at < c->n;) {
        size_t len = 0;
        while (at + len < c->n &&
               !(c->s[at + len] == ' ' && at + len + 1 < c->n && c->s[at + len + 1] == ' '))
            len++;
        if (len > 2 * longest + 16 || (len && n == cap))
            return 0;
        if (len)
            piece[n++] =
                (lcell){.s = c->s + at, .n = len, .line = c->line, .col = c->col, .kind = NUM_NONE};
        for (at += len; at < c->n && c->s[at] == ' '; at++)
            ;
    }
    return n;
}

/* Column headers printed otherwise than the format has them (check_header).  In space-aligned
 * text a header's words are one cell: its columns, two spaces or more apart, are looked at
 * one by one. */
static void check_headers(scan *s, const xxgk_table_spec *t)
{
    lgrid *g = s->g;
    const table_columns *tc = labels_columns(t);
    int said[LABELS_COLS_MAX] = {0};
    const xxgk_format_spec *other = xxgk_format_get(
        s->r->format == XXGK_FORMAT_2021 ? XXGK_FORMAT_2019 : XXGK_FORMAT_2021);
    int spaced = strcmp(s->r->layout, "spaces") == 0;
    for (size_t ri = 0; ri < g->nrows; ri++) {
        const lrow *rw = &g->rows[ri];
        if (!in_regions(s, rw->line))
            continue;
        int figures = 0; /* (a header holds none) */
        for (int i = 0; i < rw->n && !figures; i++)
            figures = g->cells[rw->first + i].kind == NUM_PLAIN;
        if (figures)
            continue;
        for (int i = 0; i < rw->n; i++) {
            lcell *c = &g->cells[rw->first + i], piece[LABELS_COLS_MAX];
            int np = spaced && !is_value(c)
                         ? header_columns(c, tc->longest, piece, LABELS_COLS_MAX)
                         : 0;
            if (np < 2)
                check_header(s, tc, c, said, other);
            for (int k = 0; np >= 2 && k < np; k++)
                check_header(s, tc, &piece[k], said, other);
        }
    }
}

/* Whether a cell's text ends with the unit 万元 (wan) or else 元 alone ("125000元",
 * "125000(元)", "251万元"). */
static int cell_gives_unit(const char *raw, int wan)
{
    size_t n = raw ? strlen(raw) : 0;
    for (int again = 1; again && n;) { /* markup closing the cell: "**125000元**", "…元</b>" */
        again = 0;
        while (n && strchr("*_`~ ", raw[n - 1]))
            n--, again = 1;
        if (n && raw[n - 1] == '>') {
            size_t k = n - 1;
            while (k > 0 && raw[k] != '<')
                k--;
            if (raw[k] == '<')
                n = k, again = 1;
        }
    }
    if (n && raw[n - 1] == ')')
        n--;
    const size_t yl = strlen("元"), wl = strlen("万元");
    int wan_yuan = n > wl && memcmp(raw + n - wl, "万元", wl) == 0;
    return wan ? wan_yuan : n > yl && memcmp(raw + n - yl, "元", yl) == 0 && !wan_yuan;
}

/* The unit named at p ("万元", "千元", "元", before a closing bracket or the end of the
 * header): how many 元 it is, with its name in *name; 0 for none. */
static double unit_at(const char *p, const char **name)
{
    static const struct {
        const char *word;
        double yuan;
    } units[] = {{"万元", 10000}, {"千元", 1000}, {"元", 1}};
    p += strspn(p, ": ");
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
        size_t n = strlen(units[i].word);
        if (strncmp(p, units[i].word, n) == 0 && strchr(")\t ", p[n])) {
            *name = units[i].word;
            return units[i].yuan;
        }
    }
    return 0;
}

/* The unit the header above cell c gives its column, looked for in the six lines above: after
 * the label's words, in brackets with or without 单位 ("本年收费金额(单位:元)", "采购总金额(万元)",
 * "金额(人民币元)"), or in the table's caption ("第二十条第(八)项(单位:元)", "单位:元").  How
 * many 元 it is, with its name in *name; 0 for none. */
static double header_unit(const scan *s, const xxgk_cell *c, const char *label, const char **name)
{
    const char *unit = strstr(label, "（");
    char words[64];
    snprintf(words, sizeof words, "%.*s",
             (int)(unit ? (size_t)(unit - label) : strlen(label)), label);
    for (unsigned ln = c->line; ln-- > 1 && c->line - ln <= 6;) {
        const char *l = s->r->lines[ln - 1], *w = strstr(l, words), *h;
        if (w) {
            h = w + strlen(words);
            h += strspn(h, " ");
            if (*h == '(')
                h++;
            if (strncmp(h, "单位", strlen("单位")) == 0)
                h += strlen("单位");
            double y = unit_at(h, name);
            if (y > 0)
                return y;
        }
        /* any bracket or 单位 naming a unit: "收费金额(元)", "(单位:人民币元)", a caption
         * "单位:元" */
        static const char *const opens[] = {"(", "单位"};
        for (size_t k = 0; k < 2; k++)
            for (h = l; (h = strstr(h, opens[k])) != NULL; h++) {
                const char *u = h + strlen(opens[k]);
                if (strncmp(u, "单位", strlen("单位")) == 0)
                    u += strlen("单位");
                u += strspn(u, ": ");
                if (strncmp(u, "人民币", strlen("人民币")) == 0)
                    u += strlen("人民币");
                double y = unit_at(u, name);
                if (y > 0)
                    return y;
            }
    }
    return 0;
}

/* A figure whose unit is not its column's: a percentage anywhere (no cell of the tables is
 * one), money (元, 万元) where a count stands ("20元" under 自然人).  Which figure was meant is
 * not told: the cell is one that cannot be read, and is reported. */
static void units_out_of_place(scan *s, const xxgk_table_spec *t)
{
    for (int i = 0; i < t->nrows; i++)
        for (int k = 0; k < t->rows[i].ncols; k++) {
            xxgk_cell *c = &s->r->cells[t->rows[i].first_cell + k];
            if (c->kind != XXGK_CELL_NUMBER_TEXT || !c->raw)
                continue;
            int money = (t->rows[i].cols[k].flags & (XXGK_COL_WAN_YUAN | XXGK_COL_AMOUNT)) != 0;
            if (strchr(c->raw, '%') || (!money && strstr(c->raw, "元"))) {
                c->kind = XXGK_CELL_TEXT;
                c->value = 0;
            }
        }
}

/* A column the format gives in 万元 (XXGK_COL_WAN_YUAN) under a header that says 元 instead
 * (本年收费金额（单位：元）): the figures were printed in 元, and read as 万元 they would be ten
 * thousand times too large.  Converted, and said so.  The 2019 format's 采购总金额 has no unit:
 * amounts are kept in 元, so one printed in 万元 (251万元, or under 单位：万元) is converted the
 * other way. */
/* v times factor, as the decimal it stands for: 125000.55元 is 12.500055万元, not the double
 * next to it that multiplying gives (12.500055000000001), which would print and compare so.
 * (To the ten-thousandth of a 元: no report prints finer.) */
static double converted(double v, double factor, int in_wan)
{
    double places = in_wan ? 1e8 : 1e4, x = v * factor * places;
    return fabs(x) < 9e15 ? round(x) / places : v * factor;
}

static void amounts_in_yuan(scan *s, const xxgk_table_spec *t)
{
    for (int i = 0; i < t->nrows; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        for (int k = 0; k < row->ncols; k++) {
            const xxgk_column_spec *col = &row->cols[k];
            xxgk_cell *c = &s->r->cells[row->first_cell + k];
            int in_wan = (col->flags & XXGK_COL_WAN_YUAN) != 0;
            if (!(col->flags & (XXGK_COL_WAN_YUAN | XXGK_COL_AMOUNT)) || !xxgk_cell_known(c) ||
                c->kind == XXGK_CELL_BLANK || !c->line)
                continue;
            const char *to = in_wan ? "万元" : "元", *from = in_wan ? "元" : "万元";
            double factor = in_wan ? 1.0 / 10000 : 10000;
            /* the cell's own unit: 125000元 in a 万元 column, 251万元 in one kept in 元 */
            if (cell_gives_unit(c->raw, !in_wan)) {
                c->value = converted(c->value, factor, in_wan);
                rep_diag(s->r, "reader-unit", c->line,
                         rep_printf(s->r, "%s：%s = %.10g%s（单元格注明单位为%s）", row->label,
                                    c->raw, c->value, to, from),
                         rep_printf(s->r, "%s: %s = %.10g %s (the cell gives %s)", row->label,
                                    c->raw, c->value, to, from));
                continue;
            }
            const char *name = NULL;
            double yuan = header_unit(s, c, col->label, &name);
            if (yuan > 0 && yuan != (in_wan ? 10000 : 1)) {
                c->value = converted(c->value, in_wan ? yuan / 10000 : yuan, in_wan);
                rep_diag(s->r, "reader-unit", c->line,
                         rep_printf(s->r, "%s：%s%s = %.10g%s（表头单位为%s）", row->label,
                                    c->raw, name, c->value, to, name),
                         rep_printf(s->r, "%s: %s %s = %.10g %s (the header gives %s)",
                                    row->label, c->raw, name, c->value, to, name));
            }
        }
    }
}

/* Detect the format from the labels printed; the year decides only where they tie. */
static int detect_format(xxgk_report *r, lgrid *g)
{
    const xxgk_format_spec *f21 = xxgk_format_get(XXGK_FORMAT_2021);
    const xxgk_format_spec *f19 = xxgk_format_get(XXGK_FORMAT_2019);
    int score21 = 0, score19 = 0, rows = 0;
    const xxgk_table_spec *req = &f21->tables[XXGK_TABLE_REQUESTS];
    /* Look only where tables are: sections 二 and 三 (or everywhere when unheaded), and only
     * at cells short enough to be labels. */
    scan s = {.r = r, .g = g, .subtotal = -1};
    set_regions(&s, 2);
    scan s3 = s;
    set_regions(&s3, 3);
    for (int i = 0; i < s3.nregions && s.nregions < 8; i++)
        s.regions[s.nregions++] = s3.regions[i];
    for (size_t i = 0; i < g->ncells; i++) {
        lcell *c = &g->cells[i];
        if (is_value(c) || c->n >= 200 || c->n < 4 || !in_regions(&s, c->line))
            continue;
        const char *norm = cell_norm(r, c);
        size_t n = c->norm_len;
        score21 += label_set_match(labels_markers(f21), norm, n, c->sig, 0);
        score19 += label_set_match(labels_markers(f19), norm, n, c->sig, 0);
        if (!rows)
            rows = label_set_match(&labels_row(req, 0)->match, norm, n, c->sig, 0) ||
                   label_set_match(&labels_row(req, 1)->match, norm, n, c->sig, 0);
        /* Two of section 二's headers name their format six times over: enough (one may be
         * the other format's, left from an old report: its other headers outvote it). */
        if (abs(score21 - score19) >= 6)
            break;
    }
    if (score21 == 0 && score19 == 0 && rows == 0)
        return XXGK_FORMAT_OTHER;
    if (score19 == score21) /* (no label tells: section 二's table left out, 详见附图) */
        return r->year && r->year < 2021 ? XXGK_FORMAT_2019 : XXGK_FORMAT_2021;
    return score19 > score21 ? XXGK_FORMAT_2019 : XXGK_FORMAT_2021;
}

/* Whether any cell of table t was read. */
static int table_read(const xxgk_report *r, const xxgk_table_spec *t)
{
    for (int i = 0; i < t->ncells; i++)
        if (r->cells[t->first_cell + i].kind != XXGK_CELL_ABSENT)
            return 1;
    return 0;
}

/* Table t read as text that lost its layout (PDF text extracted in the order it was drawn:
 * labels in one run, figures column by column in another): half its rows or more have no
 * figure, while more figures than those rows, and two rows' worth at least, went to no row.
 * Said once, in place of the missing cells and unplaced figures it causes.  The rows that did
 * get figures got them from a run that was not theirs (a column's figures down the labels of
 * another): the whole table is left null, and the checker does not call it missing. */
static void scrambled(scan *s, const xxgk_table_spec *t, size_t first_diag)
{
    xxgk_report *r = s->r;
    int rows = 0, unread = 0, width = 0;
    for (int i = 0; i < t->nrows; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        if (row->ncols == 0 || (row->flags & (XXGK_ROW_GROUP | XXGK_ROW_SINGLE_ALT)))
            continue;
        int known = 0;
        for (int k = 0; k < row->ncols; k++)
            known |= xxgk_cell_known(&r->cells[row->first_cell + k]);
        rows++;
        unread += !known;
        width = row->ncols > width ? row->ncols : width;
    }
    if (rows == 0 || unread * 2 < rows || s->unplaced <= unread || s->unplaced < 2 * width)
        return;
    unsigned line = 0;
    size_t kept = first_diag;
    for (size_t i = first_diag; i < r->ndiags; i++) {
        const rdiag *d = &r->diags[i];
        if (!strcmp(d->rule, "struct-missing-cells") || !strcmp(d->rule, "reader-unplaced")) {
            line = line && line < d->line ? line : d->line;
            continue;
        }
        if (!strcmp(d->rule, "struct-row-duplicate")) /* (a label seen twice in the jumble) */
            continue;
        r->diags[kept++] = *d;
    }
    r->ndiags = kept;
    r->scrambled |= 1u << t->id;
    memset(&r->cells[t->first_cell], 0, (size_t)t->ncells * sizeof *r->cells); /* ABSENT */
    rep_diag(r, "reader-scrambled", line,
             rep_printf(r, "%s、%s：%d 行中有 %d 行没有读到数字，另有 %d 个数字不属于任何一行；"
                           "疑为未保留版式提取的 PDF 文本，请直接读取 PDF 文件，或用 "
                           "pdftotext -layout 重新提取",
                        t->section, t->title, rows, unread, s->unplaced),
             rep_printf(r, "%s, %s: %d of %d rows have no figure, and %d figures belong to no "
                           "row; likely PDF text extracted without its layout: read the PDF "
                           "itself, or extract it again with pdftotext -layout",
                        t->section, t->title, unread, rows, s->unplaced));
}

/* The last line table t's cells were read on (or marked printed on), 0 when none. */
static unsigned last_line(const xxgk_report *r, int t)
{
    const xxgk_table_spec *ts = &r->spec->tables[t];
    unsigned last = 0;
    for (int i = 0; i < ts->ncells; i++)
        if (r->cells[ts->first_cell + i].line > last)
            last = r->cells[ts->first_cell + i].line;
    return last;
}

static int has_section(const xxgk_report *r, int standard)
{
    for (size_t i = 0; i < r->nsections; i++)
        if (r->sections[i].standard == standard)
            return 1;
    return 0;
}

/* Section 四 of flattened text that gave no figure, while a line of it opens with figures run
 * into words ("000000000000000信息处理费收取情况…", the page's next heading unnumbered): which
 * digits are the table's cannot be told, but the table is not left empty without a word. */
static void review_run_into_words(scan *s, const xxgk_table_spec *t)
{
    if (!s->r->flat || table_read(s->r, t) || !has_section(s->r, 4))
        return;
    scan at = *s; /* (the regions the table was read in stay for the checks after) */
    set_regions(&at, 4);
    for (size_t ri = 0; ri < s->g->nrows; ri++) {
        const lrow *rw = &s->g->rows[ri];
        lcell *cells = &s->g->cells[rw->first];
        int n = rw->n, text, label;
        while (n && cells[0].kind == NUM_BLANK)
            cells++, n--;
        if (!in_regions(&at, rw->line) || !n || !cells[0].n || cells[0].s[0] < '0' ||
            cells[0].s[0] > '9')
            continue;
        lrow own = *rw;
        own.n = n;
        review_figures(&own, cells, &text, &label);
        if (!text)
            continue;
        diag_cells(s->r, "reader-unplaced", cells[0].line,
                   "第四部分没有读到数字：这些数字与其后的文字连在一起，无法确定哪些是表中的数字：",
                   "section 四: no figure read; these run into the words after them, which "
                   "digits are the table's cannot be told: ",
                   cells, n);
        return;
    }
}

int recognize_tables(xxgk_report *r, lgrid *g)
{
    r->format = detect_format(r, g);
    /* No label of tables 二 and 三, but a section 四: its table may be the report's only one
     * (the others left out, or given as prose).  The two formats' tables of 四 are the same:
     * the year says which it is. */
    int review_only = r->format == XXGK_FORMAT_OTHER && has_section(r, 4);
    if (review_only)
        r->format = r->year && r->year < 2021 ? XXGK_FORMAT_2019 : XXGK_FORMAT_2021;
    r->spec = xxgk_format_get((xxgk_format_id)r->format);
    if (!r->spec)
        return 0;
    r->ncells = (size_t)r->spec->ncells;
    r->cells = calloc(r->ncells, sizeof *r->cells);
    if (!r->cells)
        return -1;
    scan s = {.r = r, .g = g, .subtotal = -1};
    int zero_runs = 0, spaced = r->flat && spaced_figures(&s, &zero_runs);
    s.spaced = spaced;
    /* (glued text that never runs 0s together printed its zeros as blank cells) */
    s.lost = r->flat && !spaced && (!zero_runs || lost_blanks(&s));
    static const int section_of[XXGK_TABLE_COUNT] = {2, 3, 4};
    for (int t = review_only ? XXGK_TABLE_REVIEW : 0; t < XXGK_TABLE_COUNT; t++) {
        const xxgk_table_spec *ts = &r->spec->tables[t];
        set_regions(&s, section_of[t]);
        joined_runs(&s);
        if (t == XXGK_TABLE_REVIEW && s.nregions == 1 && s.regions[0].from == 1) {
            /* No heading for section 四: its row follows the end of tables 二 and 三 (not
             * section 二's figures, where 三 is not there). */
            unsigned after = last_line(r, XXGK_TABLE_ACTIVE);
            unsigned three = last_line(r, XXGK_TABLE_REQUESTS);
            s.regions[0].from = (three > after ? three : after) + 1;
        }
        s.subtotal = t == XXGK_TABLE_REQUESTS ? subtotal_column(&s, ts) : -1;
        s.nprinted = t == XXGK_TABLE_REQUESTS ? columns_printed(&s, ts, s.printed) : 0;
        s.printed_cols = ts->rows[0].cols;
        s.unplaced = 0;
        size_t first_diag = r->ndiags;
        if (t == XXGK_TABLE_REVIEW) {
            recognize_review(&s, ts);
            /* Nothing of it under its heading ("详见上表"), but printed at the end of section
             * 三, after table 三's last row (the two tables run together): read there. */
            unsigned after = last_line(r, XXGK_TABLE_REQUESTS);
            if (!table_read(r, ts) && after && has_section(r, 3) && has_section(r, 4)) {
                set_regions(&s, 3);
                for (int i = 0; i < s.nregions; i++)
                    if (s.regions[i].from <= after)
                        s.regions[i].from = after + 1;
                joined_runs(&s);
                recognize_review(&s, ts);
            }
            review_run_into_words(&s, ts);
        } else {
            s.npend = 0;
            recognize_rows(&s, ts);
            /* Nothing of it under its heading, but a heading of the other table's section
             * (二 and 三 swapped, "三、收到和处理…" over section 二's table): read it there.
             * struct-section-order tells of the headings. */
            int other = section_of[t] == 2 ? 3 : 2;
            if (!table_read(r, ts) && has_section(r, other)) {
                set_regions(&s, other);
                joined_runs(&s);
                s.npend = 0;
                s.subtotal = t == XXGK_TABLE_REQUESTS ? subtotal_column(&s, ts) : -1;
                recognize_rows(&s, ts);
            }
            if (t == XXGK_TABLE_REQUESTS)
                glued_by_columns(&s, ts);
            s.npend = 0;
            scrambled(&s, ts, first_diag);
        }
        check_headers(&s, ts);
        if (t != XXGK_TABLE_REVIEW)
            column_order(&s, ts); /* (a 小计 before 商业企业 no column out of order) */
        s.subtotal = -1;
        units_out_of_place(&s, ts);
        if (t == XXGK_TABLE_ACTIVE)
            amounts_in_yuan(&s, ts);
    }
    free(s.pend);
    free(s.held);
    int any = r->scrambled != 0; /* (its figures are there, in an order that cannot be read) */
    for (size_t i = 0; i < r->ncells; i++)
        any |= r->cells[i].kind != XXGK_CELL_ABSENT;
    if (!any) {
        /* Labels of a format but not one figure: not a report we can read. */
        r->format = XXGK_FORMAT_OTHER;
        r->spec = NULL;
        free(r->cells);
        r->cells = NULL;
        r->ncells = 0;
    }
    return r->oom ? -1 : 0;
}
