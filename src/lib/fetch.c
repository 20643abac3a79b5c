/*
 * Reports read from the web: an http or https address fetched whole into memory with libcurl,
 * then read as a file would be.  Bounded in size and in time, as every input is: a site that
 * stalls or sends without end is given up with a message, never waited on.
 */
#include <curl/curl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "lib/error.h"
#include "lib/report_impl.h"
#include "util/buf.h"
#include "util/text.h"
#include "xxgk/xxgk.h"

#define DEFAULT_MAX_BYTES ((size_t)256 << 20)
#define CONNECT_SECONDS 30L
#define STALL_SECONDS 60L /* no byte for this long: given up */
#define TOTAL_SECONDS 600L

int xxgk_path_is_url(const char *s)
{
    return s && (strncasecmp(s, "http://", 7) == 0 || strncasecmp(s, "https://", 8) == 0);
}

/* curl_global_init is not safe to run from several threads at once: -j reads in threads. */
static pthread_once_t global_once = PTHREAD_ONCE_INIT;
static CURLcode global_rc;

static void global_init(void)
{
    global_rc = curl_global_init(CURL_GLOBAL_DEFAULT);
}

typedef struct {
    xbuf body;
    size_t max;
    int over; /* the body passed max: the transfer was stopped */
} sink;

static size_t take(char *p, size_t size, size_t n, void *arg)
{
    sink *s = arg;
    size_t len = size * n;
    if (len > s->max - s->body.len) {
        s->over = 1;
        return 0; /* (curl stops the transfer) */
    }
    return xbuf_put(&s->body, p, len) < 0 ? 0 : len;
}

/* What went wrong, in the user's terms where curl's own words would not help them, with
 * curl's account in brackets where it tells more.  Into buf, which it returns. */
static const char *why(CURLcode rc, const char *detail, char *buf, size_t cap)
{
    static const struct {
        CURLcode rc;
        const char *zh, *en;
        int detailed; /* curl's account follows */
    } told[] = {
        {CURLE_UNSUPPORTED_PROTOCOL, "只能读取 http 和 https 网址",
         "only http and https addresses can be read", 0},
        {CURLE_URL_MALFORMAT, "网址格式不正确", "the address is malformed", 0},
        {CURLE_COULDNT_RESOLVE_HOST, "找不到该网站（域名无法解析，请检查网址和网络）",
         "the site cannot be found (its name does not resolve: check the address and the "
         "network)", 0},
        {CURLE_COULDNT_RESOLVE_PROXY, "找不到代理服务器", "the proxy cannot be found", 0},
        {CURLE_COULDNT_CONNECT, "无法连接到网站",
         "the site refused the connection or cannot be reached", 0},
        {CURLE_OPERATION_TIMEDOUT, "网站长时间没有响应，已放弃",
         "the site did not answer in time: given up", 0},
        {CURLE_TOO_MANY_REDIRECTS, "跳转次数过多", "too many redirects", 0},
        {CURLE_PEER_FAILED_VERIFICATION,
         "网站的安全证书无法验证（可在浏览器中打开并另存网页后再读取）",
         "the site's certificate cannot be verified (open the page in a browser, save it, and "
         "read the file)", 0},
        /* (old TLS versions and renegotiation that today's OpenSSL refuses, among others) */
        {CURLE_SSL_CONNECT_ERROR, "无法与网站建立加密连接", "no secure connection to the site", 1},
        {CURLE_SSL_CACERT_BADFILE, "本机的根证书无法使用（请安装 ca-certificates）",
         "this machine's root certificates cannot be used (install ca-certificates)", 0},
    };
    const char *said = detail && *detail ? detail : curl_easy_strerror(rc);
    snprintf(buf, cap, "%s", said);
    for (size_t i = 0; i < sizeof told / sizeof told[0]; i++)
        if (told[i].rc == rc && told[i].detailed)
            snprintf(buf, cap, TR("%s（%s）", "%s (%s)"), TR(told[i].zh, told[i].en), said);
        else if (told[i].rc == rc)
            snprintf(buf, cap, "%s", TR(told[i].zh, told[i].en));
    return buf;
}

/* An address as a message quotes it: a very long one cut (on a whole character), so that the
 * reason after it is never lost. */
static const char *shown(const char *url, char buf[256])
{
    size_t n = strlen(url);
    if (n < 256)
        return url;
    size_t k = u8_floor(url, 200);
    snprintf(buf, 256, "%.*s……", (int)k, url);
    return buf;
}

static const char *status_text(long status)
{
    switch (status) {
    case 401:
    case 403:
        return TR("拒绝访问", "access refused");
    case 404:
    case 410:
        return TR("网页不存在", "no such page");
    case 429:
        return TR("请求过于频繁", "too many requests");
    default:
        return status >= 500 ? TR("网站出错", "the site failed") : TR("请求未成功", "not served");
    }
}

/* Fetch url whole into body (at most max bytes); the address it was finally served from (after
 * redirects) goes to *final (free it).  Returns 0 or an xxgk_error code with a message
 * naming url; then *again is -1, or, when asking again may well succeed (the site busy, the
 * connection dropped), the seconds the site asked to wait (0: it did not say). */
static int fetch(const char *url, size_t max, xbuf *body, char **final, long *again)
{
    *final = NULL;
    *again = -1;
    pthread_once(&global_once, global_init);
    if (global_rc != CURLE_OK)
        return err_set(XXGK_EIO,
                       TR("%s：无法初始化网络读取：%s", "%s: network reading cannot start: %s"),
                       shown(url, (char[256]){0}), curl_easy_strerror(global_rc));
    CURL *h = curl_easy_init();
    if (!h)
        return err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    sink s = {.max = max};
    xbuf_init(&s.body, max + 1);
    char detail[CURL_ERROR_SIZE] = "";
    curl_easy_setopt(h, CURLOPT_URL, url);
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(h, CURLOPT_MAXREDIRS, 10L);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, CONNECT_SECONDS);
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, STALL_SECONDS);
    curl_easy_setopt(h, CURLOPT_TIMEOUT, TOTAL_SECONDS);
    curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, ""); /* whatever compression curl can undo */
    curl_easy_setopt(h, CURLOPT_USERAGENT, "xxgk/" XXGK_VERSION);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L); /* threads: no SIGALRM for timeouts */
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, detail);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, take);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &s);
    /* With CURLOPT_NOSIGNAL (threads) curl leaves SIGPIPE alone, and a TLS peer that hangs up
     * would kill the whole batch: blocked in this thread for the transfer, and one raised then
     * taken before the mask is put back. */
    sigset_t pipe_set, old_mask;
    sigemptyset(&pipe_set);
    sigaddset(&pipe_set, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_set, &old_mask);
    CURLcode rc = curl_easy_perform(h);
    if (!sigismember(&old_mask, SIGPIPE)) {
        sigset_t pending;
        struct timespec none = {0, 0};
        if (sigpending(&pending) == 0 && sigismember(&pending, SIGPIPE))
            sigtimedwait(&pipe_set, NULL, &none);
        pthread_sigmask(SIG_SETMASK, &old_mask, NULL);
    }
    long status = 0;
    char *effective = NULL, reason[CURL_ERROR_SIZE + 256], u[256];
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_getinfo(h, CURLINFO_EFFECTIVE_URL, &effective);
    int result = 0;
    if (s.over)
        result = err_set(XXGK_ELIMIT,
                         TR("%s：超过 %zu 字节的上限", "%s: larger than the limit of %zu bytes"),
                         shown(url, u), s.max);
    else if (rc == CURLE_WRITE_ERROR || s.body.failed)
        result = err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    else if (rc == CURLE_UNSUPPORTED_PROTOCOL && effective && strcmp(effective, url) != 0)
        result = err_set(XXGK_EIO, /* (where a redirect led: curl refused to follow it) */
                         TR("%s：网站跳转到 %.200s，不是 http 或 https 网址，未读取",
                            "%s: the site redirects to %.200s, not an http or https address: not "
                            "read"),
                         shown(url, u), effective);
    else if (rc != CURLE_OK)
        result = err_set(XXGK_EIO, TR("%s：无法下载：%s", "%s: cannot be fetched: %s"),
                         shown(url, u), why(rc, detail, reason, sizeof reason));
    else if (status < 200 || status >= 300) /* (a 3xx here is one with nowhere to go) */
        result = err_set(XXGK_EIO,
                         TR("%s：网站答复 HTTP %ld（%s）", "%s: the site answered HTTP %ld (%s)"),
                         shown(url, u), status, status_text(status));
    else if (!effective || !(*final = strdup(effective)))
        result = err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    if (result < 0 && !s.over &&
        (rc == CURLE_RECV_ERROR || rc == CURLE_SEND_ERROR || rc == CURLE_GOT_NOTHING ||
         rc == CURLE_PARTIAL_FILE ||
         (rc == CURLE_OK && (status == 429 || status == 502 || status == 503 || status == 504)))) {
        curl_off_t after = 0;
        *again = curl_easy_getinfo(h, CURLINFO_RETRY_AFTER, &after) == CURLE_OK && after > 0
                     ? (long)(after < 3600 ? after : 3600)
                     : 0;
    }
    curl_easy_cleanup(h);
    if (result < 0)
        xbuf_free(&s.body);
    else
        *body = s.body;
    return result;
}

/* A site that is busy or drops the connection is asked twice more, after a pause (the one it
 * asks for, when that is half a minute or less): a batch of hundreds meets such moments. */
static int fetch_patiently(const char *url, size_t max, xbuf *body, char **final)
{
    static const unsigned pause[] = {1, 4};
    for (int attempt = 0;; attempt++) {
        long again;
        int rc = fetch(url, max, body, final, &again);
        if (rc == 0 || again < 0 || again > 30 || attempt == 2)
            return rc;
        sleep(again > 0 ? (unsigned)again : pause[attempt]);
    }
}

/* The address of link (as a page writes it: relative or not) on the page served from base;
 * curl_free it.  NULL when it makes no address. */
static char *resolve(const char *base, const char *link)
{
    CURLU *u = curl_url();
    char *abs = NULL;
    if (u && curl_url_set(u, CURLUPART_URL, base, 0) == CURLUE_OK &&
        curl_url_set(u, CURLUPART_URL, link, CURLU_URLENCODE) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_URL, &abs, 0) != CURLUE_OK)
        abs = NULL;
    curl_url_cleanup(u);
    return abs;
}

/* Whether the page reads as a report in its own text (a standard section), tables or not. */
static int has_sections(const xxgk_report *r)
{
    for (size_t i = 0; i < r->nsections; i++)
        if (r->sections[i].standard)
            return 1;
    return 0;
}

int xxgk_report_read_url(xxgk_report **out, const char *url, const xxgk_read_options *opts)
{
    *out = NULL;
    char reason[256], u[256];
    if (!xxgk_path_is_url(url))
        return err_set(XXGK_EINVAL, TR("%s：%s", "%s: %s"), url ? shown(url, u) : "(null)",
                       why(CURLE_UNSUPPORTED_PROTOCOL, NULL, reason, sizeof reason));
    size_t max = opts && opts->max_bytes ? opts->max_bytes : DEFAULT_MAX_BYTES;
    xxgk_read_options o = opts ? *opts : (xxgk_read_options){0};
    o.name = url;
    xbuf body;
    xbuf_init(&body, 0);
    char *final = NULL;
    int rc = fetch_patiently(url, max, &body, &final);
    if (rc == 0)
        rc = xxgk_report_read(out, body.data ? body.data : "", body.len, &o);
    xbuf_free(&body);
    xxgk_report *page = rc == 0 ? *out : NULL;
    /* A page with no tables that links its report as a file: the file is the report (read
     * under the page's address, with the day the page went online).  A document the page only
     * happens to link (a form to download) is followed only from a page that is no report in
     * its own words either. */
    char *doc = page && !page->spec && page->attachment &&
                        (page->attachment_named || !has_sections(page))
                    ? resolve(final, page->attachment)
                    : NULL;
    free(final);
    if (!doc || !xxgk_path_is_url(doc)) { /* (no address, or not one of the web's) */
        curl_free(doc);
        return rc;
    }
    char *doc_final = NULL;
    xxgk_report *r = NULL;
    rc = fetch_patiently(doc, max, &body, &doc_final);
    free(doc_final);
    if (rc == 0) {
        o.name = doc; /* (in its own errors; the report is the page's) */
        rc = xxgk_report_read(&r, body.data ? body.data : "", body.len, &o);
        xbuf_free(&body);
        if (rc == 0 && !(r->name = rep_strndup(r, url, strlen(url))))
            r->oom = 1;
    }
    if (rc < 0) {
        rc = err_set(rc,
                     TR("%s：网页中没有统计表，其附件无法读取：%s",
                        "%s: the page has no tables, and its attachment cannot be read: %s"),
                     shown(url, u), xxgk_error_last());
        curl_free(doc);
        xxgk_report_free(page);
        *out = NULL;
        return rc;
    }
    rep_diag(r, "reader-attachment", 0, rep_printf(r, "附件：%s", doc),
             rep_printf(r, "attachment: %s", doc));
    if (!r->posted && page->posted)
        r->posted = rep_strndup(r, page->posted, strlen(page->posted));
    curl_free(doc);
    xxgk_report_free(page);
    if (r->oom) {
        xxgk_report_free(r);
        *out = NULL;
        return err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    }
    *out = r;
    return 0;
}
