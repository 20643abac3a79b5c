/* The letter template engine (see xxgk/template.h): one pass over the template that checks every
 * tag, shown or hidden, so a typo in a rarely shown section still fails on the first render.
 * {{#name}}...{{/name}} is shown when name is set, {{^name}}...{{/name}} when it is not. */
#include <stdlib.h>
#include <string.h>

#include "lib/error.h"
#include "util/buf.h"
#include "xxgk/xxgk.h"

#define MAX_DEPTH 16 /* section nesting; letters need two at most */

typedef struct {
    const char *name; /* the section's name inside the template */
    size_t len;
    unsigned line; /* where it opened, for the "unclosed" message */
    char kind;     /* '#' or '^', for the same */
    int was_shown; /* visibility to restore at {{/name}} */
} section;

typedef struct {
    xbuf out;
    const char *label; /* the template's name in messages */
} ctx;

static int emit(ctx *c, const char *s, size_t n)
{
    if (n > XXGK_TEMPLATE_MAX_OUTPUT - c->out.len)
        return err_set(XXGK_ELIMIT,
                       TR("%s：生成的信函超过 %zu 字节", "%s: rendered letter exceeds %zu bytes"),
                       c->label, XXGK_TEMPLATE_MAX_OUTPUT);
    return xbuf_put(&c->out, s, n) < 0 ? err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"))
                                       : 0;
}

static int is_name_char(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           ch == '_';
}

/* Only blanks in t[from, to)? */
static int blank(const char *t, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (t[i] != ' ' && t[i] != '\t' && t[i] != '\r') return 0;
    return 1;
}

static const xxgk_tvar *lookup(const xxgk_tvar *vars, size_t nvars, const char *name, size_t n)
{
    for (size_t i = 0; i < nvars; i++)
        if (vars[i].key && strlen(vars[i].key) == n && memcmp(vars[i].key, name, n) == 0)
            return &vars[i];
    return NULL;
}

/* The bad tag at t[i..] for a message: up to its "}}" or the end of the line, at most 40 bytes
 * and never ending inside a UTF-8 sequence. */
static int snippet(const char *t, size_t i, size_t len)
{
    size_t n = 0;
    while (i + n < len && n < 40 && t[i + n] != '\n' &&
           !(n >= 2 && t[i + n - 1] == '}' && t[i + n - 2] == '}'))
        n++;
    while (i + n < len && n > 0 && ((unsigned char)t[i + n] & 0xC0) == 0x80)
        n--;
    return (int)n;
}

static int render(ctx *c, const char *t, size_t len, const xxgk_tvar *vars, size_t nvars)
{
    section stack[MAX_DEPTH];
    int depth = 0, shown = 1, rc;
    unsigned line = 1;
    size_t run = 0, line_in = 0, line_out = 0; /* pending literal; where the line began */
    for (size_t i = 0; i < len;) {
        if (t[i] == '\n') {
            i++;
            if (shown && (rc = emit(c, t + run, i - run)) < 0) return rc;
            run = line_in = i;
            line_out = c->out.len;
            line++;
            continue;
        }
        if (t[i] != '{' || i + 1 >= len || t[i + 1] != '{') {
            i++;
            continue;
        }
        if (shown && (rc = emit(c, t + run, i - run)) < 0) return rc;
        if (i + 3 < len && t[i + 2] == '{' && t[i + 3] == '{') {
            if (shown && (rc = emit(c, "{{", 2)) < 0) return rc;
            run = i += 4;
            continue;
        }
        size_t j = i + 2;
        char kind = j < len && (t[j] == '#' || t[j] == '^' || t[j] == '/') ? t[j++] : 0;
        const char *name = t + j;
        while (j < len && is_name_char(t[j]))
            j++;
        size_t n = (size_t)(t + j - name);
        if (n == 0 || j + 1 >= len || t[j] != '}' || t[j + 1] != '}')
            return err_set(XXGK_EINVAL,
                           TR("%s 第%u行：标记“%.*s”写法有误（“{{”本身要写作“{{{{”）",
                              "%s:%u: malformed tag \"%.*s\" (a literal \"{{\" is written \"{{{{\")"),
                           c->label, line, snippet(t, i, len), t + i);
        size_t end = j + 2;
        const xxgk_tvar *v = lookup(vars, nvars, name, n);
        if (!v)
            return err_set(XXGK_EINVAL,
                           TR("%s 第%u行：未知的占位符 {{%.*s}}", "%s:%u: unknown placeholder {{%.*s}}"),
                           c->label, line, (int)n, name);
        const char *val = v->value ? v->value : "";
        if (kind == '#' || kind == '^') {
            if (depth == MAX_DEPTH)
                return err_set(XXGK_ELIMIT,
                               TR("%s 第%u行：区块嵌套超过 %d 层", "%s:%u: sections nested deeper than %d"),
                               c->label, line, MAX_DEPTH);
            stack[depth++] = (section){name, n, line, kind, shown};
            shown = shown && (kind == '#') == (*val != '\0');
        } else if (kind == '/') {
            if (depth == 0 || stack[depth - 1].len != n || memcmp(stack[depth - 1].name, name, n))
                return err_set(XXGK_EINVAL,
                               TR("%s 第%u行：{{/%.*s}} 前面没有未结束的 {{#%.*s}}",
                                  "%s:%u: {{/%.*s}} closes no open {{#%.*s}}"),
                               c->label, line, (int)n, name, (int)n, name);
            shown = stack[--depth].was_shown;
        } else if (shown && !*val && v->ask && (rc = emit(c, v->ask, strlen(v->ask))) < 0) {
            return rc;
        } else if (shown && *val && (rc = emit(c, val, strlen(val))) < 0) {
            return rc;
        }
        if (kind) {
            /* A section tag alone on its line vanishes with its line. */
            size_t eol = end;
            while (eol < len && t[eol] != '\n')
                eol++;
            if (blank(t, line_in, i) && blank(t, end, eol)) {
                c->out.len = line_out;
                if (c->out.data) c->out.data[line_out] = '\0';
                if (eol < len) {
                    end = line_in = eol + 1;
                    line++;
                }
            }
        }
        run = i = end;
    }
    if (shown && (rc = emit(c, t + run, len - run)) < 0) return rc;
    if (depth > 0)
        return err_set(XXGK_EINVAL,
                       TR("%s 第%u行：区块 {{%c%.*s}} 没有结束",
                          "%s:%u: section {{%c%.*s}} is never closed"),
                       c->label, stack[depth - 1].line, stack[depth - 1].kind,
                       (int)stack[depth - 1].len, stack[depth - 1].name);
    return 0;
}

int xxgk_template_render(char **out, const char *tmpl, size_t len, const xxgk_tvar *vars,
                         size_t nvars, const char *name)
{
    if (!out || (!tmpl && len) || (!vars && nvars))
        return err_set(XXGK_EINVAL,
                       TR("xxgk_template_render：参数为空", "xxgk_template_render: NULL argument"));
    if (!tmpl) tmpl = ""; /* no arithmetic on a null pointer below */
    ctx c = {.label = name ? name : TR("模板", "template")};
    xbuf_init(&c.out, XXGK_TEMPLATE_MAX_OUTPUT + 1); /* emit() enforces the limit itself */
    int rc = render(&c, tmpl, len, vars, nvars);
    char *s = rc < 0 ? NULL : xbuf_steal(&c.out);
    xbuf_free(&c.out);
    if (rc < 0) return rc;
    if (!s) return err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    *out = s;
    return 0;
}
