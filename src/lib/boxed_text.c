/*
 * Drawn tables: a web page dumped as text (w3m -dump), a terminal's copy or a grid table draws
 * each cell with box characters (│ ─ ┼) or ASCII (| - +), wrapping a long label over several
 * lines of its cell and a merged cell over several rows.  This pass finds the grid, joins each
 * cell's lines and writes each row of cells as a tab-separated line, as a table copied from
 * Word reads, so that the ordinary reader places its figures.
 */
#define _GNU_SOURCE /* memmem */
#include "lib/boxed_text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "util/text.h"

/* What a character is in a drawn table. */
enum { TEXT, VERT, HORIZ, JOIN };

/* A character of a line, or a run of them side by side of one kind, text or a line across:
 * where it stands (in columns), what it is.  (Runs, as a drawn table is mostly long rules and
 * words, and every loop over a block goes through its glyphs.) */
typedef struct {
    uint32_t col, off;     /* column; byte offset in the line */
    uint16_t width, len;   /* columns, bytes */
    uint8_t cls;
} glyph;

/* The most columns or bytes a run takes before another begins. */
#define RUN_MAX 60000

/* Past this many cells of lines by columns a block is left as it is: no table is that big. */
#define MAX_GRID (1u << 20)
#define MAX_BLOCK ((size_t)4 << 20) /* (nor is one of this many bytes) */

/* Box drawing characters (U+2500-U+257F) by kind: which are lines across, which down, the
 * rest corners and joints (the four diagonals aside). */
static int box_class(int32_t cp)
{
    /* U+2500-U+257F in order, sixteen a line: H across, V down, J a joint or corner, T text */
#define H HORIZ
#define V VERT
#define J JOIN
#define T TEXT
    static const unsigned char kind[128] = {
        H, H, V, V, H, H, V, V, H, H, V, V, J, J, J, J, /* 2500 */
        J, J, J, J, J, J, J, J, J, J, J, J, J, J, J, J, /* 2510 */
        J, J, J, J, J, J, J, J, J, J, J, J, J, J, J, J, /* 2520 */
        J, J, J, J, J, J, J, J, J, J, J, J, J, J, J, J, /* 2530 */
        J, J, J, J, J, J, J, J, J, J, J, J, H, H, V, V, /* 2540 */
        H, V, J, J, J, J, J, J, J, J, J, J, J, J, J, J, /* 2550 */
        J, J, J, J, J, J, J, J, J, J, J, J, J, J, J, J, /* 2560 */
        J, T, T, T, H, V, H, V, H, V, H, V, H, V, H, V, /* 2570 */
    };
#undef H
#undef V
#undef J
#undef T
    return cp < 0x2500 || cp > 0x257F ? TEXT : kind[cp - 0x2500];
}

static int ascii_class(int32_t cp)
{
    return cp == '|' ? VERT : cp == '+' ? JOIN : cp == '-' || cp == '=' ? HORIZ : TEXT;
}

/* Characters a terminal draws one column wide or two, as it is set for Western or East Asian
 * text: punctuation such as “ ” — …, circled numbers, arrows, and box drawing itself. */
static int ambiguous(int32_t cp)
{
    return (cp >= 0xA1 && cp <= 0xFF && cp != 0xAD) || (cp >= 0x2010 && cp <= 0x203B) ||
           cp == 0x2103 || cp == 0x2116 || (cp >= 0x2160 && cp <= 0x21FF) ||
           (cp >= 0x2460 && cp <= 0x24FF) || (cp >= 0x2500 && cp <= 0x25FF) ||
           (cp >= 0x2600 && cp <= 0x26FF);
}

/* Width conventions tried in turn: ambiguous characters one column, two, or every character
 * beyond ASCII two (an editor's). */
static unsigned char_width(int32_t cp, int convention)
{
    if (cp < 0x80)
        return 1;
    if (cp >= 0x2500 && cp <= 0x257F) /* (box drawing, ambiguous: the table's own lines) */
        return convention ? 2 : 1;
    if (convention == 2 || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3000 && cp <= 0x303E) ||
        (cp >= 0xFF01 && cp <= 0xFF60))
        return 2; /* (Chinese, its punctuation and full-width forms: most of a table's text) */
    if (ambiguous(cp))
        return convention == 1 ? 2 : 1;
    int w = utf8proc_charwidth(cp);
    return w < 0 ? 1 : (unsigned)w;
}

/* The eight bytes at u as a number, in whatever order: compared, not read. */
static inline uint64_t load8(const unsigned char *u)
{
    uint64_t w;
    memcpy(&w, u, sizeof w);
    return w;
}

/* A line's glyphs under a width convention, but for spaces and tabs (a column each): half a
 * drawn table's characters, they only pad its cells; the number of them (0 when blank).  In
 * ASCII a rule's run is one glyph but text is not: a : in one is a rule's alignment mark. */
static size_t line_glyphs(glyph *g, const char *s, size_t n, int convention, int ascii)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t k = 0;
    uint32_t col = 0;
    for (size_t i = 0; i < n;) {
        if (u[i] == '\f') { /* (a page break, pdftotext's at a line's start: no column) */
            i++;
            continue;
        }
        if (u[i] == ' ' || u[i] == '\t') { /* (eight at a time where there are as many) */
            size_t j = i + 1;
            while (n - j >= 8 && load8(u + j) == UINT64_C(0x2020202020202020))
                j += 8;
            while (j < n && (u[j] == ' ' || u[j] == '\t'))
                j++;
            col += (uint32_t)(j - i);
            i = j;
            continue;
        }
        glyph x = {col, (uint32_t)i, 1, 1, TEXT};
        if (u[i] < 0x80) {
            x.cls = (uint8_t)(ascii ? ascii_class(u[i]) : TEXT);
        } else {
            int32_t cp;
            if (u[i] >= 0xE1 && u[i] <= 0xEF && u[i] != 0xED && n - i >= 3 &&
                (u[i + 1] & 0xC0) == 0x80 && (u[i + 2] & 0xC0) == 0x80) {
                /* (three bytes with no overlong or surrogate form: Chinese, box drawing) */
                cp = (int32_t)((u[i] & 0x0Fu) << 12 | (u[i + 1] & 0x3Fu) << 6 |
                               (u[i + 2] & 0x3Fu));
                x.len = 3;
            } else {
                x.len = (uint16_t)u8_next(s + i, n - i, &cp);
            }
            x.width = (uint16_t)char_width(cp, convention);
            x.cls = (uint8_t)(ascii ? TEXT : box_class(cp));
        }
        int runs = x.cls == HORIZ || (x.cls == TEXT && !ascii);
        glyph *run = k ? &g[k - 1] : NULL;
        if (runs && run && run->cls == x.cls && run->col + run->width == col &&
            run->len < RUN_MAX) { /* (a character's columns are never more than its bytes) */
            run->width = (uint16_t)(run->width + x.width);
            run->len = (uint16_t)(run->len + x.len);
        } else {
            run = &g[k];
            g[k++] = x;
        }
        col += x.width;
        i += x.len;
        /* (the same three-byte character again, a rule's ─ after ─: the run goes on with
         * nothing to read, two at a time while the eight bytes from here are those three
         * bytes before) */
        while (runs && x.len == 3 && n - i >= 8 && load8(u + i) == load8(u + i - 3) &&
               run->len < RUN_MAX - 6) {
            run->width = (uint16_t)(run->width + 2 * x.width);
            run->len = (uint16_t)(run->len + 6);
            col += 2u * x.width;
            i += 6;
        }
        while (runs && x.len == 3 && n - i >= 3 && u[i] == u[i - 3] && u[i + 1] == u[i - 2] &&
               u[i + 2] == u[i - 1] && run->len < RUN_MAX) {
            run->width = (uint16_t)(run->width + x.width);
            run->len = (uint16_t)(run->len + x.len);
            col += x.width;
            i += x.len;
        }
    }
    return k;
}

/* How a line is framed as a row of a drawn table: it begins and ends (spaces aside) with a line
 * down or a joint, in box characters (FRAMED_BOX) or in ASCII (FRAMED_ASCII); 0 for neither. */
enum { FRAMED_BOX = 1, FRAMED_ASCII = 2 };

static int box_edge(const unsigned char *u) /* (the three bytes of a line down or a joint) */
{
    if (u[0] != 0xE2 || (u[1] & 0xFE) != 0x94 || (u[2] & 0xC0) != 0x80)
        return 0;
    int c = box_class(0x2000 | (u[1] & 0x3F) << 6 | (u[2] & 0x3F));
    return c == VERT || c == JOIN;
}

static int framed(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t a = 0, e = n;
    while (a < n && (u[a] == ' ' || u[a] == '\t' || u[a] == '\f'))
        a++;
    while (e > a && (u[e - 1] == ' ' || u[e - 1] == '\t'))
        e--;
    if (e - a < 2)
        return 0;
    int ascii = (u[a] == '|' || u[a] == '+') && (u[e - 1] == '|' || u[e - 1] == '+');
    int box = e - a >= 3 && box_edge(u + a) && box_edge(u + e - 3);
    return (box ? FRAMED_BOX : 0) | (ascii ? FRAMED_ASCII : 0);
}

/* An ASCII grid's rule: + at both ends, - or = between, and nothing else but + and :. */
static int ascii_rule(const char *s, size_t n)
{
    size_t a = 0, e = n, dashes = 0, joints = 0;
    while (a < n && s[a] == ' ')
        a++;
    while (e > a && s[e - 1] == ' ')
        e--;
    for (size_t i = a; i < e; i++) {
        if (s[i] == '-' || s[i] == '=')
            dashes++;
        else if (s[i] == '+')
            joints++;
        else if (s[i] != ':')
            return 0;
    }
    return e > a && s[a] == '+' && s[e - 1] == '+' && dashes && joints >= 2;
}

/* Drop what b holds past its first n bytes. */
static void cut_to(xbuf *b, size_t n)
{
    if (b->data && n < b->len) {
        b->len = n;
        b->data[n] = '\0';
    }
}

/* Union-find over the grid's cells. */
static uint32_t find(uint32_t *up, uint32_t x)
{
    while (up[x] != x)
        x = up[x] = up[up[x]];
    return x;
}

static void unite(uint32_t *up, uint32_t a, uint32_t b)
{
    a = find(up, a), b = find(up, b);
    if (a != b)
        up[a > b ? a : b] = a < b ? a : b; /* (the root: the cell's first piece) */
}

/* One block of drawn lines, being read. */
typedef struct {
    const char **line; /* each line's text */
    size_t *len;
    size_t nl;
    glyph **g; /* each line's glyphs */
    size_t *ng;
    uint32_t *sep; /* the columns where a line down or a joint stands in some line */
    size_t nsep;
    uint32_t width; /* the columns every line spans (lay_out) */
    uint32_t *at; /* line i's first glyph at or past separator k: at[i * nsep + k] */
} block;

/* Lay the block's lines out under a convention: whether every line then ends in the same
 * column (a table drawn for that convention does). */
static int lay_out(block *b, int convention, int ascii)
{
    uint32_t end = 0;
    for (size_t i = 0; i < b->nl; i++) {
        b->ng[i] = line_glyphs(b->g[i], b->line[i], b->len[i], convention, ascii);
        size_t k = b->ng[i];
        uint32_t e = k ? b->g[i][k - 1].col + b->g[i][k - 1].width : 0;
        if (i && e != end)
            return 0;
        end = e;
    }
    b->width = end;
    return 1;
}

/* Where segment k (between separators k and k + 1) of line i starts and ends among its glyphs:
 * the glyph on separator k belongs to it unless it is a line or a joint. */
static inline void segment(const block *b, size_t i, size_t k, size_t *from, size_t *to, int *bar)
{
    const glyph *g = b->g[i];
    size_t a = b->at[i * b->nsep + k], n = b->ng[i];
    *bar = a < n && g[a].col == b->sep[k] && (g[a].cls == VERT || g[a].cls == JOIN);
    *from = a + (size_t)*bar;
    *to = b->at[i * b->nsep + k + 1];
}

/* Append characters [from, to) of line i, with the spaces between them (none at either end:
 * spaces are no characters here). */
static void put_span(xbuf *out, const block *b, size_t i, size_t from, size_t to)
{
    const glyph *g = b->g[i];
    const char *s = b->line[i];
    if (from < to)
        xbuf_put(out, s + g[from].off, g[to - 1].off + g[to - 1].len - g[from].off);
}

/* A cell of the grid: its first line and column, and its pieces' place in the list. */
typedef struct {
    uint32_t top, left, first, count;
} cell;

static int cmp_cell(const void *a, const void *b)
{
    const cell *x = a, *y = b;
    if (x->top != y->top)
        return (x->top > y->top) - (x->top < y->top);
    return (x->left > y->left) - (x->left < y->left);
}

/* Write the block's rows to out, a line for each of its lines.  0, 1 when it is no table
 * after all (out untouched), -1 when memory ran out. */
static int write_block(xbuf *out, block *b, int ascii)
{
    int convention = 0;
    while (convention < 3 && !lay_out(b, convention, ascii))
        convention++;
    if (convention == 3)
        return 1;
    /* the separators: every column holding a line down or a joint, marked, then listed in
     * order (every character stands before the lines' common end) */
    uint8_t *mark = calloc((size_t)b->width + 1, 1);
    b->sep = malloc(((size_t)b->width + 1) * sizeof *b->sep);
    if (!mark || !b->sep) {
        free(mark);
        return -1;
    }
    for (size_t i = 0; i < b->nl; i++)
        for (size_t k = 0; k < b->ng[i]; k++)
            if ((b->g[i][k].cls == VERT || b->g[i][k].cls == JOIN) && b->g[i][k].col < b->width)
                mark[b->g[i][k].col] = 1;
    b->nsep = 0;
    for (uint32_t col = 0; col < b->width; col++)
        if (mark[col])
            b->sep[b->nsep++] = col;
    free(mark);
    if (b->nsep < 2 || (size_t)b->nl * b->nsep > MAX_GRID)
        return 1;
    b->at = malloc(b->nl * b->nsep * sizeof *b->at);
    if (!b->at)
        return -1;
    for (size_t i = 0; i < b->nl; i++)
        for (size_t k = 0, x = 0; k < b->nsep; k++) {
            while (x < b->ng[i] && b->g[i][x].col < b->sep[k])
                x++;
            b->at[i * b->nsep + k] = (uint32_t)x;
        }
    size_t m = b->nsep - 1, cells = b->nl * m;
    /* A piece is a segment that is not a rule (a run of lines across); pieces touching down
     * the same column, or across a separator that this line does not draw, are one cell. */
    uint32_t *up = malloc(cells * sizeof *up);
    uint8_t *piece = calloc(cells, 1), *open = calloc(cells, 1);
    if (!up || !piece || !open) {
        free(up), free(piece), free(open);
        return -1;
    }
    for (size_t i = 0; i < b->nl; i++)
        for (size_t k = 0; k < m; k++) {
            size_t from, to;
            int bar, rule = 0, other = 0;
            segment(b, i, k, &from, &to, &bar);
            /* (a column with no character is a space: a rule has none, "| - |" is a cell) */
            uint32_t col = b->sep[k] + (bar ? b->g[i][from - 1].width : 0);
            const glyph *before = !bar && from ? &b->g[i][from - 1] : NULL;
            if (before && before->col + before->width > col) { /* (a run across separator k) */
                rule = before->cls == HORIZ;
                other = !rule;
                col = before->col + before->width;
            }
            for (size_t x = from; x < to; x++) {
                const glyph *g = &b->g[i][x];
                char c = b->line[i][g->off];
                if (g->cls == HORIZ)
                    rule = 1;
                else if (!(g->cls == JOIN || (ascii && c == ':')))
                    other = 1;
                other |= g->col != col;
                col = g->col + g->width;
            }
            other |= col < b->sep[k + 1];
            up[i * m + k] = (uint32_t)(i * m + k);
            piece[i * m + k] = !(rule && !other);
            open[i * m + k] = !bar; /* (separator k of line i drawn or not) */
        }
    for (size_t i = 0; i < b->nl; i++)
        for (size_t k = 0; k < m; k++) {
            size_t at = i * m + k;
            if (!piece[at])
                continue;
            if (i + 1 < b->nl && piece[at + m])
                unite(up, (uint32_t)at, (uint32_t)(at + m));
            if (k + 1 < m && piece[at + 1] && open[at + 1])
                unite(up, (uint32_t)at, (uint32_t)(at + 1));
        }
    /* the cells, each with its pieces in reading order (line, then column) */
    uint32_t *count = calloc(cells + 1, sizeof *count), *order = malloc(cells * sizeof *order);
    cell *list = malloc(cells * sizeof *list);
    if (!count || !order || !list) {
        free(up), free(piece), free(open), free(count), free(order), free(list);
        return -1;
    }
    size_t ncells = 0;
    for (size_t at = 0; at < cells; at++)
        if (piece[at])
            count[find(up, (uint32_t)at) + 1]++;
    for (size_t at = 0; at < cells; at++) {
        if (piece[at] && find(up, (uint32_t)at) == at) /* (a root is its cell's first piece) */
            list[ncells++] = (cell){(uint32_t)(at / m), (uint32_t)(at % m), 0, count[at + 1]};
        count[at + 1] += count[at];
    }
    for (size_t c = 0; c < ncells; c++) {
        list[c].first = count[list[c].top * m + list[c].left];
        list[c].left = UINT32_MAX;
    }
    uint32_t *fill = count; /* (now each cell's next free place) */
    for (size_t at = 0; at < cells; at++)
        if (piece[at])
            order[fill[find(up, (uint32_t)at)]++] = (uint32_t)at;
    for (size_t c = 0; c < ncells; c++)
        for (uint32_t p = list[c].first; p < list[c].first + list[c].count; p++)
            if (order[p] % m < list[c].left)
                list[c].left = (uint32_t)(order[p] % m);
    /* (in order of their first pieces, by line and column, the cells are in reading order but
     * for one whose piece on a later line stands further left: an insertion sort, linear on
     * the near-sorted list) */
    for (size_t i = 1; i < ncells; i++) {
        cell x = list[i];
        size_t j = i;
        for (; j > 0 && cmp_cell(&list[j - 1], &x) > 0; j--)
            list[j] = list[j - 1];
        list[j] = x;
    }
    /* one line per line of the block: the cells that begin there, tab-separated */
    xbuf text;
    xbuf_init(&text, 0);
    size_t c = 0;
    for (size_t i = 0; i < b->nl; i++) {
        size_t row_start = out->len;
        int any = 0;
        for (int first = 1; c < ncells && list[c].top == i; c++, first = 0) {
            xbuf_reset(&text);
            /* each line of the cell, from its first piece to its last (a separator it does
             * not draw is text), then the lines joined: a wrapped label */
            for (uint32_t p = list[c].first, end = p + list[c].count; p < end;) {
                size_t li = order[p] / m, from, to, unused_to, last = p;
                int bar;
                while (last + 1 < end && order[last + 1] / m == li)
                    last++;
                segment(b, li, order[p] % m, &from, &unused_to, &bar);
                segment(b, li, order[last] % m, &unused_to, &to, &bar);
                size_t before = text.len;
                if (before)
                    xbuf_putc(&text, ' ');
                put_span(&text, b, li, from, to);
                size_t at = before ? before + 1 : 0; /* (a reStructuredText line block's bar,
                                                      * "|" or "| 0", as pandoc writes a cell's
                                                      * paragraphs: no text of the cell) */
                if (ascii && text.len > at && text.data[at] == '|' &&
                    (text.len == at + 1 || text.data[at + 1] == ' ')) {
                    size_t bar_len = text.len == at + 1 ? 1 : 2;
                    memmove(text.data + at, text.data + at + bar_len, text.len - at - bar_len);
                    cut_to(&text, text.len - bar_len);
                }
                if (before && text.len == before + 1)
                    cut_to(&text, before); /* (an empty line of it) */
                p = (uint32_t)last + 1;
            }
            /* (the space put between lines, or any in a line, stays only between two ASCII
             * characters: Chinese wraps anywhere) */
            size_t w = 0;
            for (size_t x = 0; x < text.len; x++) {
                if (text.data[x] == ' ' && x && x + 1 < text.len) {
                    unsigned char l = (unsigned char)text.data[x - 1];
                    unsigned char r = (unsigned char)text.data[x + 1];
                    if (!(l < 0x80 && r < 0x80 && l != ' ' && r != ' '))
                        continue;
                }
                text.data[w++] = text.data[x];
            }
            any |= w > 0;
            if (!first)
                xbuf_putc(out, '\t');
            xbuf_put(out, text.data ? text.data : "", w);
        }
        if (!any) /* (a line of empty cells is no row) */
            cut_to(out, row_start);
        xbuf_putc(out, '\n');
    }
    xbuf_free(&text);
    free(up), free(piece), free(open), free(count), free(order), free(list);
    return out->failed ? -1 : 0;
}

/* Whether s may hold a drawn table at all: a line that begins (spaces aside) with box drawing
 * or an ASCII grid's corner.  (Only the lines' starts are read: most texts have none.) */
static int may_hold_table(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        while (i < n && (s[i] == ' ' || s[i] == '\t'))
            i++;
        if (i + 1 < n && (s[i] == '+' || ((unsigned char)s[i] == 0xE2 &&
                                          ((unsigned char)s[i + 1] & 0xFE) == 0x94)))
            return 1;
        const char *nl = memchr(s + i, '\n', n - i);
        if (!nl)
            break;
        i = (size_t)(nl - s) + 1;
    }
    return 0;
}

int boxed_tables(xbuf *out, const char *s, size_t n)
{
    if (!may_hold_table(s, n))
        return 0;
    /* the lines, and which are framed as a drawn table's */
    size_t nl = 1;
    for (const char *p = s; (p = memchr(p, '\n', n - (size_t)(p - s))) != NULL; p++)
        nl++;
    const char **line = malloc(nl * sizeof *line);
    size_t *len = malloc(nl * sizeof *len);
    if (!line || !len) {
        free(line), free(len);
        return -1;
    }
    nl = 0;
    for (size_t i = 0; i <= n;) {
        const char *nlp = memchr(s + i, '\n', n - i);
        size_t e = nlp ? (size_t)(nlp - s) : n;
        line[nl] = s + i;
        len[nl] = e - i - (e > i && s[e - 1] == '\r');
        nl++;
        if (!nlp)
            break;
        i = e + 1;
    }
    int found = 0, converted = 0, rc = 0;
    size_t copied = 0; /* lines written to out so far */
    for (size_t i = 0; i < nl && rc >= 0;) {
        int frame = framed(line[i], len[i]), ascii = !(frame & FRAMED_BOX);
        if (!frame) {
            i++;
            continue;
        }
        size_t e = i, rules = 0, joints = 0;
        while (e < nl && (framed(line[e], len[e]) & (ascii ? FRAMED_ASCII : FRAMED_BOX))) {
            rules += ascii && ascii_rule(line[e], len[e]);
            joints += !ascii && !joints && (memmem(line[e], len[e], "\xE2\x94\xBC", 3) ||
                                 memmem(line[e], len[e], "\xE2\x94\x9C", 3) ||
                                 memmem(line[e], len[e], "\xE2\x94\x8C", 3) ||
                                 memmem(line[e], len[e], "\xE2\x95", 2));
            e++;
        }
        size_t bytes = 0;
        for (size_t k = i; k < e; k++)
            bytes += len[k];
        if (e - i < 3 || (ascii ? !rules : !joints) || bytes > MAX_BLOCK) {
            i = e;
            continue;
        }
        block b = {line + i, len + i, e - i, NULL, NULL, NULL, 0, 0, NULL};
        b.g = calloc(b.nl, sizeof *b.g);
        b.ng = calloc(b.nl, sizeof *b.ng);
        /* (one array for all the lines' characters: a line has at most one a byte) */
        glyph *all = b.g && b.ng ? malloc((bytes + b.nl) * sizeof *all) : NULL;
        int ok = all != NULL;
        for (size_t k = 0, at = 0; ok && k < b.nl; at += b.len[k] + 1, k++)
            b.g[k] = all + at;
        if (!ok) {
            rc = -1;
        } else {
            if (!found)
                xbuf_init(out, 2 * n + 64);
            /* the lines before the block as they are */
            size_t from = (size_t)(line[copied] - s), to = (size_t)(line[i] - s);
            xbuf_put(out, s + from, to - from);
            size_t mark = out->len;
            int r = write_block(out, &b, ascii);
            if (r < 0)
                rc = -1;
            converted |= r == 0;
            if (r == 1) { /* (no grid after all: the lines as they are) */
                cut_to(out, mark);
                size_t end = e < nl ? (size_t)(line[e] - s) : n;
                xbuf_put(out, s + to, end - to);
            }
            found = 1;
            copied = e;
        }
        free(all), free(b.g), free(b.ng), free(b.sep), free(b.at);
        i = e;
    }
    if (found && rc >= 0 && copied < nl)
        xbuf_put(out, line[copied], n - (size_t)(line[copied] - s));
    free(line), free(len);
    int result = rc < 0 || (found && out->failed) ? -1 : converted;
    if (found && result != 1)
        xbuf_free(out); /* (or nothing drawn after all: the caller reads s) */
    return result;
}
