/*
 * PDF input: the text layer of a PDF laid out the way `pdftotext -layout` lays it out, so the
 * text reader reads it like any other space-aligned text.  Poppler (through poppler-glib) gives
 * each page's characters and one bounding box per character; page_layout.c places them, and
 * every page ends with a form feed line.
 *
 * Poppler's own spaces and newlines are ignored: its reading order puts the cells of ruled tables
 * column by column, which is exactly what the layout avoids.
 */
#include "lib/pdf_text.h"

#include <glib.h>
#include <math.h>
#include <poppler.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/page_layout.h"
#include "util/lang.h"
#include "xxgk/xxgk.h"

int pdf_is_pdf(const char *data, size_t len)
{
    return data && len >= 5 && memcmp(data, "%PDF-", 5) == 0;
}

static int fail(char *err, size_t errcap, int code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static int fail(char *err, size_t errcap, int code, const char *fmt, ...)
{
    if (err && errcap) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, errcap, fmt, ap);
        va_end(ap);
    }
    return code;
}

/* The page's characters paired with their boxes: poppler's layout has one rectangle per
 * character of the page text, in the same order (its spaces and newlines included; should the
 * counts ever differ, the shorter one ends the pairing).  Characters
 * without a box, blanks and boxes that make no sense are left out.  Returns the count, or -1 when
 * out of memory (*out is then NULL). */
static long page_glyphs(const char *text, const PopplerRectangle *rects, guint nrects,
                        glyph **out)
{
    *out = NULL;
    if (!text || !rects || !nrects)
        return 0;
    glyph *g = malloc((size_t)nrects * sizeof *g);
    if (!g)
        return -1;
    long n = 0;
    const char *p = text;
    for (guint i = 0; i < nrects && *p; i++) {
        const char *next = g_utf8_find_next_char(p, NULL);
        if (!next)
            next = p + strlen(p);
        gunichar c = g_utf8_get_char_validated(p, (gssize)(next - p));
        const PopplerRectangle *r = &rects[i];
        double x1 = fmin(r->x1, r->x2), x2 = fmax(r->x1, r->x2);
        double y1 = fmin(r->y1, r->y2), y2 = fmax(r->y1, r->y2);
        int ok = c != (gunichar)-1 && c != (gunichar)-2 && !glyph_blank(c) && isfinite(x1) &&
                 isfinite(x2) && isfinite(y1) && isfinite(y2) && fabs(x1) < 1e6 &&
                 fabs(x2) < 1e6 && fabs(y1) < 1e6 && fabs(y2) < 1e6;
        if (ok) {
            glyph *q = &g[n++];
            q->x1 = x1;
            q->x2 = x2;
            q->y1 = y1;
            q->y2 = y2;
            q->cy = (y1 + y2) / 2;
            q->h = y2 - y1 > 0.5 ? y2 - y1 : 0.5;
            q->s = p;
            q->n = (int)(next - p);
            q->wide = g_unichar_iswide(c) != 0;
        }
        p = next;
    }
    *out = g;
    return n;
}

/* The text a link to a web or e-mail address shows, into b, ended by a NUL (an empty string
 * for any other link): the characters whose middle lies in its area (which poppler gives with
 * the origin at the bottom left, the characters' boxes at the top left). */
static void link_text(xbuf *b, const glyph *g, size_t n, PopplerPage *page,
                      const PopplerLinkMapping *m)
{
    if (m->action && m->action->type == POPPLER_ACTION_URI && m->action->uri.uri) {
        double w, h;
        poppler_page_get_size(page, &w, &h);
        double x1 = fmin(m->area.x1, m->area.x2), x2 = fmax(m->area.x1, m->area.x2);
        double y1 = h - fmax(m->area.y1, m->area.y2), y2 = h - fmin(m->area.y1, m->area.y2);
        for (size_t i = 0; i < n; i++) {
            double cx = (g[i].x1 + g[i].x2) / 2;
            if (cx >= x1 && cx <= x2 && g[i].cy >= y1 && g[i].cy <= y2)
                xbuf_put(b, g[i].s, (size_t)g[i].n);
        }
    }
    xbuf_putc(b, '\0');
}

/* Where the text t stands in s, spaces in s passed over (the layout puts them between words
 * that t, a link's characters, runs together), or NULL. */
static const char *find_spaced(const char *s, const char *t)
{
    for (; *s; s++) {
        const char *a = s, *b = t;
        while (*b && *a && (*a == *b || (*a == ' ' && a != s))) {
            b += *a == *b;
            a++;
        }
        if (!*b)
            return s;
    }
    return NULL;
}

/* The page's links (their texts in shown, as link_text wrote them) judged; one kept is put at
 * the line of the page's text (from page_at in out) where its text stands, or else at the
 * page's first. */
static void judge_links(doc_links *links, const xbuf *out, size_t page_at, const xbuf *shown,
                        GList *mapping)
{
    size_t k = 0;
    for (GList *l = mapping; l && k < shown->len; l = l->next) {
        const PopplerLinkMapping *m = l->data;
        const char *t = shown->data + k;
        k += strlen(t) + 1;
        int kept = links->n;
        if (*t)
            links_judge(links, out, page_at, t, m->action->uri.uri);
        const char *at = links->n > kept ? find_spaced(out->data + page_at, t) : NULL;
        for (const char *p = out->data + page_at; at && p < at; p++)
            links->link[kept].line += *p == '\n';
    }
}

/* Whether the file ends like a complete PDF: "%%EOF" within the last 1024 bytes before any
 * trailing whitespace or NUL padding.  Poppler rebuilds a truncated file's cross-reference table
 * when it can, and would then yield the figures of its first pages only, without a word. */
static int has_eof_marker(const char *data, size_t len)
{
    while (len && (data[len - 1] == '\0' || data[len - 1] == ' ' || data[len - 1] == '\n' ||
                   data[len - 1] == '\r' || data[len - 1] == '\t' || data[len - 1] == '\f'))
        len--;
    size_t from = len > 1024 ? len - 1024 : 0;
    for (size_t i = from; i + 5 <= len; i++)
        if (data[i] == '%' && memcmp(data + i, "%%EOF", 5) == 0)
            return 1;
    return 0;
}

/* Poppler's errors decoding a stream of the page being read, in this thread: a content stream
 * it cannot decode is cut short with only a "Syntax error" logged, and the page's text with it;
 * one whose compressed bytes were damaged decodes to garbage, which it reads as stray
 * characters and operators, losing the text after them.  (A syntax error or two, an unknown
 * operator, a font's complaint, lose no text: a well-made PDF has none, a careless producer's
 * a few.)  Every message then goes on to GLib's default handler, as it would have without
 * this one. */
static _Thread_local unsigned page_errors, page_garbage;

/* Stray operators and characters on one page from which its content is taken to be garbage. */
#define GARBAGE_ERRORS 5

static void count_error(const gchar *domain, GLogLevelFlags level, const gchar *message,
                        gpointer data)
{
    static const char *const decoding[] = {"flate stream", "LZW", "ASCII85", "ASCIIHex",
                                           "RunLength", "Unexpected end of file"};
    static const char *const garbage[] = {"Illegal character", "Unknown operator",
                                          "Too few (", "Too many (", "wrong type"};
    if (message && strncmp(message, "Syntax error", 12) == 0) {
        for (size_t k = 0; k < sizeof decoding / sizeof decoding[0]; k++)
            if (strstr(message, decoding[k])) {
                page_errors++;
                break;
            }
        for (size_t k = 0; k < sizeof garbage / sizeof garbage[0]; k++)
            if (strstr(message, garbage[k])) {
                page_garbage++;
                break;
            }
    }
    g_log_default_handler(domain, level, message, data);
}

static gpointer listen(gpointer data)
{
    (void)data;
    g_log_set_handler("Poppler", G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION,
                      count_error, NULL);
    return NULL;
}

static void note_page(pdf_pages *p, int i)
{
    if (p->n < sizeof p->page / sizeof p->page[0])
        p->page[p->n] = (unsigned)i + 1;
    p->n++;
}

static int page_has_images(PopplerPage *page)
{
    GList *imgs = poppler_page_get_image_mapping(page);
    int found = imgs != NULL;
    poppler_page_free_image_mapping(imgs);
    return found;
}

/* A PDF read in a thread of its own, so that the caller can give up on it: poppler cannot be
 * interrupted, and its layout of a page's text (TextPage::coalesce) takes time quadratic in the
 * number of separately placed runs: about a minute for 100,000 glyphs scattered over one page,
 * where a real page takes milliseconds.  The reader works on its own copy of the bytes; whichever
 * of the caller and the reader lets go last frees the job. */
typedef struct {
    GMutex lock;
    GCond cond;
    int refs;           /* 2 while both hold it */
    int done;           /* the reader is through: rc, err, out and notes are its result */
    int abandoned;      /* the caller gave up: the reader stops before its next page */
    int page;           /* the page being read, from 0 */
    gint64 began;       /* g_get_monotonic_time() when the document was opened */
    gint64 page_began;  /* ... and when that page was */
    char *data;
    size_t len;
    xbuf out;
    pdf_notes notes;
    int rc;
    char err[256];
} pdf_job;

/* Readers given up on and not yet through (see pdf_settle). */
static GMutex abandoned_lock;
static GCond abandoned_cond;
static unsigned abandoned_readers;

static void job_release(pdf_job *job)
{
    g_mutex_lock(&job->lock);
    int last = --job->refs == 0;
    g_mutex_unlock(&job->lock);
    if (!last)
        return;
    g_mutex_clear(&job->lock);
    g_cond_clear(&job->cond);
    xbuf_free(&job->out);
    free(job->data);
    free(job);
}

/* Whether the reader goes on to page i (from 0), noting the time it begins it. */
static int page_begins(pdf_job *job, int i)
{
    g_mutex_lock(&job->lock);
    job->page = i;
    job->page_began = g_get_monotonic_time();
    int go = !job->abandoned;
    g_mutex_unlock(&job->lock);
    return go;
}

static int extract(pdf_job *job);

static gpointer reader(gpointer data)
{
    pdf_job *job = data;
    int rc = extract(job);
    g_mutex_lock(&job->lock);
    job->rc = rc;
    job->done = 1;
    int abandoned = job->abandoned;
    g_cond_signal(&job->cond);
    g_mutex_unlock(&job->lock);
    job_release(job);
    if (abandoned) {
        g_mutex_lock(&abandoned_lock);
        abandoned_readers--;
        g_cond_broadcast(&abandoned_cond);
        g_mutex_unlock(&abandoned_lock);
    }
    return NULL;
}

void pdf_settle(void)
{
    g_mutex_lock(&abandoned_lock);
    while (abandoned_readers)
        g_cond_wait(&abandoned_cond, &abandoned_lock);
    g_mutex_unlock(&abandoned_lock);
}

int pdf_to_text(xbuf *out, pdf_notes *notes, const char *data, size_t len, char *err,
                size_t errcap)
{
    return pdf_to_text_within(out, notes, data, len, PDF_PAGE_SECONDS, PDF_SECONDS, err, errcap);
}

int pdf_to_text_within(xbuf *out, pdf_notes *notes, const char *data, size_t len,
                       double page_seconds, double seconds, char *err, size_t errcap)
{
    static GOnce once = G_ONCE_INIT;
    g_once(&once, listen, NULL);
    if (notes)
        notes->scans.n = notes->damaged.n = notes->links.n = 0;
    if (err && errcap)
        err[0] = '\0';
    if (!pdf_is_pdf(data, len))
        return fail(err, errcap, XXGK_EINVAL,
                    TR("不是 PDF（数据不以 %%PDF- 开头）",
                       "not a PDF (the data does not start with %%PDF-)"));
    if (!has_eof_marker(data, len))
        return fail(err, errcap, XXGK_EIO,
                    TR("PDF 已损坏：文件不完整（末尾没有 %%%%EOF）",
                       "damaged PDF: the file is truncated (no %%%%EOF at its end)"));

    pdf_job *job = calloc(1, sizeof *job);
    if (job)
        job->data = malloc(len);
    if (!job || !job->data) {
        free(job);
        return fail(err, errcap, XXGK_ENOMEM, TR("内存不足", "out of memory"));
    }
    memcpy(job->data, data, len);
    job->len = len;
    g_mutex_init(&job->lock);
    g_cond_init(&job->cond);
    xbuf_init(&job->out, out->max);
    job->refs = 2;
    job->page = -1;
    job->began = job->page_began = g_get_monotonic_time();
    GThread *thread = g_thread_try_new("xxgk-pdf", reader, job, NULL);
    if (thread)
        g_thread_unref(thread); /* (it runs on detached) */
    else /* (no thread to be had: read it here, without a time limit) */
        reader(job);

    g_mutex_lock(&job->lock);
    while (!job->done) {
        gint64 page_end = job->page_began + (gint64)(page_seconds * G_USEC_PER_SEC);
        gint64 doc_end = job->began + (gint64)(seconds * G_USEC_PER_SEC);
        gint64 until = page_end < doc_end ? page_end : doc_end;
        if (g_get_monotonic_time() >= until) {
            job->abandoned = 1;
            break;
        }
        g_cond_wait_until(&job->cond, &job->lock, until);
    }
    int rc;
    if (job->done) {
        rc = job->rc;
        if (notes)
            *notes = job->notes;
        if (rc != 0)
            fail(err, errcap, rc, "%s", job->err);
        else if (xbuf_put(out, job->out.data, job->out.len) != 0)
            rc = fail(err, errcap, XXGK_ENOMEM,
                      TR("内存不足（或超过大小上限）", "out of memory (or past the size limit)"));
    } else {
        g_mutex_lock(&abandoned_lock);
        abandoned_readers++;
        g_mutex_unlock(&abandoned_lock);
        int page = job->page + 1;
        int doc = g_get_monotonic_time() - job->began >= (gint64)(seconds * G_USEC_PER_SEC);
        if (page < 1) /* (still opening it) */
            rc = fail(err, errcap, XXGK_ELIMIT,
                      TR("PDF 打开超过 %.0f 秒，放弃读取",
                         "the PDF took more than %.0f s to open; reading it was given up"),
                      doc ? seconds : page_seconds);
        else if (doc)
            rc = fail(err, errcap, XXGK_ELIMIT,
                      TR("PDF 读到第%d页已超过 %.0f 秒，放弃读取",
                         "by page %d, reading the PDF had taken more than %.0f s; it was given "
                         "up"),
                      page, seconds);
        else
            rc = fail(err, errcap, XXGK_ELIMIT,
                      TR("PDF 第%d页的文字排布过于复杂（超过 %.0f 秒），放弃读取",
                         "page %d of the PDF lays out its text too intricately (more than %.0f "
                         "s); reading it was given up"),
                      page, page_seconds);
    }
    g_mutex_unlock(&job->lock);
    job_release(job);
    return rc;
}

/* The text of job's PDF into job->out: the work of pdf_to_text past its first checks. */
static int extract(pdf_job *job)
{
    GBytes *bytes = g_bytes_new_static(job->data, job->len);
    GError *gerr = NULL;
    PopplerDocument *doc = poppler_document_new_from_bytes(bytes, NULL, &gerr);
    g_bytes_unref(bytes);
    if (!doc) {
        int rc;
        if (gerr && gerr->domain == POPPLER_ERROR && gerr->code == POPPLER_ERROR_ENCRYPTED)
            rc = fail(job->err, sizeof job->err, XXGK_EIO,
                      TR("PDF 已加密：需要密码才能打开（%s）",
                         "encrypted PDF: it needs a password to open (%s)"),
                      gerr->message);
        else
            rc = fail(job->err, sizeof job->err, XXGK_EIO,
                      TR("PDF 已损坏：无法打开（%s）", "damaged PDF: it cannot be opened (%s)"),
                      gerr && gerr->message ? gerr->message : TR("未知错误", "unknown error"));
        if (gerr)
            g_error_free(gerr);
        return rc;
    }

    int pages = poppler_document_get_n_pages(doc);
    if (pages > PDF_MAX_PAGES) {
        g_object_unref(doc);
        return fail(
            job->err, sizeof job->err, XXGK_ELIMIT,
            TR("PDF 有 %d 页，超过 %d 页的上限", "the PDF has %d pages, more than the limit of %d"),
            pages, PDF_MAX_PAGES);
    }
    if (pages <= 0) {
        g_object_unref(doc);
        return fail(job->err, sizeof job->err, XXGK_EIO,
                    TR("PDF 已损坏：没有页面", "damaged PDF: it has no pages"));
    }

    long chars = 0;
    int rc = 0;
    for (int i = 0; i < pages && rc == 0 && page_begins(job, i); i++) {
        PopplerPage *page = poppler_document_get_page(doc, i);
        if (!page) {
            rc = fail(job->err, sizeof job->err, XXGK_EIO,
                      TR("PDF 已损坏：第%d页无法读取", "damaged PDF: page %d cannot be read"),
                      i + 1);
            break;
        }
        page_errors = page_garbage = 0;
        char *text = poppler_page_get_text(page);
        PopplerRectangle *rects = NULL;
        guint nrects = 0;
        if (text && *text && !poppler_page_get_text_layout(page, &rects, &nrects)) {
            rects = NULL;
            nrects = 0;
        }
        glyph *g = NULL;
        long n = page_glyphs(text, rects, nrects, &g);
        size_t page_at = job->out.len;
        xbuf shown; /* (the text of the page's links, each ended by a NUL) */
        xbuf_init(&shown, 0);
        GList *links = n > 0 ? poppler_page_get_link_mapping(page) : NULL;
        for (GList *l = links; l; l = l->next)
            link_text(&shown, g, (size_t)n, page, l->data);
        if (n < 0 || layout_page(&job->out, g, (size_t)n) < 0) {
            rc = fail(job->err, sizeof job->err, XXGK_ENOMEM,
                      TR("读取第%d页时内存不足", "out of memory reading page %d"), i + 1);
        } else {
            chars += n;
            judge_links(&job->notes.links, &job->out, page_at, &shown, links);
            xbuf_puts(&job->out, "\f\n");
            if (n == 0 && page_has_images(page)) /* (a scanned page among text) */
                note_page(&job->notes.scans, i);
            if (page_errors || page_garbage >= GARBAGE_ERRORS)
                note_page(&job->notes.damaged, i);
        }
        poppler_page_free_link_mapping(links);
        xbuf_free(&shown);
        free(g);
        g_free(rects);
        g_free(text);
        g_object_unref(page);
        if (rc == 0 && job->out.failed)
            rc = fail(job->err, sizeof job->err, XXGK_ENOMEM,
                      TR("第%d页处内存不足（或超过大小上限）",
                         "out of memory (or past the size limit) at page %d"),
                      i + 1);
    }
    if (rc == 0 && chars == 0) {
        if (job->notes.damaged.n) /* (the reason no text came out: not "no text layer") */
            rc = fail(job->err, sizeof job->err, XXGK_EIO,
                      TR("PDF 已损坏：第%u页的内容无法解码，读不出文字",
                         "damaged PDF: page %u's content cannot be decoded, and no text comes "
                         "out"),
                      job->notes.damaged.page[0]);
        else if (job->notes.scans.n)
            rc = fail(job->err, sizeof job->err, XXGK_EEMPTY,
                      TR("没有文字层：PDF 只有扫描图片（需要先做 OCR 识别）",
                         "no text layer: the PDF holds scanned images only (it needs OCR first)"));
        else
            rc = fail(job->err, sizeof job->err, XXGK_EEMPTY,
                      TR("没有文字层：PDF 里没有文字", "no text layer: the PDF holds no text"));
    }
    g_object_unref(doc);
    return rc;
}
