/* The Word 97-2003 (.doc) reader: a document saved by LibreOffice from the project's own report,
 * and small documents built here, byte by byte, for each thing the reader must tell apart. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "lib/doc_text.h"
#include "lib/ole.h"
#include "support.h"

#define TEXT_AT 1024 /* where the Unicode text starts in the WordDocument stream */
#define FKP_PAGE 3   /* the paragraph properties' page: bytes 1536-2047 */
#define CHP_PAGE 4   /* the character properties' page: bytes 2048-2559 */
#define LATIN_AT 2560 /* where the 8-bit text starts */

/* paragraph kinds; character kinds (C_*) share the struct below */
enum { P_PLAIN, P_CELL, P_ROW_END, P_ROW_END_HUGE, P_NESTED_ROW_END };
enum { C_SHOWN, C_DELETED, C_HIDDEN };

/* A paragraph (or a run of characters) of the Unicode piece: its length in characters and what
 * it is. */
typedef struct {
    size_t chars;
    int kind;
} para;

/* What to build: the Unicode piece (UTF-8 here) with its paragraphs, an 8-bit piece, and the
 * FIB's version and flags. */
typedef struct {
    const char *text;
    const para *paras; /* NULL: no paragraph properties at all */
    size_t nparas;
    const para *chars; /* runs of character properties; NULL: none */
    size_t nchars;
    const char *latin; /* NULL: none */
    unsigned nfib, flags;
    const char *stream; /* the main stream's name (WordDocument) */
    size_t clx_cut;     /* bytes cut off the end of the table stream */
    int disorder;       /* the pieces' positions do not increase */
} spec;

static void put16(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
}

static void put32(unsigned char *p, uint32_t v)
{
    put16(p, v & 0xFFFF);
    put16(p + 2, v >> 16);
}

static size_t utf16(unsigned char *out, size_t cap, const char *s)
{
    bytes b = recoded("UTF-16LE", s, strlen(s));
    assert_true(b.len <= cap);
    memcpy(out, b.data, b.len);
    free(b.data);
    return b.len;
}

/* An OLE2 file holding a Word document as sp describes it. */
static bytes build(const spec *sp)
{
    static unsigned char wd[4096], tb[1024], data[64];
    assert_true(!sp->latin || LATIN_AT + strlen(sp->latin) + 16 <= sizeof wd);
    memset(wd, 0, sizeof wd);
    memset(tb, 0, sizeof tb);
    memset(data, 0, sizeof data);
    /* FIB: base, 14 words, 22 longs, 93 fc/lcb pairs */
    put16(wd, 0xA5EC);
    put16(wd + 2, sp->nfib ? sp->nfib : 0xC1);
    put16(wd + 0x0A, 0x0200 | sp->flags);
    put16(wd + 32, 14);
    put16(wd + 62, 22);
    size_t lw = 64, blob = lw + 88 + 2;
    put16(wd + lw + 88, 93);
    size_t bytes16 = utf16(wd + TEXT_AT, 512, sp->text), n16 = bytes16 / 2;
    size_t nlatin = sp->latin ? strlen(sp->latin) : 0;
    memcpy(wd + LATIN_AT, sp->latin ? sp->latin : "", nlatin);
    put32(wd + lw + 12, (uint32_t)(n16 + nlatin)); /* ccpText */

    /* the piece table: Unicode text, then 8-bit text (fc doubled, bit 30 set) */
    size_t npcd = nlatin ? 2 : 1, at = 0;
    tb[at++] = 0x02;
    put32(tb + at, (uint32_t)(4 * (npcd + 1) + 8 * npcd));
    at += 4;
    put32(tb + at, 0);
    put32(tb + at + 4, sp->disorder ? 0 : (uint32_t)n16);
    if (nlatin)
        put32(tb + at + 8, (uint32_t)(n16 + nlatin));
    at += 4 * (npcd + 1);
    put32(tb + at + 2, TEXT_AT);
    if (nlatin)
        put32(tb + at + 8 + 2, 0x40000000u | (LATIN_AT * 2));
    at += 8 * npcd;
    put32(wd + blob + 8 * 33, 0);
    put32(wd + blob + 8 * 33 + 4, (uint32_t)at);

    if (sp->paras) { /* one FKP page for the Unicode piece's paragraphs */
        unsigned char *pg = wd + FKP_PAGE * 512;
        size_t crun = sp->nparas, fc = TEXT_AT, top = 511;
        for (size_t i = 0; i < crun; i++) {
            put32(pg + 4 * i, (uint32_t)fc);
            fc += 2 * sp->paras[i].chars;
            static const unsigned char cell[] = {3, 0, 0, 0x16, 0x24, 1};
            static const unsigned char row[] = {0, 4, 0, 0, 0x16, 0x24, 1, 0x17, 0x24, 1};
            static const unsigned char huge[] = {0, 4, 0, 0, 0x46, 0x66, 8, 0, 0, 0};
            static const unsigned char nested[] = {0, 4, 0, 0, 0x16, 0x24, 1, 0x4C, 0x24, 1};
            const unsigned char *papx = NULL;
            size_t n = 0;
            if (sp->paras[i].kind == P_CELL)
                papx = cell, n = sizeof cell;
            else if (sp->paras[i].kind == P_ROW_END)
                papx = row, n = sizeof row;
            else if (sp->paras[i].kind == P_ROW_END_HUGE)
                papx = huge, n = sizeof huge;
            else if (sp->paras[i].kind == P_NESTED_ROW_END)
                papx = nested, n = sizeof nested;
            unsigned char bx = 0;
            if (papx) {
                top = (top - n) & ~(size_t)1;
                memcpy(pg + top, papx, n);
                bx = (unsigned char)(top / 2);
            }
            pg[4 * (crun + 1) + 13 * i] = bx;
        }
        put32(pg + 4 * crun, (uint32_t)fc);
        pg[511] = (unsigned char)crun;
        /* the row's properties kept in the Data stream: cb, then the grpprl */
        static const unsigned char in_data[] = {6, 0, 0x16, 0x24, 1, 0x17, 0x24, 1};
        memcpy(data + 8, in_data, sizeof in_data);
        /* PlcBtePapx: the page covers the Unicode text */
        put32(tb + at, TEXT_AT);
        put32(tb + at + 4, (uint32_t)fc);
        put32(tb + at + 8, FKP_PAGE);
        put32(wd + blob + 8 * 13, (uint32_t)at);
        put32(wd + blob + 8 * 13 + 4, 12);
        at += 12;
    }
    if (sp->chars) { /* one FKP page of character runs: cb, then the grpprl */
        unsigned char *pg = wd + CHP_PAGE * 512;
        size_t crun = sp->nchars, fc = TEXT_AT, top = 511;
        for (size_t i = 0; i < crun; i++) {
            put32(pg + 4 * i, (uint32_t)fc);
            fc += 2 * sp->chars[i].chars;
            static const unsigned char del[] = {3, 0x00, 0x08, 1}, hid[] = {3, 0x3C, 0x08, 1};
            unsigned char bx = 0;
            if (sp->chars[i].kind != C_SHOWN) {
                top = (top - 4) & ~(size_t)1;
                memcpy(pg + top, sp->chars[i].kind == C_DELETED ? del : hid, 4);
                bx = (unsigned char)(top / 2);
            }
            pg[4 * (crun + 1) + i] = bx;
        }
        put32(pg + 4 * crun, (uint32_t)fc);
        pg[511] = (unsigned char)crun;
        put32(tb + at, TEXT_AT);
        put32(tb + at + 4, (uint32_t)fc);
        put32(tb + at + 8, CHP_PAGE);
        put32(wd + blob + 8 * 12, (uint32_t)at);
        put32(wd + blob + 8 * 12 + 4, 12);
        at += 12;
    }

    part streams[] = {
        {sp->stream ? sp->stream : "WordDocument", (char *)wd, LATIN_AT + nlatin + 16},
        {"1Table", (char *)tb, at - sp->clx_cut},
        {"Data", (char *)data, sizeof data}};
    return ole_streams(streams, 3);
}

/* doc_to_text of the document sp describes: its text, or NULL with err set. */
static char *text_of(const spec *sp, int *rc, char *err, size_t errcap)
{
    bytes b = build(sp);
    assert_true(ole_is_ole(b.data, b.len));
    xbuf out;
    xbuf_init(&out, 1 << 20);
    *rc = doc_to_text(&out, NULL, b.data, b.len, err, errcap);
    free(b.data);
    if (*rc) {
        xbuf_free(&out);
        return NULL;
    }
    xbuf_putc(&out, '\0');
    return xbuf_steal(&out);
}

/* A title with a field, a table row of two cells, a row whose second cell is empty (its row
 * end's properties in the Data stream), a paragraph with a line break, then 8-bit text. */
static const char *const body = "关于\x13 HYPERLINK \"http://a\" \x14链接\x15的报告\r"
                                "名称\x07数量\x07\x07"
                                "规章\x07\x07\x07"
                                "第二段\x0b换行\r";
static const para body_paras[] = {{33, P_PLAIN}, {3, P_CELL},    {3, P_CELL},
                                  {1, P_ROW_END},    {3, P_CELL},    {1, P_CELL},
                                  {1, P_ROW_END_HUGE}, {7, P_PLAIN}};

static void test_text_and_tables(void **state)
{
    (void)state;
    /* the paragraphs' lengths add up to the text's */
    size_t total = 0;
    for (size_t i = 0; i < sizeof body_paras / sizeof body_paras[0]; i++)
        total += body_paras[i].chars;
    unsigned char u[512];
    assert_int_equal(total, utf16(u, sizeof u, body) / 2);

    spec sp = {.text = body, .paras = body_paras,
               .nparas = sizeof body_paras / sizeof body_paras[0],
               .latin = "Fee \x93ok\x94 \x80" "5\r"};
    int rc;
    char err[200];
    char *t = text_of(&sp, &rc, err, sizeof err);
    assert_int_equal(rc, 0);
    assert_string_equal(t, "关于链接的报告\n名称\t数量\n规章\t\n第二段 换行\nFee “ok” €5\n");
    free(t);
}

/* A HYPERLINK field whose result shows another address than the field names is a link to
 * look at, on the line it stands on; one showing its own target, a field that names no link
 * (PAGE) and a link inside another field's instruction are not. */
static void test_links(void **state)
{
    (void)state;
    spec sp = {.text = "标题\r联系邮箱\x13 HYPERLINK \"mailto:jtj@test.gov.cn\" \\o \"t\" \x14"
                       "jtys@test.gov.cn\x15。\r"
                       "\x13 HYPERLINK \"mailto:a@b.cn\" \x14" "a@b.cn\x15"
                       "\x13 PAGE \x14x@y.cn\x15"
                       "\x13 IF \x13 HYPERLINK \"mailto:p@q.cn\" \x14r@q.cn\x15 \x14z\x15\r"};
    bytes b = build(&sp);
    xbuf out;
    xbuf_init(&out, 1 << 20);
    doc_links links = {.n = 0};
    char err[200];
    assert_int_equal(doc_to_text(&out, &links, b.data, b.len, err, sizeof err), 0);
    free(b.data);
    assert_string_equal(out.data, "标题\n联系邮箱jtys@test.gov.cn。\na@b.cnx@y.cnz\n");
    xbuf_free(&out);
    assert_int_equal(links.n, 1);
    assert_int_equal(links.link[0].line, 2);
    assert_string_equal(links.link[0].shown, "jtys@test.gov.cn");
    assert_string_equal(links.link[0].target, "mailto:jtj@test.gov.cn");
}

/* Without paragraph properties a mark straight after a mark ends the row: right for rows
 * without empty cells. */
static void test_without_properties(void **state)
{
    (void)state;
    spec sp = {.text = "表\r名称\x07数量\x07\x07规章\x07" "1\x07\x07"};
    int rc;
    char err[200];
    char *t = text_of(&sp, &rc, err, sizeof err);
    assert_int_equal(rc, 0);
    assert_string_equal(t, "表\n名称\t数量\n规章\t1\n");
    free(t);
    /* a field never ended hides nothing after it; fields after it read as ever */
    spec sf = {.text = "表\x13 REF a\r收到申请\x13 =30 \x14" "30\x15件\r"};
    t = text_of(&sf, &rc, err, sizeof err);
    assert_int_equal(rc, 0);
    assert_string_equal(t, "表 REF a\n收到申请30件\n");
    free(t);
    /* ... nor do two, one in the other */
    spec s2 = {.text = "表\x13 IF \x13 REF a\r收到申请30件\r"};
    t = text_of(&s2, &rc, err, sizeof err);
    assert_int_equal(rc, 0);
    assert_string_equal(t, "表 IF  REF a\n收到申请30件\n");
    free(t);
}

/* A number corrected with changes tracked reads as corrected, hidden text not at all; a table
 * inside a cell stays in that cell. */
static void test_revisions_and_nesting(void **state)
{
    (void)state;
    static const para runs[] = {{4, C_SHOWN}, {2, C_DELETED}, {3, C_SHOWN}, {4, C_HIDDEN},
                                {1, C_SHOWN}};
    spec sp = {.text = "收到申请2930件（备注）\r", .chars = runs, .nchars = 5};
    int rc;
    char err[200];
    char *t = text_of(&sp, &rc, err, sizeof err);
    assert_int_equal(rc, 0);
    assert_string_equal(t, "收到申请30件\n");
    free(t);
    static const para nest[] = {{2, P_CELL}, {3, P_CELL}, {1, P_NESTED_ROW_END}, {2, P_CELL},
                                {1, P_ROW_END}};
    spec sn = {.text = "甲\x07内一\r\r乙\x07\x07", .paras = nest, .nparas = 5};
    t = text_of(&sn, &rc, err, sizeof err);
    assert_int_equal(rc, 0);
    assert_string_equal(t, "甲\t内一  乙\n");
    free(t);
}

static void expect_error(const spec *sp, int code, const char *says)
{
    int rc;
    char err[200] = "";
    assert_null(text_of(sp, &rc, err, sizeof err));
    assert_int_equal(rc, code);
    if (!strstr(err, says))
        fail_msg("\"%s\" does not say \"%s\"", err, says);
}

static void test_refused(void **state)
{
    (void)state;
    spec sp = {.text = "正文\r"};
    sp.nfib = 0x65;
    expect_error(&sp, XXGK_EBINARY, "Word 6.0/95");
    sp.nfib = 0;
    sp.flags = 0x0100;
    expect_error(&sp, XXGK_EBINARY, "password");
    sp.flags = 0;
    sp.stream = "Workbook";
    expect_error(&sp, XXGK_EBINARY, "an OLE2 file with no Word or Excel content in it");
    sp.stream = "PowerPoint Document";
    expect_error(&sp, XXGK_EBINARY, "a PowerPoint file, not a Word document or Excel workbook");
    sp.stream = NULL;
    sp.clx_cut = 3;
    expect_error(&sp, XXGK_EENCODING, "table stream");
    sp.clx_cut = 0;
    sp.latin = "x\r";
    sp.disorder = 1;
    expect_error(&sp, XXGK_EENCODING, "out of order");
}

/* A Word document saved by LibreOffice from the docx writer's rendering of a fixture: every
 * figure, the agency and the date read as from the fixture's text. */
static void test_saved_document(void **state)
{
    (void)state;
    size_t n, dn;
    char *text = fixture("report-2021-tabs.txt", &n);
    char *doc = fixture("report-2021.doc", &dn);
    xxgk_report *want = read_text(text, n);
    assert_file_reads_as(doc, dn, "report.doc", "doc", want);
    xxgk_report_free(want);
    free(text);
    free(doc);
}

int main(void)
{
    xxgk_lang_set(XXGK_LANG_EN); /* the messages asserted here are the English ones */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_and_tables),
        cmocka_unit_test(test_links),
        cmocka_unit_test(test_without_properties),
        cmocka_unit_test(test_revisions_and_nesting),
        cmocka_unit_test(test_refused),
        cmocka_unit_test(test_saved_document),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
