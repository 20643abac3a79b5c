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

static int section_heading(const char *l, size_t n)
{
    static const char *const numbers[] = {"一、", "二、", "三、", "四、", "五、", "六、"};
    for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++)
        if (n > 6 && memcmp(l, numbers[i], 6) == 0)
            return 1;
    return 0;
}

/* The fixture's text as an ODT body: lines with tabs as rows of tables (an empty cell every
 * other time a covered one, as a merged cell leaves them), the rest as paragraphs; with
 * `outline`, the sections' headings as headings the outline style numbers, their numbers
 * ("一、") taken out of the text. */
static char *body_of(const char *text, int outline)
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
        } else if (outline && section_heading(l, n)) {
            xbuf_puts(&b, "<text:h text:outline-level=\"1\">");
            markup_escape(&b, l + 6, n - 6);
            xbuf_puts(&b, "</text:h>");
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

#define STYLES_HEAD                                                                               \
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"                                               \
    "<office:document-styles"                                                                     \
    " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""                         \
    " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""                           \
    " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:styles>"
#define STYLES_TAIL "</office:styles></office:document-styles>"

/* Headings numbered 一、 and （一）, as LibreOffice's outline style for a Chinese report. */
static const char outline_styles[] =
    STYLES_HEAD "<text:outline-style style:name=\"Outline\">"
    "<text:outline-level-style text:level=\"1\" style:num-suffix=\"、\""
    " style:num-format=\"一, 二, 三, ...\"/>"
    "<text:outline-level-style text:level=\"2\" style:num-prefix=\"（\" style:num-suffix=\"）\""
    " style:num-format=\"一, 二, 三, ...\"/></text:outline-style>" STYLES_TAIL;

/* A report written in LibreOffice reads as its text does, and passes the checker; cut short
 * anywhere, it is read or refused naming the file. */
static void test_odt_report(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    xxgk_report *want = read_text(text, n);
    char *body = body_of(text, 0);
    bytes odt = odt_of(body, NULL, 0);
    assert_file_reads_as(odt.data, odt.len, "report.odt", "odt", want);
    /* the sections' numbers drawn by the outline style, as LibreOffice saves a Word report */
    char *outlined = body_of(text, 1);
    part st = {"styles.xml", (char *)outline_styles, strlen(outline_styles)};
    bytes numbered = odt_of(outlined, &st, 1);
    assert_file_reads_as(numbered.data, numbered.len, "report.odt", "odt", want);
    free(numbered.data);
    free(outlined);
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
        STYLES_HEAD "<style:style style:name=\"Gone\" style:family=\"text\">"
        "<style:text-properties text:display=\"none\"/></style:style>"
        "<style:style style:name=\"Child\" style:family=\"text\" style:parent-style-name=\"Gone\"/>"
        "<style:style style:name=\"Shown\" style:family=\"text\" style:parent-style-name=\"Gone\">"
        "<style:text-properties style:text-line-through-style=\"none\"/></style:style>"
        STYLES_TAIL;
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

/* Numbers drawn before list paragraphs and headings, in the text as typed ones are: headings
 * by the outline style, the levels below a heading starting again; an item's first paragraph
 * by its list's style (or its outer list's), counting on where the list says it continues or
 * an item sets its own number, levels above shown where the style says (those of no number
 * left out, their points too), a heading numbered again where it says so (from its own number
 * or, with none it gives whole, the level's start); none for a bullet, a list header, a style
 * the file lacks, or a heading that carries its number in its text. */
static void test_odt_numbering(void **state)
{
    (void)state;
    static const char styles[] =
        STYLES_HEAD "<text:outline-style style:name=\"Outline\">"
        "<text:outline-level-style text:level=\"1\" style:num-suffix=\"、\""
        " style:num-format=\"一, 二, 三, ...\"/>"
        "<text:outline-level-style text:level=\"2\" style:num-prefix=\"（\""
        " style:num-suffix=\"）\" style:num-format=\"一, 二, 三, ...\"/>"
        "<text:outline-level-style text:level=\"4\" style:num-format=\"1\""
        " text:display-levels=\"4\"/></text:outline-style>"
        "<text:list-style style:name=\"L1\">"
        "<text:list-level-style-number text:level=\"1\" style:num-suffix=\".\""
        " style:num-format=\"1\"/><text:list-level-style-number text:level=\"2\""
        " style:num-suffix=\".\" style:num-format=\"1\" text:display-levels=\"2\"/>"
        "</text:list-style><text:list-style style:name=\"B\">"
        "<text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"●\"/></text:list-style>"
        "<text:list-style style:name=\"WWNum1\"><text:list-level-style-number text:level=\"1\""
        " style:num-suffix=\"、\" style:num-format=\"壹, 贰, 叁, ...\" text:start-value=\"10\"/>"
        "</text:list-style>" STYLES_TAIL;
#define ITEM(text) "<text:list-item><text:p>" text "</text:p></text:list-item>"
    static const char body[] =
        "<text:h text:outline-level=\"1\">总体情况</text:h>"
        "<text:h text:outline-level=\"2\">主动公开</text:h><text:p>正文</text:p>"
        "<text:h text:outline-level=\"2\">依申请公开</text:h>"
        "<text:h text:outline-level=\"1\">主动公开政府信息情况</text:h>"
        "<text:h text:outline-level=\"2\">规章</text:h>"
        "<text:h text:outline-level=\"4\">细则</text:h>"
        "<text:h text:outline-level=\"1\" text:is-list-header=\"true\">不编号</text:h>"
        "<text:h text:outline-level=\"1\"><text:number>七、</text:number>自带编号</text:h>"
        "<text:h text:outline-level=\"1\" text:restart-numbering=\"true\">重新</text:h>"
        "<text:h text:outline-level=\"1\" text:restart-numbering=\"true\""
        " text:start-value=\"x\">再次</text:h>"
        "<text:h text:outline-level=\"1\" text:start-value=\"9\">接续</text:h>"
        "<text:list text:style-name=\"L1\"><text:list-item><text:p>甲</text:p><text:p>续</text:p>"
        "</text:list-item><text:list-item><text:list>" ITEM("乙") "</text:list></text:list-item>"
        ITEM("丙") "<text:list-item><text:p text:style-name=\"T1\">删去</text:p></text:list-item>"
        "</text:list><text:list text:style-name=\"L1\" text:continue-numbering=\"true\">"
        ITEM("丁") "</text:list><text:list text:style-name=\"L1\">"
        "<text:list-item text:start-value=\"5\"><text:p>戊</text:p></text:list-item>" ITEM("己")
        "</text:list><text:list text:style-name=\"L1\">" ITEM("庚")
        "<text:list-header><text:p>表头</text:p></text:list-header></text:list>"
        "<text:list text:style-name=\"B\">" ITEM("要点") "</text:list>"
        "<text:list text:style-name=\"WWNum1\">" ITEM("其他") "</text:list>"
        "<text:list text:style-name=\"nosuch\">" ITEM("无此样式") "</text:list>"
        "<table:table><table:table-row><table:table-cell><text:list text:style-name=\"L1\">"
        ITEM("予以公开") "</text:list></table:table-cell><table:table-cell><text:p>3</text:p>"
        "</table:table-cell></table:table-row></table:table>";
#undef ITEM
    part st = {"styles.xml", (char *)styles, strlen(styles)};
    static const char *const lines[] = {
        "一、总体情况", "(一)主动公开", "正文", "(二)依申请公开", "二、主动公开政府信息情况",
        "(一)规章", "二.一.1细则", "不编号", "七、自带编号", "一、重新", "一、再次", "二、接续",
        "1.甲", "续", "1.1.乙", "2.丙", "",
        "4.丁", "5.戊", "6.己", "1.庚", "表头", "要点", "拾、其他", "无此样式", "1.予以公开\t3"};
    expect_lines(body, &st, 1, lines, sizeof lines / sizeof lines[0]);
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
        cmocka_unit_test(test_odt_numbering),
        cmocka_unit_test(test_odt_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
