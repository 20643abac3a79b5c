/* The register's SQLite store: schema and migrations, transactions, audit, backup, check.
 * Statement helpers take one `const char *` argument per '?' in the SQL (NULL binds NULL). */
#ifndef XXGK_LIB_STORE_H
#define XXGK_LIB_STORE_H

#include <sqlite3.h>

#include "util/buf.h"
#include "xxgk/xxgk.h"

#define STORE_KEPT 32

typedef struct {
    sqlite3 *db;
    sqlite3_stmt *kept[STORE_KEPT]; /* statements store_run and store_int prepared, by their SQL */
    char who[801]; /* who makes the changes, for the audit trail (200 characters at most) */
    char *path;     /* the file, as given (owned): messages name it */
    int depth;     /* transactions begun and not ended: inner ones are savepoints */
    int readonly;  /* opened for reading: asked so, or the file or its folder cannot be written */
    int full;      /* ... or the disk was full (or failing) when it was opened for writing */
} store;

typedef enum {
    STORE_OPEN,   /* an existing register */
    STORE_CREATE, /* an existing one, or a new one when there is no file or an empty one */
    STORE_READ    /* an existing one, for reading only */
} store_mode;

/* Open the register, migrate it to the current schema, `who` making the changes; `seed` fills a new register in the same
 * transaction (the shipped calendar).  Refuses a database that is not a register.  A register
 * that cannot be written (a read-only file or folder: an archived copy) is opened for reading
 * whatever the mode, and every change is then refused with a message saying why. */
int store_open(store *s, const char *path, const char *who, store_mode mode,
               int (*seed)(store *));
void store_close(store *s);
/* Whether the file at path is a register (see xxgk_db_is_register). */
int store_is_register(const char *path);

/* Column i of the row st is on as a malloc'd string; NULL for NULL (or out of memory). */
char *store_col_dup(sqlite3_stmt *st, int i);
int store_exec(store *s, const char *sql);
/* Begin a transaction; within one, a savepoint, so that a change made of several (an import of
 * many requests) stands or falls whole. */
int store_begin(store *s);
/* Commit (or release the savepoint) when rc is 0, else roll back (to the savepoint); returns rc
 * (or the commit's error). */
int store_end(store *s, int rc);
/* Prepare and bind; NULL on error (message set). */
sqlite3_stmt *store_prepare(store *s, const char *sql, ...);
/* Step st: 1 for a row, 0 when there are no more, or an xxgk_error code (message set): a busy,
 * failing or damaged file must not read as "no rows". */
int store_step(store *s, sqlite3_stmt *st);
/* Prepare, bind, step once, finalize. */
int store_run(store *s, const char *sql, ...);
/* Prepare, bind, step once: the first column of the first row as an integer in *out.  1 when
 * there is one, 0 when there is no row or it is NULL (*out untouched), or an xxgk_error code. */
int store_int(store *s, long long *out, const char *sql, ...);
/* Record one change in the audit trail (within the caller's transaction). */
int store_audit(store *s, const char *tbl, const char *row, const char *field, const char *old,
                const char *new_value);
int store_fail(store *s, int code, const char *what);
int store_backup(store *s, const char *dest);
/* Stop the backups running (xxgk_db_backup_cancel). */
void store_backup_cancel(void);
/* Append the integrity report to out; 0 when sound, 1 when rows point at rows that are not
 * there (foreign keys), 2 when the file is damaged. */
int store_check(store *s, xbuf *out);

#endif
