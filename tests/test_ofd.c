/* The OFD reader: packages built here from a fixture's text, each cell a TextObject placed on a
 * grid the way an OFD writer places a table's cells, in the forms real writers use (CTM in
 * points, DeltaX with its "g" runs, page blocks, pages named from the package root); and the
 * ways a package can be damaged. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zip.h>

#include <cmocka.h>

#include "lib/ofd_text.h"
#include "lib/package.h"
#include "support.h"
#include "util/text.h"

#define LINES_PER_PAGE 40
#define CHAR_MM 3.5 /* font size: a wide character's width */

/* Width of a cell's text in millimetres: wide characters CHAR_MM, the rest half. */
static double text_mm(const char *s, size_t n)
{
    double w = 0;
    for (size_t i = 0; i < n;) {
        int32_t c;
        i += u8_next(s + i, n - i, &c);
        w += c >= 0x80 ? CHAR_MM : CHAR_MM / 2;
    }
    return w;
}

static void xml_text(xbuf *b, const char *s, size_t n)
{
    markup_escape(b, s, n);
}

/* One cell as a TextObject at (x, y) mm, y its baseline.  Odd cells are written in points with
 * a CTM (as converters from PDF do), even ones in millimetres; DeltaX is given as a "g" run, or
 * left out for the reader's own advance. */
static void text_object(xbuf *b, int id, double x, double y, const char *s, size_t n, int style)
{
    size_t count = u8_count(s, n);
    double w = text_mm(s, n);
    if (style % 2) {
        const double pt = 0.3527; /* millimetres per point */
        xbuf_printf(b,
                    "<ofd:TextObject ID=\"%d\" Boundary=\"%.3f %.3f %.3f %.3f\" CTM=\"%.4f 0 0 "
                    "%.4f 0 0\" Font=\"2\" Size=\"%.3f\"><ofd:TextCode X=\"0\" Y=\"%.3f\"",
                    id, x, y - CHAR_MM, w + 1, CHAR_MM * 1.4, pt, pt, CHAR_MM / pt,
                    CHAR_MM / pt);
        if (count > 1) {
            xbuf_puts(b, " DeltaX=\"");
            /* per character: wide ones CHAR_MM, others half, in points */
            for (size_t i = 0, k = 0; i < n && k + 1 < count; k++) {
                int32_t c;
                i += u8_next(s + i, n - i, &c);
                xbuf_printf(b, "%s%.3f", k ? " " : "", (c >= 0x80 ? CHAR_MM : CHAR_MM / 2) / pt);
            }
            xbuf_putc(b, '"');
        }
    } else {
        xbuf_printf(b,
                    "<ofd:TextObject ID=\"%d\" Boundary=\"%.3f %.3f %.3f %.3f\" Font=\"2\" "
                    "Size=\"%.3f\"><ofd:TextCode X=\"0\" Y=\"%.3f\"",
                    id, x, y - CHAR_MM, w + 1, CHAR_MM * 1.4, CHAR_MM, CHAR_MM);
        int all_wide = 1;
        for (size_t i = 0; i < n; i++)
            all_wide &= ((unsigned char)s[i] >= 0x80);
        if (count > 1 && all_wide && style % 4 == 0)
            xbuf_printf(b, " DeltaX=\"g %zu %.3f\"", count - 1, CHAR_MM);
    }
    xbuf_puts(b, ">");
    xml_text(b, s, n);
    xbuf_puts(b, "</ofd:TextCode></ofd:TextObject>\n");
}

#define MAX_LINES 200
#define MAX_COLS 24

/* An OFD package of text: one line a row, tab-separated cells on a grid whose columns are as wide
 * as their widest cell within each block of lines (blocks end at a blank line). */
static bytes ofd_of(const char *text)
{
    const char *lines[MAX_LINES];
    size_t lens[MAX_LINES], nl = 0;
    for (const char *p = text; *p && nl < MAX_LINES;) {
        const char *e = strchr(p, '\n');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        lines[nl] = p;
        lens[nl++] = n;
        p += n + (e != NULL);
    }
    double colx[MAX_LINES][MAX_COLS];
    for (size_t a = 0; a < nl;) {
        size_t z = a;
        while (z < nl && lens[z])
            z++;
        double width[MAX_COLS] = {0};
        for (size_t l = a; l < z; l++) {
            size_t col = 0, at = 0;
            for (size_t i = 0; i <= lens[l]; i++)
                if (i == lens[l] || lines[l][i] == '\t') {
                    double w = text_mm(lines[l] + at, i - at) + 2 * CHAR_MM;
                    if (col < MAX_COLS && w > width[col])
                        width[col] = w;
                    col++;
                    at = i + 1;
                }
        }
        for (size_t l = a; l <= z && l < nl; l++) {
            double x = 20;
            for (size_t c = 0; c < MAX_COLS; c++) {
                colx[l][c] = x;
                x += width[c] > 2 * CHAR_MM ? width[c] : 4 * CHAR_MM;
            }
        }
        a = z + 1;
    }
    size_t npages = (nl + LINES_PER_PAGE - 1) / LINES_PER_PAGE;
    part parts[16];
    size_t np = 0;
    static char ofd_xml[] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" DocType=\"OFD\" Version=\"1.0\">"
        "<ofd:DocBody><ofd:DocInfo><ofd:DocID>x</ofd:DocID></ofd:DocInfo>"
        "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>";
    parts[np++] = (part){"OFD.xml", ofd_xml, strlen(ofd_xml)};
    xbuf doc;
    xbuf_init(&doc, 0);
    xbuf_puts(&doc, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ofd:Document "
                    "xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:CommonData><ofd:PageArea>"
                    "<ofd:PhysicalBox>0 0 600 297</ofd:PhysicalBox></ofd:PageArea>"
                    "</ofd:CommonData><ofd:Pages>");
    xbuf pages[8];
    int id = 10;
    for (size_t pg = 0; pg < npages && pg < 8; pg++) {
        /* page 1 from the document's folder, the others from the package root */
        if (pg == 0)
            xbuf_printf(&doc, "<ofd:Page ID=\"%zu\" BaseLoc=\"Pages/Page_0/Content.xml\"/>", pg + 1);
        else
            xbuf_printf(&doc, "<ofd:Page ID=\"%zu\" BaseLoc=\"/Doc_0/Pages/Page_%zu/Content.xml\"/>",
                        pg + 1, pg);
        xbuf *b = &pages[pg];
        xbuf_init(b, 0);
        xbuf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ofd:Page "
                     "xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content><ofd:Layer ID=\"2\">\n"
                     "<ofd:ImageObject ID=\"3\" Boundary=\"150 5 20 10\" ResourceID=\"9\"/>\n"
                     "<ofd:PageBlock ID=\"4\">\n");
        for (size_t l = pg * LINES_PER_PAGE; l < nl && l < (pg + 1) * LINES_PER_PAGE; l++) {
            double y = 20 + 6.0 * (double)(l - pg * LINES_PER_PAGE);
            size_t col = 0, at = 0;
            for (size_t i = 0; i <= lens[l]; i++)
                if (i == lens[l] || lines[l][i] == '\t') {
                    if (i > at && col < MAX_COLS) {
                        text_object(b, id, colx[l][col], y, lines[l] + at, i - at, id);
                        id++;
                    }
                    col++;
                    at = i + 1;
                }
        }
        xbuf_puts(b, "</ofd:PageBlock></ofd:Layer></ofd:Content></ofd:Page>\n");
    }
    xbuf_puts(&doc, "</ofd:Pages></ofd:Document>");
    parts[np++] = (part){"Doc_0/Document.xml", doc.data, doc.len};
    static char names[8][64];
    for (size_t pg = 0; pg < npages && pg < 8; pg++) {
        snprintf(names[pg], sizeof names[pg], "Doc_0/Pages/Page_%zu/Content.xml", pg);
        parts[np++] = (part){names[pg], pages[pg].data, pages[pg].len};
    }
    bytes out = zip_parts(parts, np);
    xbuf_free(&doc);
    for (size_t pg = 0; pg < npages && pg < 8; pg++)
        xbuf_free(&pages[pg]);
    return out;
}

/* Every figure, the agency and the date read from the OFD as from the text it was made of. */
static void test_report(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    bytes ofd = ofd_of(text);
    assert_true(ofd_is_ofd(ofd.data, ofd.len));
    xxgk_report *want = read_text(text, n);
    assert_file_reads_as(ofd.data, ofd.len, "report.ofd", "ofd", want);
    xxgk_report_free(want);
    free(ofd.data);
    free(text);
}

/* ofd_to_text of the package in b, opened as the reader opens it */
static int ofd_text_of(xbuf *out, const bytes *b, char *err, size_t errcap)
{
    zip_t *z = package_open(b->data, b->len, NULL, 0);
    assert_non_null(z);
    int rc = ofd_to_text(out, z, err, errcap);
    zip_discard(z);
    return rc;
}

static void expect_error(const part *parts, size_t n, int code, const char *says)
{
    bytes b = zip_parts(parts, n);
    xbuf out;
    xbuf_init(&out, 1 << 20);
    char err[256] = "";
    assert_int_equal(ofd_text_of(&out, &b, err, sizeof err), code);
    if (!strstr(err, says))
        fail_msg("\"%s\" does not say \"%s\"", err, says);
    xbuf_free(&out);
    free(b.data);
}

static void test_refused(void **state)
{
    (void)state;
    static char ofd[] = "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody>"
                        "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>";
    static char ofd_climbs[] = "<ofd:OFD xmlns:ofd=\"x\"><ofd:DocBody><ofd:DocRoot>../../etc/x.xml"
                               "</ofd:DocRoot></ofd:DocBody></ofd:OFD>";
    static char doc[] = "<ofd:Document xmlns:ofd=\"x\"><ofd:Pages><ofd:Page ID=\"1\" "
                        "BaseLoc=\"Pages/Page_0/Content.xml\"/></ofd:Pages></ofd:Document>";
    static char no_pages[] = "<ofd:Document xmlns:ofd=\"x\"><ofd:Pages/></ofd:Document>";
    static char scan[] = "<ofd:Page xmlns:ofd=\"x\"><ofd:Content><ofd:Layer><ofd:ImageObject "
                         "ID=\"1\" Boundary=\"0 0 210 297\"/></ofd:Layer></ofd:Content></ofd:Page>";
    static char broken[] = "<ofd:Page xmlns:ofd=\"x\"><ofd:Content><ofd:Lay";
    part p[3] = {{"OFD.xml", ofd, strlen(ofd)}, {"Doc_0/Document.xml", doc, strlen(doc)},
                 {"Doc_0/Pages/Page_0/Content.xml", scan, strlen(scan)}};
    expect_error(p, 3, XXGK_EEMPTY, "scanned images only");
    p[2] = (part){"Doc_0/Pages/Page_0/Content.xml", broken, strlen(broken)};
    expect_error(p, 3, XXGK_EENCODING,
                 "page 1, Doc_0/Pages/Page_0/Content.xml is not XML (line 1: Couldn't find end of "
                 "Start Tag");
    expect_error(p, 2, XXGK_EENCODING, "page 1, Doc_0/Pages/Page_0/Content.xml is missing");
    p[1] = (part){"Doc_0/Document.xml", no_pages, strlen(no_pages)};
    expect_error(p, 2, XXGK_EENCODING, "no pages");
    expect_error(p, 1, XXGK_EENCODING, "Doc_0/Document.xml is missing");
    p[0] = (part){"OFD.xml", ofd_climbs, strlen(ofd_climbs)};
    expect_error(p, 1, XXGK_EENCODING, "names no document");
    /* more pages than any report: said before a page is read (none of these is there) */
    xbuf many;
    xbuf_init(&many, 0);
    xbuf_puts(&many, "<ofd:Document xmlns:ofd=\"x\"><ofd:Pages>");
    for (int i = 0; i <= 2000; i++)
        xbuf_printf(&many, "<ofd:Page ID=\"%d\" BaseLoc=\"Pages/Page_%d/Content.xml\"/>", i, i);
    xbuf_puts(&many, "</ofd:Pages></ofd:Document>");
    p[0] = (part){"OFD.xml", ofd, strlen(ofd)};
    p[1] = (part){"Doc_0/Document.xml", many.data, many.len};
    expect_error(p, 2, XXGK_ELIMIT, "the OFD document has more than 2000 pages");
    xbuf_free(&many);
    /* cut short, so that the zip cannot be opened: still known as OFD by its first entry */
    p[0] = (part){"OFD.xml", ofd, strlen(ofd)};
    bytes b = zip_parts(p, 1);
    xxgk_report *r = NULL;
    xxgk_read_options o = {.name = "cut.ofd"};
    assert_int_equal(xxgk_report_read(&r, b.data, 60, &o), XXGK_EENCODING);
    assert_string_equal(xxgk_error_last(),
                        "cut.ofd: damaged OFD document: the package cannot be opened");
    free(b.data);
}

/* Numbers no writer would give, and nesting deeper than any page needs: text still comes out,
 * in time, and nothing breaks. */
static void test_hostile(void **state)
{
    (void)state;
    static char ofd[] = "<ofd:OFD xmlns:ofd=\"x\"><ofd:DocBody><ofd:DocRoot> /Doc_0/./a/../Document.xml "
                        "</ofd:DocRoot></ofd:DocBody></ofd:OFD>";
    static char doc[] = "<ofd:Document xmlns:ofd=\"x\"><ofd:Pages><ofd:Page BaseLoc=\"p.xml\"/>"
                        "</ofd:Pages></ofd:Document>";
    xbuf page;
    xbuf_init(&page, 0);
    xbuf_puts(&page, "<ofd:Page xmlns:ofd=\"x\"><ofd:Content><ofd:Layer>");
    for (int i = 0; i < 200; i++)
        xbuf_puts(&page, "<ofd:PageBlock>");
    xbuf_puts(&page, "<ofd:TextObject Boundary=\"nan inf 1 1\" Size=\"-3\" CTM=\"0 0 0 0 0 0\">"
                     "<ofd:TextCode X=\"1e308\" Y=\"-1e308\" DeltaX=\"g 1e18 1\">甲乙</ofd:TextCode>"
                     "</ofd:TextObject>");
    for (int i = 0; i < 200; i++)
        xbuf_puts(&page, "</ofd:PageBlock>");
    xbuf_puts(&page, "<ofd:TextObject Boundary=\"nan inf 1 1\" Size=\"3\"><ofd:TextCode>甲"
                     "</ofd:TextCode></ofd:TextObject><ofd:TextObject Boundary=\"0 0 1 1\" "
                     "CTM=\"0 0 0 0 0 0\"><ofd:TextCode X=\"1\" Y=\"1\">乙</ofd:TextCode>"
                     "</ofd:TextObject><ofd:TextObject Boundary=\"0 0 1 1\" Size=\"1e300\">"
                     "<ofd:TextCode X=\"1e308\" Y=\"-1e308\" DeltaX=\"g 1e18 1\">丙丁"
                     "</ofd:TextCode></ofd:TextObject>");
    xbuf_puts(&page, "<ofd:TextObject Boundary=\"10 10 50 5\" Size=\"3.5\"><ofd:TextCode X=\"0\" "
                     "Y=\"3\" DeltaX=\"g 2 3.5 x 7\">本年新收</ofd:TextCode><ofd:TextCode X=\"14\">"
                     "12</ofd:TextCode></ofd:TextObject>");
    /* a TextCode without X takes the previous one's X: a line below, in the same column */
    xbuf_puts(&page, "<ofd:TextObject Boundary=\"10 30 50 15\" Size=\"3.5\"><ofd:TextCode X=\"0\" "
                     "Y=\"3\">第一行文字</ofd:TextCode><ofd:TextCode Y=\"9\">第二行</ofd:TextCode>"
                     "</ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>");
    part p[3] = {{"OFD.xml", ofd, strlen(ofd)},
                 {"Doc_0/Document.xml", doc, strlen(doc)},
                 {"Doc_0/p.xml", page.data, page.len}};
    bytes b = zip_parts(p, 3);
    xbuf out;
    xbuf_init(&out, 1 << 20);
    char err[256] = "";
    assert_int_equal(ofd_text_of(&out, &b, err, sizeof err), 0);
    /* the well-formed objects only */
    assert_string_equal(out.data, "本年新收12\n\n第一行文字\n第二行\n\f\n");
    xbuf_free(&out);
    xbuf_free(&page);
    free(b.data);
    /* a character placed a kilometre to the right is padded out so far only (1,000 columns of
     * 1.75 mm from the page's left-most character), not with half a million spaces */
    xbuf_init(&page, 0);
    xbuf_puts(&page, "<ofd:Page xmlns:ofd=\"x\"><ofd:Content><ofd:Layer>"
                     "<ofd:TextObject Boundary=\"0 10 10 5\" Size=\"3.5\"><ofd:TextCode X=\"0\" "
                     "Y=\"3\">甲</ofd:TextCode></ofd:TextObject>"
                     "<ofd:TextObject Boundary=\"999000 10 10 5\" Size=\"3.5\"><ofd:TextCode "
                     "X=\"0\" Y=\"3\">1</ofd:TextCode></ofd:TextObject>"
                     "</ofd:Layer></ofd:Content></ofd:Page>");
    p[2] = (part){"Doc_0/p.xml", page.data, page.len};
    b = zip_parts(p, 3);
    xbuf_init(&out, 0);
    assert_int_equal(ofd_text_of(&out, &b, err, sizeof err), 0);
    assert_true(out.len < 1100);
    assert_true(strstr(out.data, "甲") && strstr(out.data, " 1\n"));
    xbuf_free(&out);
    xbuf_free(&page);
    free(b.data);
}

/* Text no reader sees (Visible="false", Alpha 0) is not read: a digit hidden beside a figure
 * would change it unseen.  Half transparent text is seen. */
static void test_unseen(void **state)
{
    (void)state;
    static char ofd[] = "<ofd:OFD xmlns:ofd=\"x\"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml"
                        "</ofd:DocRoot></ofd:DocBody></ofd:OFD>";
    static char doc[] = "<ofd:Document xmlns:ofd=\"x\"><ofd:Pages><ofd:Page BaseLoc=\"p.xml\"/>"
                        "</ofd:Pages></ofd:Document>";
    static char page[] =
        "<ofd:Page xmlns:ofd=\"x\"><ofd:Content><ofd:Layer>"
        "<ofd:TextObject Boundary=\"10 10 50 5\" Size=\"3.5\"><ofd:TextCode X=\"0\" Y=\"3\">"
        "行政许可</ofd:TextCode></ofd:TextObject>"
        "<ofd:TextObject Boundary=\"36.5 10 5 5\" Size=\"3.5\" Visible=\"false\"><ofd:TextCode "
        "X=\"0\" Y=\"3\">1</ofd:TextCode></ofd:TextObject>"
        "<ofd:TextObject Boundary=\"38.25 10 10 5\" Size=\"3.5\"><ofd:TextCode X=\"0\" Y=\"3\">"
        "120</ofd:TextCode></ofd:TextObject>"
        "<ofd:TextObject Boundary=\"10 20 50 5\" Size=\"3.5\" Alpha=\"0\"><ofd:TextCode X=\"0\" "
        "Y=\"3\">丙丁</ofd:TextCode></ofd:TextObject>"
        "<ofd:TextObject Boundary=\"10 30 50 5\" Size=\"3.5\" Alpha=\"128\" Visible=\"true\">"
        "<ofd:TextCode X=\"0\" Y=\"3\">戊己</ofd:TextCode></ofd:TextObject>"
        "</ofd:Layer></ofd:Content></ofd:Page>";
    part p[3] = {{"OFD.xml", ofd, strlen(ofd)},
                 {"Doc_0/Document.xml", doc, strlen(doc)},
                 {"Doc_0/p.xml", page, strlen(page)}};
    bytes b = zip_parts(p, 3);
    xbuf out;
    xbuf_init(&out, 1 << 20);
    char err[256] = "";
    assert_int_equal(ofd_text_of(&out, &b, err, sizeof err), 0);
    assert_non_null(strstr(out.data, "行政许可"));
    assert_non_null(strstr(out.data, " 120\n"));
    assert_null(strstr(out.data, "1120"));
    assert_null(strstr(out.data, "丙"));
    assert_non_null(strstr(out.data, "戊己"));
    xbuf_free(&out);
    free(b.data);
}

int main(void)
{
    xxgk_lang_set(XXGK_LANG_EN); /* the messages asserted here are the English ones */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_report),
        cmocka_unit_test(test_refused),
        cmocka_unit_test(test_hostile),
        cmocka_unit_test(test_unseen),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
