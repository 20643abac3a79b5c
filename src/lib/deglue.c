/*
 * Flattened text: a crawler's dump puts a whole report on one line, headings run into the text
 * and table cells glued together.  This pass puts line breaks back where the format says rows
 * start (section headings, row labels, captions), so the ordinary reader sees a row per line;
 * figures still glued to each other are split by the recognizer (see recognize.c).
 */
#define _GNU_SOURCE /* memmem */
#include "lib/deglue.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "lib/labels.h"
#include "util/text.h"
#include "xxgk/xxgk.h"

#define FLAT_LINE 1500 /* a report line this long is a flattened page */

/* Whether p[0..n) contains word: bounded to the line, so a long file is read once. */
static int line_has(const char *p, size_t n, const char *word)
{
    size_t l = strlen(word);
    for (const char *q = p; q + l <= p + n; q++)
        if (*q == *word && memcmp(q, word, l) == 0)
            return 1;
    return 0;
}

/* Length of word at p, glued or with spaces between its characters (a page's text joined
 * with a space between its pieces: 尚未 审结 总计), or 0. */
static size_t spaced_word(const char *p, const char *word)
{
    const char *q = p;
    for (const char *w = word; *w;) {
        unsigned char c = (unsigned char)*w;
        size_t cl = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; /* (word is valid UTF-8) */
        if (w != word)
            while (*q == ' ')
                q++;
        if (strncmp(q, w, cl) != 0)
            return 0;
        q += cl, w += cl;
    }
    return (size_t)(q - p);
}

int deglue_needed(const char *text)
{
    const char *p = text;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        if (n > FLAT_LINE && (line_has(p, n, "本年新收") || line_has(p, n, "第二十条")))
            return 1;
        if (!nl)
            break;
        p = nl + 1;
    }
    return 0;
}

typedef struct {
    char *text; /* folded official label */
    size_t len;
    int after;  /* also break after it: its figures follow */
} mark;

static int add_mark(mark **m, size_t *n, size_t *cap, const char *label, size_t len, int after)
{
    xbuf b;
    xbuf_init(&b, 1024);
    if (text_fold(&b, label, len, NULL, NULL) < 0 || !b.data) {
        xbuf_free(&b);
        return -1;
    }
    for (size_t i = 0; i < *n; i++)
        if (strcmp((*m)[i].text, b.data) == 0) {
            (*m)[i].after |= after;
            xbuf_free(&b);
            return 0;
        }
    if (*n == *cap) {
        size_t c = *cap ? *cap * 2 : 64;
        mark *p = realloc(*m, c * sizeof *p);
        if (!p) {
            xbuf_free(&b);
            return -1;
        }
        *m = p;
        *cap = c;
    }
    (*m)[*n].len = b.len;
    (*m)[*n].after = after;
    (*m)[(*n)++].text = xbuf_steal(&b);
    return 0;
}

/* Labels where a row starts, from both formats' tables, longest first so that a label is not
 * cut inside by a shorter one it contains. */
static int collect(mark **m, size_t *n)
{
    size_t cap = 0;
    static const xxgk_format_id ids[] = {XXGK_FORMAT_2021, XXGK_FORMAT_2019};
    for (size_t f = 0; f < 2; f++) {
        const xxgk_format_spec *spec = xxgk_format_get(ids[f]);
        for (int t = 0; t < XXGK_TABLE_COUNT - 1; t++) {
            const xxgk_table_spec *ts = &spec->tables[t];
            for (int i = 0; i < ts->nrows; i++) {
                const xxgk_row_spec *row = &ts->rows[i];
                int figures = row->ncols > 0 && !(row->flags & XXGK_ROW_GROUP);
                if (add_mark(m, n, &cap, row->label, strlen(row->label), figures) < 0)
                    return -1;
                /* (the line reader knows the row by its words; the cut needs its whole label) */
                for (const char *w = xxgk_row_printed(row); w && *w;) {
                    size_t wl = strcspn(w, "|");
                    if (add_mark(m, n, &cap, w, wl, figures) < 0)
                        return -1;
                    w += wl + (w[wl] == '|');
                }
                if (row->caption && t == XXGK_TABLE_ACTIVE &&
                    add_mark(m, n, &cap, row->caption, strlen(row->caption), 0) < 0)
                    return -1;
            }
        }
    }
    static const char *const extra[] = {"（本列数据的勾稽关系为", "信息内容"};
    for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++)
        if (add_mark(m, n, &cap, extra[i], strlen(extra[i]), 0) < 0)
            return -1;
    for (size_t i = 1; i < *n; i++)
        for (size_t j = i; j > 0 && (*m)[j - 1].len < (*m)[j].len; j--) {
            mark x = (*m)[j];
            (*m)[j] = (*m)[j - 1];
            (*m)[j - 1] = x;
        }
    return 0;
}

#define HEADING_CHARS 32 /* the longest title the line reader takes for a heading's */

/* Length of a section's number that p starts ("五、": 一 to 十 and 、), its value in *d; or 0. */
static size_t number_at(const char *p, size_t left, int *d)
{
    int32_t cp;
    size_t k = u8_next(p, left, &cp);
    *d = cn_digit(cp);
    return *d && left >= k + 3 && strncmp(p + k, "、", 3) == 0 ? k + 3 : 0;
}

/* Whether p starts an item's number, "(一)" or "（一）" (the text folded: "(一)"). */
static int item_at(const char *p, size_t left)
{
    int32_t cp;
    size_t k = u8_next(p, left, &cp);
    if (cp != '(' && cp != 0xFF08)
        return 0;
    size_t j = k + u8_next(p + k, left - k, &cp);
    if (!cn_digit(cp) || j >= left)
        return 0;
    u8_next(p + j, left - j, &cp);
    return cp == ')' || cp == 0xFF09;
}

/* Whether the title of a heading run into the text cannot go on at code point cp: the end of a
 * clause or a figure. */
static int title_stop(int32_t cp)
{
    static const int32_t stops[] = {'\n', ',', ';', ':', '!', '?', 0x3002, 0xFF0C, 0xFF1B,
                                    0xFF1A, 0xFF01, 0xFF1F};
    for (size_t i = 0; i < sizeof stops / sizeof stops[0]; i++)
        if (cp == stops[i])
            return 1;
    return cp >= '0' && cp <= '9';
}

/* Whether the numeral at text[i] goes on from the word before it, an ordinal or a list of
 * numbers (第二、 and 二、三、 within a sentence), and so numbers no heading. */
static int counted(const char *text, size_t i)
{
    if (i == 0)
        return 0;
    size_t a = i - 1; /* the first byte of the character before */
    while (a > 0 && ((unsigned char)text[a] & 0xC0) == 0x80)
        a--;
    int32_t cp;
    u8_next(text + a, i - a, &cp);
    return cp == 0x7B2C /* 第 */ || cn_digit(cp) || cp == 0x3001 /* 、 */;
}

/* Length of the heading p starts with its 、 left out ("一总体情况"), or 0: the numeral the
 * numbering expects, then that section's own title, no other words (the number in *d). */
static size_t bare_heading(const char *p, size_t left, int expect, int *d)
{
    int32_t cp;
    size_t k = u8_next(p, left, &cp);
    const char *own = cn_digit(cp) == expect ? xxgk_section_title(expect) : NULL;
    if (!own || left < k + strlen(own) || strncmp(p + k, own, strlen(own)) != 0)
        return 0;
    *d = expect;
    return k + strlen(own);
}

/* Length of the section heading that p starts, or 0: a section's number, then a title that
 * ends, as the format's titles do, in 情况, 事项 or 措施 within HEADING_CHARS characters (before
 * the end of a clause, a figure, or the next number) and names a standard section by the words
 * the line reader knows it by (labels_section_of: "四、因政府信息公开工作被申请行政复议、提起行政
 * 诉讼情况" as much as the official title), or any title where the numbering expects the next
 * section (expect: "五、信息处理费收取情况" after 四, as the line reader takes one).  Failing such
 * an end, a title that opens with its own section's words ends after them ("五、存在的主要问题
 * (一)…").  A standard title under another section's number ("五、其他需要报告的事项" after 五
 * already) is a heading too, for the checker to tell of the number; but not 总体情况, which
 * items may be titled, nor a row of table 三 numbered like a section (四、结转下年度继续办理). */
static size_t heading_at(const char *p, size_t left, int expect)
{
    int d;
    size_t k = number_at(p, left, &d), i = k, end = 0;
    int32_t first;
    /* (a numeral after it is an enumeration, 第二、三季度, not a heading) */
    if (!k || (u8_next(p + k, left - k, &first) && cn_digit(first)))
        return 0;
    for (int chars = 0; chars < HEADING_CHARS && i < left && !end; chars++) {
        int32_t cp;
        size_t n = u8_next(p + i, left - i, &cp);
        int next;
        if (strncmp(p + i, "情况", 6) == 0 || strncmp(p + i, "事项", 6) == 0 ||
            strncmp(p + i, "措施", 6) == 0)
            end = i + 6;
        else if (title_stop(cp) || number_at(p + i, left - i, &next) || item_at(p + i, left - i))
            break;
        i += n;
    }
    if (end) {
        char norm[HEADING_CHARS * 4 + 1];
        label_norm(norm, sizeof norm, p + k, end - k);
        if (labels_row_title_start(norm))
            return 0;
        int std = labels_section_of(norm);
        if (std == 1 && d != 1)
            return 0;
        if (std || d == expect)
            return end;
    }
    const char *keys = xxgk_section_keys(d), *t = p + k;
    while (*t == ' ')
        t++;
    for (const char *w = keys; w && *w;) {
        size_t n = strcspn(w, "|");
        if (strncmp(t, w, n) == 0)
            return (size_t)(t - p) + n;
        w += n + (w[n] == '|');
    }
    return 0;
}

/* The text being cut: the output, and where in the input each of its lines begins (each output
 * line is a contiguous run of the input, so an offset says where all of the line came from). */
typedef struct {
    xbuf *out;
    size_t *starts;
    size_t n, cap;
    int oom;
} cutter;

/* Record that the next line of output begins at input offset at, inserting it after index i. */
static void record_at(cutter *c, size_t i, size_t at)
{
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 256;
        size_t *p = realloc(c->starts, cap * sizeof *p);
        if (!p) {
            c->oom = 1;
            return;
        }
        c->starts = p;
        c->cap = cap;
    }
    memmove(c->starts + i + 1, c->starts + i, (c->n - i) * sizeof *c->starts);
    c->starts[i] = at;
    c->n++;
}

/* A line break that the input did not have, the next line beginning at input offset at. */
static void cut_at(cutter *c, size_t at)
{
    xbuf_putc(c->out, '\n');
    record_at(c, c->n, at);
}

/* A line break unless the output already ends one. */
static void newline(cutter *c, size_t at)
{
    if (c->out->len && c->out->data[c->out->len - 1] != '\n')
        cut_at(c, at);
}

/* Length of a date written 2025年1月23日 or 二〇二五年一月二十三日 (元月 for 1月 too) that ends
 * at end (text begins at start), or 0. */
static size_t date_before(const char *start, const char *end)
{
    static const char *const units[3] = {"日", "月", "年"};
    static const int digits[3][2] = {{1, 2}, {1, 2}, {4, 4}};
    static const int numerals[3][2] = {{1, 3}, {1, 2}, {4, 4}};
    const char *p = end;
    for (int part = 0; part < 3; part++) {
        /* (a page's text joined with spaces between its pieces: 202 5 年 1月 22 日) */
        while (part && p > start && p[-1] == ' ')
            p--;
        if (p - start < 3 || strncmp(p - 3, units[part], 3) != 0)
            return 0;
        p -= 3;
        if (part == 1 && p - start >= 3 && strncmp(p - 3, "元", 3) == 0) { /* (元月: January) */
            p -= 3;
            continue;
        }
        int d = 0;
        while (p > start && p[-1] == ' ')
            p--;
        while (p > start && d < 4) {
            if (p[-1] >= '0' && p[-1] <= '9')
                p--, d++;
            else if (p[-1] == ' ' && d && p - start >= 2 && p[-2] >= '0' && p[-2] <= '9')
                p--;
            else
                break;
        }
        if (d == 0) {
            int32_t cp;
            while (p - start >= 3 && u8_next(p - 3, 3, &cp) == 3 &&
                   (cn_digit(cp) || cn_zero(cp, 1)) && d < 4)
                p -= 3, d++;
            if (d < numerals[part][0] || d > numerals[part][1])
                return 0;
        } else if (d < digits[part][0] || d > digits[part][1]) {
            return 0;
        }
    }
    return (size_t)(end - p);
}

/* A line break put into the output at offset o, where a space was (replace) or before o: the
 * new line's input offset follows from that of the line it is cut from. */
static void cut_output(cutter *c, size_t o, int replace)
{
    const char *text = c->out->data;
    size_t line = 0, start = 0;
    for (size_t k = 0; k < o; k++)
        if (text[k] == '\n')
            line++, start = k + 1;
    if (line >= c->n)
        return;
    record_at(c, line + 1, c->starts[line] + (o - start) + (size_t)replace);
}

/* A flattened page's signature and date with the site's footer after them ("…交通运输局
 * 2025年1月22日 附件下载 扫一扫在手机上查看…"): in the last few kilobytes, the last date set
 * apart by spaces with a name of Chinese characters before it, itself set apart, or glued to
 * the text and a footer's first 【 ("…交通运输局2025年1月22日【打印本页】"); where the date ends,
 * its length in *dl, or 0. */
static size_t signed_before_footer(const char *text, size_t len, size_t *dl)
{
    size_t from = len > 4096 ? len - 4096 : 0;
    for (size_t e = len; e > from + 3; e--) {
        int bracket = strncmp(text + e, "【", 3) == 0;
        if (text[e] != ' ' && !bracket && e != len)
            continue;
        if ((*dl = date_before(text + from, text + e)) == 0)
            continue;
        const char *d = text + e - *dl, *name = d > text ? d - 1 : d;
        while (name > text && name[-1] == ' ')
            name--;
        const char *sig = name;
        while (sig > text && (unsigned char)sig[-1] >= 0x80)
            sig--;
        if ((d > text && d[-1] == ' ' && name - sig >= 6 && name - sig <= 60 && sig > text &&
             sig[-1] == ' ') ||
            (bracket && d > text && (unsigned char)d[-1] >= 0x80))
            return e;
    }
    *dl = 0;
    return len;
}

/* A flattened page whose report is followed by its attachments, the statistics tables printed
 * after it ("…平潭县人民政府 2013年1月16日 附件1：…统计表 …"): the date just before the first
 * " 附件1", " 附件：" or " 附表1" that has one; where the date ends, its length in *dl, or 0. */
static size_t signed_before_attachment(const char *text, size_t len, size_t *dl)
{
    *dl = 0;
    for (const char *a = text; (a = strstr(a, " 附")) != NULL && a < text + len; a++) {
        if (!labels_attachment_at(a + 1))
            continue;
        size_t e = (size_t)(a - text);
        while (e && text[e - 1] == ' ')
            e--;
        if ((*dl = date_before(text, text + e)) != 0)
            return e;
    }
    return len;
}

/* Where a trailer after the signature's date begins on the line ending at text[len), or len:
 * the note of how the document is released, (此件主动公开), or an official document's copy
 * list, 抄送：… 印发. */
static size_t trailer_start(const char *text, size_t len)
{
    static const char *const notes[] = {"(此件主动公开)", "（此件主动公开）", "(此件公开发布)",
                                        "（此件公开发布）"};
    for (size_t i = 0; i < sizeof notes / sizeof notes[0]; i++) {
        size_t n = strlen(notes[i]);
        if (len >= n && memcmp(text + len - n, notes[i], n) == 0)
            return len - n;
    }
    size_t b = len;
    while (b && text[b - 1] != '\n' && len - b < 300)
        b--;
    size_t copy = len;
    for (size_t i = b + 1; i + 6 <= len; i++)
        if (memcmp(text + i, "抄送", 6) == 0)
            copy = i;
    return copy;
}

/* Length of the word the piece sig[0..end) opens with that is section 六's own text glued to the
 * agency's name ("…事项 无平潭综合实验区行政审批局 2020年1月2日"): 无 or 暂无, where the rest is
 * a name the text printed before without that word (in its title), so that it is no part of
 * the name (无锡市… is printed so everywhere); else 0. */
static size_t word_before_name(const char *text, const char *sig, const char *end)
{
    static const char *const words[] = {"暂无", "无"};
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
        size_t wl = strlen(words[k]);
        const char *name = sig + wl;
        if (end - name < 12 || memcmp(sig, words[k], wl) != 0) /* (four characters at least) */
            continue;
        size_t nl = (size_t)(end - name);
        for (const char *q = text; q < sig && (q = memmem(q, (size_t)(sig - q), name, nl)) != NULL;
             q++)
            if (q - text < (ptrdiff_t)wl || memcmp(q - wl, words[k], wl) != 0)
                return wl;
        return 0;
    }
    return 0;
}

/* The signature and date that close a flattened page sit at the end of its last line, glued
 * to the text or after a space (a few short lines of the site's after it, 打印本页 关闭窗口,
 * passed over, or a page number, or the site's footer on the same line): give them lines of
 * their own. */
static void split_signature(cutter *c)
{
    xbuf *out = c->out;
    char *text = out->data;
    size_t len = out->len, dl = 0;
    for (int lines = 0; lines < 6 && !dl; lines++) {
        while (len && (text[len - 1] == '\n' || text[len - 1] == ' '))
            len--;
        /* (a page number after it, set apart: "2022 年 1 月 25 日   -3-") */
        size_t k = len;
        while (k && text[k - 1] == '-')
            k--;
        size_t digits = k;
        while (k && text[k - 1] >= '0' && text[k - 1] <= '9' && digits - k < 4)
            k--;
        while (k && text[k - 1] == '-' && digits > k)
            k--;
        if (k < digits && k && text[k - 1] == ' ' && (len > digits || text[k] == '-'))
            for (len = k; len && text[len - 1] == ' ';)
                len--;
        for (len = trailer_start(text, len); len && text[len - 1] == ' ';)
            len--;
        dl = date_before(text, text + len);
        size_t b = len; /* (else the line before: this one short, and not the first) */
        while (!dl && b && text[b - 1] != '\n')
            b--;
        if (!dl && (!b || len - b > 300))
            break;
        if (!dl)
            len = b;
    }
    if (!dl)
        len = signed_before_footer(text, out->len, &dl);
    if (!dl)
        len = signed_before_attachment(text, out->len, &dl);
    if (!dl || len == dl)
        return;
    if (len < out->len && text[len] == ' ' && !memchr(text + len, '\n', out->len - len - 1)) {
        cut_output(c, len, 1); /* (a page number or a footer after the date: a line of its own) */
        text[len] = '\n';
    } else if (len < out->len &&
               (strncmp(text + len, "【", 3) == 0 ||
                trailer_start(text, len + strcspn(text + len, "\n")) == len) &&
               xbuf_grow(out, 1) == 0) {
        /* (a mark of the site's, 【打印】, or a trailer, 抄送…, glued to the date) */
        text = out->data;
        cut_output(c, len, 0);
        memmove(text + len + 1, text + len, out->len - len + 1);
        text[len] = '\n';
        out->len++;
    }
    char *date = text + len - dl;
    if (date[-1] == '\n')
        return;
    /* Room for the line break: the date moves one byte right. */
    if (xbuf_grow(out, 1) < 0)
        return;
    text = out->data;
    date = text + len - dl;
    int spaced = date[-1] == ' ';
    cut_output(c, (size_t)(date - text) - (size_t)spaced, spaced);
    if (spaced) {
        date[-1] = '\n';
    } else {
        memmove(date + 1, date, out->len - (size_t)(date - text) + 1);
        *date = '\n';
        out->len++;
        date++;
    }
    /* The agency's name before it, after a space, is the signature (spaces set it apart from
     * the date, as a PDF's text right-aligns both). */
    char *name_end = date - 1;
    while (name_end > text && name_end[-1] == ' ')
        name_end--;
    char *sig = name_end;
    while (sig > text && sig[-1] != ' ' && sig[-1] != '\n')
        sig--;
    if (sig > text && sig[-1] == ' ' && name_end - sig <= 60 && name_end > sig) {
        cut_output(c, (size_t)(sig - 1 - text), 1);
        sig[-1] = '\n';
        /* (section 六's 无 glued to the name stays the section's: a line of its own) */
        size_t wl = word_before_name(text, sig, name_end), at = (size_t)(sig - text) + wl;
        if (wl && xbuf_grow(out, 1) == 0) {
            text = out->data;
            cut_output(c, at, 0);
            memmove(text + at + 1, text + at, out->len - at + 1);
            text[at] = '\n';
            out->len++;
        }
    }
}

/* Whether c separates the pieces of a page's text: its menus, breadcrumbs, <title> parts. */
static int piece_end(char c)
{
    return c == ' ' || c == '_' || c == '|' || c == '>' || c == ':' || c == '\n' || c == '\0';
}

/* The title in a flattened line before the tables (end): a piece of the page's text that names
 * the report (…信息公开…年度报告), among its menus or first in its <title> ("…年度报告_政府信息
 * 公开年报_…"); its offset in *at and its length, 0 when none.  A title on a line of its own
 * (a crawler's "标题: …") is left where it is. */
static size_t title_span(const char *text, const char *end, size_t *at)
{
    static const char tail[] = "年度报告";
    /* (what opens the text after a title glued to it) */
    static const char *const opening[] = {"本报告", "根据", "依据", "按照"};
    for (const char *q = strstr(text, tail); q && q < end; q = strstr(q + 1, tail)) {
        const char *stop = q + strlen(tail), *b = q;
        while (b > text && !piece_end(b[-1]) && stop - b < 240)
            b--;
        /* (a year set apart by spaces, "测试市交通运输局 2024 年…": the name and year too) */
        const char *y = b;
        if (strncmp(y, "年", strlen("年")) == 0 && y - text >= 2 && y[-1] == ' ' &&
            y[-2] >= '0' && y[-2] <= '9')
            for (y -= 1; y > text && y[-1] >= '0' && y[-1] <= '9';)
                y--;
        if (y > text + 1 && y[-1] == ' ' && *y >= '0' && *y <= '9') {
            const char *name = y - 1;
            while (name > text && !piece_end(name[-1]) && (unsigned char)name[-1] >= 0x80)
                name--;
            if (y - 1 - name >= 6 && y - 1 - name <= 90 && (name == text || piece_end(name[-1])))
                y = name;
        }
        b = y < b ? y : b;
        int opens = 0, digits = 0; /* (or a year: "…年度报告2024年，我局…") */
        while (digits < 4 && stop[digits] >= '0' && stop[digits] <= '9')
            digits++;
        const char *after = stop + digits;
        while (digits == 4 && *after == ' ')
            after++;
        opens = digits == 4 && strncmp(after, "年", strlen("年")) == 0;
        for (size_t k = 0; k < sizeof opening / sizeof opening[0] && !opens; k++)
            opens = strncmp(stop, opening[k], strlen(opening[k])) == 0;
        if (!(piece_end(*stop) || opens) || (b > text && !piece_end(b[-1])) || stop - b < 30)
            continue;
        size_t n = (size_t)(stop - b);
        if (!(line_has(b, n, "信息公开") || line_has(b, n, "政务公开")) || memchr(b, ',', n) ||
            line_has(b, n, "\xe3\x80\x82"))
            continue;
        /* (the first title-like piece decides: its line measured once) */
        const char *ls = b, *le = strchr(stop, '\n');
        while (ls > text && ls[-1] != '\n')
            ls--;
        if ((le ? (size_t)(le - ls) : strlen(ls)) <= FLAT_LINE)
            return 0;
        *at = (size_t)(b - text);
        return n;
    }
    return 0;
}

/* Where the words glued to the last figure of a run at p begin, when they cannot be the
 * figure's own: a Chinese word or a mark of the text ("…总计10000100000000000我局严格…",
 * "收费5。全年…"), an item's number ("收费5949.09(二)主动公开…"), or a year ("…继续办理
 * 20000022025年，…": the run's last four digits are 2025年's); digits..k is the run.  0 where
 * they may be its own: a unit (5件, 12.5万元, 3月), a year alone (2025年), or no word. */
static size_t glued_words(const char *p, size_t digits, size_t k)
{
    static const char *const units[] = {"件", "条", "个", "项", "次", "起", "宗", "人", "份",
                                        "万", "元", "亿", "月", "日", "%", "％", "页", "笔"};
    int32_t cp;
    u8_next(p + k, 4, &cp);
    if (strncmp(p + k, "年", 3) == 0) {
        size_t y = k;
        while (y > 0 && y + 4 > k && p[y - 1] >= '0' && p[y - 1] <= '9')
            y--;
        int year = k - y == 4 ? atoi(p + y) : 0;
        return year >= 1990 && year <= 2099 && y > digits && p[y - 1] >= '0' && p[y - 1] <= '9'
                   ? y
                   : 0;
    }
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++)
        if (strncmp(p + k, units[u], strlen(units[u])) == 0)
            return 0;
    if (text_no_figure(p + k, strcspn(p + k, " \n")))
        return 0; /* (a word in a figure's place: 无) */
    if (item_at(p + k, strcspn(p + k, "\n")))
        return k; /* (a figure's unit in brackets is no numeral: 35(件)) */
    return (cp >= 0x4E00 && cp <= 0x9FFF) || cp == 0x3002 || cp == 0xFF0C || cp == 0xFF1B ? k : 0;
}

/* Where the figures after section 四's header at p end, when words set apart by a space follow
 * them ("…尚未审结总计 000000000000000 信息处理费收取情况…"), or a section's number glued to
 * them ("…0七、…"), or words that cannot be the last figure's own glued to it (glued_words):
 * their offset in p, to begin a line of their own; else 0 (no figures, other words glued to the
 * last figure, which may be the words' own as in "0 2024年", or a word printed in a figure's
 * place: 无). */
static size_t after_figures(const char *p)
{
    size_t k = 0;
    int digits = 0, d;
    for (; (p[k] >= '0' && p[k] <= '9') || p[k] == ' '; k++)
        digits |= p[k] != ' ';
    int32_t cp;
    size_t word = strcspn(p + k, " \n");
    if (!digits || !word)
        return 0;
    if (number_at(p + k, word, &d))
        return k;
    if (p[k - 1] != ' ')
        return glued_words(p, 0, k);
    if (text_no_figure(p + k, word))
        return 0;
    u8_next(p + k, word, &cp);
    return cp >= 0x4E00 && cp <= 0x9FFF ? k : 0; /* (a Chinese word) */
}

/* Where the narrative glued to a table's last row begins, after the row's figures at p (its
 * label just cut off: "行政事业性收费02025年，我局…", "四、结转下年度继续办理20000022025年，…"):
 * its offset in p, or 0 where the figures run into a label, a unit or nothing. */
static size_t row_then_words(const char *p)
{
    size_t k = 0;
    while ((p[k] >= '0' && p[k] <= '9') || p[k] == ' ' ||
           (p[k] == '.' && k && p[k - 1] >= '0' && p[k - 1] <= '9' && p[k + 1] >= '0' &&
            p[k + 1] <= '9'))
        k++;
    return k && p[k - 1] != ' ' ? glued_words(p, 0, k) : 0;
}

/* Whether p, after a row's number, goes on as a numbered label does: a dot or 、 and a Chinese
 * word ("7.属于…", "7、属于…"). */
static int item_number(const char *p, size_t left)
{
    size_t k = left && (*p == '.') ? 1
               : left >= 3 && (strncmp(p, "、", 3) == 0 || strncmp(p, "．", 3) == 0) ? 3
                                                                                      : 0;
    int32_t cp;
    return k && k < left && u8_next(p + k, left - k, &cp) > 0 && cp >= 0x4E00 && cp <= 0x9FFF;
}

/* Length of 其他 at text[i], within the tables (first..last), where a figure comes before it and
 * after it, a space apart or glued ("…0其他1…", "… 0 其他 1 …"); else 0. */
static size_t other_row_at(const char *text, size_t i, size_t len, const char *first,
                           const char *last)
{
    static const char word[] = "其他";
    const size_t wl = sizeof word - 1;
    const char *p = text + i;
    if (p < first || p >= last || len - i <= wl || memcmp(p, word, wl) != 0)
        return 0;
    size_t b = i, a = i + wl;
    if (b && text[b - 1] == ' ')
        b--;
    if (a < len && text[a] == ' ')
        a++;
    return b && text[b - 1] >= '0' && text[b - 1] <= '9' && a < len && text[a] >= '0' &&
                   text[a] <= '9'
               ? wl
               : 0;
}

/* Length of a unit in brackets that p[0..left) opens with, "(元)", "(万元)" (the text folded:
 * half-width brackets), or 0. */
static size_t unit_after(const char *p, size_t left)
{
    if (!left || *p != '(')
        return 0;
    const char *close = memchr(p, ')', left < 16 ? left : 16);
    size_t n = close ? (size_t)(close - p) + 1 : 0;
    return n && text_unit_at(p, n) ? n : 0;
}

/* Whether one of the marks m[0..n) begins at p (the next row's label: cut there anyway). */
static int starts_mark(const mark *m, size_t n, const unsigned char *lead, const char *p)
{
    for (size_t k = 0; lead[(unsigned char)*p] && k < n; k++)
        if (*p == *m[k].text && spaced_word(p, m[k].text) > 0)
            return 1;
    return 0;
}

/* Turn the input offsets where output lines begin into lines and columns of the input. */
static deglue_pos *positions(const cutter *c, const char *text, size_t len)
{
    deglue_pos *where = malloc((c->n ? c->n : 1) * sizeof *where);
    if (!where)
        return NULL;
    unsigned line = 1, column = 1;
    size_t j = 0;
    for (size_t k = 0; k < c->n; k++) {
        size_t at = c->starts[k] < len ? c->starts[k] : len;
        for (; j < at; j++) {
            if (text[j] == '\n')
                line++, column = 1;
            else if (((unsigned char)text[j] & 0xC0) != 0x80)
                column++;
        }
        where[k] = (deglue_pos){line, column};
    }
    return where;
}

/* The marks, prepared once for every flattened report (and kept: they are the same for all). */
static pthread_once_t marks_once = PTHREAD_ONCE_INIT;
static mark *marks;
static size_t nmarks;
static unsigned char marks_lead[256]; /* first bytes of the labels: most positions skip fast */

static void prepare_marks(void)
{
    if (collect(&marks, &nmarks) < 0) {
        for (size_t i = 0; i < nmarks; i++)
            free(marks[i].text);
        free(marks);
        marks = NULL;
        nmarks = 0;
        return;
    }
    for (size_t k = 0; k < nmarks; k++)
        marks_lead[(unsigned char)marks[k].text[0]] = 1;
}

int deglue(xbuf *out, deglue_pos **where, size_t *nwhere, const char *text, size_t len)
{
    *where = NULL;
    *nwhere = 0;
    pthread_once(&marks_once, prepare_marks);
    if (!marks)
        return -1;
    const mark *m = marks;
    const size_t n = nmarks;
    const unsigned char *lead = marks_lead;
    /* Labels are looked for only where the tables are: from the first caption or row to the
     * figures of section 四, so that words in the narrative stay where they are. */
    const char *first = strstr(text, "第二十条");
    const char *req = strstr(text, "本年新收");
    if (!first || (req && req < first))
        first = req;
    const char *last = NULL;
    for (const char *q = strstr(text, "尚未"); q; q = strstr(q + 1, "尚未")) {
        size_t k = spaced_word(q, "尚未审结总计");
        if (k)
            last = q + k;
    }
    if (!first)
        first = text + len;
    if (!last || last < first)
        last = text + len;
    /* Real tables span tens of kilobytes; a longer span is not a report's tables. */
    if (last - first > (1 << 20)) {
        last = first + (1 << 20);
        while (last > first && ((unsigned char)*last & 0xC0) == 0x80)
            last--; /* (on a character's first byte: a line break never splits one) */
    }
    size_t title_at = 0, title_len = title_span(text, first, &title_at);
    cutter c = {out, NULL, 0, 0, 0};
    record_at(&c, 0, 0);
    size_t i = 0;
    int expect = 1; /* the number of the section the headings so far make next */
    size_t words_at = 0; /* where words after section 四's figures begin, when apart from them */
    while (i < len) {
        const char *p = text + i;
        if (i == words_at)
            newline(&c, i);
        int number;
        size_t h = 0;
        if (number_at(p, len - i, &number))
            h = counted(text, i) ? 0 : heading_at(p, len - i, expect);
        else if ((h = bare_heading(p, len - i, expect, &number)) && counted(text, i))
            h = 0;
        if (title_len && i == title_at) {
            newline(&c, i);
            xbuf_put(out, p, title_len);
            newline(&c, i + title_len);
            i += title_len;
            continue;
        } else if (h) {
            /* The heading on a line of its own, so the section's text starts after it. */
            expect = number + 1;
            newline(&c, i);
            xbuf_put(out, p, h);
            newline(&c, i + h);
            i += h;
            continue;
        } else if (p >= first && p < last && lead[(unsigned char)*p]) {
            /* A row's number typed twice, "0000000三三、本年度办理结果": the first is the
             * label's, not glued to the figures before it. */
            size_t twice = 0;
            int32_t cp;
            int d;
            size_t cl = u8_next(p, len - i, &cp);
            if (cn_digit(cp) && cl < len - i && memcmp(p, p + cl, cl) == 0 &&
                number_at(p + cl, len - i - cl, &d))
                twice = cl;
            size_t k, got = 0;
            for (k = 0; k < n; k++)
                if (*p == *m[k].text && (got = spaced_word(p + twice, m[k].text)) > 0)
                    break;
            if (k < n) {
                got += twice;
                if (m[k].after) /* (its unit in brackets, 政府集中采购(元), is the label's) */
                    got += unit_after(p + got, len - i - got);
                newline(&c, i);
                xbuf_put(out, p, got);
                if (m[k].after) {
                    cut_at(&c, i + got);
                    size_t w = row_then_words(p + got);
                    if (w && !starts_mark(m, n, lead, p + got + w))
                        words_at = i + got + w;
                }
                i += got;
                continue;
            }
        }
        /* （六）'s last row printed without its number, 其他 between two rows' figures ("…申请
         * 0000000其他1010002（七）总计…", a space on either side or none): a row of its own,
         * its figures after it, as 3.其他 would be (no other label is 其他 and a figure). */
        size_t ow = other_row_at(text, i, len, first, last);
        if (ow) {
            newline(&c, i);
            xbuf_put(out, p, ow);
            cut_at(&c, i + ow);
            i += ow;
            continue;
        }
        /* A row's number glued to the figures before it, its label not one of the marks (a
         * typo, 行政执法案件): "00000007.属于…" is 0000000 and 7.属于…, as no figure is
         * followed by a dot and a word. */
        if (p >= first && p < last && i > 0 && p[-1] >= '0' && p[-1] <= '9' && *p >= '1' &&
            *p <= '9' && item_number(p + 1, len - i - 1))
            newline(&c, i);
        xbuf_putc(out, *p);
        i++;
        if (*p == '\n')
            record_at(&c, c.n, i);
        if (p + 1 == last) {
            cut_at(&c, i); /* section 四's header ends here; its figures follow */
            size_t k = after_figures(text + i);
            words_at = k ? i + k : 0;
        }
    }
    if (!out->failed)
        split_signature(&c);
    if (!out->failed && !c.oom && (*where = positions(&c, text, len)) != NULL)
        *nwhere = c.n;
    free(c.starts);
    return *where ? 0 : -1;
}
