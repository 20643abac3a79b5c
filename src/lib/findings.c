/* The findings list: what a check hands back. */
#include "lib/findings.h"

#include <stdlib.h>
#include <string.h>

#include "lib/error.h"
#include "lib/report_impl.h"

struct xxgk_findings {
    xxgk_finding *items;
    size_t n, cap;
    xxgk_lang lang;
    int oom;
    size_t left_out[3]; /* by severity: those xxgk_findings_keep took out */
};

xxgk_findings *findings_new(xxgk_lang lang)
{
    xxgk_findings *f = calloc(1, sizeof *f);
    if (f)
        f->lang = lang;
    return f;
}

void findings_add(xxgk_findings *f, const xxgk_rule *rule, unsigned line, const char *evidence)
{
    if (f->n == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 16;
        xxgk_finding *p = realloc(f->items, cap * sizeof *p);
        if (!p) {
            f->oom = 1;
            return;
        }
        f->items = p;
        f->cap = cap;
    }
    char *ev = strdup(evidence ? evidence : "");
    if (!ev) {
        f->oom = 1;
        return;
    }
    xxgk_finding *x = &f->items[f->n++];
    x->rule = rule;
    x->message = f->lang == XXGK_LANG_EN ? rule->message_en : rule->message_zh;
    x->evidence = ev;
    x->line = line;
    x->column = 0;
    x->page = 0;
}

void findings_add_at(xxgk_findings *f, const xxgk_rule *rule, const xxgk_place *at,
                     const char *evidence)
{
    size_t n = f->n;
    findings_add(f, rule, at->line, evidence);
    if (f->n > n) {
        f->items[n].column = at->column;
        f->items[n].page = at->page;
    }
}

void findings_place(xxgk_findings *f, const xxgk_report *r)
{
    for (size_t i = 0; i < f->n; i++) {
        xxgk_place p = rep_place(r, f->items[i].line);
        f->items[i].line = p.line;
        f->items[i].column = p.column;
        f->items[i].page = p.page;
    }
}

typedef struct {
    xxgk_finding f;
    size_t seq;
} ordered;

static int by_line(const void *a, const void *b)
{
    const ordered *x = a, *y = b;
    if (x->f.line != y->f.line)
        return x->f.line < y->f.line ? -1 : 1;
    if (x->f.column != y->f.column)
        return x->f.column < y->f.column ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Findings in reading order: those about the whole report first, then by line; the order they
 * were found in (the rule table's) breaks ties, so the output is stable.  A hostile input can
 * yield a great many findings: O(n log n). */
static int sort_by_line(xxgk_findings *f)
{
    if (f->n < 2)
        return 0;
    ordered *o = malloc(f->n * sizeof *o);
    if (!o)
        return -1;
    for (size_t i = 0; i < f->n; i++)
        o[i] = (ordered){f->items[i], i};
    qsort(o, f->n, sizeof *o, by_line);
    for (size_t i = 0; i < f->n; i++)
        f->items[i] = o[i].f;
    free(o);
    return 0;
}

int findings_finish(xxgk_findings **out, xxgk_findings *f)
{
    *out = NULL;
    if (f->oom || sort_by_line(f) < 0) {
        xxgk_findings_free(f);
        return err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    }
    *out = f;
    return 0;
}

void xxgk_findings_free(xxgk_findings *f)
{
    if (!f)
        return;
    for (size_t i = 0; i < f->n; i++)
        free((char *)f->items[i].evidence);
    free(f->items);
    free(f);
}

size_t xxgk_findings_count(const xxgk_findings *f) { return f->n; }

const xxgk_finding *xxgk_findings_get(const xxgk_findings *f, size_t i)
{
    return i < f->n ? &f->items[i] : NULL;
}

void xxgk_findings_keep(xxgk_findings *f, xxgk_severity s)
{
    size_t k = 0;
    for (size_t i = 0; i < f->n; i++)
        if (f->items[i].rule->severity >= s)
            f->items[k++] = f->items[i];
        else
            f->left_out[f->items[i].rule->severity]++, free((char *)f->items[i].evidence);
    f->n = k;
}

size_t xxgk_findings_found(const xxgk_findings *f, xxgk_severity s)
{
    size_t n = xxgk_findings_at_least(f, s);
    for (int k = (int)s; k <= XXGK_SEV_ERROR; k++)
        n += f->left_out[k];
    return n;
}

size_t xxgk_findings_at_least(const xxgk_findings *f, xxgk_severity s)
{
    size_t n = 0;
    for (size_t i = 0; i < f->n; i++)
        n += f->items[i].rule->severity >= s;
    return n;
}

xxgk_lang xxgk_findings_lang(const xxgk_findings *f)
{
    return f->lang;
}
