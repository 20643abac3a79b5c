/* libFuzzer target: the text reader, the checker and every writer on arbitrary bytes, a total
 * of the report read twice, and the zip archive reader on bytes that open as a zip.  Built with -DXXGK_FUZZ=ON (clang); the same
 * file also replays a directory of inputs as a plain test (see fuzz/replay.c). */
#define _GNU_SOURCE
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    archive(data, size);
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
