/*
 * List numbering of Word documents: the "一、", "（二）" or "3." Word draws before a numbered
 * paragraph is not in its text but in the numbering part, and reports number their headings
 * so.  Each list (w:num) refers to a definition (w:abstractNum) of nine levels, each with its
 * start, format (numFmt) and text ("%1、"); lists of one definition count on together, unless
 * one sets its own start (w:startOverride).
 */
#include "lib/docx_numbering.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/docx_text.h"
#include "util/text.h"
#include "xxgk/xxgk.h"

#define LEVELS 9

typedef struct {
    int start;
    char format[32];
    char text[64]; /* lvlText, "%1、" */
} level;

typedef struct {
    int id;
    level lvl[LEVELS];
} definition;

typedef struct {
    int id;
    size_t def;             /* index into defs */
    int start[LEVELS];      /* its own starts (w:startOverride), or -1 */
    size_t counter;         /* index into counters: its definition's, or its own */
} list;

struct docx_numbering {
    definition *defs;
    size_t ndefs;
    list *lists; /* in order of id, for bsearch */
    size_t nlists;
    int (*counters)[LEVELS]; /* the last number given at each level; 0: none yet */
};

static int int_prop(const xmlNode *n, const char *name, int otherwise)
{
    xmlChar *v = xmlGetProp(n, BAD_CAST name);
    char *end = NULL;
    long x = v ? strtol((const char *)v, &end, 10) : otherwise;
    int ok = !v || (end != (char *)v && x >= -1000000 && x <= 1000000);
    xmlFree(v);
    return ok ? (int)x : otherwise;
}

static void str_prop(const xmlNode *n, char *out, size_t cap)
{
    xmlChar *v = xmlGetProp(n, BAD_CAST "val");
    snprintf(out, cap, "%s", v ? (const char *)v : "");
    xmlFree(v);
}

/* The value of the w:val of n's first child called name, or otherwise. */
static int child_val(const xmlNode *n, const char *name, int otherwise)
{
    for (const xmlNode *c = n->children; c; c = c->next)
        if (docx_is_w(c, name))
            return int_prop(c, "val", otherwise);
    return otherwise;
}

static void read_definition(definition *d, const xmlNode *n)
{
    d->id = int_prop(n, "abstractNumId", -1);
    for (int l = 0; l < LEVELS; l++)
        d->lvl[l] = (level){1, "decimal", ""};
    for (const xmlNode *c = n->children; c; c = c->next) {
        int l = docx_is_w(c, "lvl") ? int_prop(c, "ilvl", -1) : -1;
        if (l < 0 || l >= LEVELS)
            continue;
        d->lvl[l].start = child_val(c, "start", 1);
        for (const xmlNode *p = c->children; p; p = p->next)
            if (docx_is_w(p, "numFmt"))
                str_prop(p, d->lvl[l].format, sizeof d->lvl[l].format);
            else if (docx_is_w(p, "lvlText"))
                str_prop(p, d->lvl[l].text, sizeof d->lvl[l].text);
    }
}

static int by_id(const void *a, const void *b)
{
    int x = ((const list *)a)->id, y = ((const list *)b)->id;
    return (x > y) - (x < y);
}

int docx_numbering_read(docx_numbering **out, const xmlDoc *doc)
{
    *out = calloc(1, sizeof **out);
    docx_numbering *nb = *out;
    if (!nb)
        return XXGK_ENOMEM;
    const xmlNode *root = doc ? xmlDocGetRootElement((xmlDoc *)doc) : NULL;
    size_t nd = 0, nl = 0;
    for (const xmlNode *c = root ? root->children : NULL; c; c = c->next) {
        nd += docx_is_w(c, "abstractNum");
        nl += docx_is_w(c, "num");
    }
    nb->defs = nd ? calloc(nd, sizeof *nb->defs) : NULL;
    nb->lists = nl ? calloc(nl, sizeof *nb->lists) : NULL;
    nb->counters = nd + nl ? calloc(nd + nl, sizeof *nb->counters) : NULL;
    if ((nd && !nb->defs) || (nl && !nb->lists) || (nd + nl && !nb->counters)) {
        docx_numbering_free(nb);
        *out = NULL;
        return XXGK_ENOMEM;
    }
    for (const xmlNode *c = root ? root->children : NULL; c; c = c->next)
        if (docx_is_w(c, "abstractNum"))
            read_definition(&nb->defs[nb->ndefs++], c);
    for (const xmlNode *c = root ? root->children : NULL; c; c = c->next) {
        if (!docx_is_w(c, "num"))
            continue;
        int def = child_val(c, "abstractNumId", -1);
        size_t k = 0;
        while (k < nb->ndefs && nb->defs[k].id != def)
            k++;
        if (k == nb->ndefs)
            continue; /* (a list of no definition: its paragraphs unnumbered) */
        list *l = &nb->lists[nb->nlists];
        *l = (list){int_prop(c, "numId", -1), k, {0}, k};
        int own = 0;
        for (int v = 0; v < LEVELS; v++)
            l->start[v] = -1;
        for (const xmlNode *o = c->children; o; o = o->next) {
            int v = docx_is_w(o, "lvlOverride") ? int_prop(o, "ilvl", -1) : -1;
            int s = v >= 0 && v < LEVELS ? child_val(o, "startOverride", -1) : -1;
            if (s >= 0) {
                l->start[v] = s;
                own = 1;
            }
        }
        if (own)
            l->counter = nb->ndefs + nb->nlists;
        nb->nlists++;
    }
    if (nb->nlists) /* (qsort and bsearch take no NULL, even for nothing) */
        qsort(nb->lists, nb->nlists, sizeof *nb->lists, by_id);
    return 0;
}

void docx_numbering_free(docx_numbering *n)
{
    if (!n)
        return;
    free(n->defs);
    free(n->lists);
    free(n->counters);
    free(n);
}

void docx_numbering_put(xbuf *out, const char *format, int v)
{
    static const char *const cn[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    static const char *const legal[] = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
    static const char *const stems[] = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"};
    int big = strcmp(format, "chineseLegalSimplified") == 0;
    if (strncmp(format, "chineseCounting", 15) == 0 || strcmp(format, "japaneseCounting") == 0 ||
        strcmp(format, "taiwaneseCounting") == 0 || big) {
        const char *const *digit = big ? legal : cn;
        if (v >= 1 && v <= 99) {
            if (v >= 20)
                xbuf_puts(out, digit[v / 10]);
            if (v >= 10)
                xbuf_puts(out, big ? "拾" : "十");
            if (v % 10)
                xbuf_puts(out, digit[v % 10]);
            return;
        }
    } else if (strcmp(format, "ideographTraditional") == 0) {
        if (v >= 1 && v <= 10) {
            xbuf_puts(out, stems[v - 1]);
            return;
        }
    } else if (strncmp(format, "decimalEnclosedCircle", 21) == 0) {
        if (v >= 1 && v <= 20) {
            char c[4] = {(char)0xE2, (char)0x91, (char)(0xA0 + v - 1), 0}; /* U+2460 on */
            xbuf_puts(out, c);
            return;
        }
    } else if (strcmp(format, "upperLetter") == 0 || strcmp(format, "lowerLetter") == 0) {
        if (v >= 1) {
            char c = (char)((format[0] == 'u' ? 'A' : 'a') + (v - 1) % 26);
            for (int k = 0; k <= (v - 1) / 26 && k < 8; k++)
                xbuf_putc(out, c);
            return;
        }
    } else if (strcmp(format, "upperRoman") == 0 || strcmp(format, "lowerRoman") == 0) {
        static const struct {
            int v;
            const char *s;
        } r[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
                 {50, "L"},   {40, "XL"},  {10, "X"},  {9, "IX"},   {5, "V"},   {4, "IV"},
                 {1, "I"}};
        if (v >= 1 && v < 4000) {
            for (size_t k = 0; k < sizeof r / sizeof r[0]; k++)
                for (; v >= r[k].v; v -= r[k].v)
                    for (const char *p = r[k].s; *p; p++)
                        xbuf_putc(out, format[0] == 'u' ? *p : (char)(*p | 0x20));
            return;
        }
    } else if (strcmp(format, "decimalZero") == 0) {
        xbuf_printf(out, "%02d", v);
        return;
    }
    xbuf_printf(out, "%d", v);
}

void docx_numbering_next(docx_numbering *n, int num_id, int ilvl, xbuf *out)
{
    if (!n || !n->nlists || ilvl < 0 || ilvl >= LEVELS)
        return;
    list key = {.id = num_id};
    const list *l = bsearch(&key, n->lists, n->nlists, sizeof key, by_id);
    if (!l)
        return;
    const definition *d = &n->defs[l->def];
    int *count = n->counters[l->counter];
    const level *lv = d->lvl;
    /* this level counts on; the levels below it start again */
    int start = l->start[ilvl] >= 0 ? l->start[ilvl] : lv[ilvl].start;
    count[ilvl] = count[ilvl] ? count[ilvl] + 1 : start;
    for (int k = ilvl + 1; k < LEVELS; k++)
        count[k] = 0;
    if (strcmp(lv[ilvl].format, "bullet") == 0 || strcmp(lv[ilvl].format, "none") == 0)
        return;
    for (const char *p = lv[ilvl].text; *p; p++) {
        if (p[0] == '%' && p[1] >= '1' && p[1] <= '9') {
            int k = p[1] - '1';
            int v = count[k] ? count[k] : (l->start[k] >= 0 ? l->start[k] : lv[k].start);
            docx_numbering_put(out, lv[k].format, v);
            p++;
        } else {
            xbuf_putc(out, *p);
        }
    }
}
