/*
 * HTML input: a published page turned into the text the reader already knows.  The article is
 * found (a CMS's content container, <article>, or the body), paragraphs become lines, and each
 * table row becomes one tab-separated line, so tables feed the same recognizer as Word copies.
 */
#include "lib/html_text.h"

#include <ctype.h>
#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lib/layout.h"
#include "lib/links.h"
#include "lib/package.h"
#include "lib/table_grid.h"
#include "util/lang.h"
#include "util/text.h"
#include "xxgk/xxgk.h"

#define HTML_MAX_BYTES ((size_t)16 << 20)
/* The most text a ledger's page may make, as a workbook's (SHEET_MAX_TEXT): its merged cells
 * repeat their text in each row they span, so 16 MiB of page could make gigabytes. */
#define LEDGER_MAX_TEXT ((size_t)64 << 20)

/* "<html" within the first 64 KB (data need not be NUL-terminated). */
static int has_html_tag(const char *data, size_t len)
{
    size_t end = len < 65536 ? len : 65536;
    for (size_t i = 0; i + 5 <= end; i++)
        if (data[i] == '<' && strncasecmp(data + i, "<html", 5) == 0)
            return 1;
    return 0;
}

/* Whether a line of data[0..len) is a Markdown table's delimiter row ("|---|---|",
 * "| :-- | --- |"): Markdown that opens with raw HTML, as pandoc writes a page's <div>s, is no
 * fragment of a page, and read as HTML its lines would run together. */
static int markdown_rule_row(const char *data, size_t len)
{
    for (const char *p = data, *end = data + len; p < end;) {
        const char *e = memchr(p, '\n', (size_t)(end - p));
        size_t n = (size_t)((e ? e : end) - p), lead = 0;
        while (lead < n && (p[lead] == ' ' || p[lead] == '\t'))
            lead++;
        if (lead < n && p[lead] == '|' && layout_pipe_rule(p + lead, n - lead))
            return 1;
        if (!e)
            break;
        p = e + 1;
    }
    return 0;
}

/* A part of a page saved on its own ("<div class=\"content\">…", "<p>…</p><table>…"): a tag
 * first, at i, and the end tag of a common element within the first 64 KB; not Markdown with
 * raw HTML in it. */
static int fragment(const char *data, size_t i, size_t len)
{
    static const char *const ends[] = {"</p>", "</div>", "</table>", "</td>", "</span>",
                                       "</body>", "</tr>"};
    if (i + 2 > len || data[i] != '<' || !isalpha((unsigned char)data[i + 1]))
        return 0;
    size_t end = len < 65536 ? len : 65536;
    for (size_t k = i; k + 4 <= end; k++)
        if (data[k] == '<' && data[k + 1] == '/')
            for (size_t e = 0; e < sizeof ends / sizeof ends[0]; e++) {
                size_t n = strlen(ends[e]);
                if (end - k >= n && strncasecmp(data + k, ends[e], n) == 0)
                    return !markdown_rule_row(data, len);
            }
    return 0;
}

int html_is_html(const char *data, size_t len)
{
    size_t i = 0;
    if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0)
        i = 3;
    while (i < len && isspace((unsigned char)data[i]))
        i++;
    /* (an XHTML page's XML declaration or stylesheet first: <?xml version="1.0"?>) */
    for (int pis = 0; pis < 4 && len - i >= 5 && memcmp(data + i, "<?xml", 5) == 0; pis++) {
        size_t e = i + 5, end = len - i < 4096 ? len : i + 4096;
        while (e + 1 < end && !(data[e] == '?' && data[e + 1] == '>'))
            e++;
        if (e + 1 >= end)
            break;
        i = e + 2;
        while (i < len && isspace((unsigned char)data[i]))
            i++;
    }
    static const char *const starts[] = {"<!doctype html", "<html", "<head", "<meta", "<!--"};
    for (size_t k = 0; k < sizeof starts / sizeof starts[0]; k++) {
        size_t l = strlen(starts[k]);
        if (len - i >= l && strncasecmp(data + i, starts[k], l) == 0)
            return k < 4 || (len > 512 && has_html_tag(data, len)); /* a comment, then html */
    }
    return fragment(data, i, len);
}

static int is(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && xmlStrcasecmp(n->name, BAD_CAST name) == 0;
}

static int is_block(const xmlNode *n)
{
    static const char *const blocks[] = {"p",  "div", "h1",    "h2",      "h3",      "h4",
                                         "h5", "h6",  "li",    "section", "article", "br",
                                         "table", "blockquote", "center", "dd", "dt", "pre",
                                         "tr", "ul", "ol", "hr", "td", "th"};
    for (size_t i = 0; i < sizeof blocks / sizeof blocks[0]; i++)
        if (is(n, blocks[i]))
            return 1;
    return 0;
}

/* The node after c in document order among top's descendants: c's first child when into,
 * else the next node not under c; NULL after the last.  The walks go so rather than by
 * recursion, which would take the stack as deep as the page nests (thousands of elements). */
static const xmlNode *next_node(const xmlNode *c, const xmlNode *top, int into)
{
    if (into && c->children)
        return c->children;
    for (; c && c != top; c = c->parent)
        if (c->next)
            return c->next;
    return NULL;
}

/* What a style says of an element's text, each property as its last declaration gives it: 0
 * where none does. */
typedef struct {
    signed char display;    /* none 1, another -1 */
    signed char visibility; /* hidden or collapse 1, another -1 */
    signed char strike;     /* text-decoration(-line) with line-through 1, without -1 */
    signed char font;       /* font-size: FONT_ZERO, FONT_RELATIVE or FONT_OWN */
    signed char raised;     /* vertical-align super or sub, or Word's footnote link, 1 */
} css_says;

enum { FONT_ZERO = 1, FONT_RELATIVE, FONT_OWN };

/* The kind of a font-size: zero in any unit (0, 0px, 0pt, 0em: nothing is drawn), relative to
 * the parent's (1.2em, 120%, larger: zero still under a zero), or a size of its own (14px,
 * small); 0 for what cannot be told here (var(), calc()). */
static signed char font_size(const char *v)
{
    if (strchr(v, '(') || !*v)
        return 0;
    int digits = 0, nonzero = 0;
    for (; isdigit((unsigned char)*v) || *v == '.'; v++)
        if (isdigit((unsigned char)*v)) {
            digits = 1;
            nonzero |= *v != '0';
        }
    if (!digits)
        return strcmp(v, "larger") == 0 || strcmp(v, "smaller") == 0 || strcmp(v, "inherit") == 0 ||
                       strcmp(v, "unset") == 0
                   ? FONT_RELATIVE
                   : FONT_OWN;
    if (!nonzero)
        return FONT_ZERO;
    return strcmp(v, "em") == 0 || strcmp(v, "%") == 0 || strcmp(v, "ex") == 0 ||
                   strcmp(v, "ch") == 0
               ? FONT_RELATIVE
               : FONT_OWN;
}

/* One declaration, its name and value in lower case without spaces or !important. */
static void css_property(css_says *s, const char *name, const char *value)
{
    if (strcmp(name, "display") == 0)
        s->display = strcmp(value, "none") == 0 ? 1 : -1;
    else if (strcmp(name, "visibility") == 0)
        s->visibility = strcmp(value, "hidden") == 0 || strcmp(value, "collapse") == 0 ? 1 : -1;
    else if (strcmp(name, "text-decoration") == 0 || strcmp(name, "text-decoration-line") == 0)
        s->strike = strstr(value, "line-through") ? 1 : -1;
    else if (strcmp(name, "font-size") == 0 && font_size(value))
        s->font = font_size(value);
    else if (strcmp(name, "vertical-align") == 0)
        s->raised = strcmp(value, "super") == 0 || strcmp(value, "sub") == 0 ? 1 : -1;
    else if (strcmp(name, "mso-footnote-id") == 0 || strcmp(name, "mso-endnote-id") == 0)
        s->raised = 1; /* (the link Word saves a note's mark in, [1] where no sheet raises it) */
}

/* The declarations of a style attribute or a rule, "a: b; c: d", n bytes of them. */
static void css_declarations(css_says *s, const char *css, size_t n)
{
    for (size_t at = 0; at < n;) {
        size_t end = at;
        while (end < n && css[end] != ';')
            end++;
        char d[128]; /* (longer ones are font lists and the like, none of the above) */
        size_t k = 0;
        for (size_t i = at; i < end && css[i] != '!' && k + 1 < sizeof d; i++)
            if (!isspace((unsigned char)css[i]))
                d[k++] = (char)tolower((unsigned char)css[i]);
        d[k] = '\0';
        char *colon = strchr(d, ':');
        if (colon) {
            *colon = '\0';
            css_property(s, d, colon + 1);
        }
        at = end + 1;
    }
}

/* A compound selector of the page's <style> blocks: .name, tag.name, #id or tag#id, and, for
 * an element around the one a rule is for, a tag alone (no full CSS: what pages hide their
 * words with). */
typedef struct {
    char tag[16];  /* the element's name, or "" for any */
    char name[64]; /* the class, or the id */
    char by;       /* '.' a class, '#' an id, '\0' the tag alone */
} css_compound;

/* A rule that says what css_says holds of the elements its last compound matches, within
 * elements matching each of the others (.TRS_Editor .hid): whether they stand in the
 * selector's order is not looked at. */
typedef struct {
    css_compound last;
    uint64_t within;  /* the sheet's compounds of elements around it, one bit each */
    unsigned weight;  /* CSS's specificity: 100 an id, 10 a class, 1 a tag */
    unsigned order;   /* its place in the page's sheets */
    css_says says;
} css_rule;

#define CSS_RULES_MAX 512
#define CSS_WITHIN_MAX 64 /* the bits of css_rule.within */

typedef struct {
    css_rule *rule;
    size_t n, cap;
    css_compound within[CSS_WITHIN_MAX]; /* the compounds of elements around, each once */
    unsigned nwithin;
    int ledger; /* a ledger's page: its tables' rows and cells read hidden or shown */
} css_sheet;

/* The end of the block opening at p ('{'), nested blocks and all: after its '}' or at the end. */
static const char *block_end(const char *p)
{
    int depth = 0;
    for (; *p; p++)
        if (*p == '{')
            depth++;
        else if (*p == '}' && --depth == 0)
            return p + 1;
    return p;
}

/* The compound sel[0..n) into c: 0 when it is not one of those css_compound holds (.a.b,
 * .a:hover, [x], *, a combinator). */
static int compound(css_compound *c, const char *sel, size_t n)
{
    size_t t = 0;
    while (t < n && isalnum((unsigned char)sel[t]))
        t++;
    if (t >= sizeof c->tag || (t < n && sel[t] != '.' && sel[t] != '#') || n == 0 ||
        (t < n && (n - t - 1 == 0 || n - t - 1 >= sizeof c->name)))
        return 0;
    for (size_t i = t + 1; i < n; i++)
        if (!isalnum((unsigned char)sel[i]) && sel[i] != '-' && sel[i] != '_' &&
            !((unsigned char)sel[i] & 0x80))
            return 0;
    memset(c, 0, sizeof *c); /* (compared whole, as the sheet's are) */
    memcpy(c->tag, sel, t);
    if (t < n) {
        c->by = sel[t];
        memcpy(c->name, sel + t + 1, n - t - 1);
    }
    return 1;
}

static unsigned compound_weight(const css_compound *c)
{
    return (c->by == '#' ? 100u : c->by == '.' ? 10u : 0u) + (c->tag[0] != '\0');
}

/* The next word of sel[*at..n) (a compound, if the selector is one xxgk reads): its length,
 * *at moved to its start; 0 at the end. */
static size_t next_word(const char *sel, size_t n, size_t *at)
{
    while (*at < n && isspace((unsigned char)sel[*at]))
        ++*at;
    size_t k = *at;
    while (k < n && !isspace((unsigned char)sel[k]))
        k++;
    return k - *at;
}

/* One selector of a rule, sel[0..n), as a rule of the sheet if its compounds are such and
 * stand apart by spaces alone (a > b, a + b: not read). */
static void sheet_rule(css_sheet *sh, const char *sel, size_t n, const css_says *says)
{
    css_rule r = {.says = *says};
    css_compound c;
    size_t words = 0;
    for (size_t at = 0, k; (k = next_word(sel, n, &at)) != 0; at += k, words++)
        if (!compound(&c, sel + at, k))
            return; /* (nor are the others kept) */
    if (!words || c.by == '\0' || sh->n == CSS_RULES_MAX)
        return; /* (a rule for every element of a tag is no way to hide a word) */
    r.last = c;
    r.weight = compound_weight(&c);
    for (size_t at = 0, k; words-- > 1; at += k) { /* the elements around it */
        k = next_word(sel, n, &at);
        compound(&c, sel + at, k);
        unsigned i = 0;
        while (i < sh->nwithin && memcmp(&sh->within[i], &c, sizeof c) != 0)
            i++;
        if (i == CSS_WITHIN_MAX)
            return;
        if (i == sh->nwithin)
            sh->within[sh->nwithin++] = c;
        r.within |= (uint64_t)1 << i;
        r.weight += compound_weight(&c);
    }
    if (sh->n == sh->cap) {
        size_t cap = sh->cap ? sh->cap * 2 : 16;
        css_rule *grown = realloc(sh->rule, cap * sizeof *grown);
        if (!grown)
            return;
        sh->rule = grown;
        sh->cap = cap;
    }
    r.order = (unsigned)sh->n;
    sh->rule[sh->n++] = r;
}

/* The rules of a <style> block's text (comments already blanked) that say what hides text.
 * An @media block's rules apply only where it says (print, a phone's screen): passed over. */
static void sheet_add(css_sheet *sh, const char *css)
{
    for (const char *p = css; *p;) {
        if (*p == '@') {
            p += strcspn(p, "{;");
            p = *p == '{' ? block_end(p) : p + (*p != '\0');
            continue;
        }
        size_t sel = strcspn(p, "{}");
        if (p[sel] != '{') {
            p += sel + (p[sel] != '\0');
            continue;
        }
        const char *body = p + sel + 1;
        size_t n = strcspn(body, "}");
        css_says says = {0, 0, 0, 0, 0};
        css_declarations(&says, body, n);
        if (says.display || says.visibility || says.strike || says.font || says.raised)
            for (size_t at = 0; at < sel;) {
                size_t k = strcspn(p + at, ",{");
                sheet_rule(sh, p + at, k < sel - at ? k : sel - at, &says);
                at += k + 1;
            }
        p = body + n + (body[n] != '\0');
    }
}

/* Whether a <style> applies on a screen: no media, or media naming all or screen among its
 * queries (media="screen, print").  A sheet for print, or for a screen of some width only, is
 * passed over, as an @media block is. */
static int for_screen(const xmlNode *style)
{
    xmlChar *media = xmlGetProp(style, BAD_CAST "media");
    const char *p = (const char *)media;
    int screen = !p || !p[strspn(p, " \t\r\n")];
    while (p && *p && !screen) {
        p += strspn(p, " \t\r\n,");
        size_t n = strcspn(p, ",");
        while (n && isspace((unsigned char)p[n - 1]))
            n--;
        if (n > 5 && strncasecmp(p, "only", 4) == 0 && isspace((unsigned char)p[4]))
            for (p += 4, n -= 4; n && isspace((unsigned char)*p); p++, n--)
                ;
        screen = (n == 3 && strncasecmp(p, "all", 3) == 0) ||
                 (n == 6 && strncasecmp(p, "screen", 6) == 0);
        p += strcspn(p, ",");
    }
    xmlFree(media);
    return screen;
}

/* The rules of every <style> of the page that applies on a screen, in order. */
static void sheet_read(css_sheet *sh, const xmlNode *root)
{
    for (const xmlNode *c = root; c; c = next_node(c, root, 1)) {
        if (!is(c, "style") || !for_screen(c))
            continue;
        xmlChar *text = xmlNodeGetContent(c);
        char *css = (char *)text;
        for (char *q = css; q && *q; q++) /* comments and the <!-- --> old pages hide it in */
            if (q[0] == '/' && q[1] == '*') {
                char *e = strstr(q + 2, "*/");
                size_t n = e ? (size_t)(e + 2 - q) : strlen(q);
                memset(q, ' ', n);
                q += n - 1;
            } else if (strncmp(q, "<!--", 4) == 0 || strncmp(q, "-->", 3) == 0) {
                memset(q, ' ', q[0] == '<' ? 4 : 3);
            }
        if (css)
            sheet_add(sh, css);
        xmlFree(text);
    }
}

/* Whether the class list holds name (in any case, as pages without a doctype match it). */
static int has_class(const char *list, const char *name)
{
    size_t n = strlen(name);
    for (const char *p = list; *p;) {
        while (isspace((unsigned char)*p))
            p++;
        size_t k = 0;
        while (p[k] && !isspace((unsigned char)p[k]))
            k++;
        if (k == n && strncasecmp(p, name, n) == 0)
            return 1;
        p += k;
    }
    return 0;
}

/* Whether element n, of class list cls and id id, is one compound c matches. */
static int matches(const css_compound *c, const xmlNode *n, const char *cls, const char *id)
{
    return (!c->tag[0] || xmlStrcasecmp(n->name, BAD_CAST c->tag) == 0) &&
           (c->by == '.'   ? cls && has_class(cls, c->name)
            : c->by == '#' ? id && strcmp(id, c->name) == 0
                           : 1);
}

/* The rules by weight, then in order: a later one outweighs an earlier one of the same. */
static int by_weight(const void *x, const void *y)
{
    const css_rule *a = x, *b = y;
    return a->weight != b->weight ? (a->weight > b->weight) - (a->weight < b->weight)
                                  : (a->order > b->order) - (a->order < b->order);
}

/* What holds of an element's text from the elements around it. */
typedef struct {
    uint64_t within;    /* the sheet's compounds that an element around it matches */
    unsigned char zero; /* font-size:0 around it: its text has no size */
} css_around;

/* What the sheet's rules (in weight order) and then its style attribute say of element n,
 * with the elements around it as *at says; at->within gains the compounds n matches, for
 * the elements within it. */
static css_says element_says(const css_sheet *sh, const xmlNode *n, css_around *at)
{
    css_says s = {0, 0, 0, 0, 0};
    xmlChar *cls = sh->n ? xmlGetProp(n, BAD_CAST "class") : NULL;
    xmlChar *id = sh->n ? xmlGetProp(n, BAD_CAST "id") : NULL;
    for (size_t i = 0; i < sh->n; i++) {
        const css_rule *r = &sh->rule[i];
        if ((r->within & ~at->within) ||
            !matches(&r->last, n, (const char *)cls, (const char *)id))
            continue;
        if (r->says.display)
            s.display = r->says.display;
        if (r->says.visibility)
            s.visibility = r->says.visibility;
        if (r->says.strike)
            s.strike = r->says.strike;
        if (r->says.font)
            s.font = r->says.font;
        if (r->says.raised)
            s.raised = r->says.raised;
    }
    for (unsigned i = 0; i < sh->nwithin; i++)
        if (matches(&sh->within[i], n, (const char *)cls, (const char *)id))
            at->within |= (uint64_t)1 << i;
    xmlFree(cls);
    xmlFree(id);
    xmlChar *style = xmlGetProp(n, BAD_CAST "style");
    if (style)
        css_declarations(&s, (const char *)style, strlen((const char *)style));
    xmlFree(style);
    return s;
}

/* What the reader leaves out: what is no text of the page (a <template>'s too), what it does
 * not show (hidden, display:none, visibility:hidden, by its style, class or id; but a ledger's
 * table rows and cells, which it keeps as a workbook's hidden rows are kept: a request hidden
 * is a request still), what it shows struck out (<del>, <s>, text-decoration:line-through),
 * and superscripts and subscripts (<sup>, vertical-align:super, Word's footnote link: a
 * footnote's mark after a figure, 35¹ or 35₁, would read as 351).  *at, given what holds
 * around n, becomes what holds within it: whether its text has no size (font-size:0, which
 * draws nothing, hides words as display:none does), the compounds it matches. */
static int skipped(const css_sheet *sh, const xmlNode *n, css_around *at)
{
    if (is(n, "script") || is(n, "style") || is(n, "noscript") || is(n, "template") ||
        is(n, "head") || is(n, "del") || is(n, "s") || is(n, "strike") || is(n, "sup") ||
        is(n, "sub") || n->type == XML_COMMENT_NODE)
        return 1;
    if (n->type != XML_ELEMENT_NODE)
        return 0;
    int kept = sh->ledger && (is(n, "tr") || is(n, "td") || is(n, "th") || is(n, "tbody") ||
                              is(n, "thead") || is(n, "tfoot"));
    if (xmlHasProp(n, BAD_CAST "hidden") && !kept)
        return 1;
    css_says s = element_says(sh, n, at);
    if (((s.display == 1 || s.visibility == 1) && !kept) || s.strike == 1 || s.raised == 1)
        return 1;
    if (s.font == FONT_ZERO || s.font == FONT_OWN)
        at->zero = s.font == FONT_ZERO;
    return 0;
}

/* The length of a marker of Word's "downlevel-revealed" conditional comment at s, <![if
 * !supportEmptyParas]> or <![endif]>, which the parser leaves as text and a browser drops,
 * showing what stands between; 0 when s holds none. */
static size_t word_marker(const char *s)
{
    if (strncmp(s, "<![", 3) != 0)
        return 0;
    const char *p = s + 3;
    while (*p == ' ')
        p++;
    size_t k = strncasecmp(p, "if", 2) == 0 ? 2 : strncasecmp(p, "endif", 5) == 0 ? 5 : 0;
    if (!k || (p[k] != ' ' && p[k] != ']'))
        return 0;
    for (const char *e = p + k; *e && e - s < 200; e++) /* (near: a page's text may be long) */
        if (e[0] == ']' && e[1] == '>')
            return (size_t)(e + 2 - s);
    return 0;
}

/* Append text with runs of whitespace collapsed to one space (no-break spaces are kept: the
 * folding step turns them into spaces, and a cell of "&nbsp;0" must still read as 0). */
static void put_text(xbuf *b, const char *s)
{
    for (; *s; s++) {
        size_t k = *s == '<' ? word_marker(s) : 0;
        if (k) {
            s += k - 1;
            continue;
        }
        if (*s == ' ' || *s == '\n' || *s == '\r' || *s == '\t') {
            if (b->len && b->data[b->len - 1] != ' ' && b->data[b->len - 1] != '\n' &&
                b->data[b->len - 1] != '\t')
                xbuf_putc(b, ' ');
            continue;
        }
        xbuf_putc(b, *s);
    }
}

static void newline(xbuf *b)
{
    if (b->len && b->data[b->len - 1] != '\n')
        xbuf_putc(b, '\n');
}

/* How deep elements may nest, <html> the first.  Legacy pages nest deeper than they look: a
 * <font> opened on each line and never closed holds every line after it (300 deep in a report
 * of 300 lines), and browsers show them.  Deeper, a page is refused, not cut short.  No more:
 * the parser looks through the open elements at each end tag, and a 16 MiB page of stray end
 * tags this deep already takes it seconds. */
#define MAX_DEPTH 1024

/* What holds within n from n and the elements around it. */
static css_around around_of(const css_sheet *sh, const xmlNode *n)
{
    const xmlNode *up[MAX_DEPTH + 1];
    int k = 0;
    for (const xmlNode *p = n; p && p->type == XML_ELEMENT_NODE && k <= MAX_DEPTH; p = p->parent)
        up[k++] = p;
    css_around at = {0, 0};
    while (k > 0)
        (void)skipped(sh, up[--k], &at); /* (whether it is shown is the caller's to know) */
    return at;
}

/* The text of a cell: its paragraphs joined with nothing between them, since cell text wraps
 * into paragraphs (商业</p><p>企业) only for width; but digits on either side of a break
 * (<p>20</p><p>5</p>, 2<br>0) are two figures, not 205: a space keeps them apart.  With
 * breaks (a ledger's cell, whose lines are its writer's), each break is HTML_BREAK. */
static void cell_text(xbuf *b, const css_sheet *sh, const xmlNode *n, css_around around,
                      int breaks)
{
    css_around within[MAX_DEPTH + 1]; /* what holds around the text at each depth under n */
    within[0] = around;
    int d = 0, apart = 0;
    size_t at = b->len;
    for (const xmlNode *c = n->children; c;) {
        css_around z = within[d];
        apart |= is_block(c);
        if (skipped(sh, c, &z)) {
            /* (nor what it holds) */
        } else if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            const char *t = (const char *)c->content;
            size_t start = b->len;
            for (size_t k; *t && !z.zero; t++)
                if (*t == '<' && (k = word_marker(t)) != 0)
                    t += k - 1;
                else if (*t != '\n' && *t != '\r' && *t != '\t')
                    xbuf_putc(b, *t);
            if (apart && b->len > start && breaks && start > at) {
                /* (a ledger's cell: its lines stand, the text is no figure) */
                size_t moved = b->len - start;
                if (xbuf_putc(b, HTML_BREAK) == 0) { /* (before the text just put) */
                    memmove(b->data + start + 1, b->data + start, moved);
                    b->data[start] = HTML_BREAK;
                }
                apart = 0;
            } else if (apart && b->len > start) {
                text_apart_digits(b, start, at);
                apart = 0;
            }
        } else if (c->type == XML_ELEMENT_NODE && c->children && d < MAX_DEPTH) {
            within[++d] = z;
            c = c->children;
            continue;
        }
        for (; c != n && !c->next; c = c->parent) {
            d--;
            apart |= c->parent != n && is_block(c->parent);
        }
        c = c == n ? NULL : c->next;
    }
}


/* A link that shows one address and points to another (links.c). */
static void check_link(xbuf *b, html_found *found, const xmlNode *a)
{
    if (!found || found->links.n >= DOC_LINKS_MAX)
        return;
    xmlChar *href = xmlGetProp(a, BAD_CAST "href");
    xmlChar *text = href ? xmlNodeGetContent(a) : NULL;
    if (text)
        links_judge(&found->links, b, b->len, (const char *)text, (const char *)href);
    xmlFree(text);
    xmlFree(href);
}

/* The cells of the page's tables on their grids (table_grid.c), row by row, for table_row:
 * a row's place in `row` is in its tr's _private (1 + it), its cells from row[i] to
 * row[i + 1] of `cell`. */
typedef struct {
    const xmlNode *node; /* the td or th; NULL for an empty cell where one above spans down
                          * (in a ledger, that cell, its value repeated) */
    unsigned blanks;     /* the empty cells after it */
} grid_slot;

typedef struct {
    grid_slot *cell;
    size_t ncells, cellcap;
    size_t *row; /* where each row's cells begin in `cell`, and the last's end */
    size_t nrows, rowcap;
    size_t placed; /* the grid cells of the tables so far, places spanned over counted */
    int ledger;    /* a ledger's rows: a cell's line breaks kept, as HTML_BREAK, and every
                    * merged cell placed as a workbook's CSV places it (grid_place_all) */
} page_grid;

/* One cell of a row: a tab before it but for the first, its text, then its blanks. */
static void row_cell(xbuf *b, const css_sheet *sh, const xmlNode *c, css_around around,
                     unsigned blanks, int *first, int breaks)
{
    if (!*first)
        xbuf_putc(b, '\t');
    *first = 0;
    size_t at = b->len;
    css_around z = around;
    if (c && !skipped(sh, c, &z)) /* (a cell hidden or struck out is empty, but there) */
        cell_text(b, sh, c, z, breaks);
    /* A cell's own tabs and newlines would split it: make them spaces. */
    for (size_t i = at; i < b->len; i++)
        if (b->data[i] == '\t' || b->data[i] == '\n')
            b->data[i] = ' ';
    while (blanks-- > 0)
        xbuf_putc(b, '\t');
}

static void table_row(xbuf *b, const css_sheet *sh, const page_grid *g, const xmlNode *tr,
                      css_around around)
{
    newline(b);
    int first = 1;
    size_t r = (size_t)(uintptr_t)tr->_private;
    if (r) /* (a row out of a table's place, <tr> in a <div>, has none) */
        for (size_t i = g->row[r - 1]; i < g->row[r] && !b->failed; i++) {
            row_cell(b, sh, g->cell[i].node, around, g->cell[i].blanks, &first, g->ledger);
            if (g->ledger && b->len > LEDGER_MAX_TEXT)
                b->failed = 1; /* (no more written: to_text names the limit) */
        }
    else
        for (const xmlNode *c = tr->children; c; c = c->next)
            if (is(c, "td") || is(c, "th"))
                row_cell(b, sh, c, around, 0, &first, g->ledger);
    xbuf_putc(b, '\n');
}

/* Each table's <tfoot> moved after its rows, where a browser draws it: HTML 4 wrote it before
 * <tbody>, and read in place its rows (四、结转下年度继续办理) came before the table's. */
static void feet_last(xmlNode *root)
{
    for (xmlNode *c = root; c;) {
        xmlNode *next = (xmlNode *)next_node(c, root, 1);
        int rows_after = 0;
        for (const xmlNode *n = c->next; is(c, "tfoot") && n && !rows_after; n = n->next)
            rows_after = is(n, "tbody") || is(n, "tr");
        if (rows_after && c->parent && is(c->parent, "table")) {
            next = (xmlNode *)next_node(c, root, 0); /* (past what it holds) */
            xmlNode *table = c->parent;
            xmlUnlinkNode(c);
            xmlAddChild(table, c); /* (met again there, with no rows after it) */
        }
        c = next;
    }
}

/* Whether table t only wraps a figure or a word, as some editors wrap each cell's: one cell,
 * of a few characters. */
static int wraps_a_word(const xmlNode *t)
{
    int cells = 0;
    for (const xmlNode *c = t->children; c && cells < 2; c = next_node(c, t, 1))
        cells += is(c, "td") || is(c, "th");
    if (cells > 1)
        return 0;
    xmlChar *text = xmlNodeGetContent(t);
    int few = !text || xmlStrlen(text) <= 64;
    xmlFree(text);
    return few;
}

/* Whether a table lies somewhere under n (but one that wraps a word): n is then a page's
 * layout, not a table's cell. */
static int holds_table(const xmlNode *n)
{
    for (const xmlNode *c = n->children; c; c = next_node(c, n, 1))
        if (is(c, "table") && !wraps_a_word(c))
            return 1;
    return 0;
}

/* A cell's colspan or rowspan as a browser reads it (HTML's limits: 1000, 65534): 1 where
 * it says none, 0 for a rowspan of 0, to the end of the rows' group. */
static unsigned cell_span(const xmlNode *n, const char *name, unsigned max)
{
    xmlChar *v = xmlGetProp(n, BAD_CAST name);
    const char *p = (const char *)v;
    while (p && isspace((unsigned char)*p))
        p++;
    unsigned long k = 1;
    if (p && isdigit((unsigned char)*p))
        for (k = 0; isdigit((unsigned char)*p) && k <= max; p++)
            k = k * 10 + (unsigned long)(*p - '0');
    xmlFree(v);
    return k > max ? max : k == 0 && max == 1000 ? 1 : (unsigned)k;
}

/* A cell spanning down into the rows below the one at hand. */
typedef struct {
    unsigned col, cols;
    size_t rows; /* the rows below it still spans */
    size_t from; /* 1 + the index of the cell */
} grid_down;

/* The cells of one table's rows (its own, and in its <thead>, <tbody> and <tfoot>) on its
 * grid, as a browser places them, for the empty cells table_grid.c puts where a figure is
 * merged; what cell_text reads of each tells a figure.  0, or an xxgk_error. */
static int place_table(page_grid *g, const css_sheet *sh, const xmlNode *table, xbuf *text)
{
    xmlNode **tr = NULL;
    const xmlNode **group = NULL; /* each row's <tbody> (or the like), or the table */
    size_t ntr = 0, trcap = 0, gcap = 0;
    for (xmlNode *c = table->children; c; c = c->next) {
        int body = is(c, "thead") || is(c, "tbody") || is(c, "tfoot");
        for (xmlNode *t = body ? c->children : c; t; t = body ? t->next : NULL)
            if (is(t, "tr")) {
                if (grid_room(&tr, &trcap, ntr, 1, sizeof *tr) ||
                    grid_room(&group, &gcap, ntr, 1, sizeof *group)) {
                    free(tr);
                    free(group);
                    return XXGK_ENOMEM;
                }
                group[ntr] = body ? c : table;
                tr[ntr++] = t;
            }
    }
    size_t *group_end = malloc((ntr + 1) * sizeof *group_end); /* after its group's last row */
    for (size_t k = ntr; group_end && k > 0; k--)
        group_end[k - 1] = k == ntr || group[k] != group[k - 1] ? k : group_end[k];
    /* (what holds around the table, found once: each row adds its group's and its own) */
    const css_around around_table = around_of(sh, table);
    grid_cell *cell = NULL;
    const xmlNode **node = NULL;
    grid_down *down = NULL, *next = NULL;
    size_t *start = malloc((ntr + 1) * sizeof *start), ncell = 0, cap = 0, ncap = 0;
    size_t ndown = 0, dcap = 0, xcap = 0;
    int rc = start && group_end ? 0 : XXGK_ENOMEM;
    for (size_t r = 0; r < ntr && !rc; r++) {
        start[r] = ncell;
        if (r && group_end[r] != group_end[r - 1])
            ndown = 0; /* (a rowspan ends with its group) */
        css_around around = around_table;
        if (group[r] != table)
            (void)skipped(sh, group[r], &around);
        (void)skipped(sh, tr[r], &around);
        int layout = holds_table(tr[r]);
        size_t d = 0, nnext = 0;
        unsigned col = 0;
        for (const xmlNode *c = tr[r]->children; !rc; c = c ? c->next : NULL) {
            if (c && !is(c, "td") && !is(c, "th"))
                continue;
            /* the cells spanning down from above that come before it, the rest after the last */
            while (d < ndown && (!c || down[d].col <= col)) {
                if (grid_room(&cell, &cap, ncell, 1, sizeof *cell) ||
                    grid_room(&node, &ncap, ncell, 1, sizeof *node) ||
                    grid_room(&next, &xcap, nnext, 1, sizeof *next)) {
                    rc = XXGK_ENOMEM;
                    break;
                }
                grid_down *a = &down[d++];
                cell[ncell] = (grid_cell){a->col, a->cols, a->from, 0, 0, 0};
                node[ncell++] = NULL;
                if (col < a->col + a->cols)
                    col = a->col + a->cols;
                if (--a->rows)
                    next[nnext++] = *a;
            }
            if (!c || rc)
                break;
            if (grid_room(&cell, &cap, ncell, 1, sizeof *cell) ||
                grid_room(&node, &ncap, ncell, 1, sizeof *node) ||
                grid_room(&next, &xcap, nnext, 1, sizeof *next)) {
                rc = XXGK_ENOMEM;
                break;
            }
            unsigned cols = cell_span(c, "colspan", 1000), rows = cell_span(c, "rowspan", 65534);
            size_t below = group_end[r] - r - 1;
            unsigned char kind = GRID_WORDS;
            css_around z = around;
            if (!layout && skipped(sh, c, &z)) {
                kind = GRID_NOTHING;
            } else if (!layout) {
                text->len = 0;
                cell_text(text, sh, c, z, 0); /* (what kind of cell: as a report reads it) */
                kind = grid_kind(text->data, text->len);
            }
            cell[ncell] = (grid_cell){col, cols, 0, kind, 0, 0};
            node[ncell++] = c;
            if (rows != 1 && below > 0)
                next[nnext++] = (grid_down){col, cols, rows && rows - 1 < below ? rows - 1 : below,
                                            ncell};
            col += cols;
        }
        grid_down *swap = down; /* the cells spanning down past this row, left to right */
        down = next;
        next = swap;
        size_t dc = dcap;
        dcap = xcap;
        xcap = dc;
        ndown = nnext;
        g->placed += ncell - start[r];
        if (!rc && g->placed > LGRID_MAX_CELLS)
            rc = XXGK_ELIMIT;
    }
    if (!rc) {
        start[ntr] = ncell;
        if (g->ledger)
            grid_place_all(cell, start, ntr);
        else
            grid_place(cell, start, ntr);
        size_t shown = 0;
        for (size_t i = 0; i < ncell; i++)
            shown += !cell[i].from || cell[i].shown;
        if (grid_room(&g->cell, &g->cellcap, g->ncells, shown, sizeof *g->cell) ||
            grid_room(&g->row, &g->rowcap, g->nrows, ntr + 1, sizeof *g->row))
            rc = XXGK_ENOMEM;
    }
    for (size_t r = 0; r < ntr && !rc; r++) {
        g->row[g->nrows++] = g->ncells;
        tr[r]->_private = (void *)(uintptr_t)g->nrows;
        for (size_t i = start[r]; i < start[r + 1]; i++)
            if (!cell[i].from || cell[i].shown)
                g->cell[g->ncells++] =
                    (grid_slot){cell[i].from && g->ledger ? node[cell[i].from - 1] : node[i],
                                cell[i].blanks};
    }
    if (!rc)
        g->row[g->nrows] = g->ncells; /* (the last row's end, the next table's first start) */
    free(cell);
    free(node);
    free(down);
    free(next);
    free(start);
    free(tr);
    free(group);
    free(group_end);
    return rc;
}

/* Every table of the page on its grid. */
static int place_tables(page_grid *g, const css_sheet *sh, const xmlNode *root)
{
    xbuf text;
    xbuf_init(&text, HTML_MAX_BYTES);
    int rc = 0;
    for (const xmlNode *c = root; c && !rc; c = next_node(c, root, 1))
        if (is(c, "table"))
            rc = place_table(g, sh, c, &text);
    if (!rc && text.failed)
        rc = XXGK_ENOMEM;
    xbuf_free(&text);
    return rc;
}

/* The text under top: blocks on lines of their own, table rows as tab-separated lines. */
static void walk(xbuf *b, html_found *links, const css_sheet *sh, const page_grid *g,
                 const xmlNode *top)
{
    css_around at[MAX_DEPTH + 1]; /* what holds around the text at each depth under top */
    at[0] = around_of(sh, top);
    int d = 0;
    for (const xmlNode *c = top->children; c;) {
        int into = 0;
        css_around z = at[d];
        if (skipped(sh, c, &z)) {
            /* (nor what it holds) */
        } else if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (!z.zero)
                put_text(b, (const char *)c->content);
        } else if (c->type != XML_ELEMENT_NODE) {
            /* (no text) */
        } else if (is(c, "tr") && !holds_table(c)) {
            /* a row of a table the page is laid out with (its cells hold the article, tables
             * and all) is read as the page's content, each cell a block */
            table_row(b, sh, g, c, z);
        } else {
            if (is(c, "a"))
                check_link(b, links, c);
            if (is(c, "img") && links)
                links->images++;
            if (is_block(c))
                newline(b);
            into = c->children != NULL && d < MAX_DEPTH; /* (the parser nests no deeper) */
        }
        if (into) {
            at[++d] = z;
            c = c->children;
            continue;
        }
        /* on to the next node, ending the blocks it leaves */
        for (; c != top && !c->next; c = c->parent, d--)
            if (c->parent != top && is_block(c->parent))
                newline(b);
        c = c == top ? NULL : c->next;
    }
}

static int class_has(const xmlNode *n, const char *word)
{
    xmlChar *cls = xmlGetProp(n, BAD_CAST "class");
    int yes = cls && strstr((const char *)cls, word) != NULL;
    xmlFree(cls);
    return yes;
}

/* The article: a CMS content container if there is one, else <article>, else <body>. */
static const xmlNode *find_article(const xmlNode *root, const char *how)
{
    for (const xmlNode *c = root; c; c = next_node(c, root, 1)) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (strcmp(how, "article") == 0 ? is(c, "article")
            : strcmp(how, "body") == 0  ? is(c, "body")
                                        : class_has(c, how))
            return c;
    }
    return NULL;
}

/* The content of the head's <meta name=...> (xmlFree it), or NULL. */
static xmlChar *meta(const xmlNode *root, const char *want)
{
    xmlChar *v = NULL;
    for (const xmlNode *h = root->children; h && !v; h = h->next)
        for (const xmlNode *m = is(h, "head") ? h->children : NULL; m && !v; m = m->next) {
            xmlChar *name = is(m, "meta") ? xmlGetProp(m, BAD_CAST "name") : NULL;
            if (name && xmlStrcasecmp(name, BAD_CAST want) == 0)
                v = xmlGetProp(m, BAD_CAST "content");
            xmlFree(name);
        }
    return v;
}

/* The page's PubDate as written, cut to fit (the reader reads the date in it). */
static void put_posted(char out[40], const xmlNode *root)
{
    xmlChar *v = meta(root, "PubDate");
    snprintf(out, 40, "%s", v ? (const char *)v : "");
    xmlFree(v);
}

/* A report published as a file linked from its page ("附件：2024年政府信息公开工作年度报告.pdf"):
 * a link to a document the reader reads: the address's path ends so, or, as a CMS's download
 * script is linked (downfile.jsp?filename=1234.pdf), one of its query's values. */
static int document_name(const char *s, size_t n)
{
    static const char *const ext[] = {".pdf", ".doc", ".docx", ".wps", ".odt", ".rtf", ".ofd",
                                      ".xls", ".xlsx", ".et"};
    for (size_t i = 0; i < sizeof ext / sizeof ext[0]; i++) {
        size_t k = strlen(ext[i]);
        if (n >= k && strncasecmp(s + n - k, ext[i], k) == 0)
            return 1;
    }
    return 0;
}

static int document_link(const char *href)
{
    size_t end = strcspn(href, "#");
    for (size_t at = 0; at < end;) {
        size_t n = at + strcspn(href + at, "?&#"); /* the path, then each value in turn */
        if (n > end)
            n = end;
        if (document_name(href + at, n - at))
            return 1;
        at = n + 1;
    }
    return 0;
}

static int hex_digit(char c)
{
    return c >= '0' && c <= '9' ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

/* Whether a viewer's query parameter so named gives the document it shows (pdf.js: file). */
static int viewer_param(const char *name, size_t n)
{
    static const char *const names[] = {"file", "src", "url", "doc"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (n == strlen(names[i]) && strncasecmp(name, names[i], n) == 0)
            return 1;
    return 0;
}

/* v, a link in the page at src, as a link in the page itself, into out (cap 1024): a path
 * relative to src's folder or to its site's root made relative to the page's.  0 when it
 * does not fit. */
static int relink(char *out, const char *src, size_t path, const char *v)
{
    size_t vs = strcspn(v, ":/?#");
    const char *site = strstr(src, "//"); /* scheme://host or //host */
    if (site && !(site < src + path && (site == src || site[-1] == ':')))
        site = NULL;
    size_t host = site ? (size_t)(site + 2 - src) + strcspn(site + 2, "/?#") : 0;
    size_t keep = 0;
    int slash = 0; /* a / to put between a host without a path and v */
    if ((v[vs] == ':' && vs > 0) || (v[0] == '/' && v[1] == '/')) {
        keep = 0; /* an address of its own */
    } else if (v[0] == '/') {
        keep = host;
    } else {
        for (size_t i = host; i < path; i++)
            if (src[i] == '/')
                keep = i + 1;
        if (!keep && host) {
            keep = host;
            slash = 1;
        }
    }
    size_t vn = strlen(v);
    if (keep + slash + vn >= 1024)
        return 0;
    memmove(out + keep + slash, v, vn + 1); /* (out may be src) */
    if (out != src)
        memcpy(out, src, keep);
    if (slash)
        out[keep] = '/';
    return 1;
}

/* The value of src's query parameter from `at` to n (after its '='), percent-decoded into v,
 * and in *name the length of its name: the value's length, or 0 when it has none or holds a
 * NUL.  (v holds what src does: both are 1024.) */
static size_t query_value(const char *src, size_t at, size_t n, char v[1024], size_t *name)
{
    const char *eq = memchr(src + at, '=', n - at);
    if (!eq)
        return 0;
    *name = (size_t)(eq - (src + at));
    size_t k = 0;
    for (const char *p = eq + 1; p < src + n; p++)
        if (*p == '%' && p + 2 < src + n && hex_digit(p[1]) >= 0 && hex_digit(p[2]) >= 0) {
            v[k++] = (char)(hex_digit(p[1]) * 16 + hex_digit(p[2]));
            p += 2;
        } else {
            v[k++] = *p;
        }
    v[k] = '\0';
    return strlen(v) == k ? k : 0;
}

/* A document shown in the page by an <iframe src>, <embed src> or <object data>.  src itself
 * when it is one, or a script that hands one out by the name in its query
 * (downfile.jsp?filename=r.pdf, download.do?file=2024.pdf).  When src is a viewer (pdf.js:
 * viewer.html?file=..%2Fr.pdf; a script given a path: show.do?file=%2Fa%2Fr.pdf), the document
 * its file parameter names (on a viewer page, any parameter when none is so named),
 * percent-decoded and made relative to the page.  In place; 0 when it shows none. */
static int embedded_document(char src[1024])
{
    size_t end = strcspn(src, "#"), path = strcspn(src, "?#");
    if (document_name(src, path))
        return 1;
    int page = (path >= 5 && strncasecmp(src + path - 5, ".html", 5) == 0) ||
               (path >= 4 && strncasecmp(src + path - 4, ".htm", 4) == 0);
    char v[1024], best[1024];
    int any = 0, have = 0; /* a document in the query at all; one to show in best */
    for (size_t at = path + 1; at < end;) {
        size_t n = at + strcspn(src + at, "&#"), name = 0;
        size_t k = query_value(src, at, n, v, &name);
        if (k && document_name(v, strcspn(v, "?#"))) {
            any = 1;
            int by_name = viewer_param(src + at, name);
            /* a script takes a path or an address to show, a bare name to look up */
            if ((page || (by_name && (strchr(v, '/') || strchr(v, ':')))) &&
                (by_name || !have)) {
                memcpy(best, v, k + 1);
                have = 1;
                if (by_name)
                    break;
            }
        }
        at = n + 1;
    }
    if (have)
        return relink(src, src, path, best);
    return any; /* (the script's own address, whole) */
}

static int names_report(const char *s)
{
    return s && (strstr(s, "年度报告") || strstr(s, "年报"));
}

/* The documents a page links: the first of them and how many different ones, among those whose
 * link names a report and among all. */
typedef struct {
    char named[1024], any[1024];
    int nnamed, nany;
    char href[1024]; /* the link being looked at */
} attachment_pick;

static void count_link(char first[1024], int *n, const char *href)
{
    if (*n == 0)
        snprintf(first, 1024, "%s", href);
    if (*n == 0 || strcmp(first, href) != 0)
        (*n)++; /* (an icon and a name linking the same file are one) */
}

/* href without the whitespace a browser ignores (around it, and tabs and line breaks in it)
 * into out; 0 when it does not fit. */
static int clean_href(char out[1024], const char *href)
{
    while (*href == ' ' || *href == '\t' || *href == '\n' || *href == '\r' || *href == '\f')
        href++;
    size_t k = 0;
    for (; *href; href++) {
        if (*href == '\t' || *href == '\n' || *href == '\r')
            continue;
        if (k + 1 >= 1024)
            return 0;
        out[k++] = *href;
    }
    while (k > 0 && (out[k - 1] == ' ' || out[k - 1] == '\f'))
        k--;
    out[k] = '\0';
    return k > 0;
}

/* Whether n is a or lies under it. */
static int within(const xmlNode *n, const xmlNode *a)
{
    for (; n && a; n = n->parent)
        if (n == a)
            return 1;
    return 0;
}

/* Links named a report are counted all over the page (a CMS may put attachments below the
 * article); the others only within the article, not in the site's menus and footer. */
static void pick_attachment(attachment_pick *p, const xmlNode *root, const xmlNode *article)
{
    for (const xmlNode *c = root; c; c = next_node(c, root, 1)) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        int shown = is(c, "iframe") || is(c, "embed") || is(c, "object");
        xmlChar *href = is(c, "a")        ? xmlGetProp(c, BAD_CAST "href")
                        : is(c, "object") ? xmlGetProp(c, BAD_CAST "data")
                        : shown           ? xmlGetProp(c, BAD_CAST "src")
                                          : NULL;
        const char *h = p->href;
        if (href && clean_href(p->href, (const char *)href) &&
            (shown ? embedded_document(p->href) : document_link(h))) {
            /* (a frame's name is its title) */
            xmlChar *text = shown ? xmlGetProp(c, BAD_CAST "title") : xmlNodeGetContent(c);
            if (names_report((const char *)text) || names_report(h))
                count_link(p->named, &p->nnamed, h);
            if (within(c, article))
                count_link(p->any, &p->nany, h);
            xmlFree(text);
        }
        xmlFree(href);
    }
}

/* The report's title: the page's own metadata, without the site name a CMS appends. */
static void put_title(xbuf *b, const xmlNode *root)
{
    xmlChar *title = meta(root, "ArticleTitle");
    for (const xmlNode *h = root->children; h && !title; h = h->next)
        for (const xmlNode *t = is(h, "head") ? h->children : NULL; t && !title; t = t->next)
            if (is(t, "title"))
                title = xmlNodeGetContent(t);
    if (!title)
        return;
    char *s = (char *)title, *cut = strchr(s, '_');
    /* ("…年度报告-某某局", "…年度报告 | 某某网": the site's name after the report's, behind
     * any mark a CMS joins them with) */
    static const char *const joins[] = {"-", "|", "｜", "—", "–", "·", "_"};
    char *end = NULL; /* just past the last 报告 */
    for (char *p = strstr(s, "报告"); p; p = strstr(p + 1, "报告"))
        end = p + strlen("报告");
    for (size_t k = 0; end && k < sizeof joins / sizeof joins[0]; k++)
        if (strncmp(end + strspn(end, " "), joins[k], strlen(joins[k])) == 0)
            cut = end;
    if (cut)
        *cut = '\0';
    put_text(b, s);
    xbuf_putc(b, '\n');
    xmlFree(title);
}


/* The tree builder's start of an element, refusing one deeper than MAX_DEPTH (libxml2 2.9
 * nests without a limit under XML_PARSE_HUGE, stops at 256 without it): *_private is set. */
static void start_element(void *ctx, const xmlChar *name, const xmlChar **atts)
{
    htmlParserCtxtPtr ctxt = ctx;
    if (ctxt->nodeNr >= MAX_DEPTH) {
        *(int *)ctxt->_private = 1;
        xmlStopParser(ctxt);
        return;
    }
    xmlSAX2StartElement(ctx, name, atts);
}

static int to_text(xbuf *out, html_found *found, const char *data, size_t len, int ledger,
                   char *err, size_t errcap)
{
    if (found) {
        found->links.n = 0;
        found->posted[0] = found->attachment[0] = '\0';
        found->attachment_named = 0;
        found->images = found->documents = 0;
    }
    /* A parsed page takes some 40 times its size: a page of 16 MiB (a report's is well under
     * one) is the most that is parsed, lest a batch run out of memory. */
    if (len > HTML_MAX_BYTES) {
        snprintf(err, errcap,
                 TR("HTML 页面超过 %d MiB 的上限（年度报告的网页远小于此）",
                    "an HTML page larger than %d MiB (a report's page is far smaller)"),
                 (int)(HTML_MAX_BYTES >> 20));
        return XXGK_ELIMIT;
    }
    unsigned crowded = markup_crowded_tag(data, len, MARKUP_MAX_ATTRIBUTES);
    if (crowded) {
        snprintf(err, errcap,
                 TR("第 %u 行的 HTML 标签有 %d 个以上的属性（网页不会如此）：未读取",
                    "line %u: an HTML tag with more than %d attributes (no page has them): "
                    "not read"),
                 crowded, MARKUP_MAX_ATTRIBUTES);
        return XXGK_ELIMIT;
    }
    package_xml_init();
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (!ctxt) {
        snprintf(err, errcap, TR("内存不足", "out of memory"));
        return XXGK_ENOMEM;
    }
    int deep = 0;
    ctxt->_private = &deep;
    ctxt->sax->startElement = start_element;
    htmlDocPtr doc = htmlCtxtReadMemory(ctxt, data, (int)len, NULL, "UTF-8",
                                        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                            HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                            XML_PARSE_HUGE);
    /* The parser stops (and says nothing in recovery) where elements nest deeper than it
     * allows: what follows would be lost without a word. */
    int halted = ctxt->disableSAX != 0;
    htmlFreeParserCtxt(ctxt);
    if (halted) {
        if (deep)
            snprintf(err, errcap,
                     TR("HTML 元素嵌套超过 %d 层：未读取",
                        "HTML nested more than %d elements deep: not read"),
                     MAX_DEPTH);
        else
            snprintf(err, errcap,
                     TR("HTML 解析在页面结束前中止：未读取",
                        "the HTML parser stopped before the end of the page: not read"));
        xmlFreeDoc(doc);
        return XXGK_ELIMIT;
    }
    if (!doc || !xmlDocGetRootElement(doc)) {
        snprintf(err, errcap, TR("不是可以读取的 HTML 页面", "not an HTML page that can be read"));
        xmlFreeDoc(doc);
        return XXGK_EENCODING;
    }
    feet_last(xmlDocGetRootElement(doc));
    const xmlNode *root = xmlDocGetRootElement(doc);
    const xmlNode *article = find_article(root, "TRS_Editor");
    if (!article)
        article = find_article(root, "article");
    if (!article)
        article = find_article(root, "body");
    css_sheet sheet = {.rule = NULL, .ledger = ledger};
    sheet_read(&sheet, root);
    if (sheet.n)
        qsort(sheet.rule, sheet.n, sizeof *sheet.rule, by_weight);
    put_title(out, root);
    if (found) {
        put_posted(found->posted, root);
        /* the one document named a report, or the article's one document; with more, which
         * is the report cannot be told (a list of years' reports, a report and its 图解) */
        attachment_pick pick = {.nnamed = 0};
        pick_attachment(&pick, root, article);
        const char *report = pick.nnamed == 1                     ? pick.named
                             : pick.nnamed == 0 && pick.nany == 1 ? pick.any
                                                                  : "";
        snprintf(found->attachment, sizeof found->attachment, "%s", report);
        found->attachment_named = pick.nnamed == 1;
        found->documents = *report ? 0 : pick.nnamed ? (unsigned)pick.nnamed : (unsigned)pick.nany;
    }
    page_grid grid = {.cell = NULL, .ledger = ledger};
    int placed = place_tables(&grid, &sheet, root);
    if (article && !placed)
        walk(out, found, &sheet, &grid, article);
    newline(out);
    free(sheet.rule);
    free(grid.cell);
    free(grid.row);
    xmlFreeDoc(doc);
    if (placed == XXGK_ELIMIT) {
        snprintf(err, errcap,
                 TR("网页表格超过 %d 个单元格（合并单元格按所跨各行计）：未读取",
                    "web page tables of more than %d cells (a merged cell counted in each row "
                    "it spans): not read"),
                 LGRID_MAX_CELLS);
        return XXGK_ELIMIT;
    }
    if (placed) {
        snprintf(err, errcap, TR("内存不足", "out of memory"));
        return XXGK_ENOMEM;
    }
    if (out->failed && ledger && out->len > LEDGER_MAX_TEXT) {
        snprintf(err, errcap,
                 TR("网页表格的文字超过 %d MiB（合并单元格的文字在所跨各行各算一次）：未读取",
                    "web page tables of more than %d MiB of text (a merged cell's counted in "
                    "each row it spans): not read"),
                 (int)(LEDGER_MAX_TEXT >> 20));
        return XXGK_ELIMIT;
    }
    if (out->failed) {
        snprintf(err, errcap, TR("内存不足", "out of memory"));
        return XXGK_ENOMEM;
    }
    return 0;
}

int html_to_text(xbuf *out, html_found *found, const char *data, size_t len, char *err,
                 size_t errcap)
{
    return to_text(out, found, data, len, 0, err, errcap);
}

int html_to_text_breaks(xbuf *out, html_found *found, const char *data, size_t len, char *err,
                        size_t errcap)
{
    return to_text(out, found, data, len, 1, err, errcap);
}
