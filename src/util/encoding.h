/* Input decoding: detect UTF-8 (with or without BOM), UTF-16 with BOM, Big5 and GB18030/GBK,
 * and convert to UTF-8 with iconv. */
#ifndef XXGK_UTIL_ENCODING_H
#define XXGK_UTIL_ENCODING_H

#include <stddef.h>

#include "util/buf.h"

/* Decode data into out as UTF-8.  forced names an iconv encoding or NULL to detect.  On
 * success *used names the encoding read, and *cut the bytes of a last character the input ends
 * in the middle of (a file cut short: they are dropped; 0 when none).  On failure returns an
 * xxgk_error code and writes a message naming the place (line and byte offset) to err. */
int enc_decode(xbuf *out, const char *data, size_t n, const char *forced, const char **used,
               size_t *cut, char *err, size_t errcap);

/* Whether data may be read as UTF-8 as it stands, with no decoding: it has no UTF-16 BOM and no
 * NUL byte.  Whether it is valid UTF-8 is found while reading it (see text_fold); when it is
 * not, or when enc_gb18030_lookalike says it is GB18030, enc_decode decides what it is. */
int enc_plain(const char *data, size_t n);

/* Whether data[0..n), valid UTF-8, is GB18030 text whose bytes read as UTF-8 by chance: no
 * character of three bytes or more, and runs of two-byte ones as Chinese words make them,
 * outweighing accented letters in words (see encoding.c). */
int enc_gb18030_lookalike(const char *data, size_t n);

/* Whether iconv can read the encoding name ("GB18030", "gbk", "UTF-16LE"). */
int enc_known(const char *name);
/* Offset of the first invalid UTF-8 sequence in s[0..n), or n if it is all valid. */
size_t utf8_invalid_at(const char *s, size_t n);

/* A file's name s[0..n) as UTF-8 into out: as it is when it is UTF-8, else as GB18030 (what
 * a Chinese Windows writes, into zip archives or a disk, without saying so), else with U+FFFD
 * for the bytes that are neither. */
void enc_name(xbuf *out, const char *s, size_t n);
/* s as a name to show: s itself when it is UTF-8 (the common case, no copy), else enc_name's
 * reading of it in tmp (an initialised buffer the caller frees); NULL when memory ran out. */
const char *enc_shown(const char *s, xbuf *tmp);

#endif
