/*
 * Word 97-2003 input: the text of a .doc as lines for the reader, the way docx_to_text writes
 * a .docx.  libgsf opens the OLE2 container; the text is found through the piece table (the
 * Clx in the table stream, [MS-DOC] 2.9.38) and table rows are told from cells by the row-end
 * paragraph property (sprmPFTtp) in the paragraphs' FKP pages.
 */
#include "lib/doc_text.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/ole.h"
#include "util/lang.h"
#include "xxgk/xxgk.h"

#define FKP 512 /* bytes in a formatted disk page */
#define CUT_SHORT "the Word 97-2003 (.doc) file is damaged or cut short"
#define CUT_SHORT_ZH "Word 97-2003（.doc）文件已损坏或不完整"
/* CUT("原因", "reason"): CUT_SHORT and the reason, in the language set. */
#define CUT(zh, en) TR(CUT_SHORT_ZH "（" zh "）", CUT_SHORT " (" en ")")

/* sprms: the paragraph-property operations looked for */
#define SPRM_PF_IN_TABLE 0x2416
#define SPRM_PF_TTP 0x2417
#define SPRM_PF_INNER_TTP 0x244C
#define SPRM_T_DEF_TABLE 0xD608
#define SPRM_P_CHG_TABS 0xC615
#define SPRM_P_HUGE_PAPX 0x6646
#define SPRM_T_DEF_TABLE10 0xD606
#define SPRM_C_RMARK_DEL 0x0800 /* a deleted revision, still in the text while changes are tracked */
#define SPRM_C_VANISH 0x083C    /* hidden text */

/* paragraph kinds, from its properties */
enum { PARA_PLAIN = 0, PARA_IN_TABLE = 1, PARA_ROW_END = 2, PARA_UNKNOWN = -1 };

typedef struct {
    const unsigned char *wd; /* the WordDocument stream */
    size_t wdlen;
    const unsigned char *bte; /* PlcBtePapx in the table stream: where the FKP pages are */
    size_t nbte;              /* its entries; 0 when absent or damaged */
    const unsigned char *chp; /* PlcBteChpx: the same for character properties */
    size_t nchp;
    const unsigned char *data; /* the Data stream, which holds properties too large for a page */
    size_t datalen;
} word_doc;

static uint32_t u16(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8;
}

static uint32_t u32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* The operand of property `want` in a grpprl: 1 with *op set, 0 when absent, -1 when the list
 * cannot be walked to its end. */
static int sprm_find(const unsigned char *p, size_t n, uint32_t want, const unsigned char **op)
{
    static const unsigned char fixed[8] = {1, 1, 2, 4, 2, 2, 0, 3}; /* operand size by spra */
    size_t i = 0;
    while (i + 2 <= n) {
        uint32_t sprm = u16(p + i);
        i += 2;
        size_t size = fixed[sprm >> 13];
        if (!size) { /* variable: the size comes first */
            if (sprm == SPRM_T_DEF_TABLE || sprm == SPRM_T_DEF_TABLE10) {
                if (i + 2 > n)
                    return -1;
                size = 2 + u16(p + i) - 1;
            } else if (i < n && sprm == SPRM_P_CHG_TABS && p[i] == 255) {
                return -1; /* a rare long form */
            } else {
                if (i >= n)
                    return -1;
                size = 1 + (size_t)p[i];
            }
        }
        if (size > n - i)
            return -1;
        if (sprm == want) {
            *op = p + i;
            return 1;
        }
        i += size;
    }
    return 0;
}

/* Whether a one-byte paragraph property is on: 1, 0, or -1 when that cannot be told. */
static int sprm_on(const unsigned char *p, size_t n, uint32_t want)
{
    const unsigned char *op;
    int found = sprm_find(p, n, want, &op);
    return found > 0 ? *op != 0 : found;
}

/* The FKP page and run that hold stream offset fc, found through a PlcBte (bte, nbte entries);
 * `entry` is the size of the page's entry per run (13 for paragraphs, 1 for characters).  The
 * page, with *run, *crun and the run's range [*from, *to); NULL when fc is in none. */
static const unsigned char *fkp_run(const word_doc *d, const unsigned char *bte, size_t nbte,
                                    unsigned entry, uint32_t fc, unsigned *run, unsigned *crun,
                                    uint32_t *from, uint32_t *to)
{
    if (!nbte)
        return NULL;
    const unsigned char *fcs = bte, *pns = bte + 4 * (nbte + 1);
    size_t lo = 0, hi = nbte;
    while (lo < hi) { /* the last entry starting at or before fc */
        size_t mid = lo + (hi - lo) / 2;
        if (u32(fcs + 4 * (mid + 1)) <= fc)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo >= nbte || u32(fcs + 4 * lo) > fc)
        return NULL;
    uint64_t page = (uint64_t)(u32(pns + 4 * lo) & 0x3FFFFF) * FKP;
    if (page + FKP > d->wdlen)
        return NULL;
    const unsigned char *pg = d->wd + page;
    *crun = pg[FKP - 1];
    if (!*crun || 4 * (*crun + 1) + entry * *crun > FKP - 1)
        return NULL;
    for (unsigned r = 0; r < *crun; r++)
        if (u32(pg + 4 * r) <= fc && fc < u32(pg + 4 * (r + 1))) {
            *run = r;
            *from = u32(pg + 4 * r);
            *to = u32(pg + 4 * (r + 1));
            return pg;
        }
    return NULL;
}

/* Whether the characters of the run at stream offset fc are not shown: a deleted revision or
 * hidden text.  *from, *to receive the run's range, which shares the answer. */
static int chars_hidden(const word_doc *d, uint32_t fc, uint32_t *from, uint32_t *to)
{
    unsigned run, crun;
    *from = *to = fc; /* no range: ask again for the next character */
    const unsigned char *pg = fkp_run(d, d->chp, d->nchp, 1, fc, &run, &crun, from, to);
    if (!pg)
        return 0;
    size_t at = 2 * (size_t)pg[4 * (crun + 1) + run];
    if (!at || at >= FKP - 1 || at + 1 + pg[at] > FKP - 1)
        return 0;
    const unsigned char *op;
    for (int k = 0; k < 2; k++) {
        uint32_t sprm = k ? SPRM_C_VANISH : SPRM_C_RMARK_DEL;
        /* 1 on; 0x81 the opposite of the style's, which has it off */
        if (sprm_find(pg + at + 1, pg[at], sprm, &op) > 0 && (*op == 1 || *op == 0x81))
            return 1;
    }
    return 0;
}

/* What kind of paragraph the character at stream offset fc ends or belongs to. */
static int para_kind(const word_doc *d, uint32_t fc)
{
    unsigned run, crun;
    uint32_t from, to;
    const unsigned char *pg = fkp_run(d, d->bte, d->nbte, 13, fc, &run, &crun, &from, &to);
    if (!pg)
        return PARA_UNKNOWN;
    size_t at = 2 * (size_t)pg[4 * (crun + 1) + 13 * run];
    if (!at)
        return PARA_PLAIN; /* no properties: the default, outside any table */
    if (at >= FKP - 1)
        return PARA_UNKNOWN;
    size_t len = pg[at] ? 2 * (size_t)pg[at] - 1 : 2 * (size_t)pg[at + 1];
    size_t start = at + (pg[at] ? 1 : 2);
    if (start + len > FKP - 1 || len < 2)
        return PARA_UNKNOWN;
    const unsigned char *grpprl = pg + start + 2, *op; /* after the style index */
    len -= 2;
    /* A table row's properties are often too large for the page and kept in the Data stream. */
    if (sprm_find(grpprl, len, SPRM_P_HUGE_PAPX, &op) > 0) {
        size_t off = u32(op);
        if (!d->data || off > d->datalen || d->datalen - off < 2 ||
            u16(d->data + off) > d->datalen - off - 2)
            return PARA_UNKNOWN;
        len = u16(d->data + off);
        grpprl = d->data + off + 2;
    }
    int ttp = sprm_on(grpprl, len, SPRM_PF_TTP), inner = sprm_on(grpprl, len, SPRM_PF_INNER_TTP);
    if (ttp > 0 || inner > 0)
        return PARA_ROW_END;
    int in = sprm_on(grpprl, len, SPRM_PF_IN_TABLE);
    if (in < 0 || ttp < 0)
        return PARA_UNKNOWN;
    return in ? PARA_IN_TABLE : PARA_PLAIN;
}

/* The characters 0x80-0x9F of compressed (8-bit) text, as Windows-1252 has them; the five it
 * leaves undefined stand for themselves. */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

/* c as UTF-8 into s; its length. */
static size_t utf8_of(char s[4], uint32_t c)
{
    size_t n;
    if (c < 0x80) {
        s[0] = (char)c;
        n = 1;
    } else if (c < 0x800) {
        s[0] = (char)(0xC0 | c >> 6);
        s[1] = (char)(0x80 | (c & 0x3F));
        n = 2;
    } else if (c < 0x10000) {
        s[0] = (char)(0xE0 | c >> 12);
        s[1] = (char)(0x80 | (c >> 6 & 0x3F));
        s[2] = (char)(0x80 | (c & 0x3F));
        n = 3;
    } else {
        s[0] = (char)(0xF0 | c >> 18);
        s[1] = (char)(0x80 | (c >> 12 & 0x3F));
        s[2] = (char)(0x80 | (c >> 6 & 0x3F));
        s[3] = (char)(0x80 | (c & 0x3F));
        n = 4;
    }
    return n;
}

static void put_utf8(xbuf *b, uint32_t c)
{
    char s[4];
    xbuf_put(b, s, utf8_of(s, c));
}

/* Where the text is going: fields, and the cells of the table row being written. */
typedef struct {
    xbuf *out;
    const word_doc *d;
    unsigned field_code; /* bit i: field i levels deep is still in its code, not its result */
    unsigned fields;     /* fields open, at most 32 followed */
    uint32_t begins;     /* field begins read so far */
    uint32_t first_open; /* the number of the outermost field open (from 1), or 0 */
    uint32_t unended;    /* a field begun that never ends: its number, its code read as text */
    int off;             /* fields not followed at all (more than one left open) */
    char instr[256];     /* the outermost field's instruction (its first bytes) */
    size_t ninstr;
    size_t result_at;    /* where the outermost field's result begins in out, or SIZE_MAX */
    doc_links *links;    /* where links showing another address go, or NULL */
    int cell_open;       /* a cell ended in this row: the next text starts a new cell */
    int row;             /* text of a table row has been written on the current line */
    uint32_t prev;       /* the previous character */
    uint32_t hid_from, hid_to; /* the character run last asked about (stream offsets) */
    int hidden;                /* whether that run is not shown */
} sink;

static void cell_text(sink *s)
{
    if (s->cell_open)
        xbuf_putc(s->out, '\t');
    s->cell_open = 0;
    s->row = 1;
}

/* One character of the main document; fc is its offset in the WordDocument stream. */
static void put_char(sink *s, uint32_t c, uint32_t fc)
{
    uint32_t prev = s->prev;
    s->prev = c;
    if (s->off && (c == 0x13 || c == 0x14 || c == 0x15))
        return;
    if (c == 0x13) { /* field begin: its code follows, then 0x14 and its result, then 0x15 */
        s->begins++;
        if (!s->fields) {
            s->first_open = s->begins;
            s->ninstr = 0;
            s->result_at = SIZE_MAX;
        }
        if (s->fields < 32 && s->begins != s->unended)
            s->field_code |= 1u << s->fields;
        s->fields++;
        return;
    }
    if (c == 0x14 && s->fields == 1 && (s->field_code & 1))
        s->result_at = s->out->len;
    if (c == 0x15 && s->fields == 1 && s->result_at != SIZE_MAX) { /* (a HYPERLINK's text) */
        char href[256];
        s->instr[s->ninstr] = '\0';
        if (links_field_target(href, sizeof href, s->instr))
            links_judge(s->links, s->out, s->result_at, NULL, href);
    }
    if (c == 0x14 || c == 0x15) {
        if (s->fields && s->fields <= 32) {
            if (c == 0x14)
                s->field_code &= ~(1u << (s->fields - 1));
            else
                s->field_code &= ~(1u << --s->fields);
        } else if (s->fields && c == 0x15) {
            s->fields--;
        }
        return;
    }
    if (s->field_code == 1 && s->ninstr + 4 < sizeof s->instr)
        s->ninstr += utf8_of(s->instr + s->ninstr, c);
    if (s->field_code)
        return;
    /* Deleted revisions and hidden text are not part of the report as it reads; table marks
     * always are (a row is never half deleted). */
    if (c != 0x07) {
        if (fc < s->hid_from || fc >= s->hid_to)
            s->hidden = chars_hidden(s->d, fc, &s->hid_from, &s->hid_to);
        if (s->hidden)
            return;
    }
    switch (c) {
    case 0x07: { /* the end of a cell, or of a row */
        int kind = para_kind(s->d, fc);
        /* Without the properties: a mark straight after a mark ends the row. */
        if (kind == PARA_ROW_END || (kind == PARA_UNKNOWN && prev == 0x07)) {
            xbuf_putc(s->out, '\n');
            s->cell_open = s->row = 0;
        } else {
            if (s->cell_open)
                xbuf_putc(s->out, '\t'); /* the cell that ends here was empty */
            s->cell_open = 1;
            s->row = 1;
        }
        return;
    }
    case 0x0D: { /* a paragraph: a line, unless it is one of several in a cell */
        int kind = para_kind(s->d, fc);
        /* a row end on a paragraph mark is a nested table's, inside a cell of the outer row */
        if (kind == PARA_IN_TABLE || kind == PARA_ROW_END) {
            cell_text(s);
            xbuf_putc(s->out, ' ');
        } else {
            xbuf_putc(s->out, '\n');
            s->cell_open = s->row = 0;
        }
        return;
    }
    case 0x0C: /* page or section break */
        if (!s->row)
            xbuf_putc(s->out, '\n');
        return;
    case 0x09: /* tab and line break separate words, never cells (as in docx_text.c) */
    case 0x0B:
    case 0xA0:
        c = ' ';
        break;
    case 0x1E: /* non-breaking hyphen */
        c = '-';
        break;
    default:
        if (c < 0x20 || c == 0x1F || (c >= 0xD800 && c < 0xE000))
            return; /* pictures, notes' anchors, optional hyphens and the like */
    }
    if (s->cell_open || s->row)
        cell_text(s);
    put_utf8(s->out, c);
}

/* The main document's text through the piece table (a Clx: Prc entries, then the Pcdt). */
static int pieces(sink *s, const unsigned char *clx, size_t n, uint32_t ccp, char *err,
                  size_t errcap)
{
    const word_doc *d = s->d;
    size_t i = 0;
    while (i < n && clx[i] == 0x01) { /* formatting of fast-saved text: not needed here */
        if (i + 3 > n)
            break;
        uint32_t cb = u16(clx + i + 1);
        if (cb & 0x8000)
            break;
        i += 3 + cb;
    }
    if (i + 5 > n || clx[i] != 0x02) {
        snprintf(err, errcap, CUT("没有片段表", "no piece table"));
        return XXGK_EENCODING;
    }
    uint32_t lcb = u32(clx + i + 1);
    i += 5;
    if (lcb > n - i || lcb < 4 + 12 || (lcb - 4) % 12) {
        snprintf(err, errcap, CUT("片段表不完整", "its piece table is cut short"));
        return XXGK_EENCODING;
    }
    size_t npcd = (lcb - 4) / 12;
    const unsigned char *cps = clx + i, *pcds = cps + 4 * (npcd + 1);
    for (size_t k = 0; k < npcd; k++) {
        uint32_t cp0 = u32(cps + 4 * k), cp1 = u32(cps + 4 * (k + 1));
        /* The pieces follow one another: out of order, they could read the text many times. */
        if (cp1 <= cp0) {
            snprintf(err, errcap, CUT("文字片段顺序错乱", "its pieces of text are out of order"));
            return XXGK_EENCODING;
        }
        if (cp0 >= ccp)
            break;
        if (cp1 > ccp)
            cp1 = ccp;
        uint32_t fcv = u32(pcds + 8 * k + 2);
        int compressed = (fcv & 0x40000000u) != 0;
        uint64_t start = compressed ? (fcv & 0x3FFFFFFFu) / 2 : (fcv & 0x3FFFFFFFu);
        uint64_t count = cp1 - cp0, bytes = compressed ? count : 2 * count;
        if (start + bytes > d->wdlen) {
            snprintf(err, errcap, CUT("文字超出了文件末尾", "its text runs past the end"));
            return XXGK_EENCODING;
        }
        const unsigned char *t = d->wd + start;
        for (uint64_t c = 0; c < count; c++) {
            if (compressed) {
                uint32_t b = t[c];
                put_char(s, b >= 0x80 && b < 0xA0 ? cp1252_high[b - 0x80] : b,
                         (uint32_t)(start + c));
                continue;
            }
            uint32_t u = u16(t + 2 * c);
            uint32_t fc = (uint32_t)(start + 2 * c);
            if (u >= 0xD800 && u < 0xDC00 && c + 1 < count) {
                uint32_t lo = u16(t + 2 * (c + 1));
                if (lo >= 0xDC00 && lo < 0xE000) {
                    u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                    c++;
                }
            }
            put_char(s, u, fc);
        }
        if (s->out->failed)
            break;
    }
    return 0;
}

/* The FIB's fields this reader needs ([MS-DOC] 2.5.1): table stream, text length, and where
 * the piece table and the paragraph properties are. */
typedef struct {
    int table1;        /* the table stream is 1Table (else 0Table) */
    uint32_t ccp_text; /* characters in the main document */
    uint32_t fc_clx, lcb_clx, fc_bte, lcb_bte, fc_chp, lcb_chp;
} fib;

static int read_fib(fib *f, const unsigned char *wd, size_t n, char *err, size_t errcap)
{
    if (n < 34 || u16(wd) != 0xA5EC) {
        snprintf(err, errcap,
                 TR("OLE2 文件，但其中的 WordDocument 流不是 Word 格式",
                    "an OLE2 file whose WordDocument stream is not Word's"));
        return XXGK_EBINARY;
    }
    uint32_t nfib = u16(wd + 2), flags = u16(wd + 0x0A);
    if (nfib < 0xC0) {
        snprintf(err, errcap,
                 TR("Word 6.0/95 文件，xxgk 不读取这种格式：请另存为 .docx 或 PDF",
                    "a Word 6.0/95 document, which xxgk does not read: save it as .docx or PDF"));
        return XXGK_EBINARY;
    }
    if (flags & 0x0100) {
        snprintf(err, errcap,
                 TR("Word 文件有密码保护：请先去掉密码",
                    "the Word document is password-protected: remove the password"));
        return XXGK_EBINARY;
    }
    f->table1 = (flags & 0x0200) != 0;
    size_t at = 32;
    at += 2 + 2 * (size_t)u16(wd + at); /* csw, fibRgW */
    if (at + 2 > n)
        goto cut;
    size_t lw = at + 2, cslw = u16(wd + at);
    at = lw + 4 * cslw;
    if (cslw < 4 || at + 2 > n)
        goto cut;
    f->ccp_text = u32(wd + lw + 12);
    size_t blob = at + 2, pairs = u16(wd + at);
    if (pairs < 34 || blob + 8 * pairs > n)
        goto cut;
    f->fc_chp = u32(wd + blob + 8 * 12);
    f->lcb_chp = u32(wd + blob + 8 * 12 + 4);
    f->fc_bte = u32(wd + blob + 8 * 13);
    f->lcb_bte = u32(wd + blob + 8 * 13 + 4);
    f->fc_clx = u32(wd + blob + 8 * 33);
    f->lcb_clx = u32(wd + blob + 8 * 33 + 4);
    return 0;
cut:
    snprintf(err, errcap, CUT("文件头不完整", "its header is cut short"));
    return XXGK_EENCODING;
}

/* A PlcBte (FC ranges and the FKP pages that describe them) at fc in the table stream, with
 * *n entries; NULL (and *n 0) when it is absent or does not fit. */
static const unsigned char *plc_bte(const unsigned char *tb, size_t tblen, uint32_t fc,
                                    uint32_t lcb, size_t *n)
{
    *n = 0;
    if (fc > tblen || lcb > tblen - fc || lcb < 12 || (lcb - 4) % 8)
        return NULL;
    *n = (lcb - 4) / 8;
    return tb + fc;
}

int doc_to_text(xbuf *out, doc_links *links, const char *data, size_t len, char *err,
                size_t errcap)
{
    char why[256];
    ole_file *ole = ole_open(data, len, why, sizeof why);
    if (!ole) {
        snprintf(err, errcap, CUT("%s", "%s"), why);
        return XXGK_EENCODING;
    }
    size_t wdlen = 0, tblen = 0, dtlen = 0;
    unsigned char *wd = NULL, *tb = NULL, *dt = NULL;
    fib f = {0};
    int st = ole_read(ole, "WordDocument", len, &wd, &wdlen), rc = 0;
    if (st == OLE_ABSENT && len % 512 != 0) { /* OLE2 files are whole sectors */
        snprintf(err, errcap, CUT("目录里没有 Word 文字", "its directory has no Word text"));
        rc = XXGK_EENCODING;
    } else if (st == OLE_ABSENT) {
        /* (a PowerPoint file says so by its stream; one with none of the three is damaged or
         * another program's) */
        unsigned char *ppt = NULL;
        size_t pptlen = 0;
        int slides = ole_read(ole, "PowerPoint Document", len, &ppt, &pptlen) != OLE_ABSENT;
        free(ppt);
        if (slides)
            snprintf(err, errcap,
                     TR("PowerPoint 文件，不是 Word 或 Excel 文件：请把报告另存为 .docx 或 PDF",
                        "a PowerPoint file, not a Word document or Excel workbook: save the "
                        "report as .docx or PDF"));
        else
            snprintf(err, errcap,
                     TR("OLE2 文件，但其中没有 Word 或 Excel 的内容（文件已损坏，或是其他程序的"
                        "文件）：请另存为 .docx 或 PDF",
                        "an OLE2 file with no Word or Excel content in it (damaged, or another "
                        "program's): save it as .docx or PDF"));
        rc = XXGK_EBINARY;
    } else if (st == OLE_SHORT) {
        snprintf(err, errcap, CUT("文字无法完整读取", "its text cannot be read whole"));
        rc = XXGK_EENCODING;
    } else if (st == OLE_OK && (rc = read_fib(&f, wd, wdlen, err, errcap)) == 0) {
        st = ole_read(ole, f.table1 ? "1Table" : "0Table", len, &tb, &tblen);
        if (st == OLE_OK && (f.fc_clx > tblen || f.lcb_clx > tblen - f.fc_clx))
            st = OLE_SHORT;
        if (st == OLE_ABSENT || st == OLE_SHORT) {
            snprintf(err, errcap,
                     CUT("Table 流缺失或不完整", "its table stream is missing or short"));
            rc = XXGK_EENCODING;
        }
    }
    /* Paragraph properties tell table rows from cells; without them (or the Data stream some
     * of them are kept in) a simpler rule is used, so their absence is no error. */
    if (!rc && st == OLE_OK)
        st = ole_read(ole, "Data", len, &dt, &dtlen);
    if (st == OLE_NOMEM) {
        snprintf(err, errcap,
                 TR("读取 Word 文件时内存不足", "out of memory reading the Word document"));
        rc = XXGK_ENOMEM;
    }
    if (!rc) {
        word_doc d = {.wd = wd, .wdlen = wdlen, .data = dt, .datalen = dtlen};
        d.bte = plc_bte(tb, tblen, f.fc_bte, f.lcb_bte, &d.nbte);
        d.chp = plc_bte(tb, tblen, f.fc_chp, f.lcb_chp, &d.nchp);
        sink s = {.out = out, .d = &d, .links = links};
        int links_before = links ? links->n : 0;
        size_t start = out->len;
        rc = pieces(&s, tb + f.fc_clx, f.lcb_clx, f.ccp_text, err, errcap);
        /* A field that never ends would hide the rest, as Word does not: read again with its
         * code read as text (the outermost is the one left open), then, if more are, with no
         * field followed. */
        for (int pass = 0; pass < 2 && !rc && s.fields > (unsigned)pass && !out->failed;
             pass++) {
            s = (sink){.out = out, .d = &d, .unended = s.first_open, .off = pass == 1,
                       .links = links};
            if (links)
                links->n = links_before; /* (found again) */
            out->len = start;
            if (out->data)
                out->data[start] = '\0';
            rc = pieces(&s, tb + f.fc_clx, f.lcb_clx, f.ccp_text, err, errcap);
        }
        if (!rc && s.row)
            xbuf_putc(out, '\n');
        if (!rc && out->failed) {
            snprintf(err, errcap,
                     TR("文件的文字超过上限", "the document's text is larger than the limit"));
            rc = XXGK_ELIMIT;
        }
    }
    free(wd);
    free(tb);
    free(dt);
    ole_close(ole);
    return rc;
}
