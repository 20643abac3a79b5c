/* The report object: construction, arena and the public getters. */
#include "lib/report_impl.h"

#include "lib/error.h"
#include "lib/labels.h"
#include "util/encoding.h"
#include "util/text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct arena_block {
    arena_block *next;
    size_t used, cap;
    max_align_t data[]; /* cap bytes */
};

#define ARENA_BLOCK (64 * 1024)

void *rep_alloc(xxgk_report *r, size_t n)
{
    n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
    arena_block *b = r->arena;
    if (!b || b->cap - b->used < n) {
        size_t cap = n > ARENA_BLOCK ? n : ARENA_BLOCK;
        b = malloc(sizeof *b + cap);
        if (!b) {
            r->oom = 1;
            return NULL;
        }
        b->cap = cap;
        b->used = 0;
        b->next = r->arena;
        r->arena = b;
    }
    void *p = (char *)b->data + b->used;
    b->used += n;
    return p;
}

char *rep_strndup(xxgk_report *r, const char *s, size_t n)
{
    char *p = rep_alloc(r, n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *rep_printf(xxgk_report *r, const char *fmt, ...)
{
    char small[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    if ((size_t)n < sizeof small)
        return rep_strndup(r, small, (size_t)n);
    char *p = rep_alloc(r, (size_t)n + 1);
    if (!p)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

void rep_diag(xxgk_report *r, const char *rule, unsigned line, const char *zh, const char *en)
{
    if (r->ndiags == r->capdiags) {
        size_t cap = r->capdiags ? r->capdiags * 2 : 16;
        rdiag *d = realloc(r->diags, cap * sizeof *d);
        if (!d) {
            r->oom = 1;
            return;
        }
        r->diags = d;
        r->capdiags = cap;
    }
    rdiag *d = &r->diags[r->ndiags++];
    d->rule = rule;
    d->line = line;
    d->evidence = zh ? rep_strndup(r, zh, strlen(zh)) : "";
    d->evidence_en = en ? rep_strndup(r, en, strlen(en)) : NULL;
}

xxgk_report *rep_new(const char *name)
{
    xxgk_report *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    xbuf tmp; /* (a name the disk gives in GB18030 shown as its characters) */
    xbuf_init(&tmp, 0);
    const char *shown = enc_shown(name, &tmp);
    r->name = shown ? rep_strndup(r, shown, strlen(shown)) : NULL;
    xbuf_free(&tmp);
    r->encoding = "UTF-8";
    r->layout = "spaces";
    if (!r->name) {
        xxgk_report_free(r);
        return NULL;
    }
    return r;
}

void xxgk_report_free(xxgk_report *r)
{
    if (!r)
        return;
    arena_block *b = r->arena;
    while (b) {
        arena_block *n = b->next;
        free(b);
        b = n;
    }
    free(r->text);
    free(r->lines);
    free(r->cells);
    free(r->sections);
    free(r->diags);
    free(r);
}

int xxgk_report_format(const xxgk_report *r) { return r->format; }
const xxgk_format_spec *xxgk_report_spec(const xxgk_report *r) { return r->spec; }
const char *xxgk_report_name(const xxgk_report *r) { return r->name; }
const char *xxgk_report_title(const xxgk_report *r)
{
    return r->title_shown ? r->title_shown : r->title;
}
const char *xxgk_report_preamble(const xxgk_report *r) { return r->preamble; }
const char *xxgk_report_agency(const xxgk_report *r)
{
    return r->agency_shown ? r->agency_shown : r->agency;
}
int xxgk_report_year(const xxgk_report *r) { return r->year; }
const char *xxgk_report_published(const xxgk_report *r) { return r->published; }
unsigned xxgk_report_published_line(const xxgk_report *r) { return r->published_line; }
const char *xxgk_report_posted(const xxgk_report *r) { return r->posted; }
const char *xxgk_report_encoding(const xxgk_report *r) { return r->encoding; }
const char *xxgk_report_layout(const xxgk_report *r) { return r->layout; }
unsigned xxgk_report_line_count(const xxgk_report *r) { return r->nlines; }
size_t xxgk_report_cell_count(const xxgk_report *r) { return r->ncells; }
size_t xxgk_report_section_count(const xxgk_report *r) { return r->nsections; }

const char *xxgk_report_line(const xxgk_report *r, unsigned n)
{
    return n >= 1 && n <= r->nlines ? r->lines[n - 1] : NULL;
}

int rep_page_begins(const xxgk_report *r, unsigned l)
{
    return r->page_of && l >= 1 && l <= r->nlines &&
           r->page_of[l - 1] != (l > 1 ? r->page_of[l - 2] : 1);
}

xxgk_place rep_place(const xxgk_report *r, unsigned line)
{
    xxgk_place p = {line, 0, 0};
    if (line) {
        p.page = xxgk_report_page(r, line);
        xxgk_report_source_position(r, &p.line, &p.column);
    }
    return p;
}

unsigned xxgk_report_page(const xxgk_report *r, unsigned line)
{
    return r->page_of && line >= 1 && line <= r->nlines ? r->page_of[line - 1] : 0;
}

void xxgk_report_source_position(const xxgk_report *r, unsigned *line, unsigned *column)
{
    if (!r->source_line || *line < 1 || *line > r->nlines)
        return;
    unsigned n = *line - 1;
    if (column)
        *column = r->source_column[n] + (*column ? *column - 1 : 0);
    *line = r->source_line[n];
}

const xxgk_cell *xxgk_report_cell(const xxgk_report *r, size_t i)
{
    return i < r->ncells ? &r->cells[i] : NULL;
}

const xxgk_section *xxgk_report_section(const xxgk_report *r, size_t i)
{
    return i < r->nsections ? &r->sections[i] : NULL;
}

int xxgk_cell_known(const xxgk_cell *c)
{
    return c && c->kind != XXGK_CELL_ABSENT && c->kind != XXGK_CELL_TEXT;
}

int xxgk_report_row_present(const xxgk_report *r, const xxgk_row_spec *row)
{
    if (row->first_cell + row->ncols > (int)r->ncells)
        return 0;
    for (int c = 0; c < row->ncols; c++)
        if (r->cells[row->first_cell + c].kind != XXGK_CELL_ABSENT ||
            r->cells[row->first_cell + c].line)
            return 1;
    return 0;
}

/* ---- building a report from figures ---- */

int xxgk_report_new(xxgk_report **out, xxgk_format_id format, const char *agency, int year)
{
    *out = NULL;
    const xxgk_format_spec *spec = xxgk_format_get(format);
    if (!spec)
        return err_set(XXGK_EINVAL, TR("报告只能按2021年或2019年格式生成",
                                       "a report is built in the 2021 or the 2019 format"));
    xxgk_report *r = rep_new("<register>");
    if (!r)
        return err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    r->built = 1;
    r->format = format;
    r->spec = spec;
    r->year = year;
    r->agency = agency ? rep_strndup(r, agency, strlen(agency)) : NULL;
    r->title = rep_printf(r, "%s%d年政府信息公开工作年度报告", agency ? agency : "", year);
    r->layout = "built";
    r->ncells = (size_t)spec->ncells;
    r->cells = calloc(r->ncells, sizeof *r->cells);
    if (!r->cells || !r->title || r->oom) {
        xxgk_report_free(r);
        return err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    }
    *out = r;
    return 0;
}

int xxgk_report_set_cell(xxgk_report *r, size_t i, double value)
{
    if (i >= r->ncells)
        return err_set(XXGK_EINVAL, TR("单元格 %zu 不存在", "cell %zu does not exist"), i);
    xxgk_cell *c = &r->cells[i];
    c->kind = XXGK_CELL_NUMBER;
    c->value = value;
    char num[64];
    c->raw = rep_printf(r, "%s", num_format(num, sizeof num, value));
    return c->raw ? 0 : err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
}

int xxgk_report_add_section(xxgk_report *r, int standard, const char *text)
{
    if (!xxgk_section_title(standard))
        return err_set(XXGK_EINVAL,
                       TR("第%d部分不存在（应为1至6）", "section %d does not exist (1..6)"),
                       standard);
    xxgk_section *s = realloc(r->sections, (r->nsections + 1) * sizeof *s);
    if (!s)
        return err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    r->sections = s;
    s = &r->sections[r->nsections];
    s->number = standard;
    s->standard = standard;
    s->title = xxgk_section_title(standard);
    s->text = rep_strndup(r, text ? text : "", text ? strlen(text) : 0);
    s->line = 0;
    if (!s->text)
        return err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    r->nsections++;
    return 0;
}

int xxgk_report_set_published(xxgk_report *r, const char *date)
{
    r->published = date ? rep_strndup(r, date, strlen(date)) : NULL;
    return !date || r->published ? 0 : err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
}

int xxgk_report_built(const xxgk_report *r) { return r->built; }

size_t xxgk_report_summed(const xxgk_report *r) { return r->summed; }

const char *xxgk_report_summed_from(const xxgk_report *r, size_t k, const char **agency)
{
    int in = k < r->summed && r->summed_file;
    if (agency)
        *agency = in ? r->summed_agency[k] : NULL;
    return in ? r->summed_file[k] : NULL;
}

unsigned rep_section_end(const xxgk_report *r, size_t i)
{
    return i + 1 < r->nsections ? r->sections[i + 1].line - 1
           : r->appendix_line   ? r->appendix_line - 1
                                : r->nlines;
}

/* The length of the number an appendix's heading gives it ("1", "三", "12"). */
static size_t appendix_number(const char *s, size_t n)
{
    size_t k = 0;
    for (int32_t cp; k < n;) {
        size_t step = u8_next(s + k, n - k, &cp);
        if (!((cp >= '0' && cp <= '9') || cn_digit(cp)))
            break;
        k += step;
    }
    return k;
}

int rep_appendix_of(const xxgk_report *r, unsigned line)
{
    const char *p = r->lines[line - 1];
    p += strspn(p, " \t#*");
    if (strncmp(p, "附表", strlen("附表")) != 0 && strncmp(p, "附件", strlen("附件")) != 0)
        return 0;
    p += strlen("附表");
    char norm[LABEL_NORM_MAX], want[LABEL_NORM_MAX];
    size_t n = label_norm(norm, sizeof norm, p, strlen(p));
    size_t k = appendix_number(norm, n);
    for (int std = 2; std <= 4; std++) {
        const char *title = xxgk_section_title(std);
        size_t w = label_norm(want, sizeof want, title, strlen(title));
        if (n - k >= w && memcmp(norm + k, want, w) == 0) {
            const char *rest = norm + k + w; /* ("…情况表", "…情况统计表") */
            if (!*rest || strcmp(rest, "表") == 0 || strcmp(rest, "统计表") == 0)
                return std;
        }
    }
    return -1;
}

const xxgk_section *rep_section_find(const xxgk_report *r, int standard)
{
    for (size_t i = 0; i < r->nsections; i++)
        if (r->sections[i].standard == standard)
            return &r->sections[i];
    return NULL;
}

int report_counting_clause(const char *s, size_t n)
{
    int comma = 0, counted = 0, words = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\t')
            return 0;
        comma |= s[i] == ',' || (i + 3 <= n && memcmp(s + i, "，", 3) == 0);
        /* (a count after words: not a figure opening the cell, a value with its unit) */
        counted |= words && i + 4 <= n && s[i] >= '0' && s[i] <= '9' &&
                   (memcmp(s + i + 1, "件", 3) == 0 || memcmp(s + i + 1, "起", 3) == 0);
        words |= (unsigned char)s[i] >= 0x80;
    }
    return comma && counted;
}

int report_sentence_line(const char *s, size_t n)
{
    for (size_t i = 0; i + 3 <= n; i++)
        if (memcmp(s + i, "\xe3\x80\x82", 3) == 0) /* 。 */
            return 1;
    return report_counting_clause(s, n);
}
