/*
 * xxgk-bench: reads and checks every report in a directory through the library on N threads
 * and prints throughput (MB/s, reports/s, per thread) and peak RSS after 10% of the files and at
 * the end, to show that memory does not grow with the number of files.
 */
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "xxgk/xxgk.h"

typedef struct {
    char **paths;
    size_t n, cap;
    double bytes;
} corpus;

typedef struct {
    const corpus *c;
    size_t tenth;             /* files done when the first RSS sample is taken */
    atomic_size_t next, done; /* work is handed out one file at a time */
    atomic_size_t findings, failed;
    atomic_long rss_tenth_kb;
} job;

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int load_corpus(corpus *c, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "xxgk-bench: %s: %s\n", dir, strerror(errno));
        return -1;
    }
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        size_t len = strlen(dir) + strlen(e->d_name) + 2;
        char *p = malloc(len);
        struct stat st;
        if (!p)
            break;
        snprintf(p, len, "%s/%s", dir, e->d_name);
        if (stat(p, &st) != 0 || !S_ISREG(st.st_mode)) {
            free(p);
            continue;
        }
        if (c->n == c->cap) {
            size_t cap = c->cap ? c->cap * 2 : 1024;
            char **q = realloc(c->paths, cap * sizeof *q);
            if (!q) {
                free(p);
                break;
            }
            c->paths = q;
            c->cap = cap;
        }
        c->paths[c->n++] = p;
        c->bytes += (double)st.st_size;
    }
    closedir(d);
    /* a stable order, so "the first 10%" means the same files in every run */
    if (c->n)
        qsort(c->paths, c->n, sizeof *c->paths, by_name);
    return 0;
}

/* Read every file once, untimed, so both passes start from a warm page cache. */
static void warm_cache(const corpus *c)
{
    static char buf[1 << 16];
    for (size_t i = 0; i < c->n; i++) {
        FILE *f = fopen(c->paths[i], "rb");
        if (!f)
            continue;
        while (fread(buf, 1, sizeof buf, f) == sizeof buf) {
        }
        fclose(f);
    }
}

static long maxrss_kb(void)
{
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss; /* kilobytes on Linux */
}

static double seconds(const struct timespec *a, const struct timespec *b)
{
    return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

static void *worker(void *arg)
{
    job *j = arg;
    size_t findings = 0, failed = 0;
    for (;;) {
        size_t i = atomic_fetch_add(&j->next, 1);
        if (i >= j->c->n)
            break;
        xxgk_report *r = NULL;
        xxgk_findings *f = NULL;
        if (xxgk_report_read_file(&r, j->c->paths[i], NULL) < 0) {
            failed++;
        } else {
            if (xxgk_check(&f, r, NULL) == 0) {
                findings += xxgk_findings_count(f);
                xxgk_findings_free(f);
            } else {
                failed++;
            }
            xxgk_report_free(r);
        }
        if (atomic_fetch_add(&j->done, 1) + 1 == j->tenth)
            atomic_store(&j->rss_tenth_kb, maxrss_kb());
    }
    atomic_fetch_add(&j->findings, findings);
    atomic_fetch_add(&j->failed, failed);
    return NULL;
}

/* One timed pass; runs in a child process so its peak RSS is its own. */
static int run_pass(const corpus *c, int threads)
{
    job j = {.c = c, .tenth = c->n / 10 ? c->n / 10 : 1};
    atomic_init(&j.next, 0);
    atomic_init(&j.done, 0);
    atomic_init(&j.findings, 0);
    atomic_init(&j.failed, 0);
    atomic_init(&j.rss_tenth_kb, 0);
    pthread_t *tid = calloc((size_t)threads, sizeof *tid);
    if (!tid)
        return -1;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int started = 0;
    for (; started < threads; started++)
        if (pthread_create(&tid[started], NULL, worker, &j) != 0)
            break;
    if (started == 0)
        worker(&j);
    for (int i = 0; i < started; i++)
        pthread_join(tid[i], NULL);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    free(tid);

    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    double wall = seconds(&t0, &t1);
    double cpu = (double)u.ru_utime.tv_sec + (double)u.ru_utime.tv_usec / 1e6 +
                 (double)u.ru_stime.tv_sec + (double)u.ru_stime.tv_usec / 1e6;
    double mb = c->bytes / 1e6, rps = (double)c->n / wall;
    int used = started ? started : 1;
    printf("-j %d: %zu reports, %.1f MB, %zu unreadable, %zu findings\n", used, c->n, mb,
           (size_t)atomic_load(&j.failed), (size_t)atomic_load(&j.findings));
    printf("  wall %.3f s, cpu %.3f s: %.1f MB/s, %.0f reports/s, %.0f reports/s per thread, "
           "%.0f reports per cpu-second\n",
           wall, cpu, mb / wall, rps, rps / used, (double)c->n / cpu);
    printf("  peak RSS %.1f MB after 10%% of the files (%zu), %.1f MB after all %zu\n",
           (double)atomic_load(&j.rss_tenth_kb) / 1024, j.tenth, (double)u.ru_maxrss / 1024,
           c->n);
    return atomic_load(&j.failed) ? 1 : 0;
}

static int run_in_child(const corpus *c, int threads)
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0) {
        perror("xxgk-bench: fork");
        return 2;
    }
    if (pid == 0) {
        int rc = run_pass(c, threads);
        fflush(stdout);
        _exit(rc < 0 ? 2 : rc);
    }
    int status;
    if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status))
        return 2;
    return WEXITSTATUS(status);
}

static int usage(void)
{
    fprintf(stderr, "usage: xxgk-bench DIR [-j N] [--both]\n"
                    "  -j N     threads (default: online CPUs)\n"
                    "  --both   then run a second pass with -j 1\n");
    return 2;
}

int main(int argc, char **argv)
{
    const char *dir = NULL;
    long threads = sysconf(_SC_NPROCESSORS_ONLN);
    int both = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--both") == 0) {
            both = 1;
        } else if (strcmp(argv[i], "-j") == 0 || strcmp(argv[i], "--jobs") == 0) {
            char *end;
            if (++i == argc)
                return usage();
            errno = 0;
            threads = strtol(argv[i], &end, 10);
            if (errno || *end || threads < 1 || threads > 1024)
                return usage();
        } else if (argv[i][0] == '-' || dir) {
            return usage();
        } else {
            dir = argv[i];
        }
    }
    if (!dir)
        return usage();
    if (threads < 1)
        threads = 1;
    corpus c = {0};
    if (load_corpus(&c, dir) < 0)
        return 2;
    if (c.n == 0) {
        fprintf(stderr, "xxgk-bench: %s: no files\n", dir);
        return 2;
    }
    warm_cache(&c);
    int rc = run_in_child(&c, (int)threads);
    if (both && threads != 1 && rc != 2) {
        int rc1 = run_in_child(&c, 1);
        rc = rc1 > rc ? rc1 : rc;
    }
    for (size_t i = 0; i < c.n; i++)
        free(c.paths[i]);
    free(c.paths);
    return rc;
}
