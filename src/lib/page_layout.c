/*
 * Page layout for readers of positioned text (PDF, OFD): characters with their boxes laid out
 * the way `pdftotext -layout` lays them out, so the text reader reads them like any other
 * space-aligned text:
 *
 *  - characters are grouped into lines by their vertical centre (a character joins the line
 *    when its centre is within half a character height of the line's), lines in order of y;
 *  - each line is sorted by x and written with its characters placed in columns: the column of
 *    a character is its x (from the page's leftmost character) divided by a width unit (the
 *    median width of the page's ASCII digits, or half the median width of its wide (CJK)
 *    characters); wherever there is a visible gap between two characters at least one space is
 *    written, so table cells stay apart and numbers never touch labels, and adjacent characters
 *    are written without spaces;
 *  - a vertical label (a table cell printed one or two characters per line down a narrow
 *    column, like 三、本年度办理结果) becomes one line of its own instead of a stray character
 *    on each table row it crosses;
 *  - a wide vertical gap becomes a blank line.
 */
#include "lib/page_layout.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static int cmp_cy(const void *a, const void *b)
{
    const glyph *p = a, *q = b;
    if (p->cy != q->cy)
        return p->cy < q->cy ? -1 : 1;
    return p->x1 < q->x1 ? -1 : p->x1 > q->x1;
}

static int cmp_x(const void *a, const void *b)
{
    const glyph *p = a, *q = b;
    if (p->x1 != q->x1)
        return p->x1 < q->x1 ? -1 : 1;
    return p->cy < q->cy ? -1 : p->cy > q->cy;
}

/* Median of v[0..n) (reordered); 0 when n is 0. */
static double median(double *v, size_t n)
{
    if (!n)
        return 0;
    qsort(v, n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int glyph_blank(uint32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0 ||
           c == 0x3000 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0xFEFF ||
           c < 0x20 || c == 0x7F;
}

/* The character width unit of a page: median width of its ASCII digits, else half the median
 * width of its wide characters, else the median width of all, else 5 points. */
static double char_unit(const glyph *g, size_t n)
{
    double *w = malloc((n ? n : 1) * sizeof *w);
    if (!w)
        return 5;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (g[i].n == 1 && g[i].s[0] >= '0' && g[i].s[0] <= '9' && g[i].x2 > g[i].x1)
            w[k++] = g[i].x2 - g[i].x1;
    double u = k >= 3 ? median(w, k) : 0;
    if (u <= 0.5) {
        k = 0;
        for (size_t i = 0; i < n; i++)
            if (g[i].wide && g[i].x2 > g[i].x1)
                w[k++] = g[i].x2 - g[i].x1;
        u = median(w, k) / 2;
    }
    if (u <= 0.5) {
        k = 0;
        for (size_t i = 0; i < n; i++)
            if (g[i].x2 > g[i].x1)
                w[k++] = g[i].x2 - g[i].x1;
        u = median(w, k);
    }
    free(w);
    return u > 0.5 ? u : 5;
}

/* Width of a character for the gap test: its box, but never less than a fraction of its height
 * (some exports give narrow boxes to wide characters). */
static double char_width(const glyph *g)
{
    double w = g->x2 - g->x1, min = g->h * (g->wide ? 0.8 : 0.3);
    return w > min ? w : min;
}

/* Whether c repeats prev in the same place: the same character drawn twice (fake bold), its
 * left edge within about a third of a character of the first's.  (By left edges, with a width
 * of at least half the height: the first copy's box may be cut short where the second begins.) */
static int is_repeat(const glyph *prev, const glyph *c)
{
    double w = fmax(fmax(prev->x2 - prev->x1, c->x2 - c->x1), 0.5 * fmin(prev->h, c->h));
    double apart = fabs(c->x1 - prev->x1);
    return c->n == prev->n && memcmp(c->s, prev->s, (size_t)c->n) == 0 && apart < 0.35 * w &&
           fabs(c->cy - prev->cy) < 0.3 * fmin(prev->h, c->h);
}

/* Whether c is a footnote's mark set after the figure prev ends with: a smaller digit or
 * asterisk, raised clear of the baseline, right after it ("120¹"): no digit of the figure. */
static int is_footnote_mark(const glyph *prev, const glyph *c)
{
    int digit_before = prev->n == 1 && prev->s[0] >= '0' && prev->s[0] <= '9';
    int mark = c->n == 1 && ((c->s[0] >= '0' && c->s[0] <= '9') || c->s[0] == '*');
    return digit_before && mark && c->h < 0.75 * prev->h && c->y2 < prev->y2 - 0.2 * prev->h &&
           c->x1 - prev->x2 < 0.5 * char_width(prev);
}

/* The column a character may be padded out to: a glyph placed kilometres to the right, one
 * per line, would otherwise make megabytes of spaces of each line. */
#define PAGE_MAX_COLUMN 1000

/* Write one line of characters (sorted by x; a vertical label's in order of y) placed in
 * columns of `unit` points counted from `left` (the page's leftmost character). */
static void put_line(xbuf *out, const glyph *g, size_t n, double left, double unit)
{
    long col = 0;
    const glyph *prev = NULL;
    for (size_t i = 0; i < n; i++) {
        const glyph *c = &g[i];
        if (prev && (is_repeat(prev, c) || is_footnote_mark(prev, c)))
            continue;
        long want = lround((c->x1 - left) / unit);
        if (want < 0)
            want = 0;
        if (want > PAGE_MAX_COLUMN) /* (a page's widest table has a few hundred) */
            want = PAGE_MAX_COLUMN;
        long spaces = 0;
        if (!prev) {
            spaces = want;
        } else {
            double gap = c->x1 - prev->x2;
            double w = fmin(char_width(prev), char_width(c));
            if (gap > 0.3 * w)
                spaces = want - col > 1 ? want - col : 1;
        }
        for (long k = 0; k < spaces; k++)
            xbuf_putc(out, ' ');
        col += spaces + 1;
        xbuf_put(out, c->s, (size_t)c->n);
        prev = c;
    }
    xbuf_putc(out, '\n');
}

/* A line of text: a run of characters in g, and its extent. */
typedef struct {
    size_t first, count;
    double cy, top, bottom;
} span;

/* Group characters sorted by vertical centre into lines: a character joins the line when its
 * centre is within half a character height of the line's mean centre.  Each line is then sorted
 * by x.  lines has room for n; returns the number of lines. */
static size_t group_lines(glyph *g, size_t n, span *lines)
{
    size_t nl = 0, first = 0;
    while (first < n) {
        double sum = g[first].cy, h = g[first].h;
        double top = g[first].y1, bottom = g[first].y2;
        size_t end = first + 1;
        while (end < n) {
            double cy = sum / (double)(end - first);
            if (fabs(g[end].cy - cy) > 0.5 * fmin(h, g[end].h))
                break;
            sum += g[end].cy;
            h = fmax(h, g[end].h);
            top = fmin(top, g[end].y1);
            bottom = fmax(bottom, g[end].y2);
            end++;
        }
        qsort(g + first, end - first, sizeof *g, cmp_x);
        lines[nl++] = (span){first, end - first, sum / (double)(end - first), top, bottom};
        first = end;
    }
    return nl;
}

/* A short run of wide characters standing alone on its line (a candidate piece of a vertical
 * label). */
typedef struct {
    size_t first, count; /* in g */
    double x1, y1, y2, w, h;
    int next;            /* the piece below it in the same label, or -1 */
    int has_prev;
} piece;

/* Mark the characters of vertical labels (the table cell 三、本年度办理结果 is printed one or
 * two characters per line down a narrow column): runs of one or two wide characters, each alone
 * on its line, stacked at the same x at most about a line apart, three or more of them.  Their
 * glyphs get label = the number of the label (from 1), in order from the top; returns how many
 * labels were found. */
#define MAX_PIECES 4096

/* Whether the label that piece a begins starts on the line another label of three pieces or
 * more starts on: a row of header cells each printed a character a line (结/果/维/持 beside
 * 结/果/纠/正), which written a label a line would stand one below the other, each column a
 * line lower; they are left as printed, a character a line in its column, as pdftotext leaves
 * them. */
static int beside_another(const piece *p, size_t np, size_t a)
{
    for (size_t b = 0; b < np; b++) {
        if (b == a || p[b].has_prev || fabs(p[b].y1 - p[a].y1) > 0.5 * fmax(p[a].h, p[b].h))
            continue;
        int len = 0;
        for (int k = (int)b; k >= 0 && len < 3; k = p[k].next)
            len++;
        if (len >= 3)
            return 1;
    }
    return 0;
}

static int find_vertical_labels(glyph *g, const span *lines, size_t nl)
{
    size_t cap = 64, np = 0;
    piece *p = malloc(cap * sizeof *p);
    if (!p)
        return 0;
    for (size_t l = 0; l < nl; l++) {
        const glyph *lg = g + lines[l].first;
        size_t i = 0, n = lines[l].count;
        while (i < n) {
            /* a fragment: characters with no visible gap between them */
            size_t j = i + 1;
            while (j < n && lg[j].x1 - lg[j - 1].x2 <= 0.3 * fmin(char_width(&lg[j - 1]),
                                                                  char_width(&lg[j])))
                j++;
            int ok = j - i <= 2;
            double w = 0, h = 0, y1 = lg[i].y1, y2 = lg[i].y2;
            for (size_t k = i; ok && k < j; k++) {
                ok = lg[k].wide;
                w = fmax(w, char_width(&lg[k]));
                h = fmax(h, lg[k].h);
                y1 = fmin(y1, lg[k].y1);
                y2 = fmax(y2, lg[k].y2);
            }
            /* alone: no other characters within a character width on either side, on the
             * same baseline (a label cell's text can sit close by, a little lower or higher) */
            if (ok && i > 0 && lg[i].x1 - lg[i - 1].x2 < w &&
                fabs(lg[i].cy - lg[i - 1].cy) < 0.25 * h)
                ok = 0;
            if (ok && j < n && lg[j].x1 - lg[j - 1].x2 < w &&
                fabs(lg[j].cy - lg[j - 1].cy) < 0.25 * h)
                ok = 0;
            if (ok) {
                /* Pieces are linked pairwise below: a page with this many lone characters is
                 * not a table with a few vertical labels, and is laid out without looking. */
                if (np == MAX_PIECES) {
                    free(p);
                    return 0;
                }
                if (np == cap) {
                    piece *q = realloc(p, 2 * cap * sizeof *p);
                    if (!q)
                        break;
                    p = q;
                    cap *= 2;
                }
                p[np++] = (piece){lines[l].first + i, j - i, lg[i].x1, y1, y2, w, h, -1, 0};
            }
            i = j;
        }
    }
    /* link each piece to the nearest one below it at the same x */
    for (size_t a = 0; a < np; a++) {
        int best = -1;
        for (size_t b = 0; b < np; b++) {
            double gap = p[b].y1 - p[a].y2, h = fmax(p[a].h, p[b].h);
            if (b == a || p[b].has_prev || fabs(p[b].x1 - p[a].x1) > 0.25 * p[a].w ||
                gap < -0.3 * h || gap > 1.5 * h)
                continue;
            if (best < 0 || p[b].y1 < p[best].y1)
                best = (int)b;
        }
        if (best >= 0) {
            p[a].next = best;
            p[best].has_prev = 1;
        }
    }
    int labels = 0;
    for (size_t a = 0; a < np; a++) {
        if (p[a].has_prev)
            continue;
        int len = 0;
        for (int b = (int)a; b >= 0; b = p[b].next)
            len++;
        if (len < 3 || beside_another(p, np, a))
            continue;
        labels++;
        for (int b = (int)a; b >= 0; b = p[b].next)
            for (size_t k = 0; k < p[b].count; k++)
                g[p[b].first + k].label = labels;
    }
    free(p);
    return labels;
}

static int cmp_label(const void *a, const void *b)
{
    const glyph *p = a, *q = b;
    if (p->label != q->label)
        return p->label < q->label ? -1 : 1;
    return cmp_cy(a, b);
}

int layout_page(xbuf *out, glyph *g, size_t n)
{
    if (!n)
        return 0;
    double unit = char_unit(g, n);
    double typical = 10;
    double *hs = malloc(n * sizeof *hs);
    span *lines = malloc(n * sizeof *lines);
    if (!hs || !lines) {
        free(hs);
        free(lines);
        return -1;
    }
    for (size_t i = 0; i < n; i++)
        hs[i] = g[i].h;
    typical = median(hs, n);
    free(hs);

    double left = g[0].x1;
    for (size_t i = 0; i < n; i++) {
        g[i].label = 0;
        left = fmin(left, g[i].x1);
    }
    qsort(g, n, sizeof *g, cmp_cy);
    size_t nl = group_lines(g, n, lines);
    int labels = find_vertical_labels(g, lines, nl);
    size_t plain = n;
    if (labels) {
        /* the labels' characters move to the end, label by label from the top, and the lines
         * are grouped again without them */
        qsort(g, n, sizeof *g, cmp_label);
        size_t k = 0;
        while (k < n && g[k].label == 0)
            k++;
        plain = k;
        qsort(g, plain, sizeof *g, cmp_cy);
        nl = group_lines(g, plain, lines);
    }

    /* lines and labels in order of y: a label goes after the lines whose centre is above its
     * first character's */
    double prev_bottom = NAN;
    size_t l = 0, v = plain;
    while (l < nl || v < n) {
        int take_label = 0;
        if (v < n)
            take_label = l >= nl || g[v].cy < lines[l].cy;
        if (take_label) {
            size_t end = v + 1;
            while (end < n && g[end].label == g[v].label)
                end++;
            put_line(out, g + v, end - v, left, unit);
            v = end;
            continue;
        }
        if (!isnan(prev_bottom) && lines[l].top - prev_bottom > typical)
            xbuf_putc(out, '\n');
        put_line(out, g + lines[l].first, lines[l].count, left, unit);
        prev_bottom = lines[l].bottom;
        l++;
    }
    free(lines);
    return 0;
}

