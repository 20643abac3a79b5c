/* Zip packages read as XML parts: see package.h. */
#include "lib/package.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "util/lang.h"
#include "xxgk/xxgk.h"

static pthread_once_t xml_once = PTHREAD_ONCE_INIT;

static void xml_init(void) { xmlInitParser(); }

void package_xml_init(void) { pthread_once(&xml_once, xml_init); }

zip_t *package_open(const char *data, size_t len, char *why, size_t whycap)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(data, len, 0, &ze);
    zip_t *z = src ? zip_open_from_source(src, ZIP_RDONLY, &ze) : NULL;
    if (!z) {
        zip_source_free(src);
        if (why)
            snprintf(why, whycap, "%s", zip_error_strerror(&ze));
    }
    zip_error_fini(&ze);
    return z;
}

int package_dtd(const xmlDoc *doc)
{
    return doc->intSubset != NULL || doc->extSubset != NULL;
}

int package_read(zip_file_t *f, char *buf, zip_uint64_t size)
{
    zip_int64_t got = 0;
    while ((zip_uint64_t)got < size) {
        zip_int64_t n = zip_fread(f, buf + got, size - (zip_uint64_t)got);
        if (n <= 0)
            return -1;
        got += n;
    }
    char more;
    return zip_fread(f, &more, 1) == 0 ? 0 : -1;
}

int package_xml(xmlDocPtr *out, zip_t *z, const char *name, const char *kind, const char *where,
                zip_uint64_t *budget, char *err, size_t errcap)
{
    *out = NULL;
    zip_stat_t st;
    if (zip_stat(z, name, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
        return 1;
    if (st.size > PACKAGE_MAX_PART) {
        snprintf(err, errcap, TR("%s：%s%s 超过 64 MiB 的上限", "%s: %s%s is larger than 64 MiB"),
                 kind, where, name);
        return XXGK_ELIMIT;
    }
    if (st.size > *budget) {
        snprintf(
            err, errcap,
            TR("%s：各部分解压后超过 %d MiB 的上限", "%s: its parts unpack to more than %d MiB"),
            kind, (int)(PACKAGE_MAX_UNPACKED >> 20));
        return XXGK_ELIMIT;
    }
    *budget -= st.size;
    zip_file_t *f = zip_fopen(z, name, 0);
    char *xml = f ? malloc(st.size + 1) : NULL;
    if (f && !xml) {
        zip_fclose(f);
        snprintf(err, errcap, TR("读取 %s%s 时内存不足", "out of memory reading %s%s"), where,
                 name);
        return XXGK_ENOMEM;
    }
    int got = xml ? package_read(f, xml, st.size) : -1;
    if (f)
        zip_fclose(f);
    package_xml_init();
    if (got == 0)
        *out = xmlReadMemory(xml, (int)st.size, name, NULL,
                             XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    free(xml);
    if (*out && package_dtd(*out)) {
        xmlFreeDoc(*out);
        *out = NULL;
        snprintf(err, errcap,
                 TR("%s已损坏：%s%s 带有文档类型定义（DTD），正常文件不会有",
                    "damaged %s: %s%s declares a DTD, which no such file does"),
                 kind, where, name);
        return XXGK_EENCODING;
    }
    if (!*out) {
        snprintf(err, errcap, TR("%s已损坏：%s%s 无法读取", "damaged %s: %s%s cannot be read"),
                 kind, where, name);
        return XXGK_EENCODING;
    }
    return 0;
}
