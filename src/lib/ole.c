/* OLE2 compound files, through libgsf: see ole.h. */
#include "lib/ole.h"

#include <gsf/gsf-infile-msole.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-input.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/lang.h"

struct ole_file {
    GsfInput *mem;
    GsfInfile *ole;
};

int ole_is_ole(const char *data, size_t len)
{
    return len >= 8 && memcmp(data, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8) == 0;
}

/* libgsf reports a damaged container through GLib's log as well as through its return values;
 * the return values are what xxgk reports, so the log lines are dropped.  (This holds for the
 * whole process, for libgsf's own log domains only.) */
static void quiet(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data)
{
    (void)domain, (void)level, (void)message, (void)data;
}

static void quiet_gsf(void)
{
    g_log_set_handler("libgsf:msole", G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING, quiet, NULL);
    g_log_set_handler("libgsf", G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING, quiet, NULL);
}

ole_file *ole_open(const char *data, size_t len, char *why, size_t whycap)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, quiet_gsf);
    ole_file *f = calloc(1, sizeof *f);
    GError *gerr = NULL;
    if (f)
        f->mem = gsf_input_memory_new((const guint8 *)data, (gsf_off_t)len, FALSE);
    if (f && f->mem)
        f->ole = gsf_infile_msole_new(f->mem, &gerr);
    if (!f || !f->ole) {
        snprintf(why, whycap, "%s",
                 gerr && gerr->message ? gerr->message
                 : f ? TR("无法读取", "unreadable")
                     : TR("内存不足", "out of memory"));
        if (gerr)
            g_error_free(gerr);
        ole_close(f);
        return NULL;
    }
    return f;
}

void ole_close(ole_file *f)
{
    if (!f)
        return;
    if (f->ole)
        g_object_unref(f->ole);
    if (f->mem)
        g_object_unref(f->mem);
    free(f);
}

int ole_has(ole_file *f, const char *name)
{
    GsfInput *in = gsf_infile_child_by_name(f->ole, name);
    if (in)
        g_object_unref(in);
    return in != NULL;
}

int ole_read(ole_file *f, const char *name, size_t max, unsigned char **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    GsfInput *in = gsf_infile_child_by_name(f->ole, name);
    if (!in)
        return OLE_ABSENT;
    gsf_off_t size = gsf_input_size(in);
    int rc = OLE_OK;
    unsigned char *buf = NULL;
    /* (copied: libgsf's own buffer lasts only until the next read) */
    if (size < 0 || (uint64_t)size > max)
        rc = OLE_SHORT;
    else if (!(buf = malloc((size_t)size + 1)))
        rc = OLE_NOMEM;
    else if (size > 0 && !gsf_input_read(in, (size_t)size, buf))
        rc = OLE_SHORT;
    g_object_unref(in);
    if (rc) {
        free(buf);
        return rc;
    }
    *out = buf;
    *n = (size_t)size;
    return OLE_OK;
}
