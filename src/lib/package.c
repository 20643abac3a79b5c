/* Zip packages read as XML parts: see package.h. */
#include "lib/package.h"

#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/lang.h"
#include "util/text.h"
#include "xxgk/xxgk.h"

static pthread_once_t xml_once = PTHREAD_ONCE_INIT;

static void xml_init(void) { xmlInitParser(); }

void package_xml_init(void) { pthread_once(&xml_once, xml_init); }

zip_t *package_open(const char *data, size_t len, char *why, size_t whycap)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(data, len, 0, &ze);
    zip_t *z = src ? zip_open_from_source(src, ZIP_RDONLY, &ze) : NULL;
    if (!z) {
        zip_source_free(src);
        /* (libzip says why in English: the common reasons in the user's words) */
        static const struct {
            int code;
            const char *zh, *en;
        } reasons[] = {{ZIP_ER_NOZIP, "不是 zip 压缩包", "not a zip archive"},
                       {ZIP_ER_INCONS, "zip 的目录与内容不一致",
                        "its directory and contents disagree"},
                       {ZIP_ER_CRC, "CRC 校验不符", "a CRC does not match"},
                       {ZIP_ER_READ, "读取出错", "a read error"},
                       {ZIP_ER_EOF, "文件提前结束", "the file ends too early"}};
        const char *said = NULL;
        for (size_t k = 0; k < sizeof reasons / sizeof reasons[0] && !said; k++)
            if (zip_error_code_zip(&ze) == reasons[k].code)
                said = TR(reasons[k].zh, reasons[k].en);
        if (why)
            snprintf(why, whycap, "%s", said ? said : zip_error_strerror(&ze));
    }
    zip_error_fini(&ze);
    return z;
}

int package_is(const xmlNode *n, const char *ns, const char *name)
{
    return n->type == XML_ELEMENT_NODE && n->ns && xmlStrEqual(n->ns->href, BAD_CAST ns) &&
           xmlStrEqual(n->name, BAD_CAST name);
}

int package_dtd(const xmlDoc *doc)
{
    return doc->intSubset != NULL || doc->extSubset != NULL;
}

int package_read(zip_file_t *f, char *buf, zip_uint64_t size)
{
    zip_int64_t got = 0;
    while ((zip_uint64_t)got < size) {
        zip_int64_t n = zip_fread(f, buf + got, size - (zip_uint64_t)got);
        if (n <= 0)
            return -1;
        got += n;
    }
    char more;
    return zip_fread(f, &more, 1) == 0 ? 0 : -1;
}

/* The first error of a parse: what went wrong first explains what follows ("Extra content"
 * after a text node too large was cut off). */
typedef struct {
    char message[200];
    int line;
} first_error;

/* libxml2 reports some errors (a text node too large, nesting too deep) on stderr whatever
 * XML_PARSE_NOERROR says, unless the parser has a structured handler: this one keeps the first.
 * (Its ctx is the parser's userData, the parser itself.) */
static void keep_error(void *ctx, xmlErrorPtr e)
{
    first_error *f = ctx ? ((xmlParserCtxtPtr)ctx)->_private : NULL;
    if (f && !f->message[0] && e && e->message) {
        snprintf(f->message, sizeof f->message, "%.*s", (int)strcspn(e->message, "\n"),
                 e->message);
        f->line = e->line;
    }
}

/* The XML of xml[0..n) as a document, or NULL with the reason (and its line) in why: the
 * limits libxml2 keeps to (a text node of 10 MB, elements 256 deep) in words of their own, its
 * other reasons as it gives them. */
static xmlDocPtr parse_quietly(const char *xml, size_t n, const char *name, char *why,
                               size_t whycap)
{
    *why = '\0';
    package_xml_init();
    xmlParserCtxtPtr ctxt = n <= INT_MAX ? xmlNewParserCtxt() : NULL;
    if (!ctxt)
        return NULL;
    first_error first = {"", 0};
    ctxt->_private = &first;
    ctxt->sax->serror = keep_error;
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, xml, (int)n, name, NULL,
                                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    const char *msg = first.message[0]               ? first.message
                      : ctxt->lastError.message      ? ctxt->lastError.message
                                                     : "";
    int line = first.message[0] ? first.line : ctxt->lastError.line;
    if (!doc && strstr(msg, "huge text node"))
        msg = TR("一段文字超过 10 MB，报告不会如此", "a text longer than 10 MB, as no report has");
    else if (!doc && strstr(msg, "Excessive depth"))
        msg = TR("元素嵌套超过 256 层", "elements nested more than 256 deep");
    if (!doc && *msg)
        snprintf(why, whycap, TR("第%d行：%.*s", "line %d: %.*s"), line,
                 (int)strcspn(msg, "\n"), msg);
    xmlFreeParserCtxt(ctxt);
    return doc;
}

/* Whether the prolog (what comes before the root element) declares a document type: entities
 * it defines may fail the parse before package_dtd could tell. */
static int prolog_dtd(const char *xml, size_t n)
{
    for (const char *p = xml, *end = xml + (n < 4096 ? n : 4096);
         (p = memchr(p, '<', (size_t)(end - p))) != NULL; p++) {
        if (p + 1 < end && p[1] != '?' && p[1] != '!')
            return 0; /* the root element */
        if ((size_t)(end - p) >= 9 && memcmp(p, "<!DOCTYPE", 9) == 0)
            return 1;
    }
    return 0;
}

int package_part(char **out, size_t *len, zip_t *z, const char *name, const char *kind,
                 const char *where, zip_uint64_t *budget, char *err, size_t errcap)
{
    *out = NULL;
    *len = 0;
    zip_stat_t st;
    /* (part names are ASCII, and case does not matter to Office: WORD/Document.xml) */
    if (zip_stat(z, name, ZIP_FL_NOCASE, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
        return 1;
    if (st.size > PACKAGE_MAX_PART) {
        snprintf(err, errcap, TR("%s：%s%s 超过 64 MiB 的上限", "%s: %s%s is larger than 64 MiB"),
                 kind, where, name);
        return XXGK_ELIMIT;
    }
    if (st.size > *budget) {
        snprintf(
            err, errcap,
            TR("%s：各部分解压后超过 %d MiB 的上限", "%s: its parts unpack to more than %d MiB"),
            kind, (int)(PACKAGE_MAX_UNPACKED >> 20));
        return XXGK_ELIMIT;
    }
    *budget -= st.size;
    zip_file_t *f = zip_fopen_index(z, st.index, 0);
    char *data = f ? malloc(st.size + 1) : NULL;
    if (f && !data) {
        zip_fclose(f);
        snprintf(err, errcap, TR("读取 %s%s 时内存不足", "out of memory reading %s%s"), where,
                 name);
        return XXGK_ENOMEM;
    }
    int got = data ? package_read(f, data, st.size) : -1;
    if (f)
        zip_fclose(f);
    if (got != 0) {
        free(data);
        snprintf(err, errcap, TR("%s已损坏：%s%s 无法读取", "damaged %s: %s%s cannot be read"),
                 kind, where, name);
        return XXGK_EENCODING;
    }
    data[st.size] = '\0';
    *out = data;
    *len = (size_t)st.size;
    return 0;
}

int package_xml(xmlDocPtr *out, zip_t *z, const char *name, const char *kind, const char *where,
                zip_uint64_t *budget, char *err, size_t errcap)
{
    *out = NULL;
    char *xml;
    size_t size;
    int rc = package_part(&xml, &size, z, name, kind, where, budget, err, errcap);
    if (rc)
        return rc;
    char why[160] = "";
    int dtd = prolog_dtd(xml, size);
    unsigned crowded = dtd ? 0 : markup_crowded_tag(xml, size, MARKUP_MAX_ATTRIBUTES);
    if (!dtd && !crowded)
        *out = parse_quietly(xml, size, name, why, sizeof why);
    free(xml);
    if (crowded) {
        snprintf(err, errcap,
                 TR("%s：%s%s 第%u行的一个元素有 %d 个以上的属性（正常文件不会如此）：未读取",
                    "%s: %s%s line %u: an element with more than %d attributes (no such file "
                    "has them): not read"),
                 kind, where, name, crowded, MARKUP_MAX_ATTRIBUTES);
        return XXGK_ELIMIT;
    }
    if (dtd || (*out && package_dtd(*out))) {
        xmlFreeDoc(*out);
        *out = NULL;
        snprintf(err, errcap,
                 TR("%s已损坏：%s%s 带有文档类型定义（DTD），正常文件不会有",
                    "damaged %s: %s%s declares a DTD, which no such file does"),
                 kind, where, name);
        return XXGK_EENCODING;
    }
    if (!*out) {
        snprintf(err, errcap,
                 TR("%s已损坏：%s%s 不是 XML（%s）", "damaged %s: %s%s is not XML (%s)"), kind,
                 where, name, why[0] ? why : TR("无法解析", "cannot be parsed"));
        return XXGK_EENCODING;
    }
    return 0;
}
