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

int pdf_to_text(xbuf *out, pdf_notes *notes, const char *data, size_t len, char *err,
                size_t errcap)
{
    static GOnce once = G_ONCE_INIT;
    g_once(&once, listen, NULL);
    pdf_notes none;
    if (!notes)
        notes = &none;
    notes->scans.n = notes->damaged.n = 0;
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

    GBytes *bytes = g_bytes_new_static(data, len);
    GError *gerr = NULL;
    PopplerDocument *doc = poppler_document_new_from_bytes(bytes, NULL, &gerr);
    g_bytes_unref(bytes);
    if (!doc) {
        int rc;
        if (gerr && gerr->domain == POPPLER_ERROR && gerr->code == POPPLER_ERROR_ENCRYPTED)
            rc = fail(err, errcap, XXGK_EIO,
                      TR("PDF 已加密：需要密码才能打开（%s）",
                         "encrypted PDF: it needs a password to open (%s)"),
                      gerr->message);
        else
            rc = fail(err, errcap, XXGK_EIO,
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
            err, errcap, XXGK_ELIMIT,
            TR("PDF 有 %d 页，超过 %d 页的上限", "the PDF has %d pages, more than the limit of %d"),
            pages, PDF_MAX_PAGES);
    }
    if (pages <= 0) {
        g_object_unref(doc);
        return fail(err, errcap, XXGK_EIO,
                    TR("PDF 已损坏：没有页面", "damaged PDF: it has no pages"));
    }

    size_t start = out->len;
    long chars = 0;
    int rc = 0;
    for (int i = 0; i < pages && rc == 0; i++) {
        PopplerPage *page = poppler_document_get_page(doc, i);
        if (!page) {
            rc = fail(err, errcap, XXGK_EIO,
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
        if (n < 0 || layout_page(out, g, (size_t)n) < 0) {
            rc = fail(err, errcap, XXGK_ENOMEM,
                      TR("读取第%d页时内存不足", "out of memory reading page %d"), i + 1);
        } else {
            chars += n;
            xbuf_puts(out, "\f\n");
            if (n == 0 && page_has_images(page)) /* (a scanned page among text) */
                note_page(&notes->scans, i);
            if (page_errors || page_garbage >= GARBAGE_ERRORS)
                note_page(&notes->damaged, i);
        }
        free(g);
        g_free(rects);
        g_free(text);
        g_object_unref(page);
        if (rc == 0 && out->failed)
            rc = fail(err, errcap, XXGK_ENOMEM,
                      TR("第%d页处内存不足（或超过大小上限）",
                         "out of memory (or past the size limit) at page %d"),
                      i + 1);
    }
    if (rc == 0 && chars == 0) {
        if (notes->damaged.n) /* (the reason no text came out: not "no text layer") */
            rc = fail(err, errcap, XXGK_EIO,
                      TR("PDF 已损坏：第%u页的内容无法解码，读不出文字",
                         "damaged PDF: page %u's content cannot be decoded, and no text comes "
                         "out"),
                      notes->damaged.page[0]);
        else if (notes->scans.n)
            rc = fail(err, errcap, XXGK_EEMPTY,
                      TR("没有文字层：PDF 只有扫描图片（需要先做 OCR 识别）",
                         "no text layer: the PDF holds scanned images only (it needs OCR first)"));
        else
            rc = fail(err, errcap, XXGK_EEMPTY,
                      TR("没有文字层：PDF 里没有文字", "no text layer: the PDF holds no text"));
    }
    g_object_unref(doc);
    if (rc != 0 && !out->failed) {
        out->len = start;
        if (out->data)
            out->data[start] = '\0';
    }
    return rc;
}
