/* DOCX building blocks (see docx.h): escaping, paragraphs, and the package.  The package is the
 * least Word opens without complaint: content types, relationships, the document, its styles
 * and settings (without settings.xml, Word opens the file in compatibility mode). */
#include "lib/docx.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zip.h>

#include "lib/error.h"
#include "util/text.h"
#include "xxgk/xxgk.h"

#define W_NS "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
#define XML_DECL "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
#define REL "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
#define CT "application/vnd.openxmlformats-"

static const char content_types[] =
    XML_DECL
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"" CT "package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/word/document.xml\" ContentType=\"" CT
    "officedocument.wordprocessingml.document.main+xml\"/>"
    "<Override PartName=\"/word/styles.xml\" ContentType=\"" CT
    "officedocument.wordprocessingml.styles+xml\"/>"
    "<Override PartName=\"/word/settings.xml\" ContentType=\"" CT
    "officedocument.wordprocessingml.settings+xml\"/>"
    "</Types>";

static const char package_rels[] =
    XML_DECL
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"" REL "officeDocument\" Target=\"word/document.xml\"/>"
    "</Relationships>";

static const char document_rels[] =
    XML_DECL
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"" REL "styles\" Target=\"styles.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"" REL "settings\" Target=\"settings.xml\"/>"
    "</Relationships>";

static const char settings[] =
    XML_DECL "<w:settings " W_NS "><w:defaultTabStop w:val=\"420\"/><w:compat>"
    "<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/"
    "word\" w:val=\"15\"/></w:compat></w:settings>";

/* Official typography (GB/T 9704): 仿宋 三号 text on a 28pt line, 黑体 headings, a 小标宋-like
 * title (宋体 bold 22pt here, as 方正小标宋 is rarely installed); tables in 宋体 五号. */
#define FONTS(ea)                                                                              \
    "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"" ea "\"/>"
#define STYLE(id, name, based, ppr, rpr)                                                      \
    "<w:style w:type=\"paragraph\" w:styleId=\"" id "\"><w:name w:val=\"" name "\"/>"          \
    "<w:basedOn w:val=\"" based "\"/><w:qFormat/><w:pPr>" ppr "</w:pPr><w:rPr>" rpr          \
    "</w:rPr></w:style>"

static const char styles[] =
    XML_DECL "<w:styles " W_NS "><w:docDefaults><w:rPrDefault><w:rPr>" FONTS("仿宋")
    "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"
    "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
    "<w:pPrDefault><w:pPr><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>"
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
    "<w:qFormat/><w:pPr><w:spacing w:line=\"560\" w:lineRule=\"exact\"/></w:pPr></w:style>"
    STYLE("Title", "Title", "Normal",
          "<w:spacing w:before=\"240\" w:after=\"480\" w:line=\"240\" w:lineRule=\"auto\"/>"
          "<w:jc w:val=\"center\"/>",
          FONTS("宋体") "<w:b/><w:bCs/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>")
    STYLE("Heading1", "heading 1", "Normal",
          "<w:keepNext/><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>"
          "<w:outlineLvl w:val=\"0\"/>",
          FONTS("黑体"))
    STYLE("BodyText", "Body Text", "Normal",
          "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>", "")
    STYLE("Signature", "Signature", "Normal", "<w:jc w:val=\"right\"/>", "")
    STYLE("LetterSender", "Letter Sender", "Title",
          "<w:spacing w:before=\"240\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>", "")
    STYLE("LetterRef", "Letter Reference", "Normal", "<w:jc w:val=\"center\"/>", "")
    STYLE("TableText", "Table Text", "Normal",
          "<w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>",
          FONTS("宋体") "<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/>")
    STYLE("TableLabel", "Table Label", "TableText", "<w:jc w:val=\"left\"/>", "")
    STYLE("TableCaption", "Table Caption", "TableText", "", "<w:b/><w:bCs/>")
    "</w:styles>";

/* A4 portrait (11906 x 16838 twips) with the official margins: 3.7 cm top, 3.5 bottom, 2.8
 * left, 2.6 right. */
static const char sect_pr[] =
    "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2098\" w:right=\"1474\" "
    "w:bottom=\"1984\" w:left=\"1588\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>"
    "</w:sectPr>";

void docx_para(xbuf *b, const char *style, const char *text, size_t n)
{
    xbuf_printf(b, "<w:p><w:pPr><w:pStyle w:val=\"%s\"/></w:pPr>", style);
    if (n) {
        xbuf_puts(b, "<w:r><w:t xml:space=\"preserve\">");
        size_t run = 0;
        for (size_t i = 0; i < n; i++)
            if (text[i] == '\t' || text[i] == '\n') {
                markup_escape(b, text + run, i - run);
                xbuf_puts(b, text[i] == '\t' ? "</w:t><w:tab/><w:t xml:space=\"preserve\">"
                                             : "</w:t><w:br/><w:t xml:space=\"preserve\">");
                run = i + 1;
            }
        markup_escape(b, text + run, n - run);
        xbuf_puts(b, "</w:t></w:r>");
    }
    xbuf_puts(b, "</w:p>");
}

typedef struct {
    const char *name;
    const char *data;
    size_t len;
} part;

static int zip_failed(zip_error_t *ze, const char *what)
{
    int rc = err_set(XXGK_ENOMEM, TR("无法生成 .docx（%s）：%s", "cannot build the .docx (%s): %s"),
                     what, zip_error_strerror(ze));
    zip_error_fini(ze);
    return rc;
}

/* Zip the parts in memory and append the archive's bytes to out. */
static int zip_parts(xbuf *out, const part *parts, int n)
{
    /* A fixed date, so that the same document always gives the same bytes. */
    const time_t mtime = 1577836800; /* 2020-01-01 */
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &ze);
    if (!src)
        return zip_failed(&ze, TR("缓冲区", "buffer"));
    zip_t *za = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
    if (!za) {
        zip_source_free(src);
        return zip_failed(&ze, TR("打开", "open"));
    }
    zip_source_keep(src); /* the archive is read back from src after zip_close */
    for (int i = 0; i < n; i++) {
        zip_source_t *s = zip_source_buffer(za, parts[i].data, parts[i].len, 0);
        zip_int64_t idx = s ? zip_file_add(za, parts[i].name, s, 0) : -1;
        if (idx < 0 || zip_file_set_mtime(za, (zip_uint64_t)idx, mtime, 0) < 0) {
            if (s && idx < 0)
                zip_source_free(s);
            zip_error_set(&ze, zip_error_code_zip(zip_get_error(za)), 0);
            zip_discard(za);
            zip_source_free(src);
            return zip_failed(&ze, parts[i].name);
        }
    }
    if (zip_close(za) < 0) {
        zip_error_set(&ze, zip_error_code_zip(zip_get_error(za)), 0);
        zip_discard(za);
        zip_source_free(src);
        return zip_failed(&ze, TR("关闭", "close"));
    }
    if (zip_source_open(src) < 0) {
        zip_error_set(&ze, zip_error_code_zip(zip_source_error(src)), 0);
        zip_source_free(src);
        return zip_failed(&ze, TR("读取", "read"));
    }
    char chunk[16384];
    zip_int64_t got;
    while ((got = zip_source_read(src, chunk, sizeof chunk)) > 0)
        xbuf_put(out, chunk, (size_t)got);
    zip_source_close(src);
    zip_source_free(src);
    zip_error_fini(&ze);
    if (got < 0)
        return err_set(XXGK_ENOMEM, TR("无法生成 .docx：读回压缩包失败",
                                       "cannot build the .docx: reading the archive back failed"));
    return out->failed ? err_set(XXGK_ENOMEM, TR("写出时内存不足", "out of memory while writing"))
                       : 0;
}

int docx_package(xbuf *out, const char *body, size_t n)
{
    xbuf doc;
    xbuf_init(&doc, 0);
    xbuf_puts(&doc, XML_DECL "<w:document " W_NS
                             " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                             "relationships\"><w:body>");
    xbuf_put(&doc, body, n);
    xbuf_puts(&doc, sect_pr);
    xbuf_puts(&doc, "</w:body></w:document>");
    int rc;
    if (doc.failed) {
        rc = err_set(XXGK_ENOMEM, TR("写出时内存不足", "out of memory while writing"));
    } else {
        const part parts[] = {
            {"[Content_Types].xml", content_types, sizeof content_types - 1},
            {"_rels/.rels", package_rels, sizeof package_rels - 1},
            {"word/document.xml", doc.data, doc.len},
            {"word/_rels/document.xml.rels", document_rels, sizeof document_rels - 1},
            {"word/styles.xml", styles, sizeof styles - 1},
            {"word/settings.xml", settings, sizeof settings - 1},
        };
        rc = zip_parts(out, parts, (int)(sizeof parts / sizeof parts[0]));
    }
    xbuf_free(&doc);
    return rc;
}

/* Whether line l (n bytes) opens with a space, as a letter's paragraphs do ("　　本机关于…"). */
static int indented(const char *l, size_t n)
{
    return n && (*l == ' ' || (n >= 3 && strncmp(l, "　", 3) == 0));
}

/* Whether it is a letter's salutation: "张三：", flush left. */
static int salutation(const char *l, size_t n)
{
    return n >= 3 && !indented(l, n) && (strncmp(l + n - 3, "：", 3) == 0 || l[n - 1] == ':');
}

int docx_from_paragraphs(xbuf *out, const char *title, const char *text)
{
    /* The lines, each [start, end) without its line end. */
    const char *p = text ? text : "";
    size_t nl = 0, cap = 0;
    struct line {
        const char *s;
        size_t n;
    } *ls = NULL;
    int rc = 0;
    while (*p && !rc) {
        const char *e = strchr(p, '\n');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        const char *next = e ? e + 1 : p + n;
        while (n && p[n - 1] == '\r')
            n--;
        if (nl == cap) {
            size_t want = cap ? cap * 2 : 64;
            struct line *grown = realloc(ls, want * sizeof *ls);
            if (!grown)
                rc = err_set(XXGK_ENOMEM, TR("写出时内存不足", "out of memory while writing"));
            else
                ls = grown, cap = want;
        }
        if (!rc)
            ls[nl++] = (struct line){p, n};
        p = next;
    }
    /* A letter as the templates lay it out: its head (the agency, then the title) up to the
     * first empty line, centred; the reference up to the salutation, centred; the salutation
     * flush left; paragraphs that open with spaces indented two characters by their style (the
     * spaces dropped); the signature, the lines after the last empty one, right-aligned. A
     * title given apart is the head, and a text without these parts is plain lines. */
    size_t head = 0, sal = nl, sign = nl;
    if (!(title && *title))
        while (head < nl && ls[head].n)
            head++;
    if (head == nl) /* (one block: no head) */
        head = 0;
    for (size_t i = head; i < nl && sal == nl; i++)
        if (salutation(ls[i].s, ls[i].n))
            sal = i;
    if (sal == nl)
        sal = head;
    size_t last = nl;
    while (last > 0 && !ls[last - 1].n)
        last--;
    for (size_t i = last; i > sal + 1; i--)
        if (!ls[i - 1].n) {
            sign = i < last && last - i <= 4 ? i : nl; /* (a few lines, none a paragraph) */
            for (size_t k = i; k < last; k++)
                if (indented(ls[k].s, ls[k].n))
                    sign = nl;
            break;
        }
    xbuf body;
    xbuf_init(&body, 0);
    if (title && *title)
        docx_para(&body, DOCX_TITLE, title, strlen(title));
    for (size_t i = 0; i < nl && !rc; i++) {
        const char *l = ls[i].s;
        size_t n = ls[i].n;
        const char *style = DOCX_PLAIN;
        if (i < head)
            style = i + 1 == head ? DOCX_TITLE : DOCX_SENDER;
        else if (i < sal && n)
            style = DOCX_REF;
        else if (i >= sign && i < last)
            style = DOCX_SIGN;
        else if (indented(l, n)) {
            style = DOCX_BODY;
            while (n && (*l == ' ' || (n >= 3 && strncmp(l, "　", 3) == 0))) {
                size_t k = *l == ' ' ? 1 : 3;
                l += k, n -= k;
            }
        }
        docx_para(&body, style, l, n);
    }
    free(ls);
    if (!rc)
        rc = body.failed ? err_set(XXGK_ENOMEM, TR("写出时内存不足", "out of memory while writing"))
                         : docx_package(out, body.data, body.len);
    xbuf_free(&body);
    return rc;
}
