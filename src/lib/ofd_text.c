/*
 * OFD input: an OFD package (a zip: OFD.xml names the document, its Document.xml the pages, each
 * page's Content.xml the text objects) read into positioned characters for page_layout.c, as a
 * PDF's are.  A TextObject's characters sit at its TextCode's X, Y and then the DeltaX steps, in
 * the object's space: its CTM maps that onto its Boundary, whose origin is in page millimetres
 * (y down).  Template pages (headers, footers) and annotations are not read.
 */
#include "lib/ofd_text.h"

#include <glib.h>
#include <libxml/parser.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "lib/package.h"
#include "lib/page_layout.h"
#include "util/lang.h"
#include "util/text.h"
#include "xxgk/xxgk.h"

#define MAX_GLYPHS 400000                /* characters on one page */
#define MAX_DEPTH 32                     /* page blocks within page blocks */

static int fail(char *err, size_t errcap, int code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static int fail(char *err, size_t errcap, int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errcap, fmt, ap);
    va_end(ap);
    return code;
}

int ofd_is_ofd(const char *data, size_t len)
{
    /* OFD.xml first, as OFD writers put it */
    return len > 37 && memcmp(data, "PK\x03\x04", 4) == 0 && data[26] == 7 && data[27] == 0 &&
           memcmp(data + 30, "OFD.xml", 7) == 0;
}

/* A part of the package parsed as XML into *out.  0, or an xxgk_error code with err set,
 * `where` (the document, or a page) named in it. */
static int read_part(xmlDocPtr *out, zip_t *z, const char *name, const char *where,
                     zip_uint64_t *budget, char *err, size_t errcap)
{
    int rc = package_xml(out, z, name, TR("OFD 文件", "OFD document"), where, budget, err, errcap);
    if (rc == 1)
        return fail(err, errcap, XXGK_EENCODING,
                    TR("OFD 文件已损坏：%s%s 不存在", "damaged OFD document: %s%s is missing"),
                    where, name);
    return rc;
}

static int is(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, BAD_CAST name) == 0;
}

static const xmlNode *child(const xmlNode *n, const char *name)
{
    for (const xmlNode *c = n ? n->children : NULL; c; c = c->next)
        if (is(c, name))
            return c;
    return NULL;
}

/* A path inside the package: `loc` as written in a part at `base` (relative to base's folder,
 * or to the package root when it starts with '/'), with "." and ".." resolved.  0, or -1 when it
 * does not fit or climbs out of the package. */
static int resolve(char *out, size_t cap, const char *base, const char *loc)
{
    char tmp[1024];
    const char *slash = strrchr(base, '/');
    int n = loc[0] == '/' || !slash
                ? snprintf(tmp, sizeof tmp, "%s", loc + (loc[0] == '/'))
                : snprintf(tmp, sizeof tmp, "%.*s/%s", (int)(slash - base), base, loc);
    if (n < 0 || (size_t)n >= sizeof tmp)
        return -1;
    size_t len = 0;
    char *save = NULL;
    for (char *seg = strtok_r(tmp, "/", &save); seg; seg = strtok_r(NULL, "/", &save)) {
        if (strcmp(seg, ".") == 0)
            continue;
        if (strcmp(seg, "..") == 0) {
            if (!len)
                return -1;
            while (len > 0 && out[len - 1] != '/')
                len--;
            if (len)
                len--; /* the slash */
            continue;
        }
        size_t l = strlen(seg);
        if (len + l + 2 > cap)
            return -1;
        if (len)
            out[len++] = '/';
        memcpy(out + len, seg, l);
        len += l;
    }
    out[len] = '\0';
    return len ? 0 : -1;
}

/* Up to max numbers of an attribute ("a b c"), with DeltaX's "g N v" for N times v.  Returns
 * how many were read. */
static size_t numbers(const char *s, double *v, size_t max)
{
    size_t k = 0;
    while (s && *s && k < max) {
        while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == ',')
            s++;
        if (!*s)
            break;
        char *end; /* numbers in the file's notation, whatever the locale's decimal mark */
        if (*s == 'g') {
            double count = g_ascii_strtod(s + 1, &end);
            if (end == s + 1)
                break;
            double x = g_ascii_strtod(end, &end);
            for (double i = 0; i < count && k < max; i++)
                v[k++] = x;
        } else {
            v[k] = g_ascii_strtod(s, &end);
            if (end == s)
                break;
            k++;
        }
        s = end;
    }
    return k;
}

/* The numbers of attribute `name` of n (see numbers). */
static size_t attr_numbers(const xmlNode *n, const char *name, double *v, size_t max)
{
    xmlChar *a = xmlGetProp(n, BAD_CAST name);
    size_t k = a ? numbers((const char *)a, v, max) : 0;
    xmlFree(a);
    return k;
}

/* The characters of one page as they are collected: their text in one buffer (the glyphs point
 * into it once the page is read whole). */
typedef struct {
    glyph *g;
    size_t n, cap;
    size_t *at; /* each glyph's offset in text */
    xbuf text;
    int images; /* an image was seen: a page without text may be a scan */
    int oom, full; /* out of memory; more than MAX_GLYPHS characters */
} page;

static void add_glyph(page *p, const glyph *g, const char *s, size_t len)
{
    if (p->n >= MAX_GLYPHS)
        p->full = 1;
    if (p->oom || p->full)
        return;
    if (p->n == p->cap) {
        size_t c = p->cap ? p->cap * 2 : 256;
        glyph *ng = realloc(p->g, c * sizeof *ng);
        size_t *na = ng ? realloc(p->at, c * sizeof *na) : NULL;
        if (ng)
            p->g = ng;
        if (!na) {
            p->oom = 1;
            return;
        }
        p->at = na;
        p->cap = c;
    }
    p->at[p->n] = p->text.len;
    p->g[p->n] = *g;
    p->g[p->n].n = (int)len;
    p->n++;
    xbuf_put(&p->text, s, len);
}

/* The characters of a TextObject. */
static void text_object(page *p, const xmlNode *obj)
{
    double box[4] = {0, 0, 0, 0}, ctm[6] = {1, 0, 0, 1, 0, 0}, size = 0;
    attr_numbers(obj, "Boundary", box, 4);
    if (attr_numbers(obj, "CTM", ctm, 6) != 6)
        memcpy(ctm, (double[6]){1, 0, 0, 1, 0, 0}, sizeof ctm);
    attr_numbers(obj, "Size", &size, 1);
    double scale = sqrt(fabs(ctm[0] * ctm[3] - ctm[1] * ctm[2]));
    if (!(size > 0) || !isfinite(size) || !(scale > 0) || !isfinite(scale))
        size = box[3] > 0 ? box[3] / (scale > 0 ? scale : 1) : 3.5;
    /* A TextCode without X or Y takes the previous one's (GB/T 33190, 11.3). */
    double last_x = 0, last_y = 0;
    for (const xmlNode *tc = obj->children; tc && !p->full && !p->oom; tc = tc->next) {
        if (!is(tc, "TextCode"))
            continue;
        attr_numbers(tc, "X", &last_x, 1);
        attr_numbers(tc, "Y", &last_y, 1);
        double x = last_x, y = last_y; /* the pen, in object space */
        xmlChar *content = xmlNodeGetContent(tc);
        const char *s = (const char *)content;
        size_t len = s ? strlen(s) : 0, count = s ? u8_count(s, len) : 0;
        if (count > MAX_GLYPHS) /* the page is over its limit anyway */
            count = MAX_GLYPHS;
        double *dx = calloc(count + 1, sizeof *dx), *dy = calloc(count + 1, sizeof *dy);
        if (!dx || !dy) {
            p->oom = 1;
            free(dx), free(dy), xmlFree(content);
            return;
        }
        size_t ndx = attr_numbers(tc, "DeltaX", dx, count);
        size_t ndy = attr_numbers(tc, "DeltaY", dy, count);
        size_t i = 0, k = 0;
        for (; k < len && i <= count && !p->full; i++) {
            int32_t c;
            size_t l = u8_next(s + k, len - k, &c);
            int wide = c >= 0 && g_unichar_iswide((gunichar)c);
            double adv = wide ? size : size / 2;
            if (c >= 0 && !glyph_blank((uint32_t)c)) {
                double px = box[0] + ctm[0] * x + ctm[2] * y + ctm[4];
                double py = box[1] + ctm[1] * x + ctm[3] * y + ctm[5];
                double h = size * scale;
                glyph g = {.x1 = px, .x2 = px + adv * scale, .y1 = py - 0.8 * h,
                           .y2 = py + 0.2 * h, .cy = py - 0.3 * h, .h = h, .wide = wide};
                if (isfinite(px) && isfinite(py) && fabs(px) < 1e6 && fabs(py) < 1e6 && h > 0)
                    add_glyph(p, &g, s + k, l);
            }
            /* DeltaX[i] is the step from character i to the next */
            x += i < ndx ? dx[i] : adv;
            if (i < ndy)
                y += dy[i];
            k += l;
        }
        if (k < len) /* characters past the page's limit */
            p->full = 1;
        free(dx);
        free(dy);
        xmlFree(content);
    }
}

/* Whether a graphic unit is seen: not Visible="false", not wholly transparent (Alpha 0 of
 * 255); GB/T 33190 8.5.  Text no reader sees is no figure of the report. */
static int seen(const xmlNode *obj)
{
    xmlChar *visible = xmlGetProp(obj, BAD_CAST "Visible");
    int hidden = visible && xmlStrcasecmp(visible, BAD_CAST "false") == 0;
    xmlFree(visible);
    double alpha = 255;
    return !hidden && !(attr_numbers(obj, "Alpha", &alpha, 1) == 1 && alpha <= 0);
}

/* Every object of a layer or page block, page blocks within. */
static void objects(page *p, const xmlNode *n, int depth)
{
    if (depth > MAX_DEPTH)
        return;
    for (const xmlNode *c = n->children; c && !p->full; c = c->next) {
        if (is(c, "TextObject") && seen(c))
            text_object(p, c);
        else if (is(c, "ImageObject"))
            p->images = 1;
        else if (is(c, "PageBlock") || is(c, "Layer") || is(c, "Content"))
            objects(p, c, depth + 1);
    }
}

/* One page's Content.xml laid out into out. */
static int read_page(xbuf *out, zip_t *z, const char *name, int number, long *chars,
                     int *images, zip_uint64_t *budget, char *err, size_t errcap)
{
    char where[32];
    snprintf(where, sizeof where, TR("第%d页的 ", "page %d, "), number);
    xmlDocPtr doc;
    int rc = read_part(&doc, z, name, where, budget, err, errcap);
    if (rc)
        return rc;
    page p = {.n = 0};
    xbuf_init(&p.text, 0);
    const xmlNode *root = xmlDocGetRootElement(doc);
    const xmlNode *content = child(root, "Content");
    if (content)
        objects(&p, content, 0);
    xmlFreeDoc(doc);
    if (p.oom || p.text.failed) {
        rc = fail(err, errcap, XXGK_ENOMEM,
                  TR("读取第%d页时内存不足", "out of memory reading page %d"), number);
    } else if (p.full) {
        rc = fail(err, errcap, XXGK_ELIMIT,
                  TR("第%d页超过 %d 个字符的上限", "page %d has more than %d characters"), number,
                  MAX_GLYPHS);
    } else {
        for (size_t i = 0; i < p.n; i++)
            p.g[i].s = p.text.data + p.at[i];
        if (layout_page(out, p.g, p.n) < 0)
            rc = fail(err, errcap, XXGK_ENOMEM,
                      TR("读取第%d页时内存不足", "out of memory reading page %d"), number);
        xbuf_puts(out, "\f\n");
    }
    *chars += (long)p.n;
    *images |= p.images;
    free(p.g);
    free(p.at);
    xbuf_free(&p.text);
    return rc;
}

int ofd_to_text(xbuf *out, zip_t *z, char *err, size_t errcap)
{
    char docpath[1024] = "";
    xmlDocPtr ofd;
    zip_uint64_t budget = PACKAGE_MAX_UNPACKED;
    int rc = read_part(&ofd, z, "OFD.xml", "", &budget, err, errcap);
    if (rc)
        return rc;
    const xmlNode *body = child(xmlDocGetRootElement(ofd), "DocBody");
    const xmlNode *root = child(body, "DocRoot");
    xmlChar *loc = root ? xmlNodeGetContent(root) : NULL;
    if (!loc || resolve(docpath, sizeof docpath, "", g_strstrip((char *)loc)) < 0)
        rc = fail(err, errcap, XXGK_EENCODING,
                  TR("OFD 文件已损坏：OFD.xml 没有指明文档",
                     "damaged OFD document: OFD.xml names no document"));
    xmlFree(loc);
    xmlFreeDoc(ofd);
    xmlDocPtr doc = NULL;
    if (!rc)
        rc = read_part(&doc, z, docpath, "", &budget, err, errcap);
    const xmlNode *pages = doc ? child(xmlDocGetRootElement(doc), "Pages") : NULL;
    size_t start = out->len;
    long chars = 0;
    int images = 0, number = 0;
    /* counted first: too many are said before any is read, not after two thousand */
    for (const xmlNode *pg = pages ? pages->children : NULL; pg && !rc; pg = pg->next)
        if (is(pg, "Page") && ++number > OFD_MAX_PAGES)
            rc = fail(err, errcap, XXGK_ELIMIT,
                      TR("OFD 文件超过 %d 页的上限", "the OFD document has more than %d pages"),
                      OFD_MAX_PAGES);
    number = 0;
    for (const xmlNode *pg = pages ? pages->children : NULL; pg && !rc; pg = pg->next) {
        if (!is(pg, "Page"))
            continue;
        ++number;
        xmlChar *base = xmlGetProp(pg, BAD_CAST "BaseLoc");
        char path[1024];
        if (!base || resolve(path, sizeof path, docpath, (const char *)base) < 0)
            rc = fail(err, errcap, XXGK_EENCODING,
                      TR("OFD 文件已损坏：第%d页没有指明位置",
                         "damaged OFD document: page %d has no place"),
                      number);
        else
            rc = read_page(out, z, path, number, &chars, &images, &budget, err, errcap);
        xmlFree(base);
        if (!rc && out->failed)
            rc = fail(err, errcap, XXGK_ENOMEM,
                      TR("第%d页处内存不足（或超过大小上限）",
                         "out of memory (or past the size limit) at page %d"),
                      number);
    }
    if (!rc && doc && number == 0)
        rc = fail(err, errcap, XXGK_EENCODING,
                  TR("OFD 文件已损坏：没有页面", "damaged OFD document: it has no pages"));
    if (!rc && doc && chars == 0)
        rc = fail(
            err, errcap, XXGK_EEMPTY,
            images ? TR("没有文字：OFD 文件只有扫描图片（需要先做 OCR 识别）",
                        "no text: the OFD document holds scanned images only (it needs OCR "
                        "first)")
                   : TR("没有文字：OFD 文件里没有文字", "no text: the OFD document holds no text"));
    xmlFreeDoc(doc);
    if (rc && !out->failed) {
        out->len = start;
        if (out->data)
            out->data[start] = '\0';
    }
    return rc;
}
