/* libFuzzer target: the text reader, the checker and every writer on arbitrary bytes, a total
 * of the report read twice, the zip archive reader on bytes that open as a zip, and the
 * holiday table, letter template and ledger (request import) readers of the register.  Built
 * with -DXXGK_FUZZ=ON (clang); the same file also replays a directory of inputs as a plain test
 * (see fuzz/replay.c). */
#define _GNU_SOURCE
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "xxgk/xxgk.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int discard(void *ctx, const char *data, size_t len)
{
    (void)ctx, (void)data, (void)len;
    return 0;
}

/* The bytes as a zip archive of reports: listed, and its first entries read.  The archive
 * reader opens a path, so the bytes go to a file in memory. */
static void archive(const uint8_t *data, size_t size)
{
    if (size < 4 || memcmp(data, "PK\x03\x04", 4) != 0)
        return;
    int fd = memfd_create("fuzz.zip", 0);
    if (fd < 0)
        return;
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    xxgk_archive *a;
    if (write(fd, data, size) == (ssize_t)size && xxgk_archive_open(&a, path) == 0) {
        xxgk_read_options o = {.max_bytes = 1 << 20};
        for (size_t i = 0; i < xxgk_archive_count(a) && i < 8; i++) {
            xxgk_report *r = NULL;
            if (xxgk_archive_read(&r, a, i, &o) == 0)
                xxgk_report_free(r);
        }
        xxgk_archive_free(a);
    }
    close(fd);
}

/* The report added to a total twice (the second time as a repeat), the total made into a
 * report, checked and written. */
static void total(const xxgk_report *r, const xxgk_findings *rf, const xxgk_check_options *co)
{
    xxgk_total *t;
    if (xxgk_total_new(&t) < 0)
        return;
    if (xxgk_total_add(t, r, rf, NULL) == 0 && xxgk_total_add(t, r, NULL, NULL) == 0)
        for (size_t i = 0; i < xxgk_total_count(t); i++) {
            xxgk_report *sum = NULL;
            xxgk_findings *f = NULL;
            if (xxgk_total_report(&sum, t, i, "fuzz") == 0 &&
                xxgk_total_check(&f, t, i, sum, co) == 0) {
                xxgk_write_report("json", sum, f, discard, NULL);
                xxgk_write_report("md", sum, f, discard, NULL);
            }
            xxgk_findings_free(f);
            xxgk_report_free(sum);
        }
    xxgk_total_free(t);
}

/* The bytes as the files an agency edits for its register: a holiday table, used to count a
 * deadline, and a letter template, filled in. */
static void agency_files(const uint8_t *data, size_t size)
{
    xxgk_calendar *c;
    if (xxgk_calendar_new(&c) == 0) {
        xxgk_date from, due;
        int guessed;
        if (xxgk_calendar_load_csv(c, (const char *)data, size, "fuzz.csv") == 0 &&
            xxgk_date_parse(&from, "2024-12-20") == 0)
            xxgk_calendar_add_workdays(c, from, 40, &due, &guessed);
        xxgk_calendar_free(c);
    }
    /* a name given a value twice, one set and one empty, as the letters' sections use them */
    static const xxgk_tvar vars[] = {{"agency", "某局", NULL}, {"date", "2024年3月1日", NULL},
                                     {"reason", "", NULL},     {"fee", "100", NULL},
                                     {"agency", "", NULL}};
    char *out = NULL;
    if (xxgk_template_render(&out, (const char *)data, size, vars, sizeof vars / sizeof vars[0],
                             "fuzz.txt") == 0)
        free(out);
}

/* The bytes as a ledger imported into a register (as CSV, or as a workbook when they are a zip
 * or an OLE file: the import tells them by their bytes), in a folder of this process's own; a
 * register that took requests is made anew, so that each input meets an empty one. */
static char ledger_dir[] = "/tmp/xxgk-fuzz-XXXXXX", ledger_path[64];
static xxgk_db *ledger_db;

/* The register closed and its files removed (the WAL's too). */
static void ledger_drop(void)
{
    xxgk_db_close(ledger_db);
    ledger_db = NULL;
    static const char *const ends[] = {"", "-wal", "-shm"};
    for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++) {
        char file[80];
        snprintf(file, sizeof file, "%s%s", ledger_path, ends[i]);
        unlink(file);
    }
}

static void ledger_end(void)
{
    ledger_drop();
    rmdir(ledger_dir);
}

static void ledger(const uint8_t *data, size_t size)
{
    if (!ledger_path[0]) {
        if (!mkdtemp(ledger_dir))
            return;
        snprintf(ledger_path, sizeof ledger_path, "%s/r.db", ledger_dir);
        atexit(ledger_end);
    }
    if (!ledger_db && xxgk_db_create(&ledger_db, ledger_path, "fuzz") != 0) {
        ledger_db = NULL;
        return;
    }
    size_t added = 0;
    char *notes = NULL;
    if (xxgk_request_import(ledger_db, (const char *)data, size, "fuzz.csv", &added, &notes) ==
            0 &&
        added)
        ledger_drop();
    free(notes);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    archive(data, size);
    agency_files(data, size);
    ledger(data, size);
    xxgk_report *r = NULL;
    xxgk_read_options o = {.name = "fuzz", .max_bytes = 1 << 20};
    if (xxgk_report_read(&r, (const char *)data, size, &o) < 0)
        return 0;
    xxgk_findings *f = NULL;
    xxgk_check_options co = {XXGK_LANG_ZH, XXGK_AGENCY_AUTO};
    if (xxgk_check(&f, r, &co) == 0) {
        for (size_t i = 0; i < xxgk_writer_count(); i++) {
            const xxgk_writer_info *w = xxgk_writer_at(i);
            if (w->reports)
                xxgk_write_report(w->name, r, f, discard, NULL);
            if (w->findings)
                xxgk_write_findings(w->name, "fuzz", r, f, discard, NULL);
        }
        xxgk_write_header("csv", discard, NULL);
        total(r, f, &co);
    }
    xxgk_findings_free(f);
    xxgk_report_free(r);
    return 0;
}
