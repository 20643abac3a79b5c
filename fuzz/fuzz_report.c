/* libFuzzer target: the text reader, the checker and every writer on arbitrary bytes.  Built
 * with -DXXGK_FUZZ=ON (clang); the same file also replays a directory of inputs as a plain test
 * (see fuzz/replay.c). */
#include <stddef.h>
#include <stdint.h>

#include "xxgk/xxgk.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int discard(void *ctx, const char *data, size_t len)
{
    (void)ctx, (void)data, (void)len;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
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
    }
    xxgk_findings_free(f);
    xxgk_report_free(r);
    return 0;
}
