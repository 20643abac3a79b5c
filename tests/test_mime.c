/* Web archives (.mht, .mhtml): the page in one read as that page, however a browser or Word
 * saved it; archives that hold none, or nest too deep, refused with the file named. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support.h"
#include "util/buf.h"

/* The fixture report as the HTML page xxgk writes. */
static bytes page_of(const xxgk_report *r)
{
    bytes b = {NULL, 0};
    assert_int_equal(xxgk_write_report("html", r, NULL, sink_bytes, &b), 0);
    return b;
}

/* Quoted-printable (RFC 2045), as Chrome saves a page: bytes outside printable ASCII and "="
 * as =XX, lines kept under 76 characters by soft breaks; pad after every line, as a transport
 * may add it. */
static void put_qp(xbuf *o, const char *s, size_t n, const char *pad)
{
    size_t col = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '\n') {
            xbuf_printf(o, "%s\r\n", pad);
            col = 0;
            continue;
        }
        if (col >= 72) {
            xbuf_printf(o, "=%s\r\n", pad);
            col = 0;
        }
        if (ch == '=' || ch >= 127 || (ch < ' ' && ch != '\t')) {
            xbuf_printf(o, "=%02X", ch);
            col += 3;
        } else {
            xbuf_putc(o, (char)ch);
            col++;
        }
    }
}

/* Base64 (RFC 2045), as IE and Word save a page, in lines of 76. */
static void put_base64(xbuf *o, const char *s, size_t n)
{
    static const char digits[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned char)s[i] << 16;
        v |= i + 1 < n ? (unsigned)(unsigned char)s[i + 1] << 8 : 0;
        v |= i + 2 < n ? (unsigned char)s[i + 2] : 0;
        char q[4] = {digits[v >> 18 & 63], digits[v >> 12 & 63],
                     i + 1 < n ? digits[v >> 6 & 63] : '=', i + 2 < n ? digits[v & 63] : '='};
        xbuf_put(o, q, 4);
        if ((i / 3 + 1) % 19 == 0)
            xbuf_puts(o, "\r\n");
    }
    xbuf_puts(o, "\r\n");
}

/* The page in GB18030, as a page saved from an older government site is. */
static bytes gb18030(const bytes *utf8)
{
    return recoded("GB18030", utf8->data, utf8->len);
}

/* Chrome's archive: the page quoted-printable, then a picture. */
static void test_chrome_archive(void **state)
{
    (void)state;
    xxgk_report *want = load_fixture("report-2021-tabs.txt");
    bytes page = page_of(want);
    xbuf a;
    xbuf_init(&a, 0);
    xbuf_puts(&a, "From: <Saved by Blink>\r\n"
                  "Snapshot-Content-Location: https://www.example.gov.cn/art/2025/1/20/1.html\r\n"
                  "Subject: =?utf-8?Q?report?=\r\nMIME-Version: 1.0\r\n"
                  "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
                  "\tboundary=\"----MultipartBoundary--x----\"\r\n\r\n\r\n"
                  "------MultipartBoundary--x----\r\nContent-Type: text/html\r\n"
                  "Content-ID: <frame-1@mhtml.blink>\r\n"
                  "Content-Transfer-Encoding: quoted-printable\r\n"
                  "Content-Location: https://www.example.gov.cn/art/2025/1/20/1.html\r\n\r\n");
    put_qp(&a, page.data, page.len, "");
    xbuf_puts(&a, "\r\n------MultipartBoundary--x----\r\nContent-Type: image/png\r\n"
                  "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
                  "------MultipartBoundary--x------\r\n");
    assert_false(a.failed);
    assert_file_reads_as(a.data, a.len, "page.mht", "html", want);
    xbuf_free(&a);
    free(page.data);
    xxgk_report_free(want);
}

/* IE's or Word's: base64 of a GB18030 page (charset gb2312), after a preamble. */
static void test_ie_archive(void **state)
{
    (void)state;
    xxgk_report *want = load_fixture("report-2021-tabs.txt");
    bytes page = page_of(want), gb = gb18030(&page);
    xbuf a;
    xbuf_init(&a, 0);
    xbuf_puts(&a, "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
                  "\tboundary=\"----=_NextPart_000_0000_01DB.1\";\r\n\ttype=\"text/html\"\r\n\r\n"
                  "This is a multi-part message in MIME format.\r\n\r\n"
                  "------=_NextPart_000_0000_01DB.1\r\n"
                  "Content-Type: text/html;\r\n\tcharset=\"gb2312\"\r\n"
                  "Content-Transfer-Encoding: base64\r\n"
                  "Content-Location: http://www.example.gov.cn/1.htm\r\n\r\n");
    put_base64(&a, gb.data, gb.len);
    xbuf_puts(&a, "\r\n------=_NextPart_000_0000_01DB.1--\r\n");
    assert_false(a.failed);
    assert_file_reads_as(a.data, a.len, "1.doc", "html", want);
    xbuf_free(&a);
    free(gb.data);
    free(page.data);
    xxgk_report_free(want);
}

/* An archive of boundary "b" under top (its headers), holding the page as part `at` (0-based,
 * quoted-printable, with the headers given), the other parts small pages that are no report. */
static void build(xbuf *a, const char *top, const bytes *page, int at, const char *page_headers,
                  int parts)
{
    xbuf_init(a, 0);
    xbuf_puts(a, top);
    for (int i = 0; i < parts; i++) {
        xbuf_puts(a, "\r\n--b\r\n");
        if (i == at) {
            xbuf_printf(a, "%sContent-Transfer-Encoding: quoted-printable\r\n\r\n", page_headers);
            put_qp(a, page->data, page->len, "");
        } else {
            xbuf_printf(a, "Content-Type: text/html; charset=utf-8\r\nContent-ID: <p%d@x>\r\n\r\n"
                           "<html><frameset><frame src=\"p1.htm\"></frameset></html>",
                        i);
        }
    }
    xbuf_puts(a, "\r\n--b--\r\n");
    assert_false(a->failed);
}

/* What editors and sites do to archives: a byte order mark and blank lines before the headers
 * (Notepad saving it again), a start parameter with blanks or in other case, one naming
 * alternatives (plain text, then the page), a frameset as the root page with the report in a
 * frame, a page saved with its server's Content-Type header alone. */
static void test_archive_variants(void **state)
{
    (void)state;
    xxgk_report *want = load_fixture("report-2021-tabs.txt");
    bytes page = page_of(want);
    static const char *const html = "Content-Type: text/html; charset=utf-8\r\n";
    xbuf a;
    build(&a, "\xEF\xBB\xBF\r\n\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; "
              "boundary=\"b\"\r\n",
          &page, 0, html, 1);
    assert_file_reads_as(a.data, a.len, "bom.mht", "html", want);
    xbuf_free(&a);
    build(&a, "MIME-Version: 1.0\r\nContent-Type: multipart/related; start=\" <ROOT@X> \"; "
              "boundary=\"b\"\r\n",
          &page, 1, "Content-Type: text/html; charset=utf-8\r\nContent-ID: <root@x>\r\n", 2);
    assert_file_reads_as(a.data, a.len, "start.mht", "html", want);
    xbuf_free(&a);
    /* the frameset first: the report is read from the frame's page */
    build(&a, "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n", &page, 2,
          html, 3);
    assert_file_reads_as(a.data, a.len, "frames.mht", "html", want);
    xbuf_free(&a);
    /* start names alternatives: the page among them, not the plain text */
    xbuf_init(&a, 0);
    xbuf_puts(&a, "MIME-Version: 1.0\r\nContent-Type: multipart/related; start=\"<alt@x>\"; "
                  "boundary=\"b\"\r\n\r\n--b\r\nContent-Type: multipart/alternative; "
                  "boundary=\"c\"\r\nContent-ID: <alt@x>\r\n\r\n--c\r\n"
                  "Content-Type: text/plain; charset=utf-8\r\n\r\n纯文本版本：见网页。\r\n--c\r\n"
                  "Content-Type: text/html; charset=utf-8\r\n"
                  "Content-Transfer-Encoding: quoted-printable\r\n\r\n");
    put_qp(&a, page.data, page.len, "");
    xbuf_puts(&a, "\r\n--c--\r\n--b--\r\n");
    assert_false(a.failed);
    assert_file_reads_as(a.data, a.len, "alternative.mht", "html", want);
    xbuf_free(&a);
    /* spaces and tabs a transport added at the quoted-printable lines' ends, soft breaks too */
    xbuf_init(&a, 0);
    xbuf_puts(&a, "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n"
                  "Content-Transfer-Encoding: quoted-printable\r\n\r\n");
    put_qp(&a, page.data, page.len, " \t ");
    assert_false(a.failed);
    assert_file_reads_as(a.data, a.len, "padded.mht", "html", want);
    xbuf_free(&a);
    /* a page with its server's header */
    xbuf_init(&a, 0);
    xbuf_puts(&a, "Content-Type: text/html; charset=utf-8\r\n\r\n");
    xbuf_put(&a, page.data, page.len);
    assert_false(a.failed);
    assert_file_reads_as(a.data, a.len, "cgi.htm", "html", want);
    xbuf_free(&a);
    free(page.data);
    xxgk_report_free(want);
}

static void expect_refused(const char *data, int code, const char *says)
{
    xxgk_report *r = NULL;
    xxgk_read_options o = {.name = "bad.mht"};
    assert_int_equal(xxgk_report_read(&r, data, strlen(data), &o), code);
    assert_null(r);
    const char *msg = xxgk_error_last();
    if (!strstr(msg, "bad.mht") || !strstr(msg, says))
        fail_msg("message: %s", msg);
}

/* No page, an empty one, parts nested past the bound: refused, the file named; headers that
 * only look like an archive's are read as the text they are. */
static void test_bad_archives(void **state)
{
    (void)state;
    expect_refused("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n"
                   "--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n",
                   XXGK_EENCODING, "没有网页");
    expect_refused("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n"
                   "--b\r\nContent-Type: text/html\r\n\r\n--b--\r\n",
                   XXGK_EEMPTY, "是空的");
    xbuf deep;
    xbuf_init(&deep, 0);
    xbuf_puts(&deep, "MIME-Version: 1.0\r\n");
    for (int i = 0; i < 100; i++)
        xbuf_printf(&deep, "Content-Type: multipart/related; boundary=\"b%d\"\r\n\r\n--b%d\r\n", i,
                    i);
    assert_false(deep.failed);
    expect_refused(deep.data, XXGK_ELIMIT, "嵌套过深");
    xbuf_free(&deep);
    /* tens of thousands of parts (GMime keeps kilobytes for each) */
    xbuf many;
    xbuf_init(&many, 0);
    xbuf_puts(&many, "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n");
    for (int i = 0; i < 20001; i++)
        xbuf_puts(&many, "\r\n--b\r\n\r\nx");
    xbuf_puts(&many, "\r\n--b--\r\n");
    assert_false(many.failed);
    expect_refused(many.data, XXGK_ELIMIT, "部分过多");
    xbuf_free(&many);
    /* a report beginning "主题: …" with no MIME headers is text */
    xxgk_report *want = load_fixture("report-2021-tabs.txt");
    size_t n;
    char *text = fixture("report-2021-tabs.txt", &n);
    char *mail = malloc(n + 64);
    int k = snprintf(mail, 64, "Subject: annual report\nContent-Type: text/plain\n\n");
    memcpy(mail + k, text, n + 1);
    xxgk_report *got = read_text(mail, strlen(mail));
    assert_same_report(want, got);
    xxgk_report_free(got);
    free(mail);
    free(text);
    xxgk_report_free(want);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_chrome_archive),
        cmocka_unit_test(test_ie_archive),
        cmocka_unit_test(test_archive_variants),
        cmocka_unit_test(test_bad_archives),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
