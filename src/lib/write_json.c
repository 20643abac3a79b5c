/* JSON writer: the contract of docs/report-json.md plus title, sections, diagnostics and
 * provenance; and one object per file of findings for `xxgk check`. */
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lib/error.h"
#include "lib/writer_impl.h"
#include "util/text.h"

/* A document being built: a value that could not be made (memory ran out, or text that is not
 * UTF-8) fails the whole document rather than leaving a key or an element silently out. */
typedef struct {
    int bad;
} jdoc;

static void jset(jdoc *d, json_t *o, const char *key, json_t *v)
{
    if (!v || json_object_set_new(o, key, v) < 0)
        d->bad = 1;
}

static void jadd(jdoc *d, json_t *a, json_t *v)
{
    if (!v || json_array_append_new(a, v) < 0)
        d->bad = 1;
}

static json_t *str_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

/* A file name as JSON text (see u8_scrub). */
static json_t *name_json(const char *s)
{
    json_t *j = json_string(s);
    if (j)
        return j;
    xbuf b;
    xbuf_init(&b, 0);
    u8_scrub(&b, s, strlen(s));
    j = b.failed ? NULL : json_string(b.data ? b.data : "");
    xbuf_free(&b);
    return j;
}

/* Narrative as JSON text: read folded (full-width ASCII as ASCII, for matching), given back
 * with the punctuation full-width again where Chinese prose has it, as the Markdown writer does. */
static json_t *prose_json(const char *s)
{
    if (!s)
        return json_null();
    xbuf b;
    xbuf_init(&b, 0); /* (widening makes it longer: a "," becomes a three-byte "，") */
    prose_widths(&b, s, strlen(s));
    json_t *j = b.failed ? NULL : json_stringn(b.data ? b.data : "", b.len);
    xbuf_free(&b);
    return j;
}

static json_t *figure(const xxgk_cell *c)
{
    if (!xxgk_cell_known(c))
        return json_null();
    if (fabs(c->value - round(c->value)) < 1e-9 && fabs(c->value) < 9e15)
        return json_integer((json_int_t)llround(c->value));
    return json_real(c->value);
}

static const char *kind_name(xxgk_cell_kind k)
{
    static const char *const names[] = {"absent", "number", "blank", "slash",
                                        "dash",   "number_text", "text"};
    return (unsigned)k < sizeof names / sizeof names[0] ? names[k] : "absent";
}

/* The figures of one row: a scalar for a one-column lone row, else an array. */
static json_t *row_json(jdoc *d, const xxgk_report *r, const xxgk_row_spec *row)
{
    if (row->ncols == 1 && row->index < 0 && !(row->flags & XXGK_ROW_SINGLE_ALT))
        return figure(xxgk_report_cell(r, (size_t)row->first_cell));
    json_t *a = json_array();
    for (int k = 0; k < row->ncols; k++)
        jadd(d, a, figure(xxgk_report_cell(r, (size_t)(row->first_cell + k))));
    return a;
}

static void add_provenance(jdoc *d, json_t *cells, const xxgk_report *r,
                           const xxgk_table_spec *t, const shape_row *sr)
{
    for (int k = 0; k < sr->cells->ncols; k++) {
        const xxgk_cell *c = xxgk_report_cell(r, (size_t)(sr->cells->first_cell + k));
        if (c->kind == XXGK_CELL_ABSENT)
            continue;
        char path[96];
        if (sr->array)
            snprintf(path, sizeof path, "%s.%s[%d][%d]", t->key, sr->key, sr->index, k);
        else if (sr->cells->ncols == 1)
            snprintf(path, sizeof path, "%s.%s", t->key, sr->key);
        else
            snprintf(path, sizeof path, "%s.%s[%d]", t->key, sr->key, k);
        unsigned line = c->line, column = c->column;
        xxgk_report_source_position(r, &line, &column);
        jadd(d, cells, json_pack("{s:s, s:I, s:I, s:s, s:s}", "path", path, "line",
                                               (json_int_t)line, "column", (json_int_t)column,
                                               "raw", c->raw ? c->raw : "", "kind",
                                               kind_name(c->kind)));
    }
}

static json_t *table_json(jdoc *d, const xxgk_report *r, const xxgk_table_spec *t,
                          json_t *prov)
{
    shape_row rows[64];
    int n = shape_rows(rows, 64, r, t);
    json_t *o = json_object();
    /* (once a value could not be set, the document fails: stop, touching nothing freed) */
    for (int i = 0; i < n && !d->bad; i++) {
        add_provenance(d, prov, r, t, &rows[i]);
        if (!rows[i].array) {
            jset(d, o, rows[i].key, row_json(d, r, rows[i].cells));
            continue;
        }
        json_t *a = json_object_get(o, rows[i].key);
        if (!a) {
            a = json_array();
            jset(d, o, rows[i].key, a);
            if (d->bad)
                break;
        }
        json_t *row = json_array();
        for (int k = 0; k < rows[i].cells->ncols; k++)
            jadd(d, row, figure(xxgk_report_cell(r, (size_t)(rows[i].cells->first_cell + k))));
        jadd(d, a, row);
    }
    return o;
}

static json_t *findings_json(jdoc *d, const xxgk_findings *f)
{
    json_t *a = json_array();
    size_t n = f ? xxgk_findings_count(f) : 0;
    for (size_t i = 0; i < n; i++) {
        const xxgk_finding *x = xxgk_findings_get(f, i);
        json_t *o =
            json_pack("{s:s, s:s, s:s, s:s, s:o, s:s}", "rule", x->rule->id, "category",
                      x->rule->category, "severity", xxgk_severity_name(x->rule->severity),
                      "message", x->message, "line", x->line ? json_integer(x->line) : json_null(),
                      "evidence", x->evidence ? x->evidence : "");
        if (o && x->column) /* only where a long line was cut into rows */
            jset(d, o, "column", json_integer(x->column));
        if (o && x->page) /* only for paged documents */
            jset(d, o, "page", json_integer(x->page));
        jadd(d, a, o);
    }
    return a;
}

static int dump(xbuf *b, json_t *o, const jdoc *d)
{
    char *s = o && !d->bad ? json_dumps(o, JSON_COMPACT | JSON_REAL_PRECISION(15)) : NULL;
    json_decref(o);
    if (!s)
        return err_set(XXGK_ENOMEM, TR("无法写出 JSON（内存不足，或文字不是 UTF-8）",
                                       "could not write JSON (out of memory, or text not UTF-8)"));
    xbuf_puts(b, s);
    xbuf_putc(b, '\n');
    free(s);
    return 0;
}

int write_json_report(xbuf *b, const xxgk_report *r, const xxgk_findings *f)
{
    jdoc doc = {0}, *d = &doc;
    const xxgk_format_spec *spec = xxgk_report_spec(r);
    json_t *o = json_object();
    jset(d, o, "file", name_json(xxgk_report_name(r)));
    jset(d, o, "title", str_or_null(xxgk_report_title(r)));
    jset(d, o, "preamble", prose_json(xxgk_report_preamble(r)));
    jset(d, o, "agency", str_or_null(xxgk_report_agency(r)));
    jset(d, o, "year", xxgk_report_year(r) ? json_integer(xxgk_report_year(r))
                                                        : json_null());
    jset(d, o, "format", json_string(spec ? spec->name : "other"));
    jset(d, o, "published", str_or_null(xxgk_report_published(r)));
    jset(d, o, "posted", str_or_null(xxgk_report_posted(r)));
    if (xxgk_report_summed(r)) {
        jset(d, o, "summed", json_integer((json_int_t)xxgk_report_summed(r)));
        json_t *from = json_array();
        for (size_t k = 0; k < xxgk_report_summed(r); k++) {
            const char *agency, *file = xxgk_report_summed_from(r, k, &agency);
            json_t *m = json_object();
            jset(d, m, "file", name_json(file));
            jset(d, m, "agency", str_or_null(agency));
            jadd(d, from, m);
        }
        jset(d, o, "summed_from", from);
    }
    json_t *prov = json_array();
    for (int t = 0; t < XXGK_TABLE_COUNT; t++) {
        const xxgk_table_spec *ts = spec ? &spec->tables[t] : NULL;
        static const char *const keys[] = {"active", "requests", "review"};
        jset(d, o, keys[t], ts ? table_json(d, r, ts, prov) : json_null());
    }
    json_t *secs = json_array();
    for (size_t i = 0; i < xxgk_report_section_count(r); i++) {
        const xxgk_section *s = xxgk_report_section(r, i);
        unsigned line = s->line;
        xxgk_report_source_position(r, &line, NULL);
        jadd(d, secs, json_pack("{s:i, s:o, s:s, s:I, s:o}", "number", s->number,
                                              "standard",
                                              s->standard ? json_integer(s->standard)
                                                          : json_null(),
                                              "title", s->title, "line", (json_int_t)line,
                                              "text", prose_json(s->text)));
    }
    jset(d, o, "sections", secs);
    jset(d, o, "diagnostics", findings_json(d, f));
    jset(d, o, "provenance",
                        json_pack("{s:s, s:s, s:I, s:o}", "encoding", xxgk_report_encoding(r),
                                  "layout", xxgk_report_layout(r), "lines",
                                  (json_int_t)xxgk_report_line_count(r), "cells", prov));
    return dump(b, o, d);
}

int write_json_findings(xbuf *b, const char *file, const write_other *other,
                        const xxgk_report *r, const xxgk_findings *f)
{
    const char *previous = other ? other->file : NULL;
    jdoc doc = {0}, *d = &doc;
    const xxgk_format_spec *spec = r ? xxgk_report_spec(r) : NULL;
    json_t *o = json_object();
    jset(d, o, "file", name_json(file));
    if (previous) /* (last year's; or another agency's of the same year: "same_as") */
        jset(d, o, other->same_year ? "same_as" : "previous", name_json(previous));
    else
        jset(d, o, "format",
                            r ? json_string(spec ? spec->name : "other") : json_null());
    if (!previous) { /* (whose report of which year: a batch's files are often 1.pdf, 2.pdf) */
        const char *agency = r ? xxgk_report_agency(r) : NULL;
        int year = r ? xxgk_report_year(r) : 0;
        jset(d, o, "agency", agency ? name_json(agency) : json_null());
        jset(d, o, "year", year ? json_integer(year) : json_null());
    }
    jset(d, o, "findings", findings_json(d, f));
    return dump(b, o, d);
}

int write_json_unreadable(xbuf *b, const char *file, const char *message, int findings)
{
    jdoc doc = {0}, *d = &doc;
    json_t *o = json_object();
    jset(d, o, "file", name_json(file));
    if (findings) {
        jset(d, o, "format", json_null());
        jset(d, o, "agency", json_null());
        jset(d, o, "year", json_null());
    }
    jset(d, o, "error", name_json(message));
    if (findings)
        jset(d, o, "findings", json_array());
    return dump(b, o, d);
}
