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

#define HEADERS_MAX 16384 /* where an archive's first headers must have ended */
/* Parts nest in parts (multipart in multipart, a message in a message), and GMime's parser
 * goes down them by recursion: a file built to nest thousands deep would exhaust the stack.
 * An archive has a level or two; more than these is no archive. */
#define NESTED_MAX 64

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

int mime_is_archive(const char *data, size_t len)
{
    const char *end = data + (len < HEADERS_MAX ? len : HEADERS_MAX);
    int related = 0;
    for (const char *p = data; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return 0; /* (headers cut at the bound: too long to be an archive's) */
        if (p == nl || (*p == '\r' && p + 1 == nl))
            return related; /* the blank line ending the headers */
        if (*p != ' ' && *p != '\t') {
            /* a header's name: printable ASCII up to the colon */
            const char *q = p;
            while (q < nl && *q > ' ' && *q < 127 && *q != ':')
                q++;
            if (q == p || q == nl || *q != ':')
                return 0;
            const char *v = header_value(p, end, "Content-Type");
            related |= v && (size_t)(end - v) > 17 && strncasecmp(v, "multipart/related", 17) == 0;
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

/* The part under o that is the page: the part a multipart's start parameter names (by its
 * Content-ID), else the first of subtype under type ("html" first, then any text). */
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
        const char *start = g_mime_object_get_content_type_parameter(o, "start");
        if (start && *start == '<')
            start++;
        size_t sl = start ? strcspn(start, ">") : 0;
        for (int i = 0; i < n && sl; i++) {
            GMimeObject *c = g_mime_multipart_get_part(mp, i);
            const char *id = c ? g_mime_object_get_content_id(c) : NULL;
            if (id && strlen(id) == sl && strncmp(id, start, sl) == 0)
                return page_part(c, "*", depth + 1);
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

int mime_page(xbuf *out, const char *data, size_t len, char *err, size_t errcap)
{
    if (count_ci(data, len, "boundary") > NESTED_MAX || count_ci(data, len, "rfc822") > NESTED_MAX) {
        snprintf(err, errcap,
                 TR("网页存档（.mht）的各部分嵌套过深，超过 %d 层", "a web archive (.mht) whose "
                                                                   "parts nest more than %d deep"),
                 NESTED_MAX);
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
    GMimeObject *page = page_part(root, "html", 0);
    if (!page)
        page = page_part(root, "*", 0);
    int rc = 0;
    if (!page) {
        snprintf(err, errcap,
                 TR("网页存档（.mht）中没有网页或文字部分（文件损坏或不完整？）",
                    "a web archive (.mht) with no page or text in it (damaged or truncated?)"));
        rc = XXGK_EENCODING;
    } else {
        GMimeDataWrapper *content = g_mime_part_get_content(GMIME_PART(page));
        GMimeStream *bytes = g_mime_stream_mem_new();
        if (content && bytes && g_mime_data_wrapper_write_to_stream(content, bytes) >= 0) {
            GByteArray *a = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(bytes));
            xbuf_put(out, (const char *)a->data, a->len);
        }
        if (bytes)
            g_object_unref(bytes);
        if (out->failed) {
            snprintf(err, errcap, TR("内存不足", "out of memory"));
            rc = XXGK_ENOMEM;
        }
    }
    if (root)
        g_object_unref(root);
    return rc;
}
