/* Zip archives of reports: a batch of subordinate reports sent together, read entry by entry
 * without unpacking them to disk. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "lib/error.h"
#include "lib/package.h"
#include "lib/report_impl.h"
#include "util/buf.h"
#include "util/encoding.h"
#include "util/text.h"
#include "xxgk/xxgk.h"

#define ARCHIVE_MAX_ENTRIES 100000
#define ARCHIVE_MAX_ENTRY ((zip_uint64_t)256 << 20) /* as a file read from disk */
#define ARCHIVE_BOMB_SIZE ((zip_uint64_t)16 << 20)  /* an entry this large ... */
#define ARCHIVE_BOMB_RATIO 200                        /* ... packed this tightly is no report */

struct xxgk_archive {
    zip_t *z;
    char *path;
    char **names; /* each entry's name as UTF-8 */
    size_t n;
};

/* Entry i's name as UTF-8 into *out (malloc'd), as enc_name reads it.  0, or an error code. */
static int entry_name(char **out, zip_t *z, zip_uint64_t i)
{
    *out = NULL;
    const char *raw = zip_get_name(z, i, ZIP_FL_ENC_RAW);
    if (!raw)
        return err_set(XXGK_EINVAL, TR("压缩包中第 %llu 项没有名称", "entry %llu has no name"),
                       (unsigned long long)i);
    size_t n = strlen(raw);
    xbuf b;
    xbuf_init(&b, n * 4 + 16);
    enc_name(&b, raw, n);
    *out = b.failed ? NULL : xbuf_steal(&b);
    xbuf_free(&b);
    return *out ? 0 : err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
}

void xxgk_archive_free(xxgk_archive *a)
{
    if (!a)
        return;
    for (size_t i = 0; i < a->n; i++)
        free(a->names[i]);
    free(a->names);
    free(a->path);
    if (a->z)
        zip_discard(a->z);
    free(a);
}

typedef struct {
    const char *name;
    size_t i;
} named;

static int by_name(const void *x, const void *y)
{
    const named *a = x, *b = y;
    int c = strcmp(a->name, b->name);
    return c ? c : (a->i > b->i) - (a->i < b->i);
}

static int by_text(const void *key, const void *x)
{
    return strcmp(key, ((const named *)x)->name);
}

/* One pass of unique_names over the n names sorted in s: each name that repeats the one before
 * it takes the first "2024 (k).pdf" that no entry has.  Returns how many were renamed, or -1. */
static long rename_repeats(xxgk_archive *a, const named *s)
{
    long renamed = 0;
    for (size_t i = 1, k = 2; i < a->n; i++) {
        if (strcmp(s[i].name, s[i - 1].name) != 0) {
            k = 2;
            continue;
        }
        const char *name = s[i].name, *slash = strrchr(name, '/');
        const char *dot = strrchr(slash ? slash : name, '.');
        size_t stem = dot && dot != (slash ? slash + 1 : name) ? (size_t)(dot - name)
                                                                : strlen(name);
        size_t len = strlen(name) + 32;
        char *fresh = malloc(len);
        if (!fresh)
            return -1;
        do
            snprintf(fresh, len, "%.*s (%zu)%s", (int)stem, name, k++, name + stem);
        while (bsearch(fresh, s, a->n, sizeof *s, by_text));
        a->names[s[i].i] = fresh; /* (s[] keeps the old name for the comparisons) */
        renamed++;
    }
    return renamed;
}

/* An archive may hold two entries of one name (added twice): the second and later are named
 * "2024 (2).pdf", before the extension, or (k) past any such name an entry already has, so that
 * findings and totals can tell them apart.  Passes go on until no name repeats, should two new
 * names ever be the same. */
static int unique_names(xxgk_archive *a)
{
    named *s = malloc((a->n ? a->n : 1) * sizeof *s);
    if (!s)
        return -1;
    long renamed;
    do {
        for (size_t i = 0; i < a->n; i++)
            s[i] = (named){a->names[i], i};
        qsort(s, a->n, sizeof *s, by_name);
        renamed = rename_repeats(a, s);
        /* the old names of those renamed are freed only now: s[] compared them to the end */
        for (size_t i = 0; i < a->n; i++)
            if (s[i].name != a->names[s[i].i])
                free((char *)s[i].name);
    } while (renamed > 0);
    free(s);
    return renamed < 0 ? -1 : 0;
}

int xxgk_archive_open(xxgk_archive **out, const char *path)
{
    *out = NULL;
    int ze = 0;
    zip_t *z = zip_open(path, ZIP_RDONLY, &ze);
    if (!z) {
        if (ze == ZIP_ER_NOENT)
            return err_set(XXGK_EIO, TR("%s：%s", "%s: %s"), path, lang_strerror(ENOENT));
        zip_error_t e;
        zip_error_init_with_code(&e, ze);
        int rc = err_set(ze == ZIP_ER_OPEN || ze == ZIP_ER_READ ? XXGK_EIO : XXGK_EINVAL,
                         TR("%s：不是可读的 zip 压缩包（%s）",
                            "%s: not a zip archive that can be read (%s)"),
                         path, zip_error_strerror(&e));
        zip_error_fini(&e);
        return rc;
    }
    zip_int64_t n = zip_get_num_entries(z, 0);
    if (n > ARCHIVE_MAX_ENTRIES) {
        zip_discard(z);
        return err_set(XXGK_ELIMIT,
                       TR("%s：压缩包中有 %lld 项，超过 %d 项的上限",
                          "%s: %lld entries in the archive, more than the limit of %d"),
                       path, (long long)n, ARCHIVE_MAX_ENTRIES);
    }
    xxgk_archive *a = calloc(1, sizeof *a);
    if (a) {
        a->z = z;
        a->path = strdup(path);
        a->names = calloc(n > 0 ? (size_t)n : 1, sizeof *a->names);
    } else {
        zip_discard(z);
    }
    if (!a || !a->path || !a->names) {
        xxgk_archive_free(a);
        return err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    }
    for (zip_int64_t i = 0; i < n; i++) {
        int rc = entry_name(&a->names[a->n], z, (zip_uint64_t)i);
        if (rc) {
            xxgk_archive_free(a);
            return rc;
        }
        a->n++;
    }
    if (unique_names(a) < 0) {
        xxgk_archive_free(a);
        return err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    }
    *out = a;
    return 0;
}

size_t xxgk_archive_count(const xxgk_archive *a)
{
    return a->n;
}

const char *xxgk_archive_name(const xxgk_archive *a, size_t i)
{
    return i < a->n ? a->names[i] : NULL;
}

int xxgk_archive_read(xxgk_report **out, xxgk_archive *a, size_t i, const xxgk_read_options *opts)
{
    *out = NULL;
    if (i >= a->n)
        return err_set(XXGK_ENOTFOUND,
                       TR("%s：压缩包中没有第 %zu 项", "%s: the archive has no entry %zu"), a->path,
                       i);
    size_t len = strlen(a->path) + strlen(a->names[i]) + 2;
    char *shown = malloc(len);
    if (!shown)
        return err_set(XXGK_ENOMEM, TR("内存不足", "out of memory"));
    snprintf(shown, len, "%s/%s", a->path, a->names[i]);
    zip_stat_t st;
    size_t max = opts && opts->max_bytes ? opts->max_bytes : (size_t)ARCHIVE_MAX_ENTRY;
    int rc = 0;
    if (zip_stat_index(a->z, i, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
        rc = err_set(XXGK_EIO, TR("%s：无法读取（%s）", "%s: cannot read it (%s)"), shown,
                     zip_strerror(a->z));
    else if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
        rc = err_set(XXGK_EINVAL,
                     TR("%s：压缩包中的文件有密码：请先用密码解压",
                        "%s: the file is encrypted in the archive: unpack it with its password"),
                     shown);
    else if (st.size > max)
        rc = err_set(XXGK_ELIMIT,
                     TR("%s：解压后 %llu 字节，超过 %zu 字节的上限",
                        "%s: %llu bytes unpacked, more than the limit of %zu"),
                     shown, (unsigned long long)st.size, max);
    else if ((st.valid & ZIP_STAT_COMP_SIZE) && st.size > ARCHIVE_BOMB_SIZE &&
             st.size / (st.comp_size ? st.comp_size : 1) > ARCHIVE_BOMB_RATIO)
        /* No report, nor a PDF's or Word file's pages, packs so tightly: a zip bomb, many of
         * which in one archive would take minutes to unpack and read for nothing. */
        rc = err_set(XXGK_ELIMIT,
                     TR("%s：压缩后 %llu 字节，解压后 %llu 字节（超过 %d 倍），不像报告，"
                        "疑为压缩炸弹：未读取",
                        "%s: %llu bytes packed, %llu unpacked (more than %d times as many): no "
                        "report packs so tightly, a zip bomb perhaps: not read"),
                     shown, (unsigned long long)st.comp_size, (unsigned long long)st.size,
                     ARCHIVE_BOMB_RATIO);
    char *data = NULL;
    if (!rc) {
        zip_file_t *f = zip_fopen_index(a->z, i, 0);
        if (!f)
            rc = err_set(XXGK_EIO, TR("%s：无法解压（%s）", "%s: cannot unpack it (%s)"), shown,
                         zip_strerror(a->z));
        else if (!(data = malloc(st.size + 1)))
            rc = err_set(XXGK_ENOMEM, TR("%s：内存不足", "%s: out of memory"), shown);
        if (data && package_read(f, data, st.size) < 0)
            rc = err_set(XXGK_EIO,
                         TR("%s：压缩包中的文件已损坏，无法解压",
                            "%s: damaged in the archive: it cannot be unpacked"),
                         shown);
        if (f)
            zip_fclose(f);
    }
    if (!rc) {
        xxgk_read_options o = opts ? *opts : (xxgk_read_options){0};
        o.name = o.name ? o.name : shown;
        rc = report_named_otherwise(shown, data, (size_t)st.size);
        if (rc == 0)
            rc = xxgk_report_read(out, data, (size_t)st.size, &o);
    }
    free(data);
    free(shown);
    return rc;
}
