/* From lines to rows of cells (see layout.h). */
#include "lib/layout.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* The text inside markup that wraps a whole cell: Markdown emphasis and code (**120**, `4`) and
 * HTML inline tags left in copied text (<b>20</b>, <span class="x">4</span>).  NULL when
 * nothing wraps it. */
static const char *unwrap(const char *s, size_t n, size_t *len)
{
    static const char *const marks[] = {"**", "__", "~~", "*", "_", "`"};
    if (n < 3 || !strchr("*_~`<", s[0]) || !strchr("*_~`>", s[n - 1]))
        return NULL; /* (most cells: labels and words, nothing around them) */
    int changed = 0;
    for (int round = 0; round < 8 && n > 0; round++) {
        int again = 0;
        for (size_t k = 0; k < sizeof marks / sizeof marks[0] && !again; k++) {
            size_t m = strlen(marks[k]);
            if (n > 2 * m && memcmp(s, marks[k], m) == 0 && memcmp(s + n - m, marks[k], m) == 0) {
                s += m;
                n -= 2 * m;
                again = 1;
            }
        }
        size_t tag = again ? 0 : text_tag(s, n); /* a tag opening the cell */
        if (tag) {
            s += tag;
            n -= tag;
            again = 1;
        }
        tag = again ? 0 : text_tag_before(s, n); /* a tag closing it */
        if (tag) {
            n -= tag;
            again = 1;
        }
        n = trim_span(&s, n);
        changed |= again;
        if (!again)
            break;
    }
    *len = n;
    return changed ? s : NULL;
}

/* s[0..n) without its HTML tags, into buf (NULL when it does not fit or has none). */
static const char *untag(const char *s, size_t n, char *buf, size_t cap, size_t *len)
{
    size_t k = 0;
    int tags = 0;
    for (size_t i = 0; i < n; i++) {
        size_t tag = text_tag(s + i, n - i);
        if (tag) {
            i += tag - 1;
            tags = 1;
            continue;
        }
        if (k + 1 >= cap)
            return NULL;
        buf[k++] = s[i];
    }
    buf[k] = '\0';
    const char *t = buf;
    *len = trim_span(&t, k);
    return tags ? t : NULL;
}

int lgrid_add_cell(lgrid *g, const char *s, size_t n, unsigned line, unsigned col)
{
    if (g->ncells >= LGRID_MAX_CELLS) {
        g->over = 1;
        return -1;
    }
    if (g->ncells == g->capcells) {
        size_t cap = g->capcells ? g->capcells * 2 : 256;
        lcell *c = realloc(g->cells, cap * sizeof *c);
        if (!c)
            return -1;
        g->cells = c;
        g->capcells = cap;
    }
    const char *given = s;
    n = trim_span(&s, n);
    lcell *c = &g->cells[g->ncells++];
    c->s = s;
    c->n = n;
    c->line = line;
    c->col = col + (unsigned)u8_count(given, (size_t)(s - given)); /* (where its text begins) */
    c->kind = num_parse(s, n, &c->value);
    size_t inner_len;
    const char *inner = c->kind == NUM_NONE ? unwrap(s, n, &inner_len) : NULL;
    char bare[256];
    if (!inner && c->kind == NUM_NONE && memchr(s, '<', n)) /* "<span>125000</span>元" */
        inner = untag(s, n, bare, sizeof bare, &inner_len);
    if (inner) { /* a figure in markup is the figure; the cell keeps what it held */
        double v;
        num_kind k = num_parse(inner, inner_len, &v);
        if (k == NUM_PLAIN || k == NUM_UNIT || k == NUM_GROUPED) {
            /* (literally text with a number; a grouped one keeps its doubt about a lost tab) */
            c->kind = k == NUM_GROUPED ? NUM_GROUPED : NUM_UNIT;
            c->value = v;
        }
    }
    c->norm = NULL;
    return 0;
}

/* Close the row made of the cells added since the last row ended. */
int lgrid_end_row(lgrid *g)
{
    size_t first = g->nrows ? g->rows[g->nrows - 1].first + (size_t)g->rows[g->nrows - 1].n : 0;
    if (first == g->ncells)
        return 0;
    if (g->nrows == g->caprows) {
        size_t cap = g->caprows ? g->caprows * 2 : 128;
        lrow *rw = realloc(g->rows, cap * sizeof *rw);
        if (!rw)
            return -1;
        g->rows = rw;
        g->caprows = cap;
    }
    lrow *rw = &g->rows[g->nrows++];
    rw->first = first;
    rw->n = (int)(g->ncells - first);
    rw->line = g->cells[first].line;
    rw->last_line = g->cells[g->ncells - 1].line;
    return 0;
}

void layout_free(lgrid *g)
{
    free(g->cells);
    free(g->rows);
    memset(g, 0, sizeof *g);
}

/* Column (in characters) of p on its line.  Cells are visited left to right, so the count
 * continues from the last cell's position instead of restarting at the line's start. */
typedef struct {
    const char *line, *at;
    unsigned col;
} colpos;

static unsigned col_of(colpos *c, const char *p)
{
    if (p < c->at || !c->at) {
        c->at = c->line;
        c->col = 1;
    }
    c->col += (unsigned)u8_count(c->at, (size_t)(p - c->at));
    c->at = p;
    return c->col;
}

/* A page number printed by a PDF export: "-3-", "— 3 —". */
static int is_page_number(const char *s)
{
    int dashes = 0, digits = 0;
    for (const char *p = s; *p; p++) {
        if (*p == ' ')
            continue;
        if (*p >= '0' && *p <= '9') {
            if (dashes == 0 || digits < 0)
                return 0;
            digits++;
        } else if (*p == '-') {
            dashes++;
            if (digits)
                digits = -digits;
        } else if (strncmp(p, "\xe2\x80\x94", 3) == 0 || strncmp(p, "\xe2\x80\x93", 3) == 0) {
            dashes++;
            if (digits)
                digits = -digits;
            p += 2;
        } else {
            return 0;
        }
    }
    return digits < 0 && dashes >= 2;
}

/* "第 3 页 共 8 页", "第3页/共8页", "共8页 第3页", "第3页": a page footer, spaces anywhere. */
static int is_page_footer(const char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    if ((unsigned char)*s != 0xE7 && (unsigned char)*s != 0xE5)
        return 0; /* (most lines at once: 第 and 共 begin with bytes E7 and E5) */
    int parts = 0;
    for (;;) {
        s += strspn(s, " \t,/，");
        if (!*s)
            return parts > 0 && parts <= 2;
        const char *lead = strncmp(s, "第", 3) == 0 ? "第" : strncmp(s, "共", 3) == 0 ? "共" : NULL;
        if (!lead || parts == 2)
            return 0;
        s += 3;
        s += strspn(s, " ");
        size_t d = strspn(s, "0123456789");
        if (d == 0 || d > 4)
            return 0;
        s += d;
        s += strspn(s, " ");
        if (strncmp(s, "页", 3) != 0)
            return 0;
        s += 3;
        parts++;
    }
}

static int is_blank(const char *s)
{
    for (; *s; s++)
        if (*s != ' ' && *s != '\t')
            return 0;
    return 1;
}

/* Whether the page line l is on prints its number otherwise ("- 3 -", "第3页"), anywhere on it:
 * MuPDF's text puts a footer first. */
static int page_numbered(const xxgk_report *r, unsigned l)
{
    unsigned page = r->page_of[l - 1];
    for (unsigned k = l; k > 1 && r->page_of[k - 2] == page; k--)
        if (is_page_number(r->lines[k - 2]) || is_page_footer(r->lines[k - 2]))
            return 1;
    return 0; /* (the lines after l, to the page's end, are blank: see bare_page_number) */
}

/* A bare page number ("4") at the foot of a page of PDF text: one to three digits alone on
 * line l, no further than five from the page's place in the file (a cover or a contents page
 * not numbered), the next page beginning (a form feed) within the next lines that are blank,
 * on a page that prints its number nowhere else.  Without the page break a number alone on
 * its line may be a figure, and is read as one; so are 0, one far from the page's place, and
 * one on a page numbered "- 3 -" (the last figure of a table written a cell a line). */
static int bare_page_number(const xxgk_report *r, unsigned l)
{
    if (!r->page_of)
        return 0; /* (most text has no page breaks: nothing to look at) */
    const char *s = r->lines[l - 1];
    size_t n = trim_span(&s, strlen(s));
    if (n == 0 || n > 3 || strspn(s, "0123456789") != n || s[0] == '0')
        return 0;
    int printed = atoi(s), page = (int)r->page_of[l - 1];
    if (printed > page + 5 || printed < page - 5)
        return 0;
    for (unsigned k = l + 1; k <= r->nlines && k <= l + 3; k++) {
        if (rep_page_begins(r, k))
            return !page_numbered(r, l);
        if (!is_blank(r->lines[k - 1]))
            return 0;
    }
    return 0;
}

/* The page and the pages of a footer "7 / 8", "7/8", "Page 7 of 8" alone on line s (*words set
 * for the last); 0 for none. */
static unsigned page_of_pages(const char *s, unsigned *pages, int *words)
{
    while (*s == ' ' || *s == '\t')
        s++;
    *words = 0;
    if (!((*s >= '0' && *s <= '9') || *s == 'P' || *s == 'p'))
        return 0; /* (most lines at once) */
    *words = strncmp(s, "Page ", 5) == 0 || strncmp(s, "page ", 5) == 0;
    if (*words)
        s += 5;
    unsigned v[2] = {0, 0};
    for (int k = 0; k < 2; k++) { /* (read as it goes: most lines fail at their first bytes) */
        int d = 0;
        while (*s >= '0' && *s <= '9' && d < 5)
            v[k] = v[k] * 10 + (unsigned)(*s++ - '0'), d++;
        if (!d || d > 4)
            return 0;
        if (k)
            break;
        while (*s == ' ')
            s++;
        if (*words ? strncmp(s, "of ", 3) != 0 : *s != '/')
            return 0;
        s += *words ? 3 : 1;
        while (*s == ' ')
            s++;
    }
    while (*s == ' ' || *s == '\t')
        s++;
    if (*s || !v[0] || v[0] > v[1])
        return 0;
    *pages = v[1];
    return v[0];
}

/* The page count of "7 / 8" footers, when two lines at least have one of the same (without
 * words or a page break after it, "7 / 8" alone on its line may be a row's figures); 0, and
 * UINT_MAX when no line is such a footer (layout_page_mark then need not look). */
unsigned layout_footer_pages(const xxgk_report *r)
{
    unsigned seen = 0, first = 0, any = 0;
    for (unsigned i = 0; i < r->nlines; i++) {
        unsigned pages;
        int words;
        unsigned page = page_of_pages(r->lines[i], &pages, &words);
        if (!page)
            continue;
        if (seen && pages == seen && page != first)
            return pages;
        seen = pages, first = page, any = 1;
    }
    return any ? 0 : UINT_MAX;
}

/* Page furniture on line l, in no table's cells: a page number or a footer ("7 / 8" a footer
 * when others of the document's pages are printed so, or a page break follows). */
int layout_page_mark(const xxgk_report *r, unsigned l, unsigned pages)
{
    const char *s = r->lines[l - 1];
    if (is_page_number(s) || is_page_footer(s) || bare_page_number(r, l))
        return 1;
    unsigned of;
    int words;
    if (pages == UINT_MAX || !page_of_pages(s, &of, &words))
        return 0;
    if (words || (pages && of == pages))
        return 1;
    for (unsigned k = l + 1; r->page_of && k <= r->nlines && k <= l + 3; k++) {
        if (rep_page_begins(r, k))
            return 1;
        if (!is_blank(r->lines[k - 1]))
            return 0;
    }
    return 0;
}

/* Whether the token after p on its line (skipping spaces) may end a run of words among
 * figures: a figure, a short word, or the line's end. */
static int figure_or_word_next(const char *p)
{
    while (*p == ' ' || *p == '\t')
        p++;
    const char *t = p;
    while (*p && *p != ' ' && *p != '\t')
        p++;
    double v;
    num_kind k = p == t ? NUM_BLANK : num_parse(t, (size_t)(p - t), &v);
    return (k != NUM_NONE && k != NUM_RANGE) || u8_count(t, (size_t)(p - t)) <= 3;
}

/* Whether t[0..n) is a word a 2019 本年增/减 is signed with, and nothing else. */
static int sign_word(const char *t, size_t n)
{
    int neg;
    return n && text_sign_word(t, n, &neg) == n;
}

/* Space-aligned text (pdftotext -layout, hard-wrapped text): numbers are cells of their own;
 * runs of words between them are one label cell, since spaces inside Chinese labels are
 * artefacts of wrapping and justification.  Among figures, a unit set apart ("1 件") belongs
 * to the figure before it, and a short word standing between figures ("无") is a cell of its
 * own. */
static int split_spaces(lgrid *g, const char *line, unsigned ln)
{
    const char *p = line, *label = NULL, *label_end = NULL, *num = NULL, *num_end = NULL;
    colpos cp = {line, NULL, 1};
#define FLUSH_NUM()                                                                            \
    do {                                                                                       \
        if (num && lgrid_add_cell(g, num, (size_t)(num_end - num), ln, col_of(&cp, num)))     \
            return -1;                                                                         \
        num = NULL;                                                                            \
    } while (0)
    int after_figure = 0; /* the last cell of the line is a figure */
    while (*p) {
        while (*p == ' ' || *p == '\t')
            p++;
        if (!*p)
            break;
        const char *t = p;
        while (*p && *p != ' ' && *p != '\t')
            p++;
        double v;
        size_t n = (size_t)(p - t);
        if (n == 1 && *t == '|')
            continue; /* a bar on its own: a pipe table's row wrapped onto this line */
        num_kind k = num_parse(t, n, &v);
        if (k == NUM_DASH && t == line + strspn(line, " \t") && p[0] == ' ' && p[1] != ' ' &&
            num_parse(t, strlen(t), &v) != NUM_NONE) {
            p += strlen(p); /* "- 2" alone on its line: a sign set apart, one cell */
            n = (size_t)(p - t);
            k = num_parse(t, n, &v);
        } else if (k == NUM_NONE && p[0] == ' ' && p[1] >= '0' && p[1] <= '9' && sign_word(t, n)) {
            const char *e = p + 1 + strcspn(p + 1, " \t"); /* "减少 3": one signed figure */
            num_kind signed_k = num_parse(t, (size_t)(e - t), &v);
            if (signed_k == NUM_UNIT) { /* (a figure worded so reads as one with a unit) */
                p = e;
                n = (size_t)(p - t);
                k = signed_k;
            }
        }
        size_t inner_len;
        const char *inner = k == NUM_NONE ? unwrap(t, n, &inner_len) : NULL;
        if (inner && num_parse(inner, inner_len, &v) != NUM_NONE)
            k = NUM_UNIT; /* "**120**": a figure in markup (the cell reads it so too) */
        if (k == NUM_NONE || k == NUM_RANGE) {
            if (num && !label && text_unit_at(t, n)) {
                num_end = p; /* "1 件" */
                continue;
            }
            /* (a word for no figure even after a label: "规章  无  0  3") */
            int word = text_no_figure(t, n) || text_bracketed_figure(t, n) ||
                       (after_figure && !label && u8_count(t, n) <= 3 && t[0] >= '0' &&
                        t[0] <= '9');
            if (word && figure_or_word_next(p)) {
                if (label && lgrid_add_cell(g, label, (size_t)(label_end - label), ln,
                                            col_of(&cp, label)))
                    return -1;
                label = NULL;
                FLUSH_NUM();
                if (lgrid_add_cell(g, t, n, ln, col_of(&cp, t)))
                    return -1;
                continue;
            }
            FLUSH_NUM();
            if (!label)
                label = t;
            label_end = p;
            after_figure = 0;
            continue;
        }
        /* "9 029": three digits opening with 0 are no figure of their own, but the thousands of
         * the one before (one space apart) */
        double joined;
        if (num && t == num_end + 1 && n == 3 && t[0] == '0' &&
            num_parse(num, (size_t)(p - num), &joined) == NUM_GROUPED) {
            num_end = p;
            continue;
        }
        FLUSH_NUM();
        if (label && lgrid_add_cell(g, label, (size_t)(label_end - label), ln, col_of(&cp, label)))
            return -1;
        label = NULL;
        num = t;
        num_end = p;
        after_figure = 1;
    }
    FLUSH_NUM();
#undef FLUSH_NUM
    if (label && lgrid_add_cell(g, label, (size_t)(label_end - label), ln, col_of(&cp, label)))
        return -1;
    return lgrid_end_row(g);
}

/* A tab-separated line's cells; with `closed`, a tab ending the line closes its last cell
 * (text copied from a web page's table, every cell followed by a tab) and adds none. */
static int split_tabs(lgrid *g, const char *line, unsigned ln, int closed)
{
    const char *p = line;
    colpos cp = {line, NULL, 1};
    for (;;) {
        const char *t = strchr(p, '\t');
        size_t n = t ? (size_t)(t - p) : strlen(p);
        if (!t && !*p && closed && p > line)
            break;
        if (lgrid_add_cell(g, p, n, ln, col_of(&cp, p)))
            return -1;
        if (!t)
            break;
        p = t + 1;
    }
    return lgrid_end_row(g);
}

int layout_pipe_rule(const char *s, size_t n)
{
    int dash = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '-')
            dash = 1;
        else if (!strchr("|: \t\r", s[i]) || !s[i])
            return 0;
    }
    return dash;
}

/* The first tab of l that has something other than tabs and spaces after it, or NULL: some
 * copies end every line with a tab, which does not make the text tab-separated. */
static const char *inner_tab(const char *l)
{
    /* (the first tab decides: blanks to the end after it are blanks after every later one,
     * and a scan from each would take quadratic time on a line of a million tabs) */
    const char *t = strchr(l, '\t');
    return t && t[strspn(t, "\t ")] != '\0' ? t : NULL;
}

int layout_pipe_row(const char *l)
{
    const char *bar = strchr(l, '|');
    return bar && strchr(bar + 1, '|') != NULL;
}

/* A row of a pipe table without its outer bars whose cells after the label are figures or
 * blank ("规章 | 1 |  | 3"): a table's row in any text, where a bar between words may be
 * prose. */
static int figures_piped(const char *l)
{
    const char *bar = strchr(l, '|');
    if (!bar || !layout_pipe_row(l))
        return 0;
    for (const char *p = bar + 1; *p; p++)
        if (!strchr("0123456789.,-/| \t", *p))
            return 0;
    return 1;
}

static int split_pipes(lgrid *g, const char *line, unsigned ln)
{
    if (layout_pipe_rule(line, strlen(line)))
        return 0;
    colpos cp = {line, NULL, 1};
    const char *p = line; /* GFM allows a row without its outer bars: "规章 | 1 | 0 | 3" */
    while (*p == ' ')
        p++;
    if (*p == '|')
        p++;
    for (;;) {
        const char *t = strchr(p, '|');
        if (!t) {
            if (!is_blank(p) && lgrid_add_cell(g, p, strlen(p), ln, col_of(&cp, p)))
                return -1;
            break;
        }
        if (lgrid_add_cell(g, p, (size_t)(t - p), ln, col_of(&cp, p)))
            return -1;
        p = t + 1;
    }
    return lgrid_end_row(g);
}

/* Lines the table recognizer never reads.  It looks for the tables only under the headings of
 * sections 二, 三 and 四, or everywhere when one of them has none (see set_regions in
 * recognize.c): when all three have one, the lines of sections 一, 五 and 六, which are most of a
 * report's prose, need no cells. */
typedef struct {
    struct {
        unsigned from, to;
    } spans[8];
    int n;
} skipped;

static void skipped_lines(const xxgk_report *r, skipped *k)
{
    k->n = 0;
    int headed = 0, tables = 0;
    for (int n = 1; n <= 6; n++)
        if (xxgk_section_table(n) >= 0)
            tables |= 1 << n;
    for (size_t i = 0; i < r->nsections; i++)
        if (xxgk_section_table(r->sections[i].standard) >= 0)
            headed |= 1 << r->sections[i].standard;
    if (headed != tables)
        return;
    /* (not the last: tables printed after the report, under whatever caption, fall in it) */
    for (size_t i = 0; i + 1 < r->nsections && k->n < 8; i++) {
        int std = r->sections[i].standard;
        if (std < 1 || xxgk_section_table(std) >= 0)
            continue;
        k->spans[k->n].from = r->sections[i].line;
        k->spans[k->n++].to = rep_section_end(r, i);
    }
}

static int is_skipped(const skipped *k, unsigned line)
{
    for (int i = 0; i < k->n; i++)
        if (line >= k->spans[i].from && line <= k->spans[i].to)
            return 1;
    return 0;
}

/* The length of s without the spaces and tabs that end it (a cell per line with a tab and a
 * space after each, as some exports pad them). */
static size_t unpadded(const char *s)
{
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    return n;
}

/* Line l of a cell a line, from its tab: spaces before the tab are an indent (every line
 * indented, or a cell's &nbsp; before it), no cell of their own. */
static const char *cell_line(const char *l)
{
    const char *t = l + strspn(l, " ");
    return *t == '\t' ? t : l;
}

/* The tabs of a blank line, up to 2. */
static int tabs_in(const char *l)
{
    int tabs = 0;
    for (; *l && tabs < 2; l++)
        tabs += *l == '\t';
    return tabs;
}

/* Whether every line that holds anything begins with a tab, and ten at least with a second
 * before their words (one cell a line, every line indented again: text pasted with its
 * paragraphs indented so): the first tab is an indent, no cell.  1 then, else 0: the bytes to
 * pass over. */
static int tab_indented(const xxgk_report *r)
{
    unsigned twice = 0;
    for (unsigned i = 0; i < r->nlines; i++) {
        const char *l = r->lines[i];
        if (is_blank(l))
            continue;
        if (l[0] != '\t')
            return 0;
        twice += l[1] == '\t' && !is_blank(l + 2);
    }
    return twice >= 10;
}

/* One cell per line (Word's "save as text"): a line that starts with a tab starts a cell, a line
 * without continues the cell above (wrapped inside it), and an empty line ends the row.  When
 * the lines that hold anything end with a tab (all but one in twenty), that tab only closes
 * them: a line of a tab alone is then an empty line, and one of two an empty cell.  Every line
 * indented by a tab has it passed over first (indent).  With line_rows (no empty line between
 * the rows: an export that drops them), a cell of words begins a row: a row's label, with the
 * figures and the empty cells after it, a header's labels each a row of its own. */
static int build_cells_mode(lgrid *g, xxgk_report *r, const skipped *skip, int indent,
                            int line_rows)
{
    unsigned pages = layout_footer_pages(r);
    size_t ends[2] = {0, 0}; /* lines that hold anything, by whether a tab ends them */
    for (unsigned i = 0; i < r->nlines; i++) {
        const char *l = r->lines[i]; /* (read from its end: spaces, then tabs, then words) */
        size_t n = strlen(l);
        while (n && l[n - 1] == ' ')
            n--;
        size_t k = n;
        while (k && (l[k - 1] == '\t' || l[k - 1] == ' '))
            k--;
        if (k)
            ends[n > k]++;
    }
    int closed = ends[1] && ends[0] * 20 <= ends[1];
    for (unsigned i = 0; i < r->nlines; i++) {
        const char *line = cell_line(r->lines[i] + (indent && r->lines[i][0] == '\t'));
        if (layout_page_mark(r, i + 1, pages))
            continue; /* (between the cells of a row, it neither ends nor continues one) */
        if (is_skipped(skip, i + 1) ||
            (is_blank(line) && tabs_in(line) <= closed)) { /* a lone tab is an empty cell */
            if (lgrid_end_row(g))
                return -1;
            continue;
        }
        size_t first = g->nrows ? g->rows[g->nrows - 1].first + (size_t)g->rows[g->nrows - 1].n : 0;
        int open = g->ncells > first;
        if (line[0] != '\t' && open && g->cells[g->ncells - 1].kind == NUM_NONE) {
            lcell *c = &g->cells[g->ncells - 1];
            const char *s = line;
            size_t n = trim_span(&s, strlen(s));
            char *joined = rep_alloc(r, c->n + n + 1);
            if (!joined)
                return -1;
            memcpy(joined, c->s, c->n);
            memcpy(joined + c->n, s, n);
            joined[c->n + n] = '\0';
            c->s = joined;
            c->n += n;
            continue;
        }
        const char *s = line[0] == '\t' ? line + 1 : line;
        size_t len = unpadded(s);
        double v;
        if (line_rows && open && len && num_parse(s, len, &v) == NUM_NONE && lgrid_end_row(g))
            return -1;
        colpos cp = {line, NULL, 1};
        if (memchr(s, '\t', len)) {
            /* A stray tab-separated line among one-cell lines: keep its cells in this row. */
            const char *p = s, *end = s + len;
            for (;;) {
                const char *t = memchr(p, '\t', (size_t)(end - p));
                size_t n = t ? (size_t)(t - p) : (size_t)(end - p);
                if (lgrid_add_cell(g, p, n, i + 1, col_of(&cp, p)))
                    return -1;
                if (!t)
                    break;
                p = t + 1;
            }
            continue;
        }
        if (lgrid_add_cell(g, s, len, i + 1, col_of(&cp, s)))
            return -1;
    }
    return lgrid_end_row(g);
}

/* Whether line l (0-based) holds one figure alone. */
static int lone_figure(const xxgk_report *r, unsigned l)
{
    const char *s = r->lines[l];
    size_t n = trim_span(&s, strlen(s));
    double v;
    num_kind k = n && !memchr(s, ' ', n) && !memchr(s, '\t', n) ? num_parse(s, n, &v) : NUM_NONE;
    return k == NUM_PLAIN || k == NUM_UNIT;
}

/* The blank lines after line l (0-based), up to 3. */
static int blanks_after(const xxgk_report *r, unsigned l)
{
    int n = 0;
    while (n < 3 && l + 1 + (unsigned)n < r->nlines && is_blank(r->lines[l + 1 + n]))
        n++;
    return n;
}

/* A text browser's dump (lynx) prints a table one cell a line with a blank line after each, so a
 * cell left empty shows only as a second blank line.  Where the text sets lone figures apart so,
 * a double gap between two figures, the second followed by a single gap as cells are, is an
 * empty cell: the line of its first blank (1-based), or 0 for line l.  (A cell the page set
 * apart, a double gap before and after it, is no empty cell; wrapped prose has no lone figures.) */
static unsigned dumped_blank(const xxgk_report *r, unsigned l, int spaced)
{
    if (!spaced || blanks_after(r, l) != 2 || l + 3 >= r->nlines)
        return 0;
    return lone_figure(r, l) && lone_figure(r, l + 3) && blanks_after(r, l + 3) == 1 ? l + 2 : 0;
}

/* Whether the text sets lone figures apart by single blank lines (a text browser's dump; see
 * dumped_blank): many such gaps, almost never none, and two a few times at most (in row after
 * row they are the page's own, an empty column the browser drew, not empty cells). */
static int figures_spaced(const xxgk_report *r)
{
    unsigned gaps[4] = {0};
    for (unsigned l = 0; l + 1 < r->nlines; l++) {
        if (!lone_figure(r, l))
            continue;
        int b = blanks_after(r, l);
        if (l + 1 + (unsigned)b < r->nlines && lone_figure(r, l + 1 + (unsigned)b))
            gaps[b]++;
    }
    return gaps[1] >= 20 && (gaps[0] + gaps[3]) * 20 <= gaps[1] && gaps[2] <= 3;
}

int layout_build(lgrid *g, xxgk_report *r)
{
    size_t single = 0, multi = 0, pipes = 0, open = 0, gaps = 0; /* (gaps: rows ended) */
    int indent = tab_indented(r);
    for (unsigned i = 0; i < r->nlines; i++) {
        const char *l = r->lines[i] + (indent && r->lines[i][0] == '\t');
        const char *tab = inner_tab(l);
        if (tab) {
            const char *c = cell_line(l);
            int one = c[0] == '\t' && !memchr(c + 1, '\t', unpadded(c + 1));
            single += one;
            multi += !one;
            open += l[strlen(l) - 1] != '\t';
            /* (a row's end, as build_cells_mode reads one: no tab, or one closing the line) */
            gaps += one && i + 1 < r->nlines && is_blank(r->lines[i + 1]) &&
                    tabs_in(r->lines[i + 1]) <= (l[strlen(l) - 1] == '\t');
        } else if (layout_pipe_row(l)) {
            pipes++;
        }
    }
    skipped skip;
    skipped_lines(r, &skip);
    if (single >= 10 && single > multi) {
        r->layout = "cells";
        /* (a hundred cells and hardly a row ended: the export dropped the empty lines) */
        return build_cells_mode(g, r, &skip, indent, single >= 100 && gaps * 50 < single);
    }
    r->layout = multi >= 5 ? "tabs" : pipes >= 3 ? "markdown" : "spaces";
    /* Every row ending in a tab, the rows of figures too: the tab closes the row's last cell. */
    int closed = multi >= 5 && open == 0;
    int markdown = strcmp(r->layout, "markdown") == 0;
    int spaced = strcmp(r->layout, "spaces") == 0 && figures_spaced(r);
    unsigned pages = layout_footer_pages(r);
    for (unsigned i = 0; i < r->nlines; i++) {
        const char *l = r->lines[i];
        /* (In a tab-separated table a line of tabs alone is a row of empty cells: section
         * 四's figures all left blank.) */
        int blank = is_blank(l), tabs = 0;
        for (const char *q = l; blank && *q; q++)
            tabs += *q == '\t';
        int empty_cells = tabs >= 4 && strcmp(r->layout, "tabs") == 0;
        if (is_skipped(&skip, i + 1) || (blank && !empty_cells) ||
            layout_page_mark(r, i + 1, pages))
            continue;
        int rc;
        /* "减少" alone on its line and its figure on the next (a 2019 本年增/减 wrapped in its
         * narrow cell): one signed figure */
        const char *w = l, *f = i + 1 < r->nlines ? r->lines[i + 1] : "";
        size_t wn = trim_span(&w, strlen(w)), fn = trim_span(&f, strlen(f));
        double fv;
        if (sign_word(w, wn) && fn && !is_skipped(&skip, i + 2) &&
            num_parse(f, fn, &fv) == NUM_PLAIN) {
            char *joined = rep_printf(r, "%.*s%.*s", (int)wn, w, (int)fn, f);
            colpos cp = {l, NULL, 1};
            if (!joined || lgrid_add_cell(g, joined, strlen(joined), i + 1, col_of(&cp, w)) ||
                lgrid_end_row(g))
                return -1;
            i++;
            continue;
        }
        /* (A tab that only ends the line is a cell in a tab-separated table, and padding in
         * space-aligned text.) */
        if (inner_tab(l) || (strchr(l, '\t') && strcmp(r->layout, "tabs") == 0))
            rc = split_tabs(g, l, i + 1, closed);
        else if ((layout_pipe_row(l) &&
                  (markdown || l[strspn(l, " ")] == '|' || figures_piped(l))) ||
                 (markdown && strchr(l, '|'))) /* (a row of two cells: one bar between) */
            rc = split_pipes(g, l, i + 1);
        else
            rc = split_spaces(g, l, i + 1);
        unsigned empty = rc ? 0 : dumped_blank(r, i, spaced);
        if (empty)
            rc = lgrid_add_cell(g, "", 0, empty, 1) || lgrid_end_row(g);
        if (rc)
            return -1;
    }
    return 0;
}
