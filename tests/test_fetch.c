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

/* The server answers each connection with the next of its canned answers, in order. */
static struct {
    int fd, port;
    pthread_t thread;
    const char *answers[4];
    int nanswers;
    char request[4][512]; /* the first line of each request received */
} srv;

static void *serve(void *arg)
{
    (void)arg;
    for (int i = 0; i < srv.nanswers; i++) {
        int c = accept(srv.fd, NULL, NULL);
        if (c < 0)
            return NULL;
        char buf[4096];
        size_t n = 0;
        ssize_t got;
        while (n < sizeof buf - 1 && (got = read(c, buf + n, sizeof buf - 1 - n)) > 0) {
            n += (size_t)got;
            buf[n] = '\0';
            if (strstr(buf, "\r\n\r\n"))
                break;
        }
        buf[n] = '\0';
        snprintf(srv.request[i], sizeof srv.request[i], "%.*s", (int)strcspn(buf, "\r\n"), buf);
        const char *a = srv.answers[i];
        for (size_t left = strlen(a); left > 0;) {
            ssize_t w = send(c, a, left, MSG_NOSIGNAL); /* (a client gone is no crash) */
            if (w <= 0)
                break;
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
static void serve_answers(const char *const *answers, int n)
{
    for (int i = 0; i < n; i++)
        srv.answers[i] = answers[i];
    srv.nanswers = n;
    assert_int_equal(pthread_create(&srv.thread, NULL, serve, NULL), 0);
}

static void start(const char *const *answers, int n)
{
    listen_on();
    serve_answers(answers, n);
}

static void stop(void)
{
    pthread_join(srv.thread, NULL);
    close(srv.fd);
}

/* An HTTP/1.1 answer with the body given, closed after it. */
static char *answer(const char *status, const char *headers, const char *body)
{
    size_t n = strlen(body) + 512;
    char *s = malloc(n);
    assert_non_null(s);
    snprintf(s, n, "HTTP/1.1 %s\r\nContent-Length: %zu\r\nConnection: close\r\n%s\r\n%s", status,
             strlen(body), headers, body);
    return s;
}

static void test_page(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    char *ok = answer("200 OK", "Content-Type: text/plain; charset=utf-8\r\n", text);
    const char *answers[] = {ok};
    start(answers, 1);
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
    free(ok);
    free(text);
}

static void test_redirect(void **state)
{
    (void)state;
    char *text = fixture("report-2021-tabs.txt", NULL);
    char *ok = answer("200 OK", "", text);
    listen_on(); /* (the port first: the move names it) */
    char moved[256], url[128];
    snprintf(moved, sizeof moved,
             "HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:%d/new.txt\r\n"
             "Content-Length: 0\r\nConnection: close\r\n\r\n",
             srv.port);
    const char *answers[] = {moved, ok};
    serve_answers(answers, 2);
    snprintf(url, sizeof url, "http://127.0.0.1:%d/old.txt", srv.port);
    xxgk_report *r = NULL;
    assert_int_equal(xxgk_report_read_url(&r, url, NULL), 0);
    stop();
    assert_string_equal(srv.request[0], "GET /old.txt HTTP/1.1");
    assert_string_equal(srv.request[1], "GET /new.txt HTTP/1.1");
    assert_string_equal(xxgk_report_agency(r), "测试市交通运输局");
    xxgk_report_free(r);
    free(ok);
    free(text);
}

/* A failure: the error code, and the message naming the address. */
static void expect_failure(const char *const *answers, int n, const char *path,
                           const xxgk_read_options *o, int code, const char *why)
{
    start(answers, n);
    char url[128], want[512];
    snprintf(url, sizeof url, "http://127.0.0.1:%d%s", srv.port, path);
    xxgk_report *r = NULL;
    assert_int_equal(xxgk_report_read_url(&r, url, o), code);
    assert_null(r);
    stop();
    snprintf(want, sizeof want, "%s: %s", url, why);
    assert_string_equal(xxgk_error_last(), want);
}

static void test_failures(void **state)
{
    (void)state;
    char *missing = answer("404 Not Found", "", "<html>not here</html>");
    const char *a404[] = {missing};
    expect_failure(a404, 1, "/gone.html", NULL, XXGK_EIO,
                   "the site answered HTTP 404 (no such page)");
    char *broken = answer("503 Service Unavailable", "", "");
    const char *a503[] = {broken};
    expect_failure(a503, 1, "/", NULL, XXGK_EIO, "the site answered HTTP 503 (the site failed)");
    /* larger than the caller allows: stopped, not read */
    char *big = answer("200 OK", "", "0123456789012345678901234567890123456789");
    const char *abig[] = {big};
    xxgk_read_options small = {.max_bytes = 16};
    expect_failure(abig, 1, "/big.txt", &small, XXGK_ELIMIT,
                   "larger than the limit of 16 bytes");
    /* an empty page is an empty input */
    char *empty = answer("200 OK", "", "");
    const char *aempty[] = {empty};
    start(aempty, 1);
    char url[128];
    snprintf(url, sizeof url, "http://127.0.0.1:%d/empty.txt", srv.port);
    xxgk_report *r = NULL;
    assert_int_equal(xxgk_report_read_url(&r, url, NULL), XXGK_EEMPTY);
    stop();
    assert_non_null(strstr(xxgk_error_last(), url));
    free(missing);
    free(broken);
    free(big);
    free(empty);

    /* nothing listening: refused, at once */
    listen_on();
    close(srv.fd); /* the port was free a moment ago, and nobody listens on it now */
    snprintf(url, sizeof url, "http://127.0.0.1:%d/x.txt", srv.port);
    assert_int_equal(xxgk_report_read_url(&r, url, NULL), XXGK_EIO);
    char want[256];
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
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_page),
        cmocka_unit_test(test_redirect),
        cmocka_unit_test(test_failures),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
