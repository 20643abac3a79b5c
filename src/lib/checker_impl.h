/* What the checker's rule functions share (checker.c: tables, structure, format, dates;
 * check_text.c: the narrative against the tables; check_wording.c: how the text is written). */
#ifndef XXGK_LIB_CHECKER_IMPL_H
#define XXGK_LIB_CHECKER_IMPL_H

#include <stdint.h>

#include "util/buf.h"
#include "xxgk/xxgk.h"

typedef struct {
    const xxgk_report *r;
    xxgk_findings *f;
    const xxgk_check_options *o;
    const xxgk_rule *rule; /* the rule being applied */
    size_t *sites;         /* places the rule may still look at (see chk_next) */
    char *narrative;       /* the sections without tables, built once for the text rules */
    char *prose;           /* every section, built once for the text rules */
    struct chk_place {     /* where the preamble's lines and the sections start in prose and
                            * narrative */
        size_t prose, narrative;
        unsigned line;     /* a preamble line's number */
        int section;       /* or the section's index, -1 for a line */
        int within;        /* the section it is in (its own place, or a sentence beside its
                            * table's), -1 for a preamble line */
    } *places;
    size_t nplaces;
    size_t prose_len, narrative_len;
    /* Each section's lines by how much text (whitespace aside) comes before their end, built
     * on first use: a finding's line is then a search, not a walk through its section. */
    struct chk_lines {
        size_t n;
        size_t *done;   /* non-blank bytes up to the end of the section's nth text line */
        unsigned *line; /* that line's number in the report */
    } *lines;
    /* The pairs of characters side by side in the narrative, a bit for each (modulo some
     * thousands): a word with a pair it lacks is not looked for there.  NULL: not known. */
    uint64_t *narrative_chars;
} check_ctx;

/* The evidence's own wording in the language asked for (the report's labels and text stay as
 * printed): both formats take the same arguments. */
#define CHK_LANG(c, zh, en) ((c)->o->lang == XXGK_LANG_EN ? (en) : (zh))

/* Record a finding of the current rule with printf-style evidence. */
void chk_found(check_ctx *c, unsigned line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* chk_found, but what it quotes keeps the punctuation as read (for a finding about the
 * punctuation itself). */
void chk_found_verbatim(check_ctx *c, unsigned line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Append an item to a list the evidence gives, after the language's comma (or semicolon, for
 * items that hold commas) unless it is the first. */
void chk_list_add(check_ctx *c, xbuf *list, int semicolon, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* The cell of row in column col. */
const xxgk_cell *chk_cell(const check_ctx *c, const xxgk_row_spec *row, int col);
/* Table t of the report's format, NULL for "other". */
const xxgk_table_spec *chk_table(const check_ctx *c, xxgk_table_id t);
/* Whether r is a report on 2018 or before in none of the formats (the 2007 条例's, in a
 * layout of its own): the format's structure and topics are not asked of it. */
int chk_before_format(const xxgk_report *r);
/* Whether the report printed any cell of table ts. */
int chk_table_present(const check_ctx *c, const xxgk_table_spec *ts);
/* The row with JSON key and index (-1 for a lone row), or NULL. */
const xxgk_row_spec *chk_row(const xxgk_table_spec *t, const char *key, int index);
/* A cell's figure for arithmetic: 0 when blank, NAN when unknown. */
double chk_val(const xxgk_cell *x);
int chk_differs(double a, double b);
/* A figure as printed into buf (32 bytes): whole numbers without decimals. */
const char *chk_num(char *buf, double v);
/* A cell's figure as chk_num gives it, marked when the cell was blank, "/" or "-". */
const char *chk_fig(const check_ctx *c, char *buf, const xxgk_cell *x);

/* The texts the text rules read (check_text.c), with whitespace removed so hard-wrapped
 * sentences read whole: the preamble and every section, each ended by 。; NULL only when memory
 * ran out.  Built once per check. */
const char *chk_prose(check_ctx *c);
/* The same without the tables: the sections without tables whole, and of those with tables
 * the lines that read as sentences, each ended by 。. */
const char *chk_narrative(check_ctx *c);
/* Free what the text rules built: the texts, their places and lines. */
void chk_texts_free(check_ctx *c);
/* The report's line that position p of the prose or the narrative came from; 0 when p is in
 * neither. */
unsigned chk_line_at(const check_ctx *c, const char *p);
/* The line of the report that p, a place in section i's own text, comes from (0: none). */
unsigned chk_section_line_at(const check_ctx *c, size_t i, const char *p);
/* Which place (1-based: a line before section 一, or a section) p of the texts falls in. */
size_t chk_place_of(const check_ctx *c, const char *p);
/* Whether p of the texts falls in the standard section numbered `standard` (1..6). */
int chk_in_section(const check_ctx *c, const char *p, int standard);
/* Places one rule looks at, in all (chk_next): a real report has a few hundred of any word, and
 * text that repeats a phrase a million times would otherwise cost a million sentences. */
#define CHK_SITES_MAX 50000
/* The first `word` at or after p in the prose or the narrative (p points into one of them), or
 * NULL: strstr for the text rules' loops, which stays linear under AddressSanitizer too; NULL
 * too once the rule has looked at CHK_SITES_MAX places. */
const char *chk_next(const check_ctx *c, const char *p, const char *word);

enum { CHK_SCAN_MAX = 32 };
/* A text read for any of some words, in the order they stand in it (as where clauses say there
 * was none): each word's next place is kept, and words that begin alike are searched for
 * together, so the text is read once per first character, not once per word.  Set words and n
 * (at most CHK_SCAN_MAX), the rest zero.  为0 is not taken in a longer number (为05, 为0.5). */
typedef struct {
    const char *const *words;
    size_t n;
    size_t found; /* the word at the place chk_scan_next returned last */
    size_t ngroups;
    char lead[CHK_SCAN_MAX][5];     /* the words by their first character, one group each */
    const char *at[CHK_SCAN_MAX];   /* each group's next place where one of its words is */
    size_t word[CHK_SCAN_MAX];      /* the word there (the first of the list, where two are) */
    unsigned char group[CHK_SCAN_MAX]; /* each word's group */
    const char *end;                /* the text's end */
} chk_scan;
/* The next place of one of the scan's words, its length in *len: text (NUL-ended) on the first
 * call, NULL on the rest; NULL when there is none left. */
const char *chk_scan_next(chk_scan *d, const char *text, size_t *len);

/* Append p without its whitespace at o; returns the new end. */
char *chk_squeeze(char *o, const char *p);
/* The sentence around p in text: bounded by 。, and by ; when semicolons is set. */
void chk_sentence_of(const char *text, const char *p, int semicolons, const char **from,
                     const char **to);
/* Whether the count whose digits start at p of text, its unit ending at after, is a bound, not
 * a figure: "超过50件", "约30件", "30件以上". */
int chk_bounded(const char *text, const char *p, const char *after);
/* Where word is in [a, e) of a NUL-ended text, or NULL. */
const char *chk_span_find(const char *a, const char *e, const char *word);
/* Whether word occurs in [a, e). */
int chk_span_has(const char *a, const char *e, const char *word);
/* Words naming a kind of applicant (自然人, 法人, 企业, …): a count beside one is that kind's. */
#define CHK_APPLICANT_KINDS 7
extern const char *const chk_applicant_kinds[CHK_APPLICANT_KINDS];
/* Whether any of words[0..n) occurs in [a, e). */
int chk_span_has_any(const char *a, const char *e, const char *const *words, size_t n);
/* p past any run of words[0..n) that begins before end. */
const char *chk_skip_any(const char *p, const char *end, const char *const *words, size_t n);

/* Whether agency names a and b (normalized, as xxgk_year_figures has them) name one body: the
 * same, or one ending with the other when that one begins with a place name (洪泽区人民政府,
 * 淮安市洪泽区人民政府) (years.c). */
int chk_agency_alike(const char *a, const char *b);

/* The text rules: the narrative against the tables (check_text.c) ... */
void r_text_no_requests(check_ctx *c);
void r_text_no_review(check_ctx *c);
void r_text_figures(check_ctx *c);
void r_text_fee(check_ctx *c);
void r_text_no_fees(check_ctx *c);
void r_text_fee_contradiction(check_ctx *c);
void r_text_active(check_ctx *c);
void r_text_corrected(check_ctx *c);
void r_text_review_outcome(check_ctx *c);
void r_text_outcome_claim(check_ctx *c);
void r_text_kinds(check_ctx *c);
void r_text_overview(check_ctx *c);
/* ... and how it is written (check_wording.c). */
void r_text_sum(check_ctx *c);
void r_text_year(check_ctx *c);
void r_text_period(check_ctx *c);
void r_text_typo(check_ctx *c);
void r_text_agency(check_ctx *c);
void r_text_signature(check_ctx *c);
void r_text_garbled(check_ctx *c);
void r_text_brackets(check_ctx *c);
void r_text_placeholder(check_ctx *c);

#endif
