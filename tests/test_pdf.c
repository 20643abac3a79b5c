/*
 * The PDF text layer (src/lib/pdf_text.c): the real report PDFs of ../shared/corpus/pdf read
 * through pdf_to_text must give every figure of their truth files; broken, empty, scanned and
 * encrypted PDFs give an error naming the problem.  The small PDFs are written here by hand.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lib/page_layout.h"
#include "lib/pdf_text.h"
#include "support.h"
#include "util/buf.h"

/* ---- the corpus ---- */

static int mismatches;
static figure_tally tally;

static int ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

static void check_pdf(const char *dir, const char *name)
{
    char path[1024], truth_path[1024];
    int a = snprintf(path, sizeof path, "%s/%s", dir, name);
    int b = snprintf(truth_path, sizeof truth_path, "%s/%.*s.truth.json", dir,
                     (int)(strlen(name) - 4), name);
    if (a < 0 || (size_t)a >= sizeof path || b < 0 || (size_t)b >= sizeof truth_path)
        fail_msg("path too long: %s/%s", dir, name);
    json_error_t jerr;
    json_t *truth = json_load_file(truth_path, 0, &jerr);
    if (!truth) {
        printf("  %s: no truth file (%s): skipped\n", name, jerr.text);
        return;
    }
    size_t len = 0;
    char *data = slurp(path, &len);
    assert_non_null(data);
    assert_true(pdf_is_pdf(data, len));

    xbuf text;
    xbuf_init(&text, 0);
    char err[256];
    int rc = pdf_to_text(&text, NULL, data, len, err, sizeof err);
    if (rc != 0)
        fail_msg("%s: %s", name, err);
    assert_non_null(strchr(text.data, '\f'));

    xxgk_report *r = NULL;
    xxgk_read_options o = {.name = name};
    if (xxgk_report_read(&r, text.data, text.len, &o) < 0)
        fail_msg("%s: not read: %s", name, xxgk_error_last());
    json_t *got = report_json(r);
    int before = mismatches;
    int wrong = tally.wrong;
    compare_figures(&tally, truth, got, name);
    mismatches += tally.wrong - wrong;
    mismatches += compare_scalar(truth, got, "year", name);
    mismatches += compare_scalar(truth, got, "format", name);
    printf("%s pdf/%s\n", mismatches == before ? "ok  " : "FAIL", name);

    json_decref(got);
    xxgk_report_free(r);
    xbuf_free(&text);
    free(data);
    json_decref(truth);
}

static void test_corpus(void **state)
{
    (void)state;
    const char *dir = XXGK_CORPUS "/pdf";
    DIR *d = opendir(dir);
    if (!d) {
        printf("corpus folder %s not found: skipped\n", dir);
        skip();
    }
    char names[64][256];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 64)
        if (e->d_name[0] != '.' && ends_with(e->d_name, ".pdf"))
            snprintf(names[n++], sizeof names[0], "%s", e->d_name);
    closedir(d);
    qsort(names, (size_t)n, sizeof names[0], (int (*)(const void *, const void *))strcmp);
    mismatches = 0;
    memset(&tally, 0, sizeof tally);
    for (int i = 0; i < n; i++)
        check_pdf(dir, names[i]);
    printf("%d PDFs, %d cells, %d mismatches\n", n, tally.cells, mismatches);
    assert_int_equal(mismatches, 0);
}

/* ---- hand-written PDFs ---- */

/* A PDF of the given objects (numbered from 1; object 1 is the catalog) with a correct xref
 * table; trailer_extra goes into the trailer dictionary. */
static xbuf make_pdf(const char *const *objs, int n, const char *trailer_extra)
{
    xbuf b;
    xbuf_init(&b, 0);
    long *off = malloc((size_t)n * sizeof *off);
    assert_non_null(off);
    xbuf_puts(&b, "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    for (int i = 0; i < n; i++) {
        off[i] = (long)b.len;
        xbuf_printf(&b, "%d 0 obj\n%s\nendobj\n", i + 1, objs[i]);
    }
    long xref = (long)b.len;
    xbuf_printf(&b, "xref\n0 %d\n0000000000 65535 f \n", n + 1);
    for (int i = 0; i < n; i++)
        xbuf_printf(&b, "%010ld 00000 n \n", off[i]);
    xbuf_printf(&b, "trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%ld\n%%%%EOF\n", n + 1,
                trailer_extra ? trailer_extra : "", xref);
    free(off);
    assert_false(b.failed);
    return b;
}

/* A content stream object for the given page operators. */
static char *stream(const char *ops)
{
    xbuf b;
    xbuf_init(&b, 0);
    xbuf_printf(&b, "<< /Length %zu >>\nstream\n%s\nendstream", strlen(ops), ops);
    return xbuf_steal(&b);
}

static const char *const font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

/* One page of text: catalog, pages, page, content, font. */
static xbuf one_page(const char *ops, const char *page_extra)
{
    char page[512];
    snprintf(page, sizeof page,
             "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
             "/Resources << /Font << /F1 5 0 R >> >> %s >>",
             page_extra ? page_extra : "");
    char *content = stream(ops);
    const char *objs[] = {"<< /Type /Catalog /Pages 2 0 R >>",
                          "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page, content, font};
    xbuf b = make_pdf(objs, 5, NULL);
    free(content);
    return b;
}

static int convert(const xbuf *pdf, xbuf *text, char *err, size_t errcap)
{
    xbuf_init(text, 0);
    return pdf_to_text(text, NULL, pdf->data, pdf->len, err, errcap);
}

static void test_is_pdf(void **state)
{
    (void)state;
    assert_true(pdf_is_pdf("%PDF-1.7\n", 9));
    assert_false(pdf_is_pdf("%PDF", 4));
    assert_false(pdf_is_pdf("一、总体情况", strlen("一、总体情况")));
    assert_false(pdf_is_pdf("", 0));
}

static void test_not_pdf(void **state)
{
    (void)state;
    const char *s = "一、总体情况\n本年新收 3\n";
    xbuf t;
    xbuf_init(&t, 0);
    char err[256];
    int rc = pdf_to_text(&t, NULL, s, strlen(s), err, sizeof err);
    assert_int_equal(rc, XXGK_EINVAL);
    assert_non_null(strstr(err, "not a PDF"));
    assert_int_equal(t.len, 0);
    /* "%PDF-" and then garbage */
    const char *junk = "%PDF-1.4\nthis is not a PDF at all\n%%EOF\n";
    rc = pdf_to_text(&t, NULL, junk, strlen(junk), err, sizeof err);
    assert_true(rc < 0);
    assert_non_null(strstr(err, "damaged"));
    xbuf_free(&t);
}

static void test_text_page(void **state)
{
    (void)state;
    xbuf pdf = one_page("BT /F1 12 Tf 72 700 Td (Hello world) Tj ET\n"
                        "BT /F1 12 Tf 72 680 Td (Label) Tj ET BT /F1 12 Tf 300 680 Td (42) Tj ET\n"
                        "BT /F1 12 Tf 72 660 Td (1234) Tj ET",
                        NULL);
    xbuf t;
    char err[256];
    assert_int_equal(convert(&pdf, &t, err, sizeof err), 0);
    assert_non_null(strstr(t.data, "Hello world\n"));
    /* cells far apart stay apart, with more than one space */
    const char *l = strstr(t.data, "Label");
    assert_non_null(l);
    assert_true(strncmp(l, "Label   ", 8) == 0);
    const char *v = strstr(l, "42");
    assert_non_null(v);
    assert_true(strchr(l, '\n') > v);
    assert_non_null(strstr(t.data, "1234\n"));
    /* lines in order of y; the page ends with a form feed line */
    assert_true(strstr(t.data, "Hello") < l && l < strstr(t.data, "1234"));
    assert_non_null(strstr(t.data, "\f\n"));
    xbuf_free(&t);
    xbuf_free(&pdf);
}

/* The objects 1 to 4 of a one-page PDF: catalog, pages, the page (its font object 5), and
 * its content. */
#define ONE_PAGE(content)                                                                          \
    "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",              \
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "                    \
        "/Resources << /Font << /F1 5 0 R >> >> >>",                                               \
        content

/* One page in a CID font named but not embedded (as a Chinese PDF's 宋体 often is), codes
 * as Unicode: its glyphs' boxes as poppler gives them, a copy drawn over another cutting the
 * first one's short. */
static xbuf cid_page(const char *ops)
{
    const char *cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap "
                       "/CMapName /U def /CMapType 2 def 1 begincodespacerange <0000> <FFFF> "
                       "endcodespacerange 1 beginbfrange <0020> <007E> <0020> endbfrange "
                       "endcmap CMapName currentdict /CMap defineresource pop end end";
    char *content = stream(ops), *unicode = stream(cmap);
    const char *objs[] = {
        ONE_PAGE(content),
        "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H "
        "/DescendantFonts [6 0 R] /ToUnicode 8 0 R >>",
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /STSong-Light /CIDSystemInfo "
        "<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R "
        "/DW 1000 /W [32 [500] 33 126 500] /CIDToGIDMap /Identity >>",
        "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] "
        "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>",
        unicode};
    xbuf b = make_pdf(objs, 8, NULL);
    free(content);
    free(unicode);
    return b;
}

/* A figure drawn twice, a little apart, to look bold: read once; a figure whose digits repeat
 * ("11", "1100") keeps them. */
static void test_fake_bold(void **state)
{
    (void)state;
    /* (codes: <004C> L, <0031> 1, <0032> 2, <0030> 0) */
    xbuf pdf = cid_page("BT /F1 6 Tf 72 700 Td <004C> Tj ET\n"
                        "BT /F1 6 Tf 300 700 Td <003100320030> Tj ET\n"
                        "BT /F1 6 Tf 300.8 700.3 Td <003100320030> Tj ET\n"
                        "BT /F1 6 Tf 400 700 Td <0031003100300030> Tj ET\n"
                        "BT /F1 6 Tf 450 700 Td <0030> Tj ET BT /F1 6 Tf 450.8 700 Td <0030> Tj ET");
    xbuf t;
    char err[256];
    assert_int_equal(convert(&pdf, &t, err, sizeof err), 0);
    const char *l = strstr(t.data, "L");
    assert_non_null(l);
    char words[4][16];
    assert_int_equal(sscanf(l, "%15s %15s %15s %15s", words[0], words[1], words[2], words[3]), 4);
    assert_string_equal(words[1], "120");
    assert_string_equal(words[2], "1100");
    assert_string_equal(words[3], "0");
    xbuf_free(&t);
    xbuf_free(&pdf);
}

/* A footnote's mark raised after a figure, in a smaller size: no digit of it; a figure in a
 * smaller size on the line, apart, still read. */
static void test_footnote_mark(void **state)
{
    (void)state;
    xbuf pdf = one_page("BT /F1 12 Tf 72 700 Td (Label) Tj ET\n"
                        "BT /F1 12 Tf 300 700 Td (120) Tj ET BT /F1 7 Tf 320.3 704 Td (1) Tj ET\n"
                        "BT /F1 7 Tf 400 700 Td (35) Tj ET",
                        NULL);
    xbuf t;
    char err[256];
    assert_int_equal(convert(&pdf, &t, err, sizeof err), 0);
    const char *l = strstr(t.data, "Label");
    assert_non_null(l);
    char words[3][16];
    assert_int_equal(sscanf(l, "%15s %15s %15s", words[0], words[1], words[2]), 3);
    assert_string_equal(words[1], "120");
    assert_string_equal(words[2], "35");
    xbuf_free(&t);
    xbuf_free(&pdf);
}

static void test_truncated(void **state)
{
    (void)state;
    xbuf pdf = one_page("BT /F1 12 Tf 72 700 Td (Hello) Tj ET", NULL);
    xbuf t;
    xbuf_init(&t, 0);
    char err[256];
    for (size_t cut = 5; cut + 2 < pdf.len; cut += 7) {
        int rc = pdf_to_text(&t, NULL, pdf.data, cut, err, sizeof err);
        assert_true(rc < 0);
        assert_true(err[0] != '\0');
        xbuf_reset(&t);
    }
    xbuf_free(&t);
    xbuf_free(&pdf);

    /* the first half of each real PDF */
    const char *dir = XXGK_CORPUS "/pdf";
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!ends_with(e->d_name, ".pdf"))
            continue;
        char path[1024];
        int k = snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (k < 0 || (size_t)k >= sizeof path)
            continue;
        size_t len;
        char *data = slurp(path, &len);
        assert_non_null(data);
        xbuf_init(&t, 0);
        int rc = pdf_to_text(&t, NULL, data, len / 2, err, sizeof err);
        printf("  first half of %s: %s\n", e->d_name, err);
        assert_true(rc < 0);
        assert_non_null(strstr(err, "damaged"));
        /* the same with an end marker: poppler itself reads the broken file, without crashing */
        memcpy(data + len / 2, "\n%%EOF\n", 7);
        xbuf_reset(&t);
        rc = pdf_to_text(&t, NULL, data, len / 2 + 7, err, sizeof err);
        printf("  first half of %s with %%%%EOF: %s\n", e->d_name, rc ? err : "read");
        xbuf_free(&t);
        free(data);
    }
    closedir(d);
}

static void test_no_text(void **state)
{
    (void)state;
    xbuf pdf = one_page("0 0 1 rg 10 10 100 100 re f", NULL);
    xbuf t;
    char err[256];
    assert_int_equal(convert(&pdf, &t, err, sizeof err), XXGK_EEMPTY);
    assert_non_null(strstr(err, "no text layer"));
    assert_int_equal(t.len, 0);
    xbuf_free(&t);
    xbuf_free(&pdf);
}

/* A landscape page (a wide table) is a portrait page turned by /Rotate with its content drawn
 * turned back: it reads as the same lines as the upright page. */
static void test_rotated_page(void **state)
{
    (void)state;
    static const struct {
        const char *matrix, *page;
    } pages[] = {{"1 0 0 1 0 0", ""}, {"0 1 -1 0 595 0", "/Rotate 90"},
                 {"0 -1 1 0 0 842", "/Rotate 270"}};
    const char *text =
        "BT /F1 12 Tf 1 0 0 1 50 500 Tm (alpha) Tj 100 0 Td (1) Tj 50 0 Td (2) Tj "
        "1 0 0 1 50 480 Tm (beta) Tj 100 0 Td (3) Tj 50 0 Td (4) Tj ET";
    char *upright = NULL;
    for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++) {
        char ops[512];
        snprintf(ops, sizeof ops, "q %s cm %s Q", pages[i].matrix, text);
        xbuf pdf = one_page(ops, pages[i].page);
        xbuf t;
        char err[256];
        assert_int_equal(convert(&pdf, &t, err, sizeof err), 0);
        assert_non_null(t.data);
        assert_non_null(strstr(t.data, "alpha"));
        assert_true(strstr(t.data, "alpha") < strstr(t.data, "beta"));
        if (!upright)
            upright = strdup(t.data);
        else
            assert_string_equal(t.data, upright);
        xbuf_free(&t);
        xbuf_free(&pdf);
    }
    free(upright);
}

/* A 2x2 grey picture, and a page's operators that draw it. */
static const char image[] =
    "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
    "/BitsPerComponent 8 /Length 4 >>\nstream\n\x10\x80\xf0\x40\nendstream";
static const char draw_image[] = "q 400 0 0 600 50 100 cm /Im0 Do Q";

static void test_scanned(void **state)
{
    (void)state;
    char *content = stream(draw_image);
    const char *objs[] = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /XObject << /Im0 5 0 R >> >> >>",
        content,
        image,
    };
    xbuf pdf = make_pdf(objs, 5, NULL);
    free(content);
    xbuf t;
    char err[256];
    assert_int_equal(convert(&pdf, &t, err, sizeof err), XXGK_EEMPTY);
    assert_non_null(strstr(err, "no text layer"));
    assert_non_null(strstr(err, "scanned"));
    xbuf_free(&t);
    xbuf_free(&pdf);
}

/* A page of text, then a second page with the given resources and content (object 7), and
 * object 8 when not NULL. */
static xbuf text_then(const char *resources, const char *content, const char *object8)
{
    char *text = stream("BT /F1 12 Tf 72 700 Td (Annual report, tables follow) Tj ET");
    char second[256];
    snprintf(second, sizeof second,
             "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 7 0 R "
             "/Resources << %s >> >>",
             resources);
    const char *objs[] = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        text,
        font,
        second,
        content,
        object8,
    };
    xbuf pdf = make_pdf(objs, object8 ? 8 : 7, NULL);
    free(text);
    return pdf;
}

/* A content stream whose Flate data is garbage: poppler cannot decode it. */
static const char garbage_flate[] =
    "<< /Length 24 /Filter /FlateDecode >>\nstream\nx\x9c not a deflate stream\nendstream";

/* pdf_to_text of pdf, which must give rc, with its notes (and the text, appended to text when
 * not NULL, else dropped). */
static void read_pdf(const xbuf *pdf, int rc, pdf_notes *notes, xbuf *text, char *err,
                     size_t errcap)
{
    xbuf t;
    xbuf_init(&t, 0);
    assert_int_equal(pdf_to_text(text ? text : &t, notes, pdf->data, pdf->len, err, errcap), rc);
    xbuf_free(&t);
}

/* A link annotation whose text (the characters in its area) shows another address than its
 * URI is kept, at the line of the page's text it stands on; one showing its own is not. */
static void test_links(void **state)
{
    (void)state;
    char *content = stream("BT /F1 12 Tf 72 700 Td (Title) Tj ET\n"
                           "BT /F1 12 Tf 72 680 Td (Mail: jtys@test.gov.cn) Tj ET\n"
                           "BT /F1 12 Tf 72 660 Td (Site: www.a.gov.cn) Tj ET");
    const char *objs[] = {
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> /Annots [6 0 R 7 0 R] >>",
        content, font,
        "<< /Type /Annot /Subtype /Link /Rect [70 676 300 692] /Border [0 0 0] "
        "/A << /S /URI /URI (mailto:jtj@test.gov.cn) >> >>",
        "<< /Type /Annot /Subtype /Link /Rect [70 656 300 672] /Border [0 0 0] "
        "/A << /S /URI /URI (http://www.a.gov.cn/index.html) >> >>"};
    xbuf pdf = make_pdf(objs, 7, NULL);
    free(content);
    pdf_notes notes;
    char err[256];
    xbuf t;
    xbuf_init(&t, 0);
    read_pdf(&pdf, 0, &notes, &t, err, sizeof err);
    assert_string_equal(t.data, "Title\nMail: jtys@test.gov.cn\nSite: www.a.gov.cn\n\f\n");
    assert_int_equal(notes.links.n, 1);
    assert_int_equal(notes.links.link[0].line, 2);
    assert_string_equal(notes.links.link[0].shown, "jtys@test.gov.cn");
    assert_string_equal(notes.links.link[0].target, "mailto:jtj@test.gov.cn");
    xbuf_free(&t);
    xbuf_free(&pdf);
}

/* The report read from pdf, called name, has one finding of rule, with that evidence. */
static void expect_finding(const xbuf *pdf, const char *name, const char *rule,
                           const char *evidence)
{
    xxgk_report *r = NULL;
    xxgk_read_options o = {.name = name};
    assert_int_equal(xxgk_report_read(&r, pdf->data, pdf->len, &o), 0);
    xxgk_findings *f = check_report(r);
    char ev[512];
    assert_int_equal(count_rule(f, rule, ev, sizeof ev), 1);
    assert_string_equal(ev, evidence);
    xxgk_findings_free(f);
    xxgk_report_free(r);
}

/* A page of text, then a page whose compressed content is garbage: poppler reads what it can and
 * says so only in its log; the reader names the page. */
static void test_damaged_page(void **state)
{
    (void)state;
    xbuf pdf = text_then("/Font << /F1 5 0 R >>", garbage_flate, NULL);
    xbuf t;
    char err[256];
    pdf_notes notes;
    xbuf_init(&t, 0);
    read_pdf(&pdf, 0, &notes, &t, err, sizeof err);
    assert_int_equal(notes.damaged.n, 1);
    assert_int_equal(notes.damaged.page[0], 2);
    assert_int_equal(notes.scans.n, 0);
    assert_non_null(strstr(t.data, "Annual report"));
    xbuf_reset(&t);
    expect_finding(&pdf, "damaged.pdf", "reader-pdf-damaged", "第2页的内容流无法完整解码");
    xbuf_free(&pdf);
    /* an operator poppler does not know is a syntax error too, but loses no text */
    pdf = one_page("BT /F1 12 Tf 72 700 Td (Annual report 2024) Tj ET foo bar", NULL);
    read_pdf(&pdf, 0, &notes, &t, err, sizeof err);
    assert_int_equal(notes.damaged.n, 0);
    assert_non_null(strstr(t.data, "Annual report 2024"));
    xbuf_free(&pdf);
    /* ... but a page whose stream decoded to garbage, stray characters and operators in the
     * text's stead, is damaged */
    pdf = one_page("BT /F1 12 Tf 72 700 Td (Annual report 2024) Tj ET <zz> ]} q9 x7 %k Tq "
                   "<7g> w8 >> zz Tj",
                   NULL);
    xbuf_reset(&t);
    read_pdf(&pdf, 0, &notes, &t, err, sizeof err);
    assert_int_equal(notes.damaged.n, 1);
    assert_int_equal(notes.damaged.page[0], 1);
    assert_non_null(strstr(t.data, "Annual report 2024"));
    xbuf_free(&t);
    xbuf_free(&pdf);
    /* the only page damaged: said so, not "no text layer" */
    const char *objs[] = {
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        garbage_flate, font};
    pdf = make_pdf(objs, 5, NULL);
    read_pdf(&pdf, XXGK_EIO, &notes, NULL, err, sizeof err);
    assert_string_equal(err, "damaged PDF: page 1's content cannot be decoded, and no text comes "
                             "out");
    xbuf_free(&pdf);
}

/* A page of text, then a page that is an image (the tables scanned): read, and the check says
 * which page to look at. */
static void test_scanned_page(void **state)
{
    (void)state;
    char *drawn = stream(draw_image);
    xbuf pdf = text_then("/XObject << /Im0 8 0 R >>", drawn, image);
    free(drawn);
    char err[256];
    pdf_notes notes;
    read_pdf(&pdf, 0, &notes, NULL, err, sizeof err);
    assert_int_equal(notes.scans.n, 1);
    assert_int_equal(notes.scans.page[0], 2);
    assert_int_equal(notes.damaged.n, 0);
    expect_finding(&pdf, "scan.pdf", "reader-no-tables",
                   "全文没有可识别的统计表；第 2 页只有图片（扫描件），统计表可能在其中，"
                   "无法读取（请索取文字版，或先做 OCR 识别）");
    xbuf_free(&pdf);
}

static void test_encrypted(void **state)
{
    (void)state;
    /* The standard security handler (RC4, revision 2) with /O and /U that no password matches,
     * not even the empty one: poppler asks for a password. */
    char *content = stream("BT /F1 12 Tf 72 700 Td (Secret) Tj ET");
    const char *objs[] = {
        ONE_PAGE(content),
        font,
        "<< /Filter /Standard /V 1 /R 2 /P -4 "
        "/O <0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef> "
        "/U <fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210> >>",
    };
    xbuf pdf = make_pdf(objs, 6,
                        "/Encrypt 6 0 R /ID [<00112233445566778899aabbccddeeff> "
                        "<00112233445566778899aabbccddeeff>]");
    free(content);
    xbuf t;
    char err[256];
    int rc = convert(&pdf, &t, err, sizeof err);
    assert_true(rc < 0);
    assert_non_null(strstr(err, "encrypted"));
    xbuf_free(&t);
    xbuf_free(&pdf);
}

static void test_too_many_pages(void **state)
{
    (void)state;
    int pages = PDF_MAX_PAGES + 1;
    /* objects: 1 catalog, 2 pages, 3 content, 4.. the pages */
    const char **objs = calloc((size_t)pages + 3, sizeof *objs);
    char **owned = calloc(3, sizeof *owned);
    assert_non_null(objs);
    assert_non_null(owned);
    xbuf kids;
    xbuf_init(&kids, 0);
    xbuf_printf(&kids, "<< /Type /Pages /Count %d /Kids [", pages);
    for (int i = 0; i < pages; i++)
        xbuf_printf(&kids, "%d 0 R ", i + 4);
    xbuf_puts(&kids, "] >>");
    objs[0] = "<< /Type /Catalog /Pages 2 0 R >>";
    owned[1] = xbuf_steal(&kids);
    objs[1] = owned[1];
    owned[2] = stream("");
    objs[2] = owned[2];
    for (int i = 0; i < pages; i++)
        objs[i + 3] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>";
    xbuf pdf = make_pdf(objs, pages + 3, NULL);
    free(owned[1]);
    free(owned[2]);
    free(owned);
    free(objs);
    xbuf t;
    char err[256];
    assert_int_equal(convert(&pdf, &t, err, sizeof err), XXGK_ELIMIT);
    assert_non_null(strstr(err, "pages"));
    xbuf_free(&t);
    xbuf_free(&pdf);
}

/* Glyphs of the characters of text (UTF-8) written down a column at x from y, a line each. */
static size_t stack(glyph *g, const char *text, double x, double y)
{
    size_t n = 0;
    for (const char *p = text; *p; n++) {
        int len = (*p & 0xE0) == 0xE0 ? 3 : 1;
        g[n] = (glyph){.x1 = x, .x2 = x + 12, .y1 = y, .y2 = y + 12, .cy = y + 6, .h = 12,
                       .s = p, .n = len, .wide = len > 1};
        p += len;
        y += 14;
    }
    return n;
}

/* A cell printed a character a line down a narrow column is one label, on a line of its own;
 * but a row of such cells side by side (a header of narrow columns) is left a character a line
 * in its columns, as pdftotext leaves it: written a label a line, each would stand a line
 * lower than the one before. */
static void test_vertical_labels(void **state)
{
    (void)state;
    glyph g[32];
    size_t n = stack(g, "三、本年度", 10, 0);
    xbuf out;
    xbuf_init(&out, 0);
    assert_int_equal(layout_page(&out, g, n), 0);
    assert_string_equal(out.data, "三、本年度\n");
    xbuf_reset(&out);
    n = stack(g, "结果维持", 10, 0);
    n += stack(g + n, "结果纠正", 40, 0);
    n += stack(g + n, "其他结果", 70, 0);
    assert_int_equal(layout_page(&out, g, n), 0);
    assert_string_equal(out.data,
                        "结    结    其\n果    果    他\n维    纠    结\n持    正    果\n");
    xbuf_free(&out);
}

/* A page of digits, each placed on its own, in a scrambled order: poppler's layout of such a page
 * takes time quadratic in their number.  Past the time allowed, the reading is given up, with a
 * message; the same PDF read with time enough gives its text. */
static void test_too_slow(void **state)
{
    (void)state;
    /* (under valgrind, which runs one thread at a time and fifty times slower, which of the
     * reader and its watcher comes first is not this test's to tell: script/test says so) */
    if (getenv("XXGK_VALGRIND"))
        skip();
    xbuf ops;
    xbuf_init(&ops, 0);
    for (unsigned i = 0; i < 3000; i++) {
        unsigned k = i * 7919 % 3000; /* (7919 is prime to 3000: every k once) */
        xbuf_printf(&ops, "BT /F1 8 Tf %u %u Td (%u) Tj ET\n", 30 + k % 60 * 9, 40 + k / 60 * 15,
                    k % 10);
    }
    assert_false(ops.failed);
    xbuf pdf = one_page(ops.data, NULL);
    xbuf_free(&ops);
    xbuf t;
    xbuf_init(&t, 0);
    char err[256];
    assert_int_equal(pdf_to_text_within(&t, NULL, pdf.data, pdf.len, 0, 60, err, sizeof err),
                     XXGK_ELIMIT);
    assert_non_null(strstr(err, "was given up"));
    assert_int_equal(t.len, 0);
    pdf_settle(); /* (the reader given up on stops at the end of its page) */
    assert_int_equal(pdf_to_text(&t, NULL, pdf.data, pdf.len, err, sizeof err), 0);
    size_t digits = 0;
    for (size_t i = 0; i < t.len; i++)
        digits += t.data[i] >= '0' && t.data[i] <= '9';
    assert_int_equal(digits, 3000);
    xbuf_free(&t);
    xbuf_free(&pdf);
}

int main(void)
{
    xxgk_lang_set(XXGK_LANG_EN); /* the messages asserted here are the English ones */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_is_pdf),        cmocka_unit_test(test_not_pdf),
        cmocka_unit_test(test_text_page),     cmocka_unit_test(test_rotated_page),
        cmocka_unit_test(test_fake_bold),
        cmocka_unit_test(test_footnote_mark),
        cmocka_unit_test(test_truncated),     cmocka_unit_test(test_no_text),
        cmocka_unit_test(test_scanned),       cmocka_unit_test(test_scanned_page),
        cmocka_unit_test(test_damaged_page),
        cmocka_unit_test(test_links),
        cmocka_unit_test(test_encrypted),     cmocka_unit_test(test_too_many_pages),
        cmocka_unit_test(test_too_slow),
        cmocka_unit_test(test_vertical_labels),
        cmocka_unit_test(test_corpus),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
