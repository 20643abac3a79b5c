/*
 * Web archives: a page saved as one file (.mht, .mhtml) by a browser (IE and 360's "网页，单个
 * 文件", Chrome's "网页，单个文件") or by Word, and the ".doc" some sites export that are one.
 * The archive is a MIME message (RFC 2557): GMime parses it, and the page it holds is handed
 * back in its own bytes, to be decoded and read as any web page is.
 */
#include "lib/mime_text.h"

#include <gmime/gmime.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "util/lang.h"
#include "xxgk/xxgk.h"

#define HEADERS_MAX ((size_t)1 << 20) /* where an archive's first headers must have ended */
/* Parts nest in parts (multipart in multipart, a message in a message), and GMime's parser
 * goes down them by recursion: a file built to nest thousands deep would exhaust the stack.
 * An archive has a level or two; more than these is no archive. */
#define NESTED_MAX 64
/* Lines that may open a part ("--" and a boundary): GMime keeps some kilobytes for each part,
 * and a page saved with its pictures has hundreds, not tens of thousands. */
#define PARTS_MAX 20000

/* Where the headers start: past a byte order mark (an editor's, saving the file again) and
 * blank lines. */
static size_t headers_start(const char *data, size_t len)
{
    size_t i = len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    while (i < len && (data[i] == '\r' || data[i] == '\n'))
        i++;
    return i;
}

/* The value of the header line at p if it is named name (case aside): after the colon and
 * blanks; NULL if it is another header. */
static const char *header_value(const char *p, const char *end, const char *name)
{
    size_t n = strlen(name);
    if ((size_t)(end - p) <= n || strncasecmp(p, name, n) != 0 || p[n] != ':')
        return NULL;
    p += n + 1;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
        p++;
    return p;
}

static int value_is(const char *v, const char *end, const char *type)
{
    size_t n = strlen(type);
    return v && (size_t)(end - v) >= n && strncasecmp(v, type, n) == 0;
}

int mime_is_archive(const char *data, size_t len)
{
    size_t lead = headers_start(data, len);
    const char *end = data + (len - lead < HEADERS_MAX ? len : lead + HEADERS_MAX);
    int mime = 0;
    for (const char *p = data + lead; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return 0; /* (headers cut at the bound: too long to be an archive's) */
        if (p == nl || (*p == '\r' && p + 1 == nl))
            return mime; /* the blank line ending the headers */
        if (*p != ' ' && *p != '\t') {
            /* a header's name: printable ASCII up to the colon */
            const char *q = p;
            while (q < nl && *q > ' ' && *q < 127 && *q != ':')
                q++;
            if (q == p || q == nl || *q != ':')
                return 0;
            const char *v = header_value(p, end, "Content-Type");
            mime |= value_is(v, end, "multipart/") || value_is(v, end, "message/rfc822") ||
                    value_is(v, end, "text/html");
        }
        p = nl + 1;
    }
    return 0;
}

static size_t count_ci(const char *data, size_t len, const char *word)
{
    size_t n = 0, w = strlen(word);
    for (size_t i = 0; i + w <= len; i++)
        n += (data[i] | 0x20) == word[0] && strncasecmp(data + i, word, w) == 0;
    return n;
}

static size_t part_lines(const char *data, size_t len)
{
    size_t n = len >= 2 && data[0] == '-' && data[1] == '-';
    for (const char *p = data, *end = data + len; (p = memchr(p, '\n', (size_t)(end - p)));)
        n += ++p + 2 <= end && p[0] == '-' && p[1] == '-';
    return n;
}

static pthread_once_t mime_once = PTHREAD_ONCE_INIT;

static void mime_init(void)
{
    g_mime_init();
}

static int is_type(GMimeObject *o, const char *type, const char *subtype)
{
    GMimeContentType *ct = g_mime_object_get_content_type(o);
    return ct && g_mime_content_type_is_type(ct, type, subtype);
}

/* An identifier without the blanks and angle brackets around it: its bounds in *a, *e. */
static void bare_id(const char *s, const char **a, const char **e)
{
    *a = s;
    *e = s + strlen(s);
    while (*a < *e && (**a == ' ' || **a == '\t' || **a == '<'))
        ++*a;
    while (*e > *a && ((*e)[-1] == ' ' || (*e)[-1] == '\t' || (*e)[-1] == '>'))
        --*e;
}

static GMimeObject *page_part(GMimeObject *o, const char *subtype, int depth);

/* A part found by what its start parameter names: a page, or the page among alternatives. */
static GMimeObject *started(GMimeObject *o, int depth)
{
    GMimeObject *page = page_part(o, "html", depth);
    return page ? page : page_part(o, "*", depth);
}

/* The part under o that is the page: the part a multipart's start parameter names (by its
 * Content-ID; blanks and case aside, as browsers forgive them), else the first of subtype
 * under text ("html" first, then any text). */
static GMimeObject *page_part(GMimeObject *o, const char *subtype, int depth)
{
    if (!o || depth > NESTED_MAX)
        return NULL;
    if (GMIME_IS_MESSAGE_PART(o)) {
        GMimeMessage *m = g_mime_message_part_get_message(GMIME_MESSAGE_PART(o));
        return m ? page_part(g_mime_message_get_mime_part(m), subtype, depth + 1) : NULL;
    }
    if (GMIME_IS_MULTIPART(o)) {
        GMimeMultipart *mp = GMIME_MULTIPART(o);
        int n = g_mime_multipart_get_count(mp);
        const char *start = g_mime_object_get_content_type_parameter(o, "start"), *sa, *se;
        bare_id(start ? start : "", &sa, &se);
        for (int i = 0; i < n && se > sa; i++) {
            GMimeObject *c = g_mime_multipart_get_part(mp, i);
            const char *id = c ? g_mime_object_get_content_id(c) : NULL, *ia, *ie;
            bare_id(id ? id : "", &ia, &ie);
            if (ie - ia == se - sa && strncasecmp(ia, sa, (size_t)(se - sa)) == 0)
                return started(c, depth + 1);
        }
        for (int i = 0; i < n; i++) {
            GMimeObject *c = page_part(g_mime_multipart_get_part(mp, i), subtype, depth + 1);
            if (c)
                return c;
        }
        return NULL;
    }
    return GMIME_IS_PART(o) && is_type(o, "text", subtype) ? o : NULL;
}

/* The text/html parts under o other than those already in pages[0..*n), in order. */
static void other_pages(GMimeObject *o, GMimeObject **pages, size_t *n, int depth)
{
    if (!o || depth > NESTED_MAX || *n >= MIME_PAGES_MAX)
        return;
    if (GMIME_IS_MESSAGE_PART(o)) {
        GMimeMessage *m = g_mime_message_part_get_message(GMIME_MESSAGE_PART(o));
        other_pages(m ? g_mime_message_get_mime_part(m) : NULL, pages, n, depth + 1);
    } else if (GMIME_IS_MULTIPART(o)) {
        GMimeMultipart *mp = GMIME_MULTIPART(o);
        for (int i = 0, count = g_mime_multipart_get_count(mp); i < count; i++)
            other_pages(g_mime_multipart_get_part(mp, i), pages, n, depth + 1);
    } else if (GMIME_IS_PART(o) && is_type(o, "text", "html")) {
        for (size_t k = 0; k < *n; k++)
            if (pages[k] == o)
                return;
        pages[(*n)++] = o;
    }
}

/* Quoted-printable decoded as RFC 2045 (6.7) asks: spaces and tabs at a line's end are
 * padding a transport added, deleted before decoding (GMime keeps "=  " at a soft line break,
 * splitting the character the break falls in). */
static void quoted_printable(xbuf *out, GMimeDataWrapper *w)
{
    GMimeStream *raw = g_mime_data_wrapper_get_stream(w), *bytes = g_mime_stream_mem_new();
    if (raw && bytes && g_mime_stream_reset(raw) == 0 &&
        g_mime_stream_write_to_stream(raw, bytes) >= 0) {
        GByteArray *a = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(bytes));
        size_t k = 0;
        for (size_t i = 0; i < a->len;) {
            size_t j = i;
            while (j < a->len && a->data[j] != '\n')
                j++;
            size_t e = j > i && a->data[j - 1] == '\r' ? j - 1 : j, t = e;
            while (t > i && (a->data[t - 1] == ' ' || a->data[t - 1] == '\t'))
                t--;
            memmove(a->data + k, a->data + i, t - i); /* (the line, then its end) */
            k += t - i;
            size_t end = j - e + (j < a->len);
            memmove(a->data + k, a->data + e, end);
            k += end;
            i = j + 1;
        }
        GMimeEncoding state;
        g_mime_encoding_init_decode(&state, GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
        char *plain = malloc(g_mime_encoding_outlen(&state, k) + 1);
        if (plain) {
            xbuf_put(out, plain, g_mime_encoding_flush(&state, (const char *)a->data, k, plain));
            free(plain);
        } else {
            out->failed = 1;
        }
    }
    if (bytes)
        g_object_unref(bytes);
}

/* The part's content, decoded from its transfer encoding, into out. */
static void content(xbuf *out, GMimeObject *part)
{
    GMimeDataWrapper *w = g_mime_part_get_content(GMIME_PART(part));
    if (w && g_mime_data_wrapper_get_encoding(w) == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE) {
        quoted_printable(out, w);
        return;
    }
    GMimeStream *bytes = g_mime_stream_mem_new();
    if (w && bytes && g_mime_data_wrapper_write_to_stream(w, bytes) >= 0) {
        GByteArray *a = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(bytes));
        xbuf_put(out, (const char *)a->data, a->len);
    }
    if (bytes)
        g_object_unref(bytes);
}

int mime_read_pages(mime_pages *p, const char *data, size_t len, char *err, size_t errcap)
{
    p->n = 0;
    size_t lead = headers_start(data, len);
    data += lead;
    len -= lead;
    if (count_ci(data, len, "boundary") > NESTED_MAX ||
        count_ci(data, len, "rfc822") > NESTED_MAX) {
        snprintf(err, errcap,
                 TR("网页存档（.mht）的各部分嵌套过深，超过 %d 层", "a web archive (.mht) whose "
                                                                   "parts nest more than %d deep"),
                 NESTED_MAX);
        return XXGK_ELIMIT;
    }
    if (part_lines(data, len) > PARTS_MAX) {
        snprintf(err, errcap,
                 TR("网页存档（.mht）的部分过多，超过 %d 个", "a web archive (.mht) of more than "
                                                             "%d parts"),
                 PARTS_MAX);
        return XXGK_ELIMIT;
    }
    pthread_once(&mime_once, mime_init);
    GMimeStream *in = g_mime_stream_mem_new_with_buffer(data, len);
    GMimeParser *parser = in ? g_mime_parser_new_with_stream(in) : NULL;
    GMimeObject *root = parser ? g_mime_parser_construct_part(parser, NULL) : NULL;
    if (parser)
        g_object_unref(parser);
    if (in)
        g_object_unref(in);
    GMimeObject *pages[MIME_PAGES_MAX];
    size_t n = 0;
    if ((pages[0] = page_part(root, "html", 0)) != NULL || (pages[0] = page_part(root, "*", 0)))
        n = 1;
    if (n)
        other_pages(root, pages, &n, 0);
    for (size_t k = 0; k < n; k++) {
        xbuf_init(&p->page[k], len + 64); /* (decoding only shrinks) */
        p->n++;
        content(&p->page[k], pages[k]);
    }
    if (root)
        g_object_unref(root);
    for (size_t k = 0; k < p->n; k++)
        if (p->page[k].failed) {
            snprintf(err, errcap, TR("内存不足", "out of memory"));
            return XXGK_ENOMEM;
        }
    if (!n) {
        snprintf(err, errcap,
                 TR("网页存档（.mht）中没有网页或文字部分（文件损坏或不完整？）",
                    "a web archive (.mht) with no page or text in it (damaged or truncated?)"));
        return XXGK_EENCODING;
    }
    return 0;
}

void mime_pages_free(mime_pages *p)
{
    for (size_t k = 0; k < p->n; k++)
        xbuf_free(&p->page[k]);
    p->n = 0;
}
