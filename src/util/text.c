/* Text helpers: UTF-8 walking, width folding, label normalization and number parsing. */
#include "util/text.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

size_t u8_next(const char *s, size_t n, int32_t *cp)
{
    utf8proc_int32_t c;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &c);
    if (k <= 0) {
        *cp = -1;
        return 1;
    }
    *cp = c;
    return (size_t)k;
}

/* Decode one code point of text already known to be valid UTF-8 (the decoder's output): the
 * hot loops of label normalization need no validation. */
static inline size_t dec(const char *s, size_t n, int32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80) {
        *cp = u[0];
        return 1;
    }
    if ((u[0] & 0xE0) == 0xC0 && n >= 2) {
        *cp = ((u[0] & 0x1F) << 6) | (u[1] & 0x3F);
        return 2;
    }
    if ((u[0] & 0xF0) == 0xE0 && n >= 3) {
        *cp = ((u[0] & 0x0F) << 12) | ((u[1] & 0x3F) << 6) | (u[2] & 0x3F);
        return 3;
    }
    return u8_next(s, n, cp);
}

void u8_scrub(xbuf *b, const char *s, size_t n)
{
    size_t run = 0;
    for (size_t i = 0; i < n;) {
        int32_t cp = (unsigned char)s[i];
        size_t l = cp < 0x80 ? 1 : u8_next(s + i, n - i, &cp);
        if (cp < 0) {
            xbuf_put(b, s + run, i - run);
            xbuf_puts(b, "\xEF\xBF\xBD");
            run = i + l;
        }
        i += l;
    }
    xbuf_put(b, s + run, n - run);
}

int text_name_end(int32_t cp)
{
    static const char ends[] = "局委会办院府厅室心所站队处部署行司县区市镇乡道馆校团社台场园";
    for (size_t i = 0; i < sizeof ends - 1;) {
        int32_t e;
        i += u8_next(ends + i, sizeof ends - 1 - i, &e);
        if (e == cp)
            return 1;
    }
    return 0;
}

int xml_forbidden_char(int32_t cp)
{
    return cp == 0xFFFE || cp == 0xFFFF;
}

void markup_escape(xbuf *b, const char *s, size_t n)
{
    size_t run = 0; /* start of the bytes not yet copied */
    for (size_t i = 0; i < n;) {
        int32_t cp = (unsigned char)s[i];
        size_t l = cp < 0x80 ? 1 : u8_next(s + i, n - i, &cp);
        const char *rep = cp == '&'   ? "&amp;"
                          : cp == '<' ? "&lt;"
                          : cp == '>' ? "&gt;"
                          : cp == '"' ? "&quot;"
                          : cp < 0     ? "\xEF\xBF\xBD"
                          : (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0x7F ||
                                  xml_forbidden_char(cp)
                              ? ""
                              : NULL;
        if (rep) {
            xbuf_put(b, s + run, i - run);
            xbuf_puts(b, rep);
            run = i + l;
        }
        i += l;
    }
    xbuf_put(b, s + run, n - run);
}

/* Chinese text around a punctuation mark: ideographs, CJK and full-width punctuation. */
static int cjk(int32_t cp)
{
    return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xFF00 && cp <= 0xFFEF) ||
           cp == 0x201C || cp == 0x201D;
}

void prose_widths(xbuf *out, const char *s, size_t n)
{
    static const char marks[] = ",;:!?()";
    static const char *const widths[] = {"，", "；", "：", "！", "？", "（", "）"};
    int32_t prev = 0;
    unsigned char open[32]; /* per open bracket: was it widened?  a pair stays a pair */
    int depth = 0;
    for (size_t i = 0; i < n;) {
        int32_t cp;
        size_t k = u8_next(s + i, n - i, &cp);
        const char *m = cp > 0 && cp < 0x80 ? strchr(marks, (int)cp) : NULL;
        if (m && cp) {
            int32_t next = 0;
            size_t j = i + k;
            while (j < n && s[j] == ' ') /* "( 一 )" as some copies space it */
                j++;
            if (j < n)
                u8_next(s + j, n - j, &next);
            int wide = cjk(prev) || cjk(next);
            if (cp == ')' && depth > 0)
                wide = open[--depth];
            else if (cp == '(' && depth < (int)sizeof open)
                open[depth++] = (unsigned char)wide;
            if (wide) {
                xbuf_puts(out, widths[m - marks]);
                prev = 0xFF0C;
                i += k;
                continue;
            }
        }
        xbuf_put(out, s + i, k);
        if (cp != ' ')
            prev = cp;
        i += k;
    }
}

size_t u8_floor(const char *s, size_t i)
{
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
        i--;
    return i;
}

size_t u8_count(const char *s, size_t n)
{
    /* Count the continuation bytes (10xxxxxx) eight at a time: cells and lines are counted by
     * the hundred per report. */
    const uint64_t high = UINT64_C(0x8080808080808080);
    size_t cont = 0, i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        uint64_t c = (w & high & ~(w << 1)) >> 7; /* 1 in each continuation byte */
        cont += (size_t)((c * UINT64_C(0x0101010101010101)) >> 56);
    }
    for (; i < n; i++)
        cont += ((unsigned char)s[i] & 0xC0) == 0x80;
    return n - cont;
}

int u8_put(xbuf *b, int32_t cp)
{
    utf8proc_uint8_t tmp[4];
    utf8proc_ssize_t k = utf8proc_encode_char(cp, tmp);
    return k > 0 ? xbuf_put(b, (const char *)tmp, (size_t)k) : 0;
}

/* The entities text keeps from a web page, without their semicolon; with it always, and
 * without it (bare), as old sites write them and browsers read them ("3520&nbsp", "&nbsp280"),
 * where no letter follows, which would make another name (nor, for &#160, a digit). */
static const struct {
    const char *name;
    char ch;
    int bare;
} entities[] = {
    {"&nbsp", ' ', 1}, {"&ensp", ' ', 0}, {"&emsp", ' ', 0}, {"&amp", '&', 1},
    {"&lt", '<', 1},   {"&gt", '>', 1},   {"&quot", '"', 1}, {"&#160", ' ', 1},
};

/* Whether the sequence at u (n >= 1 bytes left) may need folding.  Only a few lead bytes can
 * start one; the checks stay loose where that is cheap (the slow path decides), but let the
 * punctuation of Chinese text (， is folded; 。、“” are not) through without a stop. */
static int may_fold(const unsigned char *u, size_t n)
{
    unsigned c1 = n > 1 ? u[1] : 0, c2 = n > 2 ? u[2] : 0;
    switch (u[0]) {
    case 0xEF: /* U+FF01..FF5E full-width forms, U+FEFF */
        return c1 == 0xBC || c1 == 0xBD || c1 == 0xBB;
    case 0xE3: /* U+3000 ideographic space */
        return c1 == 0x80 && c2 == 0x80;
    case 0xC2: /* U+00A0, U+00AD */
        return c1 == 0xA0 || c1 == 0xAD;
    case 0xE2: /* U+2000..200D, 2028, 2029, 202F, 2060; radicals U+2E80..2FFF */
        return (c1 == 0x80 && (c2 <= 0x8D || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF)) ||
               (c1 == 0x81 && c2 == 0xA0) || c1 >= 0xBA;
    default:
        return 0;
    }
}

/* Radicals of the CJK Radicals Supplement drawn as a whole character of simplified Chinese,
 * with that character, as Unicode's EquivalentUnifiedIdeograph.txt pairs them: a PDF's text
 * layer gives the radical when its font draws both with one glyph.  The radicals that are parts
 * of characters (亻 氵 讠 钅 ...) and the Japanese forms are left out: no text means a character
 * by them.  ⺟ 母 and ⻳ 龟 have compatibility mappings, used instead. */
static const uint16_t supplement[][2] = {
    {0x2EA0, 0x6C11}, /* ⺠ 民 CIVILIAN */
    {0x2EC4, 0x897F}, /* ⻄ 西 WEST TWO */
    {0x2EC5, 0x89C1}, /* ⻅ 见 C-SIMPLIFIED SEE */
    {0x2EC6, 0x89D2}, /* ⻆ 角 SIMPLIFIED HORN */
    {0x2EC9, 0x8D1D}, /* ⻉ 贝 C-SIMPLIFIED SHELL */
    {0x2ECB, 0x8F66}, /* ⻋ 车 C-SIMPLIFIED CART */
    {0x2ED3, 0x957F}, /* ⻓ 长 C-SIMPLIFIED LONG */
    {0x2ED4, 0x95E8}, /* ⻔ 门 C-SIMPLIFIED GATE */
    {0x2ED8, 0x9752}, /* ⻘ 青 BLUE */
    {0x2ED9, 0x97E6}, /* ⻙ 韦 C-SIMPLIFIED TANNED LEATHER */
    {0x2EDA, 0x9875}, /* ⻚ 页 C-SIMPLIFIED LEAF */
    {0x2EDB, 0x98CE}, /* ⻛ 风 C-SIMPLIFIED WIND */
    {0x2EDC, 0x98DE}, /* ⻜ 飞 C-SIMPLIFIED FLY */
    {0x2EE2, 0x9A6C}, /* ⻢ 马 C-SIMPLIFIED HORSE */
    {0x2EE5, 0x9C7C}, /* ⻥ 鱼 C-SIMPLIFIED FISH */
    {0x2EE6, 0x9E1F}, /* ⻦ 鸟 C-SIMPLIFIED BIRD */
    {0x2EE7, 0x5364}, /* ⻧ 卤 C-SIMPLIFIED SALT */
    {0x2EE8, 0x9EA6}, /* ⻨ 麦 SIMPLIFIED WHEAT */
    {0x2EE9, 0x9EC4}, /* ⻩ 黄 SIMPLIFIED YELLOW */
    {0x2EEA, 0x9EFE}, /* ⻪ 黾 C-SIMPLIFIED FROG */
    {0x2EEC, 0x9F50}, /* ⻬ 齐 C-SIMPLIFIED EVEN */
    {0x2EEE, 0x9F7F}, /* ⻮ 齿 C-SIMPLIFIED TOOTH */
    {0x2EF0, 0x9F99}, /* ⻰ 龙 C-SIMPLIFIED DRAGON */
};

/* The CJK ideograph a radical (U+2E80..2FDF) stands for in text, or 0: a Kangxi Radical's and
 * ⺟'s and ⻳'s by their compatibility mapping (NFKC), the look-alikes above by the table.  Each
 * is a three-byte character for a three-byte one, so folding keeps every offset. */
static int32_t radical_ideograph(int32_t cp)
{
    utf8proc_int32_t d[4];
    int bound = 0;
    if (utf8proc_decompose_char(cp, d, 4, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT, &bound) == 1 &&
        d[0] >= 0x4E00 && d[0] <= 0x9FFF)
        return d[0];
    for (size_t k = 0; k < sizeof supplement / sizeof supplement[0]; k++)
        if (supplement[k][0] == cp)
            return supplement[k][1];
    return 0;
}

/* Bytes that pass through unchanged: printable ASCII but '&', the tab and the line feed. */
static int plain_ascii(unsigned char c)
{
    return (c >= 0x20 && c != '&' && c != 0x7f) || c == '\n' || c == '\t';
}

/* Whether the eight bytes at s are all plain_ascii bytes other than the tab and line feed:
 * spaces and figures of aligned tables pass a word at a time. */
static int plain_word(const char *s)
{
    const uint64_t ones = UINT64_C(0x0101010101010101), high = UINT64_C(0x8080808080808080);
    uint64_t w;
    memcpy(&w, s, 8);
    uint64_t amp = w ^ (ones * '&'), del = w ^ (ones * 0x7f);
    uint64_t bad = w | ((w - ones * 0x20) & ~w) | ((amp - ones) & ~amp) | ((del - ones) & ~del);
    return !(bad & high);
}

/* Length of the valid two- or three-byte sequence at u, or 0 for anything the slow path must
 * decide (E0 may be overlong, ED a surrogate; four-byte sequences are rare). */
static size_t common_seq(const unsigned char *u, size_t n)
{
    unsigned c = u[0];
    if (c >= 0xE1 && c <= 0xEF && c != 0xED && n >= 3 && (u[1] & 0xC0) == 0x80 &&
        (u[2] & 0xC0) == 0x80)
        return 3;
    if (c >= 0xC2 && c <= 0xDF && n >= 2 && (u[1] & 0xC0) == 0x80)
        return 2;
    return 0;
}

unsigned markup_crowded_tag(const char *data, size_t len, int most)
{
    unsigned line = 1;
    for (size_t i = 0; i < len; i++) {
        line += data[i] == '\n';
        char next = i + 1 < len ? (char)(data[i + 1] | 0x20) : 0;
        if (data[i] != '<' || next < 'a' || next > 'z')
            continue;
        unsigned at = line;
        /* (a script's or a style's text is no tag: "a<b" in it opens none) */
        const char *raw = len - i > 7 && strncasecmp(data + i + 1, "script", 6) == 0 ? "</script"
                          : len - i > 6 && strncasecmp(data + i + 1, "style", 5) == 0 ? "</style"
                                                                                      : NULL;
        int n = 0;
        char quote = 0;
        for (i++; i < len && (quote || data[i] != '>'); i++) {
            line += data[i] == '\n';
            if (quote)
                quote = data[i] == quote ? 0 : quote;
            else if (data[i] == '"' || data[i] == '\'')
                quote = data[i];
            else if (data[i] == '=' && ++n > most)
                return at;
        }
        for (size_t k = strlen(raw ? raw : ""); raw && i < len; i++) {
            if (i + k <= len && strncasecmp(data + i, raw, k) == 0)
                break;
            line += data[i] == '\n';
        }
    }
    return 0;
}

text_flaw text_first_flaw(const char *s, size_t n, int prose, size_t *at, int32_t *cp)
{
    for (size_t i = 0; i < n;) {
        int32_t c;
        size_t k = u8_next(s + i, n - i, &c);
        text_flaw f = TEXT_CLEAN;
        if (c < 0)
            f = TEXT_NOT_UTF8;
        else if ((c < 0x20 && !(prose && (c == '\n' || c == '\t'))) || (c >= 0x7F && c < 0xA0))
            f = TEXT_CONTROL;
        else if (utf8proc_category(c) == UTF8PROC_CATEGORY_CF &&
                 (!prose || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)))
            f = TEXT_INVISIBLE;
        if (f != TEXT_CLEAN) {
            *at = i;
            *cp = c;
            return f;
        }
        i += k;
    }
    return TEXT_CLEAN;
}

int text_fold(xbuf *out, const char *s, size_t n, size_t *controls, size_t *invalid)
{
    size_t ctl = 0;
    if (invalid)
        *invalid = n;
    /* The output is never longer than the input, but for U+FFFD put for an invalid byte,
     * which grows the buffer itself: so o below always has room. */
    if (xbuf_grow(out, n) < 0)
        return -1;
    const unsigned char *u = (const unsigned char *)s;
    char *o = out->data + out->len;
    size_t i = 0;
    while (i < n) {
        /* Copy the run that needs nothing done, validating it: most of a report. */
        size_t j = i;
        while (j < n) {
            unsigned char c = u[j];
            size_t k;
            if (c < 0x80) {
                if (j + 8 <= n && plain_word(s + j)) {
                    j += 8;
                    continue;
                }
                if (!plain_ascii(c))
                    break;
                j++;
            } else if (c >= 0xE4 && c <= 0xE9) { /* a CJK ideograph: never folded */
                if (j + 3 > n || ((u[j + 1] | u[j + 2] << 8) & 0xC0C0) != 0x8080)
                    break;
                j += 3;
            } else if ((k = common_seq(u + j, n - j)) != 0 && !may_fold(u + j, n - j)) {
                j += k;
            } else {
                break;
            }
        }
        memcpy(o, s + i, j - i);
        o += j - i;
        i = j;
        if (i >= n)
            break;
        unsigned char c = u[i];
        if (c < 0x80) {
            if (c == '\r') {
                *o++ = '\n';
                i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
                continue;
            }
            if (c == '&') {
                size_t k;
                for (k = 0; k < sizeof entities / sizeof entities[0]; k++) {
                    size_t l = strlen(entities[k].name);
                    if (i + l > n || memcmp(s + i, entities[k].name, l) != 0)
                        continue;
                    unsigned char after = i + l < n ? u[i + l] : 0;
                    int closed = after == ';';
                    if (closed || (entities[k].bare &&
                                   !((after | 0x20) >= 'a' && (after | 0x20) <= 'z') &&
                                   !(entities[k].name[1] == '#' && after >= '0' && after <= '9'))) {
                        *o++ = entities[k].ch;
                        i += l + (size_t)closed;
                        break;
                    }
                }
                if (k < sizeof entities / sizeof entities[0])
                    continue;
            }
            /* Other control characters become spaces; many of them mean binary data.  A form
             * feed (pdftotext's page break) is kept for the reader to mark the page, then made
             * a space too. */
            if (c < 0x20 && c != '\f' && c != '\v')
                ctl++;
            *o++ = (c < 0x20 && c != '\f') || c == 0x7f ? ' ' : (char)c;
            i++;
            continue;
        }
        int32_t cp, ideo;
        size_t k = common_seq(u + i, n - i);
        if (k == 3)
            cp = (int32_t)((c & 0x0F) << 12 | (u[i + 1] & 0x3F) << 6 | (u[i + 2] & 0x3F));
        else if (k == 2)
            cp = (int32_t)((c & 0x1F) << 6 | (u[i + 1] & 0x3F));
        else
            k = u8_next(s + i, n - i, &cp);
        if (cp >= 0xFF01 && cp <= 0xFF5E) {
            *o++ = (char)(cp - 0xFF01 + 0x21);
        } else if (cp == 0x3000 || cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200A) ||
                   cp == 0x202F) {
            *o++ = ' ';
        } else if (cp == 0xFEFF || cp == 0x200B || cp == 0x200C || cp == 0x200D ||
                   cp == 0x2060 || cp == 0x00AD) {
            ; /* invisible (U+00AD: a soft hyphen, shown only where a line breaks) */
        } else if (cp == 0x2028 || cp == 0x2029) {
            *o++ = '\n';
        } else if (cp >= 0x2E80 && cp <= 0x2FDF && (ideo = radical_ideograph(cp)) != 0) {
            o += utf8proc_encode_char(ideo, (utf8proc_uint8_t *)o);
        } else if (cp < 0) {
            if (invalid) {
                *invalid = i;
                break;
            }
            out->len = (size_t)(o - out->data);
            if (xbuf_grow(out, 3 + (n - i)) < 0)
                return -1;
            u8_put(out, 0xFFFD);
            o = out->data + out->len;
        } else {
            memcpy(o, s + i, k);
            o += k;
        }
        i += k;
    }
    out->len = (size_t)(o - out->data);
    out->data[out->len] = '\0';
    if (controls)
        *controls = ctl;
    return 0;
}

int cn_digit(int32_t cp)
{
    static const int32_t d[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94,
                                0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341};
    for (int i = 0; i < 10; i++)
        if (d[i] == cp)
            return i + 1;
    return 0;
}

int cn_zero(int32_t cp, int digits)
{
    return cp == 0x3007 || cp == 0x96F6 ||
           (digits && (cp == 0x25CB || cp == 0x25EF || cp == 'O' || cp == 'o'));
}

size_t text_tag(const char *s, size_t n)
{
    if (n < 3 || s[0] != '<' || !(s[1] == '/' || ((s[1] | 0x20) >= 'a' && (s[1] | 0x20) <= 'z')))
        return 0;
    const char *e = memchr(s, '>', n);
    return e ? (size_t)(e - s) + 1 : 0;
}

size_t text_tag_before(const char *s, size_t n)
{
    if (!n || s[n - 1] != '>')
        return 0;
    size_t k = n - 1;
    while (k > 0 && s[k] != '<')
        k--;
    return text_tag(s + k, n - k) == n - k ? n - k : 0;
}

/* The length of a space (a tab, an ideographic or a no-break one) at the start of s[0..n), or
 * (at_end) at its end; 0 when there is none. */
static size_t wide_space(const char *s, size_t n, int at_end)
{
    static const char *const spaces[] = {" ", "\t", "\xE3\x80\x80", "\xC2\xA0"};
    for (size_t i = 0; i < sizeof spaces / sizeof spaces[0]; i++) {
        size_t k = strlen(spaces[i]);
        if (n >= k && memcmp(at_end ? s + n - k : s, spaces[i], k) == 0)
            return k;
    }
    return 0;
}

size_t trim_wide(const char **s, size_t n)
{
    const char *p = *s;
    size_t k;
    while ((k = wide_space(p, n, 0)) != 0)
        p += k, n -= k;
    while ((k = wide_space(p, n, 1)) != 0)
        n -= k;
    *s = p;
    return n;
}

size_t trim_span(const char **s, size_t n)
{
    const char *p = *s;
    while (n && (*p == ' ' || *p == '\t')) {
        p++;
        n--;
    }
    while (n && (p[n - 1] == ' ' || p[n - 1] == '\t'))
        n--;
    *s = p;
    return n;
}

/* A code point with full-width forms folded to ASCII. */
static int32_t narrow(int32_t cp)
{
    return cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp == 0x3000 ? ' ' : cp;
}

size_t label_enum_len(const char *s, size_t n)
{
    size_t i = 0, k;
    int32_t cp = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    int paren = 0;
    k = i < n ? dec(s + i, n - i, &cp) : 0;
    if (k && cp >= 0x2460 && cp <= 0x249B)
        return i + k; /* (①, ⑴ and ⒈ number a list by themselves: ③其他) */
    if (k && narrow(cp) == '(') {
        paren = 1;
        i += k;
        while (i < n && s[i] == ' ') /* ("（ 七 ）", spaced as some layouts print a label) */
            i++;
    }
    size_t digits = i;
    while (i < n) {
        k = dec(s + i, n - i, &cp);
        if (cn_digit(cp) || (cp >= '0' && cp <= '9'))
            i += k;
        else
            break;
    }
    if (i == digits)
        return 0;
    while (i < n && s[i] == ' ')
        i++;
    if (i >= n)
        return 0;
    k = dec(s + i, n - i, &cp);
    cp = narrow(cp);
    if (paren)
        return cp == ')' ? i + k : 0;
    if (cp == '.' || cp == ',' || cp == 0x3001 /* 、 */)
        return i + k;
    return 0;
}

static int is_dropped(int32_t cp)
{
    if (cp < 0x80)
        return !((cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z'));
    switch (cp) {
    case 0x3001: case 0x3002: case 0x201C: case 0x201D: case 0x2018: case 0x2019:
    case 0x300A: case 0x300B: case 0x3008: case 0x3009: case 0x3010: case 0x3011:
    case 0x2026: case 0x00B7: case 0x2014: case 0x2013: case 0x3014: case 0x3015:
    case 0xFFFD: case 0x300C: case 0x300D:
        return 1;
    default:
        return 0;
    }
}

size_t label_norm(char *out, size_t cap, const char *s, size_t n)
{
    size_t o = 0, i = 0;
    /* Enumerations may repeat when a group label is glued to its row ("(三)1."): strip them
     * only at the very start; those inside are dropped with the punctuation below. */
    for (int guard = 0; guard < 3; guard++) {
        size_t e = label_enum_len(s + i, n - i);
        if (!e)
            break;
        i += e;
    }
    while (i < n) {
        unsigned char b = (unsigned char)s[i];
        if (b >= 0xE4 && b <= 0xE9 && i + 3 <= n) { /* a CJK ideograph: always kept */
            if (o + 3 >= cap)
                break;
            memcpy(out + o, s + i, 3);
            o += 3;
            i += 3;
            continue;
        }
        int32_t cp;
        size_t k = dec(s + i, n - i, &cp);
        int32_t c = narrow(cp);
        if (!is_dropped(c) && c >= 0) {
            if (c < 0x80) {
                if (o + 1 >= cap)
                    break;
                out[o++] = (char)c;
            } else {
                if (o + k >= cap)
                    break;
                memcpy(out + o, s + i, k);
                o += k;
            }
        }
        i += k;
    }
    if (cap)
        out[o] = '\0';
    return o;
}

/* Whether key (l > 0 bytes) is the label norm (exact) or occurs in it. */
static int key_in(const char *norm, size_t nlen, const char *key, size_t l, int exact)
{
    if (l > nlen)
        return 0;
    if (exact)
        return l == nlen && memcmp(norm, key, l) == 0;
    /* Labels and keys are short: compare a whole first character (three bytes for the Chinese
     * keys), then the rest. */
    const char *end = norm + nlen - l;
    for (const char *q = norm; q <= end; q++)
        if (q[0] == key[0] && (l < 3 || (q[1] == key[1] && q[2] == key[2])) &&
            memcmp(q, key, l) == 0)
            return 1;
    return 0;
}

int text_word_among(const char *s, size_t n, const char *words, int nocase)
{
    for (const char *w = words; w && *w;) {
        size_t len = strcspn(w, "|");
        if (len == n && (nocase ? strncasecmp(w, s, n) : memcmp(w, s, n)) == 0)
            return 1;
        w += len + (w[len] == '|');
    }
    return 0;
}

int label_match(const char *norm, const char *keys, int exact)
{
    if (!keys || !*norm)
        return 0;
    size_t nlen = strlen(norm);
    for (const char *p = keys;;) {
        const char *bar = strchr(p, '|');
        size_t l = bar ? (size_t)(bar - p) : strlen(p);
        if (l && key_in(norm, nlen, p, l, exact))
            return 1;
        if (!bar)
            return 0;
        p = bar + 1;
    }
}

uint64_t label_sig(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    uint64_t sig = 0;
    for (size_t i = 0; i < n;) {
        unsigned c = u[i];
        size_t k = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (k > n - i)
            k = n - i;
        uint32_t v = c;
        for (size_t j = 1; j < k; j++)
            v = v << 8 | u[i + j];
        sig |= UINT64_C(1) << ((v * UINT32_C(0x9E3779B1)) >> 26);
        i += k;
    }
    return sig;
}

void label_set_init(label_set *set, const char *keys)
{
    set->n = 0;
    set->raw = keys;
    for (const char *p = keys; p && *p;) {
        const char *bar = strchr(p, '|');
        size_t l = bar ? (size_t)(bar - p) : strlen(p);
        if (l) {
            if (set->n == LABEL_SET_MAX) {
                set->n = -1;
                return;
            }
            set->key[set->n].s = p;
            set->key[set->n].len = l;
            set->key[set->n].sig = label_sig(p, l);
            set->n++;
        }
        p = bar ? bar + 1 : NULL;
    }
}

int label_set_match(const label_set *set, const char *norm, size_t nlen, uint64_t sig,
                    int exact)
{
    if (set->n < 0)
        return label_match(norm, set->raw, exact);
    for (int k = 0; k < set->n; k++)
        if (!(set->key[k].sig & ~sig) && key_in(norm, nlen, set->key[k].s, set->key[k].len, exact))
            return 1;
    return 0;
}

/* Exactly three digits at s, not followed by a fourth: the tail of a thousands group. */
static int is_digit3(const char *s, size_t n)
{
    if (n < 3)
        return 0;
    for (int k = 0; k < 3; k++)
        if (s[k] < '0' || s[k] > '9')
            return 0;
    return n == 3 || s[3] < '0' || s[3] > '9';
}

static int unit_at(const char *s, size_t n)
{
    /* (笔: transactions, as table 二's 政府集中采购 counts its purchases, "2笔") */
    static const char *units[] = {"万元", "元", "件", "个", "条", "项", "次", "人", "%", "宗", "起",
                                  "笔"};
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++) {
        size_t l = strlen(units[k]);
        if (n == l && memcmp(s, units[k], l) == 0)
            return 1;
    }
    return 0;
}

int text_unit_at(const char *s, size_t n)
{
    return unit_at(s, n) || (n > 2 && s[0] == '(' && s[n - 1] == ')' && unit_at(s + 1, n - 2));
}

int text_no_figure(const char *s, size_t n)
{
#define W(w) {w, sizeof w - 1}
    static const struct {
        const char *w;
        size_t n;
    } words[] = {W("无"),  W("暂无"), W("没有"), W("不适用"), W("空"), W("零"),
                 W("N/A"), W("n/a"),  W("NA"),   W("*"),      W("＊"), W("×"),
                 W("※"),  W("…"),   W("……"), W("?"),      W("？"), W("--")};
#undef W
    if (n == 0 || n > 9) /* (asked of every word of space-aligned text: most are longer) */
        return 0;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (n == words[i].n && memcmp(s, words[i].w, n) == 0)
            return 1;
    return 0;
}

void text_apart_digits(xbuf *b, size_t at, size_t from)
{
    /* (two spaces: one would read 12 345 as a figure with a space for its thousands) */
    if (at <= from || at >= b->len || !(b->data[at - 1] >= '0' && b->data[at - 1] <= '9') ||
        !(b->data[at] >= '0' && b->data[at] <= '9') || xbuf_put(b, "  ", 2) < 0)
        return;
    memmove(b->data + at + 2, b->data + at, b->len - at - 2); /* (the spaces moved in place) */
    b->data[at] = b->data[at + 1] = ' ';
}

int text_bracketed_figure(const char *s, size_t n)
{
    size_t open = n > 0 && s[0] == '(' ? 1 : n > 3 && memcmp(s, "（", 3) == 0 ? 3 : 0;
    size_t i = open;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++;
    return open && i > open &&
           ((n == i + 1 && s[i] == ')') || (n == i + 3 && memcmp(s + i, "）", 3) == 0));
}

/* The units a count is written with (a pointer into this list is how units compare): of things
 * (count_at), then of events and writings (count_at_wide). */
static const char *const units[] = {"件", "条", "个", "项", "起", "份", "宗",
                                    "篇", "次", "场", "期"};
#define THING_UNITS 7

/* A count at p in one of the first nunits units. */
static double count_in(const char *p, const char **unit, const char **end, size_t nunits)
{
    if (*p < '0' || *p > '9')
        return -1;
    double v = 0;
    int digits = 0;
    for (; digits < 15; p++) {
        if (*p >= '0' && *p <= '9') {
            v = v * 10 + (*p - '0');
            digits++;
        } else if (*p == ',') {
            size_t left = 0; /* is_digit3 looks at most four bytes ahead */
            while (left < 4 && p[1 + left])
                left++;
            if (!is_digit3(p + 1, left))
                break;
        } else {
            break;
        }
    }
    for (size_t k = 0; k < nunits; k++)
        if (strncmp(p, units[k], 3) == 0) {
            *unit = units[k];
            *end = p + 3;
            return v;
        }
    return -1;
}

double count_at(const char *p, const char **unit, const char **end)
{
    return count_in(p, unit, end, THING_UNITS);
}

double count_at_wide(const char *p, const char **unit, const char **end)
{
    return count_in(p, unit, end, sizeof units / sizeof units[0]);
}

double cn_number_at(const char *p, const char **end)
{
    /* the capital numerals (大写) of accounts, 叁拾壹件, and their traditional forms */
    static const int32_t capital[] = {0x58F9, 0x8D30, 0x53C1, 0x8086, 0x4F0D,
                                      0x9646, 0x67D2, 0x634C, 0x7396, 0x62FE};
    static const int32_t traditional[] = {0, 0x8CB3, 0x53C3, 0, 0, 0x9678, 0, 0, 0, 0};
    double total = 0, cur = 0;
    int used = 0, zeros = 0;
    for (;;) {
        int32_t cp;
        size_t k = u8_next(p, strnlen(p, 4), &cp);
        int d = cn_digit(cp);
        for (int i = 0; i < 10 && !d; i++)
            if (capital[i] == cp || traditional[i] == cp)
                d = i + 1;
        if (d >= 1 && d <= 9)
            cur = d;
        else if (cp == 0x4E24) /* 两 */
            cur = 2;
        else if (cp == 0x96F6 || cp == 0x3007) /* 零 〇 */
            cur = 0, zeros++;
        else if (d == 10) /* 十: 十五 is 15 */
            total += (cur ? cur : 1) * 10, cur = 0;
        else if (cp == 0x767E || cp == 0x4F70) /* 百: 百五 is not written, 百 alone is 100 */
            total += (cur ? cur : 1) * 100, cur = 0;
        else if (cp == 0x5343 || cp == 0x4EDF) /* 千 */
            total += (cur ? cur : 1) * 1000, cur = 0;
        else
            break;
        p += k;
        used++;
    }
    if (!used || zeros == used) /* 零件 is a part, not "0 件" */
        return -1;
    *end = p;
    return total + cur;
}

double count_at_cn(const char *p, const char **unit, const char **end)
{
    if (*p >= '0' && *p <= '9')
        return count_at(p, unit, end);
    const char *after;
    double v = cn_number_at(p, &after);
    for (size_t k = 0; v >= 0 && k < THING_UNITS; k++)
        if (strncmp(after, units[k], 3) == 0) {
            *unit = units[k];
            *end = after + 3;
            return v;
        }
    return -1;
}

size_t clause_sep(const char *p)
{
    if (*p == ',' || *p == ';' || *p == ':' || *p == '\n')
        return 1;
    return strncmp(p, "、", 3) == 0 || strncmp(p, "。", 3) == 0 ? 3 : 0;
}

size_t text_sign_word(const char *s, size_t n, int *neg)
{
    static const struct {
        const char *word;
        int neg;
    } signs[] = {{"增加", 0}, {"新增", 0}, {"增", 0}, {"减少", 1}, {"减", 1}};
    for (size_t k = 0; k < sizeof signs / sizeof signs[0]; k++) {
        size_t len = strlen(signs[k].word);
        if (n >= len && memcmp(s, signs[k].word, len) == 0) {
            *neg = signs[k].neg;
            return len;
        }
    }
    return 0;
}

num_kind num_parse(const char *s, size_t n, double *value)
{
    *value = 0;
    n = trim_span(&s, n);
    if (n == 0)
        return NUM_BLANK;
    if (n == 1 && s[0] == '/')
        return NUM_SLASH;
    if ((n == 1 && s[0] == '-') || (n == 3 && (memcmp(s, "\xe2\x80\x94", 3) == 0 ||
                                             memcmp(s, "\xe2\x80\x93", 3) == 0)) ||
        (n == 6 && memcmp(s, "\xe2\x80\x94\xe2\x80\x94", 6) == 0))
        return NUM_DASH;
    size_t i = 0;
    int neg = 0, worded = 0;
    if (s[i] == '-' || s[i] == '+') {
        neg = s[i] == '-';
        i++;
    } else if (n > 3 && (memcmp(s, "\xe2\x88\x92", 3) == 0 || memcmp(s, "\xe2\x80\x93", 3) == 0) &&
               s[3] >= '0' && s[3] <= '9') {
        neg = 1; /* "−2", "–2": a minus sign, or an en dash typed for one */
        i = 3;
    } else if ((unsigned char)s[0] >= 0x80) { /* (the words are Chinese: a digit is none) */
        size_t len = text_sign_word(s, n, &neg);
        if (len < n) /* (a figure after it) */
            i = len, worded = len > 0;
    }
    if (i > 0 && i < n && s[i] == ' ')
        i++; /* "- 3", "减少 3": a sign set apart */
    size_t d0 = i, ndig = 0;
    int spaced = 0;
    /* The digits gathered without separators and read by strtod: the nearest double, as a
     * writer's %f gave it (a sum of digit * 0.1^k drifts). */
    char digits[48];
    size_t nd = 0;
    if (neg)
        digits[nd++] = '-';
    while (i < n) {
        if (s[i] >= '0' && s[i] <= '9') {
            if (nd < sizeof digits - 2)
                digits[nd++] = s[i];
            ndig++;
            i++;
        } else if (s[i] == ',' && i > d0 && !spaced && is_digit3(s + i + 1, n - i - 1)) {
            i++; /* thousands separator: exactly three digits follow */
        } else if (s[i] == ' ' &&
                   (spaced ? i - d0 == 3
                           : i > d0 && i - d0 <= 3 && ndig == i - d0 && s[d0] != '0') &&
                   is_digit3(s + i + 1, n - i - 1)) {
            /* "9 487": a lead of one to three digits, then groups of three; a lead opening with
             * 0 is none ("0 000", "00 000" are 0s apart, as a page's glued cells print them) */
            spaced = 1;
            d0 = ++i;
        } else {
            break;
        }
    }
    if (ndig == 0)
        return NUM_NONE;
    if (i < n && s[i] == '.' && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9') {
        if (nd < sizeof digits - 2)
            digits[nd++] = '.';
        i++;
        while (i < n && s[i] >= '0' && s[i] <= '9') {
            if (nd < sizeof digits - 1)
                digits[nd++] = s[i];
            ndig++;
            i++;
        }
    }
    if (ndig > 15)
        return NUM_RANGE;
    digits[nd] = '\0';
    if (memchr(digits, '.', nd)) {
        *value = strtod(digits, NULL);
    } else { /* a whole number of at most 15 digits: exact as a sum, no strtod needed */
        double w = 0;
        for (size_t k = neg; k < nd; k++)
            w = w * 10 + (digits[k] - '0');
        *value = neg ? -w : w;
    }
    if (i == n)
        return spaced ? NUM_GROUPED : worded ? NUM_UNIT : NUM_PLAIN;
    while (i < n && s[i] == ' ')
        i++;
    if (unit_at(s + i, n - i))
        return spaced ? NUM_GROUPED : NUM_UNIT;
    /* the unit in brackets: "12.5(万元)" (full-width brackets are folded by then) */
    if (n - i >= 3 && s[i] == '(' && s[n - 1] == ')' && unit_at(s + i + 1, n - i - 2))
        return spaced ? NUM_GROUPED : NUM_UNIT;
    return NUM_NONE;
}

const char *num_format(char *buf, size_t cap, double v)
{
    if (fabs(v - round(v)) < 1e-9 && fabs(v) < 1e21) {
        snprintf(buf, cap, "%.0f", fabs(v) < 0.5 ? 0.0 : v); /* never "-0" */
        return buf;
    }
    if (!(fabs(v) < 1e15)) { /* too long to be a figure anyway (and NaN, infinities) */
        snprintf(buf, cap, "%.15g", v);
        return buf;
    }
    for (int p = 1; p <= 15; p++) {
        snprintf(buf, cap, "%.*f", p, v);
        if (strtod(buf, NULL) == v)
            break;
    }
    size_t n = strlen(buf);
    while (n > 1 && buf[n - 1] == '0' && strchr(buf, '.'))
        buf[--n] = '\0';
    if (n && buf[n - 1] == '.')
        buf[--n] = '\0';
    return buf;
}

size_t u8_width(const char *s, size_t n)
{
    size_t cols = 0;
    for (size_t i = 0; i < n;) {
        int32_t cp;
        i += u8_next(s + i, n - i, &cp);
        int w = cp < 0 ? 1 : utf8proc_charwidth(cp);
        cols += w > 0 ? (size_t)w : 0;
    }
    return cols;
}

void xbuf_pad(xbuf *out, const char *s, int width)
{
    int cols = (int)u8_width(s, strlen(s));
    xbuf_puts(out, s);
    do /* (at least one space: a long name must not run into the next column) */
        xbuf_putc(out, ' ');
    while (++cols < width);
}

void xbuf_pad_cut(xbuf *out, const char *s, int width)
{
    size_t n = strlen(s);
    if ((int)u8_width(s, n) <= width - 1) {
        xbuf_pad(out, s, width);
        return;
    }
    size_t i = 0;
    int cols = 0;
    while (i < n) {
        int32_t cp;
        size_t l = u8_next(s + i, n - i, &cp);
        int w = (int)u8_width(s + i, l);
        if (cols + w > width - 3)
            break;
        cols += w;
        i += l;
    }
    xbuf_put(out, s, i);
    xbuf_puts(out, "..");
    for (cols += 2; cols < width; cols++)
        xbuf_putc(out, ' ');
}

size_t text_date_at(const char *s, char out[16])
{
    static const char *const cn[3] = {"年", "月", "日"};
    const char *t = s;
    int part[3] = {0, 0, 0};
    char sep = 0; /* the one separator both places use: '-', '/', '.', or 0 for 年 and 月 */
    for (int k = 0; k < 3; k++) {
        if (k == 1 && !sep && strncmp(t, "元月", 6) == 0) { /* (January, as dates write it) */
            part[1] = 1;
            t += 6;
            continue;
        }
        int digits = 0;
        while (*t >= '0' && *t <= '9' && digits < 4)
            part[k] = part[k] * 10 + (*t++ - '0'), digits++;
        if (digits == 0 || (k == 0 && digits != 4) || (k > 0 && digits > 2))
            return 0;
        char here = *t == '-' || *t == '/' || *t == '.' ? *t : 0;
        if (k == 2) {
            if (!sep && strncmp(t, cn[2], 3) == 0) /* (年 and 月 want their 日) */
                t += 3;
            else if (!sep)
                return 0;
            break;
        }
        if (k == 1 && here != sep)
            return 0;
        sep = here;
        if (here)
            t++;
        else if (strncmp(t, cn[k], 3) == 0)
            t += 3;
        else
            return 0;
    }
    snprintf(out, 16, "%04u-%02u-%02u", (unsigned)part[0] % 10000u, (unsigned)part[1] % 100u,
             (unsigned)part[2] % 100u);
    return (size_t)(t - s);
}

double yuan_at(const char *p, const char *e)
{
    static const char *const lead[] = {"共计", "合计", "总计", "共", "计", "金额", "为", ":", "：",
                                       " "};
    for (int moved = 1; moved;) { /* (a few words before the figure) */
        moved = 0;
        for (size_t k = 0; k < sizeof lead / sizeof lead[0]; k++)
            if (strncmp(p, lead[k], strlen(lead[k])) == 0 && p + strlen(lead[k]) <= e) {
                p += strlen(lead[k]);
                moved = 1;
            }
    }
    if (p >= e || *p < '0' || *p > '9')
        return -1;
    double v = 0, scale = 0;
    for (; p < e && ((*p >= '0' && *p <= '9') || *p == '.' || *p == ','); p++)
        if (*p == '.')
            scale = scale ? -1 : 1;
        else if (*p != ',' && scale >= 0)
            v = scale ? v + (*p - '0') * (scale /= 10) : v * 10 + (*p - '0');
    if (scale < 0)
        return -1;
    if (strncmp(p, "万元", strlen("万元")) == 0)
        return v * 10000;
    return strncmp(p, "元", strlen("元")) == 0 ? v : -1;
}

const char *u8_clip(const char *s, size_t chars, char *buf, size_t cap)
{
    size_t n = strlen(s), at = 0;
    for (size_t k = 0; at < n && k < chars; k++) {
        int32_t cp;
        at += u8_next(s + at, n - at, &cp);
    }
    if (at >= n || cap < 4)
        return s;
    at = u8_floor(s, at < cap - 4 ? at : cap - 4);
    memcpy(buf, s, at);
    memcpy(buf + at, "…", sizeof "…");
    return buf;
}
