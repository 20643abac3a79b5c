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
    " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
    " xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
    "<office:automatic-styles>"
    "<style:style style:name=\"T1\" style:family=\"text\">"
    "<style:text-properties style:text-line-through-style=\"solid\"/></style:style>"
    "<style:style style:name=\"T2\" style:family=\"text\">"
    "<style:text-properties style:text-position=\"super 58%\"/></style:style>"
    "<style:style style:name=\"P1\" style:family=\"paragraph\""
    " style:parent-style-name=\"Section\"/>"
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
 * `open` (and `close`), the sections' headings as those elements, their numbers ("一、")
 * taken out of the text for the styles to draw. */
static char *body_of(const char *text, const char *open, const char *close)
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
        } else if (open && section_heading(l, n)) {
            xbuf_puts(&b, open);
            markup_escape(&b, l + 6, n - 6);
            xbuf_puts(&b, close);
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

/* Paragraphs numbered 一、 by their paragraph style's list style (style:list-style-name), an
 * automatic style (P1, in content.xml) based on this one. */
static const char section_styles[] =
    STYLES_HEAD "<style:style style:name=\"Section\" style:family=\"paragraph\""
    " style:list-style-name=\"CN\"/><text:list-style style:name=\"CN\">"
    "<text:list-level-style-number text:level=\"1\" style:num-suffix=\"、\""
    " style:num-format=\"一, 二, 三, ...\"/></text:list-style>" STYLES_TAIL;

/* A report written in LibreOffice reads as its text does, and passes the checker; cut short
 * anywhere, it is read or refused naming the file. */
static void test_odt_report(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    xxgk_report *want = read_text(text, n);
    char *body = body_of(text, NULL, NULL);
    bytes odt = odt_of(body, NULL, 0);
    assert_file_reads_as(odt.data, odt.len, "report.odt", "odt", want);
    /* the sections' numbers drawn by the outline style, as LibreOffice saves a Word report */
    char *outlined = body_of(text, "<text:h text:outline-level=\"1\">", "</text:h>");
    part st = {"styles.xml", (char *)outline_styles, strlen(outline_styles)};
    bytes numbered = odt_of(outlined, &st, 1);
    assert_file_reads_as(numbered.data, numbered.len, "report.odt", "odt", want);
    free(numbered.data);
    free(outlined);
    /* or by the list style of the headings' paragraph style, outside any list; without it
     * (no styles.xml) the numbers are missing, each section said to have none */
    char *styled = body_of(text, "<text:p text:style-name=\"P1\">", "</text:p>");
    part ss = {"styles.xml", (char *)section_styles, strlen(section_styles)};
    numbered = odt_of(styled, &ss, 1);
    assert_file_reads_as(numbered.data, numbered.len, "report.odt", "odt", want);
    free(numbered.data);
    numbered = odt_of(styled, NULL, 0);
    xxgk_report *bare = NULL;
    xxgk_read_options bo = {.name = "report.odt"};
    assert_int_equal(xxgk_report_read(&bare, numbered.data, numbered.len, &bo), 0);
    xxgk_findings *f = check_report(bare);
    char ev[256];
    assert_int_equal(count_rule(f, "struct-section-order", ev, sizeof ev), 6);
    assert_non_null(strstr(ev, "“总体情况”没有序号"));
    xxgk_findings_free(f);
    xxgk_report_free(bare);
    free(numbered.data);
    free(styled);
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

/* The list styles of the tests below: 一、 and （一）, and 1. */
#define LIST_STYLES                                                                               \
    "<text:list-style style:name=\"CN\"><text:list-level-style-number text:level=\"1\""       \
    " style:num-suffix=\"、\" style:num-format=\"一, 二, 三, ...\"/>"                            \
    "<text:list-level-style-number text:level=\"2\" style:num-prefix=\"（\""                    \
    " style:num-suffix=\"）\" style:num-format=\"一, 二, 三, ...\"/></text:list-style>"          \
    "<text:list-style style:name=\"D\"><text:list-level-style-number text:level=\"1\""        \
    " style:num-suffix=\".\" style:num-format=\"1\"/></text:list-style>"

/* Paragraphs outside lists numbered by their paragraph style's list style (style:list-style-name,
 * through the styles it is based on): all of them one list, counting on whatever lies between
 * (the text:list lists of the style apart), at level 1, the style's style:list-level or a
 * heading's outline level; a heading numbered so not by the outline style, but by it where the
 * list style named is not in the file; the list style "" numbering nothing, not even a heading;
 * a paragraph in a list numbered by the list only, once; a list naming no list style, by its
 * paragraphs' (and counted from the start), none when they have none either. */
static void test_odt_styled_numbering(void **state)
{
    (void)state;
    static const char styles[] =
        STYLES_HEAD "<text:outline-style style:name=\"Outline\">"
        "<text:outline-level-style text:level=\"1\" style:num-suffix=\"、\""
        " style:num-format=\"一, 二, 三, ...\"/></text:outline-style>" LIST_STYLES
        "<style:style style:name=\"Sec\" style:family=\"paragraph\" style:list-style-name=\"CN\"/>"
        "<style:style style:name=\"Sub\" style:family=\"paragraph\" style:parent-style-name=\"Sec\""
        " style:list-level=\"2\"/>"
        "<style:style style:name=\"Child\" style:family=\"paragraph\""
        " style:parent-style-name=\"Sec\"/>"
        "<style:style style:name=\"Off\" style:family=\"paragraph\" style:parent-style-name=\"Sec\""
        " style:list-style-name=\"\"/>"
        "<style:style style:name=\"Lost\" style:family=\"paragraph\""
        " style:list-style-name=\"nosuch\"/>" STYLES_TAIL;
    static const char body[] =
        "<text:p text:style-name=\"Sec\">总体情况</text:p><text:p>正文</text:p>"
        "<text:p text:style-name=\"Sub\">主动公开</text:p>"
        "<text:p text:style-name=\"Sub\">依申请公开</text:p>"
        "<text:h text:style-name=\"Child\" text:outline-level=\"1\">主动公开政府信息情况</text:h>"
        "<text:h text:style-name=\"Child\" text:outline-level=\"2\">规章</text:h>"
        "<text:p text:style-name=\"Off\">不编号</text:p>"
        "<text:h text:style-name=\"Off\" text:outline-level=\"1\">标题不编号</text:h>"
        "<text:h text:outline-level=\"1\">大纲</text:h>"
        "<text:h text:style-name=\"Lost\" text:outline-level=\"1\">缺样式</text:h>"
        "<text:p text:style-name=\"Lost\">缺样式段落</text:p>"
        "<text:list text:style-name=\"CN\"><text:list-item><text:p text:style-name=\"Sec\">列表内"
        "</text:p><text:p text:style-name=\"Sec\">续</text:p></text:list-item></text:list>"
        "<text:list text:style-name=\"D\"><text:list-item><text:p text:style-name=\"Sec\">他表"
        "</text:p></text:list-item></text:list>"
        "<text:list><text:list-item><text:p text:style-name=\"Sec\">无名表</text:p>"
        "</text:list-item><text:list-item><text:p text:style-name=\"Sec\">无名表二</text:p>"
        "</text:list-item></text:list>"
        "<text:list><text:list-item><text:p>无样式</text:p></text:list-item></text:list>"
        "<text:p text:style-name=\"Sec\">收到和处理政府信息公开申请情况</text:p>"
        "<text:h text:style-name=\"Sec\" text:outline-level=\"1\" text:restart-numbering=\"true\""
        " text:start-value=\"6\">其他需要报告的事项</text:h>";
    part st = {"styles.xml", (char *)styles, strlen(styles)};
    static const char *const lines[] = {
        "一、总体情况", "正文", "(一)主动公开", "(二)依申请公开", "二、主动公开政府信息情况",
        "(一)规章", "不编号", "标题不编号", "一、大纲", "二、缺样式", "缺样式段落", "一、列表内",
        "续", "1.他表", "一、无名表", "二、无名表二", "无样式",
        "三、收到和处理政府信息公开申请情况", "六、其他需要报告的事项"};
    expect_lines(body, &st, 1, lines, sizeof lines / sizeof lines[0]);
}

/* Numbered paragraphs (text:numbered-paragraph): those of one text:list-id count on together
 * whatever lies between, at their text:level, drawn by the list style each names or, naming
 * none, its list's; another id a list of its own; text:start-value sets the number, counted
 * on from; a list begun with text:continue-numbering counts on from the last, and a paragraph
 * naming no list goes on with the last; a heading numbered by its list, not the outline
 * style; none without a style; in a table's cell too. */
static void test_odt_numbered_paragraphs(void **state)
{
    (void)state;
    static const char styles[] =
        STYLES_HEAD "<text:outline-style style:name=\"Outline\">"
        "<text:outline-level-style text:level=\"1\" style:num-format=\"I\""
        " style:num-suffix=\" \"/></text:outline-style>" LIST_STYLES STYLES_TAIL;
#define NUMBERED(attrs, p) "<text:numbered-paragraph " attrs ">" p "</text:numbered-paragraph>"
#define L1 "text:list-id=\"L1\" text:style-name=\"CN\""
    static const char body[] =
        NUMBERED(L1, "<text:p>甲</text:p>") "<text:p>正文</text:p>"
        NUMBERED(L1, "<text:p>乙</text:p>")
        NUMBERED("text:list-id=\"L1\" text:level=\"2\"", "<text:p>乙一</text:p>")
        NUMBERED("text:list-id=\"L2\" text:style-name=\"CN\"", "<text:p>新</text:p>")
        NUMBERED(L1, "<text:h text:outline-level=\"1\">丙</text:h>")
        NUMBERED(L1 " text:start-value=\"6\"", "<text:p>己</text:p>")
        NUMBERED("text:list-id=\"L3\" text:style-name=\"CN\" text:continue-numbering=\"true\"",
                 "<text:p>续</text:p>")
        NUMBERED("text:style-name=\"CN\"", "<text:p>无列表</text:p>")
        NUMBERED("text:list-id=\"L4\" text:style-name=\"D\"", "<text:p>十进制</text:p>")
        NUMBERED("text:list-id=\"L5\"", "<text:p>无样式</text:p>")
        "<text:h text:outline-level=\"1\">大纲</text:h>"
        "<table:table><table:table-row><table:table-cell>"
        NUMBERED("text:list-id=\"L4\" text:style-name=\"D\"", "<text:p>予以公开</text:p>")
        "</table:table-cell><table:table-cell><text:p>3</text:p></table:table-cell>"
        "</table:table-row></table:table>";
#undef L1
    part st = {"styles.xml", (char *)styles, strlen(styles)};
    static const char *const lines[] = {
        "一、甲", "正文",       "二、乙",   "(一)乙一", "一、新", "三、丙",       "六、己",
        "七、续", "八、无列表", "1.十进制", "无样式",   "I 大纲", "2.予以公开\t3"};
    expect_lines(body, &st, 1, lines, sizeof lines / sizeof lines[0]);
}

/* Styles based on each other in a loop, or further than is followed, levels and numbers out of
 * range, styles the file lacks, more lists than are kept: numbered as far as makes sense, in
 * bounded time, never a crash. */
static void test_odt_numbering_hostile(void **state)
{
    (void)state;
    xbuf st;
    xbuf_init(&st, 0);
    xbuf_puts(&st, STYLES_HEAD LIST_STYLES
              "<style:style style:name=\"A\" style:parent-style-name=\"B\"/>"
              "<style:style style:name=\"B\" style:parent-style-name=\"A\"/>"
              "<style:style style:name=\"Self\" style:parent-style-name=\"Self\"/>"
              "<style:style style:name=\"Deep\" style:list-style-name=\"CN\""
              " style:list-level=\"1000\"/>");
    for (int i = 1; i < 20; i++) /* (C1 is based on C2 ... on C20, which says CN) */
        xbuf_printf(&st, "<style:style style:name=\"C%d\" style:parent-style-name=\"C%d\"/>", i,
                    i + 1);
    xbuf_puts(&st, "<style:style style:name=\"C20\" style:list-style-name=\"CN\"/>" STYLES_TAIL);
    xbuf body;
    xbuf_init(&body, 0);
    xbuf_puts(&body,
              "<text:p text:style-name=\"A\">环</text:p>"
              "<text:h text:style-name=\"Self\" text:outline-level=\"99\">自环</text:h>"
              "<text:p text:style-name=\"C1\">远</text:p><text:p text:style-name=\"C5\">近</text:p>"
              "<text:p text:style-name=\"Deep\">深</text:p>"
              NUMBERED("text:list-id=\"X\" text:style-name=\"CN\" text:level=\"99999999999\""
                       " text:start-value=\"99999999999\"", "<text:p>大</text:p>")
              NUMBERED("text:list-id=\"X\" text:level=\"-3\" text:start-value=\"-5\"",
                       "<text:p>负</text:p>")
              NUMBERED("text:list-id=\"X\" text:start-value=\"1000000\"", "<text:p>百万</text:p>")
              NUMBERED("text:list-id=\"X\" text:style-name=\"nosuch\"", "<text:p>缺</text:p>")
              NUMBERED("text:list-id=\"\"", "<text:p>空</text:p>"));
    for (int i = 0; i < 300; i++) /* (lists past the 256th numbered no longer) */
        xbuf_printf(&body, NUMBERED("text:list-id=\"n%d\" text:style-name=\"CN\"",
                                    "<text:p>%d</text:p>"), i, i);
    assert_false(st.failed || body.failed);
    part p = {"styles.xml", st.data, st.len};
    const char *lines[310] = {"环", "自环", "远", "一、近", "深", "大", "一、负", "1000000、百万",
                              "1000001、缺", "空"};
    char kept[300][16];
    for (int i = 0; i < 300; i++) {
        snprintf(kept[i], sizeof kept[i], i < 254 ? "一、%d" : "%d", i);
        lines[10 + i] = kept[i];
    }
    expect_lines(body.data, &p, 1, lines, 310);
#undef NUMBERED
    xbuf_free(&body);
    xbuf_free(&st);
}

/* Damaged, or not a text: said, naming the file. */
/* A link (text:a) whose text shows another address than its xlink:href is said at its line;
 * one showing its own target, its text in a span, is not. */
static void test_odt_links(void **state)
{
    (void)state;
    static const char body[] =
        "<text:p>测试市交通运输局2024年政府信息公开工作年度报告</text:p>"
        "<text:p>联系邮箱：<text:a xlink:type=\"simple\" xlink:href=\"mailto:jtj@test.gov.cn\">"
        "jtys@test.gov.cn</text:a>；<text:a xlink:href=\"mailto:a@b.cn\"><text:span>a@b.cn"
        "</text:span></text:a></text:p>";
    bytes odt = odt_of(body, NULL, 0);
    xxgk_report *r = NULL;
    assert_int_equal(xxgk_report_read(&r, odt.data, odt.len, NULL), 0);
    free(odt.data);
    xxgk_findings *f = check_report(r);
    char ev[256];
    assert_int_equal(count_rule(f, "text-link-mismatch", ev, sizeof ev), 1);
    assert_string_equal(ev, "显示“jtys@test.gov.cn”，链接到“mailto:jtj@test.gov.cn”");
    for (size_t i = 0; i < xxgk_findings_count(f); i++)
        if (strcmp(xxgk_findings_get(f, i)->rule->id, "text-link-mismatch") == 0)
            assert_int_equal(xxgk_findings_get(f, i)->line, 2);
    xxgk_findings_free(f);
    xxgk_report_free(r);
}

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
        cmocka_unit_test(test_odt_styled_numbering),
        cmocka_unit_test(test_odt_numbered_paragraphs),
        cmocka_unit_test(test_odt_numbering_hostile),
        cmocka_unit_test(test_odt_links),
        cmocka_unit_test(test_odt_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
