/* Helpers shared by the tests (see support.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
