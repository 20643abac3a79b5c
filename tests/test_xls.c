/*
 * Excel 97-2003 input (src/lib/xls_text.c): workbooks written here record by record (BIFF8 in
 * an OLE2 container, through libgsf) read as a report's tables and as a register's ledger;
 * shared strings split over CONTINUE records, every kind of cell, dates, merged ranges; and
 * damaged, protected and older workbooks refused with a reason, never a crash.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/sheet_text.h"
#include "lib/xls_text.h"
#include "support.h"
#include "util/buf.h"

/* The sheets a CSV reading lists (that reading asked for by passing it). */
static sheet_list listed;
static sheet_list *as_csv(void)
{
    memset(&listed, 0, sizeof listed);
    return &listed;
}

static void put16(xbuf *b, unsigned v)
{
    xbuf_putc(b, (char)(v & 0xFF));
    xbuf_putc(b, (char)(v >> 8 & 0xFF));
}

static void put32(xbuf *b, uint32_t v)
{
    put16(b, v & 0xFFFF);
    put16(b, v >> 16);
}

static void put_f64(xbuf *b, double v)
{
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    put32(b, (uint32_t)bits);
    put32(b, (uint32_t)(bits >> 32));
}

static void rec(xbuf *wb, unsigned type, const xbuf *data)
{
    put16(wb, type);
    put16(wb, (unsigned)data->len);
    xbuf_put(wb, data->data ? data->data : "", data->len);
}

/* s as UTF-16LE code units; *n their number. */
static uint16_t *units(const char *s, size_t *n)
{
    size_t cap = strlen(s) * 2 + 2;
    char *out = malloc(cap), *in = (char *)s, *o = out;
    assert_non_null(out);
    iconv_t cd = iconv_open("UTF-16LE", "UTF-8");
    size_t inleft = strlen(s), outleft = cap;
    assert_true(iconv(cd, &in, &inleft, &o, &outleft) != (size_t)-1);
    iconv_close(cd);
    *n = (cap - outleft) / 2;
    return (uint16_t *)(void *)out;
}

/* An XLUnicodeString (16-bit count): compressed when every character fits a byte. */
static void ustring(xbuf *b, const char *s)
{
    size_t n;
    uint16_t *u = units(s, &n);
    int high = 0;
    for (size_t i = 0; i < n; i++)
        high |= u[i] > 0xFF;
    put16(b, (unsigned)n);
    xbuf_putc(b, (char)high);
    for (size_t i = 0; i < n; i++)
        high ? put16(b, u[i]) : (void)xbuf_putc(b, (char)u[i]);
    free(u);
}

/* The SST: records of at most `most` bytes, a string's characters carried into the next
 * CONTINUE after a byte giving their width again, as Excel writes long tables. */
static void sst(xbuf *wb, char *const *s, size_t n, size_t most)
{
    xbuf r;
    xbuf_init(&r, 0);
    unsigned type = 0x00FC;
    put32(&r, (uint32_t)n);
    put32(&r, (uint32_t)n);
    for (size_t i = 0; i < n; i++) {
        size_t k;
        uint16_t *u = units(s[i], &k);
        int high = 0;
        for (size_t j = 0; j < k; j++)
            high |= u[j] > 0xFF;
        if (r.len + 3 + (high ? 2 : 1) > most) { /* (a string's header is never split) */
            rec(wb, type, &r);
            xbuf_reset(&r);
            type = 0x003C;
        }
        put16(&r, (unsigned)k);
        xbuf_putc(&r, (char)high);
        for (size_t j = 0; j < k; j++) {
            if (r.len + (high ? 2 : 1) > most) {
                rec(wb, type, &r);
                xbuf_reset(&r);
                type = 0x003C;
                xbuf_putc(&r, (char)high);
            }
            high ? put16(&r, u[j]) : (void)xbuf_putc(&r, (char)u[j]);
        }
        free(u);
    }
    rec(wb, type, &r);
    xbuf_free(&r);
}

static void bof(xbuf *wb, unsigned version, unsigned kind)
{
    xbuf r;
    xbuf_init(&r, 0);
    put16(&r, version);
    put16(&r, kind);
    for (int i = 0; i < 12; i++)
        xbuf_putc(&r, 0);
    rec(wb, 0x0809, &r);
    xbuf_free(&r);
}

static void eof(xbuf *wb)
{
    put16(wb, 0x000A);
    put16(wb, 0);
}

/* A cell record's row, column and style. */
static void where(xbuf *r, unsigned row, unsigned col, unsigned xf)
{
    put16(r, row);
    put16(r, col);
    put16(r, xf);
}

typedef struct {
    xbuf cells;       /* the sheet's cell records */
    char *strings[256];
    size_t nstrings;
    int date1904, filepass;
    unsigned version; /* of the globals' BOF: 0x0600 (BIFF8) unless set */
    size_t sst_most;  /* SST record size; small, to split it */
    int empty_sheet;  /* a second, empty worksheet (as Excel's Sheet2) */
    int twice;        /* the worksheet listed twice */
    const char *stream; /* the stream's name, if not Workbook */
    int cut;            /* the stream ends without the sheet's EOF record */
    unsigned state;     /* the worksheet's: 0 shown, 1 hidden, 2 very hidden */
    xbuf before;        /* cell records of a sheet listed before it (none when empty) */
    unsigned before_state; /* that sheet's state */
} book;

static unsigned string_index(book *bk, const char *s)
{
    for (size_t i = 0; i < bk->nstrings; i++)
        if (strcmp(bk->strings[i], s) == 0)
            return (unsigned)i;
    assert_true(bk->nstrings < 256);
    bk->strings[bk->nstrings] = strdup(s);
    return (unsigned)bk->nstrings++;
}

static void label_sst(book *bk, unsigned row, unsigned col, const char *s)
{
    xbuf r;
    xbuf_init(&r, 0);
    where(&r, row, col, 0);
    put32(&r, string_index(bk, s));
    rec(&bk->cells, 0x00FD, &r);
    xbuf_free(&r);
}

static void number(book *bk, unsigned row, unsigned col, unsigned xf, double v)
{
    xbuf r;
    xbuf_init(&r, 0);
    where(&r, row, col, xf);
    put_f64(&r, v);
    rec(&bk->cells, 0x0203, &r);
    xbuf_free(&r);
}

/* An RK value: a whole number, or a double's high 30 bits. */
static uint32_t rk_of(double v)
{
    if (v == (int32_t)v && v < (1 << 29) && v > -(1 << 29))
        return (uint32_t)((int32_t)v * 4) | 2;
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    assert_int_equal(bits & 0x3FFFFFFFFull, 0); /* (exact in an RK) */
    return (uint32_t)(bits >> 32);
}

static void rk(book *bk, unsigned row, unsigned col, unsigned xf, double v)
{
    xbuf r;
    xbuf_init(&r, 0);
    where(&r, row, col, xf);
    put32(&r, rk_of(v));
    rec(&bk->cells, 0x027E, &r);
    xbuf_free(&r);
}

/* The workbook as an OLE2 file: globals (formats, styles, one worksheet, the strings), then
 * the worksheet with bk's cells. */
static bytes xls_of(book *bk)
{
    xbuf wb;
    xbuf_init(&wb, 0);
    bof(&wb, bk->version ? bk->version : 0x0600, 0x0005);
    xbuf r;
    xbuf_init(&r, 0);
    if (bk->filepass) {
        put16(&r, 1);
        rec(&wb, 0x002F, &r);
        xbuf_reset(&r);
    }
    put16(&r, (unsigned)bk->date1904);
    rec(&wb, 0x0022, &r);
    xbuf_reset(&r);
    put16(&r, 176);
    ustring(&r, "yyyy\"年\"m\"月\"d\"日\"");
    rec(&wb, 0x041E, &r);
    static const unsigned fmts[] = {0, 14, 176, 49};
    for (size_t i = 0; i < 4; i++) {
        xbuf_reset(&r);
        put16(&r, 0);
        put16(&r, fmts[i]);
        for (int k = 0; k < 16; k++)
            xbuf_putc(&r, 0);
        rec(&wb, 0x00E0, &r);
    }
    size_t sheet_at[4]; /* where each BOUNDSHEET8's offset goes */
    int first = bk->before.len > 0; /* (the sheet before it first) */
    int nsheets = first + 1 + (bk->empty_sheet != 0) + (bk->twice != 0);
    for (int i = 0; i < nsheets; i++) {
        sheet_at[i] = wb.len + 4;
        xbuf_reset(&r);
        put32(&r, 0);
        xbuf_putc(&r, (char)(i < first ? bk->before_state : i == first ? bk->state : 0));
        xbuf_putc(&r, 0);
        xbuf_putc(&r, 2); /* ShortXLUnicodeString: two compressed letters, S1, S2 ... */
        xbuf_putc(&r, 0);
        xbuf_printf(&r, "S%d", i + 1);
        rec(&wb, 0x0085, &r);
    }
    sst(&wb, bk->strings, bk->nstrings, bk->sst_most ? bk->sst_most : 8224);
    eof(&wb);
    uint32_t at = (uint32_t)wb.len;
    memcpy(wb.data + sheet_at[first], &at, 4);
    if (bk->twice)
        memcpy(wb.data + sheet_at[nsheets - 1], &at, 4);
    bof(&wb, 0x0600, 0x0010);
    xbuf_put(&wb, bk->cells.data ? bk->cells.data : "", bk->cells.len);
    if (!bk->cut)
        eof(&wb);
    if (bk->empty_sheet) {
        at = (uint32_t)wb.len;
        memcpy(wb.data + sheet_at[first + 1], &at, 4);
        bof(&wb, 0x0600, 0x0010);
        eof(&wb);
    }
    if (first) {
        at = (uint32_t)wb.len;
        memcpy(wb.data + sheet_at[0], &at, 4);
        bof(&wb, 0x0600, 0x0010);
        xbuf_put(&wb, bk->before.data, bk->before.len);
        eof(&wb);
    }
    assert_false(wb.failed);
    xbuf_free(&r);

    part stream = {bk->stream ? bk->stream : bk->version == 0x0500 ? "Book" : "Workbook",
                   wb.data, wb.len};
    bytes b = ole_streams(&stream, 1);
    xbuf_free(&wb);
    return b;
}

static void book_free(book *bk)
{
    for (size_t i = 0; i < bk->nstrings; i++)
        free(bk->strings[i]);
    xbuf_free(&bk->cells);
    xbuf_free(&bk->before);
}

/* Every line of text a row of bk's sheet, its tab-separated cells: words as shared strings,
 * whole figures as RK values, others as numbers. */
static void put_text(book *bk, const char *text)
{
    unsigned row = 0;
    for (const char *p = text; *p; row++) {
        size_t len = strcspn(p, "\n");
        unsigned col = 0;
        for (const char *c = p, *end = p + len; c <= end; col++) {
            size_t k = strcspn(c, "\t\n");
            if (c + k > end)
                k = (size_t)(end - c);
            char cell[1024];
            snprintf(cell, sizeof cell, "%.*s", (int)k, c);
            if (k && strspn(cell, "0123456789.") == k)
                strchr(cell, '.') ? number(bk, row, col, 0, atof(cell))
                                  : rk(bk, row, col, 0, atof(cell));
            else if (k)
                label_sst(bk, row, col, cell);
            c += k + 1;
        }
        p += len + (p[len] == '\n');
    }
}

/* A report's tables in an old workbook: every line of the fixture a row, words as shared
 * strings (their table split over many CONTINUE records, characters carried across), whole
 * figures as RK values, others as numbers: it reads as the text it came from. */
static void test_report(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    xxgk_report *want = read_text(text, n);
    book bk = {.sst_most = 301};
    xbuf_init(&bk.cells, 0);
    put_text(&bk, text);
    bytes x = xls_of(&bk);
    assert_true(xls_is_xls(x.data, x.len));
    xxgk_report *r = NULL;
    if (xxgk_report_read(&r, x.data, x.len, NULL) != 0)
        fail_msg("%s", xxgk_error_last());
    assert_string_equal(xxgk_report_layout(r), "xls");
    assert_string_equal(xxgk_report_encoding(r), "XLS");
    assert_same_report(want, r);
    xxgk_report_free(r);
    /* WPS's spreadsheets (.et) are the same records: read by what they hold, not their name */
    xxgk_read_options et = {.name = "报告.et"};
    assert_int_equal(xxgk_report_read(&r, x.data, x.len, &et), 0);
    assert_string_equal(xxgk_report_layout(r), "xls");
    assert_same_report(want, r);
    xxgk_report_free(r);
    /* cut short anywhere: read (what was whole) or refused with a reason, never a crash */
    for (size_t cut = 0; cut < x.len; cut += 97) {
        r = NULL;
        if (xxgk_report_read(&r, x.data, cut, NULL) == 0)
            xxgk_report_free(r);
        else
            assert_true(strlen(xxgk_error_last()) > 0);
    }
    free(x.data);
    book_free(&bk);
    xxgk_report_free(want);
    free(text);
}

/* A register kept in an old workbook: a merged title row above the header, dates as numbers
 * and RK values in date styles (one with a time of day), a formula's text, a description with
 * a comma, quotes and a line break, a row left out; messages name Excel's rows. */
static void ledger(book *bk, int bad_row)
{
    xbuf_init(&bk->cells, 0);
    label_sst(bk, 0, 0, "2024年依申请公开登记台账");
    static const char *const head[] = {"编号", "收到日期", "申请人", "申请人类型",
                                       "申请方式", "申请内容", "办理结果", "办结日期"};
    for (unsigned c = 0; c < 8; c++)
        label_sst(bk, 1, c, head[c]);
    xbuf r;
    xbuf_init(&r, 0);
    where(&r, 2, 0, 0);
    ustring(&r, "X1");
    rec(&bk->cells, 0x0204, &r); /* LABEL */
    number(bk, 2, 1, 1, 45356);
    label_sst(bk, 2, 2, "张三");
    label_sst(bk, 2, 3, "自然人");
    label_sst(bk, 2, 4, "网上申请");
    xbuf_reset(&r);
    where(&r, 2, 5, 0); /* FORMULA with a string result, then its STRING */
    static const unsigned char str_result[8] = {0, 0, 0, 0, 0, 0, 0xFF, 0xFF};
    xbuf_put(&r, (const char *)str_result, 8);
    for (int k = 0; k < 6; k++)
        xbuf_putc(&r, 0);
    rec(&bk->cells, 0x0006, &r);
    xbuf_reset(&r);
    ustring(&r, "关于\"某\"的，文件,附件\n第二页");
    rec(&bk->cells, 0x0207, &r);
    label_sst(bk, 2, 6, "予以公开");
    rk(bk, 2, 7, 2, 45363);
    xbuf_reset(&r); /* MULRK: row 5 (row 4 left out), columns 1-2 */
    put16(&r, 4);
    put16(&r, 0);
    put16(&r, 3);
    put32(&r, rk_of(1002));
    put16(&r, 1);
    put32(&r, rk_of(45358.625));
    put16(&r, 1);
    rec(&bk->cells, 0x00BD, &r);
    label_sst(bk, 4, 2, "某公司");
    label_sst(bk, 4, 3, "商业企业");
    label_sst(bk, 4, 4, "信函");
    label_sst(bk, 4, 5, "文件B");
    if (bad_row) {
        label_sst(bk, 5, 0, "X3");
        label_sst(bk, 5, 1, "2024-02-30");
        label_sst(bk, 5, 2, "李四");
        label_sst(bk, 5, 3, "自然人");
        label_sst(bk, 5, 4, "当面");
        label_sst(bk, 5, 5, "文件C");
    }
    xbuf_reset(&r); /* the title merged over A1:H1 */
    put16(&r, 1);
    put16(&r, 0);
    put16(&r, 0);
    put16(&r, 0);
    put16(&r, 7);
    rec(&bk->cells, 0x00E5, &r);
    xbuf_free(&r);
}

static char dir[64];

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/xxgk-xls-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

/* A new register in the test's own folder, each its own file. */
static xxgk_db *fresh_db(void)
{
    static int n;
    char path[128];
    snprintf(path, sizeof path, "%s/%d.db", dir, n++);
    return fresh_register(path);
}

static void test_ledger(void **state)
{
    (void)state;
    book bk = {.sst_most = 64};
    ledger(&bk, 0);
    bytes x = xls_of(&bk);
    xxgk_db *db = fresh_db();
    assert_ledger_imported(db, x.data, x.len, "台账.xls");
    xxgk_db_close(db);
    size_t added = 0;
    free(x.data);
    book_free(&bk);

    /* a day that does not exist in row 6: named as Excel numbers it; nothing added */
    memset(&bk, 0, sizeof bk);
    ledger(&bk, 1);
    x = xls_of(&bk);
    db = fresh_db();
    assert_int_equal(xxgk_request_import(db, x.data, x.len, "台账.xls", &added, NULL), XXGK_EINVAL);
    assert_int_equal(strncmp(xxgk_error_last(), "台账.xls: line 6: ", 18), 0);
    assert_int_equal(added, 0);
    xxgk_db_close(db);
    free(x.data);
    book_free(&bk);

    /* a workbook counting its days from 1904 */
    memset(&bk, 0, sizeof bk);
    bk.date1904 = 1;
    ledger(&bk, 0);
    x = xls_of(&bk);
    xbuf out;
    xbuf_init(&out, 0);
    char err[256];
    assert_int_equal(xls_to_text(&out, x.data, x.len, as_csv(), err, sizeof err), 0);
    /* (the same day counts, 1462 days later) */
    assert_non_null(strstr(out.data, "\nX1,2028-03-06,张三,"));
    assert_non_null(strstr(out.data, ",予以公开,2028-03-13\n"));
    xbuf_free(&out);
    free(x.data);
    book_free(&bk);
}

/* The text of workbook bk as the reader's lines (csv 0) or as CSV (csv 1); fails the test on
 * error. */
static char *text_of(book *bk, int csv)
{
    bytes x = xls_of(bk);
    xbuf out;
    xbuf_init(&out, 0);
    char err[256];
    if (xls_to_text(&out, x.data, x.len, csv ? as_csv() : NULL, err, sizeof err) != 0)
        fail_msg("%s", err);
    free(x.data);
    return xbuf_steal(&out);
}

/* Records Excel writes that an earlier reading missed: a shared formula's record between a
 * formula and its text, a text result longer than one record, a format of numbers with a word
 * in it, an empty second sheet, a sheet listed twice, the stream's name in capitals. */
static void test_records(void **state)
{
    (void)state;
    book bk = {.empty_sheet = 1, .twice = 1, .stream = "WORKBOOK"};
    xbuf_init(&bk.cells, 0);
    xbuf r;
    xbuf_init(&r, 0);
    static const unsigned char str_result[8] = {0, 0, 0, 0, 0, 0, 0xFF, 0xFF};
    where(&r, 0, 0, 0);
    xbuf_put(&r, (const char *)str_result, 8);
    for (int k = 0; k < 6; k++)
        xbuf_putc(&r, 0);
    rec(&bk.cells, 0x0006, &r); /* FORMULA, text result */
    xbuf_reset(&r);
    for (int k = 0; k < 8; k++)
        xbuf_putc(&r, 0);
    rec(&bk.cells, 0x04BC, &r); /* SHRFMLA */
    xbuf_reset(&r);
    ustring(&r, "填充的公式");
    rec(&bk.cells, 0x0207, &r); /* STRING */
    /* a formula whose text (9,000 letters) is carried on in a CONTINUE record */
    xbuf_reset(&r);
    where(&r, 0, 1, 0);
    xbuf_put(&r, (const char *)str_result, 8);
    for (int k = 0; k < 6; k++)
        xbuf_putc(&r, 0);
    rec(&bk.cells, 0x0006, &r);
    xbuf_reset(&r);
    put16(&r, 9000);
    xbuf_putc(&r, 0);
    for (int k = 0; k < 8000; k++)
        xbuf_putc(&r, 'a');
    rec(&bk.cells, 0x0207, &r);
    xbuf_reset(&r);
    xbuf_putc(&r, 0); /* the width of the characters that go on */
    for (int k = 0; k < 1000; k++)
        xbuf_putc(&r, 'b');
    rec(&bk.cells, 0x003C, &r);
    xbuf_free(&r);
    number(&bk, 1, 0, 0, 1500); /* General: a number */
    char *t = text_of(&bk, 0);
    char want[9100];
    memset(want, 'a', 8000);
    memset(want + 8000, 'b', 1000);
    want[9000] = '\0';
    assert_int_equal(strncmp(t, "填充的公式\t", strlen("填充的公式\t")), 0);
    assert_int_equal(strncmp(t + strlen("填充的公式\t"), want, 9000), 0);
    /* the sheet once, the empty one as an empty line between sheets */
    assert_string_equal(t + strlen("填充的公式\t") + 9000, "\n1500\n\n");
    free(t);
    book_free(&bk);
    /* formats: a word in a number's format (General"元") is no date; a date's is */
    assert_false(sheet_format_is_date(164, "General\"元\""));
    assert_false(sheet_format_is_date(164, "0.00E+00"));
    assert_false(sheet_format_is_date(164, "0.00e+00"));
    assert_false(sheet_format_is_date(164, "[Red]#,##0"));
    assert_false(sheet_format_is_date(0, NULL));
    assert_true(sheet_format_is_date(14, NULL));
    assert_true(sheet_format_is_date(176, "yyyy\"年\"m\"月\"d\"日\""));
    assert_true(sheet_format_is_date(165, "[$-F800]dddd, mmmm dd, yyyy"));
    assert_false(sheet_format_is_date(164, "\"day \"0"));  /* (quoted, escaped, padded: text) */
    assert_false(sheet_format_is_date(164, "\\d0_d*y"));
    assert_false(sheet_format_is_date(164, "[DBNum1]0"));
    assert_true(sheet_format_is_date(164, "0;\"x\";yy"));  /* (in any section) */
    /* formats dividing by thousands (commas after the last digit), shown as Excel shows them */
    static const struct {
        const char *code;
        double v;
        const char *shown;
    } scaled[] = {{"0,", 87000, "87"},          {"0,", 86500, "87"},
                  {"#,##0,\"千\"", 1234567, "1235"}, {"0.0,,", 1250000, "1.3"},
                  {"#,##0", 87000, "87000"},     {"0.00E+00", 87000, "87000"},
                  {"\"a,\"0", 87000, "87000"},   {"0,;-0,", -87000, "-87"},
                  /* (a condition choosing the section: which one divides is not told here) */
                  {"[>=1000000]0.0,,\"M\";0", 150, "150"}};
    for (size_t i = 0; i < sizeof scaled / sizeof scaled[0]; i++) {
        xbuf b;
        xbuf_init(&b, 0);
        sheet_put_number(&b, scaled[i].v, sheet_format_scale(scaled[i].code));
        assert_string_equal(b.data, scaled[i].shown);
        xbuf_free(&b);
    }
    /* a ledger's numbers as their formats show them: padded IDs, a prefix or unit in quotes,
     * grouped, rounded, percentages, the sections for negatives and zero */
    static const struct {
        const char *code;
        double v;
        const char *shown; /* NULL: not rendered (the number shown as it is) */
    } rendered[] = {{"000", 7, "007"},
                    {"000", 1234, "1234"},
                    {"\"YSQ-\"000", 17, "YSQ-017"},
                    {"\"2024-\"0000", 3, "2024-0003"},
                    {"0\"件\"", 12, "12件"},
                    {"000-0000", 1234567, "123-4567"},
                    {"000-0000", 45, "000-0045"},
                    {"#,##0", 1234567, "1,234,567"},
                    {"#,##0.00", 1234.5, "1,234.50"},
                    {"0.00", 2.345, "2.35"},
                    {"0.0#", 1.5, "1.5"},
                    {"0.0#", 1.25, "1.25"},
                    {"#.00", 0.5, ".50"},
                    {"0%", 0.125, "13%"},
                    {"[$¥-804]#,##0", 1500, "¥1,500"},
                    {"0;(0)", -5, "(5)"},
                    {"0", -5, "-5"},
                    {"0;-0;\"无\"", 0, "无"},
                    {"\\A000", 5, "A005"},
                    {"0_);(0)", 5, "5 "},
                    {"[Red]000", 9, "009"},
                    {"0,", 86500, "87"},
                    {"0.00E+00", 87000, NULL},
                    {"@", 5, NULL},
                    {"General\"元\"", 5, NULL},
                    {"\"是\"", 1, "是"},
                    {"0;;", 0, NULL},
                    {"yyyy-mm-dd", 45000, NULL},
                    {"\"unclosed", 1, NULL},
                    {"0\"%\"", 5, "5%"},
                    {"0;-0;0;@", 3, "3"},
                    {"0;-0;\"零\";@", 0, "零"},
                    {"G/通用格式", 5, NULL},
                    {"0.0.0", 1.5, "1.5.0"},
                    {"[Red", 1, NULL},
                    /* fractions, and sections chosen by a condition: not rendered (not 1/8
                     * for 17.5, nor 小150), the number shown as it is */
                    {"# ?/?", 17.5, NULL},
                    {"# ?\?/?\?", 17.5, NULL}, /* (\?: no trigraph) */
                    {"?/?", 0.25, NULL},
                    {"0/4", 3, NULL},
                    {"[<=100]\"小\"0;\"大\"0", 150, NULL},
                    {"[<=100]\"小\"0;\"大\"0", 50, NULL},
                    {"[Red][>=1000]#,##0;0", 5, NULL},
                    {"0;-0;0;[=0]@", 3, NULL},
                    {"0\\/0", 5, "0/5"}, /* (a / escaped or quoted: text) */
                    {"0\"/\"0", 5, "0/5"}};
    for (size_t i = 0; i < sizeof rendered / sizeof rendered[0]; i++) {
        xbuf b;
        xbuf_init(&b, 0);
        int done = sheet_format_render(&b, rendered[i].v, rendered[i].code);
        if (rendered[i].shown) {
            assert_int_equal(done, 1);
            assert_string_equal(b.data, rendered[i].shown);
        } else {
            assert_int_equal(done, 0);
            assert_int_equal(b.len, 0);
        }
        xbuf_free(&b);
    }
}

/* A hidden sheet (last year's tables kept out of sight), hidden or very hidden, is not read,
 * for a report or a register; a workbook whose only sheet is hidden (Excel never leaves one
 * so) is read rather than nothing. */
static void test_hidden_sheet(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    xxgk_report *want = read_text(text, n);
    char *last_year = replace(text, "规章\t1\t0\t3", "规章\t7\t7\t9");
    for (unsigned hidden = 1; hidden <= 2; hidden++) {
        book bk = {.before_state = hidden};
        xbuf_init(&bk.cells, 0);
        put_text(&bk, last_year);
        bk.before = bk.cells;
        xbuf_init(&bk.cells, 0);
        put_text(&bk, text);
        bytes x = xls_of(&bk);
        xxgk_report *r = NULL;
        assert_int_equal(xxgk_report_read(&r, x.data, x.len, NULL), 0);
        assert_json_at(r, "active.regs", "[1,0,3]");
        assert_same_report(want, r);
        xxgk_report_free(r);
        free(x.data);
        book_free(&bk);
    }
    book bk = {.state = 1};
    xbuf_init(&bk.cells, 0);
    put_text(&bk, text);
    bytes x = xls_of(&bk);
    xxgk_report *r = NULL;
    assert_int_equal(xxgk_report_read(&r, x.data, x.len, NULL), 0);
    assert_same_report(want, r);
    xxgk_report_free(r);
    free(x.data);
    book_free(&bk);
    /* a register's ledger after a hidden list of the names a drop-down offers */
    memset(&bk, 0, sizeof bk);
    bk.before_state = 1;
    xbuf_init(&bk.cells, 0);
    label_sst(&bk, 0, 0, "自然人");
    label_sst(&bk, 1, 0, "商业企业");
    bk.before = bk.cells;
    ledger(&bk, 0);
    char *t = text_of(&bk, 1);
    static const char head[] = "2024年依申请公开登记台账\n编号,收到日期,";
    assert_int_equal(strncmp(t, head, strlen(head)), 0);
    assert_int_equal(listed.n, 1);
    assert_string_equal(listed.name[0], "S2");
    free(t);
    /* ... shown: each sheet a table of its own, listed by name where it begins */
    bk.before_state = 0;
    t = text_of(&bk, 1);
    assert_int_equal(listed.n, 2);
    assert_string_equal(listed.name[0], "S1");
    assert_string_equal(listed.name[1], "S2");
    assert_int_equal(listed.start[0], 0);
    assert_int_equal(listed.start[1], strlen("自然人\n商业企业\n"));
    assert_int_equal(strncmp(t, "自然人\n商业企业\n", listed.start[1]), 0);
    assert_int_equal(strncmp(t + listed.start[1], head, strlen(head)), 0);
    free(t);
    book_free(&bk);
    free(last_year);
    xxgk_report_free(want);
    free(text);
}

/* A ROW record hiding row `row` (fDyZero). */
static void hide_row(book *bk, unsigned row)
{
    xbuf r;
    xbuf_init(&r, 0);
    put16(&r, row);
    put16(&r, 0);
    put16(&r, 4);
    put16(&r, 255); /* (its height, as Excel keeps it for a hidden row) */
    put32(&r, 0);
    put32(&r, 0x0100 | 0x20 | 15u << 16);
    rec(&bk->cells, 0x0208, &r);
    xbuf_free(&r);
}

/* A hidden row (last year's figures kept above this year's, out of sight) is not read in a
 * report; a register's ledger keeps it. */
static void test_hidden_row(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    xxgk_report *want = read_text(text, n);
    char *both = replace(text, "规章\t1\t0\t3", "规章\t7\t7\t9\n规章\t1\t0\t3");
    unsigned row = 0;
    for (const char *p = both; p < strstr(both, "规章\t7"); p++)
        row += *p == '\n';
    book bk = {.state = 0};
    xbuf_init(&bk.cells, 0);
    hide_row(&bk, row);
    put_text(&bk, both);
    bytes x = xls_of(&bk);
    xxgk_report *r = NULL;
    assert_int_equal(xxgk_report_read(&r, x.data, x.len, NULL), 0);
    assert_json_at(r, "active.regs", "[1,0,3]");
    assert_same_report(want, r);
    xxgk_report_free(r);
    free(x.data);
    char *t = text_of(&bk, 1);
    assert_non_null(strstr(t, "\n规章,7,7,9\n规章,1,0,3\n"));
    free(t);
    book_free(&bk);
    free(both);
    xxgk_report_free(want);
    free(text);
}

/* text with a cell "9" after the first of each line of cells: a column of other figures. */
static char *with_column(const char *text)
{
    xbuf b;
    xbuf_init(&b, 0);
    for (const char *p = text; *p;) {
        size_t len = strcspn(p, "\n"), first = strcspn(p, "\t\n");
        if (first < len)
            xbuf_printf(&b, "%.*s\t9%.*s", (int)first, p, (int)(len - first), p + first);
        else
            xbuf_put(&b, p, len);
        p += len;
        if (*p)
            xbuf_putc(&b, *p++);
    }
    assert_false(b.failed);
    return xbuf_steal(&b);
}

/* A COLINFO record for column col: hidden, or of no width. */
static void hide_col(book *bk, unsigned col, int no_width)
{
    xbuf r;
    xbuf_init(&r, 0);
    put16(&r, col);
    put16(&r, col);
    put16(&r, no_width ? 0 : 2340);
    put16(&r, 15);
    put16(&r, no_width ? 0 : 1);
    put16(&r, 0);
    rec(&bk->cells, 0x007D, &r);
    xbuf_free(&r);
}

/* A hidden column (hidden, or of no width), a column of other figures beside the table's kept
 * out of sight, is not read in a report: the figures after it keep their columns.  A
 * register's ledger keeps it. */
static void test_hidden_column(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    xxgk_report *want = read_text(text, n);
    char *wide = with_column(text);
    for (int no_width = 0; no_width <= 1; no_width++) {
        book bk = {.state = 0};
        xbuf_init(&bk.cells, 0);
        hide_col(&bk, 1, no_width);
        put_text(&bk, wide);
        bytes x = xls_of(&bk);
        xxgk_report *r = NULL;
        assert_int_equal(xxgk_report_read(&r, x.data, x.len, NULL), 0);
        assert_json_at(r, "active.regs", "[1,0,3]");
        assert_same_report(want, r);
        xxgk_report_free(r);
        free(x.data);
        char *t = text_of(&bk, 1);
        assert_non_null(strstr(t, "\n规章,9,1,0,3\n"));
        free(t);
        book_free(&bk);
    }
    free(wide);
    xxgk_report_free(want);
    free(text);
}

/* A workbook that would unpack to far more than it holds is refused with the limit named: one
 * long shared string in thousands of cells; a report's rows past what any report has. */
static void test_limits(void **state)
{
    (void)state;
    book bk = {.sst_most = 8224};
    xbuf_init(&bk.cells, 0);
    char *big = malloc(3 * 30000 + 1);
    assert_non_null(big);
    for (int i = 0; i < 30000; i++)
        memcpy(big + 3 * i, "字", 3);
    big[3 * 30000] = '\0';
    for (unsigned row = 0; row < 800; row++)
        label_sst(&bk, row, 0, big);
    free(big);
    bytes x = xls_of(&bk);
    xbuf out;
    xbuf_init(&out, 0);
    char err[256];
    assert_int_equal(xls_to_text(&out, x.data, x.len, as_csv(), err, sizeof err), XXGK_ELIMIT);
    assert_string_equal(err, "Excel 97-2003 workbook: its cells hold more than 64 MiB of text");
    xbuf_free(&out);
    free(x.data);
    book_free(&bk);

    memset(&bk, 0, sizeof bk);
    xbuf_init(&bk.cells, 0);
    for (unsigned row = 0; row < 20001; row++)
        rk(&bk, row, 0, 0, 1);
    x = xls_of(&bk);
    xbuf_init(&out, 0);
    assert_int_equal(xls_to_text(&out, x.data, x.len, NULL, err, sizeof err), XXGK_ELIMIT);
    assert_string_equal(err, "Excel 97-2003 workbook has more than 20000 rows");
    xbuf_free(&out);
    /* a ledger may be that long */
    xbuf_init(&out, 0);
    assert_int_equal(xls_to_text(&out, x.data, x.len, as_csv(), err, sizeof err), 0);
    assert_int_equal(out.len, 20001 * 2);
    xbuf_free(&out);
    free(x.data);
    book_free(&bk);
    /* a stream cut short at a record's end: damaged, not a report with rows missing */
    memset(&bk, 0, sizeof bk);
    xbuf_init(&bk.cells, 0);
    bk.cut = 1;
    label_sst(&bk, 0, 0, "规章");
    x = xls_of(&bk);
    xbuf_init(&out, 0);
    assert_int_equal(xls_to_text(&out, x.data, x.len, NULL, err, sizeof err), XXGK_EENCODING);
    assert_string_equal(err, "Excel 97-2003 workbook damaged or cut short (a sheet or the "
                             "workbook has no end record)");
    xbuf_free(&out);
    free(x.data);
    book_free(&bk);
    /* a cell naming a shared string the workbook lacks: damaged, its figure not read as 0 */
    memset(&bk, 0, sizeof bk);
    xbuf_init(&bk.cells, 0);
    label_sst(&bk, 0, 0, "规章");
    xbuf r;
    xbuf_init(&r, 0);
    where(&r, 0, 1, 0);
    put32(&r, 99999);
    rec(&bk.cells, 0x00FD, &r);
    xbuf_free(&r);
    x = xls_of(&bk);
    xbuf_init(&out, 0);
    assert_int_equal(xls_to_text(&out, x.data, x.len, NULL, err, sizeof err), XXGK_EENCODING);
    assert_string_equal(err, "Excel 97-2003 workbook damaged or cut short (a cell refers to a "
                             "shared string it does not have)");
    xbuf_free(&out);
    free(x.data);
    book_free(&bk);
}

/* What cannot be read says why: a password, an Excel 5.0/95 workbook, a damaged container. */
static void test_refused(void **state)
{
    (void)state;
    char err[256];
    xbuf out;
    book bk = {.filepass = 1};
    ledger(&bk, 0);
    bytes x = xls_of(&bk);
    xbuf_init(&out, 0);
    assert_int_equal(xls_to_text(&out, x.data, x.len, NULL, err, sizeof err), XXGK_EBINARY);
    assert_string_equal(err, "Excel 97-2003 workbook is password-protected: remove the password "
                             "and try again");
    xbuf_free(&out);
    free(x.data);
    book_free(&bk);

    memset(&bk, 0, sizeof bk);
    bk.version = 0x0500;
    ledger(&bk, 0);
    x = xls_of(&bk);
    assert_true(xls_is_xls(x.data, x.len));
    xxgk_report *r = NULL;
    assert_int_equal(xxgk_report_read(&r, x.data, x.len, NULL), XXGK_EBINARY);
    assert_non_null(strstr(xxgk_error_last(), "save an Excel 5.0/95 or older file as .xlsx"));
    free(x.data);
    book_free(&bk);

    /* an OLE2 header and nothing more */
    static const char ole[] = "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0\0\0";
    assert_false(xls_is_xls(ole, sizeof ole - 1));
    xbuf_init(&out, 0);
    assert_int_equal(xls_to_text(&out, ole, sizeof ole - 1, NULL, err, sizeof err), XXGK_EENCODING);
    assert_int_equal(strncmp(err, "Excel 97-2003 workbook damaged or cut short (", 45), 0);
    xbuf_free(&out);
}

int main(void)
{
    xxgk_lang_set(XXGK_LANG_EN); /* the messages asserted here are the English ones */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_report),
        cmocka_unit_test(test_ledger),
        cmocka_unit_test(test_records),
        cmocka_unit_test(test_hidden_sheet),
        cmocka_unit_test(test_hidden_row),
        cmocka_unit_test(test_hidden_column),
        cmocka_unit_test(test_limits),
        cmocka_unit_test(test_refused),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
