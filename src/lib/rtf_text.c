/*
 * RTF input: the text of an RTF document as lines for the reader, written as docx_to_text
 * writes a Word document's, so that both feed the same recognizer.  Paragraphs become lines;
 * each table row (\row) one tab-separated line of its cells (\cell), a cell's paragraphs
 * joined.  Characters come as the document's code page bytes (\'hh, GBK under \ansicpg936 or a
 * font of charset 134) or as \uN, converted to UTF-8; what the document does not show is left
 * out: destinations (font and style tables, pictures, headers, notes, a field's instruction),
 * hidden (\v) and struck-through (\strike) text.
 */
#include "lib/rtf_text.h"

#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/lang.h"
#include "util/text.h"
#include "xxgk/xxgk.h"

#define MAX_DEPTH 128 /* groups inside one another */
#define MAX_JOINS 256 /* paragraphs of one cell whose joins are looked at */

typedef struct {
    unsigned char skip, hidden, struck, raised, intbl;
    int uc; /* characters a \uN's fallback takes (\ucN) */
    unsigned char outer_skip; /* the group around this one was not shown */
    unsigned char shape;      /* in a shape (\shpinst) that stands in shown text */
    unsigned char box;        /* in its text box (\shptxt), read */
    unsigned char box_cell;   /* that text box anchored in a table's cell: its words the cell's */
} rtf_state;

typedef struct {
    xbuf *out;
    xbuf bytes;       /* the code page's bytes not yet converted */
    iconv_t cd;       /* from the code page, opened at the first bytes */
    int codepage;     /* \ansicpgN, 0 when not said */
    int gbk_font;     /* a font of charset 134 (GB2312) */
    int skip_chars;   /* a \uN's fallback still to pass over */
    long high;        /* a \uN that is the first half of a surrogate pair, or 0 */
    size_t cell_from; /* where the cell at hand began in out */
    size_t joins[MAX_JOINS];
    int njoins;
    int bad; /* an xxgk_error code once something failed */
    /* A field's instruction (HYPERLINK "mailto:…"), kept for its result: a link showing
     * another address than it points to goes to links (NULL: not looked for). */
    doc_links *links;
    char instr[256];
    size_t ninstr;
    int inst_depth, rslt_depth; /* the groups of the instruction and the result, or -1 */
    size_t rslt_at;             /* where the result's text begins in out */
} rtf_reader;

int rtf_is_rtf(const char *data, size_t len)
{
    return len >= 5 && memcmp(data, "{\\rtf", 5) == 0;
}

/* The iconv name of the document's code page (Chinese documents: 936). */
static const char *codepage_name(const rtf_reader *r)
{
    switch (r->codepage) {
    case 936:
        return "GB18030";
    case 950:
        return "BIG5";
    case 65001:
        return "UTF-8";
    case 0:
    case 1252:
        return r->gbk_font ? "GB18030" : "CP1252";
    default:
        return "GB18030"; /* (a code page iconv may lack: Chinese text is what is read here) */
    }
}

/* The pending bytes as UTF-8 into out; a byte the code page cannot read is U+FFFD. */
static void flush(rtf_reader *r)
{
    if (r->bytes.len == 0)
        return;
    if (r->cd == (iconv_t)-1) {
        r->cd = iconv_open("UTF-8", codepage_name(r));
        if (r->cd == (iconv_t)-1)
            r->cd = iconv_open("UTF-8", "GB18030");
        if (r->cd == (iconv_t)-1) {
            r->bad = XXGK_EENCODING;
            r->bytes.len = 0;
            return;
        }
    }
    char *in = r->bytes.data;
    size_t left = r->bytes.len;
    while (left > 0 && !r->out->failed) {
        char buf[256], *o = buf;
        size_t room = sizeof buf;
        size_t got = iconv(r->cd, &in, &left, &o, &room);
        xbuf_put(r->out, buf, (size_t)(o - buf));
        if (got == (size_t)-1 && errno != E2BIG) { /* (a bad byte, or one cut short) */
            u8_put(r->out, 0xFFFD);
            in++;
            left--;
            iconv(r->cd, NULL, NULL, NULL, NULL);
        }
    }
    r->bytes.len = 0;
}

static int shown(const rtf_state *s)
{
    return !s->skip && !s->hidden && !s->struck && !s->raised;
}

/* A byte of text (a character of the code page, or a part of one). */
static void put_byte(rtf_reader *r, const rtf_state *s, unsigned char c)
{
    if (r->inst_depth >= 0 && r->ninstr + 1 < sizeof r->instr)
        r->instr[r->ninstr++] = (char)c;
    if (r->skip_chars > 0) {
        r->skip_chars--;
        return;
    }
    if (shown(s))
        xbuf_putc(&r->bytes, (char)c);
}

/* A character given as UTF-8 text. */
static void put_text(rtf_reader *r, const rtf_state *s, const char *t)
{
    if (!shown(s))
        return;
    flush(r);
    xbuf_puts(r->out, t);
}

/* A cell's paragraphs run together; where digits meet across a join, two spaces (20 and 5 are
 * two figures, not 205). */
static void end_cell(rtf_reader *r)
{
    flush(r);
    for (int k = r->njoins; k-- > 0;)
        text_apart_digits(r->out, r->joins[k], r->cell_from);
    r->njoins = 0;
}

/* Groups whose text is none of the document's: tables of fonts and styles, pictures, headers
 * and footers, notes and comments, a field's instruction (its result is read). */
static int destination(const char *w)
{
    static const char *const skipped[] = {
        "fonttbl",   "colortbl",  "stylesheet", "info",      "pict",      "header",
        "headerl",   "headerr",   "headerf",    "footer",    "footerl",   "footerr",
        "footerf",   "footnote",  "annotation", "atnid",     "atnauthor", "object",
        "objdata",   "xe",        "tc",         "txe",       "listtable", "listoverridetable",
        "rsidtbl",   "generator", "themedata",  "fldinst",   "revtbl",    "filetbl",
        "latentstyles", "datastore", "colorschememapping", "xmlnstbl", "pgdsctbl", "userprops",
        "docvar",    "private",   "nonshppict", "bkmkstart", "bkmkend",   "template"};
    for (size_t k = 0; k < sizeof skipped / sizeof skipped[0]; k++)
        if (strcmp(w, skipped[k]) == 0)
            return 1;
    return 0;
}

/* Control word w (its parameter p, has_p when given) in state s. */
static void control(rtf_reader *r, rtf_state *s, int depth, const char *w, long p, int has_p)
{
    int on = !has_p || p != 0;
    if (strcmp(w, "fldinst") == 0) {
        r->inst_depth = depth;
        r->ninstr = 0;
    } else if (strcmp(w, "fldrslt") == 0 && r->ninstr) {
        flush(r);
        r->rslt_depth = depth;
        r->rslt_at = r->out->len;
    }
    if (strcmp(w, "shpinst") == 0) {
        s->shape = !s->outer_skip; /* (its properties no text, but its text box is) */
    } else if (strcmp(w, "shptxt") == 0 && s->shape) {
        s->skip = 0; /* a text box's paragraphs, lines of their own where it is anchored */
        s->box = 1;
        s->box_cell = s->intbl; /* (in a cell: words of the cell, its row kept whole) */
        flush(r);
        if (!s->box_cell && r->out->len && r->out->data[r->out->len - 1] != '\n')
            xbuf_putc(r->out, '\n');
        return;
    }
    if (destination(w)) {
        s->skip = 1;
    } else if (strcmp(w, "par") == 0 || strcmp(w, "sect") == 0) {
        if (s->skip)
            return;
        flush(r);
        if (s->box_cell) { /* (a paragraph of a text box in a cell: a word of the cell) */
            xbuf_putc(r->out, ' ');
        } else if (s->intbl) { /* (a paragraph of a cell: joined to the next) */
            if (r->njoins < MAX_JOINS)
                r->joins[r->njoins++] = r->out->len;
        } else {
            xbuf_putc(r->out, '\n');
        }
    } else if (strcmp(w, "cell") == 0) {
        if (s->skip)
            return;
        end_cell(r);
        xbuf_putc(r->out, '\t');
        r->cell_from = r->out->len;
    } else if (strcmp(w, "row") == 0) {
        if (s->skip)
            return;
        end_cell(r);
        if (r->out->len && r->out->data[r->out->len - 1] == '\t')
            r->out->len--;
        xbuf_putc(r->out, '\n');
        r->cell_from = r->out->len;
    } else if (strcmp(w, "tab") == 0 || strcmp(w, "line") == 0 || strcmp(w, "nestcell") == 0 ||
               strcmp(w, "nestrow") == 0 || strcmp(w, "page") == 0 || strcmp(w, "column") == 0) {
        if (!shown(s))
            return;
        flush(r); /* (a space, two after a digit: 12 and 345 a line apart are not 12 345) */
        size_t n = r->out->len;
        int digit = n && r->out->data[n - 1] >= '0' && r->out->data[n - 1] <= '9';
        xbuf_puts(r->out, digit ? "  " : " ");
    } else if (strcmp(w, "intbl") == 0) {
        s->intbl = 1;
    } else if (strcmp(w, "pard") == 0) {
        s->intbl = 0;
    } else if (strcmp(w, "plain") == 0) {
        s->hidden = s->struck = s->raised = 0;
    } else if (strcmp(w, "v") == 0) {
        s->hidden = (unsigned char)on;
    } else if (strcmp(w, "strike") == 0 || strcmp(w, "striked") == 0 ||
               strcmp(w, "deleted") == 0) { /* (struck, or deleted with changes tracked) */
        s->struck = (unsigned char)on;
    } else if (strcmp(w, "super") == 0 || strcmp(w, "sub") == 0 || strcmp(w, "up") == 0 ||
               strcmp(w, "dn") == 0) {
        s->raised = (unsigned char)on; /* (a note's mark: it would join a figure) */
    } else if (strcmp(w, "nosupersub") == 0) {
        s->raised = 0;
    } else if (strcmp(w, "uc") == 0 && has_p && p >= 0 && p <= 8) {
        s->uc = (int)p;
    } else if (strcmp(w, "u") == 0 && has_p) {
        long cp = p < 0 ? p + 65536 : p;
        if (shown(s) && r->skip_chars == 0) {
            flush(r);
            if (cp >= 0xD800 && cp < 0xDC00) { /* (a pair's first half: the second follows) */
                r->high = cp;
            } else if (cp >= 0xDC00 && cp < 0xE000 && r->high) {
                u8_put(r->out, (int32_t)(0x10000 + ((r->high - 0xD800) << 10) + (cp - 0xDC00)));
                r->high = 0;
            } else {
                u8_put(r->out, cp > 0 && cp < 0xD800 ? (int32_t)cp
                               : cp >= 0xE000 && cp < 0x110000 ? (int32_t)cp : 0xFFFD);
                r->high = 0;
            }
        }
        r->skip_chars = s->uc;
    } else if (strcmp(w, "ansicpg") == 0 && has_p) {
        r->codepage = (int)p;
    } else if (strcmp(w, "fcharset") == 0 && p == 134) {
        r->gbk_font = 1;
    } else {
        static const struct {
            const char *w, *t;
        } symbols[] = {{"emdash", "—"}, {"endash", "–"},     {"bullet", "•"},    {"lquote", "‘"},
                       {"rquote", "’"}, {"ldblquote", "“"}, {"rdblquote", "”"}, {"emspace", " "},
                       {"enspace", " "}};
        for (size_t k = 0; k < sizeof symbols / sizeof symbols[0]; k++)
            if (strcmp(w, symbols[k].w) == 0)
                put_text(r, s, symbols[k].t);
    }
}

static int hex(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

int rtf_to_text(xbuf *out, doc_links *links, const char *data, size_t len, char *err,
                size_t errcap)
{
    rtf_state stack[MAX_DEPTH + 1];
    int depth = 0, too_deep = 0;
    stack[0] = (rtf_state){0, 0, 0, 0, 0, 1, 0, 0, 0, 0};
    rtf_reader r = {.out = out, .cd = (iconv_t)-1, .cell_from = out->len, .links = links,
                    .inst_depth = -1, .rslt_depth = -1};
    xbuf_init(&r.bytes, 0); /* (a paragraph's bytes: as many as it has) */
    for (size_t i = 0; i < len && !r.bad && !out->failed;) {
        unsigned char c = (unsigned char)data[i];
        rtf_state *s = &stack[depth];
        if (c == '{') {
            if (depth == MAX_DEPTH) {
                too_deep = 1;
                break;
            }
            stack[depth + 1] = *s;
            stack[depth + 1].outer_skip = s->skip;
            depth++;
            i++;
        } else if (c == '}') {
            flush(&r);
            if (s->box && !s->box_cell && depth > 0 && !stack[depth - 1].box && out->len &&
                out->data[out->len - 1] != '\n')
                xbuf_putc(out, '\n'); /* (the text after the box on a line of its own) */
            if (depth == r.inst_depth) {
                r.inst_depth = -1;
                r.instr[r.ninstr] = '\0';
            } else if (depth == r.rslt_depth) { /* (a HYPERLINK's text) */
                char href[256];
                if (links_field_target(href, sizeof href, r.instr))
                    links_judge(r.links, out, r.rslt_at, NULL, href);
                r.rslt_depth = -1;
                r.ninstr = 0;
            }
            depth -= depth > 0;
            i++;
        } else if (c == '\\' && i + 1 < len) {
            unsigned char n = (unsigned char)data[i + 1];
            if ((n | 0x20) >= 'a' && (n | 0x20) <= 'z') {
                char w[32];
                size_t k = 0, j = i + 1;
                while (j < len && (((unsigned char)data[j] | 0x20) >= 'a' &&
                                   ((unsigned char)data[j] | 0x20) <= 'z')) {
                    if (k < sizeof w - 1)
                        w[k++] = data[j];
                    j++;
                }
                w[k] = '\0';
                long p = 0;
                int has_p = 0, neg = j < len && data[j] == '-';
                j += neg;
                while (j < len && data[j] >= '0' && data[j] <= '9') {
                    p = p < 100000000 ? p * 10 + (data[j] - '0') : p;
                    has_p = 1;
                    j++;
                }
                p = neg ? -p : p;
                if (j < len && data[j] == ' ')
                    j++; /* (the space that ends a control word is none of the text) */
                if (strcmp(w, "bin") == 0 && has_p && p > 0) {
                    j += (size_t)p < len - j ? (size_t)p : len - j; /* (binary data: passed) */
                } else {
                    control(&r, s, depth, w, p, has_p);
                }
                i = j;
            } else if (n == '\'') {
                int h = i + 3 < len ? hex(data[i + 2]) : -1, l = h >= 0 ? hex(data[i + 3]) : -1;
                if (l >= 0)
                    put_byte(&r, s, (unsigned char)(h * 16 + l));
                i += l >= 0 ? 4 : 2;
            } else {
                if (n == '*')
                    s->skip = 1; /* (a destination a reader may not know: none of the text) */
                else if (n == '\\' || n == '{' || n == '}')
                    put_byte(&r, s, n);
                else if (n == '~')
                    put_byte(&r, s, ' ');
                else if (n == '_')
                    put_byte(&r, s, '-');
                i += 2;
            }
        } else if (c == '\r' || c == '\n') {
            i++; /* (line breaks in the file are none of the text's) */
        } else {
            put_byte(&r, s, c);
            i++;
        }
    }
    flush(&r);
    if (r.cd != (iconv_t)-1)
        iconv_close(r.cd);
    int failed = out->failed || r.bytes.failed;
    xbuf_free(&r.bytes);
    if (failed) {
        snprintf(err, errcap, TR("内存不足", "out of memory"));
        return XXGK_ENOMEM;
    }
    if (r.bad) {
        snprintf(err, errcap,
                 TR("RTF 文件的编码无法转换", "the RTF file's encoding cannot be converted"));
        return r.bad;
    }
    if (too_deep) {
        snprintf(err, errcap,
                 TR("RTF 文件的分组嵌套超过 %d 层，更深处的文字无法读取",
                    "groups nested more than %d deep in the RTF file: the text further in "
                    "cannot be read"),
                 MAX_DEPTH);
        return XXGK_ELIMIT;
    }
    return 0;
}
