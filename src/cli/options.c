/* Options shared by the commands that read reports (see options.h). */
#include "cli/options.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/args.h"
#include "cli/cli.h"
#include "util/text.h"

static int bad(const char *cmd, const char *what, const char *value)
{
    fprintf(stderr,
            TR("xxgk %s：%s%s%s\n（用法见 xxgk %s --help）\n",
               "xxgk %s: %s%s%s\n(see 'xxgk %s --help')\n"),
            cmd, what, value ? TR("：", ": ") : "", value ? value : "", cmd);
    return -2;
}

static int open_output(cli_options *o, const char *cmd);
static int read_list(cli_options *o, const char *cmd, const char *file, char **pos, int npos);

int options_parse(cli_options *o, int argc, char **argv, const char *default_format, int what,
                  void (*help)(FILE *))
{
    const char *const allowed[] = {"format|f", "encoding", "agency-kind", "jobs|j", "output|o",
                                   "from",
                                   what & OPT_NAME        ? "name"
                                   : what & OPT_REPORTS ? NULL
                                                        : "severity",
                                   what & OPT_NAME ? "year" : NULL, NULL};
    int for_reports = (what & OPT_REPORTS) != 0;
    memset(o, 0, sizeof *o);
    o->format = default_format;
    o->jobs = 1;
    const char *cmd = argv[0];
    o->cmd = cmd;
    if (args_help(argc, argv)) {
        help(stdout);
        return -1;
    }
    args a;
    if (args_parse(&a, argc, argv, 1, allowed, cmd) < 0)
        return -2;
    const char *v;
    if ((v = args_get(&a, "format", NULL)) != NULL) {
        const xxgk_writer_info *w = xxgk_writer_named(v);
        if (!w || !(for_reports ? w->reports : w->findings))
            return unknown_format(cmd, v, for_reports);
        o->format = v;
    }
    o->encoding = args_get(&a, "encoding", NULL);
    o->shown = XXGK_SEV_INFO;
    if ((v = args_get(&a, "severity", NULL)) != NULL) {
        if (strcmp(v, "error") == 0)
            o->shown = XXGK_SEV_ERROR;
        else if (strcmp(v, "warning") == 0)
            o->shown = XXGK_SEV_WARNING;
        else if (strcmp(v, "info") != 0) {
            fprintf(stderr,
                    TR("xxgk %s：--severity 是 error、warning 或 info，不是“%s”\n",
                       "xxgk %s: --severity is error, warning or info, not '%s'\n"),
                    cmd, v);
            return -2;
        }
    }
    o->name = args_get(&a, "name", NULL);
    if ((v = args_get(&a, "year", NULL)) != NULL && parse_int(v, 2008, 2100, &o->year) < 0)
        return bad(cmd,
                   TR("--year 需要 2008 至 2100 的年份", "--year needs a year from 2008 to 2100"),
                   v);
    o->check.lang = xxgk_lang_get(); /* (--lang is every command's: see main.c) */
    if ((v = args_get(&a, "agency-kind", NULL)) != NULL) {
        if (strcmp(v, "auto") == 0)
            o->check.agency_kind = XXGK_AGENCY_AUTO;
        else if (strcmp(v, "department") == 0)
            o->check.agency_kind = XXGK_AGENCY_DEPARTMENT;
        else if (strcmp(v, "government") == 0)
            o->check.agency_kind = XXGK_AGENCY_GOVERNMENT;
        else
            return bad(cmd,
                       TR("--agency-kind 应为 auto、department 或 government",
                          "--agency-kind must be auto, department or government"),
                       v);
    }
    if ((v = args_get(&a, "jobs", NULL)) != NULL && parse_int(v, 1, 256, &o->jobs) < 0)
        return bad(cmd, TR("-j 需要 1 至 256 的线程数", "-j needs a number of threads from 1 to 256"),
                   v);
    const char *from = o->from = args_get(&a, "from", NULL);
    if (a.npos == 0 && !from)
        return bad(cmd,
                   TR("没有给出输入（文件、文件夹、网址，或用 - 表示标准输入）",
                      "no input given (a file, a directory, a web address, or - for stdin)"),
                   NULL);
    o->paths = a.pos;
    o->npaths = a.npos;
    if (from && read_list(o, cmd, from, a.pos, a.npos) < 0)
        return -2;
    int dashes = 0; /* (standard input is read once: a second - is a mistake of usage) */
    for (int i = 0; i < o->npaths; i++)
        dashes += strcmp(o->paths[i], "-") == 0;
    if (dashes > 1) {
        options_free(o);
        return bad(cmd, TR("-（标准输入）给了两次：它只能读一次",
                           "- (standard input) is given twice: it can be read once"),
                   NULL);
    }
    o->output = args_get(&a, "output", NULL);
    if (o->output && strcmp(o->output, "-") == 0)
        o->output = NULL; /* (-o -: standard output, as without -o) */
    if (binary_to_terminal(o->format, o->output, cmd) || (o->output && open_output(o, cmd) < 0)) {
        options_free(o);
        return -2;
    }
    return 0;
}

#define LIST_MAX ((size_t)64 << 20)

/* --from FILE: the inputs listed one per line (files, directories, web addresses), for batches
 * longer than a command line takes; "-" reads the list from standard input.  They follow the
 * inputs named on the command line. */
static int read_list(cli_options *o, const char *cmd, const char *file, char **pos, int npos)
{
    int is_stdin = strcmp(file, "-") == 0;
    for (int i = 0; is_stdin && i < npos; i++)
        if (strcmp(pos[i], "-") == 0) {
            fprintf(stderr,
                    TR("xxgk %s：--from - 与输入 - 不能同时使用：标准输入只能读一次\n",
                       "xxgk %s: --from - and the input - cannot go together: standard input "
                       "is read once\n"),
                    cmd);
            return -1;
        }
    FILE *f = is_stdin ? stdin : fopen(file, "rb");
    if (!f) {
        fprintf(stderr, TR("xxgk %s：--from %s：%s\n", "xxgk %s: --from %s: %s\n"), cmd, file,
                lang_strerror(errno));
        return -1;
    }
    xbuf b;
    xbuf_init(&b, LIST_MAX + 2); /* (room to see a list too long, and for its end) */
    int got = xbuf_read(&b, f);
    int saved = errno;
    if (!is_stdin)
        fclose(f);
    char **paths = NULL;
    int too_long = got == -2 || b.len > LIST_MAX;
    if (got < 0 || too_long || xbuf_putc(&b, '\0') < 0) {
        fprintf(stderr, TR("xxgk %s：--from %s：%s\n", "xxgk %s: --from %s: %s\n"), cmd, file,
                too_long ? TR("超过 64 MiB 的上限", "larger than the limit of 64 MiB")
                         : got < 0 ? lang_strerror(saved) : TR("内存不足", "out of memory"));
        goto fail;
    }
    char *text = b.data;
    if (strlen(text) != b.len - 1) { /* (the NUL put at the end is the first) */
        fprintf(stderr,
                TR("xxgk %s：--from %s 含有空字节：清单应为 UTF-8 文本，每行一个输入\n",
                   "xxgk %s: --from %s holds a NUL byte: the list is UTF-8 text, one input a "
                   "line\n"),
                cmd, file);
        goto fail;
    }
    if (strncmp(text, "\xEF\xBB\xBF", 3) == 0)
        text += 3; /* (a list saved by Notepad) */
    size_t lines = 1;
    for (const char *p = text; *p; p++)
        lines += *p == '\n';
    if (!(paths = malloc(((size_t)npos + lines) * sizeof *paths))) {
        fprintf(stderr, TR("xxgk %s：内存不足\n", "xxgk %s: out of memory\n"), cmd);
        goto fail;
    }
    int n = 0, number = 0;
    for (int i = 0; i < npos; i++)
        paths[n++] = pos[i];
    for (char *line = text, *next; line; line = next) {
        number++;
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        size_t len = strlen(line);
        if (len && line[len - 1] == '\r')
            len--;
        const char *name = line;
        len = trim_span(&name, len); /* (spaces around a line are an editor's, not a name's) */
        if (len == 0)
            continue;
        if (len > 4096) { /* (no file name or address is this long: not a list) */
            fprintf(stderr,
                    TR("xxgk %s：--from %s 第 %d 行超过 4096 字节：清单应每行一个输入\n",
                       "xxgk %s: --from %s line %d is longer than 4096 bytes: the list has one "
                       "input a line\n"),
                    cmd, file, number);
            goto fail;
        }
        line[name - line + len] = '\0';
        if (is_stdin && strcmp(name, "-") == 0) {
            fprintf(stderr,
                    TR("xxgk %s：--from - 的清单中有“-”：标准输入已用于读取清单\n",
                       "xxgk %s: the list read by --from - names -: standard input holds the "
                       "list\n"),
                    cmd);
            goto fail;
        }
        paths[n++] = line + (name - line);
    }
    if (n == 0) {
        fprintf(stderr, TR("xxgk %s：--from %s 中没有列出输入\n", "xxgk %s: --from %s lists no input\n"),
                cmd, file);
        goto fail;
    }
    o->paths = paths;
    o->npaths = n;
    o->list = b.data;
    return 0;
fail:
    free(paths);
    xbuf_free(&b);
    return -1;
}

void options_free(cli_options *o)
{
    if (o->list) {
        free(o->paths);
        free(o->list);
    }
    o->paths = NULL;
    o->list = NULL;
    o->npaths = 0;
}

/* -o FILE: the output goes to a file beside FILE that replaces it only once it is whole
 * (options_commit), so a failed run leaves what FILE held; an input is never the output. */
static int open_output(cli_options *o, const char *cmd)
{
    struct stat out, in;
    int exists = stat(o->output, &out) == 0;
    for (int i = -1; exists && i < o->npaths; i++) {
        const char *path = i < 0 ? o->from : o->paths[i]; /* (--from's list is an input too) */
        /* ("-": standard input, redirected from FILE itself: `-o a.txt - < a.txt`) */
        int got = path && (strcmp(path, "-") == 0 ? fstat(STDIN_FILENO, &in)
                                                   : stat(path, &in)) == 0;
        if (got && in.st_dev == out.st_dev && in.st_ino == out.st_ino) {
            fprintf(stderr,
                    TR("xxgk %s：-o %s 是输入文件之一，不予覆盖\n",
                       "xxgk %s: -o %s names an input: refusing to overwrite it\n"),
                    cmd, o->output);
            return -1;
        }
    }
    if (output_refused(o->output, cmd))
        return -1;
    if (partial_name(o->output, o->partial, sizeof o->partial) < 0 ||
        !freopen(o->partial[0] ? o->partial : o->output, "wb", stdout)) {
        fprintf(stderr, TR("xxgk %s：%s：%s\n", "xxgk %s: %s: %s\n"), cmd, o->output,
                lang_strerror(errno));
        partial_commit(o->partial, 0);
        return -1;
    }
    return 0;
}

int options_commit(cli_options *o, int ok)
{
    if (!o->output)
        return 0;
    int written = fflush(stdout) == 0 && !ferror(stdout);
    if (!written && ok) /* (a failure already said is not said twice) */
        fprintf(stderr, TR("xxgk：%s：无法写入：%s\n", "xxgk: %s: cannot write: %s\n"), o->output,
                lang_strerror(errno));
    if (partial_commit(o->partial, ok && written) < 0) {
        fprintf(stderr, TR("xxgk：%s：%s\n", "xxgk: %s: %s\n"), o->output, lang_strerror(errno));
        return -2;
    }
    /* (on a terminal, where the results went: nothing else there says so) */
    if (ok && written && isatty(STDERR_FILENO))
        fprintf(stderr, TR("xxgk %s：已写入 %s\n", "xxgk %s: written to %s\n"), o->cmd,
                o->output);
    return !ok ? -1 : written ? 0 : -2;
}

int options_inputs(cli_options *o, file_list *l)
{
    int missing = files_collect(l, o->paths, o->npaths) < 0;
    options_free(o); /* (the list copied the paths) */
    if (!o->output)
        return missing ? -1 : 0;
    /* -o FILE named as an input was refused already; found in a folder, it may be a report
     * (or the archive of them) that is read first and replaced after */
    const char *found = files_find(l, o->output);
    if (found) {
        fprintf(stderr,
                TR("xxgk %s：-o %s 是输入之一（%s），不予覆盖：请把结果写到输入的文件夹以外\n",
                   "xxgk %s: -o %s is one of the inputs (%s): refusing to overwrite it; write "
                   "the output outside the inputs' folders\n"),
                o->cmd, o->output, found);
        files_free(l);
        options_commit(o, 0);
        return -2;
    }
    return missing ? -1 : 0;
}

void options_help(FILE *out, const char *head_zh, const char *head_en, const char *tail_zh,
                  const char *tail_en, int what)
{
    fputs(TR(head_zh, head_en), out);
    for (size_t i = 0; i < xxgk_writer_count(); i++) {
        const xxgk_writer_info *w = xxgk_writer_at(i);
        const char *says = TR(w->summary_zh, w->summary);
        if (what == HELP_TOTALS && strcmp(w->name, "json") == 0)
            says = TR("JSON：每个汇总（年度、格式）一个对象（多个时为 JSON Lines）",
                      "JSON: one object per total (year and format), JSON Lines for several");
        else if (what == HELP_TOTALS && strcmp(w->name, "csv") == 0)
            says = TR("CSV：表头，然后每个汇总一行，列名与 parse 的相同",
                      "CSV: a header, then one row per total, columns as parse writes them");
        if (what == HELP_FINDINGS ? w->findings : w->reports)
            fprintf(out, "                    %-6s %s\n", w->name, says);
    }
    fputs(TR(tail_zh, tail_en), out);
}
