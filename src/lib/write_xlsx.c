/*
 * XLSX writer: a CSV table (same columns, same values) as an Excel workbook, so that Chinese
 * text opens right in Excel whatever the system's code page, and figures are numbers.  The rows
 * are gathered as CSV while reports are read (in parallel, in order), then turned into a
 * workbook at the end by libxlsxwriter.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "lib/error.h"
#include "lib/writer_impl.h"
#include "util/lang.h"
#include "util/text.h"

/* Excel holds at most 32,767 characters in a cell, counted in UTF-16 (a character beyond the
 * basic plane, a rare name's, counts two): a longer text (an application's whole letter pasted
 * as its description) is cut there on a character, and says so in the cell. */
#define XLSX_CELL_MAX 32767

static size_t utf16_units(const char *s, size_t n, size_t *cut_at, size_t keep)
{
    size_t units = 0;
    for (size_t i = 0; i < n;) {
        int32_t cp = 0;
        size_t k = u8_next(s + i, n - i, &cp);
        size_t u = cp > 0xFFFF ? 2 : 1;
        if (cut_at && units + u <= keep)
            *cut_at = i + k;
        units += u;
        i += k ? k : 1;
    }
    return units;
}

static const char cut_zh[] = "……（超出 Excel 单元格的字数上限，以下从略）";
static const char cut_en[] = "... (past the characters an Excel cell holds: the rest left out)";

static int ends_with(const char *s, size_t n, const char *end, size_t en)
{
    return n >= en && memcmp(s + n - en, end, en) == 0;
}

int write_xlsx_cut(const char *s, size_t n)
{
    return ends_with(s, n, cut_zh, sizeof cut_zh - 1) || ends_with(s, n, cut_en, sizeof cut_en - 1);
}

/* Whether s (n bytes) opens with what a workbook reads as an escaped character, _xHHHH_. */
static int escape_like(const char *s, size_t n)
{
    if (n < 7 || s[0] != '_' || s[1] != 'x' || s[6] != '_')
        return 0;
    for (int i = 2; i < 6; i++)
        if (!isxdigit((unsigned char)s[i]))
            return 0;
    return 1;
}

static lxw_error write_text(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, xbuf *f,
                            lxw_format *format)
{
    /* A literal _xHHHH_ in the text is escaped as _x005F_xHHHH_, or Excel would show the
     * character it names (the library escapes only the control characters it writes so). */
    size_t lit = 0;
    for (size_t i = 0; f->data && i + 7 <= f->len; i++)
        lit += escape_like(f->data + i, f->len - i);
    if (lit) {
        xbuf e;
        xbuf_init(&e, 0);
        for (size_t i = 0; i < f->len; i++) {
            if (escape_like(f->data + i, f->len - i))
                xbuf_puts(&e, "_x005F");
            xbuf_putc(&e, f->data[i]);
        }
        if (e.failed) {
            xbuf_free(&e);
            return LXW_ERROR_MEMORY_MALLOC_FAILED;
        }
        xbuf_free(f);
        *f = e;
    }
    /* Characters XML forbids dropped (the library passes them through, and Excel then calls
     * the workbook damaged); as markup_escape drops them from other XML */
    size_t kept = 0;
    for (size_t i = 0; i < f->len;) {
        int32_t cp;
        size_t l = u8_next(f->data + i, f->len - i, &cp);
        if (!xml_forbidden_char(cp)) {
            memmove(f->data + kept, f->data + i, l);
            kept += l;
        }
        i += l;
    }
    if (f->data) {
        f->len = kept;
        f->data[kept] = '\0';
    }
    const char *cut = TR(cut_zh, cut_en);
    const char *s = f->data ? f->data : "";
    if (utf16_units(s, f->len, NULL, 0) <= XLSX_CELL_MAX)
        return worksheet_write_string(ws, row, col, s, format);
    size_t at = 0;
    utf16_units(s, f->len, &at, XLSX_CELL_MAX - utf16_units(cut, strlen(cut), NULL, 0));
    f->len = at;
    xbuf_puts(f, cut);
    return f->failed ? LXW_ERROR_MEMORY_MALLOC_FAILED
                     : worksheet_write_string(ws, row, col, f->data, format);
}

/* The findings workbook is for people, a supervising office's: in Chinese, its headers, the
 * severities and the categories in words (the CSV, JSON and SQLite keep the keys). */
static const char *const people_heads[][2] = {
    {"file", "文件"},         {"previous", "对照的报告"}, {"format", "格式"},
    {"rule", "规则"},         {"category", "类别"},       {"severity", "严重程度"},
    {"line", "行"},           {"column", "列"},           {"page", "页"},
    {"message", "问题"},      {"evidence", "依据"},       {"agency", "机关"},
    {"year", "年度"},         {"errors", "错误数"},       {"warnings", "警告数"},
    {"notes", "提示数"},      {"error", "无法读取的原因"}, {"files", "涉及文件数"}};
static const char *const people_values[][2] = {
    {"error", "错误"},        {"warning", "警告"},        {"info", "提示"},
    {"arithmetic", "勾稽关系"}, {"structure", "结构"},    {"format", "格式"},
    {"date", "日期"},         {"text", "正文"},           {"reader", "读取"},
    {"total", "汇总"}};

/* s in the words of table (people_heads, people_values), or s itself. */
static const char *people_word(const char *const (*table)[2], size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(s, table[i][0]) == 0)
            return table[i][1];
    return s;
}
#define PEOPLE_HEAD(s) people_word(people_heads, sizeof people_heads / sizeof people_heads[0], s)
#define PEOPLE_VALUE(s)                                                                            \
    people_word(people_values, sizeof people_values / sizeof people_values[0], s)

static lxw_error fill_sheet(lxw_worksheet *ws, lxw_format *bold, const char *data, size_t len,
                            int people)
{
    const char *p = data, *end = data + len;
    xbuf f;
    xbuf_init(&f, 0);
    lxw_row_t row = 0;
    lxw_col_t col = 0;
    lxw_error rc = LXW_NO_ERROR;
    unsigned char text[1024] = {0}; /* the columns of text, known from the header's names */
    unsigned char worded[1024] = {0}; /* for people: the columns of severities and categories */
    while (p < end && rc == LXW_NO_ERROR) {
        int eol;
        p = csv_field(p, end, &f, &eol);
        const char *s = f.data ? f.data : "";
        double v;
        if (row == 0 && col < sizeof text) {
            text[col] = (unsigned char)csv_text_column(s);
            worded[col] = people && (!strcmp(s, "severity") || !strcmp(s, "category"));
        }
        const char *said = !people                              ? s
                           : row == 0                            ? PEOPLE_HEAD(s)
                           : col < sizeof worded && worded[col] ? PEOPLE_VALUE(s)
                                                                 : s;
        if (row > 0 && !(col < sizeof text && text[col]) && csv_figure(s, &v))
            rc = worksheet_write_number(ws, row, col, v, NULL);
        else if (said != s)
            rc = worksheet_write_string(ws, row, col, said, row == 0 ? bold : NULL);
        else if (*s)
            rc = write_text(ws, row, col, &f, row == 0 ? bold : NULL);
        if (eol) {
            row++;
            col = 0;
        } else {
            col++;
        }
    }
    if (f.failed && rc == LXW_NO_ERROR)
        rc = LXW_ERROR_MEMORY_MALLOC_FAILED;
    xbuf_free(&f);
    return rc;
}

/* The findings' rules, for the second sheet: each with the number of files it was found in. */
#define MAX_TALLY 256
#define FIELD 512
typedef struct {
    char rule[FIELD], category[FIELD], severity[FIELD], message[FIELD];
    long files;
    int counted; /* for the file being read */
} tally_row;

static int by_files(const void *a, const void *b)
{
    const tally_row *x = a, *y = b;
    if (x->files != y->files)
        return x->files > y->files ? -1 : 1;
    return strcmp(x->rule, y->rule);
}

/* The sheet "rules": rule, category, severity, files, message; most files first.  From the
 * findings table (file, previous, format, rule, category, severity, line, column, page,
 * message, evidence), where a file's findings come together. */
enum { F_RULE = 3, F_CATEGORY, F_SEVERITY, F_MESSAGE = 9, F_FIELDS = 11 };
static lxw_error fill_rules(lxw_worksheet *ws, lxw_format *bold, const char *data, size_t len,
                            int people)
{
    tally_row *t = calloc(MAX_TALLY, sizeof *t);
    char(*fields)[FIELD] = calloc(F_FIELDS, FIELD);
    xbuf f, file;
    xbuf_init(&f, 0);
    xbuf_init(&file, 0);
    lxw_error rc = t && fields ? LXW_NO_ERROR : LXW_ERROR_MEMORY_MALLOC_FAILED;
    const char *p = data, *end = data + len;
    int col = 0, row = 0, n = 0;
    while (rc == LXW_NO_ERROR && p < end) {
        int eol;
        p = csv_field(p, end, &f, &eol);
        if (col == 0 && row > 0 && strcmp(file.data ? file.data : "", f.data ? f.data : "")) {
            xbuf_reset(&file); /* another file: every rule may count again */
            xbuf_puts(&file, f.data ? f.data : "");
            for (int k = 0; k < n; k++)
                t[k].counted = 0;
        }
        if (col < F_FIELDS)
            snprintf(fields[col], FIELD, "%s", f.data ? f.data : "");
        col++;
        if (!eol)
            continue;
        if (row++ > 0 && col >= F_FIELDS) {
            int k = 0;
            while (k < n && strcmp(t[k].rule, fields[F_RULE]) != 0)
                k++;
            if (k == n && n < MAX_TALLY) {
                n++;
                memcpy(t[k].rule, fields[F_RULE], FIELD);
                memcpy(t[k].category, fields[F_CATEGORY], FIELD);
                memcpy(t[k].severity, fields[F_SEVERITY], FIELD);
                /* (the rule's message: file-unreadable's rows carry each file's reason) */
                const xxgk_rule *rule = xxgk_rule_find(fields[F_RULE]);
                snprintf(t[k].message, FIELD, "%s",
                         rule ? TR(rule->message_zh, rule->message_en) : fields[F_MESSAGE]);
            }
            if (k < n && !t[k].counted) {
                t[k].counted = 1;
                t[k].files++;
            }
        }
        col = 0;
    }
    if (rc == LXW_NO_ERROR && (f.failed || file.failed))
        rc = LXW_ERROR_MEMORY_MALLOC_FAILED;
    xbuf_free(&f);
    xbuf_free(&file);
    if (rc == LXW_NO_ERROR)
        qsort(t, (size_t)n, sizeof *t, by_files);
    static const char *const head[] = {"rule", "category", "severity", "files", "message"};
    for (lxw_col_t c = 0; c < 5 && rc == LXW_NO_ERROR; c++)
        rc = worksheet_write_string(ws, 0, c, people ? PEOPLE_HEAD(head[c]) : head[c], bold);
    for (int i = 0; i < n && rc == LXW_NO_ERROR; i++) {
        lxw_row_t r = (lxw_row_t)i + 1;
        worksheet_write_string(ws, r, 0, t[i].rule, NULL);
        worksheet_write_string(ws, r, 1, people ? PEOPLE_VALUE(t[i].category) : t[i].category,
                               NULL);
        worksheet_write_string(ws, r, 2, people ? PEOPLE_VALUE(t[i].severity) : t[i].severity,
                               NULL);
        worksheet_write_number(ws, r, 3, (double)t[i].files, NULL);
        rc = worksheet_write_string(ws, r, 4, t[i].message, NULL);
    }
    free(t);
    free(fields);
    return rc;
}

int write_xlsx_finish(xbuf *b, const char *data, size_t len)
{
    /* This libxlsxwriter writes to a file: a private one in TMPDIR, read back and removed. */
    const char *dir = getenv("TMPDIR");
    char path[4096];
    int made = snprintf(path, sizeof path, "%s/xxgk-XXXXXX", dir && *dir ? dir : "/tmp");
    if (made < 0 || (size_t)made >= sizeof path)
        return err_set(XXGK_ELIMIT,
                       TR("TMPDIR 路径太长，无法放置工作簿的临时文件",
                          "TMPDIR is too long a path for the workbook's temporary file"));
    int fd = mkstemp(path);
    if (fd < 0)
        return err_set(XXGK_EIO,
                       TR("无法在 %s 中为工作簿创建临时文件：%s",
                          "cannot create a temporary file for the workbook in %s: %s"),
                       dir && *dir ? dir : "/tmp", lang_strerror(errno));
    close(fd);
    /* Findings come with a row per file (write_gather_findings): the files get a sheet of
     * their own, clean ones too, so that a batch's workbook names every report checked. */
    xbuf found, files;
    xbuf_init(&found, 0);
    xbuf_init(&files, 0);
    int findings = strcmp(csv_table_name(data, len), "findings") == 0;
    if (findings && csv_split_files(data, len, &found, &files) < 0) {
        xbuf_free(&found);
        xbuf_free(&files);
        unlink(path);
        return err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    }
    if (findings) {
        data = found.data ? found.data : "";
        len = found.len;
    }
    /* Rows go out as they are written (inline strings, no shared table): memory stays flat
     * for tens of thousands of reports. */
    lxw_workbook_options opt = {.constant_memory = LXW_TRUE,
                                .tmpdir = dir && *dir ? (char *)dir : NULL};
    lxw_workbook *wb = workbook_new_opt(path, &opt);
    int people = findings && xxgk_lang_get() == XXGK_LANG_ZH;
    lxw_worksheet *ws =
        wb ? workbook_add_worksheet(wb, people ? "问题" : csv_table_name(data, len)) : NULL;
    lxw_format *bold = wb ? workbook_add_format(wb) : NULL;
    int rc = 0;
    /* The same input makes the same bytes when SOURCE_DATE_EPOCH fixes the creation time (the
     * reproducible-builds convention), for diffs and caches. */
    const char *epoch = getenv("SOURCE_DATE_EPOCH");
    char *end = NULL;
    long long when = epoch && *epoch ? strtoll(epoch, &end, 10) : -1;
    lxw_doc_properties props = {.created = (time_t)when};
    if (wb && when > 0 && end && !*end) /* (0 would read as "now") */
        workbook_set_properties(wb, &props);
    if (!ws || !bold) {
        rc = err_set(XXGK_ENOMEM, TR("无法创建工作簿", "cannot create the workbook"));
    } else {
        format_set_bold(bold);
        worksheet_freeze_panes(ws, 1, 1);
        if (strcmp(csv_table_name(data, len), "requests") == 0)
            worksheet_set_column(ws, 7, 7, 40, NULL); /* the description */
        else
            worksheet_set_column(ws, 0, 1, 36, NULL); /* file, agency */
        lxw_error e = fill_sheet(ws, bold, data, len, people);
        /* Findings get a second sheet: what the batch mostly gets wrong, as `check` ends its
         * text with. */
        if (e == LXW_NO_ERROR && strcmp(csv_table_name(data, len), "findings") == 0) {
            lxw_worksheet *rules = workbook_add_worksheet(wb, people ? "规则" : "rules");
            e = rules ? fill_rules(rules, bold, data, len, people)
                      : LXW_ERROR_MEMORY_MALLOC_FAILED;
            if (rules) {
                worksheet_freeze_panes(rules, 1, 0);
                worksheet_set_column(rules, 0, 0, 26, NULL);
                worksheet_set_column(rules, 4, 4, 60, NULL);
            }
            lxw_worksheet *each =
                e == LXW_NO_ERROR ? workbook_add_worksheet(wb, people ? "文件" : "files") : NULL;
            if (e == LXW_NO_ERROR)
                e = each ? fill_sheet(each, bold, files.data, files.len, people)
                         : LXW_ERROR_MEMORY_MALLOC_FAILED;
            if (each) {
                worksheet_freeze_panes(each, 1, 1);
                worksheet_set_column(each, 0, 1, 36, NULL); /* file, agency */
            }
        }
        if (e != LXW_NO_ERROR)
            rc = err_set(e == LXW_ERROR_MEMORY_MALLOC_FAILED ? XXGK_ENOMEM : XXGK_ELIMIT,
                         TR("无法填写工作簿：%s", "cannot fill the workbook: %s"), lxw_strerror(e));
    }
    if (wb && workbook_close(wb) != LXW_NO_ERROR && rc == 0)
        rc = err_set(XXGK_EIO, TR("无法把工作簿写入 %s", "cannot write the workbook to %s"), path);
    if (rc == 0) {
        FILE *in = fopen(path, "rb");
        char chunk[65536];
        size_t n;
        while (in && (n = fread(chunk, 1, sizeof chunk, in)) > 0)
            xbuf_put(b, chunk, n);
        if (!in || ferror(in))
            rc = err_set(XXGK_EIO,
                         TR("无法从 %s 读回工作簿", "cannot read the workbook back from %s"), path);
        if (in)
            fclose(in);
    }
    unlink(path);
    xbuf_free(&found);
    xbuf_free(&files);
    return rc;
}
