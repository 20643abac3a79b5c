/* Text helpers: UTF-8 walking, width folding, label normalization and number parsing. */
#ifndef XXGK_UTIL_TEXT_H
#define XXGK_UTIL_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

/* Decode one code point at s (n bytes left).  Returns its length (>= 1); an invalid sequence
 * yields *cp = -1 and length 1. */
size_t u8_next(const char *s, size_t n, int32_t *cp);
/* Number of code points in s[0..n). */
size_t u8_count(const char *s, size_t n);
/* s to quote in a message: itself when it has at most `chars` characters, else its first
 * ones (as many as buf's cap bytes hold) and "…" in buf. */
const char *u8_clip(const char *s, size_t chars, char *buf, size_t cap);
/* Columns n bytes of UTF-8 take on a terminal or in a text editor (a Chinese character two). */
size_t u8_width(const char *s, size_t n);
/* Where the character holding byte i of s begins (i itself when it begins one): the place to
 * cut a string without splitting a character. */
size_t u8_floor(const char *s, size_t i);
/* Append a code point as UTF-8. */
int u8_put(xbuf *b, int32_t cp);
/* Append s[0..n) with each byte that is not UTF-8 as U+FFFD: a file name (names are bytes; one
 * in GBK, as a zip made on a Chinese Windows holds, keeps its place). */
void u8_scrub(xbuf *b, const char *s, size_t n);
/* Whether cp is a character that ends the names of bodies (局, 委员会, 人民政府, 办公室, 中心,
 * 街道, 学校...): a name ending otherwise is no agency's. */
int text_name_end(int32_t cp);
/* Whether cp is U+FFFE or U+FFFF, characters XML 1.0 forbids whatever escaping. */
int xml_forbidden_char(int32_t cp);
/* Append text escaped for XML and HTML, in element content and quoted attribute values alike:
 * & < > " as entities, invalid UTF-8 as U+FFFD; control characters other than tab, newline and
 * carriage return, and U+FFFE/U+FFFF, which XML 1.0 forbids, are dropped. */
void markup_escape(xbuf *b, const char *s, size_t n);
/* The marks that make a line Markdown markup when they begin it (a heading, a table row, a
 * rule, a list, code): the Markdown writer puts a backslash before one that begins a line of
 * the report's text, and the reader takes it off. */
#define MD_LINE_MARKS "#|-+*=`~_"

/* The line of the first start tag in data[0..len), HTML or XML, with more than `most`
 * attributes (its "=" outside quotes, counted in one pass; a script's or style's text is no
 * tag), or 0: libxml2 compares each attribute with those before it, in time growing with the
 * square of their number, so a parser is not given such a tag. */
unsigned markup_crowded_tag(const char *data, size_t len, int most);
/* The attributes a tag may have before a page or an Office part is refused unparsed (80,000
 * take the HTML parser half a minute; pages and parts have a few). */
#define MARKUP_MAX_ATTRIBUTES 5000

/* What stored text a user typed must not hold (names, IDs, notes): bytes that are not UTF-8,
 * control characters (C0 but, in prose, tab and line break; DEL; C1), and invisible format
 * characters, which would make two names that look alike differ or show text in another order
 * than stored (in prose only the direction controls are refused: a soft hyphen or zero-width
 * joiner is at home there). */
typedef enum { TEXT_CLEAN, TEXT_NOT_UTF8, TEXT_CONTROL, TEXT_INVISIBLE } text_flaw;
/* The first such character of s[0..n): its kind, its byte offset in *at and code point in *cp
 * (-1 for a byte that is not UTF-8); TEXT_CLEAN when there is none. */
text_flaw text_first_flaw(const char *s, size_t n, int prose, size_t *at, int32_t *cp);

/* Fold text for reading: full-width ASCII to ASCII, ideographic and no-break spaces to spaces,
 * the radicals a PDF's text layer gives for characters (Kangxi Radicals, U+2F8F for 行, and
 * look-alikes in the CJK Radicals Supplement, U+2EA0 for 民) to those characters,
 * control characters to spaces but for the form feed (a page break, which the caller turns),
 * HTML leftovers (&nbsp; &amp; ...) to characters, drop BOMs and zero-width spaces, CR LF and CR
 * to LF.  *controls (if not NULL) receives the number of other control characters, which text
 * rarely holds.  The input is validated as UTF-8 on the way: with invalid NULL, an invalid
 * sequence becomes U+FFFD; otherwise folding stops there and *invalid receives its offset (n
 * when the input is valid), so text of unknown encoding is decoded and folded in one pass. */
int text_fold(xbuf *out, const char *s, size_t n, size_t *controls, size_t *invalid);

/* Append s[0..n) with the ASCII punctuation , ; : ! ? ( ) that stands next to Chinese text in
 * its full-width form, as Chinese prose prints it: undoes the folding for documents written out
 * again (numbers such as 1,234 and ASCII text keep theirs). */
void prose_widths(xbuf *out, const char *s, size_t n);
/* Append s, then spaces up to `width` columns of a terminal (a Chinese character takes two),
 * at least one. */
void xbuf_pad(xbuf *out, const char *s, int width);
/* The same, but a string wider than width - 1 columns cut to width - 3 and ".." (a name in a
 * column that must stay in line; the whole of it is elsewhere). */
void xbuf_pad_cut(xbuf *out, const char *s, int width);

/* Length of a leading enumeration at s ("一、", "(三)", "（三）", "1.", "2、"), spaces before it
 * included, or 0. */
size_t label_enum_len(const char *s, size_t n);

/* Normalize a label for matching: drop a leading enumeration ("一、", "(三)", "1.", "2、"),
 * spaces, punctuation and markup.  Writes at most cap-1 bytes plus NUL; returns the length. */
size_t label_norm(char *out, size_t cap, const char *s, size_t n);

/* Whether s[0..n) is one of the '|'-separated words, whole (ASCII letters in any case when
 * nocase). */
int text_word_among(const char *s, size_t n, const char *words, int nocase);

/* Whether norm (a normalized label) matches one of the '|'-separated keys: contains it, or
 * equals it when exact. */
int label_match(const char *norm, const char *keys, int exact);

/* The characters of a normalized label as a 64-bit set (each character hashed to one bit): a
 * key whose set is not inside the label's cannot occur in it, which rules out most keys with
 * one AND. */
uint64_t label_sig(const char *s, size_t n);

/* '|'-separated keys split once, each with its character set, for labels matched in a loop.
 * The keys point into the string given to label_set_init, which must outlive the set. */
#define LABEL_SET_MAX 16
typedef struct {
    int n; /* -1: more keys than fit; label_set_match then reads raw with label_match */
    const char *raw;
    struct {
        const char *s;
        size_t len;
        uint64_t sig;
    } key[LABEL_SET_MAX];
} label_set;

void label_set_init(label_set *set, const char *keys);
/* label_match for a compiled set; sig is label_sig(norm, nlen) or a superset of it. */
int label_set_match(const label_set *set, const char *norm, size_t nlen, uint64_t sig,
                    int exact);

typedef enum {
    NUM_NONE = 0,  /* not a value: text */
    NUM_PLAIN,     /* a number */
    NUM_UNIT,      /* a number with a unit or count word around it */
    NUM_BLANK,     /* empty */
    NUM_SLASH,     /* "/" */
    NUM_DASH,      /* "-" or a dash */
    NUM_RANGE,     /* digits, but too long to be a figure */
    NUM_GROUPED    /* a number in groups of three digits apart ("9 487"): one figure in a cell
                    * of its own, or two that lost the tab between them */
} num_kind;

/* The length of the word a 2019 本年增/减 is signed with that s[0..n) opens with (增加, 新增, 增,
 * 减少, 减), *neg set for a decrease; 0 when it opens with none. */
size_t text_sign_word(const char *s, size_t n, int *neg);

/* Classify a cell's text and read its number.  Accepts thousands separators (commas; spaces
 * give NUM_GROUPED), a decimal part, a sign, and units (元, 万元, 件, 个, 条, 项, 次, 人, 笔,
 * %). */
num_kind num_parse(const char *s, size_t n, double *value);
/* Whether s[0..n) is exactly a unit num_parse accepts after a number (元, 件, ...), bare or in
 * brackets ("(元)"). */
int text_unit_at(const char *s, size_t n);
/* Whether s[0..n) is a word or mark a report prints where a figure would be, meaning there is
 * none or that it is not given (无, 暂无, 没有, 不适用, 空, 零, N/A, *, ×, ※, …, ?, --). */
int text_no_figure(const char *s, size_t n);
/* Where text from two blocks of one cell meets, at b->data[at] (a paragraph after another, the
 * text after a line break): digits on both sides are two figures, or one wrapped, not one
 * figure (20 and 5 are not 205, 12 and 345 not 12345), so two spaces go between them; nothing
 * before from is looked at.  Words meet without one (商业 and 企业 are 商业企业). */
void text_apart_digits(xbuf *b, size_t at, size_t from);
/* Whether s[0..n) is digits in brackets, "(12)" or "（12）": an accountant's negative or a note's
 * mark, where a figure would be; which, the text cannot say. */
int text_bracketed_figure(const char *s, size_t n);
/* v as num_parse reads it back: whole numbers without a point, others in fixed notation with as
 * few decimals as give v back (never 1e-06, which a reader takes for text).  Returns buf. */
const char *num_format(char *buf, size_t cap, double v);

/* A count in running text at p: digits (thousands groups allowed) right before a counting unit
 * (件, 条, 个, 项, 起), as in "申请17件".  Returns its value, with *unit (a static string, one per
 * unit, so units compare as pointers) and *end (after the unit) set; -1 if p holds none. */
double count_at(const char *p, const char **unit, const char **end);
/* As count_at, also in units of events and writings (篇, 次, 场, 期): "培训6次". */
double count_at_wide(const char *p, const char **unit, const char **end);
/* A number in Chinese numerals up to 9999 at p (三十, 一百零五, 两, 一千零二十, capital ones,
 * 叁拾壹, too): its value, *end after it; -1 if p holds none (零 alone is none: 零件 is a part). */
double cn_number_at(const char *p, const char **end);
/* As count_at, also for a count in Chinese numerals (cn_number_at) before its unit. */
double count_at_cn(const char *p, const char **unit, const char **end);
/* An amount of money stated at p, before e ("1,200元", "0.12万元", "共计300元", a few words
 * such as 共计, 金额, 为 before it), in yuan; -1 when none stands there. */
double yuan_at(const char *p, const char *e);

/* Length of the clause separator at p in folded text (、 。 , ; : or a line break), or 0. */
size_t clause_sep(const char *p);

/* Whether code point cp is a Chinese numeral 一..十 (returns 1..10) or 0. */
int cn_digit(int32_t cp);
/* Whether cp is a zero of a Chinese date as typed: 〇 and 零, and after a first numeral
 * (digits > 0) their look-alikes ○, ◯ and the letter O (二○二五, 二O二五). */
int cn_zero(int32_t cp, int digits);

/* A date that s starts with, as YYYY-MM-DD into out: 2025-01-22, 2025/1/22, 2025.1.22 (one
 * separator, used twice) or 2025年1月22日.  Returns the bytes it took, 0 when s starts with no
 * date so written; whether the day exists is the caller's to check. */
size_t text_date_at(const char *s, char out[16]);

/* Trim ASCII spaces and tabs; returns the new length and moves *s. */
size_t trim_span(const char **s, size_t n);
/* trim_span, the ideographic space (U+3000) and the no-break space (U+00A0) trimmed too (a
 * spreadsheet's or a web page's cell). */
size_t trim_wide(const char **s, size_t n);

/* The length of an HTML tag ("<b>", "</strong>", "<span class=x>") that s[0..n) opens with,
 * as copied text keeps them, or 0; text_tag_before: of one that s[0..n) ends with. */
size_t text_tag(const char *s, size_t n);
size_t text_tag_before(const char *s, size_t n);

#endif
