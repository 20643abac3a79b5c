/*
 * The register's store: the SQLite file, its schema and migrations, transactions, the audit
 * trail, backup and integrity check.  register.c holds what the register does with it.
 */
#include "lib/store.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <utf8proc.h>

#include "lib/error.h"

#define SCHEMA_VERSION 5

/* Version 1.  Dates are ISO text; outcomes are the JSON keys of table 三 ("withheld.4"). */
static const char *const schema_v1 =
    "CREATE TABLE setting(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE calendar_day(date TEXT PRIMARY KEY,"
    "  kind TEXT NOT NULL CHECK(kind IN ('holiday','workday')), name TEXT NOT NULL);"
    "CREATE TABLE calendar_year(year INTEGER PRIMARY KEY, source TEXT NOT NULL);"
    "CREATE TABLE request(id TEXT PRIMARY KEY, applicant TEXT NOT NULL,"
    "  applicant_type TEXT NOT NULL CHECK(applicant_type IN"
    "    ('natural','business','research','nonprofit','legal','other')),"
    "  applicant_id TEXT, contact TEXT,"
    "  channel TEXT NOT NULL CHECK(channel IN ('in_person','post','online','fax','email','other')),"
    "  received TEXT NOT NULL, description TEXT NOT NULL, form TEXT,"
    "  status TEXT NOT NULL DEFAULT 'open', due TEXT, outcome TEXT, closed TEXT);"
    "CREATE TABLE event(seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  request_id TEXT NOT NULL REFERENCES request(id), kind TEXT NOT NULL, date TEXT NOT NULL,"
    "  days INTEGER, approver TEXT, outcome TEXT, fee INTEGER, note TEXT);"
    "CREATE INDEX event_request ON event(request_id, seq);"
    "CREATE TABLE figure(year INTEGER NOT NULL, key TEXT NOT NULL, value REAL NOT NULL,"
    "  PRIMARY KEY(year, key));"
    "CREATE TABLE review_case(id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK(kind IN"
    "  ('reconsideration','litigation_direct','litigation_after_review')),"
    "  filed TEXT NOT NULL, result TEXT CHECK(result IN ('upheld','corrected','other')),"
    "  decided TEXT, CHECK((result IS NULL) = (decided IS NULL)));"
    "CREATE TABLE narrative(year INTEGER NOT NULL, section INTEGER NOT NULL"
    "  CHECK(section BETWEEN 1 AND 6), text TEXT NOT NULL, PRIMARY KEY(year, section));"
    "CREATE TABLE audit(seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL,"
    "  who TEXT NOT NULL, tbl TEXT NOT NULL, row TEXT NOT NULL, field TEXT, old TEXT, new TEXT);"
    /* The trail is append-only for everyone using this file through SQLite's SQL. */
    "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
    "  BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;"
    "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"
    "  BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;";

/* Version 2 keeps the IDs of requests and cases, and applicants' ID numbers, as NFKC (a
 * full-width ２０２４－００１ is 2024-001): those stored before are converted, each rename in the
 * trail, but for an ID whose converted form another already has, which stays as it was (and is
 * still found by its exact spelling).  The IDs of `table`, and the column `ref` of `ref_table`
 * that points at them, if any. */
static int ids_to_nfkc(store *s, const char *table, const char *ref_table, const char *ref)
{
    char sql[2048], moved[256] = "";
    if (ref_table)
        snprintf(moved, sizeof moved,
                 "UPDATE %s SET %s = (SELECT new FROM idmap WHERE old = %s.%s)"
                 "  WHERE %s IN (SELECT old FROM idmap);",
                 ref_table, ref, ref_table, ref, ref);
    snprintf(sql, sizeof sql,
             "CREATE TEMP TABLE idmap AS SELECT id AS old, xxgk_nfkc(id) AS new FROM %s"
             "  WHERE id <> xxgk_nfkc(id) AND xxgk_nfkc(id) NOT IN (SELECT id FROM %s)"
             "  AND xxgk_nfkc(id) IN (SELECT xxgk_nfkc(id) FROM %s GROUP BY 1"
             "    HAVING count(*) = 1);"
             "PRAGMA defer_foreign_keys = ON;"
             "UPDATE %s SET id = (SELECT new FROM idmap WHERE old = %s.id)"
             "  WHERE id IN (SELECT old FROM idmap);"
             "%s"
             "INSERT INTO audit(at, who, tbl, row, field, old, new) SELECT"
             "  strftime('%%Y-%%m-%%dT%%H:%%M:%%SZ', 'now'), 'xxgk (schema 2)', '%s', new, 'id',"
             "  old, new FROM idmap;"
             "DROP TABLE idmap;",
             table, table, table, table, table, moved, table);
    return store_exec(s, sql);
}

static const char *const applicant_ids_v2 =
    "INSERT INTO audit(at, who, tbl, row, field, old, new) SELECT"
    "  strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'xxgk (schema 2)', 'request', id, 'applicant_id',"
    "  applicant_id, xxgk_nfkc(applicant_id) FROM request"
    "  WHERE applicant_id <> xxgk_nfkc(applicant_id);"
    "UPDATE request SET applicant_id = xxgk_nfkc(applicant_id)"
    "  WHERE applicant_id <> xxgk_nfkc(applicant_id);";

/* Version 3 says which year's announced arrangement each calendar day came with, so that a
 * year imported again takes away what its earlier import added to the year before (the last
 * days of December in its 元旦 holiday).  Days kept before are given the year they would be
 * given now: their own, but for the last week of December when next year has a table.  It
 * also indexes the IDs by their letters' lower case. */
static const char *const calendar_arrangement_v3 =
    "ALTER TABLE calendar_day ADD COLUMN arrangement INTEGER;"
    "UPDATE calendar_day SET arrangement = CAST(substr(date, 1, 4) AS INTEGER)"
    "  + (substr(date, 6, 5) >= '12-25' AND CAST(substr(date, 1, 4) AS INTEGER) + 1 IN"
    "    (SELECT year FROM calendar_year));"
    "CREATE INDEX calendar_day_arrangement ON calendar_day(arrangement);"
    /* IDs one letter's case apart are refused (one import of thousands asks for each) */
    "CREATE INDEX request_id_nocase ON request(lower(id));"
    "CREATE INDEX review_case_id_nocase ON review_case(lower(id));";

/* Version 4 keys the IDs by their NFKC case fold (id_key), in which Ä-1 and ä-1 are one, as
 * are A-1 and a-1: an ID is found however its letters are typed, and one that differs from
 * another only in case is refused.  SQLite's lower() folds ASCII letters only. */
static const char *const id_keys_v4 =
    "ALTER TABLE request ADD COLUMN id_key TEXT;"
    "UPDATE request SET id_key = xxgk_fold(id);"
    "CREATE INDEX request_id_key ON request(id_key);"
    "DROP INDEX request_id_nocase;"
    "ALTER TABLE review_case ADD COLUMN id_key TEXT;"
    "UPDATE review_case SET id_key = xxgk_fold(id);"
    "CREATE INDEX review_case_id_key ON review_case(id_key);"
    "DROP INDEX review_case_id_nocase;";

/* Version 5 gives a request a note (备注): what the agency keeps beside it, and what an
 * imported ledger's columns that are none of the request's fields held. */
static const char *const request_note_v5 = "ALTER TABLE request ADD COLUMN note TEXT;";

/* xxgk_nfkc(text) and xxgk_fold(text): the text mapped by utf8proc with the options the
 * function was registered with (NULL as NULL; text that is not UTF-8 as it is). */
static void sql_map(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    const unsigned char *v = sqlite3_value_text(argv[0]);
    if (!v) {
        sqlite3_result_null(ctx);
        return;
    }
    utf8proc_option_t options = *(const utf8proc_option_t *)sqlite3_user_data(ctx);
    utf8proc_uint8_t *n = NULL;
    if (utf8proc_map(v, 0, &n, options | UTF8PROC_NULLTERM) >= 0)
        sqlite3_result_text(ctx, (const char *)n, -1, free);
    else
        sqlite3_result_text(ctx, (const char *)v, -1, SQLITE_TRANSIENT);
}

/* SQLite's reason in the user's terms, for the errors a user can do something about. */
static const char *sqlite_reason(sqlite3 *db)
{
    switch (db ? sqlite3_errcode(db) : SQLITE_MISUSE) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return TR("登记簿正被另一个程序写入（如另一个 xxgk 命令正在导入），请稍后再试",
                  "another program is writing to the register (another xxgk command importing, "
                  "say): try again in a moment");
    case SQLITE_FULL:
        return TR("磁盘已满：请腾出空间后再试（已保存的内容没有丢失）",
                  "the disk is full: make room and try again (nothing saved was lost)");
    case SQLITE_IOERR: /* (reading too needs room for the side files of WAL) */
        return TR("读写文件出错：磁盘可能已满或有故障，请腾出空间后再试（已保存的内容没有丢失）",
                  "the file could not be read or written: the disk may be full or failing; make "
                  "room and try again (nothing saved was lost)");
    case SQLITE_CANTOPEN:
        return TR("无法打开或创建该文件（文件夹不存在，是文件夹而非文件，或没有权限）",
                  "cannot open or create the file (no such folder, a folder rather than a "
                  "file, or no permission)");
    case SQLITE_NOTADB:
        return TR("不是 SQLite 数据库，不是登记簿", "not an SQLite database, not a register");
    case SQLITE_READONLY:
        return TR("文件只读，不能写入", "the file is read-only");
    default:
        return db ? sqlite3_errmsg(db) : TR("没有数据库", "no database");
    }
}

int store_fail(store *s, int code, const char *what)
{
    /* "database is locked" alone does not say which register */
    return err_set(code, TR("%s%s%s：%s", "%s%s%s: %s"), s->path ? s->path : "",
                   s->path ? TR("：", ": ") : "", what, sqlite_reason(s->db));
}

char *store_col_dup(sqlite3_stmt *st, int i)
{
    const char *v = (const char *)sqlite3_column_text(st, i);
    return v ? strdup(v) : NULL;
}

int store_exec(store *s, const char *sql)
{
    return sqlite3_exec(s->db, sql, NULL, NULL, NULL) == SQLITE_OK
               ? 0
               : store_fail(s, XXGK_EIO, TR("数据库", "database"));
}

int store_begin(store *s)
{
    if (s->readonly && s->full)
        return err_set(XXGK_EIO,
                       TR("%s：磁盘已满或出错，登记簿此时只能读取：未作任何更改（请腾出空间后再试）",
                          "%s: the disk is full or failing, and the register can only be read: "
                          "nothing was changed (make room and try again)"),
                       s->path);
    if (s->readonly)
        return err_set(XXGK_EIO,
                       TR("%s：登记簿在此处只读（文件或其所在文件夹不可写）：未作任何更改",
                          "%s: the register is read-only here (the file or its folder cannot be "
                          "written): nothing was changed"),
                       s->path);
    int rc = store_exec(s, s->depth ? "SAVEPOINT inner" : "BEGIN IMMEDIATE");
    if (rc == 0)
        s->depth++;
    return rc;
}

int store_end(store *s, int rc)
{
    int inner = --s->depth > 0;
    if (rc == 0 && store_exec(s, inner ? "RELEASE inner" : "COMMIT") == 0)
        return 0;
    /* Keep the first error's message: the rollback must not overwrite it. */
    char *saved = strdup(xxgk_error_last()); /* (whole: an import's list of bad rows) */
    sqlite3_exec(s->db, inner ? "ROLLBACK TO inner; RELEASE inner" : "ROLLBACK", NULL, NULL,
                 NULL);
    rc = err_set(rc ? rc : XXGK_EIO, "%s", saved ? saved : TR("内存不足", "out of memory"));
    free(saved);
    return rc;
}

/* Bind one text argument per '?' from ap. */
static void bind_all(sqlite3_stmt *st, va_list ap)
{
    int n = sqlite3_bind_parameter_count(st);
    for (int i = 1; i <= n; i++) {
        const char *v = va_arg(ap, const char *);
        if (v)
            sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
        else
            sqlite3_bind_null(st, i);
    }
}

/* The statement of sql that store_run or store_int prepared before, kept for it (an import
 * runs the same few statements for every row, and preparing them took half its time), else sql
 * prepared and kept in another's place; with the arguments in ap bound.  Reset it after its
 * step, not finalized, so that it holds no lock.  NULL on error (message set). */
static sqlite3_stmt *kept_v(store *s, const char *sql, va_list ap)
{
    /* (placed by the SQL's address, a literal's mostly; the text decides) */
    sqlite3_stmt **at = &s->kept[((uintptr_t)sql >> 4) % STORE_KEPT];
    if (*at && strcmp(sqlite3_sql(*at), sql) == 0) {
        sqlite3_clear_bindings(*at);
    } else {
        sqlite3_stmt *st = NULL;
        if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL) !=
            SQLITE_OK) {
            store_fail(s, XXGK_EIO, TR("数据库", "database"));
            return NULL;
        }
        sqlite3_finalize(*at);
        *at = st;
    }
    bind_all(*at, ap);
    return *at;
}

/* The statements kept, finalized (before the database is closed). */
static void forget_kept(store *s)
{
    for (size_t i = 0; i < STORE_KEPT; i++) {
        sqlite3_finalize(s->kept[i]);
        s->kept[i] = NULL;
    }
}

/* Prepare sql and bind the arguments in ap; NULL on error (message set). */
static sqlite3_stmt *prepare_v(store *s, const char *sql, va_list ap)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
        store_fail(s, XXGK_EIO, TR("数据库", "database"));
        return NULL;
    }
    bind_all(st, ap);
    return st;
}

int store_step(store *s, sqlite3_stmt *st)
{
    int r = sqlite3_step(st);
    if (r == SQLITE_ROW)
        return 1;
    return r == SQLITE_DONE ? 0 : store_fail(s, XXGK_EIO, TR("数据库", "database"));
}

sqlite3_stmt *store_prepare(store *s, const char *sql, ...)
{
    va_list ap;
    va_start(ap, sql);
    sqlite3_stmt *st = prepare_v(s, sql, ap);
    va_end(ap);
    return st;
}

int store_run(store *s, const char *sql, ...)
{
    va_list ap;
    va_start(ap, sql);
    sqlite3_stmt *st = kept_v(s, sql, ap);
    va_end(ap);
    if (!st)
        return XXGK_EIO;
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return store_fail(s, rc == SQLITE_CONSTRAINT ? XXGK_EINVAL : XXGK_EIO,
                          TR("数据库", "database"));
    return 0;
}

int store_int(store *s, long long *out, const char *sql, ...)
{
    va_list ap;
    va_start(ap, sql);
    sqlite3_stmt *st = kept_v(s, sql, ap);
    va_end(ap);
    if (!st)
        return XXGK_EIO;
    int rc = sqlite3_step(st), found = 0;
    if (rc == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL) {
        *out = sqlite3_column_int64(st, 0);
        found = 1;
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return store_fail(s, XXGK_EIO, TR("数据库", "database"));
    return found;
}

int store_audit(store *s, const char *tbl, const char *row, const char *field, const char *old,
                const char *new_value)
{
    char at[32];
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(at, sizeof at, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return store_run(s, "INSERT INTO audit(at, who, tbl, row, field, old, new)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?)",
                     at, s->who, tbl, row, field, old, new_value);
}

/* XXGK_EINVAL for a register a newer xxgk wrote (schema `version`), which this one must not
 * touch. */
static int newer_schema(const store *s, long long version)
{
    return err_set(XXGK_EINVAL,
                   TR("%s：登记簿由较新版本的 xxgk 写入（结构版本 %lld，本程序只支持到 %d）",
                      "%s: the register was written by a newer xxgk (schema %lld, this one "
                      "knows %d)"),
                   s->path, version, SCHEMA_VERSION);
}

/* Whether the file is a register (or, when `create`, may become one), by reading alone: a
 * database that is not a register must not be touched, not even its journal mode. */
static int probe(store *s, int create, long long *version_out)
{
    /* The version and the tables in one statement, one snapshot: another xxgk creating the
     * register at this moment commits both together, and two reads could fall either side. */
    sqlite3_stmt *st = store_prepare(s, "SELECT user_version, (SELECT count(*) FROM sqlite_master),"
                                        " (SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                                        " AND name IN ('audit', 'request', 'setting'))"
                                        " FROM pragma_user_version");
    int rc = st ? store_step(s, st) : XXGK_EIO;
    long long version = rc > 0 ? sqlite3_column_int64(st, 0) : -1;
    long long tables = rc > 0 ? sqlite3_column_int64(st, 1) : 0;
    long long ours = rc > 0 ? sqlite3_column_int64(st, 2) : 0;
    sqlite3_finalize(st);
    if (rc < 0)
        return rc;
    *version_out = version;
    if (version == 0) {
        /* Never build the register into somebody else's database, nor into an empty file
         * that a mistyped path named. */
        if (tables)
            return err_set(XXGK_EINVAL,
                           TR("%s：是 SQLite 数据库，但不是 xxgk 登记簿",
                              "%s: an SQLite database, but not an xxgk register"),
                           s->path);
        if (!create)
            return err_set(XXGK_ENOTFOUND,
                           TR("%s：是空文件，不是登记簿", "%s: an empty file, not a register"),
                           s->path);
    }
    if (version > 0) { /* other programs number their schemas too */
        if (ours != 3)
            return err_set(XXGK_EINVAL,
                           TR("%s：是 SQLite 数据库，但不是 xxgk 登记簿",
                              "%s: an SQLite database, but not an xxgk register"),
                           s->path);
    }
    return version > SCHEMA_VERSION ? newer_schema(s, version) : 0;
}

/* What every opened connection does before anything else: wait for a busy file, enforce the
 * foreign keys, and make sure the file is a register (probe). */
static int first_look(store *s, int create, long long *version)
{
    sqlite3_busy_timeout(s->db, 5000);
    static const utf8proc_option_t nfkc = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT,
                                   fold = nfkc | UTF8PROC_CASEFOLD;
    if (sqlite3_create_function(s->db, "xxgk_nfkc", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                (void *)&nfkc, sql_map, NULL, NULL) != SQLITE_OK ||
        sqlite3_create_function(s->db, "xxgk_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                (void *)&fold, sql_map, NULL, NULL) != SQLITE_OK)
        return store_fail(s, XXGK_EIO, TR("数据库", "database"));
    int rc = store_exec(s, "PRAGMA foreign_keys=ON");
    return rc ? rc : probe(s, create, version);
}

static int migrate(store *s, long long version, int (*seed)(store *))
{
    int rc;
    if (version == SCHEMA_VERSION)
        return 0;
    if (s->readonly)
        return err_set(XXGK_EIO,
                       TR("%s：登记簿在此处只读，而它需要升级到结构版本 %d，只有可写的副本才能升级",
                          "%s: the register is read-only here and needs an upgrade to schema %d "
                          "that only a writable copy can get"),
                       s->path, SCHEMA_VERSION);
    rc = store_begin(s);
    if (rc)
        return rc;
    /* Under the write lock, the version again: another xxgk opening the same new or old file at
     * the same moment may have migrated it while this one waited. */
    if ((rc = store_int(s, &version, "PRAGMA user_version")) < 0)
        return store_end(s, rc);
    rc = 0;
    if (version == SCHEMA_VERSION)
        return store_end(s, 0);
    if (version > SCHEMA_VERSION) /* (a newer xxgk's, migrated meanwhile) */
        return store_end(s, newer_schema(s, version));
    /* Each step moves one version up; a new version adds its step here. */
    if (version < 1) {
        rc = store_exec(s, schema_v1);
        if (!rc && seed)
            rc = seed(s);
    }
    if (!rc && version < 2) {
        rc = ids_to_nfkc(s, "request", "event", "request_id");
        if (!rc)
            rc = ids_to_nfkc(s, "review_case", NULL, NULL);
        if (!rc)
            rc = store_exec(s, applicant_ids_v2);
    }
    if (!rc && version < 3)
        rc = store_exec(s, calendar_arrangement_v3);
    if (!rc && version < 4)
        rc = store_exec(s, id_keys_v4);
    if (!rc && version < 5)
        rc = store_exec(s, request_note_v5);
    if (!rc) {
        char sql[64];
        snprintf(sql, sizeof sql, "PRAGMA user_version = %d", SCHEMA_VERSION);
        rc = store_exec(s, sql);
    }
    return store_end(s, rc);
}

/* Whether the file, or the folder that holds it (where WAL keeps its side files), cannot be
 * written. */
static int unwritable(const char *path)
{
    if (access(path, W_OK) != 0)
        return 1;
    const char *slash = strrchr(path, '/');
    char dir[4096];
    if (!slash)
        snprintf(dir, sizeof dir, ".");
    else if (slash == path)
        snprintf(dir, sizeof dir, "/");
    else
        snprintf(dir, sizeof dir, "%.*s", (int)(slash - path), path);
    return access(dir, W_OK) != 0;
}

/* path as an SQLite URI, read as immutable when asked: every file is opened so, its name read
 * as written (a name "file:x.db" or ":memory:" is a file of that name, not SQLite's URI or
 * memory database). */
static void file_uri(xbuf *uri, const char *path, int immutable)
{
    /* ("file:" + "//x" names a host; "file::memory:" the memory database) */
    xbuf_puts(uri, path[0] == '/' ? "file://" : "file:./");
    for (const unsigned char *p = (const unsigned char *)path; *p; p++)
        if (*p == '%' || *p == '?' || *p == '#' || *p <= ' ' || *p >= 0x7f)
            xbuf_printf(uri, "%%%02X", *p);
        else
            xbuf_putc(uri, (char)*p);
    if (immutable)
        xbuf_puts(uri, "?immutable=1");
}

/* Open the file at path (its name as written: see file_uri) with flags; 0 when it cannot be. */
static int open_file(sqlite3 **db, const char *path, int flags)
{
    xbuf uri;
    xbuf_init(&uri, 0);
    file_uri(&uri, path, 0);
    int ok = !uri.failed && sqlite3_open_v2(uri.data, db, flags | SQLITE_OPEN_URI, NULL) == SQLITE_OK;
    xbuf_free(&uri);
    return ok;
}

int store_is_register(const char *path)
{
    char head[16];
    FILE *f = fopen(path, "rb");
    size_t n = f ? fread(head, 1, sizeof head, f) : 0;
    if (f)
        fclose(f);
    if (n < sizeof head || memcmp(head, "SQLite format 3", 16) != 0)
        return 0;
    /* An SQLite file: a register unless its tables say otherwise.  Read without a lock or a
     * side file, and in doubt (unreadable, damaged, newer) it is one. */
    xbuf uri;
    xbuf_init(&uri, 0);
    file_uri(&uri, path, 1);
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    int ours = -1;
    if (!uri.failed &&
        sqlite3_open_v2(uri.data, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(db,
                           "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                           " AND name IN ('audit', 'request', 'setting')",
                           -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        ours = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    xbuf_free(&uri);
    return ours != 0;
}

/* Open an unwritable register for reading.  SQLite reads a WAL file whose side files exist;
 * with none (the register was closed cleanly) there is nothing outside the file, and it is
 * opened as immutable, which needs no side files.  With a -wal file that cannot be read the
 * latest changes would be missed: refused. */
static int open_readonly(store *s, const char *path, long long *version, int empty_wal_ok)
{
    char side[4096];
    snprintf(side, sizeof side, "%s-wal", path);
    struct stat st;
    /* (even empty: a writer may have it open; but not on a disk too full for anyone to write,
     * where it is the one this xxgk's attempt to open for writing left) */
    int has_wal = stat(side, &st) == 0 && !(empty_wal_ok && st.st_size == 0);
    xbuf uri;
    xbuf_init(&uri, 0);
    file_uri(&uri, path, !has_wal);
    if (uri.failed) {
        xbuf_free(&uri);
        return err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    }
    int rc = sqlite3_open_v2(uri.data, &s->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) ==
                     SQLITE_OK
                 ? 0
                 : store_fail(s, XXGK_EIO, TR("无法打开", "cannot open"));
    xbuf_free(&uri);
    s->readonly = 1;
    if (!rc)
        rc = first_look(s, 0, version);
    if (rc == XXGK_EIO && has_wal)
        rc = err_set(XXGK_EIO,
                     TR("%s：此处不能写入登记簿，而它最近的更改（在 %s 中）不写入就无法读取："
                        "请把它连同 -wal 和 -shm 文件一起复制到可写的文件夹",
                        "%s: the register cannot be written here, and its latest changes (in %s) "
                        "cannot be read without writing: copy it with its -wal and -shm files to "
                        "a writable folder"),
                     path, side);
    return rc;
}

/* Whether path's -wal or -shm is there. */
static int side_files_there(const char *path)
{
    static const char *const sides[] = {"-wal", "-shm"};
    int there = 0;
    for (int k = 0; k < 2; k++) {
        char side[4096];
        struct stat st;
        if ((size_t)snprintf(side, sizeof side, "%s%s", path, sides[k]) < sizeof side)
            there |= lstat(side, &st) == 0;
    }
    return there;
}

/* The side files a writable open on a full disk began and could not finish (an empty -wal, a
 * -shm shorter than its header: none that a live connection uses) are taken away again, when
 * they were not there before: the register is then read as it is, leaving nothing beside it. */
static void remove_stillborn(const char *path, int were_there)
{
    char wal[4096], shm[4096];
    struct stat w, m;
    if (were_there || (size_t)snprintf(wal, sizeof wal, "%s-wal", path) >= sizeof wal ||
        (size_t)snprintf(shm, sizeof shm, "%s-shm", path) >= sizeof shm)
        return;
    int has_wal = lstat(wal, &w) == 0, has_shm = lstat(shm, &m) == 0;
    if ((has_wal && (!S_ISREG(w.st_mode) || w.st_size != 0)) ||
        (has_shm && (!S_ISREG(m.st_mode) || m.st_size >= 32768)))
        return;
    if (has_wal)
        unlink(wal);
    if (has_shm)
        unlink(shm);
}

int store_open(store *s, const char *path, const char *who, store_mode mode,
               int (*seed)(store *))
{
    int create = mode == STORE_CREATE;
    memset(s, 0, sizeof *s);
    if (strlen(who) >= sizeof s->who) /* the audit trail keeps names whole */
        return err_set(XXGK_EINVAL,
                       TR("用户名超过 %zu 字节", "the user's name is longer than %zu bytes"),
                       sizeof s->who - 1);
    snprintf(s->who, sizeof s->who, "%s", who);
    if (!(s->path = strdup(path)))
        return err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    if (!create && access(path, F_OK) != 0) {
        int missing = errno == ENOENT;
        int rc = err_set(missing ? XXGK_ENOTFOUND : XXGK_EIO, TR("%s：%s", "%s: %s"), path,
                         missing ? TR("此处没有登记簿", "no register there") : lang_strerror(errno));
        store_close(s);
        return rc;
    }
    int rc = 0;
    long long version = 0;
    /* An existing register that cannot be written here is read as it is, before SQLite is
     * asked to write anything (it would open a read-only file read-only without a word, and
     * leave side files behind in a writable folder). */
    struct stat st;
    int there = stat(path, &st) == 0, exists = there && st.st_size > 0;
    if (there && !S_ISREG(st.st_mode)) { /* (a device, a pipe, a folder: SQLite's errors mislead) */
        rc = err_set(XXGK_EINVAL,
                     TR("%s：不是普通文件（是目录、设备或管道），不能作为登记簿",
                        "%s: not a regular file (a directory, device or pipe): not a register"),
                     path);
        store_close(s);
        return rc;
    }
    int side_before = side_files_there(path);
    /* A new register holds applicants' personal data: readable by its owner only, as its
     * backups are (a stricter umask still applies).  SQLite gives its side files the mode of
     * the file; one already there, if only empty, keeps its own. */
    if (create && !there) {
        int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0)
            close(fd);
    }
    if (mode == STORE_READ || (exists && unwritable(path))) {
        rc = open_readonly(s, path, &version, 0);
    } else if (!open_file(&s->db, path, SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0))) {
        rc = store_fail(s, XXGK_EIO, TR("无法打开", "cannot open"));
    } else {
        rc = first_look(s, create, &version);
        /* WAL with full synchronous commits: a kill at any point loses nothing committed. */
        if (!rc)
            rc = store_exec(s, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
        /* A full or failing disk leaves no room for WAL's side files, without which a register
         * opened for writing cannot even be read: it is read as it is, and changes are refused
         * saying why. */
        int code = rc && s->db ? sqlite3_errcode(s->db) : SQLITE_OK;
        if (exists && !create && (code == SQLITE_FULL || code == SQLITE_IOERR)) {
            forget_kept(s);
            sqlite3_close(s->db);
            s->db = NULL;
            remove_stillborn(path, side_before);
            if ((rc = open_readonly(s, path, &version, 1)) == 0)
                s->full = 1;
        }
    }
    if (!rc)
        rc = migrate(s, version, seed);
    if (rc)
        store_close(s); /* (every message on the way names the file) */
    return rc;
}

void store_close(store *s)
{
    forget_kept(s);
    if (s->db)
        sqlite3_close(s->db);
    s->db = NULL;
    free(s->path);
    s->path = NULL;
}

/* A backup never replaces a file: XXGK_EINVAL naming it. */
static int backup_exists(const char *dest)
{
    return err_set(XXGK_EINVAL,
                   TR("%s 已存在：请为备份另选一个新文件",
                      "%s already exists: choose a new file for the backup"),
                   dest);
}

/* Raised by store_backup_cancel, perhaps from a signal handler or another thread (a lock-free
 * atomic, safe in both); a backup that sees it stops, and lowers it as it returns, so that one
 * asked before it began (a Ctrl-C just as it starts) stops too, and a later one does not. */
static atomic_int cancel_asked;

void store_backup_cancel(void)
{
    atomic_store(&cancel_asked, 1);
}

static int backup_once(store *s, const char *dest)
{
    struct stat st;
    if (!*dest)
        return err_set(XXGK_EINVAL, TR("备份文件名为空：请给出备份文件的名字",
                                       "an empty file name: name the backup file"));
    if (lstat(dest, &st) == 0)
        return backup_exists(dest);
    /* Written under a name of its own beside dest, and given dest's name only when whole: a
     * backup cut short (Ctrl-C, a full disk) never holds the name a retry wants. */
    xbuf part;
    xbuf_init(&part, 0);
    xbuf_printf(&part, "%s.partial-XXXXXX", dest);
    int fd = part.failed ? -1 : mkstemp(part.data);
    if (fd < 0) {
        int rc = err_set(XXGK_EIO, TR("%s：%s", "%s: %s"), dest,
                         part.failed ? TR("内存不足", "out of memory") : lang_strerror(errno));
        xbuf_free(&part);
        return rc;
    }
    close(fd);
    sqlite3 *to = NULL;
    int rc = 0;
    if (!open_file(&to, part.data, SQLITE_OPEN_READWRITE)) {
        rc = err_set(XXGK_EIO, TR("%s：%s", "%s: %s"), dest, sqlite_reason(to));
    } else {
        /* (no journal beside a file that is thrown away unless it is finished) */
        sqlite3_exec(to, "PRAGMA journal_mode=OFF", NULL, NULL, NULL);
        sqlite3_backup *b = sqlite3_backup_init(to, "main", s->db, "main");
        int r = b ? SQLITE_OK : SQLITE_ERROR;
        /* In steps, so that a cancel is heard between them, all within one read transaction:
         * one snapshot, which another program's writes meanwhile do not restart. */
        int snapshot = r == SQLITE_OK && store_exec(s, "BEGIN") == 0;
        long long tables = 0;
        if (snapshot && store_int(s, &tables, "SELECT count(*) FROM sqlite_master") < 0)
            r = SQLITE_ERROR;
        while (r == SQLITE_OK && !atomic_load(&cancel_asked))
            r = sqlite3_backup_step(b, 256);
        if (snapshot)
            store_exec(s, "COMMIT");
        sqlite3_backup_finish(b);
        if (r == SQLITE_OK)
            rc = err_set(XXGK_ECANCELED,
                         TR("备份到 %s 已中断，未留下文件", "backup to %s cancelled: no file left"),
                         dest);
        else if (r != SQLITE_DONE)
            rc = err_set(XXGK_EIO, TR("备份到 %s 失败：%s", "backup to %s failed: %s"), dest,
                         sqlite_reason(to));
    }
    sqlite3_close(to);
    /* link, not rename: a file that took the name meanwhile is not replaced */
    if (!rc && link(part.data, dest) != 0) {
        int e = errno;
        if (e == EEXIST)
            rc = backup_exists(dest);
        else if (lstat(dest, &st) != 0 && rename(part.data, dest) == 0)
            ; /* (a file system without hard links) */
        else
            rc = err_set(XXGK_EIO, TR("%s：%s", "%s: %s"), dest, lang_strerror(e));
    }
    unlink(part.data);
    xbuf_free(&part);
    return rc;
}

int store_backup(store *s, const char *dest)
{
    int rc = backup_once(s, dest);
    atomic_store(&cancel_asked, 0); /* (heard, or asked of a backup that had ended) */
    return rc;
}

int store_check(store *s, xbuf *out)
{
    static const char *const checks[] = {"PRAGMA integrity_check", "PRAGMA foreign_key_check"};
    int problems = 0, damaged = 0;
    for (size_t i = 0; i < 2 && !damaged; i++) {
        sqlite3_stmt *st = store_prepare(s, checks[i]);
        if (!st)
            return XXGK_EIO;
        int r;
        while ((r = store_step(s, st)) > 0) {
            const char *v = (const char *)sqlite3_column_text(st, 0);
            if (i == 0 && v && strcmp(v, "ok") == 0)
                continue;
            problems++;
            if (i == 0) {
                damaged = 1;
                xbuf_printf(out, TR("完整性：%s\n", "integrity: %s\n"), v ? v : "");
            } else { /* table, rowid, parent table: a row pointing at one that is not there */
                const char *rowid = (const char *)sqlite3_column_text(st, 1);
                const char *parent = (const char *)sqlite3_column_text(st, 2);
                xbuf_printf(out,
                            TR("外键：%s 表第 %s 行指向的 %s 不存在\n",
                               "foreign key: table %s, row %s, points to a %s that is not there\n"),
                            v ? v : "", rowid ? rowid : "?", parent ? parent : "?");
            }
        }
        sqlite3_finalize(st);
        if (r < 0)
            return r;
    }
    if (!problems)
        xbuf_puts(out, TR("完整性检查通过\n", "ok\n"));
    return damaged ? 2 : problems ? 1 : 0;
}
