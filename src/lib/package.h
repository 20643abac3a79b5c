/* Zip packages read as XML parts (OFD, XLSX): opening one held in memory, and reading a part
 * into a libxml2 document within limits that a small zip unpacking to much cannot pass. */
#ifndef XXGK_LIB_PACKAGE_H
#define XXGK_LIB_PACKAGE_H

#include <libxml/parser.h>
#include <stddef.h>
#include <zip.h>

#define PACKAGE_MAX_PART ((zip_uint64_t)64 << 20)      /* one part */
#define PACKAGE_MAX_UNPACKED ((zip_uint64_t)256 << 20) /* all the parts read from one package */

/* libxml2 set up, once per process: done lazily by each thread that parses first, its set-up
 * races (and leaks a mutex) when several start at once, as `-j N` workers do.  Call before
 * any xmlRead*. */
void package_xml_init(void);

/* The zip in data[0..len) (not copied: data must outlive it), or NULL when it is none, with
 * libzip's reason in why[0..whycap) (why may be NULL). */
zip_t *package_open(const char *data, size_t len, char *why, size_t whycap);

/* Whether n is the element called name in namespace ns (its URI), whatever prefix the part
 * gives it. */
int package_is(const xmlNode *n, const char *ns, const char *name);

/* Whether a part declares a DTD: none of Office's or OFD's does, and the entities one defines
 * expand (a few kilobytes to gigabytes) wherever the text is taken. */
int package_dtd(const xmlDoc *doc);

/* Read the open entry f, which its directory says unpacks to `size` bytes, into buf (room for
 * size bytes): 0 when it gives exactly those and its CRC agrees, -1 when it is damaged (shorter,
 * longer, or altered: libzip checks the CRC only on reading past the end). */
int package_read(zip_file_t *f, char *buf, zip_uint64_t size);

/* Part `name`'s bytes into *out (NUL-terminated after its *len bytes; free with free()).  0; 1
 * when the package has no such part (nothing set); or an xxgk_error code with err set, naming
 * `kind` ("OFD document") and `where` (a prefix: "", "page 3: ").  *budget (start at
 * PACKAGE_MAX_UNPACKED) counts down what the package's parts may still unpack to. */
int package_part(char **out, size_t *len, zip_t *z, const char *name, const char *kind,
                 const char *where, zip_uint64_t *budget, char *err, size_t errcap);

/* Part `name` parsed as XML into *out (free with xmlFreeDoc), as package_part reads it. */
int package_xml(xmlDocPtr *out, zip_t *z, const char *name, const char *kind, const char *where,
                zip_uint64_t *budget, char *err, size_t errcap);

#endif
