/*
 * SQLite writer: a CSV table (same columns, same values) as a database file with one table,
 * `reports` or `findings`, for SQL over thousands of reports.  Built in memory from the gathered
 * rows, then serialized: the bytes are a database file like any other.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "lib/error.h"
#include "lib/writer_impl.h"

/* The columns' declarations from the header row: text, and figures (NUMERIC keeps a whole
 * number as an integer and 18651.064104 as it is); which are text goes to text[]. */
static int create_table(sqlite3 *db, const char *p, const char *end, const char **rows,
                        int *ncols, unsigned char *text, size_t textcap, xbuf *sql)
{
    xbuf f;
    xbuf_init(&f, 0);
    xbuf_reset(sql);
    xbuf_printf(sql, "CREATE TABLE %s (", csv_table_name(p, (size_t)(end - p)));
    int eol = 0, col = 0;
    while (p < end && !eol) {
        p = csv_field(p, end, &f, &eol);
        const char *name = f.data ? f.data : "";
        int is_text = csv_text_column(name);
        if ((size_t)col < textcap)
            text[col] = (unsigned char)is_text;
        xbuf_printf(sql, "%s\"%s\" %s", col ? ", " : "", name, is_text ? "TEXT" : "NUMERIC");
        col++;
    }
    xbuf_puts(sql, ")");
    xbuf_free(&f);
    *rows = p;
    *ncols = col;
    if (sql->failed)
        return SQLITE_NOMEM;
    return sqlite3_exec(db, sql->data, NULL, NULL, NULL);
}

static int insert_rows(sqlite3 *db, const char *table, const char *p, const char *end, int ncols,
                       const unsigned char *text, size_t textcap, xbuf *sql)
{
    xbuf_reset(sql);
    xbuf_printf(sql, "INSERT INTO %s VALUES (", table);
    for (int i = 0; i < ncols; i++)
        xbuf_puts(sql, i ? ",?" : "?");
    xbuf_puts(sql, ")");
    sqlite3_stmt *st = NULL;
    int rc = sql->failed ? SQLITE_NOMEM : sqlite3_prepare_v2(db, sql->data, -1, &st, NULL);
    xbuf f;
    xbuf_init(&f, 0);
    int col = 0;
    while (rc == SQLITE_OK && p < end) {
        int eol;
        p = csv_field(p, end, &f, &eol);
        const char *s = f.data ? f.data : "";
        double v;
        if (col < ncols) {
            if (!*s)
                rc = sqlite3_bind_null(st, col + 1);
            else if (!((size_t)col < textcap && text[col]) && csv_figure(s, &v))
                rc = v == (double)(sqlite3_int64)v ? sqlite3_bind_int64(st, col + 1, (sqlite3_int64)v)
                                                   : sqlite3_bind_double(st, col + 1, v);
            else
                rc = sqlite3_bind_text(st, col + 1, s, -1, SQLITE_TRANSIENT);
        }
        col++;
        if (eol && rc == SQLITE_OK) {
            rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db);
            sqlite3_reset(st);
            sqlite3_clear_bindings(st);
            col = 0;
        }
    }
    if (rc == SQLITE_OK && f.failed)
        rc = SQLITE_NOMEM;
    xbuf_free(&f);
    sqlite3_finalize(st);
    return rc;
}

int write_sqlite_finish(xbuf *b, const char *data, size_t len)
{
    sqlite3 *db = NULL;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
        sqlite3_close(db);
        return err_set(XXGK_ENOMEM,
                       TR("无法在内存中打开数据库", "cannot open a database in memory"));
    }
    xbuf sql, found, files;
    xbuf_init(&sql, 0);
    xbuf_init(&found, 0);
    xbuf_init(&files, 0);
    /* Findings come with a row per file (write_gather_findings): a table of its own, clean
     * files too, so that the database names every report checked. */
    int findings = strcmp(csv_table_name(data, len), "findings") == 0;
    int rc = findings && csv_split_files(data, len, &found, &files) < 0 ? SQLITE_NOMEM : SQLITE_OK;
    if (findings) {
        data = found.data ? found.data : "";
        len = found.len;
    }
    const char *rows;
    int ncols = 0;
    unsigned char text[1024] = {0};
    if (rc == SQLITE_OK)
        rc = create_table(db, data, data + len, &rows, &ncols, text, sizeof text, &sql);
    const char *file_rows;
    int file_cols = 0;
    unsigned char file_text[16] = {0};
    if (rc == SQLITE_OK && findings)
        rc = create_table(db, files.data, files.data + files.len, &file_rows, &file_cols,
                          file_text, sizeof file_text, &sql);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
    if (rc == SQLITE_OK)
        rc = insert_rows(db, csv_table_name(data, len), rows, data + len, ncols, text,
                         sizeof text, &sql);
    if (rc == SQLITE_OK && findings)
        rc = insert_rows(db, "files", file_rows, files.data + files.len, file_cols, file_text,
                         sizeof file_text, &sql);
    /* Findings get a view of what the batch mostly gets wrong, as the workbook's rules sheet. */
    if (rc == SQLITE_OK && findings) {
        /* (the rule's message: file-unreadable's rows carry each file's reason) */
        const xxgk_rule *unread = xxgk_rule_find("file-unreadable");
        char *view = sqlite3_mprintf(
            "CREATE VIEW rules AS SELECT rule, category, severity,"
            " count(DISTINCT file) AS files,"
            " CASE rule WHEN 'file-unreadable' THEN %Q ELSE min(message) END AS message"
            " FROM findings GROUP BY rule, category, severity ORDER BY files DESC, rule",
            unread ? TR(unread->message_zh, unread->message_en) : "");
        rc = view ? sqlite3_exec(db, view, NULL, NULL, NULL) : SQLITE_NOMEM;
        sqlite3_free(view);
    }
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
    xbuf_free(&sql);
    xbuf_free(&found);
    xbuf_free(&files);
    int out = 0;
    if (rc != SQLITE_OK) {
        out =
            err_set(rc == SQLITE_NOMEM ? XXGK_ENOMEM : XXGK_EIO,
                    TR("无法生成数据库：%s", "cannot build the database: %s"), sqlite3_errstr(rc));
    } else {
        sqlite3_int64 size = 0;
        unsigned char *bytes = sqlite3_serialize(db, "main", &size, 0);
        if (!bytes)
            out = err_set(XXGK_ENOMEM, TR("无法序列化数据库", "cannot serialize the database"));
        else if (xbuf_put(b, (const char *)bytes, (size_t)size) < 0)
            out = err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
        sqlite3_free(bytes);
    }
    sqlite3_close(db);
    return out;
}
