/* Options shared by the commands that read reports (see options.h). */
#include "cli/options.h"

#include <string.h>

#include "cli/cli.h"

static int bad(const char *cmd, const char *what, const char *value)
{
    fprintf(stderr, "xxgk %s: %s%s%s\n(see 'xxgk %s --help')\n", cmd, what, value ? ": " : "",
            value ? value : "", cmd);
    return -2;
}

int options_parse(cli_options *o, int argc, char **argv, const char *default_format,
                  int for_reports, void (*help)(FILE *))
{
    memset(o, 0, sizeof *o);
    o->format = default_format;
    o->jobs = 1;
    const char *cmd = argv[0];
    int i = 1;
    while (i < argc) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (a[0] != '-' || strcmp(a, "-") == 0)
            break;
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            help(stdout);
            return -1;
        }
        if (strcmp(a, "--format") == 0 || strcmp(a, "-f") == 0) {
            if (!v)
                return bad(cmd, "--format needs a value", NULL);
            int ok = 0;
            for (size_t k = 0; k < xxgk_writer_count(); k++) {
                const xxgk_writer_info *w = xxgk_writer_at(k);
                if (strcmp(w->name, v) == 0 && (for_reports ? w->reports : w->findings))
                    ok = 1;
            }
            if (!ok)
                return bad(cmd, "unknown --format", v);
            o->format = v;
        } else if (strcmp(a, "--encoding") == 0) {
            if (!v)
                return bad(cmd, "--encoding needs a value", NULL);
            o->encoding = v;
        } else if (strcmp(a, "--lang") == 0) {
            if (!v || (strcmp(v, "zh") != 0 && strcmp(v, "en") != 0))
                return bad(cmd, "--lang must be zh or en", v);
            o->check.lang = strcmp(v, "en") == 0 ? XXGK_LANG_EN : XXGK_LANG_ZH;
        } else if (strcmp(a, "--agency-kind") == 0) {
            if (!v)
                return bad(cmd, "--agency-kind needs a value", NULL);
            if (strcmp(v, "auto") == 0)
                o->check.agency_kind = XXGK_AGENCY_AUTO;
            else if (strcmp(v, "department") == 0)
                o->check.agency_kind = XXGK_AGENCY_DEPARTMENT;
            else if (strcmp(v, "government") == 0)
                o->check.agency_kind = XXGK_AGENCY_GOVERNMENT;
            else
                return bad(cmd, "--agency-kind must be auto, department or government", v);
        } else if (strcmp(a, "-j") == 0 || strcmp(a, "--jobs") == 0) {
            if (parse_int(v, 1, 256, &o->jobs) < 0)
                return bad(cmd, "-j needs a number of threads from 1 to 256", v);
        } else {
            return bad(cmd, "unknown option", a);
        }
        i += 2; /* every option above takes a value */
    }
    if (i >= argc)
        return bad(cmd, "no input given (a file, a directory, or - for stdin)", NULL);
    return i;
}
