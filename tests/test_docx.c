/* The HTML, DOCX and XLSX writers: merged cells that add up to a rectangular grid in every table, the
 * DOCX package as libzip reads it back, escaping, letters as DOCX, and (when LibreOffice is
 * installed) a real conversion of the DOCX to PDF. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zip.h>

#include "lib/docx.h"
#include "support.h"

static bytes write_as(const char *format, const xxgk_report *r)
{
    bytes b = {NULL, 0};
    assert_int_equal(xxgk_write_report(format, r, NULL, sink_bytes, &b), 0);
    assert_non_null(b.data);
    return b;
}

static size_t count(const char *s, const char *needle)
{
    size_t n = 0;
    for (const char *p = s; (p = strstr(p, needle)); p += strlen(needle))
        n++;
    return n;
}

/* An entry of the zip in memory, NUL-terminated; NULL if absent. */
static char *entry(const bytes *zipped, const char *name)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(zipped->data, zipped->len, 0, &ze);
    assert_non_null(src);
    zip_t *za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
    assert_non_null(za);
    char *out = NULL;
    zip_stat_t st;
    if (zip_stat(za, name, 0, &st) == 0) {
        zip_file_t *f = zip_fopen(za, name, 0);
        assert_non_null(f);
        out = malloc(st.size + 1);
        assert_int_equal(zip_fread(f, out, st.size), (zip_int64_t)st.size);
        out[st.size] = '\0';
        zip_fclose(f);
    }
    zip_close(za);
    zip_error_fini(&ze);
    return out;
}

/* Well-formed enough: every start tag closed by its own end tag, one root, no stray '<' or
 * '&' in text, no control characters. */
static int balanced(const char *xml)
{
    const char *stack[64];
    size_t lens[64];
    int depth = 0, roots = 0;
    for (const char *p = xml; *p; p++) {
        if ((unsigned char)*p < 0x20 && *p != '\n' && *p != '\t' && *p != '\r')
            return 0;
        if (*p == '&' && strncmp(p, "&amp;", 5) && strncmp(p, "&lt;", 4) &&
            strncmp(p, "&gt;", 4) && strncmp(p, "&quot;", 6) && strncmp(p, "&apos;", 6))
            return 0;
        if (*p == '>')
            return 0;
        if (*p != '<')
            continue;
        const char *end = strchr(p, '>');
        if (!end)
            return 0;
        if (p[1] == '?') {
            p = end;
            continue;
        }
        int closing = p[1] == '/';
        const char *name = p + 1 + closing;
        size_t n = strcspn(name, " />");
        if (n == 0 || memchr(p + 1, '<', (size_t)(end - p - 1)))
            return 0;
        if (closing) {
            if (depth == 0 || lens[depth - 1] != n || strncmp(stack[depth - 1], name, n))
                return 0;
            depth--;
        } else if (end[-1] != '/') {
            if (depth == 64)
                return 0;
            if (depth == 0)
                roots++;
            stack[depth] = name;
            lens[depth++] = n;
        } else if (depth == 0) {
            roots++;
        }
        p = end;
    }
    return depth == 0 && roots == 1;
}

/* Every row of every Word table covers the whole grid (gridSpan summed), and every vMerge
 * continuation sits under a merged cell of the same columns. */
static void docx_grids(const char *xml, int tables)
{
    int seen = 0;
    for (const char *t = xml; (t = strstr(t, "<w:tbl>")); seen++) {
        const char *tend = strstr(t, "</w:tbl>");
        assert_non_null(tend);
        int ncols = 0, open[64] = {0};
        for (const char *g = t; (g = strstr(g + 1, "<w:gridCol ")) && g < tend;)
            ncols++;
        assert_true(ncols > 0 && ncols < 64);
        for (const char *r = strstr(t, "<w:tr>"); r && r < tend; r = strstr(r + 1, "<w:tr>")) {
            const char *rend = strstr(r, "</w:tr>");
            int x = 0;
            for (const char *c = strstr(r, "<w:tc>"); c && c < rend; c = strstr(c + 1, "<w:tc>")) {
                const char *cend = strstr(c, "</w:tc>");
                const char *gs = strstr(c, "<w:gridSpan w:val=\"");
                int span = gs && gs < cend ? (int)strtol(gs + 19, NULL, 10) : 1;
                const char *vm = strstr(c, "<w:vMerge");
                int state = !vm || vm > cend ? 0 : strncmp(vm, "<w:vMerge/>", 11) == 0 ? 2 : 1;
                assert_true(x + span <= ncols);
                for (int k = x; k < x + span; k++) {
                    if (state == 2)
                        assert_true(open[k]); /* a continuation under a merged cell */
                    open[k] = state != 0;
                }
                x += span;
            }
            assert_int_equal(x, ncols);
        }
        t = tend;
    }
    assert_int_equal(seen, tables);
}

static int attr(const char *tag, const char *end, const char *name)
{
    const char *a = strstr(tag, name);
    return a && a < end ? (int)strtol(a + strlen(name), NULL, 10) : 1;
}

/* Every row of every HTML table is as wide as the others once rowspans carried down from the
 * rows above are counted, and no rowspan runs past the table. */
static void html_grids(const char *html, int tables)
{
    int seen = 0;
    for (const char *t = html; (t = strstr(t, "<table")); seen++) {
        const char *tend = strstr(t, "</table>");
        assert_non_null(tend);
        int carry[64] = {0}, width = -1;
        for (const char *r = strstr(t, "<tr>"); r && r < tend; r = strstr(r + 1, "<tr>")) {
            const char *rend = strstr(r, "</tr>");
            int x = 0;
            for (const char *c = r + 4; c < rend; c++) {
                if (strncmp(c, "<td", 3) && strncmp(c, "<th", 3))
                    continue;
                const char *cend = strchr(c, '>');
                while (x < 64 && carry[x] > 0)
                    x++;
                int rs = attr(c, cend, "rowspan=\""), cs = attr(c, cend, "colspan=\"");
                assert_true(x + cs <= 64);
                for (int k = x; k < x + cs; k++)
                    carry[k] = rs;
                x += cs;
            }
            while (x < 64 && carry[x] > 0)
                x++;
            if (width < 0)
                width = x;
            assert_int_equal(x, width);
            for (int k = 0; k < 64; k++)
                if (carry[k] > 0)
                    carry[k]--;
        }
        for (int k = 0; k < 64; k++)
            assert_int_equal(carry[k], 0);
        t = tend;
    }
    assert_int_equal(seen, tables);
    assert_int_equal(count(html, "</table>"), (size_t)tables);
    assert_int_equal(count(html, "<tr>"), count(html, "</tr>"));
}

static void test_docx_report(void **state)
{
    (void)state;
    xxgk_report *r = load_fixture("report-2021-tabs.txt");
    bytes b = write_as("docx", r);
    assert_memory_equal(b.data, "PK\x03\x04", 4);
    const char *parts[] = {"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels",
                           "word/styles.xml", "word/settings.xml"};
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        char *x = entry(&b, parts[i]);
        assert_non_null(x);
        assert_true(balanced(x));
        free(x);
    }
    char *doc = entry(&b, "word/document.xml");
    assert_non_null(doc);
    assert_true(balanced(doc));
    assert_int_equal(count(doc, "<w:tbl>"), 3);
    docx_grids(doc, 3);
    assert_non_null(strstr(doc, "w:gridSpan"));
    assert_non_null(strstr(doc, "<w:vMerge w:val=\"restart\"/>"));
    /* rows continued under merged cells: section 三's header (the note over two more rows,
     * 自然人, 总计) and its groups (三、 over 21 more rows, （三） 7, （四） 2, （五） 4, （六） 2),
     * section 四's five 行政复议 labels */
    assert_int_equal(count(doc, "<w:vMerge/>"), 2 + 1 + 1 + 21 + 7 + 2 + 4 + 2 + 5);
    assert_int_equal(count(doc, "<w:vMerge w:val=\"restart\"/>"), 3 + 5 + 5);
    assert_non_null(strstr(doc, "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
    assert_non_null(strstr(doc, ">测试市交通运输局2024年政府信息公开工作年度报告<"));
    assert_non_null(strstr(doc, ">120<"));  /* 行政许可 */
    assert_non_null(strstr(doc, ">12.5<")); /* 行政事业性收费, 万元 */
    assert_non_null(strstr(doc, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"));
    assert_non_null(strstr(doc, ">法人或其他组织<"));
    assert_non_null(strstr(doc, ">复议后起诉<"));
    assert_non_null(strstr(doc, ">2025年1月20日<"));
    /* the same report gives the same bytes */
    bytes again = write_as("docx", r);
    assert_int_equal(again.len, b.len);
    assert_memory_equal(again.data, b.data, b.len);
    free(again.data);
    free(doc);
    free(b.data);
    xxgk_report_free(r);
}

static void test_html_report(void **state)
{
    (void)state;
    xxgk_report *r = load_fixture("report-2021-tabs.txt");
    bytes b = write_as("html", r);
    const char *h = b.data;
    assert_int_equal(strncmp(h, "<!DOCTYPE html>\n<html lang=\"zh-CN\">", 34), 0);
    assert_non_null(strstr(h, "<meta charset=\"utf-8\">"));
    assert_non_null(strstr(h, "<style>"));
    assert_non_null(strstr(h, "</body>\n</html>\n"));
    html_grids(h, 3);
    assert_non_null(strstr(h, "<h1>测试市交通运输局2024年政府信息公开工作年度报告</h1>"));
    assert_non_null(strstr(h, "<h2>三、收到和处理政府信息公开申请情况</h2>"));
    assert_non_null(strstr(h, "<th rowspan=\"3\" colspan=\"3\">（本列数据的勾稽关系为：第一项加第二项"
                              "之和，等于第三项加第四项之和）</th><th colspan=\"7\">申请人情况</th>"));
    assert_non_null(strstr(h, "<th rowspan=\"2\">自然人</th><th colspan=\"5\">法人或其他组织</th>"
                              "<th rowspan=\"2\">总计</th>"));
    assert_non_null(strstr(h, "<td class=\"l\" rowspan=\"22\">三、本年度办理结果</td>"));
    assert_non_null(strstr(h, "<td class=\"l\" rowspan=\"8\">（三）不予公开</td>"));
    assert_non_null(strstr(h, "<td class=\"l\" rowspan=\"3\">（六）其他处理</td>"));
    assert_non_null(strstr(h, "<td class=\"l\" colspan=\"3\">四、结转下年度继续办理</td>"));
    assert_non_null(strstr(h, "<th colspan=\"5\">行政复议</th><th colspan=\"10\">行政诉讼</th>"));
    assert_non_null(strstr(h, "<th colspan=\"5\">未经复议直接起诉</th><th colspan=\"5\">复议后起诉</th>"));
    assert_non_null(strstr(h, "<th class=\"c\" colspan=\"4\">第二十条第（一）项</th>"));
    assert_non_null(strstr(h, "<td class=\"l\">行政许可</td><td colspan=\"3\">120</td>"));
    assert_non_null(strstr(h, "<p class=\"sign\">2025年1月20日</p>"));
    /* a read report prints the text of its table-free sections only */
    assert_non_null(strstr(h, "<p>本年度未收取信息处理费。</p>"));
    assert_null(strstr(h, "第二十条第（一）项\t"));
    free(b.data);
    xxgk_report_free(r);
}

/* Excel column letters of 0-based column c ("A", "Z", "AA", ...). */
static void column_name(char *out, int c)
{
    char tmp[8];
    int n = 0;
    for (c++; c > 0; c = (c - 1) / 26)
        tmp[n++] = (char)('A' + (c - 1) % 26);
    for (int i = 0; i < n; i++)
        out[i] = tmp[n - 1 - i];
    out[n] = '\0';
}

/* The XLSX table holds what the CSV holds: one row per report under the same header, figures
 * as numbers, text as strings written in the cells (the workbook is written row by row). */
static void test_xlsx_table(void **state)
{
    (void)state;
    xxgk_report *a = load_fixture("report-2021-tabs.txt");
    xxgk_report *b = load_fixture("report-2019-tabs.txt");
    bytes csv = {NULL, 0}, gathered = {NULL, 0}, x = {NULL, 0};
    assert_int_equal(xxgk_write_header("csv", sink_bytes, &csv), 0);
    assert_int_equal(xxgk_write_report("csv", a, NULL, sink_bytes, &csv), 0);
    assert_int_equal(xxgk_write_report("csv", b, NULL, sink_bytes, &csv), 0);
    assert_int_equal(xxgk_write_header("xlsx", sink_bytes, &gathered), 0);
    assert_int_equal(xxgk_write_report("xlsx", a, NULL, sink_bytes, &gathered), 0);
    assert_int_equal(xxgk_write_report("xlsx", b, NULL, sink_bytes, &gathered), 0);
    assert_int_equal(gathered.len, csv.len); /* the same table, gathered */
    assert_memory_equal(gathered.data, csv.data, csv.len);
    assert_int_equal(xxgk_write_finish("xlsx", gathered.data, gathered.len, sink_bytes, &x), 0);
    assert_true(x.len > 4 && memcmp(x.data, "PK", 2) == 0);
    char *sheet = entry(&x, "xl/worksheets/sheet1.xml");
    assert_non_null(sheet);
    assert_true(balanced(sheet));
    assert_int_equal(count(sheet, "<row "), 3);
    /* every header name, every figure of the first report's row where the CSV has it */
    char *line2 = strchr(csv.data, '\n') + 1;
    int col = 0;
    for (const char *h = csv.data, *v = line2; *h != '\n'; col++) {
        size_t hl = strcspn(h, ",\n"), vl = strcspn(v, ",\n");
        char name[64], want[128], cell[16];
        snprintf(name, sizeof name, "<t>%.*s</t>", (int)hl, h);
        assert_non_null(strstr(sheet, name));
        column_name(cell, col);
        if (col >= 5 && vl > 0) { /* a figure: a number cell */
            snprintf(want, sizeof want, "<c r=\"%s2\"><v>%.*s</v></c>", cell, (int)vl, v);
            if (!strstr(sheet, want))
                fail_msg("%.*s: no %s in the sheet", (int)hl, h, want);
        } else if (vl == 0) {
            snprintf(want, sizeof want, "<c r=\"%s2\"", cell);
            assert_null(strstr(sheet, want)); /* empty stays empty */
        }
        h += hl + (h[hl] == ',');
        v += vl + (v[vl] == ',');
    }
    assert_true(col > 200);
    assert_non_null(strstr(sheet, "<t>测试市交通运输局</t>"));
    assert_non_null(strstr(sheet, "<c r=\"C2\"><v>2024</v></c>")); /* the year, a number */
    assert_non_null(strstr(sheet, "<c r=\"D2\" t=\"inlineStr\"><is><t>2021</t>")); /* text */
    free(sheet);
    free(x.data);
    free(csv.data);
    free(gathered.data);
    xxgk_report_free(a);
    xxgk_report_free(b);
    /* other writers finish with nothing */
    bytes none = {NULL, 0};
    assert_int_equal(xxgk_write_finish("csv", "a\n", 2, sink_bytes, &none), 0);
    assert_null(none.data);
}

/* （六）其他处理 printed as one row (2021 reports that omit its sub-rows, and the 2019 format). */
static void test_single_row_other(void **state)
{
    (void)state;
    size_t n;
    char *base = fixture("report-2021-tabs.txt", &n);
    char *a = drop_line(base, "2.申请人逾期未按收费通知要求缴纳费用");
    char *b = drop_line(a, "\t\t3.其他\t");
    char *c = replace(b, "（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t1\t0\t0\t0\t0\t0\t1",
                      "（六）其他处理\t\t2\t0\t1\t0\t0\t0\t3");
    xxgk_report *r21 = read_text(c, strlen(c));
    xxgk_report *r19 = load_fixture("report-2019-tabs.txt");
    xxgk_report *rs[] = {r21, r19};
    for (int i = 0; i < 2; i++) {
        bytes h = write_as("html", rs[i]);
        html_grids(h.data, 3);
        assert_non_null(strstr(h.data, "<td class=\"l\" rowspan=\"20\">三、本年度办理结果</td>"));
        assert_non_null(strstr(h.data, "<td class=\"l\" colspan=\"2\">（六）其他处理</td>"));
        assert_null(strstr(h.data, "逾期不补正"));
        bytes d = write_as("docx", rs[i]);
        char *doc = entry(&d, "word/document.xml");
        assert_non_null(doc);
        assert_true(balanced(doc));
        docx_grids(doc, 3);
        if (i == 1) /* the 2019 section 二 has five captions */
            assert_non_null(strstr(h.data, "第二十条第（九）项"));
        free(doc);
        free(d.data);
        free(h.data);
    }
    xxgk_report_free(r21);
    xxgk_report_free(r19);
    free(a);
    free(b);
    free(c);
    free(base);
}

/* A report built from figures: all section texts print, unknown figures print empty, and text
 * is escaped in both writers. */
static void test_built_report(void **state)
{
    (void)state;
    xxgk_report *r;
    assert_int_equal(xxgk_report_new(&r, XXGK_FORMAT_2021, "A<&\"B局", 2024), 0);
    const xxgk_format_spec *spec = xxgk_report_spec(r);
    assert_int_equal(xxgk_report_set_cell(r, (size_t)spec->tables[0].rows[2].first_cell, 7), 0);
    assert_int_equal(xxgk_report_add_section(r, 1, "　　第一段 x<y\n\n第二段\x01"), 0);
    assert_int_equal(xxgk_report_add_section(r, 3, "本年共收到申请0件。"), 0);
    assert_int_equal(xxgk_report_set_published(r, "2025-01-15"), 0);
    bytes h = write_as("html", r);
    html_grids(h.data, 3);
    assert_non_null(strstr(h.data, "<title>A&lt;&amp;&quot;B局2024年政府信息公开工作年度报告</title>"));
    assert_non_null(strstr(h.data, "<p>第一段 x&lt;y</p>\n<p>第二段</p>"));
    assert_non_null(strstr(h.data, "<h2>三、收到和处理政府信息公开申请情况</h2>\n<p>本年共收到申请0件。</p>\n<table"));
    assert_non_null(strstr(h.data, "<td colspan=\"3\">7</td>"));
    assert_non_null(strstr(h.data, "<td>?</td>")); /* a figure not set: unknown, not 0 */
    assert_non_null(strstr(h.data, "<h2>二、主动公开政府信息情况</h2>")); /* appended */
    assert_non_null(strstr(h.data, "<p class=\"sign\">A&lt;&amp;&quot;B局</p>"));
    assert_non_null(strstr(h.data, "<p class=\"sign\">2025年1月15日</p>"));
    bytes d = write_as("docx", r);
    char *doc = entry(&d, "word/document.xml");
    assert_non_null(doc);
    assert_true(balanced(doc));
    docx_grids(doc, 3);
    assert_non_null(strstr(doc, ">A&lt;&amp;&quot;B局2024年政府信息公开工作年度报告<"));
    assert_non_null(strstr(doc, ">第一段 x&lt;y<"));
    assert_null(strchr(doc, '\x01'));
    free(doc);
    free(d.data);
    free(h.data);
    xxgk_report_free(r);
}

static void test_letter(void **state)
{
    (void)state;
    xbuf out;
    xbuf_init(&out, 0);
    assert_int_equal(docx_from_paragraphs(&out, "补正告知书", "张三：\r\n\n　　请补正 <&>\xff。\n"), 0);
    bytes b = {out.data, out.len};
    char *doc = entry(&b, "word/document.xml");
    assert_non_null(doc);
    assert_true(balanced(doc));
    assert_non_null(strstr(doc, "<w:pStyle w:val=\"Title\"/></w:pPr><w:r>"
                                "<w:t xml:space=\"preserve\">补正告知书<"));
    assert_int_equal(count(doc, "<w:pStyle w:val=\"Normal\"/>"), 2); /* the empty line too */
    assert_non_null(strstr(doc, ">张三：<"));
    /* (a paragraph's spaces become its style's indent) */
    assert_non_null(strstr(doc, "<w:pStyle w:val=\"BodyText\"/></w:pPr><w:r><w:t "
                                "xml:space=\"preserve\">请补正 &lt;&amp;&gt;\xEF\xBF\xBD。<"));
    char *types = entry(&b, "[Content_Types].xml");
    assert_non_null(strstr(types, "wordprocessingml.document.main+xml"));
    free(types);
    free(doc);
    xbuf_free(&out);
}

/* A letter laid out as an official one: the agency and the title centred, the reference
 * centred under them, the salutation flush left, paragraphs indented two characters by their
 * style, the agency and the date right-aligned. */
static void test_letter_layout(void **state)
{
    (void)state;
    xbuf out;
    xbuf_init(&out, 0);
    const char *letter = "某局\n政府信息公开申请答复书\n\n2024-017\n\n张三：\n\n　　第一段。\n"
                         "事项一\n　　特此告知。\n\n某局\n2024年3月1日\n";
    assert_int_equal(docx_from_paragraphs(&out, NULL, letter), 0);
    bytes b = {out.data, out.len};
    char *doc = entry(&b, "word/document.xml");
    assert_non_null(doc);
#define P(style, text)                                                                        \
    "<w:p><w:pPr><w:pStyle w:val=\"" style "\"/></w:pPr><w:r><w:t xml:space=\"preserve\">" text \
    "</w:t></w:r></w:p>"
#define EMPTY "<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr></w:p>"
    static const char want[] =
        "<w:body>" P("LetterSender", "某局") P("Title", "政府信息公开申请答复书") EMPTY
        P("LetterRef", "2024-017") EMPTY P("Normal", "张三：") EMPTY P("BodyText", "第一段。")
        P("Normal", "事项一") P("BodyText", "特此告知。") EMPTY P("Signature", "某局")
        P("Signature", "2024年3月1日") "<w:sectPr>";
    assert_non_null(strstr(doc, want));
#undef P
#undef EMPTY
    char *styles = entry(&b, "word/styles.xml");
    assert_non_null(styles);
    assert_non_null(strstr(styles, "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name "
                                   "w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/>"
                                   "<w:pPr><w:spacing w:before=\"240\" w:after=\"480\" "
                                   "w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>"
                                   "</w:pPr><w:rPr><w:rFonts w:ascii=\"Times New Roman\" "
                                   "w:hAnsi=\"Times New Roman\" w:eastAsia=\"宋体\"/><w:b/>"));
    assert_non_null(strstr(styles, "w:styleId=\"BodyText\"><w:name w:val=\"Body Text\"/><w:basedOn "
                                   "w:val=\"Normal\"/><w:qFormat/><w:pPr><w:ind "
                                   "w:firstLineChars=\"200\" w:firstLine=\"640\"/></w:pPr>"));
    assert_non_null(strstr(styles, "w:styleId=\"Signature\"><w:name w:val=\"Signature\"/>"
                                   "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:jc "
                                   "w:val=\"right\"/></w:pPr>"));
    assert_non_null(strstr(styles, "w:styleId=\"LetterSender\"><w:name w:val=\"Letter Sender\"/>"
                                   "<w:basedOn w:val=\"Title\"/><w:qFormat/><w:pPr><w:spacing "
                                   "w:before=\"240\" w:after=\"0\""));
    assert_non_null(strstr(styles, "w:styleId=\"LetterRef\"><w:name w:val=\"Letter Reference\"/>"
                                   "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:jc "
                                   "w:val=\"center\"/></w:pPr>"));
    free(styles);
    free(doc);
    xbuf_free(&out);
    /* a text with none of a letter's parts is plain lines, flush left */
    xbuf_init(&out, 0);
    assert_int_equal(docx_from_paragraphs(&out, NULL, "一行\n二行"), 0);
    b = (bytes){out.data, out.len};
    doc = entry(&b, "word/document.xml");
    assert_non_null(strstr(doc, "<w:body><w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr><w:r>"
                                "<w:t xml:space=\"preserve\">一行</w:t></w:r></w:p><w:p><w:pPr>"
                                "<w:pStyle w:val=\"Normal\"/></w:pPr><w:r><w:t xml:space=\""
                                "preserve\">二行</w:t></w:r></w:p><w:sectPr>"));
    free(doc);
    xbuf_free(&out);
}

static void test_writer_table(void **state)
{
    (void)state;
    int found = 0;
    for (size_t i = 0; i < xxgk_writer_count(); i++) {
        const xxgk_writer_info *w = xxgk_writer_at(i);
        if (strcmp(w->name, "html") == 0 || strcmp(w->name, "docx") == 0) {
            assert_true(w->reports);
            assert_false(w->findings);
            found++;
        }
    }
    assert_int_equal(found, 2);
    bytes b = {NULL, 0};
    assert_int_equal(xxgk_write_findings("docx", "a.txt", NULL, NULL, sink_bytes, &b), XXGK_EINVAL);
    assert_int_equal(xxgk_write_header("html", sink_bytes, &b), 0);
    assert_int_equal(b.len, 0);
    /* The table's flags say what the writers do: a writer finishes a document exactly when it
     * gathers, and every writer is found by its name. */
    xxgk_report *r = load_fixture("report-2021-tabs.txt");
    for (size_t i = 0; i < xxgk_writer_count(); i++) {
        const xxgk_writer_info *w = xxgk_writer_at(i);
        assert_ptr_equal(xxgk_writer_named(w->name), w);
        if (!w->reports)
            continue;
        bytes gathered = {NULL, 0}, doc = {NULL, 0};
        assert_int_equal(xxgk_write_header(w->name, sink_bytes, &gathered), 0);
        assert_int_equal(xxgk_write_report(w->name, r, NULL, sink_bytes, &gathered), 0);
        assert_int_equal(xxgk_write_finish(w->name, gathered.data, gathered.len, sink_bytes, &doc),
                         0);
        if (w->gathers != (doc.len > 0))
            fail_msg("%s: gathers is %d, but it finishes %zu bytes", w->name, w->gathers,
                     doc.len);
        free(gathered.data);
        free(doc.data);
    }
    assert_null(xxgk_writer_named("nope"));
    xxgk_report_free(r);
}

/* The real test of a .docx: LibreOffice converts it.  Skipped where LibreOffice is not
 * installed (the project does not depend on it). */
static void test_libreoffice(void **state)
{
    (void)state;
    if (system("command -v soffice >/dev/null 2>&1") != 0)
        skip();
    char dir[] = "/tmp/xxgk-docx-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256], cmd[1024];
    snprintf(path, sizeof path, "%s/report.docx", dir);
    xxgk_report *r = load_fixture("report-2021-tabs.txt");
    bytes b = write_as("docx", r);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(b.data, 1, b.len, f), b.len);
    fclose(f);
    /* A private profile: a user's running LibreOffice would otherwise take the job. */
    snprintf(cmd, sizeof cmd,
             "cd %s && timeout 300 soffice -env:UserInstallation=file://%s/profile --headless "
             "--convert-to pdf report.docx >/dev/null 2>&1 && "
             "pdftotext -layout report.pdf report.txt 2>/dev/null",
             dir, dir);
    int rc = system(cmd);
    snprintf(path, sizeof path, "%s/report.txt", dir);
    char *text = rc == 0 ? slurp(path, NULL) : NULL;
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
    assert_non_null(text);
    assert_non_null(strstr(text, "申请人情况"));
    assert_non_null(strstr(text, "法人或其他组织"));
    assert_non_null(strstr(text, "未经复议直接起诉"));
    assert_non_null(strstr(text, "120"));
    free(text);
    free(b.data);
    xxgk_report_free(r);
}

int main(void)
{
    xxgk_lang_set(XXGK_LANG_EN); /* the messages asserted here are the English ones */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_docx_report),  cmocka_unit_test(test_html_report),
        cmocka_unit_test(test_single_row_other), cmocka_unit_test(test_built_report),
        cmocka_unit_test(test_letter),
        cmocka_unit_test(test_letter_layout),       cmocka_unit_test(test_writer_table),
        cmocka_unit_test(test_xlsx_table),   cmocka_unit_test(test_libreoffice),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
