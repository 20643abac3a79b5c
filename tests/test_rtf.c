/* The RTF reader: documents built here from a fixture's text as Word writes RTF (GBK bytes as
 * \'hh under \ansicpg936, tables as \trowd … \cell … \row), what a document does not show left
 * out (its tables of fonts, a field's instruction, hidden and struck-through text, \uN's
 * fallback characters), and groups nested too deep. */
#include <iconv.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "support.h"
#include "util/text.h"
#include "xxgk/xxgk.h"

/* s[0..n) as RTF text: ASCII as it is (\, { and } escaped), the rest as GBK bytes \'hh. */
static void rtf_text(xbuf *b, const char *s, size_t n)
{
    iconv_t cd = iconv_open("GBK", "UTF-8");
    assert_true(cd != (iconv_t)-1);
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (c == '\\' || c == '{' || c == '}')
                xbuf_putc(b, '\\');
            xbuf_putc(b, (char)c);
            i++;
            continue;
        }
        size_t k = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        char gbk[8], *in = (char *)s + i, *o = gbk;
        size_t left = k, room = sizeof gbk;
        assert_true(iconv(cd, &in, &left, &o, &room) != (size_t)-1);
        for (char *g = gbk; g < o; g++)
            xbuf_printf(b, "\\'%02x", (unsigned char)*g);
        i += k;
    }
    iconv_close(cd);
}

/* The fixture's text as RTF: lines with tabs as table rows, the rest as paragraphs. */
static char *rtf_of(const char *text)
{
    xbuf b;
    xbuf_init(&b, 0);
    xbuf_puts(&b, "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}"
                  "{\\*\\generator Test;}\\viewkind4\\uc1 \\pard ");
    for (const char *l = text; *l;) {
        const char *e = strchr(l, '\n');
        size_t n = e ? (size_t)(e - l) : strlen(l);
        if (memchr(l, '\t', n)) {
            xbuf_puts(&b, "\\trowd\\cellx1000\\cellx2000\\cellx3000\\pard\\intbl ");
            for (const char *c = l; c <= l + n;) {
                const char *t = memchr(c, '\t', (size_t)(l + n - c));
                size_t cn = t ? (size_t)(t - c) : (size_t)(l + n - c);
                rtf_text(&b, c, cn);
                xbuf_puts(&b, "\\cell ");
                c += cn + 1;
            }
            xbuf_puts(&b, "\\row\\pard\r\n");
        } else {
            rtf_text(&b, l, n);
            xbuf_puts(&b, "\\par\r\n");
        }
        l += n + (e != NULL);
    }
    xbuf_puts(&b, "}");
    assert_false(b.failed);
    return b.data;
}

/* A report Word saved as RTF reads as its text does, and passes the checker; cut short
 * anywhere, it is read or refused naming the file. */
static void test_rtf_report(void **state)
{
    (void)state;
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    xxgk_report *want = read_text(text, n);
    char *rtf = rtf_of(text);
    assert_file_reads_as(rtf, strlen(rtf), "report.rtf", "rtf", want);
    xxgk_report *got = NULL;
    assert_int_equal(xxgk_report_read(&got, rtf, strlen(rtf), NULL), 0);
    assert_string_equal(xxgk_report_encoding(got), "RTF");
    xxgk_report_free(got);
    free(rtf);
    xxgk_report_free(want);
    free(text);
}

static void expect_text(const char *rtf, const char *const *lines, size_t nlines)
{
    xxgk_report *r = NULL;
    if (xxgk_report_read(&r, rtf, strlen(rtf), NULL) != 0)
        fail_msg("%s", xxgk_error_last());
    for (size_t i = 0; i < nlines; i++)
        assert_string_equal(xxgk_report_line(r, (unsigned)i + 1), lines[i]);
    assert_int_equal(xxgk_report_line_count(r), nlines);
    xxgk_report_free(r);
}

/* What the text shows, and only that. */
static void test_rtf_text(void **state)
{
    (void)state;
    /* \uN with its fallback passed over (\uc1: one character; \'hh counts as one), a field's
     * result without its instruction, hidden and struck-through text, a picture, escaped
     * braces, a tab as a space, binary data passed */
    static const char shows[] =
        "{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0 SimSun;}}{\\info{\\title x}}\\uc1 "
        "\\u34892?\\u25919\\'3f\\u22788?\\u32602? {\\field{\\*\\fldinst PAGE}{\\fldrslt 35}}"
        "{\\v 99}{\\strike 53}\\strike0 \\{A\\}\\tab B{\\pict\\bin4 }}}}}\\par "
        "C\\line D\\par}";
    static const char *const l1[] = {"行政处罚 35{A} B", "C D"};
    expect_text(shows, l1, 2);
    /* a table: a cell's paragraphs joined (two figures kept apart), merged cells as the empty
     * cells Word writes for them, \plain ending what was struck */
    static const char table[] =
        "{\\rtf1\\ansi\\trowd\\cellx1\\cellx2\\cellx3\\pard\\intbl 12\\par 5\\cell "
        "\\clmrg A\\par B\\cell \\cell {\\strike x\\plain y}\\cell\\row\\pard after\\par}";
    static const char *const l2[] = {"12  5\tAB\t\ty", "after"};
    expect_text(table, l2, 2);
    /* a tracked deletion and a note's raised mark left out (either would join the figure);
     * a paragraph's GBK bytes past any buffer's first size; a surrogate pair as its character;
     * a page break as a space */
    xbuf more;
    xbuf_init(&more, 0);
    xbuf_puts(&more, "{\\rtf1\\ansi\\ansicpg936 {\\deleted 999}1850{\\super 1}\\par ");
    for (int i = 0; i < 300; i++)
        xbuf_puts(&more, "\\'b1\\'be");
    xbuf_puts(&more, "\\par \\uc1\\u-10179?\\u-8694?12\\page 34\\par}");
    char many[1024] = "";
    for (int i = 0; i < 300; i++)
        strcat(many, "本");
    const char *l3[] = {"1850", many, "\xf0\x9f\x98\x8a" "12  34"}; /* (U+1F60A) */
    expect_text(more.data, l3, 3);
    xbuf_free(&more);
    /* a text box (a shape's \shptxt, as Word and WPS write one) read once, lines of its own
     * where it is anchored; its drawing fallback (\shprslt) not again; one in a header not */
    static const char box[] =
        "{\\rtf1\\ansi{\\header{\\shp{\\*\\shpinst{\\shptxt HEAD\\par}}}}Before "
        "{\\shp{\\*\\shpinst\\shpleft0{\\sp{\\sn fillColor}{\\sv 1}}{\\shptxt \\pard "
        "Box one\\par Box two}}{\\shprslt{\\*\\do\\dobxcolumn{\\dptxbx{\\pard Box one\\par}}}}}"
        "after\\par End\\par}";
    static const char *const l4[] = {"Before ", "Box one", "Box two", "after", "End"};
    expect_text(box, l4, 5);
    /* ... but one anchored in a table's cell is words of the cell: the row stays whole */
    static const char cell_box[] =
        "{\\rtf1\\ansi\\trowd\\cellx1\\cellx2\\pard\\intbl A{\\shp{\\*\\shpinst{\\shptxt "
        "\\pard x\\par}}}B\\cell 120\\cell\\row\\pard after\\par}";
    static const char *const l5[] = {"Ax B\t120", "after"};
    expect_text(cell_box, l5, 2);
}

/* Nested past what is followed: refused, not cut off without a word. */
static void test_rtf_refused(void **state)
{
    (void)state;
    xbuf deep;
    xbuf_init(&deep, 0);
    xbuf_puts(&deep, "{\\rtf1 ");
    for (int i = 0; i < 200; i++)
        xbuf_putc(&deep, '{');
    xbuf_puts(&deep, "deep");
    for (int i = 0; i < 201; i++)
        xbuf_putc(&deep, '}');
    xxgk_report *r = NULL;
    xxgk_read_options o = {.name = "deep.rtf"};
    assert_int_equal(xxgk_report_read(&r, deep.data, deep.len, &o), XXGK_ELIMIT);
    assert_non_null(strstr(xxgk_error_last(), "deep.rtf: groups nested more than 128 deep"));
    xbuf_free(&deep);
}

int main(void)
{
    xxgk_lang_set(XXGK_LANG_EN);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rtf_report),
        cmocka_unit_test(test_rtf_text),
        cmocka_unit_test(test_rtf_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
