/*
 * List and heading numbering of OpenDocument texts: the "一、", "（二）" or "3." LibreOffice
 * draws before a list paragraph or a heading is not in its text but in a list style (or, for
 * headings, the outline style) of up to ten levels, each with its format ("一, 二, 三, ...",
 * "1", "a"), prefix, suffix, start and how many levels above it to show.  A report saved from
 * Word in LibreOffice numbers its headings so, as the Word document did through its numbering
 * part; the numbers are written here with the same forms as Word's.
 */
#include "lib/odt_lists.h"

#include <stdlib.h>
#include <string.h>

#include "lib/docx_numbering.h"
#include "lib/package.h"
#include "xxgk/xxgk.h"

#define NS_TEXT "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define NS_STYLE "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define NS_OFFICE "urn:oasis:names:tc:opendocument:xmlns:office:1.0"

#define LEVELS 10

typedef struct {
    char format[24]; /* as Word names it: "chineseCounting", "decimal", "bullet", "none" */
    char prefix[24], suffix[24];
    int start, display;
} list_level;

/* How far one list has counted: each level's number, and whether the level has begun. */
typedef struct {
    int count[LEVELS];
    unsigned char begun[LEVELS];
} list_counts;

typedef struct {
    xmlChar *name;
    list_level lvl[LEVELS];
    list_counts lists; /* its text:list lists' (one begins again where it does not continue) */
    list_counts alone; /* the paragraphs outside lists its paragraph style numbers: one list */
} list_style;

/* A list of numbered paragraphs (text:numbered-paragraph): its text:list-id (NULL when its
 * paragraphs gave none) and a hash of it, and the list style its last paragraph named. */
typedef struct {
    xmlChar *id;
    unsigned long long hash;
    int style;
    list_counts c;
} para_list;

/* (a report has a few; more are numbered no longer, each paragraph's look-up bounded) */
#define MAX_PARA_LISTS 256

struct odt_lists {
    list_style *styles; /* in order of name, for bsearch */
    size_t n;
    list_style outline;
    para_list *paras; /* MAX_PARA_LISTS of them, made with the first numbered paragraph */
    size_t nparas;
    int last; /* the list of the last numbered paragraph, -1 none */
};

static int int_attr(const xmlNode *n, const char *ns, const char *name, int otherwise)
{
    xmlChar *v = xmlGetNsProp((xmlNode *)n, BAD_CAST name, BAD_CAST ns);
    char *end = NULL;
    long x = v ? strtol((const char *)v, &end, 10) : otherwise;
    int ok = !v || (end != (char *)v && x >= 0 && x <= 1000000);
    xmlFree(v);
    return ok ? (int)x : otherwise;
}

/* Attribute ns:name of n into out, or "" when it is absent or does not fit. */
static void str_attr(const xmlNode *n, const char *ns, const char *name, char *out, size_t cap)
{
    xmlChar *v = xmlGetNsProp((xmlNode *)n, BAD_CAST name, BAD_CAST ns);
    size_t len = v ? strlen((const char *)v) : 0;
    if (len >= cap)
        len = 0; /* (cut in two, a character would be half of one) */
    memcpy(out, v ? (const char *)v : "", len);
    out[len] = '\0';
    xmlFree(v);
}

/* An ODF number format (style:num-format: "1", "a", "I", or LibreOffice's names of the others
 * by their first three, "一, 二, 三, ...") as the Word format that writes it. */
static const char *word_format(const char *f)
{
    static const struct {
        const char *odf, *word;
    } forms[] = {{"1", "decimal"},       {"a", "lowerLetter"},
                 {"A", "upperLetter"},   {"i", "lowerRoman"},
                 {"I", "upperRoman"},    {"01", "decimalZero"},
                 {"一", "chineseCounting"}, {"壹", "chineseLegalSimplified"},
                 {"甲", "ideographTraditional"}, {"①", "decimalEnclosedCircle"}};
    if (!*f)
        return "none"; /* (a level that shows no number of its own, only its prefix and suffix) */
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
        if (strncmp(f, forms[i].odf, strlen(forms[i].odf)) == 0)
            return forms[i].word;
    return "decimal";
}

/* The levels of a list style or the outline style from its children. */
static void read_levels(list_style *s, const xmlNode *first)
{
    for (int k = 0; k < LEVELS; k++)
        s->lvl[k] = (list_level){"none", "", "", 1, 1};
    for (const xmlNode *c = first; c; c = c->next) {
        int number = package_is(c, NS_TEXT, "list-level-style-number") ||
                     package_is(c, NS_TEXT, "outline-level-style");
        int bullet = package_is(c, NS_TEXT, "list-level-style-bullet") ||
                     package_is(c, NS_TEXT, "list-level-style-image");
        int k = number || bullet ? int_attr(c, NS_TEXT, "level", 0) - 1 : -1;
        if (k < 0 || k >= LEVELS)
            continue;
        list_level *lv = &s->lvl[k];
        if (bullet) {
            strcpy(lv->format, "bullet");
            continue;
        }
        char f[64];
        str_attr(c, NS_STYLE, "num-format", f, sizeof f);
        strcpy(lv->format, word_format(f));
        str_attr(c, NS_STYLE, "num-prefix", lv->prefix, sizeof lv->prefix);
        str_attr(c, NS_STYLE, "num-suffix", lv->suffix, sizeof lv->suffix);
        lv->start = int_attr(c, NS_TEXT, "start-value", 1);
        lv->display = int_attr(c, NS_TEXT, "display-levels", 1);
    }
}

/* The list styles among the children of an office:styles or office:automatic-styles, into
 * out and the outline style into l (only counted when l is NULL). */
static size_t read_styles(odt_lists *l, const xmlDoc *doc, const char *which, list_style *out)
{
    size_t n = 0;
    const xmlNode *root = doc ? xmlDocGetRootElement((xmlDoc *)doc) : NULL;
    for (const xmlNode *c = root ? root->children : NULL; c; c = c->next) {
        if (!package_is(c, NS_OFFICE, which))
            continue;
        for (const xmlNode *s = c->children; s; s = s->next)
            if (package_is(s, NS_TEXT, "list-style")) {
                if (l) {
                    out[n].name = xmlGetNsProp((xmlNode *)s, BAD_CAST "name", BAD_CAST NS_STYLE);
                    read_levels(&out[n], s->children);
                }
                n++;
            } else if (package_is(s, NS_TEXT, "outline-style") && l) {
                read_levels(&l->outline, s->children);
            }
    }
    return n;
}

static int by_name(const void *a, const void *b)
{
    const xmlChar *x = ((const list_style *)a)->name, *y = ((const list_style *)b)->name;
    return xmlStrcmp(x ? x : BAD_CAST "", y ? y : BAD_CAST "");
}

int odt_lists_read(odt_lists **out, const xmlDoc *styles, const xmlDoc *content)
{
    odt_lists *l = *out = calloc(1, sizeof **out);
    if (!l)
        return XXGK_ENOMEM;
    read_levels(&l->outline, NULL);
    l->last = -1;
    size_t n = read_styles(NULL, styles, "styles", NULL) +
               read_styles(NULL, content, "automatic-styles", NULL);
    l->styles = n ? calloc(n, sizeof *l->styles) : NULL;
    if (n && !l->styles) {
        free(l);
        *out = NULL;
        return XXGK_ENOMEM;
    }
    l->n = read_styles(l, styles, "styles", l->styles);
    l->n += read_styles(l, content, "automatic-styles", n ? l->styles + l->n : NULL);
    if (l->n) /* (qsort and bsearch take no NULL, even for nothing) */
        qsort(l->styles, l->n, sizeof *l->styles, by_name);
    return 0;
}

void odt_lists_free(odt_lists *l)
{
    if (!l)
        return;
    for (size_t i = 0; i < l->n; i++)
        xmlFree(l->styles[i].name);
    for (size_t i = 0; i < l->nparas; i++)
        xmlFree(l->paras[i].id);
    free(l->styles);
    free(l->paras);
    free(l);
}

int odt_lists_style(const odt_lists *l, const xmlChar *name)
{
    if (!l || !l->n || !name)
        return -1;
    list_style key = {.name = (xmlChar *)name};
    const list_style *s = bsearch(&key, l->styles, l->n, sizeof key, by_name);
    return s ? (int)(s - l->styles) : -1;
}

void odt_lists_restart(odt_lists *l, int style)
{
    if (l && style >= 0 && (size_t)style < l->n)
        memset(l->styles[style].lists.begun, 0, sizeof l->styles[style].lists.begun);
}

/* The next label of list c drawn by style s at level (1 on): this level counts on, the levels
 * below it begin again; shown with as many levels above it as the level says, joined by
 * points. */
static void label(const list_style *s, list_counts *c, int level, int start, xbuf *out)
{
    if (level < 1 || level > LEVELS)
        return;
    int k = level - 1;
    c->count[k] = start >= 1                ? start
                  : start == 0 || !c->begun[k] ? s->lvl[k].start
                                                : c->count[k] + 1;
    c->begun[k] = 1;
    for (int j = k + 1; j < LEVELS; j++)
        c->begun[j] = 0;
    const list_level *lv = &s->lvl[k];
    if (strcmp(lv->format, "bullet") == 0 || (strcmp(lv->format, "none") == 0 &&
                                               !*lv->prefix && !*lv->suffix))
        return;
    int shown = lv->display < 1 ? 1 : lv->display > level ? level : lv->display;
    xbuf_puts(out, lv->prefix);
    int put = 0; /* (the levels that show a number, a point between them) */
    for (int j = k - shown + 1; j <= k; j++) {
        if (strcmp(s->lvl[j].format, "none") == 0 || strcmp(s->lvl[j].format, "bullet") == 0)
            continue;
        if (put++)
            xbuf_putc(out, '.');
        docx_numbering_put(out, s->lvl[j].format, c->begun[j] ? c->count[j] : s->lvl[j].start);
    }
    xbuf_puts(out, lv->suffix);
}

void odt_lists_next(odt_lists *l, int style, int level, int start, xbuf *out)
{
    if (l && style >= 0 && (size_t)style < l->n)
        label(&l->styles[style], &l->styles[style].lists, level, start, out);
}

void odt_lists_heading(odt_lists *l, int level, int start, xbuf *out)
{
    if (l)
        label(&l->outline, &l->outline.lists, level, start, out);
}

void odt_lists_styled(odt_lists *l, int style, int level, int start, xbuf *out)
{
    if (l && style >= 0 && (size_t)style < l->n)
        label(&l->styles[style], &l->styles[style].alone, level, start, out);
}

/* (FNV-1a: a list's id is compared whole only where the hashes agree, however long ids are) */
static unsigned long long hash_of(const xmlChar *id)
{
    unsigned long long h = 14695981039346656037ULL;
    for (; *id; id++)
        h = (h ^ *id) * 1099511628211ULL;
    return h;
}

/* The list of numbered paragraphs a paragraph of list `id` (NULL none) and style `style`
 * belongs to: the one of that id, the last one for a paragraph that names none where it names
 * no other style, or else a new one (counting on from the last where `cont` says so); NULL
 * past MAX_PARA_LISTS or out of memory (failing out). */
static para_list *para_list_of(odt_lists *l, const xmlChar *id, int style, int cont, xbuf *out)
{
    if (!id && l->last >= 0 && (style < 0 || style == l->paras[l->last].style))
        return &l->paras[l->last];
    unsigned long long h = id ? hash_of(id) : 0;
    for (size_t i = 0; id && i < l->nparas; i++)
        if (l->paras[i].hash == h && l->paras[i].id && xmlStrEqual(l->paras[i].id, id))
            return &l->paras[i];
    if (l->nparas == MAX_PARA_LISTS)
        return NULL;
    if (!l->paras && !(l->paras = calloc(MAX_PARA_LISTS, sizeof *l->paras))) {
        out->failed = 1;
        return NULL;
    }
    para_list *p = &l->paras[l->nparas];
    *p = (para_list){id ? xmlStrdup(id) : NULL, h, -1, {{0}, {0}}};
    if (id && !p->id) {
        out->failed = 1;
        return NULL;
    }
    if (cont && l->last >= 0)
        p->c = l->paras[l->last].c;
    l->nparas++;
    return p;
}

void odt_lists_numbered(odt_lists *l, const xmlChar *id, int style, int level, int start,
                        int cont, xbuf *out)
{
    para_list *p = l ? para_list_of(l, id, style, cont, out) : NULL;
    if (!p)
        return;
    if (style >= 0 && (size_t)style < l->n)
        p->style = style;
    l->last = (int)(p - l->paras);
    if (p->style >= 0)
        label(&l->styles[p->style], &p->c, level, start, out);
}
