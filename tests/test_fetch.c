/* Reports read from the web, against a server of the test's own on the loopback: the page read
 * as its file would be, redirects followed, and every failure named with the address. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "support.h"
#include "lib/html_text.h"
#include "util/buf.h"

/* An answer as sent: status line, headers and body (which may hold any byte). */
typedef struct {
    char *data;
    size_t len;
} reply;

/* The server answers each connection with the next of its canned answers, in order. */
static struct {
    int fd, port;
    pthread_t thread;
    reply answers[4];
    int nanswers;
    char request[4][512]; /* the first line of each request received */
} srv;

static void *serve(void *arg)
{
    (void)arg;
    for (int i = 0; i < srv.nanswers; i++) {
        int c = accept(srv.fd, NULL, NULL);
        if (c < 0) return NULL;
        char buf[4096];
        size_t n = 0;
        ssize_t got;
        while (n < sizeof buf - 1 && (got = read(c, buf + n, sizeof buf - 1 - n)) > 0) {
            n += (size_t)got;
            buf[n] = '\0';
            if (strstr(buf, "\r\n\r\n")) break;
        }
        buf[n] = '\0';
        snprintf(srv.request[i], sizeof srv.request[i], "%.*s", (int)strcspn(buf, "\r\n"), buf);
        const char *a = srv.answers[i].data;
        for (size_t left = srv.answers[i].len; left > 0;) {
            ssize_t w = send(c, a, left, MSG_NOSIGNAL); /* (a client gone is no crash) */
            if (w <= 0) break;
            a += w;
            left -= (size_t)w;
        }
        close(c);
    }
    return NULL;
}

/* A listening socket on a free port of the loopback: its port goes to srv.port. */
static void listen_on(void)
{
    memset(&srv, 0, sizeof srv);
    srv.fd = socket(AF_INET, SOCK_STREAM, 0);
    assert_true(srv.fd >= 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    assert_int_equal(bind(srv.fd, (struct sockaddr *)&a, sizeof a), 0);
    socklen_t len = sizeof a;
    assert_int_equal(getsockname(srv.fd, (struct sockaddr *)&a, &len), 0);
    assert_int_equal(listen(srv.fd, 4), 0);
    srv.port = ntohs(a.sin_port);
}

/* Serve the answers, one per connection, in a thread of their own. */
static void serve_answers(const reply *answers, int n)
{
    assert_true(n <= (int)(sizeof srv.answers / sizeof srv.answers[0]));
    for (int i = 0; i < n; i++)
        srv.answers[i] = answers[i];
    srv.nanswers = n;
    assert_int_equal(pthread_create(&srv.thread, NULL, serve, NULL), 0);
}

static void start(const reply *answers, int n)
{
    listen_on();
    serve_answers(answers, n);
}

/* The client is done: a server still waiting for a connection that did not come (a request
 * the code failed to make) stops waiting, so that the test fails instead of hanging. */
static void stop(void)
{
    shutdown(srv.fd, SHUT_RDWR);
    pthread_join(srv.thread, NULL);
    close(srv.fd);
}

/* An HTTP/1.1 answer with the body given (len bytes), closed after it; free its data. */
static reply answer_bytes(const char *status, const char *headers, const char *body, size_t len)
{
    char head[512];
    int n = snprintf(head, sizeof head,
                     "HTTP/1.1 %s\r\nContent-Length: %zu\r\nConnection: close\r\n%s\r\n", status,
                     len, headers);
    reply r = {malloc((size_t)n + len + 1), (size_t)n + len};
    assert_non_null(r.data);
    memcpy(r.data, head, (size_t)n);
    memcpy(r.data + n, body, len);
    r.data[r.len] = '\0';
    return r;
}

static reply answer(const char *status, const char *headers, const char *body)
{
    return answer_bytes(status, headers, body, strlen(body));
}

static void test_page(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    reply ok = answer("200 OK", "Content-Type: text/plain; charset=utf-8\r\n", text);
    start(&ok, 1);
    char url[128];
    snprintf(url, sizeof url, "http://127.0.0.1:%d/reports/2024.txt", srv.port);
    xxgk_report *r = NULL;
    assert_int_equal(xxgk_report_read_url(&r, url, NULL), 0);
    stop();
    assert_string_equal(srv.request[0], "GET /reports/2024.txt HTTP/1.1");
    /* the same report as its file, named by its address */
    xxgk_report *want = read_text(text, strlen(text));
    assert_same_report(want, r);
    assert_string_equal(xxgk_report_name(r), url);
    xxgk_report_free(want);
    xxgk_report_free(r);
    free(ok.data);
    free(text);
}

static void test_redirect(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    listen_on(); /* (the port first: the move names it) */
    char moved[256], url[128];
    snprintf(moved, sizeof moved, "http://127.0.0.1:%d/new.txt", srv.port);
    char location[300];
    snprintf(location, sizeof location, "Location: %s\r\n", moved);
    reply answers[] = {answer("302 Found", location, ""), answer("200 OK", "", text)};
    serve_answers(answers, 2);
    snprintf(url, sizeof url, "http://127.0.0.1:%d/old.txt", srv.port);
    xxgk_report *r = NULL;
    assert_int_equal(xxgk_report_read_url(&r, url, NULL), 0);
    stop();
    assert_string_equal(srv.request[0], "GET /old.txt HTTP/1.1");
    assert_string_equal(srv.request[1], "GET /new.txt HTTP/1.1");
    assert_string_equal(xxgk_report_agency(r), "测试市交通运输局");
    xxgk_report_free(r);
    free(answers[0].data);
    free(answers[1].data);
    free(text);
}

/* A page with no tables whose report is the document it links: the document is read, under
 * the page's address, with the day the page went online. */
static const char page_with_attachment[] =
    "<html><head><meta name=\"PubDate\" content=\"2025-01-22 20:18\">"
    "<title>测试市交通运输局2024年政府信息公开工作年度报告</title></head><body>"
    "<div class=\"TRS_Editor\"><p>现将本局2024年政府信息公开工作年度报告公布如下。</p></div>"
    "<p><a href=\"/guide.pdf\">政府信息公开指南</a></p>"
    "<p>附件：<a href=\"files/r.doc\">测试市交通运输局2024年政府信息公开工作年度报告.doc</a></p>"
    "</body></html>";

/* Read path from a server of the test's own that gives these answers (freed after), one a
 * request: the read's status; the address read goes to url. */
static int read_served(reply *answers, int n, const char *path, char url[128], xxgk_report **r)
{
    start(answers, n);
    snprintf(url, 128, "http://127.0.0.1:%d%s", srv.port, path);
    int rc = xxgk_report_read_url(r, url, NULL);
    stop();
    for (int i = 0; i < n; i++)
        free(answers[i].data);
    return rc;
}

/* The document a frame shows, as a link of the page: a viewer's file resolved against the
 * viewer's address (whatever its form), a script that looks a bare name up taken whole. */
static void test_frame_document(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"http://h.cn?file=a%2Fr.pdf", "http://h.cn/a/r.pdf"},
        {"//h.cn:8080?url=a/r.pdf", "//h.cn:8080/a/r.pdf"},
        {"http://h.cn/v/?file=a%2Fr.pdf", "http://h.cn/v/a/r.pdf"},
        {"http://h.cn/pdfjs/web/viewer.html?file=r.pdf", "http://h.cn/pdfjs/web/r.pdf"},
        {"http://h.cn/pdfjs/web/viewer.html?file=%2Fa%2Fr.pdf", "http://h.cn/a/r.pdf"},
        {"viewer.html?file=..%2Fr.pdf", "../r.pdf"},
        {"/v/viewer.html?file=https%3A%2F%2Fx.cn%2Fr.pdf", "https://x.cn/r.pdf"},
        {"/v/viewer.html?file=%2F%2Fx.cn%2Fr.pdf", "//x.cn/r.pdf"},
        /* the file parameter, not the first value that looks like a document */
        {"/v/viewer.html?title=x.pdf&file=r.pdf", "/v/r.pdf"},
        {"/v/viewer.html?title=x.pdf", "/v/x.pdf"},
        /* a document address with its own query */
        {"/v/viewer.html?file=%2Fa%2Fr.pdf%3Ft%3D1", "/a/r.pdf?t=1"},
        /* scripts: a path is shown, a bare name looked up by the script itself */
        {"/show.do?file=%2Fa%2Fr.pdf", "/a/r.pdf"},
        {"/download.jsp?file=2024.pdf", "/download.jsp?file=2024.pdf"},
        {"/downfile.jsp?filename=%2Fa%2F2024.pdf", "/downfile.jsp?filename=%2Fa%2F2024.pdf"},
        {"/a/r.pdf", "/a/r.pdf"},
        {"/v/viewer.html?file=r.txt", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char page[2048], err[256];
        snprintf(page, sizeof page,
                 "<html><body><div class=\"TRS_Editor\"><p>说明</p><iframe src=\"%s\">"
                 "</iframe></div></body></html>",
                 cases[i][0]);
        xbuf out;
        xbuf_init(&out, 0);
        html_found found;
        assert_int_equal(html_to_text(&out, &found, page, strlen(page), err, sizeof err), 0);
        if (strcmp(found.attachment, cases[i][1]) != 0)
            fail_msg("%s: \"%s\", not \"%s\"", cases[i][0], found.attachment, cases[i][1]);
        xbuf_free(&out);
    }
}

static void test_attachment(void **state)
{
    (void)state;
    size_t n;
    char *doc = fixture("report-2021.doc", &n);
    reply answers[2] = {answer("200 OK", "Content-Type: text/html\r\n", page_with_attachment),
                        answer_bytes("200 OK", "", doc, n)};
    char url[128], want[256];
    xxgk_report *r = NULL;
    assert_int_equal(read_served(answers, 2, "/reports/art.html", url, &r), 0);
    assert_string_equal(srv.request[1], "GET /reports/files/r.doc HTTP/1.1");
    assert_string_equal(xxgk_report_name(r), url);
    assert_string_equal(xxgk_report_layout(r), "doc");
    assert_string_equal(xxgk_report_agency(r), "测试市交通运输局");
    assert_string_equal(xxgk_report_posted(r), "2025-01-22");
    xxgk_findings *f = check_report(r);
    char ev[512];
    assert_int_equal(count_rule(f, "reader-attachment", ev, sizeof ev), 1);
    snprintf(want, sizeof want, "附件：http://127.0.0.1:%d/reports/files/r.doc", srv.port);
    assert_string_equal(ev, want);
    assert_int_equal(xxgk_findings_at_least(f, XXGK_SEV_WARNING), 0);
    xxgk_findings_free(f);
    xxgk_report_free(r);

    /* a document shown in the page rather than linked: a PDF viewer's frame names it in its
     * query (percent-encoded), an <embed> or <object> by its own address */
    static const char *const shown[][2] = {
        {"<iframe title=\"年度报告\" src=\"/pdfjs/web/viewer.html?v=2&amp;file=%2Ffiles%2Fr.doc\">"
         "</iframe>",
         "GET /files/r.doc HTTP/1.1"},
        {"<embed type=\"application/msword\" src=\"files/r.doc\">",
         "GET /reports/files/r.doc HTTP/1.1"},
        {"<object data=\"/a/r.doc?t=1\"></object>", "GET /a/r.doc?t=1 HTTP/1.1"},
        /* the viewer's file relative to the viewer, not to the page */
        {"<iframe src=\"../pdfjs/web/viewer.html?file=..%2Ffiles%2Fr.doc\"></iframe>",
         "GET /pdfjs/files/r.doc HTTP/1.1"},
        {"<iframe src=\"/pdfjs/web/viewer.html?file=r.doc\"></iframe>",
         "GET /pdfjs/web/r.doc HTTP/1.1"},
        /* a script handing out the file its query names: the script's address, whole */
        {"<iframe src=\"/downfile.jsp?id=7&amp;filename=1234.doc\"></iframe>",
         "GET /downfile.jsp?id=7&filename=1234.doc HTTP/1.1"},
        {"<iframe src=\"/show.do?file=%2Fa%2Fr.doc\"></iframe>", "GET /a/r.doc HTTP/1.1"},
    };
    for (size_t i = 0; i < sizeof shown / sizeof shown[0]; i++) {
        char page[1024];
        snprintf(page, sizeof page,
                 "<html><body><div class=\"TRS_Editor\"><p>测试市交通运输局2024年政府信息"
                 "公开工作年度报告</p>%s</div></body></html>",
                 shown[i][0]);
        answers[0] = answer("200 OK", "Content-Type: text/html\r\n", page);
        answers[1] = answer_bytes("200 OK", "", doc, n);
        assert_int_equal(read_served(answers, 2, "/reports/art.html", url, &r), 0);
        assert_string_equal(srv.request[1], shown[i][1]);
        assert_string_equal(xxgk_report_layout(r), "doc");
        assert_int_equal(xxgk_report_year(r), 2024);
        xxgk_report_free(r);
    }

    /* the document missing, or not a report that can be read: said, with both addresses */
    static const struct {
        const char *status;
        int rc;
        const char *why;
    } fails[] = {{"404 Not Found", XXGK_EIO, "the site answered HTTP 404 (no such page)"},
                 {"200 OK", XXGK_EEMPTY, "the file is empty"}};
    for (int i = 0; i < 2; i++) {
        answers[0] = answer("200 OK", "", page_with_attachment);
        answers[1] = answer(fails[i].status, "", "");
        assert_int_equal(read_served(answers, 2, "/art.html", url, &r), fails[i].rc);
        assert_null(r);
        char msg[512];
        snprintf(msg, sizeof msg,
                 "%s: the page has no tables, and its attachment cannot be read: "
                 "http://127.0.0.1:%d/files/r.doc: %s",
                 url, srv.port, fails[i].why);
        assert_string_equal(xxgk_error_last(), msg);
    }

    /* an address too long to quote whole: cut, and the reason after it kept */
    xbuf page;
    xbuf_init(&page, 0);
    xbuf_puts(&page, "<html><body><p>附件：<a href=\"files/");
    for (int i = 0; i < 300; i++)
        xbuf_puts(&page, "年");
    xbuf_puts(&page, ".doc\">2024年度报告</a></p></body></html>");
    answers[0] = answer("200 OK", "", page.data);
    answers[1] = answer("404 Not Found", "", "");
    assert_int_equal(read_served(answers, 2, "/long.html", url, &r), XXGK_EIO);
    const char *said = xxgk_error_last(), *tail = ".doc: the site answered HTTP 404 (no such page)";
    assert_true(strlen(said) < 1024);
    assert_non_null(strstr(said, "……: the site answered HTTP 404 (no such page)"));
    assert_null(strstr(said, tail));
    xbuf_free(&page);

    /* the document the page links, however it links it: once, linked twice (an icon and its
     * name) and not named a report (the page's only document is its report); through a CMS's
     * download script, named in its query; with spaces and a line break around the address,
     * as browsers forgive */
    static const struct {
        const char *page, *request;
    } links[] = {
        {"<html><body><p>详见附件。</p><a href=\"r.doc\"><img src=\"i.gif\"></a>"
         "<a href=\"r.doc\">点击下载</a></body></html>",
         "GET /r.doc HTTP/1.1"},
        {"<html><body><p>附件：<a href=\"/module/download/downfile.jsp?classid=0&amp;"
         "filename=2501201030.doc\">2024年度报告</a></p></body></html>",
         "GET /module/download/downfile.jsp?classid=0&filename=2501201030.doc HTTP/1.1"},
        {"<html><body><p>附件：<a href=\"  files/\nr.doc \">2024年度报告</a></p></body></html>",
         "GET /files/r.doc HTTP/1.1"},
    };
    for (int i = 0; i < 3; i++) {
        answers[0] = answer("200 OK", "", links[i].page);
        answers[1] = answer_bytes("200 OK", "", doc, n);
        assert_int_equal(read_served(answers, 2, "/art.html", url, &r), 0);
        assert_string_equal(srv.request[1], links[i].request);
        assert_string_equal(xxgk_report_agency(r), "测试市交通运输局");
        xxgk_report_free(r);
    }

    /* the page as it is (a second request would not be answered, and the read would fail):
     * a document off the web; a report in the page's own words (sections, no tables) with
     * one document in its footer, not named a report */
    static const char *const as_is[] = {
        "<html><body><p>附件：<a href=\"file:///etc/passwd.pdf\">2024年度报告</a></p>"
        "</body></html>",
        "<html><body><div class=\"TRS_Editor\"><p>一、总体情况</p><p>本年度……</p>"
        "<p>五、存在的主要问题及改进情况</p><p>……</p><p>六、其他需要报告的事项</p><p>无。</p>"
        "</div><div class=\"footer\"><a href=\"/files/apply.doc\">申请表下载</a></div>"
        "</body></html>"};
    for (int i = 0; i < 2; i++) {
        answers[0] = answer("200 OK", "", as_is[i]);
        assert_int_equal(read_served(answers, 1, "/as-is.html", url, &r), 0);
        assert_int_equal(xxgk_report_format(r), XXGK_FORMAT_OTHER);
        xxgk_report_free(r);
    }

    /* two documents, neither named a report, or both: nothing to choose, the page as it is
     * (a second request would not be answered, and the read would fail) */
    static const char *const two[] = {
        "<html><body><p>见附件。</p><a href=\"a.pdf\">附件一</a><a href=\"b.pdf\">附件二</a>"
        "</body></html>",
        "<html><body><p>历年报告：</p><a href=\"2024.pdf\">2024年度报告</a>"
        "<a href=\"2023.pdf\">2023年度报告</a></body></html>"};
    for (int i = 0; i < 2; i++) {
        answers[0] = answer("200 OK", "", two[i]);
        assert_int_equal(read_served(answers, 1, "/two.html", url, &r), 0);
        assert_int_equal(xxgk_report_format(r), XXGK_FORMAT_OTHER);
        xxgk_findings *g = check_report(r); /* (and the check says why it found no table) */
        char why[512];
        assert_int_equal(count_rule(g, "reader-no-tables", why, sizeof why), 1);
        assert_string_equal(why, "全文没有可识别的统计表；网页链接了 2 份文档，无法确定哪一份是报告"
                                 "（请直接给出报告文档的网址）");
        xxgk_findings_free(g);
        xxgk_report_free(r);
    }
    free(doc);
}

/* A site busy for a moment is asked again, after the pause it asks for; three times busy is a
 * failure. */
static void test_busy(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    for (int ends_well = 1; ends_well >= 0; ends_well--) {
        reply answers[] = {answer("503 Service Unavailable", "Retry-After: 1\r\n", ""),
                           answer("429 Too Many Requests", "Retry-After: 1\r\n", ""),
                           ends_well ? answer("200 OK", "", text)
                                     : answer("503 Service Unavailable", "Retry-After: 1\r\n", "")};
        char url[128];
        xxgk_report *r = NULL;
        int rc = read_served(answers, 3, "/busy.txt", url, &r);
        assert_string_equal(srv.request[2], "GET /busy.txt HTTP/1.1");
        if (ends_well) {
            assert_int_equal(rc, 0);
            assert_string_equal(xxgk_report_agency(r), "测试市交通运输局");
            xxgk_report_free(r);
        } else {
            char want[256];
            assert_int_equal(rc, XXGK_EIO);
            snprintf(want, sizeof want, "%s: the site answered HTTP 503 (the site failed)", url);
            assert_string_equal(xxgk_error_last(), want);
        }
    }
    free(text);
}

/* A failure: the error code, and the message naming the address. */
static void expect_failure(reply answer_given, const char *path, const xxgk_read_options *o,
                           int code, const char *why)
{
    start(&answer_given, 1);
    char url[128], want[512];
    snprintf(url, sizeof url, "http://127.0.0.1:%d%s", srv.port, path);
    xxgk_report *r = NULL;
    assert_int_equal(xxgk_report_read_url(&r, url, o), code);
    assert_null(r);
    stop();
    snprintf(want, sizeof want, "%s: %s", url, why);
    assert_string_equal(xxgk_error_last(), want);
    free(answer_given.data);
}

static void test_failures(void **state)
{
    (void)state;
    expect_failure(answer("404 Not Found", "", "<html>not here</html>"), "/gone.html", NULL,
                   XXGK_EIO, "the site answered HTTP 404 (no such page)");
    expect_failure(answer("500 Internal Server Error", "", ""), "/", NULL, XXGK_EIO,
                   "the site answered HTTP 500 (the site failed)");
    /* larger than the caller allows: stopped, not read */
    xxgk_read_options small = {.max_bytes = 16};
    expect_failure(answer("200 OK", "", "0123456789012345678901234567890123456789"), "/big.txt",
                   &small, XXGK_ELIMIT, "larger than the limit of 16 bytes");
    /* a body with no length, sent until the server closes: bounded all the same */
    static const char endless[] = "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n"
                                  "0123456789012345678901234567890123456789";
    reply unbounded = {strdup(endless), sizeof endless - 1};
    expect_failure(unbounded, "/stream.txt", &small, XXGK_ELIMIT,
                   "larger than the limit of 16 bytes");
    /* a 3xx with nowhere to go is no page */
    expect_failure(answer("300 Multiple Choices", "", "某某局2024年政府信息公开工作年度报告"),
                   "/choices", NULL, XXGK_EIO,
                   "the site answered HTTP 300 (not served)");
    /* a redirect off the web (to a file of this machine) is not followed */
    expect_failure(answer("302 Found", "Location: file:///etc/passwd\r\n", ""), "/tofile", NULL,
                   XXGK_EIO,
                   "the site redirects to file:///etc/passwd, not an http or https address: not "
                   "read");
    /* an empty page is an empty input */
    expect_failure(answer("200 OK", "", ""), "/empty.txt", NULL, XXGK_EEMPTY, "the file is empty");

    /* nothing listening: refused, at once */
    listen_on();
    close(srv.fd); /* the port was free a moment ago, and nobody listens on it now */
    char url[128], want[256];
    snprintf(url, sizeof url, "http://127.0.0.1:%d/x.txt", srv.port);
    xxgk_report *r = NULL;
    assert_int_equal(xxgk_report_read_url(&r, url, NULL), XXGK_EIO);
    snprintf(want, sizeof want,
             "%s: cannot be fetched: the site refused the connection or cannot be reached", url);
    assert_string_equal(xxgk_error_last(), want);

    /* not a web address at all */
    assert_false(xxgk_path_is_url("ftp://example.org/a.txt"));
    assert_false(xxgk_path_is_url("reports/http://x"));
    assert_true(xxgk_path_is_url("HTTPS://example.org/"));
    assert_int_equal(xxgk_report_read_url(&r, "ftp://example.org/a.txt", NULL), XXGK_EINVAL);
    assert_string_equal(xxgk_error_last(),
                        "ftp://example.org/a.txt: only http and https addresses can be read");
}

int main(void)
{
    xxgk_lang_set(XXGK_LANG_EN); /* the messages asserted here are the English ones */
    /* the server is on the loopback: a proxy of the environment is not in the way */
    static const char *const proxies[] = {"http_proxy", "https_proxy", "HTTP_PROXY",
                                          "HTTPS_PROXY", "all_proxy", "ALL_PROXY"};
    for (size_t i = 0; i < sizeof proxies / sizeof proxies[0]; i++)
        unsetenv(proxies[i]);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_page),
        cmocka_unit_test(test_redirect),
        cmocka_unit_test(test_frame_document),
        cmocka_unit_test(test_attachment),
        cmocka_unit_test(test_busy),
        cmocka_unit_test(test_failures),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
