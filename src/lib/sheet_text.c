/*
 * Spreadsheet cells written for the readers.  The report reader wants the lines a table copied
 * out of Excel gives, so that the same recognizer reads a workbook as it reads text: a merged
 * cell is one cell, the columns it covers left out, but in the rows below its first an empty
 * cell, as Word writes a cell merged down.  The register's import wants CSV, each row on the
 * line of its number, so that a message names the row Excel shows, and a cell merged down its
 * value on every row.
 */
#include "lib/sheet_text.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xxgk/xxgk.h"

void sheet_listed(sheet_list *l, const xbuf *out, const char *name)
{
    if (l->n >= SHEET_LISTED)
        return;
    size_t n = strlen(name), cap = sizeof l->name[0] - 1;
    if (n > cap) /* (not inside a UTF-8 character) */
        for (n = cap; n && ((unsigned char)name[n] & 0xC0) == 0x80; n--)
            ;
    memcpy(l->name[l->n], name, n);
    l->name[l->n][n] = '\0';
    l->start[l->n++] = out->len;
}

void sheet_begin(sheet_writer *w, xbuf *out, int csv, const sheet_range *merges, size_t n)
{
    memset(w, 0, sizeof *w);
    w->out = out;
    w->csv = csv;
    w->merges = merges;
    w->nmerges = n > 65535 ? 65535 : n;
    w->line = 1;
    w->next = -1;
    xbuf_init(&w->fills, 0);
    if (csv && w->nmerges) {
        if ((w->fill_at = malloc(w->nmerges * sizeof *w->fill_at)) != NULL)
            for (size_t i = 0; i < w->nmerges; i++)
                w->fill_at[i] = -1;
        else
            out->failed = 1;
    }
}

/* Whether column col of the current row is covered by a merged range it does not begin. */
static int covered(const sheet_writer *w, long col)
{
    return col >= 0 && col < SHEET_MAX_COLS && w->covered[col];
}

/* A CSV field: quoted when it holds a comma, a quote or a line break, its quotes doubled. */
static void csv_field(xbuf *out, const char *s, size_t n)
{
    if (!memchr(s, ',', n) && !memchr(s, '"', n) && !memchr(s, '\n', n) && !memchr(s, '\r', n)) {
        xbuf_put(out, s, n);
        return;
    }
    xbuf_putc(out, '"');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"')
            xbuf_putc(out, '"');
        xbuf_putc(out, s[i]);
    }
    xbuf_putc(out, '"');
}

/* A CSV field at column col of the current row (after the last written). */
static void csv_at(sheet_writer *w, long col, const char *text, size_t n)
{
    for (long k = w->next < 0 ? 0 : w->next; k < col; k++)
        xbuf_putc(w->out, ',');
    if (w->next >= 0)
        xbuf_putc(w->out, ',');
    w->next = col + 1;
    csv_field(w->out, text, n);
}

/* CSV: the values of ranges merged down that the current row repeats, in the columns before
 * col not yet written. */
static void fills_before(sheet_writer *w, long col)
{
    for (long k = w->next < 0 ? 0 : w->next; w->fill_at && k < col && k < SHEET_MAX_COLS; k++) {
        long at = w->fill[k] ? w->fill_at[w->fill[k] - 1] : -1;
        if (at >= 0)
            csv_at(w, k, w->fills.data + at, strlen(w->fills.data + at));
    }
}

static void row_end(sheet_writer *w)
{
    if (!w->row)
        return;
    if (w->csv)
        fills_before(w, SHEET_MAX_COLS);
    if (w->next >= 0 || w->csv) {
        xbuf_putc(w->out, '\n');
        w->line++;
    }
}

void sheet_row(sheet_writer *w, long row)
{
    row_end(w);
    w->row = row;
    w->next = -1;
    /* the columns each range reaching the row covers, but for the cell it begins with: counted
     * as differences, then summed, so a row costs its ranges and its columns, not both */
    int diff[SHEET_MAX_COLS + 1];
    memset(diff, 0, sizeof diff);
    for (size_t i = 0; i < w->nmerges; i++) {
        const sheet_range *m = &w->merges[i];
        if (row < m->r1 || row > m->r2 || m->c2 < 0 || m->c1 >= SHEET_MAX_COLS || m->c1 > m->c2)
            continue;
        long a = m->c1 < 0 ? 0 : m->c1, z = m->c2 >= SHEET_MAX_COLS ? SHEET_MAX_COLS - 1 : m->c2;
        diff[a]++;
        diff[z + 1]--;
        /* its first column is a cell in every row it spans: its value in the first, an empty
         * cell in those below, as Word writes a cell merged down (so a figure merged over two
         * rows leaves the figures after it in their columns) */
        if (m->c1 >= 0)
            diff[m->c1]--, diff[m->c1 + 1]++;
    }
    int sum = 0;
    for (int k = 0; k < SHEET_MAX_COLS; k++) {
        sum += diff[k];
        w->covered[k] = sum > 0;
    }
    /* CSV: the rows a sheet leaves out are empty lines, so that row n is on line n (a range
     * merged down over one of them leaves it so: a row with nothing of its own is none) */
    for (; w->csv && w->line < row; w->line++)
        xbuf_putc(w->out, '\n');
    if (!w->fill_at)
        return;
    memset(w->fill, 0, sizeof w->fill);
    memset(w->starts, 0, sizeof w->starts);
    for (size_t i = 0; i < w->nmerges; i++) {
        const sheet_range *m = &w->merges[i];
        if (m->r2 > m->r1 && row >= m->r1 && row <= m->r2 && m->c1 >= 0 &&
            m->c1 < SHEET_MAX_COLS && m->c1 <= m->c2)
            *(row == m->r1 ? &w->starts[m->c1] : &w->fill[m->c1]) = (unsigned short)(i + 1);
    }
}

void sheet_cell(sheet_writer *w, long col, const char *text, size_t n)
{
    xbuf *out = w->out;
    if (!w->row || col < w->next || col < 0 || col >= SHEET_MAX_COLS)
        return;
    if (w->csv) { /* every column in its place */
        fills_before(w, col);
        long at = w->fill_at && w->fill[col] ? w->fill_at[w->fill[col] - 1] : -1;
        if (at >= 0)
            csv_at(w, col, w->fills.data + at, strlen(w->fills.data + at));
        else
            csv_at(w, col, text, covered(w, col) ? 0 : n);
        if (w->fill_at && w->starts[col]) { /* (kept with its NUL, for the rows below) */
            w->fill_at[w->starts[col] - 1] = (long)w->fills.len;
            xbuf_put(&w->fills, text, n);
            xbuf_putc(&w->fills, '\0');
            if (w->fills.failed)
                out->failed = 1;
        }
        return;
    }
    if (covered(w, col) || w->hidden[col])
        return;
    if (w->next >= 0) {
        for (long k = w->next; k < col; k++)
            if (!covered(w, k) && !w->hidden[k])
                xbuf_putc(out, '\t');
        xbuf_putc(out, '\t');
    }
    /* a cell's own tabs and line breaks would split it; but a row's first cell holding
     * paragraphs (the report's text typed into one cell, Alt+Enter between them) is lines */
    size_t breaks = 0;
    for (size_t i = 0; w->next < 0 && n > 360 && i < n; i++)
        breaks += text[i] == '\n';
    while (breaks >= 3 && n && (text[n - 1] == '\n' || text[n - 1] == '\r'))
        n--; /* (the last paragraph's break: the row's end is the line's) */
    for (size_t i = 0; i < n; i++)
        if (text[i] == '\r' && (breaks >= 3 || (i + 1 < n && text[i + 1] == '\n')))
            continue; /* (Excel's Alt+Enter keeps a carriage return beside the line break) */
        else if (text[i] == '\n' && breaks >= 3)
            xbuf_putc(out, '\n');
        else
            xbuf_putc(out, text[i] == '\t' || text[i] == '\n' || text[i] == '\r' ? ' '
                                                                                 : text[i]);
    w->next = col + 1;
}

void sheet_hide_cols(sheet_writer *w, long c1, long c2)
{
    for (long k = c1 < 0 ? 0 : c1; !w->csv && k <= c2 && k < SHEET_MAX_COLS; k++)
        w->hidden[k] = 1;
}

void sheet_end(sheet_writer *w)
{
    row_end(w);
    xbuf_free(&w->fills);
    free(w->fill_at);
    w->fill_at = NULL;
}

/* ---- a format's code, piece by piece ---- */

/* A piece of a format's code (the one reading of it that judging a date, scaling and rendering
 * share): kind '0', '#' or '?' a digit's place, '.' the decimal point, ',' a comma, '%' a
 * percent sign, 't' text shown as it is (s, n: quoted, escaped, a currency's symbol, a
 * character of no meaning), 'y' a date's year or day, 'h' a month, hour, minute or second,
 * 'G' the word General (G/通用格式 in Chinese Excel), '@' the text, 'E' scientific, '/' a
 * fraction's bar (# ?/?), ';' the end of a section, 'b' a colour and 'f' a fill (nothing
 * shown), 'c' a condition ([<=100]: which section shows a number), 'x' a quote or a bracket
 * never closed (the code read no further), 0 the end. */
typedef struct {
    char kind;
    const char *s;
    size_t n;
} fmt_piece;

#define FMT_PIECES 64

/* The length of the UTF-8 character at s (1 for a stray byte). */
static size_t char_len(const char *s)
{
    unsigned char c = (unsigned char)*s;
    size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    for (size_t i = 1; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            return 1;
    return n;
}

/* The piece of code at *c, *c moved past it. */
static fmt_piece fmt_next(const char **c)
{
    static const char space[] = " ", general_zh[] = "G/通用格式";
    const char *p = *c;
    fmt_piece t = {'t', p, 1};
    if (!*p) {
        t.kind = 0;
    } else if (strncasecmp(p, "General", 7) == 0) {
        t = (fmt_piece){'G', p, 7};
    } else if (strncmp(p, general_zh, sizeof general_zh - 1) == 0) {
        t = (fmt_piece){'G', p, sizeof general_zh - 1};
    } else if (*p == '"' || *p == '[') {
        const char *q = strchr(p + 1, *p == '"' ? '"' : ']');
        if (!q) {
            *c = p + strlen(p);
            return (fmt_piece){'x', p, 0};
        }
        *c = q + 1;
        if (*p == '"')
            return (fmt_piece){'t', p + 1, (size_t)(q - p - 1)};
        if (p[1] == '<' || p[1] == '>' || p[1] == '=')
            return (fmt_piece){'c', p, 0};
        if (p[1] != '$')
            return (fmt_piece){'b', p, 0};
        size_t k = strcspn(p + 2, "-]"); /* ([$¥-804]: its symbol shown) */
        return (fmt_piece){'t', p + 2, k < (size_t)(q - p - 2) ? k : (size_t)(q - p - 2)};
    } else if ((*p == '\\' || *p == '_' || *p == '*') && p[1]) {
        /* a character shown as itself; a space its width; a fill */
        size_t k = char_len(p + 1);
        *c = p + 1 + k;
        return *p == '\\' ? (fmt_piece){'t', p + 1, k}
               : *p == '_' ? (fmt_piece){'t', space, 1}
                           : (fmt_piece){'f', p, 0};
    } else if (strchr("0#?.,;@%/", *p)) {
        t.kind = *p;
    } else if (strchr("yYdD", *p)) {
        t.kind = 'y';
    } else if (strchr("mMhHsS", *p)) {
        t.kind = 'h';
    } else if (*p == 'E' || *p == 'e') {
        t.kind = 'E';
    } else {
        t.n = char_len(p);
    }
    *c = p + t.n;
    return t;
}

int sheet_format_is_date(long id, const char *code)
{
    /* Excel's own date formats, and those of Chinese, Japanese and Korean Excel */
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return 1;
    /* a format of the workbook's own: a year or a day outside its text */
    fmt_piece t;
    for (const char *c = code ? code : ""; (t = fmt_next(&c)).kind && t.kind != 'x';)
        if (t.kind == 'y')
            return 1;
    return 0;
}

unsigned sheet_format_scale(const char *code)
{
    unsigned commas = 0, decimals = 0;
    int digits = 0, point = 0;
    fmt_piece t;
    for (const char *c = code ? code : "";
         (t = fmt_next(&c)).kind && t.kind != ';' && t.kind != 'x';) {
        if (t.kind == '0' || t.kind == '#' || t.kind == '?') {
            digits = 1, commas = 0;
            decimals += (unsigned)point;
        } else if (t.kind == '.') {
            point = 1;
        } else if (t.kind == ',' && digits) {
            commas++;
        } else if (t.kind == 'E') {
            return 0; /* (scientific: its commas are no scale) */
        } else if (t.kind == 'c') {
            return 0; /* (the first section may not be the one that shows a number) */
        }
    }
    if (!commas)
        return 0;
    return (commas > 3 ? 3 : commas) << 1 | (decimals > 15 ? 15 : decimals) << 3;
}

void sheet_format_define(sheet_formats *f, long id, const char *code)
{
    if (!(id >= 0 && id < 65536 && code))
        return;
    int date = sheet_format_is_date(-1, code);
    f->own[id] = (unsigned char)(0x80 | (date ? 1 : sheet_format_scale(code)));
    if (date)
        return;
    if (f->nkept == f->capkept) {
        size_t cap = f->capkept ? 2 * f->capkept : 16;
        void *grown = cap <= 65536 ? realloc(f->kept, cap * sizeof *f->kept) : NULL;
        if (!grown)
            return;
        f->kept = grown;
        f->capkept = cap;
    }
    char *copy = strdup(code);
    if (copy) {
        f->kept[f->nkept].id = id;
        f->kept[f->nkept++].code = copy;
    }
}

const char *sheet_format_code(const sheet_formats *f, long id)
{
    const char *code = NULL;
    for (size_t i = 0; i < f->nkept; i++) /* (the last definition of id, as own[] has it) */
        if (f->kept[i].id == id)
            code = f->kept[i].code;
    return code && !(f->own[id] & 1) ? code : NULL;
}

void sheet_formats_free(sheet_formats *f)
{
    for (size_t i = 0; i < f->nkept; i++)
        free(f->kept[i].code);
    free(f->kept);
    f->kept = NULL;
    f->nkept = f->capkept = 0;
}

/* ---- a format's code rendered ---- */

/* The pieces of the section at *c (text alone, "无", shows the text), *c moved past it; their
 * number, or -1 for a code not rendered (text, General, scientific, a fraction, a date or a
 * time, an empty section or too long a one).  *group: a comma between the integer part's digits;
 * *thousands: the commas after them (each divides by 1000); *percent: the % signs (each
 * multiplies by 100). */
static int fmt_pieces(const char **c, fmt_piece *p, int *group, int *thousands, int *percent)
{
    int n = 0, point = 0, digits = 0, commas = 0, bad = 0;
    *group = *thousands = *percent = 0;
    for (fmt_piece t; (t = fmt_next(c)).kind && t.kind != ';';) {
        if (strchr("GyhE@x/", t.kind) || n == FMT_PIECES) {
            bad = 1;
        } else if (t.kind == '0' || t.kind == '#' || t.kind == '?') {
            if (commas && !point && digits)
                *group = 1; /* (#,##0: the comma stood between digits) */
            commas = 0;
            digits++;
            p[n++] = t;
        } else if (t.kind == '.' && !point) {
            point = 1;
            *thousands += commas, commas = 0;
            p[n++] = t;
        } else if (t.kind == ',') {
            commas += digits > 0;
        } else if (t.kind != 'b' && t.kind != 'f') {
            *percent += t.kind == '%';
            p[n++] = (fmt_piece){'t', t.s, t.n}; /* (a second point: text) */
        }
    }
    if (bad || n == 0)
        return -1;
    *thousands += commas;
    return n;
}

int sheet_format_render(xbuf *b, double d, const char *code)
{
    if (!code || !isfinite(d))
        return 0;
    /* the section: positive; negative (shown without its minus); zero; a fourth, for text, is
     * not a number's.  A condition in any section ([<=100]"小"0;"大"0) chooses otherwise:
     * such a code is not rendered, lest 150 show as 小150 */
    const char *sec[3] = {code, NULL, NULL};
    int nsec = 1;
    for (const char *c = code;;) {
        fmt_piece t = fmt_next(&c);
        if (!t.kind)
            break;
        if (t.kind == 'x' || t.kind == 'c')
            return 0;
        if (t.kind == ';' && nsec < 3)
            sec[nsec++] = c;
    }
    int which = d < 0 && nsec >= 2 ? 1 : d == 0 && nsec >= 3 ? 2 : 0;
    int minus = d < 0 && which == 0;
    double v = fabs(d);
    fmt_piece p[FMT_PIECES];
    int group, thousands, percent;
    const char *at = sec[which];
    int n = fmt_pieces(&at, p, &group, &thousands, &percent);
    if (n < 0)
        return 0;
    for (int i = 0; i < thousands; i++)
        v /= 1000;
    for (int i = 0; i < percent; i++)
        v *= 100;
    int point = -1, decimals = 0, last = -1; /* the point; the places after it; the last */
    for (int i = 0; i < n; i++)
        if (p[i].kind == '.')
            point = i;
        else if (p[i].kind != 't')
            decimals += point >= 0, last = i;
    if (v >= 1e15 || decimals > 15)
        return 0; /* (digits past those a double holds) */
    char digits[64];
    /* (as Excel rounds: half away from zero) */
    double shift = pow(10, decimals);
    snprintf(digits, sizeof digits, "%.*f", decimals, round(v * shift) / shift);
    char *dot = strchr(digits, '.');
    const char *frac = dot ? dot + 1 : "";
    if (dot)
        *dot = '\0';
    size_t nint = strlen(digits);
    if (strcmp(digits, "0") == 0)
        nint = 0; /* (a zero shown only by a 0 of the format: "#.00" shows .50) */
    if (round(v * shift) == 0)
        minus = 0;
    if (minus)
        xbuf_putc(b, '-');
    /* the integer part: the digits to its places from the right, those left over to the first
     * (a 0 place with no digit shows 0, a ? a space, a # nothing); grouped, the digits (padded
     * to the 0 places) with their commas where the first place stands */
    int top = point < 0 ? n : point, first = -1, zeros = 0;
    for (int i = 0; i < top; i++)
        if (p[i].kind != 't') {
            first = first < 0 ? i : first;
            zeros += p[i].kind == '0';
        }
    size_t k = nint; /* the digits not yet placed: digits[0..k) */
    char place[FMT_PIECES];
    for (int i = top - 1; i >= 0; i--)
        place[i] = p[i].kind == 't' || i == first ? 0
                   : k                              ? digits[--k]
                   : p[i].kind == '0'               ? '0'
                   : p[i].kind == '?'               ? ' '
                                                    : 0;
    for (int i = 0; i < top; i++) {
        if (p[i].kind == 't') {
            xbuf_put(b, p[i].s, p[i].n);
        } else if (i == first && group) {
            char all[64];
            size_t m = 0;
            for (size_t z = nint; z < (size_t)zeros && m < 32; z++)
                all[m++] = '0';
            for (size_t z = 0; z < nint && m < sizeof all; z++)
                all[m++] = digits[z];
            for (size_t q = 0; q < m; q++) {
                xbuf_putc(b, all[q]);
                if ((m - q - 1) % 3 == 0 && q + 1 < m)
                    xbuf_putc(b, ',');
            }
            for (int j = i + 1; j < top; j++) /* (its text: after the digits) */
                if (p[j].kind == 't')
                    xbuf_put(b, p[j].s, p[j].n);
            break;
        } else if (i == first) {
            xbuf_put(b, digits, k);
            if (!k && p[i].kind != '#')
                xbuf_putc(b, p[i].kind == '0' ? '0' : ' ');
        } else if (place[i]) {
            xbuf_putc(b, place[i]);
        }
    }
    if (first < 0 && last >= 0) /* (".00": the integer's digits before the point all the same) */
        xbuf_put(b, digits, nint);
    /* the point and the places after it: trailing zeros a # shows not, a ? as spaces */
    size_t shown = strlen(frac);
    for (int i = last; point >= 0 && i > point && shown; i--)
        if (p[i].kind == 't')
            continue;
        else if (p[i].kind != '0' && frac[shown - 1] == '0')
            shown--;
        else
            break;
    size_t f = 0;
    for (int i = point; i >= 0 && i < n; i++) {
        if (p[i].kind == 't' || p[i].kind == '.')
            xbuf_put(b, p[i].s, p[i].n);
        else if (f < shown)
            xbuf_putc(b, frac[f++]);
        else if (f++, p[i].kind == '?')
            xbuf_putc(b, ' ');
    }
    return 1;
}

int sheet_format_shows_date(const sheet_formats *f, long id)
{
    unsigned char o = id >= 0 && id < 65536 ? f->own[id] : 0;
    return o ? o & 1 : sheet_format_is_date(id, NULL);
}

unsigned sheet_format_shows_scale(const sheet_formats *f, long id)
{
    unsigned char o = id >= 0 && id < 65536 ? f->own[id] : 0;
    return o & 1 ? 0 : o & 0x7E;
}

void sheet_put_number(xbuf *b, double d, unsigned scale)
{
    unsigned k = scale >> 1 & 3;
    if (!k) {
        xbuf_printf(b, "%.15g", d);
        return;
    }
    int decimals = (int)(scale >> 3 & 15);
    double shift = 1;
    for (int i = 0; i < decimals; i++)
        shift *= 10;
    for (unsigned i = 0; i < k; i++)
        d /= 1000;
    /* (as Excel rounds: half away from zero, 86500 in "0," is 87; + 0.0 makes -0 a 0) */
    xbuf_printf(b, "%.*f", decimals, round(d * shift) / shift + 0.0);
}

void sheet_put_shown(xbuf *b, double d, unsigned shows, const char *code, int dates,
                     int date1904)
{
    if (dates && (shows & 1) && sheet_put_date(b, d, date1904))
        return;
    if (!(code && !(shows & 1) && sheet_format_render(b, d, code)))
        sheet_put_number(b, d, shows & 0x7E);
}

int sheet_put_date(xbuf *b, double days, int date1904)
{
    /* 1901-01-01 .. 9999-12-31 (the 1904 count is 1462 days behind) */
    if (!(days >= 367 && days < (date1904 ? 2958466 - 1462 : 2958466)))
        return 0;
    /* day 25569 is 1970-01-01 (day 24107 in a workbook counting from 1904) */
    char buf[11];
    xxgk_date_format((xxgk_date)((long)days - (date1904 ? 24107 : 25569)), buf);
    xbuf_puts(b, buf);
    return 1;
}
