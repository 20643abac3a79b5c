/* The text reader: every layout of the fixtures to exact figures, encodings, metadata, and the
 * reader's observations (blank, extra, glued, unplaced figures). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <iconv.h>
#include <opencc/opencc.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zip.h>

#include "support.h"
#include "lib/boxed_text.h"
#include "util/buf.h"

/* The figures written into every 2021 fixture. */
static const char *const expected_2021 =
    "{\"active\": {\"regs\": [1,0,3], \"normative\": [5,2,40], \"licensing\": 120,"
    " \"penalty\": 35, \"coercion\": 4, \"fees_wan_yuan\": 12.5},"
    " \"requests\": {\"new\": [20,5,1,0,2,1,29], \"carried_in\": [3,1,0,0,0,0,4],"
    " \"granted\": [8,2,0,0,1,0,11], \"partly\": [2,1,0,0,0,0,3],"
    " \"withheld\": [[1,0,0,0,0,0,1],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[0,1,0,0,0,0,1],"
    "   [0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0]],"
    " \"unable\": [[4,1,0,0,0,1,6],[1,0,0,0,0,0,1],[0,0,0,0,0,0,0]],"
    " \"not_processed\": [[2,0,0,0,0,0,2],[1,0,0,0,0,0,1],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0],"
    "   [0,0,0,0,0,0,0]],"
    " \"other\": [[1,0,0,0,0,0,1],[0,0,0,0,0,0,0],[1,0,1,0,0,0,2]],"
    " \"total\": [21,5,1,0,1,1,29], \"carried_out\": [2,1,0,0,1,0,4]},"
    " \"review\": {\"reconsideration\": [2,1,0,1,4], \"litigation_direct\": [1,0,0,0,1],"
    " \"litigation_after_review\": [0,1,1,0,2]}}";

static void assert_figures(json_t *got, const char *expected)
{
    json_error_t err;
    json_t *want = json_loads(expected, 0, &err);
    assert_non_null(want);
    const char *keys[] = {"active", "requests", "review"};
    for (int i = 0; i < 3; i++) {
        json_t *g = json_object_get(got, keys[i]), *w = json_object_get(want, keys[i]);
        if (!json_equal(g, w)) {
            char *gs = json_dumps(g, JSON_COMPACT), *ws = json_dumps(w, JSON_COMPACT);
            fail_msg("%s differs:\n got  %s\n want %s", keys[i], gs, ws);
        }
    }
    json_decref(want);
}

/* The figures report r read, against the expected JSON. */
static void assert_report_figures(const xxgk_report *r, const char *expected)
{
    json_t *j = report_json(r);
    assert_figures(j, expected);
    json_decref(j);
}

static void check_fixture(const char *name, const char *layout)
{
    size_t n;
    char *text = fixture(name, &n);
    xxgk_report *r = read_text(text, n);
    assert_string_equal(xxgk_report_layout(r), layout);
    json_t *j = report_json(r);
    assert_figures(j, expected_2021);
    assert_string_equal(json_string_value(json_object_get(j, "format")), "2021");
    assert_int_equal(json_integer_value(json_object_get(j, "year")), 2024);
    assert_string_equal(json_string_value(json_object_get(j, "agency")), "测试市交通运输局");
    assert_string_equal(json_string_value(json_object_get(j, "published")), "2025-01-20");
    assert_int_equal(xxgk_report_section_count(r), 6);
    for (size_t i = 0; i < 6; i++)
        assert_int_equal(xxgk_report_section(r, i)->standard, (int)i + 1);
    json_decref(j);
    xxgk_report_free(r);
    free(text);
}

static void test_tabs(void **state) { (void)state; check_fixture("report-2021-tabs.txt", "tabs"); }

static char *convert(const char *text, size_t n, const char *to, size_t *outlen, int bom);

/* A web page dumped by w3m draws its tables in box characters, a label wrapped over the lines
 * of its cell and a merged cell over several rows: each row is read on the line it begins. */
static void test_boxed(void **state)
{
    (void)state;
    check_fixture("report-2021-boxed.txt", "boxed");
    size_t n;
    char *text = fixture("report-2021-boxed.txt", &n);
    xxgk_report *r = read_text(text, n);
    const xxgk_format_spec *f = xxgk_report_spec(r);
    const xxgk_row_spec *partly = NULL; /* （二）部分公开, wrapped over two lines */
    for (int i = 0; i < f->tables[1].nrows; i++)
        if (strcmp(f->tables[1].rows[i].key, "partly") == 0)
            partly = &f->tables[1].rows[i];
    assert_non_null(partly);
    const xxgk_cell *c = xxgk_report_cell(r, (size_t)partly->first_cell);
    assert_int_equal(c->line, 58);
    assert_int_equal(c->value, 2);
    xxgk_report_free(r);
    /* the same grid in ASCII, as a grid table or a terminal without box characters draws */
    char *ascii = malloc(n + 1), *w = ascii;
    assert_non_null(ascii);
    for (size_t i = 0; i < n;) {
        unsigned char a = (unsigned char)text[i], b = (unsigned char)text[i + 1];
        if (a == 0xE2 && (b == 0x94 || b == 0x95)) {
            unsigned cp = 0x2500 + ((b & 1u) << 6) + ((unsigned char)text[i + 2] & 0x3Fu);
            *w++ = cp == 0x2500 ? '-' : cp == 0x2502 ? '|' : '+';
            i += 3;
        } else {
            *w++ = text[i++];
        }
    }
    *w = '\0';
    r = read_text(ascii, strlen(ascii));
    assert_string_equal(xxgk_report_layout(r), "boxed");
    assert_report_figures(r, expected_2021);
    assert_int_equal(xxgk_report_cell(r, (size_t)partly->first_cell)->line, 58);
    xxgk_report_free(r);
    free(ascii);
    /* and saved in GB18030, as a Chinese Windows saves text: read after decoding */
    size_t gn;
    char *gb = convert(text, n, "GB18030", &gn, 0);
    r = read_text(gb, gn);
    assert_string_equal(xxgk_report_encoding(r), "GB18030");
    assert_string_equal(xxgk_report_layout(r), "boxed");
    assert_report_figures(r, expected_2021);
    xxgk_report_free(r);
    free(gb);
    /* a page break at a row's start (pdftotext's form feed) takes no column of the grid */
    char *paged = replace(text, "\n│          │        │1.属于国家秘密",
                          "\n\f│          │        │1.属于国家秘密");
    r = read_text(paged, strlen(paged));
    assert_string_equal(xxgk_report_layout(r), "boxed");
    assert_report_figures(r, expected_2021);
    xxgk_report_free(r);
    free(paged);
    free(text);
}

/* The grid read cell by cell: rows of a merged cell, a cell across a separator its line does
 * not draw, wide punctuation, ASCII grids; no grid in a Markdown table or a ragged drawing. */
static void test_boxed_cells(void **state)
{
    (void)state;
    static const struct {
        const char *in, *out; /* out NULL: not a table */
    } cases[] = {
        {"T\n"
         "┌────┬──┬──┐\n"
         "│A   │1 │2 │\n"
         "├──┬─┼──┼──┤\n"
         "│G │x│3 │4 │\n"
         "│  ├─┼──┼──┤\n"
         "│  │y│5 │6 │\n"
         "└──┴─┴──┴──┘\n"
         "E\n",
         "T\n\nA\t1\t2\n\nG\tx\t3\t4\n\ny\t5\t6\n\nE\n"},
        /* a label wrapped in its cell, its figure on the second line */
        {"┌──────┬──┐\n"
         "│部分公│  │\n"
         "│开    │3 │\n"
         "└──────┴──┘",
         "\n部分公开\t3\n\n\n"},
        /* “ and ” drawn two columns wide, as a terminal set for Chinese draws them, and the
         * box characters too */
        {"┌──┬─┐\n│“”│1 │\n└──┴─┘\n", "\n“”\t1\n\n"},
        {"+---+-----+\n| a | 1 2 |\n+===+=====+\n| b | 2   |\n+---+-----+\n",
         "\na\t1 2\n\nb\t2\n\n"},
        /* reStructuredText line blocks in a cell (pandoc's of a cell's empty paragraphs
         * before its figure): their bars no text */
        {"+---+-----+\n| a | |   |\n|   |     |\n|   | | 0 |\n+---+-----+\n| b | 2   |\n"
         "+---+-----+\n",
         "\na\t0\n\n\n\nb\t2\n\n"},
        /* a dash or a line of them in a cell, its spaces around it: a cell, not a rule */
        {"+---+-----+\n| a |  -  |\n+---+-----+\n| b |---  |\n+---+-----+\n",
         "\na\t-\n\nb\t---\n\n"},
        {"┌──┬───┐\n│a │ ─ │\n├──┼───┤\n│b │── │\n└──┴───┘\n", "\na\t─\n\nb\t──\n\n"},
        /* a merged cell's words and the rules over it run across the columns the lines
         * around divide (a character of them straddles one) */
        {"┌──────────┐\n│总计甲乙丙│\n├───┬──┬───┤\n│ 1 │2 │ 3 │\n├───┴──┴───┤\n"
         "│合        │\n└──────────┘\n",
         "\n总计甲乙丙\n\n1\t2\t3\n\n合\n\n"},
        {"| a | b |\n|---|---|\n| 1 | 2 |\n", NULL},
        {"┌──┬──┐\n│a │1 │\n│bb│2  │\n└──┴──┘\n", NULL},
        {"┌──┐\n└──┘\n", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        xbuf out;
        int rc = boxed_tables(&out, cases[i].in, strlen(cases[i].in));
        if (!cases[i].out) {
            assert_int_equal(rc, 0);
            continue;
        }
        assert_int_equal(rc, 1);
        assert_string_equal(out.data, cases[i].out);
        xbuf_free(&out);
    }
}

/* The fixture `name` with `pad` before every line feed (not an empty line's, with
 * `keep_empty`), read as `layout` to the fixtures' figures. */
static void read_padded(const char *name, const char *pad, int keep_empty, const char *layout)
{
    size_t n, pl = strlen(pad);
    char *text = fixture(name, &n);
    char *t = malloc((pl + 1) * n + 1), *w = t;
    assert_non_null(t);
    for (size_t i = 0; i < n; i++) {
        if (text[i] == '\n' && !(keep_empty && (i == 0 || text[i - 1] == '\n'))) {
            memcpy(w, pad, pl);
            w += pl;
        }
        *w++ = text[i];
    }
    *w = '\0';
    xxgk_report *r = read_text(t, strlen(t));
    assert_string_equal(xxgk_report_layout(r), layout);
    assert_report_figures(r, expected_2021);
    xxgk_report_free(r);
    free(t);
    free(text);
}

/* Some copies end every line with a tab: PDF text stays space-aligned text. */
static void test_trailing_tabs(void **state)
{
    (void)state;
    read_padded("report-2021-pdf.txt", "\t", 0, "spaces");
}
static void test_cells(void **state) { (void)state; check_fixture("report-2021-cells.txt", "cells"); }

/* One cell per line with a space and a tab after every line's cell, as some exports pad them:
 * still one cell a line, not a tab-separated table whose every row opens with an empty cell. */
static void test_cells_padded(void **state)
{
    (void)state;
    read_padded("report-2021-cells.txt", " \t", 1, "cells");
}
/* The cells fixture with every line (empty ones too) prefixed by lead and ended by tail: still
 * one cell a line, every figure in place, the title's agency read. */
static void read_wrapped_lines(const char *lead, const char *tail)
{
    size_t n, ll = strlen(lead), tl = strlen(tail);
    char *text = fixture("report-2021-cells.txt", &n);
    char *t = malloc((ll + tl + 1) * (n + 1) + 1), *w = t;
    assert_non_null(t);
    for (const char *p = text; *p;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        memcpy(w, lead, ll), w += ll;
        memcpy(w, p, len), w += len;
        memcpy(w, tail, tl), w += tl;
        if (nl)
            *w++ = '\n';
        p += len + (nl != NULL);
    }
    *w = '\0';
    xxgk_report *r = read_text(t, strlen(t));
    assert_string_equal(xxgk_report_layout(r), "cells");
    assert_report_figures(r, expected_2021);
    json_t *j = report_json(r);
    assert_string_equal(json_string_value(json_object_get(j, "agency")), "测试市交通运输局");
    json_decref(j);
    xxgk_report_free(r);
    free(t);
    free(text);
}

/* Every line indented (spaces, a full-width space, a cell's &nbsp; before its tab, a tab), or
 * ended by a tab, empty lines too: an indent is no cell, and a tab that closes every line none
 * either. */
static void test_cells_every_line(void **state)
{
    (void)state;
    read_wrapped_lines("  ", "");
    read_wrapped_lines("\t", "");
    read_wrapped_lines("\xe3\x80\x80", "");
    read_wrapped_lines("&nbsp;", "&nbsp;");
    read_wrapped_lines("", "\t");
    read_wrapped_lines("  ", "\t");
}

static int diag_count(xxgk_report *r, const char *rule, char *ev, size_t cap);
static double cell_value(const xxgk_report *r, const char *key, int col);
static xxgk_report *read_whole(const char *text);

/* A figure with a mark after it in a row whose label is one cell ("3520&foo"): a figure that
 * cannot be read, null and reported; the figures before and after it stay in their columns. */
static void test_figure_with_mark(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    char *t = replace(text, "一、本年新收政府信息公开申请数量\t\t\t20\t5\t1\t0\t2\t1\t29",
                      "一、本年新收政府信息公开申请数量\t20\t3520&foo\t1\t0\t2\t1\t29");
    xxgk_report *r = read_text(t, strlen(t));
    static const double want[7] = {20, -1, 1, 0, 2, 1, 29};
    for (int i = 0; i < 7; i++)
        assert_true(cell_value(r, "new", i) == want[i]);
    char ev[256];
    assert_int_equal(diag_count(r, "reader-unreadable", ev, sizeof ev), 1);
    assert_string_equal(ev, "一、本年新收政府信息公开申请数量·商业企业：“3520&foo”");
    xxgk_report_free(r);
    free(t);
    free(text);
}

/* Row labels printed one under another without figures, their figures after them (a PDF
 * turned into Markdown or text), in a table whose other rows print their figures on their
 * label's line: the figures cannot be given to one of those rows, so all stay null, and are
 * said; the other rows are read.  In a table that prints a label's line and its figures' line
 * by turns, a label with no figures below it is a row left blank, and the next row keeps its
 * own. */
static void test_stacked_labels(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    static const struct {
        const char *from[2], *to[2];
        const char *nulls[3]; /* "key:index" of the rows left null */
        const char *said;
    } cases[] = {
        /* two labels of two groups, one row of figures under them, the other's further on */
        {{"\t\t5.属于三类内部事务信息\t0\t0\t0\t0\t0\t0\t0\n",
          "\t（四）无法提供\t1.本机关不掌握相关政府信息\t4\t1\t0\t0\t0\t1\t6\n"},
         {"\t\t5.属于三类内部事务信息\n1.本机关不掌握相关政府信息\n4\t1\t0\t0\t0\t1\t6\n",
          "0\t0\t0\t0\t0\t0\t0\n\t（四）无法提供\n"},
         {"withheld:4", "unable:0", NULL},
         "5.属于三类内部事务信息、1.本机关不掌握相关政府信息的行名先后印出而未带数字，"
         "其后的数字无法确定属于哪一行"},
        /* three labels, a group's caption among them, then their three rows of figures */
        {{"\t\t4.无正当理由大量反复申请\t0\t0\t0\t0\t0\t0\t0\n"
          "\t\t5.要求行政机关确认或重新出具已获取信息\t0\t0\t0\t0\t0\t0\t0\n"
          "\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
          "\t1\t0\t0\t0\t0\t0\t1\n",
          NULL},
         {"\t\t4.无正当理由大量反复申请\n\t\t5.要求行政机关确认或重新出具已获取信息\n"
          "\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\n"
          "0\t0\t0\t0\t0\t0\t0\n0\t0\t0\t0\t0\t0\t0\n1\t0\t0\t0\t0\t0\t1\n",
          NULL},
         {"not_processed:3", "not_processed:4", "other:0"},
         "4.无正当理由大量反复申请、5.要求行政机关确认或重新出具已获取信息、"
         "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请的行名先后印出"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char *t = replace(text, cases[k].from[0], cases[k].to[0]);
        if (cases[k].from[1]) {
            char *u = replace(t, cases[k].from[1], cases[k].to[1]);
            free(t);
            t = u;
        }
        xxgk_report *r = read_text(t, strlen(t));
        json_t *want = json_loads(expected_2021, 0, NULL), *req = json_object_get(want, "requests");
        for (int n = 0; n < 3 && cases[k].nulls[n]; n++) {
            char key[32];
            int at = 0;
            assert_int_equal(sscanf(cases[k].nulls[n], "%31[^:]:%d", key, &at), 2);
            json_t *row = json_array_get(json_object_get(req, key), (size_t)at);
            for (size_t c = 0; c < json_array_size(row); c++)
                json_array_set_new(row, c, json_null());
        }
        char *ws = json_dumps(want, JSON_COMPACT);
        assert_report_figures(r, ws);
        char ev[1024];
        assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev) >= 1, 1);
        xxgk_findings *f = check_report(r);
        int said = 0;
        for (size_t i = 0; i < xxgk_findings_count(f); i++)
            said += strstr(xxgk_findings_get(f, i)->evidence, cases[k].said) != NULL;
        assert_int_equal(said, 1);
        xxgk_findings_free(f);
        free(ws);
        json_decref(want);
        xxgk_report_free(r);
        free(t);
    }
    /* a label's line and its figures' line by turns, row 5. left blank: 6. keeps its figures */
    xbuf turns;
    xbuf_init(&turns, 0);
    const char *from = strstr(text, "一、本年新收"), *to = strstr(text, "四、政府信息公开行政复议");
    assert_non_null(from);
    assert_non_null(to);
    xbuf_put(&turns, text, (size_t)(from - text));
    for (const char *p = from; p < to;) {
        const char *eol = strchr(p, '\n');
        const char *fig = p;
        while ((fig = strchr(fig, '\t')) && fig < eol && !(fig[1] >= '0' && fig[1] <= '9'))
            fig++;
        int blank5 = strncmp(p, "\t\t5.属于三类内部事务信息", strlen("\t\t5.属于三类")) == 0;
        if (fig && fig < eol) {
            xbuf_put(&turns, p, (size_t)(fig - p));
            if (!blank5)
                xbuf_put(&turns, "\n", 1), xbuf_put(&turns, fig + 1, (size_t)(eol - fig));
            else
                xbuf_put(&turns, "\n", 1);
        } else {
            xbuf_put(&turns, p, (size_t)(eol + 1 - p));
        }
        p = eol + 1;
    }
    xbuf_puts(&turns, to);
    /* PDF text, a label's line left blank above a label wrapped over lines, its figures on a
     * line of their own (5.) or beside the label's second piece (2.): rows read, blank ones 0 */
    char *pdf = fixture("report-2021-pdf.txt", NULL);
    static const char *const blanked[][2] = {
        {"     4.无正当理由大量反复申请        0    0    0    0    0    0    0\n",
         "     4.无正当理由大量反复申请\n"},
        {"     （六）其他处理   1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
         "        1    0    0    0    0    0    1\n",
         "     （六）其他处理   1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开"
         "申请\n"}};
    for (size_t k = 0; k < sizeof blanked / sizeof blanked[0]; k++) {
        char *t = replace(pdf, blanked[k][0], blanked[k][1]);
        xxgk_report *r = read_text(t, strlen(t));
        assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
        json_t *j = report_json(r), *q = json_object_get(j, "requests");
        /* (4. blank: 0s, said as blank cells; 5. read; （六）1 blank: null, said; 2. read) */
        json_t *rows = json_object_get(q, k == 0 ? "not_processed" : "other");
        char *got = json_dumps(rows, JSON_COMPACT);
        assert_string_equal(got, k == 0 ? "[[2,0,0,0,0,0,2],[1,0,0,0,0,0,1],[0,0,0,0,0,0,0],"
                                          "[0,0,0,0,0,0,0],[0,0,0,0,0,0,0]]"
                                        : "[[null,null,null,null,null,null,null],"
                                          "[0,0,0,0,0,0,0],[1,0,1,0,0,0,2]]");
        free(got);
        json_decref(j);
        xxgk_report_free(r);
        free(t);
    }
    free(pdf);
    xxgk_report *r = read_text(turns.data, turns.len);
    json_t *want = json_loads(expected_2021, 0, NULL);
    json_t *row = json_array_get(json_object_get(json_object_get(want, "requests"), "withheld"), 4);
    for (size_t c = 0; c < json_array_size(row); c++)
        json_array_set_new(row, c, json_null());
    char *ws = json_dumps(want, JSON_COMPACT);
    assert_report_figures(r, ws);
    assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
    free(ws);
    json_decref(want);
    xxgk_report_free(r);
    xbuf_free(&turns);
    free(text);
}

/* One cell a line with the empty lines between rows dropped (an export that drops them): each
 * cell a row of its own, as in a cell a line without tabs, every figure in place. */
static void test_cells_no_row_ends(void **state)
{
    (void)state;
    char *text = fixture("report-2021-cells.txt", NULL);
    char *t = strdup(text), *w = t;
    for (const char *p = text; *p; p++) /* (every empty line dropped, in the tables too) */
        if (!(*p == '\n' && p[1] == '\n'))
            *w++ = *p;
    *w = '\0';
    xxgk_report *r = read_text(t, strlen(t));
    assert_string_equal(xxgk_report_layout(r), "cells");
    assert_report_figures(r, expected_2021);
    xxgk_report_free(r);
    /* its zeros left blank: a row's blank cells stay in it, read as 0, or the row is null; no
     * figure moves into a blank's column */
    char *blank = strdup(t);
    for (char *p = blank; (p = strstr(p, "\t0\n")) != NULL;)
        memmove(p + 1, p + 2, strlen(p + 2) + 1);
    r = read_text(blank, strlen(blank));
    assert_json_at(r, "requests.carried_in", "[3,1,0,0,0,0,4]");
    assert_json_at(r, "requests.other[2]", "[1,0,1,0,0,0,2]");
    assert_json_at(r, "requests.withheld[3]", "[null,null,null,null,null,null,null]");
    assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0) > 0, 1);
    xxgk_report_free(r);
    free(blank);
    free(t);
    free(text);
}

/* Words of any length in a row's only figure cell, set apart by a tab: a figure unread, null
 * and reported, not a label's continuation leaving the row blank (0). */
static void test_words_for_figure(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    char *t = replace(text, "行政许可\t120\t\t", "行政许可\t数据暂缺待补充");
    xxgk_report *r = read_text(t, strlen(t));
    assert_true(cell_value(r, "licensing", 0) == -1);
    char ev[256];
    assert_int_equal(diag_count(r, "reader-unreadable", ev, sizeof ev), 1);
    assert_string_equal(ev, "行政许可·本年处理决定数量：“数据暂缺待补充”");
    xxgk_report_free(r);
    free(t);
    free(text);
}

/* A report without its title (a page's body saved alone), its signature set right by spaces:
 * the agency is the signature's, which is no part of section 六. */
static void test_signature_set_right(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    char *a = replace(text,
                      "测试市交通运输局2024年政府信息公开工作年度报告\n\n"
                      "本报告根据《中华人民共和国政府信息公开条例》编制，统计期限自2024年1月1日至"
                      "2024年12月31日。\n",
                      "");
    char pad[160];
    snprintf(pad, sizeof pad, "\n%100s测试市交通运输局\n2025年1月20日", "");
    char *b = replace(a, "\n测试市交通运输局\n2025年1月20日", pad);
    xxgk_report *r = read_text(b, strlen(b));
    assert_non_null(xxgk_report_agency(r));
    assert_string_equal(xxgk_report_agency(r), "测试市交通运输局");
    assert_string_equal(xxgk_report_published(r), "2025-01-20");
    const xxgk_section *six = xxgk_report_section(r, xxgk_report_section_count(r) - 1);
    assert_int_equal(six->standard, 6);
    assert_null(strstr(six->text, "测试市交通运输局"));
    xxgk_report_free(r);
    free(b);
    free(a);
    free(text);
}

/* Footers of pages "3 / 5" (another page's printed so too) and "Page 3 of 5", here inside a
 * label wrapped across the page: furniture, not a row's figures. */
static void test_page_of_pages(void **state)
{
    (void)state;
    char *text = fixture("report-2021-pdf.txt", NULL);
    char *a = replace(text, "-3-", "3 / 5");
    char *b = replace(a, "     自然人   法人或其他组织   总计",
                      "2 / 5\n     自然人   法人或其他组织   总计");
    xxgk_report_free(read_whole(b));
    char *c = replace(text, "-3-", "Page 3 of 5");
    xxgk_report_free(read_whole(c));
    /* (but a lone "1 / 3", no other page printed so nor a page break after it, is figures: a
     * row's, its label on the line above) */
    char *d = replace(text, "     规章        1    0    3", "     规章\n1 / 3");
    xxgk_report *r = read_text(d, strlen(d));
    assert_true(cell_value(r, "regs", 0) == 1);
    assert_true(cell_value(r, "regs", 1) == 0);
    assert_true(cell_value(r, "regs", 2) == 3);
    xxgk_report_free(r);
    free(d);
    free(c);
    free(b);
    free(a);
    free(text);
}
/* A figure of row key, column col is want (-1: unknown), compared as doubles: a negative one
 * given to assert_int_equal would be converted to an unsigned integer, which C leaves
 * undefined. */
#define assert_cell(r, key, col, want) assert_cell_at(r, key, col, want, __LINE__)
static void assert_cell_at(const xxgk_report *r, const char *key, int col, double want, int line);

/* text read as the fixtures' report: every figure, none left unplaced, no row missing. */
static xxgk_report *read_whole(const char *text)
{
    xxgk_report *r = read_text(text, strlen(text));
    json_t *j = report_json(r);
    assert_figures(j, expected_2021);
    json_decref(j);
    assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
    assert_int_equal(diag_count(r, "struct-row-missing", NULL, 0), 0);
    return r;
}

/* A narrow label column wraps every label after eight or so characters, the figures standing
 * on its first line: each first piece still names its row, or with the rest of it on the next
 * line does. */
static void test_pdf_narrow_labels(void **state)
{
    (void)state;
    static const char *const wraps[][2] = {
        {"5.属于三类内部事务信息        0", "5.属于三类内部事 0"},
        {"7.属于行政执法案卷        0", "7.属于行政执法案 0"},
        {"8.属于行政查询事项        0", "8.属于行政查询事 0"},
        {"3.要求提供公开出版物        0", "3.要求提供公开出 0"},
        {"4.无正当理由大量反复申请        0", "4.无正当理由大量 0"},
        {"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请        1",
         "1.申请人无正当理 1"},
        /* a first piece that names another row (3.其他) */
        {"2.其他法律行政法规禁止公开        0", "2.其他 0"},
    };
    static const char *const rests[] = {"     务信息\n", "     卷\n", "     项\n", "     版物\n",
                                        "     反复申请\n",
                                        "     由逾期不补正、行政机关不再处理其政府信息公开申请\n",
                                        "     法律行政法规禁止公开\n"};
    char *text = fixture("report-2021-pdf.txt", NULL);
    for (size_t i = 0; i < sizeof wraps / sizeof wraps[0]; i++) {
        char *p = strstr(text, wraps[i][0]);
        assert_non_null(p);
        char *eol = strchr(p, '\n');
        char *line = malloc((size_t)(eol - p) + 1);
        assert_non_null(line);
        memcpy(line, p, (size_t)(eol - p));
        line[eol - p] = '\0';
        /* the line with its label cut short, then the rest of the label on a line of its own */
        size_t keep = strlen(wraps[i][0]);
        char *to = malloc(strlen(line) + strlen(rests[i]) + 64);
        assert_non_null(to);
        sprintf(to, "%s%s\n%.*s", wraps[i][1], line + keep, (int)(strlen(rests[i]) - 1), rests[i]);
        char *next = replace(text, line, to);
        free(text);
        text = next;
        free(to);
        free(line);
    }
    xxgk_report_free(read_whole(text));
    free(text);
}

/* A label wrapped in the middle of every word that names its row, the figures on its second
 * line: the two pieces together name it (a group printed before the first piece, in the same
 * cell or its own, too); a wrapped 四、结转下年度继续办理 is no section heading. */
static void test_pdf_wrapped_labels(void **state)
{
    (void)state;
    static const char *const whole[] = {
        "     行政规范性文件        5", "     3.危及“三安全一稳定”        0",
        "     4.保护第三方合法权益        0", "      法提供   1.本机关不掌握相关政府信息   4",
        "     （五）不予处理   1.信访举报投诉类申请        2", "     四、结转下年度继续办理        2"};
    static const char *const wrapped[] = {
        "     行政规\n     范性文件        5", "     3.危及“三\n     安全一稳定”        0",
        "     4.保护第\n     三方合法权益        0",
        "      法提供   1.本机关不掌\n     握相关政府信息   4",
        "     （五）不予处理   1.信访举\n     报投诉类申请        2",
        "     四、结转下\n     年度继续办理        2"};
    char *pdf = fixture("report-2021-pdf.txt", NULL);
    char *text = replace_all(pdf, whole, wrapped, 6);
    free(pdf);
    xxgk_report *r = read_whole(text);
    assert_int_equal(xxgk_report_section_count(r), 6);
    xxgk_report_free(r);
    free(text);
}

/* A label wrapped in a narrow column around its figures, the pieces left-aligned or centred:
 * its first piece beside them and the rest below ("2.没有现成 1 0 …" / "信息需要另" / "行制作"),
 * or pieces above and below a line of figures alone ("6.属于四类过程" / figures / "性信息"),
 * pieces of a group's caption between them in the column before, or a space before them: the
 * pieces together name the row. */
static void test_pdf_label_around_figures(void **state)
{
    (void)state;
    static const char *const whole[] = {
        "     行政规范性文件        5    2    40\n",
        "     6.属于四类过程性信息        0    0    0    0    0    0    0\n",
        "     2.没有现成信息需要另行制作        1    0    0    0    0    0    1\n",
        "     （三）不予公开   1.属于国家秘密        1    0    0    0    0    0    1\n",
        "     4.保护第三方合法权益        0    1    0    0    0    0    1\n"};
    static const char *const wrapped[] = {
        "     行政规范性\n                   5    2    40\n       文件\n",
        "     6.属于四类过程\n                 0    0    0    0    0    0    0\n     性信息\n",
        ("     2.没有现成   1    0    0    0    0    0    1\n  （四）\n     信息需要另\n  无法\n"
         "     行制作\n"),
        /* pieces of the group's caption one space before the label's */
        "  （三 1.属于国家\n                 1    0    0    0    0    0    1\n  ）不    秘密\n",
        "     4.保护第三   0    1    0    0    0    0    1\n（三）不 方合法权益\n"};
    char *pdf = fixture("report-2021-pdf.txt", NULL);
    char *text = replace_all(pdf, whole, wrapped, 5);
    xxgk_report_free(read_whole(text));
    free(text);
    /* pieces that name no row together: its figures are not placed */
    text = replace(pdf, whole[2],
                   "     2.没有现成   1    0    0    0    0    0    1\n     资料需要另\n");
    xxgk_report *r = read_text(text, strlen(text));
    static const double unknown[7] = {-1, -1, -1, -1, -1, -1, -1};
    assert_requests_row(r, "unable", 1, unknown, 7);
    assert_int_equal(diag_count(r, "struct-row-missing", NULL, 0), 1);
    xxgk_report_free(r);
    free(text);
    free(pdf);
}

/* Labels written as reports write them (其它 for 其他, 过程信息, 行政执法卷宗): read as the
 * format's rows, each said. */
static void test_label_wordings(void **state)
{
    (void)state;
    char *tabs = fixture("report-2021-tabs.txt", NULL);
    static const char *const from[] = {"6.属于四类过程性信息\t", "7.属于行政执法案卷\t",
                                       "3.其他\t"};
    static const char *const to[] = {"6.属于四类过程信息\t", "7.属于行政执法卷宗\t", "3.其它\t"};
    char *text = replace_all(tabs, from, to, 3);
    xxgk_report *r = read_text(text, strlen(text));
    assert_json_at(r, "requests.withheld[5]", "[0,0,0,0,0,0,0]");
    assert_json_at(r, "requests.withheld[6]", "[0,0,0,0,0,0,0]");
    assert_json_at(r, "requests.other[2]", "[1,0,1,0,0,0,2]");
    assert_int_equal(diag_count(r, "format-label-variant", NULL, 0), 3);
    assert_int_equal(diag_count(r, "struct-row-missing", NULL, 0), 0);
    xxgk_report_free(r);
    free(text);
    free(tabs);
}

/* Two reports in one text (as parse or sum writes several to one Markdown file): the first
 * read, its own date, and where the second begins said; not their tables run together. */
static void test_several_reports(void **state)
{
    (void)state;
    char *tabs = fixture("report-2021-tabs.txt", NULL);
    char *other = replace_all(tabs, (const char *const[]){"2024年", "\t20\t5\t1\t0\t2\t1\t29"},
                              (const char *const[]){"2023年", "\t21\t5\t1\t0\t2\t1\t30"}, 2);
    size_t a = strlen(tabs), b = strlen(other);
    unsigned lines = 0;
    for (const char *p = tabs; *p; p++)
        lines += *p == '\n';
    char *both = malloc(a + b + 2);
    memcpy(both, tabs, a);
    both[a] = '\n';
    memcpy(both + a + 1, other, b + 1);
    xxgk_report *r = read_text(both, strlen(both));
    xxgk_report *want = read_text(tabs, a);
    assert_json_at(r, "requests.new", "[20,5,1,0,2,1,29]");
    assert_string_equal(xxgk_report_published(r), xxgk_report_published(want));
    char ev[256], said[128];
    assert_int_equal(diag_count(r, "reader-several-reports", ev, sizeof ev), 1);
    snprintf(said, sizeof said, "第 %u 行起是另一份报告（", lines + 2);
    assert_non_null(strstr(ev, said));
    assert_int_equal(diag_count(r, "struct-row-conflict", NULL, 0), 0);
    xxgk_report_free(r);
    /* one report: none said */
    assert_int_equal(diag_count(want, "reader-several-reports", NULL, 0), 0);
    xxgk_report_free(want);
    free(both);
    free(other);
    free(tabs);
}

/* A piece of a merged caption cell printed on a row's line before its label ("理结果" of
 * 三、本年度办理结果, "无法提" of （四）无法提供) is no other wording of the label; words of no
 * caption before it are. */
static void test_pdf_caption_piece_before_label(void **state)
{
    (void)state;
    char *pdf = fixture("report-2021-pdf.txt", NULL);
    static const char *const whole[] = {"      （二）部分公开（区分处理的，只计这一情\n",
                                        "     2.没有现成信息需要另行制作        1"};
    static const char *const pieces[] = {"  理结果   （二）部分公开（区分处理的，只计这一情\n",
                                         "  无法提 2.没有现成信息需要另行制作        1"};
    char *text = replace_all(pdf, whole, pieces, 2);
    xxgk_report *r = read_whole(text);
    assert_int_equal(diag_count(r, "format-label-variant", NULL, 0), 0);
    xxgk_report_free(r);
    free(text);
    /* ... nor, after the row's figures, beside the rest of the label: no row again */
    text = replace(pdf, "     2.没有现成信息需要另行制作        1    0    0    0    0    0    1\n",
                   "     2.没有现成信息        1    0    0    0    0    0    1\n"
                   "  供  需要另行制作\n");
    r = read_whole(text);
    assert_int_equal(diag_count(r, "struct-row-duplicate", NULL, 0), 0);
    xxgk_report_free(r);
    free(text);
    text = replace(pdf, whole[0], "  某某某   （二）部分公开（区分处理的，只计这一情\n");
    r = read_text(text, strlen(text));
    char ev[256];
    assert_int_equal(diag_count(r, "format-label-variant", ev, sizeof ev), 1);
    assert_string_equal(ev, "“某某某   （二）部分公开（区分处理的，只计这一情”"
                            "（标准：（二）部分公开（区分处理的，只计这一情形，不计其他情形））");
    xxgk_report_free(r);
    free(text);
    free(pdf);
}

/* A row's label with one typo is its row, said as a variant, where the label stands alone
 * on its line above its figures (a table a cell a line) as where they share it; a label of two
 * characters only with its row's own number ("（七）总汁"): none of its figures lost. */
static void test_typo_labels(void **state)
{
    (void)state;
    static const struct {
        const char *fixture, *from, *to, *evidence;
    } cases[] = {
        {"report-2021-cells.txt", "\t（二）部分公开（区分", "\t（二）部份公开（区分",
         "“（二）部份公开（区分处理的，只计这一情形，不计其他情形）”（标准：（二）部分公开"
         "（区分处理的，只计这一情形，不计其他情形））"},
        {"report-2021-cells.txt", "\t2.重复申请\n", "\t2.重复申情\n",
         "“2.重复申情”（标准：2.重复申请）"},
        {"report-2021-cells.txt", "\t（七）总计\n", "\t（七）总汁\n",
         "“（七）总汁”（标准：（七）总计）"},
        {"report-2021-tabs.txt", "\t（七）总计\t", "\t（七）总汁\t",
         "“（七）总汁”（标准：（七）总计）"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *base = fixture(cases[i].fixture, NULL);
        char *text = replace(base, cases[i].from, cases[i].to);
        xxgk_report *r = read_text(text, strlen(text));
        char ev[512] = "";
        assert_int_equal(diag_count(r, "format-label-variant", ev, sizeof ev), 1);
        assert_string_equal(ev, cases[i].evidence);
        assert_int_equal(diag_count(r, "reader-order", NULL, 0), 0);
        assert_json_at(r, "requests.total", "[21,5,1,0,1,1,29]");
        assert_json_at(r, "requests.partly", "[2,1,0,0,0,0,3]");
        xxgk_report_free(r);
        free(text);
        free(base);
    }
    /* (a numbered label of two characters two off its row's is no typo of it) */
    char *base = fixture("report-2021-tabs.txt", NULL);
    char *text = replace(base, "\t（七）总计\t", "\t（七）小结\t");
    xxgk_report *r = read_text(text, strlen(text));
    assert_int_equal(diag_count(r, "format-label-variant", NULL, 0), 0);
    assert_json_at(r, "requests.total", "[null,null,null,null,null,null,null]");
    xxgk_report_free(r);
    free(text);
    free(base);
}

/* A label wrapped before its last word, the figures on the line of that word, the word the
 * start of the next row's label too (1.…其政府信息公开 / 申请 1 0 0 …, then 2.申请人…): the
 * waiting row's end, not the next row begun. */
static void test_pdf_label_end_with_figures(void **state)
{
    (void)state;
    char *pdf = fixture("report-2021-pdf.txt", NULL);
    char *text = replace(pdf, "再处理其政府信息公开申请        1",
                         "再处理其政府信息公开\n                      申请        1");
    free(pdf);
    xxgk_report *r = read_whole(text);
    assert_int_equal(diag_count(r, "struct-row-conflict", NULL, 0), 0);
    assert_int_equal(diag_count(r, "format-label-variant", NULL, 0), 0);
    xxgk_report_free(r);
    free(text);
}

/* A group's label printed beside its last row, a few spaces apart (its merged cell's text
 * at the bottom): the row's figures, not the group's, which has none. */
static void test_pdf_group_beside_last_row(void **state)
{
    (void)state;
    char *pdf = fixture("report-2021-pdf.txt", NULL);
    char *a = replace(pdf, "     （七）总计        21", "     三、本年度办理结果   （七）总计        21");
    char *b = replace(a, "     3.其他        1", "     （六）其他处理   3.其他        1");
    xxgk_report *r = read_whole(b);
    xxgk_report_free(r);
    free(pdf);
    free(a);
    free(b);
}

static void test_pdf_text(void **state) { (void)state; check_fixture("report-2021-pdf.txt", "spaces"); }


static void test_format_2019(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2019-tabs.txt", &n);
    xxgk_report *r = read_text(text, n);
    assert_int_equal(xxgk_report_format(r), XXGK_FORMAT_2019);
    json_t *j = report_json(r);
    json_t *a = json_object_get(j, "active");
    assert_int_equal(json_integer_value(json_array_get(json_object_get(a, "licensing"), 1)), -2);
    assert_int_equal(json_integer_value(json_array_get(json_object_get(a, "procurement"), 1)),
                     251000);
    json_t *other = json_object_get(json_object_get(j, "requests"), "other");
    assert_int_equal(json_array_size(other), 1);
    assert_int_equal(json_integer_value(json_array_get(json_array_get(other, 0), 6)), 3);
    /* what the cell literally held is kept: 251000元 is a number with text */
    const xxgk_row_spec *proc = &xxgk_report_spec(r)->tables[XXGK_TABLE_ACTIVE].rows[7];
    const xxgk_cell *c = xxgk_report_cell(r, (size_t)proc->first_cell + 1);
    assert_int_equal(c->kind, XXGK_CELL_NUMBER_TEXT);
    assert_string_equal(c->raw, "251000元");
    json_decref(j);
    xxgk_report_free(r);
    /* 其他对外管理服务事项 wrapped in a narrow column, the rest of the label on the next line:
     * its row, and not another wording of its label */
    char *wrapped = replace(text, "其他对外管理服务事项\t6", "其他对外管理\n服务事项\t6");
    r = read_text(wrapped, strlen(wrapped));
    j = report_json(r);
    char *os = json_dumps(json_object_get(json_object_get(j, "active"), "other_services"), 0);
    assert_string_equal(os, "[6, 0, 14]");
    free(os);
    json_decref(j);
    assert_int_equal(diag_count(r, "format-label-variant", NULL, 0), 0);
    xxgk_report_free(r);
    free(wrapped);
    /* 采购总金额 has no unit of its own and is kept in 元: 25.1万元 in the cell, or 25.1 under a
     * header in 万元, is the same 251000, and said so */
    static const struct {
        const char *from, *to, *evidence;
    } wan[] = {{"\t251000元\t", "\t25.1万元\t", "政府集中采购：25.1万元 = 251000元（单元格注明单位为万元）"},
               {"\t采购总金额\t", "\t采购总金额（单位：万元）\t",
                "政府集中采购：251000万元 = 2510000000元（表头单位为万元）"}};
    for (size_t i = 0; i < sizeof wan / sizeof wan[0]; i++) {
        char *t = replace(text, wan[i].from, wan[i].to);
        if (i == 1) { /* (the header's unit, over a bare figure) */
            char *u = replace(t, "\t251000元\t", "\t251000\t");
            free(t);
            t = u;
        }
        r = read_text(t, strlen(t));
        char ev[256];
        assert_int_equal(diag_count(r, "reader-unit", ev, sizeof ev), 1);
        assert_string_equal(ev, wan[i].evidence);
        assert_true(xxgk_report_cell(r, (size_t)proc->first_cell + 1)->value ==
                    (i == 0 ? 251000 : 2510000000.0));
        xxgk_report_free(r);
        free(t);
    }
    /* （六） printed as the 2021 format's three sub-rows in a 2019 report: the one row the
     * format has is their sum, said as a layout of the table's own, and the outcomes add up */
    char *t = replace(text, "\t（六）其他处理\t\t2\t0\t1\t0\t0\t0\t3",
                      "\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
                      "\t1\t0\t0\t0\t0\t0\t1\n"
                      "\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"
                      "\t0\t0\t0\t0\t0\t0\t0\n\t\t3.其他\t1\t0\t1\t0\t0\t0\t2");
    /* ... on the label's line, or on the lines after it (its own line holding empty cells) */
    char *own = replace(t, "\t（六）其他处理\t1.申请人", "\t（六）其他处理\t\t\t\t\t\t\t\t\n\t\t1.申请人");
    for (int pass = 0; pass < 2; pass++) {
        const char *u = pass ? own : t;
        r = read_text(u, strlen(u));
        assert_int_equal(xxgk_report_format(r), XXGK_FORMAT_2019);
        char ev[256];
        assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
        assert_int_equal(diag_count(r, "format-table-layout", ev, sizeof ev), 1);
        assert_string_equal(ev, "（六）其他处理：按另一种格式分为若干小项印出，已合计为本格式的"
                                "一行：2 0 1 0 0 0 3");
        j = report_json(r);
        json_t *six = json_array_get(json_object_get(json_object_get(j, "requests"), "other"), 0);
        char *got = json_dumps(six, JSON_COMPACT);
        assert_string_equal(got, "[2,0,1,0,0,0,3]");
        free(got);
        json_decref(j);
        xxgk_findings *f = NULL;
        assert_int_equal(xxgk_check(&f, r, NULL), 0);
        for (size_t i = 0; i < xxgk_findings_count(f); i++)
            assert_string_not_equal(xxgk_findings_get(f, i)->rule->id, "arith-outcomes");
        xxgk_findings_free(f);
        xxgk_report_free(r);
    }
    free(own);
    free(t);
    /* its own figures printed, then the sub-rows (a breakdown): its own are kept */
    t = replace(text, "\t（六）其他处理\t\t2\t0\t1\t0\t0\t0\t3",
                "\t（六）其他处理\t\t2\t0\t1\t0\t0\t0\t3\n"
                "\t\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
                "\t1\t0\t0\t0\t0\t0\t1\n\t\t3.其他\t1\t0\t1\t0\t0\t0\t2");
    r = read_text(t, strlen(t));
    assert_int_equal(diag_count(r, "format-table-layout", NULL, 0), 0);
    j = report_json(r);
    char *got = json_dumps(json_array_get(json_object_get(json_object_get(j, "requests"), "other"),
                                          0),
                           JSON_COMPACT);
    assert_string_equal(got, "[2,0,1,0,0,0,3]");
    free(got);
    json_decref(j);
    xxgk_report_free(r);
    free(t);
    free(text);
}

/* A 2019 report's section 二 as w3m dumps a page's table at 80 columns: a label too long for its
 * column wrapped around the line of its figures ("其他对外管理" above them, "服务事项" alone
 * below), the start being one of the row's keys.  The end is the label's (no other wording of
 * it); joined into another of its keys, that wording is said whole; an end that does not make
 * one (another word, a caption, a piece not under the label) or none leaves the start said as
 * printed, and the line after taken by no row. */
static void test_label_wrapped_around_figures(void **state)
{
    (void)state;
    static const char form[] =
        "某某局2019年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n"
        "第二十条第（五）项\n\n"
        "信息内容            上一年项目数量      本年增/减           处理决定数量\n\n"
        "行政许可            45                  0                   3\n\n"
        "其他对外管理\n"
        "                    7                   -2                  5\n"
        "%s\n"
        "第二十条第（六）项\n\n"
        "信息内容            上一年项目数量      本年增/减           处理决定数量\n\n"
        "行政处罚            636                 0                   12\n\n"
        "三、收到和处理政府信息公开申请情况\n";
    static const struct {
        const char *below, *evidence; /* evidence NULL: no label variant */
    } cases[] = {
        {"服务事项\n", NULL},
        {"服务\n", "“其他对外管理服务”（标准：其他对外管理服务事项）"},
        {"", "“其他对外管理”（标准：其他对外管理服务事项）"},
        {"办理事项\n", "“其他对外管理”（标准：其他对外管理服务事项）"},
        {"                    服务事项\n", "“其他对外管理”（标准：其他对外管理服务事项）"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[2048];
        snprintf(text, sizeof text, form, cases[i].below);
        xxgk_report *r = read_text(text, strlen(text));
        assert_int_equal(xxgk_report_format(r), XXGK_FORMAT_2019);
        assert_json_at(r, "active.licensing", "[45,0,3]");
        assert_json_at(r, "active.other_services", "[7,-2,5]");
        assert_json_at(r, "active.penalty", "[636,0,12]");
        char ev[256] = "";
        assert_int_equal(diag_count(r, "format-label-variant", ev, sizeof ev),
                         cases[i].evidence != NULL);
        if (cases[i].evidence)
            assert_string_equal(ev, cases[i].evidence);
        assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
        xxgk_report_free(r);
    }
    /* a row's label below the figures, its own figures after it, is that row's, not the end
     * of the label above */
    char text[2048];
    snprintf(text, sizeof text, form, "行政强制\n                    43                  0       "
                                      "            1\n");
    xxgk_report *r = read_text(text, strlen(text));
    assert_json_at(r, "active.other_services", "[7,-2,5]");
    assert_json_at(r, "active.coercion", "[43,0,1]");
    char ev[256] = "";
    assert_int_equal(diag_count(r, "format-label-variant", ev, sizeof ev), 1);
    assert_string_equal(ev, "“其他对外管理”（标准：其他对外管理服务事项）");
    xxgk_report_free(r);
}

/* Table 三 of the 2021 format as w3m dumps it with narrow columns: labels wrapped around the
 * line of their figures, the start a piece of the label, the end alone below ("2.其他法律行政法规"
 * / figures / "禁止公开"): every figure its row's, no other wording said, and no end taken for
 * a row. */
static void test_requests_label_wrapped_around_figures(void **state)
{
    (void)state;
    static const char text[] =
        "某某局2024年政府信息公开工作年度报告\n\n三、收到和处理政府信息公开申请情况\n\n"
        "一、本年新收政府信息公开申请数量          120  14  3  2  5  1  145\n\n"
        "二、上年结转政府信息公开申请数量          7    2   0  1  0  0  10\n\n"
        "            （一）予以公开                40   5   1  1  2  0  49\n\n"
        "            （二）部分公开（区分处理的，\n"
        "                                          11   2   0  0  1  0  14\n"
        "            只计这一情形，不计其他情形）\n\n"
        "                      1.属于国家秘密      1    0   0  0  0  0  1\n\n"
        "                      2.其他法律行政法规\n"
        "                                          2    1   0  0  0  0  3\n"
        "                      禁止公开\n\n"
        "                      3.危及“三安全一稳定”  0  0   0  0  0  0  0\n\n"
        "四、政府信息公开行政复议、行政诉讼情况\n";
    xxgk_report *r = read_text(text, strlen(text));
    assert_json_at(r, "requests.granted", "[40,5,1,1,2,0,49]");
    assert_json_at(r, "requests.partly", "[11,2,0,0,1,0,14]");
    assert_json_at(r, "requests.withheld[0]", "[1,0,0,0,0,0,1]");
    assert_json_at(r, "requests.withheld[1]", "[2,1,0,0,0,0,3]");
    assert_json_at(r, "requests.withheld[2]", "[0,0,0,0,0,0,0]");
    assert_int_equal(diag_count(r, "format-label-variant", NULL, 0), 0);
    assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
    assert_int_equal(diag_count(r, "struct-row-duplicate", NULL, 0), 0);
    xxgk_report_free(r);
}

/* The 2019 template's section 二 spans figure cells over two of its five columns (本年新公开数量,
 * 本年增/减): a merged cell is one figure, never a figure and a blank. */
static void test_html_merged_figures(void **state)
{
    (void)state;
    const char *page =
        "<html><body><p>某市人民政府办公厅2019年政府信息公开工作年度报告</p>"
        "<p>二、主动公开政府信息情况</p><table>"
        "<tr><td colspan=\"5\">第二十条第（一）项</td></tr>"
        "<tr><td>信息内容</td><td>本年新<br />制作数量</td><td colspan=\"2\">本年新<br />公开数量</td>"
        "<td>对外公开总数量</td></tr>"
        "<tr><td>规章</td><td>13</td><td colspan=\"2\">13</td><td>524</td></tr>"
        "<tr><td>规范性文件</td><td>60</td><td colspan=\"2\">&nbsp;</td><td>368</td></tr>"
        "<tr><td colspan=\"5\">第二十条第（五）项</td></tr>"
        "<tr><td>信息内容</td><td>上一年项目数量</td><td colspan=\"2\">本年增/减</td>"
        "<td>处理决定数量</td></tr>"
        "<tr><td>行政许可</td><td colspan=\"2\">7</td><td>2</td><td>9</td></tr>"
        "</table><p>六、其他需要报告的事项</p><p>无。</p></body></html>";
    xxgk_report *r = read_text(page, strlen(page));
    json_t *j = report_json(r);
    json_t *active = json_object_get(j, "active");
    char *got = json_dumps(active, JSON_COMPACT);
    assert_string_equal(got, "{\"regs\":[13,13,524],\"normative\":[60,0,368],"
                             "\"licensing\":[7,2,9],\"other_services\":[null,null,null],"
                             "\"penalty\":[null,null,null],\"coercion\":[null,null,null],"
                             "\"fees\":[null,null],\"procurement\":[null,null]}");
    free(got);
    json_decref(j);
    assert_int_equal(diag_count(r, "struct-extra-cells", NULL, 0), 0);
    xxgk_report_free(r);

    /* the same in Word: w:gridSpan */
#define TC(x) "<w:tc><w:p><w:r><w:t>" x "</w:t></w:r></w:p></w:tc>"
#define TC2(x) "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>" x "</w:t></w:r></w:p></w:tc>"
#define P(x) "<w:p><w:r><w:t>" x "</w:t></w:r></w:p>"
    static char xml[] =
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        P("某市人民政府办公厅2019年政府信息公开工作年度报告") P("二、主动公开政府信息情况") "<w:tbl>"
        "<w:tr>" TC("信息内容") TC("本年新制作数量") TC2("本年新公开数量") TC("对外公开总数量") "</w:tr>"
        "<w:tr>" TC("规章") TC("13") TC2("13") TC("524") "</w:tr>"
        "<w:tr>" TC("规范性文件") TC("60") TC2("") TC("368") "</w:tr>"
        "<w:tr>" TC("信息内容") TC("上一年项目数量") TC2("本年增/减") TC("处理决定数量") "</w:tr>"
        "<w:tr>" TC("行政许可") TC2("7") TC("2") TC("9") "</w:tr>"
        "</w:tbl>" P("六、其他需要报告的事项") P("无。") "</w:body></w:document>";
#undef TC
#undef TC2
#undef P
    part p = {"word/document.xml", xml, strlen(xml)};
    bytes b = zip_parts(&p, 1);
    assert_int_equal(xxgk_report_read(&r, b.data, b.len, NULL), 0);
    j = report_json(r);
    char *docx = json_dumps(json_object_get(j, "active"), JSON_COMPACT);
    assert_string_equal(docx, "{\"regs\":[13,13,524],\"normative\":[60,0,368],"
                              "\"licensing\":[7,2,9],\"other_services\":[null,null,null],"
                              "\"penalty\":[null,null,null],\"coercion\":[null,null,null],"
                              "\"fees\":[null,null],\"procurement\":[null,null]}");
    free(docx);
    json_decref(j);
    xxgk_report_free(r);
    free(b.data);
}


/* Table 三 as a web page lays it out, labels merged over rows and columns, with `block` for
 * the rows of （三）不予公开, and the same as a Word document with `wblock`. */
#define T3_HEAD                                                                                  \
    "<p>某某局2024年政府信息公开工作年度报告</p><p>三、收到和处理政府信息公开申请情况</p>"      \
    "<table><tr><td colspan=3 rowspan=3>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项" \
    "加第四项之和）</td><td colspan=7>申请人情况</td></tr><tr><td rowspan=2>自然人</td>"          \
    "<td colspan=5>法人或其他组织</td><td rowspan=2>总计</td></tr><tr><td>商业企业</td>"          \
    "<td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>"               \
    "<tr><td colspan=3>一、本年新收政府信息公开申请数量</td><td>9</td><td>8</td><td>7</td>"      \
    "<td>6</td><td>5</td><td>4</td><td>39</td></tr><tr><td rowspan=3>三、本年度办理结果</td>"    \
    "<td colspan=2>（一）予以公开</td><td>1</td><td>1</td><td>1</td><td>1</td><td>1</td>"        \
    "<td>1</td><td>6</td></tr>"
#define T3_TAIL "</table><p>六、其他需要报告的事项</p><p>无。</p>"
#define W_T(x) "<w:tc><w:p><w:r><w:t>" x "</w:t></w:r></w:p></w:tc>"
#define W_TCP(props, x)                                                                          \
    "<w:tc><w:tcPr>" props "</w:tcPr><w:p><w:r><w:t>" x "</w:t></w:r></w:p></w:tc>"
#define W_TR(cells) "<w:tr>" cells "</w:tr>"
#define W_SIX(a, b, c, d, e, f) W_T(a) W_T(b) W_T(c) W_T(d) W_T(e) W_T(f)
#define W_T3_HEAD                                                                                \
    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"      \
    "<w:body><w:p><w:r><w:t>某某局2024年政府信息公开工作年度报告</w:t></w:r></w:p>"              \
    "<w:p><w:r><w:t>三、收到和处理政府信息公开申请情况</w:t></w:r></w:p>"                         \
    "<w:tbl>" W_TR(W_T("") W_T("") W_T("")                                                       \
                   W_SIX("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他") \
                       W_T("总计"))                                                              \
    W_TR(W_T("一、本年新收政府信息公开申请数量") W_T("") W_T("")                                 \
         W_SIX("9", "8", "7", "6", "5", "4") W_T("39"))                                          \
    W_TR(W_T("三、本年度办理结果") W_T("（一）予以公开") W_T("")                                \
             W_SIX("1", "1", "1", "1", "1", "1") W_T("6"))
#define W_T3_TAIL                                                                                \
    "</w:tbl><w:p><w:r><w:t>六、其他需要报告的事项</w:t></w:r></w:p><w:p><w:r><w:t>无。</w:t>"   \
    "</w:r></w:p></w:body></w:document>"

static xxgk_report *t3_html(const char *block)
{
    char page[8192];
    int n = snprintf(page, sizeof page, "<html><body>%s%s%s</body></html>", T3_HEAD, block,
                     T3_TAIL);
    assert_true(n > 0 && (size_t)n < sizeof page);
    return read_text(page, (size_t)n);
}

static xxgk_report *t3_docx(const char *xml)
{
    char *own = strdup(xml);
    assert_non_null(own);
    part p = {"word/document.xml", own, strlen(own)};
    bytes b = zip_parts(&p, 1);
    free(own);
    xxgk_report *r = NULL;
    assert_int_equal(xxgk_report_read(&r, b.data, b.len, NULL), 0);
    free(b.data);
    return r;
}

/* A figure merged over two rows or two applicants' columns moved the figures after it a
 * column left (2 merged down: 7 1 2 4 1 15 null).  Placed on the table's grid, the place it
 * spans is an empty cell, as Word writes one (w:vMerge), read as 0 and said. */
static void test_html_merged_figure_cells(void **state)
{
    (void)state;
    static const double first[] = {2, 7, 7, 2, 4, 2, 24}, second[] = {0, 7, 1, 2, 4, 1, 15};
    xxgk_report *r = t3_html(
        "<tr><td rowspan=2>（三）不予公开</td><td>1.属于国家秘密</td><td rowspan=2>2</td>"
        "<td>7</td><td>7</td><td>2</td><td>4</td><td>2</td><td>24</td></tr>"
        "<tr><td>2.其他法律行政法规禁止公开</td><td>7</td><td>1</td><td>2</td><td>4</td>"
        "<td>1</td><td>15</td></tr>");
    assert_requests_row(r, "withheld", 0, first, 7);
    assert_requests_row(r, "withheld", 1, second, 7);
    assert_int_equal(diag_count(r, "struct-missing-cells", NULL, 0), 0);
    xxgk_report_free(r);
    r = t3_docx(W_T3_HEAD W_TR(W_TCP("<w:vMerge w:val=\"restart\"/>", "（三）不予公开")
                                   W_T("1.属于国家秘密") W_TCP("<w:vMerge w:val=\"restart\"/>", "2")
                                       W_SIX("7", "7", "2", "4", "2", "24"))
                    W_TR(W_TCP("<w:vMerge/>", "") W_T("2.其他法律行政法规禁止公开")
                             W_TCP("<w:vMerge/>", "") W_SIX("7", "1", "2", "4", "1", "15"))
                        W_T3_TAIL);
    assert_requests_row(r, "withheld", 0, first, 7);
    assert_requests_row(r, "withheld", 1, second, 7);
    xxgk_report_free(r);

    /* over two columns (7 for 商业企业 and 科研机构): the second blank, not 2 4 2 24 null */
    static const double spanned[] = {2, 7, 0, 2, 4, 2, 24};
    r = t3_html("<tr><td rowspan=2>（三）不予公开</td><td>1.属于国家秘密</td><td>2</td>"
                "<td colspan=2>7</td><td>2</td><td>4</td><td>2</td><td>24</td></tr>"
                "<tr><td>2.其他法律行政法规禁止公开</td><td>0</td><td>7</td><td>1</td><td>2</td>"
                "<td>4</td><td>1</td><td>15</td></tr>");
    assert_requests_row(r, "withheld", 0, spanned, 7);
    assert_requests_row(r, "withheld", 1, second, 7);
    assert_int_equal(diag_count(r, "struct-missing-cells", NULL, 0), 0);
    xxgk_report_free(r);
    r = t3_docx(W_T3_HEAD W_TR(W_T("（三）不予公开") W_T("1.属于国家秘密") W_T("2")
                                   W_TCP("<w:gridSpan w:val=\"2\"/>", "7")
                                       W_T("2") W_T("4") W_T("2") W_T("24"))
                    W_TR(W_T("") W_T("2.其他法律行政法规禁止公开") W_T("0")
                             W_SIX("7", "1", "2", "4", "1", "15"))
                        W_T3_TAIL);
    assert_requests_row(r, "withheld", 0, spanned, 7);
    assert_requests_row(r, "withheld", 1, second, 7);
    xxgk_report_free(r);

    /* a figure under a heading merged as it is, section 二's 本年处理决定数量 over the three
     * columns (一) sets apart, is one cell */
    const char *two =
        "<html><body><p>某某局2024年政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p>"
        "<table><tr><td colspan=4>第二十条第（一）项</td></tr><tr><td>信息内容</td>"
        "<td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr><tr><td>规章</td>"
        "<td>2</td><td>1</td><td>13</td></tr><tr><td colspan=4>第二十条第（五）项</td></tr>"
        "<tr><td>信息内容</td><td colspan=3>本年处理决定数量</td></tr><tr><td>行政许可</td>"
        "<td colspan=3>117</td></tr></table></body></html>";
    r = read_text(two, strlen(two));
    const char *line = NULL;
    for (unsigned k = 1; (line = xxgk_report_line(r, k)) != NULL; k++)
        if (strncmp(line, "行政许可", strlen("行政许可")) == 0)
            break;
    assert_string_equal(line, "行政许可\t117");
    json_t *j = report_json(r);
    assert_int_equal(json_integer_value(json_object_get(json_object_get(j, "active"), "licensing")),
                     117);
    json_decref(j);
    xxgk_report_free(r);

    /* a block of zeros merged down, one cell a column (49 nulls), and over its columns too */
    static const char *const rows[] = {"2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”",
                                       "4.保护第三方合法权益",       "5.属于三类内部事务信息",
                                       "6.属于四类过程性信息",       "7.属于行政执法案卷",
                                       "8.属于行政查询事项"};
    static const double zeros[] = {0, 0, 0, 0, 0, 0, 0};
    for (int whole = 0; whole < 2; whole++) {
        char block[4096];
        int n = snprintf(block, sizeof block,
                         "<tr><td rowspan=8>（三）不予公开</td><td>1.属于国家秘密</td>%s</tr>",
                         whole ? "<td colspan=7 rowspan=8>0</td>"
                               : "<td rowspan=8>0</td><td rowspan=8>0</td><td rowspan=8>0</td>"
                                 "<td rowspan=8>0</td><td rowspan=8>0</td><td rowspan=8>0</td>"
                                 "<td rowspan=8>0</td>");
        for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
            n += snprintf(block + n, sizeof block - (size_t)n, "<tr><td>%s</td></tr>", rows[i]);
        assert_true((size_t)n < sizeof block);
        r = t3_html(block);
        for (int k = 0; k < 8; k++)
            assert_requests_row(r, "withheld", k, zeros, 7);
        xxgk_report_free(r);
    }
}
#undef W_T
#undef W_TCP
#undef W_TR
#undef W_SIX
#undef W_T3_HEAD
#undef W_T3_TAIL
#undef T3_HEAD
#undef T3_TAIL

/* Markdown written by xxgk reads back to the same figures, in both formats. */
/* Markdown with every table row's leading and trailing "|" taken off. */
static char *strip_outer_bars(const char *md)
{
    char *out = malloc(strlen(md) + 1), *w = out;
    assert_non_null(out);
    for (const char *l = md; *l;) {
        const char *end = strchr(l, '\n');
        size_t n = end ? (size_t)(end - l) : strlen(l);
        const char *a = l, *z = l + n;
        if (n > 1 && *a == '|' && z[-1] == '|') {
            a++;
            z--;
        }
        memcpy(w, a, (size_t)(z - a));
        w += z - a;
        if (end)
            *w++ = '\n';
        l += n + (end ? 1 : 0);
    }
    *w = '\0';
    return out;
}

/* One table's rows as pipe rows without their outer bars in a tab-separated report, a cell left
 * blank: its place kept (规章 1, blank, 3), the blank not closed up. */
static void test_bare_pipe_rows_in_tabs(void **state)
{
    (void)state;
    char *tabs = fixture("report-2021-tabs.txt", NULL);
    char *t = replace(tabs, "\n规章\t1\t0\t3\n", "\n规章 | 1 |  | 3\n");
    xxgk_report *r = read_text(t, strlen(t));
    assert_cell(r, "regs", 0, 1);
    assert_cell(r, "regs", 1, 0);
    assert_cell(r, "regs", 2, 3);
    assert_int_equal(diag_count(r, "struct-missing-cells", NULL, 0), 0);
    xxgk_report_free(r);
    free(t);
    free(tabs);
}

/* A Markdown row with fewer cells than its table (a converter from PDF leaves out the cells it
 * found empty, wherever they stood, and may give the row a delimiter row of its own): which
 * column is blank cannot be told, so the row stays null and is said; a row that keeps its
 * empty cell ("| 5 |  | 40 |") is read in place. */
static void test_short_pipe_row(void **state)
{
    (void)state;
    char *tabs = fixture("report-2021-tabs.txt", NULL);
    char *t = replace(tabs, "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t1\t0\t3\n"
                            "行政规范性文件\t5\t2\t40\n",
                      "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
                      "|---|---|---|---|\n| 规章 | 1 | 3 |\n|---|---|---|\n"
                      "| 行政规范性文件 | 5 |  | 40 |\n");
    xxgk_report *r = read_text(t, strlen(t));
    for (int i = 0; i < 3; i++)
        assert_true(cell_value(r, "regs", i) == -1);
    assert_cell(r, "normative", 0, 5);
    assert_cell(r, "normative", 1, 0); /* (printed blank, counted as 0 and said) */
    assert_int_equal(diag_count(r, "struct-blank-cells", NULL, 0), 1);
    assert_cell(r, "normative", 2, 40);
    char ev[256];
    assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
    assert_string_equal(ev, "规章：3 个数值单元格只印出 2 个，无法按位置判断空白的是哪几列：1 3");
    xxgk_report_free(r);
    free(t);
    free(tabs);
}

/* Hard-wrapped prose above a Markdown table, its lines split at spaces ("申请 34 件，上年结转
 * 政府信息公开" over "申请 2 件，"): sentences, not rows, so no label is called a variant and
 * no figure unplaced; the table's figures are read. */
static void test_markdown_prose_lines(void **state)
{
    (void)state;
    xxgk_report *r = load_fixture("report-2021-tabs.txt");
    bytes md = {NULL, 0};
    assert_int_equal(xxgk_write_report("md", r, NULL, sink_bytes, &md), 0);
    xxgk_report_free(r);
    char *text = strndup(md.data, md.len);
    char *t = replace(text, "## 三、收到和处理政府信息公开申请情况\n",
                      "## 三、收到和处理政府信息公开申请情况\n"
                      "全年收到政府信息公开申请 29 件，上年结转政府信息公开\n"
                      "申请 4 件。办结申请中予以公开 11 件，部分公开 3 件，不予公开 2\n"
                      "件，无法提供 7 件，其他处理 3 件。\n\n");
    r = read_text(t, strlen(t));
    assert_report_figures(r, expected_2021);
    assert_int_equal(diag_count(r, "format-label-variant", NULL, 0), 0);
    assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
    xxgk_report_free(r);
    free(t);
    free(text);
    free(md.data);
}

/* text[from..to) of the text, from the line beginning with `from` to the one with `to` (or the
 * end), as a new string. */
static char *lines_between(const char *text, const char *from, const char *to)
{
    const char *a = strstr(text, from);
    assert_non_null(a);
    const char *b = to ? strstr(a, to) : a + strlen(a);
    assert_non_null(b);
    return strndup(a, (size_t)(b - a));
}

/* The three tables printed after the report as appendices (附表1…3), the sections saying 详见附表:
 * read there, section 六 ending before them. */
static void test_appendix_tables(void **state)
{
    (void)state;
    char *tabs = fixture("report-2021-tabs.txt", NULL);
    char *head = lines_between(tabs, "", "\n二、主动公开"),
         *t2 = lines_between(tabs, "第二十条第（一）项", "\n三、收到和处理"),
         *t3 = lines_between(tabs, "（本列数据的勾稽关系", "\n四、政府信息公开行政复议"),
         *t4 = lines_between(tabs, "行政复议\t", "\n五、存在"),
         *tail = lines_between(tabs, "五、存在", NULL);
    /* (captions as 附表N：title, as 表N title, as 附件N alone, none, or the sections' own
     * headings again after the signature) */
    static const char *const captions[][3] = {
        {"附表1：主动公开政府信息情况", "附表2：收到和处理政府信息公开申请情况统计表",
         "附件三 政府信息公开行政复议、行政诉讼情况"},
        {"表1 主动公开政府信息情况", "表2 收到和处理政府信息公开申请情况", "表3"},
        {"附件1", "附件2", "附件3"},
        {"", "", ""},
        {"二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
         "四、政府信息公开行政复议、行政诉讼情况"}};
    for (size_t i = 0; i < sizeof captions / sizeof captions[0]; i++) {
        char text[8192];
        snprintf(text, sizeof text,
                 "%s\n二、主动公开政府信息情况\n\n详见附表1。\n\n三、收到和处理政府信息公开申请情况"
                 "\n\n详见附表2。\n\n四、政府信息公开行政复议、行政诉讼情况\n\n详见附表3。\n\n%s\n"
                 "%s\n\n%s\n%s\n%s\n%s\n\n%s\n",
                 head, tail, captions[i][0], t2, captions[i][1], t3, captions[i][2], t4);
        xxgk_report *r = read_text(text, strlen(text));
        json_t *j = report_json(r);
        assert_figures(j, expected_2021);
        assert_string_equal(json_string_value(json_object_get(j, "published")), "2025-01-20");
        assert_int_equal(xxgk_report_section_count(r), 6);
        const xxgk_section *six = xxgk_report_section(r, 5);
        assert_int_equal(six->number, 6);
        if (i == 0) /* (the signature closes the report, the appendices follow it) */
            assert_string_equal(six->text, "本年度未收取信息处理费。");
        json_decref(j);
        xxgk_report_free(r);
    }
    char *parts[] = {head, t2, t3, t4, tail, tabs};
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
        free(parts[i]);
}

static void test_markdown_round_trip(void **state)
{
    (void)state;
    const char *names[] = {"report-2021-tabs.txt", "report-2019-tabs.txt"};
    for (int i = 0; i < 2; i++) {
        size_t n;
        char *text = fixture(names[i], &n);
        xxgk_report *r = read_text(text, n);
        char *md = NULL;
        assert_int_equal(xxgk_write_report("md", r, NULL, sink_str, &md), 0);
        xxgk_report *back = read_text(md, strlen(md));
        assert_string_equal(xxgk_report_layout(back), "markdown");
        json_t *a = report_json(r), *b = report_json(back);
        char *want = json_dumps(a, 0);
        assert_figures(b, want);
        assert_string_equal(json_string_value(json_object_get(b, "published")),
                            json_string_value(json_object_get(a, "published")));
        /* GFM rows may leave out their outer bars: the same figures */
        char *bare = strip_outer_bars(md);
        xxgk_report *back2 = read_text(bare, strlen(bare));
        assert_report_figures(back2, want);
        xxgk_report_free(back2);
        /* ... and a row wrapped by a line's width after a bar keeps its figures in order */
        /* ... and a row of two cells, one bar between them, is a row of the table too: its
         * cell "1 200" one figure, its space a thousands separator */
        if (i == 0) {
            char *grouped = replace(bare, "行政许可 | 120 |  |  ", "行政许可 | 1 200");
            back2 = read_text(grouped, strlen(grouped));
            assert_cell(back2, "licensing", 0, 1200);
            xxgk_report_free(back2);
            free(grouped);
        }
        for (int outer = 0; outer < 2 && i == 0; outer++) {
            char *wrapped = replace(outer ? md : bare, "| 8 | 2 | 0 | 0 | 1 | 0 | 11",
                                    "| 8 | 2 | 0 | 0 | 1 |\n 0 | 11");
            back2 = read_text(wrapped, strlen(wrapped));
            assert_report_figures(back2, want);
            xxgk_report_free(back2);
            free(wrapped);
        }
        free(bare);
        free(want);
        json_decref(a);
        json_decref(b);
        xxgk_report_free(back);
        xxgk_report_free(r);
        free(md);
        free(text);
    }
    /* a line of the preamble that opens as Markdown markup would comes back as written */
    {
        char *text = fixture("report-2021-tabs.txt", NULL);
        char *marked = replace(text, "本报告根据", "# 一行。\n本报告根据");
        xxgk_report *r = read_text(marked, strlen(marked));
        char *md = NULL;
        assert_int_equal(xxgk_write_report("md", r, NULL, sink_str, &md), 0);
        assert_non_null(strstr(md, "\\# 一行。"));
        xxgk_report *back = read_text(md, strlen(md));
        assert_non_null(xxgk_report_preamble(back));
        assert_non_null(strstr(xxgk_report_preamble(back), "# 一行。\n本报告根据"));
        assert_null(strstr(xxgk_report_preamble(back), "\\#"));
        xxgk_report_free(back);
        xxgk_report_free(r);
        free(md);
        free(marked);
        free(text);
    }
    /* a sentence in a table's section stays, once, with the table rendered anew after it */
    char *text = fixture("report-2021-tabs.txt", NULL);
    char *told = replace(text, "三、收到和处理政府信息公开申请情况\n",
                         "三、收到和处理政府信息公开申请情况\n本年度共收到申请29件，均按期答复。\n");
    assert_true(strcmp(told, text) != 0);
    xxgk_report *r = read_text(told, strlen(told));
    for (int f = 0; f < 2; f++) {
        char *out = NULL;
        assert_int_equal(xxgk_write_report(f ? "txt" : "md", r, NULL, sink_str, &out), 0);
        const char *at = strstr(out, "本年度共收到申请29件，均按期答复。");
        assert_non_null(at);
        assert_null(strstr(at + 1, "本年度共收到申请29件"));
        assert_true(at < strstr(out, "本年新收"));
        free(out);
    }
    xxgk_report_free(r);
    free(told);
    /* the report's words are no markup in Markdown, and read back as they were; a tag a CMS
     * left in copied text is none of its words */
    told = replace(text, "均按期答复。", "均按期答复。<b>A<B&C>D</b>。");
    r = read_text(told, strlen(told));
    assert_non_null(strstr(xxgk_report_section(r, 0)->text, "均按期答复。A<B&C>D。"));
    char *md = NULL;
    assert_int_equal(xxgk_write_report("md", r, NULL, sink_str, &md), 0);
    assert_non_null(strstr(md, "均按期答复。A&lt;B&amp;C&gt;D。"));
    xxgk_report *back = read_text(md, strlen(md));
    assert_non_null(strstr(xxgk_report_section(back, 0)->text, "均按期答复。A<B&C>D。"));
    xxgk_report_free(back);
    free(md);
    xxgk_report_free(r);
    free(told);
    /* Markdown's inline HTML: underlined words kept, a note's raised mark and struck words
     * dropped (<sup>1</sup> would join a figure), <br> a space (the lines keep their
     * numbers) */
    told = replace(text, "均按期答复。",
                   "<u>均按期答复</u>，共<s>30</s>29<sup>1</sup>件。<br>另起一行。");
    r = read_text(told, strlen(told));
    assert_non_null(strstr(xxgk_report_section(r, 0)->text, "均按期答复,共29件。 另起一行。"));
    unsigned told_lines = 0;
    for (const char *p = told; *p; p++)
        told_lines += *p == '\n';
    assert_int_equal(xxgk_report_line_count(r), told_lines);
    xxgk_report_free(r);
    free(told);
    /* a tag never closed drops to its line's end only, and a '<' in prose is no tag */
    told = replace(text, "均按期答复。", "均按期答复<sup>1。\n另起a<b 一行。");
    r = read_text(told, strlen(told));
    assert_non_null(strstr(xxgk_report_section(r, 0)->text, "均按期答复\n另起a<b 一行。"));
    xxgk_report_free(r);
    free(told);
    /* a tag wrapped after its name or an attribute, as pandoc wraps "<span\nstyle=…>": dropped,
     * its line break put after the line its two sides join; a heading after it is a heading,
     * on the tag's line */
    told = replace(text, "六、其他需要报告的事项",
                   "<span\nstyle=\"font-family: 黑体\">六、其他需要报告的事项</span>");
    r = read_text(told, strlen(told));
    size_t ns = xxgk_report_section_count(r);
    assert_string_equal(xxgk_report_section(r, ns - 1)->title, "其他需要报告的事项");
    assert_int_equal(xxgk_report_section(r, ns - 1)->number, 6);
    unsigned at = 1; /* (the heading's line: the tag's first) */
    for (const char *p = told; p < strstr(told, "<span"); p++)
        at += *p == '\n';
    assert_int_equal(xxgk_report_section(r, ns - 1)->line, at);
    xxgk_report_free(r);
    free(told);
    told = replace(text, "均按期答复。", "均按期<b class=\"x\"\nid=\"y\">答复</b>。");
    r = read_text(told, strlen(told));
    assert_non_null(strstr(xxgk_report_section(r, 0)->text, "均按期答复。全年主动公开"));
    told_lines = 0; /* (the lines after it keep their numbers) */
    for (const char *p = told; *p; p++)
        told_lines += *p == '\n';
    assert_int_equal(xxgk_report_line_count(r), told_lines);
    xxgk_report_free(r);
    free(told);
    /* Markdown that opens with raw HTML, as pandoc writes a page's <div>: Markdown, not a
     * fragment of a page whose lines would run together */
    r = read_text(text, strlen(text));
    md = NULL;
    assert_int_equal(xxgk_write_report("md", r, NULL, sink_str, &md), 0);
    xbuf wrapped;
    xbuf_init(&wrapped, 0);
    xbuf_printf(&wrapped, "<div class=\"article\">\n\n%s\n</div>\n", md);
    back = read_text(wrapped.data, wrapped.len);
    assert_string_equal(xxgk_report_layout(back), "markdown");
    assert_same_report(r, back);
    xxgk_report_free(back);
    /* ... but a page's part without such a table is one */
    xbuf_reset(&wrapped);
    xbuf_puts(&wrapped, "<div class=\"article\"><p>一、总体情况</p>\n<p>正文</p></div>\n");
    back = read_text(wrapped.data, wrapped.len);
    assert_string_equal(xxgk_report_encoding(back), "UTF-8");
    assert_string_equal(xxgk_report_layout(back), "html");
    xxgk_report_free(back);
    xbuf_free(&wrapped);
    free(md);
    xxgk_report_free(r);
    /* pandoc's bracketed spans: their words read, the brackets and attributes not; brackets
     * that are no span ([2024]3号, [x]{y}) stay */
    told = replace(text, "\n2025年1月20日", "\n[2025年1月20日]{.underline}");
    char *t2 = replace(told, "均按期答复。",
                       "均按期[答复]{style=\"font-size:16px\"}。[2024]3号[x]{y}");
    r = read_text(t2, strlen(t2));
    assert_string_equal(xxgk_report_published(r), "2025-01-20");
    assert_non_null(strstr(xxgk_report_section(r, 0)->text, "均按期答复。[2024]3号[x]{y}"));
    xxgk_report_free(r);
    free(t2);
    /* brackets inside a span are its words: a link, a note */
    t2 = replace(told, "均按期答复。",
                 "[详见[附件1](http://a.cn/1.pdf)说明]{.underline}[规章[注]]{.x}。");
    r = read_text(t2, strlen(t2));
    assert_non_null(
        strstr(xxgk_report_section(r, 0)->text, "详见[附件1](http://a.cn/1.pdf)说明规章[注]。"));
    xxgk_report_free(r);
    free(t2);
    free(told);
    told = replace(text, "行政许可\t", "[行政许可]{style=\"font-family:仿宋\"}\t");
    r = read_text(told, strlen(told));
    assert_json_at(r, "active.licensing", "120");
    xxgk_report_free(r);
    free(told);
    /* an underlined signature's date is its date */
    told = replace(text, "\n2025年1月20日", "\n<u>2025年1月20日</u>");
    r = read_text(told, strlen(told));
    assert_string_equal(xxgk_report_published(r), "2025-01-20");
    assert_string_equal(xxgk_report_layout(r), "tabs");
    xxgk_report_free(r);
    free(told);
    /* ... and its title is its own, not one made up from its agency and year */
    told = replace(text, "测试市交通运输局2024年政府信息公开工作年度报告",
                   "测试市交通运输局2024年度政府信息公开工作年度报告");
    r = read_text(told, strlen(told));
    md = NULL;
    assert_int_equal(xxgk_write_report("md", r, NULL, sink_str, &md), 0);
    assert_int_equal(strncmp(md, "# 测试市交通运输局2024年度政府信息公开工作年度报告\n",
                             strlen("# 测试市交通运输局2024年度政府信息公开工作年度报告\n")),
                     0);
    free(md);
    xxgk_report_free(r);
    free(told);
    free(text);
}

static void assert_cell_at(const xxgk_report *r, const char *key, int col, double want, int line)
{
    double got = cell_value(r, key, col);
    if (got != want)
        fail_msg("line %d: %s[%d] is %g, want %g", line, key, col, got, want);
}

/* A figure of row key, column col: -1 when unknown, -2 when no such row. */
static double cell_value(const xxgk_report *r, const char *key, int col)
{
    for (int i = XXGK_TABLE_ACTIVE; i < XXGK_TABLE_COUNT; i++) {
        const xxgk_table_spec *u = &xxgk_report_spec(r)->tables[i];
        for (int k = 0; k < u->nrows; k++)
            if (strcmp(u->rows[k].key, key) == 0 && u->rows[k].ncols > col) {
                const xxgk_cell *c = xxgk_report_cell(r, (size_t)(u->rows[k].first_cell + col));
                return xxgk_cell_known(c) ? c->value : -1;
            }
    }
    return -2;
}

/* Markdown as pandoc and MinerU write a report: headings and paragraphs in Markdown, each table
 * with merged cells in HTML (here xxgk's own, in place of its Markdown tables).  It reads as
 * the report does; the text around the tables as it is; a table never closed is left as
 * text. */
static void test_markdown_html_tables(void **state)
{
    (void)state;
    xxgk_report *r = load_fixture("report-2021-tabs.txt");
    bytes md = {NULL, 0}, html = {NULL, 0};
    assert_int_equal(xxgk_write_report("md", r, NULL, sink_bytes, &md), 0);
    assert_int_equal(xxgk_write_report("html", r, NULL, sink_bytes, &html), 0);
    xbuf mixed;
    xbuf_init(&mixed, 0);
    const char *next = html.data;
    int tables = 0, in_table = 0;
    for (const char *l = md.data; *l;) {
        const char *e = strchr(l, '\n');
        size_t n = e ? (size_t)(e - l) + 1 : strlen(l);
        int row = l[0] == '|';
        if (row && !in_table) { /* (the next of the page's tables, as it is written there) */
            const char *a = strstr(next, "<table"), *b = a ? strstr(a, "</table>") : NULL;
            assert_non_null(b);
            xbuf_put(&mixed, a, (size_t)(b - a) + strlen("</table>"));
            xbuf_putc(&mixed, '\n');
            next = b;
            tables++;
        }
        in_table = row;
        if (!row)
            xbuf_put(&mixed, l, n);
        l += n;
    }
    assert_int_equal(tables, 3);
    assert_false(mixed.failed);
    xxgk_report *got = read_text(mixed.data, mixed.len);
    assert_same_report(r, got);
    assert_string_equal(xxgk_report_layout(got), "html-tables");
    assert_string_equal(xxgk_report_line(got, 1),
                        "# 测试市交通运输局2024年政府信息公开工作年度报告");
    /* a table's first row is read too (a fragment has no title line to pass over) */
    static const char first_row[] = "第二十条第(一)项";
    int caption = 0;
    for (unsigned i = 1; i <= xxgk_report_line_count(got); i++)
        caption |= strncmp(xxgk_report_line(got, i), first_row, strlen(first_row)) == 0;
    assert_true(caption);
    /* every line after a table keeps its number, as the file has it */
    const char *five = strstr(mixed.data, "## 五、");
    assert_non_null(five);
    unsigned five_line = 1;
    for (const char *p = mixed.data; p < five; p++)
        five_line += *p == '\n';
    assert_int_equal(strncmp(xxgk_report_line(got, five_line), "## 五、", strlen("## 五、")), 0);
    xxgk_findings *f = check_report(got);
    assert_int_equal(xxgk_findings_count(f), 0);
    xxgk_findings_free(f);
    xxgk_report_free(got);
    /* the last table never closed: its markup stays text, and its figures are not guessed */
    char *open = strstr(mixed.data, "</table>\n\n## 五");
    assert_non_null(open);
    memcpy(open, "</tabel>", strlen("</tabel>"));
    got = read_text(mixed.data, mixed.len);
    assert_string_equal(xxgk_report_layout(got), "html-tables");
    assert_json_at(got, "review", "{\"litigation_after_review\":[null,null,null,null,null],"
                                  "\"litigation_direct\":[null,null,null,null,null],"
                                  "\"reconsideration\":[null,null,null,null,null]}");
    xxgk_report_free(got);
    xbuf_free(&mixed);
    free(md.data);
    free(html.data);
    xxgk_report_free(r);
}

/* A page of xxgk's own HTML reads back to the same figures; so does a CMS page whose article
 * sits among site chrome, with cells split into paragraphs and padded with &nbsp;. */
static void test_html(void **state)
{
    (void)state;
    /* nesting deeper than the reader goes is refused, not cut off without a word, however
     * deep (a hostile page 100,000 deep) */
    static const int depths[] = {1000, 1100, 100000};
    for (size_t t = 0; t < sizeof depths / sizeof depths[0]; t++) {
        int depth = depths[t];
        char *deep = malloc((size_t)depth * 11 + 512);
        assert_non_null(deep);
        size_t k = (size_t)sprintf(deep, "<html><body><p>测试局2024年政府信息公开工作年度报告</p>");
        for (int i = 0; i < depth; i++)
            k += (size_t)sprintf(deep + k, "<div>");
        k += (size_t)sprintf(deep + k, "<p>一、总体情况</p>");
        for (int i = 0; i < depth; i++)
            k += (size_t)sprintf(deep + k, "</div>");
        xxgk_report *d = NULL;
        xxgk_read_options o = {.name = "deep.html"};
        int rc = xxgk_report_read(&d, deep, k, &o);
        if (depth == 1000) {
            assert_int_equal(rc, 0);
            assert_int_equal(xxgk_report_section_count(d), 1);
        } else {
            assert_int_equal(rc, XXGK_ELIMIT);
            assert_string_equal(xxgk_error_last(),
                                "deep.html: HTML nested more than 1024 elements deep: not read");
        }
        xxgk_report_free(d);
        free(deep);
    }
    /* a tag of more attributes than any page has is refused before the parser compares each
     * with all before it (80,000 took it half a minute); 5,000 are read, quotes holding "="
     * and ">" are values */
    static const int attributes[] = {5000, 5001};
    for (size_t t = 0; t < 2; t++) {
        xbuf b;
        xbuf_init(&b, 0);
        xbuf_puts(&b, "<html><body>\n<p>一、总体情况</p>\n<div title=\"a=b>c\"");
        for (int i = 1; i < attributes[t]; i++)
            xbuf_printf(&b, " a%d=\"1\"", i);
        xbuf_puts(&b, ">x</div></body></html>");
        assert_false(b.failed);
        xxgk_report *d = NULL;
        xxgk_read_options o = {.name = "wide.html"};
        int rc = xxgk_report_read(&d, b.data, b.len, &o);
        if (t == 0) {
            assert_int_equal(rc, 0);
            assert_int_equal(xxgk_report_section_count(d), 1);
        } else {
            assert_int_equal(rc, XXGK_ELIMIT);
            assert_string_equal(xxgk_error_last(), "wide.html: line 3: an HTML tag with more than "
                                                   "5000 attributes (no page has them): not read");
        }
        xxgk_report_free(d);
        xbuf_free(&b);
    }
    /* a script's "a<b" opens no tag, however many "=" follow it */
    xbuf js;
    xbuf_init(&js, 0);
    xbuf_puts(&js, "<html><head><script>if (a<b) {");
    for (int i = 0; i < 6000; i++)
        xbuf_puts(&js, "x=1;");
    xbuf_puts(&js, "}</script></head><body><p>一、总体情况</p></body></html>");
    xxgk_report *d = NULL;
    assert_int_equal(xxgk_report_read(&d, js.data, js.len, NULL), 0);
    assert_int_equal(xxgk_report_section_count(d), 1);
    xxgk_report_free(d);
    xbuf_free(&js);
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    xxgk_report *r = read_text(text, n);
    char *html = NULL;
    assert_int_equal(xxgk_write_report("html", r, NULL, sink_str, &html), 0);
    xxgk_report *back = read_text(html, strlen(html));
    assert_string_equal(xxgk_report_layout(back), "html");
    json_t *j = report_json(back);
    assert_figures(j, expected_2021);
    assert_string_equal(json_string_value(json_object_get(j, "agency")), "测试市交通运输局");
    assert_string_equal(json_string_value(json_object_get(j, "published")), "2025-01-20");
    /* (its <title> and <h1> both the title: no preamble) */
    const char *preamble = json_string_value(json_object_get(j, "preamble"));
    assert_non_null(preamble);
    assert_int_equal(strncmp(preamble, "本报告根据", strlen("本报告根据")), 0);
    json_decref(j);
    xxgk_report_free(back);
    /* the site's name a CMS puts after the report's in <title>, behind "-" or "|", left out */
    static const char *const sites[] = {"-测试市交通运输局</title>", " | 测试市人民政府</title>",
                                        "——测试网</title>"};
    for (size_t k = 0; k < sizeof sites / sizeof sites[0]; k++) {
        char *named = replace(html, "</title>", sites[k]);
        back = read_text(named, strlen(named));
        assert_string_equal(xxgk_report_line(back, 1),
                            "测试市交通运输局2024年政府信息公开工作年度报告");
        assert_string_equal(xxgk_report_title(back),
                            "测试市交通运输局2024年政府信息公开工作年度报告");
        xxgk_report_free(back);
        free(named);
    }
    /* a page too large to be a report's (parsed, it would take some 40 times its size) */
    {
        size_t big = ((size_t)16 << 20) + 1;
        char *huge = malloc(big);
        assert_non_null(huge);
        memcpy(huge, "<html><body><p>", 15);
        memset(huge + 15, 'x', big - 15);
        xxgk_report *h = NULL;
        xxgk_read_options ho = {.name = "huge.html"};
        assert_int_equal(xxgk_report_read(&h, huge, big, &ho), XXGK_ELIMIT);
        assert_string_equal(xxgk_error_last(), "huge.html: an HTML page larger than 16 MiB (a "
                                               "report's page is far smaller)");
        free(huge);
    }
    /* what the page does not show, shows struck out, or marks as a footnote is no figure */
    const char *shown[] = {"<span style=\"DISPLAY: none\">9</span>35", "<span hidden>9</span>35",
                           "<del>99</del>35", "35<sup>1</sup>",
                           "<span style=\"visibility:hidden\">9</span>35<s>1</s>"};
    for (size_t i = 0; i < sizeof shown / sizeof shown[0]; i++) {
        char page[512];
        snprintf(page, sizeof page, "<html><body><table><tr><td>行政处罚</td><td>%s</td></tr>"
                 "</table></body></html>", shown[i]);
        xxgk_report *h = read_text(page, strlen(page));
        assert_string_equal(xxgk_report_line(h, 1), "行政处罚\t35");
        xxgk_report_free(h);
    }
    /* the article alone, saved from the page without its <html> and <head>, is a page still */
    const char *body = strstr(html, "<body");
    assert_non_null(body);
    back = read_text(strchr(body, '>') + 1, strlen(strchr(body, '>') + 1));
    assert_string_equal(xxgk_report_layout(back), "html");
    j = report_json(back);
    assert_figures(j, expected_2021);
    json_decref(j);
    xxgk_report_free(back);
    /* a merged label (colspan) before a row whose last cell is empty: the figures stay in
     * their columns, the empty 总计 a blank */
    char *blank = replace(html, "<td>1</td><td>0</td><td>11</td>",
                          "<td>1</td><td>0</td><td>&nbsp;</td>");
    back = read_text(blank, strlen(blank));
    assert_cell(back, "granted", 0, 8);
    assert_cell(back, "granted", 5, 0);
    assert_cell(back, "granted", 6, 0);
    const xxgk_table_spec *req = &xxgk_report_spec(back)->tables[XXGK_TABLE_REQUESTS];
    for (int k = 0; k < req->nrows; k++)
        if (strcmp(req->rows[k].key, "granted") == 0)
            assert_int_equal(xxgk_report_cell(back, (size_t)req->rows[k].first_cell + 6)->kind,
                             XXGK_CELL_BLANK);
    xxgk_report_free(back);
    free(blank);
    /* a page laid out with a table whose cell holds the whole article, tables and all */
    char *open = replace(html, "<body>", "<body><table><tr><td>首页</td></tr><tr><td>");
    char *wrapped = replace(open, "</body>", "</td></tr></table></body>");
    back = read_text(wrapped, strlen(wrapped));
    j = report_json(back);
    assert_figures(j, expected_2021);
    json_decref(j);
    xxgk_report_free(back);
    free(wrapped);
    free(open);
    xxgk_report_free(r);
    free(html);
    free(text);

    const char *page =
        "<!DOCTYPE html><html><head><meta charset=utf-8>"
        "<meta name=\"ArticleTitle\" content=\"某某局2024年政府信息公开工作年度报告\">"
        "<title>某某局2024年政府信息公开工作年度报告_年报_某某网</title>"
        "<script>var x = '一、本年新收 9 9 9';</script></head><body>"
        "<div class=nav>首页 | 政务公开 | 三、收到和处理政府信息公开申请情况</div>"
        "<div class=\"TRS_Editor\"><p>一、总体情况</p><p>本年度工作正常开展。</p>"
        "<p>二、主动公开政府信息情况</p><table><tr><td colspan=4><p>第二十条第（五）项</p></td>"
        "</tr><tr><td>信息内容</td><td>本年处理决定数量</td></tr>"
        "<tr><td><p>行政</p><p>许可</p></td><td>&nbsp;17&nbsp;</td></tr></table>"
        "<p>六、其他需要报告的事项</p><p>本年度未收取信息处理费。</p>"
        "<p style=\"text-align:right\">&nbsp;&nbsp;某某局</p><p>2025年1月10日</p></div>"
        "<div class=footer>版权所有</div></body></html>";
    r = read_text(page, strlen(page));
    assert_string_equal(xxgk_report_agency(r), "某某局");
    assert_int_equal(xxgk_report_year(r), 2024);
    assert_string_equal(xxgk_report_published(r), "2025-01-10");
    j = report_json(r);
    assert_int_equal(json_integer_value(json_object_get(json_object_get(j, "active"), "licensing")),
                     17);
    /* the chrome's words are not the report's */
    assert_true(json_is_null(json_object_get(json_object_get(j, "requests"), "new")) ||
                json_is_null(json_array_get(json_object_get(json_object_get(j, "requests"), "new"),
                                            0)));
    json_decref(j);
    xxgk_report_free(r);
    /* the same page as XHTML, its XML declaration first, and a figure's &nbsp without its
     * semicolon (as an old site writes it): a page still, the figure read */
    char *xhtml = malloc(strlen(page) + 64);
    assert_non_null(xhtml);
    snprintf(xhtml, strlen(page) + 64, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n%s", page);
    char *bare = replace(xhtml, "&nbsp;17&nbsp;", "17&nbsp");
    r = read_text(bare, strlen(bare));
    assert_string_equal(xxgk_report_agency(r), "某某局");
    j = report_json(r);
    assert_int_equal(json_integer_value(json_object_get(json_object_get(j, "active"), "licensing")),
                     17);
    json_decref(j);
    xxgk_report_free(r);
    free(bare);
    free(xhtml);
}

static int diag_count(xxgk_report *r, const char *rule, char *ev, size_t cap)
{
    xxgk_findings *f = check_report(r);
    int n = count_rule(f, rule, ev, cap);
    xxgk_findings_free(f);
    return n;
}

/* A saved page that shows its report in a PDF viewer's frame, and is no report itself: the
 * finding names the document to read, as for a page linking it. */
static void test_page_viewer_frame(void **state)
{
    (void)state;
    const char *page = "<html><head><title>测试局2024年政府信息公开工作年度报告</title></head><body>"
                       "<div class=\"content\"><h1>测试局2024年政府信息公开工作年度报告</h1>"
                       "<iframe src=\"/pdfjs/web/viewer.html?file=%2Ffiles%2Fr2024.pdf\"></iframe>"
                       "</div></body></html>";
    xxgk_report *r = NULL;
    assert_int_equal(xxgk_report_read(&r, page, strlen(page), NULL), 0);
    char ev[512];
    assert_int_equal(diag_count(r, "reader-no-tables", ev, sizeof ev), 1);
    assert_non_null(strstr(ev, "网页以附件发布报告：/files/r2024.pdf"));
    xxgk_report_free(r);
}

/* A Word document written by xxgk reads back to the same figures, and a zip that is not a
 * Word document is refused with a clear error. */
/* Text as a Word document reads, changes tracked: deleted and moved-away text and hidden runs
 * are not part of it. */
static void test_docx_revisions(void **state)
{
    (void)state;
    static char xml[] =
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:body><w:p><w:r><w:t>本年度共收到申请</w:t></w:r><w:del w:id=\"1\"><w:r>"
        "<w:delText>29</w:delText></w:r></w:del><w:ins w:id=\"2\"><w:r><w:t>30</w:t></w:r>"
        "</w:ins><w:r><w:t>件</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>（草稿）</w:t></w:r>"
        "<w:r><w:rPr><w:vanish w:val=\"false\"/></w:rPr><w:t>。</w:t></w:r>"
        "<w:moveFrom w:id=\"3\"><w:r><w:t>移走</w:t></w:r></w:moveFrom></w:p></w:body>"
        "</w:document>";
    part p = {"word/document.xml", xml, strlen(xml)};
    bytes b = zip_parts(&p, 1);
    xxgk_report *r = NULL;
    assert_int_equal(xxgk_report_read(&r, b.data, b.len, NULL), 0);
    assert_string_equal(xxgk_report_line(r, 1), "本年度共收到申请30件。");
    xxgk_report_free(r);
    free(b.data);
    /* a row or a cell deleted with changes tracked is no part of the table */
    /* (P: a paragraph, C: a cell of one) */
#define P(t) "<w:p><w:r><w:t>" t "</w:t></w:r></w:p>"
#define C(t) "<w:tc>" P(t) "</w:tc>"
    static char rows_xml[] =
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:body>" P("某某局2024年政府信息公开工作年度报告") P("二、主动公开政府信息情况")
        "<w:tbl><w:tr>" C("第二十条第（五）项") C("") "</w:tr><w:tr>" C("信息内容")
        C("本年处理决定数量") "</w:tr><w:tr><w:trPr><w:del w:id=\"4\"/></w:trPr>" C("行政许可")
        C("1999") "</w:tr><w:tr>" C("行政许可") C("1234") "</w:tr></w:tbl>"
        P("第二十条第（六）项") "<w:tbl><w:tr>" C("行政处罚")
        "<w:tc><w:tcPr><w:cellDel w:id=\"5\"/></w:tcPr>" P("99") "</w:tc>" C("35")
        "</w:tr></w:tbl></w:body></w:document>";
#undef P
#undef C
    p = (part){"word/document.xml", rows_xml, strlen(rows_xml)};
    b = zip_parts(&p, 1);
    assert_int_equal(xxgk_report_read(&r, b.data, b.len, NULL), 0);
    assert_true(cell_value(r, "licensing", 0) == 1234);
    assert_true(cell_value(r, "penalty", 0) == 35);
    assert_int_equal(diag_count(r, "struct-row-conflict", NULL, 0), 0);
    xxgk_report_free(r);
    free(b.data);
    /* a document declaring entities (kilobytes that expand to gigabytes) is no Word file's */
    static char dtd[] =
        "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"AAAAAAAAAA\">]>"
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:body><w:p><w:r><w:t>&a;&a;</w:t></w:r></w:p></w:body></w:document>";
    p = (part){"word/document.xml", dtd, strlen(dtd)};
    b = zip_parts(&p, 1);
    xxgk_read_options dtd_o = {.name = "dtd.docx"};
    assert_int_equal(xxgk_report_read(&r, b.data, b.len, &dtd_o), XXGK_EENCODING);
    assert_string_equal(xxgk_error_last(), "dtd.docx: damaged Word document: word/document.xml "
                                           "declares a DTD, which no such file does");
    free(b.data);
    /* an element of thousands of attributes, which the parser takes minutes over */
    xbuf crowd;
    xbuf_init(&crowd, 0);
    xbuf_puts(&crowd, "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                      "2006/main\">\n<w:body><w:p");
    for (int k = 0; k < 5001; k++)
        xbuf_printf(&crowd, " a%d=\"1\"", k);
    xbuf_puts(&crowd, "/></w:body></w:document>");
    p = (part){"word/document.xml", crowd.data, crowd.len};
    b = zip_parts(&p, 1);
    xxgk_read_options crowd_o = {.name = "crowd.docx"};
    assert_int_equal(xxgk_report_read(&r, b.data, b.len, &crowd_o), XXGK_ELIMIT);
    assert_string_equal(xxgk_error_last(),
                        "crowd.docx: Word document: word/document.xml line 2: an element with more "
                        "than 5000 attributes (no such file has them): not read");
    free(b.data);
    xbuf_free(&crowd);
    /* XML that is not: the parser's reason and its line, said */
    static char broken[] = "<w:document xmlns:w=\"x\">\n<w:body><w:p></w:body>";
    p = (part){"word/document.xml", broken, strlen(broken)};
    b = zip_parts(&p, 1);
    assert_int_equal(xxgk_report_read(&r, b.data, b.len, &dtd_o), XXGK_EENCODING);
    assert_non_null(strstr(xxgk_error_last(), "dtd.docx: damaged Word document: word/document.xml "
                                              "is not XML (line 2: "));
    free(b.data);
    /* the parser's limits in words of their own: a text of over 10 MB (5 million characters
     * of Chinese), elements nested over 256 deep */
    xbuf big;
    xbuf_init(&big, 0);
    xbuf_puts(&big, "<w:document xmlns:w=\"x\"><w:body><w:p><w:r><w:t>");
    for (int i = 0; i < 3500000; i++)
        xbuf_puts(&big, "一");
    xbuf_puts(&big, "</w:t></w:r></w:p></w:body></w:document>");
    assert_false(big.failed);
    p = (part){"word/document.xml", big.data, big.len};
    b = zip_parts(&p, 1);
    assert_int_equal(xxgk_report_read(&r, b.data, b.len, &dtd_o), XXGK_EENCODING);
    assert_string_equal(xxgk_error_last(), "dtd.docx: damaged Word document: word/document.xml "
                                           "is not XML (line 1: a text longer than 10 MB, as no "
                                           "report has)");
    free(b.data);
    xbuf_reset(&big);
    xbuf_puts(&big, "<w:document xmlns:w=\"x\"><w:body>");
    for (int i = 0; i < 300; i++)
        xbuf_puts(&big, "<w:sdt>");
    p = (part){"word/document.xml", big.data, big.len};
    b = zip_parts(&p, 1);
    assert_int_equal(xxgk_report_read(&r, b.data, b.len, &dtd_o), XXGK_EENCODING);
    assert_string_equal(xxgk_error_last(), "dtd.docx: damaged Word document: word/document.xml "
                                           "is not XML (line 1: elements nested more than 256 "
                                           "deep)");
    free(b.data);
    xbuf_free(&big);
    /* a document in UTF-16, as the packaging standard allows, is read as such */
    iconv_t cd = iconv_open("UTF-16", "UTF-8"); /* (with a byte order mark) */
    assert_true(cd != (iconv_t)-1);
    char wide[2048], *in = xml, *w = wide;
    size_t left = strlen(xml), room = sizeof wide;
    assert_true(iconv(cd, &in, &left, &w, &room) != (size_t)-1);
    iconv_close(cd);
    p = (part){"word/document.xml", wide, (size_t)(w - wide)};
    b = zip_parts(&p, 1);
    assert_int_equal(xxgk_report_read(&r, b.data, b.len, NULL), 0);
    assert_string_equal(xxgk_report_line(r, 1), "本年度共收到申请30件。");
    xxgk_report_free(r);
    free(b.data);
    /* RTF, as Word saves it under .doc when asked: read as RTF (test_rtf.c), not as markup */
    static const char rtf[] = "{\\rtf1\\ansi\\ansicpg936 {\\fonttbl}\\f0 \\'b1\\'be}";
    xxgk_read_options rtf_o = {.name = "old.doc"};
    assert_int_equal(xxgk_report_read(&r, rtf, strlen(rtf), &rtf_o), 0);
    assert_string_equal(xxgk_report_line(r, 1), "本");
    xxgk_report_free(r);
    /* an OpenDocument text cut short (a zip whose first entry is its mimetype, stored): said,
     * not taken for a damaged Word file */
    static const char odt[] = "PK\x03\x04\x0a\x00\x00\x00\x00\x00\x00\x00\x00\x00"
                              "\x00\x00\x00\x00\x27\x00\x00\x00\x27\x00\x00\x00"
                              "\x08\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.text";
    xxgk_read_options odt_o = {.name = "report.odt"};
    assert_int_equal(xxgk_report_read(&r, odt, sizeof odt - 1, &odt_o), XXGK_EENCODING);
    assert_non_null(strstr(xxgk_error_last(),
                           "report.odt: a damaged or truncated OpenDocument text (.odt): "));
    /* a text box drawn twice (DrawingML, with VML as the fallback) is read once, on a line of
     * its own */
    static char box[] =
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
        "<w:body><w:p><w:r><w:t>行政处罚 </w:t></w:r><w:r><mc:AlternateContent>"
        "<mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent><w:p><w:r><w:t>35</w:t></w:r>"
        "</w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
        "<w:p><w:r><w:t>35</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p></w:body></w:document>";
    p = (part){"word/document.xml", box, strlen(box)};
    b = zip_parts(&p, 1);
    assert_int_equal(xxgk_report_read(&r, b.data, b.len, NULL), 0);
    assert_string_equal(xxgk_report_line(r, 1), "行政处罚 ");
    assert_string_equal(xxgk_report_line(r, 2), "35");
    xxgk_findings *f = check_report(r); /* (a text box is no picture) */
    char ev[512];
    assert_int_equal(count_rule(f, "reader-no-tables", ev, sizeof ev), 1);
    assert_string_equal(ev, "不像年度报告：没有报告的标题、章节、统计表和落款日期");
    assert_int_equal(count_rule(f, "struct-section-missing", NULL, 0), 0); /* (said once) */
    assert_int_equal(count_rule(f, "format-title", NULL, 0), 0);
    assert_int_equal(count_rule(f, "date-missing", NULL, 0), 0);
    xxgk_findings_free(f);
    xxgk_report_free(r);
    free(b.data);
    /* tables pasted as pictures: the check says that is likely why it found none */
    static char pasted[] =
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
        "<w:body><w:p><w:r><w:t>三、收到和处理政府信息公开申请情况</w:t></w:r></w:p>"
        "<w:p><w:r><w:drawing><a:graphic><a:graphicData><a:blip/></a:graphicData></a:graphic>"
        "</w:drawing></w:r></w:p></w:body></w:document>";
    p = (part){"word/document.xml", pasted, strlen(pasted)};
    b = zip_parts(&p, 1);
    assert_int_equal(xxgk_report_read(&r, b.data, b.len, NULL), 0);
    f = check_report(r);
    assert_int_equal(count_rule(f, "reader-no-tables", ev, sizeof ev), 1);
    assert_string_equal(ev, "全文没有可识别的统计表；正文中有 1 张图片，统计表可能以图片发布，"
                            "无法读取（请索取文字版）");
    xxgk_findings_free(f);
    xxgk_report_free(r);
    free(b.data);
    /* content controls and custom XML around a table, a row, a cell or paragraphs: read
     * where they stand, each cell in its place */
    static char sdt[] =
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:body><w:sdt><w:sdtPr><w:alias w:val=\"表\"/></w:sdtPr><w:sdtContent><w:tbl>"
        "<w:tr><w:tc><w:p><w:r><w:t>行政许可</w:t></w:r></w:p></w:tc>"
        "<w:sdt><w:sdtContent><w:tc><w:p><w:r><w:t>120</w:t></w:r></w:p></w:tc></w:sdtContent>"
        "</w:sdt><w:tc><w:p><w:r><w:t>5</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:customXml><w:tr><w:tc><w:p><w:r><w:t>行政</w:t></w:r></w:p><w:sdt><w:sdtContent>"
        "<w:p><w:r><w:t>处罚</w:t></w:r></w:p></w:sdtContent></w:sdt></w:tc>"
        "<w:tc><w:p><w:r><w:t>35</w:t></w:r></w:p></w:tc></w:tr></w:customXml>"
        "</w:tbl></w:sdtContent></w:sdt><w:sdt><w:sdtContent><w:p><w:r><w:t>一</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>二</w:t></w:r></w:p></w:sdtContent></w:sdt></w:body></w:document>";
    p = (part){"word/document.xml", sdt, strlen(sdt)};
    b = zip_parts(&p, 1);
    assert_int_equal(xxgk_report_read(&r, b.data, b.len, NULL), 0);
    assert_int_equal(xxgk_report_line_count(r), 4);
    assert_string_equal(xxgk_report_line(r, 1), "行政许可\t120\t5");
    assert_string_equal(xxgk_report_line(r, 2), "行政处罚\t35");
    assert_string_equal(xxgk_report_line(r, 3), "一");
    assert_string_equal(xxgk_report_line(r, 4), "二");
    xxgk_report_free(r);
    free(b.data);
    /* a presentation is named as one; a workbook without a sheet holds no text */
    static char deck[] = "<presentation/>";
    part x[] = {{"ppt/presentation.xml", deck, strlen(deck)},
                {"word/document.xml", box, strlen(box)}};
    b = zip_parts(x, 2);
    assert_int_equal(xxgk_report_read(&r, b.data, b.len, NULL), XXGK_EENCODING);
    assert_non_null(strstr(xxgk_error_last(), "a PowerPoint file, not a Word document"));
    free(b.data);
    static char wb[] = "<workbook/>";
    x[0] = (part){"xl/workbook.xml", wb, strlen(wb)};
    b = zip_parts(x, 1);
    xxgk_read_options o = {.name = "empty.xlsx"};
    assert_int_equal(xxgk_report_read(&r, b.data, b.len, &o), XXGK_EEMPTY);
    assert_string_equal(xxgk_error_last(), "empty.xlsx: no text (only whitespace)");
    free(b.data);
}

/* The 行政许可 figure a short report reads (-1 for null), the report being a web page whose
 * figure's cell holds `cell` (and `head` its <head>), or a Word document whose figure's w:tc
 * holds `tc` after its properties. */
static long licensing_of(const char *data, size_t len)
{
    xxgk_report *r = read_text(data, len);
    json_t *j = report_json(r);
    json_t *v = json_object_get(json_object_get(j, "active"), "licensing");
    long n = json_is_integer(v) ? (long)json_integer_value(v) : -1;
    json_decref(j);
    xxgk_report_free(r);
    return n;
}

static long html_licensing(const char *head, const char *cell)
{
    char page[4096];
    int n = snprintf(page, sizeof page,
                     "<html><head>%s</head><body><p>某某局2024年政府信息公开工作年度报告</p>"
                     "<p>二、主动公开政府信息情况</p><table><tr><td colspan=2>第二十条第（五）项"
                     "</td></tr><tr><td>信息内容</td><td>本年处理决定数量</td></tr>"
                     "<tr><td>行政许可</td><td>%s</td></tr></table></body></html>",
                     head, cell);
    assert_true(n > 0 && (size_t)n < sizeof page);
    return licensing_of(page, (size_t)n);
}

#define W_P(text) "<w:p><w:r><w:t>" text "</w:t></w:r></w:p>"
#define W_TC(body) "<w:tc><w:tcPr/>" body "</w:tc>"

/* docx_licensing with word/styles.xml holding `styles` (none when NULL) and the document's
 * WordprocessingML prefix `prefix` (w as Word writes it, or another). */
static long docx_licensing_in(const char *styles, const char *prefix, const char *tc);

static long docx_licensing(const char *tc)
{
    return docx_licensing_in(NULL, "w", tc);
}

/* Every "w:" prefix in xml given as prefix instead (the test's XML has no other "w:"). */
static char *with_prefix(const char *xml, const char *prefix)
{
    xbuf b;
    xbuf_init(&b, 0);
    for (const char *p = xml; *p; p++)
        if (strncmp(p, "w:", 2) == 0 || strncmp(p, "xmlns:w=", 8) == 0) {
            int ns = *p == 'x';
            xbuf_printf(&b, "%s%s%s", ns ? "xmlns:" : "", prefix, ns ? "=" : ":");
            p += ns ? 7 : 1;
        } else {
            xbuf_putc(&b, *p);
        }
    assert_false(b.failed);
    return b.data;
}

/* docx_licensing_in with the document and styles parts named so, and parts[0..n) besides
 * (relationships). */
static long docx_package(const char *styles, const char *prefix, const char *tc,
                         const char *doc_name, const char *styles_name, const part *parts,
                         size_t n);

static long docx_licensing_in(const char *styles, const char *prefix, const char *tc)
{
    return docx_package(styles, prefix, tc, "word/document.xml", "word/styles.xml", NULL, 0);
}

static long docx_package(const char *styles, const char *prefix, const char *tc,
                         const char *doc_name, const char *styles_name, const part *parts,
                         size_t np)
{
    char xml[4096];
    int n = snprintf(
        xml, sizeof xml,
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:body>" W_P("某某局2024年政府信息公开工作年度报告") W_P("二、主动公开政府信息情况")
        "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>"
        W_P("第二十条第（五）项") "</w:tc></w:tr><w:tr>" W_TC(W_P("信息内容"))
        W_TC(W_P("本年处理决定数量")) "</w:tr><w:tr>" W_TC(W_P("行政许可"))
        "<w:tc><w:tcPr/>%s</w:tc></w:tr></w:tbl></w:body></w:document>",
        tc);
    assert_true(n > 0 && (size_t)n < sizeof xml);
    char *doc = with_prefix(xml, prefix);
    char *sheet = styles ? with_prefix(styles, prefix) : NULL;
    part p[8] = {{doc_name, doc, strlen(doc)}};
    size_t k = 1;
    if (sheet)
        p[k++] = (part){styles_name, sheet, strlen(sheet)};
    for (size_t i = 0; i < np && k < 8; i++)
        p[k++] = parts[i];
    bytes b = zip_parts(p, k);
    long got = licensing_of(b.data, b.len);
    free(b.data);
    free(doc);
    free(sheet);
    return got;
}

/* A legacy page opening a <font> on every line and closing none nests each line in the one
 * before: 300 lines deep were refused as nested too deep, though browsers show the page. */
static void test_unclosed_fonts(void **state)
{
    (void)state;
    xbuf b;
    xbuf_init(&b, 0);
    xbuf_puts(&b, "<html><body><p>某某局2024年政府信息公开工作年度报告</p>"
                  "<p>二、主动公开政府信息情况</p>");
    for (int i = 0; i < 300; i++)
        xbuf_puts(&b, "<font face=\"仿宋_GB2312\" size=\"3\">说明文字<br>");
    xbuf_puts(&b, "<table><tr><td colspan=2>第二十条第（五）项</td></tr><tr><td>信息内容</td>"
                  "<td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>120</td></tr></table>"
                  "</body></html>");
    assert_false(b.failed);
    assert_int_equal(licensing_of(b.data, b.len), 120);
    xbuf_free(&b);
}

/* A web page's cell whose digits stand in two paragraphs or either side of a line break: a
 * figure wrapped, or two figures; not read as one (205 for 20 and 5); words so are one label. */
static void test_html_cell_paragraphs(void **state)
{
    (void)state;
    static const char *const apart[] = {"<p>20</p><p>5</p>", "2<br>0", "<div>1</div>20",
                                        "<p>1</p>\n<p>20</p>", "<p>12</p><p>345</p>",
                                        "12<br>345"};
    for (size_t i = 0; i < sizeof apart / sizeof apart[0]; i++)
        assert_int_equal(html_licensing("", apart[i]), -1);
    assert_int_equal(html_licensing("", "<p>120</p><p>件</p>"), 120);
    assert_int_equal(html_licensing("", "<p><b>12</b>0</p>"), 120);
}

/* A group's label and its last sub-row's in one cell a space apart, as a page's cell flattens
 * its merged group ("（六）其他处理 3.其他"): the sub-row, not the group printed as one row. */
static void test_group_and_row_in_one_cell(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    char *a = replace(text, "\t\t3.其他\t", "\t（六）其他处理 3.其他\t");
    char *b = replace(a, "\t（六）其他处理\t1.", "\t（六）其他处理 1.");
    char *t = replace(b, "\t\t2.申请人逾期", "\t（六）其他处理 2.申请人逾期");
    xxgk_report *r = read_text(t, strlen(t));
    assert_report_figures(r, expected_2021);
    assert_int_equal(diag_count(r, "format-mixed-layout", NULL, 0), 0);
    xxgk_report_free(r);
    free(t);
    free(b);
    free(a);
    free(text);
}

/* A page of the tab-separated fixture's text, each run of lines with tabs a table: the figures
 * of the row `wrap` (if not NULL) each in a table of one cell, its 社会公益组织 cell blank
 * (&nbsp;, its figure 0); the row `foot` (if not NULL) the table's <tfoot>, before its rows as
 * HTML 4 wrote it. */
static char *tabs_as_page(const char *text, const char *wrap, const char *foot)
{
    xbuf b, footer;
    xbuf_init(&b, 0);
    xbuf_init(&footer, 0);
    xbuf_puts(&b, "<html><body>\n");
    int in_table = 0;
    size_t table_at = 0;
    for (const char *line = text, *nl; *line; line = nl + 1) {
        nl = strchr(line, '\n');
        size_t n = nl ? (size_t)(nl - line) : strlen(line);
        int cells = memchr(line, '\t', n) != NULL;
        if (in_table && !cells && footer.len) { /* (the footer put first, as HTML 4 had it) */
            char *rest = strndup(b.data + table_at, b.len - table_at);
            b.len = table_at;
            xbuf_printf(&b, "<tfoot>%s</tfoot>%s", footer.data, rest);
            free(rest);
            xbuf_reset(&footer);
        }
        if (cells != in_table) {
            xbuf_puts(&b, cells ? "<table>\n" : "</table>\n");
            table_at = b.len;
        }
        in_table = cells;
        int wrapped = wrap && strncmp(line, wrap, strlen(wrap)) == 0;
        xbuf *to = foot && strncmp(line, foot, strlen(foot)) == 0 ? &footer : &b;
        xbuf_puts(to, cells ? "<tr><td>" : "<p>");
        for (size_t k = 0, col = 0; k < n; col++) {
            size_t e = k;
            while (e < n && line[e] != '\t')
                e++;
            if (col > 0)
                xbuf_puts(to, "</td><td>");
            if (wrapped && col == 6) /* (社会公益组织's 0) */
                xbuf_puts(to, "&nbsp;");
            else if (wrapped && col >= 3)
                xbuf_printf(to, "<table><tr><td>%.*s</td></tr></table>", (int)(e - k), line + k);
            else
                xbuf_printf(to, "%.*s", (int)(e - k), line + k);
            k = e + (e < n);
        }
        xbuf_puts(to, cells ? "</td></tr>\n" : "</p>\n");
        if (!nl)
            break;
    }
    xbuf_puts(&b, in_table ? "</table></body></html>\n" : "</body></html>\n");
    xbuf_free(&footer);
    return b.data;
}

/* Figures each wrapped in a table of one cell, as some editors wrap them, a blank cell among
 * them: a row of cells still, not a page's layout of blocks (the blank was lost, the figures
 * after it moved left); and a table's <tfoot> before its rows, drawn after them. */
static void test_html_wrapped_cells(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    static const char *const how[][2] = {{"一、本年新收政府信息公开申请数量", NULL},
                                         {NULL, "四、结转下年度继续办理"}};
    for (size_t i = 0; i < 2; i++) {
        char *page = tabs_as_page(text, how[i][0], how[i][1]);
        assert_non_null(strstr(page, i ? "<tfoot>" : "<table><tr><td>20</td></tr></table>"));
        xxgk_report *r = read_text(page, strlen(page));
        assert_report_figures(r, expected_2021);
        xxgk_report_free(r);
        free(page);
    }
    free(text);
}

/* Word 2000-2003's web pages mark what older browsers are to show with <![if ...]> and
 * <![endif]>, which the parser leaves as text: dropped, as a browser drops them, around a
 * blank cell's &nbsp;, a figure's line break, a label's list number. */
static void test_html_word_markers(void **state)
{
    (void)state;
    const char *blank = "<html><body><p>某某局2024年政府信息公开工作年度报告</p><p>二、主动公开"
                        "政府信息情况</p><table><tr><td colspan=4>第二十条第（一）项</td></tr>"
                        "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td>"
                        "<td>现行有效件数</td></tr><tr><td>规章</td><td><p class=MsoNormal>"
                        "<![if !supportEmptyParas]>&nbsp;<![endif]><o:p></o:p></p></td>"
                        "<td>2</td><td>5</td></tr></table></body></html>";
    xxgk_report *r = read_text(blank, strlen(blank));
    assert_true(cell_value(r, "regs", 0) == 0);
    assert_int_equal(xxgk_report_cell(r, 0)->kind, XXGK_CELL_BLANK);
    assert_true(cell_value(r, "regs", 1) == 2);
    assert_true(cell_value(r, "regs", 2) == 5);
    xxgk_report_free(r);
    assert_int_equal(html_licensing("", "120<![if !supportLineBreakNewLine]><br "
                                        "style='mso-special-character:line-break'><![endif]>"),
                     120);
    /* (not what merely looks like one) */
    assert_int_equal(html_licensing("", "120<![iffy]>"), -1);
    const char *page = "<html><body><p>某某局2024年政府信息公开工作年度报告</p><p>二、主动公开"
                       "政府信息情况</p><table><tr><td colspan=2>第二十条第（五）项</td></tr>"
                       "<tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td><![if "
                       "!supportLists]><span>1.<span>&nbsp;</span></span><![endif]>行政许可"
                       "</td><td>120</td></tr></table></body></html>";
    assert_int_equal(licensing_of(page, strlen(page)), 120);
}

/* Words a page hides without display:none on the element: text of no size (font-size:0), or
 * a class its <style> hides (120 read 1207 with a hidden 7 after it). */
static void test_hidden_by_style(void **state)
{
    (void)state;
    static const char *const zero[] = {"0", "0px", "0PT", " 0.0em ", "0 !important"};
    for (size_t i = 0; i < sizeof zero / sizeof zero[0]; i++) {
        char cell[128];
        snprintf(cell, sizeof cell, "120<span style=\"font-size:%s\">7</span>", zero[i]);
        assert_int_equal(html_licensing("", cell), 120);
    }
    /* a size of its own shows again under a zero (the gap trick of inline blocks); a relative
     * one is still nothing */
    assert_int_equal(html_licensing("", "<div style=\"font-size:0\">7<span style=\"font-size:"
                                        "14px\">120</span><i style=\"font-size:2em\">7</i></div>"),
                     120);
    assert_int_equal(html_licensing("", "<span style=\"font-size:0.5em\">120</span>"), 120);
    /* white text may stand on a dark ground: it is read */
    assert_int_equal(html_licensing("", "12<span style=\"color:#fff\">0</span>"), 120);
    const char *sheet =
        "<style type=\"text/css\"><!--\n/* 隐藏 */ .x, SPAN.gone , .a .b {display: none}\n"
        ".v{visibility:hidden}.t{text-decoration:line-through}.z{font-size:0pt}\n"
        "@media print { .p{display:none} } .shown{display:none} p.shown{display:block}\n"
        ".later{display:none} .later{display:inline}#old{display:none}\n"
        "span#was{display:none}#back{display:none}.back{display:inline}-->\n</style>";
    static const char *const hidden[] = {
        "120<span class=\"x\">7</span>", "120<SPAN class=\"note gone\">7</SPAN>",
        "120<i class=\"v\">7</i>",       "<b class=\"t\">130</b>120",
        "120<em class=\"z\">7</em>",     "120<u class=\"X\">7</u>",
        "120<b id=\"old\">7</b>",        "120<span id=\"was\">7</span>",
        "120<i id=\"back\" class=\"back\">7</i>",
        "120<template><table><tr><td>7</td></tr></table></template>"};
    for (size_t i = 0; i < sizeof hidden / sizeof hidden[0]; i++)
        assert_int_equal(html_licensing(sheet, hidden[i]), 120);
    /* what the sheet does not hide here: a descendant selector's (no .a around), a printed
     * page's, a class or id of another element's, an id in another case, a rule undone by a
     * weightier or a later one, a style attribute's own (an id's rule outweighs a class's) */
    static const char *const shown[] = {
        "<span class=\"b\">120</span>",
        "<span class=\"p\">120</span>",
        "<i class=\"gone\">120</i>",
        "<p class=\"shown\">120</p>",
        "<span class=\"later\">120</span>",
        "<span class=\"x\" style=\"display:inline\">120</span>",
        "<span class=\"z\"><b style=\"font-size:12pt\">120</b></span>",
        "<b id=\"was\">120</b>", "<b id=\"Old\">120</b>"};
    for (size_t i = 0; i < sizeof shown / sizeof shown[0]; i++)
        assert_int_equal(html_licensing(sheet, shown[i]), 120);
    /* a <style> for print, or for a screen of some width only, is passed over as @media is
     * (its hidden 120 shown); one for the screen or for all media hides (120 read 1207) */
    static const char *const media[][2] = {
        {"print", "<span class=\"p\">120</span>"},
        {"PRINT", "<span class=\"p\">120</span>"},
        {"print, speech", "<span class=\"p\">120</span>"},
        {"screen and (max-width:600px)", "<span class=\"p\">120</span>"},
        {"screen", "120<span class=\"p\">7</span>"},
        {"all", "120<span class=\"p\">7</span>"},
        {"", "120<span class=\"p\">7</span>"},
        {" Screen ", "120<span class=\"p\">7</span>"},
        {"only screen", "120<span class=\"p\">7</span>"},
        {"print,screen", "120<span class=\"p\">7</span>"}};
    for (size_t i = 0; i < sizeof media / sizeof media[0]; i++) {
        char css[128];
        snprintf(css, sizeof css, "<style media=\"%s\">.p{display:none}</style>", media[i][0]);
        assert_int_equal(html_licensing(css, media[i][1]), 120);
    }
    /* a rule for elements within others (a CMS's .TRS_Editor .hid) hides them there, and not
     * elsewhere, nor past a combinator it does not read; it outweighs a class's alone */
    const char *within =
        "<style>.box .hid, body td SPAN.h2 , #art b.h3{display:none} .h3{display:inline}"
        "div .h4{display:none} .a > .h5, .a + .h5, .a:hover .h5 {display:none}</style>";
    static const char *const hidden_within[] = {
        "<div class=\"box\"><span class=\"hid\">9</span>120</div>",
        "120<p class=\"BOX x\"><i><u class=\"hid\">7</u></i></p>",
        "120<span class=\"h2\">7</span>",
        "<div id=\"art\"><b class=\"h3\">9</b>120</div>",
        "<div>120<b class=\"h4\">7</b></div>"};
    for (size_t i = 0; i < sizeof hidden_within / sizeof hidden_within[0]; i++)
        assert_int_equal(html_licensing(within, hidden_within[i]), 120);
    static const char *const shown_within[] = {
        "<span class=\"hid\">120</span>", "<span class=\"box\">12</span><b class=\"hid\">0</b>",
        "<b class=\"h3\">120</b>", "<span class=\"h4\">120</span>",
        "<div class=\"a\"><span class=\"h5\">120</span></div>"};
    for (size_t i = 0; i < sizeof shown_within / sizeof shown_within[0]; i++)
        assert_int_equal(html_licensing(within, shown_within[i]), 120);
    /* the article's own container counts as one around (117 read 9117) */
    const char *page =
        "<html><head><style>.TRS_Editor .hid{display:none}</style></head><body>"
        "<div class=\"TRS_Editor\"><p>某某局2024年政府信息公开工作年度报告</p>"
        "<p>二、主动公开政府信息情况</p><table><tr><td colspan=2>第二十条第（五）项</td></tr>"
        "<tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>"
        "<span class=\"hid\">9</span>117</td></tr></table></div></body></html>";
    assert_int_equal(licensing_of(page, strlen(page)), 117);
}

/* A figure corrected in place, the old one struck through before the new (130 struck, 120),
 * read 130120: struck text is left out however it is struck. */
static void test_struck_figure(void **state)
{
    (void)state;
    assert_int_equal(html_licensing("", "120"), 120);
    assert_int_equal(
        html_licensing("", "<span style=\"text-decoration:line-through\">130</span>120"), 120);
    assert_int_equal(
        html_licensing("", "<font style=\"Text-Decoration : Underline LINE-THROUGH;\">130</font>"
                           "<b>120</b>"),
        120);
    assert_int_equal(
        html_licensing("", "<p style=\"text-decoration-line: line-through !important\">130</p>120"),
        120);
    /* underlined, or struck and then not, is shown */
    assert_int_equal(html_licensing("", "<u style=\"text-decoration:underline\">120</u>"), 120);
    assert_int_equal(
        html_licensing("", "<span style=\"text-decoration:line-through;text-decoration:none\">"
                           "120</span>"),
        120);
    assert_int_equal(docx_licensing(W_P("120")), 120);
    assert_int_equal(docx_licensing("<w:p><w:r><w:rPr><w:strike/></w:rPr><w:t>130</w:t></w:r>"
                                    "<w:r><w:t>120</w:t></w:r></w:p>"),
                     120);
    assert_int_equal(docx_licensing("<w:p><w:r><w:rPr><w:dstrike w:val=\"true\"/></w:rPr>"
                                    "<w:t>130</w:t></w:r><w:r><w:t>120</w:t></w:r></w:p>"),
                     120);
    /* a strike turned off (as a style's is undone on one run) is no strike */
    assert_int_equal(docx_licensing("<w:p><w:r><w:rPr><w:strike w:val=\"0\"/></w:rPr><w:t>1</w:t>"
                                    "</w:r><w:r><w:rPr><w:dstrike w:val=\"false\"/></w:rPr>"
                                    "<w:t>20</w:t></w:r></w:p>"),
                     120);
}

/* Struck or raised by a character style (w:rStyle), its own properties or those of the style
 * it is based on, as Word applies its 删除线 or 上标 styles; a document whose WordprocessingML
 * prefix is not w: (written by other programs) is read as Word's. */
static void test_docx_styles(void **state)
{
    (void)state;
    static const char *const styles =
        "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:style w:type=\"paragraph\" w:styleId=\"P\"><w:rPr><w:strike/></w:rPr></w:style>"
        "<w:style w:type=\"character\" w:styleId=\"Del\"><w:rPr><w:strike/></w:rPr></w:style>"
        "<w:style w:type=\"character\" w:styleId=\"Del2\"><w:basedOn w:val=\"Del\"/></w:style>"
        "<w:style w:type=\"character\" w:styleId=\"Up\"><w:rPr>"
        "<w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>"
        "<w:style w:type=\"character\" w:styleId=\"Plain\"><w:basedOn w:val=\"Del\"/><w:rPr>"
        "<w:strike w:val=\"0\"/></w:rPr></w:style>"
        "<w:style w:type=\"character\" w:styleId=\"Loop\"><w:basedOn w:val=\"Loop\"/>"
        "</w:style></w:styles>";
#define STYLED(id, text) "<w:r><w:rPr><w:rStyle w:val=\"" id "\"/></w:rPr><w:t>" text "</w:t></w:r>"
    static const char *const left[] = {
        "<w:p>" STYLED("Del", "130") "<w:r><w:t>120</w:t></w:r></w:p>",
        "<w:p>" STYLED("Del2", "130") "<w:r><w:t>120</w:t></w:r></w:p>",
        "<w:p><w:r><w:t>120</w:t></w:r>" STYLED("Up", "1") "</w:p>"};
    for (size_t i = 0; i < sizeof left / sizeof left[0]; i++) {
        assert_int_equal(docx_licensing_in(styles, "w", left[i]), 120);
        assert_int_equal(docx_licensing_in(styles, "ns0", left[i]), 120);
    }
    /* a style that undoes its base's strike, a loop of bases, a paragraph style's run
     * properties (not the run's style), a style the file lacks, and a run that undoes its
     * style's strike: shown */
    static const char *const shown[] = {
        "<w:p>" STYLED("Plain", "1") STYLED("Loop", "2") STYLED("P", "0") "</w:p>",
        "<w:p>" STYLED("None", "120") "</w:p>",
        ("<w:p><w:r><w:rPr><w:rStyle w:val=\"Del\"/><w:strike w:val=\"false\"/></w:rPr>"
         "<w:t>120</w:t></w:r></w:p>")};
    for (size_t i = 0; i < sizeof shown / sizeof shown[0]; i++)
        assert_int_equal(docx_licensing_in(styles, "w", shown[i]), 120);
#undef STYLED
    /* without styles, by its namespace whatever the prefix */
    assert_int_equal(docx_licensing_in(NULL, "ns0", W_P("120")), 120);
    assert_int_equal(docx_licensing_in(NULL, "ns0",
                                       "<w:p><w:r><w:rPr><w:strike/></w:rPr><w:t>130</w:t></w:r>"
                                       "<w:r><w:t>120</w:t></w:r></w:p>"),
                     120);
}

/* The package's parts as its relationships name them (Word Online writes word/document2.xml,
 * a target may be "./word/…"), a paragraph style hiding its text, a ruby's reading guide. */
static void test_docx_parts(void **state)
{
    (void)state;
    static const char *const styles =
        "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:style w:type=\"character\" w:styleId=\"Del\"><w:rPr><w:strike/></w:rPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Gone\"><w:rPr><w:vanish/></w:rPr></w:style>"
        "<w:style w:styleId=\"Gone2\"><w:basedOn w:val=\"Gone\"/></w:style>"
        "</w:styles>";
    static char rels[] =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/officeDocument\" Target=\"./word/document2.xml\"/></Relationships>";
    static char doc_rels[] =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/styles\" Target=\"../word/styles2.xml\"/></Relationships>";
    /* an old document.xml the relationships no longer name, its figure stale */
    static char stale[] =
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:body><w:p><w:r><w:t>行政许可 130</w:t></w:r></w:p></w:body></w:document>";
    const part named[3] = {{"_rels/.rels", rels, strlen(rels)},
                           {"word/_rels/document2.xml.rels", doc_rels, strlen(doc_rels)},
                           {"word/document.xml", stale, strlen(stale)}};
    static const char *const struck =
        "<w:p><w:r><w:rPr><w:rStyle w:val=\"Del\"/></w:rPr><w:t>130</w:t></w:r>"
        "<w:r><w:t>120</w:t></w:r></w:p>";
    assert_int_equal(docx_package(styles, "w", struck, "word/document2.xml", "word/styles2.xml",
                                  named, 3),
                     120);
    /* a paragraph in a hiding style (or one based on it) is hidden, but for a run that shows
     * itself; a ruby's guide (w:rt) is no text */
    static const char *const hidden[] = {
        "<w:p><w:pPr><w:pStyle w:val=\"Gone\"/></w:pPr><w:r><w:t>127</w:t></w:r></w:p>" W_P("120"),
        "<w:p><w:pPr><w:pStyle w:val=\"Gone2\"/></w:pPr><w:r><w:t>127</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:pStyle w:val=\"Gone\"/></w:pPr><w:r><w:rPr><w:vanish w:val=\"0\"/>"
        "</w:rPr><w:t>120</w:t></w:r></w:p>",
        ("<w:p><w:r><w:ruby><w:rt><w:r><w:t>yi</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>120"
         "</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>")};
    for (size_t i = 0; i < sizeof hidden / sizeof hidden[0]; i++)
        assert_int_equal(docx_licensing_in(styles, "w", hidden[i]), 120);
}

/* A figure on a line of its own in section 二 that belongs to no row (one more than the row
 * before has cells) is said, not dropped without a word. */
static void test_section_two_stray_figure(void **state)
{
    (void)state;
    static const char text[] =
        "某某局2024年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（五）项\n"
        "信息内容\n本年处理决定数量\n行政许可\n120\n5\n第二十条第（六）项\n信息内容\n"
        "本年处理决定数量\n行政处罚\n35\n三、收到和处理政府信息公开申请情况\n";
    xxgk_report *r = read_text(text, strlen(text));
    xxgk_findings *f = NULL;
    assert_int_equal(xxgk_check(&f, r, NULL), 0);
    char ev[64] = "";
    assert_int_equal(count_rule(f, "reader-unplaced", ev, sizeof ev), 1);
    assert_string_equal(ev, "5");
    xxgk_findings_free(f);
    xxgk_report_free(r);
}

/* A 2019 本年增/减 in words with its figure set apart, on one line (减少 3) or, wrapped in its
 * narrow cell, on the next (减少 / 1): one signed figure, not the word lost. */
static void test_worded_sign_apart(void **state)
{
    (void)state;
    static const char text[] =
        "某某局2019年政府信息公开工作年度报告\n二、主动发布政府信息情况\n"
        "                        第二十条第（五）项\n"
        "  信息内容          上一年项目数量      本年增/减      处理决定数量\n"
        "  行政许可                30              减少 3            125\n"
        "  其他对外管理服务事项     6                 2               14\n"
        "                        第二十条第（六）项\n"
        "  信息内容          上一年项目数量      本年增/减      处理决定数量\n"
        "  行政处罚\n  52\n  减少\n  1\n  37\n三、收到和处理政府信息公开申请情况\n";
    xxgk_report *r = read_text(text, strlen(text));
    assert_json_at(r, "active.licensing", "[30,-3,125]");
    assert_json_at(r, "active.penalty", "[52,-1,37]");
    xxgk_report_free(r);
}

/* A 2019 上一年项目数量 and 本年增/减 glued in one cell (30减2, 6增加3, 8+1): two figures, cut
 * at the sign; text that is no such pair stays unread and said. */
static void test_signed_glued(void **state)
{
    (void)state;
    static const char text[] =
        "某某局2019年政府信息公开工作年度报告\n二、主动发布政府信息情况\n"
        "第二十条第（五）项\t\t\t\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n"
        "行政许可\t30减2\t125\n其他对外管理服务事项\t6 增加3\t14\n"
        "第二十条第（六）项\t\t\t\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n"
        "行政处罚\t8+1\t37\n行政强制\t8减\t4\n"
        "三、收到和处理政府信息公开申请情况\n";
    xxgk_report *r = read_text(text, strlen(text));
    assert_json_at(r, "active.licensing", "[30,-2,125]");
    assert_json_at(r, "active.other_services", "[6,3,14]");
    assert_json_at(r, "active.penalty", "[8,1,37]");
    assert_json_at(r, "active.coercion", "[null,4,null]");
    xxgk_findings *f = NULL;
    assert_int_equal(xxgk_check(&f, r, NULL), 0);
    char ev[256] = "";
    assert_int_equal(count_rule(f, "reader-unreadable", ev, sizeof ev), 1);
    assert_non_null(strstr(ev, "8减"));
    xxgk_findings_free(f);
    xxgk_report_free(r);
    /* glued by a minus to each other and, a space apart, to the label (text split at spaces),
     * or cut off from the label on a flattened page: the same */
    static const char spaced[] =
        "某某局2019年政府信息公开工作年度报告\n二、主动发布政府信息情况\n第二十条第（六）项\n"
        "信息内容 上一年项目数量 本年增/减 处理决定数量\n行政处罚 2648-18 538\n"
        "第二十条第（八）项\n信息内容 上一年项目数量 本年增/减\n行政事业性收费 35-15\n"
        "三、收到和处理政府信息公开申请情况\n";
    r = read_text(spaced, strlen(spaced));
    assert_json_at(r, "active.penalty", "[2648,-18,538]");
    assert_json_at(r, "active.fees", "[35,-15]");
    xxgk_report_free(r);
    xbuf flat; /* (a line long enough to be a page flattened) */
    xbuf_init(&flat, 0);
    xbuf_puts(&flat, "某某局2019年政府信息公开工作年度报告\n一、总体情况");
    for (int i = 0; i < 60; i++)
        xbuf_puts(&flat, "我局认真贯彻落实条例。");
    xbuf_puts(&flat, "二、主动发布政府信息情况第二十条第（六）项信息内容上一年项目数量本年增/减"
                     "处理决定数量行政处罚2648-18538第二十条第（八）项信息内容上一年项目数量"
                     "本年增/减行政事业性收费35-15三、收到和处理政府信息公开申请情况\n");
    r = read_text(flat.data, flat.len);
    assert_json_at(r, "active.fees", "[35,-15]");
    assert_json_at(r, "active.penalty", "[null,null,null]"); /* (-18 538, or -185 38, …) */
    char said[512];
    assert_int_equal(diag_count(r, "reader-unplaced", said, sizeof said), 1);
    assert_string_equal(said, "行政处罚：3 个数值单元格只读出 1 个数，可能是数字连在一起，也可能"
                              "有空白单元格，无法确定各列：2648-18538");
    xxgk_report_free(r);
    xbuf_free(&flat);
}

/* In space-aligned text, one figure beside its label in a row of two cells stands under the
 * column it stands under, or, where that cannot be told (采购总金额 centred across the
 * template's merged cell), is left null and said: not filled from the left. */
static void test_spaced_one_of_two(void **state)
{
    (void)state;
    static const char text[] =
        "某某局2019年政府信息公开工作年度报告\n二、主动发布政府信息情况\n"
        "                        第二十条第（五）项\n"
        "  信息内容          上一年项目数量      本年增/减      处理决定数量\n"
        "  行政许可                30              -3            125\n"
        "  其他对外管理服务事项     6                 2               14\n"
        "                                第二十条第（九）项\n"
        "       信息内容           采购项目数量                   采购总金额\n"
        "     政府集中采购                                         1234500\n"
        "三、收到和处理政府信息公开申请情况\n";
    xxgk_report *r = read_text(text, strlen(text));
    assert_json_at(r, "active.procurement", "[null,null]");
    xxgk_findings *f = NULL;
    assert_int_equal(xxgk_check(&f, r, NULL), 0);
    char ev[256] = "";
    assert_int_equal(count_rule(f, "reader-unplaced", ev, sizeof ev), 1);
    assert_string_equal(ev, "政府集中采购：2 个数值单元格只印出 1 个，无法按位置判断空白的是"
                            "哪几列：1234500");
    xxgk_findings_free(f);
    xxgk_report_free(r);
}

/* Table 三 printed with some of its columns only, as its header says: without its 总计 (a row's
 * last figure is 其他's, even where it is the sum of the others, not a total with the columns
 * before it lost), or with 总计 alone (its one figure the total); said once, not row by row. */
static void test_table_without_total(void **state)
{
    (void)state;
    static const char only_total[] =
        "某某局2024年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n\t总计\n"
        "一、本年新收政府信息公开申请数量\t145\n二、上年结转政府信息公开申请数量\t10\n"
        "（一）予以公开\t49\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t14\n"
        "四、政府信息公开行政复议、行政诉讼情况\n";
    xxgk_report *r = read_text(only_total, strlen(only_total));
    assert_json_at(r, "requests.new", "[null,null,null,null,null,null,145]");
    xxgk_findings *f = NULL;
    assert_int_equal(xxgk_check(&f, r, NULL), 0);
    char ev[256] = "";
    assert_int_equal(count_rule(f, "format-table-layout", ev, sizeof ev), 1);
    assert_string_equal(ev, "第三部分表格只印出以下各列：总计；其余各列记为空");
    assert_int_equal(count_rule(f, "struct-missing-cells", NULL, 0), 0);
    xxgk_findings_free(f);
    xxgk_report_free(r);
    static const char text[] =
        "某某局2024年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
        "\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n"
        "一、本年新收政府信息公开申请数量\t120\t14\t3\t2\t5\t1\n"
        "二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t1\n"
        "（一）予以公开\t40\t5\t1\t1\t2\t0\n"
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t11\t2\t0\t0\t1\t0\n"
        "（三）不予公开\t1.属于国家秘密\t1\t0\t0\t0\t0\t0\n"
        "四、政府信息公开行政复议、行政诉讼情况\n";
    r = read_text(text, strlen(text));
    assert_json_at(r, "requests.carried_in", "[1,0,0,0,0,1,null]");
    assert_json_at(r, "requests.new", "[120,14,3,2,5,1,null]");
    xxgk_report_free(r);
}

/* Section 四 with a row for another year beside the report's, each labelled by its year: the
 * report's year's is read, whichever comes first. */
static void test_review_year_rows(void **state)
{
    (void)state;
    static const char *const orders[][2] = {
        {"2022年\t5\t5\t5\t5\t20\t1\t1\t1\t1\t4\t0\t0\t0\t0\t0\n",
         "2023年\t1\t2\t3\t4\t10\t2\t0\t1\t1\t4\t0\t1\t1\t1\t3\n"},
        {"2023年度\t1\t2\t3\t4\t10\t2\t0\t1\t1\t4\t0\t1\t1\t1\t3\n",
         "2022年度\t5\t5\t5\t5\t20\t1\t1\t1\t1\t4\t0\t0\t0\t0\t0\n"}};
    for (size_t i = 0; i < 2; i++) {
        char text[2048];
        snprintf(text, sizeof text,
                 "某某局2023年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n"
                 "年度\t行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t"
                 "未经复议直接起诉\t复议后起诉\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t"
                 "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n%s%s五、存在的主要问题及改进情况\n",
                 orders[i][0], orders[i][1]);
        xxgk_report *r = read_text(text, strlen(text));
        assert_json_at(r, "review",
                       "{\"litigation_after_review\":[0,1,1,1,3],"
                       "\"litigation_direct\":[2,0,1,1,4],\"reconsideration\":[1,2,3,4,10]}");
        xxgk_report_free(r);
    }
}

/* Section 四's table printed at the end of section 三, after table 三's last row (the two run
 * together, or 四 says "详见上表"): read there. */
static void test_review_table_above_heading(void **state)
{
    (void)state;
    static const char text[] =
        "某某局2024年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
        "一、本年新收政府信息公开申请数量\t120\t14\t3\t2\t5\t1\t145\n"
        "（七）总计\t117\t15\t2\t2\t4\t1\t141\n四、结转下年度继续办理\t10\t1\t1\t1\t1\t0\t14\n"
        "行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t"
        "复议后起诉\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t"
        "尚未审结\t总计\n1\t2\t3\t4\t10\t2\t0\t1\t1\t4\t0\t1\t1\t1\t3\n"
        "四、政府信息公开行政复议、行政诉讼情况\n详见上表。\n五、存在的主要问题及改进情况\n无。\n";
    xxgk_report *r = read_text(text, strlen(text));
    assert_json_at(r, "review",
                   "{\"litigation_after_review\":[0,1,1,1,3],"
                   "\"litigation_direct\":[2,0,1,1,4],\"reconsideration\":[1,2,3,4,10]}");
    xxgk_report_free(r);
}

/* A table pasted as comma-separated values (a spreadsheet saved as CSV): its rows and the header
 * above them read as cells, a quoted field's commas its own ("1,234"), a label's full-width
 * commas no separator; two such lines are no table, and prose keeps its commas. */
static void test_csv_table(void **state)
{
    (void)state;
    static const char text[] =
        "某某局2024年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n"
        "信息内容,本年制发件数,本年废止件数,现行有效件数\n规章,2,1,13\n"
        "\"行政规范性文件\",5,,\"1,234\"\n第二十条第（五）项\n信息内容,本年处理决定数量\n"
        "行政许可,117\n三、收到和处理政府信息公开申请情况\n"
        "一、本年新收政府信息公开申请数量,120,14,3,2,5,1,145\n"
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）,11,2,0,0,1,0,14\n"
        "本年度, 我局继续推进公开, 工作, 成效明显。\n";
    xxgk_report *r = read_text(text, strlen(text));
    assert_string_equal(xxgk_report_layout(r), "csv");
    assert_json_at(r, "active",
                   "{\"coercion\":null,\"fees_wan_yuan\":null,\"licensing\":117,"
                   "\"normative\":[5,0,1234],\"penalty\":null,\"regs\":[2,1,13]}");
    assert_json_at(r, "requests.partly", "[11,2,0,0,1,0,14]");
    assert_string_equal(xxgk_report_line(r, 13), "本年度, 我局继续推进公开, 工作, 成效明显。");
    xxgk_report_free(r);
    static const char two[] = "某某局2024年政府信息公开工作年度报告\n规章,2,1,13\n行政许可,117,1\n";
    r = read_text(two, strlen(two));
    assert_string_not_equal(xxgk_report_layout(r), "csv");
    xxgk_report_free(r);
}

/* A whole report's tables saved as CSV from a sheet with merged label cells: rows opening with
 * empty cells, a group's label before the row's (",（三）不予公开,1.属于国家秘密,1,0,…"), and
 * section 四's figures alone under its header; every figure as from the tab-separated copy. */
static void test_csv_merged_labels(void **state)
{
    (void)state;
    char *tabs = fixture("report-2021-tabs.txt", NULL);
    char *csv = strdup(tabs);
    for (char *p = csv; *p; p++)
        if (*p == '\t')
            *p = ',';
    xxgk_report *r = read_text(csv, strlen(csv));
    assert_string_equal(xxgk_report_layout(r), "csv");
    assert_report_figures(r, expected_2021);
    xxgk_report_free(r);
    free(csv);
    free(tabs);
}

/* Text aligned by hand where a long label runs on past where the first column's figures
 * begin: its figures were pushed right, and where they stand tells no column; left null and
 * said, not read under the columns they happen to reach. */
static void test_label_overflow(void **state)
{
    (void)state;
    static const char text[] =
        "某某局2024年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
        "一、本年新收政府信息公开申请数量                 120    14     3     2     5     1   145\n"
        "二、上年结转政府信息公开申请数量                   7     2           1                10\n"
        "（一）予以公开                           40     5     1     1     2     0    49\n"
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请  1"
        "                               1\n"
        "四、政府信息公开行政复议、行政诉讼情况\n";
    xxgk_report *r = read_text(text, strlen(text));
    assert_json_at(r, "requests.other[1]", "[null,null,null,null,null,null,null]");
    assert_json_at(r, "requests.carried_in", "[7,2,0,1,0,0,10]");
    xxgk_findings *f = NULL;
    assert_int_equal(xxgk_check(&f, r, NULL), 0);
    assert_int_equal(count_rule(f, "reader-unplaced", NULL, 0), 1);
    xxgk_findings_free(f);
    xxgk_report_free(r);
}

/* A table copied from a PDF (space-aligned) in text whose other tables are tab-separated: a row
 * short of figures whose columns its line cannot tell is left null and said, as in text
 * space-aligned throughout, not filled from the left. */
static void test_spaced_table_among_tabs(void **state)
{
    (void)state;
    static const char text[] =
        "某某局2024年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n"
        "信息内容    本年制发件数    本年废止件数    现行有效件数\n"
        "规章                    1               0               2\n"
        "行政规范性文件    12                                45\n"
        "三、收到和处理政府信息公开申请情况\n"
        "一、本年新收政府信息公开申请数量\t120\t14\t3\t2\t5\t1\t145\n"
        "二、上年结转政府信息公开申请数量\t7\t2\t0\t1\t0\t0\t10\n"
        "（一）予以公开\t40\t5\t1\t1\t2\t0\t49\n"
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t11\t2\t0\t0\t1\t0\t14\n"
        "（三）不予公开\t1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1\n"
        "\t2.其他法律行政法规禁止公开\t2\t1\t0\t0\t0\t0\t3\n"
        "\t3.危及“三安全一稳定”\t0\t0\t0\t0\t0\t0\t0\n"
        "\t4.保护第三方合法权益\t3\t0\t0\t1\t0\t0\t4\n";
    xxgk_report *r = read_text(text, strlen(text));
    assert_string_equal(xxgk_report_layout(r), "tabs");
    assert_json_at(r, "active.normative", "[null,null,null]");
    xxgk_findings *f = NULL;
    assert_int_equal(xxgk_check(&f, r, NULL), 0);
    char ev[256] = "";
    assert_int_equal(count_rule(f, "reader-unplaced", ev, sizeof ev), 1);
    assert_string_equal(ev, "行政规范性文件：3 个数值单元格只印出 2 个，无法按位置判断空白的是"
                            "哪几列：12 45");
    assert_int_equal(count_rule(f, "struct-missing-cells", NULL, 0), 0);
    xxgk_findings_free(f);
    xxgk_report_free(r);
}

/* Cells joined by two spaces, as text taken from a web page's table: a blank cell prints only its
 * separator, and a space inside a label ("（一） 予以公开", "（三）不予公开 3.危及") is no
 * cell's end. */
static void test_joined_label_space(void **state)
{
    (void)state;
    static const char text[] =
        "某某局2024年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
        "一、本年新收政府信息公开申请数量  120  14  3  2  5  1  145  \n"
        "二、上年结转政府信息公开申请数量  7  2    1      10  \n"
        "（一） 予以公开  40  5  1  1  2    49  \n"
        "（三）不予公开 3.危及“三安全一稳定”  1            1  \n"
        "四、政府信息公开行政复议、行政诉讼情况\n";
    xxgk_report *r = read_text(text, strlen(text));
    assert_json_at(r, "requests.carried_in", "[7,2,0,1,0,0,10]");
    assert_json_at(r, "requests.granted", "[40,5,1,1,2,0,49]");
    assert_json_at(r, "requests.withheld[2]", "[1,0,0,0,0,0,1]");
    xxgk_report_free(r);
}

/* A group's label glued to its row's (a cell a converter joined: "（六）其他处理3.其他"), and a
 * row numbered with a circled digit (③其他), name that row. */
static void test_glued_group_label(void **state)
{
    (void)state;
    static const char *const labels[] = {"（六）其他处理3.其他", "（六）其他处理③其他",
                                         "③其他", "（六）其他处理 3.其他"};
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
        char text[1024];
        snprintf(text, sizeof text,
                 "某某局2024年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
                 "一、本年新收政府信息公开申请数量\t120\t14\t3\t2\t5\t1\t145\n"
                 "%s\t2\t1\t0\t0\t0\t0\t3\n四、政府信息公开行政复议、行政诉讼情况\n",
                 labels[i]);
        xxgk_report *r = read_text(text, strlen(text));
        assert_json_at(r, "requests.other[2]", "[2,1,0,0,0,0,3]");
        xxgk_report_free(r);
    }
}

/* A row label with a qualifier of the agency's own in brackets after it is that row's, and said
 * as a variant of its label; an official label's own brackets are no qualifier. */
static void test_label_qualifier(void **state)
{
    (void)state;
    static const char text[] =
        "某某局2024年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n"
        "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t2\t1\t13\n"
        "行政规范性文件（含部门文件）\t5\t3\t41\n第二十条第（五）项\n信息内容\t本年处理决定数量\n"
        "行政许可(含备案)\t117\n三、收到和处理政府信息公开申请情况\n";
    xxgk_report *r = read_text(text, strlen(text));
    assert_json_at(r, "active",
                   "{\"coercion\":null,\"fees_wan_yuan\":null,\"licensing\":117,"
                   "\"normative\":[5,3,41],\"penalty\":null,\"regs\":[2,1,13]}");
    xxgk_findings *f = NULL;
    assert_int_equal(xxgk_check(&f, r, NULL), 0);
    char ev[256] = "";
    assert_int_equal(count_rule(f, "format-label-variant", ev, sizeof ev), 2);
    assert_string_equal(ev, "“行政规范性文件（含部门文件）”（标准：行政规范性文件）");
    xxgk_findings_free(f);
    xxgk_report_free(r);
}

/* A sentence above the table, its figures set apart by spaces as a PDF's text sets them ("收到
 * 申请 145 件，上年结转 10 件"), is no row of it, though it names one. */
static void test_sentence_above_table(void **state)
{
    (void)state;
    static const char *const sentences[] = {"本年共收到政府信息公开申请 145 件，上年结转 10 件",
                                            "上年结转 10 件。", "新收申请 145 件; 上年结转 10 件",
                                            "本年共收到政府信息公开申请 145 件。"};
    for (size_t i = 0; i < sizeof sentences / sizeof sentences[0]; i++) {
        char text[1024];
        snprintf(text, sizeof text,
                 "某某局2024年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n%s\n"
                 "一、本年新收政府信息公开申请数量\t120\t14\t3\t2\t5\t1\t145\n"
                 "二、上年结转政府信息公开申请数量\t7\t2\t0\t1\t0\t0\t10\n"
                 "四、政府信息公开行政复议、行政诉讼情况\n",
                 sentences[i]);
        xxgk_report *r = read_text(text, strlen(text));
        assert_json_at(r, "requests.carried_in", "[7,2,0,1,0,0,10]");
        assert_json_at(r, "requests.new", "[120,14,3,2,5,1,145]");
        xxgk_findings *f = NULL;
        assert_int_equal(xxgk_check(&f, r, NULL), 0);
        assert_int_equal(count_rule(f, "reader-unplaced", NULL, 0), 0);
        assert_int_equal(count_rule(f, "format-label-variant", NULL, 0), 0);
        xxgk_findings_free(f);
        xxgk_report_free(r);
    }
}

/* Space-aligned text (a PDF's, laid out) prints nothing for a blank cell: a row whose label
 * stands alone on its line, among rows that print their figures beside their labels, had
 * every cell left blank, and reads as blanks; but not where figures of the table went to no
 * row (they may be its own), nor where words follow its label. */
static void test_spaced_blank_row(void **state)
{
    (void)state;
    static const char form[] =
        "某某局2024年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
        "                     第二十条第（一）项\n"
        "  信息内容           本年制发件数     本年废止件数     现行有效件数\n"
        "  规章                     1                0                3\n%s"
        "  行政规范性文件%s\n"
        "                     第二十条第（五）项\n"
        "  信息内容                       本年处理决定数量\n"
        "  行政许可                             120\n"
        "  行政处罚                              35\n"
        "三、收到和处理政府信息公开申请情况\n";
    static const struct {
        const char *stray, *after_label;
        long normative; /* each of its three cells: 0, or -1 for null */
        int blanks, missing;
    } cases[] = {{"", "", 0, 3, 0},
                 {"                                         7\n", "", -1, 0, 2},
                 {"", "    无", -1, 0, 1}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[2048];
        snprintf(text, sizeof text, form, cases[i].stray, cases[i].after_label);
        xxgk_report *r = read_text(text, strlen(text));
        assert_json_at(r, "active.normative",
                       cases[i].normative == 0 ? "[0,0,0]" : "[null,null,null]");
        xxgk_findings *f = NULL;
        assert_int_equal(xxgk_check(&f, r, NULL), 0);
        char ev[256] = "";
        assert_int_equal(count_rule(f, "struct-blank-cells", ev, sizeof ev),
                         cases[i].blanks > 0);
        if (cases[i].blanks)
            assert_string_equal(ev, "第二部分表格：空白 3 个，“/” 0 个，“-” 0 个"
                        "：行政规范性文件·本年制发件数（空白），"
                        "行政规范性文件·本年废止件数（空白），"
                        "行政规范性文件·现行有效件数（空白）");
        /* (not read, said: short of cells, or its one cell's column unknown) */
        assert_int_equal(count_rule(f, "struct-missing-cells", NULL, 0) +
                             count_rule(f, "reader-unplaced", NULL, 0),
                         cases[i].missing);
        xxgk_findings_free(f);
        xxgk_report_free(r);
    }
}

/* A Word document whose body is a title, then a w:altChunk naming the part `target`, which
 * holds chunk[0..n). */
static bytes alt_chunk_docx(const char *chunk, size_t n, const char *target)
{
    static char doc[] =
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
        W_P("某某局2024年政府信息公开工作年度报告") "<w:altChunk r:id=\"c1\"/></w:body>"
        "</w:document>";
    char rels[512];
    snprintf(rels, sizeof rels,
             "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
             "relationships\"><Relationship Id=\"c1\" Type=\"http://schemas.openxmlformats.org/"
             "officeDocument/2006/relationships/aFChunk\" Target=\"%s\"/></Relationships>",
             target);
    part p[] = {{"word/document.xml", doc, strlen(doc)},
                {"word/_rels/document.xml.rels", rels, strlen(rels)},
                {"word/chunk", (char *)chunk, n}};
    return zip_parts(p, 3);
}

/* The 行政许可 figure of alt_chunk_docx's document (-1 for null; -2 when the document is
 * refused, its reason in xxgk_error_last). */
static long alt_chunk_licensing(const char *chunk, size_t n, const char *target)
{
    bytes b = alt_chunk_docx(chunk, n, target);
    xxgk_report *r = NULL;
    long got = -2;
    if (xxgk_report_read(&r, b.data, b.len, NULL) == 0) {
        json_t *j = report_json(r);
        json_t *v = json_object_get(json_object_get(j, "active"), "licensing");
        got = json_is_integer(v) ? (long)json_integer_value(v) : -1;
        json_decref(j);
        xxgk_report_free(r);
    }
    free(b.data);
    return got;
}

/* A part another program put in whole (w:altChunk) is read where it stands: a web page (what a
 * site's "export to Word" writes), in GB18030 too, a web archive, a Word document (documents a
 * program merged), plain text.  One in RTF, or naming no part, fails the document with the
 * reason: its tables are not lost without a word. */
static void test_docx_alt_chunks(void **state)
{
    (void)state;
#define SECTION2 "二、主动公开政府信息情况"
    static const char page[] =
        "<html><head><meta charset=\"utf-8\"></head><body><p>" SECTION2 "</p><table>"
        "<tr><td colspan=2>第二十条第（五）项</td></tr><tr><td>信息内容</td>"
        "<td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>120</td></tr></table>"
        "</body></html>";
    assert_int_equal(alt_chunk_licensing(page, strlen(page), "chunk"), 120);
    bytes gbk = recoded("GB18030", page, strlen(page));
    assert_int_equal(alt_chunk_licensing(gbk.data, gbk.len, "/word/chunk"), 120);
    free(gbk.data);
    char mht[1024];
    int nm = snprintf(mht, sizeof mht,
                      "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n"
                      "\r\n--b\r\nContent-Type: text/html; charset=\"utf-8\"\r\n"
                      "Content-Transfer-Encoding: 8bit\r\n\r\n%s\r\n--b--\r\n",
                      page);
    assert_true(nm > 0 && (size_t)nm < sizeof mht);
    assert_int_equal(alt_chunk_licensing(mht, (size_t)nm, "chunk"), 120);
    static const char text[] = SECTION2 "\n第二十条第（五）项\n信息内容\t本年处理决定数量\n"
                               "行政许可\t120\n";
    assert_int_equal(alt_chunk_licensing(text, strlen(text), "chunk"), 120);
    static char inner[] =
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:body>" W_P(SECTION2) "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>"
        W_P("第二十条第（五）项") "</w:tc></w:tr><w:tr>" W_TC(W_P("信息内容"))
        W_TC(W_P("本年处理决定数量")) "</w:tr><w:tr>" W_TC(W_P("行政许可"))
        W_TC(W_P("120")) "</w:tr></w:tbl></w:body></w:document>";
    part ip = {"word/document.xml", inner, strlen(inner)};
    bytes merged = zip_parts(&ip, 1);
    assert_int_equal(alt_chunk_licensing(merged.data, merged.len, "chunk"), 120);
    free(merged.data);
    /* documents merged into one merged again: two deep are read, three are not */
    bytes once = alt_chunk_docx(text, strlen(text), "chunk");
    bytes twice = alt_chunk_docx(once.data, once.len, "chunk");
    bytes thrice = alt_chunk_docx(twice.data, twice.len, "chunk");
    assert_int_equal(alt_chunk_licensing(twice.data, twice.len, "chunk"), 120);
    assert_int_equal(alt_chunk_licensing(thrice.data, thrice.len, "chunk"), -2);
    assert_string_equal(xxgk_error_last(),
                        "<input>: content embedded in the Word document (altChunk word/chunk) "
                        "cannot be read: nested more than 2 deep; open it in Word or WPS and "
                        "save it again as .docx");
    free(once.data);
    free(twice.data);
    free(thrice.data);
    /* a chunk in a table's cell: its text the cell's */
    static char in_cell[] =
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
        W_P("某某局2024年政府信息公开工作年度报告") W_P(SECTION2)
        "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>"
        W_P("第二十条第（五）项") "</w:tc></w:tr><w:tr>" W_TC(W_P("信息内容"))
        W_TC(W_P("本年处理决定数量")) "</w:tr><w:tr>" W_TC(W_P("行政许可"))
        "<w:tc><w:altChunk r:id=\"c1\"/></w:tc></w:tr></w:tbl></w:body></w:document>";
    static char cell_rels[] =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"c1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/aFChunk\" Target=\"chunk.htm\"/></Relationships>";
    static char cell_page[] = "<html><body><p>120</p></body></html>";
    part cp[] = {{"word/document.xml", in_cell, strlen(in_cell)},
                 {"word/_rels/document.xml.rels", cell_rels, strlen(cell_rels)},
                 {"word/chunk.htm", cell_page, strlen(cell_page)}};
    bytes cell_doc = zip_parts(cp, 3);
    assert_int_equal(licensing_of(cell_doc.data, cell_doc.len), 120);
    free(cell_doc.data);
    static const char rtf[] = "{\\rtf1\\ansi 行政许可 120}";
    assert_int_equal(alt_chunk_licensing(rtf, strlen(rtf), "chunk"), -2);
    assert_string_equal(xxgk_error_last(),
                        "<input>: content embedded in the Word document (altChunk word/chunk) "
                        "cannot be read: in RTF; open it in Word or WPS and save it again as "
                        ".docx");
    assert_int_equal(alt_chunk_licensing(text, strlen(text), "other"), -2);
    assert_string_equal(xxgk_error_last(),
                        "<input>: content embedded in the Word document (altChunk word/other) "
                        "cannot be read: the part it names does not exist; open it in Word or "
                        "WPS and save it again as .docx");
#undef SECTION2
}

/* Fields: their results are the text, their instructions are not, nor a field nested in an
 * instruction (IF { MERGEFIELD }), nor a table of contents, across runs and paragraphs. */
static void test_docx_fields(void **state)
{
    (void)state;
#define FLD(type) "<w:r><w:fldChar w:fldCharType=\"" type "\"/></w:r>"
#define INSTR(text) "<w:r><w:instrText xml:space=\"preserve\">" text "</w:instrText></w:r>"
#define T(text) "<w:r><w:t>" text "</w:t></w:r>"
#define B4 FLD("begin") FLD("begin") FLD("begin") FLD("begin")
    static const char *const read_120[] = {
        /* a formula's result */
        "<w:p>" FLD("begin") INSTR(" =SUM(ABOVE) ") FLD("separate") T("120") FLD("end") "</w:p>",
        /* a field nested in the instruction: its result is the instruction's */
        ("<w:p>" FLD("begin") INSTR(" IF ") FLD("begin") INSTR(" MERGEFIELD n ") FLD("separate")
         T("7") FLD("end") INSTR(" = 7 \"120\" \"0\" ") FLD("separate") T("120") FLD("end")
         "</w:p>"),
        /* a table of contents across paragraphs, then the figure */
        ("<w:p>" FLD("begin") INSTR(" TOC \\o \"1-3\" ") FLD("separate") T("99") "</w:p><w:p>"
         T("98") FLD("end") T("120") "</w:p>"),
        "<w:p><w:fldSimple w:instr=\" TOC \"><w:r><w:t>99</w:t></w:r></w:fldSimple>" T("120")
        "</w:p>",
        "<w:p><w:fldSimple w:instr=\" =120 \"><w:r><w:t>120</w:t></w:r></w:fldSimple></w:p>",
        /* a field with no result; an end with none begun */
        "<w:p>" FLD("begin") INSTR(" PAGE ") FLD("end") FLD("end") T("120") "</w:p>",
        /* a field never ended does not hide the rest: the fields after it read as ever */
        "<w:p>" FLD("begin") INSTR(" MERGEFIELD n ") "</w:p><w:p>" T("120") "</w:p>",
        ("<w:p>" FLD("begin") INSTR(" REF a ") FLD("separate") "</w:p><w:p>" FLD("begin")
         INSTR(" =SUM(ABOVE) ") FLD("separate") T("120") FLD("end") "</w:p>"),
        /* ... however many are left open (more than the reader follows) */
        ("<w:p>" B4 B4 B4 B4 B4 "</w:p><w:p>" T("120") "</w:p>")};
    for (size_t i = 0; i < sizeof read_120 / sizeof read_120[0]; i++)
        assert_int_equal(docx_licensing(read_120[i]), 120);
#undef FLD
#undef INSTR
#undef T
#undef B4
}

/* A text box's paragraphs are lines of their own where it is anchored, read once though Word
 * draws it twice (DrawingML, and VML as the fallback). */
static void test_docx_text_box(void **state)
{
    (void)state;
#define BOX(text)                                                                                 \
    "<wps:txbx><w:txbxContent><w:p><w:r><w:t>" text "</w:t></w:r></w:p></w:txbxContent>"          \
    "</wps:txbx>"
    static char doc[] =
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
        "xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:body>"
        "<w:p><w:r><w:t>前文</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">"
        "<w:drawing>" BOX("测试局2024年政府信息公开工作年度报告") "</w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><v:textbox>" BOX("测试局2024年政府信息公开工作年度报告")
        "</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        "<w:r><w:t>后文</w:t></w:r></w:p>"
        "<w:p><w:r><w:pict><v:shape><v:textbox>" BOX("一、总体情况") "</v:textbox></v:shape>"
        "</w:pict></w:r></w:p></w:body></w:document>";
#undef BOX
    const part p[1] = {{"word/document.xml", doc, strlen(doc)}};
    bytes b = zip_parts(p, 1);
    xxgk_report *r = NULL;
    assert_int_equal(xxgk_report_read(&r, b.data, b.len, NULL), 0);
    static const char *const lines[] = {"前文", "测试局2024年政府信息公开工作年度报告", "后文",
                                        "一、总体情况", ""};
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++)
        assert_string_equal(xxgk_report_line(r, (unsigned)i + 1), lines[i]);
    xxgk_report_free(r);
    free(b.data);
}

/* Numbers Word draws before the paragraphs of a list, in the text as typed ones are: by the
 * paragraph's list or its style's, counting on, levels below starting again, a list that
 * starts its own count, bullets drawing none. */
static void test_docx_numbering(void **state)
{
    (void)state;
#define W_NS "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
#define NUMBERED(list, lvl, text)                                                                 \
    "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" lvl "\"/><w:numId w:val=\"" list "\"/></w:numPr>"    \
    "</w:pPr><w:r><w:t>" text "</w:t></w:r></w:p>"
    static char styles[] =
        "<w:styles " W_NS "><w:style w:type=\"paragraph\" w:styleId=\"H1\"><w:pPr><w:numPr>"
        "<w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style></w:styles>";
    static char numbering[] =
        "<w:numbering " W_NS "><w:abstractNum w:abstractNumId=\"0\">"
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>"
        "<w:lvlText w:val=\"%1、\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/>"
        "<w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
        "</w:abstractNum><w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\">"
        "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\xe2\x97\x8f\"/></w:lvl></w:abstractNum>"
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
        "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/></w:num>"
        "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\">"
        "<w:startOverride w:val=\"11\"/></w:lvlOverride></w:num>"
        "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"1\"/></w:num></w:numbering>";
    static char doc[] =
        "<w:document " W_NS "><w:body>"
        "<w:p><w:pPr><w:pStyle w:val=\"H1\"/></w:pPr><w:r><w:t>总体情况</w:t></w:r></w:p>"
        NUMBERED("1", "1", "主动公开") NUMBERED("1", "1", "依申请公开")
        NUMBERED("2", "0", "主动公开政府信息情况") NUMBERED("1", "1", "规章")
        NUMBERED("3", "0", "其他") NUMBERED("4", "0", "要点")
        NUMBERED("0", "0", "不编号") NUMBERED("9", "0", "无此列表") "</w:body></w:document>";
#undef NUMBERED
#undef W_NS
    const part p[3] = {{"word/document.xml", doc, strlen(doc)},
                       {"word/styles.xml", styles, strlen(styles)},
                       {"word/numbering.xml", numbering, strlen(numbering)}};
    bytes b = zip_parts(p, 3);
    xxgk_report *r = NULL;
    assert_int_equal(xxgk_report_read(&r, b.data, b.len, NULL), 0);
    static const char *const lines[] = {"一、总体情况", "(一)主动公开", "(二)依申请公开",
                                        "二、主动公开政府信息情况", "(一)规章", "十一、其他",
                                        "要点", "不编号", "无此列表"};
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++)
        assert_string_equal(xxgk_report_line(r, (unsigned)i + 1), lines[i]);
    xxgk_report_free(r);
    free(b.data);
}

/* A footnote's mark set after a figure, raised or lowered (120 and ¹), read 1201. */
static void test_raised_mark(void **state)
{
    (void)state;
    assert_int_equal(html_licensing("", "120<sub>1</sub>"), 120);
    assert_int_equal(html_licensing("", "120<SUB><a href=\"#n1\">[1]</a></SUB>"), 120);
    assert_int_equal(html_licensing("", "120<sup>1</sup>"), 120);
    /* raised by a style, or a class Word's sheet raises, or in Word's footnote link whatever
     * the sheet says ([1] where it raises nothing); set back on the line, text */
    const char *word = "<style>span.MsoFootnoteReference{vertical-align:super;}</style>";
    assert_int_equal(html_licensing("", "120<span style=\"vertical-align: SUPER\">1</span>"), 120);
    assert_int_equal(html_licensing("", "120<font style=\"vertical-align:sub\">2</font>"), 120);
    assert_int_equal(html_licensing(word, "120<span class=MsoFootnoteReference>3</span>"), 120);
    assert_int_equal(html_licensing("", "120<a style=\"mso-footnote-id:ftn1\" href=\"#_ftn1\">"
                                        "<span class=MsoFootnoteReference><![if !supportFootnotes]>"
                                        "[1]<![endif]></span></a>"),
                     120);
    assert_int_equal(html_licensing("", "120<a style=\"mso-endnote-id:edn1\">i</a>"), 120);
    assert_int_equal(html_licensing("", "12<span style=\"vertical-align:baseline\">0</span>"), 120);
    assert_int_equal(html_licensing("<style>.r{vertical-align:super}</style>",
                                    "12<span class=\"r\" style=\"vertical-align:middle\">0</span>"),
                     120);
    static const char *const marks[] = {
        "<w:p><w:r><w:t>120</w:t></w:r><w:r><w:rPr><w:vertAlign w:val=\"superscript\"/>"
        "</w:rPr><w:t>1</w:t></w:r></w:p>",
        "<w:p><w:r><w:t>120</w:t></w:r><w:r><w:rPr><w:vertAlign w:val=\"subscript\"/>"
        "</w:rPr><w:t>2</w:t></w:r></w:p>",
        /* a note's reference with the mark typed after it, in the same run */
        "<w:p><w:r><w:t>120</w:t></w:r><w:r><w:footnoteReference w:customMarkFollows=\"1\" "
        "w:id=\"1\"/><w:t>3</w:t></w:r><w:r><w:endnoteReference w:id=\"2\"/></w:r></w:p>",
        /* set back on the line, it is text */
        "<w:p><w:r><w:t>12</w:t></w:r><w:r><w:rPr><w:vertAlign w:val=\"baseline\"/></w:rPr>"
        "<w:t>0</w:t></w:r></w:p>"};
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
        assert_int_equal(docx_licensing(marks[i]), 120);
    /* in a sentence too, whose figures are checked against the tables' */
    static char xml[] =
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:body><w:p><w:r><w:t>全年共收到申请29</w:t></w:r><w:r><w:rPr>"
        "<w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>2</w:t></w:r><w:r><w:t>件。</w:t></w:r>"
        "</w:p></w:body></w:document>";
    part p = {"word/document.xml", xml, strlen(xml)};
    bytes b = zip_parts(&p, 1);
    xxgk_report *r = NULL;
    assert_int_equal(xxgk_report_read(&r, b.data, b.len, NULL), 0);
    assert_string_equal(xxgk_report_line(r, 1), "全年共收到申请29件。");
    xxgk_report_free(r);
    free(b.data);
}

/* Word tables in tables: a figure in a table of its own inside its cell read blank (licensing
 * 0), and a report laid out in a table of one cell lost its lines (no year, no agency). */
static void test_docx_nested_tables(void **state)
{
    (void)state;
    /* a figure's table in the cell, of one cell, one row or one column */
    assert_int_equal(docx_licensing(W_P("") "<w:tbl><w:tr>" W_TC(W_P("120")) "</w:tr></w:tbl>"
                                    W_P("")),
                     120);
    assert_int_equal(docx_licensing("<w:tbl><w:tr>" W_TC(W_P("12")) "</w:tr><w:tr>" W_TC(W_P("件"))
                                    "</w:tr></w:tbl>"),
                     12);
    /* ... but digits in two paragraphs, or two rows of such a table, may be a figure wrapped
     * or two figures: not joined into one (120 or 1 and 20), the cell's figure unread */
    assert_int_equal(docx_licensing("<w:tbl><w:tr>" W_TC(W_P("1")) "</w:tr><w:tr>" W_TC(W_P("20"))
                                    "</w:tr></w:tbl>"),
                     -1);
    assert_int_equal(docx_licensing(W_P("1") W_P("20")), -1);
    assert_int_equal(docx_licensing(W_P("120") W_P("")), 120);
    /* a figure typed as an equation (OMML) is the cell's text */
    assert_int_equal(docx_licensing("<w:p><m:oMath xmlns:m=\"http://schemas.openxmlformats.org/"
                                    "officeDocument/2006/math\"><m:r><m:t>120</m:t></m:r>"
                                    "</m:oMath></w:p>"),
                     120);
    /* (so with three digits after: 12 and 345 are not 12 345, a figure with a space for its
     * thousands; nor after a line break, w:br or w:cr, or a tab) */
    assert_int_equal(docx_licensing(W_P("12") W_P("345")), -1);
    static const char *const breaks[] = {"<w:br/>", "<w:cr/>", "<w:tab/>"};
    for (size_t i = 0; i < 3; i++) {
        char tc[128];
        snprintf(tc, sizeof tc, "<w:p><w:r><w:t>12</w:t>%s<w:t>345</w:t></w:r></w:p>", breaks[i]);
        assert_int_equal(docx_licensing(tc), -1);
        snprintf(tc, sizeof tc, "<w:p><w:r><w:t>120</w:t>%s<w:t>件</w:t></w:r></w:p>", breaks[i]);
        assert_int_equal(docx_licensing(tc), 120);
    }
    static char xml[] =
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:body><w:tbl><w:tr>" W_TC(W_P("行政许可")) "<w:tc><w:tbl><w:tr>" W_TC(W_P("120"))
        W_TC(W_P("5")) "</w:tr></w:tbl></w:tc></w:tr></w:tbl>"
        /* the whole report in one cell, a table in it */
        "<w:tbl><w:tr>" W_TC(W_P("某某局2024年政府信息公开工作年度报告") W_P("一、总体情况")
        "<w:sdt><w:sdtContent>" W_P("本年度工作正常开展。") "</w:sdtContent></w:sdt>"
        "<w:tbl><w:tr>" W_TC(W_P("行政") W_P("处罚")) W_TC(W_P("35")) "</w:tr></w:tbl>"
        W_P("二、主动公开政府信息情况")) "</w:tr></w:tbl>"
        /* a table of rows in a cell of a table of columns follows the row holding it */
        "<w:tbl><w:tr>" W_TC(W_P("甲")) "<w:tc><w:tbl><w:tr>" W_TC(W_P("1")) W_TC(W_P("2"))
        "</w:tr><w:tr>" W_TC(W_P("3")) W_TC(W_P("4")) "</w:tr></w:tbl></w:tc></w:tr></w:tbl>"
        "</w:body></w:document>";
    part p = {"word/document.xml", xml, strlen(xml)};
    bytes b = zip_parts(&p, 1);
    xxgk_report *r = NULL;
    assert_int_equal(xxgk_report_read(&r, b.data, b.len, NULL), 0);
    static const char *const lines[] = {"行政许可\t120\t5",  "某某局2024年政府信息公开工作年度报告",
                                        "一、总体情况",      "本年度工作正常开展。",
                                        "行政处罚\t35",      "二、主动公开政府信息情况",
                                        "甲\t",              "1\t2",
                                        "3\t4"};
    assert_int_equal(xxgk_report_line_count(r), sizeof lines / sizeof lines[0]);
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++)
        assert_string_equal(xxgk_report_line(r, i + 1), lines[i]);
    assert_string_equal(xxgk_report_agency(r), "某某局");
    assert_int_equal(xxgk_report_year(r), 2024);
    assert_int_equal(xxgk_report_section_count(r), 2);
    xxgk_report_free(r);
    free(b.data);
    /* tables nested deeper than the reader goes, text in the deepest: refused, not read as if
     * the text were not there; empty ones are no loss */
    for (int text = 0; text < 2; text++) {
        xbuf deep;
        xbuf_init(&deep, 0);
        xbuf_puts(&deep, "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml"
                         "/2006/main\"><w:body>" W_P("某某局2024年政府信息公开工作年度报告"));
        for (int i = 0; i < 10; i++)
            xbuf_puts(&deep, "<w:tbl><w:tr><w:tc><w:p/></w:tc><w:tc>");
        xbuf_puts(&deep, text ? W_P("行政许可 120") : "<w:p/>");
        for (int i = 0; i < 10; i++)
            xbuf_puts(&deep, "</w:tc></w:tr></w:tbl>");
        xbuf_puts(&deep, "</w:body></w:document>");
        assert_false(deep.failed);
        p = (part){"word/document.xml", deep.data, deep.len};
        b = zip_parts(&p, 1);
        xxgk_read_options o = {.name = "deep.docx"};
        assert_int_equal(xxgk_report_read(&r, b.data, b.len, &o), text ? XXGK_ELIMIT : 0);
        if (text)
            assert_string_equal(xxgk_error_last(),
                                "deep.docx: tables nested more than 8 deep (or elements more than "
                                "64) in the Word document: the text further in cannot be read");
        else
            xxgk_report_free(r);
        free(b.data);
        xbuf_free(&deep);
    }
}

static void test_docx_input(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    xxgk_report *r = read_text(text, n);
    bytes docx = {NULL, 0};
    assert_int_equal(xxgk_write_report("docx", r, NULL, sink_bytes, &docx), 0);
    xxgk_report *back = NULL;
    assert_int_equal(xxgk_report_read(&back, docx.data, docx.len, NULL), 0);
    assert_string_equal(xxgk_report_layout(back), "docx");
    json_t *j = report_json(back);
    assert_figures(j, expected_2021);
    assert_string_equal(json_string_value(json_object_get(j, "published")), "2025-01-20");
    assert_string_equal(json_string_value(json_object_get(j, "agency")), "测试市交通运输局");
    json_decref(j);
    xxgk_report_free(back);
    /* a truncated zip */
    assert_true(xxgk_report_read(&back, docx.data, docx.len / 2, NULL) < 0);
    assert_non_null(
        strstr(xxgk_error_last(), "a damaged or truncated zip package (.docx, .xlsx, .odt, .ofd)"));
    /* everything else reads as the text it was written from, and no cut breaks the reader */
    assert_file_reads_as(docx.data, docx.len, "report.docx", "docx", r);
    free(docx.data);
    xxgk_report_free(r);
    free(text);
}

/* A sheet's XML from tab-separated text: one row a line, figures as numbers, words as inline
 * strings, an empty cell as a cell with no value (as Excel writes one with borders). */
static char *sheet_of(const char *text)
{
    xbuf b;
    xbuf_init(&b, 0);
    xbuf_puts(&b, "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                  "<sheetData>");
    int row = 0;
    for (const char *p = text; *p;) {
        size_t n = strcspn(p, "\n");
        xbuf_printf(&b, "<row r=\"%d\">", ++row);
        int col = 0;
        for (const char *c = p, *end = p + n; c <= end; col++) {
            size_t k = strcspn(c, "\t\n");
            if (c + k > end)
                k = (size_t)(end - c);
            char ref[16];
            snprintf(ref, sizeof ref, "%c%d", 'A' + col, row);
            if (k == 0)
                xbuf_printf(&b, "<c r=\"%s\" s=\"1\"/>", ref);
            else if (strspn(c, "0123456789.") == k)
                xbuf_printf(&b, "<c r=\"%s\"><v>%.*s</v></c>", ref, (int)k, c);
            else
                xbuf_printf(&b, "<c r=\"%s\" t=\"inlineStr\"><is><t>%.*s</t></is></c>", ref, (int)k,
                            c);
            c += k + 1;
        }
        xbuf_puts(&b, "</row>");
        p += n + (p[n] == '\n');
    }
    xbuf_puts(&b, "</sheetData></worksheet>");
    assert_false(b.failed);
    return xbuf_steal(&b);
}

/* A report's tables published as an Excel workbook: its rows read as a table copied out of
 * Excel; a merged cell is one cell, shared strings and cached formula values are its text. */
static void test_xlsx_input(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    xxgk_report *want = read_text(text, n);
    char *sheet = sheet_of(text);
    static char wb[] = "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>";
    part parts[] = {{"xl/workbook.xml", wb, strlen(wb)},
                    {"xl/worksheets/sheet1.xml", sheet, strlen(sheet)}};
    bytes x = zip_parts(parts, 2);
    xxgk_report *r = NULL;
    assert_int_equal(xxgk_report_read(&r, x.data, x.len, NULL), 0);
    assert_string_equal(xxgk_report_layout(r), "xlsx");
    json_t *j = report_json(r);
    assert_figures(j, expected_2021);
    assert_string_equal(json_string_value(json_object_get(j, "agency")), "测试市交通运输局");
    json_decref(j);
    xxgk_report_free(r);
    assert_file_reads_as(x.data, x.len, "report.xlsx", "xlsx", want);
    free(x.data);
    free(sheet);
    xxgk_report_free(want);
    free(text);

    /* the 2019 template's section 二 as Excel keeps it: 本年新公开数量 merged over two columns
     * (the covered cell present, empty), labels in the shared strings, a figure a formula's
     * cached value, and the sheet named by the workbook's relationships */
    static char wb2[] =
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        "<sheets><sheet name=\"表二\" sheetId=\"1\" r:id=\"rId7\"/></sheets></workbook>";
    static char rels[] =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId7\" Target=\"/xl/worksheets/table.xml\"/></Relationships>";
    static char sst[] =
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<si><t>某市人民政府办公厅2019年政府信息公开工作年度报告</t></si>"
        "<si><t>二、主动公开政府信息情况</t></si><si><t>第二十条第（一）项</t></si>"
        "<si><t>信息内容</t></si><si><r><t>本年新</t></r><r><t>制作数量</t></r></si>"
        "<si><t>本年新公开数量</t></si><si><t>对外公开总数量</t></si><si><t>规章</t></si>"
        "<si><t>规范性文件</t></si></sst>";
    static char sheet2[] =
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>"
        "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c><c r=\"B3\"/><c r=\"C3\"/><c r=\"D3\"/>"
        "<c r=\"E3\"/></row>"
        "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>3</v></c><c r=\"B4\" t=\"s\"><v>4</v></c>"
        "<c r=\"C4\" t=\"s\"><v>5</v></c><c r=\"D4\" s=\"2\"/><c r=\"E4\" t=\"s\"><v>6</v></c></row>"
        "<row r=\"5\"><c r=\"A5\" t=\"s\"><v>7</v></c><c r=\"B5\"><v>13</v></c>"
        "<c r=\"C5\"><f>B5</f><v>13</v></c><c r=\"D5\" s=\"2\"/><c r=\"E5\"><v>524</v></c></row>"
        "<row r=\"6\"><c r=\"A6\" t=\"s\"><v>8</v></c><c r=\"B6\"><v>60</v></c>"
        "<c r=\"C6\"/><c r=\"D6\"/><c r=\"E6\"><v>368.00000000000006</v></c></row>"
        "</sheetData><mergeCells count=\"4\"><mergeCell ref=\"A3:E3\"/><mergeCell ref=\"C4:D4\"/>"
        "<mergeCell ref=\"C5:D5\"/><mergeCell ref=\"C6:D6\"/></mergeCells></worksheet>";
    part p2[] = {{"xl/workbook.xml", wb2, strlen(wb2)},
                 {"xl/_rels/workbook.xml.rels", rels, strlen(rels)},
                 {"xl/sharedStrings.xml", sst, strlen(sst)},
                 {"xl/worksheets/table.xml", sheet2, strlen(sheet2)}};
    x = zip_parts(p2, 4);
    assert_int_equal(xxgk_report_read(&r, x.data, x.len, NULL), 0);
    assert_int_equal(xxgk_report_line_count(r), 6);
    assert_string_equal(xxgk_report_line(r, 4), "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量");
    assert_string_equal(xxgk_report_line(r, 6), "规范性文件\t60\t\t368");
    j = report_json(r);
    char *got = json_dumps(json_object_get(json_object_get(j, "active"), "regs"), 0);
    assert_string_equal(got, "[13, 13, 524]");
    free(got);
    got = json_dumps(json_object_get(json_object_get(j, "active"), "normative"), 0);
    assert_string_equal(got, "[60, 0, 368]");
    free(got);
    json_decref(j);
    xxgk_report_free(r);
    free(x.data);
    /* a cell merged down over two rows: an empty cell in the row below, as Word writes one,
     * the figures after it in their columns (not moved one left) */
    char *down = replace(sheet2, "<c r=\"B6\"><v>60</v></c>", "<c r=\"B6\"/>");
    char *down2 = replace(down, "<mergeCells count=\"4\">",
                          "<mergeCells count=\"5\"><mergeCell ref=\"B5:B6\"/>");
    p2[3] = (part){"xl/worksheets/table.xml", down2, strlen(down2)};
    x = zip_parts(p2, 4);
    assert_int_equal(xxgk_report_read(&r, x.data, x.len, NULL), 0);
    assert_string_equal(xxgk_report_line(r, 6), "规范性文件\t\t\t368");
    xxgk_report_free(r);
    free(x.data);
    free(down2);
    free(down);
    /* a formula no program computed is shown as itself, a figure unread, not an empty cell;
     * a day kept as Excel counts it, styled as a date, reads as that day */
    char *nocache = replace(sheet2, "<c r=\"E6\"><v>368.00000000000006</v></c>",
                            "<c r=\"E6\"><f>SUM(E4:E5)</f></c></row><row r=\"7\">"
                            "<c r=\"A7\" s=\"1\"><v>45677</v></c>");
    static char styles[] =
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"0\"/>"
        "</cellXfs></styleSheet>";
    part dated[] = {p2[0], p2[1], p2[2], {"xl/worksheets/table.xml", nocache, strlen(nocache)},
                    {"xl/styles.xml", styles, strlen(styles)}};
    x = zip_parts(dated, 5);
    assert_int_equal(xxgk_report_read(&r, x.data, x.len, NULL), 0);
    assert_string_equal(xxgk_report_line(r, 6), "规范性文件\t60\t\t=SUM(E4:E5)");
    assert_string_equal(xxgk_report_line(r, 7), "2025-01-20");
    xxgk_report_free(r);
    free(x.data);
    free(nocache);
    /* a format dividing by a thousand (0,) reads as it shows: 524400 as 524 */
    char *scaled = replace(sheet2, "<c r=\"E5\"><v>524</v></c>",
                           "<c r=\"E5\" s=\"1\"><v>524400</v></c>");
    static char thousands[] =
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<numFmts count=\"1\"><numFmt numFmtId=\"165\" formatCode=\"0,\"/></numFmts>"
        "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"165\"/></cellXfs></styleSheet>";
    part by_thousand[] = {p2[0], p2[1], p2[2],
                          {"xl/worksheets/table.xml", scaled, strlen(scaled)},
                          {"xl/styles.xml", thousands, strlen(thousands)}};
    x = zip_parts(by_thousand, 5);
    assert_int_equal(xxgk_report_read(&r, x.data, x.len, NULL), 0);
    assert_string_equal(xxgk_report_line(r, 5), "规章\t13\t13\t524");
    assert_json_at(r, "active.regs", "[13,13,524]");
    xxgk_report_free(r);
    free(x.data);
    free(scaled);
    /* a row's first cell holding paragraphs (the text typed into one cell, Alt+Enter between
     * them, _x000D_ kept beside each break) is lines; a label's escaped break is a space */
    xbuf para;
    xbuf_init(&para, 0);
    xbuf_puts(&para, "<row r=\"7\"><c r=\"A7\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    for (int k = 0; k < 4; k++)
        xbuf_printf(&para,
                    "第%d段：本年度政府信息公开工作稳步推进，各项制度不断完善，质量持续提升。"
                    "_x000D_\n",
                    k + 1);
    xbuf_puts(&para, "</t></is></c></row></sheetData>");
    char *lines = replace(sheet2, "</sheetData>", para.data);
    char *escaped = replace(lines, "<row r=\"6\"><c r=\"A6\" t=\"s\"><v>8</v></c>",
                            "<row r=\"6\"><c r=\"A6\" t=\"inlineStr\"><is><t>规范性_x000D_\n文件"
                            "</t></is></c>");
    xbuf_free(&para);
    p2[3] = (part){"xl/worksheets/table.xml", escaped, strlen(escaped)};
    x = zip_parts(p2, 4);
    assert_int_equal(xxgk_report_read(&r, x.data, x.len, NULL), 0);
    assert_int_equal(xxgk_report_line_count(r), 10);
    assert_string_equal(xxgk_report_line(r, 6), "规范性 文件\t60\t\t368");
    assert_string_equal(xxgk_report_line(r, 8), /* (its punctuation folded, as all text is) */
                        "第2段:本年度政府信息公开工作稳步推进,各项制度不断完善,质量持续提升。");
    xxgk_report_free(r);
    free(x.data);
    free(escaped);
    free(lines);
    /* a hidden row (last year's figures kept out of sight) is not read */
    char *hid = replace(sheet2, "<row r=\"6\">", "<row r=\"6\" hidden=\"1\">");
    p2[3] = (part){"xl/worksheets/table.xml", hid, strlen(hid)};
    x = zip_parts(p2, 4);
    assert_int_equal(xxgk_report_read(&r, x.data, x.len, NULL), 0);
    assert_int_equal(xxgk_report_line_count(r), 5);
    xxgk_report_free(r);
    free(x.data);
    free(hid);
    /* a formula's error and a logical value where figures stand: as Excel shows them, figures
     * that cannot be read, each in its own column */
    char *t1 = replace(sheet2, "<c r=\"B5\"><v>13</v></c>",
                       "<c r=\"B5\" t=\"e\"><v>#DIV/0!</v></c>");
    char *t2 = replace(t1, "<c r=\"B6\"><v>60</v></c>", "<c r=\"B6\" t=\"b\"><v>1</v></c>");
    p2[3] = (part){"xl/worksheets/table.xml", t2, strlen(t2)};
    x = zip_parts(p2, 4);
    assert_int_equal(xxgk_report_read(&r, x.data, x.len, NULL), 0);
    assert_string_equal(xxgk_report_line(r, 5), "规章\t#DIV/0!\t13\t524");
    assert_string_equal(xxgk_report_line(r, 6), "规范性文件\tTRUE\t\t368");
    j = report_json(r);
    got = json_dumps(json_object_get(json_object_get(j, "active"), "regs"), 0);
    assert_string_equal(got, "[null, 13, 524]");
    free(got);
    got = json_dumps(json_object_get(json_object_get(j, "active"), "normative"), 0);
    assert_string_equal(got, "[null, 0, 368]");
    free(got);
    char ev[256];
    assert_int_equal(diag_count(r, "reader-unreadable", ev, sizeof ev), 2);
    assert_string_equal(ev, "规章·本年新制作数量：“#DIV/0!”");
    json_decref(j);
    xxgk_report_free(r);
    free(x.data);
    free(t2);
    free(t1);
    p2[3] = (part){"xl/worksheets/table.xml", sheet2, strlen(sheet2)};
    /* a shared string it does not have: damaged, not a blank cell read as 0 */
    char *bad = strdup(sheet2);
    char *v8 = strstr(bad, "<v>8</v>");
    assert_non_null(v8);
    v8[3] = '9';
    p2[3].data = bad;
    x = zip_parts(p2, 4);
    xxgk_read_options bo = {.name = "bad.xlsx"};
    assert_int_equal(xxgk_report_read(&r, x.data, x.len, &bo), XXGK_EENCODING);
    assert_string_equal(xxgk_error_last(), "bad.xlsx: damaged Excel workbook: cell A6 refers to a "
                                           "shared string it does not have");
    free(x.data);
    free(bad);
    /* a part declaring a DTD, whose entities would expand wherever its text is taken */
    static char dtd_sheet[] =
        "<!DOCTYPE worksheet [<!ENTITY a \"1\">]><worksheet xmlns=\"http://schemas.openxml"
        "formats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c t=\"inlineStr\"><is>"
        "<t>&a;</t></is></c></row></sheetData></worksheet>";
    part p5[] = {{"xl/workbook.xml", wb, strlen(wb)},
                 {"xl/worksheets/sheet1.xml", dtd_sheet, strlen(dtd_sheet)}};
    x = zip_parts(p5, 2);
    assert_int_equal(xxgk_report_read(&r, x.data, x.len, &bo), XXGK_EENCODING);
    assert_string_equal(xxgk_error_last(), "bad.xlsx: damaged Excel workbook: "
                                           "xl/worksheets/sheet1.xml declares a DTD, which no "
                                           "such file does");
    free(x.data);
    /* one shared string in many cells: a small file, too much text */
    xbuf big;
    xbuf_init(&big, 0);
    xbuf_puts(&big, "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>");
    for (int i = 0; i < 100000; i++)
        xbuf_puts(&big, "x");
    xbuf_puts(&big, "</t></si></sst>");
    xbuf cells;
    xbuf_init(&cells, 0);
    xbuf_puts(&cells, "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                      "<sheetData>");
    for (int i = 1; i <= 700; i++)
        xbuf_printf(&cells, "<row r=\"%d\"><c t=\"s\"><v>0</v></c></row>", i);
    xbuf_puts(&cells, "</sheetData></worksheet>");
    part p4[] = {{"xl/workbook.xml", wb, strlen(wb)},
                 {"xl/sharedStrings.xml", big.data, big.len},
                 {"xl/worksheets/sheet1.xml", cells.data, cells.len}};
    x = zip_parts(p4, 3);
    assert_int_equal(xxgk_report_read(&r, x.data, x.len, &bo), XXGK_ELIMIT);
    assert_string_equal(xxgk_error_last(),
                        "bad.xlsx: Excel workbook: its cells hold more than 64 MiB of text");
    free(x.data);
    xbuf_free(&big);
    xbuf_free(&cells);

    /* a sheet far longer than any report is refused, not read in part */
    xbuf many;
    xbuf_init(&many, 0);
    for (int i = 0; i < 20001; i++)
        xbuf_puts(&many, "x\n");
    char *long_sheet = sheet_of(many.data);
    part p3[] = {{"xl/workbook.xml", wb, strlen(wb)},
                 {"xl/worksheets/sheet1.xml", long_sheet, strlen(long_sheet)}};
    x = zip_parts(p3, 2);
    xxgk_read_options lo = {.name = "long.xlsx"};
    assert_int_equal(xxgk_report_read(&r, x.data, x.len, &lo), XXGK_ELIMIT);
    assert_string_equal(xxgk_error_last(), "long.xlsx: Excel workbook has more than 20000 rows");
    free(x.data);
    free(long_sheet);
    xbuf_free(&many);
}

/* A workbook of the sheets sheet[0..n), named by its relationships, each sheet's state (NULL
 * shown, "hidden", "veryHidden") given. */
static bytes workbook_of(char *const *sheet, const char *const *state, size_t n)
{
    xbuf wb, rels;
    xbuf_init(&wb, 0);
    xbuf_init(&rels, 0);
    xbuf_puts(&wb, "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                   "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                   "relationships\"><sheets>");
    xbuf_puts(&rels, "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                     "relationships\">");
    part parts[8];
    char names[8][64];
    assert_true(n + 2 <= 8);
    for (size_t i = 0; i < n; i++) {
        xbuf_printf(&wb, "<sheet name=\"S%zu\" sheetId=\"%zu\" r:id=\"rId%zu\"%s%s%s/>", i + 1,
                    i + 1, i + 1, state[i] ? " state=\"" : "", state[i] ? state[i] : "",
                    state[i] ? "\"" : "");
        xbuf_printf(&rels, "<Relationship Id=\"rId%zu\" Target=\"worksheets/sheet%zu.xml\"/>",
                    i + 1, i + 1);
        snprintf(names[i], sizeof names[i], "xl/worksheets/sheet%zu.xml", i + 1);
        parts[i + 2] = (part){names[i], sheet[i], strlen(sheet[i])};
    }
    xbuf_puts(&wb, "</sheets></workbook>");
    xbuf_puts(&rels, "</Relationships>");
    assert_false(wb.failed || rels.failed);
    parts[0] = (part){"xl/workbook.xml", wb.data, wb.len};
    parts[1] = (part){"xl/_rels/workbook.xml.rels", rels.data, rels.len};
    bytes x = zip_parts(parts, n + 2);
    xbuf_free(&wb);
    xbuf_free(&rels);
    return x;
}

/* A hidden sheet (last year's tables kept in the workbook out of sight), hidden or very
 * hidden, before or after the report's, is not read; a workbook whose only sheet is hidden
 * (Excel never leaves one so) is read rather than nothing. */
static void test_xlsx_hidden_sheet(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    xxgk_report *want = read_text(text, n);
    char *last_year = replace(text, "规章\t1\t0\t3", "规章\t7\t7\t9");
    char *sheets[2] = {sheet_of(last_year), sheet_of(text)};
    static const char *const shown[] = {NULL};
    bytes x = workbook_of(&sheets[1], shown, 1);
    xxgk_report *r = NULL;
    assert_int_equal(xxgk_report_read(&r, x.data, x.len, NULL), 0);
    unsigned lines = xxgk_report_line_count(r);
    xxgk_report_free(r);
    free(x.data);
    static const char *const states[][2] = {
        {"hidden", NULL}, {"veryHidden", NULL}, {NULL, "hidden"}};
    for (size_t i = 0; i < 3; i++) {
        /* (the hidden sheet last: the report's first) */
        char *order[2] = {sheets[states[i][0] ? 0 : 1], sheets[states[i][0] ? 1 : 0]};
        x = workbook_of(order, states[i], 2);
        assert_int_equal(xxgk_report_read(&r, x.data, x.len, NULL), 0);
        assert_json_at(r, "active.regs", "[1,0,3]");
        assert_same_report(want, r);
        assert_int_equal(xxgk_report_line_count(r), lines);
        xxgk_report_free(r);
        free(x.data);
    }
    static const char *const alone[] = {"hidden"};
    x = workbook_of(&sheets[1], alone, 1);
    assert_int_equal(xxgk_report_read(&r, x.data, x.len, NULL), 0);
    assert_same_report(want, r);
    xxgk_report_free(r);
    free(x.data);
    free(sheets[0]);
    free(sheets[1]);
    free(last_year);
    xxgk_report_free(want);
    free(text);
}

/* A hidden column (hidden="1", or of no width), a column of other figures beside the table's
 * kept out of sight, is not read: the figures after it keep their columns (a column not
 * hidden, or none named, still is). */
static void test_xlsx_hidden_column(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    xxgk_report *want = read_text(text, n);
    /* a cell "9" after each line's first (B), the table's figures from C on */
    xbuf wide;
    xbuf_init(&wide, 0);
    for (const char *p = text; *p;) {
        size_t len = strcspn(p, "\n"), first = strcspn(p, "\t\n");
        if (first < len)
            xbuf_printf(&wide, "%.*s\t9%.*s", (int)first, p, (int)(len - first), p + first);
        else
            xbuf_put(&wide, p, len);
        p += len;
        if (*p)
            xbuf_putc(&wide, *p++);
    }
    char *sheet = sheet_of(wide.data);
    static const char *const cols[] = {
        "<cols><col min=\"2\" max=\"2\" width=\"9\" hidden=\"1\" customWidth=\"1\"/></cols>",
        ("<cols><col min=\"1\" max=\"1\" width=\"30\"/><col min=\"2\" max=\"2\" width=\"0\" "
         "customWidth=\"1\"/></cols>"),
        "<cols><col min=\"2\" max=\"3\" width=\"9\" hidden=\"0\"/></cols>"};
    static const char *const shown[] = {NULL};
    for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++) {
        char with[256];
        snprintf(with, sizeof with, "%s<sheetData>", cols[i]);
        char *sheets[] = {replace(sheet, "<sheetData>", with)};
        bytes x = workbook_of(sheets, shown, 1);
        xxgk_report *r = NULL;
        assert_int_equal(xxgk_report_read(&r, x.data, x.len, NULL), 0);
        if (i < 2) {
            assert_json_at(r, "active.regs", "[1,0,3]");
            assert_same_report(want, r);
        } else {
            assert_json_at(r, "active.regs", "[9,1,0]"); /* (read as a column shown is) */
        }
        xxgk_report_free(r);
        free(x.data);
        free(sheets[0]);
    }
    free(sheet);
    xbuf_free(&wide);
    xxgk_report_free(want);
    free(text);
}

/* text on one line as a crawler flattens it: every cell glued to the next (joiner 0), or
 * joined by one space where line breaks and tabs were, no two together (joiner ' ', as a page's
 * text joined with a space between its pieces).  Free with free(). */
static char *flatten_by(const char *text, char joiner)
{
    size_t n = strlen(text), k = 0;
    char *flat = malloc(n + 1);
    assert_non_null(flat);
    for (size_t i = 0; i < n; i++) {
        char c = text[i] == '\n' || text[i] == '\t' ? joiner : text[i];
        if (c && !(c == ' ' && joiner && k && flat[k - 1] == ' '))
            flat[k++] = c;
    }
    flat[k] = '\0';
    return flat;
}

static char *flatten(const char *text)
{
    return flatten_by(text, 0);
}

static char *flatten_spaced(const char *text)
{
    return flatten_by(text, ' ');
}

/* A page flattened onto one line whose report runs on into its attachments (附件1：…统计表):
 * the date before the first attachment is the report's, and the attachment no part of section
 * 六; so too in a report before the 2019 format, which no table's labels cut into lines. */
static void test_flattened_attachment_after_date(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    char *a = replace(text, "测试市交通运输局\n2025年1月20日",
                      "2025年1月20日 附件1：政府信息公开情况统计表 指标名称 计量单位 2024年度 "
                      "主动公开信息数 条 124 其中：1.网站公开 条 124");
    char *flat = flatten_spaced(a);
    xxgk_report *r = read_text(flat, strlen(flat));
    assert_string_equal(xxgk_report_published(r), "2025-01-20");
    const char *six = xxgk_report_section(r, 5)->text;
    assert_null(strstr(six, "附件"));
    assert_non_null(strstr(six, "本年度未收取信息处理费。"));
    xxgk_report_free(r);
    free(flat);
    free(a);
    free(text);
    static const char old[] =
        "测试县人民政府2012年政府信息公开工作年度报告 本报告由测试县人民政府办公室编制。"
        "一、概述 2012年，我县认真贯彻落实《条例》。二、主动公开情况 全年主动公开信息2026条。"
        "三、存在的主要问题及改进措施 进一步将信息公开工作常规化、日常化。 测试县人民政府 "
        "2013年1月16日 附件1：测试县人民政府2012年政府信息公开情况统计表 指标名称计量单位2012年度"
        "历年累计主动公开信息数条20263542其中：1.网站公开条17953304\n";
    r = read_text(old, strlen(old));
    assert_string_equal(xxgk_report_published(r), "2013-01-16");
    xxgk_findings *f = check_report(r);
    assert_int_equal(count_rule(f, "date-missing", NULL, 0), 0);
    xxgk_findings_free(f);
    xxgk_report_free(r);
    /* an attachment named in the narrative first, after a date or not: no signature's */
    static const char *const asides[] = {"全年主动公开信息2026条，目录见 附件：公开目录。",
                                          "全年主动公开信息2026条。 2012年6月1日起施行的办法见 "
                                          "附件2：办法。"};
    for (size_t i = 0; i < sizeof asides / sizeof asides[0]; i++) {
        char *t = replace(old, "全年主动公开信息2026条。", asides[i]);
        r = read_text(t, strlen(t));
        assert_string_equal(xxgk_report_published(r), "2013-01-16");
        xxgk_report_free(r);
        free(t);
    }
}

static char *replace_each(char *text, const char *from, const char *to);

/* A fixture's text with one replacement, flattened by flat (the texts between freed). */
static char *flat_variant(const char *name, const char *from, const char *to,
                          char *(*flat)(const char *))
{
    char *text = fixture(name, NULL), *a = replace(text, from, to), *f = flat(a);
    free(a);
    free(text);
    return f;
}

/* A 2019 table 三 whose （六）其他处理 is printed as the 2021 format's three sub-rows, the third
 * labelled `third` (3.其他, or 其他 alone): 1 0 0 0 0 0 1, all 0, 1 0 1 0 0 0 2. */
static char *sub_rows_2019(const char *text, const char *third)
{
    char rows[512];
    snprintf(rows, sizeof rows,
             "\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
             "\t1\t0\t0\t0\t0\t0\t1\n"
             "\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"
             "\t0\t0\t0\t0\t0\t0\t0\n\t\t%s\t1\t0\t1\t0\t0\t0\t2\n",
             third);
    return replace(text, "\t（六）其他处理\t\t2\t0\t1\t0\t0\t0\t3\n", rows);
}

/* Section 六's 无 glued to the signature on a flattened page ("…事项 无测试市交通运输局
 * 2025年1月20日 附件下载") is the section's text, not the agency's name; a name that opens with
 * 无 wherever it is printed (无锡市…) keeps it. */
static void test_flattened_none_before_signature(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    static const char six[] = "本年度未收取信息处理费。\n\n测试市交通运输局\n2025年1月20日";
    char *a = replace(text, six, "无测试市交通运输局\n2025年1月20日\n附件下载");
    char *flat = flatten_spaced(a);
    assert_non_null(strstr(flat, "事项 无测试市交通运输局 2025年1月20日 附件下载"));
    xxgk_report *r = read_text(flat, strlen(flat));
    assert_string_equal(xxgk_report_section(r, 5)->text, "无");
    assert_string_equal(xxgk_report_published(r), "2025-01-20");
    assert_int_equal(diag_count(r, "struct-section-empty", NULL, 0), 0);
    assert_int_equal(diag_count(r, "text-signature-agency", NULL, 0), 0);
    xxgk_report_free(r);
    free(flat);
    free(a);
    a = replace_each(replace(text, six, "无锡市交通运输局\n2025年1月20日\n附件下载"), "测试市",
                     "无锡市");
    flat = flatten_spaced(a);
    assert_non_null(strstr(flat, "事项 无锡市交通运输局 2025年1月20日 附件下载"));
    r = read_text(flat, strlen(flat));
    assert_string_equal(xxgk_report_section(r, 5)->text, "");
    assert_string_equal(xxgk_report_published(r), "2025-01-20");
    xxgk_report_free(r);
    free(flat);
    free(a);
    free(text);
}

/* Narrative glued to a table's last figures (…收费12.52024年，…; …继续办理21001042025年，…;
 * …总计210141000101102我局…) ends the row there: the figures read, the year the words' own;
 * and a row's label no mark cuts off (a typo, 行政执法案件) still has its number cut from the
 * figures before it, its own figures cut from its end. */
static void test_flattened_words_after_figures(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    char *a = replace(text, "行政事业性收费\t12.5\t\t\n",
                      "行政事业性收费\t12.5\t\t\n2024年，本局收费12.5万元。\n");
    char *b = replace(a, "\t2\t1\t0\t0\t1\t0\t4\n",
                      "\t2\t1\t0\t0\t1\t0\t4\n2025年，结转申请4件。\n");
    char *c = replace(b, "0\t1\t1\t0\t2\n", "0\t1\t1\t0\t2\n我局无败诉案件。\n");
    char *d = replace(c, "7.属于行政执法案卷", "7.属于行政执法案件");
    char *flat = flatten(d);
    assert_non_null(strstr(flat, "收费12.52024年，本局"));
    assert_non_null(strstr(flat, "继续办理21001042025年，结转"));
    assert_non_null(strstr(flat, "总计210141000101102我局无败诉"));
    assert_non_null(strstr(flat, "过程性信息00000007.属于行政执法案件00000008.属于"));
    xxgk_report *r = read_text(flat, strlen(flat));
    assert_json_at(r, "active.fees_wan_yuan", "12.5");
    assert_json_at(r, "requests.carried_out", "[2,1,0,0,1,0,4]");
    assert_json_at(r, "review.reconsideration", "[2,1,0,1,4]");
    assert_json_at(r, "review.litigation_after_review", "[0,1,1,0,2]");
    assert_json_at(r, "requests.withheld[5]", "[0,0,0,0,0,0,0]");
    assert_json_at(r, "requests.withheld[6]", "[0,0,0,0,0,0,0]");
    char ev[512];
    assert_int_equal(diag_count(r, "format-label-variant", ev, sizeof ev), 1);
    assert_string_equal(ev, "“7.属于行政执法案件”（标准：7.属于行政执法案卷）");
    assert_int_equal(diag_count(r, "reader-glued", ev, sizeof ev), 1); /* (5240 only) */
    assert_int_equal(diag_count(r, "struct-missing-cells", NULL, 0), 0);
    assert_int_equal(diag_count(r, "reader-number-range", NULL, 0), 0);
    xxgk_report_free(r);
    free(flat);
    free(d);
    free(c);
    free(b);
    free(a);
    free(text);
}

/* A figure glued to the item heading after its table, "…收费5949.09(二)主动公开…" (half-width
 * brackets, or full-width): the figure ends before it, the heading is no part of it. */
static void test_flattened_item_after_figure(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    static const char *const items[] = {"(二)", "（二）"};
    for (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {
        char after[256];
        snprintf(after, sizeof after,
                 "行政事业性收费\t5949.09\t\t\n%s主动公开政府信息的主要类别\n"
                 "2024年，主动公开107条。\n",
                 items[i]);
        char *a = replace(text, "行政事业性收费\t12.5\t\t\n", after);
        char *flat = flatten(a);
        assert_non_null(strstr(flat, "收费5949.09"));
        xxgk_report *r = read_text(flat, strlen(flat));
        json_t *j = report_json(r);
        assert_true(json_real_value(json_object_get(json_object_get(j, "active"),
                                                    "fees_wan_yuan")) == 5949.09);
        json_decref(j);
        assert_int_equal(diag_count(r, "struct-missing-cells", NULL, 0), 0);
        xxgk_report_free(r);
        free(flat);
        free(a);
    }
    free(text);
}

/* The evidence of the first finding of rule whose evidence opens with start, or NULL. */
static const char *finding_opening(const xxgk_findings *f, const char *rule, const char *start)
{
    for (size_t i = 0; i < xxgk_findings_count(f); i++) {
        const xxgk_finding *x = xxgk_findings_get(f, i);
        if (strcmp(x->rule->id, rule) == 0 && strncmp(x->evidence, start, strlen(start)) == 0)
            return x->evidence;
    }
    return NULL;
}

/* A unit in brackets after a row's label on a flattened page, "政府集中采购（元）3251000" or
 * "行政事业性收费（万元）12.5", is the label's: the figures after it are read as glued figures
 * are (one read, several cuts null and listed as reader-glued), not as no figure at all. */
static void test_flattened_unit_after_label(void **state)
{
    (void)state;
    char *flat = flat_variant("report-2019-tabs.txt", "政府集中采购\t3\t251000元",
                              "政府集中采购（元）\t3\t251000", flatten);
    assert_non_null(strstr(flat, "政府集中采购（元）3251000三、"));
    xxgk_report *r = read_text(flat, strlen(flat));
    assert_json_at(r, "active.procurement", "[null,null]");
    xxgk_findings *f = check_report(r);
    const char *ev = finding_opening(f, "reader-glued", "政府集中采购");
    assert_non_null(ev);
    assert_string_equal(ev, "政府集中采购：3251000，可读作 3 251000 | 32 51000 | 325 1000 | "
                            "325100 0");
    assert_null(finding_opening(f, "struct-missing-cells", "政府集中采购"));
    assert_non_null(finding_opening(f, "format-label-variant", "“政府集中采购（元）”"));
    xxgk_findings_free(f);
    xxgk_report_free(r);
    free(flat);
    flat = flat_variant("report-2021-tabs.txt", "行政事业性收费\t12.5",
                        "行政事业性收费（万元）\t12.5", flatten);
    r = read_text(flat, strlen(flat));
    assert_json_at(r, "active.fees_wan_yuan", "12.5");
    assert_int_equal(diag_count(r, "struct-missing-cells", NULL, 0), 0);
    xxgk_report_free(r);
    free(flat);
}

/* A count of purchases in 笔, "政府集中采购 2笔 984361元", is a figure as one in 件 is: read
 * in a table copied with tabs and in a page flattened with a space between its cells. */
static void test_count_in_transactions(void **state)
{
    (void)state;
    char *text = fixture("report-2019-tabs.txt", NULL);
    char *a = replace(text, "政府集中采购\t3\t251000元", "政府集中采购\t2笔\t984361元");
    char *flat = flatten_spaced(a);
    assert_non_null(strstr(flat, "政府集中采购 2笔 984361元 三、"));
    const char *const texts[] = {a, flat};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        xxgk_report *r = read_text(texts[i], strlen(texts[i]));
        assert_json_at(r, "active.procurement", "[2,984361]");
        assert_int_equal(diag_count(r, "reader-glued", NULL, 0), 0);
        assert_int_equal(diag_count(r, "struct-missing-cells", NULL, 0), 0);
        xxgk_report_free(r);
    }
    free(flat);
    free(a);
    free(text);
}

/* A 2019 table 三 whose （六）其他处理 is printed as the 2021 format's three sub-rows, on a page
 * flattened onto one line, each sub-row's figures glued: the one row of the 2019 format is
 * their sum, said as a layout of its own. */
static void test_flattened_sub_rows_summed(void **state)
{
    (void)state;
    char *text = fixture("report-2019-tabs.txt", NULL);
    char *a = sub_rows_2019(text, "3.其他");
    char *flat = flatten(a);
    assert_non_null(strstr(flat, "政府信息公开申请1000001"));
    xxgk_report *r = read_text(flat, strlen(flat));
    assert_int_equal(xxgk_report_format(r), XXGK_FORMAT_2019);
    assert_json_at(r, "requests.other", "[[2,0,1,0,0,0,3]]");
    char ev[512];
    assert_int_equal(diag_count(r, "format-table-layout", ev, sizeof ev), 1);
    assert_string_equal(ev, "（六）其他处理：按另一种格式分为若干小项印出，已合计为本格式的一行："
                            "2 0 1 0 0 0 3");
    assert_json_at(r, "requests.total", "[21,5,1,0,1,1,29]");
    xxgk_report_free(r);
    free(flat);
    free(a);
    free(text);
}

/* （六）'s last sub-row printed without its number, 其他 between two rows' figures on a flattened
 * page ("…申请0000000其他1010002（七）总计…", or a space on either side): a row of its own,
 * so that a 2019 table's （六） is the sum of its sub-rows, every one read, and a 2021 table's
 * 3.其他 is read. */
static void test_flattened_unnumbered_other(void **state)
{
    (void)state;
    char *text = fixture("report-2019-tabs.txt", NULL);
    char *a = sub_rows_2019(text, "其他");
    char *flats[] = {flatten(a), flatten_spaced(a)};
    char *plain[] = {flatten(text), flatten_spaced(text)};
    assert_non_null(strstr(flats[0], "申请0000000其他1010002（七）总计"));
    assert_non_null(strstr(flats[1], "申请 0 0 0 0 0 0 0 其他 1 0 1 0 0 0 2 （七）总计"));
    for (size_t i = 0; i < sizeof flats / sizeof flats[0]; i++) {
        /* (the figures of section 二 glued, left unplaced, as with （六） printed as one row) */
        xxgk_report *r = read_text(plain[i], strlen(plain[i]));
        int unplaced = diag_count(r, "reader-unplaced", NULL, 0);
        xxgk_report_free(r);
        free(plain[i]);
        r = read_text(flats[i], strlen(flats[i]));
        assert_int_equal(xxgk_report_format(r), XXGK_FORMAT_2019);
        assert_json_at(r, "requests.other", "[[2,0,1,0,0,0,3]]");
        char ev[512];
        assert_int_equal(diag_count(r, "format-table-layout", ev, sizeof ev), 1);
        assert_string_equal(ev, "（六）其他处理：按另一种格式分为若干小项印出，已合计为本格式的"
                                "一行：2 0 1 0 0 0 3");
        assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), unplaced);
        xxgk_report_free(r);
        free(flats[i]);
    }
    free(a);
    free(text);
    char *flat = flat_variant("report-2021-tabs.txt", "\t\t3.其他\t", "\t\t其他\t", flatten_spaced);
    xxgk_report *r = read_text(flat, strlen(flat));
    assert_json_at(r, "requests.other[2]", "[1,0,1,0,0,0,2]");
    assert_int_equal(diag_count(r, "struct-row-missing", NULL, 0), 0);
    xxgk_report_free(r);
    free(flat);
}

/* A flattened page with the site's lines after it (打印本页, who runs the site) and a crawler's
 * title line made a heading: the date and the agency are still read. */
static void test_flattened_page_lines(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    char *flat = flatten(text);
    size_t n = strlen(flat);
    static const char head[] = "# 标题: 测试市交通运输局2024年政府信息公开工作年度报告\n",
                      tail[] = "\n\n【打印本页】【关闭窗口】\n主办单位：测试市人民政府办公室\n"
                               "网站标识码：3201000001  ICP备12345678号\n";
    char *t = malloc(sizeof head + n + sizeof tail);
    assert_non_null(t);
    snprintf(t, sizeof head + n + sizeof tail, "%s%s%s", head, flat, tail);
    xxgk_report *r = read_text(t, strlen(t));
    assert_string_equal(xxgk_report_layout(r), "flattened");
    assert_non_null(xxgk_report_published(r));
    assert_string_equal(xxgk_report_published(r), "2025-01-20");
    json_t *j = report_json(r);
    assert_non_null(json_string_value(json_object_get(j, "agency")));
    assert_string_equal(json_string_value(json_object_get(j, "agency")), "测试市交通运输局");
    json_decref(j);
    assert_int_equal(diag_count(r, "date-missing", NULL, 0), 0);
    xxgk_report_free(r);
    free(t);
    free(flat);
    free(text);
}

/* A report flattened onto one line with a space between its cells, as a page's text joined so
 * is: read as the report itself, the table's two header lines run into one (总计 after 法人或其
 * 他组织) and all.  A page's menus before the title, the cells' words split by spaces (尚未
 * 审结, 1. 属于国家秘密) and a date's digits (202 5 年) are read through. */
static void test_flattened_spaced(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    xxgk_report *want = read_text(text, strlen(text));
    char *flat = flatten_spaced(text);
    xxgk_report *r = read_text(flat, strlen(flat));
    assert_string_equal(xxgk_report_layout(r), "flattened");
    assert_same_report(want, r);
    xxgk_findings *f = check_report(r);
    assert_int_equal(xxgk_findings_count(f), 0);
    xxgk_findings_free(f);
    xxgk_report_free(r);

    char *t = replace(flat, "测试市交通运输局2024年政府信息公开工作年度报告",
                      "首页 政务公开 年报 测试市交通运输局2024年政府信息公开工作年度报告 "
                      "来源:测试市交通运输局 时间:2025-01-20 10:12 打印");
    char *u = replace_each(t, "尚未审结", "尚未 审结");
    u = replace_each(u, "1.属于国家秘密", "1. 属于国家秘密");
    u = replace_each(u, "（一）予以公开", "（一） 予以公开");
    char *v = replace(u, "2025年1月20日", "202 5 年 1月 2 0 日");
    r = read_text(v, strlen(v));
    assert_same_report(want, r);
    f = check_report(r);
    assert_int_equal(xxgk_findings_count(f), 0);
    xxgk_findings_free(f);
    xxgk_report_free(r);
    xxgk_report_free(want);
    free(v);
    free(u);
    free(flat);
    free(text);
}

/* A flattened page's title, headings and signature read wherever the page's text puts them:
 * the title glued to the text after it or its year set apart by spaces, the overview headed
 * as the disclosure work's, a page number or the site's footer after the date. */
static void test_flattened_page_parts(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    char *a = replace(text, "一、总体情况", "一、政府信息公开总体情况");
    static const struct {
        int spaced;
        const char *from, *to;
    } cases[] = {
        {0, "2025年1月20日", "2025年1月20日"},
        {1, "测试市交通运输局2024年政府", "测试市交通运输局 2024 年政府"},
        {1, "2025年1月20日", "2025 年 1 月 20 日                     -3- "},
        {1, "2025年1月20日", "2025年1月20日 附件下载 扫一扫在手机上查看当前页面 关闭 "
                             "网站标识码：3590000001 主办单位：测试市人民政府办公室"},
        {0, "2025年1月20日", "2025年1月20日【打印本页】【关闭窗口】主办单位：测试市人民政府办公室"},
        /* the trailer of an official document after its date: how it is released, whom it
         * is copied to */
        {0, "2025年1月20日", "2025年1月20日（此件主动公开）"},
        {0, "2025年1月20日",
         "2025年1月20日抄送：驻局纪检监察组。测试市交通运输局办公室 2025年1月20日印发"},
        {1, "2025年1月20日", "2025年1月20日 抄送：驻局纪检监察组。"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *flat = cases[i].spaced ? flatten_spaced(a) : flatten(a);
        char *t = replace(flat, cases[i].from, cases[i].to);
        xxgk_report *r = read_text(t, strlen(t));
        assert_string_equal(xxgk_report_layout(r), "flattened");
        assert_int_equal(xxgk_report_section_count(r), 6);
        assert_int_equal(xxgk_report_section(r, 0)->standard, 1);
        json_t *j = report_json(r);
        assert_string_equal(json_string_value(json_object_get(j, "agency")), "测试市交通运输局");
        assert_int_equal(json_integer_value(json_object_get(j, "year")), 2024);
        const char *title = json_string_value(json_object_get(j, "title"));
        assert_non_null(title);
        assert_non_null(strstr(title, "年政府信息公开工作年度报告"));
        assert_null(strstr(title, "本报告"));
        json_decref(j);
        assert_non_null(xxgk_report_published(r));
        assert_string_equal(xxgk_report_published(r), "2025-01-20");
        xxgk_report_free(r);
        free(t);
        free(flat);
    }
    /* a long name and a year set apart before a title (over 300 bytes together): read whole */
    char *flat = flatten_spaced(a);
    xbuf longer;
    xbuf_init(&longer, 0);
    xbuf_puts(&longer, "首页 ");
    for (int i = 0; i < 29; i++)
        xbuf_puts(&longer, "测");
    xbuf_puts(&longer, " 2024 年");
    for (int i = 0; i < 60; i++)
        xbuf_puts(&longer, "测");
    xbuf_puts(&longer, "政府信息公开工作年度报告 ");
    xbuf_puts(&longer, flat);
    xxgk_report *r = read_text(longer.data, longer.len);
    json_t *j = report_json(r);
    const char *title = json_string_value(json_object_get(j, "title"));
    assert_non_null(title);
    assert_non_null(strstr(title, "政府信息公开工作年度报告"));
    assert_int_equal(xxgk_report_section_count(r), 6);
    json_decref(j);
    xxgk_report_free(r);
    xbuf_free(&longer);
    free(flat);
    free(a);
    free(text);
}

/* Every figure of got that is not null is the one want has: none guessed.  The number of
 * figures left null. */
static int none_guessed(const xxgk_report *want, const xxgk_report *got)
{
    int nulls = 0;
    for (size_t i = 0; i < xxgk_report_cell_count(want); i++) {
        const xxgk_cell *w = xxgk_report_cell(want, i), *g = xxgk_report_cell(got, i);
        if (!xxgk_cell_known(g)) {
            nulls += xxgk_cell_known(w);
            continue;
        }
        if (g->value != w->value)
            fail_msg("cell %zu: %g read where the report has %g", i, g->value, w->value);
    }
    return nulls;
}

/* A page's text flattened with its blank cells left out (an empty <td> gives nothing), joined
 * with spaces or glued: a row short of figures is null and reported, never filled from the left
 * or cut apart to fit (58 for 5 and 8); one of zeros only is zeros.  Where glued text lost
 * blank cells, a cut its row's arithmetic does not pin is not taken either. */
static void test_flattened_blanks_lost(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    xxgk_report *want = read_text(text, strlen(text));
    char *a = replace(text, "\t0\t1\t0\t0\t0\t0\t1\n", "\t0\t1\t0\t0\t0\t1\n");
    char *b = replace(a, "\t0\t0\t0\t0\t0\t0\t0\n", "\t0\t0\t0\t0\t0\t0\n");
    char *c = replace(b, "\t8\t2\t0\t0\t1\t0\t11\n", "\t8\t2\t0\t1\t0\t11\n");
    char *flat = flatten_spaced(c);
    xxgk_report *r = read_text(flat, strlen(flat));
    assert_int_equal(none_guessed(want, r), 14); /* (（一）予以公开, 4.保护第三方合法权益) */
    xxgk_report_free(r);
    free(flat);
    /* (a telephone number in the text, 0571 86001234, is none of the tables' figures: a row
     * that lost three blank cells, 2 1 1 4, is not cut as glued text would be, 2 _ 1 _ 1 _ 4) */
    char *phone = replace(c, "工作年度报告\n", "工作年度报告\n咨询电话 0571 86001234 。\n");
    char *lost = replace(phone, "\t2\t1\t0\t0\t1\t0\t4\n", "\t2\t1\t1\t4\n");
    flat = flatten_spaced(lost);
    free(lost);
    free(phone);
    r = read_text(flat, strlen(flat));
    assert_int_equal(none_guessed(want, r), 21);
    xxgk_report_free(r);
    free(flat);
    flat = flatten_spaced(c);
    r = read_text(flat, strlen(flat));
    assert_json_at(r, "requests.granted", "[null,null,null,null,null,null,null]");
    assert_json_at(r, "requests.withheld[4]", "[0,0,0,0,0,0,0]");
    char ev[512];
    assert_int_equal(diag_count(r, "reader-glued", ev, sizeof ev), 2);
    /* the row of six 0s for seven cells: 0s, its blank cell reported, though which of the
     * seven it is cannot be told */
    assert_json_at(r, "requests.withheld[1]", "[0,0,0,0,0,0,0]");
    assert_int_equal(diag_count(r, "struct-blank-cells", ev, sizeof ev), 1);
    assert_string_equal(ev, "2.其他法律行政法规禁止公开：0 0 0 0 0 0（7 个单元格只有 6 个数字，"
                            "都是 0：1 个单元格空白，无法确定是哪一个，按 0 计）");
    xxgk_report_free(r);
    free(flat);
    /* blank cells a page marked with &nbsp; keep their places */
    char *d = replace(c, "\t4\t1\t0\t0\t0\t1\t6\n", "\t4\t1\t&nbsp;\t&nbsp;\t&nbsp;\t1\t6\n");
    flat = flatten_spaced(d);
    r = read_text(flat, strlen(flat));
    assert_json_at(r, "requests.unable[0]", "[4,1,0,0,0,1,6]");
    assert_int_equal(none_guessed(want, r), 14);
    xxgk_findings *f = check_report(r);
    /* (and the row of six 0s) */
    assert_int_equal(count_rule(f, "struct-blank-cells", ev, sizeof ev), 2);
    assert_string_equal(ev, "2.其他法律行政法规禁止公开：0 0 0 0 0 0（7 个单元格只有 6 个数字，"
                            "都是 0：1 个单元格空白，无法确定是哪一个，按 0 计）");
    xxgk_findings_free(f);
    xxgk_report_free(r);
    free(flat);
    free(d);

    flat = flatten(c);
    r = read_text(flat, strlen(flat));
    assert_true(none_guessed(want, r) > 14);
    assert_true(diag_count(r, "reader-glued", NULL, 0) > 2);
    xxgk_report_free(r);
    free(flat);
    free(c);
    free(b);
    free(a);
    xxgk_report_free(want);
    free(text);
}

/* Section 四's figures as the fixture prints them, for the tests below. */
static void assert_review_read(const xxgk_report *r)
{
    assert_json_at(r, "review.reconsideration", "[2,1,0,1,4]");
    assert_json_at(r, "review.litigation_direct", "[1,0,0,0,1]");
    assert_json_at(r, "review.litigation_after_review", "[0,1,1,0,2]");
}

/* Row labels a flattened page prints otherwise (其他法律和行政法规禁止公开, 不再受理其…申请):
 * cut off as the official ones are, so their figures are theirs; the variant said. */
static void test_flattened_label_variants(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    char *a = replace(text, "2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0",
                      "2.其他法律和行政法规禁止公开\t1\t0\t0\t0\t0\t0\t1");
    char *b = replace_each(a, "行政机关不再处理其政府信息公开申请",
                           "行政机关不再受理其政府信息公开申请");
    char *flat = flatten(b);
    xxgk_report *r = read_text(flat, strlen(flat));
    assert_string_equal(xxgk_report_layout(r), "flattened");
    assert_json_at(r, "requests.withheld[1]", "[1,0,0,0,0,0,1]");
    assert_json_at(r, "requests.other", "[[1,0,0,0,0,0,1],[0,0,0,0,0,0,0],[1,0,1,0,0,0,2]]");
    assert_int_equal(diag_count(r, "format-label-variant", NULL, 0), 3);
    /* (the fixture's own glued figures, 5240 and 205102129, as ever) */
    assert_int_equal(diag_count(r, "reader-glued", NULL, 0), 2);
    xxgk_report_free(r);
    free(flat);
    /* a header's typo among the labels glued into one cell: that piece, said */
    char *c = replace(b, "本年废止件数", "本年废纸件数");
    flat = flatten(c);
    r = read_text(flat, strlen(flat));
    assert_int_equal(diag_count(r, "format-label-variant", NULL, 0), 4);
    xxgk_findings *f = check_report(r);
    int said = 0;
    for (size_t i = 0; i < xxgk_findings_count(f); i++)
        said += strcmp(xxgk_findings_get(f, i)->evidence,
                       "“本年废纸件数”（标准：本年废止件数）") == 0;
    assert_int_equal(said, 1);
    xxgk_findings_free(f);
    xxgk_report_free(r);
    free(flat);
    free(c);
    free(b);
    free(text);
}

/* Headings 四 and 五 worded otherwise than the format (as the line reader takes them on lines of
 * their own) are cut off from a flattened page's text too, glued or a space apart: sections 四
 * and 五 found, table 四 read.  A row of table 三 numbered like a section, its blank cells
 * leaving nothing before the heading after it, is no heading. */
static void test_flattened_heading_variants(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    static const char four[] = "因政府信息公开工作被申请行政复议、提起行政诉讼情况",
                      five[] = "政府信息公开工作存在的主要问题及改进情况";
    char *a = replace(text, "四、政府信息公开行政复议、行政诉讼情况", "四、因政府信息公开工作被申请"
                                                                  "行政复议、提起行政诉讼情况");
    char *b = replace(a, "五、存在的主要问题及改进情况", "五、政府信息公开工作存在的主要问题及"
                                                          "改进情况");
    char *c = replace(b, "四、结转下年度继续办理\t\t\t2\t1\t0\t0\t1\t0\t4",
                      "四、结转下年度继续办理");
    const char *inputs[] = {b, b, c};
    for (int i = 0; i < 3; i++) {
        char *flat = i == 1 ? flatten_spaced(inputs[i]) : flatten(inputs[i]);
        xxgk_report *r = read_text(flat, strlen(flat));
        assert_string_equal(xxgk_report_layout(r), "flattened");
        assert_int_equal(xxgk_report_section_count(r), 6);
        for (size_t k = 0; k < 6; k++)
            assert_int_equal(xxgk_report_section(r, k)->standard, (int)k + 1);
        assert_string_equal(xxgk_report_section(r, 3)->title, four);
        assert_string_equal(xxgk_report_section(r, 4)->title, five);
        assert_string_equal(xxgk_report_section(r, 4)->text, /* (the text folded) */
                            "一是主动公开的深度有待加强;二是政策解读形式较单一;三是个别答复说理不"
                            "够充分,被行政复议和行政诉讼纠错。下一步,我局将进一步完善工作机制。");
        assert_review_read(r);
        assert_int_equal(diag_count(r, "struct-section-missing", NULL, 0), 0);
        assert_int_equal(diag_count(r, "struct-table-missing", NULL, 0), 0);
        if (i < 2)
            assert_json_at(r, "requests.carried_out", "[2,1,0,0,1,0,4]");
        xxgk_report_free(r);
        free(flat);
    }
    /* a title with no end of its own (情况, 事项, 措施) before its text: its section's words */
    char *d = replace(b, five, "存在的主要问题");
    char *flat = flatten(d);
    xxgk_report *r = read_text(flat, strlen(flat));
    assert_int_equal(xxgk_report_section_count(r), 6);
    assert_string_equal(xxgk_report_section(r, 4)->title, "存在的主要问题");
    assert_int_equal(xxgk_report_section(r, 4)->standard, 5);
    xxgk_report_free(r);
    free(flat);
    free(d);
    /* a heading with its 、 left out, its own title after its number (一总体情况): on a line
     * of its own, and in a flattened page */
    d = replace(text, "一、总体情况", "一总体情况");
    flat = flatten(d);
    const char *forms[] = {d, flat};
    for (int k = 0; k < 2; k++) {
        r = read_text(forms[k], strlen(forms[k]));
        assert_int_equal(xxgk_report_section_count(r), 6);
        assert_int_equal(xxgk_report_section(r, 0)->standard, 1);
        assert_string_equal(xxgk_report_section(r, 0)->title, "总体情况");
        assert_int_equal(diag_count(r, "struct-section-missing", NULL, 0), 0);
        xxgk_report_free(r);
    }
    free(flat);
    free(d);
    /* numbers in a sentence, an ordinal or a list (第二、三季度…情况, 第三、四季度行政复议情况),
     * number no heading */
    static const char *const said[] = {"均按期答复。第二、三季度政务公开重点工作落实情况良好。",
                                       "均按期答复。第三、四季度行政复议情况平稳。"};
    for (size_t k = 0; k < sizeof said / sizeof said[0]; k++) {
        d = replace(text, "均按期答复。", said[k]);
        flat = flatten(d);
        r = read_text(flat, strlen(flat));
        assert_int_equal(xxgk_report_section_count(r), 6);
        assert_int_equal(diag_count(r, "struct-section-duplicate", NULL, 0), 0);
        assert_int_equal(diag_count(r, "struct-section-nonstandard", NULL, 0), 0);
        assert_int_equal(diag_count(r, "struct-section-order", NULL, 0), 0);
        xxgk_report_free(r);
        free(flat);
        free(d);
    }
    free(c);
    free(b);
    free(a);
    free(text);
}

/* A section of the report's own after table 四 in a flattened page (五、信息处理费收取情况 with
 * its own small table): a section where the numbering expects the next, as on lines of their
 * own, and table 四 read before it.  Figures set apart from the words after them by a space, or
 * glued to a section's number, end there; figures glued to other words may be theirs: table 四
 * is then left null, and that said, not left empty without a word. */
static void test_flattened_section_after_table4(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    char *a = replace(text, "五、存在的主要问题及改进情况",
                      "五、信息处理费收取情况\n通知收取件数\t通知收取金额（元）\t实际收取金额（元）"
                      "\n信息处理费收取情况\t0\t0\t0\n六、存在的主要问题和改进情况");
    char *b = replace(a, "六、其他需要报告的事项", "七、其他需要报告的事项");
    xxgk_report *want = read_text(b, strlen(b));
    assert_review_read(want);
    char *flat = flatten(b);
    xxgk_report *r = read_text(flat, strlen(flat));
    assert_review_read(r);
    assert_int_equal(xxgk_report_section_count(r), 7);
    for (size_t k = 0; k < 7; k++) {
        assert_int_equal(xxgk_report_section(r, k)->number, xxgk_report_section(want, k)->number);
        assert_int_equal(xxgk_report_section(r, k)->standard,
                         xxgk_report_section(want, k)->standard);
    }
    assert_string_equal(xxgk_report_section(r, 4)->title, "信息处理费收取情况");
    assert_int_equal(xxgk_report_section(r, 4)->standard, 0);
    char ev[512];
    assert_int_equal(diag_count(r, "struct-section-nonstandard", ev, sizeof ev), 1);
    assert_string_equal(ev, "信息处理费收取情况");
    assert_int_equal(diag_count(r, "struct-table-missing", NULL, 0), 0);
    assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
    xxgk_report_free(r);

    /* the words after the figures unnumbered, a space apart; a section's number out of turn
     * glued to them */
    static const char *const apart[] = {"210141000101102 信息处理费收取情况",
                                        "210141000101102七、信息处理费收取情况"};
    for (size_t i = 0; i < sizeof apart / sizeof apart[0]; i++) {
        char *t = replace(flat, "210141000101102五、信息处理费收取情况", apart[i]);
        r = read_text(t, strlen(t));
        assert_review_read(r);
        assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
        xxgk_report_free(r);
        free(t);
    }
    /* glued to words, which hold no figure: the figures end there; glued to a unit, which may
     * be the last digits' own (2件), which digits are the table's cannot be told */
    char *t = replace(flat, "210141000101102五、信息处理费收取情况",
                      "210141000101102信息处理费收取情况");
    r = read_text(t, strlen(t));
    assert_review_read(r);
    assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
    xxgk_report_free(r);
    free(t);
    t = replace(flat, "210141000101102五、信息处理费收取情况",
                "210141000101102件信息处理费收取情况");
    r = read_text(t, strlen(t));
    assert_json_at(r, "review.reconsideration", "[null,null,null,null,null]");
    assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
    assert_string_equal(ev, "第四部分没有读到数字：这些数字与其后的文字连在一起，无法确定哪些是"
                            "表中的数字：210141000101102件信息处理费收取情况通知收取件数"
                            "通知收取金额(元)实际收取金额(元)信息处理费收取情况000");
    xxgk_report_free(r);
    free(t);
    free(flat);
    xxgk_report_free(want);
    free(b);
    free(a);
    free(text);
}

/* Glued zeros one fewer than their row's cells (a blank cell leaves nothing in glued text):
 * whichever cell was blank, the row is 0s, as a blank cell is read, and its blank cell is
 * reported, though which it is cannot be told.  Digits other than 0 so short stay null. */
static void test_flattened_zeros_short(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    char *a = replace(text, "四、结转下年度继续办理\t\t\t2\t1\t0\t0\t1\t0\t4",
                      "四、结转下年度继续办理\t\t\t0\t0\t0\t0\t0\t\t0");
    char *flat = flatten(a);
    xxgk_report *r = read_text(flat, strlen(flat));
    assert_json_at(r, "requests.carried_out", "[0,0,0,0,0,0,0]");
    assert_json_at(r, "requests.carried_in", "[3,1,0,0,0,0,4]");
    char ev[512];
    assert_int_equal(diag_count(r, "struct-blank-cells", ev, sizeof ev), 1);
    assert_string_equal(ev, "四、结转下年度继续办理：000000（7 个单元格只有 6 个数字，都是 0："
                            "1 个单元格空白，无法确定是哪一个，按 0 计）");
    xxgk_findings *f = NULL;
    xxgk_check_options en = {XXGK_LANG_EN, XXGK_AGENCY_AUTO};
    assert_int_equal(xxgk_check(&f, r, &en), 0);
    assert_int_equal(count_rule(f, "struct-blank-cells", ev, sizeof ev), 1);
    assert_string_equal(ev, "四、结转下年度继续办理: 000000 (6 digits for 7 cells, all 0: 1 cell "
                            "blank, which cannot be told; read as 0)");
    xxgk_findings_free(f);
    xxgk_report_free(r);
    free(flat);
    char *b = replace(a, "\t0\t0\t0\t0\t0\t\t0", "\t0\t0\t0\t0\t1\t\t1");
    flat = flatten(b);
    r = read_text(flat, strlen(flat));
    assert_json_at(r, "requests.carried_out", "[null,null,null,null,null,null,null]");
    f = check_report(r);
    assert_int_equal(count_rule(f, "struct-blank-cells", NULL, 0), 0);
    /* (with the rows the blank cell lost leaves uncertain: 规章, 总计, table 四's, and those
     * cut several ways) */
    assert_int_equal(count_rule(f, "reader-glued", NULL, 0), 6);
    int said = 0;
    for (size_t i = 0; i < xxgk_findings_count(f); i++)
        said += strcmp(xxgk_findings_get(f, i)->evidence,
                       "四、结转下年度继续办理：000011（拆不成 7 个数）") == 0;
    assert_int_equal(said, 1);
    xxgk_findings_free(f);
    xxgk_report_free(r);
    free(flat);
    free(b);
    free(a);
    free(text);
}

/* Table 四 glued as fifteen digits for its fifteen cells cuts only one way, and no reading
 * with blank cells lost adds up: its figures are read, so that its 总计 short of its results
 * is the agency's error, reported (the search for such readings once ran out of steps and
 * left the table null).  Where one with blank cells lost does add up, it stays null. */
static void test_flattened_table4_digit_a_cell(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    char *a = replace(text, "2\t1\t0\t1\t4\t1\t0\t0\t0\t1\t0\t1\t1\t0\t2",
                      "1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0");
    char *flat = flatten(a);
    xxgk_report *r = read_text(flat, strlen(flat));
    assert_json_at(r, "review.reconsideration", "[1,0,0,0,0]");
    assert_json_at(r, "review.litigation_direct", "[0,0,0,0,0]");
    assert_json_at(r, "review.litigation_after_review", "[0,0,0,0,0]");
    xxgk_findings *f = check_report(r);
    char ev[512];
    assert_int_equal(count_rule(f, "arith-review-total", ev, sizeof ev), 1);
    assert_string_equal(ev, "行政复议：结果维持 1 + 结果纠正 0 + 其他结果 0 + 尚未审结 0 = 1，"
                            "但总计为 0");
    /* (行政规范性文件, which cuts several ways; 本年新收 too, but one cut of it alone makes
     * the columns add up) */
    assert_int_equal(count_rule(f, "reader-glued", NULL, 0), 1);
    assert_int_equal(count_rule(f, "reader-glued-columns", NULL, 0), 1);
    xxgk_findings_free(f);
    xxgk_report_free(r);
    free(flat);
    /* 10 _ _ 0 10 then ten 0s adds up as well as 1 0 0 1 0 does not: which it is, unknown */
    char *b = replace(a, "1\t0\t0\t0\t0\t0\t0", "1\t0\t0\t1\t0\t0\t0");
    flat = flatten(b);
    r = read_text(flat, strlen(flat));
    assert_json_at(r, "review.reconsideration", "[null,null,null,null,null]");
    f = check_report(r);
    assert_int_equal(count_rule(f, "reader-glued", NULL, 0), 2);
    assert_int_equal(count_rule(f, "arith-review-total", NULL, 0), 0);
    int said = 0;
    for (size_t i = 0; i < xxgk_findings_count(f); i++)
        said += strcmp(xxgk_findings_get(f, i)->evidence,
                       "100100000000000，只能读作 1 0 0 1 0 0 0 0 0 0 0 0 0 0 0，"
                       "但各数不合总计（可能丢了空白单元格）") == 0;
    assert_int_equal(said, 1);
    xxgk_findings_free(f);
    xxgk_report_free(r);
    free(flat);
    free(b);
    free(a);
    free(text);
}

/* Zeros glued in groups set apart by spaces, as many as their cells (table 四 printed
 * " 00 00 0 0 0 000 00 0 00"): every cell 0; "0 000" is no thousands group, no figure opens so.
 * A row's number typed twice ("0000000三三、本年度办理结果") is the next label's, not glued to
 * the figures before it. */
static void test_flattened_zero_groups(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    char *a = replace(text, "2\t1\t0\t1\t4\t1\t0\t0\t0\t1\t0\t1\t1\t0\t2",
                      "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0");
    char *b = replace(a, "\t3\t1\t0\t0\t0\t0\t4\n三、本年度办理结果",
                      "\t0\t0\t0\t0\t0\t0\t0\n三三、本年度办理结果");
    char *flat = flatten(b);
    char *t = replace(flat, "000000000000000五、", " 00 00 0 0 0 000 00 0 00五、");
    xxgk_report *r = read_text(t, strlen(t));
    assert_json_at(r, "review.reconsideration", "[0,0,0,0,0]");
    assert_json_at(r, "review.litigation_direct", "[0,0,0,0,0]");
    assert_json_at(r, "review.litigation_after_review", "[0,0,0,0,0]");
    assert_json_at(r, "requests.carried_in", "[0,0,0,0,0,0,0]");
    assert_json_at(r, "requests.granted", "[8,2,0,0,1,0,11]");
    assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
    assert_int_equal(diag_count(r, "struct-missing-cells", NULL, 0), 0);
    assert_int_equal(diag_count(r, "struct-blank-cells", NULL, 0), 0);
    xxgk_report_free(r);
    free(t);
    free(flat);
    free(b);
    free(a);
    free(text);
}

/* Rows printed with no figures at all in a flattened page, a label the next label follows
 * ("…不再处理其政府信息公开申请3.其他（七）总计…"): an empty <td> leaves nothing, so their
 * cells are blank, read as 0 and reported as blank cells are, and the outcomes are checked. */
static void test_flattened_blank_rows(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    char *a = replace(text, "其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0",
                      "其政府信息公开申请\t\t\t\t\t\t\t");
    char *b = replace(a, "3.其他\t1\t0\t1\t0\t0\t0\t2", "3.其他\t\t\t\t\t\t\t");
    char *flat = flatten(b);
    assert_non_null(strstr(flat, "申请3.其他（七）总计"));
    xxgk_report *r = read_text(flat, strlen(flat));
    assert_json_at(r, "requests.other", "[[1,0,0,0,0,0,1],[0,0,0,0,0,0,0],[0,0,0,0,0,0,0]]");
    assert_int_equal(diag_count(r, "struct-missing-cells", NULL, 0), 0);
    xxgk_findings *f = check_report(r);
    char ev[1024];
    assert_int_equal(count_rule(f, "struct-blank-cells", ev, sizeof ev), 1);
    assert_non_null(strstr(ev, "第三部分表格：空白 14 个"));
    assert_int_equal(count_rule(f, "arith-outcomes", ev, sizeof ev), 3);
    assert_string_equal(ev, "自然人列：各项办理结果之和为 20，（七）总计为 21");
    xxgk_findings_free(f);
    xxgk_report_free(r);
    free(flat);
    free(b);
    free(a);
    free(text);
}

/* A report flattened onto one line with every cell glued to the next: each figure the reader
 * gives is right, and each it cannot cut apart is null and reported, never guessed. */
static void test_flattened(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    char *flat = flatten(text);
    size_t k = strlen(flat);
    xxgk_report *r = read_text(flat, k);
    /* headings run into their text, yet every section is found */
    assert_int_equal(xxgk_report_section_count(r), 6);
    for (size_t i = 0; i < 6; i++)
        assert_int_equal(xxgk_report_section(r, i)->standard, (int)i + 1);
    assert_string_equal(xxgk_report_section(r, 0)->title, "总体情况");
    assert_int_equal(diag_count(r, "struct-section-missing", NULL, 0), 0);
    assert_string_equal(xxgk_report_layout(r), "flattened");
    assert_string_equal(xxgk_report_published(r), "2025-01-20");
    json_t *got = report_json(r), *want = json_loads(expected_2021, 0, NULL);
    int exact = 0, null = 0;
    const char *keys[] = {"active", "requests", "review"};
    for (int t = 0; t < 3; t++) {
        const char *key;
        json_t *w;
        json_object_foreach(json_object_get(want, keys[t]), key, w)
        {
            json_t *g = json_object_get(json_object_get(got, keys[t]), key);
            /* flatten one or two levels of arrays */
            json_t *ws[64], *gs[64];
            int m = 0;
            if (!json_is_array(w)) {
                ws[m] = w, gs[m++] = g;
            } else {
                for (size_t i = 0; i < json_array_size(w); i++) {
                    json_t *wi = json_array_get(w, i), *gi = json_array_get(g, i);
                    if (!json_is_array(wi)) {
                        ws[m] = wi, gs[m++] = gi;
                        continue;
                    }
                    for (size_t j = 0; j < json_array_size(wi) && m < 64; j++)
                        ws[m] = json_array_get(wi, j), gs[m++] = json_array_get(gi, j);
                }
            }
            for (int i = 0; i < m; i++) {
                if (!gs[i] || json_is_null(gs[i])) {
                    null++;
                    continue;
                }
                if (json_number_value(gs[i]) != json_number_value(ws[i]))
                    fail_msg("%s.%s: a guess (%g) where the report has %g", keys[t], key,
                             json_number_value(gs[i]), json_number_value(ws[i]));
                exact++;
            }
        }
    }
    assert_true(exact > 150); /* most figures are recovered */
    if (null)
        assert_true(diag_count(r, "reader-glued", NULL, 0) > 0);
    json_decref(got);
    json_decref(want);
    xxgk_report_free(r);
    /* a title under another section's number is its heading still, the number told where
     * it stands in the file's one line */
    char *renumbered = replace(flat, "六、其他需要报告的事项", "五、其他需要报告的事项");
    r = read_text(renumbered, strlen(renumbered));
    assert_int_equal(xxgk_report_section_count(r), 6);
    assert_int_equal(xxgk_report_section(r, 5)->standard, 6);
    assert_int_equal(xxgk_report_section(r, 5)->number, 5);
    xxgk_findings *f = check_report(r);
    const char *said = NULL;
    for (size_t i = 0; i < xxgk_findings_count(f); i++)
        if (strcmp(xxgk_findings_get(f, i)->rule->id, "struct-section-duplicate") == 0)
            said = xxgk_findings_get(f, i)->evidence;
    assert_non_null(said);
    unsigned five_at = 0, six_at = 0; /* (columns, in characters, of the two headings) */
    for (const char *p = renumbered, *five = strstr(renumbered, "五、存在"),
                    *six = strstr(renumbered, "五、其他");
         p <= six; p++)
        if (((unsigned char)*p & 0xC0) != 0x80) {
            five_at += p <= five;
            six_at++;
        }
    char evidence[256];
    snprintf(evidence, sizeof evidence,
             "第 1 行第 %u 字“存在的主要问题及改进情况”与第 1 行第 %u 字“其他需要报告的事项”",
             five_at, six_at);
    assert_string_equal(said, evidence);
    xxgk_findings_free(f);
    xxgk_report_free(r);
    free(renumbered);
    /* the date at the end written in Chinese numerals */
    static const char *const written[] = {"二〇二五年一月二十日", "2025年元月20日",
                                           "二〇二五年元月二十日"};
    for (size_t i = 0; i < sizeof written / sizeof written[0]; i++) {
        char *cn = replace(flat, "2025年1月20日", written[i]);
        r = read_text(cn, strlen(cn));
        assert_string_equal(xxgk_report_published(r), "2025-01-20");
        xxgk_report_free(r);
        free(cn);
    }
    free(flat);
    free(text);
}


/* Glued figures with several possible cuts: the narrative's own figures decide, and say so; a
 * narrative that names none leaves them null. */
static void test_flattened_narrative(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    char *flat = flatten(text);
    /* "行政规范性文件5240": 5 2 40, 5 24 0 or 52 4 0 */
    xxgk_report *r = read_text(flat, strlen(flat));
    assert_cell(r, "normative", 0, -1);
    char ev[512];
    assert_int_equal(diag_count(r, "reader-glued", ev, sizeof ev), 1);
    /* (the readings listed, for whoever has the original to pick one) */
    assert_string_equal(ev, "行政规范性文件：5240，可读作 5 2 40 | 5 24 0 | 52 4 0");
    /* a row of table 三 whose two cuts both add up ("205102129": 20 5 1 0 2 1 29 or
     * 2 0 5 1 0 21 29), one of which alone makes the columns agree with the rows below: taken,
     * and said */
    assert_json_at(r, "requests.new", "[20,5,1,0,2,1,29]");
    assert_int_equal(diag_count(r, "reader-glued-columns", ev, sizeof ev), 1);
    assert_string_equal(ev, "一、本年新收政府信息公开申请数量：205102129 → 20 5 1 0 2 1 29（另有 1 "
                            "种拆法也合本行总计，但只有这一种使各列合于（七）总计和勾稽关系）");
    xxgk_report_free(r);
    /* where no cut makes the columns add up (the report's own error somewhere), none is taken */
    char *off = replace(text, "四、结转下年度继续办理\t\t\t2\t1\t0",
                        "四、结转下年度继续办理\t\t\t3\t0\t0");
    char *flat_off = flatten(off);
    r = read_text(flat_off, strlen(flat_off));
    assert_json_at(r, "requests.new", "[null,null,null,null,null,null,null]");
    assert_int_equal(diag_count(r, "reader-glued", NULL, 0), 2);
    assert_int_equal(diag_count(r, "reader-glued-columns", NULL, 0), 0);
    xxgk_report_free(r);
    free(flat_off);
    free(off);
    /* rows whose cuts do not add up to their own 总计 (one printed a unit too high, and carried
     * on into （七）总计) are no choice for the columns: left null, their readings said */
    char *high = replace(text, "\t20\t5\t1\t0\t2\t1\t29", "\t20\t5\t1\t0\t2\t1\t30");
    char *high2 = replace(high, "3.其他\t1\t0\t1\t0\t0\t0\t2", "3.其他\t1\t0\t1\t0\t0\t0\t3");
    char *high3 = replace(high2, "\t21\t5\t1\t0\t1\t1\t29", "\t21\t5\t1\t0\t1\t1\t30");
    flat_off = flatten(high3);
    r = read_text(flat_off, strlen(flat_off));
    assert_json_at(r, "requests.new", "[null,null,null,null,null,null,null]");
    assert_int_equal(diag_count(r, "reader-glued-columns", NULL, 0), 0);
    xxgk_report_free(r);
    free(flat_off);
    free(high3);
    free(high2);
    free(high);
    /* two rows with typos no mark cuts at, their figures cut from their labels' ends (a copy
     * the reader makes a row at a time): each kept row cut by its own digits, not the next's */
    char *t1 = replace(text, "7.属于行政执法案卷\t0\t0\t0\t0\t0\t0\t0",
                       "7.属于行政执法案件\t1\t0\t10\t0\t0\t0\t11");
    char *t2 = replace(t1, "8.属于行政查询事项", "8.属于行政查询事务");
    char *t3 = replace(t2, "\t21\t5\t1\t0\t1\t1\t29", "\t22\t5\t11\t0\t1\t1\t40");
    char *t4 = replace(t3, "\t20\t5\t1\t0\t2\t1\t29", "\t21\t5\t11\t0\t2\t1\t40");
    flat_off = flatten(t4);
    r = read_text(flat_off, strlen(flat_off));
    assert_json_at(r, "requests.withheld[6]", "[1,0,10,0,0,0,11]");
    assert_json_at(r, "requests.withheld[7]", "[0,0,0,0,0,0,0]");
    assert_json_at(r, "requests.new", "[21,5,11,0,2,1,40]");
    assert_json_at(r, "requests.total", "[22,5,11,0,1,1,40]");
    assert_int_equal(diag_count(r, "reader-glued-columns", NULL, 0), 3);
    xxgk_report_free(r);
    free(flat_off);
    free(t4);
    free(t3);
    free(t2);
    free(t1);

    char *told = replace(flat, "均按期答复。",
                         "均按期答复。全年制发行政规范性文件5件，现行有效行政规范性文件共40件。");
    r = read_text(told, strlen(told));
    assert_cell(r, "normative", 0, 5);
    assert_cell(r, "normative", 1, 2);
    assert_cell(r, "normative", 2, 40);
    assert_int_equal(diag_count(r, "reader-glued", NULL, 0), 0);
    assert_json_at(r, "requests.new", "[20,5,1,0,2,1,29]");
    assert_int_equal(diag_count(r, "reader-glued-text", ev, sizeof ev), 1);
    assert_string_equal(ev, "5240 → 5 2 40（正文：“全年制发行政规范性文件5件”，"
                            "“现行有效行政规范性文件共40件”）");
    xxgk_report_free(r);
    free(told);

    /* of many readings, the first six are listed; too few digits for the row's figures make
     * no reading at all */
    static const char *const readings[][2] = {
        {"行政规范性文件123456", "行政规范性文件：123456，可读作 1 2 3456 | 1 23 456 | 1 234 56 | "
                                 "1 2345 6 | 12 3 456 | 12 34 56 等 10 种"},
        {"行政规范性文件52", "行政规范性文件：52（拆不成 3 个数）"}};
    for (size_t i = 0; i < sizeof readings / sizeof readings[0]; i++) {
        told = replace(flat, "行政规范性文件5240", readings[i][0]);
        r = read_text(told, strlen(told));
        assert_int_equal(diag_count(r, "reader-glued", ev, sizeof ev), 1);
        assert_string_equal(ev, readings[i][1]);
        xxgk_report_free(r);
        free(told);
    }

    /* a figure the narrative states of one column is no witness for a cut that holds it in
     * another (5 issued: 52 4 0 holds no 5, 5 24 0 and 5 2 40 both do) */
    told = replace(flat, "均按期答复。", "均按期答复。我局制定规范性文件2件。");
    r = read_text(told, strlen(told));
    assert_cell(r, "normative", 0, -1);
    assert_int_equal(diag_count(r, "reader-glued-text", NULL, 0), 0);
    xxgk_report_free(r);
    free(told);
    told = replace(flat, "均按期答复。", "均按期答复。本年规范性文件制发5件废止2件。");
    r = read_text(told, strlen(told));
    assert_cell(r, "normative", 2, 40);
    assert_int_equal(diag_count(r, "reader-glued-text", ev, sizeof ev), 1);
    assert_string_equal(ev, "5240 → 5 2 40（正文：“本年规范性文件制发5件废止2件”）");
    xxgk_report_free(r);
    free(told);
    /* a count that names no column is of the documents issued, not of any column it equals:
     * "其中规范性文件类2条" (items published) witnesses no cut (none issues 2), where taken for
     * 废止 it picked 5 2 40; "其中规范性文件类52条" picks 52 0 4 of 5204's cuts */
    told = replace(flat, "均按期答复。", "均按期答复。主动公开信息30条，其中规范性文件类2条。");
    r = read_text(told, strlen(told));
    assert_cell(r, "normative", 0, -1);
    assert_int_equal(diag_count(r, "reader-glued-text", NULL, 0), 0);
    xxgk_report_free(r);
    free(told);
    told = replace(flat, "行政规范性文件5240", "行政规范性文件5204");
    char *told2 =
        replace(told, "均按期答复。", "均按期答复。主动公开信息30条，其中规范性文件类52条。");
    r = read_text(told2, strlen(told2));
    assert_cell(r, "normative", 0, 52);
    assert_cell(r, "normative", 1, 0);
    assert_cell(r, "normative", 2, 4);
    assert_int_equal(diag_count(r, "reader-glued-text", ev, sizeof ev), 1);
    assert_string_equal(ev, "5204 → 52 0 4（正文：“其中规范性文件类52条”）");
    xxgk_report_free(r);
    free(told2);
    free(told);
    /* a narrative figure that several cuts hold decides nothing */
    told = replace(flat, "均按期答复。", "均按期答复。现行有效规范性文件0件。");
    r = read_text(told, strlen(told));
    assert_cell(r, "normative", 0, -1);
    assert_int_equal(diag_count(r, "reader-glued", NULL, 0), 1);
    xxgk_report_free(r);
    free(told);
    free(flat);
    free(text);
}

/* Characters (not bytes) in s[0..n). */
static unsigned chars_in(const char *s, size_t n)
{
    unsigned c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* The reader cuts a flattened page into rows, but every place it names is the file's own: a
 * finding's line and column, and each figure's, where its text stands in the one long line. */
static void test_flattened_positions(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    char *flat = flatten(text);
    const char *head = "标题: 测试\n发布时间: 2025-01-20\n\n";
    size_t hl = strlen(head), fl = strlen(flat);
    char *file = malloc(hl + fl + 1);
    assert_non_null(file);
    memcpy(file, head, hl);
    memcpy(file + hl, flat, fl + 1);
    xxgk_report *r = read_text(file, hl + fl);
    assert_true(xxgk_report_line_count(r) > 50); /* cut into rows */
    /* the glued 5240 of 行政规范性文件: line 4, where its digits begin */
    xxgk_findings *f = check_report(r);
    const xxgk_finding *glued = NULL;
    for (size_t i = 0; i < xxgk_findings_count(f); i++)
        if (strcmp(xxgk_findings_get(f, i)->rule->id, "reader-glued") == 0 &&
            strncmp(xxgk_findings_get(f, i)->evidence, "行政规范性文件：5240，", 28) == 0)
            glued = xxgk_findings_get(f, i);
    assert_non_null(glued);
    assert_int_equal(glued->line, 4);
    const char *at = strstr(flat, "行政规范性文件5240") + strlen("行政规范性文件");
    assert_int_equal(glued->column, chars_in(flat, (size_t)(at - flat)) + 1);
    /* as people read it: file:line:column: */
    char *out = NULL, want[128];
    assert_int_equal(xxgk_write_findings("text", "flat.txt", r, f, sink_str, &out), 0);
    snprintf(want, sizeof want, "  flat.txt:4:%u: 警告 [reader-glued] ", glued->column);
    assert_non_null(strstr(out, want));
    free(out);
    /* every figure read: its raw text stands at its line and column in the file */
    int placed = 0;
    for (size_t i = 0; i < xxgk_report_cell_count(r); i++) {
        const xxgk_cell *c = xxgk_report_cell(r, i);
        if (!xxgk_cell_known(c) || c->kind != XXGK_CELL_NUMBER || !c->column)
            continue;
        unsigned line = c->line, column = c->column;
        xxgk_report_source_position(r, &line, &column);
        assert_int_equal(line, 4);
        const char *p = flat;
        for (unsigned k = 1; k < column; k++) /* to the column'th character */
            do
                p++;
            while (((unsigned char)*p & 0xC0) == 0x80);
        assert_int_equal(strncmp(p, c->raw, strlen(c->raw)), 0);
        placed++;
    }
    assert_true(placed > 150);
    /* the metadata lines before it are their own */
    unsigned line = 2, column = 0;
    xxgk_report_source_position(r, &line, &column);
    assert_int_equal(line, 2);
    assert_int_equal(column, 1);
    xxgk_findings_free(f);
    xxgk_report_free(r);
    /* a line break inside a heading (五、存在的主要问题 / 及改进情况): what follows is still
     * placed on the file's own lines, section 六 on line 5 where it stands */
    char *broken = replace(file, "五、存在的主要问题", "五、存在的主要问题\n");
    r = read_text(broken, strlen(broken));
    const xxgk_section *six = NULL;
    for (size_t i = 0; i < xxgk_report_section_count(r); i++)
        if (xxgk_report_section(r, i)->standard == 6)
            six = xxgk_report_section(r, i);
    assert_non_null(six);
    line = six->line, column = 0;
    xxgk_report_source_position(r, &line, &column);
    assert_int_equal(line, 5);
    const char *p = strchr(broken, '\n');
    for (int k = 0; k < 3; k++)
        p = strchr(p + 1, '\n');
    p++; /* line 5 */
    for (unsigned k = 1; k < column; k++)
        do
            p++;
        while (((unsigned char)*p & 0xC0) == 0x80);
    assert_int_equal(strncmp(p, "六、其他需要报告的事项", strlen("六、其他需要报告的事项")), 0);
    xxgk_report_free(r);
    free(broken);
    free(file);
    free(flat);
    free(text);
}

/* Every from in text as to (text is freed); returns a new string. */
static char *replace_each(char *text, const char *from, const char *to)
{
    while (strstr(text, from)) {
        char *t = replace(text, from, to);
        free(text);
        text = t;
    }
    return text;
}

/* Fail the test unless a and b found the same (rule, place, evidence), and placed every cell
 * on the same line and column of the file, with the same text. */
static void assert_same_places(const xxgk_report *a, const xxgk_report *b)
{
    xxgk_findings *fa = check_report(a), *fb = check_report(b);
    assert_int_equal(xxgk_findings_count(fb), xxgk_findings_count(fa));
    for (size_t i = 0; i < xxgk_findings_count(fa); i++) {
        const xxgk_finding *x = xxgk_findings_get(fa, i), *y = xxgk_findings_get(fb, i);
        assert_string_equal(y->rule->id, x->rule->id);
        assert_int_equal(y->line, x->line);
        assert_int_equal(y->column, x->column);
        assert_string_equal(y->evidence, x->evidence);
    }
    xxgk_findings_free(fa);
    xxgk_findings_free(fb);
    assert_int_equal(xxgk_report_cell_count(b), xxgk_report_cell_count(a));
    for (size_t i = 0; i < xxgk_report_cell_count(a); i++) {
        const xxgk_cell *x = xxgk_report_cell(a, i), *y = xxgk_report_cell(b, i);
        unsigned xl = x->line, xc = x->column, yl = y->line, yc = y->column;
        xxgk_report_source_position(a, &xl, &xc);
        xxgk_report_source_position(b, &yl, &yc);
        assert_int_equal(yl, xl);
        assert_int_equal(yc, xc);
        if (x->raw)
            assert_string_equal(y->raw, x->raw);
    }
}

/* A PDF's text layer (and text copied from it) often gives Kangxi Radicals and their CJK
 * Radicals Supplement look-alikes for characters: ⾏ U+2F8F for 行, ⼀ for 一, ⽇ for 日, ⺠ U+2EA0
 * for 民.  Labels, headings, the date and the agency so written read as the plain report does:
 * the same figures, date and agency, and the same findings and places, on lines and on a page
 * flattened onto one line (where columns count). */
static void test_kangxi_radicals(void **state)
{
    (void)state;
    static const char *const chars[] = {"行", "一", "二", "十", "人", "民",
                                        "日", "月", "工", "自", "止", "文"};
    static const char *const radicals[] = {"\u2F8F", "\u2F00", "\u2F06", "\u2F17",
                                           "\u2F08", "\u2EA0", "\u2F47", "\u2F49",
                                           "\u2F2F", "\u2F83", "\u2F4C", "\u2F42"};
    char *plain = fixture("report-2021-tabs.txt", NULL);
    plain = replace_each(plain, "测试市交通运输局", "测试市人民政府");
    /* a total off by one, for a finding with a place */
    char *t = replace(plain, "数量\t\t\t20\t5\t1\t0\t2\t1\t29", "数量\t\t\t20\t5\t1\t0\t2\t1\t30");
    free(plain);
    plain = t;
    char *radical = strdup(plain);
    assert_non_null(radical);
    for (size_t k = 0; k < sizeof chars / sizeof chars[0]; k++)
        radical = replace_each(radical, chars[k], radicals[k]);
    assert_null(strstr(radical, "行政")); /* the labels hold no plain 行 left */
    assert_int_equal(strlen(radical), strlen(plain));
    char *expected = replace(expected_2021, "[20,5,1,0,2,1,29]", "[20,5,1,0,2,1,30]");
    for (int flat = 0; flat < 2; flat++) {
        char *texts[2] = {plain, radical};
        xxgk_report *r[2];
        for (int k = 0; k < 2; k++) {
            if (flat) {
                char *f = flatten(texts[k]), *h = malloc(strlen(f) + 64);
                assert_non_null(h);
                snprintf(h, strlen(f) + 64, "标题: 测试\n发布时间: 2025-01-20\n\n%s", f);
                free(f);
                texts[k] = h;
            }
            r[k] = read_text(texts[k], strlen(texts[k]));
        }
        json_t *j = report_json(r[1]);
        if (!flat) /* (flattened, a few glued figures are null: as plain, below) */
            assert_figures(j, expected);
        assert_string_equal(json_string_value(json_object_get(j, "agency")), "测试市人民政府");
        assert_string_equal(json_string_value(json_object_get(j, "published")), "2025-01-20");
        assert_int_equal(json_integer_value(json_object_get(j, "year")), 2024);
        json_decref(j);
        assert_int_equal(xxgk_report_section_count(r[1]), 6);
        assert_same_report(r[0], r[1]);
        assert_same_places(r[0], r[1]);
        /* the total off by one where it stands; flattened, the first glued row at its column */
        xxgk_findings *f = check_report(r[1]);
        assert_int_equal(xxgk_findings_count(f), flat ? 2 : 3);
        const char *rule = flat ? "reader-glued" : "arith-row-total";
        const xxgk_finding *hit = NULL;
        for (size_t i = 0; i < xxgk_findings_count(f) && !hit; i++)
            if (strcmp(xxgk_findings_get(f, i)->rule->id, rule) == 0)
                hit = xxgk_findings_get(f, i);
        assert_non_null(hit);
        assert_int_equal(hit->line, flat ? 4 : 31);
        assert_int_equal(hit->column, flat ? 230 : 0);
        xxgk_findings_free(f);
        for (int k = 0; k < 2; k++) {
            xxgk_report_free(r[k]);
            if (flat)
                free(texts[k]);
        }
    }
    free(expected);
    free(radical);
    free(plain);
}

/* A flattened page whose tables seem to run on for more than a megabyte is cut there on a
 * character's first byte: its text stays UTF-8, and its JSON is written. */
static void test_flattened_long(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    char *flat = flatten(text);
    xbuf pad;
    xbuf_init(&pad, 0);
    xbuf_puts(&pad, "第二十条");
    for (int i = 0; i < 350000; i++)
        xbuf_puts(&pad, "公");
    char *t = replace(flat, "第二十条", pad.data);
    xxgk_report *r = read_text(t, strlen(t));
    char *out = NULL;
    if (xxgk_write_report("json", r, NULL, sink_str, &out) != 0)
        fail_msg("%s", xxgk_error_last());
    free(out);
    xxgk_report_free(r);
    free(t);
    xbuf_free(&pad);
    free(flat);
    free(text);
}

/* PDF text of a narrow label column: a sub-row's label wrapped under its group's, the figures
 * beside its first line ("（六）其他处理  1.申请人无正当  1 0 …"): the figures are that row's, and
 * the rest of the label on the lines below is no row of its own; so with section 二's labels
 * ("行政规范性  5 2 40" over "文件"). */
static void test_wrapped_sub_row(void **state)
{
    (void)state;
    char *text = fixture("report-2021-pdf.txt", NULL);
    char *t = replace(text,
                      "     （六）其他处理   1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开"
                      "申请        1    0    0    0    0    0    1\n",
                      "     （六）其他处理   1.申请人无正当        1    0    0    0    0    0    1\n"
                      "                      理由逾期不补正、\n                      行政机关不再处理\n"
                      "                      其政府信息公开申\n                      请\n");
    /* (and section 二's labels, their last characters on the line below) */
    char *a = replace(t, "     行政规范性文件        5    2    40\n",
                      "     行政规范性        5    2    40\n     文件\n");
    free(t);
    t = replace(a, "     行政事业性收费        12.5\n", "     行政事业性        12.5\n     收费\n");
    free(a);
    xxgk_report *r = read_text(t, strlen(t));
    json_t *j = report_json(r);
    json_t *want = json_pack("[[iiiiiii],[iiiiiii],[iiiiiii]]", 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0,
                             0, 0, 0, 1, 0, 1, 0, 0, 0, 2);
    assert_true(json_equal(json_object_get(json_object_get(j, "requests"), "other"), want));
    json_t *active = json_object_get(j, "active");
    json_t *norm = json_pack("[iii]", 5, 2, 40);
    assert_true(json_equal(json_object_get(active, "normative"), norm));
    json_decref(norm);
    assert_true(json_real_value(json_object_get(active, "fees_wan_yuan")) == 12.5);
    assert_int_equal(diag_count(r, "struct-row-missing", NULL, 0), 0);
    assert_int_equal(diag_count(r, "struct-row-duplicate", NULL, 0), 0);
    assert_int_equal(diag_count(r, "format-mixed-layout", NULL, 0), 0);
    assert_int_equal(diag_count(r, "struct-missing-cells", NULL, 0), 0);
    json_decref(want);
    json_decref(j);
    xxgk_report_free(r);
    free(t);
    free(text);
}

/* A 小计 column after 其他 in table 三's header (the 法人或其他组织 group's sum, not in the
 * format): each row's figure under it left out, said once, in tab-separated text and pipe
 * tables alike; the 总计 stays the 总计. */
static void test_subtotal_column(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    /* (carried in, 3 1 0 0 0 0 1 4: without its 小计 or without its 1 under 商业企业 both add
     * up, and only the header tells which) */
    const char *const from[] = {"法律服务机构\t其他\t", "\t20\t5\t1\t0\t2\t1\t29",
                                "\t3\t1\t0\t0\t0\t0\t4"};
    const char *const to[] = {"法律服务机构\t其他\t小计\t", "\t20\t5\t1\t0\t2\t1\t9\t29",
                              "\t3\t1\t0\t0\t0\t0\t1\t4"};
    char *t = replace_all(text, from, to, 3);
    for (int md = 0; md < 2; md++) {
        char *doc = NULL;
        if (md) { /* (the same table as pipes) */
            doc = malloc(3 * strlen(t) + 1);
            assert_non_null(doc);
            char *w = doc;
            for (const char *p = t; *p; p++)
                if (*p == '\t') {
                    memcpy(w, " | ", 3);
                    w += 3;
                } else {
                    *w++ = *p;
                }
            *w = '\0';
        }
        const char *in = md ? doc : t;
        xxgk_report *r = read_text(in, strlen(in));
        static const double new_row[7] = {20, 5, 1, 0, 2, 1, 29}, carried[7] = {3, 1, 0, 0, 0, 0, 4};
        assert_requests_row(r, "new", -1, new_row, 7);
        assert_requests_row(r, "carried_in", -1, carried, 7);
        char ev[256];
        assert_int_equal(diag_count(r, "struct-extra-cells", ev, sizeof ev), 1);
        assert_string_equal(ev, "第三部分表头在“其他”之后多出“小计”一列，各行该列的数字未采用");
        assert_int_equal(diag_count(r, "arith-row-total", NULL, 0), 0);
        xxgk_report_free(r);
        free(doc);
    }
    free(t);
    /* ... or before 商业企业, on the header's second line: the same, not a header in another
     * order */
    const char *const first[] = {"\t\t\t\t商业企业\t", "\t20\t5\t1\t0\t2\t1\t29",
                                 "\t3\t1\t0\t0\t0\t0\t4"};
    const char *const before[] = {"\t\t\t\t小计\t商业企业\t", "\t20\t9\t5\t1\t0\t2\t1\t29",
                                  "\t3\t1\t1\t0\t0\t0\t0\t4"};
    t = replace_all(text, first, before, 3);
    xxgk_report *r = read_text(t, strlen(t));
    static const double new_row[7] = {20, 5, 1, 0, 2, 1, 29}, carried[7] = {3, 1, 0, 0, 0, 0, 4};
    assert_requests_row(r, "new", -1, new_row, 7);
    assert_requests_row(r, "carried_in", -1, carried, 7);
    char ev[256];
    assert_int_equal(diag_count(r, "struct-extra-cells", ev, sizeof ev), 1);
    assert_string_equal(ev, "第三部分表头在“商业企业”之前多出“小计”一列（法人或其他组织之和），"
                            "各行该列的数字未采用");
    assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
    xxgk_report_free(r);
    free(t);
    free(text);
}

/* An agency whose name holds brackets (a second name) comes out as it is written, its brackets
 * full-width, in the title too, though the text is read folded; and the text naming it so is no
 * misspelt name. */
static void test_bracketed_agency(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    const char *const from[] = {"测试市交通运输局2024年", "测试市交通运输局\n2025年"};
    const char *const to[] = {"测试市交通运输局（市港航管理局）2024年",
                              "测试市交通运输局(市港航管理局)\n2025年"};
    char *t = replace_all(text, from, to, 2);
    xxgk_report *r = read_text(t, strlen(t));
    assert_string_equal(xxgk_report_agency(r), "测试市交通运输局（市港航管理局）");
    assert_string_equal(xxgk_report_title(r),
                        "测试市交通运输局（市港航管理局）2024年政府信息公开工作年度报告");
    assert_int_equal(diag_count(r, "text-agency-name", NULL, 0), 0);
    xxgk_report_free(r);
    free(t);
    free(text);
}

/* The agency named in the title before the report's year however its name runs: a year in it
 * (北京2022年冬奥会…), 政府信息公开工作 in it (…领导小组办公室), or 200 characters long. */
static void test_title_agency_names(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    char longest[700] = "";
    for (int i = 0; i < 66; i++)
        strcat(longest, "测试");
    strcat(longest, "运输局");
    const char *const names[] = {"北京2022年冬奥会和冬残奥会组织委员会",
                                 "测试市政府信息公开工作领导小组办公室", longest};
    /* (and not a date after the report's name: "（2025年1月发布）") */
    char *dated = replace(text, "工作年度报告\n", "工作年度报告（2025年1月发布）\n");
    xxgk_report *d = read_text(dated, strlen(dated));
    assert_string_equal(xxgk_report_agency(d), "测试市交通运输局");
    assert_int_equal(xxgk_report_year(d), 2024);
    xxgk_report_free(d);
    free(dated);
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        char title[800];
        snprintf(title, sizeof title, "%s2024年", names[i]);
        char *t = replace(text, "测试市交通运输局2024年", title);
        xxgk_report *r = read_text(t, strlen(t));
        assert_non_null(xxgk_report_agency(r));
        assert_string_equal(xxgk_report_agency(r), names[i]);
        assert_int_equal(xxgk_report_year(r), 2024);
        xxgk_report_free(r);
        free(t);
    }
    free(text);
}

/* A title that is a letter about the report names its sender before 关于 ("…关于报送…的函"), or,
 * with none, the agency after 关于 and its verb: not the verb with it. */
static void test_title_letter_agency(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    const char *const titles[] = {
        "测试市交通运输局关于报送2024年政府信息公开工作年度报告的函",
        "测试市交通运输局关于印发测试市交通运输局2024年政府信息公开工作年度报告的通知",
        "关于报送测试市交通运输局2024年政府信息公开工作年度报告的函",
        "测试市交通运输局关于2024年政府信息公开工作年度报告",
        "2024年测试市交通运输局关于政府信息公开工作的年度报告"};
    for (size_t i = 0; i < sizeof titles / sizeof titles[0]; i++) {
        char *t = replace(text, "测试市交通运输局2024年政府信息公开工作年度报告", titles[i]);
        xxgk_report *r = read_text(t, strlen(t));
        assert_non_null(xxgk_report_agency(r));
        if (strcmp(xxgk_report_agency(r), "测试市交通运输局") != 0)
            fail_msg("title '%s': agency '%s'", titles[i], xxgk_report_agency(r));
        assert_int_equal(xxgk_report_year(r), 2024);
        assert_int_equal(diag_count(r, "text-signature-agency", NULL, 0), 0);
        assert_int_equal(diag_count(r, "text-agency-name", NULL, 0), 0);
        xxgk_report_free(r);
        free(t);
    }
    free(text);
}

/* Applicant columns printed in another order than the format's: the figures, read by position,
 * are not taken (their columns cannot be told), and the order is said. */
static void test_column_order(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    char *t = replace(text, "\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
                      "\t\t\t\t商业企业\t科研机构\t社会公益组织\t其他\t法律服务机构\t");
    xxgk_report *r = read_text(t, strlen(t));
    json_t *j = report_json(r);
    json_t *nw = json_object_get(json_object_get(j, "requests"), "new");
    for (size_t i = 0; i < 7; i++)
        assert_true(json_is_null(json_array_get(nw, i)));
    char ev[512];
    assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
    assert_string_equal(ev, "第三部分表头的申请人列顺序与格式不同（商业企业 科研机构 社会公益组织 其他 "
                            "法律服务机构），无法确定各数字属于哪一列，数字未采用");
    assert_int_equal(diag_count(r, "arith-row-total", NULL, 0), 0);
    json_decref(j);
    xxgk_report_free(r);
    free(t);
    /* in the format's order: read */
    r = read_text(text, strlen(text));
    assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
    xxgk_report_free(r);
    free(text);
    /* so in space-aligned text, whose header's words make one cell; a label wrapped with a space
     * inside it is not taken for two */
    text = fixture("report-2021-pdf.txt", NULL);
    t = replace(text, "商业企业   科研机构   社会公益组织   法律服务机构   其他",
                "科研机构   商业企业   社会公益组织   法律服务机构   其他");
    r = read_text(t, strlen(t));
    assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
    assert_string_equal(ev, "第三部分表头的申请人列顺序与格式不同（科研机构 商业企业 社会公益组织 "
                            "法律服务机构 其他），无法确定各数字属于哪一列，数字未采用");
    assert_cell(r, "new", 0, -1);
    xxgk_report_free(r);
    free(t);
    t = replace(text, "法律服务机构   其他", "法律服务 机构   其他");
    r = read_text(t, strlen(t));
    assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
    assert_cell(r, "new", 0, 20);
    xxgk_report_free(r);
    free(t);
    free(text);
    /* the header's first line in another order, its second in the format's: 总计 first, or
     * the organisations' label before 自然人 (the figures so) */
    text = fixture("report-2021-tabs.txt", NULL);
    static const struct {
        const char *header, *figures, *order;
    } first_line[] = {
        {"\t\t\t总计\t自然人\t法人或其他组织\t\t\t\t\t\n", "\t\t\t29\t20\t5\t1\t0\t2\t1\n",
         "（总计 自然人 法人或其他组织）"},
        {"\t\t\t法人或其他组织\t\t\t\t\t自然人\t总计\n", "\t\t\t5\t1\t0\t2\t1\t20\t29\n",
         "（法人或其他组织 自然人 总计）"},
    };
    for (size_t i = 0; i < sizeof first_line / sizeof first_line[0]; i++) {
        char *h =
            replace(text, "\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计\n", first_line[i].header);
        t = replace(h, "\t\t\t20\t5\t1\t0\t2\t1\t29\n", first_line[i].figures);
        r = read_text(t, strlen(t));
        assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
        assert_non_null(strstr(ev, first_line[i].order));
        assert_cell(r, "new", 0, -1);
        assert_cell(r, "total", 6, -1);
        xxgk_report_free(r);
        free(t);
        free(h);
    }
    free(text);
    /* a cell a line (Word's export): the rows' cells apart by blank lines, or not at all, the
     * header then read as a run of lines */
    text = fixture("report-2021-cells.txt", NULL);
    char *word = strdup(text), *w = word; /* (each line's leading tab dropped) */
    for (const char *p = text; *p; p++)
        if (!(*p == '\t' && p > text && p[-1] == '\n'))
            *w++ = *p;
    *w = '\0';
    static const struct {
        const char *from, *to, *order;
    } cells[] = {
        {"\t自然人\n\t法人或其他组织\n", "\t总计\n\t自然人\n\t法人或其他组织\n",
         "（总计 自然人 法人或其他组织 总计）"},
        {"\n自然人\n法人或其他组织\n", "\n总计\n自然人\n法人或其他组织\n",
         "（总计 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他）"},
    };
    for (size_t i = 0; i < sizeof cells / sizeof cells[0]; i++) {
        const char *layout = i ? word : text;
        r = read_text(layout, strlen(layout));
        assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
        assert_cell(r, "new", 0, 20);
        xxgk_report_free(r);
        t = replace(layout, cells[i].from, cells[i].to);
        r = read_text(t, strlen(t));
        assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
        assert_non_null(strstr(ev, cells[i].order));
        assert_cell(r, "new", 0, -1);
        xxgk_report_free(r);
        free(t);
    }
    free(word);
    free(text);
    /* headers that shorten a name (企业, 科研院所), or print the total first as 合计 or 小计 */
    text = fixture("report-2021-tabs.txt", NULL);
    static const struct {
        const char *header, *order;
    } shortened[] = {
        {"\t\t\t\t科研院所\t企业\t社会公益组织\t法律服务机构\t其他\t",
         "（科研机构 商业企业 社会公益组织 法律服务机构 其他）"},
        {"\t\t\t合计\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
         "（总计 商业企业 科研机构 社会公益组织 法律服务机构 其他）"},
        {"\t\t\t小计\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
         "（总计 商业企业 科研机构 社会公益组织 法律服务机构 其他）"},
    };
    for (size_t i = 0; i < sizeof shortened / sizeof shortened[0]; i++) {
        t = replace(text, "\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
                    shortened[i].header);
        r = read_text(t, strlen(t));
        assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
        assert_non_null(strstr(ev, shortened[i].order));
        assert_cell(r, "new", 1, -1);
        xxgk_report_free(r);
        free(t);
    }
    /* section 二's document columns in another order */
    t = replace(text, "本年制发件数\t本年废止件数\t现行有效件数", "现行有效件数\t本年制发件数\t本年废止件数");
    r = read_text(t, strlen(t));
    assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
    assert_string_equal(ev, "第二部分表头的列顺序与格式不同（现行有效件数 本年制发件数 本年废止件数），"
                            "无法确定各数字属于哪一列，数字未采用");
    assert_cell(r, "regs", 0, -1);
    assert_cell(r, "licensing", 0, 120);
    xxgk_report_free(r);
    free(t);
    /* ... under a label's known variant too (本年度止件数), not taken as missing */
    t = replace(text, "本年制发件数\t本年废止件数\t现行有效件数",
                "本年制发件数\t现行有效件数\t本年度止件数");
    r = read_text(t, strlen(t));
    assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
    assert_string_equal(ev, "第二部分表头的列顺序与格式不同（本年制发件数 现行有效件数 "
                            "本年废止件数），无法确定各数字属于哪一列，数字未采用");
    assert_cell(r, "normative", 2, -1);
    xxgk_report_free(r);
    free(t);
    free(text);
    /* the 2019 format's groups have columns of their own (上一年项目数量 本年增/减 处理决定数量),
     * each group its header: the rows under a header printed in another order are not taken,
     * up to the next header, whose own order holds */
    text = fixture("report-2019-tabs.txt", NULL);
    t = replace(text, "信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政许可",
                "信息内容\t上一年项目数量\t处理决定数量\t本年增/减\n行政许可");
    r = read_text(t, strlen(t));
    assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
    assert_string_equal(ev, "第二部分表头的列顺序与格式不同（上一年项目数量 处理决定数量 "
                            "本年增/减），无法确定各数字属于哪一列，数字未采用");
    assert_cell(r, "licensing", 2, -1);
    assert_cell(r, "other_services", 0, -1);
    assert_cell(r, "penalty", 2, 35);
    assert_cell(r, "regs", 2, 3);
    xxgk_report_free(r);
    free(t);
    free(text);
}

/* PDF text marks its pages with form feeds: a finding says which page it is on, the text output
 * too, and its line stays the line of the text. */
static void test_finding_pages(void **state)
{
    (void)state;
    char *text = fixture("report-2021-pdf.txt", NULL);
    char *a = replace(text, "\n三、收到和处理", "\n\f三、收到和处理");
    char *b = replace(a, "\n四、政府信息公开行政复议", "\n\f\f四、政府信息公开行政复议");
    char *t = replace(b, "2   1   0   1   4   1", "2   1   0   1   5   1"); /* 2+1+0+1 != 5 */
    xxgk_report *r = read_text(t, strlen(t));
    assert_int_equal(xxgk_report_page(r, 1), 1);
    assert_int_equal(xxgk_report_page(r, 26), 2);
    assert_int_equal(xxgk_report_page(r, 66), 4); /* (two form feeds: a page with no text) */
    xxgk_findings *f = check_report(r);
    assert_int_equal(count_rule(f, "arith-review-total", NULL, 0), 1);
    const xxgk_finding *x = xxgk_findings_get(f, 0);
    assert_string_equal(x->rule->id, "arith-review-total");
    assert_int_equal(x->line, 71);
    assert_int_equal(x->page, 4);
    char *out = NULL;
    assert_int_equal(xxgk_write_findings("text", "a.txt", r, f, sink_str, &out), 0);
    assert_non_null(strstr(out, "  a.txt:71: 错误 [arith-review-total] "
                                "行政复议或行政诉讼的总计不等于各项结果之和（第4页）\n"));
    free(out);
    /* JSON gives the page (and no column: the lines are the text's own); CSV both columns */
    out = NULL;
    assert_int_equal(xxgk_write_findings("json", "a.txt", r, f, sink_str, &out), 0);
    assert_non_null(strstr(out, "\"line\":71,"));
    assert_non_null(strstr(out, "\"page\":4}"));
    assert_null(strstr(out, "\"column\""));
    free(out);
    out = NULL;
    assert_int_equal(xxgk_write_findings("csv", "a.txt", r, f, sink_str, &out), 0);
    assert_non_null(strstr(out, ",arith-review-total,arithmetic,error,71,,4,"));
    free(out);
    xxgk_findings_free(f);
    xxgk_check_options en = {XXGK_LANG_EN, XXGK_AGENCY_AUTO};
    assert_int_equal(xxgk_check(&f, r, &en), 0);
    out = NULL;
    assert_int_equal(xxgk_write_findings("text", "a.txt", r, f, sink_str, &out), 0);
    assert_non_null(strstr(out, "  a.txt:71: error [arith-review-total] a reconsideration or "
                                "litigation total does not equal the sum of its results (page 4)\n"));
    free(out);
    xxgk_findings_free(f);
    xxgk_report_free(r);
    /* text with no form feed has no pages */
    r = read_text(text, strlen(text));
    assert_int_equal(xxgk_report_page(r, 26), 0);
    xxgk_report_free(r);
    free(t);
    free(b);
    free(a);
    free(text);
}

/* Thousands of figures that belong to no row are reported with a quote cut short, not refused
 * as out of memory. */
static void test_loose_flood(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    xbuf loose;
    xbuf_init(&loose, 0);
    xbuf_puts(&loose, "（一）予以公开");
    for (int i = 0; i < 2000; i++)
        xbuf_puts(&loose, "\n1234567 7654321 1111111");
    char *t = replace(text, "（一）予以公开", loose.data);
    xxgk_report *r = read_text(t, strlen(t));
    xxgk_findings *f = check_report(r);
    /* the row's own note (its lines hold more figures than it has cells: none taken), the
     * row's first lines, then the first 256 loose rows (kept for placing) and the rest: each
     * run one finding */
    assert_int_equal(count_rule(f, "reader-unplaced", NULL, 0), 4);
    int quoted = 0;
    for (size_t i = 0; i < xxgk_findings_count(f); i++) {
        const char *ev = xxgk_findings_get(f, i)->evidence;
        if (strncmp(ev, "1234567 7654321 1111111 1234567", 31) != 0)
            continue;
        assert_true(strlen(ev) < 700);
        assert_string_equal(ev + strlen(ev) - strlen(" ……"), " ……");
        quoted++;
    }
    assert_int_equal(quoted, 2);
    xxgk_findings_free(f);
    xxgk_report_free(r);
    free(t);
    xbuf_free(&loose);
    free(text);
}

/* Digit runs with more cuts than any real row has are left null, and quickly (a search over
 * every cut would take hours). */
static void test_flattened_hostile(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    char *flat = flatten(text);
    char *t = replace(flat, "尚未审结总计210141000101102",
                      "尚未审结总计111111111111111 111111111111111 111111111111111");
    xxgk_report *r = read_text(t, strlen(t));
    /* (with 5240, ambiguous in this fixture already) */
    assert_int_equal(diag_count(r, "reader-glued", NULL, 0), 2);
    xxgk_findings *f = check_report(r);
    const char *said = NULL;
    for (size_t i = 0; i < xxgk_findings_count(f); i++)
        if (strstr(xxgk_findings_get(f, i)->evidence, "111111111111111 111111111111111"))
            said = xxgk_findings_get(f, i)->evidence;
    assert_non_null(said);
    assert_non_null(strstr(said, " 111111111111111（拆成 15 个数的读法不止 32 种）"));
    xxgk_findings_free(f);
    const xxgk_table_spec *rev = &xxgk_report_spec(r)->tables[XXGK_TABLE_REVIEW];
    for (int i = 0; i < rev->ncells; i++)
        assert_false(xxgk_cell_known(xxgk_report_cell(r, (size_t)(rev->first_cell + i))));
    xxgk_report_free(r);
    free(t);
    free(flat);
    free(text);
}

/* A blank cell in flattened text leaves a space between glued figures: it is the missing cell,
 * read as blank. */
static void test_flattened_blank(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    char *flat = flatten(text);
    char *t = replace(flat, "二、上年结转政府信息公开申请数量3100004",
                      "二、上年结转政府信息公开申请数量4 00004");
    xxgk_report *r = read_text(t, strlen(t));
    const double want[7] = {4, 0, 0, 0, 0, 0, 4};
    for (int i = 0; i < 7; i++)
        assert_cell(r, "carried_in", i, want[i]);
    const xxgk_table_spec *req = &xxgk_report_spec(r)->tables[XXGK_TABLE_REQUESTS];
    assert_int_equal(xxgk_report_cell(r, (size_t)req->rows[1].first_cell + 1)->kind,
                     XXGK_CELL_BLANK);
    char ev[256];
    assert_int_equal(diag_count(r, "struct-blank-cells", ev, sizeof ev), 1);
    assert_string_equal(ev, "第三部分表格：空白 1 个，“/” 0 个，“-” 0 个"
                        "：二、上年结转政府信息公开申请数量·商业企业（空白）");
    xxgk_report_free(r);
    free(t);
    free(flat);
    free(text);
}

/* pdftotext -layout prints nothing for a blank cell: the figures that are printed are placed
 * under the columns they stand in (learnt from the rows that print them all), the rest are
 * blank; never moved left into the wrong column. */
static void test_pdf_blank_cells(void **state)
{
    (void)state;
    char *text = fixture("report-2021-pdf.txt", NULL);
    /* aligned as pdftotext aligns, under 行政规范性文件's 5 2 40 */
    char *t = replace(text, "     规章        1    0    3", "     规章             1         3");
    xxgk_report *r = read_text(t, strlen(t));
    assert_cell(r, "regs", 0, 1);
    assert_cell(r, "regs", 1, 0);
    assert_cell(r, "regs", 2, 3);
    const xxgk_table_spec *act = &xxgk_report_spec(r)->tables[XXGK_TABLE_ACTIVE];
    assert_int_equal(xxgk_report_cell(r, (size_t)act->rows[0].first_cell + 1)->kind,
                     XXGK_CELL_BLANK);
    char ev[256];
    assert_int_equal(diag_count(r, "struct-missing-cells", NULL, 0), 0);
    assert_int_equal(diag_count(r, "struct-blank-cells", ev, sizeof ev), 1);
    assert_string_equal(ev, "第二部分表格：空白 1 个，“/” 0 个，“-” 0 个"
                        "：规章·本年废止件数（空白）");
    xxgk_report_free(r);
    free(t);
    /* a figure under no column is not guessed into one, nor are the figures filled from the
     * left (the blank may be any of the three): null, and said so */
    t = replace(text, "     规章        1    0    3", "     规章                 1         3");
    r = read_text(t, strlen(t));
    assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
    assert_string_equal(ev, "规章：3 个数值单元格只印出 2 个，无法按位置判断空白的是哪几列：1 3");
    assert_int_equal(diag_count(r, "struct-missing-cells", NULL, 0), 0);
    assert_int_equal(diag_count(r, "struct-blank-cells", NULL, 0), 0);
    for (int i = 0; i < 3; i++)
        assert_cell(r, "regs", i, -1);
    xxgk_report_free(r);
    free(t);
    free(text);
}

/* A row whose 总计 stands at the top of its cell and whose other figures stand a line lower
 * (cells aligned unlike in the PDF): each figure is read under its column, not in the order
 * printed; a later line whose figures do not fill exactly the blank columns is not taken. */
static void test_pdf_row_over_lines(void **state)
{
    (void)state;
    char *text = fixture("report-2021-pdf.txt", NULL);
    const char *printed = "      （二）部分公开（区分处理的，只计这一情\n"
                          "                        2     1     0     0     0     0     3\n";
    char *t = replace(text, printed,
                      "      （二）部分公开（区分处理的，只计这一情"
                      "                                      3\n"
                      "                                2    1    0    0    0    0\n");
    xxgk_report *r = read_text(t, strlen(t));
    static const double partly[7] = {2, 1, 0, 0, 0, 0, 3};
    assert_requests_row(r, "partly", -1, partly, 7);
    assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
    assert_int_equal(diag_count(r, "arith-row-total", NULL, 0), 0);
    xxgk_report_free(r);
    free(t);
    /* figures above the row's line and below it, under the columns it left blank: a figure
     * wrapped within its narrow cell (2 over 0 for 20, 2 over 9 for 29), not one read as 0 */
    static const char row_new[] =
        "     一、本年新收政府信息公开申请数量        20    5    1    0    2    1    29\n";
    t = replace(text, row_new,
                "                             2                              2\n"
                "     一、本年新收政府信息公开申请数量              5    1    0    2    1\n"
                "                             0                              9\n");
    r = read_text(t, strlen(t));
    static const double unknown[7] = {-1, -1, -1, -1, -1, -1, -1};
    assert_requests_row(r, "new", -1, unknown, 7);
    char wrapped[256];
    assert_int_equal(diag_count(r, "reader-unplaced", wrapped, sizeof wrapped), 1);
    assert_string_equal(wrapped, "一、本年新收政府信息公开申请数量：数字印在本行上下两行"
                                 "（一个数字在窄格中折行？），无法确定各数字：0 9");
    xxgk_report_free(r);
    free(t);
    /* a row's first figures filled from the left (standing under no column), the rest on the
     * next line under columns already filled: not its next cells (127 wrapped as 12 / 7 read
     * as 7 in the sixth column) */
    t = replace(text, row_new,
                "     一、本年新收政府信息公开申请数量 37   10   5    11   10\n"
                "                             7                              0\n");
    r = read_text(t, strlen(t));
    assert_requests_row(r, "new", -1, unknown, 7);
    assert_int_equal(diag_count(r, "reader-unplaced", wrapped, sizeof wrapped), 1);
    assert_string_equal(wrapped, "一、本年新收政府信息公开申请数量：数字分在两行，"
                                 "后一行的数字却印在前一行已有数字的列下"
                                 "（一个数字在窄格中折行？），无法确定各数字：7 0");
    xxgk_report_free(r);
    free(t);
    /* the figures of the line below under other columns than the blank ones */
    t = replace(text, printed,
                "      （二）部分公开（区分处理的，只计这一情"
                "                                      3\n"
                "                                     1    0    0    0    0    3\n");
    r = read_text(t, strlen(t));
    char ev[256];
    assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 2);
    assert_string_equal(ev, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）："
                            "其后还有不属于任何一行的数字，且本行总计与各项之和不符，"
                            "无法确定哪些数字属于本行");
    for (int i = 0; i < 7; i++)
        assert_cell(r, "partly", i, -1);
    xxgk_report_free(r);
    free(t);
    free(text);
}

/* A row's 总计 at the top of its cell, which held empty paragraphs before it, printed by
 * pdftotext on a line of its own below the last line of the row's label (wrapped over five
 * lines) and before the next row's: read under its column as that row's.  Not when the next
 * row lacks its 总计 too (either row's), nor when the figure stands under no column. */
static void test_pdf_total_below_label(void **state)
{
    (void)state;
    static const char text[] =
        "测试局2024年政府信息公开工作年度报告\n"
        "\n"
        "三、收到和处理政府信息公开申请情况\n"
        "\n"
        "                      自然人  法人或其他组织         总计\n"
        "                              商业  科研 社会公 法律服 其他\n"
        "                              企业  机构 益组织 务机构\n"
        "\n"
        "一、本年新收政府信息公开申请数量        5      1     0    2     0     1     9\n"
        "\n"
        "二、上年结转政府信息公开申请数量        0      0     0    0     0     0     0\n"
        "\n"
        "三、本年度 (一)予以公开           3      1     0    0     0     0     4\n"
        "办理结果\n"
        "\n"
        "              1.申请人无正当理\n"
        "              由逾期不补正、行  1      0     0    0     0     0\n"
        "              政机关不再处理其                                      1\n"
        "              政府信息公开申请\n"
        "\n"
        "        (六)其他处\n"
        "        理     2.申请人逾期未按\n"
        "              收费通知要求缴纳\n"
        "              费用、行政机关不  1      0     0    1     0     0\n"
        "              再处理其政府信息\n"
        "              公开申请\n"
        "                                                            2\n"
        "\n"
        "              3.其他      0      0     0    1     0     1     2\n"
        "\n"
        "        (七)总计           5      1     0    2     0     1     9\n"
        "\n"
        "  四、结转下年度继续办理           0      0     0    0     0     0     0\n"
        "\n"
        "四、政府信息公开行政复议、行政诉讼情况\n"
        "\n";
    static const double first[7] = {1, 0, 0, 0, 0, 0, 1}, unpaid[7] = {1, 0, 0, 1, 0, 0, 2},
                        other[7] = {0, 0, 0, 1, 0, 1, 2}, total[7] = {5, 1, 0, 2, 0, 1, 9};
    xxgk_report *r = read_text(text, strlen(text));
    assert_requests_row(r, "other", 0, first, 7);
    assert_requests_row(r, "other", 1, unpaid, 7);
    assert_requests_row(r, "other", 2, other, 7);
    assert_requests_row(r, "total", -1, total, 7);
    assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
    assert_int_equal(diag_count(r, "struct-blank-cells", NULL, 0), 0);
    assert_int_equal(diag_count(r, "arith-row-total", NULL, 0), 0);
    xxgk_report_free(r);
    /* left unplaced, as before: the next row lacking its 总计 too (the 2 may stand at the top
     * of either's cell), or the figure between the columns of 其他 and 总计 (under none) */
    static const double unpaid_blank[7] = {1, 0, 0, 1, 0, 0, 0},
                        other_blank[7] = {0, 0, 0, 1, 0, 1, 0};
#define UNPAID_TOTAL "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请·总计"
    static const struct {
        const char *from, *to, *blanks;
        const double *other;
    } left[] = {
        {"     0      0     0    1     0     1     2\n", "     0      0     0    1     0     1\n",
         "第三部分表格：空白 2 个，“/” 0 个，“-” 0 个：" UNPAID_TOTAL "（空白），"
         "3.其他·总计（空白）",
         other_blank},
        {"\n                                                            2\n",
         "\n                                                         2\n",
         "第三部分表格：空白 1 个，“/” 0 个，“-” 0 个：" UNPAID_TOTAL "（空白）", other},
    };
#undef UNPAID_TOTAL
    for (size_t i = 0; i < sizeof left / sizeof *left; i++) {
        char *t = replace(text, left[i].from, left[i].to), ev[512];
        r = read_text(t, strlen(t));
        assert_requests_row(r, "other", 1, unpaid_blank, 7);
        assert_requests_row(r, "other", 2, left[i].other, 7);
        assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
        assert_string_equal(ev, "2");
        assert_int_equal(diag_count(r, "struct-blank-cells", ev, sizeof ev), 1);
        assert_string_equal(ev, left[i].blanks);
        xxgk_report_free(r);
        free(t);
    }
}

/* A row one cell too long with a blank at each end (a merged label's empty cell and a blank
 * 总计, or a blank 自然人 and a stray cell after the row) is not guessed: null, and said. */
static void test_blank_both_ends(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    char *t = replace(text, "（一）予以公开\t\t8\t2\t0\t0\t1\t0\t11", "（一）予以公开\t\t8\t2\t0\t0\t1\t0\t");
    xxgk_report *r = read_text(t, strlen(t));
    for (int i = 0; i < 7; i++)
        assert_cell(r, "granted", i, -1);
    char ev[256];
    assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
    assert_string_equal(ev, " 8 2 0 0 1 0 ");
    xxgk_report_free(r);
    free(t);
    free(text);
}

/* A row with one cell too many, the line ended by a tab: the empty cell after it is no cell of
 * the row, and the one too many is still found by the row's total. */
static void test_extra_cell_tab_after(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    char *t = replace(text, "（七）总计\t\t21\t5\t1\t0\t1\t1\t29",
                      "（七）总计\t7\t21\t5\t1\t0\t1\t1\t29\t");
    xxgk_report *r = read_text(t, strlen(t));
    static const double total[7] = {21, 5, 1, 0, 1, 1, 29};
    assert_requests_row(r, "total", -1, total, 7);
    char ev[256];
    assert_int_equal(diag_count(r, "struct-extra-cells", ev, sizeof ev), 1);
    assert_string_equal(ev, "（七）总计：应有 7 个数值单元格，实有 8 个，去掉多出的一格后各列之和"
                            "等于总计，已按此读入：7 21 5 1 0 1 1 29");
    assert_int_equal(diag_count(r, "arith-row-total", NULL, 0), 0);
    xxgk_report_free(r);
    free(t);
    free(text);
}

/* Section 二's table alone, one cell per line, no section headed: its figures are section 二's, never taken for
 * section 四's row (which, unheaded, follows tables 二 and 三). */
static void test_active_table_alone(void **state)
{
    (void)state;
    char *cells = fixture("report-2021-cells.txt", NULL);
    const char *from = strstr(cells, "\t第二十条第（一）项"), *to = strstr(cells, "三、收到和处理");
    assert_non_null(from);
    assert_non_null(to);
    char *lines = malloc((size_t)(to - from) + 1); /* (the cells without their tabs) */
    assert_non_null(lines);
    size_t n = 0;
    for (const char *p = from; p < to; p++)
        if (*p != '\t')
            lines[n++] = *p;
    lines[n] = '\0';
    xxgk_report *r = read_text(lines, n);
    json_t *j = report_json(r);
    json_t *active = json_object_get(j, "active");
    assert_int_equal(json_integer_value(json_object_get(active, "licensing")), 120);
    assert_int_equal(json_integer_value(json_object_get(active, "coercion")), 4);
    assert_true(json_is_null(
        json_array_get(json_object_get(json_object_get(j, "review"), "reconsideration"), 0)));
    assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
    json_decref(j);
    xxgk_report_free(r);
    free(lines);
    free(cells);
}

/* The fixture's tables as text taken from a web page: each cell followed by sep, cells merged
 * into another printing nothing, and every 0 left blank (its sep alone). */
static char *joined_cells(const char *text, const char *sep)
{
    size_t cap = 4 * strlen(text) + 1, w = 0;
    char *out = malloc(cap);
    assert_non_null(out);
    for (const char *line = text; *line;) {
        size_t n = strcspn(line, "\n");
        if (!memchr(line, '\t', n)) {
            memcpy(out + w, line, n);
            w += n;
        } else {
            for (const char *c = line, *end = line + n; c <= end;) {
                size_t k = strcspn(c, "\t\n");
                if (c + k > end)
                    k = (size_t)(end - c);
                if (k > 0) { /* (an empty cell is a merged one's) */
                    if (!(k == 1 && c[0] == '0')) {
                        memcpy(out + w, c, k);
                        w += k;
                    }
                    memcpy(out + w, sep, strlen(sep));
                    w += strlen(sep);
                }
                c += k + 1;
            }
        }
        line += n;
        if (*line == '\n')
            out[w++] = *line++;
    }
    out[w] = '\0';
    return out;
}

/* Cells joined by two spaces, by one space with one ending every line, or by a tab ending every
 * line: a blank cell prints only its separator, so the runs count the blanks, the rows of
 * blanks alone too; no column is guessed from where a figure happens to stand. */
static void test_joined_cells(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    static const char *const seps[] = {"  ", " ", "\t", "   "};
    for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++) {
        char *t = joined_cells(text, seps[i]);
        xxgk_report *r = read_whole(t);
        const xxgk_table_spec *act = &xxgk_report_spec(r)->tables[XXGK_TABLE_ACTIVE];
        assert_int_equal(xxgk_report_cell(r, (size_t)act->rows[0].first_cell + 1)->kind,
                         XXGK_CELL_BLANK);
        const xxgk_table_spec *rev = &xxgk_report_spec(r)->tables[XXGK_TABLE_REVIEW];
        assert_int_equal(xxgk_report_cell(r, (size_t)rev->first_cell + 2)->kind,
                         XXGK_CELL_BLANK);
        assert_int_equal(diag_count(r, "struct-missing-cells", NULL, 0), 0);
        xxgk_report_free(r);
        free(t);
    }
    /* a run that is no multiple of the others: not cells joined so, and placed by position
     * only where the columns line up, which they do not here */
    char *t = joined_cells(text, "  ");
    char *u = replace(t, "规章  1    3  ", "规章  1     3  ");
    xxgk_report *r = read_text(u, strlen(u));
    char ev[256];
    assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
    assert_string_equal(ev, "规章：3 个数值单元格只印出 2 个，无法按位置判断空白的是哪几列：1 3");
    for (int i = 0; i < 3; i++)
        assert_cell(r, "regs", i, -1);
    xxgk_report_free(r);
    free(u);
    /* one space between cells but none ending the lines: blanks are not counted */
    free(t);
    t = joined_cells(text, " ");
    for (char *p = strstr(t, " \n"); p; p = strstr(p, " \n"))
        memmove(p, p + 1, strlen(p));
    r = read_text(t, strlen(t));
    assert_cell(r, "regs", 0, -1);
    assert_cell(r, "normative", 2, 40);
    xxgk_report_free(r);
    free(t);
    free(text);
}

/* A 2019 本年增/减 written in words (减少2, 增加3) is read as its signed figure; one in brackets,
 * (2), an accountant's negative or a note's mark, is that cell, null and reported; a sign set
 * apart (- 2) is the figure's.  One cell per line without tabs, tab-separated and space-aligned
 * alike: the figures after it keep their columns. */
static void test_change_in_words(void **state)
{
    (void)state;
    char *text = fixture("report-2019-tabs.txt", NULL);
    static const struct {
        const char *licensing, *penalty;
        double lic, pen; /* -1: null */
        int unreadable;
    } cases[] = {
        {"减少2", "增加3", -2, 3, 0},
        {"减2", "增3", -2, 3, 0},
        {"(2)", "3", -1, 3, 1},
        {"-2", "（3）", -2, -1, 1},
        {"- 2", "+3", -2, 3, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char a[64], b[64];
        snprintf(a, sizeof a, "行政许可\t30\t%s\t120", cases[i].licensing);
        snprintf(b, sizeof b, "行政处罚\t50\t%s\t35", cases[i].penalty);
        char *t1 = replace(text, "行政许可\t30\t-2\t120", a);
        char *t2 = replace(t1, "行政处罚\t50\t3\t35", b);
        /* the same as one cell per line, no tabs, and as space-aligned text */
        char *lines = replace(t2, "", ""), *spaced = replace(t2, "", "");
        for (char *p = lines; *p; p++)
            if (*p == '\t')
                *p = '\n';
        for (char *p = spaced; *p; p++)
            if (*p == '\t')
                *p = ' ';
        const char *versions[] = {t2, lines, spaced};
        for (int v = 0; v < 3; v++) {
            xxgk_report *r = read_text(versions[v], strlen(versions[v]));
            if (v == 2 && strchr(cases[i].licensing, ' ')) {
                /* among cells a space apart "- 2" may be a dash and a figure: not guessed */
                for (int c = 0; c < 3; c++)
                    assert_cell(r, "licensing", c, -1);
                assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 1);
                xxgk_report_free(r);
                continue;
            }
            assert_cell(r, "licensing", 0, 30);
            assert_cell(r, "licensing", 1, cases[i].lic);
            assert_cell(r, "licensing", 2, 120);
            assert_cell(r, "penalty", 0, 50);
            assert_cell(r, "penalty", 1, cases[i].pen);
            assert_cell(r, "penalty", 2, 35);
            assert_int_equal(diag_count(r, "reader-unreadable", NULL, 0), cases[i].unreadable);
            assert_int_equal(diag_count(r, "struct-missing-cells", NULL, 0), 0);
            xxgk_report_free(r);
        }
        free(spaced);
        free(lines);
        free(t2);
        free(t1);
    }
    free(text);
}

/* A sign PDF text sets one space apart from its figure ("- 2") under 2019's 本年增/减 is the
 * figure's; under a column that cannot be negative it is a dash, and the row one cell long. */
static void test_sign_apart(void **state)
{
    (void)state;
    char *text = fixture("report-2019-tabs.txt", NULL);
    char *spaced = malloc(4 * strlen(text) + 1), *w = spaced; /* (as space-aligned text) */
    assert_non_null(spaced);
    for (const char *p = text; *p; p++)
        if (*p == '\t') {
            memcpy(w, "    ", 4);
            w += 4;
        } else {
            *w++ = *p;
        }
    *w = '\0';
    char *a = replace(spaced, "30    -2", "30    - 2");
    char *b = replace(a, "2    -1", "2    - 1");
    char *t = replace(b, "行政处罚    50", "行政处罚    - 50");
    xxgk_report *r = read_text(t, strlen(t));
    assert_cell(r, "licensing", 0, 30);
    assert_cell(r, "licensing", 1, -2);
    assert_cell(r, "licensing", 2, 120);
    assert_cell(r, "fees", 0, 2);
    assert_cell(r, "fees", 1, -1);
    char ev[256];
    assert_int_equal(diag_count(r, "struct-extra-cells", ev, sizeof ev), 1);
    assert_string_equal(ev, "行政处罚：应有 3 个数值单元格，实有 4 个：- 50 3 35");
    xxgk_report_free(r);
    free(t);
    free(b);
    free(a);
    free(spaced);
    free(text);
}

/* In the 2019 format a row short of cells whose negative figure would fall under 上一年项目数量
 * is not filled from the left: a negative can only be its 本年增/减. */
static void test_negative_before_change(void **state)
{
    (void)state;
    char *text = fixture("report-2019-tabs.txt", NULL);
    char *t = NULL;
    const char *from = strstr(text, "行政事业性收费\t");
    assert_non_null(from);
    size_t n = strcspn(from, "\n");
    char row[256];
    snprintf(row, sizeof row, "%.*s", (int)n, from);
    t = replace(text, row, "行政事业性收费\t-2");
    xxgk_report *r = read_text(t, strlen(t));
    char ev[256];
    assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
    assert_string_equal(ev, "行政事业性收费：2 个数值单元格只印出 1 个，负数只能填在增/减一列，"
                            "无法判断空白的是哪几列：-2");
    assert_cell(r, "fees", 0, -1);
    assert_cell(r, "fees", 1, -1);
    xxgk_report_free(r);
    free(t);
    /* a short row of counts is filled from the left, as before */
    t = replace(text, row, "行政事业性收费\t3");
    r = read_text(t, strlen(t));
    assert_cell(r, "fees", 0, 3);
    assert_int_equal(diag_count(r, "struct-missing-cells", NULL, 0), 1);
    xxgk_report_free(r);
    free(t);
    free(text);
}

/* A tab-separated row short of its last fields keeps its figures in the columns the other
 * rows' fields put them in: not pushed right into its merged label's empty fields. */
static void test_short_tab_row(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    static const struct {
        const char *from, *to;
        double want[7]; /* -1: null */
        int missing;    /* struct-missing-cells findings */
    } cases[] = {
        {"数量\t\t\t20\t5\t1\t0\t2\t1\t29", "数量\t\t\t20\t5\t1\t0\t2\t1",
         {20, 5, 1, 0, 2, 1, -1}, 1},
        {"数量\t\t\t20\t5\t1\t0\t2\t1\t29", "数量\t\t\t20\t5\t1",
         {20, 5, 1, -1, -1, -1, -1}, 1},
        /* a blank first figure stays the first column's */
        {"数量\t\t\t20\t5\t1\t0\t2\t1\t29", "数量\t\t\t\t5\t1\t0\t2\t1",
         {0, 5, 1, 0, 2, 1, -1}, 1},
        /* a complete row as it was */
        {"数量\t\t\t20\t5\t1\t0\t2\t1\t29", "数量\t\t\t20\t5\t1\t0\t2\t1\t29",
         {20, 5, 1, 0, 2, 1, 29}, 0},
        /* a cell lost among the applicants': the last figure, the sum of the others, is the
         * total; where the lost cell stood cannot be told */
        {"数量\t\t\t20\t5\t1\t0\t2\t1\t29", "数量\t\t\t20\t5\t1\t2\t1\t29",
         {-1, -1, -1, -1, -1, -1, 29}, 0},
        {"数量\t\t\t20\t5\t1\t0\t2\t1\t29", "数量\t\t\t29\t29", {-1, -1, -1, -1, -1, -1, 29}, 0},
        /* a last figure that is not the others' sum is no total: the cells lost are the last */
        {"数量\t\t\t20\t5\t1\t0\t2\t1\t29", "数量\t\t\t20\t5\t1\t2\t1\t28",
         {20, 5, 1, 2, 1, 28, -1}, 1},
        /* nor is a zero */
        {"数量\t\t\t20\t5\t1\t0\t2\t1\t29", "数量\t\t\t0\t0\t0", {0, 0, 0, -1, -1, -1, -1}, 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *t = replace(text, cases[i].from, cases[i].to);
        xxgk_report *r = read_text(t, strlen(t));
        for (int k = 0; k < 7; k++)
            if (cell_value(r, "new", k) != cases[i].want[k])
                fail_msg("case %zu column %d: %g, want %g", i, k, cell_value(r, "new", k),
                         cases[i].want[k]);
        assert_int_equal(diag_count(r, "struct-missing-cells", NULL, 0), cases[i].missing);
        if (cases[i].want[0] < 0) { /* said, and no error of arithmetic made up */
            char ev[512];
            assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
            assert_non_null(strstr(ev, "一、本年新收政府信息公开申请数量：7 个数值单元格只有 "));
            xxgk_findings *f = check_report(r);
            for (size_t k = 0; k < xxgk_findings_count(f); k++)
                assert_string_not_equal(xxgk_findings_get(f, k)->rule->category, "arithmetic");
            xxgk_findings_free(f);
        }
        xxgk_report_free(r);
        free(t);
    }
    free(text);
}

/* The one-cell-per-line fixture as a word processor writes it: no tab opening each cell. */
static char *cells_untabbed(void)
{
    char *text = fixture("report-2021-cells.txt", NULL), *plain = replace(text, "", "");
    size_t k = 0;
    for (const char *p = text; *p; p++)
        if (!(*p == '\t' && (p == text || p[-1] == '\n')))
            plain[k++] = *p;
    plain[k] = '\0';
    free(text);
    return plain;
}

/* A table copied one cell per line whose blank cells left nothing (a text browser's dump): which
 * columns the figures stood in cannot be told, so the row is left null and said, but for a last
 * figure that is the sum of the others, its 总计.  Where each blank left an empty line, the
 * lines place the figures, those of the label's merged cells too when the last figure is the
 * row's total. */
static void test_cells_dropped(void **state)
{
    (void)state;
    char *plain = cells_untabbed();
    static const struct {
        const char *row, *evidence;
        double want[7];
    } cases[] = {
        {"（一）予以公开\n8\n2\n1\n11\n",
         "（一）予以公开：7 个数值单元格只印出 4 个，无法按位置判断空白的是哪几列（最后一个等于其余之和，"
         "是总计）：8 2 1 11",
         {-1, -1, -1, -1, -1, -1, 11}},
        {"（一）予以公开\n8\n2\n1\n12\n",
         "（一）予以公开：7 个数值单元格只印出 4 个，无法按位置判断空白的是哪几列：8 2 1 12",
         {-1, -1, -1, -1, -1, -1, -1}},
        {"（一）予以公开\n11\n", "（一）予以公开：7 个数值单元格只印出 1 个，无法按位置判断空白的是哪几列：11",
         {-1, -1, -1, -1, -1, -1, -1}},
        {"（一）予以公开\n\n\n8\n2\n\n\n1\n\n11\n", NULL, {8, 2, 0, 0, 1, 0, 11}},
        /* the last cells blank too: their empty lines may as well part the rows, as others
         * do in this table (see test_cells_blank_last) */
        {"（一）予以公开\n8\n2\n\n\n1\n\n\n",
         "（一）予以公开：7 个数值单元格只印出 3 个，无法按位置判断空白的是哪几列：8 2 1",
         {-1, -1, -1, -1, -1, -1, -1}},
        /* an empty line first and a blank 总计: the label's merged cell or a blank first cell?
         * read as the first, the total is not the others' sum */
        {"（一）予以公开\n\n8\n2\n0\n0\n1\n0\n\n",
         "（一）予以公开：7 个数值单元格只印出 6 个，无法按位置判断空白的是哪几列：8 2 0 0 1 0",
         {-1, -1, -1, -1, -1, -1, -1}},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *t = replace(plain, "（一）予以公开\n\n8\n2\n0\n0\n1\n0\n11\n", cases[i].row);
        xxgk_report *r = read_text(t, strlen(t));
        for (int c = 0; c < 7; c++)
            assert_cell(r, "granted", c, cases[i].want[c]);
        char ev[512];
        assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), cases[i].evidence != NULL);
        if (cases[i].evidence)
            assert_string_equal(ev, cases[i].evidence);
        assert_int_equal(diag_count(r, "struct-missing-cells", NULL, 0), 0);
        xxgk_report_free(r);
        free(t);
    }
    free(plain);
}

/* One cell a line, blank cells as empty lines, in a table whose rows follow each other with no
 * empty line between (a figure's line goes straight on to the next label): a row's last cells
 * blank (its 总计 too) are the empty lines that reach to the next label. */
static void test_cells_blank_last(void **state)
{
    (void)state;
    static const char text[] =
        "测试局2024年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n申请人情况\n"
        "自然人\n法人或其他组织\n总计\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n"
        "一、本年新收政府信息公开申请数量\n20\n5\n1\n0\n2\n1\n29\n"
        "二、上年结转政府信息公开申请数量\n3\n1\n\n\n\n\n4\n三、本年度办理结果\n"
        "（一）予以公开\n8\n2\n\n\n1\n\n\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n"
        "3\n\n\n\n\n\n\n（三）不予公开\n1.属于国家秘密\n1\n0\n0\n0\n0\n0\n1\n"
        "四、政府信息公开行政复议、行政诉讼情况\n";
    xxgk_report *r = read_text(text, strlen(text));
    assert_json_at(r, "requests.carried_in", "[3,1,0,0,0,0,4]");
    assert_json_at(r, "requests.granted", "[8,2,0,0,1,0,0]");
    assert_json_at(r, "requests.partly", "[3,0,0,0,0,0,0]");
    assert_json_at(r, "requests.withheld[0]", "[1,0,0,0,0,0,1]");
    assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
    xxgk_report_free(r);
}

/* A mark or word printed where a figure would be (*, ×, N/A, 零, 无, --) is that cell, null and
 * reported, whether alone on its line (one cell per line, no tabs) or among space-aligned
 * figures: the figures after it stay in their columns. */
static void test_figure_marks(void **state)
{
    (void)state;
    char *plain = cells_untabbed();
    char *pdf = fixture("report-2021-pdf.txt", NULL);
    static const char *const marks[] = {"*", "×", "N/A", "零", "无", "--", "※", "？"};
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
        char to[128];
        snprintf(to, sizeof to, "（一）予以公开\n\n8\n2\n%s\n0\n1\n0\n11\n", marks[i]);
        char *t = replace(plain, "（一）予以公开\n\n8\n2\n0\n0\n1\n0\n11\n", to);
        xxgk_report *r = read_text(t, strlen(t));
        static const double want[7] = {8, 2, -1, 0, 1, 0, 11};
        for (int c = 0; c < 7; c++)
            assert_cell(r, "granted", c, want[c]);
        assert_int_equal(diag_count(r, "reader-unreadable", NULL, 0), 1);
        assert_int_equal(diag_count(r, "struct-missing-cells", NULL, 0), 0);
        xxgk_report_free(r);
        free(t);
        snprintf(to, sizeof to, "     规章        1    %-4s 3", marks[i]);
        t = replace(pdf, "     规章        1    0    3", to);
        r = read_text(t, strlen(t));
        assert_cell(r, "regs", 0, 1);
        assert_cell(r, "regs", 1, -1);
        assert_cell(r, "regs", 2, 3);
        assert_int_equal(diag_count(r, "reader-unreadable", NULL, 0), 1);
        xxgk_report_free(r);
        free(t);
    }
    free(pdf);
    free(plain);
}

/* A table saved as text one cell per line by a word processor (LibreOffice from a web page):
 * an empty cell is a line holding only the space it had (&nbsp;, a full-width space), and empty
 * lines part some rows.  Such a line is a blank cell wherever it stands, after a row's last
 * figure and all through a row with none; a line with nothing on it is not. */
static void test_cells_written_blank(void **state)
{
    (void)state;
    char *plain = cells_untabbed();
#define NB "\xC2\xA0\n"
    char *a = replace(plain, "（一）予以公开\n\n8\n2\n0\n0\n1\n0\n11\n",
                      "（一）予以公开\n\n8\n2\n" NB NB "1\n" NB NB);
    char *b = replace(a, "2.其他法律行政法规禁止公开\n0\n0\n0\n0\n0\n0\n0\n",
                      "2.其他法律行政法规禁止公开\n" NB NB NB NB NB NB "\xE3\x80\x80\n");
#undef NB
    xxgk_report *r = read_text(b, strlen(b));
    json_t *j = report_json(r);
    json_t *req = json_object_get(j, "requests");
    char *granted = json_dumps(json_object_get(req, "granted"), JSON_COMPACT);
    char *withheld = json_dumps(json_array_get(json_object_get(req, "withheld"), 1), JSON_COMPACT);
    assert_string_equal(granted, "[8,2,0,0,1,0,0]");
    assert_string_equal(withheld, "[0,0,0,0,0,0,0]");
    free(granted);
    free(withheld);
    json_decref(j);
    assert_int_equal(diag_count(r, "struct-row-missing", NULL, 0), 0);
    assert_int_equal(diag_count(r, "struct-missing-cells", NULL, 0), 0);
    char ev[512];
    assert_int_equal(diag_count(r, "struct-blank-cells", ev, sizeof ev), 1);
    assert_string_equal(ev, "第三部分表格：空白 11 个，“/” 0 个，“-” 0 个："
                            "（一）予以公开·科研机构（空白），"
                            "（一）予以公开·社会公益组织（空白），（一）予以公开·其他（空白），"
                            "（一）予以公开·总计（空白），"
                            "2.其他法律行政法规禁止公开·自然人（空白）等");
    xxgk_report_free(r);
    /* the same row ending in a line with nothing on it: that may part rows, so the row is a
     * figure short, and said so */
    char *c = replace(plain, "（一）予以公开\n\n8\n2\n0\n0\n1\n0\n11\n",
                      "（一）予以公开\n8\n2\n0\n0\n1\n0\n\n");
    r = read_text(c, strlen(c));
    assert_cell(r, "granted", 6, -1);
    xxgk_report_free(r);
    free(c);
    free(b);
    free(a);
    free(plain);
}

/* 行政事业性收费 is in 万元; a header in 元 means the amount was printed in 元: converted, and
 * said so, never read ten thousand times too large. */
static void test_fee_in_yuan(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    char *a = replace(text, "本年收费金额（单位：万元）", "本年收费金额（单位：元）");
    char *t = replace(a, "行政事业性收费\t12.5", "行政事业性收费\t125000");
    xxgk_report *r = read_text(t, strlen(t));
    const xxgk_table_spec *act = &xxgk_report_spec(r)->tables[XXGK_TABLE_ACTIVE];
    for (int k = 0; k < act->nrows; k++)
        if (strcmp(act->rows[k].key, "fees_wan_yuan") == 0)
            assert_true(xxgk_report_cell(r, (size_t)act->rows[k].first_cell)->value == 12.5);
    char ev[256];
    assert_int_equal(diag_count(r, "reader-unit", ev, sizeof ev), 1);
    assert_string_equal(ev, "行政事业性收费：125000元 = 12.5万元（表头单位为元）");
    xxgk_report_free(r);
    /* the amount is the decimal the cells stand for, not the double next to it that
     * multiplying by 1/10000 gives (12.500055000000001, 123456.78899999999) */
    static const struct {
        const char *header, *cell;
        double wan;
    } exact[] = {{"本年收费金额（单位：元）", "125000.55", 12.500055},
                 {"本年收费金额（单位：元）", "12345678.91", 1234.567891},
                 {"本年收费金额（单位：千元）", "1234567.89", 123456.789}};
    for (size_t i = 0; i < sizeof exact / sizeof exact[0]; i++) {
        char *h = replace(text, "本年收费金额（单位：万元）", exact[i].header);
        char cell[64];
        snprintf(cell, sizeof cell, "行政事业性收费\t%s", exact[i].cell);
        char *u = replace(h, "行政事业性收费\t12.5", cell);
        r = read_text(u, strlen(u));
        for (int k = 0; k < act->nrows; k++)
            if (strcmp(act->rows[k].key, "fees_wan_yuan") == 0 &&
                xxgk_report_cell(r, (size_t)act->rows[k].first_cell)->value != exact[i].wan)
                fail_msg("%s: %.17g, not %.17g", exact[i].cell,
                         xxgk_report_cell(r, (size_t)act->rows[k].first_cell)->value,
                         exact[i].wan);
        xxgk_report_free(r);
        free(u);
        free(h);
    }
    /* the unit in brackets without 单位, in 千元, or in the table's caption */
    static const struct {
        const char *header, *caption, *cell, *evidence;
    } forms[] = {
        {"本年收费金额（元）", "第二十条第（八）项", "125000",
         "行政事业性收费：125000元 = 12.5万元（表头单位为元）"},
        {"本年收费金额（单位：千元）", "第二十条第（八）项", "125",
         "行政事业性收费：125千元 = 12.5万元（表头单位为千元）"},
        {"本年收费金额", "第二十条第（八）项（单位：元）", "125000",
         "行政事业性收费：125000元 = 12.5万元（表头单位为元）"},
        /* other words before it, 人民币, a caption line of its own */
        {"收费金额（元）", "第二十条第（八）项", "125000",
         "行政事业性收费：125000元 = 12.5万元（表头单位为元）"},
        {"本年收费金额（单位：人民币元）", "第二十条第（八）项", "125000",
         "行政事业性收费：125000元 = 12.5万元（表头单位为元）"},
        {"本年收费金额", "第二十条第（八）项\n单位：元", "125000",
         "行政事业性收费：125000元 = 12.5万元（表头单位为元）"},
    };
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        char *h = replace(text, "本年收费金额（单位：万元）", forms[i].header);
        char *cap = replace(h, "第二十条第（八）项", forms[i].caption);
        char cell[64];
        snprintf(cell, sizeof cell, "行政事业性收费\t%s", forms[i].cell);
        char *u = replace(cap, "行政事业性收费\t12.5", cell);
        r = read_text(u, strlen(u));
        json_t *doc = report_json(r);
        char *j = json_dumps(json_object_get(doc, "active"), JSON_COMPACT);
        json_decref(doc);
        assert_non_null(strstr(j, "\"fees_wan_yuan\":12.5"));
        assert_int_equal(diag_count(r, "reader-unit", ev, sizeof ev), 1);
        assert_string_equal(ev, forms[i].evidence);
        free(j);
        xxgk_report_free(r);
        free(u);
        free(cap);
        free(h);
    }
    /* in 万元, as the format has it: untouched */
    r = read_text(text, strlen(text));
    assert_int_equal(diag_count(r, "reader-unit", NULL, 0), 0);
    xxgk_report_free(r);
    free(t);
    free(a);
    free(text);
}

static char *convert(const char *text, size_t n, const char *to, size_t *outlen, int bom)
{
    iconv_t cd = iconv_open(to, "UTF-8");
    assert_true(cd != (iconv_t)-1);
    size_t cap = n * 4 + 16;
    char *out = malloc(cap), *o = out;
    size_t oleft = cap;
    if (bom) {
        memcpy(o, "\xff\xfe", 2);
        o += 2;
        oleft -= 2;
    }
    char *in = (char *)text;
    size_t inleft = n;
    assert_true(iconv(cd, &in, &inleft, &o, &oleft) != (size_t)-1);
    iconv_close(cd);
    *outlen = cap - oleft;
    return out;
}

static void test_encodings(void **state)
{
    (void)state;
    size_t n, m;
    char *text = fixture("report-2021-tabs.txt", &n);
    struct {
        const char *to;
        int bom;
        const char *name;
    } cases[] = {{"GB18030", 0, "GB18030"}, {"GBK", 0, "GB18030"}, {"UTF-16LE", 1, "UTF-16LE"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *enc = convert(text, n, cases[i].to, &m, cases[i].bom);
        xxgk_report *r = read_text(enc, m);
        assert_string_equal(xxgk_report_encoding(r), cases[i].name);
        assert_report_figures(r, expected_2021);
        xxgk_report_free(r);
        free(enc);
    }
    /* forcing the encoding works too */
    char *enc = convert(text, n, "GB18030", &m, 0);
    xxgk_report *r = NULL;
    xxgk_read_options o = {.encoding = "GB18030"};
    assert_int_equal(xxgk_report_read(&r, enc, m, &o), 0);
    xxgk_report_free(r);
    free(enc);
    free(text);
}

/* A site's 繁體 version of a report (what OpenCC's s2tw makes of it, as such sites' converters
 * do: characters Big5 has), in UTF-8, in Big5 and in GBK: read as the Simplified original,
 * and said. */
static void test_traditional(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    opencc_t cc = opencc_open("s2tw.json");
    assert_true(cc != (opencc_t)-1);
    char *hant = opencc_convert_utf8(cc, text, n);
    opencc_close(cc);
    assert_non_null(hant);
    assert_non_null(strstr(hant, "測試市交通運輸局2024年政府信息公開工作年度報告"));
    static const struct {
        const char *to, *read; /* saved in `to`, read as `read` */
    } cases[] = {{"UTF-8", "UTF-8"}, {"CP950", "BIG5"}, {"GBK", "GB18030"}};
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        size_t m;
        char *saved = convert(hant, strlen(hant), cases[k].to, &m, 0);
        xxgk_report *r = read_text(saved, m);
        assert_string_equal(xxgk_report_encoding(r), cases[k].read);
        assert_report_figures(r, expected_2021);
        assert_string_equal(xxgk_report_agency(r), "测试市交通运输局");
        assert_string_equal(xxgk_report_line(r, 1),
                            "测试市交通运输局2024年政府信息公开工作年度报告");
        assert_int_equal(diag_count(r, "reader-traditional", NULL, 0), 1);
        assert_int_equal(xxgk_report_section_count(r), 6);
        xxgk_report_free(r);
        /* cut short in a character's middle (a download broken off): read up to it, and said,
         * in Big5 as in the others */
        char *cut = malloc(m + 8);
        assert_non_null(cut);
        memcpy(cut, saved, m);
        size_t cm = m;
        if (strcmp(cases[k].to, "UTF-8") == 0)
            memcpy(cut + cm, "\n\xe6\xb8", 3), cm += 3; /* (測 less its last byte) */
        else
            memcpy(cut + cm, "\n\xb4", 2), cm += 2;
        r = read_text(cut, cm);
        assert_string_equal(xxgk_report_encoding(r), cases[k].read);
        assert_report_figures(r, expected_2021);
        assert_int_equal(diag_count(r, "reader-cut-short", NULL, 0), 1);
        xxgk_report_free(r);
        free(cut);
        free(saved);
    }
    opencc_convert_utf8_free(hant);
    /* the Simplified original says nothing of it, nor does one that links its 繁體 page or
     * quotes a Traditional name once */
    char *quoted = replace(text, "测试市交通运输局2024年", "繁體 國務院 測試市交通运输局2024年");
    xxgk_report *r = read_text(quoted, strlen(quoted));
    assert_report_figures(r, expected_2021);
    assert_int_equal(diag_count(r, "reader-traditional", NULL, 0), 0);
    xxgk_report_free(r);
    free(quoted);
    free(text);
}

/* Regression: text in GBK whose bytes are valid UTF-8 as well (卢伟, 通知: bytes C2-DF A1-BF)
 * was read as UTF-8, ¬ΰ and ֪ͨ, and said to be UTF-8. */
static void test_gb18030_valid_utf8(void **state)
{
    (void)state;
    const char amb[] = "A1,2024-03-01,\xc2\xac\xce\xb0,natural,online,\xcd\xa8\xd6\xaa\n"
                       "A2,2024-03-02,\xc3\xab\xce\xb0,natural,online,\xd1\xa7\xd0\xa3\n";
    xxgk_report *r = read_text(amb, sizeof amb - 1);
    assert_string_equal(xxgk_report_encoding(r), "GB18030");
    assert_string_equal(xxgk_report_line(r, 1), "A1,2024-03-01,卢伟,natural,online,通知");
    assert_string_equal(xxgk_report_line(r, 2), "A2,2024-03-02,毛伟,natural,online,学校");
    xxgk_report_free(r);
    /* accents in UTF-8 words stay as they are */
    const char latin[] = "B1,José,café\nB2,Müller\n";
    r = read_text(latin, sizeof latin - 1);
    assert_string_equal(xxgk_report_encoding(r), "UTF-8");
    assert_string_equal(xxgk_report_line(r, 1), "B1,José,café");
    assert_string_equal(xxgk_report_line(r, 2), "B2,Müller");
    xxgk_report_free(r);
    /* a report in GBK, and the same in UTF-8 with those words in it, read as before */
    size_t n, m;
    char *text = fixture("report-2021-tabs.txt", &n);
    char *gbk = convert(text, n, "GBK", &m, 0);
    r = read_text(gbk, m);
    assert_string_equal(xxgk_report_encoding(r), "GB18030");
    assert_report_figures(r, expected_2021);
    assert_string_equal(xxgk_report_line(r, 1), "测试市交通运输局2024年政府信息公开工作年度报告");
    xxgk_report_free(r);
    free(gbk);
    char *named = malloc(n + 32);
    assert_non_null(named);
    memcpy(named, text, n);
    memcpy(named + n, "\nJosé 卢伟 通知\n", strlen("\nJosé 卢伟 通知\n") + 1);
    r = read_text(named, strlen(named));
    assert_string_equal(xxgk_report_encoding(r), "UTF-8");
    assert_report_figures(r, expected_2021);
    xxgk_report_free(r);
    free(named);
    free(text);
}

static void test_bad_input(void **state)
{
    (void)state;
    xxgk_report *r = NULL;
    xxgk_read_options o = {.name = "x.txt"};
    assert_int_equal(xxgk_report_read(&r, "", 0, &o), XXGK_EEMPTY);
    assert_null(r);
    assert_non_null(strstr(xxgk_error_last(), "x.txt"));
    assert_int_equal(xxgk_report_read(&r, " \n\t\n", 4, &o), XXGK_EEMPTY);
    assert_int_equal(xxgk_report_read(&r, "ab\0\0cd", 6, &o), XXGK_EBINARY);
    char ctl[200];
    memset(ctl, 1, sizeof ctl);
    assert_int_equal(xxgk_report_read(&r, ctl, sizeof ctl, &o), XXGK_EBINARY);
    /* the forms reports come in that are not read here, each told what to do */
    static const struct {
        const char *bytes;
        size_t n;
        const char *says;
    } unread[] = {
        {"\x89PNG\r\n\x1a\n\x00\x00", 10, "an image"},
        {"\xff\xd8\xff\xe0\x00\x10JFIF", 10, "an image"},
        {"\x1f\x8b\x08\x00\x00\x00", 6, "unpack it first"},
    };
    for (size_t k = 0; k < sizeof unread / sizeof unread[0]; k++) {
        assert_int_equal(xxgk_report_read(&r, unread[k].bytes, unread[k].n, &o), XXGK_EBINARY);
        assert_non_null(strstr(xxgk_error_last(), unread[k].says));
        assert_non_null(strstr(xxgk_error_last(), "x.txt"));
    }
    /* a Word 97-2003 file cut short after its signature: damaged, and said so */
    assert_int_equal(xxgk_report_read(&r, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", 10, &o),
                     XXGK_EENCODING);
    assert_non_null(strstr(xxgk_error_last(), "x.txt: the Word 97-2003 (.doc) file is damaged"));
    assert_int_equal(xxgk_report_read(&r, "\xd0\xcf\x11\xe0", 4, &o), XXGK_EENCODING);
    assert_string_equal(xxgk_error_last(), "x.txt: 4 bytes: the start of a Word/Excel 97-2003 "
                                           "(.doc, .xls) file, cut short (damaged or truncated)");
    /* damaged beyond telling which: named by its file */
    xxgk_read_options xo = {.name = "x.XLS"};
    assert_int_equal(xxgk_report_read(&r, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", 10, &xo),
                     XXGK_EENCODING);
    assert_non_null(strstr(xxgk_error_last(), "x.XLS: Excel 97-2003 workbook damaged or cut short"));
    /* an OFD package cut short after its first entry's header: damaged, and said so */
    assert_int_equal(xxgk_report_read(&r,
                                      "PK\x03\x04\x14\x00\x00\x00\x08\x00\x00\x00\x00\x00"
                                      "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x07"
                                      "\x00\x00\x00OFD.xml<ofd:OFD/>",
                                      47, &o),
                     XXGK_EENCODING);
    assert_non_null(strstr(xxgk_error_last(), "x.txt: damaged OFD document"));
    o.max_bytes = 10;
    assert_int_equal(xxgk_report_read(&r, "01234567890123", 14, &o), XXGK_ELIMIT);
    /* text that is no report is read, with format "other" */
    assert_int_equal(xxgk_report_read(&r, "hello\nworld 12 34\n", 18, NULL), 0);
    assert_int_equal(xxgk_report_format(r), XXGK_FORMAT_OTHER);
    assert_null(xxgk_report_spec(r));
    xxgk_report_free(r);
}

/* The reader's messages in Chinese, the default language. */
static void test_messages_zh(void **state)
{
    (void)state;
    xxgk_lang_set(XXGK_LANG_ZH);
    xxgk_report *r = NULL;
    xxgk_read_options o = {.name = "x.txt"};
    assert_int_equal(xxgk_report_read(&r, "", 0, &o), XXGK_EEMPTY);
    assert_string_equal(xxgk_error_last(), "x.txt：文件是空的");
    assert_int_equal(xxgk_report_read(&r, "ab\0\0cd", 6, &o), XXGK_EBINARY);
    assert_string_equal(xxgk_error_last(),
                        "x.txt：二进制数据（偏移 2 处有 NUL 字节），不是文本文件");
    assert_int_equal(xxgk_report_read(&r, "\xd0\xcf\x11\xe0", 4, &o), XXGK_EENCODING);
    assert_string_equal(xxgk_error_last(), "x.txt：只有 4 字节，是 Word/Excel 97-2003 (.doc, .xls) "
                                           "文件的开头，后面缺失（文件损坏或不完整）");
    o.encoding = "NO-SUCH-ENCODING";
    assert_int_equal(xxgk_report_read(&r, "abc", 3, &o), XXGK_EINVAL);
    assert_string_equal(xxgk_error_last(), "x.txt：未知的编码“NO-SUCH-ENCODING”");
    o.encoding = "UTF-8";
    assert_int_equal(xxgk_report_read(&r, "ab\xff", 3, &o), XXGK_EENCODING);
    assert_string_equal(xxgk_error_last(), "x.txt：不是有效的 UTF-8 编码（偏移 2 处）");
    assert_null(r);
    assert_int_equal(xxgk_report_read_file(&r, "no/such/report.txt", NULL), XXGK_EIO);
    assert_string_equal(xxgk_error_last(), "no/such/report.txt：文件或目录不存在");
    xxgk_lang_set(XXGK_LANG_EN);
}

/* A figure glued to its label is not guessed: it is reported and left null, unless the rest of
 * the row's figures follow it, when it can only be the first. */
static void test_glued(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    char ev[256];
    static const struct {
        const char *from, *to, *rule, *evidence;
        const char *key;
        double first; /* -1: null */
    } cases[] = {
        {"行政许可\t120", "行政许可120", "reader-glued-label", "行政许可120 → 120", "licensing", 120},
        {"行政规范性文件\t5\t2", "行政规范性文件5\t2", "reader-glued-label",
         "行政规范性文件5 → 5", "normative", 5},
        {"一、本年新收政府信息公开申请数量\t\t\t20", "一、本年新收政府信息公开申请数量20",
         "reader-glued-label", "一、本年新收政府信息公开申请数量20 → 20", "new", 20},
        /* in tab-separated rows: with the label's empty fields kept, or a sub-row's */
        {"一、本年新收政府信息公开申请数量\t\t\t20", "一、本年新收政府信息公开申请数量20\t\t",
         "reader-glued-label", "一、本年新收政府信息公开申请数量20 → 20", "new", 20},
        {"（七）总计\t\t21\t5", "（七）总计21\t5", "reader-glued-label", "(七)总计21 → 21",
         "total", 21},
        {"（七）总计\t\t21\t5", "（七）总计21\t\t5", "reader-glued-label", "(七)总计21 → 21",
         "total", 21},
        /* one figure short after it: the glued digits may be two figures */
        {"行政规范性文件\t5\t2", "行政规范性文件52", "reader-glued", "行政规范性文件52",
         "normative", -1},
        /* a leading zero is no figure of its own */
        {"行政规范性文件\t5\t2", "行政规范性文件05\t2", "reader-glued", "行政规范性文件05",
         "normative", -1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *t = replace(text, cases[i].from, cases[i].to);
        xxgk_report *r = read_text(t, strlen(t));
        if (diag_count(r, cases[i].rule, ev, sizeof ev) != 1 || strcmp(ev, cases[i].evidence))
            fail_msg("%s: want %s \"%s\", got \"%s\"", cases[i].to, cases[i].rule,
                     cases[i].evidence, ev);
        json_t *j = report_json(r);
        int in_requests = !strcmp(cases[i].key, "new") || !strcmp(cases[i].key, "total");
        json_t *row = json_object_get(json_object_get(j, in_requests ? "requests" : "active"),
                                      cases[i].key);
        json_t *v = json_is_array(row) ? json_array_get(row, 0) : row;
        if (cases[i].first < 0)
            assert_true(json_is_null(v));
        else
            assert_true(json_number_value(v) == cases[i].first);
        /* the rest of the row in its columns: as the fixture has it */
        if (in_requests)
            assert_true(json_number_value(json_array_get(row, 6)) == 29);
        json_decref(j);
        xxgk_report_free(r);
        free(t);
    }
    char *t = replace(text, "行政规范性文件\t5\t2", "行政规范性文件52");
    xxgk_report *r = read_text(t, strlen(t));
    json_t *j;
    /* re-rendered, the figure not read stays unknown ("?"), and the preamble and the prose's
     * full-width punctuation stay as printed */
    char *md = NULL;
    assert_int_equal(xxgk_write_report("md", r, NULL, sink_str, &md), 0);
    assert_non_null(strstr(md, "| 行政规范性文件 | ? | ? | ? |"));
    assert_non_null(strstr(md, "# 测试市交通运输局2024年政府信息公开工作年度报告\n\n本报告根据《中华人民共和国"
                               "政府信息公开条例》编制，统计期限自2024年1月1日至2024年12月31日。\n"));
    /* (the model holds the text folded, as it reads it) */
    assert_string_equal(xxgk_report_preamble(r), "本报告根据《中华人民共和国政府信息公开条例》编制,"
                                                 "统计期限自2024年1月1日至2024年12月31日。");
    xxgk_report *back = read_text(md, strlen(md));
    j = report_json(back);
    assert_true(json_is_null(json_array_get(json_object_get(json_object_get(j, "active"),
                                                            "normative"), 0)));
    json_decref(j);
    assert_string_equal(xxgk_report_preamble(back), xxgk_report_preamble(r));
    xxgk_report_free(back);
    free(md);
    xxgk_report_free(r);
    free(t);
    /* a centred title wrapped before its last characters, as a PDF prints it: still the
     * title, and its end is not the preamble's beginning */
    t = replace(text, "测试市交通运输局2024年政府信息公开工作年度报告\n",
                "  测试市交通运输局 2024 年政府信息公开工作年度\n                 报告\n");
    r = read_text(t, strlen(t));
    assert_string_equal(xxgk_report_title(r), "测试市交通运输局2024年政府信息公开工作年度报告");
    assert_string_equal(xxgk_report_agency(r), "测试市交通运输局");
    assert_int_equal(xxgk_report_year(r), 2024);
    assert_string_equal(xxgk_report_preamble(r), "本报告根据《中华人民共和国政府信息公开条例》编制,"
                                                 "统计期限自2024年1月1日至2024年12月31日。");
    xxgk_report_free(r);
    free(t);
    /* a whole web page saved as text: its menu before the title (政府信息公开 … 政府工作报告
     * names no year, so it is not the title) and its footer after the date, spaced as PDF text
     * spaces it */
    char *a = replace(text, "测试市交通运输局2024年政府信息公开工作年度报告\n",
                      "首页 政府信息公开 领导之窗 政府工作报告 公示公告\n"
                      "测试市交通运输局2024年政府信息公开工作年度报告\n");
    t = replace(a, "\n2025年1月20日\n", "\n2025 年 1 月 20 日\n\n网站标识码：3500000001\n"
                                          "版权所有：测试市人民政府\n主办：测试市人民政府办公室\n");
    r = read_text(t, strlen(t));
    assert_string_equal(xxgk_report_title(r), "测试市交通运输局2024年政府信息公开工作年度报告");
    assert_string_equal(xxgk_report_agency(r), "测试市交通运输局");
    assert_string_equal(xxgk_report_published(r), "2025-01-20");
    xxgk_report_free(r);
    free(t);
    free(a);
    /* a title wrapped within 信息公开 */
    a = replace(text, "测试市交通运输局2024年政府信息公开工作年度报告\n",
                "测试市交通运输局2024年政府信息\n公开工作年度报告\n");
    r = read_text(a, strlen(a));
    assert_string_equal(xxgk_report_title(r), "测试市交通运输局2024年政府信息公开工作年度报告");
    assert_string_equal(xxgk_report_agency(r), "测试市交通运输局");
    xxgk_report_free(r);
    free(a);
    /* ... or wrapped anywhere, within the agency's name or its year too (the line above a
     * piece of it: words and figures only) */
    static const char title[] = "测试市交通运输局2024年政府信息公开工作年度报告";
    for (size_t k = 3; k < sizeof title - 1; k += (unsigned char)title[k] < 0x80 ? 1 : 3) {
        char wrapped[128];
        snprintf(wrapped, sizeof wrapped, "%.*s\n%s\n", (int)k, title, title + k);
        a = replace(text, "测试市交通运输局2024年政府信息公开工作年度报告\n", wrapped);
        r = read_text(a, strlen(a));
        if (!xxgk_report_title(r) || strcmp(xxgk_report_title(r), title) != 0 ||
            !xxgk_report_agency(r) || strcmp(xxgk_report_agency(r), "测试市交通运输局") != 0)
            fail_msg("title wrapped after %zu bytes: '%s', agency '%s'", k,
                     xxgk_report_title(r) ? xxgk_report_title(r) : "(none)",
                     xxgk_report_agency(r) ? xxgk_report_agency(r) : "(none)");
        assert_int_equal(xxgk_report_year(r), 2024);
        xxgk_report_free(r);
        free(a);
    }
    /* after the place's name, with no signature to say so: a place over the body it has;
     * over a title that names it again, the line is left alone; and what stands around a title
     * but is no part of it: an attachment's mark, on the line above or before it, and marks
     * enclosing it (the agency's name alone too) */
    char *nosig = replace(text, "测试市交通运输局\n2025年1月20日", "2025年1月20日");
    static const struct {
        const char *lines, *title, *agency;
    } titles[] = {
        {"测试市\n交通运输局2024年政府信息公开工作年度报告\n", title, "测试市交通运输局"},
        {"测试市\n测试市交通运输局2024年政府信息公开工作年度报告\n", title, "测试市交通运输局"},
        {"某省测试县\n交通运输局2024年政府信息公开工作年度报告\n",
         "某省测试县交通运输局2024年政府信息公开工作年度报告", "某省测试县交通运输局"},
        {"附件\n测试市交通运输局2024年政府信息公开工作年度报告\n", title, "测试市交通运输局"},
        {"附件1：测试市交通运输局2024年政府信息公开工作年度报告\n", title, "测试市交通运输局"},
        {"附件 3 测试市交通运输局2024年政府信息公开工作年度报告\n", title, "测试市交通运输局"},
        {"《测试市交通运输局2024年政府信息公开工作年度报告》\n", title, "测试市交通运输局"},
        {"“测试市交通运输局2024年政府信息公开工作年度报告”\n", title, "测试市交通运输局"},
        {"【测试市交通运输局】2024年政府信息公开工作年度报告\n",
         "【测试市交通运输局】2024年政府信息公开工作年度报告", "测试市交通运输局"},
        /* a space inside the agency's name or around the year, PDF text's: not the
         * title's; one between Latin words is */
        {"测试市 交通运输局2024年政府信息公开工作年度报告\n", title, "测试市交通运输局"},
        {"测试市交通运输局 2024  年政府信息公开工作年度报告\n", title, "测试市交通运输局"},
        {"测试市CBD Park管委会2024年政府信息公开工作年度报告\n",
         "测试市CBD Park管委会2024年政府信息公开工作年度报告", "测试市CBD Park管委会"},
        /* its year in Chinese numerals, the zero as 〇 or ○ */
        {"测试市交通运输局二〇二四年政府信息公开工作年度报告\n",
         "测试市交通运输局二〇二四年政府信息公开工作年度报告", "测试市交通运输局"},
        {"测试市交通运输局二○二四 年政府信息公开工作年度报告\n",
         "测试市交通运输局二○二四年政府信息公开工作年度报告", "测试市交通运输局"},
    };
    for (size_t i = 0; i < sizeof titles / sizeof titles[0]; i++) {
        a = replace(nosig, "测试市交通运输局2024年政府信息公开工作年度报告\n", titles[i].lines);
        r = read_text(a, strlen(a));
        assert_string_equal(xxgk_report_title(r), titles[i].title);
        assert_string_equal(xxgk_report_agency(r), titles[i].agency);
        assert_int_equal(xxgk_report_year(r), 2024);
        xxgk_report_free(r);
        free(a);
    }
    free(nosig);
    free(text);
}

/* A cell's column is where its figure begins, past the spaces (of any width) before it. */
static void test_cell_column(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    char *t = replace(text, "申请数量\t\t\t20\t", "申请数量\t\t\t\xc2\xa0 20\t");
    xxgk_report *r = read_text(t, strlen(t));
    json_t *j = report_json(r);
    json_t *cells = json_object_get(json_object_get(j, "provenance"), "cells");
    int found = 0;
    for (size_t i = 0; i < json_array_size(cells); i++) {
        json_t *c = json_array_get(cells, i);
        if (strcmp(json_string_value(json_object_get(c, "path")), "requests.new[0]") != 0)
            continue;
        /* (16 characters of label, three tabs, a no-break space and a space: the 22nd) */
        assert_int_equal(json_integer_value(json_object_get(c, "column")), 22);
        found = 1;
    }
    assert_true(found);
    json_decref(j);
    xxgk_report_free(r);
    free(t);
    free(text);
}

static void test_cells_observed(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    char ev[512];
    /* an extra value cell after the row's own, which add up */
    char *t = replace(text, "\t（七）总计\t\t21\t5\t1\t0\t1\t1\t29",
                      "\t（七）总计\t\t21\t5\t1\t0\t1\t1\t29\t7");
    xxgk_report *r = read_text(t, strlen(t));
    assert_int_equal(diag_count(r, "struct-extra-cells", ev, sizeof ev), 1);
    assert_non_null(strstr(ev, "应有 7 个数值单元格，实有 8 个"));
    assert_true(cell_value(r, "total", 6) == 29);
    xxgk_report_free(r);
    free(t);
    /* ... before them: dropping the first 0 or the fourth figure both add up, and the first
     * seven do not, so which is the extra cell is not told */
    t = replace(text, "\t（七）总计\t\t21\t5", "\t（七）总计\t\t0\t21\t5");
    r = read_text(t, strlen(t));
    assert_int_equal(diag_count(r, "struct-extra-cells", ev, sizeof ev), 0);
    assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
    assert_string_equal(ev, "（七）总计：应有 7 个数值单元格，实有 8 个，按前 7 个读，各列之和"
                            "不等于总计；多出的是哪一格无法判断，未采用：0 21 5 1 0 1 1 29");
    assert_true(cell_value(r, "total", 0) == -1);
    assert_true(cell_value(r, "total", 6) == -1);
    xxgk_report_free(r);
    free(t);
    /* ... but never a negative one, though the row adds up without it: the error is the row's */
    t = replace(text, "四、结转下年度继续办理\t\t\t2\t1", "四、结转下年度继续办理\t\t\t-1\t2\t1");
    r = read_text(t, strlen(t));
    xxgk_findings *f = check_report(r);
    assert_int_equal(count_rule(f, "arith-negative", NULL, 0), 1);
    xxgk_findings_free(f);
    xxgk_report_free(r);
    free(t);
    /* a blank and a "/" are read as 0, and reported */
    t = replace(text, "行政处罚\t35", "行政处罚\t/");
    char *u = replace(t, "\t2.重复申请\t1\t0", "\t2.重复申请\t1\t");
    r = read_text(u, strlen(u));
    assert_int_equal(diag_count(r, "struct-blank-cells", ev, sizeof ev), 2);
    const xxgk_row_spec *pen = &xxgk_report_spec(r)->tables[XXGK_TABLE_ACTIVE].rows[3];
    const xxgk_cell *c = xxgk_report_cell(r, (size_t)pen->first_cell);
    assert_int_equal(c->kind, XXGK_CELL_SLASH);
    assert_true(c->value == 0);
    xxgk_report_free(r);
    free(u);
    free(t);
    /* absurd numbers are not figures */
    t = replace(text, "行政强制\t4", "行政强制\t99999999999999999999");
    r = read_text(t, strlen(t));
    assert_int_equal(diag_count(r, "reader-number-range", NULL, 0), 1);
    xxgk_report_free(r);
    free(t);
    free(text);
}

/* Thousands apart by spaces in a cell of its own are one figure; in a row short of cells they
 * may be two figures that lost their tab, and are left null; text opening with a figure is an
 * unreadable figure, never a label. */
static void test_spaced_thousands(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    char ev[512];
    char *t = replace(text, "行政许可\t120", "行政许可\t9 487");
    char *u = replace(t, "数量\t\t\t20\t5\t1\t0\t2\t1\t29", "数量\t\t\t1 020\t5\t1\t0\t2\t1\t1 029");
    xxgk_report *r = read_text(u, strlen(u));
    json_t *j = report_json(r);
    assert_int_equal(json_integer_value(json_object_get(json_object_get(j, "active"), "licensing")),
                     9487);
    json_t *row = json_object_get(json_object_get(j, "requests"), "new");
    assert_int_equal(json_integer_value(json_array_get(row, 0)), 1020);
    assert_int_equal(json_integer_value(json_array_get(row, 6)), 1029);
    assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
    assert_int_equal(diag_count(r, "arith-row-total", NULL, 0), 0);
    const xxgk_row_spec *lic = &xxgk_report_spec(r)->tables[XXGK_TABLE_ACTIVE].rows[2];
    assert_int_equal(xxgk_report_cell(r, (size_t)lic->first_cell)->kind, XXGK_CELL_NUMBER);
    json_decref(j);
    xxgk_report_free(r);
    free(u);
    free(t);
    /* "2 001" where a row lacks a cell: 2 and 1 in two cells, or 2001 in one */
    t = replace(text, "数量\t\t\t20\t5\t1\t0\t2\t1\t29", "数量\t\t\t20\t5\t1\t0\t2 001\t29");
    r = read_text(t, strlen(t));
    assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
    assert_non_null(strstr(ev, "20 5 1 0 2 001 29"));
    j = report_json(r);
    row = json_object_get(json_object_get(j, "requests"), "new");
    for (size_t k = 0; k < 7; k++)
        assert_true(json_is_null(json_array_get(row, k)));
    json_decref(j);
    xxgk_report_free(r);
    free(t);
    /* in space-aligned text, three digits opening with 0 are the thousands of the figure before */
    char *pdf = fixture("report-2021-pdf.txt", NULL);
    t = replace(pdf, "数量        20    5    1    0    2    1    29",
                "数量        20    5    1    0    2    1 000    1 029");
    r = read_text(t, strlen(t));
    j = report_json(r);
    row = json_object_get(json_object_get(j, "requests"), "new");
    assert_int_equal(json_integer_value(json_array_get(row, 5)), 1000);
    assert_int_equal(json_integer_value(json_array_get(row, 6)), 1029);
    assert_int_equal(diag_count(r, "struct-extra-cells", NULL, 0), 0);
    json_decref(j);
    xxgk_report_free(r);
    free(t);
    free(pdf);
    /* a figure followed by words is a figure that cannot be read, not the row's label */
    t = replace(text, "行政处罚\t35", "行政处罚\t1234 567");
    r = read_text(t, strlen(t));
    assert_int_equal(diag_count(r, "reader-unreadable", ev, sizeof ev), 1);
    assert_non_null(strstr(ev, "1234 567"));
    assert_int_equal(diag_count(r, "struct-blank-cells", NULL, 0), 0);
    j = report_json(r);
    assert_true(json_is_null(json_object_get(json_object_get(j, "active"), "penalty")));
    json_decref(j);
    xxgk_report_free(r);
    free(t);
    free(text);
}

/* Figures in markup left in copied text (Markdown emphasis, HTML tags) are the figures; a unit
 * in brackets is a unit; a fee the cell gives in 元 is converted to the column's 万元. */
static void test_cell_markup_and_units(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    char ev[512];
    char *t1 = replace(text, "行政许可\t120", "行政许可\t**120**");
    char *t2 = replace(t1, "行政强制\t4", "行政强制\t<span class=\"x\">4</span>");
    char *t3 = replace(t2, "数量\t\t\t20\t5", "数量\t\t\t<b>20</b>\t5");
    char *t4 = replace(t3, "行政事业性收费\t12.5", "行政事业性收费\t125000（元）");
    char *t5 = replace(t4, "行政处罚\t35", "行政处罚\t35（件）");
    xxgk_report *r = read_text(t5, strlen(t5));
    json_t *j = report_json(r);
    assert_figures(j, expected_2021);
    assert_int_equal(diag_count(r, "reader-unit", ev, sizeof ev), 1);
    assert_string_equal(ev, "行政事业性收费：125000(元) = 12.5万元（单元格注明单位为元）");
    assert_int_equal(diag_count(r, "struct-blank-cells", NULL, 0), 0);
    assert_int_equal(diag_count(r, "struct-missing-cells", NULL, 0), 0);
    const xxgk_row_spec *lic = &xxgk_report_spec(r)->tables[XXGK_TABLE_ACTIVE].rows[2];
    const xxgk_cell *c = xxgk_report_cell(r, (size_t)lic->first_cell);
    assert_int_equal(c->kind, XXGK_CELL_NUMBER_TEXT);
    assert_string_equal(c->raw, "**120**");
    json_decref(j);
    xxgk_report_free(r);
    /* a unit no cell of its column has: a percentage, money where a count stands */
    char *t6 = replace(text, "数量\t\t\t20\t5", "数量\t\t\t20%\t5元");
    char *t7 = replace(t6, "行政事业性收费\t12.5", "行政事业性收费\t12.5%");
    r = read_text(t7, strlen(t7));
    j = report_json(r);
    char *got = json_dumps(json_object_get(json_object_get(j, "requests"), "new"), 0);
    assert_string_equal(got, "[null, null, 1, 0, 2, 1, 29]");
    free(got);
    assert_true(json_is_null(json_object_get(json_object_get(j, "active"), "fees_wan_yuan")));
    assert_int_equal(diag_count(r, "reader-unreadable", ev, sizeof ev), 3);
    assert_string_equal(ev, "行政事业性收费·本年收费金额（单位：万元）：“12.5%”");
    json_decref(j);
    xxgk_report_free(r);
    free(t7);
    free(t6);
    free(t5);
    free(t4);
    free(t3);
    free(t2);
    free(t1);
    free(text);
}

/* A web page's furniture after the signature (when it was updated, who edited it, a link to
 * another report or a news item with its date) is not the report's date; a sentence naming
 * 自然人 before table 三 is not its header (the balance note in its place). */
static void test_after_signature(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    static const char *const after[] = {
        "更新时间：2025-06-01", "（责任编辑：张三）2025-06-01",
        "测试市交通运输局2023年政府信息公开工作年度报告  2024-01-25",
        "市交通运输局召开2025年工作会议 2025-02-15"};
    for (size_t i = 0; i < sizeof after / sizeof after[0]; i++) {
        char with[128];
        snprintf(with, sizeof with, "2025年1月20日\n\n%s\n", after[i]);
        char *t = replace(text, "2025年1月20日\n", with);
        xxgk_report *r = read_text(t, strlen(t));
        json_t *j = report_json(r);
        assert_string_equal(json_string_value(json_object_get(j, "published")), "2025-01-20");
        json_decref(j);
        xxgk_report_free(r);
        free(t);
    }
    char *t = replace(text, "\n（本列数据的勾稽关系", "\n自然人申请20件，占69%。\n（本列数据的勾稽关系");
    xxgk_report *r = read_text(t, strlen(t));
    assert_int_equal(diag_count(r, "format-note-position", NULL, 0), 0);
    xxgk_report_free(r);
    free(t);
    free(text);
}

/* A section's standard title with its text on the same line: the section, its text kept; a
 * heading in tags a crawler left. */
static void test_heading_with_text(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    static const char *const lines[] = {"六、其他需要报告的事项：本年度未收取信息处理费。",
                                        "六、其他需要报告的事项本年度未收取信息处理费。",
                                        "**六、其他需要报告的事项** 本年度未收取信息处理费。",
                                        ("<b>六、其他需要报告的事项</b>\n"
                                         "本年度未收取信息处理费。")};
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        char *t = replace(text, "六、其他需要报告的事项\n\n本年度未收取信息处理费。", lines[i]);
        xxgk_report *r = read_text(t, strlen(t));
        assert_int_equal(xxgk_report_section_count(r), 6);
        const xxgk_section *six = xxgk_report_section(r, 5);
        assert_int_equal(six->standard, 6);
        assert_string_equal(six->text, "本年度未收取信息处理费。");
        xxgk_report_free(r);
        free(t);
    }
    free(text);
}

/* Sections headed 第一部分 … 第六部分, or （一）…（六）, their items numbered 一、二、: those are
 * no sections. */
static void test_part_headings(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    static const char *const heads[][3] = {
        {"\n一、总体情况\n", "\n第一部分 总体情况\n一、主动公开情况\n二、依申请公开情况\n",
         "\n（一）总体情况\n一、主动公开\n二、依申请公开\n三、政府信息管理\n"},
        {"\n二、主动公开政府信息情况\n", "\n第二部分 主动公开政府信息情况\n",
         "\n（二）主动公开政府信息情况\n"},
        {"\n三、收到和处理政府信息公开申请情况\n", "\n第三部分 收到和处理政府信息公开申请情况\n",
         "\n(三)收到和处理政府信息公开申请情况\n"},
        {"\n四、政府信息公开行政复议、行政诉讼情况\n",
         "\n第四部分 政府信息公开行政复议、行政诉讼情况\n",
         "\n（四）政府信息公开行政复议、行政诉讼情况\n"},
        {"\n五、存在的主要问题及改进情况\n", "\n第五部分 存在的主要问题及改进情况\n一、存在的问题\n",
         "\n（五）存在的主要问题及改进情况\n一、存在的问题\n二、改进措施\n"},
        {"\n六、其他需要报告的事项\n", "\n第六部分 其他需要报告的事项\n",
         "\n（六）其他需要报告的事项\n"}};
    for (size_t layout = 1; layout <= 2; layout++) {
        char *t = strdup(text);
        for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
            char *next = replace(t, heads[i][0], heads[i][layout]);
            free(t);
            t = next;
        }
        xxgk_report *r = read_text(t, strlen(t));
        assert_int_equal(xxgk_report_section_count(r), 6);
        for (size_t k = 0; k < 6; k++) {
            assert_int_equal(xxgk_report_section(r, k)->standard, (int)k + 1);
            assert_int_equal(xxgk_report_section(r, k)->number, (int)k + 1);
        }
        json_t *j = report_json(r);
        assert_figures(j, expected_2021);
        json_decref(j);
        xxgk_report_free(r);
        free(t);
    }
    free(text);
}

/* A table of contents after the title: its entries are no sections. */
static void test_table_of_contents(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    static const char *const tocs[] = {
        "目录\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
        "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n",
        "目  录\n一、总体情况……1\n\n二、主动公开政府信息情况……2\n三、收到和处理政府信息公开申请情况……"
        "……………………3\n四、政府信息公开行政复议、行政诉讼情况……4\n五、存在的主要问题及改进情况……5\n"
        "六、其他需要报告的事项……6\n"};
    for (size_t i = 0; i < sizeof tocs / sizeof tocs[0]; i++) {
        char with[1024];
        snprintf(with, sizeof with, "%s\n一、总体情况\n", tocs[i]);
        char *t = replace(text, "一、总体情况\n", with);
        xxgk_report *r = read_text(t, strlen(t));
        assert_int_equal(xxgk_report_section_count(r), 6);
        for (size_t k = 0; k < 6; k++)
            assert_int_equal(xxgk_report_section(r, k)->standard, (int)k + 1);
        assert_true(strlen(xxgk_report_section(r, 5)->text) > 0);
        xxgk_report_free(r);
        free(t);
    }
    free(text);
}

/* A title spaced inside its words, as PDF text spaces it: the title, its agency and year. */
static void test_spaced_title(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    static const char *const titles[] = {"测试市交通运输局2024年政府信息 公开工作年度报告",
                                         ("测 试 市 交 通 运 输 局 2024 年 "
                                          "政 府 信 息 公 开 工 作 年 度 报 告")};
    for (size_t i = 0; i < sizeof titles / sizeof titles[0]; i++) {
        char *t = replace(text, "测试市交通运输局2024年政府信息公开工作年度报告", titles[i]);
        xxgk_report *r = read_text(t, strlen(t));
        json_t *j = report_json(r);
        assert_string_equal(json_string_value(json_object_get(j, "agency")), "测试市交通运输局");
        assert_int_equal(json_integer_value(json_object_get(j, "year")), 2024);
        json_decref(j);
        xxgk_report_free(r);
        free(t);
    }
    free(text);
}

/* A title without the year: the year of the period the text says it covers, or else the year
 * before the date, said so. */
static void test_year_untitled(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    char *untitled = replace(text, "运输局2024年政府", "运输局政府");
    /* (a late report: the period's year, not the date's) */
    char *late = replace(untitled, "2025年1月20日", "2026年3月20日");
    xxgk_report *r = read_text(late, strlen(late));
    assert_int_equal(xxgk_report_year(r), 2024);
    assert_int_equal(diag_count(r, "date-year-dated", NULL, 0), 0);
    xxgk_report_free(r);
    char *unsaid = replace(untitled, "统计期限自2024年1月1日至2024年12月31日", "统计期限为一年");
    r = read_text(unsaid, strlen(unsaid));
    assert_int_equal(xxgk_report_year(r), 2024);
    char ev[256];
    assert_int_equal(diag_count(r, "date-year-dated", ev, sizeof ev), 1);
    assert_string_equal(ev, "标题和正文没有写明报告年度，按落款日期 2025-01-20 作2024年");
    xxgk_report_free(r);
    free(unsaid);
    free(late);
    free(untitled);
    free(text);
}

/* A figure's digits spread across its cell (分散对齐): not read as the first of them. */
static void test_pdf_spread_digits(void **state)
{
    (void)state;
    char *text = fixture("report-2021-pdf.txt", NULL);
    char *t = replace(text, "     行政许可        120", "     行政许可        1   2   0");
    xxgk_report *r = read_text(t, strlen(t));
    json_t *j = report_json(r);
    assert_true(json_is_null(json_object_get(json_object_get(j, "active"), "licensing")));
    char ev[512];
    assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
    assert_string_equal(ev, "行政许可：1 个数值单元格，却有 3 个等距排列的一位数，像是一个数字的"
                            "各位分散排列，无法判断：1 2 0");
    json_decref(j);
    xxgk_report_free(r);
    free(t);
    /* ... nor, one space apart, in a row of more figures than cells: each its own figure */
    char *t1 = replace(text, "     行政许可        120", "     行政许可        1 2 0");
    char *t2 = replace(t1, "数量        20    5    1    0    2    1    29",
                       "数量        2 0    5    1    0    2    1    29");
    r = read_text(t2, strlen(t2));
    j = report_json(r);
    assert_true(json_is_null(json_object_get(json_object_get(j, "active"), "licensing")));
    json_t *row = json_object_get(json_object_get(j, "requests"), "new");
    for (size_t k = 0; k < 7; k++)
        assert_true(json_is_null(json_array_get(row, k)));
    assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 2);
    assert_string_equal(ev, "行政许可：数字多于本行的格数，其中有的只隔一个空格，可能是一个数字的"
                            "各位分开排列（1 2 0），无法确定各数字：1 2 0");
    assert_int_equal(diag_count(r, "struct-extra-cells", NULL, 0), 0);
    json_decref(j);
    xxgk_report_free(r);
    free(t2);
    free(t1);
    free(text);
}

static void test_pdf_words_among_figures(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2021-pdf.txt", &n);
    char ev[512];
    char *t1 = replace(text, "规章        1    0    3", "规章        1 件    0 件    3 件");
    char *t2 = replace(t1, "数量        20    5    1    0    2    1    29",
                       "数量        20    5    无    无    2    1    29");
    xxgk_report *r = read_text(t2, strlen(t2));
    json_t *j = report_json(r);
    json_t *regs = json_object_get(json_object_get(j, "active"), "regs");
    assert_int_equal(json_integer_value(json_array_get(regs, 0)), 1);
    assert_int_equal(json_integer_value(json_array_get(regs, 1)), 0);
    assert_int_equal(json_integer_value(json_array_get(regs, 2)), 3);
    json_t *row = json_object_get(json_object_get(j, "requests"), "new");
    const long want[] = {20, 5, -1, -1, 2, 1, 29};
    for (size_t k = 0; k < 7; k++)
        if (want[k] < 0)
            assert_true(json_is_null(json_array_get(row, k)));
        else
            assert_int_equal(json_integer_value(json_array_get(row, k)), want[k]);
    assert_int_equal(diag_count(r, "reader-unreadable", ev, sizeof ev), 2);
    assert_string_equal(ev, "一、本年新收政府信息公开申请数量·科研机构：“无”"); /* the first */
    assert_int_equal(diag_count(r, "struct-extra-cells", NULL, 0), 0);
    assert_int_equal(diag_count(r, "struct-missing-cells", NULL, 0), 0);
    json_decref(j);
    xxgk_report_free(r);
    free(t2);
    free(t1);
    free(text);
}

/* Section 四's row with words in place of figures keeps the figures it has; a row of empty
 * cells is a row of 0s, never a missing table. */
static void test_review_row_words(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    char ev[512];
    char *t = replace(text, "\n2\t1\t0\t1\t4\t1\t0\t0\t0\t1\t0\t1\t1\t0\t2\n",
                      "\n2件次\t1\t无\t1\t4\t1\t0\t0\t0\t1\t0\t1\t1\t0\t2\n");
    xxgk_report *r = read_text(t, strlen(t));
    json_t *j = report_json(r);
    json_t *rec = json_object_get(json_object_get(j, "review"), "reconsideration");
    assert_true(json_is_null(json_array_get(rec, 0)));
    assert_int_equal(json_integer_value(json_array_get(rec, 1)), 1);
    assert_true(json_is_null(json_array_get(rec, 2)));
    assert_int_equal(json_integer_value(json_array_get(rec, 4)), 4);
    assert_int_equal(diag_count(r, "reader-unreadable", ev, sizeof ev), 2);
    assert_string_equal(ev, "行政复议·结果维持：“2件次”");
    assert_int_equal(diag_count(r, "struct-table-missing", NULL, 0), 0);
    json_decref(j);
    xxgk_report_free(r);
    free(t);
    /* a page's number alone on a line above the row, and a label before its figures: the
     * row's fifteen figures are the table's, in their columns */
    static const char *const before[] = {"\n3\n\n2\t1\t0", "\n数量\t2\t1\t0"};
    for (size_t i = 0; i < 2; i++) {
        t = replace(text, "\n2\t1\t0\t1\t4\t1\t0\t0\t0\t1\t0\t1\t1\t0\t2\n",
                    i ? "\n数量\t2\t1\t0\t1\t4\t1\t0\t0\t0\t1\t0\t1\t1\t0\t2\n"
                      : "\n3\n\n2\t1\t0\t1\t4\t1\t0\t0\t0\t1\t0\t1\t1\t0\t2\n");
        assert_non_null(strstr(t, before[i]));
        r = read_text(t, strlen(t));
        j = report_json(r);
        json_t *want = json_pack("{s:[iiiii],s:[iiiii],s:[iiiii]}", "reconsideration", 2, 1, 0,
                                 1, 4, "litigation_direct", 1, 0, 0, 0, 1,
                                 "litigation_after_review", 0, 1, 1, 0, 2);
        assert_true(json_equal(json_object_get(j, "review"), want));
        assert_int_equal(diag_count(r, "struct-extra-cells", NULL, 0), 0);
        json_decref(want);
        json_decref(j);
        xxgk_report_free(r);
        free(t);
    }
    free(text);
    /* a web page whose row of 四 has every cell left empty */
    r = read_text(text = fixture("report-2021-tabs.txt", &n), n);
    char *html = NULL;
    assert_int_equal(xxgk_write_report("html", r, NULL, sink_str, &html), 0);
    xxgk_report_free(r);
    t = replace(html, "<tr><td>2</td><td>1</td><td>0</td><td>1</td><td>4</td><td>1</td><td>0</td>"
                      "<td>0</td><td>0</td><td>1</td><td>0</td><td>1</td><td>1</td><td>0</td>"
                      "<td>2</td></tr>",
                "<tr><td></td><td></td><td></td><td></td><td></td><td></td><td></td><td></td>"
                "<td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>");
    r = read_text(t, strlen(t));
    j = report_json(r);
    json_t *zeros = json_pack("{s:[iiiii],s:[iiiii],s:[iiiii]}", "reconsideration", 0, 0, 0, 0,
                              0, "litigation_direct", 0, 0, 0, 0, 0, "litigation_after_review",
                              0, 0, 0, 0, 0);
    assert_true(json_equal(json_object_get(j, "review"), zeros));
    assert_int_equal(diag_count(r, "struct-table-missing", NULL, 0), 0);
    assert_int_equal(diag_count(r, "struct-blank-cells", NULL, 0), 1);
    json_decref(zeros);
    json_decref(j);
    xxgk_report_free(r);
    free(t);
    free(html);
    free(text);
    /* figures broken up by words (a page's running header): kept when every 总计 adds up */
    text = fixture("report-2021-pdf.txt", &n);
    t = replace(text, "2   1   0   1   4   1   0   0   0   1   0   1   1   0   2",
                "2   1   0\n（续表）\n1   4   1   0   0   0   1   0   1   1   0   2");
    r = read_text(t, strlen(t));
    assert_report_figures(r, expected_2021);
    xxgk_report_free(r);
    free(t);
    /* ... and when they do not (PDF text without its layout, mixing cells): not placed */
    t = replace(text, "2   1   0   1   4   1   0   0   0   1   0   1   1   0   2",
                "2   1   0\n结果维持   结果纠正\n4   1   1   0   0   0   1   0   1   1   0   2");
    r = read_text(t, strlen(t));
    assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
    assert_non_null(strstr(ev, "第四部分的数字被文字隔开"));
    assert_int_equal(diag_count(r, "struct-table-missing", NULL, 0), 0);
    j = report_json(r);
    rec = json_object_get(json_object_get(j, "review"), "reconsideration");
    assert_true(json_is_null(json_array_get(rec, 0)));
    json_decref(j);
    xxgk_report_free(r);
    free(t);
    free(text);
}

/* Rows after a table's last row are still read when they were not before: section 二's items
 * in another order, （七）总计 printed after 四. */
static void test_rows_out_of_order(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    const char *fee = "第二十条第（八）项\t\t\t\n信息内容\t本年收费金额（单位：万元）\t\t\n"
                      "行政事业性收费\t12.5\t\t\n";
    char *t1 = replace(text, fee, "");
    char *t2 = replace(t1, "第二十条第（五）项", "");
    assert_non_null(strstr(text, fee));
    free(t2);
    /* （八） moved before （五） */
    char moved[256];
    snprintf(moved, sizeof moved, "%s第二十条第（五）项", fee);
    t2 = replace(t1, "第二十条第（五）项", moved);
    xxgk_report *r = read_text(t2, strlen(t2));
    json_t *j = report_json(r);
    assert_figures(j, expected_2021);
    assert_int_equal(diag_count(r, "struct-row-missing", NULL, 0), 0);
    json_decref(j);
    xxgk_report_free(r);
    free(t2);
    free(t1);
    /* （七）总计 after 四、结转下年度继续办理 */
    const char *total = "\t（七）总计\t\t21\t5\t1\t0\t1\t1\t29\n";
    assert_non_null(strstr(text, total));
    t1 = replace(text, total, "");
    const char *out = "四、结转下年度继续办理\t\t\t2\t1\t0\t0\t1\t0\t4\n";
    assert_non_null(strstr(t1, out));
    char swapped[256];
    snprintf(swapped, sizeof swapped, "%s%s", out, total);
    t2 = replace(t1, out, swapped);
    r = read_text(t2, strlen(t2));
    j = report_json(r);
    assert_figures(j, expected_2021);
    assert_int_equal(diag_count(r, "struct-row-missing", NULL, 0), 0);
    json_decref(j);
    xxgk_report_free(r);
    free(t2);
    free(t1);
    free(text);
}

/* Headings 二 and 三 swapped over their sections (each title over the other's table): both
 * tables are still read, in every layout, and only the order of the headings is told. */
static void test_swapped_headings(void **state)
{
    (void)state;
    static const char *const names[] = {"report-2021-tabs.txt", "report-2021-cells.txt",
                                        "report-2021-pdf.txt"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        char *text = fixture(names[i], NULL);
        char *t1 = replace(text, "二、主动公开政府信息情况", "@@");
        char *t2 = replace(t1, "三、收到和处理政府信息公开申请情况", "二、主动公开政府信息情况");
        char *t3 = replace(t2, "@@", "三、收到和处理政府信息公开申请情况");
        xxgk_report *r = read_text(t3, strlen(t3));
        assert_report_figures(r, expected_2021);
        xxgk_findings *f = check_report(r);
        assert_int_equal(xxgk_findings_count(f), 1);
        assert_string_equal(xxgk_findings_get(f, 0)->rule->id, "struct-section-order");
        xxgk_findings_free(f);
        xxgk_report_free(r);
        free(t3);
        free(t2);
        free(t1);
        free(text);
    }
}

/* A sentence above section 四's table that names its blocks is text, not a header printed out
 * of order. */
static void test_review_after_sentence(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    static const char *const said[] = {"行政诉讼3件，均为直接起诉。",
                                       "复议后起诉2件，直接起诉1件。"};
    for (size_t i = 0; i < sizeof said / sizeof said[0]; i++) {
        char head[256];
        snprintf(head, sizeof head, "四、政府信息公开行政复议、行政诉讼情况\n%s\n", said[i]);
        char *t = replace(text, "四、政府信息公开行政复议、行政诉讼情况\n", head);
        xxgk_report *r = read_text(t, strlen(t));
        assert_report_figures(r, expected_2021);
        assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
        xxgk_report_free(r);
        free(t);
    }
    free(text);
}

/* The tabs fixture with section 四's table (its header and figures) printed as `table`. */
static char *review_printed(const char *tabs, const char *table)
{
    const char *from = strstr(tabs, "\n行政复议\t"), *to = strstr(tabs, "\n五、");
    assert_non_null(from);
    assert_non_null(to);
    size_t a = (size_t)(from - tabs) + 1, b = strlen(table), c = strlen(to);
    char *t = malloc(a + b + c + 1);
    assert_non_null(t);
    memcpy(t, tabs, a);
    memcpy(t + a, table, b);
    memcpy(t + a + b, to, c + 1);
    return t;
}

/* Section 四 printed with each figure beside its labels is read by them and said; where its
 * labels do not place every figure, or no block whole, it is not. */
static void test_review_labels(void **state)
{
    (void)state;
    char *tabs = fixture("report-2021-tabs.txt", NULL);
    char ev[512];
    static const char *const same[] = {
        /* the table turned round */
        "项目\t行政复议\t未经复议直接起诉\t复议后起诉\n结果维持\t2\t1\t0\n结果纠正\t1\t0\t1\n"
        "其他结果\t0\t0\t1\n尚未审结\t1\t0\t0\n总计\t4\t1\t2\n",
        /* each block's columns over its figures (the label's merged cell blank) */
        "行政复议\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n\t2\t1\t0\t1\t4\n"
        "行政诉讼（未经复议直接起诉）\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
        "\t1\t0\t0\t0\t1\n"
        "行政诉讼（复议后起诉）\t维持\t纠正\t其他\t未审结\t合计\n\t0\t1\t1\t0\t2\n",
        /* a label and its figure a line under each block's name; 行政诉讼 heading two */
        "行政复议\n结果维持\t2\n结果纠正\t1\n其他结果\t0\n尚未审结\t1\n总计\t4\n行政诉讼\n"
        "未经复议直接起诉\n结果维持\t1\n结果纠正\t0\n其他结果\t0\n尚未审结\t0\n总计\t1\n"
        "复议后起诉\n结果维持\t0\n结果纠正\t1\n其他结果\t1\n尚未审结\t0\n总计\t2\n",
        /* ... a label and its figure each on a line of its own */
        "行政复议\n结果维持\n2\n结果纠正\n1\n其他结果\n0\n尚未审结\n1\n总计\n4\n"
        "行政诉讼（未经复议直接起诉）\n结果维持\n1\n结果纠正\n0\n其他结果\n0\n尚未审结\n0\n总计\n1\n"
        "行政诉讼（复议后起诉）\n结果维持\n0\n结果纠正\n1\n其他结果\n1\n尚未审结\n0\n总计\n2\n",
        /* sentences */
        "行政复议：结果维持2件，结果纠正1件，其他结果0件，尚未审结1件，总计4件。\n"
        "行政诉讼（未经复议直接起诉）：结果维持1件，结果纠正0件，其他结果0件，尚未审结0件，"
        "总计1件。\n行政诉讼（复议后起诉）：结果维持0件，结果纠正1件，其他结果1件，"
        "尚未审结0件，总计2件。\n",
        /* the blocks down under a corner's words, the columns across in another order than
         * the format's, their labels wrapped onto two lines */
        "类别\t结果\t结果\t其他\t尚未\t总计\n\t纠正\t维持\t结果\t审结\t\n"
        "行政复议\t1\t2\t0\t1\t4\n行政诉讼（未经复议直接起诉）\t0\t1\t0\t0\t1\n"
        "行政诉讼（复议后起诉）\t1\t0\t1\t0\t2\n",
        /* each block's labels a space apart over its figures, the blocks in another order, a
         * page's number after them */
        "行政复议\n结果纠正 结果维持 其他结果 尚未审结 总计\n1\t2\t0\t1\t4\n"
        "行政诉讼（复议后起诉）\n结果维持 结果纠正 其他结果 尚未审结 总计\n0\t1\t1\t0\t2\n"
        "行政诉讼（未经复议直接起诉）\n结果维持 结果纠正 其他结果 尚未审结 总计\n"
        "1\t0\t0\t0\t1\n5\n",
        /* a block's five labels a line each, then its five figures */
        "行政复议\n总计\n结果维持\n结果纠正\n其他结果\n尚未审结\n4\n2\n1\n0\n1\n"
        "行政诉讼（未经复议直接起诉）\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n1\n0\n0\n0\n1\n"
        "行政诉讼（复议后起诉）\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n0\n1\n1\n0\n2\n",
        /* a sentence on last year's figures after them: not the table's */
        "行政复议：结果维持2件，结果纠正1件，其他结果0件，尚未审结1件，总计4件。\n"
        "行政诉讼（未经复议直接起诉）：结果维持1件，结果纠正0件，其他结果0件，尚未审结0件，"
        "总计1件。\n行政诉讼（复议后起诉）：结果维持0件，结果纠正1件，其他结果1件，"
        "尚未审结0件，总计2件。\n上年度行政复议结果维持5件、结果纠正2件，总计7件。\n",
        /* blocks numbered as parts of the section, not sections */
        "一、行政复议\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n2\t1\t0\t1\t4\n二、行政诉讼\n"
        "（一）未经复议直接起诉\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n1\t0\t0\t0\t1\n"
        "（二）复议后起诉\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n0\t1\t1\t0\t2\n",
    };
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++) {
        char *t = review_printed(tabs, same[i]);
        xxgk_report *r = read_text(t, strlen(t));
        assert_report_figures(r, expected_2021);
        assert_int_equal(diag_count(r, "format-table-layout", ev, sizeof ev), 1);
        assert_non_null(strstr(ev, "第四部分的数字按各自的标签列出"));
        assert_int_equal(diag_count(r, "struct-missing-cells", NULL, 0), 0);
        assert_int_equal(xxgk_report_section_count(r), 6);
        xxgk_report_free(r);
        free(t);
    }
    /* the format's own table after a sentence naming some of its figures: the table's */
    char *t = replace(tabs, "\n行政复议\t", "\n行政复议4件，其中结果维持2件，结果纠正1件。\n行政复议\t");
    xxgk_report *r = read_text(t, strlen(t));
    assert_report_figures(r, expected_2021);
    assert_int_equal(diag_count(r, "format-table-layout", NULL, 0), 0);
    xxgk_report_free(r);
    free(t);
    /* the format's header with all fifteen column labels on one line (行政复议's bottom-
     * aligned), under the lawsuits' two names: the format's table, not one block's labels */
    static const char *const fifteen[] = {
        "行政复议\t行政诉讼\n\t未经复议直接起诉\t复议后起诉\n"
        "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计"
        "\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
        "2\t1\t0\t1\t4\t1\t0\t0\t0\t1\t0\t1\t1\t0\t2\n",
        "     行政复议                                  行政诉讼\n"
        "                             未经复议直接起诉        复议后起诉\n"
        "     结果维持   结果纠正   其他结果   尚未审结   总计   结果维持   结果纠正   其他结果   "
        "尚未审结   总计   结果维持   结果纠正   其他结果   尚未审结   总计\n"
        "2   1   0   1   4   1   0   0   0   1   0   1   1   0   2\n"};
    for (size_t i = 0; i < sizeof fifteen / sizeof fifteen[0]; i++) {
        char *f = review_printed(tabs, fifteen[i]);
        xxgk_report *fr = read_text(f, strlen(f));
        assert_report_figures(fr, expected_2021);
        assert_int_equal(diag_count(fr, "struct-row-conflict", NULL, 0), 0);
        assert_int_equal(diag_count(fr, "format-table-layout", NULL, 0), 0);
        xxgk_report_free(fr);
        free(f);
    }
    /* a block short of a label: read, its cell null and said */
    t = review_printed(tabs, "行政复议：结果维持2件，结果纠正1件，其他结果0件，尚未审结1件，总计4件。\n"
                             "行政诉讼（未经复议直接起诉）：结果维持1件，其他结果0件，尚未审结0件，"
                             "总计1件。\n");
    r = read_text(t, strlen(t));
    assert_int_equal(diag_count(r, "struct-missing-cells", ev, sizeof ev), 1);
    assert_non_null(strstr(ev, "行政复议、行政诉讼：应有 15 个数值单元格，只读到 9 个"));
    assert_cell(r, "reconsideration", 4, 4);
    assert_cell(r, "litigation_direct", 0, 1);
    assert_cell(r, "litigation_direct", 1, -1);
    assert_cell(r, "litigation_after_review", 4, -1);
    xxgk_report_free(r);
    free(t);
    /* a cell given two figures: the first kept, the second said */
    t = review_printed(tabs, "行政复议\n结果维持\t2\n结果纠正\t1\n其他结果\t0\n尚未审结\t1\n"
                             "总计\t4\n结果维持\t3\n");
    r = read_text(t, strlen(t));
    assert_int_equal(diag_count(r, "struct-row-conflict", ev, sizeof ev), 1);
    assert_string_equal(ev, "行政复议结果维持：第60行为 2；第65行为 3（采用第一次印出的）");
    assert_cell(r, "reconsideration", 0, 2);
    xxgk_report_free(r);
    free(t);
    /* the format's row printed twice, once with other figures: the first kept, the other
     * said */
    t = replace(tabs, "\n2\t1\t0\t1\t4\t1\t0\t0\t0\t1\t0\t1\t1\t0\t2\n",
                "\n2\t1\t0\t1\t4\t1\t0\t0\t0\t1\t0\t1\t1\t0\t2\n"
                "3\t1\t0\t1\t5\t1\t0\t0\t0\t1\t0\t1\t1\t0\t2\n");
    r = read_text(t, strlen(t));
    assert_report_figures(r, expected_2021);
    assert_int_equal(diag_count(r, "struct-row-conflict", ev, sizeof ev), 1);
    assert_string_equal(ev, "行政复议、行政诉讼：第62行为 2 1 0 1 4 1 0 0 0 1 0 1 1 0 2；第63行为 3 1 "
                            "0 1 5 1 0 0 0 1 0 1 1 0 2（采用第一次印出的）");
    xxgk_report_free(r);
    free(t);
    /* table 三 printed again after its end, a row with other figures: a second table, of
     * which the first is taken and the rows that differ said; again as it was: nothing said */
    const char *from = strstr(tabs, "一、本年新收政府信息公开申请数量");
    const char *to = strstr(tabs, "四、结转下年度继续办理");
    to = strchr(to, '\n') + 1;
    for (int alike = 0; alike < 2; alike++) {
        char *copy = strndup(from, (size_t)(to - from));
        char *again = alike ? strdup(copy) : replace(copy, "数量\t\t\t20\t5", "数量\t\t\t21\t5");
        xbuf b;
        xbuf_init(&b, 0);
        xbuf_printf(&b, "%.*s%s%s", (int)(to - tabs), tabs, again, to);
        r = read_text(b.data, b.len);
        assert_report_figures(r, expected_2021);
        assert_int_equal(diag_count(r, "struct-row-conflict", ev, sizeof ev), alike ? 0 : 1);
        assert_int_equal(diag_count(r, "struct-row-duplicate", NULL, 0), 0);
        if (!alike)
            assert_string_equal(ev, "一、本年新收政府信息公开申请数量：第31行为 20 5 1 0 2 1 29；"
                                    "第56行为 21 5 1 0 2 1 29（采用第一次印出的）");
        xxgk_report_free(r);
        xbuf_free(&b);
        free(again);
        free(copy);
    }
    /* a figure that cannot be read beside its label */
    t = review_printed(tabs, "行政复议：结果维持0x10件，结果纠正1件，其他结果0件，尚未审结1件，"
                             "总计4件。\n");
    r = read_text(t, strlen(t));
    assert_int_equal(diag_count(r, "format-table-layout", NULL, 0), 0);
    assert_cell(r, "reconsideration", 0, -1);
    xxgk_report_free(r);
    free(t);
    /* the format's header with its columns, or its lawsuits, in another order: the figures'
     * places cannot say which column they are */
    static const struct {
        const char *from, *to;
        unsigned line;
    } reordered[] = {
        {"\t未经复议直接起诉\t\t\t\t\t复议后起诉", "\t复议后起诉\t\t\t\t\t未经复议直接起诉",
         60},
        {"\n结果维持\t结果纠正\t", "\n结果纠正\t结果维持\t", 60},
        /* (总计 first in each block, as the figures are then; the lawsuits first) */
        {"结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉"
         "\t\t\t\t\n\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正"
         "\t其他结果\t尚未审结\t总计\n2\t1\t0\t1\t4\t1\t0\t0\t0\t1\t0\t1\t1\t0\t2",
         "总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t未经复议直接起诉\t\t\t\t\t复议后起诉"
         "\t\t\t\t\n\t\t\t\t\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持"
         "\t结果纠正\t其他结果\t尚未审结\n4\t2\t1\t0\t1\t1\t1\t0\t0\t0\t2\t0\t1\t1\t0",
         60},
        {"行政复议\t\t\t\t\t行政诉讼", "行政诉讼\t\t\t\t\t行政复议", 59},
    };
    for (size_t i = 0; i < sizeof reordered / sizeof reordered[0]; i++) {
        t = replace(tabs, reordered[i].from, reordered[i].to);
        r = read_text(t, strlen(t));
        assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
        char said[64];
        snprintf(said, sizeof said, "第四部分表头的列顺序与格式不同（第 %u 行）",
                 reordered[i].line);
        assert_non_null(strstr(ev, said));
        assert_cell(r, "reconsideration", 0, -1);
        assert_int_equal(diag_count(r, "struct-table-missing", NULL, 0), 0);
        xxgk_report_free(r);
        free(t);
    }
    /* no block whole ("行政复议4件" is no 总计's label), or a figure beside no label: none of
     * it taken */
    static const char *const refused[] = {
        "本年度行政复议4件，其中结果维持2件，结果纠正1件，其他结果0件，尚未审结1件。\n",
        "行政复议\n结果维持\t2\n结果纠正\t1\n其他结果\t0\n尚未审结\t1\n7\n总计\t4\n",
    };
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
        t = review_printed(tabs, refused[i]);
        r = read_text(t, strlen(t));
        assert_int_equal(diag_count(r, "format-table-layout", NULL, 0), 0);
        assert_cell(r, "reconsideration", 0, -1);
        xxgk_report_free(r);
        free(t);
    }
    free(tabs);
}

/* Cases a review found: each reads to the fixture's figures, or is left null and said. */
static void test_reviewed_layouts(void **state)
{
    (void)state;
    char *tabs = fixture("report-2021-tabs.txt", NULL), *pdf = fixture("report-2021-pdf.txt", NULL);
    char ev[512];
    static const struct {
        int pdf;              /* which fixture */
        const char *from, *to; /* the edit */
    } same[] = {
        /* section 四 printed as two tables, 行政复议 then 行政诉讼 under headers of its own */
        {1, "2   1   0   1   4   1   0   0   0   1   0   1   1   0   2",
         "2   1   0   1   4\n     行政诉讼\n     结果维持   结果纠正   其他结果   尚未审结   总计\n"
         "1   0   0   0   1   0   1   1   0   2"},
        /* section 四 as three labelled rows of five figures */
        {0, "\n2\t1\t0\t1\t4\t1\t0\t0\t0\t1\t0\t1\t1\t0\t2",
         "\n行政复议\t2\t1\t0\t1\t4\n行政诉讼（未经复议直接起诉）\t1\t0\t0\t0\t1\n"
         "行政诉讼（复议后起诉）\t0\t1\t1\t0\t2"},
        /* ... 行政诉讼 merged over the lawsuits' two rows, as a web page's rowspan reads */
        {0, "\n2\t1\t0\t1\t4\t1\t0\t0\t0\t1\t0\t1\t1\t0\t2",
         "\n行政复议\t2\t1\t0\t1\t4\n行政诉讼\t未经复议直接起诉\t1\t0\t0\t0\t1\n"
         "复议后起诉\t0\t1\t1\t0\t2"},
        /* a serial-number column before a short label */
        {0, "\n规章\t1\t0\t3", "\n1\t规章\t1\t0\t3"},
        /* a line saying 无, or a year, between section 四's heading and its table */
        {1, "四、政府信息公开行政复议、行政诉讼情况\n", "四、政府信息公开行政复议、行政诉讼情况\n无\n"},
        {1, "四、政府信息公开行政复议、行政诉讼情况\n", "四、政府信息公开行政复议、行政诉讼情况\n2024年度\n"},
        /* a fee in 元 in markup, and in brackets set apart in space-aligned text */
        {0, "行政事业性收费\t12.5", "行政事业性收费\t**125000元**"},
        {0, "行政事业性收费\t12.5", "行政事业性收费\t<span>125000</span>元"},
        {1, "行政事业性收费        12.5", "行政事业性收费        125000 （元）"},
        /* table 三's header printed again after a page break, its last row ending in the
         * empty cell under 总计 (其他 there is a column, not the row 3.其他) */
        {0, "\n\t\t6.属于四类过程性信息",
         "\n\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计\n"
         "\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\n"
         "\t\t6.属于四类过程性信息"},
        {0, "\n\t\t3.其他\t",
         "\n\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\n\t\t3.其他\t"},
        /* a page footer between a label and its figures, or between rows */
        {0, "\t\t4.保护第三方合法权益\t", "\t\t4.保护第三方合法权益\n第 3 页 共 8 页\n\t"},
        {1, "\n     行政处罚", "\n第3页/共8页\n     行政处罚"},
        /* a bare page number, the next page beginning with pdftotext's form feed: in table 三
         * between a label and its figures, and before section 四's figures */
        {1, "\n     行政处罚", "\n\n       3\n\n\f     行政处罚"},
        {1, "\n     三、本年度办理结果", "\n4\n\f     三、本年度办理结果"},
        {1, "\n2   1   0   1   4", "\n     5\n\f\n2   1   0   1   4"},
        /* markup around a figure in space-aligned text */
        {1, "行政许可        120", "行政许可        **120**"},
    };
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++) {
        char *t = replace(same[i].pdf ? pdf : tabs, same[i].from, same[i].to);
        xxgk_report *r = read_text(t, strlen(t));
        assert_report_figures(r, expected_2021);
        xxgk_report_free(r);
        free(t);
    }
    /* ... and among the cells of a table copied one cell per line */
    char *cells = fixture("report-2021-cells.txt", NULL);
    char *u = replace(cells, "\t4.保护第三方合法权益\n\t0\n\t1\n\t0\n\t0\n\t0\n\t0\n\t1\n",
                      "\t4.保护第三方合法权益\n\t0\n\t1\n\t0\n\t0\n\t0\n\t0\n\t1\n第 3 页 共 8 页\n");
    xxgk_report *pr = read_text(u, strlen(u));
    assert_report_figures(pr, expected_2021);
    xxgk_report_free(pr);
    free(u);
    free(cells);
    /* ... and table 三's header printed again there, inside a row begun before the page break:
     * its 总计 is no row, and its labels no figures of one (blank cells followed: read as 0) */
    const char *again = "\t政府集中采购\n\t一、本年新收政府信息公开申请数量\n\f\n\t总计\n"
                        "\t社会公益组织\n\t法律服务机构\n\t其他\n\t\n\t\n\t\u00a0 0\n\t\n\n"
                        "\t（七）总计\n\t\u00a0 35\n\t45\n\t\u00a0 18\n\t\u00a0 44\n\t\u00a0 57\n"
                        "\t61\u00a0\n\t260";
    pr = read_text(again, strlen(again));
    assert_int_equal(xxgk_report_format(pr), XXGK_FORMAT_2019); /* (by 政府集中采购) */
    static const double total[7] = {35, 45, 18, 44, 57, 61, 260};
    for (int k = 0; k < 7; k++)
        assert_true(cell_value(pr, "total", k) == total[k]);
    xxgk_report_free(pr);
    /* a short row of section 四 in space-aligned text: which column is blank cannot be told */
    char *t = replace(pdf, "2   1   0   1   4   1   0   0   0   1   0   1   1   0   2",
                      "2   1   0   1   4   1   0   0   0   1   0   1   1        2");
    xxgk_report *r = read_text(t, strlen(t));
    assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
    assert_non_null(strstr(ev, "行政复议、行政诉讼：15 个数值单元格只印出 14 个"));
    json_t *j = report_json(r);
    assert_true(json_is_null(
        json_array_get(json_object_get(json_object_get(j, "review"), "reconsideration"), 0)));
    json_decref(j);
    xxgk_report_free(r);
    free(t);
    /* a figure with a space for its thousands in space-aligned text, more figures than the row
     * has cells: which they are cannot be told */
    t = replace(pdf, "行政许可        120", "行政许可        12 345");
    r = read_text(t, strlen(t));
    assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
    assert_non_null(strstr(ev, "可能是千位分隔（12 345）"));
    assert_int_equal(diag_count(r, "struct-extra-cells", NULL, 0), 0);
    j = report_json(r);
    assert_true(json_is_null(json_object_get(json_object_get(j, "active"), "licensing")));
    json_decref(j);
    xxgk_report_free(r);
    free(t);
    /* spaced thousands in markup keep their doubt in a row short of a cell */
    t = replace(tabs, "数量\t\t\t20\t5\t1\t0\t2\t1\t29", "数量\t\t\t20\t5\t1\t0\t2\t**1 029**");
    r = read_text(t, strlen(t));
    assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 1);
    xxgk_report_free(r);
    free(t);
    free(pdf);
    free(tabs);
}

/* A table copied one cell per line with no tabs, an empty cell as an empty line (here every 0
 * but a row's last figure): the empty lines between a label and its last figure are its blank
 * cells, and the figures go where their lines put them.  Blank counts as 0, so the figures
 * read are the fixture's own. */
static void test_cells_as_lines(void **state)
{
    (void)state;
    char *tabs = fixture("report-2021-tabs.txt", NULL);
    size_t cap = strlen(tabs) * 3 + 1, n = 0;
    char *out = malloc(cap);
    assert_non_null(out);
    for (char *line = tabs; *line;) {
        char *nl = strchr(line, '\n');
        size_t len = nl ? (size_t)(nl - line) : strlen(line);
        if (!memchr(line, '\t', len)) {
            memcpy(out + n, line, len);
            n += len;
            out[n++] = '\n';
        } else {
            /* its cells, the empty ones of merged labels left out; a 0 becomes an empty line,
             * but for the last figure, which ends the row */
            char *cell[32];
            size_t clen[32];
            int nc = 0, last_figure = -1;
            for (char *c = line; c <= line + len && nc < 32;) {
                char *t = memchr(c, '\t', (size_t)(line + len - c));
                size_t k = t ? (size_t)(t - c) : (size_t)(line + len - c);
                if (k) {
                    cell[nc] = c;
                    clen[nc] = k;
                    if (*c >= '0' && *c <= '9')
                        last_figure = nc;
                    nc++;
                }
                if (!t)
                    break;
                c = t + 1;
            }
            for (int i = 0; i < nc; i++) {
                int zero = clen[i] == 1 && cell[i][0] == '0' && i != last_figure;
                if (!zero) {
                    memcpy(out + n, cell[i], clen[i]);
                    n += clen[i];
                }
                out[n++] = '\n';
            }
        }
        line += len + (nl != NULL);
    }
    out[n] = '\0';
    assert_non_null(strstr(out, "\n二、上年结转政府信息公开申请数量\n3\n1\n\n\n\n\n4\n"));
    xxgk_report *r = read_text(out, n);
    assert_report_figures(r, expected_2021);
    assert_int_equal(diag_count(r, "struct-missing-cells", NULL, 0), 0);
    assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
    assert_int_equal(diag_count(r, "struct-blank-cells", NULL, 0), 3);
    xxgk_report_free(r);
    /* a cell that holds a word on its line ("无"): that cell, unreadable, the rest in place */
    char *word = replace(out, "\n2.重复申请\n1\n\n", "\n2.重复申请\n1\n无\n");
    r = read_text(word, strlen(word));
    static const double want[7] = {1, -1, 0, 0, 0, 0, 1};
    assert_requests_row(r, "not_processed", 1, want, 7);
    char ev[256];
    assert_int_equal(diag_count(r, "reader-unreadable", ev, sizeof ev), 1);
    assert_string_equal(ev, "2.重复申请·商业企业：“无”");
    assert_int_equal(diag_count(r, "struct-missing-cells", NULL, 0), 0);
    xxgk_report_free(r);
    free(word);
    /* ... and a figure with words after it ("20件（其中网上18件）"): that cell, unreadable, not a
     * piece of label that would shift the row's figures left */
    word = replace(out, "\n一、本年新收政府信息公开申请数量\n20\n",
                   "\n一、本年新收政府信息公开申请数量\n20件（其中网上18件）\n");
    r = read_text(word, strlen(word));
    static const double want_new[7] = {-1, 5, 1, 0, 2, 1, 29};
    assert_requests_row(r, "new", -1, want_new, 7);
    assert_int_equal(diag_count(r, "reader-unreadable", ev, sizeof ev), 1);
    assert_string_equal(ev, "一、本年新收政府信息公开申请数量·自然人：“20件（其中网上18件）”");
    xxgk_report_free(r);
    free(word);
    /* section 四 with a blank cell lost and the blocks parted by empty lines: placed in order
     * its totals do not add up, so none of it is taken */
    word = replace(out, "\n2\n1\n\n1\n4\n1\n\n\n\n1\n\n1\n1\n\n2\n",
                   "\n2\n1\n\n1\n4\n\n1\n\n\n1\n\n\n1\n1\n\n2\n");
    r = read_text(word, strlen(word));
    json_t *j = report_json(r);
    assert_true(json_is_null(
        json_array_get(json_object_get(json_object_get(j, "review"), "litigation_direct"), 0)));
    assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
    assert_string_equal(ev, "第四部分只读到 9 个数字（应有 15 个），按顺序排列时总计与分项不符，"
                            "无法确定空白的是哪几列");
    json_decref(j);
    xxgk_report_free(r);
    free(word);
    /* ... or lost from the last block, the two before it whole and adding up: those kept, the
     * last (0 1 1 2: 0 1 1 0 2, or no 总计?) taken for none */
    word = replace(tabs, "\n2\t1\t0\t1\t4\t1\t0\t0\t0\t1\t0\t1\t1\t0\t2\n",
                   "\n2\t1\t0\t1\t4\t1\t0\t0\t0\t1\t0\t1\t1\t2\n");
    r = read_text(word, strlen(word));
    j = report_json(r);
    json_t *review = json_object_get(j, "review");
    assert_int_equal(json_integer_value(json_array_get(
                         json_object_get(review, "litigation_direct"), 4)), 1);
    for (size_t k = 0; k < 5; k++)
        assert_true(json_is_null(
            json_array_get(json_object_get(review, "litigation_after_review"), k)));
    assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
    assert_string_equal(ev, "行政诉讼·复议后起诉：5 个数值单元格只读到 4 个，无法判断空白的是"
                            "哪一列：0 1 1 2");
    assert_int_equal(diag_count(r, "struct-missing-cells", NULL, 0), 1);
    json_decref(j);
    xxgk_report_free(r);
    free(word);
    free(out);
    free(tabs);
}

/* Space-aligned text lined up by hand, in an editor's columns (a Chinese character two), not in
 * characters as pdftotext does: the full rows, whose labels differ in width, line up only so,
 * and a short row's figures are placed by those columns.  With one full row, which measure
 * holds cannot be told, and where the two place the figures apart nothing is placed. */
static void test_hand_aligned(void **state)
{
    (void)state;
    const char *text = "测试局2024年政府信息公开工作年度报告\n"
                       "\n"
                       "三、收到和处理政府信息公开申请情况\n"
                       "\n"
                       "                                          自然人  "
                       "商业企业科研机构公益组织法律服务    其他    总计\n"
                       "一、本年新收政府信息公开申请数量               5       1       0       2   "
                       "    0       1       9\n"
                       "二、上年结转政府信息公开申请数量               0       0       0       0   "
                       "    0       0       0\n"
                       "        1.属于国家秘密                                                 1   "
                       "                    1\n"
                       "四、结转下年度继续办理                         1       0       0       0   "
                       "    0       0       1\n"
                       "\n";
    xxgk_report *r = read_text(text, strlen(text));
    static const double want[7] = {0, 0, 0, 1, 0, 0, 1};
    assert_requests_row(r, "withheld", 0, want, 7);
    assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
    xxgk_report_free(r);
    char *one = replace(text,
                        "二、上年结转政府信息公开申请数量               0       0       0       0  "
                        "     0       0       0\n",
                        "");
    char *cut = strstr(one, "四、结转");
    assert_non_null(cut);
    *cut = '\0';
    r = read_text(one, strlen(one));
    static const double none[7] = {-1, -1, -1, -1, -1, -1, -1};
    assert_requests_row(r, "withheld", 0, none, 7);
    char ev[256];
    assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
    assert_non_null(strstr(ev, "1.属于国家秘密：7 个数值单元格只印出 2 个"));
    xxgk_report_free(r);
    free(one);
}

/* pdftotext text with labels wrapped out of recognition: 二、上年结转 prints no figure (its
 * cells blank), and the figures after it are the next rows', whose labels are cut to
 * "三、本年度办" and "（一）予以公".  More than the row holds, over several lines: none is
 * taken for it, and it says so. */
static void test_wrapped_labels_overflow(void **state)
{
    (void)state;
    const char *text = "某县统计局2020年政府信息公开工作年度报告\n"
                       "\n"
                       "三、收到和处理政府信息公开申请情况\n"
                       "\n"
                       "（本列数据的\n"
                       "勾稽关系为：\n"
                       "第一项加第二                                 申请人情况\n"
                       "项之和，等于\n"
                       "第三项加第四\n"
                       "项之和）\n"
                       "                                             自然人       法人或其他组     "
                       "                                              总计\n"
                       "                                                          织\n"
                       "                                                          商业企业       "
                       "科研机构   社会公益组织   法律服务机构   其他\n"
                       "一、本年新收\n"
                       "政府信息公开                                 12           3              1 "
                       "         0              0              2      18\n"
                       "申请数量\n"
                       "二、上年结转\n"
                       "政府信息公开\n"
                       "申请数量\n"
                       "三、本年度办   （一）予以公                               24             "
                       "30                        29                    83\n"
                       "理结果         开\n"
                       "               （二）部分公\n"
                       "               开（区分处理\n"
                       "               的，只计这一                  23                          "
                       "11         12             9              30     85\n"
                       "               情形，不计其\n"
                       "               他情形）\n"
                       "\n"
                       "某县统计局\n"
                       "2021年1月25日\n";
    xxgk_report *r = read_text(text, strlen(text));
    static const double none[7] = {-1, -1, -1, -1, -1, -1, -1}, new_row[7] = {12, 3, 1, 0, 0, 2, 18};
    assert_requests_row(r, "carried_in", -1, none, 7);
    assert_requests_row(r, "new", -1, new_row, 7);
    char ev[256];
    assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
    assert_non_null(strstr(ev, "二、上年结转政府信息公开申请数量：数字分在几行，合计多于 7 个"));
    assert_int_equal(diag_count(r, "struct-extra-cells", NULL, 0), 0);
    xxgk_report_free(r);
}

/* The tabs fixture as a PDF's text in drawing order: every cell on a line of its own, 0s too;
 * the labels of the rows named in moved printed after the table instead (a label cell drawn
 * after the figures it spans).  Each label in moved must be a line's second cell. */
static char *drawing_order(const char *tabs, const char *const *moved, int nmoved)
{
    size_t cap = strlen(tabs) * 2 + 4096, n = 0;
    char *out = malloc(cap), later[2048] = "";
    assert_non_null(out);
    for (const char *line = tabs; *line;) {
        const char *nl = strchr(line, '\n');
        size_t len = nl ? (size_t)(nl - line) : strlen(line);
        for (const char *c = line; c <= line + len;) {
            const char *t = memchr(c, '\t', (size_t)(line + len - c));
            size_t k = t ? (size_t)(t - c) : (size_t)(line + len - c);
            int away = 0;
            for (int i = 0; i < nmoved && k; i++)
                away |= strncmp(c, moved[i], strlen(moved[i])) == 0;
            if (away) {
                strncat(later, c, k);
                strcat(later, "\n");
            } else if (k) {
                memcpy(out + n, c, k);
                n += k;
                out[n++] = '\n';
            }
            if (!t)
                break;
            c = t + 1;
        }
        if (strncmp(line, "四、结转下年度继续办理", strlen("四、结转下年度继续办理")) == 0) {
            memcpy(out + n, later, strlen(later));
            n += strlen(later);
        }
        line += len + (nl != NULL);
    }
    out[n] = '\0';
    return out;
}

/* Read text as a report into *r, its JSON into *j (json_decref it); returns j's "requests". */
static json_t *requests_of(const char *text, xxgk_report **r, json_t **j)
{
    *r = read_text(text, strlen(text));
    *j = report_json(*r);
    return json_object_get(*j, "requests");
}

/* Figures printed without their rows' labels go to the empty rows between two that have
 * theirs, in the table's order, only when the table then holds together. */
static void test_drawing_order(void **state)
{
    (void)state;
    char *tabs = fixture("report-2021-tabs.txt", NULL);
    const char *moved[] = {"（一）予以公开", "（二）部分公开", "三、本年度办理结果"};
    char *text = drawing_order(tabs, moved, 3);
    assert_non_null(strstr(text, "\n二、上年结转政府信息公开申请数量\n3\n1\n0\n0\n0\n0\n4\n8\n2\n"));
    xxgk_report *r = read_text(text, strlen(text));
    assert_report_figures(r, expected_2021);
    char ev[1024];
    assert_int_equal(diag_count(r, "reader-order", ev, sizeof ev), 1);
    assert_string_equal(ev, "这 2 行的数字前没有行名，按表格行序归位，各行合计与勾稽关系均相符："
                            "（一）予以公开；（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
    assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
    xxgk_report_free(r);

    /* one more granted, in the row and its total: the row adds up, the table does not */
    char *off = replace(text, "\n4\n8\n2\n0\n0\n1\n0\n11\n", "\n4\n9\n2\n0\n0\n1\n0\n12\n");
    json_t *j, *req = requests_of(off, &r, &j);
    assert_true(json_is_null(json_array_get(json_object_get(req, "granted"), 0)));
    assert_true(json_is_null(json_array_get(json_object_get(req, "partly"), 6)));
    assert_int_equal(json_integer_value(json_array_get(json_object_get(req, "carried_in"), 6)), 4);
    json_decref(j);
    assert_int_equal(diag_count(r, "reader-order", NULL, 0), 0);
    assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
    assert_string_equal(ev, "9 2 0 0 1 0 12 2 1 0 0 0 0 3");
    xxgk_report_free(r);
    free(off);

    /* each row must add up, not only the table: 12 for 11 and 2 for 3 balance out */
    off = replace(text, "\n4\n8\n2\n0\n0\n1\n0\n11\n2\n1\n0\n0\n0\n0\n3\n",
                  "\n4\n8\n2\n0\n0\n1\n0\n12\n2\n1\n0\n0\n0\n0\n2\n");
    assert_string_not_equal(off, text);
    req = requests_of(off, &r, &j);
    assert_true(json_is_null(json_array_get(json_object_get(req, "granted"), 6)));
    assert_true(json_is_null(json_array_get(json_object_get(req, "partly"), 0)));
    json_decref(j);
    assert_int_equal(diag_count(r, "reader-order", NULL, 0), 0);
    xxgk_report_free(r);
    free(off);

    /* a figure too few: the rows cannot be told apart */
    off = replace(text, "\n4\n8\n2\n0\n0\n1\n0\n11\n", "\n4\n8\n2\n0\n1\n0\n11\n");
    r = read_text(off, strlen(off));
    assert_int_equal(diag_count(r, "reader-order", NULL, 0), 0);
    assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 1);
    xxgk_report_free(r);
    free(off);
    free(text);

    /* A row followed by a row's worth of figures of no row, its cells out of order (0 21 5 ...
     * then ... 29): its figures are not taken; one that adds up keeps its own. */
    text = drawing_order(tabs, NULL, 0);
    off = replace(text, "（七）总计\n21\n5\n1\n0\n1\n1\n29\n",
                  "（七）总计\n0\n21\n5\n1\n0\n1\n1\n0\n0\n0\n0\n0\n0\n29\n");
    req = requests_of(off, &r, &j);
    assert_true(json_is_null(json_array_get(json_object_get(req, "total"), 0)));
    assert_int_equal(json_integer_value(json_array_get(json_object_get(req, "carried_out"), 6)), 4);
    json_decref(j);
    assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 2);
    xxgk_report_free(r);
    free(off);
    /* one stray figure after it (a page number) leaves the row's own figures, and their error */
    off = replace(text, "（七）总计\n21\n5\n1\n0\n1\n1\n29\n", "（七）总计\n21\n5\n1\n0\n1\n1\n30\n5\n");
    req = requests_of(off, &r, &j);
    assert_int_equal(json_integer_value(json_array_get(json_object_get(req, "total"), 6)), 30);
    json_decref(j);
    assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 1);
    assert_string_equal(ev, "5");
    assert_true(diag_count(r, "arith-row-total", NULL, 0) >= 1);
    xxgk_report_free(r);
    free(off);
    /* Two labels, then both rows' figures: which are whose is told only when they are the same */
    off = replace(text, "1.属于国家秘密\n1\n0\n0\n0\n0\n0\n1\n2.其他法律行政法规禁止公开\n",
                  "1.属于国家秘密\n2.其他法律行政法规禁止公开\n1\n0\n0\n0\n0\n0\n1\n");
    req = requests_of(off, &r, &j);
    json_t *withheld = json_object_get(req, "withheld");
    assert_true(json_is_null(json_array_get(json_array_get(withheld, 0), 0)));
    assert_true(json_is_null(json_array_get(json_array_get(withheld, 1), 6)));
    json_decref(j);
    assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 2);
    assert_int_equal(diag_count(r, "struct-row-missing", NULL, 0), 0); /* both labels printed */
    xxgk_report_free(r);
    free(off);
    off = replace(text, "2.其他法律行政法规禁止公开\n0\n0\n0\n0\n0\n0\n0\n3.危及“三安全一稳定”\n",
                  "2.其他法律行政法规禁止公开\n3.危及“三安全一稳定”\n0\n0\n0\n0\n0\n0\n0\n");
    r = read_text(off, strlen(off));
    xxgk_report *want = read_text(text, strlen(text));
    assert_same_report(want, r);
    assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
    xxgk_report_free(want);
    xxgk_report_free(r);
    free(off);
    off = replace(text, "（七）总计\n21\n5\n1\n0\n1\n1\n29\n", "（七）总计\n21\n5\n1\n0\n1\n1\n29\n7\n");
    req = requests_of(off, &r, &j);
    assert_int_equal(json_integer_value(json_array_get(json_object_get(req, "total"), 6)), 29);
    json_decref(j);
    assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 1);
    xxgk_report_free(r);
    free(off);
    free(text);
    free(tabs);
}

/* text with the lines from the one starting `from` up to the one starting `to` redrawn as
 * PDF text extracted without its layout may give them: their words first, then their figures,
 * taken as rows of `width`, column by column. */
static char *column_major(const char *text, const char *from, const char *to, int width)
{
    const char *a = strstr(text, from), *b = a ? strstr(a, to) : NULL;
    assert_non_null(b);
    size_t n = (size_t)(a - text), cap = strlen(text) + 1;
    char *out = malloc(cap);
    assert_non_null(out);
    memcpy(out, text, n);
    const char *num[512];
    int nnum = 0;
    for (int pass = 0; pass < 2; pass++)
        for (const char *l = a; l < b; l = strchr(l, '\n') + 1) {
            size_t len = (size_t)(strchr(l, '\n') - l);
            int figure = len > 0 && strspn(l, "0123456789") == len;
            if (pass == 0 && !figure) {
                memcpy(out + n, l, len + 1);
                n += len + 1;
            } else if (pass == 1 && figure) {
                assert_true(nnum < 512);
                num[nnum++] = l;
            }
        }
    assert_int_equal(nnum % width, 0);
    for (int k = 0; k < width; k++)
        for (int i = k; i < nnum; i += width) {
            size_t len = (size_t)(strchr(num[i], '\n') - num[i]);
            memcpy(out + n, num[i], len + 1);
            n += len + 1;
        }
    memcpy(out + n, b, strlen(b) + 1);
    return out;
}

/* Text that lost its layout (PDF text extracted as drawn: a block's labels in one run, its
 * figures column by column): one reader finding says so in place of the cells and rows it
 * seems to lack, and the whole table stays null, rows that seemed read too (in such text a
 * row's figures may be another's: see test_scrambled_rows). */
static void test_scrambled(void **state)
{
    (void)state;
    char *tabs = fixture("report-2021-tabs.txt", NULL);
    char *cells = drawing_order(tabs, NULL, 0);
    char *text = column_major(cells, "（三）不予公开\n", "四、结转下年度继续办理", 7);
    assert_non_null(strstr(text, "3.其他\n（七）总计\n1\n0\n0\n"));
    xxgk_report *r = read_text(text, strlen(text));
    char ev[1024];
    assert_int_equal(diag_count(r, "reader-scrambled", ev, sizeof ev), 1);
    assert_string_equal(ev, "三、收到和处理政府信息公开申请情况：25 行中有 20 行没有读到数字，"
                            "另有 140 个数字不属于任何一行；疑为未保留版式提取的 PDF 文本，"
                            "请直接读取 PDF 文件，或用 pdftotext -layout 重新提取");
    assert_int_equal(diag_count(r, "struct-missing-cells", NULL, 0), 0);
    assert_int_equal(diag_count(r, "struct-row-missing", NULL, 0), 0);
    assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
    assert_int_equal(diag_count(r, "struct-row-duplicate", NULL, 0), 0);
    assert_cell(r, "granted", 6, -1);
    assert_cell(r, "total", 6, -1);
    assert_cell(r, "carried_out", 6, -1);
    assert_cell(r, "licensing", 0, 120); /* (table 二 was not scrambled) */
    xxgk_findings *f = NULL;
    assert_int_equal(xxgk_check(&f, r, NULL), 0);
    assert_int_equal(count_rule(f, "struct-table-missing", NULL, 0), 0);
    assert_int_equal(count_rule(f, "reader-scrambled", NULL, 0), 1);
    assert_int_equal(xxgk_findings_at_least(f, XXGK_SEV_ERROR), 1);
    xxgk_findings_free(f);
    xxgk_report_free(r);
    free(text);

    /* four rows' figures out of order: those rows lack figures, the rest of the table is read */
    text = column_major(cells, "（六）其他处理\n", "四、结转下年度继续办理", 7);
    r = read_text(text, strlen(text));
    assert_int_equal(diag_count(r, "reader-scrambled", NULL, 0), 0);
    assert_int_equal(diag_count(r, "struct-missing-cells", NULL, 0), 3);
    assert_int_equal(diag_count(r, "reader-unplaced", ev, sizeof ev), 2);
    assert_string_equal(ev, "（七）总计：其后还有不属于任何一行的数字，且本行总计与各项之和不符，"
                            "无法确定哪些数字属于本行");
    assert_cell(r, "total", 6, -1);
    assert_cell(r, "carried_out", 6, 4);
    xxgk_report_free(r);
    free(text);
    free(cells);
    free(tabs);
}

/* Text as MuPDF writes a PDF's (mutool draw -F txt, PyMuPDF's get_text): a table a cell a
 * line, flush left, each page beginning with its footer.  A figure ending a page is read as
 * a figure, not as a bare page number, when the page is numbered "- 3 -"; 其他处理 printed as
 * one row takes the figures on the lines below it. */
static void test_mupdf_text(void **state)
{
    (void)state;
    char *cells = fixture("report-2021-cells.txt", NULL);
    size_t k = 0;
    for (size_t i = 0; cells[i]; i++) /* (flush left: no tab before a cell) */
        if (!(cells[i] == '\t' && (i == 0 || cells[i - 1] == '\n')))
            cells[k++] = cells[i];
    cells[k] = '\0';
    const char *from[] = {"三、收到和处理政府信息公开申请情况\n",
                          "1.本机关不掌握相关政府信息\n4\n1\n0\n0\n0\n1\n6\n"};
    const char *to[] = {"\f- 2 -\n\n三、收到和处理政府信息公开申请情况\n",
                        "1.本机关不掌握相关政府信息\n4\n1\n0\n0\n0\n1\n6\n\n\f- 3 -\n\n"};
    char *text = replace_all(cells, from, to, 2);
    xxgk_report *r = read_text(text, strlen(text));
    static const double unable[] = {4, 1, 0, 0, 0, 1, 6};
    assert_requests_row(r, "unable", 0, unable, 7);
    assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
    xxgk_report_free(r);
    /* on pages numbered nowhere, a 0 ending one is a figure too (no page is numbered 0), and
     * so is a number far from the page's place in the file */
    static const char *const ends[] = {"0", "12"};
    for (int e = 0; e < 2; e++) {
        char from_row[128], to_row[128];
        snprintf(from_row, sizeof from_row, "2.其他法律行政法规禁止公开\n0\n0\n0\n0\n0\n0\n0\n");
        snprintf(to_row, sizeof to_row,
                 "2.其他法律行政法规禁止公开\n%s\n0\n0\n0\n0\n0\n%s\n\n\f", ends[e], ends[e]);
        char *paged = replace(cells, from_row, to_row);
        r = read_text(paged, strlen(paged));
        double row[] = {atof(ends[e]), 0, 0, 0, 0, 0, atof(ends[e])};
        assert_requests_row(r, "withheld", 1, row, 7);
        xxgk_report_free(r);
        free(paged);
    }

    /* table 三's header a word a line, as MuPDF breaks it in narrow cells: 总计 alone on a
     * line, or cut in two, names no table printed with 总计 only (nor does the row （七）总计) */
    static const char *const totals[] = {"总计\n", "总\n\n计\n"};
    const char *note = strstr(text, "（本列数据的勾稽关系"), *first = strstr(text, "一、本年新收");
    assert_true(note && first && note < first);
    for (int h = 0; h < 2; h++) {
        char *header = malloc(strlen(text) + 512);
        assert_non_null(header);
        sprintf(header, "%.*s（本列数据的勾稽关系为：第一项\n加第二项之和，等于第三项加第四\n\n"
                        "项之和）\n\n申请人情况\n\n自然\n人\n\n法人或其他组织\n\n%s商业企\n\n"
                        "业\n\n科研\n机构\n\n社会\n公益\n组织\n\n法律服务\n\n机构\n\n其\n他\n\n%s",
                (int)(note - text), text, totals[h], first);
        r = read_text(header, strlen(header));
        static const double fresh[] = {20, 5, 1, 0, 2, 1, 29};
        assert_requests_row(r, "new", -1, fresh, 7);
        assert_int_equal(diag_count(r, "format-table-layout", NULL, 0), 0);
        assert_int_equal(diag_count(r, "reader-scrambled", NULL, 0), 0);
        xxgk_report_free(r);
        free(header);
    }

    /* （六）其他处理 as one row */
    const char *six = strstr(text, "（六）其他处理\n"), *seven = strstr(text, "（七）总计\n");
    assert_true(six && seven && six < seven);
    char *one = malloc(strlen(text) + 1);
    assert_non_null(one);
    int n = snprintf(one, strlen(text) + 1, "%.*s（六）其他处理\n2\n0\n1\n0\n0\n0\n3\n\n%s",
                     (int)(six - text), text, seven);
    assert_true(n > 0);
    r = read_text(one, strlen(one));
    static const double other[] = {2, 0, 1, 0, 0, 0, 3};
    assert_requests_row(r, "other", 0, other, 7);
    assert_int_equal(diag_count(r, "format-mixed-layout", NULL, 0), 1);
    assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
    xxgk_findings *f = NULL;
    assert_int_equal(xxgk_check(&f, r, NULL), 0);
    assert_int_equal(xxgk_findings_at_least(f, XXGK_SEV_ERROR), 0);
    xxgk_findings_free(f);
    xxgk_report_free(r);
    free(one);
    free(text);
    free(cells);
}

/* The register's DOCX report printed to PDF by LibreOffice, extracted by pdftotext without -layout:
 * tables 二 and 三 come out as labels then figures, and the rows that seem to get figures get
 * others' (the total row the new requests', 行政许可 a 规章 figure).  Both tables are null,
 * each said once; table 四, whose rows kept their figures, is read. */
static void test_scrambled_rows(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2024-pdf-raw.txt", &n);
    xxgk_report *r = read_text(text, n);
    assert_int_equal(xxgk_report_format(r), XXGK_FORMAT_2021);
    assert_int_equal(diag_count(r, "reader-scrambled", NULL, 0), 2);
    assert_int_equal(diag_count(r, "struct-row-duplicate", NULL, 0), 0);
    const xxgk_format_spec *spec = xxgk_report_spec(r);
    for (int t = XXGK_TABLE_ACTIVE; t <= XXGK_TABLE_REQUESTS; t++)
        for (int i = 0; i < spec->tables[t].ncells; i++)
            assert_false(xxgk_cell_known(xxgk_report_cell(r, spec->tables[t].first_cell + i)));
    assert_cell(r, "reconsideration", 4, 3);
    assert_cell(r, "litigation_after_review", 3, 1);
    xxgk_findings *f = NULL;
    assert_int_equal(xxgk_check(&f, r, NULL), 0);
    assert_int_equal(count_rule(f, "struct-table-missing", NULL, 0), 0);
    assert_int_equal(xxgk_findings_at_least(f, XXGK_SEV_ERROR), 2);
    xxgk_findings_free(f);
    xxgk_report_free(r);
    free(text);
}

/* text as a text browser's dump prints a table: a cell a line, a blank line after each. */
static char *dumped(const char *cells)
{
    size_t n = 0;
    char *out = malloc(strlen(cells) * 2 + 1);
    assert_non_null(out);
    for (const char *p = cells; *p; p++) {
        out[n++] = *p;
        if (*p == '\n')
            out[n++] = '\n';
    }
    out[n] = '\0';
    return out;
}

/* In a browser's dump a cell left empty shows only as a second blank line: between two figures
 * set apart as cells are, it is read as that empty cell; a double gap before and after a cell,
 * the page's own spacing, is none. */
static void test_dumped_cells(void **state)
{
    (void)state;
    char *tabs = fixture("report-2021-tabs.txt", NULL);
    char *cells = drawing_order(tabs, NULL, 0);
    char *text = dumped(cells);
    xxgk_report *r = read_whole(text);
    xxgk_report_free(r);

    /* 上年结转 3 1 0 0 0 0 4, its third cell empty */
    const char *row = "二、上年结转政府信息公开申请数量\n\n3\n\n1\n\n0\n\n0\n\n0\n\n0\n\n4\n";
    char *empty = replace(text, row,
                          "二、上年结转政府信息公开申请数量\n\n3\n\n1\n\n\n0\n\n0\n\n0\n\n4\n");
    assert_string_not_equal(empty, text);
    json_t *j, *req = requests_of(empty, &r, &j);
    static const int want[7] = {3, 1, 0, 0, 0, 0, 4};
    json_t *in = json_object_get(req, "carried_in");
    for (size_t k = 0; k < 7; k++)
        assert_int_equal(json_integer_value(json_array_get(in, k)), want[k]);
    json_decref(j);
    char ev[256];
    assert_int_equal(diag_count(r, "struct-blank-cells", ev, sizeof ev), 1);
    assert_string_equal(ev, "第三部分表格：空白 1 个，“/” 0 个，“-” 0 个"
                        "：二、上年结转政府信息公开申请数量·科研机构（空白）");
    assert_int_equal(diag_count(r, "reader-unplaced", NULL, 0), 0);
    xxgk_report_free(r);
    free(empty);

    /* a double gap before and after the row's 总计: the page's spacing, no cell */
    empty = replace(text, row,
                    "二、上年结转政府信息公开申请数量\n\n3\n\n1\n\n0\n\n0\n\n0\n\n0\n\n\n4\n\n");
    r = read_whole(empty);
    assert_int_equal(diag_count(r, "struct-blank-cells", NULL, 0), 0);
    xxgk_report_free(r);
    free(empty);
    free(text);
    free(cells);
    free(tabs);
}

/* A zip archive at path of the given members, their names stored as given: UTF-8 flagged, or
 * raw bytes with no flag (as Windows archivers store GB18030 names). */
static void write_archive(const char *path, const part *parts, size_t n, int flagged)
{
    int ze;
    zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &ze);
    assert_non_null(z);
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(parts[i].name);
        if (parts[i].name[len - 1] == '/') {
            assert_true(zip_dir_add(z, parts[i].name, ZIP_FL_ENC_UTF_8) >= 0);
            continue;
        }
        zip_source_t *src = zip_source_buffer(z, parts[i].data, parts[i].len, 0);
        assert_non_null(src);
        assert_true(zip_file_add(z, parts[i].name, src,
                                 flagged ? ZIP_FL_ENC_UTF_8 : ZIP_FL_ENC_CP437) >= 0);
    }
    assert_int_equal(zip_close(z), 0);
}

/* An entry altered in the archive (a figure changed under an unchanged CRC) is damaged, not
 * read: libzip checks the CRC only when asked for more than the entry holds. */
static void test_archive_crc(void **state)
{
    (void)state;
    size_t len;
    char *tabs = fixture("report-2021-tabs.txt", &len);
    char path[] = "xxgk-test-crc-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    int ze;
    zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &ze);
    assert_non_null(z);
    zip_source_t *src = zip_source_buffer(z, tabs, len, 0);
    zip_int64_t at = zip_file_add(z, "甲局.txt", src, ZIP_FL_ENC_UTF_8);
    assert_true(at >= 0);
    assert_int_equal(zip_set_file_compression(z, (zip_uint64_t)at, ZIP_CM_STORE, 0), 0);
    assert_int_equal(zip_close(z), 0);
    size_t zlen;
    char *zipped = slurp(path, &zlen);
    static const char row[] = "\t20\t5\t1\t0\t2\t1\t29";
    char *fig = NULL;
    for (size_t i = 0; !fig && i + sizeof row - 1 <= zlen; i++)
        if (memcmp(zipped + i, row, sizeof row - 1) == 0)
            fig = zipped + i;
    assert_non_null(fig);
    fig[1] = '3'; /* 20 -> 30 */
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(zipped, 1, zlen, f), zlen);
    fclose(f);
    xxgk_archive *a;
    assert_int_equal(xxgk_archive_open(&a, path), 0);
    xxgk_report *r = NULL;
    assert_int_equal(xxgk_archive_read(&r, a, 0, NULL), XXGK_EIO);
    assert_null(r);
    assert_non_null(strstr(xxgk_error_last(), "甲局.txt: damaged in the archive"));
    xxgk_archive_free(a);
    unlink(path);
    free(zipped);
    free(tabs);
}

/* Two entries of one name (an archive added to twice) are told apart: the second as
 * "甲局 (2).txt", or "甲局 (3).txt" when an entry has that name already. */
static void test_archive_same_names(void **state)
{
    (void)state;
    char path[] = "xxgk-test-twice-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    part parts[] = {{"甲局.txt", "一", 3},
                    {"乙局.txt", "二", 3},
                    {"丙局", "三", 3},
                    {"乙局 (2).txt", "四", 3},
                    {"甲局 (2).txt", "五", 3}};
    write_archive(path, parts, 5, 1);
    size_t zlen;
    char *zipped = slurp(path, &zlen);
    for (size_t i = 0; i + strlen("乙局") <= zlen; i++) /* (the same length: the name patched) */
        if (memcmp(zipped + i, "乙局", strlen("乙局")) == 0 ||
            memcmp(zipped + i, "丙局", strlen("丙局")) == 0)
            memcpy(zipped + i, "甲局", strlen("甲局"));
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(zipped, 1, zlen, f), zlen);
    fclose(f);
    free(zipped);
    xxgk_archive *a;
    assert_int_equal(xxgk_archive_open(&a, path), 0);
    assert_int_equal(xxgk_archive_count(a), 5);
    assert_string_equal(xxgk_archive_name(a, 0), "甲局.txt");
    assert_string_equal(xxgk_archive_name(a, 1), "甲局 (3).txt");
    assert_string_equal(xxgk_archive_name(a, 2), "甲局");
    assert_string_equal(xxgk_archive_name(a, 3), "甲局 (2).txt");
    assert_string_equal(xxgk_archive_name(a, 4), "甲局 (2) (2).txt");
    xxgk_archive_free(a);
    unlink(path);
}

/* Reports sent together in a zip archive: its entries (folders too, names as UTF-8, GB18030
 * ones converted) and read entry by entry, named archive/entry. */
static void test_archive(void **state)
{
    (void)state;
    size_t len;
    char *tabs = fixture("report-2021-tabs.txt", &len);
    char path[] = "xxgk-test-archive-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    part parts[] = {{"报告/", NULL, 0},
                    {"报告/甲局.txt", tabs, len},
                    {"说明.png", "\x89PNG\r\n", 6},
                    {"乙局.txt", "", 0}};
    write_archive(path, parts, 4, 1);
    xxgk_archive *a;
    assert_int_equal(xxgk_archive_open(&a, path), 0);
    assert_int_equal(xxgk_archive_count(a), 4);
    assert_string_equal(xxgk_archive_name(a, 0), "报告/");
    assert_string_equal(xxgk_archive_name(a, 1), "报告/甲局.txt");
    assert_string_equal(xxgk_archive_name(a, 2), "说明.png");
    assert_string_equal(xxgk_archive_name(a, 3), "乙局.txt");
    assert_null(xxgk_archive_name(a, 4));
    xxgk_report *r = NULL, *want = read_text(tabs, len);
    assert_int_equal(xxgk_archive_read(&r, a, 1, NULL), 0);
    assert_same_report(want, r);
    char shown[128];
    snprintf(shown, sizeof shown, "%s/报告/甲局.txt", path);
    assert_string_equal(xxgk_report_name(r), shown);
    xxgk_report_free(r);
    r = NULL;
    /* what goes wrong names the entry */
    assert_int_equal(xxgk_archive_read(&r, a, 3, NULL), XXGK_EEMPTY);
    snprintf(shown, sizeof shown, "%s/乙局.txt: the file is empty", path);
    assert_string_equal(xxgk_error_last(), shown);
    assert_int_equal(xxgk_archive_read(&r, a, 4, NULL), XXGK_ENOTFOUND);
    snprintf(shown, sizeof shown, "%s: the archive has no entry 4", path);
    assert_string_equal(xxgk_error_last(), shown);
    xxgk_read_options small = {.max_bytes = 100};
    assert_int_equal(xxgk_archive_read(&r, a, 1, &small), XXGK_ELIMIT);
    assert_non_null(strstr(xxgk_error_last(), "bytes unpacked, more than the limit of 100"));
    assert_null(r);
    xxgk_archive_free(a);

    /* a name stored in GB18030 with no UTF-8 flag */
    char gbk[32];
    iconv_t cd = iconv_open("GB18030", "UTF-8");
    char *in = "丁局.txt", *o = gbk;
    size_t inleft = strlen(in), outleft = sizeof gbk - 1;
    assert_true(iconv(cd, &in, &inleft, &o, &outleft) != (size_t)-1);
    *o = '\0';
    iconv_close(cd);
    part raw[] = {{gbk, tabs, len}};
    write_archive(path, raw, 1, 0);
    assert_int_equal(xxgk_archive_open(&a, path), 0);
    assert_int_equal(xxgk_archive_count(a), 1);
    assert_string_equal(xxgk_archive_name(a, 0), "丁局.txt");
    assert_int_equal(xxgk_archive_read(&r, a, 0, NULL), 0);
    assert_same_report(want, r);
    xxgk_report_free(r);
    xxgk_archive_free(a);

    /* not an archive */
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs("not a zip", f);
    fclose(f);
    assert_int_equal(xxgk_archive_open(&a, path), XXGK_EINVAL);
    assert_non_null(strstr(xxgk_error_last(), ": not a zip archive that can be read ("));
    assert_null(a);
    unlink(path);
    xxgk_report_free(want);
    free(tabs);
}

static void test_metadata(void **state)
{
    (void)state;
    const char *text = "某某县人民政府\n\n二〇二四年政府信息公开工作年度报告\n\n一、总体情况\n"
                       "正文。\n\n某某县人民政府\n二〇二五年三月五日\n";
    xxgk_report *r = read_text(text, strlen(text));
    assert_string_equal(xxgk_report_agency(r), "某某县人民政府");
    assert_string_equal(xxgk_report_published(r), "2025-03-05");
    assert_int_equal(xxgk_report_year(r), 2024);
    xxgk_report_free(r);
    /* a title without a year, and a sentence naming the report with one: the title is the
     * title, and names the agency */
    const char *yearless = "某某局政府信息公开工作年度报告\n\n现公布本局2024年政府信息公开工作年度报告，"
                           "请查阅。\n\n一、总体情况\n正文。\n";
    r = read_text(yearless, strlen(yearless));
    assert_string_equal(xxgk_report_title(r), "某某局政府信息公开工作年度报告");
    assert_string_equal(xxgk_report_agency(r), "某某局");
    xxgk_report_free(r);
    const char *t2 = "# 2023年度某某局政府信息公开工作年度报告\n\n## 一、总体情况\n\n正文。\n";
    r = read_text(t2, strlen(t2));
    assert_string_equal(xxgk_report_agency(r), "某某局");
    assert_int_equal(xxgk_report_year(r), 2023);
    assert_null(xxgk_report_published(r));
    assert_int_equal(xxgk_report_section_count(r), 1);
    assert_string_equal(xxgk_report_section(r, 0)->title, "总体情况");
    xxgk_report_free(r);
    /* the agency ends where the year or the report's name begins */
    const char *titles[][2] = {{"某某局政府信息公开工作年度报告（2024年）", "某某局"},
                               {"某某局关于2024年政府信息公开工作年度报告", "某某局"},
                               {"某某局2024年政务公开工作年度报告", "某某局"},
                               {"某市政府信息公开办公室2024年政府信息公开工作年度报告",
                                "某市政府信息公开办公室"}};
    for (size_t i = 0; i < 4; i++) {
        char buf[512];
        snprintf(buf, sizeof buf, "%s\n\n一、总体情况\n正文。\n\n某某局\n二○二五年一月二O日\n",
                 titles[i][0]);
        r = read_text(buf, strlen(buf));
        assert_string_equal(xxgk_report_agency(r), titles[i][1]);
        assert_int_equal(xxgk_report_year(r), 2024);
        assert_string_equal(xxgk_report_published(r), "2025-01-20"); /* ○ and O for 〇 */
        xxgk_report_free(r);
    }
}

int main(void)
{
    xxgk_lang_set(XXGK_LANG_EN); /* the messages asserted here are the English ones */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tabs),
        cmocka_unit_test(test_cells),
        cmocka_unit_test(test_cells_padded),
        cmocka_unit_test(test_cells_no_row_ends),
        cmocka_unit_test(test_pdf_text),
        cmocka_unit_test(test_pdf_label_end_with_figures),
        cmocka_unit_test(test_typo_labels),
        cmocka_unit_test(test_pdf_group_beside_last_row),
        cmocka_unit_test(test_bare_pipe_rows_in_tabs),
        cmocka_unit_test(test_short_pipe_row),
        cmocka_unit_test(test_markdown_prose_lines),
        cmocka_unit_test(test_appendix_tables),
        cmocka_unit_test(test_pdf_wrapped_labels),
        cmocka_unit_test(test_format_2019),
        cmocka_unit_test(test_label_wrapped_around_figures),
        cmocka_unit_test(test_requests_label_wrapped_around_figures),
        cmocka_unit_test(test_markdown_round_trip),
        cmocka_unit_test(test_encodings),
        cmocka_unit_test(test_gb18030_valid_utf8),
        cmocka_unit_test(test_traditional),
        cmocka_unit_test(test_bad_input),
        cmocka_unit_test_teardown(test_messages_zh, lang_en_teardown),
        cmocka_unit_test(test_glued),
        cmocka_unit_test(test_cells_observed),
        cmocka_unit_test(test_cell_column),
        cmocka_unit_test(test_page_viewer_frame),
        cmocka_unit_test(test_spaced_thousands),
        cmocka_unit_test(test_cell_markup_and_units),
        cmocka_unit_test(test_pdf_words_among_figures),
        cmocka_unit_test(test_pdf_spread_digits),
        cmocka_unit_test(test_year_untitled),
        cmocka_unit_test(test_spaced_title),
        cmocka_unit_test(test_table_of_contents),
        cmocka_unit_test(test_part_headings),
        cmocka_unit_test(test_heading_with_text),
        cmocka_unit_test(test_after_signature),
        cmocka_unit_test(test_review_row_words),
        cmocka_unit_test(test_rows_out_of_order),
        cmocka_unit_test(test_swapped_headings),
        cmocka_unit_test(test_review_after_sentence),
        cmocka_unit_test(test_reviewed_layouts),
        cmocka_unit_test(test_review_labels),
        cmocka_unit_test(test_cells_as_lines),
        cmocka_unit_test(test_hand_aligned),
        cmocka_unit_test(test_active_table_alone),
        cmocka_unit_test(test_wrapped_labels_overflow),
        cmocka_unit_test(test_drawing_order),
        cmocka_unit_test(test_scrambled),
        cmocka_unit_test(test_scrambled_rows),
        cmocka_unit_test(test_mupdf_text),
        cmocka_unit_test(test_dumped_cells),
        cmocka_unit_test(test_archive),
        cmocka_unit_test(test_archive_crc),
        cmocka_unit_test(test_archive_same_names),
        cmocka_unit_test(test_metadata),
        cmocka_unit_test(test_html),
        cmocka_unit_test(test_markdown_html_tables),
        cmocka_unit_test(test_html_merged_figures),
        cmocka_unit_test(test_html_merged_figure_cells),
        cmocka_unit_test(test_boxed),
        cmocka_unit_test(test_boxed_cells),
        cmocka_unit_test(test_flattened),
        cmocka_unit_test(test_docx_input),
        cmocka_unit_test(test_wrapped_sub_row),
        cmocka_unit_test(test_column_order),
        cmocka_unit_test(test_bracketed_agency),
        cmocka_unit_test(test_title_agency_names),
        cmocka_unit_test(test_title_letter_agency),
        cmocka_unit_test(test_subtotal_column),
        cmocka_unit_test(test_xlsx_input),
        cmocka_unit_test(test_xlsx_hidden_sheet),
        cmocka_unit_test(test_xlsx_hidden_column),
        cmocka_unit_test(test_docx_revisions),
        cmocka_unit_test(test_struck_figure),
        cmocka_unit_test(test_docx_styles),
        cmocka_unit_test(test_docx_parts),
        cmocka_unit_test(test_docx_alt_chunks),
        cmocka_unit_test(test_spaced_blank_row),
        cmocka_unit_test(test_sentence_above_table),
        cmocka_unit_test(test_label_qualifier),
        cmocka_unit_test(test_glued_group_label),
        cmocka_unit_test(test_joined_label_space),
        cmocka_unit_test(test_spaced_table_among_tabs),
        cmocka_unit_test(test_label_overflow),
        cmocka_unit_test(test_csv_table),
        cmocka_unit_test(test_csv_merged_labels),
        cmocka_unit_test(test_review_table_above_heading),
        cmocka_unit_test(test_review_year_rows),
        cmocka_unit_test(test_table_without_total),
        cmocka_unit_test(test_section_two_stray_figure),
        cmocka_unit_test(test_worded_sign_apart),
        cmocka_unit_test(test_signed_glued),
        cmocka_unit_test(test_spaced_one_of_two),
        cmocka_unit_test(test_docx_numbering),
        cmocka_unit_test(test_docx_fields),
        cmocka_unit_test(test_docx_text_box),
        cmocka_unit_test(test_raised_mark),
        cmocka_unit_test(test_unclosed_fonts),
        cmocka_unit_test(test_hidden_by_style),
        cmocka_unit_test(test_html_cell_paragraphs),
        cmocka_unit_test(test_html_word_markers),
        cmocka_unit_test(test_html_wrapped_cells),
        cmocka_unit_test(test_group_and_row_in_one_cell),
        cmocka_unit_test(test_docx_nested_tables),
        cmocka_unit_test(test_flattened_narrative),
        cmocka_unit_test(test_flattened_blank),
        cmocka_unit_test(test_pdf_blank_cells),
        cmocka_unit_test(test_pdf_row_over_lines),
        cmocka_unit_test(test_pdf_total_below_label),
        cmocka_unit_test(test_pdf_label_around_figures),
        cmocka_unit_test(test_pdf_caption_piece_before_label),
        cmocka_unit_test(test_label_wordings),
        cmocka_unit_test(test_several_reports),
        cmocka_unit_test(test_fee_in_yuan),
        cmocka_unit_test(test_trailing_tabs),
        cmocka_unit_test(test_pdf_narrow_labels),
        cmocka_unit_test(test_cells_written_blank),
        cmocka_unit_test(test_figure_marks),
        cmocka_unit_test(test_cells_dropped),
        cmocka_unit_test(test_cells_blank_last),
        cmocka_unit_test(test_blank_both_ends),
        cmocka_unit_test(test_cells_every_line),
        cmocka_unit_test(test_signature_set_right),
        cmocka_unit_test(test_figure_with_mark),
        cmocka_unit_test(test_stacked_labels),
        cmocka_unit_test(test_words_for_figure),
        cmocka_unit_test(test_page_of_pages),
        cmocka_unit_test(test_flattened_page_lines),
        cmocka_unit_test(test_flattened_sub_rows_summed),
        cmocka_unit_test(test_flattened_unnumbered_other),
        cmocka_unit_test(test_flattened_words_after_figures),
        cmocka_unit_test(test_flattened_item_after_figure),
        cmocka_unit_test(test_flattened_none_before_signature),
        cmocka_unit_test(test_count_in_transactions),
        cmocka_unit_test(test_flattened_unit_after_label),
        cmocka_unit_test(test_flattened_attachment_after_date),
        cmocka_unit_test(test_flattened_spaced),
        cmocka_unit_test(test_flattened_blanks_lost),
        cmocka_unit_test(test_flattened_label_variants),
        cmocka_unit_test(test_flattened_heading_variants),
        cmocka_unit_test(test_flattened_section_after_table4),
        cmocka_unit_test(test_flattened_zeros_short),
        cmocka_unit_test(test_flattened_table4_digit_a_cell),
        cmocka_unit_test(test_flattened_zero_groups),
        cmocka_unit_test(test_flattened_blank_rows),
        cmocka_unit_test(test_flattened_page_parts),
        cmocka_unit_test(test_extra_cell_tab_after),
        cmocka_unit_test(test_short_tab_row),
        cmocka_unit_test(test_joined_cells),
        cmocka_unit_test(test_negative_before_change),
        cmocka_unit_test(test_sign_apart),
        cmocka_unit_test(test_change_in_words),
        cmocka_unit_test(test_flattened_hostile),
        cmocka_unit_test(test_flattened_positions),
        cmocka_unit_test(test_kangxi_radicals),
        cmocka_unit_test(test_flattened_long),
        cmocka_unit_test(test_loose_flood),
        cmocka_unit_test(test_finding_pages),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
