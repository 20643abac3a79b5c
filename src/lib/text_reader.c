/*
 * The text reader: bytes in any supported encoding -> folded UTF-8 lines -> sections, title,
 * agency, year, publication date -> rows of cells -> the table recognizer.
 */
#define _GNU_SOURCE /* memmem */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "lib/boxed_text.h"
#include "lib/csv_text.h"
#include "lib/deglue.h"
#include "lib/labels.h"
#include "lib/doc_text.h"
#include "lib/ole.h"
#include "lib/mime_text.h"
#include "lib/odt_text.h"
#include "lib/rtf_text.h"
#include "lib/traditional.h"
#include "lib/ofd_text.h"
#include "lib/docx_text.h"
#include "lib/xls_text.h"
#include "lib/xlsx_text.h"
#include "lib/package.h"
#include "lib/error.h"
#include "lib/html_text.h"
#include "lib/pdf_text.h"
#include "lib/layout.h"
#include "lib/links.h"
#include "lib/recognize.h"
#include "lib/report_impl.h"
#include "util/encoding.h"
#include "util/text.h"

#define DEFAULT_MAX_BYTES ((size_t)256 << 20)
#define MAX_SECTIONS 64

static const char *skip_markup(const char *s)
{
    for (size_t k;;)
        if (*s == ' ' || *s == '\t' || *s == '#' || *s == '*' || *s == '>')
            s++;
        else if (*s == '<' && (k = text_tag(s, strnlen(s, 200))) > 0) /* (a crawler's <b>) */
            s += k;
        else
            return s;
}

/* The section number p opens with (一 to 十), or 0; *after is past it, *next the code point
 * there (-1 at the end) and *next_len its length. */
static int numeral_at(const char *p, const char **after, int32_t *next, size_t *next_len)
{
    int32_t cp = -1;
    size_t k = *p ? u8_next(p, strnlen(p, 4), &cp) : 0;
    int d = cn_digit(cp);
    *after = p + (d ? k : 0);
    *next = -1;
    *next_len = d && **after ? u8_next(*after, strnlen(*after, 4), next) : 0;
    return d;
}

/* Parse a section heading: a Chinese numeral, then 、 . or a space, then a short title.  Sets
 * *number and the title span; returns 1 if the line looks like one. */
static int parse_heading(const char *line, int *number, const char **title, size_t *tlen)
{
    const char *p;
    int32_t cp;
    size_t k;
    int d = numeral_at(skip_markup(line), &p, &cp, &k);
    if (!d || cn_digit(cp)) /* (十一 and the like: not a report section) */
        return 0;
    const char *own = d <= 6 ? xxgk_section_title(d) : NULL;
    if (cp == 0x3001 || cp == '.' || cp == ',' || cp == 0xFF0E)
        p += k;
    else if (cp == ' ')
        p += 1;
    else if (!own || strcmp(p, own) != 0) /* ("一总体情况": its own title, the 、 left out) */
        return 0;
    while (*p == ' ')
        p++;
    size_t n = strlen(p);
    for (int again = 1; again;) {
        again = 0;
        while (n && (p[n - 1] == ' ' || p[n - 1] == '*' || p[n - 1] == '#' || p[n - 1] == '\t'))
            n--;
        size_t tag = text_tag_before(p, n); /* (a tag closing the heading: "…情况</b>") */
        n -= tag;
        again = tag > 0;
    }
    size_t chars = u8_count(p, n);
    if (chars < 2 || chars > 32)
        return 0;
    /* a table row numbered like a section, its figures in cells after it ("四、结转下一年度
     * 继续办理\t2\t0..."): no heading, whatever its words */
    const char *tab = memchr(p, '\t', n);
    if (tab && strpbrk(tab, "0123456789") && (size_t)(strpbrk(tab, "0123456789") - p) < n)
        return 0;
    if (n >= 3 && (memcmp(p + n - 3, "\xe3\x80\x82", 3) == 0 /* 。 */ || p[n - 1] == ';'))
        return 0;
    *number = d;
    *title = p;
    *tlen = n;
    return 1;
}

/* What line (past its markup) is in a table of contents: -1 its heading (目录), the number of
 * a numbered entry ("三、收到和处理……3"), 0 neither. */
static int toc_entry(const char *line)
{
    const char *p = line; /* (past its markup) */
    char tight[16];
    size_t k = 0;
    for (; *p && k + 1 < sizeof tight; p++)
        if (*p != ' ')
            tight[k++] = *p;
    tight[k] = '\0';
    if (!*p && strcmp(tight, "目录") == 0)
        return -1;
    int32_t cp;
    size_t len;
    int d = numeral_at(line, &p, &cp, &len);
    return cp == 0x3001 ? d : 0; /* (、) */
}

/* A standard section's numbered title with its first sentence on the same line ("六、其他需要
 * 报告的事项：本年度未收取信息处理费。"), which parse_heading does not take for a heading: its
 * number, title and where the text after it begins.  (Only the standard title exactly: a
 * title with words of its own is a heading line of its own.) */
static int inline_heading(const char *line, int *number, const char **title, size_t *tlen,
                          const char **rest)
{
    const char *p;
    int32_t cp;
    size_t k;
    int d = numeral_at(skip_markup(line), &p, &cp, &k);
    const char *std = d >= 1 && d <= 6 ? xxgk_section_title(d) : NULL;
    if (!std || (cp != 0x3001 && cp != '.' && cp != 0xFF0E))
        return 0;
    p += k;
    p += strspn(p, " ");
    size_t sl = strlen(std);
    if (strncmp(p, std, sl) != 0)
        return 0;
    const char *q = p + sl;
    q += strspn(q, "*");
    static const char *const seps[] = {"\xef\xbc\x9a" /* ： */, ":", "\xe3\x80\x82" /* 。 */,
                                       " ", "\t"};
    int sep = 0;
    for (size_t i = 0; i < sizeof seps / sizeof seps[0] && !sep; i++)
        if (strncmp(q, seps[i], strlen(seps[i])) == 0) {
            q += strlen(seps[i]);
            sep = 1;
        }
    q += strspn(q, " \t");
    /* (without a mark between them, a sentence: "…事项本年度未收取信息处理费。", as a page's
     * bold title runs into its paragraph) */
    if (!*q || (!sep && u8_count(q, strlen(q)) < 4))
        return 0;
    *number = d;
    *title = p;
    *tlen = sl;
    *rest = q;
    return 1;
}

/* A line of n bytes at *t without the backslash Markdown puts before a mark that opens it to
 * keep it text ("\\# 1", as md writes): its new length, *t moved past it. */
static size_t unescaped(const char **t, size_t n)
{
    if (n > 1 && (*t)[0] == '\\' && strchr(MD_LINE_MARKS, (*t)[1])) {
        ++*t;
        return n - 1;
    }
    return n;
}

/* A section number other than 一、 before a title ("1.", "1、", "（一）", "第一部分"): what
 * follows it, its number in *number (0 when none). */
static const char *skip_numbering(const char *s, int *number)
{
    *number = 0;
    int32_t cp;
    size_t k = u8_next(s, strnlen(s, 4), &cp); /* (a code point at most: lines can be long) */
    const char *p = s + k;
    int d = 0;
    if (cp >= '1' && cp <= '9') { /* 1. 1、 1 */
        d = (int)(cp - '0');
        k = u8_next(p, strnlen(p, 4), &cp);
        if (cp != '.' && cp != 0x3001 && cp != 0xFF0E && cp != ' ')
            return s;
        p += k;
    } else if (cp == 0xFF08 || cp == '(') { /* （一） */
        k = u8_next(p, strnlen(p, 4), &cp);
        if (!(d = cn_digit(cp))) /* (never past the line's end: a NUL is no digit) */
            return s;
        p += k;
        k = u8_next(p, strnlen(p, 4), &cp);
        if (cp != 0xFF09 && cp != ')')
            return s;
        p += k;
    } else if (cp == 0x7B2C) { /* 第一部分 */
        k = u8_next(p, strnlen(p, 4), &cp);
        d = cp >= '1' && cp <= '9' ? (int)(cp - '0') : cn_digit(cp);
        if (!d)
            return s;
        p += k;
        if (strncmp(p, "部分", strlen("部分")) != 0)
            return s;
        p += strlen("部分");
    } else {
        return s;
    }
    while (*p == ' ' || *p == '\t' || strncmp(p, "\u3001", 3) == 0 || *p == ':')
        p += *p == ' ' || *p == '\t' || *p == ':' ? 1 : 3;
    *number = d;
    return p;
}

/* Headings numbered from 一 again right under a section, up to the next section by its number
 * and title (一、总体情况, then 一、主动公开情况, 二、依申请公开情况, …, then 二、主动公开政府信息
 * 情况): the section's own items, numbered as sections are.  Taken out of tmp[0..*n) (their
 * lines stay in the section's text) and told.  (Items after 六 are no headings already: an
 * unknown title is one only where the numbering expects it.) */
static void nested_items(xxgk_report *r, xxgk_section *tmp, const char **rest, size_t *n)
{
    for (size_t a = 0; a + 1 < *n; a++) {
        int parent = tmp[a].number;
        size_t m = 0, alike = 0;
        while (a + 1 + m < *n && tmp[a + 1 + m].number == (int)m + 1) {
            alike += tmp[a + 1 + m].standard == tmp[a + 1 + m].number;
            m++;
        }
        size_t b = a + 1 + m;
        /* (a table of contents, or sections numbered wrong, have their own titles) */
        if (parent < 1 || !tmp[a].standard || m == 0 || 2 * alike >= m)
            continue;
        if (b == *n || tmp[b].number != parent + 1 || tmp[b].standard != parent + 1)
            continue;
        xbuf zh, en;
        xbuf_init(&zh, 0);
        xbuf_init(&en, 0);
        const char *numeral = xxgk_section_numeral(parent);
        xbuf_printf(&zh, "“%s、%s”之下的小标题：", numeral, tmp[a].title);
        xbuf_printf(&en, "headings under \"%s、%s\": ", numeral, tmp[a].title);
        for (size_t k = 0; k < m && k < 5; k++) {
            const xxgk_section *it = &tmp[a + 1 + k];
            xbuf_printf(&zh, "%s%s、%s", k ? "；" : "", xxgk_section_numeral(it->number),
                        it->title);
            xbuf_printf(&en, "%s%s、%s", k ? "; " : "", xxgk_section_numeral(it->number),
                        it->title);
        }
        if (m > 5) {
            xbuf_printf(&zh, "等 %zu 个", m);
            xbuf_printf(&en, " (%zu in all)", m);
        }
        if (zh.failed || en.failed)
            r->oom = 1;
        else
            rep_diag(r, "format-item-numbering", tmp[a + 1].line, zh.data, en.data);
        xbuf_free(&zh);
        xbuf_free(&en);
        memmove(&tmp[a + 1], &tmp[b], (*n - b) * sizeof *tmp);
        memmove(&rest[a + 1], &rest[b], (*n - b) * sizeof *rest);
        *n -= m;
    }
}

static int find_sections(xxgk_report *r)
{
    xxgk_section tmp[MAX_SECTIONS];
    size_t n = 0;
    int expect = 1;
    char norm[256];
    /* the standard sections headed 一、…, found when first needed (rarely): where a report has
     * one, a line like "（二）主动公开政府信息情况" is an item of section 一, not that section
     * numbered otherwise */
    unsigned char headed[7] = {0};
    int headed_known = 0;
    const char *rest[MAX_SECTIONS]; /* text on a heading's line after its title, or NULL */
    int toc = -1; /* in a table of contents (目录): the last entry's number; -1 outside one */
    /* Sections headed 第一部分 … 第六部分, or （一）…（六） (three or more by their standard
     * titles, numbered as the format numbers them: "（二）主动公开政府信息情况" may be an item
     * of section 一) have their items numbered 一、二、: those are no sections, unless as many
     * sections are headed 一、… too. */
    int parts = 0;
    for (unsigned i = 0; i < r->nlines && parts < 3; i++) {
        const char *l = skip_markup(r->lines[i]);
        int written = 0, part = strncmp(l, "第", strlen("第")) == 0;
        if (!part && strncmp(l, "（", strlen("（")) != 0 && *l != '(')
            continue;
        const char *t = skip_numbering(l, &written);
        if (!written || t == l || strnlen(t, 121) > 120 || /* (a heading, not a paragraph) */
            (!part && written > 6))
            continue;
        label_norm(norm, sizeof norm, t, strlen(t));
        parts += part ? labels_section_of(norm) != 0
                      : label_match(norm, xxgk_section_keys(written), 0);
    }
    for (unsigned i = 0, plain = 0; parts >= 3 && i < r->nlines; i++) {
        int hn;
        const char *ht;
        size_t hl;
        if (parse_heading(r->lines[i], &hn, &ht, &hl)) {
            label_norm(norm, sizeof norm, ht, hl);
            if (labels_section_of(norm) == hn && ++plain >= 3)
                parts = 0;
        }
    }
    for (unsigned i = 0; i < r->nlines && n < MAX_SECTIONS; i++) {
        int number;
        const char *title, *after = NULL;
        size_t tlen;
        const char *m = skip_markup(r->lines[i]);
        /* A table of contents lists the headings before the sections: its entries (with their
         * dots and page numbers) are no sections; it ends where the numbering starts again. */
        int entry = n == 0 || toc >= 0 ? toc_entry(m) : 0;
        if (entry < 0 && n == 0) {
            toc = 0;
            continue;
        }
        if (toc >= 0 && entry == 0 && !*m)
            continue;
        if (toc >= 0 && entry > toc) {
            toc = entry;
            continue;
        }
        toc = -1;
        /* (a numbered heading opens with a numeral: most lines are ruled out by their first
         * character) */
        const char *past;
        int32_t next;
        size_t next_len;
        int head = numeral_at(m, &past, &next, &next_len) &&
                   (parse_heading(r->lines[i], &number, &title, &tlen) ||
                    inline_heading(r->lines[i], &number, &title, &tlen, &after));
        if (parts >= 3 && head)
            continue; /* (an item of a 第…部分 section) */
        if (!head) {
            /* the next section's standard title alone on its line, its number left off or
             * written otherwise ("1.总体情况", "第一部分 总体情况"): the section, numbered 0
             * (the check says the number is missing) or as written */
            const char *std_title = xxgk_section_title(expect);
            char want[256];
            int written = 0;
            title = skip_numbering(m, &written);
            if (!std_title || strncmp(title, std_title, 3) != 0)
                continue; /* (cheaply first: it begins as the title does) */
            tlen = strlen(title);
            while (tlen && strchr(" \t*#", title[tlen - 1]))
                tlen--;
            size_t sl = strlen(std_title);
            /* (cheaply first: it ends as the title does, "…情况", "…事项") */
            if (tlen < 6 || tlen > 3 * 32 ||
                memcmp(title + tlen - 6, std_title + sl - 6, 6) != 0)
                continue;
            label_norm(want, sizeof want, std_title, sl);
            label_norm(norm, sizeof norm, title, tlen);
            if (strcmp(norm, want) != 0)
                continue;
            if (written && !headed_known) {
                for (unsigned j = 0; j < r->nlines; j++) {
                    int hn;
                    const char *ht;
                    size_t hl;
                    if (parse_heading(r->lines[j], &hn, &ht, &hl)) {
                        label_norm(norm, sizeof norm, ht, hl);
                        headed[labels_section_of(norm)] = 1;
                    }
                }
                headed_known = 1;
            }
            if (written && headed[expect] && parts < 3)
                continue;
            number = written;
        }
        label_norm(norm, sizeof norm, title, tlen);
        if (labels_row_title_start(norm)) /* (a row of table 三 numbered like one) */
            continue;
        int std = labels_section_of(norm);
        /* After the signature, a section's title already seen heads a table printed after
         * the report (二、主动公开政府信息情况 over its table), not the section again. */
        int seen = 0;
        for (size_t k = 0; k < n && std; k++)
            seen |= tmp[k].standard == std;
        if (seen && r->signature_line && i + 1 > r->signature_line)
            continue;
        /* An unknown title counts as a section only where the numbering expects one, so the
         * broken pieces of a wrapped table label ("三、本年") are not taken for headings. */
        if (!std && number != expect)
            continue;
        /* Numbering begun again under a section, by the words of that section ("四、…行政复议、
         * 行政诉讼情况" then "一、行政复议", "二、行政诉讼"): its parts, not sections. */
        if (std && n && tmp[n - 1].standard == std && number && number < tmp[n - 1].number)
            continue;
        tmp[n].number = number;
        tmp[n].standard = std;
        tmp[n].title = rep_strndup(r, title, tlen);
        tmp[n].line = i + 1;
        tmp[n].text = NULL;
        rest[n] = after;
        n++;
        expect = (number ? number : std) + 1;
    }
    nested_items(r, tmp, rest, &n);
    if (n == 0)
        return 0;
    r->sections = calloc(n, sizeof *r->sections);
    if (!r->sections)
        return -1;
    memcpy(r->sections, tmp, n * sizeof *tmp);
    r->nsections = n;
    for (unsigned l = r->sections[n - 1].line + 1; l <= r->nlines && !r->appendix_line; l++)
        if (rep_appendix_of(r, l) > 0)
            r->appendix_line = l;
    unsigned pages = layout_footer_pages(r);
    for (size_t s = 0; s < n; s++) {
        unsigned from = r->sections[s].line + 1, to = rep_section_end(r, s);
        /* The signature and date close the report, not its last section. */
        if (r->signature_line > from && r->signature_line <= to)
            to = r->signature_line - 1;
        xbuf b;
        xbuf_init(&b, 0);
        if (rest[s]) {
            const char *t = rest[s];
            xbuf_put(&b, t, trim_span(&t, strlen(t)));
        }
        for (unsigned l = from; l <= to; l++) {
            const char *line = r->lines[l - 1];
            const char *t = line;
            size_t len = trim_span(&t, strlen(line));
            /* (a page's number or footer is none of the text: "申请", "1" and a page break,
             * "29件" say 29, not 129) */
            if (!len || layout_page_mark(r, l, pages))
                continue;
            len = unescaped(&t, len);
            if (b.len)
                xbuf_putc(&b, '\n');
            xbuf_put(&b, t, len);
        }
        r->sections[s].text = rep_strndup(r, b.data ? b.data : "", b.len);
        xbuf_free(&b);
    }
    return 0;
}

/* Value of a run of Chinese numerals for dates: 二〇二五 (digit by digit) or 十六 (tens). */
static int cn_number(const char *s, size_t n, size_t *used)
{
    int v = 0, digits = 0, tens = 0;
    size_t i = 0;
    while (i < n) {
        int32_t cp;
        size_t k = u8_next(s + i, n - i, &cp);
        int zero = cn_zero(cp, digits);
        int d = zero ? 0 : cn_digit(cp);
        if (!zero && d == 0)
            break;
        if (d == 10) {
            tens = 1;
            v = (v ? v : 1) * 10;
        } else if (tens) {
            v += d;
        } else {
            v = v * 10 + d;
        }
        digits++;
        i += k;
    }
    *used = i;
    return digits ? v : -1;
}

static int read_int(const char *s, size_t n, size_t *used)
{
    size_t i = 0;
    while (i < n && s[i] == ' ')
        i++;
    int v = 0, d = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9' && d < 5) {
        v = v * 10 + (s[i] - '0');
        i++;
        d++;
    }
    if (!d) {
        size_t u;
        v = cn_number(s + i, n - i, &u);
        if (v < 0)
            return -1;
        i += u;
    }
    while (i < n && s[i] == ' ')
        i++;
    *used = i;
    return v;
}

static int valid_date(int y, int m, int d)
{
    static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    /* (any four-digit year: a report dated 1900 or 9999 is dated wrong, which the date rules
     * say, not undated) */
    if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
        return 0;
    if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 0;
    return 1;
}

/* The first position from p in s[0..n) that is not a space. */
static size_t past_spaces(const char *s, size_t n, size_t p)
{
    while (p < n && s[p] == ' ')
        p++;
    return p;
}

/* A number before a date's unit (年, 月, 日), its digits perhaps set apart by spaces, as a
 * page's text joined with a space between its pieces has them ("202 5 年", "2 7 日"); -1 when
 * no unit follows.  *used reaches the unit. */
static int unit_int(const char *s, size_t n, size_t *used)
{
    size_t i = past_spaces(s, n, 0);
    int v = 0, d = 0;
    while (i < n && d < 4) {
        if (s[i] >= '0' && s[i] <= '9')
            v = v * 10 + (s[i++] - '0'), d++;
        else if (s[i] == ' ' && d && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9')
            i++;
        else
            break;
    }
    size_t j = past_spaces(s, n, i);
    if (!d || n - j < 3 ||
        (memcmp(s + j, "年", 3) != 0 && memcmp(s + j, "月", 3) != 0 && memcmp(s + j, "日", 3) != 0))
        return -1;
    *used = j;
    return v;
}

/* Find a full date in s: 2025年1月16日, 二〇二五年一月十六日, 2025-01-16, 2025.1.16.  1 when
 * found; 2 when the only one is shaped as a date but does not exist (2025年2月30日), with its
 * parts in *y *m *d; 0 when there is none. */
static int find_date(const char *s, int *y, int *m, int *d)
{
    size_t n = strlen(s);
    int shaped = 0; /* 2 once a date-shaped one that does not exist was seen */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!((c >= '0' && c <= '9') || c >= 0xE0))
            continue;
        size_t u, p = i;
        int yy = unit_int(s + p, n - p, &u);
        if (yy < 1000 || yy > 9999)
            yy = read_int(s + p, n - p, &u);
        if (yy < 1000 || yy > 9999)
            continue;
        p += u;
        /* (PDF text sets digits apart from the characters around them: 2025 年 1 月 23 日) */
        size_t q = past_spaces(s, n, p);
        int sep_cn = n - q >= 3 && memcmp(s + q, "年", 3) == 0;
        char sep = s[p];
        if (!sep_cn && sep != '-' && sep != '.' && sep != '/')
            continue;
        p = sep_cn ? past_spaces(s, n, q + 3) : p + 1;
        int mm;
        if (sep_cn && n - p >= 6 && memcmp(s + p, "元月", 6) == 0) { /* (January) */
            mm = 1;
            p += 3; /* (to its 月) */
        } else if ((!sep_cn || (mm = unit_int(s + p, n - p, &u)) < 0) &&
                   (mm = read_int(s + p, n - p, &u)) < 0) {
            continue;
        } else {
            p += u;
        }
        if (sep_cn)
            p = past_spaces(s, n, p);
        if (sep_cn ? !(n - p >= 3 && memcmp(s + p, "月", 3) == 0) : s[p] != sep)
            continue;
        p = sep_cn ? past_spaces(s, n, p + 3) : p + 1;
        int dd = sep_cn ? unit_int(s + p, n - p, &u) : -1;
        if (dd < 0)
            dd = read_int(s + p, n - p, &u);
        if (dd < 0 || (!valid_date(yy, mm, dd) && shaped))
            continue;
        *y = yy;
        *m = mm;
        *d = dd;
        if (valid_date(yy, mm, dd))
            return 1;
        shaped = 2;
    }
    return shaped;
}

static const char *trimmed_copy(xxgk_report *r, const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '#' || *s == '*' || *s == '\t')) {
        s++;
        n--;
    }
    while (n && (s[n - 1] == ' ' || s[n - 1] == '*' || s[n - 1] == '\t'))
        n--;
    return n ? rep_strndup(r, s, n) : NULL;
}

static int short_plain_line(const char *s)
{
    const char *t = s; /* (its words: a signature set right by spaces is short too) */
    size_t n = trim_span(&t, strlen(s));
    const char *tab = strchr(s, '\t'); /* (a cell's, unless only blanks follow it) */
    return n > 0 && u8_count(t, n) <= 40 && !strstr(s, "\xe3\x80\x82") &&
           !(tab && t + n > tab);
}

/* The nearest non-blank line above 0-based line i when it is short and plain (an agency's name
 * over a title or a date): its 1-based number, or 0. */
static unsigned short_line_above(const xxgk_report *r, unsigned i)
{
    for (unsigned j = i; j-- > 0;) {
        const char *s = r->lines[j];
        const char *st = s;
        if (trim_span(&st, strlen(s)) == 0)
            continue;
        return short_plain_line(s) ? j + 1 : 0;
    }
    return 0;
}

/* A year as a title writes it ("2024年", "2024 年"): where its digits begin, or NULL. */
static const char *title_year(const char *t)
{
    for (const char *p = t; *p; p++) {
        if ((p[0] == '1' || p[0] == '2') && p[1] >= '0' && p[1] <= '9' && p[2] >= '0' &&
            p[2] <= '9' && p[3] >= '0' && p[3] <= '9' && !(p[4] >= '0' && p[4] <= '9') &&
            (p == t || !(p[-1] >= '0' && p[-1] <= '9'))) {
            const char *q = p + 4;
            while (*q == ' ')
                q++;
            if (strncmp(q, "年", 3) == 0)
                return p;
        }
    }
    return NULL;
}

/* t[0..*n) with its first year written in Chinese numerals and followed by 年 (二〇二四年,
 * 二○二四 年) in digits, 2024年, for the title's year and agency to be read as in digits; t
 * itself when it has none (or no copy can be made). */
static const char *digit_year(xxgk_report *r, const char *t, size_t *n)
{
    for (size_t at = 0; at + 12 <= *n; at++) {
        size_t used = 0;
        int32_t cp;
        /* (a year is four numerals, digit by digit: 二十 and the like count none) */
        if ((unsigned char)t[at] < 0x80 || u8_next(t + at, *n - at, &cp) != 3 || !cn_digit(cp))
            continue;
        int year = cn_number(t + at, *n - at, &used);
        size_t end = at + used;
        while (end < *n && t[end] == ' ')
            end++;
        if (used != 12 || year < 1000 || year > 2999 || end + 3 > *n ||
            memcmp(t + end, "年", 3) != 0)
            continue;
        char *out = rep_printf(r, "%.*s%d%.*s", (int)at, t, year, (int)(*n - at - used),
                               t + at + used);
        if (!out)
            return t;
        *n = strlen(out);
        return out;
    }
    return t;
}

/* Pairs of marks a title or a name may stand between, which are no part of it. */
static const char *const enclosing[][2] = {
    {"《", "》"}, {"“", "”"}, {"【", "】"}, {"〔", "〕"}, {"「", "」"}, {"『", "』"}, {"\"", "\""}};

/* s[0..*n) without a pair of enclosing marks around it (《…》, 【…】), or, with `open`, without
 * one opening or closing mark alone at either end (【测试市交通运输局】 out of a title). */
static const char *unenclosed(const char *s, size_t *n, int open)
{
    for (size_t k = 0; k < sizeof enclosing / sizeof enclosing[0]; k++) {
        size_t a = strlen(enclosing[k][0]), b = strlen(enclosing[k][1]);
        int starts = *n >= a && memcmp(s, enclosing[k][0], a) == 0;
        int ends = *n >= a + b && memcmp(s + *n - b, enclosing[k][1], b) == 0;
        if (starts && (ends || (open && !memmem(s + a, *n - a, enclosing[k][1], b)))) {
            s += a;
            *n -= a;
        }
        if (ends && (starts || (open && !memmem(s, *n - b, enclosing[k][0], a))))
            *n -= b;
    }
    return s;
}

/* A title t[0..*n) without what stands around it in a document but is no part of it: an
 * attachment's number before it (附件1：, 附件 ) and marks enclosing it whole (《…》). */
static const char *title_bare(const char *t, size_t *n)
{
    if (*n > 6 && (memcmp(t, "附件", 6) == 0 || memcmp(t, "附表", 6) == 0)) {
        size_t k = 6;
        while (k < *n && strchr("0123456789 :-.", t[k]))
            k++;
        if (k + 3 <= *n && memcmp(t + k, "、", 3) == 0)
            k += 3;
        if (*n - k >= 18) { /* (a title's worth left) */
            t += k;
            *n -= k;
        }
    }
    return unenclosed(t, n, 0);
}

/* Line i (0-based) as a title: it names the report (信息公开 or 政务公开, and 报告), perhaps
 * wrapped before its last characters; the text, or NULL.  *end is its last line (1-based). */
static const char *title_text(xxgk_report *r, unsigned i, unsigned *end)
{
    const char *l = r->lines[i];
    *end = i + 1;
    int names = strstr(l, "信息公开") || strstr(l, "政务公开");
    if (!names && strchr(l, ' ') && u8_count(l, strlen(l)) <= 120) {
        /* a title with spaces inside its words, as PDF text spaces it ("…政府信息 公开工作年度
         * 报告", "测 试 市 …"): read without them */
        xbuf b;
        xbuf_init(&b, 0);
        for (const char *p = l; *p; p++)
            if (*p != ' ')
                xbuf_putc(&b, *p);
        const char *tight = b.data && !b.failed ? rep_strndup(r, b.data, b.len) : NULL;
        xbuf_free(&b);
        if (tight && (strstr(tight, "信息公开") || strstr(tight, "政务公开")) &&
            strstr(tight, "报告") && u8_count(tight, strlen(tight)) <= 60)
            return tight;
    }
    size_t ln = strlen(l);
    while (ln && l[ln - 1] == ' ')
        ln--;
    /* (longer than most, a title still ends in 报告: an agency's name may run to 200
     * characters) */
    size_t chars = u8_count(l, strlen(l));
    if (chars > 240 || (chars > 80 && !(ln >= 6 && memcmp(l + ln - 6, "报告", 6) == 0)) ||
        (!names && !strstr(l, "政府") && !strstr(l, "政务") &&
         !(ln >= 3 && memcmp(l + ln - 3, "政", 3) == 0)))
        return NULL;
    if (names && strstr(l, "报告"))
        return l;
    /* a centred title wrapped before its last characters ("…工作年度" / "报告"), or within
     * 信息公开 ("…政府信" / "息公开工作年度报告") */
    const char *next = i + 1 < r->nlines ? r->lines[i + 1] : "";
    size_t nn = trim_span(&next, strlen(next));
    const char *a = l;
    size_t an = trim_span(&a, strlen(l));
    if (nn == 0 || u8_count(next, nn) > (names ? 8 : 12) || memchr(next, '\t', nn))
        return NULL;
    l = rep_printf(r, "%.*s%.*s", (int)an, a, (int)nn, next);
    if (!l || !strstr(l, "报告") || (!strstr(l, "信息公开") && !strstr(l, "政务公开")))
        return NULL;
    *end = i + 2;
    return l;
}

/* A name as Chinese text writes it, its punctuation full-width again (the text is read folded):
 * "某市交通运输局（市港航管理局）"; NULL when that changes nothing. */
static const char *as_written(xxgk_report *r, const char *s)
{
    if (!s || !strpbrk(s, ",;:!?()"))
        return NULL;
    xbuf b;
    xbuf_init(&b, 0);
    prose_widths(&b, s, strlen(s));
    const char *out = b.failed ? NULL : rep_strndup(r, b.data, b.len);
    xbuf_free(&b);
    return out;
}

/* Whether the character ending s[0..n) is one of ends[0..k). */
static int ends_in(const char *s, size_t n, const char *const *ends, size_t k)
{
    for (size_t i = 0; i < k; i++)
        if (n >= 3 && memcmp(s + n - 3, ends[i], 3) == 0)
            return 1;
    return 0;
}

/* Whether the character ending s[0..n) ends an agency's name (局, 委, 会, 办, 县...). */
static int agency_suffix(const char *s, size_t n)
{
    int32_t cp;
    return n >= 3 && u8_next(s + n - 3, 3, &cp) == 3 && text_name_end(cp);
}

/* Whether s[0..n) ends with a place's level (省, 市, 县, 区 ...), as the first part of a
 * body's name does. */
static int place_suffix(const char *s, size_t n)
{
    static const char *const ends[] = {"省", "市", "县", "区", "州", "盟", "旗", "镇", "乡"};
    return ends_in(s, n, ends, sizeof ends / sizeof ends[0]);
}

/* A title wrapped over two lines anywhere, as a PDF's centred title is ("测试市交" over
 * "通运输局2024年政府信息公开…", "…局2024年" over "政府信息公开…"): the line just above line i
 * (0-based), a piece of words and figures only, joined before its text t[0..tn); NULL when
 * that line is no such piece.  A line above that ends a name (…局) is the agency over a title
 * that names it again, or over one that begins with its year (read so already), unless the
 * report's signature says the joined name is the agency's. */
static const char *wrapped_title(xxgk_report *r, unsigned i, const char *t, size_t tn)
{
    if (i == 0)
        return NULL;
    const char *p = r->lines[i - 1];
    size_t pn = trim_span(&p, strlen(p));
    if (pn == 0 || u8_count(p, pn) > 24)
        return NULL;
    for (size_t k = 0; k < pn;) {
        unsigned char c = (unsigned char)p[k];
        if (c >= '0' && c <= '9') {
            k++;
            continue;
        }
        /* (Chinese characters only: no punctuation, no breadcrumbs, dates or numbers 〔〕) */
        if (c < 0xE4 || c > 0xE9 || pn - k < 3)
            return NULL;
        k += 3;
    }
    char piece[128];
    snprintf(piece, sizeof piece, "%.*s", (int)pn, p);
    if (strstr(piece, "信息公开") || strstr(piece, "政务公开") || strstr(piece, "报告") ||
        strncmp(piece, "附件", 6) == 0 || strncmp(piece, "附表", 6) == 0)
        return NULL; /* (附件, 附件1: an attachment's mark above its title) */
    int year_split = (p[pn - 1] >= '0' && p[pn - 1] <= '9') ||
                     (pn >= 3 && memcmp(p + pn - 3, "年", 3) == 0) ||
                     (pn >= 6 && memcmp(p + pn - 6, "年度", 6) == 0) ||
                     (tn && ((t[0] >= '0' && t[0] <= '9') || (tn >= 3 && memcmp(t, "年", 3) == 0)));
    int named = tn && !(t[0] >= '0' && t[0] <= '9') && strncmp(t, "政府信息公开", 18) != 0 &&
                strncmp(t, "政务公开", 12) != 0;
    /* a place over the body it has ("测试市" / "交通运输局2024年…"), not over a title that
     * names it again ("测试市" / "测试市交通运输局…") */
    int place = named && place_suffix(p, pn) && !(tn >= pn && memcmp(t, p, pn) == 0);
    if (!year_split && !place && !(named && !agency_suffix(p, pn))) {
        /* the signature may still say the name was wrapped ("…交通运输局" / "局2024年…") */
        const char *sig = r->signature_line && r->signature_line < r->published_line
                              ? r->lines[r->signature_line - 1]
                              : NULL;
        size_t sn = sig ? trim_span(&sig, strlen(sig)) : 0;
        if (!(named && sn > pn && memcmp(sig, p, pn) == 0 && tn >= sn - pn &&
              memcmp(t, sig + pn, sn - pn) == 0))
            return NULL;
    }
    return rep_printf(r, "%.*s%.*s", (int)pn, p, (int)tn, t);
}

/* Name s (NULL stays NULL) without the spaces between two of its Chinese characters, or
 * between one and a digit, which are PDF text's, not the name's: 测试市 交通运输局 is
 * 测试市交通运输局, 测试市 2024 年 is 测试市2024年.  Spaces between Latin words stay. */
static const char *name_tight(xxgk_report *r, const char *s)
{
    if (!s || !strchr(s, ' '))
        return s;
    char *a = rep_strndup(r, s, strlen(s));
    if (!a)
        return s;
    size_t k = 0;
    for (size_t j = 0; a[j];) {
        size_t run = strspn(a + j, " ");
        if (run && k > 0 && a[j + run]) {
            unsigned char before = (unsigned char)a[k - 1], after = (unsigned char)a[j + run];
            int wide_before = before & 0x80, wide_after = after & 0x80;
            int digit_before = before >= '0' && before <= '9';
            int digit_after = after >= '0' && after <= '9';
            if ((wide_before && (wide_after || digit_after)) || (wide_after && digit_before)) {
                j += run;
                continue;
            }
        }
        a[k++] = a[j++];
    }
    a[k] = '\0';
    return a;
}

/* The agency in s[0..*n) of a title that is a letter about the report ("测试局关于报送2024年度…的
 * 函", "关于印发测试市2024年…的通知"): the sender before 关于, or, with none, the agency after
 * 关于 and its verb; moves *s and *n. */
static void letter_sender(const char **s, size_t *n)
{
    const char *about = memmem(*s, *n, "关于", strlen("关于"));
    if (!about)
        return;
    if (about > *s) {
        *n = (size_t)(about - *s);
        return;
    }
    static const char *const verbs[] = {"报送", "上报", "呈报", "印发", "转发", "公布", "发布",
                                        "公开", "提交"};
    const char *a = about + strlen("关于"), *e = *s + *n;
    for (size_t k = 0; k < sizeof verbs / sizeof verbs[0]; k++)
        if ((size_t)(e - a) >= strlen(verbs[k]) && memcmp(a, verbs[k], strlen(verbs[k])) == 0) {
            a += strlen(verbs[k]);
            break;
        }
    *n = (size_t)(e - a);
    *s = a;
}

/* The title: the first line before section 一 that names the report, with a year if one does
 * (a saved web page's menu, 政府信息公开 … 政府工作报告, names none); the agency is what comes
 * before the year on it, or the line above when the title is split over two lines. */
static void find_title(xxgk_report *r)
{
    unsigned limit = r->nsections ? r->sections[0].line : r->nlines;
    const char *l = NULL;
    unsigned i = 0, last = 0;
    /* (a page's menu may run long before the title; a title without a year comes first) */
    for (int pass = 0; pass < 2 && !l; pass++)
        for (i = 0; i < limit && i < (pass ? 40u : 400u) && i < r->nlines; i++) {
            l = title_text(r, i, &last);
            /* (a sentence naming the report, "现公布2024年……年度报告，", is no title) */
            if (l && !strstr(l, "\xe3\x80\x82") && !strchr(l, ',') && (pass || title_year(l)))
                break;
            l = NULL;
        }
    if (!l)
        return;
    r->title_line = i + 1;
    r->title_end = last;
    const char *t = l;
    size_t tn = trim_span(&t, strlen(t));
    /* a crawler's "标题: ..." line (made a Markdown heading too: "# 标题: ...") */
    while (tn && (*t == '#' || *t == ' ')) {
        t++;
        tn--;
    }
    if (tn > 7 && strncmp(t, "标题:", 7) == 0) { /* (the text is folded: ： is :) */
        t += 7;
        tn = trim_span(&t, tn - 7);
    }
    t = title_bare(t, &tn);
    const char *joined = last == i + 1 ? wrapped_title(r, i, t, tn) : NULL;
    if (joined) {
        t = joined;
        tn = strlen(joined);
        r->title_line = i--; /* (the line above, 1-based) */
    }
    const char *shown = t; /* (the title as printed; its year read in digits) */
    size_t shown_n = tn;
    t = digit_year(r, t, &tn);
    /* (the last year before the report's name, its last 政府信息公开 or 政务公开: an agency's
     * name may hold one, 北京2022年冬奥会…组织委员会2024年…; or else the first after it,
     * …年度报告（2024年）, not a date after that, （2025年1月发布）) */
    const char *name = NULL;
    static const char *const report_names[] = {"政府信息公开", "政务公开"};
    for (size_t k = 0; k < 2; k++)
        for (const char *x = strstr(t, report_names[k]); x; x = strstr(x + 1, report_names[k]))
            name = !name || x > name ? x : name;
    const char *yr = title_year(t);
    for (const char *y = yr ? title_year(yr + 4) : NULL; y && name && y < name;
         y = title_year(y + 4))
        yr = y;
    if (yr) {
        r->year = (yr[0] - '0') * 1000 + (yr[1] - '0') * 100 + (yr[2] - '0') * 10 + yr[3] - '0';
        r->year_dated = 0;
    }
    /* The agency ends where the year or the report's name begins ("…局政府信息公开工作
     * 年度报告（2024年）"; 政府信息公开 alone may be part of the agency's name: 政府信息
     * 公开办公室), without a "关于" or a bracket before it; a title without a year names it
     * only before the report's name. */
    const char *end = yr ? yr : t + tn;
    static const char *const names[] = {"政府信息公开工作", "政务公开工作", "政府信息公开年度",
                                        "政务公开年度"};
    /* (not where the report's name follows the year: 政府信息公开工作 before it is the
     * agency's own, 某市政府信息公开工作领导小组办公室2024年…) */
    int named_after = yr && (strstr(yr, "政府信息公开") || strstr(yr, "政务公开"));
    for (size_t k = 0; k < sizeof names / sizeof names[0] && !named_after; k++) {
        const char *e = strstr(t, names[k]);
        if (e && e < end)
            end = e;
    }
    if (yr || end < t + tn) {
        for (int again = 1; again && end > t;) {
            again = 0;
            static const char *const tails[] = {"关于", "(", "（", " "};
            for (size_t k = 0; k < sizeof tails / sizeof tails[0]; k++) {
                size_t tl = strlen(tails[k]);
                if ((size_t)(end - t) >= tl && memcmp(end - tl, tails[k], tl) == 0) {
                    end -= tl;
                    again = 1;
                }
            }
        }
        size_t an = (size_t)(end - t);
        const char *named = unenclosed(t, &an, 1);
        letter_sender(&named, &an);
        r->agency = trimmed_copy(r, named, an);
        if (r->agency && !yr && strstr(r->agency, "年"))
            r->agency = NULL; /* a year in words, 二〇二四年, not an agency */
        if (!r->agency && yr) {
            /* "2024年度某某局政府信息公开工作年度报告" */
            const char *a = strstr(yr, "年") + 3;
            if (strncmp(a, "度", 3) == 0)
                a += 3;
            const char *e = strstr(a, "政府信息公开");
            size_t en = e && e > a ? (size_t)(e - a) : 0;
            letter_sender(&a, &en);
            if (en)
                r->agency = trimmed_copy(r, a, en);
        }
    }
    unsigned al = short_line_above(r, i);
    const char *above = al ? r->lines[al - 1] : NULL;
    if (!r->agency && above)
        r->agency = trimmed_copy(r, above, strlen(above));
    if (above && r->agency && strstr(above, r->agency) && !strstr(t, r->agency)) {
        const char *a = above;
        size_t an = trim_span(&a, strlen(a));
        r->title = rep_printf(r, "%.*s%.*s", (int)an, a, (int)shown_n, shown);
    } else {
        r->title = trimmed_copy(r, shown, shown_n);
    }
    r->agency = name_tight(r, r->agency);
    r->title = name_tight(r, r->title);
    r->title_shown = as_written(r, r->title);
    r->agency_shown = as_written(r, r->agency);
}

/* The year a line states as the figures' period ("统计期限自2024年1月1日起至2024年12月31日
 * 止"), or 0. */
static int period_year(const char *line)
{
    if (!strstr(line, "统计") && !strstr(line, "期限") && !strstr(line, "数据"))
        return 0;
    char *sq = malloc(strlen(line) + 1);
    if (!sq)
        return 0; /* (no witness: the title's year stands) */
    size_t n = 0;
    for (const char *p = line; *p; p++)
        if (*p != ' ')
            sq[n++] = *p;
    sq[n] = '\0';
    int found = 0;
    for (const char *y = title_year(sq); y && !found; y = title_year(y + 4)) {
        int year = atoi(y);
        const char *after = y + 4 + 3; /* (no spaces left before 年) */
        if (strncmp(after, "1月1日", strlen("1月1日")) != 0 &&
            strncmp(after, "01月01日", strlen("01月01日")) != 0)
            continue;
        /* to 12月31日 of the same year, or of no year named */
        const char *to = strstr(after, "12月31日");
        if (!to || (to[-1] >= '0' && to[-1] <= '9'))
            continue;
        if (to - after >= 7 && memcmp(to - 3, "年", 3) == 0 && atoi(to - 7) != year)
            continue;
        found = year;
    }
    free(sq);
    return found;
}

/* A title whose year is neither the period its figures are said to cover nor the year before
 * its date ("2023年…年度报告" over 统计期限2024年1月1日至12月31日, dated 2025-01-22): the
 * year of the period and the date is the report's, and the title is said to be wrong. */
static void check_title_year(xxgk_report *r)
{
    if (!r->year || !r->title_line || !r->published)
        return;
    int dated = atoi(r->published) - 1;
    if (dated == r->year)
        return;
    for (unsigned i = 0; i < r->nlines; i++) {
        int year = period_year(r->lines[i]);
        if (!year)
            continue;
        if (year != dated)
            return; /* the period is no witness for the date */
        /* (at the line of a wrapped title that holds the year: "淮安市人民政府" above "2023
         * 年政府信息公开工作年度报告") */
        char digits[16];
        snprintf(digits, sizeof digits, "%d", r->year);
        unsigned at = r->title_line;
        if (r->title_end > at && r->title_end <= r->nlines &&
            strstr(r->lines[r->title_end - 1], digits) &&
            !strstr(r->lines[at - 1], digits))
            at = r->title_end;
        rep_diag(r, "date-title-year", at,
                 rep_printf(r, "标题为%d年；统计期限为%d年（第%u行），发布日期 %s", r->year, year,
                            i + 1, r->published),
                 rep_printf(r, "the title says %d; the period is %d (line %u), dated %s",
                            r->year, year, i + 1, r->published));
        r->year = year;
        return;
    }
}

/* A report whose title names no year: the year of the period its text says it covers
 * (统计期限自2024年1月1日至12月31日), or else the year before its date, said so. */
static void year_from_text(xxgk_report *r)
{
    if (!r->year_dated)
        return;
    for (unsigned i = 0; i < r->nlines; i++) {
        int year = period_year(r->lines[i]);
        if (year) {
            r->year = year;
            return;
        }
    }
    rep_diag(r, "date-year-dated", r->published_line,
             rep_printf(r, "标题和正文没有写明报告年度，按落款日期 %s 作%d年", r->published,
                        r->year),
             rep_printf(r, "neither the title nor the text names the year: %d, by the date %s",
                        r->year, r->published));
}

/* Line i, trimmed to t[0..n), as the report's date; 1 when it holds one (or one that does
 * not exist, said so). */
static int take_date(xxgk_report *r, unsigned i, const char *t, size_t n)
{
    int y, m, d, found = find_date(t, &y, &m, &d);
    if (!found)
        return 0;
    if (found == 2) { /* 2025年2月30日: a date the signature meant, which does not exist */
        r->published_invalid = 1;
        rep_diag(r, "date-invalid", i + 1, rep_printf(r, "%.*s", (int)n, t), NULL);
        return 1;
    }
    r->published = rep_printf(r, "%04d-%02d-%02d", y, m, d);
    unsigned above = short_line_above(r, i);
    r->published_line = r->signature_line = i + 1;
    if (above)
        r->signature_line = above;
    if (!r->year && y > 1990) {
        r->year = y - 1;
        r->year_dated = 1; /* (until a title says it: see year_from_text) */
    }
    return 1;
}

/* Whether t[0..n) is a date written out and nothing else ("2025年1月27日", "二〇二五年一月"). */
static int date_alone(const char *t, size_t n)
{
    static const char *const parts[] = {"年", "月", "日", "〇", "零", "一", "二", "三", "四",
                                        "五", "六", "七", "八", "九", "十", "元"};
    if (!strstr(t, "年") || !strstr(t, "月"))
        return 0;
    for (size_t i = 0; i < n;) {
        if ((t[i] >= '0' && t[i] <= '9') || t[i] == ' ') {
            i++;
            continue;
        }
        size_t k = 0;
        while (k < sizeof parts / sizeof parts[0] && strncmp(t + i, parts[k], 3) != 0)
            k++;
        if (k == sizeof parts / sizeof parts[0])
            return 0;
        i += 3;
    }
    return 1;
}

/* The date at the end, on one of its last short lines, and the signature above it; or, when
 * the report ends in something else (a saved web page's links and copyright), the last line
 * after section 六's heading that is a date alone, as a signature's is. */
/* Whether t[0..n), a short line after the report, dates something else than the report: the
 * day it was printed (a 版记, "某某局办公室  2025年2月3日印发") or updated ("2025年3月5日更新"). */
static int dated_note(const char *t, size_t n)
{
    static const char *const notes[] = {"印发", "更新", "修订", "修改"};
    for (size_t k = 0; k < sizeof notes / sizeof notes[0]; k++) {
        size_t l = strlen(notes[k]);
        for (size_t i = 0; i + l <= n; i++)
            if (memcmp(t + i, notes[k], l) == 0)
                return 1;
    }
    return 0;
}

/* Whether t[0..n) is a web page's furniture after the report, not its signature: when the page
 * was updated, fetched or printed, who edited it ("更新时间：2025-06-01", "（责任编辑：张三）"),
 * or a link to another report with its date ("…2023年政府信息公开工作年度报告  2024-01-25"). */
static int page_furniture(const char *t, size_t n)
{
    static const char *const labels[] = {
        "更新时间", "抓取时间", "采集时间", "打印时间", "访问时间", "浏览次数", "点击", "责任编辑",
        "编辑", "纠错", "来源", "分享", "上一篇", "下一篇", "相关", "打印本页", "打印", "关闭窗口",
        "关闭本页", "主办单位", "承办单位", "主办:", "网站标识码", "版权所有", "技术支持",
        "网站地图", "联系我们", "联系电话", "访问量", "ICP", "公网安备", "返回顶部"};
    for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++) {
        const char *at = strstr(t, labels[k]);
        if (at && at - t <= 6) /* (at the line's start, or after a bracket: "（责任编辑：") */
            return 1;
    }
    if (strspn(t, "`~") == n)
        return 1; /* (a Markdown fence closing the text) */
    if (strstr(t, "报告") || strstr(t, "年报"))
        return 1;
    /* a news item's title and its date as a site lists them ("…召开工作会议 2025-02-15"), not
     * a signature's date (2025年1月20日) */
    const char *date = n >= 10 ? t + n - 10 : NULL;
    return date && date - t >= 12 && date[-1] == ' ' && date[4] == '-' && date[7] == '-' &&
           strspn(date, "0123456789") == 4;
}

/* The date on one of the last short lines before line end (1-based, exclusive); 1 when taken.
 * *noted: 1 + the line of a dated note, the day taken if no other is found. */
static int date_above(xxgk_report *r, unsigned end, unsigned *noted)
{
    int seen = 0;
    for (unsigned i = end - 1; i-- > 0 && seen < 4;) {
        const char *t = r->lines[i];
        size_t n = trim_span(&t, strlen(t));
        if (!n)
            continue;
        if (page_furniture(t, n) && r->nlines - i <= 40)
            continue; /* (passed over, not counted: the signature may stand above them) */
        seen++;
        if (u8_count(t, n) > 40 || strstr(t, "\xe3\x80\x82"))
            break;
        if (dated_note(t, n)) { /* (a 版记's day of printing, or of an update: the
                                  * signature's is above) */
            *noted = *noted ? *noted : i + 1;
            continue;
        }
        if (take_date(r, i, t, n))
            return 1;
    }
    return 0;
}

static int attachment_start(const xxgk_report *r, unsigned l)
{
    const char *t = r->lines[l - 1];
    trim_span(&t, strlen(t));
    return labels_attachment_at(t);
}

/* A page flattened onto one line whose report runs on into its attachments (a report before
 * the 2019 format, which no table's labels cut into lines): the date in the short stretch
 * after the last sentence and before " 附件1：" ("…日常化。 平潭县人民政府 2013年1月16日
 * 附件1：…统计表"), on one of the last lines. */
static int date_before_attachment(xxgk_report *r)
{
    for (unsigned i = r->nlines, seen = 0; i-- > 0 && seen < 2;) {
        const char *t = r->lines[i];
        if (!trim_span(&t, strlen(t)))
            continue;
        seen++;
        /* (each mark in turn: "目录见 附件：…" in the narrative is no signature's) */
        for (const char *a = t; (a = strstr(a, " 附")) != NULL; a++) {
            if (!labels_attachment_at(a + 1))
                continue;
            const char *from = a;
            while (from > t && a - from < 120 && strncmp(from, "。", 3) != 0)
                from--;
            if (strncmp(from, "。", 3) != 0)
                continue;
            from += 3;
            const char *seg = rep_strndup(r, from, (size_t)(a - from));
            size_t n = seg ? trim_span(&seg, strlen(seg)) : 0;
            /* (the stretch ending in the date: "2012年6月1日起施行的办法见" is narrative) */
            if (n >= 3 && memcmp(seg + n - 3, "日", 3) == 0 && u8_count(seg, n) <= 40 &&
                take_date(r, i, seg, n))
                return 1;
        }
    }
    return 0;
}

static void find_published(xxgk_report *r)
{
    unsigned noted = 0;
    if (date_above(r, r->nlines + 1, &noted))
        return;
    /* the report's end before the attachments printed after it (its statistics tables): the
     * signature stands above the first of them */
    unsigned first = 0;
    for (unsigned l = r->nlines; l > 1 && r->nlines - l < 2000; l--)
        if (attachment_start(r, l))
            first = l;
    if ((first && date_above(r, first, &noted)) || date_before_attachment(r))
        return;
    /* (sections are found after the date, which closes the last one: its heading by sight) */
    unsigned from = r->nlines;
    while (from > 0) {
        const char *t = r->lines[--from];
        trim_span(&t, strlen(t));
        if (strncmp(t, "六、", 6) == 0)
            break;
    }
    for (unsigned i = r->nlines; from && i-- > from;) {
        const char *t = r->lines[i];
        size_t n = trim_span(&t, strlen(t));
        if (n && date_alone(t, n) && take_date(r, i, t, n))
            return;
    }
    if (noted) {
        const char *t = r->lines[noted - 1];
        size_t n = trim_span(&t, strlen(t));
        take_date(r, noted - 1, t, n);
    }
}

/* A day that t starts with (see text_date_at; a time after it is left), as YYYY-MM-DD into out;
 * 0 when t starts with none, or with a day that does not exist (2025-02-31). */
static int date_at(const char *t, char out[16])
{
    xxgk_date d;
    return text_date_at(t, out) && strncmp(out, "1990", 4) >= 0 && xxgk_date_parse(&d, out) == 0;
}

/* Another report after this one, in the same text (several written into one Markdown or text
 * file, as parse and sum write them to one output): a title line after the first, with a
 * section after it that one between the two titles is already (a running head repeating the
 * title over each page has no section of its own twice).  Only the first is read; that is
 * said, with where the next one begins (its line, returned; 0 for none), so that no report is
 * dropped unseen. */
static unsigned another_report(xxgk_report *r)
{
    /* (none without a section given twice: the lines are read only then) */
    int twice = 0;
    for (size_t k = 1; k < r->nsections && !twice; k++)
        for (size_t j = 0; j < k && !twice; j++)
            twice = r->sections[k].standard && r->sections[j].standard == r->sections[k].standard;
    unsigned first = 0, last;
    for (unsigned i = 0; twice && i < r->nlines; i++) {
        /* (most lines name no report: passed over at once; a title spaced, "报 告", or
         * wrapped after 年度, is looked at) */
        if (!strstr(r->lines[i], "报") && !strstr(r->lines[i], "年度"))
            continue;
        const char *t = title_text(r, i, &last);
        if (!t || !title_year(t))
            continue;
        if (!first) { /* (the report's own title, over lines up to last) */
            first = last;
            i = last > i + 1 ? last - 1 : i;
            continue;
        }
        int again = 0;
        for (size_t k = 0; k < r->nsections && !again; k++) {
            const xxgk_section *after = &r->sections[k];
            for (size_t j = 0; j < r->nsections && !again && after->line > i + 1; j++)
                again = after->standard && r->sections[j].line > first &&
                        r->sections[j].line <= i && r->sections[j].standard == after->standard;
        }
        if (!again)
            continue;
        rep_diag(r, "reader-several-reports", i + 1,
                 rep_printf(r, "第 %u 行起是另一份报告（%s），未读；每份报告请存为一个文件",
                            i + 1, t),
                 rep_printf(r, "another report begins on line %u (%s), not read: keep one "
                               "report a file",
                            i + 1, t));
        return i + 1;
    }
    return 0;
}

/* When the report was put on the web, from a 发布时间 or 发布日期 line above it: a site's article
 * header, or a crawler's copy of the page (发布时间: 2025-01-22 20:18). */
static void find_posted(xxgk_report *r)
{
    unsigned last = r->nsections ? r->sections[0].line : (r->nlines < 30 ? r->nlines : 30);
    for (unsigned l = 1; l <= last && l <= r->nlines; l++) {
        static const char *const labels[] = {"发布时间", "发布日期"};
        for (int k = 0; k < 2; k++) {
            const char *at = strstr(r->lines[l - 1], labels[k]);
            if (!at)
                continue;
            at += strlen(labels[k]);
            while (*at == ' ')
                at++;
            if (*at == ':')
                at++;
            while (*at == ' ')
                at++;
            char date[16];
            if (date_at(at, date)) {
                r->posted = rep_strndup(r, date, 10);
                r->posted_line = l;
                return;
            }
        }
    }
}

/* The lines between the title and section 一 (the basis of the report, its period, where to
 * ask), kept so that a re-rendered report keeps them. */
static void find_preamble(xxgk_report *r)
{
    if (!r->title_line || !r->nsections)
        return;
    xbuf b;
    xbuf_init(&b, 0);
    for (unsigned l = r->title_end + 1; l < r->sections[0].line; l++) {
        const char *t = r->lines[l - 1];
        size_t n = trim_span(&t, strlen(t));
        n = unescaped(&t, n);
        /* (the title printed again, a page's <title> and its <h1>, is no preamble) */
        if (n && r->title && strlen(r->title) == n && memcmp(r->title, t, n) == 0)
            continue;
        if (n)
            xbuf_printf(&b, "%s%.*s", b.len ? "\n" : "", (int)n, t);
    }
    if (b.len)
        r->preamble = rep_strndup(r, b.data, b.len);
    if (b.failed)
        r->oom = 1;
    xbuf_free(&b);
}

#define MAX_LINES 8000000 /* a file this long in lines of 32 bytes is at the size limit */

/* Whether name ends with the ASCII suffix, in any case (REPORT.XLS). */
static int ends_with_ci(const char *name, const char *suffix)
{
    size_t n = strlen(name), k = strlen(suffix);
    return n >= k && strcasecmp(name + n - k, suffix) == 0;
}

/* The file's own line and column of each line deglue cut (one per line of the text; should
 * the counts differ, later lines are placed where the last known one is). */
static int keep_source_positions(xxgk_report *r, const deglue_pos *where, size_t n)
{
    r->source_line = rep_alloc(r, r->nlines * sizeof *r->source_line);
    r->source_column = rep_alloc(r, r->nlines * sizeof *r->source_column);
    if (!r->source_line || !r->source_column)
        return XXGK_ENOMEM;
    for (unsigned i = 0; i < r->nlines; i++) {
        const deglue_pos *w = &where[i < n ? i : n - 1];
        r->source_line[i] = w->line;
        r->source_column[i] = w->column;
    }
    return 0;
}

static int split_lines(xxgk_report *r)
{
    size_t count = 1, len = strlen(r->text);
    for (const char *p = r->text; (p = strchr(p, '\n')) != NULL; p++)
        count++;
    /* Each line costs a few words whatever it holds: a file of blank lines would take ten
     * times its size.  No report has this many (counted as wc counts them: the empty piece
     * after a last line break is none). */
    if (count - (len && r->text[len - 1] == '\n') > MAX_LINES)
        return err_set(XXGK_ELIMIT,
                       TR("%s：超过 %d 行，不像一份报告：未读取",
                          "%s: more than %d lines, no report is that long: not read"),
                       r->name ? r->name : "", MAX_LINES);
    r->lines = malloc(count * sizeof *r->lines);
    if (!r->lines)
        return XXGK_ENOMEM;
    if (strchr(r->text, '\f')) { /* PDF text: where its pages begin */
        r->page_of = rep_alloc(r, count * sizeof *r->page_of);
        if (!r->page_of)
            return XXGK_ENOMEM;
    }
    char *p = r->text;
    unsigned n = 0, page = 1;
    for (;;) {
        r->lines[n++] = p;
        char *nl = strchr(p, '\n');
        if (nl)
            *nl = '\0';
        for (char *ff = p; r->page_of && (ff = strchr(ff, '\f')) != NULL; *ff = ' ')
            page++; /* (each form feed: a page with no text is a page too) */
        if (r->page_of)
            r->page_of[n - 1] = page;
        if (!nl)
            break;
        p = nl + 1;
    }
    /* A final newline does not start a line. */
    if (n > 1 && r->lines[n - 1][0] == '\0')
        n--;
    r->nlines = n;
    return 0;
}

static const char *odf_not_text(void)
{
    return TR("OpenDocument 文件（演示文稿、图形等），不是文字文档：请把报告另存为 .docx 或 PDF",
              "an OpenDocument file (a presentation, a drawing ...), not a text: save the "
              "report as .docx or PDF");
}

/* Files that reports are often published as, but that are not read here: what to tell the
 * user instead of "binary data".  NULL for anything else. */
static const char *unread_kind(const char *data, size_t len)
{
    static const struct {
        const char *magic;
        size_t n;
        int image; /* else a compressed file */
    } kinds[] = {
        {"\x89PNG", 4, 1},      {"\xff\xd8\xff", 3, 1},
        {"GIF8", 4, 1},         {"II*\x00", 4, 1},
        {"MM\x00*", 4, 1},      {"\x1f\x8b", 2, 0},
        {"Rar!\x1a\x07", 6, 0}, {"7z\xbc\xaf\x27\x1c", 6, 0},
    };
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        if (len >= kinds[k].n && memcmp(data, kinds[k].magic, kinds[k].n) == 0)
            return kinds[k].image
                       ? TR("图片：扫描的报告没有可读的文字（请索取文字版，或先做 OCR 识别）",
                            "an image: a scanned report has no text to read (ask for the text, "
                            "or run OCR first)")
                       : TR("压缩文件：请先解压", "a compressed file: unpack it first");
    /* An OpenDocument file (LibreOffice's own) other than a text (odt_text.c reads those) */
    size_t kn;
    const char *kind = odt_kind(data, len, &kn);
    if (kind && kn >= 11 && memcmp(kind, "spreadsheet", 11) == 0)
        return TR("OpenDocument 表格（.ods）：请在 WPS、Excel 或 LibreOffice 中另存为 .xlsx "
                  "后再读",
                  "an OpenDocument spreadsheet (.ods): save it as .xlsx in WPS, Excel or "
                  "LibreOffice, then read that");
    if (kind && !(kn >= 4 && memcmp(kind, "text", 4) == 0))
        return odf_not_text();
    return NULL;
}

int xxgk_text_decode(char **out, const char *data, size_t len, const char *encoding,
                     const char *name)
{
    *out = NULL;
    name = name ? name : "<input>";
    /* A Word or Excel file where text is wanted (a ledger kept in Excel, a letter in Word):
     * what to do, not "binary data". */
    if (docx_is_docx(data, len) || ole_is_ole(data, len))
        return err_set(XXGK_EBINARY,
                       TR("%s：是 Office 文件（Word、Excel 或 WPS），不是文本：请先另存为文本"
                          "（表格存为“CSV UTF-8（逗号分隔）”，文字存为 .txt）",
                          "%s: an Office file (Word, Excel or WPS), not text: save it as text "
                          "first (a table as \"CSV UTF-8 (comma delimited)\", words as .txt)"),
                       name);
    xbuf b;
    xbuf_init(&b, len > SIZE_MAX / 4 ? SIZE_MAX : len * 3 + 64);
    const char *used;
    char msg[256];
    size_t cut;
    int rc = enc_decode(&b, data, len, encoding, &used, &cut, msg, sizeof msg);
    if (rc < 0) {
        xbuf_free(&b);
        return err_set(rc, TR("%s：%s", "%s: %s"), name, msg);
    }
    if (cut) { /* what the user wrote must come in whole */
        xbuf_free(&b);
        return err_set(XXGK_EENCODING,
                       TR("%s：文件在一个字符的中间结束（末尾 %zu 个字节），可能没有保存完整",
                          "%s: the file ends in the middle of a character (its last %zu bytes): "
                          "cut short?"),
                       name, cut);
    }
    if (b.len && memchr(b.data, 0, b.len)) { /* a NUL that came out of UTF-16 */
        xbuf_free(&b);
        return err_set(XXGK_EBINARY,
                       TR("%s：含有 NUL 字符，不是文本", "%s: a NUL character: not text"), name);
    }
    /* Line ends as '\n' (Notepad saves CR LF; old Macs CR), in place: never longer. */
    size_t w = 0;
    for (size_t i = 0; i < b.len; i++) {
        if (b.data[i] == '\r') {
            b.data[w++] = '\n';
            if (i + 1 < b.len && b.data[i + 1] == '\n')
                i++;
        } else {
            b.data[w++] = b.data[i];
        }
    }
    if (b.len) {
        b.len = w;
        b.data[w] = '\0';
    }
    *out = xbuf_steal(&b);
    return *out ? 0 : err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
}

/* What file data[0..len) is the start of, cut short within its signature, or NULL: the first
 * bytes of a PDF, zip or Word file are not a text that happens to be short (a whole signature
 * goes to its own reader, which says what is wrong). */
static const char *signature_start(const char *data, size_t len)
{
    static const struct {
        const char *magic;
        size_t n;
        const char *what;
    } starts[] = {{"%PDF-", 5, "PDF"},
                  {"PK\x03\x04", 4, NULL},
                  {"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, "Word/Excel 97-2003 (.doc, .xls)"}};
    for (size_t k = 0; k < sizeof starts / sizeof starts[0]; k++)
        if (len >= 2 && len < starts[k].n && memcmp(data, starts[k].magic, len) == 0)
            return starts[k].what
                       ? starts[k].what
                       : TR("zip（.docx、.xlsx、.odt、.ofd）",
                            "zip package (.docx, .xlsx, .odt, .ofd)");
    return NULL;
}

int report_named_otherwise(const char *name, const char *data, size_t len)
{
    static const char *const named[] = {".pdf", ".docx", ".xlsx", ".odt", ".rtf", ".ofd"};
    if (len == 0 || docx_is_docx(data, len) || pdf_is_pdf(data, len) || ole_is_ole(data, len) ||
        !html_is_html(data, len))
        return 0; /* (what it is, it is read as, whatever its name) */
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
        if (ends_with_ci(name, named[i]))
            return err_set(XXGK_EENCODING,
                           TR("%s：文件名表明是 %s 文件，内容却是网页（HTML），可能是下载失败时"
                              "网站返回的页面",
                              "%s: named a %s file, it is a web page (HTML), perhaps the site's "
                              "answer to a download that failed"),
                           name, named[i]);
    return 0;
}

/* Where "<table" (any case) begins a tag in s[from..n), or n. */
static size_t table_tag(const char *s, size_t n, size_t from, int closing)
{
    const char *tag = closing ? "</table" : "<table";
    size_t k = strlen(tag);
    for (const char *p = s + from; (p = memchr(p, '<', (size_t)(s + n - p))) != NULL; p++)
        if ((size_t)(s + n - p) > k && strncasecmp(p, tag, k) == 0 &&
            (p[k] == '>' || p[k] == ' ' || p[k] == '\t' || p[k] == '\n' || p[k] == '\r'))
            return (size_t)(p - s);
    return n;
}

/* The rows of a table read from its markup m[0..mn), one a line, put in out where the lines
 * after it keep their numbers: each row on the line its <tr> begins on, when there are as
 * many rows as <tr>s each on a line of its own; else one after another from the table's
 * first line; then empty lines to the line </table> ends (a table written on fewer lines than
 * it has rows moves the lines after it down).  `shift`: 1 when the table began after text on
 * its first line, which out has ended already. */
static void put_rows(xbuf *out, const char *rows, const char *m, size_t mn, size_t shift)
{
    size_t nrows = 0, ntr = 0, lines = 0, tr_line[512];
    int own_lines = 1;
    for (const char *p = rows; *p; p++)
        nrows += *p == '\n';
    for (size_t i = 0; i < mn; i++) {
        if (m[i] == '\n') {
            lines++;
        } else if (m[i] == '<' && mn - i > 3 && strncasecmp(m + i + 1, "tr", 2) == 0 &&
                   (m[i + 3] == '>' || m[i + 3] == ' ')) {
            own_lines &= ntr < 512 && lines >= shift && (ntr == 0 || lines > tr_line[ntr - 1]);
            if (ntr < 512)
                tr_line[ntr] = lines - shift;
            ntr++;
        }
    }
    size_t at = 0; /* (lines put so far, from the table's first) */
    if (own_lines && ntr == nrows) {
        for (size_t k = 0; k < nrows; k++) {
            for (; at < tr_line[k]; at++)
                xbuf_putc(out, '\n');
            const char *e = strchr(rows, '\n');
            xbuf_put(out, rows, (size_t)(e - rows) + 1);
            rows = e + 1;
            at++;
        }
    } else {
        xbuf_puts(out, rows);
        at = nrows;
    }
    for (; at + shift < lines; at++) /* (the line </table> ends on is ended by the text's own) */
        xbuf_putc(out, '\n');
}

/* HTML tables in text that is no web page: Markdown as pandoc, MinerU and other converters
 * write a table with merged cells, which Markdown's own tables cannot hold.  Each <table> …
 * </table> (tables inside it with it) read as a web page's is, its rows tab-separated lines
 * in place of its markup; the text around it as it is.  1 with the text in out, 0 when there
 * are none (out untouched), -1 when memory ran out. */
static int html_tables(xbuf *out, const char *s, size_t n)
{
    size_t a = table_tag(s, n, 0, 0);
    if (a == n)
        return 0;
    xbuf_init(out, n + 64);
    size_t done = 0;
    int any = 0;
    while (a < n) {
        size_t e = a + 1; /* (the end of the outermost: tables inside it counted) */
        size_t open = table_tag(s, n, e, 0), close = table_tag(s, n, e, 1);
        for (int depth = 1; depth > 0 && e < n;) {
            if (close == n) {
                e = n;
                break;
            }
            depth += open < close ? 1 : -1;
            e = (open < close ? open : close) + 1;
            /* (only the tag passed is looked for again: each search goes forward once) */
            if (open < close)
                open = table_tag(s, n, e, 0);
            else
                close = table_tag(s, n, e, 1);
        }
        if (e >= n)
            break; /* (never closed: left as it is) */
        const char *gt = memchr(s + e, '>', n - e);
        size_t end = gt ? (size_t)(gt - s) + 1 : n;
        xbuf rows;
        xbuf_init(&rows, 0);
        char why[256];
        int rc = html_to_text(&rows, NULL, s + a, end - a, why, sizeof why);
        if (rc == XXGK_ENOMEM || rows.failed) {
            xbuf_free(&rows);
            xbuf_free(out);
            return -1;
        }
        if (rc == 0) {
            const char *body = rows.data ? rows.data : ""; /* (a fragment has no title line) */
            xbuf_put(out, s + done, a - done);
            size_t shift = out->len && out->data[out->len - 1] != '\n';
            if (shift)
                xbuf_putc(out, '\n');
            put_rows(out, body, s + a, end - a, shift);
            done = end;
            any = 1;
        }
        xbuf_free(&rows);
        a = table_tag(s, n, end, 0);
    }
    xbuf_put(out, s + done, n - done);
    if (out->failed || !any) {
        int failed = out->failed;
        xbuf_free(out);
        return failed ? -1 : 0;
    }
    return 1;
}

/* The name of the HTML tag t[0..n) opens or closes ("u" of "</u>"), in name[0..8); "" when
 * it has none that fits. */
static void tag_name(const char *t, size_t n, char name[8])
{
    size_t i = 1 + (n > 1 && t[1] == '/'), k = 0;
    while (i < n && k < 7 && ((t[i] | 0x20) >= 'a' && (t[i] | 0x20) <= 'z'))
        name[k++] = (char)(t[i++] | 0x20);
    name[(i < n && (t[i] == '>' || t[i] == ' ' || t[i] == '/' || t[i] == '\n')) ? k : 0] = '\0';
}

/* The length of the end of a bracketed span at the start of s[0..n), "]{…}" (pandoc's
 * Markdown of a web page: [行政许可]{style="font-size:16px"}, [日期]{.underline}), or 0.  Its
 * attributes are a class, an id or key=value pairs, within the line. */
static size_t span_end(const char *s, size_t n)
{
    if (n < 4 || s[0] != ']' || s[1] != '{')
        return 0;
    const char *a = s + 2, *e = a, *end = s + n;
    int named = *a == '.' || *a == '#';
    if (!named && !(*a >= 'a' && *a <= 'z'))
        return 0;
    while (e < end && e - a < 512 && !strchr("{}\n", *e))
        e++;
    if (e == end || *e != '}' || !(named || memchr(a, '=', (size_t)(e - a))))
        return 0;
    return (size_t)(e - s) + 1;
}

/* Whether t[0..n) is "<" and a tag's name alone ("<span", "</td"). */
static int name_only(const char *t, size_t n)
{
    size_t i = 1 + (n > 1 && t[1] == '/');
    while (i < n && (t[i] | 0x20) >= 'a' && (t[i] | 0x20) <= 'z')
        i++;
    return i == n && n > 1;
}

/* Inline HTML in text that is no web page, as Markdown keeps what it cannot write itself
 * (<u>六、其他需要报告的事项</u>, <span>…</span>): the formatting tags dropped, their text
 * kept; struck text (<s>, <del>, <strike>) and raised or lowered text (<sup>, <sub>: a
 * note's mark, which would join a figure) dropped with their text, as a Word document's
 * are; <br> a space, as a line break within a paragraph of Word's is.  1 with the text in
 * out, 0 when it has none (out untouched), -1 when memory ran out. */
static int inline_tags(xbuf *out, const char *s, size_t n)
{
    static const char *const kept[] = {"u",  "b",    "i",     "em",  "strong", "span",
                                       "font", "mark", "small", "big", "ins",    "p"};
    static const char *const dropped[] = {"s", "del", "strike", "sup", "sub"};
    if (!memchr(s, '<', n) && !memchr(s, ']', n))
        return 0;
    int any = 0, skipping = 0;
    size_t moved = 0; /* line breaks inside tags dropped, put after the line they joined */
    size_t open[16], nopen = 0; /* where the '['s of the line stand in out */
    char skip[8] = "";
    xbuf_init(out, n + 1);
    for (size_t i = 0; i < n;) {
        size_t attrs;
        if (s[i] == '[' && !skipping && nopen < sizeof open / sizeof open[0]) {
            open[nopen++] = out->len;
        } else if (s[i] == '\n') {
            nopen = 0;
        } else if (s[i] == ']' && nopen && !skipping) {
            size_t at = open[--nopen]; /* (its '[': brackets inside a span are its words) */
            if ((attrs = span_end(s + i, n - i)) != 0 && !out->failed && at < out->len &&
                out->data[at] == '[') {
                /* a bracketed span's brackets and attributes dropped, its words kept */
                memmove(out->data + at, out->data + at + 1, out->len - at - 1);
                out->data[--out->len] = '\0';
                any = 1;
                i += attrs;
                continue;
            }
        }
        /* (a tag within its line, and short: "<b " in prose runs to no '>' far away; or
         * broken once after its name or an attribute's closing quote, as pandoc wraps
         * "<span\nstyle=...>": its line break put after the line, which the text on both
         * sides of the tag joins, so that the lines after keep their numbers) */
        size_t room = 0, wrapped = 0;
        while (s[i] == '<' && i + room < n && room < 256) {
            if (s[i + room] == '\n' &&
                (wrapped || !(s[i + room - 1] == '"' || name_only(s + i, room))))
                break;
            wrapped += s[i + room++] == '\n';
        }
        size_t tag = room ? text_tag(s + i, room) : 0;
        char name[8] = "";
        if (tag)
            tag_name(s + i, tag, name);
        int keep = 0, drop = 0;
        for (size_t k = 0; *name && k < sizeof kept / sizeof kept[0]; k++)
            keep |= strcmp(name, kept[k]) == 0;
        for (size_t k = 0; *name && k < sizeof dropped / sizeof dropped[0]; k++)
            drop |= strcmp(name, dropped[k]) == 0;
        if (tag && (keep || drop || strcmp(name, "br") == 0)) {
            int closing = s[i + 1] == '/', empty = s[i + tag - 2] == '/'; /* (<sup/>) */
            if (drop && !closing && !skipping && !empty) {
                skipping = 1;
                memcpy(skip, name, sizeof skip);
            } else if (drop && closing && skipping && strcmp(name, skip) == 0) {
                skipping = 0;
            } else if (!strcmp(name, "br") && !skipping) {
                xbuf_putc(out, ' '); /* (not a line's end: the lines keep their numbers) */
            }
            any = 1;
            moved += memchr(s + i, '\n', tag) != NULL;
            i += tag;
            continue;
        }
        if (s[i] == '\n')
            skipping = 0; /* (what a tag drops ends with its line: one never closed drops no
                           * more; the line's end kept, the lines keep their numbers) */
        if (!skipping || s[i] == '\n')
            xbuf_putc(out, s[i]);
        for (; s[i] == '\n' && moved; moved--)
            xbuf_putc(out, '\n'); /* (a wrapped tag's break: after its line, not in its words) */
        i++;
    }
    for (; moved; moved--)
        xbuf_putc(out, '\n');
    if (out->failed || !any) {
        int failed = out->failed;
        xbuf_free(out);
        return failed ? -1 : 0;
    }
    return 1;
}

/* Tables in text laid out otherwise than in lines of cells: drawn with box characters or ASCII
 * grids, written in HTML, or pasted as comma-separated values; and inline HTML dropped.
 * Before folding, which narrows the brackets a drawing's columns were counted with and makes
 * a label's commas ASCII.  1 with the text, its tables as tab-separated rows, in out and
 * *source naming the layout (NULL when only inline HTML was dropped); 0 when there were none
 * (out untouched); -1 when memory ran out. */
static int tables_in_text(xbuf *out, const char *s, size_t n, const char **source)
{
    /* (HTML first: a converter writes a table it can as a grid, one with merged cells in
     * HTML, in one file) */
    xbuf html, plain;
    int in_html = html_tables(&html, s, n), tables = in_html;
    if (in_html < 0)
        return -1;
    if (in_html) {
        s = html.data;
        n = html.len;
    }
    int tagged = inline_tags(&plain, s, n);
    if (tagged < 0) {
        if (in_html)
            xbuf_free(&html);
        return -1;
    }
    if (tagged) {
        if (in_html)
            xbuf_free(&html);
        html = plain;
        in_html = 1;
        s = html.data;
        n = html.len;
    }
    int rc = boxed_tables(out, s, n);
    if (rc == 0) {
        xbuf_init(out, n + 64);
        rc = csv_tables(out, s, n);
        if (rc <= 0)
            xbuf_free(out);
        *source = rc > 0 ? "csv" : NULL;
    } else {
        *source = rc > 0 ? "boxed" : NULL;
    }
    if (rc != 0 || !in_html) {
        if (in_html)
            xbuf_free(&html);
        return rc;
    }
    *out = html; /* (only tags dropped: the layout is the text's own, as read) */
    *source = tables ? "html-tables" : NULL;
    return 1;
}

/* A PDF page poppler could not fully decode: its text, and a table on it, may be short. */
static void note_damaged_pages(xxgk_report *r, const pdf_pages *damaged)
{
    size_t shown = damaged->n < 8 ? damaged->n : 8;
    for (size_t i = 0; i < shown; i++) {
        /* (the page's first line: the line of its form feed when nothing of it could be
         * read, the first page's none) */
        unsigned page = damaged->page[i], line = 1;
        while (line <= r->nlines && xxgk_report_page(r, line) < page)
            line++;
        if (line > r->nlines || xxgk_report_page(r, line) != page)
            line = 0;
        rep_diag(r, "reader-pdf-damaged", line,
                 rep_printf(r, "第%u页的内容流无法完整解码", page),
                 rep_printf(r, "page %u's content stream cannot be fully decoded", page));
    }
}

static int read_report(xxgk_report **out, const char *data, size_t len,
                       const xxgk_read_options *opts)
{
    int rc;
    *out = NULL;
    const char *name = opts && opts->name ? opts->name : "<input>";
    size_t max = opts && opts->max_bytes ? opts->max_bytes : DEFAULT_MAX_BYTES;
    if (len > max)
        return err_set(
            XXGK_ELIMIT,
            TR("%s：%zu 字节，超过 %zu 字节的上限", "%s: %zu bytes, more than the limit of %zu"),
            name, len, max);
    if (len == 0)
        return err_set(XXGK_EEMPTY, TR("%s：文件是空的", "%s: the file is empty"), name);
    const char *kind = unread_kind(data, len);
    if (kind)
        return err_set(XXGK_EBINARY, TR("%s：%s", "%s: %s"), name, kind);
    const char *cut = signature_start(data, len);
    if (cut)
        return err_set(XXGK_EENCODING,
                       TR("%s：只有 %zu 字节，是 %s 文件的开头，后面缺失（文件损坏或不完整）",
                          "%s: %zu bytes: the start of a %s file, cut short "
                          "(damaged or truncated)"),
                       name, len, cut);

    int zip = docx_is_docx(data, len), pdf = !zip && pdf_is_pdf(data, len);
    int ole = ole_is_ole(data, len), rtf = rtf_is_rtf(data, len);

    xbuf raw, folded;
    xbuf_init(&folded, max * 3 + 64);
    const char *used = NULL;
    char msg[256];
    const char *source = NULL;
    size_t controls = 0, rawlen = len, invalid = 0, cut_short = 0;
    html_found found = {.links.n = 0};
    pdf_notes pages = {.scans.n = 0};
    unsigned images = 0; /* pictures in a Word document or a page's article */
    if (!(opts && opts->encoding) && !zip && !pdf && !ole && !rtf && !html_is_html(data, len) &&
        enc_plain(data, len)) {
        /* Most reports: UTF-8 text, validated while it is folded, in one pass.  A table drawn
         * in box characters is read before folding, which narrows the brackets its columns
         * were counted with; its cells keep any invalid byte, so its text is validated as
         * well.  (Text in another encoding, GB18030 that is valid UTF-8 by chance too, is read
         * again below, decoded.) */
        xbuf boxed;
        const char *drawn = NULL;
        int redrawn = tables_in_text(&boxed, data, len, &drawn);
        if (redrawn < 0) {
            xbuf_free(&folded);
            return err_set(XXGK_ENOMEM, TR("%s：内存不足", "%s: out of memory"), name);
        }
        const char *text = redrawn ? boxed.data : data;
        size_t n = redrawn ? boxed.len : len;
        rc = text_fold(&folded, text, n, &controls, &invalid);
        if (redrawn)
            xbuf_free(&boxed);
        if (rc < 0) {
            xbuf_free(&folded);
            return err_set(XXGK_ENOMEM,
                           TR("%s：解码时内存不足", "%s: out of memory while decoding"), name);
        }
        if (invalid == n && !enc_gb18030_lookalike(data, len)) {
            used = "UTF-8";
            source = drawn;
        } else {
            xbuf_reset(&folded);
            controls = 0;
        }
    }
    if (!used) {
        xbuf_init(&raw, max * 3 + 64);
        if (zip) {
            /* a package, opened once: OFD (its characters laid out like a PDF's), an Excel
             * workbook, or else a Word document */
            char why[128] = "";
            zip_t *z = package_open(data, len, why, sizeof why);
            int ofd = z ? zip_name_locate(z, "OFD.xml", 0) >= 0 : ofd_is_ofd(data, len);
            int xlsx = z && !ofd && zip_name_locate(z, XLSX_WORKBOOK_PART, 0) >= 0;
            int odt = z && !ofd && !xlsx && odt_is_odt(z);
            used = ofd ? "OFD" : xlsx ? "XLSX" : odt ? "ODT" : "DOCX";
            source = ofd ? "ofd" : xlsx ? "xlsx" : odt ? "odt" : "docx";
            if (!z) {
                rc = XXGK_EENCODING;
                size_t kn;
                if (ofd)
                    snprintf(msg, sizeof msg,
                             TR("OFD 文件已损坏：无法打开文件包",
                                "damaged OFD document: the package cannot be opened"));
                else if (odt_kind(data, len, &kn))
                    snprintf(msg, sizeof msg,
                             TR("OpenDocument 文档（.odt）已损坏或不完整：%s",
                                "a damaged or truncated OpenDocument text (.odt): %s"),
                             why);
                else
                    snprintf(msg, sizeof msg,
                             TR("zip 压缩包（.docx、.xlsx、.odt、.ofd）已损坏或不完整：%s",
                                "a damaged or truncated zip package (.docx, .xlsx, .odt, "
                                ".ofd): %s"),
                             why);
            } else if (!ofd && !xlsx && !odt && odt_is_other(z)) {
                rc = XXGK_EBINARY; /* (its mimetype compressed: not seen by unread_kind) */
                snprintf(msg, sizeof msg, "%s", odf_not_text());
                zip_discard(z);
            } else {
                rc = ofd    ? ofd_to_text(&raw, z, msg, sizeof msg)
                     : xlsx ? xlsx_to_text(&raw, z, NULL, msg, sizeof msg)
                     : odt  ? odt_to_text(&raw, &images, &found.links, z, msg, sizeof msg)
                            : docx_to_text(&raw, &images, &found.links, z, msg, sizeof msg);
                zip_discard(z);
            }
        } else if (ole && (xls_is_xls(data, len) || ends_with_ci(name, ".xls"))) {
            /* (a workbook too damaged to tell is named by its file: the reason speaks of Excel) */
            rc = xls_to_text(&raw, data, len, NULL, msg, sizeof msg);
            used = "XLS";
            source = "xls";
        } else if (ole) {
            rc = doc_to_text(&raw, &found.links, data, len, msg, sizeof msg);
            used = "DOC";
            source = "doc";
        } else if (rtf) {
            rc = rtf_to_text(&raw, &found.links, data, len, msg, sizeof msg);
            used = "RTF";
            source = "rtf";
        } else if (pdf) {
            /* A PDF's text layer, laid out like `pdftotext -layout`, for the same reader. */
            rc = pdf_to_text(&raw, &pages, data, len, msg, sizeof msg);
            found.links = pages.links;
            used = "PDF";
            source = "pdf";
        } else {
            rc = enc_decode(&raw, data, len, opts ? opts->encoding : NULL, &used, &cut_short,
                            msg, sizeof msg);
        }
        if (rc < 0) {
            xbuf_free(&raw);
            xbuf_free(&folded);
            return err_set(rc, TR("%s：%s", "%s: %s"), name, msg);
        }
        /* A web page: its article as text, tables as tab-separated rows. */
        if (!source && html_is_html(raw.data ? raw.data : "", raw.len)) {
            xbuf page;
            xbuf_init(&page, max * 3 + 64);
            rc = html_to_text(&page, &found, raw.data, raw.len, msg, sizeof msg);
            xbuf_free(&raw);
            if (rc < 0) {
                xbuf_free(&page);
                xbuf_free(&folded);
                return err_set(rc, TR("%s：%s", "%s: %s"), name, msg);
            }
            raw = page;
            source = "html";
            images = found.images;
        }
        if (!source) {
            xbuf drawn;
            rc = tables_in_text(&drawn, raw.data ? raw.data : "", raw.len, &source);
            if (rc == 1) {
                xbuf_free(&raw);
                raw = drawn;
            }
        }
        if (rc >= 0)
            rc = text_fold(&folded, raw.data ? raw.data : "", raw.len, &controls, NULL);
        rawlen = raw.len;
        xbuf_free(&raw);
        if (rc < 0) {
            xbuf_free(&folded);
            return err_set(XXGK_ENOMEM,
                           TR("%s：解码时内存不足", "%s: out of memory while decoding"), name);
        }
    }
    /* Text holds few control characters; a file full of them is binary whatever its bytes
     * decode to. */
    if (controls > 8 + rawlen / 100) {
        xbuf_free(&folded);
        return err_set(XXGK_EBINARY,
                       TR("%s：二进制数据（含控制字符），不是文本报告",
                          "%s: binary data (control characters), not a text report"),
                       name);
    }
    int blank = 1;
    for (size_t i = 0; i < folded.len && blank; i++)
        blank = folded.data[i] == ' ' || folded.data[i] == '\n' || folded.data[i] == '\t' ||
                folded.data[i] == '\f';
    if (blank) {
        xbuf_free(&folded);
        return err_set(XXGK_EEMPTY, TR("%s：没有文字（只有空白）", "%s: no text (only whitespace)"),
                       name);
    }

    /* A site's 繁體 version of its report: read in Simplified characters, as the format's
     * labels are. */
    int hant = traditional_text(folded.data, folded.len);
    if (hant) {
        xbuf simple;
        xbuf_init(&simple, max * 3 + 64);
        rc = traditional_to_simplified(&simple, folded.data, folded.len, msg, sizeof msg);
        xbuf_free(&folded);
        if (rc < 0) {
            xbuf_free(&simple);
            return err_set(rc, TR("%s：%s", "%s: %s"), name, msg);
        }
        folded = simple;
    }
    /* A page flattened onto one line: put the rows back on lines of their own. */
    int flat = deglue_needed(folded.data);
    deglue_pos *where = NULL;
    size_t nwhere = 0;
    if (flat) {
        xbuf lines;
        xbuf_init(&lines, max * 3 + 64);
        if (deglue(&lines, &where, &nwhere, folded.data, folded.len) < 0) {
            xbuf_free(&lines);
            xbuf_free(&folded);
            return err_set(XXGK_ENOMEM, TR("%s：内存不足", "%s: out of memory"), name);
        }
        xbuf_free(&folded);
        folded = lines;
        source = source ? source : "flattened";
    }
    /* Markdown's links, in text that is its own (a page's were read from its HTML) */
    if (!flat && (!source || strcmp(source, "html-tables") == 0))
        links_markdown(&found.links, &folded);
    xxgk_report *r = rep_new(name);
    if (!r) {
        free(where);
        xbuf_free(&folded);
        return err_set(XXGK_ENOMEM, TR("%s：内存不足", "%s: out of memory"), name);
    }
    r->encoding = used;
    r->flat = flat;
    /* (Lines counted in the page's text; a flattened page is cut into other lines.) */
    for (int i = 0; i < found.links.n; i++)
        rep_diag(r, "text-link-mismatch", flat ? 0 : found.links.link[i].line,
                 rep_printf(r, "显示“%s”，链接到“%s”", found.links.link[i].shown,
                            found.links.link[i].target),
                 rep_printf(r, "shows \"%s\", links to \"%s\"", found.links.link[i].shown,
                            found.links.link[i].target));
    char posted[16];
    if (found.posted[0] && date_at(found.posted, posted))
        r->posted = rep_strndup(r, posted, strlen(posted));
    r->images = images;
    r->documents = found.documents;
    r->pdf = pages;
    if (found.attachment[0]) {
        r->attachment = rep_strndup(r, found.attachment, strlen(found.attachment));
        r->attachment_named = found.attachment_named;
    }
    r->text = xbuf_steal(&folded);
    rc = r->text ? split_lines(r) : XXGK_ENOMEM;
    if (rc == 0 && hant)
        rep_diag(r, "reader-traditional", 0, "繁体字文本，已按简体字读取",
                 "text in Traditional characters: read as Simplified");
    if (rc == 0 && cut_short)
        rep_diag(r, "reader-cut-short", r->nlines,
                 rep_printf(r, "末尾 %zu 个字节不成字，已略去", cut_short),
                 rep_printf(r, "the last %zu bytes make no character: left out", cut_short));
    if (rc == 0 && pages.damaged.n)
        note_damaged_pages(r, &pages.damaged);
    if (rc == 0 && where)
        rc = keep_source_positions(r, where, nwhere);
    free(where);
    lgrid g = {0};
    if (rc == 0)
        find_published(r);
    if (rc == 0 && find_sections(r) < 0)
        rc = XXGK_ENOMEM;
    unsigned next = rc == 0 ? another_report(r) : 0;
    if (next) { /* (this report ends there: its date and sections found again within it) */
        r->nlines = next - 1;
        free(r->sections);
        r->sections = NULL;
        r->nsections = 0;
        r->published = NULL;
        r->published_line = r->signature_line = 0;
        find_published(r);
        if (find_sections(r) < 0)
            rc = XXGK_ENOMEM;
    }
    if (rc == 0) {
        find_title(r);
        check_title_year(r);
        year_from_text(r);
        find_preamble(r);
        if (!r->posted)
            find_posted(r);
        if (!r->agency && r->signature_line && r->signature_line < r->published_line) {
            const char *sig = r->lines[r->signature_line - 1];
            r->agency = trimmed_copy(r, sig, strlen(sig));
        }
        if (layout_build(&g, r) < 0 || recognize_tables(r, &g) < 0)
            rc = !g.over ? XXGK_ENOMEM
                         : err_set(XXGK_ELIMIT,
                                   TR("%s：表格单元格超过 %d 个，不像一份报告：未读取",
                                      "%s: more than %d table cells, no report has that many: "
                                      "not read"),
                                   name, LGRID_MAX_CELLS);
        if (source)
            r->layout = source;
        /* another document kept with the reports (a notice, titled and dated, no section nor
         * table, its title naming no report): no report's year is the one its date suggests */
        if (rc == 0 && r->year_dated && !r->spec && r->nsections == 0 &&
            !(r->title && strstr(r->title, "报告"))) {
            r->year = 0;
            r->year_dated = 0;
            size_t k = 0;
            for (size_t d = 0; d < r->ndiags; d++)
                if (strcmp(r->diags[d].rule, "date-year-dated") != 0)
                    r->diags[k++] = r->diags[d];
            r->ndiags = k;
        }
    }
    layout_free(&g);
    if (rc == 0 && r->oom)
        rc = XXGK_ENOMEM;
    if (rc < 0) {
        xxgk_report_free(r);
        if (rc == XXGK_ELIMIT) /* (split_lines or the cells said which limit) */
            return rc;
        return err_set(rc, TR("%s：%s", "%s: %s"), name, xxgk_strerror(rc));
    }
    *out = r;
    return 0;
}

/* The file at path, named `name` in what is said of it. */
static int read_file(xxgk_report **out, const char *path, const char *name,
                     const xxgk_read_options *opts)
{
    *out = NULL;
    size_t max = opts && opts->max_bytes ? opts->max_bytes : DEFAULT_MAX_BYTES;
    int is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f)
        return err_set(XXGK_EIO, TR("%s：%s", "%s: %s"), name, lang_strerror(errno));
    /* (a device gives bytes without end, /dev/zero, or a disk's: no report; a pipe is read,
     * as a shell's <(...) gives one) */
    struct stat st;
    if (!is_stdin && fstat(fileno(f), &st) == 0 && (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))) {
        fclose(f);
        return err_set(XXGK_EIO,
                       TR("%s：是设备，不是文件：未读取", "%s: a device, not a file: not read"),
                       name);
    }
    xbuf b;
    xbuf_init(&b, max + 1);
    int got = xbuf_read(&b, f);
    int saved = errno;
    if (!is_stdin)
        fclose(f);
    if (got < 0) {
        xbuf_free(&b);
        return got == -2 ? err_set(XXGK_ELIMIT,
                                   TR("%s：超过 %zu 字节的上限",
                                      "%s: larger than the limit of %zu bytes"),
                                   name, max)
                         : err_set(XXGK_EIO, TR("%s：%s", "%s: %s"), name, lang_strerror(saved));
    }
    xxgk_read_options o = opts ? *opts : (xxgk_read_options){0};
    o.name = is_stdin ? (o.name ? o.name : "<stdin>") : name;
    int rc = is_stdin ? 0 : report_named_otherwise(name, b.data ? b.data : "", b.len);
    if (rc == 0)
        rc = xxgk_report_read(out, b.data ? b.data : "", b.len, &o);
    xbuf_free(&b);
    return rc;
}

int xxgk_report_read_file(xxgk_report **out, const char *path, const xxgk_read_options *opts)
{
    xbuf tmp; /* (a name the disk gives in GB18030, said as its characters) */
    xbuf_init(&tmp, 0);
    const char *shown = enc_shown(path, &tmp);
    int rc = shown ? read_file(out, path, shown, opts)
                   : err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    xbuf_free(&tmp);
    return rc;
}

/* A web archive (.mht) is read as the page it holds: its root page, or where that holds no
 * report (a frameset, a page showing the report in a frame), the first other page that does;
 * failing that, as its root page reads. */
int xxgk_report_read(xxgk_report **out, const char *data, size_t len,
                     const xxgk_read_options *opts)
{
    *out = NULL;
    size_t max = opts && opts->max_bytes ? opts->max_bytes : DEFAULT_MAX_BYTES;
    if (len > max || !mime_is_archive(data, len))
        return read_report(out, data, len, opts);
    const char *name = opts && opts->name ? opts->name : "<input>";
    mime_pages pages;
    char msg[256];
    int rc = mime_read_pages(&pages, data, len, msg, sizeof msg);
    if (rc < 0) {
        mime_pages_free(&pages);
        return err_set(rc, TR("%s：%s", "%s: %s"), name, msg);
    }
    if (pages.page[0].len == 0)
        rc = err_set(XXGK_EEMPTY, TR("%s：网页存档（.mht）中的网页是空的",
                                     "%s: the page in the web archive (.mht) is empty"),
                     name);
    else
        rc = read_report(out, pages.page[0].data, pages.page[0].len, opts);
    char *why = rc < 0 ? strdup(xxgk_error_last()) : NULL; /* (the root's, if none reads) */
    for (size_t k = 1; k < pages.n && (rc < 0 || xxgk_report_format(*out) == XXGK_FORMAT_OTHER);
         k++) {
        xxgk_report *frame = NULL;
        if (pages.page[k].len &&
            read_report(&frame, pages.page[k].data, pages.page[k].len, opts) == 0 &&
            xxgk_report_format(frame) != XXGK_FORMAT_OTHER) {
            xxgk_report_free(*out);
            *out = frame;
            rc = 0;
        } else {
            xxgk_report_free(frame);
        }
    }
    if (rc < 0)
        err_set(rc, "%s", why ? why : xxgk_strerror(rc));
    free(why);
    mime_pages_free(&pages);
    return rc;
}
