/*
 * The text rules of the checker that hold the narrative against the tables (and the texts all
 * text rules read); check_wording.c has those on how it is written.  Their entries are in the
 * rule table of checker.c.
 */
#define _GNU_SOURCE /* memmem */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/checker_impl.h"
#include "lib/report_impl.h"
#include "util/buf.h"
#include "util/text.h"

static char *squeeze_n(char *o, const char *p, size_t n);

/* Append text without its whitespace.  Folded text holds no control characters but the tab and
 * the line feed, so whitespace is every byte up to the space; eight bytes are copied at once
 * where a word holds none of it. */
char *chk_squeeze(char *o, const char *p)
{
    return squeeze_n(o, p, strlen(p));
}

static char *squeeze_n(char *o, const char *p, size_t n)
{
    const uint64_t ones = UINT64_C(0x0101010101010101), high = UINT64_C(0x8080808080808080);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (!((w - ones * 0x21) & ~w & high)) { /* no byte below 0x21 */
            memcpy(o, &w, 8);
            o += 8;
            continue;
        }
        for (int k = 0; k < 8; k++) {
            *o = p[i + k];
            o += (unsigned char)p[i + k] > ' ';
        }
    }
    for (; i < n; i++) {
        *o = p[i];
        o += (unsigned char)p[i] > ' ';
    }
    return o;
}

static char *full_stop(char *o)
{
    memcpy(o, "\xe3\x80\x82", 3);
    return o + 3;
}

/* Whether line s[0..n) is a sub-heading printed without a stop ("（二）与2023年对比情况"):
 * numbered, short, with no punctuation.  The narrative ends a sentence after it, so that its
 * words (a year, "全市") are not read as the paragraph's below. */
static int open_heading(const char *s, size_t n)
{
    size_t e = label_enum_len(s, n);
    if (!e || u8_count(s, n) > 30)
        return 0;
    static const char *const marks[] = {"。", "，", "；", "：", "！", "？", ",", ";", ":", "!",
                                        "?", "\t"};
    for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++)
        if (memmem(s + e, n - e, marks[k], strlen(marks[k])))
            return 0;
    return 1;
}

/* The report's line after line l that holds anything: a section's text is its non-blank
 * lines, in order. */
static unsigned next_text_line(const xxgk_report *r, unsigned l)
{
    do
        l++;
    while (l < r->nlines && !r->lines[l - 1][strspn(r->lines[l - 1], " \t")]);
    return l;
}

/* Whether line s[0..n), with no full stop, may be the start of a sentence wrapped onto the
 * lines below (PDF text): words, not a table's row, which ends in a figure or is cut into
 * cells by tabs, nor a heading, which begins with its number ("（二）主动公开…", "1.门户网站"). */
static int prose_piece(const char *s, size_t n)
{
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\r'))
        n--;
    if (u8_count(s, n) < 8 || memchr(s, '\t', n) || label_enum_len(s, n))
        return 0;
    char last = s[n - 1];
    return !(last >= '0' && last <= '9') && last != '/' && last != '-';
}

/* The sentences of section s (index `within`), one that holds a table: appended at q to the
 * narrative (which starts at narr), each a place of its own on its line (with the prose offset
 * of the section's end: prose is placed by the section's own place), a sentence wrapped over
 * lines (up to three before the one with its full stop) read whole.  A claim beside a table
 * is a claim.  The narrative's end, or NULL when memory ran out. */
static char *section_sentences(const xxgk_report *r, const xxgk_section *s, int within,
                               char *q, const char *narr, size_t prose_end,
                               struct chk_place *pl, size_t *np)
{
    unsigned l = s->line, wrap_line = 0;
    const char *wrap = NULL; /* the lines of a sentence hard-wrapped before this one */
    int wrapped = 0;
    for (const char *t = s->text; *t;) {
        const char *e = strchr(t, '\n');
        size_t n = e ? (size_t)(e - t) : strlen(t);
        if (r->nlines) /* (a report built in memory has none, and its findings no line) */
            l = next_text_line(r, l);
        if (report_sentence_line(t, n)) {
            const char *from = wrap ? wrap : t;
            size_t len = (size_t)(t + n - from);
            char *line = malloc(len + 1);
            if (!line)
                return NULL;
            memcpy(line, from, len);
            line[len] = '\0';
            pl[(*np)++] =
                (struct chk_place){prose_end, (size_t)(q - narr), wrap ? wrap_line : l, -1, within};
            char *start = q;
            q = chk_squeeze(q, line);
            if (!(q - start >= 3 && memcmp(q - 3, "\xe3\x80\x82", 3) == 0))
                q = full_stop(q);
            free(line);
            wrap = NULL;
            wrapped = 0;
        } else if (wrapped < 3 && prose_piece(t, n)) {
            if (!wrap) {
                wrap = t;
                wrap_line = l;
            }
            wrapped++;
        } else {
            wrap = NULL;
            wrapped = 0;
        }
        t = e ? e + 1 : t + n;
    }
    return q;
}

/* The pairs of characters side by side in a text, as a filter (check_ctx.narrative_chars): a
 * character's class is an ASCII character's byte or another's last two bytes' 6 low bits each
 * (4096 classes), and each pair of classes folds into one of PAIR_BITS bits.  A word with a
 * pair whose bit is clear is not in the text: most of the words rules look for are not in a
 * report, though most have each of their characters in it. */
#define PAIR_BITS 32768
#define PAIR(a, b) ((((a) << 4) ^ (b)) & (PAIR_BITS - 1))

/* The class of the character at byte *i of u (n bytes), *i then moved past it: a byte that
 * begins no whole character is one of its own.  (A word's first byte begins a character, so
 * where it stands in a text the text's characters and the word's are the same.) */
static inline unsigned next_class(const unsigned char *u, size_t n, size_t *i)
{
    size_t at = *i;
    if ((u[at] & 0xF0) == 0xE0 && n - at >= 3 &&
        ((u[at + 1] ^ 0x80) | (u[at + 2] ^ 0x80)) < 0x40) {
        *i = at + 3; /* (three bytes: nearly every character of a report) */
        return ((u[at + 1] & 0x3Fu) << 6) | (u[at + 2] & 0x3Fu);
    }
    size_t l = u[at] < 0xC0 ? 1 : u[at] < 0xE0 ? 2 : u[at] < 0xF0 ? 3 : 4;
    for (size_t k = 1; k < l; k++)
        if (at + k >= n || (u[at + k] & 0xC0) != 0x80)
            l = 1;
    *i = at + l;
    return l == 1 ? u[at] : ((u[at + l - 2] & 0x3Fu) << 6) | (u[at + l - 1] & 0x3Fu);
}

static uint64_t *characters(const char *text, size_t n)
{
    uint64_t *seen = calloc(PAIR_BITS / 64, sizeof *seen);
    const unsigned char *u = (const unsigned char *)text;
    for (size_t i = 0, prev = 0; seen && i < n;) {
        size_t k = next_class(u, n, &i), pair = PAIR(prev, k);
        seen[pair >> 6] |= UINT64_C(1) << (pair & 63);
        prev = k;
    }
    return seen;
}

/* Whether word may be in the text of seen: the bit of each pair of its characters is set. */
static int may_hold(const uint64_t *seen, const char *word)
{
    const unsigned char *u = (const unsigned char *)word;
    size_t n = strlen(word);
    for (size_t i = 0, prev = 0; i < n;) {
        size_t at = i, k = next_class(u, n, &i), pair = PAIR(prev, k);
        if (at && !(seen[pair >> 6] & (UINT64_C(1) << (pair & 63))))
            return 0;
        prev = k;
    }
    return 1;
}

/* The texts the rules read, with whitespace removed so hard-wrapped sentences read whole: the
 * preamble (between the title and section 一) and every section, each followed by 。 (prose),
 * and the same without the sections that hold tables (narrative).  Built once, on first use;
 * -1 only when memory ran out. */
static int build_texts(check_ctx *c)
{
    if (c->prose)
        return 0;
    const xxgk_report *r = c->r;
    unsigned from = r->title_end + 1, to = r->nsections ? r->sections[0].line : 0;
    size_t cap = 4;
    for (unsigned l = from; l < to; l++)
        cap += strlen(r->lines[l - 1]) + 3;
    size_t table_lines = 0; /* lines of the sections with tables: a place each, at most */
    for (size_t i = 0; i < r->nsections; i++) {
        cap += strlen(r->sections[i].text) + 3;
        int table = xxgk_section_table(r->sections[i].standard) >= 0;
        for (const char *nl = r->sections[i].text; (nl = strchr(nl, '\n')); nl++) {
            /* a built report's paragraphs, a table section's sentences, a sub-heading printed
             * without a stop (open_heading): each line may end with 。 */
            cap += 3;
            table_lines += table;
        }
        table_lines += table;
        cap += 3 * (size_t)table;
    }
    char *prose = malloc(cap), *narr = malloc(cap), *o = prose, *q = narr;
    /* A place per line of the preamble and per section: a finding's line is worked out from
     * them when one is found, not for every report. */
    size_t nplaces = (to > from ? to - from : 0) + r->nsections + table_lines;
    struct chk_place *pl = malloc((nplaces + 1) * sizeof *pl);
    if (!prose || !narr || !pl) {
        free(prose);
        free(narr);
        free(pl);
        return -1;
    }
    size_t np = 0;
    for (unsigned l = from; l < to; l++) { /* (the narrative begins with the same) */
        pl[np++] = (struct chk_place){(size_t)(o - prose), (size_t)(o - prose), l, -1, -1};
        o = chk_squeeze(o, r->lines[l - 1]);
    }
    o = full_stop(o);
    memcpy(q, prose, (size_t)(o - prose));
    q += o - prose;
    for (size_t i = 0; i < r->nsections; i++) {
        const xxgk_section *s = &r->sections[i];
        /* (a table section stands where the narrative goes on: a lookup takes the last place
         * at or before its offset, which is then the narrative's own) */
        pl[np++] = (struct chk_place){(size_t)(o - prose), (size_t)(q - narr), s->line, (int)i,
                                      (int)i};
        char *piece = o;
        if (r->nlines) {
            const char *end = s->text + strlen(s->text);
            for (const char *t = s->text; t < end;) {
                const char *nl = memchr(t, '\n', (size_t)(end - t));
                size_t n = nl ? (size_t)(nl - t) : (size_t)(end - t);
                o = squeeze_n(o, t, n);
                if (open_heading(t, n))
                    o = full_stop(o);
                t += n + (nl != NULL);
            }
            o = full_stop(o);
        } else {
            /* a report built from figures has no hard-wrapped lines: its line breaks end
             * paragraphs, and so sentences */
            for (const char *para = s->text; *para;) {
                const char *nl = strchr(para, '\n');
                size_t n = nl ? (size_t)(nl - para) : strlen(para);
                char *start = o;
                for (size_t k = 0; k < n; k++) {
                    *o = para[k];
                    o += (unsigned char)para[k] > ' ';
                }
                if (o > start && !(o - start >= 3 && memcmp(o - 3, "。", 3) == 0))
                    o = full_stop(o);
                para += n + (nl != NULL);
            }
            if (!(o - piece >= 3 && memcmp(o - 3, "。", 3) == 0))
                o = full_stop(o);
        }
        if (xxgk_section_table(s->standard) < 0) {
            memcpy(q, piece, (size_t)(o - piece));
            q += o - piece;
        } else if ((q = section_sentences(r, s, (int)i, q, narr, (size_t)(o - prose), pl,
                                          &np)) == NULL) {
            free(prose);
            free(narr);
            free(pl);
            return -1;
        }
    }
    *o = *q = '\0';
    /* (not the prose's too: the words looked for there cost less than reading it) */
    c->narrative_chars = characters(narr, (size_t)(q - narr));
    c->prose = prose;
    c->narrative = narr;
    c->places = pl;
    c->lines = calloc(r->nsections ? r->nsections : 1, sizeof *c->lines);
    c->nplaces = np;
    c->prose_len = (size_t)(o - prose);
    c->narrative_len = (size_t)(q - narr);
    return 0;
}

/* The line of the report that offset `at` (counted in the squeezed text) of section i's text
 * comes from: its text's lines are the section's non-blank lines, in order.  0 for a report
 * built in memory, which has no lines. */
static unsigned section_line_walk(const xxgk_report *r, size_t i, size_t at)
{
    const xxgk_section *s = &r->sections[i];
    if (!r->nlines || !s->line)
        return 0;
    unsigned l = s->line;
    size_t done = 0;
    for (const char *t = s->text; *t;) {
        l = next_text_line(r, l);
        const char *line = t;
        for (; *t && *t != '\n'; t++)
            done += (unsigned char)*t > ' ';
        done += open_heading(line, (size_t)(t - line)) ? 3 : 0; /* (its stop, see build_texts) */
        if (done > at || !*t)
            return l;
        t++;
    }
    return l;
}

/* The index of section i's lines (see check_ctx.lines), built once; NULL when memory ran out
 * (then each line is found by walking the section). */
static const struct chk_lines *section_lines(const check_ctx *c, size_t i)
{
    const xxgk_report *r = c->r;
    if (!c->lines || i >= r->nsections)
        return NULL;
    struct chk_lines *x = &c->lines[i];
    const xxgk_section *s = &r->sections[i];
    if (x->done || !r->nlines || !s->line)
        return x->done ? x : NULL;
    size_t cap = 1;
    for (const char *t = s->text; *t; t++)
        cap += *t == '\n';
    x->done = malloc(cap * sizeof *x->done);
    x->line = malloc(cap * sizeof *x->line);
    if (!x->done || !x->line) {
        free(x->done), free(x->line);
        x->done = NULL, x->line = NULL;
        return NULL;
    }
    unsigned l = s->line;
    size_t done = 0, n = 0;
    for (const char *t = s->text; *t && n < cap;) {
        l = next_text_line(r, l);
        const char *line = t;
        for (; *t && *t != '\n'; t++)
            done += (unsigned char)*t > ' ';
        done += open_heading(line, (size_t)(t - line)) ? 3 : 0; /* (its stop, see build_texts) */
        x->done[n] = done;
        x->line[n++] = l;
        if (*t)
            t++;
    }
    x->n = n;
    return x;
}

static unsigned section_line(const check_ctx *c, size_t i, size_t at)
{
    const struct chk_lines *x = section_lines(c, i);
    if (!x)
        return section_line_walk(c->r, i, at);
    if (!x->n)
        return c->r->sections[i].line;
    size_t lo = 0, hi = x->n - 1; /* (the first line whose text runs past at, or the last) */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (x->done[mid] > at)
            hi = mid;
        else
            lo = mid + 1;
    }
    return x->line[lo];
}

/* (Words are looked for by chk_span_find within the text's span, not strstr: where the CPU
 * lacks what glibc's fast strstr wants, its generic one took a fifth of all the time; and
 * under AddressSanitizer strstr measures the whole rest of the haystack at every call.) */
const char *chk_next(const check_ctx *c, const char *p, const char *word)
{
    if (c->sites) {
        if (*c->sites == 0)
            return NULL;
        --*c->sites;
    }
    int in_narrative = c->narrative && p >= c->narrative && p <= c->narrative + c->narrative_len;
    /* (most words a rule looks for are not in a report at all: told by their characters) */
    if (in_narrative && c->narrative_chars && !may_hold(c->narrative_chars, word))
        return NULL;
    const char *end = in_narrative ? c->narrative + c->narrative_len
                      : c->prose && p >= c->prose && p <= c->prose + c->prose_len
                          ? c->prose + c->prose_len
                          : p + strlen(p);
    return chk_span_find(p, end, word);
}

/* Which place (1-based: a line of the preamble or a section) offset p of the prose or the
 * narrative falls in; 0 for none. */
size_t chk_place_of(const check_ctx *c, const char *p)
{
    if (!c->prose || !p)
        return 0;
    int in_prose = p >= c->prose && p < c->prose + c->prose_len;
    int in_narr = !in_prose && p >= c->narrative && p < c->narrative + c->narrative_len;
    if (!in_prose && !in_narr)
        return 0;
    size_t at = (size_t)(p - (in_prose ? c->prose : c->narrative));
    /* the last place at or before `at`: both offsets only grow along the places */
    size_t lo = 0, hi = c->nplaces;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        size_t off = in_prose ? c->places[mid].prose : c->places[mid].narrative;
        if (off <= at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

unsigned chk_line_at(const check_ctx *c, const char *p)
{
    size_t lo = chk_place_of(c, p);
    if (!lo)
        return 0;
    int in_prose = p >= c->prose && p < c->prose + c->prose_len;
    size_t at = (size_t)(p - (in_prose ? c->prose : c->narrative));
    const struct chk_place *pl = &c->places[lo - 1];
    size_t off = in_prose ? pl->prose : pl->narrative;
    return pl->section < 0 ? pl->line : section_line(c, (size_t)pl->section, at - off);
}

unsigned chk_section_line_at(const check_ctx *c, size_t i, const char *p)
{
    size_t at = 0;
    for (const char *t = c->r->sections[i].text; t < p; t++)
        at += (unsigned char)*t > ' ';
    return section_line(c, i, at);
}

void chk_texts_free(check_ctx *c)
{
    free(c->narrative);
    free(c->prose);
    free(c->narrative_chars);
    free(c->places);
    for (size_t i = 0; c->lines && i < c->r->nsections; i++) {
        free(c->lines[i].done);
        free(c->lines[i].line);
    }
    free(c->lines);
}

const char *chk_narrative(check_ctx *c)
{
    return build_texts(c) < 0 ? NULL : c->narrative;
}

/* Every section, tables included (sections 二 to 四 carry narrative too). */
const char *chk_prose(check_ctx *c)
{
    return build_texts(c) < 0 ? NULL : c->prose;
}

/* A sentence or clause looked at goes no further than this either side of the place in it: real
 * ones are far shorter, and text with no full stop for megabytes (hostile, or a dump) would
 * otherwise be read whole again at every word a rule looks at. */
#define SPAN_MAX 1200

/* Whether s (NUL-terminated from there) opens with 。: asked of every byte of every span. */
static int full_stop_at(const char *s)
{
    return s[0] == '\xe3' && s[1] == '\x80' && s[2] == '\x82';
}

static int clause_mark(char ch)
{
    return ch == ',' || ch == ';' || ch == ':' || ch == '!' || ch == '?';
}

/* Move a bound found by the limit, not by punctuation, onto a character's first byte. */
static const char *start_on_char(const char *a, const char *p)
{
    while (a < p && ((unsigned char)*a & 0xC0) == 0x80)
        a++;
    return a;
}

static const char *end_on_char(const char *e, const char *p)
{
    while (e > p && ((unsigned char)*e & 0xC0) == 0x80)
        e--;
    return e;
}

/* Sentence around position p in text: bounded by 。, and by ; (the folded ；) when semicolons
 * is set. */
void chk_sentence_of(const char *text, const char *p, int semicolons, const char **from,
                     const char **to)
{
    const char *a = p, *e = p;
    while (a > text && p - a < SPAN_MAX && !(semicolons && a[-1] == ';') &&
           !(a - text >= 3 && full_stop_at(a - 3)))
        a--;
    while (*e && e - p < SPAN_MAX && !(semicolons && *e == ';') && !full_stop_at(e))
        e++;
    *from = p - a >= SPAN_MAX ? start_on_char(a, p) : a;
    *to = e - p >= SPAN_MAX ? end_on_char(e, p) : e;
}

static void sentence(const char *text, const char *p, const char **from, const char **to)
{
    chk_sentence_of(text, p, 1, from, to);
}

/* Start of the clause holding p: after the last comma between from and p. */
static const char *clause_start(const char *from, const char *p)
{
    const char *a = p;
    while (a > from && a[-1] != ',' && !(a - from >= 3 && memcmp(a - 3, "，", 3) == 0))
        a--;
    return a;
}

/* Where word (l bytes, l > 0) first is in [a, e), or NULL.  memchr looks for the word's last
 * byte: a CJK character's last byte is one of 64, where its first is one of a few that begin
 * nearly every character of Chinese text. */
static const char *span_find(const char *a, const char *e, const char *word, size_t l)
{
    if (e - a < (ptrdiff_t)l)
        return NULL;
    const unsigned char last = (unsigned char)word[l - 1];
    for (const char *q = a + l - 1; q < e; q++) {
        q = memchr(q, last, (size_t)(e - q));
        if (!q)
            return NULL;
        if (memcmp(q - (l - 1), word, l - 1) == 0)
            return q - (l - 1);
    }
    return NULL;
}

const char *chk_span_find(const char *a, const char *e, const char *word)
{
    size_t l = strlen(word);
    return l ? span_find(a, e, word, l) : NULL;
}

int chk_span_has(const char *a, const char *e, const char *word)
{
    size_t l = strlen(word);
    return !l || span_find(a, e, word, l) != NULL;
}

int chk_span_has_any(const char *a, const char *e, const char *const *words, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (chk_span_has(a, e, words[k]))
            return 1;
    return 0;
}

/* A row's 总计, its last column, as the text is to be held to it: where that cell is blank,
 * "/" or "-", the sum of the row's other figures, which a report that left its totals unfilled
 * states in its text (the blank itself is arith-row-total's and struct-blank-cells' to say);
 * NAN when unknown. */
static double row_total(const check_ctx *c, const xxgk_row_spec *row)
{
    const int last = row->ncols - 1;
    const xxgk_cell *x = chk_cell(c, row, last);
    if (x->kind != XXGK_CELL_BLANK && x->kind != XXGK_CELL_SLASH && x->kind != XXGK_CELL_DASH)
        return chk_val(x);
    double sum = 0;
    for (int i = 0; i < last; i++)
        sum += chk_val(chk_cell(c, row, i));
    return sum;
}

static double cell_total(const check_ctx *c, const char *key)
{
    const xxgk_table_spec *t = chk_table(c, XXGK_TABLE_REQUESTS);
    const xxgk_row_spec *row = t ? chk_row(t, key, -1) : NULL;
    return row && row->ncols > 0 ? row_total(c, row) : NAN;
}

/* The 总计 of an outcome of table 三 (予以公开, or a group: 不予公开's eight rows), from its rows,
 * or from the group printed as one row (the 2019 format's （六）); NAN when unknown. */
static double outcome_total(const check_ctx *c, const char *key)
{
    const xxgk_table_spec *t = chk_table(c, XXGK_TABLE_REQUESTS);
    if (!t)
        return NAN;
    double sum = 0;
    int rows = 0, unknown = 0;
    for (int i = 0; i < t->nrows; i++)
        if (strcmp(t->rows[i].key, key) == 0 && t->rows[i].index >= 0 && t->rows[i].ncols > 0) {
            double v = row_total(c, &t->rows[i]);
            unknown |= isnan(v);
            sum += isnan(v) ? 0 : v;
            rows++;
        }
    if (rows && !unknown)
        return sum;
    const xxgk_row_spec *whole = chk_row(t, key, -1);
    return whole && whole->ncols > 0 ? row_total(c, whole) : NAN;
}

/* Section 四's 总计 of reconsiderations and of lawsuits (both kinds); 0 when the report printed
 * no table 四. */
static int review_totals(const check_ctx *c, double *rec, double *lit)
{
    const xxgk_table_spec *t = chk_table(c, XXGK_TABLE_REVIEW);
    if (!t || !chk_table_present(c, t))
        return 0;
    /* (the 总计 column closes each block) */
    *rec = row_total(c, chk_row(t, "reconsideration", -1));
    *lit = row_total(c, chk_row(t, "litigation_direct", -1)) +
           row_total(c, chk_row(t, "litigation_after_review", -1));
    return 1;
}

/* The clause around p in folded text: bounded by 。 , ; : ! ? (full-width ones are folded to
 * ASCII), not by 、, which lists the things a clause is about. */
static void clause_of(const char *text, const char *p, const char **from, const char **to)
{
    const char *a = p, *e = p;
    while (a > text && p - a < SPAN_MAX && !clause_mark(a[-1]) &&
           !(a - text >= 3 && full_stop_at(a - 3)))
        a--;
    while (*e && e - p < SPAN_MAX && !clause_mark(*e) && !full_stop_at(e))
        e++;
    *from = p - a >= SPAN_MAX ? start_on_char(a, p) : a;
    *to = e - p >= SPAN_MAX ? end_on_char(e, p) : e;
}

/* Whether w, found just before `next`, is 为0 in a longer number (为05, 为0.5): no denial. */
static int zero_goes_on(const char *w, const char *next)
{
    return strcmp(w, "为0") == 0 && ((*next >= '0' && *next <= '9') || *next == '.' || *next == '-');
}

/* Where word w is within [a, e) of a NUL-ended text (为0 not of a longer number); NULL for none. */
static const char *find_in(const char *a, const char *e, const char *w)
{
    size_t l = strlen(w);
    for (const char *q = l ? span_find(a, e, w, l) : NULL; q; q = span_find(q + 1, e, w, l))
        if (!zero_goes_on(w, q + l))
            return q;
    return NULL;
}

/* The next place from `from` where a word of group g is, its word in *w; NULL for none.  (One
 * pass over the text per first character, not per word: many begin alike, 未…, 无…) */
static const char *group_next(const chk_scan *d, size_t g, const char *from, size_t *w)
{
    size_t ll = strlen(d->lead[g]);
    for (const char *q = chk_span_find(from, d->end, d->lead[g]); q;
         q = chk_span_find(q + ll, d->end, d->lead[g]))
        for (size_t k = 0; k < d->n && k < CHK_SCAN_MAX; k++) {
            if (d->group[k] != g || (d->words[k][ll] && q[ll] != d->words[k][ll]))
                continue; /* (another group's, or not the same after the first character) */
            size_t l = strlen(d->words[k]);
            if (strncmp(q, d->words[k], l) == 0 && !zero_goes_on(d->words[k], q + l)) {
                *w = k;
                return q;
            }
        }
    return NULL;
}

const char *chk_scan_next(chk_scan *d, const char *text, size_t *len)
{
    if (text) { /* the first call: the groups, and each one's first place */
        d->ngroups = 0;
        d->end = text + strlen(text);
        for (size_t k = 0; k < d->n && k < CHK_SCAN_MAX; k++) {
            size_t cl = (unsigned char)d->words[k][0] < 0x80   ? 1
                        : (unsigned char)d->words[k][0] < 0xE0 ? 2
                        : (unsigned char)d->words[k][0] < 0xF0 ? 3
                                                                : 4;
            size_t g = 0;
            while (g < d->ngroups && !(strlen(d->lead[g]) == cl &&
                                       strncmp(d->lead[g], d->words[k], cl) == 0))
                g++;
            d->group[k] = (unsigned char)g;
            if (g == d->ngroups) {
                memcpy(d->lead[g], d->words[k], cl);
                d->lead[g][cl] = '\0';
                d->ngroups++;
            }
        }
        for (size_t g = 0; g < d->ngroups; g++) /* (each word's group known) */
            d->at[g] = group_next(d, g, text, &d->word[g]);
    }
    size_t best = d->ngroups;
    for (size_t g = 0; g < d->ngroups; g++)
        if (d->at[g] && (best == d->ngroups || d->at[g] < d->at[best]))
            best = g;
    if (best == d->ngroups)
        return NULL;
    const char *p = d->at[best];
    d->found = d->word[best];
    *len = strlen(d->words[d->found]);
    d->at[best] = group_next(d, best, p + 1, &d->word[best]);
    return p;
}


/* The length of the first of words[0..n) that p begins with; 0 for none. */
static size_t begins_with_which(const char *p, const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++) /* (the first byte compared here: most words differ in it) */
        if (*p == words[i][0] && strncmp(p, words[i], strlen(words[i])) == 0)
            return strlen(words[i]);
    return 0;
}

/* Whether p begins with one of words[0..n). */
static int begins_with_any(const char *p, const char *const *words, size_t n)
{
    return begins_with_which(p, words, n) > 0;
}

/* What makes a sentence count another set than the agency's row: one channel ("通过当面方式
 * 收到申请5件"), or more than the agency ("全市…申请数量为356件"). */
static const char *const channels[] = {"当面", "信函", "网上", "网络", "在线", "线上",
                                       "电子邮件", "传真", "邮寄", "现场", "政府网站"};
static const char *const more_than_agency[] = {"全市", "全区", "全县", "全省", "各街道",
                                               "各单位", "所属", "系统内", "局属", "下属",
                                               "区县", "县区", "期间", "乡镇", "街道",
                                               "各部门", "系统"};

/* Whether [a, e) speaks of more than the agency: "全市", "系统内", "所属". */
static int other_scope_in(const char *a, const char *e)
{
    return chk_span_has_any(a, e, more_than_agency,
                            sizeof more_than_agency / sizeof more_than_agency[0]);
}

/* Whether [a, e) names another set than the agency's row: more than the agency, or a channel
 * not listed as all of them ("通过网络、信函等方式共收到…"), two or more before 等方式 in its
 * clause (not one, "…，通过信函等方式收到申请19件"). */
static int other_set_in(const char *a, const char *e)
{
    if (other_scope_in(a, e))
        return 1;
    static const char *const all_ways[] = {"等方式", "等渠道", "等途径", "等形式"};
    const char *ways = NULL;
    for (size_t k = 0; k < 4 && !ways; k++)
        ways = chk_span_find(a, e, all_ways[k]);
    const char *list = ways;
    while (list && list > a && ways - list < 60 && list[-1] != ',' && list[-1] != ';')
        list--;
    int listed = 0;
    for (size_t k = 0; ways && k < sizeof channels / sizeof channels[0]; k++)
        listed += chk_span_has(list, ways, channels[k]);
    for (size_t k = 0; k < sizeof channels / sizeof channels[0]; k++)
        for (const char *w = chk_span_find(a, e, channels[k]); w;
             w = chk_span_find(w + 1, e, channels[k]))
            if (!(listed >= 2 && w >= list && w < ways))
                return 1;
    return 0;
}

/* Whether the bureau (局) ending at q, the end of its name, in [a, q) is another than the
 * agency's: the words before it that the agency's name ends in, three characters at least,
 * are not all of its name there ("测试县交通运输局" in the report of 测试市交通运输局, "测试市
 * 港航管理局"), unless what comes before them names no place ("全年市交通运输局"). */
static int other_bureau(const char *agency, const char *a, const char *q)
{
    static const char *const words[] = {"格局", "布局", "大局", "全局", "当局", "结局", "开局",
                                        "我局", "本局", "该局", "此局", "各局"};
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (q - a >= 6 && memcmp(q - 6, words[k], 6) == 0)
            return strcmp(words[k], "各局") == 0;
    size_t al = strlen(agency), same = 0;
    while (same < al && (size_t)(q - a) > same && agency[al - 1 - same] == q[-1 - (long)same])
        same++;
    while (same > 0 && ((unsigned char)q[-(long)same] & 0xC0) == 0x80)
        same--; /* (whole characters only) */
    if (same < 9 || same == al)
        return same < 9; /* (a name shared in no more than its kind, or the agency's whole) */
    /* the character before the shared words, past a bracket ("各县（市、区）交通运输局"): a
     * place's (县, 区) makes it another's name */
    static const char *const places[] = {"省", "市", "县", "区", "州", "盟", "旗", "镇", "乡"};
    const char *before = q - same;
    if (before > a && before[-1] == ')')
        while (before > a && *before != '(')
            before--;
    before -= 3;
    for (size_t k = 0; before >= a && k < sizeof places / sizeof places[0]; k++)
        if (memcmp(before, places[k], 3) == 0)
            return 1;
    return 0;
}

/* Whether [a, e) names another body than the agency: a 中心 or 单位 not its own ("市公路事业
 * 发展中心收到…", "其他单位", but not "我中心", "本单位"), or a bureau named otherwise than the
 * agency ("各县（市、区）交通运输局", "区自然资源局" in a district government's report). */
static int other_body(const check_ctx *c, const char *a, const char *e)
{
    static const char *const bodies[] = {"中心", "单位", "支队", "大队", "中队", "执法队",
                                         "管理处", "管理站", "分局"};
    for (size_t k = 0; k < sizeof bodies / sizeof bodies[0]; k++)
        for (const char *q = a; (q = find_in(q, e, bodies[k])) != NULL; q += 6)
            if (!(q - a >= 3 && (memcmp(q - 3, "我", 3) == 0 || memcmp(q - 3, "本", 3) == 0)))
                return 1;
    const char *agency = c->r->agency ? c->r->agency : "";
    for (const char *q = a; *agency && (q = find_in(q, e, "局")) != NULL; q += 3)
        if (strncmp(q + 3, "属", 3) != 0 && strncmp(q + 3, "长", 3) != 0 &&
            strncmp(q + 3, "面", 3) != 0 && other_bureau(agency, a, q + 3))
            return 1;
    return 0;
}

/* Whether [a, e), a clause, names a government or department above or beside the agency as
 * the one that acted ("区政府废止规范性文件10件", "省交通运输厅", "市本级"): not the agency's own
 * count, unless the agency is that government. */
static int other_government(const check_ctx *c, const char *a, const char *e)
{
    static const char *const bodies[] = {"政府", "厅", "市本级", "县本级", "区本级"};
    const char *agency = c->r->agency ? c->r->agency : "";
    for (size_t k = 0; k < sizeof bodies / sizeof bodies[0]; k++) {
        if (strstr(agency, bodies[k]))
            continue;
        for (const char *q = a; (q = find_in(q, e, bodies[k])) != NULL; q++)
            /* (not 政府信息, what is disclosed, nor the website it is on) */
            if (k > 0 || !begins_with_any(q + 6, (const char *const[]){"信息", "网站", "门户"}, 3))
                return 1;
    }
    return 0;
}

/* What a sentence about reconsiderations or lawsuits says to be about disclosure (a 司法局
 * reports every case it decided): "政府信息公开", "因依申请公开引发". */
static const char *const about_disclosure[2] = {"信息公开", "申请公开"};

/* What makes a statement an aim, not an account: "力争零纠错", "确保零复议". */
static const char *const aims[] = {"力争", "力求", "确保", "争取", "争创", "努力", "目标",
                                   "避免", "防止", "推动", "保持", "将"};

/* Applications, or answers, of another kind than for information: "受理政务服务事项申请8652件",
 * "行政许可申请", "投诉举报申请43件，办结43件", "档案查阅申请", "更正个人信息申请", and other
 * work counted so ("承办政协提案48件（含上年结转2件）"). */
static const char *const other_kinds[] = {"事项", "许可", "处罚", "听证", "登记", "审批", "经营",
                                          "投诉", "举报", "信访", "补贴", "救助", "办件", "热线",
                                          "工单", "12345", "政务服务", "咨询", "资格", "证照",
                                          "档案", "更正", "提案", "代表建议", "一件事"};

/* Whether [a, e) names other work than disclosure's (other_kinds), or a deputies' motion (议案,
 * not the 议案 of 复议案件). */
static int other_kind_in(const char *a, const char *e)
{
    if (chk_span_has_any(a, e, other_kinds, sizeof other_kinds / sizeof other_kinds[0]))
        return 1;
    for (const char *m = chk_span_find(a, e, "议案"); m; m = chk_span_find(m + 1, e, "议案"))
        if (!(m - a >= 3 && memcmp(m - 3, "复", 3) == 0))
            return 1;
    return 0;
}

/* Whether applications of another kind are named in [a, e): 申请 right after one of
 * other_kinds or a kind of housing ("公租房申请", "行政许可申请"). */
static int other_kind_applied(const char *a, const char *e)
{
    static const char *const housing[] = {"公租房", "廉租房", "保障房", "住房"};
    for (const char *q = a; (q = find_in(q, e, "申请")) != NULL; q += 6) {
        const char *near = q - a > 18 ? q - 18 : a;
        if (chk_span_has_any(near, q, housing, sizeof housing / sizeof housing[0]) ||
            other_kind_in(near, q))
            return 1;
    }
    return 0;
}

/* Whether the total that [a, e) counts some of is of applications or work of another kind, and
 * not disclosure's: "全年办理行政许可120件，其中企业申请85件", "公租房申请86件" (not "依申请
 * 公开事项").  The total: the last clause with a count (N件) that does not open with 其中, or
 * else all of [a, e) ("2024年，我局贯彻落实政府信息公开条例，全年收到行政许可申请120件。其中"
 * is of licences). */
static int of_another_kind(const char *a, const char *e)
{
    const char *ta = a, *te = e;
    for (const char *x = a; x < e;) {
        const char *ca = x, *ce = x;
        while (ce < e && !clause_mark(*ce) && !full_stop_at(ce))
            ce++;
        const char *unit = find_in(ca, ce, "件");
        if (unit && unit > ca && unit[-1] >= '0' && unit[-1] <= '9' &&
            strncmp(ca, "其中", strlen("其中")) != 0)
            ta = ca, te = ce;
        x = ce < e ? ce + (full_stop_at(ce) ? 3 : 1) : e; /* (marks are ASCII here, but 。) */
    }
    return (other_kind_in(ta, te) ||
            other_kind_applied(ta, te)) &&
           !chk_span_has_any(ta, te, about_disclosure, 2);
}

/* The length of a range's separator at p ("至", "到", "-", "—", "～", "~"), or 0. */
static size_t range_sep(const char *p, const char *e)
{
    static const char *const seps[] = {"至", "到", "-", "—", "～", "~"};
    for (size_t k = 0; k < sizeof seps / sizeof seps[0]; k++)
        if ((size_t)(e - p) >= strlen(seps[k]) && memcmp(p, seps[k], strlen(seps[k])) == 0)
            return strlen(seps[k]);
    return 0;
}

/* The length of the twelve months as a range at p ("1月至12月", "1至12月", "1-12月"), or 0. */
static size_t whole_year_at(const char *p, const char *e)
{
    if (p >= e || *p != '1')
        return 0;
    const char *q = p + 1;
    if (e - q >= 3 && memcmp(q, "月", 3) == 0)
        q += 3;
    size_t sl = range_sep(q, e);
    return sl && (size_t)(e - q) >= sl + 5 && memcmp(q + sl, "12月", 5) == 0
               ? (size_t)(q + sl + 5 - p)
               : 0;
}

/* Whether [a, e) speaks of part of the year: a month or months ("1至6月", "12月份"; not a
 * day, "12月31日", nor the twelve, "1至12月"), half the year or a quarter. */
static int months(const char *a, const char *e)
{
    for (const char *q = a; q + 3 <= e; q++) {
        size_t year = q > a && q[-1] >= '0' && q[-1] <= '9' ? 0 : whole_year_at(q, e);
        if (year)
            q += year - 1;
        else if (memcmp(q, "月", 3) == 0 && q > a && q[-1] >= '0' && q[-1] <= '9' &&
                 !(q + 3 < e && q[3] >= '0' && q[3] <= '9'))
            return 1;
    }
    /* (or half the year, or a quarter: "上半年受理申请15件", "第四季度作出处罚决定9件") */
    static const char *const parts[] = {"上半年", "下半年", "季度"};
    return chk_span_has_any(a, e, parts, sizeof parts / sizeof parts[0]);
}

/* What a clause counting applications over more than the year says it does: "近三年共收到申请
 * 75件", "累计受理". */
static const char *const over_years[] = {"累计", "以来", "近两年", "近三年", "近五年", "近年",
                                         "历年", "三年来", "五年来", "同比"};

/* Whether [a, e) names a year ("2023年") neither the report's nor `also` (0: none). */
static int years_outside(const check_ctx *c, const char *a, const char *e, int also)
{
    for (const char *y = a; y + 4 + 3 <= e; y++) {
        if (memcmp(y + 4, "年", 3) != 0 || (y > a && y[-1] >= '0' && y[-1] <= '9'))
            continue;
        int n = 0, digits = 1;
        for (int i = 0; i < 4; i++) {
            digits &= y[i] >= '0' && y[i] <= '9';
            n = n * 10 + (y[i] - '0');
        }
        if (digits && n != c->r->year && n != also)
            return 1;
    }
    return 0;
}

/* Whether [a, e) names a year other than the report's ("2023年收到申请10件"), or the year
 * before by a word. */
static int other_year(const check_ctx *c, const char *a, const char *e)
{
    return chk_span_has(a, e, "去年") || chk_span_has(a, e, "上一年") ||
           years_outside(c, a, e, 0);
}

static const char *const denials[] = {"未收到", "没有收到", "未接到", "无政府信息公开申请",
                                      "零申请", "未受理", "无依申请", "为0", "为零",
                                      "未接收", "未有", "没有申请人", "无申请人",
                                      "未发生政府信息公开申请", "未发生依申请公开", "无公民",
                                      "没有公民", "无社会公众"};

/* Words for everyone who may apply ("公民、法人或者其他组织", "社会公众"): not one kind of
 * applicant. */
static const char *const everyone[] = {"公民、法人或者其他组织", "公民、法人或其他组织",
                                       "公民、法人和其他组织", "公民、法人及其他组织",
                                       "自然人、法人或者其他组织", "自然人、法人或其他组织",
                                       "自然人、法人和其他组织", "自然人和法人或其他组织",
                                       "法人或其他组织、自然人",
                                       "社会公众", "群众", "申请人"};

/* Whether one of words[0..n) is in [a, e) outside every mention of everyone. */
static int has_any_but_everyone(const char *a, const char *e, const char *const *words, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        size_t l = strlen(words[k]);
        for (const char *q = a; (q = find_in(q, e, words[k])) != NULL; q++) {
            int inside = 0;
            for (size_t j = 0; j < sizeof everyone / sizeof everyone[0] && !inside; j++) {
                size_t el = strlen(everyone[j]);
                size_t back = el > l ? el - l : 0; /* (the phrase's starts that cover q) */
                for (const char *w = (size_t)(q - a) >= back ? q - back : a; w <= q && !inside;
                     w++)
                    inside = (size_t)(e - w) >= el && memcmp(w, everyone[j], el) == 0 &&
                             (size_t)(q - w) + l <= el;
            }
            if (!inside)
                return 1;
        }
    }
    return 0;
}

/* Whether [a, e) says who applied as everyone does: "公民、法人或其他组织提出", "申请人向我局
 * 提出", "申请人通过各种渠道提交", or nothing at all. */
static int by_everyone(const char *a, const char *e)
{
    const char *q = a;
    for (size_t j = 0; j < sizeof everyone / sizeof everyone[0]; j++)
        if ((size_t)(e - q) >= strlen(everyone[j]) &&
            strncmp(q, everyone[j], strlen(everyone[j])) == 0) {
            q += strlen(everyone[j]);
            break;
        }
    static const char *const rest[] = {"向我局",       "向本机关",     "向我单位",
                                       "向本单位",     "通过各种渠道", "通过各类渠道",
                                       "通过多种渠道", "提出",         "提交"};
    for (size_t j = 0; j < sizeof rest / sizeof rest[0]; j++)
        if ((size_t)(e - q) >= strlen(rest[j]) && strncmp(q, rest[j], strlen(rest[j])) == 0)
            q += strlen(rest[j]);
    return q == e;
}

/* What makes applications some of them only: a channel, a kind of applicant, or another thing
 * applied for.  In a denial's clause ("未收到信函申请"), or just before 申请 in a count
 * ("收到纸质申请3件"). */
static const char *const only_some[] = {
    "信函", "当面", "现场", "网上", "网络", "在线", "线上", "线下", "电子邮件", "邮件", "传真",
    "邮寄", "纸质", "书面", "来信", "自然人", "法人", "企业", "科研机构", "社会公益",
    "法律服务", "法律服务机构", "组织", "复议", "诉讼", "投诉", "举报", "信访", "重复", "补正",
    "收费", "延期", "第三方", "咨询", "涉及", "超期", "逾期", "更正", "撤回", "减免", "反复",
    "出版物", "留言", "批量", "答复", "办结", "到期", "听证", "赔偿", "裁决", "异议", "撤销",
    "复核", "许可"};

const char *const chk_applicant_kinds[CHK_APPLICANT_KINDS] = {
    "自然人", "法人", "企业", "科研机构", "社会公益", "法律服务", "其他组织"};

/* Whether a..e speaks of cases of other work than disclosure, and not of disclosure: "行政执法
 * 工作实现零复议", "行政处罚案件均未被复议纠错". */
static int of_other_work(const char *a, const char *e)
{
    static const char *const work[] = {"执法", "处罚", "许可", "规范性文件", "政务服务",
                                       "决策", "行政强制", "征收", "信访", "审批"};
    return chk_span_has_any(a, e, work, sizeof work / sizeof work[0]) &&
           !chk_span_has_any(a, e, about_disclosure, 2);
}

/* The evidence of a stated number of applications against the table. */
#define NEW_TOTAL(c)                                                                              \
    CHK_LANG(c, "正文：“%.*s”；表格一、本年新收总计为 %s", "text: “%.*s”; tables: 一 new 总计 is %s")

/* Where the run of ASCII digits that ends at q begins, from at the earliest (q for none). */
static const char *digits_before(const char *from, const char *q)
{
    while (q > from && q[-1] >= '0' && q[-1] <= '9')
        q--;
    return q;
}

/* Where the first of words[0..n) that ends at p (in text) begins; NULL for none. */
static const char *ends_with_any(const char *text, const char *p, const char *const *words,
                                 size_t n)
{
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(words[i]);
        if (l && (size_t)(p - text) >= l && p[-1] == words[i][l - 1] &&
            memcmp(p - l, words[i], l) == 0)
            return p - l;
    }
    return NULL;
}

/* Whether [a, e) counts over more than the year: by the words above, 以来 unless since the
 * year's start ("今年以来", "2024年以来" in the report of 2024), 累计 unless over the year
 * ("全年累计"). */
static int over_years_in(const check_ctx *c, const char *a, const char *e)
{
    static const char *const this_year[] = {"今年", "本年", "本年度", "年初", "年内", "全年"};
    const size_t ny = sizeof this_year / sizeof this_year[0];
    for (size_t k = 0; k < sizeof over_years / sizeof over_years[0]; k++)
        for (const char *x = a; (x = span_find(x, e, over_years[k], strlen(over_years[k])));
             x++) {
            if (strcmp(over_years[k], "累计") == 0 && ends_with_any(a, x, this_year, ny))
                continue;
            if (strcmp(over_years[k], "以来") != 0)
                return 1;
            const char *y = ends_with_any(a, x, this_year, ny);
            if (!y && !(x - a >= 7 && memcmp(x - 3, "年", 3) == 0 &&
                        !years_outside(c, x - 7, x, 0) && x[-4] >= '0' && x[-4] <= '9'))
                return 1;
        }
    return 0;
}

/* p past any run of words[0..n) (each as often as it comes), up to end. */
const char *chk_skip_any(const char *p, const char *end, const char *const *words, size_t n)
{
    for (size_t l; p < end && (l = begins_with_which(p, words, n)) > 0;)
        p += l;
    return p;
}

/* Whether a..e speaks of applications: 申请, not only 申请人 ("未收到申请人对答复的异议" denies
 * objections, not applications). */
static int speaks_of_applications(const char *a, const char *e)
{
    /* (nor 申请 to do something else: "申请查阅档案", "申请旁听") */
    static const char *const verbs[] = {"查阅", "调取", "调阅", "旁听", "复制", "参加", "参观",
                                        "调档", "借阅"};
    for (const char *p = a; p + 6 <= e; p++)
        if (memcmp(p, "申请", 6) == 0 && !(p + 9 <= e && memcmp(p + 6, "人", 3) == 0) &&
            !begins_with_any(p + 6, verbs, sizeof verbs / sizeof verbs[0]))
            return 1;
    return 0;
}

static int until_within_year(const char *a, const char *e);

void r_text_no_requests(check_ctx *c)
{
    double n = cell_total(c, "new");
    if (isnan(n) || n <= 0)
        return;
    const char *text = chk_narrative(c);
    if (!text)
        return;
    size_t len = 0;
    chk_scan d = {.words = denials, .n = sizeof denials / sizeof denials[0]};
    for (const char *p = chk_scan_next(&d, text, &len); p; p = chk_scan_next(&d, NULL, &len)) {
        /* the clause must deny applications as a whole: "未收到政府信息公开申请", not
         * "未收到信函申请" or "未收到法人或其他组织提出的申请" */
        const char *a, *e;
        clause_of(text, p, &a, &e);
        if (!speaks_of_applications(a, e) ||
            has_any_but_everyone(a, e, only_some, sizeof only_some / sizeof only_some[0]))
            continue;
        /* applications of one kind ("未收到外国人提出的…申请", but not "任何形式的"), a count
         * of something else ("…申请的单位", "无依申请公开的超期情况"), other units, another
         * year */
        const char *app = find_in(p, e, "申请"), *of = find_in(p, e, "的");
        while (app && strncmp(app + 6, "人", 3) == 0) /* (申请人 is who, not what) */
            app = find_in(app + 9, e, "申请");
        /* (what is applied for, then 申请: "未收到申请公开政府信息的申请") */
        static const char *const applied_for = "申请公开政府信息的申请";
        if (app && strncmp(app, applied_for, strlen(applied_for)) == 0) {
            of = of && of < app ? of : NULL; /* (its 的 is no "…提出的") */
            app += strlen(applied_for) - strlen("申请");
        }
        /* (and 依申请公开的申请: "没有收到依申请公开的申请") */
        static const char *const by_request = "依申请公开的申请";
        if (app && app - p >= 3 && strncmp(app - 3, by_request, strlen(by_request)) == 0) {
            of = of && of < app - 3 ? of : NULL;
            app += strlen(by_request) - strlen("依") - strlen("申请");
        }
        const char *from, *to;
        sentence(text, p, &from, &to);
        /* (a denial word that ends in the first words of everyone's: "无公民、法人或…") */
        const char *who = p + len;
        static const char *const starts[] = {"公民", "社会公众"};
        for (size_t k = 0; k < 2; k++)
            if (len >= strlen(starts[k]) &&
                memcmp(p + len - strlen(starts[k]), starts[k], strlen(starts[k])) == 0)
                who = p + len - strlen(starts[k]);
        if ((app && of && of < app && !find_in(p, of, "任何") && !find_in(p, of, "申请人") &&
             !by_everyone(who, of)) ||
            (app && find_in(app, e, "的")) ||
            other_set_in(from, p) ||
            other_body(c, from, p) || chk_span_has(from, p, "除") ||
            has_any_but_everyone(p, e, &(const char *){"其他"}, 1) || months(from, p) ||
            until_within_year(from, p) ||
            chk_span_has(a, p, "上年") || other_year(c, from, to) ||
            /* (those answered late: "依申请公开超时办理件为0") */
            chk_span_has_any(a, e, (const char *const[]){"超时", "超期", "逾期"}, 3))
            continue;
        sentence(text, p, &a, &e);
        char v[32];
        chk_found(c, chk_line_at(c, a), NEW_TOTAL(c), (int)(e - a), a, chk_num(v, n));
        break;
    }
}

/* Whether [a, e) names a cause narrower than disclosure itself: "因政府信息公开答复超过法定
 * 期限引发的", "因泄露国家秘密引发的" (not "因政府信息公开引发的"). */
static int narrower_cause(const char *a, const char *e)
{
    static const char *const effects[] = {"引发", "引起", "产生", "导致", "被"};
    static const char *const whole[] = {"政府信息公开", "信息公开", "依申请公开", "政务公开",
                                        "工作", "事项", "问题", "申请", "答复", "而", "的"};
    const char *because = find_in(a, e, "因");
    if (!because)
        return 0;
    const char *effect = NULL;
    for (size_t k = 0; k < sizeof effects / sizeof effects[0]; k++) {
        const char *x = find_in(because, e, effects[k]);
        if (x && (!effect || x < effect))
            effect = x;
    }
    return effect && chk_skip_any(because + strlen("因"), effect, whole,
                                  sizeof whole / sizeof whole[0]) != effect;
}

/* Whether a denial at p, in the clause [a, e), denies the year's reconsiderations or lawsuits
 * the tables count (rec, lit): not of another year or years, of other units or others' cases
 * ("其他局属单位…", "除上述案件外，其他申请均未被申请行政复议"), of what is still pending, of
 * something else about cases ("以外的投诉", "听证程序违法问题", "典型案例通报", "因收费引起
 * 的"), corrections alone, nor an aim.  The sentence goes to *from, *to. */
static int denies_cases(check_ctx *c, const char *text, const char *p, const char *a,
                        const char *e, double rec, double lit, const char **from, const char **to)
{
    static const char *const not_these[] = {"其他", "其余", "除", "以外", "尚未审结", "程序",
                                            "通报", "收费", "纠错率", "区县", "县区",
                                            "局属", "下属", "季度", "半年", "月份", "超期",
                                            "逾期", "未按时", "答辩", "履行", "处理费", "费用",
                                            "赔偿", "上诉", "撤回", "调解",
                                            "和解", "听证", "督办", "扣分", "批评", "出庭",
                                            "重复", "延期", "第三方", "上年度",
                                            "上一年度", "目标", "不予公开", "责令", "建议书",
                                            "意见书", "公益诉讼"};
    /* (and words that are of the denial only in its clause: after it, of something else, "未发生
     * 行政复议，…，政策解读形式有待丰富", "…，引发行政诉讼1起，裁定按照撤诉处理") */
    static const char *const not_these_here[] = {"形式", "撤诉", "培训", "舆情"};
    /* what the clause denies: "发生行政复议4起，未发生行政诉讼" denies lawsuits only */
    int says_rec = chk_span_has(a, e, "复议") && rec > 0;
    int says_lit = chk_span_has(a, e, "诉讼") && lit > 0;
    if (!says_rec && !says_lit)
        return 0; /* (first: the clause is short, the sentence's tests are not) */
    sentence(text, p, from, to);
    if (other_year(c, *from, *to) || months(*from, *to) || other_body(c, *from, p) ||
        chk_span_has(a, p, "上年") || /* ("上年未发生…，本年度发生3件") */
        of_other_work(*from, *to) ||
        chk_span_has_any(*from, p, aims, sizeof aims / sizeof aims[0]) ||
        over_years_in(c, *from, *to) ||
        chk_span_has_any(*from, *to, not_these, sizeof not_these / sizeof not_these[0]) ||
        chk_span_has_any(*from, e, not_these_here,
                         sizeof not_these_here / sizeof not_these_here[0]) ||
        /* ("未被申请行政复议的答复") */
        chk_span_has(p, e, "的答复") || chk_span_has(p, e, "的决定") || narrower_cause(a, e))
        return 0;
    /* "未发生行政复议、行政诉讼纠错案件", "直接起诉的败诉案件为零" deny corrections, not the
     * cases */
    static const char *const outcomes[] = {"纠错", "纠正", "败诉", "撤销", "确认违法"};
    if (chk_span_has_any(a, e, outcomes, sizeof outcomes / sizeof outcomes[0]))
        return 0;
    /* what is caused comes after 引起: "未发生因政府信息公开引起的行政复议" denies the cases,
     * "未发生因行政复议引起的追责" something else */
    const char *cause = find_in(p, e, "引起");
    cause = cause ? cause : find_in(p, e, "引发");
    return !cause || chk_span_has(cause, e, "复议") || chk_span_has(cause, e, "诉讼");
}

void r_text_no_review(check_ctx *c)
{
    double rec, lit;
    if (!review_totals(c, &rec, &lit))
        return;
    if (!(rec > 0) && !(lit > 0))
        return; /* nothing the text could deny */
    const char *text = chk_narrative(c);
    if (!text)
        return;
    static const char *const none[] = {"未发生", "没有发生", "没有政府信息公开", "没有因",
                                       "未收到", "无行政复议", "无行政诉讼", "未产生", "零复议",
                                       "零诉讼", "无因政府信息公开", "无政府信息公开", "未被申请",
                                       "未被提起", "为0", "为零", "未出现", "没有出现", "未因",
                                       "未有", "不存在", "零发生"};
    size_t len = 0;
    const char *from = NULL, *to = NULL, *found = NULL;
    chk_scan d = {.words = none, .n = sizeof none / sizeof none[0]};
    for (const char *p = chk_scan_next(&d, text, &len); p && !found;
         p = chk_scan_next(&d, NULL, &len)) {
        const char *a, *e;
        clause_of(text, p, &a, &e);
        /* (a count of none in digits, "案件为0件", is compared as a count, by
         * text-figure-mismatch) */
        static const char *const units[] = {"件", "起", "例", "宗", "次", "个"};
        static const char *const all[] = {"均", "各", "都", "皆"}; /* ("均为0件": not a count) */
        int counted = strncmp(p, "为0", strlen("为0")) == 0 &&
                      begins_with_any(p + len, units, sizeof units / sizeof units[0]) &&
                      !ends_with_any(text, p, all, sizeof all / sizeof all[0]);
        if (!counted && denies_cases(c, text, p, a, e, rec, lit, &from, &to))
            found = p;
    }
    /* the cases named, then none: "行政复议、行政诉讼案件：无。" */
    for (const char *p = chk_next(c, text, ":无"); p && !found; p = chk_next(c, p + 1, ":无")) {
        const char *after = p + strlen(":无"), *a, *e;
        if (*after && *after != '\n' && !clause_mark(*after) && !full_stop_at(after))
            continue; /* (无 begins a word: "：无论…") */
        clause_of(text, p - 1, &a, &e);
        if (denies_cases(c, text, a, a, after, rec, lit, &from, &to))
            found = p;
    }
    if (found) {
        char x[32], y[32];
        chk_found(c, chk_line_at(c, from),
                  CHK_LANG(c, "正文：“%.*s”；表格行政复议总计 %s，行政诉讼总计 %s",
                           "text: “%.*s”; tables: 行政复议总计 %s, 行政诉讼总计 %s"),
                  (int)(to - from), from, chk_num(x, rec), chk_num(y, lit));
    }
}

/* Whether [a, e) counts information published, 主动公开 in other words ("全年累计公开公安政府
 * 信息184条", "发布各类信息1200条"): 公开 or 发布 before 信息 in its clause and a count in 条
 * right after it; not in a clause on applications ("依申请公开政府信息36条"). */
static int counts_published(const char *a, const char *e)
{
    static const char *const verbs[] = {"公开", "发布"};
    static const char *const sums[] = {"共计", "累计", "合计", "共", "达"};
    for (const char *p = find_in(a, e, "信息"); p; p = find_in(p + 1, e, "信息")) {
        const char *ca, *ce, *unit, *after;
        clause_of(a, p, &ca, &ce);
        const char *q = p + strlen("信息");
        q += begins_with_which(q, sums, sizeof sums / sizeof sums[0]);
        if (count_at_cn(q, &unit, &after) >= 0 && strncmp(unit, "条", 3) == 0 &&
            chk_span_has_any(ca, p, verbs, 2) && !chk_span_has(ca, ce, "申请"))
            return 1;
    }
    return 0;
}

/* 总体情况 covers five topics (the 2021 format's note): the ones it leaves out, each known by
 * the words reports use for it, 主动公开 by a count of information published too. */
void r_text_overview(check_ctx *c)
{
    if (chk_before_format(c->r))
        return;
    static const struct {
        const char *topic;
        const char *words[6];
    } topics[] = {
        {"主动公开", {"主动公开", "主动发布", "主动公布", "向社会公开", "向社会公布"}},
        {"依申请公开", {"依申请", "公开申请", "申请公开", "申请办理"}},
        {"政府信息管理", {"信息管理", "公开属性", "保密审查", "信息资源", "审查机制"}},
        {"政府信息公开平台建设", {"平台", "网站", "专栏", "新媒体", "公众号"}},
        {"监督保障", {"监督", "保障", "考核", "培训"}},
    };
    const xxgk_report *r = c->r;
    const xxgk_section *one = rep_section_find(r, 1);
    if (!one)
        return; /* struct-section-missing says so */
    /* (its text without whitespace: a word wrapped across lines, "主" / "动公开", is read whole) */
    char *text = malloc(strlen(one->text) + 1);
    if (!text)
        return;
    char *end = chk_squeeze(text, one->text);
    *end = '\0';
    xbuf missing;
    xbuf_init(&missing, 0);
    for (size_t t = 0; t < sizeof topics / sizeof topics[0]; t++) {
        int found = 0;
        for (size_t w = 0; w < 6 && topics[t].words[w] && !found; w++)
            found = chk_span_has(text, end, topics[t].words[w]);
        found = found || (t == 0 && counts_published(text, end));
        if (!found)
            xbuf_printf(&missing, "%s%s", missing.len ? "、" : "", topics[t].topic);
    }
    if (missing.len && !missing.failed)
        chk_found(c, one->line, CHK_LANG(c, "总体情况未见：%s", "not in the overview: %s"),
                  missing.data);
    xbuf_free(&missing);
    free(text);
}

/* Words that make the count after them a bound, not a figure: "不超过5件", "不足5件", "约30件". */
static const char *const bound_words[] = {"不超过", "不足", "超过", "约", "近", "逾",
                                          "多达", "少于", "低于", "高于", "大于", "小于"};

/* Whether a count at p is such a bound. */
static int bounded_before(const char *p)
{
    return (unsigned char)*p >= 0x80 && /* (a figure, mostly: no bound) */
           begins_with_any(p, bound_words, sizeof bound_words / sizeof bound_words[0]);
}

/* ... or, after its unit at p, "30件以上", "30余件" (the 余 before the unit: no count). */
static int bounded_after(const char *p)
{
    static const char *const bounds[] = {"以上", "以内", "以下", "左右", "上下"};
    return (unsigned char)*p >= 0x80 &&
           begins_with_any(p, bounds, sizeof bounds / sizeof bounds[0]);
}

int chk_bounded(const char *text, const char *p, const char *after)
{
    return ends_with_any(text, p, bound_words, sizeof bound_words / sizeof bound_words[0]) ||
           bounded_after(after);
}

/* Whether [a, e) counts up to a day within the year, not its end: "截至2024年6月30日", "截止
 * 9月底" (not "截至12月31日"). */
static int until_within_year(const char *a, const char *e)
{
    static const char *const until[] = {"截至", "截止"};
    for (size_t k = 0; k < 2; k++)
        for (const char *q = a; (q = find_in(q, e, until[k])) != NULL; q++) {
            const char *m = q + strlen(until[k]);
            if (e - m >= 7 && m[0] >= '0' && m[0] <= '9' && memcmp(m + 4, "年", 3) == 0)
                m += 7;
            int month = 0;
            while (m < e && *m >= '0' && *m <= '9' && month < 100)
                month = month * 10 + (*m++ - '0');
            if (month >= 1 && month < 12 && e - m >= 3 && memcmp(m, "月", 3) == 0)
                return 1;
        }
    return 0;
}

/* Read a count ("17件") right after p, allowing 共/为/数/: in between; -1 if none. */
static double figure_after(const char *p, const char **end)
{
    static const char *const fillers[] = {"共", "计", "为", "数", ":", "量", "达", "有", "总计",
                                          "合计", "总量", "总数", "受理量", "受理数",
                                          "继续办理", "办理", "的", "政府信息公开申请", "申请",
                                          "公开事项", "事项", "公开政府信息"};
    for (int again = 1; again;) {
        again = 0;
        for (size_t k = 0; k < sizeof fillers / sizeof fillers[0]; k++)
            if (*p == fillers[k][0] && strncmp(p, fillers[k], strlen(fillers[k])) == 0) {
                p += strlen(fillers[k]);
                again = 1;
            }
    }
    /* an aside on what the count holds, before it: "收到申请（含网上申请）31件" (not one with
     * a count of its own, "（其中网上申请12件）") */
    if (*p == '(' && (strncmp(p + 1, "含", 3) == 0 || strncmp(p + 1, "包括", 6) == 0)) {
        const char *close = memchr(p, ')', strnlen(p, 48));
        const char *digit = close ? strpbrk(p, "0123456789") : NULL;
        if (close && (!digit || digit > close))
            p = close + 1;
    }
    if (bounded_before(p))
        return -1;
    const char *unit, *after;
    double v = count_at_cn(p, &unit, &after);
    if (v >= 0 && bounded_after(after))
        return -1;
    /* "收到申请的20个工作日内", "办理两个月": a time, not a count */
    static const char *const times[] = {"工作日", "月", "小时", "日", "天", "自然日", "周"};
    for (size_t k = 0; v >= 0 && k < sizeof times / sizeof times[0]; k++)
        if (strncmp(after, times[k], strlen(times[k])) == 0)
            v = -1;
    if (v >= 0)
        *end = after - 3; /* at the unit: the evidence quotes through it */
    return v;
}

/* A count of cases in 次 or 例 right after p ("被申请行政复议1次", "行政诉讼一例"), which
 * figure_after does not take (次 counts trainings and meetings too); -1 for none.  *end: at the
 * unit. */
static double cases_after(const char *p, const char **end)
{
    p = chk_skip_any(p, p + strnlen(p, 6), (const char *const[]){"共", "计", "为"}, 3);
    const char *e = p;
    double v = 0;
    while (*e >= '0' && *e <= '9' && e - p < 9)
        v = v * 10 + (*e++ - '0');
    if (e == p && (v = cn_number_at(p, &e)) < 0)
        return -1;
    if (strncmp(e, "次", 3) != 0 && strncmp(e, "例", 3) != 0)
        return -1;
    if (bounded_after(e + 3)) /* ("1次以上") */
        return -1;
    *end = e;
    return v;
}

/* Whether [a, e) speaks of cases the agency decided as the reconsideration body, not cases
 * against it ("我局作为复议机关，全年受理…行政复议案件15件"). */
static int review_body(const char *a, const char *e)
{
    return (chk_span_has(a, e, "作为") && chk_span_has(a, e, "复议机关")) ||
           chk_span_has(a, e, "下级") || chk_span_has(a, e, "审理");
}

/* What applications carried are not: cases, other work's ("上年结转的2件信访事项"). */
static const char *const not_applications[] = {"复议", "诉讼", "案件", "信访", "建议",
                                               "提案", "投诉", "举报", "工单"};

static const char *const receipt_verbs[] = {"收到", "受理", "新收", "接收", "接到", "新增",
                                            "共有"};

/* Whether the sentence before the one opening at from, in its section (not the last words of
 * section 三 before 四's), speaks of applications, not of cases or other work. */
static int after_applications(const check_ctx *c, const char *text, const char *from)
{
    if (from - text < 4 || !full_stop_at(from - 3))
        return 0;
    const char *pf, *pt;
    chk_sentence_of(text, from - 4, 1, &pf, &pt);
    size_t here = chk_place_of(c, from), there = chk_place_of(c, pf);
    return here && there && c->places[here - 1].within == c->places[there - 1].within &&
           speaks_of_applications(pf, pt) &&
           !chk_span_has_any(pf, pt, not_applications,
                             sizeof not_applications / sizeof not_applications[0]);
}

/* Whether the sentence [from, ...) says what became of the applications the sentence before it
 * counts, the verb at p after a few words at most and no other subject ("收到申请29件。已办结
 * 31件。", "…。全年共办结31件"): of the applications, though it does not name them. */
static int answers_before(const check_ctx *c, const char *text, const char *from, const char *p)
{
    if (p - from > 18 || chk_in_section(c, p, 4))
        return 0;
    for (const char *q = from; q < p; q++)
        if (*q >= '0' && *q <= '9')
            return 0; /* (a count of something else first) */
    return after_applications(c, text, from);
}

/* What makes a clause count some of the year's applications: "其中第四季度收到申请12件". */
static const char *const some_of[] = {"其中", "季度", "上半年", "下半年", "月份", "另"};

/* Whether the applications at p (at 申请) are only some of them, by the word before. */
static int part_before(const char *text, const char *p)
{
    return ends_with_any(text, p, only_some, sizeof only_some / sizeof only_some[0]) != NULL;
}


/* Whether the applications received before p (at 申请), as the words after the clause's last
 * verb of receipt say, are for information, all of them: "收到政府信息公开申请", "受理申请",
 * "收到公民、法人或其他组织提出的申请"; not "受理公租房申请" (another kind), nor "收到涉及
 * 征收补偿的…申请" (some of them). */
static int applied_for_information(const char *look, const char *p)
{
    const char *w = NULL;
    for (size_t k = 0; k < sizeof receipt_verbs / sizeof receipt_verbs[0]; k++)
        for (const char *q = look; (q = find_in(q, p, receipt_verbs[k])) != NULL; q++)
            if (!w || q > w)
                w = q;
    if (!w)
        return 1;
    w += strlen("收到"); /* (every verb of receipt is two characters) */
    static const char *const fillers[] = {"了", "到", "共", "各类", "有效", "新"};
    for (size_t k = 0; k < sizeof fillers / sizeof fillers[0]; k++)
        if ((size_t)(p - w) >= strlen(fillers[k]) &&
            strncmp(w, fillers[k], strlen(fillers[k])) == 0)
            w += strlen(fillers[k]);
    const char *of = find_in(w, p, "的");
    if (of) {
        if (!by_everyone(w, of))
            return 0;
        w = of + strlen("的");
    }
    return w == p || (p - w == 3 && memcmp(w, "依", 3) == 0) || /* (依申请公开) */
           chk_span_has(w, p, "公开") || chk_span_has(w, p, "信息") || by_everyone(w, p);
}

/* Whether the words before p (at 申请) in its clause are "政府信息公开" after the year's and the
 * agency's words alone ("全年", "2024年我局"), naming all the year's applications. */
static int the_years_applications(const char *text, const char *p)
{
    const size_t nl = strlen("政府信息公开");
    if ((size_t)(p - text) < nl || memcmp(p - nl, "政府信息公开", nl) != 0)
        return 0;
    const char *from, *to;
    sentence(text, p, &from, &to);
    const char *w = clause_start(from, p), *e = p - nl;
    static const char *const words[] = {"全年", "本年度", "本年", "年度", "我局", "本局", "本机关",
                                        "我委", "我办", "本单位", "共", "的"};
    while (w < e) {
        size_t k = 0, d = 0;
        while (w + d < e && w[d] >= '0' && w[d] <= '9')
            d++;
        if (d == 4 && (size_t)(e - w) >= d + 3 && memcmp(w + d, "年", 3) == 0) {
            w += d + 3;
            continue;
        }
        for (; k < sizeof words / sizeof words[0]; k++)
            if ((size_t)(e - w) >= strlen(words[k]) && memcmp(w, words[k], strlen(words[k])) == 0)
                break;
        if (k == sizeof words / sizeof words[0])
            return 0;
        w += strlen(words[k]);
    }
    return 1;
}

/* A count v of applications stated at p (its unit just before end) against 一、本年新收 (or
 * 一 + 二), said when it differs: 2 when said, 1 when it is that statement and agrees, 0 when
 * its clause speaks of another count (carried over from last year, another year, years
 * together; with `verb`, one not received in the year).  upto: where the words that decide
 * this end. */
static int new_count(check_ctx *c, const char *text, const char *p, const char *upto, int verb,
                     double v, const char *end, double nw, double in)
{
    const char *from, *to;
    sentence(text, p, &from, &to);
    const char *look = clause_start(from, p);
    if (verb && !chk_span_has_any(look, p, receipt_verbs,
                              sizeof receipt_verbs / sizeof receipt_verbs[0]))
        return 0;
    if (verb && !applied_for_information(look, p))
        return 0;
    /* (another year named anywhere before it in the sentence: "2021年至2023年，共收到…"; years
     * or months before the clause: "近三年来，…", "1至11月，…") */
    /* (applications of every kind, "收到各类申请1500件，其中政府信息公开申请29件") */
    static const char *const all_kinds[] = {"各类申请", "各种申请", "各项申请"};
    const char *past = to - upto > 12 ? upto + 12 : to;
    if (chk_span_has_any(look, past, all_kinds, sizeof all_kinds / sizeof all_kinds[0]))
        return 0;
    if (chk_span_has(look, upto, "结转") || chk_span_has(look, upto, "上年") ||
        over_years_in(c, from, upto) ||
        chk_span_has_any(from, upto, some_of, sizeof some_of / sizeof some_of[0]) ||
        other_set_in(from, upto) ||
        other_body(c, from, upto) || other_government(c, from, upto) ||
        other_kind_in(look, upto) ||
        /* (or between 申请 and its count: "受理依申请事项3120件", 政务服务's, not disclosure's) */
        (end > upto && !chk_span_has(upto, end, "公开") &&
         other_kind_in(upto, end)) ||
        months(from, upto) || until_within_year(from, upto) || other_year(c, from, upto))
        return 0;
    char a[32];
    /* (those received may be counted with those carried in, but not those newly received) */
    int only_new = chk_span_has(look, upto, "新收") || chk_span_has(look, upto, "新增");
    if (!chk_differs(v, nw) || (!isnan(in) && !only_new && !chk_differs(v, nw + in)))
        return 1;
    chk_found(c, chk_line_at(c, look), NEW_TOTAL(c), (int)(end - look) + 3, look,
              chk_num(a, nw));
    return 2;
}

/* What joins one thing and another: "规章和规范性文件", "予以公开或部分公开". */
static const char *const joins[] = {"或", "和", "及", "与", "、"};

/* The kinds of documents, by the index doc_kind returns. */
static const char *const doc_kinds[] = {"行政规范性文件", "规范性文件", "规章", "文件"};

/* The kind of documents a count naming none at p is of ("制发行政规范性文件5件，废止3件，现行有效
 * 42件": 废止 and 现行有效 of 行政规范性文件): that of the clauses right before it, each a count
 * (件); an index of doc_kinds, or 5 for none. */
static size_t inherited_kind(const char *text, const char *p)
{
    const char *at = p;
    for (int n = 0; n < 4 && at - text >= 2 && at[-1] == ','; n++) {
        const char *ca, *ce;
        clause_of(text, at - 2, &ca, &ce);
        for (size_t k = 0; k < 3; k++) /* (行政规范性文件 before 规范性文件, of which it is one) */
            if (chk_span_has(ca, ce, doc_kinds[k]))
                return k;
        if (!chk_span_has(ca, ce, "件"))
            break;
        at = ca;
    }
    return 5;
}

/* The kind of documents named at *q, moving *q past it: 0 行政规范性文件, 1 规范性文件, 2 规章,
 * 3 文件, 4 规章 and either of the first two together ("规章和行政规范性文件"); 5 none. */
static size_t doc_kind(const char **q)
{
    size_t k = 0;
    for (; k < 4; k++)
        if (strncmp(*q, doc_kinds[k], strlen(doc_kinds[k])) == 0)
            break;
    if (k == 4)
        return 5;
    *q += strlen(doc_kinds[k]);
    const char *and = *q + begins_with_which(*q, joins, sizeof joins / sizeof joins[0]);
    if (k == 2 && and != *q)
        for (size_t o = 0; o < 2; o++)
            if (strncmp(and, doc_kinds[o], strlen(doc_kinds[o])) == 0) {
                *q = and + strlen(doc_kinds[o]);
                return 4;
            }
    return k;
}

/* Whether the clause of p, up to end, counts documents other than the year's issue (col 0) or
 * repeal (col 1): over the years, in force, reviewed or cleared out (repealed, "清理废止", is
 * the year's repeal), interpreted, or others' passed on (转发). */
static int not_year_issue(const char *text, const char *p, const char *end, int col)
{
    static const char *const words[] = {"累计", "以来", "现行有效", "审查", "备案", "解读", "转发",
                                        "清理"};
    const char *ca, *ce;
    clause_of(text, p, &ca, &ce);
    for (size_t i = 0; i < sizeof words / sizeof words[0] - (col == 1); i++)
        if (chk_span_has(ca, end, words[i]))
            return 1;
    return 0;
}

/* The count of disclosure's cases a list of all cases goes on to give after its 其中 (then,
 * in [then, to)): "其中涉及政府信息公开的5件", "其中政府信息公开类5件", "其中信息公开类案件
 * 5件"; -1 for none.  *end: where the count ends. */
static double disclosure_part(const char *then, const char *to, const char **end)
{
    static const char *const lead[] = {"涉及", "属于", "为", "系", "关于", "有关", "因"};
    static const char *const about[] = {"政府信息公开", "信息公开", "依申请公开"};
    static const char *const tail[] = {"类", "的", "方面", "领域", "案件", "共", "有", "为",
                                       "引起", "引发", "答复", "诉讼"};
    const char *q = chk_skip_any(then + strlen("其中"), to, lead, sizeof lead / sizeof lead[0]);
    size_t l = begins_with_which(q, about, sizeof about / sizeof about[0]);
    if (!l)
        return -1;
    q = chk_skip_any(q + l, to, tail, sizeof tail / sizeof tail[0]);
    const char *unit;
    double v = count_at_cn(q, &unit, end);
    return v >= 0 && *end <= to && (strcmp(unit, "件") == 0 || strcmp(unit, "起") == 0) ? v : -1;
}

/* 规章's and 行政规范性文件's figures in column col of section 二 (0 本年制发, 1 本年废止,
 * 2 现行有效); 0 when
 * the report has no such table (2021 format) or either figure is unknown. */
static int doc_figures(check_ctx *c, int col, double *regs, double *norm)
{
    const xxgk_table_spec *t = chk_table(c, XXGK_TABLE_ACTIVE);
    if (c->r->format != XXGK_FORMAT_2021 || !t)
        return 0;
    *regs = chk_val(chk_cell(c, chk_row(t, "regs", -1), col));
    *norm = chk_val(chk_cell(c, chk_row(t, "normative", -1), col));
    return !isnan(*regs) && !isnan(*norm);
}

/* Whether v documents of kind k (see doc_kind), of each kind of both when each, differ from the
 * table's regs 规章 and norm 行政规范性文件: 规范性文件 are those or those and 规章 as some reports
 * count them; 文件 either or both. */
static int docs_differ(size_t k, int each, double v, double regs, double norm)
{
    if (k == 4)
        return each ? chk_differs(v, regs) || chk_differs(v, norm) : chk_differs(v, regs + norm);
    return k == 0   ? chk_differs(v, norm)
           : k == 1 ? chk_differs(v, norm) && chk_differs(v, regs + norm)
           : k == 2 ? chk_differs(v, regs)
                    : chk_differs(v, regs) && chk_differs(v, norm) && chk_differs(v, regs + norm);
}

/* A count of documents the text states, from p to end, beside the table's figures of col. */
static void said_docs(check_ctx *c, const char *p, const char *end, int col, double regs,
                      double norm)
{
    char a[32], b[32];
    chk_found(c, chk_line_at(c, p),
              CHK_LANG(c, "正文：“%.*s”；表格%s：规章 %s，行政规范性文件 %s",
                       "text: “%.*s”; tables: %s 规章 %s, 行政规范性文件 %s"),
              (int)(end - p) + 3, p,
              col == 2   ? CHK_LANG(c, "现行有效件数", "in force")
              : col == 1 ? CHK_LANG(c, "本年废止件数", "repealed this year")
                         : CHK_LANG(c, "本年制发件数", "issued this year"),
              chk_num(a, regs), chk_num(b, norm));
}

enum { OUTCOMES_MAX = 8 };

/* An outcome of table 三 as the format lists it under 三、本年度办理结果: a row or a group of
 * rows, its word the first of its match keys (予以公开, 不予公开, …), and its 总计. */
typedef struct {
    char word[32];
    const xxgk_row_spec *row;
    double total; /* NAN when unknown */
} result_kind;

static size_t result_kinds(const check_ctx *c, result_kind out[OUTCOMES_MAX])
{
    const xxgk_table_spec *t = chk_table(c, XXGK_TABLE_REQUESTS);
    const xxgk_row_spec *result = t ? chk_row(t, "result", -1) : NULL;
    size_t n = 0;
    for (int i = 0; result && i < t->nrows && n < OUTCOMES_MAX; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        if (row->index != -1 || !row->caption || strcmp(row->caption, result->label) != 0 ||
            (row->flags & XXGK_ROW_EXACT)) /* (（七）总计) */
            continue;
        snprintf(out[n].word, sizeof out[n].word, "%.*s", (int)strcspn(row->match, "|"),
                 row->match);
        out[n].row = row;
        out[n].total = outcome_total(c, row->key);
        n++;
    }
    return n;
}

/* An outcome row's label without its note: "（二）部分公开". */
static int label_len(const char *label)
{
    const char *note = strstr(label + 3, "（");
    return (int)(note ? (size_t)(note - label) : strlen(label));
}

/* A count v of outcome o stated at p (its unit at end), said when it differs from the table. */
static void said_outcome(check_ctx *c, const char *p, const char *end, double v,
                         const result_kind *o)
{
    char a[32];
    if (chk_differs(v, o->total))
        chk_found(c, chk_line_at(c, p),
                  CHK_LANG(c, "正文：“%.*s”；表格%.*s总计为 %s", "text: “%.*s”; tables: %.*s总计 is %s"),
                  (int)(end - p) + 3, p, label_len(o->row->label), o->row->label,
                  chk_num(a, o->total));
}

/* A count v stated at p (its unit at end) of the outcomes in set (bits of o's indices; more
 * than one where the text counts them together, "予以公开或部分公开14件"), said when it
 * differs from their 总计 added up. */
static void said_outcomes(check_ctx *c, const char *p, const char *end, double v,
                          const result_kind *o, size_t n, unsigned set)
{
    double want = 0;
    size_t count = 0, one = 0;
    for (size_t k = 0; k < n; k++)
        if (set & 1u << k) {
            want += o[k].total;
            count++;
            one = k;
        }
    if (count == 1) {
        said_outcome(c, p, end, v, &o[one]);
        return;
    }
    if (!chk_differs(v, want))
        return;
    xbuf names;
    xbuf_init(&names, 0);
    for (size_t k = 0; k < n; k++)
        if (set & 1u << k)
            xbuf_printf(&names, "%s%.*s", names.len ? CHK_LANG(c, "、", " + ") : "",
                        label_len(o[k].row->label), o[k].row->label);
    char a[32];
    if (names.len && !names.failed)
        chk_found(c, chk_line_at(c, p),
                  CHK_LANG(c, "正文：“%.*s”；表格%s总计之和为 %s",
                           "text: “%.*s”; tables: %s总计 is %s"),
                  (int)(end - p) + 3, p, names.data, chk_num(a, want));
    xbuf_free(&names);
}

/* What makes a count of outcomes some of them, or of something else. */
static const char *const not_all_results[] = {"因", "对", "中", "涉及", "转办", "结转", "上年",
                                              "季度", "月", "同比", "较", "占", "属于", "以外",
                                              "除"};

/* What may come before a statement of the year's figures that opens its sentence. */
static const char *const lead_words[] = {"本年度", "本年", "全年", "年内", "我局", "我委",
                                         "我办", "我单位", "共", "依申请", "经审查", "依法",
                                         "答复", "作出", ","};

/* Whether the outcome named at p is counted with the one before it, joined to it by 或, 和,
 * 及, 与 or 、 with no count between ("予以公开或部分公开14件", "无法提供、不予处理10件"; not
 * "予以公开11件、部分公开3件"). */
static int joined_outcome(const char *from, const char *p)
{
    const char *j = ends_with_any(from, p, joins, sizeof joins / sizeof joins[0]);
    return j && j - from >= 3 && memcmp(j - 3, "件", 3) != 0 && !(j[-1] >= '0' && j[-1] <= '9');
}

/* Where outcome o is named ending at p, from `from` on, in a list of outcomes joined before
 * the outcome `next`: its word, or for 予以公开 the words reports also use (全部公开, 同意公开;
 * not 不同意公开), or 全部 alone before 部分公开 ("全部或部分公开"); NULL for none. */
static const char *outcome_ending(const char *from, const char *p, const result_kind *o,
                                  const result_kind *next)
{
    static const char *const granted[] = {"全部公开", "同意公开"};
    static const char *const denied[] = {"不", "未", "没有"};
    const char *w = ends_with_any(from, p, (const char *const[]){o->word}, 1);
    if (w || strcmp(o->row->key, "granted") != 0)
        return w;
    w = ends_with_any(from, p, granted, sizeof granted / sizeof granted[0]);
    if (!w && strcmp(next->row->key, "partly") == 0)
        w = ends_with_any(from, p, (const char *const[]){"全部"}, 1);
    return w && !ends_with_any(from, w, denied, sizeof denied / sizeof denied[0]) ? w : NULL;
}

/* The outcomes counted in one count with outcome k of o[0..n), named at p: k and those joined
 * before it, each to the next by 或, 和, 及, 与 or 、 with no count between ("予以公开或部分
 * 公开14件", "无法提供、不予处理10件", "全部或部分公开14件"), as bits of o's indices; where
 * the first is named in *start (p for k alone).  From `from` on. */
static unsigned joined_outcomes(const char *from, const char *p, size_t k, const result_kind *o,
                                size_t n, const char **start)
{
    unsigned set = 1u << k;
    size_t next = k; /* (the outcome after the join) */
    *start = p;
    for (const char *j; (j = ends_with_any(from, *start, joins, sizeof joins / sizeof joins[0]));) {
        const char *w = NULL;
        size_t m = 0;
        while (m < n && !(w = outcome_ending(from, j, &o[m], &o[next])))
            m++;
        if (!w || set & 1u << m)
            break;
        next = m;
        set |= 1u << m;
        *start = w;
    }
    return set;
}

/* Where the words before an outcome named at p, within its clause from a, give its reasons as
 * one and others ("因本机关不掌握等原因无法提供9件": all of the outcome's, not the one named):
 * at their 因; NULL for none. */
static const char *all_reasons(const char *a, const char *p)
{
    static const char *const others[] = {"等原因", "等理由", "等情形", "等情况", "等原因而",
                                         "等理由而"};
    const char *e = ends_with_any(a, p, others, sizeof others / sizeof others[0]);
    const char *because = NULL;
    for (const char *x = e ? find_in(a, e, "因") : NULL; x; x = find_in(x + 1, e, "因"))
        because = x;
    if (!because)
        return NULL;
    for (const char *x = because; x < e; x++)
        if (clause_mark(*x) || full_stop_at(x))
            return NULL;
    return because;
}

/* What a count of outcome k named at p states, from `from` on: the outcomes it counts (set,
 * with those joined before it), where their words begin (start) and, where it gives their
 * reasons as all of them, at that 因 (lead; else start). */
typedef struct {
    unsigned set;
    const char *start, *lead;
    int all_reasons;
} outcome_span;

static outcome_span outcome_span_at(const char *from, const char *p, size_t k,
                                    const result_kind *o, size_t n)
{
    outcome_span x;
    x.set = joined_outcomes(from, p, k, o, n, &x.start);
    const char *because = all_reasons(from, x.start);
    x.all_reasons = because != NULL;
    x.lead = because ? because : x.start;
    return x;
}

/* How many outcomes of set (bits of indices below n) done marks; with mark, marks them all
 * first, returning how many were not yet marked. */
static int outcomes_done(int *done, unsigned set, size_t n, int mark)
{
    int k = 0;
    for (size_t m = 0; m < n; m++)
        if (set & 1u << m) {
            k += mark ? !done[m] : done[m] != 0;
            done[m] |= mark;
        }
    return k;
}

/* Whether [a, e) names one of the reasons under outcome o ("信访举报投诉类申请不予处理2件"
 * counts one reason's, not all 不予处理). */
static int names_reason(const check_ctx *c, const char *a, const char *e, const result_kind *o)
{
    const xxgk_table_spec *t = chk_table(c, XXGK_TABLE_REQUESTS);
    char span[SPAN_MAX + 1]; /* (the words as a string, for the format's own key match) */
    snprintf(span, sizeof span, "%.*s", (int)(e - a < SPAN_MAX ? e - a : SPAN_MAX), a);
    for (int i = 0; t && i < t->nrows; i++)
        if (t->rows[i].index >= 0 && strcmp(t->rows[i].key, o->row->key) == 0 &&
            label_match(span, t->rows[i].match, 0))
            return 1;
    return 0;
}

/* Whether [a, p) names some applications, of which the outcomes after are ("其中涉及道路建设的
 * 12件，…"): a 的 not after an outcome's words ("其中予以公开的11件，部分公开的3件"). */
static int subset_named(const char *a, const char *p, const result_kind *outcomes, size_t n)
{
    for (const char *d = find_in(a, p, "的"); d; d = find_in(d + 1, p, "的")) {
        int after_outcome = 0;
        for (size_t k = 0; k < n && !after_outcome; k++) {
            size_t l = strlen(outcomes[k].word);
            after_outcome = (size_t)(d - a) >= l && memcmp(d - l, outcomes[k].word, l) == 0;
        }
        if (!after_outcome)
            return 1;
    }
    return 0;
}

/* The first place in [a, e) that names outcome o, by its word or, for 予以公开, the words
 * reports also use (同意公开, 全部公开; not 不同意公开), the word's length in *len; NULL for
 * none. */
static const char *find_outcome(const char *a, const char *e, const result_kind *o, size_t *len)
{
    static const char *const granted[] = {"同意公开", "全部公开"};
    static const char *const denied[] = {"不", "未", "部分", "没有"};
    const char *best = find_in(a, e, o->word);
    *len = strlen(o->word);
    if (best || strcmp(o->row->key, "granted") != 0)
        return best; /* (the word itself, where the list has it, before any other) */
    for (size_t k = 0; k < sizeof granted / sizeof granted[0]; k++)
        for (const char *p = find_in(a, e, granted[k]); p && (!best || p < best);
             p = find_in(p + 1, e, granted[k])) {
            /* (not denied, nor a third party's consent: "经征求意见，第三方同意公开的2件") */
            const char *ca, *ce;
            clause_of(a, p, &ca, &ce);
            if (!ends_with_any(a, p, denied, sizeof denied / sizeof denied[0]) &&
                !chk_span_has(ca, p, "第三方") && !chk_span_has(ca, p, "意见")) {
                best = p;
                *len = strlen(granted[k]);
                break;
            }
        }
    return best;
}

/* Whether clause [a, e) is an item of a list of outcomes that opens with its reason, 因 ("因涉及
 * 国家秘密不予公开3件", "因无法提供相关信息答复1件"): where it names an outcome and ends with a
 * count in 件; the words from 因 to the outcome's (else NULL), the item's own reason. */
static const char *reason_of_item(const char *a, const char *e, const result_kind *o, size_t n)
{
    if (e - a < 7 || memcmp(a, "因", 3) != 0 || memcmp(e - 3, "件", 3) != 0 ||
        digits_before(a, e - 3) == e - 3)
        return NULL;
    const char *first = NULL;
    for (size_t k = 0; k < n; k++) {
        size_t l;
        const char *w = find_outcome(a, e, &o[k], &l);
        first = w && (!first || w < first) ? w : first;
    }
    return first;
}

/* Whether [a, e), the words before an outcome's count in a list, make it some of them or of
 * something else (not_all_results), each clause on its own: an item before it that opens with
 * its reason gives that item's, not the list's ("其中予以公开2件，因无法提供相关信息答复1件，
 * 其他处理2件": the 因 is not of 其他处理). */
static int not_all_before(const char *a, const char *e, const result_kind *o, size_t n)
{
    const size_t nw = sizeof not_all_results / sizeof not_all_results[0];
    for (const char *ca = a; ca < e;) {
        const char *ce = ca;
        while (ce < e && !clause_mark(*ce) && !full_stop_at(ce))
            ce++;
        const char *why = ce < e ? reason_of_item(ca, ce, o, n) : NULL;
        if (chk_span_has_any(why ? why : ca, ce, not_all_results, nw))
            return 1;
        ca = ce < e ? ce + (full_stop_at(ce) ? 3 : 1) : e;
    }
    return 0;
}

/* Where an outcome named at p (its word wl bytes), opening its clause after 因, is the answer
 * given rather than a reason for one ("因无法提供相关信息答复2件": 2 answered 无法提供, the
 * outcome's count, where "因重复申请不予处理1件" is one reason's): at that 因, the count's
 * first byte in *q; NULL for none.  [a, p) is the list so far. */
static const char *answered_as(const char *a, const char *p, size_t wl, const char **q)
{
    static const char *const objects[] = {"相关政府信息", "相关信息", "所申请的信息",
                                          "所申请信息"};
    static const char *const answered[] = {"的答复", "答复"};
    const char *because = p - a >= 3 && memcmp(p - 3, "因", 3) == 0 ? p - 3 : NULL;
    if (!because || !(because == a || clause_mark(because[-1]) ||
                      (because - a >= 3 && memcmp(because - 3, "、", 3) == 0)))
        return NULL;
    const char *x = p + wl;
    x += begins_with_which(x, objects, sizeof objects / sizeof objects[0]);
    size_t l = begins_with_which(x, answered, sizeof answered / sizeof answered[0]);
    if (!l)
        return NULL;
    *q = x + l;
    return because;
}

/* The outcomes of table 三 listed after `of` (of_len bytes: 其中 after their total, with
 * after_total 1, or words that name the results, opening their sentence; after_total 2: words
 * of all the applications, the caller has seen), each against its 总计 unless done already;
 * how many were newly said. */
static int outcome_list(check_ctx *c, const char *text, const char *of, size_t of_len,
                        int after_total, const result_kind *outcomes, size_t n, int *done)
{
    static const char *const totals[] = {"收到", "受理", "新收", "办结", "答复", "办理"};
    const char *from, *to;
    sentence(text, of, &from, &to);
    const char *stop = find_in(of + of_len, to, "其中");
    stop = stop ? stop : to;
    /* (其中 opening its sentence: of the total the sentence before ends with, "…申请29件。
     * 其中，予以公开12件") */
    if (after_total && from == of && from - text >= 4 && full_stop_at(from - 3)) {
        const char *pe;
        sentence(text, from - 4, &from, &pe);
    }
    /* the total before 其中: applications received or answered; the others open their
     * sentence, after the year's and the agency's words alone, or follow that total ("收到
     * 申请29件，办理结果为：…") */
    const char *verb = NULL; /* (of applications named, or those the sentence before counts:
                              * "收到申请29件。已办结29件，其中不予公开3件") */
    for (size_t i = 0; i < sizeof totals / sizeof totals[0] && !verb; i++)
        verb = find_in(from, of, totals[i]);
    int total_before = verb && (find_in(from, of, "申请") || answers_before(c, text, from, verb));
    int opens = chk_skip_any(from, of, lead_words, sizeof lead_words / sizeof lead_words[0]) == of;
    if ((after_total == 1 && !total_before) || (!after_total && !total_before && !opens) ||
        other_set_in(from, of) ||
        of_another_kind(from, of) ||
        not_all_before(from, of, outcomes, n) ||
        other_year(c, from, to) || months(from, stop) ||
        over_years_in(c, from, stop))
        return 0;
    int said = 0;
    for (size_t k = 0; k < n; k++) {
        size_t wl = 0;
        const char *p = done[k] ? NULL : find_outcome(of, stop, &outcomes[k], &wl);
        if (!p)
            continue;
        const char *end = NULL;
        const char *q = p + wl;
        q += begins_with_which(
            q, (const char *const[]){"的有", "的为", "的答复", "答复", "的决定", "决定", "的"}, 7);
        /* (counted with those joined before it, "予以公开或部分公开14件", or for all its
         * reasons, "因本机关不掌握等原因无法提供9件": from there; or answered so, "因无法提供
         * 相关信息答复2件": from 因) */
        outcome_span x = outcome_span_at(of + of_len, p, k, outcomes, n);
        const char *as = x.start == p ? answered_as(of + of_len, p, wl, &q) : NULL;
        if (as) {
            x.lead = as;
            x.all_reasons = 1;
        }
        double v = count_at_cn(q, &(const char *){NULL}, &end);
        if (v < 0 || strncmp(end - 3, "件", 3) != 0 || outcomes_done(done, x.set, n, 0) ||
            not_all_before(of + of_len, x.lead, outcomes, n) ||
            subset_named(of, x.lead, outcomes, n) || other_body(c, from, x.lead) ||
            (x.start == p && joined_outcome(of + of_len, p)) ||
            (!x.all_reasons && names_reason(c, of + of_len, p, &outcomes[k])))
            continue; /* (件 of applications, not 条 or 项 of information) */
        said_outcomes(c, x.lead, end - 3, v, outcomes, n, x.set);
        said += outcomes_done(done, x.set, n, 1); /* the first statement of each outcome */
    }
    return said;
}

/* The year's applications as a report may count them: 一、本年新收 (all[0]) and 一 + 二
 * (all[1]). */
static void year_applications(const check_ctx *c, double all[2])
{
    all[0] = cell_total(c, "new");
    all[1] = all[0] + cell_total(c, "carried_in");
}

/* How the year's applications ended, broken down after their total in one sentence ("全年共收到
 * 政府信息公开申请29件，其中予以公开20件、部分公开3件"), each outcome against its 总计 in table
 * 三.  Only such a breakdown: the same words count other things as often (一个理由的件数, "因重复
 * 申请不予处理1件"; documents' 公开属性; some applications, "涉及征收的申请中"; 条 of
 * information). */
static void outcome_counts(check_ctx *c, const char *text)
{
    result_kind outcomes[OUTCOMES_MAX];
    int done[OUTCOMES_MAX];
    size_t n = result_kinds(c, outcomes);
    int left = 0;
    for (size_t k = 0; k < n; k++)
        left += !(done[k] = isnan(outcomes[k].total));
    /* (a pass over the text for the words that open a list of outcomes, 其中 after their
     * total, and one for words that name the results; then each outcome looked for in its
     * sentence only: "收到申请29件，其中予以公开11件", "办理结果中，予以公开11件，部分公开3件") */
    for (const char *of = chk_next(c, text, "其中"); of && left; of = chk_next(c, of + 1, "其中"))
        left -= outcome_list(c, text, of, strlen("其中"), 1, outcomes, n, done);
    /* (the others found by their 结果, in one pass) */
    static const char *const opens[] = {"办理结果中", "办理结果为", "办理结果方面",
                                        "办理结果如下", "办理结果:", "答复结果中",
                                        "答复结果如下", "答复结果:", "从办理结果看",
                                        "从答复结果看", "答复情况如下", "答复情况为",
                                        "办理情况如下", "办理情况为"};
    static const char *const anchors[] = {"结果", "情况"};
    for (size_t a = 0; a < 2; a++)
        for (const char *q = chk_next(c, text, anchors[a]); q && left;
             q = chk_next(c, q + 1, anchors[a]))
            for (size_t w = 0; w < sizeof opens / sizeof opens[0]; w++) {
                const char *in = strstr(opens[w], anchors[a]);
                size_t off = in ? (size_t)(in - opens[w]) : 0;
                if (in && (size_t)(q - text) >= off &&
                    strncmp(q - off, opens[w], strlen(opens[w])) == 0) {
                    left -= outcome_list(c, text, q - off, strlen(opens[w]), 0, outcomes, n,
                                         done);
                    break;
                }
            }
    /* ... or among those answered ("在办结的29件申请中，予以公开15件", "答复的申请中，…",
     * "在29件申请中，…") */
    double all[3];
    year_applications(c, all);
    all[2] = cell_total(c, "total");
    for (const char *q = chk_next(c, text, "申请中"); q && left; q = chk_next(c, q + 1, "申请中")) {
        const char *ca, *ce;
        clause_of(text, q, &ca, &ce);
        /* (or as many as all: "在29件申请中") */
        const char *d = q - ca >= 4 && memcmp(q - 3, "件", 3) == 0 ? digits_before(ca, q - 3)
                                                                  : q;
        double count = d < q - 3 ? strtod(d, NULL) : NAN;
        int as_many = !isnan(count) && (!chk_differs(count, all[0]) ||
                                        !chk_differs(count, all[1]) || !chk_differs(count, all[2]));
        if (chk_span_has(ca, q, "办结的") || chk_span_has(ca, q, "答复的"))
            left -= outcome_list(c, text, q + strlen("申请"), strlen("中"), 1, outcomes, n, done);
        else if (as_many && chk_skip_any(ca, d, (const char *const[]){"在"}, 1) == d)
            left -= outcome_list(c, text, q + strlen("申请"), strlen("中"), 2, outcomes, n, done);
    }
    /* ... or listed right after their total with no 其中 ("受理申请29件，予以公开11件，部分
     * 公开3件", "受理申请29件：依法予以公开11件"): an outcome opening the clause after the count
     * of applications */
    static const char *const lawfully[] = {"依法依规", "依法", "作出"};
    static const char *const reviewed[] = {"经审查", "经审核", "经研究"};
    for (size_t k = 0; k < n && left; k++)
        for (const char *p = done[k] ? NULL : chk_next(c, text, outcomes[k].word); p && !done[k];
             p = chk_next(c, p + 1, outcomes[k].word)) {
            const char *ca, *ce;
            clause_of(text, p, &ca, &ce);
            /* (numbered as a list: "全年办结申请29件：（一）予以公开13件；（二）…") */
            const char *x = ca + label_enum_len(ca, (size_t)(p - ca));
            /* (after a clause that says it was reviewed: "29件，经审查，予以公开13件") */
            const char *before = ca;
            if (before - text >= 4 && before[-1] == ',') {
                const char *pa, *pe;
                clause_of(text, before - 2, &pa, &pe);
                if (chk_skip_any(pa, pe, reviewed, 3) == pe && pe > pa)
                    before = pa;
            }
            /* (or answered so: "收到申请2件，因无法提供相关信息答复1件") */
            const char *as = answered_as(x, p, strlen(outcomes[k].word), &(const char *){NULL});
            const char *opener = as ? as : p;
            if (chk_skip_any(x, opener, lawfully, 3) == opener && before - text >= 4 &&
                (before[-1] == ',' || before[-1] == ':') && memcmp(before - 4, "件", 3) == 0)
                left -= outcome_list(c, text, ca, 0, 1, outcomes, n, done);
        }
    /* ... and an outcome's count opening its sentence, with nothing before it but the year and
     * the agency ("本年度不予公开的申请6件", "全年予以公开15件", "对不予公开的5件申请，…"):
     * not a reason's ("因重复申请不予处理1件", "属于国家秘密的，不予公开1件"; but all its
     * reasons: "因本机关不掌握等原因无法提供9件"), some applications' or another year's; with
     * those joined before it, counted together ("予以公开及部分公开14件") */
    for (size_t k = 0; k < n && left; k++) {
        for (const char *p = done[k] ? NULL : chk_next(c, text, outcomes[k].word); p;
             p = chk_next(c, p + 1, outcomes[k].word)) {
            const char *from, *to, *end = NULL;
            sentence(text, p, &from, &to);
            outcome_span os = outcome_span_at(from, p, k, outcomes, n);
            /* (or what was done about them: "针对不予公开的5件申请，均说明理由") */
            static const char *const about[] = {"针对", "对于", "对"};
            const char *x =
                chk_skip_any(from, os.lead, lead_words, sizeof lead_words / sizeof lead_words[0]);
            if (outcomes_done(done, os.set, n, 0) ||
                (x != os.lead &&
                 chk_skip_any(x, os.lead, about, sizeof about / sizeof about[0]) != os.lead))
                continue;
            static const char *const then[] = {"的申请有", "的申请为", "的申请", "申请", "的有",
                                               "的为", "的决定", "决定", "的答复", "答复",
                                               "的"};
            const char *q = p + strlen(outcomes[k].word);
            q += begins_with_which(q, then, sizeof then / sizeof then[0]);
            double v = count_at_cn(q, &(const char *){NULL}, &end);
            /* (of applications, not of what is named after it: "不予公开5件涉密文件") */
            if (v < 0 || strncmp(end - 3, "件", 3) != 0 ||
                !(!*end || clause_mark(*end) || full_stop_at(end) || *end == '\n' ||
                  begins_with_any(end, (const char *const[]){"申请", "政府信息公开申请"}, 2)) ||
                other_year(c, from, to) || months(from, to) ||
                over_years_in(c, from, to) ||
                other_set_in(from, p))
                continue;
            said_outcomes(c, os.lead, end - 3, v, outcomes, n, os.set);
            left -= outcomes_done(done, os.set, n, 1);
            break;
        }
    }
    /* ... or the count before it, of applications the outcome was decided for, opening its
     * sentence: "全年对4件申请作出不予公开决定" */
    const size_t made = strlen("件申请作出");
    for (size_t k = 0; k < n && left; k++)
        for (const char *p = done[k] ? NULL : chk_next(c, text, outcomes[k].word); p;
             p = chk_next(c, p + 1, outcomes[k].word)) {
            const char *from, *to, *d = p - made;
            sentence(text, p, &from, &to);
            if (p - from < (ptrdiff_t)made + 4 || memcmp(d, "件申请作出", made) != 0)
                continue;
            d = digits_before(from, d);
            if (d == p - made || d - from < 3 || memcmp(d - 3, "对", 3) != 0 ||
                chk_skip_any(from, d - 3, lead_words, sizeof lead_words / sizeof lead_words[0]) !=
                    d - 3 ||
                other_year(c, from, to) || months(from, to) || over_years_in(c, from, to))
                continue;
            said_outcome(c, d - 3, p + strlen(outcomes[k].word) - 3, strtod(d, NULL),
                         &outcomes[k]);
            done[k] = 1;
            left--;
            break;
        }
}

/* The counts in [a, e) of applications or cases (a figure right before 件, 个 or 起, not a
 * year's or a date's digits): how many, the last one's value and place (its unit's end at
 * *end). */
static int counts_in(const char *a, const char *e, double *v, const char **at, const char **end)
{
    int n = 0;
    for (const char *q = a; q < e;) {
        const char *unit, *after;
        double x = count_at_cn(q, &unit, &after);
        if (x >= 0 && after <= e && (strcmp(unit, "件") == 0 || strcmp(unit, "个") == 0 ||
                                     strcmp(unit, "起") == 0)) {
            /* (a bound is no count, and leaves the clause's in doubt) */
            int bound = bounded_after(after);
            for (size_t b = 3; b <= 9 && !bound && (size_t)(q - a) >= b; b += 3)
                bound = bounded_before(q - b);
            n += bound ? 2 : 1;
            *v = x;
            *at = q;
            *end = after;
            q = after;
            continue;
        }
        do /* (the next character; past a run of digits, whose tail counts nothing) */
            q++;
        while (q < e && (((unsigned char)*q & 0xC0) == 0x80 ||
                         (*q >= '0' && *q <= '9' && q[-1] >= '0' && q[-1] <= '9')));
    }
    return n;
}

/* Whether [a, e) says "among" some ("结转的4件申请中，"), not 其中, nor all of the year's
 * applications: 申请人中, "新收申请中", "收到的申请中", or as many as the year's (one of
 * all[0..2), "29件申请中"). */
static int among_some(const char *a, const char *e, const double all[2])
{
    static const char *const all_of_them[] = {"其", "申请人", "新收申请", "收到的申请",
                                              "受理的申请", "新收的申请"};
    for (const char *x = a; (x = find_in(x, e, "中,")) != NULL; x++) {
        if (ends_with_any(a, x, all_of_them, sizeof all_of_them / sizeof all_of_them[0]))
            continue;
        const size_t l = strlen("件申请");
        const char *d = (size_t)(x - a) > l ? x - l : a;
        if (d > a && strncmp(d, "件申请", l) == 0 && digits_before(a, d) < d) {
            double v = strtod(digits_before(a, d), NULL);
            if (!chk_differs(v, all[0]) || !chk_differs(v, all[1]))
                continue;
        }
        return 1;
    }
    return 0;
}

/* Whether the words before p, from a, say all of some count were for the reason at p: "均因",
 * "均为", "全部系", "均不掌握", with only such words as 涉及, 属于 or 本机关 between. */
static int all_for(const char *a, const char *p)
{
    static const char *const all[] = {"均", "全部", "都"};
    static const char *const how[] = {"因", "为", "系", "是", "属于", "涉及", "本机关", "申请人"};
    for (const char *x = a; x < p; x++) {
        size_t l = begins_with_which(x, all, sizeof all / sizeof all[0]);
        if (l && chk_skip_any(x + l, p, how, sizeof how / sizeof how[0]) == p)
            return 1;
    }
    return 0;
}

/* Counts of applications that ended one way for one reason ("因涉及国家秘密不予公开3件",
 * "本机关不掌握相关政府信息的8件", "因申请人逾期未补正，终止处理1件", "其中信访举报投诉类2件、
 * 重复申请1件", "有3件申请因涉及国家秘密不予公开", "不予公开2件，均因涉及国家秘密"), against
 * that reason's row of table 三: one reason to one count, of applications; the first of each. */
static void reason_counts(check_ctx *c, const char *text)
{
    const xxgk_table_spec *t = chk_table(c, XXGK_TABLE_REQUESTS);
    if (!t)
        return;
    static const struct {
        const char *words;
        const char *key;
        int index;
        int named; /* the sentence must name the outcome (its group's words in the format:
                    * 不予公开, 不予处理); not where the reason says how it ended */
    } reasons[] = {
        {"国家秘密", "withheld", 0, 1},       {"第三方合法权益", "withheld", 3, 1},
        {"不掌握", "unable", 0, 0},           {"另行制作", "unable", 1, 0},
        {"仍不明确", "unable", 2, 0},         {"信访举报投诉", "not_processed", 0, 1},
        {"重复申请", "not_processed", 1, 1},  {"公开出版物", "not_processed", 2, 1},
        {"大量反复", "not_processed", 3, 0},  {"大量、反复", "not_processed", 3, 0},
        {"逾期不补正", "other", 0, 0},        {"逾期未补正", "other", 0, 0},
        {"逾期未缴纳", "other", 1, 0},        {"逾期未缴费", "other", 1, 0},
        {"逾期未按收费通知", "other", 1, 0},
    };
    const size_t n = sizeof reasons / sizeof reasons[0];
    double all[2];
    year_applications(c, all);
    static const char *const not_all[] = {"上年", "结转", "同比", "较", "比", "增加", "减少",
                                          "占", "%", "率"};
    const xxgk_row_spec *done[sizeof reasons / sizeof reasons[0]];
    size_t ndone = 0;
    for (size_t k = 0; k < n; k++) {
        const xxgk_row_spec *row = chk_row(t, reasons[k].key, reasons[k].index);
        /* (a reason's own row: "1.属于国家秘密", not 2019's one row of 其他处理) */
        if (!row || !(row->label[0] >= '1' && row->label[0] <= '9'))
            continue;
        int seen = 0;
        for (size_t i = 0; i < ndone && !seen; i++)
            seen = done[i] == row;
        double want = row_total(c, row);
        for (const char *p = seen || isnan(want) ? NULL : chk_next(c, text, reasons[k].words); p;
             p = chk_next(c, p + 1, reasons[k].words)) {
            const char *from, *to, *ca, *ce;
            sentence(text, p, &from, &to);
            clause_of(text, p, &ca, &ce);
            /* its item of a list of counted reasons ("信访举报投诉类1件、重复申请2件": each
             * item ends in its count), or the clause */
            const char *item = ca, *item_end = ce;
            for (const char *x = ca; (x = find_in(x, ce, "、")) != NULL; x++)
                if (x - ca >= 3 && memcmp(x - 3, "件", 3) == 0) {
                    if (x < p)
                        item = x + strlen("、");
                    else if (x < item_end)
                        item_end = x;
                }
            const char *group = strstr(row->caption, "）");
            group = group ? group + strlen("）") : row->caption;
            /* the count: in the item, or the next clause when the clause has none; else the
             * outcome's before it, all of them for this reason ("不予公开2件，均因涉及国家秘密"),
             * or the item's before it ("有3件申请因涉及国家秘密不予公开") */
            double v = -1;
            const char *at = NULL, *unit_end = NULL, *quote = item;
            int counts = counts_in(p, item_end, &v, &at, &unit_end);
            const char *end = unit_end; /* (where the quote ends) */
            if (counts == 0 && counts_in(ca, p, &v, &at, &unit_end) == 0 && ce < to &&
                clause_mark(*ce)) {
                const char *na, *ne;
                clause_of(text, ce + 1, &na, &ne);
                counts = counts_in(na, ne, &v, &at, &unit_end);
                end = unit_end;
            } else if (counts == 0 && counts_in(item, p, &v, &at, &unit_end) == 1 &&
                       chk_span_has(unit_end, p, "因")) {
                counts = 1;
                end = item_end;
            } else if (counts == 0 && all_for(item, p) && item > from + 1) {
                const char *pa, *pe;
                clause_of(text, item - 2, &pa, &pe);
                if (pa >= from && chk_span_has(pa, pe, group) &&
                    counts_in(pa, pe, &v, &at, &unit_end) == 1) {
                    counts = 1;
                    quote = pa;
                    end = item_end;
                }
            }
            if (counts != 1 || strncmp(unit_end - 3, "件", 3) != 0 ||
                begins_with_any(unit_end, (const char *const[]){"中"}, 1))
                continue; /* (not among them: "涉及国家秘密的申请3件中，…") */
            /* (one reason: none other from its item to the count, of the table's or not) */
            static const char *const more[] = {"商业秘密", "个人隐私", "隐私", "撤回", "等"};
            int others = chk_span_has_any(quote, end, more, sizeof more / sizeof more[0]);
            for (size_t o = 0; o < n && !others; o++)
                others = strcmp(reasons[o].key, reasons[k].key) != 0 ||
                                 reasons[o].index != reasons[k].index
                             ? chk_span_has(quote, end, reasons[o].words)
                             : 0;
            /* (among some applications, "自然人提出的申请中，…", but not among the outcome's:
             * "无法提供的7件中，…") */
            if (among_some(from, p, all) && !chk_span_has(from, p, group))
                continue;
            /* (of documents, not applications: "制发公文85件，其中…不予公开8件") */
            static const char *const documents[] = {"公文", "文件"};
            if (others || (reasons[k].named && !chk_span_has(from, end, group)) ||
                chk_span_has_any(from, to, documents, 2) ||
                chk_span_has_any(from, end, not_all, sizeof not_all / sizeof not_all[0]) ||
                other_year(c, from, to) || months(from, to) || over_years_in(c, from, to) ||
                other_set_in(from, p) ||
                chk_span_has_any(from, p, aims, sizeof aims / sizeof aims[0]) ||
                other_body(c, from, p))
                continue;
            done[ndone++] = row;
            if (chk_differs(v, want)) {
                char a[32];
                chk_found(c, chk_line_at(c, quote),
                          CHK_LANG(c, "正文：“%.*s”；表格%s·%s为 %s",
                                   "text: “%.*s”; tables: %s·%s is %s"),
                          (int)(end - quote), quote, row->caption, row->label,
                          chk_num(a, want));
            }
            break;
        }
    }
}

/* Table 三's rows 一 and 二, by applicant (*nw, *in): 0 when the report has no such table. */
static int applicant_rows(const check_ctx *c, const xxgk_row_spec **nw, const xxgk_row_spec **in)
{
    const xxgk_table_spec *t = chk_table(c, XXGK_TABLE_REQUESTS);
    *nw = t ? chk_row(t, "new", -1) : NULL;
    *in = t ? chk_row(t, "carried_in", -1) : NULL;
    return *nw && *in && (*nw)->ncols >= 3;
}

/* Whether share (a percentage) is as stated, to half a unit of the stated's last place:
 * rounded (68.97% of 68.9655), or cut there (68.96%, 68.9%), as reports write it too. */
static int share_as_stated(double share, double stated, double half)
{
    return fabs(share - stated) < half + 1e-9 ||
           (share >= stated - 1e-9 && share - stated < 2 * half - 1e-9);
}

/* A share stated in the text ("自然人申请占比69%", "予以公开11件，占37.9%") of the applicants of a
 * kind or of an outcome, against the table's: the kind's or outcome's figure over 一、本年新收,
 * 一 + 二 or （七）总计 (whichever the report meant), rounded as the text rounds it.  Not a
 * bound (约, 超过, 以上), a change, a rate of something else, nor another year's or body's. */
static void shares(check_ctx *c, const char *text)
{
    const xxgk_row_spec *nw, *in;
    if (!applicant_rows(c, &nw, &in))
        return;
    const int last = nw->ncols - 1;
    const double new_total = row_total(c, nw), in_total = row_total(c, in),
                 total = cell_total(c, "total");
    result_kind outcomes[OUTCOMES_MAX];
    size_t nout = result_kinds(c, outcomes);
    static const char *const bounds[] = {"约", "近", "超过", "以上", "不到", "左右", "多", "逾",
                                         "达到", "不足", "低于", "高于", "增长", "下降", "提高",
                                         "同比", "较", "减少", "增加", "分别", "平均"};
    int said = 0;
    for (const char *p = chk_next(c, text, "%"); p && !said; p = chk_next(c, p + 1, "%")) {
        const char *d = p;
        while (d > text && ((d[-1] >= '0' && d[-1] <= '9') || d[-1] == '.'))
            d--;
        if (d == p || *d == '.')
            continue;
        const char *point = memchr(d, '.', (size_t)(p - d));
        double stated = strtod(d, NULL);
        double half = 0.5 * pow(10, -(double)(point ? p - point - 1 : 0));
        const char *from, *to, *ca, *ce;
        sentence(text, d, &from, &to);
        clause_of(text, d, &ca, &ce);
        const char *of = find_in(ca, d, "占");
        if (!of || chk_span_has_any(ca, ce, bounds, sizeof bounds / sizeof bounds[0]) ||
            chk_span_has(ca, of, "涉及") || /* ("…申请中，涉及征地拆迁的占60%") */
            chk_span_has(ca, ce, "率") || other_year(c, from, to) || months(from, to) ||
            over_years_in(c, from, to) ||
            other_set_in(from, d) ||
            other_body(c, from, d) || chk_span_has_any(from, to, not_applications, 3))
            continue;
        /* what it is a share of: named before 占 in its clause, or in the one before when
         * this one names nothing ("自然人申请20件，占69%"), one thing only */
        const char *sa = ca;
        for (int pass = 0; pass < 2; pass++) {
            int kinds = 0;
            double x = NAN, x_in = NAN;
            const char *name = NULL;
            const xxgk_row_spec *outcome = NULL;
            const char *se = pass ? ca : of;
            if (chk_span_has(sa, se, nw->cols[0].label)) {
                kinds++;
                x = chk_val(chk_cell(c, nw, 0));
                x_in = chk_val(chk_cell(c, in, 0));
                name = nw->cols[0].label;
            }
            if (chk_span_has(sa, se, XXGK_APPLICANT_GROUP)) {
                kinds++;
                x = x_in = 0;
                for (int i = 1; i < last; i++) {
                    x += chk_val(chk_cell(c, nw, i));
                    x_in += chk_val(chk_cell(c, in, i));
                }
                name = XXGK_APPLICANT_GROUP;
            }
            int some = 0; /* (of a reason's, "因…无法提供的6件", or of two joined) */
            for (size_t k = 0; k < nout; k++) {
                const char *w = find_in(sa, se, outcomes[k].word);
                if (!w)
                    continue;
                kinds++;
                x = outcomes[k].total;
                outcome = outcomes[k].row;
                some = joined_outcome(sa, w) || names_reason(c, sa, se, &outcomes[k]) ||
                       chk_span_has_any(sa, w, (const char *const[]){"因", "涉及", "对"}, 3);
            }
            if (kinds > 1 || some || (kinds == 0 && pass == 1))
                break;
            if (kinds == 0) { /* (the clause before, in the sentence) */
                if (ca <= from + 1)
                    break;
                const char *pe;
                clause_of(text, ca - 2, &sa, &pe);
                if (sa < from)
                    sa = from;
                continue;
            }
            if (isnan(x))
                break;
            /* the share over each whole it may be of */
            double wholes[3] = {outcome ? total : new_total, outcome ? new_total : NAN,
                                new_total + in_total};
            double parts[3] = {x, x, outcome ? x : x + x_in};
            /* (a share of the count the text gives, where that count is said wrong already:
             * "予以公开的申请为14件，占总数的48.3%") */
            double v;
            const char *at, *end;
            int counted = counts_in(sa, se, &v, &at, &end) == 1;
            int agrees = 0;
            for (int w = 0; w < 3 && !agrees; w++)
                agrees = !isnan(wholes[w]) && wholes[w] > 0 &&
                         ((!isnan(parts[w]) &&
                           share_as_stated(100 * parts[w] / wholes[w], stated, half)) ||
                          (counted && share_as_stated(100 * v / wholes[w], stated, half)));
            said = 1;
            if (!agrees && !isnan(wholes[0]) && wholes[0] > 0) {
                char a[32], b[32];
                const char *label = outcome ? outcome->label : name;
                /* (the table's share to the stated's places, one at least: 68.97% against a
                 * stated 68.90%, not 69.0%, which would look a quibble over rounding) */
                int places = point ? (int)(p - point - 1) : 1;
                chk_found(c, chk_line_at(c, sa),
                          CHK_LANG(c, "正文：“%.*s”；表格%s%.*s为 %s，占%s %s 的 %.*f%%",
                                   "text: “%.*s”; tables: %s%.*s is %s, of %s %s: %.*f%%"),
                          (int)(p + 1 - sa), sa, outcome ? "" : "一、本年新收·",
                          outcome ? label_len(label) : (int)strlen(label), label, chk_num(a, x),
                          outcome ? "（七）总计" : "一、本年新收总计", chk_num(b, wholes[0]),
                          places < 1 ? 1 : places > 4 ? 4 : places, 100 * x / wholes[0]);
            }
            break;
        }
    }
}

/* Where the count of "N件由X提出" begins, for the kind X at p (its words and verb ending at
 * after, the clause's end): N件 and 由, 为, 来自 or 系 just before p, within [from, p); NULL
 * for none. */
static const char *count_first_kind(const char *text, const char *from, const char *p,
                                    const char *after)
{
    static const char *const leads[] = {"由", "为", "来自", "系"};
    const char *lead = ends_with_any(text, p, leads, sizeof leads / sizeof leads[0]);
    if (!lead || lead - from < 4 || memcmp(lead - 3, "件", 3) != 0)
        return NULL;
    const char *d = digits_before(from, lead - 3);
    if (d == lead - 3 || lead - 3 - d > 9)
        return NULL;
    return !*after || *after == '\n' || clause_mark(*after) || full_stop_at(after) ? d : NULL;
}

/* How many applications each kind of applicant made, stated in the text ("其中自然人申请20件，
 * 法人或其他组织申请9件"), against 一、本年新收 (or 一 + 二) in table 三: 自然人 its first
 * column, 法人或其他组织 the five after it.  Only in a sentence about applications, not of a
 * channel, part of the year, another year or body. */
static void applicant_counts(check_ctx *c, const char *text)
{
    const xxgk_row_spec *nw, *in;
    if (!applicant_rows(c, &nw, &in))
        return;
    /* 自然人, the first column, the header's group over the rest before 总计, and each of
     * those but 其他 (a word of every sentence) */
    const int last = nw->ncols - 2;
    struct {
        const char *word;
        int from, to; /* the columns counted */
        int slot;     /* what it says: 0 自然人, 1 the group, 2.. one column of it */
    } kinds[16] = {{nw->cols[0].label, 0, 0, 0},
                   {XXGK_APPLICANT_GROUP, 1, last, 1},
                   {"法人和其他组织", 1, last, 1},
                   {"法人或者其他组织", 1, last, 1}};
    size_t nkinds = 4, official = 0; /* (kinds[0..official): the table's words) */
    for (int i = 1; i < last && nkinds < sizeof kinds / sizeof kinds[0]; i++, nkinds++) {
        kinds[nkinds].word = nw->cols[i].label;
        kinds[nkinds].from = kinds[nkinds].to = i;
        kinds[nkinds].slot = i + 1;
    }
    /* ... and the everyday words for them, after the table's: 公民 or 个人 for 自然人, 企业 for
     * 商业企业, 单位 or 法人 for the group ("其中公民申请20件，企业申请5件", "个人申请22件，
     * 单位申请7件") */
    static const struct {
        const char *word;
        int col; /* -1: the group */
    } plain[] = {{"公民个人", 0}, {"公民", 0}, {"个人", 0},
                 {"企业", 1},     {"单位", -1}, {"法人", -1}};
    official = nkinds;
    for (size_t i = 0; i < sizeof plain / sizeof plain[0] && nkinds < sizeof kinds / sizeof kinds[0];
         i++)
        if (plain[i].col < last) {
            kinds[nkinds].word = plain[i].word;
            kinds[nkinds].from = plain[i].col < 0 ? 1 : plain[i].col;
            kinds[nkinds].to = plain[i].col < 0 ? last : plain[i].col;
            kinds[nkinds++].slot = plain[i].col < 0 ? 1 : plain[i].col ? plain[i].col + 1 : 0;
        }
    static const char *const verbs[] = {"申请", "提出", "提交", "的申请", "提出的申请"};
    double all[2];
    year_applications(c, all);
    int said[16] = {0}; /* by slot: the first statement of each */
    for (size_t k = 0; k < nkinds; k++) {
        int slot = kinds[k].slot;
        double want = 0, also = 0;
        for (int i = kinds[k].from; i <= kinds[k].to; i++) {
            double a = chk_val(chk_cell(c, nw, i)), b = chk_val(chk_cell(c, in, i));
            want += a;
            also += a + (isnan(b) ? 0 : b);
        }
        if (isnan(want) || said[slot])
            continue;
        /* (the column by the table's word, whatever word the text used) */
        const char *named = slot == 0 ? nw->cols[0].label : slot >= 2 ? nw->cols[slot - 1].label
                                                                       : kinds[k].word;
        for (const char *p = chk_next(c, text, kinds[k].word); p && !said[slot];
             p = chk_next(c, p + 1, kinds[k].word)) {
            const char *q = p + strlen(kinds[k].word), *end = NULL;
            /* (an everyday word alone, not of some: "运输企业", "外省个人", "建设单位", nor the
             * agency's own, "我单位"; after a word that leads to it, or none) */
            static const char *const leads[] = {"其中", "中", "有", "为", "是", "由", "自",
                                                "系", "年", "度", "共", "收到", "受理", "接到",
                                                "接收", "新收"};
            const char *from, *to;
            sentence(text, p, &from, &to);
            if ((k >= official && p > from && ((unsigned char)p[-1] & 0x80) &&
                 !ends_with_any(text, p, leads, sizeof leads / sizeof leads[0])) ||
                ends_with_any(text, p, (const char *const[]){"非"}, 1)) /* ("非自然人") */
                continue;
            /* none of them ("未收到法人或其他组织提出的申请"), or all of the other kind
             * ("申请人均为自然人"): 0 of the kind denied */
            static const char *const none_of[] = {"未收到", "没有收到", "无", "没有"};
            int denied = ends_with_any(text, p, none_of, 4) != NULL;
            static const char *const all_of[] = {"均为", "全为", "均来自", "全部来自", "全部为",
                                                 "都是", "均是", "全部是"};
            /* (not "均为自然人和企业": the other kind too) */
            int others = !denied && slot == 0 &&
                         ends_with_any(text, p, all_of, sizeof all_of / sizeof all_of[0]) &&
                         !begins_with_any(q, joins, sizeof joins / sizeof joins[0]);
            /* (all their applications: not "未收到法人或其他组织提出的涉密信息申请") */
            static const char *const theirs[] = {"提出的", "提交的", "提出", "提交", "的"};
            static const char *const applications[] = {"申请", "政府信息公开申请", "依申请"};
            /* (the kinds denied together: "未收到科研机构、社会公益组织提出的申请") */
            size_t listed[4], nlisted = 0;
            const char *after = q;
            for (size_t j, l; denied && nlisted < 4 &&
                              (l = begins_with_which(after, joins, sizeof joins / sizeof joins[0]));
                 after += l + strlen(kinds[j].word), listed[nlisted++] = j) {
                for (j = 0; j < official && strncmp(after + l, kinds[j].word,
                                                    strlen(kinds[j].word)) != 0;)
                    j++;
                if (j == official)
                    break;
            }
            if (denied &&
                !begins_with_any(chk_skip_any(after, after + 12, theirs, 5), applications, 3))
                continue;
            /* (every kind denied together, "未收到公民、法人或其他组织提出的申请", is no
             * application at all: text-no-requests says so, once) */
            unsigned covered = 0;
            for (int i = kinds[k].from; denied && i <= kinds[k].to; i++)
                covered |= 1u << i;
            for (size_t m = 0; m < nlisted; m++)
                for (int i = kinds[listed[m]].from; i <= kinds[listed[m]].to; i++)
                    covered |= 1u << i;
            if (denied && covered == (1u << (last + 1)) - 1 &&
                begins_with_any(p, everyone, sizeof everyone / sizeof everyone[0]))
                continue;
            if (denied || others) {
                const char *ca, *ce;
                clause_of(text, p, &ca, &ce);
                double other = 0; /* (the kinds said to be none) */
                for (int i = others ? 1 : kinds[k].from; i <= (others ? last : kinds[k].to); i++) {
                    double x = chk_val(chk_cell(c, nw, i));
                    other += isnan(x) ? 0 : x;
                }
                char names[160];
                snprintf(names, sizeof names, "%s", others ? kinds[1].word : named);
                for (size_t m = 0; m < nlisted; m++) {
                    const size_t j = listed[m];
                    for (int i = kinds[j].from; i <= kinds[j].to; i++) {
                        double x = chk_val(chk_cell(c, nw, i));
                        other += isnan(x) ? 0 : x;
                    }
                    size_t at = strlen(names);
                    const int sl = kinds[j].slot;
                    snprintf(names + at, sizeof names - at, "、%s",
                             sl >= 2 ? nw->cols[sl - 1].label : kinds[j].word);
                }
                if (!find_in(from, to, "申请") || other_year(c, from, to) || months(from, to) ||
                    other_set_in(from, p) ||
                    other_body(c, from, p) ||
                    chk_span_has_any(from, p, aims, sizeof aims / sizeof aims[0]) ||
                    /* (the applicants of cases: "行政复议案件的申请人均为自然人") */
                    chk_span_has_any(from, p, not_applications, 3))
                    continue;
                said[slot] = 1;
                for (size_t m = 0; m < nlisted; m++)
                    said[kinds[listed[m]].slot] = 1;
                char a[32];
                if (other > 0)
                    chk_found(c, chk_line_at(c, ca),
                              CHK_LANG(c, "正文：“%.*s”；表格一、本年新收·%s为 %s",
                                       "text: “%.*s”; tables: 一、本年新收·%s is %s"),
                              (int)(ce - ca), ca, names, chk_num(a, other));
                continue;
            }
            size_t v0 = 0;
            for (size_t w = 0; w < sizeof verbs / sizeof verbs[0]; w++)
                if (strncmp(q, verbs[w], strlen(verbs[w])) == 0 && strlen(verbs[w]) > v0)
                    v0 = strlen(verbs[w]);
            /* or the count before the kind, the clause ending after it: "其中12件由法人或其他
             * 组织提出", "9件为自然人申请" */
            const char *first = count_first_kind(text, from, p, q + v0);
            /* ("自然人20件" alone may count anything, but not after 申请人中, or 其中 after
             * the applications: "申请人中，自然人22件", "收到申请29件，其中自然人20件",
             * "从申请人类型看，自然人22件") */
            if (!v0 && !first) {
                const char *sa, *se, *among = NULL;
                sentence(text, p, &sa, &se);
                const char *of = find_in(sa, p, "其中");
                static const char *const applicants[] = {"申请人中", "申请人类型看",
                                                         "申请人类别看", "申请主体看"};
                for (size_t a = 0; a < 4 && !among; a++)
                    among = find_in(sa, p, applicants[a]);
                if (!among && !(of && find_in(sa, of, "申请")))
                    continue;
            }
            double v = figure_after(first ? first : q + v0, &end);
            if (v < 0)
                continue;
            /* where the statement begins and ends */
            const char *at = first ? first : p, *stop = first ? q + v0 : end + 3;
            if (!find_in(from, to, "申请") || other_year(c, from, to) || months(from, to) ||
                over_years_in(c, from, to) ||
                other_set_in(from, at) ||
                other_body(c, from, at) || chk_span_has(from, to, "主动") ||
                /* (some of them: "涉及征收的自然人申请12件"; everyone: "公民、法人或其他组织") */
                (at - from >= 3 &&
                 (memcmp(at - 3, "的", 3) == 0 || memcmp(at - 3, "、", 3) == 0)) ||
                chk_span_has_any(from, at,
                             (const char *const[]){"涉及", "关于", "有关", "其余", "结转"}, 5) ||
                among_some(from, at, all) || of_another_kind(from, at) ||
                chk_span_has_any(from, at, not_applications, 3)) /* (复议, 诉讼, 案件) */
                continue; /* (those carried over; "…的4件申请中，") */
            said[slot] = 1; /* the first statement of each */
            char a[32], b[32];
            char with[96] = ""; /* (one figure, or the two it may be) */
            if (chk_differs(want, also))
                snprintf(with, sizeof with,
                         CHK_LANG(c, "（加上年结转为 %s）", " (%s with those carried in)"),
                         chk_num(b, also));
            if (chk_differs(v, want) && chk_differs(v, also))
                chk_found(c, chk_line_at(c, at),
                          CHK_LANG(c, "正文：“%.*s”；表格一、本年新收·%s为 %s%s",
                                   "text: “%.*s”; tables: 一、本年新收·%s is %s%s"),
                          (int)(stop - at), at, slot == 1 ? kinds[1].word : named,
                          chk_num(a, want), with);
        }
    }
}

/* "本年度未制发行政规范性文件" (words: none issued, col 0) or "未废止" (col 1) while the table
 * has some: of the kinds the clause names, 规章, 行政规范性文件 or both. */
static void no_documents(check_ctx *c, const char *text, int col, const char *const *words,
                         size_t n)
{
    double regs, norm;
    chk_scan d = {.words = words, .n = n};
    size_t len = 0;
    if (doc_figures(c, col, &regs, &norm) && (regs > 0 || norm > 0))
        for (const char *p = chk_scan_next(&d, text, &len); p; p = chk_scan_next(&d, NULL, &len)) {
            const char *ca, *ce, *sa, *se;
            clause_of(text, p, &ca, &ce);
            sentence(text, p, &sa, &se);
            /* the documents right after it, not some of them ("未制发违反规定的规范性文件") */
            const char *k = p + len;
            static const char *const fillers[] = {"出台", "印发", "发布", "任何", "新", "的"};
            for (size_t f = 0; f < sizeof fillers / sizeof fillers[0]; f++)
                if (strncmp(k, fillers[f], strlen(fillers[f])) == 0)
                    k += strlen(fillers[f]);
            if (strncmp(k, "规章", strlen("规章")) != 0 &&
                strncmp(k, "行政规范性文件", strlen("行政规范性文件")) != 0 &&
                strncmp(k, "规范性文件", strlen("规范性文件")) != 0)
                continue;
            int named_regs = chk_span_has(p, ce, "规章"), named_norm = chk_span_has(p, ce, "规范性文件");
            static const char *const not_denial[] = {"上年", "季度", "草案", "征求意见",
                                                     "不适用", "对于", "不存在", "尚未", "不得"};
            const char *kind_end = k + (strncmp(k, "规章", strlen("规章")) == 0 ? strlen("规章")
                                       : strncmp(k, "行政规范性文件", strlen("行政规范性文件")) == 0
                                           ? strlen("行政规范性文件")
                                           : strlen("规范性文件"));
            if ((!(named_regs && regs > 0) && !(named_norm && norm > 0)) ||
                chk_span_has_any(sa, se, not_denial, sizeof not_denial / sizeof not_denial[0]) ||
                !(kind_end >= ce || strchr(",;", *kind_end) ||
                  begins_with_any(kind_end, (const char *const[]){"和", "及", "、", "或", "。"},
                                  5)) ||
                other_year(c, sa, se) ||
                other_set_in(sa, p) ||
                chk_span_has_any(sa, p, aims, sizeof aims / sizeof aims[0]) ||
                other_body(c, sa, p) || months(sa, se) || chk_span_has(p, ce, "以外") ||
                chk_span_has(p, ce, "其他"))
                continue;
            said_docs(c, p, ce - 3, col, regs, norm);
            break; /* (the first such statement) */
        }
}

/* Whether [a, e) makes a count of carried applications some of them, or what became of them:
 * "其中2件…", "上年结转申请中有2件予以公开", "2件结转下年度的申请已按期答复" (not the time
 * to answer in: "尚在答复期限内"). */
static int some_of_those(const char *a, const char *e)
{
    static const char *const some[] = {"其中", "中有", "予以", "不予", "答复", "办结", "处理",
                                       "公开", "增加", "减少", "增长", "下降", "较", "比"};
    for (size_t k = 0; k < sizeof some / sizeof some[0]; k++)
        for (const char *q = a; (q = find_in(q, e, some[k])) != NULL; q++)
            if (strncmp(q + strlen(some[k]), "期", 3) != 0 &&
                !(q - a >= 3 && memcmp(q - 3, "未", 3) == 0) && /* ("尚有5件申请未办结") */
                /* (what the applications are for, no outcome: "政府信息公开申请", "依申请公开") */
                !(strcmp(some[k], "公开") == 0 && q - a >= 6 &&
                  (memcmp(q - 6, "信息", 6) == 0 || memcmp(q - 6, "申请", 6) == 0)))
                return 1;
    return 0;
}

/* Applications carried across the year's end, said in other words than the rows' labels: into
 * the year ("2023年度结转至本年度的申请2件", "从上一年度结转过来的申请共2件", "对2023年结转的2件
 * 申请") or out of it ("尚有6件申请结转至2025年继续办理", "另有2件申请转入下一年度办理", "有2件
 * 申请尚在办理期限内，结转下一年度继续办理", "另有5件申请将于2025年度答复").  The first of
 * each, unless the labels' words said it (said[0] into, said[1] out of the year); against 二
 * and 四's 总计. */
static void carried_counts(check_ctx *c, const char *text, int said[2], double in, double out)
{
    static const char *const year_end[] = {"年底", "年末"};
    static const char *const carried_for[] = {"年度", "一年度", "年", "度", "继续", "答复",
                                              "办理"};
    char next[16], in_year[16], prev[16];
    snprintf(next, sizeof next, "%d年", c->r->year + 1);
    snprintf(prev, sizeof prev, "%d年", c->r->year - 1);
    snprintf(in_year, sizeof in_year, "至%d年", c->r->year);
    const char *const into_after[] = {"至本年", "到本年", "过来", "至今年", "入本年", in_year};
    const char *const into_before[] = {"上年", "上一年", prev};
    const char *const out_after[] = {"下年", "下一年", "至下", "到下", next};
    /* (将于: to be answered next year, "另有5件申请将于2025年度答复") */
    static const char *const verbs[] = {"结转", "转入", "顺延", "将于"};
    const double figure[2] = {in, out};
    for (size_t w = 0; w < 4; w++)
        for (const char *p = chk_next(c, text, verbs[w]); p && !(said[0] && said[1]);
             p = chk_next(c, p + 1, verbs[w])) {
            const char *from, *to, *ca, *ce, *after = p + strlen(verbs[w]);
            sentence(text, p, &from, &to);
            clause_of(text, p, &ca, &ce);
            if (strncmp(after, "至", 3) == 0 && strncmp(after + 3, next, strlen(next)) == 0)
                after += 3; /* (结转至2025年) */
            /* (carried in by the word, "上年结转", in a sentence naming a year: of that year,
             * "2023年，上年结转申请为2件") */
            int by_word = chk_span_has_any(ca, p, into_before, 2);
            int into = begins_with_any(after, into_after, 6) || by_word ||
                       chk_span_has_any(ca, p, into_before + 2, 1);
            if (by_word && years_outside(c, from, to, 0))
                continue;
            /* (out of the year by the words after, or by the year's end before: "年底结转申请
             * 2件") */
            size_t out_len = begins_with_which(after, out_after, 5);
            int outof = out_len > 0 || (!into && w == 0 &&
                                        ends_with_any(text, p, year_end, 2) != NULL);
            if (into == outof || (w >= 1 && into) || said[outof])
                continue;
            /* of applications, all of them, the agency's, in the year named */
            if (!chk_span_has(from, to, "申请") ||
                other_kind_in(from, to) ||
                /* (the rest, after parts by channel: "其中网络申请14件，信函申请44件，另有2件
                 * 结转下年度" names no channel of its own) */
                (strncmp(ca, "另", strlen("另")) == 0
                     ? other_scope_in(from, to) || other_set_in(ca, ce)
                     : other_set_in(from, to)) ||
                over_years_in(c, from, to) ||
                /* (an aim, but not what they will be: "将转入下一年度办理") */
                chk_span_has_any(from, ends_with_any(text, p, (const char *const[]){"将"}, 1)
                                           ? p - strlen("将")
                                           : p,
                                 aims, sizeof aims / sizeof aims[0]) ||
                other_body(c, from, to) || other_government(c, from, to) || months(from, ce) ||
                until_within_year(from, to) ||
                chk_span_has_any(from, to, (const char *const[]){"复议", "诉讼", "案件"}, 3) ||
                years_outside(c, from, to, outof ? c->r->year + 1 : c->r->year - 1) ||
                chk_span_has(from, to, outof ? "上年" : "下一年") ||
                chk_span_has(from, to, outof ? "上一年" : "下年"))
                continue;
            /* its count: the one in its clause, or in the clause before where this one has no
             * subject ("有2件申请尚在办理期限内，结转下一年度继续办理") */
            double v;
            const char *at, *end;
            int n = counts_in(ca, ce, &v, &at, &end);
            const char *quote = ca;
            if (n == 0 && ca == p && ca > from + 1) {
                const char *pa, *pe;
                clause_of(text, ca - 2, &pa, &pe);
                if (pa < from)
                    pa = from;
                n = counts_in(pa, pe, &v, &at, &end);
                quote = pa;
            }
            /* (what they are carried for is not what became of them: "顺延到下年度答复") */
            const char *tail = chk_skip_any(after + out_len, ce, carried_for,
                                            sizeof carried_for / sizeof carried_for[0]);
            /* (nor the new and the carried together: "本年度新收和上年结转的申请共63件") */
            /* (the rest, 另有, is none of those before it) */
            int rest = strncmp(quote, "另", strlen("另")) == 0;
            if (n != 1 || some_of_those(quote, p) || some_of_those(tail, ce) ||
                (!rest && some_of_those(from, quote)) ||
                (into && chk_span_has(quote, ce, "新收")))
                continue;
            said[outof] = 1;
            if (chk_differs(v, figure[outof])) {
                char a[32];
                chk_found(c, chk_line_at(c, quote),
                          CHK_LANG(c, "正文：“%.*s”；表格%s为 %s",
                                   "text: “%.*s”; tables: %s is %s"),
                          (int)(ce - quote), quote,
                          outof ? "四、结转下年度继续办理总计" : "二、上年结转总计",
                          chk_num(a, figure[outof]));
            }
        }
}

static void review_counts(check_ctx *c, const char *text);

/* The year's 行政事业性收费 the text states ("全年收取行政事业性收费20万元", "行政事业性收费
 * 收入125000元") against section 二's 本年收费金额 (万元, 2021 format): the first statement;
 * not a part of it, a change, money spared or refunded, another year's or body's.  Each figure
 * may be rounded at its last digit, no more: "7582万元" is not 7545. */
static void fee_amount(check_ctx *c, const char *text)
{
    const xxgk_table_spec *t = chk_table(c, XXGK_TABLE_ACTIVE);
    if (c->r->format != XXGK_FORMAT_2021 || !t)
        return;
    double fee = chk_val(chk_cell(c, chk_row(t, "fees_wan_yuan", -1), 0));
    if (isnan(fee))
        return;
    static const char *const fillers[] = {"收入", "金额", "总额", "总计", "合计", "共", "计", "为",
                                          "达", ":"};
    static const char *const not_all[] = {"减免", "退还", "退费", "清理", "取消", "减少", "降低",
                                          "增加", "同比", "较", "上年", "涉及", "节约", "减轻",
                                          "其中", "罚没", "预算", "清单", "涉企"};
    for (const char *p = chk_next(c, text, "行政事业性收费"); p;
         p = chk_next(c, p + 1, "行政事业性收费")) {
        const char *from, *to;
        sentence(text, p, &from, &to);
        const char *q = chk_skip_any(p + strlen("行政事业性收费"), to, fillers,
                                     sizeof fillers / sizeof fillers[0]);
        double v = 0, scale = 1; /* (scale: the last digit's place) */
        const char *d = q;
        /* (digits, and commas between groups of three: "135,000元") */
        for (; (*d >= '0' && *d <= '9') ||
               (*d == ',' && d > q && d[1] >= '0' && d[1] <= '9' && d[2] >= '0' && d[2] <= '9' &&
                d[3] >= '0' && d[3] <= '9' && !(d[4] >= '0' && d[4] <= '9'));
             d++)
            if (*d != ',')
                v = v * 10 + (*d - '0');
        if (*d == '.' && d[1] >= '0' && d[1] <= '9')
            for (d++; *d >= '0' && *d <= '9'; d++)
                v += (*d - '0') * (scale /= 10);
        if (d == q) { /* (in Chinese numerals: "十五万元") */
            const char *after;
            double cn = cn_number_at(q, &after);
            if (cn >= 0) {
                v = cn;
                d = after;
            }
        }
        if (d == q || d - q > 15)
            continue;
        size_t unit = strncmp(d, "万元", strlen("万元")) == 0 ? strlen("万元")
                      : strncmp(d, "元", strlen("元")) == 0   ? strlen("元")
                                                              : 0;
        double wan = unit == strlen("元") ? v / 10000 : v;
        if (!unit || bounded_after(d + unit) ||
            chk_span_has_any(from, to, not_all, sizeof not_all / sizeof not_all[0]) ||
            other_year(c, from, to) || months(from, to) || until_within_year(from, to) ||
            other_body(c, from, p) || other_government(c, from, p) ||
            other_set_in(from, p) ||
            over_years_in(c, from, to) ||
            chk_span_has_any(from, p, aims, sizeof aims / sizeof aims[0]))
            continue;
        const char *end = d + unit;
        /* (the table's own rounding: its figure's last decimal as written back) */
        char a[32];
        const char *point = strchr(chk_num(a, fee), '.');
        double fee_scale = point ? pow(10, -(double)strlen(point + 1)) : 1;
        double rounding = (scale * (unit == strlen("元") ? 1.0 / 10000 : 1) + fee_scale) / 2;
        if (fabs(wan - fee) >= rounding * (1 - 1e-9)) { /* (half up: 12.55 is 12.6) */
            chk_found(c, chk_line_at(c, p),
                      CHK_LANG(c, "正文：“%.*s”；表格行政事业性收费本年收费金额为 %s 万元",
                               "text: “%.*s”; tables: 行政事业性收费 collected %s 万元"),
                      (int)(end - p), p, a);
        }
        return; /* the first statement */
    }
}

void r_text_figures(check_ctx *c)
{
    const xxgk_report *r = c->r;
    if (!r->spec)
        return;
    const char *text = chk_narrative(c);
    if (!text)
        return;
    char a[32];
    /* "收到/受理/新收 ... 申请 N 件" against 一、本年新收 (or 一 + 二) ... */
    double nw = cell_total(c, "new"), in = cell_total(c, "carried_in");
    /* every statement of the year's applications, till one that differs (a report may state
     * them twice, once wrongly) */
    int said = 0;
    for (const char *p = chk_next(c, text, "申请"); p && !isnan(nw) && said < 2;
         p = chk_next(c, p + 1, "申请")) {
        const char *q = p + strlen("申请"), *end = NULL;
        if (part_before(text, p))
            continue;
        /* "受理依申请公开30件"; "收到依申请公开件31件", "收到申请件31件": 件 the applications */
        if ((size_t)(p - text) >= 3 && memcmp(p - 3, "依", 3) == 0 &&
            strncmp(q, "公开", strlen("公开")) == 0)
            q += strlen("公开");
        if (strncmp(q, "件", strlen("件")) == 0 && !clause_mark(q[3]) && !full_stop_at(q + 3))
            q += strlen("件");
        double v = figure_after(q, &end);
        /* "申请数量为30件", "依申请公开受理量31件", "全年政府信息公开申请共30件" say what they
         * count without a verb (the last with nothing before it but the year and the agency:
         * not "自然人提出的…") */
        static const char *const received[] = {"数量", "量为", "受理量", "受理数", "受理总量",
                                               "受理总数"};
        int verb = !begins_with_any(q, received, sizeof received / sizeof received[0]) &&
                   !((strncmp(q, "共", strlen("共")) == 0 ||
                      strncmp(q, "总数", strlen("总数")) == 0 ||
                      strncmp(q, "总量", strlen("总量")) == 0) &&
                     the_years_applications(text, p));
        /* (项 counts the items asked for: "收到依申请公开事项152项") */
        int items = v >= 0 && strncmp(end, "项", strlen("项")) == 0;
        int got = v >= 0 && !items ? new_count(c, text, p, p, verb, v, end, nw, in) : 0;
        said = got > said ? got : said;
    }
    /* ... and "收到 N 件政府信息公开申请", the count before what it counts (by the verbs that
     * reports write so: each is a pass over the text) */
    static const char *const count_first[] = {"收到", "受理", "新收", "共有"};
    for (size_t k = 0; k < sizeof count_first / sizeof count_first[0] && said < 2 && !isnan(nw);
         k++)
        for (const char *p = chk_next(c, text, count_first[k]); p && said < 2;
             p = chk_next(c, p + 1, count_first[k])) {
            const char *end = NULL;
            double v = figure_after(p + strlen(count_first[k]), &end);
            if (v < 0)
                continue;
            const char *q = end + 3; /* after the unit */
            if (strncmp(q, "的", 3) == 0)
                q += 3;
            size_t what = strncmp(q, "政府信息公开申请", strlen("政府信息公开申请")) == 0
                              ? strlen("政府信息公开申请")
                          : strncmp(q, "依申请公开", strlen("依申请公开")) == 0
                              ? strlen("依申请公开")
                              : 0;
            /* (where the clause ends there, or goes on to say what became of them, not to
             * name some: "收到6件政府信息公开申请涉及征地拆迁信息"; after "共有" only where the
             * clause ends: not "共有3件申请延期答复") */
            static const char *const then[] = {"并", "均", "全部", "已"};
            int ends = !q[what] || clause_mark(q[what]) || full_stop_at(q + what) ||
                       q[what] == '\n';
            if (!what || !(ends || (strcmp(count_first[k], "共有") != 0 &&
                                    begins_with_any(q + what, then, 4))))
                continue;
            int got = new_count(c, text, p, q, 0, v, end, nw, in);
            said = got > said ? got : said;
        }
    /* "上年结转 N 件", "结转下年度 N 件", "行政复议 N 起", "行政诉讼 N 件", "办结/答复 N 件"
     * against their 总计, where the sentence speaks of what the figure counts: reconsiderations
     * and lawsuits about disclosure ("因依申请公开引发行政复议1起"; a 司法局 reports all the
     * cases it handled), applications
     * answered (not a hotline's cases, "受理4355件，全部办结") */
    double rec = NAN, lit = NAN, direct = NAN, after_review = NAN;
    if (review_totals(c, &rec, &lit)) {
        const xxgk_table_spec *rt = chk_table(c, XXGK_TABLE_REVIEW);
        direct = row_total(c, chk_row(rt, "litigation_direct", -1));
        after_review = row_total(c, chk_row(rt, "litigation_after_review", -1));
    }
    double total = cell_total(c, "total"), out = cell_total(c, "carried_out");
    static const char NEW[] = "一、本年新收总计", NEW_AND_IN[] = "一、本年新收与二、上年结转之和",
                      NEW_LESS_OUT[] = "一、本年新收减四、结转下年度";
    static const char direct_cell[] = "行政诉讼·未经复议直接起诉总计",
                      after_review_cell[] = "行政诉讼·复议后起诉总计",
                      both_cell[] = "行政复议总计与行政诉讼总计之和";
    struct {
        const char *words, *cell;
        double value;
        const char *about[2]; /* words of which the sentence must have one, or NULL */
        int answered;      /* answers: not those carried over, nor one kind among others */
        double also[2];    /* other figures the words may mean, or NAN */
        int every;         /* every case the agency answered or was sued in: of them, only the
                            * disclosure part after 其中 is the table's, unless they are all
                            * disclosure's */
    } stated[24] = {
        {"行政复议", "行政复议总计", rec, {about_disclosure[0], about_disclosure[1]}, 0, {NAN, NAN},
         0},
        {"行政诉讼", "行政诉讼总计", lit, {about_disclosure[0], about_disclosure[1]}, 0, {NAN, NAN},
         0},
        /* (or those of the year's received that were not carried over: "收到申请29件，已办结
         * 25件，结转下年度4件") */
        {"办结", "（七）总计", total, {"申请", NULL}, 1, {nw - out, NAN}, 0},
        {"答复", "（七）总计", total, {"申请", NULL}, 1, {nw - out, NAN}, 0},
        /* "办理申请30件": those answered, received, or received and carried in ("共需办理") */
        {"办理", "（七）总计", total, {"申请", NULL}, 1, {nw, nw + in}, 0},
        {"处理", "（七）总计", total, {"申请", NULL}, 1, {nw, nw + in}, 0},
        /* each kind of lawsuit ("未经复议直接起诉2件", "复议后起诉3件") */
        {"直接起诉", direct_cell, direct,
         {about_disclosure[0], about_disclosure[1]}, 0, {NAN, NAN}, 0},
        {"复议后起诉", after_review_cell, after_review,
         {about_disclosure[0], about_disclosure[1]}, 0, {NAN, NAN}, 0},
        /* both, the second word cut short: "行政复议、诉讼案件共9件" */
        {"行政复议、诉讼", both_cell, rec + lit, {about_disclosure[0], about_disclosure[1]}, 0,
         {NAN, NAN}, 0},
        {"行政复议和诉讼", both_cell, rec + lit, {about_disclosure[0], about_disclosure[1]}, 0,
         {NAN, NAN}, 0},
        /* (lawsuits answered: "行政应诉案件12件，其中政府信息公开类5件") */
        {"行政应诉", "行政诉讼总计", lit, {about_disclosure[0], about_disclosure[1]}, 0,
         {NAN, NAN}, 1},
        {"应诉案件", "行政诉讼总计", lit, {about_disclosure[0], about_disclosure[1]}, 0,
         {NAN, NAN}, 1},
        {"涉诉案件", "行政诉讼总计", lit, {about_disclosure[0], about_disclosure[1]}, 0,
         {NAN, NAN}, 1},
    };
    size_t nstated = 0; /* (those above; the carried rows' words are added after them) */
    while (nstated < sizeof stated / sizeof stated[0] && stated[nstated].words)
        nstated++;
    /* the carried rows by the words of their labels, as the format's match keys have them
     * (上年结转, 上年度结转, 结转下一年度, …) */
    char carried[16][48];
    const xxgk_table_spec *req = chk_table(c, XXGK_TABLE_REQUESTS);
    static const char *const carried_keys[2][2] = {{"carried_in", "二、上年结转总计"},
                                                   {"carried_out", "四、结转下年度继续办理总计"}};
    for (size_t k = 0, w = 0; req && k < 2; k++) {
        const xxgk_row_spec *row = chk_row(req, carried_keys[k][0], -1);
        for (const char *m = row ? row->match : ""; *m && w < 16 && nstated < 24; w++) {
            size_t l = strcspn(m, "|");
            snprintf(carried[w], sizeof carried[w], "%.*s", (int)l, m);
            stated[nstated].words = carried[w];
            stated[nstated].cell = carried_keys[k][1];
            stated[nstated].value = k ? out : in;
            stated[nstated].also[0] = stated[nstated].also[1] = NAN;
            nstated++;
            m += l + (m[l] == '|');
        }
    }
    /* (行政复议答复: the agency's answers to reconsiderations, each a case against it) */
    static const char *const between[] = {"继续办理", "的", "了", "依申请公开", "政府信息公开申请",
                                          "申请", "事项", "答复", "案件", "件"};
    const char *said_of[24]; /* the cells a statement was taken of: the first one counts */
    size_t nsaid = 0;
    for (size_t k = 0; k < nstated; k++) {
        int said_cell = 0;
        for (size_t i = 0; i < nsaid && !said_cell; i++)
            said_cell = said_of[i] == stated[k].cell;
        if (isnan(stated[k].value) || said_cell)
            continue;
        for (const char *p = chk_next(c, text, stated[k].words); p;
             p = chk_next(c, p + 1, stated[k].words)) {
            const char *q = p + strlen(stated[k].words), *end = NULL;
            for (size_t i = 0; i < sizeof between / sizeof between[0]; i++)
                if (*q == between[i][0] && strncmp(q, between[i], strlen(between[i])) == 0)
                    q += strlen(between[i]);
            /* (复议应诉: answering reconsiderations, not lawsuits) */
            if (stated[k].every && (size_t)(p - text) >= 6 && memcmp(p - 6, "复议", 6) == 0)
                continue;
            int each = strncmp(q, "各", strlen("各")) == 0; /* ("行政复议、行政诉讼各2件") */
            double v = figure_after(q + (each ? strlen("各") : 0), &end);
            if (v < 0 && stated[k].about[0] == about_disclosure[0])
                v = cases_after(q + (each ? strlen("各") : 0), &end);
            if (v < 0)
                continue;
            const char *from, *to, *ca, *ce;
            sentence(text, p, &from, &to);
            /* (section 四 speaks of disclosure's cases whatever its words, and section 三 of
             * applications: "本年共办结190件") */
            int in_four = stated[k].about[0] == about_disclosure[0] && chk_in_section(c, p, 4);
            int in_three = stated[k].answered && chk_in_section(c, p, 3);
            if (stated[k].about[0] && !in_four && !in_three &&
                !chk_span_has(from, to, stated[k].about[0]) &&
                !(stated[k].about[1] && chk_span_has(from, to, stated[k].about[1])) &&
                !(stated[k].answered && answers_before(c, text, from, p)))
                continue;
            clause_of(text, p, &ca, &ce);
            /* "2023年…", "近三年累计": not the year's figure; "主动…": not of applications or
             * cases; "全市…", "自然人申请23件（含上年结转3件）": more or less than the agency's
             * row; "其中涉及政府信息公开的4件" after the count: it counts more than those */
            if (other_year(c, from, p) || chk_span_has(ca, p, "主动") ||
                (stated[k].about[0] &&
                 (chk_span_has(from, p, "上年度") || chk_span_has(from, p, "上一年度"))) ||
                over_years_in(c, ca, p) ||
                other_set_in(from, p) ||
                other_body(c, from, p) || other_government(c, from, p) ||
                /* (a kind of applicant makes applications some only; cases it makes some
                 * only in their own clause: "围绕企业关切…，引发行政复议2件" counts all) */
                has_any_but_everyone(stated[k].about[0] == about_disclosure[0] ? ca : from, p,
                                     chk_applicant_kinds, CHK_APPLICANT_KINDS) ||
                other_kind_in(from, p) ||
                months(from, p) || until_within_year(from, p) || chk_span_has(from, p, "月份"))
                continue;
            /* cases carried in or out ("上年结转的行政复议案件1件", "…1件结转至下年度"), the
             * new ones ("新发生…行政复议案件3件") or those pending ("尚未审结的…1件"): not the
             * year's 总计 */
            static const char *const some_cases[] = {"新发生", "新增", "新收", "未审结"};
            if (stated[k].about[0] == about_disclosure[0] &&
                (chk_span_has(ca, ce, "结转") ||
                 chk_span_has_any(ca, p, some_cases, sizeof some_cases / sizeof some_cases[0])))
                continue;
            /* (the new and the carried together: "本年度新收和上年结转的申请共63件"; the
             * answered of some applications: "新收的292件申请中，本年度已答复269件") */
            if ((stated[k].cell == carried_keys[0][1] && chk_span_has(ca, end, "新收")) ||
                (stated[k].answered && chk_span_has(from, p, "申请中")))
                continue;
            /* applications carried: not cases ("行政复议案件结转下年度1件"), nor other work's
             * ("上年结转的2件信访事项", "结转下年度的1件行政复议案件") */
            if (!stated[k].about[0] && !stated[k].answered &&
                (chk_span_has_any(from, p, not_applications, 3) ||
                 chk_span_has_any(end, ce, not_applications,
                              sizeof not_applications / sizeof not_applications[0])))
                continue;
            /* "未办结的4件申请", "尚未答复的", "无需答复的": those not answered */
            if (stated[k].answered &&
                chk_span_has_any(ca, p, (const char *const[]){"未", "没有", "无需", "无须"}, 4))
                continue;
            /* (disclosure named before the count, or of a part after it, "其中政府信息公开
             * 类5件") */
            const char *then = find_in(end, to, "其中"), *all_of = find_in(end, to, "均为");
            if (stated[k].about[0] && stated[k].about[0] == about_disclosure[0] && !in_four &&
                !chk_span_has_any(from, p, about_disclosure, 2) &&
                !(then && chk_span_has_any(then, to, about_disclosure, 2)) &&
                !(all_of && chk_span_has_any(all_of, to, about_disclosure, 2)))
                continue;
            /* (cases the agency decided as the reconsideration body, not cases against it:
             * "我局作为复议机关，全年受理…行政复议案件15件"; cases of one result: "被纠错案件
             * 中，行政复议1件") */
            static const char *const one_result[] = {"案件中", "纠错", "纠正", "维持", "败诉",
                                                     "胜诉", "撤销", "驳回"};
            /* (but lawsuits broken down by kind are all of them: "行政诉讼案件中，复议后起诉
             * 3件") */
            size_t by_kind = (stated[k].cell == direct_cell ||
                              stated[k].cell == after_review_cell) &&
                             chk_span_has(from, p, "诉讼案件中");
            /* (other work's cases; one cause's, "因不服不予公开答复申请行政复议2件") */
            if (stated[k].about[0] == about_disclosure[0] &&
                (of_other_work(from, to) || chk_span_has(ca, p, "不服")))
                continue;
            if (stated[k].about[0] == about_disclosure[0] &&
                (review_body(from, p) ||
                 chk_span_has_any(from, p, one_result + by_kind,
                                  sizeof one_result / sizeof one_result[0] - by_kind)))
                continue;
            /* (disclosure's named before or said all to be: "政府信息公开行政应诉案件2件",
             * "行政应诉案件5件，均为政府信息公开类") */
            int answered_all = stated[k].every &&
                               !chk_span_has_any(from, p, about_disclosure, 2) &&
                               !(all_of && chk_span_has_any(all_of, to, about_disclosure, 2));
            if (stated[k].about[0] == about_disclosure[0] && then &&
                chk_span_has_any(then, to, about_disclosure, 2)) {
                /* (all cases, of which disclosure's follow: their count is the figure,
                 * "行政复议案件12件，其中涉及政府信息公开的4件") */
                const char *part_end;
                double part = disclosure_part(then, to, &part_end);
                for (const char *x = end; x < then && part >= 0; x++)
                    if (*x >= '0' && *x <= '9')
                        part = -1; /* (of another count: "受理20件，审结18件，其中…") */
                /* (of both kinds: "行政复议、行政诉讼案件20件，其中…7件") */
                int both = stated[k].cell == both_cell ||
                           (stated[k].value == lit && chk_span_has(ca, end, "复议"));
                double whole_value = both ? rec + lit : stated[k].value;
                if (part >= 0 && !chk_span_has(ca, p, "复议后") &&
                    !chk_span_has(ca, p, "直接起诉") && chk_differs(part, whole_value)) {
                    chk_found(c, chk_line_at(c, p),
                              CHK_LANG(c, "正文：“%.*s”；表格%s为 %s",
                                       "text: “%.*s”; tables: %s is %s"),
                              (int)(part_end - p), p,
                              both ? CHK_LANG(c, both_cell, "行政复议总计 + 行政诉讼总计")
                                   : stated[k].cell,
                              chk_num(a, whole_value));
                    said_of[nsaid++] = stated[k].cell;
                    break;
                }
                continue;
            }
            if (answered_all)
                continue;
            /* "未被申请行政复议的答复共22件": some of the answers; "不予处理3件", "其他处理":
             * one outcome */
            static const char *const one_outcome[] = {"不予", "其他", "予以", "区分", "分类"};
            if (stated[k].answered &&
                (((size_t)(p - text) >= 3 && memcmp(p - 3, "的", 3) == 0) ||
                 ends_with_any(text, p, one_outcome, sizeof one_outcome / sizeof one_outcome[0])))
                continue;
            /* "正在办理2件", "继续办理": those still open */
            if (!isnan(stated[k].also[0]) && (size_t)(p - text) >= 3 &&
                (memcmp(p - 3, "在", 3) == 0 || memcmp(p - 3, "续", 3) == 0))
                continue;
            /* (answers of some kind: "延期答复3件", "因需征求第三方意见，延期答复2件", "按期办结
             * 26件", "当场办结5件", "终止处理申请1件", "合并处理3件", "转交其他机关处理2件") */
            static const char *const some_answers[] = {
                "延期", "征求", "逾期", "超期", "按期", "按时", "提前", "当场", "当日",
                "会商", "其中", "当年", "终止", "合并", "转交", "转送", "移送", "补正",
                "此类", "该类", "这类", "上述", "日内", "当月", "书面", "电子", "邮件",
                "网上", "现场", "口头", "直接", "协同", "因",   "不服", "转",   "科室",
                "撤销", "责令", "重新"};
            /* (but "上述申请" opening the sentence after all of them are counted is all of
             * them: "收到申请29件。上述申请已办结31件") */
            static const char *const those[] = {"上述申请", "上述政府信息公开申请"};
            const char *some_from = ca, *rest = chk_skip_any(ca, p, those, 2);
            if (ca == from && rest != ca && after_applications(c, text, from))
                some_from = rest;
            if (stated[k].answered &&
                (chk_span_has(ca, end, "结转") || chk_span_has(ca, end, "上年") ||
                 /* (answers to applications of another kind: "受理行政复议申请15件，办结14件",
                  * "办理公租房申请29件，办结31件") */
                 ((chk_span_has_any(from, p, not_applications,
                                    sizeof not_applications / sizeof not_applications[0]) ||
                   other_kind_applied(from, p)) &&
                  !chk_span_has_any(from, to, about_disclosure, 2)) ||
                 chk_span_has(ca, p, "其中") || /* "其中公开答复1件" */
                 chk_span_has_any(some_from, p, some_answers,
                                  sizeof some_answers / sizeof some_answers[0]) ||
                 chk_span_has_any(from, p, (const char *const[]){"涉及", "会商", "征求"}, 3) ||
                 ((size_t)(p - text) >= 6 && strncmp(p - 6, "公开", 6) == 0 &&
                  !((size_t)(p - text) >= 15 && strncmp(p - 15, "依申请公开", 15) == 0))))
                continue;
            double value = stated[k].value;
            const char *cell = stated[k].cell;
            /* lawsuits of one kind, against its own 总计: "未经复议直接起诉的行政诉讼1件",
             * "复议后起诉的行政诉讼2件" */
            static const char *const one_kind[] = {"直接起诉", "复议后", "未经复议", "经复议"};
            int kind = strcmp(stated[k].words, "行政诉讼") == 0 &&
                       chk_span_has_any(ca, p, one_kind, sizeof one_kind / sizeof one_kind[0]);
            if (kind) {
                int first = chk_span_has(ca, p, "直接起诉") || chk_span_has(ca, p, "未经复议");
                value = first ? direct : after_review;
                cell = first ? direct_cell : after_review_cell;
                if (isnan(value))
                    continue;
            }
            /* reconsiderations and lawsuits counted together: "行政复议、行政诉讼共7件" */
            const char *rec_at = NULL; /* (复议 before it with no count of its own) */
            for (const char *x = ca; !kind && (x = find_in(x, p, "复议")) != NULL; x++)
                rec_at = x;
            /* (where a statement of both kinds is quoted from: "行政复议、行政诉讼…") */
            const char *rec_quote = rec_at && rec_at - ca >= 6 &&
                                            memcmp(rec_at - 6, "行政", 6) == 0
                                        ? rec_at - 6
                                        : rec_at;
            int own = 0, summed = 0; /* (in figures or in words: "行政复议四起、行政诉讼三起") */
            for (const char *x = rec_at; x && x < p && !own; x++) {
                const char *u, *e2;
                own = (*x >= '0' && *x <= '9') || count_at_cn(x, &u, &e2) >= 0;
            }
            if (strcmp(stated[k].words, "行政诉讼") == 0 && rec_at && !own) {
                if (each || find_in(end, ce, "各") || chk_span_has(q, end, "各")) {
                    /* "行政复议、行政诉讼各2件": each as many */
                    char b[32];
                    if (!isnan(rec) && (chk_differs(v, rec) || chk_differs(v, lit)))
                        chk_found(c, chk_line_at(c, p),
                                  CHK_LANG(c, "正文：“%.*s”；表格行政复议总计为 %s，行政诉讼总计为 %s",
                                           "text: “%.*s”; tables: 行政复议总计 is %s, 行政诉讼总计 "
                                           "is %s"),
                                  (int)(end - rec_quote) + 3, rec_quote, chk_num(a, rec),
                                  chk_num(b, lit));
                    said_of[nsaid++] = stated[k].cell;
                    break;
                }
                value = rec + lit;
                summed = 1;
            }
            if (each)
                continue; /* (each of what is not said) */
            /* (both kinds summed: quoted from 行政复议, "行政复议、行政诉讼案件共9件") */
            const char *quote = summed ? rec_quote : p;
            if (chk_differs(v, value) &&
                (isnan(stated[k].also[0]) || chk_differs(v, stated[k].also[0])) &&
                (isnan(stated[k].also[1]) || chk_differs(v, stated[k].also[1]))) {
                /* (and what else the words may mean, where the table has it: "共需办理35件"
                 * may be 一 + 二) */
                int handled = strcmp(stated[k].words, "办理") == 0 ||
                              strcmp(stated[k].words, "处理") == 0; /* (else 办结, 答复) */
                const char *const zh[2] = {handled ? NEW : NEW_LESS_OUT, NEW_AND_IN};
                const char *const en[2] = {handled ? "一" : "一 - 四", "一 + 二"};
                char others[256] = "", b[32];
                for (int w = 0; w < 2; w++)
                    if (!isnan(stated[k].also[w]))
                        snprintf(others + strlen(others), sizeof others - strlen(others),
                                 CHK_LANG(c, "，%s为 %s", "; %s is %s"), CHK_LANG(c, zh[w], en[w]),
                                 chk_num(b, stated[k].also[w]));
                chk_found(c, chk_line_at(c, quote),
                          CHK_LANG(c, "正文：“%.*s”；表格%s为 %s%s",
                                   "text: “%.*s”; tables: %s is %s%s"),
                          (int)(end - quote) + 3, quote,
                          summed || cell == both_cell
                              ? CHK_LANG(c, both_cell, "行政复议总计 + 行政诉讼总计")
                              : cell,
                          chk_num(a, value), others);
            }
            said_of[nsaid++] = stated[k].cell;
            break; /* the first statement of each figure */
        }
    }
    int carried_said[2] = {0, 0};
    for (size_t i = 0; i < nsaid; i++)
        for (int k = 0; k < 2; k++)
            carried_said[k] |= said_of[i] == carried_keys[k][1];
    carried_counts(c, text, carried_said, in, out);
    /* None carried out of the year, or into it, said in so many words ("无结转下年度",
     * "无上年结转申请"), or bare after all the applications were settled ("已全部办结，无
     * 结转"); not of money, of other work, or of another year ("财政资金无结转结余") */
    static const struct {
        const char *words;
        int into; /* of those carried into the year */
        int bare; /* needs the sentence to say all were settled */
    } no_carry[] = {{"无结转下年", 0, 0},       {"没有结转下年", 0, 0},
                    {"没有需要结转", 0, 0},     {"无需结转", 0, 0},
                    {"无结转至下年度", 0, 0},   {"无结转下一年度", 0, 0},
                    {"无结转至下一年度", 0, 0}, {"无结转到下一年度", 0, 0},
                    {"没有结转下一年度", 0, 0}, {"不存在结转下年度", 0, 0},
                    {"无上年结转", 1, 0},       {"无结转上年", 1, 0},       {"没有上年结转", 1, 0},
                    {"上年无结转", 1, 0},       {"无上年度结转", 1, 0},
                    {"不存在上年度结转", 1, 0}, {"没有上年度结转", 1, 0},
                    {"不存在结转下一年度", 0, 0},
                    {"无上一年度结转", 1, 0},   {"不存在上年结转", 1, 0},
                    {"无结转申请", 0, 0},       {"无结转", 0, 1},
                    {"没有结转", 0, 1},         {"不存在结转", 0, 1},
                    {"未结转至下一年度", 0, 0}, {"未结转下一年度", 0, 0},
                    {"未结转至下年度", 0, 0},   {"未结转到下一年度", 0, 0},
                    {"没有申请结转", 0, 0},     {"无申请结转", 0, 0}};
    /* (what a bare denial needs before it: the applications all answered) */
    static const char *const settled[] = {"办结", "均已答复", "全部答复", "办理完毕"};
    int carry_said = 0, done[2] = {0, 0}; /* (by into: each said once) */
    /* (one pass over the text for 结转, each place matched against the phrases around it:
     * each phrase holds 结转) */
    const size_t nc = sizeof no_carry / sizeof no_carry[0];
    for (const char *q = chk_next(c, text, "结转"); q; q = chk_next(c, q + 1, "结转")) {
        size_t k = 0, off = 0;
        for (; k < nc; k++) {
            off = (size_t)(strstr(no_carry[k].words, "结转") - no_carry[k].words);
            if ((size_t)(q - text) >= off &&
                strncmp(q - off, no_carry[k].words, strlen(no_carry[k].words)) == 0)
                break;
        }
        if (k == nc)
            continue;
        const char *p = q - off, *from, *to, *ca, *ce;
        sentence(text, p, &from, &to);
        clause_of(text, p, &ca, &ce);
        /* (the years it names outside its own words: "上年度" is another year's only there) */
        const char *after = p + strlen(no_carry[k].words);
        if (other_year(c, from, p) || other_year(c, after, to) ||
            (!no_carry[k].into &&
             (chk_span_has(from, p, "上年度") || chk_span_has(after, to, "上年度"))) ||
            !(chk_span_has(from, to, "申请") || chk_span_has(after, to, "继续办理")) ||
            chk_span_has(from, to, "以外") ||
            /* (cases carried, not applications: "无上年结转行政诉讼案件") */
            chk_span_has_any(after, ce, not_applications,
                             sizeof not_applications / sizeof not_applications[0]) ||
            over_years_in(c, from, to) ||
            (no_carry[k].bare &&
             (!chk_span_has_any(from, p, settled, sizeof settled / sizeof settled[0]) ||
              (after != ce && strncmp(after, "情况", strlen("情况")) != 0))))
            continue; /* (bare: the clause ends with it, "…，无结转。") */
        /* (both denied at once: "无上年结转和结转下年度的申请") */
        static const char *const and_out[] = {"和结转下", "及结转下", "、结转下", "与结转下"};
        int both = no_carry[k].into && begins_with_any(after, and_out, 4);
        for (int into = no_carry[k].into; into >= (both ? 0 : no_carry[k].into); into--) {
            double v = into ? in : out;
            if (v > 0 && !done[into])
                chk_found(c, chk_line_at(c, ca),
                          CHK_LANG(c, "正文：“%.*s”；表格%s为 %s",
                                   "text: “%.*s”; tables: %s is %s"),
                          (int)(ce - ca), ca,
                          into ? "二、上年结转总计" : "四、结转下年度继续办理总计", chk_num(a, v));
            done[into] = 1;
        }
        carry_said = 1;
        if (done[0] && done[1])
            break; /* the first statement of each */
    }
    /* ... or said without 结转: none handled across the year's end ("无跨年度办理的申请") */
    static const char *const no_crossing[] = {"无跨年度办理", "没有跨年度办理", "不存在跨年度办理",
                                              "无转入下年度", "无转入下一年度"};
    chk_scan cross = {.words = no_crossing, .n = sizeof no_crossing / sizeof no_crossing[0]};
    size_t cross_len = 0;
    for (const char *p = carry_said || !(out > 0) ? NULL : chk_scan_next(&cross, text, &cross_len);
         p; p = chk_scan_next(&cross, NULL, &cross_len)) {
        const char *from, *to, *ca, *ce;
        sentence(text, p, &from, &to);
        clause_of(text, p, &ca, &ce);
        if (!chk_span_has(from, to, "申请") || other_year(c, from, to) ||
            over_years_in(c, from, to))
            continue;
        chk_found(c, chk_line_at(c, ca),
                  CHK_LANG(c, "正文：“%.*s”；表格%s为 %s", "text: “%.*s”; tables: %s is %s"),
                  (int)(ce - ca), ca, "四、结转下年度继续办理总计", chk_num(a, out));
        break;
    }
    /* "现行有效 N 件" against 现行有效件数, "制发规范性文件 N 件" against 本年制发件数: of 规章,
     * of 行政规范性文件, or of both together. */
    static const struct {
        const char *word;
        int col;  /* the column of 规章 and 行政规范性文件 the figure is */
        int kind; /* the word must be followed by the kind of document */
    } docs[] = {
        {"现行有效", 2, 0}, {"制发", 0, 1}, {"制定", 0, 1},
        {"出台", 0, 1},     {"印发", 0, 1}, {"废止", 1, 1},
    };
    for (size_t w = 0; w < sizeof docs / sizeof docs[0]; w++) {
        double regs, norm;
        if (!doc_figures(c, docs[w].col, &regs, &norm))
            continue;
        for (const char *p = chk_next(c, text, docs[w].word); p;
             p = chk_next(c, p + 1, docs[w].word)) {
            const char *q = p + strlen(docs[w].word);
            /* (issued and repealed, as many each: "制发、废止行政规范性文件各5件") */
            static const char *const and_repealed[] = {"、废止", "和废止", "及废止", "、清理废止"};
            int both = 0;
            for (size_t i = 0; i < 4 && !both && docs[w].col == 0; i++)
                if (strncmp(q, and_repealed[i], strlen(and_repealed[i])) == 0)
                    q += strlen(and_repealed[i]), both = 1;
            if (strncmp(q, "的", 3) == 0 || strncmp(q, "了", 3) == 0)
                q += 3;
            const char *end = NULL, *quote = p;
            size_t k = doc_kind(&q);
            double v = -1;
            /* (the kind before both verbs: "规章制发、废止各1件"; not bare 文件) */
            for (size_t i = 0; i < 3 && both && k == 5 && strncmp(q, "各", 3) == 0; i++) {
                size_t l = strlen(doc_kinds[i]);
                if ((size_t)(p - text) >= l && memcmp(p - l, doc_kinds[i], l) == 0)
                    k = i, quote = p - l;
            }
            /* (as many of each kind: "制发规章、行政规范性文件各1件") */
            int each = k == 4 && strncmp(q, "各", 3) == 0;
            double v_out = -1; /* (the repealed, said apart: "制发、废止…分别为2件、5件") */
            if (both && k < 5 && strncmp(q, "分别", strlen("分别")) == 0) {
                const char *unit, *after, *at = q + strlen("分别");
                at = chk_skip_any(at, at + 3, (const char *const[]){"为", "是"}, 2);
                v = count_at_cn(at, &unit, &after);
                if (v < 0 || strcmp(unit, "件") != 0)
                    continue;
                at = chk_skip_any(after, after + 3, joins, sizeof joins / sizeof joins[0]);
                v_out = count_at_cn(at, &unit, &after);
                if (v_out < 0 || strcmp(unit, "件") != 0)
                    continue;
                end = after - 3;
            } else if (both && !(k < 5 && strncmp(q, "各", 3) == 0)) {
                continue;
            } else if (k < 5) {
                v = figure_after(q + (both || each ? 3 : 0), &end);
            } else { /* the count before the kind: "制发的7件行政规范性文件" */
                const char *unit, *after;
                v = count_at_cn(q, &unit, &after);
                q = after;
                if (v < 0 || strcmp(unit, "件") != 0)
                    continue;
                if ((k = doc_kind(&q)) < 5)
                    end = q - 3; /* (quoted through the kind) */
                else if ((k = inherited_kind(text, p)) < 3)
                    end = after - 3;
                else
                    continue;
            }
            /* "制定方案3个", "印发文件12件": not the table's documents; but those repealed
             * after the issued are of their kind ("制发行政规范性文件9件，废止文件7件") */
            if (docs[w].kind && k == 3) {
                const char *ca, *ce;
                clause_of(text, p, &ca, &ce);
                if (docs[w].col != 1 || (k = inherited_kind(text, ca)) >= 3)
                    continue;
            }
            if (v < 0 ||
                (docs[w].kind && not_year_issue(text, p, end, both ? 1 : docs[w].col)))
                continue;
            /* "清理现行有效行政规范性文件42件": those reviewed, some then repealed */
            static const char *const reviewed[] = {"清理", "审查", "梳理", "备案"};
            const char *ca, *ce;
            clause_of(text, p, &ca, &ce);
            if (!docs[w].kind &&
                chk_span_has_any(ca, ce, reviewed, sizeof reviewed / sizeof reviewed[0]))
                continue;
            const char *sa, *se; /* (the whole city's, or its units'; another year's or years';
                                  * part of the year; a plan, a proposal; a difference; some
                                  * issued jointly) */
            sentence(text, p, &sa, &se);
            static const char *const not_done[] = {"计划", "拟",     "推动",   "相比", "上年",
                                                   "去年", "建议",   "待废止", "应当", "应予",
                                                   "同比", "联合"};
            if (other_scope_in(sa, p) || /* (channels are of applications, not documents) */
                other_year(c, sa, end) ||
                chk_span_has_any(sa, p, aims, sizeof aims / sizeof aims[0]) ||
                chk_span_has_any(sa, end, not_done, sizeof not_done / sizeof not_done[0]) ||
                over_years_in(c, sa, end) ||
                chk_span_has_any(sa, p, some_of, sizeof some_of / sizeof some_of[0]) ||
                months(sa, end) || until_within_year(sa, p) || other_body(c, sa, p) ||
                other_government(c, ca, p))
                continue;
            if (docs_differ(k, each, v, regs, norm))
                said_docs(c, quote, end, docs[w].col, regs, norm);
            /* (the verb said once for the other kind too, joined after the count: "现行有效
             * 规章3件、行政规范性文件41件") */
            if (!both && !each && k <= 2) {
                const char *after = end + 3;
                size_t joined = begins_with_which(after, joins, sizeof joins / sizeof joins[0]);
                const char *other = after + joined, *q2 = other, *end2 = NULL;
                size_t k2 = joined ? doc_kind(&q2) : 5;
                double v2 = k2 <= 2 && (k2 == 2) != (k == 2) ? figure_after(q2, &end2) : -1;
                if (v2 >= 0 && docs_differ(k2, 0, v2, regs, norm))
                    said_docs(c, other, end2, docs[w].col, regs, norm);
            }
            double regs_out, norm_out; /* (and, said of both, the repealed) */
            if (both && doc_figures(c, 1, &regs_out, &norm_out) &&
                docs_differ(k == 1 ? 0 : k, each, v_out >= 0 ? v_out : v, regs_out, norm_out))
                said_docs(c, quote, end, 1, regs_out, norm_out);
        }
    }
    static const char *const none_issued[] = {"未制发", "没有制发", "无新制发", "未出台",
                                              "未制定", "未印发"};
    static const char *const none_repealed[] = {"未废止", "没有废止", "无废止"};
    no_documents(c, text, 0, none_issued, sizeof none_issued / sizeof none_issued[0]);
    no_documents(c, text, 1, none_repealed, sizeof none_repealed / sizeof none_repealed[0]);
    outcome_counts(c, text);
    reason_counts(c, text);
    shares(c, text);
    applicant_counts(c, text);
    review_counts(c, text);
    fee_amount(c, text);
}

/* Whether the words before p in its sentence (from) make a claim about table 三's outcomes
 * something else: a condition ("符合公开条件的均予以公开"), some applications only (a channel,
 * a kind of applicant, a subject), another year or years, months, an aim. */
static int not_of_the_years_outcomes(const check_ctx *c, const char *from, const char *p,
                                     const char *to)
{
    static const char *const qualified[] = {"符合", "属于", "可以", "可予", "应当", "应予",
                                            "依法应", "能公开", "能够", "凡", "对于", "涉及",
                                            "其中", "因", "除", "以外", "其他", "其余",
                                            "主动", "自然人", "法人", "企业", "上年", "去年",
                                            "科研机构", "社会公益", "法律服务", "组织", "律师",
                                            "个人", "公民", "单位", "补正", "延期", "外省",
                                            "外地", "上述", "这", "该", "此", "征求", "第三方",
                                            "需要", "减免", "开放", "查阅", "补办", "档案"};
    /* (applications for some documents: "申请公开行政处罚决定书的申请5件", "申请人申请公开的
     * 12件行政许可决定书"; not "依申请公开", nor "申请公开政府信息的申请", all of them) */
    int some_documents = chk_span_has(from, p, "决定书");
    for (const char *a = find_in(from, p, "申请公开"); a && !some_documents;
         a = find_in(a + 1, p, "申请公开")) {
        const char *what = a + strlen("申请公开");
        some_documents = !(a - from >= 3 && memcmp(a - 3, "依", 3) == 0) &&
                         strncmp(what, "政府信息", strlen("政府信息")) != 0 &&
                         strncmp(what, "信息", strlen("信息")) != 0 && chk_span_has(a, p, "的");
    }
    /* (... or something named: "申请人申请的物业维修基金使用信息", "申请人要求公开的征收补偿
     * 方案"; not "申请的信息") */
    static const char *const asked_for[] = {"申请的", "要求公开的"};
    static const char *const anything[] = {"政府信息", "信息", "申请", "事项", "内容"};
    for (size_t k = 0; k < 2 && !some_documents; k++) {
        const char *asked = find_in(from, p, asked_for[k]);
        const char *what = asked ? asked + strlen(asked_for[k]) : NULL;
        some_documents = what && what + 3 < p && !begins_with_any(what, anything, 5) &&
                         !clause_mark(*what);
    }
    return some_documents || other_year(c, from, to) || months(from, to) ||
           chk_span_has_any(from, p, some_of, sizeof some_of / sizeof some_of[0]) ||
           over_years_in(c, from, to) ||
           other_set_in(from, p) ||
           has_any_but_everyone(from, p, qualified, sizeof qualified / sizeof qualified[0]) ||
           chk_span_has_any(from, p, aims, sizeof aims / sizeof aims[0]) || other_body(c, from, p);
}

/* "本年度申请已全部办结", "申请办结率100%" while 四、结转下年度继续办理 has some: the claim
 * word next to 办结 or 答复 (not "均在法定期限内答复", of the answers' time, nor "按时办结率",
 * a rate of answering on time), in a sentence about applications and not of some of them
 * ("上年结转的申请已全部办结", "除…外，其余均已办结").  Where the sentence counts what was all
 * concluded ("收到申请29件，已全部办结"), the applications carried over may be others: it is
 * held against （七）总计 instead. */
static void all_concluded(check_ctx *c, const char *text)
{
    double out = cell_total(c, "carried_out"), total = cell_total(c, "total");
    if (!(out > 0) && isnan(total))
        return;
    static const char *const claims[] = {"已全部办结", "全部办结", "均已办结", "都已办结",
                                         "全部答复完毕", "均已答复", "均已作出答复",
                                         "办结率100%", "办结率为100%", "办结率达100%",
                                         "办结率达到100%", "均在本年度办结", "均在年内办结",
                                         "均已在本年度答复", "均已在本年度办结", "全部答复办结",
                                         "已全部答复", "均已答复完毕"};
    static const char *const in_time[] = {"按时", "按期", "及时", "限时"};
    /* (found by the word each holds, the text read twice, not once a claim) */
    static const char *const anchors[] = {"办结", "答复"};
    enum { NCLAIMS = sizeof claims / sizeof claims[0] };
    for (size_t w = 0; w < 2; w++) {
        size_t offs[NCLAIMS]; /* (where the anchor stands in each claim, SIZE_MAX for none) */
        for (size_t k = 0; k < NCLAIMS; k++) {
            const char *in = strstr(claims[k], anchors[w]);
            offs[k] = in ? (size_t)(in - claims[k]) : SIZE_MAX;
        }
        for (const char *q = chk_next(c, text, anchors[w]); q; q = chk_next(c, q + 1, anchors[w])) {
            const char *p = NULL;
            for (size_t k = 0; k < NCLAIMS && !p; k++) {
                size_t off = offs[k];
                if (off != SIZE_MAX && (size_t)(q - text) >= off &&
                    strncmp(q - off, claims[k], strlen(claims[k])) == 0)
                    p = q - off;
            }
            if (!p)
                continue;
            const char *from, *to, *at, *end;
            sentence(text, p, &from, &to);
            if (!find_in(from, p, "申请") || chk_span_has(from, to, "结转") ||
                chk_span_has(from, to, "其余") || not_of_the_years_outcomes(c, from, p, to) ||
                chk_span_has_any(from, p, not_applications, 4) ||
                other_kind_in(from, p) ||
                ends_with_any(text, p, in_time, sizeof in_time / sizeof in_time[0]))
                continue;
            double v;
            int n = counts_in(from, p, &v, &at, &end);
            char a[32];
            /* (a count larger than the year's answers, of applications named as for
             * information: not a licence's, "驾驶员证申请2,100件，均已办结") */
            if (n == 1 && v > total &&
                (chk_span_has_any(from, to, about_disclosure, 2) || chk_span_has(from, to, "依申请")))
                chk_found(c, chk_line_at(c, from),
                          CHK_LANG(c, "正文：“%.*s”；表格（七）总计为 %s",
                                   "text: “%.*s”; tables: （七）总计 is %s"),
                          (int)(to - from), from, chk_num(a, total));
            /* (a rate of 100% is of all the year handled, whatever count of applications it
             * follows: none can be carried over; not one worked out from the concluded count
             * the sentence gives, "已办结29件，办结率100%") */
            else if ((n == 0 || (n == 1 && strncmp(p, "办结率", strlen("办结率")) == 0)) &&
                     out > 0)
                chk_found(c, chk_line_at(c, from),
                          CHK_LANG(c, "正文：“%.*s”；表格四、结转下年度继续办理总计为 %s",
                                   "text: “%.*s”; tables: 四、结转下年度继续办理总计 is %s"),
                          (int)(to - from), from, chk_num(a, out));
            else
                continue;
            return; /* the first such claim */
        }
    }
}

/* The text says every application was granted ("全年共收到申请29件，均予以公开") while table 三
 * has other outcomes, that none ended some way ("本年度无不予公开的情形") while the table has
 * some, or that all were concluded while some are carried into next year. */
void r_text_outcome_claim(check_ctx *c)
{
    const char *text = chk_narrative(c);
    if (text)
        all_concluded(c, text);
    result_kind o[OUTCOMES_MAX];
    size_t n = text ? result_kinds(c, o) : 0;
    if (n < 2)
        return;
    char a[32];
    /* all granted: o[0] is 予以公开 */
    static const char *const all[] = {"均", "全部", "都", "一律"};
    static const char *const manner_not[] = {"不", "未", "部分", "或"};
    /* (at each 公开: 予以公开, o[0]'s word, or 公开 right after 全部, 均已, 均依法: "收到的申请
     * 全部公开") */
    static const char *const bare[] = {"全部", "均已", "均依法", "均已依法", "均"};
    const size_t granted = strlen(o[0].word), open_len = strlen("公开");
    for (const char *q = chk_next(c, text, "公开"); q; q = chk_next(c, q + 1, "公开")) {
        int full = (size_t)(q - text) + open_len >= granted &&
                   memcmp(q + open_len - granted, o[0].word, granted) == 0;
        const char *p = full ? q + open_len - granted : q;
        if (!full && !begins_with_any(q + open_len, (const char *const[]){"。", ";", ","}, 3))
            continue; /* (bare 公开 ends its clause: not 全部公开的信息) */
        const char *at = full ? NULL : ends_with_any(text, q, bare, sizeof bare / sizeof bare[0]);
        if (!full && !at)
            continue;
        const char *from, *to, *ca, *ce;
        sentence(text, p, &from, &to);
        clause_of(text, p, &ca, &ce);
        /* 均 or 全部 just before 予以公开, or with how between ("均已按照规定予以公开", "全部
         * 按要求予以公开": a few characters, none of them a denial or another outcome) */
        const char *near = p - ca > 24 ? p - 24 : ca;
        for (size_t k = 0; full && k < sizeof all / sizeof all[0]; k++) {
            const char *x = near;
            for (const char *y; (y = find_in(x, p, all[k])) != NULL; x = y + 1)
                if (!at || y > at)
                    at = y;
        }
        if (!at || chk_span_has_any(at, p, manner_not, sizeof manner_not / sizeof manner_not[0]) ||
            (at - text >= 3 && memcmp(at - 3, "平", 3) == 0)) /* (平均: on average) */
            continue;
        if (!find_in(from, at, "申请") || not_of_the_years_outcomes(c, from, at, to) ||
            (q + open_len < ce &&
             !begins_with_any(q + open_len, (const char *const[]){"。", ";"}, 2)))
            continue; /* (the clause ends with it: not "均予以公开答复的时限") */
        xbuf list;
        xbuf_init(&list, 0);
        for (size_t k = 1; k < n; k++)
            if (!isnan(o[k].total) && o[k].total > 0)
                chk_list_add(c, &list, 0, "%.*s %s", label_len(o[k].row->label), o[k].row->label,
                             chk_num(a, o[k].total));
        int said = list.len > 0 && !list.failed;
        if (said)
            chk_found(c, chk_line_at(c, ca),
                      CHK_LANG(c, "正文：“%.*s”；表格另有%s", "text: “%.*s”; tables: also %s"),
                      (int)(ce - ca), ca, list.data);
        xbuf_free(&list);
        break; /* the first such claim */
    }
    /* none of an outcome: "无不予公开的情形", "未出现无法提供的申请" */
    static const char *const none[] = {"没有出现", "未出现", "未发生", "不存在", "没有", "未有",
                                       "无"};
    static const char *const fillers[] = {"任何", "一件", "一例"};
    static const char *const what[] = {"的情形", "的情况", "的申请", "情形", "情况",
                                       "发生",   "出现"};
    const char *words[OUTCOMES_MAX]; /* (the outcomes other than 予以公开, for lists of them) */
    for (size_t k = 1; k < n; k++)
        words[k - 1] = o[k].word;
    for (size_t k = 1; k < n; k++) {
        if (isnan(o[k].total) || o[k].total <= 0)
            continue;
        int found = 0;
        for (const char *p = chk_next(c, text, o[k].word); p && !found;
             p = chk_next(c, p + 1, o[k].word)) {
            const char *b = p, *x;
            /* (one of a list, "无部分公开、不予公开情况": the denial before the list) */
            while (b - text >= 3 && memcmp(b - 3, "、", 3) == 0 &&
                   (x = ends_with_any(text, b - 3, words, n - 1)) != NULL)
                b = x;
            if ((x = ends_with_any(text, b, fillers, sizeof fillers / sizeof fillers[0])) != NULL)
                b = x;
            const char *at = ends_with_any(text, b, none, sizeof none / sizeof none[0]);
            if (!at)
                continue;
            const char *from, *to, *ca, *ce, *after = p + strlen(o[k].word);
            sentence(text, p, &from, &to);
            clause_of(text, p, &ca, &ce);
            /* (the clause ends with what it denies, the rest of a list and 等 aside: not
             * "无不予公开的申请被复议") */
            for (size_t l; strncmp(after, "、", 3) == 0 &&
                           (l = begins_with_which(after + 3, words, n - 1)) > 0;)
                after += 3 + l;
            if (strncmp(after, "等", 3) == 0)
                after += 3;
            after = chk_skip_any(after, ce, what, sizeof what / sizeof what[0]);
            if (after < ce || not_of_the_years_outcomes(c, from, at, to))
                continue;
            chk_found(c, chk_line_at(c, ca),
                      CHK_LANG(c, "正文：“%.*s”；表格%.*s总计为 %s",
                               "text: “%.*s”; tables: %.*s总计 is %s"),
                      (int)(ce - ca), ca, label_len(o[k].row->label), o[k].row->label,
                      chk_num(a, o[k].total));
            found = 1;
        }
    }
}

/* "政策性文件11件" is not the table's 行政规范性文件 (a 政策性文件 need not be one), but a count
 * of them that differs from the documents issued is worth a look. */
void r_text_kinds(check_ctx *c)
{
    const char *text = chk_narrative(c);
    double regs, norm;
    if (!text || !doc_figures(c, 0, &regs, &norm))
        return;
    static const char *const kinds[] = {"政策性文件", "政策文件"};
    for (size_t k = 0; k < 2; k++)
        for (const char *p = chk_next(c, text, kinds[k]); p; p = chk_next(c, p + 1, kinds[k])) {
            const char *end = NULL;
            double v = figure_after(p + strlen(kinds[k]), &end);
            /* (a breakdown of the information published: "主动公开…1523条，其中政策文件36件",
             * or in a sentence of its own, "…主动公开政府信息12,684条。其中，发布政策文件156件") */
            const char *sa, *se, *of, *pa, *pe;
            sentence(text, p, &sa, &se);
            if ((of = find_in(sa, p, "其中")) != NULL && of == sa + strspn(sa, " ") &&
                sa - text >= 3 && full_stop_at(sa - 3)) {
                chk_sentence_of(text, sa - 3, 1, &pa, &pe);
                sa = pa; /* (its 。 no end to the breakdown) */
            }
            if (v < 0 || not_year_issue(text, p, end, 0) || !chk_differs(v, norm) ||
                !chk_differs(v, regs + norm) || (of && chk_span_has(sa, of, "公开")))
                continue;
            said_docs(c, p, end, 0, regs, norm);
            return; /* (once: the first such count) */
        }
}

/* Whether p of text stands inside a title, 《…》: a 《 before it, within a title's length,
 * with no 》 between (looked for so far back only: a check per word stays short). */
static int in_title(const char *text, const char *p)
{
    for (const char *q = p; q - text >= 3 && p - q < 300; q--)
        if (memcmp(q - 3, "》", 3) == 0)
            return 0;
        else if (memcmp(q - 3, "《", 3) == 0)
            return 1;
    return 0;
}

void r_text_fee(check_ctx *c)
{
    const xxgk_report *r = c->r;
    const xxgk_section *six = rep_section_find(r, 6);
    if (!six)
        return; /* struct-section-missing says so */
    if (r->year && r->year < 2021)
        return; /* the fee came in with 国办函〔2020〕109号, in force from 2021 */
    /* 信息处理费 by name, or a fee (收费, 收取, 费用) in a clause not about 行政事业性收费, the
     * other fee, which section 二 counts */
    const char *t = six->text;
    for (const char *p = strstr(t, "处理费"); p; p = strstr(p + 1, "处理费"))
        if (!in_title(t, p))
            return;
    static const char *const fee_words[] = {"收费", "收取", "费用", "免费", "无偿", "缴费",
                                            "计费", "计收"};
    for (size_t k = 0; k < sizeof fee_words / sizeof fee_words[0]; k++)
        for (const char *p = strstr(t, fee_words[k]); p; p = strstr(p + 1, fee_words[k])) {
            const char *a, *e;
            /* (a title cited, "《…信息处理费管理办法》", or its standards, "按件、按量收费标准",
             * say nothing of what was charged) */
            if (in_title(t, p) || strncmp(p, "收费标准", strlen("收费标准")) == 0)
                continue;
            clause_of(t, p, &a, &e);
            /* (or of both: "未收取行政事业性收费及其他费用", "…和其他任何费用") */
            static const char *const others[] = {"其他费用", "任何费用", "相关费用"};
            if (!chk_span_has(a, e, "行政事业") ||
                chk_span_has_any(a, e, others, sizeof others / sizeof others[0]))
                return;
        }
    chk_found(c, six->line, "%s",
              CHK_LANG(c, "第六部分未提及信息处理费", "section 六 does not mention 信息处理费"));
}

/* "未收取行政事业性收费" while section 二 shows an amount collected (2021 format: the 2019
 * format counts items, not money). */
void r_text_no_fees(check_ctx *c)
{
    const xxgk_table_spec *t = chk_table(c, XXGK_TABLE_ACTIVE);
    if (c->r->format != XXGK_FORMAT_2021 || !t)
        return;
    double fee = chk_val(chk_cell(c, chk_row(t, "fees_wan_yuan", -1), 0));
    if (!(fee > 0))
        return;
    const char *text = chk_narrative(c);
    if (!text)
        return;
    /* from each mention of the fee (few: the text is read once for it), the denial next to
     * it ("未收取任何行政事业性收费", "行政事业性收费金额为0"), not of something about it
     * ("未发生因行政事业性收费引起的投诉") */
    static const char *const none[] = {"未收取", "没有收取", "未产生", "未发生", "无行政事业性收费",
                                       "没有行政事业性收费", "不涉及", "为0", "为零", "收费零元"};
    for (const char *p = strstr(text, "行政事业"); p; p = strstr(p + 1, "行政事业")) {
        const char *a, *e;
        clause_of(text, p, &a, &e);
        const char *near_a = p - a > 30 ? p - 30 : a, *near_e = e - p > 60 ? p + 60 : e;
        const char *denial = NULL;
        for (size_t k = 0; k < sizeof none / sizeof none[0] && !denial; k++)
            denial = find_in(near_a, near_e, none[k]);
        static const char *const about[] = {"引起", "投诉", "举报", "不符合", "违规", "乱收费",
                                            "以外", "之外", "外的", "其他", "减免", "清单外",
                                            "变化", "调整", "退费", "项目", "新增", "标准"};
        /* (a change, "为零增长", not the amount) */
        static const char *const change[] = {"增长", "增加", "减少", "下降", "变化"};
        if (!denial || chk_span_has_any(a, e, about, sizeof about / sizeof about[0]) ||
            (strncmp(denial, "为", 3) == 0 &&
             begins_with_any(denial + (denial[3] == '0' ? strlen("为0") : strlen("为零")), change,
                             sizeof change / sizeof change[0])))
            continue;
        const char *sa, *se;
        sentence(text, p, &sa, &se);
        /* for some payers only ("对符合条件的小微企业，未收取…"), beyond some ("除…外"), by
         * another body, at one step ("依申请公开环节"), in another year, or with an amount */
        static const char *const some[] = {"除", "下属", "所属", "环节", "上年", "万元", "涉企",
                                           "依申请", "答复中", "政府信息公开", "提供政府信息"};
        if (strncmp(sa, "对", 3) == 0 ||
            chk_span_has_any(sa, se, some, sizeof some / sizeof some[0]) ||
            other_year(c, sa, se) || other_body(c, sa, denial))
            continue;
        char x[32];
        sentence(text, p, &a, &e);
        chk_found(c, chk_line_at(c, a),
                  CHK_LANG(c, "正文：“%.*s”；表格行政事业性收费本年收费金额为 %s 万元",
                           "text: “%.*s”; tables: 行政事业性收费 collected %s 万元"),
                  (int)(e - a), a, chk_num(x, fee));
        return;
    }
}

/* The text says in one place that no 信息处理费 was charged ("未收取信息处理费") and in another
 * that an amount was ("共收取信息处理费200元"): of the report's own year, both. */
void r_text_fee_contradiction(check_ctx *c)
{
    const char *text = chk_narrative(c);
    if (!text)
        return;
    const char *denied = NULL, *charged = NULL, *da = NULL, *de = NULL, *ca = NULL, *ce = NULL;
    static const char *const none[] = {"未收取", "没有收取", "未产生", "未发生", "不收取",
                                       "无信息处理费", "免收", "免予收取"};
    static const char *const some[] = {"除", "以外", "之外", "标准", "办法", "规定", "如", "若",
                                       "引起", "投诉", "应当", "可以"};
    for (const char *p = strstr(text, "信息处理费"); p && !(denied && charged);
         p = strstr(p + 1, "信息处理费")) {
        const char *a, *e, *sa, *se;
        if (in_title(text, p))
            continue;
        clause_of(text, p, &a, &e);
        sentence(text, p, &sa, &se);
        if (other_year(c, sa, se) || chk_span_has_any(a, e, some, sizeof some / sizeof some[0]))
            continue;
        int no = chk_span_has_any(a, e, none, sizeof none / sizeof none[0]);
        double yuan = yuan_at(p + strlen("信息处理费"), se);
        if (no && !denied)
            denied = p, da = sa, de = se;
        else if (!no && yuan > 0 && chk_span_has(a, p, "收取") && !charged)
            charged = p, ca = sa, ce = se;
    }
    if (!denied || !charged)
        return;
    const char *first_a = denied < charged ? da : ca, *first_e = denied < charged ? de : ce;
    const char *then_a = denied < charged ? ca : da, *then_e = denied < charged ? ce : de;
    chk_found(c, chk_line_at(c, denied < charged ? da : ca),
              CHK_LANG(c, "正文：“%.*s”；又称：“%.*s”", "text: “%.*s”; and: “%.*s”"),
              (int)(first_e - first_a), first_a, (int)(then_e - then_a), then_a);
}

/* Section 二's decisions as the text states them ("全年作出行政处罚决定50件", "本年度未实施行政
 * 强制措施") against the table's 本年处理决定数量: the first statement of each item.  Only the
 * decisions themselves, made by the agency in the year: not those published (公开行政处罚决定书,
 * 公示行政处罚决定36条),
 * some of them (其中, 简易程序, 涉及), another year's, a month's, another body's, nor cases or
 * items (行政许可事项: the list of what may be licensed). */
void r_text_active(check_ctx *c)
{
    const xxgk_table_spec *t = chk_table(c, XXGK_TABLE_ACTIVE);
    const char *text = chk_narrative(c);
    if (!t || !text)
        return;
    static const struct {
        const char *key, *word, *nouns[2];
    } items[] = {{"licensing", "行政许可", {"决定", NULL}},
                 {"penalty", "行政处罚", {"决定", "案件"}},
                 {"coercion", "行政强制", {"决定", "措施"}}};
    static const char *const verbs[] = {"作出", "做出", "实施", "采取"};
    static const char *const none[] = {"未", "没有", "无", "未曾", "尚未"};
    static const char *const some[] = {"公开", "公示", "公布", "发布", "其中", "简易",
                                       "一般程序", "当场", "涉及", "听证",
                                       "撤销", "复议", "诉讼", "纠正", "变更", "确认违法", "执行",
                                       "委托", "联合", "移送", "申请", "平均", "同比", "较上年",
                                       "比上年", "下降", "增长", "增加", "减少", "上年", "不予",
                                       "准予", "类", "立案", "受理", "查办", "查处", "解除",
                                       "撤回", "结案", "办理", "办结"};
    for (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {
        const xxgk_row_spec *row = chk_row(t, items[i].key, -1);
        if (!row || row->ncols < 1)
            continue;
        /* (the 2019 format gives 上一年项目数量 and 本年增/减 first: the decisions come last) */
        double v = chk_val(chk_cell(c, row, row->ncols - 1));
        if (isnan(v))
            continue;
        size_t nn = items[i].nouns[1] ? 2 : 1;
        for (const char *p = chk_next(c, text, items[i].word); p;
             p = chk_next(c, p + 1, items[i].word)) {
            const char *q = p + strlen(items[i].word);
            size_t noun = begins_with_which(q, items[i].nouns, nn);
            const char *verb = ends_with_any(text, p, verbs, sizeof verbs / sizeof verbs[0]);
            const char *from, *to, *ca, *ce;
            sentence(text, p, &from, &to);
            clause_of(text, p, &ca, &ce);
            /* (a list the verb opens: "作出行政许可120件、行政处罚38件") */
            static const char *const listed[] = {"件、", "项、", "次、", "起、", "宗、"};
            const char *opened = NULL;
            for (size_t k = 0; !noun && !verb && k < sizeof verbs / sizeof verbs[0] && !opened;
                 k++)
                opened = find_in(ca, p, verbs[k]);
            if (!noun && !verb &&
                !(opened && memcmp(p - strlen("、"), "、", strlen("、")) == 0 &&
                  chk_span_has_any(opened, p, listed, sizeof listed / sizeof listed[0])))
                continue;
            q += noun;
            const char *start = verb ? verb : p;
            /* (words between a verb and the item name some of them: "作出道路运输行政许可
             * 决定60件", "作出不予行政处罚决定5件") */
            const char *apart = NULL;
            for (size_t k = 0; !verb && k < sizeof verbs / sizeof verbs[0]; k++)
                for (const char *x = ca; (x = find_in(x, p, verbs[k])) != NULL; x++)
                    apart = x;
            /* (but for a list the verb opens: "作出行政许可决定120件、行政处罚决定38件") */
            if (apart && chk_span_has_any(apart, p, listed, sizeof listed / sizeof listed[0]) &&
                memcmp(p - strlen("、"), "、", strlen("、")) == 0)
                apart = NULL;
            if (apart || chk_span_has_any(ca, p, some, sizeof some / sizeof some[0]) ||
                other_year(c, from, p) || months(from, p) || other_body(c, from, p) ||
                other_government(c, ca, ce) ||
                over_years_in(c, ca, p) ||
                other_scope_in(from, p) || /* (channels are of applications, not decisions) */
                chk_span_has_any(from, p, aims, sizeof aims / sizeof aims[0]))
                continue;
            char a[32];
            const char *denial = ends_with_any(text, start, none, sizeof none / sizeof none[0]);
            if (denial) {
                /* the decisions denied outright: nothing but 的情况 after them in the clause */
                const char *rest =
                    chk_skip_any(q, ce, (const char *const[]){"的情况", "的情形", "书"}, 3);
                if (denial < ca || rest != ce)
                    continue;
                if (v > 0)
                    chk_found(c, chk_line_at(c, denial),
                              CHK_LANG(c, "正文：“%.*s”；表格%s本年处理决定数量为 %s",
                                       "text: “%.*s”; tables: %s decisions this year: %s"),
                              (int)(ce - denial), denial, items[i].word, chk_num(a, v));
                break;
            }
            const char *end = NULL;
            double said = figure_after(q, &end);
            /* (measures taken counted in 次: "实施行政强制措施5次") */
            const char *d = chk_skip_any(q, ce, (const char *const[]){"共", "计", "为"}, 3), *e = d;
            while (said < 0 && e < ce && e - d < 9 && *e >= '0' && *e <= '9')
                e++;
            if (said < 0 && e > d && strncmp(e, "次", strlen("次")) == 0) {
                said = strtod(d, NULL);
                end = e;
            }
            /* (not items, "实施行政许可事项32项", nor some of them, "行政处罚决定有2件被申请
             * 行政复议") */
            if (said < 0 || chk_span_has_any(q, end, some, sizeof some / sizeof some[0]) ||
                strncmp(end, "项", strlen("项")) == 0 || chk_span_has(q, end, "有"))
                continue;
            if (chk_differs(said, v))
                chk_found(c, chk_line_at(c, start),
                          CHK_LANG(c, "正文：“%.*s”；表格%s本年处理决定数量为 %s",
                                   "text: “%.*s”; tables: %s decisions this year: %s"),
                          (int)(end - start) + 3, start, items[i].word, chk_num(a, v));
            break; /* the first statement of each */
        }
    }
}

/* What a claim about the cases' outcomes speaks of: the reconsiderations (1), the lawsuits (2)
 * or both (3), by the last one named before it in its sentence ("行政复议3起，均维持"), both when
 * named together ("行政复议、行政诉讼各1起"); 0 when none is named. */
static int cases_spoken_of(const char *from, const char *p)
{
    const char *rec = NULL, *lit = NULL;
    /* (a kind of lawsuit names 复议 too: "未经复议直接起诉", "复议后起诉") */
    for (const char *q = from; q + 6 <= p; q++)
        if (memcmp(q, "复议", 6) == 0 && !(q - from >= 6 && memcmp(q - 6, "未经", 6) == 0) &&
            strncmp(q + 6, "后起诉", 9) != 0 && strncmp(q + 6, "后提起", 9) != 0)
            rec = q;
        else if (memcmp(q, "诉讼", 6) == 0 || memcmp(q, "起诉", 6) == 0 ||
                 memcmp(q, "法院", 6) == 0 || memcmp(q, "判决", 6) == 0)
            lit = q; /* (a court's judgment: "法院判决撤销被诉答复1件") */
    if (!rec || !lit)
        return rec ? 1 : lit ? 2 : 0;
    const char *first = rec < lit ? rec : lit, *last = rec < lit ? lit : rec;
    if (last - (first + 6) <= 12) /* "复议、行政诉讼", "复议和行政诉讼" */
        return 3;
    /* (each counted in one list: "行政复议4件、行政诉讼3件，均未被纠错") */
    static const char *const filler[] = {"案件", "共", "件", "起", "、", "和", "及", ",", "行政"};
    const char *x = first + 6;
    for (int steps = 0; x < last && steps < 8; steps++) {
        while (x < last && *x >= '0' && *x <= '9')
            x++;
        x = chk_skip_any(x, last, filler, sizeof filler / sizeof filler[0]);
    }
    if (x == last)
        return 3;
    /* (both counted, then 其中: of both, "复议4件，诉讼3件，其中被纠错2件"; not when the
     * first had its own, "复议4件，其中维持2件；诉讼3件，其中维持1件") */
    size_t l = strlen("其中");
    if (span_find(last, p, "其中", l) && !span_find(first, last, "其中", l))
        return 3;
    return rec > lit ? 1 : 2;
}

int chk_in_section(const check_ctx *c, const char *p, int standard)
{
    size_t at = chk_place_of(c, p);
    if (!at || c->places[at - 1].within < 0)
        return 0;
    const xxgk_section *sec = xxgk_report_section(c->r, (size_t)c->places[at - 1].within);
    return sec && sec->standard == standard;
}


/* The count written just before a word of how cases ended ("其中3件维持", "1件被撤销", "1件尚未
 * 审结", or with what ended so and by whom between, "有2件政府信息公开答复被法院判决撤销"), in
 * figures, where its digits begin in *at; -1 for none. */
static double count_before(const char *text, const char *p, const char **at_count)
{
    const char *q = p;
    static const char *const how[] = {"判决", "决定"};
    static const char *const bodies[] = {"人民法院", "法院", "行政复议机关", "复议机关",
                                         "上级机关"};
    static const char *const what[] = {"答复", "答复决定", "案件", "申请"};
    const char *at = ends_with_any(text, q, how, sizeof how / sizeof how[0]);
    q = at ? at : q;
    at = ends_with_any(text, q, bodies, sizeof bodies / sizeof bodies[0]);
    q = at ? at : q;
    int passive = q - text >= 3 && memcmp(q - 3, "被", 3) == 0;
    if (q - text >= 3 && (passive || memcmp(q - 3, "尚", 3) == 0))
        q -= 3;
    /* (what ended so, named between the count and 被: a few characters, no figure nor mark) */
    const char *named = passive ? ends_with_any(text, q, what, sizeof what / sizeof what[0])
                                : NULL;
    if (named) {
        const char *n = named;
        while (n - text >= 3 && named - n < 30 && memcmp(n - 3, "件", 3) != 0 &&
               (unsigned char)n[-1] >= 0x80 && !full_stop_at(n - 3))
            n -= 3; /* (three bytes a step: another length ends the walk, no count) */
        if (n - text >= 4 && memcmp(n - 3, "件", 3) == 0 && named - n <= 30)
            q = n;
    }
    if (q - text < 4 || (memcmp(q - 3, "件", 3) != 0 && memcmp(q - 3, "起", 3) != 0))
        return -1;
    q -= 3;
    const char *d = digits_before(text, q);
    if (d == q || q - d > 9 || (d > text && d[-1] == '.'))
        return -1; /* (no figure, or a number too long for a count, or a fraction's) */
    double v = 0;
    *at_count = d;
    for (; d < q; d++)
        v = v * 10 + (*d - '0');
    return v;
}

/* Counts of cases by how they ended, in a sentence about disclosure or in section 四
 * ("政府信息公开行政复议4件，其中维持3件，纠正1件", "行政复议被纠错2件", "尚未审结1件",
 * "其中3件维持"),
 * against section 四's column for the reconsiderations, or for both kinds of lawsuit together;
 * the first of each. */
static void review_counts(check_ctx *c, const char *text)
{
    const xxgk_table_spec *t = chk_table(c, XXGK_TABLE_REVIEW);
    if (!t || !chk_table_present(c, t))
        return;
    static const struct {
        const char *word;
        int col;
        int lawsuits; /* words of lawsuits, unless reconsiderations alone are named */
        int part;     /* one way of the column's: wrong only when more than the column */
    } words[] = {{"维持", 0, 0, 0},
                 {"纠正", 1, 0, 0},
                 {"纠错", 1, 0, 0},
                 {"败诉", 1, 1, 0},
                 {"未审结", 3, 0, 0}, /* (尚未审结 too) */
                 {"驳回诉讼请求", 0, 1, 0},
                 {"驳回原告诉讼请求", 0, 1, 0},
                 {"驳回原告的诉讼请求", 0, 1, 0},
                 {"被撤销", 1, 0, 1},
                 {"撤销答复", 1, 0, 1},
                 {"撤销原答复", 1, 0, 1},
                 {"撤销", 1, 0, 1},
                 {"确认违法", 1, 0, 1},
                 {"确认被诉答复违法", 1, 0, 1},
                 {"确认答复违法", 1, 0, 1},
                 {"责令", 1, 0, 1}};
    static const char *const fillers[] = {"原具体行政行为", "原行政行为", "原答复", "原决定",
                                          "被诉答复", "重新作出答复", "限期重新答复", "重新答复",
                                          "履行法定职责", "履行", "的", "了", "共", "案件", "为"};
    int said = 0, whole = 0; /* a bit per column and kind of case: any count, a whole one's */
    /* Ways of correcting told apart in one sentence ("被撤销1件，确认违法1件") add up to
     * what was corrected: each count once, as several words may end at it. */
    struct parts {
        const char *from, *quote, *end, *counts[8];
        int of, n, flagged;
        double sum, table;
    } parts[8];
    static const char *const courts[] = {"法院", "诉讼", "判决"};
    int nparts = 0;
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
        for (const char *p = chk_next(c, text, words[w].word); p;
             p = chk_next(c, p + 1, words[w].word)) {
            const char *from, *to, *ca, *ce;
            sentence(text, p, &from, &to);
            const char *q = chk_skip_any(p + strlen(words[w].word), to, fillers,
                                         sizeof fillers / sizeof fillers[0]);
            const char *unit, *end, *count = NULL; /* (where the count is, if before) */
            double v = count_at_cn(q, &unit, &end);
            if (v < 0 && (v = count_before(text, p, &count)) >= 0) { /* ("3件维持") */
                unit = "件";
                end = p + strlen(words[w].word);
            }
            if (v < 0 || !(strcmp(unit, "件") == 0 || strcmp(unit, "起") == 0))
                continue;
            clause_of(text, p, &ca, &ce);
            int of = cases_spoken_of(from, p);
            /* (both kinds named in its clause with no count between: "行政复议纠错和行政诉讼
             * 败诉的2件案件", or reconsiderations corrected and lawsuits lost, "被行政复议纠正
             * 和被法院判决败诉的案件共2件") */
            int counted = 0;
            for (const char *x = ca; x < p && !counted; x++)
                counted = *x >= '0' && *x <= '9';
            if (!counted && ((chk_span_has(ca, p, "复议") &&
                              chk_span_has_any(ca, p, (const char *const[]){"诉讼", "法院"}, 2)) ||
                             (words[w].lawsuits && of == 1 &&
                              chk_span_has_any(ca, p, (const char *const[]){"纠正", "纠错"}, 2))))
                of = 3;
            /* (lawsuits lost, or dismissed claims, unless reconsiderations alone are named; in
             * section 四, corrections of no kind named are of all three: "被纠错案件共3件") */
            if (words[w].lawsuits && of != 1 && of != 3)
                of = 2;
            if (of == 0) /* (named after the count: "被纠错的1件复议案件") */
                of = cases_spoken_of(end, ce);
            if (of == 0 && words[w].col == 1 &&
                (chk_in_section(c, p, 4) || chk_in_section(c, p, 5)))
                of = 3; /* (corrections, as often counted together as apart) */
            /* (corrections after both kinds were counted, of both: "行政复议案件16件、行政诉讼
             * 案件14件，被纠错3件"; not after one kind's own 其中) */
            static const char *const corrected[] = {"纠错", "纠正", "撤销", "败诉"};
            if ((of == 1 || of == 2) && words[w].col == 1 && !words[w].lawsuits &&
                chk_span_has(from, p, "复议") && chk_span_has(from, p, "诉讼") &&
                !chk_span_has(from, p, "其中") &&
                !chk_span_has_any(from, p, corrected, sizeof corrected / sizeof corrected[0]))
                of = 3; /* (and no kind's own corrections before: "被行政复议纠错1件、被行政
                         * 诉讼纠错1件") */
            /* (not a kind of lawsuit alone, 复议后起诉 naming 复议 too; not each, some, another
             * year, years, another body, an aim) */
            static const char *const not_all[] = {"起诉", "各", "其他", "其余", "上年", "结转",
                                                  "涉及", "率", "应诉"};
            /* (nor of all cases, disclosure's named only after: "行政复议案件8件，被纠错3件，
             * 其中政府信息公开类1件", "…尚未审结2件；政府信息公开类诉讼案件均已审结") */
            int of_all = !chk_span_has_any(from, p, about_disclosure, 2) &&
                         chk_span_has_any(p, to, about_disclosure, 2);
            int bit = 1 << (of * 4 + words[w].col);
            if (of == 0 || of_all || (said & bit && !words[w].part) || (whole & bit) ||
                (!chk_span_has_any(from, to, about_disclosure, 2) && !chk_in_section(c, p, 4) &&
                 !chk_in_section(c, p, 5)) ||
                chk_span_has_any(from, to, not_all, sizeof not_all / sizeof not_all[0]) ||
                other_year(c, from, to) ||
                over_years_in(c, from, to) ||
                other_set_in(from, to) ||
                chk_span_has_any(from, p, aims, sizeof aims / sizeof aims[0]) ||
                other_body(c, from, to) || months(from, to) || review_body(from, to) ||
                of_other_work(from, to))
                continue;
            /* (a part after the whole, "纠正2件，其中被撤销1件", is no more of it: the whole's
             * words come first) */
            said |= bit;
            whole |= words[w].part ? 0 : bit;
            double x = 0;
            for (int r = of == 2 ? 1 : 0; r < (of == 1 ? 1 : 3); r++)
                x += chk_val(chk_cell(c, &t->rows[r], words[w].col));
            if (words[w].part) {
                int k = 0;
                while (k < nparts && !(parts[k].from == from && parts[k].of == of))
                    k++;
                if (k == nparts && nparts < 8)
                    parts[nparts++] = (struct parts){from, ca, end, {NULL}, of, 0, 0, 0, x};
                int seen = k == nparts;
                const char *key = count ? count : end; /* (the count's place) */
                for (int i = 0; !seen && i < parts[k].n; i++)
                    seen = parts[k].counts[i] == key;
                if (seen)
                    continue; /* (a count read already, by a longer word: 被撤销, 撤销) */
                if (parts[k].n < 8) {
                    parts[k].counts[parts[k].n++] = key;
                    parts[k].sum += v;
                    parts[k].quote = ca < parts[k].quote ? ca : parts[k].quote;
                    parts[k].end = end > parts[k].end ? end : parts[k].end;
                    parts[k].flagged |= !isnan(x) && v > x && chk_differs(v, x);
                }
            }
            if (isnan(x) || !chk_differs(v, x) || (words[w].part && v < x))
                continue;
            char a[32];
            chk_found(c, chk_line_at(c, ca),
                      CHK_LANG(c, "正文：“%.*s”；表格%s%s为 %s", "text: “%.*s”; tables: %s %s is %s"),
                      (int)(end - ca), ca,
                      of == 1   ? "行政复议"
                      : of == 2 ? CHK_LANG(c, "两类行政诉讼", "both kinds of 行政诉讼")
                                : CHK_LANG(c, "行政复议与两类行政诉讼",
                                           "行政复议 and both kinds of 行政诉讼"),
                      t->rows[0].cols[words[w].col].label, chk_num(a, x));
        }
    for (int k = 0; k < nparts; k++) {
        const struct parts *g = &parts[k];
        /* (not where both bodies corrected some: "复议机关撤销的1件…和法院确认违法的1件"; a
         * court's after the parts is of lawsuits, "…，行政诉讼判决撤销1件") */
        static const char *const reviewers[] = {"行政复议案件", "复议机关"};
        if (g->n < 2 || g->flagged || isnan(g->table) || !(g->sum > g->table) ||
            !chk_differs(g->sum, g->table) ||
            (g->of == 1 && chk_span_has_any(g->from, g->end, courts, 3)) ||
            (g->of == 2 && chk_span_has_any(g->quote, g->end, reviewers, 2)))
            continue;
        char a[32], b[32];
        chk_found(c, chk_line_at(c, g->quote),
                  CHK_LANG(c, "正文：“%.*s”，共 %s；表格%s%s为 %s",
                           "text: “%.*s”, %s in all; tables: %s %s is %s"),
                  (int)(g->end - g->quote), g->quote, chk_num(a, g->sum),
                  g->of == 1   ? "行政复议"
                  : g->of == 2 ? CHK_LANG(c, "两类行政诉讼", "both kinds of 行政诉讼")
                               : CHK_LANG(c, "行政复议与两类行政诉讼",
                                          "行政复议 and both kinds of 行政诉讼"),
                  t->rows[0].cols[1].label, chk_num(b, g->table));
    }
    /* the lawsuits all of one kind ("行政诉讼3件，均为复议后起诉") while the other kind has some */
    static const struct {
        const char *words;
        const char *other; /* the row of the other kind */
    } all_one[] = {{"均为复议后起诉", "litigation_direct"},
                   {"均系复议后起诉", "litigation_direct"},
                   {"均为经复议后起诉", "litigation_direct"},
                   {"均为直接起诉", "litigation_after_review"},
                   {"均系直接起诉", "litigation_after_review"},
                   {"均为未经复议直接起诉", "litigation_after_review"}};
    for (size_t w = 0; w < sizeof all_one / sizeof all_one[0]; w++)
        for (const char *p = chk_next(c, text, all_one[w].words); p;
             p = chk_next(c, p + 1, all_one[w].words)) {
            const char *from, *to;
            sentence(text, p, &from, &to);
            const xxgk_row_spec *row = chk_row(t, all_one[w].other, -1);
            double x = row_total(c, row);
            if (!(x > 0) || !chk_span_has(from, p, "诉讼") ||
                (!chk_span_has_any(from, to, about_disclosure, 2) && !chk_in_section(c, p, 4)) ||
                other_year(c, from, to) || over_years_in(c, from, to) ||
                other_set_in(from, to) ||
                other_body(c, from, to) || months(from, to))
                continue;
            char a[32];
            chk_found(c, chk_line_at(c, from),
                      CHK_LANG(c, "正文：“%.*s”；表格%s总计为 %s",
                               "text: “%.*s”; tables: %s总计 is %s"),
                      (int)(p + strlen(all_one[w].words) - from), from, row->label, chk_num(a, x));
            return;
        }
}

/* What the words at p claim, as an account, not an aim ("力争零纠错", "避免被纠错"): 1 the cases
 * all upheld (all, at 均 or 全部: "均维持", "均被驳回") or none corrected (at 纠错: "未发生纠错",
 * "纠错率为零"), 2 all decided (all: "均已审结"); 0 neither. */
static int outcome_claim(const check_ctx *c, const char *text, const char *p, int all)
{
    static const char *const upheld[] = {"均维持", "均被维持", "均予以维持", "均予维持",
                                         "全部维持", "全部被维持", "全部予以维持", "均被驳回",
                                         "均驳回", "均为维持", "均判决驳回", "均裁定驳回",
                                         "均被判决驳回", "均被裁定驳回", "均判决维持",
                                         "均被判决维持", "均胜诉", "全部胜诉", "均获维持",
                                         "均获得维持", "均得到维持", "全部获得维持"};
    /* (the cases all decided: "行政复议案件均已审结") */
    static const char *const concluded[] = {"均已审结", "均审结", "全部审结", "均已结案",
                                            "全部结案", "均已依法审结", "均已办结", "全部办结"};
    static const char *const denied[] = {"未发生", "没有发生", "未出现", "没有出现", "未被",
                                         "没有被", "无被", "无一", "零"};
    static const char *const zero[] = {"率为零", "率为0", "率0", "为零", "为0", "案件为零",
                                       "案件为0"};
    const char *ca, *ce, *after = p + strlen("纠错"); /* (or 败诉) */
    clause_of(text, p, &ca, &ce);
    /* "均以我局胜诉结案", "法院均判决我局胜诉": won, whoever the agency calls itself (not
     * "均未胜诉") */
    const char *won = all && strncmp(p, "均", strlen("均")) == 0
                          ? find_in(p, ce - p > 30 ? p + 30 : ce, "胜诉")
                          : NULL;
    static const char *const not_won[] = {"未", "没", "不", "败"};
    if (won && chk_span_has_any(p, won, not_won, sizeof not_won / sizeof not_won[0]))
        won = NULL;
    /* "均被复议机关维持", "均被法院判决驳回": upheld, whoever upheld them */
    const char *kept = NULL, *near = ce - p > 30 ? p + 30 : ce;
    if (all && strncmp(p, "均被", strlen("均被")) == 0) {
        kept = find_in(p, near, "维持");
        if (!kept)
            kept = find_in(p, near, "驳回");
    }
    if (kept && chk_span_has_any(p, kept, not_won, sizeof not_won / sizeof not_won[0]))
        kept = NULL;
    won = won ? won : kept;
    /* "无纠错案件", "没有纠错": none, said just before (not "无法" or "无误" further back) */
    int none_before = (p - ca >= 3 && memcmp(p - 3, "无", 3) == 0) ||
                      (p - ca >= 6 && memcmp(p - 6, "没有", 6) == 0);
    /* ... or opening a clause whose cases were 被纠错, with no count in it ("无政府信息公开行政
     * 复议被纠错案件", "无行政复议、行政诉讼被纠错的情况") */
    const char *no = find_in(ca, p, "无");
    int counted = 0;
    for (const char *x = ca; x < ce && !counted; x++)
        counted = *x >= '0' && *x <= '9';
    none_before |= no && p - ca >= 3 && memcmp(p - 3, "被", 3) == 0 &&
                   strncmp(no + 3, "法", 3) != 0 && !counted &&
                   chk_skip_any(ca, no, lead_words, sizeof lead_words / sizeof lead_words[0]) == no;
    /* (the cases all corrected, or all still pending) */
    static const char *const corrected[] = {"均被纠正", "均被纠错", "全部被纠正", "全部被纠错",
                                            "均被撤销", "全部被撤销", "均败诉", "全部败诉"};
    static const char *const pending[] = {"均尚未审结", "均未审结", "全部尚未审结", "均在审理中",
                                          "均正在审理", "均处于审理"};
    int claim = all ? (won || begins_with_any(p, upheld, sizeof upheld / sizeof upheld[0]) ? 1
                       : begins_with_any(p, concluded, sizeof concluded / sizeof concluded[0]) ? 2
                       : begins_with_any(p, corrected, sizeof corrected / sizeof corrected[0]) ? 3
                       : begins_with_any(p, pending, sizeof pending / sizeof pending[0])       ? 4
                                                                                              : 0)
                    : none_before ||
                          chk_span_has_any(ca, p, denied, sizeof denied / sizeof denied[0]) ||
                          chk_span_has_any(after, ce - after > 12 ? after + 12 : ce, zero,
                                       sizeof zero / sizeof zero[0]);
    if (!claim || chk_span_has_any(ca, p, aims, sizeof aims / sizeof aims[0]) ||
        chk_span_has(p, ce, "以外") || narrower_cause(ca, ce))
        return 0; /* (not what is beyond corrections: "纠错以外的追责") */
    /* not of some cases only ("对维持的2件案件，没有纠错"), another year or years */
    const char *from, *to;
    sentence(text, p, &from, &to);
    static const char *const others[] = {"其他", "其余", "除"};
    /* (cases of one outcome, all decided: "维持的2件行政复议案件均已审结") */
    static const char *const of_one[] = {"维持的", "纠错的", "纠正的", "驳回的", "撤销的",
                                         "败诉的", "胜诉的"};
    /* (all of some: "其中2件均被纠正"; "均被撤销后已重新作出", of the answers) */
    int of_some = claim != 0 && all && chk_span_has(ca, p, "其中");
    int then_after = claim == 3 && find_in(p, ce - p > 15 ? p + 15 : ce, "后") != NULL;
    return !(none_before && chk_span_has(from, p, "的")) && !of_some && !then_after &&
                   !(claim >= 2 &&
                     chk_span_has_any(from, p, of_one, sizeof of_one / sizeof of_one[0])) &&
                   !chk_span_has(p, to, "除外") &&
                   !chk_span_has_any(from, p, others, sizeof others / sizeof others[0]) &&
                   !other_set_in(from, p) &&
                   !other_body(c, from, p) && !chk_span_has(from, to, "上年") &&
                   !over_years_in(c, from, to) && !other_year(c, from, to)
               ? claim
               : 0;
}

/* The one case a sentence counts, said after its count to have been corrected or to be pending
 * ("引发行政复议1起，被复议机关纠正", "行政诉讼1起，尚未审结"): as 均 would say of several, 3
 * corrected, 4 pending (see outcome_claim); 0 when the sentence counts none or more, denies,
 * or names the outcome of some (其中). p is 撤销, 纠正 or 尚未审结, from the start of its
 * sentence. */
static int single_case_claim(const char *text, const char *from, const char *p)
{
    static const char *const bodies[] = {"被", "被复议机关", "被行政复议机关", "被法院",
                                         "被人民法院", "被上级机关"};
    int pending = strncmp(p, "尚未审结", strlen("尚未审结")) == 0;
    if (!pending && !ends_with_any(text, p, bodies, sizeof bodies / sizeof bodies[0]))
        return 0;
    static const char *const not_one[] = {"其中", "未", "没有", "无", "均", "全部", "除",
                                          "其他", "其余", "上年", "以前"};
    if (chk_span_has_any(from, p, not_one, sizeof not_one / sizeof not_one[0]))
        return 0;
    int counts = 0;
    double v = -1;
    for (const char *q = from; q < p && counts < 2;) {
        const char *unit, *after;
        double x = (q > from && q[-1] >= '0' && q[-1] <= '9') ? -1 : count_at_cn(q, &unit, &after);
        if (x >= 0 && after <= p) {
            counts++;
            v = x;
            q = after;
        } else {
            q++;
        }
    }
    return counts == 1 && v == 1 ? (pending ? 4 : 3) : 0;
}

/* The text says the cases all ended upheld or none was corrected (outcome_claim), where section
 * 四 has cases 结果纠正 (or, against "all upheld", 其他结果); or that all were decided, where it
 * has cases 尚未审结.  Only where the sentence speaks of
 * disclosure, or stands in section 四 or 五: a 司法局 reports every case it decided. */
void r_text_review_outcome(check_ctx *c)
{
    const xxgk_table_spec *t = chk_table(c, XXGK_TABLE_REVIEW);
    const char *text = chk_narrative(c);
    if (!t || !chk_table_present(c, t) || !text)
        return;
    static const char *const rows[3] = {"reconsideration", "litigation_direct",
                                        "litigation_after_review"};
    /* where each claim begins: 均 or 全部 before the words of all upheld, 纠错, 败诉 (of
     * lawsuits: "未发生行政复议、行政诉讼败诉案件" says nothing of reconsiderations), 撤销
     * ("未被复议机关撤销") */
    static const char *const starts[7] = {"均", "全部", "纠错", "败诉", "撤销", "纠正", "尚未审结"};
    /* (纠正 of cases, not of anything put right: "未出现结果纠正案件", "无被纠正的情况") */
    static const char *const cases_after[] = {"案件", "的案件", "情况", "的情况"};
    static const char *const cases_before[] = {"结果", "被"};
    for (int w = 0; w < 7; w++) {
        const int all = w < 2;
        for (const char *p = chk_next(c, text, starts[w]); p; p = chk_next(c, p + 1, starts[w])) {
            const char *a, *e;
            const char *ca, *ce; /* ("未出现被复议机关纠正的政府信息公开案件") */
            clause_of(text, p, &ca, &ce);
            const char *then = p + strlen("纠正");
            sentence(text, p, &a, &e);
            /* (the one case counted, corrected or pending: "行政复议1起，被复议机关纠正") */
            int claim = w >= 4 ? single_case_claim(text, a, p) : 0, single = claim != 0;
            if (w == 5 && !single && !begins_with_any(then, cases_after, 4) &&
                !ends_with_any(text, p, cases_before, 2) &&
                !(strncmp(then, "的", 3) == 0 &&
                  find_in(then, ce - then > 30 ? then + 30 : ce, "案件")))
                continue;
            if (!single && w < 6)
                claim = outcome_claim(c, text, p, all);
            /* (disclosure named in the whole sentence, not only the part of it a semicolon
             * ends: "因依申请公开引发行政复议1起，结果维持；行政诉讼1起，尚未审结") */
            const char *fa, *fe;
            chk_sentence_of(text, p, 0, &fa, &fe);
            if (!claim ||
                (!chk_span_has_any(fa, fe, about_disclosure, 2) && !chk_in_section(c, p, 4) &&
                 !chk_in_section(c, p, 5)) ||
                of_other_work(a, e) || review_body(a, e))
                continue;
            /* the columns that contradict it (结果维持 0, 结果纠正 1, 其他结果 2, 尚未审结 3):
             * against none corrected, 纠正; all upheld, 纠正 and 其他; all decided, 尚未审结;
             * all corrected, the other three; all pending, those decided */
            static const unsigned against[5] = {0, 1u << 1 | 1u << 2, 1u << 3,
                                                1u << 0 | 1u << 2 | 1u << 3,
                                                1u << 0 | 1u << 1 | 1u << 2};
            const unsigned cols = all || single ? against[claim] : 1u << 1;
            int of = cases_spoken_of(a, p);
            if (of == 0 && (all || w >= 4))
                continue; /* "均维持" of what is not said; 撤销 of an application, a permit;
                           * 纠正 of anything ("专栏未出现需要纠正的情况") */
            if (w == 3) /* (败诉 of reconsiderations only when they alone are named) */
                of = of == 1 ? 1 : 2;
            of = of ? of : 3; /* corrections of what is not said: of either */
            /* (one kind of lawsuit named: "直接起诉案件均维持") */
            int direct = chk_span_has(a, p, "直接起诉"), after = chk_span_has(a, p, "复议后起诉");
            xbuf list;
            xbuf_init(&list, 0);
            char v[32];
            for (int r = 0; r < 3; r++) {
                if ((r == 1 && after && !direct) || (r == 2 && direct && !after))
                    continue;
                const xxgk_row_spec *row = chk_row(t, rows[r], -1);
                for (int col = 0; col < 4 && (of & (r == 0 ? 1 : 2)); col++) {
                    if (!(cols & 1u << col))
                        continue;
                    double x = chk_val(chk_cell(c, row, col));
                    if (!isnan(x) && x > 0)
                        chk_list_add(c, &list, 0, "%s%s %s", row->label, row->cols[col].label,
                                     chk_num(v, x));
                }
            }
            int said = list.len > 0 && !list.failed;
            if (said)
                chk_found(c, chk_line_at(c, a),
                          CHK_LANG(c, "正文：“%.*s”；表格%s", "text: “%.*s”; tables: %s"),
                          (int)(e - a), a, list.data);
            xbuf_free(&list);
            if (said)
                return; /* the first such statement */
        }
    }
}

/* A reconsideration or court that corrected the agency is the plainest problem of the year, and
 * section 五 is where the format asks for problems and what is done about them. */
void r_text_corrected(check_ctx *c)
{
    const xxgk_table_spec *t = chk_table(c, XXGK_TABLE_REVIEW);
    const xxgk_section *five = rep_section_find(c->r, 5);
    if (!t || !five)
        return; /* struct-section-missing or struct-table-missing says so */
    xbuf cases;
    xbuf_init(&cases, 0);
    char a[32], b[32];
    for (int i = 0; i < t->nrows; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        double v = chk_val(chk_cell(c, row, 1));
        if (!isnan(v) && v > 0)
            chk_list_add(c, &cases, 0, CHK_LANG(c, "%s %s %s（%s %s）", "%s %s %s (%s %s)"),
                         row->label, row->cols[1].label, chk_num(a, v), row->cols[4].label,
                         chk_fig(c, b, chk_cell(c, row, 4)));
    }
    /* (the case in other words: "存在败诉案件", "答复被法院判决撤销", "被责令重新答复") */
    static const char *const spoken[] = {"复议", "诉讼", "纠错", "纠正", "败诉", "撤销",
                                         "确认违法", "责令"};
    const char *end = five->text + strlen(five->text);
    if (cases.len && !cases.failed &&
        !chk_span_has_any(five->text, end, spoken, sizeof spoken / sizeof spoken[0]))
        chk_found(c, five->line,
                  CHK_LANG(c, "%s；第五部分未提及复议、诉讼或纠错",
                           "%s; section 五 says nothing of reconsideration, litigation or "
                           "correction"),
                  cases.data);
    xbuf_free(&cases);
}
