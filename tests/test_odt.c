/* The OpenDocument text reader: packages built here from a fixture's text, its tables as
 * LibreOffice writes them (merged places as covered cells, cells and rows repeated, header
 * rows), the text a report does not show left out (struck through or hidden by a style, notes,
 * comments, tracked deletions), and the ways a package can be damaged. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include <cmocka.h>

#include "support.h"
#include "util/text.h"
#include "xxgk/xxgk.h"

#define MIMETYPE "application/vnd.oasis.opendocument.text"

static const char head[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<office:document-content"
    " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
    " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
    " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
    " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
    " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
    " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\">"
    "<office:automatic-styles>"
    "<style:style style:name=\"T1\" style:family=\"text\">"
    "<style:text-properties style:text-line-through-style=\"solid\"/></style:style>"
    "<style:style style:name=\"T2\" style:family=\"text\">"
    "<style:text-properties style:text-position=\"super 58%\"/></style:style>"
    "</office:automatic-styles><office:body><office:text>";
static const char tail[] = "</office:text></office:body></office:document-content>";

/* A package of content.xml `body` (between head and tail) and the parts given, the mimetype
 * first. */
static bytes odt_of(const char *body, const part *more, size_t nmore)
{
    xbuf content;
    xbuf_init(&content, 0);
    xbuf_puts(&content, head);
    xbuf_puts(&content, body);
    xbuf_puts(&content, tail);
    part p[4] = {{"mimetype", (char *)MIMETYPE, strlen(MIMETYPE)},
                 {"content.xml", content.data, content.len}};
    assert_true(nmore <= 2);
    for (size_t i = 0; i < nmore; i++)
        p[2 + i] = more[i];
    bytes b = zip_parts(p, 2 + nmore);
    xbuf_free(&content);
    return b;
}

/* The fixture's text as an ODT body: lines with tabs as rows of tables (an empty cell every
 * other time a covered one, as a merged cell leaves them), the rest as paragraphs. */
static char *body_of(const char *text)
{
    xbuf b;
    xbuf_init(&b, 0);
    int in_table = 0, empty = 0;
    for (const char *l = text; *l;) {
        const char *e = strchr(l, '\n');
        size_t n = e ? (size_t)(e - l) : strlen(l);
        int row = memchr(l, '\t', n) != NULL;
        if (row && !in_table)
            xbuf_puts(&b, "<table:table><table:table-column/>");
        if (!row && in_table)
            xbuf_puts(&b, "</table:table>");
        in_table = row;
        if (row) {
            xbuf_puts(&b, "<table:table-row>");
            for (const char *c = l; c <= l + n;) {
                const char *t = memchr(c, '\t', (size_t)(l + n - c));
                size_t cn = t ? (size_t)(t - c) : (size_t)(l + n - c);
                if (cn == 0 && empty++ % 2) {
                    xbuf_puts(&b, "<table:covered-table-cell/>");
                } else {
                    xbuf_puts(&b, "<table:table-cell><text:p>");
                    markup_escape(&b, c, cn);
                    xbuf_puts(&b, "</text:p></table:table-cell>");
                }
                c += cn + 1;
            }
            xbuf_puts(&b, "</table:table-row>");
        } else {
            xbuf_puts(&b, "<text:p>");
            markup_escape(&b, l, n);
            xbuf_puts(&b, "</text:p>");
        }
        l += n + (e != NULL);
    }
    if (in_table)
        xbuf_puts(&b, "</table:table>");
    assert_false(b.failed);
    return b.data;
}

/* A report written in LibreOffice reads as its text does, and passes the checker; cut short
 * anywhere, it is read or refused naming the file. */
static void test_odt_report(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    xxgk_report *want = read_text(text, n);
    char *body = body_of(text);
    bytes odt = odt_of(body, NULL, 0);
    assert_file_reads_as(odt.data, odt.len, "report.odt", "odt", want);
    xxgk_report *got = NULL;
    xxgk_read_options o = {.name = "report.odt"};
    assert_int_equal(xxgk_report_read(&got, odt.data, odt.len, &o), 0);
    assert_string_equal(xxgk_report_encoding(got), "ODT");
    xxgk_report_free(got);
    free(odt.data);
    free(body);
    xxgk_report_free(want);
    free(text);
}

/* The text read from an ODT of body (and parts) is lines[0..nlines), or fail. */
static void expect_lines(const char *body, const part *more, size_t nmore, const char *const *lines,
                         size_t nlines)
{
    bytes odt = odt_of(body, more, nmore);
    xxgk_report *r = NULL;
    xxgk_read_options o = {.name = "t.odt"};
    if (xxgk_report_read(&r, odt.data, odt.len, &o) != 0)
        fail_msg("%s", xxgk_error_last());
    for (size_t i = 0; i < nlines; i++)
        assert_string_equal(xxgk_report_line(r, (unsigned)i + 1), lines[i]);
    assert_int_equal(xxgk_report_line_count(r), nlines);
    xxgk_report_free(r);
    free(odt.data);
}

/* What the text shows, and only that. */
static void test_odt_text(void **state)
{
    (void)state;
    /* spaces written as text:s, a tab and a line break inside a paragraph as spaces (two after
     * a digit), a heading, a list's items, a text box on a line of its own */
    static const char words[] =
        "<text:h>一、总体情况</text:h>"
        "<text:p>全年<text:s text:c=\"3\"/>收到<text:tab/>申请12<text:line-break/>345件</text:p>"
        "<text:list><text:list-item><text:p>（一）主动公开</text:p></text:list-item></text:list>"
        "<text:p>行政处罚<draw:frame><draw:text-box><text:p>35</text:p></draw:text-box>"
        "</draw:frame></text:p>"
        "<text:p>申请数量<draw:custom-shape><text:p>128</text:p><text:p>256</text:p>"
        "</draw:custom-shape></text:p>";
    static const char *const wl[] = {"一、总体情况", "全年   收到 申请12  345件", "(一)主动公开",
                                     "行政处罚", "35", "申请数量", "128", "256"};
    expect_lines(words, NULL, 0, wl, 8);
    /* left out: a figure struck through (corrected in place), by an automatic style or a named
     * one it is based on; hidden text; a note; a comment; a tracked deletion; a ruby's reading */
    static const char styles_xml[] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<office:document-styles"
        " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
        " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:styles>"
        "<style:style style:name=\"Gone\" style:family=\"text\">"
        "<style:text-properties text:display=\"none\"/></style:style>"
        "<style:style style:name=\"Child\" style:family=\"text\" style:parent-style-name=\"Gone\"/>"
        "<style:style style:name=\"Shown\" style:family=\"text\" style:parent-style-name=\"Gone\">"
        "<style:text-properties style:text-line-through-style=\"none\"/></style:style>"
        "</office:styles></office:document-styles>";
    part st = {"styles.xml", (char *)styles_xml, strlen(styles_xml)};
    static const char left[] =
        "<text:p>行政处罚<text:span text:style-name=\"T1\">53</text:span>35"
        "<text:span text:style-name=\"T2\">1</text:span></text:p>"
        "<text:p>A<text:span text:style-name=\"Child\">B</text:span>"
        "<text:span text:style-name=\"Shown\">C</text:span></text:p>"
        "<text:p>D<text:note><text:note-citation>1</text:note-citation><text:note-body>"
        "<text:p>注</text:p></text:note-body></text:note><office:annotation><text:p>批注</text:p>"
        "</office:annotation>E<text:hidden-text text:string-value=\"x\">F</text:hidden-text></text:p>"
        "<text:tracked-changes><text:changed-region><text:deletion><text:p>删去</text:p>"
        "</text:deletion></text:changed-region></text:tracked-changes>"
        "<text:p><text:ruby><text:ruby-base>公</text:ruby-base><text:ruby-text>gong</text:ruby-text>"
        "</text:ruby>开</text:p>";
    static const char *const ll[] = {"行政处罚35", "AC", "DE", "公开"};
    expect_lines(left, &st, 1, ll, 4);
    /* tables: a merged cell's covered places empty cells, cells and rows repeated, header
     * rows and row groups, a table in a cell after its row, a table of one column as lines */
    static const char tables[] =
        "<table:table><table:table-header-rows><table:table-row>"
        "<table:table-cell table:number-columns-spanned=\"2\"><text:p>信息内容</text:p>"
        "</table:table-cell><table:covered-table-cell/><table:table-cell><text:p>数量</text:p>"
        "</table:table-cell></table:table-row></table:table-header-rows>"
        "<table:table-row-group><table:table-row table:number-rows-repeated=\"2\">"
        "<table:table-cell table:number-columns-repeated=\"3\"><text:p>0</text:p>"
        "</table:table-cell></table:table-row></table:table-row-group>"
        "<table:table-row><table:table-cell><text:p>12</text:p><text:p>5</text:p>"
        "<table:table><table:table-row><table:table-cell><text:p>内</text:p></table:table-cell>"
        "<table:table-cell><text:p>表</text:p></table:table-cell></table:table-row></table:table>"
        "</table:table-cell><table:table-cell><text:p>商业</text:p><text:p>企业</text:p>"
        "</table:table-cell></table:table-row></table:table>"
        "<table:table><table:table-row><table:table-cell><text:p>整页</text:p><text:p>两行</text:p>"
        "</table:table-cell></table:table-row></table:table>";
    static const char *const tl[] = {"信息内容\t\t数量", "0\t0\t0", "0\t0\t0", "12  5\t商业企业",
                                     "内\t表", "整页", "两行"};
    expect_lines(tables, NULL, 0, tl, 7);
}

/* Damaged, or not a text: said, naming the file. */
static void test_odt_refused(void **state)
{
    (void)state;
    static const char body[] = "<text:p>测试</text:p>";
    bytes odt = odt_of(body, NULL, 0);
    xxgk_report *r = NULL;
    xxgk_read_options o = {.name = "bad.odt"};
    /* cut short in its content: the package cannot be opened */
    assert_int_equal(xxgk_report_read(&r, odt.data, odt.len / 2, &o), XXGK_EENCODING);
    assert_non_null(strstr(xxgk_error_last(),
                           "bad.odt: a damaged or truncated OpenDocument text (.odt)"));
    free(odt.data);
    /* a presentation */
    static const char pres[] = "application/vnd.oasis.opendocument.presentation";
    part p[] = {{"mimetype", (char *)pres, strlen(pres)}, {"content.xml", (char *)body, 5}};
    bytes b = zip_parts(p, 2);
    xxgk_read_options po = {.name = "slides.odp"};
    assert_true(xxgk_report_read(&r, b.data, b.len, &po) < 0);
    assert_non_null(strstr(xxgk_error_last(), "slides.odp: an OpenDocument file (a presentation"));
    free(b.data);
    /* no content.xml */
    part none[] = {{"mimetype", (char *)MIMETYPE, strlen(MIMETYPE)}};
    b = zip_parts(none, 1);
    assert_int_equal(xxgk_report_read(&r, b.data, b.len, &o), XXGK_EENCODING);
    assert_string_equal(xxgk_error_last(), "bad.odt: a damaged OpenDocument text: it has no "
                                           "content.xml");
    free(b.data);
    /* nested past what is followed: refused, not cut off without a word */
    xbuf deep;
    xbuf_init(&deep, 0);
    for (int i = 0; i < 80; i++)
        xbuf_puts(&deep, "<text:section>");
    xbuf_puts(&deep, "<text:p>深</text:p>");
    for (int i = 0; i < 80; i++)
        xbuf_puts(&deep, "</text:section>");
    b = odt_of(deep.data, NULL, 0);
    assert_int_equal(xxgk_report_read(&r, b.data, b.len, &o), XXGK_ELIMIT);
    assert_non_null(strstr(xxgk_error_last(), "nested more than 64 deep"));
    free(b.data);
    xbuf_free(&deep);
}

int main(void)
{
    xxgk_lang_set(XXGK_LANG_EN);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_odt_report),
        cmocka_unit_test(test_odt_text),
        cmocka_unit_test(test_odt_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
