/*
 * Links that show one address and point to another: a report whose e-mail address was typed
 * anew over a link to the old one (ptgazfxxgk@163.com shown, mailto:ptzfxxgk@163.com behind
 * it) sends its readers' letters to the wrong box.  Web pages, Word, OpenDocument, RTF, PDF
 * and Markdown carry such links; each reader hands its links here.
 */
#include "lib/links.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* Characters of an e-mail address, and of a web address. */
static int mail_char(char ch)
{
    return isalnum((unsigned char)ch) || strchr("._%+-", ch) != NULL;
}

static int web_char(char ch)
{
    return isalnum((unsigned char)ch) || strchr("-._~:/?#[]@!$&'()*+,;=%", ch) != NULL;
}

/* The address a link's text shows, in lower case, or "" when it shows none: the e-mail address
 * around its '@' ("联系邮箱abc@163.com" shows abc@163.com), or the host of a web address
 * (www.test.gov.cn and http://www.test.gov.cn/col/index.html show the same site).  Text cut
 * short ("…", "...") shows nothing certain. */
static void shown_address(char *out, size_t cap, const char *t, int mail)
{
    out[0] = '\0';
    size_t n = strlen(t);
    if ((n >= 3 && strcmp(t + n - 3, "...") == 0) ||
        (n >= 3 && strcmp(t + n - 3, "\xe2\x80\xa6") == 0))
        return;
    const char *a, *e;
    if (mail) {
        const char *at = strchr(t, '@');
        if (!at)
            return;
        for (a = at; a > t && mail_char(a[-1]); a--)
            ;
        for (e = at + 1; *e && mail_char(*e); e++)
            ;
        if (a == at || !memchr(at, '.', (size_t)(e - at)))
            return;
    } else {
        const char *h = NULL;
        for (const char *x = t; *x && !h; x++)
            if (strncasecmp(x, "http://", 7) == 0 || strncasecmp(x, "https://", 8) == 0 ||
                strncasecmp(x, "www.", 4) == 0)
                h = x;
        if (!h)
            return;
        if (strncasecmp(h, "http", 4) == 0)
            h = strstr(h, "//") + 2;
        if (strncasecmp(h, "www.", 4) == 0)
            h += 4;
        for (a = e = h; *e && web_char(*e) && *e != '/' && *e != ':' && *e != '?'; e++)
            ;
    }
    while (e > a && strchr(".,;!", e[-1])) /* (the sentence's punctuation after it) */
        e--;
    size_t k = 0;
    for (; a < e && k + 1 < cap; a++)
        out[k++] = (char)tolower((unsigned char)*a);
    out[k] = '\0';
}

void links_judge(doc_links *links, const xbuf *out, size_t at, const char *text,
                 const char *href)
{
    if (!links || links->n >= DOC_LINKS_MAX || !href || !out || at > out->len)
        return;
    int mail = strncasecmp(href, "mailto:", 7) == 0;
    int web = strncasecmp(href, "http://", 7) == 0 || strncasecmp(href, "https://", 8) == 0;
    if (!text)
        text = out->data ? out->data + at : ""; /* (an xbuf's text ends in a NUL) */
    if (!mail && !web)
        return;
    char shown[128], target[128];
    shown_address(shown, sizeof shown, text, mail);
    /* the target read the same way: mailto:x@y?subject=... and http://host/path */
    shown_address(target, sizeof target, mail ? href + 7 : href, mail);
    if (!shown[0] || !target[0] || strcmp(shown, target) == 0)
        return;
    doc_link *l = &links->link[links->n++];
    l->line = 1;
    for (size_t i = 0; i < at; i++)
        l->line += out->data[i] == '\n';
    snprintf(l->shown, sizeof l->shown, "%s", shown);
    snprintf(l->target, sizeof l->target, "%s", href);
}

void links_markdown(doc_links *links, const xbuf *text)
{
    const char *s = text && text->data ? text->data : "", *end = s + (text ? text->len : 0);
    for (const char *p = s; links && links->n < DOC_LINKS_MAX &&
                            (p = memchr(p, ']', (size_t)(end - p))) != NULL;
         p++) {
        if (p + 1 >= end || p[1] != '(')
            continue;
        /* its '[' on the same line, not far, no other bracket between; its target up to ')' */
        const char *open = p;
        while (open > s && p - open < 512 && open[-1] != '\n' && !strchr("[]()", open[-1]))
            open--;
        if (open == s || open[-1] != '[')
            continue;
        open--;
        const char *h = p + 2, *he = h;
        while (he < end && he - h < 512 && !strchr(") \n([]", *he))
            he++;
        if (he >= end || *he != ')')
            continue;
        char shown[520], href[520];
        snprintf(shown, sizeof shown, "%.*s", (int)(p - open - 1), open + 1);
        snprintf(href, sizeof href, "%.*s", (int)(he - h), h);
        links_judge(links, text, (size_t)(open - s), shown, href);
    }
}

/* The next argument of a field instruction from *p on, into out: a quoted one without its
 * quotes (a backslash inside escaping the character after it), or a word; 0 at the end. */
static int field_arg(char *out, size_t cap, const char **p)
{
    const char *s = *p + strspn(*p, " \t");
    if (!*s)
        return 0;
    size_t k = 0;
    if (*s == '"') {
        for (s++; *s && *s != '"'; s++) {
            if (*s == '\\' && s[1])
                s++;
            if (k + 1 < cap)
                out[k++] = *s;
        }
        s += *s == '"';
    } else {
        for (; *s && *s != ' ' && *s != '\t'; s++)
            if (k + 1 < cap)
                out[k++] = *s;
    }
    out[k] = '\0';
    *p = s;
    return 1;
}

int links_field_target(char *out, size_t cap, const char *instr)
{
    const char *p = instr + strspn(instr, " \t");
    if (strncasecmp(p, "HYPERLINK", 9) != 0 || (p[9] != ' ' && p[9] != '\t'))
        return 0;
    p += 9;
    char arg[512];
    while (field_arg(arg, sizeof arg, &p)) {
        if (arg[0] != '\\') {
            snprintf(out, cap, "%s", arg);
            return 1;
        }
        /* (switches that take an argument: a place in the document, a tip, a frame) */
        if (strchr("lLoOtT", arg[1]) && arg[1] && !arg[2] && !field_arg(arg, sizeof arg, &p))
            break;
    }
    return 0;
}
