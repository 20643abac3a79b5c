/* The writer table and what every writer shares (see writer_impl.h). */
#include "lib/writer_impl.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/docx.h"
#include "lib/error.h"
#include "util/text.h"

typedef struct {
    xxgk_writer_info info;
    int (*header)(xbuf *b);
    int (*report)(xbuf *b, const xxgk_report *r, const xxgk_findings *f);
    int (*document)(xbuf *b, const xxgk_report *r); /* a report's document, without findings */
    int (*findings_header)(xbuf *b);
    int (*findings)(xbuf *b, const char *file, const write_other *other, const xxgk_report *r,
                    const xxgk_findings *f);
    int (*finish)(xbuf *b, const char *data, size_t len); /* writers that gather */
    int (*unreadable)(xbuf *b, const char *file, const char *message, int findings);
} writer;

/* One table drives the CLI's --format, its help text and the tests.  Info: name, summary,
 * summary_zh, reports, findings, whole, diagnostics, gathers, binary; then header, report,
 * document, findings header, findings, finish, unreadable. */
static const writer writers[] = {
    {{"json", "JSON: one object per report or file (JSON Lines for several)",
      "JSON：每份报告或文件一个对象（多个时为 JSON Lines）", 1, 1, 0, 1, 0, 0},
     NULL, write_json_report, NULL, NULL, write_json_findings, NULL, write_json_unreadable},
    {{"csv", "CSV: a header, then one row per report (or finding) with stable column names",
      "CSV：表头，然后每份报告（或每个问题）一行，列名固定", 1, 1, 0, 1, 0, 0},
     write_csv_header, write_csv_report, NULL, write_csv_findings_header, write_csv_findings,
     NULL, write_csv_unreadable},
    {{"xlsx", "Excel: the CSV table as a workbook, figures as numbers (binary: use -o)",
      "Excel：CSV 表格存为工作簿，数据为数值（二进制：用 -o）", 1, 1, 0, 1, 1, 1},
     write_csv_header, write_csv_report, NULL, write_csv_findings_header, write_gather_findings,
     write_xlsx_finish, write_gather_unreadable},
    {{"sqlite", "SQLite: the CSV table as a database file (binary: use -o)",
      "SQLite：CSV 表格存为数据库文件（二进制：用 -o）", 1, 1, 0, 1, 1, 1},
     write_csv_header, write_csv_report, NULL, write_csv_findings_header, write_gather_findings,
     write_sqlite_finish, write_gather_unreadable},
    {{"md", "Markdown: the report re-rendered in the official layout",
      "Markdown：按规定格式重新排版的报告", 1, 0, 0, 0, 0, 0},
     NULL, NULL, write_md_report, NULL, NULL, NULL, NULL},
    {{"txt", "plain text: the report in the official layout, tables tab-separated",
      "纯文本：按规定格式排版的报告，表格以制表符分隔", 1, 0, 0, 0, 0, 0},
     NULL, NULL, write_txt_report, NULL, NULL, NULL, NULL},
    {{"html", "HTML: one printable page in the official layout, tables with merged cells",
      "HTML：按规定格式排版的一页可打印网页，表格含合并单元格", 1, 0, 1, 0, 0, 0},
     NULL, NULL, write_html_report, NULL, NULL, NULL, NULL},
    {{"docx", "DOCX: a Word document in the official layout (binary: use -o)",
      "DOCX：按规定格式排版的 Word 文档（二进制：用 -o）", 1, 0, 1, 0, 0, 1},
     NULL, NULL, write_docx_report, NULL, NULL, NULL, NULL},
    {{"text", "text for people: findings grouped per file", "供人阅读的文本：按文件分组列出问题",
      0, 1, 0, 0, 0, 0},
     NULL, NULL, NULL, NULL, write_text_findings, NULL, NULL},
};

#define NWRITERS (sizeof writers / sizeof writers[0])

size_t xxgk_writer_count(void) { return NWRITERS; }

const xxgk_writer_info *xxgk_writer_at(size_t i)
{
    return i < NWRITERS ? &writers[i].info : NULL;
}

static const writer *find_writer(const char *name)
{
    for (size_t i = 0; i < NWRITERS; i++)
        if (name && strcmp(writers[i].info.name, name) == 0)
            return &writers[i];
    return NULL;
}

const xxgk_writer_info *xxgk_writer_named(const char *name)
{
    const writer *w = find_writer(name);
    return w ? &w->info : NULL;
}

int shape_rows(shape_row *out, int max, const xxgk_report *r, const xxgk_table_spec *t)
{
    int n = 0;
    for (int i = 0; i < t->nrows && n < max; i++) {
        const xxgk_row_spec *row = &t->rows[i];
        if (row->ncols == 0)
            continue;
        if (row->flags & XXGK_ROW_SINGLE_ALT) {
            /* Use the group only when it was printed with figures and its sub-rows were not. */
            int subs = 0;
            for (int j = 0; j < t->nrows; j++)
                if (t->rows[j].index >= 0 && strcmp(t->rows[j].key, row->key) == 0 &&
                    xxgk_report_row_present(r, &t->rows[j]))
                    subs = 1;
            if (subs || !xxgk_report_row_present(r, row)) {
                continue;
            }
            out[n++] = (shape_row){row->key, 0, 1, row};
            while (i + 1 < t->nrows && t->rows[i + 1].index >= 0 &&
                   strcmp(t->rows[i + 1].key, row->key) == 0)
                i++; /* skip the sub-rows it replaces */
            continue;
        }
        out[n++] = (shape_row){row->key, row->index, row->index >= 0, row};
    }
    return n;
}

const char *shape_number(char *buf, size_t cap, const xxgk_cell *c)
{
    if (!xxgk_cell_known(c))
        snprintf(buf, cap, "%s", "");
    else
        num_format(buf, cap, c->value);
    return buf;
}

/* (Quoted only when it holds , " or a line break: see write_csv.c.) */
const char *csv_field(const char *p, const char *end, xbuf *out, int *eol)
{
    return csv_field_sep(p, end, ',', out, eol);
}

const char *csv_field_sep(const char *p, const char *end, char sep, xbuf *out, int *eol)
{
    xbuf_reset(out);
    if (p < end && *p == '"') {
        for (p++; p < end; p++) {
            if (*p == '"' && p + 1 < end && p[1] == '"')
                xbuf_putc(out, *p++);
            else if (*p == '"')
                break;
            else
                xbuf_putc(out, *p);
        }
        if (p >= end) { /* no closing quote */
            *eol = -1;
            return p;
        }
        p++; /* the closing quote */
        if (p < end && *p != sep && *p != '\n') { /* text after it */
            *eol = -1;
            return p;
        }
    } else {
        const char *s = p;
        while (p < end && *p != sep && *p != '\n')
            p++;
        xbuf_put(out, s, (size_t)(p - s));
    }
    *eol = p >= end || *p == '\n';
    return p < end ? p + 1 : p;
}

int csv_text_column(const char *name)
{
    /* ("2021" in format and "2025-01-20" in published stay text; in the register an ID, a
     * telephone number and an identity card's number are text, whatever digits they hold) */
    static const char *const text[] = {
        "file",        "agency",         "format",      "published",   "posted",
        "error",       "previous",       "rule",        "category",    "severity",
        "message",     "evidence",       "id",          "received",    "applicant",
        "applicant_type", "applicant_id", "contact",    "channel",     "description",
        "form",        "note",           "status",      "due",         "outcome",
        "outcome_label", "closed",       "events",
        /* (the register's table for people, headed in Chinese) */
        "编号",        "收到日期",       "申请人",      "申请人类型",  "证件号码",
        "联系方式",    "申请方式",       "申请内容",    "获取方式",    "备注",
        "状态",        "答复期限",       "处理结果",    "办结日期",    "经过"};
    for (size_t i = 0; i < sizeof text / sizeof text[0]; i++)
        if (strcmp(name, text[i]) == 0)
            return 1;
    return 0;
}

const char *csv_table_name(const char *data, size_t len)
{
    static const char findings[] = "file,previous,format,rule,", requests[] = "id,received,",
                      files[] = "file,agency,year,format,errors,";
    if (len >= sizeof files - 1 && memcmp(data, files, sizeof files - 1) == 0)
        return "files";
    if (len >= sizeof findings - 1 && memcmp(data, findings, sizeof findings - 1) == 0)
        return "findings";
    if (len >= sizeof requests - 1 && memcmp(data, requests, sizeof requests - 1) == 0)
        return "requests"; /* the register (xxgk_request_export) */
    return "reports";
}

int csv_split_files(const char *data, size_t len, xbuf *findings, xbuf *files)
{
    const char *p = data, *end = data + len;
    xbuf f;
    xbuf_init(&f, 0);
    xbuf_puts(files, CSV_FILES_HEADER);
    while (p < end) {
        const char *row = p;
        int eol = 0;
        p += *row == CSV_FILE_ROW; /* (the marker before the row's first field, quoted or not) */
        while (p < end && !eol)
            p = csv_field(p, end, &f, &eol);
        if (*row == CSV_FILE_ROW)
            xbuf_put(files, row + 1, (size_t)(p - row - 1));
        else
            xbuf_put(findings, row, (size_t)(p - row));
        if (eol < 0)
            break; /* (malformed: cannot be, the rows being the csv writer's own) */
    }
    int failed = f.failed || findings->failed || files->failed;
    xbuf_free(&f);
    return failed ? -1 : 0;
}

int csv_figure(const char *s, double *v)
{
    if (!*s)
        return 0;
    char *e;
    errno = 0;
    *v = strtod(s, &e);
    return *e == '\0' && errno == 0 && (*s == '-' || (*s >= '0' && *s <= '9'));
}

static int flush(xbuf *b, xxgk_sink sink, void *ctx, int rc)
{
    if (rc == 0 && b->failed)
        rc = err_set(XXGK_ENOMEM, TR("写出时内存不足", "out of memory while writing"));
    if (rc == 0 && b->len && sink(ctx, b->data, b->len) != 0)
        rc = err_set(XXGK_EIO, TR("无法写出输出", "cannot write output"));
    xbuf_free(b);
    return rc;
}

static int unknown(const char *format, const char *what)
{
    return err_set(XXGK_EINVAL, TR("输出格式“%s”不能写出%s", "output format '%s' cannot write %s"),
                   format ? format : "", what);
}

int xxgk_write_report(const char *format, const xxgk_report *r, const xxgk_findings *f,
                      xxgk_sink sink, void *ctx)
{
    const writer *w = find_writer(format);
    if (!w || (!w->report && !w->document))
        return unknown(format, TR("报告", "reports"));
    xbuf b;
    xbuf_init(&b, 0);
    return flush(&b, sink, ctx, w->report ? w->report(&b, r, f) : w->document(&b, r));
}

int xxgk_write_finish(const char *format, const char *data, size_t len, xxgk_sink sink,
                      void *ctx)
{
    const writer *w = find_writer(format);
    if (!w)
        return unknown(format, TR("任何内容", "anything"));
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) { /* (the register's CSV, for Excel) */
        data += 3;
        len -= 3;
    }
    xbuf b;
    xbuf_init(&b, 0);
    return flush(&b, sink, ctx, w->finish ? w->finish(&b, data, len) : 0);
}

int xxgk_write_document(const char *format, const xxgk_report *r, const xxgk_findings *f,
                        xxgk_sink sink, void *ctx)
{
    const writer *w = find_writer(format);
    if (!w || (!w->report && !w->document))
        return unknown(format, TR("报告", "reports"));
    xbuf doc, whole;
    xbuf_init(&doc, 0);
    xbuf_init(&whole, 0);
    int rc = w->header ? w->header(&doc) : 0;
    if (!rc)
        rc = w->report ? w->report(&doc, r, f) : w->document(&doc, r);
    if (!rc && doc.failed)
        rc = err_set(XXGK_ENOMEM, TR("写出时内存不足", "out of memory while writing"));
    if (!rc && w->finish) {
        rc = w->finish(&whole, doc.data ? doc.data : "", doc.len);
        xbuf tmp = doc;
        doc = whole;
        whole = tmp;
    }
    xbuf_free(&whole);
    return flush(&doc, sink, ctx, rc);
}

int xxgk_write_unreadable(const char *format, const char *file, const char *message,
                          int findings, xxgk_sink sink, void *ctx)
{
    const writer *w = find_writer(format);
    if (!w)
        return unknown(format, TR("任何内容", "anything"));
    /* the message's own "file: " (or "file：") goes: the file has its own field */
    size_t n = strlen(file);
    if (strncmp(message, file, n) == 0 && message[n] == ':' && message[n + 1] == ' ')
        message += n + 2;
    else if (strncmp(message, file, n) == 0 && strncmp(message + n, "：", strlen("：")) == 0)
        message += n + strlen("：");
    xbuf b;
    xbuf_init(&b, 0);
    return flush(&b, sink, ctx, w->unreadable ? w->unreadable(&b, file, message, findings) : 0);
}

int xxgk_write_findings_header(const char *format, xxgk_sink sink, void *ctx)
{
    const writer *w = find_writer(format);
    if (!w)
        return unknown(format, TR("任何内容", "anything"));
    xbuf b;
    xbuf_init(&b, 0);
    return flush(&b, sink, ctx, w->findings_header ? w->findings_header(&b) : 0);
}

int xxgk_write_header(const char *format, xxgk_sink sink, void *ctx)
{
    const writer *w = find_writer(format);
    if (!w)
        return unknown(format, TR("任何内容", "anything"));
    xbuf b;
    xbuf_init(&b, 0);
    return flush(&b, sink, ctx, w->header ? w->header(&b) : 0);
}

static int write_findings(const char *format, const char *file, const write_other *other,
                          const xxgk_report *r, const xxgk_findings *f, xxgk_sink sink, void *ctx)
{
    const writer *w = find_writer(format);
    if (!w || !w->findings)
        return unknown(format, "findings");
    xbuf b;
    xbuf_init(&b, 0);
    return flush(&b, sink, ctx, w->findings(&b, file, other, r, f));
}

int xxgk_write_findings(const char *format, const char *file, const xxgk_report *r,
                        const xxgk_findings *f, xxgk_sink sink, void *ctx)
{
    return write_findings(format, file, NULL, r, f, sink, ctx);
}

int xxgk_write_year_findings(const char *format, const char *file, const char *previous,
                             const xxgk_findings *f, xxgk_sink sink, void *ctx)
{
    write_other o = {previous, 0};
    return write_findings(format, file, &o, NULL, f, sink, ctx);
}

int xxgk_write_copy_findings(const char *format, const char *file, const char *other,
                             const xxgk_findings *f, xxgk_sink sink, void *ctx)
{
    write_other o = {other, 1};
    return write_findings(format, file, &o, NULL, f, sink, ctx);
}

/* A file name for a line of text: control characters (a newline in a name) as \n or \xNN, so
 * that every line still names its file. */
static const char *name_line(char *buf, size_t cap, const char *name)
{
    size_t k = 0;
    for (const char *p = name; *p && k + 5 < cap; p++) {
        unsigned char ch = (unsigned char)*p;
        if (ch == '\n' || ch == '\t')
            k += (size_t)snprintf(buf + k, cap - k, "\\%c", ch == '\n' ? 'n' : 't');
        else if (ch < 0x20 || ch == 0x7f)
            k += (size_t)snprintf(buf + k, cap - k, "\\x%02x", ch);
        else
            buf[k++] = (char)ch;
    }
    buf[k] = '\0';
    return buf;
}

int write_text_findings(xbuf *b, const char *file, const write_other *other,
                        const xxgk_report *r, const xxgk_findings *f)
{
    char fbuf[4096], pbuf[4096];
    file = name_line(fbuf, sizeof fbuf, file);
    const char *previous = other ? name_line(pbuf, sizeof pbuf, other->file) : NULL;
    /* (the header counts what the check found, those --severity leaves unlisted too, as the
     * CSV's counts do; n is what is listed) */
    size_t n = f ? xxgk_findings_count(f) : 0;
    size_t found = f ? xxgk_findings_found(f, XXGK_SEV_INFO) : 0;
    size_t errors = f ? xxgk_findings_found(f, XXGK_SEV_ERROR) : 0;
    size_t warnings = f ? xxgk_findings_found(f, XXGK_SEV_WARNING) - errors : 0;
    /* a file whose findings --severity all left unlisted: nothing to list (the summary counts
     * it) */
    if (n == 0 && found > 0)
        return 0;
    xxgk_lang lang = f ? xxgk_findings_lang(f) : xxgk_lang_get();
    const xxgk_format_spec *spec = r ? xxgk_report_spec(r) : NULL; /* (no r: not read) */
    /* whose report of which year, as read: a batch's files are often named 1.pdf, 2.pdf */
    char whose[512] = "", agency[400] = "", year[16] = "";
    int en = lang == XXGK_LANG_EN;
    if (r && !previous && xxgk_report_agency(r))
        name_line(agency, sizeof agency, xxgk_report_agency(r));
    if (r && !previous && xxgk_report_year(r))
        snprintf(year, sizeof year, en ? "%d" : "%d年度", xxgk_report_year(r));
    if (*agency || *year)
        snprintf(whose, sizeof whose, "%s%s%s%s", agency, *agency && *year ? (en ? ", " : " ") : "",
                 year, en ? ", " : "，");
    if (lang == XXGK_LANG_EN) {
        if (previous)
            xbuf_printf(b,
                        other->same_year ? "%s: against %s, of the same year"
                                         : "%s: against last year's %s",
                        file, previous);
        else
            xbuf_printf(b, "%s: %sformat %s", file, whose, !r ? "-" : spec ? spec->name : "other");
        xbuf_printf(b, ", %zu error%s, %zu warning%s, %zu note%s\n", errors,
                    errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s",
                    found - errors - warnings, found - errors - warnings == 1 ? "" : "s");
    } else {
        if (previous)
            xbuf_printf(b, other->same_year ? "%s：与同年的报告 %s 对照" : "%s：与上年报告 %s 对照",
                        file, previous);
        else if (spec)
            xbuf_printf(b, "%s：%s%s年格式", file, whose, spec->name);
        else
            xbuf_printf(b, "%s：%s%s", file, whose, r ? "不是标准格式" : "未读出");
        xbuf_printf(b, "，%zu 个错误，%zu 个警告，%zu 个提示\n", errors, warnings,
                    found - errors - warnings);
    }
    for (size_t i = 0; i < n; i++) {
        const xxgk_finding *x = xxgk_findings_get(f, i);
        if (x->line && x->column)
            xbuf_printf(b, "  %s:%u:%u: ", file, x->line, x->column);
        else if (x->line)
            xbuf_printf(b, "  %s:%u: ", file, x->line);
        else
            xbuf_printf(b, "  %s: ", file);
        xbuf_printf(b, "%s [%s] %s", xxgk_severity_label(x->rule->severity, lang),
                    x->rule->id, x->message);
        if (x->page) /* where to look in the PDF; its lines are xxgk's */
            xbuf_printf(b, lang == XXGK_LANG_EN ? " (page %u)" : "（第%u页）", x->page);
        xbuf_putc(b, '\n');
        if (x->evidence && *x->evidence)
            xbuf_printf(b, "      %s\n", x->evidence);
    }
    return 0;
}

int xxgk_write_text_docx(const char *title, const char *text, xxgk_sink sink, void *ctx)
{
    xbuf b;
    xbuf_init(&b, 0);
    return flush(&b, sink, ctx, docx_from_paragraphs(&b, title, text));
}
