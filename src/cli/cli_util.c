/* File collection, the ordered parallel runner and small helpers shared by the commands. */
#define _XOPEN_SOURCE 700 /* realpath */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli/args.h"
#include "cli/cli.h"

#define PARTIAL_SUFFIX_START ".partial-"
#define PARTIAL_SUFFIX PARTIAL_SUFFIX_START "XXXXXX"
#include "util/encoding.h"

/* Append an input: a file (archive NULL) or entry `entry` of a zip archive. */
static int list_put(file_list *l, const char *path, const char *archive, size_t entry)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        char **p = realloc(l->paths, cap * sizeof *p);
        if (p)
            l->paths = p;
        char **a = p ? realloc(l->archives, cap * sizeof *a) : NULL;
        if (a)
            l->archives = a;
        size_t *e = a ? realloc(l->entries, cap * sizeof *e) : NULL;
        if (!e)
            return -1;
        l->entries = e;
        l->cap = cap;
    }
    l->paths[l->n] = strdup(path);
    l->archives[l->n] = archive ? strdup(archive) : NULL;
    l->entries[l->n] = entry;
    if (!l->paths[l->n] || (archive && !l->archives[l->n])) {
        free(l->paths[l->n]);
        free(l->archives[l->n]);
        return -1;
    }
    l->n++;
    return 0;
}

static int list_add(file_list *l, const char *path)
{
    return list_put(l, path, NULL, 0);
}

/* The entry of a folder or an archive named that holds no reports: an input that fails in its
 * turn, saying so (a wrong folder must not pass as a clean one, nor go unsaid in JSON). */
#define NO_REPORTS (SIZE_MAX - 1)
/* The entry of a pipe or a device found in a folder: never opened (a pipe would hang the
 * batch), an input that fails in its turn. */
#define NOT_REGULAR (SIZE_MAX - 2)

static int is_archive(const char *name)
{
    const char *dot = strrchr(name, '.');
    return dot && strcasecmp(dot, ".zip") == 0;
}

/* Files a directory walk picks up: the forms reports are published in. */
static int report_like(const char *name)
{
    static const char *const exts[] = {".txt",  ".md",  ".markdown", ".text", ".tsv",
                                       ".html", ".htm", ".pdf",      ".docx", ".doc",
                                       ".wps",  ".odt", ".rtf",      ".ofd",  ".mht",
                                       ".mhtml"};
    const char *dot = strrchr(name, '.');
    if (!dot)
        return 1;
    for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++)
        if (strcasecmp(dot, exts[i]) == 0) /* REPORT.PDF, as Windows tools name files */
            return 1;
    return 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

typedef struct {
    const char *name; /* first: sorted by cmp_str */
    size_t entry;
} named_entry;

/* The report-like entries of a zip archive, in the order of their names: a batch sent together
 * is read without unpacking it.  One that cannot be opened is an input that fails in its turn,
 * as a missing file does; one with no reports is said when it was named (quietly passed over in
 * a directory, where it may hold anything). */
static int expand_archive(file_list *l, const char *path, int named)
{
    xxgk_archive *a;
    if (xxgk_archive_open(&a, path) < 0)
        return list_put(l, path, path, SIZE_MAX);
    size_t n = xxgk_archive_count(a), k = 0;
    named_entry *order = malloc((n ? n : 1) * sizeof *order);
    int rc = order ? 0 : -1;
    for (size_t i = 0; i < n && !rc; i++) {
        const char *name = xxgk_archive_name(a, i), *base = strrchr(name, '/');
        base = base ? base + 1 : name;
        if (base[0] && base[0] != '.' && !is_archive(base) && report_like(base))
            order[k++] = (named_entry){name, i}; /* (a folder, a hidden file, an archive
                                                  * inside: not read) */
    }
    if (k > 1)
        qsort(order, k, sizeof *order, cmp_str);
    for (size_t i = 0; i < k && !rc; i++) {
        size_t len = strlen(path) + strlen(order[i].name) + 2;
        char *shown = malloc(len);
        if (!shown)
            rc = -1;
        else {
            snprintf(shown, len, "%s/%s", path, order[i].name);
            rc = list_put(l, shown, path, order[i].entry);
        }
        free(shown);
    }
    free(order);
    xxgk_archive_free(a);
    if (!rc && k == 0 && named)
        rc = list_put(l, path, path, NO_REPORTS);
    return rc;
}

/* Directories already walked, by device and inode: a symbolic link back up the tree (a loop)
 * or a second link to one folder is not walked again. */
typedef struct {
    struct {
        dev_t dev;
        ino_t ino;
    } *seen;
    size_t n, cap;
    struct stat out;  /* standard output, when it is a file: not read as a report */
    int out_is_file;
    /* files of the folders that are no report's kind (.xlsx, .jpg): said, not read */
    size_t skipped, nexts, ext_count[6];
    char exts[6][12];
} walked;

/* Whether the text file at path is what `xxgk check` printed (saved in the folder it checked,
 * "xxgk check D > D/结果.txt", and found there the next time): near its end the line of its
 * summary, "已检查 N 个文件：", before the files it could not read. */
static int check_output(const char *path)
{
    const char *dot = strrchr(path, '.');
    if (!dot || strcasecmp(dot, ".txt") != 0)
        return 0;
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    enum { TAIL = 8192 };
    char *tail = malloc(TAIL + 1);
    size_t n = 0;
    if (tail) {
        if (fseek(f, -(long)TAIL, SEEK_END) != 0)
            rewind(f);
        n = fread(tail, 1, TAIL, f);
        tail[n] = '\0';
    }
    fclose(f);
    int found = 0;
    for (char *line = tail; !found && line && line < tail + n;) {
        unsigned files;
        char what[32];
        found = sscanf(line, "已检查 %u 个文件%31s", &files, what) == 2 ||
                sscanf(line, "checked %u files: %31s", &files, what) == 2;
        line = memchr(line, '\n', (size_t)(tail + n - line));
        line = line ? line + 1 : NULL;
    }
    free(tail);
    return found;
}

/* A file of a folder left out for its kind, counted by its extension (the first few). */
static void skip_kind(walked *w, const char *path)
{
    const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');
    const char *ext = dot && (!slash || dot > slash) ? dot : TR("（无扩展名）", "(none)");
    w->skipped++;
    for (size_t k = 0; k < w->nexts; k++)
        if (strcasecmp(w->exts[k], ext) == 0) {
            w->ext_count[k]++;
            return;
        }
    if (w->nexts < sizeof w->exts / sizeof w->exts[0] && strlen(ext) < sizeof w->exts[0]) {
        snprintf(w->exts[w->nexts], sizeof w->exts[0], "%s", ext);
        w->ext_count[w->nexts++] = 1;
    }
}

static int walked_has(const walked *w, const struct stat *st)
{
    for (size_t i = 0; i < w->n; i++)
        if (w->seen[i].dev == st->st_dev && w->seen[i].ino == st->st_ino)
            return 1;
    return 0;
}

static int walked_before(walked *w, const struct stat *st)
{
    if (walked_has(w, st))
        return 1;
    if (w->n == w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 32;
        void *p = realloc(w->seen, cap * sizeof *w->seen);
        if (!p)
            return 1; /* (out of memory: walk no further) */
        w->seen = p;
        w->cap = cap;
    }
    w->seen[w->n].dev = st->st_dev;
    w->seen[w->n].ino = st->st_ino;
    w->n++;
    return 0;
}

static int walk(file_list *l, walked *w, const char *dir, int depth)
{
    struct stat self;
    if (depth > 64 || (stat(dir, &self) == 0 && walked_before(w, &self)))
        return 0;
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, TR("xxgk：%s：%s\n", "xxgk: %s: %s\n"), dir, lang_strerror(errno));
        return -1;
    }
    file_list here = {0};
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        size_t n = strlen(dir) + strlen(e->d_name) + 2;
        char *p = malloc(n);
        if (!p)
            break;
        snprintf(p, n, "%s/%s", dir, e->d_name);
        list_add(&here, p);
        free(p);
    }
    closedir(d);
    if (here.n)
        qsort(here.paths, here.n, sizeof *here.paths, cmp_str);
    int rc = 0;
    for (size_t i = 0; i < here.n; i++) {
        struct stat st;
        const char *p = here.paths[i];
        if (stat(p, &st) != 0) {
            if (report_like(p) || is_archive(p)) /* (a broken link: read in its turn, it fails
                                                   * there, said as any unreadable input) */
                rc |= list_add(l, p);
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            rc |= walk(l, w, p, depth + 1);
        } else if (!S_ISREG(st.st_mode)) {
            if (report_like(p))
                rc |= list_put(l, p, NULL, NOT_REGULAR);
        } else if (w->out_is_file && st.st_dev == w->out.st_dev && st.st_ino == w->out.st_ino) {
            /* (the output being written, "xxgk check D > D/结果.txt": not a report of D) */
            /* (named as the user named it, -o FILE, not as the part written meanwhile) */
            const char *partial = strstr(p, PARTIAL_SUFFIX_START);
            fprintf(stderr,
                    TR("xxgk：跳过 %.*s：它是本次输出写入的文件\n",
                       "xxgk: %.*s left out: it is the file the output goes to\n"),
                    (int)(partial ? (size_t)(partial - p) : strlen(p)), p);
        } else if (is_archive(p)) {
            rc |= expand_archive(l, p, 0);
        } else if (report_like(p) && check_output(p)) {
            fprintf(stderr,
                    TR("xxgk：跳过 %s：它是 xxgk check 写出的检查结果，不是报告\n",
                       "xxgk: %s left out: it is what xxgk check wrote, not a report\n"),
                    p);
        } else if (report_like(p)) {
            rc |= list_add(l, p);
        } else {
            skip_kind(w, p);
        }
    }
    files_free(&here);
    return rc;
}

int files_collect(file_list *l, char **paths, int nargs)
{
    int rc = 0, stdin_seen = 0;
    walked w = {0};
    w.out_is_file = fstat(STDOUT_FILENO, &w.out) == 0 && S_ISREG(w.out.st_mode);
    for (int i = 0; i < nargs; i++) {
        struct stat st;
        if (strcmp(paths[i], "-") == 0) {
            if (stdin_seen++) { /* (the second would read an empty stream) */
                fprintf(stderr, TR("xxgk：-（标准输入）给了两次：它只能读一次\n",
                                   "xxgk: - (standard input) is given twice: it can be read once\n"));
                rc = -1;
                continue;
            }
            rc |= list_add(l, "-");
        } else if (xxgk_path_is_url(paths[i])) {
            rc |= list_add(l, paths[i]); /* fetched in its turn, like a file read */
        } else if (stat(paths[i], &st) != 0) {
            /* Read in its turn like any input, so that its error comes in order and counts
             * (a line of JSON, a file unreadable). */
            rc |= list_add(l, paths[i]);
        } else if (S_ISDIR(st.st_mode) && walked_has(&w, &st)) {
            continue; /* a folder given twice, or inside one given before */
        } else if (S_ISDIR(st.st_mode)) {
            char *dir = strdup(paths[i]);
            size_t n = dir ? strlen(dir) : 0, before = l->n;
            while (n > 1 && dir[n - 1] == '/')
                dir[--n] = '\0';
            int r = dir ? walk(l, &w, dir, 0) : -1;
            free(dir);
            if (!r && l->n == before)
                r = list_put(l, paths[i], NULL, NO_REPORTS);
            rc |= r;
        } else if (S_ISREG(st.st_mode) && is_archive(paths[i])) {
            rc |= expand_archive(l, paths[i], 1);
        } else {
            rc |= list_add(l, paths[i]);
        }
    }
    free(w.seen);
    if (w.skipped) { /* (so that none of a folder's files is thought read that was not) */
        xbuf b;
        xbuf_init(&b, 0);
        size_t listed = 0;
        for (size_t k = 0; k < w.nexts; k++) {
            xbuf_printf(&b, TR("%s%s %zu 个", "%s%s %zu"), k ? TR("、", ", ") : "", w.exts[k],
                        w.ext_count[k]);
            listed += w.ext_count[k];
        }
        fprintf(stderr,
                TR("xxgk：文件夹中有 %zu 个文件不是可读的报告格式，未读取（%s%s）\n",
                   "xxgk: %zu files of the folders are of no report format and were not read "
                   "(%s%s)\n"),
                w.skipped, b.data ? b.data : "", listed < w.skipped ? TR("等", ", ...") : "");
        xbuf_free(&b);
    }
    return rc ? -1 : 0;
}

void files_free(file_list *l)
{
    for (size_t i = 0; i < l->n; i++) {
        free(l->paths[i]);
        free(l->archives[i]);
    }
    free(l->paths);
    free(l->archives);
    free(l->entries);
    memset(l, 0, sizeof *l);
}

/* The archive a worker thread read last, kept open for its next entry: opening one reads its
 * whole directory, which for every entry of a large batch would cost the square of its size. */
static _Thread_local struct {
    xxgk_archive *a;
    const char *path; /* the list's own string */
} open_archive;

static void files_read_done(void)
{
    xxgk_archive_free(open_archive.a);
    open_archive.a = NULL;
    open_archive.path = NULL;
}

int files_read(xxgk_report **out, const file_list *l, size_t i, const xxgk_read_options *ro)
{
    *out = NULL;
    if (l->entries[i] == NO_REPORTS || l->entries[i] == NOT_REGULAR)
        return XXGK_EINVAL;
    if (!l->archives[i])
        return xxgk_path_is_url(l->paths[i]) ? xxgk_report_read_url(out, l->paths[i], ro)
                                             : xxgk_report_read_file(out, l->paths[i], ro);
    if (!open_archive.a || strcmp(open_archive.path, l->archives[i]) != 0) {
        files_read_done();
        int rc = xxgk_archive_open(&open_archive.a, l->archives[i]);
        if (rc < 0)
            return rc;
        open_archive.path = l->archives[i];
    }
    return xxgk_archive_read(out, open_archive.a, l->entries[i], ro);
}

const char *files_error(const file_list *l, size_t i)
{
    static _Thread_local char said[1280];
    if (l->entries[i] == NOT_REGULAR) {
        snprintf(said, sizeof said,
                 TR("%.1000s：不是普通文件（管道或设备），未读取",
                    "%.1000s: not a regular file (a pipe or a device): not read"),
                 l->paths[i]);
        return said;
    }
    if (l->entries[i] != NO_REPORTS)
        return xxgk_error_last();
    snprintf(said, sizeof said,
             l->archives[i] ? TR("%.1000s：压缩包中没有找到报告文件（.txt .md .html .mht .pdf "
                                 ".docx .doc .wps .ofd ...）",
                                 "%.1000s: no reports found in the archive (.txt .md .html .mht "
                                 ".pdf .docx .doc .wps .ofd ...)")
                            : TR("%.1000s：没有找到报告文件（.txt .md .html .mht .pdf .docx .doc "
                                 ".wps .ofd ...）",
                                 "%.1000s: no reports found (.txt .md .html .mht .pdf .docx .doc "
                                 ".wps .ofd ...)"),
             l->paths[i]);
    return said;
}

int ascii_figures(const char *s, char *out, size_t cap)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p && n + 1 < cap;) {
        if (p[0] == 0xEF && p[1] == 0xBC && p[2] >= 0x90 && p[2] <= 0x99) {
            out[n++] = (char)('0' + p[2] - 0x90);
            p += 3;
        } else if (p[0] == 0xEF && p[1] == 0xBC && (p[2] == 0x8D || p[2] == 0x8E)) { /* －． */
            out[n++] = p[2] == 0x8D ? '-' : '.';
            p += 3;
        } else {
            out[n++] = (char)*p++;
        }
    }
    out[n] = '\0';
    return n + 1 >= cap ? -1 : 0;
}

int unknown_format(const char *cmd, const char *name, int reports)
{
    xbuf names;
    xbuf_init(&names, 0);
    for (size_t i = 0; i < xxgk_writer_count(); i++) {
        const xxgk_writer_info *w = xxgk_writer_at(i);
        if (reports ? w->reports : w->findings)
            xbuf_printf(&names, "%s%s", names.len ? TR("、", ", ") : "", w->name);
    }
    fprintf(stderr,
            TR("xxgk %s：未知的 --format：%s（可用 %s）\n（用法见 xxgk %s --help）\n",
               "xxgk %s: unknown --format: %s (one of %s)\n(see 'xxgk %s --help')\n"),
            cmd, name, names.data ? names.data : "", cmd);
    xbuf_free(&names);
    return -2;
}

int parse_int(const char *s, int lo, int hi, int *out)
{
    if (!s || !*s)
        return -1;
    char ascii[32];
    if (ascii_figures(s, ascii, sizeof ascii) < 0)
        return -1;
    char *end;
    errno = 0;
    long v = strtol(ascii, &end, 10);
    /* (strtol would pass over spaces before the figure: " 5" is no number, as " 2024-02-06"
     * is no date) */
    if (errno || *end || isspace((unsigned char)ascii[0]) || v < lo || v > hi)
        return -1;
    *out = (int)v;
    return 0;
}

int sink_buf(void *ctx, const char *data, size_t len)
{
    return xbuf_put(ctx, data, len);
}

int sink_file(void *ctx, const char *data, size_t len)
{
    return fwrite(data, 1, len, ctx) == len ? 0 : -1;
}

/* ---- the ordered parallel runner ---- */

typedef struct {
    xbuf out, err;
    void *kept;
    int status;
    int done;
} slot;

typedef struct {
    const file_list *l;
    file_job job;
    void *ctx;
    slot *slots;
    size_t next;    /* next file to take */
    size_t printed; /* files written out so far */
    size_t window;  /* how far workers may run ahead of the printer */
    pthread_mutex_t mu;
    pthread_cond_t cv;
} runner;

static void *worker(void *arg)
{
    runner *rn = arg;
    for (;;) {
        pthread_mutex_lock(&rn->mu);
        while (rn->next < rn->l->n && rn->next >= rn->printed + rn->window)
            pthread_cond_wait(&rn->cv, &rn->mu);
        size_t i = rn->next;
        if (i >= rn->l->n) {
            pthread_mutex_unlock(&rn->mu);
            files_read_done();
            return NULL;
        }
        rn->next++;
        pthread_mutex_unlock(&rn->mu);

        slot *s = &rn->slots[i % rn->window];
        xbuf_init(&s->out, 0);
        xbuf_init(&s->err, 0);
        s->kept = NULL;
        int status = rn->job(rn->ctx, rn->l, i, &s->out, &s->err, &s->kept);

        pthread_mutex_lock(&rn->mu);
        s->status = status;
        s->done = 1;
        pthread_cond_broadcast(&rn->cv);
        pthread_mutex_unlock(&rn->mu);
    }
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int files_run(const file_list *l, int jobs, file_job job, file_done done, void *ctx,
              xbuf *gather, size_t *nread)
{
    *nread = 0;
    runner rn = {.l = l, .job = job, .ctx = ctx};
    rn.window = (size_t)(jobs < 1 ? 1 : jobs) * 8;
    rn.slots = calloc(rn.window, sizeof *rn.slots);
    if (!rn.slots) {
        fprintf(stderr, TR("xxgk：内存不足\n", "xxgk: out of memory\n"));
        return EXIT_TROUBLE;
    }
    pthread_mutex_init(&rn.mu, NULL);
    pthread_cond_init(&rn.cv, NULL);
    int nthreads = jobs < 1 ? 1 : jobs;
    pthread_t *th = calloc((size_t)nthreads, sizeof *th);
    int started = 0;
    for (int i = 0; th && i < nthreads; i++)
        if (pthread_create(&th[i], NULL, worker, &rn) == 0)
            started++;
    if (started == 0) {
        fprintf(stderr, TR("xxgk：无法启动工作线程\n", "xxgk: cannot start worker threads\n"));
        free(th);
        free(rn.slots);
        return EXIT_TROUBLE;
    }
    int progress = isatty(STDERR_FILENO) && l->n >= 20;
    int shared = progress && isatty(STDOUT_FILENO); /* (results on the progress line's screen) */
    double last = 0, t0 = now();
    int worst = EXIT_CLEAN;
    for (size_t i = 0; i < l->n; i++) {
        slot *s = &rn.slots[i % rn.window];
        pthread_mutex_lock(&rn.mu);
        while (!s->done)
            pthread_cond_wait(&rn.cv, &rn.mu);
        pthread_mutex_unlock(&rn.mu);
        if (done && s->kept) {
            int st = done(ctx, i, s->kept, &s->err);
            if (st > s->status)
                s->status = st;
        }
        if (s->out.len && gather) {
            xbuf_put(gather, s->out.data, s->out.len);
        } else if (s->out.len) {
            if (shared) /* (the progress line erased first, not run into) */
                fputs("\r\033[K", stderr);
            fwrite(s->out.data, 1, s->out.len, stdout);
            if (shared)
                fflush(stdout);
        }
        if (s->err.len) {
            if (progress)
                fputs("\r\033[K", stderr);
            fflush(stdout); /* the messages where they belong among the results */
            fwrite(s->err.data, 1, s->err.len, stderr);
        }
        if (s->status > worst)
            worst = s->status;
        if (s->status < EXIT_TROUBLE)
            ++*nread;
        xbuf_free(&s->out);
        xbuf_free(&s->err);
        pthread_mutex_lock(&rn.mu);
        s->done = 0;
        rn.printed = i + 1;
        pthread_cond_broadcast(&rn.cv);
        pthread_mutex_unlock(&rn.mu);
        if (progress && (now() - last > 0.2 || i + 1 == l->n)) {
            last = now();
            double rate = (double)(i + 1) / (last - t0 + 1e-9);
            fprintf(stderr, TR("\r\033[K[%zu/%zu] 每秒 %.0f 个文件  %s",
                               "\r\033[K[%zu/%zu] %.0f files/s  %s"),
                    i + 1, l->n, rate, l->paths[i]);
        }
    }
    if (progress)
        fputs("\r\033[K", stderr);
    for (int i = 0; i < started; i++)
        pthread_join(th[i], NULL);
    free(th);
    free(rn.slots);
    pthread_mutex_destroy(&rn.mu);
    pthread_cond_destroy(&rn.cv);
    fflush(stdout);
    return worst;
}



int partial_name(const char *path, char *partial, size_t cap)
{
    struct stat st;
    partial[0] = '\0';
    int exists = stat(path, &st) == 0;
    if (exists && !S_ISREG(st.st_mode))
        return 0; /* /dev/null, a pipe: written as it is */
    /* a link is written through, as the shell's > writes: its target replaced, the link kept */
    char target[PATH_MAX];
    struct stat link;
    const char *to = lstat(path, &link) == 0 && S_ISLNK(link.st_mode) && realpath(path, target)
                         ? target
                         : path;
    int n = snprintf(partial, cap, "%s" PARTIAL_SUFFIX, to);
    if (n < 0 || (size_t)n >= cap) {
        partial[0] = '\0';
        errno = ENAMETOOLONG;
        return -1;
    }
    int fd = mkstemp(partial);
    if (fd < 0) {
        partial[0] = '\0';
        return -1;
    }
    /* mkstemp makes it private: give it the file's permissions it replaces (one kept private
     * stays so), or the usual ones */
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, exists ? st.st_mode & 07777 : 0666 & ~mask);
    close(fd);
    return 0;
}

int partial_commit(char *partial, int ok)
{
    if (!partial[0])
        return 0;
    int rc = 0;
    char target[PATH_MAX + sizeof PARTIAL_SUFFIX]; /* (its name less the suffix: the file, or
                                                      * a link's target) */
    snprintf(target, sizeof target, "%.*s", (int)(strlen(partial) - strlen(PARTIAL_SUFFIX)),
             partial);
    if (ok && rename(partial, target) != 0)
        rc = -1;
    if (!ok || rc < 0) {
        int saved = errno;
        unlink(partial);
        errno = saved;
    }
    partial[0] = '\0';
    return rc;
}

int write_whole(const char *path, const char *data, size_t len)
{
    if (!path)
        return fwrite(data, 1, len, stdout) == len && fflush(stdout) == 0 ? 0 : -1;
    char partial[4096];
    if (partial_name(path, partial, sizeof partial) < 0)
        return -1;
    FILE *f = fopen(partial[0] ? partial : path, "wb");
    int ok = f && fwrite(data, 1, len, f) == len;
    if (f && fclose(f) != 0)
        ok = 0;
    int saved = errno;
    if (partial_commit(partial, ok) < 0)
        return -1;
    errno = saved;
    return ok ? 0 : -1;
}

int write_document(const char *path, const xbuf *doc, const char *cmd)
{
    if (!doc->failed && write_whole(path, doc->data ? doc->data : "", doc->len) == 0)
        return 0;
    if (path)
        fprintf(stderr, TR("xxgk %s：无法写入 %s：%s\n", "xxgk %s: cannot write %s: %s\n"), cmd,
                path, lang_strerror(errno));
    else
        fprintf(stderr, TR("xxgk %s：无法写出结果：%s\n", "xxgk %s: cannot write the output: %s\n"),
                cmd, lang_strerror(errno));
    return XXGK_EIO;
}

const char *files_find(const file_list *l, const char *path)
{
    struct stat p, q;
    if (!path || !path[0] || stat(path, &p) != 0)
        return NULL;
    for (size_t i = 0; i < l->n; i++) {
        const char *file = l->archives[i] ? l->archives[i] : l->paths[i];
        if (strcmp(file, "-") != 0 && stat(file, &q) == 0 && q.st_dev == p.st_dev &&
            q.st_ino == p.st_ino)
            return l->paths[i];
    }
    return NULL;
}

void output_start(batch_output *out, const char *format, int findings)
{
    out->format = format;
    const xxgk_writer_info *w = xxgk_writer_named(format);
    out->gathers = w && w->gathers;
    xbuf_init(&out->kept, 0);
    out->gather = out->gathers ? &out->kept : NULL;
    if (findings)
        xxgk_write_findings_header(format, sink_buf, &out->kept);
    else
        xxgk_write_header(format, sink_buf, &out->kept);
    if (!out->gathers) {
        fwrite(out->kept.data ? out->kept.data : "", 1, out->kept.len, stdout);
        xbuf_reset(&out->kept);
    }
}

int output_finish(batch_output *out, const char *cmd)
{
    int rc = 0;
    if (out->gathers &&
        (out->kept.failed || xxgk_write_finish(out->format, out->kept.data ? out->kept.data : "",
                                               out->kept.len, sink_file, stdout) < 0)) {
        fprintf(stderr, TR("xxgk %s：%s\n", "xxgk %s: %s\n"), cmd,
                out->kept.failed ? TR("内存不足", "out of memory") : xxgk_error_last());
        rc = -1;
    }
    if ((fflush(stdout) != 0 || ferror(stdout)) && rc == 0) {
        fprintf(stderr, TR("xxgk %s：无法写出结果：%s\n", "xxgk %s: cannot write the output: %s\n"),
                cmd, lang_strerror(errno));
        rc = -1;
    }
    xbuf_free(&out->kept);
    return rc;
}

char *read_all(const char *path, size_t *len)
{
    struct stat st;
    if (!*path) {
        fprintf(stderr, TR("xxgk：文件名为空：请给出要读取的文件\n",
                           "xxgk: an empty file name: give the file to read\n"));
        return NULL;
    }
    if (strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        fprintf(stderr, TR("xxgk：%s：是文件夹，不是文件\n", "xxgk: %s: a folder, not a file\n"),
                path);
        return NULL;
    }
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        fprintf(stderr, TR("xxgk：%s：%s\n", "xxgk: %s: %s\n"), path, lang_strerror(errno));
        return NULL;
    }
    xbuf b;
    xbuf_init(&b, (size_t)64 << 20);
    int bad = xbuf_read(&b, f) < 0;
    int err = ferror(f) ? errno : 0;
    if (f != stdin)
        fclose(f);
    if (bad) {
        if (err)
            fprintf(stderr, TR("xxgk：%s：无法读取：%s\n", "xxgk: %s: cannot read: %s\n"), path,
                    lang_strerror(err));
        else if (b.len + 65536 >= ((size_t)64 << 20))
            fprintf(stderr,
                    TR("xxgk：%s：大于 64 MiB，登记簿不读这样的文件\n",
                       "xxgk: %s: larger than 64 MiB: not a file the register reads\n"),
                    path);
        else
            fprintf(stderr,
                    TR("xxgk：%s：读取时内存不足\n", "xxgk: %s: out of memory while reading it\n"),
                    path);
        xbuf_free(&b);
        return NULL;
    }
    *len = b.len;
    char *s = xbuf_steal(&b);
    if (!s)
        fprintf(stderr, TR("xxgk：内存不足\n", "xxgk: out of memory\n"));
    return s;
}

const char *display_name(const char *path)
{
    /* (each job thread its own two: a call's name lasts through the next call's) */
    static _Thread_local char shown[2][4096];
    static _Thread_local int turn;
    if (strcmp(path, "-") == 0)
        return "<stdin>";
    xbuf tmp; /* (a name the disk gives in GB18030, as the report's own name is shown) */
    xbuf_init(&tmp, 0);
    const char *s = enc_shown(path, &tmp);
    if (s != path) {
        turn ^= 1;
        snprintf(shown[turn], sizeof shown[turn], "%s", s ? s : path);
        s = shown[turn];
    }
    xbuf_free(&tmp);
    return s;
}

char *read_text(const char *path, const char *encoding)
{
    size_t len;
    char *raw = read_all(path, &len), *text = NULL;
    if (raw && xxgk_text_decode(&text, raw, len, encoding, path) < 0)
        fprintf(stderr, TR("xxgk：%s\n", "xxgk: %s\n"), xxgk_error_last());
    free(raw);
    return text;
}

int binary_to_terminal(const char *format, const char *output, const char *cmd)
{
    const xxgk_writer_info *w = xxgk_writer_named(format);
    if (output || !w || !w->binary || !isatty(STDOUT_FILENO))
        return 0;
    fprintf(stderr,
            TR("xxgk %s：--format %s 输出的是二进制文件：请用 -o FILE 指定文件（或把输出重定向到"
               "文件）\n",
               "xxgk %s: --format %s writes a binary file: give -o FILE (or redirect the "
               "output to a file)\n"),
            cmd, format);
    return 1;
}

/* Whether path is a register's side file (its write-ahead log, shared memory or journal),
 * whose replacement would lose what is written in it. */
static int register_side_file(const char *path)
{
    static const char *const sides[] = {"-wal", "-shm", "-journal"};
    size_t n = strlen(path);
    for (size_t i = 0; i < sizeof sides / sizeof sides[0]; i++) {
        size_t k = strlen(sides[i]);
        if (n > k && strcmp(path + n - k, sides[i]) == 0) {
            char *base = strndup(path, n - k);
            struct stat st;
            int is = base && stat(base, &st) == 0 && S_ISREG(st.st_mode) &&
                     xxgk_db_is_register(base);
            free(base);
            if (is)
                return 1;
        }
    }
    return 0;
}

int output_refused(const char *path, const char *cmd)
{
    struct stat st;
    if (!*path) {
        fprintf(stderr, TR("xxgk %s：-o 后应是文件名\n", "xxgk %s: -o needs a file name\n"), cmd);
        return 1;
    }
    if (register_side_file(path)) {
        fprintf(stderr,
                TR("xxgk %s：-o %s 是登记簿的附属文件，不予覆盖（请另选文件）\n",
                   "xxgk %s: -o %s belongs to a register: refusing to overwrite it (choose "
                   "another file)\n"),
                cmd, path);
        return 1;
    }
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode) || !xxgk_db_is_register(path))
        return 0;
    fprintf(stderr,
            TR("xxgk %s：-o %s 是登记簿，不予覆盖（请另选文件）\n",
               "xxgk %s: -o %s is a register: refusing to overwrite it (choose another "
               "file)\n"),
            cmd, path);
    return 1;
}

int register_output(const void *parsed, const char *cmd, const char **path)
{
    const args *a = parsed;
    *path = args_get(a, "o", NULL);
    if (*path && strcmp(*path, "-") == 0)
        *path = NULL; /* (-o -: standard output, as without -o) */
    return *path && output_refused(*path, cmd) ? -1 : 0;
}

int db_open(xxgk_db **db, const void *parsed, int create)
{
    const args *a = parsed;
    const char *path = args_get(a, "db", "xxgk.db");
    const char *who = args_get(a, "user", NULL);
    int rc = create ? xxgk_db_create(db, path, who) : xxgk_db_open(db, path, who);
    if (rc < 0) {
        fprintf(stderr, TR("xxgk：%s%s\n", "xxgk: %s%s\n"), xxgk_error_last(),
                rc == XXGK_ENOTFOUND
                    ? TR("（xxgk db init 创建登记簿；--db 指定另一个）",
                         " (xxgk db init creates a register; --db names another)")
                    : "");
        *db = NULL;
        return -1;
    }
    return 0;
}

int reports_stale(xxgk_db *db, xxgk_report_stale *out)
{
    int n = xxgk_reports_stale(db, out, STALE_MAX);
    return n < 0 ? 0 : n; /* (a note only: a register it cannot tell of stays as it is) */
}

void say_reports_stale(xxgk_db *db, const xxgk_report_stale *before, int nbefore,
                       const char *cmd)
{
    xxgk_report_stale now[STALE_MAX];
    int n = reports_stale(db, now);
    for (int i = 0; i < n; i++) {
        int was = 0;
        for (int k = 0; k < nbefore && !was; k++)
            was = before[k].year == now[i].year;
        if (!was)
            fprintf(stderr,
                    TR("xxgk %s：提示：%d年的报告已于%s写出，这一修改改变了该年报告的数字；请重新"
                       "生成（xxgk report --year %d）并与已公布的报告核对\n",
                       "xxgk %s: note: the %d report was written on %s and this change alters "
                       "its figures: write it again (xxgk report --year %d) and compare it with "
                       "the one published\n"),
                    cmd, now[i].year, now[i].written, now[i].year);
    }
}
