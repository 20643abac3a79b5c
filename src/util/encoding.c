/* Input decoding (see encoding.h).  Detection order: BOM, strict UTF-8 (unless it is GB18030
 * that reads as UTF-8 by chance), Big5 (when its bytes look like it), GB18030. */
#include "util/encoding.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "util/lang.h"
#include "util/text.h"
#include "xxgk/xxgk.h"

/* The two common cases are checked inline: ASCII runs eight bytes at a time, and the
 * three-byte sequences of Chinese text.  The rest go to utf8proc, which rejects overlongs,
 * surrogates and values past U+10FFFF. */
size_t utf8_invalid_at(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned c = u[i];
        if (c < 0x80) {
            uint64_t w;
            for (i++; i + 8 <= n && (memcpy(&w, u + i, 8), !(w & UINT64_C(0x8080808080808080)));)
                i += 8;
            continue;
        }
        /* E1..EC and EE..EF lead a sequence that is valid whenever two continuation bytes
         * follow (E0 may be overlong, ED may be a surrogate: utf8proc decides those). */
        if (i + 2 < n && c >= 0xE1 && c != 0xED && (u[i + 1] & 0xC0) == 0x80 &&
            (u[i + 2] & 0xC0) == 0x80 && c <= 0xEF) {
            i += 3;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(u + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0)
            return i;
        i += (size_t)k;
    }
    return n;
}

/* Whether text that is not all UTF-8 is mostly UTF-8 all the same: Chinese in UTF-8 is three
 * bytes a character, and GB18030 text makes such a sequence by chance for about one byte in
 * thirty that makes none, so many more of them than bytes that are no UTF-8 means a UTF-8 file
 * with a piece in another encoding (a row pasted from elsewhere), which read as GB18030 would
 * turn every other character into another. */
static int mostly_utf8(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t wide = 0, bad = 0, line_wide = 0, line_bad = 0, low = 0;
    int whole_line = 0; /* a line of two such characters or more and no byte that is no UTF-8 */
    for (size_t i = 0; i <= n;) {
        if (i == n || u[i] == '\n') {
            /* (a short file has too few for the count: a line of UTF-8 Chinese beside one that
             * is no UTF-8 is pasted text too; GB18030 makes such a line by chance about once
             * in thousands of lines of three characters, and far less often longer ones) */
            whole_line |= line_wide >= 2 && line_bad == 0;
            line_wide = line_bad = 0;
            i++;
            continue;
        }
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(u + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0) {
            bad++, line_bad++;
            i++;
        } else {
            wide += k >= 3, line_wide += k >= 3;
            /* a Chinese character in UTF-8 with a byte below A1 (three times in four): read as
             * GB18030 that byte makes a character of GBK's extensions, rare in real text */
            low += k == 3 && u[i] >= 0xE4 && u[i] <= 0xE9 && (u[i + 1] < 0xA1 || u[i + 2] < 0xA1);
            i += (size_t)k;
        }
    }
    /* (Traditional text saved as GBK is made of such characters, and makes a few of those
     * sequences by chance among thousands of bytes that are no UTF-8) */
    return (wide >= 8 && wide >= bad) || (bad && whole_line) || (low >= 2 && 8 * wide >= bad);
}

/* A letter of Latin-1 or Latin Extended (ª º, À-ÿ but ÷, U+0100-U+024F) by its two UTF-8
 * bytes, second byte A1-BF. */
static int latin_letter(unsigned lead, unsigned trail)
{
    return (lead == 0xC2 && (trail == 0xAA || trail == 0xBA)) || (lead == 0xC3 && trail != 0xB7) ||
           (lead >= 0xC4 && lead <= 0xC8);
}

static int ascii_letter(unsigned c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

/* GB18030 gives some 930 common characters (卢 伟 通 知 学 校) bytes C2-DF A1-BF, which UTF-8
 * reads as one two-byte character each: text of only those and ASCII is valid UTF-8 with no
 * Chinese in it.  Chinese in UTF-8 takes three bytes a character, so a longer sequence (or a
 * BOM, itself one) says UTF-8; so does a second byte below A1, which would be a rare
 * character of GBK's extensions but is common in Cyrillic, Greek, Hebrew and in À-ß, à.  The
 * rest is weighed by runs of two-byte characters: Latin letters next to an ASCII letter are a
 * word's accents (José, café, ação) and count for UTF-8; other runs of two or more are
 * Chinese words and count for GB18030; a lone one beside figures or spaces (¥, °, ©) counts
 * for neither.  One pass without decoding, left at the first byte that says UTF-8. */
int enc_gb18030_lookalike(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t gb = 0, latin = 0;
    for (size_t i = 0; i < n;) {
        if (u[i] < 0x80) {
            uint64_t w;
            for (i++; i + 8 <= n && (memcpy(&w, u + i, 8), !(w & UINT64_C(0x8080808080808080)));)
                i += 8;
            continue;
        }
        size_t j = i, letters = 0; /* the run u[i..j), after an ASCII byte or the start */
        for (; j < n && u[j] >= 0xC2 && u[j] <= 0xDF; j += 2) {
            if (j + 1 == n || u[j + 1] < 0xA1 || u[j + 1] > 0xBF)
                return 0;
            letters += latin_letter(u[j], u[j + 1]);
        }
        if (j < n && u[j] >= 0x80)
            return 0;
        size_t len = (j - i) / 2;
        if (letters == len && ((i && ascii_letter(u[i - 1])) || (j < n && ascii_letter(u[j]))))
            latin += len;
        else if (len >= 2)
            gb += len;
        i = j;
    }
    return gb > latin;
}

/* Big5 (a site's 繁體 pages, Taiwan and Hong Kong) is valid GBK byte for byte, but four
 * characters in ten have a second byte below A1, which in GBK makes a character of its
 * extensions, rare in Chinese text as it is written (well under one in a hundred), Simplified
 * or Traditional.  Traditional text saved as GBK has as many, but most of them lead with a
 * byte below A1, which no Big5 character does, and so fails to read as Big5. */
static int big5_likely(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t pairs = 0, low = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        if (u[i] < 0x81)
            continue;
        pairs++;
        low += u[i + 1] < 0xA1;
        i++;
    }
    return pairs >= 4 && low * 100 >= pairs * 15;
}

static unsigned line_of(const char *s, size_t off)
{
    unsigned line = 1;
    for (size_t i = 0; i < off; i++)
        if (s[i] == '\n')
            line++;
    return line;
}

int enc_known(const char *name)
{
    if (!name || !*name)
        return 0;
    iconv_t cd = iconv_open("UTF-8", name);
    if (cd == (iconv_t)-1)
        return 0;
    iconv_close(cd);
    return 1;
}

/* Converts data from `from`; *cut is the bytes of a character left incomplete at the very end
 * (a file cut short), which are dropped. */
static int convert(xbuf *out, const char *data, size_t n, const char *from, size_t *bad,
                   size_t *cut)
{
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == (iconv_t)-1)
        return XXGK_EINVAL;
    if (xbuf_grow(out, n * 2 + 16) < 0) {
        iconv_close(cd);
        return XXGK_ELIMIT;
    }
    char *in = (char *)data;
    size_t inleft = n;
    int rc = 0;
    while (inleft > 0) {
        if (xbuf_grow(out, inleft * 2 + 16) < 0) {
            rc = XXGK_ELIMIT;
            break;
        }
        char *o = out->data + out->len;
        size_t oleft = out->cap - out->len - 1;
        size_t r = iconv(cd, &in, &inleft, &o, &oleft);
        out->len = (size_t)(o - out->data);
        if (r == (size_t)-1) {
            if (errno == E2BIG)
                continue;
            if (errno == EINVAL && inleft <= 4) { /* incomplete at the end of the input */
                *cut = inleft;
                break;
            }
            *bad = (size_t)(in - data);
            rc = XXGK_EENCODING;
            break;
        }
    }
    iconv_close(cd);
    if (out->data)
        out->data[out->len] = '\0';
    return rc;
}

int enc_decode(xbuf *out, const char *data, size_t n, const char *forced, const char **used,
               size_t *cut, char *err, size_t errcap)
{
    const unsigned char *u = (const unsigned char *)data;
    size_t bad = 0;
    *cut = 0;
    if (forced) {
        /* "UTF-16" alone: the byte order mark decides, little-endian without one; a named
         * order is kept (and its own mark skipped). */
        int utf16 = strcasecmp(forced, "UTF-16") == 0 || strcasecmp(forced, "UTF16") == 0;
        int le = strcasecmp(forced, "UTF-16LE") == 0 || strcasecmp(forced, "UTF16LE") == 0;
        int be = strcasecmp(forced, "UTF-16BE") == 0 || strcasecmp(forced, "UTF16BE") == 0;
        int bom_le = n >= 2 && u[0] == 0xFF && u[1] == 0xFE;
        int bom_be = n >= 2 && u[0] == 0xFE && u[1] == 0xFF;
        size_t skipped = 0; /* a byte order mark, counted back into error offsets */
        if (utf16 && (bom_le || bom_be))
            forced = bom_le ? "UTF-16LE" : "UTF-16BE", skipped = 2;
        else if (utf16)
            forced = "UTF-16LE";
        else if ((le && bom_le) || (be && bom_be))
            skipped = 2;
        data += skipped, n -= skipped;
        int rc = convert(out, data, n, forced, &bad, cut);
        bad += skipped;
        if (rc == XXGK_EINVAL) {
            snprintf(err, errcap, TR("未知的编码“%s”", "unknown encoding '%s'"), forced);
            return rc;
        }
        if (rc < 0) {
            snprintf(err, errcap, TR("不是有效的 %s 编码（偏移 %zu 处）", "not valid %s at byte %zu"),
                     forced, bad);
            return rc;
        }
        *used = forced;
        return 0;
    }
    if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        const char *from = u[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
        if (convert(out, data + 2, n - 2, from, &bad, cut) < 0) {
            snprintf(err, errcap, TR("不是有效的 %s 编码（偏移 %zu 处）", "not valid %s at byte %zu"),
                     from, bad + 2);
            return XXGK_EENCODING;
        }
        *used = from;
        return 0;
    }
    int bom = n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF;
    if (bom) {
        data += 3;
        n -= 3;
    }
    /* NULs padding the end (a preallocated file, a copy cut short) are not the text's. */
    size_t padded = n;
    while (n > 0 && data[n - 1] == 0)
        n--;
    if (n == 0 && padded) {
        snprintf(err, errcap,
                 TR("二进制数据（全是 NUL 字节），不是文本文件",
                    "binary data (NUL bytes only): not a text file"));
        return XXGK_EBINARY;
    }
    /* A NUL byte never occurs in text of the encodings we accept without a BOM. */
    const char *nul = memchr(data, 0, n);
    if (nul) {
        /* UTF-16 saved without a byte order mark has a NUL in every other byte of ASCII text:
         * say so, rather than call it binary. */
        size_t zeros[2] = {0, 0}, m = n < 4096 ? n : 4096;
        for (size_t i = 0; i < m; i++)
            zeros[i & 1] += data[i] == 0;
        /* (Chinese has NULs on both sides, 一 being 00 4E, but far more on one; text mostly
         * Chinese has few: its figures' and spaces') */
        size_t few = m / 8 < 8 ? m / 8 + 1 : 8;
        int order = m < 16                                          ? 0
                    : zeros[1] >= few && zeros[1] > 8 * zeros[0] ? 1
                    : zeros[0] >= few && zeros[0] > 8 * zeros[1] ? 2
                                                                 : 0;
        if (order) { /* read as such when it is: valid, and no control characters in it */
            const char *from = order == 1 ? "UTF-16LE" : "UTF-16BE";
            size_t len0 = out->len, even = n + (n & 1); /* (the last character's NUL back) */
            if (even <= padded && convert(out, data, even, from, &bad, cut) == 0 && !*cut) {
                size_t k = len0;
                while (k < out->len && ((unsigned char)out->data[k] >= 0x20 ||
                                        (out->data[k] && strchr("\t\n\r\f", out->data[k]))))
                    k++;
                if (k == out->len) {
                    *used = from;
                    return 0;
                }
            }
            out->len = len0;
            if (out->data)
                out->data[len0] = '\0';
            *cut = 0;
        }
        if (order)
            snprintf(err, errcap,
                     TR("每隔一个字节就是 NUL：可能是没有字节顺序标记的 UTF-16%s 文本，请用 "
                        "--encoding UTF-16%s",
                        "NUL bytes in every other byte: UTF-16%s text without a byte "
                        "order mark? use --encoding UTF-16%s"),
                     order == 1 ? "LE" : "BE", order == 1 ? "LE" : "BE");
        else
            snprintf(err, errcap,
                     TR("二进制数据（偏移 %zu 处有 NUL 字节），不是文本文件",
                        "binary data (a NUL byte at offset %zu): not a text file"),
                     (size_t)(nul - data));
        return order ? XXGK_EENCODING : XXGK_EBINARY;
    }
    size_t at = utf8_invalid_at(data, n);
    /* (a BOM says UTF-8, whatever the bytes after it look like) */
    if (at == n && (bom || !enc_gb18030_lookalike(data, n))) {
        *used = "UTF-8";
        return xbuf_put(out, data, n) < 0 ? XXGK_ELIMIT : 0;
    }
    /* UTF-8 but for a last character the file ends in the middle of: iconv tells that from
     * bytes that are no UTF-8 */
    if (at < n && n - at <= 3 && convert(out, data, n, "UTF-8", &bad, cut) == 0 && *cut) {
        *used = "UTF-8";
        return 0;
    }
    xbuf_reset(out);
    *cut = 0;
    if (at < n && mostly_utf8(data, n)) {
        snprintf(err, errcap,
                 TR("第%u行（偏移 %zu 处）：文件其余部分是 UTF-8，这里却不是（混入了其他编码的文字？）；"
                    "请把文件统一存为 UTF-8，或用 --encoding 指明文件的编码",
                    "line %u, byte %zu: invalid UTF-8 in a file otherwise UTF-8 (text in another "
                    "encoding pasted in?); save the file as UTF-8 throughout, or use --encoding "
                    "to name its encoding"),
                 line_of(data, at), at);
        return XXGK_EENCODING;
    }
    if (big5_likely(data, n)) {
        /* (cut short too, as GB18030 is: the caller says so) */
        if (convert(out, data, n, "CP950", &bad, cut) == 0) {
            *used = "BIG5";
            return 0;
        }
        xbuf_reset(out);
        *cut = 0;
    }
    int rc = convert(out, data, n, "GB18030", &bad, cut);
    if (rc == 0) {
        *used = "GB18030";
        /* GB18030's own byte order mark (84 31 95 33) decodes to U+FEFF: not the text's */
        if (out->len >= 3 && memcmp(out->data, "\xEF\xBB\xBF", 3) == 0) {
            memmove(out->data, out->data + 3, out->len - 3);
            out->len -= 3;
            out->data[out->len] = '\0';
        }
        return 0;
    }
    if (bad > at) /* GB18030 up to a later byte: most likely a GB18030 file with a bad byte */
        snprintf(err, errcap,
                 TR("第%u行（偏移 %zu 处）：不是有效的 GB18030（此前的文字是 GB18030），也不是 "
                    "UTF-8；请用 --encoding 指明文件的编码",
                    "line %u, byte %zu: invalid GB18030 (the text before it is GB18030), and not "
                    "UTF-8 either; use --encoding to name the file's encoding"),
                 line_of(data, bad), bad);
    else
        snprintf(err, errcap,
                 TR("第%u行（偏移 %zu 处）：不是有效的 UTF-8，也不是 GB18030；请用 --encoding 指明"
                    "文件的编码",
                    "line %u, byte %zu: invalid UTF-8, and not GB18030 either; use --encoding to "
                    "name the file's encoding"),
                 line_of(data, at), at);
    return XXGK_EENCODING;
}

int enc_plain(const char *data, size_t n)
{
    const unsigned char *u = (const unsigned char *)data;
    if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
        return 0;
    return memchr(data, 0, n) == NULL;
}

/* A GB18030 name read once as CP437 and written again as UTF-8 (╞╜╠╢ for 平潭: a zip from a
 * Chinese Windows unpacked by a tool that took its names for CP437, the files then zipped or
 * copied on), put back into out; 0 when s is not such a name.  Such a name has box-drawing
 * characters, which GBK's lead bytes of most characters become and names otherwise lack. */
static int unmangled(xbuf *out, const char *s, size_t n)
{
    int boxes = 0;
    for (size_t i = 0; i < n;) {
        int32_t cp;
        i += u8_next(s + i, n - i, &cp);
        boxes += cp >= 0x2500 && cp <= 0x25A0;
    }
    if (!boxes)
        return 0;
    xbuf bytes; /* (a CP437 byte for each character: no more bytes than the UTF-8 has) */
    xbuf_init(&bytes, 0);
    iconv_t cd = iconv_open("CP437", "UTF-8");
    int ok = cd != (iconv_t)-1 && xbuf_grow(&bytes, n + 1) == 0;
    if (ok) {
        char *in = (char *)s, *o = bytes.data;
        size_t inleft = n, oleft = bytes.cap - 1;
        ok = iconv(cd, &in, &inleft, &o, &oleft) != (size_t)-1 && inleft == 0;
        bytes.len = (size_t)(o - bytes.data);
    }
    if (cd != (iconv_t)-1)
        iconv_close(cd);
    size_t start = out->len, bad = 0, cut = 0;
    ok = ok && convert(out, bytes.data, bytes.len, "GB18030", &bad, &cut) == 0 && !cut &&
         !out->failed;
    /* (and it reads as Chinese: a character of the CJK block at least) */
    int cjk = 0;
    for (size_t i = start; ok && i < out->len;) {
        int32_t cp;
        i += u8_next(out->data + i, out->len - i, &cp);
        cjk |= cp >= 0x4E00 && cp <= 0x9FFF;
    }
    xbuf_free(&bytes);
    if (ok && cjk)
        return 1;
    out->len = start;
    if (out->data)
        out->data[start] = '\0';
    return 0;
}

void enc_name(xbuf *out, const char *s, size_t n)
{
    size_t start = out->len;
    const char *used;
    char why[64];
    size_t cut;
    if (utf8_invalid_at(s, n) != n &&
        enc_decode(out, s, n, "GB18030", &used, &cut, why, sizeof why) == 0 && !cut &&
        !out->failed)
        return;
    out->len = start; /* (what a failed decoding wrote) */
    if (out->data)
        out->data[start] = '\0';
    if (utf8_invalid_at(s, n) == n && unmangled(out, s, n))
        return;
    u8_scrub(out, s, n); /* (valid UTF-8 stays as it is) */
}

const char *enc_shown(const char *s, xbuf *tmp)
{
    size_t n = strlen(s);
    if (utf8_invalid_at(s, n) == n)
        return s;
    enc_name(tmp, s, n);
    return tmp->failed ? NULL : tmp->data ? tmp->data : "";
}
