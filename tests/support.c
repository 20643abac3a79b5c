/* Helpers shared by the tests (see support.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <gsf/gsf-outfile-msole.h>
#include <gsf/gsf-outfile.h>
#include <gsf/gsf-output-memory.h>
#include <iconv.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zip.h>

#include "support.h"

char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0, k;
    char *buf = malloc(cap + 1);
    while (buf && (k = fread(buf + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) {
            char *p = realloc(buf, cap * 2 + 1);
            if (!p) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = p;
            cap *= 2;
        }
    }
    fclose(f);
    if (!buf)
        return NULL;
    buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}

char *fixture(const char *name, size_t *len)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", XXGK_FIXTURES, name);
    char *s = slurp(path, len);
    if (!s)
        fail_msg("missing fixture %s", path);
    return s;
}

xxgk_report *read_text(const char *text, size_t len)
{
    xxgk_report *r = NULL;
    xxgk_read_options o = {.name = "test"};
    int rc = xxgk_report_read(&r, text, len, &o);
    if (rc < 0)
        fail_msg("read failed: %s", xxgk_error_last());
    return r;
}

int sink_str(void *ctx, const char *data, size_t len)
{
    char **acc = ctx;
    size_t old = *acc ? strlen(*acc) : 0;
    char *p = realloc(*acc, old + len + 1);
    if (!p)
        return -1;
    memcpy(p + old, data, len);
    p[old + len] = '\0';
    *acc = p;
    return 0;
}

json_t *report_json(const xxgk_report *r)
{
    char *out = NULL;
    assert_int_equal(xxgk_write_report("json", r, NULL, sink_str, &out), 0);
    json_error_t err;
    json_t *j = json_loads(out, 0, &err);
    if (!j)
        fail_msg("bad JSON: %s", err.text);
    free(out);
    return j;
}

void assert_requests_row(const xxgk_report *r, const char *key, int nth, const double *want,
                         size_t n)
{
    json_t *j = report_json(r);
    json_t *row = json_object_get(json_object_get(j, "requests"), key);
    if (nth >= 0)
        row = json_array_get(row, (size_t)nth);
    for (size_t k = 0; k < n; k++) {
        json_t *x = json_array_get(row, k);
        if (want[k] < 0 ? !json_is_null(x) : !json_is_number(x) || json_number_value(x) != want[k])
            fail_msg("%s[%d] column %zu", key, nth, k);
    }
    json_decref(j);
}

void assert_same_report(const xxgk_report *want, const xxgk_report *got)
{
    json_t *a = report_json(want), *b = report_json(got);
    static const char *const keys[] = {"title", "agency", "year", "published", "format",
                                       "active", "requests", "review"};
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++)
        if (!json_equal(json_object_get(a, keys[k]), json_object_get(b, keys[k]))) {
            char *x = json_dumps(json_object_get(b, keys[k]), JSON_COMPACT);
            fail_msg("%s differs: %s", keys[k], x ? x : "(null)");
        }
    json_decref(a);
    json_decref(b);
}

void assert_file_reads_as(const char *data, size_t len, const char *name, const char *layout,
                          const xxgk_report *want)
{
    xxgk_report *got = NULL;
    xxgk_read_options o = {.name = name};
    if (xxgk_report_read(&got, data, len, &o) != 0)
        fail_msg("%s", xxgk_error_last());
    assert_string_equal(xxgk_report_layout(got), layout);
    assert_same_report(want, got);
    xxgk_findings *f = check_report(got);
    assert_int_equal(xxgk_findings_count(f), 0);
    xxgk_findings_free(f);
    xxgk_report_free(got);
    for (size_t cut = 1; cut < len; cut += len / 9 + 1) {
        if (xxgk_report_read(&got, data, cut, &o) == 0)
            xxgk_report_free(got);
        else
            assert_non_null(strstr(xxgk_error_last(), name));
    }
}

xxgk_findings *check_report(const xxgk_report *r)
{
    xxgk_findings *f = NULL;
    assert_int_equal(xxgk_check(&f, r, NULL), 0);
    return f;
}

int count_rule(const xxgk_findings *f, const char *rule, char *ev, size_t evcap)
{
    int n = 0;
    for (size_t i = 0; i < xxgk_findings_count(f); i++) {
        const xxgk_finding *x = xxgk_findings_get(f, i);
        if (strcmp(x->rule->id, rule) != 0)
            continue;
        if (n == 0 && ev)
            snprintf(ev, evcap, "%s", x->evidence);
        n++;
    }
    return n;
}

char *replace_all(const char *text, const char *const *from, const char *const *to, int n)
{
    char *t = strdup(text);
    for (int i = 0; i < n; i++) {
        char *u = replace(t, from[i], to[i]);
        free(t);
        t = u;
    }
    return t;
}

char *replace(const char *text, const char *from, const char *to)
{
    const char *p = strstr(text, from);
    if (!p)
        fail_msg("replace: '%s' not in text", from);
    size_t a = (size_t)(p - text), fl = strlen(from), tl = strlen(to), n = strlen(text);
    char *out = malloc(n - fl + tl + 1);
    memcpy(out, text, a);
    memcpy(out + a, to, tl);
    memcpy(out + a + tl, p + fl, n - a - fl + 1);
    return out;
}

char *drop_line(const char *text, const char *needle)
{
    const char *p = strstr(text, needle);
    if (!p)
        fail_msg("drop_line: '%s' not in text", needle);
    const char *a = p, *e = strchr(p, '\n');
    while (a > text && a[-1] != '\n')
        a--;
    e = e ? e + 1 : p + strlen(p);
    size_t n = strlen(text);
    char *out = malloc(n + 1);
    memcpy(out, text, (size_t)(a - text));
    memcpy(out + (a - text), e, n - (size_t)(e - text) + 1);
    return out;
}

static void compare_leaf(figure_tally *t, const char *path, json_t *want, json_t *got,
                         const char *file)
{
    if (json_is_object(want)) {
        const char *k;
        json_t *v;
        json_object_foreach(want, k, v)
        {
            char p[256];
            snprintf(p, sizeof p, "%s.%s", path, k);
            compare_leaf(t, p, v, json_object_get(got, k), file);
        }
        return;
    }
    if (json_is_array(want)) {
        for (size_t i = 0; i < json_array_size(want); i++) {
            char p[256];
            snprintf(p, sizeof p, "%s[%zu]", path, i);
            compare_leaf(t, p, json_array_get(want, i), json_array_get(got, i), file);
        }
        return;
    }
    t->cells++;
    int null = !got || json_is_null(got);
    int ok = json_is_null(want) ? null
                                : json_is_number(want) && json_is_number(got) &&
                                      fabs(json_number_value(want) - json_number_value(got)) <
                                          1e-9;
    if (ok) {
        t->exact++;
        return;
    }
    if (t->allow_null && null) {
        t->unplaced++;
        return;
    }
    char *g = got ? json_dumps(got, JSON_ENCODE_ANY) : NULL;
    printf("  %s: %s: want %g, got %s\n", file, path, json_number_value(want), g ? g : "missing");
    free(g);
    t->wrong++;
}

void compare_figures(figure_tally *t, json_t *truth, json_t *got, const char *file)
{
    const char *tables[] = {"active", "requests", "review"};
    for (int i = 0; i < 3; i++)
        compare_leaf(t, tables[i], json_object_get(truth, tables[i]),
                     json_object_get(got, tables[i]), file);
}

int compare_scalar(json_t *truth, json_t *got, const char *key, const char *file)
{
    json_t *w = json_object_get(truth, key), *g = json_object_get(got, key);
    if (!w || json_is_null(w))
        return 0;
    int same = json_equal(w, g);
    if (!same && json_is_string(w) && json_is_integer(g))
        same = strtol(json_string_value(w), NULL, 10) == json_integer_value(g);
    if (!same && json_is_integer(w) && json_is_string(g))
        same = strtol(json_string_value(g), NULL, 10) == json_integer_value(w);
    if (same)
        return 0;
    char *ws = json_dumps(w, JSON_ENCODE_ANY), *gs = g ? json_dumps(g, JSON_ENCODE_ANY) : NULL;
    printf("  %s: %s: want %s, got %s\n", file, key, ws, gs ? gs : "missing");
    free(ws);
    free(gs);
    return 1;
}

int calendar_setup(void **state)
{
    xxgk_calendar *c = NULL;
    if (xxgk_calendar_new(&c) != 0 || xxgk_calendar_load_builtin(c) != 0)
        return -1;
    *state = c;
    return 0;
}

int calendar_teardown(void **state)
{
    xxgk_calendar_free(*state);
    return 0;
}

int sink_bytes(void *ctx, const char *data, size_t len)
{
    bytes *b = ctx;
    char *p = realloc(b->data, b->len + len + 1);
    if (!p)
        return -1;
    memcpy(p + b->len, data, len);
    b->len += len;
    p[b->len] = '\0';
    b->data = p;
    return 0;
}

xxgk_date test_date(const char *s)
{
    xxgk_date d = 0;
    if (xxgk_date_parse(&d, s) < 0)
        fail_msg("bad date in test: %s", xxgk_error_last());
    return d;
}

xxgk_report *load_fixture(const char *name)
{
    size_t n;
    char *text = fixture(name, &n);
    xxgk_report *r = read_text(text, n);
    free(text);
    return r;
}

bytes ole_streams(const part *streams, size_t n)
{
    GsfOutput *mem = gsf_output_memory_new();
    GsfOutfile *ole = gsf_outfile_msole_new(mem);
    for (size_t i = 0; i < n; i++) {
        GsfOutput *s = gsf_outfile_new_child(ole, streams[i].name, FALSE);
        assert_true(gsf_output_write(s, streams[i].len, (const guint8 *)streams[i].data));
        gsf_output_close(s);
        g_object_unref(s);
    }
    gsf_output_close(GSF_OUTPUT(ole));
    g_object_unref(ole);
    bytes b;
    b.len = (size_t)gsf_output_size(mem);
    b.data = malloc(b.len + 1);
    assert_non_null(b.data);
    memcpy(b.data, gsf_output_memory_get_bytes(GSF_OUTPUT_MEMORY(mem)), b.len);
    b.data[b.len] = '\0';
    g_object_unref(mem); /* (closed with the outfile) */
    return b;
}

void assert_json_at(const xxgk_report *r, const char *path, const char *want)
{
    json_t *j = report_json(r), *at = j;
    char key[64];
    for (const char *p = path; at && *p;) {
        size_t n = strcspn(p, ".[");
        if (n) {
            snprintf(key, sizeof key, "%.*s", (int)n, p);
            at = json_object_get(at, key);
        }
        p += n;
        if (*p == '[') {
            at = json_array_get(at, strtoul(p + 1, NULL, 10));
            p += strcspn(p, "]") + (p[strcspn(p, "]")] == ']');
        }
        if (*p == '.')
            p++;
    }
    char *got = at ? json_dumps(at, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENCODE_ANY) : NULL;
    if (!got || strcmp(got, want) != 0)
        fail_msg("%s: %s, want %s", path, got ? got : "nothing", want);
    free(got);
    json_decref(j);
}

bytes recoded(const char *to, const char *s, size_t n)
{
    iconv_t cd = iconv_open(to, "UTF-8");
    assert_true(cd != (iconv_t)-1);
    bytes out = {malloc(n * 4 + 1), 0}; /* (UTF-16 takes at most 4 bytes for UTF-8's 1) */
    assert_non_null(out.data);
    char *in = (char *)s, *w = out.data;
    size_t left = n, room = n * 4;
    assert_true(iconv(cd, &in, &left, &w, &room) != (size_t)-1);
    iconv_close(cd);
    out.len = (size_t)(w - out.data);
    out.data[out.len] = '\0';
    return out;
}

bytes zip_parts(const part *parts, size_t n)
{
    char path[] = "/tmp/xxgk-zip-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    int ze;
    zip_t *z = zip_open(path, ZIP_TRUNCATE, &ze);
    assert_non_null(z);
    for (size_t i = 0; i < n; i++) {
        zip_source_t *s = zip_source_buffer(z, parts[i].data, parts[i].len, 0);
        assert_non_null(s);
        assert_true(zip_file_add(z, parts[i].name, s, ZIP_FL_ENC_UTF_8) >= 0);
    }
    assert_int_equal(zip_close(z), 0);
    bytes b;
    b.data = slurp(path, &b.len);
    assert_non_null(b.data);
    unlink(path);
    return b;
}

xxgk_db *fresh_register(const char *path)
{
    static const char *const suffix[] = {"", "-wal", "-shm"};
    for (int i = 0; i < 3; i++) {
        char p[512];
        snprintf(p, sizeof p, "%s%s", path, suffix[i]);
        unlink(p);
    }
    xxgk_db *db = NULL;
    assert_int_equal(xxgk_db_create(&db, path, "tester"), 0);
    assert_int_equal(xxgk_db_set(db, "agency", "测试局"), 0);
    return db;
}

void assert_ledger_imported(xxgk_db *db, const char *data, size_t len, const char *name)
{
    size_t added = 0;
    if (xxgk_request_import(db, data, len, name, &added, NULL) != 0)
        fail_msg("%s", xxgk_error_last());
    assert_int_equal(added, 2);
    char *csv = NULL;
    assert_int_equal(xxgk_request_export(db, 0, "2024-03-08", &csv), 0);
    assert_non_null(strstr(csv, "\nX1,2024-03-05,张三,natural,,,online,"
                                "\"关于\"\"某\"\"的，文件,附件\n第二页\",,,closed,2024-04-02,0,0,0,"
                                "granted,（一）予以公开,2024-03-12,"));
    assert_non_null(strstr(csv, "\n1002,2024-03-07,某公司,business,,,post,文件B,,,open,"));
    free(csv);
}

int lang_en_teardown(void **state)
{
    (void)state;
    xxgk_lang_set(XXGK_LANG_EN);
    return 0;
}
